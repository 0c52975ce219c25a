#!/usr/bin/env python3
"""Index figures (build, open, size, single-query latency, query_many throughput) into README.md.

Usage::

    python scripts/bench_index.py [-n 1000000] [--queries 2000] [--no-write]

One generated corpus (scripts/make_corpus.py, dev templates, seed 13): ``n`` messages are
indexed with :meth:`Index.build` from in-memory strings (fingerprinting, clustering, writing
and fsync included), ``--queries`` further messages of the same corpus are held out and
queried text-only. The JIT cache and the page cache are warm (a first query runs before the
timed ones; it verifies the segment checksums once). Single-message latency is the
:meth:`Index.query` call in a loop, p50 and p99 over the held-out messages;
``query_many`` is one call over all of them (repeated up to 100k). Writes between
``<!-- index:start -->`` and ``<!-- index:end -->``.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import make_corpus  # noqa: E402
from _readme import write_section  # noqa: E402

from mass_msg_detect import Index  # noqa: E402

START, END = "<!-- index:start -->", "<!-- index:end -->"
META = ("recipient_name", "recipient_title", "recipient_company")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--corpus", help="read messages from this JSONL (from make_corpus.py) instead of generating")
    ap.add_argument("--note", default="", help="a sentence added to the table's caption (how --corpus was made)")
    ap.add_argument("--dir", default=None, help="where to build the index (default: a temporary directory)")
    ap.add_argument("--no-write", action="store_true", help="print the table, do not touch README.md")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    if args.corpus:
        import json

        with open(args.corpus, encoding="utf-8") as fh:
            records = [json.loads(line) for _, line in zip(range(args.n + args.queries), fh)]
        if len(records) < args.n + args.queries:
            ap.error(f"{args.corpus} holds {len(records)} messages, fewer than -n + --queries")
        source = f"{os.path.basename(args.corpus)} (first {len(records):,} records)"
    else:
        records, _, _, _ = make_corpus.generate(args.n + args.queries, args.seed)
        source = f"make_corpus.py seed {args.seed}, dev templates"
    print(f"{len(records)} messages ready in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    rng = np.random.default_rng(args.seed)
    order = rng.permutation(len(records))
    held, kept = order[:args.queries], np.sort(order[args.queries:])
    texts = [records[i]["text"] for i in kept]
    cols = dict(ids=[records[i]["id"] for i in kept],
                metadata=[{k: records[i].get(k) for k in META} for i in kept],
                senders=[records[i].get("sender") for i in kept],
                sent_at=[records[i].get("sent_at") for i in kept])
    qtexts = [records[i]["text"] for i in held]
    del records

    # warm the JIT on a tiny index (every kernel the build and the queries use)
    with tempfile.TemporaryDirectory() as d:
        Index.build(os.path.join(d, "w"), texts[:300], **{k: v[:300] for k, v in cols.items()}).query_many(qtexts[:50])

    base = args.dir or tempfile.mkdtemp(prefix="mmd-bench-index-")
    path = os.path.join(base, "idx")
    shutil.rmtree(path, ignore_errors=True)
    t = time.perf_counter()
    idx = Index.build(path, texts, **cols)
    build_s = time.perf_counter() - t
    n = len(idx)
    info = idx.info()
    del idx

    opens = []
    for _ in range(5):
        t = time.perf_counter()
        idx = Index.open(path)
        opens.append(time.perf_counter() - t)
    open_s = min(opens)
    t = time.perf_counter()
    idx.query(qtexts[0])       # first use verifies the checksums
    first_s = time.perf_counter() - t

    def latencies(**kw):
        out = []
        for q in qtexts:
            t = time.perf_counter()
            idx.query(q, **kw)
            out.append(time.perf_counter() - t)
        return np.array(out) * 1e6

    lat = latencies(slot_values=False)
    lat_sv = latencies()
    reps = max(1, 100_000 // len(qtexts))
    many = qtexts * reps
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        res = idx.query_many(many)
        best = min(best, time.perf_counter() - t)
    templated = float(res.templated[:len(qtexts)].mean())

    cpu = platform.processor() or platform.machine()
    rows = [
        ("messages indexed", f"{n:,}", ""),
        ("build from in-memory strings (fingerprint, cluster, write, fsync)",
         f"{build_s:.1f} s = {n / build_s:,.0f} msg/s", ">= 300k msg/s"),
        ("fingerprint bytes per message on disk (signature, band columns, flags, state)",
         f"{info['fingerprint_bytes_per_message']:.0f} B", "<= 1 KB"),
        ("all files per message (ids, senders, dates included)", f"{info['bytes'] / n:.0f} B", ""),
        ("open (Index.open, best of 5)", f"{open_s * 1e3:.1f} ms", "<= 0.5 s"),
        ("first query after open (verifies every segment checksum once)", f"{first_s * 1e3:.0f} ms", ""),
        ("one message, Index.query(text, slot_values=False): p50 / p99",
         f"{np.percentile(lat, 50):.0f} / {np.percentile(lat, 99):.0f} us", "p99 <= 200 us"),
        ("one message, Index.query(text) with slot values (masking.slot_values): p50 / p99",
         f"{np.percentile(lat_sv, 50):.0f} / {np.percentile(lat_sv, 99):.0f} us", ""),
        (f"query_many over {len(many):,} messages (fingerprinting included)",
         f"{len(many) / best:,.0f} msg/s", ">= 150k msg/s"),
        ("share of held-out messages answered templated", f"{templated:.3f}", ""),
    ]
    body = [f"`python scripts/bench_index.py -n {args.n}` on this machine ({os.cpu_count()} cores, {cpu}, "
            f"Python {platform.python_version()}); corpus: {source}, "
            f"{args.queries:,} held-out messages queried text-only; {info['segments']} segment(s), "
            f"{info['campaigns']:,} campaigns." + (f" {args.note}" if args.note else ""), "",
            "| figure | measured | target |", "|---|---|---|"]
    body += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    table = "\n".join(body)
    print(table)
    if not args.no_write:
        write_section(START, END, "Index performance", table)
    if not args.dir:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

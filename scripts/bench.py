#!/usr/bin/env python3
"""Our own stage figures (threads, shingle kinds, MinHash alone, ``mmd campaigns`` end to end) into README.md.

Usage::

    python scripts/bench.py [-n 100000] [--no-write]

One run, one generated corpus (scripts/make_corpus.py, seed 11, dev templates), the JIT cache
warm, best of ``--repeat`` runs for each figure; all figures are per message. ``mmd campaigns``
end to end (read JSONL, fingerprint, cluster, write) is timed as a separate process. It writes
between ``<!-- perf-stages:start -->`` and ``<!-- perf-stages:end -->``; the comparison with
datasketch and rensa is scripts/compare.py's (``mmd bench``), so each figure has one place.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numba
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import make_corpus  # noqa: E402
from _readme import write_section  # noqa: E402

import mass_msg_detect as mmd  # noqa: E402
from mass_msg_detect.clustering import DEFAULT_CAMPAIGN_CONFIG  # noqa: E402

START, END = "<!-- perf-stages:start -->", "<!-- perf-stages:end -->"


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    records = make_corpus.generate(args.n, 11, "dev")[0]
    texts = [r["text"] for r in records]
    n = len(texts)
    rows = []

    def row(name, seconds, count, note=""):
        us = seconds / count * 1e6
        rows.append((name, us, count / seconds, note))
        print(f"{name:55s} {us:9.2f} us/msg {count / seconds:12,.0f} msg/s {note}", flush=True)

    mmd.fingerprint(texts[:2000])
    mmd.fingerprint(texts[:2000], config=DEFAULT_CAMPAIGN_CONFIG)
    threads = numba.get_num_threads()
    row(f"mass-msg-detect fingerprint(), word 2-grams, {threads} threads", best(lambda: mmd.fingerprint(texts), args.repeat), n)
    numba.set_num_threads(1)
    row("mass-msg-detect fingerprint(), word 2-grams, 1 thread", best(lambda: mmd.fingerprint(texts), args.repeat), n)
    numba.set_num_threads(threads)
    row(f"mass-msg-detect fingerprint(), char 5-grams (campaigns), {threads} threads",
        best(lambda: mmd.fingerprint(texts, config=DEFAULT_CAMPAIGN_CONFIG), args.repeat), n)
    hashes, offsets = mmd.shingle(texts)
    mmd.minhash(hashes, offsets)
    for th in (1, threads):
        numba.set_num_threads(th)
        s = best(lambda: mmd.minhash(hashes, offsets), args.repeat)
        row(f"mass-msg-detect minhash() only, {th} thread(s)", s, n,
            f"{hashes.shape[0] * 128 / s / 1e9:.1f}e9 permutation updates/s")
    numba.set_num_threads(threads)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        cmd = [sys.executable, "-m", "mass_msg_detect", "campaigns", str(path), "-q", "-o", str(Path(tmp) / "out.jsonl")]
        subprocess.run(cmd, check=True)
        s = best(lambda: subprocess.run(cmd, check=True), args.repeat)
        row("mmd campaigns end to end (new process: read, fingerprint, cluster, write)", s, n,
            f"{s:.2f} s for {n:,} messages")

    cpu = platform.processor() or platform.machine()
    table = "\n".join([
        f"Produced by `python scripts/bench.py -n {args.n}` on {cpu}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, numba {numba.__version__}, {n:,} generated messages "
        f"(mean {np.mean([len(t) for t in texts]):.0f} characters), JIT cache warm, best of {args.repeat}.",
        "",
        "| what | µs / message | messages / s | note |",
        "|---|---|---|---|",
        *[f"| {a} | {b:.2f} | {c:,.0f} | {d} |" for a, b, c, d in rows],
    ])
    if not args.no_write:
        write_section(START, END, "Performance", table)
    return 0


if __name__ == "__main__":
    sys.exit(main())

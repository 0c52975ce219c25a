#!/usr/bin/env python3
"""Campaign quality on labelled corpora, written into README.md's Quality table.

Usage::

    python scripts/quality.py            # fixtures + generated dev and held-out corpora, writes README
    python scripts/quality.py --no-write # print only

Every corpus is scored with the default settings of ``mass_msg_detect.campaigns`` (the same
code path as ``mmd campaigns``), with the recipient metadata fields and without them.
Corpora: the 2k fixture (dev templates), a 20k dev corpus with heavy spin (seed 7), and 20k
corpora from the held-out template set (seeds 2027 and 4242, light and heavy spin), whose
templates were never used to choose any setting (seed 4242 was first run after every setting
was fixed).
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate as ev  # noqa: E402
import make_corpus  # noqa: E402
from _readme import write_section  # noqa: E402

import mass_msg_detect as mmd  # noqa: E402

META = ("recipient_name", "recipient_title", "recipient_company")
START, END = "<!-- quality:start -->", "<!-- quality:end -->"


def fixture(name):
    recs = [json.loads(x) for x in (ROOT / "fixtures" / f"{name}.jsonl").read_text().splitlines()]
    labels = [json.loads(x) for x in (ROOT / "fixtures" / "linkedin_dev_2k.labels.jsonl").read_text().splitlines()]
    return recs, labels


def score(records, labels, with_meta):
    texts = [r["text"] for r in records]
    ids = [r["id"] for r in records]
    metadata = [{k: r.get(k) for k in META} for r in records] if with_meta else None
    t = time.perf_counter()
    res = mmd.campaigns(texts, metadata=metadata, ids=ids)
    dt = time.perf_counter() - t
    pred = dict(zip(ids, res.labels))
    truth = {x["id"]: x["campaign"] for x in labels}
    kinds = {x["id"]: x["kind"] for x in labels}
    out = ev.evaluate(truth, pred, kinds)
    out["seconds"] = dt
    return out


def corpora():
    yield "fixtures/linkedin_dev_2k (dev)", *fixture("linkedin_dev_2k")
    for label, seed, tmpl, spin in [("dev 20k, heavy spin, seed 7", 7, "dev", "heavy"),
                                    ("held-out 20k, light spin, seed 2027", 2027, "heldout", "light"),
                                    ("held-out 20k, heavy spin, seed 2027", 2027, "heldout", "heavy"),
                                    ("held-out 20k, light spin, seed 4242", 4242, "heldout", "light"),
                                    ("held-out 20k, heavy spin, seed 4242", 4242, "heldout", "heavy")]:
        recs, labels, _, _ = make_corpus.generate(20000, seed, tmpl, spin=spin)
        yield label, recs, labels


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="print the table, leave README.md alone")
    args = ap.parse_args(argv)
    mmd.campaigns(["warm up the JIT cache"] * 3)
    rows = []
    for name, recs, labels in corpora():
        for with_meta in (True, False):
            r = score(recs, labels, with_meta)
            row = (f"| {name} | {'yes' if with_meta else 'no'} | {r['pair_precision']:.4f} | {r['pair_recall']:.4f} | "
                   f"{r['pair_f1']:.4f} | {r['ari']:.4f} | {r['flag_precision']:.4f} | {r['flag_recall']:.4f} | "
                   f"{r['flag_f1']:.4f} |")
            print(row, flush=True)
            rows.append(row)
    table = "\n".join([
        f"Defaults (threshold {mmd.clustering.DEFAULT_THRESHOLD}, min size {mmd.clustering.DEFAULT_MIN_SIZE}, "
        f"config `{mmd.clustering.DEFAULT_CAMPAIGN_CONFIG.fingerprint}`); produced by `python scripts/quality.py` "
        f"on {platform.machine()} / Python {platform.python_version()}, mass-msg-detect {mmd.__version__}.",
        "",
        "| corpus | metadata | pair P | pair R | pair F1 | ARI | flag P | flag R | flag F1 |",
        "|---|---|---|---|---|---|---|---|---|",
        *rows,
    ])
    if not args.no_write:
        write_section(START, END, "Quality", table)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Side-by-side comparison (ours, datasketch, rensa) into README.md's Performance section.

Usage::

    python scripts/compare.py [-n 100000] [--seed 11] [--repeat 3] [--corpus FILE.jsonl] [--no-write] [--json OUT]

The same run as ``mmd bench`` (the logic is ``mass_msg_detect.compare``): one corpus from
scripts/make_corpus.py, every library on the same messages, each in its own subprocess. It
prints the table and writes it between ``<!-- perf:start -->`` and ``<!-- perf:end -->``;
scripts/bench.py writes our own stage figures between ``<!-- perf-stages:start -->`` and
``<!-- perf-stages:end -->``. Run it on an idle machine: every figure is a wall-clock time.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _readme import write_section  # noqa: E402

from mass_msg_detect import compare  # noqa: E402

START, END = "<!-- perf:start -->", "<!-- perf:end -->"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100_000, help="messages to generate (default 100000)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    ap.add_argument("--corpus", help="JSONL file to benchmark instead of a generated corpus")
    ap.add_argument("--pairs", type=int, default=2000, help="sampled pairs for the accuracy columns")
    ap.add_argument("--library", action="append", choices=compare.LIBRARIES, help="repeatable; default all")
    ap.add_argument("--json", type=Path, help="also write the raw result here")
    ap.add_argument("--no-write", action="store_true", help="do not touch README.md")
    ap.add_argument("--note", help="a sentence added after the table's provenance line (e.g. the machine was busy)")
    args = ap.parse_args(argv)
    cmd = " ".join(["python scripts/compare.py", f"-n {args.n}", f"--seed {args.seed}", f"--repeat {args.repeat}"]
                   + ([f"--corpus {args.corpus}"] if args.corpus else []))
    result = compare.run(args.n, args.seed, corpus=args.corpus, libraries=tuple(args.library or compare.LIBRARIES),
                         repeat=args.repeat, pairs=args.pairs, command=cmd,
                         log=lambda m: print(m, file=sys.stderr, flush=True))
    table = compare.markdown(result)
    if args.note:
        head, rest = table.split("\n", 1)
        table = f"{head} {args.note.strip()}\n{rest}"
    print(table)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n")
    if not args.no_write:
        write_section(START, END, "Performance", table)
    return 0


if __name__ == "__main__":
    sys.exit(main())

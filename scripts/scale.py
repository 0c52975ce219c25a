"""Wall time and peak memory of `mmd campaigns` at growing input sizes (the streaming check).

    python scripts/make_corpus.py -n 1000000 --seed 7 -o /tmp/c1m.jsonl -q
    python scripts/scale.py /tmp/c1m.jsonl --sizes 100000,300000,1000000 [--summary] [--repeat 1]

Each size N is the first N records of the inputs, concatenated in the order given (ids of the
second and later inputs are prefixed with "<k>-" so that they stay unique; give several corpora
generated with different seeds to reach sizes beyond one file). Every size is written to a
temporary file under --workdir (deleted afterwards) and run as

    mmd campaigns FILE -q -o /dev/null [--summary SUMMARY.json]

in a fresh process (so the JIT cache must be warm: a first run on 1,000 records warms it and
gives the baseline memory of a process that has loaded everything). Peak RSS is the child's
ru_maxrss (os.wait4). Printed, and written into README.md between ``<!-- scale:start -->`` and ``<!-- scale:end -->``
(not with --no-write): a Markdown table with µs per message, peak RSS, bytes per message
(peak RSS / N) and marginal bytes per message ((peak RSS - baseline) / N), headed by the command
and the machine. ``--corpus-note`` says in that heading what the inputs are.
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _records(paths):
    """Lines of the inputs in order, ids of input k >= 1 prefixed with "k-"."""
    import json

    for k, path in enumerate(paths):
        prefix = f"{k}-"
        with open(path, "rb") as fh:
            for line in fh:
                if not line.strip():
                    continue
                if k:
                    if line.startswith(b'{"id":"'):
                        line = b'{"id":"' + prefix.encode() + line[7:]
                    else:
                        obj = json.loads(line)
                        obj["id"] = prefix + str(obj["id"])
                        line = json.dumps(obj, ensure_ascii=False).encode() + b"\n"
                yield line


def _write_prefix(paths, n, out: Path) -> int:
    written = 0
    with open(out, "wb") as fh:
        for line in _records(paths):
            if written == n:
                break
            fh.write(line if line.endswith(b"\n") else line + b"\n")
            written += 1
    return written


def _run(cmd):
    """(wall seconds, peak RSS bytes, return code) of a child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.stderr.write(err)
    rss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return wall, rss, proc.returncode


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", type=Path, help="JSONL corpora (make_corpus.py output)")
    ap.add_argument("--sizes", default="100000,300000,1000000", help="comma-separated record counts")
    ap.add_argument("--summary", action="store_true", help="also write --summary (second pass, templates)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest is reported")
    ap.add_argument("--workdir", type=Path, default=None, help="where the size files go (default: TMPDIR)")
    ap.add_argument("--mmd", default=None, help="command to run (default: this Python -m mass_msg_detect)")
    ap.add_argument("--no-write", action="store_true", help="do not touch README.md")
    ap.add_argument("--corpus-note", default="", help="what the inputs are, for the table's heading")
    args = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    base_cmd = args.mmd.split() if args.mmd else [sys.executable, "-m", "mass_msg_detect"]
    rows = []
    with tempfile.TemporaryDirectory(dir=args.workdir, prefix="mmd-scale-") as tmp:
        tmp = Path(tmp)

        def cmd_for(path):
            cmd = base_cmd + ["campaigns", str(path), "-q", "-o", os.devnull]
            if args.summary:
                cmd += ["--summary", str(tmp / "summary.json")]
            return cmd

        warm = tmp / "warm.jsonl"
        _write_prefix(args.inputs, 1000, warm)
        _run(cmd_for(warm))  # JIT cache
        _, baseline, rc = _run(cmd_for(warm))
        if rc:
            return rc
        for n in sizes:
            path = tmp / f"n{n}.jsonl"
            got = _write_prefix(args.inputs, n, path)
            if got < n:
                print(f"note: the inputs hold only {got:,} records; size {n:,} skipped", file=sys.stderr)
                path.unlink()
                continue
            size_mb = path.stat().st_size / 1e6
            best = None
            for _ in range(max(1, args.repeat)):
                wall, rss, rc = _run(cmd_for(path))
                if rc:
                    return rc
                if best is None or wall < best[0]:
                    best = (wall, rss)
            path.unlink()
            wall, rss = best
            rows.append((n, size_mb, wall, rss))
            print(f"{n:,} records: {wall:.1f} s, peak RSS {rss / 2**20:,.0f} MiB", file=sys.stderr)
    if not rows:
        print("no size was run", file=sys.stderr)
        return 1
    first_us = rows[0][2] / rows[0][0] * 1e6
    what = "mmd campaigns FILE -q -o /dev/null" + (" --summary S.json" if args.summary else "")
    command = " ".join(["python scripts/scale.py", *(p.name for p in args.inputs), f"--sizes {args.sizes}",
                        f"--repeat {args.repeat}"] + (["--summary"] if args.summary else []))
    lines = [f"Produced by `{command}` (each size run as `{what}`) on {_cpu()} ({platform.machine()}, "
             f"{os.cpu_count()} cores, Linux), Python {platform.python_version()}, "
             f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; baseline peak RSS (1,000 records) "
             f"{baseline / 2**20:,.0f} MiB; best of {max(1, args.repeat)}."
             + (f" Inputs: {args.corpus_note.strip()}" if args.corpus_note.strip() else ""),
             "",
             "| records | input MB | wall s | µs / message | vs first | peak RSS MiB | bytes / message | marginal bytes / message |",
             "|---|---|---|---|---|---|---|---|"]
    for n, size_mb, wall, rss in rows:
        us = wall / n * 1e6
        lines.append(f"| {n:,} | {size_mb:,.0f} | {wall:.1f} | {us:.1f} | {us / first_us:.2f}x | {rss / 2**20:,.0f} | "
                     f"{rss / n:,.0f} | {(rss - baseline) / n:,.0f} |")
    table = "\n".join(lines)
    print(table)
    if not args.no_write:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from _readme import write_section

        write_section("<!-- scale:start -->", "<!-- scale:end -->", "Scaling", table)
    return 0


def _cpu() -> str:
    """The CPU's model name (Linux), else the platform's processor string."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    raise SystemExit(main())

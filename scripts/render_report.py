"""Render the campaign report for a JSONL corpus (or a summary JSON) and screenshot it with headless chromium.

    python scripts/render_report.py [fixtures/example.jsonl | summary.json] [-o /tmp/report.html] [--png /tmp/report.png]

Writes the page with `mmd report INPUT -o OUTPUT` (the same code, in this process), then runs
Debian's chromium (`apt-get install -y chromium`) with --headless --screenshot. Exit status 1
when the report fails, chromium is missing or it writes no PNG.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mass_msg_detect.cli import main as mmd_main


def render(input_path: Path, output: Path, *, redact: bool = False) -> None:
    """``mmd report INPUT -o OUTPUT`` in this process; raises SystemExit on failure."""
    args = ["report", str(input_path), "-o", str(output), "-q"] + (["--redact"] if redact else [])
    try:
        mmd_main(args, standalone_mode=True)
    except SystemExit as e:
        if e.code:
            raise


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", type=Path, default=Path("fixtures/example.jsonl"))
    ap.add_argument("-o", "--output", type=Path, default=Path("/tmp/report.html"))
    ap.add_argument("--png", type=Path, default=Path("/tmp/report.png"))
    ap.add_argument("--window", default="1280,2000")
    ap.add_argument("--redact", action="store_true", help="no slot values or example messages")
    args = ap.parse_args(argv)
    try:
        render(args.input, args.output, redact=args.redact)
    except SystemExit:
        print("mmd report failed", file=sys.stderr)
        return 1
    print(f"wrote {args.output}", file=sys.stderr)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("chromium not found: apt-get install -y chromium", file=sys.stderr)
        return 1
    args.png.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", f"--screenshot={args.png}", f"--window-size={args.window}",
               args.output.resolve().as_uri()]
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    if not args.png.exists():
        print("chromium wrote no screenshot", file=sys.stderr)
        return 1
    print(f"wrote {args.png}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

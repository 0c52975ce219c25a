"""Render the campaign report for a JSONL corpus and screenshot it with headless chromium.

    python scripts/render_report.py [fixtures/example.jsonl] [-o /tmp/report.html] [--png /tmp/report.png]

Builds the summary in Python (mass_msg_detect.campaigns + templates.reconstruct_many, the
fields `mmd campaigns --summary` holds plus `sent_at`, `slots`, `alternatives`), writes the
self-contained HTML page, then runs Debian's chromium (`apt-get install -y chromium`) with
--headless --screenshot. Exit status 1 when chromium is missing or writes no PNG.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import mass_msg_detect as mmd
from mass_msg_detect.report import render_html
from mass_msg_detect.templates import reconstruct_many


def build(path: Path, redact: bool = False, n_examples: int = 3):
    recs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    texts = [r["text"] for r in recs]
    result = mmd.campaigns(texts, metadata=recs, ids=[r["id"] for r in recs])
    camps = result.campaigns
    templates = reconstruct_many(texts, [c.members for c in camps], recs, redact=redact)
    out, examples = [], {}
    for c, t in zip(camps, templates):
        rows = c.members.tolist()
        sent = sorted(recs[r]["sent_at"] for r in rows if recs[r].get("sent_at"))
        rep = recs[c.representative]
        out.append({
            "campaign": c.id, "size": len(rows),
            "senders": len({recs[r].get("sender") for r in rows if recs[r].get("sender")}),
            "recipients": len({recs[r].get("recipient") or recs[r].get("recipient_name")
                               for r in rows if recs[r].get("recipient") or recs[r].get("recipient_name")}),
            "first_sent_at": sent[0] if sent else None, "last_sent_at": sent[-1] if sent else None,
            "representative": {"id": rep["id"], "text": rep["text"]},
            "template": t.text, "slots": t.slots, "alternatives": t.alternatives,
            "members_used": t.members_used, "sent_at": sent,
        })
        examples[c.id] = [recs[r]["text"] for r in rows[:n_examples]]
    out.sort(key=lambda c: (-c["size"], c["campaign"]))
    summary = {"version": mmd.__version__ if hasattr(mmd, "__version__") else "?",
               "config": result.config.fingerprint, "threshold": result.threshold,
               "min_size": result.min_size, "records": len(recs), "errors": 0, "campaigns": out}
    return summary, examples


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", type=Path, default=Path("fixtures/example.jsonl"))
    ap.add_argument("-o", "--output", type=Path, default=Path("/tmp/report.html"))
    ap.add_argument("--png", type=Path, default=Path("/tmp/report.png"))
    ap.add_argument("--window", default="1280,2000")
    args = ap.parse_args(argv)
    summary, examples = build(args.input)
    args.output.write_text(render_html(summary, examples=examples), encoding="utf-8")
    print(f"wrote {args.output} ({len(summary['campaigns'])} campaigns)", file=sys.stderr)
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

"""Known facts of the real corpora in ../shared/data (skipped when the folder is absent)."""
import csv
import json
import re
from pathlib import Path

import pytest

from mass_msg_detect.cli import main

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
if not DATA.is_dir():
    DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"

pytestmark = pytest.mark.skipif(not (DATA / "youtube_spam.csv").exists(), reason="shared/data not present")


def _run(runner, tmp_path, name, *extra):
    out = tmp_path / f"{name}.jsonl"
    res = runner.invoke(main, ["campaigns", str(DATA / name), "-o", str(out), "-q", *extra])
    assert res.exit_code == 0, res.output
    return {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}


def test_youtube_share_button_campaign(tmp_path):
    from click.testing import CliRunner

    out = _run(CliRunner(), tmp_path, "youtube_spam.csv", "--sender-field", "author", "--sent-at-field", "date")
    rows = list(csv.DictReader(open(DATA / "youtube_spam.csv", encoding="utf-8")))
    assert len(out) == len(rows)

    def clean(t):
        return re.sub(r"<[^>]*>", "", t).replace("\ufeff", "").strip()

    exact = [r["id"] for r in rows if clean(r["text"]) == "Check out this video on YouTube:"]
    containing = [r["id"] for r in rows if "Check out this video on YouTube" in r["text"]]
    assert len(exact) == 103 and len(containing) == 124
    camps = {out[i]["campaign"] for i in exact}
    assert len(camps) == 1 and None not in camps
    camp = camps.pop()
    assert sum(out[i]["campaign"] == camp for i in containing) >= 110


def test_sms_private_account_statement_campaign(tmp_path):
    from click.testing import CliRunner

    out = _run(CliRunner(), tmp_path, "sms_spam.csv")
    rows = list(csv.DictReader(open(DATA / "sms_spam.csv", encoding="utf-8")))
    family = [r["id"] for r in rows if r["text"].startswith("PRIVATE! Your 2003 Account Statement for")
              and "800 un-redeemed" in r["text"]]
    assert len(family) == 12
    camps = {out[i]["campaign"] for i in family}
    assert len(camps) == 1 and None not in camps

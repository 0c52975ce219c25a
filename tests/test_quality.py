"""Quality floor on the labelled fixture, default settings, with and without metadata."""
import json
import sys
from pathlib import Path

import pytest

import mass_msg_detect as mmd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from evaluate import evaluate  # noqa: E402

META = ("recipient_name", "recipient_title", "recipient_company")


@pytest.mark.parametrize("name", ["linkedin_dev_2k", "linkedin_dev_2k_nometa"])
def test_quality_floor_on_fixture(name):
    recs = [json.loads(x) for x in (ROOT / "fixtures" / f"{name}.jsonl").read_text().splitlines()]
    labels = [json.loads(x) for x in (ROOT / "fixtures" / "linkedin_dev_2k.labels.jsonl").read_text().splitlines()]
    meta = [{k: r.get(k) for k in META} for r in recs] if "recipient_name" in recs[0] else None
    res = mmd.campaigns([r["text"] for r in recs], metadata=meta, ids=[r["id"] for r in recs])
    got = evaluate({x["id"]: x["campaign"] for x in labels}, dict(zip([r["id"] for r in recs], res.labels)))
    assert got["pair_f1"] >= 0.99, got
    assert got["flag_f1"] >= 0.985, got
    # every campaign id is stable for the same input
    again = mmd.campaigns([r["text"] for r in recs], metadata=meta, ids=[r["id"] for r in recs])
    assert again.labels == res.labels

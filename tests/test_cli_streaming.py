"""mmd campaigns streams its input: chunked reading and fingerprinting, a second pass for texts."""
import json
import os

import pytest
from click.testing import CliRunner

import mass_msg_detect as mmd
from mass_msg_detect import cli
from mass_msg_detect.cli import main

TEMPLATES = [
    "Hi {n}, I noticed you're leading growth at {c} and wanted to share how we helped similar teams cut onboarding time in half. Open to a quick chat next week?",
    "Hello {n}! Our platform helps {c} automate invoice reconciliation; customers save about ten hours a week. Worth a short demo on Thursday?",
    "{n}, congrats on the new role at {c}. We run a community of revenue leaders with monthly dinners in your city, would you like an invite?",
]
NAMES = ["Anna Berg", "Bruno Costa", "Chen Dahl", "Dara Eriksen", "Eli Fischer", "Farid Garcia", "Greta Horvat",
         "Hugo Ivanova", "Ines Berg", "Jonas Costa", "Kira Dahl", "Leon Eriksen"]
COMPANIES = ["Initech", "Globex", "Hooli", "Vandelay", "Wonka", "Stark Labs"]


def _lines():
    out = []
    k = 0
    for i, name in enumerate(NAMES * 2):
        for t, tpl in enumerate(TEMPLATES):
            k += 1
            comp = COMPANIES[(i + t) % len(COMPANIES)]
            rec = {"id": f"m{k}", "text": tpl.format(n=name.split()[0], c=comp), "sender": f"s{t}-{i % 3}",
                   "sent_at": f"2025-02-{1 + k % 27:02d}T{k % 24:02d}:00:00Z"}
            if k % 5:  # some records carry recipient metadata, some none
                rec.update(recipient_name=name, recipient_company=comp, recipient=f"r{i}")
            out.append(json.dumps(rec))
        if i % 7 == 3:
            out.append(json.dumps({"id": f"u{i}", "text": f"An unrelated note number {i} about lunch plans and parking."}))
    out.insert(5, "{not json")
    out.insert(20, json.dumps({"id": "m3", "text": "duplicate id"}))
    out.insert(40, "")
    out.append(json.dumps({"id": "short", "text": "Ok thanks"}))
    return out


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(_lines()) + "\n", encoding="utf-8")
    return p


def _run(args, **kw):
    res = CliRunner().invoke(main, args, **kw)
    assert res.exit_code == 0, res.output
    return res


def test_chunked_equals_one_chunk_and_library(corpus, tmp_path, monkeypatch):
    s1, s2 = tmp_path / "s1.json", tmp_path / "s2.json"
    whole = _run(["campaigns", str(corpus), "-q", "--summary", str(s1)])
    from mass_msg_detect import summary as summary_mod

    monkeypatch.setattr(cli, "_STREAM_BATCH", 4)
    monkeypatch.setattr(summary_mod, "TEMPLATE_BLOCK", 5)  # one campaign per reconstruction call
    chunked = _run(["campaigns", str(corpus), "-q", "--summary", str(s2)])
    assert chunked.stdout == whole.stdout
    assert s2.read_bytes() == s1.read_bytes()
    # the in-memory library path gives the same campaigns
    rows = [json.loads(x) for x in whole.stdout.splitlines()]
    recs = [json.loads(x) for x in _lines() if x.startswith('{"')]
    seen, good = set(), []
    for r in recs:
        if r["id"] not in seen:
            seen.add(r["id"])
            good.append(r)
    res = mmd.campaigns([r["text"] for r in good], metadata=good, ids=[r["id"] for r in good])
    ok = [r for r in rows if "error" not in r]
    assert [r["id"] for r in ok] == [r["id"] for r in good]
    assert [r["campaign"] for r in ok] == res.labels
    assert sum(1 for r in rows if "error" in r) == 2
    s = json.loads(s1.read_text())
    assert s["records"] == len(rows) and s["errors"] == 2
    assert [c["size"] for c in s["campaigns"]][:3] == [24, 24, 24]


@pytest.mark.parametrize("budget", [0, 3000, 10**9])
def test_texts_kept_in_memory_or_read_again_give_one_summary(corpus, tmp_path, monkeypatch, budget):
    # budget 0: every text is read again; 3000: the first batches are kept, then all dropped
    # when they no longer fit, and read again; 10**9: all kept, no second pass
    s1, s2 = tmp_path / "s1.json", tmp_path / "s2.json"
    monkeypatch.setattr(cli, "_STREAM_BATCH", 4)
    _run(["campaigns", str(corpus), "-q", "--summary", str(s1)])
    monkeypatch.setattr(cli, "_KEEP_TEXTS_BYTES", budget)
    passes = []
    real = cli._SecondPass.__call__
    monkeypatch.setattr(cli._SecondPass, "__call__", lambda self, rows: passes.append(1) or real(self, rows))
    _run(["campaigns", str(corpus), "-q", "--summary", str(s2)])
    assert s2.read_bytes() == s1.read_bytes()
    assert passes == ([] if budget == 10**9 else [1])
    report = tmp_path / "r.html"
    _run(["report", str(corpus), "-o", str(report), "-q"])
    assert "Messaging campaigns" in report.read_text(encoding="utf-8")


def test_stdin_is_spooled_and_removed(corpus, tmp_path, monkeypatch):
    import tempfile

    spool_dir = tmp_path / "spool"
    spool_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool_dir))
    s_file, s_stdin = tmp_path / "f.json", tmp_path / "i.json"
    from_file = _run(["campaigns", str(corpus), "-q", "--summary", str(s_file)])
    monkeypatch.setattr(cli, "_STREAM_BATCH", 7)
    for budget in (0, 10**9):        # texts read again from the spool, or kept in memory
        monkeypatch.setattr(cli, "_KEEP_TEXTS_BYTES", budget)
        from_stdin = _run(["campaigns", "-", "-q", "--summary", str(s_stdin)], input=corpus.read_bytes())
        assert from_stdin.stdout == from_file.stdout
        assert s_stdin.read_bytes() == s_file.read_bytes()
        assert os.listdir(spool_dir) == []
    # without --summary nothing is spooled
    assert _run(["campaigns", "-", "-q"], input=corpus.read_bytes()).stdout == from_file.stdout
    assert os.listdir(spool_dir) == []


def test_input_changed_between_passes(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_KEEP_TEXTS_BYTES", 0)     # (else nothing is read twice)
    real = cli._SecondPass.__call__

    def swap_then_read(self, rows):
        corpus.write_text("\n".join(_lines()[::-1]) + "\n", encoding="utf-8")
        return real(self, rows)

    monkeypatch.setattr(cli._SecondPass, "__call__", swap_then_read)
    res = CliRunner().invoke(main, ["campaigns", str(corpus), "-q", "-o", str(tmp_path / "o.jsonl"),
                                    "--summary", str(tmp_path / "s.json")])
    assert res.exit_code == 1 and "changed while it was read" in res.stderr


def test_progress_lines_for_long_inputs(corpus, monkeypatch):
    monkeypatch.setattr(cli, "_PROGRESS_EVERY", 0.0)
    monkeypatch.setattr(cli, "_STREAM_BATCH", 10)
    res = _run(["campaigns", str(corpus), "-o", os.devnull])
    assert "reading: " in res.stderr and "records" in res.stderr and res.stdout == ""
    res = _run(["campaigns", str(corpus), "-q", "-o", os.devnull])
    assert "reading" not in res.stderr and "records" not in res.stderr


def test_summary_template_slots_examples_and_redact(corpus, tmp_path):
    s_path, r_path = tmp_path / "s.json", tmp_path / "r.json"
    _run(["campaigns", str(corpus), "-q", "-o", os.devnull, "--summary", str(s_path)])
    _run(["campaigns", str(corpus), "-q", "-o", os.devnull, "--summary", str(r_path), "--redact"])
    s, r = json.loads(s_path.read_text()), json.loads(r_path.read_text())
    assert s["redacted"] is False and r["redacted"] is True
    c = s["campaigns"][0]
    assert isinstance(c["template"], str) and "{NAME}" in c["template"] and "{COMPANY}" in c["template"]
    assert "Anna" not in c["template"]
    names = [sl for sl in c["slots"] if sl["slot"] == "NAME"]
    assert names and sum(n for _, n in names[0]["values"]) > 0
    assert isinstance(c["alternatives"], list) and c["members_used"] == 24
    assert sum(n for _, n in c["sent_per_day"]) == 24 and c["sent_per_day"] == sorted(c["sent_per_day"])
    assert len(c["examples"]) == 3 and all(set(e) == {"id", "text"} for e in c["examples"])
    rc = r["campaigns"][0]
    assert rc["template"] == c["template"] and rc["alternatives"] == c["alternatives"]
    assert all(sl["values"] == [] for sl in rc["slots"]) and rc["examples"] == []
    assert rc["representative"]["id"] == c["representative"]["id"]
    assert "{NAME}" in rc["representative"]["text"]
    for name in ("Anna", "Bruno", "Chen", "Dara", "Initech", "Globex"):
        assert name not in r_path.read_text()
    assert CliRunner().invoke(main, ["campaigns", str(corpus), "--redact"]).exit_code == 2


def test_report_from_records_and_from_summary(corpus, tmp_path):
    s_path = tmp_path / "s.json"
    _run(["campaigns", str(corpus), "-q", "-o", os.devnull, "--summary", str(s_path)])
    from_summary = _run(["report", str(s_path)]).stdout
    out = tmp_path / "r.html"
    res = _run(["report", str(corpus), "-o", str(out)])
    assert res.stdout == "" and "wrote" in res.stderr
    page = out.read_text()
    assert page == from_summary
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page
    assert page.count('<section class="campaign"') == len(json.loads(s_path.read_text())["campaigns"])
    assert '<span class="slot">{NAME}</span>' in page and "<svg" in page and "Example messages" in page
    top1 = _run(["report", str(s_path), "--max-campaigns", "1", "--redact", "-q"]).stdout
    assert top1.count('<section class="campaign"') == 1 and "largest 1 shown" in top1
    assert "Example messages" not in top1 and "redacted" in top1
    # records from stdin, and errors
    assert _run(["report", "-", "-q"], input=corpus.read_bytes()).stdout == from_summary
    assert CliRunner().invoke(main, ["report", str(s_path), "--threshold", "0.6"]).exit_code == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "records": 3\n}\n')
    res = CliRunner().invoke(main, ["report", str(bad)])
    assert res.exit_code == 1 and "not a summary" in res.stderr


def test_summary_without_campaigns(tmp_path):
    p = tmp_path / "one.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "Just one message about nothing in particular today."}) + "\n")
    res = _run(["campaigns", str(p), "-q", "--summary", "-", "-o", os.devnull])
    s = json.loads(res.stdout)
    assert s["campaigns"] == [] and s["records"] == 1 and s["redacted"] is False


def test_named_pipe_input_is_spooled(corpus, tmp_path):
    import threading

    expected = _run(["report", str(corpus), "-q"]).stdout
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    data = corpus.read_bytes()

    def feed():
        with open(fifo, "wb") as fh:
            fh.write(data)

    t = threading.Thread(target=feed)
    t.start()
    try:
        assert _run(["report", str(fifo), "-q"]).stdout == expected
    finally:
        t.join(10)


def test_output_to_a_device_or_pipe_is_written_in_place(corpus, tmp_path):
    import stat
    import threading

    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    _run(["campaigns", str(corpus), "-q", "-o", os.devnull, "--summary", os.devnull])
    _run(["report", str(corpus), "-q", "-o", os.devnull])
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode), "renaming over /dev/null replaced the device"
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got = []

    def drain():
        with open(fifo, "rb") as fh:
            got.append(fh.read())

    t = threading.Thread(target=drain)
    t.start()
    _run(["campaigns", str(corpus), "-q", "-o", str(fifo)])
    t.join(10)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and got[0].count(b"\n") > 50


def test_direct_jsonl_rows_equal_json_dumps(tmp_path):
    import io as _io

    odd = ['q"uote', "back\\slash", "ünï\u2028code", 7, "tab\tid", "emoji 🙂"]
    lines = []
    for k, rid in enumerate(odd * 2):
        rid = rid if k < len(odd) else (f"{rid}-2" if isinstance(rid, str) else rid + 100)
        lines.append(json.dumps({"id": rid, "text": TEMPLATES[0].format(n=NAMES[k % 12], c=COMPANIES[k % 6])},
                                ensure_ascii=False))
    lines += ["{bad", json.dumps({"id": 'x"y', "text": None}), json.dumps({"id": "s", "text": "Ok"})]
    p = tmp_path / "odd.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    opts = dict(input_format=None, text_field="text", id_field="id", sender_field="sender",
                sent_at_field="sent_at")
    st, result, _ = cli._campaigns_pipeline(str(p), opts, True, threshold=None, min_size=None, need_texts=False)
    direct = "".join(cli._campaign_jsonl(st, result, block=4))
    buf = _io.StringIO()
    cli._emit(buf, list(cli._result_rows(st, result)), "jsonl", None, None)
    # (json.dumps, then line_safe: U+2028 and its kind \u-escaped, so that a record stays one line)
    from mass_msg_detect.io import line_safe

    generic = "".join(line_safe(json.dumps(json.loads(x), ensure_ascii=False)) + "\n"
                      for x in buf.getvalue().split("\n")[:-1])
    assert direct == buf.getvalue() == generic
    assert "\\u2028" in direct and "\u2028" not in direct
    assert direct.count("\n") == len(lines) and '"campaign": "c-' in direct


def test_summary_send_times_at_the_edges_of_the_calendar(tmp_path):
    # a UTC day before year 1 or after 9999 counts on the date the time was written with
    edges = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "not a time"]
    lines = []
    for k, line in enumerate(_lines()):
        if line.startswith("{") and '"sent_at"' in line:
            rec = json.loads(line)
            if k % 4 == 0:
                rec["sent_at"] = edges[k % 3]
            line = json.dumps(rec)
        lines.append(line)
    p = tmp_path / "edges.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    s_path = tmp_path / "s.json"
    _run(["campaigns", str(p), "-q", "-o", os.devnull, "--summary", str(s_path)])
    days = [d for c in json.loads(s_path.read_text())["campaigns"] for d, _ in c["sent_per_day"]]
    assert "0001-01-01" in days and "9999-12-31" in days and days


def test_per_day_counts_utc_days_as_datetime_does():
    import random
    from datetime import datetime, timezone

    from mass_msg_detect.summary import _per_day, _time_key

    rng = random.Random(5)
    keys = []
    for _ in range(2000):
        t = datetime.fromtimestamp(rng.uniform(-6.2e10, 2.5e11), tz=timezone.utc)
        keys.append(_time_key(t.astimezone(timezone.utc).isoformat()))
    want: dict = {}
    for _, ts, _ in keys:
        d = datetime.fromtimestamp(ts, tz=timezone.utc).date().isoformat()
        want[d] = want.get(d, 0) + 1
    assert _per_day(keys) == [[d, want[d]] for d in sorted(want)]


@pytest.mark.parametrize("args", [["--format", "csv"], [], ["--summary", "SUMMARY"]])
def test_a_reader_that_leaves_early_is_no_error(tmp_path, args):
    # mmd campaigns ... | head -1: the pipe closes; the exit status is 0 in every format, and an
    # output file named besides is still written
    import subprocess
    import sys

    p = tmp_path / "many.jsonl"
    p.write_text("".join(json.dumps({"id": f"r{i}", "text": f"note {i} about lunch plans {i % 7}"}) + "\n"
                         for i in range(20000)), encoding="utf-8")
    summary = tmp_path / "s.json"
    args = [str(summary) if a == "SUMMARY" else a for a in args]
    proc = subprocess.Popen([sys.executable, "-m", "mass_msg_detect", "campaigns", str(p), "-q"] + args,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(120) == 0, err
    assert first and err == b""
    if "--summary" in args:
        assert json.loads(summary.read_text())["records"] == 20000
    # the HTML report too
    proc = subprocess.Popen([sys.executable, "-m", "mass_msg_detect", "report", str(p), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    assert proc.wait(120) == 0 and proc.stderr.read() == b""


def test_replacing_an_output_keeps_its_permissions_and_symbolic_links(corpus, tmp_path):
    import stat

    summary = tmp_path / "s.json"
    summary.write_text("old")
    summary.chmod(0o600)
    out = tmp_path / "real" / "o.jsonl"
    out.parent.mkdir()
    out.write_text("old")
    out.chmod(0o640)
    link = tmp_path / "o-link.jsonl"
    link.symlink_to(out)
    dangling = tmp_path / "new-link.html"
    dangling.symlink_to(tmp_path / "real" / "r.html")
    _run(["campaigns", str(corpus), "-q", "-o", str(link), "--summary", str(summary)])
    assert stat.S_IMODE(summary.stat().st_mode) == 0o600 and json.loads(summary.read_text())["records"] > 0
    assert link.is_symlink() and os.readlink(link) == str(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and out.read_text().count("\n") > 50
    _run(["report", str(corpus), "-q", "-o", str(dangling)])
    assert dangling.is_symlink() and (tmp_path / "real" / "r.html").read_text().startswith("<!DOCTYPE html>")
    assert sorted(x.name for x in (tmp_path / "real").iterdir()) == ["o.jsonl", "r.html"]  # no temporary left


def test_options_that_apply_only_to_records_are_named_in_one_sentence(corpus, tmp_path):
    s_path = tmp_path / "s.json"
    _run(["campaigns", str(corpus), "-q", "-o", os.devnull, "--summary", str(s_path)])
    res = CliRunner().invoke(main, ["report", str(s_path), "--threshold", "0.6"])
    assert res.exit_code == 2 and "Error: --threshold applies to records, not to a summary" in res.stderr
    res = CliRunner().invoke(main, ["report", str(s_path), "--threshold", "0.6", "--min-size", "4"])
    assert res.exit_code == 2
    assert "Error: --threshold and --min-size apply to records, not to a summary" in res.stderr

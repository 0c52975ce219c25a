import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from mass_msg_detect.cli import main

TEMPLATE = "Hi {name}, I noticed you're leading growth at {company} and wanted to share how we helped similar teams cut onboarding time in half. Open to a quick chat next week?"


def _corpus():
    recs = []
    people = [("Anna", "Initech"), ("Bruno", "Globex"), ("Chen", "Hooli"), ("Dara", "Vandelay"), ("Eli", "Wonka")]
    for k, (name, comp) in enumerate(people):
        recs.append({"id": f"c{k}", "text": TEMPLATE.format(name=name, company=comp), "sender": "s1",
                     "sent_at": f"2025-01-0{k + 1}T10:00:00Z"})
    recs.append({"id": "u1", "text": "Totally unrelated note about the quarterly budget spreadsheet and the offsite.", "sender": "s2"})
    recs.append({"id": "u2", "text": "Ok"})
    return recs


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in _corpus()]
    lines.insert(3, "{not json")
    lines.append(json.dumps({"id": "c0", "text": "duplicate id"}))
    lines.append(json.dumps({"id": "n1", "text": 5}))
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_campaigns_jsonl_every_line_json_progress_on_stderr(corpus, tmp_path):
    runner = CliRunner()
    summary = tmp_path / "s.json"
    res = runner.invoke(main, ["campaigns", str(corpus), "--summary", str(summary)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(rows) == 10  # 7 good + 3 bad, input order
    assert [r.get("id") for r in rows][:3] == ["c0", "c1", "c2"]
    bad = [r for r in rows if "error" in r]
    assert len(bad) == 3 and all(r["campaign"] is None and "line" in r for r in bad)
    assert bad[0]["line"] == 4 and "invalid JSON" in bad[0]["error"]
    assert "duplicate id" in bad[1]["error"] and "not a string" in bad[2]["error"]
    good = {r["id"]: r for r in rows if "error" not in r}
    camp = {good[f"c{k}"]["campaign"] for k in range(5)}
    assert len(camp) == 1 and None not in camp
    assert good["u1"]["campaign"] is None and good["u1"]["status"] == "unique"
    assert good["u2"]["status"] == "too_short" and good["u2"]["similarity"] is None
    assert 0 < good["c1"]["similarity"] <= 1
    assert "warning: line 4" in res.stderr
    s = json.loads(summary.read_text())
    assert s["records"] == 10 and s["errors"] == 3 and s["config"].startswith("mmd1-")
    c = s["campaigns"][0]
    assert c["size"] == 5 and c["senders"] == 1 and c["first_sent_at"] == "2025-01-01T10:00:00Z"
    assert "{NAME}" in c["template"] and "{COMPANY}" in c["template"]


def test_campaigns_strict_and_csv_output(corpus, tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["campaigns", str(corpus), "--strict", "-q"])
    assert res.exit_code == 1 and "Error: 3 bad record(s)" in res.stderr
    out = tmp_path / "o.csv"
    res = runner.invoke(main, ["campaigns", str(corpus), "-q", "--format", "csv", "-o", str(out)])
    assert res.exit_code == 0
    lines = out.read_text().splitlines()
    assert lines[0] == "id,campaign,similarity,status,line,error" and len(lines) == 11


def test_campaigns_stdin_and_csv_input(tmp_path):
    runner = CliRunner()
    data = "\n".join(json.dumps(r) for r in _corpus())
    res = runner.invoke(main, ["campaigns", "-", "-q"], input=data)
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 7
    p = tmp_path / "in.csv"
    p.write_text("msg_id,body\n" + "\n".join(f'{r["id"]},"{r["text"]}"' for r in _corpus()) + "\n")
    res = runner.invoke(main, ["campaigns", str(p), "-q", "--text-field", "body", "--id-field", "msg_id"])
    assert res.exit_code == 0
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert sum(r["campaign"] is not None for r in rows) == 5


def test_usage_and_runtime_errors(tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["campaigns", str(tmp_path / "missing.jsonl")])
    assert res.exit_code == 1 and res.stderr.startswith("Error: ")
    res = runner.invoke(main, ["campaigns", "x.jsonl", "--threshold", "1.5"])
    assert res.exit_code == 2
    res = runner.invoke(main, ["campaigns", "x.jsonl", "--summary", "-"])
    assert res.exit_code == 2
    res = runner.invoke(main, ["mask"])
    assert res.exit_code == 2


def test_mask_command(tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["mask", "Hi Anna, I saw you're the VP of Sales at Initech."])
    assert res.exit_code == 0 and res.stdout == "Hi {NAME}, I saw you're the {TITLE} at {COMPANY}.\n"
    p = tmp_path / "t.txt"
    p.write_text("Hello Qzx, welcome\nmail a@b.co\n")
    res = runner.invoke(main, ["mask", "-i", str(p), "--name", "Qzx"])
    assert res.stdout.splitlines() == ["Hello {NAME}, welcome", "mail {EMAIL}"]


def test_every_command_is_documented_in_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for name in main.commands:
        assert f"mmd {name}" in readme, name


def test_module_entry_point_and_help():
    res = subprocess.run([sys.executable, "-m", "mass_msg_detect", "--help"], capture_output=True, text=True)
    assert res.returncode == 0 and "campaigns" in res.stdout
    res = subprocess.run([sys.executable, "-m", "mass_msg_detect", "campaigns", "--help"], capture_output=True, text=True)
    assert "[default: 3]" in res.stdout and "too_short" in res.stdout


def test_csv_without_text_column_is_said_once_and_records_stay_error_lines(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text("id,body\n1,hello there\n2,another one\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["campaigns", str(p)])
    assert res.exit_code == 0
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["error"] for r in rows] == ["missing text field 'text'"] * 2
    assert res.stderr.count("the header has no text column 'text' (columns: id, body)") == 1
    assert "--text-field" in res.stderr


def test_per_record_warnings_are_capped_and_quiet_silences_them(tmp_path):
    from mass_msg_detect.cli import WARN_RECORDS

    p = tmp_path / "in.jsonl"
    p.write_text("".join("{broken\n" for _ in range(WARN_RECORDS + 5)), encoding="utf-8")
    res = CliRunner().invoke(main, ["campaigns", str(p)])
    assert res.exit_code == 0
    assert len(res.stdout.splitlines()) == WARN_RECORDS + 5          # every bad record has its line
    assert res.stderr.count("warning: line ") == WARN_RECORDS
    assert "more bad records follow" in res.stderr
    quiet = CliRunner().invoke(main, ["campaigns", str(p), "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert quiet.stdout == res.stdout
    strict = CliRunner().invoke(main, ["campaigns", str(p), "-q", "--strict"])
    assert strict.exit_code == 1 and "bad record" in strict.stderr


def test_output_records_stay_one_line_for_every_reader(tmp_path):
    # U+2028, U+2029 and U+0085 are line breaks to str.splitlines and some viewers: written
    # \u-escaped in every JSONL output and in the summary's lines
    recs = [{"id": f"a\u2028{k}", "text": TEMPLATE.format(name=n, company="Initech\u0085") + " \u2029"}
            for k, n in enumerate(["Anna", "Bruno", "Chen", "Dara"])]
    recs.append({"id": "bad\u2028", "text": 5})
    p = tmp_path / "in.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    runner = CliRunner()
    summary = tmp_path / "s.json"
    res = runner.invoke(main, ["campaigns", str(p), "-q", "--summary", str(summary)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in recs]
    text = summary.read_text(encoding="utf-8")
    assert not any(c in text for c in "\u2028\u2029\u0085")
    assert json.loads(text)["campaigns"][0]["size"] == 4
    res = runner.invoke(main, ["index", "build", str(p), "-q", "-o", str(tmp_path / "idx")])
    assert res.exit_code == 0, res.output
    assert len(res.stdout.splitlines()) == 1 and json.loads(res.stdout)["id"] == "bad\u2028"
    res = runner.invoke(main, ["query", str(tmp_path / "idx"), "-q", "-i", str(p)])
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == [r["id"] for r in recs]


def test_unclosed_csv_quote_is_a_bad_record_and_no_row_is_lost(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('id,text\na,"Great deal on shoes for you\n'
                 + "".join(f"r{i},normal message number {i} that is long enough\n" for i in range(50)))
    res = CliRunner().invoke(main, ["campaigns", str(p), "--summary", str(tmp_path / "s.json")])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(rows) == 51 and [r["id"] for r in rows[:2]] == ["a", "r0"]
    assert rows[0]["line"] == 2 and "unclosed quote on line 2" in rows[0]["error"]
    assert all("error" not in r for r in rows[1:])
    assert "warning: line 2 (id 'a'): invalid CSV: unclosed quote" in res.stderr
    assert "51 records, 1 bad" in res.stderr


def test_lone_surrogates_in_texts_and_send_times_are_written_as_replacement_characters(tmp_path):
    # a JSON \ud800 escape reads as a lone surrogate, which UTF-8 cannot hold: output gets U+FFFD
    p = tmp_path / "in.jsonl"
    recs = [{"id": f"c{k}", "text": TEMPLATE.format(name=n, company="Initech") + " \ud800 ok",
             "sender": "s\udc00", "recipient_name": n + "\udc01", "sent_at": "2025-01-0%d \ud800" % (k + 1)}
            for k, n in enumerate(["Anna", "Bruno", "Chen"])]
    p.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    runner = CliRunner()
    summary = tmp_path / "s.json"
    for extra in ([], ["--redact"]):
        res = runner.invoke(main, ["campaigns", str(p), "-q", "-o", str(tmp_path / "o.jsonl"),
                                   "--summary", str(summary)] + extra)
        assert res.exit_code == 0, res.output
        s = json.loads(summary.read_text(encoding="utf-8"))
        c = s["campaigns"][0]
        assert c["size"] == 3 and c["first_sent_at"] == "2025-01-01 \ufffd"
        assert "\ufffd ok" in c["representative"]["text"]
        assert all("\ufffd ok" in e["text"] for e in c["examples"])
    for src in (p, summary):
        res = runner.invoke(main, ["report", str(src), "-q", "-o", str(tmp_path / "r.html"),
                                   "--title", "Report \udcff"])
        assert res.exit_code == 0, res.output
        page = (tmp_path / "r.html").read_text(encoding="utf-8")
        assert "Report \ufffd" in page and "2025-01-01 \ufffd" in page
    res = runner.invoke(main, ["report", str(p), "-q"])
    assert res.exit_code == 0 and "\ufffd ok" in res.stdout
    # a summary holding \ud800 escapes is rendered the same way
    hand = tmp_path / "hand.json"
    s["campaigns"][0]["template"] = "Hi {NAME} \ud800"
    hand.write_text(json.dumps(s), encoding="utf-8")
    res = runner.invoke(main, ["report", str(hand), "-q", "-o", str(tmp_path / "h.html")])
    assert res.exit_code == 0, res.output
    assert "\ufffd" in (tmp_path / "h.html").read_text(encoding="utf-8")


def test_an_output_naming_the_input_or_the_other_output_is_a_usage_error(corpus, tmp_path):
    runner = CliRunner()
    before = corpus.read_bytes()
    (tmp_path / "link.jsonl").symlink_to(corpus)
    for args in (["-o", str(corpus)], ["-o", str(tmp_path / "." / corpus.name)],
                 ["-o", str(tmp_path / "link.jsonl")], ["-o", "-", "--summary", str(corpus)]):
        res = runner.invoke(main, ["campaigns", str(corpus), "-q"] + args)
        assert res.exit_code == 2, (args, res.output)
        assert "the input file" in res.stderr and res.stdout == ""
        assert corpus.read_bytes() == before
    out = tmp_path / "x.json"
    res = runner.invoke(main, ["campaigns", str(corpus), "-q", "-o", str(out), "--summary", str(out)])
    assert res.exit_code == 2 and "-o and --summary name the same file" in res.stderr
    assert not out.exists()
    res = runner.invoke(main, ["report", str(corpus), "-q", "-o", str(corpus)])
    assert res.exit_code == 2 and "the input file" in res.stderr and corpus.read_bytes() == before
    # devices and stdout may be named twice
    res = runner.invoke(main, ["campaigns", str(corpus), "-q", "-o", "/dev/null", "--summary", "/dev/null"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["campaigns", str(corpus), "-q", "-o", str(out), "--summary", "-"])
    assert res.exit_code == 0 and json.loads(res.stdout)["records"] == 10


@pytest.mark.parametrize("command", ["campaigns", "report"])
def test_threshold_and_min_size_out_of_range_are_usage_errors(corpus, command):
    runner = CliRunner()
    for opt, value, says in (("--threshold", "nan", "is not a number"), ("--threshold", "-nan", "is not a number"),
                             ("--threshold", "1e-7", "1e-06<=x<1"), ("--threshold", "1", "1e-06<=x<1"),
                             ("--min-size", "99999999999999999999", "2<=x<=9223372036854775807")):
        res = runner.invoke(main, [command, str(corpus), "-q", opt, value])
        assert res.exit_code == 2, (opt, value, res.output)
        assert f"Invalid value for '{opt}'" in res.stderr and says in res.stderr
        assert "Traceback" not in res.output
    res = runner.invoke(main, [command, str(corpus), "-q", "--threshold", "1e-6", "--min-size", "9223372036854775807"])
    assert res.exit_code == 0, res.output


def _summary_file(corpus, tmp_path):
    s_path = tmp_path / "s.json"
    res = CliRunner().invoke(main, ["campaigns", str(corpus), "-q", "-o", str(tmp_path / "o.jsonl"),
                                    "--summary", str(s_path)])
    assert res.exit_code == 0, res.output
    return json.loads(s_path.read_text(encoding="utf-8"))


def test_report_tells_a_summary_from_records_by_its_whole_content(corpus, tmp_path):
    runner = CliRunner()
    s = _summary_file(corpus, tmp_path)
    # a summary on one line (as jq -c writes it), longer than any first look at the file
    s["campaigns"][0]["representative"]["text"] = "long " * 30000
    compact = tmp_path / "compact.json"
    compact.write_text(json.dumps(s, separators=(",", ":")), encoding="utf-8")
    assert compact.stat().st_size > 1 << 17
    res = runner.invoke(main, ["report", str(compact), "-q"])
    assert res.exit_code == 0, res.output
    assert res.stdout.count('<section class="campaign"') == 1 and "10 records" in res.stdout
    # one JSONL record that happens to have a "campaigns" field is a record
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"id": "a", "text": "Hello there my friend, how are you doing today?",
                               "campaigns": []}) + "\n", encoding="utf-8")
    res = runner.invoke(main, ["report", str(one), "-q"])
    assert res.exit_code == 0 and "1 records, 0 campaigns" in res.stdout
    res = runner.invoke(main, ["report", str(one), "-q", "--threshold", "0.6"])
    assert res.exit_code == 0, res.output
    # a bare summary object is still one
    bare = tmp_path / "bare.json"
    bare.write_text('{"campaigns": []}', encoding="utf-8")
    res = runner.invoke(main, ["report", str(bare), "-q"])
    assert res.exit_code == 0 and "? records, 0 campaigns" in res.stdout


@pytest.mark.parametrize("change, says", [
    ({"size": "x"}, "campaigns[0].size must be a whole number (got \"x\")"),
    ({"slots": "no"}, "campaigns[0].slots must be a list (got \"no\")"),
    ({"sent_per_day": [["bad"]]}, "campaigns[0].sent_per_day[0] must be a [value, count] pair (got [\"bad\"])"),
    ({"slots": [{"slot": "NAME", "values": [1, 2]}]}, "campaigns[0].slots[0].values[0] must be a [value, count] pair"),
    ({"alternatives": [5]}, "campaigns[0].alternatives[0] must be an object (got 5)"),
    ({"examples": 3}, "campaigns[0].examples must be a list (got 3)"),
])
def test_a_malformed_summary_is_a_one_line_error(corpus, tmp_path, change, says):
    s = _summary_file(corpus, tmp_path)
    s["campaigns"][0].update(change)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(s, indent=1), encoding="utf-8")
    for extra in ([], ["--redact"]):
        res = CliRunner().invoke(main, ["report", str(bad), "-q"] + extra)
        assert res.exit_code == 1, res.output
        assert res.stderr.startswith(f"Error: {bad}: not a valid summary: {says}")
        assert res.stderr.count("\n") == 1
    res = CliRunner().invoke(main, ["report", str(tmp_path / "s.json"), "-q"])
    assert res.exit_code == 0
    # several problems: the first is named
    bad.write_text('{"campaigns":[{"campaign":"c1","size":"x","template":null,"slots":"no"}]}')
    res = CliRunner().invoke(main, ["report", str(bad), "-q"])
    assert res.exit_code == 1 and res.stderr.count("\n") == 1 and "Traceback" not in res.output

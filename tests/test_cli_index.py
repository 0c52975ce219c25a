"""`mmd index ...` and `mmd query` on the command line."""
import json
import os

from click.testing import CliRunner

from mass_msg_detect.cli import main

TEMPLATE = ("Hi {name}, I noticed you're leading growth at {company} and wanted to share how we helped "
            "similar teams cut onboarding time in half. Open to a quick chat next week?")
PEOPLE = [("Anna", "Initech"), ("Bruno", "Globex"), ("Chen", "Hooli"), ("Dara", "Vandelay"), ("Eli", "Wonka")]


def _write(path, records, extra_lines=()):
    lines = [json.dumps(r) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _records(prefix, people, day0=1):
    return [{"id": f"{prefix}{k}", "text": TEMPLATE.format(name=n, company=c), "sender": f"s{k % 2}",
             "sent_at": f"2025-01-{day0 + k:02d}T10:00:00Z"} for k, (n, c) in enumerate(people)]


def _rows(out):
    return [json.loads(x) for x in out.splitlines() if x.strip()]


def test_build_info_add_query_remove_prune_verify(tmp_path):
    r = CliRunner()
    idx = str(tmp_path / "idx")
    src = _write(tmp_path / "a.jsonl", _records("a", PEOPLE[:3]) + [
        {"id": "u1", "text": "Totally unrelated note about the quarterly budget spreadsheet and the offsite."}],
        ["{not json"])
    res = r.invoke(main, ["index", "build", src, "-o", idx])
    assert res.exit_code == 0, res.output
    errs = _rows(res.stdout)
    assert len(errs) == 1 and errs[0]["line"] == 5 and errs[0]["error"].startswith("invalid JSON")
    info = json.loads(r.invoke(main, ["index", "info", idx]).stdout)
    assert info["messages"] == 4 and info["campaigns"] == 1 and info["threshold"] == 0.5
    assert info["config"] == "mmd1-char5-p128-s1-xxh32-m1" and info["store_text"] is False
    # add: a duplicate id is an error line, the rest is added
    more = _write(tmp_path / "b.jsonl", _records("b", PEOPLE[3:], day0=10) + [{"id": "a0", "text": "dup"}])
    res = r.invoke(main, ["index", "add", idx, more])
    assert res.exit_code == 0, res.output
    errs = _rows(res.stdout)
    assert len(errs) == 1 and errs[0]["id"] == "a0" and errs[0]["line"] == 3 and "duplicate id" in errs[0]["error"]
    assert json.loads(r.invoke(main, ["index", "info", idx]).stdout)["messages"] == 6
    res = r.invoke(main, ["index", "add", idx, more, "--strict", "-q"])
    assert res.exit_code == 1 and "--strict" in res.output
    # query: TEXT arguments get ids 1, 2, ...
    res = r.invoke(main, ["query", idx, TEMPLATE.format(name="Fay", company="Umbrella"),
                          "A note about my garden and the tomatoes growing there this year"])
    assert res.exit_code == 0, res.output
    q = _rows(res.stdout)
    assert [x["id"] for x in q] == ["1", "2"]
    assert q[0]["templated"] is True and q[0]["matches"] == 5 and q[0]["senders"] == 2
    assert q[0]["campaign"] is not None and "{NAME}" in q[0]["template"] and "{COMPANY}" in q[0]["template"]
    assert q[0]["neighbors"][0]["similarity"] >= 0.5 and len(q[0]["neighbors"]) == 5
    assert {"slot": "NAME", "value": "Fay"} in q[0]["slot_values"]
    assert q[1]["templated"] is False and q[1]["score"] == 0 and q[1]["campaign"] is None
    # query -i: ids from the records, bad records get error lines
    qin = _write(tmp_path / "q.jsonl", [{"id": "x", "text": TEMPLATE.format(name="Gus", company="Acme")}], ["[]"])
    rows = _rows(r.invoke(main, ["query", idx, "-i", qin, "-q"]).stdout)
    assert rows[0]["id"] == "x" and rows[0]["templated"] is True
    assert {"slot": "NAME", "value": "Gus"} in rows[0]["slot_values"]
    assert _rows(r.invoke(main, ["query", idx, "-i", qin, "-q", "--no-slot-values"]).stdout)[0]["slot_values"] == []
    assert rows[1]["templated"] is None and "error" in rows[1]
    # remove and prune
    ids = tmp_path / "ids.txt"
    ids.write_text("a1\nnope\n")
    res = r.invoke(main, ["index", "remove", idx, "--ids", str(ids)])
    assert json.loads(res.stdout) == {"removed": 1, "not_found": 1}
    res = r.invoke(main, ["index", "prune", idx, "--before", "2025-01-05"])
    assert json.loads(res.stdout)["removed"] == 2          # a0, a2 (u1 has no date: kept)
    info = json.loads(r.invoke(main, ["index", "info", idx]).stdout)
    assert info["messages"] == 3 and info["first_sent_at"].startswith("2025-01-1")
    res = r.invoke(main, ["index", "verify", idx])
    assert res.exit_code == 0 and json.loads(res.stdout)["ok"] is True


def test_cli_errors(tmp_path):
    r = CliRunner()
    idx = str(tmp_path / "idx")
    src = _write(tmp_path / "a.jsonl", _records("a", PEOPLE))
    assert r.invoke(main, ["index", "build", src, "-o", idx]).exit_code == 0
    res = r.invoke(main, ["index", "build", src, "-o", idx])
    assert res.exit_code == 1 and "already exists" in res.output
    res = r.invoke(main, ["index", "prune", idx, "--before", "soon"])
    assert res.exit_code == 2 and "ISO 8601" in res.output
    res = r.invoke(main, ["query", idx])
    assert res.exit_code == 2
    res = r.invoke(main, ["query", str(tmp_path), "hello"])
    assert res.exit_code == 1 and "not an index" in res.output
    seg = [n for n in os.listdir(idx) if n.startswith("seg-")][0]
    data = bytearray(open(os.path.join(idx, seg), "rb").read())
    data[-100] ^= 1
    open(os.path.join(idx, seg), "wb").write(bytes(data))
    res = r.invoke(main, ["index", "verify", idx])
    assert res.exit_code == 1 and seg in res.output and "checksum" in res.output


def test_review_faults_are_clear_errors(tmp_path):
    """Faults found in review: each is a one-line error or a warning, never a traceback."""
    r = CliRunner()
    idx = str(tmp_path / "idx")
    recs = _records("a", PEOPLE) + [
        {"id": "late", "text": "juliet kilo lima mike november oscar papa quebec romeo sierra",
         "sent_at": "9999-12-31T23:59:59-01:00"},
        {"id": "s\ud800x", "text": TEMPLATE.format(name="Zed", company="Acme")}]
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in recs) + "\n", encoding="utf-8", errors="surrogatepass")
    res = r.invoke(main, ["index", "build", str(src), "-o", idx])
    assert res.exit_code == 0, res.output
    assert "out of the range of dates" in res.stderr
    # a lone surrogate in an id (a JSON \ud800 escape) is a bad record with its line
    assert [(e["line"], "lone surrogate" in e["error"]) for e in _rows(res.stdout)] == [(7, True)]
    info = json.loads(r.invoke(main, ["index", "info", idx, "-q"]).stdout)
    assert info["messages"] == 6 and info["last_sent_at"].startswith("2025-")
    res = r.invoke(main, ["query", idx, TEMPLATE.format(name="Yan", company="Hooli")])
    assert res.exit_code == 0, res.output
    # the same record queried with -i does not match itself
    rows = _rows(r.invoke(main, ["query", idx, "-i", str(src), "-q", "--no-slot-values"]).stdout)
    assert len(rows) == 7 and sum("error" in row for row in rows) == 1
    assert all(n["id"] != row["id"] for row in rows if "error" not in row for n in row["neighbors"])
    # bad ids files
    res = r.invoke(main, ["index", "remove", idx, "--ids", str(tmp_path / "missing.txt")])
    assert res.exit_code in (1, 2) and "Traceback" not in res.output
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"m\xe9\n")
    res = r.invoke(main, ["index", "remove", idx, "--ids", str(bad)])
    assert res.exit_code == 1 and "not UTF-8" in res.output
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbfa0\r\n")
    assert json.loads(r.invoke(main, ["index", "remove", idx, "--ids", str(bom)]).stdout) == {"removed": 1, "not_found": 0}
    # error lines of query -i carry campaign: null
    qin = _write(tmp_path / "q.jsonl", [], ["{oops"])
    row = _rows(r.invoke(main, ["query", idx, "-i", qin, "-q"]).stdout)[0]
    assert row["campaign"] is None and row["error"].startswith("invalid JSON")
    # a corrupted segment: one-line error from query, verify and add
    seg = [n for n in os.listdir(idx) if n.startswith("seg-")][0]
    data = bytearray(open(os.path.join(idx, seg), "rb").read())
    data[-100] ^= 1
    open(os.path.join(idx, seg), "wb").write(bytes(data))
    for args in (["query", idx, "hello there how are you doing my friend"],
                 ["index", "add", idx, str(_write(tmp_path / "b.jsonl", _records("b", PEOPLE[:1])))]):
        res = r.invoke(main, args)
        assert res.exit_code == 1 and seg in res.output and "Traceback" not in res.output, args


def test_corrupted_state_file_is_refused(tmp_path):
    from mass_msg_detect.errors import IndexFormatError
    from mass_msg_detect.index import Index

    src = _write(tmp_path / "a.jsonl", _records("a", PEOPLE))
    idx = str(tmp_path / "idx")
    assert CliRunner().invoke(main, ["index", "build", src, "-o", idx]).exit_code == 0
    state = [n for n in os.listdir(idx) if n.startswith("state-")][0]
    data = bytearray(open(os.path.join(idx, state), "rb").read())
    data[-3] ^= 1
    open(os.path.join(idx, state), "wb").write(bytes(data))
    import pytest

    with pytest.raises(IndexFormatError, match=state):
        Index.open(idx)
    res = CliRunner().invoke(main, ["index", "add", idx, src])
    assert res.exit_code == 1 and state in res.output


def test_api_build_refuses_repeated_ids_and_remove_a_string(tmp_path):
    import pytest

    from mass_msg_detect.index import Index

    texts = [TEMPLATE.format(name=n, company=c) for n, c in PEOPLE[:3]]
    with pytest.raises(ValueError, match="repeats id 'a'"):
        Index.build(tmp_path / "x", texts, ids=["a", "a", "b"])
    assert not (tmp_path / "x").exists()
    idx = Index.build(tmp_path / "y", texts, ids=["a", "b", "c"], sent_at=["junk", None, "2025-01-01"])
    assert [w[1] for w in idx.last_result.warnings] == ["a"]
    with pytest.raises(TypeError):
        idx.remove("bc")


def test_query_dash_reads_records_from_stdin(tmp_path):
    r = CliRunner()
    idx = str(tmp_path / "idx")
    assert r.invoke(main, ["index", "build", _write(tmp_path / "a.jsonl", _records("a", PEOPLE)), "-o", idx]).exit_code == 0
    stdin = "\n".join(json.dumps(x) for x in _records("q", [("Fay", "Umbrella"), ("Gus", "Stark")])) + "\n"
    dash = r.invoke(main, ["query", idx, "-", "--no-slot-values"], input=stdin)
    flag = r.invoke(main, ["query", idx, "-i", "-", "--no-slot-values"], input=stdin)
    assert dash.exit_code == 0 and flag.exit_code == 0, dash.output
    rows = _rows(dash.stdout)
    assert rows == _rows(flag.stdout)
    assert [x["id"] for x in rows] == ["q0", "q1"] and all(x["templated"] and x["matches"] == 5 for x in rows)
    # '-' with TEXT arguments or -i is a usage error, not a query of the text "-"
    for args in (["-", "some text"], ["some text", "-"], ["-", "-i", "-"]):
        res = r.invoke(main, ["query", idx, *args], input=stdin)
        assert res.exit_code == 2 and "stdin" in res.output, args


def test_quiet_leaves_stderr_empty_but_keeps_error_lines(tmp_path):
    r = CliRunner()
    idx = str(tmp_path / "idx")
    recs = _records("a", PEOPLE) + [{"id": "d", "text": TEMPLATE.format(name="Zoe", company="Acme"),
                                     "sent_at": "last tuesday"}]
    src = _write(tmp_path / "a.jsonl", recs, ["{not json", json.dumps({"id": "nt"})])
    loud = r.invoke(main, ["index", "build", src, "-o", idx + "-loud"])
    assert loud.exit_code == 0 and "warning" in loud.stderr and "last tuesday" in loud.stderr
    for args in (["index", "build", src, "-o", idx, "-q"], ["index", "add", idx, src, "-q"],
                 ["query", idx, "-i", src, "-q", "--no-slot-values"]):
        res = r.invoke(main, args)
        assert res.exit_code == 0, (args, res.output)
        assert res.stderr == "", (args, res.stderr)
        errs = [x for x in _rows(res.stdout) if "error" in x]
        # bad records (and on add, every id already indexed) are still error lines on stdout
        assert {x["line"] for x in errs} >= {7, 8}, args
    res = r.invoke(main, ["index", "add", idx, src, "-q", "--strict"])
    assert res.exit_code == 1 and "not indexed" in res.stderr


def test_query_with_ids_on_damaged_id_columns_is_a_one_line_error(tmp_path):
    from mass_msg_detect.index import Container

    r = CliRunner()
    idx = str(tmp_path / "idx")
    src = _write(tmp_path / "a.jsonl", _records("a", PEOPLE))
    assert r.invoke(main, ["index", "build", src, "-o", idx]).exit_code == 0
    seg = os.path.join(idx, [n for n in os.listdir(idx) if n.startswith("seg-")][0])
    c = Container(seg, "segment")
    spec = c.header["arrays"]["id_sort"]
    start = (24 + len(json.dumps(c.header, sort_keys=True).encode()) + 63) // 64 * 64 + spec["offset"]
    del c
    data = bytearray(open(seg, "rb").read())
    data[start:start + spec["nbytes"]] = b"\xff" * spec["nbytes"]
    open(seg, "wb").write(bytes(data))
    # ids from the records are looked up in the index before any query runs
    res = r.invoke(main, ["query", idx, "-i", src, "-q"])
    assert res.exit_code == 1 and isinstance(res.exception, (SystemExit, type(None))), res.exception
    lines = res.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and os.path.basename(seg) in lines[0]
    assert "id_sort" in lines[0] and "Traceback" not in res.output


def test_index_warnings_are_named_up_to_the_limit_then_counted(tmp_path):
    from mass_msg_detect.cli import WARN_RECORDS

    r = CliRunner()
    idx = str(tmp_path / "idx")
    n = WARN_RECORDS + 7
    recs = [{"id": f"m{i}", "text": TEMPLATE.format(name=f"N{i}", company="Acme"), "sent_at": "last tuesday"}
            for i in range(n)]
    src = _write(tmp_path / "a.jsonl", recs)
    res = r.invoke(main, ["index", "build", src, "-o", idx])
    assert res.exit_code == 0, res.output
    assert not res.stderr.startswith("reading"), res.stderr      # (no bar off a terminal)
    assert res.stderr.count("last tuesday") == WARN_RECORDS and "7 more like these" in res.stderr, res.stderr
    res = r.invoke(main, ["index", "add", idx, src])       # every id again: each refused
    assert res.exit_code == 0, res.output
    assert sum("line" in x for x in res.stderr.splitlines()) == WARN_RECORDS, res.stderr
    assert "7 more like these" in res.stderr and len([x for x in _rows(res.stdout) if "error" in x]) == n

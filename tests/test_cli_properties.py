"""Properties of the command line over random records (hypothesis): every non-blank input line
gets exactly one JSON output line, nothing crashes, and the summary, report, index and query
accept whatever campaigns accepted."""
import json

from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mass_msg_detect.cli import main

_VALUE = st.one_of(st.text(max_size=8), st.integers(), st.none(), st.lists(st.integers(), max_size=2))
_LINE = st.one_of(
    st.binary(max_size=40),
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}).encode(), _VALUE,
              st.one_of(st.text(max_size=60), _VALUE)),
    st.builds(lambda t: json.dumps({"id": "x", "text": t, "sent_at": "2025-13-45", "sender": 5},
                                   ensure_ascii=False).encode(), st.text(max_size=30)),
    st.sampled_from([b"", b"   ", b"[1,2]", b'{"id": "a", "text": "Hi Anna, we help teams ship faster. Call me?"}',
                     b'{"id": "b", "text": "Hi Bruno, we help teams ship faster. Call me?"}']),
)
_SETTINGS = dict(deadline=None, suppress_health_check=list(HealthCheck))
_GZIP_MAGIC = b"\x1f\x8b"


@settings(max_examples=150, **_SETTINGS)
@given(st.lists(_LINE, max_size=12))
@example([b"\xef\xbb\xbf"])     # a byte-order mark alone: no record
@example([b"\x1f\x8b"])         # gzip's magic bytes, then nothing gzip
def test_campaigns_answers_every_record_once(lines):
    data = b"\n".join(lines) + b"\n"
    res = CliRunner().invoke(main, ["campaigns", "-", "-q"], input=data)
    if data.startswith(_GZIP_MAGIC):
        # (input that starts as gzip is read as gzip: these bytes are none, a clear error)
        assert res.exit_code == 1 and "gzip" in res.output, res.output
        return
    assert res.exit_code == 0, (res.output, res.exception)
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    # (a blank line is no record; JSON's white space is what counts as blank, and a UTF-8
    # byte-order mark at the start of the input is dropped)
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    assert len(rows) == sum(1 for line in body.split(b"\n") if line.strip(b" \t\r\n"))


@settings(max_examples=25, **_SETTINGS)
@given(st.lists(_LINE, max_size=10))
def test_summary_report_index_and_query_accept_any_records(tmp_path_factory, lines):
    d = tmp_path_factory.mktemp("fuzz")
    inp = d / "in.jsonl"
    if (b"\n".join(lines) + b"\n").startswith(_GZIP_MAGIC):
        lines = [b""] + lines           # (read as gzip otherwise: see the test above)
    inp.write_bytes(b"\n".join(lines) + b"\n")
    run = CliRunner().invoke
    res = run(main, ["campaigns", str(inp), "-q", "-o", str(d / "o.jsonl"), "--summary", str(d / "s.json")])
    assert res.exit_code == 0, (res.output, res.exception)
    summary = json.loads((d / "s.json").read_text(encoding="utf-8"))
    assert summary["records"] == len((d / "o.jsonl").read_text(encoding="utf-8").splitlines())
    res = run(main, ["report", str(d / "s.json"), "-q", "-o", str(d / "r.html")])
    assert res.exit_code == 0, (res.output, res.exception)
    res = run(main, ["index", "build", str(inp), "-q", "-o", str(d / "idx")])
    assert res.exit_code == 0, (res.output, res.exception)
    res = run(main, ["query", str(d / "idx"), "-q", "-i", str(inp)])
    assert res.exit_code == 0, (res.output, res.exception)
    for line in res.stdout.splitlines():
        json.loads(line)

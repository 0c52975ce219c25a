"""Tests for mass_msg_detect.io: streaming, columnar record readers."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mass_msg_detect.io import (
    METADATA_FIELDS,
    Batch,
    InputError,
    RecordReader,
    read_batches,
)


# -- helpers ---------------------------------------------------------------------------------------
def rows(source, **kw) -> list[dict]:
    """All records of ``source`` as dicts (one per record), checking batch invariants."""
    out = []
    for batch in read_batches(source, **kw):
        assert isinstance(batch, Batch)
        n = len(batch)
        assert n > 0
        columns = [batch.ids, batch.texts, batch.senders, batch.sent_at, batch.errors]
        columns += [batch.meta[name] for name in METADATA_FIELDS]
        assert set(batch.meta) == set(METADATA_FIELDS)
        assert all(len(c) == n for c in columns)
        for i in range(n):
            rec = {
                "line": batch.lines[i],
                "id": batch.ids[i],
                "text": batch.texts[i],
                "sender": batch.senders[i],
                "sent_at": batch.sent_at[i],
                "error": batch.errors[i],
            }
            rec.update({name: batch.meta[name][i] for name in METADATA_FIELDS})
            if rec["error"] is not None:
                assert rec["text"] is None
            else:
                assert isinstance(rec["text"], str)
            out.append(rec)
    lines = [r["line"] for r in out]
    assert lines == sorted(set(lines)), "every record once, in input order"
    return out


def jsonl(*records) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records
    )


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- JSONL -----------------------------------------------------------------------------------------
def test_jsonl_good_records(tmp_path):
    path = write(
        tmp_path,
        "m.jsonl",
        jsonl(
            {
                "id": "m1",
                "text": "Hi Ann",
                "sender": "s1",
                "sent_at": "2024-01-01",
                "recipient": "r1",
                "recipient_name": "Ann",
                "recipient_title": "CTO",
                "recipient_company": "Acme",
            },
            {"id": "m2", "text": "", "extra": [1, 2]},
            {"id": "m3", "text": "x", "sender": 42, "sent_at": 1.5, "recipient": None,
             "recipient_name": {"a": 1}, "recipient_title": True},
        ),
    )
    out = rows(path)
    assert [r["id"] for r in out] == ["m1", "m2", "m3"]
    assert [r["line"] for r in out] == [1, 2, 3]
    assert all(r["error"] is None for r in out)
    assert out[0]["text"] == "Hi Ann"
    assert (out[0]["sender"], out[0]["sent_at"]) == ("s1", "2024-01-01")
    assert [out[0][k] for k in METADATA_FIELDS] == ["r1", "Ann", "CTO", "Acme"]
    assert out[1]["text"] == ""  # empty text is valid
    assert out[1]["sender"] is None and out[1]["recipient"] is None
    # numbers become strings, anything else None, never an error
    assert (out[2]["sender"], out[2]["sent_at"]) == ("42", "1.5")
    assert out[2]["recipient"] is None
    assert out[2]["recipient_name"] is None
    assert out[2]["recipient_title"] is None


def test_jsonl_blank_lines_bom_crlf(tmp_path):
    data = (
        b"\xef\xbb\xbf"
        + b'{"id": "a", "text": "one"}\r\n'
        + b"\r\n"
        + b"   \t \n"
        + b'  {"id": "b", "text": "two"}  \r\n'
        + b"\n"
        + b'{"id": "c", "text": "three\\r\\n"}'  # no final newline
    )
    out = rows(write(tmp_path, "m.jsonl", data))
    assert [(r["line"], r["id"], r["text"], r["error"]) for r in out] == [
        (1, "a", "one", None),
        (4, "b", "two", None),
        (6, "c", "three\r\n", None),
    ]


def test_jsonl_blank_means_json_whitespace_only(tmp_path):
    # a form feed or a no-break space is not JSON whitespace: such a line is a bad record
    data = b"\x0c\n\xc2\xa0\n" + b'{"id": "a", "text": "x"}\xc2\xa0\n'
    out = rows(write(tmp_path, "m.jsonl", data))
    assert [r["line"] for r in out] == [1, 2, 3]
    assert all(r["error"].startswith("invalid JSON") for r in out)


def test_jsonl_only_blank_lines_yields_nothing(tmp_path):
    assert list(read_batches(write(tmp_path, "e.jsonl", b"\n  \n\r\n"))) == []
    assert list(read_batches(write(tmp_path, "e2.jsonl", b""))) == []


def test_jsonl_invalid_json_and_non_objects(tmp_path):
    data = jsonl(
        {"id": "a", "text": "ok"},
        b'{"id": "b" "text": "missing comma"}',
        b'["id", "c"]',
        b'"just a string"',
        b'{"id": "d", "text": "x"} trailing',
        b"[" * 100_000,
        {"id": "e", "text": "ok"},
    )
    out = rows(write(tmp_path, "m.jsonl", data))
    assert [r["line"] for r in out] == [1, 2, 3, 4, 5, 6, 7]
    assert [r["error"] is None for r in out] == [True, False, False, False, False, False, True]
    assert out[1]["error"] == "invalid JSON: Expecting ',' delimiter (col 12)"
    assert out[1]["id"] is None
    assert out[2]["error"] == "record is not a JSON object"
    assert out[3]["error"] == "record is not a JSON object"
    assert out[4]["error"].startswith("invalid JSON: Extra data")
    assert out[5]["error"].startswith("invalid JSON")


def test_jsonl_text_errors_keep_id(tmp_path):
    data = jsonl(
        {"id": "a"},
        {"id": "b", "text": 5},
        {"id": "c", "text": None},
        {"id": 7, "text": ["x"]},
    )
    out = rows(write(tmp_path, "m.jsonl", data))
    assert [(r["id"], r["error"]) for r in out] == [
        ("a", "missing text field 'text'"),
        ("b", "text field 'text' is not a string (got int)"),
        ("c", "text field 'text' is not a string (got null)"),
        (7, "text field 'text' is not a string (got array)"),
    ]


def test_jsonl_id_rules(tmp_path):
    data = jsonl(
        {"text": "no id"},
        {"id": 12, "text": "int id"},
        {"id": "", "text": "empty id"},
        {"id": 1.5, "text": "float id"},
        {"id": True, "text": "bool id"},
        {"id": None, "text": "null id"},
        {"id": "12", "text": "same as int 12 by str()"},
    )
    out = rows(write(tmp_path, "m.jsonl", data))
    assert [(r["id"], r["error"]) for r in out] == [
        (None, "missing id field 'id'"),
        (12, None),
        (None, "id field 'id' is empty"),
        (None, "id field 'id' must be a string or integer (got float)"),
        (None, "id field 'id' must be a string or integer (got bool)"),
        (None, "id field 'id' must be a string or integer (got null)"),
        ("12", "duplicate id '12' (first seen on line 2)"),
    ]
    assert type(out[1]["id"]) is int


def test_jsonl_duplicates_across_batches(tmp_path):
    records = [{"id": f"m{i}", "text": f"t{i}"} for i in range(10)]
    records.insert(7, {"id": "m1", "text": "again"})
    records.append({"id": "m1", "text": "and again"})
    path = write(tmp_path, "m.jsonl", jsonl(*records))
    batches = list(read_batches(path, batch_size=3))
    assert [len(b) for b in batches] == [3, 3, 3, 3]
    out = rows(path, batch_size=3)
    flagged = [(r["line"], r["id"], r["error"]) for r in out if r["error"]]
    assert flagged == [
        (8, "m1", "duplicate id 'm1' (first seen on line 2)"),
        (12, "m1", "duplicate id 'm1' (first seen on line 2)"),
    ]
    # the first occurrence stays good
    assert out[1]["error"] is None and out[1]["text"] == "t1"
    # and the check can be switched off
    assert all(r["error"] is None for r in rows(path, batch_size=3, check_duplicates=False))


def test_jsonl_invalid_utf8(tmp_path):
    data = (
        jsonl({"id": "a", "text": "fine é"})
        + b'{"id": "b", "text": "bad \xff\xfe byte"}\n'
        + b'{"id": "c\xc3", "text": "bad id"}\n'
        + b'{"id": "d", "text": "surrogate \xed\xa0\x80"}\n'
        + b"\xff\xff\n"
        + jsonl({"id": "e", "text": "fine"})
    )
    out = rows(write(tmp_path, "m.jsonl", data))
    assert [(r["line"], r["id"], r["error"]) for r in out] == [
        (1, "a", None),
        (2, "b", "invalid UTF-8"),  # id recovered
        (3, "c\ufffd", "invalid UTF-8"),
        (4, "d", "invalid UTF-8"),
        (5, None, "invalid UTF-8"),
        (6, "e", None),
    ]
    assert out[0]["text"] == "fine é"


def test_jsonl_huge_text(tmp_path):
    big = "word " * 2_000_000  # 10 MB
    path = write(tmp_path, "m.jsonl", jsonl({"id": "s", "text": "small"}, {"id": "big", "text": big},
                                             {"id": "t", "text": "after"}))
    out = rows(path)
    assert [r["id"] for r in out] == ["s", "big", "t"]
    assert out[1]["text"] == big and out[1]["error"] is None
    assert [r["line"] for r in out] == [1, 2, 3]


def test_jsonl_many_records_over_chunk_boundaries(tmp_path):
    # > 1 MiB so that lines straddle read chunks; multi-byte characters straddle them too.
    records = [{"id": i, "text": f"héllo wörld {i} " + "é" * (i % 50)} for i in range(20_000)]
    path = write(tmp_path, "m.jsonl", jsonl(*records))
    reader = RecordReader(path, batch_size=4096)
    with reader:
        out = []
        for batch in reader:
            out.extend(zip(batch.lines, batch.ids, batch.texts))
            assert 0 < reader.bytes_read <= reader.total_bytes
    assert reader.n_records == 20_000 and reader.n_errors == 0
    assert reader.bytes_read == reader.total_bytes == path.stat().st_size
    assert out == [(i + 1, r["id"], r["text"]) for i, r in enumerate(records)]


def test_reader_counts(tmp_path):
    path = write(tmp_path, "m.jsonl", jsonl({"id": "a", "text": "x"}, {"id": "a", "text": "y"}, b"{"))
    with RecordReader(path) as reader:
        batches = list(reader)
    assert reader.n_records == 3 and reader.n_errors == 2
    assert len(batches) == 1 and len(batches[0]) == 3


# -- field renames -----------------------------------------------------------------------------------
def test_field_renames_jsonl(tmp_path):
    path = write(
        tmp_path,
        "m.jsonl",
        jsonl(
            {"msg_id": "a", "body": "hello", "from": "s", "ts": "t", "text": "ignored", "id": "x"},
            {"msg_id": "b", "text": "no body"},
        ),
    )
    kw = dict(text_field="body", id_field="msg_id", sender_field="from", sent_at_field="ts")
    out = rows(path, **kw)
    assert (out[0]["id"], out[0]["text"], out[0]["sender"], out[0]["sent_at"]) == ("a", "hello", "s", "t")
    assert (out[1]["id"], out[1]["error"]) == ("b", "missing text field 'body'")


def test_field_renames_csv(tmp_path):
    path = write(tmp_path, "m.csv", b"msg_id,body,from\na,hello,s\nb,,\n")
    out = rows(path, text_field="body", id_field="msg_id", sender_field="from")
    assert [(r["id"], r["text"], r["sender"], r["error"]) for r in out] == [
        ("a", "hello", "s", None),
        ("b", "", None, None),
    ]


# -- CSV ---------------------------------------------------------------------------------------------
def test_csv_header_and_multiline_field(tmp_path):
    data = (
        "\ufeffid,text,sender,recipient_name,sent_at\r\n"
        'm1,"Hi Ann,\r\nhow are you?\r\n\r\nBye",s1,Ann,2024\r\n'
        "m2,plain,,,\r\n"
        "\r\n"
        'm3,"say ""hi""",s3,Bob,\r\n'
        "m4,é ü,s4,,x"  # no final newline
    ).encode()
    out = rows(write(tmp_path, "m.csv", data))
    assert [(r["line"], r["id"], r["error"]) for r in out] == [
        (2, "m1", None),
        (6, "m2", None),
        (8, "m3", None),
        (9, "m4", None),
    ]
    assert out[0]["text"] == "Hi Ann,\r\nhow are you?\r\n\r\nBye"
    assert (out[0]["sender"], out[0]["recipient_name"], out[0]["sent_at"]) == ("s1", "Ann", "2024")
    assert (out[1]["sender"], out[1]["recipient_name"], out[1]["sent_at"]) == (None, None, None)
    assert out[1]["recipient"] is None  # column absent
    assert out[2]["text"] == 'say "hi"'
    assert out[3]["text"] == "é ü"


def test_csv_errors(tmp_path):
    data = (
        b"id,text,sender\n"
        b"a,ok,s\n"
        b"b,too,many,cells\n"
        b"c,few\n"
        b"d,bad \xff byte,s\n"
        b"e\xfe,bad id,s\n"
        b",empty id,s\n"
        b"a,duplicate,s\n"
        b"f,ok again,s\n"
    )
    out = rows(write(tmp_path, "m.csv", data))
    assert [(r["line"], r["id"], r["error"]) for r in out] == [
        (2, "a", None),
        (3, "b", "expected 3 fields, got 4"),
        (4, "c", "expected 3 fields, got 2"),
        (5, "d", "invalid UTF-8"),
        (6, "e\ufffd", "invalid UTF-8"),
        (7, None, "id field 'id' is empty"),
        (8, "a", "duplicate id 'a' (first seen on line 2)"),
        (9, "f", None),
    ]
    assert all(isinstance(r["id"], str) for r in out if r["id"] is not None)


def test_csv_missing_columns(tmp_path):
    out = rows(write(tmp_path, "m.csv", b"id,body\na,x\n"))
    assert [(r["id"], r["error"]) for r in out] == [("a", "missing text field 'text'")]
    out = rows(write(tmp_path, "n.csv", b"text\nhello\n"))
    assert [(r["id"], r["error"]) for r in out] == [(None, "missing id field 'id'")]


def test_csv_header_only_and_empty(tmp_path):
    assert list(read_batches(write(tmp_path, "h.csv", b"id,text\n"))) == []
    assert list(read_batches(write(tmp_path, "e.csv", b""))) == []


def test_csv_huge_field(tmp_path):
    big = "x" * 10_000_000
    out = rows(write(tmp_path, "m.csv", f'id,text\nbig,"{big}"\nsmall,y\n'.encode()))
    assert [(r["line"], r["id"], r["error"]) for r in out] == [(2, "big", None), (3, "small", None)]
    assert out[0]["text"] == big


def test_tsv_and_format_override(tmp_path):
    data = b"id\ttext\tsender\nm1\thello, world\ts\nm2\t\"quoted\ttab\"\t\n"
    out = rows(write(tmp_path, "m.tsv", data))
    assert [(r["id"], r["text"], r["sender"]) for r in out] == [
        ("m1", "hello, world", "s"),
        ("m2", "quoted\ttab", None),
    ]
    # an unhelpful extension with an explicit format
    assert [r["id"] for r in rows(write(tmp_path, "m.txt", data), input_format="tsv")] == ["m1", "m2"]
    csv_data = b"id,text\nm1,hi\n"
    assert [r["text"] for r in rows(write(tmp_path, "x.dat", csv_data), input_format="csv")] == ["hi"]
    # unknown extensions default to JSONL
    assert rows(write(tmp_path, "y.txt", jsonl({"id": 1, "text": "t"})))[0]["text"] == "t"



def test_csv_unclosed_quote_is_a_bad_record_and_the_rows_after_it_are_read(tmp_path):
    data = b'id,text\na,"Great deal on shoes\n' + b"".join(b"r%d,normal message %d\n" % (i, i) for i in range(1000))
    out = rows(write(tmp_path, "m.csv", data))
    assert len(out) == 1001
    assert (out[0]["line"], out[0]["id"]) == (2, "a")
    assert "unclosed quote" in out[0]["error"] and "line 2" in out[0]["error"]
    assert [(r["line"], r["id"], r["text"], r["error"]) for r in out[1:3]] == [
        (3, "r0", "normal message 0", None), (4, "r1", "normal message 1", None)]
    assert out[-1]["line"] == 1002 and out[-1]["error"] is None
    # on the last line too
    out = rows(write(tmp_path, "n.csv", b'id,text\nr1,one\nr2,"two\n'))
    assert [(r["line"], r["id"], r["error"] is None) for r in out] == [(2, "r1", True), (3, "r2", False)]
    assert "unclosed quote" in out[1]["error"]


def test_csv_stray_quote_closed_by_a_later_one_loses_no_rows(tmp_path):
    # the stray quote on line 2 would pair with the first quote on line 4
    data = b'id,text,sender\na,"oops,s\nb,fine,s\nc,"quoted, text",s\nd,"I\'m 5\'11\"\"",s\ne,last,s\n'
    out = rows(write(tmp_path, "m.csv", data))
    assert [(r["line"], r["id"]) for r in out] == [(2, "a"), (3, "b"), (4, "c"), (5, "d"), (6, "e")]
    assert "quote" in out[0]["error"] and "line 2" in out[0]["error"]
    assert [r["text"] for r in out[1:3]] == ["fine", "quoted, text"]
    assert [r["text"] for r in out[3:]] == ["I'm 5'11\"", "last"]
    # a quote that closes on a later line but leaves the wrong number of fields
    data = b'id,text,sender\na,"oops,s\nb,5\'11",s,x\nc,ok,s\n'
    out = rows(write(tmp_path, "n.csv", data))
    assert [(r["line"], r["id"]) for r in out] == [(2, "a"), (3, "b"), (4, "c")]
    assert "quote" in out[0]["error"] and out[2]["error"] is None


def test_csv_quoted_multiline_fields_still_read_with_rows_after_them(tmp_path):
    data = b'id,text\nm1,"one\ntwo\n\nthree"\nm2,"say ""hi""\nagain"\nm3,plain\n'
    out = rows(write(tmp_path, "m.csv", data))
    assert [(r["line"], r["id"], r["text"], r["error"]) for r in out] == [
        (2, "m1", "one\ntwo\n\nthree", None), (6, "m2", 'say "hi"\nagain', None), (8, "m3", "plain", None)]
    again = rows(write(tmp_path, "n.csv", data + b'm4,"open\nm5,x\n'), only_lines=[6, 10])
    assert [(r["line"], r["id"], r["error"] is None) for r in again] == [(6, "m2", True), (10, "m5", True)]


def test_tsv_quotes_are_text_unless_they_quote_a_whole_field(tmp_path):
    # plain TSV has no quoting; a field quoted as CSV quotes it ("a\tb", doubled quotes,
    # line breaks) is read as such
    data = (b'id\ttext\na\t"Great" deal on shoes\nb\tHe said "hi" to me\nc\t"unbalanced quote here\n'
            b'd\tnormal text\ne\t"two\nlines, ""quoted"""\nf\t"tab\tinside"\ng\t5\'11"\n')
    out = rows(write(tmp_path, "m.tsv", data))
    assert [(r["line"], r["id"], r["text"], r["error"]) for r in out] == [
        (2, "a", '"Great" deal on shoes', None),
        (3, "b", 'He said "hi" to me', None),
        (4, "c", '"unbalanced quote here', None),
        (5, "d", "normal text", None),
        (6, "e", 'two\nlines, "quoted"', None),
        (8, "f", "tab\tinside", None),
        (9, "g", "5'11\"", None),
    ]
    again = rows(write(tmp_path, "n.tsv", data), only_lines=[4, 5])
    assert [(r["id"], r["text"]) for r in again] == [("c", '"unbalanced quote here'), ("d", "normal text")]



@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_csv_reading_again_across_chunks_of_lines(tmp_path, monkeypatch, chunk):
    import mass_msg_detect.io as io_mod

    data = (b'id,text,sender\na,"oops,s\nb,fine,s\nc,"quoted\n, text",s\nd,"two\nlines""",s\n'
            b'e,"open,s\n' + b"".join(b"r%d,row %d,s\n" % (i, i) for i in range(30)) + b'z,"never closed\n')
    path = write(tmp_path, "m.csv", data)
    expected = rows(path)
    monkeypatch.setattr(io_mod, "_CSV_LINES", chunk)
    assert rows(path) == expected
    assert [r["id"] for r in expected] == list("abcde") + [f"r{i}" for i in range(30)] + ["z"]
    assert [r["line"] for r in expected if r["error"]] == [2, 8, 39]

@settings(max_examples=300, deadline=None)
@given(st.sampled_from([",", "\t"]), st.lists(st.text(alphabet='ab,"\t ', max_size=7), max_size=14))
def test_csv_and_tsv_lose_no_line(delimiter, lines):
    # every line is blank, starts a record, or is a line break inside a good record's fields:
    # however the quotes fall, reading never skips a line unseen (nor reads one twice)
    data = "id" + delimiter + "text\n" + "\n".join(lines) + "\n"
    out = rows(io.BytesIO(data.encode()), input_format="csv" if delimiter == "," else "tsv")
    physical = data.split("\n")
    starts = [r["line"] for r in out]
    assert all(physical[i - 1] for i in starts)
    for k, r in enumerate(out):
        nxt = starts[k + 1] if k + 1 < len(out) else len(physical)
        if r["error"] is None:
            span = 1 + r["id"].count("\n") + r["text"].count("\n")
        elif "quote" in r["error"] or "fields" in r["error"]:
            span = 1
        else:
            continue  # (a duplicate id: its record may span lines)
        assert all(not physical[i - 1] for i in range(r["line"] + span, nxt)), (r, nxt)
    assert all(not physical[i - 1] for i in range(2, starts[0] if starts else len(physical)))

# -- compression, stdin, file objects ------------------------------------------------------------------
def test_gzip_by_suffix_and_magic(tmp_path):
    payload = jsonl({"id": "a", "text": "x"}, b"", {"id": "b", "text": "y"})
    packed = gzip.compress(payload)
    for name in ("m.jsonl.gz", "m.ndjson.gz", "noext"):
        out = rows(write(tmp_path, name, packed))
        assert [(r["line"], r["id"]) for r in out] == [(1, "a"), (3, "b")]
    path = write(tmp_path, "m.csv.gz", gzip.compress(b"id,text\nc1,hello\n"))
    with RecordReader(path) as reader:
        out = [t for b in reader for t in b.texts]
    assert out == ["hello"]
    assert reader.input_format == "csv"
    assert reader.bytes_read == reader.total_bytes == path.stat().st_size


def test_corrupt_gzip_raises_input_error(tmp_path):
    packed = gzip.compress(jsonl(*({"id": i, "text": "x" * 100} for i in range(1000))))
    path = write(tmp_path, "m.jsonl.gz", packed[: len(packed) // 2])
    with pytest.raises(InputError, match="m.jsonl.gz"):
        list(read_batches(path))


def _fake_stdin(monkeypatch, data: bytes):
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    return stdin


def test_stdin_is_jsonl(monkeypatch):
    stdin = _fake_stdin(monkeypatch, jsonl({"id": "a", "text": "from stdin"}))
    with RecordReader("-") as reader:
        out = [(b.ids, b.texts) for b in reader]
    assert out == [(["a"], ["from stdin"])]
    assert reader.input_format == "jsonl"
    assert not stdin.closed  # the reader does not close stdin


def test_stdin_csv_when_told_and_gzip(monkeypatch):
    _fake_stdin(monkeypatch, b"id,text\nc1,hello\n")
    assert [r["text"] for r in rows("-", input_format="csv")] == ["hello"]
    _fake_stdin(monkeypatch, gzip.compress(jsonl({"id": "z", "text": "zipped"})))
    assert [r["text"] for r in rows("-")] == ["zipped"]


def test_binary_file_object_source(tmp_path):
    stream = io.BytesIO(jsonl({"id": "a", "text": "x"}))
    with RecordReader(stream) as reader:
        assert reader.total_bytes == len(stream.getvalue())
        assert [b.texts for b in reader] == [["x"]]
    assert not stream.closed
    path = write(tmp_path, "m.csv", b"id,text\na,y\n")
    with open(path, "rb") as f:  # format taken from the file object's name
        assert [r["text"] for r in rows(f)] == ["y"]
    with open(path, encoding="utf-8") as f:  # a text-mode file is read through its buffer
        assert [r["text"] for r in rows(f)] == ["y"]


# -- errors about the input as a whole ---------------------------------------------------------------
def test_missing_file_and_directory(tmp_path):
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(InputError, match="nope.jsonl"):
        RecordReader(missing)
    with pytest.raises(InputError, match="directory"):
        RecordReader(tmp_path)
    with pytest.raises(InputError, match="nope.jsonl"):
        list(read_batches(str(missing)))


def test_bad_arguments(tmp_path):
    path = write(tmp_path, "m.jsonl", b"")
    with pytest.raises(ValueError, match="'jsonl', 'csv'"):
        RecordReader(path, input_format="xml")
    with pytest.raises(ValueError, match="batch_size"):
        RecordReader(path, batch_size=0)
    with pytest.raises(TypeError):
        RecordReader(12345)  # type: ignore[arg-type]


# -- invariants ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("batch_size", [1, 2, 5, 1000])
def test_every_record_once_in_order(tmp_path, batch_size):
    parts = []
    expected = []  # (line, id or None, good?)
    line = 0
    for i in range(60):
        kind = i % 6
        line += 1
        if kind == 0:
            parts.append(json.dumps({"id": f"g{i}", "text": f"text {i}"}).encode())
            expected.append((line, f"g{i}", True))
        elif kind == 1:
            parts.append(b"   ")  # blank: not a record
        elif kind == 2:
            parts.append(b"{not json")
            expected.append((line, None, False))
        elif kind == 3:
            parts.append(json.dumps({"id": f"n{i}", "text": i}).encode())
            expected.append((line, f"n{i}", False))
        elif kind == 4:
            parts.append(json.dumps({"id": "g0", "text": "dup"}).encode())
            expected.append((line, "g0", False))
        else:
            parts.append(json.dumps({"id": i, "text": "int id"}).encode())
            expected.append((line, i, True))
    path = write(tmp_path, "m.jsonl", b"\n".join(parts) + b"\n")
    out = rows(path, batch_size=batch_size)
    assert [(r["line"], r["id"], r["error"] is None) for r in out] == expected
    batches = list(read_batches(path, batch_size=batch_size))
    assert all(len(b) == batch_size for b in batches[:-1])
    assert 0 < len(batches[-1]) <= batch_size


# -- second pass by line number ---------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "jsonl.gz"])
def test_only_lines_reads_chosen_records_again(tmp_path, fmt):
    if fmt.startswith("jsonl"):
        data = jsonl({"id": "a", "text": "one"}, b"", {"id": "b", "text": "two", "sender": "s"},
                     b"{broken", {"id": "c", "text": "three"}, {"id": "a", "text": "dup"})
        if fmt.endswith(".gz"):
            data = gzip.compress(data)
    else:
        data = b'id,text,sender\na,one,\nb,"two\nlines",s\nc,three,\na,dup,\n'
    path = write(tmp_path, "m." + fmt, data)
    first = rows(path)
    by_id = {r["id"]: r for r in first if r["error"] is None}
    want = [by_id["b"]["line"], by_id["c"]["line"]]
    again = rows(path, only_lines=want, batch_size=1)
    assert [(r["line"], r["id"], r["text"], r["sender"]) for r in again] == [
        (by_id[k]["line"], k, by_id[k]["text"], by_id[k]["sender"]) for k in "bc"]
    # the duplicate check is off: a line holding a duplicate is read as a record
    dup = [r for r in first if r["error"] and "duplicate" in r["error"]][0]
    assert rows(path, only_lines=[dup["line"]])[0]["text"] == "dup"
    assert rows(path, only_lines=[]) == []

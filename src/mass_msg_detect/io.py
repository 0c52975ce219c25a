"""Streaming, columnar readers of message records (JSONL and CSV/TSV, optionally gzipped).

Records come out in :class:`Batch` es: a few parallel Python lists per batch, not one object per
record, so that the rest of the pipeline can turn them into flat arrays. Every input record, good
or bad, appears exactly once and in input order; a bad record (invalid JSON, missing or non-string
text, missing, unusable or duplicate id, invalid UTF-8, wrong CSV column count, a CSV quote that
does not close cleanly) carries an error message instead of a text, and keeps whatever id could be
read, so that the caller can still write an output line for it. Nothing is silently dropped; blank
lines are not records. A CSV quote that does not close cleanly makes its line a bad record, and
reading goes on from the next line.

Example
-------
>>> with RecordReader("messages.jsonl.gz") as reader:          # doctest: +SKIP
...     for batch in reader:
...         for line, rid, text, err in zip(batch.lines, batch.ids, batch.texts, batch.errors):
...             ...

The reader reads bytes, in large chunks, and decodes UTF-8 strictly itself: a JSONL chunk is
decoded and split in one go, and each line is parsed with the C JSON scanner directly. Only the
standard library is used.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import itertools
import json
import json.scanner
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

__all__ = [
    "METADATA_FIELDS",
    "INPUT_FORMATS",
    "Batch",
    "InputError",
    "RecordReader",
    "read_batches",
]

#: Optional per-record fields, besides ``sender`` and ``sent_at``, that are passed through as
#: metadata (strings or None). Their names are fixed (not renamable).
METADATA_FIELDS = ("recipient", "recipient_name", "recipient_title", "recipient_company")

#: Accepted values of ``input_format``. ``"tsv"`` is tab-separated: a field quoted as CSV quotes
#: it (``"a<TAB>b"``, doubled quotes, line breaks inside) is unquoted, any other quote is text.
INPUT_FORMATS = ("jsonl", "csv", "tsv")

_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
}

_CHUNK = 1 << 20  # bytes per read
_GZIP_MAGIC = b"\x1f\x8b"
_BOM = b"\xef\xbb\xbf"
_MISSING = object()
_JSON_WS = " \t\r\n"  # what JSON calls whitespace; str.isspace() would accept much more

# The C scanner behind json.loads, called directly: saves the per-call overhead of
# json.loads/JSONDecoder.decode (type checks, two whitespace regex matches). Anything it does not
# accept cleanly is re-parsed with json.loads, which gives the usual error message.
_scan_once = json.scanner.make_scanner(json.JSONDecoder())

# Lone surrogates U+DC80..U+DCFF are how errors="surrogateescape" spells undecodable bytes.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_SURROGATE = re.compile("[\ud800-\udfff]")   # a JSON \\ud800 escape gives a lone surrogate

# CSV decoding uses this error handler: the same as "surrogateescape", but it counts how often it
# fired, so that rows need checking for escaped bytes only once a file has shown any.
_decode_error_count = [0]
_surrogateescape = codecs.lookup_error("surrogateescape")


_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def line_safe(text: str) -> str:
    """JSON text with the characters that some readers take for line breaks (U+0085, U+2028,
    U+2029; Python's ``str.splitlines`` among them) written as ``\\u`` escapes, so that each
    JSONL record stays one line for every reader. They can only stand inside JSON strings,
    where the escape means the same character."""
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        return text.translate(_LINE_BREAKS)
    return text


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates as U+FFFD, as masking reads them: a JSON ``\\ud800`` escape
    reads as one, which is not valid Unicode and cannot be written as UTF-8. (Records whose id
    holds one are bad records; texts, send times and the rest are written this way.)"""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


def _counting_surrogateescape(exc: UnicodeError) -> tuple[str, int]:
    _decode_error_count[0] += 1
    return _surrogateescape(exc)


_ERRORS_HANDLER = "mass_msg_detect.surrogateescape"
codecs.register_error(_ERRORS_HANDLER, _counting_surrogateescape)


def _raise_csv_field_limit() -> None:
    # The csv module refuses fields over 128 KiB by default; a 10 MB text must be accepted.
    limit = sys.maxsize
    while True:
        try:
            if csv.field_size_limit() < limit:
                csv.field_size_limit(limit)
            return
        except OverflowError:  # C long is 32 bits on some platforms
            limit = 2**31 - 1


class InputError(Exception):
    """The input cannot be read at all: missing file, a directory, unreadable or corrupt stream.

    Problems with individual records are not exceptions; they are reported in
    :attr:`Batch.errors`.
    """


@dataclass
class Batch:
    """A run of consecutive input records, columnar.

    Every input record (good or bad) appears exactly once, in input order. All lists have the
    same length, ``len(batch)``.

    Attributes
    ----------
    lines : list[int]
        1-based line number where the record starts (blank lines and the CSV header count).
    ids : list[str | int | None]
        The id as given (CSV ids are always strings); None when missing or unusable.
    texts : list[str | None]
        The message text ("" is a valid, empty text); None for bad records.
    senders, sent_at : list[str | None]
        Strings as given, numbers as ``str(number)``, anything else (and empty CSV cells) None.
        None for bad records.
    meta : dict[str, list[str | None]]
        One list per name in :data:`METADATA_FIELDS`, same conversion as ``senders``.
    errors : list[str | None]
        None for good records, else a short message such as ``"missing text field 'text'"``.
    """

    lines: list[int] = field(default_factory=list)
    ids: list[object | None] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    senders: list[str | None] = field(default_factory=list)
    sent_at: list[str | None] = field(default_factory=list)
    meta: dict[str, list[str | None]] = field(
        default_factory=lambda: {name: [] for name in METADATA_FIELDS}
    )
    errors: list[str | None] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.lines)


def _type_name(value: object) -> str:
    """JSON-ish name of a parsed value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return type(value).__name__


def _coerce(value: object) -> str | None:
    """Optional string field: numbers become str(number), anything else None."""
    if isinstance(value, str):
        return value
    if type(value) is int or type(value) is float:
        return str(value)
    return None


def _format_from_name(name: str) -> tuple[str | None, bool]:
    """(format by extension or None, whether the name ends in .gz)."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    return _EXTENSIONS.get(os.path.splitext(lower)[1]), gz


def _describe_json_error(line: str) -> str:
    try:
        json.loads(line)
    except json.JSONDecodeError as e:
        return f"invalid JSON: {e.msg} (col {e.colno})"
    except RecursionError:
        return "invalid JSON: nested too deeply"
    except ValueError as e:  # pragma: no cover - json raises JSONDecodeError for str input
        return f"invalid JSON: {e}"
    return "invalid JSON"  # pragma: no cover - callers only ask about lines json rejects


class _CountingRaw(io.RawIOBase):
    """Raw stream over a binary file object that counts the bytes read through it."""

    def __init__(self, fileobj: BinaryIO, *, owns: bool):
        self._f = fileobj
        self._owns = owns
        self.count = 0
        self._readinto = getattr(fileobj, "readinto", None)

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        if self._readinto is not None:
            n = self._readinto(b)
            if n is None:  # non-blocking source with nothing available
                return None  # type: ignore[return-value]
        else:
            data = self._f.read(len(b))
            n = len(data)
            b[:n] = data
        self.count += n
        return n

    def close(self) -> None:
        if not self.closed and self._owns:
            self._f.close()
        super().close()


class RecordReader:
    """Stream message records from a JSONL or CSV/TSV file, stdin or a binary file object.

    Parameters
    ----------
    source : str | os.PathLike | BinaryIO
        A path, ``"-"`` for standard input, or a binary file object (not closed by the reader).
        Gzip input is recognised by a ``.gz`` suffix or by its magic bytes.
    input_format : {"jsonl", "csv", "tsv"} or None
        None picks by extension (``.csv``, ``.tsv``, ``.jsonl``/``.json``/``.ndjson``, after
        stripping ``.gz``); JSONL when the extension says nothing, and for stdin.
    text_field, id_field, sender_field, sent_at_field : str
        Names of the fields holding the text, id, sender and send time.
    batch_size : int
        Records per :class:`Batch` (the last batch may be shorter).
    check_duplicates : bool
        Flag a record whose id (compared as ``str(id)``) was already seen earlier in the stream.
    only_lines : collection of int, optional
        Read again only the records starting on these 1-based line numbers (as reported in
        :attr:`Batch.lines` by an earlier pass over the same input); every other record is
        skipped unparsed and not counted. For a second pass over a file, e.g. to fetch the texts
        of a few records without keeping all texts in memory. Implies no duplicate check.

    Raises
    ------
    InputError
        The source cannot be opened (missing, a directory, unreadable).
    ValueError
        Unknown ``input_format`` or a non-positive ``batch_size``.

    Attributes
    ----------
    bytes_read : int
        Bytes consumed so far from the file (compressed bytes for gzip), for progress.
    total_bytes : int | None
        Size of the file when known (None for pipes).
    n_records, n_errors : int
        Records (good and bad) and bad records in the batches yielded so far.
    """

    def __init__(
        self,
        source: str | os.PathLike | BinaryIO,
        *,
        input_format: str | None = None,
        text_field: str = "text",
        id_field: str = "id",
        sender_field: str = "sender",
        sent_at_field: str = "sent_at",
        batch_size: int = 65536,
        check_duplicates: bool = True,
        only_lines=None,
    ):
        if input_format is not None:
            input_format = input_format.lower()
            if input_format not in INPUT_FORMATS:
                allowed = ", ".join(repr(f) for f in INPUT_FORMATS)
                raise ValueError(
                    f"input_format must be one of {allowed} or None (by file extension), "
                    f"got {input_format!r}"
                )
        if int(batch_size) < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size!r}")
        self.text_field = text_field
        self.id_field = id_field
        self.sender_field = sender_field
        self.sent_at_field = sent_at_field
        self.batch_size = int(batch_size)
        self.only_lines = None if only_lines is None else frozenset(int(x) for x in only_lines)
        self.check_duplicates = check_duplicates and self.only_lines is None
        self.bytes_read = 0
        self.total_bytes: int | None = None
        self.n_records = 0
        self.n_errors = 0
        #: CSV column names (stripped), once the header has been read; None for JSONL.
        self.fieldnames: list[str] | None = None
        self.header_problem: str | None = None
        """Set when a CSV/TSV header lacks the text or id column (every record will be bad)."""
        self._closables: list = []
        self._gen: Iterator[Batch] | None = None

        name, fileobj, owns = self._resolve(source)
        self.name = name
        ext_format, gz_suffix = _format_from_name(name) if name else (None, False)
        fmt = input_format or ext_format or "jsonl"
        self.input_format = "csv" if fmt == "tsv" else fmt
        self.delimiter = "\t" if fmt == "tsv" or (fmt == "csv" and ext_format == "tsv") else ","

        self.total_bytes = self._size_of(fileobj)
        self._raw = _CountingRaw(fileobj, owns=owns)
        buffered = io.BufferedReader(self._raw, buffer_size=_CHUNK)
        self._closables.append(buffered)
        try:
            head = buffered.peek(2)[:2]
        except OSError as e:
            self.close()
            raise InputError(f"cannot read input {name}: {e}") from e
        if gz_suffix or head == _GZIP_MAGIC:
            self._stream: BinaryIO = gzip.GzipFile(fileobj=buffered, mode="rb")
            self._closables.append(self._stream)
        else:
            self._stream = buffered

    # -- opening -------------------------------------------------------------------------------
    @staticmethod
    def _resolve(source) -> tuple[str, BinaryIO, bool]:
        """(display name, binary file object, whether the reader owns it)."""
        if isinstance(source, (str, os.PathLike)):
            path = os.fspath(source)
            if isinstance(path, bytes):
                path = os.fsdecode(path)
            if path == "-":
                stdin = sys.stdin
                buf = getattr(stdin, "buffer", stdin)
                if buf is None:
                    raise InputError("cannot read standard input: there is none")
                return "<stdin>", buf, False
            try:
                if os.path.isdir(path):
                    raise InputError(f"input path is a directory, not a file: {path}")
                return path, open(path, "rb", buffering=0), True
            except FileNotFoundError as e:
                raise InputError(f"input file not found: {path}") from e
            except PermissionError as e:
                raise InputError(f"cannot read input file {path}: permission denied") from e
            except OSError as e:
                raise InputError(f"cannot open input file {path}: {e.strerror or e}") from e
        if isinstance(source, io.TextIOBase):
            buf = getattr(source, "buffer", None)
            if buf is None:
                raise TypeError("source must be opened in binary mode ('rb'), not text mode")
            source = buf
        if hasattr(source, "read"):
            name = getattr(source, "name", None)
            return (name if isinstance(name, str) else "<stream>"), source, False
        raise TypeError(
            f"source must be a path, '-' or a binary file object, got {type(source).__name__}"
        )

    @staticmethod
    def _size_of(fileobj) -> int | None:
        try:
            st = os.fstat(fileobj.fileno())
            if not stat.S_ISREG(st.st_mode):
                return None
            try:
                pos = fileobj.tell()
            except (OSError, ValueError):
                pos = 0
            return max(0, st.st_size - pos)
        except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
            if isinstance(fileobj, io.BytesIO):
                return len(fileobj.getbuffer()) - fileobj.tell()
            return None

    # -- public --------------------------------------------------------------------------------
    def __iter__(self) -> Iterator[Batch]:
        if self._gen is None:
            if self.input_format == "csv":
                self._gen = self._csv_batches()
            else:
                self._gen = self._jsonl_batches()
        return self._gen

    def close(self) -> None:
        """Close what the reader opened (a file object passed in, or stdin, stays open)."""
        for f in reversed(self._closables):
            try:
                f.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                pass
        self._closables.clear()
        if self._raw is not None and not self._raw.closed:
            self._raw.close()

    def __enter__(self) -> RecordReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"RecordReader({self.name!r}, input_format={self.input_format!r}, "
            f"records={self.n_records}, errors={self.n_errors})"
        )

    # -- reading -------------------------------------------------------------------------------
    def _read(self, n: int) -> bytes:
        try:
            data = self._stream.read1(n)
        except (gzip.BadGzipFile, EOFError, zlib.error) as e:
            raise InputError(f"{self.name}: corrupt or truncated gzip data ({e})") from e
        except OSError as e:
            raise InputError(f"error reading {self.name}: {e}") from e
        self.bytes_read = self._raw.count
        return data

    def _jsonl_chunks(self) -> Iterator[tuple[list[str], set[int]]]:
        """Yield (lines, indices of lines that are not valid UTF-8), lines decoded.

        Lines are split on b"\\n" only (a trailing "\\r" stays; JSON treats it as whitespace). An
        invalid line is decoded with replacement characters, so that its id may still be read.
        """
        pending: list[bytes] = []
        first = True
        while True:
            data = self._read(_CHUNK)
            if first and data:
                # Gather enough bytes to see the whole BOM.
                while len(data) < 3 and _BOM.startswith(data):
                    more = self._read(_CHUNK)
                    if not more:
                        break
                    data += more
                if data.startswith(_BOM):
                    data = data[3:]
                first = False
            if not data:
                if pending:
                    yield _decode_lines(b"".join(pending))
                return
            cut = data.rfind(b"\n")
            if cut < 0:
                pending.append(data)
                continue
            if pending:
                pending.append(data[:cut])
                block = b"".join(pending)
                pending = []
            else:
                block = data[:cut]
            if cut + 1 < len(data):
                pending.append(data[cut + 1 :])
            yield _decode_lines(block)

    def _jsonl_batches(self) -> Iterator[Batch]:
        scan = _scan_once
        batch_size = self.batch_size
        text_field = self.text_field
        id_field = self.id_field
        sender_field = self.sender_field
        sent_at_field = self.sent_at_field
        m0, m1, m2, m3 = METADATA_FIELDS
        seen: dict[str, int] | None = {} if self.check_duplicates else None
        coerce = _coerce

        batch = Batch()
        (a_line, a_id, a_text, a_sender, a_sent, a_m0, a_m1, a_m2, a_m3, a_err) = _appenders(batch)
        k = 0
        lineno = 0
        want = self.only_lines
        for lines, bad_utf8 in self._jsonl_chunks():
            base = lineno + 1  # line number of lines[0]
            for line in lines:
                lineno += 1
                if want is not None and lineno not in want:
                    continue
                # -- parse -------------------------------------------------------------------
                try:
                    obj, end = scan(line, 0)
                    if end != len(line) and line[end:].strip(_JSON_WS):
                        raise ValueError
                except (StopIteration, ValueError, RecursionError):
                    if not line.strip(_JSON_WS):
                        continue  # blank line: not a record
                    try:
                        obj = json.loads(line)  # leading whitespace is fine
                    except (ValueError, RecursionError):
                        obj = _MISSING
                if obj is _MISSING:
                    err = "invalid UTF-8" if bad_utf8 and lineno - base in bad_utf8 else None
                    _append_bad(batch, lineno, None, err or _describe_json_error(line))
                elif type(obj) is not dict:
                    err = "invalid UTF-8" if bad_utf8 and lineno - base in bad_utf8 else None
                    _append_bad(batch, lineno, None, err or "record is not a JSON object")
                else:
                    get = obj.get
                    # -- id ------------------------------------------------------------------
                    rid = get(id_field, _MISSING)
                    err = None
                    if type(rid) is str and rid and (rid.isascii() or not _SURROGATE.search(rid)):
                        key = rid
                    elif type(rid) is int:
                        key = str(rid)
                    else:
                        key = None
                        if rid is _MISSING:
                            err = f"missing id field {id_field!r}"
                        elif type(rid) is str and not rid:
                            err = f"id field {id_field!r} is empty"
                        elif type(rid) is str:
                            err = f"id field {id_field!r} holds a lone surrogate (not valid Unicode)"
                        else:
                            err = (
                                f"id field {id_field!r} must be a string or integer "
                                f"(got {_type_name(rid)})"
                            )
                        rid = None
                    if key is not None and seen is not None:
                        first_line = seen.setdefault(key, lineno)
                        if first_line != lineno:
                            err = f"duplicate id {key!r} (first seen on line {first_line})"
                    if bad_utf8 and lineno - base in bad_utf8:
                        err = "invalid UTF-8"
                    # -- text ----------------------------------------------------------------
                    text = get(text_field, _MISSING)
                    if err is None and type(text) is not str:
                        if text is _MISSING:
                            err = f"missing text field {text_field!r}"
                        else:
                            err = (
                                f"text field {text_field!r} is not a string "
                                f"(got {_type_name(text)})"
                            )
                    if err is None:
                        a_line(lineno)
                        a_id(rid)
                        a_text(text)
                        v = get(sender_field)
                        a_sender(v if v is None or type(v) is str else coerce(v))
                        v = get(sent_at_field)
                        a_sent(v if v is None or type(v) is str else coerce(v))
                        v = get(m0)
                        a_m0(v if v is None or type(v) is str else coerce(v))
                        v = get(m1)
                        a_m1(v if v is None or type(v) is str else coerce(v))
                        v = get(m2)
                        a_m2(v if v is None or type(v) is str else coerce(v))
                        v = get(m3)
                        a_m3(v if v is None or type(v) is str else coerce(v))
                        a_err(None)
                    else:
                        _append_bad(batch, lineno, rid, err)
                k += 1
                if k == batch_size:
                    self._count(batch)
                    yield batch
                    batch = Batch()
                    (a_line, a_id, a_text, a_sender, a_sent, a_m0, a_m1, a_m2, a_m3, a_err) = (
                        _appenders(batch)
                    )
                    k = 0
        if k:
            self._count(batch)
            yield batch

    def _csv_text_stream(self) -> io.TextIOWrapper:
        _raise_csv_field_limit()
        stream = self._stream
        if not hasattr(stream, "read1"):  # pragma: no cover - both our streams have read1
            stream = io.BufferedReader(stream)  # type: ignore[arg-type]
        text = io.TextIOWrapper(
            stream,  # type: ignore[arg-type]
            encoding="utf-8-sig",
            errors=_ERRORS_HANDLER,
            newline="",
        )
        try:
            text._CHUNK_SIZE = 1 << 16  # type: ignore[attr-defined]
        except AttributeError:  # pragma: no cover
            pass
        self._closables.insert(0, _Detacher(text))
        return text

    def _csv_batches(self) -> Iterator[Batch]:
        text_stream = self._csv_text_stream()
        delimiter = self.delimiter
        tsv = delimiter == "\t"
        batch_size = self.batch_size
        seen: dict[str, int] | None = {} if self.check_duplicates else None
        raw = self._raw
        errors_at_start = _decode_error_count[0]
        check_bytes = False
        lines = _CsvLines(text_stream)
        expected_fields: list[int | None] = [None]  # known once the header is read

        def rows() -> Iterator[tuple[int, list[str] | None, str | None]]:
            """(start line, row, error): a row, an error, or a bad record's row and error.

            Blank lines are skipped. Quoted fields are read strictly: a quote that never
            closes, or a record over several lines that does not parse cleanly or has the
            wrong number of fields (a stray quote that paired with a later one), is taken back
            to the line where it starts; that line is the record (CSV: a bad one; TSV: read
            without quoting) and reading goes on from the next line. A single line that is
            not clean CSV is read leniently, as before.
            """
            reader = csv.reader(lines.source, delimiter=delimiter, strict=True)
            base = prev = 0  # reader.line_num counts from line base + 1
            while True:
                try:
                    for row in reader:
                        start = prev + 1
                        end = base + reader.line_num
                        if end != start and expected_fields[0] not in (None, len(row)):
                            raise _QuoteTrouble
                        prev = end
                        lines.keep_from = end + 1
                        if row:
                            yield start, row, None
                    return
                except (csv.Error, _QuoteTrouble) as e:
                    start = prev + 1
                    end = base + reader.line_num
                    if end < start:  # pragma: no cover - no progress: give up
                        raise InputError(f"{self.name}: invalid CSV near line {start} ({e})") from None
                    at_end = lines.at_end
                    line = lines.line(start)
                    if tsv:
                        yield start, _split_line(line, delimiter), None
                    elif end == start and not at_end:
                        try:  # one line of lenient CSV ('a,"x"y' reads "xy")
                            yield start, next(csv.reader([line], delimiter=delimiter), []), None
                        except csv.Error as e2:
                            yield start, None, f"invalid CSV: {e2}"
                    else:
                        try:
                            row = next(csv.reader([line], delimiter=delimiter), [])
                        except csv.Error:
                            row = []
                        why = (f"unclosed quote on line {start}: the quoted field runs to the end of the input"
                               if at_end else f"unbalanced quote on line {start}: the quoted field "
                               "does not end cleanly (a stray quote?)")
                        yield start, row, f"invalid CSV: {why}"
                    # go on from the line after ``start``
                    prev = base = start
                    lines.keep_from = start + 1
                    reader = csv.reader(lines.again_from(start + 1, end), delimiter=delimiter, strict=True)
                except (gzip.BadGzipFile, EOFError, zlib.error) as e:
                    raise InputError(f"{self.name}: corrupt or truncated gzip data ({e})") from e
                except OSError as e:
                    raise InputError(f"error reading {self.name}: {e}") from e

        it = rows()
        header: list[str] | None = None
        for _start, header, header_err in it:
            if header_err is not None:
                raise InputError(f"{self.name}: cannot read the CSV header ({header_err})")
            break
        self.bytes_read = raw.count
        if header is None:
            return
        self.fieldnames = [h.strip() for h in header]
        ncols = len(header)
        expected_fields[0] = ncols
        index: dict[str, int] = {}
        for i, name in enumerate(self.fieldnames):
            index.setdefault(name, i)
        # Absent optional columns read the empty cell appended to every row: None.
        absent = ncols
        text_i = index.get(self.text_field)
        id_i = index.get(self.id_field)
        sender_i = index.get(self.sender_field, absent)
        sent_i = index.get(self.sent_at_field, absent)
        m0_i, m1_i, m2_i, m3_i = (index.get(name, absent) for name in METADATA_FIELDS)
        lacking = [f"{what} column {name!r}" for what, name, i in
                   (("text", self.text_field, text_i), ("id", self.id_field, id_i)) if i is None]
        if lacking:
            flag = " and ".join(f"--{w.split()[0]}-field" for w in lacking)
            self.header_problem = (f"{self.name}: the header has no {' and no '.join(lacking)} "
                                   f"(columns: {', '.join(self.fieldnames) or 'none'}); every record is "
                                   f"an error line. Name the column with {flag}.")
        missing_text = f"missing text field {self.text_field!r}"
        missing_id = f"missing id field {self.id_field!r}"
        empty_id = f"id field {self.id_field!r} is empty"

        batch = Batch()
        (a_line, a_id, a_text, a_sender, a_sent, a_m0, a_m1, a_m2, a_m3, a_err) = _appenders(batch)
        k = 0
        want = self.only_lines
        for lineno, row, csv_err in it:
            if want is not None and lineno not in want:
                continue
            if csv_err is not None:
                rid = row[id_i] if row and id_i is not None and id_i < len(row) and row[id_i] else None
                if rid is not None and _ESCAPED_BYTE.search(rid):
                    rid = _repair(rid)
                _append_bad(batch, lineno, rid, csv_err)
            else:
                n = len(row)
                if not check_bytes and _decode_error_count[0] != errors_at_start:
                    check_bytes = True
                bad_bytes = check_bytes and _ESCAPED_BYTE.search("\0".join(row)) is not None
                rid = row[id_i] if id_i is not None and id_i < n else None
                err = None
                if rid is None:
                    err = missing_id
                elif not rid:
                    err, rid = empty_id, None
                else:
                    if bad_bytes:
                        rid = _repair(rid)
                    if seen is not None:
                        first_line = seen.setdefault(rid, lineno)
                        if first_line != lineno:
                            err = f"duplicate id {rid!r} (first seen on line {first_line})"
                if n != ncols:
                    err = f"expected {ncols} fields, got {n}"
                elif bad_bytes:
                    err = "invalid UTF-8"
                elif err is None and text_i is None:
                    err = missing_text
                if err is None:
                    row.append("")
                    a_line(lineno)
                    a_id(rid)
                    a_text(row[text_i])
                    a_sender(row[sender_i] or None)
                    a_sent(row[sent_i] or None)
                    a_m0(row[m0_i] or None)
                    a_m1(row[m1_i] or None)
                    a_m2(row[m2_i] or None)
                    a_m3(row[m3_i] or None)
                    a_err(None)
                else:
                    _append_bad(batch, lineno, rid, err)
            k += 1
            if k == batch_size:
                self.bytes_read = raw.count
                self._count(batch)
                yield batch
                batch = Batch()
                (a_line, a_id, a_text, a_sender, a_sent, a_m0, a_m1, a_m2, a_m3, a_err) = (
                    _appenders(batch)
                )
                k = 0
        self.bytes_read = raw.count
        if k:
            self._count(batch)
            yield batch

    def _count(self, batch: Batch) -> None:
        self.n_records += len(batch.lines)
        self.n_errors += len(batch.errors) - batch.errors.count(None)


_CSV_LINES = 1 << 18  # characters of CSV text split into lines at a time


class _QuoteTrouble(Exception):
    """A record over several lines with the wrong number of fields: a stray quote."""


class _CsvLines:
    """The physical lines of a CSV/TSV text (line ends kept) for :func:`csv.reader`.

    ``source`` yields them; the lines from ``keep_from`` on stay available, so that a record
    can be read again from its second line (:meth:`again_from`). ``at_end`` tells that the
    reader asked for a line past the last one: a record that comes back (or fails) with it set
    ran into the end of the input inside a quoted field.
    """

    def __init__(self, text: io.TextIOWrapper):
        self._readlines = text.readlines
        self._chunks: list[tuple[int, list[str]]] = []  # (number of the first line, lines)
        self._next = 1  # number of the next line to read from the text
        self._pushed = 0  # last line number of the lines read again, 0 when none
        self.keep_from = 1
        self.at_end = False
        self._base = itertools.chain.from_iterable(self._read())
        self.source: Iterator[str] = self._base

    def _read(self) -> Iterator[list[str]]:
        chunks = self._chunks
        while True:
            lines = self._readlines(_CSV_LINES)
            if not lines:
                self.at_end = True
                return
            drop = 0
            while drop < len(chunks) and chunks[drop][0] + len(chunks[drop][1]) <= self.keep_from:
                drop += 1
            if drop:
                del chunks[:drop]
            chunks.append((self._next, lines))
            self._next += len(lines)
            yield lines

    def _lines(self, first: int, last: int) -> list[str]:
        out: list[str] = []
        for start, lines in self._chunks:
            lo, hi = max(first, start), min(last, start + len(lines) - 1)
            if lo <= hi:
                out.extend(lines[lo - start:hi - start + 1])
        return out

    def line(self, number: int) -> str:
        got = self._lines(number, number)
        return got[0] if got else ""

    def again_from(self, first: int, read_to: int) -> Iterator[str]:
        """A new source: lines ``first`` to ``read_to`` (already read) again, then the rest."""
        last = max(read_to, self._pushed)
        self._pushed = last if last >= first else 0
        self.at_end = False
        self.source = itertools.chain(self._lines(first, last), self._base, self._end())
        return self.source

    def _end(self) -> Iterator[str]:
        self.at_end = True
        return
        yield  # pragma: no cover - makes this a generator


def _split_line(line: str, delimiter: str) -> list[str]:
    """A line's fields, split on ``delimiter`` without quoting (its line end dropped)."""
    if line.endswith("\r\n"):
        line = line[:-2]
    elif line.endswith(("\n", "\r")):
        line = line[:-1]
    return line.split(delimiter)


class _Detacher:
    """Closes a TextIOWrapper without closing the binary stream below it."""

    def __init__(self, text: io.TextIOWrapper):
        self._text = text

    def close(self) -> None:
        try:
            self._text.detach()
        except ValueError:  # already detached or closed
            pass


def _decode_lines(block: bytes) -> tuple[list[str], set[int]]:
    """Split a block of complete lines (no final newline) into decoded lines.

    Returns the lines and the 0-based positions (within the block) of the lines that are not
    valid UTF-8 (those are decoded with replacement characters).
    """
    try:
        return block.decode("utf-8").split("\n"), _NO_BAD
    except UnicodeDecodeError:
        pass
    lines = []
    bad = set()
    for i, raw in enumerate(block.split(b"\n")):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("utf-8", errors="replace"))
            bad.add(i)
    return lines, bad


_NO_BAD: set[int] = frozenset()  # type: ignore[assignment]


def _repair(value: str) -> str:
    """A string with surrogate-escaped bytes, made printable (bad bytes become U+FFFD)."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _appenders(batch: Batch):
    meta = batch.meta
    return (
        batch.lines.append,
        batch.ids.append,
        batch.texts.append,
        batch.senders.append,
        batch.sent_at.append,
        meta[METADATA_FIELDS[0]].append,
        meta[METADATA_FIELDS[1]].append,
        meta[METADATA_FIELDS[2]].append,
        meta[METADATA_FIELDS[3]].append,
        batch.errors.append,
    )


def _append_bad(batch: Batch, line: int, rid: object | None, error: str) -> None:
    batch.lines.append(line)
    batch.ids.append(rid)
    batch.texts.append(None)
    batch.senders.append(None)
    batch.sent_at.append(None)
    for values in batch.meta.values():
        values.append(None)
    batch.errors.append(error)


def read_batches(source: str | os.PathLike | BinaryIO, **kwargs) -> Iterator[Batch]:
    """Iterate over the :class:`Batch` es of ``source``; keyword arguments as :class:`RecordReader`.

    The source is closed when the iteration ends (a file object passed in stays open).
    """
    with RecordReader(source, **kwargs) as reader:
        yield from reader

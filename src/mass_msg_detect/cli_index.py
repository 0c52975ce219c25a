"""``mmd index ...`` and ``mmd query``: the persistent index on the command line.

Registered on :func:`mass_msg_detect.cli.main` by :func:`register`.
"""
from __future__ import annotations

import json
import sys
import time

import click

META_KEYS = ("recipient_name", "recipient_title", "recipient_company")


def _fail(e: Exception):
    raise click.ClickException(str(e)) from None


def _read(input_path, opts, quiet):
    """All records of INPUT as columns (the reader ``mmd campaigns`` uses: progress bar, bad
    records reported on stderr and kept as errors)."""
    from .cli import _read_all

    return _read_all(input_path, opts, quiet)


def _good(cols):
    good = [i for i, e in enumerate(cols["errors"]) if e is None]
    meta = None
    if any(any(v is not None for v in cols["meta"][k]) for k in META_KEYS):
        meta = [{k: cols["meta"][k][i] for k in META_KEYS if cols["meta"][k][i] is not None} for i in good]
    return good, meta


def _warn_records(cols, items) -> None:
    """Warnings ``(row, message)`` on stderr, the first WARN_RECORDS named, the rest counted."""
    from .cli import WARN_RECORDS

    for i, msg in items[:WARN_RECORDS]:
        click.echo(f"warning: line {cols['lines'][i]} (id {cols['ids'][i]!r}): {msg}", err=True)
    if len(items) > WARN_RECORDS:
        click.echo(f"warning: {len(items) - WARN_RECORDS} more like these", err=True)


def _emit_errors(cols, extra, quiet, warnings=()):
    """Error lines (stdout, in input order) for bad records and for records the index refused
    (``extra``); those and ``warnings`` (row, message) on stderr, in input order, capped."""
    rows = [(i, err) for i, err in enumerate(cols["errors"]) if err is not None]
    if not quiet:
        _warn_records(cols, sorted(list(extra) + list(warnings), key=lambda x: x[0]))
    rows.extend(extra)
    rows.sort()
    for i, err in rows:
        sys.stdout.write(_dumps({"id": cols["ids"][i], "line": cols["lines"][i], "error": err}) + "\n")
    sys.stdout.flush()
    return len(rows)


def _ingest(idx_or_path, input_path, opts, quiet, strict, build_kwargs=None):
    """Read INPUT and build a new index from it or add it to an existing one. An existing
    index is locked before the input is read, so a second writer is refused at once."""
    import contextlib
    import os

    from .errors import MassMsgDetectError
    from .index import Index

    t0 = time.perf_counter()
    try:
        if build_kwargs is not None:
            if os.path.exists(idx_or_path) and (not os.path.isdir(idx_or_path) or os.listdir(idx_or_path)):
                raise click.ClickException(f"{idx_or_path}: already exists and is not an empty directory "
                                           "(to append to an index: mmd index add INDEX INPUT)")
            idx, lock = None, contextlib.nullcontext()
        else:
            idx = Index.open(idx_or_path)
            lock = idx.writing()
        with lock:
            cols = _read(input_path, opts, quiet)
            good, meta = _good(cols)
            kwargs = dict(ids=[cols["ids"][i] for i in good], metadata=meta,
                          senders=[cols["senders"][i] for i in good],
                          sent_at=[cols["sent_at"][i] for i in good])
            texts = [cols["texts"][i] for i in good]
            if not quiet:
                click.echo(f"indexing {len(texts)} messages...", err=True)
                kwargs["progress"] = lambda line: click.echo(line + "...", err=True)
            if idx is None:
                before = 0
                idx = Index.build(idx_or_path, texts, **kwargs, **build_kwargs)
            else:
                before = len(idx)
                idx.add(texts, **kwargs)
    except (MassMsgDetectError, OSError, ValueError) as e:
        _fail(e)
    res = idx.last_result
    refused = [(good[p], msg) for p, _, msg in res.errors]
    gone = {i for i, _ in refused}     # (a refused record's date is no matter)
    n_bad = _emit_errors(cols, refused, quiet, [(good[p], msg) for p, _, msg in res.warnings if good[p] not in gone])
    if not quiet:
        info = idx.info()
        click.echo(f"{len(cols['errors'])} records, {n_bad} not indexed, {len(idx) - before} added; index holds "
                   f"{info['messages']} messages in {info['campaigns']} campaigns "
                   f"({time.perf_counter() - t0:.1f} s)", err=True)
    if strict and n_bad:
        raise click.ClickException(f"{n_bad} record(s) not indexed (--strict)")


class _reader_may_leave:
    """``mmd query ... | head``: when the reader closes the pipe, stop quietly with status 0."""

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is not None and issubclass(kind, BrokenPipeError):
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # Python's own flush at exit must not fail again
            sys.exit(0)
        return False


def _dumps(obj) -> str:
    """One JSON line; ids or texts holding lone surrogates, and characters some readers take
    for line breaks (:func:`~mass_msg_detect.io.line_safe`), are written \\u-escaped."""
    from .io import line_safe

    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj)
    return line_safe(line)


def register(main) -> None:
    """Add the index commands and ``mmd bench`` to the ``mmd`` group."""
    from .cli import _input_options, _min_size_type, _Threshold
    from .compare import bench

    main.add_command(bench, "bench")

    @main.group()
    def index():
        """Build and maintain a persistent index (a directory) for `mmd query`.

        \b
        mmd index build messages.jsonl -o idx/      new index, campaigns as `mmd campaigns` finds them
        mmd index add idx/ more.jsonl               append (incremental)
        mmd index info idx/                         one JSON object
        mmd index remove idx/ --ids ids.txt         drop messages by id (one per line)
        mmd index prune idx/ --before 2026-01-01    drop messages sent before a date
        mmd index verify idx/                       check every checksum
        """

    @index.command("build")
    @click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False, allow_dash=True))
    @click.option("-o", "--output", "out_path", required=True, type=click.Path(file_okay=False),
                  help="Index directory to create (must not exist, or be empty).")
    @click.option("--threshold", type=_Threshold(),
                  help="Estimated Jaccard of masked character 5-grams at or above which two messages "
                       "are near-duplicates; fixed for the life of the index  [default: 0.5]")
    @click.option("--min-size", type=_min_size_type(),
                  help="Fewest messages that make a campaign  [default: 3]")
    @click.option("--store-text", is_flag=True,
                  help="Also store the raw texts (by default the index holds fingerprints, ids, senders, "
                       "dates and masked templates only, so it can be shared without the messages).")
    @_input_options
    def build(input_path, out_path, threshold, min_size, store_text, quiet, strict, **opts):
        """Create an index from INPUT (JSONL or CSV, '-' for stdin).

        Bad records get {"id", "line", "error"} lines on stdout and are not indexed.
        """
        _ingest(out_path, input_path, opts, quiet, strict,
                dict(threshold=threshold, min_size=min_size, store_text=store_text))

    @index.command("add")
    @click.argument("index_path", metavar="INDEX", type=click.Path(file_okay=False, exists=True))
    @click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False, allow_dash=True))
    @_input_options
    def add(index_path, input_path, quiet, strict, **opts):
        """Append the records of INPUT to INDEX. An id already indexed is an error line."""
        _ingest(index_path, input_path, opts, quiet, strict)

    @index.command("info")
    @click.argument("index_path", metavar="INDEX", type=click.Path(file_okay=False, exists=True))
    @click.option("-q", "--quiet", is_flag=True, help="Nothing on stderr but errors.")
    def info(index_path, quiet):
        """Print one JSON object describing INDEX."""
        from .errors import MassMsgDetectError
        from .index import Index

        try:
            click.echo(_dumps(Index.open(index_path).info()))
        except MassMsgDetectError as e:
            _fail(e)

    @index.command("verify")
    @click.argument("index_path", metavar="INDEX", type=click.Path(file_okay=False, exists=True))
    @click.option("-q", "--quiet", is_flag=True, help="Nothing on stderr but errors.")
    def verify(index_path, quiet):
        """Check every checksum of every file of INDEX (exit 1 naming the corrupted file)."""
        from .errors import MassMsgDetectError
        from .index import Index

        try:
            click.echo(json.dumps(Index.open(index_path).verify()))
        except MassMsgDetectError as e:
            _fail(e)

    @index.command("remove")
    @click.argument("index_path", metavar="INDEX", type=click.Path(file_okay=False, exists=True))
    @click.option("--ids", "ids_path", required=True, type=click.Path(dir_okay=False, allow_dash=True),
                  help="File with one id per line ('-' for stdin).")
    @click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
    def remove(index_path, ids_path, quiet):
        """Drop messages from INDEX by id; campaigns are recomputed over what is left."""
        from .errors import MassMsgDetectError
        from .index import Index

        try:
            with click.open_file(ids_path, "r", encoding="utf-8-sig") as fh:
                ids = [line.rstrip("\r\n") for line in fh if line.strip()]
        except OSError as e:
            raise click.ClickException(f"{ids_path}: {e.strerror}") from None
        except UnicodeDecodeError as e:
            raise click.ClickException(f"{ids_path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
        try:
            res = Index.open(index_path).remove(ids)
        except MassMsgDetectError as e:
            _fail(e)
        click.echo(json.dumps({"removed": res["removed"], "not_found": len(res["not_found"])}))
        if not quiet and res["not_found"]:
            shown = ", ".join(repr(x) for x in res["not_found"][:5])
            click.echo(f"warning: {len(res['not_found'])} id(s) not in the index: {shown}"
                       + (" ..." if len(res["not_found"]) > 5 else ""), err=True)

    @index.command("prune")
    @click.argument("index_path", metavar="INDEX", type=click.Path(file_okay=False, exists=True))
    @click.option("--before", required=True,
                  help="ISO 8601 date or time (naive times are UTC): drop messages sent before it. "
                       "Messages without sent_at are kept.")
    @click.option("-q", "--quiet", is_flag=True, help="Nothing on stderr but errors.")
    def prune(index_path, before, quiet):
        """Drop messages sent before a date, so an index does not grow forever."""
        from .errors import MassMsgDetectError
        from .index import Index, parse_time

        try:
            parse_time(before)
        except (ValueError, TypeError):
            raise click.BadParameter(f"{before!r} is not an ISO 8601 date or time", param_hint="--before")
        try:
            res = Index.open(index_path).prune(before)
        except MassMsgDetectError as e:
            _fail(e)
        click.echo(json.dumps(res))

    @main.command()
    @click.argument("index_path", metavar="INDEX", type=click.Path(file_okay=False, exists=True))
    @click.argument("texts", nargs=-1)
    @click.option("-i", "--input", "input_path", type=click.Path(dir_okay=False, allow_dash=True),
                  help="Query every record of this file (JSONL or CSV, '-' for stdin).")
    @click.option("--slot-values/--no-slot-values", default=True, show_default=True,
                  help="List the slot values masking found in each templated message (about 25 "
                       "us a message).")
    @_input_options
    def query(index_path, texts, input_path, slot_values, quiet, strict, **opts):
        """Is each message templated? One JSON line per message, checked against INDEX.

        \b
        mmd query idx/ "Hi Anna, I saw you're the VP of Sales at Initech..."
        mmd query idx/ -i new_messages.jsonl
        cat new_messages.jsonl | mmd query idx/ -      ('-' alone: records from stdin, as -i -)

        Output: {"id", "templated", "reason", "score", "campaign", "matches", "senders",
        "neighbors", "status", "merge_field", "template", "campaign_size", "slot_values"}. TEXT arguments get
        ids "1", "2", ... A message is templated when it has at least min-size - 1 verified
        near-duplicates in the index (reason "matches"), or one that belongs to a campaign
        ("campaign"), or holds an unfilled merge field such as {{first_name}}
        ("merge_field"). Only verified matches (similarity at or above the index's
        threshold) are counted or listed.
        """
        from .errors import MassMsgDetectError
        from .index import Index

        if texts == ("-",) and not input_path:
            texts, input_path = (), "-"       # like `-i -`: records (JSONL or CSV) from stdin
        elif "-" in texts:
            raise click.UsageError("'-' reads records from stdin (as -i -); it cannot be mixed with TEXT "
                                   "arguments or -i")
        if texts and input_path:
            raise click.UsageError("give TEXT arguments or -i INPUT, not both")
        if not texts and not input_path:
            raise click.UsageError("give TEXT arguments or -i INPUT")
        try:
            idx = Index.open(index_path)
        except MassMsgDetectError as e:
            _fail(e)
        out = sys.stdout
        if texts:
            try:
                res = idx.query_many(list(texts))
            except MassMsgDetectError as e:
                _fail(e)
            with _reader_may_leave():
                for i in range(len(res)):
                    out.write(_dumps(res.row(i, slot_values=slot_values)) + "\n")
                out.flush()
            return
        cols = _read(input_path, opts, quiet)
        good, meta = _good(cols)
        try:
            res = idx.query_many([cols["texts"][i] for i in good], metadata=meta,
                                 ids=[cols["ids"][i] for i in good])
        except MassMsgDetectError as e:
            _fail(e)
        k = 0
        n_bad = 0
        with _reader_may_leave():
            for i, err in enumerate(cols["errors"]):
                if err is not None:
                    n_bad += 1
                    row = {"id": cols["ids"][i], "line": cols["lines"][i], "campaign": None, "templated": None,
                           "error": err}
                else:
                    row = res.row(k, slot_values=slot_values)
                    k += 1
                out.write(_dumps(row) + "\n")
            out.flush()
        if not quiet:
            click.echo(f"{len(cols['errors'])} records, {n_bad} bad, {int(res.templated.sum())} templated",
                       err=True)
        if strict and n_bad:
            raise click.ClickException(f"{n_bad} bad record(s) (--strict)")

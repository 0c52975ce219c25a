"""The ``mmd`` / ``mass-msg-detect`` command line: a thin layer over the library.

stdout carries data only; progress and logs go to stderr (``-q`` silences them).
Exit 0 on success, 1 on a runtime error (``Error: ...``), 2 on a usage error.
"""
from __future__ import annotations

import json
import os
import sys

import click

from .config import MASKING_VERSION

INPUT_FORMATS = ("jsonl", "csv", "tsv")


def _input_options(f):
    """Options shared by every command that reads records."""
    decorators = [
        click.option("--input-format", type=click.Choice(INPUT_FORMATS),
                     help="Input format; by default from the file extension (.csv, .tsv, else JSONL; stdin is JSONL)."),
        click.option("--text-field", default="text", show_default=True, help="Field holding the message text."),
        click.option("--id-field", default="id", show_default=True, help="Field holding the record id."),
        click.option("--sender-field", default="sender", show_default=True, help="Field holding the sender."),
        click.option("--sent-at-field", default="sent_at", show_default=True, help="Field holding the send time."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary on stderr."),
        click.option("--strict", is_flag=True, help="Exit 1 when any record is bad."),
    ]
    for d in reversed(decorators):
        f = d(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="mass-msg-detect")
def main():
    """Find copy-paste and mail-merge messaging campaigns.

    \b
    mmd campaigns messages.jsonl --summary summary.json   campaign of every message
    mmd mask "Hi Anna, I saw you're the VP of Sales at Initech"
    """


@main.command()
@click.argument("text", required=False)
@click.option("-i", "--input", "input_path", type=click.Path(dir_okay=False, allow_dash=True),
              help="Mask every line of this file ('-' for stdin) instead of TEXT.")
@click.option("--name", help="Recipient name (recipient_name).")
@click.option("--title", help="Recipient job title (recipient_title).")
@click.option("--company", help="Recipient company (recipient_company).")
def mask(text, input_path, name, title, company):
    """Show what masking does to TEXT (or to each line of a file)."""
    from .masking import mask as _mask

    if (text is None) == (input_path is None):
        raise click.UsageError("give either TEXT or -i FILE")
    meta = {k: v for k, v in (("recipient_name", name), ("recipient_title", title),
                              ("recipient_company", company)) if v}
    if text is not None:
        click.echo(_mask(text, meta or None))
        return
    with click.open_file(input_path, "r", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            click.echo(_mask(line.rstrip("\r\n"), meta or None))


class _Progress:
    """A byte-based progress bar on stderr for files; nothing for pipes or with -q."""

    def __init__(self, reader, quiet: bool, label: str):
        self.reader = reader
        self.bar = None
        if not quiet and reader.total_bytes:
            self.bar = click.progressbar(length=reader.total_bytes, label=label, file=sys.stderr)
            self.bar.__enter__()
        self.done = 0

    def update(self):
        if self.bar is not None:
            now = self.reader.bytes_read
            self.bar.update(max(0, now - self.done))
            self.done = now

    def close(self):
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _read_all(input_path, opts, quiet):
    """All records of INPUT, columnar, with bad records reported on stderr."""
    from .io import InputError, RecordReader

    try:
        reader = RecordReader(input_path, input_format=opts["input_format"], text_field=opts["text_field"],
                              id_field=opts["id_field"], sender_field=opts["sender_field"],
                              sent_at_field=opts["sent_at_field"])
    except (InputError, OSError) as e:
        raise click.ClickException(str(e)) from None
    cols = {"lines": [], "ids": [], "texts": [], "senders": [], "sent_at": [], "errors": [],
            "meta": {"recipient": [], "recipient_name": [], "recipient_title": [], "recipient_company": []}}
    progress = _Progress(reader, quiet, "reading")
    try:
        for batch in reader:
            for key in ("lines", "ids", "texts", "senders", "sent_at", "errors"):
                cols[key].extend(getattr(batch, key))
            for key, vals in cols["meta"].items():
                vals.extend(batch.meta.get(key, [None] * len(batch)))
            for line, rid, err in zip(batch.lines, batch.ids, batch.errors):
                if err is not None:
                    where = f"line {line}" + (f" (id {rid!r})" if rid is not None else "")
                    click.echo(f"warning: {where}: {err}", err=True)
            progress.update()
    except InputError as e:
        raise click.ClickException(str(e)) from None
    finally:
        progress.close()
        reader.close()
    return cols


def _atomic_write(path, write):
    """Call ``write(fh)`` on a temporary file next to ``path``, fsync, then rename over ``path``."""
    tmp = f"{path}.tmp-{os.getpid()}"
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise click.ClickException(f"cannot write {path}: {e.strerror or e}") from None


def _write_lines(out_path, rows, fmt):
    """Write output rows atomically, or to stdout."""
    import csv
    import io as _io

    if out_path in (None, "-"):
        _emit(sys.stdout, rows, fmt, csv, _io)
        sys.stdout.flush()
        return
    _atomic_write(out_path, lambda fh: _emit(fh, rows, fmt, csv, _io))


def _emit(fh, rows, fmt, csv, _io):
    if fmt == "jsonl":
        dumps = json.dumps
        write = fh.write
        for r in rows:
            if len(r) == 4 and "status" in r:
                # the common row, formatted directly: campaign ids and statuses need no escaping
                c = r["campaign"]
                sim = r["similarity"]
                write(f'{{"id": {dumps(r["id"], ensure_ascii=False)}, '
                      f'"campaign": {"null" if c is None else chr(34) + c + chr(34)}, '
                      f'"similarity": {"null" if sim is None else sim}, "status": "{r["status"]}"}}\n')
            else:
                write(dumps(r, ensure_ascii=False))
                write("\n")
        return
    fields = ["id", "campaign", "similarity", "status", "line", "error"]
    w = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in fields})


def _write_json(path, obj):
    text = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    if path == "-":
        click.echo(text, nl=False)
        return
    _atomic_write(path, lambda fh: fh.write(text))


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", "out_path", type=click.Path(dir_okay=False, allow_dash=True),
              help="Per-message output (default stdout).")
@click.option("--summary", "summary_path", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write a JSON summary of the campaigns here ('-' for stdout when -o names a file).")
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True, max_open=True),
              help="Estimated Jaccard of masked character 5-grams at or above which two messages join  [default: 0.5]")
@click.option("--min-size", type=click.IntRange(min=2),
              help="Fewest messages that make a campaign  [default: 3]")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="Per-message output format.")
@_input_options
def campaigns(input_path, out_path, summary_path, threshold, min_size, fmt, quiet, strict, **opts):
    """Campaign of every message in INPUT (JSONL or CSV, '-' for stdin).

    One output line per input record, in input order:
    {"id", "campaign": <id or null>, "similarity", "status"}. status is "campaign",
    "unique", "too_short" (fewer than 5 tokens after masking: never joined) or "empty".
    Bad records get {"id", "line", "campaign": null, "error"} and a warning on stderr.
    """
    import time

    from .clustering import DEFAULT_CAMPAIGN_CONFIG, find_campaigns
    from .fingerprint import fingerprint_full
    from .summary import build_summary

    if summary_path == "-" and out_path in (None, "-"):
        raise click.UsageError("--summary - needs -o FILE: stdout cannot hold both outputs")
    t0 = time.perf_counter()
    cols = _read_all(input_path, opts, quiet)
    good = [i for i, e in enumerate(cols["errors"]) if e is None]
    texts = [cols["texts"][i] for i in good]
    meta_keys = ("recipient_name", "recipient_title", "recipient_company")
    has_meta = any(any(v is not None for v in cols["meta"][k]) for k in meta_keys)
    meta_columns = None
    if has_meta:
        if len(good) == len(cols["errors"]):
            meta_columns = [cols["meta"][k] for k in meta_keys]
        else:
            meta_columns = [[cols["meta"][k][i] for i in good] for k in meta_keys]
    if not quiet:
        click.echo(f"fingerprinting {len(texts)} messages...", err=True)
    fp = fingerprint_full(texts, meta_columns=meta_columns, config=DEFAULT_CAMPAIGN_CONFIG)
    ids = [cols["ids"][i] for i in good]
    result = find_campaigns(fp, ids=ids, config=DEFAULT_CAMPAIGN_CONFIG, threshold=threshold, min_size=min_size)
    rows = []
    k = 0
    for i, err in enumerate(cols["errors"]):
        if err is not None:
            rows.append({"id": cols["ids"][i], "line": cols["lines"][i], "campaign": None, "error": err})
            continue
        sim = result.similarity[k]
        rows.append({"id": cols["ids"][i], "campaign": result.labels[k],
                     "similarity": None if sim != sim else round(float(sim), 4),
                     "status": result.status[k]})
        k += 1
    _write_lines(out_path, rows, fmt)
    n_err = len(cols["errors"]) - len(good)
    if summary_path:
        _write_json(summary_path, build_summary(result, cols, good, n_err))
    if not quiet:
        st = result.stats
        click.echo(f"{len(cols['errors'])} records, {n_err} bad, {st['campaigns']} campaigns holding "
                   f"{st['in_campaigns']} messages, {st['too_short']} too short, {st['empty']} empty "
                   f"({time.perf_counter() - t0:.1f} s)", err=True)
    if strict and n_err:
        raise click.ClickException(f"{n_err} bad record(s) (--strict)")


def _register_commands() -> None:
    from . import cli_index

    cli_index.register(main)


_register_commands()

__all__ = ["main", "MASKING_VERSION"]

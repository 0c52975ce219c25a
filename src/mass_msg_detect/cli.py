"""The ``mmd`` / ``mass-msg-detect`` command line: a thin layer over the library.

stdout carries data only; progress and logs go to stderr (``-q`` silences them).
Exit 0 on success, 1 on a runtime error (``Error: ...``), 2 on a usage error.
"""
from __future__ import annotations

import io
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
        click.option("-q", "--quiet", is_flag=True,
                     help="Nothing on stderr but fatal errors: no progress bar, per-record warnings or summary."),
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
    """A byte-based progress bar on stderr for files, on a terminal; nothing for pipes, when
    stderr is not a terminal (a bar there is its label alone) or with -q."""

    def __init__(self, reader, quiet: bool, label: str):
        self.reader = reader
        self.bar = None
        if not quiet and reader.total_bytes and sys.stderr.isatty():
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


WARN_RECORDS = 20
"""Bad records named one by one on stderr; the rest are counted (each has its error line)."""


class _BadRecordWarnings:
    """Per-record warnings on stderr: the first WARN_RECORDS, then one line saying more follow.
    A CSV header without the text or id column is said once, before them. ``quiet``: none."""

    def __init__(self, reader, quiet: bool):
        self.reader, self.quiet, self.shown, self.header_done = reader, quiet, 0, False

    def batch(self, batch) -> None:
        if self.quiet:
            return
        problem = getattr(self.reader, "header_problem", None)
        if problem and not self.header_done:
            self.header_done = True
            click.echo(f"warning: {problem}", err=True)
        if batch.errors.count(None) == len(batch):
            return
        for line, rid, err in zip(batch.lines, batch.ids, batch.errors):
            if err is None:
                continue
            self.shown += 1
            if self.shown <= WARN_RECORDS:
                where = f"line {line}" + (f" (id {rid!r})" if rid is not None else "")
                click.echo(f"warning: {where}: {err}", err=True)
            elif self.shown == WARN_RECORDS + 1:
                click.echo("warning: more bad records follow; each has an error line in the output",
                           err=True)


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
    warn = _BadRecordWarnings(reader, quiet)
    try:
        for batch in reader:
            for key in ("lines", "ids", "texts", "senders", "sent_at", "errors"):
                cols[key].extend(getattr(batch, key))
            for key, vals in cols["meta"].items():
                vals.extend(batch.meta.get(key, [None] * len(batch)))
            warn.batch(batch)
            progress.update()
    except InputError as e:
        raise click.ClickException(str(e)) from None
    finally:
        progress.close()
        reader.close()
    return cols


def _atomic_write(path, write):
    """Call ``write(fh)`` on a temporary file next to ``path``, fsync, then rename over ``path``.

    A symbolic link is written through: its target is replaced, the link stays. A file that is
    replaced keeps its permission bits (a summary made private with ``chmod 600`` stays so); a
    new one gets the usual ones (the umask's). A path that exists and is not a regular file
    (``/dev/null``, a named pipe, ``/dev/stdout``) is written to directly: renaming over it
    would replace the device or pipe with a file.
    """
    import stat

    if not _regular_file(path) and os.path.exists(path):
        try:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                write(fh)
        except OSError as e:
            raise click.ClickException(f"cannot write {path}: {e.strerror or e}") from None
        return
    target = os.path.realpath(path) if os.path.islink(path) else path
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = None  # a new file
    tmp = f"{target}.tmp-{os.getpid()}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            if mode is not None:
                os.fchmod(fd, mode)  # before any data is written
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise click.ClickException(f"cannot write {path}: {e.strerror or e}") from None


def _stdout_gone() -> None:
    """The reader of stdout has left (``mmd ... | head``): what is left for stdout goes to the
    null device, quietly (exit status 0); outputs to files are still written."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        pass


def _to_stdout(write) -> None:
    """``write(sys.stdout)`` and flush; a reader that leaves early is no error (:func:`_stdout_gone`)."""
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        _stdout_gone()


def _same_file(a, b) -> bool:
    """Whether paths ``a`` and ``b`` name one regular file (an existing one, or one to be made:
    symbolic links are followed). Devices and pipes (``/dev/null``) may be named twice."""
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)
    import stat

    return stat.S_ISREG(sa.st_mode) and os.path.samestat(sa, sb)


def _check_outputs(input_path, outputs) -> None:
    """A usage error, before anything is read or written, when an output (``outputs``: option
    name to path; None and ``-`` are stdout) names the input file or the same file as another."""
    named = [(opt, p) for opt, p in outputs.items() if p not in (None, "-")]
    for k, (opt, path) in enumerate(named):
        if input_path != "-" and _same_file(path, input_path):
            raise click.UsageError(f"{opt} names the input file {input_path}: writing it would destroy "
                                   "the input")
        for opt2, path2 in named[k + 1:]:
            if _same_file(path, path2):
                raise click.UsageError(f"{opt} and {opt2} name the same file ({path}): one would "
                                       "overwrite the other")


def _write_lines(out_path, rows, fmt):
    """Write output rows atomically, or to stdout."""
    import csv
    import io as _io

    if out_path in (None, "-"):
        _to_stdout(lambda fh: _emit(fh, rows, fmt, csv, _io))
        return
    _atomic_write(out_path, lambda fh: _emit(fh, rows, fmt, csv, _io))


def _emit(fh, rows, fmt, csv, _io):
    if fmt == "jsonl":
        from .io import line_safe

        dumps = json.dumps

        def write(s, _w=fh.write):
            _w(line_safe(s))
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
        _to_stdout(lambda fh: fh.write(text))
        return
    _atomic_write(path, lambda fh: fh.write(text))


def _summary_text(summary: dict) -> str:
    """The summary as JSON: top-level fields one per line, then one campaign per line.

    (Indenting every nested list with ``json.dumps(indent=2)`` takes the pure-Python encoder:
    seconds for a summary of a million messages; a line per campaign is also easy to grep.)
    """
    dumps = json.dumps
    out = ["{"]
    for k, v in summary.items():
        if k != "campaigns":
            out.append(f"  {dumps(k)}: {dumps(v, ensure_ascii=False)},")
    camps = summary.get("campaigns") or []
    if not camps:
        out.append('  "campaigns": []')
    else:
        out.append('  "campaigns": [')
        out.append(",\n".join("    " + dumps(c, ensure_ascii=False) for c in camps))
        out.append("  ]")
    out.append("}")
    from .io import line_safe, without_surrogates

    return without_surrogates(line_safe("\n".join(out) + "\n"))


class _PassProgress:
    """Progress of one pass over the input on stderr; nothing with -q.

    A byte-based bar on a terminal (when the input size is known); otherwise, for long inputs,
    a line every ``_PROGRESS_EVERY`` seconds.
    """

    def __init__(self, reader, quiet: bool, label: str, total_bytes=None):
        import time

        self.reader = reader
        self.label = label
        self.quiet = quiet
        self.total = total_bytes if total_bytes is not None else reader.total_bytes
        self.bar = None
        self.clock = time.perf_counter
        self.t0 = self.last = self.clock()
        self.done = 0
        if not quiet and self.total and sys.stderr.isatty():
            self.bar = click.progressbar(length=self.total, label=label, file=sys.stderr)
            self.bar.__enter__()

    def update(self, records: int):
        if self.quiet:
            return
        now_bytes = self.reader.bytes_read
        if self.bar is not None:
            self.bar.update(max(0, now_bytes - self.done))
            self.done = now_bytes
            return
        now = self.clock()
        if now - self.last >= _PROGRESS_EVERY:
            self.last = now
            pct = f" ({100 * now_bytes / self.total:.0f}%)" if self.total else ""
            click.echo(f"{self.label}: {records:,} records, {now_bytes / 1e6:,.0f} MB{pct}, "
                       f"{now - self.t0:.0f} s", err=True)

    def close(self):
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


_PROGRESS_EVERY = 10.0
_STREAM_BATCH = 65536  # records read and fingerprinted at a time


class _Tee(io.RawIOBase):
    """A raw binary stream that copies what is read from ``src`` into ``spool``."""

    name = "<stdin>"

    def __init__(self, src, spool):
        self._src = src
        self._spool = spool
        self._readinto = getattr(src, "readinto", None)

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._readinto is not None:
            n = self._readinto(b)
            if n:
                self._spool.write(memoryview(b)[:n])
            return n
        data = self._src.read(len(b))
        n = len(data)
        b[:n] = data
        self._spool.write(data)
        return n


def _regular_file(path) -> bool:
    import stat

    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # let the reader report it


_KEEP_TEXTS_BYTES = 256 * 2**20
"""Memory the first pass may spend keeping the texts a summary reads (each good record's text,
recipient metadata and sender, estimated as its text's length plus :data:`_KEPT_OVERHEAD`):
within it the summary reads them from memory, beyond it (all are dropped then) from a second
pass over the input."""
_KEPT_OVERHEAD = 200


class _Streamed:
    """Pass one over the input: fingerprints and per-record facts; texts only while they fit.

    Kept per record: id, line number, error (bad records only); per good record: signature
    (uint32 x num_perm), token count, merge-field flag, sender and recipient keys (the 64-bit
    ``hash`` of the string, ``hash(None)`` when there is none: distinct keys count distinct
    values), send time. With ``keep_texts``, also ``kept[row] = (text, recipient_name,
    recipient_title, recipient_company, sender)`` while they fit in :data:`_KEEP_TEXTS_BYTES`;
    ``kept`` is None when they do not (or without ``keep_texts``).
    """

    def __init__(self, keep_texts: bool = False):
        from array import array

        self.kept: list | None = [] if keep_texts else None
        self._kept_size = 0
        self.n = 0
        self.ids: list = []
        self.lines = array("q")
        self.bad: dict[int, str] = {}
        self.good_ids: list = []
        self.senders = array("q")
        self.recipients = array("q")
        self.sent_at: list = []
        self.sig_chunks: list = []
        self.tok_chunks: list = []
        self.merge_chunks: list = []

    def add(self, batch, config) -> None:
        from .fingerprint import fingerprint_full

        base = self.n
        nb = len(batch)
        self.n += nb
        self.ids.extend(batch.ids)
        self.lines.extend(batch.lines)
        errors = batch.errors
        meta = batch.meta
        if errors.count(None) == nb:
            pick = None
            texts = batch.texts
            cols = [meta["recipient_name"], meta["recipient_title"], meta["recipient_company"]]
            ids, senders, sent_at, rec, rec_name = (batch.ids, batch.senders, batch.sent_at,
                                                   meta["recipient"], meta["recipient_name"])
        else:
            pick = [j for j, e in enumerate(errors) if e is None]
            for j, e in enumerate(errors):
                if e is not None:
                    self.bad[base + j] = e
            texts = [batch.texts[j] for j in pick]
            cols = [[meta[k][j] for j in pick] for k in ("recipient_name", "recipient_title", "recipient_company")]
            ids = [batch.ids[j] for j in pick]
            senders = [batch.senders[j] for j in pick]
            sent_at = [batch.sent_at[j] for j in pick]
            rec = [meta["recipient"][j] for j in pick]
            rec_name = [meta["recipient_name"][j] for j in pick]
        if self.kept is not None:
            self._kept_size += sum(map(len, texts)) + _KEPT_OVERHEAD * len(texts)
            if self._kept_size > _KEEP_TEXTS_BYTES:
                self.kept = None          # too many: the summary reads them again
            else:
                self.kept.extend(zip(texts, *cols, senders))
        self.good_ids.extend(ids)
        self.sent_at.extend(sent_at)
        self.senders.extend(map(hash, senders))
        self.recipients.extend(map(hash, [a or b for a, b in zip(rec, rec_name)]))
        if not texts:
            return
        if all(v is None for c in cols for v in c):
            cols = None
        fp = fingerprint_full(texts, meta_columns=cols, config=config)
        self.sig_chunks.append(fp.signatures)
        self.tok_chunks.append(fp.tokens)
        self.merge_chunks.append(fp.merge_fields)

    def fingerprints(self, config):
        """All fingerprints as one set of arrays (chunks freed as they are copied)."""
        import numpy as np

        from .fingerprint import Fingerprints

        m = len(self.good_ids)
        sig = np.empty((m, config.num_perm), dtype=np.uint32)
        pos = 0
        chunks = self.sig_chunks
        self.sig_chunks = []
        while chunks:
            c = chunks.pop(0)
            sig[pos:pos + c.shape[0]] = c
            pos += c.shape[0]
            del c
        cat = np.concatenate
        tok = cat(self.tok_chunks) if self.tok_chunks else np.zeros(0, dtype=np.int64)
        merge = cat(self.merge_chunks) if self.merge_chunks else np.zeros(0, dtype=bool)
        self.tok_chunks = self.merge_chunks = []
        return Fingerprints(sig, tok, merge)


def _open_reader(source, opts, **kwargs):
    from .io import InputError, RecordReader

    try:
        return RecordReader(source, input_format=opts["input_format"], text_field=opts["text_field"],
                            id_field=opts["id_field"], sender_field=opts["sender_field"],
                            sent_at_field=opts["sent_at_field"], **kwargs)
    except (InputError, OSError) as e:
        raise click.ClickException(str(e)) from None


def _campaigns_pipeline(input_path, opts, quiet, *, threshold, min_size, need_texts):
    """Read, fingerprint and cluster INPUT in one streaming pass.

    Returns ``(streamed, result, second_pass)``; ``second_pass(rows)`` (None unless
    ``need_texts``) returns ``{row: (text, recipient_name, recipient_title, recipient_company,
    sender)}`` for the given result rows: from memory where the first pass could keep them
    (:data:`_KEEP_TEXTS_BYTES`), else read from the input again. stdin and other inputs that cannot be read twice are spooled to a
    temporary file while the first pass reads them; the caller deletes it with
    ``second_pass.close()``.
    """
    import tempfile
    import time

    from .clustering import DEFAULT_CAMPAIGN_CONFIG, find_campaigns
    from .io import InputError

    config = DEFAULT_CAMPAIGN_CONFIG
    spool = None
    source = input_path
    if need_texts and (input_path == "-" or not _regular_file(input_path)):
        if input_path == "-":
            src = getattr(sys.stdin, "buffer", sys.stdin)
        else:
            try:
                src = open(input_path, "rb", buffering=0)
            except OSError as e:
                raise click.ClickException(f"cannot open input file {input_path}: {e.strerror or e}") from None
        spool = tempfile.NamedTemporaryFile(prefix="mmd-spool-", delete=False)
        source = _Tee(src, spool)
        source.name = "<stdin>" if input_path == "-" else input_path
    t0 = time.perf_counter()
    try:
        reader = _open_reader(source, opts, batch_size=_STREAM_BATCH)
        fmt2 = "tsv" if reader.delimiter == "\t" and reader.input_format == "csv" else reader.input_format
        st = _Streamed(keep_texts=need_texts)
        progress = _PassProgress(reader, quiet, "reading")
        warn = _BadRecordWarnings(reader, quiet)
        try:
            for batch in reader:
                warn.batch(batch)
                st.add(batch, config)
                progress.update(st.n)
        except InputError as e:
            raise click.ClickException(str(e)) from None
        finally:
            progress.close()
            reader.close()
            if spool is not None:
                spool.close()
                if input_path != "-":
                    source._src.close()
        fp = st.fingerprints(config)
        if not quiet:
            click.echo(f"read and fingerprinted {st.n:,} records ({time.perf_counter() - t0:.1f} s); "
                       "clustering...", err=True)
        result = find_campaigns(fp, ids=st.good_ids, config=config, threshold=threshold, min_size=min_size)
        del fp
        # Nothing after clustering reads the signatures (n x 512 bytes): free them before the
        # summary's second pass and template reconstruction.
        result.signatures = None
    except BaseException:
        if spool is not None:
            os.unlink(spool.name)
        raise
    second = None
    if need_texts and st.kept is not None:
        second = _Kept(st, spool.name if spool is not None else None)
    elif need_texts:
        second = _SecondPass(spool.name if spool is not None else input_path, fmt2, opts, st, quiet,
                             spool is not None)
    return st, result, second


class _Kept:
    """The texts the summary reads, from the first pass's memory (see :class:`_Streamed`);
    ``close()`` deletes the spooled input, unread."""

    def __init__(self, streamed, spool_path):
        self.kept = streamed.kept
        self.spool_path = spool_path

    def __call__(self, rows):
        kept = self.kept
        return {int(r): kept[r] for r in rows}

    def close(self):
        if self.spool_path is not None:
            try:
                os.unlink(self.spool_path)
            except OSError:
                pass


class _SecondPass:
    """Read chosen records of the input again (by line number), checking their ids."""

    def __init__(self, path, fmt, opts, streamed, quiet, owns):
        self.path = path
        self.opts = dict(opts, input_format=fmt)
        self.st = streamed
        self.quiet = quiet
        self.owns = owns
        self._good_lines = None

    def __call__(self, rows):
        import numpy as np

        from .io import InputError

        st = self.st
        if self._good_lines is None:
            lines = np.frombuffer(st.lines, dtype=np.int64)
            if st.bad:
                keep = np.ones(len(lines), dtype=bool)
                keep[np.fromiter(st.bad.keys(), dtype=np.int64, count=len(st.bad))] = False
                lines = lines[keep]
            self._good_lines = lines
        rows = np.asarray(rows, dtype=np.int64)
        if not rows.size:
            return {}
        want = self._good_lines[rows]
        row_of = dict(zip(want.tolist(), rows.tolist()))
        if not self.quiet:
            click.echo(f"reading {len(row_of):,} texts again for the summary...", err=True)
        out = {}
        reader = _open_reader(self.path, self.opts, only_lines=row_of.keys())
        progress = _PassProgress(reader, self.quiet, "reading texts again")
        try:
            for batch in reader:
                for line, rid, text, err, sender, name, title, company in zip(
                        batch.lines, batch.ids, batch.texts, batch.errors, batch.senders,
                        batch.meta["recipient_name"], batch.meta["recipient_title"],
                        batch.meta["recipient_company"]):
                    r = row_of[line]
                    if err is not None or rid != st.good_ids[r]:
                        raise click.ClickException(
                            f"{self.path} changed while it was read (line {line} no longer holds "
                            f"record {st.good_ids[r]!r})")
                    out[r] = (text, name, title, company, sender)
                progress.update(len(out))
        except InputError as e:
            raise click.ClickException(str(e)) from None
        finally:
            progress.close()
            reader.close()
        if len(out) != len(row_of):
            missing = min(line for line, r in row_of.items() if r not in out)
            raise click.ClickException(f"{self.path} changed while it was read (line {missing} is gone)")
        return out

    def close(self):
        if self.owns:
            try:
                os.unlink(self.path)
            except OSError:
                pass


def _result_rows(st, result):
    """Output rows in input order, generated one at a time."""
    bad = st.bad
    ids = st.ids
    lines = st.lines
    labels = result.labels
    sims = result.similarity.tolist()
    status = result.status
    k = 0
    for i in range(st.n):
        err = bad.get(i) if bad else None
        if err is not None:
            yield {"id": ids[i], "line": lines[i], "campaign": None, "error": err}
            continue
        sim = sims[k]
        yield {"id": ids[i], "campaign": labels[k], "similarity": None if sim != sim else round(sim, 4),
               "status": status[k]}
        k += 1


def _summary_of(st, result, second, *, redact: bool, quiet: bool) -> dict:
    import time

    import numpy as np

    from .summary import RecordInfo, build_summary

    t0 = time.perf_counter()
    info = RecordInfo(st.good_ids, np.frombuffer(st.senders, dtype=np.int64),
                      np.frombuffer(st.recipients, dtype=np.int64), st.sent_at, st.n, len(st.bad),
                      missing=hash(None))
    summary = build_summary(result, info, second, redact=redact)
    if not quiet:
        click.echo(f"summary of {len(result.campaigns):,} campaigns with templates "
                   f"({time.perf_counter() - t0:.1f} s)", err=True)
    return summary


def _final_note(st, result, t0, quiet):
    import time

    if not quiet:
        s = result.stats
        click.echo(f"{st.n} records, {len(st.bad)} bad, {s['campaigns']} campaigns holding "
                   f"{s['in_campaigns']} messages, {s['too_short']} too short, {s['empty']} empty "
                   f"({time.perf_counter() - t0:.1f} s)", err=True)


class _Threshold(click.FloatRange):
    """A similarity threshold: at least :data:`~mass_msg_detect.lsh.MIN_THRESHOLD`, below 1, not NaN."""

    def __init__(self):
        from .lsh import MIN_THRESHOLD

        super().__init__(MIN_THRESHOLD, 1, max_open=True)

    def convert(self, value, param, ctx):
        rv = super().convert(value, param, ctx)
        if rv != rv:
            self.fail(f"{value!r} is not a number.", param, ctx)
        return rv


def _min_size_type():
    from .lsh import MAX_MIN_SIZE

    return click.IntRange(min=2, max=MAX_MIN_SIZE)


_threshold_option = click.option(
    "--threshold", type=_Threshold(),
    help="Estimated Jaccard of masked character 5-grams at or above which two messages join  [default: 0.5]")
_min_size_option = click.option("--min-size", type=_min_size_type(),
                                help="Fewest messages that make a campaign  [default: 3]")
_redact_option = click.option(
    "--redact", is_flag=True,
    help="Leave personal data out of the summary: no slot values, no example messages, "
         "the representative masked.")


def _campaign_jsonl(st, result, block: int = 65536):
    """The per-message JSONL output as text blocks, formatted directly from the arrays.

    The same bytes as ``json.dumps`` of the rows of :func:`_result_rows` (the CSV path), with
    :func:`~mass_msg_detect.io.line_safe` applied.
    """
    from json.encoder import encode_basestring

    from .io import line_safe

    dumps = json.dumps
    bad = st.bad
    ids = st.ids
    lines = st.lines
    quoted = {None: "null"}
    label_json = [quoted.get(c) or quoted.setdefault(c, f'"{c}"') for c in result.labels]
    sims = [None if x != x else round(x, 4) for x in result.similarity.tolist()]
    status = result.status
    out = []
    k = 0
    for i in range(st.n):
        if bad:
            err = bad.get(i)
            if err is not None:
                out.append(dumps({"id": ids[i], "line": lines[i], "campaign": None, "error": err},
                                 ensure_ascii=False) + "\n")
                if len(out) >= block:
                    yield line_safe("".join(out))
                    out = []
                continue
        rid = ids[i]
        sim = sims[k]
        out.append(f'{{"id": {encode_basestring(rid) if type(rid) is str else dumps(rid)}, '
                   f'"campaign": {label_json[k]}, "similarity": {"null" if sim is None else sim}, '
                   f'"status": "{status[k]}"}}\n')
        k += 1
        if len(out) >= block:
            yield line_safe("".join(out))
            out = []
    if out:
        yield line_safe("".join(out))


def _write_text_blocks(out_path, blocks):
    def write(fh):
        for b in blocks:
            fh.write(b)

    if out_path in (None, "-"):
        _to_stdout(write)
        return
    _atomic_write(out_path, write)


@main.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", "out_path", type=click.Path(dir_okay=False, allow_dash=True),
              help="Per-message output (default stdout).")
@click.option("--summary", "summary_path", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write a JSON summary of the campaigns here ('-' for stdout when -o names a file).")
@_threshold_option
@_min_size_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="Per-message output format.")
@_redact_option
@_input_options
def campaigns(input_path, out_path, summary_path, threshold, min_size, fmt, redact, quiet, strict, **opts):
    """Campaign of every message in INPUT (JSONL or CSV, '-' for stdin).

    One output line per input record, in input order:
    {"id", "campaign": <id or null>, "similarity", "status"}. status is "campaign",
    "unique", "too_short" (fewer than 5 tokens after masking: never joined) or "empty".
    Bad records get {"id", "line", "campaign": null, "error"} and a warning on stderr.
    --summary adds one JSON object: per campaign its size, senders, recipients, send times,
    the reconstructed spintax template with slot values and alternatives, and examples.
    """
    import time

    if summary_path == "-" and out_path in (None, "-"):
        raise click.UsageError("--summary - needs -o FILE: stdout cannot hold both outputs")
    if redact and not summary_path:
        raise click.UsageError("--redact applies to --summary: give --summary FILE")
    _check_outputs(input_path, {"-o": out_path, "--summary": summary_path})
    t0 = time.perf_counter()
    st, result, second = _campaigns_pipeline(input_path, opts, quiet, threshold=threshold,
                                             min_size=min_size, need_texts=bool(summary_path))
    try:
        if fmt == "jsonl":
            _write_text_blocks(out_path, _campaign_jsonl(st, result))
        else:
            _write_lines(out_path, _result_rows(st, result), fmt)
        if summary_path:
            text = _summary_text(_summary_of(st, result, second, redact=redact, quiet=quiet))
            if summary_path == "-":
                _to_stdout(lambda fh: fh.write(text))
            else:
                _atomic_write(summary_path, lambda fh: fh.write(text))
    finally:
        if second is not None:
            second.close()
    _final_note(st, result, t0, quiet)
    if strict and st.bad:
        raise click.ClickException(f"{len(st.bad)} bad record(s) (--strict)")


def _read_summary(path, record_fields=("text", "id")):
    """The summary object when ``path`` holds an ``mmd campaigns --summary`` JSON, else None.

    A summary is a regular file holding one JSON object, pretty-printed (its first line is
    ``{``) or on one line, with a ``campaigns`` list; a one-line object that holds a record's
    fields (``record_fields``: the text and id fields) is a record. Anything else is records
    (JSONL), and so are stdin, pipes and gzip files (sniffing a pipe would consume it).
    """
    if path == "-" or path.lower().endswith(".gz") or not _regular_file(path):
        return None
    try:
        with open(path, "rb") as fh:
            first = fh.readline()  # the whole first line: a one-line summary can be long
            if first.startswith(b"\xef\xbb\xbf"):
                first = first[3:]
            while first and not first.strip():
                first = fh.readline()
            head = first.strip()
            if not head.startswith(b"{"):
                return None
            if head == b"{":  # pretty-printed: one object over many lines
                obj = json.loads(first + fh.read())
            else:
                try:
                    obj = json.loads(head)
                except ValueError:
                    return None  # a bad first record
                if (not isinstance(obj, dict) or not isinstance(obj.get("campaigns"), list)
                        or any(f in obj for f in record_fields)):
                    return None
                while True:  # a summary only if that line is the whole file
                    chunk = fh.read(1 << 16)
                    if not chunk:
                        break
                    if chunk.strip():
                        return None
    except OSError as e:
        raise click.ClickException(f"cannot read {path}: {e.strerror or e}") from None
    except (ValueError, RecursionError) as e:
        raise click.ClickException(f"{path}: not JSONL records and not a valid summary JSON ({e})") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("campaigns"), list):
        raise click.ClickException(f"{path}: a JSON object without a 'campaigns' list is not a summary "
                                   "(write one with mmd campaigns --summary)")
    from .report import check_summary

    try:
        check_summary(obj)
    except ValueError as e:
        raise click.ClickException(f"{path}: not a valid summary: {e}") from None
    return obj


@main.command()
@click.argument("input_path", metavar="INPUT|SUMMARY", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", "out_path", type=click.Path(dir_okay=False, allow_dash=True),
              help="HTML page to write (default stdout).")
@click.option("--title", default="Messaging campaigns", show_default=True, help="Page title.")
@click.option("--max-campaigns", type=click.IntRange(min=1), default=200, show_default=True,
              help="Show the largest N campaigns.")
@_threshold_option
@_min_size_option
@_redact_option
@_input_options
def report(input_path, out_path, title, max_campaigns, threshold, min_size, redact, quiet, strict, **opts):
    """One self-contained HTML page of the campaigns in INPUT or SUMMARY.

    INPUT (records, as for mmd campaigns) is clustered first; SUMMARY (a JSON file written by
    mmd campaigns --summary) is rendered as it is. Campaigns by size, each with its template
    (slots and alternatives highlighted), messages sent per day, distinct senders and
    recipients, slot values and example messages. No scripts, no network.
    """
    import time

    from .report import render_html

    _check_outputs(input_path, {"-o": out_path})
    t0 = time.perf_counter()
    summary = _read_summary(input_path, (opts["text_field"], opts["id_field"]))
    if summary is not None:
        given = [name for name, v in (("--threshold", threshold), ("--min-size", min_size)) if v is not None]
        if given:
            raise click.UsageError(f"{' and '.join(given)} appl{'ies' if len(given) == 1 else 'y'} "
                                   "to records, not to a summary")
        if redact and not summary.get("redacted"):
            summary = _redacted(summary)
    else:
        st, result, second = _campaigns_pipeline(input_path, opts, quiet, threshold=threshold,
                                                 min_size=min_size, need_texts=True)
        try:
            summary = _summary_of(st, result, second, redact=redact, quiet=quiet)
        finally:
            second.close()
        _final_note(st, result, t0, quiet)
        if strict and st.bad:
            raise click.ClickException(f"{len(st.bad)} bad record(s) (--strict)")
    page = render_html(summary, title=title, max_campaigns=max_campaigns)
    if out_path in (None, "-"):
        _to_stdout(lambda fh: fh.write(page))
    else:
        _atomic_write(out_path, lambda fh: fh.write(page))
        if not quiet:
            click.echo(f"wrote {out_path}", err=True)


def _redacted(summary: dict) -> dict:
    """A copy of an unredacted summary without slot values, examples and representative text."""
    from .masking import mask

    out = dict(summary, redacted=True, campaigns=[])
    for c in summary["campaigns"]:
        c = dict(c)
        c["slots"] = [dict(s, values=[]) for s in c.get("slots") or []]
        c["examples"] = []
        rep = c.get("representative")
        if isinstance(rep, dict) and isinstance(rep.get("text"), str):
            c["representative"] = dict(rep, text=mask(rep["text"]))
        out["campaigns"].append(c)
    return out


def _register_commands() -> None:
    from . import cli_index

    cli_index.register(main)


_register_commands()

__all__ = ["main", "MASKING_VERSION"]

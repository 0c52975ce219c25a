"""The persistent index: "is this message templated, and by which campaign?"

An index is a directory on local disk (no server)::

    INDEX/MANIFEST              JSON: format, config fingerprint, LSH parameters, threshold,
                                min_size, the files of the current generation and their
                                header checksums; itself checksummed
    INDEX/LOCK                  held (flock) by the one writer
    INDEX/seg-<gen>-<uid>.mmd   immutable segments: signatures and their 4-bit sketches,
                                sorted band columns, id and sender hashes, ids, senders,
                                send times (text only with ``store_text``)
    INDEX/state-<gen>-<uid>.mmd campaign of every message and the campaign table (masked
                                templates: slots, never slot values)

Every ``.mmd`` file is one self-describing container (:func:`write_container`): magic
``MMDIDX``, format version, a JSON header (kind, config, arrays with dtype, shape, offset,
XXH64) with its own XXH64, then little-endian arrays aligned to 64 bytes, read by ``mmap``.
No pickle anywhere.

Writes are atomic: new files are written, fsynced and renamed, then a new MANIFEST is
written the same way; the rename of MANIFEST is the commit. Files of older generations are
deleted after the commit (a reader that already mapped them keeps its view). A process
killed at any point leaves the old or the new generation, never a mix. One writer at a time
(``LOCK``); readers never lock.

Appends are incremental: ``add`` writes one new segment (small trailing segments are merged,
so there are O(log n) of them) and a new state (8 + 4 bytes per message).
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import mmap
import os
import re
import struct
import time
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone

import numpy as np
import xxhash

from ._util import check_ids, gc_paused
from .clustering import DEFAULT_CAMPAIGN_CONFIG, MIN_TOKENS, _check_min_size, _check_threshold, campaign_id
from .config import Config
from .errors import ConfigMismatchError, IndexFormatError, IndexLockedError, IndexVersionError

__all__ = ["Index", "QueryResult", "FORMAT_VERSION"]

FORMAT_VERSION = 1
MAGIC = b"MMDIDX\x00\x00"
MANIFEST_MAGIC = "mass-msg-detect-index"
MANIFEST = "MANIFEST"
LOCK = "LOCK"
ALIGN = 64
NO_TIME = np.iinfo(np.int64).min
"""``sent_at`` of a message without one (microseconds since the epoch, UTC, otherwise)."""
RUN_CAP = 16
"""Members read from one bucket of one band when answering a query (earliest indexed first)."""
MAX_CANDIDATES = 128
"""Distinct candidates verified per query: ``matches`` counts the verified near-duplicates
among them, so it is exact while a message's buckets hold fewer members than this."""
ADD_RUN_CAP = 4
ADD_CANDIDATES = 128
MAX_NEIGHBORS = 10
_ONE_OK = np.ones(1, dtype=bool)   # (Index.query's qok: never written by the kernel)
TEMPLATE_MEMBERS = 12
"""Members (spread evenly) a campaign's template is reconstructed from when it is indexed.
Reconstruction is Python work per member; ``mmd campaigns --summary`` uses more."""
FLAG_EMPTY, FLAG_SHORT, FLAG_MERGE = 1, 2, 4


# ----------------------------------------------------------------------------- containers


def _align(x: int) -> int:
    return (x + ALIGN - 1) // ALIGN * ALIGN


def _digest(a: np.ndarray) -> str:
    return xxhash.xxh64_hexdigest(np.ascontiguousarray(a).reshape(-1).view(np.uint8))


def _le(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    if a.dtype.byteorder == ">" or (a.dtype.byteorder == "=" and not np.little_endian):
        a = a.astype(a.dtype.newbyteorder("<"))
    return a


def _fsync_dir(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_container(path: str, kind: str, meta: dict, arrays: dict[str, np.ndarray]) -> int:
    """Write one container file atomically (temporary name, fsync, rename); returns its size."""
    table = {}
    off = 0
    prepared = []
    for name, a in arrays.items():
        a = _le(a)
        table[name] = {"dtype": a.dtype.str, "shape": list(a.shape), "offset": off,
                       "nbytes": int(a.nbytes), "xxh64": _digest(a)}
        prepared.append((off, a))
        off = _align(off + a.nbytes)
    header = json.dumps({"kind": kind, **meta, "arrays": table}, sort_keys=True).encode()
    start = _align(24 + len(header))
    tmp = f"{path}.tmp-{uuid.uuid4().hex[:8]}"
    try:
        with open(tmp, "wb") as fh:
            fh.write(MAGIC + struct.pack("<II", FORMAT_VERSION, len(header)))
            fh.write(header)
            fh.write(struct.pack("<Q", xxhash.xxh64_intdigest(header)))
            pos = 24 + len(header)
            for o, a in prepared:
                fh.write(b"\0" * (start + o - pos))
                fh.write(memoryview(a.reshape(-1).view(np.uint8)))
                pos = start + o + a.nbytes
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return os.path.getsize(path)


def _readonly(a: np.ndarray) -> np.ndarray:
    """``a`` marked read-only (in place), as the arrays mapped from a file are."""
    a.flags.writeable = False
    return a


class Container:
    """A container file mapped read-only; arrays are views of the mapping."""

    def __init__(self, path: str, kind: str):
        self.path = path
        try:
            fh = open(path, "rb")
        except FileNotFoundError:
            raise
        except OSError as e:
            raise IndexFormatError(f"{path}: cannot open: {e.strerror}") from None
        with fh:
            size = os.fstat(fh.fileno()).st_size
            if size < 24:
                raise IndexFormatError(f"{path}: truncated ({size} bytes)")
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        self.size = size
        if mm[:6] != MAGIC[:6]:
            raise IndexFormatError(f"{path}: not a mass-msg-detect index file")
        version, hlen = struct.unpack("<II", mm[8:16])
        if version > FORMAT_VERSION:
            raise IndexVersionError(f"{path}: written by index format version {version}; this release "
                                    f"reads version {FORMAT_VERSION} and older: upgrade mass-msg-detect")
        if 24 + hlen > size:
            raise IndexFormatError(f"{path}: truncated header")
        header = mm[16:16 + hlen]
        (check,) = struct.unpack("<Q", mm[16 + hlen:24 + hlen])
        if xxhash.xxh64_intdigest(header) != check:
            raise IndexFormatError(f"{path}: header checksum mismatch (corrupted file)")
        self.header_digest = check
        self.header = json.loads(header)
        if self.header.get("kind") != kind:
            raise IndexFormatError(f"{path}: expected a {kind} file, found {self.header.get('kind')!r}")
        start = _align(24 + hlen)
        self.arrays = {}
        for name, spec in self.header["arrays"].items():
            dtype = np.dtype(spec["dtype"])
            shape = tuple(spec["shape"])
            count = int(np.prod(shape)) if shape else 1
            begin = start + spec["offset"]
            if begin + spec["nbytes"] > size or count * dtype.itemsize != spec["nbytes"]:
                raise IndexFormatError(f"{path}: truncated (array {name} ends past the end of the file)")
            if count == 0:
                # read-only as the mapped arrays are (see Index._columns)
                self.arrays[name] = _readonly(np.zeros(shape, dtype=dtype))
            else:
                self.arrays[name] = np.frombuffer(mm, dtype=dtype, count=count, offset=begin).reshape(shape)
        self.verified = False

    def verify(self, names=None) -> None:
        """Check every array (or those named) against its XXH64; raises
        :class:`IndexFormatError` naming the file."""
        for name, spec in self.header["arrays"].items():
            if names is not None and name not in names:
                continue
            if _digest(self.arrays[name]) != spec["xxh64"]:
                raise IndexFormatError(f"{self.path}: checksum mismatch in {name} (corrupted file)")
        if names is None:
            self.verified = True


# ----------------------------------------------------------------------------- columns


def _encode_strings(values: Sequence) -> tuple[np.ndarray, np.ndarray]:
    enc = [b"" if v is None else str(v).encode("utf-8", "surrogatepass") for v in values]
    off = np.zeros(len(enc) + 1, dtype=np.int64)
    if enc:
        np.cumsum(np.fromiter(map(len, enc), dtype=np.int64, count=len(enc)), out=off[1:])
    return np.frombuffer(b"".join(enc), dtype=np.uint8).copy(), off


def _string_at(blob: np.ndarray, off: np.ndarray, i: int) -> str:
    return bytes(blob[off[i]:off[i + 1]]).decode("utf-8", "surrogatepass")


def _hash_one(v) -> int:
    return xxhash.xxh64_intdigest(str(v).encode("utf-8", "surrogatepass")) or 1


def _hashes(values: Sequence, none_zero: bool = False) -> np.ndarray:
    """XXH64 of each value's UTF-8 text (never 0: a 0 becomes 1); with ``none_zero``, None
    hashes to 0."""
    n = len(values)
    if none_zero:
        return np.fromiter((0 if v is None else _hash_one(v) for v in values), dtype=np.uint64, count=n)
    return np.fromiter(map(_hash_one, values), dtype=np.uint64, count=n)


_FAST_TIME = re.compile(r"[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d"
                        r"(?:\.\d{3}|\.\d{6})?(Z|z|\+00:00)?")


def _parse_times(values: Sequence) -> tuple[np.ndarray, list]:
    """:func:`parse_time` of every value (None and "" are missing: NO_TIME), and (position,
    reason) of those it refuses. The common form (``YYYY-MM-DDTHH:MM:SS[.fff[fff]]`` in UTC
    or naive) is converted by numpy in one call; anything else goes through parse_time."""
    out = np.full(len(values), NO_TIME, dtype=np.int64)
    bad = []

    def slow(i):
        try:
            out[i] = parse_time(values[i])
        except (ValueError, TypeError, OverflowError) as e:
            msg = str(e)
            if isinstance(e, OverflowError) or "out of the range of dates" in msg or "year" in msg:
                bad.append((i, "out of the range of dates"))
            elif "out of range" in msg or "must be in" in msg:   # ("day is out of range for month")
                bad.append((i, "not a valid date"))
            else:
                bad.append((i, "not ISO 8601"))

    fast_pos, fast_txt = [], []
    match = _FAST_TIME.fullmatch
    for i, v in enumerate(values):
        if v is None or v == "":
            continue
        m = match(v) if type(v) is str else None
        if m is None:
            slow(i)
        else:
            fast_pos.append(i)
            fast_txt.append(v[:m.start(1)] if m.start(1) >= 0 else v)
    if fast_txt:
        try:
            out[fast_pos] = np.array(fast_txt, dtype="datetime64[us]").astype(np.int64)
        except ValueError:              # a day that does not exist (2025-02-30): one by one
            for i in fast_pos:
                slow(i)
            bad.sort()
    return out, bad


def parse_time(value) -> int:
    """Microseconds since the epoch (UTC) of an ISO 8601 string; naive times are UTC.

    Raises ValueError on anything else, and on times that are not between years 1 and
    9999 in UTC.
    """
    if isinstance(value, datetime):
        t = value
    else:
        s = str(value).strip()
        if s.endswith(("Z", "z")):
            s = s[:-1] + "+00:00"
        t = datetime.fromisoformat(s)
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    try:
        t = t.astimezone(timezone.utc)
    except OverflowError:
        raise ValueError(f"{value!r} is out of the range of dates") from None
    delta = t - datetime(1970, 1, 1, tzinfo=timezone.utc)
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def _format_time(us: int) -> str | None:
    if us == NO_TIME:
        return None
    t = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(microseconds=int(us))
    return t.isoformat().replace("+00:00", "Z")


# ----------------------------------------------------------------------------- segments


class _Segment:
    def __init__(self, container: Container, base: int):
        self.c = container
        self.base = base
        a = container.arrays
        self.n = int(a["sig"].shape[0])
        self.sig, self.flags, self.buckets = a["sig"], a["flags"], a["buckets"]
        self.dir = a["dir"]
        self.shift = _shift(self.dir)
        # segments written before sketches were stored get one computed on first query
        self.sketch = a.get("sketch")
        self.id_hash, self.id_sort = a["id_hash"], a["id_sort"]
        self.sender_hash, self.sent_at = a["sender_hash"], a["sent_at"]
        self._ids_mv = None

    def ensure_verified(self) -> None:
        if not self.c.verified:
            self.c.verify()

    def id_of(self, i: int) -> str:
        a = self.c.arrays
        return _string_at(a["id_blob"], a["id_off"], i)

    def ids_at(self, rows: np.ndarray) -> list[str]:
        """Ids of local ``rows`` (int64 array): the offsets read in two gathers, each id
        decoded straight from the mapping."""
        if self._ids_mv is None:
            a = self.c.arrays
            self._ids_mv = (memoryview(a["id_blob"]), a["id_off"])
        mv, off = self._ids_mv
        if rows.shape[0] <= 16:     # a query's neighbours: no gathers
            return [str(mv[off[r]:off[r + 1]], "utf-8", "surrogatepass") for r in rows.tolist()]
        return [str(mv[b:e], "utf-8", "surrogatepass") for b, e in zip(off[rows].tolist(), off[rows + 1].tolist())]

    def sender_of(self, i: int) -> str | None:
        a = self.c.arrays
        if self.sender_hash[i] == 0:
            return None
        return _string_at(a["sender_blob"], a["sender_off"], i)

    def text_of(self, i: int) -> str | None:
        a = self.c.arrays
        if "text_blob" not in a:
            return None
        return _string_at(a["text_blob"], a["text_off"], i)

    def find_ids(self, hashes: np.ndarray) -> np.ndarray:
        """Local row of each hash, or -1 (hash equality; callers confirm the string)."""
        sorted_h = self.id_hash[self.id_sort]
        pos = np.searchsorted(sorted_h, hashes)
        pos = np.minimum(pos, max(self.n - 1, 0))
        hit = (sorted_h[pos] == hashes) if self.n else np.zeros(len(hashes), dtype=bool)
        return np.where(hit, self.id_sort[pos].astype(np.int64) if self.n else -1, -1)


def _band_columns(sig: np.ndarray, eligible: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """uint64[bands, m]: every eligible row's band key (the high half of the 64-bit key of
    ``lsh.band_keys``) shifted up 32 bits, or-ed with the row, sorted: buckets in key order,
    rows ascending within a bucket, one cache line away from each other. The same columns
    clustering walks (``lsh.link``), so a new segment's are computed once."""
    from ._kernels.lsh import band_columns

    rows_idx = np.flatnonzero(eligible).astype(np.int64)
    if rows_idx.size == 0:
        return np.zeros((bands, 0), np.uint64)
    return band_columns(np.ascontiguousarray(sig), rows_idx, bands, rows)


def _directory(buckets: np.ndarray) -> np.ndarray:
    """uint32[bands, 2**bits + 1]: where each run of keys with the same top ``bits`` bits
    starts in every sorted band column; about one entry per four keys."""
    bands, m = buckets.shape
    bits = 0
    while bits < 24 and (1 << (bits + 2)) < m:
        bits += 1
    bounds = np.arange(1 << bits, dtype=np.uint64) << np.uint64(64 - bits) if bits else np.zeros(1, np.uint64)
    out = np.empty((bands, bounds.size + 1), dtype=np.uint32)
    for b in range(bands):
        out[b, :-1] = np.searchsorted(buckets[b], bounds, side="left")
        out[b, -1] = m
    return out


def _shift(directory: np.ndarray) -> int:
    entries = directory.shape[1] - 1
    return 32 - (entries.bit_length() - 1)


# ----------------------------------------------------------------------------- results


@dataclasses.dataclass
class QueryResult:
    """Answers for a batch of messages, as arrays (row i answers message i).

    Attributes
    ----------
    ids : list of the query ids
    templated : bool[m]: see :meth:`Index.query_many` for the rule
    reason : object[m]: "merge_field", "campaign", "matches" or None
    score : float32[m]: highest verified similarity to an indexed message, 0 if none
    matches : int32[m]: verified near-duplicates (similarity >= threshold)
    senders : int32[m]: distinct senders among them
    campaign : object[m]: campaign of the best match that is in one, or None
    status : object[m]: "ok", "too_short" (never matched) or "empty"
    neighbor_offsets, neighbor_rows, neighbor_similarity : up to 10 neighbours per message,
        best first (CSR: message i owns ``neighbor_rows[neighbor_offsets[i]:neighbor_offsets[i+1]]``)

    Rows are global rows of the generation the query ran on: :meth:`row` and :meth:`neighbors`
    answer from that generation (its files stay mapped while the result lives), even after
    the index is written to or refreshed.
    """

    ids: list
    templated: np.ndarray
    reason: np.ndarray
    score: np.ndarray
    matches: np.ndarray
    senders: np.ndarray
    campaign: np.ndarray
    status: np.ndarray
    merge_field: np.ndarray
    neighbor_offsets: np.ndarray
    neighbor_rows: np.ndarray
    neighbor_similarity: np.ndarray
    _index: "Index" = dataclasses.field(repr=False, default=None)
    _texts: list = dataclasses.field(repr=False, default=None)
    _metadata: list = dataclasses.field(repr=False, default=None)

    def __len__(self) -> int:
        return len(self.ids)

    def _at(self, i) -> int:
        """Row ``i`` as a position (negative counts from the end, as for a list)."""
        n = len(self.ids)
        if not -n <= i < n:
            raise IndexError(f"row {i} out of range for {n} results")
        return int(i) % n

    def neighbors(self, i: int) -> list[dict]:
        i = self._at(i)
        s, e = int(self.neighbor_offsets[i]), int(self.neighbor_offsets[i + 1])
        ids = self._index.ids_of(self.neighbor_rows[s:e])
        out = [{"id": rid, "similarity": round(v, 4)}
               for rid, v in zip(ids, self.neighbor_similarity[s:e].tolist())]
        if self._index.store_text:
            for d, g in zip(out, self.neighbor_rows[s:e].tolist()):
                d["text"] = self._index.text_of(g)
        return out

    def row(self, i: int, *, slot_values: bool = True) -> dict:
        """Message i as the ``mmd query`` output object: the arrays' values, the neighbours'
        ids, the campaign's ``template`` and size, and for a templated message the
        ``slot_values`` masking found in it (``[{"slot": "NAME", "value": "Anna"}, ...]``;
        an unfilled merge field shows its placeholder as the value). Finding slot values
        (:func:`masking.slot_values`) costs about 25 us a message; ``slot_values=False`` leaves them out."""
        i = self._at(i)
        camp = self.campaign[i]
        out = {"id": self.ids[i], "templated": bool(self.templated[i]), "reason": self.reason[i],
               "score": round(float(self.score[i]), 4), "campaign": camp,
               "matches": int(self.matches[i]), "senders": int(self.senders[i]),
               "neighbors": self.neighbors(i), "status": self.status[i],
               "merge_field": bool(self.merge_field[i])}
        k = self._index._camp_pos.get(camp) if camp is not None else None
        out["template"] = None if k is None else self._index._campaign_template(k)
        out["campaign_size"] = None if k is None else int(self._index._camp_size[k])
        if slot_values and self.templated[i] and self._texts is not None:
            from .masking import slot_values

            meta = None if self._metadata is None else self._metadata[i]
            out["slot_values"] = slot_values(self._texts[i], meta)
        else:
            out["slot_values"] = []
        return out

    def to_dicts(self) -> list[dict]:
        return [self.row(i) for i in range(len(self))]


@dataclasses.dataclass
class AddResult:
    added: int
    errors: list            # (position in the input, id, message)
    warnings: list          # (position, id, message)
    campaigns: int


# ----------------------------------------------------------------------------- the index


_HELD: set = set()
"""Lock files this process holds (real paths): with the pid written in the file, tells a writer
of this process (another Index object or thread) from another process with the same pid."""


class _Lock:
    def __init__(self, path: str):
        self.path = os.path.join(path, LOCK)
        self.fd = None
        self.created = False    # whether taking it created the lock file

    def __enter__(self):
        import fcntl  # POSIX only; imported here so reading an index works everywhere

        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            self.created = True
        except FileExistsError:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            finally:
                os.close(fd)
            if holder == str(os.getpid()) and os.path.realpath(self.path) in _HELD:
                # (flock is per open file: another Index object, or another thread, of this process)
                who = f"another writer in this process (pid {holder})"
            else:
                who = "another process" + (f" (pid {holder})" if holder else "")
            raise IndexLockedError(f"{os.path.dirname(self.path)}: {who} is writing to this index; "
                                   "try again when it has finished") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self.fd = fd
        _HELD.add(os.path.realpath(self.path))
        return self

    def __exit__(self, *exc):
        import fcntl

        _HELD.discard(os.path.realpath(self.path))
        os.ftruncate(self.fd, 0)
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)
        self.fd = None


def _canonical(doc: dict) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()


_INT = (int,)
_MANIFEST_FIELDS = {"config": (str,), "num_perm": _INT, "seed": _INT, "bands": _INT, "rows": _INT,
                    "threshold": (int, float), "min_size": _INT, "store_text": (bool,), "generation": _INT,
                    "segments": (list,), "state": (dict,), "created_at": (str,), "updated_at": (str,)}
_FILE_FIELDS = {"file": (str,), "header": (str,), "bytes": _INT}
_KINDS = {str: "a string", int: "an integer", float: "a number", bool: "true or false", list: "a list",
          dict: "an object"}


def _check_fields(p: str, where: str | None, doc, fields: dict) -> None:
    """``where``: the entry's name, None for the manifest itself."""
    at = "" if where is None else where + " "
    if not isinstance(doc, dict):
        raise IndexFormatError(f"{p}: {at}is not an object (corrupted file)")
    for key, types in fields.items():
        if key not in doc:
            raise IndexFormatError(f"{p}: {at}has no {key!r} field (corrupted file)")
        v = doc[key]
        # (a bool is an int to isinstance: accepted only where a bool is expected)
        if not isinstance(v, types) or (isinstance(v, bool) and bool not in types):
            raise IndexFormatError(f"{p}: {at}{key!r} is {v!r}, not {_KINDS[types[-1]]} (corrupted file)")


def _check_manifest(p: str, doc: dict) -> None:
    """Every field the index reads is there, with its type; IndexFormatError naming it else."""
    _check_fields(p, None, doc, _MANIFEST_FIELDS)
    entries = [(f"segments[{i}]", s, dict(_FILE_FIELDS, rows=_INT)) for i, s in enumerate(doc["segments"])]
    for where, entry, fields in entries + [("state", doc["state"], _FILE_FIELDS)]:
        _check_fields(p, where, entry, fields)
        name = entry["file"]
        if not name or name != os.path.basename(name) or name in (".", ".."):
            raise IndexFormatError(f"{p}: {where} names {name!r}, not a file of the index (corrupted file)")
    try:
        Config.from_fingerprint(doc["config"])
    except ValueError as e:
        raise IndexFormatError(f"{p}: {e}") from None


def _read_manifest(path: str) -> dict:
    p = os.path.join(path, MANIFEST)
    if not os.path.isdir(path):
        if os.path.exists(path):
            raise IndexFormatError(f"{path}: not a directory (an index is a directory)")
        raise IndexFormatError(f"{path}: no such index directory")
    try:
        with open(p, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise IndexFormatError(f"{path}: not an index (no {MANIFEST} file)") from None
    try:
        doc = json.loads(raw)
    except ValueError:
        raise IndexFormatError(f"{p}: not valid JSON (corrupted file)") from None
    if not isinstance(doc, dict) or doc.get("magic") != MANIFEST_MAGIC:
        raise IndexFormatError(f"{p}: not a mass-msg-detect index manifest")
    version = doc.get("format")
    if type(version) is not int or version < 1:
        raise IndexFormatError(f"{p}: format {version!r} is not an index format version (corrupted file)")
    if version > FORMAT_VERSION:
        raise IndexVersionError(f"{p}: written by index format version {version}; this release "
                                f"reads version {FORMAT_VERSION} and older: upgrade mass-msg-detect")
    check = doc.pop("checksum", None)
    if check != xxhash.xxh64_hexdigest(_canonical(doc)):
        raise IndexFormatError(f"{p}: checksum mismatch (corrupted file)")
    _check_manifest(p, doc)
    return doc


def _write_manifest(path: str, doc: dict) -> None:
    body = dict(doc)
    body["checksum"] = xxhash.xxh64_hexdigest(_canonical(doc))
    data = json.dumps(body, sort_keys=True, indent=1).encode()
    tmp = os.path.join(path, f"{MANIFEST}.tmp-{uuid.uuid4().hex[:8]}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, os.path.join(path, MANIFEST))
    _fsync_dir(path)


class _Background:
    """``fn(*args)`` in a thread; :meth:`result` waits for it and returns its value or raises
    its exception."""

    def __init__(self, fn, *args):
        import threading

        self._value = self._error = None

        def run():
            try:
                self._value = fn(*args)
            except BaseException as e:      # re-raised in the caller's thread
                self._error = e

        self._thread = threading.Thread(target=run, name="mmd-index-writer", daemon=True)
        self._thread.start()

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _single(name: str, value, what: str) -> None:
    if isinstance(value, (str, bytes)):
        raise TypeError(f"{name} must be a sequence of {what}, not a single {type(value).__name__}")


def _columns_of(n: int, ids, metadata, senders, sent_at) -> tuple:
    """``ids``, ``metadata``, ``senders`` and ``sent_at`` as lists of ``n`` (None stays None): a
    single string (or mapping, for metadata) is a TypeError, a wrong count a ValueError, a
    metadata entry that is neither a mapping nor None a TypeError naming it."""
    _single("ids", ids, "ids")
    _single("senders", senders, "senders (one per text)")
    _single("sent_at", sent_at, "dates (one per text)")
    if isinstance(metadata, (str, bytes, Mapping)):
        raise TypeError("metadata must be a sequence of mappings, one per text")
    out = []
    for name, col in (("ids", ids), ("metadata", metadata), ("senders", senders), ("sent_at", sent_at)):
        if col is not None:
            col = list(col)
            if len(col) != n:
                raise ValueError(f"{name} has {len(col)} entries but there are {n} texts")
        out.append(col)
    if metadata is not None:
        for i, m in enumerate(out[1]):
            if m is not None and type(m) is not dict and not isinstance(m, Mapping):
                raise TypeError(f"metadata[{i}] must be a mapping or None, got {type(m).__name__}")
    return tuple(out)


def _dirs_to_make(path: str) -> list[str]:
    """The directories ``os.makedirs(path)`` would create, deepest first."""
    out = []
    p = os.path.abspath(path)
    while not os.path.lexists(p):
        out.append(p)
        parent = os.path.dirname(p)
        if parent == p:
            break
        p = parent
    return out


_OWN_FILE = re.compile(r"(?:(?:seg|state)-\d{6,}-[0-9a-f]{8}\.mmd|MANIFEST)(?:\.tmp-[0-9a-f]{8})?")


class Index:
    """A persistent campaign index in a directory. Open with :meth:`open`, create with :meth:`build`.

    Readers (``query``, ``query_many``, ``info``) never lock and see the generation that was
    current when the index was opened (or last :meth:`refresh`-ed). Writers (``add``,
    ``remove``, ``prune``) take the directory's lock, so a second writer gets
    :class:`~mass_msg_detect.errors.IndexLockedError`.
    """

    def __init__(self, path: str, manifest: dict, segments: list[_Segment], state: Container):
        self.path = path
        self.manifest = manifest
        self.config = Config.from_fingerprint(manifest["config"])
        self.threshold = float(manifest["threshold"])
        self.min_size = int(manifest["min_size"])
        self.bands = int(manifest["bands"])
        self.rows = int(manifest["rows"])
        self.store_text = bool(manifest["store_text"])
        self.segments = segments
        self._state = state
        self.root = state.arrays["root"]
        self.camp = state.arrays["camp"]
        a = state.arrays
        self._camp_size = a["camp_size"]
        self._camp_json = (a["camp_json"], a["camp_json_off"])
        # state files written before templates had their own column: read from the entry
        self._camp_tpl = ((a["camp_template"], a["camp_template_off"], a["camp_template_set"])
                          if "camp_template" in a else None)
        raw = bytes(a["camp_ids"])
        off = a["camp_ids_off"].tolist()
        ids = [raw[off[k]:off[k + 1]].decode("utf-8", "surrogatepass") for k in range(len(off) - 1)]
        self._camp_pos = {cid: k for k, cid in enumerate(ids)}
        self._campaigns = None
        self._entry_cache: dict = {}
        self._bases = np.array([s.base for s in segments], dtype=np.int64)
        self._camp_ids = np.array(ids + [None], dtype=object)
        self._typed = None
        self._min_equal = int(np.ceil(self.threshold * self.config.num_perm - 1e-9))

    # --------------------------------------------------------------- opening

    @classmethod
    def open(cls, path: str | os.PathLike, *, config: Config | None = None) -> "Index":
        """Open an index for reading (cheap: files are mapped, checksums verified on first use).

        ``config``: when given, it must equal the index's config (else ConfigMismatchError).
        """
        path = os.fspath(path)
        for attempt in range(20):
            manifest = _read_manifest(path)
            try:
                idx = cls._load(path, manifest)
                break
            except FileNotFoundError as e:
                # a writer committed a new generation and removed this one's files: read again
                if attempt == 19:
                    raise IndexFormatError(f"{path}: file {e.filename} listed in {MANIFEST} is missing") from None
                time.sleep(0.01)
        if config is not None and config.fingerprint != idx.config.fingerprint:
            raise ConfigMismatchError(f"{path}: index config {idx.config.fingerprint} differs from the "
                                      f"requested {config.fingerprint}")
        return idx

    @classmethod
    def _load(cls, path: str, manifest: dict) -> "Index":
        segments = []
        base = 0
        for s in manifest["segments"]:
            c = Container(os.path.join(path, s["file"]), "segment")
            if format(c.header_digest, "016x") != s["header"] or c.header.get("rows") != s["rows"]:
                raise IndexFormatError(f"{c.path}: does not match {MANIFEST} (corrupted or replaced file)")
            segments.append(_Segment(c, base))
            base += s["rows"]
        st = Container(os.path.join(path, manifest["state"]["file"]), "state")
        if format(st.header_digest, "016x") != manifest["state"]["header"]:
            raise IndexFormatError(f"{st.path}: does not match {MANIFEST} (corrupted or replaced file)")
        st.verify()  # small (about 30 bytes a message): checked whenever the index is opened
        if st.arrays["root"].shape[0] != base:
            raise IndexFormatError(f"{st.path}: holds {st.arrays['root'].shape[0]} messages, segments hold {base}")
        return cls(path, manifest, segments, st)

    def _generation(self) -> "Index":
        """A reader of the generation this object holds now. Writes and :meth:`refresh` replace
        this object's attributes (never change the files or arrays they point to), so the copy
        keeps answering from the files mapped now, even after a writer deletes them."""
        view = object.__new__(type(self))
        view.__dict__.update(self.__dict__)
        return view

    def refresh(self) -> "Index":
        """Re-read the manifest: see what writers committed since this index was opened."""
        fresh = Index.open(self.path)
        self.__dict__.update(fresh.__dict__)
        return self

    def __len__(self) -> int:
        return int(self.root.shape[0])

    def __repr__(self) -> str:
        return f"Index({self.path!r}, messages={len(self)}, campaigns={len(self._camp_size)})"

    def _campaign_template(self, k: int) -> str | None:
        """The template of campaign slot ``k`` (as ``campaign_info``'s)."""
        if self._camp_tpl is None:
            return self.campaign_info(self._camp_ids[k])["template"]
        blob, off, has = self._camp_tpl
        return _string_at(blob, off, k) if has[k] else None

    def _campaign_entry(self, k: int) -> dict:
        blob, off = self._camp_json
        return json.loads(bytes(blob[off[k]:off[k + 1]]).decode("utf-8", "surrogatepass"))

    @property
    def campaigns(self) -> list[dict]:
        """The campaign table, ordered by root row: one dict per campaign with campaign, root, size, senders, first_sent_at, last_sent_at,
        representative, template, slots, alternatives, members_used. Parsed on first use."""
        if self._campaigns is None:
            self._campaigns = [self._campaign_entry(k) for k in range(len(self._camp_size))]
        return self._campaigns

    # --------------------------------------------------------------- building

    @classmethod
    def build(cls, path: str | os.PathLike, texts: Sequence[str], *, ids: Sequence | None = None,
              metadata: Sequence[Mapping] | None = None, senders: Sequence | None = None,
              sent_at: Sequence | None = None, threshold: float | None = None,
              min_size: int | None = None, store_text: bool = False, config: Config | None = None,
              progress=None) -> "Index":
        """Create an index at ``path`` (a new or empty directory) from messages.

        ``progress``: an optional callable given a line of text at each stage.

        The threshold and min_size are fixed here for the life of the index. Campaigns are
        exactly those of :func:`mass_msg_detect.campaigns` on the same messages. A missing or
        repeated id is a ValueError (nothing is dropped silently); a ``sent_at`` that is not
        ISO 8601 is stored as missing and listed in ``idx.last_result.warnings``. Every input
        is checked before anything is created; a build that fails later removes the files it
        wrote and the directories it made, so it can be retried.
        """
        path = os.fspath(path)
        from .shingling import check_texts

        texts = check_texts(texts)
        # every input is checked before anything is created
        ids, metadata, senders, sent_at = _columns_of(len(texts), ids, metadata, senders, sent_at)
        if ids is not None:
            ids = check_ids(ids, len(texts))
        config = config or DEFAULT_CAMPAIGN_CONFIG
        threshold = _check_threshold(threshold)
        min_size = _check_min_size(min_size)
        if os.path.exists(path) and (not os.path.isdir(path) or os.listdir(path)):
            raise FileExistsError(f"{path}: already exists and is not an empty directory")
        from .lsh import lsh_params

        bands, rows = lsh_params(threshold, config.num_perm)
        manifest = {"magic": MANIFEST_MAGIC, "format": FORMAT_VERSION, "config": config.fingerprint,
                    "num_perm": config.num_perm, "seed": config.seed, "bands": bands, "rows": rows,
                    "threshold": threshold, "min_size": min_size, "store_text": bool(store_text),
                    "generation": 0, "messages": 0, "segments": [], "created_at": _now(),
                    "updated_at": _now()}
        made = _dirs_to_make(path)
        os.makedirs(path, exist_ok=True)
        try:
            there = set(os.listdir(path))
            lock = _Lock(path)
            with lock, gc_paused():
                try:
                    state_file = cls._write_state(path, 0, manifest, np.zeros(0, np.int64),
                                                  np.zeros(0, np.int32), [])
                    manifest["state"] = state_file
                    _write_manifest(path, manifest)
                    idx = cls._load(path, manifest)
                    result = idx._ingest(texts, ids, metadata, senders, sent_at, progress, texts_checked=True)
                except BaseException:
                    # a failed build leaves no index behind (a retry would be refused): the
                    # files it wrote go, while it still holds the lock, and the lock file last
                    for name in os.listdir(path):
                        if name not in there and (_OWN_FILE.fullmatch(name) or name == LOCK and lock.created):
                            with contextlib.suppress(OSError):
                                os.unlink(os.path.join(path, name))
                    raise
        except BaseException:
            for d in made:                  # the directories it made, if nothing else is in them
                with contextlib.suppress(OSError):
                    os.rmdir(d)
            raise
        idx.last_result = result
        return idx

    def add(self, texts: Sequence[str], *, ids: Sequence | None = None,
            metadata: Sequence[Mapping] | None = None, senders: Sequence | None = None,
            sent_at: Sequence | None = None, progress=None) -> AddResult:
        """Append messages. An id already in the index (or repeated in ``ids``) is not added
        and is listed in ``errors``; a ``sent_at`` that is not ISO 8601 is stored as missing and
        listed in ``warnings``."""
        with self._writing(), gc_paused():
            self.last_result = self._ingest(texts, ids, metadata, senders, sent_at, progress)
        return self.last_result

    @contextlib.contextmanager
    def writing(self):
        """Hold this index's writer lock across several calls (``add``, ``remove``, ``prune``
        inside take it again without blocking): e.g. take it before reading a long input, so
        a second writer is refused before the input is consumed. The index is refreshed and
        every file verified when the lock is taken."""
        with self._writing():
            yield self

    @contextlib.contextmanager
    def _writing(self):
        if getattr(self, "_lock_held", False):
            yield
            return
        with _Lock(self.path):
            self.refresh()
            for seg in self.segments:      # never write a new generation on top of a damaged file
                seg.ensure_verified()
            self._lock_held = True
            try:
                yield
            finally:
                self._lock_held = False

    # --------------------------------------------------------------- internals: writing

    @staticmethod
    def _new_name(kind: str, generation: int) -> str:
        return f"{kind}-{generation:06d}-{uuid.uuid4().hex[:8]}.mmd"

    def _meta(self) -> dict:
        m = self.manifest
        return {k: m[k] for k in ("config", "num_perm", "seed", "bands", "rows", "threshold", "min_size")}

    @classmethod
    def _write_state(cls, path, generation, manifest, root, camp, campaigns) -> dict:
        name = cls._new_name("state", generation)
        meta = {k: manifest[k] for k in ("config", "num_perm", "seed", "bands", "rows", "threshold", "min_size")}
        ids_blob, ids_off = _encode_strings([c["campaign"] for c in campaigns])
        json_blob, json_off = _encode_strings([json.dumps(c, ensure_ascii=False) for c in campaigns])
        # each campaign's template also on its own, so a query reads it without parsing the entry
        tpl_blob, tpl_off = _encode_strings([c.get("template") for c in campaigns])
        tpl_set = np.array([c.get("template") is not None for c in campaigns], dtype=np.uint8)
        size = write_container(os.path.join(path, name), "state", dict(meta, rows=int(root.shape[0])),
                               {"root": root.astype(np.int64), "camp": camp.astype(np.int32),
                                "camp_ids": ids_blob, "camp_ids_off": ids_off,
                                "camp_size": np.array([c["size"] for c in campaigns], dtype=np.int64),
                                "camp_template": tpl_blob, "camp_template_off": tpl_off,
                                "camp_template_set": tpl_set,
                                "camp_json": json_blob, "camp_json_off": json_off})
        c = Container(os.path.join(path, name), "state")
        return {"file": name, "header": format(c.header_digest, "016x"), "bytes": size}

    def _write_segment(self, generation: int, arrays: dict) -> dict:
        name = self._new_name("seg", generation)
        n = int(arrays["sig"].shape[0])
        size = write_container(os.path.join(self.path, name), "segment", dict(self._meta(), rows=n), arrays)
        c = Container(os.path.join(self.path, name), "segment")
        return {"file": name, "rows": n, "header": format(c.header_digest, "016x"), "bytes": size}

    def _segment_arrays(self, sig, flags, ids, id_hash, senders, sender_hash, sent_us, texts,
                        buckets=None) -> dict:
        if buckets is None:
            eligible = (flags & (FLAG_EMPTY | FLAG_SHORT)) == 0
            buckets = _band_columns(sig, eligible, self.bands, self.rows)
        id_blob, id_off = _encode_strings(ids)
        sb, so = _encode_strings(senders)
        from ._kernels.index import sketch

        arrays = {"sig": sig, "sketch": sketch(sig), "flags": flags, "buckets": buckets, "dir": _directory(buckets),
                  "id_hash": id_hash,
                  "id_sort": np.argsort(id_hash, kind="stable").astype(np.uint32),
                  "id_blob": id_blob, "id_off": id_off, "sender_hash": sender_hash,
                  "sender_blob": sb, "sender_off": so, "sent_at": sent_us}
        if self.store_text:
            tb, to = _encode_strings(texts)
            arrays["text_blob"], arrays["text_off"] = tb, to
        return arrays

    @staticmethod
    def _segment_columns(seg: _Segment, rows: np.ndarray | None = None) -> dict:
        """Per-message columns of a segment (optionally a subset of rows), as new arrays/lists."""
        a = seg.c.arrays
        idx = np.arange(seg.n) if rows is None else rows
        cols = {"sig": np.asarray(a["sig"][idx]), "flags": np.asarray(a["flags"][idx]),
                "id_hash": np.asarray(a["id_hash"][idx]), "sender_hash": np.asarray(a["sender_hash"][idx]),
                "sent_at": np.asarray(a["sent_at"][idx])}
        cols["ids"] = [seg.id_of(int(i)) for i in idx]
        cols["senders"] = [seg.sender_of(int(i)) for i in idx]
        cols["texts"] = [seg.text_of(int(i)) for i in idx] if "text_blob" in a else None
        return cols

    def _commit(self, segments: list[dict], root: np.ndarray, camp: np.ndarray, campaigns: list) -> None:
        generation = self.manifest["generation"] + 1
        manifest = dict(self.manifest)
        manifest["state"] = self._write_state(self.path, generation, manifest, root, camp, campaigns)
        manifest.update(generation=generation, segments=segments, messages=int(root.shape[0]),
                        updated_at=_now())
        _fsync_dir(self.path)
        _write_manifest(self.path, manifest)
        self._collect_garbage(manifest)
        fresh = Index._load(self.path, manifest)
        self.__dict__.update(fresh.__dict__)

    def _collect_garbage(self, manifest: dict) -> None:
        keep = {s["file"] for s in manifest["segments"]} | {manifest["state"]["file"], MANIFEST, LOCK}
        for name in os.listdir(self.path):
            if name not in keep and (name.endswith(".mmd") or ".tmp-" in name):
                try:
                    os.unlink(os.path.join(self.path, name))
                except OSError:
                    pass

    def _all(self, name: str) -> np.ndarray:
        parts = [getattr(s, name) for s in self.segments]
        if not parts:
            return np.zeros(0, dtype={"sent_at": np.int64, "sender_hash": np.uint64, "flags": np.uint8}[name])
        return np.concatenate(parts)

    def _ingest(self, texts, ids, metadata, senders, sent_at, progress, texts_checked=False) -> AddResult:
        from .fingerprint import fingerprint_full
        from .shingling import check_texts

        t0 = time.perf_counter()

        def say(stage: str) -> None:
            if progress is not None:
                progress(f"{stage} ({time.perf_counter() - t0:.1f} s)")

        if not texts_checked:       # (build checks them all before it creates anything)
            texts = check_texts(texts)
            ids, metadata, senders, sent_at = _columns_of(len(texts), ids, metadata, senders, sent_at)
        n = len(texts)
        N = len(self)
        ids = [str(N + i) for i in range(n)] if ids is None else [None if v is None else str(v) for v in ids]
        errors, warnings = [], []
        keep = np.ones(n, dtype=bool)
        id_hash = _hashes(ids)
        existing = self._find_hashes(id_hash, ids)
        clean = None not in ids and not (existing >= 0).any() and len(set(ids)) == n
        seen: dict = {}
        for i, rid in enumerate([] if clean else ids):      # only when some id is refused
            if rid is None:
                keep[i] = False
                errors.append((i, None, "missing id"))
            elif existing[i] >= 0:
                keep[i] = False
                errors.append((i, rid, f"duplicate id {rid!r}: already in the index"))
            elif rid in seen:
                keep[i] = False
                errors.append((i, rid, f"duplicate id {rid!r} (first at position {seen[rid]})"))
            else:
                seen[rid] = i
        sent_us = np.full(n, NO_TIME, dtype=np.int64)
        if sent_at is not None:
            sent_us, bad = _parse_times(sent_at)
            for i, why in bad:
                warnings.append((i, ids[i], f"sent_at {sent_at[i]!r} is {why}: stored without a date"))
        sel = np.flatnonzero(keep)
        if sel.size < n:
            texts = [texts[i] for i in sel]
            ids = [ids[i] for i in sel]
            id_hash = id_hash[sel]
            sent_us = sent_us[sel]
            metadata = None if metadata is None else [metadata[i] for i in sel]
            senders = None if senders is None else [senders[i] for i in sel]
        m = len(texts)
        senders = [None] * m if senders is None else [None if s is None else str(s) for s in senders]
        say(f"fingerprinting {m} messages")
        fp = fingerprint_full(texts, metadata=metadata, config=self.config)
        sig = fp.signatures
        empty = (sig == np.uint32(0xFFFFFFFF)).all(axis=1) if m else np.zeros(0, dtype=bool)
        short = (fp.tokens < MIN_TOKENS) & ~empty
        flags = (empty * FLAG_EMPTY | short * FLAG_SHORT | fp.merge_fields * FLAG_MERGE).astype(np.uint8)
        eligible = ~(empty | short)
        if m == 0:
            return AddResult(0, errors, warnings, len(self._camp_size))
        say("finding near-duplicates")
        columns = _band_columns(sig, eligible, self.bands, self.rows)
        root = self._link(sig, eligible, columns)
        say("writing the segment")
        arrays = self._segment_arrays(sig, flags, ids, id_hash, senders, _hashes(senders, none_zero=True),
                                      sent_us, texts, columns)
        generation = self.manifest["generation"] + 1
        prev = list(self.manifest["segments"])
        writer = None
        if prev and m * 2 >= prev[-1]["rows"]:
            # the new segment merges with the last ones, which reads it back: write it now
            seg_files = self._merge_tail(prev + [self._write_segment(generation, arrays)], generation)
        else:
            # written and fsynced while the campaign templates are reconstructed (file I/O
            # releases the GIL); joined before the commit, which is still the last step
            writer = _Background(self._write_segment, generation, arrays)
        old_by_root = {c["root"]: c for c in self.campaigns}

        def fresh(groups: list) -> list:
            from ._kernels.lsh import representatives
            from .templates import reconstruct_many

            news = [mem[mem >= N] - N for mem in groups]
            have = [k for k, x in enumerate(news) if x.size]
            out = [None] * len(groups)
            if not have:
                return out
            flat = np.concatenate([news[k] for k in have]).astype(np.int64)
            bounds = np.zeros(len(have) + 1, dtype=np.int64)
            np.cumsum([news[k].size for k in have], out=bounds[1:])
            reps = representatives(sig, flat, bounds, 64)
            # the template from the members in this batch; slot values are never stored
            tpls = reconstruct_many(texts, [news[k] for k in have], metadata, redact=True,
                                    max_members=TEMPLATE_MEMBERS)
            for k, rep, t in zip(have, reps.tolist(), tpls):
                out[k] = {"representative": ids[rep], "template": t.text,
                          "slots": [x["slot"] for x in t.slots], "alternatives": t.alternatives,
                          "members_used": t.members_used}
            return out

        def id_of(g: int) -> str:
            return ids[g - N] if g >= N else self.id_of(g)

        say("campaign templates")
        try:
            campaigns, camp = self._campaign_table(
                root, np.concatenate([self._all("sender_hash"), arrays["sender_hash"]]),
                np.concatenate([self._all("sent_at"), sent_us]), id_of,
                lambda r, mem: old_by_root.get(r), fresh)
        except BaseException:
            if writer is not None:          # never leave the thread writing after the lock is let go
                with contextlib.suppress(BaseException):
                    writer.result()
            raise
        if writer is not None:
            seg_files = prev + [writer.result()]
        self._commit(seg_files, root, camp, campaigns)
        return AddResult(m, errors, warnings, len(campaigns))

    def _find_hashes(self, hashes: np.ndarray, ids: list) -> np.ndarray:
        """Global row of each id already in the index, or -1."""
        out = np.full(len(hashes), -1, dtype=np.int64)
        for seg in self.segments:
            # the id columns are read as indexes: checked first (a query checks every
            # segment on first use anyway), so damage is a format error naming the file
            seg.ensure_verified()
            local = seg.find_ids(hashes)
            for i in np.flatnonzero(local >= 0).tolist():
                if ids[i] is not None and seg.id_of(int(local[i])) == ids[i]:
                    out[i] = seg.base + local[i]
        return out

    def _link(self, sig: np.ndarray, eligible: np.ndarray, columns: np.ndarray | None = None) -> np.ndarray:
        """Union-find roots of all messages after adding ``sig`` (global rows N..N+m-1);
        ``columns``: the batch's band columns (:func:`_band_columns`), if computed."""
        from ._kernels.index import union_edges
        from ._kernels.lsh import attach
        from .lsh import ATTACH_RATIO, cluster, link

        N = len(self)
        P = self.config.num_perm
        min_equal = int(np.ceil(self.threshold * P - 1e-9))
        min_low = int(np.ceil(ATTACH_RATIO * self.threshold * P - 1e-9))
        if N == 0:
            parent, _ = cluster(sig, eligible, self.threshold, self.min_size, columns)
            return parent
        # within the batch: pass 1 as a fresh build does, its weaker edges kept for pass 2
        local_parent, lu, lv, le, _ = link(sig, eligible, self.threshold, columns)
        parent = np.concatenate([np.asarray(self.root, dtype=np.int64), N + local_parent])
        # the batch against what is indexed: the first members of each shared bucket
        u, v, e = self._verified(sig, eligible, min_low, ADD_RUN_CAP, ADD_CANDIDATES)
        u = u + N
        strong = e >= min_equal
        parent = union_edges(parent, u[strong], v[strong])
        lu = np.concatenate([N + lu, u[~strong]])
        lv = np.concatenate([N + lv, v[~strong]])
        le = np.concatenate([le, e[~strong]])
        o = np.lexsort((lv, lu, -le))
        parent, _ = attach(parent, lu[o], lv[o], self.min_size)
        return parent

    def _campaign_table(self, root, sender_hash, sent_at, id_of, inherit, fresh) -> tuple[list, np.ndarray]:
        """Campaigns (at least min_size members) of a union-find state, and each row's campaign.

        ``inherit(root, members)`` returns an earlier campaign entry whose representative and
        template carry over, ``fresh(list of members)`` a dict (representative, template,
        slots, alternatives, members_used) or None for each.
        """
        total = root.shape[0]
        counts = np.bincount(root, minlength=total) if total else np.zeros(0, np.int64)
        big = np.flatnonzero(counts >= self.min_size)
        camp = np.full(total, -1, dtype=np.int32)
        if big.size == 0:
            return [], camp
        slot = np.full(total, -1, dtype=np.int64)
        slot[big] = np.arange(big.size)
        camp = slot[root].astype(np.int32)
        inc = camp >= 0
        # distinct senders per campaign
        has = inc & (sender_hash != 0)
        c, h = camp[has].astype(np.int64), sender_hash[has]
        o = np.lexsort((h, c))
        c, h = c[o], h[o]
        first = np.ones(c.size, dtype=bool)
        first[1:] = (c[1:] != c[:-1]) | (h[1:] != h[:-1])
        n_senders = np.bincount(c[first], minlength=big.size)
        timed = inc & (sent_at != NO_TIME)
        t_first = np.full(big.size, np.iinfo(np.int64).max)
        t_last = np.full(big.size, NO_TIME)
        np.minimum.at(t_first, camp[timed], sent_at[timed])
        np.maximum.at(t_last, camp[timed], sent_at[timed])
        order = np.argsort(root, kind="stable")
        sroot = root[order]
        starts = np.searchsorted(sroot, big, side="left")
        ends = np.searchsorted(sroot, big, side="right")
        groups = [order[starts[k]:ends[k]] for k in range(big.size)]
        olds = [inherit(r, groups[k]) for k, r in enumerate(big.tolist())]
        need = [k for k, o in enumerate(olds) if o is None]
        made = dict(zip(need, fresh([groups[k] for k in need]))) if need else {}
        out = []
        for k, r in enumerate(big.tolist()):
            got = olds[k] if olds[k] is not None else made.get(k)
            entry = {"campaign": campaign_id(id_of(r)), "root": r, "size": int(counts[r]),
                     "senders": int(n_senders[k]),
                     "first_sent_at": _format_time(t_first[k]) if t_last[k] != NO_TIME else None,
                     "last_sent_at": _format_time(t_last[k]),
                     "representative": id_of(r), "template": None, "slots": [], "alternatives": [],
                     "members_used": 0}
            if got is not None:
                entry.update({key: got[key] for key in ("representative", "template", "slots", "alternatives",
                                                        "members_used") if key in got})
            out.append(entry)
        return out, camp

    def _merge_tail(self, seg_files: list[dict], generation: int) -> list[dict]:
        """Merge trailing segments while the newer is at least half the size of the one
        before it: O(log n) segments, each message rewritten O(log n) times in all."""
        while len(seg_files) >= 2 and seg_files[-1]["rows"] * 2 >= seg_files[-2]["rows"]:
            a = Container(os.path.join(self.path, seg_files[-2]["file"]), "segment")
            b = Container(os.path.join(self.path, seg_files[-1]["file"]), "segment")
            a.verify()
            b.verify()
            cols = [self._segment_columns(_Segment(x, 0)) for x in (a, b)]
            merged = self._segment_arrays(
                np.concatenate([x["sig"] for x in cols]), np.concatenate([x["flags"] for x in cols]),
                cols[0]["ids"] + cols[1]["ids"], np.concatenate([x["id_hash"] for x in cols]),
                cols[0]["senders"] + cols[1]["senders"], np.concatenate([x["sender_hash"] for x in cols]),
                np.concatenate([x["sent_at"] for x in cols]),
                None if cols[0]["texts"] is None else cols[0]["texts"] + cols[1]["texts"])
            seg_files = seg_files[:-2] + [self._write_segment(generation, merged)]
        return seg_files

    # --------------------------------------------------------------- removing

    def remove(self, ids: Sequence) -> dict:
        """Drop the messages with these ids; returns {"removed", "not_found"}. Campaigns are
        recomputed over what is left, as a fresh build would: a campaign whose members changed
        has its representative and template recomputed (without stored texts, no template: it
        cannot be rebuilt), so nothing of a removed message stays in the campaign table."""
        if isinstance(ids, (str, bytes)):
            raise TypeError("ids must be a sequence of ids, not a single string")
        with self._writing():
            ids = [str(v) for v in ids]
            rows = self._find_hashes(_hashes(ids), ids)
            drop = np.zeros(len(self), dtype=bool)
            drop[rows[rows >= 0]] = True
            not_found = [ids[i] for i in np.flatnonzero(rows < 0).tolist()]
            removed = self._rewrite(drop)
        return {"removed": removed, "not_found": not_found}

    def prune(self, before) -> dict:
        """Drop the messages sent before ``before`` (ISO 8601 string or datetime; naive is
        UTC). Messages without ``sent_at`` are kept. Returns {"removed", "kept"}."""
        try:
            cutoff = parse_time(before)
        except ValueError as e:
            raise ValueError(f"before must be an ISO 8601 date or time, got {before!r} ({e})") from None
        with self._writing():
            t = self._all("sent_at")
            drop = (t != NO_TIME) & (t < cutoff)
            removed = self._rewrite(drop)
        return {"removed": removed, "kept": len(self)}

    def _rewrite(self, drop: np.ndarray) -> int:
        """Rewrite the segments that lose rows, then recompute campaigns from scratch."""
        from .lsh import cluster

        removed = int(drop.sum())
        if removed == 0:
            return 0
        generation = self.manifest["generation"] + 1
        seg_files = []
        for seg, entry in zip(self.segments, self.manifest["segments"]):
            local = drop[seg.base:seg.base + seg.n]
            if not local.any():
                seg_files.append(entry)
                continue
            seg.ensure_verified()
            keep_rows = np.flatnonzero(~local)
            if keep_rows.size == 0:
                continue
            cols = self._segment_columns(seg, keep_rows)
            seg_files.append(self._write_segment(generation, self._segment_arrays(
                cols["sig"], cols["flags"], cols["ids"], cols["id_hash"], cols["senders"],
                cols["sender_hash"], cols["sent_at"], cols["texts"])))
        old_rows = np.flatnonzero(~drop)
        old_camp = np.asarray(self.camp)[old_rows]
        old_campaigns = self.campaigns
        # the new segments, to recluster them
        segs = []
        base = 0
        for s in seg_files:
            segs.append(_Segment(Container(os.path.join(self.path, s["file"]), "segment"), base))
            base += s["rows"]
        sig = np.concatenate([s.sig for s in segs]) if segs else np.zeros((0, self.config.num_perm), np.uint32)
        flags = np.concatenate([s.flags for s in segs]) if segs else np.zeros(0, np.uint8)
        eligible = (flags & (FLAG_EMPTY | FLAG_SHORT)) == 0
        root, _ = cluster(sig, eligible, self.threshold, self.min_size)
        starts = np.array([s.base for s in segs], dtype=np.int64)

        def id_of(g: int) -> str:
            k = int(np.searchsorted(starts, g, side="right")) - 1
            return segs[k].id_of(g - segs[k].base)

        def inherit(r, members):
            # an entry carries over only to a campaign of exactly the same members: any other
            # is made afresh, so nothing of a message that is gone stays in the table
            k = int(old_camp[members[0]])
            if k < 0 or old_campaigns[k]["size"] != members.size or (old_camp[members] != k).any():
                return None
            return old_campaigns[k]

        def fresh(groups):
            # as a fresh build makes them (Index._ingest): the medoid of the signatures, and
            # the template of the texts where they are stored (an index without them cannot
            # rebuild one, and keeps none rather than one made with messages that are gone)
            from ._kernels.lsh import representatives
            from .templates import _sample, reconstruct_many

            flat = np.concatenate(groups).astype(np.int64)
            bounds = np.zeros(len(groups) + 1, dtype=np.int64)
            np.cumsum([mem.size for mem in groups], out=bounds[1:])
            reps = representatives(sig, flat, bounds, 64).tolist()
            out = [{"representative": id_of(rep), "template": None, "slots": [], "alternatives": [],
                    "members_used": 0} for rep in reps]
            if not self.store_text:
                return out
            # only the members reconstruction reads (an even sample by row order), decoded
            picked = [[int(mem[i]) for i in _sample(mem.size, TEMPLATE_MEMBERS)] for mem in groups]
            rows = sorted({g for p in picked for g in p})
            where = {g: i for i, g in enumerate(rows)}
            texts = []
            for g in rows:
                k = int(np.searchsorted(starts, g, side="right")) - 1
                texts.append(segs[k].text_of(g - segs[k].base) or "")
            tpls = reconstruct_many(texts, [[where[g] for g in p] for p in picked], None, redact=True,
                                    max_members=TEMPLATE_MEMBERS)
            for entry, t in zip(out, tpls):
                entry.update(template=t.text, slots=[x["slot"] for x in t.slots], alternatives=t.alternatives,
                             members_used=t.members_used)
            return out

        campaigns, camp = self._campaign_table(
            root, np.concatenate([s.sender_hash for s in segs]) if segs else np.zeros(0, np.uint64),
            np.concatenate([s.sent_at for s in segs]) if segs else np.zeros(0, np.int64),
            id_of, inherit, fresh)
        self._commit(seg_files, root, camp, campaigns)
        return removed

    # --------------------------------------------------------------- reading

    def _locate(self, g: int) -> tuple[_Segment, int]:
        k = int(np.searchsorted(self._bases, g, side="right")) - 1
        seg = self.segments[k]
        return seg, g - seg.base

    def id_of(self, g: int) -> str:
        """Id of the message at global row ``g``."""
        seg, i = self._locate(g)
        return seg.id_of(i)

    def text_of(self, g: int) -> str | None:
        """Raw text of the message at global row ``g`` (indexes built with ``store_text``), else None."""
        seg, i = self._locate(g)
        return seg.text_of(i)

    def ids_of(self, rows: np.ndarray) -> list[str]:
        """Ids of the messages at global ``rows``."""
        rows = np.asarray(rows, dtype=np.int64)
        if len(self.segments) == 1:
            return self.segments[0].ids_at(rows)
        k = np.searchsorted(self._bases, rows, side="right") - 1
        out = [None] * rows.shape[0]
        for s in np.unique(k).tolist():
            at = np.flatnonzero(k == s)
            seg = self.segments[s]
            for i, v in zip(at.tolist(), seg.ids_at(rows[at] - seg.base)):
                out[i] = v
        return out

    def campaign_info(self, campaign: str) -> dict | None:
        """The campaign table entry (size, senders, first/last sent, template) of a campaign id."""
        k = self._camp_pos.get(campaign)
        if k is None:
            return None
        got = self._entry_cache.get(k)
        if got is None:
            if len(self._entry_cache) > 4096:
                self._entry_cache.clear()
            got = self._entry_cache[k] = self._campaign_entry(k)
        return got

    def query(self, text: str, metadata: Mapping | None = None, *, id: str | None = None,
              slot_values: bool = True) -> dict:
        """Is this one message templated? The ``mmd query`` object (see :meth:`query_many` and
        :meth:`QueryResult.row`). ``id``: the message's id (default "1"); when given, the
        indexed message with that id is not counted as its own match."""
        from ._kernels.index import answer
        from .fingerprint import fingerprint_one

        # the same answer as query_many([text]).row(0), without the batch's arrays
        skip = np.full(1, -1, np.int64)
        if id is not None:
            key = str(id)
            skip[0] = self._find_hashes(_hashes([key]), [key])[0]
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        fp = fingerprint_one(text, metadata, config=self.config)
        sig = fp.signatures
        empty = bool(sig[0, 0] == np.uint32(0xFFFFFFFF)) and bool((sig[0] == np.uint32(0xFFFFFFFF)).all())
        short = bool(fp.tokens[0] < MIN_TOKENS) and not empty
        merge = bool(fp.merge_fields[0])
        out = np.array([0, 0, 0, -1, 0], np.int32)   # matches, best_eq, senders, best campaign, neighbours
        nb_rows = np.empty((1, MAX_NEIGHBORS), np.int64)
        nb_eq = np.empty((1, MAX_NEIGHBORS), np.int32)
        if self.segments and not (empty or short):
            sigs, sks, buckets, dirs, shifts, bases, shs = self._columns()
            answer(sig, _ONE_OK, skip, self.rows, sigs, sks, buckets, dirs, shifts, shs, bases, self.camp,
                   self._min_equal, RUN_CAP, MAX_CANDIDATES, out[0:1], out[1:2], out[2:3], out[3:4],
                   nb_rows, nb_eq, out[4:5])
        matches, best_eq, n_senders, best, k = out.tolist()
        P = self.config.num_perm
        camp = self._camp_ids[best] if best >= 0 else None
        need = max(1, self.min_size - 1)
        templated = merge or matches >= need or best >= 0
        reason = "merge_field" if merge else "matches" if matches >= need else "campaign" if best >= 0 else None
        neighbors = []
        if k:
            # (float32 similarities, as query_many reports them)
            sims = (nb_eq[0, :k] / P).astype(np.float32).tolist()
            rows = nb_rows[0, :k]
            neighbors = [{"id": rid, "similarity": round(v, 4)} for rid, v in zip(self.ids_of(rows), sims)]
            if self.store_text:
                for d, g in zip(neighbors, rows.tolist()):
                    d["text"] = self.text_of(g)
        res = {"id": "1" if id is None else id, "templated": templated, "reason": reason,
               "score": round(float(np.float32(best_eq / P)), 4), "campaign": camp, "matches": matches,
               "senders": n_senders, "neighbors": neighbors,
               "status": "empty" if empty else "too_short" if short else "ok", "merge_field": merge}
        res["template"] = self._campaign_template(best) if best >= 0 else None
        res["campaign_size"] = int(self._camp_size[best]) if best >= 0 else None
        if slot_values and templated:
            from .masking import slot_values as find_slot_values

            res["slot_values"] = find_slot_values(text, metadata)
        else:
            res["slot_values"] = []
        return res

    def query_many(self, texts: Sequence[str], *, metadata: Sequence[Mapping] | None = None,
                   ids: Sequence | None = None) -> QueryResult:
        """Answers for many messages at once, as arrays (see :class:`QueryResult`).

        A message is ``templated`` when it has at least ``min_size - 1`` verified
        near-duplicates in the index (reason "matches"), or at least one that belongs to a
        campaign (reason "campaign"), or it holds an unfilled merge field such as
        ``{{first_name}}`` (reason "merge_field", hard evidence on its own). Verified means an
        estimated Jaccard of at least the index's threshold on the signatures: LSH candidates
        below it are never counted or returned. Messages with fewer than 5 tokens after
        masking (``status`` "too_short") and empty ones are never matched. When ``ids`` are
        given, a message already indexed under the same id is not counted as its own match.
        """
        from .fingerprint import fingerprint_full
        from .shingling import check_texts

        texts = check_texts(texts)
        _single("ids", ids, "ids")
        if isinstance(metadata, (str, bytes, Mapping)):
            raise TypeError("metadata must be a sequence of mappings, one per text")
        m = len(texts)
        own = None
        if ids is None:
            ids = [str(i + 1) for i in range(m)]
        else:
            ids = list(ids)
            if len(ids) != m:
                raise ValueError(f"ids has {len(ids)} entries but there are {m} texts")
            # a message already indexed under the same id is not its own near-duplicate
            keys = [None if v is None else str(v) for v in ids]
            own = self._find_hashes(_hashes(keys), keys)
        metadata = None if metadata is None else list(metadata)
        fp = fingerprint_full(texts, metadata=metadata, config=self.config)
        sig = fp.signatures
        empty = (sig == np.uint32(0xFFFFFFFF)).all(axis=1) if m else np.zeros(0, dtype=bool)
        short = (fp.tokens < MIN_TOKENS) & ~empty
        ok = ~(empty | short)
        status = np.full(m, "ok", dtype=object)
        if not ok.all():
            status[short] = "too_short"
            status[empty] = "empty"
        matches, best_eq, senders, best, nb_off, nb_rows, nb_eq = self._answer(sig, ok, own)
        P = self.config.num_perm
        score = (best_eq / P).astype(np.float32)
        nb_sim = (nb_eq / P).astype(np.float32)
        campaign = self._camp_ids[best]
        merge = fp.merge_fields
        need = max(1, self.min_size - 1)
        templated = merge | (matches >= need) | (best >= 0)
        reason = np.full(m, None, dtype=object)
        if templated.any():
            reason[(best >= 0)] = "campaign"
            reason[(matches >= need)] = "matches"
            reason[merge] = "merge_field"
        # the result reads neighbours' ids and campaigns' templates when asked: from this
        # generation, whatever is written to (or refreshed into) this object afterwards
        return QueryResult(ids, templated, reason, score, matches, senders, campaign, status, merge,
                           nb_off, nb_rows, nb_sim, self._generation(), texts, metadata)

    def _columns(self):
        """The segments' arrays as tuples for the lookup kernel (numba compiles it once per
        segment count and caches it on disk; typed lists would cost a second per process).
        The count is padded with empty segments to a power of two, so only a handful of
        variants are ever compiled."""
        if self._typed is None:
            from ._kernels.index import sketch, sketch_words

            for seg in self.segments:
                seg.ensure_verified()
                if seg.sketch is None:
                    seg.sketch = _readonly(sketch(np.ascontiguousarray(seg.sig)))
            k = 1
            while k < len(self.segments):
                k *= 2
            pad = k - len(self.segments)
            P = self.config.num_perm
            # (every array read-only, as the mapped ones are: numba types a read-only array
            # apart from a writable one, and a tuple must hold one type to be indexed)
            sig0 = _readonly(np.zeros((0, P), np.uint32))
            col0 = _readonly(np.zeros((self.bands, 0), np.uint64))
            dir0 = _readonly(np.zeros((self.bands, 2), np.uint32))
            sk0 = _readonly(np.zeros((0, sketch_words(P)), np.uint64))
            self._typed = (tuple([s.sig for s in self.segments] + [sig0] * pad),
                           tuple([s.sketch for s in self.segments] + [sk0] * pad),
                           tuple([s.buckets for s in self.segments] + [col0] * pad),
                           tuple([s.dir for s in self.segments] + [dir0] * pad),
                           np.array([s.shift for s in self.segments] + [32] * pad, dtype=np.int64),
                           np.concatenate([self._bases, np.full(pad, len(self), np.int64)]),
                           tuple([s.sender_hash for s in self.segments] + [_readonly(np.zeros(0, np.uint64))] * pad))
        return self._typed

    def _verified(self, sig: np.ndarray, ok: np.ndarray, min_equal: int, run_cap: int, cap: int):
        """Verified (query row, global row, equal values) triples, query row ascending."""
        from ._kernels.index import lookup

        m = sig.shape[0]
        if not self.segments or m == 0:
            z = np.zeros(0, np.int64)
            return z, z, z
        sigs, sks, buckets, dirs, shifts, bases, shs = self._columns()
        rows_out = np.empty((m, cap), dtype=np.int64)
        eq_out = np.empty((m, cap), dtype=np.int32)
        cnt = np.empty(m, dtype=np.int64)
        lookup(sig, ok, np.full(m, -1, np.int64), self.rows, sigs, sks, buckets, dirs, shifts, shs, bases,
               min_equal, run_cap, cap,
               rows_out, eq_out, cnt)
        qi, ci = np.nonzero(np.arange(cap)[None, :] < cnt[:, None])
        return qi.astype(np.int64), rows_out[qi, ci], eq_out[qi, ci].astype(np.int64)

    def _answer(self, sig: np.ndarray, ok: np.ndarray, skip: np.ndarray | None = None):
        """Per-query arrays from the answer kernel, neighbours as CSR."""
        from ._kernels.index import answer, answer_parallel

        m = sig.shape[0]
        # every output row is written by the kernel (zeros for rows it skips)
        matches = np.empty(m, np.int32)
        best_eq = np.empty(m, np.int32)
        senders = np.empty(m, np.int32)
        best = np.empty(m, np.int32)
        nb_rows = np.empty((m, MAX_NEIGHBORS), np.int64)
        nb_eq = np.empty((m, MAX_NEIGHBORS), np.int32)
        nb_n = np.empty(m, np.int32)
        if self.segments and m:
            sigs, sks, buckets, dirs, shifts, bases, shs = self._columns()
            kernel = answer if m < 256 else answer_parallel
            if skip is None:
                skip = np.full(m, -1, np.int64)
            kernel(sig, ok, skip, self.rows, sigs, sks, buckets, dirs, shifts, shs, bases, self.camp, self._min_equal,
                   RUN_CAP, MAX_CANDIDATES, matches, best_eq, senders, best, nb_rows, nb_eq, nb_n)
        else:
            matches[:] = best_eq[:] = senders[:] = nb_n[:] = 0
            best[:] = -1
        nb_off = np.zeros(m + 1, dtype=np.int64)
        np.cumsum(nb_n, out=nb_off[1:])
        if m == 1:
            k = int(nb_n[0])
            return matches, best_eq, senders, best, nb_off, nb_rows[0, :k], nb_eq[0, :k]
        keep = np.arange(MAX_NEIGHBORS)[None, :] < nb_n[:, None]
        return matches, best_eq, senders, best, nb_off, nb_rows[keep], nb_eq[keep]

    # --------------------------------------------------------------- information

    def info(self) -> dict:
        """One JSON-able object describing the index."""
        m = self.manifest
        files = [s["bytes"] for s in m["segments"]] + [m["state"]["bytes"]]
        n = len(self)
        for seg in self.segments:
            seg.c.verify(("sent_at",))
        sent = self._all("sent_at")
        sent = sent[sent != NO_TIME]
        fp_bytes = sum(int(s.sig.nbytes + s.buckets.nbytes + s.dir.nbytes + s.flags.nbytes
                           + (s.sketch.nbytes if s.sketch is not None else 0)) for s in self.segments)
        fp_bytes += int(self.root.nbytes + self.camp.nbytes)
        return {
            "path": os.path.abspath(self.path), "format": m["format"], "config": m["config"],
            "num_perm": m["num_perm"], "seed": m["seed"], "bands": m["bands"], "rows": m["rows"],
            "threshold": m["threshold"], "min_size": m["min_size"], "store_text": m["store_text"],
            "messages": n, "campaigns": int(self._camp_size.shape[0]),
            "in_campaigns": int(self._camp_size.sum()),
            "segments": len(self.segments), "generation": m["generation"],
            "bytes": int(sum(files)),
            "fingerprint_bytes_per_message": round(fp_bytes / n, 1) if n else None,
            "first_sent_at": _format_time(int(sent.min())) if sent.size else None,
            "last_sent_at": _format_time(int(sent.max())) if sent.size else None,
            "created_at": m["created_at"], "updated_at": m["updated_at"],
        }

    def verify(self) -> dict:
        """Check every checksum of every file; raises :class:`IndexFormatError` naming the file."""
        for seg in self.segments:
            seg.c.verify()
        self._state.verify()
        return {"ok": True, "files": len(self.segments) + 1, "messages": len(self)}

"""Texts to one UTF-8 buffer plus offsets, and the shingle hashes of each message (numba)."""
from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import numpy as np

from . import _tables as T
from .config import DEFAULT_CONFIG, Config
from .lexicons import lexicon_table


def check_texts(texts) -> list[str]:
    """A list of the texts; a non-str element is a TypeError naming its index."""
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be a sequence of str, not a single " + type(texts).__name__)
    out = list(texts)
    if set(map(type, out)) <= {str}:   # the common case, without a Python loop
        return out
    for i, t in enumerate(out):
        if not isinstance(t, str):
            raise TypeError(f"texts[{i}] must be a str, got {type(t).__name__}")
    return out


def encode(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(uint8 buffer, int64 offsets[n+1]) of the texts' UTF-8 bytes; lone surrogates become U+FFFD.

    Each text is encoded on its own (faster than encoding one joined string, which Python
    widens to the widest character of any text) and the bytes are joined once.
    """
    n = len(texts)
    try:
        parts = list(map(str.encode, texts))
    except UnicodeEncodeError:
        from .masking import _SURROGATES

        parts = [t.encode() if t.isascii() else _SURROGATES.sub("\ufffd", t).encode() for t in texts]
    offsets = np.zeros(n + 1, dtype=np.int64)
    if n:
        np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=n), out=offsets[1:])
    return np.frombuffer(b"".join(parts), dtype=np.uint8), offsets


def prepare_encode(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Masking step 1 and encoding together: (buffer, offsets, indexes holding a merge field).

    All texts are encoded at once and prepared by the numba step (:mod:`._kernels.prepare`);
    the few it leaves to Python (:func:`mass_msg_detect.masking.prepare`) are prepared there,
    re-encoded and spliced back. Equal to encoding ``[prepare(t).text for t in texts]``.
    """
    from ._kernels.prepare import PY, fast_prepare_many
    from ._kernels.tokenize import splice
    from .masking import prepare

    buf, offsets = encode(texts)
    if not len(texts):
        return buf, offsets, []
    status, buf, offsets = fast_prepare_many(buf, offsets, *prepare_tables())
    py = np.flatnonzero(status == PY)
    merged = []
    if len(py):
        new = []
        for i in py.tolist():
            p = prepare(texts[i], surrogates=False)
            if p.merge_field:
                merged.append(i)
            new.append(p.text)
        nbuf, noff = encode(new)
        buf, offsets = splice(buf, offsets, py.astype(np.int64), nbuf, noff)
    return buf, offsets, merged


@functools.lru_cache(maxsize=1)
def _placeholder_tables():
    from .lexicons import fnv1a64

    ph_hash = np.array([fnv1a64(p.encode()) for p in T.PLACEHOLDERS], dtype=np.uint64)
    parts = [("{" + p + "}").encode() for p in T.PLACEHOLDERS]
    # 16 bytes of slack: the kernel copies placeholders in 16-byte blocks
    ph_bytes = np.frombuffer(b"".join(parts) + bytes(16), dtype=np.uint8).copy()
    ph_off = np.zeros(len(parts) + 1, dtype=np.int64)
    np.cumsum([len(p) for p in parts], out=ph_off[1:])
    return ph_hash, ph_bytes, ph_off


def _cache_path():
    """Where built tables are kept between processes (``$XDG_CACHE_HOME/mass-msg-detect``)."""
    import os
    import unicodedata
    from importlib import resources

    import xxhash

    from .config import MASKING_VERSION
    from .lexicons import LEXICON_FILES

    h = xxhash.xxh64(f"{MASKING_VERSION}|{unicodedata.unidata_version}|{np.__version__}".encode())
    h.update(T.__file__.encode())
    for name in sorted(LEXICON_FILES):
        h.update(resources.files("mass_msg_detect").joinpath("data", name).read_bytes())
    # the table rules, and the code of the lexicon keys (the token hash)
    from . import lexicons
    from ._kernels import hashing

    for mod in (T, lexicons, hashing):
        with open(mod.__file__, "rb") as fh:
            h.update(fh.read())
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "mass-msg-detect", f"tables-{h.hexdigest()}.npz")


_TABLE_NAMES = ("cls", "low", "keys", "vals", "nfkc")


@functools.lru_cache(maxsize=1)
def _built_tables():
    """Unicode and lexicon tables, loaded from the disk cache or built (and cached) once.

    The cache file is keyed by the masking version, the Unicode database version and the
    contents of the lexicons, of the table rules and of the token hash's code (lexicons.py and
    _kernels/hashing.py); it is plain .npz (no pickle), written to a temporary file and renamed.
    An unreadable or unwritable cache is ignored.
    """
    import os

    path = None
    try:
        path = _cache_path()
        with np.load(path, allow_pickle=False) as z:
            got = tuple(z[k] for k in _TABLE_NAMES)
        if got[0].shape == (0x10000,) and got[1].shape == (0x10000,) and got[2].shape == got[3].shape \
                and got[4].shape == (T.NFKC_TABLE_SIZE,):
            return got
    except (OSError, ValueError, KeyError):
        pass
    cls, low = T.unicode_tables()
    keys, vals = lexicon_table()
    tables = (cls, low, keys, vals, T.nfkc_unsafe_table())
    if path is not None:
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp.npz"
            np.savez(tmp, **dict(zip(_TABLE_NAMES, tables)))
            os.replace(tmp, path)
        except OSError:
            pass
    return tables


def nfkc_table() -> np.ndarray:
    return _built_tables()[4]


@functools.lru_cache(maxsize=1)
def entity_table():
    """HTML5 named references that stand for one code point, for :mod:`._kernels.prepare`:
    (uint64 FNV-1a keys of the names without ``;``, open addressing; int32 code points;
    uint8 name bytes; int64 name offsets per slot)."""
    import html.entities

    from .lexicons import fnv1a64

    names = sorted(k[:-1] for k, v in html.entities.html5.items()
                   if k.endswith(";") and len(v) == 1 and k[:-1].isascii() and k[:-1].isalnum()
                   and len(k) <= 33)
    size = 1 << (2 * len(names)).bit_length()
    keys = np.zeros(size, dtype=np.uint64)
    vals = np.zeros(size, dtype=np.int32)
    slot_name = [b""] * size
    for name in names:
        h = fnv1a64(name.encode())
        j = h & (size - 1)
        while keys[j]:
            j = (j + 1) & (size - 1)
        keys[j] = h
        vals[j] = ord(html.entities.html5[name + ";"])
        slot_name[j] = name.encode()
    off = np.zeros(size + 1, dtype=np.int64)
    np.cumsum([len(x) for x in slot_name], out=off[1:])
    return keys, vals, np.frombuffer(b"".join(slot_name), dtype=np.uint8).copy(), off


def prepare_tables():
    """What :mod:`._kernels.prepare` reads: the NFKC-unsafe table and :func:`entity_table`."""
    return (nfkc_table(), *entity_table())


def engine_tables():
    """Everything the tokenizer reads besides the text: Unicode tables, lexicon, placeholders."""
    cls, low, keys, vals, _ = _built_tables()
    ph_hash, ph_bytes, ph_off = _placeholder_tables()
    return cls, low, keys, vals, ph_hash, ph_bytes, ph_off


_META_KEYS = ("recipient_name", "recipient_title", "recipient_company")


def meta_arrays(metadata: Sequence[Mapping] | None, n: int, columns=None):
    """Metadata phrases of every message as flat arrays for the kernel (four fields a
    message: name, title, company and :func:`plural_title`).

    ``columns``: instead of ``metadata``, three aligned lists (recipient_name,
    recipient_title, recipient_company; str or None), as the CLI reads them.
    """
    if columns is not None:
        if any(len(c) != n for c in columns):
            raise ValueError("metadata columns must hold one value per text")
        values = []
        for trio in zip(*columns):
            values.extend(v if type(v) is str else "" for v in trio)
            values.append(plural_title(values[-2]))
        return _meta_from_values(values, n)
    if metadata is None:
        z = np.zeros(0, dtype=np.int64)
        return np.zeros(0, dtype=np.uint64), z, z, np.zeros(0, dtype=np.uint8), np.zeros(n + 1, dtype=np.int64)
    if isinstance(metadata, (str, bytes, Mapping)):
        raise TypeError("metadata must be a sequence of mappings, one per text")
    metadata = list(metadata)
    if len(metadata) != n:
        raise ValueError(f"metadata has {len(metadata)} entries but there are {n} texts")
    values = []
    append = values.append
    for i, m in enumerate(metadata):
        if m is None:
            values.extend(("", "", "", ""))
            continue
        if type(m) is not dict and not isinstance(m, Mapping):
            raise TypeError(f"metadata[{i}] must be a mapping or None, got {type(m).__name__}")
        get = m.get
        for k in _META_KEYS:
            v = get(k)
            append(v if type(v) is str else "")
        append(plural_title(values[-2]))
    return _meta_from_values(values, n)


def plural_title(title) -> str:
    """The recipient's title as a mail merge writes its plural, "{title}s" ("Data
    Scientists", "Head of Engineerings"), or "" when it does not end in a letter."""
    return title + "s" if type(title) is str and title[-1:].isalpha() else ""


def _meta_from_values(values: list, n: int):
    from ._kernels.rules import NEEDS_CAP
    from ._kernels.tokenize import meta_sequences, token_hashes_kernel

    buf, off, _ = prepare_encode(values)
    cls, low, keys, vals, ph_hash, _, _ = engine_tables()
    hv, toff, lx = token_hashes_kernel(buf, off, cls, low, keys, vals, ph_hash)
    seq_start, seq_len, seq_type, meta_off = meta_sequences(
        hv, toff, lx, n, T.SUFFIX, T.COMMON, T.NAME, T.TITLE, T.COMPANY, NEEDS_CAP)
    return hv, seq_start, seq_len, seq_type, meta_off


def _kind(config: Config) -> int:
    return 0 if config.shingle == "word" else 1


def shingle(texts: Sequence[str], *, metadata: Sequence[Mapping] | None = None,
            config: Config | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Shingle hashes of every message, masking included, as CSR.

    Returns ``(hashes, offsets)``: uint32[nnz] and int64[n+1]; message i's shingle hashes
    are ``hashes[offsets[i]:offsets[i+1]]`` in text order (repeats kept), each the XXH32
    (seed 0) of the shingle's UTF-8 bytes. Feed them to :func:`mass_msg_detect.minhash`.
    """
    hashes, offsets, _, _, _, _ = _shingle_full(texts, metadata, config)
    return hashes, offsets


def masked_streams(texts: Sequence[str], *, metadata: Sequence[Mapping] | None = None,
                   config: Config | None = None, template: bool = False) -> list[str]:
    """The masked token stream of every message as the kernel wrote it (tokens joined by spaces).

    ``template``: the streams template reconstruction reads, which differ in two things: a run
    of one placeholder type that a sentence break parts (a line break, or a full stop,
    question or exclamation mark with white space) stays two placeholders ("introduce
    {COMPANY}. {COMPANY} helps"), and the title rule takes only runs whose first word is
    capitalised (or a text without case), so "a fellow member of" and "a specialist executive
    search practice" stay words (metadata titles match whatever their case). Shingles are
    always cut from the streams without it."""
    _, _, text, toff, _, _ = _shingle_full(texts, metadata, config, template)
    return decode_parts(text, toff)


def masked_streams_prepared(texts: Sequence[str], *, metadata: Sequence[Mapping] | None = None,
                            config: Config | None = None) -> tuple[list[str], list[str]]:
    """(:func:`masked_streams`, the prepared texts): each text after masking step 1
    (:func:`mass_msg_detect.masking.prepare`), as the kernel read it, from the same pass."""
    text, toff, buf, offsets = masked_streams_raw(texts, metadata=metadata, config=config)
    return decode_parts(text, toff), decode_parts(buf, offsets)


def masked_streams_raw(texts: Sequence[str], *, metadata: Sequence[Mapping] | None = None,
                       config: Config | None = None, template: bool = False
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """:func:`masked_streams_prepared` as UTF-8 CSR arrays, not decoded: (streams, their
    offsets, prepared texts, their offsets); :func:`decode_parts` gives the strings.
    ``template``: as :func:`masked_streams`."""
    return _shingle_full(texts, metadata, config, template)[2:]


def decode_parts(buf: np.ndarray, offsets: np.ndarray, a: int = 0, b: int | None = None) -> list[str]:
    """Parts ``a..b-1`` of UTF-8 CSR arrays (all by default) as strings."""
    b = len(offsets) - 1 if b is None else b
    off = offsets[a:b + 1].tolist()
    raw = buf[off[0]:off[-1]].tobytes() if off else b""
    base = off[0] if off else 0
    return [raw[off[i] - base:off[i + 1] - base].decode("utf-8") for i in range(len(off) - 1)]


def _shingle_full(texts, metadata, config, template=False):
    """The shingle kernel's (hashes, offsets, streams, stream offsets) and the prepared texts'
    (buffer, offsets) it read (``template``: see :func:`masked_streams`)."""
    from ._kernels.tokenize import shingle_kernel

    config = config or DEFAULT_CONFIG
    texts = check_texts(texts)
    buf, offsets, _ = prepare_encode(texts)
    mh, ss, sl, st, mo = meta_arrays(metadata, len(texts))
    return (*shingle_kernel(buf, offsets, *engine_tables(), mh, ss, sl, st, mo, _kind(config), config.n,
                            bool(template)),
            buf, offsets)

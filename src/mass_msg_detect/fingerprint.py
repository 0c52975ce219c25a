"""The whole pipeline in one call: texts -> masked shingles -> MinHash signatures."""
from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numba
import numpy as np

from .config import DEFAULT_CONFIG, Config
from .minhash import permutations
from .shingling import _kind, check_texts, encode, engine_tables, meta_arrays, prepare_tables


CHUNK = 8192
"""Messages fingerprinted per kernel call."""
THREAD_CHUNK = 4096
"""Messages per task when large inputs are spread over Python threads."""


class Fingerprints(NamedTuple):
    signatures: np.ndarray   # uint32[n, num_perm]
    tokens: np.ndarray       # int64[n]: tokens left after masking (runs of a placeholder count once)
    merge_fields: np.ndarray  # bool[n]: the text held an unfilled merge field


def fingerprint_full(texts: Sequence[str], *, metadata: Sequence[Mapping] | None = None,
                     config: Config | None = None, meta_columns=None) -> Fingerprints:
    """Signatures plus what the campaign stage needs to judge them (token counts, merge fields).

    ``meta_columns``: the metadata as three aligned lists (name, title, company) instead of
    one mapping per text.
    """
    from ._kernels.tokenize import SERIAL_BELOW, fingerprint_kernel, fingerprint_kernel_serial
    from .masking import prepare

    config = config or DEFAULT_CONFIG
    if not isinstance(config, Config):
        raise TypeError(f"config must be a mass_msg_detect.Config, got {type(config).__name__}")
    texts = check_texts(texts)
    if metadata is not None:
        if isinstance(metadata, (str, bytes, Mapping)):
            raise TypeError("metadata must be a sequence of mappings, one per text")
        metadata = list(metadata)
        if len(metadata) != len(texts):
            raise ValueError(f"metadata has {len(metadata)} entries but there are {len(texts)} texts")
    n = len(texts)
    a, b = permutations(config.num_perm, config.seed)
    tables = engine_tables()
    prep = prepare_tables()
    sig = np.empty((n, config.num_perm), dtype=np.uint32)
    ntok = np.empty(n, dtype=np.int64)
    merge = np.zeros(n, dtype=bool)
    kind = _kind(config)

    def run(s: int, e: int, serial: bool) -> None:
        """Messages s:e: encoded, fingerprinted (prepared in the kernel where it can)."""
        chunk = texts[s:e]
        buf, offsets = encode(chunk)
        cols = None if meta_columns is None else [c[s:e] for c in meta_columns]
        meta = None if metadata is None else metadata[s:e]
        m = meta_arrays(meta, e - s, cols)
        kernel = fingerprint_kernel_serial if serial or e - s < SERIAL_BELOW else fingerprint_kernel
        py = kernel(buf, offsets, *tables, *m, kind, config.n, a, b, prep, True, sig[s:e], ntok[s:e])
        if py.any():
            # the few texts the kernel leaves to the Python preparation step (merge fields,
            # unusual HTML or Unicode): prepared here and fingerprinted without the check
            idx = np.flatnonzero(py)
            prepared = [prepare(chunk[i], surrogates=False) for i in idx.tolist()]
            merge[s + idx] = [p.merge_field for p in prepared]
            pbuf, poff = encode([p.text for p in prepared])
            pm = meta_arrays(None if meta is None else [meta[i] for i in idx.tolist()], len(idx),
                             None if cols is None else [[c[i] for i in idx.tolist()] for c in cols])
            psig = np.empty((len(idx), config.num_perm), dtype=np.uint32)
            pntok = np.empty(len(idx), dtype=np.int64)
            kernel = fingerprint_kernel_serial if serial or len(idx) < SERIAL_BELOW else fingerprint_kernel
            kernel(pbuf, poff, *tables, *pm, kind, config.n, a, b, prep, False, psig, pntok)
            sig[s + idx] = psig
            ntok[s + idx] = pntok

    threads = numba.get_num_threads()
    if threads > 1 and n >= 2 * THREAD_CHUNK:
        # One Python thread per numba thread, each encoding its chunk (which holds the GIL)
        # and then running the single-threaded kernel (which releases it): the encoding of
        # one chunk overlaps the kernels of the others.
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(threads) as pool:
            for f in [pool.submit(run, s, min(n, s + THREAD_CHUNK), True) for s in range(0, n, THREAD_CHUNK)]:
                f.result()
    else:
        # Chunks keep the UTF-8 buffer and the scratch arrays in cache and bound memory. On one
        # thread the serial kernel over THREAD_CHUNK messages is the faster (measured 3.5-3.7
        # against 4.2-4.4 us/msg for the parallel kernel on one thread over CHUNK messages).
        serial = threads == 1
        step = THREAD_CHUNK if serial else CHUNK
        for s in range(0, n, step):
            run(s, min(n, s + step), serial)
    return Fingerprints(sig, ntok, merge)


@functools.lru_cache(maxsize=8)
def _one_setup(config: Config):
    """What :func:`fingerprint_one` passes to the kernel besides the text, per config."""
    a, b = permutations(config.num_perm, config.seed)
    return engine_tables(), prepare_tables(), a, b, _kind(config), meta_arrays(None, 1)


def fingerprint_one(text: str, metadata: Mapping | None = None, *,
                    config: Config | None = None) -> Fingerprints:
    """``fingerprint_full([text], metadata=[metadata], config=config)`` for one message, without
    the batch's set-up (the lookup of tables, thread counts and scratch arrays costs more than
    the kernel for a single message: this is what ``Index.query`` calls). Texts the kernel
    leaves to the Python preparation step go through :func:`fingerprint_full`."""
    from ._kernels.tokenize import fingerprint_kernel_serial

    config = config or DEFAULT_CONFIG
    if type(text) is not str:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        text = str(text)
    try:
        raw = text.encode()
    except UnicodeEncodeError:
        return fingerprint_full([text], metadata=None if metadata is None else [metadata], config=config)
    tables, prep, a, b, kind, meta0 = _one_setup(config)
    m = meta0 if metadata is None else meta_arrays([metadata], 1)
    sig = np.empty((1, config.num_perm), dtype=np.uint32)
    ntok = np.empty(1, dtype=np.int64)
    offsets = np.array([0, len(raw)], dtype=np.int64)
    py = fingerprint_kernel_serial(np.frombuffer(raw, dtype=np.uint8), offsets, *tables, *m, kind, config.n,
                                   a, b, prep, True, sig, ntok)
    merge = np.zeros(1, dtype=bool)
    if py[0]:
        # left to the Python preparation step (merge fields, unusual HTML or Unicode), as in
        # fingerprint_full
        from .masking import prepare

        p = prepare(text, surrogates=False)
        merge[0] = p.merge_field
        raw = p.text.encode()
        offsets[1] = len(raw)
        fingerprint_kernel_serial(np.frombuffer(raw, dtype=np.uint8), offsets, *tables, *m, kind, config.n,
                                  a, b, prep, False, sig, ntok)
    return Fingerprints(sig, ntok, merge)


def fingerprint(texts: Sequence[str], *, metadata: Sequence[Mapping] | None = None,
                config: Config | None = None) -> np.ndarray:
    """MinHash signatures of texts, masking included.

    Parameters
    ----------
    texts : sequence of str
    metadata : optional sequence of mappings (one per text, or None) with
        ``recipient_name``, ``recipient_title``, ``recipient_company``.
    config : :class:`Config`, default ``Config()`` (word bigrams, 128 permutations, seed 1).

    Returns
    -------
    uint32[n, num_perm]. Row i equals ``minhash(*shingle(texts, ...))[i]``, and datasketch's
    ``MinHash(num_perm, seed, hashfunc=lambda x: x)`` fed the same shingle hashes. Texts with
    no tokens get all 0xFFFFFFFF (see :func:`is_empty`).
    """
    return fingerprint_full(texts, metadata=metadata, config=config).signatures

"""MinHash signatures bit-exact with datasketch 2.x ``MinHash(scheme="affine32")``."""
from __future__ import annotations

import functools

import numpy as np

EMPTY_VALUE = np.uint32(0xFFFFFFFF)


def permutations(num_perm: int = 128, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's draws of (a, b) for "affine32": odd a, any b, from ``RandomState(seed)``.

    The same arithmetic as ``datasketch.MinHash._init_permutations``, without importing it.
    """
    # (checked before the cache: 64.0 equals 64 there)
    if isinstance(num_perm, bool) or not isinstance(num_perm, (int, np.integer)) or num_perm < 1:
        raise ValueError(f"num_perm must be a positive integer, got {num_perm!r}")
    return _permutations(int(num_perm), seed)


@functools.lru_cache(maxsize=32)
def _permutations(num_perm: int, seed) -> tuple[np.ndarray, np.ndarray]:
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    a.setflags(write=False)
    b.setflags(write=False)
    return a, b


def _check_csr(hashes, offsets) -> None:
    if not isinstance(hashes, np.ndarray) or hashes.ndim != 1 or hashes.dtype != np.uint32:
        got = f"{hashes.dtype} array of shape {hashes.shape}" if isinstance(hashes, np.ndarray) else type(hashes).__name__
        raise ValueError(f"hashes must be a 1-D uint32 array (shingle hashes), got {got}")
    if not isinstance(offsets, np.ndarray) or offsets.ndim != 1 or offsets.dtype != np.int64:
        got = f"{offsets.dtype} array of shape {offsets.shape}" if isinstance(offsets, np.ndarray) else type(offsets).__name__
        raise ValueError(f"offsets must be a 1-D int64 array of row starts (n + 1 values), got {got}")
    if offsets.shape[0] < 1:
        raise ValueError("offsets must hold at least one value (offsets[0] == 0)")
    if offsets[0] != 0:
        raise ValueError(f"offsets[0] must be 0, got {offsets[0]}")
    if offsets[-1] != hashes.shape[0]:
        raise ValueError(f"offsets[-1] must equal len(hashes) = {hashes.shape[0]}, got {offsets[-1]}")
    if offsets.shape[0] > 1 and np.any(np.diff(offsets) < 0):
        k = int(np.argmax(np.diff(offsets) < 0))
        raise ValueError(f"offsets must be non-decreasing; offsets[{k + 1}] = {offsets[k + 1]} < offsets[{k}] = {offsets[k]}")


def minhash(hashes: np.ndarray, offsets: np.ndarray, num_perm: int = 128, seed: int = 1) -> np.ndarray:
    """MinHash signature of every CSR row.

    Parameters
    ----------
    hashes : uint32[nnz]
        32-bit shingle hashes, rows concatenated.
    offsets : int64[n + 1]
        Row i is ``hashes[offsets[i]:offsets[i+1]]``; offsets[0] == 0, non-decreasing,
        offsets[-1] == len(hashes).
    num_perm, seed :
        As datasketch's ``MinHash``.

    Returns
    -------
    uint32[n, num_perm], C-contiguous: row i equals datasketch 2.x
    ``MinHash(num_perm, seed=seed, hashfunc=lambda x: x)`` after ``update_batch(row)``;
    an empty row is all 0xFFFFFFFF.
    """
    from ._kernels.minhash import minhash_csr

    _check_csr(hashes, offsets)
    a, b = permutations(num_perm, seed)
    hashes = np.ascontiguousarray(hashes)
    offsets = np.ascontiguousarray(offsets)
    return minhash_csr(hashes, offsets, a, b)


def is_empty(signatures: np.ndarray) -> np.ndarray:
    """bool[n]: rows of messages with no tokens (all 0xFFFFFFFF)."""
    sig = np.asarray(signatures)
    if sig.ndim != 2:
        raise ValueError(f"signatures must be a 2-D array (n, num_perm), got shape {sig.shape}")
    return np.all(sig == EMPTY_VALUE, axis=1)


def to_lean_minhash(signature: np.ndarray, seed: int = 1):
    """A datasketch ``LeanMinHash`` holding one signature row."""
    from datasketch import LeanMinHash

    row = np.asarray(signature, dtype=np.uint32)
    if row.ndim != 1:
        raise ValueError(f"one signature row expected, got shape {row.shape}")
    return LeanMinHash(seed=seed, hashvalues=row, scheme="affine32")


def from_minhash(minhashes) -> np.ndarray:
    """Signatures (uint32[n, num_perm]) from datasketch ``MinHash``/``LeanMinHash`` objects ("affine32")."""
    rows = []
    for k, m in enumerate(minhashes):
        scheme = getattr(m, "scheme", None)
        if scheme != "affine32":
            raise ValueError(f"minhashes[{k}] uses scheme {scheme!r}; only 'affine32' signatures are compatible")
        rows.append(np.asarray(m.hashvalues, dtype=np.uint32))
    if not rows:
        raise ValueError("no MinHash given")
    if len({r.shape[0] for r in rows}) != 1:
        raise ValueError("all MinHashes must have the same num_perm")
    return np.ascontiguousarray(np.stack(rows))

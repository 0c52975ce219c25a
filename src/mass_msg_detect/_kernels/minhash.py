"""MinHash signatures, datasketch "affine32" arithmetic: min_k(a_k * fmix32(h) + b_k mod 2**32)."""
import numba as nb
import numpy as np

from .hashing import fmix32

EMPTY = np.uint32(0xFFFFFFFF)


@nb.njit(cache=True, _nrt=False)
def minhash_row(hashes, start, end, a, b, out):
    """Fold ``hashes[start:end]`` into ``out`` (which the caller filled with 0xFFFFFFFF)."""
    num_perm = a.shape[0]
    for j in range(start, end):
        x = fmix32(hashes[j])
        for k in range(num_perm):
            v = np.uint32(a[k] * x + b[k])
            if v < out[k]:
                out[k] = v


@nb.njit(parallel=True, cache=True)
def minhash_csr(hashes, offsets, a, b):
    n = offsets.shape[0] - 1
    num_perm = a.shape[0]
    out = np.empty((n, num_perm), dtype=np.uint32)
    for i in nb.prange(n):
        row = out[i]
        row[:] = EMPTY
        minhash_row(hashes, offsets[i], offsets[i + 1], a, b, row)
    return out

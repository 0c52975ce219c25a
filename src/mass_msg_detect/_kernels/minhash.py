"""MinHash signatures, datasketch "affine32" arithmetic: min_k(a_k * fmix32(h) + b_k mod 2**32)."""
import numba as nb
import numpy as np

from .hashing import fmix32

EMPTY = np.uint32(0xFFFFFFFF)


@nb.njit(cache=True, _nrt=False)
def minhash_row(hashes, start, end, a, b, out):
    """Fold ``hashes[start:end]`` into ``out`` (which the caller filled with 0xFFFFFFFF).

    Eight hashes at a time: each permutation's (a, b) and running minimum are loaded once per
    eight hashes and the minimum is taken without a branch, so the loop over permutations is
    vectorised; then the last few hashes one at a time."""
    num_perm = a.shape[0]
    j = start
    while j + 8 <= end:
        x0 = fmix32(hashes[j])
        x1 = fmix32(hashes[j + 1])
        x2 = fmix32(hashes[j + 2])
        x3 = fmix32(hashes[j + 3])
        x4 = fmix32(hashes[j + 4])
        x5 = fmix32(hashes[j + 5])
        x6 = fmix32(hashes[j + 6])
        x7 = fmix32(hashes[j + 7])
        for k in range(num_perm):
            ak = a[k]
            bk = b[k]
            m0 = min(min(np.uint32(ak * x0 + bk), np.uint32(ak * x1 + bk)),
                     min(np.uint32(ak * x2 + bk), np.uint32(ak * x3 + bk)))
            m1 = min(min(np.uint32(ak * x4 + bk), np.uint32(ak * x5 + bk)),
                     min(np.uint32(ak * x6 + bk), np.uint32(ak * x7 + bk)))
            out[k] = min(out[k], min(m0, m1))
        j += 8
    while j < end:
        x = fmix32(hashes[j])
        for k in range(num_perm):
            out[k] = min(out[k], np.uint32(a[k] * x + b[k]))
        j += 1


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

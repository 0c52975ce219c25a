"""XXH32 (bit-exact with ``xxhash.xxh32_intdigest``), FNV-1a 64 and the fmix32 finaliser.

All arithmetic is done in uint64 and masked to 32 bits, so numba's widening of
uint32 products cannot change the result.
"""
import numba as nb
import numpy as np

_M32 = np.uint64(0xFFFFFFFF)
P1 = np.uint64(0x9E3779B1)
P2 = np.uint64(0x85EBCA77)
P3 = np.uint64(0xC2B2AE3D)
P4 = np.uint64(0x27D4EB2F)
P5 = np.uint64(0x165667B1)

FNV_OFFSET = np.uint64(0xCBF29CE484222325)
FNV_PRIME = np.uint64(0x100000001B3)


@nb.njit(inline="always", cache=True)
def _rotl(x, r):
    x = x & _M32
    return ((x << np.uint64(r)) | (x >> np.uint64(32 - r))) & _M32


@nb.njit(inline="always", cache=True)
def _read32(buf, i):
    return (np.uint64(buf[i]) | (np.uint64(buf[i + 1]) << np.uint64(8))
            | (np.uint64(buf[i + 2]) << np.uint64(16)) | (np.uint64(buf[i + 3]) << np.uint64(24)))


@nb.njit(inline="always", cache=True)
def _round(v, lane):
    v = (v + lane * P2) & _M32
    v = _rotl(v, 13)
    return (v * P1) & _M32


@nb.njit(cache=True, _nrt=False)
def xxh32(buf, start, end, seed):
    """XXH32 of ``buf[start:end]`` (uint8) with ``seed``; returns a uint32."""
    length = end - start
    i = start
    s = np.uint64(seed) & _M32
    if length >= 16:
        v1 = (s + P1 + P2) & _M32
        v2 = (s + P2) & _M32
        v3 = s
        v4 = (s - P1) & _M32
        limit = end - 16
        while i <= limit:
            v1 = _round(v1, _read32(buf, i))
            v2 = _round(v2, _read32(buf, i + 4))
            v3 = _round(v3, _read32(buf, i + 8))
            v4 = _round(v4, _read32(buf, i + 12))
            i += 16
        h = (_rotl(v1, 1) + _rotl(v2, 7) + _rotl(v3, 12) + _rotl(v4, 18)) & _M32
    else:
        h = (s + P5) & _M32
    h = (h + np.uint64(length)) & _M32
    while i + 4 <= end:
        h = (h + _read32(buf, i) * P3) & _M32
        h = (_rotl(h, 17) * P4) & _M32
        i += 4
    while i < end:
        h = (h + np.uint64(buf[i]) * P5) & _M32
        h = (_rotl(h, 11) * P1) & _M32
        i += 1
    h ^= h >> np.uint64(15)
    h = (h * P2) & _M32
    h ^= h >> np.uint64(13)
    h = (h * P3) & _M32
    h ^= h >> np.uint64(16)
    return np.uint32(h)


@nb.njit(cache=True)
def xxh32_many(buf, offsets, seed):
    """XXH32 of every segment ``buf[offsets[i]:offsets[i+1]]``."""
    n = offsets.shape[0] - 1
    out = np.empty(n, dtype=np.uint32)
    for k in range(n):
        out[k] = xxh32(buf, offsets[k], offsets[k + 1], seed)
    return out


@nb.njit(inline="always", cache=True)
def fnv1a64_step(h, byte):
    return (h ^ np.uint64(byte)) * FNV_PRIME


@nb.njit(cache=True)
def fnv1a64_many(buf, offsets):
    """FNV-1a 64 of every segment: the key of lexicon and metadata lookups."""
    n = offsets.shape[0] - 1
    out = np.empty(n, dtype=np.uint64)
    for k in range(n):
        h = FNV_OFFSET
        for i in range(offsets[k], offsets[k + 1]):
            h = fnv1a64_step(h, buf[i])
        out[k] = h
    return out


@nb.njit(inline="always", cache=True)
def fmix32(h):
    """MurmurHash3's 32-bit finaliser (datasketch's "affine32" pre-mix)."""
    h = np.uint32(h)
    h ^= h >> np.uint32(16)
    h = np.uint32(h * np.uint32(0x85EBCA6B))
    h ^= h >> np.uint32(13)
    h = np.uint32(h * np.uint32(0xC2B2AE35))
    h ^= h >> np.uint32(16)
    return h

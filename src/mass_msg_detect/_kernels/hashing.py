"""XXH32 (bit-exact with ``xxhash.xxh32_intdigest``), FNV-1a 64, the token hash and the fmix32
finaliser.

The scalar XXH32 does its arithmetic in uint64 masked to 32 bits; the lanes cast every result
back to uint32 (so LLVM keeps 32-bit vector lanes). Either way numba's widening of uint32
products cannot change the result.
"""
import numba as nb
import numpy as np

from .memory import load_u32

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
    return np.uint64(load_u32(buf, i))


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


# XXH32 of 16 spans at once, one span per vector lane. The words each lane needs are first
# gathered into ``stage`` (16 lanes x 8 words + 16 lengths) with scalar loads; then every lane
# runs the same fixed schedule (stripe round, 3 word steps, 3 byte steps, each kept or dropped by
# the lane's length), which LLVM turns into SIMD code with no branch on any length. Lanes of 32
# bytes or more are hashed by :func:`xxh32`. Seed 0 only (the shingle hash).
U32 = np.uint32
_Q1 = U32(0x9E3779B1)
_Q2 = U32(0x85EBCA77)
_Q3 = U32(0xC2B2AE3D)
_Q4 = U32(0x27D4EB2F)
_Q5 = U32(0x165667B1)
LANES = 16


@nb.njit(inline="always", cache=True)
def _rotl32(x, r):
    return U32((x << U32(r)) | (x >> U32(32 - r)))


@nb.njit(inline="always", cache=True)
def _round32(v, w):
    return U32(_rotl32(U32(v + U32(w * _Q2)), 13) * _Q1)


@nb.njit(inline="always", cache=True)
def _word32(h, w):
    return U32(_rotl32(U32(h + U32(w * _Q3)), 17) * _Q4)


@nb.njit(inline="always", cache=True)
def _byte32(h, c):
    return U32(_rotl32(U32(h + U32(c * _Q5)), 11) * _Q1)


@nb.njit(inline="always", cache=True)
def xxh32_lanes(buf, lanes, stage, hashes, h0, nl):
    """``hashes[h0 + l] = xxh32(buf, lanes[l], lanes[16 + l], 0)`` for ``l < nl``.

    ``lanes``: int64[32], span starts then ends; lanes ``nl:16`` must hold valid spans too (a
    copy of lane 0 will do): all 16 are computed. ``stage``: uint32[144] scratch. ``buf`` is
    read up to 32 bytes past each start, so it must have that slack."""
    for l in range(LANES):
        s = lanes[l]
        L = lanes[LANES + l] - s
        stage[l] = load_u32(buf, s)
        stage[16 + l] = load_u32(buf, s + 4)
        stage[32 + l] = load_u32(buf, s + 8)
        stage[48 + l] = load_u32(buf, s + 12)
        t = s + 16 if L >= 16 else s
        stage[64 + l] = load_u32(buf, t)
        stage[80 + l] = load_u32(buf, t + 4)
        stage[96 + l] = load_u32(buf, t + 8)
        stage[112 + l] = load_u32(buf, s + (L & ~np.int64(3)))
        stage[128 + l] = U32(L)
    for l in range(LANES):
        L = stage[128 + l]
        striped = L >= U32(16)
        v1 = _round32(U32(_Q1 + _Q2), stage[l])
        v2 = _round32(_Q2, stage[16 + l])
        v3 = _round32(U32(0), stage[32 + l])
        v4 = _round32(U32(U32(0) - _Q1), stage[48 + l])
        hs = U32(_rotl32(v1, 1) + _rotl32(v2, 7) + _rotl32(v3, 12) + _rotl32(v4, 18))
        h = U32((hs if striped else _Q5) + L)
        words = (L - (U32(16) if striped else U32(0))) >> U32(2)
        hn = _word32(h, stage[64 + l])
        h = hn if words > U32(0) else h
        hn = _word32(h, stage[80 + l])
        h = hn if words > U32(1) else h
        hn = _word32(h, stage[96 + l])
        h = hn if words > U32(2) else h
        tail = L & U32(3)
        w = stage[112 + l]
        hn = _byte32(h, w & U32(0xFF))
        h = hn if tail > U32(0) else h
        hn = _byte32(h, (w >> U32(8)) & U32(0xFF))
        h = hn if tail > U32(1) else h
        hn = _byte32(h, (w >> U32(16)) & U32(0xFF))
        h = hn if tail > U32(2) else h
        h ^= h >> U32(15)
        h = U32(h * _Q2)
        h ^= h >> U32(13)
        h = U32(h * _Q3)
        h ^= h >> U32(16)
        stage[l] = h
    for l in range(nl):
        if stage[128 + l] >= U32(32):
            hashes[h0 + l] = xxh32(buf, lanes[l], lanes[LANES + l], 0)
        else:
            hashes[h0 + l] = stage[l]


@nb.njit(inline="always", cache=True)
def hash_spans(buf, first, last, shift, count, hashes, lanes, stage):
    """``hashes[i] = xxh32(buf, first[i], last[i + shift], 0)`` for ``i < count``, 16 spans per
    :func:`xxh32_lanes` call (the lanes past the end repeat the group's first span). Word
    n-grams pass token starts and ends with ``shift = n - 1``, character n-grams the code
    point starts twice with ``shift = n``."""
    for g in range(0, count, LANES):
        nl = min(LANES, count - g)
        for l in range(LANES):
            i = g + l if l < nl else g
            lanes[l] = first[i]
            lanes[LANES + l] = last[i + shift]
        xxh32_lanes(buf, lanes, stage, hashes, g, nl)
    return count


@nb.njit(cache=True)
def xxh32_spans(buf, starts, ends, out):
    """XXH32 (seed 0) of every span ``buf[starts[i]:ends[i]]`` by :func:`hash_spans` (``buf``
    needs 32 bytes of slack past every start); the reference is :func:`xxh32`."""
    lanes = np.empty(2 * LANES, dtype=np.int64)
    stage = np.empty(9 * LANES, dtype=np.uint32)
    hash_spans(buf, starts, ends, 0, starts.shape[0], out, lanes, stage)


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


# The token hash: the key of lexicon and metadata lookups (never part of a signature). Blocks
# of 8 bytes, little-endian, the last one partial (0-7 bytes, zero-padded, present even when
# empty); each block: h = rotl64((h ^ block) * K, 31); then the length is XORed in. A word of up
# to 7 bytes is one multiply from its bytes (no two such words of one length share a hash), so
# the tokenizer hashes the 8 bytes it reads at once instead of chaining a multiply per byte
# (FNV-1a). The Python twin is :func:`mass_msg_detect.lexicons.token_hash`.
TOKEN_SEED = np.uint64(0x9E3779B97F4A7C15)
TOKEN_K = np.uint64(0x87C37B91114253D5)


@nb.njit(inline="always", cache=True)
def token_block(h, w):
    h = (h ^ w) * TOKEN_K
    return (h << np.uint64(31)) | (h >> np.uint64(33))


@nb.njit(inline="always", cache=True)
def token_final(h, length):
    return h ^ np.uint64(length)


@nb.njit(inline="always", cache=True)
def token_hash_bytes(buf, s, e, lower):
    """Token hash of ``buf[s:e]`` one byte at a time; with ``lower``, ASCII capitals are
    hashed as their lower-case letters."""
    h = TOKEN_SEED
    w = np.uint64(0)
    sh = np.uint64(0)
    for p in range(s, e):
        c = buf[p]
        if lower and 0x41 <= c <= 0x5A:
            c += 32
        w |= np.uint64(c) << sh
        sh += np.uint64(8)
        if sh == np.uint64(64):
            h = token_block(h, w)
            w = np.uint64(0)
            sh = np.uint64(0)
    return token_final(token_block(h, w), e - s)


@nb.njit(cache=True)
def token_hash_many(buf, offsets):
    """Token hash of every segment ``buf[offsets[i]:offsets[i+1]]``: the lexicon's keys."""
    n = offsets.shape[0] - 1
    out = np.empty(n, dtype=np.uint64)
    for k in range(n):
        out[k] = token_hash_bytes(buf, offsets[k], offsets[k + 1], False)
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

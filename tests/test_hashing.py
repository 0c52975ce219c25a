import numpy as np
import pytest
import xxhash

from mass_msg_detect._kernels.hashing import fnv1a64_many, xxh32, xxh32_many, xxh32_spans
from mass_msg_detect.lexicons import fnv1a64


@pytest.mark.parametrize("seed", [0, 1, 2**32 - 1])
def test_xxh32_matches_xxhash_all_lengths(rng, seed):
    for length in list(range(0, 70)) + [255, 1024, 4099]:
        data = rng.integers(0, 256, length, dtype=np.uint8)
        assert xxh32(data, 0, length, seed) == xxhash.xxh32_intdigest(data.tobytes(), seed=seed), length


def test_xxh32_on_slices_and_many(rng):
    data = rng.integers(0, 256, 500, dtype=np.uint8)
    offsets = np.array([0, 3, 3, 40, 41, 200, 500], dtype=np.int64)
    got = xxh32_many(data, offsets, 0)
    want = [xxhash.xxh32_intdigest(data[a:b].tobytes()) for a, b in zip(offsets[:-1], offsets[1:])]
    assert got.tolist() == want


def test_fnv1a64_kernel_matches_python(rng):
    data = rng.integers(0, 256, 300, dtype=np.uint8)
    offsets = np.array([0, 0, 1, 17, 300], dtype=np.int64)
    got = fnv1a64_many(data, offsets)
    want = [fnv1a64(data[a:b].tobytes()) for a, b in zip(offsets[:-1], offsets[1:])]
    assert got.tolist() == want
    assert fnv1a64(b"") == 0xCBF29CE484222325
    assert fnv1a64(b"a") == 0xAF63DC4C8601EC8C  # published FNV-1a 64 test vector


def test_xxh32_lanes_match_xxhash(rng):
    # 16 spans at a time: every length across the stripe, word and byte steps and the scalar
    # fallback (>= 32 bytes), at every alignment, in full and partial groups
    data = rng.integers(0, 256, 4096 + 32, dtype=np.uint8)   # 32 bytes of slack past the spans
    starts = rng.integers(0, 3900, 2000)
    lengths = np.concatenate([np.arange(0, 80), rng.integers(0, 40, 2000 - 80)])
    for n in (2000, 1, 15, 16, 17, 33):
        out = np.zeros(n, dtype=np.uint32)
        xxh32_spans(data, starts[:n], starts[:n] + lengths[:n], out)
        want = [xxhash.xxh32_intdigest(data[a:a + k].tobytes()) for a, k in zip(starts[:n], lengths[:n])]
        assert out.tolist() == want, n


def test_memory_intrinsics_match_byte_access(rng):
    import numba as nb

    from mass_msg_detect._kernels.memory import copy16, load_u32

    @nb.njit
    def loads(buf):
        out = np.empty(buf.shape[0] - 3, dtype=np.uint32)
        for i in range(out.shape[0]):
            out[i] = load_u32(buf, i)
        return out

    @nb.njit
    def copy(dst, d, src, s):
        copy16(dst, d, src, s)

    buf = rng.integers(0, 256, 64, dtype=np.uint8)
    want = [int.from_bytes(buf[i:i + 4].tobytes(), "little") for i in range(61)]
    assert loads(buf).tolist() == want
    for d, s in [(0, 0), (3, 17), (48, 1), (7, 48)]:
        dst = np.zeros(64, dtype=np.uint8)
        copy(dst, d, buf, s)
        expect = np.zeros(64, dtype=np.uint8)
        expect[d:d + 16] = buf[s:s + 16]
        assert dst.tolist() == expect.tolist()

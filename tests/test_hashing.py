import numpy as np
import pytest
import xxhash

from mass_msg_detect._kernels.hashing import fnv1a64_many, xxh32, xxh32_many
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

import numba
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from datasketch import LeanMinHash, MinHash

import mass_msg_detect as mmd
from mass_msg_detect.minhash import permutations


def _random_csr(rng, rows, max_len=60):
    lens = rng.integers(0, max_len, rows)
    lens[::7] = 0  # empty rows
    offsets = np.zeros(rows + 1, dtype=np.int64)
    np.cumsum(lens, out=offsets[1:])
    hashes = rng.integers(0, 2**32, offsets[-1], dtype=np.uint64).astype(np.uint32)
    return hashes, offsets


@pytest.mark.parametrize("num_perm", [1, 7, 64, 128, 256])
@pytest.mark.parametrize("seed", [0, 1, 42])
def test_minhash_equals_datasketch(rng, num_perm, seed):
    hashes, offsets = _random_csr(rng, 40)
    sig = mmd.minhash(hashes, offsets, num_perm=num_perm, seed=seed)
    assert sig.shape == (40, num_perm) and sig.dtype == np.uint32 and sig.flags.c_contiguous
    for i in range(40):
        m = MinHash(num_perm=num_perm, seed=seed, hashfunc=lambda x: x)
        m.update_batch(hashes[offsets[i]:offsets[i + 1]].tolist())
        assert np.array_equal(m.hashvalues, sig[i]), i


def test_permutations_are_datasketch_draws():
    for num_perm, seed in [(128, 1), (16, 7)]:
        a, b = permutations(num_perm, seed)
        m = MinHash(num_perm=num_perm, seed=seed)
        assert np.array_equal(a, m.permutations[0]) and np.array_equal(b, m.permutations[1])


def test_empty_rows_are_all_ones_and_flagged(rng):
    hashes = np.array([5, 6], dtype=np.uint32)
    offsets = np.array([0, 0, 2, 2], dtype=np.int64)
    sig = mmd.minhash(hashes, offsets)
    assert mmd.is_empty(sig).tolist() == [True, False, True]
    assert (sig[0] == 0xFFFFFFFF).all()


def test_order_and_repetition_do_not_matter(rng):
    row = rng.integers(0, 2**32, 30, dtype=np.uint64).astype(np.uint32)
    shuffled = np.concatenate([rng.permutation(row), row[:10]])
    hashes = np.concatenate([row, shuffled])
    offsets = np.array([0, 30, 70], dtype=np.int64)
    sig = mmd.minhash(hashes, offsets)
    assert np.array_equal(sig[0], sig[1])


def test_same_result_with_one_and_two_threads(rng):
    hashes, offsets = _random_csr(rng, 3000)
    old = numba.get_num_threads()
    try:
        numba.set_num_threads(1)
        one = mmd.minhash(hashes, offsets)
        numba.set_num_threads(min(2, numba.config.NUMBA_NUM_THREADS))
        two = mmd.minhash(hashes, offsets)
    finally:
        numba.set_num_threads(old)
    assert np.array_equal(one, two)


def test_lean_minhash_round_trip(rng):
    hashes, offsets = _random_csr(rng, 5)
    sig = mmd.minhash(hashes, offsets)
    lean = mmd.to_lean_minhash(sig[1])
    assert isinstance(lean, LeanMinHash)
    m = MinHash(num_perm=128, seed=1, hashfunc=lambda x: x)
    m.update_batch(hashes[offsets[1]:offsets[2]].tolist())
    assert lean.jaccard(LeanMinHash(m)) == 1.0
    back = mmd.from_minhash([lean, m])
    assert np.array_equal(back[0], sig[1]) and np.array_equal(back[1], sig[1])
    with pytest.raises(ValueError, match="scheme"):
        mmd.from_minhash([MinHash(num_perm=128, scheme="legacy")])


@pytest.mark.parametrize(
    "hashes, offsets, message",
    [
        (np.array([1, 2], dtype=np.int64), np.array([0, 2], dtype=np.int64), "uint32.*int64"),
        (np.array([1, 2], dtype=np.uint32), np.array([0, 2], dtype=np.int32), "int64"),
        (np.array([1, 2], dtype=np.uint32), np.array([1, 2], dtype=np.int64), r"offsets\[0\] must be 0"),
        (np.array([1, 2], dtype=np.uint32), np.array([0, 2, 1, 2], dtype=np.int64), "non-decreasing"),
        (np.array([1, 2], dtype=np.uint32), np.array([0, 1], dtype=np.int64), "len\\(hashes\\) = 2"),
        (np.array([[1, 2]], dtype=np.uint32), np.array([0, 2], dtype=np.int64), "1-D"),
        ([1, 2], np.array([0, 2], dtype=np.int64), "list"),
    ],
)
def test_bad_input_is_a_clear_value_error(hashes, offsets, message):
    with pytest.raises(ValueError, match=message):
        mmd.minhash(hashes, offsets)


def test_bad_num_perm():
    with pytest.raises(ValueError, match="num_perm"):
        mmd.minhash(np.zeros(0, np.uint32), np.zeros(1, np.int64), num_perm=0)
    # refused even after the same number, as an integer, was drawn (and cached)
    mmd.minhash(np.zeros(0, np.uint32), np.zeros(1, np.int64), num_perm=64)
    for bad in (64.0, True):
        with pytest.raises(ValueError, match="num_perm"):
            mmd.minhash(np.zeros(0, np.uint32), np.zeros(1, np.int64), num_perm=bad)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), min_size=0, max_size=50), st.randoms(use_true_random=False))
def test_signature_ignores_shingle_order_and_repetition_property(values, rnd):
    row = np.array(values, dtype=np.uint32)
    other = list(values) + list(values[: len(values) // 2])
    rnd.shuffle(other)
    hashes = np.concatenate([row, np.array(other, dtype=np.uint32)])
    offsets = np.array([0, len(values), len(values) + len(other)], dtype=np.int64)
    sig = mmd.minhash(hashes, offsets)
    assert np.array_equal(sig[0], sig[1])


def _fmix32_reference(h: np.ndarray) -> np.ndarray:
    h = h.astype(np.uint64)
    h ^= h >> np.uint64(16)
    h = (h * np.uint64(0x85EBCA6B)) & np.uint64(0xFFFFFFFF)
    h ^= h >> np.uint64(13)
    h = (h * np.uint64(0xC2B2AE35)) & np.uint64(0xFFFFFFFF)
    h ^= h >> np.uint64(16)
    return h


@pytest.mark.parametrize("num_perm", [1, 7, 128])
def test_kernel_equals_numpy_reference_for_every_row_length(rng, num_perm):
    """The kernel folds hashes eight at a time and the rest one by one: every remainder (row
    lengths 0 to 25) against a plain numpy min over (a * fmix32(h) + b) mod 2**32."""
    lens = np.repeat(np.arange(26), 3)
    offsets = np.zeros(len(lens) + 1, dtype=np.int64)
    np.cumsum(lens, out=offsets[1:])
    hashes = rng.integers(0, 2**32, offsets[-1], dtype=np.uint64).astype(np.uint32)
    sig = mmd.minhash(hashes, offsets, num_perm=num_perm, seed=3)
    a, b = permutations(num_perm, 3)
    for i in range(len(lens)):
        x = _fmix32_reference(hashes[offsets[i]:offsets[i + 1]])
        if len(x) == 0:
            assert (sig[i] == 0xFFFFFFFF).all()
            continue
        v = (a.astype(np.uint64)[None, :] * x[:, None] + b.astype(np.uint64)[None, :]) & np.uint64(0xFFFFFFFF)
        assert np.array_equal(sig[i], v.min(axis=0).astype(np.uint32)), i


def test_stale_kernel_caches_are_dropped_when_a_kernel_file_changes(tmp_path):
    import os

    from mass_msg_detect._kernels import _drop_stale_caches

    (tmp_path / "a.py").write_text("x = 1\n")
    cache = tmp_path / "__pycache__"
    cache.mkdir()
    (cache / "a.f-1.py311.nbi").write_bytes(b"old")
    _drop_stale_caches(str(tmp_path))               # no stamp yet: unknown caches go
    assert not (cache / "a.f-1.py311.nbi").exists()
    (cache / "a.f-1.py311.nbi").write_bytes(b"new")
    _drop_stale_caches(str(tmp_path))               # nothing changed: kept
    assert (cache / "a.f-1.py311.nbi").exists()
    (tmp_path / "b.py").write_text("y = 2\n")       # another file of the package changed
    st = os.stat(tmp_path / "a.py")
    os.utime(tmp_path / "a.py", ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    _drop_stale_caches(str(tmp_path))
    assert not (cache / "a.f-1.py311.nbi").exists()
    assert (cache / "mmd-kernels.stamp").exists()

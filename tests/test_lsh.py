"""LSH parameters, candidate recall against exact Jaccard, union-find, the attach pass, campaigns()."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mass_msg_detect as mmd
from mass_msg_detect._kernels.lsh import attach
from mass_msg_detect.lsh import cluster, optimal_params


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.8])
def test_optimal_params_match_datasketch(threshold):
    from datasketch.lsh import _optimal_param

    assert optimal_params(threshold, 128, 0.1, 0.9) == _optimal_param(threshold, 128, 0.1, 0.9)
    assert optimal_params(threshold, 64, 0.5, 0.5) == _optimal_param(threshold, 64, 0.5, 0.5)


def _planted_sets(rng, groups=40, per=4, universe=10**9):
    """Groups of sets with pairwise Jaccard around 0.6-0.9, unrelated to each other."""
    sets = []
    for _ in range(groups):
        base = rng.choice(universe, 60, replace=False)
        for _ in range(per):
            keep = base[rng.random(60) > 0.1]
            sets.append(np.concatenate([keep, rng.choice(universe, 3, replace=False)]))
    return sets


def _exact(a, b):
    a, b = set(a.tolist()), set(b.tolist())
    return len(a & b) / len(a | b)


def test_lsh_recall_against_exact_jaccard(rng):
    sets = _planted_sets(rng)
    offsets = np.zeros(len(sets) + 1, dtype=np.int64)
    np.cumsum([len(s) for s in sets], out=offsets[1:])
    sig = mmd.minhash(np.concatenate(sets).astype(np.uint32), offsets)
    parent, _ = cluster(sig, np.ones(len(sets), dtype=bool), 0.5, min_size=2)
    pairs = [(i, j) for i in range(len(sets)) for j in range(i + 1, len(sets)) if _exact(sets[i], sets[j]) >= 0.6]
    found = sum(parent[i] == parent[j] for i, j in pairs)
    assert len(pairs) > 100
    assert found / len(pairs) >= 0.99
    # nothing below the lower threshold is ever joined: groups are unrelated
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            if parent[i] == parent[j]:
                assert i // 4 == j // 4


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 40), st.lists(st.tuples(st.integers(0, 39), st.integers(0, 39)), max_size=60),
       st.integers(2, 5))
def test_attach_yields_a_partition_and_never_merges_campaigns(n, edges, min_size):
    parent = np.arange(n, dtype=np.int64)
    # a few established groups
    for k in range(0, n - min_size, 2 * min_size):
        parent[k:k + min_size] = k
    before = parent.copy()
    u = np.array([min(a, b) % n for a, b in edges], dtype=np.int64)
    v = np.array([max(a, b) % n for a, b in edges], dtype=np.int64)
    after, _ = attach(parent.copy(), u, v, min_size)
    roots = set(after.tolist())
    assert all(after[r] == r for r in roots)           # labels are roots
    assert all(after[i] <= i for i in range(n))         # the smallest member labels the set
    established = {r for r in set(before.tolist()) if (before == r).sum() >= min_size}
    for a in established:
        for b in established:
            if a < b:
                assert after[a] != after[b]


def test_campaigns_api_and_errors():
    base = "Hi {}, we help revenue teams at companies like yours forecast pipeline with far less manual work. Open to a chat?"
    texts = [base.format(n) for n in ("Anna", "Bruno", "Chen", "Dara")] + ["Completely different words about gardening and soil"]
    res = mmd.campaigns(texts, ids=["a", "b", "c", "d", "e"])
    assert len(set(res.labels[:4])) == 1 and res.labels[0] is not None and res.labels[4] is None
    assert res.campaigns[0].size == 4 and res.status[4] == "unique"
    assert np.isnan(res.similarity[4]) and 0 < res.similarity[0] <= 1
    assert mmd.campaigns(texts, min_size=5).labels[0] is None
    with pytest.raises(ValueError, match="threshold"):
        mmd.campaigns(texts, threshold=1.5)
    with pytest.raises(ValueError, match="min_size"):
        mmd.campaigns(texts, min_size=1)
    for bad in (float("nan"), 1e-9, "0.5", True):
        with pytest.raises(ValueError, match="threshold"):
            mmd.campaigns(texts, threshold=bad)
    for bad in (float("inf"), 10**20, 2.5):
        with pytest.raises(ValueError, match="min_size"):
            mmd.campaigns(texts, min_size=bad)
    with pytest.raises(ValueError, match="ids"):
        mmd.campaigns(texts, ids=["x"])
    # campaign ids derive from record ids: two records must never share one
    with pytest.raises(ValueError, match=r"ids\[3\] repeats id '1'"):
        mmd.campaigns(texts, ids=[1, 2, 3, "1", 5])
    with pytest.raises(ValueError, match=r"ids\[0\] is missing"):
        mmd.campaigns(texts, ids=[None] * 5)
    with pytest.raises(TypeError, match="single str"):
        mmd.campaigns(texts, ids="abcde")
    assert mmd.campaigns(texts, ids=(x for x in "abcde")).labels == res.labels
    empty = mmd.campaigns([])
    assert empty.labels == [] and empty.campaigns == []


def test_threshold_and_min_size_at_the_limits():
    from mass_msg_detect.lsh import MIN_THRESHOLD, lsh_params

    base = "Hi {}, we help revenue teams at companies like yours forecast pipeline with far less manual work. Open to a chat?"
    texts = [base.format(n) for n in ("Anna", "Bruno", "Chen", "Dara")]
    for bad in (1e-7, 1e-9, 5e-324, float("nan")):
        with pytest.raises(ValueError, match="threshold must be at least 1e-06 and below 1"):
            lsh_params(bad, 128)
        with pytest.raises(ValueError, match="threshold"):
            mmd.campaigns(texts, threshold=bad)
    assert lsh_params(MIN_THRESHOLD, 128) == optimal_params(1e-6, 128)
    assert mmd.campaigns(texts, threshold=MIN_THRESHOLD).campaigns[0].size == 4
    # a min_size no campaign can reach: none; past what the kernels count to, an error
    res = mmd.campaigns(texts, min_size=2**63 - 1)
    assert res.labels == [None] * 4 and res.campaigns == []
    with pytest.raises(ValueError, match="min_size must be an integer from 2 to 9223372036854775807"):
        mmd.campaigns(texts, min_size=10**20)


def test_empty_and_short_messages_are_never_joined():
    res = mmd.campaigns(["", "", "", "Ok", "Ok", "Ok", "I love this song", "I love this song", "I love this song"])
    assert res.labels == [None] * 9
    assert list(res.status) == ["empty"] * 3 + ["too_short"] * 6


def test_huge_campaign_makes_no_quadratic_work():
    text = "Exactly the same long pitch about our analytics platform sent to everyone on the list today"
    res = mmd.campaigns([text] * 20000)
    assert res.campaigns[0].size == 20000
    assert res.stats["checked"] < 20000 * 4


def _near_copies(rng, n_base=30, n=400, P=32, values=40):
    """Signatures with shared buckets: noisy copies of a few base rows (small values, so
    equal values are common across unrelated rows too)."""
    base = rng.integers(0, values, size=(n_base, P)).astype(np.uint32)
    sig = base[rng.integers(0, n_base, n)]
    noise = rng.random(sig.shape) < rng.uniform(0.05, 0.6, size=(n, 1))
    sig[noise] = rng.integers(0, values, size=noise.sum()).astype(np.uint32)
    return np.ascontiguousarray(sig)


def test_band_columns_match_reference():
    from mass_msg_detect._kernels.lsh import band_columns, band_columns_reference

    rng = np.random.default_rng(4)
    sig = _near_copies(rng)
    for rows_idx in (np.arange(400), np.sort(rng.choice(400, 250, replace=False)), np.array([7])):
        for bands, rows in ((8, 4), (5, 3), (1, 32)):
            got = band_columns(sig, rows_idx.astype(np.int64), bands, rows)
            ref = band_columns_reference(sig, rows_idx, bands, rows)
            assert got.shape == (bands, rows_idx.size) and np.array_equal(got, ref)
            # buckets in key order, rows ascending within a bucket, every row once per band
            assert (np.diff(got.astype(object), axis=1) > 0).all() if rows_idx.size > 1 else True
            assert all(sorted((got[b] & np.uint64(0xFFFFFFFF)).tolist()) == rows_idx.tolist() for b in range(bands))


def test_cluster_kernel_matches_reference():
    from mass_msg_detect._kernels.lsh import band_columns, cluster as cluster_kernel, cluster_reference

    rng = np.random.default_rng(8)
    for trial in range(6):
        sig = _near_copies(rng, n_base=rng.integers(3, 40), n=int(rng.integers(50, 500)))
        n = sig.shape[0]
        rows_idx = np.sort(rng.choice(n, int(n * 0.9), replace=False)).astype(np.int64)
        bands, rows = (8, 4) if trial % 2 else (10, 3)
        min_equal, min_low = 16, 12
        got = cluster_kernel(sig, band_columns(sig, rows_idx, bands, rows), min_equal, min_low)
        ref = cluster_reference(sig, rows_idx, bands, rows, min_equal, min_low)
        for a, b in zip(got[:4], ref[:4]):
            assert np.array_equal(a, b)
        assert got[4:] == ref[4:]
        assert got[5] > 0 and got[1].size > 0          # joins and weaker edges both happen
        # rows outside rows_idx are never joined
        outside = np.setdiff1d(np.arange(n), rows_idx)
        assert all(got[0][i] == i and (got[0] == i).sum() == 1 for i in outside)


def test_representatives_match_reference():
    from mass_msg_detect._kernels.lsh import representatives, representatives_reference

    rng = np.random.default_rng(11)
    for P in (128, 30):
        sig = _near_copies(rng, n_base=6, n=900, P=P, values=6)    # many ties in the sums
        members = rng.permutation(900).astype(np.int64)
        bounds = np.concatenate([[0, 1, 3], np.sort(rng.choice(np.arange(4, 900), 25, replace=False)),
                                 [900]]).astype(np.int64)      # groups of 1, 2 and more members
        for sample in (64, 5, 2):
            got = representatives(sig, members, bounds, sample)
            assert np.array_equal(got, representatives_reference(sig, members, bounds, sample))
            assert all(members[bounds[k]:bounds[k + 1]].tolist().count(r) == 1
                       for k, r in enumerate(got.tolist()))

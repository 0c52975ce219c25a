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
    with pytest.raises(ValueError, match="ids"):
        mmd.campaigns(texts, ids=["x"])
    empty = mmd.campaigns([])
    assert empty.labels == [] and empty.campaigns == []


def test_empty_and_short_messages_are_never_joined():
    res = mmd.campaigns(["", "", "", "Ok", "Ok", "Ok", "I love this song", "I love this song", "I love this song"])
    assert res.labels == [None] * 9
    assert list(res.status) == ["empty"] * 3 + ["too_short"] * 6


def test_huge_campaign_makes_no_quadratic_work():
    text = "Exactly the same long pitch about our analytics platform sent to everyone on the list today"
    res = mmd.campaigns([text] * 20000)
    assert res.campaigns[0].size == 20000
    assert res.stats["checked"] < 20000 * 4


def test_sort_bands_orders_buckets_by_high_half_then_row():
    from mass_msg_detect._kernels.lsh import bucket_keys, sort_bands

    rng = np.random.default_rng(4)
    hi = rng.integers(0, 50, size=(3000, 5)).astype(np.uint64) << np.uint64(32)
    keys = hi | rng.integers(0, 2**32, size=(3000, 5)).astype(np.uint64)   # low halves ignored
    order = sort_bands(keys)
    for b in range(5):
        expect = np.lexsort((np.arange(3000), keys[:, b] >> np.uint64(32)))
        assert np.array_equal(order[b], expect)
    assert np.array_equal(bucket_keys(keys), hi)

"""LSH build and query: the persistent ``Index`` and, for reference, datasketch's and rensa's LSH.

``Index`` runs from text (fingerprint, LSH, campaigns, written to disk): build on the first 90%
of the corpus, query with the other 10%. The index benchmarks are skipped while
``mass_msg_detect.Index`` is not importable. The peers' LSH is timed from precomputed MinHashes
(insert, then query every held-out message) on the first ``PEER_N`` messages; the side-by-side
from text is ``mmd bench`` (mass_msg_detect.compare).
"""
import itertools

import numpy as np
import pytest

import mass_msg_detect as mmd
from mass_msg_detect.compare import rensa_bands, word3

PEER_N = 20_000
THRESHOLD = 0.5


def _index_cls():
    Index = getattr(mmd, "Index", None)
    if Index is None:
        try:
            from mass_msg_detect.index import Index
        except ImportError:
            pytest.skip("mass_msg_detect.Index is not available in this version")
    return Index


def _split(texts):
    k = max(1, round(len(texts) * 0.9))
    return texts[:k], texts[k:]


def _per_msg(benchmark, n):
    benchmark.extra_info["messages"] = n
    benchmark.extra_info["us_per_msg"] = benchmark.stats.stats.mean / n * 1e6


@pytest.fixture(scope="module")
def built_index(corpus, tmp_path_factory):
    Index = _index_cls()
    base, queries = _split(corpus)
    warm = Index.build(tmp_path_factory.mktemp("warm") / "idx", corpus[:64])  # JIT warm
    warm.query_many(corpus[:8])
    return Index.build(tmp_path_factory.mktemp("built") / "idx", base), queries


def test_index_build(benchmark, corpus, tmp_path_factory):
    Index = _index_cls()
    base, _ = _split(corpus)
    Index.build(tmp_path_factory.mktemp("warm") / "idx", corpus[:64])
    root = tmp_path_factory.mktemp("builds")
    counter = itertools.count()

    def setup():
        return (root / f"idx{next(counter)}", base), {}

    idx = benchmark.pedantic(Index.build, setup=setup, rounds=3, iterations=1)
    assert len(idx) == len(base)
    _per_msg(benchmark, len(base))


def test_index_query_many(benchmark, built_index):
    idx, queries = built_index
    res = benchmark.pedantic(idx.query_many, args=(queries,), rounds=3, iterations=1)
    assert len(res) == len(queries) and np.any(np.asarray(res.matches) > 0)
    _per_msg(benchmark, len(queries))
    benchmark.extra_info["templated_share"] = float(np.mean(res.templated))


def test_index_query_one(benchmark, built_index):
    """Latency of one ``Index.query`` call (the per-message path of a live service)."""
    idx, queries = built_index
    text = queries[0]
    out = benchmark(idx.query, text)
    assert "templated" in out and "score" in out


def test_index_open(benchmark, built_index):
    idx, _ = built_index
    Index = type(idx)
    again = benchmark(Index.open, idx.path)
    assert len(again) == len(idx)


# --------------------------------------------------------------------------- peers (LSH alone)

@pytest.fixture(scope="module")
def peer_texts(corpus):
    return _split(corpus[:PEER_N])


def test_datasketch_lsh_build(benchmark, peer_texts):
    from datasketch import MinHash, MinHashLSH

    base, _ = peer_texts
    mhs = MinHash.bulk([[s.encode() for s in word3(t)] for t in base], num_perm=128)

    def build():
        lsh = MinHashLSH(threshold=THRESHOLD, num_perm=128)
        with lsh.insertion_session() as sess:
            for i, m in enumerate(mhs):
                sess.insert(i, m, check_duplication=False)
        return lsh

    lsh = benchmark.pedantic(build, rounds=3, iterations=1)
    assert not lsh.is_empty()
    _per_msg(benchmark, len(base))


def test_datasketch_lsh_query(benchmark, peer_texts):
    from datasketch import MinHash, MinHashLSH

    base, queries = peer_texts
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=128)
    with lsh.insertion_session() as sess:
        for i, m in enumerate(MinHash.bulk([[s.encode() for s in word3(t)] for t in base], num_perm=128)):
            sess.insert(i, m, check_duplication=False)
    qs = MinHash.bulk([[s.encode() for s in word3(t)] for t in queries], num_perm=128)
    found = benchmark.pedantic(lambda: [lsh.query(m) for m in qs], rounds=3, iterations=1)
    assert any(found)
    _per_msg(benchmark, len(queries))


def test_rensa_lsh_build(benchmark, peer_texts):
    rensa = pytest.importorskip("rensa")
    base, _ = peer_texts
    matrix = rensa.RMinHash.digest_matrix_from_token_sets([word3(t) for t in base], 128, 1)
    bands = rensa_bands(THRESHOLD, 128)

    def build():
        lsh = rensa.RMinHashLSH(THRESHOLD, 128, bands)
        lsh.insert_matrix(matrix)
        return lsh

    benchmark.pedantic(build, rounds=3, iterations=1)
    _per_msg(benchmark, len(base))


def test_rensa_lsh_query(benchmark, peer_texts):
    rensa = pytest.importorskip("rensa")
    base, queries = peer_texts
    lsh = rensa.RMinHashLSH(THRESHOLD, 128, rensa_bands(THRESHOLD, 128))
    lsh.insert_matrix(rensa.RMinHash.digest_matrix_from_token_sets([word3(t) for t in base], 128, 1))
    qs = rensa.RMinHash.from_token_sets([word3(t) for t in queries], 128, 1)
    found = benchmark.pedantic(lsh.query_all, args=(qs,), rounds=3, iterations=1)
    assert any(len(f) for f in found)
    _per_msg(benchmark, len(queries))

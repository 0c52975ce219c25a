"""Fingerprint throughput: ours, datasketch and rensa side by side on the same messages.

Every library goes from raw text to 128-permutation signatures ("end to end"), and, where it
applies, from pre-built shingles ("minhash only"). datasketch is timed on the first
``DATASKETCH_N`` messages (it needs about 0.2 ms a message); compare the per-message figures in
``extra_info["us_per_msg"]``.
"""
import re

import pytest

import mass_msg_detect as mmd

DATASKETCH_N = 5_000
_WORD = re.compile(r"\w+")


def _word3(text):
    toks = _WORD.findall(text.lower())
    if len(toks) < 3:
        return [" ".join(toks)] if toks else []
    return [" ".join(toks[i:i + 3]) for i in range(len(toks) - 2)]


def _per_msg(benchmark, n):
    benchmark.extra_info["messages"] = n
    benchmark.extra_info["us_per_msg"] = benchmark.stats.stats.mean / n * 1e6


def test_ours_fingerprint_end_to_end(benchmark, corpus):
    mmd.fingerprint(corpus[:1000])  # JIT warm
    sig = benchmark.pedantic(mmd.fingerprint, args=(corpus,), rounds=3, iterations=1)
    assert sig.shape == (len(corpus), 128)
    _per_msg(benchmark, len(corpus))


def test_ours_minhash_only(benchmark, corpus):
    hashes, offsets = mmd.shingle(corpus)
    mmd.minhash(hashes, offsets)  # JIT warm
    sig = benchmark.pedantic(mmd.minhash, args=(hashes, offsets), rounds=3, iterations=1)
    assert sig.shape[0] == len(corpus)
    _per_msg(benchmark, len(corpus))
    benchmark.extra_info["updates_per_s"] = hashes.shape[0] * 128 / benchmark.stats.stats.mean


def test_rensa_end_to_end(benchmark, corpus):
    rensa = pytest.importorskip("rensa")

    def run():
        return rensa.RMinHash.digest_matrix_from_token_sets([_word3(t) for t in corpus], 128, 1)

    m = benchmark.pedantic(run, rounds=3, iterations=1)
    assert m.len() == len(corpus)
    _per_msg(benchmark, len(corpus))


def test_rensa_minhash_only(benchmark, corpus):
    rensa = pytest.importorskip("rensa")
    sets = [_word3(t) for t in corpus]
    m = benchmark.pedantic(rensa.RMinHash.digest_matrix_from_token_sets, args=(sets, 128, 1), rounds=3, iterations=1)
    assert m.len() == len(corpus)
    _per_msg(benchmark, len(corpus))


def test_datasketch_end_to_end(benchmark, corpus):
    from datasketch import MinHash

    texts = corpus[:DATASKETCH_N]

    def run():
        return MinHash.bulk([[s.encode("utf-8") for s in _word3(t)] for t in texts], num_perm=128)

    out = benchmark.pedantic(run, rounds=1, iterations=1)
    assert len(out) == len(texts)
    _per_msg(benchmark, len(texts))


def test_datasketch_minhash_only(benchmark, corpus):
    from datasketch import MinHash

    sets = [[s.encode("utf-8") for s in _word3(t)] for t in corpus[:DATASKETCH_N]]
    out = benchmark.pedantic(MinHash.bulk, args=(sets,), kwargs={"num_perm": 128}, rounds=1, iterations=1)
    assert len(out) == len(sets)
    _per_msg(benchmark, len(sets))

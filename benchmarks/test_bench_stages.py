"""Our pipeline stage by stage: masking, shingling, LSH clustering, ``campaigns`` end to end.

``pytest benchmarks --benchmark-only [--bench-n N]``. Every benchmark calls its function once on
a small input before the timed rounds (numba JIT / cache load, lexicon tables), and reports the
per-message time in ``extra_info["us_per_msg"]``. MinHash alone and whole fingerprints are in
test_bench_fingerprint.py, the persistent index in test_bench_index.py.
"""
import numpy as np
import pytest

import mass_msg_detect as mmd
from mass_msg_detect import Config, masking, shingling
from mass_msg_detect.clustering import DEFAULT_CAMPAIGN_CONFIG
from mass_msg_detect.lsh import cluster

MASK_N = 2_000
"""``mask()`` is the per-text display form (Python reference tokenizer): timed on a subset."""

CONFIGS = {"word2": Config(), "word3": Config(shingle="word", n=3), "char5": DEFAULT_CAMPAIGN_CONFIG}


def _per_msg(benchmark, n):
    benchmark.extra_info["messages"] = n
    benchmark.extra_info["us_per_msg"] = benchmark.stats.stats.mean / n * 1e6


def test_mask_display(benchmark, corpus):
    texts = corpus[:MASK_N]
    mmd.mask(texts[0])  # warm: lexicons, rule kernels
    out = benchmark.pedantic(lambda: [mmd.mask(t) for t in texts], rounds=3, iterations=1)
    assert len(out) == len(texts) and any("{NAME}" in m for m in out)
    _per_msg(benchmark, len(texts))


def test_masking_prepare(benchmark, corpus):
    masking.prepare(corpus[0])
    out = benchmark.pedantic(lambda: [masking.prepare(t) for t in corpus], rounds=3, iterations=1)
    assert len(out) == len(corpus)
    _per_msg(benchmark, len(corpus))


def test_prepare_encode(benchmark, corpus):
    """The engine's step 1: flag the texts that need Python preparation, encode all to UTF-8."""
    shingling.prepare_encode(corpus[:100])
    buf, offsets, _ = benchmark.pedantic(shingling.prepare_encode, args=(corpus,), rounds=3, iterations=1)
    assert offsets.shape == (len(corpus) + 1,) and buf.dtype == np.uint8
    _per_msg(benchmark, len(corpus))


@pytest.mark.parametrize("kind", list(CONFIGS))
def test_shingle(benchmark, corpus, kind):
    cfg = CONFIGS[kind]
    mmd.shingle(corpus[:100], config=cfg)
    hashes, offsets = benchmark.pedantic(mmd.shingle, args=(corpus,), kwargs={"config": cfg}, rounds=3, iterations=1)
    assert offsets.shape == (len(corpus) + 1,) and hashes.dtype == np.uint32
    _per_msg(benchmark, len(corpus))
    benchmark.extra_info["shingles_per_msg"] = hashes.shape[0] / len(corpus)


@pytest.fixture(scope="module")
def campaign_signatures(corpus):
    fp = mmd.fingerprint
    sig = fp(corpus, config=DEFAULT_CAMPAIGN_CONFIG)
    return sig, ~mmd.is_empty(sig)


def test_lsh_cluster(benchmark, campaign_signatures):
    """In-memory LSH: band keys, candidate edges, verification, union-find (lsh.cluster)."""
    sig, eligible = campaign_signatures
    cluster(sig[:200], eligible[:200], 0.5, 3)
    parent, stats = benchmark.pedantic(cluster, args=(sig, eligible, 0.5, 3), rounds=3, iterations=1)
    assert parent.shape == (sig.shape[0],) and stats["joined"] > 0
    _per_msg(benchmark, sig.shape[0])
    benchmark.extra_info.update(bands=stats["bands"], rows=stats["rows"], checked=stats["checked"])


def test_campaigns_end_to_end(benchmark, corpus):
    """``mass_msg_detect.campaigns``: fingerprint (char 5-grams), cluster, campaign records."""
    mmd.campaigns(corpus[:500])
    res = benchmark.pedantic(mmd.campaigns, args=(corpus,), rounds=3, iterations=1)
    assert len(res) == len(corpus) and res.campaigns
    _per_msg(benchmark, len(corpus))
    benchmark.extra_info["campaigns"] = len(res.campaigns)

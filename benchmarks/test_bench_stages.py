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


@pytest.fixture(scope="module")
def shingle_spans(corpus):
    """(buffer with 32 bytes of slack, starts, ends) of the word 3-gram shingles of the corpus's
    masked streams, as the kernel hashes them."""
    streams = shingling.masked_streams(corpus, config=CONFIGS["word3"])
    parts, starts, ends, pos = [], [], [], 0
    for s in streams:
        b = s.encode("utf-8")
        toks, p = [], pos
        for t in b.split(b" "):
            toks.append((p, p + len(t)))
            p += len(t) + 1
        grams = [(toks[0][0], toks[-1][1])] if len(toks) < 3 else [(toks[i][0], toks[i + 2][1]) for i in range(len(toks) - 2)]
        if b:
            starts += [g[0] for g in grams]
            ends += [g[1] for g in grams]
        parts.append(b + b" ")
        pos += len(b) + 1
    buf = np.frombuffer(b"".join(parts) + bytes(32), dtype=np.uint8)
    return buf, np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64)


@pytest.mark.parametrize("how", ["scalar", "lanes"])
def test_shingle_xxh32(benchmark, shingle_spans, how):
    """XXH32 of the shingles alone: one at a time (the reference loop) or 16 per SIMD lane group."""
    import numba as nb

    from mass_msg_detect._kernels.hashing import xxh32, xxh32_spans

    @nb.njit
    def scalar(buf, starts, ends, out):
        for i in range(starts.shape[0]):
            out[i] = xxh32(buf, starts[i], ends[i], 0)

    buf, starts, ends = shingle_spans
    fn = scalar if how == "scalar" else xxh32_spans
    out = np.empty(starts.shape[0], dtype=np.uint32)
    fn(buf, starts[:64], ends[:64], out)
    benchmark.pedantic(fn, args=(buf, starts, ends, out), rounds=5, iterations=1)
    ref = np.empty_like(out)
    scalar(buf, starts, ends, ref)
    assert (out == ref).all()
    benchmark.extra_info["ns_per_shingle"] = benchmark.stats.stats.mean / starts.shape[0] * 1e9

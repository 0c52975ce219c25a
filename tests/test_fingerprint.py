import numba
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mass_msg_detect as mmd
from mass_msg_detect.config import Config

from .conftest import TRICKY_TEXTS


def test_default_shape_and_dtype():
    sig = mmd.fingerprint(["hello there friend", "another message"])
    assert sig.shape == (2, 128) and sig.dtype == np.uint32 and sig.flags.c_contiguous


def test_empty_messages_are_flagged():
    sig = mmd.fingerprint(["", "   ", "🙂 !!", "real words here", "<br/>"])
    assert mmd.is_empty(sig).tolist() == [True, True, True, False, True]


def test_non_str_element_is_a_type_error_naming_its_index():
    with pytest.raises(TypeError, match=r"texts\[2\].*int"):
        mmd.fingerprint(["a", "b", 3])
    with pytest.raises(TypeError, match="single str"):
        mmd.fingerprint("not a list")


def test_surrogates_and_nul_bytes_are_handled():
    sig = mmd.fingerprint(["lone \ud800 surrogate", "nul\x00byte", "lone \ufffd surrogate"])
    assert np.array_equal(sig[0], sig[2])
    assert not mmd.is_empty(sig).any()


def test_ten_megabyte_message():
    words = " ".join(f"word{i % 977}x" for i in range(1_000_000))
    text = (words + " ")[: 10 * 1024 * 1024]
    sig = mmd.fingerprint([text, "short one"])
    assert not mmd.is_empty(sig).any()


def test_identical_texts_identical_signatures_across_batches():
    a = mmd.fingerprint(TRICKY_TEXTS)
    b = mmd.fingerprint(list(reversed(TRICKY_TEXTS)))
    assert np.array_equal(a, b[::-1])


def test_one_and_two_threads_agree():
    texts = TRICKY_TEXTS * 50
    old = numba.get_num_threads()
    try:
        numba.set_num_threads(1)
        one = mmd.fingerprint(texts)
        numba.set_num_threads(min(2, numba.config.NUMBA_NUM_THREADS))
        two = mmd.fingerprint(texts)
    finally:
        numba.set_num_threads(old)
    assert np.array_equal(one, two)


def test_metadata_masks_recipient_fields():
    texts = ["So, Qzentin: love what Zyxwo does", "So, Brnk: love what Plorbex does"]
    meta = [{"recipient_name": "Qzentin Q", "recipient_company": "Zyxwo"},
            {"recipient_name": "Brnk B", "recipient_company": "Plorbex"}]
    sig = mmd.fingerprint(texts, metadata=meta)
    assert np.array_equal(sig[0], sig[1])
    plain = mmd.fingerprint(texts)
    assert not np.array_equal(plain[0], plain[1])


def test_metadata_errors():
    with pytest.raises(ValueError, match="2 entries but there are 1"):
        mmd.fingerprint(["a"], metadata=[{}, {}])
    with pytest.raises(TypeError, match=r"metadata\[0\]"):
        mmd.fingerprint(["a"], metadata=["x"])
    mmd.fingerprint(["a"], metadata=[None])


def test_config_fingerprint_and_validation():
    c = Config()
    assert c.fingerprint == "mmd1-word2-p128-s1-xxh32-m1"
    assert Config.from_fingerprint(c.fingerprint) == c
    assert Config(shingle="char", n=5, num_perm=64, seed=3).fingerprint == "mmd1-char5-p64-s3-xxh32-m1"
    for bad in [dict(shingle="line"), dict(n=0), dict(num_perm=-1), dict(seed=-1), dict(hash="md5"), dict(masking=99)]:
        with pytest.raises(ValueError):
            Config(**bad)
    with pytest.raises(ValueError):
        Config.from_fingerprint("nope")
    with pytest.raises(TypeError):
        mmd.fingerprint(["a"], config="word3")
    with pytest.raises(Exception):
        c.n = 3  # frozen


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=8))
def test_identical_texts_give_identical_signatures(texts):
    sig = mmd.fingerprint(texts + texts)
    n = len(texts)
    assert np.array_equal(sig[:n], sig[n:])


def test_small_batches_run_serial_kernels_with_the_same_result():
    from mass_msg_detect._kernels.tokenize import SERIAL_BELOW

    texts = (list(TRICKY_TEXTS) * 20)[:SERIAL_BELOW * 2]
    big = mmd.fingerprint(texts)                       # thread pool
    for i in range(0, len(texts), 7):
        assert np.array_equal(mmd.fingerprint(texts[i:i + 3]), big[i:i + 3])   # calling thread


def test_threaded_chunks_equal_one_thread_with_metadata_and_merge_fields():
    """Large inputs are spread over Python threads (THREAD_CHUNK messages each); the result,
    token counts and merge-field flags included, equals the single-threaded run."""
    from mass_msg_detect.fingerprint import THREAD_CHUNK, fingerprint_full

    n = 2 * THREAD_CHUNK + 123
    base = TRICKY_TEXTS + ["Hi {{first_name}}, we help &amp; grow <br/>teams at Acme", "Dear [Name], hello"]
    texts = [f"{base[i % len(base)]} {i}" for i in range(n)]
    meta = [{"recipient_name": "Anna Berg", "recipient_company": "Acme"} if i % 3 else None for i in range(n)]
    old = numba.get_num_threads()
    try:
        numba.set_num_threads(1)
        one = fingerprint_full(texts, metadata=meta)
        numba.set_num_threads(min(2, numba.config.NUMBA_NUM_THREADS))
        two = fingerprint_full(texts, metadata=meta)
    finally:
        numba.set_num_threads(old)
    assert one.merge_fields.any()
    for a, b in zip(one, two):
        assert np.array_equal(a, b)
    assert np.array_equal(two.signatures[:64], fingerprint_full(texts[:64], metadata=meta[:64]).signatures)


_META_CASES = [None, {"recipient_name": "Anna Kowalski", "recipient_title": "VP of Sales",
                      "recipient_company": "Initech"}, {"recipient_name": None}, {}]


@pytest.mark.parametrize("cfg", [Config(), Config(shingle="char", n=5)])
def test_fingerprint_one_equals_fingerprint_full(cfg):
    """The single-message path (what Index.query calls) against the batch path, the oracle:
    texts the kernel prepares itself, those it leaves to Python (merge fields, HTML, lone
    surrogates), empty ones, with and without metadata."""
    from mass_msg_detect.fingerprint import fingerprint_full, fingerprint_one

    merged = 0
    for text in TRICKY_TEXTS + ["Hi Anna, I noticed you're the VP of Sales at Initech and wanted to connect."]:
        for meta in _META_CASES:
            want = fingerprint_full([text], metadata=None if meta is None else [meta], config=cfg)
            got = fingerprint_one(text, meta, config=cfg)
            assert np.array_equal(got.signatures, want.signatures), (text, meta)
            assert got.tokens.tolist() == want.tokens.tolist() and got.signatures.shape == (1, cfg.num_perm)
            assert got.merge_fields.tolist() == want.merge_fields.tolist()
            merged += int(got.merge_fields[0])
    assert merged > 0     # the Python preparation path was taken


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_fingerprint_one_equals_fingerprint_full_on_any_text(text):
    from mass_msg_detect.fingerprint import fingerprint_full, fingerprint_one

    assert np.array_equal(fingerprint_one(text).signatures, fingerprint_full([text]).signatures)


def test_fingerprint_one_rejects_non_str():
    from mass_msg_detect.fingerprint import fingerprint_one

    with pytest.raises(TypeError, match="text must be a str"):
        fingerprint_one(b"bytes")

"""The kernel's own preparation step (_kernels/prepare.py) against masking.prepare."""
import html.entities

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import mass_msg_detect as mmd
from mass_msg_detect._kernels.prepare import PY, fast_prepare_many
from mass_msg_detect.masking import prepare
from mass_msg_detect.shingling import encode, prepare_tables

FRAGMENTS = [
    "&amp;", "&amp", "&#39;", "&#39", "&#x27;", "&#X41;", "&#128;", "&#0;", "&#x;", "&#12345678;",
    "&nbsp;", "&hellip;", "&rsquo;", "&mdash;", "&lt;", "&gt;", "&quot;", "&notit;", "&AMP;",
    "&foo;", "&Aacute;", "&#123;", "&#37;", "&#91;", "&#38;", "&#97;", "&#769;", "&#160;",
    "<br>", "<br />", "<br/>", "</p>", "<p>", "<a href='x?a=1&amp;b=2'>", "<b\tx>", "<b\x1cx>",
    "<b\u00a0x>", "<br  />", "<1>", "< b>", "<<", ">>", "<", ">", "/", "&", "#", ";", "%", "%A",
    "[", "]", "[Name]", "[ ", "{", "}", "{{first_name}}", "Name", "x", "é", "\u00a0", "\u2026",
    "\u0301", "\uff06", " ", "\n", "\x1c", "1", "a", "mp;", "lt;", "b>", "*", "|", "*|", "|*",
    "*|FNAME|*", "{!", "{!Contact.FirstName}",
]


def _check(texts):
    buf, off = encode(texts)
    status, out, ooff = fast_prepare_many(buf, off, *prepare_tables())
    handled = 0
    for i, t in enumerate(texts):
        if status[i] == PY:
            continue
        handled += 1
        p = prepare(t, surrogates=False)
        got = bytes(out[ooff[i]:ooff[i + 1]]).decode("utf-8")
        assert got == p.text, (t, got, p.text)
        assert not p.merge_field
    return handled


@settings(max_examples=600, deadline=None)
@given(st.lists(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join), min_size=1, max_size=6))
def test_fast_preparation_equals_python_preparation(texts):
    _check(texts)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(max_codepoint=0x2FFFF, blacklist_categories=("Cs",)),
                        max_size=20), min_size=1, max_size=6))
def test_fast_preparation_on_any_text(texts):
    _check(texts)


def test_common_html_is_prepared_in_the_kernel():
    texts = ["Hi Anna,<br />it&#39;s been a while&nbsp;&mdash; how are you?</p>",
             "We&rsquo;re &amp; you&apos;re <p>invited</p>", "x&lt;y", "{{first_name}}, hi",
             "&hellip; and more", "a\u00a0b"]
    buf, off = encode(texts)
    status, _, _ = fast_prepare_many(buf, off, *prepare_tables())
    assert status.tolist() == [1, 1, PY, PY, 1, 1]
    assert _check(texts) == 4


def test_entity_table_matches_html5():
    keys, vals, names, off = prepare_tables()[1:]
    found = {bytes(names[off[j]:off[j + 1]]).decode(): chr(vals[j]) for j in np.flatnonzero(keys)}
    assert found["amp"] == "&" and found["rsquo"] == "\u2019" and found["nbsp"] == "\u00a0"
    for name, value in found.items():
        assert html.entities.html5[name + ";"] == value


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(FRAGMENTS + ["Hello", "there", "we", "help"]), max_size=30)
                .map(" ".join), min_size=1, max_size=80))
def test_fingerprint_equals_minhash_of_shingles(texts):
    """fingerprint() prepares inside its kernel (Python for the rest), shingle() before its
    kernel (prepare_encode): the same signatures, and the same as for texts prepared in Python."""
    from mass_msg_detect.masking import prepare

    sig = mmd.fingerprint(texts)
    assert (sig == mmd.minhash(*mmd.shingle(texts))).all()
    assert (sig == mmd.fingerprint([prepare(t).text for t in texts])).all()

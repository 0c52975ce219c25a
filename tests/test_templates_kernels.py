"""Kernels of template reconstruction against their pure-Python references."""
import numpy as np
import pytest

from mass_msg_detect.masking import prepare
from mass_msg_detect.templates import _batch_spans, _lower, _tokenize, _word_spans_ref

TEXTS = [
    "Hi Anna, I saw you're the VP of Sales at Initech. Would you be open to a call?",
    "Hello   Brian\u2014quick one: we\u2019re hiring at Globex (NYC)!! Reply to bob@example.com",
    "",
    "!!!",
    "Ünïcödé wörds: Straße, İstanbul, ǅemal and ﬁne ligatures &amp; entities <b>bold</b>",
    "Call +1 555 123 4567 or visit https://example.com/x?y=1 before Monday, 3 March 2025.",
    "我们的产品 is great for {{first_name}} at [Company]",
    "word_with_underscore and under_score2, 50% off $1,000 today",
    "Dear Dr. O'Neil, l'été est là; don't miss it.",
    "a a a a b a",
]


def _ref(members, texts):
    out = []
    for m, t in zip(members, texts):
        low = _lower(prepare(t).text)
        out.append(None if low is None else _word_spans_ref(low, m.toks))
    return out


@pytest.mark.parametrize("extra", [0, 1])
def test_word_spans_kernel_equals_reference(extra):
    texts = TEXTS * (1 + extra)
    members = _tokenize(texts, None)
    if extra:
        # tokens that cannot be found, and an empty member in the middle
        members[1].toks = members[1].toks + ["zzzzz"]
        members[3].toks = []
        members[4].toks = ["{NAME}"] + members[4].toks
    want = _ref(members, texts)
    _batch_spans(members, texts)
    for m, t, w in zip(members, texts, want):
        prepared, got = m.src
        assert prepared == prepare(t).text
        if w is None:
            assert got is None
        else:
            assert got is not None
            assert got[0].tolist() == w[0] and got[1].tolist() == w[1]


def test_word_spans_kernel_random():
    rng = np.random.default_rng(7)
    alphabet = list("abc ,.'\u2019{}É1_") + ["ß", "\u0130"]
    texts = ["".join(rng.choice(alphabet, size=int(rng.integers(0, 40)))) for _ in range(300)]
    members = _tokenize(texts, None)
    for k, m in enumerate(members):
        if k % 3 == 0 and m.toks:    # a token from another member: often not found
            m.toks[int(rng.integers(len(m.toks)))] = members[(k + 1) % len(members)].toks[0] \
                if members[(k + 1) % len(members)].toks else "x"
    want = _ref(members, texts)
    _batch_spans(members, texts)
    for m, w in zip(members, want):
        got = m.src[1]
        assert (got is None) == (w is None)
        if w is not None:
            assert got[0].tolist() == w[0] and got[1].tolist() == w[1]


def _random_members(rng, nm, vocab, length):
    from mass_msg_detect.templates import _Member

    words = [f"w{i}" for i in range(vocab)] + ["{NAME}"]
    return [_Member([words[int(x)] for x in rng.integers(0, len(words), size=int(rng.integers(0, length)))])
            for _ in range(nm)]


@pytest.mark.parametrize("seed", range(6))
def test_align_kernel_equals_reference(seed):
    from mass_msg_detect.templates import _align, _align_ref

    rng = np.random.default_rng(seed)
    for nm, vocab, length in [(1, 3, 5), (2, 2, 8), (5, 4, 12), (30, 6, 20), (40, 30, 40), (7, 1, 9)]:
        members = _random_members(rng, nm, vocab, length)
        r1, m1 = _align(members)
        r2, m2 = _align_ref(members)
        assert r1 == r2
        assert m1.dtype == m2.dtype and m1.shape == m2.shape
        assert np.array_equal(m1, m2)


def test_align_kernel_equals_reference_on_campaign_texts():
    from mass_msg_detect.templates import _align, _align_ref

    texts = [f"Hi {n}, we {v} teams like yours {w}. Would you be open to a call next week? "
             f"The call {w} is short. {extra}"
             for n, v, w, extra in zip(["Anna", "Bo", "Cy", "Di"] * 10, ["help", "support", "help"] * 14,
                                       ["today", "this week", "now", "soon", "today"] * 8,
                                       ["", "Thanks!", "Best, Sam", "P.S. call call call"] * 10)]
    members = _tokenize(texts, None)
    r1, m1 = _align(members)
    r2, m2 = _align_ref(members)
    assert r1 == r2 and np.array_equal(m1, m2)

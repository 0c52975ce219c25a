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

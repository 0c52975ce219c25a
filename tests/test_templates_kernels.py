"""Kernels of template reconstruction against their pure-Python references."""
import numpy as np
import pytest

from mass_msg_detect.masking import prepare
from mass_msg_detect.templates import (_batch_spans, _fill_from, _fill_spans, _lower, _Member, _tokenize,
                                       _word_spans_ref)

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
    "\u2018Quoted\u2019 it\u2019s \u201cfine\u201d \u2014 isn\u2018t it?",
]


def _got(m):
    """The word spans a batch left on member m, as lists (None: not found)."""
    prepared, sp, at, _ = m.src
    if sp is None:
        return prepared, None
    n = len(m.toks)
    return prepared, (sp.starts[at:at + n].tolist(), sp.ends[at:at + n].tolist())


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
        prepared, got = _got(m)
        assert prepared == prepare(t).text
        assert got == (None if w is None else tuple(w))


def test_word_spans_kernel_random():
    rng = np.random.default_rng(7)
    alphabet = list("abc ,.'\u2019{}É1_") + ["ß", "\u0130"]
    texts = ["".join(rng.choice(alphabet, size=int(rng.integers(0, 40)))) for _ in range(300)]
    members = _tokenize(texts, None)
    for k, m in enumerate(members):
        if k % 3 == 0 and m.toks:    # a token from another member: often not found
            m.toks[int(rng.integers(len(m.toks)))] = members[(k + 1) % len(members)].toks[0] \
                if members[(k + 1) % len(members)].toks else "x"
        elif k % 3 == 1 and len(m.toks) >= 3:
            # words taken into a placeholder's value: the words after it recur inside the value
            q = int(rng.integers(len(m.toks) - 2))
            m.toks[q:q + int(rng.integers(1, 3))] = ["{NAME}"]
    want = _ref(members, texts)
    _batch_spans(members, texts)
    for m, w in zip(members, want):
        assert _got(m)[1] == (None if w is None else tuple(w))
    assert sum(w is not None for w in want) > 50


def test_word_after_a_placeholder_that_its_value_also_holds():
    # "Redscape Partners" is the company; the word after it, "partners", is also its last word
    texts = ["Redscape Partners partners with teams", "at Acme Group group calls, group calls"]
    members = [_Member(["{COMPANY}", "partners", "with", "teams"]),
               _Member(["at", "{COMPANY}", "group", "calls", "group", "calls"])]
    want = _ref(members, texts)
    assert want == [([-1, 18, 27, 32], [-1, 26, 31, 37]), ([0, -1, 14, 20, 27, 33], [2, -1, 19, 25, 32, 38])]
    _batch_spans(members, texts)
    assert [_got(m)[1] for m in members] == [tuple(w) for w in want]
    _fill_from(members[0], *members[0].src)
    assert members[0].values[0] == "Redscape Partners"


def _display(m):
    return m.disp, m.sep, m.values, m.lead


def _check_display_spans(texts, members):
    """Display forms, separators, values and lead filled from the display-span kernel equal
    those _fill_spans makes from the reference word spans."""
    want = []
    for m, t in zip(members, texts):
        r = _Member(list(m.toks))
        prepared = prepare(t).text
        low = _lower(prepared)
        _fill_spans(r, prepared, None if low is None else _word_spans_ref(low, r.toks))
        want.append(_display(r))
    _batch_spans(members, texts)
    found = 0
    for m, w in zip(members, want):
        _fill_from(m, *m.src)
        assert _display(m) == w
        found += m.src[1] is not None
    return found


def test_display_spans_kernel_equals_reference():
    texts = TEXTS + [
        "Hi Anna , thanks!",                       # a placeholder between spaced punctuation
        "Anna",                                     # only a placeholder
        "  Anna, hi",                               # leading spaces before a placeholder
        "Hi Anna",                                  # a placeholder at the end
        "Hi Anna \u2018x\u2019 Bob\u2019s (Anna) \u201cAnna\u201d end",
        "hello\n\n  world\t!  ",
        "Dear Mr Anna Smith-Jones,   see you",
        "Best,\nAnna Smith-Jones, Initech\nthanks",
        "Dear Anna - Initech | Globex; ok",
        "Dear Anna Smith-Jones Initech ok",
        "x Anna  y",
    ]
    members = _tokenize(texts, [{"recipient_name": "Anna Smith-Jones"}] * len(texts))
    # placeholder runs (values parted at a comma, line break, spaced dash, bar or semicolon,
    # or not at all), a placeholder first and last, and a gap of spaces only
    members[-4].toks = ["best", "{NAME}", "{COMPANY}", "thanks"]
    members[-3].toks = ["dear", "{NAME}", "{COMPANY}", "{NUM}", "ok"]
    members[-2].toks = ["dear", "{NAME}", "{COMPANY}", "ok"]
    members[-1].toks = ["x", "{NAME}", "{NUM}", "y"]
    members[-5].toks = ["{NAME}"] + members[-5].toks + ["{NAME}"]
    assert _check_display_spans(texts, members) >= len(texts) - 3


def test_values_of_a_placeholder_run_are_parted():
    from mass_msg_detect.templates import _fill_spans, _Member

    cases = [
        # (text, tokens, values, separators after each token)
        ("Best,\nAnna Kim, Initech\nbye", ["best", "{NAME}", "{COMPANY}", "bye"],
         [None, "Anna Kim", "Initech", None], [",\n", ", ", "\n", ""]),
        ("x Anna Kim - Initech | 42 y", ["x", "{NAME}", "{COMPANY}", "{NUM}", "y"],
         [None, "Anna Kim", "Initech", "42", None], [" ", " - ", " | ", " ", ""]),
        # no separator to part them, or more than one per boundary: the first holds it all
        ("x Anna Kim Initech y", ["x", "{NAME}", "{COMPANY}", "y"],
         [None, "Anna Kim Initech", "", None], [" ", " ", " ", ""]),
        ("x Kim, Anna, Initech y", ["x", "{NAME}", "{COMPANY}", "y"],
         [None, "Kim, Anna, Initech", "", None], [" ", " ", " ", ""]),
        ("x Anna Kim Smith-Jones y", ["x", "{NAME}", "{COMPANY}", "y"],
         [None, "Anna Kim Smith-Jones", "", None], [" ", " ", " ", ""]),
        # else at white space where that parts them exactly
        ("on 12 June y", ["on", "{NUM}", "{MONTH}", "y"], [None, "12", "June", None], [" ", " ", " ", ""]),
        ("x Anna Smith-Jones y", ["x", "{NAME}", "{COMPANY}", "y"],
         [None, "Anna", "Smith-Jones", None], [" ", " ", " ", ""]),
        ("on June\n21st, y", ["on", "{MONTH}", "{NUM}", "y"], [None, "June", "21st", None], [" ", "\n", ", ", ""]),
        # unfilled merge fields keep their braces, the separator between them has none
        ("Hi {NAME}, {COMPANY} is", ["hi", "{NAME}", "{COMPANY}", "is"],
         [None, "{NAME}", "{COMPANY}", None], [" ", ", ", " ", ""]),
        ("Hi {NAME}}, {{COMPANY} is", ["hi", "{NAME}", "{COMPANY}", "is"],
         [None, "{NAME}}", "{{COMPANY}", None], [" ", ", ", " ", ""]),
    ]
    for text, toks, values, seps in cases:
        m = _Member(list(toks))
        low = _lower(text)
        _fill_spans(m, text, _word_spans_ref(low, m.toks))
        assert (m.values, m.sep) == (values, seps), text
        k = _Member(list(toks))
        _batch_spans([k], [text])
        _fill_from(k, *k.src)
        assert (k.values, k.sep) == (values, seps), text


def test_span_texts_equal_filled_member():
    """Display and plain text of any token range read from the batch spans equal those of the
    filled member (_render_tokens, _plain_tokens)."""
    from mass_msg_detect.templates import _lazy, _plain_tokens, _render_tokens, _span_texts

    texts = TEXTS + ["Hi Anna, a {b} | c \\ d!  \u2018Anna\u2019s\u2019 team (Anna) x", "Anna Anna, hi"]
    members = _tokenize(texts, [{"recipient_name": "Anna"}] * len(texts))
    _batch_spans(members, texts)
    checked = 0
    for m in members:
        if not _lazy(m):
            continue
        n = len(m.toks)
        got = {(a, b): _span_texts(m, a, b, True) for a in range(n + 1) for b in range(a, n + 1)}
        plain = {(a, b): _span_texts(m, a, b, False) for a in range(n + 1) for b in range(a, n + 1)}
        _fill_from(m, *m.src)
        assert not _lazy(m)
        for (a, b), (r, p) in got.items():
            assert r == _render_tokens(m, a, b) and p == _plain_tokens(m, a, b)
            assert plain[a, b] == (None, p)
            checked += 1
    assert checked > 300


def test_display_spans_kernel_random():
    rng = np.random.default_rng(11)
    alphabet = list("ab  ,.'\u2019\u2018\u201c\u201d()-!?\n\t|;{}") + ["\u2014", "\u00e9", "1", "_", "\u00a0", "\u00b7",
                                                                    "\u6211", "\u597d", "\u3002"]
    texts = ["".join(rng.choice(alphabet, size=int(rng.integers(0, 30)))) for _ in range(400)]
    members = _tokenize(texts, None)
    for m in members:
        # placeholders anywhere: in place of a word, between words, in runs
        toks = []
        for t in m.toks:
            r = rng.random()
            if r < 0.2:
                toks.append("{NAME}")
            elif r < 0.3:
                toks += [t, "{NUM}"]
            elif r < 0.35:
                toks += ["{NAME}", "{NUM}", t]
            else:
                toks.append(t)
        if rng.random() < 0.2:
            toks.insert(0, "{NAME}")
        m.toks = toks
    assert _check_display_spans(texts, members) >= 100


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


def test_spans_of_characters_that_are_tokens_and_of_a_dotted_capital_i():
    # masking makes a token of each Han character ("王", "伟"), and keeps "İ", which lower-cases
    # to two characters: the words' spans are still found, by kernel and reference alike
    texts = ["Thanks!\n王伟\nManaging Director | Harbor", "Hi İlker, great to meet you. İstanbul calls",
             "我们的产品 is great for you"]
    members = _tokenize(texts, None)
    want = _ref(members, texts)
    assert all(w is not None for w in want)
    _batch_spans(members, texts)
    assert [_got(m)[1] for m in members] == [tuple(w) for w in want]
    for m in members:
        _fill_from(m, *m.src)
    assert members[0].disp == ["Thanks", "王", "伟", "{TITLE}", "Harbor"]
    assert members[1].disp[-2:] == ["İstanbul", "calls"] and members[1].values[1] == "İlker"
    assert members[2].disp[:6] == ["我", "们", "的", "产", "品", "is"]


def test_a_bar_is_edge_punctuation_of_a_value():
    # signatures "Name | Title | Company": the bars are separators, never part of a value
    texts = ["Thanks!\nWang Wei\nManaging Director | Harbor", "Best, Anna | VP Sales | Initech"]
    members = _tokenize(texts, [{"recipient_name": "Wang Wei"}, None])
    _batch_spans(members, texts)
    for m in members:
        _fill_from(m, *m.src)
    assert members[0].toks[2] == "{TITLE}" and members[0].values[2] == "Managing Director"
    assert members[0].sep[2] == " | "
    assert members[1].values[1:3] == ["Anna", "VP Sales"] and members[1].sep[1:3] == [" | ", " | "]
    _check_display_spans(texts, _tokenize(texts, [{"recipient_name": "Wang Wei"}, None]))

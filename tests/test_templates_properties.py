"""Properties of template reconstruction (hypothesis): whatever the members, the template is
well-formed spintax, with and without metadata and with ``redact``."""
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mass_msg_detect.templates import reconstruct

SLOT = re.compile(r"[A-Z]+")


def parse(s):
    """Number of groups of the spintax ``s``; ValueError where it is malformed: a backslash
    before anything but ``\\ { } |``, an unclosed group, a group of one option, a stray ``|`` or
    ``}`` outside a group."""
    i = 0
    n = len(s)
    groups = 0
    def seq(depth):
        nonlocal i, groups
        while i < n:
            c = s[i]
            if c == "\\":
                if i + 1 >= n or s[i + 1] not in "\\{}|":
                    raise ValueError(f"bad escape at {i}: {s[i:i+2]!r}")
                i += 2
            elif c == "{":
                m = SLOT.match(s, i + 1)
                if m and m.end() < n and s[m.end()] == "}":
                    i = m.end() + 1
                    continue
                i += 1
                opts = 1
                seq(depth + 1)
                while i < n and s[i] == "|":
                    i += 1
                    opts += 1
                    seq(depth + 1)
                if i >= n or s[i] != "}":
                    raise ValueError(f"unclosed group at {i}")
                if opts < 2:
                    raise ValueError(f"group with one option ending at {i}")
                groups += 1
                i += 1
            elif c in "|}":
                if depth == 0:
                    raise ValueError(f"stray {c!r} at {i}")
                return
            else:
                i += 1
    seq(0)
    return groups

WORDS = ["alpha", "beta", "gamma", "delta", "we", "help", "teams", "you", "call", "{x}", "a|b", "c\\d", "}", "{", "|", "—", "Anna", "Initech", "VP of Sales", "42", "$5", "http://a.io/x", "\n", ".", ",", "!"]

@st.composite
def campaign(draw):
    nparts = draw(st.integers(2, 8))
    parts = []
    for _ in range(nparts):
        if draw(st.booleans()):
            parts.append([draw(st.sampled_from(WORDS))])
        else:
            parts.append(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=3)))
    n = draw(st.integers(1, 30))
    texts = []
    for i in range(n):
        words = [p[draw(st.integers(0, len(p) - 1))] for p in parts]
        if draw(st.integers(0, 9)) == 0:
            words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(WORDS)))
        texts.append(" ".join(words))
    return texts

@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(campaign())
@example(["} }"] * 6 + ["alpha } }"] + ["} }"] * 3)   # most members without a token (was an IndexError)
def test_template_is_valid_spintax(texts):
    t = reconstruct(texts)
    assert isinstance(t.text, str)
    # one alternatives entry per group, each with the counts of at least two options
    assert parse(t.text) == len(t.alternatives), t
    assert all(len(a["options"]) >= 2 and all(n > 0 for _, n in a["options"]) for a in t.alternatives), t
    assert [s["slot"] for s in t.slots] == _placeholders(t.text), t

def _placeholders(text):
    """The slot names of a template's placeholders in order (escaped braces are text)."""
    return re.findall(r"(?<!\\)\{([A-Z]+)\}", text)


NAMES = ["Anna Kim", "Bo Li", "Chiara Rossi", "Dan O'Neil", "Eve"]
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(campaign(), st.data())
def test_template_is_valid_spintax_with_metadata(texts, data):
    metas = []
    out = []
    for i, t in enumerate(texts):
        name = data.draw(st.sampled_from(NAMES))
        comp = data.draw(st.sampled_from(["Initech", "Acme Corp", "A|B {Labs}", "Globex"]))
        title = data.draw(st.sampled_from(["VP of Sales", "CTO", "Head {of} Things"]))
        metas.append({"recipient_name": name, "recipient_company": comp, "recipient_title": title})
        out.append(f"Hi {name.split()[0]}, " + t + f" at {comp} as {title}s")
    t = reconstruct(out, metas)
    assert parse(t.text) == len(t.alternatives), t
    assert [s["slot"] for s in t.slots] == _placeholders(t.text), t
    r = reconstruct(out, metas, redact=True)
    assert parse(r.text) == len(r.alternatives), r
    assert all(not s["values"] for s in r.slots), r.slots

"""Template reconstruction: the spintax template behind a campaign.

``reconstruct(texts, metadata)`` aligns the members' masked token streams (words lower-cased,
placeholders such as ``{NAME}``; the same streams the shingles are cut from) to a reference member
and writes the template in spintax notation::

    {Hi|Hello} {NAME}, I saw you're the {TITLE} at {COMPANY}. Do you have 20 minutes this week?

Method (deterministic, no randomness):

1. At most ``max_members`` members are used, chosen evenly by row order
   (``numpy.linspace(0, n - 1, max_members)`` rounded), so a campaign of 100,000 copies costs
   the same as one of ``max_members``.
2. Each member is tokenized by the masking kernel (:func:`~mass_msg_detect.shingling.masked_streams`).
   As a safety net, a word equal to a word of that member's ``recipient_name`` becomes ``{NAME}``.
3. The reference is the member whose distinct tokens are most shared (sum over its distinct
   tokens of document frequency minus half the member count; ties: lowest row).
4. Every member is aligned to the reference with :class:`difflib.SequenceMatcher` on token lists
   (star alignment). A reference token matched in at least 95% of members is *solid*; solid
   tokens are the fixed text.
5. Between consecutive solid tokens each member has a variant (its tokens between the two matches;
   members that miss either neighbour do not vote). A variant is an *option* only when at least
   ``max(2, 5% of members used)`` members use it, so typos and dropped words never become options.
   One option: written as fixed text. Two or more: a spin group ``{a|b|c}``, most used first
   (``{|really}`` when one option is empty). None, while most members have some text there:
   the slot ``{TEXT}`` (free text that differs in nearly every message).
6. Display form (case and punctuation) comes from the reference member for fixed text and from
   the first member using an option for that option; word spans are found in the prepared text by
   their masked form, so only masked tokens and the punctuation between them reach the template: a
   recipient's name is never copied into it (it is a ``{NAME}`` slot, its values in ``slots``).
   When the spans of a member cannot be recovered, its words are shown lower-cased.

Literal ``\\``, ``{``, ``}`` and ``|`` in fixed text are escaped with a backslash.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np

from .masking import prepare
from .shingling import masked_streams

__all__ = ["Template", "reconstruct", "reconstruct_many", "escape"]

SOLID = 0.95          # share of members that must match a reference token for it to be fixed text
OPTION_SHARE = 0.05   # share of members (and at least 2) that must use a variant for it to be an option
FREE_TEXT_SLOT = "{TEXT}"

_ESCAPE_RE = re.compile(r"([\\{}|])")
_WORD_SPLIT = re.compile(r"[^\w']+")
_EDGE_PUNCT_R = ",.;:!?)]\"'\u201d\u2019"
_EDGE_PUNCT_L = "([\"'\u201c\u2018"


def escape(text: str) -> str:
    """Backslash-escape the spintax metacharacters ``\\ { } |`` in literal text."""
    return _ESCAPE_RE.sub(r"\\\1", text)


@dataclass
class Template:
    text: str                                              # spintax
    slots: list[dict] = field(default_factory=list)        # {"slot": "NAME", "values": [[v, n], ...]}
    alternatives: list[dict] = field(default_factory=list)  # {"options": [[text, n], ...]}
    members_used: int = 0

    def to_dict(self) -> dict:
        return {"template": self.text, "slots": self.slots, "alternatives": self.alternatives,
                "members_used": self.members_used}


# ---------------------------------------------------------------- display spans of one member
class _Member:
    """One member: its masked tokens, their display forms, separators, and placeholder values."""

    __slots__ = ("toks", "disp", "sep", "lead", "values")

    def __init__(self, toks: list[str]):
        self.toks = toks
        self.disp: list[str] | None = None   # display text of each token (placeholders: "{X}")
        self.sep: list[str] | None = None    # text after each token up to the next one
        self.lead = ""
        self.values: list[str | None] = [None] * len(toks)   # raw text of placeholder tokens


def _is_ph(tok: str) -> bool:
    return tok.startswith("{") and tok.endswith("}")


def _split_value(gap: str) -> tuple[str, str, str]:
    """Split the text a placeholder stands in into (before, value, after) separators."""
    a = len(gap) - len(gap.lstrip())
    b = len(gap.rstrip())
    while a < b and gap[a] in _EDGE_PUNCT_L:
        a += 1
    while b > a and gap[b - 1] in _EDGE_PUNCT_R:
        b -= 1
    return gap[:a], gap[a:b], gap[b:]


def _clean_sep(s: str) -> str:
    """A separator between two tokens: its punctuation and line breaks, never letters or digits."""
    if any(c.isalnum() for c in s):
        return " "
    return s if s else " "


def _find_word(low: str, t: str, pos: int) -> int:
    """First occurrence of word ``t`` in ``low`` at or after ``pos`` that is not inside a longer word."""
    n = len(low)
    while True:
        j = low.find(t, pos)
        if j < 0:
            return -1
        e = j + len(t)
        if (j == 0 or not low[j - 1].isalnum()) and (e >= n or not low[e].isalnum()):
            return j
        pos = j + 1


def _spans(m: _Member, text: str) -> None:
    """Fill display forms, separators and placeholder values of ``m`` from its original text."""
    toks = m.toks
    n = len(toks)
    prepared = prepare(text).text
    low = prepared.lower()
    ok = len(low) == len(prepared)
    if ok:
        low = low.replace("\u2019", "'").replace("\u2018", "'")
        starts = [0] * n
        ends = [0] * n
        pos = 0
        for i, t in enumerate(toks):
            if _is_ph(t):
                starts[i] = ends[i] = -1
                continue
            j = _find_word(low, t, pos)
            if j < 0:
                ok = False
                break
            gap = low[pos:j]
            prev_word = i > 0 and not _is_ph(toks[i - 1])
            if prev_word and any(c.isalnum() for c in gap):
                ok = False
                break
            if j > 0 and low[j - 1].isalnum() and (i == 0 or prev_word):
                ok = False
                break
            starts[i] = j
            ends[i] = pos = j + len(t)
    if not ok:
        m.disp = [t for t in toks]
        m.sep = [" "] * n
        m.sep[-1:] = [""]
        m.lead = ""
        return
    disp = [""] * n
    sep = [""] * n
    # placeholders: raw text between the neighbouring words
    i = 0
    prev_end = 0
    lead = None
    while i < n:
        if not _is_ph(toks[i]):
            disp[i] = prepared[starts[i]:ends[i]]
            if lead is None:
                lead = prepared[:starts[i]]
            prev_end = ends[i]
            i += 1
            continue
        k = i
        while k < n and _is_ph(toks[k]):
            k += 1
        nxt = starts[k] if k < n else len(prepared)
        gap = prepared[prev_end:nxt]
        before, value, after = _split_value(gap)
        if i > 0:
            sep[i - 1] = before
        elif lead is None:
            lead = before
        for q in range(i, k):
            disp[q] = toks[q]
            m.values[q] = value if q == i else ""
            sep[q] = " "
        sep[k - 1] = after
        prev_end = nxt
        i = k
    for i in range(n - 1):
        if not _is_ph(toks[i]) and not _is_ph(toks[i + 1]):
            sep[i] = prepared[ends[i]:starts[i + 1]]
    if n and not _is_ph(toks[-1]):
        sep[-1] = prepared[ends[-1]:]
    for i in range(n):
        sep[i] = _clean_sep(sep[i]) if i < n - 1 else ("" if any(c.isalnum() for c in sep[i]) else sep[i])
    m.disp, m.sep = disp, sep
    m.lead = "" if lead is None or any(c.isalnum() for c in lead) else lead


# ---------------------------------------------------------------- reconstruction
def _sample(n: int, max_members: int) -> list[int]:
    if n <= max_members:
        return list(range(n))
    return sorted(set(np.linspace(0, n - 1, max_members).round().astype(int).tolist()))


def _name_words(meta: Mapping | None) -> set[str]:
    if not meta:
        return set()
    name = meta.get("recipient_name")
    if not isinstance(name, str):
        return set()
    return {w for w in _WORD_SPLIT.split(name.lower()) if len(w) > 1}


def _render_tokens(m: _Member, a: int, b: int, redact_values: bool = False) -> str:
    """Display text of tokens a..b-1 of member m (escaped, separators inside only)."""
    out = []
    for i in range(a, b):
        d = m.disp[i]
        out.append(d if _is_ph(m.toks[i]) else escape(d))
        if i < b - 1:
            out.append(escape(m.sep[i]))
    return "".join(out)


def _plain_tokens(m: _Member, a: int, b: int) -> str:
    """Unescaped display text of tokens a..b-1 (for the option lists)."""
    out = []
    for i in range(a, b):
        out.append(m.disp[i])
        if i < b - 1:
            out.append(m.sep[i])
    return "".join(out)


def _reconstruct_members(members: list[_Member], texts: list[str], redact: bool) -> Template:
    nm = len(members)
    if nm == 0:
        return Template("", [], [], 0)
    # reference: the member whose distinct tokens are most shared
    df: Counter = Counter()
    for m in members:
        df.update(set(m.toks))
    half = nm / 2.0
    ref_i = max(range(nm), key=lambda i: (sum(df[t] - half for t in set(members[i].toks)), -i))
    ref = members[ref_i]
    L = len(ref.toks)
    # star alignment: mapping[k][p] = position in member k of reference token p, or -1
    mapping = np.full((nm, L), -1, dtype=np.int64)
    sm = difflib.SequenceMatcher(None, autojunk=False)
    sm.set_seq2(ref.toks)
    for k, m in enumerate(members):
        if k == ref_i or m.toks == ref.toks:
            mapping[k] = np.arange(L)
            continue
        sm.set_seq1(m.toks)
        for a, b, size in sm.get_matching_blocks():
            if size:
                mapping[k, b:b + size] = np.arange(a, a + size)
    support = (mapping >= 0).sum(axis=0)
    min_opt = max(2.0, OPTION_SHARE * nm)
    # solid: fewer members miss it than could form an option of their own
    solid = [p for p in range(L) if nm - support[p] < min_opt]

    # lazily computed display spans (only for members whose text we show or whose values we count)
    def spans(k):
        m = members[k]
        if m.disp is None:
            _spans(m, texts[k])
        return m

    spans(ref_i)
    pieces: list[str] = [escape(ref.lead)]
    slots: list[dict] = []
    alts: list[dict] = []

    def slot_values(idx_pairs):
        """idx_pairs: list of (member k, token position) -> value counts."""
        if redact:
            return []
        c: Counter = Counter()
        for k, q in idx_pairs:
            v = spans(k).values[q]
            if v:
                c[v] += 1
        return [[v, n] for v, n in sorted(c.items(), key=lambda x: (-x[1], x[0]))]

    def emit_region(lo_ref: int, hi_ref: int, left: int | None, right: int | None):
        """Region strictly between solid reference positions left and right (None = text edge)."""
        votes: dict[tuple, list[tuple[int, int, int]]] = {}
        for k in range(nm):
            row = mapping[k]
            a = 0 if left is None else row[left] + 1
            b = len(members[k].toks) if right is None else row[right]
            if (left is not None and row[left] < 0) or (right is not None and row[right] < 0) or b < a:
                continue
            votes.setdefault(tuple(members[k].toks[a:b]), []).append((k, a, b))
        ranked = sorted(votes.items(), key=lambda kv: (-len(kv[1]), kv[1][0][0]))
        opts = [(v, users) for v, users in ranked if len(users) >= min_opt]
        voters = sum(len(u) for u in votes.values())
        nonempty = sum(len(u) for v, u in votes.items() if v)
        ref_var_a = 0 if left is None else left + 1
        ref_var_b = L if right is None else right
        if not opts:
            if voters and nonempty * 2 > voters:
                return FREE_TEXT_SLOT, ref_var_a, ref_var_b
            return "", ref_var_a, ref_var_b
        if len(opts) == 1:
            v, users = opts[0]
            if not v:
                return "", ref_var_a, ref_var_b
            k, a, b = next(((k, a, b) for k, a, b in users if k == ref_i), users[0])
            m = spans(k)
            for q in range(a, b):
                if _is_ph(m.toks[q]):
                    slots.append({"slot": m.toks[q][1:-1],
                                  "values": slot_values([(kk, aa + (q - a)) for kk, aa, _ in users])})
            return _render_tokens(m, a, b), ref_var_a, ref_var_b
        shown = []
        listed = []
        for v, users in opts:
            k, a, b = next(((k, a, b) for k, a, b in users if k == ref_i), users[0])
            m = spans(k)
            shown.append(_render_tokens(m, a, b))
            listed.append([_plain_tokens(m, a, b), len(users)])
            for q in range(a, b):
                if _is_ph(m.toks[q]):
                    slots.append({"slot": m.toks[q][1:-1],
                                  "values": slot_values([(kk, aa + (q - a)) for kk, aa, _ in users])})
        alts.append({"options": listed})
        return "{" + "|".join(shown) + "}", ref_var_a, ref_var_b

    bounds = [None] + solid + [None]
    for j in range(len(bounds) - 1):
        left, right = bounds[j], bounds[j + 1]
        text, ra, rb = emit_region(None, None, left, right)
        if text:
            if ra == rb:
                # the reference has nothing here: keep its separator on both sides
                pieces.append(text + (escape(ref.sep[left]) if left is not None else " "))
            else:
                pieces.append(text)
                if rb > ra:
                    pieces.append(escape(ref.sep[rb - 1]) if right is not None else "")
        if right is not None:
            tok = ref.toks[right]
            if _is_ph(tok):
                pieces.append(tok)
                slots.append({"slot": tok[1:-1],
                              "values": slot_values([(k, int(mapping[k, right])) for k in range(nm)
                                                     if mapping[k, right] >= 0])})
            else:
                pieces.append(escape(ref.disp[right]))
            pieces.append(escape(ref.sep[right]))
    text = "".join(pieces).strip()
    return Template(text, slots, alts, nm)


def _tokenize(texts: Sequence[str], metadata: Sequence[Mapping | None] | None) -> list[_Member]:
    streams = masked_streams(list(texts), metadata=metadata)
    out = []
    for i, s in enumerate(streams):
        toks = s.split()
        names = _name_words(metadata[i]) if metadata is not None else set()
        if names:
            toks = [("{NAME}" if t in names else t) for t in toks]
            # runs of one placeholder collapse, as in masking
            toks = [t for j, t in enumerate(toks) if not (j and _is_ph(t) and toks[j - 1] == t)]
        out.append(_Member(toks))
    return out


def reconstruct_many(texts: Sequence[str], groups: Sequence[Sequence[int]],
                     metadata: Sequence[Mapping | None] | None = None, *,
                     max_members: int = 200, redact: bool = False) -> list[Template]:
    """One :class:`Template` per group of row indices into ``texts`` (e.g. ``Campaign.members``).

    All sampled members of all groups are tokenized in one kernel call. At most ``max_members``
    members per group are used, chosen evenly by row order.
    """
    picked = []
    for g in groups:
        g = sorted(int(x) for x in g)
        picked.append([g[i] for i in _sample(len(g), max_members)])
    rows = [r for p in picked for r in p]
    if not rows:
        return [Template("", [], [], 0) for _ in groups]
    sub_texts = [texts[r] for r in rows]
    sub_meta = None
    if metadata is not None:
        sub_meta = [metadata[r] or {} for r in rows]
    members = _tokenize(sub_texts, sub_meta)
    out = []
    pos = 0
    for p in picked:
        ms = members[pos:pos + len(p)]
        out.append(_reconstruct_members(ms, sub_texts[pos:pos + len(p)], redact))
        pos += len(p)
    return out


def reconstruct(texts: Sequence[str], metadata: Sequence[Mapping | None] | None = None, *,
                max_members: int = 200, redact: bool = False) -> Template:
    """The spintax :class:`Template` of one campaign's messages (see the module docstring).

    At most ``max_members`` messages are used, chosen evenly by row order
    (``linspace(0, n - 1, max_members)``), so time is bounded for huge campaigns; ``members_used``
    says how many. ``redact=True`` leaves every slot's value list empty (slot values are personal
    data). Deterministic: the same input gives the same template.
    """
    texts = list(texts)
    if metadata is not None and len(metadata) != len(texts):
        raise ValueError(f"metadata has {len(metadata)} entries for {len(texts)} texts")
    return reconstruct_many(texts, [range(len(texts))], metadata,
                            max_members=max_members, redact=redact)[0]

"""Template reconstruction: the spintax template behind a campaign.

``reconstruct(texts, metadata)`` aligns the members' masked token streams (words lower-cased,
placeholders such as ``{NAME}``; the streams the shingles are cut from, but for two things: a run
of one placeholder type is parted at a sentence break, "introduce {COMPANY}. {COMPANY} helps",
and a title needs a capitalised first word, so "a fellow member of" stays words) and writes the
template in spintax notation::

    {Hi|Hello} {NAME}, I saw you're the {TITLE} at {COMPANY}. Do you have {NUM} minutes this week?

Method (deterministic, no randomness):

1. Bounded work: at most ``max_members`` members are used, chosen evenly by row order
   (``numpy.linspace(0, n - 1, max_members)`` rounded); slot values are counted over at most
   ``MAX_VALUE_MEMBERS`` (16) of them, again spread evenly.
2. Each member is tokenized by the masking kernel (:func:`~mass_msg_detect.shingling.masked_streams`,
   ``template=True``).
   Safety net over masking: a word of the member's recipient name or sender id, or of another
   member's recipient name when fewer than half the members use that word, becomes ``{NAME}``;
   the member's recipient title written with a plural s ("Director of Marketings") becomes
   ``{TITLE}`` where masking left any of it; a solid title slot most members fill with their
   own title and an s is written ``{TITLE}s``, its values the titles. A "the" right before a
   company slot joins the slot where fewer than ``ARTICLE_SHARE`` (a quarter) of the members
   with a company slot after the same word write it there (the article of "The Bluebird
   Company": :func:`_join_company_articles`).
   Typos fold into the word they misspell (:func:`_fold_typos`: one edit apart, the word at
   least ``TYPO_MIN_LEN`` letters and used by ``TYPO_RARER`` times as many members; campaigns of
   10 or more members); the member keeps its own spelling for display, which prefers others.
   Free text (:func:`_mark_free_text`, campaigns of ``FREE_MIN_MEMBERS`` (10) or more): words
   fewer members use than could form an option, and values a few members share where free
   text is ``FREE_SHARE`` (3) times as common, become one ``{TEXT}`` token per run, a slot
   whose values are what members wrote there (unmasked cities and industries); a run right
   after a name, title or company slot is left to that slot's value (masking's leftovers,
   "{COMPANY} labs"). In a region, a variant with ``{TEXT}`` where a variant as much used has
   a slot is that variant, and so is a variant with a name slot where a more used one has
   ``{TEXT}`` (a city that is also a given name); ``{TEXT}`` splits a region when all but a
   tenth of its voters have it once (``FREE_ANCHOR``).
3. Reference: the member whose distinct tokens are most shared (sum over its distinct tokens of
   document frequency minus half the member count; ties: first row).
4. Alignment without dynamic programming (:func:`_align`): each reference token is looked up in
   every member by a key, the most specific first (its word pair with the previous word, with
   the next word, each numbered by occurrence; then the word alone numbered from the start,
   then from the end), for all members at once with a few numpy sorts; where a member's
   matches cross, a longest increasing run of them is kept. A reference token is *solid*
   (fixed text) when fewer members miss it than the option threshold below.
5. Between consecutive solid tokens each member has a variant (its tokens between the two
   matches; members missing either neighbour do not vote; a company or title slot whose
   one-word value other voters write as a word, an option's worth of them, votes as that
   word: "{at|for} Araordio", where masking took the word after "at" for a company). A variant is an *option* only when at
   least ``max(2, 5% of members used)`` members use it, so typos and dropped words never become
   options; they fall back to the majority form.
   Within a region: a word that nearly every voter has exactly once is fixed text and splits
   the region; words all options share at either end become fixed text; adjacent spin groups
   are cut apart at the leftmost group boundary of each variant, a place where voters sharing
   the words before it go on differently and voters sharing the words after it came to them
   differently (counted on runs of one to three words, so several adjacent groups whose whole
   combinations are each rare still show their boundaries, and an empty option at either end
   is a group of its own; an option whose boundary no one confirms is cut where the words on
   one side are a confirmed part or a whole other option, so a sign-off most members add is a
   group of its own; variants that begin with the same word are all cut at their start or all
   after that word, as most of their voters are; where every variant would be cut at its
   start, the cuts are looked for past it); one option is fixed text; two or more are a spin
   group ``{a|b}`` (most used first, ``{|really}`` when one is empty). Rare variants sharing
   their first (last) words that differ after (before) them become ``words {TEXT}``
   (``{TEXT}``: free text that differs in most messages, such as an unmasked city); the rare
   variants left beside such classes are ``{TEXT}`` alone (``{{TEXT}|{TEXT} and was
   impressed}``); a slot followed by such text is the slot alone (``{COMPANY} ltd's`` is
   masking's leftover of the value); two classes at the same end put the free text outside
   the group (``{TEXT} {person|professional}``). A
   region that nearly every voter's variant crosses a sentence break in (a full stop, question
   or exclamation mark or line break between two of its words; as many breaks each; all but
   fewer than an option's worth or a tenth of the voters, ``FREE_ANCHOR``) is cut at the first
   break: spin tools spin within sentences ("{we talk|I reach out}. {We might|Perhaps we
   could}"). A
   region with no repeated wording used by half its voters is ``{TEXT}`` when most voters have
   text there, else nothing. Such a class of free text counts as an option: one option beside
   it is no fixed text, and words all options share at either end are fixed text only when
   the voters without them hold no such class (``{on Teams|over coffee in {TEXT}}``, a city
   masking leaves); a repeated prefix followed by free text is cut before the first later word
   that an option's worth of voters write after at least 3 different words, so the free text
   stays with the words before it; where the prefix without its last word is a boundary other
   voters confirmed, that word begins the free text (``{work|leadership} {at {COMPANY}|in
   {TEXT}}``), in every variant where it ends such a prefix. Nearly every voter in one of two
   classes of free text, one at each end and no variant in both, is one group of those two
   options, never two groups side by side (``{executives in {TEXT}|{TEXT} leaders}``, even
   where one value is written in both).
6. A solid slot that nearly every member fills with the same value (all but fewer than an
   option's worth, or a tenth (``CONSTANT_OTHER``), of at least ``CONSTANT_MIN_MEMBERS`` (5);
   compared case-insensitively, a value one typo away agreeing) is that value as fixed text,
   in its most common form ("Vantage Insurance offers", "within 30 days", "the Chief
   Technology Officer role": masking took fixed text for a slot). Only slots in
   ``CONSTANT_SLOTS``: titles, companies, URLs, numbers, money, percentages, and a name only
   when written in capitals and no word of any member's recipient or sender name ("DORA",
   a regulation masking took for a given name), never with ``redact`` or without metadata;
   dates, weekdays and months too ("on Tuesday, 12 March"); e-mail addresses, handles and
   phone numbers are personal data and stay slots. A slot inside an option is judged likewise among the
   members who chose that option (``{our firm|Boldbit Analytics}``), unless it stands beside
   another slot.
7. Adjacent spin groups whose choices always go together (90% of members), separated by at most
   four fixed words, are joined: ``{call|describe} us {|as}`` becomes ``{call us|describe us as}``.
8. Display form (case and punctuation) comes from the reference for fixed text and from the most
   common form among a few users of each option; word spans are found in the prepared text by
   their masked form, so only masked words and the punctuation between them reach the template:
   a recipient's name is never copied into it (it is a ``{NAME}`` slot; its values are listed in
   ``slots`` unless ``redact``). When a member's spans cannot be recovered its words are shown
   lower-cased. A run of k adjacent slots ("{NAME} {COMPANY}" of "Sam Reed, Brightpath") has
   one value each where exactly k - 1 separators inside its text part values (a comma,
   semicolon, bar, line break, or a dash with a space beside it; where those are not k - 1,
   also a full stop, question or exclamation mark with a space beside it), those separators
   between them; otherwise the first slot's value is the whole text and the others' are empty.

Literal ``\\``, ``{``, ``}`` and ``|`` in fixed text are escaped with a backslash.
"""
from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import numbers
import os
import re
import signal
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, NamedTuple, Sequence

import numpy as np

from ._tables import C_CJK, char_class
from ._util import gc_paused
from .masking import prepare
from .shingling import check_texts, decode_parts, masked_streams, masked_streams_raw

__all__ = ["Template", "reconstruct", "reconstruct_many", "escape"]

OPTION_SHARE = 0.05   # share of members (and at least 2) that must use a variant for it to be an option
FREE_TEXT_SLOT = "{TEXT}"
CONSTANT_SLOTS = frozenset({"TITLE", "COMPANY", "URL", "NUM", "MONEY", "PERCENT", "NAME", "DATE", "WEEKDAY",
                            "MONTH"})
"""Slots shown as fixed text when nearly every member fills them the same way (a name only
when written in capitals and no member's recipient or sender name, never with ``redact``;
e-mail addresses, handles and phone numbers stay slots)."""
CONSTANT_MIN_MEMBERS = 5   # members that must fill a slot before its value can be constant
CONSTANT_OTHER = 0.1   # share of them that may give another value (or than an option's worth)
_ENTITY_SLOTS = frozenset({"{NAME}", "{TITLE}", "{COMPANY}"})
_CLASS_SLOTS = _ENTITY_SLOTS | {FREE_TEXT_SLOT}   # slots whose values masking may miss (see values_for_slot)
_APOSTROPHES = "'\u2019\u2018"   # join a word and the part masking cut off it ("it" "s" of "It's")
_TYPO_SLOTS = frozenset({"NAME", "TITLE", "COMPANY", "URL"})   # constant values may differ by a typo
_WORD_SLOTS = frozenset({"{TITLE}", "{COMPANY}"})   # slots whose one-word value may be a word (see words_for_slots)
FREE_ANCHOR = 0.1   # share of a region's voters that may lack its {TEXT} when it splits the region
FREE_SHARE = 3   # a shared value is free text where free text is this many times as common
FREE_MIN_MEMBERS = 10   # campaigns with fewer members keep their rare words (see _mark_free_text)
REGION_DEPTH = 24  # nested cuts of a region at sentence breaks and fixed words, at most
GROUP_DEPTH = 16   # nested cuts between spin groups, at most (a long region of adjacent groups peels one a cut)
REGION_TOKENS = 20000  # a region whose distinct variants hold more tokens is shown as its most common one
MAX_VALUE_MEMBERS = 16  # slot values are counted over at most this many members, spread evenly
MAX_MEMBERS = 100
"""Members per campaign used by default (an even sample by row order). Measured with
scripts/eval_templates.py on dev templates, seeds 7, 8, 9: pass-all 0.816 / 0.767 / 0.787 at
100 against 0.835 / 0.757 / 0.796 at 200 (one or two campaigns either way), for 20% less
reconstruction time on 100k messages; at 64, 0.816 / 0.757 / 0.759."""

MAX_TOKENS = 4000
"""Tokens of each member used (its first ones): the alignment's cost grows with the square of
a message's length where one word repeats through it, so a longer message's template covers
its beginning only (campaign messages are a few hundred tokens at most)."""

_ESCAPE_RE = re.compile(r"([\\{}|])")
_DOTTED = r"(?<!\w)\w(?:\.\w)+"   # a dotted abbreviation ("S.A", "S.r.l")
_ABBREVIATED = re.compile(r"(?:" + _DOTTED + r"|(?<![\w.])(?i:inc|ltd|co|corp|llc|plc|gmbh|sa|sl|srl|spa|bv|nv|ag|"
                          r"pty|pvt|oy|ab|kg|lp|llp|sas|sarl|bhd|dd|doo|sro|kft|ltda|cia))\Z")
"""A value ending in an abbreviation that is written with a full stop ("Acme Inc", "Nova S.A")."""
_DOTTED_END = re.compile(_DOTTED + r"\Z")   # a value ending in a dotted abbreviation
_WORD_SPLIT = re.compile(r"[^\w']+")
# (opening ones too: "Anna, (quick")
_EDGE_PUNCT_R = ",.;:!?)]\"'\u201d\u2019\u2014\u2013-|([<\u00bf\u00a1\u201c\u2018\u00ab\u201e&\u3002\u3001"
_EDGE_PUNCT_L = "([\"'\u201c\u2018,.;:!?\u2014\u2013-|"
_SPLIT_CHARS = ",;|\n\r\u00b7\u2022"   # part the values of a run of placeholders
_DASHES = "-\u2013\u2014"               # part them with a space beside ("Anna - Initech")
_STOPS = ".!?"                          # part them with a space beside where nothing else does


def escape(text: str) -> str:
    """Backslash-escape the spintax metacharacters ``\\ { } |`` in literal text."""
    if "{" in text or "}" in text or "|" in text or "\\" in text:
        return _ESCAPE_RE.sub(r"\\\1", text)
    return text        # the common case, without a regular expression call


@dataclass
class Template:
    text: str                                              # spintax
    # one per placeholder of text, in its order: {"slot": "NAME", "values": [[v, n], ...]}
    slots: list[dict] = field(default_factory=list)
    alternatives: list[dict] = field(default_factory=list)  # {"options": [[text, n], ...]}
    members_used: int = 0

    def to_dict(self) -> dict:
        return {"template": self.text, "slots": self.slots, "alternatives": self.alternatives,
                "members_used": self.members_used}


# ---------------------------------------------------------------- display spans of one member
class _Member:
    """One member: its masked tokens, their display forms, separators, and placeholder values."""

    __slots__ = ("toks", "disp", "sep", "lead", "values", "src", "typos", "folded", "names", "plural")

    def __init__(self, toks: list[str]):
        self.toks = toks
        self.disp: list[str] | None = None   # display text of each token (placeholders: "{X}")
        self.sep: list[str] | None = None    # text after each token up to the next one
        self.lead = ""
        self.values: list[str | None] | None = None   # raw text of placeholder tokens (set with disp)
        self.src = None   # (prepared text, _Spans or None, first token, number) from a batch
        self.typos: frozenset[int] = frozenset()   # positions whose token was a typo, now corrected
        self.folded: list[str] | None = None   # tokens with typos folded, until the spans are found
        self.names: frozenset[str] = frozenset()   # words of its recipient and sender names
        self.plural: str | None = None   # its recipient title with a plural s, case-folded


def _is_ph(tok: str) -> bool:
    return tok[:1] == "{"


_PLACEHOLDER_RE = re.compile(r"(?<!\\)\{[A-Z]+\}")


def _fill_placeholders(text: str, values: list, convert=None) -> str:
    """``text`` (a span's display or plain text) with its i-th placeholder replaced by
    ``values[i]`` (``convert(values[i])`` when given) where that is not None. Escaped braces
    (``\\{``) are literal text, never a placeholder."""
    it = iter(values)

    def sub(mt):
        v = next(it, None)
        return mt.group(0) if v is None else (convert(v) if convert else v)

    return _PLACEHOLDER_RE.sub(sub, text)


_ALNUM = re.compile(r"[^\W_]")
_NON_ALNUM_RUN = re.compile(r"[\W_]+")   # a maximal run of characters not str.isalnum()


def _has_alnum(s: str) -> bool:
    return _ALNUM.search(s) is not None


def _split_value(gap: str) -> tuple[str, str, str]:
    """Split the text a placeholder stands in into (before, value, after) separators."""
    a = len(gap) - len(gap.lstrip())
    b = len(gap.rstrip())
    while a < b and (gap[a] in _EDGE_PUNCT_L or gap[a].isspace()):
        a += 1
    while b > a and (gap[b - 1] in _EDGE_PUNCT_R or gap[b - 1].isspace()):
        b -= 1
    return gap[:a], gap[a:b], gap[b:]


def _value_parts(value: str, k: int) -> list[tuple[str, str]] | None:
    """The text of a run of ``k`` placeholders as ``k`` (value, separator after) pairs, parted
    at the runs of separators strictly inside it that hold a comma, semicolon, bar or line
    break, or a dash with a space beside it ("Anna Kim, Initech" -> Anna Kim | Initech), when
    there are exactly ``k - 1`` of them; else, counting also the runs that hold a full stop,
    question or exclamation mark with a space beside it (masking keeps one type's values
    apart there: "Orbit Insurance. Orbit Insurance"), when those are exactly ``k - 1``; else
    counting every run holding white space ("12 June" for {NUM} {MONTH}), when those are
    exactly ``k - 1``; else None. Reference of the kernel's parting."""
    cuts = []
    stops = []
    spaces = []
    for mt in _NON_ALNUM_RUN.finditer(value):
        a, b = mt.span()
        run = mt.group()
        if a > 0 and b < len(value):
            if any(c in _SPLIT_CHARS for c in run) or (
                    any(c in _DASHES for c in run) and any(c.isspace() for c in run)):
                cuts.append((a, b))
                stops.append((a, b))
            elif any(c in _STOPS for c in run) and any(c.isspace() for c in run):
                stops.append((a, b))
            if any(c.isspace() for c in run) or (cuts and cuts[-1] == (a, b)):
                spaces.append((a, b))
    for cuts in (cuts, stops, spaces):
        if len(cuts) == k - 1:
            break
    else:
        return None
    out = []
    prev = 0
    for a, b in cuts:
        # an unfilled merge field's braces stay with its value ("{NAME}, {COMPANY}")
        while a < b and value[a] == "}":
            a += 1
        while b > a and value[b - 1] == "{":
            b -= 1
        out.append((value[prev:a], value[a:b]))
        prev = b
    out.append((value[prev:], " "))
    return out


def _singular_values(values: list) -> list:
    """Slot value counts ``[[value, n], ...]`` with a final s dropped from each value ("{TITLE}s"
    filled with "Data Scientists" is "Data Scientist"), counts of equal results added."""
    c: Counter = Counter()
    for v, n in values:
        c[v[:-1] if v[-1:] in ("s", "S") else v] += n
    return [[v, n] for v, n in sorted(c.items(), key=lambda x: (-x[1], x[0]))]


def _ends_sentence(sep: str) -> bool:
    """Whether a separator ends a sentence: it holds a full stop, question or exclamation
    mark, or a line break."""
    return any(c in ".!?\n" for c in sep)


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"))
"""Invisible format characters (zero-width spaces and joiners, byte-order marks, soft hyphens,
direction marks) dropped from a template's text: they are not part of what a reader sees
("Check out this video on YouTube:\ufeff")."""
_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")   # two or more spaces between visible characters


def _space_of(sep: str) -> str:
    """The white space of a separator: its line breaks where it has any (".\n\n" ->
    "\n\n"), else one space, or nothing for an empty separator."""
    if "\n" in sep:
        return "".join(c for c in sep if c == "\n")
    return " " if sep else ""


def _clean_sep(s: str) -> str:
    """A separator between two tokens: its punctuation and line breaks, never letters or digits."""
    if not s or _ALNUM.search(s):
        return " "
    return s


def _own_token(c: str) -> bool:
    """Whether masking makes a token of character ``c`` alone (Han, kana, Thai, ...)."""
    return char_class(c) == C_CJK


def _find_word(low: str, t: str, pos: int) -> int:
    """First occurrence of word ``t`` in ``low`` at or after ``pos`` that is not inside a longer
    word: its neighbours are no letters or digits, but for a character masking makes a token
    of its own (:func:`_own_token`), beside it or its first ("王" of "王伟")."""
    n = len(low)
    while True:
        j = low.find(t, pos)
        if j < 0:
            return -1
        e = j + len(t)
        own = _own_token(low[j])
        if (j == 0 or own or not low[j - 1].isalnum() or _own_token(low[j - 1])) and \
                (e >= n or own or not low[e].isalnum() or _own_token(low[e])):
            return j
        pos = j + 1


def _word_spans_ref(low: str, toks: list[str]) -> tuple[list[int], list[int]] | None:
    """(starts, ends) of each word token in ``low`` (placeholders: -1), or None when a word is
    not found or letters or digits lie between two consecutive words (where the first of the
    two is the first word after a placeholder, its later occurrences are tried first).
    Reference of the kernel :func:`._kernels.templates.word_spans`."""
    n = len(toks)
    starts = [-1] * n
    ends = [-1] * n
    pos = 0
    for i, t in enumerate(toks):
        if _is_ph(t):
            continue
        j = _find_word(low, t, pos)
        if j < 0:
            return None
        prev_word = i > 0 and not _is_ph(toks[i - 1])
        while prev_word and _ALNUM.search(low[pos:j]):
            # the word before, the first after a placeholder, may be inside the placeholder's
            # value too ("Redscape Partners partners with" for "{COMPANY} partners with"):
            # its next occurrence, then this word again after it
            if not (i >= 2 and _is_ph(toks[i - 2])):
                return None
            k = _find_word(low, toks[i - 1], starts[i - 1] + 1)
            if k < 0:
                return None
            starts[i - 1] = k
            ends[i - 1] = pos = k + len(toks[i - 1])
            j = _find_word(low, t, pos)
            if j < 0:
                return None
        starts[i] = j
        ends[i] = pos = j + len(t)
    return starts, ends


def _lower(prepared: str, fold: bool = True) -> str:
    """The prepared text lower-cased, curly apostrophes folded (unless ``fold=False``); a
    character that lower-cases to more than one ("İ") is kept as it is, as masking keeps it,
    so that spans map back."""
    low = prepared.lower()
    if len(low) != len(prepared):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in prepared)
    return low.replace("\u2019", "'").replace("\u2018", "'") if fold else low


def _spans(m: _Member, text: str) -> None:
    """Fill display forms, separators and placeholder values of ``m`` from its original text
    (reference path: one member, spans searched in Python)."""
    prepared = prepare(text).text
    _fill_spans(m, prepared, _word_spans_ref(_lower(prepared), m.toks))


def _fill_spans(m: _Member, prepared: str, found: tuple[list[int], list[int]] | None) -> None:
    """Display forms, separators and placeholder values of ``m`` from the spans of its words in
    its prepared text (None: not recoverable, words are shown lower-cased)."""
    toks = m.toks
    n = len(toks)
    m.values = [None] * n
    if found is None:
        m.disp = [t for t in toks]
        m.sep = [" "] * n
        m.sep[-1:] = [""]
        m.lead = ""
        return
    starts, ends = found
    ph = [t[:1] == "{" for t in toks]     # which tokens are placeholders, looked up once
    disp = [""] * n
    sep = [""] * n
    at = [-1] * n     # where an empty separator sits in the text (see the end)
    # placeholders: raw text between the neighbouring words
    i = 0
    prev_end = 0
    lead = None
    while i < n:
        if not ph[i]:
            disp[i] = prepared[starts[i]:ends[i]]
            if lead is None:
                lead = prepared[:starts[i]]
            prev_end = ends[i]
            i += 1
            continue
        k = i
        while k < n and ph[k]:
            k += 1
        nxt = starts[k] if k < n else len(prepared)
        gap = prepared[prev_end:nxt]
        before, value, after = _split_value(gap)
        if i > 0:
            sep[i - 1] = before
            at[i - 1] = prev_end
        elif lead is None:
            lead = before
        parts = _value_parts(value, k - i) if k - i > 1 else None
        for q in range(i, k):
            disp[q] = toks[q]
            sep[q] = " "
            if parts is None:
                m.values[q] = value if q == i else ""
            else:
                m.values[q], sep[q] = parts[q - i]
        sep[k - 1] = after
        at[k - 1] = nxt - len(after)
        prev_end = nxt
        i = k
    for i in range(n - 1):
        if not ph[i] and not ph[i + 1]:
            sep[i] = prepared[ends[i]:starts[i + 1]]
            at[i] = ends[i] if ends[i] == starts[i + 1] else -1
    if n and not ph[-1]:
        sep[-1] = prepared[ends[-1]:]
    for i in range(n - 1):
        # (nothing between two tokens is a space, but beside a character that is a token of
        # its own, as in Chinese or Japanese, where words are written without spaces)
        p = at[i]
        if sep[i] or p < 0 or not ((p > 0 and _own_token(prepared[p - 1]))
                                   or (p < len(prepared) and _own_token(prepared[p]))):
            sep[i] = _clean_sep(sep[i])
    if n and _ALNUM.search(sep[-1]):
        sep[-1] = ""
    m.disp, m.sep = disp, sep
    m.lead = "" if lead is None or _ALNUM.search(lead) else lead


def _value_at(m: _Member, q: int) -> str | None:
    """The raw text placeholder token ``q`` of ``m`` stands in for, as :func:`_fill_spans`
    would set it, found from the member's spans alone; None when the spans were not found in a
    batch (the caller fills the member instead)."""
    if m.disp is not None:
        return m.values[q]
    if m.src is None:
        return None
    prepared, sp, at, _ = m.src
    if sp is None:
        return None
    toks = m.toks
    if toks[q][:1] == "{":
        x = at + q
        return prepared[sp.val_a[x]:sp.val_b[x]]
    # (a word: what the span arithmetic below gives, as before the display-span kernel)
    found = (sp.starts[at:at + len(toks)], sp.ends[at:at + len(toks)])
    if q > 0 and _is_ph(toks[q - 1]):
        return ""            # a later placeholder of a run: the first one holds the value
    starts, ends = found
    prev_end = int(ends[q - 1]) if q > 0 else 0
    k = q
    n = len(toks)
    while k < n and _is_ph(toks[k]):
        k += 1
    nxt = int(starts[k]) if k < n else len(prepared)
    return _split_value(prepared[prev_end:nxt])[1]


class _Spans(NamedTuple):
    """Spans of all members' tokens in a batch (:func:`_batch_spans`), indexed by token number
    (a member's tokens from its first): see :func:`._kernels.templates.display_spans`. A word's
    display form is its word span ``starts:ends``; a placeholder's start is -1."""
    starts: np.ndarray
    ends: np.ndarray
    sep_a: np.ndarray
    sep_b: np.ndarray
    val_a: np.ndarray
    val_b: np.ndarray
    lead_a: np.ndarray
    lead_b: np.ndarray


def _char_flags(c: str) -> int:
    from ._kernels.templates import (F_ALNUM, F_CJK, F_CLOSE, F_DASH, F_LPUNCT, F_OPEN, F_RPUNCT, F_SPACE,
                                     F_SPLIT, F_STOP)

    return ((F_ALNUM if c.isalnum() else 0) | (F_SPACE if c.isspace() else 0)
            | (F_LPUNCT if c in _EDGE_PUNCT_L else 0) | (F_RPUNCT if c in _EDGE_PUNCT_R else 0)
            | (F_SPLIT if c in _SPLIT_CHARS else 0) | (F_DASH if c in _DASHES else 0)
            | (F_STOP if c in _STOPS else 0) | (F_CJK if _own_token(c) else 0)
            | (F_OPEN if c == "{" else 0) | (F_CLOSE if c == "}" else 0))


def _batch_spans(members: list[_Member], texts: Sequence[str], prepared: Sequence[str] | None = None) -> None:
    """Word spans (kernel :func:`._kernels.templates.word_spans`) and display spans (kernel
    :func:`._kernels.templates.display_spans`) of all members at once; each member keeps
    ``src = (prepared text, _Spans or None, its first token's number, its number)`` for
    :func:`_fill_from`
    and :func:`_value_at` (None: its words were not found, it is shown lower-cased).

    Lower-casing keeps ``str.isalnum()``, ``str.isspace()`` and the edge punctuation of every
    character that it maps to one character (checked over all of Unicode), so the flags of the
    lower-cased text are those of the prepared text; curly apostrophes are left unfolded in it
    (word_spans folds them when it compares) so that the punctuation flags see them.
    """
    from ._kernels.templates import display_spans, word_spans

    n = len(members)
    if n == 0:
        return
    if prepared is None:
        prepared = [prepare(t).text for t in texts]
    lows = [_lower(p, fold=False) for p in prepared]
    ok = np.ones(n, dtype=bool)
    text_off = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, lows), dtype=np.int64, count=n), out=text_off[1:])
    joined = "".join(lows)
    cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    global _ASCII_FLAGS
    if _ASCII_FLAGS is None:
        _ASCII_FLAGS = np.array([_char_flags(chr(c)) for c in range(128)], dtype=np.uint16)
    flags = _ASCII_FLAGS.take(cps, mode="clip")     # (above 127: set below)
    high = cps > 127
    if high.any():
        uniq = np.unique(cps[high])
        fl = np.fromiter((_char_flags(chr(c)) for c in uniq.tolist()), dtype=np.uint16, count=uniq.shape[0])
        flags[high] = fl[np.searchsorted(uniq, cps[high])]
    stream = np.frombuffer("\n".join(" ".join(m.toks) for m in members).encode("utf-32-le", "surrogatepass"),
                           dtype=np.uint32)
    mem_tok = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.fromiter((len(m.toks) for m in members), dtype=np.int64, count=n), out=mem_tok[1:])
    starts, ends, ok, is_ph = word_spans(cps, flags, text_off, stream, mem_tok, ok)
    sp = _Spans(starts, ends, *display_spans(flags, text_off, is_ph, mem_tok, starts, ends, ok))
    for i, m, good, at in zip(range(n), members, ok.tolist(), mem_tok.tolist()):
        m.src = (prepared[i], sp if good else None, at, i)


_ASCII_FLAGS = None   # _char_flags of code points 0..127, made on first use


def _fill_from(m: _Member, prepared: str, sp: _Spans | None, at: int, i: int) -> None:
    """:func:`_fill_spans` from the kernels' spans (``at``: the member's first token number,
    ``i``: its number in the batch)."""
    if sp is None:
        _fill_spans(m, prepared, None)
        return
    from ._kernels.templates import SEP_SPACE

    toks = m.toks
    b = at + len(toks)
    da = sp.starts[at:b].tolist()
    m.disp = [prepared[x:y] if x >= 0 else t for x, y, t in zip(da, sp.ends[at:b].tolist(), toks)]
    m.sep = [prepared[x:y] if x >= 0 else (" " if x == SEP_SPACE else "")
             for x, y in zip(sp.sep_a[at:b].tolist(), sp.sep_b[at:b].tolist())]
    m.values = [None if d >= 0 else prepared[x:y]
                for d, x, y in zip(da, sp.val_a[at:b].tolist(), sp.val_b[at:b].tolist())]
    la = int(sp.lead_a[i])
    m.lead = prepared[la:int(sp.lead_b[i])] if la >= 0 else ""


# ---------------------------------------------------------------- reconstruction
@functools.lru_cache(maxsize=4096)
def _sample(n: int, max_members: int) -> tuple[int, ...]:
    """Indexes of an even sample of at most ``max_members`` of ``n`` (cached: slot values ask
    for the same few sizes thousands of times)."""
    if n <= max_members:
        return tuple(range(n))
    return tuple(sorted(set(np.linspace(0, n - 1, max_members).round().astype(int).tolist())))


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The shipped common-words lexicon (lower case)."""
    from .lexicons import read_lexicon

    return frozenset(w.lower() for w in read_lexicon("common_words.txt"))


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


def _lazy(m: _Member) -> bool:
    """Whether m's display text is to be read from its batch spans (not filled, spans found)."""
    return m.disp is None and m.src is not None and m.src[1] is not None


def _sep_text(sp: _Spans, prepared: str, x: int) -> str:
    from ._kernels.templates import SEP_SPACE

    a = int(sp.sep_a[x])
    return prepared[a:int(sp.sep_b[x])] if a >= 0 else (" " if a == SEP_SPACE else "")


def _span_texts(m: _Member, a: int, b: int, render: bool) -> tuple[str | None, str]:
    """(escaped display text if ``render`` else None, plain text) of tokens a..b-1 of m read
    from its batch spans without filling it (m must be :func:`_lazy`): what
    :func:`_render_tokens` and :func:`_plain_tokens` give once it is filled."""
    if b <= a:
        return ("" if render else None), ""
    prepared, sp, at, _ = m.src
    x, y = at + a, at + b
    da = sp.starts[x:y].tolist()
    if min(da) >= 0:
        # words only: the separators between them are the text between them (or " " where
        # that was empty), so the plain text is one slice when none was empty
        sa = sp.sep_a[x:y - 1].tolist()
        if not sa or min(sa) >= 0:
            plain = prepared[da[0]:int(sp.ends[y - 1])]
            return (escape(plain) if render else None), plain
    db = sp.ends[x:y].tolist()
    toks = m.toks
    out = []
    rout = []
    for q in range(b - a):
        d = prepared[da[q]:db[q]] if da[q] >= 0 else toks[a + q]
        out.append(d)
        if render:
            rout.append(d if da[q] < 0 else escape(d))
        if q < b - a - 1:
            sep = _sep_text(sp, prepared, x + q)
            out.append(sep)
            if render:
                rout.append(escape(sep))
    return ("".join(rout) if render else None), "".join(out)


def _occurrences(sym: np.ndarray, mem: np.ndarray, pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(occurrence number from the start, from the end) of each symbol within its message."""
    n = sym.shape[0]
    order = np.lexsort((pos, sym, mem))
    ss, sm = sym[order], mem[order]
    new_grp = np.ones(n, dtype=bool)
    new_grp[1:] = (ss[1:] != ss[:-1]) | (sm[1:] != sm[:-1])
    idx = np.arange(n)
    gstart = np.maximum.accumulate(np.where(new_grp, idx, 0))
    end_grp = np.ones(n, dtype=bool)
    end_grp[:-1] = new_grp[1:]
    gend = np.minimum.accumulate(np.where(end_grp, idx, n)[::-1])[::-1]
    fwd = np.empty(n, dtype=np.int64)
    bwd = np.empty(n, dtype=np.int64)
    fwd[order] = idx - gstart
    bwd[order] = gend - idx
    return fwd, bwd


def _align(members: list[_Member], ids_starts_v: tuple | None = None) -> tuple[int, np.ndarray]:
    """(reference member, mapping[k, p]: position in member k of reference token p, or -1).

    Kernel :func:`._kernels.templates.align`; the method is described at :func:`_align_ref`.
    ``ids_starts_v``: the members' token ids, member starts and vocabulary size when already made.
    """
    from ._kernels.templates import align

    ref_i, mapping = align(*(_token_ids(members) if ids_starts_v is None else ids_starts_v))
    return int(ref_i), mapping


class _TokenIds(tuple):
    """(token ids, member starts, vocabulary size), with ``index``: the token -> id dict of the
    tokens as written (see :func:`_token_index`)."""
    index: dict


def _token_ids_of(ids: np.ndarray, starts: np.ndarray, index: dict, V: int | None = None) -> _TokenIds:
    t = _TokenIds((ids, starts, len(index) if V is None else V))
    t.index = index
    return t


def _token_ids(members: list[_Member]) -> _TokenIds:
    """The members' tokens as ids (equal tokens equal ids), member starts, vocabulary size."""
    ids, starts, index = _token_index(members)
    return _token_ids_of(ids, starts, index)


def _token_index(members: list[_Member]) -> tuple[np.ndarray, np.ndarray, dict]:
    """:func:`_token_ids` with the token -> id dict (ids in order of first use)."""
    nm = len(members)
    lens = np.fromiter((len(m.toks) for m in members), dtype=np.int64, count=nm)
    allt = list(itertools.chain.from_iterable(m.toks for m in members))
    index = {t: i for i, t in enumerate(dict.fromkeys(allt))}
    ids = np.fromiter(map(index.__getitem__, allt), dtype=np.int64, count=len(allt))
    starts = np.zeros(nm + 1, dtype=np.int64)
    np.cumsum(lens, out=starts[1:])
    return ids, starts, index


def _align_ref(members: list[_Member]) -> tuple[int, np.ndarray]:
    """(reference member, mapping[k, p]: position in member k of reference token p, or -1).

    Cheap alignment without dynamic programming, for all members at once with a few sorts:
    a reference token is looked up in each member by a key, the most specific first: its
    word pair with the previous word, with the next word (each with its occurrence number in
    the message), then the word alone numbered from the start, then from the end. A member
    whose matches would go backwards keeps them greedily in reference order. A word that no
    key places (a spun option shifted every count around it) stays unmatched, and the region
    logic sees it there.
    """
    nm = len(members)
    intern: dict[str, int] = {}
    get = intern.setdefault
    lens = np.fromiter((len(m.toks) for m in members), dtype=np.int64, count=nm)
    ids = np.fromiter((get(t, len(intern)) for m in members for t in m.toks), dtype=np.int64,
                      count=int(lens.sum()))
    n = ids.shape[0]
    mem = np.repeat(np.arange(nm, dtype=np.int64), lens)
    starts = np.zeros(nm + 1, dtype=np.int64)
    np.cumsum(lens, out=starts[1:])
    pos = np.arange(n, dtype=np.int64) - starts[mem]
    # reference: the member whose distinct tokens are most shared
    f0, _ = _occurrences(ids, mem, pos)
    first = f0 == 0
    df = np.bincount(ids[first], minlength=len(intern)).astype(np.float64)
    score = np.bincount(mem[first], weights=df[ids[first]] - nm / 2.0, minlength=nm)
    ref_i = int(np.flatnonzero(score == score.max())[0])
    a, b = int(starts[ref_i]), int(starts[ref_i + 1])
    L = b - a
    mapping = np.full((nm, L), -1, dtype=np.int64)
    if L == 0 or n == 0:
        return ref_i, mapping
    V = len(intern) + 1
    prev = np.where(pos > 0, np.roll(ids, 1), V - 1)
    nxt = np.where(pos < lens[mem] - 1, np.roll(ids, -1), V - 1)
    f1, b1 = _occurrences(prev * V + ids, mem, pos)
    f2, b2 = _occurrences(ids * V + nxt, mem, pos)
    keys = [(prev * V + ids) * 4096 + np.minimum(f1, 4095), (ids * V + nxt) * 4096 + np.minimum(f2, 4095),
            ids * 4096 + np.minimum(f0, 4095)]
    _, b0 = _occurrences(ids, mem, pos)
    keys.append(ids * 4096 + np.minimum(b0, 4095))
    rows = np.arange(nm, dtype=np.int64)[:, None]
    for kind, key in enumerate(keys):
        big = int(key.max()) + 1
        comb = mem * big + key
        o2 = np.argsort(comb, kind="stable")
        sc = comb[o2]
        q = (rows * big + key[a:b][None, :]).ravel()
        at = np.minimum(np.searchsorted(sc, q), n - 1)
        hit = (sc[at] == q).reshape(nm, L) & (mapping < 0)
        mapping[hit] = pos[o2[at]].reshape(nm, L)[hit]
    # matches must go forwards in every member
    run = np.maximum.accumulate(mapping, axis=1)
    back = (mapping >= 0) & (mapping <= np.concatenate([np.full((nm, 1), -1), run[:, :-1]], axis=1))
    for k in np.flatnonzero(back.any(axis=1)).tolist():
        row = mapping[k]
        keep = _increasing(row.tolist())
        drop = np.ones(L, dtype=bool)
        drop[keep] = False
        row[drop] = -1
    return ref_i, mapping


def _increasing(row: list[int]) -> list[int]:
    """Indexes of a longest strictly increasing run of the non-negative values of ``row``
    (patience sorting; the earliest such run on ties)."""
    tails: list[int] = []      # value ending the best run of each length
    tail_at: list[int] = []    # its index
    back: dict[int, int] = {}
    for p, v in enumerate(row):
        if v < 0:
            continue
        j = bisect.bisect_left(tails, v)
        if j == len(tails):
            tails.append(v)
            tail_at.append(p)
        else:
            tails[j] = v
            tail_at[j] = p
        back[p] = tail_at[j - 1] if j else -1
    out = []
    p = tail_at[-1] if tail_at else -1
    while p >= 0:
        out.append(p)
        p = back[p]
    return out[::-1]


TYPO_RARER = 5   # a one-edit variant of a word is a typo of it when that word is this many times more common
TYPO_MIN_LEN = 4  # words shorter than this have too many legitimate one-edit neighbours


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, dropped or substituted character, or two
    adjacent characters swapped."""
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i])
    return a[i + 1:] == b[i:] if la > lb else a[i:] == b[i + 1:]


@functools.lru_cache(maxsize=65536)
def _deletions(w: str) -> tuple[str, ...]:
    """``w`` with each of its characters dropped in turn (cached: campaigns share words)."""
    return tuple(w[:j] + w[j + 1:] for j in range(len(w)))


def _fold_typos(members: list[_Member]) -> _TokenIds:
    """Typos become the word they misspell, so they neither split fixed text nor become options.

    A word is a typo of another when the two differ by one edit (:func:`_one_edit`), the other
    has at least ``TYPO_MIN_LEN`` letters, and it is used by at least ``TYPO_RARER`` times as
    many members (a spun alternative one letter apart, such as {week|weeks}, is used by a share
    of members that a repeated typo never reaches). The member keeps its original word for
    display; ``typos`` records the corrected positions so that display prefers other members.

    Returns the members' token ids after the correction (``ids``, member ``starts``, vocabulary
    size) for :func:`_align`.
    """
    nm = len(members)
    ids, starts, index = _token_index(members)
    V = len(index)
    lens = np.diff(starts)
    if nm < 2 * TYPO_RARER or V == 0:
        # with fewer members a word can be a typo only of one used by all the others, and that
        # one member's typo neither makes an option nor unsettles fixed text (both need two)
        return _token_ids_of(ids, starts, index)
    seen = np.zeros((nm, V), dtype=bool)
    seen[np.repeat(np.arange(nm, dtype=np.int64), lens), ids] = True
    df = seen.sum(axis=0)
    top = int(df.max())
    vocab = list(index)
    rare_i = np.flatnonzero(df * TYPO_RARER <= top).tolist()
    rare = [vocab[i] for i in rare_i if len(vocab[i]) >= TYPO_MIN_LEN - 1 and vocab[i].isalpha()]
    if not rare:
        return _token_ids_of(ids, starts, index)
    lengths = {len(t) + d for t in rare for d in (-1, 0, 1)}
    common = [vocab[i] for i in np.flatnonzero(df >= TYPO_RARER).tolist()
              if len(vocab[i]) in lengths and len(vocab[i]) >= TYPO_MIN_LEN and vocab[i].isalpha()]
    if not common:
        return _token_ids_of(ids, starts, index)
    deletes: dict[str, list[str]] = {}
    for u in common:
        deletes.setdefault(u, []).append(u)
        for d in _deletions(u):
            deletes.setdefault(d, []).append(u)
    remap = None
    for t in rare:
        cand = set(deletes.get(t, ()))
        for d in _deletions(t):
            cand.update(deletes.get(d, ()))
        if not cand:
            continue
        n = int(df[index[t]]) * TYPO_RARER
        best = [u for u in cand if df[index[u]] >= n and (len(t) >= TYPO_MIN_LEN or len(u) > len(t))
                and _one_edit(t, u)]
        if best:
            if remap is None:
                remap = np.arange(V, dtype=np.int64)
            remap[index[t]] = index[max(best, key=lambda u: (int(df[index[u]]), u))]
    if remap is None:
        return _token_ids_of(ids, starts, index)
    fixed = remap[ids]
    changed = np.flatnonzero(fixed != ids)
    ks = np.searchsorted(starts, changed, side="right") - 1
    for k in np.unique(ks).tolist():
        at = changed[ks == k] - starts[k]
        m = members[k]
        toks = list(m.toks)
        for q in at.tolist():
            toks[q] = vocab[int(fixed[starts[k] + q])]
        m.toks = toks
        m.typos = frozenset(at.tolist())
    return _token_ids_of(fixed, starts, index)


_SPELL_SLOTS = frozenset({"{COMPANY}", "{NAME}", "{TITLE}"})   # slots whose constant value masking may miss
_VALUE_WORDS = re.compile(r"[^\W_]+")   # the words of a value, as masking's tokens are
_SPLIT_SLOTS = ("{COMPANY}", "{NAME}", "{TITLE}", "{URL}")
"""Slots whose value may be the same in most members (the sender's own company or name)."""


def _constant_slot_ids(members: list[_Member], tok_ids: _TokenIds) -> _TokenIds:
    """Token ids for alignment where a slot holds a value that at least half the members give
    it: such a slot gets an id of its own (one per value), so that it is matched with the
    same value in the others, not by its number among the slots of its kind. The sender's
    own company, "Coastal Insurance focuses on", is masked as a company, and so is the
    recipient's in "all is well at {COMPANY}!" but not in "all is well in Madrid." beside it:
    counted from the start, the one would be matched with the other. Only slot kinds that an
    option's worth of members write a different number of times than the others are looked at
    (else the numbers match); a value one edit away from the common one is that one."""
    nm = len(members)
    if nm < CONSTANT_MIN_MEMBERS:
        return tok_ids
    min_opt = max(2.0, OPTION_SHARE * nm)
    ids, starts, V = tok_ids
    index = tok_ids.index
    kind_ids = [index[t] for t in _SPLIT_SLOTS if t in index]
    if not kind_ids:
        return tok_ids
    is_kind = np.zeros(V, dtype=bool)
    is_kind[kind_ids] = True
    pos = np.flatnonzero(is_kind[ids])
    mem = np.searchsorted(starts, pos, side="right") - 1
    new_ids = None
    for tid in kind_ids:
        sel = ids[pos] == tid
        where, wmem = pos[sel], mem[sel]
        per = np.bincount(wmem, minlength=nm)      # slots of this kind in each member
        if nm - int(np.bincount(per).max()) < min_opt:
            continue
        at: list[tuple[int, str]] = []     # (token number, value) of each slot of the kind
        df: Counter = Counter()
        seen: dict[int, set] = {}
        for x, k in zip(where.tolist(), wmem.tolist()):
            v = _value_at(members[k], x - int(starts[k]))
            if v:
                v = " ".join(v.casefold().split())
                at.append((x, v))
                seen.setdefault(k, set()).add(v)
        for vs in seen.values():
            df.update(vs)
        common = {v: j for j, v in enumerate(sorted(v for v, c in df.items()
                                                    if 2 * c >= nm and c >= CONSTANT_MIN_MEMBERS))}
        if not common:
            continue
        if new_ids is None:
            new_ids = ids.copy()
        near: dict[str, int | None] = {}    # (a value one edit away from a common one)
        for x, v in at:
            j = common.get(v)
            if j is None:
                if v not in near:
                    near[v] = next((common[c] for c in common if _one_edit(v, c)), None)
                j = near[v]
            if j is not None:
                new_ids[x] = V + j
        V += len(common)
    return tok_ids if new_ids is None else _token_ids_of(new_ids, starts, index, V)


def _realign_repeats(toks_of: list[tuple], tok_ids: tuple, ref_i: int, mapping: np.ndarray,
                     solid: list[int]) -> None:
    """A solid token that a member writes more often than the reference, twice between its
    neighbouring solid matches, is matched at the occurrence whose words just before and after
    it the other members have there most: "year after year. Shall I" beside "the following
    year. May I" reads "{year after|the following} year. {Shall|May} I", not "year {after
    year. Shall|...}" (the alignment numbers a word from the start when its pairs differ)."""
    ids, starts, V = tok_ids
    nm, nS = mapping.shape[0], len(solid)
    lookup = np.full(V, -1, dtype=np.int64)
    lookup[ids[starts[ref_i] + np.asarray(solid, dtype=np.int64)]] = np.arange(nS, dtype=np.int64)
    x = lookup[ids]
    sel = x >= 0
    lens = np.diff(starts)
    mem = np.repeat(np.arange(nm, dtype=np.int64), lens)
    cnt = np.bincount(mem[sel] * nS + x[sel], minlength=nm * nS).reshape(nm, nS)
    extra = cnt > cnt[ref_i]
    if not extra.any():
        return
    cols = np.flatnonzero(extra.any(axis=0)).tolist()   # (a token solid twice counts in its last column)
    texts = {toks_of[ref_i][solid[c]] for c in cols}
    for j, s in enumerate(solid):
        t = toks_of[ref_i][s]
        if t not in texts:
            continue
        # each member's bounds: after the previous solid match, before the next
        lo = mapping[:, solid[j - 1]] + 1 if j else np.zeros(nm, dtype=np.int64)
        hi = mapping[:, solid[j + 1]] if j + 1 < nS else lens
        cur = mapping[:, s]
        ok = (cur >= 0) & (hi >= 0) & ((lo > 0) if j else True)
        todo = []
        for k in np.flatnonzero(ok & extra.any(axis=1)).tolist():
            tk = toks_of[k]
            qs = [q for q in range(int(lo[k]), int(hi[k])) if tk[q] == t]
            if len(qs) > 1:
                todo.append((k, qs))
        if not todo:
            continue
        before: Counter = Counter()
        after: Counter = Counter()
        # (counted over the members that write it once there, where they are as many as the
        # others: the others' first matches, numbered from the start, would vote for themselves)
        twice = {k for k, _ in todo}
        ks = np.flatnonzero(ok).tolist()
        once = [k for k in ks if k not in twice]
        if len(once) >= len(twice):
            ks = once
        for k, a, q, b in zip(ks, lo[ks].tolist(), cur[ks].tolist(), hi[ks].tolist()):
            before[toks_of[k][q - 1] if q > a else None] += 1
            after[toks_of[k][q + 1] if q + 1 < b else None] += 1
        for k, qs in todo:
            tk, a, b, q0 = toks_of[k], int(lo[k]), int(hi[k]), int(cur[k])

            def score(q):
                return before[tk[q - 1] if q > a else None] + after[tk[q + 1] if q + 1 < b else None]

            best = max(qs, key=lambda q: (score(q), q == q0))
            if score(best) > score(q0):
                mapping[k, s] = best


_CASE_USUAL, _CASE_LOWER, _CASE_UPPER, _CASE_TITLE = range(4)
_CASED_WORD = re.compile(r"[^\W\d_]{3,}")
CASE_SHARE = 0.6
"""Share of a text's words of three letters or more written in capitals (or capitalised) from
which it is written in capitals (with every word capitalised)."""


def _case_style(text: str) -> int:
    """How a message is written: as usual, all in lower case, in capitals, or with every word
    capitalised (of its words of three letters or more, at least :data:`CASE_SHARE` so)."""
    if not any(c.isupper() for c in text):
        return _CASE_LOWER
    words = _CASED_WORD.findall(text)
    if not words:
        return _CASE_USUAL
    if sum(1 for w in words if w.isupper()) >= CASE_SHARE * len(words):
        return _CASE_UPPER
    if sum(1 for w in words if w[0].isupper()) >= CASE_SHARE * len(words):
        return _CASE_TITLE
    return _CASE_USUAL


def _reconstruct_members(members: list[_Member], texts: list[str], redact: bool,
                         folded: bool = False) -> Template:
    """The template of one campaign's members (``folded``: their typos are folded already)."""
    nm = len(members)
    if nm == 0:
        return Template("", [], [], 0)
    tok_ids = _token_ids(members) if folded else _fold_typos(members)
    tok_ids = _constant_slot_ids(members, tok_ids)
    ref_i, mapping = _align(members, tok_ids)
    typo_members = {k for k, m in enumerate(members) if m.typos}
    ref = members[ref_i]
    toks_of = [tuple(m.toks) for m in members]    # (a slice of a tuple is the variant itself)
    lens = np.fromiter(map(len, toks_of), dtype=np.int64, count=nm)
    L = len(ref.toks)
    support = (mapping >= 0).sum(axis=0)
    min_opt = max(2.0, OPTION_SHARE * nm)
    # solid: fewer members miss it than could form an option of their own
    solid = np.flatnonzero(nm - support < min_opt).tolist()
    if solid:
        # solid tokens keep their order in every member; a member keeps a solid match only
        # after its previous one (already true for the occurrence matching above)
        not_solid = np.ones(L, dtype=bool)
        not_solid[solid] = False
        mapping[:, not_solid] = -1
        _realign_repeats(toks_of, tok_ids, ref_i, mapping, solid)

    # lazily computed display spans (only for members whose text we show or whose values we count)
    def spans(k):
        m = members[k]
        if m.disp is None:
            if m.src is None:
                _spans(m, texts[k])
            else:
                _fill_from(m, *m.src)
        return m

    def plain(k, a, b):
        m = members[k]
        if _lazy(m):
            return _span_texts(m, a, b, False)[1]
        return _plain_tokens(spans(k), a, b)

    def texts_of(k, a, b):
        """(escaped display text, plain text) of tokens a..b-1 of member k."""
        m = members[k]
        if _lazy(m):
            return _span_texts(m, a, b, True)
        spans(k)
        return _render_tokens(m, a, b), _plain_tokens(m, a, b)

    def sep_after(k, q):
        m = members[k]
        if _lazy(m):
            return _sep_text(m.src[1], m.src[0], m.src[2] + q)
        return spans(k).sep[q]

    spans(ref_i)
    pieces: list[str] = [escape(ref.lead)]
    slots: list[dict] = []
    alts: list[dict] = []

    def slot_values(idx_pairs):
        """idx_pairs: list of (member k, token position) -> value counts."""
        if redact:
            return []
        c: Counter = Counter()
        if len(idx_pairs) > MAX_VALUE_MEMBERS:
            idx_pairs = [idx_pairs[i] for i in _sample(len(idx_pairs), MAX_VALUE_MEMBERS)]
        for k, q in idx_pairs:
            v = _value_at(members[k], q)
            if v is None:
                v = spans(k).values[q]
            if v and not v.isascii():
                v = v.translate(_INVISIBLE)    # ("2015\ufeff" is the value "2015")
            if v and _DOTTED_END.search(v) and sep_after(k, q)[:1] == ".":
                v += "."     # (its last full stop, which masking left in the separator: "Nova S.A.")
            # (an unfilled merge field reads as its placeholder, "{NAME}": no value; the
            # campaign's merge_fields counts those members)
            if v and not _PLACEHOLDER_RE.fullmatch(v):
                c[v] += 1
        return [[v, n] for v, n in sorted(c.items(), key=lambda x: (-x[1], x[0]))]

    def value_of(k, q):
        v = _value_at(members[k], q)
        if v is None:
            v = spans(k).values[q]
        return v.translate(_INVISIBLE) if v and not v.isascii() else v

    any_names = any(m.names for m in members)   # (without metadata a name stays a slot)

    def constant_value(idx_pairs, kind):
        """The value nearly every member gives a slot (all but fewer than an option's worth,
        compared case-insensitively; its most common form), or None: such a slot is fixed
        text the masking took for a slot ("Vantage Insurance offers", "the Chief Technology
        Officer role"). The sampled values are looked at first, all of them only when those
        agree."""
        n = len(idx_pairs)
        if n < CONSTANT_MIN_MEMBERS or (kind == "NAME" and (redact or not any_names)):
            return None
        allowed = max(min_opt - 1, CONSTANT_OTHER * n)   # members that may differ
        probe = [idx_pairs[i] for i in _sample(n, MAX_VALUE_MEMBERS)] if n > MAX_VALUE_MEMBERS else idx_pairs
        for pairs in ((probe, idx_pairs) if probe is not idx_pairs else (idx_pairs,)):
            forms = Counter(value_of(k, q) or "" for k, q in pairs)
            folded = Counter()
            for f, c in forms.items():
                folded[f.casefold()] += c
            top, c = _top(folded)
            # (a name, title, company or link one typo away agrees: "Nimbus Ventrues";
            # numbers one character apart are other values: 12 and 13, $40 and $45)
            if kind in _TYPO_SLOTS:
                c += sum(x for f, x in folded.items() if f != top and _one_edit(f, top))
            if not top or not _has_alnum(top) or len(pairs) - c > allowed * len(pairs) / n:
                return None
        best = max((f for f in forms if f.casefold() == top), key=lambda f: (forms[f], f))
        if kind in ("NAME", "TITLE"):
            # a name only when written in capitals, as an acronym is; a name or title only
            # when nobody's: no word of it is a word of any member's recipient or sender name
            # ("DORA" the regulation, not a signature; "Cao" of a sender Kevin Cao, which
            # masking took for a title); a name never with ``redact`` or without metadata
            words = set(_WORD_SPLIT.split(top))
            if (kind == "NAME" and not best.isupper()) or any(not words.isdisjoint(members[k].names)
                                                               for k in range(nm)):
                return None
        return best

    def plural_title(idx_pairs) -> bool:
        """Whether most of (an even sample of) the members filling a title slot wrote their
        own recipient title with a plural s there ("Data Scientists" for a Data Scientist)."""
        probe = [idx_pairs[i] for i in _sample(len(idx_pairs), MAX_VALUE_MEMBERS)]
        hits = sum(1 for k, q in probe if members[k].plural is not None
                   and (value_of(k, q) or "").casefold() == members[k].plural)
        return hits * 2 > len(probe)

    def slot_sep(idx_pairs, p: int) -> str:
        """Separator after solid slot p: the reference's, unless most of (an even sample of)
        the members filling it write one other separator there. Masking leaves a value's own
        last full stop in the separator ("Golden Learning Co." before "?" gives ".?"), so a
        reference with such a value would give every member its stop."""
        own = ref.sep[p]
        if len(idx_pairs) < CONSTANT_MIN_MEMBERS:
            return own
        probe = [idx_pairs[i] for i in _sample(len(idx_pairs), MAX_VALUE_MEMBERS)]
        seps = [value_sep(k, q) for k, q in probe[:4]]
        if seps.count(own) == len(seps):
            return own                  # (the common case: the first ones agree with it)
        return _most_written(seps + [value_sep(k, q) for k, q in probe[4:]], own)

    def value_sep(k, q) -> str:
        """The separator after slot q of member k, without the full stop of a value that
        ends in an abbreviation where the sentence goes on ("Acme Inc. expand": the stop is
        the value's; "Acme Inc. We" or "Acme Inc.\n\nWe" keep it, as it ends a sentence too)."""
        x = sep_after(k, q)
        if (x[:1] == "." and "\n" not in x and q + 1 < len(members[k].toks)
                and _ABBREVIATED.search(value_of(k, q) or "") and plain(k, q + 1, q + 2)[:1].islower()):
            x = x[1:] or " "
        return x

    def exemplar(users):
        """(k, a, b) whose display form is the most common among a few users (the reference first)."""
        if typo_members:
            # members who misspelled a word of this span show it only when nobody else wrote it
            clean = [u for u in users if u[0] not in typo_members
                     or members[u[0]].typos.isdisjoint(range(u[1], u[2]))]
            users = clean or users
        cand = [u for u in users if u[0] == ref_i][:1] + [u for u in users[:3] if u[0] != ref_i]
        forms = Counter()
        first = {}
        for u in cand:
            f = plain(*u)
            forms[f] += 1
            first.setdefault(f, u)
        best = max(forms.items(), key=lambda kv: (kv[1], -cand.index(first[kv[0]])))[0]
        return first[best]

    def render_option(users):
        """(display text, plain text) of an option; a slot that nearly all its users fill with
        the same value is that value, as a solid slot is ("{our firm|Boldbit Analytics}"
        where masking took the sender's own company name for the recipient's)."""
        k, a, b = exemplar(users)
        m = members[k]
        consts = []
        for q in range(a, b):
            if _is_ph(m.toks[q]):
                pairs = [(kk, aa + (q - a)) for kk, aa, _ in users]
                kind = m.toks[q][1:-1]
                # (not beside another slot: the two values' text is not told apart)
                alone = not (q > a and _is_ph(m.toks[q - 1])) and not (q + 1 < b and _is_ph(m.toks[q + 1]))
                same = constant_value(pairs, kind) if kind in CONSTANT_SLOTS and alone else None
                if same is None:
                    slots.append({"slot": kind, "values": slot_values(pairs)})
                consts.append(same)
        text, plain_text = texts_of(k, a, b)
        if any(c is not None for c in consts):
            text = _fill_placeholders(text, consts, escape)
            plain_text = _fill_placeholders(plain_text, consts)
        return text, plain_text

    def split_votes(opts, cut_of):
        left: dict[tuple, list] = {}
        right: dict[tuple, list] = {}
        for v, users in opts:
            i = cut_of[v]
            for k, a, b in users:
                left.setdefault(v[:i], []).append((k, a, a + i))
                right.setdefault(v[i:], []).append((k, a + i, b))
        return left, right

    def joint(left_votes):
        """Separator between two parts: after the left part's last token in its exemplar (or
        where that is a slot, not free text, the one most of its users write, as after a solid
        slot)."""
        users = max(left_votes.values(), key=len)
        k, a, b = exemplar(users)
        if b <= a:
            return " "
        last = members[k].toks[b - 1]
        if _is_ph(last) and last != FREE_TEXT_SLOT and len(users) >= CONSTANT_MIN_MEMBERS:
            probe = [users[i] for i in _sample(len(users), MAX_VALUE_MEMBERS)]
            return escape(_most_written([value_sep(kk, bb - 1) for kk, _, bb in probe], sep_after(k, b - 1)))
        return escape(sep_after(k, b - 1))

    def free_class(rest: list) -> bool:
        """Whether variants ``rest`` hold a class of free text: at least 3 of them, used by an
        option's worth of voters, sharing their first (last) word and differing after (before)
        it ("over coffee in {TEXT}" beside "on teams"), as the classes below are found."""
        byw: dict = {}
        for v, u in rest:
            if len(v) >= 2:
                byw.setdefault((v[0], 0), []).append(len(u))
                byw.setdefault((v[-1], -1), []).append(len(u))
        return any(len(ws) >= 3 and sum(ws) >= min_opt for ws in byw.values())

    def ends_free(votes: dict, voters: int) -> bool:
        """Whether nearly every voter's variant is in one of two classes of free text, one at
        each end and no variant in both: variants sharing their first word with at least 3
        different words after the words they share, and variants sharing their last word
        likewise, each class used by an option's worth of voters ("executives in {TEXT}"
        beside "{TEXT} leaders", not "fellow {TEXT} person" beside "another {TEXT} person")."""
        best = []
        for side in (0, -1):
            byw: dict = {}
            for v, u in votes.items():
                if len(v) >= 2:
                    byw.setdefault(v[side], []).append(v)
            top: tuple = (0, ())
            for vs in byw.values():
                if len(vs) < 3:
                    continue
                # (the words they share: the longest run that all variants longer than it
                # have, but for fewer than an option's worth of voters, so that a dropped value
                # does not end it)
                c = 1
                at = (lambda v, i: v[i]) if side == 0 else (lambda v, i: v[-1 - i])
                n = sum(len(votes[v]) for v in vs)
                while True:
                    longer = [v for v in vs if len(v) > c + 1]
                    if n - sum(len(votes[v]) for v in longer) >= min_opt or len({at(v, c) for v in longer}) != 1:
                        break
                    c += 1
                if len({at(v, c) for v in vs if len(v) > c}) >= 3:
                    top = max(top, (n, tuple(vs)))
            best.append(top)
        (n0, vs0), (n1, vs1) = best
        return min(n0, n1) >= min_opt and voters - n0 - n1 < min_opt and not set(vs0) & set(vs1)

    def words_for_slots(votes: dict) -> dict:
        """A company or title slot whose value is one word that other voters' variants hold as
        a word, used by an option's worth of voters, is that word: masking took it for a
        company after "at" but not after "for" ("{at|for} Lumen", not "{at {COMPANY}|for
        Lumen}"). The member keeps its tokens; only its vote moves."""
        words: Counter = Counter()
        for v, u in votes.items():
            for t in set(v):
                if t[:1] != "{":
                    words[t] += len(u)
        out: dict = {}
        moved = False
        for v, users in votes.items():
            at = [i for i, t in enumerate(v) if t in _WORD_SLOTS]
            if not at:
                out.setdefault(v, []).extend(users)
                continue
            for k, a, b in users:
                key = list(v)
                for i in at:
                    val = (value_of(k, a + i) or "").strip().casefold()
                    if val and val.isalnum() and words.get(val, 0) >= min_opt:
                        key[i] = val
                key = tuple(key)
                moved |= key != v
                out.setdefault(key, []).append((k, a, b))
        return out if moved else votes

    def slot_for_free(votes: dict) -> dict:
        """A variant with free text where a variant that more voters use has a slot, and
        the same words elsewhere, is that variant: the slot stands for the free text (a
        company or title masking missed in some members: "know {TEXT} get" beside "know
        {TITLE} get"). So is a variant with a name slot where the more used one has free text:
        the free text stands for the slot ("in {NAME}" beside "in {TEXT}", where a few cities
        are also given names; a company or title slot stays, as the slot the free text
        missed). As many voters as the variant's are enough, but where a name slot and free
        text differ."""
        out = dict(votes)
        for v in sorted((v for v in votes if FREE_TEXT_SLOT in v or "{NAME}" in v), key=lambda v: (len(votes[v]), v)):
            best = None
            for u in votes:
                if len(u) == len(v) and u != v and len(votes[u]) >= len(votes[v]) and all(
                        a == b or (b == FREE_TEXT_SLOT and a[:1] == "{" and a != b)
                        or (a == FREE_TEXT_SLOT and b == "{NAME}") for a, b in zip(u, v)):
                    # (as many voters: only where the slot is a company or title the free text
                    # missed, never a name, which may stand for free text itself)
                    if len(votes[u]) == len(votes[v]) and any(
                            a != b and (a == "{NAME}" or b == "{NAME}") for a, b in zip(u, v)):
                        continue
                    if best is None or len(votes[u]) > len(votes[best]):
                        best = u
            if best is not None and best in out and v in out:
                out[best] = out[best] + out.pop(v)
        return out

    def values_for_slot(votes: dict) -> dict:
        """Variants of one to three capitalised words, not all common words, are values of
        the slot or free text that the most used variant is alone, where at least two of them
        are each used by an option's worth of voters: names or companies that masking missed
        in some members, not options ("Hi {NAME}," beside "Hi Bongani," and "Hi Aigerim,";
        "I saw that {TEXT} is hiring" beside "Telvio" and "Hooli"). "Hi {NAME}" beside "Hi
        there" or "Hi Team" keeps its options."""
        top = max(votes, key=lambda v: (len(votes[v]), v))
        if len(top) != 1 or top[0] not in _CLASS_SLOTS:
            return votes
        common = _common_words()
        values = []
        for v, users in votes.items():
            if v == top or not 1 <= len(v) <= 3 or any(t[:1] == "{" for t in v) or all(t in common for t in v):
                continue
            text = plain(*users[0])
            words = text.split(" ")
            # (one name: no sentence break or other punctuation between its words)
            if len(words) == len(v) and all(w[:1].isupper() and w[1:].replace("-", "").replace("'", "").isalnum()
                                            for w in words):
                values.append(v)
        if sum(1 for v in values if len(votes[v]) >= min_opt) < 2:
            return votes
        out = {v: u for v, u in votes.items() if v not in values}
        out[top] = [x for v in [top] + values for x in votes[v]]
        return out

    def spelled_constants(votes: dict) -> dict:
        """Votes without variants that spell out in words, where other variants (after the
        same words) have a slot, the value that nearly every voter gives that slot ("zheng
        associates come back" beside "{COMPANY} come back" where the company is Zheng
        Associates for nearly all: a member writing in lower case, whose company masking could
        not see). Those voters, fewer than the slot's, are noise here, as a dropped word is;
        they would be an option of their own."""
        drop = set()
        done = set()
        for u in sorted(votes, key=lambda v: (-len(votes[v]), v)):
            for i, t in enumerate(u):
                if t not in _SPELL_SLOTS or (u[:i], t) in done:
                    continue
                done.add((u[:i], t))
                cands = [v for v in votes if len(v) > i and v[:i] == u[:i] and v[i][:1] != "{" and v not in drop]
                if not cands:
                    continue
                pairs = [(k, a + i) for w, us in votes.items() if len(w) > i and w[i] == t and w[:i] == u[:i]
                         for k, a, _ in us]
                value = constant_value(pairs, t[1:-1])
                if not value:
                    continue
                words = tuple(_VALUE_WORDS.findall(value.casefold()))
                spelled = [v for v in cands if v[i:i + len(words)] == words]
                if words and spelled and sum(len(votes[v]) for v in spelled) * 2 < len(pairs):
                    drop.update(spelled)
        return {v: us for v, us in votes.items() if v not in drop} if drop else votes

    def region(votes: dict, depth: int) -> str:
        if len(votes) > 1:
            votes = spelled_constants(votes)
        if len(votes) > 1 and any(FREE_TEXT_SLOT in v for v in votes):
            votes = slot_for_free(votes)
        if len(votes) > 2:
            votes = values_for_slot(votes)
        ranked = sorted(votes.items(), key=lambda kv: (-len(kv[1]), kv[1][0][0]))
        opts = [(v, users) for v, users in ranked if len(users) >= min_opt]
        voters = sum(len(u) for u in votes.values())
        nonempty = sum(len(u) for v, u in votes.items() if v)
        covered = sum(len(u) for _, u in opts)
        free = FREE_TEXT_SLOT if voters and nonempty * 2 > voters else ""
        if len(opts) == 1 and covered * 2 >= voters and not free_class(
                [(v, u) for v, u in votes.items() if len(u) < min_opt]):
            return [render_option(opts[0][1])[0]] if opts[0][0] else []
        if depth < REGION_DEPTH and len(votes) >= 2:
            # a sentence break that (nearly) every voter has, as many times each, is the edge of
            # a group ("{we talk|I reach out}. {We might|Perhaps we could}"): spin tools spin
            # within sentences, so the region is cut at the first one and both sides go on
            breaks = {}
            counts = Counter()
            # (voters that may lack it: fewer than an option's worth, or than a tenth of them,
            # as for free text below; a few members aligned wrong here must not stop the cut)
            stray = max(min_opt, FREE_ANCHOR * voters)
            for v, u in ranked:        # most used first: most regions stop at the first
                k, a, _ = u[0]
                breaks[v] = [i for i in range(1, len(v)) if _ends_sentence(sep_after(k, a + i - 1))]
                counts[len(breaks[v])] += len(u)
                if counts[0] >= stray:
                    break               # (too many voters without a break: no cut)
            nb, n = _top(counts)
            if nb >= 1 and voters - n < stray:
                left: dict[tuple, list] = {}
                right: dict[tuple, list] = {}
                for v, u in votes.items():
                    if len(breaks[v]) != nb:
                        continue            # noise here, as a voter without an anchor below
                    j = breaks[v][0]
                    for k, a, b in u:
                        left.setdefault(v[:j], []).append((k, a, a + j))
                        right.setdefault(v[j:], []).append((k, a + j, b))
                return _cat(region(left, depth + 1), joint(left), region(right, depth + 1))
        if depth < REGION_DEPTH and len(votes) >= 2:
            # a word that (nearly) every voter has exactly once is fixed text inside the region
            # ("for {every rep|your whole team} that {researches accounts|preps every call}"):
            # split there and go on with both sides
            once: dict = {}
            get = once.get
            for v, u in votes.items():
                w = len(u)
                if len(set(v)) == len(v):
                    for t in v:
                        once[t] = get(t, 0) + w
                    continue
                for t, n in Counter(v).items():
                    if n == 1:
                        once[t] = get(t, 0) + w
            # (free text, one {TEXT} token, is an anchor when all but a tenth of the voters
            # have it once: a dropped or doubled value is noise, and options hold no free text
            # that only a few of them lack)
            anchors = [t for t, n in once.items()
                       if voters - n < (max(min_opt, FREE_ANCHOR * voters) if t == FREE_TEXT_SLOT else min_opt)]
            # (so is a slot when those who lack it, fewer than a tenth, use no variant an
            # option's worth of voters use: masking gave a few values another slot, {URL} for a
            # company written as its domain, or took a word in: "{seeing|watching} {COMPANY}
            # {grow|expand}" beside "seeing {URL} grow"; a variant without the slot that
            # many use is an option, {|at {COMPANY}}, and keeps it from being fixed)
            loose = [t for t, n in once.items() if t[:1] == "{" and t != FREE_TEXT_SLOT
                     and min_opt <= voters - n < FREE_ANCHOR * voters]
            if loose:
                big = [v for v, u in votes.items() if len(u) >= min_opt]
                anchors += [t for t in loose if all(v.count(t) == 1 for v in big)]
            if anchors:
                # the anchor nearest the start in most voters' variants (ties: the token text)
                pos = {t: sum(v.index(t) * len(u) for v, u in votes.items() if t in v) / once[t]
                       for t in anchors}
                t = min(anchors, key=lambda x: (pos[x], x))
                left: dict[tuple, list] = {}
                mid: dict[tuple, list] = {}
                right: dict[tuple, list] = {}
                for v, u in votes.items():
                    if v.count(t) != 1:
                        continue            # a voter without it (a dropped word): noise here
                    j = v.index(t)
                    for k, a, b in u:
                        left.setdefault(v[:j], []).append((k, a, a + j))
                        mid.setdefault((t,), []).append((k, a + j, a + j + 1))
                        right.setdefault(v[j + 1:], []).append((k, a + j + 1, b))
                out = region(left, depth + 1) if any(left) else []
                out = _cat(out, joint(left), region(mid, depth + 1)) if out else region(mid, depth + 1)
                if any(right):
                    out = _cat(out, joint(mid), region(right, depth + 1))
                return out
        if depth < GROUP_DEPTH and len(opts) >= 2 and all(v for v, _ in opts) and covered * 2 >= voters:
            # (an option that is one slot alone is the free text itself, masked as a slot: it
            # does not keep the others from sharing words: {TEXT} {person|professional}
            # beside {TITLE})
            vs = [v for v, _ in opts if len(v) > 1 or not _is_ph(v[0])]
            if len(vs) < 2:
                vs = [v for v, _ in opts]
            # words every option shares at the start or the end are fixed text
            c = 0
            while all(len(v) > c + 1 for v in vs) and len({v[c] for v in vs}) == 1:
                c += 1
            # (an option that is one slot alone goes on beside the parts, the slot on one side
            # and nothing on the other: "{COMPANY}{| it's on their homepage}", not the phrase
            # as fixed text because only the voters who wrote it were counted)
            alone = [(v, u) for v, u in opts if v not in vs]
            if c and not free_class([(v, u) for v, u in votes.items() if not (len(v) > c and v[:c] == vs[0][:c])]):
                pre = vs[0][:c]
                left, right = split_votes([(v, u) for v, u in votes.items()
                                           if len(v) > c and v[:c] == pre], {v: c for v in votes})
                sep = joint(left)
                if FREE_TEXT_SLOT not in pre:
                    # (where the shared words hold free text, the slot is that free text, masked:
                    # "{TEXT} {person|professional}" beside "{TITLE}")
                    _add_alone(left, right, alone, False)
                return _cat(region(left, depth + 1), sep, region(right, depth + 1))
            c = 0
            while all(len(v) > c + 1 for v in vs) and len({v[-1 - c] for v in vs}) == 1:
                c += 1
            if c and not free_class([(v, u) for v, u in votes.items()
                                     if not (len(v) > c and v[len(v) - c:] == vs[0][len(vs[0]) - c:])]):
                suf = vs[0][len(vs[0]) - c:]
                left, right = split_votes([(v, u) for v, u in votes.items()
                                           if len(v) > c and v[len(v) - c:] == suf],
                                          {v: len(v) - c for v in votes})
                sep = joint(left)
                if FREE_TEXT_SLOT not in suf:
                    _add_alone(left, right, alone, True)
                return _cat(region(left, depth + 1), sep, region(right, depth + 1))
        if depth < GROUP_DEPTH and sum(1 for v in votes if v) >= 3:
            vs = [v for v, _ in opts]
            # adjacent spin groups: cut every variant where its prefix recurs with other endings
            # and its ending recurs after other prefixes ({a|b} {c|d} seen as ac, ad, bc, bd);
            # rare variants count for the statistics, and are dropped when they have no cut
            allv = [v for v in votes if v]
            pcount: dict = {}   # voters whose variant starts with a prefix
            scount: dict = {}   # voters whose variant ends with a suffix
            # (prefix, suffix) cuts: each is one variant cut at one place, so its voters are the
            # variant's; after[prefix] and before[suffix] list them
            after: dict[tuple, list] = {}
            before: dict[tuple, list] = {}
            if () in votes:
                pcount[()] = len(votes[()])
                scount[()] = len(votes[()])
            pget, sget = pcount.get, scount.get
            for v in allv:
                w = len(votes[v])
                for i in range(0, len(v) + 1):
                    p_, s_ = v[:i], v[i:]
                    pcount[p_] = pget(p_, 0) + w
                    scount[s_] = sget(s_, 0) + w
                    after.setdefault(p_, []).append((s_, w))
                    before.setdefault(s_, []).append((p_, w))
            occ: dict = {}      # voters per occurrence of a run of 1-3 tokens (^ $: ends)
            oget = occ.get
            for v, u in votes.items():
                pv = ("^",) + v + ("$",)
                w = len(u)
                for g in zip(pv):
                    occ[g] = oget(g, 0) + w
                for g in zip(pv, pv[1:]):
                    occ[g] = oget(g, 0) + w
                for g in zip(pv, pv[1:], pv[2:]):
                    occ[g] = oget(g, 0) + w
            follows: dict | None = None  # the distinct words each word comes after (when asked)
            # (where every variant is cut at its start, the words before the first group are a few
            # voters' strays, "l you are", "a you're": the cuts are looked for past the start)
            for lo in (0, 1):
                cut_of = {}
                qual = set(vs)
                ok = True
                confirmed: set = set()      # first parts (prefixes) of confirmed cuts
                confirmed_end: set = set()  # their second parts
                unconfirmed = []
                scored_cuts = []
                before_free: set = set()    # variants cut after a prefix that free text follows
                after_free: set = set()     # variants cut before an ending that free text precedes
                for v in allv:
                    scores = []   # (i, score): how many other members confirm the cut
                    fallback = None
                    for i in range(lo, len(v) + 1):
                        p_, s_ = v[:i], v[i:]
                        if pcount[p_] >= min_opt:
                            # a boundary between two groups: voters who share this prefix go on
                            # differently, and voters who share this ending came to it differently
                            # (counted token by token, so that several adjacent groups, whose whole
                            # combinations are each rare, still show their boundaries)
                            pp = ("^",) + p_
                            ss = s_ + ("$",)
                            q, r = pp[-2:], ss[:2]
                            oa = oget(q, 0) - oget(q + ss[:1], 0)
                            ob = oget(r, 0) - oget(pp[-1:] + r, 0)
                            if p_ and ob >= 1:
                                # (the ending's first token alone also counts: the cuts are found
                                # left to right, so the prefix is one group, but the ending holds
                                # all the groups after it and its token pairs are split by the next
                                # group's options: "with | senior practitioners" beside "to senior
                                # professionals"; not at the region's start, where a token written
                                # anywhere later in the variants, "worth it", proves nothing, and
                                # only where at least one voter came to the pair differently too)
                                ob = max(ob, oget(r[:1], 0) - oget(pp[-1:] + r[:1], 0))
                            # both sides confirmed by an option's worth of voters, or one side
                            # by twice that and the other by at least two (a rarely used option
                            # next to a common one: {the details|more info}{|Kind regards, ...})
                            # (the leftmost such boundary is the one used: no need to look further)
                            if min(oa, ob) >= min_opt or (min(oa, ob) >= 2 and max(oa, ob) >= 2 * min_opt):
                                scores.append((i, min(oa, ob)))
                                break
                            # a repeated prefix followed by text that differs per message
                            # (differing from its first word on: "a lot of {TEXT}", not "a {TEXT}")
                            if fallback is None and p_ and len(after[p_]) >= 3 and \
                                    2 * sum(w for _, w in after[p_] if w >= min_opt) < pcount[p_] and \
                                    len({x[0] for x, _ in after[p_] if x}) >= 3:
                                fallback = i
                                before_free.add(v)
                                # the free text goes on up to a word an option's worth of voters
                                # wrote after at least 3 different words: the cut is there, the free
                                # text stays with the words before it ({over coffee in {TEXT}|on
                                # Teams} {suit|work for})
                                if follows is None:
                                    follows = {}
                                    for x in allv:
                                        for t in range(1, len(x)):
                                            follows.setdefault(x[t], set()).add(x[t - 1])
                                for j in range(i + 1, len(v)):
                                    if oget((v[j],), 0) >= min_opt and len(follows[v[j]]) >= 3:
                                        fallback = j
                                        before_free.discard(v)
                                        break
                        if fallback is None and s_ and scount[s_] >= min_opt and len(before[s_]) >= 3 \
                                and 2 * sum(w for _, w in before[s_] if w >= min_opt) < scount[s_] \
                                and len({x[-1] for x, _ in before[s_] if x}) >= 3:
                            # text that differs per message followed by a repeated ending
                            fallback = i
                            after_free.add(v)
                    if scores:
                        # the leftmost boundary: the first group is peeled off, the rest recurses
                        cut_of[v] = scores[0][0]
                        scored_cuts.append((v, scores[0][0]))
                        if 0 < scores[0][0] < len(v) or len(votes[v]) >= min_opt:
                            # (a rare variant's cut at its very start or end, as a dropped word
                            # leaves ("advance" beside "in advance"), confirms nothing for others)
                            confirmed.add(v[:scores[0][0]])
                            confirmed_end.add(v[scores[0][0]:])
                    elif fallback is not None:
                        cut_of[v] = fallback
                    elif v in qual:
                        unconfirmed.append(v)
                # variants that begin with the same token are cut alike: all at their start or all
                # after that token, as most of their voters are ("{COMPANY} you're" is cut after the
                # slot, and so is "{COMPANY} you are", whose start a few stray words before the slot,
                # "iron {COMPANY} you are", seemed to confirm: {COMPANY} {you're|you are})
                w01: dict[str, list] = {}
                for v, i in scored_cuts:
                    if i <= 1 and len(v) > 1:
                        w01.setdefault(v[0], [0, 0])[i] += len(votes[v])
                flip = {t: int(w[1] >= w[0]) for t, w in w01.items() if w[0] and w[1]}
                if flip:
                    for n, (v, i) in enumerate(scored_cuts):
                        j = flip.get(v[0]) if i <= 1 and len(v) > 1 else None
                        if j is not None and j != i:
                            cut_of[v] = j
                            scored_cuts[n] = (v, j)
                            confirmed.add(v[:j])
                            confirmed_end.add(v[j:])
                # a variant cut after a prefix that begins with a whole option another variant's
                # boundary confirmed is cut there too, where voters sharing that option go on
                # differently and at least one voter came to the word after it differently: the
                # combination "{partners with} teams" is missing, so "backs teams" looks like one
                # phrase beside "backs founders" ({backs|partners with} {founders|teams})
                # (or, the mirror, after a prefix where the rest is a whole ending another variant's
                # boundary confirmed, where voters sharing that ending came to it differently and
                # at least one voter went on differently from the word before it: "senior
                # professionals" beside "experienced professionals" and one "senior practitioners")
                moved = []
                for v, i in scored_cuts:
                    for j in range(1, i):
                        p_ = v[:j]
                        if p_ in confirmed:
                            q = (("^",) + p_)[-2:]
                            if oget(q, 0) - oget(q + v[j:j + 1], 0) >= min_opt and \
                                    oget(v[j:j + 1], 0) - oget(p_[-1:] + v[j:j + 1], 0) >= 1:
                                moved.append((v, j))
                                break
                        if v[j:] in confirmed_end:
                            r = (v + ("$",))[j:j + 2]
                            if oget(r, 0) - oget(v[j - 1:j] + r, 0) >= min_opt and \
                                    oget(v[j - 1:j], 0) - oget(v[j - 1:j + 1], 0) >= 1:
                                moved.append((v, j))
                                break
                for v, j in moved:
                    cut_of[v] = j
                    confirmed_end.add(v[j:])
                # a repeated prefix followed by free text, whose last word follows a prefix that
                # other voters' boundaries confirmed: that word begins the free text ("work | in
                # {CITY}" beside "work | at {COMPANY}", not "work in | {CITY}"), in every variant
                # where it ends such a prefix ("teams | near {CITY}" beside "companies | near ...")
                starts = {v[cut_of[v] - 1] for v in before_free if cut_of[v] >= 2 and v[:cut_of[v] - 1] in confirmed}
                for v in before_free:
                    if cut_of[v] >= 2 and v[cut_of[v] - 1] in starts:
                        cut_of[v] -= 1
                # an option whose own boundary no other member confirms, cut where its words before
                # (after) the cut are an option another variant's boundary confirmed: {more info|the
                # details}{|Looking forward, {NAME}} when all but one member who wrote "more info"
                # went on with the sign-off); or where the words on one side are a whole other option:
                # "at {COMPANY} i imagine" beside "i imagine" is {|at {COMPANY}} {i imagine|...}, and
                # then "i imagine" itself is cut before its first word
                while ok and unconfirmed:
                    rest = []
                    for v in unconfirmed:
                        for i in range(lo, len(v) + 1):
                            p_, s_ = v[:i], v[i:]
                            if pcount[p_] < min_opt:
                                continue
                            if (p_ and p_ in confirmed) or (s_ and s_ in confirmed_end):
                                cut_of[v] = i
                                break
                            if p_ and s_ and (p_ in qual or s_ in qual):
                                cut_of[v] = i
                                confirmed.add(p_)
                                confirmed_end.add(s_)
                                break
                        else:
                            rest.append(v)
                    if len(rest) == len(unconfirmed):
                        ok = False
                    unconfirmed = rest
                zero = bool(cut_of) and all(cut_of[v] == 0 for v in cut_of)
                if ok and (zero or all(cut_of[v] == len(v) for v in cut_of)):
                    ok = False
                if not zero:
                    break
            if ok and before_free and after_free and ends_free(votes, voters):
                # free text after repeated words in nearly half the voters and before other
                # repeated words in the rest: two classes of free text, not two groups side by
                # side ({executives in {TEXT}|{TEXT} leaders}, found below; a value both
                # classes hold, "data analytics", confirms a boundary that is none)
                ok = False
            if ok:
                left, right = split_votes([(v, votes[v]) for v in allv if v in cut_of], cut_of)
                lq = [len(u) for u in left.values() if len(u) >= min_opt]
                rq = [len(u) for u in right.values() if len(u) >= min_opt]
                lv = sum(len(u) for u in left.values())
                # both parts must be mostly repeated wording (or free text on one side)
                if (len(lq) >= 2 or len(rq) >= 2) and (
                        (2 * sum(lq) >= lv and 2 * sum(rq) >= lv)
                        or (len(lq) >= 2 and 2 * sum(lq) >= lv)
                        or (len(rq) >= 2 and 2 * sum(rq) >= lv)):
                    sep = joint(left)
                    # voters with nothing here have nothing in either group: left out, the
                    # words most of the others add would read as fixed text ("{TEXT}{| and 12
                    # other cities}" beside "{TEXT} {NAME} and 12 other cities")
                    for k, a, b in votes.get((), ()):
                        left.setdefault((), []).append((k, a, a))
                        right.setdefault((), []).append((k, a, a))
                    return _cat(region(left, depth + 1), sep, region(right, depth + 1))
        # rare variants sharing their first (last) word and differing after (before) it: a word
        # next to free text, such as "in {CITY}" where city names are not masked
        ext = [(v, users, None) for v, users in opts]
        used = set()
        for side in (0, -1):
            byw: dict[str, list] = {}
            for v, u in ranked:
                if len(u) < min_opt and len(v) >= 2 and v not in used:
                    byw.setdefault(v[side], []).append((v, u))
            for w, lst in byw.items():
                n = sum(len(u) for _, u in lst)
                if n >= min_opt and len(lst) >= 3:
                    # the longest run of words they all share at that end, free text after it
                    # (all the variants longer than it have it, but for fewer than an
                    # option's worth of voters, so one that lacks the free text does not end
                    # it; such a one is left out of the class)
                    c = 1
                    while True:
                        longer = [(v, u) for v, u in lst if len(v) > c + 1]
                        if n - sum(len(u) for _, u in longer) >= min_opt or \
                                len({v[c] if side == 0 else v[-1 - c] for v, _ in longer}) != 1:
                            break
                        c += 1
                    lst = [x for x in lst if len(x[0]) > c]
                    n = sum(len(u) for _, u in lst)
                    if n < min_opt or len(lst) < 3:
                        continue
                    shared = lst[0][0][:c] if side == 0 else lst[0][0][-c:]
                    used.update(v for v, _ in lst)
                    # a value of that free text that several members happen to share is no
                    # option of its own ("into nonprofit" beside "into {TEXT}"): a variant with
                    # the same words at that end, used by fewer members than the differing
                    # ones together; one that is a slot stays an option
                    # a slot followed (preceded) by text that differs per message is that slot:
                    # the rest is what masking left of the value ({COMPANY} ltd's, {COMPANY} s,
                    # {TITLE} managers), so the slot alone stands for all of them
                    slot = c == 1 and _is_ph(w)
                    for v, u in opts:
                        rest = v[c:] if side == 0 else v[:-c]
                        if v not in used and (v[:c] if side == 0 else v[-c:]) == shared and len(u) < n \
                                and ((rest and not all(_is_ph(x) for x in rest)) or (slot and not rest)):
                            used.add(v)
                            lst.append((v, u))
                    if side == 0:
                        us = [(k, a, a + c) for _, u in lst for k, a, b in u]
                    else:
                        us = [(k, b - c, b) for _, u in lst for k, a, b in u]
                    ext.append(((w, side), us, "slot" if slot else side))
        if used:
            # beside such classes, the rare variants left over that share no wording are the free
            # text alone ({TEXT}{| and was impressed}: a city, and in half the members more words)
            left_over = [u for v, u in ranked if v and v not in used and len(u) < min_opt]
            if len(left_over) >= 3 and sum(map(len, left_over)) >= min_opt:
                ext.append(((), [x for u in left_over for x in u], "text"))
        ext = [e for e in ext if e[2] is not None or e[0] not in used]
        ext.sort(key=lambda e: -len(e[1]))
        covered = sum(len(u) for _, u, _ in ext)
        if not ext or covered * 2 < voters:
            # no repeated wording, or one that few members use: text that differs per message
            return [_FREE] if free else []
        # two or more classes of free text with their shared words at the same end, beside
        # only options that are the free text itself (a lone slot: a value masking recognised,
        # or the leftovers): the free text stands outside the group of those words
        # ({{TEXT} person|{TITLE}|{TEXT} professional} -> {TEXT} {person|professional})
        for end in (0, -1):
            classes = [e for e in ext if e[2] == end]
            if len(classes) >= 2 and all(e[2] == end or e[2] == "text" or (e[2] is None and e[0] and all(
                    map(_is_ph, e[0]))) for e in ext):
                words = []
                for v, users, side in classes:
                    text, plain = render_option(users)
                    words.append({"text": text, "plain": plain, "users": {u[0] for u in users},
                                  "count": len(users), "span": {k: (a, b) for k, a, b in users},
                                  "free": False})
                return [words, " ", FREE_TEXT_SLOT] if end == 0 else [FREE_TEXT_SLOT, " ", words]
        group = []
        for v, users, side in ext:
            if side == "text":
                if any(e[2] == "slot" for e in ext):
                    continue        # a slot is text that differs per message: it stands for this
                group.append({"text": FREE_TEXT_SLOT, "plain": FREE_TEXT_SLOT, "users": {u[0] for u in users},
                              "count": len(users), "span": {k: (a, b) for k, a, b in users}, "free": True})
                continue
            text, plain = render_option(users)
            if side == 0:
                text, plain = text + " " + FREE_TEXT_SLOT, plain + " " + FREE_TEXT_SLOT
            elif side == -1:
                text, plain = FREE_TEXT_SLOT + " " + text, FREE_TEXT_SLOT + " " + plain
            # (side "slot": the slot alone)
            group.append({"text": text, "plain": plain, "users": {u[0] for u in users}, "count": len(users),
                          "span": {k: (a, b) for k, a, b in users}, "free": side is not None})
        group = _merge_same_options(group)
        if len(group) == 1:
            return [group[0]["text"]]
        return [group]

    # a reference written all in lower case ("hello there, ...") while most members are not
    # does not give fixed text its case: the first member with capitals does; nor does one in
    # capitals or with every word capitalised ("I Came Across Acme While Looking Into ...")
    # while most members write as usual: the first of those does
    cased = None
    style = _case_style(texts[ref_i])
    if style != _CASE_USUAL:
        usual = [k for k in range(nm) if _case_style(texts[k]) == _CASE_USUAL]
        if 2 * len(usual) > nm:
            cased = usual
        elif style == _CASE_LOWER:
            upper = [k for k in range(nm) if any(c.isupper() for c in texts[k])]
            if 2 * len(upper) > nm:
                cased = upper

    def group_ends(group: list, own: str) -> tuple[list, str | None]:
        """A group that ends its region, with each option's own punctuation after its last
        word taken into it where the options differ there ("{hybrid (2 days in office)|fully
        remote}", not "{hybrid (2 days in office|fully remote})"), and the separator after it
        (its white space then), or None where they do not differ (``own``, the reference's
        separator, stays after the group)."""
        firsts = set()
        for o in group:
            for k, (a, b) in itertools.islice((o.get("span") or {}).items(), 1):
                if b > a:
                    firsts.add("".join(sep_after(k, b - 1).split()))
        if len(firsts) < 2:
            return group, None          # (the common case: their first users agree)
        marks = []
        for o in group:
            spans = [(k, b) for k, (a, b) in (o.get("span") or {}).items() if b > a]
            if not spans:
                marks.append(None)
                continue
            seps = Counter("".join(sep_after(k, b - 1).split())
                           for k, b in (spans[i] for i in _sample(len(spans), 10)))
            top, n = _top(seps)
            if n < 0.8 * sum(seps.values()):
                return group, None      # (punctuation that varies apart from the options)
            marks.append(top)
        if len({m for m in marks if m is not None}) < 2:
            return group, None
        out = [o if not m else {**o, "text": o["text"] + escape(m), "plain": o["plain"] + m}
               for o, m in zip(group, marks)]
        return out, _space_of(own) or " "

    def fixed_word(p: int) -> str:
        """Display form of solid reference token p: the reference's (where the reference is
        all in lower case and most members are not, the first member's with capitals), or
        where the reference misspelled it, the first member's that spelled it right."""
        if p not in ref.typos and cased is None:
            return ref.disp[p]
        for k in (range(nm) if cased is None else cased):
            q = int(mapping[k, p])
            if q >= 0 and q not in members[k].typos:
                return spans(k).disp[q]
        return ref.disp[p] if p not in ref.typos else ref.toks[p]

    def emit_region(left: int | None, right: int | None):
        """Region strictly between solid reference positions left and right (None = text edge)."""
        votes: dict[tuple, list[tuple[int, int, int]]] = {}
        # members missing either neighbour do not vote (all members at once, then a loop over voters)
        if left is None:
            va = np.zeros(nm, dtype=np.int64)
            ok = np.ones(nm, dtype=bool)
        else:
            va = mapping[:, left] + 1
            ok = va > 0
        if right is None:
            vb = lens
        else:
            vb = mapping[:, right]
            ok &= vb >= 0
        ok &= vb >= va
        ks = np.flatnonzero(ok)
        for k, a, b in zip(ks.tolist(), va[ks].tolist(), vb[ks].tolist()):
            votes.setdefault(toks_of[k][a:b], []).append((k, a, b))
        ref_var_a = 0 if left is None else left + 1
        ref_var_b = L if right is None else right
        if sum(map(len, votes)) > REGION_TOKENS:
            # (bounded time: shown as its most common variant)
            top = max(votes.values(), key=lambda u: (len(u), -u[0][0]))
            return ([render_option(top)[0]] if top[0][2] > top[0][1] else []), ref_var_a, ref_var_b
        if len(votes) > 1:
            votes = words_for_slots(votes)
        pre = None
        if left is not None and len(votes) > 1:
            votes, pre = clause_before_break(votes, ref.sep[left])
        items = region(votes, 0)
        return ([_PreBreak(*pre)] + items if pre else items), ref_var_a, ref_var_b

    def clause_before_break(votes: dict, own: str) -> tuple[dict, tuple | None]:
        """Words that some voters write before a sentence break that the others have just
        before the region ("{I hope you're doing|Hope all is} well{| at {COMPANY}}. {My name
        is|I'm} ...": those who add "at {COMPANY}" have the break inside the region, after
        it): cut there, where nearly every voter is one of the two kinds and each kind is an
        option's worth. Returns the votes after the break, and (items of the group before the
        break, the separator of the break, the separator before the group's words) or None."""
        voters = sum(len(u) for u in votes.values())
        stray = max(min_opt, FREE_ANCHOR * voters)
        ends = {v: u[0][1] > 0 and _ends_sentence(sep_after(u[0][0], u[0][1] - 1)) for v, u in votes.items()}
        n_ends = sum(len(u) for v, u in votes.items() if ends[v])
        if n_ends < min_opt or voters - n_ends < min_opt:
            return votes, None          # (the common case: one kind only)
        after, cut = [], []
        for v, u in votes.items():
            k, a, _ = u[0]
            # (a break at the variant's end counts for those who write the words: "well at
            # Initech. My" beside "well. My" cuts after "Initech")
            at = next((i for i in range(1, len(v) + (not ends[v])) if _ends_sentence(sep_after(k, a + i - 1))), None)
            if ends[v] and at is None:
                after.append((v, u))
            elif not ends[v] and at is not None and a > 0:
                cut.append((v, u, at))
        # (words that start what the others write after the break are no words before it: a
        # member who dropped the stop after the left token, "28th No pitch." beside "28th. No
        # pitch.", or aligned apart)
        firsts = {av[0] for av, _ in after if av}
        cut = [(v, u, j) for v, u, j in cut if v[0] not in firsts]
        n_after = sum(len(u) for _, u in after)
        n_cut = sum(len(u) for _, u, _ in cut)
        if n_after < min_opt or n_cut < min_opt or voters - n_after - n_cut >= stray:
            return votes, None
        cut_vs = {v for v, _, _ in cut}
        rest = {v: list(u) for v, u in votes.items() if v not in cut_vs}
        before: dict = {(): [(k, a, a) for _, u in after for k, a, _ in u]}
        for v, u, j in cut:
            before.setdefault(v[:j], []).extend((k, a, a + j) for k, a, _ in u)
            rest.setdefault(v[j:], []).extend((k, a + j, b) for k, a, b in u)
        seps = [sep_after(k, a - 1) for _, u in after for k, a, _ in u[:3]]
        joins = Counter(sep_after(k, a - 1) for _, u, _ in cut for k, a, _ in u[:3])
        items = region(before, 0)
        if items and type(items[-1]) is _Joint:
            items = items[:-1]     # (the break is written after them)
        return rest, (items, _most_written(seps, own),
                      _top(joins)[0] or " ")

    bounds = [None] + solid + [None]
    # regions between adjacent solid tokens that no member fills are skipped without a loop
    empty = np.zeros(len(bounds) - 1, dtype=bool)
    if len(solid) >= 2:
        sol = np.asarray(solid)
        ml, mr = mapping[:, sol[:-1]], mapping[:, sol[1:]]
        both = (ml >= 0) & (mr >= 0)
        empty[1:-1] = ((sol[1:] == sol[:-1] + 1) & np.all(~both | (mr == ml + 1), axis=0))

    def absorb_capital(items: list, right: int | None) -> list | None:
        """The group of ``items`` (a region the reference has nothing in) with the fixed
        word after it taken in, where that word is capitalised in the reference, one option
        is empty and the members of every other option write it in lower case; else None."""
        if right is None or len(items) != 1 or not isinstance(items[0], list) or _is_ph(ref.toks[right]):
            return None
        word = fixed_word(right)
        group = items[0]
        if not word[:1].isupper() or not any(not o["plain"] for o in group):
            return None
        out = []
        for o in group:
            span = o.get("span")
            if not span:
                return None
            if not o["plain"]:
                out.append({**o, "text": escape(word), "plain": word,
                            "span": {k: (a, b + 1) for k, (a, b) in span.items()}})
                continue
            k, (a, b) = next(iter(span.items()))
            own = plain(k, b, b + 1)
            if not own[:1].islower() or own.casefold() != word.casefold():
                return None
            sep = sep_after(k, b - 1)
            out.append({**o, "text": o["text"] + escape(sep) + escape(own), "plain": o["plain"] + sep + own,
                        "span": {kk: (aa, bb + 1) for kk, (aa, bb) in span.items()}})
        return out

    for j in range(len(bounds) - 1):
        left, right = bounds[j], bounds[j + 1]
        absorbed = False
        if empty[j]:
            items, ra, rb = [], left + 1, right
        else:
            items, ra, rb = emit_region(left, right)
        if items and isinstance(items[0], _PreBreak):
            # words some voters write before the break the others have after the left token:
            # the left token, those words as a group, the break, the rest
            pre, items = items[0], items[1:]
            pieces[-1:] = []
            for j, it in enumerate(pre.items):
                if isinstance(it, list):
                    # ("pre": never joined with a group after it, see _merge_correlated; the
                    # first group's options take the separator before the words)
                    it = [{**o, "pre": True} if not o["plain"] or j else
                          {**o, "text": escape(pre.space) + o["text"], "plain": pre.space.lstrip() + o["plain"],
                           "pre": True}
                          for o in it]
                elif j == 0:
                    it = escape(pre.space) + it
                pieces.append(it)
            pieces.append(escape(pre.sep))
        if items and isinstance(items[0], list) and left is not None and not _is_ph(ref.toks[left]):
            # a group glued to the fixed word before it by an apostrophe in some of its options
            # ("It's been" is "it" "s been" to masking, "It was" "it" "was"): the word goes into
            # every option, each with its own separator, "{It was|It's been}" rather than
            # "It {was|s been}" (other punctuation stays outside: "YouTube:{|{TEXT}}")
            seps = []
            for o in items[0]:
                k, (a, b) = next(iter(o["span"].items()))
                seps.append(_clean_sep(sep_after(k, a - 1)) if b > a and a > 0 else None)
            if any(x and all(c in _APOSTROPHES for c in x) for x in seps):
                word = fixed_word(left)
                pieces[-2:] = []
                glued = [{**o, "text": escape(word) + escape(x) + o["text"], "plain": word + x + o["plain"]}
                         if x is not None else {**o, "text": escape(word), "plain": word}
                         for o, x in zip(items[0], seps)]
                for o in glued:
                    if "span" in o:
                        # (the word is each member's token before the region: the options'
                        # spans take it in, for a group joined with them, _merge_correlated)
                        o["span"] = {k: (a - 1, b) for k, (a, b) in o["span"].items()}
                items = [glued] + items[1:]
        if items and right is not None and type(items[-1]) is _Joint:
            items = items[:-1]     # (the separator after the region is written below)
        if items:
            if ra == rb:
                # the reference has nothing here: its separator before the insert, and only
                # the separator's white space after it ("growth. {|Would be} Glad", not
                # "growth. {|Would be}. Glad")
                if right is None and left is not None and pieces and pieces[-1] == "" and isinstance(items[0], list):
                    # (the reference ends here: the separator those who go on write before it)
                    seps = Counter(sep_after(k, a - 1) for o in items[0]
                                   for k, (a, b) in itertools.islice((o.get("span") or {}).items(), 5)
                                   if b > a > 0)
                    pieces[-1] = escape(_top(seps)[0]) if seps else " "
                cased_insert = absorb_capital(items, right)
                if cased_insert is not None:
                    # words some members write before a capitalised word the others start a
                    # sentence with, which they write in lower case: the word goes into the
                    # group ("{Reaching|I'm reaching} out", not "{|I'm}\n\nReaching out")
                    pieces.append(cased_insert)
                    absorbed = True
                else:
                    pieces.extend(items)
                    pieces.append(_space_of(ref.sep[left]) if left is not None else " ")
            else:
                tail = None
                if rb > ra and right is not None and isinstance(items[-1], list):
                    items[-1], tail = group_ends(items[-1], ref.sep[rb - 1])
                pieces.extend(items)
                if rb > ra and right is None:
                    pieces.append("")
                elif rb > ra and tail is not None:
                    pieces.append(tail)
                elif rb > ra and _is_ph(ref.toks[rb - 1]):
                    # (a slot ending the region: the separator most members filling it write)
                    col = mapping[:, right]
                    ks = np.flatnonzero(col > 0)
                    pairs = [(k, q - 1) for k, q in zip(ks.tolist(), col[ks].tolist())
                             if toks_of[k][q - 1] == ref.toks[rb - 1]]
                    pieces.append(escape(slot_sep(pairs, rb - 1)))
                elif rb > ra:
                    pieces.append(escape(ref.sep[rb - 1]))
        if right is not None and absorbed:
            pieces.append(escape(ref.sep[right]))
        elif right is not None:
            tok = ref.toks[right]
            if _is_ph(tok):
                col = mapping[:, right]
                ks = np.flatnonzero(col >= 0)
                pairs = list(zip(ks.tolist(), col[ks].tolist()))
                same = None if tok[1:-1] not in CONSTANT_SLOTS else constant_value(pairs, tok[1:-1])
                if same is not None:
                    pieces.append(escape(same))
                elif tok == "{TITLE}" and plural_title(pairs):
                    # most members wrote their own title with an s: the sender's "{title}s"
                    pieces.append("{TITLE}s")
                    slots.append({"slot": "TITLE", "values": _singular_values(slot_values(pairs))})
                else:
                    pieces.append(tok)
                    slots.append({"slot": tok[1:-1], "values": slot_values(pairs)})
                pieces.append(escape(slot_sep(pairs, right)))
            else:
                pieces.append(escape(fixed_word(right)))
                pieces.append(escape(ref.sep[right]))
    def render_span(users):
        return texts_of(*exemplar(users))

    # "{|The} {COMPANY}": masking left a company's own "The" a word where it had no
    # metadata ("The Bluebird Company" is "the {COMPANY}"): that optional word is the slot's
    drop = {x for j, it in enumerate(pieces) if isinstance(it, list) and _company_article(pieces, j)
            for x in (j, j + 1)}
    if drop:
        pieces = [it for j, it in enumerate(pieces) if j not in drop]
    pieces = _merge_correlated(pieces, render_span)
    out = []
    for it in pieces:
        if isinstance(it, str):
            out.append(it)
        else:
            out.append("{" + "|".join(o["text"] for o in it) + "}")
            alts.append({"options": [[_SPACES.sub(" ", o["plain"].translate(_INVISIBLE)), o["count"]]
                                     for o in it]})
    # (a run of spaces between words, as a member who typed two wrote them, is one space)
    text = _SPACES.sub(" ", "".join(out).translate(_INVISIBLE).strip())
    return Template(text, _slots_in_order(text, slots), alts, nm)


def _company_article(pieces: list, j: int) -> bool:
    """Whether ``pieces[j]`` is a group of "" and "The" alone followed by white space and a
    {COMPANY} slot."""
    it = pieces[j]
    return (isinstance(it, list) and sorted(o["plain"].casefold() for o in it) == ["", "the"]
            and j + 2 < len(pieces) and isinstance(pieces[j + 1], str) and pieces[j + 1].isspace()
            and isinstance(pieces[j + 2], str) and pieces[j + 2].startswith("{COMPANY}"))


def _slots_in_order(text: str, found: list[dict]) -> list[dict]:
    """One slot entry per placeholder of ``text``, in its order: each kind's entries as they
    were found (left to right), the last one again where a placeholder has none left (a slot
    that joined groups share: "{In your role as {TITLE}|As {TITLE} at {COMPANY}}"), an empty
    value list where none was found (free text, {TEXT}, as a region's rest); entries of options the
    groups' merging left out are dropped."""
    pool: dict[str, list[dict]] = {}
    for s in found:
        pool.setdefault(s["slot"], []).append(s)
    taken: Counter = Counter()
    out = []
    for ph in _PLACEHOLDER_RE.findall(text):
        kind = ph[1:-1]
        have = pool.get(kind, ())
        i = taken[kind]
        taken[kind] += 1
        if i < len(have):
            out.append(have[i])
        elif have:
            out.append({"slot": kind, "values": [list(v) for v in have[-1]["values"]]})
        else:
            out.append({"slot": kind, "values": []})
    return out


class _FreeText(str):
    """Free text a region is shown as where its members' words share nothing (no slot entry
    of its own: see :func:`_slots_in_order`)."""


_FREE = _FreeText(FREE_TEXT_SLOT)


class _Joint(str):
    """A separator that ends a region's items because the part after it shows nothing (see
    :func:`_cat`)."""


def _cat(left: list, sep: str, right: list) -> list:
    """Items of two regions side by side with ``sep`` between, where one ends and the other
    starts with free text and one of those is :data:`_FREE`: one {TEXT} (free text beside
    free text is one run of it, not "fellow {TEXT} {TEXT} professional"). Where ``right`` is
    empty, ``sep`` ends the items as a :class:`_Joint`, which a separator written after it
    replaces ("{COMPANY}'s", not "{COMPANY}''s"; "{TEXT}.\n\nNo", not "{TEXT}.\n\n.\n\nNo")."""
    if left and type(left[-1]) is _Joint:
        left = left[:-1]
    if not right:
        return left + [_Joint(sep)]
    if left and left[-1] == FREE_TEXT_SLOT == right[0] and (left[-1] is _FREE or right[0] is _FREE):
        return left + right[1:] if left[-1] is not _FREE else left[:-1] + right
    return left + [sep] + right


class _PreBreak(NamedTuple):
    """Items of a group that goes before the separator after a region's left token (see
    clause_before_break), that separator, and the separator before the group's words."""
    items: list
    sep: str
    space: str


def _top(counts: Counter) -> tuple:
    """(value, count) of the most common value, the larger value on a tie (deterministic)."""
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))


def _most_written(seps: list[str], own: str) -> str:
    """The separator most of ``seps`` (written by members at one place) agree on, compared by
    their punctuation (white space differs where markup was dropped): ``own`` (the
    reference's) unless more than half write other punctuation and more than write its; then
    their most common form, one with as many line breaks as ``own`` first ("!\n\n", not
    "!  ")."""
    marks = Counter("".join(x.split()) for x in seps)
    top, n = _top(marks)
    if n * 2 <= len(seps) or marks["".join(own.split())] >= n:
        return own
    forms = Counter(x for x in seps if "".join(x.split()) == top)
    lines = own.count("\n")
    return max(forms.items(), key=lambda kv: (kv[0].count("\n") == lines, kv[1], kv[0]))[0]


def _add_alone(left: dict, right: dict, alone: list, slot_left: bool) -> None:
    """Voters of options that are one slot alone, beside a cut at words the other options
    share: the slot on the side of the words that differ, left (``slot_left``) or right, and
    nothing on the other."""
    for v, users in alone:
        for k, a, b in users:
            if slot_left:
                left.setdefault(v, []).append((k, a, b))
                right.setdefault((), []).append((k, b, b))
            else:
                left.setdefault((), []).append((k, a, a))
                right.setdefault(v, []).append((k, a, b))


def _merge_same_options(group: list[dict]) -> list[dict]:
    """Options that read the same but for case are one (the most used one's form, counts and
    members added): "{Banyan Financial|banyan financial}", where masking took the company
    for a slot (then written as its constant value) in the members who capitalised it, and
    not in those who wrote the message in lower case. Most used first."""
    out: list[dict] = []
    seen: dict[tuple, dict] = {}
    for g in group:
        key = (g["plain"].casefold(), g["free"])
        h = seen.get(key)
        if h is None:
            seen[key] = g
            out.append(g)
            continue
        h["count"] += g["count"]
        h["users"] = h["users"] | g["users"]
        h["span"] = {**h["span"], **g["span"]}
    if len(out) < len(group):
        out.sort(key=lambda g: -g["count"])
    return out


def _sender_words(meta: Mapping | None) -> frozenset[str]:
    """Name words of a sender id such as ``jana-kovalenko-7f8a9f`` (hex-like parts skipped)."""
    if not meta:
        return frozenset()
    sender = meta.get("sender")
    if not isinstance(sender, str):
        return frozenset()
    return _sender_id_words(sender)


@functools.lru_cache(maxsize=65536)
def _sender_id_words(sender: str) -> frozenset[str]:
    return frozenset(w for w in _WORD_SPLIT.split(sender.lower().replace("-", " "))
                     if len(w) > 1 and w.isalpha())


_UNESCAPE = re.compile(r"\\(.)", re.S)


def _correlated(g1: list[dict], g2: list[dict]) -> list[tuple[int, int]] | None:
    """Pairs (option of g1, option of g2) that members choose together, when the choice in the
    group with fewer options follows from the choice in the other: each option of the larger
    group (either when they are the same size) has at least 90% of the members that voted in
    both groups, and at least two, with one option of the smaller group, and every option of
    the smaller group is such a partner ({|Is this} worth {a chat|a conversation|exploring}:
    ("", a chat), ("", a conversation), (Is this, exploring)). Else None."""
    swap = len(g1) < len(g2)
    big, small = (g2, g1) if swap else (g1, g2)
    pairs = []
    for i, o in enumerate(big):
        c = [len(o["users"] & p["users"]) for p in small]
        tot = sum(c)
        j = max(range(len(c)), key=lambda x: c[x])
        if tot == 0 or c[j] < 0.9 * tot or c[j] < 2:
            return None
        pairs.append((j, i) if swap else (i, j))
    used = {p[0] if swap else p[1] for p in pairs}
    return pairs if len(used) == len(small) else None


def _merge_correlated(items: list, render=None) -> list:
    """Join spin groups whose choices always go together ({call|describe} us {|as} ->
    {call us|describe us as}); they may be separated by up to 4 fixed words or slots
    ({In your role|} as {TITLE} {|at {COMPANY}} -> {In your role as {TITLE}|as {TITLE} at {COMPANY}}).
    ``render(users)``, given ``(member, start, end)`` token spans, gives the display text and
    plain text of one of them: a joined option is shown as a member that chose it wrote it
    (without it, or for options holding free text, the pieces are concatenated)."""
    items = list(items)
    i = 0
    while i < len(items):
        if isinstance(items[i], str):
            i += 1
            continue
        g = i + 1
        while g < len(items) and isinstance(items[g], str):
            g += 1
        if g >= len(items):
            break
        lit = "".join(items[i + 1:g])
        plain = _UNESCAPE.sub(r"\1", lit)
        partner = None
        # (a group before a sentence break that its options' members lack, clause_before_break,
        # is joined with a group before it only: its separators lie outside its spans)
        if len(plain.split()) <= 4 and not any(o.get("pre") for o in items[i]):
            partner = _correlated(items[i], items[g])
        if partner is None:
            i = g
            continue
        merged = []
        for oi, j in partner:
            o, p = items[i][oi], items[g][j]
            users = o["users"] & p["users"]
            span = None
            if "span" in o and "span" in p:
                span = {k: (o["span"][k][0], p["span"][k][1]) for k in sorted(users)}
            free = o.get("free", True) or p.get("free", True)
            if render is not None and span is not None and not free:
                text, pl = render([(k, a, b) for k, (a, b) in span.items()])
            else:
                text = (o["text"] + lit + p["text"]).strip()
                pl = (o["plain"] + plain + p["plain"]).strip()
            opt = {"text": text, "plain": pl, "users": users, "count": len(users), "free": free}
            if span is not None:
                opt["span"] = span
            merged.append(opt)
        merged.sort(key=lambda o: -o["count"])
        items[i:g + 1] = [merged]
    return items


_CONTRACTED = frozenset(("it", "that", "there", "here", "what", "who", "where", "how", "when", "why",
                         "he", "she", "let"))
"""Words whose 's is a contraction ("it is", "let us"), never a possessive."""


def _first_tokens(stream: str) -> list[str]:
    """The tokens of a member's masked stream, its first MAX_TOKENS where it has more, without
    placeholders at the end of those (a slot there would take the rest of the text as its
    value); a possessive 's a word of its own, a contraction ("it's") one word, wherever
    written."""
    toks = stream.split()
    if "'s" in stream:
        # a possessive 's after a capitalised word is a word of its own to masking ("Acme's"
        # is "acme s"), after another word not ("acme's", in a member who wrote in lower
        # case, or "Nimbus.io's"): it is a word of its own wherever it is written
        out = []
        for t in toks:
            if len(t) > 2 and t[-2:] == "'s" and t[0] != "{" and t[:-2] not in _CONTRACTED:
                out += (t[:-2], "s")
            else:
                out.append(t)
        toks = out
    if " s" in stream and "s" in toks:
        # a contraction is one word wherever it is written ("It's" at a sentence's start is
        # "it s" to masking, "it's" elsewhere)
        i = 0
        with contextlib.suppress(ValueError):
            while True:
                i = toks.index("s", i + 1)
                if toks[i - 1] in _CONTRACTED:
                    toks[i - 1:i + 1] = [toks[i - 1] + "'s"]
    if len(toks) > MAX_TOKENS:
        del toks[MAX_TOKENS:]
        while toks and toks[-1][:1] == "{":
            toks.pop()
    return toks


def _split_spun_contractions(members: list[_Member], streams: list[str]) -> None:
    """A contraction ("there's") is two words ("there" "s") in every member where some
    members write it out ("there is"): "{There's|There is}" then shares "there" (kept whole
    elsewhere, a contraction is no word its head alone stands for: "Here's the link" beside
    "confirm here")."""
    text = " " + " \n ".join(streams) + " "
    if "'s " not in text and " s " not in text:
        return
    # (masking writes "There's" as "there s", "there's" whole)
    heads = [h for h in _CONTRACTED if (f" {h}'s " in text or f" {h} s " in text) and f" {h} is " in text]
    if not heads:
        return
    whole = {h + "'s": h for h in heads}
    for m in members:
        if any(t in m.toks for t in whole):
            out = []
            for t in m.toks:
                h = whole.get(t)
                if h is None:
                    out.append(t)
                else:
                    out += (h, "s")
            m.toks = out


def _tokenize(texts: Sequence[str], metadata: Sequence[Mapping | None] | None) -> list[_Member]:
    return [_Member(_first_tokens(s)) for s in masked_streams(list(texts), metadata=metadata, template=True)]


def _mask_plural_titles(members: list[_Member], metas: Sequence[Mapping | None]) -> None:
    """The member's recipient title written with a plural s ("Director of Marketings", "Sales
    Managers" for a Sales Manager) becomes ``{TITLE}``, as the title itself already is.
    Masking does this too (:func:`~mass_msg_detect.shingling.plural_title`); this catches the
    plurals masking split, a title's first words taken for a title already ("{TITLE} of
    saless"). Each member keeps its plural title in ``m.plural`` (for ``{TITLE}s``)."""
    for m, meta in zip(members, metas):
        title = meta.get("recipient_title") if meta else None
        if not isinstance(title, str) or not title[-1:].isalnum():
            continue
        m.plural = (title.strip() + "s").casefold()
        words = [w for w in _WORD_SPLIT.split(title.lower()) if w]
        if not words:
            continue
        words[-1] += "s"
        last = words[-1]
        toks = m.toks
        if last not in toks:
            continue
        n = len(words)
        spans = []     # (first, last) token of each plural title; masking may have taken its
        for q, t in enumerate(toks):     # first words for a title already ("{TITLE} of saless")
            if t != last or (spans and q <= spans[-1][1]):
                continue
            for k in range(n):
                a = q - (n - k) + 1
                if a >= 0 and toks[a:q + 1] == words[k:] and (k == 0 or (a > 0 and toks[a - 1] == "{TITLE}")):
                    spans.append((a - (k > 0), q))
                    break
        if spans:
            out = []
            prev = 0
            for a, q in spans:
                out += toks[prev:a]
                if not (out and out[-1] == "{TITLE}"):
                    out.append("{TITLE}")
                prev = q + 1
            out += toks[prev:]
            m.toks = out


def _mask_names(members: list[_Member], metas: Sequence[Mapping | None] | None) -> None:
    """Safety net over masking: a word of the member's recipient or sender name, or of another
    member's recipient name when fewer than half the members use that word, becomes ``{NAME}``."""
    if metas is None:
        return
    _mask_plural_titles(members, metas)
    recipients = [_name_words(m) for m in metas]
    pool = set().union(*recipients)
    tsets = [set(m.toks) for m in members]
    if pool:
        df = Counter()
        for ts in tsets:
            if not pool.isdisjoint(ts):
                df.update(pool & ts)
        pool = {w for w in pool if df[w] * 2 < len(members)}
    for m, meta, rec, ts in zip(members, metas, recipients, tsets):
        sender = _sender_words(meta)
        m.names = frozenset(rec | sender)
        if rec.isdisjoint(ts) and sender.isdisjoint(ts) and pool.isdisjoint(ts):
            continue
        names = rec | sender | pool
        new = [t in names for t in m.toks]
        toks = [("{NAME}" if n else t) for t, n in zip(m.toks, new)]
        # a name it makes joins a {NAME} beside it, as in masking (runs masking left, such as
        # two companies a sentence break parts, stay)
        m.toks = [t for j, t in enumerate(toks)
                  if not (j and (new[j] or new[j - 1]) and t == "{NAME}" and toks[j - 1] == t)]


ARTICLE_SHARE = 0.25
"""A "the" right before a company slot is the company's own where fewer than this share of the
members with a company slot after the same word write it (see :func:`_join_company_articles`)."""


def _join_company_articles(members: list[_Member]) -> None:
    """A "the" right before ``{COMPANY}`` joins the slot (its value then begins with "The")
    where few members write it there: counted over the members with a company slot after the
    same word, fewer than ``ARTICLE_SHARE`` of them. Masking leaves the article of "The
    Bluebird Company" outside the slot; left as a word, the few members whose recipient's
    company begins with it read as a spun "{|the}" and part the words around it from the same
    words in the others. (Only an article: a link or a name before the slot may end the
    sentence before it, "at acme.io! {COMPANY} backs", which the tokens do not show.)"""
    with_the: Counter = Counter()
    without: Counter = Counter()
    hits = []
    for k, m in enumerate(members):
        toks = m.toks
        q = 0
        seen_w, seen_o = set(), set()
        with contextlib.suppress(ValueError):
            while True:
                q = toks.index("{COMPANY}", q + 1)
                if toks[q - 1] == "the":
                    p = toks[q - 2] if q >= 2 else "^"
                    seen_w.add(p)
                    hits.append((k, q - 1, p))
                else:
                    seen_o.add(toks[q - 1])
        with_the.update(seen_w)
        without.update(seen_o)
    if not hits:
        return
    drop: dict[int, set[int]] = {}
    for k, q, p in hits:
        if with_the[p] < ARTICLE_SHARE * (with_the[p] + without[p]):
            drop.setdefault(k, set()).add(q)
    for k, qs in drop.items():
        m = members[k]
        m.toks = [t for q, t in enumerate(m.toks) if q not in qs]


def _mark_free_text(members: list[_Member]) -> bool:
    """Free text as ``{TEXT}`` tokens, a slot whose value is what the member wrote there (an
    unmasked city or industry: "in {TEXT}" beside "across {TEXT}", not a hundred rare variants).

    Typos are folded first (:func:`_fold_typos`, so a typo is not free text); then

    - words that fewer members use than could form an option are free text;
    - a value that a few members happen to share ("in fintech" three times beside "in
      {TEXT}" forty times) too: a run of one to three words where ``FREE_SHARE`` times as
      many members have free text after the token before it, and before the token after it,
      as have that run there (and at least an option's worth), none of its words used by half
      the members or written before or after free text by an option's worth of them ("leaders"
      of "{TEXT} leaders");

    and each run of free text becomes one token. ``m.toks`` keeps the member's own words (the
    display spans are found by them) and ``m.folded`` gets the same tokens with typos folded,
    which reconstruction uses once the spans are found. Returns False, changing nothing, for
    campaigns of fewer than ``FREE_MIN_MEMBERS`` members.
    """
    nm = len(members)
    if nm < FREE_MIN_MEMBERS:
        return False
    orig = [m.toks for m in members]
    tok_ids = _fold_typos(members)
    ids, starts, V = tok_ids
    folded = [m.toks for m in members]
    typos = [m.typos for m in members]
    lens = np.diff(starts)
    mem = np.repeat(np.arange(nm, dtype=np.int64), lens)
    seen = np.zeros((nm, V), dtype=bool)
    seen[mem, ids] = True
    dfv = seen.sum(axis=0)
    # (a folded typo's id is used by no member: its df is 0, and it is never looked up by id)
    vocab = list(tok_ids.index)
    df = dict(zip(vocab, dfv.tolist()))
    min_opt = max(2.0, OPTION_SHARE * nm)
    ph_v = np.fromiter(map(_is_ph, vocab), dtype=bool, count=V)
    rare = (dfv[ids] < min_opt) & ~ph_v[ids]
    for k, ty in enumerate(typos):
        if ty:
            rare[starts[k] + np.fromiter(ty, dtype=np.int64, count=len(ty))] = False
    if not rare.any():
        for m, o in zip(members, orig):
            m.toks, m.folded = o, m.toks
        return True
    # each member as the original positions of its tokens, -1 for a run of free text; a run
    # right after a name, title or company slot is what masking left of its value ("{COMPANY}
    # labs"): it is dropped, so that the slot's value holds it
    heads = starts[:-1][lens > 0]      # each non-empty member's first token
    prev = np.zeros_like(rare)
    prev[1:] = rare[:-1]
    prev[heads] = False
    ent_v = np.fromiter((t in _ENTITY_SLOTS for t in vocab), dtype=bool, count=V)
    after_ent = np.zeros_like(rare)
    after_ent[1:] = ent_v[ids[:-1]]
    after_ent[heads] = False
    run_start = rare & ~prev
    run_no = np.cumsum(run_start) - 1
    absorbed = rare & np.asarray(after_ent[run_start], dtype=bool)[np.maximum(run_no, 0)]
    pos = np.where(rare, -1, np.arange(ids.shape[0], dtype=np.int64) - np.repeat(starts[:-1], lens))
    keep = ~(rare & prev) & ~absorbed
    kept_before = np.zeros(ids.shape[0] + 1, dtype=np.int64)
    np.cumsum(keep, out=kept_before[1:])
    flat = pos[keep].tolist()
    cut = kept_before[starts].tolist()
    idx = [flat[cut[k]:cut[k + 1]] for k in range(nm)]
    # members whose tokens stay as they are (none free text, none dropped)
    same = (np.bincount(mem, weights=rare | ~keep, minlength=nm) == 0).tolist()

    streams = []
    for f, ix, s in zip(folded, idx, same):
        streams.append(("^", *f, "$") if s else ("^", *[FREE_TEXT_SLOT if q < 0 else f[q] for q in ix], "$"))
    after: Counter = Counter()     # members with free text after a token
    before: Counter = Counter()    # members with free text before a token
    for t in streams:
        if FREE_TEXT_SLOT not in t:
            continue
        at = [i for i in range(1, len(t) - 1) if t[i] == FREE_TEXT_SLOT]
        after.update({t[i - 1] for i in at})
        before.update({t[i + 1] for i in at})
    cand = []     # (member, i, j): the run t[i:j] of the member's stream
    lefts: Counter = Counter()
    rights: Counter = Counter()
    hot_after = {t for t, c in after.items() if c >= min_opt}
    hot_before = {t for t, c in before.items() if c >= min_opt}
    # (never a word that free text often follows or precedes, such as "leaders" of
    # "{TEXT} leaders", nor one half the members use)
    common = {t for t, c in df.items() if 2 * c >= nm} | hot_after | hot_before
    if hot_after and hot_before:
        for k, t in enumerate(streams):
            seen_l, seen_r = set(), set()
            for i in [i for i in range(1, len(t) - 1) if t[i - 1] in hot_after]:
                for j in range(i + 1, min(i + 4, len(t))):
                    w = t[j - 1]
                    if w in common or w[:1] == "{":
                        break
                    if t[j] in hot_before:
                        cand.append((k, i, j))
                        seen_l.add((t[i - 1],) + t[i:j])
                        seen_r.add(t[i:j] + (t[j],))
            lefts.update(seen_l)
            rights.update(seen_r)
    ends: dict[int, dict[int, int]] = {}
    for k, i, j in cand:
        t = streams[k]
        if lefts[(t[i - 1],) + t[i:j]] * FREE_SHARE <= after[t[i - 1]] and \
                rights[t[i:j] + (t[j],)] * FREE_SHARE <= before[t[j]]:
            e = ends.setdefault(k, {})
            e[i] = max(e.get(i, i), j)
    for k, e in ends.items():
        out = []
        i = 1
        n = len(idx[k]) + 1
        while i < n:
            if i in e:
                if not out or out[-1] != -1:
                    out.append(-1)
                i = e[i]
            else:
                q = idx[k][i - 1]
                if not (q < 0 and out and out[-1] == -1):
                    out.append(q)
                i += 1
        idx[k] = out
        same[k] = False
    for m, o, f, ty, ix, s in zip(members, orig, folded, typos, idx, same):
        if s:
            m.toks, m.folded, m.typos = o, f, ty
            continue
        m.toks = [FREE_TEXT_SLOT if q < 0 else o[q] for q in ix]
        m.folded = [FREE_TEXT_SLOT if q < 0 else f[q] for q in ix]
        m.typos = frozenset(p for p, q in enumerate(ix) if q in ty) if ty else ty
    return True


def reconstruct_many(texts: Sequence[str], groups: Sequence[Sequence[int]],
                     metadata: Sequence[Mapping | None] | None = None, *,
                     max_members: int = MAX_MEMBERS, redact: bool = False,
                     workers: int | None = None) -> list[Template]:
    """One :class:`Template` per group of row indices into ``texts`` (e.g. ``Campaign.members``).

    All sampled members of all groups are tokenized in one kernel call. At most ``max_members``
    members per group are used, chosen evenly by row order.

    ``workers``: processes sharing the campaigns (default: numba's thread count, the
    ``NUMBA_NUM_THREADS`` setting). On Linux, where there are at least
    :data:`PARALLEL_MIN_MEMBERS` members, the groups are dealt into that many shares of about
    equal work (:func:`_shares`); forked children reconstruct all shares but the first and send
    their templates back as JSON through a pipe (a share whose child fails is redone here, so
    nothing is lost). The result is the same as with ``workers=1``.

    The cyclic garbage collector is paused while it runs: reconstruction makes many small
    tuples and lists, and each collection they trigger walks every object the caller holds
    (with 100k parsed records in memory, a third of the time; cycles are collected after).
    """
    if workers is not None and (not isinstance(workers, numbers.Integral) or isinstance(workers, bool)
                                or workers < 1):
        raise ValueError(f"workers must be a positive integer, got {workers!r}")
    if not isinstance(max_members, numbers.Integral) or isinstance(max_members, bool) or max_members < 1:
        raise ValueError(f"max_members must be a positive integer, got {max_members!r}")
    texts = check_texts(texts)
    if metadata is not None:
        if isinstance(metadata, Mapping):
            raise TypeError("metadata must be a sequence of mappings (one per text), not a single mapping")
        metadata = list(metadata)
        if len(metadata) != len(texts):
            raise ValueError(f"metadata has {len(metadata)} entries for {len(texts)} texts")
    groups = [_check_group(g, j, len(texts)) for j, g in enumerate(groups)]
    with gc_paused():
        return _reconstruct_many(texts, groups, metadata, int(max_members), redact,
                                 None if workers is None else int(workers))


def _check_group(g, j: int, n: int) -> list[int]:
    """Group ``j`` as a sorted list of row indexes into ``n`` texts: each an integer in range,
    none twice (a ValueError or TypeError naming the group otherwise)."""
    if isinstance(g, (str, bytes)):
        raise TypeError(f"groups[{j}] must be a sequence of row indexes, not a single {type(g).__name__}")
    a = np.asarray(g if isinstance(g, (range, np.ndarray)) else list(g))
    if a.size == 0:
        return []
    if a.ndim != 1 or a.dtype.kind not in "iu":
        if a.ndim == 1 and a.dtype == object and all(isinstance(x, numbers.Integral) and not isinstance(x, bool)
                                                      for x in a.tolist()):
            if any(not -2**63 <= x < 2**63 for x in a.tolist()):
                raise ValueError(f"groups[{j}] holds a row outside 0..{n - 1}")
            a = a.astype(np.int64)
        else:
            raise TypeError(f"groups[{j}] must hold integer row indexes, got {a.dtype} values")
    lo, hi = int(a.min()), int(a.max())
    if lo < 0 or hi >= n:
        raise ValueError(f"groups[{j}] holds row {lo if lo < 0 else hi}, outside 0..{n - 1}")
    out = np.unique(a)
    if out.size != a.size:
        raise ValueError(f"groups[{j}] holds a row more than once")
    return out.tolist()


_CAN_FORK = hasattr(os, "fork") and sys.platform.startswith("linux")
"""Forked children are used on Linux only (macOS system libraries are not safe to use in a child
forked from a process with threads, and Windows has no fork)."""
PARALLEL_MIN_MEMBERS = 4000
"""Members (after sampling) below which reconstruction stays in one process (a fork and the
JSON round trip cost more than they save on small inputs)."""
_RUN_COST = 10
"""Work of one campaign counted as this many members when the shares are dealt (each campaign
has a fixed cost besides its members)."""


def _reconstruct_many(texts, groups, metadata, max_members, redact, workers=None):
    picked = []
    for g in groups:     # (sorted row indexes, see _check_group)
        picked.append([g[i] for i in _sample(len(g), max_members)])
    rows = [r for p in picked for r in p]
    if not rows:
        return [Template("", [], [], 0) for _ in groups]
    sub_texts = [texts[r] for r in rows]
    sub_meta = None
    if metadata is not None:
        sub_meta = [metadata[r] or {} for r in rows]
    stream, stream_off, pre, pre_off = masked_streams_raw(sub_texts, metadata=sub_meta, template=True)
    starts = [0]
    for p in picked:
        starts.append(starts[-1] + len(p))

    def run(share: list[int]) -> list[Template]:
        """Templates of groups ``share`` (tokenized above, in one kernel call for all; decoding
        and the rest are per member and per group, done by the process that runs them)."""
        members: list[_Member] = []
        texts_of: list[str] = []
        prepared: list[str] = []
        at = [0]
        for c in share:
            p0, p1 = starts[c], starts[c + 1]
            ss = decode_parts(stream, stream_off, p0, p1)
            ms = [_Member(_first_tokens(s)) for s in ss]
            _split_spun_contractions(ms, ss)
            if sub_meta is not None:
                _mask_names(ms, sub_meta[p0:p1])
            _join_company_articles(ms)
            members += ms
            texts_of += sub_texts[p0:p1]
            prepared += decode_parts(pre, pre_off, p0, p1)
            at.append(len(members))
        folded = [_mark_free_text(members[at[j]:at[j + 1]]) for j in range(len(share))]
        _batch_spans(members, texts_of, prepared)
        for m in members:
            if m.folded is not None:
                m.toks, m.folded = m.folded, None
        return [_reconstruct_members(members[at[j]:at[j + 1]], texts_of[at[j]:at[j + 1]], redact, folded[j])
                for j in range(len(share))]

    if workers is None:
        import numba

        workers = numba.get_num_threads()
    workers = min(workers, len(groups))
    if workers < 2 or len(rows) < PARALLEL_MIN_MEMBERS or not _CAN_FORK:
        return run(list(range(len(groups))))
    return _in_processes(run, _shares([len(p) for p in picked], workers))


def _shares(sizes: list[int], k: int) -> list[list[int]]:
    """At most ``k`` shares of the groups (ascending indexes each), of about equal work: the
    groups by falling cost (members plus :data:`_RUN_COST`) each to the share with least work
    so far, so every share gets large and small groups alike whatever their order."""
    import heapq

    cost = np.asarray(sizes, dtype=np.int64) + _RUN_COST
    heap = [(0, j) for j in range(min(k, len(sizes)))]
    out: list[list[int]] = [[] for _ in heap]
    for g in np.argsort(-cost, kind="stable").tolist():
        load, j = heapq.heappop(heap)
        out[j].append(g)
        heapq.heappush(heap, (load + int(cost[g]), j))
    return [sorted(x) for x in out if x]


def _close_inherited(keep: int) -> None:
    """In a forked child: close every inherited file descriptor but stdin, stdout, stderr and
    ``keep``, so that the child holds no lock (an index's writer lock is an flock on an open
    file), no other child's pipe and no file of its parent's past the parent's own life."""
    try:
        fds = [int(x) for x in os.listdir("/proc/self/fd")]
    except OSError:
        fds = range(3, 1024)
    for fd in fds:
        if fd > 2 and fd != keep:
            with contextlib.suppress(OSError):
                os.close(fd)


def _in_processes(run, shares: list[list[int]]) -> list[Template]:
    """``run(share)`` for every share of group indexes, all but the first in forked children
    (JSON through pipes); the templates in group order."""
    import json
    import warnings

    out: dict[int, Template] = {}
    children = []
    try:
        for share in shares[1:]:
            r, w = os.pipe()
            with warnings.catch_warnings():
                # (3.12+ warns of fork in a process with threads: the child runs only this
                # module's serial code, never a lock another thread may hold)
                warnings.simplefilter("ignore", DeprecationWarning)
                pid = os.fork()
            if pid == 0:                                   # the child
                code = 1
                try:
                    _close_inherited(keep=w)
                    data = json.dumps([t.to_dict() for t in run(share)], ensure_ascii=False).encode()
                    with os.fdopen(w, "wb") as fh:
                        fh.write(data)
                    code = 0
                finally:
                    os._exit(code)
            os.close(w)
            children.append((pid, r, share))
        out.update(zip(shares[0], run(shares[0])))
        for pid, r, share in children:
            with os.fdopen(r, "rb") as fh:
                data = fh.read()
            _, status = os.waitpid(pid, 0)
            got = None
            if status == 0:
                try:
                    got = [Template(d["template"], d["slots"], d["alternatives"], d["members_used"])
                           for d in json.loads(data)]
                except (ValueError, KeyError, TypeError):
                    got = None
            if got is None or len(got) != len(share):
                got = run(share)                           # the child failed: redo its share here
            out.update(zip(share, got))
        children = []
        return [out[c] for c in sorted(out)]
    finally:
        for pid, r, _ in children:                         # interrupted: leave no child behind
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
            with contextlib.suppress(OSError):
                os.close(r)


def reconstruct(texts: Sequence[str], metadata: Sequence[Mapping | None] | None = None, *,
                max_members: int = MAX_MEMBERS, redact: bool = False) -> Template:
    """The spintax :class:`Template` of one campaign's messages (see the module docstring).

    At most ``max_members`` messages are used, chosen evenly by row order
    (``linspace(0, n - 1, max_members)``), so time is bounded for huge campaigns; ``members_used``
    says how many. ``redact=True`` leaves every slot's value list empty (slot values are personal
    data). Deterministic: the same input gives the same template.
    """
    texts = check_texts(texts)
    return reconstruct_many(texts, [range(len(texts))], metadata,
                            max_members=max_members, redact=redact)[0]

"""Masking: the parts of a message that change from recipient to recipient become placeholders.

Steps, in order (each small and documented):

1. ``prepare`` (this module; the numba kernel does the same for the common cases, see
   :mod:`._kernels.prepare`, and sends the rest here): lone surrogates become U+FFFD;
   HTML entities are decoded (repeatedly, for double-escaped text); HTML tags are
   stripped; Unicode is normalised to NFKC; unfilled merge fields (``{{first_name}}``,
   ``[Name]``, ``%FIRSTNAME%``, ``{company}``, ``*|FNAME|*``, ``{!Contact.FirstName}``) become the placeholder of their field
   (``{NAME}``, ``{COMPANY}``, ...) or ``{MERGE}`` when the field is unknown.
2. Tokenising (numba kernel, :mod:`._kernels.tokenize`; reference here): chunks between
   spaces that look like e-mails, URLs, @handles, numbers, money, percentages, dates or
   phone numbers become one placeholder; other chunks split into lower-cased words
   (curly apostrophes fold to ``'``; a possessive ``'s`` after a capitalised word is a word of
   its own, so "Acme's" is ``acme s`` and the name is found as without it, while "it's" stays
   whole; emoji and punctuation are dropped).
3. Entities: recipient metadata phrases (``recipient_name`` as full name, first or last
   name; ``recipient_title``; ``recipient_company`` with or without its legal suffix,
   all case-insensitive), then lexicon rules (:mod:`._kernels.rules`): capitalised given
   names and the word after a greeting are ``{NAME}``, runs of title words holding a role
   are ``{TITLE}``, capitalised words ending in a company suffix or following "at" are
   ``{COMPANY}``, weekday and month names are ``{WEEKDAY}`` / ``{MONTH}``. "Hi ," (a
   greeting followed by a bare comma: an empty merge field) gets a ``{NAME}``.
4. Runs of one placeholder type collapse into one placeholder.

:func:`mask` returns the display form (original case and punctuation, placeholders
spliced in) and :func:`slot_values` the values replaced, both from the kernel's token spans;
signatures hash the lower-cased token stream. Masking is idempotent. The pure-Python
pipeline (``reference_*``) is the oracle the kernels are tested against.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Mapping
from typing import NamedTuple

import numpy as np

from . import _tables as T
from ._kernels.rules import apply_meta, apply_rules, is_caseless
from .lexicons import lexicon, token_hash

# ---- step 1: prepare -----------------------------------------------------------------------

_SURROGATES = re.compile("[\ud800-\udfff]")
_TAG = re.compile(r"(?<!<)</?([A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]{0,500})?/?>")   # (not "<Name>" of "<<Name>>")
BLOCK_TAGS = frozenset({"br", "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                        "blockquote", "hr"})
"""Tags that break a line: they become a line break, other tags a space (white space either
way to the tokens, so fingerprints are the same; a template keeps the lines)."""


def _tag_space(m: re.Match) -> str:
    """A space, or for a tag that breaks a line a line break, unless a line break is written
    right before or after it ("<br>\n" is one line break, not two)."""
    if m.group(1).lower() not in BLOCK_TAGS:
        return " "
    s, a, b = m.string, m.start(), m.end()
    return "" if (a and s[a - 1] in "\r\n") or (b < len(s) and s[b] in "\r\n") else "\n"
_MERGE_PATTERNS = (
    re.compile(r"\{\{\s*([A-Za-z][A-Za-z0-9_. -]{0,40}?)\s*\}\}"),      # {{first_name}}
    re.compile(r"%([A-Za-z][A-Za-z0-9_]{0,40})%"),                       # %FIRSTNAME%
    re.compile(r"\{\s*([A-Za-z][A-Za-z0-9_. -]{0,40}?)\s*\}"),           # {company}, {NAME}
    re.compile(r"\[\s*([A-Za-z][A-Za-z0-9_. -]{0,40}?)\s*\]"),           # [Name] (known fields only)
    re.compile(r"<<\s*([A-Za-z][A-Za-z0-9_. -]{0,40}?)\s*>>"),           # <<Name>>
    re.compile(r"\*\|\s*([A-Za-z][A-Za-z0-9_. :-]{0,40}?)\s*\|\*"),      # *|FNAME|*
    re.compile(r"\{!\s*([A-Za-z][A-Za-z0-9_. -]{0,40}?)\s*\}"),           # {!Contact.FirstName}
)
_FIELD_TYPES = {
    "NAME": ("name", "firstname", "first", "fname", "givenname", "lastname", "lname", "surname",
             "fullname", "contactname", "recipientname", "prospectname", "leadname", "contact",
             "contactfirstname", "contactlastname", "recipient", "prospect"),
    "COMPANY": ("company", "companyname", "organization", "organisation", "org", "employer",
                "account", "accountname", "business", "businessname", "recipientcompany"),
    "TITLE": ("title", "jobtitle", "position", "role", "jobrole", "recipienttitle", "designation"),
    "EMAIL": ("email", "emailaddress", "mail"),
    "PHONE": ("phone", "phonenumber", "mobile", "tel", "telephone"),
    "URL": ("url", "website", "link", "site"),
    "MERGE": ("city", "location", "industry", "country", "state", "sender", "sendername",
              "myname", "signature", "custom", "department", "field", "value", "school", "product"),
}
_FIELD_OF = {k: t for t, keys in _FIELD_TYPES.items() for k in keys}
_NEEDS_PREPARE = ("<", "&", "{", "[", "%", "*")


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def _field_placeholder(raw: str, known_only: bool) -> str | None:
    if raw.upper() in T.TYPE_OF_PLACEHOLDER and raw.isupper():
        return "{" + raw.upper() + "}"
    key = _NOT_ALNUM.sub("", raw.lower())
    t = _FIELD_OF.get(key)
    if t is None and "." in raw:
        # an object's field: contact.first_name, Lead.Company
        t = _FIELD_OF.get(_NOT_ALNUM.sub("", raw.rsplit(".", 1)[1].lower()))
    if t is None:
        if known_only:
            return None
        t = "MERGE"
    return "{" + t + "}"


class Prepared(NamedTuple):
    text: str
    merge_field: bool   # the text held an unfilled merge field


_MERGE_TRIGGERS = ("{", "%", "{", "[", "<<", "*|", "{!")


def _merge_sub(pat: re.Pattern, s: str, known_only: bool) -> tuple[str, bool]:
    merged = False

    def repl(m):
        nonlocal merged
        ph = _field_placeholder(m.group(1), known_only)
        if ph is None:
            return m.group(0)
        if m.group(0) != ph:
            merged = True
        return ph

    return pat.sub(repl, s), merged


def prepare(text: str, surrogates: bool = True) -> Prepared:
    """Step 1 for one text (see the module docstring).

    ``surrogates=False`` leaves lone surrogates to the encoder (which replaces them the same way).
    """
    s = text
    if not s.isascii():
        if surrogates and _SURROGATES.search(s):
            s = _SURROGATES.sub("\ufffd", s)
        if not unicodedata.is_normalized("NFKC", s):
            s = unicodedata.normalize("NFKC", s)
    merge = False
    if "&" in s:
        for _ in range(4):
            u = html.unescape(s)
            if u == s:
                break
            s = u
    if "<" in s:
        s = _TAG.sub(_tag_space, s)
        if not s.isascii() and not unicodedata.is_normalized("NFKC", s):
            s = unicodedata.normalize("NFKC", s)
    for k, pat in enumerate(_MERGE_PATTERNS):
        trigger = _MERGE_TRIGGERS[k]
        if trigger not in s or (trigger == "%" and s.count("%") < 2):
            continue
        s, m = _merge_sub(pat, s, k == 3)
        merge = merge or m
    return Prepared(s, merge)


# ---- step 2: the reference tokenizer -------------------------------------------------------

class Token(NamedTuple):
    type: int        # 0 word, else a placeholder type
    text: str        # lower-cased word, or "" for a placeholder
    start: int       # span in the prepared text
    end: int
    lex: int
    cap: int
    gap: int
    hash: int        # token hash of the lower-cased word (lexicons.token_hash; 0 for placeholders)


_CURRENCY = "$\u20ac\u00a3\u00a5\u20b9"
_JOIN = "&/-+"


def _cls(c: str) -> int:
    return T.char_class(c)


def _keeps_lead(c: str) -> bool:
    return _cls(c) in (T.C_ALNUM, T.C_CJK, T.C_MARK) or c in "@+{" or c in _CURRENCY


def _gap(c: str) -> int:
    return T.GAP_JOIN if c in _JOIN else T.GAP_PUNCT


def _numeric_shape(core: str, lex: dict) -> int:
    i = len(core)
    while i > 0 and core[i - 1].isascii() and core[i - 1].isalpha():
        i -= 1
    body, suffix = core[:i], core[i:]
    if suffix:
        if not body or len(suffix) > 3 or not (lex.get(suffix.lower(), 0) & T.NUMSUFFIX_BIT):
            return T.WORD
    if not body or any(not (c.isascii() and c.isdigit()) and c not in "./-,:+()%" + _CURRENCY for c in body):
        return T.WORD
    digits = sum(c.isascii() and c.isdigit() for c in body)
    if digits == 0:
        return T.WORD
    if any(c in _CURRENCY for c in body):
        return T.MONEY
    if not suffix and body.endswith("%"):
        return T.PERCENT
    groups = [g for g in re.split(r"[./-]", body) if g]
    seps = set(re.findall(r"[./-]", body))
    plain = not any(c in ",:+()%" for c in body) and all(len(g) <= 4 for g in groups) and all(g.isdigit() for g in groups)
    if plain and len(seps) <= 1 and not suffix and digits <= 8:
        big = any(len(g) >= 4 for g in groups)
        if len(groups) == 3 and (big or digits <= 6):
            return T.DATE
        if len(groups) == 2 and seps == {"/"} and digits <= 4:
            return T.DATE
    if digits >= 7:
        return T.PHONE
    return T.NUM


def _chunk_shape(core: str, lex: dict) -> int:
    low = core.lower()
    if low.startswith("www."):
        return T.URL
    if "://" in core[1:]:
        return T.URL
    if core.isascii() and core.count("@") == 1:
        at = core.index("@")
        if at == 0:
            rest = core[1:]
            if rest and all(c.isalnum() or c in "_." for c in rest) and (rest[0].isalnum() or rest[0] == "_"):
                return T.HANDLE
        else:
            ok = all(c.isalnum() or c in "._%+-@'" for c in core)
            after = core[at + 1:]
            dot_after = any(after[k] == "." and k + 1 < len(after) and after[k + 1].isalnum()
                            for k in range(len(after)))
            if ok and dot_after and core[at - 1].isalnum():
                return T.EMAIL
    t = _numeric_shape(core, lex)
    if t != T.WORD:
        return t
    if not core.isascii() or "@" in core:
        return T.WORD
    host = core.split("/", 1)[0]
    if not all(c.isalnum() or c in ".-" for c in host) or "." not in host:
        return T.WORD
    dot = host.rindex(".")
    tld = host[dot + 1:]
    if dot == 0 or not 2 <= len(tld) <= 12 or not tld.isalpha():
        return T.WORD
    if any(c.isalpha() for c in host[:dot]) and lex.get(tld.lower(), 0) & T.TLD_BIT:
        return T.URL
    return T.WORD


def reference_tokens(text: str) -> tuple[list[Token], bool]:
    """Tokens of a prepared text and whether it has a lower-case letter (the kernel's twin)."""
    lex = lexicon()
    chars = [c for c in text]
    n = len(chars)
    toks: list[Token] = []
    has_lower = False
    pending = T.GAP_NONE
    clean_end = False
    i = 0
    while i < n:
        if _cls(chars[i]) == T.C_SPACE:
            i += 1
            continue
        cs = i
        while i < n and _cls(chars[i]) != T.C_SPACE:
            i += 1
        ce = i
        a = cs
        while a < ce and not _keeps_lead(chars[a]):
            a += 1
        b = ce
        while b > a and not (_cls(chars[b - 1]) in (T.C_ALNUM, T.C_CJK, T.C_MARK) or chars[b - 1] in "%}"):
            b -= 1
        if a >= b:
            if chars[cs] == "," and toks and clean_end and toks[-1].type == T.WORD and toks[-1].lex & T.GREET:
                toks.append(Token(T.NAME, "", cs, cs, 0, 0, T.GAP_NONE, 0))
            for c in chars[cs:ce]:
                if _cls(c) != T.C_IGNORE:
                    pending = max(pending, _gap(c))
            clean_end = False
            continue
        core = "".join(chars[a:b])
        shape = _chunk_shape(core, lex)
        if shape != T.WORD:
            for c in chars[cs:a]:
                if _cls(c) != T.C_IGNORE:
                    pending = max(pending, _gap(c))
            toks.append(Token(shape, "", a, b, 0, 0, pending, 0))
            pending = T.GAP_NONE
            clean_end = b == ce
            for c in chars[b:ce]:
                if _cls(c) != T.C_IGNORE:
                    pending = max(pending, _gap(c))
            continue
        j = cs
        last_end = -1
        while j < ce:
            c = chars[j]
            k = _cls(c)
            if k == T.C_ALNUM:
                t0 = j
                word = []
                prev_alnum = False
                while j < ce:
                    c2 = chars[j]
                    k2 = _cls(c2)
                    if k2 == T.C_ALNUM or (k2 == T.C_MARK and prev_alnum):
                        if k2 == T.C_ALNUM and not ("0" <= c2 <= "9") and ord(c2) <= 0xFFFF \
                                and not T.is_upper_char(c2) and c2.islower():
                            has_lower = True
                        word.append(T.lower_char(c2))
                        prev_alnum = True
                        j += 1
                    elif k2 == T.C_APOS and prev_alnum and j + 1 < ce and _cls(chars[j + 1]) == T.C_ALNUM \
                            and not (chars[j + 1] in "sS" and (j + 2 >= ce or _cls(chars[j + 2]) not in
                                                              (T.C_ALNUM, T.C_MARK))
                                     and T.is_upper_char(chars[t0])):
                        # (a possessive 's after a capitalised word ends the word: "Acme Corp's"
                        # is acme corp s; "it's" stays whole)
                        word.append("'")
                        prev_alnum = False
                        j += 1
                    elif k2 == T.C_IGNORE:
                        j += 1
                    else:
                        break
                w = "".join(word)
                digits = sum("0" <= ch <= "9" for ch in w)
                ty = T.NUM if digits and (digits >= 2 or "0" <= w[0] <= "9") else T.WORD
                h = token_hash(w.encode("utf-8"))
                first = chars[t0]
                toks.append(Token(ty, w, t0, j, lex.get(w, 0) if ty == T.WORD else 0,
                                  int(T.is_upper_char(first)), pending, h))
                pending = T.GAP_NONE
                last_end = j
            elif k == T.C_CJK:
                t0 = j
                j += 1
                while j < ce and _cls(chars[j]) == T.C_MARK:
                    j += 1
                w = "".join(chars[t0:j])
                toks.append(Token(T.WORD, w, t0, j, 0, 0, pending, token_hash(w.encode("utf-8"))))
                pending = T.GAP_NONE
                last_end = j
            elif c == "{":
                m = re.match(r"\{([A-Z_]+)\}", "".join(chars[j:ce]))
                if m:
                    ty = T.TYPE_OF_PLACEHOLDER.get(m.group(1), T.MERGE)
                    toks.append(Token(ty, "", j, j + m.end(), 0, 0, pending, 0))
                    pending = T.GAP_NONE
                    j += m.end()
                    last_end = j
                else:
                    pending = T.GAP_PUNCT
                    j += 1
            else:
                if k not in (T.C_IGNORE, T.C_MARK):
                    pending = max(pending, _gap(c))
                j += 1
        clean_end = last_end == ce
    return toks, has_lower


# ---- step 3: entities ---------------------------------------------------------------------

def _meta_phrases(metadata: Mapping | None) -> list[tuple[list[int], int]]:
    """(token hashes, type | NEEDS_CAP) phrases of one record's recipient fields."""
    from ._kernels.rules import NEEDS_CAP
    from .shingling import plural_title

    if not metadata:
        return []
    out = []

    def words(value):
        if not isinstance(value, str) or not value.strip():
            return []
        toks, _ = reference_tokens(prepare(value).text)
        return [(t.hash if t.type == T.WORD else 0, t.lex) for t in toks]

    def cap_flag(ws):
        return NEEDS_CAP if len(ws) == 1 and ws[0][1] & T.COMMON else 0

    name = words(metadata.get("recipient_name"))
    if name:
        out.append(([h for h, _ in name], T.NAME | cap_flag(name)))
        if len(name) > 1:
            for w in (name[0], name[-1]):
                out.append(([w[0]], T.NAME | cap_flag([w])))
    title = words(metadata.get("recipient_title"))
    if title:
        out.append(([h for h, _ in title], T.TITLE | cap_flag(title)))
    comp = words(metadata.get("recipient_company"))
    if comp:
        out.append(([h for h, _ in comp], T.COMPANY | cap_flag(comp)))
        if len(comp) > 1 and comp[-1][1] & T.SUFFIX:
            out.append(([h for h, _ in comp[:-1]], T.COMPANY | (cap_flag(comp[:1]) if len(comp) == 2 else 0)))
    plural = words(plural_title(metadata.get("recipient_title")))
    if plural:
        out.append(([h for h, _ in plural], T.TITLE | cap_flag(plural)))
    return out


def reference_masked_tokens(text: str, metadata: Mapping | None = None, template: bool = False) -> list[Token]:
    """Tokens after metadata and entity rules, before runs collapse (reference pipeline;
    ``template``: the rules as for the streams template reconstruction reads)."""
    import numpy as np

    toks, has_lower = reference_tokens(prepare(text).text)
    n = len(toks)
    typ = np.array([t.type for t in toks], dtype=np.uint8)
    lex = np.array([t.lex for t in toks], dtype=np.uint16)
    cap = np.array([t.cap for t in toks], dtype=np.uint8)
    gap = np.array([t.gap for t in toks], dtype=np.uint8)
    th = np.array([t.hash for t in toks], dtype=np.uint64)
    phrases = _meta_phrases(metadata)
    if phrases:
        mh = np.array([h for p, _ in phrases for h in p], dtype=np.uint64)
        lens = np.array([len(p) for p, _ in phrases], dtype=np.int64)
        starts = np.zeros(len(phrases), dtype=np.int64)
        starts[1:] = np.cumsum(lens)[:-1]
        types = np.array([t for _, t in phrases], dtype=np.uint8)
        apply_meta.py_func(typ, th, cap, n, mh, starts, lens, types, 0, len(phrases))
    caseless = is_caseless.py_func(typ, cap, has_lower, n)
    apply_rules.py_func(typ, lex, cap, gap, n, caseless, template)
    return [t._replace(type=int(typ[k])) for k, t in enumerate(toks)]


def sentence_gap(prev: str, gap: str, nxt: str) -> bool:
    """Whether ``gap``, the text between tokens ``prev`` and ``nxt``, breaks a sentence: a line
    break; a question or exclamation mark with white space; or a full stop with white space,
    after a token of at least 4 characters (not "Co." or "Sp. z o.o.") and before one that
    starts with a capital letter or any non-ASCII character (reference of the kernel's
    ``sentence_gap``)."""
    if "\n" in gap:
        return True
    if not any(c in " \t\r" for c in gap):
        return False
    if "!" in gap or "?" in gap:
        return True
    return "." in gap and len(prev) >= 4 and nxt[:1] != "" and ("A" <= nxt[0] <= "Z" or not nxt[0].isascii())


def _collapse(toks: list[Token], prepared: str | None = None) -> list[Token]:
    """Runs of one placeholder type as one token; with ``prepared`` (the prepared text), not
    across a sentence break (:func:`sentence_gap`)."""
    out: list[Token] = []
    prev = None
    for t in toks:
        if t.type != T.WORD and out and out[-1].type == t.type and (prepared is None or not sentence_gap(
                prepared[prev.start:prev.end], prepared[prev.end:t.start], prepared[t.start:t.start + 1])):
            out[-1] = out[-1]._replace(end=t.end)
        else:
            out.append(t)
        prev = t
    return out


def reference_normalized(text: str, metadata: Mapping | None = None, template: bool = False) -> str:
    """The masked, lower-cased token stream joined by single spaces: what shingles are cut from
    (``template``: as :func:`mass_msg_detect.shingling.masked_streams`)."""
    toks = _collapse(reference_masked_tokens(text, metadata, template),
                     prepare(text).text if template else None)
    return " ".join(t.text if t.type == T.WORD else "{" + T.PLACEHOLDERS[t.type - 1] + "}" for t in toks)


_NO_META = None   # (meta_arrays(None, 1), made on first use)


def _masked_values(text: str, metadata: Mapping | None):
    """(prepared UTF-8 bytes, [(placeholder type, byte start, byte end), ...]) from the kernel."""
    from ._kernels.tokenize import slot_spans_kernel
    from .shingling import engine_tables, meta_arrays, prepare_encode, prepare_tables

    global _NO_META
    if _NO_META is None:
        _NO_META = meta_arrays(None, 1)

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if metadata is not None and not isinstance(metadata, Mapping):
        raise TypeError(f"metadata must be a mapping or None, got {type(metadata).__name__}")
    try:
        raw = text.encode()
    except UnicodeEncodeError:
        buf, off, _ = prepare_encode([text])
    else:
        # one text: encoded and prepared without prepare_encode's batch set-up (as it does)
        from ._kernels.prepare import PY, fast_prepare_many

        status, buf, off = fast_prepare_many(np.frombuffer(raw, dtype=np.uint8),
                                             np.array([0, len(raw)], dtype=np.int64), *prepare_tables())
        if status[0] == PY:
            raw = prepare(text, surrogates=False).text.encode()
            buf, off = np.frombuffer(raw, dtype=np.uint8), np.array([0, len(raw)], dtype=np.int64)
    cls, low, keys, vals, ph_hash, _, _ = engine_tables()
    m = _NO_META if metadata is None else meta_arrays([metadata], 1)
    vtype, vspan, _ = slot_spans_kernel(buf, off, cls, low, keys, vals, ph_hash, *m)
    return buf.tobytes(), list(zip(vtype.tolist(), vspan[:, 0].tolist(), vspan[:, 1].tolist()))


def mask(text: str, metadata: Mapping | None = None) -> str:
    """The masked display form of one text: placeholders spliced into the prepared text.

    >>> mask("Hi Anna, I saw you're the VP of Sales at Initech. Call +1 415 555 0100!")
    "Hi {NAME}, I saw you're the {TITLE} at {COMPANY}. Call {PHONE}!"
    """
    raw, values = _masked_values(text, metadata)
    parts = []
    pos = 0
    for t, a, b in values:
        parts.append(raw[pos:a])
        parts.append(b"{" + T.PLACEHOLDERS[t - 1].encode() + b"}")
        pos = b
    parts.append(raw[pos:])
    return b"".join(parts).decode("utf-8")


def slot_values(text: str, metadata: Mapping | None = None) -> list[dict]:
    """The values masking replaced in one text, in order: ``[{"slot": "NAME", "value": "Anna"}, ...]``.

    >>> slot_values("Hi Anna, I saw you're the VP of Sales at Initech.")
    [{'slot': 'NAME', 'value': 'Anna'}, {'slot': 'TITLE', 'value': 'VP of Sales'}, {'slot': 'COMPANY', 'value': 'Initech'}]
    """
    raw, values = _masked_values(text, metadata)
    return [{"slot": T.PLACEHOLDERS[t - 1], "value": raw[a:b].decode("utf-8")} for t, a, b in values]


def reference_mask(text: str, metadata: Mapping | None = None) -> str:
    """:func:`mask` by the pure-Python reference pipeline (slow; for tests)."""
    prepared = prepare(text).text
    parts = []
    pos = 0
    for t in _collapse(reference_masked_tokens(text, metadata)):
        if t.type == T.WORD:
            continue
        parts.append(prepared[pos:t.start])
        parts.append("{" + T.PLACEHOLDERS[t.type - 1] + "}")
        pos = t.end
    parts.append(prepared[pos:])
    return "".join(parts)


def reference_slot_values(text: str, metadata: Mapping | None = None) -> list[dict]:
    """:func:`slot_values` by the pure-Python reference pipeline (slow; for tests)."""
    prepared = prepare(text).text
    return [{"slot": T.PLACEHOLDERS[t.type - 1], "value": prepared[t.start:t.end]}
            for t in _collapse(reference_masked_tokens(text, metadata)) if t.type != T.WORD]

"""Shared constants of the masking and shingling stages: token types, lexicon bits, character classes.

The numba kernels and the pure-Python reference both read these, so a change here
changes both sides at once (and the masking version in :mod:`config`).
"""
from __future__ import annotations

import functools
import unicodedata

import numpy as np

# ---- token types (uint8). 0 is an ordinary word; the rest are placeholders. -------------
WORD = 0
PLACEHOLDERS = (
    "NAME", "TITLE", "COMPANY", "EMAIL", "URL", "HANDLE", "PHONE", "NUM", "MONEY",
    "PERCENT", "DATE", "WEEKDAY", "MONTH", "MERGE",
)
(NAME, TITLE, COMPANY, EMAIL, URL, HANDLE, PHONE, NUM, MONEY,
 PERCENT, DATE, WEEKDAY, MONTH, MERGE) = range(1, len(PLACEHOLDERS) + 1)
TYPE_OF_PLACEHOLDER = {p: i + 1 for i, p in enumerate(PLACEHOLDERS)}

# ---- lexicon bits (uint16) ----------------------------------------------------------------
FIRST = 1 << 0       # a given name (capitalised occurrences become {NAME})
COMMON = 1 << 1      # a frequent English word: never a surname or a company word
ROLE = 1 << 2        # head noun of a job title: engineer, manager, ceo
MOD = 1 << 3         # seniority modifier: senior, chief, vice
FUNC = 1 << 4        # functional area: sales, marketing, product
SUFFIX = 1 << 5      # company ending: inc, llc, labs, technologies
GREET = 1 << 6       # hi, hello, hey, dear: the next capitalised word is a name
WEEKDAY_W = 1 << 7
MONTH_W = 1 << 8
CONNECT = 1 << 9     # "of", "and": may join the words of a title
AT = 1 << 10         # "at": a capitalised word after it is a company
STRONG = 1 << 11     # a role that is a title on its own: ceo, cto, vp, founder
AMBIG = 1 << 12      # a month or weekday name that is also a common word ("may", "march")
TLD_BIT = 1 << 13    # a top-level domain: "acme.io" is a URL
NUMSUFFIX_BIT = 1 << 14  # a unit after digits: 5k, 10am, 21st
PLURAL = 1 << 15     # a role word with an s ("managers"): a role when capitalised, in a title of 2+ words

GREETINGS = ("hi", "hello", "hey", "dear", "hiya", "greetings", "howdy", "hallo", "hola", "bonjour", "ciao")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec")
AMBIGUOUS_DATES = ("may", "march", "mar", "jan", "sat", "sun", "wed", "fri", "dec", "jun", "june",
                   "august", "april", "mon")
CONNECTORS = ("of", "and")
STRONG_ROLES = ("ceo", "cto", "cfo", "coo", "cmo", "cio", "ciso", "cpo", "cro", "vp", "svp", "evp",
                "avp", "founder", "cofounder", "recruiter", "sdr", "bdr")

# ---- gap codes: what separates a token from the previous one -------------------------------
GAP_NONE = 0    # whitespace only (or the start of the text)
GAP_JOIN = 1    # '&', '/', '-', '+': may sit inside a title or a name
GAP_PUNCT = 2   # anything else: a run never crosses it

# ---- character classes (uint8) for code points below 0x10000 ---------------------------------
C_OTHER = 0     # punctuation, symbols, emoji: separators, dropped
C_SPACE = 1
C_ALNUM = 2
C_CJK = 3       # scripts written without spaces: every character is a token
C_IGNORE = 4    # format characters (zero-width space, joiners, BOM): skipped as if absent
C_MARK = 5      # combining marks: continue a token, ignored elsewhere
C_APOS = 6      # apostrophes: inside a word when between two letters
UPPER_BIT = 0x80
LOWER_BIT = 0x40
CLASS_MASK = 0x3F

APOSTROPHES = ("'", "\u2019", "\u2018", "\u02bc")


def is_cjk(cp: int) -> bool:
    """Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar, Hangul syllables are spaced so excluded."""
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF
            or 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF
            or 0x0E00 <= cp <= 0x0EFF or 0x1780 <= cp <= 0x17FF or 0x1000 <= cp <= 0x109F
            or 0x20000 <= cp <= 0x3FFFF)


def char_class(c: str) -> int:
    """Class of one character, without the upper-case bit (the rule the table encodes)."""
    cp = ord(c)
    if c in APOSTROPHES:
        return C_APOS
    if 0x20000 <= cp <= 0x3FFFF:
        # Planes 2 and 3 hold CJK ideographs only: every code point there is one, also those a
        # Unicode database older than the text leaves unassigned (the kernel has no table there)
        return C_CJK
    if is_cjk(cp):
        # Thai, Lao, Khmer, Myanmar combining vowels are marks: they still count as CJK tokens.
        cat = unicodedata.category(c)
        return C_CJK if cat[0] in "LMN" else (C_SPACE if c.isspace() else C_OTHER)
    if cp > 0xFFFF:
        return C_OTHER
    if c.isspace() or cp == 0:
        return C_SPACE
    cat = unicodedata.category(c)
    if cat == "Cf":
        return C_IGNORE
    if cat[0] == "M":
        return C_MARK
    if c.isalnum():
        return C_ALNUM
    return C_OTHER


def lower_char(c: str) -> str:
    """One character lower-cased when that gives one character (so 'İ' stays), BMP only."""
    if ord(c) > 0xFFFF:
        return c
    lo = c.lower()
    return lo if len(lo) == 1 else c


def is_upper_char(c: str) -> bool:
    return ord(c) <= 0xFFFF and (c.isupper() or c.istitle())


@functools.lru_cache(maxsize=1)
def unicode_tables() -> tuple[np.ndarray, np.ndarray]:
    """(class table uint8[65536] with UPPER_BIT, lower-case table uint32[65536]); built on first use."""
    cls = np.empty(0x10000, dtype=np.uint8)
    low = np.arange(0x10000, dtype=np.uint32)
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            cls[cp] = C_OTHER
            continue
        c = chr(cp)
        k = char_class(c)
        if is_upper_char(c):
            k |= UPPER_BIT
        elif c.islower():
            k |= LOWER_BIT
        cls[cp] = k
        lo = lower_char(c)
        if lo != c:
            low[cp] = ord(lo)
    return cls, low


TLDS = (
    "com", "org", "net", "io", "co", "ai", "me", "ly", "gl", "be", "us", "uk", "de", "fr", "es", "it",
    "nl", "eu", "ca", "au", "in", "ru", "ch", "se", "no", "dk", "pl", "br", "jp", "cn", "info", "biz",
    "app", "dev", "tv", "gg", "xyz", "site", "online", "tech", "store", "shop", "link", "club", "live",
    "news", "blog", "cc", "to", "edu", "gov", "mil", "int", "ie", "nz", "za", "mx", "ar", "cl", "pt",
    "at", "fi", "cz", "hu", "gr", "tr", "il", "sg", "hk", "tw", "kr", "vn", "id", "my", "ph", "th",
    "pk", "ng", "ke", "eg", "ae", "sa", "ua", "ro", "bg", "sk", "si", "hr", "rs", "lt", "lv", "ee",
    "is", "lu", "li", "ws", "fm", "am", "tk", "ml", "ga", "cf", "gq", "su", "pro", "mobi", "name",
    "jobs", "travel", "agency", "digital", "email", "media", "network", "solutions", "studio",
)


NFKC_TABLE_SIZE = 0x30000


@functools.lru_cache(maxsize=1)
def nfkc_unsafe_table() -> np.ndarray:
    """uint8[0x30000]: 1 for code points that NFKC may change (alone or with a neighbour).

    A code point is safe when NFKC leaves it unchanged alone, it is not a combining mark, and
    it cannot be the second half of a canonical composition (Indic vowel signs, Hangul jamo):
    then it composes with nothing before it, and a following mark that could reorder or
    compose with it is itself unsafe. Precomposed letters such as "é" are therefore safe.
    Covers the Basic Multilingual Plane and planes 1-2 (emoji, mathematical letters, CJK
    extensions); code points beyond are always sent to Python.
    """
    seconds = set()
    for cp in range(0x80, 0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d and not d.startswith("<"):
            parts = d.split()
            if len(parts) == 2:
                seconds.add(int(parts[1], 16))
    t = np.zeros(NFKC_TABLE_SIZE, dtype=np.uint8)
    for cp in range(0x80, NFKC_TABLE_SIZE):
        if 0xD800 <= cp <= 0xDFFF:
            t[cp] = 1
            continue
        c = chr(cp)
        if unicodedata.combining(c) or not unicodedata.is_normalized("NFKC", c) or cp in seconds \
                or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
            t[cp] = 1
    return t

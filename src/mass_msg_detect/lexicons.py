"""Lexicons shipped in ``data/`` (sources in ``data/SOURCES.md``) and their hash table.

A lexicon entry is looked up by the token hash (:func:`token_hash`) of the token's lower-cased
UTF-8 bytes, in an open-addressing table the numba tokenizer probes.
"""
from __future__ import annotations

import functools
from importlib import resources

import numpy as np

from . import _tables as T

LEXICON_FILES = {
    "first_names.txt": T.FIRST,
    "common_words.txt": T.COMMON,
    "title_roles.txt": T.ROLE,
    "title_modifiers.txt": T.MOD,
    "title_functions.txt": T.FUNC,
    "company_suffixes.txt": T.SUFFIX,
}
NUM_SUFFIXES = ("k", "m", "b", "bn", "mm", "st", "nd", "rd", "th", "am", "pm", "x", "s", "h", "hr",
                "hrs", "yr", "yrs", "min", "gb", "mb", "tb", "kb", "kg", "km", "cm", "mi", "ft", "lb",
                "usd", "eur", "gbp", "p", "d", "w", "y", "mo")


def read_lexicon(name: str) -> list[str]:
    """Entries of one shipped lexicon file (comments and blank lines skipped)."""
    text = resources.files("mass_msg_detect").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _token_form(word: str) -> str | None:
    """The tokenizer's form of a lexicon entry, or None when it is not one token."""
    if word.isascii() and word.isalnum():
        return word.lower()
    w = "".join(T.lower_char(c) if T.char_class(c) != T.C_APOS else "'" for c in word)
    if not w or any(T.char_class(c) not in (T.C_ALNUM, T.C_MARK, T.C_APOS) for c in w):
        return None
    return w


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, int]:
    """Token form -> lexicon bits."""
    bits: dict[str, int] = {}

    def add(words, bit):
        for w in words:
            tw = _token_form(w)
            if tw is not None:
                bits[tw] = bits.get(tw, 0) | bit

    for name, bit in LEXICON_FILES.items():
        add(read_lexicon(name), bit)
    add(T.GREETINGS, T.GREET)
    add(T.WEEKDAYS, T.WEEKDAY_W)
    add(T.MONTHS, T.MONTH_W)
    add(T.AMBIGUOUS_DATES, T.AMBIG)
    add(T.CONNECTORS, T.CONNECT)
    add(("at",), T.AT)
    add(T.STRONG_ROLES, T.STRONG | T.ROLE)
    add(T.TLDS, T.TLD_BIT)
    add(NUM_SUFFIXES, T.NUMSUFFIX_BIT)
    # a role written as a plural ("Data Scientists", a mail merge's "{title}s")
    for w, b in list(bits.items()):
        if b & T.ROLE and w.isalpha() and not w.endswith("s"):
            bits[w + "s"] = bits.get(w + "s", 0) | T.PLURAL
    # greetings, weekdays, months and connectors are never names or company words
    for w, b in list(bits.items()):
        if b & (T.GREET | T.WEEKDAY_W | T.MONTH_W | T.CONNECT | T.AT):
            bits[w] = (b | T.COMMON) & ~T.FIRST
    return bits


def fnv1a64(data: bytes) -> int:
    """FNV-1a 64 in Python: the key of placeholder names and HTML entity names (the kernels'
    ``fnv1a64_step``)."""
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


_M64 = 0xFFFFFFFFFFFFFFFF


def token_hash(data: bytes) -> int:
    """The kernel's token hash in Python (the key of lexicon and metadata lookups): 8-byte
    little-endian blocks, the last partial and zero-padded (present even when empty), each
    ``h = rotl64((h ^ block) * K, 31)``, then the length XORed in."""
    h = 0x9E3779B97F4A7C15
    n = len(data)
    for k in range(0, n - n % 8 + 1, 8):
        h = ((h ^ int.from_bytes(data[k:k + 8], "little")) * 0x87C37B91114253D5) & _M64
        h = ((h << 31) | (h >> 33)) & _M64
    return h ^ n


@functools.lru_cache(maxsize=1)
def lexicon_table() -> tuple[np.ndarray, np.ndarray]:
    """(keys uint64, values uint16): open addressing, linear probing, key 0 = empty slot."""
    from ._kernels.hashing import token_hash_many

    words = sorted(lexicon())
    vals = np.array([lexicon()[w] for w in words], dtype=np.uint16)
    enc = [w.encode("utf-8") for w in words]
    buf = np.frombuffer(b"".join(enc), dtype=np.uint8).copy()
    off = np.zeros(len(enc) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in enc], out=off[1:])
    hashes = token_hash_many(buf, off)
    size = 1
    while size < 2 * len(words) + 2:
        size *= 2
    keys = np.zeros(size, dtype=np.uint64)
    table = np.zeros(size, dtype=np.uint16)
    mask = size - 1
    for h, v in zip(hashes.tolist(), vals.tolist()):
        j = h & mask
        while keys[j] != 0 and keys[j] != h:
            j = (j + 1) & mask
        keys[j] = h
        table[j] |= v
    return keys, table

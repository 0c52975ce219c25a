"""Tokenising, masking and shingling of messages held in one UTF-8 buffer (numba).

One message is ``buf[offsets[i]:offsets[i+1]]``. For each message the kernel

1. splits it into whitespace-separated chunks and classifies a chunk by its shape
   (e-mail, URL, @handle, number, money, percent, date, phone), else splits it into
   word tokens (letters and digits, apostrophes between letters, one token per
   character of scripts written without spaces, literal ``{NAME}`` placeholders);
2. lower-cases words through a table, hashes them (the token hash of :mod:`.hashing`) and
   looks the hash up in the lexicon table (given names, title words, company suffixes, ...);
3. applies the metadata phrases and the entity rules of :mod:`.rules`;
4. writes the masked token stream (words lower-cased, runs of one placeholder type
   collapsed to one ``{TYPE}``) joined by single spaces, and hashes its shingles with
   XXH32: word n-grams are the bytes of n tokens joined by one space, character
   n-grams the bytes of n consecutive code points.

The pure-Python twin of steps 1, 2 and 4 is :func:`mass_msg_detect.masking.reference_tokens`.
"""
import numba as nb
import numpy as np
from numba.cpython.unsafe.numbers import trailing_zeros

from .._tables import (
    C_ALNUM, C_APOS, C_CJK, C_IGNORE, C_MARK, C_OTHER, C_SPACE, DATE, EMAIL, GAP_JOIN,
    GAP_NONE, GAP_PUNCT, GREET, HANDLE, LOWER_BIT, MERGE, MONEY, NAME, NUM, PERCENT, PHONE, UPPER_BIT,
    NUMSUFFIX_BIT, TLD_BIT, URL, WORD,
)
from .hashing import (
    FNV_OFFSET, LANES, TOKEN_SEED, fnv1a64_step, hash_spans, token_block, token_final, token_hash_bytes,
    xxh32,
)
from .memory import copy16, load_u64, store_u64
from .minhash import EMPTY, minhash_row
from .prepare import PY, fast_prepare, needs_prepare
from .rules import apply_meta, apply_rules, is_caseless
from .utf8 import decode, put_utf8  # noqa: F401 - decode is part of this module's interface


SHINGLE_WORD = 0
SHINGLE_CHAR = 1


@nb.njit(inline="always", cache=True)
def prev_start(buf, i, lo):
    """Start of the character that ends just before byte ``i``."""
    j = i - 1
    while j > lo and (buf[j] & 0xC0) == 0x80:
        j -= 1
    return j


@nb.njit(inline="always", cache=True)
def klass(cp, cls):
    if cp < 0x10000:
        return cls[cp] & 0x3F
    if 0x20000 <= cp <= 0x3FFFF:
        return C_CJK
    return C_OTHER


@nb.njit(inline="always", cache=True)
def is_upper(cp, cls):
    return cp < 0x10000 and (cls[cp] & UPPER_BIT) != 0


@nb.njit(inline="always", cache=True)
def lex_lookup(keys, vals, h):
    mask = np.uint64(keys.shape[0] - 1)
    j = h & mask
    while True:
        k = keys[j]
        if k == h:
            return np.int64(vals[j])
        if k == 0:
            return np.int64(0)
        j = (j + np.uint64(1)) & mask


@nb.njit(inline="always", cache=True)
def is_currency(cp):
    return cp == 0x24 or cp == 0x20AC or cp == 0xA3 or cp == 0xA5 or cp == 0x20B9


@nb.njit(inline="always", cache=True)
def is_digit(c):
    return 0x30 <= c <= 0x39


@nb.njit(inline="always", cache=True)
def is_ascii_alnum(c):
    return (0x30 <= c <= 0x39) or (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A)


@nb.njit(inline="always", cache=True)
def ascii_lower(c):
    if 0x41 <= c <= 0x5A:
        return c + 32
    return c


@nb.njit(cache=True, _nrt=False)
def hash_lower_ascii(buf, a, b):
    return token_hash_bytes(buf, a, b, True)


@nb.njit(cache=True, _nrt=False)
def numeric_shape(buf, a, b, keys, vals):
    """Type of a chunk made of digits and number punctuation, or WORD when it is not one."""
    digits = 0
    currency = False
    p = a
    # an optional alphabetic suffix: 5k, 10am, 21st
    s = b
    while s > a and ((0x41 <= buf[s - 1] <= 0x5A) or (0x61 <= buf[s - 1] <= 0x7A)):
        s -= 1
    if s < b:
        if s == a or b - s > 3:
            return WORD
        if not (lex_lookup(keys, vals, hash_lower_ascii(buf, s, b)) & NUMSUFFIX_BIT):
            return WORD
    groups = 0
    big_group = False
    group_len = 0
    sep = np.int64(-1)
    seps_same = True
    other_punct = False
    while p < s:
        cp, L = decode(buf, p, s)
        if 0x30 <= cp <= 0x39:
            digits += 1
            group_len += 1
        elif is_currency(cp):
            currency = True
            other_punct = True
        elif cp == 0x2E or cp == 0x2F or cp == 0x2D:  # . / -
            if group_len > 0:
                groups += 1
                if group_len >= 4:
                    big_group = True
                if group_len > 4:
                    other_punct = True
            group_len = 0
            if sep < 0:
                sep = cp
            elif sep != cp:
                seps_same = False
        elif cp == 0x2C or cp == 0x3A or cp == 0x2B or cp == 0x28 or cp == 0x29 or cp == 0x25:
            other_punct = True
        else:
            return WORD
        p += L
    if group_len > 0:
        groups += 1
        if group_len >= 4:
            big_group = True
        if group_len > 4:
            other_punct = True
    if digits == 0:
        return WORD
    if currency:
        return MONEY
    if buf[s - 1] == 0x25 and s == b:
        return PERCENT
    if not other_punct and seps_same and s == b and digits <= 8:
        if groups == 3 and (big_group or digits <= 6):
            return DATE
        if groups == 2 and sep == 0x2F and digits <= 4:
            return DATE
    if digits >= 7:
        return PHONE
    return NUM


@nb.njit(cache=True, _nrt=False)
def chunk_shape(buf, a, b, keys, vals):
    """Shape of the trimmed chunk ``buf[a:b]``: EMAIL, URL, HANDLE, a number type, or WORD."""
    n = b - a
    if n <= 0:
        return WORD
    # URLs by scheme or www.
    if n >= 4 and ascii_lower(buf[a]) == 0x77 and ascii_lower(buf[a + 1]) == 0x77 \
            and ascii_lower(buf[a + 2]) == 0x77 and buf[a + 3] == 0x2E:
        return URL
    at = -1
    n_at = 0
    first_slash = -1
    nonascii = False
    for p in range(a, b):
        c = buf[p]
        if c == 0x40:
            n_at += 1
            at = p
        elif c == 0x3A and p + 2 < b and buf[p + 1] == 0x2F and buf[p + 2] == 0x2F and p > a:
            return URL
        elif c == 0x2F and first_slash < 0:
            first_slash = p
        elif c >= 0x80:
            nonascii = True
    if n_at == 1 and not nonascii:
        if at == a:
            ok = n >= 2
            for p in range(a + 1, b):
                c = buf[p]
                if not (is_ascii_alnum(c) or c == 0x5F or c == 0x2E):
                    ok = False
            if ok and is_ascii_alnum(buf[a + 1]) or (ok and buf[a + 1] == 0x5F):
                return HANDLE
        else:
            ok = True
            dot_after = False
            for p in range(a, b):
                c = buf[p]
                if not (is_ascii_alnum(c) or c == 0x2E or c == 0x5F or c == 0x25 or c == 0x2B
                        or c == 0x2D or c == 0x40 or c == 0x27):
                    ok = False
                if p > at + 1 and buf[p - 1] == 0x2E and is_ascii_alnum(c):
                    dot_after = True
            if ok and dot_after and is_ascii_alnum(buf[at - 1]):
                return EMAIL
    t = numeric_shape(buf, a, b, keys, vals)
    if t != WORD:
        return t
    # bare domains: letters.tld with an optional path
    if nonascii or n_at > 0:
        return WORD
    host_end = b if first_slash < 0 else first_slash
    last_dot = -1
    for p in range(a, host_end):
        c = buf[p]
        if c == 0x2E:
            last_dot = p
        elif not (is_ascii_alnum(c) or c == 0x2D):
            return WORD
    if last_dot <= a or host_end - last_dot - 1 < 2 or host_end - last_dot - 1 > 12:
        return WORD
    letters_before = False
    for p in range(a, last_dot):
        c = buf[p]
        if (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A):
            letters_before = True
    for p in range(last_dot + 1, host_end):
        c = buf[p]
        if not ((0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A)):
            return WORD
    if letters_before and (lex_lookup(keys, vals, hash_lower_ascii(buf, last_dot + 1, host_end)) & TLD_BIT):
        return URL
    return WORD


@nb.njit(inline="always", cache=True)
def keeps_lead(cp, k):
    """Characters kept at the start of a chunk's core: they carry its shape."""
    return (k == C_ALNUM or k == C_CJK or k == C_MARK or cp == 0x40 or cp == 0x2B
            or cp == 0x7B or is_currency(cp))


@nb.njit(inline="always", cache=True)
def gap_of(cp):
    if cp == 0x26 or cp == 0x2F or cp == 0x2D or cp == 0x2B:
        return GAP_JOIN
    return GAP_PUNCT


_CHUNK_BYTE = np.zeros(128, dtype=np.uint8)
"""ASCII bytes inside a chunk: 1 ends it (a space, NUL), 2 may give it a shape (digits, @ : / . $ + %)."""
for _c in (0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x00):
    _CHUNK_BYTE[_c] = 1
for _c in b"0123456789@:/.$+%":
    _CHUNK_BYTE[_c] = 2

_ALPHA_LOWER = np.zeros(256, dtype=np.uint8)
"""ASCII letters lower-cased; 0 for every other byte."""
for _c in range(0x41, 0x5B):
    _ALPHA_LOWER[_c] = _c + 32
    _ALPHA_LOWER[_c + 32] = _c + 32
# Eight bytes at a time (SWAR) in the fast path: a byte is an ASCII letter when, with its 0x20
# bit set and its top bit cleared, it lies in 0x61-0x7A and its top bit was clear; the sums
# below stay inside each byte, so the top bit of every byte says it.
_SP8 = np.uint64(0x2020202020202020)
_LO7 = np.uint64(0x7F7F7F7F7F7F7F7F)
_GE_A = np.uint64(0x1F1F1F1F1F1F1F1F)   # + this: top bit set when >= 0x61
_GT_Z = np.uint64(0x0505050505050505)   # + this: top bit set when >= 0x7B
_HI8 = np.uint64(0x8080808080808080)
_END_PUNCT = np.zeros(256, dtype=np.uint8)
"""Punctuation that may end a plain word chunk (``word,``): a GAP_PUNCT gap, never a shape."""
for _c in b",.!?;:":
    _END_PUNCT[_c] = 1


@nb.njit(cache=True, _nrt=False)
def tokenize(buf, start, end, cls, low, keys, vals, ph_hash,
             norm, tstart, tend, typ, lex, cap, gap, th, src):
    """Tokens of ``buf[start:end]`` into the scratch arrays; returns (count, has_lower).

    ``src[2k]``, ``src[2k+1]``: token k's byte span in ``buf`` (where its value is)."""
    ntok = 0
    has_lower = False
    pending = GAP_NONE
    clean_end = False     # the previous chunk ended right after its last token
    npos = 0
    i = start
    while i < end:
        cp, L = decode(buf, i, end)
        k = klass(cp, cls)
        if k == C_SPACE:
            i += L
            continue
        if 0x41 <= cp <= 0x7A and _ALPHA_LOWER[cp] != 0:
            # Fast path for the common chunk: ASCII letters, optionally one of , . ! ? ; :
            # then a space or the end. The general path below gives the same token (its
            # core has no shape character, so it is a word); anything else goes there.
            # The letters are read, tested, lower-cased and written 8 bytes at a time, and
            # each full 8 hashed as one block (``norm`` has the slack for the whole store).
            t0 = npos
            j = i
            hb = TOKEN_SEED
            lower_bits = np.uint64(0)
            nbuf = buf.shape[0]
            while True:
                if j + 8 <= nbuf:
                    w = load_u64(buf, j)
                else:   # the last bytes of the buffer
                    w = np.uint64(0)
                    for q in range(nbuf - j):
                        w |= np.uint64(buf[j + q]) << np.uint64(8 * q)
                x = (w | _SP8) & _LO7
                letters = (x + _GE_A) & ~(x + _GT_Z) & ~w & _HI8
                if end - j < 8:
                    letters &= (np.uint64(1) << np.uint64(8 * (end - j))) - np.uint64(1)
                stop = ~letters & _HI8
                k = 8 if stop == 0 else np.int64(trailing_zeros(stop) >> np.uint64(3))
                lowered = w | (letters >> np.uint64(2))
                store_u64(norm, npos, lowered)
                npos += k
                j += k
                if k < 8:
                    keep = (np.uint64(1) << np.uint64(8 * k)) - np.uint64(1)
                    lower_bits |= w & (letters >> np.uint64(2)) & keep
                    h = token_final(token_block(hb, lowered & keep), npos - t0)
                    break
                lower_bits |= w & (letters >> np.uint64(2))
                hb = token_block(hb, lowered)
            lower_seen = lower_bits != 0
            ce = -1
            trail = GAP_NONE
            if j == end or (buf[j] < 0x80 and _CHUNK_BYTE[buf[j]] == 1):
                ce = j
            elif _END_PUNCT[buf[j]] != 0 and (j + 1 == end or (buf[j + 1] < 0x80 and _CHUNK_BYTE[buf[j + 1]] == 1)):
                ce = j + 1
                trail = GAP_PUNCT
            if ce >= 0:
                has_lower |= lower_seen
                tstart[ntok] = t0
                tend[ntok] = npos
                typ[ntok] = WORD
                lex[ntok] = lex_lookup(keys, vals, h)
                cap[ntok] = 1 if cp <= 0x5A else 0
                gap[ntok] = pending
                th[ntok] = h
                src[2 * ntok] = i
                src[2 * ntok + 1] = j
                ntok += 1
                pending = trail
                clean_end = trail == GAP_NONE
                i = ce
                continue
            npos = t0
        # a chunk: up to the next space
        cs = i
        ce = i
        nspecial = 0   # characters that may give the chunk a shape: digits, @ : / . $ + % or non-ASCII
        chunk_byte = _CHUNK_BYTE
        while ce < end:
            c0 = buf[ce]
            if c0 < 0x80:
                f = chunk_byte[c0]
                if f == 1:
                    break
                if f == 2:
                    nspecial += 1
                ce += 1
                continue
            cp2, L2 = decode(buf, ce, end)
            if klass(cp2, cls) == C_SPACE:
                break
            nspecial += 1
            ce += L2
        i = ce
        # trimmed core for the shape test
        a = cs
        while a < ce:
            cp2, L2 = decode(buf, a, ce)
            if keeps_lead(cp2, klass(cp2, cls)):
                break
            if cp2 >= 0x80 or chunk_byte[cp2] == 2:
                nspecial -= 1
            a += L2
        b = ce
        while b > a:
            q = prev_start(buf, b, a)
            cp2, L2 = decode(buf, q, b)
            k2 = klass(cp2, cls)
            if k2 == C_ALNUM or k2 == C_CJK or k2 == C_MARK or cp2 == 0x25 or cp2 == 0x7D:
                break
            if cp2 >= 0x80 or chunk_byte[cp2] == 2:
                nspecial -= 1
            b = q
        if a >= b:
            # punctuation only. "Hi ," is an empty merge field after a greeting.
            if buf[cs] == 0x2C and ntok > 0 and clean_end and typ[ntok - 1] == WORD \
                    and (lex[ntok - 1] & GREET):
                tstart[ntok] = npos
                tend[ntok] = npos
                typ[ntok] = NAME
                lex[ntok] = 0
                cap[ntok] = 0
                gap[ntok] = GAP_NONE
                th[ntok] = 0
                src[2 * ntok] = cs
                src[2 * ntok + 1] = cs
                ntok += 1
            q = cs
            while q < ce:
                cp2, L2 = decode(buf, q, ce)
                g = gap_of(cp2)
                if klass(cp2, cls) != C_IGNORE and g > pending:
                    pending = g
                q += L2
            clean_end = False
            continue
        # a core without shape characters is words (trailing punctuation does not count)
        shape = chunk_shape(buf, a, b, keys, vals) if nspecial > 0 else WORD
        if shape != WORD:
            q = cs
            while q < a:
                cp2, L2 = decode(buf, q, a)
                g = gap_of(cp2)
                if klass(cp2, cls) != C_IGNORE and g > pending:
                    pending = g
                q += L2
            tstart[ntok] = npos
            tend[ntok] = npos
            typ[ntok] = shape
            lex[ntok] = 0
            cap[ntok] = 0
            gap[ntok] = pending
            th[ntok] = 0
            src[2 * ntok] = a
            src[2 * ntok + 1] = b
            ntok += 1
            pending = GAP_NONE
            clean_end = b == ce
            q = b
            while q < ce:
                cp2, L2 = decode(buf, q, ce)
                g = gap_of(cp2)
                if klass(cp2, cls) != C_IGNORE and g > pending:
                    pending = g
                q += L2
            continue
        # words
        j = cs
        last_tok_end = -1
        while j < ce:
            cp2, L2 = decode(buf, j, ce)
            k2 = klass(cp2, cls)
            if k2 == C_ALNUM:
                t0 = npos
                j0 = j
                first_upper = is_upper(cp2, cls)
                digits = 0
                first_digit = 0x30 <= cp2 <= 0x39
                letters = 0
                prev_alnum = False
                while j < ce:
                    c0 = buf[j]
                    if c0 < 0x80 and (cls[c0] & 0x3F) == C_ALNUM:
                        # ASCII letter or digit: one byte in, one lower-cased byte out
                        if 0x30 <= c0 <= 0x39:
                            digits += 1
                        else:
                            letters += 1
                            if (cls[c0] & LOWER_BIT) != 0:
                                has_lower = True
                        lc0 = low[c0]
                        norm[npos] = lc0
                        npos += 1
                        prev_alnum = True
                        j += 1
                        continue
                    cp2, L2 = decode(buf, j, ce)
                    k2 = klass(cp2, cls)
                    if k2 == C_ALNUM or (k2 == C_MARK and prev_alnum):
                        if k2 == C_ALNUM:
                            if 0x30 <= cp2 <= 0x39:
                                digits += 1
                            else:
                                letters += 1
                                if cp2 < 0x10000 and (cls[cp2] & LOWER_BIT) != 0:
                                    has_lower = True
                        lc = low[cp2] if cp2 < 0x10000 else cp2
                        npos = put_utf8(norm, npos, lc)
                        prev_alnum = True
                        j += L2
                    elif k2 == C_APOS and prev_alnum and j + L2 < ce:
                        cp3, L3 = decode(buf, j + L2, ce)
                        if klass(cp3, cls) != C_ALNUM:
                            break
                        if (cp3 == 0x73 or cp3 == 0x53) and first_upper:
                            # a possessive 's after a capitalised word ends the word ("Acme
                            # Corp's" is acme corp s: the name is found, and masked, as it is
                            # without it; "it's" stays whole)
                            q4 = j + L2 + L3
                            if q4 >= ce:
                                break
                            cp4, L4 = decode(buf, q4, ce)
                            k4 = klass(cp4, cls)
                            if k4 != C_ALNUM and k4 != C_MARK:
                                break
                        norm[npos] = 0x27
                        npos += 1
                        j += L2
                        prev_alnum = False
                    elif k2 == C_IGNORE:
                        j += L2
                    else:
                        break
                h = token_hash_bytes(norm, t0, npos, False)
                ty = WORD
                if digits > 0 and (digits >= 2 or first_digit):
                    ty = NUM
                tstart[ntok] = t0
                tend[ntok] = npos
                typ[ntok] = ty
                lex[ntok] = lex_lookup(keys, vals, h) if ty == WORD else 0
                cap[ntok] = 1 if first_upper else 0
                gap[ntok] = pending
                th[ntok] = h
                src[2 * ntok] = j0
                src[2 * ntok + 1] = j
                ntok += 1
                pending = GAP_NONE
                last_tok_end = j
            elif k2 == C_CJK:
                t0 = npos
                j0 = j
                npos = put_utf8(norm, npos, cp2)
                j += L2
                while j < ce:
                    cp3, L3 = decode(buf, j, ce)
                    if klass(cp3, cls) != C_MARK:
                        break
                    npos = put_utf8(norm, npos, cp3)
                    j += L3
                h = token_hash_bytes(norm, t0, npos, False)
                tstart[ntok] = t0
                tend[ntok] = npos
                typ[ntok] = WORD
                lex[ntok] = 0
                cap[ntok] = 0
                gap[ntok] = pending
                th[ntok] = h
                src[2 * ntok] = j0
                src[2 * ntok + 1] = j
                ntok += 1
                pending = GAP_NONE
                last_tok_end = j
            elif cp2 == 0x7B:
                # a literal placeholder {NAME}: upper-case ASCII letters and '_' between braces
                q = j + 1
                h = FNV_OFFSET
                while q < ce and ((0x41 <= buf[q] <= 0x5A) or buf[q] == 0x5F):
                    h = fnv1a64_step(h, buf[q])
                    q += 1
                if q < ce and buf[q] == 0x7D and q > j + 1:
                    ty = MERGE
                    for m in range(ph_hash.shape[0]):
                        if ph_hash[m] == h:
                            ty = m + 1
                    tstart[ntok] = npos
                    tend[ntok] = npos
                    typ[ntok] = ty
                    lex[ntok] = 0
                    cap[ntok] = 0
                    gap[ntok] = pending
                    th[ntok] = 0
                    src[2 * ntok] = j
                    src[2 * ntok + 1] = q + 1
                    ntok += 1
                    pending = GAP_NONE
                    j = q + 1
                    last_tok_end = j
                else:
                    if GAP_PUNCT > pending:
                        pending = GAP_PUNCT
                    j += L2
            else:
                if k2 != C_IGNORE and k2 != C_MARK:
                    g = gap_of(cp2)
                    if g > pending:
                        pending = g
                j += L2
        clean_end = last_tok_end == ce
    return ntok, has_lower


@nb.njit(inline="always", cache=True)
def copy_blocks(dst, d, src, s, length):
    """``dst[d:d+length] = src[s:s+length]`` in whole 16-byte blocks: up to 15 bytes past the
    end are read and written too (both arrays carry that slack; they are different arrays).
    Each block is one 16-byte load and store (:func:`.memory.copy16`), with no branch on the
    length of a token up to 16 bytes."""
    k = 0
    while True:
        copy16(dst, d + k, src, s + k)
        k += 16
        if k >= length:
            break


@nb.njit(inline="always", cache=True)
def sentence_gap(buf, p, a, b):
    """Whether the bytes ``a:b`` between a token at ``p:a`` and the next one, at ``b``, break a
    sentence: a line break; a question or exclamation mark with white space; or a full stop
    with white space, after a token of at least 4 characters (not "Co." or "Sp. z o.o.") and
    before one that starts with a capital letter or any non-ASCII character (as
    :func:`mass_msg_detect.masking.sentence_gap`)."""
    stop = False
    full = False
    space = False
    for x in range(a, b):
        c = buf[x]
        if c == 0x0A:
            return True
        if c == 0x21 or c == 0x3F:
            stop = True
        elif c == 0x2E:
            full = True
        elif c == 0x20 or c == 0x09 or c == 0x0D:
            space = True
    if not space:
        return False
    if stop:
        return True
    if not full or b >= buf.shape[0] or not (0x41 <= buf[b] <= 0x5A or buf[b] >= 0x80):
        return False
    chars = 0
    for x in range(p, a):
        if (buf[x] & 0xC0) != 0x80:
            chars += 1
    return chars >= 4


@nb.njit(cache=True, _nrt=False)
def emit(norm, tstart, tend, typ, ntok, ph_bytes, ph_off, out, fstart, fend, buf, src, template):
    """Write the masked token stream joined by single spaces; returns (tokens, bytes).

    A run of one placeholder type is one placeholder; with ``template``, a sentence break
    between two of its tokens (:func:`sentence_gap` of the bytes of ``buf`` between their
    ``src`` spans) parts it ("introduce {COMPANY}. {COMPANY} helps", for template
    reconstruction). ``norm``, ``ph_bytes`` and ``out`` have 16 bytes of slack (see
    :func:`copy_blocks`)."""
    nf = 0
    p = 0
    prev = -1
    for i in range(ntok):
        t = typ[i]
        if t != WORD and t == prev:
            if not template or not sentence_gap(buf, src[2 * i - 2], src[2 * i - 1], src[2 * i]):
                continue
        out[p] = 0x20                 # the separator, kept only after the first token
        p += 1 if nf > 0 else 0
        fstart[nf] = p
        if t == WORD:
            s = tstart[i]
            L = tend[i] - s
            copy_blocks(out, p, norm, s, L)
        else:
            s = ph_off[t - 1]
            L = ph_off[t] - s
            copy_blocks(out, p, ph_bytes, s, L)
        p += L
        fend[nf] = p
        nf += 1
        prev = t
    return nf, p


@nb.njit(cache=True, _nrt=False)
def shingle_hashes(out, nbytes, fstart, fend, nf, kind, n, hashes, starts, lanes, stage):
    """XXH32 of each shingle into ``hashes``; returns how many (0 for an empty message).

    Shingles are hashed 16 at a time (:func:`.hashing.xxh32_lanes`; ``out`` has 32 bytes of
    slack); ``lanes`` and ``stage`` are its scratch."""
    if nf == 0:
        return 0
    if kind == SHINGLE_WORD:
        if nf <= n:
            hashes[0] = xxh32(out, fstart[0], fend[nf - 1], 0)
            return 1
        return hash_spans(out, fstart, fend, n - 1, nf - n + 1, hashes, lanes, stage)
    # character n-grams over code points of the joined text
    m = 0
    p = 0
    while p < nbytes:   # count code points; char starts are non-continuation bytes
        if (out[p] & 0xC0) != 0x80:
            m += 1
        p += 1
    if m <= n:
        hashes[0] = xxh32(out, 0, nbytes, 0)
        return 1
    c = 0
    for p in range(nbytes):
        if (out[p] & 0xC0) != 0x80:
            starts[c] = p
            c += 1
    starts[m] = nbytes
    return hash_spans(out, starts, starts, n, m - n + 1, hashes, lanes, stage)



@nb.njit(cache=True, _nrt=False)
def process(buf, s, e, cls, low, keys, vals, ph_hash, ph_bytes, ph_off,
            meta_hash, seq_start, seq_len, seq_type, lo, hi, kind, n,
            norm, tstart, tend, typ, lex, cap, gap, th, out, fstart, fend, hashes, cstarts, src, lanes, stage,
            template):
    """One message end to end; returns (shingles, masked tokens, masked bytes) (``template``:
    the streams template reconstruction reads, see :func:`emit` and
    :func:`.rules.apply_rules`)."""
    ntok, has_lower = tokenize(buf, s, e, cls, low, keys, vals, ph_hash,
                               norm, tstart, tend, typ, lex, cap, gap, th, src)
    if hi > lo:
        apply_meta(typ, th, cap, ntok, meta_hash, seq_start, seq_len, seq_type, lo, hi)
    caseless = is_caseless(typ, cap, has_lower, ntok)
    apply_rules(typ, lex, cap, gap, ntok, caseless, template)
    nf, nb_ = emit(norm, tstart, tend, typ, ntok, ph_bytes, ph_off, out, fstart, fend, buf, src, template)
    nh = shingle_hashes(out, nb_, fstart, fend, nf, kind, n, hashes, cstarts, lanes, stage)
    return nh, nf, nb_


@nb.njit(cache=True)
def slot_spans_kernel(buf, offsets, cls, low, keys, vals, ph_hash, meta_hash, seq_start, seq_len,
                      seq_type, meta_off):
    """The masked values of every message as CSR: (type uint8, byte start, byte end) per value
    in ``buf``, runs of one placeholder type joined (what masking replaced, and where)."""
    nmsg = offsets.shape[0] - 1
    norm, tstart, tend, typ, lex, cap, gap, th, out, fstart, fend, hashes, cstarts, src, lanes, stage = _alloc(
        _longest(offsets, 0, nmsg))
    cap_out = 16
    vtype = np.empty(cap_out, dtype=np.uint8)
    vspan = np.empty((cap_out, 2), dtype=np.int64)
    voff = np.zeros(nmsg + 1, dtype=np.int64)
    nv = 0
    for i in range(nmsg):
        ntok, has_lower = tokenize(buf, offsets[i], offsets[i + 1], cls, low, keys, vals, ph_hash,
                                   norm, tstart, tend, typ, lex, cap, gap, th, src)
        lo, hi = meta_off[i], meta_off[i + 1]
        if hi > lo:
            apply_meta(typ, th, cap, ntok, meta_hash, seq_start, seq_len, seq_type, lo, hi)
        apply_rules(typ, lex, cap, gap, ntok, is_caseless(typ, cap, has_lower, ntok), False)
        prev = -1
        for k in range(ntok):
            t = typ[k]
            if t != WORD and t == prev:
                vspan[nv - 1, 1] = src[2 * k + 1]
                continue
            prev = t
            if t == WORD:
                continue
            if nv == cap_out:
                cap_out *= 2
                nt = np.empty(cap_out, dtype=np.uint8)
                ns = np.empty((cap_out, 2), dtype=np.int64)
                nt[:nv] = vtype[:nv]
                ns[:nv] = vspan[:nv]
                vtype, vspan = nt, ns
            vtype[nv] = t
            vspan[nv, 0] = src[2 * k]
            vspan[nv, 1] = src[2 * k + 1]
            nv += 1
        voff[i + 1] = nv
    return vtype[:nv].copy(), vspan[:nv].copy(), voff


@nb.njit(cache=True)
def _alloc(cap_bytes):
    m = cap_bytes + 2
    norm = np.empty(2 * m + 16, dtype=np.uint8)
    tstart = np.empty(m, dtype=np.int32)
    tend = np.empty(m, dtype=np.int32)
    typ = np.empty(m, dtype=np.uint8)
    lex = np.empty(m, dtype=np.uint16)
    cap = np.empty(m, dtype=np.uint8)
    gap = np.empty(m, dtype=np.uint8)
    th = np.empty(m, dtype=np.uint64)
    out = np.empty(10 * m + 2 * m + 48, dtype=np.uint8)   # 32 bytes of slack: xxh32_lanes
    fstart = np.empty(m, dtype=np.int64)
    fend = np.empty(m, dtype=np.int64)
    hashes = np.empty(out.shape[0] + 1, dtype=np.uint32)
    cstarts = np.empty(out.shape[0] + 1, dtype=np.int64)
    src = np.empty(2 * m, dtype=np.int64)
    lanes = np.empty(2 * LANES, dtype=np.int64)
    stage = np.empty(9 * LANES, dtype=np.uint32)
    return norm, tstart, tend, typ, lex, cap, gap, th, out, fstart, fend, hashes, cstarts, src, lanes, stage


BLOCK = 256


@nb.njit(inline="always", cache=True)
def _longest(offsets, i0, i1):
    """Byte length of the longest message in ``i0:i1``: the size of one block's scratch."""
    longest = 0
    for i in range(i0, i1):
        longest = max(longest, offsets[i + 1] - offsets[i])
    return longest


@nb.njit(cache=True)
def _fingerprint_block(i0, i1, buf, offsets, cls, low, keys, vals, ph_hash, ph_bytes, ph_off,
                       meta_hash, seq_start, seq_len, seq_type, meta_off, kind, n, a, b, prep, check,
                       sig, ntoks, py):
    longest = _longest(offsets, i0, i1)
    norm, tstart, tend, typ, lex, cap, gap, th, out, fstart, fend, hashes, cstarts, src, lanes, stage = _alloc(longest)
    unsafe, ent_keys, ent_vals, ent_names, ent_off = prep
    s1 = np.empty(longest + 1, dtype=np.uint8)
    text = np.empty(longest + 1, dtype=np.uint8)
    for i in range(i0, i1):
        p, e = offsets[i], offsets[i + 1]
        row = sig[i]
        row[:] = EMPTY
        src_buf = buf
        if check and needs_prepare(buf, p, e, unsafe):
            status, length = fast_prepare(buf, p, e, unsafe, ent_keys, ent_vals, ent_names, ent_off, s1, text)
            if status == PY:
                py[i] = 1
                ntoks[i] = 0
                continue
            src_buf = text
            p, e = 0, length
        # process() written out: the call's argument passing cost more than its body here
        ntok, has_lower = tokenize(src_buf, p, e, cls, low, keys, vals, ph_hash,
                                   norm, tstart, tend, typ, lex, cap, gap, th, src)
        lo, hi = meta_off[i], meta_off[i + 1]
        if hi > lo:
            apply_meta(typ, th, cap, ntok, meta_hash, seq_start, seq_len, seq_type, lo, hi)
        apply_rules(typ, lex, cap, gap, ntok, is_caseless(typ, cap, has_lower, ntok), False)
        nf, nb_ = emit(norm, tstart, tend, typ, ntok, ph_bytes, ph_off, out, fstart, fend, buf, src, False)
        nh = shingle_hashes(out, nb_, fstart, fend, nf, kind, n, hashes, cstarts, lanes, stage)
        minhash_row(hashes, 0, nh, a, b, row)
        ntoks[i] = nf


@nb.njit(parallel=True, cache=True)
def fingerprint_kernel(buf, offsets, cls, low, keys, vals, ph_hash, ph_bytes, ph_off,
                       meta_hash, seq_start, seq_len, seq_type, meta_off, kind, n, a, b, prep, check,
                       sig, ntoks):
    """Signatures (uint32 rows, into ``sig``) and masked-token counts (into ``ntoks``) of every
    message; returns uint8[n], 1 for the messages left to the Python preparation step.

    With ``check``, a message is prepared here (:mod:`.prepare`) when it needs it and can be;
    the others are left with an empty signature for the caller to prepare in Python and pass
    again without ``check``. ``prep`` is (NFKC-unsafe table, entity keys, values, names, name
    offsets)."""
    nmsg = offsets.shape[0] - 1
    py = np.zeros(nmsg, dtype=np.uint8)
    nblocks = (nmsg + BLOCK - 1) // BLOCK
    for blk in nb.prange(nblocks):
        _fingerprint_block(blk * BLOCK, min(nmsg, blk * BLOCK + BLOCK), buf, offsets, cls, low, keys, vals,
                           ph_hash, ph_bytes, ph_off, meta_hash, seq_start, seq_len, seq_type, meta_off,
                           kind, n, a, b, prep, check, sig, ntoks, py)
    return py


@nb.njit(cache=True, nogil=True)
def fingerprint_kernel_serial(buf, offsets, cls, low, keys, vals, ph_hash, ph_bytes, ph_off,
                              meta_hash, seq_start, seq_len, seq_type, meta_off, kind, n, a, b, prep, check,
                              sig, ntoks):
    """:func:`fingerprint_kernel` on the calling thread: for a few messages (one query) the
    thread pool's start costs more than the work, and much more on a busy machine."""
    nmsg = offsets.shape[0] - 1
    py = np.zeros(nmsg, dtype=np.uint8)
    _fingerprint_block(0, nmsg, buf, offsets, cls, low, keys, vals, ph_hash, ph_bytes, ph_off,
                       meta_hash, seq_start, seq_len, seq_type, meta_off, kind, n, a, b, prep, check,
                       sig, ntoks, py)
    return py


SERIAL_BELOW = 64
"""Batches with fewer messages than this run on the calling thread."""


@nb.njit(cache=True)
def _shingle_block(i0, i1, buf, offsets, cls, low, keys, vals, ph_hash, ph_bytes, ph_off,
                   meta_hash, seq_start, seq_len, seq_type, meta_off, kind, n,
                   counts, tcounts, hv, hoff, text, toff, fill, template):
    """Messages ``i0:i1``: their shingle and masked-byte counts, or (``fill``) their shingle
    hashes and masked bytes copied to ``hv``/``text`` at ``hoff``/``toff``."""
    norm, tstart, tend, typ, lex, cap, gap, th, out, fstart, fend, hashes, cstarts, src, lanes, stage = _alloc(
        _longest(offsets, i0, i1))
    for i in range(i0, i1):
        nh, nf, nbytes = process(buf, offsets[i], offsets[i + 1], cls, low, keys, vals, ph_hash,
                                 ph_bytes, ph_off, meta_hash, seq_start, seq_len, seq_type,
                                 meta_off[i], meta_off[i + 1], kind, n,
                                 norm, tstart, tend, typ, lex, cap, gap, th, out, fstart, fend, hashes, cstarts, src,
                                 lanes, stage, template)
        if fill:
            hv[hoff[i]:hoff[i] + nh] = hashes[:nh]
            text[toff[i]:toff[i] + nbytes] = out[:nbytes]
        else:
            counts[i] = nh
            tcounts[i] = nbytes


@nb.njit(parallel=True, cache=True)
def shingle_kernel(buf, offsets, cls, low, keys, vals, ph_hash, ph_bytes, ph_off,
                   meta_hash, seq_start, seq_len, seq_type, meta_off, kind, n, template):
    """Shingle hashes as CSR (uint32 values, int64 row offsets) plus the masked text bytes (CSR).

    ``template``: the streams template reconstruction reads (runs of one placeholder type parted
    at sentence breaks, see :func:`emit`; stricter titles, see :func:`.rules.apply_rules`);
    never for fingerprints. Two passes over the messages: one to count, one to fill the exactly sized outputs."""
    nmsg = offsets.shape[0] - 1
    counts = np.zeros(nmsg, dtype=np.int64)
    tcounts = np.zeros(nmsg, dtype=np.int64)
    hoff = np.zeros(nmsg + 1, dtype=np.int64)
    toff = np.zeros(nmsg + 1, dtype=np.int64)
    hv = np.empty(0, dtype=np.uint32)
    text = np.empty(0, dtype=np.uint8)
    nblocks = (nmsg + BLOCK - 1) // BLOCK
    for fill in (False, True):
        if fill:
            for i in range(nmsg):
                hoff[i + 1] = hoff[i] + counts[i]
                toff[i + 1] = toff[i] + tcounts[i]
            hv = np.empty(hoff[nmsg], dtype=np.uint32)
            text = np.empty(toff[nmsg], dtype=np.uint8)
        for blk in nb.prange(nblocks):
            _shingle_block(blk * BLOCK, min(nmsg, blk * BLOCK + BLOCK), buf, offsets, cls, low, keys, vals,
                           ph_hash, ph_bytes, ph_off, meta_hash, seq_start, seq_len, seq_type, meta_off,
                           kind, n, counts, tcounts, hv, hoff, text, toff, fill, template)
    return hv, hoff, text, toff


@nb.njit(parallel=True, cache=True)
def token_hashes_kernel(buf, offsets, cls, low, keys, vals, ph_hash):
    """Token hash of every word token of every segment (metadata values), as CSR."""
    nseg = offsets.shape[0] - 1
    counts = np.zeros(nseg, dtype=np.int64)
    nblocks = (nseg + BLOCK - 1) // BLOCK
    for blk in nb.prange(nblocks):
        i0 = blk * BLOCK
        i1 = min(nseg, i0 + BLOCK)
        norm, tstart, tend, typ, lex, cap, gap, th, out, fstart, fend, hashes, cstarts, src, lanes, stage = _alloc(
            _longest(offsets, i0, i1))
        for i in range(i0, i1):
            ntok, _ = tokenize(buf, offsets[i], offsets[i + 1], cls, low, keys, vals, ph_hash,
                               norm, tstart, tend, typ, lex, cap, gap, th, src)
            counts[i] = ntok
    off = np.zeros(nseg + 1, dtype=np.int64)
    for i in range(nseg):
        off[i + 1] = off[i] + counts[i]
    hv = np.empty(off[nseg], dtype=np.uint64)
    lx = np.empty(off[nseg], dtype=np.uint16)
    for blk in nb.prange(nblocks):
        i0 = blk * BLOCK
        i1 = min(nseg, i0 + BLOCK)
        norm, tstart, tend, typ, lex, cap, gap, th, out, fstart, fend, hashes, cstarts, src, lanes, stage = _alloc(
            _longest(offsets, i0, i1))
        for i in range(i0, i1):
            ntok, _ = tokenize(buf, offsets[i], offsets[i + 1], cls, low, keys, vals, ph_hash,
                               norm, tstart, tend, typ, lex, cap, gap, th, src)
            for k in range(ntok):
                # number-like metadata tokens never match: phrases hold words only
                hv[off[i] + k] = th[k] if typ[k] == WORD else np.uint64(0)
                lx[off[i] + k] = lex[k]
    return hv, off, lx


@nb.njit(cache=True)
def _title_phrase(off, f, lx, common_bit, title_t, needs_cap, seq_start, seq_len, seq_type, m):
    """Writes the title phrase of field ``f`` (tokens ``off[f]:off[f + 1]``) at sequence ``m``
    when it has tokens; returns the next sequence number."""
    s0 = off[f]
    L = off[f + 1] - s0
    if L > 0:
        seq_start[m] = s0
        seq_len[m] = L
        seq_type[m] = title_t | (needs_cap if (L == 1 and (lx[s0] & common_bit)) else 0)
        m += 1
    return m


@nb.njit(cache=True)
def meta_sequences(hv, off, lx, nmsg, suffix_bit, common_bit, name_t, title_t, company_t, needs_cap):
    """Metadata phrases of every message from the tokens of its (name, title, company,
    plural title) fields.

    Phrases: the full name, its first and last word, the full title, the title as a mail
    merge writes its plural (the title with an "s": "Data Scientists"), the full company
    name and the company name without its legal suffix. Returns (seq_start, seq_len,
    seq_type, meta_off) where message i owns sequences ``meta_off[i]:meta_off[i+1]``.
    """
    seq_start = np.empty(7 * nmsg, dtype=np.int64)
    seq_len = np.empty(7 * nmsg, dtype=np.int64)
    seq_type = np.empty(7 * nmsg, dtype=np.uint8)
    meta_off = np.zeros(nmsg + 1, dtype=np.int64)
    m = 0
    for i in range(nmsg):
        s0 = off[4 * i]
        L = off[4 * i + 1] - s0
        if L > 0:
            seq_start[m] = s0
            seq_len[m] = L
            seq_type[m] = name_t | (needs_cap if (L == 1 and (lx[s0] & common_bit)) else 0)
            m += 1
            if L > 1:
                for w in (s0, s0 + L - 1):
                    seq_start[m] = w
                    seq_len[m] = 1
                    seq_type[m] = name_t | (needs_cap if (lx[w] & common_bit) else 0)
                    m += 1
        m = _title_phrase(off, 4 * i + 1, lx, common_bit, title_t, needs_cap, seq_start, seq_len, seq_type, m)
        s0 = off[4 * i + 2]
        L = off[4 * i + 3] - s0
        if L > 0:
            seq_start[m] = s0
            seq_len[m] = L
            seq_type[m] = company_t | (needs_cap if (L == 1 and (lx[s0] & common_bit)) else 0)
            m += 1
            if L > 1 and (lx[s0 + L - 1] & suffix_bit):
                seq_start[m] = s0
                seq_len[m] = L - 1
                seq_type[m] = company_t | (needs_cap if (L == 2 and (lx[s0] & common_bit)) else 0)
                m += 1
        m = _title_phrase(off, 4 * i + 3, lx, common_bit, title_t, needs_cap, seq_start, seq_len, seq_type, m)
        meta_off[i + 1] = m
    return seq_start[:m].copy(), seq_len[:m].copy(), seq_type[:m].copy(), meta_off


@nb.njit(cache=True)
def splice(buf, offsets, idx, nbuf, noff):
    """Replace messages ``idx`` (ascending) of (buf, offsets) by the segments of (nbuf, noff)."""
    n = offsets.shape[0] - 1
    lens = offsets[1:] - offsets[:-1]
    for k in range(idx.shape[0]):
        lens[idx[k]] = noff[k + 1] - noff[k]
    out_off = np.zeros(n + 1, dtype=np.int64)
    for i in range(n):
        out_off[i + 1] = out_off[i] + lens[i]
    out = np.empty(out_off[n], dtype=np.uint8)
    k = 0
    for i in range(n):
        if k < idx.shape[0] and idx[k] == i:
            out[out_off[i]:out_off[i + 1]] = nbuf[noff[k]:noff[k + 1]]
            k += 1
        else:
            out[out_off[i]:out_off[i + 1]] = buf[offsets[i]:offsets[i + 1]]
    return out, out_off

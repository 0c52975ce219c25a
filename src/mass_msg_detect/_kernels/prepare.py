"""Masking step 1 (:func:`mass_msg_detect.masking.prepare`) inside the kernel, for the common cases.

Most messages need no preparation at all (:func:`needs_prepare` is 0 for them). Of the rest,
most hold only simple HTML: ``<br />``, ``<p>`` and the like, entities such as ``&amp;``,
``&#39;`` or ``&rsquo;``, and non-breaking spaces. :func:`fast_prepare` rewrites those exactly as
the Python step would, and answers "Python" for anything it cannot prove it handles the same
way: a merge-field trigger, a code point NFKC may change (other than U+00A0), an entity
without its ``;`` or outside the table, a tag the rules below do not settle.

What the Python step does, in order, and how it is followed here:

1. NFKC. Every code point is NFKC-safe (see :func:`mass_msg_detect._tables.nfkc_unsafe_table`)
   except U+00A0, whose NFKC form is a space, so NFKC is "U+00A0 becomes a space".
2. ``html.unescape``, repeated until nothing changes. Only complete references ending in ``;``
   are decoded here: ``&#N;`` and ``&#xH;`` to a printable code point, ``&name;`` from the
   table of HTML5 names that stand for one code point. A reference that decodes to ``{``,
   ``[``, ``%`` or ``<``, or a result with ``&`` before a letter or ``#`` (which a second
   round could decode, as in ``&amp;lt;``), goes to Python, so one round is all there is.
3. Tags (``</?name ...>``, the regex ``masking._TAG``) become one space, or a line break for the
   tags that break a line (``masking.BLOCK_TAGS``); when the text holds a
   ``<``, NFKC runs again, which changes only code points that came from references.
4. Merge fields: any trigger left in the result sends the message to Python.
"""
import numba as nb
import numpy as np

from .hashing import FNV_OFFSET, fnv1a64_step
from .utf8 import decode, put_utf8

PY = 2
"""Status of a message that the Python step must prepare."""

TAG_RUN = 500
"""Characters ``masking._TAG`` allows between a tag's name and its ``>``."""


@nb.njit(inline="always", cache=True)
def _alpha(c):
    return (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A)


@nb.njit(inline="always", cache=True)
def _alnum(c):
    return _alpha(c) or (0x30 <= c <= 0x39)


@nb.njit(inline="always", cache=True)
def _ascii_space(c):
    # what Python's \s matches below U+0080
    return c == 0x20 or (0x09 <= c <= 0x0D) or (0x1C <= c <= 0x1F)


_PLAIN = np.ones(256, dtype=np.uint8)
for _c in (0x7B, 0x3C, 0x26, 0x5B, 0x25, 0x2A):
    _PLAIN[_c] = 0
_PLAIN[0x80:] = 0
"""1 for the bytes :func:`needs_prepare` can skip without a look: ASCII other than ``{ < & [ % *``."""


@nb.njit(cache=True, _nrt=False)
def needs_prepare(buf, p, e, unsafe):
    """1 when the Python step could change the message: an HTML entity or tag, a merge
    field (``{``, ``[Name``, ``%NAME``, ``<<``, ``*|``), or a code point NFKC may change (``unsafe``)
    or beyond the table."""
    plain = _PLAIN
    while p < e:
        c = buf[p]
        if plain[c]:
            p += 1
            continue
        if c < 0x80:
            if c == 0x7B or c == 0x3C or c == 0x26 or c == 0x5B or c == 0x25 or c == 0x2A:
                # what follows decides whether Python has anything to do:
                # & + letter or # (entity), < + letter / or < (tag, <<field>>),
                # [ + letter or space ([Name]), % + letter (%FIRSTNAME%), *| (*|FNAME|*),
                # { always
                nx = buf[p + 1] if p + 1 < e else 0
                if c == 0x2A:
                    if nx == 0x7C:
                        return 1
                    p += 1
                    continue
                letter = _alpha(nx)
                if c == 0x7B or letter or (c == 0x26 and nx == 0x23) \
                        or (c == 0x3C and (nx == 0x2F or nx == 0x3C)) or (c == 0x5B and (_ascii_space(nx) or nx >= 0x80)):
                    return 1
            p += 1
            continue
        cp, L = decode(buf, p, e)
        if cp >= unsafe.shape[0] or unsafe[cp]:
            return 1
        p += L
    return 0


@nb.njit(cache=True, _nrt=False)
def _entity(buf, p, e, ent_keys, ent_vals, ent_names, ent_off):
    """At ``buf[p] == '&'``: (code point, bytes) of a complete reference decoded as
    ``html.unescape`` does, or (-1, 0) for one left to Python."""
    q = p + 1
    if q < e and buf[q] == 0x23:  # '#'
        q += 1
        base = 10
        if q < e and (buf[q] == 0x78 or buf[q] == 0x58):
            base = 16
            q += 1
        v = 0
        nd = 0
        while q < e and nd <= 7:
            c = np.int64(buf[q])
            if 0x30 <= c <= 0x39:
                d = c - 0x30
            elif base == 16 and 0x61 <= (c | 0x20) <= 0x66:
                d = (c | 0x20) - 0x61 + 10
            else:
                break
            v = v * base + d
            nd += 1
            q += 1
        if nd == 0 or nd > 7 or q >= e or buf[q] != 0x3B:
            return -1, 0
        if not (0x20 <= v <= 0x7E or 0xA0 <= v <= 0xFDCF):
            return -1, 0
        return v, q + 1 - p
    h = FNV_OFFSET
    while q < e and _alnum(buf[q]) and q - p <= 32:
        h = fnv1a64_step(h, buf[q])
        q += 1
    L = q - p - 1
    if L == 0 or L > 32 or q >= e or buf[q] != 0x3B:
        return -1, 0
    mask = np.uint64(ent_keys.shape[0] - 1)
    j = h & mask
    while True:
        k = ent_keys[j]
        if k == 0:
            return -1, 0
        if k == h:
            a, b = ent_off[j], ent_off[j + 1]
            if b - a == L:
                same = True
                for t in range(L):
                    if ent_names[a + t] != buf[p + 1 + t]:
                        same = False
                        break
                if same:
                    return np.int64(ent_vals[j]), L + 2
        j = (j + np.uint64(1)) & mask


@nb.njit(cache=True, _nrt=False)
def _block_tag(s, r):
    """Whether the tag at ``s[r] == '<'`` (one ``_tag_end`` settled) is one of
    ``masking.BLOCK_TAGS`` (br p div li ul ol tr table h1-h6 blockquote hr), which break a line."""
    q = r + 1
    if s[q] == 0x2F:
        q += 1
    a = q
    while _alnum(s[q]) or s[q] == 0x3A or s[q] == 0x2D:
        q += 1
    n = q - a
    c0 = s[a] | 0x20
    c1 = (s[a + 1] | 0x20) if n > 1 else 0
    if n == 1:
        return c0 == 0x70                                   # p
    if n == 2:
        if c0 == 0x68 and 0x31 <= s[a + 1] <= 0x36:
            return True                                     # h1-h6
        return ((c0 == 0x62 and c1 == 0x72) or (c0 == 0x6C and c1 == 0x69) or (c0 == 0x75 and c1 == 0x6C)
                or (c0 == 0x6F and c1 == 0x6C) or (c0 == 0x74 and c1 == 0x72) or (c0 == 0x68 and c1 == 0x72))
    if n == 3:
        return c0 == 0x64 and c1 == 0x69 and (s[a + 2] | 0x20) == 0x76     # div
    if n == 5:
        return (c0 == 0x74 and c1 == 0x61 and (s[a + 2] | 0x20) == 0x62 and (s[a + 3] | 0x20) == 0x6C
                and (s[a + 4] | 0x20) == 0x65)                             # table
    if n == 10:
        word = (0x62, 0x6C, 0x6F, 0x63, 0x6B, 0x71, 0x75, 0x6F, 0x74, 0x65)   # blockquote
        for i in range(10):
            if (s[a + i] | 0x20) != word[i]:
                return False
        return True
    return False


@nb.njit(cache=True, _nrt=False)
def _tag_end(s, r, w):
    """At ``s[r] == '<'``: the end of the tag ``masking._TAG`` matches there, -1 when it
    matches none, -2 when that cannot be settled here."""
    q = r + 1
    if q < w and s[q] == 0x2F:
        q += 1
    if q >= w or not _alpha(s[q]):
        return -1
    q += 1
    while q < w and (_alnum(s[q]) or s[q] == 0x3A or s[q] == 0x2D):
        q += 1
    if q >= w:
        return -1
    c = s[q]
    if c == 0x3E:
        return q + 1
    if c == 0x2F:
        return q + 2 if q + 1 < w and s[q + 1] == 0x3E else -1
    if c >= 0x80:
        return -2
    if not _ascii_space(c):
        return -1
    q += 1
    count = 0
    while q < w:
        c = s[q]
        if c == 0x3E:
            return q + 1 if count <= TAG_RUN else -2
        if c == 0x3C:
            return -1
        if (c & 0xC0) != 0x80:
            count += 1
        q += 1
    return -1


@nb.njit(cache=True, _nrt=False)
def _merge_trigger(s, w):
    """A merge-field trigger in ``s[:w]`` (what :func:`needs_prepare` flags, besides HTML)."""
    for p in range(w):
        c = s[p]
        if c == 0x7B:
            return True
        if c == 0x5B or c == 0x25 or c == 0x3C:
            nx = s[p + 1] if p + 1 < w else 0
            if c == 0x5B and (_alpha(nx) or _ascii_space(nx) or nx >= 0x80):
                return True
            if c == 0x25 and _alpha(nx):
                return True
            if c == 0x3C and nx == 0x3C:
                return True
        elif c == 0x2A and p + 1 < w and s[p + 1] == 0x7C:
            return True
    return False


@nb.njit(cache=True, _nrt=False)
def fast_prepare(buf, p, e, unsafe, ent_keys, ent_vals, ent_names, ent_off, s1, s2):
    """The prepared text of ``buf[p:e]`` written to ``s2``: (status, length), status 1; or
    (``PY``, 0) when the Python step must prepare it. ``s1`` and ``s2`` hold at least
    ``e - p`` bytes (preparation here never lengthens a text)."""
    # steps 1 and 2: U+00A0 -> space, references decoded, into s1
    w = 0
    dec_nbsp = False     # a reference decoded to U+00A0 (NFKC would make it a space)
    dec_unsafe = False   # ... to another code point NFKC may change
    has_lt = False
    decoded = False
    q = p
    while q < e:
        c = buf[q]
        if c < 0x80:
            if c == 0x7B:
                return PY, 0
            nx = buf[q + 1] if q + 1 < e else 0
            if c == 0x26 and (_alpha(nx) or nx == 0x23):
                cp, L = _entity(buf, q, e, ent_keys, ent_vals, ent_names, ent_off)
                if cp < 0 or cp == 0x7B or cp == 0x5B or cp == 0x25 or cp == 0x3C:
                    return PY, 0
                decoded = True
                if cp == 0xA0:
                    dec_nbsp = True
                elif cp >= 0x80 and (cp >= unsafe.shape[0] or unsafe[cp]):
                    dec_unsafe = True
                w = put_utf8(s1, w, cp)
                q += L
                continue
            if c == 0x3C:
                if nx == 0x3C:
                    return PY, 0
                has_lt = True
            s1[w] = c
            w += 1
            q += 1
            continue
        cp, L = decode(buf, q, e)
        if cp == 0xA0:
            s1[w] = 0x20
            w += 1
            q += L
            continue
        if cp >= unsafe.shape[0] or unsafe[cp]:
            return PY, 0
        for t in range(L):
            s1[w + t] = buf[q + t]
        w += L
        q += L
    if decoded:
        # a second round of html.unescape would decode '&' + letter or '#' ('&amp;lt;')
        for r in range(w - 1):
            if s1[r] == 0x26 and (_alpha(s1[r + 1]) or s1[r + 1] == 0x23):
                return PY, 0
    # step 3: tags become one space, then NFKC for what references produced
    w2 = 0
    r = 0
    while r < w:
        c = s1[r]
        if c == 0x3C and has_lt:
            end = _tag_end(s1, r, w)
            if end == -2:
                return PY, 0
            if end >= 0:
                if not _block_tag(s1, r):
                    s2[w2] = 0x20
                    w2 += 1
                elif not ((r > 0 and (s1[r - 1] == 0x0A or s1[r - 1] == 0x0D))
                          or (end < w and (s1[end] == 0x0A or s1[end] == 0x0D))):
                    s2[w2] = 0x0A       # (none beside a line break written there)
                    w2 += 1
                r = end
                continue
        if has_lt and dec_nbsp and c == 0xC2 and r + 1 < w and s1[r + 1] == 0xA0:
            s2[w2] = 0x20
            w2 += 1
            r += 2
            continue
        s2[w2] = c
        w2 += 1
        r += 1
    if has_lt and dec_unsafe:
        return PY, 0
    # step 4
    if _merge_trigger(s2, w2):
        return PY, 0
    return 1, w2


@nb.njit(cache=True)
def fast_prepare_many(buf, offsets, unsafe, ent_keys, ent_vals, ent_names, ent_off):
    """Status of every message (0: unchanged, 1: prepared here, ``PY``) and the prepared
    texts as CSR (a message's own bytes when its status is 0, nothing when ``PY``)."""
    n = offsets.shape[0] - 1
    status = np.zeros(n, dtype=np.uint8)
    out = np.empty(buf.shape[0], dtype=np.uint8)
    off = np.zeros(n + 1, dtype=np.int64)
    longest = 0
    for i in range(n):
        longest = max(longest, offsets[i + 1] - offsets[i])
    s1 = np.empty(longest + 1, dtype=np.uint8)
    s2 = np.empty(longest + 1, dtype=np.uint8)
    w = 0
    for i in range(n):
        p, e = offsets[i], offsets[i + 1]
        if not needs_prepare(buf, p, e, unsafe):
            out[w:w + e - p] = buf[p:e]
            w += e - p
        else:
            st, L = fast_prepare(buf, p, e, unsafe, ent_keys, ent_vals, ent_names, ent_off, s1, s2)
            status[i] = st
            if st != PY:
                out[w:w + L] = s2[:L]
                w += L
        off[i + 1] = w
    return status, out[:w], off

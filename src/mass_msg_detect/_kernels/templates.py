"""Kernels of template reconstruction (:mod:`mass_msg_detect.templates`).

``word_spans``: where each masked word of a member sits in its prepared, lower-cased text, for
all members at once. The pure-Python twin is :func:`mass_msg_detect.templates._word_spans_ref`.

``display_spans``: from those word spans, the character spans of each token's display form, the
separator after it and a placeholder's value, for all members at once. The pure-Python twin is
:func:`mass_msg_detect.templates._fill_spans`.

``align``: the reference member of a campaign and the position in every member of each of its
tokens (keyed lookups, longest increasing run where matches cross). The numpy twin is
:func:`mass_msg_detect.templates._align_ref`.
"""
import numba as nb
import numpy as np

SPACE = 32        # token separator in the joined streams
NEWLINE = 10      # member separator in the joined streams
BRACE = 123       # "{": a placeholder token
APOS = 39         # "'": curly apostrophes (U+2018, U+2019) in the text compare equal to it

# bits of the per-code-point flags (templates._char_flags)
F_ALNUM = 1       # str.isalnum()
F_SPACE = 2       # str.isspace()
F_LPUNCT = 4      # in templates._EDGE_PUNCT_L: stripped before a placeholder's value
F_RPUNCT = 8      # in templates._EDGE_PUNCT_R: stripped after it
F_SPLIT = 16      # in templates._SPLIT_CHARS: parts a run of placeholders' values (", " "\n" "|")
F_DASH = 32       # in templates._DASHES: parts them with a space beside it (" - ", not "Smith-Jones")
F_STOP = 64       # in templates._STOPS: parts them with a space beside it where nothing else does
F_CJK = 128       # a character masking makes a token of its own (Han, kana, Thai, ...: C_CJK)
F_OPEN = 256      # "{" and "}": an unfilled merge field's braces ("{NAME}" in the prepared text)
F_CLOSE = 512     # stay with its value where a run of separators parts values

SEP_SPACE = -1    # span start meaning " "
SEP_EMPTY = -2    # span start meaning ""


@nb.njit(cache=True)
def _find(cps, flags, a, L, stream, t0, tl, pos):
    """First occurrence at or after ``pos`` of token ``stream[t0:t0 + tl]`` in the text
    ``cps[a:a + L]`` that is not inside a longer word, or -1 (as
    :func:`mass_msg_detect.templates._find_word`)."""
    j = pos
    while j + tl <= L:
        match = True
        for q in range(tl):
            c = cps[a + j + q]
            if c == 0x2019 or c == 0x2018:
                c = APOS
            if c != stream[t0 + q]:
                match = False
                break
        if match:
            e = j + tl
            # (a word's neighbours are no letters or digits, but for a character masking makes
            # a token of its own, beside it or the token's own)
            cjk = (flags[a + j] & F_CJK) != 0
            if (j == 0 or cjk or (flags[a + j - 1] & (F_ALNUM | F_CJK)) != F_ALNUM) and \
                    (e >= L or cjk or (flags[a + e] & (F_ALNUM | F_CJK)) != F_ALNUM):
                return j
        j += 1
    return -1


@nb.njit(cache=True)
def word_spans(cps, flags, text_off, stream, mem_tok, ok_in):
    """(starts, ends, ok) of every token of every member.

    Parameters
    ----------
    cps : uint32[T]
        Code points of the members' prepared, lower-cased texts, concatenated; curly
        apostrophes (U+2018, U+2019) match a token's ``'``.
    flags : uint16[T]
        Flags of each code point of ``cps``; bit ``F_ALNUM`` is ``str.isalnum()``.
    text_off : int64[n + 1]
        Member i's text is ``cps[text_off[i]:text_off[i + 1]]``.
    stream : uint32[S]
        Code points of the members' masked token streams: tokens joined by one space, members
        joined by one newline (tokens never hold either).
    mem_tok : int64[n + 1]
        Member i's tokens are numbers ``mem_tok[i]:mem_tok[i + 1]`` of all tokens.
    ok_in : bool[n]
        False where the member's spans are not to be searched (templates._batch_spans searches
        every member's: its lower-cased texts keep their length).

    Returns
    -------
    starts, ends : int64[mem_tok[-1]]
        Character span of each word token in its member's text, relative to the text's start,
        searched left to right: the first occurrence at or after the previous word's end that
        is not inside a longer word (where letters or digits would lie between a word and the
        word before it, and that one is the first after a placeholder, that one's next
        occurrence is tried, then the word again, until they meet or either is not found);
        -1 for placeholders (tokens starting with ``{``).
    ok : bool[n]
        False where a word was not found, or where letters or digits lie between two
        consecutive words (the spans are then not to be used).
    is_ph : bool[mem_tok[-1]]
        Whether each token is a placeholder.
    """
    n = text_off.shape[0] - 1
    nt = mem_tok[n]
    is_ph = np.zeros(nt, dtype=np.bool_)
    starts = np.full(nt, -1, dtype=np.int64)
    ends = np.full(nt, -1, dtype=np.int64)
    ok = ok_in.copy()
    sp = 0                       # read position in stream
    for m in range(n):
        a = text_off[m]
        L = text_off[m + 1] - a
        pos = 0
        good = ok[m]
        prev_word = False
        pw_after_ph = False      # the previous token is a word right after a placeholder
        pw0 = 0                  # its span in stream
        pw1 = 0
        for i in range(mem_tok[m], mem_tok[m + 1]):
            t0 = sp
            while sp < stream.shape[0] and stream[sp] != SPACE and stream[sp] != NEWLINE:
                sp += 1
            t1 = sp
            sp += 1              # past the separator
            is_ph[i] = stream[t0] == BRACE
            if not good:
                continue
            if is_ph[i]:
                prev_word = False
                continue
            tl = t1 - t0
            found = _find(cps, flags, a, L, stream, t0, tl, pos)
            if found < 0:
                good = False
                continue
            while prev_word and _has_alnum(flags, a + pos, a + found):
                # letters or digits before this word: where the word before it is the first
                # after a placeholder, the placeholder's value may hold that word too
                # ("Redscape Partners partners with" for "{COMPANY} partners with"); its next
                # occurrence is tried, then this word again after it
                if not pw_after_ph:
                    good = False
                    break
                k = _find(cps, flags, a, L, stream, pw0, pw1 - pw0, starts[i - 1] + 1)
                if k < 0:
                    good = False
                    break
                starts[i - 1] = k
                ends[i - 1] = k + pw1 - pw0
                pos = k + pw1 - pw0
                found = _find(cps, flags, a, L, stream, t0, tl, pos)
                if found < 0:
                    good = False
                    break
            if not good:
                continue
            starts[i] = found
            ends[i] = found + tl
            pos = found + tl
            pw_after_ph = not prev_word and i > mem_tok[m]
            pw0 = t0
            pw1 = t1
            prev_word = True
        if mem_tok[m + 1] == mem_tok[m]:
            sp += 1              # an empty member still has its newline
        ok[m] = good
    return starts, ends, ok, is_ph


@nb.njit(cache=True)
def _separator_run(flags, base, p, b, stops):
    """(end, parts) of the run of separators (code points that are not alphanumeric) from
    ``p`` up to ``b``: ``parts`` when it holds a comma, semicolon, bar or line break, or a
    dash with a space beside it (with ``stops`` 1, also a full stop, question or exclamation
    mark with a space beside it; with ``stops`` 2, any white space), which part two
    placeholders' values."""
    split = False
    dash = False
    stop = False
    space = False
    while p < b and not (flags[base + p] & F_ALNUM):
        f = flags[base + p]
        split |= (f & F_SPLIT) != 0
        dash |= (f & F_DASH) != 0
        stop |= (f & F_STOP) != 0
        space |= (f & F_SPACE) != 0
        p += 1
    return p, split or (dash and space) or (stops >= 1 and stop and space) or (stops == 2 and space)


@nb.njit(cache=True)
def _next_cut(flags, base, p, a, b, stops):
    """(start, end) of the first run of separators at or after ``p`` and strictly inside
    ``a:b`` that parts values (:func:`_separator_run`), or (-1, b) when there is none."""
    while p < b:
        if flags[base + p] & F_ALNUM:
            p += 1
            continue
        r0 = p
        p, parts = _separator_run(flags, base, p, b, stops)
        if parts and r0 > a and p < b:
            return r0, p
    return -1, b


@nb.njit(cache=True)
def _count_cuts(flags, base, a, b, stops):
    cuts = 0
    r0, p = _next_cut(flags, base, a, a, b, stops)
    while r0 >= 0:
        cuts += 1
        r0, p = _next_cut(flags, base, p, a, b, stops)
    return cuts


@nb.njit(cache=True)
def _has_alnum(flags, a, b):
    for x in range(a, b):
        if flags[x] & F_ALNUM:
            return True
    return False


@nb.njit(cache=True)
def display_spans(flags, text_off, is_ph, mem_tok, starts, ends, ok):
    """Display spans of every token of every member whose word spans were found.

    Parameters
    ----------
    flags : uint16[T]
        Flags (``F_*`` bits) of the code points of the members' prepared texts, concatenated;
        member i's text is ``text_off[i]:text_off[i + 1]``.
    is_ph : bool[mem_tok[-1]]
        Whether each token is a placeholder.
    mem_tok : int64[n + 1]
        Member i's tokens are numbers ``mem_tok[i]:mem_tok[i + 1]`` of all tokens.
    starts, ends : int64[mem_tok[-1]]
        Word spans from :func:`word_spans` (relative to the member's text).
    ok : bool[n]
        Members whose word spans were found; the others' outputs are left as they are.

    Returns
    -------
    (A word's display span is its word span ``starts, ends``; a placeholder, whose start is
    -1, is shown as the token.)
    sep_a, sep_b : int64[mem_tok[-1]]
        The separator after each token; ``sep_a`` is ``SEP_SPACE`` for " " and ``SEP_EMPTY``
        for "" (as :func:`mass_msg_detect.templates._fill_spans` cleans them).
    val_a, val_b : int64[mem_tok[-1]]
        A placeholder's value (the raw text it stands in, between the edge punctuation and
        spaces); empty for words. A run of k placeholders whose text has exactly k - 1 runs of
        separators that part values (a comma, semicolon, bar or line break, or a dash with a
        space beside it) gets one part each, the separators between them as theirs ("Anna
        Kim, Initech" for {NAME} {COMPANY}); else where exactly k - 1 do counting also full
        stops, question and exclamation marks with a space beside them ("Orbit Insurance.
        Orbit Insurance" for {COMPANY} {COMPANY}); else where exactly k - 1 runs of separators
        hold white space ("12 June" for {NUM} {MONTH}); otherwise the first holds the whole
        text and the later ones are empty.
    lead_a, lead_b : int64[n]
        Text before the first token (``SEP_EMPTY`` when it holds letters or digits).
    """
    n = text_off.shape[0] - 1
    nt = mem_tok[n]
    sep_a = np.full(nt, SEP_SPACE, dtype=np.int64)
    sep_b = np.zeros(nt, dtype=np.int64)
    val_a = np.zeros(nt, dtype=np.int64)
    val_b = np.zeros(nt, dtype=np.int64)
    lead_a = np.full(n, SEP_EMPTY, dtype=np.int64)
    lead_b = np.zeros(n, dtype=np.int64)
    for m in range(n):
        if not ok[m]:
            continue
        base = text_off[m]
        Lt = text_off[m + 1] - base
        t0 = mem_tok[m]
        t1 = mem_tok[m + 1]
        lead_set = False
        la = 0
        lb = 0
        prev_end = 0
        i = t0
        while i < t1:
            if not is_ph[i]:
                if not lead_set:
                    la = 0
                    lb = starts[i]
                    lead_set = True
                prev_end = ends[i]
                i += 1
                continue
            k = i
            while k < t1 and is_ph[k]:
                k += 1
            nxt = starts[k] if k < t1 else Lt
            # split the gap into (before, value, after), as templates._split_value
            g0 = prev_end
            g1 = nxt
            a = g0
            while a < g1 and (flags[base + a] & F_SPACE):
                a += 1
            b = g1
            while b > g0 and (flags[base + b - 1] & F_SPACE):
                b -= 1
            if a == g1:
                b = g0                 # all spaces: before and after are the whole gap
            while a < b and (flags[base + a] & (F_LPUNCT | F_SPACE)):
                a += 1
            while b > a and (flags[base + b - 1] & (F_RPUNCT | F_SPACE)):
                b -= 1
            if i > t0:
                sep_a[i - 1] = g0
                sep_b[i - 1] = a
            elif not lead_set:
                la = g0
                lb = a
                lead_set = True
            val_a[i] = a
            val_b[i] = b if b > a else a
            if k - i > 1 and b > a:
                # one value per placeholder of the run where exactly k - i - 1 separators
                # part the text
                # (else counting full stops, question and exclamation marks with a space too)
                # (else at white space: "12 June" for {NUM} {MONTH})
                stops = 0
                while stops <= 2 and _count_cuts(flags, base, a, b, stops) != k - i - 1:
                    stops += 1
                if stops <= 2:
                    q = i
                    r0, p = _next_cut(flags, base, a, a, b, stops)
                    while r0 >= 0:
                        c0 = r0
                        c1 = p
                        while c0 < c1 and (flags[base + c0] & F_CLOSE):
                            c0 += 1
                        while c1 > c0 and (flags[base + c1 - 1] & F_OPEN):
                            c1 -= 1
                        val_b[q] = c0
                        sep_a[q] = c0
                        sep_b[q] = c1
                        q += 1
                        val_a[q] = c1
                        val_b[q] = b
                        r0, p = _next_cut(flags, base, p, a, b, stops)
            sep_a[k - 1] = b
            sep_b[k - 1] = g1
            prev_end = nxt
            i = k
        for i in range(t0, t1 - 1):
            if not is_ph[i] and not is_ph[i + 1]:
                sep_a[i] = ends[i]
                sep_b[i] = starts[i + 1]
        if t1 > t0 and not is_ph[t1 - 1]:
            sep_a[t1 - 1] = ends[t1 - 1]
            sep_b[t1 - 1] = Lt
        for i in range(t0, t1 - 1):
            p = sep_a[i]
            if p >= 0 and (sep_b[i] <= p or _has_alnum(flags, base + p, base + sep_b[i])):
                # (nothing beside a character that is a token of its own stays nothing)
                if sep_b[i] == p and ((p > 0 and (flags[base + p - 1] & F_CJK))
                                      or (p < Lt and (flags[base + p] & F_CJK))):
                    sep_a[i] = SEP_EMPTY
                else:
                    sep_a[i] = SEP_SPACE
        if t1 > t0 and sep_a[t1 - 1] >= 0 and _has_alnum(flags, base + sep_a[t1 - 1], base + sep_b[t1 - 1]):
            sep_a[t1 - 1] = SEP_EMPTY
        if lead_set and not _has_alnum(flags, base + la, base + lb):
            lead_a[m] = la
            lead_b[m] = lb
    return sep_a, sep_b, val_a, val_b, lead_a, lead_b


OCC_CAP = 4095    # occurrence numbers at or above this share one key (as in the reference)


@nb.njit(cache=True)
def _nth(lst, a, cnt, fc):
    """Position of occurrence ``fc`` (0-based) in ``lst[a:a + cnt]``, or -1."""
    if fc < cnt:
        return lst[a + fc]
    return -1


@nb.njit(cache=True)
def align(ids, starts, V):
    """(reference member, mapping[k, p]) of one campaign: see ``templates._align``.

    Parameters
    ----------
    ids : int64[n]
        Token ids (0 .. V - 1, equal tokens equal ids) of all members, concatenated.
    starts : int64[nm + 1]
        Member k's tokens are ``ids[starts[k]:starts[k + 1]]``.
    V : int
        Number of distinct ids.

    Returns
    -------
    ref : int
        The member whose distinct tokens are most shared (sum over them of document frequency
        minus half the member count; ties: the first).
    mapping : int64[nm, L]
        Position in member k of reference token p (L tokens), or -1; strictly increasing along
        each row where not -1.
    """
    nm = starts.shape[0] - 1
    n = ids.shape[0]
    SENT = V                       # "no previous / next token"
    f0 = np.empty(n, dtype=np.int64)
    cnt = np.zeros(V, dtype=np.int64)
    df = np.zeros(V, dtype=np.int64)
    for k in range(nm):
        for x in range(starts[k], starts[k + 1]):
            f0[x] = cnt[ids[x]]
            cnt[ids[x]] += 1
            if f0[x] == 0:
                df[ids[x]] += 1
        for x in range(starts[k], starts[k + 1]):
            cnt[ids[x]] = 0
    half = nm / 2.0
    ref = 0
    best = -np.inf
    for k in range(nm):
        s = 0.0
        for x in range(starts[k], starts[k + 1]):
            if f0[x] == 0:
                s += df[ids[x]] - half
        if s > best:
            best = s
            ref = k
    a = starts[ref]
    L = starts[ref + 1] - a
    mapping = np.full((nm, L), -1, dtype=np.int64)
    if L == 0 or n == 0:
        return ref, mapping
    # reference tokens: id, neighbours, occurrence numbers of the four keys
    rid = np.full(V, -1, dtype=np.int64)      # id -> index among the reference's distinct ids
    R = 0
    r_id = np.empty(L, dtype=np.int64)
    r_prev = np.empty(L, dtype=np.int64)
    r_next = np.empty(L, dtype=np.int64)
    r_f0 = np.empty(L, dtype=np.int64)
    r_b0 = np.empty(L, dtype=np.int64)
    r_f1 = np.zeros(L, dtype=np.int64)
    r_f2 = np.zeros(L, dtype=np.int64)
    for p in range(L):
        t = ids[a + p]
        r_id[p] = t
        if rid[t] < 0:
            rid[t] = R
            R += 1
        r_prev[p] = ids[a + p - 1] if p > 0 else SENT
        r_next[p] = ids[a + p + 1] if p < L - 1 else SENT
        r_f0[p] = f0[a + p]
    for p in range(L):
        c = 0
        for q in range(p + 1, L):
            if r_id[q] == r_id[p]:
                c += 1
        r_b0[p] = c
        for q in range(p):
            if r_id[q] == r_id[p] and r_prev[q] == r_prev[p]:
                r_f1[p] += 1
            if r_id[q] == r_id[p] and r_next[q] == r_next[p]:
                r_f2[p] += 1
    # positions of each reference id in each member, in order (CSR over (member, id))
    occ_cnt = np.zeros((nm, R), dtype=np.int64)
    for k in range(nm):
        for x in range(starts[k], starts[k + 1]):
            r = rid[ids[x]]
            if r >= 0:
                occ_cnt[k, r] += 1
    occ_start = np.zeros((nm, R), dtype=np.int64)
    tot = 0
    for k in range(nm):
        for r in range(R):
            occ_start[k, r] = tot
            tot += occ_cnt[k, r]
    lst = np.empty(tot, dtype=np.int64)
    fill = occ_start.copy()
    for k in range(nm):
        for x in range(starts[k], starts[k + 1]):
            r = rid[ids[x]]
            if r >= 0:
                lst[fill[k, r]] = x - starts[k]
                fill[k, r] += 1
    for k in range(nm):
        s0 = starts[k]
        ln = starts[k + 1] - s0
        for p in range(L):
            r = rid[r_id[p]]
            o = occ_start[k, r]
            c = occ_cnt[k, r]
            if c == 0:
                continue
            hit = -1
            # 1: pair with the previous word, numbered; 2: pair with the next word, numbered
            for kind in range(2):
                want = min(r_f1[p], OCC_CAP) if kind == 0 else min(r_f2[p], OCC_CAP)
                nb_ = r_prev[p] if kind == 0 else r_next[p]
                seen = 0
                for j in range(c):
                    y = lst[o + j]
                    if kind == 0:
                        v = ids[s0 + y - 1] if y > 0 else SENT
                    else:
                        v = ids[s0 + y + 1] if y < ln - 1 else SENT
                    if v == nb_:
                        if seen == want:
                            hit = y
                            break
                        seen += 1
                if hit >= 0:
                    break
            if hit < 0:
                # 3: the word numbered from the start
                hit = _nth(lst, o, c, min(r_f0[p], OCC_CAP))
            if hit < 0:
                # 4: the word numbered from the end
                bc = min(r_b0[p], OCC_CAP)
                if bc < OCC_CAP:
                    if c - 1 - bc >= 0:
                        hit = lst[o + c - 1 - bc]
                elif c > OCC_CAP:
                    hit = lst[o]
            mapping[k, p] = hit
    # matches must go forwards in every member: keep a longest increasing run where they cross
    tails = np.empty(L, dtype=np.int64)
    tail_at = np.empty(L, dtype=np.int64)
    back = np.empty(L, dtype=np.int64)
    for k in range(nm):
        run = -1
        crossed = False
        for p in range(L):
            v = mapping[k, p]
            if v >= 0:
                if v <= run:
                    crossed = True
                    break
                run = v
        if not crossed:
            continue
        nt = 0
        for p in range(L):
            v = mapping[k, p]
            if v < 0:
                continue
            lo = 0
            hi = nt
            while lo < hi:                     # bisect_left
                mid = (lo + hi) // 2
                if tails[mid] < v:
                    lo = mid + 1
                else:
                    hi = mid
            tails[lo] = v
            tail_at[lo] = p
            if lo == nt:
                nt += 1
            back[p] = tail_at[lo - 1] if lo > 0 else -1
        keep = np.zeros(L, dtype=np.bool_)
        p = tail_at[nt - 1] if nt > 0 else -1
        while p >= 0:
            keep[p] = True
            p = back[p]
        for p in range(L):
            if not keep[p]:
                mapping[k, p] = -1
    return ref, mapping

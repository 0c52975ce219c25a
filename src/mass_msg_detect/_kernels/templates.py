"""Kernels of template reconstruction (:mod:`mass_msg_detect.templates`).

``word_spans``: where each masked word of a member sits in its prepared, lower-cased text, for
all members at once. The pure-Python twin is :func:`mass_msg_detect.templates._word_spans_ref`.
"""
import numba as nb
import numpy as np

SPACE = 32        # token separator in the joined streams
NEWLINE = 10      # member separator in the joined streams
BRACE = 123       # "{": a placeholder token


@nb.njit(cache=True)
def word_spans(cps, alnum, text_off, stream, mem_tok, ok_in):
    """(starts, ends, ok) of every token of every member.

    Parameters
    ----------
    cps : uint32[T]
        Code points of the members' prepared, lower-cased texts, concatenated.
    alnum : bool[T]
        ``str.isalnum()`` of each code point of ``cps``.
    text_off : int64[n + 1]
        Member i's text is ``cps[text_off[i]:text_off[i + 1]]``.
    stream : uint32[S]
        Code points of the members' masked token streams: tokens joined by one space, members
        joined by one newline (tokens never hold either).
    mem_tok : int64[n + 1]
        Member i's tokens are numbers ``mem_tok[i]:mem_tok[i + 1]`` of all tokens.
    ok_in : bool[n]
        False where the member's spans are not to be searched (its text changed length when
        lower-cased).

    Returns
    -------
    starts, ends : int64[mem_tok[-1]]
        Character span of each word token in its member's text, relative to the text's start,
        searched left to right: the first occurrence at or after the previous word's end that
        is not inside a longer word; -1 for placeholders (tokens starting with ``{``).
    ok : bool[n]
        False where a word was not found, or where letters or digits lie between two
        consecutive words (the spans are then not to be used).
    """
    n = text_off.shape[0] - 1
    nt = mem_tok[n]
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
        for i in range(mem_tok[m], mem_tok[m + 1]):
            t0 = sp
            while sp < stream.shape[0] and stream[sp] != SPACE and stream[sp] != NEWLINE:
                sp += 1
            t1 = sp
            sp += 1              # past the separator
            if not good:
                continue
            if stream[t0] == BRACE:
                prev_word = False
                continue
            tl = t1 - t0
            found = -1
            j = pos
            while j + tl <= L:
                match = True
                for q in range(tl):
                    if cps[a + j + q] != stream[t0 + q]:
                        match = False
                        break
                if match:
                    e = j + tl
                    if (j == 0 or not alnum[a + j - 1]) and (e >= L or not alnum[a + e]):
                        found = j
                        break
                j += 1
            if found < 0:
                good = False
                continue
            if prev_word:
                for q in range(pos, found):
                    if alnum[a + q]:
                        good = False
                        break
                if not good:
                    continue
            starts[i] = found
            ends[i] = found + tl
            pos = found + tl
            prev_word = True
        if mem_tok[m + 1] == mem_tok[m]:
            sp += 1              # an empty member still has its newline
        ok[m] = good
    return starts, ends, ok

"""Entity rules over a message's token arrays: metadata matches, titles, companies, names.

Plain functions over arrays, compiled by numba for the engine and run as Python
(``.py_func``) by the reference tokenizer in :mod:`mass_msg_detect.masking`, so both
sides apply one rule set. Inputs per token: ``typ`` (uint8 token type, 0 = word),
``lex`` (uint16 lexicon bits), ``cap`` (1 when capitalised), ``gap`` (what separates it
from the previous token), ``th`` (uint64 token hash of its lower-cased UTF-8 bytes).
"""
import numba as nb

from .._tables import (
    AMBIG, AT, COMMON, COMPANY, CONNECT, FIRST, FUNC, GAP_PUNCT, GREET, MOD,
    MONTH, MONTH_W, NAME, NUM, PHONE, PLURAL, ROLE, STRONG, SUFFIX, TITLE, WEEKDAY, WEEKDAY_W, WORD,
)

_TITLE_WORD = ROLE | MOD | FUNC
NEEDS_CAP = 0x80


@nb.njit(cache=True, _nrt=False)
def apply_meta(typ, th, cap, n, meta_hash, seq_start, seq_len, seq_type, lo, hi):
    """Mark the longest metadata phrase (sequences ``lo..hi``) that starts at each word.

    ``seq_type`` is the placeholder type, plus ``NEEDS_CAP`` for a one-word phrase that is
    also a common word (a recipient called "Will"): it matches only when capitalised.
    """
    i = 0
    while i < n:
        best_len = 0
        best_type = 0
        if typ[i] == WORD:
            for s in range(lo, hi):
                L = seq_len[s]
                if L <= best_len or L == 0 or i + L > n:
                    continue
                if (seq_type[s] & NEEDS_CAP) and not cap[i]:
                    continue
                ok = True
                for k in range(L):
                    if typ[i + k] != WORD or th[i + k] != meta_hash[seq_start[s] + k]:
                        ok = False
                        break
                if ok:
                    best_len = L
                    best_type = seq_type[s] & 0x7F
        if best_len > 0:
            for k in range(best_len):
                typ[i + k] = best_type
            i += best_len
        else:
            i += 1


@nb.njit(cache=True, _nrt=False)
def apply_rules(typ, lex, cap, gap, n, caseless, strict_titles):
    """Dates, titles, companies, names and phone numbers from lexicon bits and capitalisation.

    ``strict_titles`` (the streams template reconstruction reads): a title's first word must
    be capitalised, unless the text has no case ("a fellow member of", "a specialist
    executive search practice" are the sender's words, written alike by every member)."""
    # Each rule below starts only at a word with certain lexicon bits (or at a number); a rule
    # whose bits no token has is skipped, which changes nothing.
    bits = 0
    numbers = False
    for i in range(n):
        bits |= lex[i]
        numbers |= typ[i] == NUM or typ[i] == PHONE
    # a capitalised plural of a role word ("Data Scientists") is a role word here, in titles
    # of two or more words (below)
    if bits & PLURAL:
        for i in range(n):
            if (lex[i] & PLURAL) and (cap[i] or caseless) and not (lex[i] & ROLE):
                lex[i] |= ROLE
                bits |= ROLE
    # Weekdays and months, capitalised; the ambiguous ones ("may", "march") only next to a number.
    for i in range(n if bits & (WEEKDAY_W | MONTH_W) else 0):
        if typ[i] != WORD or not (cap[i] or caseless):
            continue
        if lex[i] & (WEEKDAY_W | MONTH_W):
            if lex[i] & AMBIG:
                near = (i > 0 and typ[i - 1] == NUM) or (i + 1 < n and typ[i + 1] == NUM)
                if not near:
                    continue
            typ[i] = WEEKDAY if lex[i] & WEEKDAY_W else MONTH
    # Titles: a run of title words (joined by "of"/"and"/"&"/"/") holding a role word.
    i = 0 if bits & _TITLE_WORD else n
    while i < n:
        if typ[i] != WORD or not (lex[i] & _TITLE_WORD):
            i += 1
            continue
        j = i + 1
        while j < n and typ[j] == WORD and gap[j] < GAP_PUNCT:
            if lex[j] & _TITLE_WORD:
                j += 1
            elif (lex[j] & CONNECT) and j + 1 < n and typ[j + 1] == WORD and gap[j + 1] < GAP_PUNCT \
                    and (lex[j + 1] & _TITLE_WORD):
                j += 2
            else:
                break
        # lower-case words before a capitalised one, with no connector between, are the
        # sentence's: "I coach Associate Data Scientists", "our senior Sales Manager"
        # ("head of Sales" stays whole); so are they before a literal {TITLE}, which such a
        # title became ("our senior {TITLE}": masking what masking wrote changes nothing)
        if not caseless and not cap[i]:
            k = i
            while k < j and not cap[k] and not (lex[k] & CONNECT):
                k += 1
            if i < k < j and cap[k]:
                i = k
            elif k == j and j < n and typ[j] == TITLE and gap[j] < GAP_PUNCT:
                i = j
        # a lower-case word right after the last role word (no connector between) begins the
        # text after the title: "a Chief People Officer search", "an executive search
        # practice"; "VP Sales" and "Director of product marketing" stay whole
        if not caseless:
            last_role = -1
            for k in range(i, j):
                if lex[k] & ROLE:
                    last_role = k
            if last_role >= 0:
                joined = False       # after a connector ("of"): the words of a function
                phrase_cap = False   # whether that function phrase began capitalised
                first = False
                for k in range(last_role + 1, j):
                    if lex[k] & CONNECT:
                        joined = True
                        first = True
                        continue
                    if first:
                        phrase_cap = cap[k]
                        first = False
                    elif (not joined or phrase_cap) and not cap[k]:
                        # (capitalised "VP of Finance", then "search": the title has ended)
                        j = k
                        break
        has_role = False
        singular = False
        words = 0
        for k in range(i, j):
            if lex[k] & ROLE:
                has_role = True
                singular |= not (lex[k] & PLURAL)
            if lex[k] & _TITLE_WORD:
                words += 1
        if has_role and (words >= 2 or (singular and ((lex[i] & STRONG) or (cap[i] and not caseless)))) \
                and (cap[i] or caseless or not strict_titles):
            for k in range(i, j):
                typ[k] = TITLE
        i = j
    # Companies (a): capitalised words ending in a company suffix, "Acme Robotics Inc".
    for i in range(1, n if bits & SUFFIX else 1):
        if typ[i] != WORD or not (lex[i] & SUFFIX) or not (cap[i] or caseless) or gap[i] >= GAP_PUNCT:
            continue
        if typ[i - 1] == COMPANY:
            # a second suffix ends the company before it: "Robotics Inc LLC" is one name
            # (though "inc" alone is a common word), as "{COMPANY} LLC" is
            typ[i] = COMPANY
            continue
        k = i - 1
        while k >= 0 and i - k <= 3 and gap[k + 1] < GAP_PUNCT:
            if not ((typ[k] == WORD or typ[k] == COMPANY) and (cap[k] or caseless)
                    and not (lex[k] & (COMMON | GREET))):
                break
            k -= 1
        if k < i - 1:
            for m in range(k + 1, i + 1):
                typ[m] = COMPANY
    # Companies (b): capitalised words right after "at", "the VP of Sales at Initech".
    for i in range(n - 1 if bits & AT else 0):
        if typ[i] != WORD or not (lex[i] & AT):
            continue
        j = i + 1
        while j < n and j - i <= 3 and typ[j] == WORD and (cap[j] or caseless) and gap[j] < GAP_PUNCT \
                and (not (lex[j] & (COMMON | GREET)) or (j > i + 1 and (lex[j] & SUFFIX))):
            typ[j] = COMPANY
            j += 1
    # Names (a): the capitalised word after a greeting, and one more capitalised word (a surname).
    # Names (b): a capitalised given name from the lexicon, and one surname after it.
    for i in range(n if bits & (GREET | FIRST) else 0):
        start = -1
        if typ[i] == WORD and (lex[i] & GREET) and i + 1 < n:
            j = i + 1
            if typ[j] == WORD and (cap[j] or caseless) and gap[j] < GAP_PUNCT and not (lex[j] & (COMMON | GREET)):
                start = j
        elif typ[i] == WORD and (lex[i] & FIRST) and (cap[i] or caseless):
            start = i
        if start < 0:
            continue
        typ[start] = NAME
        j = start + 1
        if j < n and typ[j] == WORD and (cap[j] or caseless) and gap[j] < GAP_PUNCT \
                and not (lex[j] & (COMMON | GREET | SUFFIX | ROLE)):
            typ[j] = NAME
    # Numbers next to a phone number, or three numbers in a row, are one: "+1 (415) 555-0100".
    i = 0 if numbers else n
    while i < n:
        if typ[i] != NUM and typ[i] != PHONE:
            i += 1
            continue
        j = i
        phone = False
        while j < n and (typ[j] == NUM or typ[j] == PHONE) and (j == i or gap[j] < GAP_PUNCT):
            if typ[j] == PHONE:
                phone = True
            j += 1
        if phone or j - i >= 3:
            for k in range(i, j):
                typ[k] = PHONE
        i = j


@nb.njit(cache=True, _nrt=False)
def is_caseless(typ, cap, has_lower, n):
    """A message written all in one case (all lower or all upper): capitalisation says nothing.

    Capitalised words and the literal {NAME}, {TITLE}, {COMPANY}, {WEEKDAY}, {MONTH}
    placeholders count as upper case, so masking an already masked text sees the same case
    as the first time ("Monday head senior" is "{WEEKDAY} head senior" both times).
    """
    upper = False
    for i in range(n):
        t = typ[i]
        if (t == WORD and cap[i]) or t == NAME or t == TITLE or t == COMPANY or t == WEEKDAY or t == MONTH:
            upper = True
            break
    return (not upper) or (not has_lower)

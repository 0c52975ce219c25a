"""Index lookups (numba): bucket runs in sorted band columns, verified on the signatures."""
import numba as nb
import numpy as np

from .lsh import _K1, _mix64, _prefetch, find, union

QUERY_BLOCK = 64
"""Queries per thread-pool task."""


@nb.njit(inline="always", cache=True)
def _dir_slot(key, shift):
    return np.int64(key >> np.uint32(shift)) if shift < 32 else np.int64(0)


SKETCH_BITS = 4
"""Bits of every MinHash value kept in a row's sketch (its low bits): 16 values per uint64,
so a 128-value signature's sketch is one 64-byte cache line instead of eight."""
_NIBBLE_LOW = np.uint64(0x1111111111111111)
_BYTE_LOW = np.uint64(0x0F0F0F0F0F0F0F0F)
_BYTE_SUM = np.uint64(0x0101010101010101)


def sketch_words(num_perm: int) -> int:
    """uint64 words in the sketch of a ``num_perm``-value signature."""
    return (num_perm + 15) // 16


def sketch_reference(sig: np.ndarray) -> np.ndarray:
    """Slow reference of :func:`sketch`: value j's low 4 bits at bits ``4 * (j % 16)`` of word
    ``j // 16``; the padding nibbles of the last word are 0."""
    n, P = sig.shape
    out = np.zeros((n, sketch_words(P)), dtype=np.uint64)
    for i in range(n):
        for j in range(P):
            out[i, j // 16] |= np.uint64(int(sig[i, j]) & 15) << np.uint64(4 * (j % 16))
    return out


@nb.njit(parallel=True, cache=True)
def sketch(sig):
    """uint64[n, ceil(P / 16)]: the low 4 bits of every value of every row, packed (see
    :func:`sketch_reference`). Two rows' sketches agree wherever their signatures do, so the
    agreeing nibbles bound the equal values from above (:func:`_sketch_equal_at`)."""
    n, P = sig.shape
    W = (P + 15) // 16
    out = np.zeros((n, W), dtype=np.uint64)
    for i in nb.prange(n):
        for j in range(P):
            out[i, j // 16] |= np.uint64(sig[i, j] & np.uint32(15)) << np.uint64(4 * (j % 16))
    return out


@nb.njit(inline="always", cache=True)
def _equal_at(qrow, S, r):
    """Equal values of ``qrow`` and row ``r`` of ``S`` (indexed in place: no view)."""
    eq = 0
    for k in range(qrow.shape[0]):
        if qrow[k] == S[r, k]:
            eq += 1
    return eq


@nb.njit(inline="always", cache=True)
def _sketch_equal_at(qsk, SK, r):
    """Nibbles that agree between the sketch ``qsk`` and row ``r`` of ``SK`` (padding
    included): at least the number of equal signature values, so fewer than ``min_equal``
    (plus the padding) rejects a candidate without reading its signature."""
    differ = 0
    for w in range(qsk.shape[0]):
        x = qsk[w] ^ SK[r, w]
        x |= x >> np.uint64(1)
        x |= x >> np.uint64(2)
        x &= _NIBBLE_LOW                      # one bit per differing nibble
        x = (x + (x >> np.uint64(4))) & _BYTE_LOW
        differ += np.int64((x * _BYTE_SUM) >> np.uint64(56))
    return 16 * qsk.shape[0] - differ


def lookup_reference(qsig, qkeys, qok, sigs, keys, orders, bases, min_equal, run_cap, cap, skip=None):
    """Slow Python reference of :func:`lookup`: a list per query of (global row, equal) pairs."""
    out = []
    for q in range(qsig.shape[0]):
        res = []
        if not qok[q]:
            out.append(res)
            continue
        seen = set()
        examined = 0
        for b in range(qkeys.shape[1]):
            if examined >= cap:
                break
            # the bucket across segments, earliest rows first
            bucket = []
            for s in range(len(sigs)):
                col = keys[s][b]
                bucket += [int(bases[s]) + int(r) for r, k in zip(orders[s][b], col) if k == qkeys[q, b]]
            bucket.sort()
            row_of = {}
            for s in range(len(sigs)):
                for r in range(sigs[s].shape[0]):
                    row_of[int(bases[s]) + r] = sigs[s][r]
            for g in bucket[:run_cap]:
                if examined >= cap:
                    break
                if g in seen or (skip is not None and g == skip[q]):
                    continue
                seen.add(g)
                examined += 1
                eq = int((qsig[q] == row_of[g]).sum())
                if eq >= min_equal:
                    res.append((g, eq))
        out.append(res)
    return out


@nb.njit(cache=True)
def union_edges(parent, u, v):
    """Join ``u[k]`` and ``v[k]`` for every k (the smaller row becomes the root), then point
    every row straight at its root."""
    for k in range(u.shape[0]):
        union(parent, u[k], v[k])
    for i in range(parent.shape[0]):
        parent[i] = find(parent, i)
    return parent


@nb.njit(inline="always", cache=True)
def _band_key(row, bnd, rows):
    """The high 32 bits of the 64-bit band key of ``lsh.band_keys`` (what segments store)."""
    h = np.uint64(bnd + 1) * _K1
    for j in range(bnd * rows, bnd * rows + rows):
        h = _mix64(h ^ (np.uint64(row[j]) + _K1))
    return np.uint32(h >> np.uint64(32))


@nb.njit(inline="always", cache=True)
def _sketch_row(qrow, out):
    """The sketch of one signature row (see :func:`sketch`) into ``out``."""
    for w in range(out.shape[0]):
        out[w] = 0
    for j in range(qrow.shape[0]):
        out[j // 16] |= np.uint64(qrow[j] & np.uint32(15)) << np.uint64(4 * (j % 16))


GROUP = 8
"""Queries whose lookups run interleaved, phase by phase (see :func:`_collect_group`)."""


@nb.njit(cache=True)
def _scratch(group, cap, num_perm, bands, nseg):
    """Per-thread buffers of :func:`_collect_group` for ``group`` queries: a hash set of rows,
    and per query the candidates (segment, row, sketch agreement) and their count, the
    query's sketch, its band keys, where each bucket starts in every segment, and the
    verified matches (rows, equal values, sender hashes) and their count."""
    size = 16
    while size < 2 * cap:
        size *= 2
    return (np.empty(size, np.int64), np.empty((group, 3, cap), np.int64), np.zeros(group, np.int64),
            np.empty((group, (num_perm + 15) // 16), np.uint64), np.empty((group, bands), np.uint32),
            np.empty((group, max(nseg, 1), bands), np.int64), np.empty((group, cap), np.int64),
            np.empty((group, cap), np.int32), np.empty((group, cap), np.uint64), np.zeros(group, np.int64))


@nb.njit(cache=True)
def _collect_group(qidx, g, qsig, skip, rows, sigs, sks, buckets, dirs, shifts, senders, bases, camp, min_equal,
                   run_cap, cap, scr):
    """Verified neighbours of the signature rows ``qidx[:g]``: for slot j, ``found[j]``
    matches in ``rows_buf[j]`` (global rows), ``eq_buf[j]`` (equal values) and ``sh_buf[j]``
    (sender hashes), in the order they were examined (``scr``: see :func:`_scratch`).

    Band keys are computed from the signature. In every band, the bucket's members are read
    earliest first across the segments (they are in row order): at most ``run_cap`` per
    bucket and ``cap`` distinct in all, so the answer does not depend on how the rows are
    split into segments. Row ``skip[q]`` (the query's own indexed copy, or -1) is never
    returned. A candidate whose sketch (``sks``, one cache line a row) agrees with the
    query's in fewer than ``min_equal`` places cannot reach ``min_equal`` equal values and
    is rejected without reading its signature: the answer is exactly that of comparing
    every candidate's signature.

    A bucket is found through its column's directory: ``dirs[s][b, p]`` is the first
    position whose key has the top bits ``p`` (``key >> shifts[s]``), so one cache miss and
    a short scan replace a binary search over the column. Arrays are indexed in place
    (``C[b, t]``), never sliced, and a repeated candidate is recorded without a branch.

    Almost every step reads memory no cache holds (the index is far larger), so the work
    runs in phases over the whole group: each phase requests (prefetches) what the next
    one reads, for all queries of the group, and those waits overlap instead of following
    one another."""
    table, cand, ncand, qsk, keys, starts, rows_buf, eq_buf, sh_buf, found = scr
    bands = buckets[0].shape[0]
    nseg = len(sigs)
    P = qsig.shape[1]
    W = qsk.shape[1]
    mask = table.shape[0] - 1
    # band keys; directory slots requested
    for j in range(g):
        qrow = qsig[qidx[j]]
        for b in range(bands):
            keys[j, b] = _band_key(qrow, b, rows)
        for s in range(nseg):
            D = dirs[s]
            for b in range(bands):
                _prefetch(D, b * D.shape[1] + _dir_slot(keys[j, b], shifts[s]))
    # directory read; the first line of every bucket requested
    for j in range(g):
        for s in range(nseg):
            D = dirs[s]
            C = buckets[s]
            for b in range(bands):
                p = _dir_slot(keys[j, b], shifts[s])
                lo = np.int64(D[b, p])
                starts[j, s, b] = lo
                if lo < C.shape[1]:
                    _prefetch(C, b * C.shape[1] + lo)
    for j in range(g):
        for s in range(nseg):
            D = dirs[s]
            C = buckets[s]
            for b in range(bands):
                p = _dir_slot(keys[j, b], shifts[s])
                t = starts[j, s, b]
                hi = np.int64(D[b, p + 1])
                target = np.uint64(keys[j, b]) << np.uint64(32)
                while t < hi and C[b, t] < target:
                    t += 1
                starts[j, s, b] = t
    # the bucket walk: candidates in order, each one's sketch requested
    for j in range(g):
        own = skip[qidx[j]]
        for i in range(table.shape[0]):
            table[i] = -1
        examined = 0
        for b in range(bands):
            if examined >= cap:
                break
            key = keys[j, b]
            taken = 0
            for s in range(nseg):
                C = buckets[s]
                SK = sks[s]
                n_col = C.shape[1]
                t = starts[j, s, b]
                while t < n_col and np.uint32(C[b, t] >> np.uint64(32)) == key and taken < run_cap \
                        and examined < cap:
                    r = np.int64(C[b, t] & np.uint64(0xFFFFFFFF))
                    gr = bases[s] + r
                    t += 1
                    taken += 1
                    h = (gr * 0x9E3779B1) & mask
                    while table[h] != -1 and table[h] != gr:
                        h = (h + 1) & mask
                    new = table[h] == -1
                    table[h] = gr
                    cand[j, 0, examined] = s
                    cand[j, 1, examined] = r
                    _prefetch(SK, r * W)
                    examined += np.int64(new & (gr != own))
        ncand[j] = examined
    # sketches compared; the survivors' signatures, senders and campaigns requested
    min_sk = min_equal + 16 * W - P
    for j in range(g):
        _sketch_row(qsig[qidx[j]], qsk[j])
        for i in range(ncand[j]):
            s = cand[j, 0, i]
            r = cand[j, 1, i]
            a = _sketch_equal_at(qsk[j], sks[s], r)
            cand[j, 2, i] = a
            if a >= min_sk:
                for x in range(0, P, 16):
                    _prefetch(sigs[s], r * P + x)
                _prefetch(senders[s], r)
                if bases[s] + r < camp.shape[0]:
                    _prefetch(camp, bases[s] + r)
    # signatures compared
    for j in range(g):
        qrow = qsig[qidx[j]]
        n = 0
        for i in range(ncand[j]):
            if cand[j, 2, i] < min_sk:
                continue
            s = cand[j, 0, i]
            r = cand[j, 1, i]
            eq = _equal_at(qrow, sigs[s], r)
            if eq >= min_equal:
                rows_buf[j, n] = bases[s] + r
                eq_buf[j, n] = eq
                sh_buf[j, n] = senders[s][r]
                n += 1
        found[j] = n


@nb.njit(parallel=True, cache=True)
def lookup(qsig, qok, skip, rows, sigs, sks, buckets, dirs, shifts, senders, bases, min_equal, run_cap, cap,
           out_rows, out_eq, out_n):
    """For every query row with ``qok``: the indexed rows sharing a band key with it, verified
    (see :func:`_collect_group`). ``sigs``, ``buckets`` (sorted ``key << 32 | row`` per band,
    with their directories ``dirs`` and ``shifts``, see :func:`_collect_group`) and
    ``senders`` hold one array per segment (tuples), as do ``sks`` (the signatures' sketches,
    see :func:`sketch`), ``bases`` the first global row of each. Writes
    ``out_rows[q, :out_n[q]]`` (global rows) and ``out_eq`` (equal values)."""
    m = qsig.shape[0]
    nblocks = (m + QUERY_BLOCK - 1) // QUERY_BLOCK
    nocamp = np.zeros(1, np.int32)
    for blk in nb.prange(nblocks):
        scr = _scratch(GROUP, cap, qsig.shape[1], buckets[0].shape[0], len(sigs))
        qidx = np.empty(GROUP, np.int64)
        rows_buf, eq_buf, found = scr[6], scr[7], scr[9]
        q = blk * QUERY_BLOCK
        end = min(m, (blk + 1) * QUERY_BLOCK)
        while q < end:
            g = 0
            while q < end and g < GROUP:
                out_n[q] = 0
                if qok[q] and len(sigs) > 0:
                    qidx[g] = q
                    g += 1
                q += 1
            if g == 0:
                continue
            _collect_group(qidx, g, qsig, skip, rows, sigs, sks, buckets, dirs, shifts, senders, bases, nocamp,
                           min_equal, run_cap, cap, scr)
            for j in range(g):
                out_n[qidx[j]] = found[j]
                for i in range(found[j]):
                    out_rows[qidx[j], i] = rows_buf[j, i]
                    out_eq[qidx[j], i] = eq_buf[j, i]


@nb.njit(cache=True)
def _answer(q, rows_buf, eq_buf, sh_buf, found, camp, sh_table,
            matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n):
    """Everything ``Index.query_many`` reports about query ``q`` from its ``found`` verified
    matches: the best ones, their distinct senders and the best campaign."""
    matches[q] = found
    # the best max_nb by (similarity desc, row asc)
    max_nb = nb_rows.shape[1]
    k = 0
    for i in range(found):
        g = rows_buf[i]
        e = eq_buf[i]
        if k < max_nb:
            pos = k
            k += 1
        elif e > nb_eq[q, max_nb - 1] or (e == nb_eq[q, max_nb - 1] and g < nb_rows[q, max_nb - 1]):
            pos = max_nb - 1
        else:
            continue
        while pos > 0 and (nb_eq[q, pos - 1] < e or (nb_eq[q, pos - 1] == e and nb_rows[q, pos - 1] > g)):
            nb_eq[q, pos] = nb_eq[q, pos - 1]
            nb_rows[q, pos] = nb_rows[q, pos - 1]
            pos -= 1
        nb_eq[q, pos] = e
        nb_rows[q, pos] = g
    nb_n[q] = k
    best_eq[q] = nb_eq[q, 0] if k else 0
    # the campaign of the best match that is in one (ties: earliest row)
    bc = -1
    be = -1
    bg = np.int64(-1)
    for i in range(found):
        c = camp[rows_buf[i]]
        if c >= 0 and (eq_buf[i] > be or (eq_buf[i] == be and rows_buf[i] < bg)):
            bc = c
            be = eq_buf[i]
            bg = rows_buf[i]
    best_camp[q] = bc
    # distinct senders (hash 0: no sender)
    smask = sh_table.shape[0] - 1
    for i in range(sh_table.shape[0]):
        sh_table[i] = 0
    ns = 0
    for i in range(found):
        v = sh_buf[i]
        if v == 0:
            continue
        h = np.int64(v & np.uint64(smask))
        while sh_table[h] != 0 and sh_table[h] != v:
            h = (h + 1) & smask
        if sh_table[h] == 0:
            sh_table[h] = v
            ns += 1
    n_senders[q] = ns


@nb.njit(cache=True)
def _answer_range(i0, i1, qsig, qok, skip, rows, sigs, sks, buckets, dirs, shifts, senders, bases, camp, min_equal,
                  run_cap, cap, matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n):
    scr = _scratch(GROUP, cap, qsig.shape[1], buckets[0].shape[0], len(sigs))
    rows_buf, eq_buf, sh_buf, found = scr[6], scr[7], scr[8], scr[9]
    sh_table = np.empty(scr[0].shape[0], dtype=np.uint64)
    qidx = np.empty(GROUP, np.int64)
    q = i0
    while q < i1:
        g = 0
        while q < i1 and g < GROUP:
            if qok[q]:
                qidx[g] = q
                g += 1
            else:
                matches[q] = 0
                best_eq[q] = 0
                n_senders[q] = 0
                best_camp[q] = -1
                nb_n[q] = 0
            q += 1
        if g == 0:
            continue
        _collect_group(qidx, g, qsig, skip, rows, sigs, sks, buckets, dirs, shifts, senders, bases, camp,
                       min_equal, run_cap, cap, scr)
        for j in range(g):
            _answer(qidx[j], rows_buf[j], eq_buf[j], sh_buf[j], found[j], camp, sh_table,
                    matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n)


@nb.njit(parallel=True, cache=True)
def answer_parallel(qsig, qok, skip, rows, sigs, sks, buckets, dirs, shifts, senders, bases, camp, min_equal, run_cap,
                    cap, matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n):
    """:func:`answer` over blocks of queries on all threads."""
    m = qsig.shape[0]
    nblocks = (m + QUERY_BLOCK - 1) // QUERY_BLOCK
    for blk in nb.prange(nblocks):
        _answer_range(blk * QUERY_BLOCK, min(m, (blk + 1) * QUERY_BLOCK), qsig, qok, skip, rows, sigs, sks, buckets,
                      dirs, shifts, senders, bases, camp, min_equal, run_cap, cap,
                      matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n)


@nb.njit(cache=True)
def answer(qsig, qok, skip, rows, sigs, sks, buckets, dirs, shifts, senders, bases, camp, min_equal, run_cap, cap,
           matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n):
    """Per query row with ``qok``: verified matches in the segments (``sigs``, ``sks``, ``buckets``,
    ``dirs``, ``senders``: one array per segment, see :func:`lookup`; ``bases``: first global row of each;
    ``camp``: campaign slot of every global row or -1). Band keys are computed here from the
    signature. Outputs: ``matches`` (count), ``best_eq`` (equal values of the best match),
    ``n_senders`` (distinct sender hashes among the matches), ``best_camp`` (campaign of
    the best match in one, or -1), and the best ``nb_rows.shape[1]`` matches in
    ``nb_rows``/``nb_eq`` (``nb_n`` of them), best first, ties by row. Serial: for a few
    queries the thread pool costs more than it saves."""
    _answer_range(0, qsig.shape[0], qsig, qok, skip, rows, sigs, sks, buckets, dirs, shifts, senders, bases, camp,
                  min_equal, run_cap, cap, matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n)

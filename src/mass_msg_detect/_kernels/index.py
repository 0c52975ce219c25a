"""Index lookups (numba): bucket runs in sorted band columns, verified on the signatures."""
import numba as nb
import numpy as np

from .lsh import _K1, _mix64, find, union

QUERY_BLOCK = 64
"""Queries per thread-pool task."""


@nb.njit(inline="always", cache=True)
def _bucket_start(col, dirrow, shift, key):
    """First position of ``key`` (or where it would be) in a sorted band column of
    ``key << 32 | row`` entries, found through the column's directory: ``dirrow[p]`` is the
    first position whose key has the top bits ``p`` (``key >> shift``), so one cache miss
    replaces a binary search over the column."""
    p = np.int64(key >> np.uint32(shift)) if shift < 32 else np.int64(0)
    lo = np.int64(dirrow[p])
    hi = np.int64(dirrow[p + 1])
    return lo + np.searchsorted(col[lo:hi], np.uint64(key) << np.uint64(32))


@nb.njit(cache=True, _nrt=False)
def _equal(qrow, srow):
    eq = 0
    for k in range(qrow.shape[0]):
        if qrow[k] == srow[k]:
            eq += 1
    return eq


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


@nb.njit(cache=True)
def _collect(qrow, skip, rows, sigs, buckets, dirs, shifts, senders, bases, min_equal, run_cap, cap,
             table, rows_buf, eq_buf, sh_buf):
    """Verified neighbours of one signature row; returns how many were written to
    ``rows_buf`` (global rows), ``eq_buf`` (equal values) and ``sh_buf`` (sender hashes).

    Band keys are computed from ``qrow``. In every band, the bucket's members are read
    earliest first across the segments (they are in row order): at most ``run_cap`` per
    bucket and ``cap`` distinct in all, so the answer does not depend on how the rows are
    split into segments. Row ``skip`` (the query's own indexed copy, or -1) is never
    returned."""
    bands = buckets[0].shape[0]
    mask = table.shape[0] - 1
    for i in range(table.shape[0]):
        table[i] = -1
    examined = 0
    found = 0
    for b in range(bands):
        if examined >= cap:
            break
        key = _band_key(qrow, b, rows)
        taken = 0
        for s in range(len(sigs)):
            col = buckets[s][b]
            lo = _bucket_start(col, dirs[s][b], shifts[s], key)
            t = lo
            while t < col.shape[0] and np.uint32(col[t] >> np.uint64(32)) == key and taken < run_cap \
                    and examined < cap:
                r = np.int64(col[t] & np.uint64(0xFFFFFFFF))
                g = bases[s] + r
                t += 1
                taken += 1
                h = (g * 0x9E3779B1) & mask
                seen = False
                while table[h] != -1:
                    if table[h] == g:
                        seen = True
                        break
                    h = (h + 1) & mask
                if seen or g == skip:
                    continue
                table[h] = g
                examined += 1
                eq = _equal(qrow, sigs[s][r])
                if eq >= min_equal:
                    rows_buf[found] = g
                    eq_buf[found] = eq
                    sh_buf[found] = senders[s][r]
                    found += 1
    return found


@nb.njit(parallel=True, cache=True)
def lookup(qsig, qok, skip, rows, sigs, buckets, dirs, shifts, senders, bases, min_equal, run_cap, cap,
           out_rows, out_eq, out_n):
    """For every query row with ``qok``: the indexed rows sharing a band key with it, verified
    (see :func:`_collect`). ``sigs``, ``buckets`` (sorted ``key << 32 | row`` per band,
    with their directories ``dirs`` and ``shifts``, see :func:`_bucket_start`) and
    ``senders`` hold one array per segment (tuples), ``bases`` the first global row of each. Writes
    ``out_rows[q, :out_n[q]]`` (global rows) and ``out_eq`` (equal values)."""
    m = qsig.shape[0]
    size = 16
    while size < 2 * cap:
        size *= 2
    nblocks = (m + QUERY_BLOCK - 1) // QUERY_BLOCK
    for blk in nb.prange(nblocks):
        table = np.empty(size, dtype=np.int64)
        sh_buf = np.empty(cap, dtype=np.uint64)
        for q in range(blk * QUERY_BLOCK, min(m, (blk + 1) * QUERY_BLOCK)):
            if not qok[q] or len(sigs) == 0:
                out_n[q] = 0
                continue
            out_n[q] = _collect(qsig[q], skip[q], rows, sigs, buckets, dirs, shifts, senders, bases, min_equal,
                                run_cap, cap, table, out_rows[q], out_eq[q], sh_buf)


@nb.njit(cache=True)
def _answer(q, qsig, skip, rows, sigs, buckets, dirs, shifts, senders, bases, camp, min_equal, run_cap, cap,
            table, sh_table, rows_buf, eq_buf, sh_buf,
            matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n):
    """Everything ``Index.query_many`` reports about query ``q``: its verified matches
    (:func:`_collect`), the best ones, their distinct senders and the best campaign."""
    found = _collect(qsig[q], skip[q], rows, sigs, buckets, dirs, shifts, senders, bases, min_equal, run_cap,
                     cap, table, rows_buf, eq_buf, sh_buf)
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
def _answer_range(i0, i1, qsig, qok, skip, rows, sigs, buckets, dirs, shifts, senders, bases, camp, min_equal,
                  run_cap, cap, matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n):
    size = 16
    while size < 2 * cap:
        size *= 2
    table = np.empty(size, dtype=np.int64)
    sh_table = np.empty(size, dtype=np.uint64)
    rows_buf = np.empty(cap, dtype=np.int64)
    eq_buf = np.empty(cap, dtype=np.int32)
    sh_buf = np.empty(cap, dtype=np.uint64)
    for q in range(i0, i1):
        if not qok[q]:
            matches[q] = 0
            best_eq[q] = 0
            n_senders[q] = 0
            best_camp[q] = -1
            nb_n[q] = 0
            continue
        _answer(q, qsig, skip, rows, sigs, buckets, dirs, shifts, senders, bases, camp, min_equal, run_cap, cap,
                table, sh_table, rows_buf, eq_buf, sh_buf,
                matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n)


@nb.njit(parallel=True, cache=True)
def answer_parallel(qsig, qok, skip, rows, sigs, buckets, dirs, shifts, senders, bases, camp, min_equal, run_cap,
                    cap, matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n):
    """:func:`answer` over blocks of queries on all threads."""
    m = qsig.shape[0]
    nblocks = (m + QUERY_BLOCK - 1) // QUERY_BLOCK
    for blk in nb.prange(nblocks):
        _answer_range(blk * QUERY_BLOCK, min(m, (blk + 1) * QUERY_BLOCK), qsig, qok, skip, rows, sigs, buckets,
                      dirs, shifts, senders, bases, camp, min_equal, run_cap, cap,
                      matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n)


@nb.njit(cache=True)
def answer(qsig, qok, skip, rows, sigs, buckets, dirs, shifts, senders, bases, camp, min_equal, run_cap, cap,
           matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n):
    """Per query row with ``qok``: verified matches in the segments (``sigs``, ``buckets``,
    ``dirs``, ``senders``: one array per segment, see :func:`lookup`; ``bases``: first global row of each;
    ``camp``: campaign slot of every global row or -1). Band keys are computed here from the
    signature. Outputs: ``matches`` (count), ``best_eq`` (equal values of the best match),
    ``n_senders`` (distinct sender hashes among the matches), ``best_camp`` (campaign of
    the best match in one, or -1), and the best ``nb_rows.shape[1]`` matches in
    ``nb_rows``/``nb_eq`` (``nb_n`` of them), best first, ties by row. Serial: for a few
    queries the thread pool costs more than it saves."""
    _answer_range(0, qsig.shape[0], qsig, qok, skip, rows, sigs, buckets, dirs, shifts, senders, bases, camp,
                  min_equal, run_cap, cap, matches, best_eq, n_senders, best_camp, nb_rows, nb_eq, nb_n)

"""Index lookups (numba): bucket runs in sorted band columns, verified on the signatures."""
import numba as nb
import numpy as np

from .lsh import find, union


@nb.njit(cache=True, _nrt=False)
def _equal(qrow, srow):
    eq = 0
    for k in range(qrow.shape[0]):
        if qrow[k] == srow[k]:
            eq += 1
    return eq


@nb.njit(cache=True)
def _lookup_one(q, qsig, qkeys, sigs, keys, orders, bases, min_equal, run_cap, cap,
                table, out_rows, out_eq):
    """Verified neighbours of query ``q``; returns how many were written. Segments are in row
    order, so a bucket's members are read earliest first across all of them."""
    bands = qkeys.shape[1]
    mask = table.shape[0] - 1
    for i in range(table.shape[0]):
        table[i] = -1
    examined = 0
    found = 0
    qrow = qsig[q]
    nseg = len(sigs)
    for b in range(bands):
        if examined >= cap:
            break
        key = qkeys[q, b]
        taken = 0
        for s in range(nseg):
            col = keys[s][b]
            lo = np.searchsorted(col, key)
            t = lo
            while t < col.shape[0] and col[t] == key and taken < run_cap and examined < cap:
                r = np.int64(orders[s][b, t])
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
                if seen:
                    continue
                table[h] = g
                examined += 1
                eq = _equal(qrow, sigs[s][r])
                if eq >= min_equal:
                    out_rows[q, found] = g
                    out_eq[q, found] = eq
                    found += 1
    return found


@nb.njit(parallel=True, cache=True)
def lookup(qsig, qkeys, qok, sigs, keys, orders, bases, min_equal, run_cap, cap,
           out_rows, out_eq, out_n):
    """For every query row with ``qok``: the indexed rows sharing a band key with it (at most
    ``run_cap`` per bucket, ``cap`` distinct in all, earliest rows first), kept when at least
    ``min_equal`` signature values are equal. ``sigs``, ``keys``, ``orders`` hold one array
    per segment (tuples), ``bases`` the first global row of each. Writes
    ``out_rows[q, :out_n[q]]`` (global rows) and ``out_eq`` (equal values)."""
    m = qsig.shape[0]
    size = 16
    while size < 2 * cap:
        size *= 2
    for q in nb.prange(m):
        if not qok[q] or len(sigs) == 0:
            out_n[q] = 0
            continue
        table = np.empty(size, dtype=np.int64)
        out_n[q] = _lookup_one(q, qsig, qkeys, sigs, keys, orders, bases, min_equal, run_cap,
                               cap, table, out_rows, out_eq)


def lookup_reference(qsig, qkeys, qok, sigs, keys, orders, bases, min_equal, run_cap, cap):
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
                if g in seen:
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

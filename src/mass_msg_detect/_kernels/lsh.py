"""LSH band keys, bucket walks with verification, and union-find (numba)."""
import numba as nb
import numpy as np
from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic

_K1 = np.uint64(0x9E3779B97F4A7C15)
_K2 = np.uint64(0xBF58476D1CE4E5B9)
_K3 = np.uint64(0x94D049BB133111EB)


@intrinsic
def _prefetch(typingctx, arr, i):
    """Hint the CPU to fetch the cache line holding ``arr.flat[i]`` (a C-contiguous array):
    no effect on results, the load is not waited for."""
    if not isinstance(arr, types.Array) or not isinstance(i, types.Integer):
        return None

    def codegen(context, builder, signature, args):
        aryty = signature.args[0]
        ary = context.make_array(aryty)(context, builder, args[0])
        idx = context.cast(builder, args[1], signature.args[1], types.intp)
        ptr = builder.gep(ary.data, [idx])
        i8p = builder.bitcast(ptr, ir.IntType(8).as_pointer())
        i32 = ir.IntType(32)
        fnty = ir.FunctionType(ir.VoidType(), [i8p.type, i32, i32, i32])
        fn = cgutils.get_or_insert_function(builder.module, fnty, "llvm.prefetch.p0")
        builder.call(fn, [i8p, i32(0), i32(3), i32(1)])    # read, keep in all levels, data
        return context.get_dummy_value()

    return types.void(arr, i), codegen


@nb.njit(inline="always", cache=True)
def _mix64(z):
    z = (z ^ (z >> np.uint64(30))) * _K2
    z = (z ^ (z >> np.uint64(27))) * _K3
    return z ^ (z >> np.uint64(31))


@nb.njit(parallel=True, cache=True)
def band_keys(sig, rows_idx, bands, rows):
    """uint64[len(rows_idx), bands]: a 64-bit key of each band (``rows`` values) of each chosen row."""
    m = rows_idx.shape[0]
    keys = np.empty((m, bands), dtype=np.uint64)
    for t in nb.prange(m):
        r = sig[rows_idx[t]]
        for bnd in range(bands):
            h = np.uint64(bnd + 1) * _K1
            for j in range(bnd * rows, bnd * rows + rows):
                h = _mix64(h ^ (np.uint64(r[j]) + _K1))
            keys[t, bnd] = h
    return keys


_HI = np.uint64(0xFFFFFFFF00000000)
_LO = np.uint64(0xFFFFFFFF)


@nb.njit(parallel=True, cache=True)
def _band_entries(sig, rows_idx, bands, rows):
    """The entries of :func:`band_columns`, unsorted: each chosen row's band keys are
    computed from its signature read once (rows in parallel chunks)."""
    m = rows_idx.shape[0]
    out = np.empty((bands, m), dtype=np.uint64)
    chunk = 4096
    for c in nb.prange((m + chunk - 1) // chunk):
        for t in range(c * chunk, min(m, (c + 1) * chunk)):
            r = rows_idx[t]
            for bnd in range(bands):
                h = np.uint64(bnd + 1) * _K1
                for j in range(bnd * rows, bnd * rows + rows):
                    h = _mix64(h ^ (np.uint64(sig[r, j]) + _K1))
                out[bnd, t] = (h & _HI) | np.uint64(r)
    return out


def band_columns(sig: np.ndarray, rows_idx: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """uint64[bands, len(rows_idx)]: in every band, each chosen row's bucket (the high 32
    bits of its :func:`band_keys` key) in the high half and the row in the low half, sorted:
    buckets in key order, rows ascending within a bucket.

    The index stores these columns as they are, and clustering walks them (:func:`cluster`):
    one computation and one sort serve both (at 1M messages the key matrix, its bucket copy,
    a row order per band in numba's sort, then the index's own keys and numpy sort took
    about 10 s; this about 0.3 s: numpy's sort of 64-bit integers is many times numba's).
    Two band keys that differ only in their low half share a bucket: one more verified
    pair."""
    out = _band_entries(sig, np.asarray(rows_idx, dtype=np.int64), bands, rows)
    out.sort(axis=1)
    return out


def band_columns_reference(sig, rows_idx, bands, rows):
    """Slow reference of :func:`band_columns` (numpy, from :func:`band_keys`)."""
    rows_idx = np.asarray(rows_idx, dtype=np.int64)
    if rows_idx.size == 0:
        return np.zeros((bands, 0), np.uint64)
    keys = band_keys(sig, rows_idx, bands, rows) >> np.uint64(32)
    out = np.ascontiguousarray((keys << np.uint64(32) | rows_idx.astype(np.uint64)[:, None]).T)
    out.sort(axis=1)
    return out


@nb.njit(inline="always", cache=True)
def find(parent, x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        nxt = parent[x]
        parent[x] = root
        x = nxt
    return root


@nb.njit(inline="always", cache=True)
def union(parent, a, b):
    ra = find(parent, a)
    rb = find(parent, b)
    if ra == rb:
        return ra
    if ra < rb:
        parent[rb] = ra
        return ra
    parent[ra] = rb
    return rb


@nb.njit(inline="always", cache=True)
def similarity(sig, a, b):
    """Estimated Jaccard: the share of equal signature values."""
    num_perm = sig.shape[1]
    eq = 0
    ra = sig[a]
    rb = sig[b]
    for k in range(num_perm):
        if ra[k] == rb[k]:
            eq += 1
    return eq / num_perm


@nb.njit(cache=True)
def cluster(sig, cols, min_equal, min_equal_low):
    """Union-find over verified bucket edges, plus the weaker edges kept for a second pass.

    ``cols``: the sorted band columns of :func:`band_columns`. In every band's buckets each
    member is checked against the bucket's first member (a star) and against the member
    before it, never all pairs. An edge joins two sets when at least ``min_equal`` signature
    values agree; an edge with at least ``min_equal_low`` (but fewer than ``min_equal``) is
    returned as (u, v, equal count). Returns (parent, low_u, low_v, low_eq, checked,
    joined); parent[i] (int64) is the smallest row of i's set.
    """
    n = sig.shape[0]
    num_perm = sig.shape[1]
    if n >= 2**31:
        raise ValueError("cluster: at most 2**31 - 1 rows")
    parent = np.arange(n).astype(np.int32)     # half the cache footprint of int64
    bands, m = cols.shape
    checked = 0
    joined = 0
    cap = 1024
    lu = np.empty(cap, dtype=np.int64)
    lv = np.empty(cap, dtype=np.int64)
    le = np.empty(cap, dtype=np.int64)
    nl = 0
    for bnd in range(bands):
        col = cols[bnd]
        s = 0
        while s < m:
            e = s + 1
            k = col[s] & _HI
            while e < m and (col[e] & _HI) == k:
                e += 1
            if e - s > 1:
                first = np.int64(col[s] & _LO)
                # the members' signatures are requested a few members ahead of their checks
                for t in range(s, min(e, s + 5)):
                    for q in range(0, num_perm, 16):
                        _prefetch(sig, np.int64(col[t] & _LO) * num_perm + q)
                for t in range(s + 1, e):
                    if t + 4 < e:
                        for q in range(0, num_perm, 16):
                            _prefetch(sig, np.int64(col[t + 4] & _LO) * num_perm + q)
                    x = np.int64(col[t] & _LO)
                    for y in (first, np.int64(col[t - 1] & _LO)):
                        if x == y or find(parent, x) == find(parent, y):
                            continue
                        checked += 1
                        eq = 0
                        for j in range(num_perm):
                            if sig[x, j] == sig[y, j]:
                                eq += 1
                        if eq >= min_equal:
                            union(parent, x, y)
                            joined += 1
                        elif eq >= min_equal_low:
                            if nl == cap:
                                cap *= 2
                                lu2 = np.empty(cap, dtype=np.int64)
                                lv2 = np.empty(cap, dtype=np.int64)
                                le2 = np.empty(cap, dtype=np.int64)
                                lu2[:nl] = lu[:nl]
                                lv2[:nl] = lv[:nl]
                                le2[:nl] = le[:nl]
                                lu, lv, le = lu2, lv2, le2
                            lu[nl] = min(x, y)
                            lv[nl] = max(x, y)
                            le[nl] = eq
                            nl += 1
            s = e
    out = np.empty(n, dtype=np.int64)
    for i in range(n):
        out[i] = find(parent, i)
    return out, lu[:nl].copy(), lv[:nl].copy(), le[:nl].copy(), checked, joined


def cluster_reference(sig, rows_idx, bands, rows, min_equal, min_equal_low):
    """Slow Python reference of :func:`cluster` (buckets from :func:`band_keys`, plain
    lists): the same walk, the same (parent, low_u, low_v, low_eq, checked, joined)."""
    n = sig.shape[0]
    parent = list(range(n))

    def root(x):
        while parent[x] != x:
            x = parent[x]
        return x

    rows_idx = [int(r) for r in rows_idx]
    keys = (band_keys(sig, np.asarray(rows_idx, dtype=np.int64), bands, rows) >> np.uint64(32)).tolist() \
        if rows_idx else []
    low, checked, joined = [], 0, 0
    for bnd in range(bands):
        order = sorted(range(len(rows_idx)), key=lambda i: (keys[i][bnd], rows_idx[i]))
        members = [rows_idx[i] for i in order]
        bkeys = [keys[i][bnd] for i in order]
        s = 0
        while s < len(members):
            e = s + 1
            while e < len(members) and bkeys[e] == bkeys[s]:
                e += 1
            for t in range(s + 1, e):
                x = members[t]
                for y in (members[s], members[t - 1]):
                    if x == y or root(x) == root(y):
                        continue
                    checked += 1
                    eq = int((sig[x] == sig[y]).sum())
                    if eq >= min_equal:
                        a, b = root(x), root(y)
                        parent[max(a, b)] = min(a, b)
                        joined += 1
                    elif eq >= min_equal_low:
                        low.append((min(x, y), max(x, y), eq))
            s = e
    return (np.array([root(i) for i in range(n)], dtype=np.int64), np.array([u for u, _, _ in low], dtype=np.int64),
            np.array([v for _, v, _ in low], dtype=np.int64), np.array([q for _, _, q in low], dtype=np.int64),
            checked, joined)


@nb.njit(cache=True)
def attach(parent, lu, lv, min_size):
    """Second pass over the weaker edges (given strongest first): join two sets unless both
    are already campaigns (at least ``min_size`` members), so a loosely similar message or
    small group attaches to its closest campaign but two campaigns never merge."""
    n = parent.shape[0]
    size = np.zeros(n, dtype=np.int64)
    for i in range(n):
        size[parent[i]] += 1
    established = size >= min_size
    joined = 0
    for k in range(lu.shape[0]):
        ra = find(parent, lu[k])
        rb = find(parent, lv[k])
        if ra == rb or (established[ra] and established[rb]):
            continue
        r = union(parent, ra, rb)
        other = rb if r == ra else ra
        size[r] += size[other]
        established[r] = established[r] or established[other] or size[r] >= min_size
        joined += 1
    for i in range(n):
        parent[i] = find(parent, i)
    return parent, joined


@nb.njit(parallel=True, cache=True)
def similarity_to(sig, rows, ref):
    """float32[len(rows)]: estimated Jaccard of each row to row ``ref``."""
    out = np.empty(rows.shape[0], dtype=np.float32)
    for t in nb.prange(rows.shape[0]):
        out[t] = similarity(sig, rows[t], ref)
    return out


@nb.njit(parallel=True, cache=True)
def representatives(sig, members, starts, sample):
    """Medoid of each group (members[starts[g]:starts[g+1]]) among an even sample of at most
    ``sample`` of its members: the sampled member with the highest summed similarity to the
    sample (ties: the earlier member).

    Each pair's similarity is computed once (the matrix is symmetric) and every row's sum is
    then added up in the sample's order, exactly as summing row by row would."""
    g = starts.shape[0] - 1
    out = np.empty(g, dtype=np.int64)
    num_perm = sig.shape[1]
    for k in nb.prange(g):
        s = starts[k]
        e = starts[k + 1]
        size = e - s
        step = max(1, size // sample)
        m = min(sample, (size + step - 1) // step)
        best = members[s]
        best_score = -1.0
        if size > 2:
            sim = np.empty((m, m), dtype=np.float64)
            for i in range(m):
                ri = members[s + i * step]
                sim[i, i] = similarity(sig, ri, ri)
                for j in range(i + 1, m):
                    rj = members[s + j * step]
                    eq = 0
                    for q in range(num_perm):
                        if sig[ri, q] == sig[rj, q]:
                            eq += 1
                    sim[i, j] = eq / num_perm
                    sim[j, i] = sim[i, j]
            for i in range(m):
                score = 0.0
                for j in range(m):
                    score += sim[i, j]
                if score > best_score:
                    best_score = score
                    best = members[s + i * step]
        out[k] = best
    return out


def representatives_reference(sig, members, starts, sample):
    """Slow Python reference of :func:`representatives` (the same float sums, row by row)."""
    out = []
    for k in range(len(starts) - 1):
        s, e = int(starts[k]), int(starts[k + 1])
        size = e - s
        step = max(1, size // sample)
        m = min(sample, (size + step - 1) // step)
        best, best_score = int(members[s]), -1.0
        if size > 2:
            picks = [int(members[s + i * step]) for i in range(m)]
            for r in picks:
                score = 0.0
                for c in picks:
                    score += int((sig[r] == sig[c]).sum()) / sig.shape[1]
                if score > best_score:
                    best_score, best = score, r
        out.append(best)
    return np.array(out, dtype=np.int64)


@nb.njit(parallel=True, cache=True)
def similarity_to_each(sig, rows, refs):
    """float32[len(rows)]: estimated Jaccard of rows[t] to refs[t]."""
    out = np.empty(rows.shape[0], dtype=np.float32)
    for t in nb.prange(rows.shape[0]):
        out[t] = similarity(sig, rows[t], refs[t])
    return out

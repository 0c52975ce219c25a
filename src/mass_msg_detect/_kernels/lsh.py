"""LSH band keys, bucket walks with verification, and union-find (numba)."""
import numba as nb
import numpy as np

_K1 = np.uint64(0x9E3779B97F4A7C15)
_K2 = np.uint64(0xBF58476D1CE4E5B9)
_K3 = np.uint64(0x94D049BB133111EB)


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


@nb.njit(parallel=True, cache=True)
def sort_bands(keys):
    """Row order of every band sorted by key, ties by row: int64[bands, m].

    Buckets are the high 32 bits of the band keys (as in the index's band columns), so a
    key and a row position pack into one uint64 and every band is one plain sort (a stable
    argsort of 64-bit keys took 11.5 s of a 1M-message clustering, this about 1 s). Two
    band keys that differ only in their low half share a bucket: one more verified pair.
    """
    m, bands = keys.shape
    order = np.empty((bands, m), dtype=np.int64)
    hi = np.uint64(0xFFFFFFFF00000000)
    lo = np.uint64(0xFFFFFFFF)
    for bnd in nb.prange(bands):
        packed = np.empty(m, dtype=np.uint64)
        for i in range(m):
            packed[i] = (keys[i, bnd] & hi) | np.uint64(i)
        packed.sort()
        for i in range(m):
            order[bnd, i] = np.int64(packed[i] & lo)
    return order


@nb.njit(parallel=True, cache=True)
def bucket_keys(keys):
    """The bucket of every band key: its high 32 bits (what :func:`sort_bands` sorts by)."""
    out = np.empty_like(keys)
    hi = np.uint64(0xFFFFFFFF00000000)
    for i in nb.prange(keys.shape[0]):
        for b in range(keys.shape[1]):
            out[i, b] = keys[i, b] & hi
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
def cluster(sig, rows_idx, keys, order, min_equal, min_equal_low):
    """Union-find over verified bucket edges, plus the weaker edges kept for a second pass.

    In every band's buckets each member is checked against the bucket's first member
    (a star) and against the member before it, never all pairs. An edge joins two sets
    when at least ``min_equal`` signature values agree; an edge with at least
    ``min_equal_low`` (but fewer than ``min_equal``) is returned as (u, v, equal count).
    Returns (parent, low_u, low_v, low_eq, checked, joined); parent[i] is the smallest row
    of i's set.
    """
    n = sig.shape[0]
    num_perm = sig.shape[1]
    parent = np.arange(n)
    m, bands = keys.shape
    checked = 0
    joined = 0
    cap = 1024
    lu = np.empty(cap, dtype=np.int64)
    lv = np.empty(cap, dtype=np.int64)
    le = np.empty(cap, dtype=np.int64)
    nl = 0
    for bnd in range(bands):
        o = order[bnd]
        s = 0
        while s < m:
            e = s + 1
            k = keys[o[s], bnd]
            while e < m and keys[o[e], bnd] == k:
                e += 1
            if e - s > 1:
                first = rows_idx[o[s]]
                for t in range(s + 1, e):
                    x = rows_idx[o[t]]
                    for y in (first, rows_idx[o[t - 1]]):
                        if x == y or find(parent, x) == find(parent, y):
                            continue
                        checked += 1
                        eq = 0
                        rx = sig[x]
                        ry = sig[y]
                        for j in range(num_perm):
                            if rx[j] == ry[j]:
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
    for i in range(n):
        parent[i] = find(parent, i)
    return parent, lu[:nl].copy(), lv[:nl].copy(), le[:nl].copy(), checked, joined


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
    sample (ties: the earlier member)."""
    g = starts.shape[0] - 1
    out = np.empty(g, dtype=np.int64)
    for k in nb.prange(g):
        s = starts[k]
        e = starts[k + 1]
        size = e - s
        step = max(1, size // sample)
        m = min(sample, (size + step - 1) // step)
        best = members[s]
        best_score = -1.0
        if size > 2:
            for i in range(m):
                r = members[s + i * step]
                score = 0.0
                for j in range(m):
                    score += similarity(sig, r, members[s + j * step])
                if score > best_score:
                    best_score = score
                    best = r
        out[k] = best
    return out


@nb.njit(parallel=True, cache=True)
def similarity_to_each(sig, rows, refs):
    """float32[len(rows)]: estimated Jaccard of rows[t] to refs[t]."""
    out = np.empty(rows.shape[0], dtype=np.float32)
    for t in nb.prange(rows.shape[0]):
        out[t] = similarity(sig, rows[t], refs[t])
    return out

"""LSH parameters for a Jaccard threshold, and the candidate-then-verify clustering step."""
from __future__ import annotations

import functools

import numpy as np

# Verification removes false positives, so missing a true pair costs more than checking a
# false one: the parameter search weighs false negatives 9 to 1.
FALSE_POSITIVE_WEIGHT = 0.1
FALSE_NEGATIVE_WEIGHT = 0.9


def _integral(f, a, b, steps=256):
    x = np.linspace(a, b, steps + 1)
    y = f(x)
    return float(np.sum((y[1:] + y[:-1]) * 0.5 * np.diff(x)))


@functools.lru_cache(maxsize=64)
def optimal_params(threshold: float, num_perm: int,
                   false_positive_weight: float = FALSE_POSITIVE_WEIGHT,
                   false_negative_weight: float = FALSE_NEGATIVE_WEIGHT) -> tuple[int, int]:
    """(bands, rows) with bands * rows <= num_perm minimising the weighted error areas.

    The same search as datasketch's ``MinHashLSH._optimal_param``: the probability that
    a pair of Jaccard s shares a bucket is ``1 - (1 - s**r)**b``; the false-positive area
    is its integral over [0, threshold], the false-negative area that of its complement
    over [threshold, 1].
    """
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"threshold must be between 0 and 1 (exclusive), got {threshold}")
    best = (float("inf"), 1, 1)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = _integral(lambda s: 1 - (1 - s ** r) ** b, 0.0, threshold)
            fn = _integral(lambda s: 1 - (1 - (1 - s ** r) ** b), threshold, 1.0)
            err = fp * false_positive_weight + fn * false_negative_weight
            if err < best[0]:
                best = (err, b, r)
    return best[1], best[2]


MIN_THRESHOLD = 1e-6
"""The smallest threshold: LSH parameters are searched for thresholds to 6 decimals. (With 128
permutations, any threshold up to 1/128 joins messages that share a single MinHash value.)"""

MAX_MIN_SIZE = 2**63 - 1
"""The largest min_size the kernels count to (int64); a larger one is reached by no group either."""


def check_threshold(threshold) -> float:
    """``threshold`` as a float; a ValueError naming it unless ``MIN_THRESHOLD <= threshold < 1``."""
    if isinstance(threshold, (str, bytes, bool)):
        raise ValueError(f"threshold must be a number, got {threshold!r}")
    t = float(threshold)
    if not MIN_THRESHOLD <= t < 1.0:  # NaN too
        raise ValueError(f"threshold must be at least {MIN_THRESHOLD:g} and below 1, got {threshold!r}")
    return t


ATTACH_RATIO = 0.8
"""Weaker edges, at ``ATTACH_RATIO * threshold`` or more, may attach a message or small group
to a campaign (or form one from small groups), but never merge two campaigns."""


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) used for ``threshold``: optimal for the midpoint of the two passes'
    thresholds (measured on the dev corpora: as accurate as tuning them for the lower one,
    with 30% fewer bands)."""
    t = check_threshold(threshold)
    return optimal_params(round((ATTACH_RATIO * t + t) / 2, 6), int(num_perm))


def link(signatures: np.ndarray, eligible: np.ndarray, threshold: float, columns: np.ndarray | None = None):
    """Pass 1 and what pass 2 needs: (parent, low_u, low_v, low_eq, stats).

    ``parent`` joins the messages whose estimated Jaccard is at least ``threshold`` (the
    smallest row of each set); the low edges (between ``ATTACH_RATIO * threshold`` and
    ``threshold``) come strongest first, ties by rows, so replaying them is deterministic.
    ``columns``: the eligible rows' sorted band columns
    (:func:`~mass_msg_detect._kernels.lsh.band_columns`) when the caller already has them
    (the index stores them), else they are computed here.
    """
    from ._kernels.lsh import band_columns, cluster as _cluster

    n, num_perm = signatures.shape
    bands, rows = lsh_params(threshold, num_perm)
    rows_idx = np.flatnonzero(eligible).astype(np.int64)
    min_equal = int(np.ceil(threshold * num_perm - 1e-9))
    min_low = int(np.ceil(ATTACH_RATIO * float(threshold) * num_perm - 1e-9))
    stats = {"bands": bands, "rows": rows, "checked": 0, "joined": 0, "attached": 0}
    z = np.zeros(0, dtype=np.int64)
    if rows_idx.size < 2:
        return np.arange(n, dtype=np.int64), z, z, z, stats
    if columns is None:
        columns = band_columns(signatures, rows_idx, bands, rows)
    elif columns.shape != (bands, rows_idx.size):
        raise ValueError(f"columns has shape {columns.shape}, expected {(bands, rows_idx.size)}")
    parent, lu, lv, le, checked, joined = _cluster(signatures, columns, min_equal, min_low)
    o = np.lexsort((lv, lu, -le))
    stats.update(checked=int(checked), joined=int(joined))
    return parent, lu[o], lv[o], le[o], stats


def cluster(signatures: np.ndarray, eligible: np.ndarray, threshold: float,
            min_size: int = 2, columns: np.ndarray | None = None) -> tuple[np.ndarray, dict]:
    """Labels (int64[n], the smallest row of each message's set) from LSH + verified edges.

    Only ``eligible`` rows are bucketed; the others stay singletons. Pass 1 joins messages
    whose estimated Jaccard is at least ``threshold``. Pass 2 takes the edges between
    ``ATTACH_RATIO * threshold`` and ``threshold``, strongest first, and joins their sets
    unless both already hold ``min_size`` messages: a heavily spun member joins its
    campaign, two campaigns stay apart. Bands and rows: :func:`lsh_params`.
    """
    from ._kernels.lsh import attach

    parent, lu, lv, le, stats = link(signatures, eligible, threshold, columns)
    if lu.size or stats["checked"]:
        parent, attached = attach(parent, lu, lv, min(int(min_size), MAX_MIN_SIZE))
        stats["attached"] = int(attached)
    return parent, stats

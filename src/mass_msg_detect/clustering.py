"""Campaigns: LSH candidates, verified edges, union-find, and the groups big enough to count."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np
import xxhash

from ._util import check_ids
from .config import Config
from .fingerprint import Fingerprints, fingerprint_full
from .lsh import cluster

DEFAULT_CAMPAIGN_CONFIG = Config(shingle="char", n=5)
"""Shingles for campaign detection: character 5-grams of the masked token stream.

Chosen by evaluation on the dev corpora (scripts/quality.py): spun campaigns with typos keep
more shared character 5-grams than shared word n-grams, so they join at a threshold high
enough to keep unrelated messages apart. ``fingerprint()``'s own default stays word bigrams.
"""
DEFAULT_THRESHOLD = 0.5
"""Estimated Jaccard of masked character 5-grams at or above which two messages are near-duplicates."""
DEFAULT_MIN_SIZE = 3
"""Fewest messages that make a campaign."""
MIN_TOKENS = 5
"""Messages with fewer tokens than this after masking are ``too_short`` and never joined.

"Ok", "Thanks!", a bare URL ({URL}) or "I love this song" (4 tokens) are written
independently by many people; with four or fewer tokens nothing tells a template from
coincidence. Five tokens ("Check out this video on YouTube") is the shortest message
joined to others.
"""
STATUSES = ("campaign", "unique", "too_short", "empty")
_REPRESENTATIVE_SAMPLE = 64


@dataclasses.dataclass
class Campaign:
    id: str
    members: np.ndarray          # int64 row indices, ascending
    representative: int          # row index of the medoid of a sample of members

    @property
    def size(self) -> int:
        return int(self.members.shape[0])


@dataclasses.dataclass
class CampaignResult:
    """What :func:`campaigns` found; rows are in input order."""

    labels: list                 # campaign id (str) or None, per row
    similarity: np.ndarray       # float32: similarity to the campaign's representative, NaN when None
    status: np.ndarray           # object array of STATUSES
    campaigns: list              # Campaign, largest first then by id
    config: Config
    threshold: float
    min_size: int
    signatures: np.ndarray
    merge_fields: np.ndarray     # bool: the text held an unfilled merge field
    stats: dict

    def __len__(self) -> int:
        return len(self.labels)


def campaign_id(key: object) -> str:
    """Stable id of a campaign, derived from the id of its smallest member."""
    return "c-" + xxhash.xxh64_hexdigest(str(key).encode("utf-8", "surrogatepass"))[:12]


def _check_threshold(threshold) -> float:
    if threshold is None:
        return DEFAULT_THRESHOLD
    from .lsh import check_threshold

    return check_threshold(threshold)


def _check_min_size(min_size) -> int:
    if min_size is None:
        return DEFAULT_MIN_SIZE
    from .lsh import MAX_MIN_SIZE

    if (isinstance(min_size, bool) or not isinstance(min_size, (int, float, np.integer, np.floating))
            or min_size != min_size or min_size in (float("inf"), float("-inf")) or int(min_size) != min_size
            or not 2 <= min_size <= MAX_MIN_SIZE):
        raise ValueError(f"min_size must be an integer from 2 to {MAX_MIN_SIZE}, got {min_size!r}")
    return int(min_size)


def find_campaigns(fp: Fingerprints, *, ids: Sequence | None = None, config: Config | None = None,
                   threshold: float | None = None, min_size: int | None = None) -> CampaignResult:
    """Campaigns from precomputed fingerprints (the stage after :func:`fingerprint_full`)."""
    from ._kernels.lsh import similarity_to_each
    from .minhash import is_empty

    config = config or DEFAULT_CAMPAIGN_CONFIG
    threshold = _check_threshold(threshold)
    min_size = _check_min_size(min_size)
    sig = fp.signatures
    n = sig.shape[0]
    if ids is not None:
        ids = check_ids(ids, n)
    empty = is_empty(sig) if n else np.zeros(0, dtype=bool)
    short = (fp.tokens < MIN_TOKENS) & ~empty
    eligible = ~(empty | short)
    parent, stats = cluster(sig, eligible, threshold, min_size)
    status = np.full(n, "unique", dtype=object)
    status[empty] = "empty"
    status[short] = "too_short"
    labels: list = [None] * n
    similarity = np.full(n, np.nan, dtype=np.float32)
    roots, counts = np.unique(parent, return_counts=True) if n else (np.zeros(0, np.int64), np.zeros(0, np.int64))
    big = roots[counts >= min_size]
    camps = []
    if big.size:
        from ._kernels.lsh import representatives

        order = np.argsort(parent, kind="stable")
        sorted_parent = parent[order]
        starts = np.searchsorted(sorted_parent, big, side="left")
        ends = np.searchsorted(sorted_parent, big, side="right")
        members = np.concatenate([order[s:e] for s, e in zip(starts.tolist(), ends.tolist())])
        bounds = np.zeros(big.size + 1, dtype=np.int64)
        np.cumsum(ends - starts, out=bounds[1:])
        reps = representatives(sig, members, bounds, _REPRESENTATIVE_SAMPLE)
        rep_of = np.repeat(reps, ends - starts)
        similarity[members] = similarity_to_each(sig, members, rep_of)
        status[members] = "campaign"
        for k, root in enumerate(big.tolist()):
            mem = members[bounds[k]:bounds[k + 1]]
            cid = campaign_id(ids[root] if ids is not None else root)
            for m in mem.tolist():
                labels[m] = cid
            camps.append(Campaign(cid, mem, int(reps[k])))
    camps.sort(key=lambda c: (-c.size, c.id))
    stats = dict(stats, messages=n, empty=int(empty.sum()), too_short=int(short.sum()),
                 campaigns=len(camps), in_campaigns=int(sum(c.size for c in camps)))
    return CampaignResult(labels, similarity, status, camps, config, threshold, min_size, sig,
                          fp.merge_fields, stats)


def campaigns(texts: Sequence[str], *, metadata: Sequence[Mapping] | None = None,
              config: Config | None = None, threshold: float | None = None,
              min_size: int | None = None, ids: Sequence | None = None) -> CampaignResult:
    """Campaign of every text: the library face of ``mmd campaigns``.

    Parameters
    ----------
    texts : sequence of str
    metadata : optional sequence of mappings with recipient_name / recipient_title / recipient_company
    config : :class:`Config` (default :data:`DEFAULT_CAMPAIGN_CONFIG`, character 5-grams)
    threshold : estimated Jaccard at or above which two messages join (default 0.5)
    min_size : fewest messages in a campaign (default 3)
    ids : optional record ids; a campaign's id derives from its smallest member's id
        (its row number when ids are not given)

    Returns
    -------
    :class:`CampaignResult`: ``labels[i]`` is the campaign id of text i or None.
    """
    config = config or DEFAULT_CAMPAIGN_CONFIG
    threshold, min_size = _check_threshold(threshold), _check_min_size(min_size)    # (before the work)
    fp = fingerprint_full(texts, metadata=metadata, config=config)
    return find_campaigns(fp, ids=ids, config=config, threshold=threshold, min_size=min_size)

"""Small helpers shared by the modules."""
from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def gc_paused():
    """Python's cyclic garbage collector off for the block (and back on after, if it was).

    Template reconstruction, the campaign summary and indexing allocate many small objects,
    which triggers full collections, and each one walks every container the caller holds:
    with 100k parsed records in memory that was a third of reconstruction and ~0.7 s of
    ``mmd campaigns --summary`` on 100k messages, growing with size. These blocks create
    little cyclic garbage; what they do create is collected by a later full collection."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            # the block's survivors go straight to the oldest generation (freeze, then unfreeze:
            # no walk over them), else the first allocation after enabling starts a collection
            # of the youngest generation holding them all (0.3 s after a 100k summary)
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def check_ids(ids, n: int) -> list:
    """``ids`` as a list of ``n`` record ids: a single string is a TypeError; a wrong count, a
    missing id (None) or one that repeats another after ``str()`` is a ValueError naming it
    (campaign ids derive from them, so two campaigns would share one)."""
    if isinstance(ids, (str, bytes)):
        raise TypeError("ids must be a sequence of ids, not a single " + type(ids).__name__)
    ids = list(ids)
    if len(ids) != n:
        raise ValueError(f"ids has {len(ids)} entries but there are {n} texts")
    if None in ids or len(set(map(str, ids))) != len(ids):    # else find the first culprit
        seen: dict = {}
        for i, rid in enumerate(ids):
            if rid is None:
                raise ValueError(f"ids[{i}] is missing (None)")
            if str(rid) in seen:
                raise ValueError(f"ids[{i}] repeats id {str(rid)!r} (first at {seen[str(rid)]})")
            seen[str(rid)] = i
    return ids

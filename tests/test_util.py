import gc
import weakref

import pytest

from mass_msg_detect._util import gc_paused


class _Node:
    pass


@pytest.fixture
def gc_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_gc_paused_restores_state(gc_on):
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()      # it was off: it stays off
    finally:
        gc.enable()
    with pytest.raises(KeyError):
        with gc_paused():
            raise KeyError("x")
    assert gc.isenabled()


def test_gc_paused_leaves_no_young_generation_to_walk(gc_on):
    # what the block made goes to the oldest generation: left in the youngest, all of it would
    # be walked by the next collection (the first allocation after the block starts one)
    gc.collect()
    with gc_paused():
        kept = [[i] for i in range(20000)]
        assert gc.get_count()[0] > 10000
    young = {id(o) for g in (0, 1) for o in gc.get_objects(generation=g)}
    assert not any(id(d) in young for d in kept)
    assert len(kept) == 20000


def test_gc_paused_cyclic_garbage_is_still_collected(gc_on):
    with gc_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        ref = weakref.ref(a)
        del a, b
    assert ref() is not None          # a cycle: only the collector frees it
    gc.collect()
    assert ref() is None

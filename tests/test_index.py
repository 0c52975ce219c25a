"""The persistent index: format round trip, equality with the in-memory pipeline, incremental
adds, faults (SIGKILL, corruption, truncation, locks), concurrent readers, remove and prune."""
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mass_msg_detect as mmd
from mass_msg_detect.config import Config
from mass_msg_detect.errors import ConfigMismatchError, IndexFormatError, IndexLockedError, IndexVersionError
from mass_msg_detect.index import Container, Index, _Lock, parse_time, write_container

ROOT = Path(__file__).resolve().parents[1]
META = ("recipient_name", "recipient_title", "recipient_company")


def _fixture():
    recs = [json.loads(x) for x in (ROOT / "fixtures" / "linkedin_dev_2k.jsonl").read_text().splitlines()]
    return {"texts": [r["text"] for r in recs], "ids": [r["id"] for r in recs],
            "metadata": [{k: r.get(k) for k in META} for r in recs],
            "senders": [r.get("sender") for r in recs], "sent_at": [r.get("sent_at") for r in recs]}


FIX = _fixture()


def _part(a, b):
    return {k: v[a:b] for k, v in FIX.items() if k != "texts"}


def _labels(idx):
    return [idx._camp_ids[c] for c in idx.camp]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("idx") / "full"
    return Index.build(path, FIX["texts"], **_part(0, 2000))


# ----------------------------------------------------------------------------- format

_DTYPES = st.sampled_from(["<u1", "<u4", "<i8", "<u8", "<f4", "<i4"])


@settings(max_examples=40, deadline=None)
@given(arrays=st.dictionaries(
    st.text("abcdefgh_", min_size=1, max_size=8),
    st.tuples(_DTYPES, st.lists(st.integers(0, 7), min_size=1, max_size=3), st.integers(0, 2**31)),
    max_size=5),
    meta=st.dictionaries(st.text(min_size=1, max_size=5), st.integers() | st.text(max_size=10), max_size=4))
def test_container_round_trip(tmp_path_factory, arrays, meta):
    path = str(tmp_path_factory.mktemp("c") / "x.mmd")
    made = {}
    for name, (dtype, shape, seed) in arrays.items():
        rng = np.random.default_rng(seed)
        made[name] = rng.integers(0, 200, size=shape).astype(dtype)
    meta = {k: v for k, v in meta.items() if k not in ("kind", "arrays")}
    write_container(path, "segment", meta, made)
    c = Container(path, "segment")
    c.verify()
    assert set(c.arrays) == set(made)
    for name, a in made.items():
        assert c.arrays[name].dtype == a.dtype and c.arrays[name].shape == a.shape
        assert np.array_equal(c.arrays[name], a)
    for k, v in meta.items():
        assert c.header[k] == v
    with open(path, "rb") as fh:
        assert fh.read(6) == b"MMDIDX"


_WORDS = st.sampled_from("hello team quarterly review budget offsite Anna Initech call friday "
                         "growth onboarding chat week please thanks {{first_name}} 42 é ü 東京".split())


@settings(max_examples=15, deadline=None)
@given(msgs=st.lists(st.tuples(st.lists(_WORDS, min_size=0, max_size=14).map(" ".join),
                               st.text(min_size=1, max_size=6),
                               st.none() | st.sampled_from(["s1", "s2", "ß3"]),
                               st.none() | st.datetimes().map(lambda d: d.isoformat())),
                     min_size=1, max_size=40, unique_by=lambda m: m[1]))
def test_index_save_load_round_trip(tmp_path_factory, msgs):
    texts, ids, senders, sent = (list(x) for x in zip(*msgs))
    path = tmp_path_factory.mktemp("rt") / "i"
    idx = Index.build(path, texts, ids=ids, senders=senders, sent_at=sent)
    again = Index.open(path)
    again.verify()
    assert len(again) == len(texts)
    assert [again.id_of(i) for i in range(len(texts))] == ids
    assert again.info() == idx.info()
    assert again.campaigns == idx.campaigns
    sig = mmd.fingerprint(texts, config=again.config)
    assert np.array_equal(np.concatenate([s.sig for s in again.segments]), sig)
    res = mmd.campaigns(texts, ids=ids)
    assert _labels(again) == res.labels
    a, b = idx.query_many(texts), again.query_many(texts)
    assert np.array_equal(a.matches, b.matches) and np.array_equal(a.score, b.score)
    times = [parse_time(t) for t in sent if t is not None]
    info = again.info()
    assert (info["first_sent_at"] is None) == (not times)


def test_index_round_trip_on_disk(built, tmp_path):
    again = Index.open(built.path)
    assert len(again) == len(built) == 2000
    assert again.info() == built.info()
    assert _labels(again) == _labels(built)
    for seg_a, seg_b in zip(again.segments, built.segments):
        assert np.array_equal(seg_a.sig, seg_b.sig)
    assert [again.id_of(i) for i in range(0, 2000, 97)] == FIX["ids"][0:2000:97]
    # no pickle: every file is a container or the JSON manifest
    for name in os.listdir(built.path):
        if name.endswith(".mmd"):
            assert open(os.path.join(built.path, name), "rb").read(6) == b"MMDIDX"
    manifest = json.loads(open(os.path.join(built.path, "MANIFEST")).read())
    for key in ("format", "config", "num_perm", "bands", "rows", "seed", "threshold", "checksum"):
        assert key in manifest


# ----------------------------------------------------------------------------- equality


def test_index_equals_in_memory_campaigns(built):
    res = mmd.campaigns(FIX["texts"], metadata=FIX["metadata"], ids=FIX["ids"])
    assert _labels(built) == res.labels
    sizes = sorted(c["size"] for c in built.campaigns)
    assert sizes == sorted(c.size for c in res.campaigns)
    info = built.info()
    assert info["campaigns"] == len(res.campaigns)
    assert info["fingerprint_bytes_per_message"] <= 1024


def test_incremental_add_equals_build(built, tmp_path):
    inc = Index.build(tmp_path / "inc", FIX["texts"][:1200], **_part(0, 1200))
    r1 = inc.add(FIX["texts"][1200:1800], **_part(1200, 1800))
    r2 = inc.add(FIX["texts"][1800:], **_part(1800, 2000))
    assert (r1.added, r2.added, r1.errors, r2.errors) == (600, 200, [], [])
    assert len(inc) == len(built)
    assert [inc.id_of(i) for i in range(2000)] == [built.id_of(i) for i in range(2000)]
    rows = np.random.default_rng(0).permutation(2000)[:300]
    assert len(inc.segments) > 1
    assert inc.ids_of(rows) == built.ids_of(rows) == [built.id_of(int(g)) for g in rows]
    # every query answer is the same, whatever the segment layout
    a = built.query_many(FIX["texts"], metadata=FIX["metadata"])
    b = inc.query_many(FIX["texts"], metadata=FIX["metadata"])
    for f in ("templated", "score", "matches", "senders", "neighbor_offsets", "neighbor_rows",
              "neighbor_similarity"):
        assert np.array_equal(getattr(a, f), getattr(b, f)), f
    # campaigns: the attach pass may see a small group before it grows to min_size when
    # messages arrive in batches, so a few labels may differ
    la, lb = _labels(built), _labels(inc)
    agree = np.mean([x == y for x, y in zip(la, lb)])
    assert agree >= 0.99, agree
    # the same messages in campaigns, almost always
    assert abs(sum(x is not None for x in la) - sum(x is not None for x in lb)) <= 10


def test_add_rejects_duplicates_and_keeps_the_rest(tmp_path):
    idx = Index.build(tmp_path / "i", FIX["texts"][:100], **_part(0, 100))
    res = idx.add(["a brand new message about nothing in particular at all", FIX["texts"][5], "x y"],
                  ids=["new-1", FIX["ids"][5], "new-1"])
    assert res.added == 1
    assert [(p, rid) for p, rid, _ in res.errors] == [(1, FIX["ids"][5]), (2, "new-1")]
    assert len(Index.open(tmp_path / "i")) == 101


def test_sketch_matches_reference_and_bounds_equal_values():
    from mass_msg_detect._kernels.index import _sketch_equal_at, sketch, sketch_reference, sketch_words

    rng = np.random.default_rng(5)
    for P in (128, 32, 20, 7):
        sig = rng.integers(0, 2**32, size=(60, P), dtype=np.uint64).astype(np.uint32)
        # near copies and values that agree in their low bits only
        sig[30:] = sig[:30]
        sig[30:, ::3] ^= np.uint32(0x100)
        sig[45:, 1::3] = rng.integers(0, 2**32, size=sig[45:, 1::3].shape, dtype=np.uint64).astype(np.uint32)
        sk = sketch(sig)
        assert sk.shape == (60, sketch_words(P)) and sk.dtype == np.uint64
        assert np.array_equal(sk, sketch_reference(sig))
        pad = 16 * sketch_words(P) - P
        for i in range(60):
            for j in (i, (i + 30) % 60, (i + 1) % 60):
                agree = _sketch_equal_at(sk[i], sk, j) - pad
                assert agree == int(((sig[i] & 15) == (sig[j] & 15)).sum())
                assert agree >= int((sig[i] == sig[j]).sum())


def test_lookup_kernel_matches_reference():
    from mass_msg_detect._kernels.index import lookup, lookup_reference, sketch

    rng = np.random.default_rng(3)
    P, bands, rows = 32, 8, 4
    base_sig = rng.integers(0, 50, size=(40, P)).astype(np.uint32)
    # near copies so buckets are shared
    sig = np.concatenate([base_sig, base_sig[rng.integers(0, 40, 200)]])
    noise = rng.random(sig.shape) < 0.3
    sig[noise] = rng.integers(0, 50, size=noise.sum()).astype(np.uint32)
    # rows sharing one band with a base row and little else: ten whose other values are new
    # (the sketch rejects them), ten whose other values differ above the low four bits only
    # (the sketch passes them, the signature does not)
    sig[220:240] = sig[rng.integers(0, 40, 20)]
    sig[220:230, 4:] = rng.integers(1000, 2**32, size=(10, P - 4), dtype=np.uint64).astype(np.uint32)
    sig[230:240, 4:] ^= np.uint32(0x100)
    from mass_msg_detect._kernels.lsh import band_keys
    from mass_msg_detect.index import _band_columns, _directory, _shift

    def _query_keys(sig, bands, rows):      # what segments store: the high half of the band key
        return (band_keys(sig, np.arange(sig.shape[0]), bands, rows) >> np.uint64(32)).astype(np.uint32)

    segs = [(0, 100), (100, 180), (180, 240)]
    sigs, keys, orders, buckets = [], [], [], []
    for a, b in segs:
        bk = _band_columns(sig[a:b], np.ones(b - a, bool), bands, rows)
        buckets.append(bk)
        k, o = (bk >> np.uint64(32)).astype(np.uint32), (bk & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        assert (np.diff(k.astype(np.int64), axis=1) >= 0).all()
        sigs.append(np.ascontiguousarray(sig[a:b]))
        keys.append(k)
        orders.append(o)
    bases = np.array([a for a, _ in segs], dtype=np.int64)
    sks = tuple(sketch(s) for s in sigs)
    dirs = tuple(_directory(bk) for bk in buckets)
    shifts = np.array([_shift(d) for d in dirs], dtype=np.int64)
    assert shifts.max() < 32           # the directory is used, not a single bucket
    picked = np.concatenate([rng.integers(0, 220, 20), rng.integers(0, 40, 10)])
    q = sig[picked].copy()
    skip = np.where(np.arange(30) % 2 == 0, picked, -1).astype(np.int64)   # half skip their own row
    senders = [rng.integers(0, 4, b - a).astype(np.uint64) for a, b in segs]
    qk = _query_keys(q, bands, rows)
    ok = np.ones(30, bool)
    ok[3] = False
    # bucket-sharing candidates of all three kinds: sketch rejects them, sketch passes but
    # the signature does not, both pass
    allk = _query_keys(sig, bands, rows)
    share = (qk[:, None, :] == allk[None, :, :]).any(axis=2)
    eq = (q[:, None, :] == sig[None, :, :]).sum(axis=2)
    agree = ((q[:, None, :] & 15) == (sig[None, :, :] & 15)).sum(axis=2)
    assert (share & (agree < 12)).any() and (share & (agree >= 12) & (eq < 12)).any() and (share & (eq >= 12)).any()
    for run_cap, cap in ((3, 10), (64, 512)):
        rows_out = np.empty((30, cap), np.int64)
        eq_out = np.empty((30, cap), np.int32)
        cnt = np.empty(30, np.int64)
        lookup(q, ok, skip, rows, tuple(sigs), sks, tuple(buckets), dirs, shifts, tuple(senders), bases, 12,
               run_cap, cap, rows_out, eq_out, cnt)
        ref = lookup_reference(q, qk, ok, sigs, keys, orders, bases, 12, run_cap, cap, skip)
        for i in range(30):
            got = list(zip(rows_out[i, :cnt[i]].tolist(), eq_out[i, :cnt[i]].tolist()))
            assert got == ref[i]
            assert skip[i] < 0 or skip[i] not in [g for g, _ in got]
        assert sum(len(r) for r in ref) > 30
    # the answer kernels (band keys computed inside) against the reference and plain Python
    from mass_msg_detect._kernels.index import answer, answer_parallel

    allsend = np.concatenate(senders)
    camp = rng.integers(-1, 3, 240).astype(np.int32)
    for kernel in (answer, answer_parallel):
        for run_cap, cap in ((3, 10), (64, 512)):
            out = [np.zeros(30, np.int32) for _ in range(4)]
            nb_rows, nb_eq, nb_n = np.zeros((30, 5), np.int64), np.zeros((30, 5), np.int32), np.zeros(30, np.int32)
            kernel(q, ok, skip, rows, tuple(sigs), sks, tuple(buckets), dirs, shifts, tuple(senders), bases, camp, 12,
                   run_cap, cap, *out, nb_rows, nb_eq, nb_n)
            matches, best_eq, n_send, best_camp = out
            ref = lookup_reference(q, qk, ok, sigs, keys, orders, bases, 12, run_cap, cap, skip)
            for i in range(30):
                r = sorted(ref[i], key=lambda x: (-x[1], x[0]))
                assert matches[i] == len(r)
                assert best_eq[i] == (r[0][1] if r else 0)
                assert list(zip(nb_rows[i, :nb_n[i]].tolist(), nb_eq[i, :nb_n[i]].tolist())) == r[:5]
                assert n_send[i] == len({int(allsend[g]) for g, _ in r} - {0})
                in_camp = [g for g, _ in r if camp[g] >= 0]
                assert best_camp[i] == (camp[in_camp[0]] if in_camp else -1)


# ----------------------------------------------------------------------------- query


def test_query_contract_fields_and_rule(built):
    text = FIX["texts"][0]
    r = built.query(text, FIX["metadata"][0])
    for key in ("id", "templated", "score", "campaign", "matches", "senders", "neighbors", "template"):
        assert key in r
    assert r["templated"] is True and r["score"] == 1.0 and r["matches"] >= 2
    assert r["campaign"] == _labels(built)[0]
    assert r["neighbors"][0] == {"id": FIX["ids"][0], "similarity": 1.0}
    assert len(r["neighbors"]) <= 10
    sims = [n["similarity"] for n in r["neighbors"]]
    assert sims == sorted(sims, reverse=True) and min(sims) >= built.threshold
    assert "{NAME}" in r["template"] or "{" in r["template"]
    # with its own id, the indexed copy of a message is not its own match
    own = built.query(text, FIX["metadata"][0], id=FIX["ids"][0])
    assert own["id"] == FIX["ids"][0] and own["matches"] == r["matches"] - 1
    assert all(n["id"] != FIX["ids"][0] for n in own["neighbors"])
    one_off = built.query("Completely unrelated words about gardening tomatoes and the weather in spring today")
    assert one_off["templated"] is False and one_off["score"] == 0 and one_off["neighbors"] == []
    merge = built.query("Hello {{first_name}}, our quarterly gardening newsletter has arrived for you")
    assert merge["templated"] is True and merge["reason"] == "merge_field"
    short = built.query("ok thanks")
    assert short["status"] == "too_short" and short["templated"] is False


def test_query_equals_the_batch_row(built, tmp_path):
    # Index.query has its own single-message path: every field as query_many([text]).row(0)
    extra = ["", "ok thanks", "Hello {{first_name}}, our quarterly gardening newsletter has arrived for you",
             "Completely unrelated words about gardening tomatoes and the weather in spring today"]
    texts = FIX["texts"][:150] + FIX["texts"][1500:1550] + extra
    metas = FIX["metadata"][:150] + FIX["metadata"][1500:1550] + [None] * len(extra)
    with_text = Index.build(tmp_path / "t", FIX["texts"][:400], **_part(0, 400), store_text=True)
    empty = Index.build(tmp_path / "e", [])
    seen = set()
    for idx in (built, with_text, empty):
        for i, (text, meta) in enumerate(zip(texts, metas)):
            rid = FIX["ids"][i] if i % 3 == 0 else (None if i % 3 == 1 else i)
            for sv in (False, True) if i % 25 == 0 else (False,):
                got = idx.query(text, meta, id=rid, slot_values=sv)
                want = idx.query_many([text], metadata=None if meta is None else [meta],
                                      ids=None if rid is None else [rid]).row(0, slot_values=sv)
                assert got == want and list(got) == list(want), (i, text)
                assert type(got["score"]) is float and type(got["matches"]) is int
                seen.add((got["status"], got["reason"], bool(got["neighbors"]), "text" in (got["neighbors"] or [{}])[0]))
    # templates come from their own column; state files without it read the campaign entry
    for idx in (built, with_text):
        assert [idx._campaign_template(k) for k in range(len(idx.campaigns))] == \
            [c["template"] for c in idx.campaigns]
        assert idx._camp_size.tolist() == [c["size"] for c in idx.campaigns]
    new = [built.query(t, m, slot_values=False) for t, m in zip(texts[:60], metas[:60])]
    built._camp_tpl = None
    try:
        assert [built.query(t, m, slot_values=False) for t, m in zip(texts[:60], metas[:60])] == new
        assert sum(r["template"] is not None for r in new) > 20
    finally:
        built._camp_tpl = Index.open(built.path)._camp_tpl
    assert {s for s, *_ in seen} == {"ok", "too_short", "empty"}
    assert {r for _, r, *_ in seen} == {"matches", "campaign", "merge_field", None}
    assert (True, True) in {(n, t) for *_, n, t in seen}


def test_query_many_returns_arrays_and_only_verified_matches(built):
    res = built.query_many(FIX["texts"][:300], metadata=FIX["metadata"][:300])
    assert isinstance(res.templated, np.ndarray) and res.templated.dtype == bool
    assert res.score.shape == (300,) and res.matches.dtype == np.int32
    sims = res.neighbor_similarity
    assert sims.size and sims.min() >= built.threshold
    # scores agree with an exact count of equal signature values
    sig = mmd.fingerprint(FIX["texts"][:300], metadata=FIX["metadata"][:300], config=built.config)
    allsig = np.concatenate([s.sig for s in built.segments])
    eligible = np.concatenate([s.flags for s in built.segments]) & 3 == 0
    checked = 0
    for i in range(300):
        if res.status[i] != "ok":
            assert res.score[i] == 0 and res.matches[i] == 0
            continue
        eq = (allsig[eligible] == sig[i]).sum(axis=1) / built.config.num_perm
        best = eq.max()
        assert res.score[i] == pytest.approx(best if best >= built.threshold else 0.0)
        # all but LSH misses while the buckets are small; never more than the true count
        from mass_msg_detect.index import RUN_CAP

        assert res.matches[i] <= (eq >= built.threshold).sum()
        if (eq >= built.threshold).sum() <= RUN_CAP:
            assert res.matches[i] >= 0.9 * (eq >= built.threshold).sum()
        checked += 1
    assert checked > 200
    # templated messages of the corpus are those in campaigns (they match themselves and others)
    labels = _labels(built)[:300]
    in_camp = np.array([x is not None for x in labels])
    assert res.templated[in_camp].all()


# ----------------------------------------------------------------------------- errors


def test_open_errors(built, tmp_path):
    with pytest.raises(IndexFormatError, match="no such index"):
        Index.open(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(IndexFormatError, match="not an index"):
        Index.open(tmp_path / "empty")
    with pytest.raises(ConfigMismatchError):
        Index.open(built.path, config=Config(shingle="word", n=2))
    Index.open(built.path, config=built.config)
    with pytest.raises(FileExistsError):
        Index.build(built.path, ["x"])


def _copy(src, dst):
    import shutil

    shutil.copytree(src, dst)
    return str(dst)


def test_newer_format_is_a_clear_error(built, tmp_path):
    from mass_msg_detect.index import _canonical

    path = _copy(built.path, tmp_path / "v")
    doc = json.loads(open(os.path.join(path, "MANIFEST")).read())
    doc.pop("checksum")
    doc["format"] = 99
    import xxhash

    doc["checksum"] = xxhash.xxh64_hexdigest(_canonical(doc))
    open(os.path.join(path, "MANIFEST"), "w").write(json.dumps(doc))
    with pytest.raises(IndexVersionError, match="version 99"):
        Index.open(path)


def test_segment_without_sketch_answers_the_same(built, tmp_path):
    # segments written before sketches were stored: the sketch is computed on first query
    from mass_msg_detect.index import _canonical
    import xxhash

    path = _copy(built.path, tmp_path / "old")
    doc = json.loads(open(os.path.join(path, "MANIFEST")).read())
    doc.pop("checksum")
    for entry in doc["segments"]:
        c = Container(os.path.join(path, entry["file"]), "segment")
        arrays = {k: np.array(v) for k, v in c.arrays.items() if k != "sketch"}
        meta = {k: v for k, v in c.header.items() if k not in ("kind", "arrays")}
        del c
        write_container(os.path.join(path, entry["file"]), "segment", meta, arrays)
        entry["header"] = format(Container(os.path.join(path, entry["file"]), "segment").header_digest, "016x")
    doc["checksum"] = xxhash.xxh64_hexdigest(_canonical(doc))
    open(os.path.join(path, "MANIFEST"), "w").write(json.dumps(doc))
    old = Index.open(path)
    assert all(seg.sketch is None for seg in old.segments)
    a = built.query_many(FIX["texts"][:300], metadata=FIX["metadata"][:300])
    b = old.query_many(FIX["texts"][:300], metadata=FIX["metadata"][:300])
    assert all(seg.sketch is not None for seg in old.segments)
    assert b.matches.sum() > 300
    for f in ("templated", "score", "matches", "senders", "campaign", "neighbor_offsets", "neighbor_rows",
              "neighbor_similarity"):
        assert np.array_equal(getattr(a, f), getattr(b, f)), f


def test_corruption_and_truncation_are_detected_with_the_file_name(built, tmp_path):
    path = _copy(built.path, tmp_path / "c")
    seg = os.path.join(path, json.loads(open(os.path.join(path, "MANIFEST")).read())["segments"][0]["file"])
    data = bytearray(open(seg, "rb").read())
    data[-1000] ^= 0xFF
    open(seg, "wb").write(bytes(data))
    idx = Index.open(path)                      # checksums are verified lazily ...
    with pytest.raises(IndexFormatError, match=os.path.basename(seg)):
        idx.query(FIX["texts"][0])              # ... on first use
    with pytest.raises(IndexFormatError, match=os.path.basename(seg)):
        Index.open(path).verify()
    # truncated
    open(seg, "wb").write(bytes(data[:len(data) // 2]))
    with pytest.raises(IndexFormatError, match=os.path.basename(seg) + ".*truncated"):
        Index.open(path)
    # header damaged
    data[30] ^= 0xFF
    open(seg, "wb").write(bytes(data))
    with pytest.raises(IndexFormatError, match=os.path.basename(seg)):
        Index.open(path)
    # manifest damaged
    man = os.path.join(path, "MANIFEST")
    text = open(man).read()
    open(man, "w").write(text.replace('"min_size": 3', '"min_size": 4'))
    with pytest.raises(IndexFormatError, match="MANIFEST.*checksum"):
        Index.open(path)


def test_second_writer_gets_a_clear_error(tmp_path):
    idx = Index.build(tmp_path / "l", FIX["texts"][:50], **_part(0, 50))
    with _Lock(idx.path):
        with pytest.raises(IndexLockedError, match="another writer in this process .* is writing"):
            idx.add(["one more message for the index please and thanks"], ids=["z"])
        # readers do not lock
        assert Index.open(idx.path).query(FIX["texts"][0])["score"] == 1.0
    assert idx.add(["one more message for the index please and thanks"], ids=["z"]).added == 1


# ----------------------------------------------------------------------------- remove and prune


def test_remove_and_prune(tmp_path):
    idx = Index.build(tmp_path / "r", FIX["texts"][:600], **_part(0, 600))
    res = idx.remove([FIX["ids"][0], FIX["ids"][1], "no-such-id"])
    assert res == {"removed": 2, "not_found": ["no-such-id"]}
    assert len(idx) == 598 and FIX["ids"][0] not in {idx.id_of(i) for i in range(598)}
    q = idx.query(FIX["texts"][0], FIX["metadata"][0])
    assert all(n["id"] != FIX["ids"][0] for n in q["neighbors"])
    cutoff = "2025-03-01"
    keep_expected = sum(1 for s in FIX["sent_at"][2:600] if s is None or parse_time(s) >= parse_time(cutoff))
    res = idx.prune(cutoff)
    assert res["kept"] == keep_expected == len(idx)
    info = idx.info()
    assert info["first_sent_at"] >= "2025-03-01"
    # the same as building from the survivors
    rows = [i for i in range(2, 600) if FIX["sent_at"][i] is None or parse_time(FIX["sent_at"][i]) >= parse_time(cutoff)]
    fresh = Index.build(tmp_path / "f", [FIX["texts"][i] for i in rows],
                        **{k: [v[i] for i in rows] for k, v in FIX.items() if k != "texts"})
    assert _labels(fresh) == _labels(idx)
    assert idx.verify()["ok"]
    # files of old generations are gone
    listed = set(json.loads(open(os.path.join(idx.path, "MANIFEST")).read())["segments"][0].values())
    assert len([n for n in os.listdir(idx.path) if n.startswith("seg-")]) == len(idx.segments)
    assert listed
    with pytest.raises(ValueError, match="before must be an ISO 8601 date or time, got 'last week'"):
        idx.prune("last week")


def test_parse_time():
    assert parse_time("1970-01-01T00:00:01Z") == 1_000_000
    assert parse_time("1970-01-01T00:00:01") == 1_000_000          # naive is UTC
    assert parse_time("1970-01-01T01:00:01+01:00") == 1_000_000
    assert parse_time("1970-01-02") == 86400 * 1_000_000
    with pytest.raises(ValueError):
        parse_time("yesterday")


# ----------------------------------------------------------------------------- faults

_ADDER = """
import json, sys
from mass_msg_detect.index import Index
recs = [json.loads(x) for x in open(sys.argv[2])]
idx = Index.open(sys.argv[1])
print("start", flush=True)
idx.add([r["text"] for r in recs], ids=[r["id"] for r in recs])
print("done", flush=True)
"""


def test_parse_times_equals_parse_time_one_by_one():
    from datetime import datetime as dt

    from mass_msg_detect.index import NO_TIME, _parse_times

    values = ["2025-01-30T08:51:06Z", "2025-01-30T08:51:06", "2025-01-30T08:51:06.123z",
              "2025-01-30T08:51:06.123456+00:00", "1999-12-31T23:59:59.999999Z", "1000-01-01T00:00:00",
              "2024-02-29T12:00:00Z", "9999-12-31T23:59:59Z", None, "", "2025-01-30 08:51:06Z",
              " 2025-01-30T08:51:06Z", "2025-01-30T08:51:06+02:00", "2025-01-30", "2025-01-30T08:51",
              "2025-01-30T08:51:06.1Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
              "yesterday", "2025-13-01T00:00:00Z", "2025-01-30T24:00:00Z", dt(2025, 3, 1, 12), 17]
    for batch in (values, values + ["2025-02-30T00:00:00Z"], values[:8]):
        got, bad = _parse_times(batch)
        want, want_bad = [], []
        for i, v in enumerate(batch):
            if v is None or v == "":
                want.append(NO_TIME)
                continue
            try:
                want.append(parse_time(v))
            except (ValueError, TypeError, OverflowError):
                want.append(NO_TIME)
                want_bad.append(i)
        assert got.tolist() == want and [i for i, _ in bad] == want_bad
    why = dict(_parse_times(values + ["2025-02-30T00:00:00Z"])[1])
    assert [why[values.index(v)] for v in ("0001-01-01T00:00:00+01:00", "yesterday", "2025-13-01T00:00:00Z", 17)] == [
        "out of the range of dates", "not ISO 8601", "not a valid date", "not ISO 8601"]
    assert why[len(values)] == "not a valid date"       # 30 February


def test_build_and_add_leave_the_garbage_collector_as_they_found_it(tmp_path):
    import gc

    assert gc.isenabled()
    idx = Index.build(tmp_path / "g", FIX["texts"][:50], **_part(0, 50))
    assert gc.isenabled()
    gc.disable()
    try:
        idx.add(FIX["texts"][50:80], **_part(50, 80))
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(ValueError):
        Index.build(tmp_path / "h", ["a b c d e f"], ids=["x"], sent_at=["2025-01-01"], senders=["s", "t"])
    assert gc.isenabled() and len(idx) == 80


def test_add_failing_after_the_segment_write_started_leaves_the_old_state(tmp_path, monkeypatch):
    # the new segment is written in a thread while campaigns are computed: an error there
    # waits for the thread, commits nothing and releases the lock
    import threading

    idx = Index.build(tmp_path / "f", FIX["texts"][:300], **_part(0, 300))
    before = idx.query_many(FIX["texts"][300:340])

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(Index, "_campaign_table", boom)
    with pytest.raises(RuntimeError, match="boom"):
        idx.add(FIX["texts"][300:340], **_part(300, 340))        # 40 * 2 < 300: written in the thread
    assert not any(t.name == "mmd-index-writer" for t in threading.enumerate())
    monkeypatch.undo()
    again = Index.open(tmp_path / "f")
    assert len(again) == 300 and np.array_equal(again.query_many(FIX["texts"][300:340]).matches, before.matches)
    res = again.add(FIX["texts"][300:340], **_part(300, 340))      # the lock was released
    assert res.added == 40 and len(Index.open(tmp_path / "f")) == 340
    assert len([n for n in os.listdir(tmp_path / "f") if n.startswith("seg-")]) == 2


def test_sigkill_during_add_leaves_old_or_new_state(tmp_path):
    base = Index.build(tmp_path / "base", FIX["texts"][:400], **_part(0, 400))
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"id": FIX["ids"][i], "text": FIX["texts"][i]}) + "\n"
                             for i in range(400, 1400)))
    script = tmp_path / "adder.py"
    script.write_text(_ADDER)
    old_ans = base.query_many(FIX["texts"][:50])
    rng = random.Random(7)
    seen = {"old": 0, "new": 0}
    # how long an add takes once started
    probe = _copy(base.path, tmp_path / "probe")
    p = subprocess.Popen([sys.executable, str(script), probe, str(batch)], stdout=subprocess.PIPE, text=True)
    p.stdout.readline()
    t0 = time.perf_counter()
    p.wait(timeout=120)
    span = time.perf_counter() - t0
    for trial in range(20):
        path = _copy(base.path, tmp_path / f"t{trial}")
        p = subprocess.Popen([sys.executable, str(script), path, str(batch)], stdout=subprocess.PIPE, text=True)
        assert p.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0, span * 1.1))
        p.send_signal(signal.SIGKILL)
        p.wait()
        idx = Index.open(path)
        idx.verify()
        n = len(idx)
        assert n in (400, 1400), n
        seen["old" if n == 400 else "new"] += 1
        if n == 400:
            ans = idx.query_many(FIX["texts"][:50])
            assert np.array_equal(ans.matches, old_ans.matches)
        else:
            assert idx.id_of(1399) == FIX["ids"][1399]
        # a later writer cleans up and works
        assert idx.add(["after the crash, one more message to index"], ids=[f"after-{trial}"]).added == 1
        assert not [x for x in os.listdir(path) if ".tmp-" in x]
    assert seen["old"] and seen["new"], seen


def test_concurrent_reader_sees_consistent_states(tmp_path):
    idx = Index.build(tmp_path / "cc", FIX["texts"][:500], **_part(0, 500))
    stop = threading.Event()
    sizes, problems = set(), []

    def reader():
        while not stop.is_set():
            try:
                r = Index.open(idx.path)
                n = len(r)
                sizes.add(n)
                ans = r.query(FIX["texts"][0], FIX["metadata"][0])
                if ans["score"] != 1.0 or r.root.shape[0] != n:
                    problems.append((n, ans["score"]))
            except Exception as e:  # noqa: BLE001 - any failure is a test failure
                problems.append(repr(e))

    t = threading.Thread(target=reader)
    t.start()
    try:
        for a in range(500, 2000, 300):
            idx.add(FIX["texts"][a:a + 300], **_part(a, a + 300))
    finally:
        stop.set()
        t.join()
    assert not problems, problems[:3]
    assert sizes <= {500, 800, 1100, 1400, 1700, 2000} and len(sizes) >= 2


# ----------------------------------------------------------------------------- quality


def test_quality_templated_on_unseen_messages(tmp_path):
    """Index 90% of a generated labelled corpus (60% build, 30% add), query the other 10%
    text-only: templated precision and recall, counting campaign messages whose campaign has
    at least 2 indexed copies, and one-off messages."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_corpus import generate

    records, labels, _, _ = generate(6000, 2031, "heldout")
    rng = random.Random(5)
    order = list(range(len(records)))
    rng.shuffle(order)
    n = len(order)
    b, a = order[:int(0.6 * n)], order[int(0.6 * n):int(0.9 * n)]
    q = order[int(0.9 * n):]

    def cols(rows):
        return dict(ids=[records[i]["id"] for i in rows],
                    metadata=[{k: records[i].get(k) for k in META} for i in rows],
                    senders=[records[i].get("sender") for i in rows], sent_at=[records[i].get("sent_at") for i in rows])

    idx = Index.build(tmp_path / "q", [records[i]["text"] for i in b], **cols(b))
    idx.add([records[i]["text"] for i in a], **cols(a))
    lab = {x["id"]: x["campaign"] for x in labels}
    indexed = {}
    for i in b + a:
        c = lab[records[i]["id"]]
        if c is not None:
            indexed[c] = indexed.get(c, 0) + 1
    res = idx.query_many([records[i]["text"] for i in q])
    tp = fp = fn = 0
    counted = 0
    for k, i in enumerate(q):
        c = lab[records[i]["id"]]
        if c is not None and indexed.get(c, 0) < 2:
            continue
        counted += 1
        truth = c is not None
        got = bool(res.templated[k])
        tp += truth and got
        fp += got and not truth
        fn += truth and not got
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    assert counted >= 400
    assert precision >= 0.97 and recall >= 0.97, (precision, recall, tp, fp, fn)


_PITCH = "Hi {}, we help teams ship faster and cut onboarding time. Call me next week?"


def test_any_number_of_segments_answers_queries_and_adds(tmp_path):
    # 1000 + 400 + 150 + 60 messages stay four segments (none is half the one before it): the
    # lookup kernels take a tuple padded to a power of two, whose arrays must all be read-only
    names = [f"N{i}" for i in range(1700)]
    p = tmp_path / "idx"
    idx = Index.build(p, [_PITCH.format(n) for n in names[:1000]], ids=names[:1000])
    for a, b in ((1000, 1400), (1400, 1550), (1550, 1610)):
        idx.add([_PITCH.format(n) for n in names[a:b]], ids=names[a:b])
        assert Index.open(p).query(_PITCH.format("Zed"))["templated"]
    idx = Index.open(p)
    assert [s.n for s in idx.segments] == [1000, 400, 150, 60]
    res = idx.query_many([_PITCH.format("Q")] * 300)
    assert res.templated.all() and (res.matches > 0).all()


def test_segment_of_short_messages_only(tmp_path):
    # a segment whose messages all have fewer than 5 tokens has no band columns (an empty array)
    p = tmp_path / "idx"
    names = [f"N{i}" for i in range(10)]
    Index.build(p, [_PITCH.format(n) for n in names], ids=names)
    Index.open(p).add(["Ok", "Thanks!"], ids=["d", "e"])
    idx = Index.open(p)
    assert [s.n for s in idx.segments] == [10, 2]
    assert idx.query(_PITCH.format("Dara"))["matches"] == 10
    assert idx.query("Ok")["status"] == "too_short"


_TEXTS = [_PITCH.format(n) for n in ("Anna", "Bruno", "Chen")] + [
    "Ok", "", "Hi {{first_name}}, we help teams ship faster and cut onboarding time. Call me next week?",
    "Totally different words about the budget meeting tomorrow at noon", "\ud800 broken", "x" * 300]
_OPS_TEXT = st.one_of(st.sampled_from(_TEXTS), st.text(max_size=40))
_OPS_ID = st.one_of(st.text(max_size=3), st.integers(0, 5).map(str))
_OPS_DATE = st.one_of(st.none(), st.sampled_from(["2025-01-01", "2025-01-01T10:00:00Z", "garbage",
                                                  "2025-02-30", "2025-01-01T10:00:00+05:00"]))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(_OPS_TEXT, _OPS_ID, _OPS_DATE), max_size=8),
       st.lists(st.lists(st.tuples(_OPS_TEXT, _OPS_ID, _OPS_DATE), max_size=6), max_size=3),
       st.lists(_OPS_TEXT, max_size=4), st.lists(_OPS_ID, max_size=3), _OPS_DATE)
def test_any_sequence_of_writes_keeps_a_queryable_index(tmp_path_factory, first, adds, queries, gone, before):
    # build, several adds (duplicate ids refused, odd dates stored as missing), remove, prune:
    # every state opens, verifies and answers; nothing is dropped without an error
    p = tmp_path_factory.mktemp("ops") / "idx"
    seen = {}
    for t, i, s in first:
        seen.setdefault(i, (t, s))
    Index.build(p, [t for t, _ in seen.values()], ids=list(seen), sent_at=[s for _, s in seen.values()])
    total = len(seen)
    for batch in adds:
        r = Index.open(p).add([t for t, _, _ in batch], ids=[i for _, i, _ in batch],
                              sent_at=[s for _, _, s in batch])
        assert r.added + len(r.errors) == len(batch)
        total += r.added
        idx = Index.open(p)
        assert len(idx) == total
        for t in queries:
            assert isinstance(idx.query(t)["templated"], bool)
        assert len(idx.query_many(queries)) == len(queries)
    idx = Index.open(p)
    idx.remove(gone)
    if before is not None and before not in ("garbage", "2025-02-30"):
        idx.prune(before)
    idx = Index.open(p)
    assert idx.verify()["ok"]
    assert len(idx.query_many(queries)) == len(queries)
    idx.info()


# ----------------------------------------------------------------------------- campaigns after remove,
# results after writes, failed builds, damaged files


def _example():
    recs = [json.loads(x) for x in (ROOT / "fixtures" / "example.jsonl").read_text().splitlines()]
    return ([r["text"] for r in recs], [r["id"] for r in recs], [r.get("sender") for r in recs],
            [r.get("sent_at") for r in recs])


EX_TEXTS, EX_IDS, EX_SENDERS, EX_SENT = _example()


def _files_holding(path, needle: str) -> list[str]:
    return [n for n in os.listdir(path) if needle.encode() in open(os.path.join(path, n), "rb").read()]


@pytest.mark.parametrize("how", ["remove", "prune"])
def test_remove_and_prune_give_the_campaigns_of_a_fresh_build(tmp_path, how):
    # representative, template, slots and alternatives included: none of them may come from a
    # message that is gone
    cols = dict(ids=EX_IDS, senders=EX_SENDERS, sent_at=EX_SENT)
    idx = Index.build(tmp_path / "i", EX_TEXTS, store_text=True, **cols)
    assert len(idx.campaigns) >= 3
    if how == "remove":
        gone = {c["representative"] for c in idx.campaigns[:2]}
        gone |= {EX_IDS[i] for i in range(len(EX_IDS)) if idx.camp[i] == 2}       # a whole campaign
        idx.remove(sorted(gone))
    else:
        cutoff = "2025-02-20"         # two campaigns gone, half of another (its representative stays)
        idx.prune(cutoff)
        gone = {rid for rid, s in zip(EX_IDS, EX_SENT) if s is not None and parse_time(s) < parse_time(cutoff)}
    keep = [i for i, rid in enumerate(EX_IDS) if rid not in gone]
    assert gone and keep
    fresh = Index.build(tmp_path / "f", [EX_TEXTS[i] for i in keep], store_text=True,
                        **{k: [v[i] for i in keep] for k, v in cols.items()})
    assert idx.campaigns == fresh.campaigns
    assert Index.open(idx.path).campaigns == fresh.campaigns
    for rid in gone:
        assert _files_holding(idx.path, rid) == [], rid


def test_remove_without_texts_keeps_no_removed_id_and_drops_templates_it_cannot_rebuild(tmp_path):
    idx = Index.build(tmp_path / "i", EX_TEXTS, ids=EX_IDS)
    before = {c["representative"]: c for c in idx.campaigns}
    rep = idx.campaigns[0]["representative"]
    members = {EX_IDS[i] for i in range(len(EX_IDS)) if idx.camp[i] == 0}
    idx.remove([rep])
    left = {idx.id_of(i) for i in range(len(idx))}
    for c in idx.campaigns:
        assert c["representative"] in left
        if c["representative"] in before and c["size"] == before[c["representative"]]["size"]:
            assert c == {**before[c["representative"]], "root": c["root"]}       # untouched: kept
    row = {idx.id_of(i): i for i in range(len(idx))}
    ks = {int(idx.camp[row[m]]) for m in members - {rep}}
    assert len(ks) == 1 and ks != {-1}
    touched = [idx.campaigns[ks.pop()]]
    assert touched[0]["size"] == len(members) - 1
    # the template was made from members that include the removed one: it cannot be
    # rebuilt without the texts, so it is dropped rather than kept
    assert touched[0]["template"] is None and touched[0]["slots"] == [] and touched[0]["alternatives"] == []
    q = idx.query(EX_TEXTS[EX_IDS.index(sorted(members - {rep})[0])])
    assert q["campaign"] == touched[0]["campaign"] and q["template"] is None
    assert _files_holding(idx.path, rep) == []
    fresh = Index.build(tmp_path / "f", [t for t, i in zip(EX_TEXTS, EX_IDS) if i != rep],
                        ids=[i for i in EX_IDS if i != rep])
    assert ([(c["campaign"], c["size"], c["representative"]) for c in idx.campaigns]
            == [(c["campaign"], c["size"], c["representative"]) for c in fresh.campaigns])


def test_query_result_keeps_answering_for_the_index_it_was_computed_on(tmp_path):
    idx = Index.build(tmp_path / "i", EX_TEXTS, ids=EX_IDS, store_text=True)
    res = idx.query_many(EX_TEXTS[1:2])
    many = idx.query_many(EX_TEXTS)
    before, all_before = res.row(0), many.to_dicts()
    assert before["neighbors"] and before["campaign_size"]
    idx.remove(EX_IDS[:5])
    assert res.row(0) == before
    idx.add(["A message that has nothing to do with any campaign in the fixture at all"], ids=["new"])
    idx.refresh()
    assert res.row(0) == before and many.to_dicts() == all_before
    # a new query sees the new generation
    assert all(n["id"] not in EX_IDS[:5] for n in idx.query_many(EX_TEXTS[1:2]).row(0)["neighbors"])


def test_failed_build_leaves_nothing_behind(tmp_path, monkeypatch):
    T = EX_TEXTS[:20]
    bad_inputs = [
        (ValueError, "metadata has 1 entries", dict(metadata=[{}])),
        (ValueError, "senders has 2 entries", dict(senders=["a", "b"])),
        (ValueError, "sent_at has 1 entries", dict(sent_at=["2025-01-01"])),
        (ValueError, "ids has 3 entries", dict(ids=["a", "b", "c"])),
        (TypeError, r"metadata\[3\] must be a mapping or None, got str", dict(metadata=[{}] * 3 + ["x"] + [{}] * 16)),
        (TypeError, "metadata must be a sequence of mappings", dict(metadata={"recipient_name": "Anna"})),
        (TypeError, "senders must be a sequence", dict(senders="s" * 20)),
    ]
    for kind, msg, kw in bad_inputs:
        with pytest.raises(kind, match=msg):
            Index.build(tmp_path / "fb", T, **kw)
        assert not (tmp_path / "fb").exists(), kw
    assert len(Index.build(tmp_path / "fb", T)) == 20          # the retry is not refused

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(Index, "_ingest", boom)
    # a directory the build made (and the parents it made) is removed ...
    with pytest.raises(RuntimeError, match="boom"):
        Index.build(tmp_path / "new" / "deeper" / "idx", T)
    assert not (tmp_path / "new").exists()
    # ... one that was there (empty) stays, empty
    (tmp_path / "mine").mkdir()
    with pytest.raises(RuntimeError, match="boom"):
        Index.build(tmp_path / "mine", T)
    assert (tmp_path / "mine").is_dir() and os.listdir(tmp_path / "mine") == []
    monkeypatch.undo()
    assert len(Index.build(tmp_path / "mine", T)) == 20
    # another build that takes the directory's lock first (after this one found it empty) is
    # left alone
    import mass_msg_detect.index as index_module

    (tmp_path / "busy").mkdir()
    other = _Lock(str(tmp_path / "busy"))
    real = index_module._dirs_to_make

    def race(path):
        other.__enter__()
        return real(path)

    monkeypatch.setattr(index_module, "_dirs_to_make", race)
    try:
        with pytest.raises(IndexLockedError):
            Index.build(tmp_path / "busy", T)
        assert os.listdir(tmp_path / "busy") == ["LOCK"]
    finally:
        other.__exit__(None, None, None)


def _overwrite_array(path: str, name: str, byte: int = 0xFF) -> None:
    c = Container(path, "segment")
    spec = c.header["arrays"][name]
    hlen = len(json.dumps(c.header, sort_keys=True).encode())
    start = (24 + hlen + 63) // 64 * 64 + spec["offset"]
    del c
    data = bytearray(open(path, "rb").read())
    data[start:start + spec["nbytes"]] = bytes([byte]) * spec["nbytes"]
    open(path, "wb").write(bytes(data))


def test_damaged_id_columns_are_a_format_error_naming_the_file(tmp_path):
    p = tmp_path / "i"
    Index.build(p, EX_TEXTS, ids=EX_IDS)
    seg = [n for n in os.listdir(p) if n.startswith("seg-")][0]
    _overwrite_array(str(p / seg), "id_sort")
    with pytest.raises(IndexFormatError, match=seg + ".*id_sort"):
        Index.open(p).query(EX_TEXTS[1], id="m000001")
    with pytest.raises(IndexFormatError, match=seg):
        Index.open(p).query_many(EX_TEXTS[1:3], ids=EX_IDS[1:3])


def test_query_many_refuses_a_single_string(built):
    with pytest.raises(TypeError, match="texts must be a sequence of str, not a single str"):
        built.query_many("a single string here")
    with pytest.raises(TypeError, match="ids must be a sequence of ids, not a single str"):
        built.query_many(["one", "two"], ids="ab")
    with pytest.raises(TypeError, match="metadata must be a sequence of mappings"):
        built.query_many(["one", "two"], metadata="ab")
    with pytest.raises(TypeError, match="metadata must be a sequence of mappings"):
        built.query_many(["one"], metadata={"recipient_name": "Anna"})
    assert len(built.query_many(("a tuple of one text",))) == 1


def test_query_result_rows_count_from_the_end_as_a_list_does(built):
    res = built.query_many(FIX["texts"][:3])
    assert res.row(-1) == res.row(2) and res.neighbors(-3) == res.neighbors(0)
    assert res.row(2)["neighbors"]
    for bad in (3, -4):
        with pytest.raises(IndexError):
            res.row(bad)


def test_lock_held_in_this_process_or_another_is_named_right(tmp_path):
    idx = Index.build(tmp_path / "l", EX_TEXTS[:10], ids=EX_IDS[:10])
    other = Index.open(idx.path)
    with other.writing():
        with pytest.raises(IndexLockedError, match=f"another writer in this process \\(pid {os.getpid()}\\)") as e:
            idx.remove(EX_IDS[:1])
        assert "another process" not in str(e.value)
    code = ("import fcntl, os, sys, time\n"
            f"fd = os.open({os.path.join(idx.path, 'LOCK')!r}, os.O_RDWR | os.O_CREAT)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX); os.ftruncate(fd, 0); os.pwrite(fd, str(os.getpid()).encode(), 0)\n"
            "print('held', flush=True); sys.stdin.readline()\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(IndexLockedError, match=f"another process \\(pid {child.pid}\\) is writing"):
            idx.remove(EX_IDS[:1])
    finally:
        child.communicate("\n", timeout=30)
    assert idx.remove(EX_IDS[:1])["removed"] == 1


def _rewrite_manifest(path, change) -> None:
    import xxhash

    from mass_msg_detect.index import _canonical

    man = os.path.join(path, "MANIFEST")
    doc = json.loads(open(man).read())
    doc.pop("checksum")
    change(doc)
    doc["checksum"] = xxhash.xxh64_hexdigest(_canonical(doc))
    open(man, "w").write(json.dumps(doc))


def test_open_names_what_is_wrong_with_the_path_or_the_manifest(built, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(IndexFormatError, match="not a directory"):
        Index.open(tmp_path / "file")
    changes = [
        ("format -1", lambda d: d.update(format=-1)),
        ("format true", lambda d: d.update(format=True)),
        ("format missing", lambda d: d.pop("format")),
        ("missing state", lambda d: d.pop("state")),
        ("missing threshold", lambda d: d.pop("threshold")),
        ("missing segment file", lambda d: d["segments"][0].pop("file")),
        ("segments not a list", lambda d: d.update(segments={"a": 1})),
        ("bands a string", lambda d: d.update(bands="8")),
        ("store_text a number", lambda d: d.update(store_text=1)),
        ("a path for a file name", lambda d: d["state"].update(file="../x.mmd")),
        ("config unknown", lambda d: d.update(config="nonsense")),
    ]
    for what, change in changes:
        path = _copy(built.path, tmp_path / what.replace(" ", "_"))
        _rewrite_manifest(path, change)
        with pytest.raises(IndexFormatError, match="MANIFEST") as e:
            Index.open(path)
        assert type(e.value) is IndexFormatError, what

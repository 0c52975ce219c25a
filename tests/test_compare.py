"""mmd bench / mass_msg_detect.compare on a tiny corpus: real figures, skipped peers, the table."""
import json

import numpy as np
import pytest
from click.testing import CliRunner

from mass_msg_detect import compare


@pytest.fixture(scope="module")
def result():
    real = compare.available
    compare.available = lambda lib: lib != "rensa" and real(lib)  # as if rensa were not installed
    try:
        return compare.run(240, 5, generator="builtin", repeat=1, pairs=120)
    finally:
        compare.available = real


def test_run_measures_every_stage_of_ours_and_datasketch(result):
    assert result["corpus"]["messages"] == 240
    assert result["params"]["indexed"] + result["params"]["queried"] == 240
    for name in ("mass-msg-detect", "datasketch"):
        lib = result["libraries"][name]
        assert lib["status"] == "ok", lib
        for stage in ("fingerprint", "minhash_only"):
            assert lib[stage]["messages"] == 240
            assert lib[stage]["us_per_msg"] > 0 and lib[stage]["msgs_per_s"] > 0
        assert lib["peak_rss_mib"] >= lib["baseline_rss_mib"] > 0
        acc = lib["accuracy"]
        assert acc["similar"]["pairs"] > 10 and acc["random"]["pairs"] > 10
        # similar pairs really are more similar than random ones, and MinHash estimates them well
        assert acc["similar"]["mean_jaccard"] > acc["random"]["mean_jaccard"] + 0.2
        assert 0 <= acc["all"]["mae"] < 0.1
        assert acc["similar"]["mae_ideal"] > 0 and abs(acc["similar"]["mae"] - acc["similar"]["mae_ideal"]) < 0.05
    ds = result["libraries"]["datasketch"]
    assert ds["build"]["messages"] == result["params"]["indexed"]
    assert ds["query"]["messages"] == result["params"]["queried"]


def test_missing_peer_is_skipped_with_a_note(result):
    rensa = result["libraries"]["rensa"]
    assert rensa["status"] == "skipped"
    assert "pip install" in rensa["notes"][0]
    table = compare.markdown(result)
    assert "| rensa | skipped |" in table
    assert "| mass-msg-detect | " in table and "| datasketch | " in table
    json.dumps(result)  # the result is JSON-serialisable as it stands


def test_pairs_hold_similar_and_random_strata():
    texts = compare.builtin_corpus(400, 1)
    assert texts == compare.builtin_corpus(400, 1)
    pairs, stratum = compare.sample_pairs(texts, 100, 1)
    assert pairs.shape == (100, 2) and set(stratum.tolist()) == {0, 1}
    assert np.all(pairs[:, 0] < pairs[:, 1])
    assert len({tuple(p) for p in pairs.tolist()}) == len(pairs)


def test_ideal_error_is_the_binomial_mean_absolute_deviation():
    rng = np.random.default_rng(0)
    for j in (0.1, 0.5):
        sim = np.mean(np.abs(rng.binomial(128, j, 100_000) / 128 - j))
        assert compare.ideal_abs_error(j, 128) == pytest.approx(sim, rel=0.02)
    assert compare.ideal_abs_error(0.0, 128) == 0.0 == compare.ideal_abs_error(1.0, 128)


def test_rensa_bands_divide_num_perm():
    for t in (0.3, 0.5, 0.8):
        assert 128 % compare.rensa_bands(t, 128) == 0


def test_bench_command_prints_the_table_on_stdout(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n"
                              for i, t in enumerate(compare.builtin_corpus(60, 2))))
    r = CliRunner().invoke(compare.bench, ["--corpus", str(corpus), "--library", "datasketch", "--repeat", "1",
                                           "--pairs", "20", "-q"])
    assert r.exit_code == 0, r.output
    assert "| datasketch | " in r.output and "mass-msg-detect |" not in r.output
    assert "file " in r.output and "60 records" in r.output


def test_bench_command_usage_error():
    r = CliRunner().invoke(compare.bench, ["-n", "1"])
    assert r.exit_code == 2

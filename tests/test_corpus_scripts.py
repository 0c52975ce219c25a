"""Tests of the corpus tooling in scripts/: the labelled-corpus generator and the evaluator.

The scripts are plain files, not part of the package, so they are loaded by path.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
META_FIELDS = {"recipient_name", "recipient_title", "recipient_company"}
BASE_FIELDS = {"id", "text", "sender", "recipient", "sent_at"}
OUTPUT_SLOTS = {"NAME", "TITLE", "COMPANY", "INDUSTRY", "CITY"}


def _load(name: str):
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(f"_scripts_{name}", SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


make_corpus = _load("make_corpus")
evaluate_mod = _load("evaluate")
evaluate = evaluate_mod.evaluate


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A small dev corpus written twice with the same arguments, plus a --no-metadata one."""
    d = tmp_path_factory.mktemp("corpus")
    args = ["-n", "400", "--seed", "11", "--templates", "dev", "--spin", "heavy", "-q"]
    assert make_corpus.main(args + ["-o", str(d / "a.jsonl")]) == 0
    assert make_corpus.main(args + ["-o", str(d / "b.jsonl")]) == 0
    assert make_corpus.main(args + ["--no-metadata", "-o", str(d / "nometa.jsonl")]) == 0
    return d


# --------------------------------------------------------------------------- generator
def test_same_seed_gives_identical_bytes(corpus):
    for suffix in (".jsonl", ".labels.jsonl", ".campaigns.jsonl"):
        assert (corpus / f"a{suffix}").read_bytes() == (corpus / f"b{suffix}").read_bytes()


def test_other_seed_or_set_gives_other_corpus(tmp_path):
    make_corpus.main(["-n", "120", "--seed", "12", "-q", "-o", str(tmp_path / "x.jsonl")])
    make_corpus.main(["-n", "120", "--seed", "13", "-q", "-o", str(tmp_path / "y.jsonl")])
    make_corpus.main(["-n", "120", "--seed", "12", "--templates", "heldout", "-q", "-o", str(tmp_path / "z.jsonl")])
    x, y, z = ((tmp_path / f"{s}.jsonl").read_bytes() for s in "xyz")
    assert x != y and x != z


def test_records_have_all_fields(corpus):
    records = _read(corpus / "a.jsonl")
    assert len(records) == 400
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids) and all(re.fullmatch(r"m\d{6}", i) for i in ids)
    for r in records:
        assert set(r) == BASE_FIELDS | META_FIELDS
        assert all(isinstance(r[k], str) for k in r)
        assert r["text"].strip()
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["sent_at"])


def test_no_metadata_drops_exactly_the_recipient_fields(corpus):
    full = _read(corpus / "a.jsonl")
    bare = _read(corpus / "nometa.jsonl")
    assert len(full) == len(bare)
    for f, b in zip(full, bare):
        assert set(f) - set(b) == META_FIELDS
        assert set(b) == BASE_FIELDS
        assert {k: f[k] for k in b} == b
    # the labels do not depend on the metadata switch
    assert (corpus / "a.labels.jsonl").read_bytes() == (corpus / "nometa.labels.jsonl").read_bytes()


def test_labels_and_campaigns_agree(corpus):
    records = _read(corpus / "a.jsonl")
    labels = _read(corpus / "a.labels.jsonl")
    campaigns = _read(corpus / "a.campaigns.jsonl")
    assert [r["id"] for r in records] == [lab["id"] for lab in labels]
    kinds = {lab["kind"] for lab in labels}
    assert kinds <= {"campaign", "short_note", "oneoff", "oneoff_short"}
    assert {"campaign", "oneoff"} <= kinds
    sizes: dict[str, int] = {}
    for lab in labels:
        assert (lab["campaign"] is None) == lab["kind"].startswith("oneoff")
        if lab["campaign"] is not None:
            sizes[lab["campaign"]] = sizes.get(lab["campaign"], 0) + 1
    assert {c["campaign"]: c["size"] for c in campaigns} == sizes
    assert all(3 <= c["size"] for c in campaigns)
    senders_of = {r["id"]: r["sender"] for r in records}
    for c in campaigns:
        members = [lab["id"] for lab in labels if lab["campaign"] == c["campaign"]]
        assert {senders_of[m] for m in members} == set(c["sender_ids"])
        assert c["senders"] == len(c["sender_ids"])
        assert c["first_sent_at"] <= c["last_sent_at"]
    oneoffs = sum(1 for lab in labels if lab["campaign"] is None)
    assert 0.3 <= oneoffs / len(labels) <= 0.4


def test_templates_use_output_slot_notation(corpus):
    for c in _read(corpus / "a.campaigns.jsonl"):
        template = c["template"]
        assert "[[" not in template  # campaign fills are resolved
        unescaped = re.sub(r"\\.", "", template)
        assert unescaped.count("{") == unescaped.count("}")
        for slot in re.findall(r"\{([A-Z_]+)\}", unescaped):
            assert slot in OUTPUT_SLOTS


def test_short_notes_are_short(corpus):
    labels = _read(corpus / "a.labels.jsonl")
    records = _read(corpus / "a.jsonl")
    notes = [r["text"] for r, lab in zip(records, labels) if lab["kind"] == "short_note"]
    assert notes
    assert all(len(t) < 200 for t in notes)


def _trigrams(stream: str) -> set[tuple[str, ...]]:
    toks = stream.split()
    return set(zip(toks, toks[1:], toks[2:]))


def _max_jaccard_pairs(sets: list[set]) -> float:
    """Highest Jaccard similarity over all pairs of ``sets`` (inverted index, exact)."""
    postings: dict = {}
    worst = 0.0
    for k, s in enumerate(sets):
        overlap: dict[int, int] = {}
        for g in s:
            for j in postings.get(g, ()):
                overlap[j] = overlap.get(j, 0) + 1
        for j, c in overlap.items():
            worst = max(worst, c / (len(s) + len(sets[j]) - c))
        for g in s:
            postings.setdefault(g, []).append(k)
    return worst


def test_oneoffs_are_not_near_duplicates():
    """Ordinary one-offs share no more than everyday phrases: after the detector's masking, the
    content of no two of them (greeting, everyday phrases and sign-off left out) reaches the
    generator's trigram Jaccard cap, and none is close to a campaign message."""
    from mass_msg_detect.shingling import masked_streams

    contents: dict[str, str] = {}
    records, labels, _, stats = make_corpus.generate(3000, 21, "dev", spin="heavy", contents=contents)
    by_id = {r["id"]: r for r in records}
    oneoffs = [lab["id"] for lab in labels if lab["kind"] == "oneoff"]
    assert set(oneoffs) == set(contents) and len(oneoffs) > 800
    assert not stats.get("oneoffs_over_similarity_cap")

    def meta(ids):
        return [{k: by_id[i][k] for k in META_FIELDS} for i in ids]

    streams = masked_streams([contents[i] for i in oneoffs], metadata=meta(oneoffs))
    assert min(len(s.split()) for s in streams) >= 8  # the content is a real message, not a stub
    assert _max_jaccard_pairs([_trigrams(s) for s in streams]) < make_corpus.ONEOFF_SIM_MAX

    # the final texts (noise, greetings and sign-offs included) against the campaign messages
    members = [lab["id"] for lab in labels if lab["campaign"] is not None]
    full = [_trigrams(s) for s in masked_streams([by_id[i]["text"] for i in oneoffs], metadata=meta(oneoffs))]
    camp = [_trigrams(s) for s in masked_streams([by_id[i]["text"] for i in members], metadata=meta(members))]
    postings: dict = {}
    for j, s in enumerate(camp):
        for g in s:
            postings.setdefault(g, []).append(j)
    for s in full:
        overlap: dict[int, int] = {}
        for g in s:
            for j in postings.get(g, ()):
                overlap[j] = overlap.get(j, 0) + 1
        assert all(c / (len(s) + len(camp[j]) - c) < make_corpus.ONEOFF_TEMPLATE_SIM_MAX for j, c in overlap.items())


def test_campaign_sizes_are_heavy_tailed():
    sizes = make_corpus.draw_sizes(random.Random(3), 13000, 900)
    assert sum(sizes) >= 13000 - 2
    assert min(sizes) >= 3 and max(sizes) <= 900
    small = sum(1 for s in sizes if s <= 15)
    assert small / len(sizes) > 0.6
    assert max(sizes) >= 200


def test_template_sets_are_disjoint():
    dev = make_corpus.load_template_set("dev")
    held = make_corpus.load_template_set("heldout")
    assert len(dev.LONG) + len(dev.NOTES) >= 40 and len(held.LONG) + len(held.NOTES) >= 40
    assert not set(dev.LONG + dev.NOTES) & set(held.LONG + held.NOTES)
    assert not set(dev.COMPOSER["topics"]) & set(held.COMPOSER["topics"])

    def grams(module) -> set[str]:
        out: set[str] = set()
        for src in module.LONG + module.NOTES:
            words = re.findall(r"[a-z']+", re.sub(r"\{[A-Z_]+\}|\[\[[A-Z0-9_]+\]\]|[{}|]", " ", src.lower()))
            out.update(" ".join(words[i:i + 5]) for i in range(len(words) - 4))
        return out

    a, b = grams(dev), grams(held)
    assert len(a & b) / min(len(a), len(b)) < 0.03


def test_fixtures_are_present_and_small():
    names = ["linkedin_dev_2k.jsonl", "linkedin_dev_2k.labels.jsonl", "linkedin_dev_2k.campaigns.jsonl",
             "linkedin_dev_2k_nometa.jsonl", "example.jsonl"]
    for name in names:
        assert (FIXTURES / name).is_file(), name
    total = sum(p.stat().st_size for p in FIXTURES.iterdir() if p.is_file())
    assert total < 2_000_000
    assert len(_read(FIXTURES / "linkedin_dev_2k.jsonl")) == 2000


# --------------------------------------------------------------------------- evaluator
def test_perfect_predictions_score_one():
    labels = {"1": "A", "2": "A", "3": "B", "4": "B", "5": "B", "6": None, "7": None}
    result = evaluate(labels, dict(labels))
    for key in ("pair_precision", "pair_recall", "pair_f1", "ari", "flag_precision", "flag_recall", "flag_f1"):
        assert result[key] == pytest.approx(1.0), key
    # campaign names need not match, only the partition
    renamed = {k: (None if v is None else v.lower() + "x") for k, v in labels.items()}
    assert evaluate(labels, renamed)["ari"] == pytest.approx(1.0)


def test_hand_computed_example():
    # truth: A = {a1, a2, a3}, B = {b1, b2}, n1 and n2 are one-offs
    labels = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B", "n1": None, "n2": None}
    # prediction: X = {a1, a2}, Y = {a3, b1, n1}; b2 null; n2 missing; "zz" not labelled
    preds = {"a1": "X", "a2": "X", "a3": "Y", "b1": "Y", "b2": None, "n1": "Y", "zz": "X"}
    r = evaluate(labels, preds)
    # true pairs: C(3,2) + C(2,2) = 4; predicted pairs: C(2,2) + C(3,2) = 4; correct: (a1, a2) = 1
    assert (r["true_pairs"], r["predicted_pairs"], r["correct_pairs"]) == (4, 4, 1)
    assert r["pair_precision"] == pytest.approx(0.25)
    assert r["pair_recall"] == pytest.approx(0.25)
    assert r["pair_f1"] == pytest.approx(0.25)
    # ARI: expected = 4 * 4 / C(7,2) = 16/21, max = 4 -> (1 - 16/21) / (4 - 16/21) = 5/68
    assert r["ari"] == pytest.approx(5 / 68)
    # flags: truth {a1,a2,a3,b1,b2}, predicted {a1,a2,a3,b1,n1}: 4 of 5 each way
    assert r["flag_precision"] == pytest.approx(0.8)
    assert r["flag_recall"] == pytest.approx(0.8)
    assert r["flag_f1"] == pytest.approx(0.8)
    assert (r["messages"], r["true_campaigns"], r["predicted_campaigns"]) == (7, 2, 2)
    assert (r["missing_ids"], r["extra_ids"]) == (1, 1)


def test_random_predictions_have_ari_near_zero():
    rng = random.Random(5)
    labels = {str(i): f"c{rng.randrange(25)}" for i in range(3000)}
    preds = {str(i): f"p{rng.randrange(25)}" for i in range(3000)}
    assert abs(evaluate(labels, preds)["ari"]) < 0.02


def test_nulls_and_id_types():
    all_null = {str(i): None for i in range(5)}
    r = evaluate(all_null, all_null)
    assert r["pair_precision"] == r["pair_recall"] == r["ari"] == r["flag_precision"] == r["flag_recall"] == 1.0
    lumped = evaluate(all_null, {str(i): "X" for i in range(5)})
    assert lumped["pair_precision"] == 0.0 and lumped["ari"] == pytest.approx(0.0)
    # with nothing to find, anything predicted makes both precision and recall 0 (documented convention)
    assert lumped["flag_precision"] == 0.0 and lumped["flag_recall"] == 0.0 and lumped["flag_f1"] == 0.0
    # nothing predicted while campaigns exist: recall 0, precision 0 by convention
    missed = evaluate({"1": "A", "2": "A", "3": None}, {})
    assert missed["pair_recall"] == 0.0 and missed["flag_recall"] == 0.0 and missed["missing_ids"] == 3
    # integer ids match their string form
    assert evaluate({1: "A", 2: "A"}, {"1": "c", "2": "c"})["pair_f1"] == 1.0


def test_evaluate_cli(tmp_path, capsys):
    (tmp_path / "l.jsonl").write_text(
        "\n".join(json.dumps(x) for x in [
            {"id": "1", "campaign": "A", "kind": "campaign"}, {"id": "2", "campaign": "A", "kind": "campaign"},
            {"id": "3", "campaign": None, "kind": "oneoff"}]) + "\n", encoding="utf-8")
    (tmp_path / "p.jsonl").write_text(
        "\n".join(json.dumps(x) for x in [
            {"id": "1", "campaign": "k"}, {"id": "2", "campaign": "k"},
            {"id": "2", "line": 4, "campaign": None, "error": "duplicate id"},
            {"id": "3", "campaign": "k", "error": "bad"}]) + "\n", encoding="utf-8")
    assert evaluate_mod.main(["--labels", str(tmp_path / "l.jsonl"), "--predictions", str(tmp_path / "p.jsonl"),
                              "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["pair_f1"] == 1.0 and out["flag_precision"] == 1.0 and out["error_lines"] == 2
    assert out["templated_rate_by_kind"]["oneoff"]["rate"] == 0.0
    assert evaluate_mod.main(["--labels", str(tmp_path / "l.jsonl"), "--predictions", str(tmp_path / "p.jsonl")]) == 0
    assert "adjusted Rand" in capsys.readouterr().out


# --------------------------------------------------------------------------- template evaluation
def test_eval_templates_scores_reconstruction_and_rejects_an_empty_template(corpus, monkeypatch):
    et = _load("eval_templates")
    got = et.evaluate(corpus / "a.jsonl", 10, None, 0)
    assert got["campaigns"] >= 3
    assert all(0.0 <= got[k] <= 1.0 for k in ("a", "b", "c", "d", "all"))
    assert got["all"] >= 0.5, got
    # a template that is one greeting keeps none of the fixed words and none of the groups
    from mass_msg_detect.templates import Template

    monkeypatch.setattr(et, "reconstruct", lambda texts, meta, **kw: Template("Hello", [], [], len(texts)))
    bad = et.evaluate(corpus / "a.jsonl", 10, None, 0)
    assert bad["campaigns"] == got["campaigns"]
    assert bad["d"] == 0.0 and bad["all"] == 0.0, bad


def test_eval_templates_finds_a_group_with_weekdays_as_written_or_masked():
    from mass_msg_detect.templates import Template

    et = _load("eval_templates")
    _, groups, _, context = et.true_parts("Could we talk {next Tuesday or Wednesday|later this month}?")
    (g,), ((bw, aw),) = groups, context

    def found(text, options):
        t = Template(text, [], [{"options": [[o, 5] for o in options]}], 10)
        return et.group_found(g, et.our_groups(t), et.our_norm(t.text), bw, aw)

    assert found("x", ["next Tuesday or Wednesday", "later this month"])
    assert found("x", ["next {WEEKDAY} or {WEEKDAY}", "later this month"])
    assert not found("x", ["next week", "later this month"])
    # a weekday varying beside one that an option's members all write alike
    _, groups, _, context = et.true_parts("Would {Tuesday or Thursday|Wednesday afternoon} work?")
    (g,), ((bw, aw),) = groups, context
    t = Template("Would {WEEKDAY} {afternoon|or Thursday} work?", [], [{"options": [["afternoon", 5],
                                                                                 ["or Thursday", 5]]}], 10)
    assert et.group_found(g, et.our_groups(t), et.our_norm(t.text), bw, aw)


def test_eval_templates_finds_an_unmasked_slot_option_as_free_text():
    from mass_msg_detect.templates import Template

    et = _load("eval_templates")
    _, groups, _, _ = et.true_parts("Creators {in your niche|in {INDUSTRY}}, vetted.")
    (g,) = groups

    def found(options):
        t = Template("x", [], [{"options": [[o, 5] for o in options]}], 10)
        return et.group_found(g, et.our_groups(t), et.our_norm(t.text))

    assert found(["{TEXT}", "your niche"])            # "in {{TEXT}|your niche}"
    assert found(["in {TEXT}", "in your niche"])
    assert not found(["{TEXT}", "our niche"])
    # (only where the true option is the slot alone: "{INDUSTRY} leaders" is not {TEXT})
    _, groups, _, _ = et.true_parts("Hello {{INDUSTRY} leaders|friends}.")
    (g,) = groups
    assert not found(["{TEXT}", "friends"])

#!/usr/bin/env python3
"""Score campaign predictions against the labels written by scripts/make_corpus.py.

Usage::

    mmd campaigns corpus.jsonl -o out.jsonl
    python scripts/evaluate.py --labels corpus.labels.jsonl --predictions out.jsonl [--json]

Both files are JSONL keyed by ``id`` (compared as strings): labels lines are
``{"id", "campaign": <string or null>, "kind": ...}``, prediction lines are
``{"id", "campaign": <string or null>, ...}``; a prediction line with an ``"error"`` key counts as
campaign null, and a labelled id without a prediction is counted as missing and scored as null.
Predictions for ids that are not labelled are counted and otherwise ignored.

Metrics
-------
* pair precision / recall / F1: over pairs of messages in the same campaign. True pairs have both
  messages in one labelled campaign, predicted pairs both in one predicted campaign (nulls never
  pair). Computed from the contingency table as sums of C(n_ij, 2), never by listing pairs.
  With no predicted pairs precision is 1.0 if there are no true pairs either, else 0.0 (and
  symmetrically for recall).
* adjusted Rand index over all labelled messages, each null being its own singleton cluster in
  truth and in prediction (Hubert & Arabie; 1.0 when both partitions are identical, about 0 for
  random labels).
* templated flag precision / recall / F1: per message, truth "campaign is not null" against
  prediction "campaign is not null".
* counts: messages, true campaigns, predicted campaigns, missing ids, extra ids, error lines;
  with ``kind`` in the labels, the share of each kind predicted as templated.

``evaluate(labels, predictions)`` is importable for tests and notebooks.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Mapping


def _c2(n: int) -> int:
    return n * (n - 1) // 2


def _prf(tp: int, pred: int, true: int) -> tuple[float, float, float]:
    precision = tp / pred if pred else (1.0 if true == 0 else 0.0)
    recall = tp / true if true else (1.0 if pred == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(labels: Mapping[str, str | None], predictions: Mapping[str, str | None],
             kinds: Mapping[str, str] | None = None) -> dict:
    """Compare predicted campaigns with labelled ones.

    ``labels`` and ``predictions`` map message id -> campaign id (None for "not a campaign");
    ids are compared as strings. Every labelled id is scored; a labelled id absent from
    ``predictions`` counts as predicted None and as missing. ``kinds`` (id -> kind) adds the
    share of each kind predicted as templated. Returns a flat dict of metrics and counts.
    """
    truth = {str(k): (None if v is None else str(v)) for k, v in labels.items()}
    pred_all = {str(k): (None if v is None else str(v)) for k, v in predictions.items()}
    missing = sum(1 for k in truth if k not in pred_all)
    extra = sum(1 for k in pred_all if k not in truth)
    pred = {k: pred_all.get(k) for k in truth}

    # contingency counts; every null is a singleton of its own (it never pairs)
    true_sizes = Counter(v for v in truth.values() if v is not None)
    pred_sizes = Counter(v for v in pred.values() if v is not None)
    joint = Counter((truth[k], pred[k]) for k in truth if truth[k] is not None and pred[k] is not None)
    true_pairs = sum(_c2(n) for n in true_sizes.values())
    pred_pairs = sum(_c2(n) for n in pred_sizes.values())
    both_pairs = sum(_c2(n) for n in joint.values())
    pair_p, pair_r, pair_f = _prf(both_pairs, pred_pairs, true_pairs)

    n = len(truth)
    total_pairs = _c2(n)
    if total_pairs == 0:
        ari = 1.0
    else:
        expected = true_pairs * pred_pairs / total_pairs
        max_index = (true_pairs + pred_pairs) / 2
        ari = 1.0 if max_index == expected else (both_pairs - expected) / (max_index - expected)

    flag_tp = sum(1 for k in truth if truth[k] is not None and pred[k] is not None)
    flag_pred = sum(1 for k in truth if pred[k] is not None)
    flag_true = sum(1 for k in truth if truth[k] is not None)
    flag_p, flag_r, flag_f = _prf(flag_tp, flag_pred, flag_true)

    result = {
        "pair_precision": pair_p, "pair_recall": pair_r, "pair_f1": pair_f,
        "ari": ari,
        "flag_precision": flag_p, "flag_recall": flag_r, "flag_f1": flag_f,
        "messages": n,
        "true_campaigns": len(true_sizes), "predicted_campaigns": len(pred_sizes),
        "true_templated": flag_true, "predicted_templated": flag_pred,
        "true_pairs": true_pairs, "predicted_pairs": pred_pairs, "correct_pairs": both_pairs,
        "missing_ids": missing, "extra_ids": extra,
    }
    if kinds:
        per_kind: dict[str, list[int]] = {}
        for k in truth:
            kind = kinds.get(k)
            if kind is None:
                continue
            counts = per_kind.setdefault(kind, [0, 0])
            counts[0] += 1
            counts[1] += pred[k] is not None
        result["templated_rate_by_kind"] = {
            kind: {"messages": c[0], "predicted_templated": c[1], "rate": c[1] / c[0]}
            for kind, c in sorted(per_kind.items())
        }
    return result


def _read_jsonl(path: str, what: str):
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"Error: {what} {path}:{lineno}: invalid JSON ({exc.msg})") from None
            if not isinstance(obj, dict) or ("id" not in obj and "error" not in obj):
                raise SystemExit(f"Error: {what} {path}:{lineno}: expected an object with an \"id\"")
            yield obj


def load_labels(path: str) -> tuple[dict[str, str | None], dict[str, str]]:
    labels: dict[str, str | None] = {}
    kinds: dict[str, str] = {}
    for obj in _read_jsonl(path, "labels"):
        key = str(obj["id"])
        campaign = obj.get("campaign")
        labels[key] = None if campaign is None else str(campaign)
        if "kind" in obj:
            kinds[key] = str(obj["kind"])
    return labels, kinds


def load_predictions(path: str) -> tuple[dict[str, str | None], int]:
    preds: dict[str, str | None] = {}
    errors = 0
    for obj in _read_jsonl(path, "predictions"):
        if "error" in obj:
            # a bad record (e.g. a duplicate id) must not undo the prediction of a good one
            errors += 1
            if obj.get("id") is not None:
                preds.setdefault(str(obj["id"]), None)
            continue
        key = str(obj["id"])
        campaign = obj.get("campaign")
        preds[key] = None if campaign is None else str(campaign)
    return preds, errors


def format_table(result: dict) -> str:
    rows = [
        ("pairs", result["pair_precision"], result["pair_recall"], result["pair_f1"]),
        ("templated flag", result["flag_precision"], result["flag_recall"], result["flag_f1"]),
    ]
    lines = [f"{'':16}{'precision':>10}{'recall':>10}{'F1':>10}"]
    for name, p, r, f in rows:
        lines.append(f"{name:16}{p:10.4f}{r:10.4f}{f:10.4f}")
    lines.append(f"{'adjusted Rand':16}{result['ari']:10.4f}")
    lines.append("")
    for key in ("messages", "true_campaigns", "predicted_campaigns", "true_templated", "predicted_templated",
                "true_pairs", "predicted_pairs", "correct_pairs", "missing_ids", "extra_ids", "error_lines"):
        if key in result:
            lines.append(f"{key.replace('_', ' '):22}{result[key]:>12,}")
    by_kind = result.get("templated_rate_by_kind")
    if by_kind:
        lines.append("")
        lines.append(f"{'kind':16}{'messages':>10}{'templated':>11}{'rate':>8}")
        for kind, c in by_kind.items():
            lines.append(f"{kind:16}{c['messages']:10,}{c['predicted_templated']:11,}{c['rate']:8.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="evaluate.py",
        description="Score campaign predictions (mmd campaigns output) against make_corpus.py labels.")
    parser.add_argument("--labels", required=True, help="labels JSONL from make_corpus.py")
    parser.add_argument("--predictions", required=True, help="predictions JSONL: {\"id\", \"campaign\"} per line")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args(argv)
    try:
        labels, kinds = load_labels(args.labels)
        predictions, errors = load_predictions(args.predictions)
    except OSError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    result = evaluate(labels, predictions, kinds or None)
    result["error_lines"] = errors
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print(format_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

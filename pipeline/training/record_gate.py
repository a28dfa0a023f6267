"""Train the record gate (pipeline/events/gate.py) and compare it with the hand rules it would sit behind.

    python -m pipeline.training.record_gate [--shared ../shared] [--output pipeline/resources/record_gate.json]

Every article of the training sets for which the rules build a record gives one row: the cues of its primary
record (gate.FEATURES) and a label.
- Annotated articles (devgold, every annotated set of data/indosum_gold but the holdout, the seeds): 1 when the
  primary record pairs with a gold event and matches it on at least one field (SCHEMA.md section 4), else 0.
- Labelled records (data/indosum_gold/record_labels, record_labels_s14, recall_labels): IndoSum articles outside
  every annotated set whose record or text a reader judged; 0 when the article reports no event, 1 when the record
  is the event it reports (rows whose record named another event than the article's, or was never compared, are
  left out). The random samples random_s13 and random_s16 stay out: they measure precision.
A logistic model with L2 over standardised cues is cross-validated (five folds over articles, three shuffles). Its
threshold is the one that maximises the micro-F1 of the six record fields on the annotated articles, dropping the
records the folds' models reject; the gate is shipped only if that beats keeping every record by MIN_GAIN. The
precision of the kept records on the labelled sample is printed beside it. Never trained on the holdout.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date
from pathlib import Path

import numpy as np

from ..evaluate import pair_events, score_article, score_pair
from ..events import gate
from ..extract import ArticleError, extract
from .participants import _articles as annotated_articles
from .participants import fit as fit_logistic

REPO = Path(__file__).resolve().parents[2]
RECORD_FIELDS = ("when", "where", "people", "organizations", "attendance", "outcomes")
THRESHOLDS = [round(0.05 * i, 2) for i in range(2, 15)]
MIN_GAIN = 0.01   # micro-F1 the gate must add over keeping every record to be shipped
L2 = 0.05
GOLD_ROOT = REPO / "data" / "indosum_gold"


# The training data, found in data/indosum_gold: every annotated set but the holdout, and every labelled sample but
# the random ones (random_s13, random_s16), which measure precision.
def annotated_sets() -> tuple[str, ...]:
    return tuple(sorted(p.parent.name for p in GOLD_ROOT.glob("*/gold") if p.parent.name != "holdout"))


def labelled_sets() -> tuple[str, ...]:
    return tuple(sorted(p.parent.name for p in GOLD_ROOT.glob("*/labels.jsonl")
                        if not p.parent.name.startswith("random_")))


def _labelled_sets(shared: Path) -> list[tuple[str, dict[str, object], dict[str, object] | None, int | None]]:
    """(set name, input row, gold or None, label or None) of every training article."""
    sys.path.insert(0, str(REPO / "scripts"))
    from indosum_inputs import read_rows

    # devgold, every annotated IndoSum set but the holdout, and the seeds, read as the participant scorer's trainer
    # reads them
    items: list[tuple[str, dict[str, object], dict[str, object] | None, int | None]] = [
        ("annotated", row, gold, None) for row, gold in annotated_articles(shared, annotated_sets())]
    for folder in labelled_sets():
        labels_dir = GOLD_ROOT / folder
        judged = [json.loads(line) for line in (labels_dir / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
        label_of = {j["id"]: label for j in judged if (label := _label(j)) is not None}
        items += [("labelled", row, None, label_of[str(row["id"])])
                  for row in read_rows(labels_dir, shared / "corpus") if str(row["id"]) in label_of]
    return items


def _label(judged: dict[str, object]) -> int | None:
    """0 when the reader found no event in the article, 1 when warta's record was the event it reports; None when
    unknown (unsure, another event, or an event whose record was never compared). recall_labels were judged on
    articles without a record, so they add only negatives (the records the rules now make there, on stories without
    an event): the gate sees more wrong records than the labelled samples' share, which its threshold, chosen on the
    annotated articles' F1, does not follow."""
    reports = judged.get("reports_event", judged.get("has_event"))
    if reports in ("no", False):
        return 0
    if reports == "yes" and judged.get("record_is_that_event") in ("yes", "partly"):
        return 1
    return None


def _counts(predicted: list[dict[str, object]], gold: dict[str, object]) -> np.ndarray:
    counts = score_article(predicted, gold["events"])  # type: ignore[arg-type]
    return np.array([[counts[f].tp, counts[f].fp, counts[f].fn] for f in RECORD_FIELDS]).sum(axis=0)


def collect(nlp, shared: Path) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    """One row per article with a primary record: set, features, label, and for annotated articles the field
    counts (tp, fp, fn) with its records and without them. Annotated articles without a record give a row with no
    features, for their counts."""
    rows: list[dict[str, object]] = []
    for set_name, row, gold, label in _labelled_sets(shared):
        gate.recorder = []
        try:
            published = date.fromisoformat(str(row["published"])) if row.get("published") else None
            result = extract(nlp, str(row["text"]), str(row["id"]), published=published,
                             title_line=bool(row.get("title_line")))
        except ArticleError:
            continue
        finally:
            recorded, gate.recorder = gate.recorder or [], None
        predicted = [json.loads(r.model_dump_json()) for r in result.events]
        item: dict[str, object] = {"set": set_name, "id": row["id"],
                                   "x": recorded[0][1] if recorded and predicted else None}
        if gold is not None:
            primary = next((p for p, g in pair_events(predicted, gold["events"])  # type: ignore[arg-type]
                            if p is not None and g is not None and p.get("primary")), None)
            paired = [score_pair(p, g) for p, g in pair_events(predicted, gold["events"])  # type: ignore[arg-type]
                      if p is primary and g is not None] if primary else []
            item["label"] = int(bool(paired) and sum(paired[0][f].tp for f in (*RECORD_FIELDS, "name")) > 0)
            item["with"] = _counts(predicted, gold)
            item["without"] = _counts([], gold)
        else:
            item["label"] = label
        rows.append(item)
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 3000, rate: float = 0.3) -> np.ndarray:
    """Logistic weights over the raw cues (bias first), fitted on standardised ones."""
    mean, scale = x[:, 1:].mean(axis=0), x[:, 1:].std(axis=0) + 1e-9
    weights = fit_logistic(np.c_[np.ones(len(x)), (x[:, 1:] - mean) / scale], y, l2=l2, steps=steps, rate=rate)
    raw = weights[1:] / scale
    return np.r_[weights[0] - float(raw @ mean), raw]


def _f1(counts: np.ndarray) -> float:
    tp, fp, fn = counts
    return float(2 * tp / max(2 * tp + fp + fn, 1))


def cross_validate(rows: list[dict[str, object]], folds: int = 5, shuffles: int = 3) -> np.ndarray:
    """Each scored row's probability from models that did not see its article, averaged over shuffles."""
    scored = [r for r in rows if r["x"] is not None]
    x = np.array([r["x"] for r in scored], dtype=float)
    y = np.array([r["label"] for r in scored], dtype=float)
    total = np.zeros(len(scored))
    for seed in range(shuffles):
        order = list(range(len(scored)))
        random.Random(seed).shuffle(order)
        fold = np.zeros(len(scored), dtype=int)
        for k, i in enumerate(order):
            fold[i] = k % folds
        for k in range(folds):
            weights = fit(x[fold != k], y[fold != k])
            total[fold == k] += 1 / (1 + np.exp(-(x[fold == k] @ weights)))
    return total / shuffles


def gated_f1(rows: list[dict[str, object]], scores: dict[int, float], threshold: float) -> float:
    """Micro-F1 of the six fields on the annotated articles when records scoring under ``threshold`` are dropped."""
    total = np.zeros(3)
    for i, row in enumerate(rows):
        if "with" not in row:
            continue
        dropped = i in scores and scores[i] < threshold
        total += row["without" if dropped else "with"]  # type: ignore[operator]
    return _f1(total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--output", type=Path, default=gate.MODEL_PATH)
    args = parser.parse_args()
    from ..nlp import build

    if args.output.exists():
        args.output.unlink()   # the rows are the rules' records, before any shipped gate drops them
    gate.model.cache_clear()
    rows = collect(build(), args.shared)
    scored_at = [i for i, r in enumerate(rows) if r["x"] is not None]
    probabilities = dict(zip(scored_at, cross_validate(rows), strict=True))
    keep_all = gated_f1(rows, probabilities, 0.0)
    by_threshold = {t: gated_f1(rows, probabilities, t) for t in THRESHOLDS}
    best = max(by_threshold, key=lambda t: by_threshold[t])
    labelled = [(rows[i]["label"], p) for i, p in probabilities.items() if rows[i]["set"] == "labelled"]
    kept = [label for label, p in labelled if p >= best]
    print(f"{len(scored_at)} primary records ({sum(1 for i in scored_at if rows[i]['label'] == 0)} wrong) "
          f"in {len(rows)} articles")
    print(f"cross-validated micro-F1 on the annotated articles: keep every record {keep_all:.3f}; gate at "
          f"threshold {best} {by_threshold[best]:.3f}")
    print("  threshold F1: " + ", ".join(f"{t}: {f:.3f}" for t, f in by_threshold.items()))
    print(f"labelled records: right {sum(label for label, _ in labelled)} of {len(labelled)} kept now; the gate "
          f"keeps {len(kept)}, {sum(kept)} right")
    x = np.array([rows[i]["x"] for i in scored_at], dtype=float)
    y = np.array([rows[i]["label"] for i in scored_at], dtype=float)
    weights = fit(x, y)
    for name, weight in zip(gate.FEATURES, weights, strict=True):
        print(f"    {name:22s} {weight:+.3f}")
    if by_threshold[best] >= keep_all + MIN_GAIN:
        args.output.write_text(json.dumps({
            "features": gate.FEATURES, "weights": [round(float(w), 4) for w in weights], "threshold": best,
            "cv_f1": round(by_threshold[best], 3), "cv_f1_keep_all": round(keep_all, 3),
            "trained_on": "devgold + seeds + data/indosum_gold/" + " + ".join(annotated_sets() + labelled_sets())},
            indent=2) + "\n",
            encoding="utf-8")
        print(f"-> {args.output}")
    else:
        print(f"not shipped: the gate does not beat keeping every record by {MIN_GAIN}")


if __name__ == "__main__":
    main()

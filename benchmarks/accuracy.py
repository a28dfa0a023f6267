"""Per-field F1 of the default pipeline on every annotated set of real articles, as one table.

    .venv/bin/python benchmarks/accuracy.py [--shared ../shared] [--sets seeds,devgold,indosum_dev,indosum_holdout]

Without --sets: the seeds, devgold and every set of data/indosum_gold that holds gold records (indosum_dev,
indosum_dev2 ...), but not the holdout, which is for the end of a piece of work: --holdout adds it, last.

Each set is run through `warta extract` (pipeline.runs.run.run: the same reading, cleaning and assembly) and scored
by `warta evaluate` (SCHEMA.md section 4). It also prints how many articles without an event (gold negatives)
got a record. The holdout (data/indosum_gold/holdout) is for the end of a piece of work, not for developing on.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from indosum_inputs import build as build_indosum_inputs  # noqa: E402

from pipeline.evaluate import evaluate, load_gold, load_predictions  # noqa: E402
from pipeline.runs.run import run  # noqa: E402

FIELDS = ["when", "where", "people", "organizations", "attendance", "outcomes", "micro",
          "name", "type", "mode", "role", "topics"]


def inputs_of(name: str, shared: Path, scratch: Path) -> tuple[Path, Path]:
    """(articles to extract, gold folder) of a set."""
    if name == "seeds":
        return shared / "seeds" / "articles", shared / "seeds" / "gold"
    if name == "devgold":
        return shared / "devgold" / "articles.jsonl", shared / "devgold" / "gold"
    folder = REPO / "data" / "indosum_gold" / name.removeprefix("indosum_")
    articles = scratch / f"{name}.jsonl"
    build_indosum_inputs(folder, shared / "corpus", articles)
    return articles, folder / "gold"


def all_sets(holdout: bool = False) -> list[str]:
    """Every annotated set, in the README table's order, the holdout last and only when asked for; the labelled
    samples (no gold records) are left out."""
    root = REPO / "data" / "indosum_gold"
    folders = [f.name for f in root.iterdir() if (f / "gold").is_dir() and f.name != "holdout"]
    numbered = sorted(folders, key=lambda name: (len(name), name))   # dev, dev2 ... dev9, dev10 ...
    return ["seeds", "devgold", *[f"indosum_{name}" for name in numbered], *(["indosum_holdout"] if holdout else [])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--sets", help="comma-separated set names (default: every annotated set but the holdout)")
    parser.add_argument("--holdout", action="store_true", help="with the default sets, the holdout too, last")
    args = parser.parse_args()
    names = args.sets.split(",") if args.sets else all_sets(args.holdout)
    columns: dict[str, dict[str, float]] = {}
    negatives: dict[str, str] = {}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for name in names:
            articles, gold_dir = inputs_of(name, args.shared, scratch)
            out = scratch / f"out-{name}"
            run([articles], out, workers=1, progress=False)
            gold = load_gold(gold_dir)
            sizes[name] = len(gold)
            predicted = load_predictions(out / "events.jsonl")
            report = evaluate(predicted, gold)
            columns[name] = {f: (report.micro.f1 if f == "micro" else report.fields[f].f1) for f in FIELDS}
            empty = [a for a, g in gold.items() if not g["events"]]
            wrong = [a for a in empty if predicted.get(a)]
            negatives[name] = f"{len(wrong)} of {len(empty)}"
    print("| field (F1) | " + " | ".join(f"{n} ({sizes[n]})" for n in names) + " |")
    print("|---|" + "---|" * len(names))
    for field in FIELDS:
        cells = [f"{columns[n][field]:.3f}" for n in names]
        if field == "micro":
            cells = [f"**{c}**" for c in cells]
            field = "**micro**"
        print(f"| {field} | " + " | ".join(cells) + " |")
    print("| negatives with a record | " + " | ".join(negatives[n] for n in names) + " |")


if __name__ == "__main__":
    main()

"""How far a second, blind annotation of devgold articles agrees with devgold's own, and what that does to warta's
score: the ceiling of the task as the annotations define it, and how much of the gap between devgold and our own
annotated sets (the holdout among them) is the annotators' and not warta's.

    .venv/bin/python benchmarks/agreement.py [--shared ../shared]

data/agreement holds the second annotation: 28 devgold articles annotated by helpers who saw only the texts, SCHEMA.md
and devgold's written conventions, as every set of data/indosum_gold was made (data/agreement/README.md). Three
comparisons are printed, per field, by `warta evaluate` (SCHEMA.md section 4; micro F1 is symmetric, so which side
plays gold does not change it):

- the second annotation against devgold's (the agreement of two careful readers);
- warta against devgold's gold on the same articles;
- warta against the second annotation (how warta reads when scored by gold made as our own sets are).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.evaluate import Report, evaluate, load_gold, load_predictions  # noqa: E402
from pipeline.runs.run import run  # noqa: E402

FIELDS = ["micro", "when", "where", "people", "organizations", "attendance", "outcomes", "name", "type", "mode"]
AGREEMENT = REPO / "data" / "agreement"


def as_predictions(gold: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Gold annotations in the shape of predicted records, to score one annotation against another."""
    return {article_id: [{**event, "article_id": article_id,
                          **{k: event.get(k) or [] for k in ("where", "people", "organizations", "attendance",
                                                             "outcomes")}}
                         for event in annotation["events"]]
            for article_id, annotation in gold.items()}


def compare(first: dict[str, dict[str, Any]], second: dict[str, dict[str, Any]]) -> Report:
    """``first`` scored against ``second`` as gold, over ``second``'s articles."""
    return evaluate(as_predictions(first), second)


def row(label: str, report: Report) -> str:
    cells = [f"{(report.micro if f == 'micro' else report.fields[f]).f1:.3f}" for f in FIELDS]
    return f"| {label} | " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    ids = (AGREEMENT / "ids.txt").read_text(encoding="utf-8").split()
    devgold = {i: g for i, g in load_gold(args.shared / "devgold" / "gold").items() if i in ids}
    second = load_gold(AGREEMENT / "gold")
    if set(second) != set(ids) or set(devgold) != set(ids):
        sys.exit(f"{AGREEMENT}: ids.txt, gold/ and devgold disagree on the articles")
    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp) / "articles.jsonl"
        rows = [line for line in (args.shared / "devgold" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip() and json.loads(line)["id"] in ids]
        articles.write_text("\n".join(rows) + "\n", encoding="utf-8")
        run([articles], Path(tmp) / "out", workers=1, progress=False)
        warta = load_predictions(Path(tmp) / "out" / "events.jsonl")
    negatives = [i for i in ids if not devgold[i]["events"]]
    print(f"{len(ids)} devgold articles ({len(negatives)} with no event), annotated twice\n")
    print("| comparison (F1) | " + " | ".join(FIELDS) + " |")
    print("|---|" + "---|" * len(FIELDS))
    print(row("second annotation vs devgold", compare(second, devgold)))
    print(row("warta vs devgold", evaluate(warta, devgold)))
    print(row("warta vs second annotation", evaluate(warta, second)))
    disputed = [i for i in ids if bool(devgold[i]["events"]) != bool(second[i]["events"])]
    print(f"\nArticles the two annotations disagree on whether they report an event: {len(disputed)} "
          f"({', '.join(disputed) or 'none'})")


if __name__ == "__main__":
    main()

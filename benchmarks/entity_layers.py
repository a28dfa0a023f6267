"""What each half of the entity layer is worth to the event records: the trained NER alone, the gazetteers and
rules alone (``--ner none``), and both (the default), scored on the annotated article sets.

    .venv/bin/python benchmarks/entity_layers.py [--seeds ../shared/seeds]

"Model alone" replaces the rule spans of ``pipeline.stages.entities`` with nothing and switches every rule family off
(every model span kept as it is, no record view); the rest of the pipeline (roles, places, event assembly) is
unchanged, so it measures the entity layer only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.evaluate import evaluate, load_gold, load_predictions  # noqa: E402
from pipeline.runs.run import run  # noqa: E402
from pipeline.stages import entities  # noqa: E402


@contextmanager
def model_spans_only() -> Iterator[None]:
    rule_spans = entities.rule_spans

    def no_rules(doc):  # type: ignore[no-untyped-def]
        doc._.acronyms = {}
        return []

    entities.rule_spans = no_rules
    try:
        with entities.without(*(set(entities.RULE_FAMILIES) - entities.DEFAULT_OFF)):
            yield
    finally:
        entities.rule_spans = rule_spans


def score(articles: Path, gold: Path, ner: str | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as out:
        run([articles], Path(out), ner=ner, texts=False)
        report = evaluate(load_predictions(Path(out) / "events.jsonl"), load_gold(gold))
    return {"people": report.fields["people"].f1, "organizations": report.fields["organizations"].f1,
            "micro": report.micro.f1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
    parser.add_argument("--seeds", type=Path, default=Path(os.environ.get("WARTA_SEEDS", shared / "seeds")))
    args = parser.parse_args()
    sets = {"seeds": (args.seeds / "articles", args.seeds / "gold"),
            "data/raw": (REPO / "data" / "raw", REPO / "data" / "raw" / "gold"),
            "data/holdout": (REPO / "data" / "holdout", REPO / "data" / "holdout" / "gold")}
    print("| entity layer | " + " | ".join(sets) + " |")
    print("|---|" + "---|" * len(sets))
    for label, ner, ablate in (("model alone", None, True), ("rules alone (--ner none)", "none", False),
                               ("model + rules (default)", None, False)):
        cells = []
        for articles, gold in sets.values():
            if ablate:
                with model_spans_only():
                    result = score(articles, gold, ner)
            else:
                result = score(articles, gold, ner)
            cells.append(f"{result['people']:.3f} / {result['organizations']:.3f}, micro {result['micro']:.3f}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    print("\ncells: people F1 / organizations F1, micro-F1 over the six headline fields")


if __name__ == "__main__":
    main()

"""The whole pipeline over annotated articles; fails when a field's F1 drops below its recorded floor.

Floors live in tests/floors.json, a little under the figures measured when they were recorded, so that a real
regression fails and run-to-run noise does not. Raise them when the pipeline improves.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, seeds_dir
from spacy.language import Language

from pipeline.evaluate import Report, evaluate, load_gold
from pipeline.extract import extract
from pipeline.schema import to_json_line

FLOORS = json.loads((REPO / "tests" / "floors.json").read_text(encoding="utf-8"))


def predict(nlp: Language, articles: Path) -> dict[str, list[dict[str, Any]]]:
    predicted: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(articles.glob("*.txt")):
        result = extract(nlp, path.read_text(encoding="utf-8"), path.stem, str(path))
        predicted[path.stem] = [json.loads(to_json_line(event)) for event in result.events]
    return predicted


@pytest.fixture(scope="module")
def seeds_report(nlp: Language) -> Report:
    root = seeds_dir()
    # A missing seed folder is a failure, not a skip: CI must find ../shared/seeds (or $WARTA_SEEDS).
    assert (root / "articles").is_dir() and (root / "gold").is_dir(), f"seed articles not found at {root}"
    return evaluate(predict(nlp, root / "articles"), load_gold(root / "gold"))


@pytest.fixture(scope="module")
def own_report(nlp: Language) -> Report:
    return evaluate(predict(nlp, REPO / "data" / "raw"), load_gold(REPO / "data" / "raw" / "gold"))


@pytest.fixture(scope="module")
def holdout_report(nlp: Language) -> Report:
    return evaluate(predict(nlp, REPO / "data" / "holdout"), load_gold(REPO / "data" / "holdout" / "gold"))


def _f1(report: Report, field: str) -> float:
    return report.micro.f1 if field == "micro" else report.fields[field].f1


@pytest.mark.parametrize("field", sorted(FLOORS["seeds"]))
def test_seed_field_above_floor(seeds_report: Report, field: str) -> None:
    assert _f1(seeds_report, field) >= FLOORS["seeds"][field], seeds_report.as_dict()["fields"][field]


@pytest.mark.parametrize("field", sorted(FLOORS["own"]))
def test_own_articles_field_above_floor(own_report: Report, field: str) -> None:
    assert _f1(own_report, field) >= FLOORS["own"][field], own_report.as_dict()["fields"][field]


@pytest.mark.parametrize("field", sorted(FLOORS["holdout"]))
def test_holdout_articles_field_above_floor(holdout_report: Report, field: str) -> None:
    assert _f1(holdout_report, field) >= FLOORS["holdout"][field], holdout_report.as_dict()["fields"][field]


@pytest.mark.parametrize("folder", ["raw", "holdout"])
def test_every_own_article_has_gold(folder: str) -> None:
    articles = {p.stem for p in (REPO / "data" / folder).glob("*.txt")}
    gold = {p.stem for p in (REPO / "data" / folder / "gold").glob("*.json")}
    assert articles == gold

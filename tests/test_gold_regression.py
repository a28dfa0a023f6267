"""The whole pipeline over annotated real articles; fails when a field's F1 drops below its recorded floor.

The sets, each read the way ``warta extract`` reads them (pipeline.reading.io, then pipeline.runs.run.process):
- ``devgold``: 56 real IndoSum articles annotated independently of warta (../shared/devgold), the main target;
- ``indosum_dev``: 36 more real IndoSum articles we annotated blind (data/indosum_gold/dev; texts from
  ../shared/corpus), developed on;
- ``indosum_dev2``, ``indosum_dev3``, ``indosum_dev4``: 36 more each, annotated blind in sessions 8, 10 and 11,
  measured once before any change and developed on after;
- ``indosum_dev5``: 24 more, annotated blind in session 15 from a wider candidate pool, measured once before any
  change and developed on after;
- ``indosum_dev6``: 24 more (20 of them negatives), annotated blind in session 21 the same way, measured once
  before any change and developed on after;
- ``indosum_dev7``: 24 more (12 of them negatives), annotated blind in session 24 the same way, measured once
  before any change and developed on after;
- ``indosum_dev8``, ``indosum_dev9``: 24 more each (14 and 18 of them negatives), annotated blind in session 25
  the same way, each measured once before any change made after it was picked, and developed on after;
- ``indosum_dev10``, ``indosum_dev11``: 24 more each (21 and 15 of them negatives), annotated blind in session 26
  from wider pools (a gathering word anywhere in the text; in the first 1,200 characters), each measured once
  before any change made after it was picked, and developed on after;
- ``indosum_dev12``, ``indosum_dev13``: 24 more each (19 and 18 of them negatives), annotated blind in session 27 (a
  gathering word in the first 1,500 and 2,000 characters), each measured once before any change made after it was
  picked, and developed on after;
- ``indosum_dev14``: 24 more (16 of them negatives), annotated blind at the end of session 27 and measured once at
  its final code, developed on from session 28;
- ``indosum_dev15``: 24 more (16 of them negatives), annotated blind at the start of session 28 from the last
  candidates of the pool (a gathering word anywhere in the text), measured once before any change and developed on
  after;
- ``indosum_dev16``: 24 more (17 of them negatives), annotated blind at the start of session 29 from the sport, showbiz
  and entertainment categories (a third of devgold; no earlier set drew on them), measured once before any change
  and developed on after;
- ``indosum_dev17``: 24 more of the same categories (22 of them negatives), annotated blind later in session 29 and
  measured once at the code of that time, before any change made after it was picked, and developed on after;
- ``indosum_dev18``: 24 more of the same categories (22 of them negatives), annotated blind in session 61 and measured
  once at the code of that time (no record on any article), developed on after;
- ``indosum_holdout``: 36 more, not developed on (data/indosum_gold/holdout);
- ``seeds``: the five original articles (../shared/seeds).
Floors live in tests/floors.json, a little under the figures measured when they were recorded, so that a real
regression fails and run-to-run noise does not. Raise them when the pipeline improves. A missing shared folder
fails the suite: it is not skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, seeds_dir, shared_dir
from spacy.language import Language

from pipeline.evaluate import Report, evaluate, load_gold
from pipeline.reading.io import iter_articles
from pipeline.runs.run import process

sys.path.insert(0, str(REPO / "scripts"))
from indosum_inputs import build as build_indosum_inputs

FLOORS = json.loads((REPO / "tests" / "floors.json").read_text(encoding="utf-8"))


def predict(nlp: Language, inputs: Path) -> dict[str, list[dict[str, Any]]]:
    predicted: dict[str, list[dict[str, Any]]] = {}
    for item in iter_articles([inputs]):
        article, events, _ = process(item, nlp)
        row = json.loads(article)
        assert row["status"] != "error", row["error"]
        predicted[row["article_id"]] = [json.loads(line) for line in events]
    return predicted


def _indosum_report(nlp: Language, folder: str, tmp_path_factory: pytest.TempPathFactory) -> Report:
    root = REPO / "data" / "indosum_gold" / folder
    inputs = tmp_path_factory.mktemp(folder) / "articles.jsonl"
    corpus = shared_dir() / "corpus"
    assert (corpus / "indosum-dev.jsonl.gz").is_file(), f"IndoSum corpus not found at {corpus}"
    build_indosum_inputs(root, corpus, inputs)
    return evaluate(predict(nlp, inputs), load_gold(root / "gold"))


@pytest.fixture(scope="module")
def devgold_predictions(nlp: Language) -> dict[str, list[dict[str, Any]]]:
    devgold = shared_dir() / "devgold"
    # A missing folder is a failure, not a skip: CI must find ../shared (or $WARTA_SHARED).
    assert (devgold / "articles.jsonl").is_file(), f"devgold not found at {devgold}"
    return predict(nlp, devgold / "articles.jsonl")


@pytest.fixture(scope="module")
def reports(nlp: Language, devgold_predictions: dict[str, list[dict[str, Any]]],
            tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    seeds = seeds_dir()
    assert (seeds / "articles").is_dir() and (seeds / "gold").is_dir(), f"seed articles not found at {seeds}"
    built = {
        "seeds": evaluate(predict(nlp, seeds / "articles"), load_gold(seeds / "gold")),
        "devgold": evaluate(devgold_predictions, load_gold(shared_dir() / "devgold" / "gold")),
    }
    for name in FLOORS:
        if name.startswith("indosum_"):
            built[name] = _indosum_report(nlp, name.removeprefix("indosum_"), tmp_path_factory)
    return built


def _f1(report: Report, field: str) -> float:
    return report.micro.f1 if field == "micro" else report.fields[field].f1


CASES = [(name, field) for name, floors in sorted(FLOORS.items()) for field in sorted(floors)]


@pytest.mark.parametrize(("name", "field"), CASES, ids=[f"{n}-{f}" for n, f in CASES])
def test_field_above_floor(reports: dict[str, Report], name: str, field: str) -> None:
    report = reports[name]
    assert _f1(report, field) >= FLOORS[name][field], (name, report.as_dict()["fields"].get(field))


def test_no_devgold_negative_gets_a_record(devgold_predictions: dict[str, list[dict[str, Any]]]) -> None:
    """The articles that report no event (sport, trials, features) must give no record."""
    gold = load_gold(shared_dir() / "devgold" / "gold")
    predicted = devgold_predictions
    negatives = sorted(a for a, g in gold.items() if not g["events"])
    assert negatives, "devgold has negatives"
    wrong = {a: [e["name"] for e in predicted[a]] for a in negatives if predicted[a]}
    assert len(wrong) <= FLOORS_NEGATIVES_WITH_RECORDS, wrong


# Devgold negatives that still get a record (measured 0 of 19 at the end of session 5): none may.
FLOORS_NEGATIVES_WITH_RECORDS = 0


ANNOTATED = sorted(p.parent.name for p in (REPO / "data" / "indosum_gold").glob("*/gold"))


def test_every_annotated_set_has_floors() -> None:
    assert ANNOTATED and {f"indosum_{name}" for name in ANNOTATED} <= set(FLOORS)


@pytest.mark.parametrize("folder", ANNOTATED)
def test_every_indosum_gold_has_an_id(folder: str) -> None:
    root = REPO / "data" / "indosum_gold" / folder
    ids = (root / "ids.txt").read_text(encoding="utf-8").split()
    assert sorted(ids) == sorted(p.stem for p in (root / "gold").glob("*.json"))


def test_no_person_is_a_calendar_or_department_word(devgold_predictions: dict[str, list[dict[str, Any]]]) -> None:
    """No record names a weekday, month, department or sector word as a person ("Kamis", "Perkebunan"), nor a name of
    two or more words that news mostly writes in lower case ("Bisnis Komersial")."""
    from pipeline import resources
    from pipeline.stages.words import common_word

    dates = resources.load("dates")
    words = {w.lower() for forms in [*dates["weekdays"].values(), *dates["months"].values()] for w in forms}
    words |= {w.lower() for w in resources.load("people")["not_names"]}
    named = [p["name"] for events in devgold_predictions.values() for e in events for p in e["people"] if p["name"]]
    wrong = [n for n in named if set(n.lower().split()) <= words
             or (len(n.split()) > 1 and all(common_word(w) for w in n.split()))]
    assert named and not wrong, wrong

"""benchmarks/labelled.py: how a labelled sample's judgements and today's primary records are counted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import labelled
from labelled import count, count_all

LABELS = {
    "a": {"reports_event": "yes", "record_is_that_event": "yes"},
    "b": {"reports_event": "yes", "record_is_that_event": "partly"},
    "c": {"reports_event": "no", "record_is_that_event": "no"},
    "d": {"reports_event": "unsure", "record_is_that_event": "unknown"},   # left out
    "e": {"reports_event": "yes", "record_is_that_event": None},          # an event article without a record
    "f": {"has_event": False},                                           # the older samples' key
}


@pytest.mark.parametrize(("primaries", "expected"), [
    ({"a", "b", "c", "d"}, {"judged": 5, "event_articles": 3, "with_record": 3, "on_event_article": 2,
                            "records_judged": 3, "that_event": 1, "partly": 1}),
    (set(), {"judged": 5, "event_articles": 3, "with_record": 0, "on_event_article": 0, "records_judged": 0,
             "that_event": 0, "partly": 0}),
    ({"e", "f"}, {"judged": 5, "event_articles": 3, "with_record": 2, "on_event_article": 1, "records_judged": 0,
                  "that_event": 0, "partly": 0}),
])
def test_count(primaries: set[str], expected: dict[str, int]) -> None:
    assert count(LABELS, primaries) == expected


JUDGED = {"a": ("yes", "dev"), "b": ("no", "record_labels"), "c": ("unsure", "record_labels"),
          "d": ("holdout", "holdout"), "e": ("yes", "devgold")}


@pytest.mark.parametrize(("primaries", "expected"), [
    ({"a", "b", "e"}, {"yes": 2, "no": 1}),
    ({"c", "d", "x"}, {"unsure": 1, "holdout": 1, "unjudged": 1}),   # x: nobody judged its article
    (set(), {}),
])
def test_count_all(primaries: set[str], expected: dict[str, int]) -> None:
    assert dict(count_all(primaries, JUDGED)) == expected


def _gold(folder: Path, article_id: str, events: list[object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{article_id}.json").write_text(json.dumps({"article": {"id": article_id}, "events": events}))


def test_judgements_take_gold_first_and_leave_the_holdout_and_copied_labels_out(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root, shared = tmp_path / "gold_root", tmp_path / "shared"
    _gold(shared / "devgold" / "gold", "a", [{"name": "rapat"}])
    _gold(root / "dev" / "gold", "b", [])
    _gold(root / "holdout" / "gold", "h", [{"name": "rapat"}])
    (root / "sample").mkdir()
    (root / "sample" / "labels.jsonl").write_text("\n".join(json.dumps(x) for x in [
        {"id": "b", "reports_event": "yes"},                          # gold (no event) wins over a label
        {"id": "c", "reports_event": "unsure"},
        {"id": "d", "reports_event": "yes", "source": "dev (gold)"},   # copied: counts where it comes from
        {"id": "e", "has_event": False},                             # the older samples' key
    ]) + "\n")
    monkeypatch.setattr(labelled, "GOLD_ROOT", root)
    found = labelled.judgements(shared)
    assert {a: v for a, (v, _) in found.items()} == {"a": "yes", "b": "no", "h": "holdout", "c": "unsure", "e": "no"}
    assert labelled.judgements(shared, holdout=True)["h"] == ("yes", "holdout")

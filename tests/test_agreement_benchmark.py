"""benchmarks/agreement.py: one annotation scored against another, and the second annotation's files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from agreement import AGREEMENT, compare

MEETING: dict[str, Any] = {"primary": True, "name": "Rapat Koordinasi", "type": "meeting",
                           "when": {"start": "2017-05-23", "end": "2017-05-23", "granularity": "day"},
                           "where": [{"name": "Jakarta"}], "people": [{"name": "Amran Sulaiman", "role": "Menteri"}],
                           "organizations": [{"name": "Kementerian Pertanian"}]}


def gold(*events: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {"a": {"article": {"id": "a"}, "events": list(events)}}


@pytest.mark.parametrize(("first", "second", "micro"), [
    (gold(MEETING), gold(MEETING), 1.0),                                        # the same reading
    (gold({**MEETING, "when": None}), gold(MEETING), 2 * 3 / (2 * 3 + 1)),      # one leaves the date out
    (gold(MEETING), gold(), 0.0),                                               # an event the other has not
    (gold({**MEETING, "people": [*MEETING["people"], {"name": "Budi", "role": None}]}), gold(MEETING),
     2 * 4 / (2 * 4 + 1)),                                                      # one more participant
])
def test_compare(first: dict[str, dict[str, Any]], second: dict[str, dict[str, Any]], micro: float) -> None:
    assert compare(first, second).micro.f1 == pytest.approx(micro)


def test_second_annotation_files_match_their_ids() -> None:
    ids = (AGREEMENT / "ids.txt").read_text(encoding="utf-8").split()
    files = sorted(AGREEMENT.glob("gold/*.json"))
    assert sorted(p.stem for p in files) == sorted(ids)
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["article"]["id"] == path.stem
        assert sum(bool(e.get("primary")) for e in data["events"]) == (1 if data["events"] else 0), path.name

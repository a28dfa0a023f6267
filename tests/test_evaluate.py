"""The scorer follows SCHEMA.md section 4."""

from __future__ import annotations

import pytest

from pipeline.evaluate import (
    check_floors,
    evaluate,
    name_matches,
    normalize,
    pair_events,
    score_article,
    token_f1,
)


@pytest.mark.parametrize("text, expected", [
    ("Dr. Drs. Amran, MT", "amran"),
    ("  Kementerian  Dalam Negeri (Kemendagri) ", "kementerian dalam negeri kemendagri"),
    ("Ｓｍａｒｔ City", "smart city"),
    ("Prof. Dr. Hj. Ratna Dewi, S.H., M.H.", "ratna dewi"),
])
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_token_f1() -> None:
    assert token_f1("kualitas udara kota", "kualitas udara") == pytest.approx(0.8)
    assert token_f1("", "kualitas") == 0.0


@pytest.mark.parametrize("predicted, gold, aliases, expected", [
    ("UCLG ASPAC", "UCLG ASPAC", [], True),
    ("Pemprov DKI", "Pemerintah Provinsi DKI Jakarta", ["Pemprov DKI Jakarta", "Pemprov DKI"], True),
    ("Hotel Aston", "Hotel Aston Kota Kupang", [], True),          # containment as whole words
    ("Aston", "Hotel Astoria", [], False),
    ("Dr. Safrizal", "Safrizal ZA", [], True),
])
def test_name_matches(predicted: str, gold: str, aliases: list[str], expected: bool) -> None:
    assert name_matches(predicted, gold, aliases) is expected


def _event(**fields):  # type: ignore[no-untyped-def]
    base = {"primary": True, "name": None, "type": "meeting", "mode": None, "when": None, "where": [],
            "people": [], "organizations": [], "attendance": [], "outcomes": [], "topics": []}
    return {**base, **fields}


def test_fields_scored_on_paired_events() -> None:
    gold = [_event(name="Rapat Koordinasi", when={"start": "2023-01-02", "end": "2023-01-02", "granularity": "day"},
                   people=[{"name": None, "role": "Bupati Sikka", "aliases": []},
                           {"name": "Yohana Lodo", "role": "Kepala Bappeda", "aliases": []}],
                   attendance=[{"count": 120, "qualifier": "exact", "unit": "peserta", "status": "attended"}])]
    predicted = [_event(name="rapat koordinasi daerah", when={"start": "2023-01-02", "end": "2023-01-02"},
                        people=[{"name": None, "role": "Bupati Sikka"}, {"name": "Yohana Lodo", "role": "Sekda"},
                                {"name": "Orang Lain", "role": None}],
                        attendance=[{"count": 120, "qualifier": "about", "unit": "peserta undangan"}])]
    counts = score_article(predicted, gold)
    assert (counts["when"].tp, counts["when"].fp, counts["when"].fn) == (1, 0, 0)
    assert (counts["people"].tp, counts["people"].fp, counts["people"].fn) == (2, 1, 0)
    assert (counts["role"].tp, counts["role"].fp, counts["role"].fn) == (1, 1, 1)
    assert counts["attendance"].tp == 1            # count equal, units share a word
    assert counts["name"].tp == 1


def test_unpaired_events_count_against_precision_and_recall() -> None:
    gold = [_event(organizations=[{"name": "JICA", "aliases": []}])]
    predicted = [_event(organizations=[{"name": "JICA"}]),
                 _event(primary=False, organizations=[{"name": "GIZ"}, {"name": "ADB"}])]
    counts = score_article(predicted, gold)
    assert (counts["organizations"].tp, counts["organizations"].fp, counts["organizations"].fn) == (1, 2, 0)


@pytest.mark.parametrize(("field", "predicted", "tp"), [
    # SCHEMA.md section 4 matches by the predicted name alone: an acronym or surface text beside it does not count
    ("organizations", {"name": "Dewan Perwakilan Rakyat", "acronym": "DPR", "text": "DPR"}, 0),
    ("organizations", {"name": "DPR", "acronym": "DPR", "text": "DPR"}, 1),
    ("where", {"name": "Kabupaten Sikka", "kind": "regency", "text": "Maumere"}, 0),
])
def test_items_match_by_name_alone(field: str, predicted: dict[str, str], tp: int) -> None:
    gold_item = {"name": "DPR", "aliases": []} if field == "organizations" else {"name": "Maumere", "aliases": []}
    counts = score_article([_event(**{field: [predicted]})], [_event(**{field: [gold_item]})])
    assert counts[field].tp == tp


def test_primary_is_paired_with_primary() -> None:
    gold = [_event(name="A"), _event(primary=False, name="B")]
    predicted = [_event(primary=False, name="A"), _event(name="B")]
    pairs = pair_events(predicted, gold)
    assert (pairs[0][0]["name"], pairs[0][1]["name"]) == ("B", "A")


def test_missing_prediction_scores_as_misses_and_floors_fail() -> None:
    gold = {"x": {"article": {"id": "x"}, "events": [_event(when={"start": "2023-01-01", "end": "2023-01-01"})]}}
    report = evaluate({}, gold)
    assert report.fields["when"].fn == 1 and report.fields["when"].f1 == 0.0
    assert check_floors(report, {"when": 0.5}) == ["when: F1 0.000 is below its floor 0.500"]
    assert check_floors(report, {"mode": 0.5}) == []     # no gold mode, nothing predicted: perfect by convention

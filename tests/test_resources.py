"""Every data file under pipeline/resources loads with its expected keys, and its word lists are clean."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from pipeline import resources

NAMES = sorted(path.stem for path in resources.RESOURCE_DIR.glob("*.yaml"))


def test_every_yaml_file_has_a_key_table() -> None:
    assert set(NAMES) == set(resources.EXPECTED_KEYS), "a data file without expected keys, or keys without a file"


@pytest.mark.parametrize("name", NAMES)
def test_loads_with_expected_keys(name: str) -> None:
    data = resources.load(name)
    assert set(data) == resources.EXPECTED_KEYS[name]


def _lists(value: Any, where: str) -> list[tuple[str, list[Any]]]:
    """Every list inside a parsed data file, with where it sits."""
    if isinstance(value, list):
        return [(where, value)]
    if isinstance(value, dict):
        return [item for key, inner in value.items() for item in _lists(inner, f"{where}.{key}")]
    return []


@pytest.mark.parametrize("name", NAMES)
def test_lists_have_no_duplicates_or_empty_entries(name: str) -> None:
    for where, items in _lists(resources.load(name), name):
        strings = [i for i in items if not isinstance(i, (list, dict, int, float))]
        assert all(isinstance(i, str) and i.strip() for i in strings), f"{where}: empty or non-string entry"
        repeated = [i for i, n in Counter(strings).items() if n > 1]
        assert not repeated, f"{where}: repeated {repeated}"


def test_missing_resource_fails_loudly() -> None:
    with pytest.raises(resources.ResourceError):
        resources.load("no_such_file")


def test_a_key_written_twice_fails_loudly(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # YAML would keep the second list silently, replacing the first under the same name
    (tmp_path / "twice.yaml").write_text("words: [rapat]\nother: [a]\nwords: [saat]\n", encoding="utf-8")
    monkeypatch.setattr(resources, "RESOURCE_DIR", tmp_path)
    with pytest.raises(resources.ResourceError, match=r"written twice \['words'\]"):
        resources.load.__wrapped__("twice")


def test_month_and_weekday_forms_are_unique_across_numbers() -> None:
    data = resources.load("dates")
    for key in ("months", "weekdays"):
        forms = [f.lower() for group in data[key].values() for f in group]
        assert len(forms) == len(set(forms)), key


def test_dates_cover_dateparsers_indonesian_month_and_weekday_names() -> None:
    """Our calendar words are a superset of dateparser's full Indonesian names (its data is the reference)."""
    loader = pytest.importorskip("dateparser.languages.loader")
    info = loader.default_loader.get_locale("id").info
    ours = {f.lower() for key in ("months", "weekdays") for group in resources.load("dates")[key].values()
            for f in group}
    names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    # Full names only: dateparser's three-letter forms ("sen", "min") are words in Indonesian prose.
    full = {f.lower() for name in names for f in info[name] if len(f) > 3}
    missing = full - ours - {"djan", "djanuari", "djuni", "djuli"}   # pre-1972 spelling
    assert not missing


def test_status_cues_do_not_repeat_across_statuses() -> None:
    cues = resources.load("attendance")["status_cues"]
    forms = [f for group in cues.values() for f in group]
    assert len(forms) == len(set(forms))


def test_attendance_units_that_need_a_cue_are_units() -> None:
    data = resources.load("attendance")
    assert set(data["needs_attendance_cue"]) <= set(data["units"])


def test_number_words_do_not_overlap() -> None:
    data = resources.load("numbers")
    assert not set(data["units"]) & set(data["multipliers"])
    qualifiers = [f for group in data["qualifiers"].values() for f in group]
    assert len(qualifiers) == len(set(qualifiers))


def test_titles_and_offices_do_not_collide() -> None:
    people = resources.load("people")
    titles = {t for group in people["prefix_titles"].values() for t in group}
    # "Mayor" is both an Indonesian army rank and the English office; the one form that may be both.
    assert titles & set(people["offices"]) <= {"Mayor"}

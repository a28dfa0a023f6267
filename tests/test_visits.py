"""Where a visit went: the object of a visit verb when it is a region, and the country a foreign guest visits."""

from __future__ import annotations

import pytest

from pipeline.events.places import _place_phrases


@pytest.mark.parametrize(("text", "destination", "expected"), [
    # a visit verb's object that is a region is where the visit went ...
    ("Menteri Perdagangan dijadwalkan mengunjungi Fiji pada Rabu (7/3/2018).", True, ["Fiji"]),
    ("Bupati Sikka akan menyambangi Kota Kupang pekan depan.", True, ["Kota Kupang", "Kupang"]),
    # ... not a person or a building someone visits, and only for a visit
    ("Petugas kedutaan dua kali mengunjungi Hendra di penjara kota itu.", True, []),
    ("Wisatawan ramai mengunjungi Museum Bahari setiap akhir pekan.", True, []),
    ("Menteri Perdagangan dijadwalkan mengunjungi Fiji pada Rabu (7/3/2018).", False, []),
])
def test_the_object_of_a_visit_verb(text: str, destination: bool, expected: list[str]) -> None:
    assert [p for p, _ in _place_phrases(text, 0, len(text), destination)] == expected


@pytest.mark.parametrize(("text", "places"), [
    # a foreign guest's visit to Indonesia is there, though "di Indonesia" alone is no place of an event
    ("Perdana Menteri Fiji memulai kunjungan kenegaraan ke Indonesia pada Senin (5/3/2018) dan bertemu Presiden "
     "di Istana Bogor.", ["Istana Bogor", "Bogor", "Indonesia"]),
    ("Seminar ekspor kopi digelar di Indonesia pada Senin (5/3/2018) dan dihadiri ratusan petani.", []),
])
def test_indonesia_is_a_place_only_as_a_visits_destination(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    from pipeline.events import assemble

    assert [p.name for record in assemble(nlp(text)) for p in record.where] == places

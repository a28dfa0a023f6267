"""A rank inside an organisation's span begins its officer's title; a law's name is no organisation; a street
keeps the rank it is named after."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.stages.extensions import entities_of


@pytest.mark.parametrize(("text", "entity", "absent"), [
    ("Rapat itu dihadiri Kepala Bidang Humas Polres Sikka Ajun Komisaris Besar Yohanes Bala di Maumere.",
     ("Polres Sikka", "ORG"), "Polres Sikka Ajun Komisaris Besar Yohanes Bala"),
    ("Rapat DPRD Sikka membahas dampak Peraturan Pemerintah Pengganti Undang-Undang (Perppu) Nomor 2 bagi desa.",
     None, "Pemerintah Pengganti Undang-Undang (Perppu) Nomor"),
])
def test_organisation_spans(nlp: Language, text: str, entity: tuple[str, str] | None, absent: str) -> None:
    spans = [(e.text, e.label_) for e in entities_of(nlp(text))]
    assert all(t != absent for t, _ in spans)
    if entity is not None:
        assert entity in spans


def test_a_street_keeps_its_rank(nlp: Language) -> None:
    spans = [e.text for e in entities_of(nlp("Rapat digelar di kantor bupati di Jalan Jenderal Sudirman, Maumere."))]
    assert not any(t == "Jalan" for t in spans)


@pytest.mark.parametrize(("text", "person", "absent"), [
    # the service or corps after a rank is the title's: no first name, no organisation of its own
    ("Rapat dipimpin Kolonel Nav Hery Purwanto di Madiun.", "Hery Purwanto", ["Nav Hery Purwanto"]),
    ("Acara itu dihadiri Wakasal Laksdya TNI Wuspo Lukito di Jakarta.", "Wuspo Lukito", ["TNI", "TNI Wuspo Lukito"]),
    ("Acara dibuka Letkol CPL Eko Daryanto di Jayapura.", "Eko Daryanto", ["CPL", "CPL Eko Daryanto"]),
])
def test_a_rank_keeps_its_service(nlp: Language, text: str, person: str, absent: list[str]) -> None:
    spans = [(e.text, e.label_) for e in entities_of(nlp(text))]
    assert (person, "PER") in spans
    assert not any(t in absent for t, _ in spans)


def test_the_service_of_an_office_stays_a_body(nlp: Language) -> None:
    spans = [(e.text, e.label_) for e in entities_of(nlp("Rapat dihadiri Panglima TNI Hadi Tjahjanto di Jakarta."))]
    assert ("TNI", "ORG") in spans


@pytest.mark.parametrize(("text", "place", "kept"), [
    # a town's bare name that opens a person's name in the article is that person's short name there
    ("Wali Kota Bogor Bima Arya meneken MoU itu. \"Kami siap,\" ungkap Bima.", "Bima", False),
    # ... not a place written after its noun before a name ("Kota Tangsel Benyamin Davnie")
    ("Kota Tangerang Selatan (Tangsel) menggelar rapat. Wakil Wali Kota Tangsel Benyamin Davnie hadir di Pemkot "
     "Tangsel.", "Tangsel", True),
])
def test_a_first_name_that_is_a_town(nlp: Language, text: str, place: str, kept: bool) -> None:
    spans = [(e.text, e.label_) for e in entities_of(nlp(text))]
    assert ((place, "LOC") in spans) == kept


@pytest.mark.parametrize(("text", "person"), [
    # after an office, a national body's full name that the acronym list knows, then its holder's one name
    ("Rapat dihadiri Direktur Jenderal Anggaran Kementerian Keuangan Askolani yang memaparkan APBN.", "Askolani"),
    # a regional body's head: the word after it is its region, no name
    ("Rapat dihadiri Kepala Dinas Kesehatan Polman yang memaparkan data.", None),
])
def test_a_holder_after_a_known_body(nlp: Language, text: str, person: str | None) -> None:
    people = [e.text for e in entities_of(nlp(text)) if e.label_ == "PER"]
    assert people == ([person] if person else [])

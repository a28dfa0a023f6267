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

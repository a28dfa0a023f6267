"""`--ner stanza`: the stanza model as a pipeline component (skipped without the stanza extra)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.nlp import build

pytest.importorskip("stanza", reason="the stanza extra is not installed (pip install 'warta[stanza]')")

TEXT = """Wali Kota Ambon Resmikan Pasar
AMBON - Wali Kota Ambon, Bodewin Wattimena, meresmikan Pasar Mardika di Kota Ambon, Senin (6/3/2023).
Peresmian dihadiri Kepala Dinas Perindustrian dan Perdagangan Provinsi Maluku, Elvis Pattiselanno, serta ratusan warga.
"""


def test_stanza_pipeline_finds_people_and_places() -> None:
    nlp = build("stanza")
    assert "ner" in nlp.pipe_names
    result = extract(nlp, TEXT, "pasar")
    labels = {(e.text, e.label) for e in result.article.entities}
    assert ("Bodewin Wattimena", "PER") in labels
    assert any(p.name == "Elvis Pattiselanno" for p in result.events[0].people)

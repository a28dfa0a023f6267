"""Fast checks of the shipped NER model (no training, no shared data)."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner-spacy"

# Written for these tests; not taken from any corpus.
SENTENCES: list[tuple[str, str, str]] = [
    (
        "Presiden Joko Widodo meresmikan jembatan baru di Kota Palembang pada hari Senin.",
        "Joko Widodo",
        "PER",
    ),
    (
        "Presiden Joko Widodo meresmikan jembatan baru di Kota Palembang pada hari Senin.",
        "Palembang",
        "LOC",
    ),
    (
        "Menteri Keuangan Sri Mulyani berbicara di depan wartawan di Jakarta.",
        "Sri Mulyani",
        "PER",
    ),
    (
        "Menteri Keuangan Sri Mulyani berbicara di depan wartawan di Jakarta.",
        "Jakarta",
        "LOC",
    ),
    (
        "Komisi Pemberantasan Korupsi menahan dua pejabat Bank Indonesia kemarin.",
        "Komisi Pemberantasan Korupsi",
        "ORG",
    ),
    ("Polda Metro Jaya menangkap tiga tersangka pencurian di Bekasi.", "Bekasi", "LOC"),
    (
        "Partai Golkar menggelar rapat pimpinan di Surabaya, Jawa Timur.",
        "Surabaya",
        "LOC",
    ),
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    if not MODEL_DIR.exists():
        pytest.skip("models/ner-spacy not built")
    blank = spacy.blank("id")
    # The documented way to use the model: source its ner into a blank pipeline.
    blank.add_pipe("ner", source=spacy.load(MODEL_DIR))
    return blank


def test_pipeline_has_single_ner_without_listener() -> None:
    if not MODEL_DIR.exists():
        pytest.skip("models/ner-spacy not built")
    model = spacy.load(MODEL_DIR)
    assert model.pipe_names == ["ner"]
    assert set(model.get_pipe("ner").labels) >= {"PER", "ORG", "LOC"}
    assert "tok2vec" not in model.pipe_names


@pytest.mark.parametrize(("text", "span", "label"), SENTENCES)
def test_finds_entities(nlp, text: str, span: str, label: str) -> None:  # type: ignore[no-untyped-def]
    ents = {(e.text, e.label_) for e in nlp(text).ents}
    assert any(span in t and lab == label for t, lab in ents), ents


def test_each_label_found(nlp) -> None:  # type: ignore[no-untyped-def]
    labels = {e.label_ for text, _, _ in SENTENCES for e in nlp(text).ents}
    assert {"PER", "ORG", "LOC"} <= labels


def test_model_dir_small() -> None:
    if not MODEL_DIR.exists():
        pytest.skip("models/ner-spacy not built")
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 20 * 1024 * 1024

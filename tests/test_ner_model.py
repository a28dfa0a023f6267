"""Fast checks of the shipped NER model (no training, no shared data)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

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
        "Partai Golkar menggelar rapat pimpinan di Surabaya, Jawa Timur.",
        "Golkar",
        "ORG",
    ),
    (
        "Partai Golkar menggelar rapat pimpinan di Surabaya, Jawa Timur.",
        "Surabaya",
        "LOC",
    ),
    (
        "Banjir merendam ratusan rumah di Kabupaten Bandung, kata juru bicara BNPB Abdul Muhari.",
        "BNPB",
        "ORG",
    ),
    (
        "Banjir merendam ratusan rumah di Kabupaten Bandung, kata juru bicara BNPB Abdul Muhari.",
        "Abdul Muhari",
        "PER",
    ),
    (
        "Gubernur Anies Baswedan bertemu pimpinan PT Pertamina di Balai Kota Jakarta.",
        "Pertamina",
        "ORG",
    ),
]


@pytest.fixture(scope="module")
def source() -> Language:
    if not MODEL_DIR.exists():
        pytest.skip("models/ner-spacy not built")
    return spacy.load(MODEL_DIR)


@pytest.fixture(scope="module")
def ner_nlp(source: Language) -> Language:
    blank = spacy.blank("id")
    # The documented way to use the model: source its ner into a blank pipeline.
    blank.add_pipe("ner", source=source)
    return blank


def test_pipeline_has_single_ner_without_listener(source: Language) -> None:
    assert source.pipe_names == ["ner"]
    assert set(source.get_pipe("ner").labels) >= {"PER", "ORG", "LOC"}
    # tok2vec must be embedded in the ner model, not a separate listener target
    assert "tok2vec" not in source.pipe_names
    assert source.get_pipe("ner").model.get_ref("tok2vec").name != "tok2vec-listener"


@pytest.mark.parametrize(("text", "span", "label"), SENTENCES)
def test_finds_entities(ner_nlp: Language, text: str, span: str, label: str) -> None:
    ents = {(e.text, e.label_) for e in ner_nlp(text).ents}
    assert any(span in t and lab == label for t, lab in ents), ents


def test_each_label_found(ner_nlp: Language) -> None:
    labels = {e.label_ for text, _, _ in SENTENCES for e in ner_nlp(text).ents}
    assert {"PER", "ORG", "LOC"} <= labels


def test_model_dir_small() -> None:
    if not MODEL_DIR.exists():
        pytest.skip("models/ner-spacy not built")
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 20 * 1024 * 1024


STANZA_DIR = MODEL_DIR.parent / "ner-stanza"


def test_stanza_model_dir_small() -> None:
    if not STANZA_DIR.exists():
        pytest.skip("models/ner-stanza not shipped")
    size = sum(p.stat().st_size for p in STANZA_DIR.rglob("*") if p.is_file())
    assert size < 20 * 1024 * 1024


def test_stanza_finds_entities() -> None:
    if not STANZA_DIR.exists():
        pytest.skip("models/ner-stanza not shipped")
    pytest.importorskip("stanza")
    from pipeline.training.ner_stanza import tag_tokens

    tokens = [text.rstrip(".").replace(",", " ,").split() for text, _, _ in SENTENCES]
    found = {
        (" ".join(toks[a:b]), label)
        for toks, ents in zip(tokens, tag_tokens(STANZA_DIR, tokens), strict=True)
        for a, b, label in ents
    }
    for _, span, label in SENTENCES:
        assert any(span in text and lab == label for text, lab in found), (span, label, found)


def test_warta_pipeline_loads_the_same_ner_as_sourcing(ner_nlp: Language) -> None:
    from pipeline.nlp import build

    ours = build()
    for text, _, _ in SENTENCES:
        expected = [(e.start_char, e.end_char, e.label_) for e in ner_nlp(text).ents]
        doc = ours.get_pipe("ner")(ours.make_doc(text))
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(("tags", "spans"), [
    (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
    (["I-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),                   # an entity may start with I-
    (["B-PER", "I-LOC", "I-LOC"], [(0, 1, "PER"), (1, 3, "LOC")]),  # a label change starts a new entity
    (["B-PER", "B-PER"], [(0, 1, "PER"), (1, 2, "PER")]),
    (["O", "O"], []),
])
def test_iob_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    from pipeline.stages.ner_tagger import iob_spans

    assert iob_spans(tags) == spans


def test_iob_tagger_learns_and_writes_entities() -> None:
    """The tagger-based NER (pipeline/stages/ner_tagger.py) trains on IOB tags and writes doc.ents, never tags."""
    import random

    from spacy.tokens import Doc
    from spacy.training import Example

    import pipeline.stages.ner_tagger  # noqa: F401  (the factory)

    nlp = spacy.blank("id")
    nlp.add_pipe("warta_iob_tagger", name="ner")
    words = ["Budi", "Santoso", "tiba", "di", "Medan", "kemarin", "."]
    tags = ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O"]
    examples = [Example(Doc(nlp.vocab, words=words), Doc(nlp.vocab, words=words, tags=tags))]
    random.seed(0)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        nlp.update(examples, sgd=optimizer)
    doc = nlp(Doc(nlp.vocab, words=words))
    assert [(e.text, e.label_) for e in doc.ents] == [("Budi Santoso", "PER"), ("Medan", "LOC")]
    assert all(not t.tag_ for t in doc)

"""pipeline.extract.extract_batch and pipeline.runs.process.process_batch: several articles through the pipeline
together give each the lines that one at a time gives it, and a broken article fails alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract import Article, ArticleError, extract_batch, run_pipeline
from pipeline.reading.io import ArticleInput, InputError, iter_articles
from pipeline.runs.process import process, process_batch
from pipeline.runs.run import _status_of, batched

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def _items() -> list[ArticleInput | InputError]:
    items = [item for item in iter_articles(sorted(RAW.glob("*.txt"))[:6]) if isinstance(item, ArticleInput)]
    # an input that could not be read, and a text that is no article, among the articles
    items.insert(2, InputError(article_id="unreadable", source="x.txt", message="cannot decode"))
    items.insert(4, ArticleInput(article_id="short", source="short.txt", text="Judul\nTerlalu pendek."))
    return items


def test_a_batch_writes_what_one_at_a_time_writes(nlp: Language) -> None:
    items = _items()
    assert process_batch(items, nlp) == [process(item, nlp) for item in items]


def test_an_article_that_fails_in_the_pipeline_fails_alone(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    items = [item for item in _items() if isinstance(item, ArticleInput)]
    alone = [process(item, nlp) for item in items]
    component = nlp.get_pipe("warta_counts")

    def broken(doc: Doc) -> Doc:
        if doc._.article_id == items[1].article_id:
            raise RuntimeError("boom")
        return component(doc)

    monkeypatch.setattr(nlp, "_components", [(n, broken if n == "warta_counts" else c) for n, c in nlp.pipeline])
    lines = process_batch(items, nlp)
    assert "internal error RuntimeError: boom" in lines[1][0]
    assert lines[:1] + lines[2:] == alone[:1] + alone[2:]


def test_a_batch_component_that_raises_runs_again_one_doc_at_a_time() -> None:
    class Picky:
        def __call__(self, doc: str) -> str:
            if doc == "bad":
                raise ValueError(doc)
            return doc.upper()

        def pipe(self, docs: list[str], batch_size: int) -> list[str]:
            return [self(doc) for doc in docs]

    class Pipeline:
        def __init__(self) -> None:
            self.pipeline = [("picky", Picky())]

    docs: list[object] = ["a", "bad", "c", ValueError("earlier")]
    run_pipeline(Pipeline(), docs)  # type: ignore[arg-type]
    assert docs[0] == "A" and docs[2] == "C"
    assert isinstance(docs[1], ValueError) and str(docs[3]) == "earlier"


def test_extract_batch_keeps_article_errors_in_place(nlp: Language) -> None:
    results = extract_batch(nlp, [Article("Judul\nTerlalu pendek.", "a"), Article("", "b")])
    assert all(isinstance(result, ArticleError) for result in results)


def test_batched() -> None:
    assert list(batched(iter(range(5)), 2)) == [[0, 1], [2, 3], [4]]  # type: ignore[arg-type]
    assert list(batched([], 3)) == []


@pytest.mark.parametrize("record", [
    {"article_id": "a", "title": 'Rapat "status": "ok" di balai \\', "status": "no_event", "n_events": 0},
    {"article_id": "b", "status": "ok", "entities": [{"text": "status", "label": "ORG"}]},
    {"article_id": "c", "status": None},
    {"article_id": "d"},
])
def test_status_read_off_an_article_line_is_jsons(record: dict[str, object]) -> None:
    line = json.dumps(record, ensure_ascii=False)
    assert _status_of(line) == str(json.loads(line).get("status", "error"))

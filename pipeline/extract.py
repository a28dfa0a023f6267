"""One article in, its records out: clean -> metadata -> spaCy pipeline -> event assembly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.language import Language

from . import events
from .article import read_meta
from .clean import clean
from .dates import year_hint
from .schema import ArticleRecord, Entity, EventRecord


class ArticleError(ValueError):
    """An input that cannot be read as an article; the message says why, for a person to act on."""


@dataclass
class Result:
    article: ArticleRecord
    events: list[EventRecord]
    text: str          # the cleaned text that evidence spans refer to


MIN_ARTICLE_CHARS = 80


def extract(nlp: Language, raw: str, article_id: str, source: str = "", title: str | None = None,
            published: date | None = None) -> Result:
    """Run the whole pipeline over one article's raw text."""
    if not raw.strip():
        raise ArticleError("empty article: no text")
    cleaned = clean(raw, title=title)
    body = cleaned.text[cleaned.title_end:].strip()
    if len(body) < MIN_ARTICLE_CHARS:
        raise ArticleError(f"not an article: only {len(body)} characters of text after cleaning")
    meta = read_meta(cleaned, published)
    doc = nlp.make_doc(cleaned.text)
    doc._.article_id = article_id
    doc._.title_end = cleaned.title_end
    doc._.published = meta.published
    doc._.year_hint = year_hint(cleaned.text)
    doc._.dateline = meta.dateline
    doc._.dateline_span = meta.dateline_span
    doc._.outlet = meta.outlet
    doc._.published_span = meta.published_span
    doc = nlp(doc)
    records = events.assemble(doc)
    article = ArticleRecord(
        article_id=article_id, source=source, title=meta.title, published=meta.published.isoformat()
        if meta.published else None, outlet=meta.outlet, dateline=meta.dateline,
        byline="; ".join(cleaned.byline) or None, status="ok" if records else "no_event",
        n_sentences=sum(1 for _ in doc.sents), n_events=len(records),
        entities=[Entity(text=e.text, label=e.label_, start=e.start_char, end=e.end_char) for e in doc.ents])
    return Result(article, records, cleaned.text)

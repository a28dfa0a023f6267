"""One article in, its records out: clean -> metadata -> spaCy pipeline -> event assembly."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import events
from .events.common import Mention, has_trigger
from .nlp import EVENT_STAGES
from .reading.article import (
    ArticleMeta,
    is_date_line,
    is_photo_caption,
    is_title_line,
    read_header,
    read_meta,
    title_after_date_line,
)
from .reading.clean import WEB_ADDRESS, CleanText, clean
from .schema import ArticleRecord, EventRecord
from .stages.dates import year_hint
from .stages.extensions import entities_of, sentences_of, set_doc_values, text_of


class ArticleError(ValueError):
    """An input that cannot be read as an article; the message says why, for a person to act on."""


@dataclass
class Result:
    article: ArticleRecord
    events: list[EventRecord]
    text: str          # the cleaned text that evidence spans refer to


MIN_ARTICLE_CHARS = 80
# Prose test: news articles keep over 90% of their words in lines of sentences (8+ words with a sentence end);
# a list of links or headlines, a table or a menu keeps few. Below this share the input is refused, unless it
# still has MIN_PROSE_WORDS of sentences: a story with a list of results or a timetable appended is an article.
MIN_PROSE_SHARE = 0.5
MIN_PROSE_WORDS = 100
_PROSE_LINE_WORDS = 8
# A line this long is running text even without a sentence end (scraped text whose full stops were lost with the
# links they stood beside), unless it is a row of a table or holds web addresses.
_RUN_ON_LINE_WORDS = 50
# A sentence ends at . ! ? before a space, the end, or a comma: scraped text joins paragraphs with commas
# ("... Kamis (19/9/2019).,Pusat gempa ...").
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=[\s,]|$)")
_COLUMNS = re.compile(r"\t|\||;|\S {2,}\S")


def _columns(line: str) -> int:
    """``len(_COLUMNS.findall(line))``: without a tab or two spaces in a row (a cleaned line has neither), each of
    its matches is a '|' or a ';' alone, which str.count finds faster."""
    if "\t" in line or "  " in line:
        return len(_COLUMNS.findall(line))
    return line.count("|") + line.count(";")


def _is_prose(line: str, words: int) -> bool:
    """Whether ``line`` (of ``words`` words) is running prose."""
    if words >= _RUN_ON_LINE_WORDS and not WEB_ADDRESS.search(line) and _columns(line) < words // 10:
        return True
    return words >= _PROSE_LINE_WORDS and _SENTENCE_END.search(line) is not None


def check_article(raw: str, body: str) -> None:
    """Raise ArticleError when the cleaned ``body`` is not running prose; ``raw`` shows the columns of a table."""
    counts = [(line, len(line.split())) for line in body.split("\n")]   # each line's words, counted once
    words = sum(count for _, count in counts)   # len(body.split()): a line break separates words too
    prose = sum(count for line, count in counts if count and _is_prose(line, count))
    if words and (prose / words >= MIN_PROSE_SHARE or prose >= MIN_PROSE_WORDS):
        return
    lines = [line for line in body.split("\n") if line.strip()]
    raw_lines = [line for line in raw.split("\n") if line.strip()]
    links = sum(1 for line in raw_lines if WEB_ADDRESS.search(line))
    columns = sum(1 for line in raw_lines if len(_COLUMNS.findall(line)) >= 2)
    digits = sum(char.isdigit() for char in body)
    letters = sum(char.isalpha() for char in body)
    share = f"only {prose / max(words, 1):.0%} of its {words} words are in sentences"
    if links * 2 >= len(raw_lines):
        cause = f"a list of links ({links} of {len(raw_lines)} lines are web addresses)"
    elif columns * 2 >= len(raw_lines):
        cause = f"a table ({columns} of {len(raw_lines)} lines have columns)"
    elif digits > letters:
        cause = f"mostly numbers ({digits} digits, {letters} letters)"
    elif len(lines) == 1:
        cause = f"a fragment (one line of {words} words, no sentence)"
    else:
        short = sum(1 for line in lines if len(line.split()) < _PROSE_LINE_WORDS)
        cause = (f"a list of short lines ({short} of {len(lines)} lines under {_PROSE_LINE_WORDS} words: "
                 "headlines, a menu?)")
    raise ArticleError(f"not an article: looks like {cause}; {share}")


@dataclass
class Prepared:
    """An article read and cleaned, with its metadata: everything before the spaCy pipeline."""

    cleaned: CleanText
    meta: ArticleMeta


def prepare(raw: str, title: str | None = None, published: date | None = None, title_line: bool = True,
            outlet: str | None = None) -> Prepared:
    """Clean one article and read its header (dateline, outlet, byline, publication date); raise ArticleError
    when it is not an article.

    ``title_line``: whether the text's first line is a title (a .txt file); a JSONL/CSV row's text is all body,
    its title (if any) comes apart in ``title``. ``published`` and ``outlet`` are the input's own metadata (a
    JSONL/CSV column): a publication date given there wins over one read from the text, an outlet credited in
    the text wins over the column."""
    if not raw.strip():
        raise ArticleError("empty article: no text")
    if title:
        # A title given apart (a JSONL/CSV column) goes on the first line, where a .txt article has it, so that
        # the title takes part in choosing the main event and evidence offsets cover it too.
        # A text that starts with its title on a line of its own keeps it; "Rapat" before "Rapat koordinasi ..."
        # is not such a line.
        if raw.lstrip().split("\n", 1)[0].strip() != title.strip():
            raw = f"{title.strip()}\n{raw}"
        title = None
    elif title is None:
        raw = title_after_date_line(raw) if title_line else raw
        first_line = raw.lstrip().split("\n", 1)[0].strip()
        if not (title_line or _headline_above_dateline(raw)) or "\n" not in raw.strip() \
                or not is_title_line(first_line) or is_date_line(first_line):
            title = ""    # no title line (a date line is none): all of the text is body
    cleaned = clean(raw, title=title)
    body = cleaned.text[cleaned.title_end:].strip()
    if len(body) < MIN_ARTICLE_CHARS:
        raise ArticleError(f"not an article: only {len(body)} characters of text after cleaning")
    check_article(raw, body)
    return Prepared(cleaned, read_meta(cleaned, published, outlet))


def _headline_above_dateline(raw: str) -> bool:
    """Whether a row's text (whose title, if any, comes apart) starts with its headline after all: a short line, no
    photo's caption, right above the line that opens with the dateline ("Wagub NTT Buka Rakor ...", then "KUPANG,
    Pos Kupang – ..."), as a page copied whole into one text field has it."""
    lines = [line.strip() for line in raw.strip().split("\n", 2)[:2]]
    return len(lines) == 2 and bool(lines[1]) and is_title_line(lines[0]) and not is_photo_caption(lines[0]) \
        and read_header(lines[1]) is not None


# An article longer than this (in cleaned characters) goes through spaCy in pieces of at most this size, cut at
# paragraph or sentence ends: spaCy refuses a Doc over nlp.max_length (E088, 1,000,000 characters), and the event
# stages are built for news-sized texts (their time grows faster than the length). News articles are under 30,000
# characters, so they stay whole.
PIECE_CHARS = 50_000
_PIECE_CUTS = (re.compile(r"\n"), re.compile(r"[.!?…][\"'”’)\]]*[\s,]"), re.compile(r"\s"))


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text``, each at most ``size`` characters, cut after the last line
    break in the piece, else after its last sentence end, else at its last space, else where it must."""
    spans = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for cut in _PIECE_CUTS:
            last = deque(cut.finditer(text, start + size // 2, end), maxlen=1)
            if last:
                end = last[0].end()
                break
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


@dataclass
class _Started:
    """An article prepared, and its pieces made into Docs that have not been through the pipeline yet."""

    prepared: Prepared
    pieces: list[tuple[int, Doc]]      # (where the piece starts in the cleaned text, its Doc)


def _start(nlp: Language, raw: str, article_id: str, title: str | None, published: date | None, title_line: bool,
           outlet: str | None, published_year: int | None = None) -> _Started:
    prepared = prepare(raw, title, published, title_line, outlet)
    cleaned, meta = prepared.cleaned, prepared.meta
    # A publication month without its day gives the story's year; a date read from the text dates it better.
    given = published_year if meta.published is None else None
    hint: int | None = None
    hinted = False
    docs = []
    for start, end in pieces(cleaned.text):
        text = cleaned.text[start:end]
        doc = nlp.make_doc(text)
        doc.user_data["warta_text"] = text   # what extensions.text_of would compute
        title_end = cleaned.title_end if start == 0 else 0
        set_doc_values(doc, article_id=article_id, title_end=title_end)   # no Underscore object for the writes
        # Read for its records alone: where no trigger word stands, no record can come, and the entity stage
        # leaves its own entity output (doc.ents) unmade unless asked (the article's entities are the records').
        no_records = not has_trigger(text, title_end)
        doc.user_data["warta_no_records"] = no_records
        if not no_records and not hinted:   # only the date stage reads it, which runs where a record may come
            hint, hinted = given or year_hint(cleaned.text), True
        set_doc_values(doc, published=meta.published, year_hint=None if no_records else hint, outlet=meta.outlet,
                       year_given=given is not None and not no_records)
        if start == 0:    # the header is in the first piece
            set_doc_values(doc, dateline=meta.dateline, dateline_span=meta.dateline_span,
                           published_span=meta.published_span)
        docs.append((start, doc))
    return _Started(prepared, docs)


def _finish(started: _Started, docs: list[Doc], mentions: list[list[Mention] | None], article_id: str, source: str,
            repairs: tuple[str, ...]) -> Result:
    """The records of an article whose pieces' ``docs`` have been through the pipeline (``mentions``: each one's
    event mentions, as ``run_pipeline`` found them)."""
    cleaned, meta = started.prepared.cleaned, started.prepared.meta
    records: list[EventRecord] = []
    # Entity fields as dicts: ArticleRecord validates them into Entity models in one call (the same models; an
    # Entity() each costs a Python-level validation, 1 us more per entity).
    entities: list[dict[str, Any]] = []
    n_sentences = 0
    for (start, _), doc, found_mentions in zip(started.pieces, docs, mentions, strict=True):
        found = events.assemble(doc, found_mentions)
        if start:
            found = [_shifted(record, start, primary=record.primary and not records) for record in found]
        records += found
        n_sentences += len(sentences_of(doc))
        text = text_of(doc)   # Span.text joins the span's tokens again; the stored text has the same characters
        entities += [{"text": text[e.start_char:e.end_char], "label": e.label_, "start": e.start_char + start,
                      "end": e.end_char + start} for e in entities_of(doc)]
    records = [r if r.event_index == i else r.model_copy(update={"event_index": i}) for i, r in enumerate(records)]
    for doc in docs:
        # The stages keep spans in user_data, and a span holds its Doc: a cycle that only the garbage collector
        # frees, after walking it (about 0.15 ms an article). Nothing reads a Doc after its records are made.
        doc.user_data.clear()
    article = ArticleRecord(
        article_id=article_id, source=source, title=meta.title or None, published=meta.published.isoformat()
        if meta.published else None, outlet=meta.outlet, dateline=meta.dateline,
        byline="; ".join(meta.byline) or None, repaired="; ".join(repairs) or None,
        status="ok" if records else "no_event", n_sentences=n_sentences, n_events=len(records), entities=entities)
    return Result(article, records, cleaned.text)


def extract(nlp: Language, raw: str, article_id: str, source: str = "", title: str | None = None,
            published: date | None = None, title_line: bool = True, outlet: str | None = None,
            repairs: tuple[str, ...] = (), published_year: int | None = None) -> Result:
    """Run the whole pipeline over one article's raw text (see ``prepare`` for the arguments; ``repairs``: what
    reading repaired, for the article's row; ``published_year``: the year of a publication month given without
    its day). A text over ``PIECE_CHARS`` goes through spaCy and event assembly in pieces whose records are joined:
    one primary event (the first piece's), offsets into the whole text."""
    started = _start(nlp, raw, article_id, title, published, title_line, outlet, published_year)
    docs: list[Doc | Exception] = [doc for _, doc in started.pieces]
    mentions = run_pipeline(nlp, docs)
    error = next((doc for doc in docs if isinstance(doc, Exception)), None)
    if error is not None:
        raise error
    return _finish(started, docs, mentions, article_id, source, repairs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Article:
    """The arguments of ``extract`` for one article, for ``extract_batch``."""

    raw: str
    article_id: str
    source: str = ""
    title: str | None = None
    published: date | None = None
    title_line: bool = True
    outlet: str | None = None
    repairs: tuple[str, ...] = ()
    published_year: int | None = None


def extract_batch(nlp: Language, articles: Sequence[Article]) -> list[Result | Exception]:
    """``extract`` for each of ``articles``, the same records, with the statistical NER run over all their Docs
    at once: one article at a time, the NER pays its per-step cost for a single sentence state (6.0 ms per
    article); over 16 articles it steps them all together (4.3 ms). Where ``extract`` would raise, the article's
    place holds the exception (ArticleError for an input that is no article); the others are not affected."""
    started: list[_Started | Exception] = []
    for article in articles:
        try:
            started.append(_start(nlp, article.raw, article.article_id, article.title, article.published,
                                  article.title_line, article.outlet, article.published_year))
        except Exception as error:   # one broken article must not stop the others
            started.append(error)
    docs: list[Doc | Exception] = [doc for item in started if isinstance(item, _Started) for _, doc in item.pieces]
    mentions = run_pipeline(nlp, docs)
    results: list[Result | Exception] = []
    for article, item in zip(articles, started, strict=True):
        if isinstance(item, _Started):
            done, docs = docs[:len(item.pieces)], docs[len(item.pieces):]
            found, mentions = mentions[:len(item.pieces)], mentions[len(item.pieces):]
            error = next((doc for doc in done if isinstance(doc, Exception)), None)
            if error is None:
                try:
                    item = _finish(item, done, found, article.article_id, article.source,  # type: ignore[arg-type]
                                   article.repairs)
                except Exception as failure:
                    item = failure
            else:
                item = error
        results.append(item)
    return results


def run_pipeline(nlp: Language, docs: list[Doc | Exception]) -> list[list[Mention] | None]:
    """Run ``nlp``'s components over ``docs`` in place, as ``nlp(doc)`` would over each; a Doc whose component
    raises is replaced by the exception and skips the later components. Returns each Doc's event mentions
    (``events.event_mentions``, None where not found): they are found before the first of the ``EVENT_STAGES``,
    and a Doc without one skips those stages, whose findings only event assembly reads (it makes no record
    without a mention).

    A component with a ``pipe`` (the trained NER) gets all the Docs in one call; its Docs come out with the
    entities one at a time gives them (each Doc's transitions are its own; the encoder pads between Docs, so no
    window reaches into a neighbour; checked on devgold, the seeds, our IndoSum sets and the corpus). Should
    that call raise, the component runs again one Doc at a time, so that only the Doc at fault fails (spaCy's
    NER writes a batch's entities only once it has predicted all of them, so none were written yet)."""
    mentions: list[list[Mention] | None] = [None] * len(docs)
    gated = False
    for name, component in nlp.pipeline:
        alive = [i for i, doc in enumerate(docs) if not isinstance(doc, Exception)]
        if name in EVENT_STAGES:
            if not gated:
                gated = True
                for i in alive:
                    try:
                        mentions[i] = events.event_mentions(docs[i])  # type: ignore[arg-type]
                    except Exception as error:
                        docs[i] = error
            alive = [i for i in alive if mentions[i] and not isinstance(docs[i], Exception)]
        if len(alive) > 1 and hasattr(component, "pipe"):
            try:
                # spaCy's parser steps a batch in sub-batches of a quarter of ``batch_size`` (by length): twice the
                # Docs makes them halves, 8 of a worker's 16 articles (10% less NER CPU than 4, and than all 16)
                annotated = list(component.pipe([docs[i] for i in alive], batch_size=2 * len(alive)))
            except Exception:
                pass
            else:
                for i, doc in zip(alive, annotated, strict=True):
                    docs[i] = doc
                continue
        for i in alive:
            try:
                docs[i] = component(docs[i])
            except Exception as error:
                docs[i] = error
    return mentions


def _shifted(record: EventRecord, offset: int, primary: bool) -> EventRecord:
    """A record of a later piece: its evidence spans moved into the whole text's offsets."""
    evidence = {name: [[(s + offset, e + offset) for s, e in spans] for spans in values]
                for name, values in record.evidence.items()}
    return record.model_copy(update={"evidence": evidence, "primary": primary})

"""Every custom Doc and Span attribute warta uses, declared in one place."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

DOC_EXTENSIONS: dict[str, object] = {
    "article_id": None,
    "published": None,        # datetime.date or None
    "year_hint": None,        # int or None
    "year_given": None,       # True: the year hint is the input's own (a publication month without its day)
    "title_end": 0,           # the title is text[:title_end]
    "dateline": None,
    "dateline_span": None,
    "outlet": None,
    "published_span": None,
    "dates": None,            # list[dates.DateMention]
    "times": None,            # list[dates.TimeMention]
    "counts": None,           # list[numbers.CountMention]
    "people": None,           # list[roles.PersonMention]
    "acronyms": None,         # dict acronym -> expansion, learned from "Expansion (ACRONYM)" in the article
}
SPAN_EXTENSIONS: dict[str, object] = {
    "place_kind": None,       # venue, city, regency, province, country, other
    "canonical": None,        # gazetteer or acronym-table name
    "province": None,
    "acronym": None,
}


# span_value, doc_value and their setters read and write these where Span._ and Doc._ do, and give what they give:
# no default is mutable (Underscore copies a mutable default into user_data on first read).
assert all(default is None for default in SPAN_EXTENSIONS.values())
assert all(default is None or type(default) is int for default in DOC_EXTENSIONS.values())


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def span_value(span: Span, name: str) -> Any:
    """``getattr(span._, name)`` for one of SPAN_EXTENSIONS, read from where spaCy's Underscore keeps it (the Doc's
    user_data, keyed by the name and the span's characters) without making an Underscore object for one read."""
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))


def set_span_values(span: Span, **values: Any) -> None:
    """``setattr(span._, name, value)`` for each of ``values`` (names of SPAN_EXTENSIONS), written where spaCy's
    Underscore writes them."""
    data, start, end = span.doc.user_data, span.start_char, span.end_char
    for name, value in values.items():
        if name not in SPAN_EXTENSIONS:
            raise AttributeError(name)
        data["._.", name, start, end] = value


def doc_value(doc: Doc, name: str) -> Any:
    """``getattr(doc._, name)`` for one of DOC_EXTENSIONS, read from where spaCy's Underscore keeps it (the Doc's
    user_data, keyed by the name) without making an Underscore object for one read (3.2 -> 0.3 us)."""
    return doc.user_data.get(("._.", name, None, None), DOC_EXTENSIONS[name])


def set_doc_values(doc: Doc, **values: Any) -> None:
    """``setattr(doc._, name, value)`` for each of ``values`` (names of DOC_EXTENSIONS), in their order."""
    data = doc.user_data
    for name, value in values.items():
        if name not in DOC_EXTENSIONS:
            raise AttributeError(name)
        data["._.", name, None, None] = value


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy joins the tokens again on every access, and the extractors read it
    dozens of times per article."""
    text = doc.user_data.get("warta_text")
    if text is None:
        text = doc.text
        doc.user_data["warta_text"] = text
    return text


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def lower_words(doc: Doc) -> frozenset[str]:
    """The words written in lower case in ``doc``'s text (a capitalised word also written so is a common word, not
    a name), computed once: the entity and the role stages both ask."""
    words = doc.user_data.get("warta_lower_words")
    if words is None:
        words = frozenset(_LOWER_WORD.findall(text_of(doc)))
        doc.user_data["warta_lower_words"] = words
    return words


def written_lower(doc: Doc, word: str) -> bool:
    """``word in lower_words(doc)``, without building the whole set where it is not built yet (0.15 ms an article;
    the entity stage asks about a few words): an occurrence of ``word`` (letters a-z only) with neither a word
    character nor a hyphen on either side."""
    words = doc.user_data.get("warta_lower_words")
    if words is not None:
        return word in words
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False
    text = text_of(doc)
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _word_or_hyphen(text[at - 1])) and (end == len(text) or not _word_or_hyphen(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _word_or_hyphen(char: str) -> bool:
    """Whether ``char`` is what ``[\\w-]`` matches in a str pattern (\\w: str.isalnum() or the underscore)."""
    return char.isalnum() or char == "_" or char == "-"


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` as the entity stage left them. spaCy builds new Span objects on every access of ``doc.ents``
    (a walk over all tokens); the extractors after ``warta_entities`` read them hundreds of times per article, so
    that stage stores them here (``remember_entities``), and they are read from here."""
    ents = doc.user_data.get("warta_ents")
    return ents if ents is not None else tuple(doc.ents)


def remember_entities(doc: Doc) -> None:
    """Called by the last stage that sets ``doc.ents``."""
    doc.user_data["warta_ents"] = tuple(doc.ents)


def sentences_of(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of each sentence, trailing white space cut: what ``warta_sentences`` stored, else
    from ``doc.sents``."""
    sentences = doc.user_data.get("warta_sentences")
    if sentences is None:
        sentences = [(s.start_char, s.start_char + len(s.text.rstrip())) for s in doc.sents]
    return sentences

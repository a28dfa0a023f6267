"""Sentence boundaries for Indonesian news: paragraph breaks, and final punctuation that is not an
abbreviation, a title ("Dr.", "Plh.", "M.Si."), an initial ("T.B") or a list number ("1.")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from . import resources

_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n+")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[\"'”’)\]]*$")
_NEXT_START = re.compile(r"\s*[\"'“‘(\[]*([A-Z0-9])")


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.load("abbreviations")
    return frozenset(data["abbreviations"]), frozenset(data["sentence_final"])


def _is_abbreviation(word: str) -> bool:
    abbreviations, _ = _abbreviations()
    word = word.rstrip(".")
    if not word:
        return False
    last = word.split(".")[-1]
    if word in abbreviations or last in abbreviations:
        return True
    # Initials and dotted degrees: "T.B", "S.Pi", "M.Si", "A."
    return bool(re.fullmatch(r"(?:[A-Z][a-z]{0,2}\.)*[A-Z][a-z]{0,2}", word)) and ("." in word or len(word) == 1)


def split_offsets(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences in ``text`` (white space at the edges excluded)."""
    _, sentence_final = _abbreviations()
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if not match.group(0).startswith("\n"):
            before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.end())
            word = before.group(1) if before else ""
            following = _NEXT_START.match(text, end)
            if following is None:
                continue
            if match.group(0).startswith(".") and word.rstrip(".") not in sentence_final and _is_abbreviation(word):
                continue
            # "1. ASEAN dan Jepang ..." at the start of a line: the number is the item's label.
            line_start = text.rfind("\n", 0, match.start()) + 1
            if re.fullmatch(r"\s*\d{1,2}\.", text[line_start:match.end()]):
                continue
        segment = text[start:end]
        stripped = segment.strip()
        if stripped:
            left = start + len(segment) - len(segment.lstrip())
            yield left, left + len(stripped)
        start = end
    segment = text[start:]
    if segment.strip():
        left = start + len(segment) - len(segment.lstrip())
        yield left, left + len(segment.strip())


@Language.component("warta_sentences", assigns=["token.is_sent_start"])
def sentence_splitter(doc: Doc) -> Doc:
    starts = {start for start, _ in split_offsets(doc.text)}
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in starts or (
            token.i > 0 and "\n" in doc[token.i - 1].text)
    return doc

"""Sentence boundaries for Indonesian news: line breaks, and final punctuation followed by a capital or a digit.

A full stop does not end a sentence after a title or abbreviation written before a name or number ("Dr.",
"Plh.", "No.", "Jl.", "Kab.", "s.d."), after an initial ("T.B.", "M."), after a list number at the start of a
line ("1.") or in a dateline ("Semarang. Jatengpos.net"). It does end one after an abbreviation that closes a
phrase ("dll.", "Tbk.", a degree such as "M.Si.") when a capital follows, and after an initial when a word that
only starts sentences follows ("... A.S. Seperti ...") or when it is a unit after a number ("abad ke-6 M.").
Lists live in ``resources/abbreviations.yaml``.

Measured on UD Indonesian (GSD, CSUI, PUD test) by ``python -m pipeline.training.sentences evaluate``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .. import regex, resources
from .extensions import text_of

# Final punctuation (with closing quotes and brackets) before white space, or a run of line breaks:
# "[.!?…]+[\"'”’)\]»]*(?=\s)|\n+" written to start with one character set, which re skips ahead to (it tried both
# alternatives at every character of the text): the first character, then the rest of the alternative it begins.
_CANDIDATE = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’)\]»]*(?=\s)|(?<=\n)\n*)")
_OPENERS = "\"'“‘([«`"
_NEXT_WORD = re.compile(r"\s*([\"'“‘(\[«`]*)([^\s\"'”’.,:;!?)\]»]*)(\S?)")
# A degree written with dots, after a name: "M.Si", "S.Pd", "S.Sos", "S.Kom" (a lower-case letter at the end).
_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,2}\.)+[A-Z][a-z]{1,3}")
# Initials: "A", "T.B", "R.A" (capitals alone, dotted).
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
# "Jatengpos.net", "Antaranews.com", "Kompas.id" after a dateline's place.
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[a-z]{2,6})+")
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,2}|[a-z]|[IVX]{1,4})\.")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class _Lexicon:
    abbreviations: frozenset[str]
    sentence_final: frozenset[str]
    starters: frozenset[str]
    company_ends: frozenset[str]
    holder_before: re.Pattern[str]   # an office, then a company ("PT ..."), up to the end of the text searched




@cache
def _lexicon() -> _Lexicon:
    data = resources.load("abbreviations")
    offices, forms = regex.alternation(data["holder_offices"]), regex.alternation(data["company_forms"])
    return _Lexicon(frozenset(map(str, data["abbreviations"])), frozenset(map(str, data["sentence_final"])),
                    frozenset(map(str, data["sentence_starters"])), frozenset(map(str, data["company_ends"])),
                    re.compile(rf"\b(?:{offices})\s+(?:{forms})\.?\s[^.!?\n]*$"))


def _word_before(text: str, end: int) -> tuple[str, str]:
    """The white-space delimited word ending at ``end`` (leading quotes and brackets dropped), and the one before."""
    window = text[max(0, end - 80):end]
    if not window or window[-1].isspace():
        return "", ""
    words = window.split()
    word = words[-1].lstrip(_OPENERS)
    previous = words[-2] if len(words) > 1 else ""
    return word, previous


def _continues(text: str, match: re.Match[str], opener: str, next_word: str, lexicon: _Lexicon) -> bool:
    """True when the full stop in ``match`` does not end the sentence (``opener``/``next_word``: what follows)."""
    word, previous = _word_before(text, match.start())
    if not word:
        return False
    starter = next_word in lexicon.starters
    degree = bool(_DEGREE.fullmatch(word)) and not {word, word.split(".")[0]} & lexicon.abbreviations
    if word in lexicon.sentence_final or degree:
        if word.rstrip(",") in lexicon.company_ends and not starter \
                and lexicon.holder_before.search(text, max(0, match.start() - 150), match.start()):
            return True   # "Presiden Direktur PT Bank Central Asia Tbk. Jahja Setiaatmadja": the company's holder
        # "dll. Kegiatan ...", "M.Si. Ia ..."; but "Pte. Ltd.", "S.H. M.H." and "Tbk. (BBNI)" go on.
        return opener.startswith("(") or next_word in lexicon.abbreviations or next_word in lexicon.sentence_final
    if word in lexicon.abbreviations:
        return True
    if _INITIALS.fullmatch(word):
        # "abad ke-6 M." and "suhu 2 C." are units after a number, not initials.
        return not starter and not _DIGIT.search(previous)
    # List labels and datelines sit at the start of a short line: look back a few dozen characters only.
    window = max(0, match.start() - 60)
    line_start = text.rfind("\n", window, match.start()) + 1 or (0 if window == 0 else -1)
    if line_start < 0:
        return False
    before = text[line_start:match.start() + 1]
    if _LIST_NUMBER.fullmatch(before):
        return True  # "1. ASEAN dan Jepang ..." at the start of a line: the number is the item's label.
    # A dateline: "Semarang. Jatengpos.net - ..."
    next_token = text[match.end():match.end() + 60].split(maxsplit=1)
    return len(before.split()) <= 3 and bool(next_token) and bool(_DOMAIN.fullmatch(next_token[0]))


def split_offsets(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the sentences in ``text`` (white space at the edges excluded)."""
    lexicon = _lexicon()
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if match.group(0)[0] != "\n":
            following = _NEXT_WORD.match(text, end)
            opener, next_word, other = following.groups() if following else ("", "", "")
            first = (next_word or other)[:1]
            if not first or not (first.isupper() or first.isdigit()):
                continue
            if match.group(0)[0] == "." and not match.group(0).startswith("..") and _continues(
                    text, match, opener, next_word, lexicon):
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
    """Marks the first token of each sentence from ``split_offsets``; every other token is not a start.

    Written in one ``Doc.from_array`` call: setting ``Token.is_sent_start`` one token at a time rescans the
    whole Doc on each call.
    """
    text = text_of(doc)
    if not len(doc):
        doc.user_data["warta_sentences"] = []
        return doc
    starts = numpy.array(sorted(start for start, _ in split_offsets(text)), dtype="int64")
    columns = doc.to_array([IDX, LENGTH, IS_SPACE]).astype("int64")
    idx, length, is_space = columns[:, 0], columns[:, 1], columns[:, 2]
    # The token each sentence starts in; a start is marked only where it falls inside a token that is not space.
    token = numpy.searchsorted(idx, starts, side="right") - 1
    inside = (token >= 0) & (starts < idx[token] + length[token]) & (is_space[token] == 0)
    flags = numpy.full((len(doc), 1), -1, dtype="int64")
    flags[token[inside], 0] = 1
    flags[0, 0] = 1
    doc.from_array([SENT_START], flags.astype("uint64"))  # -1 (not a start) wraps, as spaCy expects
    # The character span of each sentence as Doc.sents gives it (trailing white space cut), kept for the
    # later stages, which would otherwise rebuild Doc.sents token by token.
    first_tokens = numpy.flatnonzero(flags[:, 0] == 1)
    last_tokens = numpy.append(first_tokens[1:], len(doc)) - 1
    sentences = []
    for first, last in zip(first_tokens.tolist(), last_tokens.tolist(), strict=True):
        start, end = int(idx[first]), int(idx[last] + length[last])
        sentences.append((start, start + len(text[start:end].rstrip())))
    doc.user_data["warta_sentences"] = sentences
    return doc

"""pipeline/stages/words.py: the spans a per-form regex would find, without the regex."""

from __future__ import annotations

import re
import sys

import pytest

from pipeline.stages.words import _joins, common_word, whole_word_spans

TEXT = ("Presiden Jokowi, yang akrab disapa Jokowi-nya Jokowi_x Jokowi. (AEKI) AEKIA xAEKI AEKI; 'Danny' Danny2 "
        "Dr. Dr. Dr. aa aaa aaaa a.a.a. a.a. Ñandú Ñandúes ÑANDÚ Jokowi")


@pytest.mark.parametrize("form", ["Jokowi", "AEKI", "Danny", "Dr.", "Dr. Dr.", "a.a.", "aa", "a", "Ñandú", "(AEKI)",
                                  ".", " ", "Jokowi-nya", "tidak ada", ""])
def test_same_spans_as_the_regex(form: str) -> None:
    expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", TEXT)]
    assert whole_word_spans(TEXT, form) == expected


def test_word_characters_are_re_s() -> None:
    word = re.compile(r"[\w-]")
    assert all(_joins(chr(c)) == bool(word.match(chr(c))) for c in range(sys.maxunicode + 1))


@pytest.mark.parametrize(("word", "common"), [
    ("Monitoring", True), ("Pakan", True), ("Berlangsung", True), ("Dunia", True),
    ("Putri", False),      # written in lower case most of the time, but it opens names in the NER training data
    ("Murni", False), ("Bangun", False), ("Khotimah", False),   # given and clan names (people.yaml names_also_words)
    ("Jokowi", False), ("Hotel", False),   # "Hotel" is capitalised as often as not
])
def test_common_word(word: str, common: bool) -> None:
    assert common_word(word) is common

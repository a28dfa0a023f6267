"""The lexeme getters of pipeline/stages/lexemes.py give spaCy's own values."""

from __future__ import annotations

import functools
from functools import cache
from typing import Any

import pytest
import spacy
from spacy import attrs

from pipeline.nlp import build
from pipeline.stages import lexemes
from pipeline.stages.lexemes import faster_getters, word_shape

WORDS = [
    "rapat", "Rapat", "RAPAT", "Jakarta,", "dua", "Dua", "sebelas", "lima-belas", "3", "1.200", "12,5", "-4", "±3",
    "1/2", "a/b", "Rp", "IDR", "$", "€", "Rp5", "(", ")", "[", "«", "“", "”", "''", "``", "'", '"', "...", "--",
    "!!!!!!", "www.kemenkes.go.id", "https://warta.id", "kemenkes.go.id", "berita.com/", "surel@kantor.id", "@warta",
    "Soekarno-Hatta", "aaaaaaab", "AAAAAAab", "12345678", "ÉLÈVE", "Ünal", "naïf", "ﬁnal", "²", "١٢", "ǅ", "東京",
    " ", "\n\n", "\t", "x" * 120, "#Pemilu2024", "COVID-19", "e-KTP", "KTP-el", "ke-3", "pukul", "WIB",
]


@cache
def _getters() -> tuple[dict[int, Any], dict[int, Any]]:
    spacy_getters = spacy.blank("id").vocab.lex_attr_getters   # a blank pipeline takes seconds: built once
    return spacy_getters, faster_getters(spacy_getters)


@pytest.mark.parametrize("word", WORDS)
def test_same_values_as_spacy(word: str) -> None:
    spacy_getters, ours = _getters()
    for attr, getter in spacy_getters.items():
        expected, got = getter(word), ours[attr](word)
        assert (got, type(got)) == (expected, type(expected)), (attrs.NAMES[attr] if attr < 80 else attr, word)


def test_the_pipeline_uses_them() -> None:
    getters = build().vocab.lex_attr_getters
    assert getters[attrs.IS_ALPHA] is str.isalpha
    assert getters[attrs.SHAPE].__module__ == "pipeline.stages.lexemes"
    for attr in (attrs.LANG, attrs.NORM, attrs.IS_STOP):   # spaCy's partials, each a plain function here
        assert not isinstance(getters[attr], functools.partial), attr


@pytest.mark.parametrize("words", [
    ["Pemerintah", "Kabupaten", "Pemerintah"],        # the same long shape again: from the cache
    ["aaaaaaab", "bbbbbbbc", "AAAAAAab"],             # runs cut to four, then looked up
    ["12345678", "98765432", "1.200.000", "9.999.999"],
    ["!!!!!!", "......", "!!!!!!"],                   # runs of marks are cut too
])
def test_cached_shapes_are_spacys(words: list[str]) -> None:
    spacy_shape = _getters()[0][attrs.SHAPE]
    for word in words:
        assert word_shape(word) == spacy_shape(word)
        assert word_shape(word) == spacy_shape(word)


def test_shape_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexemes, "_CUT_SHAPES", {})
    monkeypatch.setattr(lexemes, "_MAX_CUT_SHAPES", 3)
    spacy_shape = _getters()[0][attrs.SHAPE]
    for word in ["abcdef", "Abcdef", "ABcdef", "ABCdef", "ABCDef", "ABCDEf"]:
        assert word_shape(word) == spacy_shape(word)
    assert len(lexemes._CUT_SHAPES) == 3

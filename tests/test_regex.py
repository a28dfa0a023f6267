"""pipeline/regex.py: the first-character guard never changes what a pattern matches."""

from __future__ import annotations

import re

import pytest

from pipeline import regex

TEXT = ("Senin (6/2/2023) pukul 09.30 WIB, Wali Kota Kupang membuka rapat di Aula Lt. 2; 1.200 peserta hadir. "
        "RAPAT berlangsung 18 hingga 19 Oktober 2022, kata Dr. Budi (ACR). Tidak ada [x] atau {y} _z_ ‒ “kutipan”.")


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"\b(?:Senin|Selasa)\s*\(\d{1,2}/\d{1,2}", re.IGNORECASE),
    (r"(?<![\w-])(?:rapat|pertemuan)(?![\w-])", re.IGNORECASE),
    (r"(?:\b(?:pukul|jam)\s+)?\b\d{1,2}[.:]\d{2}", 0),
    (r"(?:Dr\.?\s+)?[A-Z][a-z]+", 0),
    (r"\s*,?\s*(?:kata|ujar)\s+", 0),
    (r"[^\s]+", 0),                       # unbounded first character: compiled unchanged
    (r"^Senin", 0),                       # anchored: compiled unchanged
    (r"x?", 0),                           # can match empty: compiled unchanged
    (r"\d+(?:\.\d{3})*\s+peserta", 0),
    (r"[\[{](?P<inner>\w)[\]}]", 0),
    (r"(?i:rapat)", 0),                   # scoped flags: compiled unchanged
])
def test_guarded_pattern_finds_the_same_matches(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    guarded = regex.compile(pattern, flags)
    assert [(m.span(), m.groupdict()) for m in guarded.finditer(TEXT)] == \
           [(m.span(), m.groupdict()) for m in plain.finditer(TEXT)]
    assert guarded.groupindex == plain.groupindex


def test_guard_lists_the_possible_first_characters() -> None:
    assert regex.first_char_guard(r"\b(?:Senin|Rabu)\b") == "(?=[SR])"
    assert regex.first_char_guard(r"(?:\s*,)?\d") == r"(?=[\s,\d])"
    assert regex.first_char_guard(r"Senin") is None          # re already skips ahead to an "S"
    assert regex.first_char_guard(r".a") is None


PHRASES = ["rapat", "rapat kerja", "seminar nasional", "halal-bihalal", "MoU", "kunjungan kerja"]
PHRASE_PATTERN = re.compile(r"(?<![\w-])(?:rapat\s+kerja|seminar\s+nasional|halal\-bihalal|kunjungan\s+kerja|"
                            r"rapat|MoU)(?![\w-])", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Rapat kerja dan RAPAT pleno; halal-bihalal, x-rapat, rapatnya, mou-nya, MoU.",
    "kunjungan  kerja\nseminar nasional rapat",
    "", "rapat", "-rapat rapat-", "é rapat_ rapat",
    "RAPAT KERJA Ñandú Rapat ÉCOLE Seminar Nasional", "İzmir rapat", "ΣΟΦΙΑ rapat seminar nasional",
])
@pytest.mark.parametrize("pos", [0, 3])
def test_phrase_alternation_finds_what_finditer_finds(text: str, pos: int) -> None:
    phrases = regex.PhraseAlternation(PHRASE_PATTERN, PHRASES)
    assert [m.span() for m in phrases.finditer(text, pos)] == [m.span() for m in PHRASE_PATTERN.finditer(text, pos)]


def test_phrase_alternation_needs_phrases_that_start_with_a_word() -> None:
    with pytest.raises(ValueError):
        regex.PhraseAlternation(PHRASE_PATTERN, ["(rapat)"])


@pytest.mark.parametrize("text", [
    "Rapat kerja dan RAPAT pleno; halal-bihalal, x-rapat, rapatnya, mou-nya, MoU.",
    "kunjungan  kerja\nseminar nasional rapat", "", "rapat", "-rapat rapat-", "é rapat_ rapat", "ra", "MoU",
    "Kunjungan Kerja Rapat Koordinasi", TEXT,
])
@pytest.mark.parametrize("pos", [0, 1, 3, 9])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_word_starts_finds_what_finditer_finds(text: str, pos: int, flags: int) -> None:
    pattern = re.compile(PHRASE_PATTERN.pattern, flags)
    starts = regex.WordStarts(pattern, PHRASES)
    assert [m.span() for m in starts.finditer(text, pos)] == [m.span() for m in pattern.finditer(text, pos)]


def test_word_starts_needs_phrases_that_start_with_a_word() -> None:
    with pytest.raises(ValueError):
        regex.WordStarts(PHRASE_PATTERN, ["(rapat)"])


@pytest.mark.parametrize("text", [
    "Rapat digelar di kantor_baru, lalu rapat-rapat lain.",
    "“Rapat” di café naïve 2024: Straße, RAPAT; x_y\u00a0rapat\trapat\n",
    "", "   ", "rapat", "árapat rapatá rapat",
])
@pytest.mark.parametrize("pos", [0, 1, 5])
def test_word_set_finds_the_runs_of_word_characters(text: str, pos: int) -> None:
    words = {"rapat", "café", "naïve", "x_y", "2024", "straße", "kantor", "lain"}
    expected = words & set(re.findall(r"\w+", text[pos:]))
    assert regex.WordSet(words).found_in(text, pos) == expected
    assert regex.WordSet(words).found_in(text.lower(), pos) == words & set(re.findall(r"\w+", text.lower()[pos:]))

"""Fuzzing the text-level stages: whatever the text, they never raise and every offset lies inside the text."""

from __future__ import annotations

import os
import re
from datetime import date
from functools import cache

import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokenizer import Tokenizer

from pipeline.reading.clean import (
    _joined_hyphens,
    _normalize_charwise,
    _normalize_line,
    _unglue,
    _without_dropped_brackets,
    clean,
)
from pipeline.stages.dates import find_dates
from pipeline.stages.numbers import find_counts, parse_number
from pipeline.stages.tokenizer import ChunkCachedTokenizer
from pipeline.stages.tokenizer import indonesian_tokenizer as _indonesian_tokenizer

# 200 examples keep the suite fast; WARTA_FUZZ_EXAMPLES=5000 for a deeper search now and then.
FUZZ = settings(max_examples=int(os.environ.get("WARTA_FUZZ_EXAMPLES", "200")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

# Pieces of Indonesian news text that the patterns look for, mixed with arbitrary characters, so that the
# fuzzing reaches the pattern code rather than only its early exits.
PIECES = [
    "Rabu (31/7)", "18 hingga 19 Oktober lalu", "Desember 2020", "8 Oktober 2021Pemerintah", "kemarin",
    "pekan lalu", "1.200 peserta", "lebih dari 200 peserta", "ratusan warga", "tujuh belas", "2,5 juta",
    "sedikitnya 40 kepala desa", "34 kabupaten/kota", "Dr.Kessie", "hanya10 Kab/Kota", "***", "Senin, 21 "
    "November 2022 - 09:46 WIB", "JAKARTA, KOMPAS.com -", "Baca juga:",
    "Kim Jong - un", "Undang - undang", " - di", "(Baca: Judul Lain)", "[tyo]", "\n", "\r\n", " ", "\t", "\u200b",
    "\ufeff", "\x00", "\u00ad", "\u2028", "ﬁ", "Ⅻ", "①", "١٢٣", "29 Februari 2023", "31/2", "0/0", "99999999999999",
]
texty = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=30).map("".join)
reference = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@FUZZ
@given(texty, st.one_of(st.none(), st.text(max_size=30)))
def test_clean_never_raises_and_maps_back(raw: str, title: str | None) -> None:
    cleaned = clean(raw, title=title)
    assert len(cleaned.offsets) == len(cleaned.text)
    assert all(0 <= offset <= max(len(raw) - 1, 0) for offset in cleaned.offsets)
    assert 0 <= cleaned.title_end <= len(cleaned.text)
    for start in range(0, len(cleaned.text), 7):
        raw_start, raw_end = cleaned.raw_span(start, min(start + 5, len(cleaned.text)))
        assert 0 <= raw_start <= raw_end <= len(raw)


@FUZZ
@given(texty, reference, st.one_of(st.none(), st.integers(min_value=1900, max_value=2100)))
def test_find_dates_never_raises_and_spans_fit(text: str, published: date | None, hint: int | None) -> None:
    for mention in find_dates(text, published, hint):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.first <= mention.last
        assert mention.granularity in ("day", "month", "year")


@FUZZ
@given(texty)
def test_find_counts_never_raises_and_spans_fit(text: str) -> None:
    for count in find_counts(text):
        assert 0 <= count.start < count.end <= len(text)
        assert 0 <= count.unit_start <= count.unit_end <= len(text)
        assert count.count is None or count.count >= 0


@FUZZ
@given(st.one_of(texty, st.from_regex(r"[\d.,]{1,12}( (ribu|juta|miliar))?", fullmatch=True)))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or value >= 0


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=30).map("".join)
       .map(lambda text: text.replace("\n", " ").replace("\r", " ")))
def test_clean_fast_path_matches_the_character_pass(line: str) -> None:
    # both paths end in the same steps (emptied brackets and links dropped, split hyphens joined, glued words split):
    # the fast one must equal them (the fast path may give its offsets as a range)
    text, offsets = _normalize_line(line, 5)
    expected, expected_offsets = _unglue(*_joined_hyphens(*_without_dropped_brackets(*_normalize_charwise(line, 5))))
    assert (text, list(offsets)) == (expected, list(expected_offsets))


def build_tokenizer() -> ChunkCachedTokenizer:
    return _indonesian_tokenizer(spacy.blank("id"))


@cache
def _tokenizers() -> tuple[Tokenizer, ChunkCachedTokenizer, ChunkCachedTokenizer]:
    """spaCy's, chunk-cached over spaCy's, and the pipeline's (chunk-cached, special cases loaded when needed)."""
    tokenizer = spacy.blank("id").tokenizer
    return tokenizer, ChunkCachedTokenizer(tokenizer), build_tokenizer()


# Special cases of every kind (hyphenated words in three casings, abbreviations, ones with a space, emoticons)
# and strings that contain one: a special case must apply whenever it would in spaCy's own tokenizer.
SPECIALS = ["kota-kota", "Kota-Kota", "KOTA-KOTA", "mudah-mudahan", "free-to-play", "dll.", "dsb.", "w.", "Dr. rer. nat.",
            "(ACR).", ":)", "Rp5.000,-", "sehari-hari,", "(masing-masing)", "bolak-balik.", "kota-kotanya", "x-kota-kota"]


@FUZZ
@given(st.lists(st.one_of(st.sampled_from([*PIECES, *SPECIALS]),
                          st.text(alphabet=" \n\tabAB1238.,-()'\"/:<=", max_size=8)), max_size=30).map("".join))
def test_cached_tokenizers_match_spacy(text: str) -> None:
    spacy_tokenizer, cached, lazy = _tokenizers()
    expected = [(t.text, t.whitespace_) for t in spacy_tokenizer(text)]
    for _ in range(2):   # the second call is served from the cache
        assert [(t.text, t.whitespace_) for t in cached(text)] == expected
        assert [(t.text, t.whitespace_) for t in lazy(text)] == expected


@FUZZ
@given(st.lists(st.sampled_from(["Juni 2023", "juni  2024", " 5/2021", "x/2020", "Jan. 2022", "Desember\n2021",
                                 "2023", "/2023", "Agustus 20234", "Mei2023", "٣/2023", " ", "a", "\n", "Sept. 2020",
                                 "Juni" + " " * 45 + "2023", "1/", "."]), max_size=12).map("".join))
def test_dated_years_match_the_date_year_pattern(text: str) -> None:
    from pipeline.stages.dates import _dated_years, _lexicon

    date_year = re.compile(rf"(?:{_lexicon().month})\s+((?:19|20)\d\d)\b|\d/((?:19|20)\d\d)\b", re.IGNORECASE)
    assert _dated_years(text) == [int(y) for y in date_year.findall(text) for y in y if y]


# Date text in every casing, with the characters that lower-case to two ("İ") or that a case-insensitive "i"
# or "s" matches without lower-casing to them ("ı", "ſ"): the folded scan must find what the plain one finds.
DATE_PIECES = ["Minggu depan", "minggu depan", "SENIN (6/2) HINGGA JUMAT (10/2/2023)", "Rabu-Jumat pekan lalu",
               "awal tahun depan", "AKHIR Juni 2024", "tiga bulan lalu", "bulan Juli lalu", "18-19 oktober",
               "JUNİ 2023", "Junı 2023", "Kamiſ, 2 Mei", "pukul 09.30 WIB", "Oct. 5, 2021", "tahun 2022"]


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(DATE_PIECES), st.sampled_from(PIECES), st.text(max_size=6)), max_size=16)
       .map(" ".join), reference)
def test_folded_date_scan_finds_what_the_case_insensitive_scan_finds(text: str, ref: date | None) -> None:
    assert find_dates(text, ref) == find_dates(text, ref, fold=False)

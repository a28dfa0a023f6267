"""pipeline/stages/tokenizer.py: spaCy's Indonesian tokens, served from a per-chunk cache."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import spacy
from spacy.tokenizer import Tokenizer
from spacy.util import compile_prefix_regex

from pipeline.stages.tokenizer import (
    ChunkCachedTokenizer,
    _top_level_alternatives,
    indonesian_tokenizer,
    letters_may_match,
    only_mark_matches,
    prefix_regex,
)

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


@cache
def _spacy_tokenizer() -> Tokenizer:
    return spacy.blank("id").tokenizer


@cache
def _indonesian_tokenizer() -> ChunkCachedTokenizer:
    return indonesian_tokenizer(spacy.blank("id"))


def _tokens(doc: spacy.tokens.Doc) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in doc]


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt"))[:8], ids=lambda p: p.name)
def test_same_tokens_as_spacy_on_articles(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    ours = ChunkCachedTokenizer(_spacy_tokenizer())
    assert _tokens(ours(text)) == _tokens(_spacy_tokenizer()(text))


@pytest.mark.parametrize("text", [
    "  dua spasi di depan, \n\n dan baris baru  ",
    "Dr. rer. nat. Budi hadir.",          # a special case spanning spaces: spaCy's tokenizer runs whole
    "(ACR): kata dia :) lalu pergi",       # emoticon special cases depend on context: likewise
    "kota-kota, Rp5.000,- dan 12.30 WIB.",
    "",
])
def test_same_tokens_as_spacy_on_edge_cases(text: str) -> None:
    ours = ChunkCachedTokenizer(_spacy_tokenizer())
    assert _tokens(ours(text)) == _tokens(_spacy_tokenizer()(text))


def test_cache_is_bounded() -> None:
    ours = ChunkCachedTokenizer(_spacy_tokenizer(), max_chunks=10)
    ours(" ".join(f"kata{i}" for i in range(100)))
    assert len(ours._chunks) <= 10 and len(ours._older) <= 10


def test_cache_keeps_the_runs_still_in_use_when_it_turns_over() -> None:
    ours = ChunkCachedTokenizer(_spacy_tokenizer(), max_chunks=10)
    split = ours._split
    asked: list[str] = []
    ours._split = lambda chunks: asked.extend(chunks) or split(chunks)  # type: ignore[method-assign]
    for i in range(100):   # "rapat" recurs among 100 new chunks, ten times the cache's size
        text = f"kata{i} rapat"
        assert _tokens(ours(text)) == _tokens(_spacy_tokenizer()(text))
    assert asked.count("rapat") == 1


def test_new_chunks_of_a_text_are_split_together_as_each_alone() -> None:
    ours = ChunkCachedTokenizer(_spacy_tokenizer())
    text = "(kota-kota) Rp5.000,- dll. M.Si, 12.30 WIB. ‘kutip’ “dia” e-KTP-nya"
    assert ours._batch
    assert _tokens(ours(text)) == _tokens(_spacy_tokenizer()(text))


@cache
def _lazy() -> ChunkCachedTokenizer:
    return indonesian_tokenizer(spacy.blank("id"))


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt")), ids=lambda p: p.name)
def test_pipeline_tokenizer_same_tokens_as_spacy_on_articles(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _tokens(_lazy()(text)) == _tokens(_spacy_tokenizer()(text))


def test_special_cases_load_when_a_chunk_contains_them() -> None:
    lazy = indonesian_tokenizer(spacy.blank("id"))
    assert "kota-kota" not in lazy.tokenizer.rules and "Dr. rer. nat." in lazy.tokenizer.rules
    text = "Warga (kota-kota) pesisir, dll. Dr. rer. nat. Budi hadir."   # the second path: a spaced special case
    assert _tokens(lazy(text)) == _tokens(_spacy_tokenizer()(text))
    assert {"kota-kota", "dll."} <= set(lazy.tokenizer.rules)
    assert "mudah-mudahan" not in lazy.tokenizer.rules


@pytest.mark.parametrize("text", [
    # an emoticon with a digit ("8)") keeps spaCy from merging the one beside it ("):"), across the space
    "8 ):Rabu (31/7)",
    "8 ):\n",
    "x :-3 ):y",
    "<3 :D ;-) w. 0.0 8-D",
])
def test_special_cases_with_one_letter_at_most_are_loaded_from_the_start(text: str) -> None:
    # against a fresh spaCy tokenizer: spaCy's own reading of "8 ):Rabu" may change once its chunk cache holds pieces
    assert _tokens(_lazy()(text)) == _tokens(spacy.blank("id").tokenizer(text))


def test_context_dependent_special_cases_cannot_be_deferred() -> None:
    with pytest.raises(ValueError, match="context"):
        ChunkCachedTokenizer(Tokenizer(_spacy_tokenizer().vocab), deferred={":)": [{"ORTH": ":)"}]})


def test_the_pipeline_uses_it() -> None:
    from pipeline.nlp import build

    assert isinstance(build("none").tokenizer, ChunkCachedTokenizer)


@pytest.mark.parametrize("piece, parts", [
    ("a|b", ["a", "b"]), (r"\|x", [r"\|x"]), ("(a|b)c", ["(a|b)c"]), ("[|]|x", ["[|]", "x"]),
    (r"[\]|]|y", [r"[\]|]", "y"]), ("[]|]z", ["[]|]z"]), ("[^]|]|q", ["[^]|]", "q"]),
    ("<(b|i)\\s?/>|<a([^>]+)>", ["<(b|i)\\s?/>", "<a([^>]+)>"]),
])
def test_top_level_alternatives(piece: str, parts: list[str]) -> None:
    assert _top_level_alternatives(piece) == parts


def test_prefix_regex_matches_spacys() -> None:
    """Same match, same span, as spaCy's prefix regex, including the unanchored "<a ...>" part of one piece."""
    prefixes = spacy.blank("id").Defaults.prefixes
    theirs, ours = compile_prefix_regex(prefixes), prefix_regex(prefixes)
    texts = [word for path in sorted(RAW.glob("*.txt"))[:4] for word in path.read_text(encoding="utf-8").split()]
    texts += ['x<a href="y">z', "<a b>", "<b/>x", "ab<br />", "<strong/>", "q<i/>", '"<a x>', "(<a>)", "<<a q>",
              "(Rp", "“Kami", "...", "#tag", "", " ", "$5", "+62"]
    for text in texts:
        for cut in range(len(text)):
            for sub in (text[cut:], text[: len(text) - cut]):
                a, b = theirs.search(sub), ours.search(sub)
                assert (a and a.span()) == (b and b.span()), sub


@pytest.mark.parametrize("text", [
    "Rpabc USDA IDRx RMBk SGDy Rupiah Usdi",   # letter prefixes ("Rp", "USD") split a word they begin
    "xD Lc XDD hadir",                          # special cases of letters alone
    "Pemerintah kota menggelar rapat",          # words of letters alone: one token each
    "rapat, Rapat. rapat-rapat café naïve",    # marks and letters beyond ASCII go to spaCy
    "kota, Kota, Rpkota, USDA, xD, Lc, a, ,, kota,, M.Kes,",   # a word and its comma
    # a word and its full stop; not after a single capital ("A."), a special case ("dll.", "dsb."), a letter
    # prefix ("Rp."), two stops ("kota.."), or letters beyond ASCII ("café.")
    "kota. Kota. A. a. dll. dsb. Rp. Rpkota. USD. kota.. . café. hadir.",
])
def test_words_of_letters_alone_same_tokens_as_spacy(text: str) -> None:
    ours = _indonesian_tokenizer()
    assert ours._letter_words   # Indonesian suffixes and infixes cannot match in a word of letters alone
    assert ours._comma_words    # ... and only the comma itself matches in one with a comma after it
    assert ours._period_words   # ... and the full stop is asked of spaCy's suffix search
    assert _tokens(ours(text)) == _tokens(_spacy_tokenizer()(text))


@pytest.mark.parametrize("word", ["Rapat", "Rp", "Rpkota", "Rupiah", "USD", "USDA", "IDR", "rp", "Sgd", "SGD", "RMB",
                                  "US", "A", "kota"])
def test_letter_prefix_search_agrees_with_the_full_one(word: str) -> None:
    """A word of letters is asked only of the prefix pieces that may match letters ("Rp", "USD", ...): a prefix is
    found in it exactly where the full prefix search finds one."""
    ours = _indonesian_tokenizer()
    assert ours._letter_prefix_search is not None
    assert (ours._letter_prefix_search(word) is None) == (ours._prefix_search(word) is None)


@pytest.mark.parametrize("pattern, may_match", [
    (r"(?<=[0-9])(?:km|kg)", False),     # a lookbehind that needs a digit
    (r"\-[Nn]ya", False),                # a mark it must match
    (r"[.,;]|\.\.+", False),
    (r"(?:km|kg)", True),
    (r"[^0-9]", True),
    (r"[a-z]+\.?", True),
    (r"x(?=[0-9])|[0-9]", False),
    (r"x(?=\d)", True),                  # a category in a lookahead: unsure
    (r"\w+", True),                      # a category: unsure, so it may
    (r"(?i)KM", True),
])
def test_letters_may_match(pattern: str, may_match: bool) -> None:
    assert letters_may_match(re.compile(pattern).search) is may_match


@pytest.mark.parametrize("pattern, only_comma", [
    (r",$|;$|\.$", True),
    (r",|(?<=[0-9])km$", True),
    (r",$|[a-z],$", False),     # letters before the comma may be taken with it
    (r",$|[^.]$", False),        # a class that holds a letter
    (r"\,$", True),
])
def test_only_mark_matches(pattern: str, only_comma: bool) -> None:
    assert only_mark_matches(re.compile(pattern).search, ",") is only_comma


@cache
def _suffix_and_infix() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from spacy.util import compile_infix_regex, compile_suffix_regex

    defaults = spacy.blank("id").Defaults
    return compile_suffix_regex(defaults.suffixes), compile_infix_regex(defaults.infixes)


# Strings spaCy asks its suffix and infix searches about: words with marks, numbers with units, quotes, symbols.
_AFFIX_CASES = ["kota,", "Jakarta.", "(Jokowi)", "\"saya", "10km", "5°C.", "12,5%", "Rp5.000,-", "2018/2019",
                "anak-anakmu", "bukunya-nya", "A.", "dll...", "Covid-19", "3+4", "1.5\"2", "x©", "kata'S", "9€",
                "ab/cd", "x<y", "a—b", "kalimat…", "", "tanpa", "100%", "100%-nya", "a:b", "10\\2", "USD", "km²"]


@pytest.mark.parametrize("text", _AFFIX_CASES)
def test_suffix_search_same_match_as_pattern(text: str) -> None:
    from pipeline.stages.tokenizer import SuffixSearch

    pattern = _suffix_and_infix()[0]
    ours, theirs = SuffixSearch(pattern).search(text), pattern.search(text)
    assert (ours and ours.span()) == (theirs and theirs.span())


@pytest.mark.parametrize("text", _AFFIX_CASES)
def test_infix_finditer_same_matches_as_pattern(text: str) -> None:
    from pipeline.stages.tokenizer import InfixFinditer

    pattern = _suffix_and_infix()[1]
    assert [m.span() for m in InfixFinditer(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_affix_searches_keep_what_they_cannot_judge() -> None:
    from pipeline.stages.tokenizer import InfixFinditer, SuffixSearch

    # an alternative that need not end at the end, or a back-reference: the whole pattern answers
    assert SuffixSearch(re.compile(r"a|b$")).search("ab").span() == (0, 1)
    assert not SuffixSearch(re.compile(r"(a)\1$|b$"))._ok
    assert [m.span() for m in InfixFinditer(re.compile(r"[^x]|y")).finditer("xy")] == [(1, 2)]
    assert SuffixSearch(re.compile(r"a$|b$")).search("a\n") is not None   # '$' before a final line break

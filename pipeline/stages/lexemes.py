"""Faster, exact stand-ins for spaCy's lexeme attribute getters.

spaCy calls about twenty Python getters for every string the vocabulary first sees (most words of a real article
are new to the process). Here the string methods are used directly where a getter only wraps one, and the costly
getters answer a plain word (letters only, the usual case) or an ASCII string without their general loops. Every
value is the one spaCy's own getter gives (tests/test_lexemes.py compares them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from operator import itemgetter
from typing import Any

from spacy import attrs
from spacy.lang import lex_attrs as base
from spacy.lang.id import lex_attrs as indonesian
from spacy.lang.id.punctuation import LIST_CURRENCY
from spacy.util import _get_attr_unless_lookup

_NUM_WORDS = frozenset(indonesian._num_words)
_CURRENCY = frozenset(LIST_CURRENCY)
# spaCy's word_shape on ASCII: letters to X / x, digits to d, anything else kept; a run over four is cut to four.
_SHAPE_TABLE = str.maketrans({**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
                              **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
                              **{c: "d" for c in "0123456789"}})
_LONG_RUN = re.compile(r"(.)\1{4,}", re.DOTALL)


# The cut of a long shape by what it was before the cut: words share few shapes ("Xxxxxxxx": about 400 in 29,000
# distinct words of news), and the run-cutting regex costs four times the translation. Bounded for damaged text.
_CUT_SHAPES: dict[str, str] = {}
_MAX_CUT_SHAPES = 50_000


def word_shape(text: str) -> str:
    if len(text) >= 100 or not text.isascii():
        return base.word_shape(text)
    shape = text.translate(_SHAPE_TABLE)
    if len(shape) <= 4:
        return shape
    cut = _CUT_SHAPES.get(shape)
    if cut is None:
        cut = _LONG_RUN.sub(r"\1\1\1\1", shape)
        if len(_CUT_SHAPES) < _MAX_CUT_SHAPES:
            _CUT_SHAPES[shape] = cut
    return cut


def like_num(text: str) -> bool:
    # letters only: no sign, digit, slash or hyphen, so only the number words are numbers
    return text.lower() in _NUM_WORDS if text.isalpha() else indonesian.like_num(text)


def like_url(text: str) -> bool:
    return False if text.isalpha() else base.like_url(text)   # a URL needs a dot or "://"


def like_email(text: str) -> bool:
    return "@" in text and base.like_email(text)


def is_currency(text: str) -> bool:
    # a letter is never a currency sign (category Sc), so only the listed words ("Rp") are currencies
    return text in _CURRENCY if text.isalpha() else indonesian.is_currency(text)


def is_punct(text: str) -> bool:
    return False if text.isalpha() else base.is_punct(text)   # a letter is never punctuation (category P*)


def _member(getter: Callable[[str], bool]) -> Callable[[str], bool]:
    """``text in (...)`` of spaCy's getter, as a set lookup: its tuple is the getter's one tuple constant."""
    tuples = [c for c in getter.__code__.co_consts if isinstance(c, tuple)]
    assert len(tuples) == 1, getter
    return frozenset(tuples[0]).__contains__


def _unpartial(getter: Any) -> Any:
    """The plain function that stands for one of the ``functools.partial`` getters spaCy's Vocab makes (the language
    code, the stop-word test, the norm looked up in the norm exceptions, else lower-cased), or ``getter`` itself: a
    partial calls its function through its stored arguments (0.6-0.9 us a word; a closure 0.1-0.2)."""
    if not isinstance(getter, partial):
        return getter
    if getter.func is base.get_lang and not getter.args and set(getter.keywords) == {"lang"}:
        lang = getter.keywords["lang"]

        def get_lang(_: str) -> str:
            return lang
        return get_lang
    if getter.func is base.is_stop and not getter.args and set(getter.keywords) == {"stops"}:
        stops = getter.keywords["stops"]   # the set itself, not a copy: later additions still count

        def is_stop(text: str) -> bool:
            return text.lower() in stops
        return is_stop
    if getter.func is _get_attr_unless_lookup and len(getter.args) == 2 and getter.args[0] is base.lower \
            and len(getter.args[1]) == 1 and type(getter.args[1][0]) is dict and not getter.keywords \
            and None not in getter.args[1][0].values():
        table = getter.args[1][0]   # the one exceptions table, itself (its values are strings, never None)

        def norm(text: str) -> Any:
            value = table.get(text)
            return text.lower() if value is None else value
        return norm
    return getter


def faster_getters(getters: dict[int, Any]) -> dict[int, Any]:
    """``getters`` (a Vocab's lex_attr_getters) with each spaCy default this module knows replaced; others kept."""
    getters = {attr: _unpartial(getter) for attr, getter in getters.items()}
    known: dict[tuple[int, Any], Any] = {
        (attrs.LOWER, base.lower): str.lower,
        (attrs.PREFIX, base.prefix): itemgetter(0),
        (attrs.SUFFIX, base.suffix): itemgetter(slice(-3, None)),
        (attrs.IS_ALPHA, base.is_alpha): str.isalpha,
        (attrs.IS_DIGIT, base.is_digit): str.isdigit,
        (attrs.IS_LOWER, base.is_lower): str.islower,
        (attrs.IS_SPACE, base.is_space): str.isspace,
        (attrs.IS_TITLE, base.is_title): str.istitle,
        (attrs.IS_UPPER, base.is_upper): str.isupper,
        (attrs.IS_ASCII, base.is_ascii): str.isascii,
        (attrs.IS_PUNCT, base.is_punct): is_punct,
        (attrs.SHAPE, base.word_shape): word_shape,
        (attrs.LIKE_NUM, indonesian.like_num): like_num,
        (attrs.LIKE_URL, base.like_url): like_url,
        (attrs.LIKE_EMAIL, base.like_email): like_email,
        (attrs.IS_CURRENCY, indonesian.is_currency): is_currency,
        (attrs.IS_BRACKET, base.is_bracket): _member(base.is_bracket),
        (attrs.IS_QUOTE, base.is_quote): _member(base.is_quote),
        (attrs.IS_LEFT_PUNCT, base.is_left_punct): _member(base.is_left_punct),
        (attrs.IS_RIGHT_PUNCT, base.is_right_punct): _member(base.is_right_punct),
    }
    return {attr: known.get((attr, getter), getter) for attr, getter in getters.items()}

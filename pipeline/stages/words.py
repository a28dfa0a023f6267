"""Where a word or phrase stands on its own in a text: ``re.finditer(rf"(?<![\\w-]){re.escape(form)}(?![\\w-])",
text)`` without compiling a pattern per form.

The stages look up names, aliases and acronyms that each article brings anew ("Tjahjo", "AEKI"); a pattern per
form missed re's cache every time (50-100 us a compile, 1 ms an article) and pushed the constant patterns out
of it, so they were compiled again too.
"""

from __future__ import annotations

import re
from functools import cache

from .. import resources

# ke-...-an and pe(r)-...-an nouns ("Kemaritiman", "Pertahanan", "Pemasaran") are never first names.
_DERIVED_NOUN = re.compile(r"(?:Ke|Pe)[a-z]{3,}an")


def derived_noun(word: str) -> bool:
    """A capitalised ke-/pe-...-an noun: an office's or a body's word, no name."""
    return _DERIVED_NOUN.fullmatch(word) is not None


# Abstract nouns borrowed with their suffixes ("Advokasi", "Akuntabilitas", "Kriminologi", "Radikalisme"): a field of
# an office or a topic, never a person's name. Three letters at least before the suffix: "Sulasi", "Jumasi",
# "Freitas" are names.
_ABSTRACT_NOUN = re.compile(r"[A-Z][a-z]{3,}(?:asi|itas|logi|isme)")
# ke-...-an and pe(N)-/per-...-an nouns as Indonesian forms them: ke- before a vowel or a consonant and a vowel
# ("Kecelakaan", "Keuntungan"), pe- with its nasal, r or l ("Pengesahan", "Pertaruhan", "Pelatihan"); not names that
# only begin and end so ("Pebrian", "Pekerman", "Kertawan").
_FORMED_NOUN = re.compile(r"(?:Ke(?:[aeiou]|[b-df-hj-np-tv-z][aeiou])|Pe[mnrl])[a-z]+an")


@cache
def stop_words() -> frozenset[str]:
    """spaCy's Indonesian stop words: function words (``common_word`` is the wider list measured on news)."""
    from spacy.lang.id.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def abstract_noun(word: str) -> bool:
    """A capitalised abstract noun of the -asi, -itas, -logi or -isme kind."""
    return _ABSTRACT_NOUN.fullmatch(word) is not None


def formed_noun(word: str) -> bool:
    """A capitalised ke-...-an or pe(N)-...-an noun formed as Indonesian forms them (stricter than
    ``derived_noun``, which only looks at its first and last letters)."""
    return _FORMED_NOUN.fullmatch(word) is not None


def common_word(word: str) -> bool:
    """A capitalised word that news mostly writes in lower case ("Monitoring", "Pakan", "Berlangsung"), that no
    person's name in the NER training data holds and that is no given name (people.yaml names_also_words): no name
    word (``common_words.txt``)."""
    return word.lower() in _common_non_names()


@cache
def _common_non_names() -> frozenset[str]:
    names = {n.lower() for n in resources.load("people")["names_also_words"]}
    return resources.common_words() - names


# Indonesian verbs by their prefixes: active me-, ber-, ter-, and di-...-kan/-i passives ("digital" is none).
_VERB_SHAPE = re.compile(r"(?:me[mnyg]?|ber|ter)[a-z]{3,}|di[a-z]{3,}(?:kan|i)")


def verb_shaped(word: str) -> bool:
    """Whether a lower-case word has the shape of a verb and is none of the nouns that only look so ("menteri",
    "media": events.yaml verb_shaped_nouns), or is a passive without a suffix ("dipimpin", "dilantik":
    events.yaml suffixless_passives)."""
    return (_VERB_SHAPE.fullmatch(word) is not None and word not in _verb_shaped_nouns()) \
        or word in _suffixless_passives()


@cache
def _verb_shaped_nouns() -> frozenset[str]:
    return frozenset(resources.load("events")["verb_shaped_nouns"])


@cache
def _suffixless_passives() -> frozenset[str]:
    return frozenset(resources.load("events")["suffixless_passives"])


def _joins(char: str) -> bool:
    """What ``[\\w-]`` matches: re's ``\\w`` for a str pattern is ``str.isalnum()`` or "_"."""
    return char.isalnum() or char == "_" or char == "-"


def whole_word_spans(text: str, form: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of ``form`` in ``text`` with no word character or hyphen either side: the
    spans of the finditer above, in order (after an occurrence that counts, the search goes on from its end, as
    finditer's does; after one that does not, from the next character)."""
    if not form:
        return [m.span() for m in re.finditer(r"(?<![\w-])(?![\w-])", text)]
    spans = []
    at = text.find(form)
    while at != -1:
        end = at + len(form)
        if (at == 0 or not _joins(text[at - 1])) and (end == len(text) or not _joins(text[end])):
            spans.append((at, end))
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)
    return spans

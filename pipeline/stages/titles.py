"""Titles before and after names (resources/people.yaml) as patterns, shared by the entity and the role stages so
that neither imports the other."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from .. import regex, resources
from .words import derived_noun


def loose(form: str) -> str:
    """A title as a pattern with optional dots and spaces: "M.Si" matches "M.Si", "MSi", "M.Si.", "M. Si"."""
    words = []
    for word in form.split():   # "Tuan Guru", "Datuk Seri": words apart, dots within each optional
        parts = [re.escape(p) for p in word.split(".") if p]
        words.append(r"\.?\s?".join(parts) + r"\.?")
    return r"\s+".join(words)


def prefix_forms() -> list[str]:
    """Every title written before a name, longest first."""
    data = resources.load("people")
    return sorted({t for group in data["prefix_titles"].values() for t in group}, key=len, reverse=True)


@cache
def _ranked() -> str:
    """A rank with its service, corps and retirement after it ("Mayjen TNI (Purn)", "Kolonel Laut (P)", "Kolonel
    Nav"): words that are a title only there."""
    data = resources.load("people")
    military = frozenset(data["prefix_titles"]["military"])
    ranks = "|".join(loose(t) for t in prefix_forms() if t in military)
    suffixes = "|".join(loose(t) for t in sorted(data["rank_suffixes"], key=len, reverse=True))
    return rf"(?:{ranks})(?:\s+(?:{suffixes})(?![\w(]))*"


@cache
def prefix_source() -> str:
    """Every title before a name as one pattern, ranks with what follows them first."""
    military = frozenset(resources.load("people")["prefix_titles"]["military"])
    others = "|".join(loose(t) for t in prefix_forms() if t not in military)
    return rf"{_ranked()}|{others}"


@cache
def prefix_title() -> re.Pattern[str]:
    """A title before a name ("Dr.", "Kombes Pol", "H."), standing before white space, or before a capital after
    its own dot ("Dr.Amran"; not the "H" of "HAM" or "HUT")."""
    return regex.compile(rf"(?<![\w.])(?:{prefix_source()})(?=\s|(?<=\.)[A-Z])")


@cache
def abbreviated_titles() -> frozenset[str]:
    """Academic and religious titles written abbreviated before a name, without their dot ("Ir", "Dr", "Hj"); not the
    one-letter "H", which is an initial as often."""
    groups = resources.load("people")["prefix_titles"]
    return frozenset(t.rstrip(".") for group in ("academic", "religious") for t in groups[group]
                     if t.endswith(".") and len(t.rstrip(".")) >= 2)


@cache
def title_words() -> frozenset[str]:
    people = resources.load("people")
    forms = [t for group in people["prefix_titles"].values() for t in group] + people["suffix_titles"]
    return frozenset(f.replace(".", "") for f in forms) | frozenset(forms)


@cache
def office_heads() -> frozenset[str]:
    """The first words of offices ("CEO", "Direktur", "Menteri") and the title words: a person's, not a body's."""
    return frozenset(o.split()[0] for o in resources.load("people")["offices"]) | title_words()


@cache
def received_by_official() -> str:
    """A pattern of "diterima" where it says who received a visitor ("diterima Wali Kota Surabaya ...", "diterima
    langsung oleh Bupati ..."), an audience: not a statement or release "diterima" ("keterangan yang diterima di
    Jakarta, Senin"), whose date is no event's."""
    offices = regex.alternation(sorted(office_heads()))
    return rf"diterima(?=\s+(?:langsung\s+)?(?:oleh\s+)?(?-i:{offices})\b)"


@cache
def rank_suffixes() -> frozenset[str]:
    """The words that continue a rank's title ("TNI", "(Purn)", "Nav"), read one word at a time."""
    return frozenset(resources.load("people")["rank_suffixes"])


@cache
def rank_before() -> re.Pattern[str]:
    """A rank, with or without its service or corps, ending right before the end of a string."""
    return regex.compile(rf"(?<![\w.])(?:{_ranked()})\s+$")


@cache
def office_tails() -> dict[str, frozenset[str]]:
    """Words of offices that never open one ("Agung" of "Jaksa Agung", "Muda"), each with the words it follows in
    an office: after any other word such a word is a name's ("Partai Golkar Agung Laksono")."""
    offices = [o.split() for o in resources.load("people")["offices"]]
    # a sector word ("Maritim", "Perekonomian") is never a name's, wherever it stands
    roles = frozenset(resources.load("people")["role_words"]) | frozenset(resources.load("people")["not_names"]) \
        | frozenset(resources.load("places")["compass_words"])   # (compass words: places.yaml, no name either)
    firsts = frozenset(o[0] for o in offices)
    tails: dict[str, set[str]] = {}
    for words in offices:
        for before, word in pairwise(words):
            if word not in firsts and word not in roles and word[:1].isupper() and not word.isupper() \
                    and not derived_noun(word):
                tails.setdefault(word, set()).add(before)
    return {word: frozenset(before) for word, before in tails.items()}


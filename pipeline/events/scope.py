"""Out of scope by the annotation conventions: sports reports, court sessions and private occasions give no record.

A domain's cue words per 100 words tell whether it dominates an article (``resources/scope.yaml``); a trigger
word the domain owns ("sidang" in a trial) names no event when the domain's cues stand near it or dominate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import resources
from ..regex import WordSet, whole_words
from ..stages.folding import key
from .common import Mention, _words


@dataclass(frozen=True)
class _Domain:
    name: str
    cues: re.Pattern[str]
    density: float
    whole_article: bool
    triggers: frozenset[str]
    window: int
    near: re.Pattern[str] | None   # cue words that count only near the domain's triggers
    triggers_only: bool = False    # dense, it only takes its triggers; it says nothing of the story's other events
    in_sentence: bool = False      # its cues count near a trigger only in the trigger's sentence
    released: re.Pattern[str] | None = None   # what its trigger releases, right after it: always this domain's
    # the words that name a gathering of the domain's own kind, kept in a story it dominates ("Rapat Umum Pemegang
    # Saham" in market news)
    own_gatherings: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Scope:
    domains: list[_Domain]
    private: re.Pattern[str]


@cache
def _scope() -> _Scope:
    data = resources.load("scope")
    flags = re.IGNORECASE
    domains = [_Domain(name, re.compile(rf"(?<![\w-])(?:{_cue_forms(d)})(?![\w-])", flags), float(d["density"]),
                       bool(d["whole_article"]), frozenset(t.lower() for t in d.get("triggers", [])),
                       int(d.get("window", 0)),
                       re.compile(rf"(?<![\w-])(?:{_words(d['window_cues'])})(?![\w-])", flags)
                       if d.get("window_cues") else None, bool(d.get("triggers_only", False)),
                       bool(d.get("window_in_sentence", False)),
                       re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_words(d['released'])})\b", flags)
                       if d.get("released") else None,
                       re.compile(rf"(?<![\w-])(?:{_words(d['own_gatherings'])})(?![\w-])", flags)
                       if d.get("own_gatherings") else None)
               for name, d in data["domains"].items()]
    # "acara akad nikahnya", "resepsi pernikahannya": the occasion may carry a possessive
    private = re.compile(rf"\s+(?:{_words(data['private_occasions'])})(?:nya)?\b", flags)
    return _Scope(domains, private)


def _cue_forms(domain: dict) -> str:
    """A domain's cue words as an alternation; a cue with words after it that make it another word ("pelaku usaha",
    a business, is no offender) is no cue before them."""
    unmade = domain.get("not_cues_before", {})
    forms = []
    for cue in sorted(domain["cues"], key=len, reverse=True):
        form = re.escape(cue).replace(r"\ ", r"\s+")
        if cue in unmade:
            form += rf"(?!\s+(?:{_words(unmade[cue])})(?![\w-]))"
        forms.append(form)
    return "|".join(forms)


@dataclass(frozen=True)
class _FoldedCues:
    """Each domain's cue pattern without IGNORECASE, and where to try it. Every cue match starts a word (the
    look-behind refuses a word character before it, and a cue starts with one), and that word is the cue's first
    word: a cue's first run of word characters is followed in it by its end, a space (``\\s+``) or another
    character that is no word character, which the text must then have too."""

    patterns: dict[str, re.Pattern[str]]
    by_word: dict[str, tuple[str, ...]]   # a cue's first word -> the domains with a cue starting with it
    first_words: WordSet                  # by_word's words, to find those a text holds


_WORD = re.compile(r"\w+")


@cache
def _folded_cues() -> _FoldedCues | None:
    """Each domain's cue pattern without IGNORECASE, for the lower-cased text: the same matches at a third of the
    cost (re tests a case-insensitive alternative by entering it; a lower-case literal it rejects at the first
    character, and the cues are tried at every word: 0.9 ms an article). None unless the cues are lower-case ASCII.
    Entered only at the words that begin a cue, found among the text's distinct words and looked for where they
    are, for all domains at once: findall enters every pattern at every character (0.80 -> 0.30 ms an article)."""
    data = resources.load("scope")["domains"]
    if not all(cue == cue.lower() and cue.isascii() for d in data.values() for cue in d["cues"]):
        return None
    by_word: dict[str, list[str]] = {}
    for name, domain in data.items():
        for cue in domain["cues"]:
            first = _WORD.match(cue)
            if first is None:   # a cue that does not start a word: no index
                return None
            names = by_word.setdefault(first.group(0), [])
            if name not in names:
                names.append(name)
    return _FoldedCues({d.name: re.compile(d.cues.pattern) for d in _scope().domains},
                       {word: tuple(names) for word, names in by_word.items()}, WordSet(by_word))


def _cue_counts(folded: _FoldedCues, lower: str) -> dict[str, int]:
    """len(pattern.findall(lower)) for each domain's folded pattern: tried only at the words that begin one of its
    cues, from where its last match ended, as findall goes on."""
    counts = dict.fromkeys(folded.patterns, 0)
    resume = dict.fromkeys(folded.patterns, 0)
    # the words that begin a cue: the few distinct ones, looked for where they are
    for start, word in whole_words(lower, lower, folded.first_words.found_in(lower)):
        for name in folded.by_word[word]:
            if start >= resume[name]:
                match = folded.patterns[name].match(lower, start)
                if match is not None:
                    counts[name] += 1
                    resume[name] = max(match.end(), start + 1)
    return counts


@lru_cache(maxsize=4)
def densities(text: str, body_start: int = 0) -> dict[str, float]:
    """Each domain's cue words per 100 words of ``text`` from ``body_start`` (cached: the gate, the mention filter
    and the trial check all ask about the same article). The domain rules read the headline too: its "Demo ...",
    "Juara ..." or "Rupiah Menguat" says what the story is about (read without it, about ten CLICK-ID protest,
    market and sport stories gained a record for a plenary or a summit they mention); the gate reads the body alone
    (gate.features)."""
    text = text[body_start:] if body_start else text
    words = max(len(text.split()), 1)
    folded = _folded_cues()
    if folded is None:
        return {d.name: 100 * len(d.cues.findall(text)) / words for d in _scope().domains}
    counts = _cue_counts(folded, key(text))   # lower-cased: a lower-case pattern matches where the other one does
    return {d.name: 100 * counts[d.name] / words for d in _scope().domains}


def digest(title: str) -> bool:
    """Whether a title names a roundup of stories ("[POPULER MONEY] ...", "Top 3 Tekno Berita Hari Ini: ..."), which
    tells each in a line or two and reports none of their gatherings (scope.yaml digest_titles)."""
    folded = title.lower()
    return any(cue in folded for cue in _digest_titles())


@cache
def _digest_titles() -> tuple[str, ...]:
    return tuple(cue.lower() for cue in resources.load("scope")["digest_titles"])


def own_gathering(domain_name: str, name: str) -> bool:
    """Whether a gathering's ``name`` is one of a domain's own kind (scope.yaml own_gatherings), which a story the
    domain dominates still reports ("Rapat Umum Pemegang Saham Tahunan (RUPST)" in a company's market news)."""
    domain = next((d for d in _scope().domains if d.name == domain_name), None)
    return domain is not None and domain.own_gatherings is not None and domain.own_gatherings.search(name) is not None


def out_of_scope_article(text: str) -> str | None:
    """The out-of-scope domain (e.g. "sport") that the whole article reports, or None."""
    shares = densities(text)
    return next((d.name for d in _scope().domains if d.whole_article and shares[d.name] >= d.density), None)


def _near(domain: _Domain, text: str, mention: Mention) -> bool:
    start, end = max(0, mention.start - domain.window), mention.end + domain.window
    if domain.in_sentence:   # "korupsi" in the sentence before "sidang bersama DPR" is another matter
        start, end = max(mention.sentence[0], start), min(mention.sentence[1], end)
    return bool(domain.cues.search(text, start, end) or (domain.near and domain.near.search(text, start, end)))


def _owning_domains(trigger: str) -> list[_Domain]:
    """The domains that read a trigger word as one of their own ("sidang": the court's hearing)."""
    word = re.sub(r"\s+", " ", trigger.lower())
    return [d for d in _scope().domains if word in d.triggers]


def hearing_word(trigger: str) -> bool:
    """Whether a trigger word is one the court domain reads as a hearing ("sidang"): in a sports story, a body's
    disciplinary hearing."""
    return any(d.name == "court" for d in _owning_domains(trigger))


def dominant_domain(text: str) -> str | None:
    """The out-of-scope domain whose cues are dense in the article, whole-article or not (a trial report)."""
    shares = densities(text)
    return next((d.name for d in _scope().domains if shares[d.name] >= d.density and not d.triggers_only), None)


def in_scope(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that may name an event: not a court session, not a private occasion."""
    scope = _scope()
    shares = densities(text)
    kept = []
    for mention in mentions:
        if scope.private.match(text, mention.end):
            continue
        owned = _owning_domains(text[mention.start:mention.end])
        if any(shares[d.name] >= d.density or _near(d, text, mention)
               or (d.released is not None and d.released.match(text, mention.end)) for d in owned):
            continue
        kept.append(mention)
    return kept

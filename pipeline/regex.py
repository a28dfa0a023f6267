"""``compile``: re.compile, plus a first-character guard that makes long alternation patterns scan faster.

Python's regex engine skips ahead quickly only when a pattern starts with a literal or a character set. The
date, count and role patterns start with ``\\b`` and an optional group of alternatives ("Senin, 21 Juni"), so
the engine tries the whole pattern at every character of the article. Prefixing the set of characters a match
can start with, as a lookahead, rejects most positions at once and halves the time of such patterns; it
cannot change what matches, because the set is computed from the pattern itself (a superset of the real first
characters). Patterns the engine already skips through (a literal or a set first, or ``^``) and patterns
whose first character cannot be bounded (``.``, ``[^x]``) are compiled unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain as _chain
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_SPACE: r"\s"}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}


class _Unbounded(Exception):
    """The first character of a match can be (nearly) anything."""


def _char_class(items: list[tuple[Any, Any]]) -> list[str]:
    parts = []
    for op, value in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(value)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:   # NEGATE, other categories
            raise _Unbounded
    return parts


def _first(sequence: Any) -> tuple[list[str], bool]:
    """(class parts of the characters a match of ``sequence`` can start with, whether it can match empty)."""
    parts: list[str] = []
    for op, value in sequence:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return [*parts, re.escape(chr(value))], False
        if op is sre.IN:
            return [*parts, *_char_class(value)], False
        if op is sre.BRANCH:
            nullable = False
            for alternative in value[1]:
                alternative_parts, alternative_nullable = _first(alternative)
                parts += alternative_parts
                nullable |= alternative_nullable
            if not nullable:
                return parts, False
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = value
            if add_flags or del_flags:
                raise _Unbounded
            inner_parts, nullable = _first(inner)
            parts += inner_parts
            if not nullable:
                return parts, False
        elif op in _REPEATS:
            low, _, inner = value
            inner_parts, nullable = _first(inner)
            parts += inner_parts
            if low and not nullable:
                return parts, False
        else:   # ANY, NOT_LITERAL, GROUPREF, ...
            raise _Unbounded
    return parts, True


def _engine_skips_ahead(sequence: Any) -> bool:
    """Whether re already finds candidate positions fast: a literal or set first, alternatives of literals, ``^``."""
    if not len(sequence):
        return False
    op, value = sequence[0]
    if op is sre.AT:
        return value in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
    if op in (sre.LITERAL, sre.IN):
        return True
    if op is sre.SUBPATTERN:
        return not value[1] and not value[2] and _engine_skips_ahead(value[3])
    if op is sre.BRANCH:
        return all(len(alternative) and alternative[0][0] is sre.LITERAL for alternative in value[1])
    return False


def first_char_guard(pattern: str, flags: int = 0) -> str | None:
    """A lookahead ``(?=[...])`` of the characters a match of ``pattern`` can start with; None where it would
    not help (re already skips ahead) or cannot be had (the first character is unbounded)."""
    parsed = sre_parse.parse(pattern, flags)
    if _engine_skips_ahead(parsed):
        return None
    try:
        parts, nullable = _first(parsed)
    except _Unbounded:
        return None
    if nullable or not parts:
        return None
    return "(?=[" + "".join(dict.fromkeys(parts)) + "])"


@lru_cache(maxsize=4096)   # patterns built per call (a name to look for) are parsed once
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    guard = first_char_guard(pattern, flags)
    if guard is None:
        return re.compile(pattern, flags)
    return re.compile(f"{guard}(?:{pattern})", flags)


def alternation(forms: list[str]) -> str:
    """An alternation of word forms, longest first (so "rapat koordinasi" wins over "rapat"), a space in a form
    matching any white space."""
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


def any_form(forms: list[str], flags: int = 0) -> re.Pattern[str]:
    """``\\b(?:form|...)\\b``: any of the word forms (``alternation``) as a whole word, compiled with the guard."""
    return compile(rf"\b(?:{alternation(forms)})\b", flags)


_WORD = re.compile(r"\w+")
# Each ASCII byte that \w does not match, as a space; every other byte kept (a byte beyond ASCII belongs to a
# character of several bytes, which findall sorts out).
_SPACED_NON_WORD = bytes(c if c >= 128 or chr(c).isalnum() or c == ord("_") else 32 for c in range(256))


class WordSet:
    """A set of words, and which of them are runs of word characters of a text: ``words &
    set(re.findall(r"\\w+", text[pos:]))``. A text's UTF-8 bytes have each ASCII non-word byte made a space
    (``bytes.translate``) and are split at them: a part of ASCII alone is a whole run of word characters, and only
    a part holding other characters is searched for its runs. 0.14 -> 0.07 ms for an article, against findall
    making every word of the text a string."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self._ascii = {word.encode(): word for word in self.words if word.isascii()}
        self._ascii_keys = frozenset(self._ascii)

    def found_in(self, text: str, pos: int = 0) -> set[str]:
        try:
            data = text[pos:].encode() if pos else text.encode()
        except UnicodeEncodeError:   # a lone surrogate
            return self.words.intersection(_WORD.findall(text, pos))
        parts = data.translate(_SPACED_NON_WORD).split()
        found = {self._ascii[part] for part in self._ascii_keys.intersection(parts)}
        if len(data) != len(text) - pos:    # characters beyond ASCII: their parts searched for runs
            for part in parts:
                if not part.isascii():
                    found.update(self.words.intersection(_WORD.findall(part.decode())))
        return found


class PhraseAlternation:
    """``pattern.finditer`` for a pattern of many phrases that each start with a word (a word boundary or
    ``(?<![\\w-])`` before them): the engine is asked only at word starts whose word (lower-cased) can begin a
    phrase, a set lookup, instead of at every character. Same matches as ``pattern.finditer``."""

    def __init__(self, pattern: re.Pattern[str], phrases: list[str]) -> None:
        self.pattern = pattern
        first_words = [_WORD.match(phrase) for phrase in phrases]
        if not all(first_words):
            raise ValueError("every phrase must start with a word character")
        self.first_words = frozenset(word.group(0).lower() for word in first_words if word)
        self._first_words = WordSet(self.first_words)
        # The starts of the last text asked (the same str object, kept alive here) and position: a text is asked
        # whether it holds a phrase at all before its phrases are looked for.
        self._last: tuple[str | None, int, list[int]] = (None, 0, [])

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        resume = pos
        for start in self._starts(text, pos):
            if start < resume:
                continue
            match = self.pattern.match(text, start)
            if match is not None:
                yield match
                resume = max(match.end(), start + 1)

    def _starts(self, text: str, pos: int) -> list[int]:
        """Where the words (runs of word characters from ``pos``) whose lower case is in ``first_words`` start, in
        order. Only the few distinct words that are get looked for, in the lower-cased text: not every word of
        the text, one at a time (0.26 -> 0.17 ms an article). Lower-casing the whole text keeps each character at
        its place when it keeps the length and holds no capital sigma (the one letter lowered by its context)."""
        last_text, last_pos, last_starts = self._last
        if text is last_text and pos == last_pos:
            return last_starts
        lower = text.lower()
        if len(lower) != len(text) or "\u03a3" in text:
            starts = [word.start() for word in _WORD.finditer(text, pos) if word.group(0).lower() in self.first_words]
        else:
            # the runs of word characters of ``lower`` are the text's, lower-cased (lower() keeps each character's
            # class: tests/test_scope.py), so the text's words need not be lower-cased one by one
            words = self._first_words.found_in(lower, pos)
            starts = [at for at, _ in whole_words(text, lower, words, pos)]
        self._last = (text, pos, starts)
        return starts


def whole_words(text: str, lower: str, words: Iterable[str], pos: int = 0) -> list[tuple[int, str]]:
    """(start, word) of each of ``words`` found in ``lower`` (``text`` lower-cased, each character in its place)
    from ``pos`` as a whole run of word characters of ``text`` (a run may begin at ``pos``), in text order. Looks
    only for the few distinct words asked, where they are, instead of testing every word of the text."""
    found = []
    for word in words:
        at = lower.find(word, pos)
        while at != -1:
            end = at + len(word)
            if (at == pos or not _is_word(text[at - 1])) and (end == len(text) or not _is_word(text[end])):
                found.append((at, word))
            at = lower.find(word, at + 1)
    return sorted(found)


def _is_word(char: str) -> bool:
    """Whether ``char`` is what ``\\w`` matches in a str pattern (str.isalnum() or the underscore)."""
    return char.isalnum() or char == "_"


class WordStarts:
    """``pattern.finditer`` for a pattern whose every match starts a word (a word boundary or a look-behind that
    refuses a word character comes first) with one of ``phrases``: the engine is asked only where a word starts
    with the first letters of one of them. Those places come from one scan for a non-word character followed by
    such letters (with ``pattern``'s case flag), which re skips through as it skips to a character, instead of
    entering ``pattern`` at every character. Same matches as ``pattern.finditer``."""

    PREFIX = 3   # letters of a phrase looked for; more only lengthen the scan's alternatives

    def __init__(self, pattern: re.Pattern[str], phrases: Iterable[str]) -> None:
        self.pattern = pattern
        runs = [_WORD.match(phrase) for phrase in phrases]
        if not runs or not all(runs):
            raise ValueError("every phrase must start with a word character")
        rests: dict[str, list[str]] = {}
        for prefix in sorted({run.group(0)[:self.PREFIX] for run in runs if run}, key=len, reverse=True):
            rests.setdefault(prefix[0], []).append(re.escape(prefix[1:]))
        heads = "|".join(re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in rests.items())
        flags = pattern.flags & re.IGNORECASE
        self._after_non_word = re.compile(rf"\W(?:{heads})", flags)
        self._at_start = re.compile(heads, flags)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        resume = pos
        starts: Iterator[int] = (m.start() + 1 for m in self._after_non_word.finditer(text, max(pos - 1, 0)))
        if pos == 0 and self._at_start.match(text):
            starts = _chain([0], starts)
        for start in starts:
            if start >= resume:
                match = self.pattern.match(text, start)
                if match is not None:
                    yield match
                    resume = max(match.end(), start + 1)

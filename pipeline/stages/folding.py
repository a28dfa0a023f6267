"""Case-insensitive patterns run over lower-cased text: ``key`` lower-cases a text so that a pattern whose letters are
all lower case, compiled without IGNORECASE, matches it exactly where the case-insensitive pattern matches the
original (re enters a case-insensitive alternative to reject it; a lower-case literal it rejects at the first
character, so such scans take about half the time); ``Unfolded`` reads a match found there back from the original.
Used by the date and count patterns.
"""

from __future__ import annotations

import re

# What a case-insensitive pattern letter matches beyond its upper and lower case (re's extra case pairs for
# ASCII letters, "ı" and "ſ"), and the one character whose lower case is two ("İ", which re matches as "i").
CASE_EXTRAS = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0130": "i"})


def key(word: str) -> str:
    """``word`` lower-cased character for character, the letters a case-insensitive pattern takes for "i" or "s"
    made "i" or "s": as the lexicons spell it, and a text in which a lower-case pattern matches exactly where the
    case-insensitive pattern matches the original."""
    if "\u0131" in word or "\u017f" in word or "\u0130" in word:   # rare: a translation table is read per character
        word = word.translate(CASE_EXTRAS)
    return word.lower()


# What ``squash`` drops: white space, dots, hyphens and underscores.
_SQUASHED = re.compile(r"[\s.\-_]+")


def squash(text: str) -> str:
    """``text`` case-folded without white space, dots, hyphens or underscores, as outlets' names are compared
    ("POS KUPANG. COM" and "Pos-Kupang.com", "Pos Metro Medan" and "Posmetro-Medan")."""
    return _SQUASHED.sub("", text).casefold()


class Unfolded:
    """A match found in the lower-cased text, read back from the original: same spans, original characters."""

    __slots__ = ("_match", "_text")

    def __init__(self, match: re.Match[str], text: str) -> None:
        self._match = match
        self._text = text

    def __getitem__(self, group: str | int) -> str | None:
        start, end = self._match.span(group)
        return None if start < 0 else self._text[start:end]

    def group(self, group: str | int = 0) -> str | None:
        return self[group]

    def groupdict(self) -> dict[str, str | None]:
        return {name: self[name] for name in self._match.re.groupindex}

    def span(self, group: str | int = 0) -> tuple[int, int]:
        return self._match.span(group)

    def start(self, group: str | int = 0) -> int:
        return self._match.start(group)

    def end(self, group: str | int = 0) -> int:
        return self._match.end(group)

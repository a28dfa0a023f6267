"""Cleaning: drop site chrome and repeated paragraphs, unglue dates, keep a map back to the raw text.

The cleaned text is what every later stage and every ``evidence`` span refers to; ``CleanText.raw_span``
maps a span of it back to the input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from .. import resources

# Characters that are never text: zero-width marks and controls other than newline and tab.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Where ``_unglue`` puts a space: each pattern written without the word boundary or the letters before it that
# it needs (``_GLUED``), so that re skips ahead to its first character instead of trying every position; those
# are checked at each match (a match that fails them overlaps no other match of the full pattern).
# "8 Oktober 2021Pemerintah": a year glued to the next word (at a word's start).
_GLUED_YEAR = re.compile(r"(?:19|20)\d\d(?=[A-Z][a-z])")
# "hanya10 Kab/Kota": a lower-case word glued to a number (three lower-case letters before it).
_GLUED_NUMBER = re.compile(r"\d+\b")
_THREE_LOWER = re.compile(r"[a-z]{3}")
# Substrings every match of a _GLUED pattern holds: a digit right after a lower-case letter (a glued number's
# start), a full stop before a capital (a glued title's). One search that skips from digit to digit, or from full
# stop to full stop, rules out the lines without them (all but one line in three hundred of news holds either),
# instead of trying each number, or each D, I, P and H, of the line.
_LOWER_THEN_DIGIT = re.compile(r"\d(?<=[a-z]\d)")
_STOP_THEN_CAPITAL = re.compile(r"\.[A-Z]")
# "Dr.Kessie": a title glued to the name after it (at a word's start).
_GLUED_TITLE = re.compile(r"(?:Dr|Drs|Dra|Ir|Prof|Hj|H)\.(?=[A-Z][a-z])")
# "... pertemuan ASEAN.Melanjutkan ...": a sentence's end glued to the next (a word of three letters or more before
# the full stop, a capitalised word after it that no web address goes on from: "Nakita.Grid.id" stays).
_GLUED_SENTENCE = re.compile(r"\.(?=[A-Z][a-z]{2,})")
_THREE_LETTERS = re.compile(r"[A-Za-z]{3}")
_ADDRESS_GOES_ON = re.compile(r"[A-Z][a-z]+\.[a-z]")
# "... 16 Kepala Daerah.***": end-of-story marks.
_TRAILING_MARKS = re.compile(r"[\s*#]+$")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# What makes a line need the character-by-character pass below, with a space at its start or two in a row (looked
# for apart, by str methods: a regex of the four tried at every character costs four times more); most lines need
# none of it.
_CHARWISE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000" + _INVISIBLE.pattern[1:])


@dataclass(frozen=True)
class Credit:
    """A credit line kept out of the text: "Penulis: Anggun Pratama", "Laporan Wartawan Pos Kupang, Dion Kota"."""

    line: str                 # the whole line, as cleaned
    value: str                # who: the byline
    outlet: str | None = None
    date: str | None = None   # where the credit says when: "29 Juli 2016, 14:15 WIB"
    position: int = 0         # where the line stood: the length of the cleaned text before it


@dataclass
class CleanText:
    """Cleaned text with, for every character, its offset in the raw text."""

    text: str
    offsets: list[int]
    raw_length: int
    title: str | None = None
    title_end: int = 0
    byline: list[str] = field(default_factory=list)
    dropped_lines: int = 0
    credits: list[Credit] = field(default_factory=list)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if start >= len(self.offsets):
            return self.raw_length, self.raw_length
        raw_start = self.offsets[start]
        raw_end = self.offsets[end - 1] + 1 if end > start else raw_start
        return raw_start, raw_end


@dataclass(frozen=True)
class _Patterns:
    lines: re.Pattern[str]
    byline: list[re.Pattern[str]]
    closing_initials: re.Pattern[str]
    menu_min_segments: int
    related_header: re.Pattern[str]
    spaced_hyphen_stops: frozenset[str]
    # brackets left empty where a scraper dropped the words in them ("Dirjen Pemasyarakatan ( ,) Kemenkum HAM"), and
    # a link to another story inside a paragraph (boilerplate.yaml bracketed_link)
    dropped_brackets: re.Pattern[str]


# Every match of the closing initials ends a line with ")" or "]" and then only spaces and stars: ``clean`` looks for
# them only in such a line (a search of the pattern tries every character of every line).
_CLOSING_END = r"[)\]]\s*\**\s*$"


# A caption is a sentence or two; a paragraph that ends in a photo's credit is kept.
CAPTION_MAX_WORDS = 45


@cache
def _patterns() -> _Patterns:
    data = resources.load("boilerplate")
    if not data["closing_initials"].endswith(_CLOSING_END):
        raise ValueError(f"boilerplate.yaml: closing_initials must end with {_CLOSING_END!r} (see clean.clean)")
    return _Patterns(
        lines=re.compile("|".join(f"(?:{p})" for p in data["lines"]), re.IGNORECASE),
        byline=[re.compile(p, re.IGNORECASE) for p in data["byline"]],
        closing_initials=re.compile(data["closing_initials"]),
        menu_min_segments=int(data["menu_min_segments"]),
        related_header=re.compile(data["related_header"], re.IGNORECASE),
        spaced_hyphen_stops=frozenset(data["spaced_hyphen_stops"]),
        dropped_brackets=re.compile(rf" ?\( ?,? ?\)| ?{data['bracketed_link']}"),
    )


@cache
def web_address() -> re.Pattern[str]:
    """A web address, which names an outlet ("Ternatepost.id", "TRIBUNJOGJA.COM"; headers.yaml domains)."""
    domains = resources.load("headers")["domains"]
    tlds = "|".join(re.escape(d).replace(r"\.", r"\s?\.\s?") for d in sorted(domains, key=len, reverse=True))
    return re.compile(rf"[A-Za-z0-9][\w-]*(?:\s?\.\s?[\w-]+)*?\s?\.\s?(?:{tlds})", re.IGNORECASE)


@cache
def photo_credit() -> re.Pattern[str]:
    """A credit closing a line, which makes the line a photo's caption: "(Foto: Humas)", "ANTARA FOTO/Nama",
    "TRIBUNLAMPUNG.CO.ID/NAMA" (headers.yaml photo_credit_words)."""
    words = "|".join(re.escape(w) for w in sorted(resources.load("headers")["photo_credit_words"], key=len,
                                                   reverse=True))
    return re.compile(rf"(?:^|[\s.(])(?:(?:{words})\s*[:/]|{web_address().pattern}\s*/)\s*[^/\n]{{2,60}}\)?\s*$",
                      re.IGNORECASE)


def _is_menu(line: str, min_segments: int) -> bool:
    """A category menu scraped as one glued word: "BeritaHeadlineInternasionalNewsTrending"."""
    if " " in line or len(line) < 12:
        return False
    return len(re.findall(r"[A-Z][a-z]+", line)) >= min_segments and line.isalpha()


class _Builder:
    """Appends pieces of the raw text (and inserted characters) while recording offsets."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, piece: str, raw_start: int, raw_positions: Sequence[int] | None = None) -> None:
        self.chars.append(piece)
        if raw_positions is not None:
            self.offsets.extend(raw_positions)
        else:
            self.offsets.extend(range(raw_start, raw_start + len(piece)))

    @property
    def length(self) -> int:
        return len(self.offsets)


def _normalize_line(line: str, raw_start: int) -> tuple[str, Sequence[int]]:
    """Fold spaces, drop invisible characters and emptied brackets, unglue words; return the line and its raw
    offsets (a range where no character moved: most lines, whose offsets are copied into the article's once)."""
    if not line:   # half the lines of news
        return line, []
    if (not line.startswith(" ") and "  " not in line and _CHARWISE.search(line) is None
            and unicodedata.is_normalized("NFKC", line)):
        text = line.rstrip(" ")
        return _unglue(*_joined_hyphens(*_without_dropped_brackets(text, range(raw_start, raw_start + len(text)))))
    return _unglue(*_joined_hyphens(*_without_dropped_brackets(*_normalize_charwise(line, raw_start))))


# A run of white space and invisible characters that the pass below must rewrite: one that holds a character other
# than a plain space, two or more spaces, or spaces at the start of the line. Single spaces between words are kept
# as they stand.
_OTHER_SPACE = r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SPECIAL_RUN = re.compile(f"(?: *(?:{_INVISIBLE.pattern}|{_OTHER_SPACE})(?:{_INVISIBLE.pattern}|{_SPACES.pattern})*)"
                          "| {2,}|^ +")


def _normalize_charwise(line: str, raw_start: int) -> tuple[str, list[int]]:
    """Each run of spaces becomes one space (none at the start or end), invisible characters go, other characters
    are NFKC-normalised one by one; with the raw offset of every character kept. Works run by run: the text
    between runs is copied whole where it is already normalised (a one-line scraped article is 10,000 characters)."""
    pieces: list[str] = []
    positions: list[int] = []
    previous_space = True

    def copy(segment: str, at: int) -> None:
        if unicodedata.is_normalized("NFKC", segment):
            pieces.append(segment)
            positions.extend(range(at, at + len(segment)))
            return
        for index, char in enumerate(segment):
            normalized = unicodedata.normalize("NFKC", char)
            pieces.append(normalized if len(normalized) == 1 else char)
            positions.append(at + index)

    done = 0
    for run in _SPECIAL_RUN.finditer(line):
        if run.start() > done:
            copy(line[done:run.start()], raw_start + done)
            previous_space = False
        space = next((i for i, char in enumerate(run.group()) if _INVISIBLE.match(char) is None), None)
        if space is not None and not previous_space:
            pieces.append(" ")
            positions.append(raw_start + run.start() + space)
            previous_space = True
        done = run.end()
    if done < len(line):
        copy(line[done:], raw_start + done)
    text = "".join(pieces).rstrip(" ")
    return text, positions[:len(text)]


def _without_dropped_brackets(text: str, positions: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Drop the brackets a scraper emptied and links to other stories, with their raw offsets (a list made of
    ``positions`` where any)."""
    if ("(" in text or "[" in text) and (matches := list(_patterns().dropped_brackets.finditer(text))):
        positions = list(positions)
        for match in reversed(matches):
            text = text[:match.start()] + text[match.end():]
            del positions[match.start():match.end()]
    return text, positions


# A hyphen written with a space on each side, as IndoSum's tokenised text has it ("Kim Jong - un", "Runner - up",
# "Undang - undang"): the word's second part is a short lower-case syllable or repeats the first part.
_SYLLABLE_LETTERS = 3
_SPACED_HYPHEN = re.compile(r"\b([^\W\d_]+) - ([a-z]+)\b")


def _joined_hyphens(text: str, positions: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Write a word split at its hyphen as one ("Jong - un" -> "Jong-un"), as a reader writes it; not a dash before a
    short word ("Inggris - di mana ...", boilerplate.yaml ``spaced_hyphen_stops``)."""
    if " - " not in text:
        return text, positions
    stops = _patterns().spaced_hyphen_stops
    joins = [m for m in _SPACED_HYPHEN.finditer(text) if m.group(2).startswith(m.group(1).lower()) or (
        len(m.group(2)) <= _SYLLABLE_LETTERS and m.group(2) not in stops)]
    if joins:
        positions = list(positions)
        for match in reversed(joins):
            hyphen = match.end(1) + 1
            text = text[:hyphen - 1] + "-" + text[hyphen + 2:]
            del positions[hyphen + 1]
            del positions[hyphen - 1]
    return text, positions


def _unglue(text: str, positions: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Put a space between glued words ("2021Pemerintah"); the raw offset of each space goes into the positions (a
    list made of ``positions`` where any)."""
    if not text:   # an empty line (half the lines of news)
        return text, positions
    for pattern in (_GLUED_YEAR, _GLUED_NUMBER, _GLUED_TITLE, _GLUED_SENTENCE):
        inserts = _glued(pattern, text)
        if inserts and not isinstance(positions, list):
            positions = list(positions)
        for at in reversed(inserts):
            text = text[:at] + " " + text[at:]
            positions.insert(at, positions[at] if at < len(positions) else positions[-1])
    return text, positions


def _glued(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where a space goes between glued words, for one of the ``_GLUED`` patterns."""
    if pattern is _GLUED_YEAR and "19" not in text and "20" not in text:
        return []   # every match starts so, and nine lines in ten of news hold neither (a substring test is cheaper)
    if pattern is _GLUED_NUMBER:   # the number's start, after [a-z]{3}
        if _LOWER_THEN_DIGIT.search(text) is None:
            return []
        return [m.start() for m in pattern.finditer(text)
                if m.start() >= 3 and _THREE_LOWER.fullmatch(text, m.start() - 3, m.start())]
    if (pattern is _GLUED_TITLE or pattern is _GLUED_SENTENCE) and _STOP_THEN_CAPITAL.search(text) is None:
        return []
    if pattern is _GLUED_SENTENCE:
        return [m.end() for m in pattern.finditer(text)
                if m.start() >= 3 and _THREE_LETTERS.fullmatch(text, m.start() - 3, m.start())
                and not _ADDRESS_GOES_ON.match(text, m.end())]
    # the match's end, when it starts a word (as \b before its first character, a word character)
    return [m.end() for m in pattern.finditer(text)
            if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")]


# Scraped news whose paragraphs were joined with commas ("... digelar Senin.,Wali kota membuka ...", "... revisi UU
# KPK.,Menteri ...", "... 19 November 2019.,Rutenya ...", and with a comma for each blank line, "... KPK.,,,Febri
# mengatakan ..."): the commas right after a sentence's end and before a capital letter are a paragraph break,
# whatever the sentence's last character; spaces and a line break of the same length take their place, so the raw
# offsets stay. The first comma comes first and the lookbehinds take it in: re skips from comma to comma instead of
# trying both lookbehinds at every character (the same matches as
# "(?:(?<=[.!?][\"”])|(?<=[A-Za-z0-9)%\]][.!?])),+(?=...)").
_PARAGRAPH_COMMA = re.compile(r",(?:(?<=[.!?][\"”],)|(?<=[A-Za-z0-9)%\]][.!?],)),*(?=[\"“]?[A-Z])")


def _paragraph_break(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start() - 1) + "\n"


# Inside a sentence, where the scraper dropped the words between them ("Ketua DPR RI,,selaku ..."), commas glued
# between two words keep one comma and a space (same length), so the words are tokens of their own.
_GLUED_COMMAS = re.compile(r",(?<=\w,),+(?=[^\W\d_])")


def _comma_space(match: re.Match[str]) -> str:
    return "," + " " * (match.end() - match.start() - 1)


# A web address in a line (extract tells a page that is only a list of them so).
WEB_ADDRESS = re.compile(r"https?://|www\.|\.(?:com|id|net|org)/", re.IGNORECASE)
# A headline: a short line that does not end as a sentence does (no full stop or closing quote) and holds no web
# address.
_HEADLINE_WORDS = 20


def _is_headline(line: str) -> bool:
    return len(line.split()) <= _HEADLINE_WORDS and not line.endswith((".", '"', "\u201d", ":")) \
        and not WEB_ADDRESS.search(line)


def _credit(line: str, patterns: list[re.Pattern[str]]) -> re.Match[str] | None:
    """The credit a whole line is ("Penulis: Yohanes Seo"), by the first byline pattern it matches; None if none."""
    return next((match for pattern in patterns if (match := pattern.fullmatch(line))), None)


def clean(raw: str, title: str | None = None) -> CleanText:
    """Clean one article. With ``title`` None, the first non-empty line is the title."""
    patterns = _patterns()
    builder = _Builder()
    seen: set[str] = set()
    byline: list[str] = []
    credits: list[Credit] = []
    dropped = 0
    found_title = title
    title_end = 0
    position = 0
    lines = raw.split("\n")
    related = False   # right after a "Baca juga:" line of its own
    for line_number, line in enumerate(lines):
        line_start = position
        position += len(line) + 1
        text, offsets = _normalize_line(line.rstrip("\r"), line_start)
        if not text:
            continue
        stripped = text.strip()
        key = stripped.casefold()
        if related and _is_headline(stripped):
            dropped += 1   # "Baca juga:" then other stories' headlines, a line each
            continue
        related = bool(patterns.related_header.fullmatch(stripped))
        if related or patterns.lines.fullmatch(stripped) or _is_menu(stripped, patterns.menu_min_segments):
            dropped += 1
            continue
        is_title = found_title is None
        if not is_title:
            # ("Penulis: Yohanes Seo | Editor: Maria Goreti": credits side by side on one line, each its own)
            parts = [part.strip() for part in stripped.split(" | ")]
            found = [credit for part in parts if (credit := _credit(part, patterns.byline)) is not None]
            if len(found) != len(parts):   # ("Oleh Farah Fuadona | Senin, 21 Maret 2023": one credit and its date)
                whole = _credit(stripped, patterns.byline)
                found = [whole] if whole is not None else []
            if found:
                for credit in found:
                    groups = credit.groupdict()
                    byline.append(credit.group("value").strip())
                    credits.append(Credit(stripped, byline[-1], (groups.get("outlet") or "").strip() or None,
                                          groups.get("date"), builder.length))
                dropped += 1
                continue
            # A paragraph printed twice (and a headline repeated under the title) is kept once.
            if key in seen and len(stripped) >= 20:
                dropped += 1
                continue
            # A photo's caption inside the story ("Bupati Kupang saat membuka rakor stunting di Oelamasi. (FOTO:
            # POS-KUPANG.COM/HO-PROKOMPIM)") retells what the story tells, out of its order.
            # (a credit holds ":" or "/": the pattern is tried only on such lines)
            if ("/" in stripped or ":" in stripped) and len(stripped.split()) <= CAPTION_MAX_WORDS \
                    and photo_credit().search(stripped):
                dropped += 1
                continue
            closing = patterns.closing_initials.search(text) if line_number >= len(lines) // 2 \
                and text.rstrip().rstrip("*").rstrip().endswith((")", "]")) else None
            if closing is not None:
                byline.append(closing.group("value"))
                text, offsets = text[: closing.start()], offsets[: closing.start()]
            if text[-1:].isspace() or text[-1:] in ("*", "#"):   # what _TRAILING_MARKS can remove ends the line
                text = _TRAILING_MARKS.sub("", text)
            offsets = offsets[: len(text)]
            if not text:
                continue
        seen.add(key)
        if builder.length:
            builder.add("\n", offsets[0] - 1 if offsets else line_start, [max(0, line_start - 1)])
        builder.add(text, line_start, offsets)
        if is_title:
            found_title = stripped
            title_end = builder.length
    text = _GLUED_COMMAS.sub(_comma_space, _PARAGRAPH_COMMA.sub(_paragraph_break, "".join(builder.chars)))
    return CleanText(
        text=text,
        offsets=builder.offsets,
        raw_length=len(raw),
        title=found_title,
        title_end=title_end if title is None else 0,
        byline=byline,
        dropped_lines=dropped,
        credits=credits,
    )

"""Dates as an Indonesian reader reads them: absolute, partial, ranges, relative; times kept apart.

``find_dates`` (match) returns every date mention with its resolved span of days; year-less and
relative dates are resolved against a reference date (the publication date) or, failing that, a
year named in the text and the weekday written beside the date.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from .. import regex, resources
from .folding import Unfolded as _Unfolded
from .folding import key as _key
from .numbers import number_word_forms, number_word_pattern, parse_number_words


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    first: date
    last: date
    granularity: str           # day, month or year
    explicit_year: bool        # the year is written, not inferred
    relative: bool = False     # resolved from "kemarin", "pekan lalu", ...

    def as_when(self) -> dict[str, str]:
        return {"start": self.first.isoformat(), "end": self.last.isoformat(),
                "granularity": self.granularity, "text": self.text}


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Lexicon:
    month_of: dict[str, int]
    weekday_of: dict[str, int]
    month: str
    weekday: str
    connector: str
    past: str
    future: str
    relative_days: dict[str, int]
    unit_of: dict[str, str]
    direction_of: dict[str, int]
    parts: dict[str, tuple[float, float]]
    time_markers: str
    time_zones: str
    day_parts: str


def _alternation(forms: list[str]) -> str:
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True)) + ")"


@cache
def _lexicon() -> _Lexicon:
    data = resources.load("dates")
    month_of = {form.lower(): int(number) for number, forms in data["months"].items() for form in forms}
    weekday_of = {form.lower(): int(number) for number, forms in data["weekdays"].items() for form in forms}
    return _Lexicon(
        month_of=month_of,
        weekday_of=weekday_of,
        month=_alternation(list(month_of)) + r"\.?",
        weekday=_alternation(list(weekday_of)),
        connector=_alternation(data["range_connectors"]),
        past=_alternation(data["past_markers"]),
        future=_alternation(data["future_markers"]),
        relative_days={k.lower(): int(v) for k, v in data["relative_days"].items()},
        unit_of={k.lower(): v for k, v in data["period_units"].items()},
        direction_of={k.lower(): int(v) for k, v in data["relative_direction"].items()},
        parts={k.lower(): (float(v[0]), float(v[1])) for k, v in data["period_parts"].items()},
        time_markers=_alternation(data["time_markers"]),
        time_zones=_alternation(data["time_zones"]),
        day_parts=_alternation(data["closing_weekday_parts"]),
    )


@dataclass(frozen=True)
class _Patterns:
    time: re.Pattern[str]
    cross_range: re.Pattern[str]
    day_range: re.Pattern[str]
    day: re.Pattern[str]
    month_first: re.Pattern[str]
    numeric_cross: re.Pattern[str]
    numeric_range: re.Pattern[str]
    numeric: re.Pattern[str]
    month_year: re.Pattern[str]
    month_alone: re.Pattern[str]
    year: re.Pattern[str]
    part: re.Pattern[str]
    relative_period: re.Pattern[str]
    counted_period: re.Pattern[str]
    weekday_range: re.Pattern[str]
    weekday_relative: re.Pattern[str]
    relative_day: re.Pattern[str]


@cache
def _patterns(folded: bool = False) -> _Patterns:
    """The date patterns, case-insensitive; with ``folded``, for a lower-cased text: then a pattern whose letters
    are all lower case is compiled case-sensitive, which scans 40% faster and matches the same (see ``_key``)."""
    lx = _lexicon()
    # "Senin, ", "Rabu-Jumat, ", "Jumat hingga Minggu (": the first weekday checks the first day's year.
    wd = rf"(?:(?P<weekday>{lx.weekday})(?:\s*{lx.connector}\s*{lx.weekday})?\s*,?\s*(?:\(\s*)?)?"
    wd_plain = rf"(?:{lx.weekday}\s*,?\s*)"
    # A day/month in brackets or bare: "(6/2)", "(10/2/2023)", "6/2/2023"; the day-first order Indonesian uses.
    slash = r"\s*/\s*"
    dash = r"\s*[-–—]\s*"
    year = r"(?:19|20)\d\d"
    tail = rf"(?:\s+(?P<marker>{lx.past}|{lx.future}))?"
    units = _alternation(list(lx.unit_of))
    directions = _alternation(list(lx.direction_of))
    number = rf"(?:\d+|{number_word_pattern()})"

    def compile_(source: str) -> re.Pattern[str]:
        lower_case = not any(c.isupper() for c in source.replace("(?P<", ""))
        return regex.compile(source, 0 if folded and lower_case else re.IGNORECASE)

    return _Patterns(
        time=compile_(rf"(?:\b{lx.time_markers}\s+)?\b\d{{1,2}}[.:]\d{{2}}(?:\s*{lx.time_zones}\b)"
                      rf"|\b{lx.time_markers}\s+\d{{1,2}}(?:[.:]\d{{2}})?(?:\s*{lx.time_zones}\b)?"),
        cross_range=compile_(
            rf"\b{wd}(?P<d1>\d{{1,2}})\s+(?P<m1>{lx.month})(?:\s+(?P<y1>{year}))?\s*{lx.connector}\s*"
            rf"(?:{lx.weekday}\s*,?\s*)?(?P<d2>\d{{1,2}})\s+(?P<m2>{lx.month})(?:\s+(?P<y2>{year}))?\b{tail}"),
        # "15-17 Juli 2021"; "15 dan 16 Juli 2021", "6, 7 dan 8 September" (days in a row only: "5 dan 12 Juli" are
        # two days apart)
        day_range=compile_(
            rf"\b{wd}(?P<d1>\d{{1,2}})(?P<list>(?:\s*,\s*\d{{1,2}})+\s*,?(?=\s*dan\b))?\s*(?:\)\s*)?"
            rf"(?:{lx.connector}|(?P<pair>dan))\s*(?:{lx.weekday}\s*,?\s*)?"
            rf"(?P<d2>\d{{1,2}})\s+"
            rf"(?P<m>{lx.month})(?:\s+(?P<y>{year}))?\b{tail}"),
        day=compile_(rf"\b{wd}(?P<d>\d{{1,2}})\s+(?P<m>{lx.month})(?:\s+(?P<y>{year}))?\b{tail}"),
        # "October 5, 2021" in English-language releases.
        month_first=compile_(rf"\b(?P<m>{lx.month})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>{year})\b"),
        # "Senin (6/2) hingga Jumat (10/2/2023)": two bracketed days joined by a connector ("Selasa (24/9) malam
        # hingga Rabu (25/9) dini hari": a part of the first day between).
        numeric_cross=compile_(
            rf"(?:\b(?P<weekday>{lx.weekday})\s*,?\s*)?\(\s*(?P<d1>\d{{1,2}}){slash}(?P<m1>\d{{1,2}})"
            rf"(?:{slash}(?P<y1>\d{{4}}|\d{{2}}))?\s*\)\s*(?:{lx.day_parts}\s+)?{lx.connector}\s*{wd_plain}?"
            rf"\(\s*(?P<d2>\d{{1,2}}){slash}(?P<m2>\d{{1,2}})(?:{slash}(?P<y2>\d{{4}}|\d{{2}}))?\s*\)"),
        # "Jumat hingga Minggu (24-26/11/2023)", "(24-26/11)", "12-14/10/2023".
        numeric_range=compile_(
            rf"(?:\b(?P<weekday>{lx.weekday})(?:\s*{lx.connector}\s*{lx.weekday})?\s*,?\s*)?"
            rf"\(\s*(?P<d1>\d{{1,2}}){dash}(?P<d2>\d{{1,2}}){slash}(?P<m>\d{{1,2}})(?:{slash}(?P<y>\d{{4}}|\d{{2}}))?\s*\)"
            rf"|(?<![\d/.])(?P<d1_bare>\d{{1,2}})-(?P<d2_bare>\d{{1,2}})/(?P<m_bare>\d{{1,2}})/(?P<y_bare>\d{{4}})\b"),
        numeric=compile_(
            rf"(?:\b(?P<weekday>{lx.weekday})\s*,?\s*)?\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
            rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)"
            rf"|\b(?P<d_bare>\d{{1,2}})/(?P<m_bare>\d{{1,2}})/(?P<y_bare>\d{{4}})\b"),
        month_year=compile_(rf"\b(?:bulan\s+)?(?P<m>{lx.month})\s+(?P<y>{year})\b"),
        month_alone=compile_(rf"\b(?:bulan\s+)(?P<m>{lx.month})\b{tail}"
                             rf"|\b(?P<m2>{lx.month})\s+(?P<marker2>{lx.past}|{lx.future})\b"),
        year=compile_(rf"\btahun\s+(?P<y>{year})\b"),
        part=compile_(
            rf"\b(?P<part>{_alternation(list(lx.parts))})\s+(?:(?:bulan\s+)?(?P<m>{lx.month})\s+)?"
            rf"(?:(?P<y>{year})|tahun\s+(?P<y2>{year})|(?P<unit>tahun|bulan)\s+(?P<dir>ini|depan|lalu|mendatang))\b"),
        relative_period=compile_(rf"\b(?P<unit>{units})\s+(?P<dir>{directions})\b"),
        counted_period=compile_(
            rf"\b(?P<n>{number})\s+(?P<unit>{units})\s+(?P<dir>lalu|silam|yang lalu|lagi|mendatang|ke depan)\b"),
        # "Rabu hingga Jumat pekan lalu", "Senin-Rabu mendatang": days of a week named relative to the reference.
        weekday_range=compile_(
            rf"\b(?P<w1>{lx.weekday})\s*{lx.connector}\s*(?P<w2>{lx.weekday})\s+(?:(?P<unit>pekan|minggu)\s+)?"
            rf"(?P<dir>lalu|yang lalu|kemarin|depan|mendatang|ini)\b"),
        # "Kamis lalu", "Senin depan"; "Kamis pekan lalu": that weekday of the week named
        weekday_relative=compile_(
            rf"\b(?P<weekday>{lx.weekday})\s+(?:(?P<unit>pekan|minggu)\s+)?"
            rf"(?P<dir>lalu|yang lalu|kemarin|depan|mendatang|ini)\b"),
        relative_day=compile_(rf"\b(?P<word>{_alternation(list(lx.relative_days))})\b"),
    )


def find_times(text: str, folded: str | None = None) -> list[TimeMention]:
    """Times of day ("pukul 09.46 WIB", "10.00 WITA"); ``folded``: ``_key(text)``, where the caller has it."""
    if not _may_match(_patterns().time, _key(text) if folded is None else folded):
        return []
    return [TimeMention(m.start(), m.end(), m.group(0)) for m in _patterns().time.finditer(text)]


def _minimal(literals: list[str]) -> tuple[str, ...]:
    """``literals`` less those that contain another: a text contains one of the rest whenever one of all."""
    unique = sorted({_key(literal) for literal in literals}, key=len)
    kept: list[str] = []
    for literal in unique:
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return tuple(kept)


@cache
def _required() -> dict[re.Pattern[str], tuple[str, ...]]:
    """For the patterns that cannot match without one of a few literals, those literals, as the lower-cased text
    (``_key``) has them: a pattern is not run over a text that has none. Every match of the three numeric
    patterns contains "/"; of the weekday patterns, a weekday; of the time pattern, a time marker ("pukul") or
    a time zone ("WIB"). (Month names are no such test: "mar", "des", "sep" begin everyday words.)"""
    lx, data = _lexicon(), resources.load("dates")
    weekdays = _minimal([form.split()[0] for form in lx.weekday_of])
    times = _minimal([form.split()[0] for form in [*data["time_markers"], *data["time_zones"]]])
    required = {}
    for folded in (False, True):
        patterns = _patterns(folded)
        for pattern in (patterns.numeric_cross, patterns.numeric_range, patterns.numeric):
            required[pattern] = ("/",)
        for pattern in (patterns.weekday_range, patterns.weekday_relative):
            required[pattern] = weekdays
        required[patterns.time] = times
    return required


@cache
def _required_by_id() -> dict[int, tuple[str, ...]]:
    """``_required`` by the patterns' ids: a compiled pattern's hash reads all its code (3 us for a date pattern)."""
    return {id(pattern): literals for pattern, literals in _required().items()}


def _may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False when ``pattern`` cannot match the text whose ``_key`` is ``folded`` (see ``_required``)."""
    literals = _required_by_id().get(id(pattern))
    return literals is None or any(literal in folded for literal in literals)


Match = re.Match[str] | _Unfolded
_NUMBER_OR_BRACKET = re.compile(r"\d+|\(")
_HEAD_CHARS = 3   # a word is looked up by its first letters: a form's first word begins with them


@dataclass(frozen=True)
class _Heads:
    r"""Where the folded patterns can start. Most start with a word boundary and one of a few words (a month, a
    weekday, "tahun") or a number, so a match starts where a word (a run of ``\w``) does, one that begins with a
    digit or with the first letters of one of those forms; the bracketed dates ("(6/2)", "12-14/10/2023") start
    with a weekday, "(" or a number. re tries a pattern at every character; these patterns are tried only at
    those places, found in one scan for all of them (same matches)."""

    # Patterns by their ids (see ``_required_by_id``).
    by_prefix: dict[str, tuple[int, ...]]   # a form's first letters -> the patterns it can start
    lengths: tuple[int, ...]                # the lengths of those prefixes
    numeric: tuple[int, ...]                # the patterns a number can start
    bracketed: tuple[int, ...]              # the patterns "(" or any run of digits can start
    # A word's start (after a character that is no word character) where a number or one of the prefixes
    # begins: re skips ahead to the next such character, and tries there the prefixes' first letters, then the
    # rest. Matched over the text behind a space, so that a word at its very start has a character before it too.
    words: re.Pattern[str]


@cache
def _heads() -> _Heads:
    lx, p = _lexicon(), _patterns(True)
    weekdays, months = list(lx.weekday_of), list(lx.month_of)
    # pattern -> the forms whose first word can start it, and what else can: "" nothing, "number" a word that
    # begins with a digit, "bracket" "(" or a run of digits wherever it is
    starts: dict[re.Pattern[str], tuple[list[str], str]] = {
        p.cross_range: (weekdays, "number"), p.day_range: (weekdays, "number"), p.day: (weekdays, "number"),
        p.month_first: (months, ""), p.month_year: (["bulan", *months], ""),
        p.month_alone: (["bulan", *months], ""), p.year: (["tahun"], ""), p.part: (list(lx.parts), ""),
        p.relative_period: (list(lx.unit_of), ""), p.counted_period: (sorted(number_word_forms()), "number"),
        p.weekday_range: (weekdays, ""), p.weekday_relative: (weekdays, ""),
        p.relative_day: (list(lx.relative_days), ""),
        p.numeric_cross: (weekdays, "bracket"), p.numeric_range: (weekdays, "bracket"),
        p.numeric: (weekdays, "bracket"),
    }
    by_prefix: dict[str, list[int]] = {}
    numeric, bracketed = [], []
    for pattern, (forms, other) in starts.items():
        runs = [re.match(r"[^\W\d_]+", _key(form)) for form in forms]
        if pattern.flags & re.IGNORECASE or not all(runs):
            continue   # the lower-cased words would not decide: scanned as before
        for prefix in {run.group(0)[:_HEAD_CHARS] for run in runs if run}:
            by_prefix.setdefault(prefix, []).append(id(pattern))
        {"number": numeric, "bracket": bracketed}.get(other, []).append(id(pattern))
    rests: dict[str, list[str]] = {}
    for prefix in sorted(by_prefix, key=len, reverse=True):
        rests.setdefault(prefix[0], []).append(re.escape(prefix[1:]))
    words = "|".join(re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in rests.items())
    return _Heads({k: tuple(v) for k, v in by_prefix.items()}, tuple(sorted({len(k) for k in by_prefix})),
                  tuple(numeric), tuple(bracketed), re.compile(rf"\W(?:\d|{words})"))


def _word_starts(folded: str) -> dict[int, list[int]]:
    """For each pattern of ``_heads`` (by id), the words of ``folded`` where it can start, in order."""
    heads = _heads()
    found: dict[int, list[int]] = {pattern: [] for patterns in heads.by_prefix.values() for pattern in patterns}
    get = heads.by_prefix.get
    numbers = []
    for word in heads.words.finditer(" " + folded):
        at = word.start()    # in ``folded``: the word's start, one after the character before it
        if folded[at].isdecimal():   # what \d matches
            numbers.append(at)
            continue
        for length in heads.lengths:
            for pattern in get(folded[at:at + length], ()):
                found[pattern].append(at)
    for pattern in heads.numeric:
        found[pattern] = sorted(found.get(pattern, []) + numbers)
    if "/" in folded:   # else the bracketed patterns are not run (``_required``)
        others = [m.start() for m in _NUMBER_OR_BRACKET.finditer(folded)]
        for pattern in heads.bracketed:
            found[pattern] = sorted(found.get(pattern, []) + others)
    return found


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (none matches empty)."""
    resume = 0
    for start in starts:
        if start >= resume:
            match = pattern.match(text, start)
            if match is not None:
                yield match
                resume = match.end()


def _scanner(text: str, fold: bool = True) -> tuple[_Patterns, Callable[[re.Pattern[str]], Iterator[Match]]]:
    """The patterns to use on ``text`` and how to run one over it: on the lower-cased text where that is exact,
    at the words where a match can start (``_heads``) where the pattern starts with a word."""
    folded = _key(text)
    if not fold:
        return _patterns(), lambda pattern: pattern.finditer(text) if _may_match(pattern, folded) else iter(())
    starts: dict[int, list[int]] = {}

    def scan(pattern: re.Pattern[str]) -> Iterator[Match]:
        if not _may_match(pattern, folded):
            return iter(())
        if not starts:
            starts.update(_word_starts(folded))
        at = starts.get(id(pattern))
        matches = pattern.finditer(folded) if at is None else _matches_at(pattern, folded, at)
        return (_Unfolded(m, text) for m in matches)

    return _patterns(True), scan


def _dated_years(text: str, names: bool = True) -> list[int]:
    r"""The years written in dates, "Agustus 2022" or "5/2021": what ``(?:MONTH)\s+(YEAR)\b|\d/(YEAR)\b`` would
    find with finditer, found instead from each year back to the word before it (scanning the whole article for
    month names costs seven times more). As with finditer, one date's characters never count for the next.
    ``names``: False leaves out the years of dates written in a venue's or a street's name ("Universitas 17 Agustus
    1945"), still taking their characters."""
    years = []
    month_before, longest_month = _month_before()
    last_end = 0
    for match in _YEAR_AFTER_SPACE_OR_SLASH.finditer(text):
        at = match.start()
        named = False
        if text[at - 1] == "/":
            dated = at - 2 >= last_end and text[at - 2].isdecimal()   # what \d matches
        else:
            space = at
            while space > last_end and text[space - 1].isspace():
                space -= 1
            dated = month_before.search(text, max(last_end, space - longest_month), space) is not None
            named = dated and not names and _date_in_name().search(text, max(last_end, space - 60), space) is not None
        if dated:
            if not named:
                years.append(int(match.group(0)))
            last_end = match.end()
    return years


@cache
def _month_before() -> tuple[re.Pattern[str], int]:
    """A month name ending where a search ends, and the longest a month name can be ("Sept.")."""
    lx = _lexicon()
    return re.compile(rf"(?:{lx.month})$", re.IGNORECASE), max(map(len, lx.month_of)) + 1


# "(?<=[\s/])(?:19|20)\d\d\b" with the look-behind after the century, taking it in: re skips ahead to a "1" or a "2"
# instead of trying the look-behind at every character.
_YEAR_AFTER_SPACE_OR_SLASH = re.compile(r"(?:19|20)(?<=[\s/]19|[\s/]20)\d\d\b")
# Any year named, except the ends of ranges and numbers ("2025-2045", "20.2023").
_ANY_YEAR = regex.compile(r"(?<![\d/.,-])((?:19|20)\d\d)(?![\d/.,-]\d)")


@cache
def _weekday_after() -> re.Pattern[str]:
    """ "kemarin", "besok" ... and a weekday right after ("kemarin hari Minggu", "besok, Senin"); the weekday
    capitalised, since lower-case "minggu" is a week."""
    lx = _lexicon()
    return regex.compile(rf"(?i:{_alternation(list(lx.relative_days))})\s*,?\s*(?:hari\s+)?"
                         rf"((?=[A-Z])(?i:{lx.weekday}))\b")


_SENTENCE_OPENS = regex.compile(r"(?:\A|[.!?][\"'”’)]*\s+|\n)\s*\Z")   # before a sentence's first word
_WEEKEND_CUE = regex.compile(r"\bakhir\s+$", re.IGNORECASE)   # "akhir pekan ini": the weekend
@cache
def _independence_anniversary() -> re.Pattern[str]:
    """ "HUT RI ke-72", "Dirgahayu Republik Indonesia ke-78": the Republic's anniversary and its number."""
    data = resources.load("dates")["independence_anniversary"]
    words, republic = regex.alternation(data["words"]), regex.alternation(data["republic"])
    # ... or the number first ("HUT ke-72 Republik Indonesia", "HUT ke-74 Kemerdekaan RI")
    return regex.compile(rf"\b(?:{words})\s+(?:(?:Kemerdekaan\s+)?(?:{republic})\s+(?:yang\s+)?ke-?\s?(\d{{2,3}})\b"
                         rf"|ke-?\s?(\d{{2,3}})\s+(?:Kemerdekaan\b|(?:{republic})\b))", re.IGNORECASE)


def _name_heads() -> str:
    """The capitalised head words of venues' and streets' names (places.yaml), as an alternation."""
    places = resources.load("places")
    return regex.alternation([h for h in places["venue_heads"] + places["street_heads"] if h[:1].isupper()])


@cache
def _name_head_before() -> re.Pattern[str]:
    """A venue's or a street's head word ending where a search ends ("Universitas ", "Stadion ", "Jalan "), or with
    a day after it ("Universitas 17 "): a date written right after it is part of the name ("Universitas 17 Agustus
    1945", "Stadion 17 Mei")."""
    return regex.compile(rf"\b(?:{_name_heads()})\s+(\d{{1,2}}\s+)?$")


@cache
def _date_in_name() -> re.Pattern[str]:
    """A venue's or a street's head, a day and a month, ending where a search ends: the date of a name whose year
    comes next ("Universitas 17 Agustus" before "1945")."""
    return regex.compile(rf"\b(?:{_name_heads()})\s+\d{{1,2}}\s+{_lexicon().month}$", re.IGNORECASE)


@lru_cache(maxsize=16)   # asked again by find_dates for a story that names no year (the pipeline's hint is None)
def year_hint(text: str) -> int | None:
    """The year the story is set in when nothing else says.

    The year of an independence anniversary comes first ("HUT RI ke-72", "HUT ke-72 Republik Indonesia": 2017),
    since a commemoration's story dates the history it remembers ("Proklamasi 17 Agustus 1945"); else the years
    written in dates ("Agustus 2022", "5/7/2021"), the most frequent (the latest on a tie); else any year named,
    leaving out the ends of planning periods ("RPJPD 2025-2045"), which name no date.
    """
    # the Republic's anniversary counts its years from 1945, and dates the story better than a year named in passing
    # ("sejak 1997") or a date of the history it remembers
    anniversary = _independence_anniversary().search(text)
    if anniversary is not None:
        return 1945 + int(anniversary.group(1) or anniversary.group(2))
    dated = _dated_years(text, names=False)   # "Universitas 17 Agustus 1945 (Untag)": a name's year, not the story's
    if dated:
        counts = Counter(dated)
        return max(counts, key=lambda y: (counts[y], y))
    years = [int(y) for y in _ANY_YEAR.findall(text)]
    recent = [y for y in years if 1990 <= y <= 2100]
    if not recent:
        return None
    counts = Counter(recent)
    return max(counts, key=lambda y: (counts[y], y))


def hint_confirmed(text: str, year: int) -> bool:
    """Whether ``year`` dates the story, not only its background: it is written in a date ("6 September 2017",
    "10/9/2017"), called this year ("tahun 2017 ini") or a weekday beside a year-less date fits it ("Minggu (10/9)"
    falls on a Sunday in it)."""
    if year in _dated_years(text) or re.search(rf"\btahun\s+{year}\s+ini\b", text, re.IGNORECASE):
        return True   # "tahun 2021 ini": the year the story calls its own
    lx = _lexicon()
    for match in _weekday_dates().finditer(text):
        weekday = lx.weekday_of.get(_key(match["w"]))
        if match["m"]:
            month = lx.month_of.get(_key(match["m"]).rstrip("."))
        else:
            month = int(match["mn"])
        day = _safe_date(year, month, int(match["d"] or match["dn"])) if month and 1 <= month <= 12 else None
        if day is not None and weekday is not None and day.weekday() == weekday:
            return True
    return False


def _year_in_sentence(text: str, start: int, end: int, year: int | None) -> bool:
    """Whether ``year`` is written in the sentence around ``start``-``end`` (looked for at most 300 characters
    either way, so a long unpunctuated text costs little)."""
    if year is None:
        return False
    left = text.rfind(". ", max(0, start - 300), start)
    right = text.find(". ", end, end + 300)
    window = text[max(0, start - 300) if left < 0 else left:end + 300 if right < 0 else right]
    return re.search(rf"(?<!\d){year}(?!\d)", window) is not None


def closing_weekday(text: str, sentence: tuple[int, int], published: date | None) -> DateMention | None:
    """ "... di Makassar, Rabu.": a weekday alone closing a sentence, as wire services date a story's event, is the
    day of that weekday on or before publication (none without a publication date, nor in a clause that tells a
    plan or a statement); a span of two ("pada Kamis hingga Jumat.") begins on the first one's day."""
    if published is None:
        return None
    match = _closing_weekday().search(text, sentence[0], sentence[1])
    if match is None or _clause_told_by("weekday_plan_cues").search(text, sentence[0], match.start()) or (
            match["pada"] and _clause_told_by("weekday_statement_cues").search(text, sentence[0], match.start())):
        return None   # (a plan's weekday, "akan digelar ... pada Jumat.", is a day to come)
    weekday_of = _lexicon().weekday_of
    first = weekday_of[_key(match["w"])]
    start = published - timedelta(days=(published.weekday() - first) % 7)
    end = start + timedelta(days=(weekday_of[_key(match["w2"])] - first) % 7) if match["w2"] else start
    until = match.end("w2") if match["w2"] else match.end("w")
    return DateMention(match.start("w"), until, text[match.start("w"):until], start, end, "day", False,
                       relative=True)


def live_report_day(sentences: list[tuple[int, int]], published: date | None, dates: list[DateMention],
                    times: list[TimeMention]) -> DateMention | None:
    """ "MPR kembali menggelar sidang tahunan ... Hingga dimulainya sidang sekitar pukul 09.00 ...": a story that
    names no day at all but the clock time of its event reports that day, its publication day (none without one)."""
    if published is None or any(d.granularity == "day" for d in dates):
        return None   # (a year or a month named, "tahun 2017", says nothing of the day)
    time = next((t for t in times if any(a <= t.start < b for a, b in sentences)), None)
    if time is None:
        return None
    return DateMention(time.start, time.end, time.text, published, published, "day", False, relative=True)


# How far (characters) after an on-site opener its day may stand: "Pantauan kumparan (kumparan.com) di lokasi, Kamis".
ON_SITE_REACH = 80


def on_site_report_day(text: str, sentences: list[tuple[int, int]], dates: list[DateMention]) -> DateMention | None:
    """ "Pantauan kumparan (kumparan.com) di lokasi, Kamis (17/8), Prabowo tiba di Universitas Bung Karno ...": the day
    of a sentence that opens with the reporter's own look at the scene (dates.yaml on_site_openers), written right
    after the opener, is the day the story reports from there."""
    for start, end in sentences:
        if _on_site_opener().match(text, start, end) is None:
            continue
        reach = min(end, start + ON_SITE_REACH)
        day = next((d for d in dates if start <= d.start < reach and d.granularity == "day" and not d.relative), None)
        if day is not None:
            return day
    return None


@cache
def _on_site_opener() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_alternation(resources.load('dates')['on_site_openers'])})\b")


@cache
def _closing_weekday() -> re.Pattern[str]:
    lx = _lexicon()
    parts = _alternation(resources.load("dates")["closing_weekday_parts"])
    # closing the sentence ("..., Rabu."), or between commas before the clause goes on ("... di Jakarta, Selasa, yang
    # dibuka ..."; not "Selasa, 14 Maret", a date, nor ",,,Pada Senin," where scraped text joined two paragraphs)
    # dated by "pada" after no comma ("... berlangsung di Mataram pada Minggu dini hari."), or a span of weekdays
    # ("menggelar Kongres Nasional pada Kamis hingga Jumat.")
    # (after a closing quote too: 'webinar bertajuk "Siap Beralih ke TV Digital" pada Rabu.')
    return re.compile(rf"(?<=[\w)\"”’'])(?:,\s*(?:pada\s+(?:hari\s+)?)?|(?P<pada>\s+pada\s+(?:hari\s+)?))"
                      rf"(?P<w>{lx.weekday})(?:\s*{lx.connector}\s*(?P<w2>{lx.weekday}))?(?:\s+{parts})?\s*"
                      rf"(?:\.?\s*$|,(?!\s*\d))", re.IGNORECASE)


@cache
def _clause_told_by(cues: str) -> re.Pattern[str]:
    """A clause, up to the point searched to, with one of the dates.yaml list ``cues``: a statement's
    ("mengatakan dalam sebuah pernyataan pada hari Senin", weekday_statement_cues), whose weekday is the statement's
    day, or a plan's ("Rapat paripurna akan digelar di Gedung DPR pada Jumat.", weekday_plan_cues), whose weekday is
    to come."""
    return re.compile(rf"\b(?:{_alternation(resources.load('dates')[cues])})\b[^,.]*$", re.IGNORECASE)


@cache
def written_day() -> re.Pattern[str]:
    """A day written in words or figures, whatever its year: "Senin (6/3/2023)", "Senin, 6 Maret", "6 Maret". For
    a stage that reads a sentence before the dates are resolved (the event mentions, ``assemble.event_mentions``)."""
    lx = _lexicon()
    return re.compile(rf"\b{lx.weekday}\b\s*,?\s*\(?\s*\d|\b\d{{1,2}}\s+{lx.month}\b", re.IGNORECASE)


@cache
def _weekday_dates() -> re.Pattern[str]:
    """ "Minggu (10/9)", "Jumat, 29 September": a weekday written beside a day of a month."""
    lx = _lexicon()
    return re.compile(rf"\b(?P<w>{lx.weekday})\s*,?\s*(?:\(\s*(?P<dn>\d{{1,2}})/(?P<mn>\d{{1,2}})\b"
                      rf"|(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{lx.month})\b)", re.IGNORECASE)


def _month_last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, weekday: int | None, reference: date | None, hint: int | None,
                marker: str | None, confirmed: bool = True) -> int | None:
    """Year of a day written without one: near the reference, on the weekday if one is written."""
    direction = 0
    if marker:
        lx = _lexicon()
        direction = -1 if re.fullmatch(lx.past, marker, re.IGNORECASE) else 1
    if reference is not None:
        candidates = [reference.year - 1, reference.year, reference.year + 1]

        def distance(year: int) -> float:
            value = _safe_date(year, month, day)
            if value is None:
                return 1e9
            delta = (value - reference).days
            if (direction < 0 and delta > 0) or (direction > 0 and delta < 0):
                return 1e6 + abs(delta)
            # News mostly reports the recent past: a date far ahead of publication is last year's.
            penalty = 0.0 if delta <= 0 else delta * 1.5
            # A weekday that does not fit moves the date to a year where it does only when that year is
            # still near the reference; far off, the weekday is more likely a typo than the year.
            if weekday is not None and value.weekday() != weekday:
                penalty += 200
            return abs(delta) + penalty

        return min(candidates, key=distance)
    anchor = hint
    if weekday is not None and anchor:
        # The weekday picks the year beside the story's year; one that fits no year near it says the story is
        # set elsewhere in time than the years it names ("sejak 1997" in a story of 2017): no year then.
        for year in (anchor, anchor - 1, anchor + 1):
            value = _safe_date(year, month, day)
            if value is not None and value.weekday() == weekday:
                return year
        return None
    # No publication date and no weekday to check the year against: the story's year only where the story
    # confirms it (``hint_confirmed``); a year named in passing ("sejak tahun 2012") is as often background.
    return anchor if confirmed else None


def _fit_weekday(day: date, weekday: int | None, reference: date | None) -> date:
    """A written date whose weekday does not fit is most often a slip of one figure: the day ("Minggu (27/11)" for
    the 26th), the month ("Selasa (2/2/2018)" for 2 January) or the year ("Minggu (31/12/2018)" in a story of
    2017). The nearest such neighbour on the written weekday (not after the publication date) is the date."""
    if weekday is None or day.weekday() == weekday:
        return day
    neighbours = [day - timedelta(days=1), day + timedelta(days=1)]
    for year, month in ((day.year - 1, day.month), (day.year + 1, day.month), (day.year, day.month - 1),
                        (day.year, day.month + 1)):
        if 1 <= month <= 12:
            value = _safe_date(year, month, day.day)
            if value is not None:
                neighbours.append(value)
    fitting = [d for d in neighbours if d.weekday() == weekday and (reference is None or d <= reference)]
    if not fitting:
        return day
    anchor = reference or day
    return min(fitting, key=lambda d: (abs((d - anchor).days), d))


def _normalize_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _resolve_unit(unit: str, steps: int, reference: date) -> tuple[date, date, str]:
    """The whole period ``steps`` units away from the reference: "pekan lalu", "bulan depan"."""
    if unit == "day":
        day = reference + timedelta(days=steps)
        return day, day, "day"
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=steps)
        return monday, monday + timedelta(days=6), "day"
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + steps
        year, month = divmod(index, 12)
        return date(year, month + 1, 1), _month_last_day(year, month + 1), "month"
    year = reference.year + steps
    return date(year, 1, 1), date(year, 12, 31), "year"


def _part_of(first: date, last: date, part: tuple[float, float]) -> tuple[date, date]:
    days = (last - first).days + 1
    return first + timedelta(days=int(days * part[0])), first + timedelta(days=max(int(days * part[1]) - 1, 0))


def find_dates(text: str, reference: date | None = None, hint: int | None = None, *,
               fold: bool = True, times: list[TimeMention] | None = None,
               hint_given: bool = False) -> list[DateMention]:
    """Every date mention in ``text``, resolved; times ("pukul 09.46 WIB") are never dates.

    ``hint_given``: the year ``hint`` is the article's own (its publication month without a day), not read from
    the text: it dates a day written without a year as a publication day's year would, with nothing to confirm it.

    ``fold``: scan the lower-cased text where that finds exactly what the case-insensitive patterns find in
    ``text`` (faster); False scans ``text`` itself. The two agree, which the tests check. ``times``:
    ``find_times(text)``, where the caller has it (the pipeline stage keeps both; one scan, not two)."""
    lx = _lexicon()
    patterns, scan = _scanner(text, fold)
    if hint is None:
        hint = reference.year if reference else year_hint(text)
    confirmed = reference is not None or hint is None or hint_given or hint_confirmed(text, hint)

    def year_confirmed(match: Match) -> bool:
        """Whether the year hint may date the day of ``match`` written without a year."""
        # "Rapat Kerja Daerah tahun 2019, yang berlangsung 4 Maret hingga 6 Maret": the year its own
        # sentence names dates a day written without one.
        # "2 Agustus lalu": a day the story calls recent is in its year more often than not.
        marker = marker_of(match)
        recent = bool(marker and re.fullmatch(lx.past, marker, re.IGNORECASE))
        return confirmed or recent or _year_in_sentence(text, *match.span(), hint)
    taken: list[tuple[int, int]] = [(t.start, t.end) for t in (find_times(text) if times is None else times)]
    found: list[DateMention] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(match: Match, first: date, last: date, granularity: str, explicit: bool,
            relative: bool = False) -> None:
        start, end = match.span()
        text_ = match.group(0)
        stripped = text_.rstrip(" ,(")
        end -= len(text_) - len(stripped)
        if not free(start, end) or last < first:
            return
        head = _name_head_before().search(text, max(0, start - 40), start)
        if head and (re.match(r"\d{1,2}\s+[^\W\d]", text_) if head.group(1) is None else text_[:1].isalpha()):
            return   # "di Universitas 17 Agustus 1945 (Untag) Surabaya": a name, no date (not "Hotel (10/9)")
        taken.append((start, end))
        found.append(DateMention(start, end, stripped, first, last, granularity, explicit, relative))

    def weekday_of(match: Match) -> int | None:
        name = match.groupdict().get("weekday")
        return lx.weekday_of.get(_key(name)) if name else None

    def marker_of(match: Match) -> str | None:
        return match.groupdict().get("marker") or match.groupdict().get("marker2")

    for match in scan(patterns.cross_range):
        m1, m2 = lx.month_of[_key(match["m1"]).rstrip(".")], lx.month_of[_key(match["m2"]).rstrip(".")]
        y2 = _normalize_year(match["y2"]) or _infer_year(m2, int(match["d2"]), None, reference, hint, marker_of(match),
                                                         confirmed=year_confirmed(match))
        y1 = _normalize_year(match["y1"]) or (y2 - 1 if y2 and m1 > m2 else y2)
        if y1 and y2:
            first, last = _safe_date(y1, m1, int(match["d1"])), _safe_date(y2, m2, int(match["d2"]))
            if first and last:
                add(match, first, last, "day", bool(match["y2"]))
    for match in scan(patterns.day_range):
        # "6, 7 dan 8 September": the days in a row that end the list ("5, 7 dan 8": the 7th and 8th)
        days = [int(match["d1"]), *map(int, re.findall(r"\d+", match["list"] or "")), int(match["d2"])]
        run = 1
        while run < len(days) and days[-run - 1] == days[-run] - 1:
            run += 1
        if match["pair"] and run < 2:
            continue
        first_day = days[-run] if match["pair"] else int(match["d1"])
        month = lx.month_of[_key(match["m"]).rstrip(".")]
        year = _normalize_year(match["y"]) or _infer_year(month, int(match["d2"]), weekday_of(match), reference, hint,
                                                          marker_of(match), confirmed=year_confirmed(match))
        if year:
            first, last = _safe_date(year, month, first_day), _safe_date(year, month, int(match["d2"]))
            if first and last:
                add(match, first, last, "day", bool(match["y"]))
    for match in scan(patterns.numeric_cross):
        d1, m1, d2, m2 = int(match["d1"]), int(match["m1"]), int(match["d2"]), int(match["m2"])
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        y2 = _normalize_year(match["y2"]) or _infer_year(m2, d2, None, reference, hint, None,
                                                         confirmed=year_confirmed(match))
        y1 = _normalize_year(match["y1"]) or ((y2 - 1 if (m1, d1) > (m2, d2) else y2) if y2 else None)
        if y1 and y2:
            first, last = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
            if first and last:
                add(match, first, last, "day", bool(match["y2"] or match["y1"]))
    for match in scan(patterns.numeric_range):
        d1, d2 = int(match["d1"] or match["d1_bare"]), int(match["d2"] or match["d2_bare"])
        month = int(match["m"] or match["m_bare"])
        if not 1 <= month <= 12:
            continue
        written = _normalize_year(match["y"] or match["y_bare"])
        year = written or _infer_year(month, d1, weekday_of(match), reference, hint, None,
                                      confirmed=year_confirmed(match))
        if year:
            first, last = _safe_date(year, month, d1), _safe_date(year, month, d2)
            if first and last:
                add(match, first, last, "day", bool(written))
    for match in scan(patterns.month_first):
        day = _safe_date(int(match["y"]), lx.month_of[_key(match["m"]).rstrip(".")], int(match["d"]))
        if day:
            add(match, day, day, "day", True)
    for match in scan(patterns.day):
        month = lx.month_of[_key(match["m"]).rstrip(".")]
        year = _normalize_year(match["y"]) or _infer_year(month, int(match["d"]), weekday_of(match), reference, hint,
                                                          marker_of(match), confirmed=year_confirmed(match))
        day = _safe_date(year, month, int(match["d"])) if year else None
        if day:
            day = _fit_weekday(day, weekday_of(match), reference)
            add(match, day, day, "day", bool(match["y"]))
    for match in scan(patterns.numeric):
        d = int(match["d"] or match["d_bare"])
        m = int(match["m"] or match["m_bare"])
        if not (1 <= m <= 12 and 1 <= d <= 31):
            continue
        written = _normalize_year(match["y"] or match["y_bare"])
        year = written or _infer_year(m, d, weekday_of(match), reference, hint, None, confirmed=year_confirmed(match))
        day = _safe_date(year, m, d) if year else None
        if day:
            day = _fit_weekday(day, weekday_of(match), reference)
            add(match, day, day, "day", bool(written))
    for match in scan(patterns.part):
        part = lx.parts[_key(match["part"])]
        year_text = match["y"] or match["y2"]
        if year_text:
            year = int(year_text)
        elif reference is not None:
            # "akhir tahun ini", "awal bulan depan" count from the publication date; a year named in the story
            # is no substitute for it.
            base = reference
            steps = lx.direction_of.get(_key(match["dir"]), 0)
            if _key(match["unit"]) == "bulan":
                first, last, _ = _resolve_unit("month", steps, base)
                first, last = _part_of(first, last, part)
                add(match, first, last, "day", False, True)
                continue
            year = base.year + steps
        else:
            continue
        if match["m"]:
            month = lx.month_of[_key(match["m"]).rstrip(".")]
            first, last = _part_of(date(year, month, 1), _month_last_day(year, month), part)
            add(match, first, last, "day", bool(year_text))
        else:
            # Parts of a year are whole months: "awal 2023" is January to March.
            first_month, last_month = 1 + int(12 * part[0]), max(int(12 * part[1]), 1 + int(12 * part[0]))
            add(match, date(year, first_month, 1), _month_last_day(year, last_month), "month", bool(year_text),
                not year_text)
    for match in scan(patterns.month_year):
        month, year = lx.month_of[_key(match["m"]).rstrip(".")], int(match["y"])
        add(match, date(year, month, 1), _month_last_day(year, month), "month", True)
    for match in scan(patterns.month_alone):
        month = lx.month_of[_key(match["m"] or match["m2"]).rstrip(".")]
        marker = marker_of(match)
        # the marker places the whole month: "September mendatang" written on 19 September is this September (its
        # end is still to come), "September lalu" written on 10 September is this one too
        day = 15 if marker is None else 1 if re.fullmatch(lx.past, marker, re.IGNORECASE) else 28
        year = _infer_year(month, day, None, reference, hint, marker, confirmed=year_confirmed(match))
        if year:
            add(match, date(year, month, 1), _month_last_day(year, month), "month", False)
    for match in scan(patterns.year):
        year = int(match["y"])
        add(match, date(year, 1, 1), date(year, 12, 31), "year", True)
    if reference is not None:
        _find_relative(patterns, scan, reference, add, text, free)
    found.sort(key=lambda d: d.start)
    return found


def _find_relative(patterns: _Patterns, scan: Callable[[re.Pattern[str]], Iterator[Match]], reference: date,
                   add, text: str, free: Callable[[int, int], bool]) -> None:  # type: ignore[no-untyped-def]
    lx = _lexicon()
    for match in scan(patterns.weekday_range):
        w1, w2 = lx.weekday_of[_key(match["w1"])], lx.weekday_of[_key(match["w2"])]
        steps = lx.direction_of[re.sub(r"\s+", " ", _key(match["dir"]))]
        if match["unit"]:
            monday, _, _ = _resolve_unit("week", steps, reference)
            first = monday + timedelta(days=w1)
        elif steps < 0:   # "Rabu hingga Jumat lalu": the range ending on the last such Friday
            first = reference - timedelta(days=(reference.weekday() - w2) % 7 or 7) - timedelta(days=(w2 - w1) % 7)
        else:
            first = reference + timedelta(days=(w1 - reference.weekday()) % 7 or (7 if steps > 0 else 0))
        add(match, first, first + timedelta(days=(w2 - w1) % 7), "day", False, True)
    for match in scan(patterns.counted_period):
        n_text = match["n"]
        n = int(n_text) if n_text.isdigit() else parse_number_words(_key(n_text))
        if not n:
            continue
        sign = -1 if _key(match["dir"]) in ("lalu", "silam", "yang lalu") else 1
        unit = lx.unit_of[_key(match["unit"])]
        try:
            if unit == "week":
                day = reference + timedelta(weeks=sign * n)
                first, last, granularity = day, day, "day"
            else:
                first, last, granularity = _resolve_unit(unit, sign * n, reference)
        except (OverflowError, ValueError):
            continue   # "99999999999999 pekan lalu": no calendar date
        add(match, first, last, granularity, False, True)
    for match in scan(patterns.weekday_relative):
        if match["weekday"] == "minggu" or (match["weekday"] == "Minggu" and _key(match["dir"]) == "ini"
                                            and _SENTENCE_OPENS.search(text, 0, match.start())):
            # lower-case "minggu depan" is next week, not next Sunday, and so is "Minggu ini" opening a sentence,
            # capitalised only there ("Minggu ini adalah minggu yang berat"); relative_period reads them
            continue
        weekday = lx.weekday_of[_key(match["weekday"])]
        direction = _key(match["dir"])
        if match["unit"]:   # "Kamis pekan lalu": Thursday of the week before the reference's
            monday, _, _ = _resolve_unit("week", lx.direction_of[re.sub(r"\s+", " ", direction)], reference)
            day = monday + timedelta(days=weekday)
        elif direction in ("lalu", "yang lalu", "kemarin"):
            delta = (reference.weekday() - weekday) % 7 or 7
            day = reference - timedelta(days=delta)
        elif direction == "ini":
            day = reference + timedelta(days=weekday - reference.weekday())
        else:
            delta = (weekday - reference.weekday()) % 7 or 7
            day = reference + timedelta(days=delta)
        add(match, day, day, "day", False, True)
    for match in scan(patterns.relative_period):
        unit = lx.unit_of[_key(match["unit"])]
        steps = lx.direction_of[re.sub(r"\s+", " ", _key(match["dir"]))]
        # "hari ini" is a day; "minggu ini" only when it means a week, which "minggu" as Sunday rarely is here.
        first, last, granularity = _resolve_unit(unit, steps, reference)
        at = match.span()[0]
        if unit == "week" and _WEEKEND_CUE.search(text, max(0, at - 7), at):
            first = first + timedelta(days=5)   # "akhir pekan ini": the weekend, Saturday and Sunday
        add(match, first, last, granularity, False, True)
    for match in scan(patterns.relative_day):
        offset = lx.relative_days[re.sub(r"\s+", " ", _key(match["word"]))]
        day = reference + timedelta(days=offset)
        named = _weekday_after().match(text, match.start()) if offset else None
        if named is not None:
            # "Kemarin hari Minggu ...", "kemarin, Minggu (15/9)": the weekday named says which day, and a date
            # written beside it (found already) is the date
            if not free(named.start(1), named.end(1)):
                continue
            weekday = lx.weekday_of[_key(named.group(1))]
            if offset > 0:   # the next such weekday after the reference; or the last one before it
                day = reference + timedelta(days=(weekday - reference.weekday()) % 7 or 7)
            else:
                day = reference - timedelta(days=(reference.weekday() - weekday) % 7 or 7)
            match = named
        add(match, day, day, "day", False, True)


def shift_to_reference(mention: DateMention, reference: date) -> DateMention:
    """Re-resolve a year-less mention once the publication date is known (used by tests and callers)."""
    resolved = find_dates(mention.text, reference)
    return replace(resolved[0], start=mention.start, end=mention.end) if resolved else mention

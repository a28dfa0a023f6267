"""Article metadata: the header (outlet, dateline, reporter initials), byline and publication date, read off the
top of the cleaned text. What an outlet is and how it is written comes from ``resources/headers.yaml``; the real
openings it must read are the cases of ``tests/header_cases.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from .. import resources
from ..stages.dates import DateMention, find_dates
from ..stages.folding import key, squash
from ..stages.titles import received_by_official
from .clean import CleanText, photo_credit, web_address

# Where the header ends and the story starts: a dash with a space on either side ("Jakarta, CNN Indonesia --",
# "MEDAN - "), a run of hyphens ("KOMPAS.com--Artis"), an en or em dash. A hyphen inside a word is not one.
_SEPARATOR = re.compile(r"\s+[-–—]+\s*|[-–—]+\s+|-{2,}|[–—]")
_PLACE = re.compile(r"[A-Z][\w'’.]*(?:[ -](?:[A-Z][\w'’.]*|de|del|di|da|van|am|la|el|upon))*")
_PHRASE = re.compile(r"[A-Za-z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}")
_CAPS_PLACE_AFTER = re.compile(r"(?P<place>[A-Z][A-Z '’-]{2,30}?)[.,]\s+(?=[A-Z\"“])")
_HEADER_LINE_MAX_WORDS = 15   # a header is looked for in the first lines, up to the first line of prose
_SCANNED_LINES = 4


@dataclass(frozen=True)
class _Table:
    outlets: dict[str, str]          # squashed form -> canonical name
    not_places: frozenset[str]
    initials_max: int
    domain: re.Pattern[str]
    photo_credit: re.Pattern[str]


@cache
def _table() -> _Table:
    data = resources.load("headers")
    outlets = {squash(form): name for name, forms in data["outlets"].items() for form in [name, *forms]}
    return _Table(outlets, frozenset(p.casefold() for p in data["not_places"]), int(data["initials_max_letters"]),
                  web_address(), photo_credit())


def outlet_name(text: str) -> str | None:
    """The canonical name of a listed outlet ("ANTARA News" for "ANTARANews"), else None."""
    return _table().outlets.get(squash(text))


def _is_domain(text: str) -> bool:
    return _table().domain.fullmatch(text) is not None


def _outlet(text: str) -> str:
    """An outlet as the record gives it: its listed name, else as written (a web address in capitals lowered)."""
    text = text.strip(" ,")
    known = outlet_name(text)
    if known is not None:
        return known
    if _is_domain(text):
        text = re.sub(r"\s*\.\s*", ".", text)
        if text.isupper():
            text = text.lower().capitalize()
    return text


def _is_outlet(text: str) -> bool:
    """A listed outlet or a web address: an outlet wherever it stands in a header."""
    return outlet_name(text) is not None or _is_domain(text)


def _is_place(text: str, caps: bool = False) -> bool:
    """Looks like a dateline place: capitalised words, no digits; not an outlet or a rubric ("OPINI")."""
    if not text or len(text) > 40 or len(text.split()) > 5 or _PLACE.fullmatch(text) is None:
        return False
    if caps and not text.isupper():
        return False
    return not _is_outlet(text) and text.casefold() not in _table().not_places


def _is_known_city(text: str) -> bool:
    from ..stages.entities import gazetteer  # imported here: the gazetteer is only needed for title-case datelines

    entry = gazetteer().place(text)
    return entry is not None and entry.kind in ("city", "regency")


def _initials(text: str) -> bool:
    return text.isalpha() and len(text) <= _table().initials_max and outlet_name(text) is None


def _place_name(text: str) -> str:
    text = text.strip(" .,")
    return text.title() if text.isupper() else text


@dataclass(frozen=True)
class Header:
    """What the opening of an article says: "REPUBLIKA.CO.ID, SEMARANG --" gives outlet and dateline."""

    dateline: str | None
    outlet: str | None
    initials: str | None      # reporter initials written where an outlet could stand: "JAKARTA (Yue) -"
    end: int                  # where the header ends in the line (the body starts after it)


def _parse_head(head: str) -> tuple[str | None, str | None, str | None] | None:
    """(dateline, outlet, initials) of the text before the header's dash, or None when it is not a header."""
    paren = re.fullmatch(r"(?P<places>[^()]*?)\s*,?\s*\((?P<inner>[^()]{1,40})\)", head)
    if paren is not None:
        # "Palu (ANTARA News)", "Sukabumi, Jawa Barat (ANTARA News)", "Jeddah, Saudi Arabia, 27/11 (Antara)"
        places = [p.strip() for p in paren.group("places").split(",")]
        places = [p for p in places if p and not re.search(r"\d", p)]
        if not places or not all(_is_place(p) for p in places):
            return None
        inner = paren.group("inner").strip()
        if _initials(inner):
            return _place_name(places[0]), None, inner
        if not _is_outlet(inner) and _PHRASE.fullmatch(inner) is None:
            return None
        return _place_name(places[0]), _outlet(inner), None
    slash = re.fullmatch(r"(?P<a>[^/,]+?)\s*/\s*(?P<b>[^/,]+)", head)
    if slash is not None:
        # "Kabar Ngetren/Luang Prabang"
        outlet, place = slash.group("a"), slash.group("b")
        if (_is_outlet(outlet) or _PHRASE.fullmatch(outlet)) and _is_place(place):
            return _place_name(place), _outlet(outlet), None
        return None
    parts = re.fullmatch(r"(?P<a>[^,]+?)\s*,\s*(?P<b>[^,]+)", head)
    if parts is None:
        # "TEMPO.CO Yogyakarta": a web address, a space, a place
        spaced = re.fullmatch(r"(?P<a>\S+\.\S+)\s+(?P<b>.+)", head)
        if spaced is not None and _is_outlet(spaced.group("a")) and _is_place(spaced.group("b")):
            return _place_name(spaced.group("b")), _outlet(spaced.group("a")), None
        if _is_outlet(head):
            return None, _outlet(head), None                               # "Merdeka.com", "Rimanews"
        # "JAKARTA", "KAB. CIREBON"; not "H - 2 lebaran" (the day before a feast)
        if (len(head) >= 3 and _is_place(head, caps=True)) or (
                _is_place(head) and len(head.split()) <= 3 and _is_known_city(head)):
            return _place_name(head), None, None
        return None
    a, b = parts.group("a"), parts.group("b")
    if _is_outlet(a) and _is_place(b):
        return _place_name(b), _outlet(a), None                            # "REPUBLIKA.CO.ID, SEMARANG"
    if _is_place(a) and _is_outlet(b):
        return _place_name(a), _outlet(b), None                            # "Jakarta, CNN Indonesia"
    if _is_place(a) and _PHRASE.fullmatch(b) and len(b.split()) <= 3 and (a.isupper() or _is_known_city(a)):
        return _place_name(a), _outlet(b), None                            # "KUPANG, Warta Timur"
    if _is_place(a) and is_date_line(b) and all(d.start >= len(a) for d in _day_dates(head)):
        # "Labuan Bajo, 14 Februari 2024"; not "Senin, 21 November 2022", whose weekday is the date's
        return _place_name(a), None, None
    return None


def read_header(line: str) -> Header | None:
    """The header at the start of one line: dateline, outlet and reporter initials before the dash."""
    lead = len(line) - len(line.lstrip(" ,\t"))
    rest = line[lead:]
    own = re.fullmatch(r"(?P<place>[A-Z][\w'’ -]{1,40}?)\.\s+(?P<outlet>\S+\.\w+)\s*[.-]?\s*", rest)
    if own is not None and _is_domain(own.group("outlet")) and _is_place(own.group("place")):
        # A dateline on a line of its own: "Kupang. Mutiaratimur.net"
        return Header(_place_name(own.group("place")), _outlet(own.group("outlet")), None, len(line))
    separator = _SEPARATOR.search(rest, 0, 100)
    if separator is None or separator.start() == 0:
        return None
    parsed = _parse_head(rest[:separator.start()].strip(" ,"))
    if parsed is None:
        return None
    dateline, outlet, initials = parsed
    end = lead + separator.end()
    if dateline is None:
        # "KONTAN.CO.ID - JAKARTA. Pemerintah ..."
        after = _CAPS_PLACE_AFTER.match(line, end)
        if after is not None and _is_place(after.group("place").strip(), caps=True):
            dateline, end = _place_name(after.group("place")), after.end()
    return Header(dateline, outlet, initials, end)


# A headline is short; a first line longer than this is the story's lead.
_TITLE_MAX_WORDS = 30
# A line that ends a sentence: a full stop after a word, quotes or a bracket around it.
_SENTENCE_FINAL = re.compile(r"\w[\"'”’)]*\.[\"'”’)]*$")


def is_title_line(line: str) -> bool:
    """Whether a text's first line is its title. Articles pasted from a page often start with the lead instead:
    a line that opens with a dateline ("KUPANG - ..."), is longer than a headline, or ends in a full stop is body."""
    words = len(line.split())
    if not words or words > _TITLE_MAX_WORDS or read_header(line) is not None:
        return False
    return words < 6 or _SENTENCE_FINAL.search(line.rstrip()) is None


# A date on a line of its own near the top: "Senin, 21 November 2022 - 09:46 WIB".
_DATE_LINE_MAX = 80


@cache
def _release_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words that show a full date is when the article's source material was released (headers.yaml): the cue
    before a date, and the cue anywhere, looked for in the lower-cased text (folding.key), where it matches where it
    would with IGNORECASE in the text, in half the time."""
    cues = "|".join(re.escape(c) for c in sorted(resources.load("headers")["release_cues"], key=len, reverse=True))
    return re.compile(rf"(?!{received_by_official()})({cues})[^.\n]{{0,60}}$", re.IGNORECASE), re.compile(cues)


@dataclass(frozen=True)
class ArticleMeta:
    title: str | None
    dateline: str | None
    outlet: str | None
    published: date | None
    dateline_span: tuple[int, int] | None
    published_span: tuple[int, int] | None
    byline: list[str] = field(default_factory=list)


def read_dateline(clean: CleanText) -> tuple[Header | None, tuple[int, int] | None]:
    """The header of the body's first lines (up to the first line of prose) and its span in the cleaned text."""
    offset = clean.title_end
    text = clean.text
    if offset and text.startswith("\n", offset):
        offset += 1
    for _ in range(_SCANNED_LINES):
        if offset >= len(text):
            break
        line_end = text.find("\n", offset)
        line_end = len(text) if line_end == -1 else line_end
        line = text[offset:line_end]
        header = read_header(line)
        if header is not None:
            return header, (offset, offset + header.end)
        if len(line.split()) >= _HEADER_LINE_MAX_WORDS and not is_photo_caption(line):
            break
        offset = line_end + 1
    return None, None


def is_photo_caption(line: str) -> bool:
    """A photo's caption: a line that ends in the photo's credit ("... (20/12/2022). ANTARA FOTO/Ahmad S")."""
    return _table().photo_credit.search(line) is not None


def _credited_date(clean: CleanText) -> date | None:
    """A publication date written in a credit line near the top: "Oleh Farah Fuadona pada 29 Juli 2016"."""
    for credit in clean.credits:
        if credit.date is None or credit.position > clean.title_end + 400:
            continue
        for mention in find_dates(credit.date):
            if mention.granularity == "day" and mention.explicit_year and mention.first == mention.last:
                return mention.first
    return None


# Every date read_published can take (a day, its year written) has its year in digits: a year of the calendar
# ("2016") or one after a day and a month ("12/9/16", "24-26/11/2023"); a text without either holds none, and
# find_dates is not run over it (six heads in ten of IndoSum and CLICK-ID).
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d\d|\d\s*/\s*\d{1,2}\s*/\s*\d\d")


def _day_dates(text: str) -> list[DateMention]:
    """find_dates(text), or [] where no date of a day with its year written can be found in it."""
    return find_dates(text) if _WRITTEN_YEAR.search(text) else []


def is_date_line(line: str) -> bool:
    """A line that holds only a date, perhaps with its weekday and a time: "Kamis, 8 Juni 2023 14:20 WITA"."""
    if len(line) > _DATE_LINE_MAX:
        return False
    for mention in _day_dates(line):
        rest = _date_line_rest().sub("", line.replace(mention.text, " "))
        if len(rest) <= 12:
            return True
    return False


@cache
def _date_line_rest() -> re.Pattern[str]:
    """What a date line holds besides its date: a time, its zone and label words (headers.yaml), punctuation."""
    words = "|".join(map(re.escape, resources.load("headers")["date_line_words"]))
    return re.compile(rf"\d{{1,2}}[.:]\d{{2}}|\b(?:{words})\b|\boleh\s.*$|[\W_]", re.IGNORECASE)


def title_after_date_line(raw: str) -> str:
    """A page pasted with its date line above the title ("Kamis, 8 Juni 2023 14:20 WITA", then the title): the
    title goes first, where a title line is read, and the date line right after it, where a date line is read."""
    lines = raw.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()][:2]
    if len(filled) < 2 or not is_date_line(lines[filled[0]].strip()) or not is_title_line(lines[filled[1]].strip()):
        return raw
    first, second = filled
    lines[first], lines[second] = lines[second], lines[first]
    return "\n".join(lines)


def read_published(clean: CleanText,
                   dates: list[DateMention] | None = None) -> tuple[date | None, tuple[int, int] | None]:
    """Publication date: a date line or a date glued to the first words; else a press-release date."""
    text = clean.text
    head_end = clean.title_end + 400
    if dates is None:
        # Only the top of the article and the words after a release cue can hold the publication date.
        dates = _day_dates(text[:head_end])
        for cue in _release_patterns()[1].finditer(key(text), head_end):
            window = text[cue.start():cue.end() + 120]
            dates += [replace(d, start=d.start + cue.start(), end=d.end + cue.start()) for d in _day_dates(window)]
    for mention in dates:
        if mention.start > head_end:
            break
        if mention.granularity != "day" or not mention.explicit_year or mention.first != mention.last:
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line_end = len(text) if line_end == -1 else line_end
        line = text[line_start:line_end]
        # Own line ("Senin, 21 November 2022 - 09:46 WIB") or the very start of the first paragraph.
        rest = _date_line_rest().sub("", line.replace(mention.text, " "))
        if (len(line) <= _DATE_LINE_MAX and len(rest) <= 12) or mention.start == line_start:
            return mention.first, (mention.start, mention.end)
    for mention in dates:
        if mention.granularity == "day" and mention.explicit_year and mention.first == mention.last:
            if _release_patterns()[0].search(text[max(0, mention.start - 80):mention.start]):
                return mention.first, (mention.start, mention.end)
    return None, None


def _dateline_date(text: str, span: tuple[int, int]) -> tuple[date | None, tuple[int, int] | None]:
    """The day, its year written, inside a dateline."""
    for mention in _day_dates(text[span[0]:span[1]]):
        if mention.granularity == "day" and mention.explicit_year and mention.first == mention.last:
            return mention.first, (span[0] + mention.start, span[0] + mention.end)
    return None, None


def read_meta(clean: CleanText, published: date | None = None, outlet: str | None = None) -> ArticleMeta:
    """Dateline, outlet, byline and publication date of a cleaned article.

    ``published`` and ``outlet`` are the input's own metadata (JSONL/CSV columns): a given date wins over the text;
    an outlet credited in the text ("Jakarta, CNN Indonesia --", "Laporan Wartawan Pos Kupang, ...") wins over the
    column, which is the publisher of record but not always the newsroom that wrote the story."""
    header, dateline_span = read_dateline(clean)
    credited = next((_outlet(c.outlet) for c in clean.credits if c.outlet), None)
    byline = list(clean.byline)
    if header is not None and header.initials:
        byline.append(header.initials)
    published_span = None
    if published is None and dateline_span is not None:
        # "Labuan Bajo, 14 Februari 2024 – ...": a press release's dateline carries its date
        published, published_span = _dateline_date(clean.text, dateline_span)
    if published is None:
        published, published_span = read_published(clean)
        if published is None:
            published = _credited_date(clean)
    return ArticleMeta(clean.title, header.dateline if header else None,
                       (header.outlet if header else None) or credited or outlet, published, dateline_span,
                       published_span, byline)

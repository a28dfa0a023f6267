"""Article metadata: dateline, outlet and publication date, read off the top of the cleaned text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .clean import CleanText
from .dates import DateMention, find_dates

_DASH = r"\s*[-–—]+\s*"
_PLACE = r"[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3}"
_OUTLET = (r"[A-Za-z][\w-]*(?:[ .][\w-]+){0,3}?\.(?:com|id|net|co\.id|org|news|tv|or\.id|go\.id|co)"
           r"|[A-Z][\w]*(?: [A-Z][\w]*){0,3}")
# "JAKARTA, iNews.id -", "JAKARTA, KOMPAS.com -", "JAKARTA -", "Kabar Ngetren/Luang Prabang –",
# "Kupang. Mutiaratimur.net"
_DOMAIN = r"[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|co\.id|org|news|tv|or\.id|go\.id|co)"
_DATELINES = [
    re.compile(rf"^(?P<outlet>{_DOMAIN})\s*,\s*(?P<place>{_PLACE}){_DASH}"),
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_OUTLET}){_DASH}"),
    re.compile(rf"^(?P<outlet>{_OUTLET})\s*/\s*(?P<place>{_PLACE}){_DASH}"),
    re.compile(rf"^(?P<place>{_PLACE})\s*\((?P<outlet>[^)]{{2,40}})\){_DASH}"),
    re.compile(rf"^(?P<place>[A-Z][A-Z .'-]{{2,40}}?){_DASH}"),
    re.compile(rf"^(?P<place>{_PLACE})\.\s+(?P<outlet>[\w-]+\.(?:com|id|net|co\.id|org|news))\s*[.-]?\s*$"),
]
# A date on a line of its own near the top: "Senin, 21 November 2022 - 09:46 WIB".
_DATE_LINE_MAX = 80
# Words that show a full date is when the article's source material was released.
_RELEASE_CUE = re.compile(r"(siaran pers|keterangan (?:tertulis|resmi|pers)|rilis|diterima|dikutip|dilansir)"
                          r"[^.\n]{0,60}$",
                          re.IGNORECASE)


_RELEASE_ANYWHERE = re.compile(r"siaran pers|keterangan (?:tertulis|resmi|pers)|rilis|diterima|dikutip|dilansir",
                               re.IGNORECASE)


@dataclass(frozen=True)
class ArticleMeta:
    title: str | None
    dateline: str | None
    outlet: str | None
    published: date | None
    dateline_span: tuple[int, int] | None
    published_span: tuple[int, int] | None


def _place_name(text: str) -> str:
    text = text.strip(" .,")
    return text.title() if text.isupper() else text


def read_dateline(clean: CleanText) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """Dateline and outlet from the first lines of the body."""
    offset = clean.title_end
    body = clean.text[offset:]
    for line in body.split("\n")[:4]:
        line_start = clean.text.index(line, offset) if line else offset
        for pattern in _DATELINES:
            match = pattern.match(line)
            if match is None:
                continue
            place = match.group("place")
            outlet = match.groupdict().get("outlet")
            if len(place) > 40 or re.search(r"\.(?:com|id|net|org)\b", place) or (
                    pattern is _DATELINES[4] and not place.strip().isupper()):
                continue
            return _place_name(place), outlet.strip() if outlet else None, (line_start, line_start + match.end())
        offset = line_start + len(line) + 1
    return None, None, None


def read_published(clean: CleanText,
                   dates: list[DateMention] | None = None) -> tuple[date | None, tuple[int, int] | None]:
    """Publication date: a date line or a date glued to the first words; else a press-release date."""
    text = clean.text
    head_end = clean.title_end + 400
    if dates is None:
        # Only the top of the article and the words after a release cue can hold the publication date.
        dates = find_dates(text[:head_end])
        for cue in _RELEASE_ANYWHERE.finditer(text, head_end):
            window = text[cue.start():cue.end() + 120]
            dates += [replace(d, start=d.start + cue.start(), end=d.end + cue.start()) for d in find_dates(window)]
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
        rest = line.replace(mention.text, " ")
        rest = re.sub(r"\d{1,2}[.:]\d{2}|\b(?:WIB|WITA|WIT|pukul|Diperbarui|Dipublikasikan|Update|Terbit)\b|[\W_]",
                      "", rest, flags=re.IGNORECASE)
        if (len(line) <= _DATE_LINE_MAX and len(rest) <= 12) or mention.start == line_start:
            return mention.first, (mention.start, mention.end)
    for mention in dates:
        if mention.granularity == "day" and mention.explicit_year and mention.first == mention.last:
            if _RELEASE_CUE.search(text[max(0, mention.start - 80):mention.start]):
                return mention.first, (mention.start, mention.end)
    return None, None


def read_meta(clean: CleanText, published: date | None = None) -> ArticleMeta:
    dateline, outlet, dateline_span = read_dateline(clean)
    published_span = None
    if published is None:
        published, published_span = read_published(clean)
    return ArticleMeta(clean.title, dateline, outlet, published, dateline_span, published_span)

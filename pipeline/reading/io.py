"""Reading articles from files and folders, and writing JSONL that survives interruption.

Inputs (see README "Input formats"): ``.txt`` (one article), ``.html``/``.htm`` (one article; main text, title and
publication date by trafilatura), ``.jsonl`` (one article per line) and ``.csv`` (one article per row; columns
``id``, ``text``, optional ``title``, ``published``, ``url``), each optionally gzip-compressed (``.txt.gz``, ...).
Every input article yields exactly one item: an ``ArticleInput``, or an ``InputError`` saying what is wrong with it,
so that it still gets its row in articles.jsonl. JSONL and CSV files are streamed line by line; a single-article
file over ``MAX_DOCUMENT_BYTES`` is refused rather than loaded.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import io
import json
import logging
import os
import re
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import IO, Any, BinaryIO

# A single .txt/.html article larger than this is refused (news articles are rarely over 100 KB); the same bound
# applies to one JSONL line or CSV row. Larger collections belong in JSONL/CSV, which are streamed.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
FORMATS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".csv": "csv"}
SUPPORTED_SUFFIXES = tuple(FORMATS) + tuple(f"{suffix}.gz" for suffix in FORMATS)
CSV_COLUMNS = ("id", "text", "title", "published", "url", "outlet")

_SNIFF_BYTES = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
# Leading bytes of file types that people mistake for, or misname as, text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"%PDF-", "PDF document"),
    (b"{\\rtf", "RTF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xfd7zXZ\x00", "XZ archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "executable program"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
    (b"OggS\x00", "Ogg audio"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),   # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that plain text (in any ASCII-compatible encoding) hardly ever contains: controls other than tab,
# newlines, form feed and escape. A few are tolerated (the cleaner drops them); many mean a binary file.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b") + b"\x7f"
_MAX_CONTROL_RATIO = 0.05
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n?")


@dataclass(frozen=True)
class ArticleInput:
    article_id: str
    source: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None    # a JSONL/CSV row's ``outlet``; an outlet credited in the text wins over it
    # A .txt or .html article's first line is its title; a JSONL/CSV row has a title only in its ``title`` field.
    title_line: bool = False
    # What reading repaired, for the article's row: "3 bytes that are not UTF-8 replaced", "mojibake repaired ..."
    repairs: tuple[str, ...] = ()
    # The year of a ``published`` value that gives no day ("2019-07", "Juli 2019"): it dates the story's year-less
    # days ("Senin (2/9)") as a publication day would, but nothing is counted from a day ("kemarin").
    published_year: int | None = None


@dataclass(frozen=True)
class InputError:
    """An input that could not be read as an article; it still gets its articles.jsonl row.

    ``message`` is the cause only; the runner prefixes ``source`` (file, and ``:line`` for JSONL/CSV).
    """

    article_id: str
    source: str
    message: str


class _Unreadable(ValueError):
    """A whole file cannot be read as text; the message says why."""


def input_format(path: Path) -> tuple[str | None, bool]:
    """(format, gzip-compressed) by file name: ("jsonl", True) for ``a.jsonl.gz``; format None when unsupported."""
    name = path.name.lower()
    compressed = name.endswith(".gz")
    if compressed:
        name = name[:-3]
    return FORMATS.get(Path(name).suffix), compressed


def article_id_of(path: Path) -> str:
    """The id of a file's article: its name without the format suffix (and ``.gz``)."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem, suffix = os.path.splitext(name)
    return stem if suffix.lower() in FORMATS or not suffix else name


@dataclass
class InputSet:
    """The files to read under the given paths, and the reading of them into uniquely named articles.

    Folders are read recursively (sorted, hidden entries skipped) for supported suffixes; other files there are
    listed in ``ignored``. A file named explicitly is always read (an unsupported one yields an error row).
    Files inside ``exclude`` (the output folder) are skipped, so a rerun never reads its own output.
    Article ids must be unique for resume and for joining events to articles: a repeated id (``a.txt`` in two
    folders, a repeated JSONL ``id``) gets ``~`` and a 6-hex hash of its source path (and line) appended;
    ``renamed`` lists (old, new) ids.
    """

    inputs: list[Path]
    exclude: Path | None = None
    files: list[Path] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        excluded = self.exclude.resolve() if self.exclude is not None else None
        listed: set[Path] = set()    # a file named twice (or also inside a named folder) is read once

        def add(path: Path, into: list[Path]) -> None:
            if into is self.ignored:
                into.append(path)
            elif path.resolve() not in listed:
                listed.add(path.resolve())
                into.append(path)

        for path in self.inputs:
            if path.is_dir():
                for candidate in sorted(path.rglob("*")):
                    relative = candidate.relative_to(path).parts
                    if not candidate.is_file() or any(part.startswith(".") for part in relative):
                        continue
                    if excluded is not None and candidate.resolve().is_relative_to(excluded):
                        continue
                    add(candidate, self.files if input_format(candidate)[0] else self.ignored)
            elif path.exists():
                add(path, self.files)
            else:
                raise FileNotFoundError(f"{path}: no such file or folder")
        self.ignored = [path for path in self.ignored if path.resolve() not in listed]

    def __iter__(self) -> Iterator[ArticleInput | InputError]:
        seen: set[str] = set()
        for path in self.files:
            for item in read_file(path):
                article_id = item.article_id
                if article_id in seen:
                    # Hash the absolute path, so that a resumed run from another folder names it the same.
                    key = str(path.resolve()) + item.source[len(str(path)):]
                    base = f"{article_id}~{hashlib.sha1(key.encode('utf-8', 'replace')).hexdigest()[:6]}"
                    article_id, number = base, 2
                    while article_id in seen:
                        article_id, number = f"{base}-{number}", number + 1
                    self.renamed.append((item.article_id, article_id))
                    item = replace(item, article_id=article_id)
                seen.add(article_id)
                yield item


def discover(inputs: list[Path], exclude: Path | None = None) -> list[Path]:
    """Files to read: the given files, and supported files under the given folders (recursively, sorted)."""
    return InputSet(inputs, exclude).files


def iter_articles(inputs: list[Path], exclude: Path | None = None) -> Iterator[ArticleInput | InputError]:
    """Every article under ``inputs``, with unique ids (see ``InputSet``)."""
    yield from InputSet(inputs, exclude)


# --- reading one file -------------------------------------------------------------------------------------------


def read_file(path: Path) -> Iterator[ArticleInput | InputError]:
    """The articles in one file: one for .txt/.html, one per line for .jsonl, one per row for .csv."""
    source = str(path)
    file_id = article_id_of(path)
    fmt, _ = input_format(path)
    if fmt is None:
        if os.path.splitext(path.name)[1]:
            yield InputError(file_id, source, f"unsupported file type '{''.join(path.suffixes[-2:])}': "
                                              f"supported are {', '.join(SUPPORTED_SUFFIXES)}")
            return
        fmt = "text"    # no suffix at all: read as text (binary files are still recognised)
    try:
        with _open(path) as handle:
            head = handle.read(_SNIFF_BYTES)
        _check_not_binary(head)
        if fmt in ("jsonl", "csv"):
            notes: dict[int, list[str]] = {}
            lines = _text_lines(path, head, notes)
            yield from (_read_jsonl(lines, path, file_id, notes) if fmt == "jsonl"
                        else _read_csv(lines, path, file_id, notes))
            return
        data = _read_document(path)
        if not data.strip():
            yield InputError(file_id, source, "empty file" if not data else "empty file: only white space")
            return
        if fmt == "html":
            yield _read_html(data, path, file_id)
            return
        repairs: list[str] = []
        text = _decode(data, source, repairs=repairs)
        if not _INVISIBLE.sub("", text).strip():
            yield InputError(file_id, source, "empty file: only white space and invisible characters")
            return
        text = repair_text(text, repairs)
        yield ArticleInput(file_id, source, _normalize(text), title_line=True, repairs=tuple(repairs))
    except _Unreadable as error:
        yield InputError(file_id, source, str(error))
    except OSError as error:    # includes a corrupt or truncated .gz (gzip.BadGzipFile)
        yield InputError(file_id, source, f"cannot read file: {error.strerror or error}")
    except (EOFError, zlib.error) as error:
        yield InputError(file_id, source, f"cannot read file: corrupt or truncated gzip data ({error})")


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as probe:
        return probe.read(2) == _GZIP_MAGIC


def _open(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when it is gzip data (by magic bytes, whatever its name)."""
    return gzip.open(path, "rb") if _is_gzip(path) else path.open("rb")  # type: ignore[return-value]


def _read_document(path: Path) -> bytes:
    """A single-article file, refused when over the size limit: by its size on disk before reading anything,
    and for gzip data by reading at most one byte past the limit (so a .gz bomb cannot fill the memory)."""
    data = b""
    too_large = path.stat().st_size > MAX_DOCUMENT_BYTES and not _is_gzip(path)
    if not too_large:
        with _open(path) as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
        too_large = len(data) > MAX_DOCUMENT_BYTES
    if too_large:
        raise _Unreadable(f"file too large: over {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB of text for one article; "
                          "is it several articles? Put one article per line in a .jsonl file instead")
    return data


def _check_not_binary(head: bytes) -> None:
    kind = sniff_binary(head)
    if kind is not None:
        hint = "; convert it to text first (e.g. pdftotext)" if kind == "PDF document" else ""
        raise _Unreadable(f"binary file ({kind}), not text{hint}")


def sniff_binary(head: bytes) -> str | None:
    """What kind of binary file ``head`` (the first bytes) starts, or None when it looks like text."""
    if not head or head.startswith(tuple(bom for bom, _ in _BOMS)):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime video or HEIC image"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[head[8:12]]
    if _utf16_without_bom(head):
        return None
    controls = sum(head.count(byte) for byte in _CONTROL_BYTES)
    if controls / len(head) > _MAX_CONTROL_RATIO:
        return "unknown type"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when mostly ASCII text is stored as UTF-16 without a byte-order mark."""
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    # Latin-script text as UTF-16: one byte of every pair is (nearly always) zero, the other (nearly) never.
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _decode(data: bytes, source: str = "", declared: str | None = None, repairs: list[str] | None = None) -> str:
    """Bytes -> text: a BOM, else UTF-8 (with a few bad bytes replaced, counted in ``repairs``), else the declared
    charset (HTML), else charset-normalizer's guess.

    Raises ValueError (with a message for a person) for binary data or when no encoding fits.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise _Unreadable(f"unreadable encoding: starts with a {encoding.upper()} byte-order mark but is "
                                  f"not valid {encoding.upper()} ({error.reason} at byte {error.start})") from error
    _check_not_binary(data[:_SNIFF_BYTES])
    utf16 = _utf16_without_bom(data[:_SNIFF_BYTES])
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    text = _decode_utf8(data, repairs)
    if text is not None:
        return text
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_legacy(data)


def _decode_utf8(data: bytes, repairs: list[str] | None = None) -> str | None:
    """UTF-8, or mostly UTF-8: a text whose well-formed non-ASCII characters outnumber its bad bytes is UTF-8 with a
    few damaged bytes (a stray cp1252 quote, a cut sequence), not a single-byte encoding. Each bad byte is read as
    cp1252 where that gives a printable character (a stray Windows quote or dash), else becomes U+FFFD; they are
    counted in ``repairs``. None when the bytes are not (mostly) UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors=_BAD_BYTES)
    bad = text.count(_BAD_MARK)
    good = sum(1 for char in text if char > "\x7f") - 2 * bad
    if good < max(bad, 1):
        return None
    text = re.sub(f"{_BAD_MARK}(.)", lambda m: _cp1252_byte(m.group(1)), text, flags=re.DOTALL)
    if repairs is not None:
        repairs.append(f"{bad} invalid UTF-8 byte sequence{'s' if bad != 1 else ''} replaced")
    return text


_BAD_BYTES = "warta-bad-bytes"
_BAD_MARK = "\ue000"   # a private-use character marks each bad byte until it is replaced; the byte follows it


def _mark_bad_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    # One byte alone is read as cp1252 below; a cut multi-byte sequence is one unknown character.
    return (f"{_BAD_MARK}{chr(bad[0])}" if len(bad) == 1 else f"{_BAD_MARK}\ufffd"), error.end


codecs.register_error(_BAD_BYTES, _mark_bad_bytes)


def _cp1252_byte(marked: str) -> str:
    if marked == "\ufffd":
        return marked
    try:
        char = bytes([ord(marked)]).decode("cp1252")
    except UnicodeDecodeError:
        return "\ufffd"
    return char if char.isprintable() else "\ufffd"


# Two neighbouring characters of the alphabets that mojibake is written in (Latin-1, cp1252 and Mac Roman read
# in place of UTF-8: "â€œ", "Ã©", "‚Äô", "¬†"); only a text with such a pair is handed to ftfy.
_MOJIBAKE_CHARS = ("\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                   "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u0131\u02c7\u02d8-\u02dd"
                   "\u03a9\u03c0\u2044\u2202\u2206\u220f\u2211\u221a\u221e\u2248\u2260\u2264\u2265\u25ca"
                   "\uf8ff\ufb01\ufb02")
_MOJIBAKE_HINT = re.compile(f"[{_MOJIBAKE_CHARS}]{{2}}")


def repair_text(text: str, repairs: list[str] | None = None) -> str:
    """Mojibake repaired by ftfy ("‚Äúkata‚Äù" -> "“kata”"; UTF-8 that was decoded as Mac Roman, cp1252 or
    Latin-1), noted in ``repairs``. Only the encoding is repaired: quotes, widths and ligatures stay as written."""
    if text.isascii() or _MOJIBAKE_HINT.search(text) is None:   # the hint's characters are none of them ASCII
        return text
    import ftfy  # imported here: most texts never need it

    fixed, steps = ftfy.fix_and_explain(text, _ftfy_config())
    encodings = {argument for step, argument in steps or [] if step == "encode"} - {"utf-8"}
    # ftfy leaves a lone punctuation mark read as Mac Roman where the text around it looks plausible (a
    # left-to-right mark pasted before a name: "Kurniawan‚Äé menyatakan", "di ‚Äéruang rapat"); those are mended
    # here, one three-character sequence at a time.
    mended = _MAC_ROMAN_PUNCTUATION.sub(_mac_roman_punctuation, fixed)
    if mended != fixed:
        fixed, encodings = mended, encodings | {"macroman"}
    if fixed == text:
        return text
    if repairs is not None:
        how = f" (UTF-8 that had been read as {', '.join(sorted(encodings))})" if encodings else ""
        repairs.append(f"mojibake repaired{how}")
    return fixed


# The UTF-8 bytes of a General Punctuation character (U+2000-U+206F: spaces, marks, dashes, quotes) read as Mac
# Roman: "‚Ä" then one character for the third byte.
_MAC_ROMAN_PUNCTUATION = re.compile("\u201a\u00c4[\u0080-\uffff]")


def _mac_roman_punctuation(match: re.Match[str]) -> str:
    try:
        char = match.group().encode("mac_roman").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group()
    return char if "\u2000" <= char <= "\u206f" else match.group()


@cache
def _ftfy_config() -> Any:
    import ftfy

    return ftfy.TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                                fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                                remove_control_chars=False, normalization=None, explain=True)


def _decode_legacy(data: bytes) -> str:
    """Text that is not UTF-8: charset-normalizer, trying the encodings of Indonesian web text first.

    Unrestricted, charset-normalizer takes short Indonesian cp1252 text for cp1250 or iso8859-14 (they differ in
    a few letters only); cp1252 and latin-1 are what such files really are.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1"]).best() or from_bytes(data).best()
    if best is None:
        raise _Unreadable("unreadable encoding: not UTF-8, UTF-16, cp1252 or latin-1, and no other encoding fits; "
                          "save the file as UTF-8")
    return str(best)


def _normalize(text: str) -> str:
    """CRLF and CR line ends -> LF; lone surrogates (from JSON escapes or odd file names) -> U+FFFD."""
    if "\r" in text:
        text = _LINE_BREAKS.sub("\n", text)
    if not text.isascii():   # a surrogate is not ASCII; two texts in three are (a scan of each costs more)
        text = _SURROGATES.sub("\ufffd", text)
    return text


def _read_published(value: Any) -> tuple[date | None, int | None]:
    """A ``published`` column as scrapers write it: (its day, None), or (None, its year) for a month or a year
    without its day ("2019-07", "Juli 2019", "2019"), or (None, None).

    The day: ISO first, else any form dateparser reads with its day, month and year ("14 Maret 2023", "Selasa,
    14/03/2023 10:15 WIB", "March 14, 2023", a timestamp), day before month. Nothing else is a publication day: not a
    month or a year, which dateparser would make the first of the month, nor a relative or year-less value
    ("kemarin", "Kamis", "5 Juli"), which it would count from today's clock."""
    text = str(value).strip() if value else ""
    if not text:
        return None, None
    try:
        return date.fromisoformat(text[:10]), None
    except ValueError:
        pass
    day = _date_parser(("day", "month", "year")).get_date_data(text).date_obj
    if day is not None:
        return day.date(), None
    month = _date_parser(("year",)).get_date_data(text).date_obj
    return None, (month.year if month is not None else None)


@cache
def _date_parser(parts: tuple[str, ...]) -> Any:
    """dateparser's parser of absolute dates that hold ``parts``, built once; imported here: only non-ISO
    publication values need it."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["id", "en"], settings={
        "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": list(parts),
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})


def _read_html(data: bytes, path: Path, file_id: str) -> ArticleInput | InputError:
    """Main text, title and publication date of a web page, by trafilatura.

    The title becomes the text's first line, as in a .txt file, so that the cleaner reads it as the title and
    the stages that weigh words of the title (event choice) see it; ``published`` is passed on.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)    # it warns about every page without a body
    declared = _META_CHARSET.search(data[:4096])
    repairs: list[str] = []
    markup = _decode(data, str(path), declared.group(1).decode("ascii") if declared else None, repairs)
    document = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    body = (document.text or "").strip() if document is not None else ""
    if not body:
        return InputError(file_id, str(path), "HTML page without article text: trafilatura found no main content")
    title = (document.title or "").strip() or None
    if title and body.split("\n", 1)[0].strip() != title:
        body = f"{title}\n\n{body}"
    body = repair_text(body, repairs)
    published, published_year = _read_published(document.date)
    return ArticleInput(file_id, str(path), _normalize(body), title_line=True, published=published,
                        published_year=published_year, url=document.url, repairs=tuple(repairs))


def _text_lines(path: Path, head: bytes,
                notes: dict[int, list[str]] | None = None) -> Iterator[tuple[int, str | None]]:
    """(line number, text with its line end) for each line, streamed; text None for a line over the size limit.

    UTF-16/32 files (BOM) are decoded as a stream. Other files line by line: UTF-8 (with a few bad bytes replaced),
    else the encoding that charset-normalizer finds for the file's head (cp1252, ...), so that one bad line spoils
    only itself. What decoding repaired in a line goes to ``notes[line number]``.
    """
    wide = next((enc for bom, enc in _BOMS if head.startswith(bom) and enc != "utf-8-sig"), None)
    wide = wide or _utf16_without_bom(head)
    with _open(path) as raw:
        if wide is not None:
            # newline="\n": only LF ends a line (U+2028 may stand raw inside a JSON string); CRLF keeps its CR.
            text = io.TextIOWrapper(raw, encoding=wide, errors="replace", newline="\n")
            number = 0
            while line := text.readline(MAX_DOCUMENT_BYTES + 1):
                number += 1
                too_long = len(line) > MAX_DOCUMENT_BYTES and not line.endswith("\n")
                if too_long:
                    while (rest := text.readline(MAX_DOCUMENT_BYTES)) and not rest.endswith("\n"):
                        pass
                yield number, None if too_long else line.lstrip("\ufeff")
            return
        fallback: str | None = None
        for number, chunk in enumerate(_byte_lines(raw), 1):
            if chunk is None:
                yield number, None
                continue
            if number == 1:
                chunk = chunk.removeprefix(codecs.BOM_UTF8)
            repairs: list[str] = []
            text = _decode_utf8(chunk, repairs)
            if text is None:
                fallback = fallback or _legacy_encoding(head)
                text = chunk.decode(fallback, errors="replace")
                repairs.append(f"not UTF-8: read as {fallback}")
            if repairs and notes is not None:
                notes[number] = repairs
            yield number, text


def _byte_lines(raw: BinaryIO) -> Iterator[bytes | None]:
    """Lines of a binary stream, each read with a cap; None for (and skipping) a line over the limit."""
    while line := raw.readline(MAX_DOCUMENT_BYTES + 1):
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            while (rest := raw.readline(MAX_DOCUMENT_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _legacy_encoding(head: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(head, cp_isolation=["cp1252", "latin_1"]).best()
    return best.encoding if best is not None else "latin_1"


def _too_long() -> str:
    return f"line longer than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB; skipped"


def _read_jsonl(lines: Iterable[tuple[int, str | None]], path: Path, file_id: str,
                notes: dict[int, list[str]] | None = None) -> Iterator[ArticleInput | InputError]:
    rows = 0
    for number, line in lines:
        source = f"{path}:{number}"
        fallback_id = f"{file_id}-{number}"
        if line is None:
            rows += 1
            yield InputError(fallback_id, source, _too_long())
            continue
        if not line.strip():
            continue
        rows += 1
        if rows == 1 and line.lstrip().startswith("[") and not _is_json(line):
            yield InputError(file_id, str(path), "a JSON array, not JSON Lines: write one JSON object per line")
            return
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(fallback_id, source, f"not JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(row, dict):
            yield InputError(fallback_id, source, f"not a JSON object but {type(row).__name__}; "
                                                  "each line must be an object with a 'text' field")
            continue
        article_id = _id_value(row.get("id")) or fallback_id
        if "text" not in row:
            yield InputError(article_id, source, f"no 'text' field (fields: {', '.join(map(str, row)) or 'none'})")
            continue
        if not isinstance(row["text"], str):
            yield InputError(article_id, source, f"'text' is {type(row['text']).__name__}, not a string")
            continue
        yield _row_input(article_id, source, row, (notes or {}).pop(number, []))
    if rows == 0:
        yield InputError(file_id, str(path), "empty file: no JSON lines")


def _row_input(article_id: str, source: str, row: dict[str, Any], repairs: list[str]) -> ArticleInput:
    """A JSONL/CSV row as an article: text and title with mojibake repaired, published read in any written form."""
    text = repair_text(_normalize(row["text"]), repairs)
    title = _str_or_none(row.get("title"))
    if title is not None:
        title = repair_text(title, [])
    published, published_year = _read_published(row.get("published"))
    return ArticleInput(article_id, source, text, title, published,
                        _str_or_none(row.get("url")), _str_or_none(row.get("outlet")), repairs=tuple(repairs),
                        published_year=published_year)


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def _id_value(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = _normalize(str(value)).strip()
    return text or None


def _str_or_none(value: Any) -> str | None:
    return _normalize(value).strip() or None if isinstance(value, str) else None


def _read_csv(lines: Iterable[tuple[int, str | None]], path: Path, file_id: str,
              notes: dict[int, list[str]] | None = None) -> Iterator[ArticleInput | InputError]:
    """Rows of a CSV file with a header; the delimiter (``,`` ``;`` tab ``|``) is the one that finds a 'text' column."""
    too_long: list[int] = []

    def texts() -> Iterator[str]:
        for number, line in lines:
            if line is None:    # a CSV row may span lines: past an over-long line, rows cannot be told apart
                too_long.append(number)
                return
            yield line

    stream = texts()
    header_line = next(stream, None)
    if header_line is None:
        yield InputError(file_id, str(path), "empty file: no CSV header" if not too_long else _too_long())
        return
    delimiter = next((d for d in ",;\t|" if "text" in _columns(header_line, d)), ",")
    columns = _columns(header_line, delimiter)
    if "text" not in columns:
        yield InputError(file_id, str(path), f"no 'text' column in the CSV header (columns: {', '.join(columns)}); "
                                             f"expected {', '.join(CSV_COLUMNS)}")
        return
    csv.field_size_limit(MAX_DOCUMENT_BYTES)
    reader = csv.reader(stream, delimiter=delimiter)
    last_line, rows = 1, 0
    while True:
        start = last_line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            rows += 1
            last_line = reader.line_num + 1
            yield InputError(f"{file_id}-{start}", f"{path}:{start}", f"CSV error: {error}")
            continue
        last_line = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        source, fallback_id = f"{path}:{start}", f"{file_id}-{start}"
        values = dict(zip(columns, row, strict=False))
        article_id = _id_value(values.get("id")) or fallback_id
        if len(row) != len(columns):
            yield InputError(article_id, source, f"{len(row)} fields where the header has {len(columns)}; "
                                                 "quote texts that contain the delimiter or line breaks")
            continue
        repairs = [note for line in range(start, last_line + 1) for note in (notes or {}).pop(line, [])]
        yield _row_input(article_id, source, values, repairs)
    if too_long:
        number = too_long[0]
        yield InputError(f"{file_id}-{number}", f"{path}:{number}",
                         f"{_too_long()}, and the rest of the file with it (is it really CSV?)")
    elif rows == 0:
        yield InputError(file_id, str(path), "no rows after the CSV header")


def _columns(header: str, delimiter: str) -> list[str]:
    return [c.strip().lstrip("\ufeff").lower() for c in next(csv.reader([header], delimiter=delimiter), [])]


# --- writing ----------------------------------------------------------------------------------------------------

SYNC_SECONDS = 1.0    # how often written lines are forced to disk (a killed process loses nothing flushed)


class JsonlWriter:
    """Appends whole lines to ``<name>.part``, flushed per article; ``commit`` renames it into place.

    A killed run leaves only the .part file (the final file, if any, is the previous complete run's), whose
    torn last line ``recover`` drops. ``flush`` hands lines to the OS, which is all a killed process needs; the
    fsync to the disk (for a power cut) is done at most every ``SYNC_SECONDS`` and on commit.
    """

    def __init__(self, path: Path, resume: bool = False) -> None:
        self.path = path
        self.part = part_path(path)
        if not resume:
            self.part.unlink(missing_ok=True)
        # backslashreplace: a lone surrogate (an undecodable file name) is written as the JSON escape "\udcff".
        self.handle: IO[str] = self.part.open("a", encoding="utf-8", errors="backslashreplace")
        self.synced = time.monotonic()

    def write(self, line: str) -> None:
        self.handle.write(line + "\n")

    def flush(self) -> None:
        self.handle.flush()
        if time.monotonic() - self.synced >= SYNC_SECONDS:
            os.fsync(self.handle.fileno())
            self.synced = time.monotonic()

    def commit(self) -> None:
        self.close()
        os.replace(self.part, self.path)
        _sync_folder(self.path.parent)

    def close(self) -> None:
        if not self.handle.closed:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()


def part_path(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def recover(part: Path, keep: set[str] | None = None) -> list[dict[str, Any]]:
    """Complete records of an interrupted run's .part file (reading stops at a torn or garbled line)."""
    if not part.exists():
        return []
    records = []
    with part.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                break
            if not isinstance(record, dict):
                break
            if keep is None or record.get("article_id") in keep:
                records.append(record)
    return records


def restore(events_path: Path, articles_path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """What a resumed run keeps of earlier work: (events, article rows) of the articles that were finished.

    Reads each output's .part file, or its final file where there is none (a finished run, or a kill between
    the two renames of ``commit``). An article counts as finished only when its row is there and exactly
    ``n_events`` of its events are, so the two files agree whatever order their lines reached the disk in.
    """
    rows = recover(_existing(articles_path))
    events = recover(_existing(events_path))
    per_article = Counter(event.get("article_id") for event in events)
    done: set[str] = set()
    kept_rows = []
    for row in rows:
        article_id = row.get("article_id")
        if not isinstance(article_id, str) or article_id in done or per_article[article_id] != row.get("n_events"):
            continue
        done.add(article_id)
        kept_rows.append(row)
    return [e for e in events if e.get("article_id") in done], kept_rows


def _existing(path: Path) -> Path:
    part = part_path(path)
    return part if part.exists() else path


def rewrite(part: Path, records: list[dict[str, Any]]) -> None:
    """Replace a .part file by the given records, so a resumed run appends after whole lines."""
    tmp = part.with_name(part.name + ".tmp")
    with tmp.open("w", encoding="utf-8", errors="backslashreplace") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, part)

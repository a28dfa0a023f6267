"""Reading articles from files and folders, and writing JSONL that survives interruption."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

SUPPORTED_SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class ArticleInput:
    article_id: str
    source: str
    text: str
    title: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class InputError:
    """An input that could not be read as an article; it still gets its articles.jsonl row."""

    article_id: str
    source: str
    message: str


def discover(inputs: list[Path]) -> list[Path]:
    """Files to read: the given files, and supported files under the given folders (recursively, sorted)."""
    files: list[Path] = []
    for path in inputs:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    return files


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file, not text")
    for encoding in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("unreadable encoding: not UTF-8 and no other encoding fits")
    return str(best)


def _parse_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_file(path: Path) -> Iterator[ArticleInput | InputError]:
    """The articles in one file: one for .txt, one per line for .jsonl."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as error:
        yield InputError(path.stem, source, f"cannot read file: {error.strerror or error}")
        return
    try:
        text = _decode(data, source)
    except ValueError as error:
        yield InputError(path.stem, source, str(error))
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(text, path)
    else:
        yield ArticleInput(path.stem, source, text.replace("\r\n", "\n").replace("\r", "\n"))


def _read_jsonl(text: str, path: Path) -> Iterator[ArticleInput | InputError]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        fallback_id = f"{path.stem}-{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(fallback_id, source, f"line {number} is not JSON ({error.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            yield InputError(str(row.get("id", fallback_id)) if isinstance(row, dict) else fallback_id, source,
                             f"line {number} has no 'text' field")
            continue
        yield ArticleInput(str(row.get("id") or fallback_id), source, row["text"],
                           row.get("title"), _parse_date(row.get("published")))


def iter_articles(inputs: list[Path]) -> Iterator[ArticleInput | InputError]:
    for path in discover(inputs):
        yield from read_file(path)


class JsonlWriter:
    """Appends whole lines with a flush each, to ``<name>.part``; ``commit`` renames it into place.

    A killed run leaves only the .part file, whose torn last line ``recover`` drops.
    """

    def __init__(self, path: Path, resume: bool = False) -> None:
        self.path = path
        self.part = path.with_name(path.name + ".part")
        if not resume:
            self.part.unlink(missing_ok=True)
        self.handle: IO[str] = self.part.open("a", encoding="utf-8")

    def write(self, line: str) -> None:
        self.handle.write(line + "\n")

    def flush(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())

    def commit(self) -> None:
        self.handle.close()
        os.replace(self.part, self.path)

    def close(self) -> None:
        if not self.handle.closed:
            self.handle.close()


def recover(part: Path, keep: set[str] | None = None) -> list[dict[str, Any]]:
    """Complete records of an interrupted run's .part file (a torn last line is dropped)."""
    if not part.exists():
        return []
    records = []
    good_bytes = 0
    with part.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                record = json.loads(raw)
            except json.JSONDecodeError:
                break
            good_bytes += len(raw)
            if keep is None or record.get("article_id") in keep:
                records.append(record)
    return records


def rewrite(part: Path, records: list[dict[str, Any]]) -> None:
    """Replace a .part file by its complete records, so a resumed run appends after whole lines."""
    tmp = part.with_name(part.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(tmp, part)

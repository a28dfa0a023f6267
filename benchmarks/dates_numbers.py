"""Throughput of the date and number stages against dateparser's search, and what each returns on hard cases.

    .venv/bin/python benchmarks/dates_numbers.py [--repeat N] [--folder data/raw]

Texts are the sentences of the articles under FOLDER (split on sentence punctuation), repeated N times. Every
engine sees the same texts; dateparser runs with languages=["id"] and the same reference date.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

from pipeline.stages.dates import find_dates, find_times
from pipeline.stages.numbers import find_counts

REFERENCE = date(2023, 11, 20)

# (text, publication date); None: the article has none, so the year comes from the text and the weekday.
HARD_CASES: list[tuple[str, date | None]] = [(text, REFERENCE) for text in [
    "Seminar digelar 16 s/d 18 Oktober 2019 di Yogyakarta.",
    "KTT berlangsung 29 Juni - 2 Juli 2023 di Nusa Dua.",
    "Lokakarya berlangsung Senin (6/2) hingga Jumat (10/2/2023).",
    "Pameran digelar Jumat hingga Minggu (24-26/11/2023).",
    "Pelatihan berlangsung Rabu hingga Jumat pekan lalu.",
    "Forum itu digelar 18 hingga 19 Oktober lalu.",
    "Rapat digelar pekan lalu.",
    "Pembangunan rampung akhir tahun ini.",
    "Rombongan datang tiga hari lalu.",
    "Kesepakatan dicapai awal bulan ini.",
    "Acara dimulai pukul 09.46 WIB.",
]] + [("Forum ASCN 2019: diskusi berlangsung Rabu, (31/7), di Luang Prabang.", None)]


def sentences(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.strip()) > 20)
    return texts


def timed(name: str, function: Callable[[str], object], texts: list[str]) -> tuple[str, float, float]:
    chars = sum(len(t) for t in texts)
    started = time.perf_counter()
    for text in texts:
        function(text)
    elapsed = time.perf_counter() - started
    return name, len(texts) / elapsed, chars / elapsed


def ours(text: str, reference: date | None) -> str:
    found = find_dates(text, reference)
    return "; ".join(f"{d.text!r} -> {d.first}..{d.last}" for d in found) or "nothing"


def theirs(text: str, reference: date | None, day_first: bool = True) -> str:
    settings: dict[str, object] = {"DATE_ORDER": "DMY"} if day_first else {}
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime.combine(reference, datetime.min.time())
    found = search_dates(text, languages=["id"], settings=settings)  # type: ignore[arg-type]
    return "; ".join(f"{t!r} -> {d.date()}" for t, d in found or []) or "nothing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("data/raw"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dateparser-limit", type=int, default=600,
                        help="texts given to dateparser (it is slow; its rate is measured on this many)")
    args = parser.parse_args()
    base = sentences(args.folder)
    texts = base * args.repeat
    # Warm caches (compiled patterns, dateparser's language data) before timing anything.
    find_dates(texts[0], REFERENCE), find_counts(texts[0]), search_dates(texts[0], languages=["id"])
    print(f"{len(base)} sentences from {args.folder} x{args.repeat} = {len(texts)} texts, "
          f"{sum(len(t) for t in texts):,} chars")
    rows = [
        timed("warta dates (find_dates + find_times)", lambda t: (find_dates(t, REFERENCE), find_times(t)), texts),
        timed("warta numbers (find_counts)", find_counts, texts),
        timed("dateparser search_dates(languages=['id'])",
              lambda t: search_dates(t, languages=["id"]), texts[:args.dateparser_limit]),
    ]
    print(f"\n{'stage':<44}{'texts/s':>12}{'chars/s':>14}")
    for name, per_text, per_char in rows:
        print(f"{name:<44}{per_text:>12,.0f}{per_char:>14,.0f}")
    print("\nHard cases (dateparser as configured by default, and with DATE_ORDER=DMY):")
    for text, reference in HARD_CASES:
        print(f"\n  {text}  [published {reference or 'unknown'}]\n    warta:          {ours(text, reference)}\n"
              f"    dateparser:     {theirs(text, reference, day_first=False)}\n"
              f"    dateparser DMY: {theirs(text, reference)}")


if __name__ == "__main__":
    main()

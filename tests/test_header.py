"""The article-header reader against real openings: outlet, dateline, byline and publication date
(tests/header_cases.yaml), and the outlet forms of pipeline/resources/headers.yaml."""

from __future__ import annotations

import gzip
import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import seeds_dir, shared_dir

from pipeline.extract import prepare
from pipeline.reading.article import is_title_line, outlet_name, read_header, read_meta
from pipeline.reading.clean import clean

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "header_cases.yaml").read_text(encoding="utf-8"))
FIELDS = ("outlet", "dateline", "byline", "published")


@cache
def _rows(name: str) -> dict[str, str]:
    """id -> text of a JSONL file under ../shared (read once; the texts are not copied into the repository)."""
    path = shared_dir() / name
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return {row["id"]: row["text"] for row in map(json.loads, handle)}


def opening(case: dict[str, Any]) -> str:
    """The case's text: written in the table, or the first ``chars`` characters (``whole``: all) of the article it
    names, read from ../shared (seeds, devgold, IndoSum or CLICK-ID) so that no article text is kept here."""
    if "text" in case:
        return str(case["text"])
    source = case["source"].split()[0]
    if source.startswith("seeds:"):
        text = (seeds_dir() / "articles" / f"{source.removeprefix('seeds:')}.txt").read_text(encoding="utf-8")
    elif source.startswith("devgold:"):
        text = _rows("devgold/articles.jsonl")[source.removeprefix("devgold:")]
    elif source.startswith("indosum-"):
        text = _rows("corpus/indosum-dev.jsonl.gz")[source]
    else:
        text = _rows("corpus/click-id-2019.jsonl.gz")[source]
    return text if case.get("whole") else text[:case["chars"]]


def test_the_table_is_large_enough_and_well_formed() -> None:
    assert len(CASES) >= 60
    for case in CASES:
        assert set(case) <= {"source", "text", "chars", "whole", "title", *FIELDS}, case["source"]
        assert len([k for k in ("text", "chars", "whole") if k in case]) == 1, case["source"]
        if "whole" not in case:
            assert len(opening(case)) <= 320, f"{case['source']}: keep openings short"


@pytest.mark.parametrize("case", CASES, ids=[c["source"] for c in CASES])
def test_header(case: dict[str, Any]) -> None:
    meta = read_meta(clean(opening(case), title=None if case.get("title") else ""))
    got = {"outlet": meta.outlet, "dateline": meta.dateline, "byline": "; ".join(meta.byline) or None,
           "published": meta.published}
    expected = {name: case.get(name) for name in FIELDS}
    if isinstance(expected["published"], str):
        expected["published"] = date.fromisoformat(expected["published"])
    assert got == expected


@pytest.mark.parametrize("form, name", [
    ("ANTARANews", "ANTARA News"), ("antaranews", "ANTARA News"), ("POS KUPANG. COM", "Pos-Kupang.com"),
    ("KOMPAS.COM", "Kompas.com"), ("Poskota", "Pos Kota"), ("detikNews", "Detik.com"), ("Jakarta", None),
])
def test_outlet_forms(form: str, name: str | None) -> None:
    assert outlet_name(form) == name


def test_header_span_ends_where_the_story_starts() -> None:
    line = "REPUBLIKA.CO.ID, SEMARANG -- Pemerintah Provinsi Jawa Tengah menggelar rapat."
    header = read_header(line)
    assert header is not None and line[header.end:].startswith("Pemerintah")


def test_the_column_outlet_is_a_fallback() -> None:
    text = "Gubernur membuka rapat koordinasi di aula kantor gubernur. " * 3
    assert prepare(text, title_line=False, outlet="kumparan").meta.outlet == "kumparan"
    assert prepare("Suara.com - " + text, title_line=False, outlet="suara").meta.outlet == "Suara.com"


def test_a_given_publication_date_wins() -> None:
    text = "Oleh Farah Fuadona pada 29 Juli 2016, 14:15 WIB\n\n" + "Gubernur membuka rapat koordinasi di aula. " * 3
    assert prepare(text, title_line=False).meta.published == date(2016, 7, 29)
    assert prepare(text, title_line=False, published=date(2016, 7, 30)).meta.published == date(2016, 7, 30)


def test_gold_article_blocks_agree() -> None:
    """Outlet, dateline and publication date agree with the gold `article` block of devgold and the seeds in at least
    90% of articles (benchmarks/headers.py prints the table)."""
    import sys

    from conftest import REPO, seeds_dir, shared_dir

    sys.path.insert(0, str(REPO / "benchmarks"))
    from headers import FIELDS, gold_blocks, inputs, predicted

    from pipeline.evaluate import normalize

    sets = [(shared_dir() / "devgold" / "articles.jsonl", shared_dir() / "devgold" / "gold"),
            (seeds_dir() / "articles", seeds_dir() / "gold")]
    agree = {name: 0 for name in FIELDS}
    total = 0
    for articles, gold_dir in sets:
        items = inputs(articles)
        for article_id, block in gold_blocks(gold_dir).items():
            got = predicted(items[article_id], column=True)
            total += 1
            for name in FIELDS:
                agree[name] += normalize(got[name]) == normalize(block.get(name))
    assert total == 61
    assert all(agree[name] / total >= 0.9 for name in FIELDS), agree


@pytest.mark.parametrize(("line", "is_title"), [
    ("Pemkot Sorong dan Raja Ampat Teken Nota Kesepahaman Pengelolaan Sampah", True),
    ("Apa Kabar Pasar Ikan Kota Sorong?", True),
    ("Rapat Koordinasi Digelar.", True),   # a short headline may end in a full stop
    ("KOTA SORONG - Pemerintah Kota Sorong menandatangani nota kesepahaman dengan Kabupaten Raja Ampat", False),
    ("Makassar (ANTARA) - Seminar nasional tentang media digelar dua hari", False),
    ("Pemerintah Kota Sorong menandatangani nota kesepahaman pengelolaan sampah dengan Raja Ampat.", False),
    (" ".join(["kata"] * 31), False),
])
def test_a_first_line_is_a_title_only_when_it_looks_like_a_headline(line: str, is_title: bool) -> None:
    assert is_title_line(line) is is_title


def test_an_article_that_starts_with_its_lead_keeps_the_lead_in_the_body() -> None:
    text = ("KOTA SORONG - Pemerintah Kota Sorong menandatangani nota kesepahaman tentang pengelolaan sampah "
            "dengan Kabupaten Raja Ampat, Kamis (15/7/2021).\n\nWali Kota Sorong menyebut kerja sama ini penting "
            "bagi kedua daerah yang bertetangga dan berbagi muara sungai.")
    prepared = prepare(text)   # a .txt file: title_line=True
    assert prepared.cleaned.title_end == 0 and prepared.meta.dateline == "Kota Sorong"


@pytest.mark.parametrize(("text", "title", "published"), [
    # a page pasted with its date line above the title: the title is the next line
    ("Kamis, 8 Juni 2023 14:20 WITA\n\nWali Kota Bima Terima Kunjungan Delegasi Kota Kembar\n\n"
     + "Wali Kota Bima menerima kunjungan delegasi kota kembar di ruang rapat wali kota. " * 3,
     "Wali Kota Bima Terima Kunjungan Delegasi Kota Kembar", date(2023, 6, 8)),
    # the title first, the date line under it, as before
    ("Wali Kota Bima Terima Kunjungan Delegasi Kota Kembar\n\nKamis, 8 Juni 2023 14:20 WITA\n\n"
     + "Wali Kota Bima menerima kunjungan delegasi kota kembar di ruang rapat wali kota. " * 3,
     "Wali Kota Bima Terima Kunjungan Delegasi Kota Kembar", date(2023, 6, 8)),
    # a government site's posting line ("Diposting pada ... oleh Admin ...") is a date line too
    ("Diposting pada 21 Februari 2024 oleh Admin Diskominfo\n\nPemkab Sleman Gelar FGD Penanganan Sampah\n\n"
     + "Pemerintah Kabupaten Sleman menggelar diskusi penanganan sampah di ruang rapat sekda. " * 3,
     "Pemkab Sleman Gelar FGD Penanganan Sampah", date(2024, 2, 21)),
    # a date line, then the lead (no title): no title is made of either
    ("Kamis, 8 Juni 2023 14:20 WITA\n\n"
     + "Wali Kota Bima menerima kunjungan delegasi kota kembar di ruang rapat wali kota. " * 3, None, date(2023, 6, 8)),
])
def test_a_date_line_above_the_title(text: str, title: str | None, published: date) -> None:
    meta = prepare(text).meta
    assert (meta.title or None, meta.published) == (title, published)   # as articles.jsonl writes it

"""Article metadata: dateline, outlet and publication date from the top of the text."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.reading.article import read_meta
from pipeline.reading.clean import clean


@pytest.mark.parametrize("first_line, dateline, outlet", [
    ("MATARAM, Suaramataram.com - Pemerintah Provinsi NTB menggelar rapat.", "Mataram", "Suaramataram.com"),
    ("JAKARTA, KOMPAS.com - Menteri bertemu wali kota.", "Jakarta", "Kompas.com"),
    ("PALU - Ribuan warga hadir di lapangan.", "Palu", None),
    ("Warta Timur/Maumere – Bupati membuka festival.", "Maumere", "Warta Timur"),
    ("Ende (Florespos) – Seminar digelar di aula.", "Ende", "Florespos"),
    ("Ternatepost.id, TERNATE – Wali kota membuka pameran.", "Ternate", "Ternatepost.id"),
    ("Pemerintah kota menggelar rapat tanpa dateline.", None, None),
])
def test_dateline_and_outlet(first_line: str, dateline: str | None, outlet: str | None) -> None:
    meta = read_meta(clean(f"Judul Berita\n{first_line}\nKalimat berikutnya di sini."))
    assert (meta.dateline, meta.outlet) == (dateline, outlet)


def test_dateline_on_its_own_line() -> None:
    meta = read_meta(clean("Judul Berita\nSorong. Papuabaratnews.net\nPemerintah menggelar rapat."))
    assert (meta.dateline, meta.outlet) == ("Sorong", "Papuabaratnews.net")


@pytest.mark.parametrize("text, published", [
    ("Judul\nSelasa, 14 Maret 2023 - 10:15 WIB\nMAKASSAR - Rapat digelar kemarin.", date(2023, 3, 14)),
    ("Judul\n5 Juni 2022Pemerintah kota membuka pameran.", date(2022, 6, 5)),
    ("Judul\nRapat digelar Senin (5/6/2023) di balai kota, seperti dikutip dari siaran pers, Selasa (6/6/2023).",
     date(2023, 6, 6)),
    ("Judul\nRapat digelar Senin (5/6/2023) di balai kota dan dihadiri camat.", None),
])
def test_publication_date(text: str, published: date | None) -> None:
    assert read_meta(clean(text)).published == published

"""Article metadata: dateline, outlet and publication date from the top of the text."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.reading.article import _day_dates, read_meta
from pipeline.reading.clean import clean
from pipeline.stages.dates import DateMention, find_dates


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


# A photo's caption above the story (its credit closing the line) is skipped; a long line of prose is the lead.
@pytest.mark.parametrize(("caption", "dateline"), [
    ("Bupati Sikka melantik kepala desa terpilih di aula kantor bupati, Selasa (20/12/2022). "
     "FLORESPOS.NET/MARIA NONA", "Maumere"),
    ("Bupati Sikka melantik kepala desa terpilih di aula kantor bupati, Selasa (20/12/2022). "
     "ANTARA FOTO/Yohanes Bria", "Maumere"),
    ("Bupati Sikka melantik kepala desa terpilih di aula kantor bupati, Selasa (20/12/2022). (Foto: Humas Pemkab)",
     "Maumere"),
    ("Bupati Sikka melantik kepala desa terpilih di aula kantor bupati, Selasa (20/12/2022), dan berpesan agar "
     "dana desa dikelola dengan jujur.", None),
])
def test_a_photo_caption_above_the_dateline(caption: str, dateline: str | None) -> None:
    meta = read_meta(clean(f"Judul Berita\n{caption}\nMAUMERE - Bupati Sikka melantik 38 kepala desa.\nKalimat."))
    assert meta.dateline == dateline


@pytest.mark.parametrize("text, published", [
    ("Judul\nSelasa, 14 Maret 2023 - 10:15 WIB\nMAKASSAR - Rapat digelar kemarin.", date(2023, 3, 14)),
    ("Judul\n5 Juni 2022Pemerintah kota membuka pameran.", date(2022, 6, 5)),
    ("Judul\nRapat digelar Senin (5/6/2023) di balai kota, seperti dikutip dari siaran pers, Selasa (6/6/2023).",
     date(2023, 6, 6)),
    ("Judul\nRapat digelar Senin (5/6/2023) di balai kota dan dihadiri camat.", None),
])
def test_publication_date(text: str, published: date | None) -> None:
    assert read_meta(clean(text)).published == published


# A date read_published can take (a day, its year written) needs a year in digits; the texts without one are not
# searched. Each text: whether it is searched, and that the dates of days with their year are find_dates' own.
@pytest.mark.parametrize(("text", "searched"), [
    ("Rapat digelar Senin (5/3) di balai kota.", False),
    ("Rapat digelar Senin, 5 Maret di balai kota.", False),
    ("Acara itu dibuka pada hari ini oleh bupati.", False),
    ("Rapat digelar Senin, 5 Maret 2018 di balai kota.", True),
    ("Rapat digelar Senin (5/3/2018) di balai kota.", True),
    ("Rapat digelar Senin (5/3/18) di balai kota.", True),
    ("Pameran berlangsung Jumat hingga Minggu (24-26/11/2023).", True),
    ("Pameran berlangsung 24-26/11/2023 di gedung itu.", True),
    ("Diperbarui 12 / 9 / 16, pukul 10.00 WIB", True),
    ("Pada awal Maret 2018 rapat itu digelar.", True),
])
def test_day_dates_skip_only_texts_without_a_written_year(text: str, searched: bool) -> None:
    def days(found: list[DateMention]) -> list[DateMention]:
        return [d for d in found if d.granularity == "day" and d.explicit_year and d.first == d.last]

    assert (_day_dates(text) == find_dates(text)) if searched else (_day_dates(text) == [] and not days(find_dates(text)))
    assert days(_day_dates(text)) == days(find_dates(text))


# A release date is read after a release cue written in any case, far below the head.
@pytest.mark.parametrize("cue", ["siaran pers", "SIARAN PERS", "Keterangan Tertulis", "DIKUTIP"])
def test_release_date_after_a_cue_in_any_case(cue: str) -> None:
    body = "Pemerintah kota membuka pasar baru bagi pedagang kecil di pusat kota pada pekan ini. " * 6
    text = f"Judul berita\n{body}\nHal itu disampaikan dalam {cue} yang diterbitkan Senin, 5 Maret 2018."
    published = read_meta(clean(text)).published
    assert published == date(2018, 3, 5)

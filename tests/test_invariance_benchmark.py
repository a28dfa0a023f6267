"""benchmarks/invariance.py: each rewrite says the same thing in another newsroom's style."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from invariance import (
    STYLES,
    curly_quotes,
    joined_hyphens,
    one_paragraph,
    one_sentence_paragraphs,
    other_datelines,
    padded_dates,
    page_furniture,
    rewrite,
    spelled_back,
    spelled_dates,
    straight_quotes,
    title_from_url,
)

CASES = [
    (joined_hyphens, "Jakarta, CNN Indonesia -- Kim Jong - un bertemu Moon Jae - in di Panmunjom.",
     "Jakarta, CNN Indonesia -- Kim Jong-un bertemu Moon Jae-in di Panmunjom."),
    (joined_hyphens, "Sidang membahas undang - undang di Bandara Soekarno - Hatta pukul 06.10 - 23.00.",
     "Sidang membahas undang-undang di Bandara Soekarno-Hatta pukul 06.10-23.00."),
    # a dash between a name and the sentence that goes on is no hyphen; nor the dateline's
    (joined_hyphens, "Merdeka.com - Lulu - sebuah boneka - lahir di Tokyo.",
     "Merdeka.com - Lulu - sebuah boneka - lahir di Tokyo."),
    (spelled_dates, "Rapat digelar Selasa (23/5/2017) dan Rabu (24/5).",
     "Rapat digelar Selasa, 23 Mei 2017 dan Rabu, 24 Mei."),
    (spelled_dates, "Pameran dibuka (3/11) di Jakarta; skor (31/13) tetap.",
     "Pameran dibuka 3 November di Jakarta; skor (31/13) tetap."),
    (padded_dates, "Rapat Rabu (7/2/2018) dan (23/5).", "Rapat Rabu (07/02/2018) dan (23/05)."),
    (other_datelines, "Jakarta, CNN Indonesia -- Presiden membuka rapat.", "JAKARTA, KOMPAS.com - Presiden membuka rapat."),
    (other_datelines, "Suara.com - Presiden membuka rapat.", "KOMPAS.com - Presiden membuka rapat."),
    (other_datelines, "Presiden membuka rapat di Jakarta.", "Presiden membuka rapat di Jakarta."),
    (curly_quotes, 'Ia berkata, "Kami siap." Lalu "pergi".\n"Satu', "Ia berkata, “Kami siap.” Lalu “pergi”.\n“Satu"),
    (straight_quotes, "Ia berkata, “Kami siap.”", 'Ia berkata, "Kami siap."'),
    (one_paragraph, "Satu dua.\n\nTiga empat.", "Satu dua. Tiga empat."),
    (one_sentence_paragraphs, "Rapat digelar di Kupang. Rapat dihadiri Dr. Amran. Hasilnya baik.",
     "Rapat digelar di Kupang.\n\nRapat dihadiri Dr. Amran.\n\nHasilnya baik."),
    # a quotation of several sentences opens again in each paragraph and closes in the last
    (one_sentence_paragraphs, "“Tim sudah turun. Kami akan panggil operator,” ujarnya. Rapat usai.",
     "“Tim sudah turun.\n\n“Kami akan panggil operator,” ujarnya.\n\nRapat usai."),
    (page_furniture, "Rapat digelar.\n\nHasilnya baik.",
     "Bagikan:\nFacebook\nTwitter\nWhatsApp\n\nIlustrasi. (Foto: Dok. Istimewa)\n\nRapat digelar.\n\n"
     "ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\nHasilnya baik.\n\nEditor: Maria Goreti\n"
     "Tags: Daerah, Berita Terkini"),
]


@pytest.mark.parametrize(("style", "text", "expected"), CASES)
def test_rewrites(style, text: str, expected: str) -> None:
    assert style(text)[0] == expected


def test_joined_hyphens_spell_back_to_the_original() -> None:
    _, mapping = joined_hyphens("Presiden Moon Jae - in menerima Kim Jong - un.")
    record = {"people": [{"name": "Moon Jae-in", "text": "Presiden Moon Jae-in"}], "confidence": 0.9}
    assert spelled_back(record, mapping) == {
        "people": [{"name": "Moon Jae - in", "text": "Presiden Moon Jae - in"}], "confidence": 0.9}


def test_rewrite_counts_the_articles_it_changed() -> None:
    rows = [{"id": "a", "text": "Rapat Selasa (23/5)."}, {"id": "b", "text": "Tanpa tanggal."}]
    out, _, changed = rewrite(rows, "spelled_dates")
    assert [r["text"] for r in out] == ["Rapat Selasa, 23 Mei.", "Tanpa tanggal."] and changed == 1
    assert rewrite(rows, "original") == (rows, {}, 0)
    assert set(STYLES) >= {"joined_hyphens", "one_sentence_paragraphs"}


@pytest.mark.parametrize(("url", "text", "title"), [
    ("http://www.antaranews.com/berita/655113/ketua-mui-meminta-massa-tidak-gelar-demo-299",
     "Ketua Majelis Ulama Indonesia (MUI) meminta massa ...", "Ketua MUI Meminta Massa Tidak Gelar Demo 299"),
    ("https://www.merdeka.com/politik/sinyal-jokowi-bakal-depak-pan-dari-koalisi.html", "PAN dan Jokowi ...",
     "Sinyal Jokowi Bakal Depak PAN dari Koalisi"),
    ("https://kumparan.com/", "Teks.", None),   # an address that ends in no words gives no title
])
def test_title_from_url(url: str, text: str, title: str | None) -> None:
    assert title_from_url({"url": url, "text": text}) == title


def test_titles_rewrite_keeps_a_title_the_row_has() -> None:
    rows = [{"id": "a", "text": "Teks.", "title": "Judul Asli", "url": "https://x.id/judul-dari-alamat-ini"},
            {"id": "b", "text": "Teks.", "url": "https://x.id/judul-dari-alamat-ini"}]
    out, _, changed = rewrite(rows, "titles_from_urls")
    assert [r["title"] for r in out] == ["Judul Asli", "Judul dari Alamat ini"] and changed == 1

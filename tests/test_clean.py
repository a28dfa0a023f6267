"""Cleaning: site chrome out, repeated paragraphs once, glued words apart, offsets back to the raw text."""

from __future__ import annotations

import pytest

from pipeline.reading.clean import clean

ARTICLE = """Bupati Resmikan Pasar Rakyat Baru
Scroll untuk baca artikel
BeritaDaerahEkonomiTerkini
241
Sebarkan artikel ini
WhatsApp
12 Januari 2024Pemerintah Kabupaten Sumba Barat meresmikan pasar rakyat di Waikabubak.
Baca Juga: Harga Beras Turun di Tiga Kabupaten
Pasar baru itu menampung 300 pedagang yang sebelumnya berjualan di bahu jalan.
Pasar baru itu menampung 300 pedagang yang sebelumnya berjualan di bahu jalan.
Iklan
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
Kepala dinas hadir hanya10 menit sebelum acara dimulai. (yud/rls)
Editor: Maria Goreti
tulis komentar anda
Artikel ini telah tayang di Pos-Kupang.com dengan judul Bupati Resmikan Pasar Rakyat Baru
"""


@pytest.fixture(scope="module")
def cleaned():  # type: ignore[no-untyped-def]
    return clean(ARTICLE)


@pytest.mark.parametrize("chrome", [
    "Scroll untuk baca artikel", "BeritaDaerahEkonomiTerkini", "241", "Sebarkan artikel ini", "WhatsApp", "Baca Juga",
    "Iklan", "ADVERTISEMENT", "SCROLL TO CONTINUE", "Editor:", "tulis komentar anda", "(yud/rls)", "telah tayang"])
def test_site_chrome_is_dropped(cleaned, chrome: str) -> None:  # type: ignore[no-untyped-def]
    assert chrome not in cleaned.text


@pytest.mark.parametrize(("raw", "kept", "dropped"), [
    # another story's headline in brackets
    ("Judul\nBupati meresmikan pasar.\n[Baca juga: DPRD Gelar Paripurna Pengunduran Diri Bupati]\nPasar itu besar.",
     "Pasar itu besar.", "DPRD Gelar Paripurna"),
    # a related-stories header on its own line, the headlines on the lines after it
    ("Judul\nBupati meresmikan pasar.\nBaca juga:\nDPRD Gelar Paripurna Pengunduran Diri Bupati\n"
     "Harga Beras Turun di Tiga Kabupaten?\nPasar itu menampung 300 pedagang.", "Pasar itu menampung 300 pedagang.",
     "Harga Beras"),
    ("Judul\nBupati meresmikan pasar.\nBerita Terkait\nDPRD Gelar Paripurna Pengunduran Diri Bupati\n"
     "Pasar itu menampung 300 pedagang.", "Pasar itu menampung 300 pedagang.", "DPRD Gelar"),
    # "(Baca: ...)" on its own line, or inside a paragraph
    ("Judul\nBupati meresmikan pasar.\n(Baca: Tolak Panglima TNI, Dubes AS Minta Maaf)\nPasar itu besar.",
     "Pasar itu besar.", "Minta Maaf"),
    ("Judul\nSemua pedagang didata. (Baca: Bupati Siapkan Lapak untuk Pedagang Kaki Lima) Pasar itu besar.",
     "Semua pedagang didata. Pasar itu besar.", "Siapkan Lapak"),
])
def test_other_stories_headlines_are_dropped(raw: str, kept: str, dropped: str) -> None:
    text = clean(raw).text
    assert kept in text and dropped not in text


@pytest.mark.parametrize(("line", "byline"), [
    ("Penulis: Yohanes Seo", ["Yohanes Seo"]),
    # credits side by side on one line, each its own
    ("Penulis: Yohanes Seo | Editor: Maria Goreti", ["Yohanes Seo", "Maria Goreti"]),
])
def test_credit_lines_are_the_byline(line: str, byline: list[str]) -> None:
    cleaned = clean(f"Bupati Resmikan Pasar\n{line}\nBupati Sikka meresmikan pasar rakyat di Maumere.")
    assert cleaned.byline == byline and line not in cleaned.text


def test_a_line_split_by_a_bar_that_is_no_credit_stays() -> None:
    assert "Harga naik | Harga turun" in clean("Judul\nHarga naik | Harga turun\nBupati meresmikan pasar.").text


@pytest.mark.parametrize(("closing", "initials"), [("(yud/rls)", "yud/rls"), ("[tyo]", "tyo")])
def test_closing_initials_are_a_byline(closing: str, initials: str) -> None:
    cleaned = clean(f"Judul\nBupati meresmikan pasar.\nPasar itu besar.\nPedagang senang. {closing}")
    assert cleaned.text.endswith("Pedagang senang.") and cleaned.byline == [initials]


def test_a_gloss_after_baca_stays() -> None:
    # "(baca: melepeh)": "read as", a gloss of the word before it, not a link
    assert "(baca: melepeh)" in clean("Judul\nAir liurnya dikeluarkan (baca: melepeh) hingga sembuh.").text


def test_a_related_link_placeholder_line_is_dropped() -> None:
    assert "Baca_Juga" not in clean("Judul\nBupati meresmikan pasar.\nBaca_Juga\nPasar itu besar.").text


# A photo's caption inside the story retells it out of order; a paragraph that ends in a credit is the story.
@pytest.mark.parametrize(("line", "dropped"), [
    ("Bupati Kupang Yeremias Tefa saat membuka rakor stunting di Oelamasi. (FOTO: POS-KUPANG.COM/HO-PROKOMPIM)", True),
    ("Gubernur meninjau lokasi banjir, Kamis (29/8/2019). ANTARA FOTO/Petrus Pira", True),
    ("Wali Kota membuka pameran UMKM. (Foto: Humas Pemkot)", True),
    (" ".join(["Warga"] * 50) + " (Foto: Humas)", False),
    ("Bupati membuka rapat di aula kantor bupati.", False)])
def test_a_photo_caption_line_is_dropped(line: str, dropped: bool) -> None:
    text = clean(f"Judul\nBupati meresmikan pasar.\n{line}\nPasar itu besar.").text
    assert (line not in text) is dropped


@pytest.mark.parametrize(("raw", "written"), [
    # IndoSum's tokenised text splits a word at its hyphen: a short second part or a repeated word is one word
    ("Judul\nPemimpin Korut Kim Jong - un bertemu Presiden Moon Jae - in.", "Kim Jong-un bertemu Presiden Moon Jae-in."),
    ("Judul\nUndang - undang itu disahkan.", "Undang-undang itu disahkan."),
    # a dash before a short word that opens a clause stays
    ("Judul\nTim dari Inggris - di mana liga itu digelar - menang.", "Inggris - di mana liga itu digelar - menang."),
])
def test_a_word_split_at_its_hyphen_is_joined(raw: str, written: str) -> None:
    cleaned = clean(raw)
    assert written in cleaned.text
    at = cleaned.text.index(written)
    start, end = cleaned.raw_span(at, at + len(written))
    assert raw[start:end].replace(" - ", "-") == written.replace(" - ", "-")


def test_title_is_the_first_line(cleaned) -> None:  # type: ignore[no-untyped-def]
    assert cleaned.title == "Bupati Resmikan Pasar Rakyat Baru"
    assert cleaned.text[:cleaned.title_end] == cleaned.title


def test_repeated_paragraph_is_kept_once(cleaned) -> None:  # type: ignore[no-untyped-def]
    assert cleaned.text.count("menampung 300 pedagang") == 1


def test_glued_date_and_number_are_separated(cleaned) -> None:  # type: ignore[no-untyped-def]
    assert "12 Januari 2024 Pemerintah" in cleaned.text
    assert "hanya 10 menit" in cleaned.text


def test_bylines_are_kept_as_metadata(cleaned) -> None:  # type: ignore[no-untyped-def]
    assert cleaned.byline == ["yud/rls", "Maria Goreti"]


def test_offsets_map_every_character_back(cleaned) -> None:  # type: ignore[no-untyped-def]
    assert len(cleaned.offsets) == len(cleaned.text)
    for index, char in enumerate(cleaned.text):
        raw = ARTICLE[cleaned.offsets[index]]
        # Inserted separators map onto a neighbour; every other character is the raw one.
        assert char == raw or char in " \n"


@pytest.mark.parametrize(("raw", "word"), [
    ("Judul\n\n  Wali  Kota Ambon hadir.\n", "Ambon"),
    ("Judul\nDirjen Pemasyarakatan ( ,) Kemenkum HAM hadir.", "Kemenkum HAM"),   # after emptied brackets
])
def test_raw_span_of_a_word(raw: str, word: str) -> None:
    result = clean(raw)
    start = result.text.index(word)
    raw_start, raw_end = result.raw_span(start, start + len(word))
    assert raw[raw_start:raw_end] == word


@pytest.mark.parametrize("raw, expected", [
    ("Judul\nKata\u200b kunci\u00a0di sini.", "Kata kunci di sini."),
    ("Judul\r\nBaris satu.\r\nBaris dua.", "Baris satu.\nBaris dua."),
    ("Judul\nDr.Yohana Lodo membuka acara.", "Dr. Yohana Lodo membuka acara."),
    ("Judul\nAcara selesai pukul 12.00.***", "Acara selesai pukul 12.00."),
    # brackets a scraper emptied of their words
    ("Judul\nDirjen Pemasyarakatan ( ,) Kemenkum HAM hadir.", "Dirjen Pemasyarakatan Kemenkum HAM hadir."),
    ("Judul\nRapat ( , ) digelar di balai desa.", "Rapat digelar di balai desa."),
    # spaces at a line's start, two in a row, other white space: each line as the character pass makes it
    ("Judul\n  Rapat digelar di balai desa.", "Rapat digelar di balai desa."),
    ("Judul\nRapat  digelar di\tbalai desa.", "Rapat digelar di balai desa."),
    ("Judul\nRapat digelar\u2009di balai desa.\u00a0", "Rapat digelar di balai desa."),
    # end-of-story marks, and closing initials in the second half, with or without marks and spaces after them
    ("Judul\nAcara selesai sore. # ", "Acara selesai sore."),
    ("Judul\nBaris satu.\nAcara selesai sore. (ant/ab) ** ", "Baris satu.\nAcara selesai sore."),
    ("Judul\nBaris satu.\nAcara selesai sore (tahun ini)", "Baris satu.\nAcara selesai sore (tahun ini)"),
    ("Judul\nAcara selesai sore. (yud)\nBaris dua.\nBaris tiga.", "Acara selesai sore. (yud)\nBaris dua.\nBaris tiga."),
    # paragraphs a scraper joined with commas: a comma after a sentence's end and before a capital is a break
    ("Judul\nRapat digelar Senin.,Wali kota membuka acara.,\"Kami siap,\" katanya.",
     "Rapat digelar Senin.\nWali kota membuka acara.\n\"Kami siap,\" katanya."),
    ("Judul\nNilainya Rp 1.,5 juta, kata Ani.,dan itu cukup.", "Nilainya Rp 1.,5 juta, kata Ani.,dan itu cukup."),
    # ... and a comma for each blank line between them: spaces and the break of the same length
    ("Judul\nHal itu disampaikan di Gedung KPK.,,,Febri mengatakan rapat digelar.,,\"Kami siap,\" katanya.",
     "Hal itu disampaikan di Gedung KPK.  \nFebri mengatakan rapat digelar. \n\"Kami siap,\" katanya."),
    # inside a sentence, commas glued between two words where the scraper dropped the words between them
    ("Judul\nKetua DPR RI,,selaku pimpinan hadir bersama Mona,,,dan suaminya. Nilainya 1,,5 persen.",
     "Ketua DPR RI, selaku pimpinan hadir bersama Mona,  dan suaminya. Nilainya 1,,5 persen."),
    # whatever ends the sentence: an acronym, a year, a percentage
    ("Judul\nRapat digelar di DPR.,Namun KPK absen pada 19 November 2019.,Rutenya naik 5%.,Sementara itu selesai.",
     "Rapat digelar di DPR.\nNamun KPK absen pada 19 November 2019.\nRutenya naik 5%.\nSementara itu selesai."),
    # a sentence's end glued to the next gets its space; a web address and a short abbreviation do not
    ("Judul\nPertemuan ASEAN.Melanjutkan pembahasan, baca Nakita.Grid.id dan Jl.Merdeka.",
     "Pertemuan ASEAN. Melanjutkan pembahasan, baca Nakita.Grid.id dan Jl.Merdeka."),
])
def test_line_normalisation(raw: str, expected: str) -> None:
    result = clean(raw)
    assert result.text[result.title_end:].strip() == expected


@pytest.mark.parametrize("line", [
    "Bantuan tahap kedua untuk15 desa cair pekan ini.",    # a number glued to a lower-case word
    "Nilainya Rp10 miliar, naik dari 8 miliar.",           # after a capital: no lower-case letter before it
    "Sambutan Dr.Hasan dibacakan oleh Ir.Budi.",           # titles glued to names
    "Rapat dimulai pukul 09.30 WIB. Peserta hadir.",       # full stops, none before a capital
    "Ia tiba di A.Yani lalu ke Jl.Merdeka 12.",            # a full stop before a capital, no title
    "",
])
def test_glued_guards_change_no_insert(line: str) -> None:
    """The substring tests before the number and title patterns skip only lines where those find no insert."""
    from pipeline.reading import clean as module

    number = [m.start() for m in module._GLUED_NUMBER.finditer(line)
              if m.start() >= 3 and module._THREE_LOWER.fullmatch(line, m.start() - 3, m.start())]
    title = [m.end() for m in module._GLUED_TITLE.finditer(line)
             if not m.start() or not (line[m.start() - 1].isalnum() or line[m.start() - 1] == "_")]
    assert module._glued(module._GLUED_NUMBER, line) == number
    assert module._glued(module._GLUED_TITLE, line) == title


# The paragraph-comma pattern as first written (lookbehinds before the commas): the comma-first one matches alike.
_PARAGRAPH_COMMA_AS_WRITTEN = r"(?:(?<=[.!?][\"”])|(?<=[A-Za-z0-9)%\]][.!?])),+(?=[\"“]?[A-Z])"


@pytest.mark.parametrize("text", [
    "Acara ditutup sore hari.,Wali kota lalu pulang.",
    'Ia berkata "cukup.",Lalu ia pergi.',
    "Warga datang (lihat foto).,\"Kami senang,\" kata warga.",
    "Nilainya 3.,5 persen; A.,B; selesai!,Ya?,Tidak",
    "Revisi UU KPK.,Menteri datang pada 2019.,Rutenya 50%.,Lalu [foto].,Selesai",
    "Gedung KPK.,,,Febri hadir.,,\"Siap,\" katanya.,,,,,Lalu 3.,,5 dan Ani.,,dan selesai.,,",
    ",Awal teks tanpa kalimat sebelumnya.,",
    "Tidak ada koma sama sekali di sini.",
])
def test_paragraph_comma_matches_as_written(text: str) -> None:
    import re

    from pipeline.reading import clean as module

    expected = re.sub(_PARAGRAPH_COMMA_AS_WRITTEN, module._paragraph_break, text)
    assert module._PARAGRAPH_COMMA.sub(module._paragraph_break, text) == expected
    assert len(expected) == len(text)

"""Dates as an Indonesian reader reads them: tables of (input, reference, expected), in the style of dateparser.

The reference is the publication date; ``None`` means the article has none and the year must come from the text.
Expected values are (start, end, granularity) of the one date the sentence holds.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.stages.dates import find_dates, find_times, year_hint

MON = date(2023, 11, 20)   # a Monday; "pekan lalu" is 13-19 November
THU = date(2019, 8, 1)     # a Thursday

# --------------------------------------------------------------- absolute and partial dates

ABSOLUTE = [
    ("Rapat digelar pada 5 Oktober 2021 di Kupang.", MON, ("2021-10-05", "2021-10-05", "day")),
    ("Pertemuan berlangsung Jumat (18/11/2022) di Palangka Raya.", MON, ("2022-11-18", "2022-11-18", "day")),
    ("Forum itu digelar Senin (5/7/2021) secara daring.", MON, ("2021-07-05", "2021-07-05", "day")),
    ("Diskusi berlangsung Rabu, (31/7), di Vientiane.", THU, ("2019-07-31", "2019-07-31", "day")),
    ("Kegiatan dibuka Selasa (14/11) oleh bupati.", MON, ("2023-11-14", "2023-11-14", "day")),
    ("Lokakarya dimulai Kamis (9/11/23) pagi.", MON, ("2023-11-09", "2023-11-09", "day")),
    ("Kesepakatan itu diteken pada Desember 2020 lalu.", MON, ("2020-12-01", "2020-12-31", "month")),
    ("Program ini berjalan sejak tahun 2019.", MON, ("2019-01-01", "2019-12-31", "year")),
    ("Festival dijadwalkan pada bulan Februari 2024.", MON, ("2024-02-01", "2024-02-29", "month")),
    ("Sidang digelar tanggal 3 Mei.", MON, ("2023-05-03", "2023-05-03", "day")),
    # a month with a marker, written within that month: this month, its end still to come or its start gone
    ("Paripurna dijadwalkan akhir November mendatang.", MON, ("2023-11-01", "2023-11-30", "month")),
    ("Musrenbang digelar Desember mendatang.", MON, ("2023-12-01", "2023-12-31", "month")),
    ("Evaluasi dilakukan Oktober lalu.", MON, ("2023-10-01", "2023-10-31", "month")),
    ("Bimtek digelar November lalu.", MON, ("2023-11-01", "2023-11-30", "month")),
    ("Panen raya berlangsung 12 Agt 2022.", MON, ("2022-08-12", "2022-08-12", "day")),
    ("Musyawarah berakhir 30 Nopember 2021.", MON, ("2021-11-30", "2021-11-30", "day")),
    ("Evaluasi dilakukan pada 1 Pebruari 2022.", MON, ("2022-02-01", "2022-02-01", "day")),
    ("Seminar digelar Sabtu, 4 Maret 2023, di Ambon.", MON, ("2023-03-04", "2023-03-04", "day")),
    ("Jum'at (17/11) warga berkumpul di balai desa.", MON, ("2023-11-17", "2023-11-17", "day")),
    ("The forum opened on October 5, 2021 in Jakarta.", MON, ("2021-10-05", "2021-10-05", "day")),
    ("Laporan dikirim 6/2/2023 kepada gubernur.", MON, ("2023-02-06", "2023-02-06", "day")),
    ("Peluncuran aplikasi dilakukan Minggu (2/7/2023).", MON, ("2023-07-02", "2023-07-02", "day")),
    ("Hasilnya diumumkan bulan Juni lalu.", MON, ("2023-06-01", "2023-06-30", "month")),
    ("Rapat lanjutan dijadwalkan 4 Desember mendatang.", MON, ("2023-12-04", "2023-12-04", "day")),
]

# --------------------------------------------------------------- ranges

RANGES = [
    ("Seminar berlangsung 16 s/d 18 Oktober 2019 di Yogyakarta.", MON, ("2019-10-16", "2019-10-18", "day")),
    ("Pelatihan diadakan 16 s/18 Oktober 2019.", MON, ("2019-10-16", "2019-10-18", "day")),
    ("Forum itu digelar 18 hingga 19 Oktober lalu.", MON, ("2023-10-18", "2023-10-19", "day")),
    ("Pameran dibuka 18-19 Oktober 2022 di Medan.", MON, ("2022-10-18", "2022-10-19", "day")),
    ("KTT berlangsung 29 Juni - 2 Juli 2023 di Nusa Dua.", MON, ("2023-06-29", "2023-07-02", "day")),
    ("Pelatihan berlangsung Rabu hingga Jumat pekan lalu di Selong.", MON, ("2023-11-15", "2023-11-17", "day")),
    # two days in a row joined by "dan" are the event's two days
    ("Bimtek digelar pada 15 dan 16 November 2023 di Mataram.", MON, ("2023-11-15", "2023-11-16", "day")),
    ("Pameran digelar Jumat hingga Minggu (24-26/11/2023) di Bandung.", MON, ("2023-11-24", "2023-11-26", "day")),
    ("Lokakarya berlangsung Senin (6/2) hingga Jumat (10/2/2023) di Jepang.", MON, ("2023-02-06", "2023-02-10", "day")),
    ("Turnamen dihelat 1 sampai dengan 3 Desember 2022.", MON, ("2022-12-01", "2022-12-03", "day")),
    ("Kemah pemuda berlangsung 30 Desember 2022 - 2 Januari 2023.", MON, ("2022-12-30", "2023-01-02", "day")),
    ("Bazar diadakan 28 Desember - 3 Januari lalu.", date(2023, 1, 10), ("2022-12-28", "2023-01-03", "day")),
    ("Rakor digelar Rabu-Jumat, 15-17 November 2023.", MON, ("2023-11-15", "2023-11-17", "day")),
    ("Kegiatan berlangsung pada 12-14/10/2023 di Kendari.", MON, ("2023-10-12", "2023-10-14", "day")),
    ("Festival diadakan (8-10/9) di alun-alun.", MON, ("2023-09-08", "2023-09-10", "day")),
    ("Rapat kerja Senin sampai Rabu mendatang.", MON, ("2023-11-27", "2023-11-29", "day")),
    ("Pekan olahraga berlangsung 2 – 4 Desember.", MON, ("2023-12-02", "2023-12-04", "day")),
    ("Sekolah lapang diadakan Rabu (31/7) hingga Jumat (2/8).", THU, ("2019-07-31", "2019-08-02", "day")),
    ("Ujian berlangsung 10 sd 12 Juni 2024.", MON, ("2024-06-10", "2024-06-12", "day")),
    # a list of days in a row is their span; a day apart from the rest is left out of it
    ("Festival digelar di Candi Prambanan, 6,7 dan 8 September lalu.", date(2019, 9, 10), ("2019-09-06", "2019-09-08", "day")),
    ("Pameran berlangsung 6, 7, dan 8 Desember 2023.", MON, ("2023-12-06", "2023-12-08", "day")),
    ("Pameran berlangsung 5, 7 dan 8 Desember 2023.", MON, ("2023-12-07", "2023-12-08", "day")),
]

# --------------------------------------------------------------- relative to the publication date

RELATIVE = [
    ("Rombongan tiba kemarin sore.", MON, ("2023-11-19", "2023-11-19", "day")),
    ("Rapat itu akan dilanjutkan lusa.", MON, ("2023-11-22", "2023-11-22", "day")),
    ("Bupati meresmikan pasar hari ini.", MON, ("2023-11-20", "2023-11-20", "day")),
    ("Warga kembali bertemu besok di balai desa.", MON, ("2023-11-21", "2023-11-21", "day")),
    ("Camat berkunjung Senin lalu ke desa itu.", MON, ("2023-11-13", "2023-11-13", "day")),
    ("Rapat digelar Kamis lalu.", MON, ("2023-11-16", "2023-11-16", "day")),
    ("Sosialisasi dilanjutkan Jumat depan.", MON, ("2023-11-24", "2023-11-24", "day")),
    # a weekday of the week named: last week's Thursday, next week's Monday, not the whole week
    ("Rapat digelar Kamis pekan lalu di Ambon.", MON, ("2023-11-16", "2023-11-16", "day")),
    ("Rapat dilanjutkan Senin minggu depan.", MON, ("2023-11-27", "2023-11-27", "day")),
    ("Camat berkunjung Rabu yang lalu ke desa itu.", MON, ("2023-11-15", "2023-11-15", "day")),
    ("Gotong royong berlangsung pekan lalu.", MON, ("2023-11-13", "2023-11-19", "day")),
    ("Hasil survei dirilis minggu depan.", MON, ("2023-11-27", "2023-12-03", "day")),
    ("Musrenbang kecamatan dimulai bulan depan.", MON, ("2023-12-01", "2023-12-31", "month")),
    ("Evaluasi dilakukan bulan lalu.", MON, ("2023-10-01", "2023-10-31", "month")),
    ("Pembangunan rampung akhir tahun ini.", MON, ("2023-10-01", "2023-12-31", "month")),
    ("Gedung baru dibuka awal 2023.", MON, ("2023-01-01", "2023-03-31", "month")),
    ("Rombongan datang tiga hari lalu.", MON, ("2023-11-17", "2023-11-17", "day")),
    ("Kapal itu bersandar dua hari lalu.", MON, ("2023-11-18", "2023-11-18", "day")),
    ("Kesepakatan dicapai awal bulan ini.", MON, ("2023-11-01", "2023-11-07", "day")),
    ("Anggaran disahkan tahun lalu.", MON, ("2022-01-01", "2022-12-31", "year")),
    ("Proyek ini dimulai tahun depan.", MON, ("2024-01-01", "2024-12-31", "year")),
    ("Pasar dibuka lima hari lagi.", MON, ("2023-11-25", "2023-11-25", "day")),
    ("Pameran digelar pertengahan Juni 2022.", MON, ("2022-06-10", "2022-06-20", "day")),
    # "kemarin" or "besok" with a weekday: the weekday says which day
    ("Kemarin hari Jumat saat Gubernur meninjau ke sana api sudah padam.", MON, ("2023-11-17", "2023-11-17", "day")),
    ("Rapat digelar kemarin, Minggu.", MON, ("2023-11-19", "2023-11-19", "day")),
    ("Rapat lanjutan digelar besok, Rabu.", MON, ("2023-11-22", "2023-11-22", "day")),
    ("Rapat digelar kemarin, Senin.", MON, ("2023-11-13", "2023-11-13", "day")),   # the reference's weekday: a week ago
    ("Kemarin, Jumat (17/11), warga berkumpul.", MON, ("2023-11-17", "2023-11-17", "day")),
    # "Minggu ini" opening a sentence is this week (capitalised only there); inside one, this Sunday
    ("Minggu ini adalah pekan yang berat bagi warga.", MON, ("2023-11-20", "2023-11-26", "day")),
    ("Rapat digelar Minggu ini di Balai Kota.", MON, ("2023-11-26", "2023-11-26", "day")),
]

# --------------------------------------------------------------- year inference

YEARS = [
    # Publication date wins: the latest such day on or before it, unless a future marker says otherwise.
    ("Rapat digelar Rabu (15/11).", MON, None, ("2023-11-15", "2023-11-15", "day")),
    ("Rapat digelar 20 Desember.", date(2024, 1, 5), None, ("2023-12-20", "2023-12-20", "day")),
    ("Rapat akan digelar 5 Januari mendatang.", date(2023, 12, 20), None, ("2024-01-05", "2024-01-05", "day")),
    # No publication date: a year named in the text.
    ("Konferensi itu digelar 18 Oktober. Acara tahun 2021 ini ...", None, None, ("2021-10-18", "2021-10-18", "day")),
    ("Pertemuan digelar Jumat (18/11) di Palangka Raya.", None, 2022, ("2022-11-18", "2022-11-18", "day")),
    # No year at all but a hint near the story: the year in which the weekday fits.
    ("Diskusi berlangsung Rabu, (31/7), di Laos.", None, 2020, ("2019-07-31", "2019-07-31", "day")),
    ("Forum digelar Selasa (14/3) di Makassar.", None, 2022, ("2023-03-14", "2023-03-14", "day")),
    # No publication date, no weekday: a year the story confirms (in a date, by a weekday, in the same sentence).
    ("Pameran dibuka 6 Mei lalu. Penutupan digelar 1 Juni 2019.", None, None, ("2019-05-06", "2019-05-06", "day")),
    ("Lomba digelar 6 Mei lalu. Finalnya Minggu (12/5). Klub itu lahir pada 2019.", None, None,
     ("2019-05-06", "2019-05-06", "day")),
    ("Temu alumni digelar 4 sampai 6 Mei dalam rangka reuni 2019.", None, None, ("2019-05-04", "2019-05-06", "day")),
    # ... or a day it calls recent ("lalu"): in the story's year more often than not.
    ("Rapat digelar 2 Mei lalu. Laba kuartal pertama 2019 naik.", None, None, ("2019-05-02", "2019-05-02", "day")),
]

# No publication date, no weekday, and a year named only as background: the day stays without a year (no date).
UNKNOWN_YEARS = [
    "Pasar murah digelar 6 Mei di Bogor. Pasar itu berdiri sejak tahun 2012.",
    "Kelas menari dibuka mulai 9 Maret. Sanggar itu berdiri sejak 2008.",
    "Bazar digelar (11/8) sampai Minggu (13/8). Tren ini berawal sejak 2013.",
    "Turnamen digelar bulan Oktober. Klub itu juara pada 2015.",
    "Festival kembali hadir akhir tahun ini. Album pertamanya rilis pada 2016.",
]


def _first(text: str, reference: date | None, hint: int | None = None) -> tuple[str, str, str]:
    found = find_dates(text, reference, hint)
    assert found, f"no date in {text!r}"
    mention = found[0]
    return mention.first.isoformat(), mention.last.isoformat(), mention.granularity


@pytest.mark.parametrize(("text", "reference", "expected"), ABSOLUTE)
def test_absolute_and_partial(text: str, reference: date, expected: tuple[str, str, str]) -> None:
    assert _first(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), RANGES)
def test_ranges_keep_both_ends(text: str, reference: date, expected: tuple[str, str, str]) -> None:
    found = find_dates(text, reference)
    assert len(found) == 1, [d.text for d in found]   # one range, not its two ends apart
    assert _first(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), RELATIVE)
def test_relative(text: str, reference: date, expected: tuple[str, str, str]) -> None:
    assert _first(text, reference) == expected
    # Resolved from the reference, unless the text writes the year itself.
    assert find_dates(text, reference)[0].relative or any(c.isdigit() for c in text)


@pytest.mark.parametrize(("text", "reference", "hint", "expected"), YEARS)
def test_year_inference(text: str, reference: date | None, hint: int | None, expected: tuple[str, str, str]) -> None:
    assert _first(text, reference, hint) == expected


@pytest.mark.parametrize("text", UNKNOWN_YEARS)
def test_no_year_without_confirmation(text: str) -> None:
    assert [d for d in find_dates(text) if not d.explicit_year] == []


# --------------------------------------------------------------- times are never dates

TIMES = [
    ("Acara dimulai pukul 09.46 WIB.", "pukul 09.46 WIB"),
    ("Pesawat mendarat 09:46 WITA di Kupang.", "09:46 WITA"),
    ("Sidang dibuka pukul 13.00 WIT.", "pukul 13.00 WIT"),
    ("Rapat selesai jam 16.30 WIB.", "jam 16.30 WIB"),
    ("Kegiatan dimulai pukul 08.00.", "pukul 08.00"),
    ("Upacara berlangsung pkl 07.30 WIB.", "pkl 07.30 WIB"),
]


@pytest.mark.parametrize(("text", "time_text"), TIMES)
def test_times_recognised_and_kept_out_of_dates(text: str, time_text: str) -> None:
    assert [t.text for t in find_times(text)] == [time_text]
    assert find_dates(text, MON) == []


def test_date_and_time_side_by_side() -> None:
    text = "Rapat digelar Sabtu (25/11) pukul 09.00 WIB di aula."
    assert [d.text for d in find_dates(text, MON)] == ["Sabtu (25/11)"]
    assert [t.text for t in find_times(text)] == ["pukul 09.00 WIB"]


# --------------------------------------------------------------- not dates

NOT_DATES = [
    "Skor akhir pertandingan 2-1 untuk tuan rumah.",
    "Sebanyak 45 persen warga setuju.",
    "Dokumen nomor 12/2023 telah ditandatangani.",
    "Harga naik menjadi Rp 12.500 per kilogram.",
    "Warga RT 05/RW 03 ikut kerja bakti.",
    "Kode pos 40115 berlaku untuk wilayah Sumur Bandung.",
    # a date in a venue's or a street's name
    "Sidang terbuka digelar di Universitas 17 Agustus 1945 (Untag) Surabaya.",
    "Laga digelar di Stadion 17 Mei, Banjarmasin.",
    "Kantor itu berada di Jalan 17 Agustus, Manado.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert [d.text for d in find_dates(text, MON)] == []


def test_a_date_after_a_venue_s_name_is_still_a_date() -> None:
    text = "Penghargaan diserahkan di Swiss-Bell Hotel (10/9/2019) dan di Gedung Sate, 11 September 2019."
    assert [d.text for d in find_dates(text, MON)] == ["(10/9/2019)", "11 September 2019"]


def test_relative_dates_need_a_reference() -> None:
    # Without a publication date "kemarin" cannot be placed; nothing is guessed.
    assert find_dates("Rombongan tiba kemarin sore.", None) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Program 2019 dilanjutkan pada 2021 dan 2023.", 2023),
    ("Tidak ada tahun di sini.", None),
    ("Anggaran Rp 2.019.000 disetujui tahun 2020.", 2020),
    # the year of a venue's name is not the story's
    ("Sidang digelar di Universitas 17 Agustus 1945 (Untag) Surabaya, Sabtu (22/7). Pemilu 2019 makin dekat.", 2019),
    ("Pertemuan di Universitas 17 Agustus 1945 Surabaya, 22 Juli 2017, dan 17 Agustus 1945 dikenang.", 2017),
])
def test_year_hint(text: str, expected: int | None) -> None:
    assert year_hint(text) == expected


def test_as_when_keeps_text_as_written() -> None:
    mention = find_dates("Lokakarya berlangsung Senin (6/2) hingga Jumat (10/2/2023).", MON)[0]
    assert mention.as_when() == {"start": "2023-02-06", "end": "2023-02-10", "granularity": "day",
                                 "text": "Senin (6/2) hingga Jumat (10/2/2023)"}


@pytest.mark.parametrize("text", [
    "Senin21 Juni 2023", "Seninhingga Rabu 21 Juni", "a12-14/10/2023", "x(6/2) dan Jumat(10/2/2023)",
    "٣ Juni 2023", "Jum’at (3/2) lalu", "Sept. 2021", "tiga pekan lalu", "2 bulan lagi, awal tahun depan",
    "Juni", "21 Juni", "(21 Juni)", "_21 Juni", "hari ini dan kemarin lusa", "Minggu depan; minggu lalu"])
def test_the_folded_scan_at_word_starts_finds_what_a_scan_of_every_character_finds(text: str) -> None:
    # The folded patterns are tried only where a word that can start them begins (dates._heads).
    for reference in (date(2023, 6, 30), None):
        assert find_dates(text, reference) == find_dates(text, reference, fold=False)


@pytest.mark.parametrize("text", ["JUNİ 2023", "Junı 2023", "juni 2023"])
def test_letters_a_case_insensitive_pattern_reads_as_i_name_the_month(text: str) -> None:
    # "İ" and "ı" match "i" in a case-insensitive pattern; the month must then be looked up, not crash.
    for fold in (True, False):
        (mention,) = find_dates(text, fold=fold)
        assert (mention.first, mention.last) == (date(2023, 6, 1), date(2023, 6, 30))


def test_the_folded_scan_keeps_the_case_that_decides_sunday_or_week() -> None:
    reference = date(2024, 5, 1)   # a Wednesday
    (sunday,) = find_dates("Acara digelar Minggu depan.", reference)
    (week,) = find_dates("Acara digelar minggu depan.", reference)
    assert (sunday.first, sunday.last) == (date(2024, 5, 5), date(2024, 5, 5))
    assert (week.first, week.last) == (date(2024, 5, 6), date(2024, 5, 12))


@pytest.mark.parametrize(("text", "left"), [("99999999999999 pekan lalu", "pekan lalu"),
                                            ("2,5 juta tiga bulan lalu", "bulan lalu"),
                                            ("sejuta tahun lalu", "tahun lalu")])
def test_counted_periods_beyond_the_calendar_are_no_date(text: str, left: str) -> None:
    # No calendar date is a million months back: the count is dropped, not the article (it used to raise).
    assert [m.text for m in find_dates(text, date(2000, 1, 1))] == [left]


def test_patterns_skipped_for_want_of_a_literal_could_not_have_matched() -> None:
    """A pattern is not run over a text without one of its required literals ("/", a weekday, a time marker or
    zone): on every text of this module, where it would have found something, the literal is there."""
    from pipeline.stages.dates import _key, _may_match, _patterns, _required

    texts = [case[0] for case in ABSOLUTE + RANGES + RELATIVE + YEARS + TIMES] + NOT_DATES + [
        "JUNİ 2023 pukul 10.00 WİB", "Senin (6/2) hingga Jumat (10/2/2023)", "(24-26/11)", "12-14/10/2023",
        "Rabu hingga Jumat pekan lalu", "Jum’at lalu", "Jum'at depan"]
    required = _required()
    assert {_patterns(True).numeric, _patterns(True).time, _patterns(False).weekday_range} <= set(required)
    for pattern in required:
        for text in texts:
            if pattern.search(_key(text) if pattern in vars(_patterns(True)).values() else text):
                assert _may_match(pattern, _key(text)), (pattern.pattern[:40], text)


@pytest.mark.parametrize("text", ["Rapat KERJA daerah", "Dıklat ſkor İstanbul", "İİ ıı ſſ", "", "\u212aIPER 2024"])
def test_key_is_the_translation_then_lower_case(text: str) -> None:
    from pipeline.stages.folding import CASE_EXTRAS, key

    assert key(text) == text.translate(CASE_EXTRAS).lower()


@pytest.mark.parametrize("text", [
    "Pada 2019 dan 12/2020 serta (2021), tahun1999 dan 20190 atau 1919-2020.",
    "2018 di awal teks, lalu /2017 dan\n2016 di baris baru",
    "", "19", " 19", " 1999", "/2000x", " 2000 ",
])
def test_year_after_space_or_slash_matches_as_written(text: str) -> None:
    """The year after white space or a slash, with its look-behind moved after the century, matches where the
    pattern as first written does."""
    import re

    from pipeline.stages import dates

    written = re.compile(r"(?<=[\s/])(?:19|20)\d\d\b")
    assert [m.span() for m in dates._YEAR_AFTER_SPACE_OR_SLASH.finditer(text)] == \
        [m.span() for m in written.finditer(text)]


# --------------------------------------------------------------- a publication month given without its day

@pytest.mark.parametrize(("text", "given", "expected"), [
    # the input's own year dates a day written without one, with nothing in the text to confirm it
    ("Workshop itu digelar di FK Universitas Airlangga kemarin (6/9).", True, ("2019-09-06", "2019-09-06")),
    ("Upacara digelar di SD Negeri 020263 Binjai pada Senin (2/9) pagi.", True, ("2019-09-02", "2019-09-02")),
    # a year only guessed from the text stays unconfirmed
    ("Workshop itu digelar di FK Universitas Airlangga kemarin (6/9).", False, None),
])
def test_a_given_year_dates_a_day_written_without_one(text: str, given: bool,
                                                        expected: tuple[str, str] | None) -> None:
    found = find_dates(text, None, 2019, hint_given=given)
    days = [(d.first.isoformat(), d.last.isoformat()) for d in found if d.granularity == "day"]
    assert (days[0] if days else None) == expected


def test_two_bracketed_days_with_a_part_of_the_first_between() -> None:
    from datetime import date

    from pipeline.stages.dates import find_dates

    found = find_dates("Acara digelar pada Selasa (24/9) malam hingga Rabu (25/9) dini hari.", date(2019, 9, 26))
    assert [(d.first, d.last) for d in found][:1] == [(date(2019, 9, 24), date(2019, 9, 25))]

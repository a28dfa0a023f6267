"""A written date whose weekday does not fit: the nearest neighbour on that weekday (one figure's slip)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from pipeline.extract import extract
from pipeline.stages.dates import closing_weekday, find_dates, on_site_report_day, year_hint


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("digelar Minggu (31/12/2018) malam", date(2018, 1, 1), date(2017, 12, 31)),   # the year: 2017's 31st is a Sunday
    ("diresmikan Selasa (2/2/2018)", date(2018, 1, 3), date(2018, 1, 2)),           # the month
    ("bertemu Minggu (27/11)", date(2017, 11, 28), date(2017, 11, 26)),             # the day
    ("rapat Senin (27/11)", date(2017, 11, 28), date(2017, 11, 27)),                # fits: unchanged
    ("rapat Rabu, 6 September 2017", None, date(2017, 9, 6)),                       # fits: unchanged
    ("rapat Kamis, 6 September 2017", None, date(2017, 9, 7)),                      # the day, no publication date
    ("rapat Sabtu (6/9/2017)", date(2017, 9, 10), date(2017, 9, 6)),                # no neighbour on a Saturday
])
def test_weekday_slip(text: str, published: date | None, expected: date) -> None:
    found = [d for d in find_dates(text, published) if d.granularity == "day"]
    assert found and found[0].first == expected, found


@pytest.mark.parametrize(("text", "hint", "expected"), [
    ("pelatihan digelar Senin (17/4)", 2017, date(2017, 4, 17)),    # the story's year fits the weekday
    ("pelatihan digelar Senin (17/4)", 2016, date(2017, 4, 17)),    # a year beside it does
    ("pelatihan digelar Senin (17/4)", 1997, None),                 # "sejak 1997": no year near it fits, no date
    ("pelatihan digelar (17/4)", 1997, None),                       # no weekday, and the text never names 1997
    ("pelatihan tahun 1997 digelar (17/4)", 1997, date(1997, 4, 17)),  # its own sentence names the year
])
def test_weekday_year_without_publication(text: str, hint: int, expected: date | None) -> None:
    found = [d for d in find_dates(text, None, hint) if d.granularity == "day"]
    assert (found[0].first if found else None) == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Upacara peringatan HUT RI ke-72 digelar Kamis (17/8).", 2017),
    ("Dirgahayu Republik Indonesia ke-78, warga menggelar lomba.", 2023),
    ("HUT ke-5 komunitas itu dirayakan sederhana.", None),      # not the Republic's anniversary
    ("Sejak 1997 ia mengajar; HUT RI ke-72 dirayakan.", 2017),  # before a year named in passing
    ("Upacara HUT RI ke-72 digelar 17 Agustus 2017.", 2017),
    # the number first; and before the date of the history a commemoration remembers
    ("Prabowo memperingati HUT ke-72 Republik Indonesia. Teks Proklamasi 17 Agustus 1945 diperdengarkan.", 2017),
    ("Upacara HUT ke-74 Kemerdekaan RI digelar di lapangan.", 2019),
    ("Peringatan Ulang Tahun ke-72 Kemerdekaan digelar meriah.", 2017),
    ("HUT ke-17 Kota Batu dirayakan; kota itu berdiri 17 Oktober 2001.", 2001),   # a town's, not the Republic's
])
def test_year_hint_from_the_independence_anniversary(text: str, expected: int | None) -> None:
    assert year_hint(text) == expected


def test_weekend_is_two_days() -> None:
    (found,) = find_dates("Para menteri akan bertemu akhir pekan ini di Hanoi.", date(2017, 5, 17))
    assert (found.first, found.last) == (date(2017, 5, 20), date(2017, 5, 21))


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("Kota itu menandatangani nota kesepahaman di Kupang, Rabu.", date(2022, 9, 15), date(2022, 9, 14)),
    ("Rapat digelar di Ende, Kamis.", date(2022, 9, 15), date(2022, 9, 15)),     # the day of publication
    ("Rapat digelar di Ende, pada hari Senin.", date(2022, 9, 15), date(2022, 9, 12)),
    ("Bupati membuka pameran di Ende, Jumat malam.", date(2022, 9, 15), date(2022, 9, 9)),
    ("Rapat digelar di Ende, Rabu.", None, None),                    # no publication date to count back from
    ("Rapat digelar Rabu di Ende.", date(2022, 9, 15), None),        # the weekday does not close the sentence
    ("Rapat digelar di Ende, Rabu (14/9).", date(2022, 9, 15), None),  # a written date is the date stage's
    # between commas before the clause goes on, as wire stories write it; not before a date, nor after a stray comma
    ("Kementerian menggelar rakor di Hotel Bidakara, Jakarta, Selasa, yang dibuka menteri.", date(2023, 3, 14),
     date(2023, 3, 14)),
    ("Rapat digelar di Ende, Selasa, 14 Maret 2023.", date(2023, 3, 15), None),
    ("Trump menolak berkomentar.,,,Pada Senin, surat kabar melaporkan hal itu.", date(2019, 9, 17), None),
    # "pada" dates it without a comma, and a span of weekdays ends on the later one
    ("Kongres berlangsung di kota Mataram (NTB) pada Minggu dini hari.", date(2016, 8, 29), date(2016, 8, 28)),
    ("Alumni 212 menggelar Kongres Nasional pada Kamis hingga Jumat.", date(2017, 12, 2), date(2017, 11, 30)),
    # ... or after a closing quote
    ('Kominfo menggelar webinar bertajuk "Siap Beralih ke TV Digital" pada Rabu.', date(2021, 8, 26),
     date(2021, 8, 25)),
    # a plan's weekday is a day to come, no day of the past
    ("Rapat paripurna DPR akan digelar di Gedung DPR pada Jumat.", date(2018, 5, 23), None),
    ("Pelantikan gubernur terpilih dijadwalkan di Gedung Sate pada Senin.", date(2018, 5, 23), None),
    # the day a statement was made is no event's
    ("Geely memimpin investasi, perusahaan mengatakan dalam sebuah pernyataan pada hari Senin.", date(2019, 9, 10),
     None),
])
def test_a_weekday_closing_a_sentence(sentence: str, published: date | None, expected: date | None) -> None:
    found = closing_weekday(sentence, (0, len(sentence)), published)
    assert (found.first if found else None) == expected


@pytest.mark.parametrize(("sentence", "published", "first", "last"), [
    ("Alumni 212 menggelar Kongres Nasional pada Kamis hingga Jumat.", date(2017, 12, 2), date(2017, 11, 30),
     date(2017, 12, 1)),
    # a span that runs on past the day of publication begins on its first weekday's last day before it
    ("Festival Danau Toba berlangsung di Parapat pada Jumat hingga Minggu.", date(2018, 5, 26), date(2018, 5, 25),
     date(2018, 5, 27)),
])
def test_a_span_of_weekdays_closing_a_sentence(sentence: str, published: date, first: date, last: date) -> None:
    found = closing_weekday(sentence, (0, len(sentence)), published)
    assert found is not None and (found.first, found.last) == (first, last)


WIRE_STYLE = ("Pemerintah Kota Kupang dan Pemerintah Kota Darwin menandatangani nota kesepahaman kerja sama "
              "pendidikan di Kupang, Rabu. Penandatanganan dilakukan Wali Kota Kupang dan Wali Kota Darwin.")


def test_a_wire_story_dates_its_event_by_the_closing_weekday(rules_nlp: Language) -> None:
    (event,) = extract(rules_nlp, WIRE_STYLE, "t", "test", published=date(2022, 9, 15), title_line=False).events
    assert event.when is not None and (event.when.start, event.when.text) == ("2022-09-14", "Rabu")


# The lead names no day; a quote said at the event ("saat peresmian") closes with its weekday.
WIRE_QUOTE = ("Penjabat Wali Kota Kupang Yohanis Letelay meresmikan Mal Pelayanan Publik Kota Kupang di Gedung "
              "Sasando. Gedung itu menghimpun layanan dari 46 instansi.\n\"Semua layanan ada di gedung ini,\" kata "
              "Yohanis saat peresmian di Kupang, Rabu.")


def test_a_quote_said_at_the_event_dates_it_by_its_closing_weekday(rules_nlp: Language) -> None:
    (event,) = extract(rules_nlp, WIRE_QUOTE, "t", "test", published=date(2023, 5, 24), title_line=False).events
    assert event.when is not None and (event.when.start, event.when.text) == ("2023-05-24", "Rabu")


LIVE_REPORT = ("Majelis Permusyawaratan Rakyat menggelar sidang tahunan di Gedung Nusantara, Jakarta. Hingga "
               "dimulainya sidang sekitar pukul 09.00 WIB, Presiden dan Wakil Presiden sudah hadir. Sidang tahunan "
               "tahun 2017 itu dihadiri 600 anggota MPR.")


@pytest.mark.parametrize(("published", "day"), [(date(2017, 8, 16), "2017-08-16"), (None, None)])
def test_a_story_naming_only_its_clock_time_reports_its_publication_day(rules_nlp: Language, published: date | None,
                                                                         day: str | None) -> None:
    (event,) = extract(rules_nlp, LIVE_REPORT, "t", "test", published=published, title_line=False).events
    assert (event.when.start if event.when else None) == day


ON_SITE = ("Ketua Umum Partai Gerindra Prabowo Subianto turut memperingati HUT ke-72 Republik Indonesia. Tahun ini "
           "Prabowo menghadiri upacara bendera di Universitas Bung Karno, Jakarta Pusat.\n\nPantauan kumparan di "
           "lokasi, Kamis (17/8), Prabowo tiba di Universitas Bung Karno pada pukul 09.40 WIB. Teks Proklamasi 17 "
           "Agustus 1945 diperdengarkan dari rekaman suara asli Bung Karno.")


def test_a_story_dates_its_event_by_the_reporters_look_at_the_scene(rules_nlp: Language) -> None:
    # no publication date: the year is the 72nd anniversary's, not the Proclamation's (1945, whose weekday would
    # move the day to 1944)
    (event,) = extract(rules_nlp, ON_SITE, "t", "test", published=None, title_line=False).events
    assert event.when is not None and (event.when.start, event.when.text) == ("2017-08-17", "Kamis (17/8)")


SECOND_EVENT = ("Presiden Joko Widodo menghadiri upacara peringatan Hari Guru Nasional di Stadion Patriot, Bekasi, "
                "Sabtu (2/12/2017). Jokowi berpidato di depan ribuan guru dalam upacara itu.\n\nSementara itu, Alumni "
                "212 menggelar Kongres Nasional di Jakarta pada Kamis hingga Jumat. Ketua Presidium Alumni 212 Slamet "
                "Maarif memimpin kongres itu.")


def test_a_second_event_is_dated_by_the_weekdays_closing_its_sentence(rules_nlp: Language) -> None:
    events = extract(rules_nlp, SECOND_EVENT, "t", "test", published=date(2017, 12, 2), title_line=False).events
    assert [(e.when.start, e.when.end) if e.when else None for e in events] == [
        ("2017-12-02", "2017-12-02"), ("2017-11-30", "2017-12-01")]


@pytest.mark.parametrize(("sentences", "published", "expected"), [
    (["Prabowo menghadiri upacara itu.", "Pantauan kumparan (kumparan.com) di lokasi, Kamis (17/8), Prabowo tiba pukul "
      "09.40 WIB."], date(2017, 8, 18), date(2017, 8, 17)),
    (["Imam datang ke kantornya.", "Pantauan,Kamis (19/9/2019), Imam tiba pukul 12.15 WIB."], None, date(2019, 9, 19)),
    # not opening the sentence, or the day too far on: no reporter's look at the scene that day
    (["Menurut pantauan warga, Kamis (17/8), jalan itu macet."], date(2017, 8, 18), None),
    (["Pantauan di lokasi menunjukkan jalan itu macet sejak pagi hingga sore hari dan warga terus berdatangan ke "
      "lapangan, Kamis (17/8)."], date(2017, 8, 18), None),
])
def test_the_day_of_a_look_at_the_scene(sentences: list[str], published: date | None, expected: date | None) -> None:
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    found = on_site_report_day(text, spans, find_dates(text, published))
    assert (found.first if found else None) == expected, found

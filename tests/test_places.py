"""Place phrases after a place preposition: what is a place of the event and what only stands where one could."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.events.places import _place_phrases


@pytest.mark.parametrize(("text", "expected"), [
    ("Rapat digelar di Hotel Claro Makassar, Sulawesi Selatan, Selasa (14/3/2023).",
     ["Hotel Claro Makassar", "Makassar", "Sulawesi Selatan"]),
    # an event's name after "di" is no place; the places chained after it are
    ("Jokowi bertemu Turnbull di KTT G20, Hamburg, Jerman.", ["Hamburg", "Jerman"]),
    ("Ia berpidato di Rapat Koordinasi Nasional di kantor DPP Jalan Talang Jakarta.",
     ["kantor DPP Jalan Talang Jakarta", "Jakarta"]),
    # a street is named after a city without being in it; its number does not end the chain of places
    ("Megawati meresmikan kantor itu di Jalan Cianjur nomor 4, Menteng, Jakarta Pusat. Acara dimulai siang.",
     ["Jalan Cianjur", "Menteng", "Jakarta Pusat"]),
    # "di kantornya, Gedung ...": a venue noun before the names
    ("Luhut menggelar rapat di kantornya, Gedung BPPT, Kawasan Thamrin, Jakarta Pusat, Selasa (9/5).",
     ["Gedung BPPT", "Kawasan Thamrin", "Jakarta Pusat"]),
    # a law, a budget or a decree after "di" is no place
    ("PAN menyampaikan dukungan terhadap usulan pemerintah di RUU Pemilu.", []),
    # "se-" a region: the event gathered that region's people; the region must be one the gazetteer knows
    ("Para guru se-Kota Kupang, Nusa Tenggara Timur, mengikuti pelatihan menulis.",
     ["Kota Kupang", "Kupang", "Nusa Tenggara Timur"]),
    ("Juara se-Asia Raya itu mengikuti pelatihan menulis.", []),
    # a lower-case venue noun right before a name is part of the venue's name, not before a region ...
    ("Wali kota meninjau proyek di gerbang tol Kupang Barat, Kupang, Senin.", ["gerbang tol Kupang Barat", "Kupang"]),
    ("Rapat digelar di kawasan Menteng, Jakarta Pusat.", ["kawasan Menteng", "Jakarta Pusat"]),
    ("Rapat digelar di kawasan Jakarta Pusat.", ["Jakarta Pusat"]),
    # ... and a noun that only says where near it ("di depan") stays out of the name
    ("Massa berkumpul di depan Istana Merdeka, Jakarta.", ["Istana Merdeka", "Jakarta"]),
    # "ke" after a verb that moves the event names its new place; a bare "ke" is only a destination
    ("Festival musik itu berpindah tempat lagi ke Stadion Mandala, Kupang.", ["Stadion Mandala", "Kupang"]),
    ("Konser itu dipindahkan ke Lapangan Merdeka, Medan.", ["Lapangan Merdeka", "Medan"]),
    ("Usai festival, para penonton kembali ke Stadion Mandala.", []),
])
def test_place_phrases(text: str, expected: list[str]) -> None:
    assert [phrase for phrase, _ in _place_phrases(text, 0, len(text))] == expected


def test_a_visits_destination_is_its_place() -> None:
    text = "Kehadiran Agus Harimurti Yudhoyono ke Istana Negara menemui Presiden dinilai positif."
    assert [p for p, _ in _place_phrases(text, 0, len(text))] == []   # "ke X" is a destination, not a place ...
    assert [p for p, _ in _place_phrases(text, 0, len(text), destination=True)] == ["Istana Negara"]   # ... of a visit


_LEAD = "Kemenko Maritim terus berupaya menyelesaikan masalah lahan bandara baru di Kulon Progo.\n\n"
_EVENT = ("Hal tersebut diungkapkan oleh Deputi Kemenko Maritim, Ridwan Djamaludin, usai memimpin Rapat Koordinasi "
          "Pelayaran Selatan bersama tujuh perwakilan kabupaten.\n\n")
_QUOTE = ("\u201cTadi tim kita meninjau ke sana. Masalahnya belum selesai. Kita akan undang pihak terkait,\u201d "
          "ujarnya di Hotel Ciputra, Semarang, Selasa (10/10).")


@pytest.mark.parametrize(("text", "places"), [
    # the event named in one paragraph, where its leader spoke in the attribution of the next
    (_LEAD + _EVENT + _QUOTE, ["Hotel Ciputra", "Semarang"]),
    # an attribution two paragraphs on may be about something else
    (_LEAD + _EVENT + "Bandara itu akan beroperasi pada 2019.\n\n" + _QUOTE, []),
])
def test_where_a_participant_spoke_after_the_event(nlp: Language, text: str, places: list[str]) -> None:
    from pipeline.events import assemble

    assert [p.name for record in assemble(nlp(text)) for p in record.where] == places


def test_the_datelines_province_is_the_parent_of_the_events_city(nlp: Language) -> None:
    from pipeline.extract import extract

    text = ("Magelang, Jawa Tengah (ANTARA News) - Kepala Staf Angkatan Darat Jenderal TNI Mulyono meresmikan "
            "prasasti tulisan tangan Soekarno di Akademi Militer Magelang, Sabtu. Peresmian itu dihadiri ratusan "
            "taruna.")
    places = [p.name for p in extract(nlp, text, "t", title_line=False).events[0].where]
    assert "Magelang" in places and "Jawa Tengah" in places
    assert "Akademi Militer Magelang" in places   # an institution named with its city stands there


def test_a_body_of_the_city_is_no_place(nlp: Language) -> None:
    from pipeline.extract import extract

    text = ("Gubernur DKI Jakarta Anies Baswedan melakukan kunjungan kerja ke Pemerintah Kota Bogor, Jawa Barat, "
            "Senin (12/2/2018), untuk berkoordinasi dengan Wali Kota Bogor Bima Arya soal banjir.")
    places = [p.name for r in extract(nlp, text, "t", title_line=False).events for p in r.where]
    assert "Pemerintah Kota Bogor" not in places


@pytest.mark.parametrize(("text", "venue"), [
    ("Ketua MPR menghadiri acara peresmian gedung Grha Suara Muhammadiyah, di Yogyakarta, Minggu (25/2/2018). "
     "Acara itu dihadiri ratusan warga.", "Grha Suara Muhammadiyah"),
    ("Presiden Joko Widodo meresmikan SMA Negeri Taruna Nala Jawa Timur di Kota Malang, Sabtu (3/6/2017). "
     "Peresmian itu dihadiri Gubernur Jawa Timur Soekarwo.", "SMA Negeri Taruna Nala Jawa Timur"),
])
def test_the_building_a_ceremony_inaugurates_is_its_place(nlp: Language, text: str, venue: str) -> None:
    from pipeline.extract import extract

    assert venue in [p.name for p in extract(nlp, text, "t", title_line=False).events[0].where]


def test_a_place_dated_apart_from_the_event_is_not_its_place(nlp: Language) -> None:
    from pipeline.extract import extract

    text = ("Ajakan Prabowo Subianto kepada Presiden Joko Widodo untuk naik kuda di Hambalang, Bogor, pada Senin "
            "(31/10/2016), disinggung Jokowi ketika membuka Kongres XVII Muslimat Nahdlatul Ulama di Asrama Haji "
            "Pondok Gede, Jakarta Timur, Kamis (24/11/2016).")
    places = [p.name for p in extract(nlp, text, "t", title_line=False).events[0].where]
    assert "Hambalang" not in places and "Asrama Haji Pondok Gede" in places


@pytest.mark.parametrize(("text", "places"), [
    # the province that ends a venue's name right before its city is the city's parent, a place of the event
    ("Pelantikan pengurus baru koperasi digelar di Gedung Serbaguna Lampung, Bandarlampung, Selasa (5/9).",
     ["Gedung Serbaguna Lampung", "Bandarlampung", "Lampung"]),
    # a province that is not the city's is left alone
    ("Pelantikan pengurus baru koperasi digelar di Gedung Serbaguna Jawa Timur, Bandarlampung, Selasa (5/9).",
     ["Gedung Serbaguna Jawa Timur", "Bandarlampung"]),
    # IndoSum's spaced hyphen is joined in a venue's name
    ("Presiden meresmikan jalan tol di gerbang tol Kupang - Oesao, Kupang, Kamis (5/10).",
     ["gerbang tol Kupang-Oesao", "Kupang"]),
])
def test_places_of_a_venue_chain(nlp: Language, text: str, places: list[str]) -> None:
    from pipeline.events import assemble

    assert [p.name for record in assemble(nlp(text)) for p in record.where] == places


@pytest.mark.parametrize(("text", "places"), [
    # an event's name that opens with a city is that city's event
    ("Pembukaan Kupang Art Festival 2017 digelar Rabu (6/9/2017) dan dihadiri ratusan seniman.", ["Kupang"]),
    # common nouns between the trigger and the city
    ("Peresmian jalan tol Kupang - Oesao digelar Kamis (5/10/2017) dan dihadiri ratusan warga.", ["Kupang"]),
    # a word that only looks like the start of a name is no city
    ("Pembukaan Pekan Seni Pelajar 2017 digelar Rabu (6/9/2017) dan dihadiri ratusan seniman.", []),
])
def test_a_city_that_opens_the_events_name(nlp: Language, text: str, places: list[str]) -> None:
    from pipeline.events import assemble

    assert [p.name for record in assemble(nlp(text)) for p in record.where] == places


@pytest.mark.parametrize(("text", "places"), [
    # the city after the event's short form, where a visitor spoke at it, is the event's
    ("Pameran Kerajinan Nusantara 2017 (PKN 2017) dibuka Senin (11/9/2017) dan diikuti 300 perajin.\n\n"
     "\u201cSaya senang sekali,\u201d ungkap Rina di PKN 2017, Kupang, Senin (11/9/2017).", ["Kupang"]),
    # without "di" before the name the city is where something else happened
    ("Pameran Kerajinan Nusantara 2017 (PKN 2017) dibuka Senin (11/9/2017) dan diikuti 300 perajin.\n\n"
     "Sebelum PKN 2017, Kupang menggelar lomba tenun.", []),
])
def test_the_city_after_the_events_name(nlp: Language, text: str, places: list[str]) -> None:
    from pipeline.events import assemble

    assert [p.name for record in assemble(nlp(text)) if record.primary for p in record.where] == places

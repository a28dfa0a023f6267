"""Where an event is: where a visit went (a visit verb's object, the country a foreign guest visits) and a region
that ends the event's name."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from pipeline.events import assemble
from pipeline.events.places import _place_phrases
from pipeline.extract import extract


def _primary_places(nlp: Language, text: str) -> list[str]:
    """The place names of the primary record of ``text`` ([] when it has none)."""
    return [p.name for record in assemble(nlp(text))[:1] for p in record.where]


@pytest.mark.parametrize(("text", "destination", "expected"), [
    # a visit verb's object that is a region is where the visit went ...
    ("Menteri Perdagangan dijadwalkan mengunjungi Fiji pada Rabu (7/3/2018).", True, ["Fiji"]),
    ("Bupati Sikka akan menyambangi Kota Kupang pekan depan.", True, ["Kota Kupang", "Kupang"]),
    # ... not a person or a building someone visits, and only for a visit
    ("Petugas kedutaan dua kali mengunjungi Hendra di penjara kota itu.", True, []),
    ("Wisatawan ramai mengunjungi Museum Bahari setiap akhir pekan.", True, []),
    ("Menteri Perdagangan dijadwalkan mengunjungi Fiji pada Rabu (7/3/2018).", False, []),
])
def test_the_object_of_a_visit_verb(text: str, destination: bool, expected: list[str]) -> None:
    assert [p for p, _ in _place_phrases(text, 0, len(text), destination)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a host's own room, then the city
    ("Gubernur menerima Duta Besar Jepang di ruang kerjanya, Kupang, Rabu (11/1/2023).", ["Kupang"]),
    ("Bupati menjamu tamunya di rumah dinasnya, Maumere, Jumat (3/2/2023).", ["Maumere"]),
    ("Wali kota menerima rombongan di ruang kerja Wali Kota Kupang, Rabu (11/1/2023).",
     ["ruang kerja Wali Kota Kupang", "Kota Kupang"]),
])
def test_a_hosts_room_then_the_city(text: str, expected: list[str]) -> None:
    assert [p for p, _ in _place_phrases(text, 0, len(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a regency's short bare name after its secretariat ends a venue named after the office, and is the regency
    ("FGD digelar di Ruang Penjawi Setda Pati, Selasa (21/9/2021).", ["Ruang Penjawi Setda Pati", "Pati"]),
    # a place in a clause of what someone wants done is none of the event's; one of a gathering wished for is
    ("Daniel meminta agar pengawasan komoditas pertanian di Pelabuhan Bakauheni diperketat.", []),
    ("Mereka mengantar undangan agar beliau hadir dalam acara Musyawarah Besar di Medan.", ["Medan"]),
])
def test_a_regency_office_and_a_wished_clause(text: str, expected: list[str]) -> None:
    assert [p for p, _ in _place_phrases(text, 0, len(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region's noun in lower case, then the region: the region is the place, as after "Kota"
    ("Kongres ke-15 itu berlangsung di kota Mataram, Nusa Tenggara Barat, pada Minggu dini hari.",
     ["Mataram", "Nusa Tenggara Barat"]),
    ("Pelatihan digelar di kecamatan Lasusua, Kolaka Utara, Kamis (5/9/2019).", ["Lasusua", "Kolaka Utara"]),
])
def test_a_region_after_its_noun(text: str, expected: list[str]) -> None:
    assert [p for p, _ in _place_phrases(text, 0, len(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a known region with its short form in brackets is that region; a venue keeps its bracket
    ("Rapat digelar di Mataram, Nusa Tenggara Barat (NTB), Minggu (28/8/2016).", ["Mataram", "Nusa Tenggara Barat"]),
    ("Pameran digelar di Jakarta Convention Center (JCC), Senayan.", ["Jakarta Convention Center (JCC)", "Senayan"]),
    # the chain of places goes on after the bracket; a bracket that is no short form is left as it is
    ("Pelatihan digelar di Kabupaten Ogan Komering Ulu (OKU), Sumatera Selatan, Kamis (5/9/2019).",
     ["Kabupaten Ogan Komering Ulu", "Sumatera Selatan"]),
    ("Rapat digelar di Bandung (Jawa Barat), Kamis (5/9/2019).", ["Bandung (Jawa Barat)"]),
])
def test_a_region_with_its_short_form(text: str, expected: list[str]) -> None:
    assert [p for p, _ in _place_phrases(text, 0, len(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an online event's host and where it was opened from
    ("Gubernur membuka rapat koordinasi secara virtual dari Gedung Sasando, Kupang, Selasa (5/3/2024).",
     ["Gedung Sasando", "Kupang"]),
    ("Bupati mengikuti rapat secara daring dari ruang kerjanya, Maumere, Senin (4/3/2024).", ["Maumere"]),
    ("Gubernur memimpin rapat melalui video conference dari Istana Isen Mulang, Kamis (13/1/2022).",
     ["Istana Isen Mulang"]),
    # ... but not where participants came from, nor the region whose officials joined from afar
    ("Peserta dari Kupang mengikuti rapat secara daring.", []),
    ("Gubernur memimpin rapat bersama bupati se-Kalimantan Tengah melalui video conference.", []),
    ("Musrenbang dihadiri camat se-Kota Singkawang.", ["Kota Singkawang", "Singkawang"]),
])
def test_where_an_online_event_was_hosted(text: str, expected: list[str]) -> None:
    assert [p for p, _ in _place_phrases(text, 0, len(text))] == expected


def test_the_region_of_those_who_joined_an_online_meeting_in_a_later_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Wali Kota Pekalongan Achmad Afzan Arslan Djunaid mengikuti rapat koordinasi penanganan Covid-19 secara "
            "virtual melalui Zoom Meeting, Selasa (16/2/2021). Rapat diikuti oleh 35 bupati dan wali kota se-Jawa "
            "Tengah.")
    assert "Jawa Tengah" not in _primary_places(nlp, text)


@pytest.mark.parametrize(("text", "places"), [
    # a foreign guest's visit to Indonesia is there, though "di Indonesia" alone is no place of an event
    ("Perdana Menteri Fiji memulai kunjungan kenegaraan ke Indonesia pada Senin (5/3/2018) dan bertemu Presiden "
     "di Istana Bogor.", ["Istana Bogor", "Bogor", "Indonesia"]),
    ("Seminar ekspor kopi digelar di Indonesia pada Senin (5/3/2018) dan dihadiri ratusan petani.", []),
])
def test_indonesia_is_a_place_only_as_a_visits_destination(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [p.name for record in assemble(nlp(text)) for p in record.where] == places


def test_the_village_a_gathering_is_named_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Bupati Purbalingga Dyah Hayuning Pratiwi menghadiri Musrenbang Desa Karangsari, Senin (19/2/2018). "
            "Musrenbang diikuti sekitar 75 warga.")
    assert _primary_places(nlp, text) == ["Desa Karangsari"]


def test_where_a_visiting_party_was_received(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Rombongan Komisi I DPRD Kabupaten Lahat melakukan studi banding ke Pemerintah Kota Yogyakarta, Senin "
            "(29/10/2018). Rombongan yang dipimpin Ketua Komisi I Amrullah diterima Kepala Bagian Tata Pemerintahan "
            "Sukamto di Ruang Rapat Bima Balai Kota Yogyakarta.")
    assert _primary_places(nlp, text)[:1] == ["Ruang Rapat Bima Balai Kota Yogyakarta"]


@pytest.mark.parametrize(("text", "places"), [
    # a region that ends the event's name is where it is held ...
    ("Rapat Pleno Pengurus Daerah Koperasi Nelayan Sikka digelar Senin (6/3/2023) dan dihadiri puluhan anggota.",
     ["Sikka"]),
    ("Pembukaan Pekan Budaya Pelajar XII 2023 Nusa Tenggara Timur digelar Senin (6/3/2023) dan dihadiri ribuan "
     "pelajar.", ["Nusa Tenggara Timur"]),
    # ... not the region whose government or officer takes part
    ("Rapat koordinasi dengan TNI dan Pemerintah Provinsi Nusa Tenggara Timur digelar Senin (6/3/2023) dan dihadiri "
     "puluhan pejabat.", []),
    # a "Kabupaten" or "Kota" inside the name: the regency of the event ...
    ("Rapat koordinasi penanganan stunting Kabupaten Sikka digelar Senin (6/3/2023) dan dihadiri puluhan camat.",
     ["Sikka"]),
    # ... not that of the body that visits
    ("Wali Kota Kupang Yosef Lomi menerima kunjungan kerja Komisi II DPRD Kabupaten Sikka di ruang rapat Wali Kota, "
     "Senin (6/3/2023).", ["ruang rapat Wali Kota"]),
])
def test_a_region_that_ends_the_events_name(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _primary_places(nlp, text) == places


@pytest.mark.parametrize(("text", "places"), [
    # a city, then the name of the holder of a post there, is the city ...
    ("Rapat koordinasi digelar Senin (6/3/2023) dan dihadiri Konsul Jenderal Filipina di Manado Yakobus Lakapu.",
     ["Manado"]),
    # ... but a place named after a person stays whole
    ("Rapat koordinasi digelar di Jalan Jenderal Yakobus Lakapu, Maumere, Senin (6/3/2023).",
     ["Jalan Jenderal Yakobus Lakapu", "Maumere"]),
])
def test_a_place_ends_where_its_holders_name_begins(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _primary_places(nlp, text) == places


@pytest.mark.parametrize(("text", "places"), [
    # the city of a guest's post is no place of the event when the story names another ...
    ("Bupati Sikka menerima kunjungan Konsul Jenderal Jepang di Denpasar Yakobus Lakapu di Kantor Bupati Sikka, "
     "Maumere, Selasa (7/6/2022).", ["Kantor Bupati Sikka", "Maumere", "Sikka"]),
    # ... and it is one when the story names none
    ("Rapat koordinasi digelar Senin (6/3/2023) dan dihadiri Konsul Jenderal Filipina di Manado Yakobus Lakapu.",
     ["Manado"]),
])
def test_the_city_of_a_guests_post(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _primary_places(nlp, text) == places


@pytest.mark.parametrize(("text", "places"), [
    # a building and the area it stands in are two places, as the annotators list them; the street right after it is
    # its address, which they list among the venue's aliases (nine devgold and development events) ...
    ("Rapat koordinasi digelar di Gedung Serbaguna, Kawasan Pelabuhan Tenau, Kupang, Senin (6/3/2023) dan dihadiri "
     "puluhan pejabat.", ["Gedung Serbaguna", "Kawasan Pelabuhan Tenau", "Kupang"]),
    ("Seminar digelar di Balai Kota, Jalan Sudirman, Kupang, Senin (6/3/2023) dan dihadiri puluhan guru.",
     ["Balai Kota", "Kupang"]),
    # ... a room and its building are one
    ("Rapat koordinasi digelar di Ruang Garuda, Gedung Sasando, Kupang, Senin (6/3/2023) dan dihadiri puluhan "
     "pejabat.", ["Ruang Garuda, Gedung Sasando", "Kupang"]),
    # ... not a room and the complex around its building
    ("Rapat koordinasi digelar di Ruang Garuda, Kompleks Kantor Gubernur, Kupang, Senin (6/3/2023) dan dihadiri "
     "puluhan pejabat.", ["Ruang Garuda", "Kompleks Kantor Gubernur", "Kupang"]),
    # a range of days after the chain ends it, as one day does
    ("Rapat koordinasi digelar di Gedung Serbaguna, Kupang, Selasa-Rabu (7-8/3/2023) dan dihadiri puluhan pejabat.",
     ["Gedung Serbaguna", "Kupang"]),
])
def test_comma_chained_venues(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _primary_places(nlp, text) == places


@pytest.mark.parametrize(("text", "places"), [
    # the bank of a river is a venue noun before its name
    ("Menteri itu meresmikan Pencanangan Aksi Gerakan Sungai Bersih di tepi Sungai Cipakancilan, Desa Cilebut Timur, "
     "Kabupaten Bogor, Kamis (19/9/19).", ["Sungai Cipakancilan", "Desa Cilebut Timur", "Bogor"]),
    # a venue and its town chained after the name of the event a participant spoke in
    ("Menteri Komunikasi dan Informatika Rudiantara membuka Regional Conference of Digital Diplomacy pada Selasa "
     '(10/9/2019). Konferensi itu dihadiri diplomat dari sepuluh negara.\n\n"Diplomat harus punya akun media sosial," '
     "ungkap Rudiantara dalam acara Regional Conference of Digital Diplomacy, Hotel Mulia, Jakarta, Selasa "
     "(10/9/2019).", ["Hotel Mulia", "Jakarta"]),
])
def test_places_chained_after_a_venue_noun_or_the_events_name(nlp, text: str,  # type: ignore[no-untyped-def]
                                                              places: list[str]) -> None:
    assert _primary_places(nlp, text) == places


@pytest.mark.parametrize(("text", "expected"), [
    # a date in brackets or a weekday after a place is no part of its name ("Pasar Minggu" is a place)
    ("Rapat digelar di Gedung Sasando, Kupang (19/5) dan dihadiri puluhan pejabat.", ["Gedung Sasando", "Kupang"]),
    ("Rapat digelar di Lapangan Kota Baru, Maumere Selasa (29/8) dan dihadiri warga.",
     ["Lapangan Kota Baru", "Maumere"]),
    ("Bazar digelar di Pasar Minggu, Jakarta Selatan.", ["Pasar Minggu", "Jakarta Selatan"]),
    # a known place, then the days without a date after them
    ("Pertemuan itu digelar di Jakarta Utara Rabu pagi.", ["Jakarta Utara"]),
    ("Festival itu digelar di Yogya Sabtu Minggu lalu.", ["Yogya"]),
    ("Bazar digelar di Pasar Minggu pagi ini.", ["Pasar Minggu"]),
])
def test_a_date_after_a_place_is_no_part_of_it(text: str, expected: list[str]) -> None:
    assert [p for p, _ in _place_phrases(text, 0, len(text))] == expected


def test_a_guests_post_is_no_place_of_a_visit_to_the_hosts_room(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Wali Kota Kupang Yohanes Lado menerima kunjungan Konsul Jenderal Jepang di Surabaya, Kenji Sato, di "
            "ruang kerjanya, Selasa (23/5/2017). Keduanya membahas kerja sama pendidikan.")
    assert _primary_places(nlp, text) == []


def test_the_datelines_town_is_a_place_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from pipeline.extract import extract

    text = ("Seminar Pers Digelar di Atambua\nATAMBUA, Pos Kupang - Persatuan Wartawan Indonesia (PWI) Kabupaten "
            "Belu menggelar seminar pers di Aula Gedung Betelalenok, Atambua, Kamis, 15 Juli 2021. Seminar diikuti "
            "120 peserta dari kalangan wartawan dan mahasiswa.\nBupati Belu, Taolin Agustinus, membuka seminar.\n")
    result = extract(nlp, text, "t", "test")
    assert [p.name for p in result.events[0].where] == ["Aula Gedung Betelalenok", "Atambua"]


@pytest.mark.parametrize(("text", "expected"), [
    # a room described in lower case, then whose room it is, is one venue ...
    ("Rapat digelar di ruang sidang utama DPRD Kota Kupang, Rabu (6/3/2019).",
     ["ruang sidang utama DPRD Kota Kupang", "Kota Kupang"]),
    ("Rapat digelar di ruang rapat Balai Kota, Gambir, Jakarta Pusat.",
     ["ruang rapat Balai Kota", "Gambir", "Jakarta Pusat"]),
    # ... not a noun followed by a pronoun and a name
    ("Ia hadir di kantor tersebut Ahmad mengatakan hal itu.", []),
])
def test_a_room_described_in_lower_case(text: str, expected: list[str]) -> None:
    assert [p for p, _ in _place_phrases(text, 0, len(text))] == expected


def test_a_meeting_in_a_meeting_room_keeps_its_trigger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Wali kota menerima para tokoh agama di ruang rapat Balai Kota, Kupang, Senin (6/3/2023)."
    records = assemble(nlp(text))
    assert records and [p.name for p in records[0].where] == ["ruang rapat Balai Kota", "Kupang"]


@pytest.mark.parametrize(("text", "places"), [
    ('Universitas Nusa Cendana menggelar webinar bertema "Ketahanan Pangan di Masa Pandemi" secara daring, '
     'Sabtu (20/6/2020). Webinar diikuti 500 peserta.', []),
    # a theme without quotes: a time after "di" is no place
    ("Dinas Kominfo menggelar seminar bertema Etika Media Online di Era Digital di Hotel Sasando Kupang, Selasa "
     "(8/8/2023). Seminar diikuti 150 wartawan.", ["Hotel Sasando Kupang", "Kupang"]),
])
def test_a_themes_words_name_no_place(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    records = assemble(nlp(text))
    assert records and [p.name for p in records[0].where] == places


@pytest.mark.parametrize(("text", "places"), [
    # a venue named without its town is in the town of the dateline ...
    ("PEKANBARU – Pemerintah Kabupaten Kampar dan Universitas Riau menandatangani nota kesepahaman kerja sama "
     "pendidikan di Aula Gedung Rektorat Universitas Riau, Kamis (9/11/2023). Penandatanganan dilakukan Bupati Kampar "
     "Kamsol dan Rektor Universitas Riau Sri Indarti.", ["Aula Gedung Rektorat Universitas Riau", "Pekanbaru"]),
    # ... not one whose name places it abroad
    ("JAKARTA – Menteri Luar Negeri Retno Marsudi menggelar pertemuan bilateral dengan Menteri Luar Negeri Korea "
     "Selatan Park Jin di Gedung Rumah Perdamaian DMZ Korea Selatan, Kamis (9/11/2023). Pertemuan membahas kerja sama "
     "ekonomi.", ["Gedung Rumah Perdamaian DMZ Korea Selatan"]),
])
def test_a_venue_without_its_town_is_in_the_dateline_s(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    events = extract(nlp, text, "t", title_line=False, published=date(2023, 11, 10)).events
    assert [p.name for p in events[0].where] == places


def test_the_units_chained_after_a_small_region_of_the_event_are_its_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Pemerintah Desa Sukarame, Kecamatan Cibeber, Kabupaten Cianjur menggelar Musyawarah Desa (Musdes) "
            "Penetapan APBDes 2022, Senin 10 Januari 2022 bertempat di Aula Balai Desa Sukarame. Musdes dihadiri "
            "sekitar 80 warga.")
    events = extract(nlp, text, "t", title_line=False, published=date(2022, 1, 11)).events
    assert [p.name for p in events[0].where] == ["Aula Balai Desa Sukarame", "Desa Sukarame", "Kecamatan Cibeber",
                                                 "Cianjur"]


@pytest.mark.parametrize(("text", "places"), [
    # where a participant spoke on another day than the event's is no place of the event
    ("Bupati Sikka Yohanes Bria membuka Rapat Koordinasi Pengendalian Inflasi, Senin (4/3/2024). \"Harga beras mulai "
     "turun,\" ujar Yohanes di Kantor Bupati Sikka, Maumere, Rabu (6/3/2024).", []),
    # ... on the event's day it is
    ("Bupati Sikka Yohanes Bria membuka Rapat Koordinasi Pengendalian Inflasi, Senin (4/3/2024). \"Harga beras mulai "
     "turun,\" ujar Yohanes di Kantor Bupati Sikka, Maumere, Senin (4/3/2024).", ["Kantor Bupati Sikka", "Maumere", "Sikka"]),
])
def test_where_a_participant_spoke_on_another_day(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    events = extract(nlp, text, "t", "test", published=date(2024, 3, 6)).events
    assert [p.name for p in events[0].where] == places


@pytest.mark.parametrize(("text", "places"), [
    # a platform, the homeland, an administrative noun alone: no place
    ("Bupati Sikka membuka Festival Maumere, Senin (4/3/2024), yang disiarkan langsung di Instagram.", []),
    ("Festival Maumere, festival tenun terbesar di Tanah Air, dibuka Bupati Sikka, Senin (4/3/2024).", []),
    # a related-story link a scraper left inside the paragraph
    ("Festival Maumere dibuka Bupati Sikka, Senin (4/3/2024). Ini festival tenun terbesar di Indonesia, Baca Juga:,,"
     "Nampaknya tenun ikat makin diminati.", []),
    ("Bupati Sikka membuka Festival Maumere di Aula Kantor Bupati Sikka, Senin (4/3/2024), yang diunggah di "
     "YouTube.", ["Aula Kantor Bupati Sikka", "Sikka"]),
])
def test_words_after_di_that_name_no_place(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _primary_places(nlp, text) == places


@pytest.mark.parametrize(("text", "places"), [
    # the province written right after the city, in a sentence that is not the event's
    ("Seminar Nasional Peternakan digelar di Manado, Kamis (10/11/2016), dan dihadiri 200 peternak.\n\n"
     "Menurut panitia, peternak dari luar Manado, Sulawesi Utara juga datang.", ["Manado", "Sulawesi Utara"]),
    # a province named only inside an office is no place of the event
    ("Seminar Nasional Peternakan digelar di Manado, Kamis (10/11/2016), dan dibuka Gubernur Sulawesi Utara "
     "Olly Dondokambey.", ["Manado"]),
])
def test_the_region_written_after_the_city_anywhere(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _primary_places(nlp, text) == places


def test_a_places_region_is_no_further_sign_of_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Boyolali, Jawa Tengah" says where Boyolali is, not once more that something happened there
    plain = "Presiden meresmikan pabrik perakitan mobil di Boyolali, Jumat (6/9/2019)."
    with_region = "Presiden meresmikan pabrik perakitan mobil di Boyolali, Jawa Tengah, Jumat (6/9/2019)."
    records = [assemble(nlp(text))[0] for text in (plain, with_region)]
    assert [p.name for p in records[1].where] == ["Boyolali", "Jawa Tengah"]
    assert records[0].confidence == records[1].confidence


@pytest.mark.parametrize(("text", "head"), [
    # a venue's or street's head word whose name the text cut off (at a date in it) is no place by itself
    ("Seminar Kesehatan Nasional digelar di Jl. 17 Agustus, Manado, Kamis (10/11/2016). Seminar itu dibuka Wali Kota "
     "Manado Vicky Lumentut dan dihadiri 200 dokter.", "Jl"),
    ("Rapat Kerja Nasional digelar di Universitas 17 Agustus 1945, Surabaya, Sabtu (22/7/2017). Rapat itu dibuka "
     "Rektor Budi Santoso dan dihadiri 50 dosen.", "Universitas"),
])
def test_a_bare_head_word_is_no_place(nlp, text: str, head: str) -> None:  # type: ignore[no-untyped-def]
    records = assemble(nlp(text))
    assert records and head not in [p.name for p in records[0].where]


_RAKERDA = ("Wakil Gubernur Sulawesi Tengah Rusli Baco Dg Palabbi hadir di Rapat Kerja Daerah (Rakerda) Partai Golkar di "
            "Palu, Sulawesi Tengah. Dalam rakerda itu, Rusli duduk di barisan depan bersama sejumlah elite Golkar.\n\n"
            "Di sela-sela rakerda, Rusli mengaku mendapat dukungan dari para kader.\n\n"
            "\"Kami solid,\" ujar Rusli di Hotel Santika, {town}, Senin (21/8/2017).")


@pytest.mark.parametrize(("town", "places"), [
    # where a participant spoke that day, in the event's own town, after a paragraph about the event: its venue
    ("Palu, Sulawesi Tengah", ["Hotel Santika", "Palu", "Sulawesi Tengah"]),
    # ... across an abbreviated street ("Jl. Moh. Hatta")
    ("Jl. Moh. Hatta, Palu", ["Hotel Santika", "Palu", "Sulawesi Tengah"]),
    # ... not a venue in another town
    ("Makassar, Sulawesi Selatan", ["Palu", "Sulawesi Tengah"]),
])
def test_a_venue_where_someone_spoke_in_the_event_s_town(nlp, town: str,  # type: ignore[no-untyped-def]
                                                         places: list[str]) -> None:
    events = extract(nlp, _RAKERDA.format(town=town), "t", title_line=False, published=date(2017, 8, 22)).events
    assert [p.name for p in events[0].where] == places


@pytest.mark.parametrize(("text", "places"), [
    # a room's, a floor's, a hall's or a terminal's number is part of the venue's name, where a name goes on after it
    ("Penandatanganan nota kesepahaman itu dilakukan Wali Kota Madiun Maidi dan Rektor Unair Mohammad Nasih di "
     "Ruang 13 Balai Kota Madiun, Selasa (7/3/2023).", ["Ruang 13 Balai Kota Madiun", "Madiun"]),
    ("Rapat koordinasi digelar di Aula Lantai 3 Kantor Bupati Sleman, Kamis (16/11/2023) dan dihadiri puluhan "
     "pejabat.", ["Aula Lantai 3 Kantor Bupati Sleman", "Sleman"]),
    ("Pameran buku itu digelar di Hall 5 ICE BSD, Tangerang, Rabu (16/8/2017) dan dihadiri ribuan pengunjung.",
     ["Hall 5 ICE BSD", "Tangerang"]),
    # ... the floor written short, with its period or without ("Lt. 3"): the period ends no sentence
    ("Rapat koordinasi digelar di Ruang Rapat Lt. 3 Kantor Bupati Sleman, Kamis (16/11/2023) dan dihadiri puluhan "
     "pejabat.", ["Ruang Rapat Lt. 3 Kantor Bupati Sleman", "Sleman"]),
    ("Rapat koordinasi digelar di Aula Lt 2 Kantor Bupati Sleman, Kamis (16/11/2023) dan dihadiri puluhan "
     "pejabat.", ["Aula Lt 2 Kantor Bupati Sleman", "Sleman"]),
])
def test_a_venues_number_is_part_of_its_name(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _primary_places(nlp, text) == places


@pytest.mark.parametrize(("text", "places"), [
    # a city and its own province written without a comma are two places
    ("Seminar nasional digelar di Denpasar Bali, Sabtu (14/9/2019), dan dibuka Gubernur Bali Wayan Koster.",
     ["Denpasar", "Bali"]),
    ("Rapat koordinasi digelar di Mataram NTB, Sabtu (14/9/2019), dan dipimpin Gubernur Zulkieflimansyah.",
     ["Mataram", "NTB"]),
    # a weekday after a place, a part of the day or a bare day number after it, is no part of the place
    ("Upacara peringatan digelar di Kutama Minggu malam (15/9/2019) dan dihadiri Presiden Emmerson Mnangagwa.",
     ["Kutama"]),
    ("Festival budaya digelar di Komplek Kepatihan Yogya Senin 16 September 2019 dan dibuka Sultan.",
     ["Komplek Kepatihan Yogya", "Yogya"]),
    # ... and a place named after a weekday stays whole
    ("Rapat digelar di Pasar Minggu, Jakarta Selatan, Sabtu (14/9/2019), dan dipimpin Camat Agus Salim.",
     ["Pasar Minggu", "Jakarta Selatan"]),
])
def test_places_written_without_their_comma(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _primary_places(nlp, text) == places


@pytest.mark.parametrize(("text", "places"), [
    # a hospital named after a doctor keeps the title and the name; its city is a place too
    ("Komisi IV DPRD melakukan kunjungan kerja ke RSUD dr. Soedarso Pontianak, Selasa (20/9/2022).",
     ["RSUD dr. Soedarso Pontianak", "Pontianak"]),
    ("Rapat koordinasi digelar di Rumah Sakit Umum Daerah dr. Soegiri, Lamongan, Selasa (20/9/2022).",
     ["Rumah Sakit Umum Daerah dr. Soegiri", "Lamongan"]),
    # ... and so does a building named by two bodies joined by a slash, the places chained after it kept
    ("Komisi III DPR menggelar rapat kerja di Gedung DPR/MPR, Senayan, Jakarta, Selasa (17/9/2019).",
     ["Gedung DPR/MPR", "Senayan", "Jakarta"]),
])
def test_a_place_named_after_a_doctor_or_two_bodies(nlp, text: str, places: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _primary_places(nlp, text) == places


def test_a_visits_name_runs_on_over_a_doctors_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Komisi IV DPRD melakukan kunjungan kerja ke RSUD dr. Soedarso Pontianak, Selasa (20/9/2022)."
    assert [r.name for r in assemble(nlp(text))] == ["kunjungan kerja ke RSUD dr. Soedarso Pontianak"]


def test_the_sentence_that_dates_an_event_by_its_name_gives_its_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # "... menjelang pelaksanaan Kongres PSSI di Makassar Sulawesi Selatan pada 17 Oktober 2016": the event, undated
    # where its word stands, is dated by its name written again beside a day; that sentence is its own
    text = ("Ketua panitia Budi Santoso menyatakan panitia harus menjamin Festival Danau Poso berlangsung aman.\n\n"
            "\"Festival Danau Poso akan menjadi titik awal kebangkitan pariwisata,\" kata Budi melalui keterangan "
            "tertulis di Jakarta, Rabu.\n\nPernyataan Budi itu terkait menjelang pelaksanaan Festival Danau Poso di "
            "Tentena, Sulawesi Tengah pada 17 Oktober 2016.\n\nBudi berharap Festival Danau Poso berjalan lancar.")
    events = extract(nlp, text, "t", published=None).events
    assert events[0].when is not None and events[0].when.start == "2016-10-17"
    assert {"Tentena", "Sulawesi Tengah"} <= {p.name for p in events[0].where}
    # ... and where a press release was issued ("melalui keterangan tertulis di Jakarta") is no place of it
    assert "Jakarta" not in {p.name for p in events[0].where}


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence right after the event's that states where it was held gives the venue its sentence lacked
    ("Gerakan Nasional 1.000 Startup Digital menggelar acara Ignition di Bandung, Minggu (15/9/2019). Bertempat di "
     "aula Universitas Padjadjaran Bandung, sekitar seribu peserta berdatangan dari berbagai daerah.",
     ["aula Universitas Padjadjaran Bandung", "Bandung"]),
    # ... not a place stated for something else further on
    ("Dinas Koperasi menggelar pelatihan UMKM di Kupang, Senin (4/9/2023). Pelatihan diikuti 40 peserta. Peserta "
     "belajar memasarkan produk. Pabrik mitra mereka berlokasi di Kawasan Industri Bolok.", ["Kupang"]),
])
def test_a_venue_stated_right_after_the_event(nlp: Language, text: str, expected: list[str]) -> None:
    assert _primary_places(nlp, text) == expected


@pytest.mark.parametrize(("text", "where"), [
    # a host city named in the hosts' clause is where the event is; the dateline before it is not that mention
    ("KUPANG – Kota Kupang akan menjadi tuan rumah Rapat Kerja Nasional Apeksi XVI pada 17-19 Mei 2023.",
     [("Kupang", "Kota Kupang")]),
    ("Kota Kupang akan menjadi tuan rumah Rapat Kerja Nasional Apeksi XVI pada 17-19 Mei 2023.",
     [("Kupang", "Kota Kupang")]),
])
def test_the_host_city(nlp: Language, text: str, where: list[tuple[str, str]]) -> None:
    events = extract(nlp, text, "t", title_line=False, published=date(2023, 3, 14)).events
    assert [(p.name, p.text) for p in events[0].where] == where


@pytest.mark.parametrize(("text", "venues"), [
    # the building a ceremony inaugurates, named right after its trigger, or after a venue noun and a few lower-case
    # words that say which of its buildings
    ("Ketua Umum PP Muhammadiyah meresmikan Grha Suara Muhammadiyah di Yogyakarta, Senin (10/4/2023).",
     ["Grha Suara Muhammadiyah"]),
    ("Gubernur NTT meresmikan gedung rawat inap baru RSUD Kefamenanu, Selasa (11/4/2023).", ["RSUD Kefamenanu"]),
    # ... not a company that owns what was inaugurated
    ("Bupati Sikka meresmikan gedung baru milik PT Sinar Jaya di Maumere, Selasa (11/4/2023). Gedung itu luas.", []),
])
def test_the_building_a_ceremony_inaugurates(nlp: Language, text: str, venues: list[str]) -> None:
    events = extract(nlp, text, "t", title_line=False, published=date(2023, 4, 12)).events
    assert [p.name for p in events[0].where if p.kind == "venue"] == venues

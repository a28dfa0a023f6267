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
    ("Ketua partai meresmikan sekretariat itu di Jalan Surabaya nomor 9, Menteng, Jakarta Pusat. Acara dimulai pagi.",
     ["Jalan Surabaya", "Menteng", "Jakarta Pusat"]),
    ("Ketua partai meresmikan sekretariat itu di Jalan Surabaya No. 9, Menteng, Jakarta Pusat. Acara dimulai pagi.",
     ["Jalan Surabaya", "Menteng", "Jakarta Pusat"]),
    ("Ketua partai meresmikan sekretariat itu di Jalan Surabaya Nomor 9, Menteng, Jakarta Pusat. Acara dimulai pagi.",
     ["Jalan Surabaya", "Menteng", "Jakarta Pusat"]),
    # "di kantornya, Gedung ...": a venue noun before the names
    ("Menteri menerima delegasi itu di kantornya, Gedung Manggala Wanabakti, Kawasan Senayan, Jakarta Pusat, Rabu (17/4).",
     ["Gedung Manggala Wanabakti", "Kawasan Senayan", "Jakarta Pusat"]),
    # "di ruang sidang utama, Gedung ...": a venue noun described in lower case, then the venue's name
    ("Sidang itu digelar di ruang sidang utama, Gedung Sasando, Kupang, Senin (6/3).",
     ["Gedung Sasando", "Kupang"]),
    ("Rapat digelar di halaman kantor, Bupati Sikka membuka acara itu.", []),   # ... only a venue's name
    # a law, a budget or a decree after "di" is no place
    ("Fraksi itu menolak pasal ambang batas di RUU Penyiaran.", []),
    ("Partai itu membahas calonnya di Pemilihan Gubernur (Pilgub) 2024.", []),   # ... nor an election
    # a state school's number is part of its name
    ("Lokakarya digelar di Aula SMA Negeri 2 Ende, Selasa (8/11/2022).", ["Aula SMA Negeri 2 Ende"]),
    ("Upacara digelar di halaman SD Negeri 020263 Binjai, Sabtu (17/8/2019).",
     ["halaman SD Negeri 020263 Binjai", "Binjai"]),
    # "se-" a region: the event gathered that region's people; the region must be one the gazetteer knows
    ("Para guru se-Kota Kupang, Nusa Tenggara Timur, mengikuti pelatihan menulis.",
     ["Kota Kupang", "Kupang", "Nusa Tenggara Timur"]),
    ("Juara se-Asia Raya itu mengikuti pelatihan menulis.", []),
    # a lower-case venue noun right before a name is part of the venue's name, not before a region ...
    ("Wali kota meninjau proyek di gerbang tol Kupang Barat, Kupang, Senin.", ["gerbang tol Kupang Barat", "Kupang"]),
    ("Rapat digelar di kawasan Menteng, Jakarta Pusat.", ["kawasan Menteng", "Jakarta Pusat"]),
    ("Rapat digelar di kawasan Jakarta Pusat.", ["Jakarta Pusat"]),
    ("FGD digelar di kampus Unipa, Maumere, Kamis (9/11/2023).", ["kampus Unipa", "Maumere"]),
    # ... and a noun that only says where near it ("di depan") stays out of the name
    ("Massa berkumpul di depan Istana Merdeka, Jakarta.", ["Istana Merdeka", "Jakarta"]),
    # "ke" after a verb that moves the event names its new place; a bare "ke" is only a destination
    ("Festival musik itu berpindah tempat lagi ke Stadion Mandala, Kupang.", ["Stadion Mandala", "Kupang"]),
    ("Konser itu dipindahkan ke Lapangan Merdeka, Medan.", ["Lapangan Merdeka", "Medan"]),
    ("Usai festival, para penonton kembali ke Stadion Mandala.", []),
    # ... and so does "ke" a few words after a word of coming there
    ("Kehadiran Agus Harimurti Yudhoyono ke Istana Negara menemui Presiden dinilai meredakan ketegangan.",
     ["Istana Negara"]),
    ("Rombongan itu datang ke Hotel Kristal, Kupang, untuk rapat, Senin.", ["Hotel Kristal", "Kupang"]),
    ("Usai rapat, Gubernur langsung berangkat ke Jakarta.", []),
    ("Ia kerap mengajak ibu-ibu untuk datang ke Posyandu.", []),   # ... not only meant or asked for
    # a venue named after a region below the regency lies in it; an event's name after "di" does not
    ("Sosialisasi digelar di Aula Kantor Kecamatan Ngemplak, Sleman, Rabu (13/3).",
     ["Aula Kantor Kecamatan Ngemplak", "Kecamatan Ngemplak", "Sleman"]),
    ("Musdes digelar di Aula Balai Desa Sukarame, Senin.", ["Aula Balai Desa Sukarame", "Desa Sukarame"]),
    ("Temu wicara digelar di Balai Kalurahan Bleberan, Senin.", ["Balai Kalurahan Bleberan", "Kalurahan Bleberan"]),
    ("Ia berpidato di Seminar Industri Desa Berbasis Teknologi di Surabaya, Kamis.", ["Surabaya"]),
    # where participants come from ("dari" a few words before "di") is no place of the event; a "dari" further back
    # in the clause says nothing of the place
    ("Pelatihan diikuti peserta dari berbagai kampus di Kota Ambon.", []),
    ("Pelatihan diikuti peserta dari perguruan tinggi negeri di Kota Ambon.", []),
    ("Ia mundur dari jabatannya saat rapat di Gedung DPR, Senin.", ["Gedung DPR"]),
    ("Niat mundur dari kursi ketua itu diungkapkan saat menghadiri peresmian kantor partai di Jalan Surabaya, "
     "Menteng, Jakarta Pusat, Kamis (30/3).", ["Jalan Surabaya", "Menteng", "Jakarta Pusat"]),
    # a venue's name that ends in a town is in that town, unless the region after it lies in another province: then
    # the word names a district ("Mega Kuningan" in Jakarta, not the regency of Kuningan in West Java)
    ("Rapat digelar di Hotel Claro Makassar, Sulawesi Selatan, Selasa.",
     ["Hotel Claro Makassar", "Makassar", "Sulawesi Selatan"]),
    ("Konsultasi publik digelar di Hotel Ritz Carlton Mega Kuningan, Jakarta, Kamis.",
     ["Hotel Ritz Carlton Mega Kuningan", "Jakarta"]),
    # a region's own name is no venue named after a town ("Bangka Belitung", not also the regency of Belitung)
    ("Sarasehan digelar di Bangka Belitung, Kamis.", ["Bangka Belitung"]),
    # an office after the comma begins another clause, no place of the chain
    ("Presiden tiba di Pangkalan TNI AU Roesmin Nurjadin, Presiden dan rombongan menuju hotel.",
     ["Pangkalan TNI AU Roesmin Nurjadin"]),
    # a building written in lower case before its name is that venue
    ("Pemkab menggelar upacara Haornas di stadion Oepoi Tanjung, Selasa (10/9/2019).", ["stadion Oepoi Tanjung"]),
])
def test_place_phrases(text: str, expected: list[str]) -> None:
    assert [phrase for phrase, _ in _place_phrases(text, 0, len(text))] == expected


def test_a_visits_destination_is_its_place() -> None:
    text = "Rombongan Yosef Nae berangkat ke Gedung Sate menemui Gubernur."
    assert [p for p, _ in _place_phrases(text, 0, len(text))] == []   # "ke X" is a destination, not a place ...
    assert [p for p, _ in _place_phrases(text, 0, len(text), destination=True)] == ["Gedung Sate"]   # ... of a visit


_LEAD = "Dinas Perhubungan NTT terus mencari jalan keluar soal antrean kapal di Pelabuhan Tenau.\n\n"
_EVENT = ("Hal itu disampaikan oleh Kepala Dinas Perhubungan NTT, Yosef Nae, usai memimpin Rapat Koordinasi "
          "Angkutan Laut bersama lima perwakilan kabupaten.\n\n")
_QUOTE = ("\u201cTim kami sudah turun ke lapangan. Antreannya masih panjang. Kami akan panggil para operator,\u201d "
          "ujarnya di Hotel Kristal, Kupang, Rabu (13/3).")
# The same quotation as newsrooms that write a paragraph a sentence run it on: opened again in each paragraph.
_QUOTE_RUN_ON = ("\u201cTim kami sudah turun ke lapangan.\n\n\u201cAntreannya masih panjang.\n\n\u201cKami akan panggil "
                 "para operator,\u201d ujarnya di Hotel Kristal, Kupang, Rabu (13/3).")


@pytest.mark.parametrize(("text", "places"), [
    # the event named in one paragraph, where its leader spoke in the attribution of the next
    (_LEAD + _EVENT + _QUOTE, ["Hotel Kristal", "Kupang"]),
    # ... and in the attribution that closes a quotation run on over the paragraphs after it
    (_LEAD + _EVENT + _QUOTE_RUN_ON, ["Hotel Kristal", "Kupang"]),
    # an attribution two paragraphs on may be about something else
    (_LEAD + _EVENT + "Dermaga baru itu akan beroperasi pada 2020.\n\n" + _QUOTE, []),
])
def test_where_a_participant_spoke_after_the_event(nlp: Language, text: str, places: list[str]) -> None:
    from pipeline.events import assemble

    assert [p.name for record in assemble(nlp(text)) for p in record.where] == places


def test_the_datelines_province_is_the_parent_of_the_events_city(nlp: Language) -> None:
    from pipeline.extract import extract

    text = ("Magelang, Jawa Tengah (ANTARA News) - Gubernur Akademi Militer Mayjen TNI Hendra Wibowo meresmikan "
            "gedung olahraga baru di Akademi Militer Magelang, Kamis. Peresmian itu disaksikan ratusan "
            "taruna.")
    places = [p.name for p in extract(nlp, text, "t", title_line=False).events[0].where]
    assert "Magelang" in places and "Jawa Tengah" in places
    assert "Akademi Militer Magelang" in places   # an institution named with its city stands there


def test_a_body_of_the_city_is_no_place(nlp: Language) -> None:
    from pipeline.extract import extract

    text = ("Bupati Bandung Barat Hendra Kurnia melakukan kunjungan kerja ke Pemerintah Kota Cimahi, Jawa Barat, "
            "Kamis (7/3/2019), untuk berkoordinasi dengan Wali Kota Cimahi Asep Firmansyah soal sampah.")
    places = [p.name for r in extract(nlp, text, "t", title_line=False).events for p in r.where]
    assert "Pemerintah Kota Cimahi" not in places


@pytest.mark.parametrize(("text", "venue"), [
    ("Wakil Gubernur menghadiri acara peresmian gedung Graha Pemuda Katolik, di Kupang, Sabtu (9/3/2019). "
     "Acara itu dihadiri ratusan umat.", "Graha Pemuda Katolik"),
    ("Gubernur NTT meresmikan SMK Negeri Kelautan Nusa Tenggara Timur di Kota Kupang, Rabu (6/3/2019). "
     "Peresmian itu dihadiri Wali Kota Kupang.", "SMK Negeri Kelautan Nusa Tenggara Timur"),
    # a bridge, a dam, a pier is a place as a building is
    ("Presiden Joko Widodo meresmikan Jembatan Holtekamp di Kota Jayapura, Senin (28/10/2019). Peresmian itu "
     "dihadiri Gubernur Papua Lukas Enembe.", "Jembatan Holtekamp"),
])
def test_the_building_a_ceremony_inaugurates_is_its_place(nlp: Language, text: str, venue: str) -> None:
    from pipeline.extract import extract

    assert venue in [p.name for p in extract(nlp, text, "t", title_line=False).events[0].where]


@pytest.mark.parametrize("lead", [
    "Gubernur menghadiri perayaan itu di Aula El Tari, Kupang.",
    "Gubernur menghadiri perayaan itu di Aula El Tari, Jalan Basuki Rahmat, Kupang.",
])
def test_a_venue_named_alone_lies_in_the_town_written_after_it_elsewhere(nlp: Language, lead: str) -> None:
    from pipeline.extract import extract

    text = (f"{lead} Sejumlah tokoh juga menghadiri upacara bendera di Aula El Tari tersebut, Kamis (17/8/2017). "
            "Upacara itu diikuti 300 pelajar.")
    assert [p.name for p in extract(nlp, text, "t", title_line=False).events[0].where] == ["Aula El Tari", "Kupang"]


def test_a_place_dated_apart_from_the_event_is_not_its_place(nlp: Language) -> None:
    from pipeline.extract import extract

    text = ("Ajakan Bupati Sleman kepada Gubernur DIY untuk bersepeda di Kaliurang, Sleman, pada Minggu "
            "(3/3/2019), disinggung Gubernur ketika membuka Musyawarah Wilayah VIII Aisyiyah di Asrama Haji "
            "Yogyakarta, Sleman, Kamis (14/3/2019).")
    places = [p.name for p in extract(nlp, text, "t", title_line=False).events[0].where]
    assert "Kaliurang" not in places and "Asrama Haji Yogyakarta" in places


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
    # the street right after a venue is the venue's address, no place of its own; a street alone is one
    ("Rapat kerja koperasi digelar di Hotel Sasando, Jalan Timor Raya, Kupang, Selasa (5/9).",
     ["Hotel Sasando", "Kupang"]),
    ("Festival budaya digelar di Jalan El Tari, Kupang, Selasa (5/9).", ["Jalan El Tari", "Kupang"]),
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
    # a venue the model reads as a person, right after "di", is a venue when no role or cue makes it a person ...
    ("TMII menggelar Parade Busana Daerah 2019 di Sasono Langen Budoyo, Jumat (25/10/2019). Parade itu diikuti "
     "perwakilan provinsi.", ["Sasono Langen Budoyo"]),
    # ... but a person chained after a place stays a person
    ("Presiden bertemu Perdana Menteri di Kremlin, Putin mengatakan pertemuan itu penting. Pertemuan digelar Senin "
     "(5/3/2018).", ["Kremlin"]),
])
def test_a_venue_the_model_reads_as_a_person(nlp: Language, text: str, places: list[str]) -> None:
    from pipeline.events import assemble

    assert [p.name for record in assemble(nlp(text)) if record.primary for p in record.where] == places


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


@pytest.mark.parametrize(("text", "places"), [
    # across the land border and in partner cities: a foreign state or city the gazetteer holds
    ("Sidang Sosek Malindo digelar di Kuching, Sarawak, Malaysia, Rabu (24/5/2023).", ["Kuching", "Sarawak", "Malaysia"]),
    ("Pertemuan konsul RI digelar di Hat Yai, Songkhla, Thailand, Rabu (24/5/2023).",
     ["Hat Yai", "Songkhla", "Thailand"]),
])
def test_foreign_places_near_the_border(nlp: Language, text: str, places: list[str]) -> None:
    from pipeline.events import assemble

    assert [p.name for record in assemble(nlp(text)) for p in record.where] == places


@pytest.mark.parametrize(("text", "places"), [
    # a sight visited is no region, but the regions chained after it are where the visit went
    ("Menteri Pariwisata Sandiaga Uno mengunjungi Desa Wisata Penglipuran, Kabupaten Bangli, Bali, Sabtu (22/7/2023).",
     ["Bangli", "Bali"]),
    # a person visited is no place, and nothing after him is chained
    ("Menteri Pariwisata Sandiaga Uno mengunjungi Ahmad Subarjo, Sabtu (22/7/2023).", []),
])
def test_the_regions_after_a_visited_sight(nlp: Language, text: str, places: list[str]) -> None:
    from pipeline.events import assemble

    assert [p.name for record in assemble(nlp(text)) if record.primary for p in record.where] == places


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    # a visit's name ends in where the visitors came from ...
    ("Gubernur Sumbar Mahyeldi menerima audiensi pengurus Ikatan Keluarga Minang (IKM) Jakarta di Istana Gubernuran, "
     "Kamis (9/2/2023).", "Istana Gubernuran", "Jakarta"),
    # ... unless it says where the visit went
    ("Bobby Nasution mengunjungi kantor Dewan Pimpinan Wilayah (DPW) Partai NasDem Sumut di Jalan Mongosidi Medan pada "
     "Selasa, 10 September 2019.", "Sumatera Utara", None),
])
def test_the_region_a_visits_name_ends_in(nlp: Language, text: str, kept: str, dropped: str | None) -> None:
    from pipeline.events import assemble

    places = [p.name for record in assemble(nlp(text)) if record.primary for p in record.where]
    assert kept in places
    assert dropped not in places

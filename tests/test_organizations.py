"""Which organisations, governments and countries an event gets (events/organizations.py), on small articles
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.events.organizations import (
    _dedupe_orgs,
    _number_not_body,
    _owns_assembly,
    affiliation_only,
    as_written,
    without_holder,
)
from pipeline.extract import extract
from pipeline.schema import Organization

# A theme quoted after "tema" / "bertajuk" names no body, even when it starts like one ("Jaringan ...").
THEME = """Forum Literasi Digital Digelar di Kupang
KUPANG - Dinas Komunikasi dan Informatika Kota Kupang menggelar Forum Literasi Digital 2023 di Hotel Kristal Kupang, Selasa (7/3/2023), dengan tema 'Jaringan Warga Cakap Digital'. Forum itu diikuti 150 peserta dari sekolah dan kampus.
Forum dibuka Wali Kota Kupang, Jefri Riwu Kore.
"""

# Countries named as a comparison far from the event are no participants; a list of delegations at it are.
COUNTRIES = """Lokakarya Kurikulum Pemrograman Digelar di Makassar
MAKASSAR - Kementerian Pendidikan menggelar Lokakarya Kurikulum Pemrograman di Makassar, Rabu (8/3/2023). Lokakarya itu dihadiri delegasi dari negara-negara tetangga, yakni Malaysia, Thailand dan Vietnam.
Lokakarya dibuka Direktur Jenderal Pendidikan Dasar, Budi Santoso.
Kurikulum yang dibahas sudah lama menjadi standar di sekolah dasar.
Menurut para guru, materinya mudah diikuti anak-anak.
Materi yang sama juga diajarkan di negara maju seperti Finlandia.
"""

# A place that acts beside the event took part; one that acts in a paragraph about something else did not.
ACTING = """Rapat Koordinasi Kopi Digelar di Bandarlampung
BANDARLAMPUNG - Dinas Perkebunan Provinsi Lampung menggelar rapat koordinasi kopi di Bandarlampung, Kamis (9/3/2023). Kabupaten Tanggamus memaparkan program peremajaan kebun dalam rapat itu.
Rapat dibuka Kepala Dinas Perkebunan, Andi Saputra.
Produksi kopi robusta nasional tahun lalu mencapai 650 ribu ton.
Sebagian besar produksi diekspor ke Eropa dan Amerika.
Harga di tingkat petani naik tipis dibanding tahun sebelumnya.
Dari total ekspor itu, Bengkulu menyumbang sekitar 90 ribu ton biji kopi.
"""

# A minister's ministry is part of the office, not a body taking part; the company that hosts is.
MINISTER = """Peresmian Pabrik Baterai di Batang
BATANG - PT Baterai Nusantara meresmikan pabrik baterai di Kawasan Industri Batang, Jumat (10/3/2023). Peresmian itu dihadiri Menteri ESDM Arifin Tasrif dan Menteri PUPR Basuki Hadimuljono.
Direktur Utama PT Baterai Nusantara, Rudi Hartono, mengatakan pabrik itu menyerap 2.000 pekerja.
"""

# Bodies named once among the participants by a head word: a parliamentary group, a police precinct.
LISTED = """Upacara Hari Bhayangkara Digelar di Sidoarjo
SIDOARJO - Upacara peringatan Hari Bhayangkara digelar di Alun-alun Sidoarjo, Sabtu (1/7/2023). Upacara diikuti jajaran Polresta Sidoarjo dan Forkopimda Sidoarjo.
Upacara dipimpin Bupati Sidoarjo, Ahmad Muhdlor, dan dihadiri anggota Fraksi Nasdem DPRD Sidoarjo, Rudi Santoso.
"""

# A Malaysian city council, spelled the Malay way ("Majlis"), signs across the border.
MALAY_COUNCIL = """Pekanbaru dan Melaka Teken Kerja Sama
PEKANBARU - Pemerintah Kota Pekanbaru dan Majlis Bandaraya Melaka Bersejarah menandatangani nota kesepahaman di Hotel Pangeran, Pekanbaru, Rabu (11/10/2023).
"""

# The parties to an agreement told in the lead, which the next sentence says the meeting reached, took part in it;
# a body named in what they agreed on did not.
AGREED_LEAD = """NTB dan Australia Barat Perkuat Kerja Sama
MATARAM - Pemerintah Provinsi Nusa Tenggara Barat dan Pemerintah Negara Bagian Australia Barat sepakat memperkuat kerja sama peternakan sesuai aturan Badan Karantina Pertanian.
Kesepakatan itu dicapai dalam pertemuan Gubernur NTB Zulkieflimansyah dan Menteri Pertanian Australia Barat Jackie Jarvis di Pendopo Gubernur NTB, Mataram, Selasa (5/9/2023).
"""

# ... and so did those the lead says established a partnership ("menjalin"), set down by the signing after it.
PARTNERSHIP_LEAD = """Kendari dan Mokpo Jalin Kota Bersaudara
KENDARI - Pemerintah Kota Kendari dan Pemerintah Kota Mokpo, Korea Selatan, resmi menjalin hubungan kota bersaudara (sister city).
Kesepakatan itu ditandai dengan penandatanganan nota kesepahaman oleh Wali Kota Kendari Sulkarnain Kadir dan Wali Kota Mokpo Park Hong-ryul di Mokpo, Jumat (14/10/2022).
"""

# ... and so did those the lead says entered a partnership, where the signing after it names none of them.
PARTNERSHIP_BEFORE_SIGNING = """UMM dan Pemkab Malang Jalin Kerja Sama Riset
MALANG - Universitas Muhammadiyah Malang menjalin kerja sama dengan Pemerintah Kabupaten Malang di bidang riset.
Penandatanganan nota kesepahaman tersebut dilaksanakan pada Sabtu (12/11/2022) di Gedung Kuliah Bersama III. Nota kesepahaman ditandatangani Rektor Fauzan dan Bupati Sanusi.
"""

# ... a prosecutor's office after "dan" is a second party, not more of the government's name.
PROSECUTOR_SIGNING = """Pemkab Sragen Teken Nota Kesepakatan dengan Kejari
SRAGEN - Pemerintah Kabupaten Sragen dan Kejaksaan Negeri Sragen menandatangani nota kesepakatan tentang penanganan masalah hukum perdata di Rumah Dinas Bupati, Selasa (14/1/2025).
"""

KEPT = [(PROSECUTOR_SIGNING, "Pemerintah Kabupaten Sragen"), (PARTNERSHIP_BEFORE_SIGNING, "Pemerintah Kabupaten Malang"), (LISTED, "Polresta Sidoarjo"), (LISTED, "Forkopimda Sidoarjo"), (MALAY_COUNCIL, "Majlis Bandaraya Melaka Bersejarah"),
        (AGREED_LEAD, "Pemerintah Provinsi Nusa Tenggara Barat"), (PARTNERSHIP_LEAD, "Pemerintah Kota Kendari"),
        (PARTNERSHIP_LEAD, "Pemerintah Kota Mokpo")]


def test_a_prosecutors_office_after_dan_is_another_body(rules_nlp: Language) -> None:
    names = {o.name for event in extract(rules_nlp, PROSECUTOR_SIGNING, "t", "test").events for o in event.organizations}
    assert "Pemerintah Kabupaten Sragen" in names and not any("Kejaksaan" in name for name in names if "Pemerintah" in name)


def test_a_body_named_after_an_office_later_is_a_second_body_after_dan(nlp: Language) -> None:
    text = ("Pemerintah Kabupaten Pacitan dan BPJS Kesehatan Cabang Madiun menandatangani perjanjian kerja sama "
            "tentang UHC di Pendopo Kabupaten Pacitan, Selasa (18/7/2023). Penandatanganan dilakukan Bupati Pacitan "
            "Indrata Nur Bayuaji dan Kepala BPJS Kesehatan Cabang Madiun Tutus Novita Dewi.")
    names = {o.name for event in extract(nlp, text, "t", "test").events for o in event.organizations}
    assert {"Pemerintah Kabupaten Pacitan", "BPJS Kesehatan Cabang Madiun"} <= names


def test_a_body_in_what_was_agreed_took_no_part(rules_nlp: Language) -> None:
    names = {o.name for event in extract(rules_nlp, AGREED_LEAD, "t", "test").events for o in event.organizations}
    assert "Badan Karantina Pertanian" not in names


@pytest.mark.parametrize(("article", "kept"), KEPT)
def test_listed_bodies_take_part(rules_nlp: Language, article: str, kept: str) -> None:
    names = {o.name for event in extract(rules_nlp, article, "t", "test").events for o in event.organizations}
    assert kept in names


# Who sent the release reports the event and takes no part in it.
RELEASE = """Festival Kopi Flores Digelar di Ende
ENDE - Dinas Pariwisata Kabupaten Ende menggelar Festival Kopi Flores di Lapangan Pancasila, Ende, Sabtu (11/3/2023). Menurut siaran pers yang diterima dari Biro Komunikasi Setda NTT, festival itu diikuti 40 petani kopi.
Festival dibuka Bupati Ende, Djafar Achmad.
"""

# What an action opposes is its target, not a party to the meeting that speaks of it.
TARGET = """Rapat Dengar Pendapat Soal Tambang Pasir
LUMAJANG - Komisi B DPRD Kabupaten Lumajang menggelar rapat dengar pendapat dengan warga Desa Selok di Lumajang, Selasa (14/3/2023). Rapat itu membahas aksi warga menolak PT Pasir Sejahtera yang menambang di pantai desa.
Rapat dipimpin Ketua Komisi B, Hendra Wijaya.
"""

# A place of which the text only says what it is ("merupakan daerah ...") does nothing at the event.
STATIVE = """Pameran Tenun Digelar di Kupang
KUPANG - Dinas Perindustrian Kota Kupang menggelar pameran tenun ikat di Kupang, Jumat (17/3/2023). Kabupaten Sikka memamerkan 40 kain tenun dalam pameran itu.
Kabupaten Ende merupakan daerah penghasil tenun terbesar di provinsi itu.
"""

# Where a visitor studied is no party to the fair.
ALUMNI = """Pameran Kerja Digelar di Surabaya
SURABAYA - PT Pelindo Jaya menggelar Pameran Karier Maritim 2023 di Grand City Surabaya, Sabtu (18/3/2023). Pameran itu dikunjungi ribuan pencari kerja, salah satunya Rina, lulusan teknik sipil Institut Teknologi Sepuluh Nopember.
"""

# The corps inside an officer's rank ("Letjen TNI") is no party to the meeting the officer opens.
RANK = """Rakor Siaga Bencana Digelar di Mataram
MATARAM - Badan Penanggulangan Bencana Daerah Provinsi NTB menggelar rapat koordinasi siaga bencana di Mataram, Senin (6/3/2023). Rapat itu dibuka Kepala Pusat Data Letjen TNI Wirabumi Saputra.
"""

# What a law or a talk is about is no party to the meeting that discusses it.
SUBJECT = """Rapat Kerja Bahas Rancangan Perda
KUPANG - Komisi V DPRD NTT menggelar rapat kerja dengan Dinas Kesehatan Provinsi NTT di Kupang, Senin (6/3/2023). Rapat itu membahas rancangan Peraturan Daerah tentang Badan Layanan Umum Daerah Rumah Sakit dan soal Badan Penyelenggara Jaminan Sosial Kesehatan.
Rapat dipimpin Ketua Komisi V DPRD NTT, Yohanes Lado.
"""

# Every word of a quoted title after its cue is the title's, however far from the cue.
LONG_THEME = """Webinar Adaptasi Iklim Digelar Daring
KUPANG - Lembaga Kajian Pesisir Flores menggelar webinar bertajuk "Kota Pesisir di Tengah Krisis Iklim: Strategi Adaptasi Pemerintah Daerah" secara daring, Kamis (23/9/2021). Webinar itu diikuti 300 peserta.
"""

# The parties that back a candidacy are no parties to the candidate's gathering.
BACKERS = """Relawan Pemenangan Dikukuhkan di Tambora
JAKARTA - Bakal calon gubernur DKI Jakarta Agus Harimurti Yudhoyono mengukuhkan Relawan Juara di Kelurahan Jembatan Besi, Jakarta Barat, Sabtu (22/10/2016). Pengukuhan itu dihadiri pengurus Perhimpunan Pedagang Pasar Tambora.
Pilkada DKI 2017 akan diikuti tiga pasangan calon, yaitu Agus Harimurti Yudhoyono - Sylviana Murni yang diusung Partai Demokrat, PAN, PKB dan PBB, serta Basuki Tjahaja Purnama - Djarot Syaiful Hidayat yang diusung PDIP, Golkar dan Hanura.
"""

CASES = [
    (BACKERS, "Perhimpunan Pedagang Pasar Tambora", "PKB"),
    (BACKERS, "Perhimpunan Pedagang Pasar Tambora", "Partai Demokrat"),
    (BACKERS, "Perhimpunan Pedagang Pasar Tambora", "Hanura"),
    (RANK, "Badan Penanggulangan Bencana Daerah Provinsi NTB", "TNI"),
    (SUBJECT, "Dinas Kesehatan Provinsi NTT", "Badan Layanan Umum Daerah Rumah Sakit"),
    (SUBJECT, "Komisi V DPRD NTT", "Badan Penyelenggara Jaminan Sosial Kesehatan"),
    (LONG_THEME, "Lembaga Kajian Pesisir Flores", "Pemerintah Daerah"),
    (ALUMNI, "PT Pelindo Jaya", "Institut Teknologi Sepuluh Nopember"),
    (STATIVE, "Kabupaten Sikka", "Kabupaten Ende"),
    (TARGET, "Komisi B DPRD Kabupaten Lumajang", "PT Pasir Sejahtera"),
    (RELEASE, "Dinas Pariwisata Kabupaten Ende", "Biro Komunikasi Setda NTT"),
    (MINISTER, "PT Baterai Nusantara", "Kementerian Energi dan Sumber Daya Mineral"),
    (MINISTER, "PT Baterai Nusantara", "Kementerian Pekerjaan Umum dan Perumahan Rakyat"),
    (THEME, "Dinas Komunikasi dan Informatika Kota Kupang", "Jaringan Warga Cakap Digital"),
    (COUNTRIES, "Thailand", "Finlandia"),
    (ACTING, "Kabupaten Tanggamus", "Bengkulu"),
]


@pytest.mark.parametrize(("article", "kept", "dropped"), CASES)
def test_organisations_of_the_event(rules_nlp: Language, article: str, kept: str, dropped: str) -> None:
    names = {o.name for event in extract(rules_nlp, article, "t", "test").events for o in event.organizations}
    assert kept in names
    assert dropped not in names


# A law or a stock index the model may tag as an organisation is no body at a meeting.
LAW = """Rapat Kerja Bahas Revisi KUHP
JAKARTA - Komisi III DPR menggelar rapat kerja dengan Kementerian Hukum dan HAM di Jakarta, Senin (6/3/2023). Rapat itu membahas revisi KUHP dan KUHAP serta dampaknya pada IHSG.
Rapat dipimpin Ketua Komisi III DPR, Bambang Wuryanto. Dalam rapat itu NKRI, UUD dan dana CSR juga dibahas.
Rapat itu juga menyerahkan Daftar Inventarisasi Masalah (DIM) dan membahas Program Legislasi Nasional (Prolegnas).
"""


@pytest.mark.parametrize("dropped", ["KUHP", "KUHAP", "IHSG", "NKRI", "UUD", "CSR", "Daftar Inventarisasi Masalah",
                                     "DIM", "Program Legislasi Nasional", "Prolegnas"])
def test_laws_and_indices_are_no_bodies(nlp: Language, dropped: str) -> None:
    names = {o.name for event in extract(nlp, LAW, "t", "test").events for o in event.organizations}
    assert "Komisi III DPR" in names
    assert dropped not in names


# A kind of body ("SKPD", "Lembaga Swadaya Masyarakat (LSM)") is not one body taking part.
GENERIC = """Sosialisasi Data Kependudukan di Bantul
BANTUL - Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bantul menggelar sosialisasi pemanfaatan data kependudukan oleh SKPD dan Lembaga Swadaya Masyarakat (LSM) di Bantul, Rabu (15/3/2023). Sosialisasi itu diikuti 80 peserta.
Sosialisasi dibuka Bupati Bantul, Abdul Halim.
"""


# An honorific after the Prophet's name and a foreign time zone are no bodies either.
HONORIFIC = """Pengajian Akbar di Pamekasan
PAMEKASAN - Ribuan jamaah mengikuti pengajian akbar memperingati Maulid Nabi Muhammad SAW di Masjid Agung Pamekasan, Minggu (8/10/2023). Pengajian berlangsung hingga pukul 22.00 WAS bersama DPRD Pamekasan.
"""
_BANTUL = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bantul"
# ... nor is a process spelt out with its short form ("Penerimaan Peserta Didik Baru (PPDB)").
SCHOOL_INTAKE = """Bupati Tinjau Pelaksanaan PPDB
KEBUMEN - Bupati Kebumen Yazid Mahfudz meninjau pelaksanaan Penerimaan Peserta Didik Baru (PPDB) di SMP Negeri 1 Kebumen, Selasa (21/7/2020). Yazid didampingi Kepala Dinas Pendidikan dan Kebudayaan Kebumen Mohammad Amirudin.
"""
# ... nor are a person's initials, as crime and welfare news writes people ("warga berinisial IPDN"), wherever
# written again.
INITIALS = """Rapat Koordinasi Bansos di Bogor
BOGOR - Dinas Sosial Kabupaten Bogor menggelar rapat koordinasi penyaluran bantuan sosial bersama Pemerintah Kabupaten Bogor di Cibinong, Senin (16/9/2019). Rapat itu juga membahas laporan dua warga penerima, yang pertama berinisial IPDN dan yang kedua berinisial RSL.
RSL dan IPDN hadir dalam rapat itu. Rapat dipimpin Kepala Dinas Sosial Kabupaten Bogor Andi Wijaya.
"""
_BOGOR = "Dinas Sosial Kabupaten Bogor"


@pytest.mark.parametrize(("article", "kept", "dropped"), [
    (GENERIC, _BANTUL, "SKPD"), (GENERIC, _BANTUL, "Lembaga Swadaya Masyarakat"),
    (INITIALS, _BOGOR, "IPDN"), (INITIALS, _BOGOR, "RSL"),
    (HONORIFIC, "DPRD Pamekasan", "SAW"), (HONORIFIC, "DPRD Pamekasan", "WAS"),
    (SCHOOL_INTAKE, "Dinas Pendidikan dan Kebudayaan Kebumen", "Penerimaan Peserta Didik Baru"),
])
def test_kinds_of_bodies_honorifics_and_time_zones_are_no_party(nlp: Language, article: str, kept: str,
                                                                 dropped: str) -> None:
    names = {o.name for event in extract(nlp, article, "t", "test").events for o in event.organizations}
    assert kept in names
    assert dropped not in names


# A bare English head with an acronym ("Institute (SAINS)", the entity layer having lost "Sajogyo") is no body.
BARE_HEAD = """Diskusi Agraria Digelar di Jakarta
JAKARTA - Diskusi tentang reforma agraria digelar di Jakarta, Senin (16/9/2019). Peneliti Iqbal Damanik, Eko Cahyono
dari Sajogyo Institute (SAINS), dan Hariadi hadir dalam diskusi itu.
"""


def test_a_bare_english_head_is_no_body(nlp: Language) -> None:
    names = {o.name for event in extract(nlp, BARE_HEAD, "t", "test").events for o in event.organizations}
    assert "Institute" not in names


# Bodies a sentence names before the side event it reports took part in that event, not in the main one (a body
# of the main event named there took part in both).
SIDE = """Rapat Koordinasi Mitigasi Bencana Digelar di Padang
PADANG - Badan Penanggulangan Bencana Daerah Provinsi Sumatera Barat menggelar Rapat Koordinasi Mitigasi Bencana di Padang, Senin (13/3/2023).
Rapat dipimpin Kepala Pelaksana BPBD Sumatera Barat, Rudy Rinaldy.
Sebelumnya, Badan Riset dan Inovasi Nasional (BRIN) bersama Dinas Sosial Kota Padang dan Badan Penanggulangan Bencana Daerah Provinsi Sumatera Barat sudah menyelenggarakan Workshop Pemetaan Risiko Gempa Bumi di Universitas Andalas.
"""


@pytest.mark.parametrize("body", ["Badan Riset dan Inovasi Nasional", "Dinas Sosial Kota Padang"])
def test_bodies_before_a_side_event_took_part_in_it(rules_nlp: Language, body: str) -> None:
    events = extract(rules_nlp, SIDE, "t", "test").events
    by_type = {e.type: {o.name for o in e.organizations} for e in events}
    assert body in by_type["workshop"]
    assert body not in by_type["meeting"]


def test_a_body_of_the_main_event_named_before_a_side_event_took_part_in_both(rules_nlp: Language) -> None:
    events = extract(rules_nlp, SIDE, "t", "test").events
    body = "Badan Penanggulangan Bencana Daerah Provinsi Sumatera Barat"
    assert all(body in {o.name for o in e.organizations} for e in events) and len(events) == 2


# A country acts as a party: first of a listed subject after the dateline's dash, represented at the event
# ("diwakili oleh"), or as the subject after "pemerintah".
LISTED_SUBJECT = """Pertemuan Menteri Perdagangan di Hanoi
JAKARTA -- Malaysia, Thailand dan Vietnam meminta negara-negara tetangga menurunkan tarif impor beras dalam pertemuan menteri perdagangan di Hanoi, Selasa (14/3/2023).
Pertemuan itu berlangsung selama dua hari.
"""

REPRESENTED = """Sidang Komisi Pangan Digelar di Roma
ROMA - Sidang Komisi Pangan Dunia digelar di Roma, Rabu (15/3/2023). Sidang itu membahas cadangan pangan dunia.
Indonesia diwakili oleh Duta Besar Budi Santoso dalam sidang itu.
"""

GOVERNMENT = """Pertemuan Bilateral di Tokyo
TOKYO - Menteri Luar Negeri Retno Marsudi mengatakan dalam pertemuan bilateral di Tokyo, Kamis (16/3/2023), pemerintah Indonesia dan Jepang akan bekerja sama membangun pelabuhan.
"""

# A place right after "delegasi"/"rombongan" sent people to the event; the host received them ("menerima delegasi").
DELEGATION = """Pemkot Tegal Terima Delegasi Chungju
TEGAL - Wali Kota Tegal Dadang Somantri menerima delegasi Kota Chungju, Korea Selatan, di Balai Kota Tegal, Selasa (13/6/2023). Delegasi Kabupaten Brebes dan Kabupaten Tegal turut hadir.
"""

VISITORS = """Surabaya Terima Delegasi Kitakyushu
SURABAYA - Wali Kota Surabaya Eri Cahyadi menerima delegasi Pemerintah Kota Kitakyushu, Jepang, di Balai Kota Surabaya, Selasa (13/6/2023).
"""

# The countries a meeting's name opens with are its parties ...
NAMED_PARTIES = """Korsel dan Korut Bertemu di Panmunjom
PANMUNJOM - Pertemuan Korsel dan Korut digelar di Rumah Perdamaian, Panmunjom, Selasa (9/1/2018). Para wakil membahas
keamanan kawasan.
"""

# ... whatever follows the name
NAMED_BEFORE_DAY = """Korsel dan Korut Bertemu
PANMUNJOM - Pertemuan Korsel dan Korut Selasa (9/1/2018) membahas keamanan kawasan di Rumah Perdamaian, Panmunjom.
"""

# The second of two cities signing, written with its administrative noun, acts as the first does, under that name.
SECOND_CITY = """Surabaya dan Kitakyushu Teken Kerja Sama
SURABAYA - Pemerintah Kota Surabaya dan Kota Kitakyushu, Jepang, menandatangani nota kesepahaman kerja sama pengelolaan sampah di Balai Kota Surabaya, Rabu (15/3/2023).
"""

COUNTRY_PARTIES = [(SECOND_CITY, "Kota Kitakyushu"), (SECOND_CITY, "Pemerintah Kota Surabaya"),
                   (LISTED_SUBJECT, "Malaysia"), (LISTED_SUBJECT, "Thailand"), (REPRESENTED, "Indonesia"),
                   (GOVERNMENT, "Indonesia"), (GOVERNMENT, "Jepang"), (DELEGATION, "Kota Chungju"),
                   (DELEGATION, "Kabupaten Brebes"), (VISITORS, "Pemerintah Kota Kitakyushu"),
                   (NAMED_PARTIES, "Korea Selatan"), (NAMED_PARTIES, "Korea Utara"),
                   (NAMED_BEFORE_DAY, "Korea Selatan"), (NAMED_BEFORE_DAY, "Korea Utara")]



@pytest.mark.parametrize(("article", "kept"), COUNTRY_PARTIES)
def test_countries_acting_as_parties(rules_nlp: Language, article: str, kept: str) -> None:
    names = {o.name for event in extract(rules_nlp, article, "t", "test").events for o in event.organizations}
    assert kept in names


# ... not a country that opens a longer name, nor one country alone with no party word before it ("KTT AS" may name
# its host); where a party acts outside the name too, that mention is its evidence
NAMED_FORUM = """Dialog Infrastruktur Digelar di Nusa Dua
NUSA DUA - Pertemuan Indonesia Infrastructure Dialogue digelar di Nusa Dua, Bali, Selasa (20/8/2019). Dialog itu
dibuka Menteri Perhubungan, Budi Karya Sumadi.
"""
HOST_SUMMIT = """KTT Digelar di Washington
WASHINGTON - KTT AS digelar di Washington, Selasa (9/1/2018). Para pemimpin negara kawasan hadir dalam pertemuan itu.
"""
ACTING_TOO = """Korsel dan Korut Bertemu di Panmunjom
PANMUNJOM - Pertemuan Korsel dan Korut digelar di Panmunjom, Selasa (9/1/2018). Rapat itu dihadiri negara peserta,
yakni Korea Selatan, Korea Utara dan Jepang.
"""


@pytest.mark.parametrize(("article", "country"), [(NAMED_FORUM, "Indonesia"), (HOST_SUMMIT, "Amerika Serikat")])
def test_a_country_opening_a_longer_name_or_alone_is_no_party(rules_nlp: Language, article: str,
                                                              country: str) -> None:
    events = extract(rules_nlp, article, "t", "test").events
    assert events
    assert country not in {o.name for event in events for o in event.organizations}


def test_a_named_party_acting_elsewhere_keeps_that_mention(rules_nlp: Language) -> None:
    event = extract(rules_nlp, ACTING_TOO, "t", "test").events[0]
    korea = next(o for o in event.organizations if o.name == "Korea Selatan")
    assert korea.text == "Korea Selatan"   # the list's mention, not "Korsel" in the event's name


# "mendadak" after a place is an adverb, no act: the place took no part.
SUDDEN = """Festival Layang-layang Digelar di Pantai Padang
PADANG -- Singapura mendadak ramai dibicarakan warganet saat Festival Layang-layang digelar di Pantai Padang, Minggu (19/3/2023). Festival itu dibuka Wali Kota Padang, Hendri Septa.
"""


def test_a_place_that_suddenly_is_something_does_nothing(rules_nlp: Language) -> None:
    names = {o.name for event in extract(rules_nlp, SUDDEN, "t", "test").events for o in event.organizations}
    assert extract(rules_nlp, SUDDEN, "t", "test").events
    assert "Singapura" not in names


# "politisi Partai X itu" describes a person named before: the party took no part.
EPITHET = """Festival Kuliner Digelar di Medan
MEDAN - Dinas Pariwisata Kota Medan menggelar Festival Kuliner Nusantara di Lapangan Merdeka, Medan, Sabtu (18/3/2023). Festival itu dibuka Wakil Wali Kota Medan, Aulia Rachman.
Dalam festival itu, politisi Partai Gerindra itu mengatakan kuliner Medan layak dipromosikan ke luar negeri.
"""


def test_the_party_in_an_epithet_took_no_part(rules_nlp: Language) -> None:
    names = {o.name for event in extract(rules_nlp, EPITHET, "t", "test").events for o in event.organizations}
    assert "Dinas Pariwisata Kota Medan" in names
    assert "Partai Gerindra" not in names


# Bands named after a noun of a performing group, or listed after one, perform at the event; a band named where
# nothing is performed does not.
BANDS = """Festival Musik Pantai Digelar di Ancol
JAKARTA - PT Suara Pantai menggelar Festival Musik Pantai di Ancol, Jakarta, Sabtu (25/3/2023). Festival itu dihadiri 5.000 penonton.
Grup band Langit Senja tampil sebagai pembuka festival itu.
Festival juga menampilkan band dari berbagai kota. Mereka adalah Ombak Biru, Pasir Putih, Karang Hitam, dan Camar Laut.
Gitaris band Bintang Timur itu baru saja dikaruniai anak kedua.
"""


@pytest.mark.parametrize(("kept", "took_part"), [("Langit Senja", True), ("Ombak Biru", True), ("Pasir Putih", True),
                                                 ("Camar Laut", True), ("Bintang Timur", False)])
def test_performing_bands(rules_nlp: Language, kept: str, took_part: bool) -> None:
    names = {o.name for event in extract(rules_nlp, BANDS, "t", "test").events for o in event.organizations}
    assert (kept in names) is took_part


# A name inside the event's venue is where, not who ("Convention Center" is an English organisation head too).
VENUE = """Rapat Kerja Nasional Digelar di Padang
PADANG - Asosiasi Petani Kopi Indonesia menggelar Rapat Kerja Nasional di Padang International Convention Center (PICC), Padang, Rabu (22/3/2023). Rapat itu diikuti 200 peserta.
Rapat dibuka Ketua Umum Asosiasi Petani Kopi Indonesia, Febrina Tri Susila.
"""


def test_a_name_inside_the_venue_is_no_party(rules_nlp: Language) -> None:
    events = extract(rules_nlp, VENUE, "t", "test").events
    names = {o.name for event in events for o in event.organizations}
    assert "Asosiasi Petani Kopi Indonesia" in names
    assert not any("Convention Center" in name for name in names)
    assert any("Convention Center" in p.name for event in events for p in event.where)


# A place asked to act ("meminta ... dan Vietnam menurunkan") is no party; the one that asks is.
ASKED = """Pertemuan Menteri Perdagangan di Hanoi
JAKARTA -- Malaysia meminta negara-negara tetangga dan Vietnam menurunkan tarif impor beras dalam pertemuan menteri perdagangan di Hanoi, Selasa (14/3/2023).
Pertemuan itu dibuka Ketua Panitia, Budi Santoso, dan diikuti 40 pejabat perdagangan.
"""


def test_a_place_asked_to_act_is_no_party(rules_nlp: Language) -> None:
    names = {o.name for event in extract(rules_nlp, ASKED, "t", "test").events for o in event.organizations}
    assert "Malaysia" in names
    assert "Vietnam" not in names


# The body in brackets after a participant's name is where that person came from, and took part; a place or a
# short form of the name in brackets is none.
BRACKETED = """Lokakarya Desain Digital Digelar di Bandung
BANDUNG - Komunitas Kreatif Bandung menggelar Lokakarya Desain Digital di Gedung Sate, Bandung, Sabtu (25/3/2023). Lokakarya itu dihadiri perwakilan mitra, Rina Kartika (Studio Garis Biru), Andi Pratama (Business Development Manager Kopi Senja), Rudi Hartono (Rudi), Sari Dewi (Marketing Intelligence Lead Toko Kita), dan Budi Santoso (Bandung).
"""


@pytest.mark.parametrize(("body", "took_part"), [("Studio Garis Biru", True), ("Kopi Senja", True),
                                                 ("Toko Kita", True), ("Marketing Intelligence Lead Toko Kita", False),
                                                 ("Rudi", False), ("Bandung", False)])
def test_bodies_in_brackets_after_participants(nlp: Language, body: str, took_part: bool) -> None:
    names = {o.name for event in extract(nlp, BRACKETED, "t", "test").events for o in event.organizations}
    assert (body in names) is took_part


# The company after a company office in a participant's role took part, though no entity marks it.
CORPORATE = """Peresmian Jalan Tol Lingkar Padang
PADANG - Presiden Joko Widodo meresmikan Jalan Tol Lingkar Padang di Padang, Jumat (24/3/2023). Peresmian itu dihadiri Direktur Utama Karya Nusa Lestari, Budi Santoso, dan Kepala Dinas Pekerjaan Umum Kota Padang, Rudi Hartono.
"""


def test_the_company_of_a_participant(rules_nlp: Language) -> None:
    names = {o.name for event in extract(rules_nlp, CORPORATE, "t", "test").events for o in event.organizations}
    assert "Karya Nusa Lestari" in names


@pytest.mark.parametrize(("first", "second", "one"), [
    # a region written in full and short, or with and without its administrative noun: one body
    ("Dinas Kesehatan Provinsi Nusa Tenggara Timur", "Dinas Kesehatan NTT", True),
    ("Komisi II DPRD Kabupaten Bantul", "Komisi II DPRD Bantul", True),
    # a city's government and the regency's of the same name: two
    ("Pemerintah Kota Kupang", "Pemerintah Kabupaten Kupang", False),
    # a government's prefix written short ("Pemprov") and a province's short name: one body
    ("Pemerintah Provinsi Jawa Barat", "Pemprov Jabar", True),
])
def test_one_body_whatever_its_regions_form(first: str, second: str, one: bool) -> None:
    found = [(Organization(name=name, acronym=None, text=name), (i, i + 1)) for i, name in enumerate([first, second])]
    assert [o.name for o, _ in _dedupe_orgs(found)] == ([first] if one else [first, second])


@pytest.mark.parametrize(("first", "second", "one"), [
    # a body written in full and, elsewhere in the story, by its initials alone: one body
    (("Badan Intelijen Negara", None), ("BIN", None), True),
    (("Pusat Studi Hukum dan Kebijakan", None), ("PSHK", None), True),
    (("KBRI", None), ("Kedutaan Besar RI", None), True),
    # ... the initials of its name without the place that closes it
    (("Rumah Sakit Jiwa Daerah Surakarta", None), ("RSJD", None), True),
    (("RSJD", None), ("Rumah Sakit Jiwa Daerah Surakarta", None), True),
    # two names with the same initials are two bodies; so are initials that are not the name's
    (("Dewan Pembina Parfi", None), ("Dewan Pendiri Parfi", None), False),
    (("Badan Pemeriksa Keuangan", None), ("BPKP", None), False),
    # a body the story gives its own initials as acronym, written in full another way: one body
    (("Kedutaan Besar RI", None), ("Kedutaan Besar Republik Indonesia", "KBRI"), True),
    # a listed acronym (organizations.yaml acronyms) written alone beside its expansion: one body
    (("Kementerian Keuangan", None), ("Kemenkeu", "Kemenkeu"), True),
    # an acronym inside a longer body's name is that inner body's, not the longer one's
    (("Komisi III DPR RI", "DPR"), ("Dewan Perwakilan Rakyat", None), False),
    # a company by its initials after its legal form or its head, written in full with them elsewhere: one body
    (("PT Bank Rakyat Indonesia (Persero) Tbk", None), ("Bank BRI", None), True),
    (("PT BBI", None), ("PT Boma Bisma Indra", None), True),
    (("PT Penjaminan Infrastruktur Indonesia Persero", None), ("PT PII", None), True),
    # ... not another company's initials
    (("PT Bank Rakyat Indonesia", None), ("Bank BNI", None), False),
    # a listed body written by its acronym, expanded, is no other body of the same initials and no word in common
    (("Pemerintah Kota Kupang", None), ("Pemberdayaan Kesejahteraan Keluarga", "PKK"), False),
    (("Pemberdayaan Kesejahteraan Keluarga", "PKK"), ("Pemerintah Kota Kupang", None), False),
])
def test_a_body_and_its_initials_or_acronym(first: tuple[str, str | None], second: tuple[str, str | None],
                                            one: bool) -> None:
    found = [(Organization(name=name, acronym=acronym, text=name), (i, i + 1))
             for i, (name, acronym) in enumerate([first, second])]
    assert len(_dedupe_orgs(found)) == (1 if one else 2)


def test_a_prefix_s_acronym_joins_no_two_governments() -> None:
    # "Pemerintah Kabupaten (Pemkab) Purworejo dan Pemerintah Kabupaten Kulon Progo": "Pemkab" names no one body
    found = [(Organization(name="Pemerintah Kabupaten Purworejo", acronym="Pemkab",
                           text="Pemerintah Kabupaten (Pemkab) Purworejo"), (0, 1)),
             (Organization(name="Pemerintah Kabupaten Kulon Progo", acronym=None,
                           text="Pemerintah Kabupaten Kulon Progo"), (2, 3))]
    assert [o.name for o, _ in _dedupe_orgs(found)] == ["Pemerintah Kabupaten Purworejo",
                                                         "Pemerintah Kabupaten Kulon Progo"]


@pytest.mark.parametrize(("org", "text", "name", "aliases"), [
    # only the acronym written: the body is reported as written, the table's full name is its canonical name
    (Organization(name="Dewan Perwakilan Rakyat", acronym="DPR", text="DPR", aliases=["DPR"]),
     "Rapat kerja DPR dengan pemerintah digelar Senin.", "DPR", []),
    # the full name written too: it stays the name, the acronym an alias
    (Organization(name="Dewan Perwakilan Rakyat", acronym="DPR", text="DPR", aliases=["DPR"]),
     "Rapat Dewan Perwakilan Rakyat digelar Senin. DPR mengundang menteri.", "Dewan Perwakilan Rakyat", ["DPR"]),
    # a short form inside the acronym ("PUPR" of "Kementerian PUPR"), the full name never written: the acronym
    (Organization(name="Kementerian Pekerjaan Umum dan Perumahan Rakyat", acronym="Kementerian PUPR", text="PUPR",
                  aliases=["Kementerian PUPR"]),
     "Jembatan diresmikan Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR). Acara digelar Kementerian PUPR.",
     "Kementerian PUPR", []),
    # an alias the article never writes ("Kemdagri") is dropped
    (Organization(name="Kementerian Dalam Negeri", acronym="Kemendagri", text="Kemendagri",
                  aliases=["Kemendagri", "Kemdagri"]),
     "Sosialisasi Kemendagri digelar di Kupang.", "Kemendagri", []),
    # no acronym: the name as it is, even when it was put together ("Pemerintah Kota Bogor" of "Pemerintah Kota
    # Bogor dan Depok" stays whole)
    (Organization(name="Pemerintah Kota Depok", acronym=None, text="Depok"),
     "Pemerintah Kota Bogor dan Depok meneken nota kesepahaman.", "Pemerintah Kota Depok", []),
])
def test_bodies_are_named_as_written(org: Organization, text: str, name: str, aliases: list[str]) -> None:
    written = as_written(org, text)
    assert (written.name, written.aliases, written.canonical) == (name, aliases, org.name)


# A body the article names only by its acronym keeps that name; its full name from the curated table is canonical.
ACRONYM_ONLY = """Rapat Kerja Anggaran Pendidikan Digelar di Jakarta
JAKARTA - Komisi X DPR menggelar rapat kerja dengan Kemendikbud di Gedung Nusantara I, Jakarta, Senin (6/3/2023). Rapat itu membahas anggaran pendidikan tahun depan.
Rapat dipimpin Ketua Komisi X DPR, Syaiful Huda.
"""


def test_a_body_named_by_its_acronym_only(rules_nlp: Language) -> None:
    orgs = {o.name: o for event in extract(rules_nlp, ACRONYM_ONLY, "t", "test").events for o in event.organizations}
    assert "Kemendikbud" in orgs
    assert orgs["Kemendikbud"].canonical == "Kementerian Pendidikan dan Kebudayaan"


# The government a visit goes to ("kunjungan kerja ke Pemerintah Kota Kupang") received it: a party, though named
# inside the event's name.
VISIT_TO_A_GOVERNMENT = """Delegasi Malaysia Kunjungi Kupang
KUPANG - Delegasi Pemerintah Negeri Sabah, Malaysia, melakukan kunjungan kerja ke Pemerintah Kota Kupang, Senin (11/3/2024). Rombongan yang dipimpin Menteri Pariwisata Sabah, Christina Liew, diterima Penjabat Wali Kota Kupang, Fahrensy Funay, di Balai Kota Kupang.
"""


def test_the_government_a_visit_goes_to_took_part(rules_nlp: Language) -> None:
    names = {o.name for event in extract(rules_nlp, VISIT_TO_A_GOVERNMENT, "t", "test").events
             for o in event.organizations}
    assert {"Pemerintah Kota Kupang", "Pemerintah Negeri Sabah"} <= names


def test_one_body_keeps_its_first_mention() -> None:
    """The first mention of a body places it in the story (who hosted the main event), even when a later one spells
    it out more fully ("BPBD" in a role, then "Badan Penanggulangan Bencana Daerah Provinsi Sumatera Barat" beside
    a side event): the fuller name, at the first mention's span."""
    full = "Badan Penanggulangan Bencana Daerah Provinsi Sumatera Barat"
    found = [(Organization(name="Badan Penanggulangan Bencana Daerah", acronym="BPBD", text="BPBD"), (10, 14)),
             (Organization(name=full, acronym=None, text=full), (300, 300 + len(full)))]
    assert [(o.name, span) for o, span in _dedupe_orgs(found)] == [(full, (10, 14))]


def test_receiving_a_delegation_is_a_visit_its_host_took_part_in(rules_nlp: Language) -> None:
    event = extract(rules_nlp, VISITORS, "t", "test").events[0]
    assert (event.type, event.name) == ("visit", "kunjungan delegasi Pemerintah Kota Kitakyushu")
    assert "Eri Cahyadi" in {p.name for p in event.people}



@pytest.mark.parametrize(("text", "people", "bodies"), [
    # the body a visit's name opens with is the visitor; the host who receives it, named by office alone, took part
    ("Wali Kota Kupang menerima kunjungan kerja DPRD Belu di Balai Kota Kupang, Rabu (12/7/2023).",
     [(None, "Wali Kota Kupang")], ["DPRD Belu"]),
    ("Bupati Belu menerima kunjungan kerja Komisi II DPRD Kota Kupang di Atambua, Rabu (12/7/2023).",
     [(None, "Bupati Belu")], ["Komisi II DPRD Kota Kupang"]),
])
def test_a_work_visit_s_visitor_and_host(nlp: Language, text: str, people: list[tuple[str | None, str]],
                                         bodies: list[str]) -> None:
    event = extract(nlp, text, "t", "test").events[0]
    assert [(p.name, p.role) for p in event.people] == people
    assert [o.name for o in event.organizations] == bodies


def test_a_company_s_legal_form_in_brackets_is_no_acronym(rules_nlp: Language) -> None:
    # "(Persero)" closes a state company's name: no short form of it, and no key that joins two companies
    text = ("Penandatanganan Kerja Sama Pelabuhan Digelar di Kupang\n"
            "KUPANG - PT Perusahaan Perdagangan Indonesia (Persero) dan PT Pelayaran Nasional Indonesia (Persero) "
            "menandatangani nota kesepahaman di Hotel Kristal Kupang, Selasa (7/3/2023).")
    event = extract(rules_nlp, text, "t", "test").events[0]
    assert {(o.name, o.acronym) for o in event.organizations} == {
        ("PT Perusahaan Perdagangan Indonesia", None), ("PT Pelayaran Nasional Indonesia", None)}


OWN_ASSEMBLY = """Kongres Asosiasi Petani Kopi Digelar di Jakarta
JAKARTA - Kongres pertama Asosiasi Petani Kopi Nusantara digelar di Hotel Sahid, Jakarta, Selasa (22/8/2023). Kongres dibuka Menteri Koperasi Teten Masduki.
"""


@pytest.mark.parametrize(("before", "body", "owns"), [
    ("Kongres XVII ", "Muslimat NU", True),
    ("Rapat Kerja Nasional ", "Asosiasi Pemerintah Provinsi Seluruh Indonesia", True),
    ("kongres pertama ", "Asosiasi Media Siber Indonesia", True),
    ("Rakernas ke-3 ", "PAN", True),
    ("peresmian ", "Yudhoyono Institute", False),          # what was opened, not who met
    ("Festival Film ", "ASEAN", False),                     # an event named after a body
    ("sidang ", "PT EK Prima Indonesia", False),            # a company's "sidang" is a court's
    ("Konferensi ", "Nasional Pemberantasan Korupsi", False),   # a piece of the event's own name
    ("Rapat Koordinasi Pengembangan Pelayaran ", "Kemenhub", False),   # a topic between
    ("Pertemuan Tingkat Tinggi ", "Jaringan Kota Pintar", False),   # a summit's group is not its members' parties
])
def test_a_body_s_own_assembly(before: str, body: str, owns: bool) -> None:
    assert _owns_assembly(before, body) is owns


def test_the_body_whose_assembly_it_is_took_part(rules_nlp: Language) -> None:
    names = {o.name for event in extract(rules_nlp, OWN_ASSEMBLY, "t", "test").events for o in event.organizations}
    assert "Asosiasi Petani Kopi Nusantara" in names


# The outlet a story quotes and the things named by short capitals (a power plant, a party's statutes) take no part.
QUOTED_OUTLET = """Rapat Kerja Energi Digelar di Serang
SERANG - Kementerian ESDM menggelar rapat kerja dengan PT PLN di Serang, Senin (6/3/2023). Rapat itu membahas pembangunan PLTU Banten dan AD/ART koperasi karyawan, seperti dikutip dari AFP.
Rapat dipimpin Menteri ESDM, Arifin Tasrif. Dalam rapat itu dibahas pula OTT terhadap pejabat daerah dan KUR bagi nelayan.
"Bahkan nuansa SARA menggerogoti kebhinekaan kita," kata Arifin dalam rapat itu.
"""


@pytest.mark.parametrize("dropped", ["AFP", "PLTU", "ART", "OTT", "KUR", "SARA"])
def test_a_quoted_outlet_and_things_in_capitals_are_no_bodies(nlp: Language, dropped: str) -> None:
    names = {o.name for event in extract(nlp, QUOTED_OUTLET, "t", "test").events for o in event.organizations}
    assert "PT PLN" in names
    assert dropped not in names


# Documents, schemes and indices of government work written in capitals are no bodies either.
GOVERNMENT_PAPERS = """Rapat Badan Anggaran Bahas KUPA-PPAS
JAKARTA - Badan Anggaran DPRD DKI menggelar rapat dengan Bappeda DKI di Gedung DPRD, Jakarta, Senin (6/3/2023). Rapat membahas KUPA dan PPAS APBD 2023, penyerahan LHP dari BPK dan penyusunan KLHS kawasan pesisir.
Dalam rapat itu dibahas pula skema KPBU untuk pembangunan RPTRA serta nilai ISPU yang memburuk.
"""


@pytest.mark.parametrize("dropped", ["KUPA", "PPAS", "PPAS APBD", "LHP", "KLHS", "KPBU", "ISPU"])
def test_government_papers_in_capitals_are_no_bodies(nlp: Language, dropped: str) -> None:
    names = {o.name for event in extract(nlp, GOVERNMENT_PAPERS, "t", "test").events for o in event.organizations}
    assert "Badan Anggaran DPRD DKI" in names or "Badan Anggaran DPRD" in names, names
    assert dropped not in names, names


# A national body or party named only in a participant's office is the person's affiliation; a faction, or a
# ministry named on its own, took part.
AFFILIATION = """Rapat Koordinasi Jalan Tol Digelar di Jakarta
JAKARTA - Rapat Koordinasi Pembangunan Jalan Tol Sumatera digelar di Gedung Nusantara, Jakarta, Senin (6/3/2023). Rapat dihadiri Ketua Umum Partai Gerindra Prabowo Subianto, Kepala BNPB Willem Rampangilei dan Ketua Fraksi PKB Ida Fauziah.
Dalam rapat itu, Prabowo meminta Kementerian Sosial menyiapkan bantuan bagi warga terdampak.
"""


@pytest.mark.parametrize(("body", "took_part"), [
    ("Partai Gerindra", False), ("BNPB", False), ("Fraksi PKB", True), ("Kementerian Sosial", True),
])
def test_a_national_body_in_a_participant_s_office_is_an_affiliation(rules_nlp: Language, body: str,
                                                                      took_part: bool) -> None:
    names = {o.name for event in extract(rules_nlp, AFFILIATION, "t", "test").events for o in event.organizations}
    assert (body in names) is took_part, names


@pytest.mark.parametrize(("org", "affiliation"), [
    (Organization(name="Partai Gerindra", acronym=None, text="Partai Gerindra"), True),
    (Organization(name="Tentara Nasional Indonesia", acronym="TNI", text="TNI"), True),
    (Organization(name="Kementerian Dalam Negeri RI", acronym=None, text="Kementerian Dalam Negeri RI"), True),
    (Organization(name="DPD ASITA", acronym="DPD", text="DPD ASITA"), False),   # a board, not the senate
    (Organization(name="Fraksi Golkar", acronym=None, text="Fraksi Golkar"), False),
])
def test_which_bodies_are_affiliations(org: Organization, affiliation: bool) -> None:
    text = f"Kepala {org.text} Budi Santoso hadir."
    role = (0, len("Kepala ") + len(org.text))
    assert affiliation_only(text, org, [role]) is affiliation


@pytest.mark.parametrize(("name", "holders", "left"), [
    ("Komisi Pemberantasan Korupsi Saut Situmorang", ["Saut Situmorang"], "Komisi Pemberantasan Korupsi"),
    ("Komite BPH Migas M Ibnu Fajar", ["Ibnu Fajar"], "Komite BPH Migas M Ibnu Fajar"),   # a lone letter: left
    ("Komisi A Budi Santoso", ["Budi Santoso"], "Komisi A Budi Santoso"),     # ... the body's or the holder's
    ("Jaringan Sekolah Alam Nusantara, Salam Aid", ["Salam Aid"], "Jaringan Sekolah Alam Nusantara, Salam Aid"),
    ("DPRD Pantas Nainggolan", ["Pantas Nainggolan"], "DPRD"),
    ("PT Pelindo III", ["Pelindo III"], "PT Pelindo III"),                    # a head alone is no body
    ("Jaringan Sekolah Alam Nusantara dan Salam Aid", ["Salam Aid"],
     "Jaringan Sekolah Alam Nusantara dan Salam Aid"),                         # a list, not a holder
    ("Partai Amanat Nasional", ["Amien Rais"], "Partai Amanat Nasional"),
])
def test_a_body_s_name_ends_where_its_holder_s_begins(name: str, holders: list[str], left: str) -> None:
    org = without_holder(Organization(name=name, acronym=None, text=name), holders)
    assert (org.name, org.text) == (left, left)


def test_a_bracket_after_a_participant_names_a_body_not_a_profession_or_a_district(nlp: Language) -> None:
    text = ("Seminar Nasional Antikorupsi digelar di Universitas Hasanuddin, Makassar, Kamis (19/9/2019). Seminar itu "
            "menghadirkan pembicara Sinta Rahayu (Bekraf), Bayu Prasetyo (Hakim), dan Eva Rataba (Dapil Sulawesi "
            "Selatan III).")
    events = extract(nlp, text, "t", title_line=False).events
    assert [o.name for o in events[0].organizations] == ["Bekraf"]


def test_a_profession_in_brackets_leaves_the_body_after_it(nlp: Language) -> None:
    text = ("Seminar Nasional Antikorupsi digelar di Universitas Hasanuddin, Makassar, Kamis (19/9/2019). Seminar itu "
            "menghadirkan pembicara Sinta Rahayu (Bekraf) dan Bayu Prasetyo (Hakim PN Jakarta Selatan).")
    events = extract(nlp, text, "t", title_line=False).events
    assert [o.name for o in events[0].organizations] == ["Bekraf", "PN Jakarta Selatan"]


@pytest.mark.parametrize(("text", "name", "number"), [
    # a sum of money, a document's or a case's number, scraped punctuation around a number: no body
    ("Nilainya mencapai USD300 juta.", "USD300", True),
    ("Harga tiket SAR2.000 per orang.", "SAR2.000", True),
    ("Putusan Nomor 22/PUU-XV/2017 dibacakan.", "PUU-XV/2017", True),
    ("Surat Nomor KEP.0219 diterbitkan.", "KEP.0219", True),
    ("SK Nomor 188.4.45/KEP/DPMDP3A/2019 terbit.", "KEP", True),
    ("Ketua MPR.,(2 hadir.", "MPR.,(2", True),
    # a body's name with a number, or two bodies joined by a slash, stays
    ("Kota anggota C40 bertemu.", "C40", False),
    ("Menteri ATR/BPN hadir.", "BPN", False),
    ("Kadis DPMDP3A hadir.", "DPMDP3A", False),
    ("Pertemuan G20 digelar.", "G20", False),
])
def test_a_number_is_no_body(text: str, name: str, number: bool) -> None:
    start = text.index(name)
    assert _number_not_body(text, start, start + len(name)) is number


# A wider place after a comma is the region of the place before it, no party of its own ("Pemerintah Kota Fuzhou,
# Tiongkok, menandatangani ..."); a list of places of one rank stays a list of parties (LISTED_SUBJECT above).
APPOSED_COUNTRY = """Semarang dan Fuzhou Jalin Kota Kembar
SEMARANG - Pemerintah Kota Semarang dan Pemerintah Kota Fuzhou, Tiongkok, menandatangani Letter of Intent kerja sama kota kembar di Balai Kota Semarang, Kamis (16/3/2023).
"""
APPOSED_PROVINCE = """Manado dan Davao Teken Kerja Sama
MANADO - Kota Manado, Sulawesi Utara, menandatangani nota kesepahaman dengan Kota Davao, Filipina, di Manado, Kamis (16/3/2023).
"""


@pytest.mark.parametrize(("article", "kept", "dropped"), [
    (APPOSED_COUNTRY, "Pemerintah Kota Fuzhou", "Tiongkok"),
    (APPOSED_PROVINCE, "Kota Manado", "Sulawesi Utara"),
])
def test_a_region_after_a_comma_is_no_party(rules_nlp: Language, article: str, kept: str, dropped: str) -> None:
    names = {o.name for event in extract(rules_nlp, article, "t", "test").events for o in event.organizations}
    assert kept in names
    assert dropped not in names


# A forum's head after "dan" begins a second body; a regency's forum and offices are known by their short forms.
SECOND_BODY = """FGD Pencegahan Konflik di Bima
BIMA - Kepolisian Resor Bima menggelar FGD pencegahan konflik sosial di Aula Polres Bima, Selasa (13/6/2023). FGD menghadirkan narasumber dari Komisi Pemilihan Umum (KPU) Kabupaten Bima dan Forum Kerukunan Umat Beragama (FKUB).
"""


@pytest.mark.parametrize("kept", ["Komisi Pemilihan Umum Kabupaten Bima", "Forum Kerukunan Umat Beragama"])
def test_a_forum_after_dan_is_a_second_body(nlp: Language, kept: str) -> None:
    names = {o.name for event in extract(nlp, SECOND_BODY, "t", "test").events for o in event.organizations}
    assert kept in names


# The organiser, a sponsor or a partner the model tags as an organisation, named right after a cue
# (organizations.yaml organiser_cues), took part though no rule knows its name; a branch office ("kantor perwakilan")
# and a kind of body in lower case do not.
PROMOTED = """Festival Musik Pantai Digelar di Ancol
JAKARTA - Festival Musik Pantai yang dipromotori oleh Ismaya Live digelar di Pantai Ancol, Jakarta, Sabtu (12/8/2017). Festival itu menghadirkan 40 musisi dari dalam dan luar negeri.
Festival dibuka Gubernur DKI Jakarta Djarot Saiful Hidayat.
"""
PARTNERED = """Pelatihan Pemasaran Digital Digelar di Bandung
BANDUNG - Dinas Koperasi Kota Bandung menggelar pelatihan pemasaran digital bagi pelaku usaha kecil di Bandung, Kamis (5/9/2019). Pelatihan itu digelar dengan menggandeng Tokopedia.
Pelatihan dibuka Kepala Dinas Koperasi Kota Bandung, Atet Dedi Handiman.
"""
BRANCH_OFFICE = """Rapat Koordinasi Ojek Daring Digelar di Lampung
BANDARLAMPUNG - Dinas Perhubungan Provinsi Lampung menggelar rapat koordinasi ojek daring di Bandarlampung, Kamis (5/9/2019). Rapat itu membahas penutupan kantor perwakilan Grab di Lampung dan dihadiri dua perwakilan kementerian negara.
Rapat dipimpin Kepala Dinas Perhubungan, Bambang Sumbogo.
"""


@pytest.mark.parametrize(("article", "body", "took_part"), [
    (PROMOTED, "Ismaya Live", True), (PARTNERED, "Tokopedia", True),
    (BRANCH_OFFICE, "Grab", False), (BRANCH_OFFICE, "kementerian negara", False),
])
def test_a_model_body_after_an_organisers_cue(nlp: Language, article: str, body: str, took_part: bool) -> None:
    names = [o.name for e in extract(nlp, article, "t").events for o in e.organizations]
    assert names, "the event must be recorded"
    assert any(body.lower() in n.lower() for n in names) is took_part, names

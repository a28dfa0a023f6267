"""Numbers and attendance counts: tables of (input, expected) in the style of dateparser's language tests."""

from __future__ import annotations

import pytest

from pipeline.stages.numbers import find_counts, parse_number, parse_number_words

# --------------------------------------------------------------- numbers as written

NUMBERS = [
    ("1.200", 1200),
    ("12.500", 12500),
    ("1.250.000", 1250000),
    ("45", 45),
    ("2,5 juta", 2500000),
    ("1,5 ribu", 1500),
    ("3 juta", 3000000),
    ("0,75", 0.75),
    ("dua puluh", 20),
    ("tujuh belas", 17),
    ("sebelas", 11),
    ("sepuluh", 10),
    ("seratus dua puluh lima", 125),
    ("seribu lima ratus", 1500),
    ("dua ribu tiga ratus empat puluh", 2340),
    ("tiga ratus ribu", 300000),
    ("satu juta", 1000000),
    ("sembilan belas", 19),
    ("delapan", 8),
    ("empat puluh tujuh", 47),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "peserta", "Rp", "dua kali", "10.5"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_parse_number_words_rejects_other_words() -> None:
    assert parse_number_words("dua orang") is None


# --------------------------------------------------------------- attendance counts

# (sentence, [(count, qualifier, unit, status), ...])
COUNTS = [
    # digits, separators and words
    ("Lokakarya itu dihadiri 1.200 peserta dari berbagai daerah.", [(1200, "exact", "peserta", "attended")]),
    ("Acara diikuti 2,5 ribu peserta.", [(2500, "exact", "peserta", "attended")]),
    ("Diskusi dihadiri dua puluh peserta.", [(20, "exact", "peserta", "attended")]),
    ("Rapat dihadiri tujuh belas delegasi.", [(17, "exact", "delegasi", "attended")]),
    ("Kemah itu diikuti seratus dua puluh lima peserta.", [(125, "exact", "peserta", "attended")]),
    ("Pelatihan diikuti 25 orang peserta.", [(25, "exact", "peserta", "attended")]),
    # "orang" counts the noun after it, the unit: not a verb, a function word or a rate
    ("Festival itu diikuti 400 orang penari perempuan.", [(400, "exact", "penari", "attended")]),
    ("Sebanyak 1.704 orang warganya hadir dalam acara itu.", [(1704, "exact", "warga", "attended")]),
    ("Sebanyak 50 orang hadir dalam rapat itu.", [(50, "exact", "orang", "attended")]),
    ("Rombongan kunjungan kerja itu berjumlah 12 orang dipimpin Ketua Komisi II.", [(12, "exact", "orang", "attended")]),
    ("Acara itu diikuti sekitar 50 orang sebulan.", [(50, "about", "orang", "attended")]),
    # vague quantities
    ("Peresmian disaksikan ratusan warga.", [(None, "hundreds", "warga", "attended")]),
    ("Puluhan ribu warga memadati alun-alun saat pawai.", [(None, "tens_of_thousands", "warga", "attended")]),
    ("Belasan warga hadir dalam musyawarah desa.", [(None, "dozens", "warga", "attended")]),
    # a crowd that welcomed a visitor came
    ("Ratusan warga menyambut kedatangan Gubernur di Desa Kalikajar.", [(None, "hundreds", "warga", "attended")]),
    # ... and one that enlivened or filled the gathering
    ("Festival Golo Koe diramaikan ribuan warga dan wisatawan.", [(None, "thousands", "warga", "attended")]),
    ("Pameran itu dipadati ratusan pengunjung.", [(None, "hundreds", "pengunjung", "attended")]),
    ("Kunjungan kerja Gubernur disambut ratusan warga.", [(None, "hundreds", "warga", "attended")]),
    ("Pelatihan diikuti puluhan pelaku UMKM.", [(None, "tens", "pelaku umkm", "attended")]),
    ("Upacara diikuti ribuan aparatur sipil negara.", [(None, "thousands", "aparatur sipil negara", "attended")]),
    # qualifiers
    ("Konferensi diikuti lebih dari 200 peserta.", [(200, "more_than", "peserta", "attended")]),
    ("Seminar dihadiri sekitar 150 orang.", [(150, "about", "orang", "attended")]),
    ("Kegiatan diikuti kurang lebih 60 peserta.", [(60, "about", "peserta", "attended")]),
    ("Hampir 300 peserta mengikuti pelatihan itu.", [(300, "about", "peserta", "attended")]),
    ("Sarasehan diikuti kurang dari 20 peserta.", [(20, "less_than", "peserta", "attended")]),
    ("Musrenbang dihadiri sedikitnya 40 kepala desa.", [(40, "at_least", "kepala desa", "attended")]),
    ("Simulasi diikuti minimal 100 relawan.", [(100, "at_least", "relawan", "attended")]),
    ("Sebanyak 45 kepala daerah hadir dalam rapat tersebut.", [(45, "exact", "kepala daerah", "attended")]),
    ("Seminar itu diikuti tak kurang dari 300 peserta.", [(300, "at_least", "peserta", "attended")]),
    ("Rapat diikuti tidak kurang dari 80 peserta.", [(80, "at_least", "peserta", "attended")]),
    ("Pameran dikunjungi setidaknya 500 pengunjung.", [(500, "at_least", "pengunjung", "attended")]),
    # "ada" or "terdapat" between the qualifier and its count
    ("Sekurangnya ada 250 orang yang hadir dalam acara ini.", [(250, "at_least", "orang", "attended")]),
    ("Pelatihan itu diikuti setidaknya terdapat 40 peserta.", [(40, "at_least", "peserta", "attended")]),
    # units as the counted noun
    ("Rapat koordinasi diikuti 34 kabupaten/kota.", [(34, "exact", "kabupaten/kota", "attended")]),
    ("Sosialisasi itu dihadiri perwakilan 10 Kab/Kota.", [(10, "exact", "kab/kota", "attended")]),
    ("Forum ini dihadiri perwakilan 31 kecamatan dan lembaga masyarakat.", [(31, "exact", "kecamatan", "attended")]),
    ("Dialog itu menghadirkan 12 pembicara dari dalam dan luar negeri.", [(12, "exact", "pembicara", "attended")]),
    ("Rakor diikuti 17 panewu beserta kepala puskesmas.", [(17, "exact", "panewu", "attended")]),
    ("Rombongan yang terdiri atas 18 pengurus asosiasi tiba di Palangka Raya.",
     [(18, "exact", "pengurus", "attended")]),
    ("Pertemuan tingkat menteri itu dihadiri 11 delegasi negara.", [(11, "exact", "delegasi negara", "attended")]),
    ("Pameran itu diikuti oleh 35 startup terpilih.", [(35, "exact", "startup", "attended")]),
    ("Sebanyak 34 lembaga sosial mengikuti kegiatan itu.", [(34, "exact", "lembaga sosial", "attended")]),
    ("Bazar itu diramaikan 72 stand kuliner yang tampil sejak pagi.", [(72, "exact", "stand", "attended")]),
    ("Dana hibah disalurkan kepada 120 lembaga penerima.", []),   # a counted body without attending is no audience
    # status: invited and expected
    ("Panitia mengundang 500 tamu undangan.", [(500, "exact", "tamu undangan", "invited")]),
    ("Sebanyak 60 kepala sekolah diundang ke pertemuan itu.", [(60, "exact", "kepala sekolah", "invited")]),
    ("Acara ini ditargetkan diikuti 2.000 peserta.", [(2000, "exact", "peserta", "expected")]),
    ("Pameran diperkirakan dihadiri ribuan pengunjung.", [(None, "thousands", "pengunjung", "expected")]),
    ("Kongres akan diikuti 30 delegasi.", [(30, "exact", "delegasi", "expected")]),
    ("Konferensi itu semula direncanakan dihadiri sekitar 600 peserta.", [(600, "about", "peserta", "expected")]),
    ("Festival akan diikuti 85 pelaku ekonomi kreatif dari seluruh Jawa Barat.",
     [(85, "exact", "pelaku ekonomi kreatif", "expected")]),
    ("Panitia menargetkan 2.000 pengunjung selama tiga hari.", [(2000, "exact", "pengunjung", "expected")]),
    ("Rapat itu akan dihadiri perwakilan tujuh kabupaten.", [(7, "exact", "kabupaten", "expected")]),
    # a place counted right after its attendees is where they came from
    ("Lokakarya diikuti 20 peserta dari enam negara.", [(20, "exact", "peserta", "attended")]),
    ("Forum diikuti 28 wali kota berusia muda dari sembilan negara.", [(28, "exact", "wali kota", "attended")]),
    ("Seminar melibatkan peserta dari 17 kabupaten/kota di Indonesia.", [(17, "exact", "kabupaten/kota", "attended")]),
    # counts of the same thing that add up to the one before them split it (votes): the audience is the total
    ("Sidang itu dihadiri 400 anggota, 250 anggota setuju dan 150 anggota menolak.",
     [(400, "exact", "anggota", "attended")]),
    ("Misa itu diikuti ribuan jemaah dari berbagai paroki.", [(None, "thousands", "jemaah", "attended")]),
    # audiences of regional programmes, beside an attendance cue
    ("Penyuluhan itu diikuti 120 ibu hamil dan 45 kader posyandu.",
     [(120, "exact", "ibu hamil", "attended"), (45, "exact", "kader posyandu", "attended")]),
    ("Jamuan itu dihadiri 20 duta besar negara sahabat.", [(20, "exact", "duta besar", "attended")]),
    # bodies taking part in a coordination meeting, listed after the attendance cue
    ("Rapat itu diikuti perwakilan 18 provinsi, tujuh kementerian, serta Bank Indonesia.",
     [(18, "exact", "provinsi", "attended"), (7, "exact", "kementerian", "attended")]),
    # right after an attendance cue, a count of any lower-case noun is an audience; not a measure
    ("Kegiatan ini diikuti 86 bendahara dari 43 OPD.", [(86, "exact", "bendahara", "attended")]),
    ("Final itu dihadiri oleh sekitar 40 finalis.", [(40, "about", "finalis", "attended")]),
    ("Kenaikan harga itu diikuti 5 persen inflasi.", []),
    # ... and right before a verb of attending a gathering; not a pool's part, a name's number or an act of another
    ("Sebanyak 500 personel gabungan mengikuti apel itu.", [(500, "exact", "personel", "attended")]),
    ("Hanya dua dari tujuh terlapor yang menghadiri sidang.", []),
    ("Musisi pentolan Dewa 19 itu menghadiri acara paparan.", []),
    ("Sebanyak 500 personel gabungan dikerahkan untuk pengamanan.", []),
    # who a gathering was held for, after its name in lower case; not after a verb or clause word, nor a gift's
    ("Dinas membuka pelatihan pemasaran digital bagi 100 pelaku UMKM di Kupang.",
     [(100, "exact", "pelaku umkm", "attended")]),
    ("Ketua MPR mengajak peserta sidang untuk berdoa bagi dua mahasiswa tersebut.", []),
    ("Peluncuran ini ditandai dengan pemberian sarana TIK kepada 38 sekolah.", []),
    # nor kinds, brands or a survey's respondents
    ("Pameran itu diikuti 350 jenis produk.", []),
    ("Survei itu diikuti lebih dari 5.100 responden.", []),
    # who did not come, right after the count, whatever the clause said before it
    ("Rapat dihadiri 14 bupati, sementara dua wali kota yang belum hadir diwakili sekda.",
     [(14, "exact", "bupati", "attended")]),
    # ... or after who they are, named between commas
    ("Rakor diikuti 150 peserta. Dua kepala daerah, yakni Bupati Sumba Barat Daya dan Bupati Malaka, tidak hadir.",
     [(150, "exact", "peserta", "attended")]),
    ("Tiga wali kota, yaitu Wali Kota Kupang, Wali Kota Bima dan Wali Kota Mataram, belum hadir.", []),
    ("Dua kepala daerah, yakni Bupati Sumba Barat Daya dan Bupati Malaka, hadir dalam rapat itu.",
     [(2, "exact", "kepala daerah", "attended")]),
    # a part of a pool: who came, then the pool called
    # a pool that needs a cue of its own ("anggota"): the part before "dari" came, the pool was called
    ("Paripurna dihadiri 32 dari 45 anggota dewan sehingga dinyatakan kuorum.",
     [(32, "exact", "anggota", "attended"), (45, "exact", "anggota", "invited")]),
    ("Rapat paripurna dihadiri 25 dari 40 anggota DPRD.",
     [(25, "exact", "anggota dprd", "attended"), (40, "exact", "anggota dprd", "invited")]),
    ("Sidang itu dihadiri dua puluh lima dari empat puluh anggota DPRD.",
     [(25, "exact", "anggota dprd", "attended"), (40, "exact", "anggota dprd", "invited")]),
    # ... the part opening its clause, the verb of coming after the pool
    ("Sebanyak 27 dari 35 anggota dewan tercatat hadir sehingga rapat dinyatakan kuorum.",
     [(27, "exact", "anggota", "attended"), (35, "exact", "anggota", "invited")]),
    ("Rapat diikuti sebagian dari 40 anggota DPRD.", [(40, "exact", "anggota dprd", "attended")]),
    # a whole the count is taken from, with "jumlah keseluruhan" between: no one came as that count
    ("Rapat paripurna dihadiri 299 anggota dari jumlah keseluruhan 560 anggota.",
     [(299, "exact", "anggota", "attended")]),
    # people counted by "orang" after the pool they are of are of the pool's unit
    ("Dari 45 anggota dewan, sebanyak 31 orang hadir secara fisik.", [(31, "exact", "anggota dewan", "attended")]),
    # two counts
    ("Rapat dihadiri 45 peserta secara langsung, sementara sekitar 30 peserta lainnya bergabung secara daring.",
     [(45, "exact", "peserta", "attended"), (30, "about", "peserta", "attended")]),
    # "N lainnya" (N others) after a count in its sentence counts more of the same; not those who stayed away
    ("Sebanyak 250 peserta hadir secara luring, sementara 100 lainnya bergabung secara daring.",
     [(250, "exact", "peserta", "attended"), (100, "exact", "peserta", "attended")]),
    ("Sebanyak 12 kepala desa hadir, sedangkan 18 lainnya berhalangan.", [(12, "exact", "kepala desa", "attended")]),
    # "-an" after a number makes it approximate; an administration's units (OPD) count beside a cue
    ("Sosialisasi itu diikuti sekitar 1.000-an peserta.", [(1000, "about", "peserta", "attended")]),
    ("Rapat diikuti oleh 45 OPD dan 12 camat.", [(45, "exact", "opd", "attended"), (12, "exact", "camat", "attended")]),
    # "akan" before an attending cue: who will take part
    ("Kerja sama itu akan melibatkan 200 mahasiswa KKN dari kampus itu.", [(200, "exact", "mahasiswa", "expected")]),
    # an initial's full stop ends no clause; a count that ends a list its cue opened is an attendee of it
    ("Turut hadir Wakil Bupati Yulianus Weng, Sekretaris Daerah Fransiskus S. Sodo, para pimpinan OPD, serta 25 dosen "
     "Undana.", [(25, "exact", "dosen", "attended")]),
    ("Hadir pula Dr. Ali Umar serta 25 dosen tamu.", [(25, "exact", "dosen", "attended")]),
    # who came, totalled by a verb after the noun that names them
    ("Total peserta rakor berjumlah 48 orang.", [(48, "exact", "orang", "attended")]),
    ("Adapun peserta pelatihan sebanyak 9 orang yang berprofesi sebagai bidan.", [(9, "exact", "orang", "attended")]),
    # a place visited by people counts them; a forecast of it is expected
    ("Pameran itu dikunjungi 5.000 orang.", [(5000, "exact", "orang", "attended")]),
    ("Panitia memperkirakan festival akan dikunjungi sekitar 15.000 orang selama tiga hari.",
     [(15000, "about", "orang", "expected")]),
    # the audience a speaker faced
    ("kata Mendikbud dihadapan ratusan guru dan kepala sekolah dalam acara itu.",
     [(None, "hundreds", "guru", "attended")]),
    ("Di hadapan 300 peserta, Wali Kota memaparkan program itu.", [(300, "exact", "peserta", "attended")]),
    # a congregation's spelling "jamaah" beside "jemaah", and graduates at their graduation
    ("Panitia mencatat sekitar 5.000 jamaah mengikuti pengajian tersebut.", [(5000, "about", "jamaah", "attended")]),
    ("Sebanyak 1.250 wisudawan mengikuti prosesi wisuda periode I.", [(1250, "exact", "wisudawan", "attended")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_attendance_counts(text: str, expected: list[tuple[int | None, str, str, str]]) -> None:
    assert [(c.count, c.qualifier, c.unit, c.status) for c in find_counts(text)] == expected


# --------------------------------------------------------------- counts that are not attendance

NOT_ATTENDANCE = [
    "Jejaring ini beranggotakan 130 kota anggota dari 19 negara.",
    # places after "di"/"ke": where something is or goes, not who came
    "Program itu melibatkan mahasiswa KKN yang ditempatkan di 20 desa.",
    "Waralaba itu telah hadir di 11 negara.",
    "Pemerintah kabupaten itu memiliki 45 OPD.",
    "Sebanyak 50 proyek dibahas dalam pertemuan itu.",
    "Anggaran kegiatan mencapai Rp 2,5 miliar.",
    "Sekitar 45 persen warga belum menerima bantuan.",
    "Pada 2019 acara serupa digelar di Bandung.",
    "Pria berusia 45 tahun itu ditunjuk sebagai ketua.",
    "Artikel ini telah dibaca 1.234 kali.",
    "Banjir membuat ratusan warga mengungsi ke masjid.",
    "Tuntutan ini mengikuti aksi protes di Papua yang menewaskan sedikitnya sepuluh orang.",
    "Dalam bakti sosial hari ini direncanakan akan dioperasi sebanyak lima orang pasien hernia.",
    "Sebanyak 1.200 warga terdampak banjir bandang.",
    "Seorang pengendara tewas, sementara dua orang lainnya mengalami luka berat.",
    "Satu penyuluh harus melayani hampir 900 petani.",
    "BUMDes itu kini mempekerjakan 60 warga.",
    "Dari 1.432 desa di provinsi itu, baru 40 persen yang batasnya ditetapkan.",
    "Program ini menghasilkan 21 konten edukasi.",
    "Pemkot akan mengirim delapan pegawai untuk magang.",
    "Kota itu memiliki 12 kecamatan dan 80 kelurahan.",
    "Harga cabai naik 20 persen pekan ini.",
    "Asosiasi itu kini menghimpun 137 anggota dari seluruh provinsi.",
    # people a case caught
    "ICW mencatat 98 kasus korupsi dana desa yang menjerat 112 kepala desa.",
    "Polisi menangkap pelaku, sementara 12 peserta aksi diamankan di Polres.",
    "Partai itu memiliki 300 anggota di kabupaten tersebut.",
    # a body's size, totalled as attendees are
    "Usulan itu disetujui seluruh anggota DPRD yang berjumlah 120 orang.",
    # a count per unit
    "Setiap desa mengirimkan tiga orang perwakilan ke pelatihan itu.",
    "Tiap tahunnya, sekitar 1000 peserta berpartisipasi dalam pameran tersebut.",
    # another edition's audience
    "Tahun lalu kita catat 38 ribu pengunjung.",
    "Pada edisi sebelumnya, festival itu dihadiri 5.000 orang.",
    # a share, not a pool of who came
    "Sebanyak 1 dari 5 ibu hamil mengalami anemia.",
    # members of a body, a crowd before a building: no audience
    "Ratusan mahasiswa yang tergabung dalam komite itu menggelar aksi.",
    "Ribuan mahasiswa menggelar aksi di depan Gedung DPRD.",
    # graduates counted by their honours, with no cue of attending
    "Dari jumlah tersebut, 64 wisudawan meraih predikat cum laude.",
    # a year after a time word, then the sentence's subject
    "Dalam acara itu dijelaskan, pada 2010 Gubernur Papua menerbitkan Pergub No. 13 Tahun 2010.",
    # a population, not one gathering's audience
    "Rapat itu memperkirakan pergerakan masyarakat selama Lebaran diikuti 193.600.000 orang.",
    "Pertemuan itu dihadiri 16 juta petani.",
]


@pytest.mark.parametrize("text", NOT_ATTENDANCE)
def test_not_attendance(text: str) -> None:
    assert find_counts(text) == []


def test_invited_pool_then_who_came() -> None:
    text = "Seminar melibatkan peserta dari 17 kabupaten/kota dan yang hadir hanya 10 kab/kota."
    assert [(c.count, c.status) for c in find_counts(text)] == [(17, "invited"), (10, "attended")]


def test_count_spans_point_at_the_text() -> None:
    text = "Konferensi diikuti lebih dari 200 peserta."
    (count,) = find_counts(text)
    assert text[count.start:count.end] == "lebih dari 200 peserta"
    assert text[count.unit_start:count.unit_end] == "peserta"


def test_counts_found_in_the_folded_text_are_those_of_the_case_insensitive_pattern() -> None:
    from pipeline.stages.folding import key
    from pipeline.stages.numbers import _count_patterns

    patterns = _count_patterns()
    assert patterns.folded_count is not None
    text = ("Sebanyak 1.200 PESERTA hadir, SEKITAR lima ratus Warga dan ratusan MAHASİSWA, 35 pesertaı "
            "dihadiri 20 oRANG peſerta serta 3\u212a peserta dan 12 orang Peserta; tidak kurang dari 40 pengunjung.")
    folded = [(m.span(), m.span("unit"), m.group("number")) for m in patterns.folded_count.finditer(key(text))]
    plain = [(m.span(), m.span("unit"), m.group("number") and m.group("number").lower())
             for m in patterns.count.finditer(text)]
    assert folded == plain and plain


@pytest.mark.parametrize(("text", "expected"), [
    # a counted party that visits attended ...
    ("Sebanyak 20 duta besar dari negara-negara Uni Eropa mendatangi kantor gubernur.",
     [(20, "exact", "duta besar", "attended")]),
    ("Sebanyak 12 anggota Komisi II DPRD Kabupaten Bantul melakukan kunjungan kerja ke Pemkab Sleman.",
     [(12, "exact", "anggota", "attended")]),
    ("Sebanyak 15 anggota Komisi I DPRD Provinsi Gorontalo melakukan studi banding ke DPRD Jawa Timur.",
     [(15, "exact", "anggota", "attended")]),
    ("Setidaknya ada 28 mahasiswa yang melakukan audiensi dengan Sekjen DPR.", [(28, "at_least", "mahasiswa", "attended")]),
    # ... not the places a party visits
    ("Tim promosi akan mengunjungi 16 kota di Amerika Serikat.", []),
    ("Mahasiswa itu melakukan kunjungan ke 4 universitas di Jepang.", []),
])
def test_a_visit_verb_after_the_count(text: str, expected: list[tuple[int | None, str, str, str]]) -> None:
    assert [(c.count, c.qualifier, c.unit, c.status) for c in find_counts(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Dari N ..., hanya M yang hadir": N is the pool that was called, M came
    ("Dari 30 anggota DPRD, hanya 12 orang yang hadir.", [(30, "invited"), (12, "attended")]),
    # ... after the pool's own "yang diundang": the count's own relative clause says it came, and a bare number
    # counts in the pool's unit
    ("Dari 8 bupati yang diundang, hanya 6 bupati yang hadir.", [(8, "invited"), (6, "attended")]),
    ("Dari 35 kepala daerah yang diundang, 32 hadir dalam rapat itu.", [(35, "invited"), (32, "attended")]),
    # (a relative clause of inviting does not undo attending before it)
    ("Rapat itu dihadiri 40 peserta yang diundang dari 10 kabupaten.", [(40, "attended")]),
    # a count after "dari" that no present count follows stays
    ("Rapat itu dihadiri 25 anggota DPRD dari 30 anggota.", [(25, "attended")]),
])
def test_the_pool_before_who_came(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.count, c.status) for c in find_counts(text)] == expected

"""People and roles: titles stripped, offices linked to names, in the shapes Indonesian news writes them.

Rules only (``ner="none"``): these tests must not move when the statistical model is retrained.
"""

from __future__ import annotations

from functools import cache

import pytest
from spacy.language import Language

from pipeline import nlp as nlp_module
from pipeline.extract import extract
from pipeline.stages.entities import learn_acronyms
from pipeline.stages.roles import _clipped, _one_edit, find_people, listed_after_cue, split_titles


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_module.build(ner="none")


def _people(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in find_people(nlp(text))]


# --------------------------------------------------------------- titles

TITLES = [
    ("Dr. Drs. Amran, MT", "Amran", ["Dr.", "Drs.", "MT"]),
    # "Profesor" written out, and a police general's rank ("Komisaris Jenderal")
    ("Profesor Nelson Pomalingo", "Nelson Pomalingo", ["Profesor"]),
    # "HM" (Haji Muhammad) before a name, a title of its own
    ("HM Prasetyo", "Prasetyo", ["HM"]),
    # "Ny." (Nyonya) and "Tn." (Tuan) written short
    ("Ny. Maria Diogo", "Maria Diogo", ["Ny."]),
    ("Komjen Pol Drs Dharma Pongrekun, M.M", "Dharma Pongrekun", ["Komjen Pol", "Drs", "M.M"]),
    ("Hj. Nurlela Hartati, S.H.", "Nurlela Hartati", ["Hj.", "S.H."]),
    ("Drs. Lalu Wirajaya Putra, M.Pd", "Lalu Wirajaya Putra", ["Drs.", "M.Pd"]),
    ("Ir. Wahyu Setiadi, M.T.", "Wahyu Setiadi", ["Ir.", "M.T."]),
    ("Dra. Sri Wahyuningsih, M.A.P.", "Sri Wahyuningsih", ["Dra.", "M.A.P."]),
    ("Prof. Ir. Dewi Larasati, M.Sc., Ph.D.", "Dewi Larasati", ["Prof.", "Ir.", "M.Sc.", "Ph.D."]),
    ("Dr. Sri Wulandari, S.Pi, M.Si", "Sri Wulandari", ["Dr.", "S.Pi", "M.Si"]),
    ("Rina Maharani, A.Md.", "Rina Maharani", ["A.Md."]),
    # Islamic studies' and the police academy's degrees
    ("Dr. H. Ahmad Syafii, S.Ag., M.Pd.I", "Ahmad Syafii", ["Dr.", "H.", "S.Ag.", "M.Pd.I"]),
    ("AKBP Achmad Imam Rifai, S.I.K., M.H.", "Achmad Imam Rifai", ["AKBP", "S.I.K.", "M.H."]),
    ("Yohanes Bria, S.Pd.", "Yohanes Bria", ["S.Pd."]),
    ("Agus Salim, SPd", "Agus Salim", ["SPd"]),
    ("H. Abdul Rahman", "Abdul Rahman", ["H."]),
    ("KH. Abdul Gani Tuasikal", "Abdul Gani Tuasikal", ["KH."]),
    ("Bapak Yosef Lado", "Yosef Lado", ["Bapak"]),
    ("Ibu Maria Goreti", "Maria Goreti", ["Ibu"]),
    ("Ustaz Hanan Attaki", "Hanan Attaki", ["Ustaz"]),
    ("Prof Dr Made Sudiana, MSi", "Made Sudiana", ["Prof", "Dr", "MSi"]),
    ("Drs Andreas Nua MM", "Andreas Nua", ["Drs", "MM"]),
    ("Tgk. H. Muhammad Yusri", "Muhammad Yusri", ["Tgk.", "H."]),
    ("Datuk Seri H. Tengku Azwir Effendi", "Tengku Azwir Effendi", ["Datuk Seri", "H."]),
    ("Dr. Ridwan Lessy, Ph.D", "Ridwan Lessy", ["Dr.", "Ph.D"]),
    ("Kombespol Harry Santosa", "Harry Santosa", ["Kombespol"]),        # a rank written joined
    ("Brigjend Pol Aris Wibowo", "Aris Wibowo", ["Brigjend Pol"]),      # ... or misspelt, with its service
    ("Kompol Jaya Sitompul", "Jaya Sitompul", ["Kompol"]),
    ("Marsekal Pertama TNI Adi Wiranto", "Adi Wiranto", ["Marsekal Pertama TNI"]),   # a two-word flag rank
    ("Laksamana Muda Budi Santoso", "Budi Santoso", ["Laksamana Muda"]),
    ("Letkol Inf Gede Wirawan", "Gede Wirawan", ["Letkol Inf"]),   # an army officer's corps after the rank
    # a rank's service, corps and retirement after it are its title's, one title with it
    ("Mayjen TNI (Purn) Sudrajat", "Sudrajat", ["Mayjen TNI (Purn)"]),
    ("Kolonel Laut (P) Agus Santoso", "Agus Santoso", ["Kolonel Laut (P)"]),
    ("Kolonel Nav Hery Purwanto", "Hery Purwanto", ["Kolonel Nav"]),
    ("Laksdya TNI Wuspo Lukito", "Wuspo Lukito", ["Laksdya TNI"]),
    ("Brigjen (Pol) Dedi Prasetyo", "Dedi Prasetyo", ["Brigjen (Pol)"]),
    ("Jenderal Pol (Purn) Tito Karnavian", "Tito Karnavian", ["Jenderal Pol (Purn)"]),
    ("Pak Polisi Budi", "Polisi Budi", ["Pak"]),   # a service word only after a rank
    ("Mgr Yohanes Lamba", "Yohanes Lamba", ["Mgr"]),                    # a Catholic prelate's title
]


@pytest.mark.parametrize(("text", "name", "titles"), TITLES)
def test_split_titles(text: str, name: str, titles: list[str]) -> None:
    assert split_titles(text) == (name, titles)


# --------------------------------------------------------------- shapes: (sentence, [(name, role), ...])

SHAPES = [
    # ROLE, NAME
    # a sector word after the office belongs to it ("Pertahanan" is never a name)
    ("Rapat itu dihadiri Menteri Pertahanan Jepang Itsunori Onodera di Tokyo.",
     [("Itsunori Onodera", "Menteri Pertahanan Jepang")]),
    # a lower-case word that qualifies the office belongs to the role
    ("Rapat itu dihadiri Wakil Bupati Sikka terpilih Yosef Moa.", [("Yosef Moa", "Wakil Bupati Sikka terpilih")]),
    ("Musrenbang dibuka Wakil Bupati Gowa, Andi Syahrir Mappiare.",
     [("Andi Syahrir Mappiare", "Wakil Bupati Gowa")]),
    ("Rombongan dipimpin Wali Kota Pontianak, Heriyanto Gunawan, yang tiba pagi hari.",
     [("Heriyanto Gunawan", "Wali Kota Pontianak")]),
    ("Kepala Desa Wukirsari, Kabupaten Bantul, Joko Prihatin, berbagi pengalaman.",
     [("Joko Prihatin", "Kepala Desa Wukirsari, Kabupaten Bantul")]),
    ("Direktur Utama Perumda Tirta Musi, Ferdiansyah Anwar, menambahkan penjelasan.",
     [("Ferdiansyah Anwar", "Direktur Utama Perumda Tirta Musi")]),
    ("Gubernur Bali, I Nyoman Adi Wiratama, membuka acara.", [("I Nyoman Adi Wiratama", "Gubernur Bali")]),
    ("Panel menghadirkan Kepala Bappeda Provinsi Bali, Ir. I Wayan Gede Suartika, M.T., sebagai pembicara.",
     [("I Wayan Gede Suartika", "Kepala Bappeda Provinsi Bali")]),
    ("Direktur Daerah Tertinggal, Transmigrasi, dan Perdesaan Bappenas, Ir. Sigit Raharjo, MPP, berbicara.",
     [("Sigit Raharjo", "Direktur Daerah Tertinggal, Transmigrasi, dan Perdesaan Bappenas")]),
    ("Konsul Jenderal Republik Indonesia di Kuching, Ardiansyah Putra Nugraha, menyaksikan penandatanganan.",
     [("Ardiansyah Putra Nugraha", "Konsul Jenderal Republik Indonesia di Kuching")]),
    ("Mereka diterima Datuk Bandar Kuching Utara, Haji Rosli bin Sulaiman, beserta jajaran.",
     [("Rosli bin Sulaiman", "Datuk Bandar Kuching Utara")]),
    ("Kepala Diskop UKM NTB, Baiq Nurul Aini, S.E., saat membuka pelatihan mengatakan hal itu.",
     [("Baiq Nurul Aini", "Kepala Diskop UKM NTB")]),
    ("Sekda Kabupaten Sikka, Drs. Adrianus Firminus Parera, membuka rapat.",
     [("Adrianus Firminus Parera", "Sekda Kabupaten Sikka")]),
    ("Camat Alak, Yohanes Benyamin Lobo, hadir dalam pertemuan.", [("Yohanes Benyamin Lobo", "Camat Alak")]),
    ("Kapolda NTT, Irjen Pol Johni Asadoma, memberikan arahan.", [("Johni Asadoma", "Kapolda NTT")]),
    ("Duta Besar RI untuk Singapura, Suryo Pratomo, menyambut delegasi.",
     [("Suryo Pratomo", "Duta Besar RI untuk Singapura")]),
    ("Rektor Universitas Nusa Cendana, Prof. Dr. Maxs Sanam, memberikan sambutan.",
     [("Maxs Sanam", "Rektor Universitas Nusa Cendana")]),
    ("Kami bertemu Ibu Menteri Kesehatan Yohana Lomi kemarin.", [("Yohana Lomi", "Menteri Kesehatan")]),
    # a city the article names after "Pemkot" is a place after an office too; particles inside a foreign name
    ("Pemkot Kupang dan Pemkot Wageningen memperpanjang kerja sama. Wali Kota Wageningen Gert van der Molen hadir.",
     [("Gert van der Molen", "Wali Kota Wageningen")]),
    # an acting office written out ("Penjabat", "Pelaksana Tugas") is part of the role
    ("Upacara dipimpin Penjabat Gubernur Papua Barat Yosef Lomi selaku inspektur upacara.",
     [("Yosef Lomi", "Penjabat Gubernur Papua Barat")]),
    ("Rapat dipimpin Pelaksana Tugas Bupati Sikka Yosef Lomi.", [("Yosef Lomi", "Pelaksana Tugas Bupati Sikka")]),
    # an office named first alone, then with its holder, is the holder; a group's office ("Anggota") may be many
    ("Rapat dibuka Gubernur Papua di Jayapura. Gubernur Papua Lukas Enembe mengatakan rapat itu penting.",
     [("Lukas Enembe", "Gubernur Papua")]),
    ("Anggota Komisi V hadir. Anggota Komisi V Gatot Sudjito mengatakan rapat itu penting.",
     [(None, "Anggota Komisi V"), ("Gatot Sudjito", "Anggota Komisi V")]),
    # an office followed by "itu"/"tersebut" is an epithet for someone named before, not another (nameless) person
    ("Rapat dibuka Wali Kota Kupang Jefri Riwu Kore. Wali Kota Kupang itu meminta warga berhemat air.",
     [("Jefri Riwu Kore", "Wali Kota Kupang")]),
    ("Pratikno menyampaikan hal itu. Mantan Rektor UGM itu meminta masyarakat berdoa.", []),
    ("Kepala Dinas Kesehatan Kota Kupang tersebut membuka pelatihan.", []),
    # a former holder's office, capitalised, is a role too, not part of a name ("Mantan Ketua Umum PAN Amien Rais")
    ("Upacara itu dihadiri Mantan Ketua Umum PAN Amien Rais.", [("Amien Rais", "Mantan Ketua Umum PAN")]),
    # "Tapi" (but), "Maka" (so) opening the sentence are no part of the name
    ("Tapi Allaire mengatakan pertemuan itu penting.", [("Allaire", None)]),
    ("Maka Firli mengatakan pertemuan itu penting.", [("Firli", None)]),
    ("Hadir pula Mantan Ketua MPR Amien Rais dan Mantan Menko Perekonomian Rizal Ramli.",
     [("Amien Rais", "Mantan Ketua MPR"), ("Rizal Ramli", "Mantan Menko Perekonomian")]),
    # a regency's short bare name after one of its offices is the regency
    ("Rapat dibuka Wakil Bupati Alor Yosef Lomi di aula.", [("Yosef Lomi", "Wakil Bupati Alor")]),
    # a unit's number after its commander's office is the role's
    ("Upacara dipimpin Dandim 1603/Sikka Letkol Inf Gede Wirawan.", [("Gede Wirawan", "Dandim 1603/Sikka")]),
    # the commanders of field units and the heads of police units are offices
    ("Rapat itu dihadiri Danlanal Maumere Letkol Laut (P) Pepen Haryanto.", [("Pepen Haryanto", "Danlanal Maumere")]),
    ("Kasatlantas Polres Sikka AKP Rudi Hartono memimpin apel itu.", [("Rudi Hartono", "Kasatlantas Polres Sikka")]),
    ("Seminar menghadirkan Rektor Universitas Nusa Lontar Prof. Dr. Yakobus Lakapu di aula.",
     [("Yakobus Lakapu", "Rektor Universitas Nusa Lontar")]),
    ("Narasumber seminar adalah akademisi Universitas Nusa Lontar Dr. Yakobus Lakapu.",
     [("Yakobus Lakapu", "akademisi Universitas Nusa Lontar")]),
    # lower-case descriptors only in the ROLE, NAME shape
    ("Sementara itu, pengamat politik dari Universitas Darussalam Ambon, Dr. Ridwan Lessy, memaparkan riset.",
     [("Ridwan Lessy", "pengamat politik dari Universitas Darussalam Ambon")]),
    ("Materi dibawakan dosen Politeknik Pariwisata Lombok, Ni Luh Putu Eka Yuliani.",
     [("Ni Luh Putu Eka Yuliani", "dosen Politeknik Pariwisata Lombok")]),
    ("Penasihat Teknis GIZ untuk pengurangan risiko bencana, Katharina Vogel, memandu sesi.",
     [("Katharina Vogel", "Penasihat Teknis GIZ untuk pengurangan risiko bencana")]),
    # ROLE NAME
    ("Gubernur Jawa Tengah Rudi Hartono meresmikan gedung itu.", [("Rudi Hartono", "Gubernur Jawa Tengah")]),
    ("Acara dibuka Plt. Sekretaris Daerah Dr. Sri Wulandari, S.Pi, M.Si.",
     [("Sri Wulandari", "Plt. Sekretaris Daerah")]),
    ("Paparan itu dibawakan oleh Plh. Dirjen Bina Pemerintahan Desa, Kemendagri Dr. Drs. Hasbullah, MT dalam lokakarya.",
     [("Hasbullah", "Plh. Dirjen Bina Pemerintahan Desa, Kemendagri")]),
    # a rank between the office and the name; unit words and ordinals up to a titled name are the role's
    ("Hadir pula Kapolri Jenderal Pol Tito Karnavian.", [("Tito Karnavian", "Kapolri")]),
    ("Hadir Kepala Staf Angkatan Laut Laksamana TNI Ade Supandi.", [("Ade Supandi", "Kepala Staf Angkatan Laut")]),
    ("Ia mengenang Presiden RI Pertama Soekarno dalam pidatonya.", [("Soekarno", "Presiden RI Pertama")]),
    # a bare initial inside a name after a title or an office; an "H" after a first name is no title H(aji), one
    # after a place is; "HAM" is no title "H" glued to a word
    ("Delegasi itu diterima Panglima Angkatan Bersenjata AS Jenderal Joseph F Dunford di Washington.",
     [("Joseph F Dunford", "Panglima Angkatan Bersenjata AS")]),
    ("Hadir Menteri Hukum dan HAM Yasonna H Laoly.", [("Yasonna H Laoly", "Menteri Hukum dan HAM")]),
    ("Hadir Jaksa Agung HM Prasetyo.", [("Prasetyo", "Jaksa Agung")]),
    ("Turut hadir Ketua TP PKK Kabupaten Sikka Ny. Maria Diogo.", [("Maria Diogo", "Ketua TP PKK Kabupaten Sikka")]),
    # a district's or village's office, its place (written after its administrative noun elsewhere), then the name
    ("Musrenbang digelar di Kecamatan Tuntang. Hadir Camat Tuntang Aniq Fadhilah.",
     [("Aniq Fadhilah", "Camat Tuntang")]),
    ("Hadir Camat Budi Santoso dalam acara itu.", [("Budi Santoso", "Camat")]),
    # a first name that another person of the story also bears is no holder's call name after a "body"
    ("Bupati Sleman Kustini Sri Purnomo menerima rombongan. Rombongan dipimpin dr. Sri Wahyuni. Kustini berharap "
     "program itu berhasil.", [("Kustini Sri Purnomo", "Bupati Sleman"), ("Sri Wahyuni", None)]),
    # a professional engineer's grade after the degrees is a title, no body
    ("Rapat dipimpin Rektor Prof. Dr. Ir. Lusmeilia Afriani, D.E.A., IPM.",
     [("Lusmeilia Afriani", "Rektor")]),
    # a name, then where the act took place and the town: no "ROLE, NAME" shape across them
    ("Festival itu dibuka Menteri Pariwisata dan Ekonomi Kreatif Sandiaga Uno di Pantai Pede, Labuan Bajo, Sabtu.",
     [("Sandiaga Uno", "Menteri Pariwisata dan Ekonomi Kreatif")]),
    ("Rapat dihadiri Konsul Jenderal Filipina di Manado, Ivy Lim.", [("Ivy Lim", "Konsul Jenderal Filipina di Manado")]),
    ("Hal itu disampaikan Koordinator Tim Advokasi Pesisir di Yayasan Laut Biru, Maria Ngala.",
     [("Maria Ngala", "Koordinator Tim Advokasi Pesisir di Yayasan Laut Biru")]),
    # a body's branch in a regency, named by the regency's short name, is the role's
    ("Perjanjian diteken Kepala BPJS Kesehatan Cabang Ende Asep Suryadi di aula rumah sakit.",
     [("Asep Suryadi", "Kepala BPJS Kesehatan Cabang Ende")]),
    ("Acara dibuka Bupati Sikka H Ahmad Yani.", [("Ahmad Yani", "Bupati Sikka")]),
    ("Hadir pula Presiden ketiga Bacharuddin Jusuf Habibie dan Wakil Presiden ke-11 Boediono.",
     [("Bacharuddin Jusuf Habibie", "Presiden ketiga"), ("Boediono", "Wakil Presiden ke-11")]),
    # ... but not an ordinal before a place or a body: "Presiden ketujuh RI itu" is nobody named here
    ("Menurut dia, Presiden ketujuh RI itu tidak punya komitmen.", []),
    ("Kerja sama itu dibahas Presiden Joko Widodo dan Perdana Menteri Norwegia Erik Solvang saat jamuan makan siang.",
     [("Joko Widodo", "Presiden"), ("Erik Solvang", "Perdana Menteri Norwegia")]),
    # an office before a company's name is the person's, the company's name the role's
    ("Dimas Prakoso selaku CEO Borneo Kreatif Communication, penyelenggara konser itu, menjelaskan jadwalnya.",
     [("Dimas Prakoso", "CEO Borneo Kreatif Communication")]),
    # NAME, ROLE
    ("Pameran itu dibuka oleh Henrike Baumann, Sekretaris Negara Hamburg untuk Urusan Ekonomi.",
     [("Henrike Baumann", "Sekretaris Negara Hamburg untuk Urusan Ekonomi")]),
    # "dan" before an office begins the second person's role
    ("Ketua DPRD Markus Bata yang juga ketua umum PKB dan Ketua KPU, Yoseph Daeng, hadir.",
     [("Markus Bata", "Ketua DPRD"), ("Yoseph Daeng", "Ketua KPU")]),
    # NAME selaku ROLE / NAME yang juga ROLE
    ("Dr. Bambang Hermawan selaku Ketua Panitia mengatakan seminar digelar tiap tahun.",
     [("Bambang Hermawan", "Ketua Panitia")]),
    ("Sementara itu, Ir. Wahyu Setiadi, M.T., yang juga Sekda Jawa Tengah, menjelaskan program itu.",
     [("Wahyu Setiadi", "Sekda Jawa Tengah")]),
    ("Menurut Andi Pratama selaku Ketua Pelaksana, acara berjalan lancar.",
     [("Andi Pratama", "Ketua Pelaksana")]),
    # ... the office's unit after it, however the model read it, and not another person joined by "dan"
    ("Acara dibuka Dr. Jessy Suryadi selaku Kepala Klinik Dermaster Mangga Besar, Senin (16/9/2019).",
     [("Jessy Suryadi", "Kepala Klinik Dermaster Mangga Besar")]),
    ("Hadir pula Cahya Harefa selaku Sekretaris Jenderal KPK dan Direktur Penuntutan KPK Fitroh Rohcahyanto.",
     [("Cahya Harefa", "Sekretaris Jenderal KPK"), ("Fitroh Rohcahyanto", "Direktur Penuntutan KPK")]),
    # ... and in a list the name after the comma is the next one's, not the holder of the office before it
    ("Peresmian dihadiri Mayjen TNI Tri Soewandono sebagai Sekretaris Kemenko Polhukam, Mayjen TNI Rudianto "
     "sebagai Deputi Bidang Koordinasi Pertahanan Negara.",
     [("Tri Soewandono", "Sekretaris Kemenko Polhukam"), ("Rudianto", "Deputi Bidang Koordinasi Pertahanan Negara")]),
    # ROLE yang juga ROLE, NAME: one person with one role phrase
    ("Presiden Jejaring Kota Pesisir yang juga Wali Kota Iloilo, Filipina, Maria Teresa Alcantara, berbicara.",
     [("Maria Teresa Alcantara", "Presiden Jejaring Kota Pesisir yang juga Wali Kota Iloilo, Filipina")]),
    # a misspelt unit word before "dan" and a unit word stays in the role; "Pendidikan Tinggi" is one unit
    ("Acara dibuka Menteri Riset Tenologi dan Pendidikan Tinggi Rudi Hartono di Jakarta.",
     [("Rudi Hartono", "Menteri Riset Tenologi dan Pendidikan Tinggi")]),
    ("Hadir Menteri Riset, Teknologi dan Pendidikan Tinggi Rudi Hartono.",
     [("Rudi Hartono", "Menteri Riset, Teknologi dan Pendidikan Tinggi")]),
    ("Acara dihadiri Gubernur Bali Koster dan Pemerintah Provinsi Bali.", [("Koster", "Gubernur Bali")]),
    # an office without a name is a person whose name is null
    ("Sambutan disampaikan Walikota Kupang dalam acara itu.", [(None, "Walikota Kupang")]),
    ("Menteri Komunikasi dan Informatika membuka forum secara daring.",
     [(None, "Menteri Komunikasi dan Informatika")]),
    ("Rapat dipimpin Kepala Biro Pemerintahan Setda NTT.", [(None, "Kepala Biro Pemerintahan Setda NTT")]),
    # a short later reference merges into the full name
    ("Ketua Panitia, Andi Pratama, membuka acara. Menurut Andi, acara ini tahunan.",
     [("Andi Pratama", "Ketua Panitia")]),
    # ... and so does the office written again with its region's short form ("Sumsel" of "Sumatera Selatan")
    ("Gubernur Sumatera Selatan Herman Deru membuka rapat itu. Gubernur Sumsel meminta bupati siaga.",
     [("Herman Deru", "Gubernur Sumatera Selatan")]),
    # a name unknown to the model after a province's name of three words, before a verb, begins after it
    ("Gubernur Nusa Tenggara Timur Yakobus Bungawolo Lakapu menerima tamu.",
     [("Yakobus Bungawolo Lakapu", "Gubernur Nusa Tenggara Timur")]),
    # the city of the office's post belongs to the role
    ("Acara disaksikan Konsul Jenderal Filipina di Manado Ivy Lamanepa.",
     [("Ivy Lamanepa", "Konsul Jenderal Filipina di Manado")]),
    # degrees after a name and a comma are the name's, no holder of the office before it
    ("Rapat dihadiri Kepala Bappeda Sleman Kunto Riyadi, S.T., M.T., dan Camat Depok Abu Bakar.",
     [("Kunto Riyadi", "Kepala Bappeda Sleman"), ("Abu Bakar", "Camat Depok")]),
    # ... and so does the place the post is for, after "untuk"
    ("Jokowi didampingi Staf Khusus Presiden untuk Papua Lenis Kogoya.",
     [("Lenis Kogoya", "Staf Khusus Presiden untuk Papua")]),
    # a rank word after the head of a body or place named after a general titles no one
    ("Seminar itu digelar di kampus Universitas Jenderal Soedirman, Purwokerto.", []),
    # a known body's acronym or a province that opens the holder's name ends the office
    ("Hadir pula Deputi Pencegahan KPK Pahala Nainggolan di Jakarta.",
     [("Pahala Nainggolan", "Deputi Pencegahan KPK")]),
    ("Rapat dihadiri Direktur Jenderal Perkeretaapian Kemenhub Zulfikri.",
     [("Zulfikri", "Direktur Jenderal Perkeretaapian Kemenhub")]),
    ("Ketua DPRD DKI Jakarta Pantas Nainggolan menyebut usulan itu tidak dibahas.",
     [("Pantas Nainggolan", "Ketua DPRD DKI Jakarta")]),
    # "Agung" of "Jaksa Agung" after its office word is the office's
    ("Hadir Jaksa Agung Muhammad Prasetyo.", [("Muhammad Prasetyo", "Jaksa Agung")]),
    ("Hadir Wakil Ketua Mahkamah Agung Syarifuddin.", [("Syarifuddin", "Wakil Ketua Mahkamah Agung")]),
    # a region the article names with its noun ("Kabupaten Ende") that opens a holder's name ends the office
    ("Workshop di Kabupaten Ende itu dibuka Kepala Dinas PKO Ende Mensi Tiwe, Rabu (11/10/2023).",
     [("Mensi Tiwe", "Kepala Dinas PKO Ende")]),
    # a weekday with its date after a comma is no name in the "ROLE, NAME" shape (only an age is: "Marlina (23)")
    ("Ia bertemu Gubernur Jawa Barat Ridwan Kamil di Bandung, Kamis (10/10).", [("Ridwan Kamil", "Gubernur Jawa Barat")]),
    # a town's name right after the office is the office's place
    ("Rapat dihadiri Wali Kota Bima Muhammad Lutfi.", [("Muhammad Lutfi", "Wali Kota Bima")]),
    # a disaster agency's divisions go on with the office, they are no name
    ("Hadir Deputi Rehabilitasi dan Rekonstruksi BNPB Rifai.", [("Rifai", "Deputi Rehabilitasi dan Rekonstruksi BNPB")]),
    # the ministries' short names of the recent cabinets
    ("Acara itu dibuka Menparekraf Sandiaga Uno.", [("Sandiaga Uno", "Menparekraf")]),
    ("Rapat dipimpin Menkopolhukam Wiranto.", [("Wiranto", "Menkopolhukam")]),
    # where an office holder spoke, then the venue's parts after commas: no name (the wire dropped it); a post
    # abroad stays the role's ("Duta Besar RI di Singapura")
    ("Hal itu disampaikan Menteri Hukum dan HAM , di Kompleks Parlemen, Senayan, Jakarta, Selasa (17/9/2019).",
     [(None, "Menteri Hukum dan HAM")]),
    ("Duta Besar RI di Singapura, Ngurah Swajaya, hadir.", [("Ngurah Swajaya", "Duta Besar RI di Singapura")]),
    ("Kata anggota Komisi III di ruang rapat Komisi III, Kompleks Parlemen, Senayan, Selasa (17/9/2019).", []),
    ("Hal itu disampaikan Staf Ahli Menteri Bidang Perdagangan Kementan di sela-sela Natural Products Expo East, "
     "Baltimore, Kamis (12/9/2019).", [(None, "Staf Ahli Menteri Bidang Perdagangan Kementan")]),
    ("Duta Besar RI di Selandia Baru, Tantowi Yahya, hadir.", [("Tantowi Yahya", "Duta Besar RI di Selandia Baru")]),
    # a company's English offices, the longest first ("Chief Operating Officer", not "Chief")
    ("Don McGuire, VP Product Marketing Qualcomm Technologies, memastikan jadwal itu tidak berubah.",
     [("Don McGuire", "VP Product Marketing Qualcomm Technologies")]),
    ("Chief Operating Officer HP Indonesia Hendry Widjaja mengatakan produk itu laris.",
     [("Hendry Widjaja", "Chief Operating Officer HP Indonesia")]),
    # a body's acronym inside what stands as a name ends the body's name: the holder's name follows it, or the
    # office has no named holder
    ("Pemimpin Redaksi Majalah TBR Sutarjo mengatakan edisi itu laris.",
     [("Sutarjo", "Pemimpin Redaksi Majalah TBR")]),
    ("Kepala Bareskrim Polri memimpin rapat itu di Jakarta.", [(None, "Kepala Bareskrim Polri")]),
    # a role never runs past the end of its sentence, nor takes the next sentence's first name
    ("Upacara itu dipimpin Kepala Staf Kepresidenan. Agum Gumelar hadir pula di sana.",
     [(None, "Kepala Staf Kepresidenan"), ("Agum Gumelar", None)]),
    ("Ia pernah menjabat Pangdam XII/Tpr. Sedangkan Mayjen TNI Yosua Pandit Sembiring akan bertugas di Mabes TNI.",
     [(None, "Pangdam XII/Tpr"), ("Yosua Pandit Sembiring", None)]),
    ('Ia bertemu Kepala Staf Kepresidenan." Agum Gumelar hadir di sana.',
     [(None, "Kepala Staf Kepresidenan"), ("Agum Gumelar", None)]),
    ("Rapat dipimpin Kepala Dinas Pendidikan. Kabupaten Bantul, Dr. Joko Prihatin, datang kemudian.",
     [(None, "Kepala Dinas Pendidikan"), ("Joko Prihatin", None)]),
    ("Ia mengutip Presiden Ke-4. Abdurrahman Wahid pernah berkata demikian.", [(None, "Presiden Ke-4")]),
    # a company's "Tbk." between an office and its holder ends no sentence and no role
    ("Rapat itu dibuka Presiden Direktur PT Bank Central Asia Tbk. Jahja Setiaatmadja di Jakarta.",
     [("Jahja Setiaatmadja", "Presiden Direktur PT Bank Central Asia Tbk")]),
    # one plain word after a village's or district's office is its place; a district's name is no holder's name
    ("Rapat dihadiri Camat Sindue dan para kepala desa.", [(None, "Camat Sindue")]),
    ("Rapat dihadiri Camat Edi Santoso dan para kepala desa.", [("Edi Santoso", "Camat")]),
    ("Untuk Kecamatan Bungku Timur, Kades Lahuafu menggantikan Darmin.", [(None, "Kades Lahuafu")]),
    # "NAME, OFFICE X Y." closing a sentence: X Y, neither titled nor the model's person, is the office's body
    ("Pembangunan masjid itu dimulai sejak gempa, jelas Dr. Husnan, Ketua Salam Aid. Bantuan itu sesuai permintaan warga.",
     [("Husnan", "Ketua Salam Aid")]),
    # "Ke-4" numbers the holder, as "ke-4" does; "Capt." is a pilot's title, not the end of a sentence
    ("Ia meniru langkah Presiden RI Ke-4 Abdurrahman Wahid dalam dialog itu.",
     [("Abdurrahman Wahid", "Presiden RI Ke-4")]),
    ("Hal ini disampaikan Direktur Operasional Lion Mentari Airlines Capt. Daniel Putut Kuncoro Adi usai rapat.",
     [("Daniel Putut Kuncoro Adi", "Direktur Operasional Lion Mentari Airlines")]),
    # a sentence that opens with whom its subject stands in for: the office after the comma is the subject's
    ("Mewakili Gubernur Bali, Kepala Dinas PKH Provinsi Bali, I Wayan Mardiana menyampaikan sambutan.",
     [("I Wayan Mardiana", "Kepala Dinas PKH Provinsi Bali")]),
    # a country's short name ends the office ("Saudi" for Arab Saudi)
    ("Menteri Energi Saudi Khalid Falih mengatakan produksi minyak akan dipulihkan.",
     [("Khalid Falih", "Menteri Energi Saudi")]),
    # the heads of a city's police and their deputies are offices
    ("Kapolresta Surakarta Kombes Pol Iwan Saktiadi mengatakan operasi berlangsung selama 14 hari.",
     [("Iwan Saktiadi", "Kapolresta Surakarta")]),
    ("Apel itu diikuti Wakapolda NTT Brigjen Pol Awi Setiyono.", [("Awi Setiyono", "Wakapolda NTT")]),
    # a Balinese name's "I" opens it, after a body's name too: no Roman numeral of the body
    ("Mereka diterima Sekretaris Dinas Pertanian Badung I Wayan Wijana di ruang rapat.",
     [("I Wayan Wijana", "Sekretaris Dinas Pertanian Badung")]),
    # a sector word after "dan" goes on with the unit's name, not the holder's
    ("Rapat dipimpin Deputi Bidang Koordinasi Pangan dan Agribisnis Musdhalifah Machmud.",
     [("Musdhalifah Machmud", "Deputi Bidang Koordinasi Pangan dan Agribisnis")]),
    # a listed office's sectors after a comma ("Koperasi, Tenaga Kerja dan Transmigrasi") are one office
    ("Pelatihan dibuka Kepala Dinas Koperasi, Tenaga Kerja dan Transmigrasi NTT Sylvia Peku Djawang.",
     [("Sylvia Peku Djawang", "Kepala Dinas Koperasi, Tenaga Kerja dan Transmigrasi NTT")]),
    # a list opener after a lower-case office ends it: the roles in the list are their holders' own
    ("Hadir mendampingi bupati antara lain Sekretaris Daerah, Achmad Washil Miftahul Rachman.",
     [("Achmad Washil Miftahul Rachman", "Sekretaris Daerah")]),
    # members of an election commission are named with their body, as members of a parliament are
    ("Hadir pula Anggota KPU RI Idham Holik.", [("Idham Holik", "Anggota KPU RI")]),
    # a foreign state after an office is its place, not the holder's first name
    ("Delegasi Sarawak dipimpin Sekretaris Negara Sarawak Mohamad Abu Bakar Marzuki.",
     [("Mohamad Abu Bakar Marzuki", "Sekretaris Negara Sarawak")]),
    # one word before "NAME, OFFICE" is a name where a quote is attributed to it elsewhere, not without
    ("Siswono, Kepala Badan Pengkajian Kemlu, mengatakan tak ada dukungan. \"Tidak ada,\" kata Siswono.",
     [("Siswono", "Kepala Badan Pengkajian Kemlu")]),
    ("Sementara, Kepala Badan Pengkajian Kemlu mengatakan tak ada dukungan.", [(None, "Kepala Badan Pengkajian Kemlu")]),
    # one name-like word after an office and its region, before a verb of what a participant did
    ("Gubernur Kalimantan Barat Sutarmidji bertemu dengan delegasi Sarawak di Pontianak.",
     [("Sutarmidji", "Gubernur Kalimantan Barat")]),
    # the short form of a regional assistant's field goes on with the office ("Kesra", Kesejahteraan Rakyat)
    ("Hadir Asisten Pemerintahan dan Kesra Setda Sumedang Ade Setiawan dalam rapat itu.",
     [("Ade Setiawan", "Asisten Pemerintahan dan Kesra Setda Sumedang")]),
    ("Hadir Kabag Prokopim Setda Sumenep Achmad Laili Maulidy dalam rapat itu.",
     [("Achmad Laili Maulidy", "Kabag Prokopim Setda Sumenep")]),
    # a secretariat's short form goes on with the office ("Setda", Sekretariat Daerah)
    ("Rombongan diterima Kepala Bagian Tata Pemerintahan Setda Kota Yogyakarta Sukamto di Ruang Rapat Bima.",
     [("Sukamto", "Kepala Bagian Tata Pemerintahan Setda Kota Yogyakarta")]),
    # the short forms of regional heads ("Kakanwil", "Kajati") and of a police division's head ("Kadiv") are offices
    ("Kakanwil Bea Cukai Sulawesi, Hendra Lumban, memimpin pemusnahan itu.",
     [("Hendra Lumban", "Kakanwil Bea Cukai Sulawesi")]),
    ("Pemusnahan disaksikan Kajati Gorontalo, Roni Saputra, dan pejabat lain.",
     [("Roni Saputra", "Kajati Gorontalo")]),
    ("Hal itu dibenarkan Kadiv Humas Polri Irjen Bambang Kusno di Jakarta.", [("Bambang Kusno", "Kadiv Humas Polri")]),
    # a given name written short with its dot, after a title ("H. Moh. Rizal Hasan")
    ("Sekda Morowali H. Muh. Jafar Hamid membacakan sambutan.", [("Muh. Jafar Hamid", "Sekda Morowali")]),
    # "Ajun Komisaris" (AKP) written out is a rank, no part of the office nor of the name
    ("Kasubag Humas Polres Garut Ajun Komisaris Dedi Mulyana mengatakan hal itu.",
     [("Dedi Mulyana", "Kasubag Humas Polres Garut")]),
    # a former holder or a candidate written in lower case keeps the word in the role: he holds no office now
    ("Rapat itu dihadiri mantan Ketua KPK Tumpak Hatorangan Panggabean di Jakarta.",
     [("Tumpak Hatorangan Panggabean", "mantan Ketua KPK")]),
    ("Hadir pula eks Wakil Ketua DPR Taufik Kurniawan di Semarang.", [("Taufik Kurniawan", "eks Wakil Ketua DPR")]),
    # a portfolio of several fields, joined by commas and "dan", is one office
    ("Penandatanganan disaksikan Deputi Bidang Sosial, Budaya, dan Pemberdayaan Masyarakat Otorita IKN Dian "
     "Kartikasari.", [("Dian Kartikasari", "Deputi Bidang Sosial, Budaya, dan Pemberdayaan Masyarakat Otorita IKN")]),
    ("Ketua bidang Operasional & Perlindungan Konsumen Freddy Thamrin mengatakan hal itu.",
     [("Freddy Thamrin", "Ketua bidang Operasional & Perlindungan Konsumen")]),
    # a common noun's office written once before a list of names is each name's; a proper office is one holder's,
    # and a comma alone ends no list
    ("Dua peneliti dari Universitas Padjadjaran, Satriya Wibawa dan Bayu Kharisma, memaparkan kajian.",
     [("Satriya Wibawa", "peneliti dari Universitas Padjadjaran"), ("Bayu Kharisma", "peneliti dari Universitas "
                                                                                      "Padjadjaran")]),
    # a body's term ("Jilid II") is part of the office, no name
    ("Pertemuan itu dihadiri Wakil Ketua KPK Jilid II Bibit Samad Rianto di Jakarta.",
     [("Bibit Samad Rianto", "Wakil Ketua KPK Jilid II")]),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_role_shapes(nlp: Language, text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _people(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an interim holder: "sementara" before a capitalised word is the role's, not "sementara itu" (meanwhile); with
    # the model, which ends the office where the holder's name begins
    ("Ketua sementara DPRD Kabupaten Garut Asep Mulyana membuka rapat itu.",
     [("Asep Mulyana", "Ketua sementara DPRD Kabupaten Garut")]),
    ("Gubernur Jawa Barat Ridwan Kamil sementara itu meminta warga tenang.",
     [("Ridwan Kamil", "Gubernur Jawa Barat")]),
    # one name inside another's, with offices of other heads, is another person (a mayor and his wife, who heads the
    # PKK); with the same office, one
    ("Wali Kota Palu Hidayat membuka festival itu. Ketua TP PKK Kota Palu Irmawaty Hidayat turut hadir.",
     [("Hidayat", "Wali Kota Palu"), ("Irmawaty Hidayat", "Ketua TP PKK Kota Palu")]),
    ("Bupati Morowali Taslim membuka acara. Bupati Morowali Asnoni Taslim mengatakan hal itu.",
     [("Asnoni Taslim", "Bupati Morowali")]),
    # the names of a list after a common noun's office are each found with it (the model finds the untitled ones)
    ("Turut serta anggota Komisi V Ratna Dewi Lubis, Yohanes Kalalo dan Hamzah Rauf.",
     [("Ratna Dewi Lubis", "anggota Komisi V"), ("Yohanes Kalalo", "anggota Komisi V"),
      ("Hamzah Rauf", "anggota Komisi V")]),
    # ... and so is a wife named after her husband, titled so, whatever her office
    ("Presiden Joko Widodo tiba di Hanoi. Presiden Jokowi dan Ibu Iriana Joko Widodo disambut Wakil Menteri Luar "
     "Negeri Vietnam Do Hung Viet.",
     [("Joko Widodo", "Presiden"), ("Iriana Joko Widodo", None), ("Do Hung Viet", "Wakil Menteri Luar Negeri Vietnam")]),
])
def test_role_shapes_with_the_model(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _people(_model_nlp(), text) == expected


@cache
def _model_nlp() -> Language:
    return nlp_module.build()


# --------------------------------------------------------------- not people

NOT_PEOPLE = [
    "Rapat membahas pemindahan Ibu Kota Nusantara ke Kalimantan Timur.",
    "Forum Koordinasi Pimpinan Daerah (Forkopimda) turut hadir.",
    "Upacara digelar di halaman Kantor Wali Kota Jayapura.",
    "Surat itu ditujukan kepada Walikota/Bupati se-NTT.",
    "Sistem peringatan dini dibangun di kota-kota di Asia Tenggara dalam lima tahun terakhir.",
    "Para bupati dan wali kota diminta menyiapkan data.",
    "Kebakaran melanda perbukitan di sekitar Danau Toba dalam sepekan terakhir.",
    # a title is followed by a space or ends with its dot: the "H" of "HUT" is no "H." (Haji)
    "Upacara peringatan HUT Kemerdekaan RI ke-72 digelar di lapangan.",
    # a common noun inside a sentence ("media") heads a title before "dalam": the rest is no name
    "Koran itu meraih gelar Media Perjuangan Kemerdekaan RI dalam bahasa daerah dari media lain.",
    # a region's name after its administrative noun ("kapanewon" in Yogyakarta, "distrik" in Papua) is no person's
    "Para panewu dari Kapanewon Temon dan Kapanewon Kokap mengikuti rapat secara daring.",
    "Bantuan disalurkan kepada warga di Distrik Wamena dan Distrik Asologaima.",
    # a place and its compass word, or a department's word, end no person's name
    "Hadir pula warga Tambora Jakarta Barat dalam festival itu.",
    "Hal itu disampaikan General Manager After Sales dalam peluncuran itu.",
    # ... and so does a company's legal form
    "Kontrak diteken Managing Director Pertamina Energy Service Pte Ltd di Singapura.",
    "Rapat itu dihadiri pimpinan Shanghai Fengying Business Consultant Partnership Ltd di Seoul.",
    # a reduplicated noun is a plural, no name
    "Negara-negara Barat menilai Hamas sebagai kelompok teror.",
    "Suku-Suku Asli Papua menggelar upacara adat di Jayapura.",
    # a body's or group's noun opens no person's name; "Tapi" (but) opens a sentence
    "Divisi Monitoring mengatakan laporan itu sudah dikirim ke kantor pusat.",
    "Suku Lembah Baliem menggelar pesta adat di Wamena.",
    # a gathering's name is no person's ("Chairman Social Media Week", "Festival Film Muslim ...")
    "Chairman Social Media Week mengatakan acara itu digelar di Jakarta.",
    # ... nor a morning coffee or a gathering's ("Coffee Morning", "Media Gathering", as regional news names them)
    "Wakil Wali Kota menghadiri Coffee Morning bersama insan pers di Aula Kantor Camat Oebobo.",
    "PT Astra menggelar Media Gathering bersama wartawan di Hotel Santika, Kupang.",
    # an organisation's head word or a party board's prefix opens a body's name, no person's
    '"DPP Hanura menyampaikan surat kepada pak Yorrys tentang pelanggaran itu," ujar Freddy.',
    # the short form an article gives a body in brackets is the body's name wherever it stands
    "Perkumpulan Bulu Tangkis Jaya (PB Jaya) dan KPAI bertemu di Jakarta. Sedangkan, PB Jaya diwakili oleh tim "
    "pencari bakat.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_people(nlp: Language, text: str) -> None:
    assert [(p.name, p.role) for p in find_people(nlp(text)) if p.name] == []
    assert all(p.role is None or "Kota Jayapura" not in p.role for p in find_people(nlp(text)))


@pytest.mark.parametrize(("text", "nameless"), [
    # a group of office holders is no person
    ("Presiden dan sejumlah Menteri Kabinet Kerja meninjau bendungan di Kupang.", []),
    ("Badan anggaran bertemu Pimpinan DPRD dan Pimpinan Fraksi di ruang rapat lantai dua.", []),
    ("Rapat dihadiri para bupati dan wali kota se-Jawa Tengah.", []),
    # ... but after a person's name "dan" lists one more person, who may be named by office alone
    ("Ganjar didampingi Bupati Wonosobo Afif Nurhidayat dan Kepala Dinas Pekerjaan Umum Provinsi Jawa Tengah.",
     ["Kepala Dinas Pekerjaan Umum Provinsi Jawa Tengah"]),
    ("Hadir Menteri Keuangan Sri Mulyani, serta Gubernur Bank Indonesia.", ["Gubernur Bank Indonesia"]),
    # ... and after a person or an office "dan" lists one more, who does the clause's act with them
    ("Bupati Ngada Andreas Paru dan Rektor Universitas Flores menandatangani nota kesepahaman di Bajawa.",
     ["Rektor Universitas Flores"]),
    ("Bupati Ngada dan Rektor Undana menandatangani nota kesepahaman di Bajawa.", ["Bupati Ngada", "Rektor Undana"]),
    # ... not where no act follows: two offices a plan names ("... Presiden PKS dan Ketum DPP Gerindra.")
    ("Pak Zul akan bertemu ketua partai, baik Presiden PKS dan Ketum DPP Gerindra. Rencananya begitu.",
     ["Presiden PKS"]),
    # one office whose name has "dan" in it is one person
    ("Seminar dibuka oleh Menteri Komunikasi dan Informatika Republik Indonesia di Jakarta.",
     ["Menteri Komunikasi dan Informatika Republik Indonesia"]),
    # an honorific before an office titles the office holder; the office is no name
    ("Nanti saya mengundang Pak Gubernur Jawa Barat ke sini.", ["Gubernur Jawa Barat"]),
    # a department ends an office where scraped text dropped its holder's name: the office, nameless
    ('"Proyek itu selesai tahun depan," kata Direktur Teknis  , dalam rapat di Jakarta.', ["Direktur Teknis"]),
    # ... and so do words that news mostly writes in lower case, though this article never does
    ("Hal itu dikatakan Direktur Monitoring dalam rapat di Jakarta.", ["Direktur Monitoring"]),
    ("Hadir Manajer Kampanye Keadilan Iklim dalam diskusi itu.", ["Manajer Kampanye Keadilan Iklim"]),
    ("Pernyataan itu disampaikan Kasubdit Alur dalam rapat koordinasi.", ["Kasubdit Alur"]),
    # the one word after an office that the story writes only in a place's name is no holder's name
    ("Gedung di Markas Polda Metro Jaya diresmikan. Pembangunannya diprakarsai Firman Gani yang saat itu menjabat "
     "Kapolda Metro Jaya.", ["Kapolda Metro Jaya"]),
])
def test_nameless_office_holders(nlp: Language, text: str, nameless: list[str]) -> None:
    assert [p.role for p in find_people(nlp(text)) if p.name is None] == nameless


@pytest.mark.parametrize(("text", "expected"), [
    # one word after a one-word office that is a body the text names
    ("Dalam pertemuan itu hadir Dirut Bulog dan para petani dari Perum Bulog.", [(None, "Dirut Bulog")]),
    # (a guard) a field the text also writes in lower case
    ("Acara dibuka Direktur Teknis dan diikuti 40 peserta dari bagian teknis.", [(None, "Direktur Teknis")]),
    # (a guard) a one-word name after a one-word office is the holder's
    ("Rapat dipimpin Presiden Jokowi di Istana Bogor.", [("Jokowi", "Presiden")]),
    ("Kunjungan itu disambut Menteri Susi di Jakarta.", [("Susi", "Menteri")]),
    # (guards) a common word after a comma or a personal title is a holder's name
    ("Kades Tanjung Harapan, Bakar, hadir dalam rapat itu.", [("Bakar", "Kades Tanjung Harapan")]),
    ("Rapat itu dihadiri Jenderal Rawat dan para komandan.", [("Rawat", None)]),
    # (guards) ... after a state's office, and a first name that one plain word closes
    ("Presiden Sisi menerima kunjungan Presiden Joko Widodo di Kairo.", [("Sisi", "Presiden"),
                                                                          ("Joko Widodo", "Presiden")]),
    ("Hadir Direktur Eksekutif Kaukus Perempuan Hening Parlan dalam diskusi itu.",
     [("Hening Parlan", "Direktur Eksekutif Kaukus Perempuan")]),
    # a word of a body the story names in an office before (a guard), or after a unit's number, is no holder's name
    ("Hadir Ketua Kopek Indonesia Profesor Nelson Pomalingo. Ketua Kopek mengemukakan adanya sumbatan.",
     [("Nelson Pomalingo", "Ketua Kopek Indonesia")]),
    ("Herman dilantik menjadi Panglima Kodam XVII/Cendrawasih. Serah terima jabatan Pangdam Cendrawasih dipimpin "
     "Kepala Staf Angkatan Darat.", [(None, "Panglima Kodam XVII"), (None, "Kepala Staf Angkatan Darat")]),
    # a field that is a derived or a borrowed abstract noun, written nowhere in lower case
    ("Kegiatan ini dihadiri Direktur Advokasi dan Kemitraan KPPU.", []),
])
def test_a_body_or_field_after_a_one_word_office_is_no_holder(nlp: Language, text: str,
                                                              expected: list[tuple[str | None, str]]) -> None:
    assert [(p.name, p.role) for p in find_people(nlp(text))] == expected


def test_titles_and_spans_are_kept(nlp: Language) -> None:
    text = "Kepala Bappeda Provinsi Bali, Ir. I Wayan Gede Suartika, M.T., menjelaskan rencana itu."
    (person,) = find_people(nlp(text))
    assert person.titles == ["Ir.", "M.T."]
    assert person.name_span is not None and text[person.name_span[0]:person.name_span[1]].startswith("Ir. I Wayan")
    assert person.role_span is not None and text[person.role_span[0]:person.role_span[1]] == "Kepala Bappeda Provinsi Bali"


@pytest.mark.parametrize(("text", "expected"), [
    # a religious title spelled out before the name, as regional news writes a church service's leader
    ("Ibadah dipimpin Pendeta Yusuf Nenoharan di Kupang.", ("Yusuf Nenoharan", ["Pendeta"])),
    ("Ibadah dipimpin Pdt. Yusuf Nenoharan di Kupang.", ("Yusuf Nenoharan", ["Pdt."])),
])
def test_a_religious_title_before_a_name(nlp: Language, text: str, expected: tuple[str, list[str]]) -> None:
    assert [(p.name, p.titles) for p in find_people(nlp(text))] == [expected]


def test_organization_of_the_role(nlp: Language) -> None:
    (person,) = find_people(nlp("Ketua Forum Kerukunan Umat Beragama (FKUB) Provinsi Riau, Pdt. Markus Simanjuntak, "
                                "M.Th., berharap kerukunan terjaga."))
    assert person.name == "Markus Simanjuntak"
    assert person.role == "Ketua Forum Kerukunan Umat Beragama (FKUB) Provinsi Riau"


# --------------------------------------------------------------- acronyms learned per article

ACRONYMS = [
    ("Kementerian Dalam Negeri (Kemendagri) menggelar rapat.", {"Kemendagri": "Kementerian Dalam Negeri"}),
    ("Rapat dihadiri Kementerian Dalam Negeri (Kemdagri).", {"Kemdagri": "Kementerian Dalam Negeri"}),
    ("Badan Perencanaan Pembangunan Daerah (Bappeda) Provinsi Bali memaparkan peta.",
     {"Bappeda": "Badan Perencanaan Pembangunan Daerah"}),
    ("Japan International Cooperation Agency (JICA) mendanai proyek itu.",
     {"JICA": "Japan International Cooperation Agency"}),
    ("Pemerintah Kota (Pemkot) Kupang menjadi tuan rumah.", {"Pemkot": "Pemerintah Kota"}),
    ("Forum Kerukunan Umat Beragama (FKUB) hadir.", {"FKUB": "Forum Kerukunan Umat Beragama"}),
    ("Dinas Komunikasi dan Informatika (Diskominfo) Kota Medan menggelar webinar.",
     {"Diskominfo": "Dinas Komunikasi dan Informatika"}),
    ("Warga memprotes harga (naik) di pasar.", {}),
    ("Acara itu digelar di Hotel Sotis (HS) Kupang.", {"HS": "Hotel Sotis"}),
    ("Peserta menerima materi (PDF) dari panitia.", {}),
    # a minister's office written without its ministry's head: the listed name ("Kementerian ...") stays the body's
    ("Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Basuki Hadimuljono meresmikan bendungan.", {}),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYMS)
def test_learn_acronyms(text: str, expected: dict[str, str]) -> None:
    assert learn_acronyms(text) == expected


# --------------------------------------------------------------- names listed after a participation cue

LISTS = [
    ("Syukuran itu dihadiri sejumlah kader partai, di antaranya Yohanes Seran, Dominikus Bria dan Fransiska Muda.",
     "Dominikus Bria", True),
    ("Lagu itu memikat para juri yang terdiri dari Clara Whitfield (Australia), Bayu Prasetyo (Indonesia).",
     "Bayu Prasetyo", True),
    ("Pesta panen itu dihadiri oleh Lukas Nahak, Agustina Ose, dan Fransiska Muda.", "Fransiska Muda", True),
    ("Lokakarya juga dihadiri perwakilan dari kampus, Rudi Tanoto (Bappeda) Yanti Lomi (Kopdit Sejahtera), dan Ferry "
     "Wong.", "Ferry Wong", True),
    ("Dewan juri terdiri dari Li - Wen bin HJ. Osman (Malaysia), Clara Whitfield (Australia).", "Clara Whitfield",
     True),
    # a list of things named after people, and a name after lower-case words, are no list of participants
    ("Penerbangan dari sejumlah bandara, di antaranya Ngurah Rai dan Soekarno Hatta, ditunda.", "Soekarno Hatta", False),
    ("Syukuran itu dihadiri warga yang datang untuk melihat Dominikus Bria.", "Dominikus Bria", False),
    ("Dominikus Bria datang terlambat.", "Dominikus Bria", False),
    # a noun of people describes the name without a comma; another noun does not
    ("Diskusi digelar dengan menghadirkan pengamat pertanian nasional Yohanes Lamba.", "Yohanes Lamba", True),
    ("Perusahaan itu berencana menghadirkan truk Dobel Engkel tahun depan.", "Dobel Engkel", False),
    # who guides, chairs, moderates or opens a gathering took part in it
    ("Pelatihan ini akan dipandu oleh Rina Wulandari dan Seno Hartono.", "Seno Hartono", True),
    ("Doa bersama itu dipimpin oleh Yosef Laka.", "Yosef Laka", True),
    ("Sesi tanya jawab dimoderatori oleh Dewi Anggraini.", "Dewi Anggraini", True),
    ("Rapat dimulai pukul 20.15 dan dibuka oleh politikus senior, Markus Tali.", "Markus Tali", True),
    # whom someone met took part in the meeting
    ("Ia terbang ke Paris untuk bertemu Emil Laurent di Istana Elysee.", "Emil Laurent", True),
    ("Rombongan juga bertemu dengan Sinta Rahayu dan Bayu Prasetyo.", "Bayu Prasetyo", True),
    ("Kepala dinas menemui Yohanes Lamba di kantornya.", "Yohanes Lamba", True),
    # where they were may stand between the cue and its list, closed by a demonstrative; so may a copula or a marker;
    # a marker opens a list of people by itself only after a cue or a noun of people
    ("Hadir dalam acara itu Yosef Laka dan Dewi Anggraini.", "Dewi Anggraini", True),
    ("Turut hadir pada kegiatan tersebut Rina Wulandari (Bappeda).", "Rina Wulandari", True),
    ("Yang hadir adalah Rudi Tanoto dan Markus Tali.", "Markus Tali", True),
    ("Turut hadir di antaranya Lukas Nahak, Agustina Ose, dan Ferry Wong.", "Ferry Wong", True),
    ("Mentor yang dihadirkan termasuk Sinta Rahayu (Bekraf) dan Bayu Prasetyo (Kolla).", "Bayu Prasetyo", True),
    ("Hadir dalam rapat membahas rencana Yosef Laka.", "Yosef Laka", False),
    # a marker, a description or a colon may follow where they were; a negated cue lists who stayed away
    ("Turut hadir dalam acara tersebut di antaranya Lukas Nahak, Agustina Ose, dan Ferry Wong.", "Ferry Wong", True),
    ("Hadir dalam acara itu perwakilan sekolah, Yosef Laka dan Dewi Anggraini.", "Dewi Anggraini", True),
    ("Hadir dalam acara itu: Yosef Laka dan Dewi Anggraini.", "Dewi Anggraini", True),
    ("Yang tidak hadir adalah Yosef Laka dan Dewi Anggraini.", "Dewi Anggraini", False),
    # athletes, artists and a board are people a marker may list; whom someone was accompanied by took part
    ("Parade dibuka oleh 19 atlet legendaris termasuk Lukas Nahak, Agustina Ose dan Ferry Wong.", "Ferry Wong", True),
    ("Pameran menampilkan karya enam seniman, yakni Rudi Tanoto, Yanti Lomi dan Markus Tali.", "Markus Tali", True),
    ("Ia mengukuhkan jajaran Dewan Pembina relawan, yang terdiri dari Sinta Rahayu (anggota DPR) dan Bayu Prasetyo.",
     "Bayu Prasetyo", True),
    ("Gubernur ditemani oleh Kepala Dinas Pariwisata Yosef Laka dan Dewi Anggraini.", "Dewi Anggraini", True),
    ("Dewan Pengarah itu diketuai oleh Sinta Rahayu.", "Sinta Rahayu", True),
    # the body a speaker comes from may stand between the cue and the name
    ("Materi disampaikan narasumber dari Arsip Nasional Republik Indonesia (ANRI), Dra. Siti Maryam.", "Siti Maryam",
     True),
    # whoever came along with the others, or went too, took part
    ("Turut serta anggota Komisi V Ratna Lubis, Yohanes Kalalo dan Hamzah Rauf.", "Yohanes Kalalo", True),
    ("Ikut serta dalam kunjungan itu Yosef Laka dan Dewi Anggraini.", "Dewi Anggraini", True),
    # a post filled by someone, or brands filling a hall, are no participants
    ("Posisi ketua diisi oleh Rudi Mokoginto.", "Rudi Mokoginto", False),
    ("Stan kendaraan niaga diisi oleh Fuso Canter, lalu motor.", "Fuso Canter", False),
]


@pytest.mark.parametrize(("text", "name", "listed"), LISTS)
def test_listed_after_cue(text: str, name: str, listed: bool) -> None:
    assert listed_after_cue(text, text.index(name), 0) is listed


# a sentence that opens with a copula or a marker lists the people the sentence before it names by a participation
# cue or a noun of people; not where that sentence names none
CONTINUED_LISTS = [
    ("Sejumlah tokoh lain juga ikut menghadiri upacara itu. Yaitu Mantan Ketua Umum PAN Amien Rais, Rizal Ramli, dan "
     "Rachmawati Soekarnoputri.", "Yaitu", "Rizal Ramli", True),
    ("Sejumlah tokoh perempuan juga mendapat penghargaan. Mereka adalah Linda Amalia Sari Gumelar dan Yenny Wahid.",
     "Mereka", "Yenny Wahid", True),
    ("Harga beras naik di tiga pasar. Yaitu Pasar Senen, Pasar Minggu dan Pasar Baru.", "Yaitu", "Pasar Baru", False),
    # ... nor after a negated cue, a bare office, or a cue two sentences back
    ("Sejumlah tokoh tidak hadir dalam acara itu. Mereka adalah Amien Rais dan Rizal Ramli.", "Mereka", "Rizal Ramli",
     False),
    ("Gubernur Jawa Barat Ridwan Kamil meninjau tiga pasar. Yaitu Pasar Senen, Pasar Minggu dan Pasar Baru.", "Yaitu",
     "Pasar Baru", False),
    ('Budi berkata, "Semua pejabat hadir." Harga beras naik tajam. Yaitu Rizal Ramli.', "Yaitu", "Rizal Ramli", False),
]


@pytest.mark.parametrize(("text", "opener", "name", "listed"), CONTINUED_LISTS)
def test_a_list_goes_on_in_the_next_sentence(text: str, opener: str, name: str, listed: bool) -> None:
    assert listed_after_cue(text, text.index(name), text.index(opener)) is listed


def test_a_long_capitalised_run_is_read_in_linear_time() -> None:
    # a run of capitalised words that is no list ended in backtracking over every split of its spaces (the corpus
    # run hung on one article); each token is now matched whole
    for gap in (" ", "  ", "\u00a0 "):   # runs of white space too: each run is one token
        text = "Acara itu dihadiri oleh " + gap.join(["Andi"] * 3000) + " yang lain, Budi."
        assert listed_after_cue(text, text.index("Budi"), 0) is False   # exponential backtracking never ended


# --------------------------------------------------------------- one name spelt two ways

SPELLINGS = [
    # (text, the people found as (name, aliases))
    ("Rapat dibuka Gubernur DKI Jakarta Basuki Tjahaja Purnama di Balai Kota. Basuki Tjahja Purnama mengatakan "
     "rapat itu penting.", [("Basuki Tjahaja Purnama", ["Basuki Tjahja Purnama"])]),
    # two people who share a first name are two
    ("Rapat dihadiri Menteri Ahmad Syaikhu. Ahmad Heryawan mengatakan rapat itu penting.",
     [("Ahmad Syaikhu", []), ("Ahmad Heryawan", [])]),
    # a last name cut short is the same person, named by the whole name whichever comes first
    ("Rapat dipimpin Ketua Umum Partai Perindo Hary Tanoesoedibjo. Hary Tanoe mengatakan rapat itu penting.",
     [("Hary Tanoesoedibjo", ["Hary Tanoe"])]),
    ("Ketua Umum Perindo Hary Tanoe memimpin rapat itu. Hary Tanoesoedibjo mengatakan rapat itu penting.",
     [("Hary Tanoesoedibjo", ["Hary Tanoe"])]),
]


@pytest.mark.parametrize(("text", "expected"), SPELLINGS)
def test_one_name_spelt_two_ways_is_one_person(nlp: Language, text: str,
                                               expected: list[tuple[str, list[str]]]) -> None:
    assert [(p.name, p.aliases) for p in find_people(nlp(text))] == expected


@pytest.mark.parametrize(("short", "long", "clipped"), [
    ("Hary Tanoe", "Hary Tanoesoedibjo", True), ("Surya Palo", "Surya Paloh", True),
    ("Andi Ari", "Andi Arief", False),             # three letters: too short to tell
    ("Agum Gumelar", "Agus Gumelar", False),       # another first name
    ("Tanoe", "Tanoesoedibjo", False),             # one word (``_shortened`` reads first names cut short)
    ("Hary Tanoesoedibjo", "Hary Tanoe", False),   # the long one first
    ("Hary Tanoe", "Hary Tanoe", False),
])
def test_a_last_name_cut_short(short: str, long: str, clipped: bool) -> None:
    assert _clipped(short.split(), long.split()) is clipped


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Tjahja", "Tjahaja", True), ("Chynthia", "Cynthia", True), ("Mahessa", "Manessa", True),
    ("Kendall", "Kris", False), ("Yani", "Yana", True), ("Syaikhu", "Heryawan", False),
])
def test_one_edit(a: str, b: str, same: bool) -> None:
    assert _one_edit(a.lower(), b.lower()) is same


@pytest.mark.parametrize("title", ["Bupati Terima Audiensi APDESI", "Audiensi APDESI"])
def test_a_title_line_ends_before_the_first_sentence(nlp: Language, title: str) -> None:
    """A title has no full stop: its line break ends it, so the office opening the next line is no part of a name
    run on from the title, and its holder is found."""
    text = (f"{title}\n\nBupati Sikka Fransiskus Roberto Diogo menerima audiensi pengurus APDESI di ruang kerjanya, "
            "Kamis (7/3/2024). Audiensi itu membahas dana desa.")
    result = extract(nlp, text, "t", title_line=True)
    people = [(p.name, p.role) for event in result.events for p in event.people]
    assert ("Fransiskus Roberto Diogo", "Bupati Sikka") in people


@pytest.mark.parametrize(("text", "name"), [
    # a person written in brackets after their body is no short form of the body: still a person
    ("Surat itu ditandatangani Partai Golkar (Setya Novanto). Ketua DPR Setya Novanto mengatakan surat itu sah.",
     "Setya Novanto"),
])
def test_a_person_in_brackets_after_a_body(nlp: Language, text: str, name: str) -> None:
    assert name in [p.name for p in find_people(nlp(text))]


def test_a_name_the_model_cut_runs_on_where_the_article_writes_it_whole(nlp: Language) -> None:
    from spacy.tokens import Span

    from pipeline.stages.extensions import remember_entities
    from pipeline.stages.roles import PersonMention, _whole_where_written_whole

    text = "Dirjen Sri Puguh Budi Utami hadir. Menurut Sri Puguh Budi Utami, rapat penting."
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, 1, 3, label="PER"), Span(doc, 8, 12, label="PER")]
    remember_entities(doc)
    cut = PersonMention(0, 16, "Sri Puguh", "Dirjen", name_span=(7, 16))
    whole = _whole_where_written_whole(doc, [cut])[0]
    assert (whole.name, whole.name_span) == ("Sri Puguh Budi Utami", (7, 27))
    # a longer form written elsewhere only ("Sri Puguh Lestari") does not lengthen the name here
    other = PersonMention(0, 16, "Sri Puguh", "Dirjen", name_span=(7, 16))
    doc.ents = [Span(doc, 1, 3, label="PER")]
    remember_entities(doc)
    assert _whole_where_written_whole(doc, [other])[0].name == "Sri Puguh"


def test_a_name_the_model_split_in_two_is_no_company_and_holder(nlp: Language) -> None:
    text = 'Hal itu dikatakan Dirjen Aptika Semuel Abrijani Pangerapan di Jakarta. "Kami siap," kata Semuel.'
    assert "Abrijani Pangerapan" not in [p.name for p in find_people(nlp(text))]

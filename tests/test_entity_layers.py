"""The entity layer's boundary and evidence rules (table-driven), mention linking, and `warta ner` on files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from cli import app
from pipeline.nlp import build
from pipeline.stages import entities
from pipeline.stages.extensions import entities_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build()


def _with_model_spans(nlp: Language, text: str, spans: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """``text`` through the pipeline with the model's entities replaced by ``spans`` (surface, label; a label written
    "PER@1" is of the surface's second occurrence)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "ner":
            ents = []
            for surface, written in spans:
                label, _, nth = written.partition("@")
                start = -1
                for _ in range(int(nth or 0) + 1):
                    start = text.index(surface, start + 1)
                ents.append(doc.char_span(start, start + len(surface), label=label))
            doc.ents = ents
            continue
        doc = proc(doc)
    return doc


def _ents(doc) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(e.text, e.label_) for e in entities.ner_entities(doc)}


# (text, model spans, expected entities present, entities absent)
BOUNDARIES = [
    ("Wakil Ketua Umum Partai Demokrat Nurhayati Ali Assegaf hadir.", [("Nurhayati Ali Assegaf", "PER")],
     {("Partai Demokrat", "ORG"), ("Nurhayati Ali Assegaf", "PER")}, {("Partai Demokrat Nurhayati Ali Assegaf", "ORG")}),
    ("Kandidat Panglima TNI Laksamana Agus Suhartono datang.", [("Laksamana Agus Suhartono", "PER")],
     {("Agus Suhartono", "PER")}, {("Laksamana Agus Suhartono", "PER")}),
    ("Dirjen Bina Adwil DR Drs Hasbullah AR hadir.", [("Adwil DR Drs Hasbullah AR", "PER")],
     {("Hasbullah AR", "PER")}, set()),
    ("Rapat digelar pada Kamis di kantor itu.", [("Kamis", "PER")], set(), {("Kamis", "PER")}),
    ("Kepala Dinas Perkebunan hadir, Perkebunan juga.", [("Perkebunan", "PER")], set(), {("Perkebunan", "PER")}),
    ("Dana itu masuk APBNP tahun ini.", [("APBNP", "ORG")], set(), {("APBNP", "ORG")}),
    ("Warga menerima Sertifikat Hak Milik dari kantor itu.", [("Sertifikat Hak Milik", "ORG")], set(),
     {("Sertifikat Hak Milik", "ORG")}),
    ("Fraksi PKS menolak usulan itu.", [("PKS", "ORG")], {("PKS", "ORG")}, set()),
    ("Komisi Pemberantasan Korupsi (KPK) memeriksa saksi.", [("Komisi Pemberantasan Korupsi", "ORG"), ("KPK", "ORG")],
     {("Komisi Pemberantasan Korupsi (KPK)", "ORG")}, {("KPK", "ORG")}),
    ("Kabinet Jokowi-JK dilantik hari ini.", [("Jokowi", "PER"), ("JK", "PER")], {("Jokowi-JK", "PER")}, set()),
    ("Jokowi meresmikan bendungan itu.", [("Jokowi", "PER")], {("Jokowi", "PER")}, set()),
    ("Perwakilan Kemendagri hadir di sana.", [("Kemendagri", "PER")], {("Kemendagri", "ORG")}, {("Kemendagri", "PER")}),
    ("Ahad lalu ia datang.", [("Ahad", "PER")], set(), {("Ahad", "PER")}),
    # a function word opening a sentence, even where the article never writes it in lower case ...
    ("Menu baru itu terbatas. Yaitu, Strawberry Cake dan Apple Pie.", [("Yaitu", "PER")], set(), {("Yaitu", "PER")}),
    # ... and a word that news mostly writes in lower case opening a sentence (common_words.txt)
    ("Duel kedua tim berlangsung sengit di lapangan.", [("Duel", "PER")], set(), {("Duel", "PER")}),
    ("Sebanyak 200 orang hadir. Tekanan massa membuat panitia menutup pintu.", [("Tekanan", "PER")], set(),
     {("Tekanan", "PER")}),
    # ... but not a name the article also writes capitalised inside a sentence ("dini" is a word too)
    ("Dini datang pagi itu. Mimpi ibunya membuat Dini yakin.", [("Dini", "PER")], {("Dini", "PER")}, set()),
    ("Dini datang pagi itu.\nAyah Paul Dini juga datang.", [("Dini", "PER")], {("Dini", "PER")}, set()),
    ("Ketua DK OJK Muliaman D. Hadad menilai hal itu.", [("DK OJK Muliaman D. Hadad", "PER")],
     {("Muliaman D. Hadad", "PER")}, {("DK OJK Muliaman D. Hadad", "PER")}),
    ("Tokoh senior AM Fatwa hadir.", [("AM Fatwa", "PER")], {("AM Fatwa", "PER")}, set()),
    # a name written with an initial ends an organisation or place the model ran on into it
    ("Anggota Komisi VII DPR Bara K. Hasibuan hadir.", [("DPR Bara K. Hasibuan", "ORG")],
     {("Bara K. Hasibuan", "PER")}, {("DPR Bara K. Hasibuan", "ORG")}),
    ("Kabid Pemasaran Dinas Pariwisata Kaltim M Irvan Rivai hadir.", [("Dinas Pariwisata Kaltim M Irvan Rivai", "ORG")],
     {("Dinas Pariwisata Kaltim", "ORG"), ("M Irvan Rivai", "PER")}, {("Dinas Pariwisata Kaltim M Irvan Rivai", "ORG")}),
    ("Ketua DPW BKPRMI Kota Jambi M. Thoyib hadir.", [("Kota Jambi M. Thoyib", "LOC")], {("M. Thoyib", "PER")},
     {("Kota Jambi M. Thoyib", "LOC")}),
    ("Direktur KLHK Raffles B. Pandjaitan hadir.", [("KLHK Raffles B. Pandjaitan", "ORG")],
     {("Raffles B. Pandjaitan", "PER")}, {("B. Pandjaitan", "PER")}),
    ("Mereka bertemu di Blok M Square.", [("Blok M Square", "LOC")], set(), {("M Square", "PER")}),
    ("Tim itu lolos dari Grup A Liga Champions.", [("Grup A Liga Champions", "ORG")], set(),
     {("A Liga Champions", "PER"), ("Grup A Liga", "PER")}),
    # ... nor in a venue named after a person, nor after a roman numeral
    ("Pasien dirujuk ke RSUD M. Yunus di Bengkulu.", [("RSUD M. Yunus", "LOC")], {("RSUD M. Yunus", "LOC")},
     {("M. Yunus", "PER")}),
    ("Pesawat mendarat di Bandara Sultan M. Kaharuddin.", [("Bandara Sultan M. Kaharuddin", "LOC")], set(),
     {("M. Kaharuddin", "PER"), ("Sultan M. Kaharuddin", "PER")}),
    ("Ia ditahan di Lapas Kelas II B Tanjung Pinang.", [("Lapas Kelas II B Tanjung Pinang", "LOC")], set(),
     {("B Tanjung Pinang", "PER")}),
    ("Kepala Bidang Humas Polda Sulawesi Selatan Komisaris Besar Polisi Andi Rahmat Saleh menjelaskan kronologinya.",
     [("Polda Sulawesi Selatan Komisaris Besar Polisi Andi Rahmat Saleh", "ORG")], {("Andi Rahmat Saleh", "PER")},
     {("Polda Sulawesi Selatan Komisaris Besar Polisi Andi Rahmat Saleh", "ORG")}),
    ("Direktur Utama Hutama Karya I Made Wirasana hadir.", [("Hutama Karya I Made Wirasana", "ORG")],
     {("Hutama Karya", "ORG"), ("I Made Wirasana", "PER")}, {("Hutama Karya I Made Wirasana", "ORG")}),
    ("Kepala Dinas Pertanian dan Kehutanan Singkawang Rina Oktaviani hadir.",
     [("Singkawang Rina Oktaviani", "PER")], {("Rina Oktaviani", "PER")}, {("Singkawang Rina Oktaviani", "PER")}),
    # ... but a place of two words whole after an office's words is a place, no name ("Amerika" then "Serikat")
    ("Pusat Kontrol dan Pencegahan Penyakit Amerika Serikat menyebutkan hal itu.",
     [("Pencegahan Penyakit Amerika Serikat", "PER")], set(), {("Serikat", "PER")}),
    # an acronym, then one name-like word right before a person's name: that word is the person's first name
    ("Ketua Komisi II DPR RI Benediktus Marten Sitepu hadir.",
     [("DPR RI Benediktus", "ORG"), ("Marten Sitepu", "PER")], {("Benediktus Marten Sitepu", "PER")},
     {("DPR RI Benediktus", "ORG")}),
    ("Direktur PT Transjaya Marten Sitepu hadir.", [("PT Transjaya", "ORG"), ("Marten Sitepu", "PER")],
     {("PT Transjaya", "ORG"), ("Marten Sitepu", "PER")}, set()),
    # an abbreviated title ends no organisation; every title before the name goes with it
    ("Seminar menghadirkan dosen Universitas Nusa Lontar Dr. Yakobus Lakapu.",
     [("Universitas Nusa Lontar Dr.", "ORG"), ("Yakobus Lakapu", "PER")],
     {("Universitas Nusa Lontar", "ORG"), ("Yakobus Lakapu", "PER")}, {("Universitas Nusa Lontar Dr.", "ORG")}),
    ("Seminar menghadirkan Rektor Universitas Nusa Lontar Prof. Dr. Yakobus Lakapu.",
     [("Universitas Nusa Lontar Prof. Dr. Yakobus Lakapu", "ORG")],
     {("Universitas Nusa Lontar", "ORG"), ("Yakobus Lakapu", "PER")}, {("Dr. Yakobus Lakapu", "PER")}),
    # after an office, an organisation that ends in the region it serves ends there; the words after are a name
    ("Kepala Dinas Pertanian NTT Yakobus Lakapu hadir.", [],
     {("Dinas Pertanian NTT", "ORG"), ("Yakobus Lakapu", "PER")}, {("Dinas Pertanian NTT Yakobus Lakapu", "ORG")}),
    ("Ketua DPRD Sikka Donatus Bata membuka rapat.", [],
     {("DPRD Sikka", "ORG"), ("Donatus Bata", "PER")}, {("DPRD Sikka Donatus Bata", "ORG")}),
    # ... and so does a unit of two words or more that ends in a unit word, a number or an acronym; after a
    # lower-case office too; one word after it is a name only where the article names that person alone
    ("Ketua Komisi IV Yakobus Lomi Bata membuka rapat.", [("Komisi IV Yakobus Lomi Bata", "ORG")],
     {("Komisi IV", "ORG"), ("Yakobus Lomi Bata", "PER")}, {("Komisi IV Yakobus Lomi Bata", "ORG")}),
    ("Kepala Dinas Pendidikan Linus Wolo hadir.", [("Dinas Pendidikan Linus Wolo", "ORG")],
     {("Dinas Pendidikan", "ORG"), ("Linus Wolo", "PER")}, {("Dinas Pendidikan Linus Wolo", "ORG")}),
    ("Rapat dihadiri anggota DPRD Sikka Fransiskus Wolo Bata.", [("DPRD Sikka Fransiskus Wolo Bata", "ORG")],
     {("DPRD Sikka", "ORG"), ("Fransiskus Wolo Bata", "PER")}, {("DPRD Sikka Fransiskus Wolo Bata", "ORG")}),
    ("Ardianto mengatakan itu. Kepala Diskominfo Ende Ardianto membuka seminar.",
     [("Ardianto", "PER"), ("Diskominfo Ende Ardianto", "ORG")],
     {("Diskominfo Ende", "ORG")}, {("Diskominfo Ende Ardianto", "ORG")}),
    ("Wolo mengatakan itu. Kepala Perwakilan Bank Dunia Rodrigo Wolo hadir.",
     [("Wolo", "PER"), ("Bank Dunia Rodrigo Wolo", "ORG")], set(), {("Bank Dunia Rodrigo", "ORG")}),
    # a place the article names after "Kota", right after an office ending in "Kota", then the holder's name
    ("Pemkot Sikka dan Kota Wolowona bekerja sama. Hadir Wali Kota Wolowona Yakobus Lakapu.",
     [("Wolowona Yakobus Lakapu", "ORG")], {("Yakobus Lakapu", "PER")}, {("Wolowona Yakobus Lakapu", "ORG")}),
    # the city of an office's post after "di", then its holder
    ("Acara disaksikan Konsul Jenderal Filipina di Manado Yakobus Lakapu.", [("Manado Yakobus Lakapu", "LOC")],
     {("Manado", "LOC"), ("Yakobus Lakapu", "PER")}, {("Manado Yakobus Lakapu", "LOC")}),
    # after one of a region's own offices, the region's name, then its holder's
    ("Hadir Bupati Kupang Korinus Masneno di Oelamasi.", [("Kupang Korinus Masneno", "ORG")],
     {("Kupang", "LOC"), ("Korinus Masneno", "PER")}, {("Kupang Korinus Masneno", "ORG")}),
    # ... but after another office, a city beginning a body's name is that body's
    ("Pimpinan Kupang Business Partnership Ltd, Yosef Lomi, hadir.", [("Kupang Business Partnership Ltd", "ORG")],
     set(), {("Business Partnership Ltd", "PER")}),
    # an office after "dan" begins a person, not more of the organisation's name
    ("Rapat kerja Komisi III dan Menteri Hukum dan HAM berlangsung di Senayan.", [], {("Komisi III", "ORG")},
     {("Komisi III dan Menteri Hukum dan HAM", "ORG")}),
    # a government after "dan" begins another organisation
    ("Pemerintah Kota Bitung dan Pemerintah Kota Wolowona menjalin kerja sama.", [],
     {("Pemerintah Kota Bitung", "ORG")}, {("Pemerintah Kota Bitung dan Pemerintah Kota Wolowona", "ORG")}),
    # an office holder's name the model stopped short of runs on to where the name ends
    ("Pelantikan disaksikan Wakil Bupati Belu Aloysius Halewolo dan pejabat lain.", [("Aloysius", "PER")],
     {("Aloysius Halewolo", "PER")}, {("Aloysius", "PER")}),
    ("Ia bertemu Aloysius Halewolo Sabtu.", [("Aloysius", "PER")], set(), {("Aloysius Halewolo", "PER")}),
    # a company's name runs on to "Tbk"; a head's first word names the body
    ("Direktur PT Sumber Tirta Cabang Wolowona hadir.", [("PT Sumber Tirta Cabang Wolowona", "ORG")],
     {("PT Sumber Tirta Cabang Wolowona", "ORG")}, {("Tirta Cabang Wolowona", "PER")}),
    ("Direktur PT Sumber Tirta Tbk Yakobus Bata hadir.", [("PT Sumber Tirta Tbk Yakobus Bata", "ORG")],
     {("PT Sumber Tirta Tbk", "ORG"), ("Yakobus Bata", "PER")}, set()),
    ("Ketua Dewan Pembina Partai Hanura Wolo hadir.", [("Dewan Pembina Partai Hanura Wolo", "ORG")],
     set(), {("Hanura Wolo", "PER")}),
    # a compass word ends a region's name, never a name of its own
    ("Wakil Ketua DPRD Manggarai Barat, Yosef Lomi, hadir.", [("Barat", "PER"), ("Yosef Lomi", "PER")],
     {("Yosef Lomi", "PER")}, {("Barat", "PER")}),
    # a listed body's acronym after "dan" is another organisation; a word after "dan" that names no body goes on
    ("Kegiatan ini merupakan kerja sama antara Pemkab Sikka dan UNICEF.", [],
     {("Pemkab Sikka", "ORG")}, {("Pemkab Sikka dan UNICEF", "ORG")}),
    ("Hadir pejabat Kementerian Hukum dan HAM di Kupang.", [], {("Kementerian Hukum dan HAM", "ORG")}, set()),
    # a body's name that lists its sectors with commas is one organisation; a listed body after it is another
    ("Rapat dihadiri pejabat Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi.", [],
     {("Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "ORG")}, {("Kementerian Desa", "ORG")}),
    ("Hadir Majelis Ulama Indonesia (MUI), Badan Meteorologi, Klimatologi, dan Geofisika.", [],
     {("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG")}, set()),
    # a hyphenated name the model read from its second half is whole; a pair of names joined by a hyphen is not one
    ("Presiden Komisi Uni Eropa Jean-Claude Juncker hadir.", [("Claude Juncker", "PER")],
     {("Jean-Claude Juncker", "PER"), ("Komisi Uni Eropa", "ORG")}, {("Claude Juncker", "PER")}),
    ("Pemimpin Korea Utara Kim Jong-un hadir.", [("Kim Jong", "PER")], {("Kim Jong-un", "PER")}, {("Kim Jong", "PER")}),
    ("Produser Park Jin-young hadir.", [("Park Jin", "PER")], {("Park Jin-young", "PER")}, {("Park Jin", "PER")}),
    # a company group's name ends in "Grup" or "Group": no person's, whatever the model reads
    ("Pertemuan itu dihadiri perwakilan Bentoel Grup dan Dinas Pariwisata.", [("Bentoel Grup", "PER")], set(),
     {("Bentoel Grup", "PER")}),
    ("Pertemuan itu dihadiri perwakilan Lippo Group dan Dinas Pariwisata.", [("Lippo Group", "PER")], set(),
     {("Lippo Group", "PER")}),
    # ... also where the name is split off a place the model ran on into it ("di Surabaya Lee Jae": the post's city)
    ("Konsul Jenderal Korea Selatan di Surabaya Lee Jae-jun hadir.", [("Surabaya Lee Jae", "LOC")],
     {("Lee Jae-jun", "PER")}, {("Lee Jae", "PER")}),
    # ... but not over a common word after a missing space, nor a doubled word
    ("Menurut Yasonna-ke depan rapat itu penting.", [("Yasonna", "PER")], {("Yasonna", "PER")},
     {("Yasonna-ke", "PER")}),
    ("Kata Ana-anak itu datang.", [("Ana", "PER")], {("Ana", "PER")}, {("Ana-anak", "PER")}),
    ("Pasangan Prabowo Subianto-Sandiaga Uno hadir.", [("Sandiaga Uno", "PER")], {("Sandiaga Uno", "PER")},
     {("Subianto-Sandiaga Uno", "PER")}),
    # ... and so are sectors written as pe-/ke-...-an nouns
    ("Hadir pejabat Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Provinsi Maluku.", [],
     {("Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "ORG")},
     {("Badan Perencanaan Pembangunan", "ORG")}),
    # a street named after a titled person is one place
    ("Kantor itu berada di Jalan Kapten Piere Tendean, Jakarta.", [("Jalan Kapten Piere Tendean", "LOC")],
     {("Jalan Kapten Piere Tendean", "LOC")}, {("Piere Tendean", "PER")}),
    # an office's region written with its administrative word ends the office; the name after it is a person ...
    ("Sekretaris Daerah Kabupaten Ende Agustinus Ngasu hadir.", [("Kabupaten Ende Agustinus Ngasu", "LOC")],
     {("Kabupaten Ende", "LOC"), ("Agustinus Ngasu", "PER")}, {("Kabupaten Ende Agustinus Ngasu", "LOC")}),
    # ... with the rest of the name the model found right after it
    ("Kepala Dinas Pariwisata Kota Bengkulu Syaferi Syarif hadir.",
     [("Dinas Pariwisata Kota Bengkulu Syaferi", "ORG"), ("Syarif", "PER")],
     {("Dinas Pariwisata Kota Bengkulu", "ORG"), ("Syaferi Syarif", "PER")},
     {("Dinas Pariwisata Kota Bengkulu Syaferi", "ORG"), ("Syarif", "PER")}),
    ("Dekan Fakultas Hukum Universitas Airlangga Surabaya Herlambang Wiratman hadir.",
     [("Universitas Airlangga Surabaya Herlambang Wiratman", "ORG")],
     {("Herlambang Wiratman", "PER")}, {("Universitas Airlangga Surabaya Herlambang Wiratman", "ORG")}),
    # ... or a bare region and one name-like word, when the story writes that word again on its own
    ("Seminar menghadirkan Kepala Dinas Perikanan Yogyakarta Wiratmo. Menurut Wiratmo, stok ikan turun.",
     [("Dinas Perikanan Yogyakarta Wiratmo", "ORG")],
     {("Dinas Perikanan Yogyakarta", "ORG"), ("Wiratmo", "PER")}, {("Dinas Perikanan Yogyakarta Wiratmo", "ORG")}),
    ("Seminar menghadirkan Kepala Dinas Perikanan Yogyakarta Wiratmo. Dinas Perikanan Yogyakarta Wiratmo hadir.",
     [("Dinas Perikanan Yogyakarta Wiratmo", "ORG")], set(), {("Wiratmo", "PER")}),
    # ... or a small place the article writes after its administrative word elsewhere
    ("Musrenbang digelar di Kecamatan Oebobo, Selasa. Musrenbang dihadiri Camat Oebobo Marthen Sjioen.",
     [("Oebobo Marthen Sjioen", "ORG")], {("Marthen Sjioen", "PER")}, {("Oebobo Marthen Sjioen", "ORG")}),
    # ... where the office's own run-on is the only time the article writes the place's name with the word after it
    ("Kepala Desa Sirongge Sugiyanto melantik perangkat di Balai Desa Sirongge.",
     [("Desa Sirongge Sugiyanto", "LOC")], {("Sugiyanto", "PER")}, {("Desa Sirongge Sugiyanto", "LOC")}),
    ("Korban warga Kelurahan Lebak Gajah, Kecamatan Sematang Borong.", [("Kelurahan Lebak Gajah", "LOC")], set(),
     {("Gajah", "PER")}),
    # a regional government's office, its town written bare, then one name-like word: the holder's name
    ("Turut hadir Kepala Dinas Kepemudaan, Olahraga dan Pariwisata Grobogan Karsidi.",
     [("Dinas Kepemudaan, Olahraga dan Pariwisata Grobogan Karsidi", "ORG")], {("Karsidi", "PER")},
     {("Dinas Kepemudaan, Olahraga dan Pariwisata Grobogan Karsidi", "ORG")}),
    # a listed body's short form before a name the model read is no part of the name
    ("Rapat dibuka Menteri PPN/Kepala Bappenas Bambang Brodjonegoro.", [("Bappenas Bambang Brodjonegoro", "PER")],
     {("Bambang Brodjonegoro", "PER")}, {("Bappenas Bambang Brodjonegoro", "PER")}),
    ("Acara dihadiri Direktur PT Persib Bandung Bermartabat dan para pemain.",
     [("PT Persib Bandung Bermartabat", "ORG")], {("PT Persib Bandung Bermartabat", "ORG")}, {("Bermartabat", "PER")}),
    # no entity holds a line break: the end of a title's line ends it
    ("Bupati Terima Audiensi APDESI\n\nBupati itu menerima pengurus APDESI.", [("Terima Audiensi APDESI\n\n", "LOC")],
     set(), {("Terima Audiensi APDESI\n\n", "LOC")}),
    # ... not a place whose name goes on, nor a word after a bare place with no name beside it
    ("Kepala Keamanan Dalam Negeri Amerika Serikat John Kelly hadir.", [("Amerika Serikat John Kelly", "LOC")],
     set(), {("Serikat John Kelly", "PER")}),
    ("Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Argo Yuwono hadir.",
     [("Polda Metro Jaya", "ORG"), ("Argo Yuwono", "PER")], {("Argo Yuwono", "PER")}, {("Jaya", "PER")}),
    # words that news mostly writes in lower case are no name: all of a longer one, a lone one where the article
    # shows no name (a personal title, a comma after an office, a longer name holding it)
    ("Usai rapat, warga menggelar Salat Ghaib di masjid itu.", [("Salat Ghaib", "PER")], set(),
     {("Salat Ghaib", "PER")}),
    ("Laporan itu disusun Direktur Monitoring dan stafnya.", [("Monitoring", "PER")], set(), {("Monitoring", "PER")}),
    ("Latihan digelar di hadapan Jenderal Rawat dan para komandan.", [("Rawat", "PER")], {("Rawat", "PER")}, set()),
    ("Rapat dihadiri Kades Tanjung Harapan, Rawat, dan warga.", [("Rawat", "PER")], {("Rawat", "PER")}, set()),
    ("Rapat dihadiri Sekretaris Daerah Kota Jambi Budidaya dan warga.", [("Budidaya", "PER")],
     {("Budidaya", "PER")}, set()),   # a place ends the office: the name follows
    ("Rapat dihadiri Kepala Bagian Umum Budidaya dan warga.", [("Budidaya", "PER")], {("Budidaya", "PER")}, set()),
    ("Rapat itu usai. Sementara Budidaya mengaku tidak tahu.", [("Budidaya", "PER")], {("Budidaya", "PER")}, set()),
    ("Anggota DPRD Sumatera Utara Sabar Bangun hadir.", [("Sabar Bangun", "PER")], {("Sabar Bangun", "PER")},
     set()),   # given and clan names that are also words (people.yaml names_also_words)
    ("Presiden Mesir Sisi menerima Menteri Luar Negeri Retno Marsudi.", [("Mesir", "LOC"), ("Sisi", "PER")],
     {("Sisi", "PER")}, set()),   # a place the model reads ends the office
    ("Panglima India, Bipin Rawat hadir. Pasukan siaga di hadapan Rawat.", [("Bipin Rawat", "PER")],
     {("Bipin Rawat", "PER")}, set()),
    # a model person right before a compass word is a place's first word ("Sempaja Utara"), cut or not
    ("Ketua RT 12 Sempaja Utara, Marjuki, meminta saluran diperbaiki.", [("Sempaja Utara", "PER")], set(),
     {("Sempaja", "PER"), ("Sempaja Utara", "PER")}),
    ("Warga Tanjung Selatan menggelar rapat.", [("Tanjung", "PER")], set(), {("Tanjung", "PER")}),
    # a listed body's short form of two words ends the model's organisation before its holder's name
    ("Seminar menghadirkan Ketua Umum PP Muhammadiyah Haedar Nashir sebagai pembicara.",
     [("PP Muhammadiyah Haedar Nashir", "ORG")], {("PP Muhammadiyah", "ORG"), ("Haedar Nashir", "PER")},
     {("PP Muhammadiyah Haedar Nashir", "ORG")}),
    # a short form in brackets ends a body; the name words after it begin the model's person there, unless a
    # common word ("Inisiatif" of "Konstitusi dan Demokrasi (Kode) Inisiatif") goes on with the body's name
    ("Rektor Universitas Sam Ratulangi (Unsrat) Oktovian Berty Alexander Sompie hadir.",
     [("Universitas Sam Ratulangi (Unsrat) Oktovian Berty", "ORG"), ("Alexander Sompie", "PER")],
     {("Universitas Sam Ratulangi (Unsrat)", "ORG"), ("Oktovian Berty Alexander Sompie", "PER")},
     {("Alexander Sompie", "PER")}),
    ("Peneliti Konstitusi dan Demokrasi (Kode) Inisiatif Veri Junaidi hadir.",
     [("Konstitusi dan Demokrasi (Kode) Inisiatif", "ORG"), ("Veri Junaidi", "PER")],
     {("Veri Junaidi", "PER")}, {("Inisiatif Veri Junaidi", "PER")}),
    # the model's person may be a name's last words after its opener ("Mohd Zain" of "Mohd Azizi Mohd Zain")
    ("Hadir Wali Kota Petaling Jaya Mohd Azizi Mohd Zain di Bandung.", [("Mohd Zain", "PER")],
     {("Mohd Azizi Mohd Zain", "PER")}, {("Mohd Zain", "PER")}),
]


@pytest.mark.parametrize(("text", "model", "present", "absent"), BOUNDARIES, ids=[b[0][:30] for b in BOUNDARIES])
def test_boundary_and_evidence_rules(nlp: Language, text: str, model: list[tuple[str, str]],
                                     present: set[tuple[str, str]], absent: set[tuple[str, str]]) -> None:
    found = _ents(_with_model_spans(nlp, text, model))
    assert present <= found
    assert not (absent & found)


# an organisation runs on into the name of its office holder, whom the story quotes by a word of that name: it ends
# before the name; not where a short form in brackets follows; the first word stays the body's where the story
# writes the two together again; "kata-kata" (words) before the word is no verb of saying
HOLDERS = [
    ('Direktur PT Sinar Lestari Indonesia Yohanes Lamba hadir. "Kami siap," kata Lamba.',
     [("PT Sinar Lestari Indonesia Yohanes Lamba", "ORG"), ("Lamba", "PER@1")],
     {("PT Sinar Lestari Indonesia", "ORG"), ("Yohanes Lamba", "PER")},
     {("PT Sinar Lestari Indonesia Yohanes Lamba", "ORG")}),
    ('Kepala Balai Konservasi Alam Gunung Wolo (BKAGW) hadir. "Api padam," kata Wolo.',
     [("Balai Konservasi Alam Gunung Wolo", "ORG"), ("Wolo", "PER@1")],
     set(), {("Gunung Wolo", "PER")}),
    ('Juru bicara PT Jasa Raharja Wolo Lamba hadir. Layanan jasa itu dibuka. Jasa Raharja siap. "Kami siap," '
     'kata Lamba.', [("PT Jasa Raharja Wolo Lamba", "ORG"), ("Lamba", "PER@1")],
     {("PT Jasa Raharja", "ORG"), ("Wolo Lamba", "PER")}, {("Raharja Wolo Lamba", "PER")}),
    ("Ketua Perkumpulan Bulu Tangkis Lamawolo hadir. Tidak boleh ada kata-kata Lamawolo di audisi.",
     [("Perkumpulan Bulu Tangkis Lamawolo", "ORG")], {("Perkumpulan Bulu Tangkis Lamawolo", "ORG")},
     {("Lamawolo", "PER")}),
]


@pytest.mark.parametrize(("text", "model", "present", "absent"), HOLDERS, ids=[b[0][:30] for b in HOLDERS])
def test_an_organisation_ends_before_its_quoted_holder(nlp: Language, text: str, model: list[tuple[str, str]],
                                                       present: set[tuple[str, str]],
                                                       absent: set[tuple[str, str]]) -> None:
    doc = _with_model_spans(nlp, text, model)
    for found in (_ents(doc), {(e.text, e.label_) for e in entities_of(doc)}):
        assert present <= found
        assert not (absent & found)


# (text, model spans, what the record view holds, what it does not)
RECORD_VIEW = [
    # a pattern organisation running past the model's organisation over a name it did not know ends there
    ("Sekretaris Jenderal Partai Buruh Sosialis Tran Van Duc menemui pimpinan DPR.",
     [("Partai Buruh Sosialis", "ORG")], set(), {("Partai Buruh Sosialis Tran Van Duc", "ORG")}),
    # a bill, a code of law or a lounge is no organisation that takes part
    ("Rapat itu membahas RUU Penyiaran dan RKUHP di ruang VVIP.", [], set(),
     {("RUU", "ORG"), ("RKUHP", "ORG"), ("VVIP", "ORG"), ("RUU Penyiaran", "ORG")}),
    # ... nor a venue's over an office or a government after "dan"
    ("Universitas Nusa Cendana dan Pemerintah Kabupaten Kupang menandatangani nota kesepahaman.", [],
     {("Pemerintah Kabupaten Kupang", "ORG")},
     {("Universitas Nusa Cendana dan Pemerintah Kabupaten Kupang", "LOC")}),
    ("Kesepakatan ditandatangani Rektor Universitas Nusa Cendana Maxs Sanam dan Bupati Kupang Korinus Masneno.",
     [("Universitas Nusa Cendana Maxs Sanam", "ORG"), ("Kupang Korinus Masneno", "ORG")],
     {("Korinus Masneno", "PER")}, {("Universitas Nusa Cendana Maxs Sanam dan Bupati Kupang", "LOC"),
                                    ("Universitas Nusa Cendana Maxs Sanam dan Bupati Kupang", "ORG")}),
    # ... but not over a place
    ("Ketua Dewan Pimpinan Wilayah PKS Jawa Timur membuka rapat.", [("Dewan Pimpinan Wilayah PKS", "ORG")],
     {("Dewan Pimpinan Wilayah PKS Jawa Timur", "ORG")}, set()),
    # a national body's short form before a known region is that region's branch, one organisation
    ("KPU Kabupaten Flores Timur menggelar rapat pleno bersama Bawaslu Kota Kupang.", [],
     {("KPU Kabupaten Flores Timur", "ORG"), ("Bawaslu Kota Kupang", "ORG")}, {("KPU", "ORG"), ("Bawaslu", "ORG")}),
    ("Ketua KPU Sumatera Selatan Aspahani hadir.", [("Aspahani", "PER")], {("KPU Sumatera Selatan", "ORG")},
     {("KPU Sumatera Selatan Aspahani", "ORG")}),
    # a merged ministry written with a slash is one organisation; two bodies of another kind stay two
    ("Musrenbang dihadiri perwakilan Kementerian PPN/Bappenas dan Kementerian ATR/BPN.", [],
     {("Kementerian PPN/Bappenas", "ORG"), ("Kementerian ATR/BPN", "ORG")},
     {("Kementerian PPN", "ORG"), ("Bappenas", "ORG"), ("BPN", "ORG")}),
    ("Pengamanan melibatkan personel TNI/Polri.", [], set(), {("TNI/Polri", "ORG")}),
    # a body's whole listed name, then a first and a last name the story writes alone later: the holder's name
    ("Ia beraudiensi dengan Direktur Jenderal Bina Keuangan Daerah Kementerian Dalam Negeri Agus Fatoni di Jakarta. "
     "Fatoni meminta realisasi belanja dipercepat.", [("Kementerian Dalam Negeri Agus Fatoni", "ORG")],
     {("Kementerian Dalam Negeri", "ORG"), ("Agus Fatoni", "PER")}, {("Kementerian Dalam Negeri Agus Fatoni", "ORG")}),
    ("Bantuan disalurkan PT Angkasa Pura I Bandara Adisutjipto. Adisutjipto melayani 20 penerbangan.",
     [("PT Angkasa Pura I Bandara Adisutjipto", "ORG")], set(), {("Bandara Adisutjipto", "PER")}),
    # an office and its region, then first names the model left out before the name it read: all one name
    ("Bertindak sebagai inspektur upacara Bupati Sragen Kusdinar Untung Yuni Sukowati.",
     [("Sragen", "LOC"), ("Yuni Sukowati", "PER")], {("Kusdinar Untung Yuni Sukowati", "PER")},
     {("Yuni Sukowati", "PER")}),
    # a town's name that opens a person's name is his first name where the story calls him by it alone
    ("Rapat dipimpin Ketua Dewan Pengurus Apeksi Bima Arya di Bogor. Bima mengatakan kota harus berbagi.",
     [("Bima Arya", "PER")], {("Bima Arya", "PER"), ("Dewan Pengurus Apeksi", "ORG")},
     {("Bima", "LOC"), ("Arya", "PER")}),
    ("Kepala Dinas Pariwisata Bima Ahmad Yani membuka festival.", [("Bima Ahmad Yani", "PER")],
     {("Ahmad Yani", "PER")}, {("Bima Ahmad Yani", "PER")}),
    # a professional engineer's grade after a name's degrees is a title, no body; a bracketed short form stays one
    ("Rapat dipimpin Rektor Prof. Dr. Ir. Lusmeilia Afriani, D.E.A., IPM., di kampus.", [], set(), {("IPM", "ORG")}),
    ("Pimpinan Ikatan Pelajar Muhammadiyah (IPM) menggelar rapat.", [], {("Ikatan Pelajar Muhammadiyah (IPM)", "ORG")},
     set()),
    # a venue's name: after an office, a title ends a university's name even before a one-word name; not before its short form
    ("Rektor Universitas Tadulako Prof Mahfudz mengatakan mitigasi perlu.",
     [("Universitas Tadulako Prof", "ORG"), ("Mahfudz", "PER")],
     {("Universitas Tadulako", "ORG"), ("Mahfudz", "PER")}, {("Universitas Tadulako Prof Mahfudz", "LOC")}),
    ("Ia dosen di Universitas Muhammadiyah Prof Hamka.", [("Hamka", "PER")],
     {("Universitas Muhammadiyah Prof Hamka", "LOC")}, {("Hamka", "PER")}),
    ("Hadir Dosen Universitas Islam Syekh Yusuf (Unis) Tangerang.", [("Yusuf", "PER")],
     {("Universitas Islam Syekh Yusuf", "LOC")}, {("Yusuf", "PER")}),
    # a hospital named after a doctor, the title in lower case or not, is one place
    ("Komisi IV berkunjung ke RSUD dr. Soedarso Pontianak, Selasa.", [("Soedarso Pontianak", "PER")],
     {("RSUD dr. Soedarso Pontianak", "LOC")}, {("Soedarso Pontianak", "PER")}),
    ("Pasien dirujuk ke RSUP Dr. Kariadi Semarang.", [("Kariadi Semarang", "PER")],
     {("RSUP Dr. Kariadi Semarang", "LOC")}, {("Kariadi Semarang", "PER")}),
    # two bodies' names joined by a slash name one building; a venue's head word joined to another name names none
    ("Rapat digelar di Gedung DPR/MPR, Senayan, Jakarta.", [], {("Gedung DPR/MPR", "LOC")}, {("MPR", "ORG")}),
    ("Hadir pejabat Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional.", [], set(),
     {("Ruang/Badan Pertanahan Nasional", "LOC")}),
    # ... and a hospital's head word alone, before a name the model read, is no place
    ("Perawat RS Altha Medika Yogi Agung Priatna mengatakan buruh dirawat.",
     [("Altha Medika Yogi Agung Priatna", "PER")], set(), {("RS", "LOC")}),
]


@pytest.mark.parametrize(("text", "model", "present", "absent"), RECORD_VIEW, ids=[b[0][:30] for b in RECORD_VIEW])
def test_record_view_boundaries(nlp: Language, text: str, model: list[tuple[str, str]],
                                present: set[tuple[str, str]], absent: set[tuple[str, str]]) -> None:
    found = {(e.text, e.label_) for e in entities_of(_with_model_spans(nlp, text, model))}
    assert present <= found
    assert not (absent & found)


@pytest.mark.parametrize(("text", "model", "people"), [
    # a copula after a noun of people opens a list of names: "gubernur itu adalah A (Banten)" is no role of B
    ("Kelima penjabat gubernur itu adalah Yosef Lomi (Banten), Maria Bata (Gorontalo), dan Agus Lamba (Riau).",
     [("Yosef Lomi", "ORG"), ("Maria Bata", "PER"), ("Agus Lamba", "PER")], []),
    # "NAME, OFFICE X Y." makes X Y the office's body only where the model reads no person in it
    ("Hadir pula Dr. Husnan, Camat Slamet Riyadi.", [("Riyadi", "PER")], [("Slamet Riyadi", "Camat")]),
    # a one-word name between commas after an office, which only the model reads as a place, is the holder's
    ("Ketua RT 12 Sempaja Utara, Marjuki, meminta saluran diperbaiki.", [("Sempaja Utara", "PER"), ("Marjuki", "LOC")],
     [("Marjuki", "Ketua RT 12 Sempaja Utara")]),
    # a name opener begins the holder's name: no body before it ("Mohd Azizi" is no body of "Mohd Zain")
    ("Hadir Wali Kota Petaling Jaya Mohd Azizi Mohd Zain. Mohd Azizi mengundang warga.", [("Mohd Azizi Mohd Zain", "PER")],
     [("Mohd Azizi Mohd Zain", "Wali Kota Petaling Jaya")]),
    # a body's bare head word after an office, then a name the story calls the person by: an office and its holder
    ("Kata Sekretaris Fraksi Yandri Susanto di Gedung DPR. Yandri mengatakan rapat digelar.",
     [("Yandri Susanto", "PER")], [("Yandri Susanto", "Sekretaris Fraksi")]),
])
def test_people_read_with_given_model_spans(nlp: Language, text: str, model: list[tuple[str, str]],
                                             people: list[tuple[str, str]]) -> None:
    doc = _with_model_spans(nlp, text, model)
    assert [(p.name, p.role) for p in doc._.people if p.role] == people


@pytest.mark.parametrize(("text", "model", "not_people"), [
    # a body's acronym or an organisation's head word anywhere in a name makes it a body's, no person's
    ("Ketua Garnita NasDem Melawi hadir dalam rapat itu.", [("Garnita NasDem Melawi", "PER")],
     {"Garnita NasDem Melawi"}),
    ("Pembina YBM PLN menyerahkan bantuan.", [("Pembina YBM PLN", "PER")], {"Pembina YBM PLN"}),
])
def test_a_name_holding_a_body_word_is_no_person(nlp: Language, text: str, model: list[tuple[str, str]],
                                                 not_people: set[str]) -> None:
    doc = _with_model_spans(nlp, text, model)
    assert not not_people & {p.name for p in doc._.people}


def test_rule_families_switch_off_and_back() -> None:
    with entities.without("pairs", "boundaries"):
        assert not entities._on("pairs")
    assert entities._on("pairs")
    assert not entities._on("caps_acronyms")
    with pytest.raises(ValueError):
        with entities.without("no_such_family"):
            pass


LINKING = [
    ("Presiden Joko Widodo meresmikan bendungan itu. Jokowi didampingi para menteri. Presiden juga berpidato.",
     "Joko Widodo", {"Jokowi", "Presiden"}, {"Presiden", "Jokowi"}),
    ("Menteri Dalam Negeri Tjahjo Kumolo membuka acara. Menurut Tjahjo, acara penting. Mendagri juga hadir.",
     "Tjahjo Kumolo", {"Mendagri"}, {"Tjahjo", "Mendagri"}),
    ("Wali Kota Makassar Mohammad Ramdhan Pomanto yang akrab disapa Danny membuka acara. Danny mengatakan siap.",
     "Mohammad Ramdhan Pomanto", {"Danny"}, {"Danny"}),
    # ... after "atau yang kerap disapa", and after a word for a person that opens the next sentence
    ("Ketua Fraksi Partai Demokrat Edhie Baskoro Yudhoyono atau yang kerap disapa Ibas membuka acara. Ibas "
     "mengatakan siap.", "Edhie Baskoro Yudhoyono", {"Ibas"}, {"Ibas"}),
    ("Ketua Fraksi Partai Demokrat Edhie Baskoro Yudhoyono membuka acara itu. Pria yang kerap disapa Ibas ini "
     "mengatakan partainya siap.", "Edhie Baskoro Yudhoyono", {"Ibas"}, {"Ibas"}),
    # the nickname before its cue: the nearest longer name sharing its initial, or the name after the cue
    ("Bupati Sikka Fransiskus Roberto Diogo membuka rakor. Dalam arahannya, Bupati Roby, sapaan akrabnya, meminta "
     "camat memperbarui data.", "Fransiskus Roberto Diogo", {"Roby"}, {"Roby"}),
    # ... a nickname of two words by either word's initial ("Roby" of "Roberto")
    ("Bupati Sikka Fransiskus Roberto Diogo membuka rakor. Dalam arahannya, Bupati Roby Idong, sapaan akrabnya, "
     "meminta camat memperbarui data.", "Fransiskus Roberto Diogo", {"Roby Idong"}, {"Roby Idong"}),
    # one word of the name spelt with one letter other ("Taufik" / "Taufiq") in a later mention
    ("Wakil Ketua DPRD DKI Jakarta, Muhammad Taufiq memastikan rapat digelar besok. Taufik menilai rapat itu wajib "
     "digelar.", "Muhammad Taufiq", {"Taufik"}, {"Taufik"}),
    # initials for the first words ("BJ Habibie"), two letters swapped in one ("Juanidi" / "Junaidi")
    ("Mantan Presiden Bacharuddin Jusuf Habibie membuka seminar itu. Acara itu juga dihadiri BJ Habibie bersama "
     "Menristek Mohamad Nasir.", "Bacharuddin Jusuf Habibie", {"BJ Habibie"}, {"BJ Habibie"}),
    ("Wakil Bupati Lombok Tengah Ispan Junaidi membuka pameran itu. Ispan Juanidi mengatakan pameran digelar tiap "
     "tahun.", "Ispan Junaidi", {"Ispan Juanidi"}, {"Ispan Juanidi"}),
    ("Bupati Kendal Mirna Annisa membuka rakor. Kepala Dinas Kesehatan Kendal Ferinando Rad Bonay hadir. Bupati "
     "Nana, sapaan akrab Mirna Annisa, meminta data diperbarui.", "Mirna Annisa", {"Nana"}, {"Nana"}),
    # ... the cue set off by dashes, "sapaan" alone
    ("Gubernur Jawa Barat Ridwan Kamil membuka rapat itu. Emil –sapaan Ridwan Kamil– berharap data diperbarui. "
     "Selain itu, Emil meminta data diumumkan.", "Ridwan Kamil", {"Emil"}, {"Emil"}),
    # ... two hyphens for each dash, as scraped text writes them
    ("Gubernur Jawa Barat Ridwan Kamil membuka rapat itu. Emil --sapaan akrab Ridwan Kamil-- berharap data "
     "diperbarui. Selain itu, Emil meminta data diumumkan.", "Ridwan Kamil", {"Emil"}, {"Emil"}),
    # a later word's start, four letters or more, as news writes a call name ("Risma" of "Rismaharini", "Rudy" of
    # "Rudyatmo")
    ("Wali Kota Surabaya Tri Rismaharini memimpin upacara di Tugu Pahlawan. Risma mengajak generasi muda meneladani "
     "semangat pahlawan.", "Tri Rismaharini", {"Risma"}, {"Risma"}),
    ("Wali Kota Surakarta FX Hadi Rudyatmo melantik 150 pejabat di Balai Kota. Rudy meminta pejabat itu segera "
     "bekerja.", "FX Hadi Rudyatmo", {"Rudy"}, {"Rudy"}),
    # an office and a word of the holder's name the model reads as a place ("Bupati Ipuk"): the same person
    ("Bupati Banyuwangi Ipuk Fiestiandani meresmikan gedung itu, Senin (3/7/2023). Peresmian ditandai dengan "
     "pengguntingan pita oleh Bupati Ipuk didampingi Kepala Dinas Kesehatan.", "Ipuk Fiestiandani", {"Bupati Ipuk"},
     {"Bupati Ipuk"}),
    # a nickname made of a syllable inside the name, opening a sentence with its cue (no mention of its own there)
    ("Pertemuan dipimpin Wali Kota Makassar Moh Ramdhan Pomanto. Danny, sapaan akrabnya, mendengarkan keluhan "
     "pedagang. Danny menegaskan relokasi ditunda.", "Moh Ramdhan Pomanto", {"Danny"}, {"Danny"}),
]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Bendahara Fraksi Golkar Robert J Kardinal hadir dalam rapat itu.", "Robert J Kardinal", "Bendahara Fraksi Golkar"),
])
def test_role_runs_up_to_a_known_name(nlp: Language, text: str, name: str, role: str) -> None:
    people = {(p.name, p.role) for p in nlp(text)._.people}
    assert (name, role) in people


@pytest.mark.parametrize(("text", "name", "aliases", "mention_texts"), LINKING, ids=[x[1] for x in LINKING])
def test_mentions_of_one_person_are_linked(nlp: Language, text: str, name: str, aliases: set[str],
                                           mention_texts: set[str]) -> None:
    people = [p for p in nlp(text)._.people if p.name == name]
    assert len(people) == 1
    person = people[0]
    assert aliases <= set(person.aliases)
    assert mention_texts <= {text[s:e] for s, e in person.mentions}


@pytest.mark.parametrize(("short", "long", "expected"), [
    ("Jokowi", "Joko Widodo", True), ("SBY", "Susilo Bambang Yudhoyono", True),
    ("Mendagri", "Menteri Dalam Negeri", True), ("Kemendagri", "Kementerian Dalam Negeri", True),
    ("Budi", "Joko Widodo", False), ("Jokowi", "Jusuf Kalla", False),
])
def test_abbreviations(short: str, long: str, expected: bool) -> None:
    from pipeline.stages.roles import abbreviates

    assert abbreviates(short, long.split()) is expected


def test_link_organizations(nlp: Language) -> None:
    text = ("Kementerian Dalam Negeri (Kemendagri) menggelar rapat. Kemendagri mengundang Komisi Pemilihan Umum. "
            "Kementerian Dalam Negeri juga hadir.")
    orgs = entities.link_organizations(nlp(text))
    kemendagri = [o for o in orgs if o.acronym == "Kemendagri"]
    assert len(kemendagri) == 1
    assert kemendagri[0].name == "Kementerian Dalam Negeri"
    assert "Kemendagri" in kemendagri[0].aliases
    assert len(kemendagri[0].mentions) == 3


def test_ner_reads_jsonl_with_article_ids(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    rows = [{"id": "r1", "text": "Jokowi bertemu Tjahjo Kumolo di Jakarta."}, {"id": "r2", "text": "Rapat di Kupang."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["ner", str(path)])
    out = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert {o["article_id"] for o in out} == {"r1", "r2"}
    texts = {r["id"]: r["text"] for r in rows}
    assert all(texts[o["article_id"]][o["start"]:o["end"]] == o["text"] for o in out)


def test_ner_binary_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\n\x00\x01\x02\x03binary")
    result = CliRunner().invoke(app, ["ner", str(path)])
    assert result.exit_code == 1
    assert "binary file" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("text", "apart"), [
    # two names a letter apart are two people; spelling variants are one ("Taufik" / "Taufiq", above)
    ("Wali Kota Makassar Rahmat Hidayat membuka pasar itu. Seorang warga, Rahman, mengatakan pasar ramai.",
     "Rahmat Hidayat"),
    # a nickname with an office is its holder's, not the official named between
    ("Bupati Kendal Mirna Annisa membuka rakor didampingi Kepala Dinas Kesehatan Kendal Nur Nafiah. Dalam "
     "arahannya, Bupati Nana, sapaan akrabnya, meminta data diperbarui.", "Nur Nafiah"),
])
def test_names_a_rule_must_not_link(nlp: Language, text: str, apart: str) -> None:
    person = next(p for p in nlp(text)._.people if p.name == apart)
    assert not {"Rahman", "Nana"} & set(person.aliases)

"""Sentence splitting: table-driven Indonesian cases, the spaCy component, and the UD scoring code."""

from __future__ import annotations

import pytest
import spacy

from pipeline.stages.sentences import split_offsets
from pipeline.training.sentences import evaluate_conllu, parse_conllu, running_text, score_ends


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_offsets(text)]


CASES: list[tuple[str, str, list[str]]] = [
    # titles before a name
    ("titles", "Kepala Bappeda, Dr. Ir. H. Syamsul Bahri, M.Si, membuka acara. Acara itu dihadiri 200 orang.",
     ["Kepala Bappeda, Dr. Ir. H. Syamsul Bahri, M.Si, membuka acara.", "Acara itu dihadiri 200 orang."]),
    ("professor", "Narasumber kedua, Prof. Dr. Hj. Ratna Sari, S.H., M.H., menyoroti dana desa.",
     ["Narasumber kedua, Prof. Dr. Hj. Ratna Sari, S.H., M.H., menyoroti dana desa."]),
    ("title in capitals", "Juri terdiri dari Ahmad bin HJ. Rosdi (Malaysia) dan Clara Whitfield (Australia).",
     ["Juri terdiri dari Ahmad bin HJ. Rosdi (Malaysia) dan Clara Whitfield (Australia)."]),
    ("acting title at line start", "Rapat ditutup siang.\nPlh. Kepala Dinas PU, Ir. Budi, hadir.",
     ["Rapat ditutup siang.", "Plh. Kepala Dinas PU, Ir. Budi, hadir."]),
    ("title in brackets", "Penjabat (Pj.) Bupati Bireuen meresmikan MPP. Warga antusias.",
     ["Penjabat (Pj.) Bupati Bireuen meresmikan MPP.", "Warga antusias."]),
    ("company end before its holder", "Hadir Presiden Direktur PT Bank Central Asia Tbk. Jahja Setiaatmadja. Ia datang.",
     ["Hadir Presiden Direktur PT Bank Central Asia Tbk. Jahja Setiaatmadja.", "Ia datang."]),
    ("company end, then a sentence", "Kegiatan itu dibiayai PT Lippo Cikarang Tbk. Pasalnya acara itu besar.",
     ["Kegiatan itu dibiayai PT Lippo Cikarang Tbk.", "Pasalnya acara itu besar."]),
    ("pilot's title", "Hal ini disampaikan Direktur Operasional Lion Air Capt. Daniel Putut usai rapat. Ia pulang.",
     ["Hal ini disampaikan Direktur Operasional Lion Air Capt. Daniel Putut usai rapat.", "Ia pulang."]),
    ("doctor lower case", "Kepala Dinas Kesehatan, dr. Ratih Kusuma, M.Kes, hadir.",
     ["Kepala Dinas Kesehatan, dr. Ratih Kusuma, M.Kes, hadir."]),
    ("Sasak title", "Materi disampaikan Drs. Lalu Wirajaya Putra, M.Pd.",
     ["Materi disampaikan Drs. Lalu Wirajaya Putra, M.Pd."]),
    ("given name written short", "Rapat dipimpin Sekda Moh. Ridwan di Semarang. Ketua DPRD Abd. Rahman membukanya.",
     ["Rapat dipimpin Sekda Moh. Ridwan di Semarang.", "Ketua DPRD Abd. Rahman membukanya."]),
    # degrees closing a sentence
    ("degree ends sentence", "Acara dibuka oleh Andi Rahman, S.Sos., M.Si. Ia menyebut anggaran naik.",
     ["Acara dibuka oleh Andi Rahman, S.Sos., M.Si.", "Ia menyebut anggaran naik."]),
    ("capital degree ends sentence", "Hadir pula Sekda, Budi, S.H. Rapat berlangsung dua jam.",
     ["Hadir pula Sekda, Budi, S.H.", "Rapat berlangsung dua jam."]),
    # initials
    ("initials", "Acara itu dihadiri T.B. Silalahi dan A. Rahman dari Jakarta.",
     ["Acara itu dihadiri T.B. Silalahi dan A. Rahman dari Jakarta."]),
    ("initials without final dot", "Pidato dibacakan T.B Hasan. Setelah itu acara ditutup.",
     ["Pidato dibacakan T.B Hasan.", "Setelah itu acara ditutup."]),
    ("initials then sentence starter", "Kasus itu masuk ke Mahkamah Agung A.S. Seperti diketahui, sidang ditunda.",
     ["Kasus itu masuk ke Mahkamah Agung A.S.", "Seperti diketahui, sidang ditunda."]),
    ("era after a number", "Kota itu berdiri pada abad ke-6 M. Kini kota itu ramai.",
     ["Kota itu berdiri pada abad ke-6 M.", "Kini kota itu ramai."]),
    # abbreviations before numbers and places
    ("address", "Kantor itu berada di Jl. Sudirman No. 5, Kec. Somba Opu, Kab. Gowa. Warga mudah menjangkaunya.",
     ["Kantor itu berada di Jl. Sudirman No. 5, Kec. Somba Opu, Kab. Gowa.", "Warga mudah menjangkaunya."]),
    ("law number", "Aturan itu tertuang dalam UU No. 6 Tahun 2014 tentang Desa.",
     ["Aturan itu tertuang dalam UU No. 6 Tahun 2014 tentang Desa."]),
    ("until", "Pendaftaran dibuka 1 s.d. 5 Juni. Berkas diserahkan ke panitia.",
     ["Pendaftaran dibuka 1 s.d. 5 Juni.", "Berkas diserahkan ke panitia."]),
    ("until with slash", "Pameran berlangsung 10 s/d 12 Mei. Tiket gratis.",
     ["Pameran berlangsung 10 s/d 12 Mei.", "Tiket gratis."]),
    ("phone", "Informasi lebih lanjut: Telp. (0411) 123456. Panitia siap membantu.",
     ["Informasi lebih lanjut: Telp. (0411) 123456.", "Panitia siap membantu."]),
    # phrase-final abbreviations
    ("dll", "Peserta membawa tenda, tikar, dll. Kegiatan dimulai pagi.",
     ["Peserta membawa tenda, tikar, dll.", "Kegiatan dimulai pagi."]),
    ("company then ticker", "PT Bank Mandiri (Persero) Tbk. (BMRI) mencatat laba naik.",
     ["PT Bank Mandiri (Persero) Tbk. (BMRI) mencatat laba naik."]),
    ("company ends sentence", "Saham dibeli PT Astra International Tbk. Direktur utamanya hadir.",
     ["Saham dibeli PT Astra International Tbk.", "Direktur utamanya hadir."]),
    ("Pte. Ltd.", "Proyek digarap Encore Energy Pte. Ltd. sejak 2020.",
     ["Proyek digarap Encore Energy Pte. Ltd. sejak 2020."]),
    ("decade", "Tren itu muncul pada tahun 1980-an. Saya masih kecil saat itu.",
     ["Tren itu muncul pada tahun 1980-an.", "Saya masih kecil saat itu."]),
    # list items
    ("numbered list", "Rekomendasi forum sebagai berikut:\n1. Pemerintah perlu menyediakan data.\n2. Desa didampingi.",
     ["Rekomendasi forum sebagai berikut:", "1. Pemerintah perlu menyediakan data.", "2. Desa didampingi."]),
    ("lettered list", "Syaratnya:\na. Warga Kota Bima.\nb. Berusia 17 tahun.",
     ["Syaratnya:", "a. Warga Kota Bima.", "b. Berusia 17 tahun."]),
    # quotes
    ("quote with two sentences", '"Kami siap. Semua sudah disiapkan," kata Rina. Acara dimulai pukul 09.00 WIB.',
     ['"Kami siap.', 'Semua sudah disiapkan," kata Rina.', "Acara dimulai pukul 09.00 WIB."]),
    ("question in quote", '"Apa kabar?" tanya dia kepada warga.', ['"Apa kabar?" tanya dia kepada warga.']),
    ("quote opens sentence", 'Ia tersenyum. "Terima kasih," ujarnya.', ["Ia tersenyum.", '"Terima kasih," ujarnya.']),
    ("curly quotes", "Ia menutup rapat. “Kita mulai besok.” Peserta bertepuk tangan.",
     ["Ia menutup rapat.", "“Kita mulai besok.”", "Peserta bertepuk tangan."]),
    # titles, datelines, numbers
    ("title and dateline",
     "Banjir Rendam Lima Kelurahan\nKamis, 9 Maret 2023 - 14:20 WIB\n\nBIMA, Bimaekspres.com - Hujan deras turun. "
     "Air naik 1,5 meter.",
     ["Banjir Rendam Lima Kelurahan", "Kamis, 9 Maret 2023 - 14:20 WIB",
      "BIMA, Bimaekspres.com - Hujan deras turun.", "Air naik 1,5 meter."]),
    ("dateline with full stop", "Semarang. Jatengpos.net\n\nPemerintah menggelar rapat.",
     ["Semarang. Jatengpos.net", "Pemerintah menggelar rapat."]),
    ("time and money", "Rapat dimulai pukul 21.00 WITA. Anggaran Rp 2,5 miliar disiapkan.",
     ["Rapat dimulai pukul 21.00 WITA.", "Anggaran Rp 2,5 miliar disiapkan."]),
    ("lower case after full stop", "Harga naik 5 persen. dan terus naik.", ["Harga naik 5 persen. dan terus naik."]),
    ("number starts sentence", "Peserta datang dari 12 negara. 200 orang ikut.",
     ["Peserta datang dari 12 negara.", "200 orang ikut."]),
    ("exclamation", "Awas banjir! Warga diminta mengungsi.", ["Awas banjir!", "Warga diminta mengungsi."]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[name for name, _, _ in CASES])
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_exclude_white_space() -> None:
    text = "  Satu.  Dua.\n\n"
    assert list(split_offsets(text)) == [(2, 7), (9, 13)]


def test_component_matches_offsets() -> None:
    import pipeline.stages.sentences  # noqa: F401  (registers the component)

    nlp = spacy.blank("id")
    nlp.add_pipe("warta_sentences")
    text = "Kepala Dinas, Dr. Ir. Budi, M.Si, hadir. Ia membuka acara.\nPlh. Sekda, H. Ali, menutupnya."
    doc = nlp(text)
    assert [s.text for s in doc.sents] == ["Kepala Dinas, Dr. Ir. Budi, M.Si, hadir.", "Ia membuka acara.\n",
                                           "Plh. Sekda, H. Ali, menutupnya."]


TINY_CONLLU = """# sent_id = 1
# text = Dr. Budi hadir.
1	Dr.	Dr.	PROPN	_	_	2	flat	_	_
2	Budi	Budi	PROPN	_	_	3	nsubj	_	_
3	hadir	hadir	VERB	_	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	_	_	3	punct	_	_

# sent_id = 2
# text = Bukunya baru.
1-2	Bukunya	_	_	_	_	_	_	_	_
1	Buku	buku	NOUN	_	_	3	nsubj	_	_
2	nya	nya	PRON	_	_	1	nmod	_	_
3	baru	baru	ADJ	_	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	_	_	3	punct	_	_

# sent_id = 3
1	Selesai	selesai	VERB	_	_	0	root	_	SpaceAfter=No
2	!	!	PUNCT	_	_	1	punct	_	_

"""


def test_parse_conllu_and_running_text() -> None:
    parsed = parse_conllu(TINY_CONLLU)
    assert [s.text for s in parsed] == ["Dr. Budi hadir.", "Bukunya baru.", "Selesai!"]  # 3rd rebuilt from forms
    assert [parsed[1].text[a:b] for a, b in parsed[1].tokens] == ["Bukunya", "baru", "."]  # MWT counted once
    text, gold = running_text(parsed)
    assert text == "Dr. Budi hadir. Bukunya baru. Selesai!"
    assert gold == [15, 29, 38]


def test_score_ends() -> None:
    score = score_ends([3, 15, 38], [15, 29, 38])
    assert (score.tp, score.predicted, score.gold) == (2, 3, 3)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)
    assert score_ends([], []).f1 == 0.0


def test_evaluate_conllu_with_splitters() -> None:
    naive = evaluate_conllu(TINY_CONLLU, lambda text: [i + 1 for i, c in enumerate(text) if c in ".!"])
    assert (naive.tp, naive.predicted, naive.gold) == (3, 4, 3)  # "Dr." is a false boundary
    assert naive.f1 == pytest.approx(6 / 7)
    rule = evaluate_conllu(TINY_CONLLU, lambda text: [end for _, end in split_offsets(text)])
    assert rule.f1 == 1.0


@pytest.mark.parametrize("text", [
    "Rapat selesai. Peserta pulang!\n\nIa bertanya? Ya.. tidak... Begitu…\n",
    'Ia berkata "cukup." Lalu (pergi.) Sudah.» Lalu',
    "Akhir.x tanpa spasi.\tTab. \n\n\nTiga baris.",
    "", ".", "\n", "...", "a.!?…”’)] b",
])
def test_candidates_match_the_pattern_as_written(text: str) -> None:
    """The sentence-end candidates, written to start with one character set, match where the pattern as first
    written (two alternatives) does."""
    import re

    from pipeline.stages import sentences

    written = re.compile(r"[.!?…]+[\"'”’)\]»]*(?=\s)|\n+")
    assert [m.span() for m in sentences._CANDIDATE.finditer(text)] == [m.span() for m in written.finditer(text)]

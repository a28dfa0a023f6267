"""Outcomes (what an event produced) on short articles written for these tests: which sentences count, how their
text is cut, which kind they get."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from pipeline.events import assemble
from pipeline.extract import extract
from pipeline.schema import Outcome

LEAD = ("Rapat Koordinasi Air Bersih di Kupang\n"
        "KUPANG - Pemerintah Provinsi NTT menggelar rapat koordinasi air bersih di Hotel Kristal Kupang, "
        "Senin (6/3/2023). Rapat itu diikuti 40 kepala dinas dari 22 kabupaten/kota. ")


def _outcomes(nlp: Language, body: str) -> list[Outcome]:
    result = extract(nlp, LEAD + body, "t", "test")
    assert result.events, "the test article must give an event"
    return result.events[0].outcomes


@pytest.mark.parametrize(("body", "absent"), [
    # a hope, a condition, a request: nothing produced yet
    ("Ketua panitia berharap rapat itu bisa memutuskan tambahan anggaran.", "tambahan anggaran"),
    ("Kalau semua kabupaten sudah menyepakati, pembangunan dimulai tahun depan.", "pembangunan dimulai"),
    ("Warga meminta agar rapat itu menyepakati harga air yang baru.", "harga air"),
    # denied, or agreed long before
    ("Peserta rapat belum sepakat soal jadwal pembangunan embung.", "jadwal pembangunan"),
    ("Bupati mengatakan sejak awal daerahnya sepakat dengan rencana itu.", "rencana itu"),
    # a stance: agreeing with an idea or a decision, not with another party on something to do
    ("Dalam rapat itu, Bupati menyatakan sepakat dengan adanya revisi tarif air.", "revisi tarif"),
    ("Dalam rapat itu, Gubernur sepakat dengan keputusan ini.", "keputusan ini"),
    ("Sebelumnya diketahui, dinas memutuskan menutup dua sumur tua di rapat itu.", "sumur tua"),
    # an agreement named, not made here; one referred to deep in a sentence
    ("Para kepala dinas juga membahas kesepakatan harga air yang lama dengan PDAM.", "harga air"),
    ("Gubernur menekankan pentingnya prinsip pembagian air yang telah disepakati para bupati.", "prinsip"),
    # the event's own timetable, a trip
    ("Acara itu rencananya akan dibuka pada pukul 09.00 oleh Gubernur.", "pukul"),
    ("Gubernur dijadwalkan pergi ke Jakarta sesudah rapat itu.", "Jakarta"),
    ("Gubernur dan para bupati dijadwalkan bertemu Senin siang di Kupang.", "Senin siang"),
    ("Bupati mengaku tak menyangka akan menerima penghargaan dari rapat itu.", "penghargaan"),
    # a plaque signed, a person's own promise, money made
    ("Gubernur lalu menandatangani prasasti peresmian gedung air bersih.", "prasasti"),
    ("Dirinya berjanji akan datang lagi ke Kupang tahun depan.", "datang lagi"),
    ("Selain bisa menghasilkan uang, warga juga bisa menghemat air.", "menghasilkan uang"),
    # what the gathering is for
    ("Rapat itu menjadi forum untuk menyepakati prioritas pembangunan air bersih.", "prioritas"),
    # a decision or an agreement still to come
    ("Rapat itu juga akan memutuskan perpanjangan waktu pembahasan anggaran air.", "perpanjangan"),
    ("Setelah itu akan diputuskan sikap resmi dinas soal harga air.", "sikap resmi"),
])
def test_a_cue_that_is_not_the_events_doing_gives_no_outcome(rules_nlp: Language, body: str, absent: str) -> None:
    assert not any(absent in o.text for o in _outcomes(rules_nlp, body))


@pytest.mark.parametrize(("body", "kind", "text"), [
    ("Pertemuan itu menghasilkan kesepakatan pembagian air antardaerah.", "agreement",
     "Pertemuan itu menghasilkan kesepakatan pembagian air antardaerah."),
    ("Pemerintah kota berkomitmen memperbaiki jaringan pipa tahun ini.", "commitment",
     "Pemerintah kota berkomitmen memperbaiki jaringan pipa tahun ini."),
    # the speaker, an opening connective and a quote's attribution are no part of it
    ("Gubernur mengatakan, kedua kabupaten sepakat membangun embung bersama.", "agreement",
     "kedua kabupaten sepakat membangun embung bersama."),
    ("Namun, seluruh peserta bersepakat menghemat air di musim kemarau.", "agreement",
     "seluruh peserta bersepakat menghemat air di musim kemarau."),
    ("Dalam rapat tertutup dengan para bupati, Gubernur sepakat menunda kenaikan tarif air.", "agreement",
     "Gubernur sepakat menunda kenaikan tarif air."),
    ("Selain membahas tarif, para bupati sepakat membentuk tim air bersih.", "agreement",
     "para bupati sepakat membentuk tim air bersih."),
    # ... and a setting that ends at its demonstrative, with no comma
    ("Dalam rapat tersebut para bupati sepakat membentuk tim air bersih.", "agreement",
     "para bupati sepakat membentuk tim air bersih."),
    ("\"Kami sepakat menambah mobil tangki air,\" kata Bupati Kupang di Kupang, Senin.", "agreement",
     "Kami sepakat menambah mobil tangki air"),
    # a vow; the clause after it about something else goes
    ("Gubernur bersumpah akan \"menyediakan air bagi setiap desa,\" sementara para bupati menyiapkan lahan embung.",
     "commitment", "Gubernur bersumpah akan \"menyediakan air bagi setiap desa"),
    # "yang juga memutuskan ...": the decision, not the sentence it hangs on
    ("Gubernur membacakan laporan itu setelah rapat koordinasi, yang juga memutuskan membentuk tim air bersih.",
     "recommendation", "memutuskan membentuk tim air bersih."),
    # agreed options in the subject of the sentence are the outcome itself
    ("Berbagai opsi yang disepakati meliputi sumur bor dan penampungan air hujan.", "agreement",
     "Berbagai opsi yang disepakati meliputi sumur bor dan penampungan air hujan."),
    # an award given at the event; a relative clause cuts only a decision out of its sentence
    ("Dalam rapat itu, Bupati Sikka yang menerima penghargaan Desa Air Bersih memberi sambutan.", "statement",
     "Bupati Sikka yang menerima penghargaan Desa Air Bersih memberi sambutan."),
    # an outcome noun made here: closed with it, or opening a sentence that says what it holds
    ("Rapat itu ditutup dengan kesepakatan membangun sepuluh sumur bor.", "agreement",
     "Rapat itu ditutup dengan kesepakatan membangun sepuluh sumur bor."),
    ("Deklarasi itu mendorong setiap desa menyiapkan penampungan air hujan.", "statement",
     "Deklarasi itu mendorong setiap desa menyiapkan penampungan air hujan."),
    # a follow-up gathering planned is an outcome, its timetable too
    ("Rapat lanjutan dijadwalkan digelar di Ende bulan depan.", "plan",
     "Rapat lanjutan dijadwalkan digelar di Ende bulan depan."),
    # "menghasilkan kesepakatan" is an agreement
    ("Rapat koordinasi itu menghasilkan kesepakatan tarif air.", "agreement",
     "Rapat koordinasi itu menghasilkan kesepakatan tarif air."),
    # a past word before the event's own word dates the event, not its decision
    ("Sebelumnya, rapat koordinasi itu memutuskan membentuk tim air bersih.", "recommendation",
     "Sebelumnya, rapat koordinasi itu memutuskan membentuk tim air bersih."),
    # a detail after a comma ("termasuk", "terutama", "khususnya") is no part of what was agreed
    ("Dalam rapat itu, kedua kabupaten sepakat membangun embung, termasuk di antaranya embung desa di Sikka.",
     "agreement", "kedua kabupaten sepakat membangun embung"),
    ("Dalam rapat itu, kedua kabupaten sepakat memperkuat kerja sama, terutama dalam bidang air bersih.",
     "agreement", "kedua kabupaten sepakat memperkuat kerja sama"),
    # agreeing with another party on something to do is an agreement
    ("Dalam rapat itu, pemerintah kota sepakat dengan DPRD untuk merevisi tarif air.", "agreement",
     "pemerintah kota sepakat dengan DPRD untuk merevisi tarif air."),
])
def test_an_outcome_sentence_is_cut_to_what_was_produced(rules_nlp: Language, body: str, kind: str,
                                                         text: str) -> None:
    assert (kind, text) in [(o.kind, o.text) for o in _outcomes(rules_nlp, body)]


def test_an_outcome_noun_that_refers_back_makes_the_sentence_before_the_outcome(rules_nlp: Language) -> None:
    body = ("Pemerintah akan membangun tiga embung baru di Sumba tahun ini. Kebijakan itu diambil dalam rapat "
            "koordinasi tersebut.")
    outcomes = _outcomes(rules_nlp, body)
    assert ("plan", "Pemerintah akan membangun tiga embung baru di Sumba tahun ini.") in [(o.kind, o.text)
                                                                                          for o in outcomes]
    assert not any("Kebijakan itu" in o.text for o in outcomes)


@pytest.mark.parametrize("between", [
    # a sentence going on about a figure of the outcome stands between it and the noun that refers back
    "Angka itu turun Rp3,6 triliun dibandingkan pagu tahun ini. ",
    "Jumlah tersebut setara 35 persen dari laba bersih. ",
])
def test_the_outcome_a_noun_refers_back_to_past_a_figure_s_sentence(rules_nlp: Language, between: str) -> None:
    text = ("Komisi IV DPR RI akhirnya menyetujui pagu anggaran KKP tahun 2018 sebesar Rp10,2 triliun. " + between
            + "Keputusan itu diambil dalam rapat kerja Komisi IV dengan Menteri Kelautan dan Perikanan di Gedung "
            "Nusantara, Jakarta, Rabu (7/6/2017).")
    (event,) = extract(rules_nlp, text, "t", "test", published=date(2017, 6, 8), title_line=False).events
    assert [o.text for o in event.outcomes] == [
        "Komisi IV DPR RI akhirnya menyetujui pagu anggaran KKP tahun 2018 sebesar Rp10,2 triliun."]


@pytest.mark.parametrize(("text", "kind", "outcome"), [
    # what was agreed, told before the signing that set it down: the agreement is the sentence before
    ("Pemerintah Kota Kupang akan memperpanjang kerja sama kota kembar dengan Darwin. Rencana itu dituangkan dalam "
     "penandatanganan nota kesepahaman di Balai Kota Kupang, Selasa (14/3/2023).", "plan",
     "Pemerintah Kota Kupang akan memperpanjang kerja sama kota kembar dengan Darwin."),
    ("Kemenperin telah berkomitmen mempercepat pengembangan kendaraan pedesaan. Komitmen ini ditandai dengan "
     "penandatanganan nota kesepahaman dengan 22 perguruan tinggi di Jakarta, Selasa (14/3/2023).", "commitment",
     "Kemenperin telah berkomitmen mempercepat pengembangan kendaraan pedesaan."),
])
def test_an_agreement_set_down_by_a_signing_is_the_sentence_before(rules_nlp: Language, text: str, kind: str,
                                                                    outcome: str) -> None:
    (event,) = extract(rules_nlp, text, "t", "test", published=date(2023, 3, 15), title_line=False).events
    assert (kind, outcome) in [(o.kind, o.text) for o in event.outcomes]


def test_a_signing_that_sets_down_the_agreement_before_is_no_second_outcome(rules_nlp: Language) -> None:
    text = ("Pemerintah Kota Kendari dan Pemerintah Kota Mokpo resmi menjalin hubungan kota bersaudara. Kesepakatan itu "
            "ditandai dengan penandatanganan nota kesepahaman oleh kedua wali kota di Mokpo, Jumat (14/10/2022).")
    (event,) = extract(rules_nlp, text, "t", "test", published=date(2022, 10, 15), title_line=False).events
    assert [o.text for o in event.outcomes] == [
        "Pemerintah Kota Kendari dan Pemerintah Kota Mokpo resmi menjalin hubungan kota bersaudara."]


def test_who_signed_an_agreement_told_before_is_no_second_outcome(rules_nlp: Language) -> None:
    text = ("Universitas Hasanuddin menerima kunjungan delegasi Universitas Kyoto di Makassar, Rabu (2/11/2022). Dalam "
            "kunjungan itu, kedua universitas menandatangani nota kesepahaman kerja sama riset kelautan. MoU "
            "ditandatangani Rektor Unhas Jamaluddin Jompa dan Wakil Presiden Universitas Kyoto Hiroshi Tanaka.")
    (event,) = extract(rules_nlp, text, "t", "test", published=date(2022, 11, 3), title_line=False).events
    assert [o.kind for o in event.outcomes] == ["agreement"]
    assert "menandatangani nota kesepahaman" in event.outcomes[0].text


_SIGNING = ("Pemerintah Kabupaten Batang dan Universitas Negeri Semarang resmi menjalin kerja sama. Nota kesepahaman "
            "tersebut diteken di Aula Kantor Bupati Batang, Rabu (13/3/2024). MoU ditandatangani Sekda Batang Agung "
            "Priyatno dan Rektor Unnes Sutomo Hadiwijoyo. Acara itu disaksikan sekitar 60 kepala desa. Angka stunting di "
            "Batang masih 17,8 persen. ")


@pytest.mark.parametrize(("told", "kind", "text"), [
    # what the signed document holds, its subject referring back to it, after the speaker's clause
    ("Agung mengatakan, kerja sama ini fokus pada empat hal, yakni stunting dan UMKM.", "agreement",
     "kerja sama ini fokus pada empat hal, yakni stunting dan UMKM."),
    ("PKS yang diteken hari itu mengatur teknis pendampingan desa.", "agreement",
     "PKS yang diteken hari itu mengatur teknis pendampingan desa."),
    # what will be done through it: a plan
    ("Melalui MoU tersebut, Unnes akan menerjunkan 250 mahasiswa KKN ke 40 desa.", "plan",
     "Unnes akan menerjunkan 250 mahasiswa KKN ke 40 desa."),
    # not what it is for, nor a document named without referring back
    ("Kerja sama ini bertujuan meningkatkan layanan desa.", None, None),
    ("Kerja sama serupa mencakup bidang kesehatan.", None, None),
])
def test_what_a_signed_document_holds_is_agreed(rules_nlp: Language, told: str, kind: str | None,
                                               text: str | None) -> None:
    (event,) = extract(rules_nlp, _SIGNING + told, "t", "test", published=date(2024, 3, 14), title_line=False).events
    found = [(o.kind, o.text) for o in event.outcomes if o.text in told]   # the outcome the last sentence gives
    assert found == ([(kind, text)] if kind else [])


@pytest.mark.parametrize(("listed", "texts"), [
    # a sentence right after the outcome, opened by a collective numeral, lists as many items: one outcome each
    ("Keempatnya yakni MoU kelautan, MoU energi baru, MoU pendidikan tinggi, serta MoU pemberantasan narkotika.",
     ["MoU kelautan", "MoU energi baru", "MoU pendidikan tinggi", "MoU pemberantasan narkotika"]),
    ("Keempat MoU itu adalah MoU kelautan, MoU energi baru, MoU pendidikan tinggi dan MoU pemberantasan narkotika.",
     ["MoU kelautan", "MoU energi baru", "MoU pendidikan tinggi", "MoU pemberantasan narkotika"]),
    # a count that does not match is another list, or none
    ("Keempatnya yakni MoU kelautan dan MoU energi baru.",
     ["penandatanganan empat nota kesepahaman (MoU)."]),
])
def test_a_collective_numeral_s_list_gives_one_outcome_per_item(rules_nlp: Language, listed: str,
                                                                texts: list[str]) -> None:
    text = ("Presiden dan Perdana Menteri Vietnam menggelar pertemuan bilateral di Istana Kepresidenan Bogor, Senin "
            "(23/4/2018). Usai pertemuan, kedua pemimpin menyaksikan penandatanganan empat nota kesepahaman (MoU). "
            + listed)
    (event,) = extract(rules_nlp, text, "t", "test", published=date(2018, 4, 24), title_line=False).events
    assert [o.text for o in event.outcomes] == texts


# Four sentences after the event's, none of them about it.
_FAR_FROM_THE_TRIGGER = ("Gubernur menyampaikan bahwa kekeringan masih melanda banyak desa. Air tangki dikirim setiap "
                         "hari. Warga di pesisir paling terdampak. Harga air di pasar naik dua kali lipat. ")


@pytest.mark.parametrize(("body", "texts"), [
    # the sentence that refers back is no second outcome ...
    pytest.param("Semua kabupaten akan membangun embung desa. Kerja sama itu disepakati dalam rapat koordinasi "
                 "tersebut.",
                 ["Semua kabupaten akan membangun embung desa."], id="refers-back"),
    # ... unless it states one of its own after the event
    pytest.param("Semua kabupaten akan membangun embung desa. Gubernur mengumumkan kebijakan itu setelah rapat "
                 "koordinasi tersebut, yang juga memutuskan membentuk tim air bersih.",
                 ["Semua kabupaten akan membangun embung desa.", "memutuskan membentuk tim air bersih."],
                 id="refers-back-and-adds"),
    # a step reported after the event makes the sentence before the outcome
    pytest.param("Gubernur mengatakan, setiap kantor wajib menghemat air mulai bulan depan. Gubernur mengumumkan "
                 "langkah penghematan air itu setelah rapat koordinasi tersebut.",
                 ["setiap kantor wajib menghemat air mulai bulan depan."], id="step-reported-after"),
    # an outcome listed in prose gives one outcome per item
    pytest.param("Dalam rapat itu, kedua gubernur menyaksikan tiga nota kesepahaman. Pertama adalah kerja sama "
                 "pendidikan antara Kupang dan Ende. Selanjutnya, kerja sama kesehatan antara Sikka dan Flores Timur. "
                 "Terakhir, kerja sama pariwisata antara Alor dan Lembata.",
                 ["kerja sama pendidikan antara Kupang dan Ende", "kerja sama kesehatan antara Sikka dan Flores Timur",
                  "kerja sama pariwisata antara Alor dan Lembata"], id="listed-in-prose"),
    # ... past a sentence announcing the list again
    pytest.param("Kepala dinas mengatakan rapat menyepakati sejumlah langkah. \"Ada tiga hal yang kami sepakati hari "
                 "ini,\" kata dia. Pertama, embung desa dibangun di 20 desa. Kedua, tarif air diseragamkan. Ketiga, "
                 "tim teknis bersama dibentuk.",
                 ["embung desa dibangun di 20 desa", "tarif air diseragamkan", "tim teknis bersama dibentuk"],
                 id="listed-in-prose-after-an-announcement"),
    # ... and so does a list numbered inside the outcome's own sentence
    pytest.param("Rapat itu menghasilkan tiga kesepakatan, yakni pertama, semua kabupaten membangun embung desa; "
                 "kedua, tarif air diseragamkan; dan ketiga, kedua provinsi membentuk tim teknis bersama.",
                 ["semua kabupaten membangun embung desa", "tarif air diseragamkan",
                  "kedua provinsi membentuk tim teknis bersama"], id="listed-in-its-sentence"),
    # ... or with digits after a colon, in order
    pytest.param("Rapat itu menghasilkan beberapa poin, antara lain: 1) embung desa dibangun di 20 desa; 2) tarif air "
                 "diseragamkan; 3) tim teknis bersama dibentuk.",
                 ["embung desa dibangun di 20 desa", "tarif air diseragamkan", "tim teknis bersama dibentuk"],
                 id="listed-with-digits"),
    # ... or after "yakni" with digits in brackets
    pytest.param("Rapat itu menghasilkan tiga rekomendasi, yakni (1) embung desa dibangun di 20 desa, (2) tarif air "
                 "diseragamkan, serta (3) tim teknis bersama dibentuk.",
                 ["embung desa dibangun di 20 desa", "tarif air diseragamkan", "tim teknis bersama dibentuk"],
                 id="listed-with-digits-after-yakni"),
    # a gathering setting what will be done, said of the gathering itself
    pytest.param("Rapat koordinasi itu menetapkan tiga prioritas, yaitu embung desa, air bersih dan sanitasi.",
                 ["Rapat koordinasi itu menetapkan tiga prioritas, yaitu embung desa, air bersih dan sanitasi."],
                 id="sets-priorities"),
    # a plenary's approval, said of the meeting; not one given before that the sentence refers to
    pytest.param("Dalam rapat tersebut, seluruh fraksi menyetujui raperda untuk ditetapkan menjadi perda.",
                 ["seluruh fraksi menyetujui raperda untuk ditetapkan menjadi perda."], id="plenary-approves"),
    pytest.param("Dalam rapat tersebut, ia berterima kasih kepada anggota dewan yang telah menyetujui perppu itu.", [],
                 id="approved-before"),
    # a plenary passing a bill, said of the meeting; not one scheduled, nor one referred to by its noun
    pytest.param("Rapat paripurna tersebut akhirnya mengesahkan raperda tentang air bersih menjadi perda.",
                 ["Rapat paripurna tersebut akhirnya mengesahkan raperda tentang air bersih menjadi perda."],
                 id="plenary-passes"),
    pytest.param("Raperda itu dijadwalkan disahkan dalam rapat paripurna tersebut.", [], id="passing-scheduled"),
    pytest.param("Dalam rapat tersebut, gubernur mengapresiasi disahkannya perda air bersih.", [],
                 id="passing-referred-to"),
    # a summary before the agreement itself is dropped
    pytest.param("Rapat itu menghasilkan kesepakatan soal jadwal distribusi air. Semua kabupaten sepakat distribusi "
                 "dimulai pekan depan.",
                 ["Semua kabupaten sepakat distribusi dimulai pekan depan."], id="summary-dropped"),
    # ... but one that says what was agreed ("kesepakatan untuk ...") is an outcome of its own
    pytest.param("Rapat itu menghasilkan kesepakatan untuk membuka kembali pos lintas batas bagi angkutan barang. Semua "
                 "kabupaten sepakat distribusi dimulai pekan depan.",
                 ["Rapat itu menghasilkan kesepakatan untuk membuka kembali pos lintas batas bagi angkutan barang.",
                  "Semua kabupaten sepakat distribusi dimulai pekan depan."], id="agreement-stated-kept"),
    # the sides of the event agree, however far from its trigger the story says so
    pytest.param(_FAR_FROM_THE_TRIGGER + "Kedua pihak akhirnya sepakat membentuk tim air bersih bersama.",
                 ["Kedua pihak akhirnya sepakat membentuk tim air bersih bersama."], id="both-sides-agree"),
    # ... named as "kedua" and a noun, or as two names joined by "dan"
    pytest.param(_FAR_FROM_THE_TRIGGER + "Kedua gubernur juga sepakat membentuk tim air bersih bersama.",
                 ["Kedua gubernur juga sepakat membentuk tim air bersih bersama."], id="both-governors-agree"),
    pytest.param(_FAR_FROM_THE_TRIGGER + "Viktor dan Lucky juga sepakat membentuk tim air bersih bersama.",
                 ["Viktor dan Lucky juga sepakat membentuk tim air bersih bersama."], id="two-names-agree"),
    # an assembly electing its officers, the election itself the outcome; not a time when someone was elected
    pytest.param("Dalam rapat itu, Yosef Lomi ditetapkan sebagai Ketua Forum Air Bersih NTT.",
                 ["Yosef Lomi ditetapkan sebagai Ketua Forum Air Bersih NTT."], id="elected-passive"),
    pytest.param("Rapat tersebut juga memilih Yosef Lomi sebagai Ketua Forum Air Bersih NTT.",
                 ["memilih Yosef Lomi sebagai Ketua Forum Air Bersih NTT."], id="elected-active"),
    pytest.param("Sejak Yosef Lomi terpilih sebagai Ketua Forum Air Bersih NTT, air mengalir.", [],
                 id="elected-before"),
])
def test_the_outcome_texts_of_a_story(rules_nlp: Language, body: str, texts: list[str]) -> None:
    assert [o.text for o in _outcomes(rules_nlp, body)] == texts


@pytest.mark.parametrize(("lead", "texts"), [
    # what was agreed ends where the event that agreed it is named as its setting
    ("Pemkab Pesisir Selatan menyepakati 1.245 usulan prioritas pembangunan dalam Musrenbang RKPD 2025 yang digelar "
     "di Gedung Zamzami, Painan, Rabu (13/3/2024).", ["Pemkab Pesisir Selatan menyepakati 1.245 usulan prioritas "
                                                      "pembangunan"]),
    # ... not where what was agreed follows the event's name
    ("Para pimpinan bersepakat dalam Musrenbang RKPD 2025 di Painan, Rabu (13/3/2024), bahwa jalan desa didahulukan.",
     ["Para pimpinan bersepakat dalam Musrenbang RKPD 2025 di Painan, Rabu (13/3/2024), bahwa jalan desa "
      "didahulukan."]),
])
def test_an_outcome_in_the_lead_ends_before_its_event(rules_nlp: Language, lead: str, texts: list[str]) -> None:
    result = extract(rules_nlp, lead + " Musrenbang itu dibuka Bupati Rusma Yul Anwar.", "t", "test", title_line=False)
    assert [o.text for o in result.events[0].outcomes] == texts


@pytest.mark.parametrize("lead", [
    # what would stay is unfinished, says nothing by itself, or holds no cue of its own
    "Para pimpinan sepakat untuk membawa usulan itu ke dalam Musrenbang RKPD 2025 di Painan, Rabu (13/3/2024).",
    "Hal tersebut diputuskan dalam Musrenbang RKPD 2025 di Painan, Rabu (13/3/2024).",
    "Izinkanlah kami mewakili pemerintah dalam Musrenbang RKPD 2025 di Painan, Rabu (13/3/2024), menyetujui usulan.",
])
def test_an_outcome_is_not_cut_to_nothing_before_its_event(rules_nlp: Language, lead: str) -> None:
    result = extract(rules_nlp, lead + " Musrenbang itu dibuka Bupati Rusma Yul Anwar.", "t", "test", title_line=False)
    assert all("Musrenbang" in o.text for o in result.events[0].outcomes)


@pytest.mark.parametrize(("said", "agreed"), [
    # a participant's "we agreed", set at this event ("tadi", "... ini"), however far down the story
    ("\"Tadi kami sepakat dengan Dinas Perhubungan untuk menambah armada bus air,\" ujar Yosef.", True),
    ("\"Lewat kerja sama ini kita sepakat menyiapkan 500 tenaga terampil,\" ujar Yosef.", True),
    # ... not "we agree" as an opinion
    ("\"Kami sepakat bahwa air bersih adalah hak warga,\" ujar Yosef.", False),
])
def test_we_agreed_in_a_participant_s_words(rules_nlp: Language, said: str, agreed: bool) -> None:
    text = ("MAKASSAR - Pemkot Makassar menggelar Forum Konsultasi Publik RPJPD di Hotel Claro, Selasa (20/2/2024). "
            + _FAR_FROM_THE_TRIGGER + said)
    outcomes = extract(rules_nlp, text, "t", "test").events[0].outcomes
    assert any("sepakat" in o.text for o in outcomes) is agreed


def test_the_event_s_own_noun_producing_something_far_down_the_story(rules_nlp: Language) -> None:
    # ("forum" in lower case starts no event of its own: the sentence is the forum's only by its noun acting)
    text = ("MAKASSAR - Pemkot Makassar menggelar Forum Konsultasi Publik RPJPD di Hotel Claro, Selasa (20/2/2024). "
            + _FAR_FROM_THE_TRIGGER + "Dari hasil diskusi kelompok, forum menghasilkan kesepakatan membentuk tim "
            "banjir bersama.")
    result = extract(rules_nlp, text, "t", "test")
    assert [o.text for o in result.events[0].outcomes] == [
        "Dari hasil diskusi kelompok, forum menghasilkan kesepakatan membentuk tim banjir bersama."]


def test_every_item_of_a_numbered_list_is_an_outcome_however_long(rules_nlp: Language) -> None:
    body = ("Rapat itu menghasilkan empat rekomendasi, yaitu:\n"
            "1. Kabupaten menyusun peta kekeringan. Peta diperbarui setiap tahun.\n"
            "2. Embung dibangun di desa kering. Desa memelihara embung itu.\n"
            "3. Sumur bor diperbanyak. Airnya diperiksa dinas kesehatan.\n"
            "4. Rapat serupa digelar setiap tahun. Tuan rumahnya bergiliran.\n")
    assert [o.kind for o in _outcomes(rules_nlp, body)] == ["recommendation"] * 4


@pytest.mark.parametrize(("body", "status"), [
    ("Rapat koordinasi itu sempat berpindah tempat ke Aula El Tari karena hotel penuh.", True),
    ("Warga mendesak agar rapat koordinasi itu dibatalkan.", False),
])
def test_what_became_of_the_event_is_a_statement_a_demand_is_not(rules_nlp: Language, body: str,
                                                                 status: bool) -> None:
    outcomes = _outcomes(rules_nlp, body)
    assert any(o.kind == "statement" and "Rapat koordinasi itu" in o.text for o in outcomes) is status


@pytest.mark.parametrize("count", ["dua", "dua puluh", "beberapa", "3"])
def test_a_counted_noun_after_menghasilkan_gives_its_kind(rules_nlp: Language, count: str) -> None:
    body = f"Rapat itu menghasilkan {count} komitmen untuk desa kering."
    assert [o.kind for o in _outcomes(rules_nlp, body)] == ["commitment"]


@pytest.mark.parametrize("body", [
    "Rapat itu dihadiri Gubernur dan para bupati dengan penandatanganan nota kesepahaman air bersih.",
    "Rapat itu dihadiri Gubernur dan para bupati dengan penandatanganan Kesepakatan Bersama air bersih.",
])
def test_a_signed_outcome_starts_at_the_signing_not_at_the_guests(rules_nlp: Language, body: str) -> None:
    texts = [o.text for o in _outcomes(rules_nlp, body)]
    assert any(t.startswith("penandatanganan") for t in texts), texts


def test_a_decision_told_before_the_sentence_that_says_where_it_was_made(nlp: Language) -> None:
    text = ("Kupang - KPU Provinsi NTT resmi menetapkan lima pasangan calon bupati Sikka untuk Pilkada 2024.\n\n"
            "Penetapan lima pasangan calon bupati dan wakil bupati Sikka itu dilakukan dalam rapat pleno terbuka yang "
            "dipimpin Ketua KPU NTT Yosef Lomi di Kupang, Senin (23/9/2024).")
    outcomes = [o.text for o in extract(nlp, text, "t", title_line=False).events[0].outcomes]
    assert outcomes == ["KPU Provinsi NTT resmi menetapkan lima pasangan calon bupati Sikka untuk Pilkada 2024."]


_CONGRESS = ("Polisi menangkap seorang artis di Jakarta karena kasus narkoba.\n\nArtis itu, Gatot Brajamusti, {what}. "
             "Ia {verb} pada kongres ke-15 PARFI yang berlangsung di Mataram, Nusa Tenggara Barat, Minggu (28/8/2016).")


_LEAD = ("Kupang - Gubernur NTT mengatakan, {lead}.\n\nPemerintah provinsi menyiapkan anggaran untuk embung tahun ini. "
         "Dinas PUPR sudah memetakan lokasinya.\n\nHal itu disampaikan Gubernur usai memimpin rapat koordinasi "
         "dengan para bupati di Kupang, Senin (23/9/2024).")


@pytest.mark.parametrize(("lead", "kinds"), [
    # the story's lead tells what the event produced before the story names the event
    ("NTT bersama Sikka sepakat membangun sepuluh embung tahun ini", ["agreement"]),
    # ... but not an agreement that failed
    ("kegagalan Sikka dan Ende mencapai kesepakatan soal embung merugikan warga", []),
    # ... nor one the lead recalls from another year
    ("NTT bersama Sikka sepakat membangun sepuluh embung pada 2019", []),
])
def test_what_the_lead_says_was_agreed(nlp: Language, lead: str, kinds: list[str]) -> None:
    events = extract(nlp, _LEAD.format(lead=lead), "t", title_line=False).events
    assert [o.kind for o in events[0].outcomes] == kinds


def test_a_signing_named_bare_as_when_someone_spoke_is_no_outcome(nlp: Language) -> None:
    text = ("Bupati Sikka dan Bupati Ende menandatangani nota kesepakatan kerja sama air bersih di Maumere, Kamis "
            "(16/3/2023).\n\n\"Air bersih adalah kebutuhan dasar warga,\" kata Bupati Sikka usai penandatanganan.")
    events = extract(nlp, text, "t", title_line=False).events
    assert [o.text for o in events[0].outcomes if o.text.strip(" .").lower() == "penandatanganan"] == []
    assert len(events[0].outcomes) == 1   # the memorandum signed stays


@pytest.mark.parametrize("above", [
    "Ilustrasi. (Foto: Dok. Istimewa)",   # a photo's caption
    "Facebook\nTwitter\nWhatsApp",        # share buttons
])
def test_the_lead_is_the_story_s_first_sentence_below_short_lines(nlp: Language, above: str) -> None:
    # the short lines a scraped page keeps above the story are no lead
    text = f"{above}\n\n" + _LEAD.format(lead="NTT bersama Sikka sepakat membangun sepuluh embung tahun ini")
    events = extract(nlp, text, "t", title_line=False).events
    assert [o.kind for o in events[0].outcomes] == ["agreement"]


@pytest.mark.parametrize(("what", "verb", "kinds"), [
    # who was elected, said right before the sentence that names the event: what the event agreed
    ("baru saja kembali terpilih sebagai ketua umum Persatuan Artis Film Indonesia (PARFI) periode 2016-2021",
     "terpilih", ["agreement"]),
    # ... but not a plan said there, which is the person's own
    ("berencana membuka sekolah akting di Mataram tahun depan", "hadir", []),
    # ... nor an election of another year, nor an agreement in someone's quoted words
    ("terpilih sebagai ketua umum Persatuan Artis Film Indonesia (PARFI) pada 2011", "hadir", []),
    ("berkata, \"Kita sepakat menolak kenaikan harga,\" di Jakarta", "hadir", []),
])
def test_an_election_said_right_before_the_event_s_sentence(nlp: Language, what: str, verb: str,
                                                            kinds: list[str]) -> None:
    events = extract(nlp, _CONGRESS.format(what=what, verb=verb), "t", title_line=False).events
    assert [o.kind for o in events[0].outcomes] == kinds


@pytest.mark.parametrize(("text", "absent"), [
    # the day after a theme is no topic
    ('Webinar bertema "Ketahanan Pangan" digelar secara daring, Sabtu (20/6/2020), dan diikuti 500 peserta.',
     "Sabtu"),
    # a lower-case phrase the story repeats begins at a word's start, not inside a name ("okowi" of "Jokowi")
    ("Seminar ketahanan pangan digelar di Kupang, Sabtu (20/6/2020). Pak Jokowi kunjung tiba hadir. Ketua panitia "
     "mengatakan Jokowi kunjung tiba datang karena rapat kabinet.", "okowi kunjung tiba"),
    # (a guard for verb_shaped_nouns) a clause ending in a verb after a topic cue is no topic ("Soal hybrid,
    # Menteri ... menuturkan, ...")
    ("Seminar kendaraan listrik digelar di Kupang, Sabtu (20/6/2020). Soal hybrid, Menteri Perindustrian Budi "
     "Santoso menuturkan, pemerintah menyiapkan skema khusus.", "Menteri Perindustrian Budi Santoso menuturkan"),
    # a quote's attribution after the cue's clause, a date and a place alone say nothing of what was discussed
    ('Bupati Kupang Yosef Lede membuka rapat koordinasi di Aula Bappeda, Senin (3/6/2024). "Kami membahas soal '
     'stunting," kata Bupati Kupang. Rapat juga membahas anggaran.', "kata Bupati Kupang"),
    ("Bupati Kupang Yosef Lede membuka seminar di Aula Bappeda, Sabtu (20/6/2020). Seminar membahas soal "
     "pendaftaran, 23 Juli 2024, dan anggaran pendidikan.", "23 Juli 2024"),
    ("Bupati Kupang Yosef Lede membuka rapat koordinasi di Aula Bappeda, Senin (3/6/2024). Rapat membahas anggaran "
     "pendidikan terkait Semarang.", "Semarang"),
    # adverbs and pronouns make no topic ("tak pernah", "baru saja")
    ("Bupati Kupang Yosef Lede membuka rapat koordinasi di Aula Bappeda, Senin (3/6/2024). Rapat membahas anggaran "
     "pendidikan. Bupati tak pernah absen dari rapat itu. Kepala dinas juga tak pernah absen.", "tak pernah absen"),
])
def test_what_is_no_topic(rules_nlp: Language, text: str, absent: str) -> None:
    topics = [t for record in assemble(rules_nlp(text)) for t in record.topics]
    assert topics and absent not in topics, topics

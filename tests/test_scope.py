"""Out of scope by the annotation conventions: sports reports, court sessions, private occasions."""

from __future__ import annotations

import pytest

from pipeline.events import scope
from pipeline.events.common import Mention

SPORT = ("Timnas Indonesia kalah 0-2 dari Thailand dalam laga final Piala AFF. Pelatih menyebut pemain kelelahan "
         "setelah babak pertama. Gol kedua lahir dari penalti pada menit ke-80 di stadion yang penuh suporter.")
MEETING = ("Gubernur menggelar rapat koordinasi dengan para bupati di Kupang, Senin. Rapat membahas anggaran "
           "pendidikan dan kesehatan untuk tahun depan, kata juru bicara pemerintah provinsi.")
TV_SHOW = ("Penyanyi asal Kupang itu tampil sebagai bintang tamu di acara Malam Minggu Ceria yang tayang di "
           "stasiun televisi swasta. Pekan depan ia mengisi festival musik di Maumere.")
TRIAL = ("Sidang lanjutan kasus korupsi itu menghadirkan tiga saksi. Jaksa penuntut umum membacakan dakwaan, "
         "sementara hakim menunda sidang hingga pekan depan.")
DPR = "Rapat paripurna DPR menyetujui rancangan undang-undang itu. Sidang dipimpin Ketua DPR."
WEDDING = "Upacara pernikahan sang aktor digelar di Bali, Sabtu, dihadiri keluarga dan sahabat."
TOUR = ("Band itu batal konser di Jakarta karena sang vokalis sakit. Promotor mengembalikan tiket penonton. Lewat "
        "akun Facebook, sang vokalis berharap dapat melakukan kunjungan ke Indonesia Agustus mendatang.")
MARKET = ("Indeks harga saham gabungan (IHSG) Bursa Efek Indonesia ditutup melemah tipis. Investor menanti hasil "
          "Rapat Dewan Gubernur Bank Indonesia. Nilai tukar rupiah menguat, sementara saham LQ45 naik.")
STATE_VISIT = "Presiden melakukan kunjungan kenegaraan ke Singapura, Kamis, dan bertemu Perdana Menteri Lee."
SHOOTING = ("Pelaku penembakan di sebuah festival musik di Kupang diketahui telah menimbun senjata dan amunisi. Polisi "
            "menyebut pelaku menembak dari lantai hotel. Sedikitnya tiga orang tewas dan 20 orang terluka. Penyidik "
            "masih mencari barang bukti di lokasi.")
# a gathering about a disaster names its cues less densely: it stays in scope
DISASTER_MEETING = ("Gubernur NTT memimpin rapat koordinasi penanganan kebakaran hutan di Kupang, Senin. Rapat diikuti "
                    "para bupati dan kepala BPBD se-NTT. Gubernur meminta setiap kabupaten menyiapkan posko dan pasukan "
                    "pemadam, serta melaporkan titik api setiap hari.")

# business people ("pelaku usaha", "pelaku UMKM") are no offenders
UMKM_TRAINING = ("Pelaku UMKM Ikuti Pelatihan\nSebanyak 150 pelaku usaha mengikuti pelatihan. Pelaku UMKM belajar "
                 "pemasaran digital, kata pelaku usaha.")

# a protest story names the inauguration it "guards" and the petition it signs; a training's cooking demo is no protest
PROTEST = ("Aksi demonstrasi kembali digelar mahasiswa di depan Gedung DPRD, Selasa. Para demonstran berorasi menolak "
           "revisi undang-undang itu. Aksi juga digelar untuk mengawal pelantikan anggota dewan. Korlap aksi menyebut "
           "unjuk rasa berlangsung damai, dan massa aksi menandatangani petisi.")
COOKING_DEMO = ("Tim Penggerak PKK menggelar pelatihan pengolahan pangan lokal di Balai Desa, Selasa. Peserta mengikuti "
                "demo masak dan demo produk olahan ikan.")


def _mention(text: str, word: str) -> Mention:
    start = text.index(word)
    sentence = (text.rfind(".", 0, start) + 1, text.find(".", start) + 1)
    return Mention(start, start + len(word), "meeting", None, (start, start + len(word)), False, sentence)


@pytest.mark.parametrize(("text", "domain"), [(SPORT, "sport"), (MARKET, "market"), (MEETING, None), (TRIAL, None),
                                                (DPR, None), (SHOOTING, "crime"), (DISASTER_MEETING, None),
                                                (UMKM_TRAINING, None), (PROTEST, "protest"),
                                                (COOKING_DEMO, None)])
def test_whole_article_out_of_scope(text: str, domain: str | None) -> None:
    assert scope.out_of_scope_article(text) == domain


@pytest.mark.parametrize(("text", "word", "kept"), [
    # "agenda" beside a court's words is a hearing's item, not an event
    ("Sidang gugatan warisan itu akan dilanjutkan pada 12 Maret 2019 dengan agenda mediasi, ujar pengacara "
     "tergugat.", "agenda", False),
    (TRIAL, "Sidang", False),       # a court session
    (DPR, "Sidang", True),          # a parliament's session
    (MEETING, "rapat", True),
    (WEDDING, "Upacara", False),    # a private occasion
    (TOUR, "kunjungan", False),     # a band's tour stop in a music story
    # ... and a show in such a story
    ("Band itu tampil dalam acara musik di Istora Senayan, Jumat malam. Vokalis band itu menyanyikan lagu dari album "
     "terbarunya di depan ribuan penonton. Promotor konser itu menjual habis tiketnya.", "acara", False),
    (STATE_VISIT, "kunjungan", True),
    # "acara" beside television words is a broadcast programme; an engagement is a private occasion
    (TV_SHOW, "acara", False),
    (TV_SHOW, "festival", True),    # a gathering named in the same story keeps its own trigger
    ("Gubernur membuka acara Pekan Kopi Flores di Maumere, Sabtu, yang dihadiri ribuan warga.", "acara", True),
    ("Keduanya menggelar acara lamaran di rumah keluarga di Ende, Minggu malam.", "acara", False),
    ("Keduanya menggelar resepsi pernikahannya di sebuah hotel di Ende, Minggu malam.", "resepsi", False),
    # an English programme name's "Show" is a broadcast too
    ("Dalam acara The Maria Lado Show akhir pekan lalu, Yohanes mengungkapkan rencana pernikahannya.", "acara",
     False),
    # a court's word in the sentence before says nothing of a parliament's session; in the same sentence it does
    ("Bupati meminta semua pihak melawan korupsi. Pesan itu ia sampaikan dalam sidang paripurna DPRD Sikka, Senin.",
     "sidang", True),
    ("Bupati hadir dalam sidang kasus korupsi dana desa di Maumere, Senin.", "sidang", False),
    # a launch of a poster, an album or a cream is a release, whatever else the story says; a programme's stays
    ("Rumah produksi itu menggelar peluncuran poster film keduanya di Jakarta, Rabu.", "peluncuran", False),
    ("Penyanyi itu hadir pada launching album barunya di Kemang, Kamis.", "launching", False),
    ("Bupati Sikka hadir pada peluncuran program Desa Digital di Maumere, Rabu.", "peluncuran", True),
    # a meeting in a film's plot is a scene; a film festival in film news stays a gathering
    ("Film itu bercerita tentang pertemuan dengan seorang gadis di Medan. Sutradara film itu memilih aktor muda "
     "sebagai pemeran utama, dan syuting digelar di Medan. Film tersebut tayang di bioskop bulan depan.", "pertemuan",
     False),
    ("Film itu diputar di Festival Film Maumere. Sutradara film itu memilih aktor muda sebagai pemeran utama, dan "
     "syuting digelar di Sikka. Film tersebut tayang di bioskop bulan depan.", "Festival", True),
])
def test_mentions_in_scope(text: str, word: str, kept: bool) -> None:
    assert (scope.in_scope(text, [_mention(text, word)]) != []) is kept


def test_dominant_domain_names_a_trial_report() -> None:
    assert scope.dominant_domain(TRIAL) == "court"
    assert scope.dominant_domain(MEETING) is None



def test_a_quasi_judicial_hearing_is_a_court_session() -> None:
    # a competition watchdog's hearing names its parties as court does: "terlapor" (the reported party)
    text = ("KPPU menunda sidang perdana dugaan kartel tiket pesawat. Hanya dua dari tujuh terlapor yang menghadiri "
            "sidang, sementara lima terlapor lain mangkir dari sidang yang semula dijadwalkan hari ini.")
    assert scope.in_scope(text, [_mention(text, "sidang")]) == []


def test_court_session_named_by_its_case() -> None:
    text = "Polisi menjaga sidang ke delapan kasus Ahok di Auditorium Kementan, Selasa."
    assert scope.in_scope(text, [_mention(text, "sidang")]) == []


def test_folded_cues_match_where_the_case_insensitive_ones_do() -> None:
    """Outside the letters ``folding.key`` maps first ("ı", "ſ", "İ"), an ASCII pattern character matches c.lower()
    exactly where IGNORECASE matches c, and lower() keeps each character one character of the same class, so the
    counts cannot differ."""
    import re
    import string
    import sys

    from pipeline.stages.folding import CASE_EXTRAS

    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if c not in CASE_EXTRAS)
    lowered = everything.lower()
    assert len(lowered) == len(everything)
    for name, pattern in (("word", r"[\w-]"), ("space", r"\s")):
        assert [m.start() for m in re.finditer(pattern, everything)] == \
            [m.start() for m in re.finditer(pattern, lowered)], name
    for char in string.ascii_lowercase + string.digits + " -_.'":
        insensitive = [m.start() for m in re.finditer(re.escape(char), everything, re.IGNORECASE)]
        assert insensitive == [m.start() for m in re.finditer(re.escape(char), lowered)], char
    text = "GOL! Gol-gol PEMAIN, pemainnya Kick-off KICK  OFF Tim\nNasional SEA Games piala dunia \u212aIPER ſkor"
    assert scope._folded_cues() is not None
    for domain in scope._scope().domains:
        for sample in (text, text.replace("ſ", "s")):
            scope.densities.cache_clear()
            words = len(sample.split())
            assert scope.densities(sample)[domain.name] == 100 * len(domain.cues.findall(sample)) / words


PRODUCT = ("BMW Group Indonesia menggelar peluncuran New Mini Cooper Countryman di Jakarta, Kamis (2/3/2017). Mobil "
           "ini dibanderol dengan harga Rp 800 juta. Varian mesin bensin dan fitur kamera parkir menjadi andalan model "
           "ini, kata Direktur Penjualan. Penjualan mobil di diler dimulai pekan depan, dengan konsumen bisa memilih "
           "tipe dan warna.")


def test_a_launch_in_product_news_is_no_event() -> None:
    launch = _mention(PRODUCT, "peluncuran")
    assert scope.in_scope(PRODUCT, [launch]) == []
    assert scope.dominant_domain(PRODUCT) is None   # it takes only its own triggers: a shop's opening stays
    assert scope.in_scope(MEETING, [_mention(MEETING, "rapat")]) != []


@pytest.mark.parametrize(("title", "roundup"), [
    ("[POPULER NASIONAL] Jokowi Lantik Kepala BNPB | Rapat Paripurna DPR", True),
    ("Top 3 Tekno Berita Hari Ini: Peresmian Wahana Ozon, iPhone 11", True),
    ("Bupati Sikka Lantik 38 Kepala Desa di Maumere", False),
])
def test_a_roundup_of_stories_reports_no_gathering(nlp, title: str, roundup: bool) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from pipeline.extract import extract

    assert scope.digest(title) is roundup
    text = ("Bupati Sikka Yohanes Bria melantik 38 kepala desa terpilih di Aula Kantor Bupati Sikka, Maumere, Selasa "
            "(20/12/2022). Pelantikan itu dihadiri ratusan warga.")
    events = extract(nlp, text, "t", title=title, title_line=False, published=date(2022, 12, 21)).events
    assert bool(events) is not roundup


# A sports story: the sport's own words dense enough that it reports no event record, but for a body's own gathering
SPORTS_STORY = ("Asian Games 2018 dipastikan menggelar 40 cabang olahraga. {gathering} Atlet, pelatih dan klub "
                "menyambut kabar itu. Cabor baru antara lain jet ski dan pencak silat; medali emas diperebutkan di "
                "stadion dan arena baru. Juara turnamen, pemain liga dan timnas bersiap untuk kompetisi itu, dengan "
                "laga final di stadion utama.")


# A company's market news: the market's words dense enough that it reports no event record, but for the company's
# shareholders' meeting
MARKET_STORY = ("PT Wahana Karya Persada Tbk membagikan dividen tunai Rp55 per saham. {gathering} Saham emiten itu "
                "menguat 3 persen di Bursa Efek Indonesia, sementara IHSG ditutup melemah 12 poin. Analis menilai "
                "investor menyambut baik dividen itu; indeks LQ45 dan kurs rupiah ikut menguat pada sesi kedua, "
                "dengan transaksi saham mencapai Rp8 triliun.")


@pytest.mark.parametrize(("story", "domain", "gathering", "names"), [
    # a sports body's gathering: held by the body the sentence names first, or named after its body
    (SPORTS_STORY, "sport", "Keputusan itu terbit setelah Olympic Council of Asia (OCA) mengadakan General Assembly "
     "ke-36 di Ashgabat, Turkmenistan, 20 September 2017.", ["General Assembly ke-36"]),
    (SPORTS_STORY, "sport", "Keputusan itu terbit dalam Kongres PSSI di Makassar, 17 Oktober 2016.", ["Kongres PSSI"]),
    # a team's meeting no body holds, and a disciplinary "sidang" of a body: the sport's own, no record
    (SPORTS_STORY, "sport", "Keputusan itu terbit setelah pelatih menggelar rapat tim di Hotel Mulia, Jakarta, 20 "
     "September 2017.", []),
    (SPORTS_STORY, "sport", "Keputusan itu terbit dalam sidang Komisi Disiplin PSSI di Jakarta, 20 September 2017.", []),
    # a company's shareholders' meeting in its market news; another gathering there stays out of scope
    (MARKET_STORY, "market", "Keputusan itu diambil dalam Rapat Umum Pemegang Saham Tahunan (RUPST) di Hotel "
     "Fairmont, Jakarta, 20 September 2017.", ["Rapat Umum Pemegang Saham Tahunan (RUPST)"]),
    (MARKET_STORY, "market", "Keputusan itu diumumkan dalam rapat direksi di Hotel Fairmont, Jakarta, 20 September "
     "2017.", []),
])
def test_a_domain_s_own_gathering_is_kept_in_a_story_it_dominates(nlp, story: str, domain: str,  # type: ignore[no-untyped-def]
                                                                  gathering: str, names: list[str]) -> None:
    from pipeline.extract import extract

    text = story.format(gathering=gathering)
    assert scope.out_of_scope_article(text) == domain
    assert [e.name for e in extract(nlp, text, "t", published=None).events] == names

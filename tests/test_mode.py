"""The mode of an event: a mode word inside a name ("Media Online") says nothing about how it was held."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.events import assemble
from pipeline.events.places import _inside_name


@pytest.mark.parametrize(("text", "inside"), [
    ("Seminar Nasional Media Online digelar di Jakarta", True),
    ("Seminar digelar secara online dari Jakarta", False),
    ("Rapat itu digelar Virtual pada Senin", False),   # after a lower-case word: not a name
    ('OWOX BI mengadakan sharing session bertajuk "Online Analytics Meetup Vol. 1" di Jakarta', True),   # a title
])
def test_mode_word_inside_a_name(text: str, inside: bool) -> None:
    at = max(text.find("Online"), text.find("online"), text.find("Virtual"))
    assert _inside_name(text, at) is inside


@pytest.mark.parametrize(("text", "mode"), [
    ("Musrenbang Kota Kendari digelar di Aula Bappeda, Rabu (23/3/2022). Sebanyak 250 peserta mengikuti musrenbang "
     "secara luring, sementara 100 lainnya bergabung secara daring.", "hybrid"),   # both at once
    ("Dinas Kominfo Kota Kupang menggelar rapat evaluasi secara daring, Rabu (23/3/2022). Rapat diikuti 40 peserta "
     "dari 20 perangkat daerah.", "online"),
    # "secara virtual", one of the mode's own phrases, carries its opener ("secara") inside it; a room it was
    # joined from is no physical gathering
    ("Wakil Bupati Sikka mengikuti rapat koordinasi pengendalian inflasi secara virtual dari Ruang Rapat Bupati "
     "Sikka, Senin (5/6/2023).", "online"),
    ("BPBD Jawa Tengah menggelar seminar kebencanaan secara hybrid di Hotel Gumaya, Semarang, Rabu (14/9/2022). "
     "Seminar diikuti 80 peserta.", "hybrid"),
    # how the head count took part, said after it, is the event's mode; a mode word before the count qualifies
    # something else
    ("Universitas Udayana menggelar seminar nasional di Gedung Widya Sabha, Denpasar, Rabu (12/10/2022). Sebanyak "
     "250 peserta dari berbagai perguruan tinggi hadir secara luring dan daring.", "hybrid"),
    ("Universitas Udayana menggelar seminar nasional di Gedung Widya Sabha, Denpasar, Rabu (12/10/2022). Nama "
     "seminar dipilih lewat survei daring yang diikuti 250 peserta.", "offline"),
    # a mode word in a wish for another gathering says nothing of how this one was held
    ("Universitas Udayana menggelar webinar nasional secara daring melalui Zoom, Sabtu (12/6/2021). Dekan berharap "
     "kegiatan serupa dapat digelar kembali secara luring jika pandemi membaik.", "online"),
    # a live broadcast says nothing of the mode: an event held at a venue stays offline, one with no venue unknown
    ("Pelantikan anggota DPRD Kabupaten Sleman digelar di Gedung DPRD Sleman, Senin (2/9/2019). Warga menyaksikan "
     "siaran langsung pelantikan itu melalui kanal YouTube DPRD.", "offline"),
    ("Bupati Sleman Kustini Sri Purnomo membuka Musrenbang Kabupaten Sleman, Senin (2/9/2019). Musrenbang itu "
     "disiarkan langsung melalui kanal YouTube Pemkab bagi warga.", None),
    # a mode word says how the event was held after "secara", a held verb or the gathering's own word; after
    # another noun it describes that ("situs belanja daring", "ojek online", "media ... online")
    ("Bupati Sleman Kustini Sri Purnomo membuka pelatihan UMKM di Aula Dinas Koperasi, Senin (2/9/2019). Peserta "
     "belajar berjualan lewat situs belanja daring dan media sosial.", "offline"),
    ("Dinas Perhubungan menggelar rapat dengan pengemudi ojek online di Kantor Dishub Sleman, Senin (2/9/2019).",
     "offline"),
    ("Dinas Kominfo Sleman menggelar konferensi daring tentang literasi digital, Senin (2/9/2019). Konferensi "
     "diikuti 300 peserta.", "online"),
    ("Dinas Kominfo Sleman menggelar webinar literasi digital, Senin (2/9/2019). Webinar diikuti 300 peserta.",
     "online"),
    # "baik ... maupun ...": both ways at once
    ("Mendikbudristek membuka Rapat Koordinasi Nasional Pendidikan di Hotel Bidakara, Jakarta, Senin (14/2/2022). "
     "Rakornas diikuti 1.500 peserta, baik secara luring maupun daring.", "hybrid"),
    ("Dinas Kominfo Sleman menggelar pelatihan literasi digital, Senin (2/9/2019). Pelatihan diikuti 300 peserta "
     "secara online maupun offline.", "hybrid"),
])
def test_the_mode_of_an_event(rules_nlp: Language, text: str, mode: str | None) -> None:
    assert assemble(rules_nlp(text))[0].mode == mode

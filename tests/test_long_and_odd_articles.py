"""What is an article: scraped one-line stories, stories with a list appended, and long texts are; link lists,
menus and tables are not. Long texts go through spaCy in pieces (spaCy refuses a Doc over nlp.max_length)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from spacy.language import Language

from pipeline import extract as extract_module
from pipeline.extract import ArticleError, check_article, extract, pieces, prepare

PARAGRAPHS = [
    "Pemerintah Provinsi Jawa Tengah menggelar rapat koordinasi pengendalian inflasi di Semarang, Rabu (10/5/2023).",
    "Rapat itu dihadiri lebih dari 200 peserta dari 35 kabupaten/kota se-Jawa Tengah.",
    "Gubernur meminta seluruh kepala daerah memantau harga bahan pokok menjelang hari raya.",
    "Menurut dia, harga beras dan cabai menjadi perhatian utama pemerintah daerah dalam sebulan terakhir.",
]


def test_a_scraped_one_line_story_with_paragraphs_joined_by_commas_is_an_article() -> None:
    # CLICK-ID: one line per article, paragraphs joined with ",", linked words dropped ("Kepolisian Resor  ,,")
    text = "- Kepolisian Resor  ,, Flores Timur, masih mencari  pemilik perahu.," + ",".join(PARAGRAPHS * 2)
    check_article(text, text)
    assert prepare(text, title="Polisi Cari Pemilik Perahu", title_line=False).cleaned.text.startswith("Polisi Cari")


def test_a_story_with_a_list_of_winners_appended_is_an_article() -> None:
    # IndoSum (MTV EMA 2017, a MotoGP timetable): a few paragraphs, then a long list
    story = "\n\n".join(PARAGRAPHS * 2)
    winners = "\n\n".join(f"Best Act {i} – Penyanyi {i} Best Song {i} – Lagu {i} Best Video {i} – Video {i}"
                          for i in range(12))
    check_article(story + "\n\nBerikut daftar pemenang:\n\n" + winners, story + "\n\n" + winners)


def test_a_credit_prefix_does_not_wipe_a_one_line_story() -> None:
    text = "Penulis: ," + ",".join(PARAGRAPHS * 3)
    prepared = prepare(text, title="Judul", title_line=False)
    assert "Pemerintah Provinsi Jawa Tengah" in prepared.cleaned.text and prepared.meta.byline == []


@pytest.mark.parametrize("text, cause", [
    ("\n".join(f"https://www.contoh.co.id/berita/{i} Judul berita nomor {i}" for i in range(25)), "list of links"),
    ("Kabupaten\tPeserta\tTahun\n" + "\n".join(f"Kabupaten {i}\t{i * 10}\t2023" for i in range(30)), "a table"),
    ("Terpopuler\n" + "\n".join(f"Gubernur resmikan pasar baru nomor {i}" for i in range(20)), "short lines"),
    ("Beranda\nBerita\nNasional\nDaerah\nOlahraga\nEkonomi\nHiburan\nTeknologi\nGaya Hidup\nOtomotif\n" * 3,
     "short lines"),
])
def test_what_is_not_an_article_is_still_refused(text: str, cause: str) -> None:
    with pytest.raises(ArticleError, match=cause):
        prepare(text, title_line=False)


def test_pieces_cut_at_paragraphs_then_sentences_and_cover_the_text() -> None:
    text = "\n".join(PARAGRAPHS * 40)
    spans = pieces(text, size=1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    assert all(end - start <= 1000 for start, end in spans)
    assert all(text[end - 1] == "\n" for _, end in spans[:-1])
    one_line = " ".join(PARAGRAPHS * 40)
    assert all(one_line[end - 2] in ".)" for _, end in pieces(one_line, size=1000)[:-1])


def test_a_long_article_goes_through_spacy_in_pieces(rules_nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    # Longer than the pipeline's max_length (here lowered, as a 3 MB article exceeds spaCy's 1,000,000): no E088.
    monkeypatch.setattr(extract_module, "PIECE_CHARS", 4_000)
    monkeypatch.setattr(rules_nlp, "max_length", 5_000)
    text = "\n\n".join(PARAGRAPHS * 40)
    result = extract(rules_nlp, "Rapat Koordinasi Inflasi\n" + text, "long")
    assert result.article.status == "ok" and result.text.endswith(PARAGRAPHS[-1])
    assert [e.event_index for e in result.events] == list(range(len(result.events)))
    assert sum(e.primary for e in result.events) == 1 and result.events[0].primary
    for event in result.events:    # evidence offsets point into the whole cleaned text
        for name, values in event.evidence.items():
            for spans in values:
                for start, end in spans:
                    assert 0 <= start < end <= len(result.text), (name, start, end)
        if event.when is not None:
            (start, end), *_ = event.evidence["when"][0]
            assert result.text[start:end] == event.when.text
    assert all(result.text[e.start:e.end] == e.text for e in result.article.entities)


def test_a_run_on_line_without_full_stops_is_an_article() -> None:
    # CLICK-ID tribunnews: full stops lost with the links beside them, quotes and clauses joined by commas
    clause = "beberapa relawan dari gereja setempat membantu warga membersihkan rumah yang terendam lumpur"
    text = ",".join([clause] * 8)
    check_article(text, text)


def test_a_one_line_fragment_is_refused_as_such() -> None:
    with pytest.raises(ArticleError, match=r"a fragment \(one line of 12 words"):
        prepare("Ukur seberapa mendalam pengetahuanmu tentang kopi-kopi khas Flores dengan menjawab kuis berikut:"
                , title="Kuis Kopi", title_line=False)

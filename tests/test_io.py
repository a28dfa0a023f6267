"""Readers (formats, encodings, ids) and the interruption-safe writer of pipeline.reading.io."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.reading.clean import clean
from pipeline.reading.io import (
    ArticleInput,
    InputError,
    InputSet,
    JsonlWriter,
    _decode,
    article_id_of,
    input_format,
    read_file,
    recover,
    restore,
    sniff_binary,
)

REPO = Path(__file__).resolve().parent.parent
TEXT = ("Rapat Koordinasi Inflasi di Semarang\n"
        "SEMARANG - Pemerintah Provinsi Jawa Tengah menggelar rapat koordinasi pengendalian inflasi di Semarang, "
        "Rabu (10/5). Rapat itu dihadiri lebih dari 200 peserta dari 35 kabupaten/kota.\n"
        "Gubernur meminta seluruh kepala daerah memantau harga bahan pokok menjelang hari raya.\n")
WESTERN = TEXT + "Kata “kunci” di café – selesai.\n"   # characters that cp1252 and latin-1 encode differently


def only(items: list[ArticleInput | InputError]) -> ArticleInput | InputError:
    assert len(items) == 1, items
    return items[0]


def read(path: Path) -> list[ArticleInput | InputError]:
    return list(read_file(path))


def article(path: Path) -> ArticleInput:
    item = only(read(path))
    assert isinstance(item, ArticleInput), item
    return item


@pytest.mark.parametrize(("name", "fmt", "compressed", "article_id"), [
    ("a.txt", "text", False, "a"),
    ("a.HTML", "html", False, "a"),
    ("a.htm", "html", False, "a"),
    ("a.jsonl.gz", "jsonl", True, "a"),
    ("a.b.csv", "csv", False, "a.b"),
    ("a.txt.gz", "text", True, "a"),
    ("a.pdf", None, False, "a.pdf"),
])
def test_formats_and_ids_by_name(name: str, fmt: str | None, compressed: bool, article_id: str) -> None:
    assert input_format(Path(name)) == (fmt, compressed)
    assert article_id_of(Path(name)) == article_id


@pytest.mark.parametrize(("encoding", "prefix"), [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("utf-16-le", b""), ("cp1252", b""),
])
def test_text_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + WESTERN.encode(encoding))
    assert article(path).text == WESTERN


def test_latin1_is_read(tmp_path: Path) -> None:
    text = TEXT + "Café, 25 °C, señor.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("latin-1"))
    assert article(path).text == text


def test_cp1252_is_not_taken_for_another_codepage() -> None:
    # Unrestricted detection calls short Indonesian cp1252 text cp1250; the quotes and é must survive.
    assert _decode("Rapat “penting” di Bandung, kata Bapak José.".encode("cp1252")) == \
        "Rapat “penting” di Bandung, kata Bapak José."


def test_line_ends_become_lf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Judul\r\nBaris satu.\r\n\r\nBaris dua.\rBaris tiga.\n")
    assert article(path).text == "Judul\nBaris satu.\n\nBaris dua.\nBaris tiga.\n"


def test_control_and_zero_width_characters_reach_clean_and_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.replace("Semarang", "Sema\x00ra\u200bng\x07", 1).replace("Rabu", "Ra\ufeffbu\u00ad")
                     .encode("utf-8"))
    item = article(path)
    cleaned = clean(item.text)
    assert "Semarang" in cleaned.text and "Rabu (10/5)" in cleaned.text
    assert not any(ch in cleaned.text for ch in "\x00\x07\u200b\ufeff\u00ad")


def test_gzip_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(TEXT.encode("utf-8")))
    item = article(path)
    assert (item.article_id, item.text) == ("a", TEXT)


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    title, *paragraphs = TEXT.strip().split("\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (f'<html><head><meta charset="windows-1252"><title>{title} | Warta Jateng</title>'
            '<meta property="article:published_time" content="2023-05-10T08:00:00+07:00"></head><body>'
            '<nav><a href="/">Beranda</a> <a href="/b">Berita</a></nav>'
            f"<article><h1>{title}</h1>{body}<p>Kata “kunci”.</p></article><footer>Hak cipta</footer></body></html>")
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(page.encode("cp1252")))
    item = article(path)
    assert item.article_id == "page"
    assert item.text.split("\n")[0] == title    # the title leads the text, as in a .txt file
    assert paragraphs[0] in item.text and "Kata “kunci”." in item.text
    assert "Beranda" not in item.text and "Hak cipta" not in item.text
    assert item.published == date(2023, 5, 10)


def test_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")
    item = only(read(path))
    assert isinstance(item, InputError) and "HTML page without article text" in item.message


def test_jsonl_rows_streamed_with_line_numbers(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": TEXT, "title": "T", "published": "2023-05-10T08:00:00", "url": "https://x.id/a"},
            {"text": "Teks tanpa id, dengan\u2028pemisah baris Unicode di dalam string."},
            {"id": 7, "text": "Lone surrogate \ud800 here."}]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows[:2]] + [json.dumps(rows[2])]
    path = tmp_path / "batch.jsonl"
    path.write_text(lines[0] + "\n\n" + lines[1] + "\r\n" + lines[2] + "\n", encoding="utf-8", errors="surrogatepass")
    first, second, third = read(path)
    assert isinstance(first, ArticleInput) and isinstance(second, ArticleInput) and isinstance(third, ArticleInput)
    assert (first.article_id, first.source, first.title, first.published, first.url) == \
        ("a", f"{path}:1", "T", date(2023, 5, 10), "https://x.id/a")
    assert (second.article_id, second.source) == ("batch-3", f"{path}:3")
    assert "\u2028" in second.text    # not split at U+2028
    assert (third.article_id, third.text) == ("7", "Lone surrogate \ufffd here.")


def test_jsonl_gzip_utf16(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl.gz"
    data = "\n".join(json.dumps({"id": f"r{i}", "text": WESTERN}, ensure_ascii=False) for i in range(3))
    path.write_bytes(gzip.compress(data.encode("utf-16")))
    items = read(path)
    assert [i.article_id for i in items] == ["r0", "r1", "r2"]
    assert all(isinstance(i, ArticleInput) and i.text == WESTERN for i in items)


def test_jsonl_cp1252_line_in_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "u", "text": "café"}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"id": "w", "text": "“kunci”"}, ensure_ascii=False).encode("cp1252")
    path.write_bytes(good + b"\n" + legacy + b"\n")
    items = read(path)
    assert [(i.article_id, i.text) for i in items if isinstance(i, ArticleInput)] == [("u", "café"), ("w", "“kunci”")]


def test_csv_rows(tmp_path: Path) -> None:
    path = tmp_path / "batch.csv"
    quoted = TEXT.replace("\n", "\r\n").replace('"', '""')
    path.write_text('\ufeffid,text,title,published,url\r\n'
                    f'a,"{quoted}",Judul,2023-05-10,https://x.id/a\r\n'
                    ',"Teks, dengan koma.",,,\r\n', encoding="utf-8", newline="")
    first, second = read(path)
    assert isinstance(first, ArticleInput) and isinstance(second, ArticleInput)
    assert (first.article_id, first.source, first.title, first.published, first.text) == \
        ("a", f"{path}:2", "Judul", date(2023, 5, 10), TEXT)
    assert (second.article_id, second.source, second.text) == ("batch-6", f"{path}:6", "Teks, dengan koma.")


def test_csv_semicolon_and_gzip(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv.gz"
    path.write_bytes(gzip.compress(f'judul;text;id\nJ;"{WESTERN}";x1\n'.encode("cp1252")))
    item = article(path)
    assert (item.article_id, item.text) == ("x1", WESTERN)


def test_input_set_reads_folders_and_skips_output_and_hidden(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / ".git").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT)
    (tmp_path / "in" / "sub" / "b.txt").write_text(TEXT)
    (tmp_path / "in" / ".git" / "c.txt").write_text(TEXT)
    (tmp_path / "in" / "notes.docx").write_bytes(b"PK\x03\x04")
    out = tmp_path / "in" / "out"
    out.mkdir()
    (out / "articles.jsonl").write_text('{"text": "old output"}\n')
    found = InputSet([tmp_path / "in", tmp_path / "in" / "a.txt"], exclude=out)
    assert found.files == [tmp_path / "in" / "a.txt", tmp_path / "in" / "sub" / "b.txt"]
    assert found.ignored == [tmp_path / "in" / "notes.docx"]


def test_missing_input_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such file"):
        InputSet([tmp_path / "nope"])


def test_duplicate_ids_are_made_unique_and_stable(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "berita.txt").write_text(TEXT)
    (tmp_path / "y" / "rows.jsonl").write_text('{"id": "berita", "text": "t"}\n{"id": "berita", "text": "t"}\n')
    ids = [item.article_id for item in InputSet([tmp_path / "x", tmp_path / "y"])]
    assert ids[0] == "berita" and len(set(ids)) == 4
    assert all(i.startswith("berita~") and len(i) == len("berita~") + 6 for i in ids[1:])
    again = InputSet([tmp_path / "x", tmp_path / "y"])
    assert [item.article_id for item in again] == ids
    assert len(again.renamed) == 3


def test_sniff_binary() -> None:
    assert sniff_binary(b"\x89PNG\r\n\x1a\n\x00\x00") == "PNG image"
    assert sniff_binary(b"%PDF-1.7\n") == "PDF document"
    assert sniff_binary(TEXT.encode()) is None
    assert sniff_binary(TEXT.encode("utf-16-le")) is None
    assert sniff_binary(TEXT.encode() + b"\x00\x07") is None    # a stray control character is still text
    assert sniff_binary(bytes(range(256)) * 4) == "unknown type"


def test_writer_commits_only_whole_files(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    writer = JsonlWriter(path)
    writer.write('{"article_id": "a"}')
    writer.flush()
    assert not path.exists() and (tmp_path / "events.jsonl.part").exists()
    writer.commit()
    assert path.read_text() == '{"article_id": "a"}\n' and not (tmp_path / "events.jsonl.part").exists()


def test_writer_escapes_lone_surrogates(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    writer = JsonlWriter(path)
    writer.write(json.dumps({"source": "bad\udcffname.txt"}, ensure_ascii=False))
    writer.commit()
    assert json.loads(path.read_bytes().decode("utf-8")) == {"source": "bad\udcffname.txt"}


def test_recover_drops_a_torn_line(tmp_path: Path) -> None:
    part = tmp_path / "articles.jsonl.part"
    part.write_bytes(b'{"article_id": "a"}\n{"article_id": "b"}\n{"article_id": "c", "sta')
    assert [r["article_id"] for r in recover(part)] == ["a", "b"]


def test_restore_keeps_only_articles_whose_events_are_all_there(tmp_path: Path) -> None:
    events, articles = tmp_path / "events.jsonl", tmp_path / "articles.jsonl"
    (tmp_path / "events.jsonl.part").write_text(
        '{"article_id": "a", "event_index": 0}\n{"article_id": "b", "event_index": 0}\n'
        '{"article_id": "c", "event_index": 0}\n')
    (tmp_path / "articles.jsonl.part").write_text(
        '{"article_id": "a", "n_events": 1, "status": "ok"}\n'
        '{"article_id": "b", "n_events": 2, "status": "ok"}\n'      # one of its events is missing
        '{"article_id": "e", "n_events": 0, "status": "error"}\n'
        '{"article_id": "a", "n_events": 1, "status": "ok"}\n')     # never twice
    kept_events, kept_rows = restore(events, articles)
    assert [r["article_id"] for r in kept_rows] == ["a", "e"]
    assert [e["article_id"] for e in kept_events] == ["a"]


def test_restore_reads_a_committed_file_when_its_part_is_gone(tmp_path: Path) -> None:
    # A kill between the two renames of a finishing run: events.jsonl is final, articles.jsonl.part is not.
    (tmp_path / "events.jsonl").write_text('{"article_id": "a", "event_index": 0}\n')
    (tmp_path / "articles.jsonl.part").write_text('{"article_id": "a", "n_events": 1, "status": "ok"}\n')
    kept_events, kept_rows = restore(tmp_path / "events.jsonl", tmp_path / "articles.jsonl")
    assert len(kept_events) == len(kept_rows) == 1


@pytest.mark.parametrize("value, expected", [
    ("2023-03-14", "2023-03-14"),
    ("2023-03-14T10:00:00+07:00", "2023-03-14"),
    ("14 Maret 2023", "2023-03-14"),
    ("Selasa, 14/03/2023 10:15 WIB", "2023-03-14"),
    ("bukan tanggal", None),
    ("05/07/2019", "2019-07-05"),
    ("Kamis, 5 Juli 2019", "2019-07-05"),
    ("1562284800", "2019-07-05"),   # a timestamp
    ("2019-07", None),          # a month is no publication day (not the 1st of it)
    ("Juli 2019", None),
    ("07/2019", None),
    ("2019", None),             # a year neither (dateparser would make it 1 December)
    ("kemarin", None),          # nor a value relative to today's clock
    ("2 hari lalu", None),
    ("Kamis", None),
    ("5 Juli", None),           # nor a day without its year
])
def test_published_column_forms(value: str, expected: str | None) -> None:
    from pipeline.reading.io import _read_published

    parsed = _read_published(value)[0]
    assert (parsed.isoformat() if parsed else None) == expected


@pytest.mark.parametrize("value, year", [
    ("2019-07", 2019), ("Juli 2019", 2019), ("07/2019", 2019), ("2019", 2019),
    ("2019-07-05", None),       # a day: the publication date itself
    ("kemarin", None), ("", None), (None, None),
])
def test_the_year_of_a_publication_month(value: str | None, year: int | None) -> None:
    from pipeline.reading.io import _read_published

    assert _read_published(value)[1] == year


def test_a_row_s_publication_month_gives_its_year_not_a_day(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Teks berita.", "published": "2019-09"}) + "\n")
    (item,) = list(read_file(path))
    assert isinstance(item, ArticleInput)
    assert (item.published, item.published_year) == (None, 2019)


# --- repair at reading ------------------------------------------------------------------------------------------

def test_mostly_utf8_with_a_few_bad_bytes_stays_utf8(tmp_path: Path) -> None:
    # Curly quotes in UTF-8 throughout, and one stray cp1252 quote and one cut sequence: UTF-8, with two repairs,
    # not the whole file decoded as a single-byte encoding ("â\x80\x9c" for every quote).
    data = (TEXT.replace("Rapat itu", "“Rapat” itu").replace("Gubernur", "‘Gubernur’").encode("utf-8")
            + b"Kata \x93kunci\x94 di kota \xe2\x80 selesai.\n")
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    item = only(read(path))
    assert isinstance(item, ArticleInput)
    assert "“Rapat” itu" in item.text and "‘Gubernur’" in item.text and "â" not in item.text
    assert "Kata “kunci” di kota \ufffd selesai." in item.text
    assert item.repairs == ("3 invalid UTF-8 byte sequences replaced",)


def test_a_single_byte_file_is_not_taken_for_damaged_utf8(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(WESTERN.encode("cp1252"))
    item = only(read(path))
    assert isinstance(item, ArticleInput) and "Kata “kunci” di café – selesai." in item.text
    assert item.repairs == ()


@pytest.mark.parametrize("damaged, repaired", [
    # CLICK-ID (Tempo): UTF-8 read as Mac Roman
    ("TEMPO.CO,¬†Tangerang - Kata ‚Äúkunci‚Äù dan ‚Äòkutip‚Äô.", "TEMPO.CO,\u00a0Tangerang - Kata “kunci” dan ‘kutip’."),
    # UTF-8 read as cp1252
    ("Kata â€œkunciâ€\x9d di cafÃ© â€“ selesai.", "Kata “kunci” di café – selesai."),
    # CLICK-ID (Okezone): a lone left-to-right mark read as Mac Roman, which ftfy leaves in plausible text
    ("Dosen Luthfi Kurniawan‚Äé menyatakan di ‚Äéruang rapat anak‚Äêanak.",
     "Dosen Luthfi Kurniawan\u200e menyatakan di \u200eruang rapat anak\u2010anak."),
])
def test_mojibake_in_jsonl_rows_is_repaired(tmp_path: Path, damaged: str, repaired: str) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "a", "text": TEXT + damaged, "title": "Judul â€œkunciâ€\x9d"}) + "\n",
                    encoding="utf-8")
    item = only(read(path))
    assert isinstance(item, ArticleInput)
    assert item.text == TEXT + repaired and item.title == "Judul “kunci”"
    assert len(item.repairs) == 1 and item.repairs[0].startswith("mojibake repaired (UTF-8 that had been read as")


def test_correct_text_is_left_as_written(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "a", "text": WESTERN + "Östersunds FK, naïve, ‘kutip’ «x»"}) + "\n",
                    encoding="utf-8")
    item = only(read(path))
    assert isinstance(item, ArticleInput) and item.text.endswith("Östersunds FK, naïve, ‘kutip’ «x»")
    assert item.repairs == ()


def test_jsonl_line_repairs_are_noted(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    good = json.dumps({"id": "a", "text": "Kata “kunci” dan ‘kutip’ dan “lagi” di kota."}, ensure_ascii=False)
    path.write_bytes(good.encode("utf-8").replace(b"di kota", b"di \x96 kota") + b"\n")
    item = only(read(path))
    assert isinstance(item, ArticleInput) and "di – kota" in item.text
    assert item.repairs == ("1 invalid UTF-8 byte sequence replaced",)


def test_the_article_row_says_what_was_repaired(tmp_path: Path, rules_nlp) -> None:  # type: ignore[no-untyped-def]
    from pipeline.runs.run import process

    item = ArticleInput("a", "rows.jsonl:1", TEXT, repairs=("mojibake repaired (UTF-8 that had been read as macroman)",))
    row = json.loads(process(item, rules_nlp)[0])
    assert row["repaired"] == "mojibake repaired (UTF-8 that had been read as macroman)"
    row = json.loads(process(ArticleInput("b", "b.txt", TEXT, title_line=True), rules_nlp)[0])
    assert row["repaired"] is None


# --- JSONL/CSV rows have no title line --------------------------------------------------------------------------

def test_a_row_without_title_keeps_its_lead_paragraph_as_body(rules_nlp) -> None:  # type: ignore[no-untyped-def]
    from pipeline.extract import extract

    lead = ("Pemerintah Provinsi Jawa Tengah menggelar rapat koordinasi pengendalian inflasi di Semarang, Rabu "
            "(10/5/2023). Rapat itu dihadiri lebih dari 200 peserta dari 35 kabupaten/kota.")
    text = lead + "\n\nGubernur meminta seluruh kepala daerah memantau harga bahan pokok menjelang hari raya."
    result = extract(rules_nlp, text, "a", title_line=False)
    assert result.article.title is None and result.text.startswith(lead)
    assert result.events and result.events[0].when is not None


def test_a_title_that_repeats_the_first_words_of_the_text(rules_nlp) -> None:  # type: ignore[no-untyped-def]
    from pipeline.extract import extract

    text = ("Rapat koordinasi pengendalian inflasi digelar Pemerintah Provinsi Jawa Tengah di Semarang, Rabu "
            "(10/5/2023). Rapat itu dihadiri lebih dari 200 peserta dari 35 kabupaten/kota.")
    result = extract(rules_nlp, text, "a", title="Rapat", title_line=False)
    assert result.article.status in ("ok", "no_event") and result.article.title == "Rapat"
    assert "Rapat koordinasi pengendalian inflasi" in result.text

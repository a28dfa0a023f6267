"""Bad inputs, generated here: every one gets exactly one articles.jsonl row, with a message a person can act on.

One run over the whole corpus (in process, rules-only pipeline); then one assertion per case.
"""

from __future__ import annotations

import gzip
import json
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from pipeline import nlp as nlp_module
from pipeline.reading.io import MAX_DOCUMENT_BYTES, ArticleInput, InputError, read_file
from pipeline.runs.run import run

REPO = Path(__file__).resolve().parent.parent
RAW = sorted((REPO / "data" / "raw").glob("*.txt"))
ARTICLE = RAW[0].read_text(encoding="utf-8") if RAW else ""
SHORT = ("Rapat koordinasi digelar di Semarang pada hari Rabu. Rapat dihadiri lebih dari 200 peserta dari "
         "35 kabupaten dan kota. Gubernur meminta semua kepala daerah memantau harga bahan pokok.\n")

pytestmark = pytest.mark.skipif(not RAW, reason="data/raw has no articles")


@pytest.fixture(scope="module")
def pipeline_once(rules_nlp: Language) -> Iterator[None]:
    """run() builds its pipeline per run; reuse the session's rules-only one (fast, and no trained model)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nlp_module, "build", lambda ner=None: rules_nlp)
        yield


# name -> (file content, expected status, words the error must contain)
def _cases() -> dict[str, tuple[bytes, str, list[str]]]:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    links = "Berita Terkait\n" + "\n".join(f"https://www.contoh.co.id/berita/{i} Judul berita nomor {i}"
                                             for i in range(25))
    table = "Kabupaten\tPeserta\tTahun\n" + "\n".join(f"Kabupaten {i}\t{i * 10}\t2023" for i in range(30))
    headlines = "Terpopuler\n" + "\n".join(f"Gubernur resmikan pasar baru nomor {i}" for i in range(20))
    return {
        "good_crlf_nul.txt": (ARTICLE.replace("\n", "\r\n").replace(" ", " \x00", 3).encode(), "ok", []),
        "good_cp1252.txt": ((ARTICLE + "\nKata “kunci”.\n").encode("cp1252", "replace"), "ok", []),
        "good_utf16.txt": (ARTICLE.encode("utf-16"), "ok", []),
        "empty.txt": (b"", "error", ["empty file"]),
        "blank.txt": (b" \r\n\t \n", "error", ["empty file", "white space"]),
        "invisible.txt": ("\ufeff\u200b\u200b\n\u00ad".encode(), "error", ["empty file", "invisible"]),
        "image.txt": (png, "error", ["binary file (PNG image), not text"]),
        "scan.txt": (b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "error",
                     ["binary file (PDF document)", "pdftotext"]),
        "photo.html": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300), "error", ["binary file (JPEG image)"]),
        "noise.txt": (bytes((i * 7919) % 256 for i in range(4000)), "error", ["binary file (unknown type)"]),
        "huge.txt": (b"kata " * (MAX_DOCUMENT_BYTES // 5 + 10), "error", ["file too large", "5 MB"]),
        "bomb.txt.gz": (gzip.compress(b"a" * (MAX_DOCUMENT_BYTES + 10)), "error", ["file too large"]),
        "truncated.txt.gz": (gzip.compress(ARTICLE.encode())[:-30], "error", ["cannot read file", "gzip"]),
        "tiny.txt": (b"Judul\nSatu kalimat saja.\n", "error", ["not an article", "characters"]),
        "links.txt": (links.encode(), "error", ["not an article", "list of links"]),
        "table.txt": (table.encode(), "error", ["not an article", "a table"]),
        "headlines.txt": (headlines.encode(), "error", ["not an article", "short lines"]),
        "nav.html": (b"<html><body><nav><a href='/'>Beranda</a> <a href='/b'>Berita</a></nav></body></html>",
                     "error", ["not an article"]),
        "array.jsonl": (b'[\n  {"id": "a", "text": "x"}\n]\n', "error", ["JSON array, not JSON Lines"]),
        "nothing.jsonl": (b"\n\n", "error", ["empty file", "no JSON lines"]),
        "nocolumn.csv": (b"id,body\n1,teks\n", "error", ["no 'text' column", "id, body"]),
        "headeronly.csv": (b"id,text\n", "error", ["no rows after the CSV header"]),
        "notes.docx": (b"PK\x03\x04" + bytes(100), "error", ["unsupported file type '.docx'"]),
    }


# JSONL/CSV files with several rows: (content, [(line, expected status, words)])
def _row_cases() -> dict[str, tuple[bytes, list[tuple[int, str, list[str]]]]]:
    good = json.dumps({"id": "j-good", "text": ARTICLE}, ensure_ascii=False)
    over = json.dumps({"id": "j-over", "text": "a" * (MAX_DOCUMENT_BYTES + 10)})
    jsonl = "\n".join([good, "{not json", '{"id": "j-notext", "body": "x"}', '{"id": "j-num", "text": 5}',
                       '"just a string"', over, '{"id": "j-empty", "text": "  "}',
                       json.dumps({"id": "j-last", "text": SHORT})]) + "\n"
    csv_text = ('id,text\nc-good,"' + ARTICLE.replace('"', '""') + '"\nc-extra,a,b\nc-empty,\n')
    good_lines = ARTICLE.count("\n")
    return {
        "rows.jsonl": (jsonl.encode(), [
            (1, "ok", []), (2, "error", ["not JSON"]), (3, "error", ["no 'text' field", "body"]),
            (4, "error", ["'text' is int"]), (5, "error", ["not a JSON object"]),
            (6, "error", ["longer than 5 MB"]), (7, "error", ["empty article"]), (8, "ok", [])]),
        "rows.csv.gz": (gzip.compress(csv_text.encode()), [
            (2, "ok", []), (3 + good_lines, "error", ["3 fields where the header has 2"]),
            (4 + good_lines, "error", ["empty article"])]),
    }


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory, pipeline_once: None) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("bad")
    corpus = folder / "in"
    corpus.mkdir()
    contents = {name: case[0] for name, case in {**_cases(), **_row_cases()}.items()}
    for name, content in contents.items():
        if name != "notes.docx":
            (corpus / name).write_bytes(content)
    (folder / "notes.docx").write_bytes(_cases()["notes.docx"][0])
    for copy in ("a", "b"):    # the same file name in two folders
        (corpus / copy).mkdir()
        (corpus / copy / "same.txt").write_text(ARTICLE, encoding="utf-8")
    out = folder / "out"
    summary = run([corpus, folder / "notes.docx"], out, ner="none")
    rows = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return folder, {"summary": summary, "rows": rows}


def _row_for(rows: list[dict[str, Any]], source: str) -> dict[str, Any]:
    matching = [r for r in rows if r["source"] == source]
    assert len(matching) == 1, (source, matching)
    return matching[0]


@pytest.mark.parametrize("name", list(_cases()))
def test_bad_file_gets_one_row_with_its_cause(bad_run: tuple[Path, dict[str, Any]], name: str) -> None:
    folder, result = bad_run
    _, status, words = _cases()[name]
    path = folder / name if name == "notes.docx" else folder / "in" / name
    row = _row_for(result["rows"], str(path))
    assert row["status"] == status, row
    if status == "error":
        assert row["error"].startswith(f"{path}: "), row["error"]
        for word in words:
            assert word in row["error"], row["error"]
    else:
        assert row["error"] is None


@pytest.mark.parametrize("name", list(_row_cases()))
def test_bad_rows_name_file_and_line(bad_run: tuple[Path, dict[str, Any]], name: str) -> None:
    folder, result = bad_run
    path = folder / "in" / name
    expected = _row_cases()[name][1]
    assert sorted(r["source"] for r in result["rows"] if r["source"].startswith(f"{path}:")) == \
        sorted(f"{path}:{line}" for line, _, _ in expected)
    for line, status, words in expected:
        row = _row_for(result["rows"], f"{path}:{line}")
        assert row["status"] in ((status,) if status == "error" else ("ok", "no_event")), row
        for word in words:
            assert row["error"].startswith(f"{path}:{line}: ") and word in row["error"], row["error"]


def test_every_article_accounted_once(bad_run: tuple[Path, dict[str, Any]]) -> None:
    _, result = bad_run
    rows, summary = result["rows"], result["summary"]
    n_rows = sum(len(cases) for _, cases in _row_cases().values())
    assert len(rows) == len(_cases()) + n_rows + 2
    ids = [r["article_id"] for r in rows]
    assert len(ids) == len(set(ids)), Counter(ids).most_common(3)
    same = sorted(i for i in ids if i.startswith("same"))
    assert len(same) == 2 and same[0] == "same" and len(same[1]) == len("same~") + 6
    assert summary.renamed == 1
    assert summary.articles == len(rows)
    assert summary.statuses["error"] == sum(r["status"] == "error" for r in rows)


def test_exit_code_zero_unless_strict(tmp_path: Path, pipeline_once: None) -> None:
    from cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    runner = CliRunner()
    relaxed = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "a"), "--ner", "none"])
    assert relaxed.exit_code == 0, relaxed.output
    assert "2 articles:" in relaxed.output and "1 error" in relaxed.output
    strict = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "b"), "--ner", "none",
                                 "--strict"])
    assert strict.exit_code == 1
    missing = runner.invoke(app, ["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "c")])
    assert missing.exit_code == 2


def test_big_jsonl_is_streamed(tmp_path: Path) -> None:
    """A 50 MB JSONL file is read a line at a time: memory stays far below the file's size."""
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "kata " * 10_000}) + "\n"    # 50 KB
    with path.open("w") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size > 50 * 1024 * 1024
    count = _peak_while(lambda: sum(1 for _ in read_file(path)))
    assert count[0] == 50 * 1024 * 1024 // len(line) + 1
    assert count[1] < 8 * 1024 * 1024


def test_big_text_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        for _ in range(50):
            handle.write(b"kata " * (1024 * 1024 // 5 + 1))
    items, peak = _peak_while(lambda: list(read_file(path)))
    assert isinstance(items[0], InputError) and "file too large" in items[0].message
    assert peak < 1024 * 1024


def test_many_files_each_accounted_exactly_once(tmp_path: Path, pipeline_once: None) -> None:
    """1,000 mixed files (mostly small and bad, some real articles): one row each, ids unique."""
    corpus = tmp_path / "in"
    makers: list[tuple[str, Callable[[int], bytes]]] = [
        ("txt", lambda i: b""),
        ("txt", lambda i: f"Judul {i}\nTerlalu pendek.".encode()),
        ("txt", lambda i: b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("txt", lambda i: "\n".join(f"https://x.id/{i}/{k} tautan" for k in range(12)).encode()),
        ("html", lambda i: f"<html><body><nav><a>Menu {i}</a></nav></body></html>".encode()),
        ("txt.gz", lambda i: gzip.compress(f"Judul {i}\n\n".encode())),
        ("txt", lambda i: f"Judul {i}\n{SHORT}".encode("utf-16")),
        ("jsonl", lambda i: b"{oops\n"),
    ]
    expected: list[str] = []
    for i in range(1000):
        sub = corpus / f"d{i % 10}"
        sub.mkdir(parents=True, exist_ok=True)
        if i % 40 == 0:                      # 25 real articles, all named real.txt, in folders of their own
            path = corpus / f"r{i}" / "real.txt"
            path.parent.mkdir()
            path.write_bytes(RAW[i // 40 % len(RAW)].read_bytes())
        else:
            suffix, make = makers[i % len(makers)]
            path = sub / f"f{i:04d}.{suffix}"
            path.write_bytes(make(i))
        expected.append(str(path) + (":1" if path.suffix == ".jsonl" else ""))
    summary = run([corpus], tmp_path / "out", ner="none")
    rows = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    assert sorted(r["source"] for r in rows) == sorted(expected)
    assert len({r["article_id"] for r in rows}) == 1000
    assert summary.renamed == 24
    assert summary.articles == 1000 and summary.statuses["ok"] + summary.statuses["no_event"] >= 25 - 1
    assert all(r["error"] and r["error"].startswith(r["source"] + ": ") for r in rows if r["status"] == "error")


def _peak_while(work: Callable[[], Any]) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reader_never_raises_on_odd_bytes(tmp_path: Path) -> None:
    for number, content in enumerate([b"\xff\xfe\x00", b"\xfe\xff\xd8\x00", b"\xef\xbb\xbf", b"\x1f\x8b",
                                      b"\r\r\r", b"\x00" * 10, "\ud800".encode("utf-8", "surrogatepass")]):
        for suffix in (".txt", ".jsonl", ".csv", ".html"):
            path = tmp_path / f"odd{number}{suffix}"
            path.write_bytes(content)
            items = list(read_file(path))
            assert len(items) >= 1 and all(isinstance(i, ArticleInput | InputError) for i in items)

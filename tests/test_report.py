"""`warta report`: the page's pieces, its text source, and the page itself in a headless browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from pipeline.outputs.report import ArticleView, load, render, report, summary_html, text_html
from pipeline.runs.run import run

REPO = Path(__file__).resolve().parent.parent
RAW = REPO / "data" / "raw"
# Two events in one article, a plain one, and one with no event; plus an unreadable input.
ARTICLES = ["w07_ktt_kota_pesisir_bali.txt", "w01_konferensi_iklim_makassar.txt", "w20_kecelakaan_truk_kendari.txt"]


@pytest.fixture(scope="module")
def outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inputs = tmp_path_factory.mktemp("in")
    for name in ARTICLES:
        shutil.copy(RAW / name, inputs / name)
    (inputs / "empty.txt").write_text("  \n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run([inputs], out, ner="none")
    return out


def test_text_html_marks_entities_and_evidence_and_escapes() -> None:
    text = "Rapat <b> di Hotel Aryaduta Makassar."
    entities = [{"text": "Hotel Aryaduta Makassar", "label": "LOC", "start": 13, "end": 36}]
    events = [{"event_index": 0, "evidence": {"where": [[[13, 36]], [[28, 36]]], "type": [[[0, 5]]]}}]
    out = text_html(text, entities, events)
    assert "&lt;b&gt;" in out and "<b>" not in out
    assert re.search(r'<mark class="ent" data-label="LOC"[^>]*><span class="ev" data-spans="e0-where-0">'
                     r"Hotel Aryaduta </span><span class=\"ev\" data-spans=\"e0-where-0 e0-where-1\">Makassar</span>"
                     r'<span class="lbl">LOC</span></mark>', out)
    assert '<span class="ev" data-spans="e0-type-0">Rapat</span>' in out
    # Every character of the text is on the page, in order.
    assert re.sub(r"<[^>]+>", "", out.replace('<span class="lbl">LOC</span>', "")) == text.replace("<", "&lt;") \
        .replace(">", "&gt;")


def test_run_writes_the_cleaned_texts_that_evidence_points_into(outdir: Path) -> None:
    texts = {r["article_id"]: r["text"] for r in map(json.loads, (outdir / "texts.jsonl").read_text().splitlines())}
    assert set(texts) == {Path(a).stem for a in ARTICLES}  # the unreadable one has no text
    event = next(json.loads(line) for line in (outdir / "events.jsonl").read_text().splitlines())
    start, end = event["evidence"]["where"][0][0]
    assert texts[event["article_id"]][start:end] == event["where"][0]["text"]


def test_load_falls_back_to_recleaning_and_flags_misfits(outdir: Path, tmp_path: Path) -> None:
    with_texts = {v.record["article_id"]: v for v in load(outdir)}
    assert {v.text_origin for v in with_texts.values()} == {"texts.jsonl", "missing"}
    assert all(v.mismatches == 0 for v in with_texts.values())
    copy = tmp_path / "out"
    shutil.copytree(outdir, copy)
    (copy / "texts.jsonl").unlink()
    recleaned = {v.record["article_id"]: v for v in load(copy)}
    for article_id, view in with_texts.items():
        if view.text is not None:
            assert recleaned[article_id].text_origin == "re-cleaned"
            assert recleaned[article_id].text == view.text
    # A text that no longer matches the offsets is reported, not silently mis-highlighted.
    wrong = ArticleView(with_texts["w01_konferensi_iklim_makassar"].record,
                        with_texts["w01_konferensi_iklim_makassar"].events, text="x" * 50)
    from pipeline.outputs.report import _mismatches

    assert _mismatches(wrong.events, wrong.text or "") > 0


def test_page_is_self_contained_and_lists_every_article(outdir: Path, tmp_path: Path) -> None:
    summary = report(outdir, tmp_path / "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert summary.articles == 4 and summary.events >= 3 and summary.mismatched_articles == []
    # Nothing fetched at view time: no external scripts, styles, images or fonts.
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page) and "@import" not in page and "url(" not in page
    for name in [*ARTICLES, "empty.txt"]:
        assert f'data-article-id="{Path(name).stem}"' in page
    error = next(r["error"] for r in map(json.loads, (outdir / "articles.jsonl").read_text().splitlines())
                 if r["status"] == "error")
    assert f'<p class="error">{error}</p>' in page  # the reason a person can act on
    assert page.count('<figure class="chart">') == 7
    assert render([], "").count("<article") == 0


def test_cli_report(outdir: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cli import app

    result = CliRunner().invoke(app, ["report", str(outdir), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert CliRunner().invoke(app, ["report", str(tmp_path / "nowhere"), "-o", str(tmp_path / "x.html")]).exit_code == 2


# ---------------------------------------------------------------- in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def png_pixels(png: bytes) -> list[bytes]:
    """The rows of an 8-bit RGB/RGBA PNG, unfiltered (enough PNG decoding to look at a screenshot)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = {}, 8
    while at < len(png):
        length = int.from_bytes(png[at:at + 4], "big")
        kind = png[at + 4:at + 8]
        chunks[kind] = chunks.get(kind, b"") + png[at + 8:at + 8 + length]
        at += 12 + length
    width, height = int.from_bytes(chunks[b"IHDR"][:4], "big"), int.from_bytes(chunks[b"IHDR"][4:8], "big")
    depth, color = chunks[b"IHDR"][8], chunks[b"IHDR"][9]
    assert depth == 8 and color in (2, 6), "screenshots are 8-bit RGB or RGBA"
    bpp = 3 if color == 2 else 4
    raw, stride = zlib.decompress(chunks[b"IDAT"]), width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - bpp] if x >= bpp else 0
            up, corner = previous[x], previous[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return rows


def ink(png: bytes) -> float:
    """Share of sampled pixels that differ from the commonest colour (the background): 0 for a blank page."""
    rows = png_pixels(png)
    bpp = 3 if int.from_bytes(png[16:20], "big") * 3 == len(rows[0]) else 4
    samples = [row[x:x + 3] for row in rows[::4] for x in range(0, len(row), bpp * 4)]
    background = max(set(samples), key=samples.count)
    return sum(1 for s in samples if s != background) / len(samples)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)")
def test_page_in_headless_chromium(outdir: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    report(outdir, page)
    common = [str(CHROMIUM), *BROWSER_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*common, "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120, check=True)
    # The page logs nothing; any console line (an uncaught error included) is a failure.
    assert not re.findall(r"CONSOLE[^\n]*", dom.stderr), dom.stderr
    assert 'data-ready="1"' in dom.stdout  # the script ran to its end
    shown = set(re.findall(r'<article class="art" id="art-\d+" data-article-id="([^"]+)"', dom.stdout))
    assert shown == {Path(a).stem for a in ARTICLES} | {"empty"}
    shot = tmp_path / "shot.png"
    subprocess.run([*common, "--window-size=1200,900", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert ink(shot.read_bytes()) > 0.2  # charts, header and text: far from a blank page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)")
def test_clicking_a_field_highlights_its_evidence(outdir: Path, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install playwright)")
    page_path = tmp_path / "report.html"
    report(outdir, page_path)
    event = next(e for e in map(json.loads, (outdir / "events.jsonl").read_text().splitlines())
                 if e["article_id"] == "w01_konferensi_iklim_makassar")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        problems: list[str] = []
        page.on("console", lambda message: problems.append(f"{message.type}: {message.text}"))
        page.on("pageerror", lambda error: problems.append(f"pageerror: {error}"))
        page.on("request", lambda request: None if request.url.startswith("file:") else problems.append(request.url))
        page.goto(page_path.as_uri())
        article = page.locator('article[data-article-id="w01_konferensi_iklim_makassar"]')
        button = article.locator('button.field[data-ev="e0-where-0"]')
        button.click()
        assert "active" in (button.get_attribute("class") or "")
        assert "".join(article.locator(".text .hl").all_inner_texts()) == event["where"][0]["text"]
        button.click()  # a second click clears
        assert article.locator(".hl").count() == 0
        browser.close()
    assert problems == []


def test_organisation_chart_counts_one_body_under_its_canonical_name() -> None:
    """"DPR" in one article and "Dewan Perwakilan Rakyat" in another are one bar of two, under the full name."""
    def view(org: dict[str, str]) -> ArticleView:
        return ArticleView(record={"status": "ok"}, events=[{"type": "meeting", "organizations": [org]}])
    views = [view({"name": "DPR", "acronym": "DPR", "canonical": "Dewan Perwakilan Rakyat"}),
             view({"name": "Dewan Perwakilan Rakyat", "acronym": None, "canonical": "Dewan Perwakilan Rakyat"})]
    page = summary_html(views)
    chart = page[page.index("Most frequent organizations"):]
    assert "<title>Dewan Perwakilan Rakyat: 2</title>" in chart and ">DPR<" not in chart


def test_min_confidence_leaves_out_the_less_confident_events(outdir: Path) -> None:
    every = {v.record["article_id"]: [e["confidence"] for e in v.events] for v in load(outdir)}
    confidences = sorted(c for cs in every.values() for c in cs)
    assert len(set(confidences)) > 1   # the sample articles' records differ in confidence
    threshold = confidences[-1]
    views = load(outdir, threshold)
    kept = {v.record["article_id"]: [e["confidence"] for e in v.events] for v in views}
    assert set(kept) == set(every)   # every article keeps its place on the page
    assert sorted(c for cs in kept.values() for c in cs) == [c for c in confidences if c >= threshold]


def test_cli_report_min_confidence(outdir: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cli import app

    threshold = max(e["confidence"] for v in load(outdir) for e in v.events)
    expected = sum(1 for v in load(outdir) for e in v.events if e["confidence"] >= threshold)
    result = CliRunner().invoke(app, ["report", str(outdir), "-o", str(tmp_path / "r.html"),
                                      "--min-confidence", str(threshold)])
    assert result.exit_code == 0, result.output
    assert f" {expected} events " in result.output and expected < sum(len(v.events) for v in load(outdir))
    assert CliRunner().invoke(app, ["report", str(outdir), "--min-confidence", "-0.1"]).exit_code == 2

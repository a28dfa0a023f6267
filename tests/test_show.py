"""`warta show`: one article's records printed for a person, with the evidence text beside each value."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from spacy.language import Language

from pipeline.outputs.show import event_panel, show

TEXT = "Rapat di Makassar dihadiri lebih dari 200 peserta [daring]."
EVENT = {
    "article_id": "a", "event_index": 0, "primary": True, "name": "Rapat [Khusus]", "type": "meeting",
    "mode": "online", "when": None, "where": [{"name": "Makassar", "kind": "city", "text": "Makassar"}],
    "people": [{"name": None, "role": "Wali Kota", "organization": None, "titles": [], "text": "Wali Kota"}],
    "organizations": [], "outcomes": [], "topics": [],
    "attendance": [{"count": 1200, "qualifier": "more_than", "unit": "peserta", "status": "attended",
                    "text": "lebih dari 200 peserta"}],
    "evidence": {"where": [[[9, 17]]], "attendance": [[[27, 49]]]}, "confidence": 0.75,
}


def rendered(renderable: object) -> str:
    console = Console(record=True, width=200, color_system=None)
    console.print(renderable)
    return console.export_text()


def test_event_panel_shows_values_and_their_evidence() -> None:
    out = rendered(event_panel(EVENT, TEXT))
    # Brackets in values are printed, not swallowed as rich markup.
    assert "Rapat [Khusus]" in out and "[more_than, attended]" in out
    assert "1.200 peserta" in out  # Indonesian thousands separator
    assert "[27:49] lebih dari 200 peserta" in out and "[9:17] Makassar" in out
    assert "(unnamed) — Wali Kota" in out
    assert "confidence 0.75" in out


def test_show_runs_an_article_and_reports_bad_input(tmp_path: Path, rules_nlp: Language) -> None:
    article = tmp_path / "rapat.txt"
    article.write_text(
        "Rakor Inflasi Digelar di Semarang\n"
        "SEMARANG - Pemerintah Provinsi Jawa Tengah menggelar Rapat Koordinasi Pengendalian Inflasi di Semarang, "
        "Selasa (7/3/2023). Rapat dihadiri lebih dari 200 peserta dari 35 kabupaten/kota.\n", encoding="utf-8")
    console = Console(record=True, width=200, color_system=None)
    assert show(article, console=console, nlp=rules_nlp) == 0
    out = console.export_text()
    assert "article_id   rapat" in out
    assert "event 0 (primary)" in out and "2023-03-07" in out

    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    console = Console(record=True, width=200, color_system=None)
    assert show(empty, console=console, nlp=rules_nlp) == 1
    assert console.export_text().startswith(f"{empty}: empty")  # which file, and why


def test_cli_show_missing_file(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cli import app

    result = CliRunner().invoke(app, ["show", str(tmp_path / "nowhere.txt")])
    assert result.exit_code == 2 and "no such file" in result.output

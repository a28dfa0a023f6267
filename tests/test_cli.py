"""The typer commands, end to end on a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cli import app

ARTICLE = """Rapat Koordinasi Pengendalian Inflasi Digelar di Ambon
AMBON, Malukupost.id - Pemerintah Provinsi Maluku menggelar Rapat Koordinasi Pengendalian Inflasi Daerah di Aula Kantor Gubernur Maluku, Ambon, Kamis (9/3/2023). Rapat diikuti 11 kabupaten/kota dan dihadiri sekitar 80 peserta.
Sekretaris Daerah Maluku, Sadali Ie, mengatakan harga beras dan cabai menjadi perhatian utama menjelang Ramadan.
"""


def test_extract_then_evaluate(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rakor.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "kosong.txt").write_text("   \n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "2 articles: 1 ok, 0 no_event, 1 error" in result.output
    articles = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    assert {a["article_id"]: a["status"] for a in articles} == {"kosong": "error", "rakor": "ok"}
    assert "kosong.txt" in next(a["error"] for a in articles if a["status"] == "error")
    events = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text().splitlines()]
    assert events[0]["schema"] == "warta.event/1" and events[0]["when"]["start"] == "2023-03-09"

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "rakor.json").write_text(json.dumps({"article": {"id": "rakor"}, "events": [{
        "primary": True, "name": "Rapat Koordinasi Pengendalian Inflasi Daerah", "type": "meeting", "mode": "offline",
        "when": {"start": "2023-03-09", "end": "2023-03-09", "granularity": "day"},
        "where": [], "people": [], "organizations": [], "attendance": [], "outcomes": [], "topics": []}]}))
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"when": 0.9}))
    ok = runner.invoke(app, ["evaluate", str(tmp_path / "out" / "events.jsonl"), "--gold", str(gold),
                             "--floors", str(floors)])
    assert ok.exit_code == 0, ok.output
    floors.write_text(json.dumps({"where": 0.9}))
    below = runner.invoke(app, ["evaluate", str(tmp_path / "out" / "events.jsonl"), "--gold", str(gold),
                                "--floors", str(floors)])
    assert below.exit_code == 1


def test_strict_fails_on_errors(tmp_path: Path) -> None:
    (tmp_path / "kosong.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "kosong.txt"), "-o", str(tmp_path / "out"), "--strict"])
    assert result.exit_code == 1


def test_schema_is_generated_from_the_record_types() -> None:
    result = CliRunner().invoke(app, ["schema"])
    schema = json.loads(result.output)
    assert set(schema["events.jsonl"]["properties"]) >= {"schema", "article_id", "when", "where", "people",
                                                         "attendance", "evidence", "confidence"}
    assert "status" in schema["articles.jsonl"]["properties"]


def test_ner_prints_offsets_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Wali Kota Ambon hadir di Hotel Santika Ambon bersama JICA.", encoding="utf-8")
    result = CliRunner().invoke(app, ["ner", str(path), "--ner", "none"])
    text = path.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert {"JICA", "Hotel Santika Ambon"} <= {r["text"] for r in rows}

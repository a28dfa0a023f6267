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


def _gold_and_events(tmp_path: Path) -> tuple[Path, Path]:
    """A one-article gold folder named like a set ("seeds/gold") and a run's events.jsonl that pairs with it."""
    gold = tmp_path / "seeds" / "gold"
    gold.mkdir(parents=True)
    (gold / "a.json").write_text(json.dumps({"article": {"id": "a"}, "events": [{
        "primary": True, "name": "Rapat", "type": "meeting", "mode": None,
        "when": {"start": "2023-03-09", "end": "2023-03-09", "granularity": "day"},
        "where": [], "people": [], "organizations": [], "attendance": [], "outcomes": [], "topics": []}]}))
    events = tmp_path / "out" / "events.jsonl"
    events.parent.mkdir()
    events.write_text(json.dumps({"article_id": "a", "event_index": 0, "primary": True, "name": "Rapat",
                                  "type": "meeting", "mode": None, "when": {"start": "2023-03-09",
                                  "end": "2023-03-09", "granularity": "day", "text": "Kamis (9/3/2023)"}}) + "\n")
    return gold, events


def test_evaluate_with_the_floors_file_of_several_sets(tmp_path: Path) -> None:
    gold, events = _gold_and_events(tmp_path)
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"seeds": {"type": 0.9}, "devgold": {"when": 0.9}}))
    events.write_text(events.read_text().replace('"start": "2023-03-09"', '"start": "2023-03-10"'))
    runner = CliRunner()
    # The set named like a folder of --gold ("seeds"), unless --floor-set chooses another.
    assert runner.invoke(app, ["evaluate", str(events), "--gold", str(gold), "--floors", str(floors)]).exit_code == 0
    chosen = runner.invoke(app, ["evaluate", str(events), "--gold", str(gold), "--floors", str(floors),
                                 "--floor-set", "devgold"])
    assert chosen.exit_code == 1 and "below floor: when" in chosen.output
    unknown = runner.invoke(app, ["evaluate", str(events), "--gold", str(gold), "--floors", str(floors),
                                  "--floor-set", "own"])
    assert unknown.exit_code == 2 and "devgold, seeds" in unknown.output
    other = tmp_path / "other"
    gold.rename(other)
    unnamed = runner.invoke(app, ["evaluate", str(events), "--gold", str(other), "--floors", str(floors)])
    assert unnamed.exit_code == 2 and "--floor-set" in unnamed.output


def test_evaluate_with_the_repository_floors_file(tmp_path: Path) -> None:
    gold, events = _gold_and_events(tmp_path)
    repository_floors = Path(__file__).resolve().parent / "floors.json"
    result = CliRunner().invoke(app, ["evaluate", str(events), "--gold", str(gold), "--floors",
                                      str(repository_floors), "--floor-set", "seeds"])
    assert "Traceback" not in result.output and result.exit_code in (0, 1)


def test_evaluate_rejects_a_floors_file_with_unknown_fields(tmp_path: Path) -> None:
    gold, events = _gold_and_events(tmp_path)
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"wen": 0.9}))
    result = CliRunner().invoke(app, ["evaluate", str(events), "--gold", str(gold), "--floors", str(floors)])
    assert result.exit_code == 2 and "unknown field(s) in the floors: wen" in result.output


def test_evaluate_against_gold_of_other_articles_fails(tmp_path: Path) -> None:
    gold, events = _gold_and_events(tmp_path)
    events.write_text(events.read_text().replace('"a"', '"b"'))
    result = CliRunner().invoke(app, ["evaluate", str(events), "--gold", str(gold)])
    assert result.exit_code == 1 and "none of the 1 gold articles" in result.output


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("warta ")


def test_evaluate_prints_f1_from_the_counts(tmp_path: Path) -> None:
    """2 right of 8 predicted people against 13 gold: F1 4/21 = 0.19048, printed 0.190 (not the JSON's 0.1905 rounded
    again to 0.191)."""
    gold, events = _gold_and_events(tmp_path)
    names = [f"Budi Nama{i}" for i in range(17)]
    row = json.loads((gold / "a.json").read_text())
    row["events"][0]["people"] = [{"name": n, "role": None, "aliases": []} for n in names[:13]]
    (gold / "a.json").write_text(json.dumps(row))
    predicted = json.loads(events.read_text())
    predicted["when"] = None
    predicted["people"] = [{"name": n, "role": None} for n in names[:2] + names[13:17] + ["Siti A", "Siti B"]]
    events.write_text(json.dumps(predicted) + "\n")
    row["events"][0]["when"] = None
    (gold / "a.json").write_text(json.dumps(row))
    result = CliRunner().invoke(app, ["evaluate", str(events), "--gold", str(gold)])
    micro = next(line for line in result.output.splitlines() if line.startswith("micro"))
    assert micro.split()[1:] == ["0.250", "0.154", "0.190", "2", "6", "11"], result.output

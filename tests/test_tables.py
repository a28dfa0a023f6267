"""`warta table`: tidy tables from events.jsonl, with dtypes that survive CSV and Parquet."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.outputs.tables import COLUMNS, flatten, read_table, table, write_tables

EVENTS = [
    {"schema": "warta.event/1", "article_id": "a1", "event_index": 0, "primary": True,
     "name": "Forum Kota, \"Pintar\" 2023", "type": "forum", "mode": "hybrid",
     "when": {"start": "2023-03-14", "end": "2023-03-15", "granularity": "day", "text": "14-15 Maret"},
     "where": [{"name": "Hotel Claro", "kind": "venue", "text": "Hotel Claro"},
               {"name": "Makassar", "kind": "city", "text": "Makassar"}],
     "people": [{"name": "Amran", "role": "Wali Kota", "organization": None, "titles": ["Dr.", "MT"],
                 "text": "Wali Kota, Dr. Amran, MT"}],
     "organizations": [{"name": "North Atlantic", "acronym": "NA", "text": "North Atlantic (NA)"}],
     "attendance": [{"count": 1200, "qualifier": "exact", "unit": "peserta", "status": "attended",
                     "text": "1.200 peserta"},
                    {"count": None, "qualifier": "hundreds", "unit": "warga", "status": "expected",
                     "text": "ratusan warga"}],
     "outcomes": [{"kind": "agreement", "text": "Para peserta menyepakati\nforum baru."}],
     "topics": ["kualitas udara", "banjir"],
     "evidence": {"when": [[[10, 20]]], "people": [[[30, 40], [25, 29]]]},
     "confidence": 0.9},
    {"schema": "warta.event/1", "article_id": "a1", "event_index": 1, "primary": False, "name": None,
     "type": "meeting", "mode": None, "when": {"start": "2020-12-01", "end": "2020-12-31", "granularity": "month",
                                              "text": "Desember 2020"},
     "where": [], "people": [], "organizations": [], "attendance": [], "outcomes": [], "topics": [],
     "evidence": {}, "confidence": 0.4},
    {"schema": "warta.event/1", "article_id": "a2", "event_index": 0, "primary": True, "name": "Rapat",
     "type": "meeting", "mode": "online", "when": None, "where": [], "people": [], "organizations": [],
     "attendance": [], "outcomes": [], "topics": [], "evidence": {}, "confidence": 1.0},
]
ARTICLES = [
    {"schema": "warta.article/1", "article_id": "a1", "source": "x/a1.txt", "title": "T1", "published": "2023-03-16",
     "outlet": None, "dateline": "Makassar", "byline": None, "status": "ok", "error": None, "n_sentences": 9,
     "n_events": 2, "entities": [{"text": "Makassar", "label": "LOC", "start": 0, "end": 8}]},
    {"schema": "warta.article/1", "article_id": "a2", "source": "x/a2.txt", "title": None, "published": None,
     "outlet": None, "dateline": None, "byline": None, "status": "ok", "error": None, "n_sentences": 3,
     "n_events": 1, "entities": []},
    {"schema": "warta.article/1", "article_id": "bad", "source": "x/bad.txt", "status": "error",
     "error": "empty article: no text", "n_sentences": 0, "n_events": 0, "entities": []},
]


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    for name, rows in (("events", EVENTS), ("articles", ARTICLES)):
        (tmp_path / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_flatten_rows_keys_and_values(outdir: Path) -> None:
    tables = flatten(outdir / "events.jsonl")
    assert set(tables) == set(COLUMNS)
    events = tables["events"]
    assert list(events["article_id"]) == ["a1", "a1", "a2"]
    assert list(events["n_attendance"]) == [2, 0, 0]
    assert events.loc[0, "start"] == pd.Timestamp("2023-03-14") and events.loc[0, "end"] == pd.Timestamp("2023-03-15")
    assert pd.isna(events.loc[2, "start"]) and pd.isna(events.loc[1, "mode"])
    attendance = tables["attendance"]
    assert list(attendance["count"].astype(object).where(attendance["count"].notna(), None)) == [1200, None]
    assert list(attendance["qualifier"]) == ["exact", "hundreds"]
    assert tables["people"].loc[0, "titles"] == "Dr.; MT"
    assert list(tables["places"]["item_index"]) == [0, 1]
    assert list(tables["topics"]["topic"]) == ["kualitas udara", "banjir"]
    evidence = tables["evidence"]
    people = evidence[evidence["field"] == "people"]
    assert list(zip(people["span_index"], people["start"], people["end"], strict=True)) == [(0, 30, 40), (1, 25, 29)]
    articles = tables["articles"].set_index("article_id")
    assert articles.loc["a1", "n_entities"] == 1 and articles.loc["bad", "status"] == "error"


def test_dtypes_are_the_documented_ones(outdir: Path) -> None:
    events = flatten(outdir / "events.jsonl")["events"]
    assert str(events["start"].dtype) == "datetime64[ms]"
    assert str(events["event_index"].dtype) == "Int64"
    assert str(events["primary"].dtype) == "boolean"
    assert isinstance(events["type"].dtype, pd.CategoricalDtype) and "exhibition" in events["type"].cat.categories


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_write_and_read_back_round_trips(outdir: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    tables = flatten(outdir / "events.jsonl")
    paths = write_tables(tables, outdir / "tables", fmt)  # type: ignore[arg-type]
    assert {p.name for p in paths} == {f"{n}.{fmt}" for n in COLUMNS} | {"tables.schema.json"}
    for name, frame in tables.items():
        pd.testing.assert_frame_equal(read_table(outdir / "tables" / f"{name}.{fmt}"), frame)


def test_csv_dates_are_written_as_plain_dates(outdir: Path) -> None:
    table(outdir, "csv")
    header, first = (outdir / "tables" / "events.csv").read_text(encoding="utf-8").splitlines()[:2]
    assert "2023-03-14,2023-03-15" in first and "00:00" not in first
    assert header.startswith("article_id,event_index,primary,name,type,mode,start,end")


def test_cli_table(outdir: Path) -> None:
    from typer.testing import CliRunner

    from cli import app

    result = CliRunner().invoke(app, ["table", str(outdir), "--format", "csv", "-o", str(outdir / "t")])
    assert result.exit_code == 0, result.output
    assert read_table(outdir / "t" / "outcomes.csv").loc[0, "text"] == "Para peserta menyepakati\nforum baru."
    missing = CliRunner().invoke(app, ["table", str(outdir / "nowhere")])
    assert missing.exit_code == 2


def test_unknown_vocabulary_values_are_kept() -> None:
    from pipeline.outputs.tables import apply_dtypes

    frame = apply_dtypes(pd.DataFrame({"kind": ["agreement", "petition", None]}), {"kind": "category:agreement"})
    assert list(frame["kind"].astype(object).where(frame["kind"].notna(), None)) == ["agreement", "petition", None]


@pytest.mark.parametrize(("threshold", "kept"), [
    (0.0, [("a1", 0), ("a1", 1), ("a2", 0)]),
    (0.5, [("a1", 0), ("a2", 0)]),     # the 0.4 side event goes
    (0.95, [("a2", 0)]),               # ... and the 0.9 one with its people, places and evidence
    (1.0, [("a2", 0)]),                # a threshold keeps what equals it
])
def test_min_confidence_leaves_out_events_and_their_rows(outdir: Path, threshold: float,
                                                          kept: list[tuple[str, int]]) -> None:
    def keys(frame: pd.DataFrame) -> list[tuple[str, int]]:
        return list(zip(frame["article_id"], frame["event_index"], strict=True))

    every, tables = flatten(outdir / "events.jsonl"), flatten(outdir / "events.jsonl", min_confidence=threshold)
    assert keys(tables["events"]) == kept
    for name in ("places", "people", "organizations", "attendance", "outcomes", "topics", "evidence"):
        assert keys(tables[name]) == [k for k in keys(every[name]) if k in kept], name
    assert len(tables["articles"]) == len(ARTICLES)   # every article keeps its row


def test_cli_min_confidence(outdir: Path) -> None:
    from typer.testing import CliRunner

    from cli import app

    result = CliRunner().invoke(app, ["table", str(outdir), "--min-confidence", "0.95", "-o", str(outdir / "t")])
    assert result.exit_code == 0, result.output
    assert read_table(outdir / "t" / "events.csv")["article_id"].tolist() == ["a2"]
    assert read_table(outdir / "t" / "people.csv").empty
    wrong = CliRunner().invoke(app, ["table", str(outdir), "--min-confidence", "1.5"])
    assert wrong.exit_code == 2 and "--min-confidence" in wrong.output

"""Tidy tables from events.jsonl (and articles.jsonl beside it): one DataFrame per kind of thing.

Every table carries ``article_id`` (and, below events, ``event_index`` and ``item_index``) as keys, so
tables join back to each other. Column dtypes are fixed in ``COLUMNS``; CSV loses them, so
``write_tables`` writes a sidecar ``tables.schema.json`` and ``read_table`` restores them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, get_args

import pandas as pd

from ..schema import ArticleStatus, AttendanceStatus, EventType, Granularity, Mode, OutcomeKind, PlaceKind, Qualifier

Format = Literal["csv", "parquet"]
SCHEMA_FILE = "tables.schema.json"
# Dates carry no time of day; millisecond resolution is what Parquet stores, so both formats read back alike.
DATE = "datetime64[ms]"
KEYS = {"article_id": "string", "event_index": "Int64", "item_index": "Int64"}


def _categories(literal: Any) -> str:
    return "category:" + ",".join(get_args(literal))


# Table -> column -> dtype. "category:a,b" is a categorical with those categories (the schema's vocabulary).
COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "string", "source": "string", "title": "string", "published": DATE, "outlet": "string",
        "dateline": "string", "byline": "string", "repaired": "string", "status": _categories(ArticleStatus),
        "error": "string",
        "n_sentences": "Int64", "n_events": "Int64", "n_entities": "Int64",
    },
    "events": {
        "article_id": "string", "event_index": "Int64", "primary": "boolean", "name": "string",
        "type": _categories(EventType), "mode": _categories(Mode), "start": DATE, "end": DATE,
        "granularity": _categories(Granularity), "when_text": "string", "confidence": "Float64",
        "n_places": "Int64", "n_people": "Int64", "n_organizations": "Int64", "n_attendance": "Int64",
        "n_outcomes": "Int64", "n_topics": "Int64",
    },
    "places": {**KEYS, "name": "string", "kind": _categories(PlaceKind), "text": "string"},
    "people": {**KEYS, "name": "string", "role": "string", "organization": "string", "titles": "string",
               "text": "string"},
    "organizations": {**KEYS, "name": "string", "acronym": "string", "canonical": "string", "text": "string"},
    "attendance": {**KEYS, "count": "Int64", "qualifier": _categories(Qualifier), "unit": "string",
                   "status": _categories(AttendanceStatus), "text": "string"},
    "outcomes": {**KEYS, "kind": _categories(OutcomeKind), "text": "string"},
    "topics": {**KEYS, "topic": "string"},
    # One row per evidence span: field is the events.jsonl field, item_index its item (0 for scalar fields).
    "evidence": {**KEYS, "field": "string", "span_index": "Int64", "start": "Int64", "end": "Int64"},
}

# events.jsonl list field -> (table, item fields copied as columns)
_ITEM_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "where": ("places", ("name", "kind", "text")),
    "people": ("people", ("name", "role", "organization", "titles", "text")),
    "organizations": ("organizations", ("name", "acronym", "canonical", "text")),
    "attendance": ("attendance", ("count", "qualifier", "unit", "status", "text")),
    "outcomes": ("outcomes", ("kind", "text")),
}


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: not a JSON line ({error.msg})") from error


def _typed(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    return apply_dtypes(frame, columns)


def apply_dtypes(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """Cast ``frame``'s columns to the documented dtypes (missing columns are added empty)."""
    out = pd.DataFrame(index=frame.index)
    for name, dtype in columns.items():
        values = frame[name] if name in frame else pd.Series([None] * len(frame), index=frame.index, dtype=object)
        if dtype.startswith("category:"):
            categories = dtype.split(":", 1)[1].split(",")
            values = values.astype(object).where(values.notna(), None)
            # A value outside the vocabulary (newer records, older sidecar) is kept, never turned into NaN.
            categories += sorted({str(v) for v in values if v is not None} - set(categories))
            out[name] = pd.Categorical(values, categories=categories)
        elif dtype == DATE:
            out[name] = pd.to_datetime(values, format="ISO8601").astype(DATE)
        elif dtype == "boolean":
            # CSV gives "True"/"False" strings; JSON gives bools.
            mapped = values.map(lambda v: v if isinstance(v, bool) or pd.isna(v) else str(v).lower() == "true")
            out[name] = mapped.astype("boolean")
        else:
            out[name] = values.astype(dtype)
    return out.reset_index(drop=True)


def flatten(events_path: Path, articles_path: Path | None = None,
            min_confidence: float = 0.0) -> dict[str, pd.DataFrame]:
    """events.jsonl (and articles.jsonl, by default the one beside it) -> tidy tables keyed by name. Events whose
    ``confidence`` is under ``min_confidence`` are left out of every table but ``articles`` (an analyst's precision
    threshold: README, "What a record's confidence says")."""
    if articles_path is None:
        articles_path = events_path.with_name("articles.jsonl")
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for event in _read_jsonl(events_path):
        if (event.get("confidence") or 0.0) < min_confidence:
            continue
        key = {"article_id": event["article_id"], "event_index": event["event_index"]}
        when = event.get("when") or {}
        row: dict[str, Any] = {
            **key, "primary": event.get("primary"), "name": event.get("name"), "type": event.get("type"),
            "mode": event.get("mode"), "start": when.get("start"), "end": when.get("end"),
            "granularity": when.get("granularity"), "when_text": when.get("text"),
            "confidence": event.get("confidence"), "n_topics": len(event.get("topics") or []),
        }
        for field, (table, fields) in _ITEM_TABLES.items():
            items = event.get(field) or []
            row[f"n_{table}"] = len(items)
            for index, item in enumerate(items):
                values = {name: item.get(name) for name in fields}
                if "titles" in values:
                    values["titles"] = "; ".join(values["titles"] or []) or None
                rows[table].append({**key, "item_index": index, **values})
        rows["events"].append(row)
        for index, topic in enumerate(event.get("topics") or []):
            rows["topics"].append({**key, "item_index": index, "topic": topic})
        for field, per_item in (event.get("evidence") or {}).items():
            for item_index, spans in enumerate(per_item):
                for span_index, (start, end) in enumerate(spans):
                    rows["evidence"].append({**key, "item_index": item_index, "field": field,
                                             "span_index": span_index, "start": start, "end": end})
    if articles_path.exists():
        for article in _read_jsonl(articles_path):
            rows["articles"].append({**{name: article.get(name) for name in COLUMNS["articles"]},
                                     "n_entities": len(article.get("entities") or [])})
    return {name: _typed(rows[name], columns) for name, columns in COLUMNS.items()}


def write_tables(tables: dict[str, pd.DataFrame], outdir: Path, fmt: Format = "csv") -> list[Path]:
    """Write one file per table (``<name>.csv`` or ``<name>.parquet``) plus the dtype sidecar; returns the paths."""
    if fmt not in ("csv", "parquet"):
        raise ValueError(f"unknown table format {fmt!r}: use csv or parquet")
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = outdir / f"{name}.{fmt}"
        if fmt == "csv":
            out = frame.copy()
            for column, dtype in COLUMNS.get(name, {}).items():
                if dtype == DATE and column in out:
                    out[column] = out[column].dt.strftime("%Y-%m-%d")  # dates, not midnight timestamps
            out.to_csv(path, index=False)
        else:
            try:
                frame.to_parquet(path, index=False)
            except ImportError as error:
                raise ImportError("parquet output needs pyarrow: pip install 'warta[tables]'") from error
        written.append(path)
    schema_path = outdir / SCHEMA_FILE
    schema_path.write_text(json.dumps({name: COLUMNS[name] for name in tables if name in COLUMNS}, indent=2) + "\n",
                           encoding="utf-8")
    written.append(schema_path)
    return written


def read_table(path: Path) -> pd.DataFrame:
    """Load a table written by ``write_tables`` with its documented dtypes (dates, nullable ints, categories)."""
    name = path.stem
    sidecar = path.with_name(SCHEMA_FILE)
    columns = json.loads(sidecar.read_text(encoding="utf-8")).get(name) if sidecar.exists() else None
    columns = columns or COLUMNS.get(name)
    if columns is None:
        raise ValueError(f"{path}: unknown table {name!r} and no {SCHEMA_FILE} beside it")
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
    else:
        # Everything as text first (keep_default_na=False would turn "" into a value; "" means null here).
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    return apply_dtypes(frame, columns)


def table(outdir: Path, fmt: Format = "csv", tables_dir: Path | None = None, min_confidence: float = 0.0) -> list[Path]:
    """`warta table`: flatten OUTDIR/events.jsonl into OUTDIR/tables (or ``tables_dir``), keeping the events at
    ``min_confidence`` or more."""
    events_path = outdir / "events.jsonl"
    if not events_path.exists():
        raise FileNotFoundError(f"{events_path}: no such file (run `warta extract` first)")
    return write_tables(flatten(events_path, min_confidence=min_confidence), tables_dir or outdir / "tables", fmt)

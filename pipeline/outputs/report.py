"""`warta report OUTDIR -o report.html`: one self-contained static HTML page for analysts.

A corpus summary (inline SVG charts drawn here, no JavaScript library) and, per article, the cleaned text
with entities and evidence spans highlighted beside the article's event cards; clicking a field value
highlights the text behind it. Everything is inline: the page works offline and can be mailed as one file.

Evidence offsets point into the *cleaned* text. It is read from OUTDIR/texts.jsonl, which `warta extract`
writes beside the records: the exact text the offsets were computed on. Only for outputs without it
(older runs, ``--no-texts``) is the text re-derived by cleaning the article's ``source`` again, which
depends on the input files still being where they were and on the cleaner being unchanged; every
article's spans are checked against the text and the page warns about those that do not fit.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from .describe import describe

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "report"
LIST_FIELDS = ("where", "people", "organizations", "attendance", "outcomes", "topics")
# Fields whose evidence span must read exactly as the item's "text": the check that text and offsets agree.
CHECKED_FIELDS = ("where", "organizations", "attendance")
LABEL_COLORS = {"PER": "#c7e3ff", "PERSON": "#c7e3ff", "ORG": "#d6f5d6", "LOC": "#ffe3c2", "GPE": "#ffd6e7",
                "DATE": "#e8dcff", "TIME": "#e8dcff", "NORP": "#fff2b3", "EVENT": "#d9f2f2"}
OTHER_COLORS = ("#e6e6e6", "#f2e6d9", "#dff0e0", "#e0e8f5")


@dataclass
class ArticleView:
    record: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)
    text: str | None = None
    text_origin: str = "missing"   # texts.jsonl | re-cleaned | missing
    mismatches: int = 0


@dataclass
class ReportSummary:
    articles: int
    events: int
    text_origins: Counter[str]
    mismatched_articles: list[str]
    path: Path | None = None


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _reclean(record: dict[str, Any]) -> str | None:
    """The cleaned text re-derived from the article's source file; None when it cannot be found."""
    from ..reading.clean import clean
    from ..reading.io import ArticleInput, read_file

    source = str(record.get("source") or "")
    path = Path(source)
    row = re.fullmatch(r"(.+):\d+", source)
    if not path.is_file() and row is not None:  # "<file>.jsonl:<line>"
        path = Path(row.group(1))
    if not path.is_file():
        return None
    for item in read_file(path):
        if isinstance(item, ArticleInput) and item.article_id == record["article_id"]:
            return clean(item.text, title=item.title).text
    return None


def _mismatches(events: list[dict[str, Any]], text: str) -> int:
    """Evidence spans that fall outside the text or do not read as the value they support."""
    bad = 0
    for event in events:
        for name, per_item in (event.get("evidence") or {}).items():
            for index, spans in enumerate(per_item):
                for start, end in spans:
                    if not 0 <= start <= end <= len(text):
                        bad += 1
                if name in CHECKED_FIELDS and spans and index < len(event.get(name) or []):
                    start, end = spans[0]
                    if text[start:end] != event[name][index].get("text"):
                        bad += 1
    return bad


def load(outdir: Path, min_confidence: float = 0.0) -> list[ArticleView]:
    """Articles (in articles.jsonl order) with their events at ``min_confidence`` or more and cleaned text."""
    articles_path, events_path, texts_path = (outdir / f"{n}.jsonl" for n in ("articles", "events", "texts"))
    for path in (articles_path, events_path):
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file (run `warta extract -o {outdir}` first)")
    views = {r["article_id"]: ArticleView(r) for r in _jsonl(articles_path)}
    for event in _jsonl(events_path):
        if (event.get("confidence") or 0.0) < min_confidence:
            continue
        view = views.setdefault(event["article_id"], ArticleView({"article_id": event["article_id"], "status": "ok"}))
        view.events.append(event)
    texts = {r["article_id"]: r["text"] for r in _jsonl(texts_path)} if texts_path.exists() else {}
    for article_id, view in views.items():
        view.events.sort(key=lambda e: e["event_index"])
        if article_id in texts:
            view.text, view.text_origin = texts[article_id], "texts.jsonl"
        elif view.record.get("status") != "error":
            view.text = _reclean(view.record)
            view.text_origin = "re-cleaned" if view.text is not None else "missing"
        if view.text is not None:
            view.mismatches = _mismatches(view.events, view.text)
    return list(views.values())


# ---------------------------------------------------------------- charts (inline SVG)

def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def hbar_chart(rows: list[tuple[str, int]], width: int = 420, label_width: int = 180) -> str:
    """Horizontal bars, one per (label, value); labels are cut to fit and kept whole in the tooltip."""
    if not rows:
        return '<p class="empty">no data</p>'
    bar_h, gap = 16, 5
    height = len(rows) * (bar_h + gap) + 4
    top = max(v for _, v in rows) or 1
    span = width - label_width - 40
    parts = [f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'xmlns="http://www.w3.org/2000/svg">']
    for i, (label, value) in enumerate(rows):
        y = i * (bar_h + gap) + 2
        short = label if len(label) <= 26 else label[:25] + "…"
        w = max(1.0, span * value / top)
        parts.append(f'<g><title>{_e(label)}: {value}</title>'
                     f'<text x="{label_width - 6}" y="{y + 12}" text-anchor="end">{_e(short)}</text>'
                     f'<rect class="bar" x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="2"/>'
                     f'<text x="{label_width + w + 4:.1f}" y="{y + 12}">{value}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def vbar_chart(rows: list[tuple[str, int]], width: int = 420, height: int = 190) -> str:
    """Vertical bars over an ordered axis (months); every few labels shown so they do not collide."""
    if not rows:
        return '<p class="empty">no data</p>'
    left, bottom, top_pad = 28, 36, 12
    plot_w, plot_h = width - left - 24, height - bottom - top_pad  # right margin: room for the last label
    top = max(v for _, v in rows) or 1
    step = plot_w / len(rows)
    every = max(1, math.ceil(len(rows) / 8))
    parts = [f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<line class="axis" x1="{left}" y1="{top_pad + plot_h}" x2="{width - 4}" y2="{top_pad + plot_h}"/>',
             f'<text x="{left - 4}" y="{top_pad + 4}" text-anchor="end">{top}</text>',
             f'<text x="{left - 4}" y="{top_pad + plot_h}" text-anchor="end">0</text>']
    for i, (label, value) in enumerate(rows):
        h = plot_h * value / top
        x = left + i * step
        parts.append(f'<g><title>{_e(label)}: {value}</title><rect class="bar" x="{x + step * 0.1:.1f}" '
                     f'y="{top_pad + plot_h - h:.1f}" width="{max(1.0, step * 0.8):.1f}" height="{h:.1f}"/></g>')
        if i % every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{top_pad + plot_h + 14}" text-anchor="middle">'
                         f'{_e(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _months(starts: Iterable[str]) -> list[tuple[str, int]]:
    """Events per month, with empty months between the first and last kept so gaps show."""
    counts = Counter(s[:7] for s in starts)
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    rows = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        rows.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return rows


ATTENDANCE_BINS = ((1, 9), (10, 49), (50, 99), (100, 499), (500, 999), (1000, 4999), (5000, None))


def _attendance_rows(items: list[dict[str, Any]]) -> list[tuple[str, int]]:
    rows = []
    for low, high in ATTENDANCE_BINS:
        counts = (a["count"] for a in items if a["count"] is not None)
        n = sum(1 for c in counts if c >= low and (high is None or c <= high))
        rows.append((f"{low}–{high}" if high else f"{low}+", n))
    vague = sum(1 for a in items if a["count"] is None)
    if vague:
        rows.append(("no number (ratusan…)", vague))
    return rows


def _figure(title: str, chart: str, note: str = "") -> str:
    note_html = f' <span class="note">{_e(note)}</span>' if note else ""
    return f'<figure class="chart"><figcaption>{_e(title)}{note_html}</figcaption>{chart}</figure>'


def summary_html(views: list[ArticleView]) -> str:
    events = [e for v in views for e in v.events]
    statuses = Counter(str(v.record.get("status")) for v in views)
    starts = [e["when"]["start"] for e in events if e.get("when")]
    people = Counter((p["name"] or p["role"] or "?") for e in events for p in e.get("people") or [])
    # One body under one name across articles: "DPR" in one article and "Dewan Perwakilan Rakyat" in another.
    orgs = Counter(o.get("canonical") or o["name"] for e in events for o in e.get("organizations") or [])
    places = Counter(p["name"] for e in events for p in e.get("where") or [])
    attendance = [a for e in events for a in e.get("attendance") or [] if a.get("status") == "attended"]
    stats: list[tuple[object, str]] = [
        (len(views), "articles"), (statuses["ok"], "with events"), (statuses["no_event"], "no event"),
        (statuses["error"], "errors"), (len(events), "events"),
        (sum(1 for e in events if e.get("primary")), "primary events")]
    if starts:
        stats.append((f"{min(starts)} … {max(starts)}", "event dates"))
    stat_html = "".join(f'<div class="stat"><b>{_e(v)}</b><span>{_e(k)}</span></div>' for v, k in stats)
    charts = [
        _figure("Events per month", vbar_chart(_months(starts)), f"{len(events) - len(starts)} undated"),
        _figure("Events by type", hbar_chart(Counter(e["type"] for e in events).most_common())),
        _figure("Events by mode", hbar_chart(Counter(e.get("mode") or "not said" for e in events).most_common())),
        _figure("Most frequent organizations", hbar_chart(orgs.most_common(12))),
        _figure("Most frequent people", hbar_chart(people.most_common(12)), "by name, else office"),
        _figure("Most frequent places", hbar_chart(places.most_common(12))),
        _figure("Attendance (people who attended)", hbar_chart(_attendance_rows(attendance)),
                f"{len(attendance)} counts"),
    ]
    return f'<div class="stats">{stat_html}</div><div class="charts">{"".join(charts)}</div>'


# ---------------------------------------------------------------- articles

def _evidence_ids(events: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """(start, end, id) for every evidence span; id names event, field and item: "e0-people-2"."""
    spans = []
    for event in events:
        for name, per_item in (event.get("evidence") or {}).items():
            for index, item_spans in enumerate(per_item):
                for start, end in item_spans:
                    spans.append((start, end, f"e{event['event_index']}-{name}-{index}"))
    return spans


def text_html(text: str, entities: list[dict[str, Any]], events: list[dict[str, Any]], title_end: int = 0) -> str:
    """The text cut at every entity and evidence boundary: entities as <mark>, evidence pieces tagged with ids."""
    n = len(text)
    evidence = [(max(0, s), min(n, e), i) for s, e, i in _evidence_ids(events) if s < e and s < n]
    ents: list[tuple[int, int, str]] = []
    last_end = 0
    for ent in sorted(entities, key=lambda x: (x["start"], -x["end"])):
        if ent["start"] >= last_end and ent["end"] <= n and ent["start"] < ent["end"]:  # no overlaps
            ents.append((ent["start"], ent["end"], ent["label"]))
            last_end = ent["end"]
    cuts = sorted({0, n, *(x for s, e, _ in evidence for x in (s, e)), *(x for s, e, _ in ents for x in (s, e))})
    starts: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    for s, e, ident in evidence:
        starts.setdefault(s, []).append(ident)
        ends.setdefault(e, []).append(ident)
    ent_at = {s: (e, label) for s, e, label in ents}
    open_ids: Counter[str] = Counter()
    out: list[str] = []
    ent_end: int | None = None
    ent_label = ""
    for a, b in pairwise(cuts):
        for ident in ends.get(a, []):
            open_ids[ident] -= 1
        for ident in starts.get(a, []):
            open_ids[ident] += 1
        if ent_end is None and a in ent_at:
            ent_end, ent_label = ent_at[a]
            color = LABEL_COLORS.get(ent_label, OTHER_COLORS[sum(map(ord, ent_label)) % len(OTHER_COLORS)])
            out.append(f'<mark class="ent" data-label="{_e(ent_label)}" style="background:{color}">')
        piece = _e(text[a:b])
        active = sorted(i for i, c in open_ids.items() if c > 0)
        if active:
            piece = f'<span class="ev" data-spans="{" ".join(active)}">{piece}</span>'
        if b <= title_end:
            piece = f'<span class="title">{piece}</span>'
        out.append(piece)
        if ent_end is not None and b >= ent_end:
            out.append(f'<span class="lbl">{_e(ent_label)}</span></mark>')
            ent_end = None
    return "".join(out)


def _button(event: dict[str, Any], name: str, index: int, label: str) -> str:
    has_evidence = index < len((event.get("evidence") or {}).get(name, []))
    ident = f"e{event['event_index']}-{name}-{index}"
    if has_evidence:
        return f'<button type="button" class="field" data-ev="{ident}">{_e(label)}</button>'
    return f'<button type="button" class="field noev" title="no evidence span">{_e(label)}</button>'


def card_html(event: dict[str, Any]) -> str:
    rows = []
    for name in ("name", "type", "mode", "when"):
        value = event.get(name)
        if value is not None:
            rows.append(f"<dt>{name}</dt><dd>{_button(event, name, 0, describe(name, value))}</dd>")
    for name in LIST_FIELDS:
        items = event.get(name) or []
        if items:
            buttons = "".join(_button(event, name, i, describe(name, item, max_chars=140))
                              for i, item in enumerate(items))
            rows.append(f"<dt>{name}</dt><dd>{buttons}</dd>")
    primary = " primary" if event.get("primary") else ""
    head = (f"<h4>Event {event['event_index']}{' · primary' if primary else ''} "
            f"<small>confidence {event.get('confidence', 0):.2f}</small></h4>")
    return f'<div class="card{primary}">{head}<dl>{"".join(rows)}</dl></div>'


def _title_end(view: ArticleView) -> int:
    title = view.record.get("title")
    return len(title) if title and view.text and view.text.startswith(title) else 0


def article_html(index: int, view: ArticleView) -> str:
    record = view.record
    article_id = str(record["article_id"])
    meta = [f"<code>{_e(article_id)}</code>"]
    for key in ("published", "outlet", "dateline", "source"):
        if record.get(key):
            meta.append(f"{key}: {_e(record[key])}")
    status = str(record.get("status"))
    meta.append(f'<span class="status-{_e(status)}">{_e(status)}</span>')
    if view.text_origin == "re-cleaned":
        meta.append("text re-cleaned from source")
    head = f"<h3>{_e(record.get('title') or article_id)}</h3><p class=\"meta\">{' · '.join(meta)}</p>"
    if status == "error":
        body = f'<p class="error">{_e(record.get("error") or "error")}</p>'
        return f'<article class="art" id="art-{index}" data-article-id="{_e(article_id)}">{head}{body}</article>'
    warn = ""
    if view.mismatches:
        warn = (f'<p class="warn">{view.mismatches} evidence span(s) do not fit this text: highlights may be '
                "misplaced (the text was re-derived and differs from the one extracted).</p>")
    text = ('<p class="empty">cleaned text not available (no texts.jsonl and the source file is gone)</p>'
            if view.text is None else
            f'<div class="text">{text_html(view.text, record.get("entities") or [], view.events, _title_end(view))}'
            "</div>")
    cards = "".join(card_html(e) for e in view.events) or '<p class="empty">no event found in this article</p>'
    return (f'<article class="art" id="art-{index}" data-article-id="{_e(article_id)}">{head}{warn}'
            f'<div class="cols">{text}<div class="cards">{cards}</div></div></article>')


def index_html(views: list[ArticleView]) -> str:
    rows = []
    for i, view in enumerate(views):
        r = view.record
        status = str(r.get("status"))
        rows.append(f'<tr><td><a href="#art-{i}">{_e(r["article_id"])}</a></td><td>{_e(r.get("title") or "")}</td>'
                    f'<td>{_e(r.get("published") or "")}</td><td class="status-{_e(status)}">{_e(status)}</td>'
                    f"<td>{len(view.events)}</td></tr>")
    return ('<table class="index"><thead><tr><th>article</th><th>title</th><th>published</th><th>status</th>'
            f'<th>events</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def render(views: list[ArticleView], source: str = "") -> str:
    """The whole page as one string."""
    css = (RESOURCES / "report.css").read_text(encoding="utf-8")
    js = (RESOURCES / "report.js").read_text(encoding="utf-8")
    n_events = sum(len(v.events) for v in views)
    bad = [v.record["article_id"] for v in views if v.mismatches]
    warn = (f'<p class="warn">Evidence spans do not fit the text of {len(bad)} article(s): '
            f"{_e(', '.join(bad[:10]))}{'…' if len(bad) > 10 else ''}.</p>" if bad else "")
    missing = sum(1 for v in views if v.text is None and v.record.get("status") != "error")
    if missing:
        warn += f'<p class="warn">The cleaned text of {missing} article(s) could not be found.</p>'
    articles = "".join(article_html(i, v) for i, v in enumerate(views))
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>warta report: {len(views)} articles</title><style>{css}</style></head><body>"
        f'<header class="top"><h1>warta report</h1><p>{len(views)} articles, {n_events} events'
        f"{' · ' + _e(source) if source else ''} · generated {date.today().isoformat()}</p></header><main>{warn}"
        f'<section id="summary"><h2>Corpus summary</h2>{summary_html(views)}</section>'
        f'<section id="index"><h2>Articles</h2>{index_html(views)}</section>'
        '<section id="articles"><h2>Articles and their events</h2>'
        "<p>Click a field value to highlight its evidence in the text; click dotted text to see the fields it "
        f"supports.</p>{articles}</section></main><script>{js}</script></body></html>")


def report(outdir: Path, output: Path, min_confidence: float = 0.0) -> ReportSummary:
    """`warta report`: read OUTDIR's records (those at ``min_confidence`` or more) and write the page to ``output``."""
    views = load(outdir, min_confidence)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(views, str(outdir)), encoding="utf-8")
    return ReportSummary(articles=len(views), events=sum(len(v.events) for v in views),
                         text_origins=Counter(v.text_origin for v in views),
                         mismatched_articles=[v.record["article_id"] for v in views if v.mismatches], path=output)

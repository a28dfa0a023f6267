"""`warta show FILE`: run one article and print its records readably, for someone checking a single story."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from spacy.language import Language

from ..extract import ArticleError, Result, extract
from ..reading.io import InputError, read_file
from .describe import describe

SNIPPET = 90  # characters of evidence shown per span: enough to recognise the sentence


def _snippet(text: str, spans: list[list[int]] | None) -> str:
    if not spans:
        return ""
    parts = []
    for start, end in spans:
        piece = text[start:end].replace("\n", " ")
        parts.append(piece if len(piece) <= SNIPPET else piece[: SNIPPET - 1] + "…")
    return " | ".join(f"[{s}:{e}] {p}" for (s, e), p in zip(spans, parts, strict=True))


def event_panel(event: dict[str, Any], text: str) -> Panel:
    """One event as a table of field, value and the evidence it rests on."""
    grid = Table(show_header=True, header_style="bold", expand=True, show_lines=False)
    grid.add_column("field", style="cyan", no_wrap=True)
    grid.add_column("value", ratio=2)
    grid.add_column("evidence (cleaned text)", style="dim", ratio=3)
    evidence: dict[str, list[list[list[int]]]] = event.get("evidence") or {}
    for field in ("name", "type", "mode", "when"):
        spans = (evidence.get(field) or [None])[0]
        grid.add_row(field, Text(describe(field, event.get(field))), Text(_snippet(text, spans)))
    for field in ("where", "people", "organizations", "attendance", "outcomes", "topics"):
        items = event.get(field) or []
        if not items:
            grid.add_row(field, "—", "")
        for index, item in enumerate(items):
            spans = evidence.get(field, [])
            # Text(), not str: values such as "[more_than, attended]" must not be read as rich markup.
            grid.add_row(field if index == 0 else "", Text(describe(field, item)),
                         Text(_snippet(text, spans[index] if index < len(spans) else None)))
    title = (f"event {event['event_index']}{' (primary)' if event['primary'] else ''}: "
             f"{event.get('name') or 'unnamed'} — confidence {event['confidence']:.2f}")
    return Panel(grid, title=Text(title), title_align="left", border_style="green" if event["primary"] else "blue")


def article_panel(article: dict[str, Any], text: str | None) -> Panel:
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    for key in ("article_id", "source", "title", "published", "outlet", "dateline", "byline", "repaired", "status",
                "error", "n_sentences", "n_events"):
        if article.get(key) not in (None, ""):
            facts.add_row(key, Text(str(article[key])))
    labels: dict[str, int] = {}
    for entity in article.get("entities") or []:
        labels[entity["label"]] = labels.get(entity["label"], 0) + 1
    if labels:
        facts.add_row("entities", ", ".join(f"{label} {n}" for label, n in sorted(labels.items())))
    body: list[Any] = [facts]
    if text is not None:
        body.append(Text(f"{len(text)} characters of cleaned text", style="dim"))
    status = article.get("status")
    return Panel(Group(*body), title="article", title_align="left",
                 border_style={"ok": "green", "no_event": "yellow"}.get(str(status), "red"))


def render(result: Result, console: Console) -> None:
    article = result.article.model_dump(mode="json", by_alias=True)
    console.print(article_panel(article, result.text))
    if not result.events:
        console.print("[yellow]no event found in this article[/]")
    for event in result.events:
        console.print(event_panel(event.model_dump(mode="json", by_alias=True), result.text))


def show(path: Path, ner: str | None = None, console: Console | None = None, nlp: Language | None = None) -> int:
    """Run every article of ``path`` (.txt: one; .jsonl: one per line) and print it; returns the error count."""
    from ..nlp import build

    console = console or Console()
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    nlp = nlp or build(ner)
    errors = 0
    for item in read_file(path):
        if isinstance(item, InputError):
            console.print(Text(f"{item.source}: {item.message}", style="red"))
            errors += 1
            continue
        try:
            result = extract(nlp, item.text, item.article_id, item.source, item.title, item.published,
                             title_line=item.title_line, outlet=item.outlet, repairs=item.repairs,
                             published_year=item.published_year)
        except ArticleError as error:
            console.print(Text(f"{item.source}: {error}", style="red"))
            errors += 1
            continue
        render(result, console)
    return errors

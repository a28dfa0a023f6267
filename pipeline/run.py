"""Batch runs: many articles in, events.jsonl and articles.jsonl out, whatever single articles do."""

from __future__ import annotations

import multiprocessing
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from . import nlp as nlp_module
from .extract import ArticleError, extract
from .io import ArticleInput, InputError, JsonlWriter, iter_articles, recover, rewrite
from .schema import ArticleRecord, to_json_line


@dataclass
class Summary:
    statuses: Counter[str] = field(default_factory=Counter)
    events: int = 0
    skipped: int = 0

    @property
    def articles(self) -> int:
        return sum(self.statuses.values())

    def line(self) -> str:
        return (f"{self.articles} articles: {self.statuses['ok']} ok, {self.statuses['no_event']} no_event, "
                f"{self.statuses['error']} error; {self.events} events"
                + (f"; {self.skipped} already done (resumed)" if self.skipped else ""))


_WORKER_NLP: Language | None = None


def _init_worker(ner: str | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp_module.build(ner)


def process(item: ArticleInput | InputError, nlp: Language | None = None) -> tuple[str, list[str]]:
    """One article -> its articles.jsonl line and events.jsonl lines. Never raises for bad input."""
    if isinstance(item, InputError):
        record = ArticleRecord(article_id=item.article_id, source=item.source, status="error", error=item.message)
        return to_json_line(record), []
    model = nlp or _WORKER_NLP
    assert model is not None, "worker pipeline not initialised"
    try:
        result = extract(model, item.text, item.article_id, item.source, item.title, item.published)
    except ArticleError as error:
        record = ArticleRecord(article_id=item.article_id, source=item.source, status="error",
                               error=f"{item.source}: {error}")
        return to_json_line(record), []
    except Exception as error:  # noqa: BLE001 - one broken article must never stop a run
        record = ArticleRecord(article_id=item.article_id, source=item.source, status="error",
                               error=f"{item.source}: internal error {type(error).__name__}: {error}")
        return to_json_line(record), []
    return to_json_line(result.article), [to_json_line(e) for e in result.events]


def _process_in_worker(item: ArticleInput | InputError) -> tuple[str, list[str]]:
    return process(item)


def _results(items: Iterable[ArticleInput | InputError], workers: int, ner: str | None) -> Iterator[tuple[str, list[str]]]:
    if workers <= 1:
        model = nlp_module.build(ner)
        for item in items:
            yield process(item, model)
        return
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(ner,)) as pool:
        yield from pool.imap(_process_in_worker, items, chunksize=8)


def run(inputs: list[Path], outdir: Path, workers: int = 1, ner: str | None = None, resume: bool = False,
        progress: bool = False) -> Summary:
    """Extract events from every article under ``inputs`` into ``outdir``; returns the tallies."""
    outdir.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    done: set[str] = set()
    events_path, articles_path = outdir / "events.jsonl", outdir / "articles.jsonl"
    if resume:
        finished = recover(articles_path.with_name(articles_path.name + ".part"))
        done = {r["article_id"] for r in finished}
        rewrite(articles_path.with_name(articles_path.name + ".part"), finished)
        rewrite(events_path.with_name(events_path.name + ".part"),
                recover(events_path.with_name(events_path.name + ".part"), keep=done))
        for record in finished:
            summary.statuses[record["status"]] += 1
            summary.events += record.get("n_events", 0)
    events_out = JsonlWriter(events_path, resume=resume)
    articles_out = JsonlWriter(articles_path, resume=resume)
    items = list(iter_articles(inputs))
    todo = [i for i in items if i.article_id not in done]
    summary.skipped = len(items) - len(todo)
    bar = _progress(len(todo)) if progress else None
    try:
        for article_line, event_lines in _results(todo, workers, ner):
            # Events first, then the article row: a row in articles.jsonl means the article is complete.
            for line in event_lines:
                events_out.write(line)
            events_out.flush()
            articles_out.write(article_line)
            articles_out.flush()
            status = _status_of(article_line)
            summary.statuses[status] += 1
            summary.events += len(event_lines)
            if bar is not None:
                bar[0].advance(bar[1])
    finally:
        if bar is not None:
            bar[0].stop()
        events_out.close()
        articles_out.close()
    events_out.commit()
    articles_out.commit()
    return summary


def _status_of(line: str) -> str:
    for status in ("ok", "no_event", "error"):
        if f'"status": "{status}"' in line:
            return status
    return "error"


def _progress(total: int):  # type: ignore[no-untyped-def]
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    progress = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), transient=True)
    progress.start()
    return progress, progress.add_task("extracting", total=total)

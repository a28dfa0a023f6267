"""Batch runs: many articles in, events.jsonl and articles.jsonl out, whatever single articles do."""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .. import nlp as nlp_module
from ..reading.io import ArticleInput, InputError, InputSet, JsonlWriter, part_path, recover, restore, rewrite
from .process import BATCH, init_worker, process, process_batch, process_batch_in_worker, share

__all__ = ["Summary", "process", "run"]


@dataclass
class Summary:
    statuses: Counter[str] = field(default_factory=Counter)
    events: int = 0
    skipped: int = 0
    ignored: int = 0    # files in input folders with an unsupported suffix
    ignored_types: list[str] = field(default_factory=list)
    renamed: int = 0    # articles whose id repeated another's and got a suffix

    @property
    def articles(self) -> int:
        return sum(self.statuses.values())

    def line(self) -> str:
        return (f"{self.articles} articles: {self.statuses['ok']} ok, {self.statuses['no_event']} no_event, "
                f"{self.statuses['error']} error; {self.events} events"
                + (f"; {self.skipped} already done (resumed)" if self.skipped else "")
                + (f"; {self.renamed} duplicate ids renamed" if self.renamed else "")
                + (f"; {self.ignored} other files ignored ({', '.join(self.ignored_types)})" if self.ignored else ""))


def _results(items: Iterable[ArticleInput | InputError], workers: int, ner: str | None, engine: str = "local",
             scheduler: str | None = None, texts: bool = True) -> Iterator[tuple[str, list[str], str | None]]:
    """Each article's lines, in input order; the texts.jsonl line None where ``texts`` is False (local engine)."""
    if engine == "dask":
        from .distributed import dask_results

        yield from dask_results(items, ner, scheduler, workers if workers > 1 else 2)
        return
    if workers <= 1:
        model = nlp_module.build(ner)
        for batch in batched(items, BATCH):
            yield from process_batch(batch, model, texts)
        return
    fork = sys.platform != "win32"
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if fork:
        # Built once, before the workers fork, instead of in each of them: they inherit it (copy-on-write) and
        # start at once, and the builds (1.4 s of CPU each) do not compete for the cores at start-up.
        share(nlp_module.build(ner))
    try:
        with context.Pool(workers, initializer=init_worker, initargs=(ner,)) as pool:
            for lines in pool.imap(partial(process_batch_in_worker, texts=texts), batched(items, BATCH)):
                yield from lines
    finally:
        share(None)   # the workers have theirs; this process need not keep it


def batched(items: Iterable[ArticleInput | InputError], size: int) -> Iterator[list[ArticleInput | InputError]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read as they are needed."""
    batch: list[ArticleInput | InputError] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(inputs: list[Path], outdir: Path, workers: int = 1, ner: str | None = None, resume: bool = False,
        progress: bool = False, texts: bool = True, engine: str = "local", scheduler: str | None = None) -> Summary:
    """Extract events from every article under ``inputs`` into ``outdir``; returns the tallies.

    ``texts``: also write OUTDIR/texts.jsonl (article_id, cleaned text). ``engine``: "local" (a process pool of
    ``workers``) or "dask" (``scheduler`` address, or a local cluster of ``workers`` processes, at least 2)."""
    # Read the folders first: a missing input fails before any output is touched. The output folder is skipped
    # when it lies inside an input folder, so a rerun never reads its own output.
    articles_in = InputSet(inputs, exclude=outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    summary = Summary(ignored=len(articles_in.ignored),
                      ignored_types=sorted({p.suffix.lower() or p.name for p in articles_in.ignored}))
    done: set[str] = set()
    events_path, articles_path = outdir / "events.jsonl", outdir / "articles.jsonl"
    texts_path = outdir / "texts.jsonl"
    if resume:
        events, finished = restore(events_path, articles_path)
        done = {r["article_id"] for r in finished}
        rewrite(part_path(articles_path), finished)
        rewrite(part_path(events_path), events)
        if texts:
            texts_part = part_path(texts_path)
            rewrite(texts_part, recover(texts_part if texts_part.exists() else texts_path, keep=done))
        for record in finished:
            summary.statuses[record["status"]] += 1
            summary.events += record.get("n_events", 0)
    events_out = JsonlWriter(events_path, resume=resume)
    articles_out = JsonlWriter(articles_path, resume=resume)
    texts_out = JsonlWriter(texts_path, resume=resume) if texts else None
    if not texts:
        texts_path.unlink(missing_ok=True)  # a stale one from an earlier run would mislead `warta report`

    def todo() -> Iterator[ArticleInput | InputError]:
        # Streamed: JSONL/CSV inputs of any size are never held in memory whole.
        for item in articles_in:
            if item.article_id in done:
                summary.skipped += 1
            else:
                yield item

    bar = _progress(None) if progress else None
    try:
        for article_line, event_lines, text_line in _results(todo(), workers, ner, engine, scheduler, texts):
            if texts_out is not None and text_line is not None:
                texts_out.write(text_line)
                texts_out.flush()
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
        if texts_out is not None:
            texts_out.close()
    if texts_out is not None:
        texts_out.commit()
    # Articles last: a kill between the renames leaves articles.jsonl.part, which --resume completes.
    events_out.commit()
    articles_out.commit()
    summary.renamed = len(articles_in.renamed)
    return summary


_STATUS_KEY = '"status": "'


def _status_of(line: str) -> str:
    """The status of an articles.jsonl line. Read off the line where json.dumps wrote the key with a string value
    (the first such text is the key: inside a string value every quote is escaped) instead of parsing the whole
    line with its entities (0.04 ms an article, in the main process that feeds the workers)."""
    at = line.find(_STATUS_KEY)
    if at < 0:
        return str(json.loads(line).get("status", "error"))
    start = at + len(_STATUS_KEY)
    return line[start:line.index('"', start)]


def _progress(total: int | None):  # type: ignore[no-untyped-def]
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    progress = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), transient=True)
    progress.start()
    return progress, progress.add_task("extracting", total=total)

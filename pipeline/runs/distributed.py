"""Dask engine for `warta extract --engine dask`: articles go to Dask workers in partitions, lines come back.

The client reads the inputs and sends article texts, so workers need the ``warta`` package installed but no
access to the input files. Results come back in input order and ``run()`` writes them into the same
events.jsonl / articles.jsonl as the local engines (so resume, summaries and errors behave the same).

Each worker process builds the spaCy pipeline once, on its first partition, and keeps it in a module-level
cache (see ``worker_model``); never per article. Start remote workers with one thread each
(``dask worker ADDRESS --nworkers N --nthreads 1``): the pipeline is CPU-bound Python, so threads add nothing.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from .. import nlp as nlp_module
from ..reading.io import ArticleInput, InputError

if TYPE_CHECKING:
    from spacy.language import Language

Item = ArticleInput | InputError
DEFAULT_LOCAL_WORKERS = 2
MAX_PARTITION = 32   # articles per task: large enough to amortise scheduling, small enough to balance load

# Per worker process: ner choice -> (pipeline, lock). The lock serialises use of one pipeline by a worker's
# threads, since spaCy components are not guaranteed thread-safe.
_MODELS: dict[str | None, tuple[Language, threading.Lock]] = {}
_MODELS_LOCK = threading.Lock()
_BUILDS = 0


def worker_model(ner: str | None) -> tuple[Language, threading.Lock]:
    """This process's pipeline for ``ner``, built on first use."""
    global _BUILDS
    with _MODELS_LOCK:
        if ner not in _MODELS:
            _MODELS[ner] = (nlp_module.build(ner), threading.Lock())
            _BUILDS += 1
        return _MODELS[ner]


def model_builds() -> dict[str, int]:
    """How many pipelines this process has built (run on workers with ``client.run`` to check reuse)."""
    return {"pid": os.getpid(), "builds": _BUILDS}


def process_partition(items: Sequence[Item], ner: str | None) -> list[tuple[str, list[str], str | None]]:
    """Runs on a worker: a partition of articles -> their output lines, in order (its Docs through the pipeline
    together, as a local worker's batch)."""
    from .process import process_batch

    model, lock = worker_model(ner)
    with lock:
        return process_batch(list(items), model)


def partitions(items: Iterable[Item], largest: int = MAX_PARTITION) -> Iterator[list[Item]]:
    """Streamed partitions of 1, 2, 4, ... up to ``largest`` articles: small inputs still spread over all
    workers, large ones get partitions big enough to amortise scheduling; the input is never held whole."""
    size, part = 1, []
    for item in items:
        part.append(item)
        if len(part) >= size:
            yield part
            size, part = min(largest, size * 2), []
    if part:
        yield part


def _client(stack: ExitStack, scheduler: str | None, n_workers: int) -> Any:
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise ImportError("--engine dask needs dask: pip install 'warta[dask]'") from error
    if scheduler:
        return stack.enter_context(Client(scheduler))
    cluster = stack.enter_context(LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=logging.ERROR))
    return stack.enter_context(Client(cluster))


def dask_results(items: Iterable[Item], ner: str | None, scheduler: str | None = None,
                 workers: int = DEFAULT_LOCAL_WORKERS) -> Iterator[tuple[str, list[str], str | None]]:
    """Per article, in input order: (articles.jsonl line, events.jsonl lines, texts.jsonl line or None).

    ``scheduler``: address of a running Dask scheduler; None starts a local cluster of ``workers`` processes.
    """
    with ExitStack() as stack:
        client = _client(stack, scheduler, workers)
        n_workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})) or workers)
        # A bounded window of tasks in flight: memory stays flat however large the input is.
        window: deque[Any] = deque()
        for part in partitions(items):
            window.append(client.submit(process_partition, part, ner, pure=False))
            if len(window) >= 2 * n_workers:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()

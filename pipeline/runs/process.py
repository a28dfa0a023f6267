"""One article in, its output lines out, never raising: what every engine (a process pool, Dask) runs per article.

Apart from run.py so that the engines import it and run.py imports the engines, without a cycle.
"""

from __future__ import annotations

import json

from spacy.language import Language

from .. import nlp as nlp_module
from ..extract import Article, ArticleError, Result, extract, extract_batch
from ..reading.io import ArticleInput, InputError
from ..schema import ArticleRecord, to_json_line

_WORKER_NLP: Language | None = None


def init_worker(ner: str | None) -> None:
    global _WORKER_NLP
    if _WORKER_NLP is None:   # a forked worker has the pipeline its parent built (``share``)
        _WORKER_NLP = nlp_module.build(ner)


def share(nlp: Language | None) -> None:
    """Give the workers forked after this call ``nlp`` instead of one each builds (None: each builds its own)."""
    global _WORKER_NLP
    _WORKER_NLP = nlp


Lines = tuple[str, list[str], str | None]
# Articles a worker takes at a time (``process_batch``): the NER steps all of their Docs together, 30% less CPU
# than one at a time; more gains nothing (64: the same; 256: less) and delays the first lines written.
BATCH = 16


def process(item: ArticleInput | InputError, nlp: Language | None = None) -> Lines:
    """One article -> its articles.jsonl line, events.jsonl lines and texts.jsonl line (None on error).

    Never raises for bad input."""
    if isinstance(item, InputError):
        return _error_lines(item)
    model = nlp or _WORKER_NLP
    assert model is not None, "worker pipeline not initialised"
    try:
        result = extract(model, item.text, item.article_id, item.source, item.title, item.published,
                         title_line=item.title_line, outlet=item.outlet, repairs=item.repairs,
                         published_year=item.published_year)
    except Exception as error:  # one broken article must never stop a run
        return _failed_lines(item, error)
    return _lines(item, result)


def process_batch(items: list[ArticleInput | InputError], nlp: Language | None = None,
                  texts: bool = True) -> list[Lines]:
    """``process`` for each of ``items`` (the same lines, in order), their Docs through the pipeline together
    (``pipeline.extract.extract_batch``). ``texts=False``: no texts.jsonl line is made (None in its place), for a
    run that writes none (``--no-texts``): neither serialised here nor sent back to the main process."""
    model = nlp or _WORKER_NLP
    assert model is not None, "worker pipeline not initialised"
    articles = [item for item in items if isinstance(item, ArticleInput)]
    results = iter(extract_batch(model, [Article(item.text, item.article_id, item.source, item.title, item.published,
                                                 item.title_line, item.outlet, item.repairs, item.published_year)
                                         for item in articles]))
    lines = []
    for item in items:
        if isinstance(item, InputError):
            lines.append(_error_lines(item))
            continue
        result = next(results)
        lines.append(_failed_lines(item, result) if isinstance(result, Exception) else _lines(item, result, texts))
    return lines


def _error_lines(item: InputError) -> Lines:
    record = ArticleRecord(article_id=item.article_id, source=item.source, status="error",
                           error=f"{item.source}: {item.message}")
    return to_json_line(record), [], None


def _failed_lines(item: ArticleInput, error: Exception) -> Lines:
    if isinstance(error, ArticleError):
        record = ArticleRecord(article_id=item.article_id, source=item.source, status="error",
                               error=f"{item.source}: {error}", repaired="; ".join(item.repairs) or None)
    else:
        record = ArticleRecord(article_id=item.article_id, source=item.source, status="error",
                               error=f"{item.source}: internal error {type(error).__name__}: {error}")
    return to_json_line(record), [], None


def _lines(item: ArticleInput, result: Result, texts: bool = True) -> Lines:
    # The cleaned text that evidence offsets point into; `warta report` highlights spans in it.
    text_line = json.dumps({"article_id": item.article_id, "text": result.text}, ensure_ascii=False) \
        if texts else None
    return to_json_line(result.article), [to_json_line(e) for e in result.events], text_line


def process_in_worker(item: ArticleInput | InputError) -> Lines:
    return process(item)


def process_batch_in_worker(items: list[ArticleInput | InputError], texts: bool = True) -> list[Lines]:
    return process_batch(items, texts=texts)

"""One article in, its output lines out, never raising: what every engine (a process pool, Dask) runs per article.

Apart from run.py so that the engines import it and run.py imports the engines, without a cycle.
"""

from __future__ import annotations

import json

from spacy.language import Language

from .. import nlp as nlp_module
from ..extract import ArticleError, extract
from ..reading.io import ArticleInput, InputError
from ..schema import ArticleRecord, to_json_line

_WORKER_NLP: Language | None = None


def init_worker(ner: str | None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp_module.build(ner)


def process(item: ArticleInput | InputError, nlp: Language | None = None) -> tuple[str, list[str], str | None]:
    """One article -> its articles.jsonl line, events.jsonl lines and texts.jsonl line (None on error).

    Never raises for bad input."""
    if isinstance(item, InputError):
        record = ArticleRecord(article_id=item.article_id, source=item.source, status="error",
                               error=f"{item.source}: {item.message}")
        return to_json_line(record), [], None
    model = nlp or _WORKER_NLP
    assert model is not None, "worker pipeline not initialised"
    try:
        result = extract(model, item.text, item.article_id, item.source, item.title, item.published,
                         title_line=item.title_line, outlet=item.outlet, repairs=item.repairs)
    except ArticleError as error:
        record = ArticleRecord(article_id=item.article_id, source=item.source, status="error",
                               error=f"{item.source}: {error}", repaired="; ".join(item.repairs) or None)
        return to_json_line(record), [], None
    except Exception as error:  # one broken article must never stop a run
        record = ArticleRecord(article_id=item.article_id, source=item.source, status="error",
                               error=f"{item.source}: internal error {type(error).__name__}: {error}")
        return to_json_line(record), [], None
    # The cleaned text that evidence offsets point into; `warta report` highlights spans in it.
    text_line = json.dumps({"article_id": item.article_id, "text": result.text}, ensure_ascii=False)
    return to_json_line(result.article), [to_json_line(e) for e in result.events], text_line


def process_in_worker(item: ArticleInput | InputError) -> tuple[str, list[str], str | None]:
    return process(item)

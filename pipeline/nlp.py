"""Builds the spaCy pipeline. The order of the stages is visible here and nowhere else.

    text --clean--> cleaned text --tokenizer--> Doc    (spaCy's Indonesian rules, cached per chunk)
      -> warta_sentences   sentence boundaries for news text
      -> ner               trained statistical NER: models/ner-spacy, or models/ner-stanza with --ner stanza
      -> warta_entities    gazetteers and rules layered on the NER
      -> warta_dates       date and time patterns
      -> warta_counts      number and attendance patterns
      -> warta_roles       people, titles and roles
    then events.assemble(doc) -> records
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

# Imported for their spaCy components (registered on import).
from .stages import dates, entities, extensions, ner_tagger, numbers, roles, sentences, stanza_ner, tokenizer  # noqa: F401
from .stages.extensions import doc_value, set_doc_values, text_of
from .stages.lexemes import faster_getters
from .stages.ner_inference import install as faster_ner

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
DEFAULT_NER = MODELS_DIR / "ner-spacy"
STAGES = ["warta_sentences", "ner", "warta_entities", "warta_dates", "warta_counts", "warta_roles"]
# The stages whose findings only event assembly reads (the article's row does not): ``extract`` runs them only on
# a Doc with a mention of an event in scope (``events.event_mentions``, found from the stages before them), since
# without one assembly makes no record. Three articles in four of real news have none.
EVENT_STAGES = frozenset({"warta_dates", "warta_counts", "warta_roles"})


@Language.component("warta_dates", assigns=["doc._.dates", "doc._.times"])
def date_patterns(doc: Doc) -> Doc:
    text = text_of(doc)
    times = dates.find_times(text)
    found = dates.find_dates(text, doc_value(doc, "published"), doc_value(doc, "year_hint"), times=times,
                             hint_given=bool(doc_value(doc, "year_given")))
    set_doc_values(doc, dates=found, times=times)
    return doc


@Language.component("warta_counts", assigns=["doc._.counts"])
def count_patterns(doc: Doc) -> Doc:
    set_doc_values(doc, counts=numbers.find_counts(text_of(doc)))
    return doc


def ner_model_path(ner: str | None = None) -> Path | None:
    """The NER model to use: an explicit path, $WARTA_NER_MODEL, or the shipped one; "none" for rules only."""
    choice = ner or os.environ.get("WARTA_NER_MODEL")
    if choice == "none":
        return None
    path = Path(choice) if choice and choice not in ("spacy", "default") else DEFAULT_NER
    return path if (path / "meta.json").exists() else None


def build(ner: str | None = None) -> Language:
    """The full warta pipeline over spaCy's Indonesian tokenizer.

    Also limits this process's BLAS/OpenMP (and torch) thread pools to one thread: an article is too small to
    share between threads, so extra threads only spin (10% more CPU per article here), and parallel runs get
    their cores from ``--workers``, one process per core."""
    _one_thread()
    extensions.register()
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "warta.indonesian_tokenizer.v1"}}})
    nlp.vocab.lex_attr_getters = faster_getters(nlp.vocab.lex_attr_getters)   # same values, less CPU per new word
    nlp.add_pipe("warta_sentences")
    model = ner_model_path(ner)
    if ner == "stanza":
        nlp.add_pipe("warta_stanza_ner", name="ner")
    elif model is not None:
        _add_trained_ner(nlp, model)
    nlp.add_pipe("warta_entities")
    nlp.add_pipe("warta_dates")
    nlp.add_pipe("warta_counts")
    nlp.add_pipe("warta_roles")
    _warm_up(nlp)
    _quiet_gc()
    return nlp


def _quiet_gc() -> None:
    """Keep the garbage collector off what lives as long as the process (the pipeline, its lexicons, patterns and
    caches), and let it walk the young objects less often: an article makes tens of thousands of short-lived
    objects, and every 700 allocations Python walked them, every hundredth time all the long-lived ones too
    (0.42 -> 0.16 CPU ms an article). The older generations keep their default pace: a Doc and its spans form a
    cycle that only the collector frees."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


def _one_thread() -> None:
    threadpool_limits(1)
    if "torch" in sys.modules:   # thinc imports torch when the stanza extra is installed
        sys.modules["torch"].set_num_threads(1)


def _add_trained_ner(nlp: Language, model: Path) -> None:
    """Add the ``ner`` component of the pipeline saved in ``model``, built from its config and weights alone.

    Same entities as ``add_pipe("ner", source=spacy.load(model))``, in 0.02 s instead of 3 s: spacy.load also
    builds the saved pipeline's own Indonesian tokenizer (16,000 special cases), which warta does not use."""
    config = spacy.util.load_config(model / "config.cfg", interpolate=True)
    component = dict(config["components"]["ner"])
    factory = component.pop("factory")   # "ner" (transition-based) or "warta_iob_tagger" (stages/ner_tagger.py)
    factory = {"ner": "warta_ner"}.get(factory, factory)   # spaCy's, one walk less (ner_inference.Recognizer)
    # NumPy's BLAS (OpenBLAS) multiplies the model's small matrices a third faster than thinc's default, BLIS.
    with use_ops("numpy", use_blis=False):
        ner = nlp.add_pipe(factory, name="ner", config=component).from_disk(model / "ner", exclude=["vocab"])
    faster_ner(ner)   # same entities, less CPU: see stages/ner_inference.py


def _warm_up(nlp: Language) -> None:
    """Run one short article through everything, so that the gazetteer, the lexicons and the compiled patterns
    (loaded on first use) are ready before the first real article, in every worker."""
    from .extract import extract

    extract(nlp, (Path(__file__).parent / "resources" / "warm_up.txt").read_text(encoding="utf-8"), "warm-up")

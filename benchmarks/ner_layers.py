"""Entity F1 of what warta outputs (`warta ner`), on running text: the model alone, the rules alone and the
layered default, per label, on idner-news-2k test, NERGrit test and NER UI (all of `nergithub.txt`, never
trained on).

    .venv/bin/python benchmarks/ner_layers.py [--data ../shared/data/ner] [--families] [--sets idner_test ...] [--dev]

``--dev`` scores idner-news-2k dev and NERGrit valid instead, the sets a recipe or a rule is chosen on.

Each test set is written as running text: the tokens of a sentence joined by spaces, one sentence a line, and
cut into documents of ``--lines`` sentences (article-sized; the rules link mentions inside a document). Every
document goes through the same function as `warta ner` (``pipeline.stages.entities.text_entities``); a predicted
entity counts when its characters and label equal a gold entity's (exact span and label, PER/ORG/LOC).

- model alone: the trained NER's spans (the pipeline up to ``ner``);
- rules alone: ``--ner none`` (gazetteers, acronyms, venues, offices, names beside titles and roles);
- layered: the default pipeline.

``--families`` also scores the layered output with each rule family of ``pipeline.stages.entities`` switched off in
turn (or on, for the families off by default), the figures by which each family was kept or dropped.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.nlp import build  # noqa: E402
from pipeline.stages import entities  # noqa: E402
from pipeline.training.ner_data import Sentence, default_data_dir, read_columns  # noqa: E402

LABELS = ("PER", "ORG", "LOC")
SETS = {
    "idner_test": ("idner-news-2k/test.txt", "idner"),
    "nergrit_test": ("nergrit_ner-grit/test_preprocess.txt", "nergrit"),
    "nerui_all": ("nerui/nergithub.txt", "nerui"),
}
# The selection sets, held out of training while a recipe is chosen (`python -m pipeline.training.ner experiment`):
# `--sets idner_dev nergrit_valid`, or `--dev`.
DEV_SETS = {
    "idner_dev": ("idner-news-2k/dev.txt", "idner"),
    "nergrit_valid": ("nergrit_ner-grit/valid_preprocess.txt", "nergrit"),
}

Span = tuple[int, int, str]


def documents(sents: list[Sentence], lines: int) -> list[tuple[str, set[Span]]]:
    """Running texts of ``lines`` sentences each, with their gold entities as character spans."""
    docs = []
    for first in range(0, len(sents), lines):
        parts: list[str] = []
        gold: set[Span] = set()
        offset = 0
        for sent in sents[first:first + lines]:
            starts = []
            for token in sent.tokens:
                starts.append(offset)
                offset += len(token) + 1
            label, begin = None, 0
            for i, tag in enumerate([*sent.tags, "O"]):
                if label is not None and not tag.startswith("I-"):
                    gold.add((starts[begin], starts[i - 1] + len(sent.tokens[i - 1]), label))
                    label = None
                if tag.startswith("B-") or (tag.startswith("I-") and label is None):
                    label, begin = tag[2:], i
            parts.append(" ".join(sent.tokens))
        docs.append(("\n".join(parts), gold))
    return docs


def predict(nlp, text: str, model_only: bool = False) -> set[Span]:  # type: ignore[no-untyped-def]
    if model_only:
        with nlp.select_pipes(enable=["warta_sentences", "ner"]):
            doc = nlp(text)
        return {(e.start_char, e.end_char, e.label_) for e in doc.ents}
    return {(e["start"], e["end"], e["label"]) for e in entities.text_entities(nlp, text)}


def score(pairs: list[tuple[set[Span], set[Span]]]) -> dict[str, tuple[float, float, float]]:
    out = {}
    for label in (*LABELS, "all"):
        tp = fp = fn = 0
        for gold, pred in pairs:
            g = {s for s in gold if label in ("all", s[2])}
            p = {s for s in pred if label in ("all", s[2])}
            tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[label] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return out


def run_layer(nlp, docs, model_only: bool = False) -> tuple[dict[str, tuple[float, float, float]], float]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    pairs = [(gold, predict(nlp, text, model_only)) for text, gold in docs]
    return score(pairs), time.perf_counter() - started


def row(name: str, scores: dict[str, tuple[float, float, float]]) -> str:
    cells = [f"{scores[label][2]:.3f}" for label in LABELS]
    p, r, f = scores["all"]
    return f"| {name} | " + " | ".join(cells) + f" | {p:.3f} / {r:.3f} / **{f:.3f}** |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--lines", type=int, default=20, help="sentences per document")
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=[*SETS, *DEV_SETS])
    parser.add_argument("--dev", action="store_true", help="the selection sets instead of the test sets")
    parser.add_argument("--families", action="store_true", help="also switch each rule family off in turn")
    parser.add_argument("--ner", default=None, help="model for the model and layered rows (default: shipped)")
    args = parser.parse_args()
    layered = build(args.ner)
    rules = build("none")
    for name in list(DEV_SETS) if args.dev else args.sets:
        path, source = {**SETS, **DEV_SETS}[name]
        docs = documents(read_columns(args.data / path, source), args.lines)
        n_gold = sum(len(g) for _, g in docs)
        print(f"\n{name} ({n_gold} entities, {len(docs)} documents of {args.lines} sentences)\n")
        print("| layer | PER F | ORG F | LOC F | all P / R / F |")
        print("|---|---|---|---|---|")
        for label, nlp, model_only in (("model alone", layered, True), ("rules alone", rules, False),
                                       ("layered (default)", layered, False)):
            scores, seconds = run_layer(nlp, docs, model_only)
            print(row(label, scores) + f"  <!-- {seconds:.1f} s -->")
        if args.families:
            for family in entities.RULE_FAMILIES:
                switch = entities.with_families if family in entities.DEFAULT_OFF else entities.without
                with switch(family):
                    scores, _ = run_layer(layered, docs)
                print(row(f"layered {'with' if family in entities.DEFAULT_OFF else 'without'} {family}", scores))


if __name__ == "__main__":
    main()

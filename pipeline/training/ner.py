"""Train and evaluate the Indonesian NER model shipped in ``models/ner-spacy``.

Entry points (used by ``warta train-ner``):

* :func:`train_ner` rebuilds the shipped model and returns its scores;
* :func:`evaluate_ner` scores a model directory on the three test sets.

Training data: idner-news-2k (MIT), NERGrit and NERP (Apache-2.0), de-duplicated
against every reported test split and idner dev. NER UI (no licence) is used for
evaluation only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pipeline.stages.ner_tagger  # noqa: F401  (registers the warta_iob_tagger factory for training and loading)
from pipeline.training.ner_data import (
    LABELS,
    REPO_ROOT,
    Sentence,
    Splits,
    default_data_dir,
    load_splits,
    nergrit_training,
    read_ud_tokens,
    spans,
    train_word2vec,
    training_sentences,
)

CONFIG_PATH = Path(__file__).with_name("ner_spacy.cfg")
CONFIGS = {"parser": CONFIG_PATH, "tagger": Path(__file__).with_name("ner_tagger.cfg")}
DEFAULT_SPACY_DIR = REPO_ROOT / "models" / "ner-spacy"
DEFAULT_STANZA_DIR = REPO_ROOT / "models" / "ner-stanza"

# Selected on idner dev (see models/MODEL_CARD.md). The final model is trained
# on train + dev for the number of steps that was best on dev. Issue 13's recipes, chosen on idner dev and NERGrit
# valid held out (`python -m pipeline.training.ner experiment --keep-last ...`), are in the model card; none shipped.
DEFAULT_RECIPE: dict[str, Any] = {
    "nerp": "partial",  # recased NERP, capitalised O tokens unlabelled
    "idner_repeat": 3,
    "nergrit_repeat": 3,  # best on the dev sets (session 9, recipe D); NERGrit >= 0.70 on two seeds
    "vectors": False,  # own word2vec vectors did not help on dev
    "include_dev": True,
    "max_steps": 3000,  # best step on dev for stage 1
    "finetune_epochs": 0,  # stage 2 on idner buys idner dev with NERGrit (recipe A: 6 epochs)
    "finetune_nergrit": 0,  # NERGrit's repeats in stage 2 (0: idner alone)
    "finetune_learn_rate": 0.0005,
    "overrides": {},
    "architecture": "parser",
}

Scores = dict[str, dict[str, float]]


# --------------------------------------------------------------------------- data


def prf(gold: Iterable[set[tuple[int, int, str]]], pred: Iterable[set[tuple[int, int, str]]]) -> Scores:
    """Per-label and micro P/R/F over exact spans (seqeval-style)."""
    counts = {lab: [0, 0, 0] for lab in (*LABELS, "ALL")}  # tp, n_pred, n_gold
    for g, p in zip(gold, pred, strict=True):
        for lab in LABELS:
            gl = {s for s in g if s[2] == lab}
            pl = {s for s in p if s[2] == lab}
            for key in (lab, "ALL"):
                counts[key][0] += len(gl & pl)
                counts[key][1] += len(pl)
                counts[key][2] += len(gl)
    scores: Scores = {}
    for lab, (tp, npred, ngold) in counts.items():
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        scores[lab] = {
            "p": round(p, 4),
            "r": round(r, 4),
            "f": round(f, 4),
            "support": ngold,
        }
    return scores


# -------------------------------------------------------------------------- spaCy


def _reference_doc(vocab: Any, sent: Sentence) -> Any:
    """The gold Doc of a sentence: entities for the transition NER, the same IOB2 tags for the tagger NER;
    "-" (no annotation) is a missing entity and an empty tag."""
    from spacy.tokens import Doc

    return Doc(vocab, words=sent.tokens, ents=[None if t == "-" else t for t in sent.tags],
               tags=["" if t == "-" else t for t in sent.tags])


def _to_docbin(sents: list[Sentence], path: Path) -> None:
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("id").vocab
    db = DocBin(store_user_data=False)
    for s in sents:
        db.add(_reference_doc(vocab, s))
    db.to_disk(path)


def train_vectors(sents: Iterable[list[str]], out_dir: Path, dim: int = 100, keep: int = 20000) -> Path:
    """word2vec vectors converted to a spaCy pipeline dir (looked up by LOWER)."""
    import spacy
    from spacy.training.initialize import convert_vectors

    out_dir.mkdir(parents=True, exist_ok=True)
    txt = train_word2vec(sents, out_dir / "vectors.txt", dim, keep)
    nlp = spacy.blank("id")
    convert_vectors(nlp, txt, truncate=0, prune=-1, name="warta_id_w2v", attr="LOWER")
    spacy_dir = out_dir / "vectors-spacy"
    nlp.to_disk(spacy_dir)
    return spacy_dir


def train_spacy(
    train: list[Sentence],
    dev: list[Sentence],
    work_dir: Path,
    vectors_dir: Path | None = None,
    max_steps: int = 6000,
    overrides: dict[str, Any] | None = None,
    use_last: bool = False,
    architecture: str = "parser",
) -> Path:
    """Run spaCy training; returns the directory of the selected model."""
    from spacy.cli.train import train as spacy_train

    work_dir.mkdir(parents=True, exist_ok=True)
    _to_docbin(train, work_dir / "train.spacy")
    _to_docbin(dev, work_dir / "dev.spacy")
    opts: dict[str, Any] = {
        "paths.train": str(work_dir / "train.spacy"),
        "paths.dev": str(work_dir / "dev.spacy"),
        "training.max_steps": max_steps,
    }
    if vectors_dir is not None:
        opts["paths.vectors"] = str(vectors_dir)
        opts["components.ner.model.tok2vec.embed.include_static_vectors"] = True
    opts.update(overrides or {})
    spacy_train(CONFIGS[architecture], work_dir / "out", use_gpu=-1, overrides=opts)
    return work_dir / "out" / ("model-last" if use_last else "model-best")


def finetune_spacy(
    model_dir: Path,
    train: list[Sentence],
    dev: list[Sentence] | None,
    out_dir: Path,
    epochs: int = 6,
    learn_rate: float = 0.0005,
) -> tuple[Path, list[float]]:
    """Second stage: continue training on the target corpus (idner) only.

    The mixed corpora disagree with idner's conventions (e.g. countries used as
    actors or modifiers are O in idner); a short idner-only pass adapts to them.
    With ``dev`` the best epoch on dev is kept, otherwise the last one.
    Returns the model dir and the dev F1 after each epoch.
    """
    import random

    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import minibatch

    nlp = spacy.load(model_dir)
    examples = [
        Example(
            Doc(nlp.vocab, words=s.tokens),
            _reference_doc(nlp.vocab, s),
        )
        for s in train
    ]
    optimizer = nlp.resume_training()
    optimizer.learn_rate = learn_rate
    rng = random.Random(0)
    history: list[float] = []
    best = -1.0
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2)
        if dev is None:
            continue
        with nlp.use_params(optimizer.averages):
            docs = nlp.pipe(Doc(nlp.vocab, words=s.tokens) for s in dev)
            pred = [{(e.start, e.end, e.label_) for e in d.ents} for d in docs]
            f1 = prf([spans(s.tags) for s in dev], pred)["ALL"]["f"]
            history.append(f1)
            if f1 > best:
                best = f1
                nlp.to_disk(out_dir)
    if dev is None:
        with nlp.use_params(optimizer.averages):
            nlp.to_disk(out_dir)
    return out_dir, history


def predict_spacy(model_dir: Path, sents: list[Sentence]) -> list[set[tuple[int, int, str]]]:
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model_dir)
    docs = (Doc(nlp.vocab, words=s.tokens) for s in sents)
    return [{(e.start, e.end, e.label_) for e in doc.ents} for doc in nlp.pipe(docs, batch_size=256)]


def score_model(model_dir: Path, sets: dict[str, list[Sentence]], backend: str = "spacy") -> dict[str, Scores]:
    if backend == "spacy":
        predict = predict_spacy
    else:
        from pipeline.training.ner_stanza import predict_stanza as predict
    return {name: prf([spans(s.tags) for s in sents], predict(model_dir, sents)) for name, sents in sets.items()}


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _ship_spacy(model_dir: Path, output_dir: Path) -> None:
    """Copy a trained pipeline to output_dir as a clean nlp.to_disk."""
    import spacy

    nlp = spacy.load(model_dir)
    if output_dir.exists():
        # only ever replace an earlier pipeline (or an empty dir), never anything else
        if any(output_dir.iterdir()) and not (output_dir / "config.cfg").exists():
            raise FileExistsError(f"{output_dir} exists and is not a spaCy pipeline")
        shutil.rmtree(output_dir)
    nlp.meta["name"] = "warta_ner"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "Indonesian PER/ORG/LOC NER for warta (see models/MODEL_CARD.md)"
    nlp.to_disk(output_dir)


# ------------------------------------------------------------------------ public


def run_spacy_recipe(
    data_dir: Path,
    work_dir: Path,
    nerp: str = "recased",
    vectors: bool = False,
    include_dev: bool = False,
    max_steps: int = 6000,
    overrides: dict[str, Any] | None = None,
    idner_repeat: int = 1,
    finetune_epochs: int = 0,
    architecture: str = "parser",
    finetune_nergrit: int = 0,
    nergrit_repeat: int = 1,
    finetune_learn_rate: float = 0.0005,
    keep_last: bool = False,
) -> tuple[Path, Splits]:
    """Train one spaCy recipe (stage 1 on all corpora, optional stage 2 on idner, with NERGrit repeated
    ``finetune_nergrit`` times when it is above 0).

    With include_dev, both selection sets (idner dev, NERGrit valid) are trained on and the last step/epoch is
    kept; otherwise both are held out, and the best step/epoch on idner dev is kept unless ``keep_last`` (the
    same steps and epochs as the final run, so a recipe's dev figures are those of what it ships).
    """
    splits = load_splits(data_dir)
    train = training_sentences(splits, data_dir, nerp, include_dev, idner_repeat, nergrit_repeat,
                               hold_out_nergrit_valid=not include_dev)
    vectors_dir = None
    if vectors:
        ud = read_ud_tokens(data_dir.parent / "ud")
        vectors_dir = train_vectors([s.tokens for s in train] + ud, work_dir)
    model = train_spacy(
        train,
        splits.idner_dev,
        work_dir,
        vectors_dir,
        max_steps,
        overrides,
        use_last=include_dev or keep_last,
        architecture=architecture,
    )
    if finetune_epochs > 0:
        stage2 = splits.idner_train + (splits.idner_dev if include_dev else [])
        stage2 += nergrit_training(splits, hold_out_valid=not include_dev) * int(finetune_nergrit)
        dev = None if include_dev or keep_last else splits.idner_dev
        model, history = finetune_spacy(model, stage2, dev, work_dir / "finetuned", finetune_epochs,
                                        finetune_learn_rate)
        print("stage 2 dev F1 per epoch:", history)
    return model, splits


def train_ner(data_dir: Path, output_dir: Path, backend: str = "spacy") -> dict[str, Any]:
    """Rebuild the shipped NER model from the corpora in data_dir.

    backend "spacy" writes an nlp.to_disk pipeline to output_dir; "stanza"
    trains stanza's tagger (needs the optional stanza extra) and writes its .pt
    file(s) there. Returns the test-set scores of the new model.
    """
    data_dir = Path(data_dir)
    output_dir = Path(output_dir)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    with tempfile.TemporaryDirectory(prefix="warta-ner-") as tmp:
        if backend == "spacy":
            recipe = DEFAULT_RECIPE
            model, splits = run_spacy_recipe(
                data_dir,
                Path(tmp),
                nerp=recipe["nerp"],
                vectors=recipe["vectors"],
                include_dev=recipe["include_dev"],
                max_steps=recipe["max_steps"],
                overrides=recipe["overrides"],
                idner_repeat=recipe["idner_repeat"],
                finetune_epochs=recipe["finetune_epochs"],
                architecture=recipe["architecture"],
                finetune_nergrit=int(recipe.get("finetune_nergrit", 0)),
                nergrit_repeat=recipe.get("nergrit_repeat", 1),
                finetune_learn_rate=recipe.get("finetune_learn_rate", 0.0005),
            )
            _ship_spacy(model, output_dir)
        elif backend == "stanza":
            from pipeline.training.ner_stanza import finetune_stanza, train_stanza

            # Same data and two-stage recipe as the spaCy model, dev included.
            splits = load_splits(data_dir)
            stage1 = Path(tmp) / "stage1"
            train_stanza(splits, data_dir, stage1, Path(tmp) / "work1", include_dev=True)
            finetune_stanza(splits, stage1, output_dir, Path(tmp) / "work2", include_dev=True)
        else:
            raise ValueError(f"unknown backend: {backend}")
    result = score_model(output_dir, splits.test_sets(), backend)
    return {
        "backend": backend,
        "model_dir": str(output_dir),
        "data": splits.stats,
        "model_size_bytes": _dir_size(output_dir),
        "scores": result,
    }


def evaluate_ner(model_dir: Path, data_dir: Path) -> dict[str, Any]:
    """Per-label P/R/F of a model directory on idner test, NERGrit test and NER UI (all).

    A directory holding ``config.cfg`` is a spaCy pipeline, otherwise stanza.
    """
    model_dir = Path(model_dir)
    backend = "spacy" if (model_dir / "config.cfg").exists() else "stanza"
    splits = load_splits(Path(data_dir))
    return {
        "backend": backend,
        "scores": score_model(model_dir, splits.test_sets(), backend),
    }


def format_scores(scores: dict[str, Scores]) -> str:
    lines = []
    for name, per_label in scores.items():
        cells = "  ".join(f"{lab} {v['p']:.3f}/{v['r']:.3f}/{v['f']:.3f}" for lab, v in per_label.items())
        lines.append(f"{name:13s} {cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train/evaluate the warta NER model")
    parser.add_argument("command", choices=["train", "evaluate", "experiment"])
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    parser.add_argument("--output-dir", type=Path, default=None)
    parser.add_argument("--backend", default="spacy", choices=["spacy", "stanza"])
    parser.add_argument("--work-dir", type=Path, default=None)
    parser.add_argument("--nerp", default="recased", choices=["none", "lower", "recased", "partial", "lower-partial"])
    parser.add_argument("--vectors", action="store_true")
    parser.add_argument("--include-dev", action="store_true")
    parser.add_argument("--max-steps", type=int, default=6000)
    parser.add_argument("--idner-repeat", type=int, default=1)
    parser.add_argument("--finetune-epochs", type=int, default=0)
    parser.add_argument("--finetune-nergrit", type=int, default=0, help="NERGrit's repeats in stage 2 (0: idner only)")
    parser.add_argument("--finetune-learn-rate", type=float, default=0.0005)
    parser.add_argument("--nergrit-repeat", type=int, default=1, help="NERGrit's repeats in stage 1")
    parser.add_argument("--keep-last", action="store_true", help="keep the last step and epoch, not the best on dev")
    parser.add_argument("--test", action="store_true", help="also score the test sets (not for choosing a recipe)")
    parser.add_argument("--set", action="append", default=[], help="config override key=json_value")
    parser.add_argument("--architecture", default="parser", choices=list(CONFIGS),
                        help="experiment: transition-based NER (parser) or IOB tagger")
    args = parser.parse_args(argv)

    if args.command == "train":
        default_out = DEFAULT_SPACY_DIR if args.backend == "spacy" else DEFAULT_STANZA_DIR
        result = train_ner(args.data_dir, args.output_dir or default_out, args.backend)
        print(format_scores(result["scores"]))
        print(json.dumps(result, indent=1))
    elif args.command == "evaluate":
        result = evaluate_ner(args.output_dir or DEFAULT_SPACY_DIR, args.data_dir)
        print(format_scores(result["scores"]))
        print(json.dumps(result, indent=1))
    else:
        overrides = {k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}
        work = args.work_dir or Path(tempfile.mkdtemp(prefix="warta-ner-exp-"))
        model, splits = run_spacy_recipe(
            args.data_dir,
            work,
            args.nerp,
            args.vectors,
            args.include_dev,
            args.max_steps,
            overrides,
            args.idner_repeat,
            args.finetune_epochs,
            args.architecture,
            args.finetune_nergrit,
            args.nergrit_repeat,
            args.finetune_learn_rate,
            args.keep_last,
        )
        # the dev sets only, unless asked: a recipe is chosen on them (with include_dev they were trained on)
        sets = {**splits.dev_sets(), **(splits.test_sets() if args.test else {})}
        scores = score_model(model, sets)
        print(format_scores(scores))
        (work / "scores.json").write_text(json.dumps({"stats": splits.stats, "scores": scores}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

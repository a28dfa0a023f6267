"""Stanza NER candidate, trained fully offline with stanza's own trainer.

Needs the optional ``stanza`` extra (stanza + torch); everything stanza/torch is
imported inside functions so the rest of warta works without it.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from pipeline.training.ner_data import Sentence, Splits, read_ud_tokens

MODEL_NAME = "id_warta_nertagger.pt"
PRETRAIN_NAME = "id_warta.pretrain.pt"
# Bounded so one CPU training stays within ~20 minutes on a single thread.
MAX_STEPS = 3000


def _write_json(sents: list[Sentence], path: Path) -> None:
    doc = [
        [
            {"id": i + 1, "text": tok, "ner": "O" if tag == "-" else tag}
            for i, (tok, tag) in enumerate(zip(s.tokens, s.tags, strict=True))
        ]
        for s in sents
    ]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def build_pretrain(sents: list[list[str]], work_dir: Path, pretrain_path: Path) -> Path:
    """Own word2vec vectors -> stanza .pt pretrain (no downloads)."""
    from stanza.models.common.pretrain import Pretrain

    from pipeline.training.ner_data import train_word2vec

    txt = train_word2vec(sents, work_dir / "vectors.txt")
    pretrain = Pretrain(str(pretrain_path), str(txt), max_vocab=-1, save_to_file=True)
    pretrain.load()
    return pretrain_path


def train_stanza(
    splits: Splits,
    data_dir: Path,
    output_dir: Path,
    work_dir: Path,
    nerp: str = "partial",
    include_dev: bool = False,
    max_steps: int = MAX_STEPS,
    idner_repeat: int = 3,
) -> Path:
    """Train stanza's BiLSTM-CRF tagger (char LSTM + own word vectors)."""
    from pipeline.training.ner_data import training_sentences

    # stanza has no missing-label support: "partial" tags fall back to O.
    train = training_sentences(splits, data_dir, nerp, include_dev, idner_repeat)
    work_dir.mkdir(parents=True, exist_ok=True)
    output_dir.mkdir(parents=True, exist_ok=True)
    _write_json(train, work_dir / "train.json")
    _write_json(splits.idner_dev, work_dir / "dev.json")
    ud = read_ud_tokens(data_dir.parent / "ud")
    pretrain = build_pretrain([s.tokens for s in train] + ud, work_dir, output_dir / PRETRAIN_NAME)
    cmd = [
        sys.executable, "-m", "stanza.models.ner_tagger",
        "--mode", "train",
        "--shorthand", "id_warta",
        "--train_file", str(work_dir / "train.json"),
        "--eval_file", str(work_dir / "dev.json"),
        "--wordvec_pretrain_file", str(pretrain),
        "--save_dir", str(output_dir),
        "--save_name", MODEL_NAME,
        "--max_steps", str(max_steps),
        "--eval_interval", "250",
        # Adam converges within the few CPU epochs we can afford; stanza's
        # default SGD(0.1) schedule expects far longer runs.
        "--optim", "adam",
        "--lr", "0.002",
        "--cpu",
    ]  # fmt: skip
    return _run_tagger(cmd, output_dir)


def _bioes_to_iob(tags: list[str]) -> list[str]:
    return ["B-" + t[2:] if t.startswith("S-") else "I-" + t[2:] if t.startswith("E-") else t for t in tags]


@functools.lru_cache(maxsize=2)
def load_tagger(model_dir: Path) -> Any:
    """Load a stanza NER Trainer from a dir holding MODEL_NAME and PRETRAIN_NAME."""
    import torch
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.ner.trainer import Trainer

    torch.set_num_threads(1)
    pretrain = Pretrain(str(Path(model_dir) / PRETRAIN_NAME), None, save_to_file=False)
    return Trainer(model_file=str(Path(model_dir) / MODEL_NAME), pretrain=pretrain, device="cpu")


def tag_tokens(model_dir: Path, sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
    """Entities (token start, token end, label) for pre-tokenised sentences, order kept."""
    from stanza.models.common.doc import Document
    from stanza.models.ner.data import DataLoader

    from pipeline.training.ner_data import spans

    trainer = load_tagger(Path(model_dir))
    doc_json = [[{"id": i + 1, "text": t, "ner": "O"} for i, t in enumerate(toks)] for toks in sentences]
    batch = DataLoader(Document(doc_json), 32, trainer.args, vocab=trainer.vocab, evaluation=True)
    preds: list[list[str]] = []
    for b in batch:
        preds += trainer.predict(b)
    return [sorted(spans(_bioes_to_iob(p))) for p in preds]


def predict_stanza(model_dir: Path, sents: list[Sentence]) -> list[set[tuple[int, int, str]]]:
    """Tag gold-tokenised sentences with a stanza model dir from train_stanza."""
    return [set(ents) for ents in tag_tokens(model_dir, [s.tokens for s in sents])]


def compact_model(src_dir: Path, out_dir: Path) -> Path:
    """Copy a stanza model dir, storing the tagger weights as float16.

    Halves the tagger file (~18 -> ~9 MB) so the shipped dir stays under 20 MB;
    load_state_dict casts the weights back to float32 on load.
    """
    import torch

    out_dir.mkdir(parents=True, exist_ok=True)
    state = torch.load(src_dir / MODEL_NAME, map_location="cpu", weights_only=False)
    state["model"] = {k: v.half() if v.is_floating_point() else v for k, v in state["model"].items()}
    torch.save(state, out_dir / MODEL_NAME)
    shutil.copy(src_dir / PRETRAIN_NAME, out_dir / PRETRAIN_NAME)
    return out_dir


def finetune_stanza(
    splits: Splits,
    model_dir: Path,
    out_dir: Path,
    work_dir: Path,
    include_dev: bool = False,
    max_steps: int = 280,
) -> Path:
    """Stage 2 as for spaCy: continue training on idner only (~6 epochs).

    Without include_dev, stanza keeps the best checkpoint on idner dev.
    """
    work_dir.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    idner = splits.idner_train + (splits.idner_dev if include_dev else [])
    _write_json(idner, work_dir / "idner.json")
    _write_json(splits.idner_dev, work_dir / "dev.json")
    shutil.copy(model_dir / PRETRAIN_NAME, out_dir / PRETRAIN_NAME)
    cmd = [
        sys.executable, "-m", "stanza.models.ner_tagger",
        "--mode", "train",
        "--finetune",
        "--finetune_load_name", str(model_dir / MODEL_NAME),
        "--shorthand", "id_warta",
        "--train_file", str(work_dir / "idner.json"),
        "--eval_file", str(work_dir / "dev.json"),
        "--wordvec_pretrain_file", str(out_dir / PRETRAIN_NAME),
        "--save_dir", str(out_dir),
        "--save_name", MODEL_NAME,
        "--max_steps", str(max_steps),
        "--eval_interval", "46",  # ~one idner epoch at batch size 32
        # optimiser and learning rate come from the loaded model's saved args
        "--cpu",
    ]  # fmt: skip
    return _run_tagger(cmd, out_dir)


def _run_tagger(cmd: list[str], model_dir: Path) -> Path:
    """Run stanza's NER trainer on one thread, then drop the checkpoints it leaves beside the model."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    subprocess.run(cmd, check=True, env=env)
    for extra in model_dir.glob("*checkpoint*"):
        if extra.is_file():
            extra.unlink()
        else:
            shutil.rmtree(extra)
    return model_dir / MODEL_NAME

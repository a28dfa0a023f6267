"""Sentence splitting on Universal Dependencies Indonesian: evaluation, and training of two statistical splitters.

UD has no ``# newdoc`` / ``# newpar`` markers, so each .conllu file becomes one running text: the
``# text =`` of consecutive sentences joined by a single space. A splitter is scored on the set of
sentence end offsets (characters, trailing white space excluded) it predicts against the gold set.

    python -m pipeline.training.sentences evaluate            # the table (rule, spaCy, senter, stanza)
    python -m pipeline.training.sentences news                # sentence counts on data/raw/*.txt
    python -m pipeline.training.sentences train-senter        # spaCy senter -> build/sentences/senter
    python -m pipeline.training.sentences train-stanza        # stanza tokenizer -> build/sentences/stanza

Training data is CSUI train + GSD dev only (GSD train is absent from the snapshot); the last tenth of
each is held out for early stopping. No test set reported here is ever trained on.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUILD_DIR = REPO / "build" / "sentences"
SENTER_CONFIG = Path(__file__).resolve().parent / "senter.cfg"
STANZA_MODEL_NAME = "id_warta_tokenizer.pt"

TRAIN_FILES = ["UD_Indonesian-CSUI/id_csui-ud-train.conllu", "UD_Indonesian-GSD/id_gsd-ud-dev.conllu"]
TEST_FILES = {
    "GSD test": "UD_Indonesian-GSD/id_gsd-ud-test.conllu",
    "CSUI test": "UD_Indonesian-CSUI/id_csui-ud-test.conllu",
    "PUD test": "UD_Indonesian-PUD/id_pud-ud-test.conllu",
}
SPLITTERS = ["rule", "warta_sentences", "sentencizer", "senter", "stanza"]

Splitter = Callable[[str], list[int]]


def ud_dir() -> Path:
    """$WARTA_UD, else $WARTA_SHARED/data/ud, else ../shared/data/ud next to the repository."""
    if "WARTA_UD" in os.environ:
        return Path(os.environ["WARTA_UD"])
    return Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared")) / "data" / "ud"


# ---------------------------------------------------------------------------------------------------------------
# Reading UD


@dataclass
class UDSentence:
    """One UD sentence: its text and its surface tokens as (start, end) offsets into that text."""

    text: str
    tokens: list[tuple[int, int]]


def parse_conllu(content: str) -> list[UDSentence]:
    """Sentences of a .conllu string. Multi-word tokens count once (their surface form); empty nodes are skipped.

    The sentence text is ``# text =`` where present, else rebuilt from the forms and ``SpaceAfter=No``.
    """
    sentences: list[UDSentence] = []
    for block in content.split("\n\n"):
        text: str | None = None
        forms: list[tuple[str, bool]] = []
        covered_until = 0
        for line in block.splitlines():
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                if key.strip() == "text":
                    text = value.strip()
                continue
            columns = line.split("\t")
            if len(columns) < 10 or "." in columns[0]:
                continue
            space_after = "SpaceAfter=No" not in columns[9].split("|")
            if "-" in columns[0]:
                covered_until = int(columns[0].split("-")[1])
                forms.append((columns[1], space_after))
            elif int(columns[0]) > covered_until:
                forms.append((columns[1], space_after))
        if not forms:
            continue
        if text is None:
            text = "".join(form + (" " if space else "") for form, space in forms).strip()
        sentences.append(UDSentence(text, _align(text, [form for form, _ in forms])))
    return sentences


def _align(text: str, forms: Sequence[str]) -> list[tuple[int, int]]:
    """Offsets of each form in ``text``, in order; a form not found where expected gets an empty span there."""
    spans: list[tuple[int, int]] = []
    position = 0
    for form in forms:
        while position < len(text) and text[position].isspace():
            position += 1
        if text.startswith(form, position):
            spans.append((position, position + len(form)))
            position += len(form)
        else:
            found = text.find(form, position)
            if found != -1 and not text[position:found].strip(" "):
                spans.append((found, found + len(form)))
                position = found + len(form)
            else:
                spans.append((position, position))
    return spans


def read_conllu(path: Path) -> list[UDSentence]:
    return parse_conllu(path.read_text(encoding="utf-8"))


def running_text(sentences: Sequence[UDSentence], separator: str = " ") -> tuple[str, list[int]]:
    """The sentences joined by ``separator``, and the gold end offset of each."""
    parts: list[str] = []
    ends: list[int] = []
    length = 0
    for i, sentence in enumerate(sentences):
        if i:
            parts.append(separator)
            length += len(separator)
        parts.append(sentence.text)
        length += len(sentence.text)
        ends.append(length)
    return "".join(parts), ends


# ---------------------------------------------------------------------------------------------------------------
# Scoring


@dataclass
class Score:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.predicted + self.gold
        return 2 * self.tp / total if total else 0.0


def score_ends(predicted: Iterable[int], gold: Iterable[int]) -> Score:
    """Sentence-boundary P/R/F1: the sets of predicted and gold end offsets compared exactly."""
    predicted_set, gold_set = set(predicted), set(gold)
    return Score(len(predicted_set & gold_set), len(predicted_set), len(gold_set))


def ends_from_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[int]:
    """End offsets of sentence spans, with trailing white space stripped."""
    ends = []
    for start, end in spans:
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            ends.append(end)
    return ends


def evaluate_conllu(content: str, splitter: Splitter) -> Score:
    """Score ``splitter`` on the running text of a .conllu string (handy for small synthetic checks)."""
    text, gold = running_text(parse_conllu(content))
    return score_ends(splitter(text), gold)


# ---------------------------------------------------------------------------------------------------------------
# Splitters


def rule_splitter() -> Splitter:
    from pipeline.stages.sentences import split_offsets

    return lambda text: ends_from_spans(text, split_offsets(text))


def _spacy_splitter(nlp: object) -> Splitter:
    def split(text: str) -> list[int]:
        doc = nlp(text)  # type: ignore[operator]
        return ends_from_spans(text, ((s.start_char, s.end_char) for s in doc.sents))

    return split


def component_splitter() -> Splitter:
    import spacy

    import pipeline.stages.sentences  # noqa: F401  (registers warta_sentences)

    nlp = spacy.blank("id")
    nlp.add_pipe("warta_sentences")
    nlp.max_length = 5_000_000
    return _spacy_splitter(nlp)


def sentencizer_splitter() -> Splitter:
    import spacy

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    return _spacy_splitter(nlp)


def senter_splitter(model: Path) -> Splitter:
    import spacy

    nlp = spacy.load(model)
    nlp.max_length = 5_000_000
    return _spacy_splitter(nlp)


def stanza_splitter(model: Path) -> Splitter:
    """A stanza tokenizer model file, run through stanza's own prediction code (no Pipeline: it wants the
    downloaded resources.json, and nothing may be downloaded here)."""
    import torch
    from stanza.models.tokenization.data import TokenizationDataset
    from stanza.models.tokenization.trainer import Trainer
    from stanza.models.tokenization.utils import output_predictions

    torch.set_num_threads(1)
    trainer = Trainer(model_file=str(model), device="cpu")

    def split(text: str) -> list[int]:
        batches = TokenizationDataset(
            trainer.args, input_text=text, vocab=trainer.vocab, evaluation=True, dictionary=trainer.dictionary
        )
        with torch.no_grad():
            _, _, _, document = output_predictions(None, trainer, batches, trainer.vocab, None, 1000, orig_text=text)
        return ends_from_spans(text, ((s[0]["start_char"], s[-1]["end_char"]) for s in document if s))

    return split


def make_splitter(name: str, senter_model: Path, stanza_model: Path) -> Splitter | None:
    """The named splitter, or None when its trained model is missing."""
    if name == "rule":
        return rule_splitter()
    if name == "warta_sentences":
        return component_splitter()
    if name == "sentencizer":
        return sentencizer_splitter()
    if name == "senter":
        return senter_splitter(senter_model) if (senter_model / "meta.json").exists() else None
    if name == "stanza":
        return stanza_splitter(stanza_model) if stanza_model.exists() else None
    raise ValueError(f"unknown splitter {name!r}")


# ---------------------------------------------------------------------------------------------------------------
# Training data


def _training_chunks(seed: int = 13, max_sentences: int = 12) -> tuple[list[list[UDSentence]], list[list[UDSentence]]]:
    """Runs of consecutive training sentences (1 to ``max_sentences``), split 90/10 per file into train/dev."""
    rng = random.Random(seed)
    train: list[list[UDSentence]] = []
    dev: list[list[UDSentence]] = []
    for name in TRAIN_FILES:
        sentences = read_conllu(ud_dir() / name)
        cut = len(sentences) * 9 // 10
        for part, target in ((sentences[:cut], train), (sentences[cut:], dev)):
            i = 0
            while i < len(part):
                size = rng.randint(1, max_sentences)
                target.append(part[i : i + size])
                i += size
    return train, dev


def _separator(rng: random.Random) -> str:
    """Mostly a space (as in the evaluation), sometimes the line and paragraph breaks of news text."""
    draw = rng.random()
    return "\n\n" if draw < 0.1 else "\n" if draw < 0.15 else " "


def _joined(chunk: Sequence[UDSentence], separator: Callable[[], str]) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Text of a chunk, sentence start offsets, and token offsets in that text."""
    parts: list[str] = []
    starts: list[int] = []
    tokens: list[tuple[int, int]] = []
    length = 0
    for i, sentence in enumerate(chunk):
        if i:
            gap = separator()
            parts.append(gap)
            length += len(gap)
        starts.append(length)
        tokens.extend((length + a, length + b) for a, b in sentence.tokens)
        parts.append(sentence.text)
        length += len(sentence.text)
    return "".join(parts), starts, tokens


def write_senter_corpus(out_dir: Path, seed: int = 13) -> tuple[Path, Path]:
    """DocBins for spaCy: chunks tokenised by spaCy's own Indonesian tokenizer, sentence starts from UD."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("id")
    rng = random.Random(seed)
    train, dev = _training_chunks(seed)
    paths = []
    for name, chunks in (("train", train), ("dev", dev)):
        docs = DocBin()
        for chunk in chunks:
            text, starts, _ = _joined(chunk, lambda: _separator(rng))
            doc = nlp.make_doc(text)
            start_set = set(starts)
            for token in doc:
                # white space belongs to the sentence before it
                token.is_sent_start = token.i == 0 or (not token.is_space and token.idx in start_set)
            docs.add(doc)
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"{name}.spacy"
        docs.to_disk(path)
        paths.append(path)
    return paths[0], paths[1]


def write_stanza_corpus(out_dir: Path, seed: int = 13) -> dict[str, Path]:
    """stanza's tokenizer format, written directly: paragraphs separated by blank lines, and a label per
    character (0 inside a token, 1 token end, 2 sentence end). MWTs are left as surface tokens."""
    rng = random.Random(seed)
    train, dev = _training_chunks(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name, chunks in (("train", train), ("dev", dev)):
        texts: list[str] = []
        labels: list[str] = []
        for chunk in chunks:
            # stanza's paragraph is a hard break already; inside one, sentences are joined by a space.
            text, starts, tokens = _joined(chunk, lambda: " ")
            label = ["0"] * len(text)
            for _start, end in tokens:
                if end > 0:
                    label[end - 1] = "1"
            for start in [*starts[1:], len(text) + 1]:
                end = start - 1
                while end > 0 and text[end - 1].isspace():
                    end -= 1
                if end > 0:
                    label[end - 1] = "2"
            texts.append(text)
            labels.append("".join(label))
        rng.shuffle(order := list(range(len(texts))))
        txt = out_dir / f"id_warta.{name}.txt"
        lab = out_dir / f"id_warta.{name}.toklabels"
        txt.write_text("\n\n".join(texts[i] for i in order) + "\n", encoding="utf-8")
        lab.write_text("\n\n".join(labels[i] for i in order) + "\n", encoding="utf-8")
        paths[f"{name}_txt"], paths[f"{name}_labels"] = txt, lab
    # No MWT expansions: clitics stay inside their surface token (the trainer still wants the file).
    paths["mwt"] = out_dir / "id_warta-mwt.json"
    paths["mwt"].write_text("[]\n", encoding="utf-8")
    return paths


def train_senter(output: Path, work_dir: Path, max_minutes: float = 12.0) -> Path:
    """``spacy train`` with pipeline/training/senter.cfg on CSUI train + GSD dev; best model -> ``output``."""
    train, dev = write_senter_corpus(work_dir / "corpus")
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    command = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(SENTER_CONFIG),
        "--output",
        str(work_dir / "spacy"),
        "--paths.train",
        str(train),
        "--paths.dev",
        str(dev),
    ]
    started = time.monotonic()
    subprocess.run(command, check=True, env=env, timeout=max_minutes * 60 + 120)
    best = work_dir / "spacy" / "model-best"
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(best, output)
    print(f"senter trained in {time.monotonic() - started:.0f}s -> {output}")
    return output


def train_stanza(output: Path, work_dir: Path, steps: int = 3000) -> Path:
    """stanza's own tokenizer trainer (``python -m stanza.models.tokenizer``) on the prepared files."""
    paths = write_stanza_corpus(work_dir / "data")
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    command = [
        sys.executable,
        "-m",
        "stanza.models.tokenizer",
        "--mode",
        "train",
        "--lang",
        "id",
        "--shorthand",
        "id_warta",
        "--txt_file",
        str(paths["train_txt"]),
        "--label_file",
        str(paths["train_labels"]),
        "--dev_txt_file",
        str(paths["dev_txt"]),
        "--dev_label_file",
        str(paths["dev_labels"]),
        "--mwt_json_file",
        str(paths["mwt"]),
        "--no_use_mwt",
        "--steps",
        str(steps),
        "--eval_steps",
        "250",
        "--max_steps_before_stop",
        "1500",
        "--save_dir",
        str(output.parent),
        "--save_name",
        output.name,
        "--cpu",
        "--seed",
        "1234",
    ]
    subprocess.run(command, check=True, env=env)
    return output


# ---------------------------------------------------------------------------------------------------------------
# Reports


def evaluate(splitters: Sequence[str], senter_model: Path, stanza_model: Path) -> dict[str, dict[str, Score]]:
    """Scores per splitter per UD test set (splitters whose model is missing are skipped)."""
    tests = {name: running_text(read_conllu(ud_dir() / path)) for name, path in TEST_FILES.items()}
    table: dict[str, dict[str, Score]] = {}
    for name in splitters:
        splitter = make_splitter(name, senter_model, stanza_model)
        if splitter is None:
            print(f"[skip] {name}: no trained model", file=sys.stderr)
            continue
        table[name] = {test: score_ends(splitter(text), gold) for test, (text, gold) in tests.items()}
    return table


def format_table(table: dict[str, dict[str, Score]]) -> str:
    tests = list(TEST_FILES)
    lines = ["| splitter | " + " | ".join(f"{t} P / R / F1" for t in tests) + " |", "|---|" + "---|" * len(tests)]
    for name, scores in table.items():
        cells = [f"{s.precision:.3f} / {s.recall:.3f} / **{s.f1:.3f}**" for s in (scores[t] for t in tests)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def errors(name: str, test: str, senter_model: Path, stanza_model: Path, context: int = 30) -> list[str]:
    """Boundary errors of one splitter on one test set: FP (split where gold has none) and FN (missed)."""
    text, gold = running_text(read_conllu(ud_dir() / TEST_FILES[test]))
    splitter = make_splitter(name, senter_model, stanza_model)
    if splitter is None:
        return []
    predicted = set(splitter(text))
    out = []
    for kind, offsets in (("FP", predicted - set(gold)), ("FN", set(gold) - predicted)):
        for end in sorted(offsets):
            snippet = (text[max(0, end - context) : end] + " ‖ " + text[end : end + context]).replace("\n", "⏎")
            out.append(f"{kind} {end:7d}  {snippet}")
    return out


def news_report(splitters: Sequence[str], senter_model: Path, stanza_model: Path, show: bool) -> None:
    """Sentence counts per splitter on data/raw/*.txt (cleaned as the pipeline cleans them)."""
    from pipeline.reading.clean import clean

    files = sorted((REPO / "data" / "raw").glob("*.txt"))
    texts = {f.stem: clean(f.read_text(encoding="utf-8")).text for f in files}
    for name in splitters:
        splitter = make_splitter(name, senter_model, stanza_model)
        if splitter is None:
            continue
        total = 0
        for stem, text in texts.items():
            ends = splitter(text)
            total += len(ends)
            if show:
                print(f"== {name} {stem}")
                start = 0
                for end in ends:
                    print("  |", text[start:end].strip().replace("\n", "⏎"))
                    start = end
        print(f"{name:16s} {total:5d} sentences in {len(texts)} articles")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.training.sentences",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=["evaluate", "errors", "news", "train-senter", "train-stanza"])
    parser.add_argument("--splitters", default=",".join(SPLITTERS))
    parser.add_argument("--senter-model", type=Path, default=BUILD_DIR / "senter")
    parser.add_argument("--stanza-model", type=Path, default=BUILD_DIR / "stanza" / STANZA_MODEL_NAME)
    parser.add_argument("--test", default="GSD test", choices=list(TEST_FILES))
    parser.add_argument("--show", action="store_true", help="news: print every sentence")
    parser.add_argument("--steps", type=int, default=3000, help="train-stanza: training steps")
    args = parser.parse_args(argv)
    chosen = [s for s in args.splitters.split(",") if s]
    if args.command == "evaluate":
        print(format_table(evaluate(chosen, args.senter_model, args.stanza_model)))
    elif args.command == "errors":
        for name in chosen:
            for line in errors(name, args.test, args.senter_model, args.stanza_model):
                print(f"{name}: {line}")
    elif args.command == "news":
        news_report(chosen, args.senter_model, args.stanza_model, args.show)
    elif args.command == "train-senter":
        train_senter(args.senter_model, BUILD_DIR / "senter-work")
    elif args.command == "train-stanza":
        train_stanza(args.stanza_model, BUILD_DIR / "stanza-work", args.steps)


if __name__ == "__main__":
    main()

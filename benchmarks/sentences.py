"""Sentence-boundary P/R/F1 on the UD Indonesian test sets, and speed, for every splitter.

    .venv/bin/python benchmarks/sentences.py [--splitters rule,sentencizer,...]

Trained splitters (senter, stanza) are included when their models exist under build/sentences/
(``python -m pipeline.training.sentences train-senter`` / ``train-stanza``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.training.sentences import (
    BUILD_DIR,
    SPLITTERS,
    STANZA_MODEL_NAME,
    TEST_FILES,
    format_table,
    make_splitter,
    read_conllu,
    running_text,
    score_ends,
    ud_dir,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--splitters", default=",".join(SPLITTERS))
    parser.add_argument("--senter-model", type=Path, default=BUILD_DIR / "senter")
    parser.add_argument("--stanza-model", type=Path, default=BUILD_DIR / "stanza" / STANZA_MODEL_NAME)
    args = parser.parse_args()
    tests = {name: running_text(read_conllu(ud_dir() / path)) for name, path in TEST_FILES.items()}
    characters = sum(len(text) for text, _ in tests.values())
    table = {}
    speed = {}
    for name in (s for s in args.splitters.split(",") if s):
        splitter = make_splitter(name, args.senter_model, args.stanza_model)
        if splitter is None:
            print(f"[skip] {name}: no trained model", file=sys.stderr)
            continue
        started = time.perf_counter()
        table[name] = {test: score_ends(splitter(text), gold) for test, (text, gold) in tests.items()}
        speed[name] = characters / (time.perf_counter() - started)
    print(format_table(table))
    print()
    print(f"speed over {characters:,} characters (one CPU thread):")
    for name, rate in speed.items():
        print(f"  {name:16s} {rate / 1000:8.0f} k chars/s")


if __name__ == "__main__":
    main()

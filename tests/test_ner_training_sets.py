"""The training set of a NER recipe keeps its selection sets out while a recipe is chosen (no model, no shared
data: sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.training.ner_data import Sentence, Splits, nergrit_training, training_sentences


def _sent(text: str, source: str) -> Sentence:
    tokens = text.split()
    return Sentence(tokens, ["O"] * len(tokens), source)


def _splits() -> Splits:
    return Splits(
        idner_train=[_sent("Harga cabai naik lagi", "idner")],
        idner_dev=[_sent("Hujan turun sejak pagi", "idner")],
        idner_test=[],
        # the second train sentence is a copy of the valid one, written with other spaces
        nergrit_train=[_sent("Band itu merilis album kedua", "nergrit"), _sent("Sungai ini mengalir ke utara .", "nergrit")],
        nergrit_valid=[_sent("Sungai ini mengalir ke utara.", "nergrit")],
        nergrit_test=[],
        nerp=[],
        nerui=[],
    )


@pytest.mark.parametrize(
    ("include_dev", "hold_out", "nergrit_repeat", "expected"),
    [
        # the final run: both selection sets trained on
        (True, False, 1, ["Harga cabai naik lagi", "Hujan turun sejak pagi", "Band itu merilis album kedua",
                          "Sungai ini mengalir ke utara .", "Sungai ini mengalir ke utara."]),
        # choosing a recipe: idner dev and NERGrit valid out, and so is the copy of a valid sentence
        (False, True, 1, ["Harga cabai naik lagi", "Band itu merilis album kedua"]),
        # NERGrit repeated
        (False, True, 3, ["Band itu merilis album kedua", "Band itu merilis album kedua", "Harga cabai naik lagi",
                          "Band itu merilis album kedua"]),
    ],
)
def test_training_sentences(include_dev: bool, hold_out: bool, nergrit_repeat: int, expected: list[str]) -> None:
    sents = training_sentences(_splits(), Path("."), "none", include_dev, idner_repeat=1,
                               nergrit_repeat=nergrit_repeat, hold_out_nergrit_valid=hold_out)
    assert [" ".join(s.tokens) for s in sents] == expected


def test_dev_sets_are_the_selection_sets() -> None:
    splits = _splits()
    assert splits.dev_sets() == {"idner_dev": splits.idner_dev, "nergrit_valid": splits.nergrit_valid}
    assert len(nergrit_training(splits, hold_out_valid=True)) == 1

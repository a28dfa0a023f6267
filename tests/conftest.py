"""Shared fixtures: the pipeline (built once per test session) and the locations of annotated articles."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.nlp import build

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))


def seeds_dir() -> Path:
    """The seed articles and gold: $WARTA_SEEDS, else $WARTA_SHARED/seeds, else ../shared/seeds."""
    return Path(os.environ.get("WARTA_SEEDS", shared_dir() / "seeds"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build()


@pytest.fixture(scope="session")
def rules_nlp() -> Language:
    """The pipeline without the statistical NER: rule tests must not move when the model is retrained."""
    return build("none")


@pytest.fixture
def hand_scores(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Records keep the hand score of ``candidates._confidence`` (the one the record floor reads) as their
    confidence: no learned confidence model is found."""
    from pipeline.events import gate

    monkeypatch.setattr(gate, "CONFIDENCE_PATH", tmp_path / "no_model.json")
    gate.confidence_model.cache_clear()
    yield
    gate.confidence_model.cache_clear()   # the shipped model again, once the path is restored

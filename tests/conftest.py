"""Shared fixtures: the pipeline (built once per test session) and the locations of annotated articles."""

from __future__ import annotations

import os
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

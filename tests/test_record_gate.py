"""The record gate: its cues on written articles, the trainer's fit and scoring, and no gate without a model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from pipeline.events import gate
from pipeline.extract import extract
from pipeline.training import record_gate

REPORTED = ("Rapat koordinasi penanganan banjir digelar di Kantor Gubernur Jawa Tengah, Semarang, Senin "
            "(6/3/2017). Rapat dipimpin Gubernur Ganjar Pranowo dan dihadiri 35 bupati dan wali kota. Dalam rapat "
            "itu disepakati pembangunan tanggul baru. Rapat berlangsung hingga sore hari.")
QUOTE_SETTING = ("Harga cabai di pasar tradisional terus naik sepekan terakhir. Para pedagang mengeluhkan pasokan "
                 "dari petani yang berkurang. \"Kami akan menambah pasokan dari luar daerah,\" kata Menteri "
                 "Perdagangan Enggartiasto Lukita di sela Rapat Kerja Nasional Kementerian Perdagangan di Jakarta, "
                 "Selasa (7/3/2017). Menurut dia, harga akan turun pekan depan.")


def _cues(nlp: Language, text: str) -> dict[str, float]:
    gate.recorder = []
    try:
        extract(nlp, text, "written", title_line=False)
        recorded = gate.recorder
    finally:
        gate.recorder = None
    assert len(recorded) == 1, "the rules build a primary record for this article"
    return dict(zip(gate.FEATURES, recorded[0][1], strict=True))


@pytest.mark.parametrize(("text", "feature", "expected"), [
    (REPORTED, "in_lead", 1.0),
    (REPORTED, "dated", 1.0),
    (REPORTED, "said_in_sentence", 0.0),
    (REPORTED, "position", 0.0),
    (QUOTE_SETTING, "in_lead", 0.0),
    (QUOTE_SETTING, "said_in_sentence", 1.0),      # "kata Menteri ... di sela Rapat Kerja Nasional"
    (QUOTE_SETTING, "said_wherever_named", 1.0),
    (QUOTE_SETTING, "log_returns", 0.0),           # the story never comes back to the meeting
])
def test_cues(nlp: Language, text: str, feature: str, expected: float) -> None:
    assert _cues(nlp, text)[feature] == pytest.approx(expected)


def test_returns_count_the_story_coming_back(nlp: Language) -> None:
    assert _cues(nlp, REPORTED)["log_returns"] > 0


def test_fit_separates_and_keeps_raw_scale() -> None:
    rng = np.random.default_rng(0)
    cue = np.r_[rng.normal(5.0, 1.0, 40), rng.normal(1.0, 1.0, 40)]
    x = np.c_[np.ones(80), cue * 100]   # a cue on a large scale: standardised for the fit, raw in the weights
    y = np.r_[np.ones(40), np.zeros(40)]
    weights = record_gate.fit(x, y)
    p = 1 / (1 + np.exp(-(x @ weights)))
    assert p[:40].mean() > 0.8 and p[40:].mean() < 0.2


def test_gated_f1_drops_only_records_under_the_threshold() -> None:
    rows = [
        {"with": np.array([4, 0, 1]), "without": np.array([0, 0, 5])},   # a right record
        {"with": np.array([0, 3, 0]), "without": np.array([0, 0, 0])},   # a record on a negative
    ]
    assert record_gate.gated_f1(rows, {0: 0.9, 1: 0.2}, 0.0) == pytest.approx(8 / 12)
    assert record_gate.gated_f1(rows, {0: 0.9, 1: 0.2}, 0.5) == pytest.approx(8 / 9)
    assert record_gate.gated_f1(rows, {0: 0.9, 1: 0.2}, 0.95) == pytest.approx(0.0)


def test_no_model_keeps_every_record(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(gate, "MODEL_PATH", tmp_path / "none.json")
    gate.model.cache_clear()
    try:
        assert gate.model() is None
        assert gate.reports_event([0.0] * len(gate.FEATURES))
    finally:
        gate.model.cache_clear()

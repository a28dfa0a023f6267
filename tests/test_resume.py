"""Interruption: a `warta extract` killed with SIGKILL and resumed ends exactly like an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline import nlp as nlp_module
from pipeline.runs.run import run

REPO = Path(__file__).resolve().parent.parent
RAW = sorted((REPO / "data" / "raw").glob("*.txt"))
OUTPUTS = ("events.jsonl", "articles.jsonl", "texts.jsonl")
N_COPIES = 60

pytestmark = pytest.mark.skipif(not RAW, reason="data/raw has no articles")


@pytest.fixture()
def rules_only(rules_nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_module, "build", lambda ner=None: rules_nlp)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 real articles under new ids, plus bad files and a JSONL file, so every kind of row is resumed."""
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(N_COPIES):
        (folder / f"a{i:02d}.txt").write_bytes(RAW[i % len(RAW)].read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    rows = [{"id": f"j{i}", "text": RAW[i].read_text(encoding="utf-8")} for i in range(min(3, len(RAW)))]
    (folder / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    return folder


def _lines(folder: Path) -> dict[str, list[str]]:
    return {name: (folder / name).read_text(encoding="utf-8").splitlines() for name in OUTPUTS}


def _count_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _warta(*args: str) -> list[str]:
    return [sys.executable, str(REPO / "cli.py"), "extract", *args, "--ner", "none"]


def _kill_when(process: subprocess.Popen[bytes], part: Path, lines: int, timeout: float = 120) -> None:
    """SIGKILL the whole run (workers too) once ``part`` holds ``lines`` lines."""
    deadline = time.monotonic() + timeout
    while _count_lines(part) < lines:
        assert process.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "the run wrote nothing in time"
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@pytest.fixture(scope="module")
def uninterrupted(corpus: Path, tmp_path_factory: pytest.TempPathFactory, rules_nlp: Language) -> Path:
    out = tmp_path_factory.mktemp("uninterrupted")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nlp_module, "build", lambda ner=None: rules_nlp)
        summary = run([corpus], out, ner="none")
    assert summary.articles == N_COPIES + 2 + 4
    return out


def test_kill_then_resume_equals_uninterrupted_run(corpus: Path, uninterrupted: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    process = subprocess.Popen(_warta(str(corpus), "-o", str(out)), cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    _kill_when(process, out / "articles.jsonl.part", 5)
    assert process.returncode == -signal.SIGKILL
    # Killed: no final file was written; only .part files hold the finished articles.
    assert not any((out / name).exists() for name in OUTPUTS)
    done = _count_lines(out / "articles.jsonl.part")
    assert 5 <= done < N_COPIES
    # What a power cut could add: a torn last line in each .part file.
    for name in OUTPUTS:
        with (out / f"{name}.part").open("ab") as handle:
            handle.write(b'{"article_id": "a59", "torn')

    resumed = subprocess.run(_warta(str(corpus), "-o", str(out), "--resume"), cwd=REPO, capture_output=True,
                             text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert "already done (resumed)" in resumed.stdout
    assert f"{N_COPIES + 6} articles:" in resumed.stdout
    assert not any((out / f"{name}.part").exists() for name in OUTPUTS)

    got, expected = _lines(out), _lines(uninterrupted)
    for name in OUTPUTS:
        assert sorted(got[name]) == sorted(expected[name]), name
    ids = [json.loads(line)["article_id"] for line in got["articles.jsonl"]]
    assert len(ids) == len(set(ids)) == N_COPIES + 6


def test_resume_of_a_finished_run_redoes_nothing(corpus: Path, uninterrupted: Path, tmp_path: Path,
                                                 rules_only: None) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in OUTPUTS:
        (out / name).write_bytes((uninterrupted / name).read_bytes())
    summary = run([corpus], out, resume=True)
    assert summary.skipped == summary.articles == N_COPIES + 6
    assert _lines(out) == _lines(uninterrupted)


def test_rerun_is_idempotent(corpus: Path, uninterrupted: Path, tmp_path: Path, rules_only: None) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in OUTPUTS:    # a previous run's output is replaced, never appended to
        (out / name).write_bytes((uninterrupted / name).read_bytes())
    run([corpus], out)
    assert _lines(out) == _lines(uninterrupted)


def test_kill_between_the_final_renames(corpus: Path, uninterrupted: Path, tmp_path: Path, rules_only: None) -> None:
    """texts and events renamed into place, articles not yet: --resume completes it without losing events."""
    out = tmp_path / "out"
    out.mkdir()
    for name in ("events.jsonl", "texts.jsonl"):
        (out / name).write_bytes((uninterrupted / name).read_bytes())
    (out / "articles.jsonl.part").write_bytes((uninterrupted / "articles.jsonl").read_bytes())
    summary = run([corpus], out, resume=True)
    assert summary.skipped == N_COPIES + 6
    assert _lines(out) == _lines(uninterrupted)


def test_half_written_article_is_redone(corpus: Path, uninterrupted: Path, tmp_path: Path, rules_only: None) -> None:
    """An article whose events reached the .part file but whose row did not is done again, not duplicated."""
    out = tmp_path / "out"
    out.mkdir()
    expected = _lines(uninterrupted)
    rows = expected["articles.jsonl"]
    # The last article with events: only the tail of the run is redone.
    with_events = max(i for i, row in enumerate(rows) if json.loads(row)["n_events"] > 0)
    kept = {json.loads(row)["article_id"] for row in rows[: with_events + 1]}
    (out / "articles.jsonl.part").write_text("\n".join(rows[:with_events]) + "\n", encoding="utf-8")
    for name in ("events.jsonl", "texts.jsonl"):
        lines = [line for line in expected[name] if json.loads(line)["article_id"] in kept]
        (out / f"{name}.part").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = run([corpus], out, resume=True)
    assert summary.skipped == with_events
    got = _lines(out)
    for name in OUTPUTS:
        assert sorted(got[name]) == sorted(expected[name]), name

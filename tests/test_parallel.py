"""Parallel and distributed runs write the same records as a one-process run."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.runs.run import run

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
FILES = ("events.jsonl", "articles.jsonl", "texts.jsonl")


def outputs(outdir: Path) -> dict[str, list[str]]:
    return {name: sorted((outdir / name).read_text(encoding="utf-8").splitlines()) for name in FILES}


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    out = tmp_path_factory.mktemp("one")
    summary = run([RAW], out, workers=1)
    assert summary.articles == len(list(RAW.glob("*.txt")))
    return outputs(out)


def test_two_workers_write_what_one_process_writes(one_process: dict[str, list[str]], tmp_path: Path) -> None:
    run([RAW], tmp_path, workers=2)
    assert outputs(tmp_path) == one_process


def test_dask_cluster_matches_and_builds_the_model_once_per_worker(one_process: dict[str, list[str]],
                                                                  tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="dask not installed (pip install 'warta[dask]')")
    from pipeline.runs.distributed import model_builds

    # A few articles, and an unreadable one: more partitions than workers, so workers reuse their model.
    articles = sorted(RAW.glob("*.txt"))[:6]
    binary = tmp_path / "zz_binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run([*articles, binary], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
        with distributed.Client(cluster) as client:
            builds = client.run(model_builds)
    assert summary.articles == 7 and summary.statuses["error"] == 1
    # 7 articles make partitions of 1, 2 and 4: three tasks, yet no worker built its model twice.
    assert 1 <= sum(b["builds"] for b in builds.values()) <= 2
    assert max(b["builds"] for b in builds.values()) == 1
    got = outputs(tmp_path / "dask")
    ids = {p.stem for p in articles}

    def same_articles(lines: list[str]) -> list[str]:
        return [line for line in lines if line.split('"article_id": "', 1)[1].split('"', 1)[0] in ids]

    for name in FILES:
        assert same_articles(got[name]) == same_articles(one_process[name]), name
    assert any('"article_id": "zz_binary"' in line and '"status": "error"' in line for line in got["articles.jsonl"])


def test_cli_rejects_an_unknown_engine(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cli import app

    result = CliRunner().invoke(app, ["extract", str(RAW), "-o", str(tmp_path), "--engine", "spark"])
    assert result.exit_code == 2 and "unknown engine" in result.output
    assert not (tmp_path / "events.jsonl").exists()

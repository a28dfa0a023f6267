"""Throughput of the default pipeline: articles/s, words/s and peak RSS at 1 and 2 workers, and time per stage.

    .venv/bin/python benchmarks/throughput.py            # 2000 synthetic articles, 1 and 2 workers
    .venv/bin/python benchmarks/throughput.py -n 500 --workers 1 2 4 --stage-sample 200
    .venv/bin/python benchmarks/throughput.py --ner none --target 100 --max-rss 500   # the verdict line

Articles are synthesised from data/raw/*.txt: one article's title, header and body, topped up with body
paragraphs of others to 500-800 words, with city names swapped and counts changed, so no two are alike.
Each worker setting runs `pipeline.run.run` in a fresh process (so peak RSS is that run's alone): at 1
worker the run's own process, at N workers the largest pool worker (getrusage of the finished children).
Stage times come from one in-process pass over a sample, timing each step of `pipeline.extract.extract`
and each spaCy component separately.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CLOCK = time.process_time  # stage times in CPU seconds: a busy shared machine does not inflate them
RAW = REPO / "data" / "raw"
CITIES = ["Makassar", "Semarang", "Medan", "Balikpapan", "Kupang", "Ambon", "Jayapura", "Palembang", "Kendari",
          "Pontianak", "Manado", "Padang", "Mataram", "Samarinda", "Banjarmasin", "Jambi", "Bengkulu", "Ternate",
          "Sorong", "Palu", "Gorontalo", "Pekanbaru", "Malang", "Cirebon", "Tegal", "Kediri", "Bitung", "Tarakan"]
# "1.200 peserta", "35 kabupaten"; not "18 hingga 19 Oktober" (a date range)
COUNT = re.compile(r"\b\d{1,3}(?:\.\d{3})*\b(?=\s+[a-z])(?!\s+(?:hingga|sampai|dan|atau|s\.d)\b)")


# ---------------------------------------------------------------- synthetic articles

def _parts(text: str) -> tuple[list[str], list[str], list[str]]:
    """(header paragraphs up to and including the lead, body paragraphs, trailing credit lines)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    lead = next((i for i, p in enumerate(paragraphs) if len(p.split()) >= 25), 1)
    tail = len(paragraphs)
    while tail > lead + 1 and len(paragraphs[tail - 1].split()) < 8:
        tail -= 1
    return paragraphs[: lead + 1], paragraphs[lead + 1: tail], paragraphs[tail:]


def synthesize(n: int, seed: int = 13) -> Iterator[dict[str, str]]:
    """``n`` articles of 500-800 words as {"id", "text"} rows."""
    rng = random.Random(seed)
    sources = [_parts(p.read_text(encoding="utf-8")) for p in sorted(RAW.glob("*.txt"))]
    pool = [p for _, body, _ in sources for p in body]
    for index in range(n):
        header, body, trailer = rng.choice(sources)
        paragraphs = list(header) + list(body)
        target = rng.randint(500, 800)
        words = sum(len(p.split()) for p in paragraphs)
        for _ in range(60):
            if words >= target:
                break
            extra = rng.choice(pool)
            if words + len(extra.split()) <= 800:
                paragraphs.append(extra)
                words += len(extra.split())
        text = "\n\n".join(paragraphs + list(trailer))
        swap = dict(zip(CITIES, rng.sample(CITIES, len(CITIES)), strict=True))
        swap |= {k.upper(): v.upper() for k, v in swap.items()}  # datelines: "MAKASSAR -"
        text = re.sub(r"\b(" + "|".join(swap) + r")\b", lambda m, swap=swap: swap[m.group(1)], text)
        text = COUNT.sub(lambda m: f"{max(2, int(m.group(0).replace('.', '')) * rng.randint(5, 20) // 10):,}"
                         .replace(",", "."), text)
        yield {"id": f"bench-{index:05d}", "text": text}


def write_corpus(n: int, path: Path) -> tuple[int, int]:
    """Write ``n`` synthetic articles as JSONL; returns (articles, words)."""
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for row in synthesize(n):
            words += len(row["text"].split())
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return n, words


# ---------------------------------------------------------------- one timed run, in its own process

def child(corpus: Path, workers: int, ner: str | None) -> dict[str, Any]:
    sys.path.insert(0, str(REPO))
    from pipeline.run import run

    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        summary = run([corpus], Path(out), workers=workers, ner=ner)
        seconds = time.perf_counter() - start
        # A benchmark full of errors measures nothing: say why.
        first_error = next((r["error"] for r in map(json.loads, (Path(out) / "articles.jsonl").open(encoding="utf-8"))
                            if r["status"] == "error"), None)
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    # ru_maxrss is in KiB on Linux: the peak of this process, and of the largest finished child (pool worker).
    # CPU seconds do not depend on what else the machine runs; wall seconds do.
    return {"seconds": seconds, "articles": summary.articles, "errors": summary.statuses["error"],
            "events": summary.events, "first_error": first_error, "cpu_main": me.ru_utime + me.ru_stime,
            "cpu_workers": children.ru_utime + children.ru_stime,
            "rss_self_mb": me.ru_maxrss / 1024, "rss_worker_mb": children.ru_maxrss / 1024}


def timed_run(corpus: Path, workers: int, ner: str | None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", str(corpus), "--workers", str(workers)]
    if ner:
        command += ["--ner", ner]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- time per stage

class _TimedPipeline:
    """Stands in for the spaCy Language inside extract(): same calls, each component timed on its own."""

    def __init__(self, nlp: Any, times: dict[str, float]) -> None:
        self.nlp, self.times = nlp, times

    def make_doc(self, text: str) -> Any:
        start = CLOCK()
        doc = self.nlp.make_doc(text)
        self.times["tokenizer"] += CLOCK() - start
        return doc

    def __call__(self, doc: Any) -> Any:
        for name, component in self.nlp.pipeline:
            start = CLOCK()
            doc = component(doc)
            self.times[name] += CLOCK() - start
        return doc


def _timed(function: Callable[..., Any], times: dict[str, float], name: str) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = CLOCK()
        try:
            return function(*args, **kwargs)
        finally:
            times[name] += CLOCK() - start
    return wrapper


def stage_times(corpus: Path, sample: int, ner: str | None) -> tuple[dict[str, float], int, float]:
    """Seconds per stage over the first ``sample`` articles; also (articles timed, pipeline build seconds)."""
    sys.path.insert(0, str(REPO))
    from pipeline import extract as extract_module
    from pipeline.io import ArticleInput, iter_articles
    from pipeline.nlp import build
    from pipeline.schema import to_json_line

    start = time.perf_counter()
    nlp = build(ner)
    build_seconds = time.perf_counter() - start
    times: dict[str, float] = defaultdict(float)
    originals = {name: getattr(extract_module, name) for name in ("clean", "read_meta", "year_hint")}
    assemble = extract_module.events.assemble
    extract_module.clean = _timed(originals["clean"], times, "clean")
    extract_module.read_meta = _timed(originals["read_meta"], times, "metadata")
    extract_module.year_hint = _timed(originals["year_hint"], times, "metadata")
    extract_module.events.assemble = _timed(assemble, times, "assembly (events.assemble)")
    pipeline = _TimedPipeline(nlp, times)
    count = 0
    try:
        for item in iter_articles([corpus]):
            if count >= sample:
                break
            if not isinstance(item, ArticleInput):
                continue
            count += 1
            start = CLOCK()
            try:
                result = extract_module.extract(pipeline, item.text, item.article_id, item.source)  # type: ignore[arg-type]
            except extract_module.ArticleError:
                continue
            finally:
                times["total"] += CLOCK() - start
            start = CLOCK()
            to_json_line(result.article)
            for event in result.events:
                to_json_line(event)
            times["records -> JSON"] += CLOCK() - start
    finally:
        for name, function in originals.items():
            setattr(extract_module, name, function)
        extract_module.events.assemble = assemble
    return dict(times), count, build_seconds


# ---------------------------------------------------------------- report

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--articles", type=int, default=2000, help="synthetic articles (default 2000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker settings (default 1 2)")
    parser.add_argument("--stage-sample", type=int, default=300, help="articles timed stage by stage (default 300)")
    parser.add_argument("--ner", default=None, help="as `warta extract --ner` (default: the default pipeline)")
    parser.add_argument("--target", type=float, default=100.0, help="articles/s wanted at 2 workers (default 100)")
    parser.add_argument("--max-rss", type=float, default=500.0, help="peak RSS per worker allowed, MB (default 500)")
    parser.add_argument("--corpus", type=Path, help="use this JSONL/folder instead of synthesising")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.workers[0], args.ner)))
        return

    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 150))  # the tables are wide; do not squeeze them when piped
    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            corpus = args.corpus
            words = sum(len(json.loads(line)["text"].split()) for line in corpus.read_text().splitlines()
                        if line.strip()) if corpus.suffix == ".jsonl" else 0
            n = sum(1 for line in corpus.read_text().splitlines() if line.strip()) if corpus.suffix == ".jsonl" else 0
        else:
            corpus = Path(tmp) / "corpus.jsonl"
            n, words = write_corpus(args.articles, corpus)
        console.print(f"{n} articles, {words} words ({words / max(1, n):.0f} per article); "
                      f"NER: {args.ner or 'default pipeline'}")

        runs = Table(title="Throughput (whole run: pipeline build, read, extract, write)",
                     caption="CPU-bound: articles/s if each worker had a core to itself (n / busiest process's "
                             "CPU seconds); the wall figures depend on what else the machine runs")
        for column in ("workers", "wall s", "articles/s", "words/s", "CPU s main+workers", "CPU-bound articles/s",
                       "peak RSS/worker MB", "main RSS MB", "errors", "events"):
            runs.add_column(column, justify="right")
        errors = []
        verdicts = []
        for workers in args.workers:
            result = timed_run(corpus, workers, args.ner)
            if result["first_error"]:
                errors.append((workers, result["first_error"]))
            if workers <= 1:
                rss, busiest = result["rss_self_mb"], result["cpu_main"]
            else:
                rss, busiest = result["rss_worker_mb"], max(result["cpu_main"], result["cpu_workers"] / workers)
            runs.add_row(str(workers), f"{result['seconds']:.1f}", f"{n / result['seconds']:.1f}",
                         f"{words / result['seconds']:,.0f}", f"{result['cpu_main']:.1f}+{result['cpu_workers']:.1f}",
                         f"{n / busiest:.1f}", f"{rss:.0f}", f"{result['rss_self_mb']:.0f}", str(result["errors"]),
                         str(result["events"]))
            if workers == 2:
                rate = n / result["seconds"]
                verdicts.append(f"target at 2 workers: {args.target:.0f} articles/s -> {rate:.1f}, "
                                f"{'met' if rate >= args.target else 'NOT met'}; peak RSS per worker <= "
                                f"{args.max_rss:.0f} MB -> {rss:.0f}, {'met' if rss <= args.max_rss else 'NOT met'}")
        console.print(runs)
        for verdict in verdicts:
            console.print(verdict)
        for workers, error in errors:
            console.print(f"[red]workers={workers}: errors, the first: {error}[/]")

        times, count, build_seconds = stage_times(corpus, args.stage_sample, args.ner)
        total = times.pop("total")
        stages = Table(title=f"CPU time per stage, one process, {count} articles "
                           f"(pipeline build {build_seconds:.1f} s wall)")
        for column in ("stage", "ms/article", "share"):
            stages.add_column(column, justify="left" if column == "stage" else "right")
        json_seconds = times.pop("records -> JSON", 0.0)
        accounted = sum(times.values())
        for name, seconds in [*times.items(), ("other (records, sentences count...)", total - accounted)]:
            stages.add_row(name, f"{1000 * seconds / count:.2f}", f"{100 * seconds / total:.1f}%")
        stages.add_row("records -> JSON (in run, outside extract)", f"{1000 * json_seconds / count:.2f}", "")
        stages.add_row("extract() total", f"{1000 * total / count:.2f}", "100%")
        console.print(stages)


if __name__ == "__main__":
    main()

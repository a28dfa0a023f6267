"""Throughput on real news: articles/s, words/s and peak RSS per worker count, cost per stage, and two references.

    .venv/bin/python benchmarks/throughput.py                      # indosum-dev (3,435 real articles), 1 and 2 workers
    .venv/bin/python benchmarks/throughput.py --repeat 3           # each extract run 3 times: medians (busy machine)
    .venv/bin/python benchmarks/throughput.py --corpus other.jsonl --workers 1 2 4 --stage-sample 500
    .venv/bin/python benchmarks/throughput.py --synthetic 2000     # the old synthetic corpus (repeated paragraphs)

The corpus is ``$WARTA_SHARED/corpus/indosum-dev.jsonl.gz`` (default ``../shared``), or any JSONL (.gz), CSV or
folder given with ``--corpus``: real articles whose text never repeats, so the tokenizer's cache is not flattered.
``--synthetic N`` instead builds N articles of 500-800 words from data/raw paragraphs, as the first version did.

Printed, all from one run:
- each worker count: the real ``warta extract CORPUS -o TMP --workers N`` (the console script's ``cli:app``, with
  a hook that records rusage at exit), timed by the wall clock from launch to exit, so start-up, the pipeline
  build in every worker, reading and writing are included; peak RSS of the main process and of the largest
  pool worker;
- references, each in a fresh process, over the same articles: the ``spacy.blank("id")`` tokenizer alone (the
  floor any spaCy pipeline pays; first pass over the corpus, which reads each article once with empty caches as
  warta does and is the floor the verdict uses (issue 15's floor, 670 articles/s over indosum-dev, matches this
  machine's first pass, not its second); and a second pass once its caches and vocabulary are warm, whose share
  is printed beside it as the stricter reading), warta's own tokenizer likewise, and a plain dateparser + regex
  peer (``search_dates`` over the text, a trigger word, capitalised names, "N peserta" counts: one event per
  article at most), each as CPU articles/s;
- the cost per stage per article (CPU ms, one process, the first ``--stage-sample`` articles, timed around each
  step of ``pipeline.extract.extract_batch`` (in batches of ``pipeline.runs.process.BATCH`` articles, as the
  workers run them), each spaCy component, and the serialising and writing of the records);
- a verdict against the targets: ``--target`` articles/s at 2 workers, ``--max-rss`` MB per worker, one worker at
  ``--floor-share`` of the tokenizer floor's rate.

Wall-clock figures depend on what else the machine runs: on a shared machine use ``--repeat`` (medians are
printed with every run's figure) and read the CPU columns, which do not.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
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


SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
DEFAULT_CORPUS = SHARED / "corpus" / "indosum-dev.jsonl.gz"
STAGE_NAMES = {"warta_sentences": "sentences", "warta_entities": "entities", "warta_dates": "dates",
               "warta_counts": "counts", "warta_roles": "roles"}
STAGE_ORDER = ["cleaning (clean, article checks)", "metadata (header, year hint)", "tokenizer", "sentences", "ner",
               "entities", "dates", "counts", "roles", "assembly (events.assemble)", "output (JSON lines, write)"]

# ---------------------------------------------------------------- the corpus


def read_texts(corpus: Path) -> list[str]:
    """The texts of the corpus's articles, as warta reads them (title line included where there is one)."""
    sys.path.insert(0, str(REPO))
    from pipeline.reading.io import ArticleInput, iter_articles

    texts = []
    for item in iter_articles([corpus]):
        if isinstance(item, ArticleInput):
            texts.append(f"{item.title}\n{item.text}" if item.title else item.text)
    return texts


# ---------------------------------------------------------------- `warta extract`, timed from outside

# The console script `warta` is `cli:app`; this runs the same, and records rusage at exit (pool workers, forked,
# leave by os._exit and do not run it; the main process has waited for them, so RUSAGE_CHILDREN holds the
# largest worker's peak).
_WRAPPER = """
import atexit, json, os, resource, sys
def _rusage():
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(os.environ["WARTA_BENCH_RUSAGE"], "w") as handle:
        json.dump({"cpu_main": me.ru_utime + me.ru_stime, "cpu_workers": children.ru_utime + children.ru_stime,
                   "rss_main_mb": me.ru_maxrss / 1024, "rss_worker_mb": children.ru_maxrss / 1024}, handle)
atexit.register(_rusage)
sys.argv = ["warta", *sys.argv[1:]]
from cli import app
app()
"""


def extract_run(corpus: Path, workers: int, ner: str | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out, usage = Path(tmp) / "out", Path(tmp) / "rusage.json"
        command = [sys.executable, "-c", _WRAPPER, "extract", str(corpus), "-o", str(out), "--workers", str(workers)]
        if ner:
            command += ["--ner", ner]
        start = time.perf_counter()
        done = subprocess.run(command, cwd=REPO, env={**os.environ, "WARTA_BENCH_RUSAGE": str(usage)},
                              capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"warta extract failed ({done.returncode}):\n{done.stderr[-2000:]}")
        rows = [json.loads(line) for line in (out / "articles.jsonl").open(encoding="utf-8")]
        with (out / "events.jsonl").open(encoding="utf-8") as handle:
            events = sum(1 for _ in handle)
        result = json.loads(usage.read_text())
    statuses = Counter(row["status"] for row in rows)
    # A benchmark full of errors measures nothing: say why.
    first_error = next((row["error"] for row in rows if row["status"] == "error"), None)
    return {**result, "seconds": seconds, "articles": len(rows), "statuses": dict(statuses), "events": events,
            "first_error": first_error}


# ---------------------------------------------------------------- references, in their own processes

def floor_rates(corpus: Path) -> dict[str, float]:
    """CPU articles/s of spacy.blank("id")'s tokenizer and of warta's, first pass and second (warm) pass."""
    import spacy

    sys.path.insert(0, str(REPO))
    from pipeline.stages.tokenizer import indonesian_tokenizer

    texts = read_texts(corpus)
    rates = {}
    for name, tokenizer in (("spacy", spacy.blank("id").tokenizer), ("warta", indonesian_tokenizer(spacy.blank("id")))):
        for run in ("cold", "warm"):
            start = time.process_time()
            for text in texts:
                tokenizer(text)
            rates[f"{name}_{run}"] = len(texts) / (time.process_time() - start)
    return rates


_TRIGGER = re.compile(r"\b(?:rapat|seminar|konferensi|pertemuan|kunjungan|upacara|pelatihan|lokakarya|festival|"
                      r"pameran|peluncuran|penandatanganan|diskusi|sidang|musyawarah|kongres|forum|webinar|"
                      r"sosialisasi|workshop|peresmian|pelantikan|kampanye|konser|turnamen)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_PEER_COUNT = re.compile(r"\b(\d{1,3}(?:\.\d{3})+|\d+)\s+(peserta|orang|warga|undangan|tamu|mahasiswa|siswa|"
                         r"delegasi|pengunjung)\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:di|ke)\s+((?:[A-Z][\w-]*\s?){1,4})")


def peer_rate(corpus: Path) -> dict[str, float]:
    """CPU articles/s of a plain dateparser + regex extractor: at most one event per article (a trigger word),
    its dates from ``dateparser.search.search_dates``, names, places and counts from regular expressions."""
    from datetime import datetime

    from dateparser.search import search_dates

    texts = read_texts(corpus)
    settings = {"RELATIVE_BASE": datetime(2018, 1, 1), "PREFER_DAY_OF_MONTH": "first"}
    search_dates("Senin, 2 Januari 2018", languages=["id"], settings=settings)   # loads its language data
    events = 0
    start = time.process_time()
    for index, text in enumerate(texts):
        trigger = _TRIGGER.search(text)
        record: dict[str, Any] = {"id": index, "status": "no_event"}
        if trigger:
            found = search_dates(text, languages=["id"], settings=settings) or []
            record.update(status="ok", type=trigger.group(0).lower(), when=[d.isoformat() for _, d in found[:3]],
                          people=list(dict.fromkeys(_NAME.findall(text)))[:10],
                          where=[m.strip() for m in _PLACE.findall(text)][:3],
                          attendance=[m.group(0) for m in _PEER_COUNT.finditer(text)][:3])
            events += 1
        json.dumps(record, ensure_ascii=False)
    return {"peer": len(texts) / (time.process_time() - start), "peer_events": events}


# ---------------------------------------------------------------- time per stage

def _first_articles(corpus: Path, n: int) -> Iterator[Any]:
    """The first ``n`` articles of ``corpus`` (ArticleInput; unreadable inputs skipped)."""
    from pipeline.reading.io import ArticleInput, iter_articles

    count = 0
    for item in iter_articles([corpus]):
        if count >= n:
            return
        if isinstance(item, ArticleInput):
            count += 1
            yield item


class _TimedComponent:
    """A pipeline component, timed: called on one Doc, or (where it has ``pipe``) on a batch of them."""

    def __init__(self, component: Any, times: dict[str, float], name: str) -> None:
        self.component, self.times, self.name = component, times, name
        if hasattr(component, "pipe"):
            self.pipe = self._pipe

    def __call__(self, doc: Any) -> Any:
        start = CLOCK()
        doc = self.component(doc)
        self.times[self.name] += CLOCK() - start
        return doc

    def _pipe(self, docs: list[Any], **kwargs: Any) -> list[Any]:
        start = CLOCK()
        done = list(self.component.pipe(docs, **kwargs))
        self.times[self.name] += CLOCK() - start
        return done


class _TimedPipeline:
    """Stands in for the spaCy Language inside extract_batch(): same calls, each component timed on its own."""

    def __init__(self, nlp: Any, times: dict[str, float]) -> None:
        self.nlp, self.times = nlp, times
        self.pipeline = [(name, _TimedComponent(component, times, STAGE_NAMES.get(name, name)))
                         for name, component in nlp.pipeline]

    def make_doc(self, text: str) -> Any:
        start = CLOCK()
        doc = self.nlp.make_doc(text)
        self.times["tokenizer"] += CLOCK() - start
        return doc

    def __call__(self, doc: Any) -> Any:
        for _, component in self.pipeline:
            doc = component(doc)
        return doc


def _timed(function: Callable[..., Any], times: dict[str, float], name: str) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = CLOCK()
        try:
            return function(*args, **kwargs)
        finally:
            times[name] += CLOCK() - start
    return wrapper


def stage_times(corpus: Path, sample: int, ner: str | None) -> dict[str, Any]:
    """CPU seconds per stage over the first ``sample`` articles, in one process as a worker runs them."""
    sys.path.insert(0, str(REPO))
    from pipeline import extract as extract_module
    from pipeline.nlp import build
    from pipeline.runs.process import BATCH
    from pipeline.runs.run import batched
    from pipeline.schema import to_json_line

    start = time.perf_counter()
    nlp = build(ner)
    build_seconds = time.perf_counter() - start
    times: dict[str, float] = defaultdict(float)
    names = {"prepare": "cleaning (clean, article checks)", "read_meta": "_read_meta", "year_hint": "_year_hint"}
    originals = {name: getattr(extract_module, name) for name in names}
    assemble, event_mentions = extract_module.events.assemble, extract_module.events.event_mentions
    for name, stage in names.items():
        setattr(extract_module, name, _timed(originals[name], times, stage))
    # Assembly starts from the event mentions, which run_pipeline finds before the stages only assembly reads.
    extract_module.events.assemble = _timed(assemble, times, "assembly (events.assemble)")
    extract_module.events.event_mentions = _timed(event_mentions, times, "assembly (events.assemble)")
    pipeline = _TimedPipeline(nlp, times)
    count = errors = 0
    try:
        with tempfile.TemporaryFile("w", encoding="utf-8") as sink:
            # As a worker runs them (pipeline.runs.process.process_batch): BATCH articles through the pipeline
            # together.
            for batch in batched(_first_articles(corpus, sample), BATCH):
                start = CLOCK()
                results = extract_module.extract_batch(pipeline, [  # type: ignore[arg-type]
                    extract_module.Article(item.text, item.article_id, item.source, item.title, item.published,
                                           item.title_line, item.outlet, item.repairs, item.published_year)
                    for item in batch])
                times["total"] += CLOCK() - start
                count += len(batch)
                for item, result in zip(batch, results, strict=True):
                    if isinstance(result, extract_module.ArticleError):
                        errors += 1
                        continue
                    if isinstance(result, Exception):
                        raise result
                    start = CLOCK()   # as pipeline.runs.process and the writers do
                    lines = [to_json_line(result.article), *map(to_json_line, result.events),
                             json.dumps({"article_id": item.article_id, "text": result.text}, ensure_ascii=False)]
                    sink.write("\n".join(lines) + "\n")
                    sink.flush()
                    times["output (JSON lines, write)"] += CLOCK() - start
    finally:
        for name, function in originals.items():
            setattr(extract_module, name, function)
        extract_module.events.assemble, extract_module.events.event_mentions = assemble, event_mentions
    # prepare() cleans, checks and reads the header (read_meta); the year hint is read after it.
    read_meta, hint = times.pop("_read_meta", 0.0), times.pop("_year_hint", 0.0)
    times["cleaning (clean, article checks)"] -= read_meta
    times["metadata (header, year hint)"] = read_meta + hint
    return {"times": dict(times), "count": count, "errors": errors, "build_seconds": build_seconds}


# ---------------------------------------------------------------- children and report

def _child(kind: str, corpus: Path, ner: str | None, sample: int) -> dict[str, Any]:
    if kind == "floor":
        return floor_rates(corpus)
    if kind == "peer":
        return peer_rate(corpus)
    return stage_times(corpus, sample, ner)


def in_child(kind: str, corpus: Path, ner: str | None = None, sample: int = 0) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", kind, "--corpus", str(corpus), "--stage-sample", str(sample)]
    if ner:
        command += ["--ner", ner]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.1f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help=f"JSONL(.gz), CSV or folder (default {DEFAULT_CORPUS})")
    parser.add_argument("--synthetic", type=int, metavar="N", help="N synthetic articles from data/raw instead")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker settings (default 1 2)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each worker setting; medians (default 1)")
    parser.add_argument("--stage-sample", type=int, default=1000, help="articles timed stage by stage (default 1000)")
    parser.add_argument("--no-references", action="store_true", help="skip the tokenizer floor and the peer")
    parser.add_argument("--ner", default=None, help="as `warta extract --ner` (default: the default pipeline)")
    parser.add_argument("--target", type=float, default=200.0, help="articles/s wanted at 2 workers (default 200)")
    parser.add_argument("--max-rss", type=float, default=500.0, help="peak RSS per worker allowed, MB (default 500)")
    parser.add_argument("--floor-share", type=float, default=0.15,
                        help="one worker's share of the tokenizer floor's rate wanted (default 0.15)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.corpus, args.ner, args.stage_sample)))
        return

    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 150))  # the tables are wide; do not squeeze them when piped
    with tempfile.TemporaryDirectory() as tmp:
        if args.synthetic:
            corpus = Path(tmp) / "synthetic.jsonl"
            write_corpus(args.synthetic, corpus)
        else:
            corpus = args.corpus or DEFAULT_CORPUS
        texts = read_texts(corpus)
        n, words = len(texts), sum(len(text.split()) for text in texts)
        console.print(f"{corpus.name}: {n} articles, {words:,} words ({words / max(1, n):.0f} per article, median "
                      f"{statistics.median(len(t.split()) for t in texts):.0f}); NER: {args.ner or 'default'}; "
                      f"load average at start {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")

        runs = Table(title="warta extract CORPUS --workers N: whole runs, wall clock from launch to exit "
                           "(start-up, pipeline build, reading and writing included)",
                     caption=f"median of {args.repeat} run(s) per setting; 'each run' lists every run's "
                             "articles/s. CPU-bound: n / CPU seconds of the busiest process, what each worker "
                             "having a core to itself would give")
        for column in ("workers", "wall s", "articles/s", "words/s", "each run", "CPU s main+workers",
                       "CPU-bound articles/s", "peak RSS/worker MB", "main RSS MB", "ok/no_event/error", "events"):
            runs.add_column(column, justify="right")
        measured: dict[int, dict[str, Any]] = {}
        errors = []
        for workers in args.workers:
            results = [extract_run(corpus, workers, args.ner) for _ in range(args.repeat)]
            result = sorted(results, key=lambda r: r["seconds"])[len(results) // 2]   # the median run
            rss = result["rss_main_mb"] if workers <= 1 else result["rss_worker_mb"]
            busiest = (result["cpu_main"] if workers <= 1
                       else max(result["cpu_main"], result["cpu_workers"] / workers))
            measured[workers] = {"rate": n / result["seconds"], "rss": rss, "cpu_rate": n / busiest}
            if result["first_error"]:
                errors.append((workers, result["first_error"]))
            statuses = result["statuses"]
            runs.add_row(str(workers), f"{result['seconds']:.1f}", _rate(n, result["seconds"]),
                         _rate(words, result["seconds"]), " ".join(_rate(n, r["seconds"]) for r in results),
                         f"{result['cpu_main']:.1f}+{result['cpu_workers']:.1f}", _rate(n, busiest), f"{rss:.0f}",
                         f"{result['rss_main_mb']:.0f}",
                         f"{statuses.get('ok', 0)}/{statuses.get('no_event', 0)}/{statuses.get('error', 0)}",
                         str(result["events"]))
        console.print(runs)
        for workers, error in errors:
            console.print(f"workers={workers}: some articles are errors, the first: {error}")

        floor: dict[str, float] = {}
        if not args.no_references:
            floor = in_child("floor", corpus) | in_child("peer", corpus)
            references = Table(title="References, same articles, one process each (CPU articles/s, no start-up)",
                               caption="first pass: caches and vocabulary empty; second: the same texts again")
            for column in ("what", "first pass", "second pass", "warta 1 worker (wall) / this: first, second pass",
                           "events"):
                references.add_column(column, justify="left" if column == "what" else "right")
            one = measured.get(1, {}).get("rate")
            share = (lambda *rates: ", ".join(f"{one / rate:.1%}" for rate in rates)) if one else (lambda *rates: "")
            references.add_row('spacy.blank("id") tokenizer alone: the floor', f"{floor['spacy_cold']:,.0f}",
                               f"{floor['spacy_warm']:,.0f}", share(floor["spacy_cold"], floor["spacy_warm"]), "")
            references.add_row("warta's tokenizer alone (pipeline/stages/tokenizer.py)", f"{floor['warta_cold']:,.0f}",
                               f"{floor['warta_warm']:,.0f}", share(floor["warta_cold"], floor["warta_warm"]), "")
            references.add_row("dateparser + regex peer (one event per article at most)", f"{floor['peer']:,.1f}", "",
                               share(floor["peer"]), f"{floor['peer_events']:.0f}")
            console.print(references)

        stages = in_child("stages", corpus, args.ner, args.stage_sample)
        times, count = stages["times"], max(1, stages["count"])
        total = times.pop("total") + times.get("output (JSON lines, write)", 0.0)
        table = Table(title=f"CPU time per stage per article, one process, the first {stages['count']} articles "
                            f"({stages['errors']} refused as not articles; pipeline build "
                            f"{stages['build_seconds']:.1f} s wall, not included)")
        for column in ("stage", "ms/article", "share"):
            table.add_column(column, justify="left" if column == "stage" else "right")
        rows = [(name, times.pop(name)) for name in STAGE_ORDER if name in times] + sorted(times.items())
        accounted = sum(seconds for _, seconds in rows)
        for name, seconds in [*rows, ("other (extract's own work: records, entity list)", total - accounted)]:
            table.add_row(name, f"{1000 * seconds / count:.2f}", f"{100 * seconds / total:.1f}%")
        table.add_row("total", f"{1000 * total / count:.2f}", "100%")
        console.print(table)

        verdicts = []
        if 2 in measured:
            rate, rss = measured[2]["rate"], measured[2]["rss"]
            verdicts.append(f"2 workers {rate:.1f} articles/s (>= {args.target:.0f}: "
                            f"{'met' if rate >= args.target else 'NOT met'})")
        worst_rss = max((m["rss"] for m in measured.values()), default=0.0)
        verdicts.append(f"peak RSS per worker {worst_rss:.0f} MB (<= {args.max_rss:.0f}: "
                        f"{'met' if worst_rss <= args.max_rss else 'NOT met'})")
        if 1 in measured and floor:
            # Like for like: warta reads each article once, with empty caches, as the floor's first pass does.
            share_of_floor = measured[1]["rate"] / floor["spacy_cold"]
            verdicts.append(f"1 worker {measured[1]['rate']:.1f} articles/s = {share_of_floor:.1%} of the tokenizer "
                            f"floor's {floor['spacy_cold']:.0f} (first pass, each article read once as warta reads "
                            f"it) (>= {args.floor_share:.0%}: "
                            f"{'met' if share_of_floor >= args.floor_share else 'NOT met'}; "
                            f"{measured[1]['rate'] / floor['spacy_warm']:.1%} of its second pass, "
                            f"{floor['spacy_warm']:.0f}, with the tokenizer's caches warm)")
        console.print("verdict: " + "; ".join(verdicts))


if __name__ == "__main__":
    main()

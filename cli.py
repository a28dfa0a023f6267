"""warta: Indonesian news articles -> event records (JSONL). Thin typer commands over pipeline functions."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"warta {version('warta')}")
        except PackageNotFoundError:    # run from a checkout that was never installed
            typer.echo("warta (not installed)")
        raise typer.Exit()


@app.callback()
def main(
    show_version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print warta's version and exit")] = False,
) -> None:
    """warta: Indonesian news articles -> event records (JSONL)."""

DEFAULT_SHARED = Path(__file__).resolve().parent.parent / "shared"


def shared_dir() -> Path:
    """The read-only shared data folder: $WARTA_SHARED, else ../shared beside the repository."""
    return Path(os.environ.get("WARTA_SHARED", DEFAULT_SHARED))


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(
        help="Article files (.txt .html .htm .jsonl .csv, each also .gz) or folders (read recursively)")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for events.jsonl and articles.jsonl")] = Path(
        "data/processed"),
    workers: Annotated[int, typer.Option(help="Worker processes")] = 1,
    ner: Annotated[str | None, typer.Option(
        help="NER: spacy (the shipped model), stanza (needs the stanza extra), none (rules only, faster), "
             "or a model path")] = None,
    resume: Annotated[bool, typer.Option(
        help="Finish an interrupted (or killed) run in OUTPUT without redoing finished articles")] = False,
    strict: Annotated[bool, typer.Option(
        help="Exit 1 when any article has status error (default: exit 0 once the run completes)")] = False,
    engine: Annotated[str, typer.Option(help="local (a pool of --workers processes) or dask")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (tcp://host:8786); default: a local cluster of --workers (>= 2)")] = None,
    texts: Annotated[bool, typer.Option(help="Also write OUTPUT/texts.jsonl, the cleaned texts (for `warta report`)")
                     ] = True,
) -> None:
    """Extract event records from articles into OUTPUT/events.jsonl and OUTPUT/articles.jsonl.

    Every input article gets one row in articles.jsonl: ok, no_event, or error with the file, line and cause.
    """
    from pipeline.runs.run import run

    if engine not in ("local", "dask"):
        typer.echo(f"error: unknown engine {engine!r}: use local or dask", err=True)
        raise typer.Exit(2)
    try:
        summary = run(inputs, output, workers=workers, ner=ner, resume=resume, progress=sys.stderr.isatty(),
                      texts=texts, engine=engine, scheduler=scheduler)
    except (FileNotFoundError, ImportError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    except KeyboardInterrupt as error:
        typer.echo(f"interrupted: finished articles are kept in {output}/*.part; rerun with --resume to finish",
                   err=True)
        raise typer.Exit(130) from error
    typer.echo(summary.line() + f" -> {output}/events.jsonl, {output}/articles.jsonl")
    if strict and summary.statuses["error"]:
        raise typer.Exit(1)


@app.command()
def evaluate(
    events: Annotated[Path, typer.Argument(help="events.jsonl written by `warta extract`")],
    gold: Annotated[Path, typer.Option(help="Folder of gold annotations (<article_id>.json)")],
    floors: Annotated[Path | None, typer.Option(
        help="JSON file of per-field F1 floors: {field: floor}, or {set: {field: floor}} like tests/floors.json")
                      ] = None,
    floor_set: Annotated[str | None, typer.Option(
        help="Which set of a floors file of several sets [the one named like a folder of --gold]")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON")] = False,
) -> None:
    """Per-field precision, recall and F1 against gold (SCHEMA.md section 4).

    Exits 1 below a floor, or when no gold article is among the run's articles; 2 for a bad floors file."""
    from pipeline.evaluate import check_floors, load_gold, load_predictions, select_floors
    from pipeline.evaluate import evaluate as score

    try:
        gold_articles = load_gold(gold)
        predictions = load_predictions(events)
        limits = select_floors(json.loads(floors.read_text(encoding="utf-8")), gold, floor_set) \
            if floors is not None else None
    except (FileNotFoundError, ValueError) as error:    # FloorsError and bad JSON are ValueErrors
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    # Which articles the run read: articles.jsonl beside events.jsonl lists them all (an article without events
    # is a correct answer for gold without events); else only those with events are known.
    rows = events.with_name("articles.jsonl")
    run_ids = set(load_predictions(rows)) | set(predictions) if rows.exists() else set(predictions)
    overlap = len(set(gold_articles) & run_ids)
    if overlap == 0:
        typer.echo(f"error: none of the {len(gold_articles)} gold articles in {gold} is among the {len(run_ids)} "
                   f"articles of {events}: wrong gold folder, or a run over other inputs?", err=True)
        raise typer.Exit(1)
    report = score(predictions, gold_articles)
    table = report.as_dict()
    if as_json:
        typer.echo(json.dumps(table, indent=2))
    else:
        typer.echo(f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
        # from the counts, not the JSON's figures rounded to four places (0.19048 -> 0.1905 -> "0.191")
        for name, counts in [*report.fields.items(), ("micro", report.micro)]:
            typer.echo(f"{name:<14}{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}"
                       f"{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}")
        typer.echo(f"({table['articles']} gold articles; micro = when, where, people, organizations, attendance, "
                   "outcomes)")
    if overlap < len(gold_articles):
        typer.echo(f"warning: {len(gold_articles) - overlap} of {len(gold_articles)} gold articles are not in the "
                   "run; they count as misses", err=True)
    if limits is not None:
        failures = check_floors(report, limits)
        for failure in failures:
            typer.echo(f"below floor: {failure}", err=True)
        if failures:
            raise typer.Exit(1)


@app.command()
def ner(
    file: Annotated[Path, typer.Argument(
        help="An article file, read as `warta extract` reads it (.txt .html .jsonl .csv, each also .gz)")],
    model: Annotated[str | None, typer.Option("--ner", help="spacy (default), stanza, none, or a model path")] = None,
) -> None:
    """Print the entities of FILE's articles as JSONL: article_id, text, label, start, end (offsets into the article's
    text: the file's text for .txt, the row's text field for .jsonl/.csv). Exit 1 if an article could not be read."""
    from pipeline.nlp import build
    from pipeline.reading.io import InputError, read_file
    from pipeline.stages.entities import text_entities

    if not file.is_file():
        typer.echo(f"error: {file}: no such file", err=True)
        raise typer.Exit(2)
    nlp = build(model)
    errors = 0
    for item in read_file(file):
        if isinstance(item, InputError):
            typer.echo(f"{item.source}: {item.message}", err=True)
            errors += 1
            continue
        for entity in text_entities(nlp, item.text):
            typer.echo(json.dumps({"article_id": item.article_id, **entity}, ensure_ascii=False))
    if errors:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of events.jsonl and articles.jsonl, generated from the record types."""
    from pipeline.schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command("train-ner")
def train_ner(
    data: Annotated[Path | None, typer.Option(help="NER datasets folder (default: $WARTA_SHARED/data/ner)")] = None,
    output: Annotated[Path, typer.Option(help="Where to write the model")] = Path("models/ner-spacy"),
    backend: Annotated[str, typer.Option(help="spacy or stanza")] = "spacy",
) -> None:
    """Rebuild the shipped NER model from the public Indonesian NER datasets."""
    from pipeline.training.ner import train_ner as train

    scores = train(data or shared_dir() / "data" / "ner", output, backend=backend)
    typer.echo(json.dumps(scores, indent=2))


@app.command("table")
def table_command(
    outdir: Annotated[Path, typer.Argument(help="Folder with events.jsonl and articles.jsonl from `warta extract`")],
    fmt: Annotated[str, typer.Option("--format", help="csv or parquet")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Folder for the tables [OUTDIR/tables]")] = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", help="Leave out events whose confidence is under this (0 to 1; README: 0.75 keeps about "
                                 "two thirds of the right records at 0.80 precision)")] = 0.0,
) -> None:
    """Flatten events.jsonl into tidy tables: events, people, organizations, places, attendance, outcomes, ..."""
    from pipeline.outputs.tables import table

    if fmt not in ("csv", "parquet"):
        typer.echo(f"error: unknown format {fmt!r}: use csv or parquet", err=True)
        raise typer.Exit(2)
    _check_confidence(min_confidence)
    try:
        paths = table(outdir, fmt, output, min_confidence)  # type: ignore[arg-type]
    except (FileNotFoundError, ImportError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    typer.echo(f"{len(paths) - 1} tables + {paths[-1].name} -> {paths[-1].parent}")


def _check_confidence(min_confidence: float) -> None:
    if not 0.0 <= min_confidence <= 1.0:
        typer.echo(f"error: --min-confidence {min_confidence}: use a value from 0 to 1", err=True)
        raise typer.Exit(2)


@app.command("report")
def report_command(
    outdir: Annotated[Path, typer.Argument(help="Folder with events.jsonl and articles.jsonl from `warta extract`")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write")] = Path("report.html"),
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", help="Leave out events whose confidence is under this (0 to 1), as `warta table`")] = 0.0,
) -> None:
    """Write one self-contained HTML page: corpus charts, and each article's text with its evidence highlighted."""
    from pipeline.outputs.report import report

    _check_confidence(min_confidence)
    try:
        summary = report(outdir, output, min_confidence)
    except FileNotFoundError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    origins = ", ".join(f"{n} {origin}" for origin, n in sorted(summary.text_origins.items()))
    typer.echo(f"{summary.articles} articles, {summary.events} events (texts: {origins}) -> {output}")
    if summary.mismatched_articles:
        bad = len(summary.mismatched_articles)
        typer.echo(f"warning: evidence does not fit the text of {bad} article(s)", err=True)


@app.command("show")
def show_command(
    file: Annotated[Path, typer.Argument(help="One article (.txt) or a .jsonl of articles")],
    ner: Annotated[str | None, typer.Option(help="NER: spacy (shipped model), none (rules only), or a model path")
                   ] = None,
) -> None:
    """Run FILE through the pipeline and print its records readably, with the evidence behind each value."""
    from pipeline.outputs.show import show

    try:
        errors = show(file, ner)
    except FileNotFoundError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    if errors:
        raise typer.Exit(1)


if __name__ == "__main__":
    app()

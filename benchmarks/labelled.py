"""Article-level precision of warta's records on the labelled samples of ordinary IndoSum news, and of every
record it writes on indosum-dev.

    .venv/bin/python benchmarks/labelled.py [--shared ../shared] [--samples-only] [--holdout]

The labelled samples (data/indosum_gold/*/labels.jsonl: record_labels, record_labels_s14, record_labels_s30,
recall_labels, random_s13, random_s16, random_s35, random_all35) hold a reader's judgement of each article, made
from the text alone: ``reports_event`` yes, no or unsure, and for some samples ``record_is_that_event`` (yes,
partly, no), which compares the record warta wrote then with the event the reader found. Each sample is run
through `warta extract` (the same reading, cleaning and assembly) and each article's primary record is counted:
- *on an event article*: the article reports an event (reports_event yes), whatever event the record names;
- *that event*: where the sample judged records, the record was judged that event (yes) or partly (partly); a
  record on an article the sample's record was not judged for counts as not known.
Each row gives the sample's precision (records on an event article, of all records) and recall (event articles with
a record, of all event articles); the last row gives both over every sample, without the labels a sample copies
from another set (``source`` in a label: random_all35, a random 200 of the whole corpus, some of whose articles lie
in the other samples and in the annotated sets). Articles the reader was unsure of are left out. The records of
today's code may differ from the ones judged (record_labels and record_labels_s14 judged the records of sessions 7 and
13).

A second table counts every primary record warta writes on the whole of indosum-dev (3,435 articles), which is
what a random sample of its articles estimates: each record's article is judged by whichever judgement exists, the
gold of an annotated set (devgold or data/indosum_gold/*/gold: an event article when the gold has an event) or a
label of a sample. Records on articles nobody has judged are counted apart and listed, so that they can be labelled.
The holdout's articles are left out of it (counted apart, not judged) unless ``--holdout`` is given.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from indosum_inputs import build as build_indosum_inputs  # noqa: E402

from pipeline.runs.run import run  # noqa: E402

GOLD_ROOT = REPO / "data" / "indosum_gold"


def samples() -> list[str]:
    """Every labelled sample, by name."""
    return sorted(p.parent.name for p in GOLD_ROOT.glob("*/labels.jsonl"))


def _reports(label: dict[str, object]) -> str:
    value = label.get("reports_event", label.get("has_event"))
    return {True: "yes", False: "no"}.get(value, value)  # type: ignore[arg-type, return-value]


def count(labels: dict[str, dict[str, object]], primaries: set[str]) -> dict[str, int]:
    """The counts of one sample: its judged articles, those with a primary record, those of them on an event
    article, and (where records were judged) those that are that event, strictly and with the partly right."""
    judged = {a: lab for a, lab in labels.items() if _reports(lab) in ("yes", "no")}
    with_record = [a for a in judged if a in primaries]
    that = [judged[a].get("record_is_that_event") for a in with_record]
    return {
        "judged": len(judged),
        "event_articles": sum(1 for lab in judged.values() if _reports(lab) == "yes"),
        "with_record": len(with_record),
        "on_event_article": sum(1 for a in with_record if _reports(judged[a]) == "yes"),
        "records_judged": sum(1 for t in that if t in ("yes", "partly", "no")),
        "that_event": sum(1 for t in that if t == "yes"),
        "partly": sum(1 for t in that if t == "partly"),
    }


def judgements(shared: Path, holdout: bool = False) -> dict[str, tuple[str, str]]:
    """Every IndoSum article someone judged: id -> (yes / no / unsure / holdout, where the judgement is). Gold first
    (devgold, then the annotated sets), then the samples' own labels; a copied label adds nothing."""
    found: dict[str, tuple[str, str]] = {}
    golds = [("devgold", shared / "devgold" / "gold"), *((p.parent.name, p) for p in sorted(GOLD_ROOT.glob("*/gold")))]
    for name, folder in golds:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            verdict = "holdout" if name == "holdout" and not holdout else "yes" if gold["events"] else "no"
            found.setdefault(gold["article"]["id"], (verdict, name))
    for name in samples():
        for line in (GOLD_ROOT / name / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            if "source" not in label:
                found.setdefault(label["id"], (_reports(label), name))
    return found


def count_all(primaries: set[str], judged: dict[str, tuple[str, str]]) -> Counter[str]:
    """How the primary records' articles are judged: yes, no, unsure, holdout (left out) or unjudged."""
    return Counter(judged.get(a, ("unjudged", ""))[0] for a in primaries)


def _primaries(out: Path) -> set[str]:
    return {row["article_id"] for row in map(json.loads, (out / "events.jsonl").read_text(
        encoding="utf-8").splitlines()) if row["primary"]}


def whole_corpus(shared: Path, holdout: bool) -> None:
    """The second table: every primary record on indosum-dev, by its article's judgement."""
    corpus = shared / "corpus" / "indosum-dev.jsonl.gz"
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        n_articles = sum(1 for _ in handle)
    with tempfile.TemporaryDirectory() as tmp:
        run([corpus], Path(tmp), workers=2, progress=False)
        primaries = _primaries(Path(tmp))
    judged = judgements(shared, holdout)
    c = count_all(primaries, judged)
    right, wrong = c["yes"], c["no"]
    precision = f"{right / (right + wrong):.2f}" if right + wrong else "-"
    by_source: dict[str, Counter[str]] = {}
    for a in primaries:
        verdict, source = judged.get(a, ("unjudged", ""))
        by_source.setdefault(source, Counter())[verdict] += 1
    print()
    print(f"Every primary record on indosum-dev ({n_articles} articles), judged by the annotated sets' gold or a "
          "sample's label:")
    print()
    print("| records | on an event article | not | unsure | holdout (left out) | unjudged | precision |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {len(primaries)} | {right} | {wrong} | {c['unsure']} | {c['holdout']} | {c['unjudged']} | {precision} |")
    print()
    print("by where the judgement is: " + "; ".join(
        f"{name} {v['yes']}/{v['yes'] + v['no']}" for name, v in sorted(by_source.items()) if v['yes'] + v['no']))
    unjudged = sorted(a for a in primaries if a not in judged)
    if unjudged:
        print("unjudged: " + " ".join(unjudged))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--holdout", action="store_true",
                        help="judge the holdout's articles too in the whole-corpus table (a look at the holdout)")
    parser.add_argument("--samples-only", action="store_true", help="only the table of the labelled samples")
    args = parser.parse_args()
    print("| sample | judged (event articles) | with a record | on an event article (precision) | recall | that event "
          "(+ partly) of records judged |")
    print("|---|---|---|---|---|---|")
    total = dict.fromkeys(("with_record", "on_event_article", "event_articles"), 0)
    with tempfile.TemporaryDirectory() as tmp:
        for name in samples():
            folder = GOLD_ROOT / name
            articles = Path(tmp) / f"{name}.jsonl"
            build_indosum_inputs(folder, args.shared / "corpus", articles)
            out = Path(tmp) / f"out-{name}"
            run([articles], out, workers=1, progress=False)
            primaries = _primaries(out)
            labels = {lab["id"]: lab for lab in map(json.loads, (folder / "labels.jsonl").read_text(
                encoding="utf-8").splitlines())}
            c = count(labels, primaries)
            # labels copied from another set or sample count there, not again in the pooled row
            own = count({a: lab for a, lab in labels.items() if "source" not in lab}, primaries)
            for key in total:
                total[key] += own[key]
            copied = own["judged"] < c["judged"]
            share = f"{c['on_event_article'] / c['with_record']:.2f}" if c["with_record"] else "-"
            recall = f"{c['on_event_article'] / c['event_articles']:.2f}" if c["event_articles"] else "-"
            judged = f"{c['that_event']} (+ {c['partly']}) of {c['records_judged']}" if c["records_judged"] else "-"
            note = f" ({c['judged'] - own['judged']} labels copied, not pooled)" if copied else ""
            print(f"| {name}{note} | {c['judged']} ({c['event_articles']}) | {c['with_record']} | "
                  f"{c['on_event_article']} ({share}) | {recall} | {judged} |")
    precision = total["on_event_article"] / total["with_record"] if total["with_record"] else 0.0
    recall = total["on_event_article"] / total["event_articles"] if total["event_articles"] else 0.0
    print(f"| all | ({total['event_articles']}) | {total['with_record']} | {total['on_event_article']} "
          f"({precision:.2f}) | {recall:.2f} | |")
    if not args.samples_only:
        whole_corpus(args.shared, args.holdout)


if __name__ == "__main__":
    main()

"""Article-level precision of warta's records on the labelled samples of ordinary IndoSum news, as one table.

    .venv/bin/python benchmarks/labelled.py [--shared ../shared]

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
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
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
            primaries = {json.loads(line)["article_id"] for line in (out / "events.jsonl").read_text(
                encoding="utf-8").splitlines() if json.loads(line)["primary"]}
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


if __name__ == "__main__":
    main()

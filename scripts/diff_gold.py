"""Per-article differences between warta's events and gold, field by field, for reading errors by kind.

    python scripts/diff_gold.py OUTDIR/events.jsonl GOLD_DIR [--field people] [--article ID]

Prints, per article, the paired events and for each field the values only predicted (+) and only in gold (-).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.evaluate import _list_matchers, _max_matching, load_gold, load_predictions, pair_events

FIELDS = ["when", "where", "people", "organizations", "attendance", "outcomes"]


def show(value: object, field: str) -> str:
    if not isinstance(value, dict):
        return str(value)
    if field == "people":
        return f"{value.get('name')} [{value.get('role')}]"
    if field == "attendance":
        return f"{value.get('count')} {value.get('qualifier')} {value.get('unit')} {value.get('status')}"
    if field == "outcomes":
        return f"{value.get('kind')}: {str(value.get('text'))[:110]}"
    return str(value.get("name"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("events")
    parser.add_argument("gold")
    parser.add_argument("--field", action="append")
    parser.add_argument("--article")
    args = parser.parse_args()
    gold = load_gold(Path(args.gold))
    predicted = load_predictions(Path(args.events))
    matchers = _list_matchers()
    fields = args.field or FIELDS
    for article_id, annotation in sorted(gold.items()):
        if args.article and article_id != args.article:
            continue
        lines = []
        for p, g in pair_events(predicted.get(article_id, []), annotation["events"]):
            if p is None or g is None:
                which = "GOLD ONLY" if p is None else "PRED ONLY"
                event = g or p
                lines.append(f"  {which}: {event.get('type')} {event.get('name')!r} when={event.get('when')}")
                continue
            lines.append(f"  pair: pred {p.get('type')} {p.get('name')!r} / gold {g.get('type')} {g.get('name')!r}")
            for field in fields:
                if field == "when":
                    pw, gw = p.get("when"), g.get("when")
                    key = (lambda w: (w or {}).get("start"), lambda w: (w or {}).get("end"))
                    if [k(pw) for k in key] != [k(gw) for k in key]:
                        lines.append(f"    when: pred {pw and (pw['start'], pw['end'], pw.get('text'))}"
                                     f" gold {gw and (gw['start'], gw['end'])}")
                    continue
                pv, gv = p.get(field) or [], g.get(field) or []
                pairs = _max_matching(pv, gv, matchers[field])
                pm, gm = {i for i, _ in pairs}, {j for _, j in pairs}
                extra = [show(v, field) for i, v in enumerate(pv) if i not in pm]
                missing = [show(v, field) for j, v in enumerate(gv) if j not in gm]
                if extra or missing:
                    lines.append(f"    {field}: +{extra} -{missing}")
        if lines:
            print(article_id)
            print("\n".join(lines))


if __name__ == "__main__":
    main()

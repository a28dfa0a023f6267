"""How often the article header comes out right: outlet, dateline and publication date against the gold
``article`` block of ../shared/devgold (56 real IndoSum articles) and ../shared/seeds (5 articles).

    python benchmarks/headers.py [--shared DIR] [--no-column] [--misses]

Each article is read as ``warta extract`` reads it (``pipeline.reading.io.read_file``, then
``pipeline.extract.prepare``: cleaning and the header reader; no spaCy). Values are compared after the scorer's
normalisation (NFKC, lower case, punctuation removed; ``pipeline.evaluate.normalize``); null equals null.
``--no-column`` ignores the input's own ``outlet`` column, to see what the text alone gives. Prints one table:
per set and field, the share of articles that agree with the gold.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.evaluate import normalize
from pipeline.extract import ArticleError, prepare
from pipeline.reading.io import ArticleInput, read_file

FIELDS = ("outlet", "dateline", "published")


def gold_blocks(folder: Path) -> dict[str, dict[str, str | None]]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8"))["article"]
            for path in sorted(folder.glob("*.json"))}


def inputs(path: Path) -> dict[str, ArticleInput]:
    found = {}
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    for file in files:
        for item in read_file(file):
            if isinstance(item, ArticleInput):
                found[item.article_id] = item
    return found


def predicted(item: ArticleInput, column: bool) -> dict[str, str | None]:
    try:
        meta = prepare(item.text, item.title, item.published, item.title_line,
                       item.outlet if column else None).meta
    except ArticleError as error:
        return {"error": str(error), **{name: None for name in FIELDS}}
    return {"outlet": meta.outlet, "dateline": meta.dateline,
            "published": meta.published.isoformat() if meta.published else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[2] / "shared")))
    parser.add_argument("--no-column", action="store_true", help="ignore the inputs' own outlet column")
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    sets = {"devgold": (args.shared / "devgold" / "articles.jsonl", args.shared / "devgold" / "gold"),
            "seeds": (args.shared / "seeds" / "articles", args.shared / "seeds" / "gold")}
    print(f"{'set':<10}{'articles':>9}" + "".join(f"{name:>12}" for name in FIELDS))
    totals = {name: 0 for name in FIELDS}
    count = 0
    misses = []
    for set_name, (articles, gold_dir) in sets.items():
        gold = gold_blocks(gold_dir)
        items = inputs(articles)
        agree = {name: 0 for name in FIELDS}
        for article_id, block in gold.items():
            got = predicted(items[article_id], column=not args.no_column)
            for name in FIELDS:
                if normalize(got[name]) == normalize(block.get(name)):
                    agree[name] += 1
                else:
                    misses.append(f"{set_name} {article_id} {name}: got {got[name]!r}, gold {block.get(name)!r}")
        n = len(gold)
        count += n
        for name in FIELDS:
            totals[name] += agree[name]
        print(f"{set_name:<10}{n:>9}" + "".join(f"{agree[name] / n:>12.1%}" for name in FIELDS))
    print(f"{'all':<10}{count:>9}" + "".join(f"{totals[name] / count:>12.1%}" for name in FIELDS))
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()

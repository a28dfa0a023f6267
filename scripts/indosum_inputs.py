"""Rebuild the input JSONL of an annotated IndoSum set from the corpus (the texts are not committed).

    python scripts/indosum_inputs.py data/indosum_gold/dev -o /tmp/dev.jsonl [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

FIELDS = ("id", "text", "published", "outlet", "url")


def read_rows(folder: Path, corpus: Path) -> list[dict[str, object]]:
    """The input rows of an annotated set (``folder/ids.txt``), in the ids' order, from the IndoSum corpus."""
    wanted = (folder / "ids.txt").read_text(encoding="utf-8").split()
    rows: dict[str, dict[str, object]] = {}
    with gzip.open(corpus / "indosum-dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in wanted:
                rows[row["id"]] = row
    missing = [i for i in wanted if i not in rows]
    if missing:
        sys.exit(f"{corpus}: {len(missing)} ids of {folder}/ids.txt not found, e.g. {missing[0]}")
    return [{k: rows[article_id][k] for k in FIELDS} for article_id in wanted]


def build(folder: Path, corpus: Path, output: Path) -> int:
    rows = read_rows(folder, corpus)
    with output.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    args = parser.parse_args()
    print(f"{build(args.folder, args.corpus, args.output)} articles -> {args.output}")


if __name__ == "__main__":
    main()

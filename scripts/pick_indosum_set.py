"""Pick the articles of a new annotated IndoSum set, reproducibly (ids only; the texts stay in the corpus).

    python scripts/pick_indosum_set.py --seed 20261225 --size 24 [--categories olahraga,showbiz]
        [--corpus ../shared/corpus]

The pool: articles of indosum-dev in the news categories (``--categories``: others, e.g. the entertainment and
sport categories, which make up a third of devgold), in no annotated set or labelled sample of
data/indosum_gold (every ``ids.txt``) and not in devgold, whose first 800 characters hold one of the gathering
words below (``--window``: how far into the text to look; 0 reads the whole text, for when the openings' pool is
used up). The words are a reader's list, not warta's trigger lexicon, so the pool is not shaped by what warta
already finds; about half the picks report no event, which the annotators mark as negatives. The ids are sorted
before sampling, so the same seed and the same used sets give the same picks.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

NEWS_CATEGORIES = ("tajuk utama", "teknologi", "inspirasi")
GATHERING_WORDS = (
    "rapat pertemuan seminar konferensi kunjungan penandatanganan pelantikan peresmian diskusi forum lokakarya "
    "pelatihan upacara KTT festival pameran dialog musyawarah kongres rakor sosialisasi audiensi digelar "
    "diselenggarakan workshop sidang muktamar munas rakernas rakerda halal bihalal silaturahmi peluncuran webinar "
    "simposium sarasehan temu bimtek apel jamuan perundingan"
).split()
GATHERING = re.compile(r"\b(?:" + "|".join(GATHERING_WORDS) + r")", re.IGNORECASE)


def used_ids(gold_root: Path, devgold: Path) -> set[str]:
    """Every id already annotated or labelled, so a new set never repeats one."""
    used: set[str] = set()
    for ids_file in gold_root.glob("*/ids.txt"):
        used.update(ids_file.read_text(encoding="utf-8").split())
    with (devgold / "articles.jsonl").open(encoding="utf-8") as handle:
        used.update(json.loads(line)["id"] for line in handle if line.strip())
    return used


def pool(corpus: Path, used: set[str], window: int = 800, categories: tuple[str, ...] = NEWS_CATEGORIES) -> list[str]:
    """Sorted unused ids of ``categories`` whose first ``window`` characters (all if 0) name a gathering."""
    ids = []
    with gzip.open(corpus / "indosum-dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in used or row["category"] not in categories:
                continue
            if GATHERING.search(row["text"][:window] if window else row["text"]):
                ids.append(row["id"])
    return sorted(ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--size", type=int, default=24)
    parser.add_argument("--window", type=int, default=800, help="characters read for a gathering word; 0: all")
    parser.add_argument(
        "--categories", default=",".join(NEWS_CATEGORIES), help="comma-separated IndoSum categories of the pool"
    )
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--devgold", type=Path, default=Path("../shared/devgold"))
    parser.add_argument("--gold-root", type=Path, default=Path("data/indosum_gold"))
    args = parser.parse_args()
    categories = tuple(name.strip() for name in args.categories.split(","))
    with gzip.open(args.corpus / "indosum-dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        known = {json.loads(line)["category"] for line in handle}
    if unknown := sorted(set(categories) - known):
        parser.error(f"no such category in the corpus: {', '.join(unknown)} (there are: {', '.join(sorted(known))})")
    candidates = pool(args.corpus, used_ids(args.gold_root, args.devgold), args.window, categories)
    picks = random.Random(args.seed).sample(candidates, min(args.size, len(candidates)))
    print(
        f"# {len(candidates)} candidates ({', '.join(categories)}; window {args.window or 'all'}); seed {args.seed};"
        f" {len(picks)} picked"
    )
    print("\n".join(picks))


if __name__ == "__main__":
    main()

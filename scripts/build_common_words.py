"""Rebuild pipeline/resources/common_words.txt: Indonesian words that news writes in lower case.

A capitalised word is a person's name or a common word capitalised by a title, a heading or an office's unit
("Direktur Monitoring", "Executive Vice President Bisnis Komersial", "Berlangsung" in a headline). Which it is, the
article alone often cannot tell: these counts over 20,001 news articles of 2019 can. A word is listed when, inside
a sentence (never its first word), it is written in lower case at least MIN_LOWER times and at least LOWER_RATIO
times as often as capitalised, and the cased NER training sets never tag it as part of a person's name ("putri",
"cahaya", "bagus" open names; "budidaya", "pakan", "monitoring" do not).

Source: CLICK-ID (William and Sari, "CLICK-ID: A novel dataset for Indonesian clickbait headlines", Data in Brief
2020), the raw scraped articles, CC BY 4.0; the list is derived from it and keeps that licence and credit. Person
tokens to leave out: idner-news-2k train (MIT) and NERGrit train (Apache-2.0). NER UI and the test sets are not
read, so the entity scores on them stay an honest measure.

Run: python scripts/build_common_words.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

import ftfy

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "resources" / "common_words.txt"
MIN_LOWER = 5
LOWER_RATIO = 2
MIN_LENGTH = 3
# Sentence ends, line breaks, and the ", ," with which CLICK-ID's scraper joined paragraphs.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?\"”])\s+|\n|,\s*,")
_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")
_PERSON_TAGS = ("B-PER", "I-PER", "B-PERSON", "I-PERSON")


def _person_tokens(shared: Path) -> set[str]:
    """Lower-cased tokens that the cased NER training sets tag as part of a person's name."""
    tokens: set[str] = set()
    ner = shared / "data" / "ner"
    for path in (ner / "idner-news-2k" / "train.txt", ner / "nergrit_ner-grit" / "train_preprocess.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[-1] in _PERSON_TAGS:
                tokens.add(parts[0].lower())
    return tokens


def _case_counts(corpus: Path) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written in lower case and capitalised, inside a sentence."""
    lower: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = ftfy.fix_text(json.loads(line)["text"])
            for sentence in _SENTENCE_BREAK.split(text):
                for word in _WORD.findall(sentence)[1:]:
                    if word.islower():
                        lower[word] += 1
                    elif word[0].isupper() and word[1:].islower():
                        capitalised[word.lower()] += 1
    return lower, capitalised


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    lower, capitalised = _case_counts(args.shared / "corpus/click-id-2019.jsonl.gz")
    names = _person_tokens(args.shared)
    words = sorted(w for w, n in lower.items()
                   if len(w) >= MIN_LENGTH and n >= MIN_LOWER and n >= LOWER_RATIO * capitalised[w] and w not in names)
    header = ("# Words that news writes in lower case (scripts/build_common_words.py; derived from CLICK-ID,\n"
              "# CC BY 4.0, William and Sari 2020). A capitalised one is no person's name. One word a line.\n")
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {OUT}")


if __name__ == "__main__":
    main()

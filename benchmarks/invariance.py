"""Whether warta's records hold when the same articles are written in another newsroom's house style.

    .venv/bin/python benchmarks/invariance.py [--shared ../shared] [--sets devgold,indosum_dev,...]
                                              [--styles one_sentence_paragraphs,...] [--tolerance 0.01]

Every annotated set but the seeds and the holdout is IndoSum: 2016-2018, ten outlets, text rebuilt from tokens. The
articles that judge warta are not: other outlets, other years, other habits. This benchmark rewrites each article
of the sets in a style IndoSum does not use, without changing what it says, runs warta on it and scores the records
against the same gold (SCHEMA.md section 4). A field that falls under a rewrite is a rule that learned IndoSum's
surface, not Indonesian news.

The rewrites (each keeps every word, date and name; none needs a person to check it):

- ``joined_hyphens``: IndoSum's spaced hyphen written as newsrooms write it ("Kim Jong - un" -> "Kim Jong-un",
  "Soekarno - Hatta", "undang - undang"); the records are mapped back before scoring, since gold spells the IndoSum
  form.
- ``spelled_dates``: "Selasa (23/5/2017)" -> "Selasa, 23 Mei 2017", "(23/5)" -> "23 Mei".
- ``padded_dates``: "(23/5)" -> "(23/05)", "(7/2/2018)" -> "(07/02/2018)".
- ``other_datelines``: "Jakarta, CNN Indonesia --" -> "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -",
  "JAKARTA \u2014", ...
- ``curly_quotes`` and ``straight_quotes``: one kind of quotation mark for the other.
- ``one_paragraph``: the paragraphs run together, as some scraped text has them.
- ``titles_from_urls``: a headline for each article, which IndoSum lacks and most outlets give: the article's own,
  read from its address ("/jokowi-resmikan-tol-palembang-indralaya" -> "Jokowi Resmikan Tol Palembang Indralaya").
- ``one_sentence_paragraphs``: a paragraph a sentence, as most online newsrooms write, a quotation of several
  sentences opened again in each paragraph and closed in the last ("“Satu.\\n\\n“Dua,” ujarnya").
- ``page_furniture``: what a page copied whole keeps around the story: share buttons and a photo's caption above it,
  an advertisement slot after its first paragraph, the editor and the tags below it.

It prints, per rewrite, how many articles it changed, how many records warta wrote, the micro F1 on devgold and on
all the sets together (per field too) and the set that fell most, and exits 1 when a rewrite lowers devgold's or
all the sets' micro F1 by more than --tolerance.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from accuracy import all_sets, inputs_of  # noqa: E402

from pipeline.evaluate import Report, evaluate, load_gold, load_predictions  # noqa: E402
from pipeline.runs.run import run  # noqa: E402

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
WEEKDAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu"
# IndoSum's datelines, and the city before the outlet where there is one ("SWEDIA - " is Pos Kota's).
_DATELINE = re.compile(r"^(?:(?P<city>[A-Z][\w ]{1,25}?)(?:, CNN Indonesia --| \(ANTARA News\) -| \(Pos Kota\) -)"
                       r"|(?P<caps>[A-Z][A-Z ]{2,25}) -|(?:Suara\.com|Merdeka\.com|merdeka\.com|Rimanews) -)\s*")
_CITY_DATELINES = ["{CITY}, KOMPAS.com - ", "Liputan6.com, {City} - ", "TRIBUNNEWS.COM, {CITY} - ",
                   "{City}, detikNews - ", "{CITY}, iNews.id - ", "{City} (ANTARA) - ", "{CITY} \u2014 ",
                   "{City}, Kabarpapua.co \u2013 "]
_OUTLET_DATELINES = ["KOMPAS.com - ", "Okezone.com - ", "TEMPO.CO - "]
# A sentence's end: after a lower-case word of three letters or more, a number, a closing quote or a bracket (not
# after "Dr." or "H."), before a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?:(?<=\b[a-z]{3}[.!?])|(?<=[a-z]{4}[.!?])|(?<=\d[.!?])|(?<=[.!?,][\"”])|(?<=\)[.]))"
                           r" (?=[A-Z“\"])")
# Spelled-back forms, to map the records of a rewrite to the spelling gold uses.
Mapping = list[tuple[str, str]]


def joined_hyphens(text: str) -> tuple[str, Mapping]:
    """IndoSum's "word - word" joined where it was a hyphen: a repeated word, a short lower-case ending, two
    capitalised words, two numbers, or an ending that repeats the word's start. Not in the dateline, not a dash
    between a capitalised word and a lower-case one ("Lulu - sebuah boneka")."""
    head = _DATELINE.match(text)
    start = head.end() if head else 0
    joined: Mapping = []

    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        hyphen = (left.lower() == right.lower() or (len(right) <= 3 and right.islower())
                  or (left[:1].isupper() and right[:1].isupper()) or (left[-1:].isdigit() and right[:1].isdigit())
                  or (right.islower() and right.lower().startswith(left.lower()[:3])))
        if not hyphen:
            return match.group(0)
        joined.append((f"{left}-{right}", f"{left} - {right}"))
        return f"{left}-{right}"

    return text[:start] + re.sub(r"(\w+(?:\.\w+)*) - (\w+(?:\.\w+)*)", join, text[start:]), joined


def spelled_dates(text: str) -> tuple[str, Mapping]:
    """ "Selasa (23/5/2017)" -> "Selasa, 23 Mei 2017"; "(23/5)" -> "23 Mei"."""
    def spell(match: re.Match[str]) -> str:
        weekday, day, month, year = match.group(1), int(match.group(2)), int(match.group(3)), match.group(4)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group(0)
        year_text = f" {'20' + year if len(year) == 2 else year}" if year else ""
        spelled = f"{day} {MONTHS[month - 1]}{year_text}"
        return f"{weekday}, {spelled}" if weekday else spelled

    return re.sub(rf"(?:\b({WEEKDAYS})\s*)?\((\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\)", spell, text), []


def other_datelines(text: str, index: int = 0) -> tuple[str, Mapping]:
    """IndoSum's dateline as another outlet writes it, the city kept (``index`` picks the outlet)."""
    match = _DATELINE.match(text)
    if match is None:
        return text, []
    city = match.group("city") or (match.group("caps") or "").title() or None
    if city is None:
        return _OUTLET_DATELINES[index % len(_OUTLET_DATELINES)] + text[match.end():], []
    form = _CITY_DATELINES[index % len(_CITY_DATELINES)]
    return form.replace("{CITY}", city.upper()).replace("{City}", city) + text[match.end():], []


def padded_dates(text: str) -> tuple[str, Mapping]:
    """ "(23/5)" -> "(23/05)", "Rabu (7/2/2018)" -> "Rabu (07/02/2018)": day and month in two digits."""
    return re.sub(r"\((\d{1,2})/(\d{1,2})((?:/\d{2,4})?)\)",
                  lambda m: f"({int(m.group(1)):02d}/{int(m.group(2)):02d}{m.group(3)})", text), []


def curly_quotes(text: str) -> tuple[str, Mapping]:
    """Straight double quotes as curly ones, paired within each paragraph."""
    out, opened = [], False
    for char in text:
        if char == '"':
            out.append("”" if opened else "“")
            opened = not opened
            continue
        if char == "\n":
            opened = False
        out.append(char)
    return "".join(out), []


def straight_quotes(text: str) -> tuple[str, Mapping]:
    return text.replace("“", '"').replace("”", '"'), []


def one_paragraph(text: str) -> tuple[str, Mapping]:
    return re.sub(r"\s*\n\s*", " ", text), []


_FURNITURE_ABOVE = "Bagikan:\nFacebook\nTwitter\nWhatsApp\n\nIlustrasi. (Foto: Dok. Istimewa)\n\n"
_FURNITURE_SLOT = "\n\nADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT"
_FURNITURE_BELOW = "\n\nEditor: Maria Goreti\nTags: Daerah, Berita Terkini"


def page_furniture(text: str) -> tuple[str, Mapping]:
    """The story as a page copied whole has it: share buttons and a caption above, an advertisement slot after the
    first paragraph, the editor and the tags below."""
    first_end = text.find("\n\n")
    body = text if first_end < 0 else text[:first_end] + _FURNITURE_SLOT + text[first_end:]
    return _FURNITURE_ABOVE + body + _FURNITURE_BELOW, []


def one_sentence_paragraphs(text: str) -> tuple[str, Mapping]:
    """A paragraph a sentence; a quotation that goes on past a sentence opens again in the next paragraph."""
    out, last = [], 0
    for match in _SENTENCE_END.finditer(text):
        paragraph = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        curly = paragraph.count("“") > paragraph.count("”")
        straight = paragraph.count('"') % 2 == 1
        out += [text[last:match.start()], "\n\n"]
        if (curly or straight) and text[match.end()] not in "“\"":
            out.append("“" if curly else '"')
        last = match.end()
    out.append(text[last:])
    return "".join(out), []


_SLUG_END = re.compile(r"(?:\.html?|/)$")
_FUNCTION_WORDS = frozenset("di ke dari dan yang untuk dengan pada atau ini itu dalam bagi oleh soal jadi".split())


def title_from_url(row: dict[str, Any]) -> str | None:
    """The article's own headline, as its address spells it ("/jokowi-resmikan-tol-palembang-indralaya" -> "Jokowi
    Resmikan Tol Palembang Indralaya"): each word cased as the text writes it ("MUI", "DPR"), or capitalised, small
    words kept small; None when the address ends in no words."""
    slug = _SLUG_END.sub("", row.get("url") or "").rsplit("/", 1)[-1]
    words = [w for w in slug.split("-") if w]
    if len(words) < 3 or not any(w.isalpha() for w in words):
        return None
    written: dict[str, str] = {}
    for word in re.findall(r"\w+", row["text"]):
        if word[:1].isupper():
            written.setdefault(word.lower(), word)
    cased = []
    for i, word in enumerate(words):
        form = written.get(word.lower())
        if word.lower() in _FUNCTION_WORDS and i > 0:
            cased.append(word.lower())
        elif form is not None:
            cased.append(form)
        else:
            cased.append(word[:1].upper() + word[1:])
    return " ".join(cased)


STYLES: dict[str, Callable[[str], tuple[str, Mapping]]] = {
    "joined_hyphens": joined_hyphens, "spelled_dates": spelled_dates, "padded_dates": padded_dates,
    "other_datelines": other_datelines,
    "curly_quotes": curly_quotes, "straight_quotes": straight_quotes, "one_paragraph": one_paragraph,
    "one_sentence_paragraphs": one_sentence_paragraphs, "page_furniture": page_furniture,
}
# Rewrites of a row rather than of its text.
ROW_STYLES = {"titles_from_urls"}


def spelled_back(value: Any, mapping: Mapping) -> Any:
    """Every string in a record with the rewrite's forms spelled as the original wrote them."""
    if isinstance(value, str):
        for new, old in mapping:
            value = value.replace(new, old)
        return value
    if isinstance(value, list):
        return [spelled_back(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: spelled_back(v, mapping) for k, v in value.items()}
    return value


def rewrite(rows: list[dict[str, Any]], style: str) -> tuple[list[dict[str, Any]], dict[str, Mapping], int]:
    """The rows in ``style`` (None: as they are), each article's mapping back, and how many changed."""
    if style == "original":
        return rows, {}, 0
    out, mappings, changed = [], {}, 0
    for index, row in enumerate(rows):
        if style == "titles_from_urls":
            title = row.get("title") or title_from_url(row)
            changed += title != row.get("title")
            out.append({**row, "title": title})
            continue
        if style == "other_datelines":
            text, mapping = other_datelines(row["text"], index)
        else:
            text, mapping = STYLES[style](row["text"])
        changed += text != row["text"]
        out.append({**row, "text": text})
        mappings[row["id"]] = mapping
    return out, mappings, changed


def score_style(style: str, names: list[str], shared: Path,
                scratch: Path) -> tuple[dict[str, Report], Report, int, int]:
    """Reports per set and pooled, articles changed and records written, for one style."""
    reports: dict[str, Report] = {}
    pooled_predicted: dict[str, list[dict[str, Any]]] = {}
    pooled_gold: dict[str, dict[str, Any]] = {}
    changed = records = 0
    for name in names:
        articles, gold_dir = inputs_of(name, shared, scratch)
        rows = [json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows, mappings, n_changed = rewrite(rows, style)
        changed += n_changed
        source = scratch / f"{style}-{name}.jsonl"
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        out = scratch / f"out-{style}-{name}"
        run([source], out, workers=2, progress=False)
        predicted = {a: spelled_back(events, mappings.get(a, []))
                     for a, events in load_predictions(out / "events.jsonl").items()}
        gold = load_gold(gold_dir)
        records += sum(len(events) for events in predicted.values())
        reports[name] = evaluate(predicted, gold)
        pooled_predicted.update({f"{name}/{a}": events for a, events in predicted.items()})
        pooled_gold.update({f"{name}/{a}": g for a, g in gold.items()})
    return reports, evaluate(pooled_predicted, pooled_gold), changed, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--sets", help="comma-separated set names (default: devgold and every indosum dev set)")
    parser.add_argument("--styles", help=f"comma-separated rewrites (default: all of {', '.join(STYLES)})")
    parser.add_argument("--tolerance", type=float, default=0.01,
                        help="the largest fall of devgold's or all sets' micro F1 that passes (default 0.01)")
    args = parser.parse_args()
    names = args.sets.split(",") if args.sets else [n for n in all_sets() if n != "seeds"]
    styles = ["original", *(args.styles.split(",") if args.styles else [*STYLES, *sorted(ROW_STYLES)])]
    unknown = [s for s in styles if s != "original" and s not in STYLES and s not in ROW_STYLES]
    if unknown:
        parser.error(f"unknown rewrite(s): {', '.join(unknown)}")
    fields = ["when", "where", "people", "organizations", "attendance", "outcomes"]
    print(f"{len(names)} sets: {', '.join(names)}")
    print("| rewrite | articles changed | records | devgold micro | all sets micro [tp, fp, fn] | "
          + " | ".join(fields) + " | set that fell most |")
    print("|---|---|---|---|---|" + "---|" * len(fields) + "---|")
    baseline: dict[str, float] = {}
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        for style in styles:
            reports, pooled, changed, records = score_style(style, names, args.shared, Path(tmp))
            micro = {name: report.micro.f1 for name, report in reports.items()}
            micro["all sets"] = pooled.micro.f1
            if style == "original":
                baseline = micro
            changes = {name: micro[name] - baseline[name] for name in micro}
            judged = [n for n in ("devgold", "all sets") if n in micro]
            fallen = [f"{n} {baseline[n]:.3f} -> {micro[n]:.3f}" for n in judged if -changes[n] > args.tolerance]
            if fallen:
                failed.append(f"{style} ({', '.join(fallen)})")
            worst = min(names, key=lambda n: changes[n])
            devgold = f"{micro['devgold']:.3f}" if "devgold" in micro else "-"
            m = pooled.micro
            print(f"| {style} | {changed} | {records} | {devgold} | {m.f1:.3f} [{m.tp}, {m.fp}, {m.fn}] | "
                  + " | ".join(f"{pooled.fields[f].f1:.3f}" for f in fields)
                  + f" | {worst} {changes[worst]:+.3f} |", flush=True)
    if failed:
        print(f"FAIL: micro F1 fell by more than {args.tolerance} under: {'; '.join(failed)}")
        sys.exit(1)
    print(f"OK: no rewrite lowers devgold's or all sets' micro F1 by more than {args.tolerance} (one set of a dozen "
          "articles moves by a record's items, so a set's own fall is shown, not judged)")


if __name__ == "__main__":
    main()

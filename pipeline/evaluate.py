"""Scoring predicted event records against gold annotations, by the rules of SCHEMA.md section 4."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import permutations
from pathlib import Path
from typing import Any

from . import resources

LIST_FIELDS = ("where", "people", "organizations", "attendance", "outcomes", "topics")
HEADLINE_FIELDS = ("when", "where", "people", "organizations", "attendance", "outcomes")
ALL_FIELDS = (*HEADLINE_FIELDS, "topics", "name", "type", "mode", "role")

Event = dict[str, Any]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in ALL_FIELDS})
    articles: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for name in HEADLINE_FIELDS:
            total.add(self.fields[name])
        return total

    def as_dict(self) -> dict[str, Any]:
        rows = {name: {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                       "tp": c.tp, "fp": c.fp, "fn": c.fn} for name, c in self.fields.items()}
        micro = self.micro
        rows["micro"] = {"precision": round(micro.precision, 4), "recall": round(micro.recall, 4),
                         "f1": round(micro.f1, 4), "tp": micro.tp, "fp": micro.fp, "fn": micro.fn}
        return {"articles": self.articles, "fields": rows}


# ---------------------------------------------------------------- normalisation

@cache
def _titles() -> frozenset[str]:
    people = resources.load("people")
    forms = [t for group in people["prefix_titles"].values() for t in group] + people["suffix_titles"]
    return frozenset(re.sub(r"[^\w]", "", f).lower() for f in forms)


def normalize(text: str | None) -> str:
    """NFKC, lower case, titles and punctuation removed, white space folded."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).lower()
    # Titles first (they carry dots: "m.si", "s.pi"), then punctuation.
    words = [re.sub(r"[^\w]", "", w) for w in re.split(r"[\s,;:]+", text)]
    words = [w for w in words if w and w not in _titles()]
    text = " ".join(words)
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


def tokens(text: str | None) -> list[str]:
    return normalize(text).split()


def token_f1(a: str | None, b: str | None) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = 0
    remaining = list(tb)
    for token in ta:
        if token in remaining:
            remaining.remove(token)
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(ta), common / len(tb)
    return 2 * precision * recall / (precision + recall)


def _contains(a: str, b: str) -> bool:
    return bool(a) and bool(b) and f" {b} " in f" {a} "


def name_matches(predicted: str | None, gold: str | None, aliases: Iterable[str] = ()) -> bool:
    p = normalize(predicted)
    if not p:
        return False
    for form in (gold, *aliases):
        g = normalize(form)
        if g and (p == g or _contains(p, g) or _contains(g, p)):
            return True
    return False


# ---------------------------------------------------------------- matching

def _max_matching(predicted: list[Any], gold: list[Any], match: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (augmenting paths); returns (pred index, gold index) pairs."""
    edges = [[j for j, g in enumerate(gold) if match(p, g)] for p in predicted]
    gold_owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in gold_owner or augment(gold_owner[j], seen):
                gold_owner[j] = i
                return True
        return False

    for i in range(len(predicted)):
        augment(i, set())
    return [(i, j) for j, i in gold_owner.items()]


def _person_match(p: dict[str, Any], g: dict[str, Any]) -> bool:
    if g.get("name"):
        return name_matches(p.get("name"), g["name"], g.get("aliases", []))
    return token_f1(p.get("role"), g.get("role")) >= 0.5


def _units_share_word(a: str, b: str) -> bool:
    wa = set(re.split(r"[\s/]+", (a or "").lower())) - {""}
    wb = set(re.split(r"[\s/]+", (b or "").lower())) - {""}
    return bool(wa & wb)


def _attendance_match(p: dict[str, Any], g: dict[str, Any]) -> bool:
    if g.get("count") is None:
        return p.get("count") is None and p.get("qualifier") == g.get("qualifier") and _units_share_word(
            p.get("unit", ""), g.get("unit", ""))
    return p.get("count") == g.get("count") and _units_share_word(p.get("unit", ""), g.get("unit", ""))


def _item_name_matches(p: dict[str, Any], g: dict[str, Any]) -> bool:
    return name_matches(p.get("name"), g.get("name"), g.get("aliases", []))


def _list_matchers() -> dict[str, Callable[[Any, Any], bool]]:
    return {
        # SCHEMA.md section 4: by the predicted name alone (not its surface text or acronym), as the unseen set is
        # scored outside the repository.
        "where": _item_name_matches,
        "organizations": _item_name_matches,
        "people": _person_match,
        "attendance": _attendance_match,
        "outcomes": lambda p, g: token_f1(p.get("text"), g.get("text")) >= 0.5,
        "topics": lambda p, g: token_f1(p, g) >= 0.5,
    }


def score_pair(predicted: Event | None, gold: Event | None) -> dict[str, Counts]:
    """Per-field counts for one predicted event against one gold event (either may be missing)."""
    result = {name: Counts() for name in ALL_FIELDS}
    p, g = predicted or {}, gold or {}
    matchers = _list_matchers()
    for name in LIST_FIELDS:
        p_items, g_items = p.get(name) or [], g.get(name) or []
        pairs = _max_matching(p_items, g_items, matchers[name]) if predicted and gold else []
        result[name] = Counts(len(pairs), len(p_items) - len(pairs), len(g_items) - len(pairs))
        if name == "people":
            role = Counts()
            for i, j in pairs:
                p_role, g_role = p_items[i].get("role"), g_items[j].get("role")
                hit = bool(p_role and g_role and token_f1(p_role, g_role) >= 0.5)
                role.tp += hit
                role.fp += bool(p_role) and not hit
                role.fn += bool(g_role) and not hit
            result["role"] = role
    p_when, g_when = p.get("when"), g.get("when")
    when_hit = bool(p_when and g_when and p_when.get("start") == g_when.get("start")
                    and p_when.get("end") == g_when.get("end"))
    result["when"] = Counts(int(when_hit), int(bool(p_when) and not when_hit), int(bool(g_when) and not when_hit))
    for name in ("type", "mode"):
        hit = bool(p.get(name) and g.get(name) and p[name] == g[name])
        result[name] = Counts(int(hit), int(bool(p.get(name)) and not hit), int(bool(g.get(name)) and not hit))
    name_hit = bool(p.get("name") and g.get("name") and max(
        token_f1(p["name"], form) for form in [g["name"], *g.get("name_aliases", [])]) >= 0.5)
    result["name"] = Counts(int(name_hit), int(bool(p.get("name")) and not name_hit),
                            int(bool(g.get("name")) and not name_hit))
    return result


def _matched_fields(counts: dict[str, Counts]) -> int:
    return sum(c.tp for c in counts.values())


def pair_events(predicted: list[Event], gold: list[Event]) -> list[tuple[Event | None, Event | None]]:
    """Pair gold with predicted events: primary with primary first, then the pairing matching most fields."""
    pairs: list[tuple[Event | None, Event | None]] = []
    predicted, gold = list(predicted), list(gold)
    p_primary = next((e for e in predicted if e.get("primary")), None)
    g_primary = next((e for e in gold if e.get("primary")), None)
    if p_primary is not None and g_primary is not None:
        pairs.append((p_primary, g_primary))
        predicted.remove(p_primary)
        gold.remove(g_primary)
    best: list[tuple[Event | None, Event | None]] = []
    best_score = -1
    small = len(predicted) <= 6 and len(gold) <= 6
    if small:
        longer = max(len(predicted), len(gold))
        padded_p: list[Event | None] = [*predicted, *[None] * (longer - len(predicted))]
        padded_g: list[Event | None] = [*gold, *[None] * (longer - len(gold))]
        for order in permutations(range(longer)):
            candidate = [(padded_p[i], padded_g[j]) for j, i in enumerate(order)]
            score = sum(_matched_fields(score_pair(a, b)) for a, b in candidate if a and b)
            if score > best_score:
                best, best_score = candidate, score
    else:
        best = [(a, b) for a, b in zip(predicted, gold, strict=False)]
        best += [(a, None) for a in predicted[len(gold):]] + [(None, b) for b in gold[len(predicted):]]
    # An unpaired predicted event's items count against precision, an unpaired gold event's against recall.
    for a, b in best:
        if a is None and b is None:
            continue
        pairs.append((a, b))
    return pairs


def _unpaired(event: Event, as_prediction: bool) -> dict[str, Counts]:
    counts = score_pair(event, None) if as_prediction else score_pair(None, event)
    if as_prediction:
        for name in LIST_FIELDS:
            counts[name] = Counts(0, len(event.get(name) or []), 0)
        counts["role"] = Counts(0, sum(1 for p in event.get("people") or [] if p.get("role")), 0)
    else:
        for name in LIST_FIELDS:
            counts[name] = Counts(0, 0, len(event.get(name) or []))
        counts["role"] = Counts(0, 0, sum(1 for p in event.get("people") or [] if p.get("role")))
    return counts


def score_article(predicted: list[Event], gold: list[Event]) -> dict[str, Counts]:
    total = {name: Counts() for name in ALL_FIELDS}
    for p, g in pair_events(predicted, gold):
        if p is not None and g is not None:
            counts = score_pair(p, g)
        elif p is not None:
            counts = _unpaired(p, as_prediction=True)
        else:
            counts = _unpaired(g, as_prediction=False)  # type: ignore[arg-type]
        for name, c in counts.items():
            total[name].add(c)
    return total


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    gold: dict[str, dict[str, Any]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold[data["article"]["id"]] = data
    if not gold:
        raise FileNotFoundError(f"{gold_dir}: no gold annotations (*.json)")
    return gold


def load_predictions(events_path: Path) -> dict[str, list[Event]]:
    predicted: dict[str, list[Event]] = {}
    with events_path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{events_path}:{number}: not JSON ({error.msg})") from error
            predicted.setdefault(record["article_id"], []).append(record)
    return predicted


def evaluate(predicted: dict[str, list[Event]], gold: dict[str, dict[str, Any]]) -> Report:
    """Score every gold article (an article with no prediction scores as all misses)."""
    report = Report()
    for article_id, annotation in gold.items():
        counts = score_article(predicted.get(article_id, []), annotation["events"])
        for name, c in counts.items():
            report.fields[name].add(c)
        report.articles += 1
    return report


def check_floors(report: Report, floors: dict[str, float]) -> list[str]:
    """Fields whose F1 fell below the recorded floor, as messages."""
    failures = []
    for name, floor in floors.items():
        value = report.micro.f1 if name == "micro" else report.fields[name].f1
        if value + 1e-9 < floor:
            failures.append(f"{name}: F1 {value:.3f} is below its floor {floor:.3f}")
    return failures


class FloorsError(ValueError):
    """A floors file that cannot be applied; the message says why and what to do."""


def select_floors(data: Any, gold_dir: Path | None = None, set_name: str | None = None) -> dict[str, float]:
    """The per-field F1 floors to apply from a floors file.

    A floors file is either flat, ``{field: floor}``, or maps set names to such tables, ``{set: {field: floor}}``
    (tests/floors.json: "seeds", "devgold", ...). From a table of sets, ``set_name`` chooses; without it, the set
    named like a folder of ``gold_dir``'s path (``../shared/seeds/gold`` -> "seeds"). Field names are those of
    the report (``ALL_FIELDS``) and "micro"."""
    if not isinstance(data, dict) or not data:
        raise FloorsError("a floors file holds a JSON object: {field: floor} or {set: {field: floor}}")
    if all(isinstance(value, dict) for value in data.values()):
        sets = sorted(data)
        if set_name is None:
            folders = [part.lower().replace("-", "_") for part in reversed((gold_dir or Path()).resolve().parts)]
            set_name = next((folder for folder in folders if folder in data), None)
            if set_name is None:
                raise FloorsError(f"the floors file has floors for several sets ({', '.join(sets)}) and none is "
                                  f"named like a folder of {gold_dir}; choose one with --floor-set")
        elif set_name not in data:
            raise FloorsError(f"no floors for set {set_name!r}: the file has {', '.join(sets)}")
        data = data[set_name]
    elif set_name is not None:
        raise FloorsError(f"--floor-set {set_name}: the floors file is one flat table of fields, not a table of sets")
    known = {*ALL_FIELDS, "micro"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise FloorsError(f"unknown field(s) in the floors: {', '.join(unknown)}; fields are "
                          f"{', '.join(sorted(known))}")
    bad = sorted(name for name, value in data.items() if not isinstance(value, int | float) or isinstance(value, bool))
    if bad:
        raise FloorsError(f"floors must be numbers between 0 and 1: {', '.join(bad)}")
    return {name: float(value) for name, value in data.items()}

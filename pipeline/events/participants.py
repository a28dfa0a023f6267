"""Who took part: a small learned scorer over the people the rules give an event.

Real news names many people besides those who took part: officials quoted about something else, people the
story recalls. Whether a person took part rests on many weak cues (a mention beside the event's trigger, an act
such as "membuka" after the name, "dihadiri oleh" before it, a quote, the distance from the event's sentences),
so a logistic model weighs them. It is trained on annotated real articles by
``python -m pipeline.training.participants`` and shipped as ``resources/participants.json``: the feature names, their
weights and the threshold. Without that file every person the rules give is kept.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache

from .. import resources
from ..stages.roles import PersonMention, listed_after_cue
from ..stages.words import whole_word_spans
from .common import Mention, _in_regions, _words, body_share

FEATURES = [
    "bias", "in_event_sentence", "after_event_sentence", "sentences_from_event", "in_lead", "speaker",
    "cue_before", "act_after", "office_only", "one_word_name", "log_mentions", "position",
    "log_people",
]
ORG_FEATURES = [
    "bias", "in_event_sentence", "after_event_sentence", "sentences_from_event", "only_in_roles", "cue_before",
    "place_acting", "has_acronym", "log_mentions", "position", "one_word_name", "log_orgs",
]
MODEL_PATH = resources.RESOURCE_DIR / "participants.json"
# The trainer sets a list here to collect (kind, article id, event index, person or organisation name, features);
# None when extracting.
recorder: list[tuple[str, str, int, object, list[float]]] | None = None


@dataclass(frozen=True)
class _Cues:
    before: re.Pattern[str]
    after: re.Pattern[str]
    speech: re.Pattern[str]


@cache
def _cues() -> _Cues:
    data = resources.load("events")["participant_cues"]
    flags = re.IGNORECASE
    return _Cues(re.compile(rf"\b(?:{_words(data['before'])})\b[\s,:]*$", flags),
                 re.compile(rf"^[\s,]*(?:\([^)]*\)\s*)?(?:yang\s+)?(?:juga\s+|turut\s+|ikut\s+)?"
                            rf"(?:{_words(data['after'])})\b", flags),
                 re.compile(rf"\b(?:{_words(data['speech'])})\b", flags))


@cache
def model(kind: str = "people") -> tuple[list[float], float] | None:
    """(weights in feature order, threshold) of the scorer for ``kind`` ("people" or "organizations"), or None
    when no trained model is shipped."""
    if not MODEL_PATH.exists():
        return None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8")).get(kind)
    if data is None:
        return None
    names = FEATURES if kind == "people" else ORG_FEATURES
    if data["features"] != names:
        raise resources.ResourceError(f"{MODEL_PATH}: {kind} features {data['features']} differ from {names}")
    return [float(w) for w in data["weights"]], float(data["threshold"])


def _event_indexes(event_mentions: list[Mention], index_of: dict[tuple[int, int], int]) -> list[int]:
    """The indexes of the sentences that tell of the event: its mentions' own, and the one a mention refers back to
    ("... bertemu dengan ... . Pertemuan tersebut ...")."""
    return sorted({index_of[s] for m in event_mentions for s in (m.sentence, m.reported_in) if s in index_of})


def features(text: str, person: PersonMention, positions: list[int], sentences: list[tuple[int, int]],
             event_mentions: list[Mention], lead: tuple[int, int], n_people: int, body_start: int = 0) -> list[float]:
    """The cues for one person and one event, in FEATURES order (positions the body's, from ``body_start``: a
    headline's mention of the person is not one more)."""
    cues = _cues()
    positions = [at for at in positions if at >= body_start] or positions
    index_of = {s: i for i, s in enumerate(sentences)}
    event_indexes = _event_indexes(event_mentions, index_of)
    person_indexes = sorted({i for i, (a, b) in enumerate(sentences) for at in positions if a <= at < b})
    distances = [p - e for p in person_indexes for e in event_indexes]
    nearest = min((abs(d) for d in distances), default=99)
    spans = [(person.start, person.end), *[(a, a) for a in positions]]
    speaker = act = before = False
    for start, end in spans:
        sentence = next(((a, b) for a, b in sentences if a <= start < b), (start, end))
        window_after = text[end:min(end + 60, sentence[1])]
        window_before = text[max(sentence[0], start - 40):start]
        speaker = speaker or bool(cues.speech.search(text, max(sentence[0], start - 30), min(end + 30, sentence[1])))
        act = act or bool(cues.after.match(window_after))
        before = before or bool(cues.before.search(window_before)) or listed_after_cue(text, start, sentence[0])
    name_words = (person.name or "").split()
    return [
        1.0,
        float(0 in distances),
        float(1 in distances),
        min(nearest, 10) / 10,
        float(any(lead[0] <= at < lead[1] for at in positions)),
        float(speaker),
        float(before),
        float(act),
        float(person.name is None),
        float(len(name_words) == 1),
        math.log1p(len(positions)),
        body_share(positions[0], len(text), body_start) if positions else 1.0,
        math.log1p(n_people),
    ]


def org_features(text: str, span: tuple[int, int], forms: list[str], sentences: list[tuple[int, int]],
                 event_mentions: list[Mention], role_spans: list[tuple[int, int]], is_place: bool,
                 has_acronym: bool, n_orgs: int, body_start: int = 0) -> list[float]:
    """The cues for one organisation and one event, in ORG_FEATURES order; ``forms`` are its name and acronym
    (positions the body's, from ``body_start``)."""
    cues = _cues()
    positions = sorted({span[0], *[start for form in forms if len(form) >= 2   # (no pattern per form)
                                   for start, _ in whole_word_spans(text, form) if start >= body_start]})
    index_of = {s: i for i, s in enumerate(sentences)}
    event_indexes = _event_indexes(event_mentions, index_of)
    org_indexes = sorted({i for i, (a, b) in enumerate(sentences) for at in positions if a <= at < b})
    distances = [o - e for o in org_indexes for e in event_indexes]
    nearest = min((abs(d) for d in distances), default=99)
    in_role = [any(a <= at < b for a, b in role_spans) for at in positions]
    before = any(cues.before.search(text[max(0, at - 40):at]) for at in positions)
    return [
        1.0,
        float(0 in distances),
        float(1 in distances),
        min(nearest, 10) / 10,
        float(bool(in_role) and all(in_role)),
        float(before),
        float(is_place),
        float(has_acronym),
        math.log1p(len(positions)),
        body_share(positions[0], len(text), body_start),
        float(len(forms[0].split()) == 1),
        math.log1p(n_orgs),
    ]


@dataclass(frozen=True)
class _Reported:
    clause: re.Pattern[str]        # a reporting verb opening a clause: "Ia berkata, ", "Taufik menilai bahwa "
    attribution: re.Pattern[str]   # a trailing attribution: ", kata Idrus", "\" ujarnya"
    speaker: re.Pattern[str]       # an attribution right before the person: "kata Sekretaris Pribadi ..."
    address: re.Pattern[str]       # an address noun right before the person: "arahan dari "
    taking_part: re.Pattern[str]   # a participation cue: "dipimpin oleh", "dihadiri", "bersama"


@cache
def _reported() -> _Reported:
    data = resources.load("events")
    flags = re.IGNORECASE
    speech = [w for w in data["participant_cues"]["speech"] if not w.startswith("me")]
    return _Reported(
        re.compile(rf"\b(?:{_words(data['reporting_verbs'])})\s*(?:,|\s(?:{_words(data['reported_clause_openers'])})\b)",
                   flags),
        re.compile(rf"[,\"”]\s*(?:{_words([w for w in speech if w != 'menurut'])})\b", flags),
        re.compile(rf"\b(?:{_words(speech)})\s+$", flags),
        re.compile(rf"\b(?:{_words(data['address_nouns'])})(?:nya)?\s+(?:(?:dari|oleh)\s+)?$", flags),
        re.compile(rf"\b(?:{_words(data['participant_cues']['before'])})\b", flags))


def reported_only(text: str, positions: list[int], sentences: list[tuple[int, int]],
                  quotes: list[tuple[int, int]]) -> bool:
    """Whether every mention of a person sits in what someone said: after a reporting verb in its sentence ("Ia
    berkata, sudah mendapat restu dari Ketum PKS ..."), before a trailing attribution (", kata Idrus") or inside a
    quote. The person is what was said, not who said or did it."""
    cues = _reported()
    for at in positions:
        sentence = next(((a, b) for a, b in sentences if a <= at < b), None)
        if sentence is None or cues.address.search(text, max(sentence[0], at - 30), at) \
                or cues.speaker.search(text, max(sentence[0], at - 20), at):
            return False   # "menyimak arahan dari Ketua ...", "kata Sekretaris ...": they spoke
        if _in_regions(at, quotes):
            continue
        opened = [m.end() for m in cues.clause.finditer(text, sentence[0], at)]
        if opened:
            if cues.taking_part.search(text, opened[-1], at):
                return False   # "Ia mengatakan, sidang akan dipimpin oleh Menteri ... dan Ketua ...": a participant
            continue
        said = cues.attribution.search(text, at, sentence[1])
        # "..., Marc Piton mengatakan, “...,” katanya": the person opens the statement that the attribution closes
        if said is None or cues.clause.search(text, at, said.start()) is not None \
                or cues.taking_part.search(text, sentence[0], at):
            return False
    return bool(positions)


def record(kind: str, article_id: str, event_index: int, items: list[object], values: list[list[float]]) -> None:
    """Keep the scored rows for the trainer, when it collects them (``recorder`` is a list)."""
    if recorder is not None:
        recorder.extend((kind, article_id, event_index, item, v) for item, v in zip(items, values, strict=True))


def score(values: list[float], kind: str = "people") -> float:
    weights = model(kind)
    if weights is None:
        return 1.0
    z = sum(w * v for w, v in zip(weights[0], values, strict=True))
    return 1 / (1 + math.exp(-z))


# The cues that together say an office holder named by office alone did the event's own act: in its sentence, the
# act right after the office ("Wali Kota Kupang menerima kunjungan kerja ...", "Bupati membuka ..."). The scorer,
# fitted on news that mostly names its people, weighs an office alone down below its threshold even so.
_OFFICE_ACTING = tuple(FEATURES.index(name) for name in ("in_event_sentence", "act_after", "office_only"))


def took_part(values: list[float], kind: str = "people") -> bool:
    shipped = model(kind)
    if kind == "people" and all(values[i] for i in _OFFICE_ACTING):
        return True
    return shipped is None or score(values, kind) >= shipped[1]

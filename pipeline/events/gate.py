"""Whether the story reports its primary event at all: a small learned gate over the assembled primary record.

Most articles that mention a gathering do not report one: the gathering is where somebody was quoted ("di sela
Rakernas ..."), a plan named once, a past one recalled, or a trigger word in a feature story. No single cue tells
them apart, but together they do: a reported gathering is named, dated, placed and peopled in the story's opening,
and the story comes back to it; a quote setting sits in a sentence of reported speech in a story of statements.
A logistic model weighs these cues. It is trained on annotated real articles by
``python -m pipeline.training.record_gate`` and shipped as ``resources/record_gate.json`` (feature names,
weights, threshold). Without that file every primary record the rules build is kept.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache

from .. import resources
from ..schema import EventRecord
from ..stages.words import verb_shaped
from .common import Candidate, Mention, _lexicon, _words, body_share
from .scope import densities

FEATURES = [
    "bias", "confidence", "score", "dated", "day_dated", "named", "held", "reported_after", "in_lead",
    "position", "log_mentions", "log_returns", "n_places", "n_people", "n_orgs", "n_counts", "n_outcomes",
    "generic_trigger", "other_type", "said_in_sentence", "said_wherever_named", "in_quote", "future_in_sentence",
    "background_before", "speech_share", "quoted_share", "domain_density", "log_candidates", "log_words",
]
MODEL_PATH = resources.RESOURCE_DIR / "record_gate.json"
# The trainer sets a list here to collect (article id, features of the primary record); None when extracting.
recorder: list[tuple[str, list[float]]] | None = None


@cache
def model() -> tuple[list[float], float] | None:
    """(weights in feature order, threshold), or None when no trained gate is shipped."""
    if not MODEL_PATH.exists():
        return None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if data["features"] != FEATURES:
        raise resources.ResourceError(f"{MODEL_PATH}: features {data['features']} differ from {FEATURES}")
    return [float(w) for w in data["weights"]], float(data["threshold"])


@cache
def _speech() -> re.Pattern[str]:
    """A verb of saying: "kata", "ujarnya", "mengatakan", "menilai" ..."""
    data = resources.load("events")
    return re.compile(rf"\b(?:{_words([*data['attribution_verbs'], *data['reporting_verbs']])})\b", re.IGNORECASE)


def _log(n: int) -> float:
    return math.log1p(n)


def features(text: str, primary: Candidate, record: EventRecord, mentions: list[Mention], n_candidates: int,
             sentences: list[tuple[int, int]], lead: tuple[int, int], quotes: list[tuple[int, int]],
             body_start: int = 0) -> list[float]:
    """The cues of one article's primary record, in ``FEATURES`` order. Positions, shares and lengths are the
    body's, from ``body_start``: the gate was fitted on stories without a title, and a headline would move them."""
    lx = _lexicon()
    body_length = max(len(text) - body_start, 1)
    sentences = [s for s in sentences if s[0] >= body_start] or sentences
    first = min(primary.mentions, key=lambda m: m.start)
    sentence = first.sentence
    trigger = text[first.start:first.end].lower()
    returns = _returns(text, primary, mentions)
    speech = _speech()
    spoken = sum(1 for s in sentences if speech.search(text, s[0], s[1]))
    quoted = sum(b - a for a, b in quotes)
    date = primary.date
    return [
        1.0,
        record.confidence,
        primary.score,
        float(date is not None),
        float(date is not None and date.granularity == "day"),
        float(bool(primary.named)),
        float(any(m.held for m in primary.mentions)),
        float(any(m.reported_after for m in primary.mentions)),
        float(any(lead[0] <= m.start < lead[1] for m in primary.mentions)),
        body_share(first.start, len(text), body_start),
        _log(len(primary.mentions)),
        _log(returns),
        float(min(len(record.where), 3)),
        float(min(len(record.people), 5)),
        float(min(len(record.organizations), 5)),
        float(min(len(record.attendance), 2)),
        float(min(len(record.outcomes), 3)),
        float(trigger in lx.anaphoric),
        float(record.type == "other"),
        float(speech.search(text, sentence[0], sentence[1]) is not None),
        float(all(speech.search(text, m.sentence[0], m.sentence[1]) for m in primary.mentions)),
        float(any(a <= first.start < b for a, b in quotes)),
        float(lx.future.search(text, sentence[0], sentence[1]) is not None),
        float(lx.background.search(text, sentence[0], first.start) is not None),
        spoken / max(len(sentences), 1),
        quoted / body_length,
        max(densities(text, body_start).values(), default=0.0),
        _log(n_candidates),
        _log(len(text[body_start:].split())),
    ]


def _returns(text: str, primary: Candidate, mentions: list[Mention]) -> int:
    """How many mentions come back to the event: its own after the first, and "kegiatan ini", "acara tersebut". A
    trigger right after another of its own is the same phrase ("acara peluncuran", "acara launching"), no return."""
    first = min(m.start for m in primary.mentions)
    own = {id(m) for m in primary.mentions}
    ends = {m.end for m in primary.mentions}
    return sum(1 for m in mentions if m.start > first and (id(m) in own or m.anaphoric)
               and not (id(m) in own and any(text[e:m.start].isspace() for e in ends if e < m.start)))


def quote_setting(text: str, primary: Candidate, record: EventRecord, mentions: list[Mention]) -> bool:
    """Whether the primary gathering is only where somebody was quoted ("kata Menteri di sela peresmian ...", "ujar
    Menteri usai peresmian pasar ..."): every mention of it follows a verb of saying and a word that sets the
    statement there ("saat", "di sela", "usai"; not "Bupati mengatakan peresmian jembatan itu menandai ..."), the
    story never comes back to it, it is written in lower case (a titled one, "Pameran Karya Inovasi", is reported
    more often), and its record holds at most one person (the speaker, mostly) and nothing the gathering produced.
    The annotators give such a story no record, since nothing is said of the gathering itself. Not a meeting, whose
    participants speak of what it discussed ("kata Menlu dalam pertemuan bilateral di Tokyo, ... kedua negara akan
    ..."), nor a gathering the speaker has just held or attended, or spoke while taking part in ("katanya usai
    meresmikan asrama ...", "ujar Tito usai menghadiri pembukaan acara ...", "saat membuka kongres ..."). On the
    annotated sets and the labelled samples seminars, conferences, launches and ceremonies that only set a quote were
    all negatives, so only meetings (and their openings and closings) are kept apart, unless the statement was made
    outside them ("kata Nila usai rapat terbatas ...": a doorstop after it). The verb of saying may be passive
    ("Hal itu diungkapkan oleh ... ketika ditemui pada acara peluncuran ...")."""
    lx = _lexicon()
    return len(record.people) <= 1 and not record.outcomes and _returns(text, primary, mentions) == 0 \
        and (not _a_meeting(record) or all(_outside(text, m) for m in primary.mentions)) \
        and not any(text[m.start].isupper() or _took_part(text, m) for m in primary.mentions) \
        and all(lx.said_at.search(text, m.sentence[0], m.start) for m in primary.mentions)


def _a_meeting(record: EventRecord) -> bool:
    """A meeting, or the opening or closing of one ("penutupan Rapat Koordinasi Nasional ...")."""
    words = (record.name or "").lower().split()
    return record.type == "meeting" or any(_lexicon().type_of.get(w) == "meeting" for w in words)


def _outside(text: str, mention: Mention) -> bool:
    """ "usai ", "sebelum " right before a trigger (events.yaml outside_cues): said after or before the gathering."""
    return _outside_cue().search(text, max(0, mention.start - 20), mention.start) is not None


@cache
def _outside_cue() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words(resources.load('events')['outside_cues'])})\s+$", re.IGNORECASE)


def _took_part(text: str, mention: Mention) -> bool:
    """ "katanya usai meresmikan asrama ...", "ujar Tito usai menghadiri pembukaan ...", "Hal ini disampaikan JK saat
    membuka kongres ...", "saat meninjau ...": a cue of saying after or during (events.yaml reported_after_cues,
    said_during_cues), then a verb of the speaker's own part right before the trigger, or a trigger that is that
    verb."""
    found = _lexicon().took_part_before.search(text, max(0, mention.start - 40), mention.start)
    return found is not None and (found.group(1) is not None or verb_shaped(text[mention.start:mention.end].lower()))


def record(article_id: str, values: list[float]) -> None:
    """Keep the row for the trainer, when it collects them (``recorder`` is a list)."""
    if recorder is not None:
        recorder.append((article_id, values))


def reports_event(values: list[float]) -> bool:
    """Whether the story reports its primary event, by the shipped gate (always, without one)."""
    shipped = model()
    if shipped is None:
        return True
    z = sum(w * v for w, v in zip(shipped[0], values, strict=True))
    return 1 / (1 + math.exp(-z)) >= shipped[1]

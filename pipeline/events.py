"""Event assembly: Doc -> event records.

Candidates (trigger mentions with a name or a date) are grouped into events, scored, and the primary
event chosen; the facts the earlier stages found (dates, places, people, organisations, counts) are
then given to the event whose part of the text they stand in, each with its evidence span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from . import resources
from .dates import DateMention
from .entities import gazetteer
from .extensions import text_of
from .numbers import CountMention
from .roles import PersonMention
from .schema import Attendance, EventRecord, Organization, Outcome, Person, Place, When

Spans = list[tuple[int, int]]

_PLACE_ORDER = {"venue": 0, "other": 1, "city": 2, "regency": 2, "province": 3, "country": 4}


@dataclass
class Mention:
    start: int
    end: int
    type: str
    name: str | None
    name_span: tuple[int, int]
    anaphoric: bool
    sentence: tuple[int, int]
    date: DateMention | None = None
    held: bool = False


@dataclass
class Candidate:
    mentions: list[Mention]
    date: DateMention | None = None
    score: float = 0.0
    region: list[tuple[int, int]] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def named(self) -> list[Mention]:
        return [m for m in self.mentions if m.name]


@dataclass(frozen=True)
class _Lexicon:
    trigger: re.Pattern[str]
    type_of: dict[str, str]
    non_events: re.Pattern[str]
    anaphoric: frozenset[str]
    anaphoric_markers: re.Pattern[str]
    held: re.Pattern[str]
    cancel: re.Pattern[str]
    background: re.Pattern[str]
    modes: list[tuple[str, re.Pattern[str]]]
    ordinals: frozenset[str]
    host: re.Pattern[str]
    modifiers: frozenset[str]
    statement: re.Pattern[str]
    outcome_cues: list[tuple[str, re.Pattern[str]]]
    signing_acts: re.Pattern[str]
    other_event: re.Pattern[str]
    list_intro: re.Pattern[str]
    kind_of_intro: dict[str, str]
    topic_cue: re.Pattern[str]
    topic_stop: frozenset[str]
    topic_fillers: re.Pattern[str]
    place_preposition: re.Pattern[str]
    english_heads: frozenset[str]
    verb_nominals: dict[str, str]
    name_stops: frozenset[str]
    name_connectors: frozenset[str]
    name_prepositions: frozenset[str]
    separate: re.Pattern[str]
    absent: re.Pattern[str]
    continuation: re.Pattern[str]
    country_list: re.Pattern[str]


def _words(forms: list[str]) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


@cache
def _lexicon() -> _Lexicon:
    ev = resources.load("events")
    type_of = {form.lower(): kind for kind, forms in ev["types"].items() for form in forms}
    dates = resources.load("dates")
    outcomes = resources.load("outcomes")
    topics = resources.load("topics")
    places = resources.load("places")
    intro_kind = {}
    for kind, forms in outcomes["kinds"].items():
        for form in forms:
            intro_kind.setdefault(form.split()[0].lower(), kind)
    flags = re.IGNORECASE
    return _Lexicon(
        trigger=re.compile(rf"(?<![\w-])(?:{_words(list(type_of))})(?![\w-])", flags),
        type_of=type_of,
        non_events=re.compile(rf"\b(?:{_words(ev['non_events'])})\b", flags),
        anaphoric=frozenset(ev["anaphoric"]),
        anaphoric_markers=re.compile(rf"\s+(?:{_words(ev['anaphoric_markers'])})\b", flags),
        held=re.compile(rf"\b(?:{_words(ev['held_verbs'])})\b", flags),
        cancel=re.compile(rf"\b(?:{_words(ev['cancel_cues'])})\b", flags),
        background=re.compile(rf"\b(?:{_words(ev['background_cues'])})\b", flags),
        modes=[(mode, re.compile(rf"\b(?:{_words(ev['modes'][mode])})\b", flags)) for mode in ("hybrid", "online",
                                                                                               "offline")],
        ordinals=frozenset(ev["name_ordinals"]),
        host=re.compile(rf"\b(?:{_words(ev['host_cues'])})\b", flags),
        modifiers=frozenset(ev["modifier_nouns"]),
        statement=re.compile(rf"\b(?:{_words(dates['statement_cues'])})\b[^.\n]{{0,60}}$", flags),
        outcome_cues=[(kind, re.compile(rf"\b(?:{_words(forms)})\b", flags))
                      for kind, forms in outcomes["kinds"].items()],
        signing_acts=re.compile(rf"\b(?:{_words(outcomes['signing_acts'])})\b", flags),

        other_event=re.compile(rf"\b(?:{_words(outcomes['other_event_markers'])})\b", flags),
        list_intro=re.compile(rf"\b(?:{_words(outcomes['list_intros'])})\w*\b[^.\n]*:[ \t]*$", flags | re.MULTILINE),
        kind_of_intro=intro_kind,
        topic_cue=re.compile(rf"\b(?:{_words(topics['cues'])})\b\s*:?\s*", flags),
        topic_stop=frozenset(topics["stop_words"]),
        topic_fillers=re.compile(rf"^(?:\s*(?:{_words(topics['fillers'])})\b)+\s*:?\s*", flags),
        place_preposition=re.compile(rf"\b(?:{_words(places['place_prepositions'])})\s+$", flags),
        english_heads=frozenset(ev["english_heads"]),
        verb_nominals=dict(ev["verb_nominals"]),
        name_connectors=frozenset(ev["name_connectors"]),
        name_prepositions=frozenset(ev["name_prepositions"]),
        name_stops=frozenset(ev["name_stops"]) | frozenset(w.lower() for w in ev["held_verbs"] + ev["cancel_cues"]),
        separate=re.compile(rf"\b(?:{_words(ev['separate_statement_cues'])})\b", flags),
        absent=re.compile(rf"\b(?:{_words(ev['absent_cues'])})\s+$", flags),
        continuation=re.compile(rf"^\W*(?:{_words(ev['continuation_cues'])})\b", flags),
        country_list=re.compile(rf"\b(?:{_words(ev['country_list_cues'])})\s*,?\s*"
                                rf"(?:yakni|yaitu|antara lain|meliputi|:)\s*",
                                flags),
    )


# ---------------------------------------------------------------- candidates

_LIST_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]+(?P<body>[^\n]+)", re.MULTILINE)
_NAME_PART = re.compile(r"[ \t]*(\([^()\n]{1,60}\)|[–—-]+|[^\s,.;:()“”\"]+)")
_CAPITALISED = re.compile(r"^(?:[A-Z0-9][\w'’&/-]*|ke-\d+)$")


def _is_verb(word: str) -> bool:
    """Indonesian verbs by their prefixes: me-, ber-, ter-, and di-...-kan/-i passives."""
    w = word.lower()
    return bool(re.match(r"^(?:me[mnyg]?|ber|ter)[a-z]{3,}$", w) or re.match(r"^di[a-z]{3,}(?:kan|i)$", w))


def _name_forward(text: str, end: int, lowercase: bool = False) -> int:
    """Extend a trigger to the right over its name: capitalised words, years, "(Smart City)", "ketiga"; with
    ``lowercase``, also over the content words of a descriptive name ("rapat evaluasi pelaksanaan ...")."""
    lx = _lexicon()
    position = name_end = end
    words = 0
    while words < 14:
        match = _NAME_PART.match(text, position)
        if match is None:
            break
        word = match.group(1)
        if "\n" in text[position:match.start(1)]:
            break
        lower = word.lower()
        words += 1
        if word.startswith("(") or _CAPITALISED.match(word) or lower in lx.ordinals:
            if re.fullmatch(r"\d{1,2}", word) or lower in _weekday_words():
                break   # "Rabu (31/7)" or a day number starts a date, not a name
            position = name_end = match.end(1)
            continue
        if lower in lx.name_connectors:
            following = _NAME_PART.match(text, match.end(1))
            if following is not None and (_CAPITALISED.match(following.group(1)) or following.group(1)[0] in "–—-"):
                position = match.end(1)
                continue
        if lowercase and re.fullmatch(r"[a-z][a-z-]+", word) and lower not in lx.name_stops and not _is_verb(word) \
                and lx.type_of.get(lower) != "other":
            position = name_end = match.end(1)
            continue
        if lowercase and lower in lx.name_prepositions and name_end > end:
            following = _NAME_PART.match(text, match.end(1))
            if following is not None and _CAPITALISED.match(following.group(1)):
                position = match.end(1)
                continue
        break
    return name_end


def _name_backward(text: str, start: int) -> int:
    """English names put the head last: "Smart Change Conference", "ASCN Annual Meeting"."""
    words = list(re.finditer(r"[^\s,.;:()“”\"]+", text[max(0, start - 80):start]))
    offset = max(0, start - 80)
    name_start = start
    for match in reversed(words):
        word = match.group(0)
        gap = text[offset + match.end():name_start]
        if gap.strip() or "\n" in gap:
            break
        if re.fullmatch(r"[A-Z][\w'’&-]*|\d{4}", word) and word.lower() not in _lexicon().type_of:
            name_start = offset + match.start()
            continue
        break
    return name_start


def _sentence_of(sentences: list[tuple[int, int]], char: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= char < end:
            return start, end
    return char, char


def find_mentions(doc: Doc, sentences: list[tuple[int, int]]) -> list[Mention]:
    lx = _lexicon()
    text = text_of(doc)
    title_end = doc._.title_end or 0
    blocked = [(m.start(), m.end()) for m in lx.non_events.finditer(text)]
    # A trigger word inside a known organisation's name ("Forum Koordinasi Pimpinan Daerah (Forkopimda)",
    # "Pusat Pelatihan ... (KITA)") names the organisation, not an event.
    blocked += [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"
                and (e._.acronym or e._.canonical or re.search(r"\([A-Z][\w-]+\)$", e.text))]
    # ... and one inside a venue's name ("Lapangan Apel Kantor Wali Kota", "di Indonesia Convention Exhibition")
    # names the venue.
    blocked += [(e.start_char + 1, e.end_char) for e in doc.ents if e._.place_kind == "venue"]
    blocked += [span for _, span in _place_phrases(text, title_end, len(text))]
    mentions: list[Mention] = []
    for match in lx.trigger.finditer(text, title_end):
        start, end = match.span()
        if any(a <= start < b for a, b in blocked):
            continue
        if mentions and start < mentions[-1].name_span[1]:
            continue   # inside the previous event's name
        surface = match.group(0)
        lower = re.sub(r"\s+", " ", surface.lower())
        kind = lx.type_of[lower]
        anaphoric = (lower in lx.anaphoric and bool(lx.anaphoric_markers.match(text, end))) or bool(
            re.match(r"\s+(?:daring|luring|virtual|hibrida)\s+(?:ini|tersebut)\b", text[end:end + 30]))
        name_start = _name_backward(text, start) if lower in lx.english_heads and surface[0].isupper() else start
        verb = _is_verb(surface)
        if verb:
            # "meresmikan Mal Pelayanan Publik" -> "peresmian Mal Pelayanan Publik"; a passive names nothing.
            nominal = lx.verb_nominals.get(lower)
            name_end = _name_forward(text, end, lowercase=True) if nominal else end
            name = f"{nominal} {_tidy_name(text[end:name_end])}" if nominal and name_end > end else None
        else:
            name_end = _name_forward(text, end, lowercase=kind != "other")
            has_name = (name_end > end or name_start < start) and not anaphoric
            name = _tidy_name(text[name_start:name_end]) if has_name else None
        sentence = _sentence_of(sentences, start)
        window = text[sentence[0]:sentence[1]]
        mentions.append(Mention(start, end, kind, name, (name_start, name_end) if name else (start, end),
                                anaphoric, sentence, held=bool(lx.held.search(window))))
    return mentions


def _tidy_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" -–—")
    return re.sub(r"\s+(?:dan|untuk|of|and|for|the)$", "", name)


def _attach_dates(doc: Doc, mentions: list[Mention], dates: list[DateMention],
                  excluded: list[tuple[int, int]]) -> None:
    """Give each mention the date of its clause: the nearest one in its sentence that is not a statement's."""
    lx = _lexicon()
    text = text_of(doc)
    usable = []
    for mention in dates:
        if any(a <= mention.start < b for a, b in excluded):
            continue
        if lx.statement.search(text[max(0, mention.start - 70):mention.start]):
            continue
        if mention.granularity == "year":
            continue   # "berdiri tahun 1987", "tahun ini", "lima tahun ke depan": background, not when
        usable.append(mention)
    for mention in mentions:
        s_start, s_end = mention.sentence
        in_sentence = [d for d in usable if s_start <= d.start < s_end
                       and not (mention.name_span[0] <= d.start < mention.name_span[1])]
        if not in_sentence:
            continue
        # Prefer a written date to a relative one, then one after the trigger, then the closest.
        mention.date = min(in_sentence, key=lambda d: (d.relative, d.start < mention.start, abs(d.start - mention.end)))


def _contains_date(outer: DateMention, inner: DateMention) -> bool:
    return outer.first <= inner.first and inner.last <= outer.last


def _name_tokens(name: str) -> list[str]:
    return re.findall(r"\w+", name.lower())


def _same_event(a: str, b: str) -> bool:
    ta, tb = _name_tokens(a), _name_tokens(b)
    years_a = {t for t in ta if re.fullmatch(r"(?:19|20)\d\d", t)}
    years_b = {t for t in tb if re.fullmatch(r"(?:19|20)\d\d", t)}
    if years_a and years_b and not years_a & years_b:
        return False
    common = len(set(ta) & set(tb))
    if not common:
        return False
    precision, recall = common / len(set(ta)), common / len(set(tb))
    return 2 * precision * recall / (precision + recall) >= 0.5 or set(ta) <= set(tb) or set(tb) <= set(ta)


def _extend_to_closing_day(doc: Doc, candidate: Candidate, dates: list[DateMention]) -> None:
    """ "dibuka ... Minggu (20/8) malam. Festival ... berlangsung selama sepekan hingga Sabtu (26/8)": an event
    dated by its opening runs to the day its own sentences say it lasts until."""
    opening = candidate.date
    if opening is None or opening.granularity != "day":
        return
    text = text_of(doc)
    sentences = {m.sentence for m in candidate.mentions}
    for start, end in sorted(sentences):
        following = text.find(".", end)   # the next sentence too: "Festival ... ini berlangsung ... hingga ..."
        window_end = following if 0 <= following - end < 400 else end
        for date in dates:
            if not (start <= date.start < window_end) or date.first <= opening.last:
                continue
            if (date.first - opening.last).days > 14 or not re.search(r"\b(?:hingga|sampai|s\.?d\.?)\s*$",
                                                                       text[max(0, date.start - 12):date.start]):
                continue
            candidate.date = DateMention(opening.start, opening.end, opening.text, opening.first, date.last, "day",
                                         opening.explicit_year, opening.relative)
            return


def _proper_name(candidate: Candidate) -> bool:
    """A side event inside the main one has a name of its own ("Forum Wali Kota Muda"), not a description."""
    return any(sum(1 for w in (m.name or "").split() if w[:1].isupper()) >= 2 for m in candidate.mentions)


def _borrowed(mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The mention that owns a date this one only shares: an earlier trigger in the same sentence that the date
    follows ("Smart Change Conference 2020 yang diadakan pada Desember 2020 ... dengan penandatanganan ...")."""
    if mention.date is None or mention.date.start > mention.start:
        return None
    before = [m for m in mentions if m is not mention and not m.anaphoric and m.date is mention.date
              and m.start < mention.date.start and m.sentence == mention.sentence]
    return max(before, key=lambda m: m.start) if before else None


def group_candidates(mentions: list[Mention]) -> list[Candidate]:
    """Named or dated mentions become candidates; mentions naming the same event, or of the same kind on a day
    within its dates ("KTT yang berlangsung 29 Juni - 2 Juli" and "ditutup ... Minggu (2/7)"), join."""
    candidates: list[Candidate] = []
    owners = {id(m): _borrowed(m, mentions) for m in mentions}
    ordered = [m for m in mentions if owners[id(m)] is None] + [m for m in mentions if owners[id(m)] is not None]
    for mention in ordered:
        if mention.anaphoric or not (mention.name or mention.date):
            continue
        home = None
        owner = owners[id(mention)]
        for candidate in candidates:
            same_name = mention.name and any(m.name and _same_event(m.name, mention.name) for m in candidate.mentions)
            if owner is not None:
                if same_name or owner in candidate.mentions:
                    home = candidate
                    if same_name:
                        break
                continue
            date, other = mention.date, candidate.date
            same_date = bool(date and other and (date.first, date.last) == (other.first, other.last))
            nested = bool(date and other and (_contains_date(date, other) or _contains_date(other, date)))
            compatible = not (mention.name and candidate.named) or same_name
            same_kind = mention.type in {m.type for m in candidate.mentions}
            conflicting = bool(date and other and not nested)
            if (same_name and not conflicting) or (same_date and compatible) or (nested and same_kind and compatible):
                home = candidate
                break
        if home is None:
            candidates.append(Candidate([mention], mention.date))
        else:
            home.mentions.append(mention)
            if owner is None and mention.date and (home.date is None or _contains_date(mention.date, home.date)):
                home.date = mention.date
    candidates.sort(key=lambda c: c.first)
    # A nameless dated mention and a named undated one of the same type are one event.
    merged: list[Candidate] = []
    for candidate in candidates:
        types = {m.type for m in candidate.mentions}
        if not candidate.named:
            partner = next((c for c in merged if c.named and c.date is None
                            and types & {m.type for m in c.mentions}), None)
            if partner is not None:
                partner.mentions.extend(candidate.mentions)
                partner.date = candidate.date
                continue
        if candidate.named and candidate.date is not None:
            # A named mention without a date seen earlier ("memperpanjang nota kesepahaman ...") and this dated one
            # ("Penandatanganan perpanjangan nota kesepahaman itu ... Kamis (2/11)") report the same event.
            own = {t for m in candidate.named for t in _name_tokens(m.name or "")}
            early = next((c for c in merged if c.named and c.date is None and types & {m.type for m in c.mentions}
                          and len(own & {t for m in c.named for t in _name_tokens(m.name or "")}) >= 2), None)
            if early is not None:
                early.mentions.extend(candidate.mentions)
                early.date = candidate.date
                continue
        if candidate.named and candidate.date is None:
            tokens = {t for m in candidate.named for t in _name_tokens(m.name or "")}
            partner = next((c for c in merged if c.date is not None and types & {m.type for m in c.mentions}
                            and (not c.named or len(tokens & {t for m in c.named
                                                              for t in _name_tokens(m.name or "")}) >= 2)), None)
            if partner is not None:
                partner.mentions.extend(candidate.mentions)
                continue
        merged.append(candidate)
    return merged


def _score(candidate: Candidate, doc: Doc, title: str, lead: tuple[int, int]) -> float:
    """How likely a candidate is the story's main event: named in the title, dated, held, in the lead."""
    lx = _lexicon()
    text = text_of(doc)
    title_tokens = set(_name_tokens(title))
    score = 0.0
    named = candidate.named
    if named:
        def title_share(m: Mention) -> float:
            name_tokens = set(_name_tokens(m.name or ""))
            return len(name_tokens & title_tokens) / max(len(name_tokens), 1)

        score += 4.0 * max(title_share(m) for m in named) + 1.0
    if candidate.mentions[0].type in {lx.type_of.get(t) for t in title_tokens}:
        score += 1.0
    if candidate.date is not None:
        score += 2.0
    if any(m.held for m in candidate.mentions):
        score += 1.0
    if any(lead[0] <= m.start < lead[1] for m in candidate.mentions):
        score += 1.5
    score += 0.5 * min(len(candidate.mentions), 4)
    first_sentence = candidate.mentions[0].sentence
    if lx.background.search(text[first_sentence[0]:candidate.mentions[0].start]):
        score -= 1.5
    if text_of(doc)[candidate.mentions[0].start:candidate.mentions[0].end].lower() in lx.anaphoric:
        score -= 1.0   # "kegiatan", "acara": a generic word names no event of its own
    # Earlier in the story is likelier the story's subject.
    score += max(0.0, 1.0 - candidate.first / max(len(text), 1) * 2)
    return score


# ---------------------------------------------------------------- facts

def _in_regions(char: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= char < b for a, b in regions)


# A dot only inside a word ("St.Louis"), never a sentence's final one: "di Lombok Timur. Pelatihan ..." stops there.
_PLACE_WORD = r"(?:[A-Z][\w'’&-]*(?:\.\w[\w'’&-]*)*|\([^()\n]{1,40}\)|(?:of|and|de|&)(?=\s+[A-Z]))"
_PLACE_PHRASE = re.compile(rf"{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,9}}")


def _place_phrases(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """ "di Hotel Claro Makassar, Sulawesi Selatan, Selasa (14/3/2023)" -> the capitalised phrases after a place
    preposition and the comma-chained ones after it, up to a weekday or date."""
    lx = _lexicon()
    gaz = gazetteer()
    weekdays = _weekday_words()
    found: list[tuple[str, tuple[int, int]]] = []
    for prep in re.finditer(rf"\b(?:di|ke)\s+(?:(?:{_venue_nouns()})\s+(?=[A-Z]))?", text[start:end]):
        at = start + prep.end()
        clause_start = max(text.rfind(c, start, at) for c in ",;:") + 1
        # "peserta dari berbagai kampus di Kota Ambon": where participants come from, not where the event is.
        from_elsewhere = re.search(r"\b(?:dari|asal)\b[^\d]*$", text[max(clause_start, start):at])
        # "ke X" is a destination, a place of the event only after "berangkat/digelar ... ke".
        bare_ke = prep.group(0).startswith("ke") and not lx.place_preposition.search(text[max(0, at - 25):at])
        if from_elsewhere or bare_ke:
            continue
        while True:
            match = _PLACE_PHRASE.match(text, at, end)
            if match is None:
                break
            phrase = match.group(0).strip().rstrip(".")
            first = phrase.split()[0].lower()
            if first in weekdays or first in lx.name_stops or re.match(r"\d", phrase):
                break
            found.append((phrase, (match.start(), match.start() + len(phrase))))
            # A venue named with its city ("Hotel Claro Makassar"): the city is a place of the event too.
            words = phrase.split()
            for size in (2, 1):
                tail = " ".join(words[-size:])
                entry = gaz.place(tail)
                compound = phrase[:len(phrase) - len(tail)].endswith("-")
                if len(words) > size and entry is not None and entry.kind in ("city", "regency") and not compound:
                    tail_start = match.start() + phrase.rindex(tail)
                    found.append((tail, (tail_start, tail_start + len(tail))))
                    break
            chain = re.match(r"\s*,\s*", text[match.start() + len(phrase):end])
            if chain is None:
                break
            at = match.start() + len(phrase) + chain.end()
            following = _PLACE_PHRASE.match(text, at, end)
            if following is None or (len(following.group(0).split()) > 4 and gaz.place(following.group(0)) is None):
                break
    return found


@cache
def _venue_nouns() -> str:
    return "|".join(re.escape(w) for w in resources.load("places")["venue_nouns"])


@cache
def _weekday_words() -> frozenset[str]:
    data = resources.load("dates")
    return frozenset(w.lower() for forms in data["weekdays"].values() for w in forms) | frozenset(
        w.lower() for forms in data["months"].values() for w in forms)


def _event_places(doc: Doc, sentences: list[tuple[int, int]],
                  excluded: list[tuple[int, int]]) -> list[tuple[Span | None, str, tuple[int, int]]]:
    """Places after a place preposition in the event's sentences, and the hosts ("tuan rumah")."""
    lx = _lexicon()
    text = text_of(doc)
    people = [e for e in doc.ents if e.label_ == "PER"]
    names = [p.name_span for p in doc._.people or [] if p.name_span] + [
        p.role_span for p in doc._.people or [] if p.role_span]
    orgs = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
    gaz = gazetteer()
    places: list[tuple[Span | None, str, tuple[int, int]]] = []
    for start, end in sentences:
        for phrase, span in _place_phrases(text, start, end):
            if any(a <= span[0] < b for a, b in excluded) or any(p.start_char <= span[0] < p.end_char for p in people):
                continue
            if any(a <= span[0] < b for a, b in names):
                continue
            if span in orgs and gaz.place(phrase) is None and not any(
                    f" {h.lower()} " in f" {phrase.lower()} " for h in gaz.venue_heads):
                continue   # "di ASEAN maupun Jepang": an organisation, not a place
            places.append((None, phrase, span))
    # "Pemerintah kota Jakarta dan Berlin menjadi tuan rumah": the places in the hosts' clause.
    for start, end in sentences:
        host = lx.host.search(text, start, end)
        if host is None:
            continue
        clause_start = max(text.rfind(c, start, host.start()) for c in ",;:") + 1 or start
        clause_start = max(clause_start, start)
        for word in re.finditer(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}", text[clause_start:host.start()]):
            entry = gaz.place(word.group(0))
            if entry is not None and entry.kind in ("city", "regency", "province", "country"):
                at = clause_start + word.start()
                places.append((None, word.group(0), (at, at + len(word.group(0)))))
    return places


def _place_records(doc: Doc, places: list[tuple[Span | None, str, tuple[int, int]]],
                   context: list[tuple[int, int]]) -> tuple[list[Place], Spans]:
    gaz = gazetteer()
    records: list[Place] = []
    spans: Spans = []
    seen: set[str] = set()
    venue_heads = gaz.venue_heads

    def is_venue(surface: str) -> bool:
        return any(f" {h.lower()} " in f" {surface.lower()} " for h in venue_heads)

    # "di Ruang Indonesia, Plataran Senayan": venues chained by a comma are one place.
    joined: list[tuple[Span | None, str, tuple[int, int]]] = []
    for item in places:
        if joined and is_venue(item[1]) and is_venue(joined[-1][1]) and gaz.place(item[1]) is None and re.fullmatch(
                r"\s*,\s*", text_of(doc)[joined[-1][2][1]:item[2][0]]):
            start = joined[-1][2][0]
            joined[-1] = (None, text_of(doc)[start:item[2][1]], (start, item[2][1]))
            continue
        joined.append(item)
    places = joined
    for span, surface, char_span in places:
        entry = gaz.place(surface)
        kind = (span._.place_kind if span is not None else None) or (entry.kind if entry else None)
        if kind is None:
            kind = "venue" if is_venue(surface) else "other"
        name = _strip_prefix(surface) if kind in ("city", "regency") else surface
        key = (entry.canonical if entry else _strip_prefix(name)).lower()
        if key in seen:
            continue
        seen.add(key)
        records.append(Place(name=name, kind=kind, text=surface))  # type: ignore[arg-type]
        spans.append(char_span)
    # Parents from the gazetteer, when the title or the event's sentences name them ("Kota Kupang" -> "NTT").
    text = text_of(doc)
    windows = [(0, doc._.title_end or 0)]
    for record in list(records):
        entry = gaz.place(record.text) or gaz.place(record.name)
        parent = entry.parent if entry else None
        if parent is None or parent.lower() in seen:
            continue
        parent_entry = gaz.place(parent)
        kind = parent_entry.kind if parent_entry else "province"
        surfaces = [s for s, e in gaz.places.items() if e.canonical == parent and len(s) > 1]
        found = _find_any(text, surfaces, windows)
        # Only a parent written right after its child ("KOTA KUPANG NTT"), not one inside an organisation's name.
        child = _find_any(text, [record.text, record.name], windows)
        if found is not None and child is not None and 0 <= found[0] - child[1] <= 3:
            seen.add(parent.lower())
            records.append(Place(name=parent, kind=kind, text=text[found[0]:found[1]]))  # type: ignore[arg-type]
            spans.append(found)
    # "di Indonesia" beside a real venue or city is a manner of speaking, not the place of the event.
    if len(records) > 1:
        keep = [i for i, r in enumerate(records) if r.name != "Indonesia"]
        records, spans = [records[i] for i in keep], [spans[i] for i in keep]
    order = sorted(range(len(records)), key=lambda i: _PLACE_ORDER.get(records[i].kind, 1))
    return [records[i] for i in order], [spans[i] for i in order]


def _find_any(text: str, surfaces: list[str], windows: list[tuple[int, int]]) -> tuple[int, int] | None:
    best = None
    shouted = bool(windows) and text[windows[0][0]:windows[0][1]].isupper()
    for surface in surfaces:
        # Case matters ("Bali" the place, not "bali"), except in a headline written in capitals.
        pattern = re.compile(rf"(?<![\w-]){re.escape(surface)}(?![\w-])",
                             re.IGNORECASE if surface.isupper() or shouted else 0)
        for start, end in windows:
            match = pattern.search(text, start, end)
            if match is not None and (best is None or match.start() < best[0]):
                best = match.span()
    return best


def _strip_prefix(name: str) -> str:
    return re.sub(r"^(?:Kota|Kabupaten|Kab\.|Provinsi)\s+", "", name)


def _org_key(name: str) -> str:
    name = re.sub(r"\([^)]*\)", " ", name)
    name = re.sub(r"^(?:Pemprov|Pemrov)\b", "Pemerintah Provinsi", name)
    name = re.sub(r"^Pemkot\b", "Pemerintah Kota", name)
    name = re.sub(r"^Pemkab\b", "Pemerintah Kabupaten", name)
    return " ".join(_name_tokens(name))


def _organizations(doc: Doc, people: list[PersonMention], mentions: list[Mention],
                   excluded: list[tuple[int, int]], areas: list[tuple[int, int]]) -> list[tuple[Organization,
                                                                                             tuple[int, int]]]:
    """Organisations that took part: named organisations, and places acting as parties. An organisation only
    mentioned outside ``areas`` (the sentences about an event and the participants' roles) took no part."""
    lx = _lexicon()
    text = text_of(doc)
    title_end = doc._.title_end or 0
    name_spans = [m.name_span for m in mentions if m.name]
    acronyms: dict[str, str] = doc._.acronyms or {}
    found: list[tuple[Organization, tuple[int, int]]] = []
    for ent in doc.ents:
        if ent.start_char < title_end or any(a <= ent.start_char < b for a, b in excluded):
            continue
        span = (ent.start_char, ent.end_char)
        if ent.label_ == "ORG":
            if any(a <= ent.start_char and ent.end_char <= b for a, b in name_spans):
                continue
            if normalize_title(ent.text) in _title_forms():
                continue
            previous = re.findall(r"[\w-]+", text[max(0, ent.start_char - 20):ent.start_char])
            if previous and previous[-1].lower() in lx.modifiers and not _acts(text, ent.end_char):
                continue
            if not _in_regions(ent.start_char, areas) and not _acts(text, ent.end_char):
                continue
            found.append((_org_record(ent, acronyms), span))
        elif ent.label_ in ("LOC", "GPE") and ent._.place_kind in ("country", "city", "regency", "province"):
            if _acts(text, ent.end_char) and _clause_start(text, ent.start_char):
                found.append((Organization(name=ent.text, acronym=None, text=ent.text), span))
    # "peserta dari enam negara, yakni Indonesia, Filipina, Vietnam, ...": the countries took part.
    for cue in lx.country_list.finditer(text, title_end):
        end = _clause_text(text, cue.end())[1]
        for ent in doc.ents:
            if cue.end() <= ent.start_char < end and ent._.place_kind == "country":
                found.append((Organization(name=ent.text, acronym=None, text=ent.text), (ent.start_char, ent.end_char)))
    for person in people:
        # "Dr. Kessie Lee, Seoul Institute of Technology": the organisation the person came from.
        if person.name and person.role and person.organization and person.role == person.organization:
            first = re.split(r",\s*", person.organization)[0]
            start = text.find(first, person.role_span[0] if person.role_span else 0)
            found.append((Organization(name=first, acronym=None, text=first), (start, start + len(first))))
    return _dedupe_orgs(_split_coordinated(doc, found))


@cache
def _title_forms() -> frozenset[str]:
    people = resources.load("people")
    forms = [t for group in people["prefix_titles"].values() for t in group] + people["suffix_titles"]
    return frozenset(normalize_title(f) for f in forms)


def normalize_title(text: str) -> str:
    return re.sub(r"[^\w]", "", text).lower()


def _acts(text: str, end: int) -> bool:
    """Whether the words after a name make it the subject of an action ("Jepang melaporkan")."""
    after = text[end:end + 40]
    return bool(re.match(r"\s*(?:,\s*)?(?:(?:dan|serta)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+)?"
                         r"(?:me[mn]?\w+|ber\w+|sepakat|melalui|akan\s+\w+|menjadi)\b", after))


def _clause_start(text: str, start: int) -> bool:
    before = text[max(0, start - 25):start]
    return bool(re.search(r"(?:^|[.,;:\n\"“]|\bdan|\bserta|\bitu|\byakni|\bsementara)\s*$", before)) or start == 0


def _org_record(ent: Span, acronyms: dict[str, str]) -> Organization:
    surface = re.sub(r"\s+", " ", ent.text)
    acronym = ent._.acronym
    inner = re.search(r"\((?P<acr>[^)]+)\)\s*$", surface)
    name = surface
    if inner is not None:
        acronym = inner.group("acr")
        name = surface[:inner.start()].strip()
    elif acronym and acronym in acronyms and surface == acronym:
        name = acronyms[acronym]
    elif ent._.canonical and surface == acronym:
        name = ent._.canonical   # "Kemendagri" -> "Kementerian Dalam Negeri", from the curated table
    else:
        # "Shepherd ASEAN Smart City Network" where the article defines "ASEAN Smart City Network (ASCN)".
        for short, expansion in acronyms.items():
            if surface != expansion and surface.endswith(" " + expansion):
                name, acronym = expansion, short
                break
    inside = re.search(r"\s*\((?P<acr>[A-Z][\w-]{1,11})\)\s*", name)
    if inside is not None:
        # "Pemerintah Kota (Pemkot) Balikpapan": the short form written inside the name.
        acronym = acronym or inside.group("acr")
        name = (name[:inside.start()] + " " + name[inside.end():]).strip()
    return Organization(name=re.sub(r"\s+", " ", name), acronym=acronym, text=ent.text)


def _dedupe_orgs(found: list[tuple[Organization, tuple[int, int]]]) -> list[tuple[Organization, tuple[int, int]]]:
    """One record per organisation: acronym and expansion, "Pemprov DKI" and "Pemprov DKI Jakarta"."""
    kept: list[tuple[Organization, tuple[int, int], set[str]]] = []
    for org, span in found:
        keys = {_org_key(org.name)} | ({_org_key(org.acronym)} if org.acronym else set())
        keys |= {_org_key(org.text)}
        target = None
        for index, (_, _, other_keys) in enumerate(kept):
            if keys & other_keys or any(_contains_words(a, b) or _contains_words(b, a)
                                        for a in keys for b in other_keys):
                target = index
                break
        if target is None:
            kept.append((org, span, keys))
            continue
        other, other_span, other_keys = kept[target]
        # The more specific name wins ("UCLG ASPAC" over "UCLG"); else the fuller, not all-capitals one.
        new_more_specific = any(_contains_words(a, b) and a != b for a in keys for b in other_keys)
        old_more_specific = any(_contains_words(b, a) and a != b for a in keys for b in other_keys)
        if new_more_specific and not old_more_specific:
            better = org
        elif old_more_specific and not new_more_specific:
            better = other
        else:
            better = org if len(org.name) > len(other.name) and not org.name.isupper() else other
        acronym = better.acronym or (other.acronym if better is org else org.acronym)
        kept[target] = (Organization(name=better.name, acronym=acronym, text=better.text),
                        other_span if better is other else span, other_keys | keys)
    return [(org, span) for org, span, _ in kept]


def _contains_words(a: str, b: str) -> bool:
    """Whether normalised name ``a`` contains ``b`` as whole words ("uclg aspac" / "uclg")."""
    return len(b) >= 3 and (a == b or f" {b} " in f" {a} ")


def _split_coordinated(doc: Doc,
                       orgs: list[tuple[Organization, tuple[int, int]]]) -> list[tuple[Organization, tuple[int, int]]]:
    """ "Pemerintah kota Jakarta dan Berlin" is two governments; "Pemkot Pontianak dan Dewan Bandaraya ... (DBKU)"
    two organisations."""
    gaz = gazetteer()
    result = []
    for org, span in orgs:
        match = re.match(r"^(?P<head>Pemerintah(?:\s+(?:kota|kabupaten|provinsi|Kota|Kabupaten|Provinsi))?)\s+"
                         r"(?P<a>.+?)\s+(?:dan|serta)\s+(?P<b>.+)$", org.name)
        if match and gaz.place(match.group("b")) and gaz.place(match.group("a")):
            head = match.group("head")
            b_start = span[0] + org.text.rfind(match.group("b"))
            result.append((Organization(name=f"{head} {match.group('a')}", acronym=None,
                                        text=org.text[:org.text.find(match.group('a')) + len(match.group('a'))]),
                           (span[0], span[0] + org.text.find(match.group("a")) + len(match.group("a")))))
            result.append((Organization(name=f"{head} {match.group('b')}", acronym=None, text=match.group("b")),
                           (b_start, b_start + len(match.group("b")))))
            continue
        parts = re.split(r"\s+dan\s+(?=(?:" + "|".join(map(re.escape, gaz.org_heads)) + r")\b)", org.text)
        if len(parts) == 2 and len(parts[0].split()) >= 2:
            offset = span[0]
            for part in parts:
                at = text_of(doc).find(part, offset)
                inner = re.search(r"\((?P<acr>[^)]+)\)\s*$", part)
                name = part[:inner.start()].strip() if inner else part
                result.append((Organization(name=name, acronym=inner.group("acr") if inner else None, text=part),
                               (at, at + len(part))))
                offset = at + len(part)
            continue
        result.append((org, span))
    return result


def _clause_text(text: str, start: int) -> tuple[int, int]:
    end_candidates = [i for c in ".;\n" if (i := text.find(c, start)) != -1]
    return start, min(end_candidates) if end_candidates else len(text)


def find_outcomes(doc: Doc, sentences: list[tuple[int, int]],
                  event_mentions: list[Mention]) -> list[tuple[Outcome, tuple[int, int]]]:
    """Numbered lists after an intro ("menghasilkan beberapa rekomendasi, yaitu:"), and cue sentences."""
    lx = _lexicon()
    text = text_of(doc)
    title_end = doc._.title_end or 0
    outcomes: list[tuple[Outcome, tuple[int, int]]] = []
    covered: list[tuple[int, int]] = []
    for intro in lx.list_intro.finditer(text, title_end):
        word = re.search(rf"\b(?:{'|'.join(map(re.escape, lx.kind_of_intro))})", intro.group(0), re.IGNORECASE)
        kind = lx.kind_of_intro.get(word.group(0).lower(), "statement") if word else "statement"
        covered.append((text.rfind("\n", 0, intro.start()) + 1, intro.end()))
        for item in _LIST_ITEM.finditer(text, intro.end()):
            if text[covered[-1][1]:item.start()].strip():
                break   # the list ended
            start = item.start("body")
            first_sentence = next((e for s, e in sentences if s <= start < e), item.end("body"))
            end = min(first_sentence, item.end("body"))
            outcomes.append((Outcome(kind=kind, text=text[start:end].strip()), (start, end)))
            covered.append(item.span())
    for start, end in sentences:
        if start < title_end or any(a <= start < b for a, b in covered):
            continue
        sentence = text[start:end]
        if lx.separate.search(sentence) or (covered and lx.list_intro.search(sentence + ":")):
            continue
        kind, cue = _outcome_cue(sentence)
        if kind is None or cue is None:
            continue
        # "Hasil konferensi ini ..." opens a statement; "hasil" deep inside a sentence is no outcome.
        if kind == "statement" and not cue.group(0).lower().startswith("meng") \
                and len(sentence[:cue.start()].split()) > 3:
            continue
        # A sentence about the reported event itself ("Pameran akan berlangsung ...") is not its outcome.
        if kind == "plan" and any(start <= m.start < end for m in event_mentions) \
                and not lx.other_event.search(sentence):
            continue
        o_start = start + cue.start() if kind == "agreement" and cue.group(0).lower().startswith(
            ("penandatanganan", "kesepakatan")) else start
        body = text[o_start:end].strip(" “”\"")
        outcomes.append((Outcome(kind=kind, text=_strip_attribution(body)), (o_start, end)))
    return outcomes


def _outcome_cue(sentence: str) -> tuple[str | None, re.Match[str] | None]:
    lx = _lexicon()
    for kind, pattern in lx.outcome_cues:
        cue = pattern.search(sentence)
        if cue is not None:
            return kind, cue
    act = lx.signing_acts.search(sentence)
    if act is not None:
        return "agreement", act
    return None, None


def _strip_attribution(sentence: str) -> str:
    """ "..., jelas Amran." -> "..." : the speaker is not part of what was said."""
    return re.sub(r"[,.]?[”\"]?\s*,?\s*\b(?:kata|ujar|jelas|tegas|ungkap|tutur|imbuh)\w*\s+[A-Z][\w ]{0,40}\.?$", "",
                  sentence).strip(" “”\"")


def find_topics(doc: Doc, regions: list[tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """Short noun phrases after a cue ("membahas", "bertema", "terkait"), one per list item."""
    lx = _lexicon()
    text = text_of(doc)
    topics: list[tuple[str, tuple[int, int]]] = []
    seen: set[str] = set()
    for cue in lx.topic_cue.finditer(text, doc._.title_end or 0):
        if regions and not _in_regions(cue.start(), regions):
            continue
        end = _clause_text(text, cue.end())[1]
        fillers = lx.topic_fillers.match(text, cue.end(), end)
        start = fillers.end() if fillers else cue.end()
        for part in re.finditer(r"[^,;]+", text[start:end]):
            for piece in re.finditer(r"(?:(?!\s(?:dan|serta|hingga|maupun|atau)\s).)+", part.group(0)):
                raw = piece.group(0)
                phrase = re.sub(r"\s*\([^)]*\)?", "", raw).strip(" “”\"'")
                phrase = lx.topic_fillers.sub("", phrase)
                words = phrase.split()
                while words and (words[-1].lower() in lx.topic_stop or words[-1].lower() in ("di", "ke")):
                    words.pop()
                if words and words[0].lower() in lx.topic_stop:
                    break
                if not 1 <= len(words) <= 5 or _is_verb(words[0]) or any(w.lower() in ("di", "pada") for w in words):
                    continue
                topic = " ".join(words)
                if len(topic) < 4 or topic.lower() in seen:
                    continue
                seen.add(topic.lower())
                at = text.find(topic, start + part.start() + piece.start())
                topics.append((topic, (at, at + len(topic))))
        if len(topics) >= 10:
            break
    return topics + _keyphrases(doc, regions, seen, max(0, 6 - len(topics)))


_PHRASE_WORD = re.compile(r"[a-z][a-z-]{2,}")


def _keyphrases(doc: Doc, regions: list[tuple[int, int]], seen: set[str],
                limit: int) -> list[tuple[str, tuple[int, int]]]:
    """Lower-case noun phrases of two or three content words that the story repeats or its title names."""
    if limit <= 0:
        return []
    lx = _lexicon()
    text = text_of(doc)
    title = text[:doc._.title_end or 0].lower()
    body_start = doc._.title_end or 0
    counts: dict[str, list[int]] = {}
    for run in re.finditer(r"[a-z][a-z -]*[a-z]", text[body_start:]):
        words = run.group(0).split()
        content = [w for w in words if _PHRASE_WORD.fullmatch(w)]
        if len(content) != len(words):
            continue
        offset = body_start + run.start()
        position = 0
        for index, word in enumerate(words):
            for size in (3, 2):
                gram = words[index:index + size]
                if len(gram) < size or any(w in lx.topic_stop or w in lx.name_stops or _is_verb(w) or w in lx.type_of
                                           for w in gram):
                    continue
                phrase = " ".join(gram)
                counts.setdefault(phrase, []).append(offset + run.group(0).index(phrase, position))
            position += len(word) + 1
    scored = []
    for phrase, starts in counts.items():
        in_title = phrase in title
        if len(starts) < 2 and not in_title:
            continue
        if regions and not any(_in_regions(at, regions) for at in starts):
            continue
        scored.append((len(starts) + 2 * in_title + 0.5 * len(phrase.split()), -starts[0], phrase, starts[0]))
    result: list[tuple[str, tuple[int, int]]] = []
    for _, _, phrase, at in sorted(scored, reverse=True):
        if any(phrase in other or other in phrase for other in seen):
            continue
        seen.add(phrase)
        result.append((phrase, (at, at + len(phrase))))
        if len(result) >= limit:
            break
    return result


# ---------------------------------------------------------------- assembly

def _mode(doc: Doc, regions: list[tuple[int, int]], places: list[Place]) -> tuple[str | None, tuple[int, int] | None]:
    lx = _lexicon()
    text = text_of(doc)
    for mode, pattern in lx.modes:
        for start, end in regions:
            match = pattern.search(text, start, end)
            if match is not None:
                return mode, match.span()
    if any(p.kind == "venue" for p in places):
        return "offline", None
    return None, None


def _confidence(candidate: Candidate, n_facts: int, primary: bool) -> float:
    value = 0.2
    value += 0.2 if candidate.named else 0.0
    value += 0.2 if candidate.date is not None else 0.0
    value += 0.1 if any(m.held for m in candidate.mentions) else 0.0
    value += min(n_facts, 5) * 0.04
    value += 0.1 if primary else -0.1
    return round(max(0.05, min(value, 0.99)), 2)


def _best_name(candidate: Candidate, title: str) -> Mention | None:
    named = candidate.named
    if not named:
        return None
    title_tokens = set(_name_tokens(title))

    def quality(m: Mention) -> tuple[bool, bool, int, int]:
        tokens = _name_tokens(m.name or "")
        capitals = sum(1 for w in (m.name or "").split() if w[:1].isupper())
        # A mention that only shares another's date ("... dengan penandatanganan ...") names a part, not the event.
        owns_date = not (m.date is not None and candidate.date is m.date and m.date.start < m.start)
        return (owns_date, len(set(tokens) & title_tokens) >= 2, capitals, -abs(len(tokens) - 6))

    return max(named, key=quality)


def assemble(doc: Doc) -> list[EventRecord]:
    """All event records of one processed article, primary first."""
    text = text_of(doc)
    title = text[:doc._.title_end or 0]
    sentences = [(s.start_char, s.start_char + len(s.text.rstrip())) for s in doc.sents]
    excluded = [s for s in (doc._.dateline_span, doc._.published_span) if s]
    mentions = find_mentions(doc, sentences)
    _attach_dates(doc, mentions, doc._.dates or [], excluded)
    candidates = group_candidates(mentions)
    if not candidates:
        return []
    for candidate in candidates:
        _extend_to_closing_day(doc, candidate, doc._.dates or [])
    body = [s for s in sentences if s[0] >= (doc._.title_end or 0) and s != doc._.dateline_span
            and not _is_dateline_only(text, s, doc._.dateline_span)]
    lead = body[0] if body else (0, 0)
    for candidate in candidates:
        candidate.score = _score(candidate, doc, title, lead)
    primary = max(candidates, key=lambda c: c.score)
    published = doc._.published
    secondary = [c for c in candidates if c is not primary and c.date is not None
                 and (c.named or c.mentions[0].type not in ("other",))
                 and not c.date.relative and c.date.granularity in ("day", "month")
                 and (c.date.explicit_year or published is not None)
                 and (published is None or c.date.first <= published)
                 and (primary.date is None or c.date.first <= primary.date.last)
                 and (primary.date is None or not _contains_date(primary.date, c.date)
                      or (c.mentions[0].type != primary.mentions[0].type and _proper_name(c)))
                 and (primary.date is None or (c.date.first, c.date.last) != (primary.date.first, primary.date.last))]
    secondary.sort(key=lambda c: c.first)
    events = [primary, *secondary[:3]]
    # Each secondary event owns the rest of the sentence from its mention on, and what continues it; the primary
    # the rest.
    grouped = {id(m) for c in candidates for m in c.mentions}
    primary_types = {m.type for m in primary.mentions} | {"other"}
    primary_marks = [m.start for m in primary.mentions] + [
        m.start for m in mentions if m.anaphoric or (id(m) not in grouped and m.type in primary_types)]
    for candidate in events[1:]:
        candidate.region = _secondary_region(doc, candidate, sentences, mentions, primary_marks)
    secondary_regions = [r for c in events[1:] for r in c.region]
    primary.region = [(0, len(text))]

    def owner(char: int) -> Candidate:
        for candidate in events[1:]:
            if _in_regions(char, candidate.region):
                return candidate
        return primary

    people = [p for p in doc._.people or [] if _participant(doc, p, sentences)]
    held_sentences = [sent for sent in sentences if _lexicon().held.search(text, sent[0], sent[1])]
    areas = [m.sentence for m in mentions if m.type != "other" or m.anaphoric] + held_sentences + [
        span for p in people for span in (p.role_span, *p.other_role_spans) if span] + secondary_regions
    orgs = _organizations(doc, people, mentions, excluded, areas)
    # Counts the numbers stage marked as not attendance carry no attendance status.
    counts: list[CountMention] = [c for c in doc._.counts or [] if c.status in ("attended", "invited", "expected")]
    outcomes = find_outcomes(doc, sentences, [m for m in mentions if m.type != "other" or m.anaphoric or m.name
                                              or m.date])
    # Sentences that speak of the main event without naming or dating it: "kegiatan ini", "Rakor yang ...".
    anaphoric_sentences = [m.sentence for m in mentions if (m.anaphoric or (id(m) not in grouped and m.type in
                                                                              primary_types))
                           and not _in_regions(m.start, secondary_regions)]
    records: list[EventRecord] = []
    for index, candidate in enumerate(events):
        is_primary = candidate is primary
        event_sentences = [m.sentence for m in candidate.mentions] + (anaphoric_sentences if is_primary else [])
        name_place = _place_in_name(doc, _best_name(candidate, title))
        own_sentences = [m.sentence for m in candidate.mentions if not _in_regions(m.start, secondary_regions)
                         or not is_primary]
        if not is_primary:
            own_sentences = candidate.region
        places, place_spans = _place_records(doc, _event_places(doc, own_sentences, excluded), own_sentences)
        if is_primary and not places:
            # Only then the sentences that refer back to the event ("Rakor yang dipusatkan di ...").
            plain = [s for s in anaphoric_sentences if not _lexicon().background.search(text, s[0], s[1])]
            places, place_spans = _place_records(doc, _event_places(doc, plain, excluded), plain)
        if is_primary and not any(p.kind in ("city", "regency") for p in places) and name_place is not None:
            places, place_spans = [*places, name_place[0]], [*place_spans, name_place[1]]
        if is_primary and all(p.kind == "venue" for p in places):
            fallback, fallback_spans = _fallback_place(doc, candidate, event_sentences)
            known = {_strip_prefix(p.name).lower() for p in places}
            for place, span in zip(fallback, fallback_spans, strict=True):
                if _strip_prefix(place.name).lower() not in known:
                    places, place_spans = [*places, place], [*place_spans, span]
        evidence: dict[str, list[list[tuple[int, int]]]] = {}
        name_mention = _best_name(candidate, title)
        mode, mode_span = _mode(doc, event_sentences if is_primary else candidate.region, places)
        when = None
        if candidate.date is not None:
            when = When(**candidate.date.as_when())
            evidence["when"] = [[(candidate.date.start, candidate.date.end)]]
        if name_mention is not None:
            evidence["name"] = [[name_mention.name_span]]
        trigger = name_mention or next((m for m in candidate.mentions if m.type != "other"), candidate.mentions[0])
        evidence["type"] = [[(trigger.start, trigger.end)]]
        if mode_span is not None:
            evidence["mode"] = [[mode_span]]
        if places:
            evidence["where"] = [[s] for s in place_spans]
        event_people = [p for p in people if any(owner(at) is candidate for at in _person_positions(text, p))]
        person_records = [Person(name=p.name, role=p.role, organization=p.organization, titles=p.titles,
                                 text=text[p.start:p.end]) for p in event_people]
        if person_records:
            evidence["people"] = [p.spans for p in event_people]
        event_orgs = [(o, s) for o, s in orgs if owner(s[0]) is candidate]
        if event_orgs:
            evidence["organizations"] = [[s] for _, s in event_orgs]
        event_counts = _dedupe_counts([c for c in counts if owner(c.start) is candidate])
        if event_counts:
            evidence["attendance"] = [[(c.start, c.end)] for c in event_counts]
        # At a signing, the first report of the signing is its outcome; later ones only retell the event.
        event_outcomes = []
        signing_reported = False
        for outcome, span in outcomes:
            if owner(span[0]) is not candidate:
                continue
            act_only = outcome.kind == "agreement" and _lexicon().signing_acts.search(text, span[0], span[1]) and \
                not re.search(r"\b(?:sepakat|kesepakatan|menyepakati|disepakati)\b", text[span[0]:span[1]])
            if act_only and trigger.type == "signing":
                if signing_reported:
                    continue
                signing_reported = True
            event_outcomes.append((outcome, span))
        cancel = next((s for s in event_sentences if _lexicon().cancel.search(text, s[0], s[1])), None)
        if cancel is not None and not any(a <= cancel[0] < b for _, (a, b) in event_outcomes):
            event_outcomes.insert(0, (Outcome(kind="statement", text=text[cancel[0]:cancel[1]]), cancel))
        if event_outcomes:
            evidence["outcomes"] = [[s] for _, s in event_outcomes]
        topics = find_topics(doc, candidate.region if not is_primary else [
            (0, len(text))]) if is_primary or candidate.region else []
        if not is_primary:
            topics = []
        topics = [t for t in topics if not _in_regions(t[1][0], secondary_regions)] if is_primary else topics
        if topics:
            evidence["topics"] = [[s] for _, s in topics]
        n_facts = len(places) + len(person_records) + len(event_orgs) + len(event_counts)
        records.append(EventRecord(
            article_id=doc._.article_id or "",
            event_index=index,
            primary=is_primary,
            name=name_mention.name if name_mention else None,
            type=trigger.type,  # type: ignore[arg-type]
            mode=mode,  # type: ignore[arg-type]
            when=when,
            where=places,
            people=person_records,
            organizations=[o for o, _ in event_orgs],
            attendance=[Attendance(count=c.count, qualifier=c.qualifier, unit=c.unit,  # type: ignore[arg-type]
                                   status=c.status, text=c.text) for c in event_counts],  # type: ignore[arg-type]
            outcomes=[o for o, _ in event_outcomes],
            topics=[t for t, _ in topics],
            evidence=evidence,
            confidence=_confidence(candidate, n_facts, is_primary),
        ))
    return records


def _secondary_region(doc: Doc, candidate: Candidate, sentences: list[tuple[int, int]], mentions: list[Mention],
                      primary_marks: list[int]) -> list[tuple[int, int]]:
    """From each of the event's mentions to the end of its paragraph, and on through sentences that continue it
    ("Kala itu, ...", "Pada hari pertama, rombongan meninjau ..."), until the story comes back to the main event."""
    lx = _lexicon()
    text = text_of(doc)
    types = {m.type for m in candidate.mentions}
    own = {id(m) for m in candidate.mentions}
    region: list[tuple[int, int]] = []
    for mention in candidate.mentions:
        if mention.date is not None and mention.date.start < mention.start and mention.name is None:
            region.append((mention.start, mention.sentence[1]))
            continue
        index = next((i for i, s in enumerate(sentences) if s == mention.sentence), None)
        end = mention.sentence[1]
        if index is not None:
            for start, stop in sentences[index + 1:]:
                if any(start <= mark < stop for mark in primary_marks):
                    break
                new_paragraph = "\n" in text[end:start]
                same_kind = any(start <= m.start < stop and (id(m) in own or m.type in types) for m in mentions)
                if new_paragraph and not (same_kind or lx.continuation.search(text, start, stop)):
                    break
                end = stop
        region.append((mention.start, end))
    return region


def _person_positions(text: str, person: PersonMention) -> list[int]:
    """Where a person is mentioned: the full mention, and later references by a part of the name ("Heriyanto")."""
    positions = [person.start]
    if person.name:
        for part in person.name.split():
            if len(part) >= 4 and part[0].isupper():
                positions += [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text)
                              if m.start() > person.start]
    return positions


def _participant(doc: Doc, person: PersonMention, sentences: list[tuple[int, int]]) -> bool:
    """Not a participant: someone quoted apart from the event ("dihubungi terpisah"), an office holder who was
    absent ("sambutan tertulis Menteri ..."), or a name that is really a place or an organisation."""
    lx = _lexicon()
    text = text_of(doc)
    sentence = _sentence_of(sentences, person.start)
    if lx.separate.search(text, sentence[0], sentence[1]):
        return False
    if lx.absent.search(text[max(0, person.start - 40):person.start]):
        return False
    if person.name:
        if gazetteer().place(person.name) is not None or person.name.isupper():
            return False
        if any(e.label_ in ("ORG", "LOC") and e.text == person.name for e in doc.ents):
            return False
    return True


def _place_in_name(doc: Doc, mention: Mention | None) -> tuple[Place, tuple[int, int]] | None:
    """ "rapat koordinasi ... Kabupaten Sleman": a regency or city named in the event's name."""
    if mention is None:
        return None
    gaz = gazetteer()
    start, end = mention.name_span
    for match in re.finditer(r"\b(?:Kabupaten|Kota|Kab\.)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", text_of(doc)[start:end]):
        for candidate in (match.group(0), " ".join(match.group(0).split()[:2])):
            entry = gaz.place(candidate)
            if entry is not None and entry.kind in ("city", "regency"):
                at = start + match.start()
                return Place(name=entry.canonical, kind=entry.kind, text=candidate), (at, at + len(candidate))  # type: ignore[arg-type]
    return None


def _is_dateline_only(text: str, sentence: tuple[int, int], dateline: tuple[int, int] | None) -> bool:
    """A "sentence" that is only a date line or a dateline ("Kupang. Mutiaratimur.net")."""
    if dateline and sentence[0] <= dateline[0] and sentence[1] <= dateline[1] + 2:
        return True
    return len(text[sentence[0]:sentence[1]].split()) <= 6


def _fallback_place(doc: Doc, candidate: Candidate, sentences: list[tuple[int, int]]) -> tuple[list[Place], Spans]:
    """No place in the event's sentences: the dateline city, for an event not held online."""
    lx = _lexicon()
    text = text_of(doc)
    online = any(pattern.search(text, s, e) for mode, pattern in lx.modes if mode != "offline" for s, e in sentences)
    if online or not doc._.dateline or not doc._.dateline_span:
        return [], []
    entry = gazetteer().place(doc._.dateline)
    kind = entry.kind if entry else "city"
    start, end = doc._.dateline_span
    at = text.lower().find(doc._.dateline.lower(), start, end)
    span = (at, at + len(doc._.dateline)) if at != -1 else (start, end)
    return [Place(name=doc._.dateline, kind=kind, text=text[span[0]:span[1]])], [span]  # type: ignore[arg-type]


def _dedupe_counts(counts: list[CountMention]) -> list[CountMention]:
    """The same number of the same thing said twice is one count; "attended" wins over "invited"."""
    kept: dict[tuple[int | None, str, str], CountMention] = {}
    for count in counts:
        key = (count.count, count.qualifier, count.unit.split("/")[0])
        if key not in kept or (kept[key].status != "attended" and count.status == "attended"):
            kept[key] = count
    return sorted(kept.values(), key=lambda c: c.start)

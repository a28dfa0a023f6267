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
    list_intro: re.Pattern[str]
    kind_of_intro: dict[str, str]
    topic_cue: re.Pattern[str]
    topic_stop: frozenset[str]
    place_preposition: re.Pattern[str]


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
        list_intro=re.compile(rf"\b(?:{_words(outcomes['list_intros'])})\w*\b[^.\n]*:[ \t]*$", flags | re.MULTILINE),
        kind_of_intro=intro_kind,
        topic_cue=re.compile(rf"\b(?:{_words(topics['cues'])})\b\s*:?\s*", flags),
        topic_stop=frozenset(topics["stop_words"]),
        place_preposition=re.compile(rf"\b(?:{_words(places['place_prepositions'])})\s+$", flags),
    )


# ---------------------------------------------------------------- candidates

_LIST_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]+(?P<body>[^\n]+)", re.MULTILINE)
_NAME_PART = re.compile(r"[ \t]*(\([^()\n]{1,60}\)|[–—-]+|[^\s,.;:()“”\"]+)")
_CAPITALISED = re.compile(r"^(?:[A-Z0-9][\w'’&/-]*|ke-\d+)$")


def _name_forward(text: str, end: int) -> int:
    """Extend a trigger to the right over its name: capitalised words, years, "(Smart City)", "ketiga"."""
    lx = _lexicon()
    position = name_end = end
    while True:
        match = _NAME_PART.match(text, position)
        if match is None:
            break
        word = match.group(1)
        if "\n" in text[position:match.start(1)]:
            break
        if word.startswith("(") or _CAPITALISED.match(word) or word.lower() in lx.ordinals:
            position = name_end = match.end(1)
            continue
        if word.lower() in ("dan", "&", "of", "and", "for", "untuk", "-", "–", "—", "on", "in", "the", "se"):
            following = _NAME_PART.match(text, match.end(1))
            if following is not None and (_CAPITALISED.match(following.group(1)) or following.group(1)[0] in "–—-"):
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
    text = doc.text
    title_end = doc._.title_end or 0
    blocked = [(m.start(), m.end()) for m in lx.non_events.finditer(text)]
    mentions: list[Mention] = []
    for match in lx.trigger.finditer(text, title_end):
        start, end = match.span()
        if any(a <= start < b for a, b in blocked):
            continue
        if mentions and start < mentions[-1].name_span[1]:
            continue   # inside the previous event's name
        surface = match.group(0)
        kind = lx.type_of[re.sub(r"\s+", " ", surface.lower())]
        anaphoric = surface.lower() in lx.anaphoric and bool(lx.anaphoric_markers.match(text, end)) or bool(
            re.match(r"\s+(?:daring|luring|virtual|hibrida)\s+(?:ini|tersebut)\b", text[end:end + 30]))
        name_start = _name_backward(text, start) if surface[0].isupper() else start
        name_end = _name_forward(text, end)
        has_name = (name_end > end or name_start < start) and not anaphoric
        name = _tidy_name(text[name_start:name_end]) if has_name else None
        sentence = _sentence_of(sentences, start)
        window = text[sentence[0]:sentence[1]]
        mentions.append(Mention(start, end, kind, name, (name_start, name_end) if has_name else (start, end),
                                anaphoric, sentence, held=bool(lx.held.search(window))))
    return mentions


def _tidy_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" -–—")
    return re.sub(r"\s+(?:dan|untuk|of|and|for|the)$", "", name)


def _attach_dates(doc: Doc, mentions: list[Mention], dates: list[DateMention],
                  excluded: list[tuple[int, int]]) -> None:
    """Give each mention the date of its clause: the nearest one in its sentence that is not a statement's."""
    lx = _lexicon()
    text = doc.text
    usable = []
    for mention in dates:
        if any(a <= mention.start < b for a, b in excluded):
            continue
        if lx.statement.search(text[max(0, mention.start - 70):mention.start]):
            continue
        if mention.granularity == "year" and not mention.relative:
            continue   # "berdiri tahun 1987", "Tahun 2019" in a name: background, not when
        usable.append(mention)
    for mention in mentions:
        s_start, s_end = mention.sentence
        in_sentence = [d for d in usable if s_start <= d.start < s_end
                       and not (mention.name_span[0] <= d.start < mention.name_span[1])]
        if not in_sentence:
            continue
        # Prefer a date after the trigger, then the closest one.
        mention.date = min(in_sentence, key=lambda d: (d.start < mention.start, abs(d.start - mention.end)))


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


def group_candidates(mentions: list[Mention]) -> list[Candidate]:
    """Named or dated mentions become candidates; mentions naming the same event (or on its date) join."""
    candidates: list[Candidate] = []
    for mention in mentions:
        if mention.anaphoric or not (mention.name or mention.date):
            continue
        home = None
        for candidate in candidates:
            same_name = mention.name and any(m.name and _same_event(m.name, mention.name) for m in candidate.mentions)
            same_date = mention.date and candidate.date and (mention.date.first, mention.date.last) == (
                candidate.date.first, candidate.date.last)
            conflicting = mention.date and candidate.date and not same_date
            if (same_name or same_date) and not conflicting:
                home = candidate
                break
        if home is None:
            candidates.append(Candidate([mention], mention.date))
        else:
            home.mentions.append(mention)
            home.date = home.date or mention.date
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
        if candidate.named and candidate.date is None:
            partner = next((c for c in merged if not c.named and c.date is not None
                            and types & {m.type for m in c.mentions}), None)
            if partner is not None:
                partner.mentions.extend(candidate.mentions)
                continue
        merged.append(candidate)
    return merged


def _score(candidate: Candidate, doc: Doc, title: str) -> float:
    lx = _lexicon()
    text = doc.text
    title_tokens = set(_name_tokens(title))
    score = 0.0
    named = candidate.named
    if named:
        best = max(named, key=lambda m: len(set(_name_tokens(m.name or "")) & title_tokens))
        overlap = set(_name_tokens(best.name or "")) & title_tokens
        score += 1.5 * min(len(overlap), 3)
        score += 1.0
    if candidate.date is not None:
        score += 2.0
    if any(m.held for m in candidate.mentions):
        score += 1.0
    score += 0.5 * min(len(candidate.mentions), 4)
    first_sentence = candidate.mentions[0].sentence
    if lx.background.search(text[first_sentence[0]:candidate.mentions[0].start]):
        score -= 1.5
    if candidate.mentions[0].type in ("other",):
        score -= 1.0
    # Earlier in the story is likelier the story's subject.
    score += max(0.0, 1.5 - candidate.first / max(len(text), 1) * 3)
    return score


# ---------------------------------------------------------------- facts

def _in_regions(char: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= char < b for a, b in regions)


def _event_places(doc: Doc, sentences: list[tuple[int, int]],
                  excluded: list[tuple[int, int]]) -> list[tuple[Span | None, str, tuple[int, int]]]:
    """Places after a place preposition in the event's sentences, and the hosts ("tuan rumah")."""
    lx = _lexicon()
    text = doc.text
    places: list[tuple[Span | None, str, tuple[int, int]]] = []
    locs = [e for e in doc.ents if e.label_ in ("LOC", "GPE") and e.start_char >= (doc._.title_end or 0)]
    for ent in locs:
        if any(a <= ent.start_char < b for a, b in excluded):
            continue
        if not any(a <= ent.start_char < b for a, b in sentences):
            continue
        before = text[max(0, ent.start_char - 30):ent.start_char]
        chained = places and re.fullmatch(r"\s*,\s*", text[places[-1][2][1]:ent.start_char])
        if lx.place_preposition.search(before) or chained:
            places.append((ent, ent.text, (ent.start_char, ent.end_char)))
    # "Pemerintah kota Jakarta dan Berlin menjadi tuan rumah": the places in the hosts' clause.
    gaz = gazetteer()
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
    for span, surface, char_span in places:
        entry = gaz.place(surface)
        kind = (span._.place_kind if span is not None else None) or (entry.kind if entry else "other")
        name = _strip_prefix(surface) if kind in ("city", "regency") else surface
        key = (entry.canonical if entry else name).lower()
        if key in seen:
            continue
        seen.add(key)
        records.append(Place(name=name, kind=kind, text=surface))  # type: ignore[arg-type]
        spans.append(char_span)
    # Parents from the gazetteer, when the title or the event's sentences name them ("Kota Kupang" -> "NTT").
    text = doc.text
    windows = [(0, doc._.title_end or 0), *context]
    for record in list(records):
        entry = gaz.place(record.text) or gaz.place(record.name)
        parent = entry.parent if entry else None
        if parent is None or parent.lower() in seen:
            continue
        parent_entry = gaz.place(parent)
        kind = parent_entry.kind if parent_entry else "province"
        surfaces = [s for s, e in gaz.places.items() if e.canonical == parent and len(s) > 1]
        found = _find_any(text, surfaces, windows)
        if found is not None:
            seen.add(parent.lower())
            records.append(Place(name=parent, kind=kind, text=text[found[0]:found[1]]))  # type: ignore[arg-type]
            spans.append(found)
    order = sorted(range(len(records)), key=lambda i: _PLACE_ORDER.get(records[i].kind, 1))
    return [records[i] for i in order], [spans[i] for i in order]


def _find_any(text: str, surfaces: list[str], windows: list[tuple[int, int]]) -> tuple[int, int] | None:
    best = None
    for surface in surfaces:
        pattern = re.compile(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", re.IGNORECASE if surface.isupper() else 0)
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
                   excluded: list[tuple[int, int]]) -> list[tuple[Organization, tuple[int, int]]]:
    """Organisations that took part: named organisations, and places acting as parties."""
    lx = _lexicon()
    text = doc.text
    title_end = doc._.title_end or 0
    role_spans = [p.role_span for p in people if p.role_span and p.name] + [
        span for p in people for span in p.other_role_spans]
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
            if any(a <= ent.start_char < b for a, b in role_spans):
                continue
            previous = re.findall(r"[\w-]+", text[max(0, ent.start_char - 20):ent.start_char])
            if previous and previous[-1].lower() in lx.modifiers and not _acts(text, ent.end_char):
                continue
            found.append((_org_record(ent, acronyms), span))
        elif ent.label_ in ("LOC", "GPE") and ent._.place_kind in ("country", "city", "regency", "province"):
            if _acts(text, ent.end_char) and _clause_start(text, ent.start_char):
                found.append((Organization(name=ent.text, acronym=None, text=ent.text), span))
    for person in people:
        # "Dr. Kessie Lee, Seoul Institute of Technology": the organisation the person came from.
        if person.name and person.role and person.organization and person.role == person.organization:
            first = re.split(r",\s*", person.organization)[0]
            start = text.find(first, person.role_span[0] if person.role_span else 0)
            found.append((Organization(name=first, acronym=None, text=first), (start, start + len(first))))
    return _split_coordinated(doc, _dedupe_orgs(found))


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
    else:
        # "Shepherd ASEAN Smart City Network" where the article defines "ASEAN Smart City Network (ASCN)".
        for short, expansion in acronyms.items():
            if surface != expansion and surface.endswith(" " + expansion):
                name, acronym = expansion, short
                break
    return Organization(name=name, acronym=acronym, text=ent.text)


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


def _split_coordinated(doc: Doc, orgs: list[tuple[Organization, tuple[int, int]]]) -> list[tuple[Organization, tuple[int, int]]]:
    """ "Pemerintah kota Jakarta dan Berlin" is two governments."""
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
        else:
            result.append((org, span))
    return result


def _clause_text(text: str, start: int) -> tuple[int, int]:
    end_candidates = [i for c in ".;\n" if (i := text.find(c, start)) != -1]
    return start, min(end_candidates) if end_candidates else len(text)


def find_outcomes(doc: Doc, sentences: list[tuple[int, int]]) -> list[tuple[Outcome, tuple[int, int]]]:
    """Numbered lists after an intro ("menghasilkan beberapa rekomendasi, yaitu:"), and cue sentences."""
    lx = _lexicon()
    text = doc.text
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
        for kind, pattern in lx.outcome_cues:
            cue = pattern.search(sentence)
            if cue is None:
                continue
            # "Hasil konferensi ini ..." opens a statement; "hasil" deep inside a sentence is no outcome.
            if kind == "statement" and not cue.group(0).lower().startswith(("meng", "mem", "men", "ditunda",
                                                                             "dibatalkan", "batal", "diundur")) \
                    and len(sentence[:cue.start()].split()) > 3:
                continue
            if kind in ("agreement",) and re.match(r"\w+", sentence[cue.start():]) and \
                    sentence[cue.start():].lower().startswith(("penandatanganan", "kesepakatan")):
                o_start = start + cue.start()
            else:
                o_start = start
            o_end = end
            body = text[o_start:o_end].strip(" “”\"")
            outcomes.append((Outcome(kind=kind, text=_strip_attribution(body)), (o_start, o_end)))
            break
    return outcomes


def _strip_attribution(sentence: str) -> str:
    """ "..., jelas Amran." -> "..." : the speaker is not part of what was said."""
    return re.sub(r"[,.]?[”\"]?\s*,?\s*\b(?:kata|ujar|jelas|tegas|ungkap|tutur|imbuh)\w*\s+[A-Z][\w ]{0,40}\.?$", "",
                  sentence).strip(" “”\"")


def find_topics(doc: Doc, regions: list[tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    lx = _lexicon()
    text = doc.text
    topics: list[tuple[str, tuple[int, int]]] = []
    seen: set[str] = set()
    for cue in lx.topic_cue.finditer(text, doc._.title_end or 0):
        if regions and not _in_regions(cue.start(), regions):
            continue
        end = _clause_text(text, cue.end())[1]
        phrase_text = text[cue.end():end]
        for part in re.finditer(r"[^,;]+", phrase_text):
            for piece in re.split(r"\s+(?:dan|serta|hingga|maupun)\s+", part.group(0)):
                words = piece.strip(" “”\"'()").split()
                while words and words[0].lower() in lx.topic_stop:
                    words.pop(0)
                while words and words[-1].lower() in lx.topic_stop:
                    words.pop()
                if not 1 <= len(words) <= 6:
                    continue
                topic = " ".join(words)
                key = topic.lower()
                if key in seen or len(topic) < 4:
                    continue
                seen.add(key)
                start = text.find(topic, cue.end())
                topics.append((topic, (start, start + len(topic))))
            if len(topics) >= 10:
                break
    return topics


# ---------------------------------------------------------------- assembly

def _mode(doc: Doc, regions: list[tuple[int, int]], places: list[Place]) -> tuple[str | None, tuple[int, int] | None]:
    lx = _lexicon()
    text = doc.text
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

    def quality(m: Mention) -> tuple[int, int, int]:
        tokens = _name_tokens(m.name or "")
        capitals = sum(1 for w in (m.name or "").split() if w[:1].isupper())
        return (len(set(tokens) & title_tokens) >= 2, capitals, -abs(len(tokens) - 6))

    return max(named, key=quality)


def assemble(doc: Doc) -> list[EventRecord]:
    """All event records of one processed article, primary first."""
    text = doc.text
    title = text[:doc._.title_end or 0]
    sentences = [(s.start_char, s.start_char + len(s.text.rstrip())) for s in doc.sents]
    excluded = [s for s in (doc._.dateline_span, doc._.published_span) if s]
    mentions = find_mentions(doc, sentences)
    _attach_dates(doc, mentions, doc._.dates or [], excluded)
    candidates = group_candidates(mentions)
    if not candidates:
        return []
    for candidate in candidates:
        candidate.score = _score(candidate, doc, title)
    primary = max(candidates, key=lambda c: c.score)
    secondary = [c for c in candidates if c is not primary and c.date is not None and c.named
                 and (primary.date is None or (c.date.first, c.date.last) != (primary.date.first, primary.date.last))]
    secondary.sort(key=lambda c: c.first)
    events = [primary, *secondary[:3]]
    # Each secondary event owns the rest of the sentence from its mention on; the primary the rest.
    for candidate in events[1:]:
        candidate.region = [(m.start, m.sentence[1]) for m in candidate.mentions]
    secondary_regions = [r for c in events[1:] for r in c.region]
    primary.region = [(0, len(text))]

    def owner(char: int) -> Candidate:
        for candidate in events[1:]:
            if _in_regions(char, candidate.region):
                return candidate
        return primary

    people = doc._.people or []
    orgs = _organizations(doc, people, mentions, excluded)
    counts: list[CountMention] = doc._.counts or []
    outcomes = find_outcomes(doc, sentences)
    anaphoric_sentences = [m.sentence for m in mentions if m.anaphoric]
    records: list[EventRecord] = []
    for index, candidate in enumerate(events):
        is_primary = candidate is primary
        event_sentences = [m.sentence for m in candidate.mentions] + (anaphoric_sentences if is_primary else [])
        own_sentences = [m.sentence for m in candidate.mentions if not _in_regions(m.start, secondary_regions)
                         or not is_primary]
        if not is_primary:
            own_sentences = candidate.region
        places, place_spans = _place_records(doc, _event_places(doc, own_sentences, excluded), own_sentences)
        if is_primary and not places:
            held = [s for s in anaphoric_sentences if _lexicon().held.search(text, s[0], s[1])]
            places, place_spans = _place_records(doc, _event_places(doc, held, excluded), held)
        if is_primary and not any(p.kind in ("city", "regency", "province", "country") for p in places):
            fallback, fallback_spans = _fallback_place(doc, candidate, event_sentences)
            places, place_spans = places + fallback, place_spans + fallback_spans
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
        event_people = [p for p in people if owner(p.start) is candidate]
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
        event_outcomes = [(o, s) for o, s in outcomes if owner(s[0]) is candidate]
        if any(_lexicon().cancel.search(text[s[0]:s[1]]) for s in event_sentences):
            cancel = next(s for s in event_sentences if _lexicon().cancel.search(text[s[0]:s[1]]))
            if not any(s == cancel for _, s in event_outcomes):
                event_outcomes.append((Outcome(kind="statement", text=text[cancel[0]:cancel[1]]), cancel))
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


def _fallback_place(doc: Doc, candidate: Candidate, sentences: list[tuple[int, int]]) -> tuple[list[Place], Spans]:
    """No place in the event's sentences: the dateline city, for an event not held online."""
    lx = _lexicon()
    text = doc.text
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

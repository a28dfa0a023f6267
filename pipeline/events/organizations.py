"""The organisations, governments and countries that took part in an event."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from .. import regex, resources
from ..schema import Organization
from ..stages.entities import company_forms, company_name_ends, gazetteer
from ..stages.extensions import entities_of, span_value, text_of
from ..stages.roles import PersonMention, epithet_end
from ..stages.titles import title_words
from ..stages.words import whole_word_spans
from .common import Mention, _clause_text, _in_regions, _lexicon, _name_tokens, _words, office_heads, quoted_theme
from .places import PLACE_ORDER

# An organisation and the span of the text that names it.
OrganizationAt = tuple[Organization, tuple[int, int]]

# compiled once: _org_key runs for every organisation compared (re.sub's cache lookup cost as much as the match)
_BRACKETED = re.compile(r"\([^)]*\)")


@cache
def _prefix_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    forms = resources.load("organizations")["government_prefix_forms"]
    return re.compile(rf"^(?:{'|'.join(map(re.escape, forms))})\b"), dict(forms)


def _prefix_written_out(name: str) -> str:
    """ "Pemprov Jabar" -> "Pemerintah Provinsi Jabar": a government's prefix written in full
    (organizations.yaml government_prefix_forms)."""
    pattern, forms = _prefix_forms()
    return pattern.sub(lambda m: forms[m.group(0)], name)


def _org_key(name: str) -> str:
    return " ".join(_name_tokens(_prefix_written_out(_BRACKETED.sub(" ", name))))


def _organizations(doc: Doc, people: list[PersonMention], mentions: list[Mention],
                   excluded: list[tuple[int, int]], areas: list[tuple[int, int]],
                   acting_areas: list[tuple[int, int]] | None = None,
                   assemblies: list[tuple[int, int]] | None = None) -> list[OrganizationAt]:
    """Organisations that took part: named organisations, and places acting as parties. An organisation only
    mentioned outside ``areas`` (the sentences about an event and the participants' roles) took no part; a place
    acts as a party only in ``acting_areas`` (all of the text when None)."""
    lx = _lexicon()
    text = text_of(doc)
    title_end = doc._.title_end or 0
    name_spans = [m.name_span for m in mentions if m.name]
    assemblies = assemblies or []
    acronyms: dict[str, str] = doc._.acronyms or {}
    found: list[OrganizationAt] = []
    named_parties: list[OrganizationAt] = []   # countries a meeting's name opens with
    countries = [e for e in entities_of(doc) if e._.place_kind == "country"]
    # "SBY", "AHY": the initials of a person the article names are no organisation.
    full_names = {e.text for e in entities_of(doc) if e.label_ == "PER" and len(e.text.split()) >= 2} | {
        p.name for p in doc._.people or [] if p.name and len(p.name.split()) >= 2}
    initials = {"".join(w[0] for w in name.split()).upper() for name in full_names}
    given_initials = {m.group(1) for m in _initials_given().finditer(text)}
    # "Letjen TNI Suharyanto", "Kombes Pol Yusri": a corps inside a person's rank is no party to the event.
    titled_names = [p.name_span for p in doc._.people or [] if p.name_span and p.titles]
    # 'webinar bertajuk "Kota Pesisir di Tengah Krisis Iklim: Strategi Adaptasi Pemerintah Daerah"': a title's words
    themes = [m.span("title") for m in _quoted_title().finditer(text)]
    for ent in entities_of(doc):
        if ent.start_char < title_end or any(a <= ent.start_char < b for a, b in excluded):
            continue
        span = (ent.start_char, ent.end_char)
        if ent.label_ == "ORG" and ent.text.isupper() and ent.text in initials \
                and ent.text not in gazetteer().acronyms and ent.text not in acronyms:
            continue   # but "DPR" stays an organisation beside a "Dedi Putra Rahman"
        if ent.label_ == "ORG" and _number_not_body(text, ent.start_char, ent.end_char):
            continue
        if ent.label_ == "ORG":
            if ent.text in given_initials:
                continue   # "pelaku berinisial RSL ... RSL berencana ...": a person's initials, wherever written again
            if any(a <= ent.start_char and ent.end_char <= b for a, b in titled_names):
                continue
            if any(a <= ent.start_char and ent.end_char <= b and not _party_in_name().search(text, a, ent.start_char)
                   and not _visitor_in_name().fullmatch(text, a, ent.start_char) for a, b in name_spans) \
                    and not in_own_assembly(text, span, assemblies):
                # "Festival ... ASEAN" names the event; "rapat ... dengan TNI", "Rakernas PAN", "kunjungan kerja DPRD
                # Belu" name a party
                continue
            if ent.text.replace(".", "") in title_words() or ent.text in _word_set("not_bodies") \
                    or ent.text.lower() in lx.entity_triggers:
                continue   # a title; a law, document or index ("KUHP", "IHSG"); a gathering's acronym ("RDP")
            if _cue_before("alumni_cues", ".,;\\n", 40).search(text[max(0, ent.start_char - 50):ent.start_char]):
                continue   # "lulusan teknik informatika ITB": where a person studied, not a party
            if _cue_before("press_cues", ".\\n", 30).search(text[max(0, ent.start_char - 50):ent.start_char]):
                continue   # "rilis yang diterima dari Sekretariat Presiden": who reports, not who took part
            if _theme().search(text[max(0, ent.start_char - 60):ent.start_char]) or _in_regions(ent.start_char,
                                                                                                  themes):
                continue   # "bertajuk 'Menghubungkan Komunitas Melalui Dunia Film'": a theme, no body
            if _epithet().search(text[max(0, ent.start_char - 40):ent.start_char]) \
                    and epithet_end().match(text, ent.end_char):
                continue   # "politisi Partai Gerindra itu mengatakan": the party of a person named before
            first = ent.text.split()[0]
            bare = re.sub(r"\s*\([^()]*\)$", "", ent.text)   # "Institute (SAINS)": the head without its acronym
            if first in office_heads() or (len(bare.split()) == 1 and bare in gazetteer().english_heads):
                continue   # "Manajer Program", "University": an office or a bare head word, not an organisation
            previous = re.findall(r"[\w-]+", text[max(0, ent.start_char - 20):ent.start_char])
            if previous and previous[-1].lower() in _word_set("target_verbs"):
                continue   # "aksi menolak PKI", "perang melawan ISIS": the target, not a party
            if _backers().search(text, max(0, ent.start_char - 120), ent.start_char):
                continue   # "... yang diusung Partai Demokrat, PAN, PKB": a candidacy's backers, not the event's
            if previous and previous[-1] in _word_set("subject_words"):
                continue   # "revisi UU KPK", "... tentang Komisi Pemberantasan Korupsi": what a law is about
            if previous and previous[-1] in _word_set("minister_words"):
                continue   # "Menteri BUMN Rini Soemarno": the minister's office, not the ministry taking part
            if previous and previous[-1].lower() in lx.modifiers and not _acts(text, ent.end_char):
                continue
            if not _in_regions(ent.start_char, areas) and not _acts(text, ent.end_char):
                continue
            record = _org_record(ent, acronyms)
            if {record.name, record.acronym, ent.text} & _word_set("generic_bodies"):
                continue   # "produk-produk dari BUMN": a kind of body, not one
            found.append((record, span))
        elif ent.label_ in ("LOC", "GPE") and ent._.place_kind in ("country", "city", "regency", "province"):
            # the place's own name: "delegasi RI" and "Indonesia" are one party
            # (a region as written, its administrative noun too: "Kota Kitakyushu" where the noun is no part of the
            # entity)
            written = ent.text if ent._.place_kind == "country" else _with_region_noun(text, ent.start_char, ent.text)
            place = Organization(name=written if ent._.place_kind != "country" else (
                span_value(ent, "canonical") or ent.text), acronym=None, text=written)
            if ent._.place_kind == "country" and _named_party(text, ent, mentions, countries):
                named_parties.append((place, span))
            # "Pemerintah Kota Fuzhou, Tiongkok, menandatangani ...": the country of the place before it, no party
            elif _apposed(text, ent.start_char, ent._.place_kind):
                continue
            # "Malaysia berada ...", "itu Lampung menyumbang ..." far from any event: a place, no party.
            elif (_delegation().search(text, max(0, ent.start_char - 30), ent.start_char) or (
                    _acts(text, ent.end_char, place=True) and _clause_start(text, ent.start_char)
                    and not _asked(text, ent.start_char))) \
                    and (acting_areas is None or _in_regions(ent.start_char, acting_areas)):
                found.append((place, span))
    # "peserta dari enam negara, yakni Indonesia, Filipina, Vietnam, ...": the countries took part.
    for cue in lx.country_list.finditer(text, title_end):
        if not _in_regions(cue.start(), areas):
            continue   # "negara maju seperti Irlandia" beside no event: a comparison, no participants
        end = _clause_text(text, cue.end())[1]
        for ent in entities_of(doc):
            if cue.end() <= ent.start_char < end and ent._.place_kind == "country":
                found.append((Organization(name=ent.text, acronym=None, text=ent.text), (ent.start_char, ent.end_char)))
    found += [(Organization(name=name, acronym=None, text=name), span) for name, span in _performers(text, title_end)
              if gazetteer().place(name) is None]
    for person in people:
        # "Dr. Kessie Lee, Seoul Institute of Technology": the organisation the person came from.
        if person.name and person.role and person.organization and person.role == person.organization:
            first = re.split(r",\s*", person.organization)[0]
            start = text.find(first, person.role_span[0] if person.role_span else 0)
            found.append((Organization(name=first, acronym=None, text=first), (start, start + len(first))))
    kept = _dedupe_orgs(_split_coordinated(doc, found))
    # The parties a meeting's name opens with, where no other mention of them was found: a party that acts outside the
    # name keeps that mention, its evidence (they count among the record's facts as parties named after "dengan" in a
    # name do).
    kept_keys = [_body_keys(other) for other, _ in kept]
    return kept + [(o, s) for o, s in _dedupe_orgs(named_parties)
                   if not any(_same_body(_body_keys(o), keys) for keys in kept_keys)]



# A performer's name: capitalised words (digits and "&" inside), at most six.
_PERFORMER = r"[A-Z][\w'&/-]*(?:\s+(?:[A-Z0-9&][\w'&/-]*)){0,5}"


def _number_not_body(text: str, start: int, end: int) -> bool:
    """A sum of money ("USD300", "SAR2.000"), a document's or a case's number ("PUU-XV/2017", "KEP.0219", the "KEP" of
    "188.4.45/KEP/DPMDP3A/2019") or scraped punctuation around a number ("MPR.,(2") read as an organisation's name."""
    name = text[start:end]
    if any(char.isdigit() for char in name) and _number_shapes().search(name) is not None:
        return True
    while start and not text[start - 1].isspace():   # the run of text without a space the name stands in
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return _DOCUMENT_NUMBER.search(text, start, end) is not None


_DOCUMENT_NUMBER = re.compile(r"/\S*\d|\d\S*/")   # parts joined by slashes, one of them a number


@cache
def _number_shapes() -> re.Pattern[str]:
    codes = regex.alternation(resources.load("organizations")["currency_codes"])
    return re.compile(rf"^(?:{codes})\s?\d[\d.,]*$|^[A-Z]+\.\d|[,.;:][,.;:(]")


def _performers(text: str, start: int) -> list[tuple[str, tuple[int, int]]]:
    """Bands named after a noun of a performing group ("grup band KPR"), or listed in that sentence or the next
    after "adalah", "yakni" ... ("Mereka adalah Godbless, Power Metal, Roxx dan Burgerkill")."""
    cue, named, listed, performing = _performer_patterns()
    found = []
    for match in cue.finditer(text, start):
        stop = text.find(".", text.find(".", match.end()) + 1)
        stop = len(text) if stop < 0 else stop
        opening = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        if not performing.search(text, opening, stop):
            continue   # "pentolan band Maroon 5 itu dikaruniai anak": no performance
        after = named.match(text, match.end())
        if after is not None:
            found.append((after.group("name"), after.span("name")))
        opener = listed.search(text, match.end(), stop)
        if opener is not None:
            base = opener.start("items")
            found += [(m.group(0), (base + m.start(), base + m.end()))
                      for m in re.finditer(_PERFORMER, opener.group("items"))]
    return found


@cache
def _performer_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = resources.load("organizations")
    cue = regex.any_form(data["performer_cues"], re.IGNORECASE)
    between = rf"(?!(?:{_words(data['performer_not_between'])})\b)[a-z][\w-]*"
    named = re.compile(rf"(?:\s+{between}){{0,2}}\s+(?P<name>{_PERFORMER})(?=\s*[,.;:)\n]|\s+[a-z])")
    items = rf"{_PERFORMER}(?:\s*,\s*{_PERFORMER}){{1,}}\s*,?\s+(?:dan|serta)\s+{_PERFORMER}"
    listed = re.compile(rf"\b(?:{_words(data['performer_list_openers'])})\s+(?P<items>{items})")
    performing = regex.any_form(data["performing_words"], re.IGNORECASE)
    return cue, named, listed, performing


def in_own_assembly(text: str, span: tuple[int, int], assemblies: list[tuple[int, int]]) -> bool:
    """Whether the body at ``span`` is named inside one of the ``assemblies`` (recorded events' names) as the body
    whose assembly it is ("Rakernas ke-3 PAN")."""
    return any(a <= span[0] and span[1] <= b and _owns_assembly(text[a:span[0]], text[span[0]:span[1]])
               for a, b in assemblies)


def _owns_assembly(before: str, body: str) -> bool:
    """Whether an event's name up to ``body`` reads as that body's own assembly: a gathering noun of members and at
    most three modifiers ("Kongres XVII", "Rapat Kerja Nasional", "kongres pertama"). A company's "sidang" is a
    court's; a body that begins with a modifier ("Nasional Pemberantasan Korupsi") is a piece of the event's name."""
    words = before.split()
    heads, modifiers, company_forms = _assembly_words()
    first = body.split()[0]
    if first in company_forms or first.lower() in modifiers:
        return False
    return bool(words) and words[0].lower() in heads and len(words) <= 4 and all(
        w.lower() in modifiers or re.fullmatch(r"ke-?\w+|[IVXL]+|\d+", w) for w in words[1:])


@cache
def _assembly_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """events.yaml's assembly heads and modifiers (lower case) and organizations.yaml's company forms ("PT")."""
    events = resources.load("events")
    return (frozenset(w.lower() for w in events["assembly_heads"]),
            frozenset(w.lower() for w in events["assembly_modifiers"]),
            frozenset(resources.load("organizations")["company_forms"]))


_NEXT_CAPITAL = re.compile(r"\s*(?:[-–]\s*)?([A-Z])")
_WORD = re.compile(r"\w+")


@cache
def _named_party_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the words that may stand before a meeting's named parties, those that name one country alone as a party,
    the event types), lower case."""
    events = resources.load("events")
    data = events["named_parties"]
    parties = frozenset(w.lower() for w in events["party_prepositions"])
    return parties | {w.lower() for w in data["words"]}, parties, frozenset(data["types"])


def _named_party(text: str, ent: Span, mentions: list[Mention], countries: list[Span]) -> bool:
    """ "Pertemuan Korsel dan Korut", "pertemuan tingkat tinggi China dan AS", "dialog dengan Korea Utara": a country
    that a meeting's name opens with, after the trigger and nothing but other countries and the words that join
    parties, is a party to it. One country alone is one only after a party word ("KTT AS" may name its host)."""
    words, party_words, types = _named_party_cues()
    for mention in mentions:
        if mention.type not in types or not mention.name or not mention.end <= ent.start_char < mention.name_span[1]:
            continue
        named = [c for c in countries if mention.end <= c.start_char and c.end_char <= mention.name_span[1]]
        # "pertemuan Indonesia-Africa Infrastructure Dialogue": a country that opens a longer name is no party
        following = _NEXT_CAPITAL.match(text, ent.end_char, mention.name_span[1])
        if following is not None and not any(c.start_char == following.start(1) for c in named):
            continue
        # the words between the trigger and this country, the countries named before it cut out
        between, at = [], mention.end
        for other in (c for c in named if c.end_char <= ent.start_char):
            between += _WORD.findall(text, at, other.start_char)
            at = other.end_char
        between += _WORD.findall(text, at, ent.start_char)
        lowered = [w.lower() for w in between]
        if all(w in words for w in lowered) and (len(named) > 1 or any(w in party_words for w in lowered)):
            return True
    return False


@cache
def _party_in_name() -> re.Pattern[str]:
    """Inside an event's name, what follows "dengan", "bersama" or "antara" took part in it."""
    return regex.compile(rf"\b(?:{_words(resources.load('events')['party_prepositions'])})\s+[^,;]*$")


@cache
def _visitor_in_name() -> re.Pattern[str]:
    """An event's name opening with a visit's words, up to a body right after them: the visitor."""
    return regex.compile(rf"(?:{_words(resources.load('events')['visitor_openers'])})\s+", re.IGNORECASE)


def bracketed_affiliations(doc: Doc, people: list[PersonMention]) -> list[OrganizationAt]:
    """The body written in brackets after a participant's name ("Isak Jenie (JAS Kapital)"): where that person came
    from. Not a nickname or a person ("Joko Widodo (Jokowi)"), a place, a number or a word in lower case."""
    text = text_of(doc)
    persons = {e.text for e in entities_of(doc) if e.label_ == "PER"}
    found = []
    for person in people:
        if not person.name or person.name_span is None:
            continue
        match = _BRACKETED.match(text, person.name_span[1])
        if match is None:
            continue
        if match.group("org").startswith(tuple(_word_set("bracket_not_bodies"))):
            continue
        words = match.group("org").split()
        # "(Business Development Manager Facebook)": the body after the office.
        jobs = office_heads() | _word_set("bracket_job_words") | _word_set("bracket_professions")
        offices = [i for i, word in enumerate(words) if word in jobs]
        words = words[offices[-1] + 1:] if offices else words
        if not words or not words[0][0].isupper():
            continue
        name = " ".join(words)
        parts = [w.lower() for w in person.name.split()]
        if name in persons or name in person.aliases or gazetteer().place(name) is not None \
                or name.replace(".", "") in title_words() or name in _word_set("not_bodies") \
                or name in gazetteer().not_organizations \
                or any(part[:3] == name.lower()[:3] for part in parts) \
                or (name.isupper() and name == "".join(p[0] for p in parts).upper()):
            continue
        end = match.end("org")
        found.append((Organization(name=name, acronym=None, text=name), (end - len(name), end)))
    return found


def corporate_affiliations(doc: Doc, people: list[PersonMention]) -> list[OrganizationAt]:
    """The company after a company office in a participant's role ("Direktur Utama Hutama Karya"), where no
    organisation entity covers it: where that person came from."""
    text = text_of(doc)
    found = []
    for person in people:
        if person.role_span is None:
            continue
        match = _corporate_office().match(text, *person.role_span)
        if match is None:
            continue
        start, end = match.end(), person.role_span[1]
        name = re.sub(r"\s*\([^)]*\)\s*$", "", text[start:end]).strip(" ,")
        if not name or not name[0].isupper() or gazetteer().place(name) is not None or any(
                e.start_char < end and start < e.end_char for e in entities_of(doc) if e.label_ == "ORG"):
            continue
        found.append((Organization(name=name, acronym=None, text=name), (start, start + len(name))))
    return found


@cache
def _corporate_office() -> re.Pattern[str]:
    return regex.compile(rf"(?:{_words(resources.load('organizations')['corporate_offices'])})\s+(?=[A-Z])")


# A capitalised phrase of at most five words in brackets right after a name.
_BRACKETED = re.compile(r"\s*\((?P<org>[A-Z][\w&.'-]*(?:\s+[\w&.'-]+){0,4})\)")


def only_within(text: str, org: Organization, spans: list[tuple[int, int]], body_start: int = 0) -> bool:
    """Whether every mention of ``org`` (its name, acronym or surface form) in the body, from ``body_start``, lies
    inside ``spans`` (a headline's is no mention apart from them: "Ketua MUI Meminta ..." above "Ketua MUI ...")."""
    if not spans:
        return False
    forms = {f for f in (org.name, org.acronym, org.text) if f and len(f) >= 2}
    positions = [start for form in forms for start, _ in whole_word_spans(text, form) if start >= body_start]
    return bool(positions) and all(any(a <= at < b for a, b in spans) for at in positions)


def affiliation_only(text: str, org: Organization, role_spans: list[tuple[int, int]], body_start: int = 0) -> bool:
    """Whether ``org`` is a national body or party (``affiliation_heads``, ``affiliation_bodies``) named only inside
    ``role_spans``, the offices of the event's participants: their affiliation, not a party to the event."""
    # the name or the form written ("TNI"), not the acronym: "DPD ASITA" (a board, Dewan Pimpinan Daerah) has "DPD"
    names = {n.removesuffix(" RI") for n in (org.name, org.text) if n}
    if not any(n in _word_set("affiliation_bodies") or n.split()[0] in _word_set("affiliation_heads") for n in names):
        return False
    return only_within(text, org, role_spans, body_start)


@cache
def _theme() -> re.Pattern[str]:
    """A theme or title cue and an opening quote before a name, at most three words before it."""
    cues = resources.load("organizations")["theme_cues"]
    return regex.compile(rf"\b(?:{_words(cues)})\s*[:,]?\s*['\"‘“]\s*(?:\w+\s){{0,3}}$", re.IGNORECASE)


@cache
def _quoted_title() -> re.Pattern[str]:
    """A theme or title cue ("bertajuk", "bertema") and the title in quotes after it."""
    return quoted_theme(rf"\b(?:{_words(resources.load('organizations')['theme_cues'])})\s*[:,]?\s*", 200)


@cache
def _cue_before(name: str, stops: str, reach: int) -> re.Pattern[str]:
    """A cue of organizations.yaml's list ``name`` at most ``reach`` characters before a name, with none of
    ``stops`` between: in the same clause ("lulusan ... ITB") or sentence ("rilis yang diterima dari ..."). It ends
    at the window's very end: "$" also matches before a closing line break, so a cue ending the line before (a
    headline's "Lulusan ...") would reach across a stop of a line break."""
    return regex.compile(rf"\b(?:{_words(resources.load('organizations')[name])})\b[^{stops}]{{0,{reach}}}\Z",
                         re.IGNORECASE)


@cache
def _backers() -> re.Pattern[str]:
    """A backing verb (organizations.yaml backing_verbs) and the list of capitalised names it opens, up to the
    window's end: "diusung Partai Demokrat, PAN, ", "dicalonkan oleh "."""
    verbs = _words(resources.load("organizations")["backing_verbs"])
    # (one space, comma, joiner or name per step: no two steps match the same text, so a failing search is linear)
    return regex.compile(rf"\b(?:{verbs})(?:\s+oleh)?(?:\s|,|(?:dan|serta)(?!\w)|[A-Z][\w&.-]*(?![\w&.-]))*\Z")


@cache
def _initials_given() -> re.Pattern[str]:
    """Capitals given as a person's initials ("pelaku berinisial RSL", "tersangka inisial ZAA"; organizations.yaml
    initials_words)."""
    words = _words(resources.load("organizations")["initials_words"])
    return regex.compile(rf"\b(?i:{words})\s+([A-Z][A-Z.]*[A-Z])\b")


@cache
def _epithet() -> re.Pattern[str]:
    """An office or a word such as "politisi" right before a name, as in "Ketua Umum Partai Hanura itu"."""
    offices = resources.load("people")["offices"] + resources.load("organizations")["epithet_words"]
    return regex.compile(rf"\b(?:{_words(offices)})\s+$", re.IGNORECASE)


@cache
def _word_set(name: str) -> frozenset[str]:
    """The words of organizations.yaml's list ``name`` (target_verbs, generic_bodies, not_bodies, minister_words)."""
    return frozenset(resources.load("organizations")[name])



def _acts(text: str, end: int, place: bool = False) -> bool:
    """Whether the words after a name make it the subject of an action ("Jepang melaporkan")."""
    after = text[end:end + 40]
    return _acting(place).match(after) is not None


@cache
def _acting(place: bool) -> re.Pattern[str]:
    """A verb after a name; for a place, not one that only says what it is or has (``not_acts``)."""
    data = resources.load("organizations")
    stative = _words(data["not_acts"]) if place else "(?!)"
    name = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    # "Amerika Serikat, Australia dan Jepang meminta ...": the first of a listed subject acts too.
    return re.compile(rf"\s*(?:,\s*{name}(?=\s*,|\s+(?:dan|serta)\b))*\s*(?:,\s*)?(?:(?:dan|serta)\s+{name}\s+)?"
                      rf"(?!(?:{stative})\b)(?:me[mn]?\w+|ber\w+|akan\s+\w+|{_words(data['act_words'])})\b")


@cache
def _delegation() -> re.Pattern[str]:
    """A noun of the people a government sends, right before a place ("delegasi Kota Chungju"): it took part."""
    nouns = _words(resources.load("places")["region_nouns"])
    return regex.compile(rf"\b(?:{_words(resources.load('organizations')['delegation_nouns'])})\s+"
                         rf"(?:(?:{nouns})\s+)?$", re.IGNORECASE)


_WORDS_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*),\s*$")


def _apposed(text: str, start: int, kind: str) -> bool:
    """Whether the place at ``start`` stands after a comma behind a narrower place, as its region ("Kota Fuzhou,
    Tiongkok", "Kuching, Sarawak"): a list of places of one rank ("Jepang, Korea Selatan dan ...") is not."""
    before = _WORDS_BEFORE_COMMA.search(text, max(0, start - 40), start)
    if before is None:
        return False
    words = before.group(1).split()
    entries = (gazetteer().place(" ".join(words[i:])) for i in range(len(words)))
    entry = next((e for e in entries if e is not None), None)
    # (a place after a comma is the earlier one's region only if it is wider)
    return entry is not None and PLACE_ORDER.get(entry.kind, PLACE_ORDER["country"]) < PLACE_ORDER[kind]


def _asked(text: str, start: int) -> bool:
    """Whether a verb of asking stands before ``start`` in its clause ("meminta negara-negara ... dan China")."""
    return _addressee().search(text[max(0, start - 80):start]) is not None


@cache
def _addressee() -> re.Pattern[str]:
    return regex.compile(rf"\b(?:{_words(resources.load('organizations')['addressee_verbs'])})\b[^.,;:\n]*$",
                         re.IGNORECASE)


def _clause_start(text: str, start: int) -> bool:
    before = text[max(0, start - 35):start]
    # "pemerintah Indonesia dan Belanda akan ...": a country's government is its subject too; so is a city written
    # with its administrative noun ("Pemerintah Kota Surabaya dan Kota Kitakyushu menandatangani ...")
    return _clause_opening().search(before) is not None or start == 0


def _with_region_noun(text: str, start: int, name: str) -> str:
    """ "Kota Kitakyushu" for the city "Kitakyushu" written after its administrative noun."""
    noun = _region_noun_before().search(text, max(0, start - 12), start)
    return f"{noun.group(1)} {name}" if noun is not None else name


@cache
def _region_nouns() -> str:
    """places.yaml region_nouns ("Kota", "Kabupaten", "Provinsi") as one alternation."""
    return _words(resources.load("places")["region_nouns"])


@cache
def _region_noun_before() -> re.Pattern[str]:
    return re.compile(rf"\b({_region_nouns()})\s+$")


@cache
def _clause_opening() -> re.Pattern[str]:
    """Punctuation, a dash or organizations.yaml subject_openers, then a region's administrative noun or not, at the
    end of the text before a place."""
    openers = _words(resources.load("organizations")["subject_openers"])
    return re.compile(rf"(?:^|[.,;:\n\"“]|\s[-–—]+|\b(?:{openers}))\s*(?:(?:{_region_nouns()})\s+)?$")


def _org_record(ent: Span, acronyms: dict[str, str]) -> Organization:
    surface = re.sub(r"\s+", " ", ent.text)
    acronym = ent._.acronym
    inner = re.search(r"\((?P<acr>[^)]+)\)\s*$", surface)
    name = surface
    if inner is not None:
        # "PT Pertamina (Persero)": a company's legal form in brackets is no acronym
        acronym = None if inner.group("acr") in company_name_ends() else inner.group("acr")
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
    if inside is not None and inside.group("acr") not in company_name_ends():
        # "Pemerintah Kota (Pemkot) Balikpapan": the short form written inside the name.
        acronym = acronym or inside.group("acr")
        name = (name[:inside.start()] + " " + name[inside.end():]).strip()
    return Organization(name=re.sub(r"\s+", " ", name), acronym=acronym, text=ent.text)


def without_holder(org: Organization, names: list[str]) -> Organization:
    """``org`` without the name of a person that its name ends with: "Komisi Pemberantasan Korupsi (KPK) Saut
    Situmorang" read as one body is the body and its office holder (an organisation ends where a person's name
    begins). ``names``: the names of the event's people."""
    joiners = _list_joiners()
    for name in names:
        for field in ("name", "text"):
            value = getattr(org, field)
            if not value or not value.endswith(" " + name):
                continue
            head = value[:-len(name)].rstrip()
            words = head.rstrip(",").split()
            # a body's name is left ("DPRD", "Partai Amanat Nasional"), not a head alone ("PT", "Kantor": the "name"
            # was the body's own), a list ("... dan Salam Aid", "..., Salam Aid") nor a lone letter, which may be
            # the holder's initial ("Komite BPH Migas M Ibnu Fajar") or the body's ("Komisi A")
            if (len(words) >= 2 or (words and words[0].isupper() and len(words[0]) >= 3)) \
                    and not head.endswith(",") and words[-1] not in joiners and len(words[-1].rstrip(".")) > 1:
                org = org.model_copy(update={field: head})
    return org


@cache
def _list_joiners() -> frozenset[str]:
    return frozenset([*resources.load("people")["person_joiners"], "&"])


def as_written(org: Organization, text: str) -> Organization:
    """``org`` named as the article writes it. An acronym's full name from the curated table ("DPR" -> "Dewan
    Perwakilan Rakyat") joins its mentions and weighs the cues, but an article that writes only "DPR" reports "DPR"
    (SCHEMA.md: names and aliases are forms of the text; the gold names such a body "DPR"). The full name stays in
    ``canonical`` for grouping one body across articles; aliases keep only forms the article writes."""
    name = org.name
    # Only a bare acronym is renamed: "Pemerintah Provinsi (Pemprov) Banten" is written, its bracket aside. So is a
    # short form the acronym holds ("PUPR" of "Kementerian PUPR", after "Menteri Pekerjaan Umum dan Perumahan Rakyat
    # (PUPR)"), where the article writes the acronym.
    if org.acronym and org.text in (org.acronym, *org.acronym.split()) and not whole_word_spans(text, org.name) \
            and whole_word_spans(text, org.acronym):
        name = org.acronym
    aliases = [a for a in org.aliases if a != name and whole_word_spans(text, a)]
    return org.model_copy(update={"name": name, "aliases": aliases, "canonical": org.name})


@cache
def _admin_nouns() -> frozenset[str]:
    """The administrative nouns of regions and their short forms, lower case: "kota", "kab", "provinsi" ..."""
    places = resources.load("places")
    return frozenset(w.lower() for w in [*places["region_nouns"], *places["region_noun_abbreviations"]])


def _is_admin_noun(word: str) -> bool:
    return word.lower().rstrip(".") in _admin_nouns()


def _regional_key(name: str) -> tuple[str, str, bool]:
    """A body's name with its region written one way ("Dinas Kesehatan NTT" and "... Nusa Tenggara Timur"): the
    words with each gazetteer region as its canonical name, the same without the administrative nouns, and
    whether it had one."""
    gaz = gazetteer()
    words = _prefix_written_out(_BRACKETED.sub(" ", name)).split()
    out: list[str] = []
    admin = False
    i = 0
    while i < len(words):
        for k in (3, 2, 1):
            place = gaz.place(" ".join(words[i:i + k])) if i + k <= len(words) else None
            if place is not None and place.kind in ("province", "regency", "city"):
                nouns = [w.lower().rstrip(".") for w in words[i:i + k] if _is_admin_noun(w)]
                out += nouns + _name_tokens(place.canonical)   # "Kota Kupang" and "Kabupaten Kupang" stay apart
                admin = admin or bool(nouns)
                i += k
                break
        else:
            admin = admin or _is_admin_noun(words[i])
            out += _name_tokens(words[i])
            i += 1
    return " ".join(out), " ".join(w for w in out if w not in _admin_nouns()), admin


def _same_body_in_region(a: tuple[str, str, bool], b: tuple[str, str, bool]) -> bool:
    """ "Komisi II DPRD Kabupaten Bantul" and "Komisi II DPRD Bantul", "Dinas Kesehatan Provinsi Nusa Tenggara
    Timur" and "Dinas Kesehatan NTT": one body; "Pemerintah Kota Kupang" and "Pemerintah Kabupaten Kupang" two."""
    return a[0] == b[0] or (a[1] == b[1] and len(a[1].split()) >= 2 and not (a[2] and b[2]))


def _body_keys(org: Organization) -> set[str]:
    """The keys a body is known by: its name, acronym (not a government's bare prefix) and surface text, and the
    expansion of a listed acronym it is written by ("Kemenkeu" is "Kementerian Keuangan")."""
    keys = {_org_key(org.name)} | (({_org_key(org.acronym)} if org.acronym else set()) - _generic_keys())
    # (the name only: a longer body's acronym field may hold an inner body's, "Komisi III DPR RI" -> DPR)
    expansion = gazetteer().acronyms.get(org.name)
    return keys | {_org_key(org.text)} | ({_org_key(expansion)} if expansion else set())


def _initials_keys(org: Organization) -> set[str]:
    """What a body written in full is called by its initials ("Badan Intelijen Negara": "BIN"; "Rumah Sakit Jiwa
    Daerah Surakarta": "RSJDS", and "RSJD" without its closing place), to be matched with another body written only
    so; never with another full name ("Dewan Pembina Parfi", "Dewan Pendiri Parfi")."""
    if org.name.isupper():
        return set()
    words = org.name.split()
    place_words = next((k for k in (2, 1) if len(words) > k + 1 and gazetteer().place(" ".join(words[-k:]))), 0)
    names = [org.name] + ([" ".join(words[:-place_words])] if place_words else [])
    # "PT Bank Rakyat Indonesia (Persero) Tbk" is "BRI", "PT Boma Bisma Indra" "BBI": a company's initials without its
    # legal form (_acronym_keys reads "Bank BRI", "PT BBI")
    if (bare := _without_company_form(org.name)) != org.name:
        names.append(bare)
    return {_org_key(initials) for name in names if (initials := _initials(name))}


def _without_company_form(name: str) -> str:
    """ "PT Bank Rakyat Indonesia (Persero) Tbk" -> "Bank Rakyat Indonesia": a company's name without its legal form
    before it and the words that close it."""
    words = _BRACKETED.sub(" ", name).split()
    if words and words[0] in company_forms():
        words = words[1:]
    while words and words[-1] in company_name_ends():
        words = words[:-1]
    return " ".join(words)


def _acronym_keys(org: Organization) -> set[str]:
    """The keys of a body written as an acronym alone ("BIN"), or given its own initials as its acronym ("Kedutaan
    Besar Republik Indonesia (KBRI)", which "Kedutaan Besar RI" is too); not an acronym inside a longer body's name
    ("Komisi III DPR RI" is no "Dewan Perwakilan Rakyat")."""
    keys = {_org_key(org.name)} if org.name.isupper() and len(org.name.split()) == 1 else set()
    words = org.name.split()
    if len(words) == 2 and (words[0] in company_forms() or words[0] in _word_set("acronym_heads")) \
            and words[1].isupper() and len(words[1]) >= 3:
        keys.add(_org_key(words[1]))   # "Bank BRI", "PT BBI": the body whose initials these are
    own = _initials(org.name)
    if org.acronym and own and _org_key(own) == _org_key(org.acronym):
        keys.add(_org_key(org.acronym))
    return keys


def _initials(name: str) -> str | None:
    """ "Badan Koordinasi Penanaman Modal" -> "BKPM", "Kedutaan Besar RI" -> "KBRI", "Pusat Studi Hukum dan
    Kebijakan" -> "PSHK": the capitals of a name's words (an all-capitals word whole, connectors left out); none
    for a name of fewer than three letters' worth or with a word in lower case."""
    words = [w for w in re.findall(r"[\w-]+", name) if w.lower() not in _word_set("initials_skipped")]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    letters = "".join(w if w.isupper() else w[0] for w in words)
    return letters if len(letters) >= 3 and len(words) >= 2 else None


def _may_share_initials(org: Organization, other: Organization) -> bool:
    """Whether two bodies whose initials and acronym agree may be one: where one is written short ("BIN") or the two
    names share a word ("Kedutaan Besar RI" and "Kedutaan Besar Republik Indonesia (KBRI)", "Bank BRI" and "Bank
    Rakyat Indonesia"); "Pemerintah Kota Kupang" is no "Pemberdayaan Kesejahteraan Keluarga (PKK)"."""
    if org.name.isupper() or other.name.isupper():
        return True
    return bool(_name_words(org.name) & _name_words(other.name))


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w-]+", name)}


def _same_body(keys: set[str], other_keys: set[str]) -> bool:
    return bool(keys & other_keys) or any(_contains_words(a, b) or _contains_words(b, a)
                                          for a in keys for b in other_keys)


def _dedupe_orgs(found: list[OrganizationAt]) -> list[OrganizationAt]:
    """One record per organisation: acronym and expansion, "Pemprov DKI" and "Pemprov DKI Jakarta", a region
    written in full or short."""
    kept: list[tuple[Organization, tuple[int, int], set[str]]] = []
    regional: list[tuple[str, str, bool]] = []
    # each kept body's initials key and acronym keys, read once
    initials_of: list[set[str]] = []
    acronyms_of: list[set[str]] = []
    for org, span in found:
        # (an acronym that only abbreviates a government's prefix, "Pemkab", names no one body: "Pemerintah Kabupaten
        # (Pemkab) Purworejo" and "Pemerintah Kabupaten Kulon Progo" are two)
        keys = _body_keys(org)
        region_key = _regional_key(org.name)
        initials, acronyms = _initials_keys(org), _acronym_keys(org)
        target = None
        for index, (other, _, other_keys) in enumerate(kept):
            if _same_body(keys, other_keys) or _same_body_in_region(region_key, regional[index]) \
                    or ((initials & acronyms_of[index] or initials_of[index] & acronyms)
                        and _may_share_initials(org, other)):
                target = index
                break
        if target is None:
            kept.append((org, span, keys))
            regional.append(region_key)
            initials_of.append(initials)
            acronyms_of.append(acronyms)
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
        # ... at the first mention (its span and surface text): where the story first names a body places it (the
        # main event's host, named again beside a side event)
        first_span, first_text = (other_span, other.text) if other_span <= span else (span, org.text)
        kept[target] = (Organization(name=better.name, acronym=acronym, text=first_text), first_span,
                        other_keys | keys)
        initials_of[target] = initials_of[target] or initials
        acronyms_of[target] = _acronym_keys(kept[target][0])
    return [(org, span) for org, span, _ in kept]


@cache
def _generic_keys() -> frozenset[str]:
    """The keys of a government's bare prefix ("Pemkab", "Pemerintah Provinsi"): no one body's."""
    return frozenset(_org_key(p) for p in gazetteer().government_prefixes)


def _contains_words(a: str, b: str) -> bool:
    """Whether normalised name ``a`` contains ``b`` as whole words ("uclg aspac" / "uclg")."""
    return len(b) >= 3 and (a == b or f" {b} " in f" {a} ")


def _split_coordinated(doc: Doc,
                       orgs: list[OrganizationAt]) -> list[OrganizationAt]:
    """ "Pemerintah kota Jakarta dan Berlin" is two governments; "Pemkot Pontianak dan Dewan Bandaraya ... (DBKU)"
    two organisations."""
    gaz = gazetteer()
    result = []
    others: set[str] | None = None   # the article's bodies of two words or more, read when needed
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
        parts = _and_before_head().split(org.text)
        if len(parts) == 1:
            # "Pemerintah Kabupaten Pacitan dan BPJS Kesehatan Cabang Madiun": after "dan", a body the article names
            # on its own elsewhere, as a body or after an office, begins a second one (two words or more: "Kementerian
            # Hukum dan HAM" is one)
            others = others if others is not None else {
                name for name in [*(e.text for e in entities_of(doc) if e.label_ == "ORG"),
                                  *(p.role.split(maxsplit=1)[-1] for p in doc._.people or []
                                    if p.role and p.role.split()[0] in office_heads())]
                if len(name.split()) >= 2}
            cut = next((m for m in re.finditer(r"\s+dan\s+", org.text)
                        if any(org.text.startswith(o, m.end()) for o in others)), None)
            if cut is not None:
                parts = [org.text[:cut.start()], org.text[cut.end():]]
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


@cache
def _and_before_head() -> re.Pattern[str]:
    """ "dan" before the head of a second organisation ("Dinas X dan Badan Y")."""
    return re.compile(r"\s+dan\s+(?=(?:" + "|".join(map(re.escape, gazetteer().org_heads)) + r")\b)")

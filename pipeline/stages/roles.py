"""People and their roles: titles stripped from names, offices linked to the names beside them.

Handles the shapes Indonesian news uses: "ROLE, NAME", "NAME, ROLE", "ROLE NAME", "NAME selaku ROLE",
"NAME yang juga ROLE", "NAME, ORGANISATION" after a titled name, and an office without a name
("Walikota Kupang"), which is a person whose name is null.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .. import regex, resources
from .extensions import (
    doc_value,
    entities_of,
    lower_words,
    sentences_of,
    set_doc_values,
    span_value,
    text_of,
    written_lower,
)
from .titles import abbreviated_titles, prefix_source, prefix_title
from .titles import loose as _loose
from .words import common_word, derived_noun, verb_shaped, whole_word_spans


@dataclass
class PersonMention:
    start: int
    end: int
    name: str | None
    role: str | None
    titles: list[str] = field(default_factory=list)
    organization: str | None = None
    name_span: tuple[int, int] | None = None
    role_span: tuple[int, int] | None = None
    # Role phrases of later mentions merged into this person ("Dirjen Bina Adwil yang didampingi ...").
    other_role_spans: list[tuple[int, int]] = field(default_factory=list)
    # The other forms the article uses for this person ("Jokowi", "Presiden", "Mendagri"), in order of appearance,
    # and the (start, end) of every mention of the person, the first one included, in text order.
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [s for s in (self.name_span, self.role_span) if s is not None]


# names found in an article, by where each starts: (where it ends, the name, its titles)
Names = dict[int, tuple[int, str, list[str]]]


@dataclass(frozen=True)
class _Lexicon:
    prefix_title: re.Pattern[str]
    venue_or_occasion: frozenset[str]   # lower case: a venue's heads, and "sela-sela" (roles._venue_at)
    degree: re.Pattern[str]
    titled_name: re.Pattern[str]
    office: re.Pattern[str]
    military: re.Pattern[str]
    speech_cues: frozenset[str]
    honorifics: frozenset[str]
    acting: re.Pattern[str]
    acting_before: re.Pattern[str]   # an acting prefix right before an office: "Penjabat Gubernur", "Plt Bupati"
    lower_office: regex.WordStarts
    group_before: re.Pattern[str]   # "para", "sejumlah" before an office: a group of office holders
    group_within: re.Pattern[str]   # "dan" before a second office in one role phrase: a group too
    group_join: re.Pattern[str]     # the same words, after a role phrase
    listed_next: re.Pattern[str]    # the same words, after a comma or not, before a next person
    collective: frozenset[str]      # offices held by a group ("Pimpinan DPR dan Pimpinan Fraksi")
    role_words: frozenset[str]
    office_words: frozenset[str]
    connectors: frozenset[str]
    speech_verbs: re.Pattern[str]
    name_end: re.Pattern[str]   # what may follow a name: punctuation, the end, "yang", "selaku", ...
    name_closed: re.Pattern[str]   # ... as a word's start too, and "di", "pada": after a one-word name of an office
    name_then_verb: re.Pattern[str]
    org_heads: frozenset[str]     # "Direktorat Jenderal": an organisation's head, a rank word inside it
    named_after_heads: frozenset[str]   # "Jalan", "Bandara": heads of places often named after a titled person
    body_joiners: frozenset[str]   # "President of Grab Indonesia": English words that go on to an office's body
    unit_after: re.Pattern[str]    # capitalised words (and joining words) after an office: "Regu Damkar Mandau"
    name_opener: re.Pattern[str]  # "La Ode": the first words of a name, where a role's capitalised run ends
    joiners: frozenset[str]       # "dan", "serta": between two people ("ketua umum PAN dan Ketua DPR ...")
    modifiers: frozenset[str]     # "terpilih", "nonaktif": lower-case words of a role
    capitalised_modifiers: frozenset[str]   # "sementara": one only before a capitalised word
    ordinal: re.Pattern[str]      # "ketiga", "ke-11": the holder's number in a role


# A bare initial inside a name ("Joseph F Dunford"); not I, V or X, which number units ("Pemasaran I")
_INITIAL = r"[A-HJ-UWYZ]"
_BARE_INITIAL = re.compile(_INITIAL)
# "I" before a capitalised word is the Balinese name marker ("I Wayan Gede Suartika"), not a stray letter; "Ke-4"
# numbers an office's holder ("Presiden RI Ke-4 Abdurrahman Wahid") and begins no name.
_NAME_WORD = r"(?:(?!Ke-\d)[A-Z][a-z][\w'’-]*|[A-Z]{2,3}(?![\w.])|[A-Z](?:\.[A-Z])+\.?|[A-Z]\.|I(?=[ ][A-Z][a-z]))"


@cache
def _name_source(initials: bool = False) -> str:
    """A name: up to five name words, with the lower-case particles of foreign names between them ("Bas van den
    Tillaar", "Mohammed bin Salman"; people.yaml). ``initials``: a bare initial may stand between two name words
    ("Jenderal Joseph F Dunford") or open the name ("AKBP M Yusuf"), where a title before the name says a name begins
    (elsewhere "BPH Migas M Ibnu Fajar" would be read as one name)."""
    data = resources.load("people")
    particles = regex.alternation(data["name_particles"]).replace(r"\ ", "[ ]")
    # a given name written short before the rest ("H. Moh. Rizal Hasan", "Muh. Jafar Hamid")
    short = rf"(?:{regex.alternation(data['short_given_names'])})\.(?=[ ][A-Z])"
    word = rf"(?:{short}|{_NAME_WORD})"
    inner = rf"(?:{word}|{_INITIAL}(?=[ ][A-Z][a-z]))" if initials else word
    # (so may one open it: "AKBP M Yusuf", "Wakil Bupati Kudus M Hartopo")
    return rf"{inner}(?:[ ](?:(?:{particles})[ ])?{inner}){{0,4}}"


@cache
def _name_pattern() -> re.Pattern[str]:
    """A name where something before it (an office, a title) says one begins."""
    return regex.compile(_name_source(initials=True))


@cache
def _particles() -> frozenset[str]:
    return frozenset(w for p in resources.load("people")["name_particles"] for w in p.split())


@cache
def _lexicon() -> _Lexicon:
    data = resources.load("people")
    places = resources.load("places")
    prefix = prefix_source()
    degrees = "|".join(_loose(t) for t in sorted(data["suffix_titles"], key=len, reverse=True))
    offices = sorted(data["offices"], key=len, reverse=True)
    acting = "|".join(_loose(a) for a in data["acting_prefixes"])
    office = rf"(?:(?:{acting})\s+)?(?:{'|'.join(re.escape(o) for o in offices)})(?![\w])"
    # "dosen Politeknik ..., NAME": an office written in lower case counts only in the "ROLE, NAME" shape.
    lowered = [o[0].lower() + o[1:] for o in offices if o[:1].isupper()]
    lower_office = rf"(?<![\w-])(?:{'|'.join(map(re.escape, lowered))})(?![\w])"
    verbs = sorted(data["speech_verbs"], key=len, reverse=True)
    verb = "|".join(re.escape(v) for v in verbs)
    return _Lexicon(
        prefix_title=prefix_title(),
        degree=regex.compile(rf"(?:{degrees})(?![\w])"),
        titled_name=regex.compile(
            # a title ends at a space or its own dot: "H. Ali", "Dr.Amran", but not the "H" of "HUT Kemerdekaan"
            rf"(?<![\w.])(?P<titles>(?:(?:{prefix})(?:\s+|(?<=\.)))+)(?P<name>{_name_source(initials=True)})"
            rf"(?P<degrees>(?:\s*,?\s*(?:{degrees})(?![\w]))*)"),
        office=regex.compile(office),
        military=regex.compile("|".join(_loose(t) for t in data["prefix_titles"]["military"])),
        # "Menurut Andi Pratama selaku ...": words that open reported speech are never part of a name.
        speech_cues=frozenset(c.lower() for c in resources.load("dates")["statement_cues"]),
        honorifics=frozenset(data["prefix_titles"]["honorific"]),
        acting=regex.compile(rf"(?:{acting})(?![\w])"),
        acting_before=regex.compile(rf"(?<![\w.])(?:{acting})\s+$"),
        lower_office=regex.WordStarts(regex.compile(lower_office), lowered),
        group_before=regex.compile(rf"\b(?:{regex.alternation(data['group_words']['before'])})\s*$", re.IGNORECASE),
        group_within=regex.compile(rf"\s(?:{regex.alternation(data['group_words']['within'])})\s+(?=[A-Z])"),
        group_join=regex.compile(rf"\s+(?:{regex.alternation(data['group_words']['within'])})\s+"),
        # "Afif Nurhidayat dan Kepala Dinas ...", "Sri Mulyani, serta Gubernur ...": the gap to a listed next person
        listed_next=regex.compile(rf"\s*,?\s*(?:{regex.alternation(data['group_words']['within'])})\s+"),
        collective=frozenset(data["group_words"]["collective"]),
        role_words=frozenset(data["role_words"]),
        office_words=frozenset(w for o in offices for w in o.split()),
        connectors=frozenset(data["role_connectors"]),
        speech_verbs=regex.compile(rf"\s*,?\s*(?:{verb})\b"),
        name_end=re.compile(rf"\s*(?:[,.;)]|$|\s(?:{regex.alternation(data['name_enders'])})\b)"),
        name_closed=re.compile(
            rf"\s*(?:[,.)]|$|\s(?:{regex.alternation([*data['name_enders'], *data['name_closing_starts']])}))"),
        name_then_verb=regex.compile(rf"(?<![\w])(?P<name>{_name_source()})(?=\s*,?\s+(?:{verb})\b)"),
        org_heads=frozenset(resources.load("organizations")["heads"]),
        named_after_heads=frozenset([*places["street_heads"], *places["venue_heads"]]),
        body_joiners=frozenset(data["body_joiners"]),
        unit_after=regex.compile(rf"(?:\s+(?:[A-Z][\w&'’/-]*(?:\.[\w&'’/-]+)*|{regex.alternation(data['unit_joiners'])}))*"
                                 r"(?<=\w)"),
        venue_or_occasion=frozenset(w.lower() for w in [*places["venue_heads"], *data["role_end_occasions"]]),
        name_opener=regex.compile(rf"(?:{regex.alternation(data['name_openers'])})[ ](?=[A-Z])"),
        joiners=frozenset(data["person_joiners"]),
        modifiers=frozenset(data["role_modifiers"]),
        capitalised_modifiers=frozenset(data["capitalised_role_modifiers"]),
        ordinal=regex.compile(rf"(?:{regex.alternation(data['role_ordinals'])}|[Kk]e-\d{{1,2}})\b"),
    )


def split_titles(text: str) -> tuple[str, list[str]]:
    """ "Dr. Drs. Amran, MT" -> ("Amran", ["Dr.", "Drs.", "MT"])."""
    lx = _lexicon()
    titles: list[str] = []
    rest = text.strip()
    while True:
        match = lx.prefix_title.match(rest)
        if match is None:
            break
        titles.append(match.group(0).strip())
        rest = rest[match.end():].lstrip()
    suffixes: list[str] = []
    while True:
        match = _degree_at_end(lx.degree.pattern).search(rest)
        if match is None:
            break
        suffixes.insert(0, match.group(1).strip())
        rest = rest[:match.start()].rstrip(" ,")
    return rest.strip(" ,"), titles + suffixes


@cache
def _degree_at_end(degree: str) -> re.Pattern[str]:
    """A degree after a comma or a space at the end of a name, compiled once per degree pattern: re.search's
    cache lookup hashed the long pattern string built anew on every call."""
    return re.compile(rf"(?:\s*,\s*|\s+)({degree})\s*$")


_WORD = regex.compile(r"\s*(\([^()\n]{1,60}\)|,|[^\s,()]+)")
# A military or police unit's number right after its commander's office: "1603/Sikka", "161/Wira", "0618".
_UNIT_NUMBER = regex.compile(r"\d{2,4}(?:/[A-Z][\w-]*)?")
# ... and a unit's number after the unit's own name ("Korem 074/Warastratama", "Daop 4")
_NUMBERED_UNIT = regex.compile(r"\d{1,4}(?:/[A-Z][\w-]*)?")


def _entity_at(doc: Doc, char: int, covering: bool = False) -> tuple[str, int] | None:
    """Label and end offset of the entity that starts at ``char`` (or, with ``covering``, contains it)."""
    for ent in entities_of(doc):
        if ent.start_char == char or (covering and ent.start_char <= char < ent.end_char):
            return ent.label_, ent.end_char
        if ent.start_char > char:
            break
    return None


# Initials written with their dots before a capitalised word: "A.M. Fachir".
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}(?= (?P<next>[A-Z][a-z]+))")


def _initials_open_name(doc: Doc, char: int) -> bool:
    """ "Wakil Menteri Luar Negeri A.M. Fachir": initials with their dots open the holder's name, where they start no
    entity but a person's, are no acronym or place written with dots ("D.K.I. Jakarta", "A.S.", "P.T. Pindad") and
    stand before no place ("D.I. Yogyakarta")."""
    from .entities import company_forms, company_name_ends, gazetteer

    text = text_of(doc)
    match = _DOTTED_INITIALS.match(text, char)
    if match is None:
        return False
    entity = _entity_at(doc, char)
    squashed = match.group(0).replace(".", "")
    gaz = gazetteer()
    return (entity is None or entity[0] == "PER") and squashed not in gaz.acronyms \
        and gaz.place(squashed) is None and squashed not in company_forms() | company_name_ends() \
        and gaz.place(match["next"]) is None


def _is_name_word(word: str, lx: _Lexicon) -> bool:
    return ((word == "I" or bool(re.fullmatch(_NAME_WORD, word))) and word not in lx.role_words
            and word not in lx.office_words
            and not lx.prefix_title.fullmatch(word))


def _first_name_before(doc: Doc, start: int, word: str, lx: _Lexicon) -> bool:
    """Whether ``word`` at ``start`` reads as a first name: a name word, no office or role word, in no
    organisation's or place's name ("Bupati Sikka H Ahmad" is Haji Ahmad)."""
    entity = _entity_at(doc, start, covering=True)
    return _is_name_word(word, lx) and word.lower() not in lower_words(doc) and (entity is None or entity[0] == "PER")


# One or two name words and a bare initial: "Yasonna H ", "Joseph F ".
_BEFORE_INITIAL = regex.compile(rf"[A-Z][a-z][\w'’-]*(?:[ ][A-Z][a-z][\w'’-]*)?[ ]{_INITIAL}[ ]")


_OTHER_POST = re.compile(r" [A-Z][\w-]*\s+[A-Z(]")


def _numbers_the_holder(doc: Doc, start: int, end: int, name_starts: set[int], lx: _Lexicon) -> bool:
    """Whether the word at ``start:end`` is an ordinal right before a name: "Presiden ketiga B.J. Habibie",
    "Wakil Presiden ke-11 Boediono" (not "Presiden ketujuh RI itu", "Gubernur ke-12 DKI Jakarta")."""
    text = text_of(doc)
    ordinal = lx.ordinal.match(text, start)
    if ordinal is None or ordinal.end() != end or text[end:end + 1] != " ":
        return False
    following = end + 1
    if following in name_starts:
        return True
    return _entity_at(doc, following, covering=True) is None \
        and _looks_like_name_start(text, following, lx, lower_words(doc))


def _extend_role(doc: Doc, start: int, end: int, name_starts: set[int],
                 known_starts: frozenset[int] = frozenset()) -> int:
    """Walk right from an office word over what belongs to the role; return the role's end offset.
    ``known_starts``: where the model's names and titled names of two words or more begin."""
    from .entities import local_region_nouns, not_name_words, regency_after

    lx = _lexicon()
    text = text_of(doc)
    position = end
    role_end = end
    qualified = False
    limit = _sentence_end(doc, start)
    while True:
        match = _WORD.match(text, position)
        if match is None or "\n" in text[position:match.start(1)] or match.start(1) >= limit:
            break
        word, word_start = match.group(1), match.start(1)
        if qualified and _unit_word_read_as_name(text, word_start, word, lx):
            # "Menteri Riset Tenologi dan Pendidikan Tinggi Rudi Hartono": a misspelt unit word the model read as a
            # name, between unit words of the same office.
            position = role_end = match.end(1)
            continue
        if word_start in name_starts or lx.prefix_title.match(text, word_start) \
                or lx.name_opener.match(text, word_start) or _initials_open_name(doc, word_start):
            break
        if len(word) > 2 and word.endswith(".") and word[:-1].isalpha() and (
                word[:-1] in lx.role_words or word[:-1] in lx.office_words):
            role_end = word_start + len(word) - 1   # "... untuk Urusan Internasional.": the sentence ends the role
            if match.end(1) >= limit:
                break
            position = match.end(1)   # "PT Bank Central Asia Tbk. Jahja ...": a company's end inside a sentence
            qualified = True
            continue
        defined = _DEFINED_NAME.match(text, word_start)
        if defined is not None and abbreviates(defined.group("acr"), defined.group("name").split()):
            # "Ketua Indonesian Diaspora Network Global (IDNG)": a body spelled out before its acronym
            position = role_end = defined.end()
            qualified = True
            continue
        entity = _entity_at(doc, word_start, covering=True)
        if entity is not None and entity[0] in ("ORG", "LOC", "GPE"):
            position = role_end = entity[1]
            qualified = True
            continue
        if entity is not None and entity[0] == "PER":
            break
        if word.startswith("/") and lx.office.match(text, word_start + 1):
            # "Menteri PPN/Kepala Bappenas": one person's two offices, one role (not inside a bracket after a name:
            # "Daryl Wilson (Ketua AINAKI/Founder Kumata Studio)" names no holder after "Founder")
            opened = _sentence_start(doc, start)
            if text.rfind("(", opened, word_start) <= text.rfind(")", opened, word_start):
                position = word_start + 1
                continue
        if word == "atau" and _OTHER_POST.match(text, match.end(1)) and lx.office.match(text, match.end(1) + 1) \
                and len(text[start:word_start].split()) >= 2:
            # "Menteri Perencanaan Pembangunan Nasional atau Kepala Bappenas Bambang Brodjonegoro": the other name
            # of the same post, as the slash writes it, an office and its unit after an office and its unit
            # ("Kepala Desa atau Lurah se-...", "Menkumham atau Menpan RB" are two posts)
            position = match.end(1) + 1
            continue
        if _numbers_the_holder(doc, word_start, match.end(1), name_starts, lx):
            position = role_end = match.end(1)
            break   # "Presiden ketiga B.J. Habibie": the holder's name comes next
        previous = text[start:word_start].split()[-1]
        if word.startswith("(") or word in lx.modifiers or (
                word in lx.capitalised_modifiers and text[match.end(1):match.end(1) + 2].strip()[:1].isupper()) or (
                position == end and _UNIT_NUMBER.fullmatch(word)) or (   # "Dandim 1603/Sikka": a unit's number
                regency_after(previous, word)):   # "Bupati Belu", "... Cabang Ende"
            position = role_end = match.end(1)
            continue
        if position > end and previous[:1].isupper() and _NUMBERED_UNIT.fullmatch(word):
            position = role_end = match.end(1)   # "Komandan Korem 074/Warastratama", "Kepala Daop 4 Semarang"
            continue
        if word[:1].isupper() and previous in local_region_nouns():
            # "... Kecamatan Tembalang Sutrisno": the district's name, not his (a city's or regency's, which may run
            # to two words, the gazetteer knows: "Kota Petaling Jaya")
            position = role_end = match.end(1)
            qualified = True
            continue
        if (word == "di" and qualified) or word == "untuk":
            # "Konsul Jenderal Filipina di Manado Ivy Lim", "Staf Khusus Presiden untuk Papua Lenis Kogoya": the
            # place of the office's post, then its holder
            following = _WORD.match(text, match.end(1))
            post = _entity_at(doc, following.start(1)) if following is not None else None
            if post is not None and post[0] in ("LOC", "GPE") and text[post[1]:post[1] + 1] == " " and (
                    post[1] + 1 in name_starts or _looks_like_name_start(text, post[1] + 1, lx, lower_words(doc))):
                position = role_end = post[1]
                continue
            if word == "di":
                break
        if word == ",":
            following = _WORD.match(text, match.end(1))
            if following is None:
                break
            nxt = following.group(1)
            nxt_entity = _entity_at(doc, following.start(1))
            if nxt == "dan" or nxt in lx.role_words or (nxt_entity is not None and nxt_entity[0] == "ORG"):
                position = match.end(1)
                continue
            break
        if word in lx.connectors:
            # "Menteri Kelautan dan Perikanan" goes on; "Wagub dan Apdesi" is two parties, and so is "ketua umum PAN
            # dan Ketua DPR ...": an office after "dan" begins another person's role. English "of" names the body
            # ("President of Grab Indonesia").
            following = _WORD.match(text, match.end(1))
            if following is not None and following.group(1)[:1].isupper() and (
                    qualified or following.group(1) in lx.role_words or word in lx.body_joiners) \
                    and not (word in lx.joiners and lx.office.match(text, following.start(1))):
                position = match.end(1)
                continue
            break
        if _BARE_INITIAL.fullmatch(word) and (following := _WORD.match(text, match.end(1))) is not None \
                and _is_name_word(following.group(1), lx):
            break   # "Bupati Temanggung M Al Khadziq": a name's initial, written without its dot, opens the name
        if word in lx.role_words or word in lx.office_words or (word.isupper() and len(word) >= 2) \
                or word in not_name_words():   # a sector word: "Menteri Pertahanan AS Ashton Carter"
            position = role_end = match.end(1)
            qualified = qualified or word not in lx.office_words
            continue
        ahead = min((s for s in name_starts if s > word_start), default=None)
        initial = _BEFORE_INITIAL.match(text, word_start)
        if initial is not None and initial.end() == ahead and _first_name_before(doc, word_start, word, lx):
            break   # "Menteri Hukum dan HAM Yasonna H Laoly": the model's name lost its first words at the initial
        if word[:1].isupper() and ahead is not None and re.fullmatch(r"(?:[A-Z][\w&.’'-]*[ ]+){1,4}",
                                                                      text[word_start:ahead]) \
                and (_named_body(doc, word_start, ahead) or lx.prefix_title.match(text, ahead)):
            # "Direktur Utama Hutama Karya I Made Wirasana", "Kepala Staf Angkatan Laut Laksamana TNI Budi
            # Santoso": capitalised words up to a known or titled name are the role's.
            position = role_end = match.end(1)
            qualified = True
            continue
        if word[:1].isupper() and ahead in known_starts and re.fullmatch(r"(?:[A-Z][\w&.’'-]*[ ]+){1,4}",
                                                                        text[word_start:ahead]) \
                and _office_words_before(doc, text[word_start:ahead].split(), lx):
            # "Camat Tanah Abang Dedi Arif Darsono": the model's name begins further on, and the capitalised words
            # before it are the office's, all of them.
            position = role_end = word_start + len(text[word_start:ahead].rstrip())
            qualified = True
            continue
        if word[:1].isupper() and ahead is not None and re.fullmatch(r"(?:[A-Z][\w&.’'-]*[ ]+){1,8}",
                                                                      text[word_start:ahead]) \
                and _office_body(doc, word_start, ahead, lx):
            # "Direktur Jenderal Pelayanan dan Kepatuhan Kementerian Keuangan RI Benyamin ...": unit words
            # and the organisation's name up to a known name are the role's.
            position = role_end = match.end(1)
            qualified = True
            continue
        if word[:1].isupper() and not qualified and not _looks_like_name_start(text, word_start, lx, lower_words(doc)):
            # "Presiden Citynet Indonesia": an unknown word right after the office names its organisation;
            # "Manajer Kampanye Keadilan Iklim": common words after it name its unit, all of them.
            position = role_end = _common_words_after(text, match.end(1), lower_words(doc))
            qualified = True
            continue
        break
    return max(end, min(role_end, limit))   # "... Kepala Staf Kepresidenan. Agum ...": the stop ends the role


def _office_words_before(doc: Doc, words: list[str], lx: _Lexicon) -> bool:
    """Whether capitalised words before a known name are an office's ("Tanah Abang", "Pertahanan", "BNPT"), not a
    first name the model left out ("Andreas Hugo Pereira"). Two words or more are; one word is when it is an
    acronym, an office word, a word the text also writes in lower case or a derived noun ("Kemaritiman"), or a place
    the article names after an administrative noun ("Camat Alok Yosef ..." after "Kecamatan Alok")."""
    from .entities import admin_full_names

    if len(words) >= 2:
        return True
    word = words[0]
    # (a bare initial is a name's: "Bupati Temanggung M Al Khadziq"; I, V and X number units: "AP I")
    return (word.isupper() and not _BARE_INITIAL.fullmatch(word)) or word in lx.role_words or word in lx.office_words \
        or _common_word(word, lower_words(doc)) or word in admin_full_names(doc)


def _common_words_after(text: str, end: int, lower: frozenset[str]) -> int:
    """Where a run of capitalised common words from ``end`` ends ("Kampanye| Keadilan Iklim", an office's unit). A
    common word that one other capitalised word closes is a name's first ("Kaukus Perempuan| Hening Parlan hadir")."""
    for following in _CAPITALISED_AFTER.finditer(text, end):
        if following.start() != end or not _lower_case_word(following.group(1), lower):
            break
        last = _LAST_NAME_WORD.match(text, following.end())
        if last is not None and not _lower_case_word(last.group(1), lower):
            break
        end = following.end()
    return end


_CAPITALISED_AFTER = re.compile(r"[ ]([A-Z][a-z]+)(?![\w-])")
# one capitalised word that ends a run: a comma, a stop, a bracket or a lower-case word after it
_LAST_NAME_WORD = re.compile(r"[ ]([A-Z][a-z]+)(?=[,.;)]|[ ][a-z(]|$)")


def _common_word(word: str, lower: frozenset[str]) -> bool:
    """A capitalised word that is no first name: the text also writes it in lower case, or it is a derived noun."""
    return word.lower() in lower or derived_noun(word)


def _lower_case_word(word: str, lower: frozenset[str]) -> bool:
    """``_common_word``, or a word that news mostly writes in lower case (``words.common_word``)."""
    return _common_word(word, lower) or common_word(word)


def _unit_word_read_as_name(text: str, start: int, word: str, lx: _Lexicon) -> bool:
    """Whether a capitalised word inside a role is a unit word however it is spelt: a role word ("Riset") before
    it, "dan" and a role word ("Pendidikan") after it. "Gubernur Bali Koster dan Pemerintah ..." is a name."""
    before = text[max(0, start - 30):start].split()
    if not word[:1].isupper() or not before or before[-1] not in lx.role_words:
        return False
    end = start + len(word)
    following = re.match(r"[ ]+(?:dan|&)[ ]+([A-Z][\w-]*)", text[end:end + 40])
    return following is not None and following.group(1) in lx.role_words


_DEFINED_NAME = regex.compile(r"(?P<name>(?:[A-Z][\w&'’-]*[ ]+(?:(?:dan|and|of|untuk)[ ]+)?){0,6}[A-Z][\w&'’-]*)"
                              r"[ ]?\((?P<acr>[A-Z][\w-]{1,10})\)")


def _named_body(doc: Doc, start: int, end: int) -> bool:
    """Whether the entity output has an organisation or place over ``start`` up to about ``end``."""
    from .entities import ner_entities

    return any(e.label_ in ("ORG", "LOC") and e.start_char <= start and e.end_char >= end - 1
               for e in ner_entities(doc))


def _office_body(doc: Doc, start: int, end: int, lx: _Lexicon) -> bool:
    """Whether the words from ``start`` to a name at ``end`` read as the rest of an office: an organisation or place
    ending right before the name, and before it at most two words that are no unit words ("Catatan")."""
    text = text_of(doc)
    last = next((e for e in entities_of(doc) if e.label_ in ("ORG", "LOC", "GPE") and start <= e.start_char
                 and text[e.end_char:end].strip() == ""), None)
    if last is None:
        return False
    words = text[start:last.start_char].split()
    return sum(1 for w in words if w not in lx.role_words and w not in lx.connectors) <= 2


def _looks_like_name_start(text: str, start: int, lx: _Lexicon, common: frozenset[str] = frozenset()) -> bool:
    """A capitalised run that ends where a name ends: before a verb, a comma, or the end of a clause. ``common``: the
    words the text writes in lower case; a run of them only ("Imigrasi", "Penyelenggaraan Haji") is an office's."""
    match = _name_pattern().match(text[start:])
    if match is None:
        return False
    # (an initial in the run is the name's: "Yasonna H Laoly", "M Hartopo")
    words = [w for w in match.group(0).split() if w not in _particles() and not _BARE_INITIAL.fullmatch(w)]
    if any(not _is_name_word(w, lx) for w in words):
        return False
    if all(_common_word(w, common) for w in words) or (len(words) > 1 and all(
            _lower_case_word(w, common) for w in words)):
        return False   # "Penyelenggaraan Haji", "Bisnis Komersial"; one such word is left to _lone_common_word
    after = text[start + match.end():start + match.end() + 30]
    if after.startswith(".") and words[-1] in abbreviated_titles():
        return False   # "Fakir Miskin Kemensos Ir. Lestari ...": the title opens the name after the run
    if re.match(r"\s+(?:Indonesia|Internasional|Nasional)\b", after):
        return False
    # (a verb of what a participant did or said: "Gubernur Kalimantan Barat Sutarmidji bertemu dengan ...")
    return bool(lx.name_closed.match(after) or lx.speech_verbs.match(after)) or len(words) >= 2 \
        or (len(words) == 1 and _BARE_INITIAL.fullmatch(match.group(0).split()[0]) is not None)   # "M Hartopo"


def _name_at(doc: Doc, start: int,
             name_spans: Names) -> tuple[int, str, list[str]] | None:
    """A name beginning at ``start``: a titled name, a model PER, or a plain capitalised name run."""
    if start in name_spans:
        return name_spans[start]
    lx = _lexicon()
    match = _name_pattern().match(text_of(doc)[start:])
    if match is None or not _looks_like_name_start(text_of(doc), start, lx, lower_words(doc)):
        return None
    entity = _entity_at(doc, start)
    if entity is not None and entity[0] in ("ORG", "LOC", "GPE"):
        return None
    end = start + match.end()
    degrees = re.match(rf"(?:\s*,?\s*(?:{lx.degree.pattern}))+", text_of(doc)[end:])
    full_end = end + (degrees.end() if degrees else 0)
    name, titles = split_titles(text_of(doc)[start:full_end])
    return full_end, name, titles


# Between a name and its role: "Ir. Wahyu Setiadi, M.T., yang juga Sekda", "Bambang Hermawan selaku Ketua Panitia".
# "Yanti Lomi, pendiri koperasi itu sekaligus Ketua ...": a first role in lower case, then "sekaligus" and this one.
# The words that say the name before holds the office: "Jefrianto selaku Komandan ...", "... yang juga Sekda ..."
_HOLDING_WORDS = (r"selaku|sebagai|yang\s+juga(?:\s+menjabat(?:\s+sebagai)?)?|yang\s+merupakan|"
                  r"yang\s+menjabat(?:\s+sebagai)?")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:]|$)")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def _listed_before(text: str, role_end: int, names: Names, people: list[PersonMention]) -> list[int]:
    """Where the people end after whom "dan" may list the office ending at ``role_end`` as one more person: named
    people where the office closes the clause, and people named by office too where the clause's verb follows it."""
    named = [*(end for end, _, _ in names.values()), *(p.name_span[1] for p in people if p.name_span)]
    if _verb_next(text, role_end):
        return [*named, *(p.role_span[1] for p in people if p.role_span and not p.name_span)]
    return named if _CLAUSE_END.match(text, role_end) else []


def _verb_next(text: str, end: int) -> bool:
    """Whether the word right after ``end`` is a verb in lower case ("... dan Rektor Undana menandatangani")."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and verb_shaped(word.group(1))


_NAME_ROLE_GAP = regex.compile(rf"\s*,?\s*(?:(?:{_HOLDING_WORDS}|"
                               r"[a-z][\w-]*(?:\s+[\w()-]+){0,5}\s+sekaligus)\s+)?$")
_HELD_AS = regex.compile(rf"\s+(?:{_HOLDING_WORDS})\s+")


def _holders_before(text: str, names: Names, office_start: int) -> list[int]:
    """The starts of the names that end at most 40 characters before an office with only "selaku", "sebagai", "yang
    juga" ... between: "Jefrianto selaku Komandan ...". In the order ``names`` holds them."""
    return [s for s, (e, _, _) in names.items()
            if office_start - 40 <= e <= office_start and _HELD_AS.fullmatch(text, e, office_start)]
# "dan" inside an office's unit, before another person's name or office
_AND = re.compile(r"\s+dan\b")
_COMMA_ROLE_TOKEN = regex.compile(r"\s*(\([^()\n]{1,80}\)|,|[^\s,()]+)")
# Lower-case words that look like verbs (me-, di-, ber-, ter- forms) end a role phrase: "Ketua ... membuka".
_VERB_LIKE = regex.compile(r"(?:me|di|ber|ter|per)[a-z]{3,}$")
_PHRASE_CONNECTORS = frozenset({"di", "dari", "asal", "pada"})


def _person_start(doc: Doc, start: int, names: Names,
                  lower_vocab: frozenset[str]) -> bool:
    """Whether a person's name (titled, a model PER, or a plain name run) begins at ``start``."""
    if start in names:
        return True
    entity = _entity_at(doc, start)
    if entity is not None:
        return entity[0] == "PER"
    lx = _lexicon()
    match = _name_pattern().match(text_of(doc)[start:])
    if match is None:
        return False
    words = [w for w in match.group(0).split() if w not in _particles()]
    if words[0].lower() in lower_vocab or not all(_is_name_word(w, lx) for w in words) or lx.acting.match(words[0]):
        return False
    degrees = re.match(rf"(?:\s*,?\s*(?:{lx.degree.pattern}))+", text_of(doc)[start + match.end():])
    after = text_of(doc)[start + match.end() + (degrees.end() if degrees else 0):][:25]
    # an age in brackets ("Marlina (23)") ends a name; a date does not make a name of a weekday ("Kamis (10/10)")
    return bool(_AGE.match(after) or lx.name_end.match(after) or lx.speech_verbs.match(after))


@cache
def _list_copulas() -> frozenset[str]:
    return frozenset(resources.load("people")["list_cues"]["list_copulas"])


def _comma_shape(doc: Doc, start: int, end: int, names: Names,
                 lower_vocab: frozenset[str]) -> tuple[int, int] | None:
    """ "Kepala Desa Wukirsari, Kabupaten Bantul, Joko Prihatin": the role runs from the office to the comma that a
    name follows; returns (role end, name start). Commas inside the role ("Direktur Daerah Tertinggal,
    Transmigrasi, dan Perdesaan Bappenas") are passed over while no name follows them."""
    lx = _lexicon()
    text = text_of(doc)
    position = end
    lower_words = 0
    run_start: int | None = None   # where the capitalised words before this one begin
    limit = _sentence_end(doc, start)
    while position - start < 220:
        match = _COMMA_ROLE_TOKEN.match(text, position)
        if match is None or "\n" in text[position:match.start(1)] or match.start(1) >= limit:
            return None
        word = match.group(1)
        if match.start(1) in names and match.start(1) != position:
            return None   # another person's name inside the phrase ("..., dan Dr. Sri Haryati"): not this shape
        if word == "di" and run_start is not None and _plain_name_run(doc, run_start, match.start(1), lx, lower_vocab) \
                and _place_at(doc, match.end(1) + 1):
            return None   # "Menteri Pariwisata ... Sandiaga Uno di Pantai Pede, Labuan Bajo": a name, then a place
        if word == "di" and _venue_at(doc, match.end(1) + 1):
            return None   # "Menteri Hukum dan HAM, di Kompleks Parlemen, Senayan": where he spoke, then the place's
            # parts, no name ("Duta Besar RI di Singapura, ..." goes on: a country or city is the post's)
        # a name's run begins at the first capitalised word that no role or office uses
        run_start = (run_start if run_start is not None else match.start(1)) if _is_name_word(word, lx) else None
        if word == ",":
            following = re.match(r"\s*", text[match.end(1):])
            name_start = match.end(1) + (following.end() if following else 0)
            if lx.degree.match(text, name_start):
                return None   # "Kepala Bappeda Sleman Kunto Riyadi, S.T., M.T.": the degrees of a name before it
            if _person_start(doc, name_start, names, lower_vocab):
                return match.start(1), name_start
            position = match.end(1)
            continue
        bare = word.rstrip(".")
        if word[-1:] in ".;:!?\"“”" and not (lx.prefix_title.fullmatch(word) or re.fullmatch(r"[A-Z][\w.]*\.", word)):
            return None
        if bare in lx.joiners and lx.office.match(text, match.end(1) + 1):
            return None   # "ketua umum PAN dan Ketua DPR, Setya Novanto": the name after the comma is the second's
        hyphenated_name = "-" in word and word[:1].isalpha() and word.split("-")[-1][:1].isupper()   # "Kemenpan-RB"
        if word[:1].isupper() or word[:1].isdigit() or word.startswith("(") or bare in lx.connectors \
                or bare in _PHRASE_CONNECTORS or hyphenated_name:
            position = match.end(1)
            continue
        if bare in _list_copulas() or bare in _list_openers():
            # "penjabat gubernur itu adalah A (Banten), B ...", "mendampingi bupati antara lain Sekretaris Daerah,
            # Achmad ...": a list of names follows, no role (of the office before it)
            return None
        if word[:1].islower() and not _VERB_LIKE.match(word) and lower_words < 4:
            lower_words += 1   # "pengamat politik dari ...", "Penasihat Teknis GIZ untuk pengurangan risiko bencana"
            position = match.end(1)
            continue
        return None
    return None


def _venue_at(doc: Doc, start: int) -> bool:
    """Whether a venue's head ("Kompleks", "gedung", "ruang rapat"), in any case, or an occasion ("sela-sela")
    begins at ``start``."""
    lx = _lexicon()
    words = text_of(doc)[start:start + 40].lower().split()[:2]
    return bool(words) and (words[0].rstrip(",.") in lx.venue_or_occasion
                            or " ".join(words).rstrip(",.") in lx.venue_or_occasion)


def _place_at(doc: Doc, start: int) -> bool:
    """Whether a place or a venue begins at ``start`` (a place entity, a gazetteer place, a venue's head word)."""
    from .entities import gazetteer

    entity = _entity_at(doc, start)
    if entity is not None:
        return entity[0] in ("LOC", "GPE")
    words = text_of(doc)[start:start + 60].split()[:3]
    gaz = gazetteer()
    return bool(words) and (words[0] in gaz.venue_heads or any(
        gaz.place(" ".join(words[:k]).rstrip(",.")) is not None for k in (1, 2, 3)))


def _plain_name_run(doc: Doc, start: int, end: int, lx: _Lexicon, lower_vocab: frozenset[str]) -> bool:
    """Whether ``start:end`` is a person's name of two or more plain words ("Sandiaga Uno"): no acronym, no word of a
    body's name, no entity of the model or the gazetteer over it ("Keduataan Jerman", "DPD I Partai Golkar")."""
    words = text_of(doc)[start:end].split()
    return len(words) >= 2 and all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) and w not in lx.org_heads
                                   and not _common_word(w, lower_vocab) for w in words) \
        and not any(e.start_char < end and start < e.end_char for e in entities_of(doc)) \
        and _looks_like_name_start(text_of(doc), start, lx, lower_vocab)


def _inside_name(doc: Doc, start: int) -> bool:
    """An office word inside a longer capitalised name: "Forum Koordinasi Pimpinan Daerah", "Kantor Wali Kota"."""
    text = text_of(doc)
    for ent in entities_of(doc):
        if ent.start_char < start < ent.end_char and ent.label_ in ("ORG", "LOC", "GPE"):
            return True
        if ent.start_char > start:
            break
    # the word before, on the same line: a title's last word ("Bupati Terima Audiensi APDESI") is no part of a name
    previous = re.search(r"(?:^|(?<=[^\w]))([\w'’-]+)[ \t]+$", text[max(0, start - 40):start])
    if previous is None or not previous.group(1)[:1].isupper():
        return False
    word = previous.group(1)
    lx = _lexicon()
    if lx.prefix_title.fullmatch(word) or word in lx.honorifics \
            or lx.acting_before.search(text, max(0, start - 40), start):   # "Plt", "Penjabat", "Pelaksana Tugas"
        return False
    # A capitalised word that starts a sentence ("Menurut Ketua ...") does not make the office part of a name.
    head = text[:start - len(previous.group(0))].rstrip(" \t")
    return not (not head or head[-1] in ".!?\n\"“”:")


@cache
def epithet_end() -> re.Pattern[str]:
    """ "... itu", "... tersebut" right after an office or a body (people.yaml epithet_closers)."""
    return re.compile(rf"\s*(?:{regex.alternation(resources.load('people')['epithet_closers'])})\b")


def find_people(doc: Doc) -> list[PersonMention]:
    """The people of an article, each once, with their roles: the names it writes (titled, the model's, listed,
    before a verb of saying), each office with the name it holds (or none), then the names that hold no office;
    tidied and linked across mentions (``link_people``)."""
    lx = _lexicon()
    # Capitalised words that also occur in lower case ("Dari", "Menurut") are sentence starts, not names.
    lower_vocab = lower_words(doc)
    names, model_names, known_starts = _names(doc, lx, lower_vocab)
    people, used_names = _office_holders(doc, names, known_starts, lx, lower_vocab)
    people += _people_without_office(doc, names, model_names, used_names, lx)
    return _tidied(doc, people)


def _names(doc: Doc, lx: _Lexicon, lower_vocab: frozenset[str]) -> tuple[Names, set[int], frozenset[int]]:
    """The names the article writes, by where they start: titled ("Dr. Drs. Amran, MT"), the statistical model's,
    listed between two of the model's, and a capitalised run before a verb of saying. Also the starts of the names
    only the model proposed untitled, and of the names of two words or more found before the last kind."""
    text = text_of(doc)
    title_end = doc_value(doc, "title_end") or 0
    names: Names = _titled_names(doc, lx)
    model_names: set[int] = set()   # untitled names only the statistical NER proposed
    for ent in entities_of(doc):
        if ent.label_ == "PER" and ent.start_char >= title_end and ent.start_char not in names:
            inside = any(s < ent.start_char < e for s, (e, _, _) in names.items())
            if not inside:
                full_end = ent.end_char
                degrees = re.match(rf"(?:\s*,?\s*(?:{lx.degree.pattern}))+", text[full_end:])
                if degrees:
                    full_end += degrees.end()
                name, titles = split_titles(text[ent.start_char:full_end])
                if name:
                    names[ent.start_char] = (full_end, name, titles)
                    if not titles:
                        model_names.add(ent.start_char)
    # "di antaranya Prasetyo Edi Marsudi, Ruhut Sitompul, Trimedya Pandjaitan, Hamka Haq dan ...": a capitalised run
    # of two to four name words between two of the model's names in a comma list is a name the model missed
    for start, end, name in _listed_between(doc, names, lx):
        names[start] = (end, name, [])
        model_names.add(start)
    known_starts = frozenset(s for s, (_, name, _) in names.items() if len(name.split()) >= 2)
    _add_names_before_verbs(doc, names, lx, lower_vocab)
    return names, model_names, known_starts


def _titled_names(doc: Doc, lx: _Lexicon) -> Names:
    """The names written with a title or degree ("Dr. Drs. Amran, MT"), by where they start."""
    text = text_of(doc)
    title_end = doc_value(doc, "title_end") or 0
    names: Names = {}
    venues = [(e.start_char, e.end_char) for e in entities_of(doc) if span_value(e, "place_kind") == "venue"]
    for match in lx.titled_name.finditer(text, title_end):
        if any(start < match.start() < end for start, end in venues):
            continue   # "Asrama Haji Pondok Gede": a title word inside a venue's name titles no one
        before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, match.start() - 30):match.start()])
        if before is not None and re.fullmatch(r"[A-Z]\s+", match.group("titles")) and _first_name_before(
                doc, match.start() - len(before.group(0)), before.group(1), lx):
            continue   # "Yasonna H Laoly": a middle initial, not the title H(aji)
        compound = f"{before.group(1)} {match.group('titles').split()[0]}" if before is not None else ""
        if before is not None and lx.military.match(match.group("titles")) and (
                lx.office.fullmatch(compound) or compound in lx.org_heads or before.group(1) in lx.org_heads
                or before.group(1) in lx.named_after_heads):
            # "Direktorat Jenderal Bina ...", "Konsul Jenderal": a rank word inside an office's name; "Universitas
            # Jenderal Soedirman", "Jalan Jenderal Sudirman": a body or place named after a general; but
            # "Kapolri Jenderal Pol Tito Karnavian" is an office, then a rank and a name.
            continue
        name, titles = split_titles(match.group(0))
        name = _trim_name(name, lx)
        # "Ibu Kota Nusantara" is a place, "Pak Gubernur Jawa Barat" an office: an honorific before an office
        # noun is no title.
        first = name.split()[0] if name else ""
        if name and not ((first in lx.role_words or first in lx.office_words) and titles
                         and titles[-1] in lx.honorifics):
            names[match.start()] = (match.end(), name, titles)
    return names


def _add_names_before_verbs(doc: Doc, names: Names, lx: _Lexicon, lower_vocab: frozenset[str]) -> None:
    """Add to ``names`` a capitalised run of name words before a verb of saying ("Fadel Muhammad mengatakan"), where
    no name found already starts inside or within it."""
    text = text_of(doc)
    title_end = doc_value(doc, "title_end") or 0
    for match in lx.name_then_verb.finditer(text, title_end):
        if re.search(r"\b(?:di|ke|dari|sekitar|kawasan|wilayah|se)\s+$",
                     text[max(0, match.start() - 12):match.start()]):
            continue   # "di Asia Tenggara dalam ...", "sekitar Danau Toba dalam ...": a place, not a speaker
        words = match.group("name").split()
        start = match.start()
        before = text[:match.start()].rstrip(" \t")   # a line break ends a title with no full stop
        opens_sentence = not before or before[-1] in ".!?\n\"“”:"
        if words[0].lower() in lower_vocab and words[0].lower() not in lx.speech_cues and not opens_sentence:
            continue   # "sebagai Media Dakwah ... dalam": a common noun inside a sentence heads a title, not a name
        while words and (words[0].lower() in lx.speech_cues or words[0].lower() in lower_vocab):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else match.end()
            words.pop(0)   # "Menurut Andi Pratama": the sentence's first word is not part of the name
        inside = _entity_at(doc, start, covering=True) if words else None
        while words and inside is not None and inside[0] != "PER" and start < inside[1] < match.end():
            # "Gubernur Nusa Tenggara Timur Viktor ... menerima": a run of at most five words can begin inside a
            # place's or body's name; the name begins after it
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else match.end()
            words.pop(0)
        if words and split_titles(" ".join(words))[1]:
            words = split_titles(" ".join(words))[0].split()   # "Rakun MP": a degree after the name
        if 2 <= len(words) and all(_is_name_word(w, lx) for w in words) and start not in names:
            # "Pembina Partai Golkar Fadel Muhammad mengatakan": a known name of two words or more (the model's, a
            # titled one) inside the capitalised run is where the name begins; the words before it belong to an
            # office. A one-word one is often the surname of the run's name ("Farhat Abbas").
            if _entity_at(doc, start) is None and not any(
                    s <= start < e or (start < s < match.end() and len(name.split()) >= 2)
                    for s, (e, name, _) in names.items()):
                names[start] = (match.end(), " ".join(words), [])


def _office_holders(doc: Doc, names: Names, known_starts: frozenset[int], lx: _Lexicon,
                    lower_vocab: frozenset[str]) -> tuple[list[PersonMention], set[int]]:
    """Each office the article writes, with the name that holds it: after it ("Gubernur Jawa Tengah Ganjar
    Pranowo"), before it ("Ganjar Pranowo, Gubernur ..."), inside the body it names, or none (a nameless office is
    one person too). Also the starts of the names taken; a name found only here is added to ``names``."""
    text = text_of(doc)
    title_end = doc_value(doc, "title_end") or 0
    name_starts = set(names)
    people: list[PersonMention] = []
    used_names: set[int] = set()
    offices = sorted([(m, False) for m in lx.office.finditer(text, title_end)]
                     + [(m, True) for m in lx.lower_office.finditer(text, title_end)], key=lambda pair: pair[0].start())
    consumed = -1   # the end of the last role phrase: offices inside it belong to it ("... yang juga Wali Kota")
    for match, lower in offices:
        if match.start() < consumed:
            continue
        if match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "/"):
            continue
        if text[match.end():match.end() + 1] == "/":
            continue   # "Walikota/Bupati": a kind of office, not a person
        if any(s <= match.start() < e for s, (e, _, _) in names.items()):
            continue
        if _inside_name(doc, match.start()):
            continue
        # ("Ade Sarip Hidayat selaku Ketua Korpri Kota Bogor, Lendo Novo dan ...": an office after a name and
        # "selaku" is that name's, not the one after the comma)
        # (a known name: a capitalised run such as "Penyelenggara Endeus Festival yang juga CEO ..." is none)
        holders = _holders_before(text, names, match.start())
        held = any(s in known_starts for s in holders)
        shape = _comma_shape(doc, match.start(), match.end(), names, lower_vocab)
        if held and shape is not None and shape[1] not in used_names:
            # (the name after the comma is the next of a list, with no office of its own here)
            end, name, titles = _name_from(doc, shape[1], names)
            if name and not _HELD_AS.match(text, end):   # ("..., Rudianto sebagai Deputi ...": his own comes next)
                used_names.add(shape[1])
                names.setdefault(shape[1], (end, name, titles))
                people.append(PersonMention(shape[1], end, name, None, titles, None, (shape[1], end), None))
            shape = None
        if shape is not None and shape[1] not in used_names:
            role_end, name_start = shape
            end, name, titles = _name_from(doc, name_start, names)
            if name:
                used_names.add(name_start)
                names.setdefault(name_start, (end, name, titles))
                consumed = role_end
                people.append(PersonMention(match.start(), end, name, text[match.start():role_end].strip(" ,"),
                                            titles, _organization(doc, match.start(), role_end), (name_start, end),
                                            (match.start(), role_end)))
                continue
        role_end = _extend_role(doc, match.start(), match.end(), name_starts, known_starts)
        if lower:
            # "anggota DPR Fraksi PPP Amir Uskara": a lower-case office takes a name only when a known one (titled,
            # or the model's) follows its role right away.
            described = _LOWER_DESCRIPTION.match(text, role_end)
            if described is not None and described.end() + 1 in names and not any(
                    verb_shaped(w) or w in _description_stops() for w in described.group(0).split()):
                role_end = described.end()   # "pegiat literasi digital Nurul Fitriani": the field of the office
            name_start = role_end + 1
            if role_end > match.end() and text.startswith(" ", role_end) and name_start in names \
                    and name_start not in used_names and not lx.office.search(text, match.end(), role_end):
                end, name, titles = names[name_start]
                used_names.add(name_start)
                consumed = role_end
                people.append(PersonMention(match.start(), end, name, text[match.start():role_end].strip(" ,"), titles,
                                            _organization(doc, match.start(), role_end), (name_start, end),
                                            (match.start(), role_end)))
            continue
        # "Jefrianto selaku Komandan Regu Damkar Mandau": a name and "selaku" before the office hold it, and the
        # capitalised words after the office are its unit, no holder's name
        held_by = next((s for s in holders if s not in used_names), None)
        if held_by is not None:
            unit = lx.unit_after.match(text, role_end)
            if unit is not None:   # (up to "dan" before another person's name or office: "... KPK dan Fitroh ...")
                joins = [j.start() for j in _AND.finditer(text, role_end, unit.end())
                         if j.end() + 1 in names or lx.office.match(text, j.end() + 1) or j.end() >= unit.end()]
                role_end = min([*joins, unit.end()])
            consumed = role_end
            end, name, titles = names[held_by]
            used_names.add(held_by)
            people.append(PersonMention(held_by, role_end, name, text[match.start():role_end].strip(" ,"), titles,
                                        _organization(doc, match.start(), role_end), (held_by, end),
                                        (match.start(), role_end)))
            continue
        consumed = role_end
        role = text[match.start():role_end].strip(" ,")
        after = re.match(r"\.?\s*,?\s*", text[role_end:])   # ". " only inside a sentence: "... Tbk. Jahja ..."
        name_start = role_end + (after.end() if after else 0)
        linked = _name_at(doc, name_start, names) if name_start < _sentence_end(doc, match.start()) else None
        if linked is not None and (
                _place_of_local_office(doc, text[match.start():match.end()], name_start, linked)
                or _body_closing_apposition(doc, match.start(), name_start, linked, names)):
            # "Kades Torukuno": the village of a village head, not his name; "jelas Husnan, Ketua Salam Aid.": the
            # office's body, its holder named before it. Either way the words join the office.
            linked, role_end = None, linked[0]
            role = text[match.start():role_end].strip(" ,")
        if linked is not None and name_start not in names and " " not in linked[1] and (any(
                _body_word_of_role(linked[1], p.role) for p in people) or f"/{linked[1]}" in text):
            # "Ketua Kopek mengemukakan" after "Ketua Kopek Indonesia Profesor Nelson Pomalingo", "Pangdam
            # Cendrawasih" where the story writes "Kodam XVII/Cendrawasih": a word of a body's name, not a one-word
            # name
            linked = None
        if linked is not None and name_start not in names and " " not in linked[1] and not linked[2] \
                and _phrase_elsewhere(text, role, linked[1], match.start()):
            # "menjabat Kapolda Metro Jaya" where the story writes "Polda Metro Jaya": the rest of a place's name,
            # which joins the office
            linked, role_end = None, linked[0]
            role = text[match.start():role_end].strip(" ,")
        if linked is not None and not linked[2] and (holder := _holder_after_company(
                text, name_start, linked, names, used_names)) is not None:
            # "Managing Director Global TV Angela Tanoesoedibjo", "Managing Director Grab Indonesia, Neneng Goenadi":
            # what the model read as a name right after the office is its company, the name after it the holder's
            role_end, name_start = len(text[:holder].rstrip(" ,")), holder
            role = text[match.start():role_end].strip(" ,")
            linked = names[holder]
        if linked is not None and (place_end := _local_place_before_name(
                doc, text[match.start():match.end()], name_start, linked)) is not None:
            # "Camat Tuntang Aniq Fadhilah" where the story writes "Kecamatan Tuntang": the district, then the holder
            end, _, titles = linked
            role_end, name_start = place_end, place_end + 1
            role = text[match.start():role_end].strip(" ,")
            linked = (end, text[name_start:end], titles)
        if linked is not None and name_start not in used_names:
            end, name, titles = linked
            used_names.add(name_start)
            holder = _holder_after_body(doc, name_start, name) if not titles else None
            if holder is not None:
                # "Kepala Bekraf Triawan Munaf": the body the office is of, then its holder
                name_start, name = holder
                role_end = len(text[:name_start].rstrip())
                role = text[match.start():role_end].strip(" ,")
            people.append(PersonMention(match.start(), end, name, role, titles,
                                        _organization(doc, match.start(), role_end), (name_start, end),
                                        (match.start(), role_end)))
            continue
        # "NAME, ROLE": a name ending right before this office.
        previous = next((s for s, (e, _, _) in names.items() if match.start() - 40 <= e <= match.start()
                         and _NAME_ROLE_GAP.fullmatch(text[e:match.start()]) and s not in used_names), None)
        if previous is None:
            previous = _plain_name_before(doc, match.start(), lx, lower_vocab)
            if previous is not None:
                names.setdefault(previous[0], (previous[1], previous[2], []))
                previous = previous[0]
        if previous is not None and previous not in used_names:
            end, name, titles = names[previous]
            used_names.add(previous)
            people.append(PersonMention(previous, role_end, name, role, titles,
                                        _organization(doc, match.start(), role_end), (previous, end),
                                        (match.start(), role_end)))
            continue
        # A nameless office is one person, not "para/sejumlah Menteri" nor "Pimpinan DPR dan Pimpinan Fraksi" (the
        # same office of two bodies, joined, in one phrase or two).
        joined = lx.group_join.match(text, role_end)
        head = role.split()[0]
        parallel = joined is not None and head in lx.collective and text.startswith(f"{head} ", joined.end())
        # "Mantan Rektor UGM itu meminta ...": an epithet for someone the story named before, not another person
        epithet = epithet_end().match(text, role_end) is not None
        # ("Bupati Wonosobo Afif Nurhidayat dan Kepala Dinas PU Provinsi Jawa Tengah.": after a person's name "dan"
        # lists another person, not a group of office holders, where the office closes the clause or its verb follows
        # ("Bupati Ngada dan Rektor Undana menandatangani ...": after an office too); one that goes on ("dan Ketua BMKJ
        # se-Jabodetabek Brigjen Pol. Syafril Nursal") has a holder this step did not link)
        grouped = lx.group_before.search(text[max(0, match.start() - 14):match.start()]) is not None \
            and not any(lx.listed_next.fullmatch(text[end:match.start()])
                        for end in _listed_before(text, role_end, names, people))
        if role_end > match.end() and not grouped \
                and not any(lx.office.match(role, m.end()) for m in lx.group_within.finditer(role)) and not parallel \
                and not epithet:
            holder = _holder_inside_body(doc, match.end(), role_end)
            if holder is not None:
                # "Rektor Universitas Nusa Cendana Maxs Sanam ... Maxs mengatakan": the body's name ran over its
                # officer's
                name_end, role_end = role_end, len(text[:holder].rstrip())
                people.append(PersonMention(match.start(), name_end, text[holder:name_end],
                                            text[match.start():role_end].strip(" ,"), [],
                                            _organization(doc, match.start(), role_end), (holder, name_end),
                                            (match.start(), role_end)))
                continue
            people.append(PersonMention(match.start(), role_end, None, role, [],
                                        _organization(doc, match.start(), role_end), None, (match.start(), role_end)))
    return people, used_names


def _holder_after_company(text: str, first_start: int, linked: tuple[int, str, list[str]], names: Names,
                          used: set[int]) -> int | None:
    """Where another name of two words or more begins right after the name that follows an office ("Global TV Angela
    Tanoesoedibjo"), or after it, a country or region and a comma ("Grab Indonesia, Neneng Goenadi"): no person's name
    runs straight into another's, so the first is the body the office is of. None otherwise."""
    from .entities import _called_alone, gazetteer

    end, first, _ = linked
    window = text[end:end + 40]
    for gap in (re.match(r"[ \t]+", window), re.match(r"\s+(?P<place>[A-Z][\w-]*)\s*,\s+", window)):
        if gap is None or (gap.groupdict().get("place") and gazetteer().place(gap.group("place")) is None):
            continue
        start = end + gap.end()
        if start not in names or start in used or len(names[start][1].split()) < 2:
            continue
        # ("Dirjen Aptika Semuel Abrijani Pangerapan ... kata Semuel", "Sri Puguh Budi Utami" written whole
        # elsewhere: one person's name the model split in two)
        words, second = first.split(), names[start][1]
        if any(_called_alone(text, " ".join(words[k:]), first_start, end)
               or text.count(f"{' '.join(words[k:])} {second}") + text.count(f"{' '.join(words[k:])}, {second}") > 1
               for k in range(len(words))):
            return None
        return start
    return None


def _phrase_elsewhere(text: str, role: str, word: str, office_start: int) -> bool:
    """Whether the one word after an office is the rest of a place's or body's fixed name: the word is written only
    after the role's last word, and elsewhere after another word than the role's own ("Polda Metro Jaya" beside
    "menjabat Kapolda Metro Jaya"), never alone ("kata Saefullah")."""
    words = role.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    head, last = " ".join(words[:-1]), words[-1]
    phrase = re.compile(rf"(?<![\w-]){re.escape(last)}\s+{re.escape(word)}(?![\w-])")
    alone = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    if len(alone.findall(text)) != len(phrase.findall(text)):
        return False
    return any(m.start() != office_start + len(head) + 1 and not text[:m.start()].rstrip().endswith(head)
               for m in phrase.finditer(text))


def _body_word_of_role(word: str, role: str | None) -> bool:
    """Whether ``word`` is a word of the body in another person's role ("Rektor Universitas Tarumanagara (Untar)"),
    not the whole of what follows a bare office ("Menteri Susi", a name the story writes as a role)."""
    words = re.sub(r"[()]", "", role or "").split()
    return word in words and len(words) > 2


@cache
def _local_offices() -> frozenset[str]:
    return frozenset(resources.load("people")["local_offices"])


def _place_of_local_office(doc: Doc, office: str, name_start: int, linked: tuple[int, str, list[str]]) -> bool:
    """Whether the one word after a village's or district's office is its place ("Kades Torukuno", "Camat Sindue"):
    untitled, and no person of the model's."""
    end, name, titles = linked
    if office not in _local_offices() or titles or " " in name:
        return False
    return not _model_person_within(doc, name_start, end)


def _local_place_before_name(doc: Doc, office: str, name_start: int,
                             linked: tuple[int, str, list[str]]) -> int | None:
    """Where the place of a village's or district's office ends when a name follows it and the story writes that
    place after its administrative noun elsewhere ("Camat Tuntang Aniq Fadhilah" with "Kecamatan Tuntang"), or the
    office with it and no name after ("Camat Kewapante Yohanes Nong" with "Kantor Camat Kewapante."); None
    otherwise."""
    from .entities import admin_full_names, office_area_written

    _, name, titles = linked
    if office not in _local_offices() or titles:
        return None
    words = name.split()
    for size in (2, 1):
        if len(words) > size and (" ".join(words[:size]) in admin_full_names(doc)
                                  or (size == 1 and office_area_written(doc, office, words[0]))):
            return name_start + len(" ".join(words[:size]))
    return None


def _body_closing_apposition(doc: Doc, office_start: int, name_start: int, linked: tuple[int, str, list[str]],
                             names: Names) -> bool:
    """Whether what stands as the name after an office is rather its body: the office is in apposition to a name
    before it ("NAME, OFFICE ..."), and the words after it, neither titled nor the model's person, end the
    sentence."""
    end, _, titles = linked
    if titles or end != _sentence_end(doc, office_start) or _model_person_within(doc, name_start, end):
        return False
    text = text_of(doc)
    return any(text[e:office_start] == ", " for e, _, _ in names.values())


def _model_person_within(doc: Doc, start: int, end: int) -> bool:
    """Whether a person entity overlaps ``start:end``."""
    return any(e.label_ == "PER" and e.start_char < end and start < e.end_char for e in entities_of(doc))


def _people_without_office(doc: Doc, names: Names, model_names: set[int], used_names: set[int],
                           lx: _Lexicon) -> list[PersonMention]:
    """The names no office took, each with a role written after it where there is one; not the model's untitled
    names with nothing beside them that says they are a person's."""
    text = text_of(doc)
    people: list[PersonMention] = []
    for start, (end, name, titles) in names.items():
        if start in used_names:
            continue
        if start in model_names and not lx.speech_verbs.match(text, end) and not _AGE.match(text, end) \
                and not listed_after_cue(text, start, _sentence_start(doc, start)):
            # a model PER with no role, title, speech, age or list beside it: too often a phrase read as a name
            continue
        role, role_span = _role_after_name(doc, end)
        people.append(PersonMention(start, role_span[1] if role_span else end, name, role, titles,
                                    role if role_span else None, (start, end), role_span))
    return people


def _tidied(doc: Doc, people: list[PersonMention]) -> list[PersonMention]:
    """The people in text order, each cut and checked (an opening word, a field in a list, a title in a role, a
    bracketed role, a body's name, a one-word office), none that is never a name, a named body or the dateline's
    town, merged and linked across their mentions."""
    text = text_of(doc)
    people.sort(key=lambda p: p.start)
    people = [q for p in people if (q := _without_opener(doc, p)) is not None]
    people = [p for p in people if not _field_in_a_list(doc, p)]
    people = [_title_out_of_role(p) for p in people]
    people = _bracketed_roles(text, people)
    people = [_without_body(doc, p) for p in people]
    people = [_without_inner_body(doc, p) for p in people]
    people = [_office_of_one_word(doc, p) for p in people]
    people = [_representative(doc, p) for p in people]
    people = _whole_where_written_whole(doc, people)
    people = _shared_roles(text, people)
    # "para lurah di Bangsal Sewokoprojo, Wonosari" after a "Wonosari, 19 November 2021 -" dateline: the dateline's
    # town is a place wherever the story writes it alone
    dateline = (doc_value(doc, "dateline") or "").strip().lower()
    bodies = _named_bodies(doc) if people else set()
    people = [q for q in (_unit_not_holder(doc, p) for p in people) if q is not None]
    return link_people(doc, _merge_people([p for p in people if not _never_a_name(p.name) and p.name not in bodies
                                           and not (dateline and (p.name or "").lower() == dateline)]))


@cache
def _next_in_list() -> re.Pattern[str]:
    """What joins one name of a list to the next: "A, B dan C", "A, B, serta C" (people.yaml person_joiners; the
    group ``last`` where a joiner word closes the list)."""
    joiners = regex.alternation(resources.load("people")["person_joiners"])
    return re.compile(rf"\s*,\s*(?:(?P<last>{joiners})\s+)?|\s+(?P<closing>{joiners})\s+")


def _shared_roles(text: str, people: list[PersonMention]) -> list[PersonMention]:
    """ "anggota Komisi V Ratna Dewi Lubis, Yohanes Kalalo dan Hamzah Rauf": a common noun's office written once
    before a list of names is each name's (not a proper office, "Gubernur Jatim Soekarwo dan Gus Ipul", held by
    one)."""
    result = list(people)
    for index, person in enumerate(result):
        if not person.role or not person.role[:1].islower() or person.role_span is None or person.name_span is None \
                or person.role_span[1] > person.name_span[0]:
            continue
        end = person.name_span[1]
        members: list[int] = []
        for later in range(index + 1, len(result)):
            other = result[later]
            joiner = _next_in_list().fullmatch(text, end, other.name_span[0]) if other.name_span else None
            if joiner is None or other.role is not None:
                break
            members.append(later)
            end = other.name_span[1]
            if joiner["last"] or joiner["closing"]:
                # (a list closes with "dan": "Firli Bahuri, Alex mengaku ..." is a name, then another's)
                for member in members:
                    result[member] = replace(result[member], role=person.role, organization=person.organization)
                break
    return result


def _whole_where_written_whole(doc: Doc, people: list[PersonMention]) -> list[PersonMention]:
    """ "Dirjen Pemasyarakatan Sri Puguh Budi Utami" where the model ended the name at "Puguh" there and found it whole
    in another sentence: a name runs on over the words the article's longer form of it has right there."""
    text = text_of(doc)
    longer = sorted({e.text for e in entities_of(doc) if e.label_ == "PER" and " " in e.text}, key=len, reverse=True)
    for person in people:
        if not person.name or person.name_span is None or person.titles:
            continue
        start = person.name_span[0]
        if text[start:person.name_span[1]] != person.name:
            continue
        whole = next((t for t in longer if t.startswith(f"{person.name} ") and text.startswith(t, start)
                      and not text[start + len(t):][:1].isalnum()), None)
        if whole is not None:
            person.name, person.name_span = whole, (start, start + len(whole))
            person.end = max(person.end, start + len(whole))
    return people


def _unit_not_holder(doc: Doc, person: PersonMention) -> PersonMention | None:
    """A one-word name that is an office's unit or a body's word (_lone_common_word) is no holder: right after its
    office it joins the office, which stays, nameless ("Kasubdit Alur"); elsewhere the person goes (None)."""
    if not _lone_common_word(doc, person):
        return person
    if person.role_span is None or text_of(doc)[person.role_span[1]:person.name_span[0]].strip():
        return None
    role_start, end = person.role_span[0], person.name_span[1]
    return replace(person, name=None, name_span=None, role=text_of(doc)[role_start:end], role_span=(role_start, end),
                   organization=_organization(doc, role_start, end))


def _lone_common_word(doc: Doc, person: PersonMention) -> bool:
    """ "Direktur Pelaksana Bank Dunia", "Kasubdit Alur": a one-word name that news mostly writes in lower case is
    the office's unit, not its holder (entities.lone_common_word)."""
    from .entities import lone_common_word

    if not person.name or person.name_span is None or " " in person.name or person.titles:
        return False   # "Jenderal Rawat": a personal title makes it a name
    return lone_common_word(doc, person.name, person.name_span[0])


def _named_bodies(doc: Doc) -> set[str]:
    """The organisations the article names with an organisation's head word, and the short forms it gives them in
    brackets ("Komisi Nasional Hak Asasi Manusia (Komnas HAM)", "Perkumpulan Bulu Tangkis Djarum (PB Djarum)"):
    a body's name wherever they stand, no person's."""
    from .entities import is_org_name, short_form_of

    text = text_of(doc)
    bodies: set[str] = set()
    for entity in entities_of(doc):
        name = text[entity.start_char:entity.end_char]
        if entity.label_ != "ORG" or not is_org_name(name):
            continue
        bodies.add(name)
        # a bracket after a body that is no short form of it names someone else ("Partai Golkar (Setya Novanto)")
        short = _BRACKETED_AFTER.match(text, entity.end_char)
        if short is not None and short_form_of(short.group(1), name.split()):
            bodies.add(short.group(1))
    return bodies


_BRACKETED_AFTER = re.compile(r"[ \t]*\(([^()\n]+)\)")


def _without_opener(doc: Doc, person: PersonMention) -> PersonMention | None:
    """ "Sebelumnya Yuyu Sutisna", "Selanjutnya Agus": the sentence's connective before a name is no part of it, nor
    is a ke-/pe-...-an noun ("Pemberhentian Yohanes Bria"). None when nothing of the person is left."""
    from .entities import common_word_with_nya, not_name_openers

    if not person.name or person.name_span is None:
        return person
    words = person.name.split()
    drop = 0
    while drop < len(words) and (words[drop] in not_name_openers() or common_word_with_nya(words[drop], doc)
                                 or derived_noun(words[drop])):
        drop += 1
    if drop == 0:
        return person
    if drop == len(words):
        return replace(person, name=None, name_span=None) if person.role else None
    cut = text_of(doc).index(words[drop], person.name_span[0])
    return replace(person, name=" ".join(words[drop:]), name_span=(cut, person.name_span[1]),
                   start=min(cut, person.role_span[0]) if person.role_span else cut)


@cache
def _region_noun() -> re.Pattern[str]:
    """ "Kabupaten ", "Kota ", "Provinsi " opening a region's name (places.yaml region_nouns)."""
    return regex.compile(rf"^(?:{regex.alternation(resources.load('places')['region_nouns'])})\s+")


def _named_regions(doc: Doc) -> frozenset[str]:
    """The regions the article names with their noun ("Kabupaten Ende"), bare ("Ende"), read once per article."""
    named = doc.user_data.get("warta_named_regions")
    if named is None:
        noun = _region_noun()
        named = frozenset(noun.sub("", e.text) for e in entities_of(doc) if e.label_ == "LOC" and noun.match(e.text))
        doc.user_data["warta_named_regions"] = named
    return named


_OFFICE_GAP = regex.compile(r"[ ]*(?:[A-Z][\w&'’-]*[ ]+){0,4}")


def _without_body(doc: Doc, person: PersonMention) -> PersonMention:
    """ "Deputi Pencegahan KPK Pahala Nainggolan", "Ketua DPRD Sumut Baskami Ginting", "Direktur Jenderal
    Perkeretaapian Kemenhub Zulfikri": a known body's acronym or a province or country that opens the name of an
    office's holder ends the office; the name is what follows. Only right after a role, where an office's body is
    written: "Bima Arya" alone keeps his name."""
    from .entities import gazetteer

    if not person.name or person.name_span is None or person.role_span is None or person.titles \
            or person.role_span[1] > person.name_span[0] \
            or not _OFFICE_GAP.fullmatch(text_of(doc), person.role_span[1], person.name_span[0]):
        return person   # (the office's own capitalised words may stand between: "Deputi Pencegahan KPK ...")
    gaz = gazetteer()
    lx = _lexicon()

    def body(words: list[str]) -> bool:
        phrase = " ".join(words)
        if not phrase[:1].isupper():
            return False
        place = gaz.place(phrase)
        return phrase in gaz.acronyms or phrase in gaz.board_prefixes or phrase in _named_regions(doc) or (
            place is not None and place.kind in ("province", "country")) or (
            len(words) == 1 and phrase.isupper() and len(phrase) >= 3 and phrase.isalpha())

    words = person.name.split()
    drop = 0
    while True:
        size = next((k for k in (3, 2, 1) if drop + k < len(words) and body(words[drop:drop + k])), 0)
        if not size:
            break
        drop += size
    rest = words[drop:]
    if drop == 0 or len(rest) > 3 or not all(w[:1].isupper() and not w.isupper() and w not in lx.role_words
                                             and w not in lx.org_heads for w in rest):
        return person
    text = text_of(doc)
    cut = text.index(rest[0], text.index(words[drop - 1], person.name_span[0]) + len(words[drop - 1]))
    return _office_through(doc, replace(person, name=" ".join(rest), name_span=(cut, person.name_span[1])),
                           len(text[:cut].rstrip()))


_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")


def _body_acronym(word: str) -> bool:
    """A known body's acronym ("Polri", "Kemlu") or one in capitals ("YBM", "PLN"), not a regnal number ("III")."""
    from .entities import gazetteer

    return word in gazetteer().acronyms or (
        len(word) >= 3 and word.isupper() and word.isalpha() and not _ROMAN_NUMERAL.fullmatch(word))


def _without_inner_body(doc: Doc, person: PersonMention) -> PersonMention:
    """ "Pembina YBM PLN", "Kepala Bareskrim Polri", "Pemimpin Redaksi Majalah SWA Sujatmaka": a body's acronym
    inside a name ends a body's name, not a person's. The name is what follows the last one; where the acronym ends
    the name right after an office, the office's holder is unnamed and the body joins the office. A name in capitals
    throughout ("JOKO WIDODO") is a person's."""
    from .entities import gazetteer

    if not person.name or person.name_span is None:
        return person
    words = person.name.split()
    if all(w.isupper() for w in words) and not any(w in gazetteer().acronyms for w in words):
        return person
    inside = [i for i, w in enumerate(words) if _body_acronym(w)]
    if not inside:
        return person
    rest = words[inside[-1] + 1:]
    lx = _lexicon()
    text = text_of(doc)
    if rest and len(rest) <= 3 and all(w[:1].isupper() and not w.isupper() and w not in lx.role_words
                                       and w not in lx.org_heads for w in rest) \
            and gazetteer().place(" ".join(rest)) is None \
            and not (len(rest) == 1 and written_lower(doc, rest[0].lower())):   # "RUU Pesantren": a common word
        cut = text.index(rest[0], person.name_span[0] + len(" ".join(words[:inside[-1] + 1])))
        joins_role = person.role_span is not None and person.role_span[1] <= person.name_span[0] \
            and not text[person.role_span[1]:person.name_span[0]].strip(" ")
        if not joins_role:
            return replace(person, name=" ".join(rest), name_span=(cut, person.name_span[1]))
        return _office_through(doc, replace(person, name=" ".join(rest), name_span=(cut, person.name_span[1])),
                               len(text[:cut].rstrip()))
    if rest or person.role_span is None or person.role_span[1] > person.name_span[0] \
            or text[person.role_span[1]:person.name_span[0]].strip(" "):
        return person   # not a body's name to its end, or no office it could belong to: left as the rules named it
    return _office_through(doc, replace(person, name=None, name_span=None), person.name_span[1])


def _office_through(doc: Doc, person: PersonMention, end: int) -> PersonMention:
    """``person`` with its office running on to ``end`` (a body's name that stood as the name joins it)."""
    assert person.role_span is not None
    start = person.role_span[0]
    return replace(person, role=text_of(doc)[start:end].strip(" ,"), role_span=(start, end),
                   organization=_organization(doc, start, end))


# An abbreviated title at a role's end, right before its holder's name: "... Fakir Miskin Kemensos Ir."
_TRAILING_TITLE = re.compile(r"\s+(?P<title>[A-Z][a-z]{1,3}\.)$")


def _bracketed_roles(text: str, people: list[PersonMention]) -> list[PersonMention]:
    """ "Herman Khaeron (Pimpinan Komisi IV DPR RI)", "Bastian Purrer (CEO Lyke)", "Joko Susilo (Camat Alok)": an
    office found wholly inside the brackets right after a named person with no role of their own is that person's
    role, not a second person (nor "Lyke", "Alok" the holder of "CEO", "Camat"). Not an office holder named in full
    inside them ("Budi (Rektor UGM Prof. Dr. Panut Mulyono)"): a person of their own."""
    kept: list[PersonMention] = []
    for person in people:
        before = kept[-1] if kept else None
        bracket = _BRACKETED_AFTER.match(text, before.end) if before is not None and before.name \
            and not before.role else None
        if before is None or bracket is None or not person.role or person.titles \
                or len((person.name or "").split()) > 1 or not bracket.start(1) <= person.start < bracket.end(1):
            kept.append(person)
            continue
        inner = text[bracket.start(1):bracket.end(1)]
        role_start = bracket.start(1) + len(inner) - len(inner.lstrip())
        role = inner.strip()
        kept[-1] = replace(before, role=role, role_span=(role_start, role_start + len(role)), end=bracket.end(),
                           organization=before.organization or person.organization)
    return kept


def _title_out_of_role(person: PersonMention) -> PersonMention:
    """ "Direktur Jenderal Penanganan Fakir Miskin Kemensos Ir. Lestari Anggraeni": the title that ends the role is
    the name's."""
    trailing = _TRAILING_TITLE.search(person.role or "") if person.name and person.role_span else None
    if trailing is None or trailing.group("title").rstrip(".") not in abbreviated_titles():
        return person
    role = (person.role or "")[:trailing.start()]
    start = person.role_span[0] if person.role_span else 0
    return replace(person, role=role, role_span=(start, start + len(role)),
                   titles=[trailing.group("title"), *person.titles])


# After a word, more capitalised words of a list that "dan" closes: ", Mesin, Alat Transportasi, dan Elektronika".
_LIST_GOES_ON = re.compile(r",\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*,?\s+dan\s+[A-Z]")


def _field_in_a_list(doc: Doc, person: PersonMention) -> bool:
    """ "Direktur Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika (ILMATE) ...", "Deputi Bidang
    Edukasi, Sosialisasi, Partisipasi dan Kemitraan BRGM, Dr. Ir. Hendrawan Saputra": one word that a list of
    capitalised fields goes on from is a field of the office, no holder's name."""
    if not person.name or len((person.role or "").split()) < 2 or person.name_span is None or person.titles \
            or len(person.name.split()) != 1:
        return False   # (an office with its field before the word: "Direktur Jenderal Industri")
    from .entities import gazetteer

    text = text_of(doc)
    listed = _LIST_GOES_ON.match(text, person.name_span[1])
    if listed is None:
        return False
    start, end = listed.start(), listed.end() + 40   # the list, and its last item's words
    items = [i.strip() for i in re.split(r",|\bdan\b", text[start:end]) if i.strip()]
    gaz = gazetteer()
    # not one office of several places ("Uskup Jakarta, Bogor, Bandung, Purwokerto, ... dan Malang"), nor a list of
    # people ("Gubernur Yusuf, Bupati Maria, dan Camat Ali", "Jokowi, Prabowo, dan Anies")
    if gaz.place(person.name) is not None or any(gaz.place(item) is not None for item in items):
        return False
    return not any(_lexicon().office.match(item) for item in items) and not any(
        e.label_ == "PER" and " " in e.text and start <= e.start_char < end for e in entities_of(doc))


def _representative(doc: Doc, person: PersonMention) -> PersonMention:
    """ "Mewakili Gubernur Bali, Kepala Dinas PKH Provinsi Bali, I Wayan Mardiana menyampaikan ...": a sentence that
    opens by naming whom its subject stands in for (people.yaml representing_openers). The office before the first
    comma is the one represented, who did not come; the person named is the one after it, who did."""
    if not person.role or not person.role_span or "," not in person.role:
        return person
    text = text_of(doc)
    opener = text[_sentence_start(doc, person.start):person.start].strip().lower()
    if opener not in _representing_openers():
        return person
    cut = text.find(",", person.role_span[0], person.role_span[1])
    after = text[cut + 1:person.role_span[1]]
    start = cut + 1 + len(after) - len(after.lstrip())
    role = text[start:person.role_span[1]].strip(" ,")
    if not role:
        return person
    return replace(person, start=start, role=role, role_span=(start, start + len(role)))


@cache
def _representing_openers() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("people")["representing_openers"])


@cache
def _offices_held_by_name() -> frozenset[str]:
    """One-word offices after which a word news writes in lower case is still the holder's name: a region's and a
    state's ("Lurah Marwah", "Presiden Sisi"), not a department head's ("Direktur Monitoring")."""
    people = resources.load("people")
    return frozenset(o for o in [*people["regional_offices"], *people["local_offices"], *people["state_offices"]]
                     if " " not in o)


def _office_of_one_word(doc: Doc, person: PersonMention) -> PersonMention:
    """ "Kades Matarape", "Dirut Bulog", "Direktur Teknis": one capitalised word right after a one-word office is the
    office's place, body or field, not its holder, when it is a place, a known acronym, an organisation or place of
    the entity output, an office or sector word, or a word the text also writes in lower case. The office then has
    no name ("Presiden Jokowi", "Menteri Susi" keep theirs)."""
    from .entities import gazetteer, not_name_words

    if not person.name or person.name_span is None or person.role_span is None or person.titles \
            or len(person.name.split()) != 1 or len((person.role or "").split()) != 1:
        return person
    text = text_of(doc)
    start, end = person.name_span
    if person.role_span[1] > start or text[person.role_span[1]:start].strip():
        return person   # "Ketua, Susanto": a name after a comma is the holder's
    word, gaz, lx = person.name, gazetteer(), _lexicon()
    known = gaz.place(word) is not None or word in gaz.acronyms or word in lx.role_words or word in lx.office_words \
        or word in not_name_words() or _common_word(word, lower_words(doc)) \
        or (common_word(word) and person.role not in _offices_held_by_name()
            and not any(e.label_ == "PER" and e.start_char == start for e in entities_of(doc)))
    # else a place or body the entity output reads here, or names by this word elsewhere ("Perum Bulog")
    if not (known or _named_body(doc, start, end) or any(
            e.label_ in ("ORG", "LOC", "GPE") and (e.text == word or e.text.endswith(f" {word}"))
            for e in entities_of(doc))):
        return person
    role_start = person.role_span[0]
    return replace(person, name=None, name_span=None, role=text[role_start:end], role_span=(role_start, end),
                   organization=_organization(doc, role_start, end))


# Up to three lower-case words after a lower-case office, before its holder's name ("pegiat literasi digital").
_LOWER_DESCRIPTION = regex.compile(r"(?:[ ][a-z]+(?:-[a-z]+)?){1,3}(?=[ ][A-Z])")


@cache
def _description_stops() -> frozenset[str]:
    """Words that end an office's description: the stop words of event names (events.yaml), the words that open a
    list of names, and the words that make the name after them someone else's ("asisten pribadi" of a minister)."""
    people = resources.load("people")
    cues = people["list_cues"]
    events = resources.load("events")
    return frozenset(events["name_stops"] + events["suffixless_passives"]) | frozenset(people["description_stops"]) \
        | frozenset(w for phrase in [*cues["list_markers"], *cues["list_copulas"]] for w in phrase.split())


@cache
def _list_openers() -> frozenset[str]:
    """The words that open a list of names ("antara lain", "di antaranya", "yakni") and the list's own words ("lain",
    "seperti"): a lower-case office's description ends before them."""
    people = resources.load("people")
    cues = people["list_cues"]
    words = {w for phrase in cues["list_markers"] for w in phrase.split()} - set(cues["marker_prepositions"])
    return frozenset(people["description_stops"]) | frozenset(words)


# "Marlina (23)", "Yanti (19 tahun)": a person's age after the name.
_AGE = regex.compile(r"\s*\(\s*\d{1,2}(?:\s*(?:tahun|th))?\s*\)")


@dataclass(frozen=True)
class _ListCues:
    attendance: re.Pattern[str]   # "dihadiri oleh", "turut hadir": opens a list of participants by itself
    marker: re.Pattern[str]       # "di antaranya", "terdiri dari": only after a plural noun of people
    people: re.Pattern[str]       # "kader", "juri", "pejabat"
    setting: re.Pattern[str]      # right after an opener: "dalam acara itu", "pada kesempatan tersebut", "adalah"
    negated: re.Pattern[str]      # right before an opener: "tidak" ("Yang tidak hadir adalah ...": absent)
    continued: re.Pattern[str]    # opening a sentence: "Yaitu", "Mereka adalah" (the list of the sentence before)
    group_of_people: re.Pattern[str]   # "sejumlah tokoh", "para pejabat": a group word, then a noun of people
    origin: re.Pattern[str]       # "dari": the body the listed people come from, named before them


def _alternation(forms: list[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{regex.alternation(forms)})\b", re.IGNORECASE)


def _sentence_of(doc: Doc, char: int) -> tuple[int, int] | None:
    """The (start, end) of the sentence holding ``char``, found by bisection over the article's sentences."""
    sentences = sentences_of(doc)
    i = bisect_right(sentences, (char, len(text_of(doc)) + 1)) - 1
    return sentences[i] if i >= 0 and char < sentences[i][1] else None


def _sentence_start(doc: Doc, char: int) -> int:
    sentence = _sentence_of(doc, char)
    return sentence[0] if sentence is not None else 0


def _sentence_end(doc: Doc, char: int) -> int:
    """Where the sentence holding ``char`` ends, before its closing stop and quotes ('... Kepresidenan." Agum'):
    the end of any role phrase that begins at ``char``."""
    text = text_of(doc)
    start, end = _sentence_of(doc, char) or (0, len(text))
    while end > start and text[end - 1] in _SENTENCE_CLOSERS:
        end -= 1
    return end


_SENTENCE_CLOSERS = frozenset('.!?…"\'”’»')


@cache
def _list_cues() -> _ListCues:
    people = resources.load("people")
    cues = people["list_cues"]
    # where they were, closed by a demonstrative, then a copula or marker: "dalam acara itu", "adalah", "di antaranya"
    place = (rf"(?:{regex.alternation(cues['setting_prepositions'])})\s+(?:[a-z][\w-]*\s+){{0,3}}?"
             rf"(?:{regex.alternation(resources.load('events')['anaphoric_markers'])})\b\s*[,:]?")
    copula = rf"(?:{regex.alternation([*cues['list_copulas'], *cues['list_markers']])})\b\s*[,:]?"
    setting = re.compile(rf"\s+(?:{place}\s*(?:{copula})?|{copula})", re.IGNORECASE)
    negated = re.compile(rf"\b(?:{regex.alternation(resources.load('outcomes')['negations'])})\s+$", re.IGNORECASE)
    continued = re.compile(rf"\s*(?:(?:{regex.alternation(cues['group_pronouns'])})\s+)?{copula}\s*", re.IGNORECASE)
    group_of_people = re.compile(
        rf"\b(?i:{regex.alternation(people['group_words']['before'])})\s+"
        rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{regex.alternation(cues['people_nouns'])})\b")
    return _ListCues(_alternation(cues["list_openers"]), _alternation(cues["list_markers"]),
                     _alternation(cues["people_nouns"]), setting, negated, continued, group_of_people,
                     _alternation(cues["origin_prepositions"]))


# "di antaranya Yohanes Seran, Dominikus Bria, Fransiska Muda dan Wabup Sikka Markus ..."
@cache
def _list_body() -> re.Pattern[str]:
    """What may stand between a list's cue and one of its names: other names with their roles, bracketed
    affiliations, commas, the words that join two people and the particles inside names ("bin", "van"). Each token
    is matched whole (the lookaheads) and white space is a token of its own, so a failing match is linear, not a
    search over every way to split the spaces and words between tokens."""
    data = resources.load("people")
    small = regex.alternation([*data["person_joiners"], "&", *data["name_particles"]])
    return regex.compile(rf"(?:\s+(?!\s)|[A-Z][\w.'’&-]*(?![\w.'’&-])|\([^()\n]{{1,40}}\)|,|-(?![\w.'’&-])|"
                         rf"(?:{small})(?![\w.'’&-]))*")


# "dihadiri perwakilan dari sekolah, A (Bekraf), ...", "menghadirkan pengamat ekonomi nasional Faisal Basri"
_LIST_DESCRIPTION = regex.compile(r"\s*(?:oleh\s+)?(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*(?:\s*[,:]|\s+(?=[A-Z])|\s+$)")


def listed_after_cue(text: str, start: int, sentence_start: int) -> bool:
    """Whether the name at ``start`` belongs to a list of people that a participation cue opens in its sentence
    (from ``sentence_start``), or in the sentence before where its own sentence opens the list (``_list_goes_on``):
    after "dihadiri oleh", or after "di antaranya" that follows a noun of people ("kader partai") or the cue. Where
    they were, a copula and a short description may stand between the cue and the list ("Hadir dalam acara itu A",
    "Yang hadir adalah A", "dihadiri perwakilan dari sekolah, A (Bekraf), B (Kolla)"); a negated cue lists who stayed
    away ("Yang tidak hadir adalah ...")."""
    if _list_goes_on(text, start, sentence_start):
        return True
    cues = _list_cues()
    found = [(m, False) for m in cues.attendance.finditer(text, sentence_start, start)] + \
        [(m, True) for m in cues.marker.finditer(text, sentence_start, start)]
    if not found:
        return False
    cue, is_marker = max(found, key=lambda pair: pair[0].end())
    if not is_marker and cues.negated.search(text, max(sentence_start, cue.start() - 12), cue.start()):
        return False   # "Yang tidak hadir adalah ...": who stayed away
    # "Turut hadir dalam acara tersebut di antaranya A": a marker that an opener's setting leads to opens the list
    opened = is_marker and any(m.end() <= cue.start() and (s := cues.setting.match(text, m.end(), start)) is not None
                               and s.end() >= cue.end() for m in cues.attendance.finditer(text, sentence_start, start))
    if is_marker and not opened and not cues.people.search(text, max(sentence_start, cue.start() - 40), cue.start()):
        return False   # "bandara, di antaranya Ngurah Rai, Soekarno Hatta": a list of things named after people
    after = cue.end()
    if not is_marker and (setting := cues.setting.match(text, after, start)) is not None:
        after = setting.end()   # "Hadir dalam acara itu A, B", "Yang hadir adalah A dan B"
    described = _LIST_DESCRIPTION.match(text, after, start)
    if described is not None and not described.group(0).rstrip().endswith((",", ":")) \
            and not cues.people.match(described.group(0).lstrip()) \
            and not cues.origin.fullmatch(described.group(0).strip()):
        described = None   # with no comma, only a noun of people describes the name: not "menghadirkan truk ..."
        # (nor a body the cue's people come from: "narasumber dari Arsip Nasional (ANRI), Siti Maryam")
    return _list_body().fullmatch(text, described.end() if described else after, start) is not None


# How far back the sentence before a list's opening sentence is looked for (characters).
LIST_BACK_REACH = 300
# Where a sentence ends: a stop, a question or an exclamation, a closing quote after it, then the next one's start.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])|\n")


def _list_goes_on(text: str, start: int, sentence_start: int) -> bool:
    """ "Sejumlah tokoh lain juga ikut menghadiri upacara itu. Yaitu Amien Rais, Rizal Ramli ...": a sentence that
    opens with a copula or a list marker (after a pronoun, "Mereka adalah ...") lists the people its sentence before
    names by a participation cue or by a group of people ("sejumlah tokoh", "para pejabat"); news splits such a list
    from its cue at a stop. Only the one sentence before: a cue further back, or a negated one ("tidak hadir"), or a
    bare office ("Gubernur ... meninjau tiga pasar. Yaitu Pasar Senen, ...") opens no list."""
    cues = _list_cues()
    opening = cues.continued.match(text, sentence_start, start)
    if opening is None:
        return False
    window = max(0, sentence_start - LIST_BACK_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window, max(window, sentence_start - 2))]
    before = text[ends[-1] if ends else window:sentence_start]
    found = list(cues.attendance.finditer(before))
    if any(cues.negated.search(before, max(0, m.start() - 12), m.start()) for m in found):
        return False   # "Sejumlah tokoh tidak hadir ... Mereka adalah ...": who stayed away
    return bool(found or cues.group_of_people.search(before)) \
        and _list_body().fullmatch(text, opening.end(), start) is not None


def _never_a_name(name: str | None) -> bool:
    """ "Selasa", "Perkebunan", "Kamis Budi": a weekday, month, department or sector word is no part of a name; nor
    is a body's acronym or head word anywhere in a name of two words or more ("Korlantas Polri", "Garnita NasDem
    Melawi", "Retail Banking PT": the rest of an office or a body read as its holder). A body's acronym alone
    ("Kemlu") is left: the quote-setting rule counts it as a person, and a right dev5 record rests on that."""
    from .entities import body_words, never_a_person

    if not name:
        return False
    if name.rstrip(".") in _acting_words():
        return True   # "Plt": an acting office's prefix standing alone
    words = name.split()
    return never_a_person(words) or (len(words) > 1 and any(w in body_words() for w in words))


@cache
def _acting_words() -> frozenset[str]:
    return frozenset(a.rstrip(".") for a in resources.load("people")["acting_prefixes"])


def _holder_after_body(doc: Doc, start: int, name: str) -> tuple[int, str] | None:
    """ "Kepala Bekraf Triawan Munaf ... Triawan mengatakan ... Bekraf mendukung": a name run right after an office
    that begins with the body the office is of. The holder's name begins at the first word the article also uses
    as a name on its own (not after the word before it), where the body's words before it, or their last ones,
    stand on their own elsewhere, before and after no capitalised word and not said to speak: a body is named alone
    ("Bekraf mendukung", "survei Poltracking"), a first name is not ("Bambang Brodjonegoro", "ujar Rusli"); and the
    holder's first word is no part of a body or place the article names, nor the family name of other people in
    it. Returns the holder's start and name, or None."""
    from .entities import _name_like, ner_entities

    text = text_of(doc)
    words = name.split()
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:start + len(name)])]
    if len(words) < 2 or len(spans) != len(words) or " ".join(words) != text[start:start + len(name)] \
            or _lexicon().name_opener.match(text, start):
        return None   # ("Mohd Azizi Mohd Zain", "I Wayan Koster": an opener begins a name, no body)
    end = start + len(name)
    bodies = {w for e in entities_of(doc) if e.label_ in ("ORG", "LOC", "GPE") for w in e.text.split()}
    # a family name that ends other people's names ("Rusli Habibie" beside "Ilham Akbar Habibie") calls no one alone
    surnames = {e.text.split()[-1] for e in entities_of(doc) if e.label_ == "PER" and len(e.text.split()) >= 2
                and not (start <= e.start_char < end)}
    before = _PREVIOUS_WORD.search(text, max(0, start - 60), start)
    head = before.group("word") if before is not None else ""   # "Direktur Utama MNC Sekuritas Susy ...": "MNC"
    # ("Pemimpin Catalunya Carles Puigdemont": a name of two words or more needs not stand alone where the words
    # before it are, elsewhere, a body or place of their own and never part of a person's name, as "Bima" is in
    # "Kepala BKN Bima Haria Wibisana ... ujar Bima"; read in the entity output, since the record view keeps no
    # model place)
    output = (*entities_of(doc), *ner_entities(doc))   # (stored by the entity stage: doc.ents rebuilds every span)
    person_words = {w for e in output if e.label_ == "PER" for w in e.text.split()}
    elsewhere = {e.text for e in output if e.label_ in ("ORG", "LOC", "GPE") and not (start <= e.start_char < end)}
    named_bodies = {b for b in elsewhere if not person_words.intersection(b.split())}
    for j in range(1, len(words)):
        call, body_last = words[j], words[j - 1]
        if not _name_like(doc, call) or call in bodies or call in surnames:
            continue   # "Deputi ... Pemasaran I Kemenpar Rizki Handayani": "Kemenpar" is a body wherever it stands
        following = words[j + 1] if j + 1 < len(words) else ""
        # ("Direktur Utama MNC Sekuritas Susy Meilina" where the story writes "MNC Sekuritas akan ...": with the role's
        # last word, a body whatever the model made of the words after it)
        body = " ".join(words[:j])
        if ((len(words) - j >= 2 and (body in named_bodies or f"{head} {body}" in elsewhere))
                or _stands_alone(text, call, (start, end), not_after=body_last, before_capital=True, then=following)) \
                and any(_stands_alone(text, " ".join(words[k:j]), (start, end), as_body=True, head=head)
                        for k in range(j)):
            return start + spans[j][0], " ".join(words[j:])
    return None


def _holder_inside_body(doc: Doc, office_end: int, role_end: int) -> int | None:
    """ "Rektor Universitas Nusa Cendana Maxs Sanam ... Maxs mengatakan ...": where an office's role ends in an
    organisation whose last two or three words are the officer's name. They are where the organisation keeps two words
    or more, the words after are name-like and no word of a body or place the article names, and the first of them
    stands elsewhere as a name on its own (before no capitalised word, not after the word before it). Returns where
    the name begins, or None."""
    from .entities import _name_like

    text = text_of(doc)
    body = next((e for e in entities_of(doc) if e.label_ == "ORG" and e.end_char == role_end
                 and office_end <= e.start_char), None)
    if body is None:
        return None
    words = list(re.finditer(r"\S+", text[body.start_char:body.end_char]))
    others = {w for e in entities_of(doc) if e.label_ in ("ORG", "LOC", "GPE") and e is not body
              for w in e.text.split()}
    for j in range(max(2, len(words) - 3), len(words) - 1):
        tail = [w.group(0) for w in words[j:]]
        call, before = tail[0], words[j - 1].group(0)
        if any(not _name_like(doc, w) or w in others for w in tail):
            continue
        if _stands_alone(text, call, (body.start_char, body.end_char), not_after=before):
            return body.start_char + words[j].start()
    return None


# The word before a position, and whether a sentence (or the text) opens right before that word.
_PREVIOUS_WORD = regex.compile(r"(?P<open>(?:^|[.!?:\"“”]\s*|\n\s*))?(?P<word>[\w'’-]+)\s+$")


def _stands_alone(text: str, word: str, inside: tuple[int, int], not_after: str | None = None,
                  before_capital: bool = False, as_body: bool = False, head: str = "", then: str = "") -> bool:
    """Whether ``word`` stands somewhere outside ``inside`` on its own: not right after ``not_after``, after no
    capitalised word but one that opens a sentence ("Menurut Maxs, ...", not "BJ Habibie", "Sufmi Dasco Ahmad"),
    and (unless ``before_capital``) before none ("Bekraf mendukung", not "Bakti Nusantara"); with ``before_capital``,
    before a capitalised word only where that word is ``then``, the name's own next word, or its misspelling
    ("Triawan Munaf", "Johny Kandono" for "Johny Kandano"; not "Sri Wahyuni" for "Sri Purnomo"); ``as_body``: not
    said to speak, as a person is; ``head``: a capitalised word that may come before it (the body's own)."""
    from .entities import said_after

    after = re.compile(rf"(?<![\w-]){re.escape(not_after)}\s+$") if not_after else None
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if inside[0] <= m.start() < inside[1]:
            continue
        capital = re.match(r"\s+([A-Z][\w-]*)", text[m.end():m.end() + 40])
        if capital is not None and not (before_capital and then and capital.group(1)[:3] == then[:3]):
            continue
        previous = _PREVIOUS_WORD.search(text, max(0, m.start() - 60), m.start())
        if previous is not None and previous.group("word")[:1].isupper() and previous.group("open") is None \
                and previous.group("word") != head:
            continue   # the end of another name run, not the rest of the body's own ("MNC Sekuritas")
        if as_body and (said_after().match(text, m.end()) or _says_before().search(text, max(0, m.start() - 20),
                                                                                   m.start())):
            continue   # "Ahmad menuturkan", "ujar Rusli": a person's call name, not a body named alone
        if after is None or not after.search(text[max(0, m.start() - 40):m.start()]):
            return True
    return False


@cache
def _says_before() -> re.Pattern[str]:
    """A quote's attribution verb right before a name ("ujar Rusli", "tutur Ahmad")."""
    return regex.compile(rf"\b(?:{regex.alternation(resources.load('events')['attribution_verbs'])})\s+$")


def _name_from(doc: Doc, start: int, names: Names) -> tuple[int, str, list[str]]:
    """The name beginning at ``start`` (known to be one), with the degrees written after it."""
    if start in names:
        return names[start]
    lx = _lexicon()
    entity = _entity_at(doc, start)
    end = entity[1] if entity is not None else start + _name_pattern().match(text_of(doc)[start:]).end()  # type: ignore[union-attr]
    degrees = re.match(rf"(?:\s*,?\s*(?:{lx.degree.pattern}))+", text_of(doc)[end:])
    full_end = end + (degrees.end() if degrees else 0)
    name, titles = split_titles(text_of(doc)[start:full_end])
    return full_end, name, titles


def _trim_name(name: str, lx: _Lexicon) -> str:
    words = name.split()
    while words and not _is_name_word(words[-1], lx) and not re.fullmatch(r"[A-Z](?:\.[A-Z])+\.?|[A-Z]{2}", words[-1]):
        words.pop()
    return " ".join(words)


def _plain_name_before(doc: Doc, office_start: int, lx: _Lexicon,
                       lower_vocab: frozenset[str] = frozenset()) -> tuple[int, int, str] | None:
    """ "Sawsan Chebli, Sekretaris Negara ...", "Andi Pratama selaku Ketua": an untitled name of two or more words."""
    text = text_of(doc)
    head = text[max(0, office_start - 70):office_start]
    gap = _NAME_ROLE_GAP.pattern.rstrip("$")
    match = re.search(rf"(?:^|(?<=[\s(]))(?P<name>{_name_source()})(?={gap}$)(?:{gap})$", head)
    if match is None or not head[match.end("name"):].strip():
        return None
    from .entities import administrative_nouns, citing_verbs, not_name_openers

    words = match.group("name").split()
    if words[0] in citing_verbs():
        return None   # "Melansir Straits Times, Perwakilan ...": what opens the clause cites a source, no person
    while words and (not _is_name_word(words[0], lx) or words[0].lower() in lower_vocab
                     or words[0] in not_name_openers()
                     or words[0].lower() in lx.speech_cues):
        words.pop(0)
    if not words or not all(_is_name_word(w, lx) for w in words):
        return None
    name = " ".join(words)
    start = office_start - len(head) + head.rindex(name)
    # "Siswono, Kepala Badan Pengkajian Kemlu, mengatakan ...": one word is a name where the story attributes a
    # quote to it elsewhere ("kata Siswono"), whatever the model read it as
    if len(words) == 1:
        return (start, start + len(name), name) if _quoted_elsewhere(text, name, start) else None
    if _entity_at(doc, start) is not None and _entity_at(doc, start)[0] != "PER":  # type: ignore[index]
        return None
    noun = re.search(r"(\S+)\s+$", text[max(0, start - 30):start])
    if noun is not None and noun.group(1) in administrative_nouns():
        return None   # "Kecamatan Bungku Timur, Kades Lahuafu": a district's name, not the village head's
    return start, start + len(name), name


def _quoted_elsewhere(text: str, word: str, start: int) -> bool:
    """Whether a quote's attribution verb stands right before ``word`` somewhere other than at ``start``."""
    return any(at.start() != start and _says_before().search(text, max(0, at.start() - 20), at.start())
               for at in re.finditer(rf"\b{re.escape(word)}\b", text))


def _role_after_name(doc: Doc, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """ "Dr. Hana Park, Busan Maritime Institute, Department of ...": organisations as the role."""
    text = text_of(doc)
    position = end
    role_start: int | None = None
    role_end = end
    while True:
        match = re.match(r"\s*,\s*", text[position:])
        if match is None:
            break
        entity = _entity_at(doc, position + match.end())
        if entity is None or entity[0] != "ORG":
            break
        if role_start is None:
            role_start = position + match.end()
        position = role_end = entity[1]
    if role_start is None:
        return None, None
    return text[role_start:role_end], (role_start, role_end)


def _organization(doc: Doc, start: int, end: int) -> str | None:
    orgs = [e.text for e in entities_of(doc) if e.label_ == "ORG" and e.start_char >= start and e.end_char <= end]
    return orgs[-1] if orgs else None


_LIST_ITEM = regex.compile(rf"(?:{_NAME_WORD})(?:[ ](?:{_NAME_WORD})){{1,3}}")


def _listed_between(doc: Doc, names: Names,
                    lx: _Lexicon) -> list[tuple[int, int, str]]:
    """Capitalised runs of two to four name words that stand between two known names of a list: after "NAME, " and
    before ", NAME" or " dan NAME", touching no entity (a body's or place's name stays one)."""
    text = text_of(doc)
    found = []
    for end in sorted({end for end, _, _ in names.values()}):
        if not text.startswith(", ", end):
            continue
        match = _LIST_ITEM.match(text, end + 2)
        if match is None or match.start() in names:
            continue
        after = re.match(r",\s+|\s+dan\s+", text[match.end():match.end() + 6])
        if after is None or match.end() + after.end() not in names:
            continue
        words = match.group(0).split()
        if all(_is_name_word(w, lx) for w in words) and not any(
                e.start_char < match.end() and match.start() < e.end_char for e in entities_of(doc)):
            found.append((match.start(), match.end(), match.group(0)))
    return found


def _other_offices(a: PersonMention, b: PersonMention) -> bool:
    """Whether two people, one's name inside the other's, hold offices of other heads ("Wali Kota Palu Hidayat" and
    "Ketua TP PKK Kota Palu Irmawaty Hidayat", his wife; "Wakil Wali Kota" is not "Wali Kota"): two people."""
    if not a.role or not b.role or _same_role(a.role, b.role):
        return False
    ra, rb = a.role.split(), b.role.split()
    if abbreviates(ra[0], rb) or abbreviates(rb[0], ra):
        return False   # "Mendes" / "Menteri Desa"
    return ra[0].lower() != rb[0].lower()


@cache
def _spouse_titles() -> frozenset[str]:
    return frozenset(t.lower() for t in resources.load("people")["spouse_titles"])


def _spouse_of(a: PersonMention, b: PersonMention) -> bool:
    """Whether one of two people is the other's wife, named after him with a title of hers ("Ibu Iriana Joko Widodo",
    "Presiden Joko Widodo"): her name ends in his whole name of two words or more."""
    for wife, husband in ((a, b), (b, a)):
        her, his = (wife.name or "").lower().split(), (husband.name or "").lower().split()
        if len(his) >= 2 and len(her) > len(his) and her[-len(his):] == his \
                and any(t.lower() in _spouse_titles() for t in wife.titles) \
                and not any(t.lower() in _spouse_titles() for t in husband.titles):
            return True
    return False


def _merge_people(people: list[PersonMention]) -> list[PersonMention]:
    """Join "Amran" to "Dr. Drs. Amran, MT" and a nameless office to the named holder of that office."""
    merged: list[PersonMention] = []
    for person in people:
        match = None
        for known in merged:
            if person.name and known.name:
                a, b = person.name.lower().split(), known.name.lower().split()
                if a == b or ((set(a) <= set(b) or set(b) <= set(a)) and not _other_offices(person, known)
                              and not _spouse_of(person, known)):
                    match = known
                    break
            elif person.name is None and person.role and known.role and _same_role(person.role, known.role):
                match = known
                break
        if match is None:
            merged.append(person)
            continue
        if person.role_span is not None:
            match.other_role_spans.append(person.role_span)
        if person.name and match.name and len(person.name) > len(match.name):
            match.name, match.name_span = person.name, person.name_span
        if match.role is None and person.role:
            match.role, match.role_span, match.organization = person.role, person.role_span, person.organization
        match.titles = match.titles or person.titles
    return merged


class _NicknameCues(NamedTuple):
    after_name: re.Pattern[str]   # right after a name: "Mohammad Ramdhan Pomanto, yang akrab disapa Danny"
    described: re.Pattern[str]    # after a word for a person: "Pria yang kerap disapa Ibas ini ..."
    verbs: re.Pattern[str]        # the verbs alone: most articles write none, and the searches are then skipped


@cache
def _nickname_cues() -> _NicknameCues:
    """people.yaml nickname_cues as patterns."""
    cues = resources.load("people")["nickname_cues"]
    adverbs, verbs = regex.alternation(cues["adverbs"]), regex.alternation(cues["verbs"])
    after_name = regex.compile(rf"\s*,?\s*(?:atau\s+)?(?:yang\s+)?"
                               rf"(?:{adverbs}|{regex.alternation(cues['known_as'])})\s+"
                               rf"(?:{verbs}|{regex.alternation(cues['named_as'])})\s+(?P<nick>[A-Z][\w'’-]+)")
    described = regex.compile(rf"\b(?P<noun>[\w-]+)\s+yang\s+(?:{adverbs})\s+(?:{verbs})\s+(?P<nick>[A-Z][\w'’-]+)")
    return _NicknameCues(after_name, described, regex.compile(rf"\b(?:{verbs})\b"))


def _described_nicknames(text: str, people: list[PersonMention]) -> None:
    """ "Ketua Fraksi ... Edhie Baskoro Yudhoyono memaparkan ... Pria yang kerap disapa Ibas ini menyebutkan ...":
    a nickname given after a word for a person (people.yaml nickname_nouns) is the alias of the last person named
    before it with a name of two words or more; a mention of the nickname alone is that person."""
    nouns = _nickname_nouns()
    for match in _nickname_cues().described.finditer(text):
        if match.group("noun").lower() not in nouns:
            continue   # "Moon Taeil yang akrab disapa Taeil": the name's own cue; "wali kota yang ...": anyone's
        nick = match.group("nick")
        before = [p for p in people if p.name and len(p.name.split()) >= 2 and nick not in p.name.split()
                  and (p.name_span or (p.start, p.end))[1] <= match.start()]
        if not before:
            continue
        owner = max(before, key=lambda p: (p.name_span or (p.start, p.end))[1])
        _add_alias(owner, nick)
        for person in people:
            if person.name == nick:
                person.name = owner.name   # the same person, linked below


@cache
def _nickname_nouns() -> frozenset[str]:
    return frozenset(resources.load("people")["nickname_nouns"])


@cache
def _nickname_after() -> re.Pattern[str]:
    """ "Roby, sapaan akrabnya, ...", "Milo, sapaan akrab Milomir Seslija, ...": the name just before is a nickname;
    a name after the cue is whose (people.yaml nickname_after)."""
    cues = regex.alternation(resources.load("people")["nickname_after"])
    # (set off by a comma, a bracket or a dash: "Emil –sapaan Ridwan Kamil– ...")
    full = r"(?P<full>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    return regex.compile(rf"\s*(?:,|\(|[–—-]+)\s*(?:{cues})(?:nya\b|\s+{full})")


def _nickname_of(text: str, person: PersonMention, people: list[PersonMention]) -> PersonMention | None:
    """The person an article's nickname stands for: the one named after the cue ("Milo, sapaan akrab Milomir
    Seslija"), else the nearest before it with a longer name one of whose words begins with the nickname's letter
    ("Bupati Sikka Fransiskus Roberto Diogo ... Bupati Roby, sapaan akrabnya"); none where the cue is not there."""
    if not person.name or len(person.name.split()) > 2:
        return None
    span = person.name_span or (person.start, person.end)
    cue = _nickname_after().match(text, span[1])
    if cue is None:
        # ("Danny, sapaan akrabnya, ..." opening a sentence, where no office or verb made it a mention of its own:
        # the cue stands after another writing of the name)
        written = (m for m in re.finditer(rf"\b{re.escape(person.name)}\b", text) if m.start() != span[0])
        cue, span = next(((c, w.span()) for w in written if (c := _nickname_after().match(text, w.end()))),
                         (None, span))
    if cue is None:
        return None
    if cue["full"]:
        full = {w.lower().rstrip(".–—-") for w in cue["full"].split()}   # ("Ridwan Kamil--": the closing dashes)
        return next((p for p in people if p is not person and p.name
                     and full <= {w.lower().rstrip(".") for w in p.name.split()}), None)
    # (a nickname with an office is its holder's: "Bupati Nana" is not the "Kepala Dinas" named between)
    before = [p for p in people if p is not person and p.name and len(p.name.split()) > 1
              and (p.name_span or (p.start, p.end))[1] <= span[0]
              and (person.role is None or (p.role is not None and p.role.split()[:1] == person.role.split()[:1]))]
    nearest = max(before, key=lambda p: (p.name_span or (p.start, p.end))[0], default=None)
    # ("Roby Idong": a nickname of two words may take either from the name, "Roby" of "Roberto"; "Danny" is made
    # of a syllable inside one, "Ramdhan")
    nicknames = person.name.split()
    return nearest if nearest is not None and any(_nickname_fits(n, w) for n in nicknames
                                                  for w in nearest.name.split()) else None


def _nickname_fits(nickname: str, word: str) -> bool:
    """Whether ``nickname`` may be made from a word of a full name: it begins with the word's letter ("Roby" of
    "Roberto") or its first three letters run in order through the word ("Danny" of "Ramdhan")."""
    if nickname[0] == word[0]:
        return True
    letters = iter(word.lower())
    return len(nickname) >= 3 and all(c in letters for c in nickname[:3].lower())


def abbreviates(short: str, long_words: list[str]) -> bool:
    """ "Jokowi" / "SBY" of "Joko Widodo" / "Susilo Bambang Yudhoyono", "Mendagri" of "Menteri Dalam Negeri": the
    short form's letters in order through the long form, beginning with its first word and reaching its last."""
    from .entities import short_form_of

    short_letters = short.lower()
    if len(short) < 3 or len(long_words) < 2 or not short.replace("-", "").isalpha():
        return False
    if not short_form_of(short, long_words) or (
            not short_letters.startswith(long_words[0][:2].lower()) and not short.isupper()):
        return False
    # The short form reaches into the long form's last word ("Jokowi": "wi" of Widodo, "Mendagri": "gri" of Negeri).
    return short_letters[-1] in long_words[-1].lower()


def link_people(doc: Doc, people: list[PersonMention]) -> list[PersonMention]:
    """Mentions of one person inside the article become one PersonMention, whose ``aliases`` hold the other forms
    the article uses and ``mentions`` every span: "Presiden Joko Widodo" / "Jokowi" / "Presiden",
    "Tjahjo Kumolo" / "Tjahjo" / "Mendagri", "Mohammad Ramdhan Pomanto, yang akrab disapa Danny" / "Danny".
    A later person whose name (or office, for a person named only by office) abbreviates, shortens or equals an
    earlier one's joins it; so do the bare office ("Presiden") and its abbreviation ("Mendagri") of a named
    holder."""
    text = text_of(doc)
    after_name = _nickname_cues().after_name
    for person in people:
        if not person.mentions:
            person.mentions = sorted({person.name_span or (person.start, person.end),
                                      *([person.role_span] if person.role_span else []), *person.other_role_spans})
        name_end = (person.name_span or (person.start, person.end))[1]
        nick = after_name.match(text, name_end) or after_name.match(text, person.end)
        if nick is not None and person.name:
            _add_alias(person, nick.group("nick"))
    if _nickname_cues().verbs.search(text):
        _described_nicknames(text, people)
    # (most articles write no nickname cue: the search per person is then skipped)
    for person in people if _nickname_after().search(text) else []:
        owner = _nickname_of(text, person, people)
        if owner is not None and owner.name:
            _add_alias(owner, person.name or "")
            person.name = owner.name   # the same person, linked below
    linked: list[PersonMention] = []
    for person in people:
        target = next((known for known in linked if _same_person(known, person)), None)
        if target is None:
            linked.append(person)
            continue
        for form in (person.name, person.role):
            if form and form != target.name and form != target.role:
                _add_alias(target, form)
        target.mentions = sorted({*target.mentions, *person.mentions})
        if target.role is None and person.role:
            target.role, target.role_span, target.organization = person.role, person.role_span, person.organization
        elif person.role_span is not None and person.role_span != target.role_span:
            target.other_role_spans.append(person.role_span)
        if target.name is None and person.name:
            target.name, target.name_span = person.name, person.name_span
        elif target.name and person.name and _clipped(target.name.split(), person.name.split()):
            cut_short = target.name   # the whole name, not the one cut short, names the person
            target.name, target.name_span = person.name, person.name_span
            target.aliases = [a for a in target.aliases if a != person.name]
            _add_alias(target, cut_short)
        target.titles = target.titles or person.titles
    # A bare office later in the text ("Presiden", "Mendagri") names the one holder of that office named before.
    claimed: set[str] = set()
    for match in re.finditer(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w-])(?!\s+[A-Z])", text):
        word = match.group(0)
        if word in claimed or not _lexicon().office.fullmatch(word):
            continue   # only a word that is itself an office ("Presiden", "Mendagri"), not "Selain"
        holders = [p for p in linked if p.name and p.role and p.mentions and p.mentions[0][0] < match.start()
                   and ((word == p.role.split()[0] and len(p.role.split()) == 1)
                        or (len(word) >= 5 and abbreviates(word, p.role.split())))]
        if len(holders) == 1 and not any(s <= match.start() < e for s, e in holders[0].mentions):
            _add_alias(holders[0], word)
            holders[0].mentions.append((match.start(), match.end()))
    # Later bare mentions of an alias ("Jokowi", "Danny") anywhere in the text are mentions too.
    for person in linked:
        for form in [*(person.aliases or []), *(person.name.split() if person.name else [])]:
            if not form[:1].isupper() or len(form) < 3:
                continue
            for span in whole_word_spans(text, form):
                if not any(s <= span[0] < e for s, e in person.mentions):
                    person.mentions.append(span)
        person.mentions.sort()
    return linked


def collective_office(role: str) -> bool:
    """An office held by a group ("Anggota Komisi V", "Pimpinan DPR"): several may hold it at one event."""
    head = role.split()[:1]
    return bool(head) and head[0].capitalize() in _lexicon().collective


def _add_alias(person: PersonMention, form: str) -> None:
    if form and form != person.name and form not in person.aliases:
        person.aliases.append(form)


@cache
def _familiar_titles() -> frozenset[str]:
    return frozenset(resources.load("people")["familiar_titles"])


def _same_person(known: PersonMention, other: PersonMention) -> bool:
    forms_known = [f for f in (known.name, *known.aliases) if f]
    if other.name and known.name is None and known.role and other.role \
            and known.role.lower() == other.role.lower() and not collective_office(known.role):
        return True   # "Gubernur Papua" first, then "Gubernur Papua Lukas Enembe": not "Anggota Komisi V", many
    if other.name:
        words = other.name.split()
        for form in forms_known:
            form_words = form.split()
            if len(words) == 2 and words[0] in _familiar_titles() and len(form_words) > 1 \
                    and words[1] == form_words[0]:
                return True   # "Kang Hendra" after "Hendra Kusumah"
            if other.name == form or (set(w.lower() for w in words) <= set(w.lower() for w in form_words)
                                      and len(form_words) > 1):
                return True
            if _initials_of(words, form_words) or _initials_of(form_words, words):
                return True   # "B.J. Habibie" / "Bacharuddin Jusuf Habibie"
            if _spelt_alike(words, form_words) or (len(words) == 1 and len(form_words) > 1 and any(
                    min(len(words[0]), len(w)) >= 4 and _spelling_variants(words[0], w) for w in form_words)):
                return True   # "Taufik" after "Muhammad Taufiq" (not "Rahman" after "Rahmat Hidayat")
            if len(words) == 1 and abbreviates(words[0], form_words):
                return True
            if len(words) == 1 and _shortened(words[0], form_words):
                return True
            if len(words) == 1 and other.role is None and len(form_words) > 1 and 4 <= len(words[0]) \
                    and form_words[0].startswith(words[0]) and len(words[0]) * 5 >= len(form_words[0]) * 2:
                return True   # "Alex" of "Alexander Marwata", with no office of its own ("Camat Agus" is another)
            if len(words) == 1 and len(form_words) > 1 and len(words[0]) >= 4 and form_words[0].startswith(words[0]) \
                    and other.role and known.role and (_same_role(other.role, known.role) or any(abbreviates(
                        other.role.split()[0], known.role.split()[:k]) for k in (2, 3))):
                return True   # "Wabup Agus" after "Wakil Bupati Flores Timur Agustinus Payong Boli"
            if len(form_words) == 1 and abbreviates(form_words[0], words):
                return True
        return False
    if other.role and known.role:
        role_words = known.role.split()
        words = other.role.split()
        if known.name and len(words) > 1 and words[0] == role_words[0] \
                and all(w in known.name.split() for w in words[1:]):
            return True   # "Bupati Ipuk" after "Bupati Banyuwangi Ipuk Fiestiandani" (the model read "Ipuk" as a place)
        if _same_role(other.role, known.role):
            return True
        # "Mendagri" / "Presiden" alone, after "Menteri Dalam Negeri Tjahjo Kumolo" / "Presiden Joko Widodo".
        if len(other.role.split()) == 1 and (abbreviates(other.role, role_words) or (
                known.name is not None and other.role == role_words[0] and len(role_words) <= 2)):
            return True
    return False


def _spelt_alike(a: list[str], b: list[str]) -> bool:
    """One name spelt two ways in one story ("Basuki Tjahja Purnama" / "Basuki Tjahaja Purnama", "T Dzulmi Eldin" /
    "T. Dzulmi Eldin"): two words or more, the same but for the dots and one letter more, less or other in one word
    of five letters or more, or a last word cut short (``_clipped``)."""
    a, b = [w.rstrip(".") for w in a], [w.rstrip(".") for w in b]
    if len(a) != len(b) or len(a) < 2:
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x.lower() != y.lower()]
    if not differing:
        return True
    if len(differing) > 1:
        return False
    x, y = differing[0]
    return (min(len(x), len(y)) >= 5 and _one_edit(x.lower(), y.lower())) or _clipped(a, b) or _clipped(b, a)


def _clipped(short: list[str], long: list[str]) -> bool:
    """ "Hary Tanoe" of "Hary Tanoesoedibjo", "Surya Palo" of "Surya Paloh": the same words but the last, which is
    the long name's last word cut short after four letters or more."""
    return len(short) == len(long) >= 2 and [w.lower() for w in short[:-1]] == [w.lower() for w in long[:-1]] \
        and 4 <= len(short[-1]) < len(long[-1]) and long[-1].lower().startswith(short[-1].lower())


def _one_edit(x: str, y: str) -> bool:
    """Whether ``x`` becomes ``y`` by one inserted, deleted or replaced letter, or two neighbours swapped
    ("Junaidi" / "Juanidi")."""
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) > len(y):
        x, y = y, x
    i = next((k for k in range(len(x)) if x[k] != y[k]), len(x))
    swapped = len(x) == len(y) and i + 1 < len(x) and x[i] == y[i + 1] and x[i + 1] == y[i] and x[i + 2:] == y[i + 2:]
    return swapped or x[i + (len(x) == len(y)):] == y[i + 1:]


def _spelling_variants(a: str, b: str) -> bool:
    """ "Taufik" / "Taufiq", "Shifa" / "Syifa", "Hammam" / "Hamam", "Nurdiansyah" / "Nurdiyansyah": two different
    spellings of one name, by the alternations Indonesian names are written with (people.yaml spelling_variants,
    then a doubled letter written once); not two names a letter apart ("Rahman" / "Rahmat", "Hendri" / "Hendra")."""
    if a.lower() == b.lower():
        return False
    return _spelling_key(a) == _spelling_key(b)


def _spelling_key(word: str) -> str:
    key = word.lower()
    for written, said in _spelling_alternations():
        key = key.replace(written, said)
    return re.sub(r"(.)\1", r"\1", key)


@cache
def _spelling_alternations() -> tuple[tuple[str, str], ...]:
    return tuple(resources.load("people")["spelling_variants"].items())


def _initials_of(short: list[str], long: list[str]) -> bool:
    """ "B.J. Habibie" / "S Dillon" of "Bacharuddin Jusuf Habibie" / "Mahawira Singh Dillon": the initials of the
    long name's first words, then its last word."""
    if len(short) < 2 or len(long) <= len(short) - 1 or short[-1].lower() != long[-1].lower():
        return False
    letters = "".join(w.replace(".", "") for w in short[:-1])
    if not (letters.isalpha() and letters.isupper() and all(len(w.replace(".", "")) <= 2 for w in short[:-1])):
        return False
    firsts = "".join(w[0] for w in long[:-1]).upper()
    return firsts == letters or (len(letters) == 1 and letters in firsts)


def _shortened(short: str, long_words: list[str]) -> bool:
    """ "Sandi" of "Sandiaga Uno": the first name cut short, as news writes a person's call name; or a later word's
    start of four letters or more ("Risma" of "Tri Rismaharini", "Rudy" of "FX Hadi Rudyatmo")."""
    first = long_words[0]
    if len(long_words) < 2:
        return False
    if 4 <= len(short) < len(first) and first.startswith(short) and len(short) * 2 >= len(first):
        return True
    return any(4 <= len(short) < len(w) and w.startswith(short) and len(short) * 5 >= len(w) * 2
               for w in long_words[1:])


def _same_role(a: str, b: str) -> bool:
    (oa, ra), (ob, rb) = _role_words(a), _role_words(b)
    if oa and ra and oa == ob and ra == rb:
        return True   # "Gubernur Sumsel" / "Gubernur Sumatera Selatan": one office, its region however written
    wa, wb = set(a.lower().replace(",", " ").split()), set(b.lower().replace(",", " ").split())
    if not wa or not wb:
        return False
    overlap = len(wa & wb)
    return 2 * overlap / (len(wa) + len(wb)) >= 0.6


def _role_words(role: str) -> tuple[set[str], set[str]]:
    """A role's words in lower case, and apart from them the regions it names, as the gazetteer writes them, short
    forms too ("Gubernur Sumsel" and "Gubernur Sumatera Selatan": {"gubernur"}, {"Sumatera Selatan"})."""
    from .entities import gazetteer

    tokens = [w.strip("()") for w in role.replace(",", " ").split()]
    words: set[str] = set()
    regions: set[str] = set()
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            phrase = " ".join(tokens[i:i + size])
            entry = gazetteer().place(phrase) if len(tokens) - i >= size and phrase[:1].isupper() else None
            if entry is not None and entry.kind in ("province", "city", "regency"):
                regions.add(entry.canonical)
                i += size
                break
        else:
            words.add(tokens[i].lower())
            i += 1
    return words, regions


@Language.component("warta_roles", assigns=["doc._.people"], requires=["doc.ents"])
def role_patterns(doc: Doc) -> Doc:
    set_doc_values(doc, people=find_people(doc))
    return doc

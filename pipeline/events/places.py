"""Where an event took place: the places after "di" in its sentences, hosts, gazetteer parents, fallbacks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc, Span

from .. import regex, resources
from ..schema import Place
from ..stages.entities import (
    REGION_KINDS,
    PlaceEntry,
    abbreviated_venue_word,
    doctor_title_word,
    gazetteer,
    is_org_name,
    numbered_venue_word,
    regency_after,
    short_form_of,
)
from ..stages.extensions import entities_of, text_of
from ..stages.roles import abbreviates
from .common import Mention, Spans, _calendar_words, _lexicon, _venue_nouns, quoted_theme

# How wide a place is, narrowest first (a record lists its places in this order).
PLACE_ORDER = {"venue": 0, "other": 1, "city": 2, "regency": 2, "province": 3, "country": 4}


# A dot only inside a word ("St.Louis"), never a sentence's final one: "di Lombok Timur. Pelatihan ..." stops there;
# a slash between two capitalised parts ("Gedung DPR/MPR").
# "SMA Negeri 1 Maumere", "SD Negeri 020263 Binjai": a state school's number is a word of its name (North Sumatra
# numbers its primary schools with six digits).
# A bracket is part of a place's name ("Jakarta Convention Center (JCC)"), not a date in brackets ("(19/5)").
# "RSUD dr. Soedarso": a doctor's title after a hospital's or street's head is a word of its name.
# "Lt. 3": a numbered venue word written short keeps its period before the number.
_PLACE_WORD = (rf"(?:{doctor_title_word()}|[A-Z][\w'’&-]*(?:\.\w[\w'’&-]*|/[A-Z][\w'’&-]*)*{abbreviated_venue_word()}?"
               rf"|\((?!\d)[^()\n]{{1,40}}\)"
               r"|(?:of|and|de|&)(?=\s+[A-Z])"
               rf"|{numbered_venue_word(' ')}\d{{1,6}}(?=\s+[A-Z]))")


# " - " between words: IndoSum's spacing of hyphens ("Stasiun KA Bandara Soekarno - Hatta").
_PLACE_PHRASE = regex.compile(rf"{_PLACE_WORD}(?:[ \t]+(?:-[ \t]+)?{_PLACE_WORD}){{0,9}}")
_BRACKET_END = re.compile(r"\s*\(([^()]*)\)$")


def _city_then_province(phrase: str) -> int | None:
    """Where the province starts in "Denpasar Bali", "Mataram NTB": a city or regency the gazetteer knows, then its
    own province, with no comma between; None for any other phrase."""
    gaz = gazetteer()
    words = phrase.split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        city, province = gaz.place(head), gaz.place(tail)
        if city is not None and province is not None and city.kind in ("city", "regency") \
                and province.kind == "province" and city.parent == province.canonical:
            return len(head) + 1   # (the space between them)
    return None


@cache
def _date_after_weekday() -> re.Pattern[str]:
    """A date right after a weekday, a part of the day between or not ("Minggu malam (15/9)", "Senin 16 ...")."""
    parts = regex.alternation(resources.load("dates")["closing_weekday_parts"])
    return re.compile(rf"\s*(?:(?:{parts})\s*)?(?:\(\d|,?\s*\d)", re.IGNORECASE)


@cache
def _local_region() -> re.Pattern[str]:
    """A region below the regency ("Kecamatan Imogiri", "Desa Sukarame", "Kalurahan Bleberan") ending a phrase."""
    nouns = resources.load("places")["local_region_nouns"]
    return re.compile(rf"(?<!\S)(?:{regex.alternation(nouns)})(?:[ ][A-Z][\w'-]*){{1,3}}$")


@cache
def _region_chain() -> re.Pattern[str]:
    """ ", Kecamatan Cibeber, Kabupaten Cianjur": administrative units chained by commas after a small region."""
    nouns = regex.alternation(resources.load("places")["administrative_nouns"])
    return re.compile(rf",[ ](?P<unit>(?:{nouns})(?:[ ][A-Z][\w'-]*){{1,3}})(?=[,.;\s])")


def _chained_regions(text: str, places: list[tuple[Span | None, str, tuple[int, int]]],
                     ) -> list[tuple[Span | None, str, tuple[int, int]]]:
    """The units the story chains after a small region of the event where it names that region in full ("Pemerintah
    Desa Sukarame, Kecamatan Cibeber, Kabupaten Cianjur menggelar ..." for a musdes at "Aula Balai Desa Sukarame"):
    the region lies in them."""
    found: list[tuple[Span | None, str, tuple[int, int]]] = []
    have = {surface for _, surface, _ in places}
    for _, surface, _ in places:
        local = _local_region().search(surface)
        if local is None:
            continue
        for at in (m.end() for m in re.finditer(rf"(?<!\w){re.escape(local.group(0))}(?!\w)", text)):
            while (unit := _region_chain().match(text, at)) is not None:
                if unit["unit"] not in have:
                    have.add(unit["unit"])
                    found.append((None, unit["unit"], unit.span("unit")))
                at = unit.end()
    return found


@cache
def _lowered(key: str) -> frozenset[str]:
    """A word list of places.yaml in lower case: "not_place_heads", "not_places", "bare_heads"."""
    return frozenset(w.lower() for w in resources.load("places")[key])


@cache
def _room_heads() -> re.Pattern[str]:
    """A room or hall inside a building, anywhere in a venue's name ("Grand Ballroom Hotel Trans Luxury")."""
    return regex.any_form(resources.load("places")["room_heads"], re.IGNORECASE)


def _is_room(surface: str) -> bool:
    return _room_heads().search(surface) is not None


@cache
def _theme_title() -> re.Pattern[str]:
    """A theme or title in quotes after its cue ('bertema "..."'); the group "title" is inside the quotes."""
    cues = regex.alternation(resources.load("organizations")["theme_cues"])
    return quoted_theme(rf"(?i:\b(?:{cues}))\s*[:,]?\s*", 160)


@cache
def _own_room() -> re.Pattern[str]:
    """A venue noun of the host's own, with no name: "di ruang kerjanya", "di rumah dinasnya"."""
    return re.compile(rf"\bdi\s+(?:{_venue_nouns()})nya\b", re.IGNORECASE)


@cache
def _lower_region_nouns() -> str:
    """places.yaml's administrative nouns in lower case ("kota", "kabupaten", "distrik" ...), as an alternation."""
    return regex.alternation([n.lower() for n in resources.load("places")["administrative_nouns"]])


@cache
def _named_venue_nouns() -> frozenset[str]:
    return frozenset(resources.load("places")["named_venue_nouns"])


@cache
def _relocation() -> re.Pattern[str]:
    """ "berpindah tempat lagi ke", "dipindahkan kembali ke": the event moved there."""
    data = resources.load("places")
    verbs, again = regex.alternation(data["relocation_verbs"]), regex.alternation(data["relocation_adverbs"])
    return regex.compile(rf"\b(?:{verbs})(?:\s+(?:{again}))?\s+$")


@cache
def _came_to() -> re.Pattern[str]:
    """ "Kehadiran Agus Harimurti Yudhoyono ke", "datang ke": who came there (at most four words between)."""
    data = resources.load("places")
    words = regex.alternation(data["arrival_to_words"])
    # (each word before as a lookbehind of its own: they differ in length)
    not_after = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in data["arrival_to_not_after"])
    return regex.compile(rf"{not_after}\b(?:{words})(?:\s+[^\s,.;:]+){{0,4}}\s+$", re.IGNORECASE)


@cache
def _opening_city() -> re.Pattern[str]:
    """At most two lower-case common nouns (no word of places.yaml not_name_nouns), then one or two capitalised
    words: what may follow the trigger that opens an event's name ("pembukaan Makassar ...")."""
    function_words = regex.alternation(resources.load("places")["not_name_nouns"])
    return re.compile(rf"(?:\s+(?!(?:{function_words})\b)[a-z][\w-]*){{0,2}}\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


@dataclass(frozen=True)
class _Streets:
    heads: frozenset[str]       # "Jalan", "Jl": a street named after a city is not in it
    chain: re.Pattern[str]      # ", " or "nomor 4, " between the places of an address
    numbers: frozenset[str]     # "nomor", "no" (lower case): the word before a street number
    segment: str                # "Jalan Kimia, ": a street between a venue and its town, as a pattern


@cache
def _streets() -> _Streets:
    data = resources.load("places")
    numbers = regex.alternation([n.rstrip(".") for n in data["street_numbers"]])
    heads = frozenset(h.rstrip(".") for h in data["street_heads"])
    return _Streets(heads, regex.compile(rf"(?:\s+(?i:{numbers})\.?\s*\d+[A-Za-z]?)?\s*,\s*"),
                    frozenset(n.rstrip(".").lower() for n in data["street_numbers"]),
                    rf"(?:{regex.alternation(sorted(heads))})\.?\s[^,.\n]{{1,40}},\s*")


@cache
def _preposition(destination: bool = False) -> re.Pattern[str]:
    """ "di" or "ke", and a venue noun (with its possessive) before the names: "di kantornya, Gedung BPPT"; for a
    visit (``destination``) also a visit verb, whose object is where the visit went ("mengunjungi Nauru")."""
    # "secara virtual dari Gedung Sasana Bhakti Praja": where the host of an online event was
    # ("melalui video conference dari Istana Isen Mulang")
    online = regex.alternation(resources.load("events")["modes"]["online"])
    heads = rf"di|ke|(?:secara|melalui|via)\s+(?:{online})\s+dari"
    if destination:
        heads += f"|(?P<verb>{regex.alternation(resources.load('places')['visit_object_verbs'])})"
    # "se-Kota Singkawang": throughout a region, whose people the event gathered there (checked in the gazetteer).
    # "di ruang sidang utama, Gedung Sasando": a venue noun described in lower case, then a venue's name.
    # A region's noun in lower case reads as a venue noun does ("di kota Mataram": the region is the place); not a
    # host's own room ("di kotanya"), which only the venue nouns name.
    nouns = f"{_venue_nouns()}|{_lower_region_nouns()}"
    venues = regex.alternation(list(gazetteer().venue_heads))
    # "di ruang sidang utama DPRD Kota Kupang": a room described in lower case, then whose room it is (one name)
    named = regex.alternation(sorted(_named_venue_nouns()))
    stops = regex.alternation([*resources.load("places")["not_name_nouns"], *sorted(_lexicon().name_stops)])
    return regex.compile(rf"\b(?:{heads})\s+(?:(?P<noun>{nouns})(?P<sep>nya)?(?:\s+|\s*,\s*)(?=[A-Z])"
                         rf"|(?P<room>{named})(?:\s+(?!(?:{stops})\b)[a-z]+){{1,2}}\s+(?=[A-Z])"
                         rf"|(?:{nouns})(?:\s+[a-z]+){{1,3}}(?:\s+[IVX]+)?\s*,\s*(?=(?:{venues})\b))?"
                         r"|(?<![\w-])(?P<se>se-)(?=[A-Z])")


@cache
def _online_words() -> re.Pattern[str]:
    """The words of an online gathering (events.yaml modes online)."""
    return regex.compile(rf"\b(?:{regex.alternation(resources.load('events')['modes']['online'])})\b", re.IGNORECASE)


@cache
def _from_elsewhere() -> re.Pattern[str]:
    """ "dari berbagai kampus " before "di": an origin, unless a clause word stands between (places.yaml)."""
    data = resources.load("places")
    stops = regex.alternation(data["origin_clause_words"])
    return regex.compile(rf"\b(?:{regex.alternation(data['origin_words'])})"
                         rf"(?:\s+(?!(?:{stops})\b)[^\s\d]+){{1,{int(data['origin_length'])}}}\s*$")


@cache
def _wished() -> re.Pattern[str]:
    """ "agar ..." before "di" in its clause: a place of what someone wants done (places.yaml wish_clause_openers)."""
    openers = regex.alternation(resources.load("places")["wish_clause_openers"])
    return regex.compile(rf"\b(?:{openers})\b", re.IGNORECASE)


def _place_phrases(text: str, start: int, end: int, destination: bool = False,
                   online: bool = False) -> list[tuple[str, tuple[int, int]]]:
    """ "di Hotel Claro Makassar, Sulawesi Selatan, Selasa (14/3/2023)" -> the capitalised phrases after a place
    preposition and the comma-chained ones after it, up to a weekday or date."""
    lx = _lexicon()
    gaz = gazetteer()
    weekdays = _calendar_words()
    found: list[tuple[str, tuple[int, int]]] = []
    # "di Gedung ...", "di kantornya, Gedung BPPT, Kawasan Thamrin": a venue noun (his office) before the names
    for prep in _preposition(destination).finditer(text[start:end]):
        at = start + prep.end()
        clause_start = max(text.rfind(c, start, at) for c in ",;:") + 1
        # "peserta dari berbagai kampus di Kota Ambon": where participants come from, not where the event is; not any
        # "dari" earlier in the clause ("mundur dari kursi Ketua ... saat menghadiri ... di")
        from_elsewhere = _from_elsewhere().search(text, max(clause_start, start), start + prep.start())
        # "ke X" is a destination, a place of the event only after "berangkat/digelar ... ke".
        bare_ke = prep.group(0).startswith("ke") and not destination \
            and not lx.place_preposition.search(text[max(0, at - 25):at]) \
            and not _relocation().search(text, max(start, start + prep.start() - 40), start + prep.start()) \
            and not _came_to().search(text, max(start, start + prep.start() - 50), start + prep.start())
        # (unless a gathering is what is wished for: "agar beliau bisa hadir dalam acara Mubes ... di Medan")
        wished = _wished().search(text, max(clause_start, start), start + prep.start())
        wished_gathering = next(lx.trigger.finditer(text, wished.end()), None) if wished is not None else None
        if wished_gathering is not None and wished_gathering.end() <= start + prep.start():
            wished = None
        if from_elsewhere or bare_ke or wished:
            continue
        # a visit verb's object is a destination only when it is a region: people and sights are visited too
        visit_verb = prep.groupdict().get("verb") is not None
        if prep.group("se"):
            if online or _online_words().search(text, start, end) is not None:
                # "bersama bupati se-Kalteng melalui video conference": who joined from afar, no place (``online``:
                # another of the event's sentences says it was held online)
                continue
            region = _PLACE_PHRASE.match(text, at, end)
            entry = gaz.place(region.group(0).strip().rstrip(".")) if region else None
            if entry is None or entry.kind not in ("city", "regency", "province"):
                continue
        # "di gerbang tol Palembang - Pemulutan": a lower-case venue noun right before a name that is no region
        # is part of the venue's name (a comma or "-nya" makes it a noun of its own: "di kantornya, Gedung BPPT").
        noun = prep.group("noun")
        noun_start = start + prep.start("noun") if noun else -1
        kept = noun is not None and noun in _named_venue_nouns() and prep.group("sep") is None \
            and text[start + prep.end("noun"):at].isspace()
        if prep.group("room"):
            kept, noun_start = True, start + prep.start("room")
        while True:
            match = _PLACE_PHRASE.match(text, at, end)
            if match is None:
                break
            phrase = match.group(0).strip().rstrip(".")
            words = phrase.split()
            if len(words) > 1 and words[-1].lower() in _streets().numbers \
                    and re.match(r"\.?\s*\d", text[match.start() + len(phrase):end]):
                phrase = phrase[:phrase.rfind(" ")]   # "Jalan Timor Raya Nomor 5": the number is no part of the name
            if len(words) > 1 and words[-1].lower() in weekdays \
                    and _date_after_weekday().match(text, match.start() + len(phrase), end):
                # "di Semarang, Jateng Selasa (29/8)", "di Kutama Minggu malam (15/9)", "Yogya Senin 16 September": the
                # day after the place, a comma missing; "Pasar Minggu" stays
                phrase = phrase[:phrase.rfind(" ")]
            # "ke Kanada Sabtu", "di Yogya Sabtu Minggu": a known place, then days ("Pasar Minggu" is no known place)
            trimmed = phrase
            while (cut := trimmed.rpartition(" "))[0] and cut[2].lower() in weekdays:
                trimmed = cut[0].rstrip()
            if trimmed != phrase and gaz.place(trimmed) is not None:
                phrase = trimmed
            # "Nusa Tenggara Barat (NTB)": a known region with its short form in brackets is that region (the chain of
            # places goes on after the bracket: "... (OKU), Sumatera Selatan")
            phrase_end = match.start() + len(phrase)
            short = _BRACKET_END.search(phrase)
            region = gaz.place(phrase[:short.start()]) if short is not None else None
            if short is not None and region is not None and short_form_of(short.group(1), region.canonical.split()):
                phrase = phrase[:short.start()]
            first = phrase.split()[0].lower()
            if first in weekdays or first.split("-")[0] in weekdays or first in lx.name_stops \
                    or re.match(r"\d", phrase):
                break   # (a range of days too: "Selasa-Rabu (7-8/3/2023)")
            if first in _lowered("not_place_heads") or phrase.lower() in _lowered("not_places"):
                break   # "di RUU Pemilu": in a law, not at a place; "di Tanah Air"
            # "di KTT G20, Hamburg, Jerman": the event's name is no place, the places chained after it are
            # (a sight visited, "mengunjungi Desa Wisata Penglipuran, Kabupaten Bangli, Bali", is no place of its
            # own, but the regions chained after it are where the visit went)
            sight = False
            if visit_verb:
                entry = gaz.place(phrase)
                if entry is None or entry.kind not in REGION_KINDS:
                    following = _streets().chain.match(text[phrase_end:end])
                    region = _PLACE_PHRASE.match(text, phrase_end + following.end(), end) if following else None
                    entry = gaz.place(region.group(0).strip().rstrip(".")) if region else None
                    if entry is None or entry.kind not in REGION_KINDS:
                        break
                    sight = True
            named_event = " ".join(phrase.lower().split()[:2]) in lx.type_of or first in lx.type_of
            in_province = None if named_event or sight else _city_then_province(phrase)
            if in_province is not None:
                # "di Denpasar Bali": a city and its province with no comma between are two places
                city = phrase[:in_province].rstrip()
                found.append((city, (match.start(), match.start() + len(city))))
                found.append((phrase[in_province:], (match.start() + in_province, match.start() + len(phrase))))
            elif not named_event and not sight:
                if kept and gaz.place(phrase) is None:
                    found.append((text[noun_start:match.start() + len(phrase)],
                                  (noun_start, match.start() + len(phrase))))
                else:
                    found.append((phrase, (match.start(), match.start() + len(phrase))))
            kept = False
            # A venue named with its city ("Hotel Claro Makassar"): the city is a place of the event too; a region's
            # own name is no venue ("Bangka Belitung" is the province, not also the regency of Belitung).
            words = phrase.split()
            whole = gaz.place(phrase)
            region = whole.canonical if whole is not None and whole.kind in ("province", "city", "regency") else None
            for size in (2, 1):
                tail = " ".join(words[-size:])
                entry = gaz.place(tail)
                if entry is None and size == 1 and len(words) > 1 and regency_after(words[-2], tail):
                    entry = gaz.place(f"Kabupaten {tail}")   # "Ruang Penjawi Setda Pati": the regency's office
                compound = phrase[:len(phrase) - len(tail)].endswith("-")
                street = _is_street(phrase)   # "Jalan Cianjur" is a street, not the regency
                if len(words) > size and entry is not None and entry.kind in ("city", "regency") and not compound \
                        and not street and not _elsewhere_after(text, phrase_end, end, entry) \
                        and region in (None, entry.canonical):
                    tail_start = match.start() + phrase.rindex(tail)
                    found.append((tail, (tail_start, tail_start + len(tail))))
                    break
            else:
                # "Aula Kantor Kecamatan Ngemplak", "Balai Desa Sriharjo": the small region a venue is named after,
                # which no gazetteer holds, is a place of the event too.
                local = _local_region().search(phrase)
                if local is not None and local.start() > 0 and not named_event:   # "Seminar ... Desa Berbasis ..."
                    found.append((local.group(0), (match.start() + local.start(), match.start() + local.end())))
            # "Jalan Cianjur nomor 4, Menteng, Jakarta Pusat": a street number before the chain goes on
            chain = _streets().chain.match(text[phrase_end:end])
            if chain is None:
                break
            at = phrase_end + chain.end()
            following = _PLACE_PHRASE.match(text, at, end)
            if following is None or (len(following.group(0).split()) > 4 and gaz.place(following.group(0)) is None) \
                    or following.group(0).split()[0] in _offices():
                break   # ("... Roesmin Nurjadin, Presiden dan rombongan ...": an office begins another clause)
    return found


@cache
def _offices() -> frozenset[str]:
    """people.yaml offices written whole ("Presiden", "Gubernur", "Bupati"): no place's first word."""
    return frozenset(resources.load("people")["offices"])


def _elsewhere_after(text: str, at: int, end: int, tail: PlaceEntry) -> bool:
    """ "di Hotel Ritz Carlton Mega Kuningan, Jakarta": the region chained after a venue lies in another province
    than the town its name ends in, so that town is a district's name, not the regency."""
    chain = _streets().chain.match(text[at:end])
    following = _PLACE_PHRASE.match(text, at + chain.end(), end) if chain else None
    entry = gazetteer().place(following.group(0).strip().rstrip(".")) if following else None
    if entry is None or entry.kind not in ("city", "regency", "province"):
        return False
    return (entry.parent or entry.canonical) != (tail.parent or tail.canonical)


@cache
def _released_at() -> re.Pattern[str]:
    """ "melalui keterangan tertulis di ", "dalam siaran pers yang diterima di ": a press release's cue
    (organizations.yaml press_cues), at most four words, then the place preposition."""
    cues = resources.load("organizations")["press_cues"]
    return re.compile(rf"\b(?:{regex.alternation(cues)})\b(?:\s+[\w.]+){{0,4}}?\s+di\s+$", re.IGNORECASE)


def _event_places(doc: Doc, sentences: list[tuple[int, int]], excluded: list[tuple[int, int]],
                  destination: bool = False, online: bool = False) -> list[tuple[Span | None, str, tuple[int, int]]]:
    """Places after a place preposition in the event's sentences (and after "ke" for a visit, ``destination``), and
    the hosts ("tuan rumah"); ``online``: the event was held online (its regions after "se-" are where people joined
    from)."""
    lx = _lexicon()
    text = text_of(doc)
    # "di Aula Gedung Betelalenok, Atambua": the model may read a town it does not know as a person, but the
    # dateline ("ATAMBUA, Pos Kupang - ...") names it as a place
    dateline = (doc._.dateline or "").lower()
    # A place inside a name is no place; one inside a role is still one: on real news a role phrase often runs on
    # over "di Gedung ..., Jakarta", and "Duta Besar RI di Singapura" names where the event is anyway.
    names = [p.name_span for p in doc._.people or [] if p.name_span]
    people = [e for e in entities_of(doc) if e.label_ == "PER" and e.text.lower() != dateline]
    # A model person right after "di" that the roles stage took for no one ("di Sasono Langen Budoyo") is a venue the
    # model does not know; chained after a place ("di Kremlin, Putin ...") it stays a person.
    known = [e for e in people if any(a < e.end_char and e.start_char < b for a, b in names)]
    roles = [p.role_span for p in doc._.people or [] if p.role_span]
    orgs = [(e.start_char, e.end_char) for e in entities_of(doc) if e.label_ == "ORG"]
    gaz = gazetteer()
    places: list[tuple[Span | None, str, tuple[int, int]]] = []
    online = online or any(_online_words().search(text, start, end) is not None for start, end in sentences)
    for start, end in sentences:
        # 'seminar bertema "Ketahanan Pangan di Masa Pandemi"': a theme's words name no place
        themes = [m.span("title") for m in _theme_title().finditer(text, start, end)]
        for phrase, span in _place_phrases(text, start, end, destination, online):
            unknown_first = _AT_OR_TO.search(text, max(start, span[0] - 4), span[0]) is not None \
                and not any(is_org_name(part.strip()) for part in re.split(r"[()]", phrase) if part.strip())
            if any(a <= span[0] < b for a, b in excluded) or any(
                    p.start_char <= span[0] < p.end_char for p in (known if unknown_first else people)):
                continue   # (a body the model read as a person, "di Bamus (Badan Musyawarah)", stays out)
            if any(a <= span[0] < b for a, b in themes):
                continue
            if _released_at().search(text, max(start, span[0] - 50), span[0]):
                continue   # "kata Bambang melalui keterangan tertulis di Jakarta": where a release was issued
            if any(a <= span[0] < b for a, b in names):
                continue
            inside = min((p.start_char for p in people if span[0] < p.start_char < span[1]), default=None)
            if inside is not None and gaz.place(text[span[0]:inside].rstrip(" ,")) is not None:
                # "di Manado Ivy Lim": a city, then the name of the holder of a post there ("Jalan Jenderal Gatot
                # Subroto" is named after a person and stays whole)
                phrase = text[span[0]:inside].rstrip(" ,")
                span = (span[0], span[0] + len(phrase))
            if span in orgs and gaz.place(phrase) is None and not any(
                    f" {h.lower()} " in f" {phrase.lower()} " for h in gaz.venue_heads) and not _with_city(phrase):
                continue   # "di ASEAN maupun Jepang": an organisation, not a place; "di Akademi Militer Magelang" is
            places.append((None, phrase, span))
    # "Konsul Jenderal Australia di Bali" beside "di Kantor Bupati ..., Labuan Bajo": the city of a guest's post is
    # where the event is only when the sentences name no other place
    # ... or a host's own room ("menerima Konsul Jenderal Australia di Bali ... di ruang kerjanya"): the guest came
    # from the post's city
    posts = [p for p in places if any(a <= p[2][0] < b and re.fullmatch(r"[^,]*\sdi\s+", text[a:p[2][0]])
                                      for a, b in roles)]
    own_room = any(_own_room().search(text, start, end) for start, end in sentences)
    if posts and (len(posts) < len(places) or own_room):
        places = [p for p in places if p not in posts]
    # "Pemerintah kota Jakarta dan Berlin menjadi tuan rumah": the places in the hosts' clause.
    for start, end in sentences:
        host = lx.host.search(text, start, end)
        if host is None:
            continue
        clause_start = max(text.rfind(c, start, host.start()) for c in ",;:") + 1 or start
        clause_start = max(clause_start, start)
        for word in re.finditer(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}", text[clause_start:host.start()]):
            entry = gaz.place(word.group(0))
            at = clause_start + word.start()
            # ("KUPANG – Kota Kupang ...": not the dateline)
            if entry is not None and entry.kind in REGION_KINDS and not any(a <= at < b for a, b in excluded):
                places.append((None, word.group(0), (at, at + len(word.group(0)))))
    return places


def places_after_name(doc: Doc, name: str | None) -> list[tuple[Span | None, str, tuple[int, int]]]:
    """ '"...," ungkap Zarah di IBD Expo, Jakarta': the regions chained after the event's own name (or the short
    form in brackets after it) where the text says something happened at the event; and a venue chained between
    them ('ungkap Menteri dalam acara Regional Conference of Digital Diplomacy, Hotel Mulia, Jakarta, Selasa')."""
    if not name:
        return []
    text = text_of(doc)
    gaz = gazetteer()
    surfaces = [name, *re.findall(r"\(([^()]{2,40})\)", name)]
    found: list[tuple[Span | None, str, tuple[int, int]]] = []
    for surface in surfaces:
        if not _followed_by_comma(text, surface):
            continue   # no match can be: the pattern (compiled per name) is not built
        # a street may stand between ("di Universitas Bung Karno, Jalan Kimia, Jakarta Pusat")
        # (a lower-case word may stand before the name: "dalam acara ...", "di ajang ...")
        pattern = regex.compile(rf"\b(?P<at>di|dalam|pada)\s+(?:[a-z]+\s+)?{re.escape(surface)}\s*,\s*"
                                rf"(?:{_streets().segment})?")
        for match in pattern.finditer(text):
            region = _PLACE_PHRASE.match(text, match.end())
            venue = None
            if region is not None and match.group("at") != "di" and region.group(0).startswith(gaz.venue_heads) \
                    and (comma := _COMMA.match(text, region.end())) is not None:
                # ("dalam acara ..., Hotel Mulia, Jakarta": a venue, then its town)
                venue, region = region, _PLACE_PHRASE.match(text, comma.end())
            entry = gaz.place(region.group(0)) if region else None
            if region is not None and entry is not None and entry.kind in ("city", "regency", "province"):
                if venue is not None:
                    found.append((None, venue.group(0), venue.span()))
                found.append((None, region.group(0), region.span()))
            elif match.group("at") != "di":
                continue
    return found


_COMMA = re.compile(r"\s*,\s*")   # a comma and the white space around it


def _followed_by_comma(text: str, surface: str) -> bool:
    """Whether ``surface`` stands somewhere in ``text`` with a comma after it (white space between allowed)."""
    at = text.find(surface)
    while at != -1:
        if _COMMA.match(text, at + len(surface)):
            return True
        at = text.find(surface, at + 1)
    return False


def _with_city(phrase: str) -> bool:
    """ "Akademi Militer Magelang": an institution's name that ends with its city, where it stands."""
    words = phrase.split()
    entry = gazetteer().place(words[-1]) if len(words) >= 3 else None
    # "Pemerintah Kota Bogor" is a body of the city, not a place in it
    return entry is not None and entry.kind in ("city", "regency") and not _region_prefix().match(words[-2] + " ")


def _place_records(doc: Doc, places: list[tuple[Span | None, str, tuple[int, int]]],
                   context: list[tuple[int, int]]) -> tuple[list[Place], Spans]:
    gaz = gazetteer()
    records: list[Place] = []
    spans: Spans = []
    seen: set[str] = set()
    venue_heads = gaz.venue_heads

    def is_venue(surface: str) -> bool:
        return any(f" {h.lower()} " in f" {surface.lower()} " for h in venue_heads)

    # "di Ruang Indonesia, Plataran Senayan": a room and its building chained by a comma are one place; not a room
    # and the complex around its building ("ruang rapat Komisi III DPR, Kompleks Parlemen"), which the annotators
    # list apart, as they list an area apart from its building.
    joined: list[tuple[Span | None, str, tuple[int, int]]] = []
    for item in places:
        if joined and is_venue(item[1]) and is_venue(joined[-1][1]) and gaz.place(item[1]) is None \
                and item[1].split()[0] not in _area_heads() \
                and (_is_room(item[1]) or _is_room(joined[-1][1])) and re.fullmatch(
                r"\s*,\s*", text_of(doc)[joined[-1][2][1]:item[2][0]]):
            start = joined[-1][2][0]
            joined[-1] = (None, text_of(doc)[start:item[2][1]], (start, item[2][1]))
            continue
        joined.append(item)
    joined = [item for item in joined if item[1].lower() not in _lowered("bare_heads")]
    places = joined + _chained_regions(text_of(doc), joined)
    for span, surface, char_span in places:
        entry = gaz.place(surface)
        kind = (span._.place_kind if span is not None else None) or (entry.kind if entry else None)
        if kind is None:
            kind = "venue" if is_venue(surface) else "other"
        name = _strip_prefix(surface) if kind in ("city", "regency") else surface
        if kind in ("venue", "other"):
            name = re.sub(r"(?<=\w) - (?=\w)", "-", name)   # IndoSum's spaced hyphen: "Palembang - Pemulutan"
        key = (entry.canonical if entry else _strip_prefix(name)).lower()
        if key in seen:
            continue
        seen.add(key)
        records.append(Place(name=name, kind=kind, text=surface))  # type: ignore[arg-type]
        spans.append(char_span)
    # Parents from the gazetteer, when the title or the event's sentences name them ("Kota Kupang" -> "NTT").
    text = text_of(doc)
    # ... and the dateline ("Magelang, Jawa Tengah (ANTARA News)"), when the event is in its city.
    windows = [(0, doc._.title_end or 0), *([doc._.dateline_span] if doc._.dateline_span else [])]
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
        if found is None or child is None or not 0 <= found[0] - child[1] <= 3:
            # ... or anywhere in the story: "ke Manado, Sulawesi Utara" in its third sentence
            found = _parent_after_child(text, [record.text, record.name], surfaces)
        if found is not None:
            seen.add(parent.lower())
            records.append(Place(name=parent, kind=kind, text=text[found[0]:found[1]]))  # type: ignore[arg-type]
            spans.append(found)
            continue
        # "di Gedung AEKI Lampung, Bandarlampung": the province that ends the venue's name right before its city.
        child_span = spans[records.index(record)]
        venue_span = next((vs for v, vs in zip(records, spans, strict=True)
                           if v.kind == "venue" and 0 <= child_span[0] - vs[1] <= 3), None)
        venue_text = text[venue_span[0]:venue_span[1]] if venue_span else ""
        ending = next((s for s in surfaces if re.search(rf"\s{re.escape(s)}$", venue_text)), None)
        if venue_span is not None and ending is not None and kind == "province":
            seen.add(parent.lower())
            records.append(Place(name=parent, kind=kind, text=ending))  # type: ignore[arg-type]
            spans.append((venue_span[1] - len(ending), venue_span[1]))
    # "di Hotel Sultan, Jalan Gatot Subroto, Jakarta Pusat": the street right after a venue is that venue's address,
    # no place of its own (devgold writes it among the venue's aliases); a street alone stays (a carnival's route).
    keep = [i for i, r in enumerate(records) if not (
        _is_street(r.name)
        and any(v.kind == "venue" and not _is_street(v.name)
                and re.fullmatch(r"\s*,?\s*(?:di\s+)?", text[vs[1]:spans[i][0]]) is not None
                for v, vs in zip(records, spans, strict=True)))]
    records, spans = [records[i] for i in keep], [spans[i] for i in keep]
    # "di Indonesia" is a manner of speaking in Indonesian news, not the place of an event: beside a venue or a
    # city, and alone (no devgold or seed event has it as a place; where is then unknown, not the whole country).
    # A visit to the country ("lawatan resmi ke Indonesia") is the exception: there it is where the visit went.
    keep = [i for i, r in enumerate(records) if r.name != "Indonesia" or _visited(text, spans[i][0])]
    records, spans = [records[i] for i in keep], [spans[i] for i in keep]
    order = sorted(range(len(records)), key=lambda i: PLACE_ORDER.get(records[i].kind, 1))
    return [records[i] for i in order], [spans[i] for i in order]


def _is_street(name: str) -> bool:
    """ "Jalan Cianjur", "Jl. Diponegoro": a name that opens with a street's head (places.yaml street_heads)."""
    return name.split()[0].rstrip(".") in _streets().heads


# "di " or "ke " right before a place phrase: the first of its chain, not one after a comma.
_AT_OR_TO = re.compile(r"\b(?:di|ke)\s+$", re.IGNORECASE)


@cache
def _area_heads() -> frozenset[str]:
    return frozenset(resources.load("places")["area_heads"])


@cache
def _region_bodies() -> frozenset[str]:
    return frozenset(resources.load("places")["region_bodies"])


@cache
def _destination_head() -> re.Pattern[str]:
    return regex.compile(rf"\b(?:{_destination_words()})\s+$")


@cache
def _destination_before() -> re.Pattern[str]:
    """ "ke" or a visit verb anywhere before a place ("kunjungan kerja ke Sragen", "mengunjungi kantor DPW ...
    Sumut")."""
    return regex.compile(rf"\b(?:{_destination_words()})\s")


@cache
def _destination_words() -> str:
    """ "ke" and the visit verbs (places.yaml visit_object_verbs), as one alternation."""
    return f"ke|{regex.alternation(resources.load('places')['visit_object_verbs'])}"


def _visited(text: str, at: int) -> bool:
    """The place at ``at`` is where a visit went: right after "ke" or a visit verb (only a visit's places are
    taken after them)."""
    return _destination_head().search(text, max(0, at - 20), at) is not None


def _parent_after_child(text: str, children: list[str], parents: list[str]) -> tuple[int, int] | None:
    """The first place in ``text`` where a form of the parent region follows a form of the child right away, after
    a comma or a space ("Manado, Sulawesi Utara", "Brebes Jawa Tengah")."""
    match = _child_then_parent(tuple(c for c in children if c), tuple(parents)).search(text)
    return match.span("parent") if match is not None else None


@lru_cache(maxsize=512)
def _child_then_parent(children: tuple[str, ...], parents: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of ``_parent_after_child``, built once per place and region (a story names few)."""
    return regex.compile(
        rf"(?<![\w-])(?:{'|'.join(re.escape(c) for c in children)}),?\s(?P<parent>"
        rf"{'|'.join(re.escape(p) for p in sorted(parents, key=len, reverse=True))})(?![\w-])")


def _find_any(text: str, surfaces: list[str], windows: list[tuple[int, int]]) -> tuple[int, int] | None:
    best = None
    shouted = bool(windows) and text[windows[0][0]:windows[0][1]].isupper()
    for surface in surfaces:
        # Case matters ("Bali" the place, not "bali"), except in a headline written in capitals.
        ignore_case = surface.isupper() or shouted
        if not ignore_case and not any(surface in text[start:end] for start, end in windows):
            continue   # no match can be: the pattern (compiled per name) is not built
        pattern = regex.compile(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", re.IGNORECASE if ignore_case else 0)
        for start, end in windows:
            match = pattern.search(text, start, end)
            if match is not None and (best is None or match.start() < best[0]):
                best = match.span()
    return best


def _strip_prefix(name: str) -> str:
    """ "Kota Kupang" -> "Kupang": the administrative prefixes of places.yaml."""
    return _region_prefix().sub("", name)


@cache
def _region_prefix() -> re.Pattern[str]:
    forms = [f for forms in resources.load("places")["region_prefixes"].values() for f in forms]
    return regex.compile(r"^(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\s+")


def _mode(doc: Doc, regions: list[tuple[int, int]], places: list[Place]) -> tuple[str | None, tuple[int, int] | None]:
    lx = _lexicon()
    text = text_of(doc)
    found: dict[str, tuple[int, int]] = {}
    for mode, pattern in lx.modes:
        found_mode = next((match.span() for start, end in regions for match in pattern.finditer(text, start, end)
                           if not _inside_name(text, match.start()) and _says_how_held(text, *match.span())
                           and not _wished_mode(text, match.start())), None)
        if found_mode is not None:
            found[mode] = found_mode
    if "hybrid" not in found and "online" in found and "offline" in found:
        # "250 peserta secara luring, sementara 100 lainnya secara daring": both at once
        return "hybrid", min(found["online"], found["offline"])
    for mode in ("hybrid", "online", "offline"):
        if mode in found:
            return mode, found[mode]
    # A venue or another named spot ("Rusun Puspa Agro", "Kawasan Thamrin") is a physical gathering, broadcast live
    # or not; a city alone says nothing of the mode (devgold: half offline, half null).
    if any(p.kind in ("venue", "other") for p in places):
        return "offline", None
    return None, None


def _says_how_held(text: str, start: int, end: int) -> bool:
    """Whether a mode word says how a gathering was held (events.yaml mode_openers, mode_nouns): "secara daring",
    "konferensi daring", "webinar"; not "situs belanja daring", "ojek online"."""
    if text[start:end].lower() in _mode_nouns():
        return True
    before = re.search(r"([^\W\d][\w-]*)\s+$", text[max(0, start - 40):start])
    if before is None:
        return False
    word = before.group(1).lower()
    return word in _mode_openers() or word in _lexicon().type_of


# How far back (characters) in a mode word's clause a wish is looked for.
WISH_REACH = 100


def _wished_mode(text: str, start: int) -> bool:
    """ "berharap kegiatan serupa dapat digelar kembali secara luring": a mode word in a clause of wishing."""
    clause = max(text.rfind(".", 0, start), text.rfind(";", 0, start), start - WISH_REACH)
    return _mode_wish().search(text, clause + 1, start) is not None


@cache
def _mode_wish() -> re.Pattern[str]:
    return regex.compile(rf"\b(?:{regex.alternation(resources.load('events')['mode_wished'])})\b", re.IGNORECASE)


@cache
def _mode_openers() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("events")["mode_openers"])


@cache
def _mode_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("events")["mode_nouns"])


def _inside_name(text: str, at: int) -> bool:
    """ "Seminar Nasional Media Online": a capitalised mode word after a capitalised word, or opening a quoted
    title ('bertajuk "Online Analytics Meetup"'), is part of a name."""
    before = re.search(r"([A-Za-z][\w-]*)\s+$", text[max(0, at - 40):at])
    return text[at:at + 1].isupper() and (
        (before is not None and before.group(1)[0].isupper()) or text[max(0, at - 1):at] in ('"', "“"))


def _place_in_name(doc: Doc, mention: Mention | None) -> tuple[Place, tuple[int, int]] | None:
    """ "rapat koordinasi ... Kabupaten Sleman": a regency or city named in the event's name."""
    if mention is None:
        return None
    gaz = gazetteer()
    start, end = mention.name_span
    for match in re.finditer(r"\b(?:Kabupaten|Kota|Kab\.)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", text_of(doc)[start:end]):
        before = text_of(doc)[start:start + match.start()].split()
        if before and before[-1] in _region_bodies():
            continue   # "kunjungan kerja DPRD Kabupaten Brebes": the region's body took part; it is not where
        for candidate in (match.group(0), " ".join(match.group(0).split()[:2])):
            entry = gaz.place(candidate)
            if entry is not None and entry.kind in ("city", "regency"):
                at = start + match.start()
                return Place(name=entry.canonical, kind=entry.kind, text=candidate), (at, at + len(candidate))  # type: ignore[arg-type]
    # "pembukaan Makassar International Eight Festival", "peresmian jalan tol Palembang - Indralaya": a name that
    # opens with its trigger, then at most two common nouns and a city, is the city's event.
    first = _opening_city().match(text_of(doc)[mention.end:end])
    if first is not None and mention.start == start:
        for candidate in (first.group(1), first.group(1).split()[0]):
            entry = gaz.place(candidate)
            if entry is not None and entry.kind in ("city", "regency"):
                at = mention.end + first.start(1)
                return Place(name=entry.canonical, kind=entry.kind, text=candidate), (at, at + len(candidate))  # type: ignore[arg-type]
    # "Pembukaan Pekan Olahraga Nasional XIX 2016 Jawa Barat", "Rapat Pleno DPD Golkar Purwakarta": a region that
    # ends a name of three words or more (a year before it aside) is where the event is held.
    words = list(re.finditer(r"\S+", text_of(doc)[start:end]))
    for size in (3, 2, 1):
        if len(words) - size < 2:
            continue
        candidate = text_of(doc)[start + words[-size].start():end]
        entry = gaz.place(candidate)
        if entry is None or entry.kind not in ("city", "regency", "province"):
            continue
        # "dengan Pemerintah Provinsi DKI Jakarta", "bersama Gubernur Jawa Barat": the region's body or officer
        if any(w.group(0) in _region_bodies() for w in words[max(0, len(words) - size - 2):len(words) - size]):
            return None
        # "audiensi pengurus Ikatan Keluarga Minang (IKM) Jakarta": a visit's name ends in where the visitors came
        # from, unless it says where the visit went ("kunjungan kerja ke Sragen Jawa Tengah", "mengunjungi ...")
        if mention.type == "visit" and not _destination_before().search(text_of(doc), start,
                                                                          start + words[-size].start()):
            return None
        if not _region_prefix().match(words[-size - 1].group(0) + " "):
            at = start + words[-size].start()
            return Place(name=entry.canonical, kind=entry.kind, text=candidate), (at, end)  # type: ignore[arg-type]
    # "Musrenbang Desa Karangsari", "Musrenbang tingkat Kecamatan Wonosari": the village or district a gathering of
    # its own is named after (not a body's: "kunjungan Pemerintah Desa Sukamaju")
    local = _local_region().search(text_of(doc), start, end)
    if local is not None and local.start() > start:
        before = text_of(doc)[start:local.start()].split()
        if before and before[-1] not in _region_bodies():
            return Place(name=local.group(0), kind="other", text=local.group(0)), local.span()
    return None


def inaugurated_venue(doc: Doc, mention: Mention | None) -> tuple[Place, tuple[int, int]] | None:
    """ "peresmian (gedung) Grha Suara Muhammadiyah", "meresmikan gedung rawat inap baru RSUD Kefamenanu": the
    building a ceremony inaugurates, named right after its trigger (or after a venue noun and the few lower-case
    words that say which of its buildings), is where the ceremony took place."""
    if mention is None or mention.type != "ceremony" or mention.name is None:
        return None
    for entity in entities_of(doc):
        if entity._.place_kind == "venue" and mention.name_span[0] < entity.start_char < mention.name_span[1] \
                and re.fullmatch(rf"\s*(?:(?:{_venue_nouns()})(?:\s+[a-z][\w-]*){{0,4}}\s+)?",
                                 text_of(doc)[mention.end:entity.start_char]):
            return Place(name=entity.text, kind="venue", text=entity.text), (entity.start_char, entity.end_char)
    return None


def _is_dateline_only(text: str, sentence: tuple[int, int], dateline: tuple[int, int] | None) -> bool:
    """A "sentence" that is only a date line or a dateline ("Kupang. Mutiaratimur.net")."""
    if dateline and sentence[0] <= dateline[0] and sentence[1] <= dateline[1] + 2:
        return True
    return len(text[sentence[0]:sentence[1]].split()) <= 6


def same_place(a: str, b: str) -> bool:
    """Whether two names are one place, the one written short ("TMP Kalibata", "Taman Makam Pahlawan Kalibata")."""
    if a.lower() == b.lower():
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    head = len(long) - len(short) + 1
    return short[0].isupper() and short[1:] == long[head:] and abbreviates(short[0], long[:head])

"""Numbers and attendance counts: "1.200 peserta", "lebih dari 200 peserta", "ratusan warga".

``parse_number`` reads digits with Indonesian separators and number words; ``find_counts`` finds
quantities of people or delegations with their qualifier, unit and status (attended, invited,
expected), leaving out numbers that count something else (projects, members, money, years).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from .. import regex, resources
from .folding import Unfolded, key
from .words import stop_words, verb_shaped


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    text: str
    count: int | None
    qualifier: str
    unit: str
    status: str
    unit_start: int
    unit_end: int


@dataclass(frozen=True)
class _NumberWords:
    values: dict[str, int]
    multipliers: dict[str, int]
    teen_suffix: str
    prefix_one: str
    vague: dict[str, str]
    word_pattern: str
    forms: frozenset[str]      # the words of word_pattern


@cache
def _number_words() -> _NumberWords:
    data = resources.load("numbers")
    values = {**data["units"], **data["teens"]}
    multipliers = data["multipliers"]
    prefix = data["prefix_one"]
    words = sorted(
        set(values) | set(multipliers) | {data["teen_suffix"]} | {prefix + m for m in multipliers} | {"sebelas"},
        key=len, reverse=True)
    words = [w for w in words if w != prefix]
    word = "(?:" + "|".join(map(re.escape, words)) + ")"
    return _NumberWords(values, multipliers, data["teen_suffix"], prefix, data["vague"],
                        rf"{word}(?:\s+{word})*", frozenset(words))


def number_word_pattern() -> str:
    """Regular expression (no groups) for a number written in Indonesian words."""
    return _number_words().word_pattern


def number_word_forms() -> frozenset[str]:
    """The words of ``number_word_pattern``: one of them starts each match."""
    return _number_words().forms


def parse_number_words(text: str) -> int | None:
    """ "seratus dua puluh lima" -> 125, "tujuh belas" -> 17, "dua ribu" -> 2000."""
    words = _number_words()
    total = group = small = 0
    seen = False
    for token in text.lower().split():
        factor = words.multipliers.get(token)
        # "sepuluh" is listed as a value itself; only unlisted "se-" forms ("seratus", "seribu") mean one times.
        if factor is None and token not in words.values and token.startswith(words.prefix_one):
            factor = words.multipliers.get(token[len(words.prefix_one):])
            if factor is not None:
                small += 1  # "seratus", "seribu": one hundred, one thousand
        if token in words.values:
            small += words.values[token]
        elif token == words.teen_suffix:
            small += 10
        elif factor is not None and factor < 1000:
            group += max(small, 1) * factor
            small = 0
        elif factor is not None:
            total += max(group + small, 1) * factor
            group = small = 0
        else:
            return None
        seen = True
    return total + group + small if seen else None


_DIGITS = regex.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")
_DECIMAL = regex.compile(r"^\d+,\d+$")


def parse_number(text: str) -> float | None:
    """ "1.200" -> 1200, "2,5 juta" -> 2500000, "tujuh belas" -> 17; None when not a number."""
    text = text.strip().lower()
    if not text:
        return None
    parts = text.split()
    multiplier = 1
    words = _number_words()
    if len(parts) > 1 and parts[-1] in words.multipliers and re.match(r"^[\d.,]+$", parts[0]):
        multiplier = words.multipliers[parts[-1]]
        text = " ".join(parts[:-1])
    if _DIGITS.match(text):
        return float(int(text.replace(".", ""))) * multiplier
    if _DECIMAL.match(text):
        return float(text.replace(",", ".")) * multiplier
    value = parse_number_words(text)
    return float(value) if value is not None else None


@dataclass(frozen=True)
class _CountPatterns:
    count: re.Pattern[str]
    qualifier_of: dict[str, str]
    vague: dict[str, str]
    needs_cue: frozenset[str]
    cue: re.Pattern[str]              # every status cue in one alternation, longest first
    status_of: dict[str, str]         # cue form (lower case, single spaces) -> status
    largest_audience: int             # a larger count is a population (attendance.yaml)
    after_only: frozenset[str]        # cues that count only after the count (a counted party's visit verb)
    unit_before: re.Pattern[str]      # an attendee noun right before a count: "perwakilan 31 kecamatan"
    unit_abbreviations: dict[str, str]
    open_count: re.Pattern[str]       # an attendance cue, then a count of any noun: "diikuti 86 bendahara"
    open_cue_stems: tuple[str, ...]   # those cues without their first letter, to look for in any case cheaply
    open_count_before: re.Pattern[str]   # a count of any noun, then a verb of attending: "500 personel mengikuti"
    audience_count: re.Pattern[str]   # a gathering, then who it was for: "pelatihan ... bagi 100 pelaku UMKM"
    attending_cue: re.Pattern[str]    # the verbs of attending alone, to find where open_count_before may match
    audience_cue: re.Pattern[str]     # the audience words alone ("bagi"), likewise for audience_count
    audience_name_stops: frozenset[str]   # words that no gathering's name holds before "bagi": a clause's
    not_open_units: frozenset[str]
    classifier: str                   # "orang": counts people of any kind, the noun after it the unit
    rate_periods: frozenset[str]      # "hari", "bulan": "sebulan" after a count is a rate too
    where_before: re.Pattern[str]     # "di", "ke", "dari" right before a count: where, not who ("di 20 desa")
    plan_before: re.Pattern[str]      # "akan" right before an attending cue: who will take part
    others: re.Pattern[str]           # "100 lainnya": more of the count before it
    others_words: tuple[str, ...]
    total_of: re.Pattern[str]         # "peserta rakor berjumlah ": an attendee noun, then a verb of totalling
    distributive: re.Pattern[str]     # "setiap", "masing-masing": a count per unit follows
    apposition: re.Pattern[str]       # who a count is, between commas after it: ", yakni Bupati A dan Bupati B, "
    previous_occasion: re.Pattern[str]   # "tahun lalu": a count of another edition
    year_before: re.Pattern[str]   # "pada 2010 Gubernur ...": a time word before a year read as a count
    rate_after: re.Pattern[str]       # " per hari" right after a count: a flow, no audience
    part_of_pool: re.Pattern[str]     # "dihadiri 32 dari ": who came, then the pool they are part of
    # ``count`` without IGNORECASE, for the text as ``folding.key`` lower-cases it: the same matches in 60% of the
    # time (a case-insensitive literal is entered to be rejected, a lower-case one is rejected at once); None when
    # the pattern has a letter that is not lower-case ASCII, for which that would not hold.
    folded_count: re.Pattern[str] | None = None


_forms = regex.alternation


@cache
def _count_patterns() -> _CountPatterns:
    numbers = resources.load("numbers")
    attendance = resources.load("attendance")
    qualifier_of = {form: kind for kind, forms in numbers["qualifiers"].items() for form in forms}
    qualifiers = _forms(list(qualifier_of))
    # "setidaknya ada 500 peserta": a filler may stand between the qualifier and its count
    filler = rf"(?:(?:{_forms(numbers['qualifier_fillers'])})\s+)?"
    vague = numbers["vague"]
    vague_words = _forms(list(vague))
    units = sorted(attendance["units"], key=len, reverse=True)
    unit_pattern = "|".join(re.escape(u).replace(r"\ ", r"\s+").replace("/", r"\s*/\s*") for u in units)
    classifier = re.escape(attendance["classifier"])
    number = rf"\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?(?:\s+(?:ribu|juta))?|{number_word_pattern()}"
    source = (rf"(?<![\w.,/-])(?:(?P<qualifier>{qualifiers})\s+{filler})?"
              rf"(?:(?P<vague>{vague_words})|(?P<number>{number})(?P<approx>-an)?)\s+"
              rf"(?:{classifier}\s+)?(?P<unit>{unit_pattern})(?![\w/])")
    count = regex.compile(source, re.IGNORECASE)
    letters = [c for c in source.replace("(?P<", "") if c.isalpha()]
    folded_count = regex.compile(source) if all(c.isascii() and c.islower() for c in letters) else None
    status_of = {form.lower(): status for status, forms in attendance["status_cues"].items() for form in forms}
    after_only = frozenset(form.lower() for form in attendance["after_count_cues"])
    status_of.update({form: "attended" for form in after_only})
    needs_cue = frozenset(attendance["needs_attendance_cue"])
    free_units = [u for u in units if u not in needs_cue]
    return _CountPatterns(
        count=count, qualifier_of=qualifier_of, vague=vague, needs_cue=needs_cue,
        cue=regex.compile(rf"(?<![\w-])(?:{_forms(list(status_of))})(?![\w-])", re.IGNORECASE),
        status_of=status_of, after_only=after_only, largest_audience=int(attendance["largest_audience"]),
        unit_before=regex.compile(rf"(?<![\w-])(?P<unit>{_forms(free_units)})\s+(?P<dari>dari\s+)?$", re.IGNORECASE),
        unit_abbreviations=attendance["unit_abbreviations"], folded_count=folded_count,
        open_count=regex.compile(rf"(?<![\w-])(?:{_forms(attendance['open_unit_cues'])})\s+(?P<count>"
                                 rf"(?:(?P<qualifier>{qualifiers})\s+{filler})?(?P<number>{number})\s+"
                                 rf"(?P<unit>[a-z][a-z-]{{2,}}))(?![\w/-])", re.IGNORECASE),
        not_open_units=frozenset(attendance["not_open_units"]),
        classifier=attendance["classifier"], rate_periods=frozenset(attendance["rate_periods"]),
        where_before=regex.compile(rf"(?<![\w-])(?:{_forms(attendance['where_prepositions'])})\s+"
                                   rf"(?:(?:{_forms(attendance['pool_words'])})\s+)?$", re.IGNORECASE),
        plan_before=regex.compile(rf"(?<![\w-])(?:{_forms(attendance['plan_words'])})\s+$", re.IGNORECASE),
        others=regex.compile(rf"(?<![\w.,])(?P<number>\d{{1,3}}(?:\.\d{{3}})+|\d+|{number_word_pattern()})"
                             rf"\s+(?:{classifier}\s+)?(?P<others>{_forms(attendance['others_words'])})\b",
                             re.IGNORECASE),
        others_words=tuple(attendance["others_words"]),
        distributive=regex.compile(rf"(?<![\w-])(?:{_forms(attendance['distributive_words'])})(?![\w-])",
                                   re.IGNORECASE),
        apposition=regex.compile(rf",\s*(?:{_forms(attendance['apposition_words'])})\b[^.;:\n]*,\s*(?:yang\s+)?"),
        # right after who came: not a share ("1 dari 5 ibu hamil") nor votes ("suara 47 dari total 134 anggota")
        # ... or opening its clause: "Sebanyak 27 dari 35 anggota dewan tercatat hadir"
        part_of_pool=regex.compile(rf"(?:(?<![\w-])(?:{_forms(attendance['open_unit_cues'])})\s+|"
                                   rf"(?<![\w-])(?:{_forms(attendance['part_openers'])})\s+|"
                                   rf"(?:^|[.!?:]\s+))(?:\d[\d.]*|{number_word_pattern()})\s+dari\s+$", re.IGNORECASE),
        rate_after=regex.compile(rf"\s+(?:{_forms(attendance['rate_words'])})\s+(?:{_forms(attendance['rate_periods'])})"
                                 rf"(?![\w-])", re.IGNORECASE),
        previous_occasion=regex.compile(rf"(?<![\w-])(?:{_forms(attendance['previous_occasion'])})(?![\w-])",
                                        re.IGNORECASE),
        year_before=regex.compile(rf"(?<![\w-])(?:{_forms(attendance['year_before'])})\s+$", re.IGNORECASE),
        total_of=regex.compile(rf"(?<![\w-])(?:{_forms(attendance['totals']['nouns'])})(?:\s+[\w-]+){{0,2}}\s+"
                               rf"(?:{_forms(attendance['totals']['verbs'])})\s+$", re.IGNORECASE),
        open_cue_stems=tuple(sorted({cue.split()[0][1:] for cue in attendance["open_unit_cues"]})),
        open_count_before=regex.compile(rf"(?<![\w.,/-])(?P<count>(?:(?P<qualifier>{qualifiers})\s+{filler})?"
                                        rf"(?P<number>{number})\s+(?P<unit>[a-z][a-z-]{{2,}}))(?:\s+[a-z][a-z-]{{2,}})?"
                                        rf"\s+(?:{_forms(attendance['open_unit_verbs_after'])})\s+"
                                        rf"(?:{_forms(_gathering_nouns())})(?![\w-])", re.IGNORECASE),
        audience_count=regex.compile(rf"(?<![\w-])(?:{_forms(_gathering_nouns())})(?P<gap>(?:\s+[a-z][\w-]*){{0,4}}?)\s+"
                                     rf"(?:{_forms(attendance['audience_words'])})\s+(?P<count>"
                                     rf"(?:(?P<qualifier>{qualifiers})\s+{filler})?(?P<number>{number})\s+"
                                     rf"(?P<unit>[a-z][a-z-]{{2,}}))(?![\w/-])", re.IGNORECASE),
        attending_cue=regex.compile(rf"(?<![\w-])(?:{_forms(attendance['open_unit_verbs_after'])})(?![\w-])",
                                    re.IGNORECASE),
        audience_cue=regex.compile(rf"(?<![\w-])(?:{_forms(attendance['audience_words'])})(?![\w-])"),
        audience_name_stops=frozenset(attendance["audience_name_stops"]))


@cache
def _gathering_nouns() -> list[str]:
    """The words of gatherings (events.yaml trigger words and the generic ones, "acara", "kegiatan"): what a count
    of any noun is said to attend ("500 personel mengikuti apel itu"; not "2 menterinya menghadiri", whoever they
    are, nor "19 itu hadir")."""
    events = resources.load("events")
    return [w for forms in events["types"].values() for w in forms] + list(events["anaphoric"])


# A full stop after an initial or a short title before a name ("Fransiskus S. Sodo", "Dr. Ali") ends no clause.
_NAME_DOT = re.compile(r"(?:^|[\s(])(?:[A-Z]|[A-Z][a-z]{1,3})$")


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): between sentence or clause punctuation."""
    left = max(text.rfind(c, 0, start) for c in ";:\n!?")
    dot = text.rfind(".", 0, start)
    while dot > left and _NAME_DOT.search(text, max(0, dot - 5), dot) and text[dot + 1:dot + 3].strip()[:1].isupper():
        dot = text.rfind(".", 0, dot)
    left = max(left, dot)
    right_candidates = [i for c in ".;\n!?" if (i := text.find(c, end)) != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return left + 1, right


def _cue_form(cue: re.Match[str]) -> str:
    """A cue as the status table keys it: lower case, single spaces."""
    return re.sub(r"\s+", " ", cue.group(0).lower())


@cache
def _relative_cue() -> re.Pattern[str]:
    """A relative clause right after a count, whose verb says its status ("6 bupati yang hadir"; attendance.yaml
    pool_cues.relative_adverbs may stand before the verb)."""
    adverbs = _forms(resources.load("attendance")["pool_cues"]["relative_adverbs"])
    return re.compile(rf"\s+yang\s+(?:(?:{adverbs})\s+)?", re.IGNORECASE)


def _status(text: str, start: int, end: int, patterns: _CountPatterns) -> tuple[str | None, int]:
    """Status from the nearest cue in the clause before the count (or just after it), and its distance."""
    clause_start, clause_end = _clause_bounds(text, start, end)
    if patterns.distributive.search(text, clause_start, start):
        return "none", 0   # "Setiap desa mengirimkan tiga orang perwakilan": a count per unit, no audience
    if patterns.previous_occasion.search(text, clause_start, start):
        return "none", 0   # "Tahun lalu kita catat 38 ribu pengunjung": another edition's audience
    before = text[clause_start:start]
    cues = [c for c in patterns.cue.finditer(before) if _cue_form(c) not in patterns.after_only]
    best: tuple[int, str] | None = None
    if cues:
        last = cues[-1]
        status = patterns.status_of[_cue_form(last)]
        if status == "attended" and len(cues) > 1:
            # "ditargetkan diikuti", "semula direncanakan dihadiri": a plan right before attending is a plan.
            previous = cues[-2]
            gap = before[previous.end():last.start()]
            plan = patterns.status_of[_cue_form(previous)]
            if plan in ("expected", "invited") and len(gap) <= 20 and not re.search(r"[,;:()]", gap):
                status = plan
        if status == "attended" and patterns.plan_before.search(before[:last.start()]):
            status = "expected"   # "akan melibatkan 200 mahasiswa": who will take part
        best = (len(before) - last.end(), status)
    following = patterns.cue.search(text, end, clause_end)
    after = patterns.status_of[_cue_form(following)] if following is not None else None
    if following is not None and after == "none" and (
            following.start() - end <= 12 or patterns.apposition.fullmatch(text, end, following.start())):
        # "dua wali kota yang belum hadir", "Dua kepala daerah, yakni Bupati A dan Bupati B, tidak hadir": who did not
        # come, whatever the clause says before
        return "none", 0
    if following is not None and after is not None and following.start() - end <= 40:
        distance = following.start() - end + 20  # a cue before the count is the usual word order
        if after == "attended" and _relative_cue().fullmatch(text, end, following.start()):
            distance = 0   # "Dari 8 bupati yang diundang, hanya 6 bupati yang hadir": the count's own clause
        if best is None or distance < best[0]:
            best = (distance, after)
    if best is None:
        return None, 10**6
    return best[1], best[0]


def find_counts(text: str) -> list[CountMention]:
    """Attendance-like counts in ``text``; counts with no attendance sense are left out."""
    patterns = _count_patterns()
    found: list[CountMention] = []
    matches: Iterable[re.Match[str] | Unfolded] = (
        patterns.count.finditer(text) if patterns.folded_count is None
        else (Unfolded(m, text) for m in patterns.folded_count.finditer(key(text))))
    for match in matches:
        if "\n" in text[match.start():match.start("unit")]:
            continue   # "Ratusan Miliar\nGubernur ...": a headline's amount and the next line's first word
        unit = re.sub(r"\s+", " ", match.group("unit").lower())
        unit = re.sub(r"\s*/\s*", "/", unit)
        qualifier_text = (match.group("qualifier") or "").lower()
        qualifier = patterns.qualifier_of.get(re.sub(r"\s+", " ", qualifier_text), "exact")
        if qualifier == "exact" and match.group("approx"):
            qualifier = "about"   # "1.000-an peserta": about a thousand
        if match.group("vague"):
            count = None
            qualifier = patterns.vague[re.sub(r"\s+", " ", match.group("vague").lower())]
        else:
            value = parse_number(match.group("number"))
            if value is None or value != int(value) or value <= 0:
                continue
            count = int(value)
            if re.fullmatch(r"(?:19|20)\d\d", match.group("number")) and patterns.year_before.search(
                    text, max(0, match.start("number") - 15), match.start("number")):
                continue   # "pada 2010 Gubernur Papua menerbitkan ...": a year, then the sentence's subject
        status, distance = _status(text, match.start(), match.end(), patterns)
        if status == "none" or patterns.rate_after.match(text, match.end()):
            continue   # "ratusan warga mengungsi", "setiap desa ... tiga orang", "20.000 orang per hari": counted,
            # but not an audience
        if unit in patterns.needs_cue:
            head = text[max(0, match.start() - 40):match.start()]
            attendee = patterns.unit_before.search(head)
            counted = attendee is not None and found and found[-1].unit_end == match.start() - len(head) + attendee.end(
                "unit")
            # ("32 dari 45 anggota dewan": "dari" after a count opens the pool the count is part of, see below)
            where = patterns.where_before.search(head) and not patterns.part_of_pool.search(head)
            if (attendee is None and where) or counted:
                continue   # "20 peserta dari enam negara", "dari 1.432 desa", "ditempatkan di 20 desa": where people
                # came from or go, not who came
            # (a qualifier word may open the match: "berjumlah" of "berjumlah 48 orang")
            counted_from = match.start("number") if match.group("number") else match.start()
            totalled = patterns.total_of.search(text, max(0, counted_from - 40), counted_from) is not None
            if attendee is None and not totalled and (status is None or (
                    distance > 60 and not _ends_a_list(text, match.start(), distance))):
                continue
        unit_start, unit_end = match.start("unit"), match.end("unit")
        counted = _counted_noun(text, unit_end, patterns) if unit == patterns.classifier else None
        if counted is not None:
            # "400 orang penari perempuan": "orang" counts the noun after it, which is the unit (the count was
            # judged an audience as "orang" is, above)
            unit, unit_start, unit_end = counted.group(1).lower(), counted.start(1), counted.end(1)
            unit = unit.removesuffix("nya") if unit.endswith("nya") and len(unit) > 6 else unit   # "warganya"
        found.append(CountMention(
            start=match.start(), end=max(match.end(), unit_end), text=text[match.start():max(match.end(), unit_end)],
            count=count, qualifier=qualifier, unit=unit, status=status or "attended", unit_start=unit_start,
            unit_end=unit_end))
    found += _open_counts(text, found, patterns)
    found.sort(key=lambda c: c.start)
    found += _other_counts(text, found, patterns)
    found.sort(key=lambda c: c.start)
    counts = _pool_units(text, _contrast_invited(text, _without_breakdowns(text, _parts_of_pools(text, found))))
    # "193,6 juta orang diperkirakan melakukan perjalanan mudik": a population, never one gathering's audience
    return [c for c in counts if c.count is None or c.count <= patterns.largest_audience]


_NOUN_AFTER = re.compile(r"[ \t]+([a-z][a-z-]{2,})\b")


def _counted_noun(text: str, end: int, patterns: _CountPatterns) -> re.Match[str] | None:
    """The lower-case noun right after "orang" ("400 orang penari perempuan"), not a verb ("50 orang hadir",
    "orang mengikuti"), an attendance cue, a function word or a measure ("orang lebih", "orang per hari")."""
    found = _NOUN_AFTER.match(text, end)
    if found is None:
        return None
    word = found.group(1)
    if word in patterns.not_open_units or word in patterns.status_of or verb_shaped(word) or word in stop_words() \
            or (word.startswith("se") and word[2:] in patterns.rate_periods):
        return None   # ("50 orang sebulan": a rate, as "per bulan" is)
    return found


# The last item of a list ("..., para pimpinan OPD, serta 25 dosen"): the count right after "serta", "dan" or a comma.
_LIST_END = re.compile(r"(?:,|\bserta|\bdan)\s*$")


def _ends_a_list(text: str, start: int, distance: int) -> bool:
    """Whether a count ends a list of attendees that its cue opened farther back ("Turut hadir Wakil Bupati X,
    Sekda Y, para pimpinan OPD, serta 25 dosen Undana"): a comma-separated run from the cue to the count."""
    gap = text[start - distance:start]
    return _LIST_END.search(gap) is not None and gap.count(",") >= 2


def _windows(text: str, cue: re.Pattern[str], back: int, ahead: int) -> list[tuple[int, int]]:
    """The stretches of ``text`` around each match of ``cue``, ``back`` characters before it and ``ahead`` after,
    merged where they overlap."""
    spans: list[tuple[int, int]] = []
    for match in cue.finditer(text):
        start, end = max(0, match.start() - back), min(len(text), match.end() + ahead)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


_NAME_OR_POOL_BEFORE = re.compile(r"(?:\bdari|\b[A-Z][\w-]*)\s+$")


def _open_counts(text: str, found: list[CountMention], patterns: _CountPatterns) -> list[CountMention]:
    """ "diikuti 86 bendahara dari 43 OPD": right after an attendance cue, a count of a noun no list has; "Sebanyak
    500 personel gabungan mengikuti apel itu": right before a verb of attending, too; and "pelatihan pemasaran digital
    bagi 100 pelaku UMKM": who a gathering was held for."""
    # the two patterns that start at a count of any noun are tried only near their cue words (a count's number-word
    # alternation is costly at every position of a text)
    near_attending = _windows(text, patterns.attending_cue, 60, 60)
    near_audience = _windows(text, patterns.audience_cue, 140, 60)
    if not near_attending and not near_audience and not any(cue in text for cue in patterns.open_cue_stems):
        return []   # most texts hold none of the cue words
    counts = []
    matches = list(patterns.open_count.finditer(text))
    matches += [m for start, end in near_attending for m in patterns.open_count_before.finditer(text, start, end)]
    matches += [m for start, end in near_audience for m in patterns.audience_count.finditer(text, start, end)]
    for match in matches:
        unit = match.group("unit").lower()
        # (before a verb: not one of a pool, "dua dari tujuh terlapor yang menghadiri", nor a name's number, "Dewa 19")
        if match.re is patterns.open_count_before and _NAME_OR_POOL_BEFORE.search(
                text, max(0, match.start("count") - 40), match.start("count")):
            continue
        if unit in patterns.not_open_units or not match.group("unit").islower() \
                or any(c.start < match.end("count") and match.start("count") < c.end for c in found + counts):
            continue
        value = parse_number(match.group("number"))
        if value is None or value != int(value) or value <= 0:
            continue
        qualifier = patterns.qualifier_of.get(re.sub(r"\s+", " ", (match.group("qualifier") or "").lower()), "exact")
        status, _ = _status(text, match.start("count"), match.end("count"), patterns)
        if match.re is patterns.audience_count:
            # the gathering's name in lower case, no verb or clause word: not "sidang MPR untuk berdoa bagi dua
            # mahasiswa"
            if any(verb_shaped(w) or w in patterns.audience_name_stops for w in match.group("gap").split()):
                continue
            status = status or "attended"   # (who a gathering held was for took part in it)
        if status in ("none", None):
            continue
        end, unit_span = match.end("count"), match.span("unit")
        listed = patterns.count.match(text, match.start("count")) if match.re is patterns.audience_count else None
        if listed is not None:   # a listed unit of more words ("100 pelaku UMKM")
            end, unit_span = listed.end(), listed.span("unit")
            unit = re.sub(r"\s+", " ", listed.group("unit").lower())
        counts.append(CountMention(
            start=match.start("count"), end=end, text=text[match.start("count"):end], count=int(value),
            qualifier=qualifier, unit=unit, status=status, unit_start=unit_span[0], unit_end=unit_span[1]))
    return counts


def _other_counts(text: str, found: list[CountMention], patterns: _CountPatterns) -> list[CountMention]:
    """ "250 peserta mengikuti secara luring, sementara 100 lainnya secara daring": "N lainnya" (N others) after a
    count in the same sentence counts more of that count's unit."""
    if not found or not any(word in text for word in patterns.others_words):
        return []
    counts = []
    for match in patterns.others.finditer(text):
        before = [c for c in found if c.end <= match.start() and c.count is not None
                  and not re.search(r"[.!?\n]", text[c.end:match.start()])]
        value = parse_number(match.group("number"))
        if not before or value is None or value != int(value) or value <= 0:
            continue
        status, _ = _status(text, match.start(), match.end(), patterns)
        if status == "none":
            continue
        counts.append(CountMention(
            start=match.start(), end=match.end(), text=match.group(0), count=int(value), qualifier="exact",
            unit=before[-1].unit, status=status or before[-1].status, unit_start=match.start("others"),
            unit_end=match.end("others")))
    return counts


def _unit_family(unit: str) -> str:
    head = unit.split("/")[0].split()[0]
    return _count_patterns().unit_abbreviations.get(head, head)


def _without_breakdowns(text: str, counts: list[CountMention]) -> list[CountMention]:
    """ "400 anggota hadir, 250 anggota setuju dan 150 anggota menolak": counts of the same thing that
    follow a count in its sentence and add up to it split that audience (votes, men and women); they are dropped."""
    dropped: set[int] = set()
    for index, total in enumerate(counts):
        if total.count is None or index in dropped:
            continue
        family = _unit_family(total.unit)
        parts: list[int] = []
        for later in range(index + 1, len(counts)):
            part = counts[later]
            if re.search(r"[.!?\n]", text[total.end:part.start]) or part.count is None:
                break
            if _unit_family(part.unit) != family:
                continue
            parts.append(later)
            if len(parts) >= 2 and sum(counts[k].count or 0 for k in parts) == total.count:
                dropped.update(parts)
                break
    return [c for i, c in enumerate(counts) if i not in dropped]


# "dihadiri 25 dari 40 anggota DPRD": the number before "dari" and the counted pool (digits or number words).
_PART_BEFORE_POOL = re.compile(r"(?<![\w.,-])(?P<part>\d[\d.]*|[a-z]+(?:\s+[a-z]+){0,2})\s+dari\s+$", re.IGNORECASE)


def _parts_of_pools(text: str, counts: list[CountMention]) -> list[CountMention]:
    """ "Rapat dihadiri 25 dari 40 anggota DPRD": 25 members came, of the 40 called; the count of the pool becomes
    the invited one and the part before "dari" the attendance, of the same unit."""
    result: list[CountMention] = []
    for count in counts:
        head = text[max(0, count.start - 40):count.start]
        match = _PART_BEFORE_POOL.search(head) if count.count is not None and count.status in (
            "attended", "expected") else None
        words = match.group("part").split() if match is not None else []
        # the longest tail of the words before "dari" that is a number: "dua puluh lima", not "rapat dua"
        tail, part = next(((t, v) for i in range(len(words))
                           if (v := parse_number(t := " ".join(words[i:]))) is not None), ("", None))
        if match is None or part is None or part != int(part) or not 0 < part < (count.count or 0):
            result.append(count)
            continue
        start = count.start - len(head) + match.end("part") - len(tail)
        result.append(CountMention(start=start, end=count.end, text=text[start:count.end], count=int(part),
                                   qualifier="exact", unit=count.unit, status=count.status,
                                   unit_start=count.unit_start, unit_end=count.unit_end))
        result.append(CountMention(**{**count.__dict__, "status": "invited"}))
    return result


_POOL_BEFORE = re.compile(r"\bdari\s+$", re.IGNORECASE)


@cache
def _pool_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What lies between a pool's count and who came ("Dari 30 anggota DPRD, hanya 12 ..."), and the word after
    the second count that says they came (attendance.yaml pool_cues)."""
    cues = resources.load("attendance")["pool_cues"]
    return (re.compile(rf"\s*,\s*(?:{_forms(cues['narrowing'])})?\s*", re.IGNORECASE),
            re.compile(rf"[^.,;\n]{{0,20}}\b(?:{_forms(cues['present'])})\b", re.IGNORECASE))


@cache
def _bare_part() -> re.Pattern[str]:
    """After an invited pool and its relative clause, a bare number ("Dari 35 kepala daerah yang diundang, (hanya) 32
    hadir"; the word that says they came follows it)."""
    narrowing = _forms(resources.load("attendance")["pool_cues"]["narrowing"])
    return re.compile(rf"(?:\s+yang\s+\w+)?\s*,\s*(?:(?:{narrowing})\s+)?(?P<part>\d{{1,5}})(?!\w)", re.IGNORECASE)


@cache
def _pool_before_part() -> re.Pattern[str]:
    """ "Dari 45 anggota dewan, (sebanyak) ": a pool named before the count of those of it who came."""
    attendance = resources.load("attendance")
    units = _forms(sorted(attendance["units"], key=len, reverse=True))
    openers = _forms([*attendance["pool_cues"]["narrowing"], *attendance["part_openers"]])
    # (the unit and at most two words of its body: "anggota dewan", "anggota DPRD Kota Bogor")
    unit = rf"(?P<unit>(?:{units})(?:\s+(?!yang\b)[\w-]+){{0,2}}?)"
    return re.compile(rf"\bdari\s+\d[\d.]*\s+{unit}\s*,\s*(?:(?:{openers})\s+)?$", re.IGNORECASE)


def _pool_units(text: str, counts: list[CountMention]) -> list[CountMention]:
    """ "Dari 45 anggota dewan, sebanyak 31 orang hadir": people counted by "orang" after their pool are of the
    pool's unit (31 members)."""
    classifier = _count_patterns().classifier
    result = []
    for count in counts:
        pool = _pool_before_part().search(text, max(0, count.start - 60), count.start) \
            if count.unit == classifier else None
        result.append(count if pool is None else CountMention(
            **{**count.__dict__, "unit": pool.group("unit").lower(), "unit_start": pool.start("unit"),
               "unit_end": pool.end("unit")}))
    return result


def _contrast_invited(text: str, counts: list[CountMention]) -> list[CountMention]:
    """ "peserta dari 17 kabupaten/kota dan yang hadir hanya 10": the first count is the invited pool; so is the
    one in "Dari 30 anggota DPRD, hanya 12 orang yang hadir"."""
    result = list(counts)
    between, present = _pool_patterns()
    for first in counts:
        # a bare number after the pool that came, counted in the pool's unit
        bare = _bare_part().match(text, first.end) if first.status == "invited" else None
        number = bare is not None and parse_number(bare.group("part"))
        if bare is not None and number and present.match(text, bare.end("part")) and number < (first.count or 0) \
                and not any(c.start <= bare.start("part") < c.end for c in counts):
            result.append(CountMention(start=bare.start("part"), end=bare.end("part"), text=bare.group("part"),
                                       count=int(number), qualifier="exact", unit=first.unit, status="attended",
                                       unit_start=first.unit_start, unit_end=first.unit_end))
    for index, (first, second) in enumerate(pairwise(counts)):
        if _POOL_BEFORE.search(text[max(0, first.start - 8):first.start]) \
                and between.fullmatch(text[first.end:second.start]) and present.match(text, second.end):
            result[index] = CountMention(**{**first.__dict__, "status": "invited"})
    for index, first in enumerate(counts):
        family = _unit_family(first.unit)
        second = next((c for c in counts[index + 1:] if _unit_family(c.unit) == family), None)
        if second is None or second.start - first.end > 80 or "\n" in text[first.end:second.start] \
                or second.text.lower().endswith(_count_patterns().others_words):
            continue   # ("250 peserta hadir ..., sementara 100 lainnya ...": more who came, no pool)
        if first.status == "attended" and second.status == "attended" and re.search(
                r"\bhadir\b", text[first.end:second.start], re.IGNORECASE):
            result[index] = CountMention(**{**first.__dict__, "status": "invited"})
    return sorted(result, key=lambda c: c.start)

"""People and their roles: titles stripped from names, offices linked to the names beside them.

Handles the shapes Indonesian news uses: "ROLE, NAME", "NAME, ROLE", "ROLE NAME", "NAME selaku ROLE",
"NAME yang juga ROLE", "NAME, ORGANISATION" after a titled name, and an office without a name
("Walikota Kupang"), which is a person whose name is null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from . import resources


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

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [s for s in (self.name_span, self.role_span) if s is not None]


def _loose(form: str) -> str:
    """A title as a pattern with optional dots and spaces: "M.Si" matches "M.Si", "MSi", "M.Si.", "M. Si"."""
    parts = [re.escape(p) for p in form.replace(" ", "").split(".") if p]
    return r"\.?\s?".join(parts) + r"\.?"


@dataclass(frozen=True)
class _Lexicon:
    prefix_title: re.Pattern[str]
    degree: re.Pattern[str]
    titled_name: re.Pattern[str]
    office: re.Pattern[str]
    role_words: frozenset[str]
    office_words: frozenset[str]
    connectors: frozenset[str]
    speech_verbs: re.Pattern[str]
    name_then_verb: re.Pattern[str]


_NAME_WORD = r"(?:[A-Z][a-z][\w'’-]*|[A-Z]{2,3}(?![\w.])|[A-Z](?:\.[A-Z])+\.?|[A-Z]\.)"
_NAME = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,4}}"


@cache
def _lexicon() -> _Lexicon:
    data = resources.load("people")
    prefix_forms = sorted({t for group in data["prefix_titles"].values() for t in group}, key=len, reverse=True)
    prefix = "|".join(_loose(t) for t in prefix_forms)
    degrees = "|".join(_loose(t) for t in sorted(data["suffix_titles"], key=len, reverse=True))
    offices = sorted(data["offices"], key=len, reverse=True)
    acting = "|".join(_loose(a) for a in data["acting_prefixes"])
    office = rf"(?:(?:{acting})\s+)?(?:{'|'.join(re.escape(o) for o in offices)})(?![\w])"
    verbs = sorted(data["speech_verbs"], key=len, reverse=True)
    verb = "|".join(re.escape(v) for v in verbs)
    return _Lexicon(
        prefix_title=re.compile(rf"(?<![\w.])(?:{prefix})(?=\s|[A-Z])"),
        degree=re.compile(rf"(?:{degrees})(?![\w])"),
        titled_name=re.compile(
            rf"(?<![\w.])(?P<titles>(?:(?:{prefix})\s*)+)(?P<name>{_NAME})"
            rf"(?P<degrees>(?:\s*,?\s*(?:{degrees})(?![\w]))*)"),
        office=re.compile(office),
        role_words=frozenset(data["role_words"]),
        office_words=frozenset(w for o in offices for w in o.split()),
        connectors=frozenset(data["role_connectors"]),
        speech_verbs=re.compile(rf"\s*,?\s*(?:{verb})\b"),
        name_then_verb=re.compile(rf"(?<![\w])(?P<name>{_NAME})(?=\s*,?\s+(?:{verb})\b)"),
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
        match = re.search(rf"(?:\s*,\s*|\s+)({lx.degree.pattern})\s*$", rest)
        if match is None:
            break
        suffixes.insert(0, match.group(1).strip())
        rest = rest[:match.start()].rstrip(" ,")
    return rest.strip(" ,"), titles + suffixes


_WORD = re.compile(r"\s*(\([^()\n]{1,60}\)|,|[^\s,()]+)")


def _entity_at(doc: Doc, char: int, covering: bool = False) -> tuple[str, int] | None:
    """Label and end offset of the entity that starts at ``char`` (or, with ``covering``, contains it)."""
    for ent in doc.ents:
        if ent.start_char == char or (covering and ent.start_char <= char < ent.end_char):
            return ent.label_, ent.end_char
        if ent.start_char > char:
            break
    return None


def _is_name_word(word: str, lx: _Lexicon) -> bool:
    return (bool(re.fullmatch(_NAME_WORD, word)) and word not in lx.role_words and word not in lx.office_words
            and not lx.prefix_title.fullmatch(word))


def _extend_role(doc: Doc, start: int, end: int, name_starts: set[int]) -> int:
    """Walk right from an office word over what belongs to the role; return the role's end offset."""
    lx = _lexicon()
    text = doc.text
    position = end
    role_end = end
    qualified = False
    while True:
        match = _WORD.match(text, position)
        if match is None or "\n" in text[position:match.start(1)]:
            break
        word, word_start = match.group(1), match.start(1)
        if word_start in name_starts or lx.prefix_title.match(text, word_start):
            break
        entity = _entity_at(doc, word_start, covering=True)
        if entity is not None and entity[0] in ("ORG", "LOC", "GPE"):
            position = role_end = entity[1]
            qualified = True
            continue
        if entity is not None and entity[0] == "PER":
            break
        if word.startswith("("):
            position = role_end = match.end(1)
            continue
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
            following = _WORD.match(text, match.end(1))
            if following is not None and following.group(1)[:1].isupper():
                position = match.end(1)
                continue
            break
        if word in lx.role_words or word in lx.office_words or (word.isupper() and len(word) >= 2):
            position = role_end = match.end(1)
            qualified = qualified or word not in lx.office_words
            continue
        if word[:1].isupper() and not qualified and not _looks_like_name_start(text, word_start, lx):
            # "Presiden Citynet Indonesia": an unknown word right after the office names its organisation.
            position = role_end = match.end(1)
            qualified = True
            continue
        break
    return role_end


def _looks_like_name_start(text: str, start: int, lx: _Lexicon) -> bool:
    """A capitalised run that ends where a name ends: before a verb, a comma, or the end of a clause."""
    match = re.match(_NAME, text[start:])
    if match is None:
        return False
    words = match.group(0).split()
    if any(not _is_name_word(w, lx) for w in words):
        return False
    after = text[start + match.end():start + match.end() + 30]
    if re.match(r"\s+(?:Indonesia|Internasional|Nasional)\b", after):
        return False
    return bool(re.match(r"\s*(?:,|\.|\)|$|\s(?:yang|selaku|dalam|saat|ketika|dan|di|pada|bersama|mengatakan|"
                         r"menyampaikan|menjelaskan|melaksanakan|menghadiri|membuka|memimpin|menerima|"
                         r"menandatangani|menegaskan|menekankan|berharap|didampingi|hadir|mengikuti|meresmikan))",
                         after)) or len(words) >= 2


def _name_at(doc: Doc, start: int, name_spans: dict[int, tuple[int, str, list[str]]]) -> tuple[int, str, list[str]] | None:
    """A name beginning at ``start``: a titled name, a model PER, or a plain capitalised name run."""
    if start in name_spans:
        return name_spans[start]
    lx = _lexicon()
    match = re.match(_NAME, doc.text[start:])
    if match is None or not _looks_like_name_start(doc.text, start, lx):
        return None
    entity = _entity_at(doc, start)
    if entity is not None and entity[0] in ("ORG", "LOC", "GPE"):
        return None
    end = start + match.end()
    degrees = re.match(rf"(?:\s*,?\s*(?:{lx.degree.pattern}))+", doc.text[end:])
    full_end = end + (degrees.end() if degrees else 0)
    name, titles = split_titles(doc.text[start:full_end])
    return full_end, name, titles


def find_people(doc: Doc) -> list[PersonMention]:
    lx = _lexicon()
    text = doc.text
    title_end = doc._.title_end or 0
    # Names: titled ("Dr. Drs. Amran, MT") and from the statistical model.
    names: dict[int, tuple[int, str, list[str]]] = {}
    for match in lx.titled_name.finditer(text, title_end):
        name, titles = split_titles(match.group(0))
        name = _trim_name(name, lx)
        if name:
            names[match.start()] = (match.end(), name, titles)
    for ent in doc.ents:
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
    for match in lx.name_then_verb.finditer(text, title_end):
        words = match.group("name").split()
        if 2 <= len(words) and all(_is_name_word(w, lx) for w in words) and match.start() not in names:
            if _entity_at(doc, match.start()) is None and not any(s <= match.start() < e for s, (e, _, _) in names.items()):
                names[match.start()] = (match.end(), match.group("name"), [])
    name_starts = set(names)
    people: list[PersonMention] = []
    used_names: set[int] = set()
    for match in lx.office.finditer(text, title_end):
        if match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "/"):
            continue
        if text[match.end():match.end() + 1] == "/":
            continue   # "Walikota/Bupati": a kind of office, not a person
        if any(s <= match.start() < e for s, (e, _, _) in names.items()):
            continue
        role_end = _extend_role(doc, match.start(), match.end(), name_starts)
        role = text[match.start():role_end].strip(" ,")
        after = re.match(r"\s*,?\s*", text[role_end:])
        name_start = role_end + (after.end() if after else 0)
        linked = _name_at(doc, name_start, names)
        if linked is not None and name_start not in used_names:
            end, name, titles = linked
            used_names.add(name_start)
            people.append(PersonMention(match.start(), end, name, role, titles, _organization(doc, match.start(), role_end),
                                        (name_start, end), (match.start(), role_end)))
            continue
        # "NAME, ROLE": a name ending right before this office.
        previous = next((s for s, (e, _, _) in names.items() if e in range(match.start() - 3, match.start() + 1)
                         and text[e:match.start()].strip() in (",", "") and s not in used_names), None)
        if previous is None:
            previous = _plain_name_before(doc, match.start(), lx)
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
        if role_end > match.end() and not re.search(r"\b(?:para|seluruh|setiap|semua|atau|dan)\s*$",
                                                    text[max(0, match.start() - 12):match.start()]):
            people.append(PersonMention(match.start(), role_end, None, role, [],
                                        _organization(doc, match.start(), role_end), None, (match.start(), role_end)))
    for start, (end, name, titles) in names.items():
        if start in used_names:
            continue
        role, role_span = _role_after_name(doc, end)
        people.append(PersonMention(start, role_span[1] if role_span else end, name, role, titles,
                                    role if role_span else None, (start, end), role_span))
    people.sort(key=lambda p: p.start)
    return _merge_people(people)


def _trim_name(name: str, lx: _Lexicon) -> str:
    words = name.split()
    while words and not _is_name_word(words[-1], lx) and not re.fullmatch(r"[A-Z](?:\.[A-Z])+\.?|[A-Z]{2}", words[-1]):
        words.pop()
    return " ".join(words)


def _plain_name_before(doc: Doc, office_start: int, lx: _Lexicon) -> tuple[int, int, str] | None:
    """ "Sawsan Chebli, Sekretaris Negara ...": an untitled name of two or more words before ", ROLE"."""
    text = doc.text
    head = text[max(0, office_start - 60):office_start]
    match = re.search(rf"(?:^|(?<=[\s(]))(?P<name>{_NAME}),\s*$", head)
    if match is None:
        return None
    words = match.group("name").split()
    while words and not _is_name_word(words[0], lx):
        words.pop(0)
    if len(words) < 2 or not all(_is_name_word(w, lx) for w in words):
        return None
    name = " ".join(words)
    start = office_start - len(head) + head.rindex(name)
    if _entity_at(doc, start) is not None and _entity_at(doc, start)[0] != "PER":  # type: ignore[index]
        return None
    return start, start + len(name), name


def _role_after_name(doc: Doc, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """ "Dr. Kessie Lee, Seoul Institute of Technology, Departement of ...": organisations as the role."""
    text = doc.text
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
    orgs = [e.text for e in doc.ents if e.label_ == "ORG" and e.start_char >= start and e.end_char <= end]
    return orgs[-1] if orgs else None


def _merge_people(people: list[PersonMention]) -> list[PersonMention]:
    """Join "Amran" to "Dr. Drs. Amran, MT" and a nameless office to the named holder of that office."""
    merged: list[PersonMention] = []
    for person in people:
        match = None
        for known in merged:
            if person.name and known.name:
                a, b = person.name.lower().split(), known.name.lower().split()
                if a == b or set(a) <= set(b) or set(b) <= set(a):
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


def _same_role(a: str, b: str) -> bool:
    wa, wb = set(a.lower().replace(",", " ").split()), set(b.lower().replace(",", " ").split())
    if not wa or not wb:
        return False
    overlap = len(wa & wb)
    return 2 * overlap / (len(wa) + len(wb)) >= 0.6


@Language.component("warta_roles", assigns=["doc._.people"], requires=["doc.ents"])
def role_patterns(doc: Doc) -> Doc:
    doc._.people = find_people(doc)
    return doc

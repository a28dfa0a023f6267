"""Event candidates: trigger mentions with their names and dates, grouped into events and scored."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from .. import regex, resources
from ..stages.dates import DateMention, closing_weekday, written_day
from ..stages.entities import doctor_title_word, gazetteer, short_form_of
from ..stages.extensions import doc_value, entities_of, sentences_of, span_value, text_of
from ..stages.numbers import parse_number
from .common import (
    Candidate,
    Mention,
    _calendar_words,
    _is_verb,
    _lexicon,
    _name_tokens,
    _sentence_of,
    body_share,
    office_heads,
    quotations,
    quoted_theme,
)
from .places import _place_phrases
from .scope import dominant_domain

_NAME_PART = regex.compile(r"[ \t]*(\([^()\n]{1,60}\)|[–—-]+|[^\s,.;:()“”\"]+)")


# "ke-3" and "ke-VII" number an edition inside a name ("Muktamar ke-VII Dewan Masjid Indonesia")
_CAPITALISED = regex.compile(r"^(?:[A-Z0-9][\w'’&/-]*|ke-(?:\d+|[IVXLC]+))$")


@cache
def _party_opener() -> re.Pattern[str]:
    """A party's opening words after "dengan": a number, then a word of events.yaml party_openers."""
    openers = regex.alternation(resources.load("events")["party_openers"])
    return regex.compile(rf"[ \t]+(?:\d+[ \t]+)?(?:{openers})(?![\w-])")


@cache
def _doctor_title() -> re.Pattern[str]:
    return regex.compile(doctor_title_word())


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
        if (title := _doctor_title().match(text, match.start(1))) is not None:
            position = title.end()   # "kunjungan kerja ke RSUD dr. Soedarso": the hospital's name goes on
            continue
        if lowercase and lower == "dengan" and (party := _party_opener().match(text, match.end(1))) is not None:
            position = name_end = party.end()   # "pertemuan dengan para pimpinan fraksi": the party met, in the name
            continue
        if word.startswith("(") or _CAPITALISED.match(word) or lower in lx.ordinals:
            if re.fullmatch(r"\d{1,2}", word) or lower in _calendar_words():
                break   # "Rabu (31/7)" or a day number starts a date, not a name
            position = name_end = match.end(1)
            continue
        if lower in lx.name_connectors:
            following = _NAME_PART.match(text, match.end(1))
            if following is not None and (_CAPITALISED.match(following.group(1)) or following.group(1)[0] in "–—-"):
                position = match.end(1)
                continue
        if lowercase and (second := _NAME_PART.match(text, match.end(1))) is not None \
                and lx.type_of.get(f"{lower} {second.group(1).lower()}", "other") != "other":
            position = name_end = second.end(1)   # "upacara serah terima jabatan": another trigger's two words, whole
            continue
        if lowercase and re.fullmatch(r"[a-z][a-z-]+", word) and lower not in lx.name_stops and not _is_verb(word) \
                and lower not in lx.generic:   # "acara", "kegiatan" name no event ("peresmian pencanangan ..." goes on)
            position = name_end = match.end(1)
            continue
        if lowercase and lower in lx.name_prepositions and name_end > end:
            following = _NAME_PART.match(text, match.end(1))
            if following is not None and _CAPITALISED.match(following.group(1)):
                position = match.end(1)
                continue
        break
    return name_end


# A short form in brackets ("(ASCN)"), a word of its own in an English name read backwards.
_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9]+)\)")


def _name_backward(text: str, start: int) -> int:
    """English names put the head last: "Smart Change Conference", "ASCN Annual Meeting"."""
    words = list(re.finditer(rf"{_BRACKETED.pattern}|[^\s,.;:()“”\"]+", text[max(0, start - 80):start]))
    offset = max(0, start - 80)
    name_start = bracket_end = start
    for match in reversed(words):
        word = match.group(0)
        gap = text[offset + match.end():name_start]
        if gap.strip() or "\n" in gap:
            break
        if _BRACKETED.fullmatch(word):
            # "ASEAN Smart Cities Network (ASCN) Annual Meeting": a short form inside the name (kept only with the
            # words it stands for before it)
            bracket_end, name_start = name_start, offset + match.start()
            continue
        if re.fullmatch(r"[A-Z][\w'’&-]*|\d{4}", word) and word.lower() not in _lexicon().type_of \
                and word not in _office_heads() and (word.isupper() or word.lower() not in _lexicon().name_stops):
            # not "Direktur Balkonjazz Festival" (the festival's director), "Dalam Oceanic Folk Festival"; but
            # "ITU Telecom Forum"
            name_start = offset + match.start()
            continue
        break
    bracket = _BRACKETED.search(text, name_start, bracket_end) if bracket_end > name_start else None
    if bracket is not None and not short_form_of(bracket.group(1), text[name_start:bracket.start()].split()):
        return bracket_end   # not the short form of the words before it ("Regional Planners (ISOCARP)"): no name's
    return name_start


@cache
def _office_heads() -> frozenset[str]:
    """The first words of offices: a person's role, never part of an event's name; but some also open English names
    of gatherings ("Regional Summit", "Chief Executive Forum": events.yaml english_name_openers)."""
    return office_heads() - frozenset(resources.load("events")["english_name_openers"])


@cache
def _venue_after() -> re.Pattern[str]:
    """ "di" and a venue's head word (places.yaml venue_heads): "di Masjid ...", "di Gedung ...", "di Hotel ..."."""
    heads = "|".join(re.escape(h) for h in gazetteer().venue_heads)
    return re.compile(rf"\s+di\s+(?:{heads})(?![\w-])")


def _said_held_here(text: str, lower: str, end: int) -> bool:
    """Whether the event word ending at ``end`` is said right after it to have been held ("Dialog yang
    diselenggarakan oleh ..."); a generic word ("acara") only at a venue ("Acara digelar di Masjid Az-Zikra"), in a
    story no out-of-scope domain dominates: held in a town only, it is mostly a concert or a fan meeting."""
    held = _lexicon().said_held.match(text, end)
    if held is None:
        return False
    if lower not in _lexicon().generic:
        return True
    return _venue_after().match(text, held.end()) is not None and dominant_domain(text) is None


def _held_or_titled_after(text: str, name_end: int) -> bool:
    """Right after a held gathering's name, its holding ("... yang digelar di Museum Batik") or its title ('Karnaval
    Kemerdekaan yang bertajuk "Pesona Parahyangan 2017"')."""
    return bool(_lexicon().held_after.match(text, name_end) or _titled_after().match(text, name_end)
                or _themed_title().match(text, name_end))


def find_mentions(doc: Doc, sentences: list[tuple[int, int]]) -> list[Mention]:
    lx = _lexicon()
    text = text_of(doc)
    title_end = doc_value(doc, "title_end") or 0
    triggers = list(lx.trigger.finditer(text, title_end))
    # "membuka Pekan Kebudayaan Daerah ...": a gathering's own capitalised head, right after an act of holding it or
    # of taking part in it ("mengikuti Jambore ..."), or its name said to be held right after it ("Pekan Batik
    # Nusantara 2023 yang digelar di Museum Batik")
    held = [m for m in lx.held_gathering.finditer(text, title_end)
            if lx.holding_before.search(text, max(0, m.start() - 40), m.start())
            or lx.joining_before.search(text, max(0, m.start() - 40), m.start())
            or _held_or_titled_after(text, _name_forward(text, m.end()))]
    if held:
        triggers = sorted(triggers + held, key=lambda m: m.start())
    if not triggers:   # most articles: what blocks a trigger need not be looked for
        return []
    blocked = [(m.start(), m.end()) for m in lx.non_events.finditer(text)]
    # (a call on a news outlet opens with its visit verb, a trigger: looked for only there)
    blocked += [(m.start(), m.end()) for t in triggers if (m := lx.newsroom_visit.match(text, t.start()))]
    blocked += [(m.start(), m.end()) for m in lx.programme.finditer(text)]
    # A trigger word inside a known organisation's name ("Forum Koordinasi Pimpinan Daerah (Forkopimda)",
    # "Pusat Pelatihan ... (KITA)") names the organisation, not an event.
    blocked += [(e.start_char, e.end_char) for e in entities_of(doc) if e.label_ == "ORG"
                and (span_value(e, "acronym") or span_value(e, "canonical") or re.search(r"\([A-Z][\w-]+\)$", e.text))
                and e.text.lower() not in lx.entity_triggers]
    # ... and one inside a venue's name ("Lapangan Apel Kantor Wali Kota", "di Indonesia Convention Exhibition")
    # names the venue.
    blocked += [(e.start_char + 1, e.end_char) for e in entities_of(doc) if span_value(e, "place_kind") == "venue"]
    # (a room described in lower case, "di ruang rapat Balai Kota", is where a meeting was, its "rapat" no name)
    blocked += [span for phrase, span in _place_phrases(text, title_end, len(text)) if not phrase[:1].islower()]
    mentions: list[Mention] = []
    for match in triggers:
        start, end = match.span()
        if any(a <= start < b for a, b in blocked):
            continue
        if mentions and start < mentions[-1].name_span[1]:
            continue   # inside the previous event's name
        surface = match.group(0)
        lower = re.sub(r"\s+", " ", surface.lower())
        kind = lx.type_of.get(lower) or lx.held_gatherings[lower]
        sentence = _sentence_of(sentences, start)
        if lower in lx.weak and not surface[0].isupper() and not lx.held.search(text, sentence[0], sentence[1]) \
                and not (lower in lx.placed_weak and _PLACED.search(text, end, min(sentence[1], end + 120))) \
                and not _held_next(text, sentences, sentence) and _untitled(text, end):
            continue   # "sosialisasi program KB", "musyawarah mufakat": not a gathering; "diskusi bertajuk ..." is
        if lower in lx.place_named and surface[0].isupper() and re.match(r"\s+[A-Z]", text[end:end + 3]):
            continue   # "di Klinik Polresta Barelang", "karyawan Klinik Nasuha": a clinic's name, no gathering
        written = lx.spelled_out.get(lower)
        if written is not None and not written.search(text):
            continue   # "PKS" the party, not a perjanjian kerja sama
        if lower in lx.opening_words and not lx.opened_gathering.match(text, end, sentence[1]):
            continue   # "penutupan layanan", "pembukaan seleksi CPNS": nothing gathered is opened or closed
        if kind == "signing" and (lx.signed_document.match(text, end, end + 40) or (
                lower == "ditandatangani" and lx.document_signed.search(text[max(sentence[0], start - 80):start]))):
            continue   # a letter, a decree or a promotion signed at a desk
        if lower in lx.inaugurating and lx.non_venue.match(text, end, min(sentence[1], end + 40)):
            continue   # "meresmikan kehadirannya di Indonesia", "meresmikan satu perangkat lain": market news
        anaphoric = (lower in lx.anaphoric and bool(lx.anaphoric_markers.match(text, end))) or bool(
            re.match(r"\s+(?:daring|luring|virtual|hibrida)\s+(?:ini|tersebut)\b", text[end:end + 30])) or (
            # "Kegiatan yang berlangsung ...", after an event named earlier (in a story's first sentence, "acara
            # yang digelar" has nothing to refer back to)
            _said_held(text, start, end) and any(not m.anaphoric and m.type != "other" for m in mentions)) or (
            # "... menerima kunjungan delegasi .... Pertemuan berlangsung di Gedung Sate, Selasa (23/5/2023)": a bare
            # event noun opening the sentence after an event's, said to be held, is that event
            _held_opening(text, start, end, sentence) and any(not m.anaphoric and m.type != "other"
                                                              and m.sentence == _previous(sentences, sentence)
                                                              for m in mentions))
        name_start = _name_backward(text, start) if lower in lx.english_heads and surface[0].isupper() else start
        if lx.press_event.search(text, max(sentence[0], name_start - 30), name_start) or (
                kind == "other" and lx.press_event_after.match(text, end)):
            continue   # "usai konferensi pers Cool Japan Fair", "acara Media Gathering ...": a press event
        # The words of the next two checks stand right before the trigger or its name (a capitalised English head's
        # name may start before them: "Ketua Umum Forum Rektor ...").
        before = {start, name_start}
        if any(lx.plural.search(text, max(sentence[0], at - 15), at) for at in before) \
                and not _dated_sentence(text, sentence):
            continue   # "melakukan sejumlah pertemuan dengan ...": several gatherings, none reported
        members = lx.forum_officer if kind == "forum" else lx.body_member
        if kind in lx.body_member_kinds and any(members.search(text, max(sentence[0], at - 30), at) for at in before):
            continue   # "anggota kongres", "Sekretaris Forum Lintas Hukum Indonesia": a body, not a gathering
        # "menerima delegasi" is a verb's phrase too, "dilantik" a verb
        verb = _is_verb(surface) or lower in lx.verb_nominals or lower in lx.suffixless_passives
        if lower in lx.dated_verbs and (not _dated_sentence(text, sentence) or not (
                lx.met_party.match(text, end) or _person_at(doc, end))):
            continue   # "saat bertemu dengan wartawan", "menemui penggemarnya": no meeting told of
        if lx.as_reference.search(text, max(sentence[0], start - 40), start):
            continue   # "menjelang gelaran Munas Golkar", "menggagalkan pelantikan presiden": no event told of here
        if verb and lx.negated_act.search(text, max(sentence[0], start - 20), start) \
                and not lx.negated_manner.match(text, end) and not lx.negation_contrast.search(text, end, sentence[1]):
            continue   # "Presiden tidak menandatangani ...": an act denied, no gathering
        if verb and (modal := lx.modal_act.search(text, max(sentence[0], start - 30), start)) \
                and not lx.modal_realised.search(text, max(sentence[0], modal.start() - 50), modal.start()):
            continue   # "Presiden mesti segera melantik ...": an act demanded or only possible, none told of
        if verb:
            # "meresmikan Mal Pelayanan Publik" -> "peresmian Mal Pelayanan Publik"; a passive names nothing.
            nominal = lx.verb_nominals.get(lower)
            name_end = _name_forward(text, end, lowercase=True) if nominal else end
            name = f"{nominal} {_tidy_name(text[end:name_end])}" if nominal and name_end > end else None
        else:
            # "dalam diskusi seputar reklamasi": a discussion in lower case, mostly where someone was quoted, is named
            # by no words after it; "Diskusi Kebijakan Pendidikan dan Kebudayaan" is a titled event
            name_end = _name_forward(text, end, lowercase=kind != "other" and not (
                lower in lx.nameless_in_lower_case and surface[0].islower()))
            has_name = (name_end > end or name_start < start) and not anaphoric
            name = _tidy_name(text[name_start:name_end]) if has_name else None
            themed = _themed_title().match(text, name_end) if not anaphoric else None
            # 'membuka acara "Diplomats Meet and Greet" yang digelar ...': a title in quotes right after the word
            # (not one holding a trigger word of its own, '"Diskusi Kebijakan ..."', which that word's mention names)
            if themed is None and not anaphoric and name_end == end:
                themed = _quoted_title().match(text, end)
                if themed is not None and _trigger_before(text, end, themed.end()):
                    themed = None
                # (after "acara", only one said to be held: 'di acara "Pesbukers"' is a television show)
                elif themed is not None and lower in lx.generic and not (
                        lx.held_after.match(text, themed.end()) or lx.holding_before.search(
                            text, max(sentence[0], start - 40), start)):
                    themed = None
            title = _title_after(text, name_end) if themed is None and not anaphoric else None
            if themed is not None:
                # 'Dialog Publik bertema "Pers dan Desa Membangun"': the quoted theme names it
                name = f"{_tidy_name(text[name_start:name_end])} {themed.group('title').strip()}"
                name_end = themed.end()
            elif title is not None and title[1]:
                # "pameran transportasi bertajuk Indotrans Expo 2019": a title holding a gathering's word of its own
                # ("Expo") names this gathering too, so that the two mentions are one event (that word's mention,
                # after this one's end, keeps its own; "acara bertajuk ...": a generic word is named by it alone)
                if lower not in lx.generic:
                    name = _tidy_name(text[title[0][0]:title[0][1]])
            elif title is not None:
                # "pameran bertajuk Iggy Pop Life Class", "diskusi bertema Pengembangan Hukum dan Geopolitik ...": a
                # title in capitals after its cue names the gathering, in lower case too
                (title_start, title_end), _ = title
                name = f"{_tidy_name(text[name_start:name_end])} {_tidy_name(text[title_start:title_end])}"
                name_end = title_end
        if lower in lx.gathering_named and name and not lx.opened_gathering.match(text, end, name_end) \
                and not lx.holding_before.search(text, max(sentence[0], start - 40), start) \
                and not lx.held_after.match(text, name_end, sentence[1]):
            continue   # "kegiatan Pramuka", "kegiatan IPO": an activity; "menggelar kegiatan Gebyar PAUD" is held
        # "dalam kegiatan penggeledahan", "kegiatan operasi pasar": named in lower case, an activity too, unless its
        # sentence says something was held or attended ("menghadiri kegiatan edukasi ...", "... yang diikuti 30 orang")
        if lower in lx.gathering_named and not name and not anaphoric \
                and (activity_end := _name_forward(text, end, lowercase=True)) > end \
                and not lx.opened_gathering.match(text, end, activity_end) \
                and not lx.held.search(text, sentence[0], sentence[1]):
            continue
        if kind == "other" and name and lx.press_event_after.search(f" {name}"):
            continue   # "acara Annual Press Conference ...": a press event named after the trigger
        window = text[sentence[0]:sentence[1]]
        after = bool(lx.reported_after.search(text[max(sentence[0], start - 40):start]))
        mentions.append(Mention(start, end, kind, name, (name_start, name_end) if name else (start, end),
                                anaphoric, sentence, held=bool(lx.held.search(window)), reported_after=after,
                                room=lx.room_before.search(text, max(sentence[0], start - 12), start) is not None,
                                verb_met=lower in lx.dated_verbs,
                                said_held=not (verb or anaphoric) and _said_held_here(text, lower, end),
                                named_back=bool(name) and lx.anaphoric_markers.match(text, name_end) is not None))
    # "Sekjen Partai Komunis Vietnam menemui pimpinan MPR ... dalam lawatan resminya ke Indonesia": meeting someone
    # during a visit the sentence names is that visit, which its own word names
    for mention in mentions:
        if mention.verb_met and any(other.sentence == mention.sentence and other.type == "visit" and not other.verb_met
                                    for other in mentions):
            mention.type, mention.name, mention.name_span = "visit", None, (mention.start, mention.end)
    _meeting_told_before(text, sentences, mentions)
    _signing_told_before(text, sentences, mentions)
    return mentions


def _meeting_told_before(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """ "Menteri Teten bertemu dengan Menteri Perdagangan Malaysia ... di Kuala Lumpur, Kamis. ... Pertemuan tersebut
    juga dihadiri Duta Besar RI ...": a meeting word referring back, with no event named before it, names the meeting
    one of the two sentences before tells of with a verb of meeting; it is reported there."""
    lx = _lexicon()
    for index, mention in enumerate(mentions):
        if not mention.anaphoric or mention.type != "meeting" or any(not m.anaphoric for m in mentions[:index]):
            continue
        before = [s for s in sentences if s[1] <= mention.sentence[0]][-2:]
        act = next((s for s in reversed(before) if lx.meeting_act.search(text, s[0], s[1])), None)
        if act is not None:
            mention.anaphoric, mention.reported_in = False, act


def _signing_told_before(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """ "UMM menjalin kerja sama dengan Pemerintah Kabupaten Malang ... Penandatanganan nota kesepahaman tersebut
    dilaksanakan pada Sabtu ...": the story's first signing, with no event named before it, sets down the partnership
    the sentence right before tells of; it is reported there too (its parties are named there)."""
    lx = _lexicon()
    for index, mention in enumerate(mentions):
        if mention.type != "signing" or mention.reported_in is not None \
                or any(m.type != "signing" and not m.anaphoric for m in mentions[:index]):
            continue
        before = [s for s in sentences if s[1] <= mention.sentence[0]][-1:]
        if before and lx.partnership_act.search(text, before[0][0], before[0][1]):
            mention.reported_in = before[0]
        break


@cache
def _themed_title() -> re.Pattern[str]:
    cues = regex.alternation(resources.load("organizations")["theme_cues"])
    return quoted_theme(rf"\s+(?:yang\s+)?(?:{cues})\s+", 120)


@cache
def _quoted_title() -> re.Pattern[str]:
    """A capitalised title in quotes right after an event's word, without a cue: 'seminar "Menyongsong ..."'."""
    return quoted_theme(r"\s+(?=[\"“‘']\s*[A-Z])", 80)


@cache
def _titled_after() -> re.Pattern[str]:
    """A cue of a title ("bertajuk", "bertema", "yang berjudul") right before a capitalised word; the title is read
    from the match's end (organizations.yaml theme_cues)."""
    cues = regex.alternation(resources.load("organizations")["theme_cues"])
    return regex.compile(rf"\s+(?:yang\s+)?(?:{cues})(?=\s+[A-Z])")


def _title_after(text: str, end: int) -> tuple[tuple[int, int], bool] | None:
    """The span of a title in capitals after its cue right at ``end`` ("pameran bertajuk Iggy Pop Life Class"): its
    words up to a word that ends a name ("di", "pada", "yang"), the last of them capitalised ("The World is Yours to
    Change di ..." -> "The World is Yours to Change"), and whether it holds a trigger word of its own ("pameran
    transportasi bertajuk Indotrans Expo 2019"), whose mention names the same gathering. None without one."""
    cue = _titled_after().match(text, end)
    if cue is None:
        return None
    start = cue.end()
    words = list(re.finditer(r"\S+", text[start:_name_forward(text, start, lowercase=True)]))
    while words and not _CAPITALISED.match(words[-1].group(0)):
        words.pop()
    if not words:
        return None
    theme_end = start + words[-1].end()
    return (start + words[0].start(), theme_end), _trigger_before(text, start, theme_end)


def _untitled(text: str, end: int) -> bool:
    """No title in capitals after a cue right at ``end``, or one holding a trigger word of its own."""
    title = _title_after(text, end)
    return title is None or title[1]


def _trigger_before(text: str, start: int, end: int) -> bool:
    """Whether a trigger word begins in the text from ``start`` before ``end``: a title holding one of its own,
    which that word's mention names."""
    inner = next(_lexicon().trigger.finditer(text, start), None)
    return inner is not None and inner.start() < end


def _tidy_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" -–—")
    name = re.sub(r"\s+(?:dan|untuk|of|and|for|the)$", "", name)
    name = _trailing_prepositions().sub("", name)   # "rapat paripurna dengan" before "agenda ..."
    return _trailing_adverbs().sub("", name)


@cache
def _trailing_prepositions() -> re.Pattern[str]:
    return regex.compile(rf"\s+(?:{regex.alternation(_lexicon().name_prepositions)})$")


@cache
def _trailing_adverbs() -> re.Pattern[str]:
    """ "... saja", "... nanti", "... benar-benar" closing a name (events.yaml name_trailing_adverbs), each of them."""
    adverbs = regex.alternation(resources.load("events")["name_trailing_adverbs"])
    return regex.compile(rf"(?:\s+(?:{adverbs}))+$")


# a place named after a weak trigger, in its sentence: "sosialisasi empat pilar MPR di Universitas Syah Kuala"
_PLACED = regex.compile(r"\bdi\s+[A-Z]")
_WHOLE_WEEK = regex.compile(r"(?i)(?:pekan|minggu)\s+\w+")


def whole_week(mention: DateMention) -> bool:
    """ "dalam pekan ini", "minggu depan": a week, in which no day of the event is fixed, so no date of it (devgold
    conventions); "akhir pekan ini" is the weekend, two days, and stays."""
    return mention.relative and (mention.last - mention.first).days == 6 and bool(_WHOLE_WEEK.fullmatch(mention.text))


@cache
def _document_date() -> re.Pattern[str]:
    """A document's number, then the day it is dated, right before the date: "Nomor 821/8958/SJ Tanggal", "No. 13
    Tahun 2010 tanggal" (dates.yaml document_number_words, document_date_words)."""
    data = resources.load("dates")
    number, dated = regex.alternation(data["document_number_words"]), regex.alternation(data["document_date_words"])
    return regex.compile(rf"\b(?:{number})\s*[\w./-]*\d[\w./-]*(?:\s+[\w./-]+){{0,4}}?\s+(?:{dated})\s*$",
                         re.IGNORECASE)


def _attach_dates(doc: Doc, mentions: list[Mention], dates: list[DateMention],
                  excluded: list[tuple[int, int]]) -> None:
    """Give each mention the date of its clause: the nearest one in its sentence that is not a statement's."""
    lx = _lexicon()
    text = text_of(doc)
    usable, of_statements = [], []
    for mention in dates:
        if any(a <= mention.start < b for a, b in excluded):
            continue
        if mention.granularity == "year":
            continue   # "berdiri tahun 1987", "tahun ini", "lima tahun ke depan": background, not when
        if whole_week(mention):
            continue
        if lx.statement.search(text[max(0, mention.start - 70):mention.start]):
            of_statements.append(mention)
            continue
        if _document_date().search(text, max(0, mention.start - 80), mention.start):
            continue   # "berdasarkan Surat Menteri ... Nomor 821/8958/SJ Tanggal 3 September 2019": a letter's date
        usable.append(mention)
    published = doc_value(doc, "published")
    sentences = sentences_of(doc)
    for mention in mentions:
        s_start, s_end = mention.sentence
        in_sentence = [d for d in usable if s_start <= d.start < s_end
                       and not (mention.name_span[0] <= d.start < mention.name_span[1])
                       and not (d.start > mention.end and (_prepared_event_date(text, mention, d)
                                                           or _agreed_date(text, mention, d, published)
                                                           or _other_clause_date(text, mention, d)))
                       and not _dates_an_earlier_mention(text, mention, d, mentions)
                       and not _dates_a_nearer_mention(text, mention, d, mentions)]
        # "..., katanya dalam dialog publik (yang digelar ...), Rabu (15/2/2017)": said during a named gathering, or
        # one the clause after it says was held
        described = bool(mention.name) or lx.held_after.match(text, mention.end, s_end) is not None
        if not in_sentence and (mention.reported_after or (described and lx.said_during.search(
                text, max(s_start, mention.start - 60), mention.start))):
            in_sentence = [d for d in of_statements if mention.end <= d.start < s_end and not d.relative]
        if not in_sentence:
            in_sentence = _speaker_dated_before(text, mention, usable + of_statements, sentences, mentions)
        if not in_sentence:
            continue
        # Prefer a written date to a relative one, then one after the trigger, then the closest.
        mention.date = min(in_sentence, key=lambda d: (d.relative, d.start < mention.start, abs(d.start - mention.end)))
    for index, mention in enumerate(mentions):
        # "membuka kegiatan Gebyar UMKM ..., Rabu (13/9/2023). Gebyar UMKM yang berlangsung hingga Sabtu (16/9/2023)
        # ...": the day an event runs until is no day of its own; the name told again takes its opening day (the
        # candidate then runs to that day, _extend_to_closing_day)
        until = mention.date
        if until is None or not mention.name or not _UNTIL.search(text, max(0, until.start - 12), until.start):
            continue
        opened = next((m for m in reversed(mentions[:index]) if m.name and m.date is not None
                       and m.date.granularity == "day" and m.date.last < until.first
                       and (until.first - m.date.last).days <= 14 and _same_event(m.name, mention.name)), None)
        if opened is not None:
            mention.date = opened.date
    for mention in mentions:
        # "Bupati ... membuka secara resmi Pasar Rakyat ..., Senin (4/3/2024). Peresmian pasar itu dihadiri ...": a
        # sentence that opens with a trigger referring back ("Peresmian pasar itu", "Pameran tunggal Rina ini") is
        # about the event the sentence before reports; without a date of its own it takes that sentence's one day,
        # when that sentence names no other event.
        # ... and so does a trigger after a word that goes on with it ("... tiba di Balai Kota, Rabu (12/10/2022). Di
        # aula, keduanya kemudian menandatangani nota kesepahaman"), a named kind of gathering, not "kegiatan"
        # ... or the one a meeting word refers back to (_meeting_told_before), not always the sentence before
        # (whose written day beats a relative date of the referring sentence: "Pertemuan ini telah direncanakan sejak
        # bulan lalu")
        told = mention.reported_in
        if (mention.date is not None and not (told and mention.date.relative)) \
                or not (told or _refers_back_opening(text, mention) or _goes_on(text, mention)):
            continue
        previous = told or next((s for s in reversed(sentences) if s[1] <= mention.sentence[0]), None)
        if previous is None or any(m.sentence == previous for m in mentions):
            continue
        days = [d for d in usable if previous[0] <= d.start < previous[1] and d.granularity == "day"]
        if len(days) == 1:
            mention.date, mention.reported_in = days[0], previous
    for mention in mentions:
        if mention.date is None and mention.reported_in is None:
            mention.date = _said_back_day(doc, sentences, mention, dates, excluded)
    for index, mention in enumerate(mentions):
        # "Dinas Koperasi akan mengadakan temu usaha ... Acara itu akan digelar Jumat, 3 Maret": the date of a
        # generic word said to be held is the date of the event it refers back to.
        if mention.anaphoric and mention.date is not None and (
                _said_held(text, mention.start, mention.end) or _held_opening(text, mention.start, mention.end,
                                                                              mention.sentence)):
            earlier = [m for m in mentions[:index] if not m.anaphoric and m.type != "other"]
            # (of the last sentence's, the one of its own kind: "... dalam pertemuan bilateral ... di sela-sela KTT
            # ke-31 ASEAN. Pertemuan berlangsung ..., Minggu (12/11)" dates the meeting, not the summit)
            own_kind = [m for m in earlier if m.type == mention.type and m.sentence == earlier[-1].sentence] \
                if earlier else []
            target = own_kind[-1] if own_kind else earlier[-1] if earlier else None
            if target is not None and target.date is None:
                target.date = mention.date


def _speaker_dated_before(text: str, mention: Mention, dates: list[DateMention], sentences: list[tuple[int, int]],
                          mentions: list[Mention]) -> list[DateMention]:
    """ 'Deputi ... Arief Havas Oegroseno pada Selasa (31/10) mengatakan ... "...," kata Havas dalam diskusi ...': a
    quote set at a gathering or right by it ("kata Tisha usai Rapat ...", ``said_around``) takes the statement's
    written day after it in the sentence ("kata Rahmat usai mengunjungi SDN Pekayon 3, Senin, 16 September 2019"),
    or, with no day in the sentence, the one written day of the nearest earlier sentence naming its speaker, where
    that sentence names no gathering of its own."""
    setting = _lexicon().said_around.search(text, max(mention.sentence[0], mention.start - 60), mention.start)
    if setting is None:
        return []
    own = [d for d in dates if mention.sentence[0] <= d.start < mention.sentence[1] and not d.relative]
    if own:
        return [d for d in own if d.start >= mention.end]
    words = setting.group("speaker").split()
    if not words:
        return []
    speaker = words[-1]
    for start, end in reversed([s for s in sentences if s[1] <= mention.sentence[0]]):
        if not re.search(rf"\b{re.escape(speaker)}\b", text[start:end]):
            continue
        days = [d for d in dates if start <= d.start < end and d.granularity == "day" and not d.relative]
        if len(days) == 1 and not any(start <= m.start < end for m in mentions):
            return days
        return []
    return []


def _said_back_day(doc: Doc, sentences: list[tuple[int, int]], mention: Mention, dates: list[DateMention],
                   excluded: list[tuple[int, int]]) -> DateMention | None:
    """ '"UMKM harus berani masuk pasar digital," kata Penjabat Wali Kota ... di Kupang, Rabu. Hal itu disampaikannya
    saat membuka pelatihan ...': a sentence opening so sets the statement before at the gathering, whose day is that
    statement's, its one written day or the weekday closing it. ("Hal tersebut diungkapkan oleh Deputi ..., usai
    memimpin Rapat ...": the speaker may stand between, named with commas.)"""
    text = text_of(doc)
    lx = _lexicon()
    if lx.said_back.match(text, mention.sentence[0], mention.start) is None \
            and lx.speaker_back.match(text, mention.sentence[0], mention.start) is None:
        return None
    previous = next((s for s in reversed(sentences) if s[1] <= mention.sentence[0]), None)
    if previous is not None:
        days = [d for d in dates if previous[0] <= d.start < previous[1] and d.granularity == "day"
                and not any(a <= d.start < b for a, b in excluded)]
        if len(days) == 1:
            return days[0]
        weekday = closing_weekday(text, previous, doc_value(doc, "published")) if not days else None
        if weekday is not None or days:
            return weekday   # (several written days: none of them is the statement's)
    # ... or the quotation the sentence after it opens: 'Hal itu diungkapkan pada kegiatan konferensi ... . "...,"
    # ujar dia, Rabu (11/9/2019).'
    # (past one sentence between, undated: "Acara tersebut juga dihadiri lebih dari 1.000 insinyur.")
    after = [s for s in sentences if s[0] >= mention.sentence[1]][:2]
    if len(after) == 2 and any(after[0][0] <= d.start < after[0][1] for d in dates):
        after = after[:1]
    quote = next((q for q in quotations(text) for s in after if s[0] <= q[0] < s[1] and not text[s[0]:q[0]].strip()),
                 None)
    closing = next((s for s in sentences if quote and s[0] < quote[1] <= s[1]), None)
    if quote is None or closing is None:
        return None
    days = [d for d in dates if quote[1] <= d.start < closing[1] and d.granularity == "day"
            and not any(a <= d.start < b for a, b in excluded)]
    if len(days) == 1 and _lexicon().dated_attribution.match(text, quote[1], days[0].start):
        return days[0]
    return None


def _prepared_event_date(text: str, mention: Mention, date: DateMention) -> bool:
    """Whether ``date``, after ``mention``, is the date of an event the gathering prepares for: "rapat persiapan HUT
    Otsus yang akan digelar 21 November", "rapat persiapan peringatan HUT Otsus 21 November 2023 nanti"."""
    lx = _lexicon()
    if lx.prepared_for.search(text, mention.end, date.start) is not None:
        return True
    prepared = lx.prepared_cue.search(text, mention.end, date.start) is not None
    return prepared and lx.planned_date.search(date.text) is not None


def _dates_a_nearer_mention(text: str, mention: Mention, date: DateMention, mentions: list[Mention]) -> bool:
    """Whether ``date``, after ``mention``, closes the relative clause that schedules another event word between them:
    "hasil musrenbang kecamatan akan dibawa ke Musrenbang Kabupaten Bogor yang dijadwalkan pada Maret 2024"."""
    return date.start > mention.end and any(
        mention.end <= other.start and other.name_span[1] <= date.start and not other.anaphoric
        and _scheduling_clause().fullmatch(text, other.name_span[1], date.start) is not None
        for other in mentions if other is not mention)


@cache
def _scheduling_clause() -> re.Pattern[str]:
    """From the end of an event's name to a date, the relative clause that schedules it ("yang dijadwalkan pada", "yang
    akan digelar"; events.yaml scheduling_clause_verbs); one that says it was held ("bagian dari acara Mining Expo 2019
    yang berlangsung tanggal ...") may date the gathering it holds as well."""
    verbs = regex.alternation(resources.load("events")["scheduling_clause_verbs"])
    return regex.compile(rf"\s*,?\s*yang\s+(?:(?:{verbs})\s+)+(?:[a-z]+\s+)?(?:pada\s+)?(?:hari\s+|tanggal\s+)?")


def _dates_an_earlier_mention(text: str, mention: Mention, date: DateMention, mentions: list[Mention]) -> bool:
    """Whether ``date``, before ``mention`` in its sentence, follows another event word there that a background cue
    opens, whose date it is: "Sepekan setelah rapat koordinasi ... di Gedung Negara Grahadi, Kamis (11/7/2024), Pemprov
    Jatim kembali menggelar pertemuan serupa"."""
    background = _lexicon().background
    return date.start < mention.start and any(
        other.sentence == mention.sentence and other.end <= date.start and not other.anaphoric
        and background.search(text, other.sentence[0], other.start) is not None
        for other in mentions if other is not mention)


@cache
def _other_clause() -> re.Pattern[str]:
    """A relative clause of what befalls a person right before a date ("... almarhum Bambang, yang berpulang pada
    Minggu (25/2)")."""
    verbs = regex.alternation(resources.load("events")["personal_event_verbs"])
    return regex.compile(rf"\byang\s+(?:{verbs})(?:\s+dunia)?\s+(?:pada\s+)?(?:hari\s+)?$", re.IGNORECASE)


def _other_clause_date(text: str, mention: Mention, date: DateMention) -> bool:
    """Whether ``date``, after ``mention``, dates what befell someone the sentence names, not the gathering: "Sebelum
    pelantikan dimulai, Agus mendoakan mantan Bupati ..., yang berpulang pada Minggu (25/2) lalu"."""
    return _other_clause().search(text, max(mention.end, date.start - 40), date.start) is not None


def _agreed_date(text: str, mention: Mention, date: DateMention, published: datetime.date | None) -> bool:
    """Whether ``date``, after ``mention`` and after what the gathering agreed or decided, is when that is to happen,
    not the gathering's day: "Pertemuan tersebut menghasilkan kesepakatan untuk membuka kembali PLBN Entikong ...
    mulai Juli 2021" in a story published in June. Only a date after publication: "Rapat menyepakati pembentukan
    posko, Senin (29/1)" is dated by the meeting."""
    if published is None or date.first <= published:
        return False
    decided = resources.load("outcomes")["undecided_kinds"]   # the kinds of what is decided (or not yet)
    return any(pattern.search(text, mention.end, date.start) is not None
               for kind, pattern in _lexicon().outcome_cues if kind in decided)


def _refers_back_opening(text: str, mention: Mention) -> bool:
    """Whether ``mention`` opens its sentence (after a preposition at most) and refers back to what came before
    ("Peresmian pasar itu ...", "Dalam pertemuan tersebut ...")."""
    lx = _lexicon()
    opening = lx.refers_back_opening.match(text, mention.sentence[0], mention.start)
    return opening is not None and opening.end() == mention.start \
        and lx.refers_back.match(text, mention.end) is not None


def _held_next(text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> bool:
    """The next sentence opens with a generic word said to be held ("... sasaran sosialisasi tertib berlalu lintas,
    Kamis (8/2). Kegiatan yang digelar di aula sekolah itu ..."): the sentence before reported a gathering."""
    following = next((s for s in sentences if s[0] >= sentence[1]), None)
    if following is None:
        return False
    first = re.match(r"\s*(\w+)", text[following[0]:following[1]])
    return first is not None and _said_held(text, following[0] + first.start(1), following[0] + first.end(1))


def _person_at(doc: Doc, at: int) -> bool:
    """Whether the model reads a person's name right after ``at`` ("bertemu dengan Jokowi"). (Mentions are found
    before the people stage runs: its offices are not known yet.)"""
    text = text_of(doc)
    start = at + len(text[at:]) - len(text[at:].lstrip())
    return any(e.start_char == start and e.label_ == "PER" for e in entities_of(doc))


def _dated_sentence(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence writes a day of its own, not only a statement's ("ujarnya, Selasa (10/9)"). Mentions are
    found before the date stage runs (``assemble.event_mentions``), so this reads the day's words, not its dates."""
    statement = _lexicon().statement
    return any(not statement.search(text[max(sentence[0], day.start() - 70):day.start()])
               for day in written_day().finditer(text, sentence[0], sentence[1]))


def _said_held(text: str, start: int, end: int) -> bool:
    """A generic word ("kegiatan", "acara") said to be held: "Kegiatan (yang) berlangsung ...", "Acara akan
    diselenggarakan ..."."""
    lx = _lexicon()
    return text[start:end].lower() in lx.generic and lx.generic_held.match(text, end) is not None


def _goes_on(text: str, mention: Mention) -> bool:
    """A named kind of gathering after a word that goes on with the sentence before ("kemudian", "selanjutnya")."""
    lx = _lexicon()
    return text[mention.start:mention.end].lower() not in lx.generic \
        and lx.sequence.search(text, mention.sentence[0], mention.start) is not None


def _held_opening(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """A bare event noun that opens its sentence and is said to be held: "Pertemuan berlangsung ...", "Rapat
    digelar ..." (nothing names it, so it is the event just told of)."""
    lx = _lexicon()
    return text[start:end].lower() in lx.anaphoric and text[start].isupper() and not text[sentence[0]:start].strip() \
        and lx.generic_held.match(text, end) is not None


def _previous(sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence before ``sentence``."""
    index = sentences.index(sentence) if sentence in sentences else 0
    return sentences[index - 1] if index > 0 else None


def _contains_date(outer: DateMention, inner: DateMention) -> bool:
    return outer.first <= inner.first and inner.last <= outer.last


def _same_event(a: str, b: str) -> bool:
    # the generic words of a name ("kegiatan BEACON" beside "Bekraf Animation Conference (BEACON)") say nothing of
    # which event it is
    generic = _lexicon().generic
    ta = [t for t in _name_tokens(a) if t not in generic] or _name_tokens(a)
    tb = [t for t in _name_tokens(b) if t not in generic] or _name_tokens(b)
    years_a = {t for t in ta if re.fullmatch(r"(?:19|20)\d\d", t)}
    years_b = {t for t in tb if re.fullmatch(r"(?:19|20)\d\d", t)}
    if years_a and years_b and not years_a & years_b:
        return False
    common = len(set(ta) & set(tb))
    if not common:
        return False
    precision, recall = common / len(set(ta)), common / len(set(tb))
    return 2 * precision * recall / (precision + recall) >= 0.5 or set(ta) <= set(tb) or set(tb) <= set(ta)


def _extend_to_closing_day(doc: Doc, candidate: Candidate, dates: list[DateMention],
                           mentions: Sequence[Mention] = ()) -> None:
    """ "dibuka ... Minggu (20/8) malam. Festival ... berlangsung selama sepekan hingga Sabtu (26/8)": an event
    dated by its opening runs to the day its own sentences say it lasts until, or a sentence after them that says
    a generic word for it was held ("Kegiatan berlangsung selama dua hari hingga Kamis (21/3/2019)") before any
    other event is named."""
    opening = candidate.date
    if opening is None or opening.granularity != "day":
        return
    text = text_of(doc)
    sentences = _sentences_of_event(text, candidate, mentions)
    for start, end in sorted(sentences):
        following = text.find(".", end)   # the next sentence too: "Festival ... ini berlangsung ... hingga ..."
        window_end = following if 0 <= following - end < 400 else end
        for date in dates:
            if not (start <= date.start < window_end) or date.first <= opening.last:
                continue
            if (date.first - opening.last).days > 14 or not _UNTIL.search(text, max(0, date.start - 12), date.start) \
                    or _counted_ahead().search(date.text):
                continue
            candidate.date = replace(opening, last=date.last)
            return
    # "Rakornas yang berlangsung selama tiga hari itu ...": no closing day written, the length of the event says it
    # (its own sentences only; not "... akhir pertemuan yang berlangsung dua hari", whose day is the last)
    for start, end in sorted(sentences) if opening.first == opening.last else []:
        found = _lasting().search(text, start, end)
        if found is not None and not _lasting_end().search(text, max(start, found.start() - 60), found.start()):
            days = parse_number(found.group("n"))
            if days is not None and 2 <= days <= MAX_LASTING_DAYS:
                candidate.date = replace(opening, last=opening.first + datetime.timedelta(days=int(days) - 1))
            return


def _sentences_of_event(text: str, candidate: Candidate, mentions: Sequence[Mention]) -> set[tuple[int, int]]:
    """The sentences that tell of ``candidate``: those naming it, and the later ones that say a word for it was held
    ("Kegiatan ini / Festival itu berlangsung hingga ...") before another kind of event is named."""
    lx = _lexicon()
    sentences = {m.sentence for m in candidate.mentions}
    own, kinds = {id(m) for m in candidate.mentions}, {m.type for m in candidate.mentions}
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start <= candidate.first or id(mention) in own:
            continue
        if not mention.anaphoric and mention.type not in kinds \
                and text[mention.start:mention.end].lower() not in lx.generic:
            break   # another kind of event named first (a generic "kegiatan" names none)
        # ("Expo yang berlangsung hingga Minggu (16/7/2023) itu ...": the event's own word, said to be held)
        refers_back = mention.anaphoric or lx.refers_back.match(text, mention.end) is not None \
            or lx.generic_held.match(text, mention.end) is not None
        if _said_held(text, mention.start, mention.end) or (
                refers_back and lx.took_place.search(text, mention.end, mention.sentence[1])):
            sentences.add(mention.sentence)
    return sentences


def _extend_from_opening_day(doc: Doc, candidate: Candidate, dates: list[DateMention],
                            mentions: Sequence[Mention] = ()) -> None:
    """ "Sebanyak 34 lembaga sosial mengikuti kegiatan yang digelar sejak Jumat (8/9) lalu": an event dated to a day
    began on the earlier day its own sentences say it has been held since (not "Sejak kemarin, saya sudah izin
    pamit ... untuk bisa dilantik", where something else began then)."""
    day = candidate.date
    if day is None or day.granularity != "day":
        return
    text = text_of(doc)
    for start, end in sorted(_sentences_of_event(text, candidate, mentions)):
        for date in dates:
            if not (start <= date.start < end) or date.granularity != "day" \
                    or not 1 <= (day.first - date.last).days <= MAX_LASTING_DAYS:
                continue
            if date.first == date.last and _held_since().search(text, max(start, date.start - 60), date.start):
                candidate.date = replace(date, last=day.last)
                return


# The longest an event may be said to last, in days, for its closing day to be counted from its first.
MAX_LASTING_DAYS = 7


@cache
def _took_place_verbs() -> str:
    """events.yaml took_place_verbs ("berlangsung", "digelar") as one alternation, for the date patterns below."""
    return regex.alternation(resources.load("events")["took_place_verbs"])


@cache
def _lasting() -> re.Pattern[str]:
    """A verb of taking place and a number of days ("berlangsung selama tiga hari", "digelar dua hari"), not counted
    from another day ("dua hari lalu", "tiga hari setelah ...": dates.yaml lasting_not_before, the past and future
    markers, counted_ahead_ends)."""
    dates = resources.load("dates")
    numbers = regex.alternation([w for w, n in resources.load("numbers")["units"].items() if 2 <= n <= 9])
    counted = regex.alternation(dates["lasting_not_before"] + dates["past_markers"] + dates["future_markers"]
                                + dates["counted_ahead_ends"])
    return re.compile(rf"\b(?:{_took_place_verbs()})\s+(?:selama\s+)?(?P<n>{numbers}|\d)\s+hari\b"
                      rf"(?!\s+(?:{counted})\b)", re.IGNORECASE)


@cache
def _lasting_end() -> re.Pattern[str]:
    """dates.yaml lasting_end_words: a length said of the event's end ("di akhir pertemuan yang berlangsung ...")."""
    return re.compile(rf"\b(?:{regex.alternation(resources.load('dates')['lasting_end_words'])})\b", re.IGNORECASE)


@cache
def _held_since() -> re.Pattern[str]:
    """A verb of taking place, then "sejak" (dates.yaml since_words), right before a day ("digelar sejak",
    "berlangsung sejak hari")."""
    since = regex.alternation(resources.load("dates")["since_words"])
    return re.compile(rf"\b(?:{_took_place_verbs()})\s+(?:{since})\s+(?:hari\s+|tanggal\s+)?$", re.IGNORECASE)


@cache
def _counted_ahead() -> re.Pattern[str]:
    """ "prediksi ... hingga tiga hari ke depan": a span counted from the day of writing (dates.yaml
    counted_ahead_ends), not the day an event ends."""
    ends = regex.alternation(resources.load("dates")["counted_ahead_ends"])
    return re.compile(rf"\b(?:{ends})$", re.IGNORECASE)


_UNTIL = re.compile(r"\b(?:hingga|sampai|s\.?d\.?)\s*$")


def _named(mention: Mention) -> bool:
    """Whether ``mention`` names its event (a room's name, "ruang rapat MRP", does not)."""
    return bool(mention.name) and not mention.room


def _described(mention: Mention) -> bool:
    """Whether ``mention`` is named only by its kind and lower-case words ("festival musik"), not referring back."""
    words = (mention.name or "").split()
    return len(words) > 1 and all(w[:1].islower() for w in words[1:]) and not mention.named_back


def _proper_name(candidate: Candidate) -> bool:
    """A side event inside the main one has a name of its own ("Forum Wali Kota Muda"), not a description."""
    return any(sum(1 for w in (m.name or "").split() if w[:1].isupper()) >= 2 for m in candidate.mentions)


def _borrowed(mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The mention that owns a date this one only shares: an earlier trigger in the same sentence that the date
    follows ("Forum Kota Tangguh 2021 yang digelar pada Mei 2021 ... dengan penandatanganan ...")."""
    if mention.date is None or mention.date.start > mention.start:
        return None
    before = [m for m in mentions if m is not mention and not m.anaphoric and m.date is mention.date
              and m.start < mention.date.start and m.sentence == mention.sentence]
    return max(before, key=lambda m: m.start) if before else None


def group_candidates(mentions: list[Mention], kind_of: Callable[[Mention], str] = lambda m: m.type,
                     lead: tuple[int, int] | None = None) -> list[Candidate]:
    """Named or dated mentions become candidates; mentions naming the same event, or of the same kind on a day
    within its dates ("KTT yang berlangsung 29 Juni - 2 Juli" and "ditutup ... Minggu (2/7)"), join. ``kind_of``
    gives a mention's kind ("kegiatan Bimbingan Teknis ..." is a training, as "Bimtek ... 12-13 September" is);
    ``lead``: the story's first sentence, whose gathering only described is the one named later."""
    candidates: list[Candidate] = []
    owners = {id(m): _borrowed(m, mentions) for m in mentions}
    ordered = [m for m in mentions if owners[id(m)] is None] + [m for m in mentions if owners[id(m)] is not None]
    for mention in ordered:
        if mention.anaphoric or not (mention.name or mention.date or mention.said_held):
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
            compatible = not (_named(mention) and any(_named(m) for m in candidate.mentions)) or same_name
            same_kind = kind_of(mention) in {kind_of(m) for m in candidate.mentions}
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
        if not any(_named(m) for m in candidate.mentions):
            partner = next((c for c in merged if c.named and c.date is None
                            and types & {m.type for m in c.mentions}), None)
            if partner is not None:
                partner.mentions.extend(candidate.mentions)
                partner.date = candidate.date
                continue
        if candidate.named and candidate.date is not None:
            # A named mention without a date seen earlier ("memperpanjang nota kesepahaman ...") and this dated one
            # ("Penandatanganan perpanjangan nota kesepahaman itu ... Kamis (2/11)") report the same event; so does
            # one the story's first sentence only describes in lower case ("mendatangi festival musik ...", then
            # "Festival tahunan We The Fest ... diselenggarakan pada 11-13 Agustus 2017").
            own = {t for m in candidate.named for t in _name_tokens(m.name or "")}
            early = next((c for c in merged if c.named and c.date is None and types & {m.type for m in c.mentions}
                          and (len(own & {t for m in c.named for t in _name_tokens(m.name or "")}) >= 2
                               or all(m.sentence == lead and _described(m) for m in c.named))), None)
            if early is not None:
                early.mentions.extend(candidate.mentions)
                early.date = candidate.date
                continue
        if candidate.named and candidate.date is None:
            tokens = {t for m in candidate.named for t in _name_tokens(m.name or "")}
            # (or a generic word's nameless event it names back: "Kegiatan yang berlangsung pada ... 15 Juli 2021 itu
            # ... Pelatihan pemasaran digital tersebut digelar ...")
            named_back = any(m.named_back for m in candidate.named)
            partner = next((c for c in merged if c.date is not None and (
                types & {m.type for m in c.mentions} or (named_back and not c.named and {
                    m.type for m in c.mentions} == {"other"}))
                            and (not c.named or len(tokens & {t for m in c.named
                                                              for t in _name_tokens(m.name or "")}) >= 2)), None)
            if partner is not None:
                partner.mentions.extend(candidate.mentions)
                continue
        merged.append(candidate)
    return merged


def _score(candidate: Candidate, doc: Doc, title: str, lead: tuple[int, int], dated_as_held: bool = False) -> float:
    """How likely a candidate is the story's main event: named in the title, dated (not only as scheduled, where
    ``dated_as_held``: some candidate's date is not given as scheduled), held, in the lead."""
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
    if candidate.date is not None and not (dated_as_held and planned_date(text, candidate)):
        score += 2.0
    if any(m.held or m.reported_after for m in candidate.mentions):
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
    score += max(0.0, 1.0 - body_share(candidate.first, len(text), len(title)) * 2)
    return score


def planned_date(text: str, candidate: Candidate) -> bool:
    """ "Rencananya penandatanganan dilakukan di Seremban pada Maret 2023": a date its own clause gives as scheduled
    (events.yaml scheduled_words)."""
    date = candidate.date
    dated = next((m for m in candidate.mentions if m.date is date), None)
    if date is None or dated is None or not dated.sentence[0] <= date.start < dated.sentence[1]:
        return False
    clause = max(text.rfind(",", dated.sentence[0], min(dated.start, date.start)), dated.sentence[0])
    return _lexicon().scheduled.search(text, clause, date.start) is not None


def _confidence(candidate: Candidate, n_facts: int, primary: bool) -> float:
    value = 0.2
    value += 0.2 if candidate.named else 0.1 if any(m.said_held for m in candidate.mentions) else 0.0
    value += 0.2 if candidate.date is not None else 0.0
    value += 0.1 if any(m.held for m in candidate.mentions) else 0.0
    value += min(n_facts, 5) * 0.04
    value += 0.1 if primary else -0.1
    return round(max(0.05, min(value, 0.99)), 2)


def _best_name(candidate: Candidate, title: str) -> Mention | None:
    # a room's name ("ruang rapat paripurna I") names the event only when nothing else does
    named = [m for m in candidate.named if not m.room] or candidate.named
    if not named:
        return None
    title_tokens = set(_name_tokens(title))

    def quality(m: Mention) -> tuple[bool, bool, bool, bool, int, int]:
        tokens = _name_tokens(m.name or "")
        capitals = sum(1 for w in (m.name or "").split() if w[:1].isupper())
        # A mention that only shares another's date ("... dengan penandatanganan ...") names a part, not the event.
        # (a day the sentence before gives, "Hal ini diputuskan dalam rapat Badan Legislasi", is the mention's own)
        owns_date = not (m.date is not None and candidate.date is m.date and m.sentence[0] <= m.date.start < m.start)
        # "menemui pimpinan MPR ... dalam lawatan resminya ke Indonesia": a gathering's own word names it before a
        # verb of meeting someone in it
        # ("rapat koordinasi (Rakornis) ke-106" before "acara Rakornis", "Sulut Expo 2019" before "kegiatan Sulut Expo
        # 2019": a name a gathering's own word heads before one a generic word heads)
        return (not m.verb_met, owns_date, len(set(tokens) & title_tokens) >= 2, m.type != "other", capitals,
                -abs(len(tokens) - 6))

    return max(named, key=quality)

"""What the event assembly reads from the language data, and small helpers over the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import regex, resources
from ..stages.dates import DateMention
from ..stages.numbers import number_word_pattern
from ..stages.titles import received_by_official
from ..stages.words import verb_shaped

Spans = list[tuple[int, int]]


@dataclass(frozen=True)
class _Lexicon:
    trigger: regex.PhraseAlternation
    type_of: dict[str, str]
    non_events: regex.WordStarts
    newsroom_visit: re.Pattern[str]   # "berkunjung ke kantor Tempo": an interview, no gathering
    spelled_out: dict[str, re.Pattern[str]]   # acronym trigger -> what the story must write for it to be one
    entity_triggers: frozenset[str]   # acronyms tagged as organisations that stay triggers ("rdp")
    opening_words: frozenset[str]
    gathering_named: frozenset[str]
    holding_before: re.Pattern[str]   # an act of holding right before a generic word: "membuka kegiatan ..."
    joining_before: re.Pattern[str]   # taking part right before a held gathering's head: "mengikuti Jambore ..."
    held_gatherings: dict[str, str]   # "pekan", "karnaval": a gathering's head, right after holding it -> its type
    held_gathering: re.Pattern[str]   # one capitalised before a capitalised name ("Pekan Kebudayaan Daerah")
    held_after: re.Pattern[str]       # its holding right after the word's name: "... yang digelar"
    meeting_act: re.Pattern[str]      # a verb of meeting someone: "bertemu", "menemui"
    place_statement: re.Pattern[str]  # a cue that a sentence states where an event was held: "Bertempat di"
    partnership_act: re.Pattern[str]  # entering a partnership: "menjalin kerja sama", "memperpanjang kerja sama"
    opened_gathering: re.Pattern[str]   # a trigger word or a gathering noun, within a few words after an opening
    anaphoric: frozenset[str]
    anaphoric_markers: re.Pattern[str]
    # "Peresmian pasar itu", "Dalam pertemuan tersebut, ...": a sentence that opens with a trigger referring back
    refers_back_opening: re.Pattern[str]   # matched from the sentence's start up to the trigger
    sequence: re.Pattern[str]              # "kemudian": goes on with what the sentence before told
    refers_back: re.Pattern[str]           # matched right after the trigger: up to three words, then the marker
    held: re.Pattern[str]
    took_place: re.Pattern[str]
    reported_after: re.Pattern[str]
    # "usai meresmikan ...", "saat membuka ...", "usai " or "saat " before a trigger that is itself a verb: the
    # speaker's own part in the gathering, said after or during it (group 1: the verb, where one stands between)
    took_part_before: re.Pattern[str]
    said_at: re.Pattern[str]   # in a sentence's text before a trigger: "kata Menteri ... saat "
    said_during: re.Pattern[str]
    said_around: re.Pattern[str]   # "kata Tisha usai Rapat ...", "kata Havas dalam diskusi ...": said at or right by it
    said_back: re.Pattern[str]   # "Hal itu disampaikannya saat membuka ...": a statement before set at the gathering
    speaker_back: re.Pattern[str]   # "Yeremias berbicara saat membuka ...": the same, by a speaker named
    attribution: re.Pattern[str]
    attributed: re.Pattern[str]   # ending a clause's text: "kata Jokowi saat meninjau " before a trigger
    dated_attribution: re.Pattern[str]   # after a quotation, its attribution up to its day: ' ujar dia, '
    pronoun_said: re.Pattern[str]
    signed_document: re.Pattern[str]
    inaugurating: frozenset[str]      # "meresmikan", "peresmian"
    non_venue: re.Pattern[str]        # after one of those: a presence, an expansion, a device
    press_event: re.Pattern[str]
    historical_before: re.Pattern[str]
    historical_after: re.Pattern[str]
    historical_role: re.Pattern[str]
    present_after: re.Pattern[str]   # a presence verb after a past office holder: he was there
    press_event_after: re.Pattern[str]
    document_signed: re.Pattern[str]
    cancel: re.Pattern[str]
    background: re.Pattern[str]
    future: re.Pattern[str]
    habitual: re.Pattern[str]   # "setiap tahun": a gathering that recurs
    prepared_for: re.Pattern[str]   # "persiapan HUT Otsus yang akan": the date after it is the prepared event's
    room_before: re.Pattern[str]    # "ruang " right before a trigger
    prepared_cue: re.Pattern[str]   # "persiapan", "menjelang" before a date ...
    scheduled: re.Pattern[str]      # a schedule's word in a date's clause: "Rencananya ... pada Maret 2023"
    planned_date: re.Pattern[str]   # ... that a future marker ends: "HUT Otsus 21 November 2023 nanti"
    recalled: re.Pattern[str]
    modes: list[tuple[str, re.Pattern[str]]]
    ordinals: frozenset[str]
    dated_verbs: frozenset[str]   # "bertemu dengan": a meeting only in a sentence that writes its day
    met_party: re.Pattern[str]    # ... with an office or a body's party right after it
    host: re.Pattern[str]
    modifiers: frozenset[str]
    statement: re.Pattern[str]
    outcome_cues: list[tuple[str, re.Pattern[str]]]
    signing_acts: re.Pattern[str]
    agreement_told: re.Pattern[str]   # case-sensitive, as written
    any_outcome_cue: re.Pattern[str]   # any of outcome_cues or signing_acts: most sentences have none
    other_event: re.Pattern[str]
    list_intro: re.Pattern[str]
    kind_of_intro: dict[str, str]
    topic_cue: re.Pattern[str]
    topic_stop: frozenset[str]
    topic_fillers: re.Pattern[str]
    place_preposition: re.Pattern[str]
    english_heads: frozenset[str]
    verb_nominals: dict[str, str]
    suffixless_passives: frozenset[str]
    negated_act: re.Pattern[str]      # right before a verb trigger: "tidak ", "belum pernah "
    as_reference: re.Pattern[str]     # right before a trigger: "menjelang ", "menggagalkan proses "
    negated_manner: re.Pattern[str]   # right after it: "langsung", "sendirian" (the act took place)
    negation_contrast: re.Pattern[str]   # later in its sentence: "melainkan", "tetapi" (the act took place)
    modal_act: re.Pattern[str]        # right before a verb trigger: "mesti segera ", "sebaiknya "
    modal_realised: re.Pattern[str]   # up to three words before the modal: "akhirnya ", "senang ", "dijadwalkan "
    programme: re.Pattern[str]        # "program acara", "acara YouTube" with no capitalised name after
    body_member_kinds: frozenset[str]   # the kinds of trigger a member's word makes a body: forum, conference
    body_member: re.Pattern[str]      # right before a forum or a congress: "anggota ", "Ketua Umum "
    forum_officer: re.Pattern[str]    # right before a forum: those and "Sekretaris ", "Koordinator "
    plural: re.Pattern[str]           # right before a trigger: "sejumlah ", "beberapa "
    name_stops: frozenset[str]
    name_connectors: frozenset[str]
    name_prepositions: frozenset[str]
    separate: re.Pattern[str]
    remote: re.Pattern[str]
    led_by: re.Pattern[str]
    commentator: re.Pattern[str]   # an office that opens with "pengamat", "peneliti", ...
    commentator_events: frozenset[str]
    spokesperson: re.Pattern[str]   # an office that holds "humas", "juru bicara", ...
    spokesperson_events: frozenset[str]
    said_earlier: re.Pattern[str]   # right after a name: "sebelumnya", "pernah"
    talked_about: re.Pattern[str]   # "kebijakan ", "era ": before whose policy or time is told of
    absent: re.Pattern[str]
    absent_after: re.Pattern[str]   # ", dalam sambutan tertulis" after the office holder
    absent_verb: re.Pattern[str]    # "berhalangan", "tidak hadir" right after the person (and those joined to them)
    same_occasion: re.Pattern[str]         # matched at a sentence's start
    country_list: re.Pattern[str]
    weak: frozenset[str]
    placed_weak: frozenset[str]   # weak triggers that a place after them makes a gathering
    place_named: frozenset[str]   # triggers that, capitalised before a name, name a place or a body
    nameless_in_lower_case: frozenset[str]   # triggers that a lower-case phrase after them does not name
    typed_other: frozenset[str]   # triggers whose events are typed "other"
    held_back: re.Pattern[str]
    received_party: re.Pattern[str]   # "Rombongan ... diterima": a sentence that opens with a visiting party
    generic_held: re.Pattern[str]   # after a generic noun: "(yang) berlangsung", "ini dilaksanakan"
    generic: frozenset[str]         # "acara", "kegiatan": nouns that name no event of their own
    said_held: re.Pattern[str]      # right after an event word: "(yang) (telah) digelar", "berlangsung"


_words = regex.alternation


def has_trigger(text: str, pos: int = 0) -> bool:
    """Whether ``text`` names an event's trigger word from ``pos`` on: without one, ``candidates.find_mentions``
    finds no mention, and event assembly makes no record. (The words' starts are kept for find_mentions.)"""
    return next(iter(_lexicon().trigger.finditer(text, pos)), None) is not None


@cache
def _lexicon() -> _Lexicon:
    ev = resources.load("events")
    venues = ev["inaugurated_non_venues"]
    type_of = {form.lower(): kind for kind, forms in ev["types"].items() for form in forms} | {
        form.lower(): "ceremony" for form in ev["religious_gatherings"]}
    dates = resources.load("dates")
    outcomes = resources.load("outcomes")
    topics = resources.load("topics")
    places = resources.load("places")
    people = resources.load("people")
    intro_kind = {}
    for kind, forms in outcomes["kinds"].items():
        for form in forms:
            intro_kind.setdefault(form.split()[0].lower(), kind)
    for noun, kind in outcomes["antecedent_nouns"].items():   # "usulan prioritas ... yakni:": recommendations
        intro_kind.setdefault(noun.lower(), kind)
    outcome_forms = [form for forms in outcomes["kinds"].values() for form in forms]
    flags = re.IGNORECASE
    # a verb of saying, or whom a quote was given to where scraping lost the verb
    speech = [*ev['attribution_verbs'], *ev['reporting_verbs'], *ev['passive_attribution_verbs'],
              *ev['press_addressees']]
    return _Lexicon(
        trigger=regex.PhraseAlternation(
            re.compile(rf"(?<![\w-])(?:{_words(list(type_of))})(?![\w-])", flags), list(type_of)),
        type_of=type_of,
        spelled_out={k.lower(): regex.compile(rf"\b(?:{_words(v)})\b", flags)
                     for k, v in ev["spelled_out_triggers"].items()},
        entity_triggers=frozenset(ev["entity_triggers"]),
        opening_words=frozenset(ev["opening_words"]),
        gathering_named=frozenset(ev["gathering_named"]),
        held_gatherings={form.lower(): kind for form, kind in ev["held_gatherings"].items()},
        held_gathering=regex.compile(rf"(?<![\w-])(?:{_words([f.capitalize() for f in ev['held_gatherings']])})"
                                     r"(?=[ ][A-Z])"),
        holding_before=regex.compile(rf"\b(?:{_words(ev['holding_acts'])})\s+(?:secara\s+resmi\s+)?$", flags),
        joining_before=regex.compile(rf"\b(?:{_words(ev['joining_acts'])})\s+$", flags),
        meeting_act=regex.compile(rf"\b(?:{_words(ev['meeting_acts'])})\b", flags),
        place_statement=regex.compile(rf"\b(?:{_words(ev['place_statement_cues'])})\b", flags),
        partnership_act=regex.compile(rf"\b(?:{_words(ev['partnership_acts'])})\b", flags),
        held_after=regex.compile(
            rf"[\s,]*(?:yang\s+)?(?:telah\s+|sudah\s+|akan\s+)?(?:{_words(ev['took_place_verbs'])})\b", flags),
        opened_gathering=regex.compile(
            rf"(?:\s+[^\s,.;:()]+){{0,4}}?\s+\(?(?:{_words([*type_of, *ev['opened_gatherings']])})\b", flags),
        # "konferensi persnya": the enclitic "-nya" on the phrase's last word changes nothing
        non_events=regex.WordStarts(regex.compile(rf"\b(?:{regex.alternation(ev['non_events'])})(?:nya)?\b", flags),
                                    ev["non_events"]),
        newsroom_visit=_newsroom_visit(ev["newsroom_visits"]),
        anaphoric=frozenset(ev["anaphoric"]),
        anaphoric_markers=regex.compile(rf"\s+(?:{_words(ev['anaphoric_markers'])})\b", flags),
        sequence=regex.any_form(ev["sequence_words"], flags),
        refers_back_opening=re.compile(rf"\s*(?:(?:{_words(ev['refers_back_openers'])})\s+)?", flags),
        refers_back=re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{_words(ev['anaphoric_markers'])})\b"
                               rf"|\s+(?:{_words(ev['refers_back_verbs'])})\b", flags),
        held=regex.any_form(ev["held_verbs"], flags),
        took_place=regex.any_form(ev["took_place_verbs"], flags),
        # "usai memimpin Rapat ...", "seusai menghadiri acara ...": the speaker took part (a bare "usai apel ..."
        # only times a remark about something else)
        reported_after=regex.compile(rf"\b(?:{_words(ev['reported_after_cues'])})\s+(?:me|ber)[a-z]+\s+$", flags),
        took_part_before=regex.compile(rf"\b(?:{_words([*ev['reported_after_cues'], *ev['said_during_cues']])})\s+"
                                       rf"((?:me|ber)[a-z]+\s+)?$", flags),
        # "kata Menteri ... saat peresmian ...", "ujar Tito di sela ...": a verb of saying, then a word that sets the
        # statement at a gathering, before the gathering's trigger in the sentence
        said_at=regex.compile(
            rf"\b(?:{_words(speech)})\b"
            rf"[\s\S]*?"
            rf"\b(?:{_words([*ev['said_during_cues'], *ev['reported_after_cues'], *ev['setting_prepositions']])})"
            rf"\s", flags),
        # "kata Yosef dalam Rapat Koordinasi", "ujar Ani sebelum rapat kerja": a quote's attribution, then a cue that
        # puts the statement at the gathering named right after it
        said_back=regex.compile(
            rf"\s*(?:{_words(ev['said_back_subjects'])}),?\s+(?:juga\s+|pun\s+)?di[a-z]+\b(?:\s+oleh)?"
            rf"(?:,?\s+(?-i:[A-Z])[\w.'’-]*){{0,12}},?"
            rf"\s+(?:{_words([*ev['said_during_cues'], *ev['reported_after_cues'], *ev['setting_prepositions']])})"
            rf"(?:\s+[\w-]+){{0,2}}\s+$", flags),
        speaker_back=regex.compile(
            rf"\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,3}}\s+(?:{_words(ev['speaking_verbs'])})"
            rf"\s+(?:{_words(ev['said_during_cues'])})(?:\s+[\w-]+){{0,2}}\s+$", flags),
        said_during=_attribution_then(ev["attribution_verbs"], ev["said_during_cues"]),
        said_around=_attribution_then(ev["attribution_verbs"], [*ev["said_during_cues"], *ev["outside_cues"]],
                                      verb=True),
        # "katanya usai (meresmikan)": a pronoun's attribution right before a reported-after cue
        pronoun_said=regex.compile(
            rf"\b(?:{_words([v for v in ev['attribution_verbs'] if v.endswith('nya')])})\s+(?:saat\s+ditemui\s+)?"
            rf"(?:{_words(ev['reported_after_cues'])})\s+(?:(?:me|ber)[a-z]+\s+)?$", flags),
        # "ujarnya di", "kata Presiden Jokowi di": a quote's attribution, up to where the statement was made
        attributed=regex.compile(rf"\b(?:{_words(ev['attribution_verbs'])})\b[^.,;\"“”\n]{{0,60}}$", flags),
        attribution=regex.compile(rf"\b(?:{_words(ev['attribution_verbs'])})(?:\s+[A-Z][\w.'’-]*){{0,4}}\s+(?=di\s)"),
        dated_attribution=regex.compile(
            rf"\s*,?\s*(?:{_words(ev['attribution_verbs'])})\b[^.;\"“”\n]{{0,100}}$", flags),
        # "menandatangani Perpres ...", "surat ... yang ditandatangani": a document signed, no gathering
        # (also after a count: "penandatanganan dua SK", "sejumlah surat")
        signed_document=regex.compile(
            rf"\s+(?:(?:\d+|{number_word_pattern()}|{_words(ev['plural_quantifiers'])})\s+)?"
            rf"(?:{_words(ev['signed_documents'])})\b", flags),
        inaugurating=frozenset(venues["acts"]),
        # lower case only: "meresmikan Smartphone Center ..." names a place
        non_venue=regex.compile(
            rf"\s+(?:{_words(venues['presence'])}|{_words(venues['expansions'])}"
            rf"|(?:\d+|{_words(venues['counted'])})\s+(?:{_words(venues['devices'])})"
            rf"|(?:{_words(venues['devices'])})\s+(?:{_words(venues['new'])}))\b"),
        document_signed=regex.compile(rf"\b(?:{_words(ev['signed_documents'])})\b[^.,;\n]{{0,60}}$", flags),
        press_event=regex.compile(rf"\b(?:{_words(ev['press_events'])})(?:nya)?\s+(?:(?:acara|kegiatan)\s+)?$", flags),
        press_event_after=regex.compile(rf"\s+(?:{_words(ev['press_events'])})(?:nya)?\b", flags),
        cancel=regex.any_form(ev["cancel_cues"], flags),
        background=regex.any_form(ev["background_cues"], flags),
        future=regex.any_form(ev["future_cues"], flags),
        habitual=regex.any_form(ev["habitual_cues"], flags),
        scheduled=regex.compile(rf"\b(?:{_words(ev['scheduled_words'])})\b", flags),
        prepared_for=regex.compile(rf"\b(?:{_words(ev['prepared_event_cues'])})\b[^.\n]*?\byang\s+"
                                   rf"(?:{_words(ev['planned_clause'])})\b", flags),
        # case-sensitive: a capitalised "Ruang Rapat Paripurna" is a venue's name, blocked as such in find_mentions
        room_before=regex.compile(rf"\b(?:{_words(ev['room_nouns'])})\s+$"),
        prepared_cue=regex.compile(rf"\b(?:{_words(ev['prepared_event_cues'])})\b", flags),
        planned_date=regex.compile(rf"\s(?:{_words(dates['future_markers'])})$", flags),
        recalled=regex.compile(rf"\b(?:{_words(ev['recalled_cues'])})\b|(?:[\d)]|\b(?:{_words(sorted(_calendar_words()))}))"
                               rf"\s+(?:{_words(ev['recalled_after_date'])})\b", flags),
        modes=[(mode, regex.any_form(ev["modes"][mode], flags))
               for mode in ("hybrid", "online", "offline")],
        ordinals=frozenset(ev["name_ordinals"]),
        dated_verbs=frozenset(ev["dated_verb_triggers"]),
        met_party=regex.compile(rf"\s+(?:{_words([*people['offices'], *ev['met_parties']])})\b", flags),
        host=regex.any_form(ev["host_cues"], flags),
        modifiers=frozenset(ev["modifier_nouns"]),
        # "keterangan yang diterima di Jakarta, Senin": a statement's date; "diterima Wali Kota ... di Balai Kota,
        # Rabu": an audience's
        statement=regex.compile(rf"\b(?!{received_by_official()})(?:{_words(dates['statement_cues'])})\b[^.\n]{{0,60}}$",
                                flags),
        # "menyatakan dukungannya" (and the common misspelling "dukunganya"): a cue may take the possessive suffix
        outcome_cues=[(kind, regex.compile(rf"\b(?:{_words(forms)})(?:n?ya)?\b", flags))
                      for kind, forms in outcomes["kinds"].items()],
        signing_acts=regex.any_form(outcomes["signing_acts"], flags),
        agreement_told=re.compile(rf"\b(?:{_words(outcomes['agreement_words'])})\b"),
        any_outcome_cue=regex.compile(rf"\b(?:{_words(outcome_forms + outcomes['signing_acts'])})(?:n?ya)?\b", flags),

        other_event=regex.any_form(outcomes["other_event_markers"], flags),
        list_intro=regex.compile(rf"\b(?:{_words(outcomes['list_intros'])})\w*\b[^.\n]*:[ \t]*$", flags | re.MULTILINE),
        kind_of_intro=intro_kind,
        topic_cue=regex.compile(rf"\b(?:{_words(topics['cues'])})\b\s*:?\s*", flags),
        topic_stop=frozenset(topics["stop_words"]),
        topic_fillers=regex.compile(rf"^(?:\s*(?:{_words(topics['fillers'])})\b)+\s*:?\s*", flags),
        place_preposition=regex.compile(rf"\b(?:{_words(places['place_prepositions'])})\s+$", flags),
        english_heads=frozenset(ev["english_heads"]),
        verb_nominals=dict(ev["verb_nominals"]),
        suffixless_passives=frozenset(ev["suffixless_passives"]),
        negated_act=regex.compile(rf"\b(?:{_words(ev['negations_before_acts'])})\s+$", flags),
        as_reference=regex.compile(rf"\b(?:{_words(ev['reference_cues'])})\s+"
                                   rf"(?:(?:{_words(ev['reference_fillers'])})\s+)?$", flags),
        negated_manner=regex.compile(rf"\s+(?:{_words(ev['negated_manners'])})\b", flags),
        negation_contrast=regex.compile(rf"\b(?:{_words(ev['negation_contrasts'])})\b", flags),
        modal_act=regex.compile(rf"\b(?:{_words(ev['modals_before_acts'])})\s+"
                                rf"(?:(?:{_words(ev['modal_fillers'])})\s+)?$", flags),
        modal_realised=regex.compile(rf"\b(?:{_words(ev['modal_realised_cues'])})\s+(?:[\w-]+\s+){{0,3}}$", flags),
        programme=regex.compile(rf"\b(?:{_words(ev['programmes'])})\b(?!\s+(?-i:[A-Z]))", flags),
        body_member_kinds=frozenset(ev["body_member_kinds"]),
        body_member=regex.compile(rf"\b(?:{_words(ev['body_members'])})\s+$", flags),
        forum_officer=regex.compile(rf"\b(?:{_words(ev['body_members'] + ev['forum_officers'])})\s+$", flags),
        plural=regex.compile(rf"\b(?:{_words(ev['plural_quantifiers'])})\s+$", flags),
        name_connectors=frozenset(ev["name_connectors"]),
        name_prepositions=frozenset(ev["name_prepositions"]),
        name_stops=frozenset(ev["name_stops"]) | frozenset(
            w.lower() for w in ev["held_verbs"] + ev["cancel_cues"] + ev["suffixless_passives"]),
        separate=regex.compile(rf"\b(?:{_words(ev['separate_statement_cues'])})\b"
                               rf"|^\W*(?:{_words(ev['separate_statement_openers'])})\s*,", flags),
        remote=regex.compile(rf"\b(?:{_words(ev['remote_channels'])})\b", flags),
        # (an office of up to four words may stand between: "di bawah kepemimpinan Gubernur Jabar Ahmad ...")
        led_by=regex.compile(rf"\b(?:{_words(ev['led_by_cues'])})\s+(?:[\w.]+\s+){{0,4}}$", flags),
        commentator=regex.compile(rf"(?:{_words(ev['commentator_roles'])})\b", flags),
        commentator_events=frozenset(ev["commentator_events"]),
        spokesperson=regex.compile(rf"\b(?:{_words(ev['spokesperson_roles'])})\b", flags),
        spokesperson_events=frozenset(ev["spokesperson_events"]),
        said_earlier=regex.compile(rf"[\s,]*(?:juga\s+)?(?:{_words(ev['said_earlier_after'])})\b", flags),
        # (only capitalised words between, an office's: "era Presiden", "putra Ketua DPR"; not "anak yatim
        # didampingi Bupati")
        talked_about=regex.compile(rf"\b(?:{_words(ev['talked_about_cues'])})[ ]+(?:(?:sang|mantan|eks)[ ]+)?"
                                   r"(?:(?-i:[A-Z])[\w.]*[ ]+){0,4}$", flags),
        absent=regex.compile(rf"\b(?:{_words(ev['absent_cues'])})\s+$", flags),
        # (after the names joined to them: "Maria Lado, Yohanes Bata, Agus Ngaji dan Siti Rahma, tidak hadir")
        absent_verb=regex.compile(rf"(?:(?:\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+)"
                                  rf"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,7}})){{0,8}}"
                                  # (past a relative clause: "Wali Kota Bogor yang diundang dalam rapat tersebut
                                  # tidak hadir")
                                  rf"(?:\s+yang\s+[^,.;:\"“”\n]{{1,80}}?)?\s*,?\s*"
                                  rf"(?:{_words(ev['absent_verbs'])})\b", flags),
        absent_after=regex.compile(rf"[^.;\"“”]{{0,60}}?\b(?:{_words(ev['absent_after_channels'])})\s+"
                                   rf"(?:{_words(ev['absent_after_cues'])})\b", flags),
        # (a pilgrim's or a degree's title may stand between: "Almh. Hj. Ainun Habibie")
        historical_before=regex.compile(rf"\b(?:{_words(ev['historical_cues']['before'])})\.?\s+"
                                        rf"(?-i:[A-Z][A-Za-z]{{0,3}}\.\s*)*$", flags),
        historical_after=regex.compile(rf"\s*\(\s*(?:{_words(ev['historical_cues']['bracketed_after'])})\.?\s*\)",
                                       flags),
        # "Presiden RI Pertama", "Wakil Presiden ke-2": a past holder of the office
        historical_role=regex.compile(rf"\bPresiden(?:\s+(?:RI|Indonesia|Republik Indonesia))?\s+"
                                      rf"(?:{_words(ev['historical_cues']['ordinals'])})\b", flags),
        present_after=regex.compile(rf"[^.;,\"“”]{{0,80}}?\b(?:{_words(ev['historical_cues']['present_after'])})\b",
                                    flags),
        same_occasion=regex.compile(rf"\W*(?:{_words(ev['same_occasion_openers'])})\b", flags),
        # "delegasi dari negara-negara Islam seperti Mesir, ...": a few words may stand between cue and list.
        country_list=regex.compile(rf"\b(?:{_words(ev['country_list_cues'])})\b[^.:;\n]{{0,40}}?\s*,?\s*"
                                   rf"(?:yakni|yaitu|antara lain|meliputi|seperti|termasuk|di antaranya|:)\s*",
                                   flags),
        weak=frozenset(w.lower() for w in ev["weak_triggers"]),
        placed_weak=frozenset(w.lower() for w in ev["placed_weak_triggers"]),
        place_named=frozenset(w.lower() for w in ev["place_named_triggers"]),
        nameless_in_lower_case=frozenset(w.lower() for w in ev["nameless_in_lower_case"]),
        typed_other=frozenset(w.lower() for w in [*ev["typed_other"], *ev["religious_gatherings"]]),
        received_party=re.compile(rf"(?:{_words(ev['received_party']['parties'])})\b[^.\n]*?"
                                  rf"\b(?:{_words(ev['received_party']['verbs'])})\b", flags),
        held_back=re.compile(rf"\b(?:(?:{_words(ev['held_back']['markers'])})\s+(?:\w+\s+){{0,3}}?|"
                             rf"(?:{_words(ev['held_back']['generic'])})\s+(?:yang\s+)?)"
                             rf"(?:(?:{_words(ev['held_back']['aspects'])})\s+)?"
                             rf"(?:{_words(ev['held_back']['verbs'])})\b", flags),
        generic_held=_held_right_after(ev["held_back"], "aspects", with_markers=True),
        generic=frozenset(ev["held_back"]["generic"]),
        said_held=_held_right_after(ev["held_back"], "done_aspects"),
    )


def _attribution_then(verbs: list[str], cues: list[str], verb: bool = False) -> re.Pattern[str]:
    """ "kata Yosef dalam ", "kata Tisha usai (memimpin) ": a quote's attribution verb, its speaker's capitalised words
    (four at most, the group ``speaker``), then one of ``cues`` (and, with ``verb``, a verb of acting after it), right
    before the trigger."""
    acting = r"(?:(?:me|ber)[a-z]+\s+)?" if verb else ""
    return regex.compile(rf"\b(?:{_words(verbs)})(?P<speaker>(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,4}})\s+"
                         rf"(?:{_words(cues)})\s+{acting}$", re.IGNORECASE)


def _newsroom_visit(visits: dict) -> re.Pattern[str]:
    """ "berkunjung ke kantor Tempo", "menyambangi Gedung SINDO": a visit verb, a building word at most, then a news
    outlet's name (headers.yaml outlets) or a media group's."""
    outlets = [form for name, forms in resources.load("headers")["outlets"].items() for form in [name, *forms]]
    return re.compile(rf"(?:{_words(visits['verbs'])})\s+(?:(?:{_words(visits['buildings'])})\s+)?"
                      rf"(?:{_words([*outlets, *visits['media_groups']])})(?![\w-])", re.IGNORECASE)


def _held_right_after(held_back: dict, aspects: str, with_markers: bool = False) -> re.Pattern[str]:
    """events.yaml held_back's verbs right after a word, "yang" and one of its ``aspects`` ("aspects": "akan" too;
    "done_aspects") before them, and with ``with_markers`` a marker first ("ini dilaksanakan")."""
    markers = rf"(?:(?:{_words(held_back['markers'])})\s+)?" if with_markers else ""
    return re.compile(rf"\s+{markers}(?:yang\s+)?(?:(?:{_words(held_back[aspects])})\s+)?"
                      rf"(?:{_words(held_back['verbs'])})\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _is_verb(word: str) -> bool:
    """Indonesian verbs by their prefixes: me-, ber-, ter-, and di-...-kan/-i passives; not the nouns that only look
    so ("menteri": "rapat koordinasi tingkat menteri" goes on over it)."""
    return verb_shaped(word.lower())


def _sentence_of(sentences: list[tuple[int, int]], char: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= char < end:
            return start, end
    return char, char


def body_share(at: int, text_length: int, body_start: int) -> float:
    """Where ``at`` falls in the story's body: 0 at its start, 1 at its end. The title before it is left out: the
    learned gate and scorers were fitted on stories without one, and a headline would move every position."""
    return max(at - body_start, 0) / max(text_length - body_start, 1)


def _sentence_index(sentences: list[tuple[int, int]], char: int) -> int | None:
    """The index of the sentence ``char`` stands in; None where it stands in none."""
    return next((i for i, (start, end) in enumerate(sentences) if start <= char < end), None)


def quoted_theme(lead: str, longest: int) -> re.Pattern[str]:
    """A theme or title in quotes after ``lead`` (a pattern of its cue, 'bertema', 'bertajuk'); the group "title"
    is what the quotes hold, 3 to ``longest`` characters."""
    return regex.compile(rf"{lead}[\"“‘'](?P<title>[^\"”’'\n]{{3,{longest}}})[\"”’']")


_NAME_TOKEN = re.compile(r"\w+")   # compiled once: names are compared often


def _name_tokens(name: str) -> list[str]:
    return _NAME_TOKEN.findall(name.lower())


# A quotation: curly quotes, or straight ones within a paragraph.
_QUOTED = re.compile(r"“[^”\n]{1,1500}”|\"[^\"\n]{1,1500}\"")
# A paragraph that opens a quotation and does not close it: newsrooms that write a paragraph a sentence run a
# quotation over several, opening it again in each and closing it in the last ("“Tadi ... tugas kita.\n\n“Dan ...
# ini,” ujarnya").
_RUNS_ON = re.compile(r"(?m)^[ \t]*[“\"][^“”\"\n]*$")
_OPENS_AGAIN = re.compile(r"\s*[“\"]")


@lru_cache(maxsize=64)
def quotations(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of quoted speech in ``text``, in order: each quotation within a paragraph, and each that runs on
    over paragraphs, from its first mark to where it closes (or to the end of the last paragraph that opens it
    again, when none closes it). A paragraph that opens a quotation the next does not go on with is left alone:
    scraped text drops marks and joins paragraphs."""
    spans = [m.span() for m in _QUOTED.finditer(text)]
    followed = 0
    for match in _RUNS_ON.finditer(text):
        if match.start() < followed or _OPENS_AGAIN.match(text, match.end()) is None:
            continue   # a paragraph of a quotation already followed, or one no paragraph goes on with
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" \t"))
        end = match.end()
        while (again := _OPENS_AGAIN.match(text, end)) is not None:
            close = next((i for i in (text.find(c, again.end()) for c in "”\"") if i >= 0), len(text))
            stop = text.find("\n", again.end())
            stop = len(text) if stop < 0 else stop
            if close < stop:
                end = close + 1
                break
            end = stop
        spans.append((start, end))
        followed = end
    return tuple(sorted(spans))


def _in_regions(char: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= char < b for a, b in regions)


@cache
def _venue_nouns() -> str:
    return "|".join(re.escape(w) for w in resources.load("places")["venue_nouns"])


@cache
def office_heads() -> frozenset[str]:
    """The first words of offices (people.yaml: "Direktur", "Ketua", "Menteri"): they open a person's role."""
    return frozenset(office.split()[0] for office in resources.load("people")["offices"])


@cache
def _calendar_words() -> frozenset[str]:
    data = resources.load("dates")
    return frozenset(w.lower() for forms in data["weekdays"].values() for w in forms) | frozenset(
        w.lower() for forms in data["months"].values() for w in forms)


def _clause_text(text: str, start: int) -> tuple[int, int]:
    end_candidates = [i for c in ".;\n" if (i := text.find(c, start)) != -1]
    return start, min(end_candidates) if end_candidates else len(text)

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
    # "kata X usai memimpin Rapat ...": the speaker has just come from this event, so the statement's date is its date
    reported_after: bool = False
    # "Peresmian pasar itu ...": the sentence before, which reports the event this mention refers back to
    reported_in: tuple[int, int] | None = None
    # "di ruang rapat MRP": the trigger names the room a gathering was held in; its name is the room's
    room: bool = False
    # "bertemu dengan ...", "menemui ...": a verb of meeting someone, which names the event only where no word of a
    # gathering does
    verb_met: bool = False
    # "Acara digelar di Masjid Az-Zikra", "Dialog yang diselenggarakan oleh Kementerian ...": a gathering said to have
    # been held right after its word, which makes it a candidate without a name or a date
    said_held: bool = False
    # "Pelatihan pemasaran digital tersebut digelar ...": a name closed by a demonstrative, which names an event told
    # of before ("Kegiatan yang berlangsung pada hari Kamis, 15 Juli 2021 itu ...")
    named_back: bool = False



@dataclass
class Candidate:
    mentions: list[Mention]
    date: DateMention | None = None
    score: float = 0.0
    region: list[tuple[int, int]] = field(default_factory=list)
    # the sentence that dated the event by its name written again beside a day (assemble._date_of_name_again)
    dated_in: tuple[int, int] | None = None

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def named(self) -> list[Mention]:
        return [m for m in self.mentions if m.name]

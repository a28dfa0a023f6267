"""What an event produced (outcomes) and what it discussed (topics)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from .. import regex, resources
from ..schema import Outcome
from ..stages.entities import REGION_KINDS, gazetteer
from ..stages.extensions import text_of
from ..stages.numbers import number_word_pattern
from .common import Mention, _calendar_words, _clause_text, _in_regions, _is_verb, _lexicon, _sentence_index

_LIST_ITEM = regex.compile(r"^[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]+(?P<body>[^\n]+)", re.MULTILINE)

# An outcome stands in a sentence that speaks of the event or in one of this many sentences after it: news states
# what a gathering produced beside it, and "kesepakatan" elsewhere is other news.
OUTCOME_REACH = 2
# How many words before an outcome noun the word that produced it may stand ("menandatangani empat nota ...").
PRODUCED_WITHIN = 4
# How many words after a plan cue a timetable verb makes it a schedule ("rencananya akan dilaksanakan pada").
SCHEDULE_WITHIN = 4
# A cue this many words into a sentence or fewer is in its subject ("Berbagai opsi yang disepakati, ...").
SUBJECT_WORDS = 4

# How many sentences back an outcome noun that refers back ("kerja sama ini") may find the one that states it.
ANTECEDENT_BACK = 3

# An outcome and the span of the text that states it.
OutcomeAt = tuple[Outcome, tuple[int, int]]


@dataclass(frozen=True)
class _Cues:
    """The outcome module's own word patterns (outcomes.yaml), compiled once."""

    outcome_noun: re.Pattern[str]
    producing: re.Pattern[str]
    content: re.Pattern[str]
    not_produced: re.Pattern[str]
    recalled_words: frozenset[str]     # the past among them ("sebelumnya"), which may date the event itself
    person_subject: re.Pattern[str]
    stance: re.Pattern[str]   # right after "sepakat": "dengan adanya ...", "dengan keputusan ..."
    nothing_more: re.Pattern[str]   # what follows a word that ends its sentence: only "itu", "tersebut", punctuation
    negated: re.Pattern[str]
    purpose: re.Pattern[str]            # "untuk" right before a cue: what the gathering is for
    future: re.Pattern[str]             # "akan" (and a word) before a decision or agreement: not decided yet
    undecided_kinds: frozenset[str]
    referred: re.Pattern[str]
    schedule: re.Pattern[str]
    signed_non_agreement: re.Pattern[str]
    producing_verb: str
    produced_noun: re.Pattern[str]
    produced_kind: dict[str, str]
    signing_noun: str                   # "penandatangan(an)": the act of signing, where an outcome's text starts
    signed_nouns: frozenset[str]
    signing_before: re.Pattern[str]     # the signing noun right before a signed noun
    signing: re.Pattern[str]
    antecedent: re.Pattern[str]
    antecedent_kind: dict[str, str]
    antecedent_link: re.Pattern[str]
    said_before: re.Pattern[str]
    enumeration_first: re.Pattern[str]
    enumeration_next: re.Pattern[str]
    list_announced: re.Pattern[str]     # a sentence between an outcome and its list that announces it again
    inline_first: re.Pattern[str]       # "pertama," opening a list inside the outcome's sentence
    inline_next: re.Pattern[str]        # "; kedua,", ", dan ketiga,": its next items
    numbered_first: re.Pattern[str]     # ": 1)", "yakni (1)": a list numbered with digits opening
    numbered_next: re.Pattern[str]      # "; 2)", ", dan 3)", ", serta (4)": its next items, in order
    leading: re.Pattern[str]
    status: re.Pattern[str]
    said_clause: re.Pattern[str]
    elaboration: re.Pattern[str]        # "Angka itu ...": a sentence going on about a figure of the one before
    collective_list: re.Pattern[str]    # "Keempatnya yakni ", "Ketiga perda yang ditetapkan yakni "
    collective_count: dict[str, int]    # "keempat" -> 4
    item_end: re.Pattern[str]           # "...;", "...; dan", "..., serta": what joins an item to the next at its end
    item_opening: re.Pattern[str]       # "serta MoU ...": the joiner opening a list's last item
    items_between: re.Pattern[str]      # "A dan B": the joiner between two items
    # (matched at a sentence's start, so no "^", which would not match at a position inside the text)
    document_content: re.Pattern[str]   # "Kerja sama ini fokus pada ...", "PKS yang diteken hari itu mengatur ..."
    document_means: re.Pattern[str]     # "Melalui MoU tersebut, " before what will be done
    according_to: re.Pattern[str]
    setting: re.Pattern[str]
    trailing_attribution: re.Pattern[str]
    attribution_words: frozenset[str]   # the verbs of a quote's attribution, lower case ("kata", "ujarnya")
    other_clause: re.Pattern[str]
    sides_agree: re.Pattern[str]        # "Kedua pihak (akhirnya) sepakat ...": an agreement of the event's sides
    we_agree: re.Pattern[str]           # "kami sepakat", in a sentence that sets it here ("tadi", "... ini")
    here: re.Pattern[str]
    event_setting: re.Pattern[str]      # "dalam", "pada" ending the text before the event named as its setting
    setting_content: re.Pattern[str]    # "bahwa", "mencakup" after it: what was agreed follows the event
    unfinished: re.Pattern[str]         # "ke", "untuk" ending a text: unfinished
    election: re.Pattern[str]           # "menetapkan X sebagai Ketua ...": an assembly electing its officer
    election_not_after: re.Pattern[str]  # "saat ... terpilih", "yang terpilih": no election the gathering held


@cache
def _cues() -> _Cues:
    data = resources.load("outcomes")
    words = regex.alternation
    flags = re.IGNORECASE
    say = words(data["say_verbs"])
    # "itu", "ini", "tersebut": the words by which a noun refers back (events.yaml)
    demonstratives = words(resources.load("events")["anaphoric_markers"])
    clause_say = words(data["clause_say_verbs"])
    attribution_verbs = resources.load("events")["attribution_verbs"] + data["more_attribution_verbs"]
    attribution = words(attribution_verbs)
    signing = re.escape(data["signing_noun"])
    return _Cues(
        outcome_noun=regex.any_form(data["outcome_nouns"], flags),
        producing=regex.any_form(data["producing_words"], flags),
        content=regex.compile(rf"(?:\s+(?:{demonstratives}|juga))*\s+(?:{words(data['content_verbs'])})\b", flags),
        not_produced=regex.any_form(data["not_produced_before"], flags),
        recalled_words=frozenset(w.lower() for w in data["recalled_before"]),
        stance=regex.compile(rf"\s+dengan\s+(?:{words(data['stance_objects'])})\b", flags),
        nothing_more=regex.compile(rf"(?:\W|\b(?:{demonstratives})\b)*"),
        person_subject=regex.compile(rf"(?:^|[,\"“]\s*)(?:{words(data['person_pronouns'])})\s+(?:\w+\s+)?$", flags),
        # "tidak sepakat", "belum ada kesepakatan", "tak menyangka akan menerima penghargaan": at most two words between
        # the negation and the cue
        negated=regex.compile(rf"\b(?:{words(data['negations'])})\s+(?:\w+\s+){{0,2}}$", flags),
        purpose=regex.compile(rf"\b(?:{words(data['purpose_words'])})\s+$", flags),
        future=regex.compile(rf"\b(?:{words(data['future_words'])})\s+(?:\w+\s+)?$", flags),
        undecided_kinds=frozenset(data["undecided_kinds"]),
        # "apa yang telah disepakati": "yang" and a perfect marker right before a cue
        referred=regex.compile(rf"\byang\s+(?:(?:{words(data['perfect_markers'])})\s+)?$", flags),
        schedule=regex.compile(rf"^\W*(?:\w+\W+){{0,{SCHEDULE_WITHIN - 1}}}?(?:{words(data['schedule_verbs'])})\b",
                               flags),
        signed_non_agreement=regex.any_form(data["signed_non_agreements"], flags),
        producing_verb=data["producing_verb"].lower(),
        # "menghasilkan beberapa rekomendasi", "menghasilkan 3 poin", "menghasilkan tiga kesepakatan"
        produced_noun=regex.compile(rf"\s+(?:(?:{words(data['produced_quantifiers'])}|\d+|{number_word_pattern()})\s+)?"
                                    rf"(?P<noun>{words(list(data['produced_nouns']))})\b", flags),
        produced_kind={k.lower(): v for k, v in data["produced_nouns"].items()},
        signing_noun=data["signing_noun"].lower(),
        signed_nouns=frozenset(n.lower() for n in data["signed_nouns"]),
        signing_before=re.compile(rf"{signing}\w*\s+$"),
        signing=re.compile(signing, re.IGNORECASE),
        antecedent=regex.compile(rf"^(?:[^,.]{{0,60}},\s*)?(?:[\w-]+\s+){{0,2}}?"
                                 rf"(?P<noun>{words(list(data['antecedent_nouns']))})(?:-\w+)?(?:nya)?"
                                 rf"(?:\s+[\w-]+){{0,8}}?\s+(?:{demonstratives})\b", flags),
        antecedent_kind={k.lower(): v for k, v in data["antecedent_nouns"].items()},
        antecedent_link=regex.any_form(data["antecedent_links"], flags),
        said_before=regex.any_form(data["said_before"], flags),
        enumeration_first=regex.compile(rf"(?:{words(data['enumeration_first'])})\b(?:\s+adalah\b|\s*,)?\s*",
                                        flags),
        inline_first=regex.compile(rf"\b(?:{words(data['enumeration_first'])})\s*,\s*", flags),
        inline_next=regex.compile(rf"\s*[;,]\s*(?:dan\s+)?(?:{words(data['inline_ordinals'])})\s*,\s*", flags),
        numbered_first=regex.compile(rf"(?::|\b(?:{words(data['numbered_list_openers'])})\b:?)\s*\(?1\)\s*", flags),
        numbered_next=re.compile(rf"\s*[;,]?\s*(?:(?:{words(data['item_joiners'])})\s+)?(?<![\w(])\(?(?P<number>[2-9])\)\s*"),
        list_announced=regex.compile(rf"\b(?:{words(data['list_announcers'])})\b", flags),
        enumeration_next=regex.compile(rf"(?:{words(data['enumeration_next'])})\b(?:\s+adalah\b|\s*,)?\s*", flags),
        leading=regex.compile(rf"^(?:{words(data['leading_connectives'])})\b\s*,?\s*", flags),
        status=regex.any_form(resources.load("events")["cancel_cues"] + data["status_changes"], flags),
        # "X mengatakan, ...", "X mengatakan kepada Y bahwa ...", "X mengatakan ..." (a clause-taking verb): the
        # speaker, a few words without a comma or quote, is not part of the outcome
        said_clause=regex.compile(rf"^[^,\"“”;]{{1,80}}?\b(?:(?:{say})(?:\s+kepada\s+[^,\"“”;]{{1,60}}?)?"
                                  rf"(?:\s*,\s*|\s+bahwa\s+)|(?:{clause_say})\s+(?!hal\b|bahwa\b))", flags),
        document_content=regex.compile(
            rf"(?:{words(data['document_subjects'])})(?:\s+\([^()]{{1,40}}\))?\s+(?:(?:{demonstratives})|yang\s+"
            rf"(?:{words(data['signing_passives'])})(?:\s+[\w-]+){{0,3}}?)(?:\s+juga)?\s+"
            rf"(?:{words(data['document_content_verbs'])})\b", flags),
        document_means=regex.compile(
            rf"(?:{words(data['document_means'])})\s+(?:{words(data['document_subjects'])})(?:\s+\([^()]{{1,40}}\))?"
            rf"\s+(?:{demonstratives})\s*,\s*(?=[^.]*\b(?:{words(resources.load('events')['future_verbs'])})\b)",
            flags),
        collective_list=regex.compile(
            rf"(?P<numeral>{words(list(data['collective_numerals']))})(?:nya)?(?:\s+[a-z][\w-]*){{0,5}}?\s*,?\s*"
            rf"(?:{words(data['collective_list_markers'])})\s*:?\s*", flags),
        collective_count={k.lower(): int(v) for k, v in data["collective_numerals"].items()},
        item_end=regex.compile(rf"\s*[;,]\s*(?:{words(data['item_joiners'])})?\s*$"),
        item_opening=regex.compile(rf"(?:{words(data['item_joiners'])})\s+"),
        items_between=regex.compile(rf"\s+(?:{words(data['item_joiners'])})\s+"),
        elaboration=regex.compile(rf"\s*(?:{words(data['elaboration_subjects'])})\s+(?:{demonstratives})\b", flags),
        according_to=regex.compile(r"^menurut\s+[^,\"“”;]{1,60},\s*", flags),
        # ... and "Dalam rapat tersebut diputuskan ...": a setting that ends at its demonstrative, with no comma
        setting=regex.compile(rf"^(?:{words(data['setting_openers'])})\s+(?:[^,\"“”;]{{1,80}},\s*"
                              rf"|(?:[\w-]+\s+){{1,3}}(?:{demonstratives})\s+)", flags),
        other_clause=regex.compile(
            rf"[,;][\"”]?\s*(?:{words(data['other_clause'])})\b|,\s*(?:{words(data['detail_clause'])})\b", flags),
        # "Kedua pihak akhirnya sepakat", "Kedua menlu juga sepakat", "Kami berdua sepakat", "Retno dan Guterres juga
        # sepakat": the two sides, by a listed word, "kedua" and a noun, or two names joined by "dan"
        sides_agree=regex.compile(rf"(?:\b(?:{words(data['both_sides'])}|(?:{words(data['both_sides_heads'])})\s+[a-z]+)"
                                  rf"|(?-i:\b[A-Z][\w-]+\s+dan\s+[A-Z][\w-]+))\s+(?:[a-z]+\s+){{0,2}}?"
                                  rf"(?:{words(data['both_sides_agree'])})\b", flags),
        we_agree=regex.compile(rf"\b(?:{words(data['we_agree_subjects'])})\s+(?:[a-z]+\s+){{0,2}}?"
                               rf"(?:{words(data['both_sides_agree'])})\b", flags),
        here=regex.compile(rf"\b(?:{words(data['we_agree_here'])})\b", flags),
        event_setting=regex.compile(rf"[\s,]+(?:{words(data['setting_prepositions'])})\s+(?:[\w-]+\s+){{0,1}}$",
                                    flags),
        setting_content=regex.compile(
            rf"\b(?:{words([*data['produced_content_openers'], *data['content_verbs']])})\b|:", flags),
        unfinished=regex.compile(rf"\b(?:{words(data['unfinished_ends'])})$", flags),
        trailing_attribution=regex.compile(
            rf"(?:[,.!?]?[”\"]\s*,?|,)\s*(?:{attribution})\b[^\"“”]{{0,200}}$", flags),
        attribution_words=frozenset(w.lower() for w in attribution_verbs),
        election=regex.compile(rf"\b(?:{words(data['elections']['verbs'])})\s+(?:[^\s.;]+\s+){{0,6}}?"
                               rf"(?:sebagai|menjadi)\s+(?:{words(data['elections']['offices'])})\b", flags),
        election_not_after=regex.compile(rf"\b(?:{words(data['elections']['not_after'])})\s+(?:\S+\s+){{0,2}}$",
                                         flags),
    )


def find_outcomes(doc: Doc, sentences: list[tuple[int, int]], event_mentions: list[Mention],
                  lead_sentence: tuple[int, int] | None = None) -> list[OutcomeAt]:
    """What the events of an article produced, with where it is written: numbered lists after an intro
    ("menghasilkan beberapa rekomendasi, yaitu:"), lists in prose ("Pertama adalah ..."), cue sentences beside an
    event, and the sentence an outcome noun refers back to ("Kebijakan itu diambil pada rapat ...").
    ``lead_sentence``: the story's first sentence after its title, dateline and the short lines above it (a caption,
    share buttons); the first sentence after the title when not given."""
    text = text_of(doc)
    marked = {i for i, s in enumerate(sentences) for m in event_mentions if s == m.sentence}
    near = {i for i in range(len(sentences)) if any(i - k in marked for k in range(OUTCOME_REACH + 1))}
    if marked:   # "Kedua pihak akhirnya sepakat ...": the sides of the event agree, wherever the story says so
        near |= {i for i, (start, end) in enumerate(sentences) if i > min(marked)
                 and (_cues().sides_agree.search(text, start, end) or (
                     _cues().we_agree.search(text, start, end) and _cues().here.search(text, start, end)))}
        # "Dari hasil diskusi kelompok, forum menghasilkan lima rekomendasi ...": the event's own noun producing
        # something, however far down the story
        nouns = {text[m.start:m.end].lower() for m in event_mentions}
        near |= {i for i, (start, end) in enumerate(sentences) if i > min(marked)
                 and any(_noun_acting(noun).search(text, start, end) for noun in nouns)}
    listed, covered = _list_outcomes(doc, sentences, near)
    outcomes = listed
    cue_found: dict[int, OutcomeAt] = {}
    # "Aa Gatot baru saja kembali terpilih sebagai ketua umum PARFI. Ia terpilih pada kongres ke-15 ...": what was
    # agreed or who was elected, said right before the sentence that names the event; not in quotes ('"Kita sepakat
    # ...," kata Budi'), told of the past ("... tahun lalu") or dated on its own (another occasion's)
    just_before = {i - 1 for i in marked if i > 0 and i - 1 not in near
                   and not _told_apart(doc, sentences[i - 1])}
    # ... and in the story's lead, which tells what the event produced before it names the event ("Menlu Retno
    # mengatakan, Indonesia bersama Malaysia sepakat ... \n ... usai melakukan pertemuan bilateral di Kemlu RI")
    lead = sentences.index(lead_sentence) if lead_sentence in sentences else \
        next((i for i, (start, _) in enumerate(sentences) if start >= (doc._.title_end or 0)), None)
    if lead is not None and marked and lead < min(marked) and lead not in near \
            and not _told_apart(doc, sentences[lead]):
        just_before.add(lead)
    for index, (start, end) in enumerate(sentences):
        if (index not in near and index not in just_before) or start < (doc._.title_end or 0) \
                or _in_regions(start, covered):
            continue
        found = _cue_outcome(doc, (start, end), event_mentions, bool(covered))
        if found is not None and (index in near or found[0].kind == "agreement"):
            cue_found[index] = found
    if marked and any(m.type == "signing" for m in event_mentions):
        for index, (start, end) in enumerate(sentences):
            if index > min(marked) and index not in cue_found and not _in_regions(start, covered):
                found = _document_content(doc, (start, end))
                if found is not None:
                    cue_found[index] = found
    enumerated, intros = _enumerations(text, sentences, cue_found)
    antecedents, referring = _antecedent_outcomes(doc, sentences, event_mentions, near)
    for index, found in sorted([*cue_found.items(), *antecedents.items()], key=lambda item: item[1][1]):
        # a sentence that refers back ("Kerja sama itu disepakati dalam rapat ...") is no second outcome, unless what
        # it states comes after the event ("..., yang juga memutuskan ...")
        if index in intros or (index not in antecedents and found[1][0] < referring.get(index, -1)) or any(
                a < found[1][1] and found[1][0] < b for _, (a, b) in outcomes):
            continue
        if index not in antecedents and found[1][0] == referring.get(index, -1) \
                and any(o.kind == found[0].kind for o, _ in antecedents.values()):
            continue   # "Kesepakatan itu ditandai dengan penandatanganan nota kesepahaman ...": the signing is the
            # agreement the sentence before told, not a second one
        outcomes.append(found)
    outcomes += enumerated
    # "Rapat ... menghasilkan kesepakatan terkait X" and then the agreement itself: one outcome told twice, the
    # summary goes
    outcomes = [(o, (a, b)) for o, (a, b) in outcomes if not (
        _summary().search(text, a, b) and any(other.kind == o.kind and c > a for other, (c, _) in outcomes))]
    # "... kedua universitas menandatangani nota kesepahaman ... MoU ditandatangani Rektor Unhas ...": the same
    # agreement told again with who signed it
    outcomes = [(o, (a, b)) for o, (a, b) in outcomes if not (
        o.kind == "agreement" and _retold_signing().match(text, a, b)
        and any(other.kind == "agreement" and c < a for other, (c, _) in outcomes))]
    outcomes = [(o, (a, b if o.text else _before_the_setting(text, a, b, event_mentions))) for o, (a, b) in outcomes]
    return [(o if o.text else Outcome(kind=o.kind, text=text[a:b]), (a, b)) for o, (a, b) in outcomes]


# How much of an outcome must come before the event's setting for the setting to be cut from it (characters).
OUTCOME_BEFORE_SETTING = 20


def _before_the_setting(text: str, start: int, end: int, event_mentions: list[Mention]) -> int:
    """ "... menyepakati 1.245 usulan prioritas pembangunan dalam Musrenbang ... yang digelar di Gedung Zamzami,
    Painan, Rabu.": what was agreed ends where the event that agreed it is named as its setting."""
    cues = _cues()
    for mention in sorted(event_mentions, key=lambda m: m.start):
        if start + OUTCOME_BEFORE_SETTING <= mention.start < end:
            before = cues.event_setting.search(text, start + OUTCOME_BEFORE_SETTING, mention.start)
            if before is None:
                continue
            kept = text[start:before.start()].rstrip(" ,")
            # not where what was agreed follows the event ("bersepakat dalam forum rapat pimpinan bahwa ...") or its
            # cue does ("Izinkanlah kami mewakili pemerintah dalam sidang ..., menyatakan ... menyetujui"), nor where
            # what stays says nothing by itself ("Hal tersebut diputuskan", "... membawa revisi ke")
            if cues.setting_content.search(text, mention.end, end) is None \
                    and _lexicon().any_outcome_cue.search(kept) is not None and len(kept.split()) >= 4 \
                    and cues.unfinished.search(kept) is None and cues.said_before.search(kept) is None:
                return start + len(kept)
    return end


@cache
def _noun_acting(noun: str) -> re.Pattern[str]:
    """An event's trigger noun, then a word producing or deciding something ("forum menghasilkan", "rapat itu
    memutuskan"). One pattern a noun, kept: the nouns are the trigger words' few forms, an article's set of them is
    not (a pattern a set had been compiled for most articles with an event)."""
    data = resources.load("outcomes")
    acts = regex.alternation([*data["producing_words"], *data["decision_verbs"]])
    markers = regex.alternation(resources.load("events")["anaphoric_markers"])
    return regex.compile(rf"\b(?:{regex.alternation([noun])})(?:\s+(?:{markers}))?\s+(?:{acts})\b", re.IGNORECASE)


def _told_apart(doc: Doc, sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` is quoted speech, recalls the past or carries a date or a year of its own: what it says
    was agreed need not be the next sentence's event's doing."""
    lx = _lexicon()
    text = text_of(doc)
    start, end = sentence
    return any(c in text[start:end] for c in "\"“”") or lx.background.search(text, start, end) is not None \
        or lx.recalled.search(text, start, end) is not None \
        or any(start <= d.start < end for d in doc._.dates or []) or _OWN_YEAR.search(text, start, end) is not None


# a year of its own, not the ends of a term ("periode 2016 – 2021", "masa bakti 2015-2020")
_OWN_YEAR = re.compile(r"(?<![\d.,/])(?<![\d]\s[-–]\s)(?<![\d][-–])(?:19|20)\d\d(?![\d/])(?![.,]\d)(?!\s?[-–]\s?\d)")


def status_outcome(doc: Doc, event_sentences: list[tuple[int, int]]) -> OutcomeAt | None:
    """ "Festival ... resmi ditunda", "... berpindah tempat ke ...": what became of the event itself, a statement, from
    the first sentence of the event that says it; a demand or hope that it be called off ("mendesak agar acara itu
    dibatalkan") is none."""
    text = text_of(doc)
    cues = _cues()
    for start, end in event_sentences:
        for cue in cues.status.finditer(text, start, end):
            before = text[start:cue.start()]
            if not (cues.not_produced.search(before) or cues.negated.search(before)):
                span = _cut(doc, (start, end), None)
                return Outcome(kind="statement", text=text[span[0]:span[1]]), span
    return None


@cache
def _retold_signing() -> re.Pattern[str]:
    """A sentence opening with a signed document, then its signing: "MoU ditandatangani ...", "Nota kesepahaman
    tersebut diteken ..." (outcomes.yaml signed_documents, signing_passives; events.yaml anaphoric_markers)."""
    data = resources.load("outcomes")
    documents, passives = regex.alternation(data["signed_documents"]), regex.alternation(data["signing_passives"])
    markers = regex.alternation(resources.load("events")["anaphoric_markers"])
    return regex.compile(rf"\W*(?:{documents})(?:\s+(?:{markers}))?\s+(?:{passives})\b", re.IGNORECASE)


@cache
def _summary() -> re.Pattern[str]:
    """ "menghasilkan kesepakatan": a sentence that sums up what the event produced (not "menghasilkan kesepakatan
    untuk membuka ...", which says it)."""
    cues = _cues()
    openers = regex.alternation(resources.load("outcomes")["produced_content_openers"])
    return regex.compile(rf"\b{re.escape(cues.producing_verb)}{cues.produced_noun.pattern}(?!\s+(?:{openers})\b)",
                         re.IGNORECASE)


def _list_outcomes(doc: Doc, sentences: list[tuple[int, int]], near: set[int]) -> tuple[list[OutcomeAt], list[
        tuple[int, int]]]:
    """The items of numbered lists after an intro beside an event ("Konferensi menghasilkan tiga rekomendasi,
    yaitu:"), and the lines the lists cover."""
    lx = _lexicon()
    text = text_of(doc)
    outcomes: list[OutcomeAt] = []
    covered: list[tuple[int, int]] = []
    for intro in lx.list_intro.finditer(text, doc._.title_end or 0):
        where = _sentence_index(sentences, intro.start())
        if where is not None and where not in near and not _cues().producing.search(intro.group(0)):
            continue   # ("lima usulan prioritas yang disepakati peserta yakni:" says it was the event's, however far)
        word = _intro_word().search(intro.group(0))
        kind = lx.kind_of_intro.get(word.group(0).lower(), "statement") if word else "statement"
        covered.append((text.rfind("\n", 0, intro.start()) + 1, intro.end()))
        for item in _LIST_ITEM.finditer(text, intro.end()):
            if text[covered[-1][1]:item.start()].strip():
                break   # the list ended
            start = item.start("body")
            first_sentence = next((e for s, e in sentences if s <= start < e), item.end("body"))
            end = min(first_sentence, item.end("body"))
            # ("...;", "...; dan", "..., serta": what joins the item to the next is not the item's)
            end = start + len(_cues().item_end.sub("", text[start:end]))
            outcomes.append((Outcome(kind=kind, text=text[start:end].strip()), (start, end)))
            covered.append(item.span())
    return outcomes, covered


def _cue_outcome(doc: Doc, sentence_span: tuple[int, int], event_mentions: list[Mention],
                 after_list: bool) -> OutcomeAt | None:
    """The outcome a sentence states with a cue word, unless the cue is not this event's doing."""
    lx = _lexicon()
    text = text_of(doc)
    start, end = sentence_span
    sentence = text[start:end]
    if lx.separate.search(sentence) or (after_list and lx.list_intro.search(sentence + ":")):
        return None
    if lx.any_outcome_cue.search(sentence) is None and _cues().election.search(sentence) is None:
        return None
    names_event = any(start <= m.start < end for m in event_mentions)
    named_at = tuple(m.start - start for m in event_mentions if start <= m.start < end)
    for kind, cue in _cue_matches(sentence):
        word = cue.group(0).lower()
        before = sentence[:cue.start()]
        # "Hasil konferensi ini ..." opens a statement; "hasil" deep inside a sentence is no outcome.
        if kind == "statement" and not _is_verb(word.split()[0]) and len(before.split()) > 3:
            continue
        # "Rapat itu memutuskan ...": a decision is the event's only in a sentence that names the event ("Agus
        # memutuskan untuk keluar" is a person's own).
        if word in _decision_verbs() and not names_event:
            continue
        # A sentence about the reported event itself ("Pameran akan berlangsung ...") is not its outcome.
        if kind == "plan" and names_event and not lx.other_event.search(sentence):
            continue
        if _not_produced(doc, sentence, cue, kind, names_event, named_at):
            continue
        if word == _cues().producing_verb:
            noun = _cues().produced_noun.match(sentence, cue.end())
            kind = _cues().produced_kind.get(noun.group("noun").lower(), kind) if noun else kind
        return Outcome(kind=kind, text=""), _cut(doc, sentence_span, (start + cue.start(), start + cue.end()))
    return None


def tells_document_content(text: str, start: int) -> bool:
    """Whether the outcome at ``start`` tells what a signed document holds ("MoU tersebut mencakup ..."), not the
    signing again."""
    return _cues().document_content.match(text, start) is not None


def _document_content(doc: Doc, sentence_span: tuple[int, int]) -> OutcomeAt | None:
    """What a signed document holds, in a sentence whose subject refers back to it after the speaker's clause ("Agung
    mengatakan, kerja sama ini fokus pada ..."): agreed; what will be done through it ("Melalui MoU tersebut, kelima
    kampus akan ..."): a plan, from after the comma."""
    cues = _cues()
    text = text_of(doc)
    start, end = _cut(doc, sentence_span, None)
    if any(c in text[start:end] for c in "\"“”"):
        return None   # (a quote's words are the speaker's, not the document's)
    if cues.document_content.match(text, start, end) is not None:
        return Outcome(kind="agreement", text=""), (start, end)
    means = cues.document_means.match(text, start, end)
    if means is not None:
        return Outcome(kind="plan", text=""), (means.end(), end)
    return None


def _cue_matches(sentence: str) -> list[tuple[str, re.Match[str]]]:
    """Every cue of the sentence with its kind, in the order of the kinds, then of the text; signing acts last."""
    lx = _lexicon()
    found = [(kind, cue) for kind, pattern in lx.outcome_cues for cue in pattern.finditer(sentence)]
    # an election comes first: "menetapkan" alone is a plan cue, "menetapkan X sebagai Ketua" what the assembly did
    elected = [("agreement", cue) for cue in _cues().election.finditer(sentence)
               if not _cues().election_not_after.search(sentence, max(0, cue.start() - 40), cue.start())]
    return elected + found + [("agreement", act) for act in lx.signing_acts.finditer(sentence)]


def _not_produced(doc: Doc, sentence: str, cue: re.Match[str], kind: str, names_event: bool,
                  named_at: tuple[int, ...] = ()) -> bool:
    """Whether the cue speaks of something the event did not produce: a hope, a condition, a request, the past, a
    denial, a timetable, a noun made elsewhere, a signed plaque or document. (A past word before the event's own
    mention dates the event, not the cue: "Sebelumnya Hasil Rapat Dewan Gubernur ... memutuskan ...".)"""
    lx = _lexicon()
    cues = _cues()
    word = cue.group(0).lower()
    before = sentence[:cue.start()]
    after = sentence[cue.end():]
    unmade = [m for m in cues.not_produced.finditer(before) if not (
        m.group(0).lower() in cues.recalled_words and any(m.end() <= at < cue.start() for at in named_at))]
    if unmade or cues.negated.search(before) or cues.purpose.search(before):
        return True
    if kind in cues.undecided_kinds and cues.future.search(before):
        return True
    if word.endswith("nya") and re.sub(r"n?ya$", "", word) in _decision_verbs():
        return True   # "mengapresiasi disahkannya UU ...", "berkat disahkannya ...": a decision referred to
    # "Dirinya berjanji ...": a person's own promise, not what the gathering produced
    if word == "sepakat" and cues.stance.match(after):
        return True   # "menyatakan sepakat dengan adanya revisi": agreeing with an idea, a stance
    if kind == "commitment" and cues.person_subject.search(before):
        return True
    # "apa yang telah disepakati", "prinsip-prinsip yang disepakati": an agreement referred to deep in a sentence;
    # in its subject ("Berbagai opsi yang disepakati, meliputi ...") it is the outcome itself
    if cues.referred.search(before) and word.startswith("di") \
            and len(before.split()) > SUBJECT_WORDS:
        return True
    # "... kepada Sidang Anggota Dewan yang telah menyetujui Perppu ...": an approval given before, referred to
    if word in _decision_verbs() and not word.startswith("di") and cues.referred.search(before):
        return True
    if cues.outcome_noun.fullmatch(word) and not cues.producing.search(" ".join(before.split()[-PRODUCED_WITHIN:])) \
            and not (len(before.split()) <= 1 and cues.content.match(after)):
        return True
    if word == cues.producing_verb and not names_event and not cues.produced_noun.match(sentence, cue.end()):
        return True   # "bisa menghasilkan uang": no event produced anything
    is_act = lx.signing_acts.fullmatch(word) is not None
    if is_act and word.startswith("pe") and cues.nothing_more.fullmatch(after):
        return True   # "..., kata Bupati usai penandatanganan.": the act named bare, when someone spoke; nothing signed
    if (kind == "plan" or is_act) and cues.schedule.search(after.removeprefix(" akan")) \
            and not lx.other_event.search(sentence):
        return True
    if is_act and (cues.signed_non_agreement.search(after[:60]) or lx.signed_document.match(after)
                   or (word.startswith("di") and lx.document_signed.search(before))):
        return True
    return False


def _cut(doc: Doc, sentence_span: tuple[int, int], cue: tuple[int, int] | None) -> tuple[int, int]:
    """The part of a sentence that states the outcome: without the dateline, an opening connective, the speaker
    ("X mengatakan, ...", "Menurut X, ...") and the attribution after a quote. What comes before the ``cue`` word
    (characters; none: the whole sentence is open to the cuts) may be cut, never the cue."""
    text = text_of(doc)
    start, end = sentence_span
    cue_at, cue_end = cue or (end, start)
    word = text[cue_at:cue_end].lower()
    dateline = doc._.dateline_span
    if dateline and dateline[0] <= start < dateline[1]:
        start = dateline[1]
    cues = _cues()
    if word.startswith(cues.signing_noun) or (
            word in cues.signed_nouns and cues.signing_before.search(text[start:cue_at])):
        # "... dihadiri X dan Y dengan penandatanganan Kesepakatan Implementasi": the act, not the guests
        start += [m.start() for m in cues.signing.finditer(text[start:cue_end])][-1]
    elif re.search(r"\byang\s+(?:juga\s+)?$", text[start:cue_at], re.IGNORECASE) and word in _deciding_verbs():
        start = cue_at   # "..., yang juga memutuskan akan ...": the decision, not the sentence it hangs on
    elif word.startswith("me") and cues.election.match(text, cue_at):
        start = cue_at   # "Muswil IV ... yang digelar di ..., menetapkan X sebagai Ketua": the election
    else:
        moved = True
        while moved:
            moved = False
            for pattern in (cues.leading, cues.setting, cues.according_to, cues.said_clause):
                match = pattern.match(text[start:cue_at].lstrip(" “\"'"))
                if match is not None and match.end():
                    start += len(text[start:cue_at]) - len(text[start:cue_at].lstrip(" “\"'")) + match.end()
                    moved = True
    tail = cues.trailing_attribution.search(text, max(cue_end, start), end)
    if tail is not None:
        end = tail.start()
    other = cues.other_clause.search(text, max(cue_end, start), end)
    if other is not None:
        end = other.start()
    while start < end and text[start] in " “”\"'":
        start += 1
    while end > start and text[end - 1] in " “”\"',":
        end -= 1
    return start, end


def _antecedent_outcomes(doc: Doc, sentences: list[tuple[int, int]], event_mentions: list[Mention],
                         near: set[int]) -> tuple[dict[int, OutcomeAt], dict[int, int]]:
    """ "Kebijakan itu diambil pada rapat ...": the sentence before (past one that only says who said it) states
    what the event produced. The outcomes keyed by the index of their sentence, and the sentences that refer back,
    by index, with where the event is named in each."""
    text = text_of(doc)
    cues = _cues()
    found: dict[int, OutcomeAt] = {}
    referring: dict[int, int] = {}
    title_end = doc._.title_end or 0
    for index, (start, end) in enumerate(sentences):
        if index == 0 or index not in near or not any(start <= m.start < end for m in event_mentions):
            continue
        sentence = text[start:end]
        noun = cues.antecedent.match(sentence)
        if noun is None or not cues.antecedent_link.search(sentence, noun.end()):
            continue
        # the nearest sentence before that has the noun ("kerja sama ini" -> "... akan bekerja sama ..."), else the
        # one before, past one that only says who said it
        stem = " ".join(noun.group("noun").lower().split())
        back = next((b for b in range(index - 1, max(-1, index - 1 - ANTECEDENT_BACK), -1)
                     if stem in text[sentences[b][0]:sentences[b][1]].lower()), None)
        if back is None:
            back = index - 1
            while back > 0 and cues.said_before.search(text, *sentences[back]) and index - back < 2:
                back -= 1
            if back > 0 and cues.elaboration.match(text, sentences[back][0]):
                back -= 1   # "... sebesar Rp10,2 triliun. Angka itu turun ...": the figure's sentence
        if sentences[back][1] <= title_end:
            continue
        prior = text[sentences[back][0]:sentences[back][1]]
        # the kind of the sentence's own cue ("... akan menerapkan"), else the noun's ("Kebijakan itu")
        prior_cues = _cue_matches(prior)
        kind = prior_cues[0][0] if prior_cues else cues.antecedent_kind[stem]
        found[back] = (Outcome(kind=kind, text=""), _cut(doc, sentences[back], None))
        referring[index] = min(m.start for m in event_mentions if start <= m.start < end)
    return found, referring


def _enumerations(text: str, sentences: list[tuple[int, int]],
                  cue_found: dict[int, OutcomeAt]) -> tuple[list[OutcomeAt], set[int]]:
    """ "... menyaksikan empat nota kesepahaman. Pertama adalah X. Selanjutnya, Y. Terakhir, Z.": one outcome per
    item of a list in prose that follows an outcome sentence; the sentence that announces them is none itself."""
    cues = _cues()
    outcomes: list[OutcomeAt] = []
    intros: set[int] = set()
    for index, (outcome, (a, b)) in cue_found.items():
        inline = _inline_items(text, a, b)
        if len(inline) >= 2:
            intros.add(index)
            outcomes += [(Outcome(kind=outcome.kind, text=""), item) for item in inline]
            continue
        listed = _collective_items(text, sentences, index + 1)
        if listed:
            intros.add(index)
            outcomes += [(Outcome(kind=outcome.kind, text=""), item) for item in listed]
            continue
        items = []
        following = index + 1
        pattern = cues.enumeration_first
        # ('rapat menyepakati sejumlah langkah ... . "Ada tiga hal yang kami sepakati hari ini," kata Hendra usai
        # rapat. Pertama, ...': a sentence announcing the list again may stand between)
        if following + 1 < len(sentences) and pattern.match(text, *sentences[following]) is None \
                and cues.list_announced.search(text, *sentences[following]) \
                and pattern.match(text, *sentences[following + 1]) is not None:
            following += 1
        while following < len(sentences):
            start, end = sentences[following]
            marker = pattern.match(text, start, end)
            if marker is None:
                break
            items.append((outcome.kind, marker.end(), end))
            pattern = cues.enumeration_next
            following += 1
        if len(items) < 2:
            continue
        intros.add(index)
        for kind, start, end in items:
            end = end - 1 if text[end - 1] == "." else end
            outcomes.append((Outcome(kind=kind, text=""), (start, end)))
    return outcomes, intros


def _collective_items(text: str, sentences: list[tuple[int, int]], index: int) -> list[tuple[int, int]]:
    """The items of a list that sentence ``index`` opens with a collective numeral ("Keempatnya yakni A, B, C, serta
    D."), where it lists as many items as the numeral says; none otherwise."""
    if index >= len(sentences):
        return []
    cues = _cues()
    start, end = sentences[index]
    opening = cues.collective_list.match(text, start, end)
    if opening is None:
        return []
    end = end - 1 if text[end - 1] == "." else end
    # commas first, then the joiner before the last item ("A, B, C, serta D", "A, B dan C")
    items: list[tuple[int, int]] = []
    at = opening.end()
    for comma in _COMMA.finditer(text, at, end):
        items.append((at, comma.start()))
        at = comma.end()
    items.append((at, end))
    last_start, last_end = items[-1]
    joined = list(cues.items_between.finditer(text, last_start, last_end))
    count = cues.collective_count[opening.group("numeral").lower()]
    if len(items) < count and joined:
        items[-1:] = [(last_start, joined[-1].start()), (joined[-1].end(), last_end)]
    # ("serta MoU ...": the joiner before the last item is no part of it)
    items = [(m.end() if (m := cues.item_opening.match(text, a, b)) else a, b) for a, b in items]
    if len(items) != count or any(b - a < 3 for a, b in items):
        return []
    return items


_COMMA = re.compile(r",\s*")


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list numbered inside one outcome sentence ("... tiga kesepakatan, yakni pertama, kedua daerah
    akan membangun ...; kedua, retribusi ...; dan ketiga, ..."), each without its ordinal and separator."""
    cues = _cues()
    first, following = cues.inline_first.search(text, start, end), cues.inline_next
    if first is None:
        # "... antara lain: 1) pengamanan salat Id ...; 2) pengaturan lalu lintas ...": numbered with digits
        first, following = cues.numbered_first.search(text, start, end), cues.numbered_next
    if first is None:
        return []
    items, item_start = [], first.end()
    for marker in following.finditer(text, item_start, end):
        if marker.groupdict().get("number") not in (None, str(len(items) + 2)):
            break   # "1), 2), 5)": no list in order
        items.append((item_start, marker.start()))
        item_start = marker.end()
    if not items:
        return []
    last_end = end - 1 if text[end - 1] == "." else end
    return [*items, (item_start, last_end)]


@cache
def _decision_verbs() -> frozenset[str]:
    return frozenset(v.lower() for v in resources.load("outcomes")["decision_verbs"])


@cache
def _deciding_verbs() -> frozenset[str]:
    """Active verbs by which a gathering decides or agrees ("memutuskan", "menyepakati"): the outcome starts at one
    in a relative clause ("..., yang juga memutuskan ...")."""
    kinds = resources.load("outcomes")["kinds"]
    return _decision_verbs() | frozenset(w.lower() for kind in ("agreement", "recommendation") for w in kinds[kind]
                                         if w.lower().startswith("me") and " " not in w)


def find_topics(doc: Doc, regions: list[tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """Short noun phrases after a cue ("membahas", "bertema", "terkait"), one per list item."""
    lx = _lexicon()
    text = text_of(doc)
    topics: list[tuple[str, tuple[int, int]]] = []
    seen: set[str] = set()
    for cue in lx.topic_cue.finditer(text, doc._.title_end or 0):
        if regions and not _in_regions(cue.start(), regions):
            continue
        end = _clause_text(text, cue.end())[1]
        fillers = lx.topic_fillers.match(text, cue.end(), end)
        start = fillers.end() if fillers else cue.end()
        for part in re.finditer(r"[^,;]+", text[start:end]):
            for piece in _topic_piece().finditer(part.group(0)):
                raw = piece.group(0)
                phrase = re.sub(r"\s*\([^)]*\)?", "", raw).strip(" “”\"'")
                phrase = lx.topic_fillers.sub("", phrase)
                words = phrase.split()
                while words and (words[-1].lower() in lx.topic_stop or words[-1].lower() in ("di", "ke")):
                    words.pop()
                if words and words[0].lower() in lx.topic_stop:
                    break
                # (a verb at either end makes it a clause, not a topic: "Menteri ... Airlangga Hartarto menuturkan")
                if not 1 <= len(words) <= 5 or _is_verb(words[0]) or _is_verb(words[-1]) \
                        or any(w.lower() in ("di", "pada") for w in words):
                    continue
                if words[0].lower() in _calendar_words():
                    continue   # "..., Sabtu (20/6/2020)": the day after a theme is no topic
                if _no_topic(words):
                    continue
                topic = " ".join(words)
                if len(topic) < 4 or topic.lower() in seen:
                    continue
                seen.add(topic.lower())
                at = text.find(topic, start + part.start() + piece.start())
                topics.append((topic, (at, at + len(topic))))
        if len(topics) >= 10:
            break
    return topics + _keyphrases(doc, regions, seen, max(0, 6 - len(topics)))


@cache
def _topic_piece() -> re.Pattern[str]:
    """One item of a topic list: up to a word that joins items or opens a contrast (topics.yaml item_joiners)."""
    return re.compile(rf"(?:(?!\s(?:{regex.alternation(resources.load('topics')['item_joiners'])})\s).)+")


def _no_topic(words: list[str]) -> bool:
    """ '... soal itu," kata Menteri Hukum': a quote's attribution after the cue's clause; "23 Juli 2019": a date;
    "Jakarta": a place alone. None of them says what was discussed."""
    first = words[0].lower().strip("\"“”'")
    if first in _cues().attribution_words:
        return True
    lowered = [w.lower() for w in words]
    if any(w in _calendar_words() for w in lowered) and any(w.isdigit() for w in lowered):
        return True
    entry = gazetteer().place(" ".join(words))
    return entry is not None and entry.kind in REGION_KINDS


_LOWER_RUN = re.compile(r"(?<![\w-])[a-z][a-z -]*[a-z]")   # from a word's start: not "okowi" of "Jokowi"
_PHRASE_RUN = re.compile(r"[a-z][a-z-]{2,}(?: +[a-z][a-z-]{2,})+")   # two or more content words, 3+ letters each


def _phrase_starts(doc: Doc) -> dict[str, list[int]]:
    """Every two- and three-word lower-case phrase of content words in the body, with where it starts; counted
    once per article (each event's topics choose among them)."""
    counts: dict[str, list[int]] | None = doc.user_data.get("warta_phrase_starts")
    if counts is not None:
        return counts
    lx = _lexicon()
    text = text_of(doc)
    counts = {}
    stop: dict[str, bool] = {}   # word -> may not be part of a phrase (asked once per word)
    for run in _LOWER_RUN.finditer(text, doc._.title_end or 0):
        if not _PHRASE_RUN.fullmatch(run.group(0)):
            continue   # a phrase needs two words or more, all content words
        words = run.group(0).split()
        offset = run.start()
        position = 0
        blocked = []
        for w in words:
            if w not in stop:
                stop[w] = w in lx.topic_stop or w in lx.name_stops or _is_verb(w) or w in lx.type_of
            blocked.append(stop[w])
        for index, word in enumerate(words):
            for size in (3, 2):
                gram = words[index:index + size]
                if len(gram) < size or any(blocked[index:index + size]):
                    continue
                phrase = " ".join(gram)
                counts.setdefault(phrase, []).append(offset + run.group(0).index(phrase, position))
            position += len(word) + 1
    doc.user_data["warta_phrase_starts"] = counts
    return counts


def _keyphrases(doc: Doc, regions: list[tuple[int, int]], seen: set[str],
                limit: int) -> list[tuple[str, tuple[int, int]]]:
    """Lower-case noun phrases of two or three content words that the story repeats or its title names."""
    if limit <= 0:
        return []
    text = text_of(doc)
    title = text[:doc._.title_end or 0].lower()
    counts = _phrase_starts(doc)
    scored = []
    for phrase, starts in counts.items():
        in_title = phrase in title
        if len(starts) < 2 and not in_title:
            continue
        if regions and not any(_in_regions(at, regions) for at in starts):
            continue
        scored.append((len(starts) + 2 * in_title + 0.5 * len(phrase.split()), -starts[0], phrase, starts[0]))
    result: list[tuple[str, tuple[int, int]]] = []
    for _, _, phrase, at in sorted(scored, reverse=True):
        if any(phrase in other or other in phrase for other in seen):
            continue
        seen.add(phrase)
        result.append((phrase, (at, at + len(phrase))))
        if len(result) >= limit:
            break
    return result


@cache
def _intro_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, _lexicon().kind_of_intro))})", re.IGNORECASE)

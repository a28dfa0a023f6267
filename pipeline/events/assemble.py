"""Doc -> event records: choose the primary event and recalled or side events, and give each the facts that
stand in its part of the text, with their evidence spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span

from .. import regex, resources
from ..schema import Attendance, EventRecord, Organization, Person, Place, When
from ..stages.dates import DateMention, closing_weekday, live_report_day, on_site_report_day
from ..stages.entities import (
    REGION_KINDS,
    OrganizationMention,
    gathering_words,
    gazetteer,
    law_heads,
    link_organizations,
)
from ..stages.extensions import entities_of, sentences_of, text_of
from ..stages.numbers import CountMention
from ..stages.roles import PersonMention, collective_office
from ..stages.words import verb_shaped, whole_word_spans
from . import gate
from .candidates import (
    _attach_dates,
    _best_name,
    _confidence,
    _contains_date,
    _extend_from_opening_day,
    _extend_to_closing_day,
    _proper_name,
    _same_event,
    _score,
    find_mentions,
    group_candidates,
    planned_date,
    whole_week,
)
from .common import Candidate, Mention, _in_regions, _lexicon, _sentence_index, _sentence_of, _words, quotations
from .organizations import (
    OrganizationAt,
    _dedupe_orgs,
    _organizations,
    affiliation_only,
    as_written,
    bracketed_affiliations,
    corporate_affiliations,
    in_own_assembly,
    only_within,
    without_holder,
)
from .outcomes import OutcomeAt, find_outcomes, find_topics, status_outcome, tells_document_content
from .participants import FEATURES as PERSON_FEATURES
from .participants import features as participant_features
from .participants import org_features, reported_only, took_part
from .participants import record as record_scored
from .places import (
    _event_places,
    _is_dateline_only,
    _mode,
    _online_words,
    _place_in_name,
    _place_records,
    inaugurated_venue,
    places_after_name,
    same_place,
)
from .scope import digest, dominant_domain, hearing_word, in_scope, out_of_scope_article, own_gathering

# A primary event below this confidence is a trigger word without the facts of a reported gathering (no date, no
# name, few participants or places): on real news such records were mostly quote settings and product news.
MIN_PRIMARY_CONFIDENCE = 0.65
# An undated visit to a site or a person is no event below this confidence (_visit_to_a_site)
SURE_VISIT_CONFIDENCE = 0.7
# Characters before a person's mention searched for a cue and an office ("di bawah pimpinan Gubernur", "kebijakan
# Presiden").
CUE_BEFORE_NAME_REACH = 80
# A main event that ended this many days before publication is recalled, not reported: every dated primary event of
# the annotated articles ended at most 14 days before its story was published.
RECALLED_AFTER_DAYS = 30
# How far after a place its own day may be written (", Jalan Medan Merdeka Selatan, Jakarta Pusat, Selasa (12/12)").
SAID_DAY_REACH = 60
# The sentences of a story's opening that may state the place of an event its lead reports.
LEAD_SENTENCES = 2
# A story's opening: its first sentences, where it states the event it reports.
OPENING_SENTENCES = 4
REMOTE_CUE_REACH = 80   # characters after a person's mention within which a written statement's cue names its writer
ORGANISER_REACH = 30   # characters before a person's name where a lower-case "panitia" still names their office
OCCASION_REACH = 80   # characters before a gathering's word within which a verb of the future makes it an occasion
RECALLED_OPENING = 1   # ... or, for a past one it does not date to the day, its first sentence
# How many sentences after an event's a place may still act as its party ("Kota Makassar mempresentasikan ...").
ACTING_REACH = 2


def event_mentions(doc: Doc) -> list[Mention]:
    """The trigger mentions of ``doc`` that may report an event in scope (none in an article whose whole subject
    is out of scope, but a sports body's own gathering in a sports story): what ``assemble`` starts from, and without
    one it makes no record. They are read from the
    text, its sentences and its entities alone, so they can be found before the dates, counts and people, and a
    Doc without one can skip those stages (``pipeline.extract.run_pipeline``)."""
    mentions = find_mentions(doc, sentences_of(doc))
    text = text_of(doc)
    if not mentions or digest(text[:doc._.title_end or 0]):
        return []   # (the trigger words first: most articles have none)
    domain = out_of_scope_article(text)
    if domain is not None:
        mentions = [m for m in mentions if _bodys_own_gathering(doc, m)] if domain == "sport" else [
            m for m in mentions if m.name and own_gathering(domain, m.name)]
    return in_scope(text, mentions)


def _bodys_own_gathering(doc: Doc, mention: Mention) -> bool:
    """In a sports story, a sports body's own meeting or congress, which the conventions keep: one a body is said to
    hold right before it ("Olympic Council of Asia (OCA) mengadakan General Assembly ke-36 di Ashgabat") or one named
    after its body ("Kongres PSSI"); not a "sidang", there a disciplinary hearing."""
    text = text_of(doc)
    if mention.type not in ("meeting", "conference") or hearing_word(text[mention.start:mention.end]):
        return False
    name_end = mention.name_span[1]
    orgs = [e for e in entities_of(doc) if e.label_ == "ORG"]
    if any(mention.end <= e.start_char and e.end_char <= name_end for e in orgs):
        return True
    holding = _lexicon().holding_before.search(text, max(mention.sentence[0], mention.start - 40), mention.start)
    return holding is not None and any(
        mention.sentence[0] <= e.start_char and e.end_char <= holding.start() for e in orgs)


@dataclass
class _Article:
    """What every part of the assembly reads of one article: its text and where its parts lie."""

    doc: Doc
    text: str
    title: str
    sentences: list[tuple[int, int]]
    excluded: list[tuple[int, int]]   # the dateline and the publication line: no facts of an event there
    body: list[tuple[int, int]]       # the sentences after the title and the dateline
    lead: tuple[int, int]             # the body's first sentence
    published: date | None


@dataclass
class _Events:
    """The events the article's records report: the primary one first, then up to three it tells of besides."""

    candidates: list[Candidate]
    events: list[Candidate]
    grouped: set[int]                 # ids of the mentions some candidate holds
    primary_types: set[str]           # the primary's trigger types, and "other"
    secondary_regions: list[tuple[int, int]]
    lead_ins: dict[int, list[tuple[int, int]]]   # each side event's: the spans of the bodies named before it

    @property
    def primary(self) -> Candidate:
        return self.events[0]

    def owner(self, char: int) -> Candidate:
        """The event a fact at ``char`` belongs to: a secondary event whose region holds it, else the primary."""
        for candidate in self.events[1:]:
            if _in_regions(char, candidate.region):
                return candidate
        return self.primary

    def org_owner(self, char: int) -> Candidate:
        """``owner``, where a body named before a side event's mention in its sentence is that event's."""
        for candidate in self.events[1:]:
            if _in_regions(char, self.lead_ins[id(candidate)]):
                return candidate
        return self.owner(char)


@dataclass
class _Facts:
    """What the article names, found once and shared out among its events."""

    people: list[PersonMention]
    people_positions: list[list[int]]
    quotes: list[tuple[int, int]]
    quoted_only: set[int]             # ids of people named, without a role, only inside quoted speech
    role_spans: list[tuple[int, int]]
    orgs: list[OrganizationAt]
    linked_orgs: list[OrganizationMention]
    counts: list[CountMention]
    outcomes: list[OutcomeAt]
    assemblies: list[tuple[int, int]]            # the names of the events recorded
    anaphoric_sentences: list[tuple[int, int]]   # sentences that speak of the main event without naming it
    held_back_sentences: list[tuple[int, int]]   # sentences opened by a word referring back, saying it was held


def assemble(doc: Doc, mentions: list[Mention] | None = None) -> list[EventRecord]:
    """All event records of one processed article, primary first; ``mentions``: its ``event_mentions``, when they
    were found already (they are changed here). The events are chosen first, then the article's facts are found
    once, then each event gets those in its part of the text; last, the main record may show that the article
    reports no event after all."""
    if mentions is None:
        mentions = event_mentions(doc)
    if not mentions:
        return []
    article = _article(doc)
    events = _choose_events(article, mentions)
    if events is None:
        return []
    facts = _find_facts(article, mentions, events)
    built = [_record(article, mentions, events, facts, index, candidate)
             for index, candidate in enumerate(events.events)]
    records = [record for record, _ in built]
    if _no_event_after_all(article, mentions, events, facts, records[0], primary_affiliations=built[0][1]):
        return []
    return records


def _article(doc: Doc) -> _Article:
    text = text_of(doc)
    sentences = sentences_of(doc)
    title_end, dateline_span = doc._.title_end or 0, doc._.dateline_span   # read once, not per sentence
    body = [s for s in sentences if s[0] >= title_end and s != dateline_span
            and not _is_dateline_only(text, s, dateline_span)]
    return _Article(doc=doc, text=text, title=text[:title_end], sentences=sentences,
                    excluded=[s for s in (doc._.dateline_span, doc._.published_span) if s], body=body,
                    lead=body[0] if body else (0, 0), published=doc._.published)


def _choose_events(article: _Article, mentions: list[Mention]) -> _Events | None:
    """Group the mentions into candidate events, date them, choose the primary and the side events told of besides,
    and give each side event its region of the text (the primary has the rest). None without a candidate."""
    doc, text, body, lead, excluded = article.doc, article.text, article.body, article.lead, article.excluded
    sentences = article.sentences
    _attach_dates(doc, mentions, doc._.dates or [], excluded)
    for mention in mentions:
        # "Persetujuan itu diambil dalam rapat paripurna di Ruang Sidang Utama DPRD ..., Kamis.": a gathering the
        # story's first two sentences name, in a sentence the wire style closes with a weekday, is dated by it (not
        # a quote's setting, "kata Jokowi saat meninjau lokasi karhutla ..., Selasa", which needs no record)
        if mention.date is None and not mention.anaphoric and mention.type != "other" \
                and mention.sentence in body[:2] and not _lexicon().attributed.search(
                    text, mention.sentence[0], mention.start):
            mention.date = closing_weekday(text, mention.sentence, doc._.published)
    candidates = group_candidates(mentions, lambda m: _named_kind(text, m)[0], lead)
    if not candidates:
        return None
    for candidate in candidates:
        _extend_to_closing_day(doc, candidate, doc._.dates or [], mentions)
    # (a date given only as scheduled, "Rencananya ... pada Maret 2023", scores none where another is not so given)
    dated_as_held = any(c.date is not None and not planned_date(text, c) for c in candidates)
    for candidate in candidates:
        candidate.score = _score(candidate, doc, article.title, lead, dated_as_held)
    primary = _beside_its_setting(text, max(candidates, key=lambda c: c.score), candidates, doc._.dates or [])
    # A plan the story names once in passing ("Festival Hue 2024 pada Juni mendatang") is no record; a gathering its
    # opening sentence dates to the day, scored lower for want of a proper name, is its main event.
    if _scheduled_aside(text, primary, mentions, body):
        dated = [c for c in candidates if c is not primary and c.date is not None and c.date.granularity == "day"
                 and not c.date.relative]
        opening = [c for c in dated if any(lead[0] <= m.start < lead[1] for m in c.mentions)]
        # (else a gathering the story dates to the day before the plan: "Penjajakan itu dibahas dalam pertemuan
        # ... di Balai Kota Bandung, Jumat (24/2/2023)", then "... Summit pada Mei mendatang")
        opening = opening or [c for c in dated if c.mentions[0].start < primary.mentions[0].start
                              and c.mentions[0].type != "other"
                              and (article.published is None or c.date.last <= article.published)]
        primary = max(opening, key=lambda c: c.score) if opening else primary
    primary = _reported_after(article, primary, candidates)
    _date_the_primary(article, primary, candidates)
    _extend_from_opening_day(doc, primary, doc._.dates or [], mentions)
    secondary = _side_events(article, primary, candidates)
    events = [primary, *secondary[:3]]
    # Each secondary event owns the rest of the sentence from its mention on, and what continues it; the primary
    # the rest.
    grouped = {id(m) for c in candidates for m in c.mentions}
    primary_types = {m.type for m in primary.mentions} | {"other"}
    primary_marks = [m.start for m in primary.mentions] + [
        m.start for m in mentions if m.anaphoric or (id(m) not in grouped and m.type in primary_types)]
    for candidate in events[1:]:
        candidate.region = _secondary_region(doc, candidate, sentences, mentions, primary_marks)
    secondary_regions = [r for c in events[1:] for r in c.region]
    primary.region = [(0, len(text))]
    # "Kemenko Maritim bersama BPPT, LIPI ... sudah menyelenggarakan workshop ...": the bodies a sentence names
    # before the side event it reports, with no other event's mention before them, took part in that event.
    lead_ins = {id(c): _lead_ins(c, mentions) for c in events[1:]}
    return _Events(candidates, events, grouped, primary_types, secondary_regions, lead_ins)


def _reported_after(article: _Article, primary: Candidate, candidates: list[Candidate]) -> Candidate:
    """The named gathering held days after the chosen one, which a background cue opens, and by the story's
    publication: the story reports it and recalls the earlier one ("Sepekan setelah rapat koordinasi ..., Kamis
    (11/7/2024), Pemprov ... kembali menggelar ... High Level Meeting ..., Kamis (18/7/2024)" in a story of 18 July)."""
    first = primary.date
    published = article.published
    opening = primary.mentions[0]
    if first is None or published is None or first.granularity != "day" or first.relative \
            or _long_before(primary, published) \
            or _lexicon().background.search(article.text, opening.sentence[0], opening.start) is None:
        return primary   # (one long before is no recent gathering's forerunner: the story may report none)
    later = [c for c in candidates if c is not primary and c.named and c.date is not None
             and c.date.granularity == "day" and not c.date.relative
             and first.last < c.date.first and c.date.last <= published]
    return max(later, key=lambda c: c.score) if later else primary


def _date_the_primary(article: _Article, primary: Candidate, candidates: list[Candidate]) -> None:
    """The primary event's date where its mentions have none, from where the story says it was held, or the
    opening's date where the story opens with it; failing those, from its name written again beside a day."""
    doc, body, lead, excluded = article.doc, article.body, article.lead, article.excluded
    if primary.date is None:
        primary.date = _date_held(doc, article.sentences, excluded)
    if primary.date is None and body and dominant_domain(article.text) is None:
        # (a trial's story holds hearings in its lead; its undated meeting is a recalled one, see below)
        primary.date = _lead_held_date(doc, body[0], excluded)
    if primary.date is None and any(lead[0] <= m.start < lead[1] for m in primary.mentions):
        primary.date = _date_after_lead(doc, body, primary, candidates, excluded)
    elif primary.date is not None and any(lead[0] <= m.start < lead[1] for m in primary.mentions):
        primary.date = _opening_date(doc, body, primary, excluded) or primary.date
    if primary.date is None:
        primary.date = _date_of_name_again(doc, primary, article.sentences, excluded)
        if primary.date is not None:
            primary.dated_in = _sentence_of(article.sentences, primary.date.start)


def _side_events(article: _Article, primary: Candidate, candidates: list[Candidate]) -> list[Candidate]:
    """The other events the story tells of, in the order it names them: each dated before the main one and apart
    from it, or undated with a proper name and said to have been held."""
    published, text = article.published, article.text
    secondary = [c for c in candidates if c is not primary and c.date is not None
                 and (c.named or c.mentions[0].type not in ("other",))
                 and not c.date.relative and c.date.granularity in ("day", "month")
                 and (c.date.explicit_year or published is not None)
                 and (published is None or c.date.first <= published)
                 and (primary.date is None or c.date.first <= primary.date.last)
                 and (primary.date is None or not _contains_date(primary.date, c.date)
                      or (c.mentions[0].type != primary.mentions[0].type and _proper_name(c)))
                 and (primary.date is None or (c.date.first, c.date.last) != (primary.date.first, primary.date.last))]
    # An undated side event with a proper name that the story says was held ("sudah menyelenggarakan workshop
    # Potensi Bahaya Gempa ... di Universitas Gajah Mada"), of the main event's kind too ("telah menggelar Rapat
    # Badan Musyawarah" before a plenary); not a generic "acara".
    secondary += [c for c in candidates if c is not primary and c not in secondary and c.date is None
                  and _proper_name(c) and any(not m.anaphoric and _held_right_before(text, m) for m in c.mentions)
                  and c.mentions[0].type != "other"]
    secondary.sort(key=lambda c: c.first)
    return secondary


def _find_facts(article: _Article, mentions: list[Mention], events: _Events) -> _Facts:
    """The people, organisations, counts and outcomes of the article, and the sentences that speak of its events:
    found once, before they are shared out among the events."""
    doc, text, sentences, body = article.doc, article.text, article.sentences, article.body
    secondary_regions = events.secondary_regions
    not_people = {e.text for e in entities_of(doc) if e.label_ in ("ORG", "LOC")}
    # "Rapat Koordinasi Penguatan Pelayaran Lintas Selatan Nusa Tenggara": a bare "name" inside an event's name is
    # none (a name with a role there is a participant: "pertemuan dengan Gubernur X").
    event_names = [m.name_span for m in mentions if m.name]
    people = [p for p in doc._.people or [] if _participant(doc, p, sentences, not_people)
              and not (p.name_span and not p.role and not p.titles
                       and any(a <= p.name_span[0] < b for a, b in event_names))]
    people_positions = [_person_positions(text, p) for p in people]
    # Someone named, without a role, only inside quoted speech ("Saya bermitra dengan Pak Edwin") is talked about.
    quotes = list(quotations(text))
    quoted_only = {id(p) for p, positions in zip(people, people_positions, strict=True)
                   if not p.role and all(_in_regions(at, quotes) for at in [p.start, *positions])}
    held_sentences = [sent for sent in sentences if _lexicon().held.search(text, sent[0], sent[1])]
    role_spans = _role_spans(people)
    areas = [m.sentence for m in mentions if m.type != "other" or m.anaphoric] + held_sentences + role_spans + \
        secondary_regions + [m.reported_in for m in mentions if m.reported_in is not None]
    # A place acts as a party ("Kota Makassar mempresentasikan ...") in the story's opening, beside an event or in
    # the sentence after one.
    event_sentences = {m.sentence for m in mentions if m.type != "other" or m.anaphoric}
    acting_areas = areas + body[:LEAD_SENTENCES] + [
        sentences[i + k] for i, s in enumerate(sentences) if s in event_sentences
        for k in range(1, ACTING_REACH + 1) if i + k < len(sentences)] + [
        sentences[j] for i, s in enumerate(sentences)
        if any(s[0] <= at < s[1] for positions in people_positions for at in positions) for j in (i - 1, i) if j >= 0]
    outcome_mentions = [m for m in mentions if m.type != "other" or m.anaphoric or m.name or m.date]
    outcomes = find_outcomes(doc, sentences, outcome_mentions, article.lead if body else None)
    # "Pemprov NTB dan Pemerintah Australia Barat sepakat ... Kesepakatan itu dicapai dalam pertemuan ...": the
    # parties to an agreement the event produced took part in it, wherever the agreement is told.
    areas += [subject for outcome, span in outcomes if outcome.kind == "agreement"
              and (subject := _agreeing_subject(text, _sentence_of(sentences, span[0]))) is not None]
    # the names of the events recorded: "Rakernas PAN" among them says PAN took part; a body's assembly the story
    # only mentions in passing says nothing of this event
    assemblies = [m.name_span for c in events.events for m in c.mentions if m.name]
    orgs = _organizations(doc, people, mentions, article.excluded, areas, acting_areas, assemblies)
    linked_orgs = link_organizations(doc)
    # Counts the numbers stage marked as not attendance carry no attendance status.
    counts: list[CountMention] = [c for c in doc._.counts or [] if c.status in ("attended", "invited", "expected")]
    # Sentences that speak of the main event without naming or dating it: "kegiatan ini", "Rakor yang ...".
    anaphoric_sentences = [m.sentence for m in mentions
                           if (m.anaphoric or (id(m) not in events.grouped and m.type in events.primary_types))
                           and not _in_regions(m.start, secondary_regions)]
    # Sentences opened by a word that refers back to the event and saying it was held ("Acara ini digelar di ...");
    # not "..., event ini tidak dapat berlangsung" inside what someone said.
    held_back_sentences = [m.sentence for m in mentions if m.anaphoric and not _in_regions(m.start, secondary_regions)
                           and not text[m.sentence[0]:m.start].strip()
                           and _lexicon().held_back.search(text, m.sentence[0], m.sentence[1])]
    return _Facts(people, people_positions, quotes, quoted_only, role_spans, orgs, linked_orgs, counts, outcomes,
                  assemblies, anaphoric_sentences, held_back_sentences)


_MODE_AFTER_COUNT = 80   # characters after a head count in which a mode word tells how they attended


def _record(article: _Article, mentions: list[Mention], events: _Events, facts: _Facts, index: int,
            candidate: Candidate) -> tuple[EventRecord, list[Organization]]:
    """The record of one chosen event, with the facts that stand in its part of the text; and the bodies only its
    participants' offices name (affiliations: no party to it, but a sign that officials of named bodies met)."""
    doc, text, title = article.doc, article.text, article.title
    is_primary = candidate is events.primary
    # the sentence a mention refers back to ("... membuka Pasar Rakyat ..., Senin. Peresmian pasar itu ...")
    reported_in = [m.reported_in for m in candidate.mentions if m.reported_in is not None]
    event_sentences = [m.sentence for m in candidate.mentions] + reported_in + (
        facts.anaphoric_sentences if is_primary else [])
    own_sentences = [m.sentence for m in candidate.mentions if not _in_regions(m.start, events.secondary_regions)
                     or not is_primary] + reported_in
    if is_primary:
        # "Acara yang berlangsung ... di Lippo Mall Puri ini": a sentence that says the story's event was held is
        # the event's own.
        own_sentences += [s for s in facts.held_back_sentences if s not in own_sentences]
        # "... pelaksanaan Kongres PSSI di Makassar Sulawesi Selatan pada 17 Oktober 2016": the sentence that names
        # the event again beside its day is the event's own
        if candidate.dated_in is not None and candidate.dated_in not in own_sentences:
            own_sentences.append(candidate.dated_in)
        if any(m.type == "visit" for m in candidate.mentions):
            received = _received_party_sentences(article, events, candidate)
            own_sentences += [s for s in received if s not in own_sentences]
    else:
        own_sentences = candidate.region
    places, place_spans, from_dateline = _places(article, events, facts, candidate, own_sentences)
    evidence: dict[str, list[list[tuple[int, int]]]] = {}
    name_mention = _best_name(candidate, title)
    mode, mode_span = _mode(doc, event_sentences if is_primary else candidate.region, places)
    when = None
    day = candidate.date
    if day is None:
        # "... menandatangani nota kesepahaman ... di Makassar, Rabu.": the weekday closing a sentence of the event
        # ... or closing a sentence that speaks of the primary without naming it ("..., kata Yohanis saat peresmian
        # di Kupang, Rabu.": said at the event, on its day)
        own = sorted({m.sentence for m in candidate.mentions})
        back = sorted(set(facts.anaphoric_sentences) - set(own)) if is_primary else []
        day = next((d for d in (closing_weekday(text, sentence, article.published) for sentence in own + back)
                    if d is not None), None)
    if day is None and is_primary:
        day = live_report_day(event_sentences, article.published, doc._.dates or [], doc._.times or []) \
            or on_site_report_day(text, article.body, doc._.dates or [])
    if day is not None:
        when = When(**day.as_when())
        evidence["when"] = [[(day.start, day.end)]]
    if name_mention is not None:
        evidence["name"] = [[name_mention.name_span]]
    trigger = name_mention or next((m for m in candidate.mentions if m.type != "other"), candidate.mentions[0])
    name = name_mention.name if name_mention is not None else None
    if name is None and is_primary:
        # (an event recalled beside the story's is mostly a bare "kongres": only the primary is named so)
        name = _trigger_name(text, trigger)
        if name is not None:
            evidence["name"] = [[(trigger.start, trigger.end)]]
    kind, kind_span = _named_kind(text, trigger)
    evidence["type"] = [[kind_span]]
    if mode_span is not None:
        evidence["mode"] = [[mode_span]]
    if places:
        evidence["where"] = [[s] for s in place_spans]
    # the event's own mentions, and for the primary event the words that refer back to it
    own_mentions = list(candidate.mentions) + (
        [m for m in mentions if m.anaphoric and not _in_regions(m.start, events.secondary_regions)]
        if is_primary else [])
    event_people, absent, named_people = _people(article, events, facts, index, candidate, own_mentions)
    listed = _one_listing_per_holder(event_people)
    person_records = [Person(name=p.name, role=p.role, organization=p.organization, titles=p.titles,
                             text=text[p.start:p.end], aliases=list(p.aliases)) for p in listed]
    if person_records:
        # Every mention of each person, under every form the article uses (roles.link_people).
        evidence["people"] = [sorted({*p.spans, *p.mentions}) for p in listed]
    event_orgs, affiliations = _event_organizations(article, events, facts, index, candidate, own_mentions, places,
                                                    place_spans, event_people, absent)
    if event_orgs:
        evidence["organizations"] = [[s] for _, s in event_orgs]
    event_counts = _dedupe_counts([c for c in facts.counts if events.owner(c.start) is candidate], len(article.title))
    if event_counts:
        evidence["attendance"] = [[(c.start, c.end)] for c in event_counts]
    if mode_span is None and event_counts:
        # "Sebanyak 250 peserta ... hadir secara luring dan daring": how the event's attendees took part is its mode;
        # only after the count, as a mode word before it qualifies something else ("survei daring melibatkan 12 ribu
        # orang")
        after_counts = [(c.end, min(_sentence_of(article.sentences, c.start)[1], c.end + _MODE_AFTER_COUNT))
                        for c in event_counts]
        said = _mode(doc, after_counts, [])
        if said[1] is not None:
            mode, mode_span = said
            evidence["mode"] = [[mode_span]]
    event_outcomes = _event_outcomes(article, events, facts, candidate, trigger, event_sentences)
    if event_outcomes:
        evidence["outcomes"] = [[s] for _, s in event_outcomes]
    topics = [t for t in find_topics(doc, [(0, len(text))]) if not _in_regions(t[1][0], events.secondary_regions)] \
        if is_primary else []
    if topics:
        evidence["topics"] = [[s] for _, s in topics]
    # a body named in the event's own name ("Sidang Umum PBB") is no sign apart from the name that it took place
    facts_orgs = [s for _, s in event_orgs + affiliations if not in_own_assembly(text, s, facts.assemblies)]
    # nor is the region of a place the record already holds ("Manado" then "Sulawesi Utara")
    parents = {entry.parent for p in places if (entry := gazetteer().place(p.name)) is not None and entry.parent}
    own_places = [p for p in places if p.name not in parents]
    n_facts = len(own_places) - from_dateline + named_people + len(facts_orgs) + len(event_counts)
    record = EventRecord(
        article_id=doc._.article_id or "",
        event_index=index,
        primary=is_primary,
        name=name,
        type=kind,  # type: ignore[arg-type]
        mode=mode,  # type: ignore[arg-type]
        when=when,
        where=places,
        people=person_records,
        organizations=[o for o, _ in event_orgs],
        attendance=[Attendance(count=c.count, qualifier=c.qualifier, unit=c.unit,  # type: ignore[arg-type]
                               status=c.status, text=c.text) for c in event_counts],  # type: ignore[arg-type]
        outcomes=[o for o, _ in event_outcomes],
        topics=[t for t, _ in topics],
        evidence=evidence,
        confidence=_confidence(candidate, n_facts, is_primary),
    )
    return record, [o for o, _ in affiliations]


def _trigger_name(text: str, trigger: Mention) -> str | None:
    """ "dalam rapat paripurna, Selasa": a gathering named by its trigger word alone is called so; an act by its noun
    ("melantik": "pelantikan"). Not a generic word ("acara"), a word referring back, a passive or another verb, nor a
    lower-case "diskusi", mostly where someone was quoted (events.yaml nameless_in_lower_case)."""
    if trigger.type == "other" or trigger.anaphoric:
        return None
    surface = re.sub(r"\s+", " ", text[trigger.start:trigger.end])
    lx = _lexicon()
    nominal = lx.verb_nominals.get(surface.lower())
    if nominal:
        return nominal.split()[0]   # ("kunjungan ke": its noun alone)
    if verb_shaped(surface.split()[0].lower()) or (surface.islower() and surface in lx.nameless_in_lower_case):
        return None
    return surface


def _places(article: _Article, events: _Events, facts: _Facts, candidate: Candidate,
            own_sentences: list[tuple[int, int]]) -> tuple[list[Place], list[tuple[int, int]], int]:
    """Where the event took place, with each place's span, from its own sentences first and, for the primary event,
    from where the story says it otherwise; and 1 when a town was taken from the dateline (no fact of the event)."""
    doc, text, body, lead, excluded = article.doc, article.text, article.body, article.lead, article.excluded
    is_primary = candidate is events.primary
    best_name = _best_name(candidate, article.title)
    name_place = _place_in_name(doc, best_name)
    # A visit's destination ("kehadiran AHY ke Istana Negara") is where it took place.
    visit = candidate.mentions[0].type == "visit"
    # "membahas persiapan KTT G20 di Bali": the place of a gathering named as what this one discussed is not its own
    discussed = [m for c in events.candidates if c is not candidate for m in c.mentions if _discussed(text, m)]
    found = [p for p in _event_places(doc, own_sentences, excluded, visit)
             if not _dated_apart(doc, p[2], candidate) and not any(_place_of(text, m, p[2]) for m in discussed)]
    places, place_spans = _place_records(doc, found, own_sentences)
    if is_primary and visit:
        # "Gubernur bersama rombongan tiba di Posko Pengungsian ..., Kecamatan Batu Benawa": where the visit arrived,
        # in the paragraphs that tell it, is where it took place
        arrived = [s for s in body if s[0] >= candidate.mentions[0].sentence[0] and s not in own_sentences
                   and s not in events.secondary_regions and _arrived().search(text, s[0], s[1])
                   and events.owner(s[0]) is candidate]
        more = [p for p in _event_places(doc, arrived, excluded)
                if _arrived().search(text, max(0, p[2][0] - 12), p[2][0])]
        extra, extra_spans = _place_records(doc, more, arrived)
        new = [(p, span) for p, span in zip(extra, extra_spans, strict=True)
               if not any(same_place(p.name, q.name) for q in places)]
        places, place_spans = [*places, *[p for p, _ in new]], [*place_spans, *[span for _, span in new]]
    if is_primary and not places:
        # Only then the sentences that refer back to the event ("Rakor yang dipusatkan di ..."), in the event's mode
        # ("Rapat diikuti 35 bupati dan wali kota se-Jawa Tengah" after "secara virtual")
        plain = [s for s in facts.anaphoric_sentences if not _lexicon().background.search(text, s[0], s[1])]
        online = any(_online_words().search(text, s[0], s[1]) is not None for s in own_sentences)
        places, place_spans = _place_records(doc, _event_places(doc, plain, excluded, online=online), plain)
    if is_primary and not places and any(lead[0] <= m.start < lead[1] for m in candidate.mentions):
        # A story that opens with its event states the place in its first sentences, often as where a
        # participant spoke ("ujarnya di Hotel ..., Semarang").
        opening = [s for s in body[:LEAD_SENTENCES] if s not in events.secondary_regions]
        places, place_spans = _place_records(doc, _places_that_day(doc, opening, excluded, candidate), opening)
    if is_primary and not places:
        # Where a participant spoke, in the paragraph that reports the event or the next one: '"...," ujarnya
        # di Hotel Kristal, Kupang, Rabu (13/3)' after "X, usai memimpin Rapat ...".
        said = _attributions(text, candidate.mentions[0].sentence[0], events.secondary_regions)
        places, place_spans = _place_records(doc, _places_that_day(doc, said, excluded, candidate), said)
    if is_primary and not any(p.kind in ("city", "regency", "province") for p in places):
        # where the story says something happened "di <the event>, <city>", that city is the event's
        after = _place_records(doc, places_after_name(doc, best_name.name if best_name else None), own_sentences)
        places, place_spans = [*places, *after[0]], [*place_spans, *after[1]]
    if is_primary and _venues_only(places):
        # a venue the event's sentences name alone ("upacara ... di Universitas Bung Karno tersebut") lies where
        # the story writes it elsewhere with its town ("di Universitas Bung Karno, Jalan Kimia, Jakarta Pusat")
        town = _place_records(doc, [f for p in places for f in places_after_name(doc, p.name)], own_sentences)
        places, place_spans = [*places, *town[0]], [*place_spans, *town[1]]
    if is_primary and places and not any(p.kind == "venue" for p in places):
        spoken = _venue_where_spoken(article, events, facts, candidate, places) \
            or _venue_stated_after(article, events, candidate)
        if spoken is not None:
            places, place_spans = [spoken[0], *places], [spoken[1], *place_spans]
    built = inaugurated_venue(doc, best_name)
    if built is not None and not any(p.kind == "venue" for p in places):
        places, place_spans = [built[0], *places], [built[1], *place_spans]
    if is_primary and not any(p.kind in ("city", "regency") for p in places) and name_place is not None \
            and not any(p.name == name_place[0].name for p in places):
        places, place_spans = [*places, name_place[0]], [*place_spans, name_place[1]]
    # The dateline is where the story was filed, not by itself where the event was (devgold conventions); but a
    # venue the story names without its town ("di Aula Gedung Rektorat UTN" under "PEKANBARU -") is in the
    # dateline's town, unless the venue's name places it abroad ("Rumah Perdamaian DMZ Korea Selatan"); not a
    # spot of other kind ("Kremlin", "Distrik Biak Barat"), which may lie anywhere.
    # (it says nothing of whether there was an event: no fact for the record's confidence)
    from_dateline = 0
    if is_primary and _venues_only(places):
        town = _dateline_town(doc, places)
        if town is not None:
            places, place_spans, from_dateline = [*places, town[0]], [*place_spans, town[1]], 1
    return places, place_spans, from_dateline


def _people(article: _Article, events: _Events, facts: _Facts, index: int, candidate: Candidate,
            own_mentions: list[Mention]) -> tuple[list[PersonMention], list[PersonMention], int]:
    """Who took part in the event: of the people named in its part of the text, those the participant scorer keeps
    (and the actor a pronoun refers to), not those only quoted or reported on. Also the people it judged to have
    taken no part, and how many were named at all (a sign that the event took place, whoever of them took part)."""
    doc, text, sentences = article.doc, article.text, article.sentences
    proposed = [(p, positions) for p, positions in zip(facts.people, facts.people_positions, strict=True)
                if any(events.owner(at) is candidate for at in positions)]
    event_people = [p for p, _ in proposed]
    person_features = [participant_features(text, p, positions, sentences, own_mentions, article.lead,
                                            len(facts.people), len(article.title)) for p, positions in proposed]
    record_scored("people", doc._.article_id or "", index, list(event_people), person_features)
    named_people = len(event_people)
    actor = _pronoun_actor(text, candidate, proposed)
    scored = [(p, positions, f) for (p, positions), f in zip(proposed, person_features, strict=True)]

    def unmarked(f: list[float]) -> bool:
        # no participation cue before any mention and no act after one
        return not f[_CUE_BEFORE] and not f[_ACT_AFTER]

    # The rules by which someone the scorer may keep took no part, each a set of ids:
    no_part: set[int] = set()
    # named only inside another's reported clause, with no act or cue of their own: talked about;
    no_part |= {id(p) for p, positions, f in scored
                if unmarked(f) and reported_only(text, positions, sentences, facts.quotes)}
    # whose every sentence is dated after the event: spoke then, not at it;
    no_part |= {id(p) for p, positions, f in scored
                if p is not actor and unmarked(f) and _spoke_another_day(doc, positions, sentences, candidate)}
    # whose every sentence tells of an earlier day ("Sebelumnya, pada Kamis (30/3/2023), Bupati juga telah bertemu
    # Gubernur ..."): met before, whatever the cue;
    no_part |= {id(p) for p, positions, _ in scored
                if p is not actor and _told_earlier(doc, positions, sentences, candidate)}
    # named with no role, outside the event's sentences, with no cue, act or speech beside any mention ("sejak masa
    # Dr. H. Ayub Titu Eki, M.S."): nothing says they took part (untitled, such a name is mostly not proposed at
    # all; written with the titles regional news gives everyone, it is);
    no_part |= {id(p) for p, positions, f in scored
                if p is not actor and p.role is None and not f[_IN_EVENT_SENTENCE] and unmarked(f)
                and not f[_SPEAKER] and not _opens_same_occasion(text, sentences, p, positions, proposed)}
    # whose every mention tells of something said or done earlier ("Sebelumnya, Wakil Presiden Jusuf Kalla juga
    # menyatakan ..."), outside the event's sentences and with no cue or act: spoke before it, not at it;
    no_part |= {id(p) for p, positions, f in scored
                if p is not actor and unmarked(f) and not f[_IN_EVENT_SENTENCE]
                and _said_before(text, sentences, p, positions, facts.quotes)}
    # a commentator ("pengamat", "peneliti", "pakar"; events.yaml commentator_roles) outside the event's sentences,
    # with no cue or act, gave an opinion on the matter, not a part in a meeting, ceremony or visit; at a seminar, a
    # forum or a workshop (commentator_events) such a one is as often a speaker ("Di tempat yang sama, Peneliti ...");
    # a spokesperson ("Kabid Humas", "Juru Bicara KPK") so named spoke for a body on the matter;
    no_part |= {id(p) for p, positions, f in scored
                if p is not actor and unmarked(f) and not f[_IN_EVENT_SENTENCE]
                and _speaks_on_the_matter(p, candidate)
                and not _opens_same_occasion(text, sentences, p, positions, proposed)}
    # whose every mention is followed in its clause by a written statement's or a call's cue ("... melalui siaran
    # persnya", "... saat dihubungi"), outside the event's sentences and with no cue or act: wrote or phoned to the
    # press, took no part (not the organiser's committee, who report on their own event: "Ketua panitia ... dalam
    # siaran pers");
    no_part |= {id(p) for p, positions, f in scored
                if p is not actor and unmarked(f) and not f[_IN_EVENT_SENTENCE]
                and not _organiser_role().search(f"{p.role or ''} {text[max(0, p.start - ORGANISER_REACH):p.start]}")
                and _spoke_from_afar(text, sentences, p, positions)}
    # named between the event's word and the cue that calls it off ("Kunjungan kerja Menko Pangan Zulkifli Hasan dan
    # Mentan Andi Amran Sulaiman ke Merauke ..., ditunda"): were to come, and did not;
    called_off = _called_off(text, candidate)
    no_part |= {id(p) for p, positions, _ in scored
                if any(a <= at < b for at in positions for a, b in called_off)}
    kept = [p for p, _, f in scored
            if (took_part(f) or p is actor) and id(p) not in facts.quoted_only and id(p) not in no_part]
    # (whoever took no part, by the scorer or by a rule: the bodies their offices name took none either)
    kept_ids = {id(p) for p in kept}
    absent = [p for p in event_people if id(p) not in kept_ids]
    return kept, absent, named_people


@cache
def _arrived() -> re.Pattern[str]:
    """A visit's arrival right before where it arrived ("tiba di Bandara ..."; places.yaml arrival_verbs)."""
    return regex.compile(rf"\b(?:{regex.alternation(resources.load('places')['arrival_verbs'])})\s+di\b", re.IGNORECASE)


def _called_off(text: str, candidate: Candidate) -> list[tuple[int, int]]:
    """Spans from each of the event's words to a cue in its sentence that calls the event off ("... ke Merauke, yang
    dijadwalkan Kamis (14/11/2024), ditunda."), the cue ending a clause; not where the sentence says it was put off
    and then held ("Rapat yang sempat ditunda itu akhirnya digelar ...")."""
    lx = _lexicon()
    clause_end, held_after_all = _called_off_cues()
    spans = []
    for mention in candidate.mentions:
        start, end = mention.sentence
        cue = lx.cancel.search(text, mention.end, end)
        if cue is None or not clause_end.match(text, cue.end()) or held_after_all.search(text, start, end):
            continue
        spans.append((mention.start, cue.start()))
    return spans


@cache
def _called_off_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After a cue that calls an event off, the end of its clause ("ditunda.", "batal, karena ...", "ditunda hingga
    ..."), and the words by which a sentence says it was held after all (events.yaml called_off_clause_words,
    held_after_all)."""
    data = resources.load("events")
    return (regex.compile(rf"\s*(?:[.,;:]|$|\s(?:{regex.alternation(data['called_off_clause_words'])})\b)"),
            regex.compile(rf"\b(?:{regex.alternation(data['held_after_all'])})\b", re.IGNORECASE))


def _speaks_on_the_matter(person: PersonMention, candidate: Candidate) -> bool:
    """Whether ``person``'s office is a commentator's (it opens with "pengamat", "peneliti", ...) or a spokesperson's
    (it holds "humas", "juru bicara", ...), and ``candidate`` is no event where such a one speaks (events.yaml
    commentator_events, spokesperson_events)."""
    lx = _lexicon()
    role, kind = person.role or "", candidate.mentions[0].type
    return (lx.commentator.match(role) is not None and kind not in lx.commentator_events) \
        or (lx.spokesperson.search(role) is not None and kind not in lx.spokesperson_events)


def _said_before(text: str, sentences: list[tuple[int, int]], person: PersonMention, positions: list[int],
                 quotes: list[tuple[int, int]]) -> bool:
    """Whether every mention of the person stands in a sentence that opens by telling of earlier ("Sebelumnya, ...",
    "Seperti diberitakan, ...", not inside a quotation: "“Kala itu ...,” ucap Wakil Gubernur ...") or right before
    "sebelumnya" or "pernah" ("Darmin Nasution sebelumnya menyatakan"): said before the event, not at it."""
    lx = _lexicon()

    def opens_earlier(at: int) -> bool:
        start = _sentence_of(sentences, at)[0]
        return lx.background.match(text, start) is not None and not _in_regions(start, quotes)

    return all(opens_earlier(at) or lx.said_earlier.match(text, _mention_end(text, person, at)) is not None
               for at in sorted({person.start, *positions}))


def _mention_end(text: str, person: PersonMention, at: int) -> int:
    """Where the person's mention that starts at ``at`` ends; an office and the name right after it are one mention
    ("Menteri ... Darmin Nasution sebelumnya")."""
    spans = sorted({(person.start, person.end), *person.mentions})
    end = max((b for a, b in spans if a == at), default=at)
    for a, b in spans:
        if end <= a <= end + 1 and not text[end:a].strip():
            end = max(end, b)
    return end


def _spoke_from_afar(text: str, sentences: list[tuple[int, int]], person: PersonMention, positions: list[int]) -> bool:
    """Whether every mention of the person is followed, within its clause, by a written statement or a call (events.yaml
    remote_statement_cues: "Warinussy melalui siaran persnya", "kata Yasonna dalam keterangan tertulis", "ujar Riko saat
    dihubungi"): the one who wrote or phoned, not the others the statement names ("Prisilla dalam siaran pers menuturkan
    ... Triawan Munaf memberikan pujian saat pemutaran": Triawan was there)."""
    def afar(at: int, cue: re.Pattern[str]) -> bool:
        end = _mention_end(text, person, at)
        clause_end = min(_sentence_of(sentences, at)[1], end + REMOTE_CUE_REACH)
        found = cue.search(text, end, clause_end)
        return found is not None and not re.search(r"[.;\"“”]", text[end:found.start()])

    # (one mention that says it was said apart, "kata Sumanto saat dihubungi terpisah", is enough: who spoke at the
    # event is not reached apart)
    at = sorted({person.start, *positions})
    return all(afar(a, _remote_statement()) for a in at) or any(afar(a, _lexicon().separate) for a in at)


@cache
def _organiser_role() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words(resources.load('events')['organiser_roles'])})\b", re.IGNORECASE)


@cache
def _remote_statement() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words(resources.load('events')['remote_statement_cues'])})\b", re.IGNORECASE)


def _opens_same_occasion(text: str, sentences: list[tuple[int, int]], person: PersonMention, positions: list[int],
                         proposed: list[tuple[PersonMention, list[int]]]) -> bool:
    """ "Pada kesempatan yang sama, tenaga ahli ... Neneng Hasanah mengapresiasi ...": the person is the first named
    in a sentence that tells what happened on the event's occasion, and so was there (not one named further on:
    "Pada kesempatan tersebut, Djarot juga minta pengertian ... Ahok")."""
    for at in sorted({person.start, *positions}):
        sentence = _sentence_of(sentences, at)
        opener = _lexicon().same_occasion.match(text, sentence[0], at)
        if opener is not None and not any(other is not person and opener.end() <= where < at
                                          for other, theirs in proposed for where in [other.start, *theirs]):
            return True
    return False


def _told_earlier(doc: Doc, positions: list[int], sentences: list[tuple[int, int]], candidate: Candidate) -> bool:
    """Whether every sentence naming the person opens by saying it tells of earlier ("Sebelumnya, ...") and is dated
    to a day before the event's, naming no mention of the event."""
    own = candidate.date
    if own is None or own.granularity != "day" or not positions:
        return False
    text = text_of(doc)
    event_sentences = {m.sentence for m in candidate.mentions}
    for at in positions:
        sentence = _sentence_of(sentences, at)
        days = [d for d in doc._.dates or [] if sentence[0] <= d.start < sentence[1] and d.granularity == "day"]
        if sentence in event_sentences or _lexicon().background.match(text, sentence[0]) is None \
                or not days or any(d.last >= own.first for d in days):
            return False
    return True


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _spoke_another_day(doc: Doc, positions: list[int], sentences: list[tuple[int, int]],
                       candidate: Candidate) -> bool:
    """ "Tak lama setelah itu, Presiden Joko Widodo mengirimkan surat ... pada 11 September" after a plenary of 5
    September: a person every one of whose sentences is dated to a day after the event's (an undated one by another
    of the person's in its paragraph), and none of which names the event, acted or spoke after it, not at it. (Not
    before it: organisers speak of their festival ahead.)"""
    own = candidate.date
    if own is None or own.granularity != "day" or not positions:
        return False
    event_sentences = {m.sentence for m in candidate.mentions}
    text = text_of(doc)
    dated: list[tuple[int, int]] = []   # the person's sentences with a written day, and the undated ones
    undated: list[tuple[int, int]] = []
    for at in positions:
        sentence = _sentence_of(sentences, at)
        if sentence in event_sentences:
            return False
        # (a written day: "hari ini", "besok" are often a quote's own words)
        days = [d for d in doc._.dates or [] if sentence[0] <= d.start < sentence[1] and d.granularity == "day"
                and not d.relative]
        if not days:
            undated.append(sentence)
            continue
        dated.append(sentence)
        if any(d.first <= own.last for d in days):
            return False   # (before the event or on its days: an organiser announcing it may speak so)
    # "Direktur Walhi Nur Hidayati menilai ... \"...,\" tutur Nur Hidayati di Kantor Walhi, Rabu (18/9)": an undated
    # sentence of the person's takes the day of another of theirs in its paragraph (not a day the paragraph writes of
    # something else: "... di Rapat Paripurna yang dijadwalkan Selasa, 17 September")
    paragraphs = [(text.rfind("\n", 0, a) + 1, _paragraph_end(text, b)) for a, b in dated]
    # ... or of the paragraph right before, when the undated sentence opens its own and goes on with the statement
    # ('"...," kata Rasio di Graha BNPB, Jakarta, Sabtu 14 September 2019.\nRasio menuturkan ...')
    following = [(end + 1, _paragraph_end(text, end + 1)) for _, end in paragraphs if text.startswith("\n", end)]
    return bool(dated) and all(any(p[0] <= a < p[1] for p in paragraphs)
                               or any(p[0] == a for p in following) for a, _ in undated)


def _event_organizations(article: _Article, events: _Events, facts: _Facts, index: int, candidate: Candidate,
                         own_mentions: list[Mention], places: list[Place], place_spans: list[tuple[int, int]],
                         event_people: list[PersonMention], absent: list[PersonMention]
                         ) -> tuple[list[OrganizationAt], list[OrganizationAt]]:
    """The bodies that took part in the event, with their spans; and those its participants' offices only name."""
    doc, text = article.doc, article.text
    is_primary = candidate is events.primary
    # A venue named like an organisation ("Kantor Gubernur Gorontalo") is where, not who; so is a part of a
    # place's name ("Serpong Damai" of "Bumi Serpong Damai (BSD)").
    place_names = {p.name.lower() for p in places}
    event_orgs = [(o, s) for o, s in facts.orgs
                  if (events.org_owner(s[0]) is candidate
                      or (not is_primary and _named_within(text, o, events.lead_ins[id(candidate)])))
                  and o.name.lower() not in place_names
                  and not any(a <= s[0] and s[1] <= b for p, (a, b) in zip(places, place_spans, strict=True)
                              if p.kind in ("venue", "other"))]
    org_values = [org_features(text, s, [o.name, *([o.acronym] if o.acronym else [])], article.sentences,
                               own_mentions, facts.role_spans, gazetteer().place(o.name) is not None,
                               o.acronym is not None, len(facts.orgs), len(article.title)) for o, s in event_orgs]
    record_scored("organizations", doc._.article_id or "", index, [o for o, _ in event_orgs], org_values)
    event_orgs = [item for item, f in zip(event_orgs, org_values, strict=True) if took_part(f, "organizations")]
    # "Ketua Umum Partai Gerindra Prabowo Subianto" quoted about something else: his party took no part either.
    kept_roles = set(_role_spans(event_people))
    absent_roles = [span for span in _role_spans(absent) if span not in kept_roles]
    event_orgs = [(o, s) for o, s in event_orgs if not only_within(text, o, absent_roles, len(article.title))]
    # A body's name ends where its holder's begins (a one-word "name" is too often a body's own word: "Pelindo").
    holders = [p.name for p in event_people if p.name and len(p.name.split()) >= 2]
    event_orgs = _dedupe_orgs([(without_holder(o, holders), s) for o, s in event_orgs])
    # "Ketua Umum Partai Gerindra Prabowo Subianto" at the meeting: Prabowo took part, his party as a body did not.
    # The affiliation still tells, as before, that officials of named bodies met: it counts among the facts.
    offices = _role_spans(event_people)
    affiliations = [(o, s) for o, s in event_orgs if affiliation_only(text, o, offices, len(article.title))]
    event_orgs = [item for item in event_orgs if item not in affiliations]
    event_orgs = _dedupe_orgs(event_orgs + bracketed_affiliations(doc, event_people)
                              + corporate_affiliations(doc, event_people))
    event_orgs = [(as_written(_with_aliases(o, facts.linked_orgs), text), s) for o, s in event_orgs]
    return event_orgs, affiliations


def _event_outcomes(article: _Article, events: _Events, facts: _Facts, candidate: Candidate, trigger: Mention,
                    event_sentences: list[tuple[int, int]]) -> list[OutcomeAt]:
    """What the event produced: the outcomes told in its part of the text, a postponement or cancellation first."""
    text = article.text
    # At a signing, the first report of the signing is its outcome; later ones only retell the event.
    event_outcomes = []
    signing_reported = False
    for outcome, span in facts.outcomes:
        if events.owner(span[0]) is not candidate:
            continue
        act_only = outcome.kind == "agreement" and _lexicon().signing_acts.search(text, span[0], span[1]) and \
            not _lexicon().agreement_told.search(text, span[0], span[1]) and not tells_document_content(text, span[0])
        if act_only and trigger.type == "signing":
            if signing_reported:
                continue
            signing_reported = True
        event_outcomes.append((outcome, span))
    status = status_outcome(article.doc, event_sentences)
    if status is not None and not any(a <= status[1][0] < b for _, (a, b) in event_outcomes):
        event_outcomes.insert(0, status)
    return event_outcomes


def _no_event_after_all(article: _Article, mentions: list[Mention], events: _Events, facts: _Facts,
                        main: EventRecord, primary_affiliations: list[Organization]) -> bool:
    """Whether the main record shows that the article reports no event: too few facts, long past, a trial's
    recalled meeting, a plan named in passing, a habit, a wish or a memory, a quote's setting, or the learned gate's
    verdict."""
    text, primary = article.text, events.primary
    # In a story dominated by a trial, an undated meeting or visit is one the testimony recalls.
    undated_aside = primary.date is None and dominant_domain(text) is not None
    if main.confidence < MIN_PRIMARY_CONFIDENCE or _long_before(primary, article.published) or undated_aside \
            or _scheduled_aside(text, primary, mentions, article.body) or _habitual(text, primary, mentions) \
            or _only_wished_or_remembered(text, primary) or gate.quote_setting(text, primary, main, mentions) \
            or (main.confidence < SURE_VISIT_CONFIDENCE and _visit_to_a_site(primary)):
        return True
    if gate.recorder is not None or gate.model() is not None:
        seen = main.model_copy(update={"organizations": main.organizations + primary_affiliations})
        values = gate.features(text, primary, seen, mentions, len(events.candidates), article.sentences,
                               article.lead, facts.quotes, body_start=len(article.title))
        gate.record(article.doc._.article_id or "", values)
        if not gate.reports_event(values):
            return True
    return False


def _with_aliases(org: Organization, linked: list[OrganizationMention]) -> Organization:
    """The other forms the article uses for an organisation (entities.link_organizations): "Kemendagri" beside
    "Kementerian Dalam Negeri"."""
    forms = {org.name.lower(), (org.acronym or "").lower()}
    for mention in linked:
        own = {mention.name.lower(), (mention.acronym or "").lower()}
        if forms & (own - {""}):
            aliases = [a for a in [mention.name, mention.acronym, *mention.aliases]
                       if a and a.lower() != org.name.lower()]
            return org.model_copy(update={"aliases": list(dict.fromkeys(aliases))})
    return org


def _one_listing_per_holder(people: list[PersonMention]) -> list[PersonMention]:
    """The event's people, each listed once: an office written without a name ("Gubernur DKI", "Kabag Hukum") is
    left out where exactly one named participant holds it, written so or more fully ("Anies Baswedan", Gubernur DKI
    Jakarta), or with only Indonesia's name after it ("Presiden RI" beside "Joko Widodo", Presiden); not a more
    specific office ("Presiden Prancis"), an office a group holds ("Anggota Komisi V"), nor one that several named
    participants hold ("Kades")."""
    named = [p.role.lower() for p in people if p.name and p.role]
    national = _national_markers()

    def held_by(office: str, role: str) -> bool:
        return role == office or role.startswith(f"{office} ") or any(office == f"{role} {n}" for n in national)

    return [p for p in people if p.name or not p.role or collective_office(p.role)
            or sum(1 for role in named if held_by(p.role.lower(), role)) != 1]


@cache
def _national_markers() -> frozenset[str]:
    """The words that name Indonesia after an office ("Presiden RI", "Menteri Luar Negeri Republik Indonesia")."""
    return frozenset(w.lower() for w in resources.load("people")["national_markers"])


def _role_spans(people: list[PersonMention]) -> list[tuple[int, int]]:
    """Where the offices of ``people`` are written (each one's role, and its other mentions' roles)."""
    return [span for p in people for span in (p.role_span, *p.other_role_spans) if span]


def _venues_only(places: list[Place]) -> bool:
    """Places that are all venues, no town among them."""
    return bool(places) and all(p.kind == "venue" for p in places)


def _dateline_town(doc: Doc, places: list[Place]) -> tuple[Place, tuple[int, int]] | None:
    """The dateline's town as a place of the event: a city or regency the gazetteer knows, with no country named in
    the places found (a venue abroad is not in the town the story was filed from)."""
    span = doc._.dateline_span
    entry = gazetteer().place(doc._.dateline or "")
    if span is None or entry is None or entry.kind not in ("city", "regency"):
        return None
    if any((found := gazetteer().place(run)) is not None and found.kind == "country"
           for p in places for run in _word_runs(p.name)):
        return None
    return Place(name=entry.canonical, kind=entry.kind, text=doc._.dateline), span   # type: ignore[arg-type]


def _word_runs(name: str) -> list[str]:
    """ "DMZ Korea Selatan" -> every run of one to three words in it ("DMZ", "Korea Selatan", ...)."""
    words = name.split()
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)]


def _date_after_lead(doc: Doc, body: list[tuple[int, int]], primary: Candidate, candidates: list[Candidate],
                     excluded: list[tuple[int, int]]) -> DateMention | None:
    """A story that opens with its event often dates it in the next sentence ("Kunjungan kerja Gubernur ke Timor
    Leste menghasilkan ... \n Andreas berada di Dili selama tiga hari, 12-14 Maret 2019"): a written date there,
    when that sentence names no event and recalls nothing; or a quotation that sentence opens, told at a place on
    that day ('"Saya dengan ini secara resmi melantik ...," kata Agus di Gedung KPK, Jakarta Selatan, Senin
    (16/9/2019)'), which may name the event itself. A quotation given to the press ("kata Agung kepada wartawan,
    Kamis") or not placed ("kata Masinton, Jumat") dates a statement, not the event."""
    if len(body) < 2:
        return None
    start, end = body[1]
    text = text_of(doc)
    quote = next((span for span in quotations(text) if span[0] >= start), None)
    in_quote = [quote] if quote is not None and quote[0] < end else []
    if in_quote and end < in_quote[0][1]:
        end = next((b for a, b in body[2:] if a < in_quote[0][1] <= b), end)   # on to where it closes
    own = [m for m in primary.mentions if start <= m.start < end]
    if _lexicon().background.search(text, start, end) or any(
            start <= m.start < end for c in candidates if c is not primary for m in c.mentions) \
            or not all(_in_regions(m.start, in_quote) for m in own):
        return None
    dated = [d for d in _day_dates(doc, [(start, end)], excluded) if d.explicit_year]
    if len(dated) != 1:
        return None
    if (own or end != body[1][1]) and not _placed_attribution().match(text, in_quote[0][1], dated[0].start):
        return None   # the quotation named the event, or went on past the sentence: told at a place that day
    return dated[0]


@cache
def _placed_attribution() -> re.Pattern[str]:
    """ ', kata Agus di Gedung KPK, ': a quotation's attribution at a place, not to the press."""
    press = _words(resources.load("events")["press_addressees"])
    return re.compile(rf"(?:(?!{press})[^.])*?\bdi\s+\w(?:(?!{press})[^.])*$", re.IGNORECASE)


def _day_dates(doc: Doc, spans: list[tuple[int, int]], excluded: list[tuple[int, int]]) -> list[DateMention]:
    """The written dates of single days in ``spans``: not relative, not a whole week, not the dateline's."""
    return [d for d in doc._.dates or [] if _in_regions(d.start, spans) and d.granularity == "day" and not d.relative
            and not _in_regions(d.start, excluded) and not whole_week(d)]


def _opening_date(doc: Doc, body: list[tuple[int, int]], primary: Candidate,
                  excluded: list[tuple[int, int]]) -> DateMention | None:
    """A story that opens with its event and dates it in its first two sentences ("Pertemuan Korsel dan Korut
    akhirnya digelar. Para wakil ... bertemu ... di zona demiliterisasi, Selasa (9/1)"): that date, where the event's
    date came from a later sentence ("menerima tawaran untuk mengadakan pertemuan ... pada Jumat (5/1)")."""
    opening = body[:2]
    if not opening:
        return None
    source = next((m for m in primary.mentions if m.date is primary.date), None)
    if source is None or source.start < opening[-1][1]:
        return None
    dated = _day_dates(doc, opening, excluded)
    if len(dated) != 1 or _contains_date(primary.date, dated[0]):
        return None   # "dibuka hari ini, Rabu (2/11)" of an exhibition held 2-6 November: its opening day
    return dated[0]


def _venue_where_spoken(article: _Article, events: _Events, facts: _Facts, candidate: Candidate,
                        places: list[Place]) -> tuple[Place, tuple[int, int]] | None:
    """ 'Wagub hadir di Rakernas PAN di Bandung, Jawa Barat ... Di sela-sela rakernas ... "...," ujar Deddy di Hotel
    Grand Asrilia, Bandung, Jawa Barat, Senin (21/8)': a venue in the event's own town where someone spoke that day,
    in a paragraph that tells of the event or the next, is the event's venue."""
    doc, text = article.doc, article.text
    towns = {p.name for p in places if p.kind in ("city", "regency")}
    if not towns:
        return None
    starts = sorted({m.sentence[0] for m in candidate.mentions} | {a for a, _ in facts.anaphoric_sentences})
    said = sorted({span for at in starts for span in _attributions(text, at, events.secondary_regions)})
    found, spans = _place_records(doc, _places_that_day(doc, said, article.excluded, candidate), said)
    # up to the town, across abbreviations ("di Hotel Santika, Jl. Moh. Hatta, Palu"), not into the next sentence
    town_names = "|".join(re.escape(t) for t in sorted(towns))
    in_town = re.compile(rf"(?:[^.;\n]|\.(?!\s+[A-Z][a-z]+\s)){{0,80}}?\b(?:{town_names})\b")
    return next(((place, span) for place, span in zip(found, spans, strict=True)
                 if place.kind == "venue" and in_town.match(text, span[1], span[1] + 90)), None)


def _venue_stated_after(article: _Article, events: _Events,
                        candidate: Candidate) -> tuple[Place, tuple[int, int]] | None:
    """ "... menggelar acara Ignition di Bandung, Minggu (15/9). Bertempat di aula Universitas Padjadjaran Bandung,
    sekitar seribu peserta ...": the venue a sentence right after the event's states with a cue of where it was held
    (events.yaml place_statement_cues), where the event's own sentence gave a town only."""
    text = article.text
    first = candidate.mentions[0].sentence
    after = [s for s in article.sentences if s[0] >= first[1]][:2]
    after = [s for s in after if s not in events.secondary_regions]
    stated = [s for s in after if _lexicon().place_statement.search(text, s[0], s[1])]
    found, spans = _place_records(article.doc, _event_places(article.doc, stated, article.excluded), stated)
    return next(((place, span) for place, span in zip(found, spans, strict=True) if place.kind == "venue"), None)


def _dated_apart(doc: Doc, span: tuple[int, int], candidate: Candidate) -> bool:
    """A place with another date between it and the event's trigger in its sentence belongs to something else
    ("ajakan bersepeda di Kaliurang, Sleman, pada Minggu (3/3/2019), disinggung Gubernur ketika membuka Musyawarah")."""
    after = [m.start for m in candidate.mentions if m.sentence[0] <= span[0] < m.start < m.sentence[1]]
    if not after:
        return False
    own = candidate.date
    return any(span[1] <= d.start < min(after) and (own is None or (d.first, d.last) != (own.first, own.last))
               for d in doc._.dates or [])


def _places_that_day(doc: Doc, sentences: list[tuple[int, int]], excluded: list[tuple[int, int]],
                     candidate: Candidate) -> list[tuple[Span | None, str, tuple[int, int]]]:
    """The places of ``sentences`` (not the event's own) but where someone spoke on another day than the event's."""
    return [p for p in _event_places(doc, sentences, excluded) if not _said_another_day(doc, p[2], candidate)]


def _said_another_day(doc: Doc, span: tuple[int, int], candidate: Candidate) -> bool:
    """ "Kemarin malam Anies meninjau lokasi tanggul jebol ... '...,' ujar Anies di Balai Kota DKI, Selasa (12/12)": a
    place whose own day, written right after it, is not one of the event's days is where someone spoke later (or
    earlier), not where the event was."""
    own = candidate.date
    if own is None or own.granularity != "day":
        return False
    after = next((d for d in doc._.dates or [] if span[1] <= d.start <= span[1] + SAID_DAY_REACH), None)
    return after is not None and after.granularity == "day" and (after.last < own.first or after.first > own.last)


# Where the participant features hold a cue before the person and an act after the name.
_CUE_BEFORE = PERSON_FEATURES.index("cue_before")
_ACT_AFTER = PERSON_FEATURES.index("act_after")
_SPEAKER = PERSON_FEATURES.index("speaker")
_IN_EVENT_SENTENCE = PERSON_FEATURES.index("in_event_sentence")


def _pronoun_actor(text: str, candidate: Candidate,
                   proposed: list[tuple[PersonMention, list[int]]]) -> PersonMention | None:
    """ '"...," katanya usai meresmikan prasasti ...': the speaker the pronoun stands for, the person named last
    before it, did what the event's verb says."""
    for mention in candidate.mentions:
        if not _lexicon().pronoun_said.search(text, max(0, mention.start - 40), mention.start):
            continue
        before = [(max(at for at in [p.start, *positions] if at < mention.start), p) for p, positions in proposed
                  if any(at < mention.start for at in [p.start, *positions])]
        if before:
            return max(before, key=lambda pair: pair[0])[1]
    return None


def _held_right_before(text: str, mention: Mention) -> bool:
    """ "menyelenggarakan workshop ...", "menghadiri peluncuran ...": a held verb right before the mention."""
    return _lexicon().held.search(text, max(mention.sentence[0], mention.start - 20), mention.start) is not None


def _attributions(text: str, start: int, excluded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """From each quote attribution with a place ("ujarnya di ...") to its sentence's end, in the text from ``start``
    to the end of the next paragraph, or on to the end of the paragraph where a quotation begun there closes (one
    that runs on over paragraphs a sentence long)."""
    end = start
    for _ in range(2):
        end = text.find("\n", end)
        if end < 0:
            end = len(text)
            break
        while end < len(text) and text[end].isspace():
            end += 1   # a blank line between paragraphs is one break
    closing = max((b for a, b in quotations(text) if start <= a < end < b), default=None)
    if closing is not None:
        end = _paragraph_end(text, closing)
    found = []
    for match in _lexicon().attribution.finditer(text, start, end):
        if not _in_regions(match.start(), excluded):
            stop = min((i for i in (text.find(c, match.end(), end) for c in ".\n") if i >= 0), default=end)
            found.append((match.start(), stop))
    return found


def _date_held(doc: Doc, sentences: list[tuple[int, int]], excluded: list[tuple[int, int]]) -> DateMention | None:
    """The date of a sentence that says the story's event was held without naming it: "Pameran kerja ini telah
    berlangsung pada 4-6 Maret 2019" ("ini"/"tersebut" before a held verb)."""
    text = text_of(doc)
    for start, end in sentences:
        if not _lexicon().held_back.search(text, start, end):
            continue
        dated = [d for d in doc._.dates or [] if start <= d.start < end and d.granularity == "day"
                 and not any(a <= d.start < b for a, b in excluded) and not whole_week(d)]
        if dated:
            return min(dated, key=lambda d: (d.relative, d.start))
    return None


# A run of capitalised words (and numbers, "dan" or "ke-" between them) that may be an occasion's own name.
_PROPER_RUN = re.compile(r"(?:[A-Z][\w'-]*|[0-9]+)(?:\s+(?:dan\s+|ke-)?(?:[A-Z][\w'-]*|[0-9]+))+")
_YEAR = re.compile(r"(?:19|20)\d\d")


@cache
def _occasion_words() -> frozenset[str]:
    """The words that make a capitalised run an occasion's name: events.yaml occasion_words, the heads of gatherings
    named after an act of holding them (held_gatherings, "Pekan", "Karnaval") and people.yaml gathering_words."""
    events = resources.load("events")
    return frozenset([*events["occasion_words"], *(form.capitalize() for form in events["held_gatherings"])]) \
        | gathering_words()


def _occasion_name(words: str) -> bool:
    """Whether capitalised ``words`` are an occasion's own name: they hold a year, a trigger word, a gathering word or
    an occasion word ("Balkon Jazz Festival 2019", "Hari Kebangkitan Nasional", "Malam Penghargaan Partai Golkar")."""
    lx = _lexicon()
    tokens = words.split()
    return any(_YEAR.fullmatch(t) or t.lower() in lx.type_of or t in _occasion_words() for t in tokens) \
        or any(" ".join(tokens[i:i + 2]) in _occasion_words() for i in range(len(tokens) - 1))


def _date_of_name_again(doc: Doc, candidate: Candidate, sentences: list[tuple[int, int]],
                        excluded: list[tuple[int, int]]) -> DateMention | None:
    """ "... setelah upacara Hari Kebangkitan Nasional usai ... ujar Djarot dalam peringatan Hari Kebangkitan Nasional
    di Monas, Sabtu (20/5)": an undated event whose proper name the story writes again in another sentence with one
    day's date is held that day."""
    text = text_of(doc)
    lx = _lexicon()
    people = [(e.start_char, e.end_char) for e in entities_of(doc) if e.label_ == "PER"]
    for mention in candidate.named:
        name = mention.name or ""
        # the name proper: capitalised words from the name's start, or after its trigger and at most one modifier
        # ("acara Golden Globe", "pameran otomotif Frankfurt Motor Show 2019"); not a capitalised argument further
        # on ("pertemuan dengan tokoh Papua dan Papua Barat") nor a law ("penandatanganan revisi UU KPK")
        starts = [w.start() for w in re.finditer(r"\S+", name)][:3]
        run = next((r for at in starts if (r := _PROPER_RUN.match(name, at)) is not None), None)
        if run is None or run.group(0).split()[0] in law_heads() or not _occasion_name(run.group(0)):
            continue
        proper = run.group(0)
        phrase = re.compile(rf"(?<![\w-]){re.escape(proper)}(?![\w-])")
        for sentence in sentences:
            found = phrase.search(text, sentence[0], sentence[1])
            if sentence == mention.sentence or found is None \
                    or any(a < found.end() and found.start() < b for a, b in people) \
                    or lx.press_event.search(text, max(sentence[0], found.start() - 30), found.start()) \
                    or _another_name_goes_on(doc, found.end()):
                # a person's name ("Hari Sabarno meninjau ..."), a press event ("setelah sesi konferensi pers
                # Balkonjazz Festival 2019, ..."), a longer name ("Hari Pendidikan Anak Usia Dini")
                continue
            # the date after the name, as a setting is written ("... di Balkon Jazz Festival 2019 di Balkondes
            # Tuksongo, Sabtu 14 September 2019"); not a source's date before it ("Melansir dari PEOPLE (16/9/2019)"),
            # nor an earlier edition's ("peringatan Hari Kebangkitan Nasional tahun lalu ..., Minggu (20/5/2018)")
            dated = [d for d in _day_dates(doc, [sentence], excluded) if d.start > found.end()]
            if len(dated) == 1 and not lx.background.search(text, found.start(), dated[0].end + 6) \
                    and not lx.recalled.search(text, found.start(), dated[0].end + 6):
                return dated[0]
    return None


def _another_name_goes_on(doc: Doc, end: int) -> bool:
    """Whether a capitalised word right after ``end`` goes on with another name than the one that ended there: not
    its owner's ("Malam Penghargaan Partai Golkar", an organisation or place after it)."""
    text = text_of(doc)
    after = re.match(r"\s+(?:[A-Z]|ke-)", text[end:end + 5])
    if after is None:
        return False
    start = end + after.end() - 1
    return not any(e.start_char == start for e in entities_of(doc) if e.label_ in ("ORG", "LOC"))


def _lead_held_date(doc: Doc, lead: tuple[int, int], excluded: list[tuple[int, int]]) -> DateMention | None:
    """ "Penjurian tahap akhir Lomba Inovasi Desa telah diselenggarakan pada 12 Maret 2019": a story's first
    sentence that says something was held, on one day, without a trigger noun beside it, dates the story's event."""
    if not _lexicon().took_place.search(text_of(doc), lead[0], lead[1]):
        return None
    dated = _day_dates(doc, [lead], excluded)
    return dated[0] if len(dated) == 1 else None


@cache
def _setting_cue() -> re.Pattern[str]:
    return regex.compile(rf"\b(?:{regex.alternation(resources.load('events')['setting_cues'])})\s+$", re.IGNORECASE)


def _beside_its_setting(text: str, primary: Candidate, candidates: list[Candidate],
                        dates: list[DateMention]) -> Candidate:
    """ "Menperin bertemu Menteri Park di sela-sela KTT ASEAN ke-45 di Vientiane, Rabu (9/10/2024). Pertemuan bilateral
    itu ...": a gathering named as the setting of another, which its sentence reports before it or the next sentence
    names, is not the story's event; that other one is."""
    settings = [p for p in primary.mentions if _setting_cue().search(text, max(0, p.start - 20), p.start)]
    sides = [c for c in candidates if c is not primary and any(
        ((m.sentence == p.sentence and m.start < p.start) or 0 <= m.sentence[0] - p.sentence[1] <= 2)
        and not _discussed(text, m) for m in c.mentions for p in settings)]
    if not sides:
        return primary
    side = max(sides, key=lambda c: c.score)
    # the setting's sentence reports the side meeting: its people and place are the side meeting's ("Menperin bertemu
    # ... di sela-sela KTT ASEAN ke-45 di Vientiane")
    if len(settings) < len(primary.mentions):
        primary.mentions = [m for m in primary.mentions if all(m is not p for p in settings)]
    side.mentions += [replace(p, type=side.mentions[0].type, name=None, anaphoric=True, date=None) for p in settings]
    if side.date is None:
        # the day of the sentence that names the setting is the side meeting's ("..., Rabu (9/10/2024)")
        side.date = next((d for d in dates if d.granularity == "day" and any(
            p.sentence[0] <= d.start < p.sentence[1] for p in settings)), None)
    return side


def _discussed(text: str, mention: Mention) -> bool:
    """ "kedua menteri membahas persiapan KTT G20": a gathering named as what another discussed or prepared for."""
    lx = _lexicon()
    before = text[max(mention.sentence[0], mention.start - 50):mention.start]
    cues = [*lx.topic_cue.finditer(before), *lx.prepared_cue.finditer(before)]
    return any(len(before[c.end():].split()) <= 2 and not re.search(r"[,.;:]", before[c.end():]) for c in cues)


def _place_of(text: str, mention: Mention, span: tuple[int, int]) -> bool:
    """Whether a place phrase is written right after a gathering's name ("KTT G20 di Bali", "KTT G20 yang akan
    digelar di Bali") and so names where that gathering is."""
    end = (mention.name_span or (mention.start, mention.end))[1]
    return 0 <= span[0] - end <= 40 and re.fullmatch(r"\s*(?:yang\s+(?:\w+\s+){1,2})?(?:di|ke)\s+", text[end:span[0]]) \
        is not None


def _scheduled_aside(text: str, candidate: Candidate, mentions: list[Mention], body: list[tuple[int, int]]) -> bool:
    """A main event that the story names in one sentence only, past its opening, as a plan ("bupati akan mengadakan
    rapat koordinasi dengan nelayan pada Senin", "rencana kunjungan Presiden Xi"): a scheduling aside of a story
    about something else, which the annotation conventions leave without a record; so is one named there as past
    ("pada peresmian Pasar Alok bulan lalu", "beberapa waktu lalu"). A story that speaks of a gathering of that
    kind in other sentences too ("mengadakan workshop ...", "Workshop ini akan ...") reports it."""
    sentences = _sentences_of_its_kind(candidate, mentions)
    if len(sentences) != 1:
        return False
    sentence = next(iter(sentences))
    index = _sentence_index(body, sentence[0]) or 0
    lx = _lexicon()
    own = [m for m in candidate.mentions if m.sentence == sentence]
    if own and lx.held.search(text, sentence[0], sentence[1]) is None \
            and all(_occasion_to_come().search(text, max(sentence[0], m.start - OCCASION_REACH), m.start)
                    for m in own):
        # "RKUHP akan dibawa ke Rapat Paripurna DPR", "bakal diangkat ... saat Rapat Kerja Nasional ...", "akan
        # diluncurkan pada pameran Tokyo Auto Show": only the occasion of something else to come, even in the
        # story's opening; a gathering to come that the story reports is held ("akan digelar", "menggelar")
        return True
    if lx.recalled.search(text, sentence[0], sentence[1]) is not None:
        # a past gathering the story does not date to the day is background sooner than a plan is
        undated = candidate.date is None or candidate.date.granularity != "day"
        return index >= (RECALLED_OPENING if undated else OPENING_SENTENCES)
    # (a requirement only right before the gathering's word: "harus disepakati melalui rapat terbatas", not a quote's
    # "harus" before "kata Murad usai menghadiri upacara ...")
    required = any(_required().search(text, max(sentence[0], m.start - 60), m.start) for m in candidate.mentions
                   if m.sentence == sentence)
    return index >= OPENING_SENTENCES and (lx.future.search(text, sentence[0], sentence[1]) is not None or required)


def _only_wished_or_remembered(text: str, candidate: Candidate) -> bool:
    """An undated gathering every mention of which is only wished for, tried, offered or demanded, at most three words
    after the wish ("Trump ... mencoba untuk mengatur pertemuan puncak dengan rekannya dari Iran"): it was not held;
    or a gathering every mention of which is a memory ("Anies pun mengenang pertemuan pertama dengan almarhum ...
    ketika masih duduk di kelas 3 SMA"): no event the story reports."""
    def every_mention(cue: re.Pattern[str]) -> bool:
        return all(cue.search(text, max(m.sentence[0], m.start - 60), m.start) for m in candidate.mentions)
    return (candidate.date is None and every_mention(_cue_before("wished_cues"))) \
        or every_mention(_cue_before("memory_cues"))


@cache
def _cue_before(key: str, most: int = 3, not_before_units: bool = False) -> re.Pattern[str]:
    """events.yaml ``key`` (wished_cues, memory_cues, recurring_before), then at most ``most`` words, right before a
    trigger; with ``not_before_units``, not right before a calendar unit (dates.yaml period_units: "setiap tahunnya
    ...", which habitual_cues read)."""
    units = _words(list(resources.load("dates")["period_units"]))
    unless = rf"(?!\s+(?:{units}))" if not_before_units else ""
    return re.compile(rf"\b(?:{_words(resources.load('events')[key])}){unless}(?:\s+\S+){{0,{most}}}\s+$",
                      re.IGNORECASE)


@cache
def _occasion_to_come() -> re.Pattern[str]:
    """ "akan dibawa ke ", "bakal diangkat kembali menjadi kader Gerindra saat ": a verb of the future (events.yaml
    future_verbs), not in a relative clause ("calon yang akan diusung ... pada acara ..." names who took part), then
    at most five words of its clause and an occasion word (occasion_prepositions) right before a gathering's word."""
    events = resources.load("events")
    return re.compile(rf"(?<!\byang )\b(?:{_words(events['future_verbs'])})\s+(?:[^\s,.;:\"“”]+\s+){{0,5}}?"
                      rf"(?:{_words(events['occasion_prepositions'])})\s+$", re.IGNORECASE)


@cache
def _required() -> re.Pattern[str]:
    """events.yaml required_cues: a gathering only said to be needed."""
    return regex.any_form(resources.load("events")["required_cues"], re.IGNORECASE)


def _sentences_of_its_kind(candidate: Candidate, mentions: list[Mention]) -> set[tuple[int, int]]:
    """The sentences that speak of a gathering of the candidate's kind or refer back to one (not one another name
    names: "mendampingi musyawarah desa" after "akan menggelar rapat koordinasi nasional ...")."""
    kinds = {m.type for m in candidate.mentions}
    names = [m.name for m in candidate.mentions if m.name]

    def other_named(m: Mention) -> bool:
        # ("rapat kerja (Raker)" and "Raker Komisi I DPR dengan Menlu": one event by its short form)
        return bool(m.name) and m not in candidate.mentions and not any(
            _same_event(n, m.name) or _short_form_shared(n, m.name or "") for n in names)

    return {m.sentence for m in mentions if (m.type in kinds and not other_named(m)) or m.anaphoric}


_SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")


def _short_form_shared(a: str, b: str) -> bool:
    """Whether the short form one name gives in brackets is a word of the other ("rapat kerja (Raker)", "Raker
    Komisi I")."""
    return any(re.search(rf"\b{re.escape(short)}\b", other) for one, other in ((a, b), (b, a))
               for short in _SHORT_FORM.findall(one))


@cache
def _visit_destinations() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """events.yaml visited_regions: the destination after "ke", the region nouns, a working visit's words."""
    data = resources.load("events")["visited_regions"]
    return (re.compile(rf"\bke\s+(?:(?:{_words(data['quantifiers'])})\s+)?(?P<place>.+)", re.IGNORECASE),
            frozenset(w.lower() for w in data["region_words"]),
            re.compile(rf"\b(?:{_words(data['working_words'])})", re.IGNORECASE))


def _visit_to_a_site(candidate: Candidate) -> bool:
    """An undated visit whose every mention names where it went, and none of those a country, province, city or
    regency or such a region's noun ("kunjungan ke negara"), nor a working visit: a call at a site or on a person
    ("kunjungan ke kuil populer", "kunjungan ke Rutan", "kunjungan ke makam Jupe"), which the story tells in passing
    far more often than it reports an official visit (events.yaml visited_regions)."""
    if candidate.date is not None or not all(m.type == "visit" and m.name for m in candidate.mentions):
        return False
    pattern, region_words, working = _visit_destinations()
    for mention in candidate.mentions:
        name = mention.name or ""
        found = pattern.search(name)
        if found is None or working.search(name):
            return False
        words = found.group("place").split()
        if words[0].lower() in region_words or any(
                (entry := gazetteer().place(" ".join(words[:k]))) is not None
                and entry.kind in REGION_KINDS for k in (1, 2, 3) if k <= len(words)):
            return False
    return True


def _habitual(text: str, candidate: Candidate, mentions: list[Mention]) -> bool:
    """An undated gathering the story only says recurs ("Festival Budaya Pasirlaja yang digelar setiap tahun"; "Setiap
    tahun, pemerintah daerah menggelar Festival Danau Sentani" where no other sentence speaks of such a gathering): no
    edition of it is reported."""
    if candidate.date is not None:
        return False
    lx = _lexicon()
    alone = len(_sentences_of_its_kind(candidate, mentions)) == 1
    recurring = _cue_before("recurring_before", most=2, not_before_units=True)
    return all(lx.habitual.search(text, m.end, min(m.sentence[1], m.name_span[1] + 40))
               or recurring.search(text, max(m.sentence[0], m.start - 40), m.start)
               or (alone and lx.habitual.search(text, m.sentence[0], m.start)) for m in candidate.mentions)


def _named_kind(text: str, trigger: Mention) -> tuple[str, tuple[int, int]]:
    """The event's type and where the text says it: the trigger's, or, for a generic one ("acara", "kegiatan"), that
    of the first specific trigger word inside its name ("acara Peringatan Hari Guru dan Konferensi Pendidikan ..." is a
    conference)."""
    if trigger.type == "other" and trigger.name:
        lx = _lexicon()
        start, end = trigger.name_span
        for match in lx.trigger.finditer(text[:end], start):
            kind = lx.type_of.get(re.sub(r"\s+", " ", match.group(0).lower()), "other")
            if kind != "other" and match.start() > trigger.start:
                return kind, match.span()
    if re.sub(r"\s+", " ", text[trigger.start:trigger.end].lower()) in _lexicon().typed_other:
        return "other", (trigger.start, trigger.end)
    return trigger.type, (trigger.start, trigger.end)


@cache
def _agreeing() -> re.Pattern[str]:
    return regex.compile(rf"\b(?:{regex.alternation(resources.load('events')['agreeing_verbs'])})\b", re.IGNORECASE)


def _agreeing_subject(text: str, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The part of a sentence before its verb of agreeing ("Pemprov NTB dan Pemerintah Australia Barat sepakat
    ..."): who agreed; what they agreed on comes after it ("revisi UU tentang Komisi ...")."""
    verb = _agreeing().search(text, sentence[0], sentence[1])
    return (sentence[0], verb.start()) if verb is not None else None


def _long_before(candidate: Candidate, published: date | None) -> bool:
    """An event that ended over a month before the article was published is one the article recalls (a 2002 signing
    in a 2017 story, "Juli lalu" in a September one), not the gathering it reports."""
    date_ = candidate.date
    return date_ is not None and published is not None and (published - date_.last).days > RECALLED_AFTER_DAYS


def _secondary_region(doc: Doc, candidate: Candidate, sentences: list[tuple[int, int]], mentions: list[Mention],
                      primary_marks: list[int]) -> list[tuple[int, int]]:
    """From each of the event's mentions to the end of its paragraph, and on through the paragraphs after it that
    mention it or an event of its kind again, until the story comes back to the main event."""
    text = text_of(doc)
    types = {m.type for m in candidate.mentions}
    own = {id(m) for m in candidate.mentions}
    region: list[tuple[int, int]] = []
    for mention in candidate.mentions:
        if mention.date is not None and mention.date.start < mention.start and mention.name is None:
            region.append((mention.start, mention.sentence[1]))
            continue
        index = next((i for i, s in enumerate(sentences) if s == mention.sentence), None)
        end = mention.sentence[1]
        if index is not None:
            for start, stop in sentences[index + 1:]:
                if any(start <= mark < stop for mark in primary_marks):
                    break
                new_paragraph = "\n" in text[end:start]
                same_kind = any(start <= m.start < stop and (id(m) in own or m.type in types) for m in mentions)
                if new_paragraph and not same_kind:
                    break
                end = stop
        region.append((mention.start, end))
    return region


def _lead_ins(candidate: Candidate, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The part of each sentence reporting ``candidate`` before its mention, when no other event is mentioned there
    ("Kemenko Maritim bersama BPPT ... sudah menyelenggarakan workshop ...")."""
    return [(m.sentence[0], m.start) for m in candidate.mentions if m.sentence[0] < m.start and not any(
        m.sentence[0] <= other.start < m.start for other in mentions if other is not m)]


def _named_within(text: str, org: Organization, spans: list[tuple[int, int]]) -> bool:
    """Whether ``org`` (its name, acronym or surface form) is named inside one of ``spans``."""
    forms = {f for f in (org.name, org.acronym, org.text) if f and len(f) >= 2}
    return any(_in_regions(start, spans) for form in forms for start, _ in whole_word_spans(text, form))


def _person_positions(text: str, person: PersonMention) -> list[int]:
    """Where a person is mentioned: every linked mention (roles.link_people), else the full mention and later
    references by a part of the name ("Heriyanto")."""
    if person.mentions:
        return [start for start, _ in person.mentions]
    positions = [person.start]
    if person.name:
        for part in person.name.split():
            if len(part) >= 4 and part[0].isupper():
                positions += [at for at in _word_positions(text, part) if at > person.start]
    return positions


def _word_positions(text: str, word: str) -> list[int]:
    """Starts of ``word`` standing alone (not inside a longer word or a hyphenated one); str.find is far faster
    than a regex that starts with a lookbehind."""
    found = []
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and _joins(text[at - 1])) and not (end < len(text) and _joins(text[end])):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _participant(doc: Doc, person: PersonMention, sentences: list[tuple[int, int]], not_people: set[str]) -> bool:
    """Not a participant: someone quoted apart from the event ("dihubungi terpisah"), an office holder who was
    absent ("sambutan tertulis Menteri ..."), or a name that is really a place or an organisation."""
    lx = _lexicon()
    text = text_of(doc)
    sentence = _sentence_of(sentences, person.start)
    if lx.separate.search(text[sentence[0]:sentence[1]]):   # a sentence of its own: "Terpisah, ..." opens it
        return False
    mentions = person.mentions or [(person.start, person.end)]
    if all(lx.remote.search(text, *_sentence_of(sentences, start)) for start, _ in mentions):
        return False   # "ujar Saut melalui pesan singkat": every mention in a conversation at a distance
    if all(lx.led_by.search(text, max(0, start - CUE_BEFORE_NAME_REACH), start) for start, _ in mentions):
        return False   # "kerja kolektif pemerintah di bawah pimpinan Presiden Joko Widodo": a body's leader, named
    if all(lx.talked_about.search(text, max(_sentence_of(sentences, start)[0], start - CUE_BEFORE_NAME_REACH), start)
           for start, _ in mentions):
        return False   # "kebijakan Presiden Joko Widodo", "era Presiden Soeharto": whose policy or time is told of
    if lx.absent.search(text[max(0, person.start - 40):person.start]) or lx.absent_after.match(text, person.end,
                                                                                                 sentence[1]) \
            or lx.absent_verb.match(text, person.end, sentence[1]):
        return False   # ... or one who did not come ("... Sulkarnain Kadir berhalangan karena ...")
    # "almarhum ...", "... (Alm)", "Presiden RI Pertama Soekarno": a person of the past (unless said present)
    if lx.historical_before.search(text, max(0, person.start - 25), person.start) \
            or lx.historical_after.match(text, person.end) or (
            person.role and lx.historical_role.search(person.role)
            and not lx.present_after.match(text, person.end, sentence[1])):
        return False
    if person.name:
        if gazetteer().place(person.name) is not None or person.name.isupper():
            return False
        if person.name in not_people:   # the text of an ORG or LOC entity
            return False
    return True


def _received_party_sentences(article: _Article, events: _Events, candidate: Candidate) -> list[tuple[int, int]]:
    """Sentences after a visit's first mention that open with the visiting party and say it was received
    ("Rombongan yang dipimpin ... diterima Kepala Bagian ... di Ruang Rapat Bima"), outside any other event's part."""
    pattern = _lexicon().received_party
    return [s for s in article.body if s[0] > candidate.first and not _in_regions(s[0], events.secondary_regions)
            and pattern.match(article.text, s[0], s[1]) is not None]


def _dedupe_counts(counts: list[CountMention], title_end: int = 0) -> list[CountMention]:
    """The same number of the same thing said twice is one count; "attended" wins over "invited", and a hedged form
    over a bare one (a headline's "Diikuti 300 Peserta" is the story's "diikuti sekitar 300 peserta")."""
    kept: dict[tuple[int | None, str], CountMention] = {}
    # a headline's number that the story gives of the same status under its own noun ("Diikuti 500 Peserta" above
    # "diikuti lebih dari 500 pelaku UMKM"): the story's count, the headline's noun only a shorter word for it
    told = {(c.count, c.status) for c in counts if c.start >= title_end and c.count is not None}
    for count in counts:
        if count.count == 1:
            continue   # "satu panelis", "setiap satu pengunjung": one person is never an attendance figure
        if count.start < title_end and (count.count, count.status) in told:
            continue
        key = (count.count if count.count is not None else count.qualifier, count.unit.split("/")[0])
        if key not in kept or _count_rank(count) > _count_rank(kept[key]):
            kept[key] = count
    # "dihadiri 307 orang ... ditandatangani oleh 307 anggota": the same number of people of the same status, once
    # counted by the classifier alone, is that group told again under its own noun
    classifier = resources.load("attendance")["classifier"]
    named = {(c.count, c.status) for c in kept.values() if c.count is not None and c.unit != classifier}
    kept = {key: c for key, c in kept.items() if c.unit != classifier or (c.count, c.status) not in named}
    # "Ratusan Guru Ikuti Workshop ..." above "Sebanyak 320 guru ... mengikuti" ("Ratusan Pelaku UMKM" above "150
    # pelaku usaha"): the vague count of a unit that an exact count in its range, of the same status and a unit
    # sharing a word, gives again is that count, said loosely
    exact = [c for c in kept.values() if c.count is not None]
    return sorted((c for c in kept.values() if c.count is not None or not any(
        e.status == c.status and _said_exactly(c, e) for e in exact)), key=lambda c: c.start)


def _count_rank(count: CountMention) -> tuple[bool, bool]:
    """Which of two forms of one count to keep: an attended one, then a hedged one ("sekitar 300")."""
    return count.status == "attended", count.qualifier != "exact"


def _said_exactly(vague: CountMention, exact: CountMention) -> bool:
    """Whether ``exact`` gives the vague count ``vague`` again: the same unit, or units that share a word with the
    exact count inside the vague one's range (numbers.yaml vague_ranges)."""
    unit, other = vague.unit.split("/")[0], exact.unit.split("/")[0]
    if unit == other:
        return True
    low, high = _vague_ranges().get(vague.qualifier, (0, -1))
    return bool(set(unit.split()) & set(other.split())) and exact.count is not None and low <= exact.count <= high


@cache
def _vague_ranges() -> dict[str, tuple[int, int]]:
    return {q: (int(r[0]), int(r[1])) for q, r in resources.load("numbers")["vague_ranges"].items()}

"""pipeline.extract.run_pipeline skips the stages that only event assembly reads (nlp.EVENT_STAGES) for a Doc
with no event mention in scope; the records and the article's row are what the whole pipeline gives."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from pipeline.events import assemble, event_mentions
from pipeline.events.common import has_trigger
from pipeline.extract import _start, extract, run_pipeline
from pipeline.schema import to_json_line
from pipeline.stages.entities import ner_entities
from pipeline.stages.extensions import entities_of

# (text, whether it mentions an event in scope); short articles written for these tests.
CASES = [
    ("Rapat Kerja Daerah Digelar\nJAKARTA - Pemerintah kota menggelar Rapat Kerja Daerah 2023 di Balai Kota, "
     "Senin (6/3/2023). Rapat dihadiri Wali Kota Budi Santoso dan 120 peserta.", True),
    ("Harga Cabai Naik\nJAKARTA - Harga cabai rawit di Pasar Senen naik menjadi Rp 60.000 per kilogram, Senin "
     "(6/3/2023). Pedagang bernama Siti Aminah mengatakan pasokan dari Garut berkurang.", False),
    ("Hujan Deras di Bogor\nBOGOR - Hujan deras mengguyur Kota Bogor sejak Selasa (7/3/2023) sore. Dua pohon "
     "tumbang di Jalan Pajajaran dan lalu lintas tersendat sekitar satu jam.", False),
]


@pytest.mark.parametrize(("text", "has_mention"), CASES)
def test_event_stages_run_only_where_an_event_is_mentioned(nlp: Language, text: str, has_mention: bool) -> None:
    started = _start(nlp, text, "t", None, None, True, None)
    docs = [doc for _, doc in started.pieces]
    mentions = run_pipeline(nlp, docs)  # type: ignore[arg-type]
    assert bool(mentions[0]) is has_mention
    # dates, counts and people are found only where assembly can make a record of them
    assert (docs[0]._.dates is not None) is has_mention   # type: ignore[union-attr]
    assert (docs[0]._.people is not None) is has_mention  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "has_mention"), CASES)
def test_skipping_changes_no_record(nlp: Language, text: str, has_mention: bool) -> None:
    whole = _start(nlp, text, "t", None, None, True, None).pieces[0][1]
    for _, component in nlp.pipeline:   # every stage, and assembly finds the mentions itself
        whole = component(whole)
    assert bool(event_mentions(whole)) is has_mention
    result = extract(nlp, text, "t")
    assert [to_json_line(r) for r in result.events] == [to_json_line(r) for r in assemble(whole)]
    assert bool(result.events) is has_mention


@pytest.mark.parametrize(("text", "has_mention"), CASES)
def test_entity_output_made_only_when_asked(nlp: Language, text: str, has_mention: bool) -> None:
    """A Doc read for its records alone (``extract``) with no trigger word gets no entity output from the entity
    stage; its record view, and the entity output made when asked, are those of a Doc that got it at once."""
    flagged = _start(nlp, text, "t", None, None, True, None).pieces[0][1]
    plain = _start(nlp, text, "t", None, None, True, None).pieces[0][1]
    plain.user_data["warta_no_records"] = False
    for name, component in nlp.pipeline:
        flagged, plain = component(flagged), component(plain)
        if name == "warta_entities":
            break
    assert ("warta_ner" in flagged.user_data) is has_trigger(text, flagged._.title_end)

    def spans(ents: tuple[Span, ...]) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, e.label_) for e in ents]

    assert spans(entities_of(flagged)) == spans(entities_of(plain))
    assert spans(ner_entities(flagged)) == spans(ner_entities(plain))
    assert spans(flagged.ents) == spans(plain.ents)


@pytest.mark.parametrize(("names", "dated", "site"), [
    # a call at a site or on a person
    (["kunjungan ke kuil populer"], False, True),
    (["kunjungan ke makam Jupe"], False, True),
    (["kunjungan ke Basuki Tjahaja Purnama"], False, True),
    (["peninjauan langsung ke tenda-tenda jamaah"], False, True),
    # a region, a region's noun or a working visit is an official visit's destination
    (["kunjungan ke Paris"], False, False),
    (["kunjungan ke Jawa Barat"], False, False),
    (["kunjungan ke beberapa negara"], False, False),
    (["kunjungan kerja ke pabrik gula"], False, False),
    # dated, or one mention that names no place, or another kind of gathering beside it
    (["kunjungan ke kuil populer"], True, False),
    (["kunjungan ke kuil populer", "kunjungan tersebut"], False, False),
])
def test_an_undated_visit_to_a_site(names: list[str], dated: bool, site: bool) -> None:
    from datetime import date as day

    from pipeline.events.common import Candidate, Mention
    from pipeline.stages.dates import DateMention

    mentions = [Mention(0, 9, "visit", name, (0, len(name)), False, (0, 100)) for name in names]
    mentions = [m if "ke " in (m.name or "") else Mention(0, 9, "visit", None, (0, 9), True, (0, 100))
                for m in mentions]
    date = DateMention(0, 5, "Senin (3/4)", day(2017, 4, 3), day(2017, 4, 3), "day", False) if dated else None
    from pipeline.events.assemble import _visit_to_a_site

    assert _visit_to_a_site(Candidate(mentions, date=date)) is site

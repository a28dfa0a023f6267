"""The record types of warta's output, defined once. The JSON Schema is generated from them."""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EVENT_SCHEMA = "warta.event/1"
ARTICLE_SCHEMA = "warta.article/1"

EventType = Literal["conference", "meeting", "seminar", "workshop", "forum", "summit", "signing", "visit",
                    "training", "dialogue", "exhibition", "ceremony", "other"]
Mode = Literal["offline", "online", "hybrid"]
Granularity = Literal["day", "month", "year"]
PlaceKind = Literal["venue", "city", "regency", "province", "country", "other"]
Qualifier = Literal["exact", "more_than", "at_least", "about", "less_than", "dozens", "tens", "hundreds",
                    "thousands", "tens_of_thousands", "hundreds_of_thousands", "millions"]
AttendanceStatus = Literal["attended", "invited", "expected"]
OutcomeKind = Literal["agreement", "recommendation", "commitment", "plan", "statement"]
ArticleStatus = Literal["ok", "no_event", "error"]
Span = tuple[int, int]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class When(Record):
    start: str = Field(description="First day, YYYY-MM-DD")
    end: str = Field(description="Last day, YYYY-MM-DD")
    granularity: Granularity
    text: str = Field(description="The date as written")


class Place(Record):
    name: str
    kind: PlaceKind
    text: str


class Person(Record):
    name: str | None = Field(description="Name without titles; null when only the office is named")
    role: str | None
    organization: str | None
    titles: list[str] = Field(default_factory=list)
    text: str
    aliases: list[str] = Field(default_factory=list, description="Other forms the article uses for this person "
                               "(\"Jokowi\", \"Presiden\"); scoring uses name only")


class Organization(Record):
    name: str
    acronym: str | None
    text: str
    aliases: list[str] = Field(default_factory=list, description="Other forms the article uses for this body "
                               "(\"Kemendagri\"); scoring uses name only")
    canonical: str | None = Field(default=None, description="The full name to group this body under across "
                                  "articles (\"Dewan Perwakilan Rakyat\" where the article writes only \"DPR\"); "
                                  "the name itself when warta knows no other")


class Attendance(Record):
    count: int | None
    qualifier: Qualifier
    unit: str = Field(description="The counted noun, lower case, as written")
    status: AttendanceStatus
    text: str


class Outcome(Record):
    kind: OutcomeKind
    text: str


class EventRecord(Record):
    """One line of events.jsonl."""

    schema_: str = Field(default=EVENT_SCHEMA, alias="schema", serialization_alias="schema")
    article_id: str
    event_index: int
    primary: bool
    name: str | None
    type: EventType
    mode: Mode | None
    when: When | None
    where: list[Place] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    attendance: list[Attendance] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    evidence: dict[str, list[list[Span]]] = Field(
        default_factory=dict,
        description="Per filled field, one list of [start, end] character spans in the cleaned text per value "
                    "(for list fields, in the order of the items)")
    confidence: float = Field(ge=0.0, le=1.0)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Entity(Record):
    text: str
    label: str
    start: int
    end: int


class ArticleRecord(Record):
    """One line of articles.jsonl: every input article gets exactly one."""

    schema_: str = Field(default=ARTICLE_SCHEMA, alias="schema", serialization_alias="schema")
    article_id: str
    source: str = Field(description="Input file, with ':<line>' for a JSONL row")
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    byline: str | None = None
    repaired: str | None = Field(
        default=None, description="What reading repaired in the input, '; '-joined: invalid UTF-8 bytes replaced, "
                                  "mojibake repaired, a legacy encoding read; null when nothing was")
    status: ArticleStatus
    error: str | None = None
    n_sentences: int = 0
    n_events: int = 0
    entities: list[Entity] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


def to_json_line(record: Record) -> str:
    return json.dumps(record.model_dump(mode="json", by_alias=True), ensure_ascii=False)


def json_schema() -> dict[str, object]:
    """JSON Schema of both output files, generated from the record types."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "warta output records",
        "events.jsonl": EventRecord.model_json_schema(by_alias=True),
        "articles.jsonl": ArticleRecord.model_json_schema(by_alias=True),
    }

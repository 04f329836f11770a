"""The records the web app answers with: each page's data, which the JSON twin returns
as is (and the OpenAPI description documents) and the HTML page renders."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from dyadwatch.plover.record import PloverRecord
from dyadwatch.web.highlight import Mark


class ArticleLink(BaseModel):
    """An article that reports an event; `report_id` is the report in it (the article
    page marks its sentence); `url` only when it is an http(s) address."""

    id: str
    title: str | None
    url: str | None
    source: str
    published: dt.date | None
    report_id: str


class Sentence(BaseModel):
    """The sentence that reports an event, with its actors, recipients and event words
    marked (offsets into `text`)."""

    text: str
    marks: list[Mark]


class EventItem(BaseModel):
    """A real-world event: what its first report says, how many articles report it."""

    event_id: str
    date: dt.date | None
    event: str
    actor: list[str]
    recipient: list[str]
    score: float | None
    quad_code: int | None
    quad_class: str | None
    negated: bool
    hypothetical: bool
    reports: int
    sentence: Sentence
    articles: list[ArticleLink]
    flags: list[str] = Field(default=[], description="sanctions or watchlist rules flagged on the event")


class CorpusSummary(BaseModel):
    articles: int
    duplicates: int
    reports: int = Field(description="event reports: one extraction from one article")
    events: int = Field(description="real-world events (clusters of reports)")
    first_event: dt.date | None
    last_event: dt.date | None
    last_published: dt.date | None
    last_ingested: dt.datetime | None


class DyadCount(BaseModel):
    a: str
    b: str
    a_name: str | None
    b_name: str | None
    events: int
    reports: int
    score_mean: float | None


class ActorCount(BaseModel):
    code: str
    name: str | None
    events: int
    targeted: int
    reports: int
    score_mean: float | None
    partners: list[str]


class Home(BaseModel):
    summary: CorpusSummary
    dyads: list[DyadCount]
    actors: list[ActorCount]
    recent: list[EventItem]


class Evidence(BaseModel):
    sentence: str
    event: str
    score: float | None
    reports: int
    date: dt.date | None
    article_id: str


class DyadRow(BaseModel):
    """One period and series of a dyad: `A->B`, `B->A` and `between` (the two ways,
    scored), or `A+B` (acting together: alignment, counted but not scored). The period
    `undated` holds the events without a date."""

    period: str
    direction: str
    events: int
    reports: int
    articles: int | None = Field(None, description="articles stored in the period (with normalise)")
    events_per_100_articles: float | None = Field(None, description="events per 100 articles (with normalise)")
    quads: dict[str, int]
    score_mean: float | None
    score_sum: float | None
    types: dict[str, int]
    evidence: list[Evidence]


class FlagItem(BaseModel):
    """A flagged real-world event under one rule: `status` is reported, denied (the
    reports say it did not happen) or hypothetical (they say it might)."""

    event_id: str
    regime: str
    rule: str
    date: dt.date | None
    event: str
    actor: list[str]
    recipient: list[str]
    status: str
    reports: int
    score: float | None
    match_score: float | None
    matched: list[str]
    reason: str
    legal_source: str | None
    sentence: Sentence
    articles: list[ArticleLink]


class FlagFiltersOut(BaseModel):
    regime: str | None = None
    rule: str | None = None
    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


class SanctionsView(BaseModel):
    filters: FlagFiltersOut
    regimes: list[str] = Field(description="the regimes and watchlists one can filter by")
    flags: list[FlagItem]
    more: bool = Field(description="more flags match than listed")


class DyadView(BaseModel):
    a: str
    b: str
    a_name: str | None
    b_name: str | None
    by: str
    since: dt.date | None
    until: dt.date | None
    normalise: bool = False
    directions: list[str] = Field(description="A->B, B->A, between (the relation line), A+B (together)")
    quad_classes: list[str]
    rows: list[DyadRow]
    period: str | None = Field(description="the selected period, whose events are listed")
    events: list[EventItem]
    more_events: bool = Field(description="the period has more events than listed")
    flags: list[FlagItem] = Field(default=[], description="flagged events with both as parties, in the date range")


class EventFilters(BaseModel):
    actor: str | None = None
    recipient: str | None = None
    a: str | None = Field(None, description="with b: events between a and b, either way or together")
    b: str | None = None
    type: str | None = Field(None, description="PLOVER types, joined by commas")
    quad: str | None = Field(None, description="quad classes, joined by commas")
    sector: str | None = None
    source: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    q: str | None = None
    order: str = "oldest"


class EventsPage(BaseModel):
    filters: EventFilters
    page: int
    size: int
    events: list[EventItem]
    has_next: bool


class Partner(BaseModel):
    partner: str
    name: str | None
    acts_on: int
    acted_on_by: int
    joint: int
    score_out: float | None
    score_in: float | None
    first: dt.date | None
    last: dt.date | None
    types: dict[str, int]


class PartnerPeriod(BaseModel):
    period: str
    partner: str
    events: int


class Naming(BaseModel):
    text: str
    mentions: int
    articles: int
    person: str | None
    office: str | None


class ActorQuote(BaseModel):
    article_id: str
    title: str | None
    date: dt.date | None
    speaker_text: str | None
    cue: str
    content: str
    direct: bool
    content_start: int


class ActorView(BaseModel):
    code: str
    name: str | None
    by: str
    partners: list[Partner]
    over_time: list[PartnerPeriod]
    mentions: list[Naming]
    quotes: list[ActorQuote]


class Paragraph(BaseModel):
    n: int
    char_start: int
    char_end: int
    role: str


class MentionOut(BaseModel):
    char_start: int
    char_end: int
    text: str
    code: str | None
    name: str | None
    person: str | None
    office: str | None
    rule: str | None


class TimeOut(BaseModel):
    char_start: int
    char_end: int
    text: str
    type: str
    value: str | None
    precision: str | None


class QuoteOut(BaseModel):
    n: int
    cue_start: int
    cue_end: int
    cue: str
    content_start: int
    content_end: int
    content: str
    direct: bool
    speaker_start: int | None
    speaker_end: int | None
    speaker_text: str | None
    speaker_code: str | None
    date: dt.date | None


class ReportOut(PloverRecord):
    """A report in the article: its PLOVER record, as `extract` and `export --format
    plover-jsonl` write it (`link` is its real-world event, `text_info` has the offsets of
    its sentence), with the rules flagged on it."""

    flags: tuple[str, ...] = Field(default=(), description="sanctions or watchlist rules flagged on the report")

    @property
    def actor_codes(self) -> list[str]:
        """The actors' distinct codes, sorted: how the store groups and lists reports."""
        return sorted({actor.code for actor in self.actor})

    @property
    def recipient_codes(self) -> list[str]:
        return sorted({recipient.code for recipient in self.recipient})


class ArticleView(BaseModel):
    id: str
    title: str | None
    url: str | None
    source: str
    byline: str | None
    section: str | None
    published: dt.date | None
    published_source: str | None
    language: str | None
    duplicate_of: str | None
    text: str
    paragraphs: list[Paragraph]
    mentions: list[MentionOut]
    times: list[TimeOut]
    quotes: list[QuoteOut]
    events: list[ReportOut]

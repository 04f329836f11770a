"""The PLOVER record of an event: the one layout `extract`, `export --format
plover-jsonl`, the web app's downloads and its API's article events write.

The fields are the manual's ("PLOVER JSON" table and its information objects): `event`,
`mode`, `context` and `event_text` are lists, the score is `event_scale`, `link` joins
the reports of one real-world event, `text_info` says where the sentence is and
`cite_info` which story it is from. dyadwatch adds what explains a record: `coder` is the
versioned pattern that fired, each actor's `rule` the rule that resolved it, the
auxiliary modes (`negated`, `hypothetical`, `future`, `historical`) sit beside the core
fields so that a CSV of records keeps them as columns.

A record is built from an `Event` and its article (in the pipeline) or from a stored row
(in the store); both give the same record for the same event.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import field_validator

from dyadwatch.datafiles import DataModel
from dyadwatch.records import Actor, Article, Event

Names = Callable[[str], "str | None"]
"""Code → country or organisation name (the command layer passes
`actors.names.actor_name`; this layer does not load the actor knowledge)."""

CONFIDENCE_DIGITS = 3


def no_names(code: str) -> str | None:
    """The names known without the actor knowledge: none."""
    return None


class PloverActor(DataModel):
    """An actor or recipient, as the manual's actor block: `code`, `country_name`,
    the first sector as `sector_code` and the others in `other_sector_codes`,
    `entity_name` the canonical name; `person` the person as the actor knowledge
    matched them, `office` their office, `rule` the actor rule that decided the code."""

    code: str
    country_name: str | None
    sector_code: str | None
    other_sector_codes: tuple[str, ...]
    entity_name: str | None
    person: str | None
    office: str | None
    rule: str | None

    @classmethod
    def from_actor(cls, actor: Actor, *, names: Names = no_names) -> PloverActor:
        return cls.from_row(dataclasses.asdict(actor), names=names)

    @classmethod
    def from_row(cls, row: Mapping[str, Any], *, names: Names = no_names) -> PloverActor:
        """From the fields of an `Actor` (a stored `actors` row has the same names)."""
        sectors = tuple(row["sectors"] or ())
        return cls(code=row["code"], country_name=names(row["code"]), sector_code=sectors[0] if sectors else None,
                   other_sector_codes=sectors[1:], entity_name=row["name"], person=row["person"],
                   office=row["office"], rule=row["rule"])


class TextInfo(DataModel):
    """Where the sentence is (manual, "Information object for text"): its number in the
    article (`sequence`, from 0), its character offsets into the article text, whether
    it is a photo caption, and the index of the article's quote it is in."""

    sequence: int
    start: int
    end: int
    in_caption: bool
    quote: int | None


class CiteInfo(DataModel):
    """The story (manual, "Information object for citations"): `url` and `title` when
    it has them, `source` the input it was read from, `published` its date and where
    that date came from, `coder` the pipeline version that coded it."""

    url: str | None
    title: str | None
    source: str
    published: dt.date | None
    published_source: str | None
    coder: str | None


class PloverRecord(DataModel):
    """One event report in the PLOVER JSON layout (see the module docstring)."""

    id: str
    date: dt.date | None
    actor: tuple[PloverActor, ...]
    recipient: tuple[PloverActor, ...]
    event: tuple[str, ...]
    mode: tuple[str, ...]
    context: tuple[str, ...]
    event_text: tuple[str, ...]
    quad_code: int | None
    event_scale: float | None
    link: str | None  # the real-world event: known once stored (clustered), null from `extract`
    text: str
    text_info: TextInfo
    coder: str
    date_precision: str
    negated: bool
    hypothetical: bool
    future: bool
    historical: bool
    confidence: float
    doc_id: str
    cite_info: CiteInfo

    @field_validator("confidence")
    @classmethod
    def _rounded(cls, value: float) -> float:
        # A product of rule weights prints as 0.7200000000000001 otherwise.
        return round(value, CONFIDENCE_DIGITS)

    @classmethod
    def from_event(cls, event: Event, article: Article, *, names: Names = no_names,
                   coder: str | None = None, link: str | None = None) -> PloverRecord:
        """The record of an event the pipeline found in `article`; `coder` is the
        pipeline version, `link` its real-world event when known."""
        aux = event.aux
        return cls(
            id=event.id, date=event.date,
            actor=tuple(PloverActor.from_actor(a, names=names) for a in event.actor),
            recipient=tuple(PloverActor.from_actor(a, names=names) for a in event.recipient),
            event=(event.event,), mode=_listed(event.mode), context=event.context, event_text=(event.event_text,),
            quad_code=event.quad_code, event_scale=event.score, link=link, text=event.text,
            text_info=TextInfo(sequence=event.sentence, start=event.start, end=event.end,
                               in_caption=event.in_caption, quote=event.quote_index),
            coder=event.pattern, date_precision=event.date_precision, negated=aux.negated,
            hypothetical=aux.hypothetical, future=aux.future, historical=aux.historical,
            confidence=event.confidence, doc_id=event.doc_id,
            cite_info=CiteInfo(url=article.url, title=article.title, source=article.source,
                               published=article.published, published_source=article.published_source,
                               coder=coder),
        )

    @classmethod
    def from_row(cls, row: Mapping[str, Any], *, names: Names = no_names) -> PloverRecord:
        """The record of a stored event: `row` has the columns of the `events` table,
        its article's `url`, `title`, `source`, `published`, `published_source` and
        `extractor`, the real-world event as `link`, and the `actors` rows of each role,
        in order, as `actor_entities` and `recipient_entities`."""
        return cls(
            id=row["id"], date=row["date"],
            actor=tuple(PloverActor.from_row(a, names=names) for a in row["actor_entities"] or ()),
            recipient=tuple(PloverActor.from_row(a, names=names) for a in row["recipient_entities"] or ()),
            event=(row["event"],), mode=_listed(row["mode"]), context=row["context"], event_text=(row["event_text"],),
            quad_code=row["quad_code"], event_scale=row["score"], link=row["link"], text=row["text"],
            text_info=TextInfo(sequence=row["sentence"], start=row["char_start"], end=row["char_end"],
                               in_caption=row["in_caption"], quote=row["quote_index"]),
            coder=row["pattern"], date_precision=row["date_precision"], negated=row["negated"],
            hypothetical=row["hypothetical"], future=row["future"], historical=row["historical"],
            confidence=row["confidence"], doc_id=row["article_id"],
            cite_info=CiteInfo(url=row["url"], title=row["title"], source=row["source"], published=row["published"],
                               published_source=row["published_source"], coder=row["extractor"]),
        )

    def json_object(self) -> dict[str, Any]:
        """The record as a JSON object (dates as ISO strings): how every command and
        download writes it."""
        return self.model_dump(mode="json")


def _listed(mode: str | None) -> tuple[str, ...]:
    # PLOVER allows several modes; dyadwatch codes at most one.
    return (mode,) if mode else ()

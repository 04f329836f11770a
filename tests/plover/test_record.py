"""The PLOVER record: the manual's layout, built from an Event and its article."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pydantic
import pytest

from dyadwatch.plover.record import PloverActor, PloverRecord
from dyadwatch.records import Actor, Article, Event, EventAux, Paragraph

TEXT = "Russia sent aid to North Korea on Monday."
ARTICLE = Article(id="doc-1", source="in/a.txt", text=TEXT, paragraphs=(Paragraph(0, len(TEXT), TEXT, "body"),),
                  url="https://news.example/a", title="Aid", published=dt.date(2024, 3, 4),
                  published_source="dateline")
EVENT = Event(
    id="e1", doc_id="doc-1", event="AID", mode="humanitarian", context=("economic",),
    actor=(Actor("RUS", ("GOV", "MIL"), name="Vladimir Putin", person="Putin", office="president",
                 rule="person.known"),),
    recipient=(Actor("PRK", rule="country.name"),), date=dt.date(2024, 3, 4), date_precision="day",
    event_text="sent aid", text=TEXT, start=0, end=len(TEXT), sentence=2, aux=EventAux(future=True), score=5.0,
    quad_code=2, pattern="events.rules.v1/aid.send", confidence=0.7200000000000001, quote_index=1,
)


def names(code: str) -> str | None:
    return {"RUS": "Russian Federation"}.get(code)


def record(event: Event = EVENT, **kwargs: object) -> dict:
    return PloverRecord.from_event(event, ARTICLE, names=names, coder="dyadwatch test", **kwargs).json_object()


def test_record_lists_event_mode_context_and_event_text_as_the_manual_does():
    got = record()
    assert (got["event"], got["mode"], got["context"], got["event_text"]) == (
        ["AID"], ["humanitarian"], ["economic"], ["sent aid"])


def test_record_without_mode_has_an_empty_mode_list():
    assert record(dataclasses.replace(EVENT, mode=None))["mode"] == []


def test_record_names_the_score_event_scale_and_the_pattern_coder():
    got = record()
    assert (got["event_scale"], got["quad_code"], got["coder"]) == (5.0, 2, "events.rules.v1/aid.send")


def test_record_keeps_the_auxiliary_modes_as_top_level_fields():
    got = record()
    assert [got[k] for k in ("negated", "hypothetical", "future", "historical")] == [False, False, True, False]


def test_record_text_info_locates_the_sentence_in_the_article():
    info = record()["text_info"]
    assert info == {"sequence": 2, "start": 0, "end": len(TEXT), "in_caption": False, "quote": 1}
    assert TEXT[info["start"] : info["end"]] == record()["text"]


def test_record_cite_info_names_the_story_and_the_pipeline_that_coded_it():
    assert record()["cite_info"] == {"url": "https://news.example/a", "title": "Aid", "source": "in/a.txt",
                                     "published": "2024-03-04", "published_source": "dateline",
                                     "coder": "dyadwatch test"}


def test_record_rounds_the_confidence_to_three_digits():
    assert record()["confidence"] == 0.72


def test_record_link_is_null_until_the_store_clusters_the_report():
    assert record()["link"] is None and record(link="00ff")["link"] == "00ff"


def test_record_dates_are_iso_strings():
    assert record()["date"] == "2024-03-04"
    assert record(dataclasses.replace(EVENT, date=None))["date"] is None


def test_actor_splits_sectors_into_sector_code_and_other_sector_codes():
    [rus] = record()["actor"]
    assert rus == {"code": "RUS", "country_name": "Russian Federation", "sector_code": "GOV",
                   "other_sector_codes": ["MIL"], "entity_name": "Vladimir Putin", "person": "Putin",
                   "office": "president", "rule": "person.known"}


def test_actor_without_sectors_or_known_name_has_nulls():
    [prk] = record()["recipient"]
    assert (prk["sector_code"], prk["other_sector_codes"], prk["country_name"]) == (None, [], None)


def test_actor_from_an_actor_equals_actor_from_its_stored_row():
    actor = EVENT.actor[0]
    row = {"code": "RUS", "sectors": ["GOV", "MIL"], "name": "Vladimir Putin", "person": "Putin",
           "office": "president", "rule": "person.known"}
    assert PloverActor.from_actor(actor, names=names) == PloverActor.from_row(row, names=names)


def test_record_refuses_an_unknown_field():
    fields = PloverRecord.from_event(EVENT, ARTICLE).model_dump()
    with pytest.raises(pydantic.ValidationError):
        PloverRecord(**fields, score=5.0)

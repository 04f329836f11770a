"""The sanctions stage on parsed sentences: the match stays in the event's clause, and
the negatives hold through the real pipeline. Rows: (sentence, rule ids flagged)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from importlib import resources
from pathlib import Path

import pytest

from dyadwatch.events.coder import code_events
from dyadwatch.plover.ontology import load_ontology
from dyadwatch.events.patterns import PatternIndex, parse_patterns
from dyadwatch.pipeline import annotate_text
from dyadwatch.registry import default_stages
from dyadwatch.sanctions import STAGE_NAME, load_lens, make_sanctions_stage
from dyadwatch.sanctions.match import flag_article
from dyadwatch.stage import Stage

pytestmark = pytest.mark.model

HERE = Path(__file__).parent
PUBLISHED = dt.date(2024, 5, 1)


@functools.cache
def trade_patterns() -> PatternIndex:
    """The shipped patterns plus a trade pattern ("sold coal to China") for tests."""
    shipped = resources.files("dyadwatch.data").joinpath("events/patterns.toml").read_text("utf-8")
    extra = (HERE / "data" / "trade_patterns.toml").read_text("utf-8")
    return parse_patterns(shipped + "\n" + extra, source="test patterns", ontology=load_ontology())


@functools.cache
def trade_stages() -> tuple[Stage, ...]:
    lens = load_lens()
    settings = dataclasses.replace(lens.settings, directional=lens.settings.directional | {"test.trade"})
    lens = dataclasses.replace(lens, settings=settings)

    def events(annotated, doc):
        return dataclasses.replace(annotated, events=code_events(annotated, doc, patterns=trade_patterns()))

    def flags(annotated, doc):
        return dataclasses.replace(annotated, flags=flag_article(annotated, doc, lens=lens))

    actors = default_stages()[0]
    return (
        actors,
        Stage("events.test", ("article", "mentions"), ("events",), events),
        Stage("sanctions.test", ("events",), ("flags",), flags),
    )


def rules_of(sentence: str, stages: tuple[Stage, ...]) -> set[str]:
    annotated = annotate_text(sentence, published=PUBLISHED, stages=stages)
    return {flag.rule.removeprefix("un-dprk/") for flag in annotated.flags}


# With the shipped event patterns.
SHIPPED = [
    ("North Korea will send workers abroad.", {"activity.overseas-workers"}),
    ("North Korea will send workers to Russia, officials said.", {"activity.overseas-workers"}),
    ("North Korea sold arms to Russia.", {"export.arms"}),
    ("North Korea traded coal with China.", {"export.coal-iron"}),
    ("Russia will supply oil to North Korea.", {"supply.crude-oil"}),
    ("Russia sent fuel to North Korea.", {"supply.refined-petroleum"}),
    ("China sent wheat to North Korea.", set()),
    ("China delivered humanitarian aid to North Korea.", set()),
    ("Russia sent cooking oil to North Korea.", set()),
    ("North Korea did not send workers to Russia.", set()),
    ("North Korea refused to send workers to Russia.", set()),
    ("North Korea traded with China, which sells coal to Vietnam.", set()),
]

# With a trade pattern added, as the event coder will have one.
TRADE = [
    ("North Korea sold coal to China.", {"export.coal-iron"}),
    ("China bought coal from North Korea.", {"export.coal-iron"}),
    ("Chinese companies imported magnesia from North Korea.", {"export.earth-stone"}),
    ("Japan bought North Korean coal from China.", {"export.coal-iron"}),
    ("Pyongyang plans to sell coal to China.", {"export.coal-iron"}),
    ("Russia exported machinery to North Korea.", {"supply.industrial-machinery"}),
    (
        "Russia sent trucks to North Korea after North Korea sold coal to China.",
        {"supply.transport-vehicles", "export.coal-iron"},
    ),
    ("China sold coal to North Korea.", set()),
    ("North Korea sold the coal mine to China.", set()),
    ("Officials said North Korea sold seafood to China before the ban.", set()),
]


@pytest.mark.parametrize("sentence, rules", SHIPPED, ids=[s for s, _ in SHIPPED])
def test_sanctions_stage_flags_parsed_events(sentence, rules):
    stages = (*default_stages(), make_sanctions_stage())
    assert rules_of(sentence, stages) == rules


@pytest.mark.parametrize("sentence, rules", TRADE, ids=[s for s, _ in TRADE])
def test_sanctions_match_keeps_to_the_event_clause(sentence, rules):
    assert rules_of(sentence, trade_stages()) == rules


def test_sanctions_flags_each_event_with_its_own_clause():
    sentence = "Russia sent trucks to North Korea after North Korea sold coal to China."
    annotated = annotate_text(sentence, published=PUBLISHED, stages=trade_stages())
    by_event = {e.event_text: {f.rule for f in annotated.flags if f.event_id == e.id} for e in annotated.events}
    assert by_event == {"sent": {"un-dprk/supply.transport-vehicles"}, "sold coal": {"un-dprk/export.coal-iron"}}


def test_sanctions_stage_declares_what_it_reads_and_writes():
    stage = make_sanctions_stage()
    assert (stage.name, stage.reads, stage.writes) == (STAGE_NAME, ("article", "mentions", "events"), ("flags",))

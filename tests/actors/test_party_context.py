"""Parties and their people named without their country, as a specification.

Wire copy names a party as its own people do: "the Social Democratic Party", "the SDP",
"the Communist Party". A name several countries' parties share is the party of the one
such country the article names, or the one its own country word gives ("Germany's
Social Democratic Party"); nobody's when the article names two such countries or none,
or when the name is part of a longer one ("New Democratic Party", "Democratic Party of
Serbia") (rule gazetteer.party-in-context, context.toml [parties]). A person titled by
such a party ("SDP chairman X") acts for its country, PTY. "The party" after a party
was named is that party (rule context.body-anaphor, context.toml [bodies] party_heads).

Each row: the article, the words whose mention is checked (its first occurrence, or its
last with last=True), and the code and sectors (primary first) it resolves to, or None
where it must stay unresolved (guards).
"""

# The tables keep one case per line, so lines run past the length limit.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import functools

import pytest

from dyadwatch.pipeline import annotate_text
from dyadwatch.records import Mention

pytestmark = pytest.mark.model


@functools.cache
def mentions_of(text: str) -> tuple[Mention, ...]:
    return annotate_text(text, published=dt.date(1997, 4, 3)).mentions


def resolution(text: str, name: str, *, last: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """The code and sectors of the mention covering `name` (its last occurrence if `last`)."""
    start = text.rindex(name) if last else text.index(name)
    covering = [m for m in mentions_of(text) if m.start <= start < m.end and m.actor is not None]
    return (covering[0].actor.code, covering[0].actor.sectors) if covering else None


def row(text: str, name: str, expected: str | None, **options: object) -> object:
    code, _, sector_text = (expected or "").partition(" ")
    wanted = (code, tuple(s for s in sector_text.split(",") if s)) if expected else None
    return pytest.param(text, name, wanted, options, id=f"{name}->{expected}")


PARTY_NAMES = [
    # derived from groups.tsv: "Social Democratic Party of Japan", "Liberal Democratic Party of Russia"
    row("The Social Democratic Party threatened on Tuesday to quit the ruling coalition in Japan over the land bill.", "Social Democratic Party", "JPN PTY"),
    row("Moscow police detained 20 activists, and the Liberal Democratic Party called the arrests illegal.", "Liberal Democratic Party", "RUS PTY"),
    row("The Communist Party expelled two senior officials in Hanoi, Vietnamese state media reported.", "Communist Party", "VNM PTY,GOV"),
    # context.toml [parties] shared: a party whose own name has no country, a shared acronym
    row("The Democratic Party won control of both houses of the United States Congress on Tuesday.", "Democratic Party", "USA PTY"),
    row("The Labour Party accused the Conservative government of neglecting British farmers.", "Labour Party", "GBR PTY"),
    row("The SDP won the most seats in the Croatian parliament, ending years of HDZ rule.", "SDP", "HRV PTY"),
    # the name's own country word decides where the article names several (as the older
    # widening of "Germany's … Party" does: the two must agree)
    row("Germany's Social Democratic Party sent a delegation to Tokyo to meet Japanese officials.", "Social Democratic Party", "DEU PTY"),
    row("The German Social Democratic Party said Japan should open its markets.", "Social Democratic Party", "DEU PTY"),
    # an acronym the story spells out after such a name is that party too
    row("Croatia's Social Democratic Party (SDP) won the vote. The SDP promised to seek European Union membership.", "SDP", "HRV PTY", last=True),
    # guards: two countries with such a party named, none named, a longer name, a capitalized word before it
    row("The Social Democratic Party met in Berlin as Japan and Germany discussed trade.", "Social Democratic Party", None),
    row("The Social Democratic Party won 30 percent of the vote on Sunday.", "Social Democratic Party", None),
    row("New Democratic Party leader Jack Layton criticised the United States over the war.", "Democratic Party", None),
    row("The Democratic Party of Serbia opposed the plan, US officials said.", "Democratic Party", None),
    row("The Democratic Party of the Left opposed the plan, US officials said.", "Democratic Party", None),
    row("Free Democratic Party leader Guido Westerwelle criticised Washington over the war.", "Democratic Party", None),
]

PARTY_PEOPLE = [
    # a person titled by a party named without its country: the party's country, PTY
    row("Croatia's Social Democratic Party (SDP) won the vote. SDP chairman Zoran Milanovic said he would form a government.", "Zoran Milanovic", "HRV PTY"),
    row("The Social Democratic Party opposed the bill in Japan. Social Democratic Party chairwoman Takako Doi voiced opposition to it.", "Takako Doi", "JPN PTY"),
    row("Labour Party chairman Ian McCartney said British voters would punish the Conservatives.", "Ian McCartney", "GBR PTY"),
    # a party's acronym the story spelled out, and a party's role words, give the party's sector
    row("Japan's main opposition New Frontier Party (NFP) met on Monday. NFP leader Ichiro Ozawa said he would back the bill.", "Ichiro Ozawa", "JPN PTY"),
    row("A senior LDP official said the coalition with the socialists would hold.", "LDP official", "JPN PTY"),
    row("A senior Social Democratic Party official in Tokyo said Japan would not change course.", "Social Democratic Party official", "JPN PTY"),
    # guard: the party is nobody's, so its officer is nobody's
    row("Social Democratic Party chairman Hans Berger said Japan and Germany should trade more.", "Hans Berger", None),
]

PARTY_ANAPHORS = [
    # "the party" after a party named: that party
    row("The Social Democratic Party opposed the bill in Japan. The party called for a cut in US troops.", "The party", "JPN PTY"),
    row("Japan's Liberal Democratic Party (LDP) met on Monday. The party chose a new leader.", "The party", "JPN PTY"),
    row("Vietnam's Communist Party met in Hanoi. The party named a new general secretary.", "The party", "VNM PTY,GOV"),
    # guards: no party named before; more words than "the party" (the domestic rule's)
    row("Thousands attended the party in Tokyo on Saturday. The party ended at midnight.", "The party", None, last=True),
    row("The Social Democratic Party of Germany met on Monday. The ruling party in Japan stayed away.", "The ruling party", None),
]


@pytest.mark.parametrize(("text", "name", "expected", "options"), PARTY_NAMES)
def test_party_name_resolves_to_the_country_the_article_names(text, name, expected, options):
    assert resolution(text, name, **options) == expected


@pytest.mark.parametrize(("text", "name", "expected", "options"), PARTY_PEOPLE)
def test_party_officer_acts_for_the_party_country(text, name, expected, options):
    assert resolution(text, name, **options) == expected


@pytest.mark.parametrize(("text", "name", "expected", "options"), PARTY_ANAPHORS)
def test_party_anaphor_is_the_party_named_before(text, name, expected, options):
    assert resolution(text, name, **options) == expected

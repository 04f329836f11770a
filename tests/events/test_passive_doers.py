"""A passive act told with no "by" agent whose doer the sentence names by the place or
body the act is done from, to or at (data/events/unidentified.toml, passive_doers):
one is expelled or deported by the state (or body) one is removed from, an envoy is
recalled by the state whose capital he is called back to, and a bill or treaty is voted on
by the body the vote is taken in. A place where a vote was taken, a place one is sent to,
a region whose ruler may be another state, or a gathering one is removed from names no doer.

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


NAMED_DOERS = [
    row("Three Iranian diplomats were expelled from Germany on Tuesday.", "SANCTION DEU>IRN", id="expelled-from-a-state"),
    row("A Chinese journalist was deported from India last week.", "COERCE IND>CHN", id="deported-from-a-state"),
    row("A British journalist was deported from Egypt to Britain on Monday.", "COERCE EGY>GBR",
        id="deported-from-not-to"),
    row("Belarus was expelled from the Council of Europe.", "SANCTION IGO>BLR", id="expelled-from-an-organization"),
    # the capital one is recalled to names the doer, and is then no recipient: the post is
    row("Pakistan's ambassador to India was recalled to Islamabad.", "SANCTION PAK>IND", id="recalled-to-a-capital"),
    row("The French ambassador to Italy was recalled to Paris for consultations.", "SANCTION FRA>ITA",
        id="recalled-to-a-capital-for-consultations"),
    row("The trade bill was voted down in the U.S. Senate on Thursday.", "REJECT USA>", id="voted-down-in-a-legislature"),
    row("The treaty was ratified in the Ukrainian parliament on Friday.", "SUPPORT UKR>", id="ratified-in-a-parliament"),
    # a "by" phrase that only counts the vote names no doer
    row("The accord was ratified in the Georgian parliament by 120 votes to 5.", "SUPPORT GEO>",
        id="ratified-by-a-count-of-votes"),
]


@pytest.mark.parametrize(("sentence", "events"), NAMED_DOERS)
def test_a_passive_without_agent_takes_its_doer_from_the_place_or_body_named(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_DOER = [
    row("The treaty was ratified in Moscow on Friday.", id="a-vote-in-a-town-names-no-body"),
    row("Palestinian activists were deported from the West Bank.", id="a-region-may-be-another-states"),
    row("The ambassador was recalled to the foreign ministry.", id="recalled-to-no-place"),
    row("Two Iranian diplomats were expelled from the talks.", id="expelled-from-a-gathering"),
    row("A British journalist was deported to London on Monday.", id="the-place-one-is-sent-to"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_DOER)
def test_a_passive_without_agent_names_no_doer_by_other_phrases(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


def test_an_agent_named_by_by_is_still_the_doer() -> None:
    assert asserted("Two Russian diplomats were expelled from Warsaw by the Polish government.") == {"SANCTION POL>RUS"}


# one deported is, as a rule, another state's national: a person the text does not place
# is not taken for the deporting state's own (as one sacked from an office is)
DEPORTED_UNPLACED = [
    row("Convicted fraudster John Mercer was deported from Thailand on Monday.", "COERCE THA>",
        id="deported-from-a-state-unplaced"),
    row("Thailand deported convicted fraudster John Mercer on Monday.", "COERCE THA>", id="deported-unplaced-active"),
    row("A Chinese journalist was deported from India last week.", "COERCE IND>CHN", id="deported-placed-by-demonym"),
]


@pytest.mark.parametrize(("sentence", "events"), DEPORTED_UNPLACED)
def test_one_deported_is_not_taken_for_the_deporting_states_own(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

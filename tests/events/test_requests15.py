"""A call for (or demand of) a change to a thing asks the party the thing is of (PLOVER
REQUEST; role owner_of_changed, coder data changed_acts): "called for the lifting of
British restrictions" asks Britain, "demanded an end to the Japanese whaling program"
asks Japan, "its call for an end to the Israeli blockade" asks Israel. A thing of no one
named ("an end to the fighting") names no one, and a thing released ("the release of the
American prisoners") is not the one asked.

A "for X to V" clause under "call for", "press for", "lobby for" (the parser makes "for"
the clause's mark) asks X to act (pattern field for_clause, role asked_for), and the act
asked for is not told as done.

What is asked for to be done under a body's supervision or auspices asks that body
(role supervisor_of_asked, coder data supervising_nouns).

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


OWNER_ASKED = [
    row("The Kenyan government called for the lifting of British restrictions on flower imports.",
        "REQUEST KEN>GBR", id="call-for-lifting-of-a-named-partys-restrictions"),
    row("The opposition party in Tokyo called for a reduction of American troops in Okinawa.",
        "REQUEST JPN>USA", id="call-for-reduction-of-a-named-partys-troops"),
    row("Beijing called for a revision of Japan's history textbooks.",
        "REQUEST CHN>JPN", id="call-for-revision-of-a-possessed-thing"),
    row("Seoul demanded an end to the Japanese whaling program.",
        "REQUEST KOR>JPN", id="demanded-an-end-to-a-named-partys-program"),
    row("Venezuela repeated its call for the lifting of the American travel ban.",
        "REQUEST VEN>USA", id="noun-call-for-lifting-of-a-named-partys-ban"),
    row("Havana called for an end to the American embargo.",
        "REQUEST CUB>USA", "SANCTION USA>CUB", id="end-to-a-demonym-named-measure"),
]


@pytest.mark.parametrize(("sentence", "events"), OWNER_ASKED)
def test_a_call_for_a_change_to_a_thing_asks_its_owner(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_OWNER = [
    row("Egypt called for an end to the fighting.", "REQUEST EGY>", id="end-to-a-thing-of-no-one"),
    row("Moscow demanded the lifting of the travel ban.", "REQUEST RUS>", id="lifting-of-an-unowned-ban"),
    row("Cuba called for the release of the American prisoners.", "REQUEST CUB>",
        id="the-released-are-not-the-ones-asked"),
    row("Russia called for a halt to the fighting in Syria.", "REQUEST RUS>",
        id="where-a-thing-happens-is-not-its-owner"),
    # a name set before a measure noun may be its target: "the Iran sanctions" are on Iran
    row("Tehran called for the lifting of the Iran sanctions.", "REQUEST IRN>",
        id="a-name-before-a-measure-noun-is-no-owner"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_OWNER)
def test_a_change_to_a_thing_of_no_named_party_asks_no_one(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


FOR_CLAUSE = [
    row("The Chinese foreign ministry called for Japan to face up to history.",
        "REQUEST CHN>JPN", id="called-for-a-state-to-act"),
    row("The United Nations called for Israel to halt its offensive.",
        "REQUEST UNO>ISR", id="called-for-a-state-to-halt-not-a-concession"),
    row("Washington pressed for Moscow to withdraw its troops from Georgia.",
        "REQUEST USA>RUS", id="pressed-for-a-state-to-withdraw-not-a-retreat"),
    row("Tokyo has long lobbied for Beijing to release the detained fishermen.",
        "REQUEST JPN>CHN", id="lobbied-for-a-state-to-release-not-a-release"),
    row("The Chinese foreign ministry repeated its call for Japan to face up to history.",
        "REQUEST CHN>JPN", id="noun-call-for-a-state-to-act"),
    row("The Egyptian call for Syria to withdraw was welcomed in Beirut.",
        "REQUEST EGY>SYR", id="noun-call-for-a-state-to-withdraw-not-a-retreat"),
    # the parser may make the day an object of "called"
    row("Opposition leader Shimon Peres called Sunday for Prime Minister Benjamin Netanyahu to resign.",
        "REQUEST ISR>ISR", id="called-a-day-for-a-leader-to-resign"),
]


@pytest.mark.parametrize(("sentence", "events"), FOR_CLAUSE)
def test_a_for_clause_asks_its_subject_to_act(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_PARTY_ASKED = [
    row("He called for a taxi to take him home.", id="a-private-call-for-a-thing"),
    row("The Turkish president called Sunday's vote a victory for democracy.", id="called-a-thing-something-names"),
    row("The Kenyan minister called for the vote to be held in March.", "REQUEST KEN>",
        id="for-clause-whose-subject-is-no-party"),
    # a passive clause's subject undergoes the act asked for: whoever holds him is asked
    row("Serbia's foreign minister called for Mladic to be handed over to the tribunal.", "REQUEST SRB>",
        id="passive-for-clause-subject-is-not-asked"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_PARTY_ASKED)
def test_a_for_clause_of_no_party_asks_no_one(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


SUPERVISOR_ASKED = [
    row("Lebanon demanded an international investigation under the supervision of the United Nations.",
        "REQUEST LBN>UNO", id="investigation-under-a-bodys-supervision"),
    row("The Kenyan opposition called for new elections under UN auspices.",
        "REQUEST KEN>UNO", id="elections-under-a-bodys-auspices"),
]


@pytest.mark.parametrize(("sentence", "events"), SUPERVISOR_ASKED)
def test_what_is_asked_under_a_bodys_supervision_asks_the_body(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_SUPERVISOR = [
    # under a law, no body: the opposition asks its own government
    row("The Kenyan opposition called for new elections under the new constitution.", "REQUEST KEN>KEN",
        id="under-a-law-is-no-supervisor"),
    # a private wish asks no one
    row('"I want to go home," the Lebanese minister said.', id="a-private-want"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_SUPERVISOR)
def test_what_is_asked_under_no_body_names_no_supervisor(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

"""Requests told by a mandative complement (PLOVER §3.8 REQUEST: "all requests, demands,
and orders"): a that-clause in the bare form under a verb of recommending or insisting
(pattern request.mandative-clause), "insist on" an act another party is to do (pattern
request.insist-on), and a call told as a gerund after a verb of restricting oneself
("has limited itself to calling on …": roles._limited_to_doing).

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


MANDATIVE = [
    row("The Uzbek opposition recommended on Saturday that President Islam Karimov call early elections.",
        "REQUEST UZB>UZB", id="recommended-that-subject-call"),
    row("The Arab League recommended that Sudan accept a joint peacekeeping force in Darfur.",
        "REQUEST IGO>SDN", id="recommended-that-a-state-accept"),
    row("Egyptian President Hosni Mubarak suggested that Israel stop the construction of settlements.",
        "REQUEST EGY>ISR", id="suggested-that-subject-stop"),
    row("Kenyan opposition leader Raila Odinga insisted that President Mwai Kibaki call early elections.",
        "REQUEST KEN>KEN", id="insisted-that-subject-call"),
]


@pytest.mark.parametrize(("sentence", "events"), MANDATIVE)
def test_a_bare_that_clause_under_a_verb_of_recommending_asks_its_subject(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


INSIST_ON = [
    row("Kenyan opposition leader Raila Odinga insisted on Mwai Kibaki's resignation.",
        "REQUEST KEN>KEN", id="insisted-on-possessor-resignation"),
    row("Somali Islamists insisted on the withdrawal of Ethiopian troops from Baidoa.",
        "REQUEST SOM>ETH", id="insisted-on-withdrawal-of-troops"),
]


@pytest.mark.parametrize(("sentence", "events"), INSIST_ON)
def test_insisting_on_an_act_of_another_party_demands_it(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


LIMITED_TO = [
    row("The African Union has limited itself to calling on Sudan and Chad to reach a deal.",
        "REQUEST IGO>SDN+TCD", id="limited-itself-to-calling-on"),
    row("The European Union contented itself with urging Russia to show restraint.",
        "REQUEST EUR>RUS", id="contented-itself-with-urging"),
]


@pytest.mark.parametrize(("sentence", "events"), LIMITED_TO)
def test_a_call_after_a_verb_of_restricting_oneself_is_the_subjects(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_REQUEST = [
    row("Kenyan opposition leader Raila Odinga insisted that President Mwai Kibaki was innocent.",
        id="insisted-that-tells-a-fact"),
    row("The Arab League suggested that the talks be resumed.", id="bare-clause-with-no-party-asked"),
    row("The Kenyan minister insisted on his innocence.", id="insisted-on-a-claim"),
    row("Kenyan opposition leader Raila Odinga recommended the plan.", id="recommended-a-thing-no-clause"),
    row("The Uzbek opposition recommended that it call early elections itself.", id="recommended-own-act"),
    row("The Danish ministry said demand for oil rose in March.", id="market-demand"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_REQUEST)
def test_no_request_without_a_party_asked_to_act(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

"""Requests told as nouns that a party receives, weighs or meets (PLOVER §3.8 REQUEST):
"Denmark is considering a request from NATO", "plans to meet a NATO request" report the
request itself, an act of its owner (possessor, name modifier, "from", "of" or "by"
phrase) aimed at the one who receives it (roles: received_request). Meeting a request,
a demand, a deadline or a target is no meeting (consult.meet not_objects), also when the
object is the noun of a relative clause ("a request from NATO, which we are willing to
meet": roles.relativized_nouns), and a request received is no visitor hosted.

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


RECEIVED_REQUESTS = [
    row("Denmark is considering a request from NATO to send more troops to Afghanistan.",
        "REQUEST IGO>DNK", id="considering-a-request-from"),
    row("Japan received a request from China for emergency food aid.",
        "REQUEST CHN>JPN", id="received-a-request-from"),
    row("The Kenyan government is studying Uganda's request for the extradition of the rebel leader.",
        "REQUEST UGA>KEN", id="studying-a-possessors-request"),
    row("Germany is examining the petitions of the Kosovo Albanians for asylum.",
        "REQUEST KOS>DEU", id="examining-petitions-of"),
    # the concession is to come, the request was made
    row("The Danish government plans to meet a NATO request for more troops.",
        "CONCEDE DNK>IGO", "REQUEST IGO>DNK", id="plans-to-meet-a-named-request"),
    row("Iraq's request for more time was granted by the Security Council.",
        "CONCEDE UNO>IRQ", "REQUEST IRQ>UNO", id="request-granted-by-passive"),
    # received, not hosted: no visit of the EU to Greece
    row("Greece received demands from the European Union, which Athens says it is unable to meet.",
        "REQUEST EUR>GRC", id="received-demands-are-no-visitor"),
]


@pytest.mark.parametrize(("sentence", "events"), RECEIVED_REQUESTS)
def test_a_received_request_is_its_owners_request_of_the_receiver(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


MET_IN_A_RELATIVE_CLAUSE = [
    # willing to meet it is a promise to the one who asked, not a meeting with NATO
    row('"We have received a request from NATO, which we are willing to meet," the Danish defence minister said.',
        "AGREE DNK>IGO", "REQUEST IGO>DNK", id="request-which-we-are-willing-to-meet"),
    row("Argentina has agreed to targets set by the IMF, which the government is determined to meet.",
        "AGREE ARG>", id="targets-which-it-is-determined-to-meet"),
    row("Kenya was given a deadline by the donors, which Nairobi is unlikely to meet.",
        id="deadline-which-it-is-unlikely-to-meet"),
    # the relative clause's verb misses the object, not the purpose infinitive under it
    row("Lavrov gave no details of any retaliation that Russia could itself impose to hit back at the new sanctions.",
        "ASSAULT RUS>", id="gap-of-the-clause-verb-not-of-its-purpose"),
]


@pytest.mark.parametrize(("sentence", "events"), MET_IN_A_RELATIVE_CLAUSE)
def test_a_verb_raised_in_a_relative_clause_acts_on_its_noun(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_REQUEST = [
    row("Ivory Coast rebels say they will not disarm until their political demands are met.",
        "REJECT CIV>", id="no-receiver-named"),
    row("Refiners in Singapore are considering demand from China before setting prices.", id="market-demand"),
    row("The ministry received a call from the Chinese ambassador.", id="a-call-received-is-no-request"),
    row("The Danish foreign minister met a delegation from NATO, which he had invited to Copenhagen.",
        "CONSULT DNK>IGO", id="meeting-a-delegation-stays-a-meeting"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_REQUEST)
def test_a_request_no_one_named_receives_is_no_event(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

"""Disapproval told through a stance or a document (PLOVER §ACCUSE "express disapprovals
…; condemn, decry a policy or an action").

- Opposing a party's own conduct or standing policy decries it: ACCUSE of that party
  (patterns accuse.opposed-to-conduct, accuse.oppose-conduct); opposing what is proposed
  or asked, or a policy no one is named for, stays a refusal (REJECT, reject.reject).
- The opposed act, when it is an event of its own ("the Israeli occupation", "China's
  buildup"), is still coded by its own noun pattern.
- A document a party puts forward that damns a party is the party's ACCUSE of it, like one
  that condemns it (accuse.condemn, lemma "damn").

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


OPPOSED_CONDUCT = [
    row("The spokesman said Washington was opposed to Iran's nuclear program, not to the Iranian people.",
        "ACCUSE USA>IRN", id="stance-opposed-to-a-partys-program"),
    row("Syria remains opposed to the Israeli occupation of the Golan Heights.",
        "ACCUSE SYR>ISR", "COERCE ISR>", id="stance-opposed-to-a-nationality-occupation"),
    row("Japan strongly opposes China's military buildup in the East China Sea.",
        "ACCUSE JPN>CHN", "MOBILIZE CHN>", id="active-opposes-a-partys-buildup"),
    row("Norway opposed Russia's crackdown on journalists.",
        "ACCUSE NOR>RUS", "COERCE RUS>RUS", id="active-opposed-a-partys-crackdown"),
    row("Germany remains opposed to the US invasion of Iraq, the chancellor said.",
        "ACCUSE DEU>USA", "ASSAULT USA>IRQ", id="aimed-at-the-invader-not-the-invaded-and-the-act-stays"),
    row("Ankara opposed the Greek Cypriot blockade of the northern ports.",
        "ACCUSE TUR>CYP", "COERCE CYP>", id="active-aimed-at-the-doer-not-the-place-and-the-act-stays"),
]


@pytest.mark.parametrize(("sentence", "events"), OPPOSED_CONDUCT)
def test_opposing_a_partys_conduct_is_accusing_it(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


OPPOSED_PROPOSAL = [
    row("Israel remained opposed to talks with Syria.", "REJECT ISR>SYR", id="opposed-to-talks-is-a-refusal"),
    row("Russia opposes Georgia's bid to join NATO.", "REJECT RUS>GEO", id="opposing-a-bid-is-a-refusal"),
    row("Beijing opposes the policy, a spokesman said.", "REJECT CHN>", id="no-ones-policy-stays-a-refusal"),
    row("Washington is opposed to any programme that would let Tehran enrich uranium.", "REJECT USA>",
        id="a-programme-no-party-runs-stays-a-refusal"),
]


@pytest.mark.parametrize(("sentence", "events"), OPPOSED_PROPOSAL)
def test_opposing_a_proposal_or_no_ones_policy_is_no_accusation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


DAMNING_DOCUMENTS = [
    row("Sweden tabled its own resolution damning Belarus's rights record on Monday.",
        "ACCUSE SWE>BLR", id="resolution-damning-a-partys-record"),
    row("Canada put forward a motion damning Iran at the commission.",
        "ACCUSE CAN>IRN", id="motion-damning-a-party"),
]


@pytest.mark.parametrize(("sentence", "events"), DAMNING_DOCUMENTS)
def test_a_document_damning_a_party_is_its_authors_accusation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_DAMNING = [
    row("The findings were damning for the ministry, analysts said.", id="damning-adjective-names-no-act"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_DAMNING)
def test_a_damning_finding_is_no_accusation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

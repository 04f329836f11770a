"""Aid told by a noun of giving whose "of" phrase names the aid goods is AID by the giver
to the receiver (PLOVER §3.6; pattern aid.provision-noun): "announced the delivery of
medicines to Haiti". Told as the means of another act ("extended solidarity with Zimbabwe
through the provision of food aid"), the giving is an act of its own, by the verb's subject
and toward whom the verb's act goes (coder: `_means_act`, `_means_recipients`).

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


GIVING_TOLD_BY_A_NOUN = [
    row("Kenya has shown solidarity with Somalia through the provision of scholarships, food aid and medical donations.",
        "SUPPORT KEN>SOM", "AID KEN>SOM", id="solidarity-through-the-provision-of-aid"),
    row("Japan has supported Haiti through the donation of medicines and tents.",
        "SUPPORT JPN>HTI", "AID JPN>HTI", id="support-through-a-donation-object-of-the-verb"),
    row("Germany backed Jordan via the shipment of tents and blankets to its refugee camps.",
        "SUPPORT DEU>JOR", "AID DEU>JOR", id="via-a-shipment"),
    row("Turkey expressed its support for Azerbaijan through the supply of weapons.",
        "SUPPORT TUR>AZE", "AID TUR>AZE", id="support-for-through-the-supply-of-weapons"),
    row("Japan announced the delivery of medicines to Haiti on Monday.",
        "AID JPN>HTI", id="announced-delivery-to"),
]


@pytest.mark.parametrize(("sentence", "events"), GIVING_TOLD_BY_A_NOUN)
def test_a_giving_of_aid_told_by_a_noun_is_aid(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_AID = [
    row("The government urged pilots to resolve the dispute with management through negotiations.",
        id="talks-as-a-means-stay-the-verbs-argument"),
    row("Britain pressed Iran through the delivery of a letter to its embassy.", id="a-letter-is-no-aid"),
    row("Russia has punished Belarus through the supply of gas at higher prices.",
        "SANCTION RUS>BLR", id="gas-sold-is-no-aid"),
    row("Oil prices rose on worries about the supply of crude from Nigeria.", id="a-market-supply-is-no-aid"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_AID)
def test_a_giving_of_no_aid_goods_is_no_aid(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

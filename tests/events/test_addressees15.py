"""A verbal act made in a message to a party is aimed at the party addressed when the
clause names no other (roles.message_addressees, coder._message_addressees): "offered
support in remarks to X", "sent a letter to X asking for …", "a letter from A to X asked
for …", "pledged in a message to X to …"; also an act told in a clause its actor
reports in a message ("said in a letter to X that Damascus was ready to …") and a quoted
act whose content names no one ("…," Y said in a message to X). Not the press, a pronoun, nor the actor's own
state's people or colleagues ("a message to the troops", "a letter to the defense
secretary"); a party the act itself names comes first. Not for an accusation (the
addressee is its audience), and the next sentence's act does not continue a dyad with
one who was only addressed.

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


ADDRESSED = [
    row("Cuba's foreign ministry sent a letter to U.S. Attorney General Janet Reno asking for the boy's return.",
        "REQUEST CUB>USA", id="participle-on-the-verb-that-sends-the-letter"),
    row("A letter from the Cuban foreign minister to the U.S. State Department asked for the release of the fishermen.",
        "REQUEST CUB>USA", id="the-letter-is-the-subject"),
    row("The German Chancellor extended her condolences in a telephone call to Lebanese Prime Minister Fouad Siniora.",
        "SUPPORT DEU>LBN", "CONSULT DEU>LBN", id="in-a-telephone-call-to"),
    row("The Iranian foreign minister apologized in a letter to the French president for the incident.",
        "CONCEDE IRN>FRA", id="apology-in-a-letter-to"),
    row("The Ecuadorian government sent a letter to the World Trade Organization on Monday to appeal for a review "
        "of the banana tariffs.", "REQUEST ECU>IGO", id="infinitive-on-the-verb-that-sends-the-letter"),
    row("Syrian President Bashar al-Assad pledged in a message to UN Secretary General Kofi Annan to cooperate fully "
        "with the inquiry.", "AGREE SYR>UNO", id="pledge-in-a-message-to"),
    row("Syrian President Bashar al-Assad said in a letter to UN Secretary General Kofi Annan that Damascus was ready "
        "to cooperate fully with the inquiry.", "AGREE SYR>UNO", id="act-in-a-clause-its-actor-reports-in-a-letter"),
    row('"The embargo is unjust and must end," Iraqi Foreign Minister Mohammad Said al-Sahhaf said in a message to '
        "UN Secretary General Kofi Annan.", "REQUEST IRQ>UNO", id="quoted-demand-naming-no-one"),
]


@pytest.mark.parametrize(("sentence", "events"), ADDRESSED)
def test_an_act_made_in_a_message_is_aimed_at_its_addressee(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_ADDRESSED = [
    row("The Japanese prime minister called on North Korea to honour the accord in a letter to South Korean "
        "President Kim Dae-Jung.", "REQUEST JPN>PRK", id="the-party-asked-comes-first"),
    row("The Russian foreign minister criticised the plan in remarks to reporters in Moscow.",
        "ACCUSE RUS>", id="remarks-to-reporters"),
    row("Secretary of State Madeleine Albright urged patience in a letter to US Defense Secretary William Cohen.",
        "REQUEST USA>", id="a-letter-to-a-colleague"),
    row("In a letter to him on Monday, the Iraqi president demanded the lifting of sanctions.",
        "REQUEST IRQ>", id="a-pronoun-addressee"),
    row("North Korean leader Kim Jong-Il said in a message to the troops that they must be ready to fight.",
        id="a-message-to-own-troops"),
    row("The Cypriot president condemned the bombings in a condolence telegram to U.S. President Bill Clinton.",
        "ACCUSE CYP>", id="an-accusations-addressee-is-its-audience"),
    row("Iranian President Mahmoud Ahmadinejad called for new talks in a letter to British Prime Minister Tony Blair "
        "on Monday. Tehran also threatened to resume uranium enrichment.",
        "REQUEST IRN>GBR", "THREATEN IRN>", id="an-addressee-is-no-side-the-next-sentence-continues"),
    row("The Cuban foreign minister said in a letter to U.S. Attorney General Janet Reno that Mexico had agreed to help.",
        "AGREE MEX>", id="another-partys-act-the-letter-reports"),
    row('"This is an unjust and criminal act," the Iraqi foreign minister said in a message to UN Secretary General '
        "Kofi Annan.", id="a-quoted-accusation-naming-no-one"),
    row('"We must do more to protect civilians," the Egyptian president told reporters after a telephone call to French '
        "President Jacques Chirac.", id="after-a-call-is-no-message-the-act-is-made-in"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_ADDRESSED)
def test_no_addressee_beside_a_named_party_nor_the_press_nor_ones_own(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

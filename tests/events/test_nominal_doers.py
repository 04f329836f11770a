"""Who did an act told by a noun or a participle, when the parse puts the doer where the
coder would not look by the verb alone: a "by" phrase the parser hangs on the verb whose
object the act's noun is, a "by" phrase after the victims of a condemned act, and a
measure noun whose own modifier names who imposed it.

Every row is a wire-style sentence written for these tests and the events an analyst
codes from it by the PLOVER manual, written `TYPE ACTOR>RECIPIENT` (several codes joined
by "+", no recipient as "SANCTION UNO>"), compared as distinct signatures of the events
that are not negated, as in tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import coded, row

from dyadwatch.events.patterns import load_patterns
from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    """The spaCy model and the patterns, loaded once for the module."""
    load_nlp()
    load_patterns()


# "protested the assault on a Japanese woman by a US sailor": the parser hangs the act
# noun's "by" phrase on the active verb whose object the noun is; an active verb has no
# agent, so the phrase names the act's doer, and the act is an event of its own.
AGENT_ON_THE_VERB = [
    row("Tokyo protested the alleged assault on a Japanese woman by a US navy petty officer.",
        "ACCUSE JPN>USA", "ASSAULT USA>JPN", id="protested-assault-on-by"),
    row("Okinawa officials protested the rape of a Japanese schoolgirl by three US servicemen.",
        "ACCUSE JPN>USA", "ASSAULT USA>JPN", id="protested-rape-of-by"),
    # guards: a "by" phrase that names a means or a manner is no doer
    row("The minister ended the strike by agreeing to raise wages.", id="ended-by-agreeing"),
    row("The government answered the protest by raising fuel prices.", id="answered-by-raising"),
    row("China blocked a trip to Beijing by the Dutch economy minister.", id="blocked-a-trip-by"),
]


@pytest.mark.parametrize(("sentence", "events"), AGENT_ON_THE_VERB)
def test_coder_reads_an_act_nouns_by_phrase_hung_on_its_verb_as_the_doer(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# "condemned the killing of Albanian guards by Serbian troops": the condemnation is of the
# doer the "by" phrase names, not of the victims the "of" phrase names first.
CONDEMNED_DOERS = [
    row("Albania condemned the killing of two Albanian border guards by Serbian troops.",
        "ACCUSE ALB>SRB", "ASSAULT SRB>ALB", id="condemned-killing-of-by"),
    row("The EU condemned the detention of Iranian journalists by Iraqi police.",
        "ACCUSE EUR>IRQ", "COERCE IRQ>IRN", id="condemned-detention-of-by"),
    row("Seoul denounced the abduction of South Korean citizens by North Korean agents.",
        "ACCUSE KOR>PRK", "ASSAULT PRK>KOR", id="denounced-abduction-of-by"),
    row("Turkey condemned the shelling of Turkish villages by Syrian forces.", "ACCUSE TUR>SYR", "ASSAULT SYR>TUR",
        id="condemned-shelling-of-by"),
    row("Kabul criticised the bombing of Afghan villages by US warplanes.", "ACCUSE AFG>USA", "ASSAULT USA>AFG",
        id="criticised-bombing-of-by"),
    row("Russia condemned the invasion of Georgia by Ukrainian mercenaries.", "ACCUSE RUS>UKR", "ASSAULT UKR>GEO",
        id="condemned-invasion-of-by"),
    # guards: the object's own party is still whom the condemnation is of
    row("Japan criticized the Chinese government.", "ACCUSE JPN>CHN", id="criticized-the-government"),
    row("Beijing condemned the US attack on Iraq.", "ACCUSE CHN>USA", "ASSAULT USA>IRQ", id="condemned-the-us-attack"),
]


@pytest.mark.parametrize(("sentence", "events"), CONDEMNED_DOERS)
def test_coder_codes_the_doer_in_a_by_phrase_as_whom_a_condemnation_is_of(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# "US financial sanctions imposed last year on North Korea": a past participle on the
# measure noun with no agent; the party the noun itself names imposed it, the "on" phrase
# (or the one other party) receives it.
MEASURE_OWNERS = [
    row("The talks stalled over US financial sanctions imposed on North Korea last year.", "SANCTION USA>PRK",
        id="us-sanctions-imposed-on"),
    row("EU sanctions imposed on Belarus in 2006 remain in force.", "SANCTION EUR>BLR", id="eu-sanctions-imposed-on"),
    row("Washington's sanctions imposed on Cuba in 1962 are still in place.", "SANCTION USA>CUB",
        id="possessor-sanctions-imposed-on"),
    row("Russian sanctions imposed on Georgian wine in 2006 hurt farmers.", "SANCTION RUS>GEO",
        id="russian-sanctions-imposed-on"),
    row("Pyongyang demanded the lifting of US financial sanctions imposed last year on the Stalinist state.",
        "REQUEST PRK>USA", "SANCTION USA>PRK", id="lifting-of-sanctions-imposed"),
    row("Pyongyang is under UN sanctions imposed after it tested a nuclear device.", "SANCTION UNO>PRK",
        id="un-sanctions-imposed-after"),
    row("Cuba demanded an end to the US embargo imposed in 1962.", "REQUEST CUB>", "SANCTION USA>CUB",
        id="us-embargo-imposed-in"),
    row("Moscow's ban imposed on Georgian wine in March hurt exports.", "SANCTION RUS>GEO", id="possessor-ban-imposed-on"),
    row("Tehran rejected the EU restrictions imposed on Iranian banks.", "REJECT IRN>EUR", "SANCTION EUR>IRN",
        id="eu-restrictions-imposed-on"),
    # guards: no imposer named; the country before "sanctions" named as their target
    row("The sanctions imposed on Iran in December took effect.", id="sanctions-imposed-no-imposer"),
    # not a measure: a participle on troops names no act on them
    row("He was against losing British troops stationed in West Germany.", id="troops-stationed-in"),
    row("Baghdad demanded an end to the Iraq sanctions imposed in 1990.", "REQUEST IRQ>", id="iraq-sanctions-target"),
]


@pytest.mark.parametrize(("sentence", "events"), MEASURE_OWNERS)
def test_coder_codes_the_party_a_measure_noun_names_as_who_imposed_it(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# "the arrest of the opposition leader by Kenyan police angered …": the parser hangs the
# act noun's "by" phrase on its "of" object; a party it names did the act, and the one the
# act was done to is not that party for being next to it.
AGENT_ON_THE_UNDERGOER = [
    row("The arrest of the opposition leader by Kenyan police angered his supporters.", "COERCE KEN>KEN",
        id="arrest-of-leader-by-police"),
    row("Relations soured after the seizure of a British tanker by Iranian forces.", "COERCE IRN>GBR",
        id="seizure-of-tanker-by-forces"),
    row("Anger grew after the rape of a 12-year-old girl by three US servicemen in 1995.", "ASSAULT USA>",
        id="rape-of-girl-by-servicemen-not-their-own"),
    # guards: a "by" phrase naming a means or no party is no doer
    row("The killing of a soldier by a roadside bomb shocked the town.", id="killing-by-a-bomb"),
    row("The publication of the report by the commission was delayed.", id="publication-by-a-body-is-no-event"),
]


@pytest.mark.parametrize(("sentence", "events"), AGENT_ON_THE_UNDERGOER)
def test_coder_reads_a_by_phrase_hung_on_the_acts_object_as_the_doer(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events

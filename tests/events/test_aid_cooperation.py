"""Aid and cooperation constructions the coder reads (PLOVER §3.5 COOPERATE, §3.6 AID),
one table per construction, with guard rows it must not code.

Every row is a wire-style sentence written for these tests and the events an analyst
codes from it by the PLOVER manual and the annotation guide, written `TYPE ACTOR>RECIPIENT`
(several codes joined by "+", no recipient as "COOPERATE CHN+PAK>"), compared as distinct
signatures of the events that are not negated. Promised aid is AGREE (the manual's rule
on future cooperation, applied by the coder).
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


# Aid given to people the sentence places in one state, unnamed ("flood victims in
# Bangladesh"): that state's people receive it.
AID_TO_PEOPLE_PLACED = [
    row("Japan provided 5 million dollars in emergency aid to flood victims in Bangladesh.", "AID JPN>BGD",
        id="money-to-victims-in"),
    row("Germany sent food and medicine to earthquake survivors in Pakistan on Tuesday.", "AID DEU>PAK",
        id="supplies-to-survivors-in"),
    # a state's health teams helping its villagers: the guide codes a state's aid to its own people
    row("The Philippine health ministry helped villagers deal with the dead.", "AID PHL>PHL", id="help-own-people"),
    # "helped the team win": no state and no one's people
    row("His late goal helped the team win the final.", id="help-a-team"),
    row("Lower Dutch tax rates helped the company keep its costs flat.", id="help-a-company"),
    row("The Swedish government is organizing an alarm center to help it react to crises.", id="help-itself"),
    # the aid workers are victims of a killing, not recipients of aid
    row("Gunmen killed three aid workers in Darfur on Monday.", "ASSAULT SDN>SDN", id="aid-workers-killed"),
]


@pytest.mark.parametrize(("sentence", "events"), AID_TO_PEOPLE_PLACED)
def test_coder_reads_aid_to_people_placed_in_a_state(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Money given in the currencies wire copy counts aid in; promised, it is AGREE.
AID_IN_MONEY = [
    row("China donated 5 million yuan to Cambodia on Monday.", "AID CHN>KHM", id="yuan-donated"),
    row("Thailand contributed 20 million baht to tsunami victims in Sri Lanka.", "AID THA>LKA", id="baht-to-victims-in"),
    row("India will give 50 million rupees to Nepal.", "AGREE IND>NPL", id="rupees-promised"),
    # a promise to give to a fund: the promise is AGREE, to no one named
    row("Thailand pledged to contribute 100 million baht to a regional fund on avian flu.", "AGREE THA>",
        id="pledged-to-a-fund"),
]


@pytest.mark.parametrize(("sentence", "events"), AID_IN_MONEY)
def test_coder_reads_money_given_as_aid(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Troops or a force sent for peace are aid to the place they go to (CAMEO 074); a state's
# own force sent into its own territory stays a mobilization.
PEACEKEEPING_FORCES = [
    row("France has deployed a 4,000-strong peacekeeping force to Ivory Coast.", "AID FRA>CIV",
        id="peacekeeping-force-deployed"),
    row("NATO sent an international force to Kosovo on Monday.", "AID IGO>KOS", id="international-force-sent"),
    # future: a promise of aid, AGREE by the manual's rule on future cooperation
    row("Rome is to send 2,500 troops and take over command of the UN peacekeeping force in southern Lebanon.",
        "AGREE ITA>LBN", id="troops-and-command-of-un-force"),
    row("Italy sent 2,500 troops and took over command of the UN force in Lebanon.", "AID ITA>LBN",
        id="troops-and-command-past"),
    row("Russia deployed a 4,000-strong force to Chechnya.", "MOBILIZE RUS>", id="own-force-stays-mobilize"),
]


@pytest.mark.parametrize(("sentence", "events"), PEACEKEEPING_FORCES)
def test_coder_reads_forces_sent_for_peace_as_aid(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Cooperation among the actors themselves: all parties act, no recipient (§2.4.2).
COOPERATION_AMONG_THEMSELVES = [
    row("Chinese and Pakistani navies held joint exercises on Monday.", "COOPERATE CHN+PAK>", id="joint-exercises"),
    row("Thai and Malaysian police exchanged intelligence on the rebels.", "COOPERATE MYS+THA>",
        id="exchanged-intelligence"),
    row("China and Pakistan are jointly developing the JF-17 fighter jet.", "COOPERATE CHN+PAK>",
        id="jointly-developing"),
    row("Pakistan is jointly developing the JF-17 fighter jet with China.", "COOPERATE PAK>CHN",
        id="jointly-developing-with"),
    # one state's drills and arms are its own build-up
    row("China is developing a new stealth fighter jet.", "MOBILIZE CHN>", id="own-weapon-stays-mobilize"),
    row("Pakistani troops held exercises near the border on Monday.", "MOBILIZE PAK>", id="own-exercises"),
    # a purpose of a meeting is not done yet ("meeting to consult and coordinate")
    row("Egyptian and Jordanian leaders met in Cairo on Sunday to consult and coordinate their positions.",
        "CONSULT EGY+JOR>", id="meeting-to-coordinate"),
    # what two states sign to do is the signing's content, not a second act
    row("Egypt and Sudan signed an agreement today to increase trade by 30 percent compared with last year.",
        "SUPPORT EGY+SDN>",
        id="agreement-to-increase-trade"),
]


@pytest.mark.parametrize(("sentence", "events"), COOPERATION_AMONG_THEMSELVES)
def test_coder_reads_cooperation_among_its_actors(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events

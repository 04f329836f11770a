"""Who takes part in a meeting told as a noun (PLOVER §3.2 CONSULT; pattern
consult.summit): the sides a clause on the noun says it is "between" all act, with no
recipient (§2.4.2 reciprocal actors); a clause set after a meeting framed by how long
it lasted or which round it was ("after two days of talks") has a subject that took
part in it; a state's own body named meeting alone ("the cabinet met") is its own
business, no consultation between parties.

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


SIDES_IN_OWN_CLAUSE = [
    row("Talks that opened between the Sudanese government and the SPLM rebels in Nairobi on Monday were adjourned on "
        "Friday.", "CONSULT SDN>", id="relative-clause-opened-between"),
    row("The talks that resumed between Israel and Syria in January broke down in March.",
        "CONSULT ISR+SYR>", id="relative-clause-resumed-between"),
    row("The meeting, which took place between Chinese and Japanese officials in Beijing, lasted three hours.",
        "CONSULT CHN+JPN>", id="non-restrictive-clause-took-place-between"),
]


@pytest.mark.parametrize(("sentence", "events"), SIDES_IN_OWN_CLAUSE)
def test_the_sides_a_meetings_own_clause_is_between_all_act(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_SIDES_IN_OWN_CLAUSE = [
    # "between" inside what the talks were about names no side of them
    row("Ethiopia said it had boycotted talks that sought to mark the border between Ethiopia and Eritrea.",
        "REJECT ETH>", id="between-inside-the-clauses-object"),
    row("The minister criticised talks that were taking place between his party's leaders.",
        id="no-party-named-between"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_SIDES_IN_OWN_CLAUSE)
def test_a_between_phrase_naming_no_side_of_the_meeting_makes_none(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


FRAMED_BY_DURATION = [
    row("Leaders of Iraq's rival parties unveiled a reform plan on Sunday after two days of peace talks.",
        "CONSULT IRQ>", id="after-days-of-talks"),
    row("At the end of two days of talks with Pakistani officials, the Indian foreign secretary said the ceasefire "
        "would hold.", "CONSULT IND>PAK", id="end-of-days-of-talks-with"),
    row("Kenya and Somalia signed a border accord on Friday after a second round of negotiations in Nairobi.",
        "SUPPORT KEN+SOM>", "CONSULT KEN+SOM>", id="after-a-round-of-negotiations"),
]


@pytest.mark.parametrize(("sentence", "events"), FRAMED_BY_DURATION)
def test_a_clause_set_after_days_of_talks_has_a_subject_that_took_part(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_FRAMED_BY_A_MEETING = [
    # a still-to-come meeting sets no scene its subject took part in
    row("Before two days of talks in Geneva, Iran said it would not suspend enrichment.", "REJECT IRN>",
        id="before-days-of-talks"),
    # weeks of fighting are no meeting
    row("Rebels shelled the town after weeks of fighting.", id="weeks-of-fighting"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_FRAMED_BY_A_MEETING)
def test_a_duration_of_no_past_meeting_makes_no_consultation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


OWN_BODY_ALONE = [
    row("The Israeli cabinet met on Sunday to discuss the ceasefire.", id="cabinet-met"),
    row("The new Egyptian parliament held its first session on Saturday.", id="parliament-held-its-session"),
    row("The Turkish parliament convened an extraordinary session on Monday.", id="parliament-convened-a-session"),
]


@pytest.mark.parametrize(("sentence", "events"), OWN_BODY_ALONE)
def test_a_states_own_body_meeting_alone_is_no_consultation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


WITH_ANOTHER_PARTY = [
    row("The Israeli cabinet met with the UN envoy on Sunday.", "CONSULT ISR>UNO", id="cabinet-met-with-an-envoy"),
    row("The Lebanese government and Hezbollah met on Sunday.", "CONSULT LBN>", id="government-and-an-armed-group"),
    row("Talks are taking place in Juba between the government of Uganda and the LRA.", "CONSULT UGA>",
        id="between-the-government-and-rebels"),
    row("The UN Security Council met on Tuesday to discuss Darfur.", "CONSULT UNO>", id="an-international-body"),
]


@pytest.mark.parametrize(("sentence", "events"), WITH_ANOTHER_PARTY)
def test_a_body_meeting_another_party_or_of_many_states_stays(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


PAIR_OF_STATES = [
    row("The UN refugee agency and Nepal began a census of Bhutanese refugees on Wednesday. The UN refugee agency said "
        "the census would help Nepal and the UN refugee agency protect the refugees. The two governments held talks on "
        "Monday.", "CONSULT BTN+NPL>", id="two-governments-not-the-often-named-agency"),
]


@pytest.mark.parametrize(("sentence", "events"), PAIR_OF_STATES)
def test_the_two_governments_meeting_are_two_states(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


PAIR_OF_SIDES = [
    row("The European Union urged Iran to suspend enrichment. The two sides met on Monday.",
        "REQUEST EUR>IRN", "CONSULT EUR+IRN>", id="two-sides-may-be-an-international-body"),
]


@pytest.mark.parametrize(("sentence", "events"), PAIR_OF_SIDES)
def test_the_two_sides_meeting_may_hold_an_international_body(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

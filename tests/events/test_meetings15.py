"""Meetings with a partner written "visiting X" (PLOVER §3.2 CONSULT, mode visit): the
parser may read the attributive participle after "with" (or "by") as a gerund and the
partner's name as its object ("held talks with visiting Palestinian President Abbas"),
so the talks lost their partner. The name is the preposition's object
(roles.prep_objects, data: attributive_participles), and the visitor visits the host,
the subject of the clause the talks hang on, also when the meeting only sets the scene
of a statement ("told reporters after a meeting with visiting X"); a future meeting is
AGREE (§3.1).

A meeting named as the purpose of being or going somewhere ("will be in Rome next week for
talks with X", "was not in Paris for talks") takes the modality of that verb
(modality._clause_verb, data: journey_purpose_verbs): a future one is AGREE, a denied one
none.

"In a meeting with Prime Minister Tony Blair, the Chinese foreign minister said …": the
words after the comma that ends a fronted phrase are the clause's subject, not the
name's apposition (actors.mentions._subject_after_adjunct), so the partner keeps his own
state and the speaker is never both sides of the meeting.

A meeting placed "here" (the place the story is filed from) between a party of the state
the article is about and one of another state was a visit by the other side, the visitor
the actor and the host the recipient (§3.2; coder._hosted_here). These rows are short
articles of three sentences, so that the article is about one state.

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


VISITING_PARTNERS = [
    row("Egyptian President Hosni Mubarak on Wednesday held talks with visiting Palestinian President Mahmoud Abbas "
        "on the situation in Gaza.", "CONSULT PSE>EGY", id="held-talks-with-visiting"),
    row("The Thai prime minister held talks on Friday with visiting Japanese Prime Minister Shinzo Abe.",
        "CONSULT JPN>THA", id="talks-on-a-day-with-visiting"),
    row("Kenyan Foreign Minister Raphael Tuju began a meeting with visiting British Foreign Secretary Margaret Beckett "
        "in Nairobi on Monday.", "CONSULT GBR>KEN", id="began-a-meeting-with-visiting"),
    row("Russian Foreign Minister Sergei Lavrov told reporters after a meeting with visiting Indian Foreign Minister "
        "Pranab Mukherjee that the talks had been useful.", "CONSULT IND>RUS", id="statement-after-a-meeting-with-visiting"),
    row("The truce was agreed after two days of talks brokered by visiting Norwegian Foreign Minister Jonas Gahr Store.",
        "CONSULT NOR>", id="brokered-by-visiting"),
    row("Mubarak will hold talks with visiting Palestinian President Mahmoud Abbas on Thursday.",
        "AGREE PSE>EGY", id="future-talks-with-visiting-are-agree"),
    row("The Jordanian king will meet visiting Turkish Prime Minister Recep Tayyip Erdogan on Sunday.",
        "AGREE TUR>JOR", id="will-meet-visiting-is-agree"),
]


@pytest.mark.parametrize(("sentence", "events"), VISITING_PARTNERS)
def test_a_visiting_partner_is_the_visitor_of_the_talks(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_VISIT = [
    row("Mubarak did not hold talks with visiting Palestinian President Mahmoud Abbas on Wednesday.", id="denied"),
    row("The meeting with visiting Palestinian President Mahmoud Abbas was cancelled, Egyptian officials said.",
        id="cancelled"),
    row("Egyptian President Hosni Mubarak on Wednesday held talks with visiting businessmen.",
        "CONSULT EGY>", id="visitors-who-are-no-actor"),
    row("The Chinese premier was credited with visiting Togo twice.", id="visiting-a-place-is-no-visitor"),
    row("The mayor was on hand along with visiting French Prime Minister Dominique de Villepin at the opening of the "
        "bridge.", id="along-with-a-visitor-is-no-meeting"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_VISIT)
def test_no_visit_is_coded_when_the_talks_are_denied_or_the_visitor_no_party(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


PURPOSE_OF_A_JOURNEY = [
    row("The Iraqi oil minister will be in Rome next week for talks with Italian officials.",
        "AGREE IRQ>ITA", id="will-be-somewhere-for-talks"),
    row("The Nigerian foreign minister is due in London on Thursday for talks with British officials.",
        "AGREE NGA>GBR", id="due-somewhere-for-talks"),
    row("The Iraqi oil minister will go to Rome next week for a meeting with Italian officials.",
        "AGREE IRQ>ITA", id="will-go-somewhere-for-a-meeting"),
    row("The Syrian vice president was in Tehran on Monday for talks with Iranian leaders.",
        "CONSULT SYR>IRN", id="was-somewhere-for-talks-happened"),
]


@pytest.mark.parametrize(("sentence", "events"), PURPOSE_OF_A_JOURNEY)
def test_talks_as_the_purpose_of_a_journey_take_its_modality(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_A_JOURNEY_MEETING = [
    row("The Syrian vice president was not in Tehran for talks with Iranian leaders, his office said.",
        id="denied-journey"),
    row("The Syrian vice president would be in Tehran for talks with Iranian leaders if the border reopened.",
        id="conditional-journey"),
]

JOURNEY_NEEDS_A_PLACE = [
    row("Trade talks will continue to be of great importance for the APEC meetings which start here on Sunday, "
        "the Vietnamese minister said.", "CONSULT IGO>", id="be-of-importance-for-meetings-is-no-journey"),
]


@pytest.mark.parametrize(("sentence", "events"), JOURNEY_NEEDS_A_PLACE)
def test_being_without_a_place_lends_no_modality_to_the_meeting(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), NOT_A_JOURNEY_MEETING)
def test_talks_of_a_journey_denied_or_conditional_are_not_coded(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


MEETING_BEFORE_THE_SUBJECT = [
    row("In a meeting with Prime Minister Tony Blair, the Chinese foreign minister said trade would grow.",
        "CONSULT CHN>GBR", id="in-a-meeting-with-a-known-person-then-the-subject"),
    row("After talks with President Jacques Chirac, the Nigerian leader told reporters the visit had been useful.",
        "CONSULT NGA>FRA", id="after-talks-with-a-known-person-then-the-subject"),
    row("In a meeting with Moussa Diallo, the Chinese ambassador said relations were good.",
        "CONSULT CHN>", id="unknown-partner-is-not-the-speakers-compatriot"),
    row("Moussa Diallo, the Senegalese interior minister met the Chinese ambassador on Monday.",
        "CONSULT SEN>CHN", id="apposition-of-the-subject-without-its-closing-comma-stays"),
    row("Moussa Diallo, the Senegalese interior minister, met the Chinese ambassador on Monday.",
        "CONSULT SEN>CHN", id="apposition-closed-by-a-comma-stays"),
]


@pytest.mark.parametrize(("sentence", "events"), MEETING_BEFORE_THE_SUBJECT)
def test_a_fronted_meeting_keeps_its_partner_apart_from_the_subject(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


HOSTED_HERE = [
    row("China's economy grew fast this year. Chinese Vice Premier Wu Yi met with a Japanese delegation here on "
        "Friday. China will host more trade fairs, Chinese officials said.", "CONSULT JPN>CHN",
        id="home-leader-met-a-delegation-here"),
    row("Turkey's parliament met on Monday. Turkish Foreign Minister Ali Babacan said after talks here with his "
        "Swedish counterpart that the proposal was unacceptable. Turkey will hold elections next year.",
        "CONSULT SWE>TUR", id="home-minister-said-after-talks-here"),
]


@pytest.mark.parametrize(("sentence", "events"), HOSTED_HERE)
def test_a_meeting_here_with_a_home_party_is_the_other_sides_visit(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_HOSTED_HERE = [
    row("Turkey's parliament met on Monday. Swedish Foreign Minister Carl Bildt said after talks here with his "
        "Turkish counterpart that the proposal was unacceptable. Turkey will hold elections next year.",
        "CONSULT SWE>TUR", id="the-visitor-speaking-stays-the-actor"),
    row("Turkey's parliament met on Monday. Turkish Foreign Minister Ali Babacan held talks in Stockholm with his "
        "Swedish counterpart on Monday. Turkey will hold elections next year.",
        "CONSULT TUR>SWE", id="talks-abroad-are-no-hosting"),
    row("The Philippine economy grew this year. Philippine President Gloria Arroyo left here on Friday for the APEC "
        "summit in Hanoi. The Philippine peso rose on Friday.", "CONSULT PHL>IGO", "CONSULT IGO>",
        id="leaving-here-for-a-summit-is-no-hosting"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_HOSTED_HERE)
def test_a_meeting_not_here_or_by_the_visitor_keeps_its_sides(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

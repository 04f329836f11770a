"""A meeting told as a fronted adjunct ("After a meeting with X, the director of Y said")
is a CONSULT of the clause's subject with X (PLOVER §CONSULT), also when the parser reads
that subject as an apposition of X and leaves the verb without one: the whole noun
phrase running up to the verb ("a senior official of the UN agency"), not only its last
name, is the subject (`nlp.apposition_ending_at`, roles `subject_read_as_apposition`).
The same phrase, not the town its body sits in ("… office in Nairobi said"), is who speaks.

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


FRONTED_MEETINGS = [
    row("After a two-day consultative meeting with Kenyan and Ugandan officials, a senior official of the UN "
        "Environment Programme said the talks were useful.",
        "CONSULT UNO>KEN+UGA", id="official-of-a-un-programme"),
    row("In talks with Pakistani ministers, a senior envoy of the European Union said trade would grow.",
        "CONSULT EUR>PAK", id="envoy-of-the-eu"),
    row("After a meeting with Kenyan officials, the director of the World Food Programme office in Nairobi said "
        "aid would reach the north.",
        "CONSULT UNO>KEN", id="director-of-an-office-in-a-town"),
    row("In a meeting with Afghan elders, a senior commander of the NATO force in Kabul said security had improved.",
        "CONSULT IGO>AFG", id="commander-of-a-force-in-a-capital"),
    row("After his meeting with the Kenyan president, the head of the World Bank said the loan would be approved.",
        "CONSULT IGO>KEN", id="head-of-a-bank-after-his-meeting"),
    row("Following talks with Malian officials, the head of the African Union mission said the ceasefire was holding.",
        "CONSULT IGO>MLI", id="following-read-as-a-participle"),
    row("Following a meeting with Sudanese ministers, a senior envoy of the European Union said aid would resume.",
        "CONSULT EUR>SDN", id="following-a-meeting-envoy-of-the-eu"),
]


@pytest.mark.parametrize(("sentence", "events"), FRONTED_MEETINGS)
def test_a_fronted_meeting_is_the_consultation_of_the_noun_phrase_before_the_verb(
    sentence: str, events: set[str]
) -> None:
    assert asserted(sentence) == events


NO_MEETING = [
    row("After a meeting of the cabinet, the Kenyan foreign minister said the talks were useful.",
        id="a-meeting-of-ones-own-body-has-no-partner"),
    row("In a meeting room at the hotel, the French foreign minister said the plan was sound.",
        id="a-meeting-room-is-a-place"),
    row("After a meeting with reporters, the deputy director of the UN Environment Programme said the plan was sound.",
        id="meeting-the-press"),
    row("Kenya said it was meeting the target set by the International Monetary Fund.",
        id="meeting-a-target"),
    row("Following the meeting, the head of the African Union mission said the ceasefire was holding.",
        id="a-meeting-told-before-names-no-partner"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_MEETING)
def test_a_meeting_with_no_party_on_its_other_side_is_no_consultation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


SPEAKERS = [
    pytest.param("After a meeting with Kenyan officials, the director of the World Food Programme office in Nairobi "
                 "said aid would reach the north.", "UNO", id="a-un-office-not-its-town"),
    pytest.param("In a meeting with Afghan elders, a senior commander of the NATO force in Kabul said security had "
                 "improved.", "IGO", id="an-alliance-force-not-its-capital"),
]


@pytest.mark.parametrize(("sentence", "code"), SPEAKERS)
def test_the_speaker_read_as_an_apposition_is_the_body_not_the_town_it_sits_in(sentence: str, code: str) -> None:
    [quote] = annotate_text(sentence).quotes
    assert quote.speaker is not None and quote.speaker.actor is not None
    assert quote.speaker.actor.code == code


WARNED_ADDRESSEES = [
    row("Iran's top nuclear official warned Western powers they would face painful measures if sanctions were imposed.",
        "THREATEN IRN>", id="they-is-the-warned-plural-not-the-warner"),
    row("Moscow's envoy warned the Baltic states they would pay a heavy price for joining the alliance.",
        "THREATEN RUS>", id="warned-states-pay-a-price"),
]


@pytest.mark.parametrize(("sentence", "events"), WARNED_ADDRESSEES)
def test_the_pronoun_of_what_a_warning_tells_its_object_is_that_object(sentence: str, events: set[str]) -> None:
    """A plural "they" after a singular warner is the warned party (uncoded here), never
    the warner as its own recipient."""
    assert asserted(sentence) == events

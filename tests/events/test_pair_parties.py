"""A pair told as one ("the two sides", "both countries", "the two leaders", "the two"):
the two parties the story has just named, as actors or as recipients (rule role.pair in
data/events/roles.toml).

Every story is written for these tests, wire-style; only the events of its last
sentence are compared, written `TYPE ACTOR>RECIPIENT` as in tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import signature

from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


def coded_last(*sentences: str) -> set[str]:
    """The signatures of the events of the story's last sentence that are not negated."""
    text = " ".join(sentences)
    last = len(text) - len(sentences[-1])
    return {signature(e) for e in annotate_text(text).events if e.start >= last and not e.aux.negated}


MEETING = "Japanese Prime Minister Shinzo Abe met Chinese President Hu Jintao in Hanoi on Saturday."
SUMMIT = "Russian President Vladimir Putin received Belarusian President Alexander Lukashenko in the Kremlin."
BREAKDOWN = "Talks between Ethiopia and Eritrea on their border broke down on Monday."

PAIRS = [
    pytest.param((MEETING, "The two sides agreed to resume talks on the gas fields."), {"AGREE CHN+JPN>"},
                 id="the-two-sides-as-actor"),
    pytest.param((SUMMIT, "Lukashenko said relations had improved a great deal.",
                  "The two leaders also agreed to set up a joint commission."), {"AGREE BLR+RUS>"},
                 id="the-two-leaders-two-sentences-back"),
    pytest.param((BREAKDOWN, "The United Nations urged both countries to return to the table."), {"REQUEST UNO>ERI+ETH"},
                 id="both-countries-as-recipient"),
    pytest.param((MEETING, "The two met again in Beijing a month later."), {"CONSULT CHN+JPN>"}, id="the-two-alone"),
    pytest.param(("Russia threatened on Monday to cut gas supplies to Belarus.", "Belarus said Russia was bullying it.",
                  "Russian gas also flows through Belarus to Germany.", "The EU called on the two sides to reach a deal."),
                 {"REQUEST EUR>BLR+RUS"}, id="the-two-named-most"),
    pytest.param(("Chinese President Hu Jintao met Kenyan President Mwai Kibaki in Beijing on Friday.",
                  "Hu called on the two countries to expand trade."), {"REQUEST CHN>KEN"},
                 id="the-speaker-of-the-pair-asks-the-other"),
]


@pytest.mark.parametrize(("story", "events"), PAIRS)
def test_a_pair_is_the_two_parties_named_before(story: tuple[str, ...], events: set[str]) -> None:
    assert coded_last(*story) == events


NO_PAIR = [
    pytest.param(("Leaders of France, Germany and Britain met in Berlin on Monday.",
                  "The two sides agreed to resume talks."), id="three-named"),
    pytest.param((MEETING, "Two countries agreed to resume talks on the gas fields."), id="two-without-the"),
    pytest.param(("The weather was fine on Monday.", "The two sides agreed to resume talks."), id="none-named"),
]


def test_parties_meeting_in_one_of_their_capitals_meet_no_host() -> None:
    assert coded_last("Shinzo Abe and Hu Jintao met again in Beijing a month later.") == {"CONSULT CHN+JPN>"}


def test_a_party_accused_by_its_own_opposition_stays_the_recipient() -> None:
    assert coded_last("Japan's opposition Democratic Party accused the Japanese government of hiding the truth.") == {
        "ACCUSE JPN>JPN"}


@pytest.mark.parametrize("story", NO_PAIR)
def test_a_pair_is_no_one_when_the_story_does_not_name_exactly_two(story: tuple[str, ...]) -> None:
    assert coded_last(*story) == set()


THEY_BOTH = [
    pytest.param(("Japan and China held talks in Beijing on Monday.", "They agreed to resume joint gas exploration."),
                 {"AGREE CHN+JPN>"}, id="they-after-a-coordinated-subject"),
    pytest.param(("Vietnamese Prime Minister Phan Van Khai met US Defense Secretary William Cohen in Hanoi on Monday.",
                  "They agreed to continue cooperation on the search for missing soldiers."), {"AGREE USA+VNM>"},
                 id="they-after-one-met-the-other"),
]


@pytest.mark.parametrize(("story", "events"), THEY_BOTH)
def test_they_opening_a_sentence_is_every_party_that_met_in_the_sentence_before(
        story: tuple[str, ...], events: set[str]) -> None:
    assert coded_last(*story) == events


def test_they_after_a_one_sided_act_is_not_both_parties() -> None:
    # "Russia accused Georgia": the accused did not act with the accuser
    coded = coded_last("Russia accused Georgia of spying on Monday.", "They said the officers would be tried.")
    assert not any("GEO+RUS" in signature for signature in coded)

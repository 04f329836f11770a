"""Commitment to a policy is approval of it (PLOVER §3.3 SUPPORT "approve policy, action,
or actor"; patterns support.commitment-to and support.committed-to): the one committed
acts, the parties the policy is of, or whose sovereignty it is, receive. Commitment to
doing something, to talks or to cooperation stays a promise (AGREE, §3.1). Welcoming a
party's decision is SUPPORT of the decider made now, whatever the decision is to do and
when (below).

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from event_signatures import asserted, row, signature

from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


COMMITMENT_TO_A_POLICY = [
    row("The European Union on Monday reaffirmed its commitment to the vision of Israel and a Palestinian state living side by side.",
        "SUPPORT EUR>ISR+PSE", id="vision-of-two-states"),
    row("France stressed its commitment to Lebanon's sovereignty.",
        "SUPPORT FRA>LBN", id="a-states-sovereignty"),
    row("Turkey reiterated its commitment to the territorial integrity of Iraq.",
        "SUPPORT TUR>IRQ", id="integrity-of-a-state"),
    row("The United States has committed itself to the independence of Kosovo.",
        "SUPPORT USA>KOS", id="committed-itself-to"),
    row("Nepal said it was committed to the roadmap drawn up by India.",
        "SUPPORT NPL>IND", id="committed-to-a-plan-by-its-author"),
]


@pytest.mark.parametrize(("sentence", "events"), COMMITMENT_TO_A_POLICY)
def test_commitment_to_a_policy_supports_its_owners(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


COMMITMENT_TO_ACT = [
    row("Nepal reaffirmed its commitment to hold free elections in June.",
        "AGREE NPL>", id="commitment-to-doing-is-a-promise"),
    row("Japan reaffirmed its commitment to the aid programme for Kenya.",
        "AGREE JPN>KEN", id="a-programme-is-no-policy-noun"),
]


@pytest.mark.parametrize(("sentence", "events"), COMMITMENT_TO_ACT)
def test_commitment_to_act_stays_a_promise(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# Welcoming a party's decision, plan or offer is SUPPORT of the decider, made now (§3.3):
# what the decision is to do (its to-infinitive) neither dates the welcome for later, which
# would make it a promise (AGREE), nor gives it recipients of its own ("by Greek warplanes").
PUBLISHED = dt.date(2006, 4, 24)


def told_as_real(sentence: str) -> set[str]:
    events = annotate_text(sentence, published=PUBLISHED).events
    return {signature(e) for e in events if not (e.aux.negated or e.aux.hypothetical)}


WELCOMED_DECISIONS = [
    row("The UN envoy welcomed the Cypriot side's decision to suspend flights by Greek warplanes during exercises next month.",
        "SUPPORT UNO>CYP", id="decision-with-a-later-time-and-a-by-phrase"),
    row("Japan on Monday welcomed Iran's decision to release the British sailors next week.",
        "SUPPORT JPN>IRN", id="decision-to-act-next-week"),
    row("The United Nations welcomed Nepal's decision to lift the curfew next week.",
        "SUPPORT UNO>NPL", id="decision-to-ease-next-week"),
]


@pytest.mark.parametrize(("sentence", "events"), WELCOMED_DECISIONS)
def test_welcoming_a_decision_supports_its_decider_now(sentence: str, events: set[str]) -> None:
    assert told_as_real(sentence) == events


ANNOUNCED_FOR_LATER = [
    row("Germany will welcome the Chinese president to Berlin next month.",
        "AGREE DEU>CHN", id="the-verbs-own-time-still-makes-it-later"),
    row("Chancellor Merkel welcomes Polish President Kaczynski in Berlin next Tuesday.",
        "AGREE DEU>POL", id="the-verbs-own-later-day"),
]


@pytest.mark.parametrize(("sentence", "events"), ANNOUNCED_FOR_LATER)
def test_a_later_time_on_the_verb_itself_still_announces_it(sentence: str, events: set[str]) -> None:
    assert told_as_real(sentence) == events


# Planned cooperation told in the future is AGREE (§3.1); its actor may be a description of
# a state's body that restates one named just before without its country ("the new
# government" after "the new German government": rule context.restated-description).
RESTATED_DESCRIPTIONS = [
    row("Merkel said the new German government would keep its policy toward Asia. "
        "The new government will strengthen political dialogue with China, she added.",
        "AGREE DEU>CHN", id="the-new-government-after-the-new-german-government"),
    row("The interim Iraqi government took office on Monday. "
        "The interim government will expand cooperation with Iran, its spokesman said.",
        "AGREE IRQ>IRN", id="the-interim-government"),
    # a bare head is no description: the one state the sentence before names holds it
    # (rule context.institution-state)
    row("The Iraqi government took office on Monday. "
        "The government will expand cooperation with Iran, its spokesman said.",
        "AGREE IRQ>IRN", id="a-bare-head-the-state-named-before"),
]


@pytest.mark.parametrize(("sentence", "events"), RESTATED_DESCRIPTIONS)
def test_planned_cooperation_by_a_restated_body_is_its_states_promise(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_RESTATED = [
    row("The new government will strengthen political dialogue with China, the minister said.",
        id="no-description-before"),
    row("Talks between the new German government and the new French government ended on Monday. "
        "The new government will strengthen dialogue with China, officials said.",
        "CONSULT DEU+FRA>", id="two-states-so-described-no-guess"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_RESTATED)
def test_a_description_restating_no_one_body_is_nobodys(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

"""Reductions of relations and convictions (PLOVER §3.13 SANCTION, modes convict, expel,
discontinue):

- a court's sentence to prison is both SANCTION convict and COERCE arrest (§3.13:
  "court sentences that include imprisonment will also receive a COERCE 'arrest' mode");
- a boycott by states, their governments or IGOs is SANCTION discontinue; PROTEST boycott
  is for civilians, parties and groups (§3.12: "all civilian demonstrations and other
  collective actions");
- a removal from a post or body told in the passive with no agent is by the removed
  official's own state, when that is the article's one country (SANCTION expel).

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


COURT_CUSTODY = [
    row("A judge at Egypt's state security court on Monday jailed three opposition activists for five years.",
        "COERCE EGY>EGY", "SANCTION EGY>EGY", id="judge-jailed"),
    row("An Egyptian court sentenced three opposition activists to five years in prison on Monday.",
        "SANCTION EGY>EGY", "COERCE EGY>EGY", id="sentenced-to-years-in-prison"),
    row("A Turkish court sentenced the Kurdish mayor to life imprisonment on Thursday.",
        "SANCTION TUR>TUR", "COERCE TUR>TUR", id="sentenced-to-life-imprisonment"),
]


@pytest.mark.parametrize(("sentence", "events"), COURT_CUSTODY)
def test_a_courts_prison_sentence_is_a_conviction_and_an_arrest(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_CUSTODY_PAIR = [
    row("Egyptian police jailed three opposition activists on Monday.", "COERCE EGY>EGY", id="police-jailing-no-conviction"),
    row("An Egyptian court sentenced the opposition activist to death on Monday.", "SANCTION EGY>EGY",
        id="death-sentence-no-custody"),
    row("An Egyptian court sentenced the opposition activist to a suspended two-year prison term.", "SANCTION EGY>EGY",
        id="suspended-term-no-custody"),
    row("An Egyptian court fined the opposition newspaper on Monday.", "SANCTION EGY>EGY", id="fine-no-custody"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_CUSTODY_PAIR)
def test_no_arrest_or_conviction_is_added_without_a_courts_prison_term(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


STATE_BOYCOTTS = [
    row("The European Union and the United Nations have boycotted the Hamas government since March.",
        "SANCTION EUR+UNO>PSE", id="igos-boycott-a-government"),
    row("The Hamas government has been boycotted by Israel since it took office.", "SANCTION ISR>PSE",
        id="passive-boycott-by-a-state"),
    row("The Israeli government boycotted the Hamas-led cabinet.", "SANCTION ISR>PSE", id="government-boycott"),
]


@pytest.mark.parametrize(("sentence", "events"), STATE_BOYCOTTS)
def test_a_states_boycott_is_a_sanction(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


CIVILIAN_BOYCOTTS = [
    row("Opposition parties boycotted the parliamentary elections in Togo.", "PROTEST TGO>TGO", id="party-boycott"),
    row("Palestinian students boycotted Israeli products.", "PROTEST PSE>ISR", id="students-boycott"),
    row("Hamas boycotted the Palestinian elections.", "PROTEST PSE>PSE", id="armed-group-boycott"),
]


@pytest.mark.parametrize(("sentence", "events"), CIVILIAN_BOYCOTTS)
def test_a_boycott_by_people_parties_or_groups_stays_a_protest(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


UNNAMED_DISMISSALS = [
    row("Kenyan Finance Minister David Mwiraria was sacked from his post in the cabinet on Friday. "
        "Kenya's economy grew by five percent last year.", "SANCTION KEN>KEN", id="sacked-from-post"),
    row("Kenyan opposition leader Raila Odinga was expelled from the party's executive committee on Friday. "
        "Kenya's economy grew by five percent last year.", "SANCTION KEN>KEN", id="expelled-from-committee"),
]


@pytest.mark.parametrize(("sentence", "events"), UNNAMED_DISMISSALS)
def test_a_removal_with_no_agent_is_by_the_officials_own_state(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_DISMISSER = [
    row("A Kenyan farmer was sacked from his job at a tea factory on Friday. "
        "Kenya's economy grew by five percent last year.", id="private-person"),
    row("Two Russian diplomats were expelled from the embassy compound on Friday. "
        "Poland's economy grew by five percent last year.", id="official-of-another-state"),
    row("Kenyan General Joseph Kibwana was expelled at 15 for misconduct and later joined the army. "
        "Kenya's economy grew by five percent last year.", id="removed-from-nothing-told"),
    row("The Kenyan government was ousted from power in March. "
        "Kenya's economy grew by five percent last year.", id="a-whole-government-ousted"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_DISMISSER)
def test_no_state_is_guessed_for_a_private_person_a_foreign_official_or_a_government(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

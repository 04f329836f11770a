"""Trials and naming as a suspect are accusations by the prosecuting side (PLOVER §3.9
ACCUSE: "charge, indict, bring to trial, name as suspect"; patterns accuse.try, accuse.trial-noun,
accuse.on-trial, accuse.stand-trial, accuse.put-on-trial, accuse.name-as-suspect): the
court or state that tries is the actor, the one tried or named the recipient. Told without
who tries, the accuser is the court the sentence names, else the state where the trial is
held, else the accused's own state (coder.toml, trial_patterns); a place that is no state's
("in The Hague") leaves it unguessed.

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


TRIALS = [
    row("A Russian court tried the American journalist on charges of espionage.",
        "ACCUSE RUS>USA", id="court-tries-on-charges"),
    row("The UN war crimes tribunal has been trying three Serbian officers -- Goran Petrovic, Milan Ilic and "
        "Zoran Jovic -- for war crimes in Croatia.",
        "ACCUSE UNO>SRB", id="tries-officers-named-in-apposition"),
    row("The Kenyan opposition leader was tried for treason in Nairobi in 1998.",
        "ACCUSE KEN>KEN", id="passive-tried-for-a-crime"),
    row("Five former East German border guards went on trial in Berlin on Friday.",
        "ACCUSE DEU>DEU", id="went-on-trial-in-a-capital"),
    row("The ousted Iraqi president is on trial with six aides for the killing of protesters.",
        "ACCUSE IRQ>IRQ", id="is-on-trial-no-place"),
    row("Two Bosnian Serb commanders stood trial before the UN war crimes tribunal.",
        "ACCUSE UNO>BIH", id="stood-trial-before-a-named-court"),
    row("The former Turkish minister went on trial in London for fraud.",
        "ACCUSE GBR>TUR", id="trial-abroad-is-the-host-states"),
    row("Egypt put the Jordanian diplomat on trial on Sunday.",
        "ACCUSE EGY>JOR", id="put-on-trial-by-a-state"),
    row("The trial of the former Iraqi vice president resumed in Baghdad on Monday.",
        "ACCUSE IRQ>IRQ", id="trial-of-resumed-in-a-capital"),
    row("A US federal judge has halted the war crimes trial of an Australian terror suspect.",
        "ACCUSE USA>AUS", id="trial-of-halted-by-a-named-court"),
]


@pytest.mark.parametrize(("sentence", "events"), TRIALS)
def test_a_trial_is_an_accusation_by_the_trying_side(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NAMED_AS_SUSPECT = [
    row("UN investigator Paul Volcker named Indian minister Natwar Singh as a beneficiary of the kickbacks.",
        "ACCUSE UNO>IND", id="named-as-a-beneficiary"),
    row("The Turkish opposition leader was named as a suspect in the bombing in Ankara.",
        "ACCUSE TUR>TUR", id="passive-named-as-a-suspect-placed"),
]


@pytest.mark.parametrize(("sentence", "events"), NAMED_AS_SUSPECT)
def test_naming_a_party_as_a_suspect_accuses_it(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_ACCUSATION = [
    row("The Iraqi minister tried to calm the crowd.", id="try-to-is-an-attempt"),
    row("The Kenyan president tried for years to win a seat on the Security Council.", id="tried-for-years"),
    row("The Indian prime minister named Natwar Singh as his new foreign minister.", id="named-as-a-post"),
    row("Israeli police identified the man as Ahmed Khalil.", id="identified-as-a-name"),
    row("The German drug maker said the vaccine went on trial in Brazil.", id="a-product-trial"),
    row("Croatia will bring suspects to trial, a Croatian official said.", id="no-one-named-tried"),
    row("The former Croatian general went on trial in The Hague on Monday for war crimes.",
        id="a-place-that-is-no-states-is-not-guessed"),
    row("The Iraqi president's trial resumed on Monday.", id="whose-trial-names-no-one-tried-by-anyone"),
    row("The German drug maker began a clinical trial of the new vaccine in Brazil.", id="a-trial-of-a-product"),
    row("The appeal has blocked the trial of two Libyan intelligence agents.", id="a-blocked-trial-did-not-take-place"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_ACCUSATION)
def test_attempts_appointments_and_trials_of_no_party_are_no_accusation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

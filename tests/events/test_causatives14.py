"""An act told as a to-infinitive under a verb of causing ("forced Israel to withdraw",
"led ministers to ask", "prompted Japan to recall") is done by the causer's object, or
by the passive subject ("was forced to withdraw"), and it happened (roles._caused_doers,
roles.toml causative_verbs). Verbs that only ask ("urged", "pressured") stay requests
whose act is not done; a leader's own errand ("led a delegation to Beijing to sign") is
the leader's. A reported clause's pronoun agreeing with a reporter the gazetteer does
not know takes no farther party (roles._unknown_reporter).

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


CAUSED_ACTS = [
    row("Washington forced Israel to withdraw its troops from Lebanon.", "RETREAT ISR>LBN", id="forced-object-withdraws"),
    row("Heavy shelling compelled Syria to withdraw its forces from Lebanon.", "RETREAT SYR>LBN", id="compelled-by-a-thing"),
    row("The border clash prompted Japan to recall its ambassador from Moscow.", "SANCTION JPN>RUS",
        id="prompted-object-recalls"),
    row("The collapse of the peso led Argentine ministers to ask the IMF for a loan.", "REQUEST ARG>IGO",
        id="led-object-asks"),
    row("The killings obliged France to suspend military aid to Rwanda.", "SANCTION FRA>RWA", id="obliged-object-suspends"),
    row("The crisis drove Iran to expel the British ambassador.", "SANCTION IRN>GBR", id="drove-object-advcl"),
    row("Israel was forced to withdraw its troops from Lebanon.", "RETREAT ISR>LBN", id="passive-forced"),
    row("Japan said the attack had forced it to recall its ambassador from Moscow.", "SANCTION JPN>RUS",
        id="pronoun-object-is-a-party"),
    row("A series of bombings killed 153 people in Baghdad on Thursday, prompting the Iraqi authorities to impose "
        "an indefinite curfew.", "COERCE IRQ>IRQ", id="prompting-participle-of-consequence-done"),
]


@pytest.mark.parametrize(("sentence", "events"), CAUSED_ACTS)
def test_caused_doers_the_object_of_a_causing_verb_does_the_act(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_CAUSED = [
    row("Washington urged Israel to withdraw its troops from Lebanon.", "REQUEST USA>ISR", id="urged-is-a-request"),
    row("The United States pressured Pakistan to arrest the militants.", "REQUEST USA>PAK", id="pressured-is-a-request"),
    row("Putin led a Russian delegation to Beijing to sign the agreement.", "SUPPORT RUS>", id="led-on-an-own-errand"),
    row("Ethiopian Prime Minister Meles Zenawi spoke in Addis Ababa on Tuesday. The Islamists acknowledged that "
        "they had been forced to withdraw from many positions.", id="pronoun-of-an-unknown-reporter"),
    row("Ethiopia said more than 1,000 people have been killed. The Islamists acknowledged that they had withdrawn "
        "from many positions.", id="pronoun-of-an-unknown-reporter-no-causative"),
    row("Opposition groups staged a strike aimed at forcing Venezuelan President Hugo Chavez to step down.",
        id="causing-only-aimed-at"),
    row("Washington could force Israel to withdraw its troops from Lebanon.", id="causing-only-possible"),
    row("Washington stepped up pressure in a bid to induce North Korea to hold talks with Seoul.",
        id="causing-in-a-bid"),
    row("There will be no peace until sanctions force Iraq to withdraw its army from Kuwait.", id="causing-until"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_CAUSED)
def test_caused_doers_no_doer_from_asking_verbs_or_own_errands(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

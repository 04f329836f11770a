"""A subject pronoun of a clause told inside a relative clause ("The minister, who arrived
from Ghana where she visited Benin, …") stands for the noun the relative clause tells of,
when they agree (roles.pronoun_antecedent, roles._relative_clause_host): "he" or "she"
with "who", "they" with a plural noun. The visit or the talks told in such a clause are
the noun's party's (PLOVER §3.2 CONSULT: the visitor is the actor), past even when the
sentence's main clause tells of talks to come.

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


TOLD_IN_A_RELATIVE_CLAUSE = [
    row("The Italian foreign minister, who arrived from Egypt where she visited Jordan and Lebanon, will hold talks "
        "with Turkish officials.", "AGREE ITA>TUR", "CONSULT ITA>JOR+LBN", id="where-she-visited-under-who-arrived"),
    row("The Chinese premier, who flew in from Egypt after he had held talks with Sudanese leaders, met Kenyan "
        "officials on Monday.", "CONSULT CHN>KEN", "CONSULT CHN>SDN", id="after-he-held-talks-under-who-flew"),
    row("The Japanese envoy, who came from Seoul where he met South Korean officials, is due to see Chinese leaders "
        "on Friday.", "CONSULT JPN>KOR", id="where-he-met-under-who-came"),
    row("The German chancellor, who returned from Moscow after she met Russian leaders, faced questions in "
        "parliament.", "CONSULT DEU>RUS", id="after-she-met-under-who-returned"),
    row("Rwandan rebels, who fled into Congo where they attacked villages, were disarmed on Sunday.",
        "ASSAULT RWA>", id="they-for-a-plural-noun-not-the-nearer-place"),
]


@pytest.mark.parametrize(("sentence", "events"), TOLD_IN_A_RELATIVE_CLAUSE)
def test_a_pronoun_inside_a_relative_clause_is_the_noun_it_tells_of(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_THE_NOUN = [
    row("The Chinese delegation, which arrived from Egypt where she visited Sudan, met Kenyan officials.",
        "CONSULT CHN>KEN", id="she-is-no-which"),
    row("The Russian diplomats, who arrived from Syria where he visited Lebanon, met Turkish officials.",
        "CONSULT RUS>TUR", id="he-is-no-plural-noun"),
    row("The British ambassador, whom the Iranian president received after he visited Syria, left Tehran.",
        "CONSULT GBR>IRN", id="an-object-relative-leaves-the-pronoun-open"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_THE_NOUN)
def test_a_pronoun_that_does_not_agree_is_not_the_noun(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# A gathering told for the first time as where the clause's subject acted ("at a meeting",
# "during talks") was held by that subject (roles._gathering_held_by_subject), whatever came
# of it: failing to reach an accord there is no failure of the meeting (§3.2 CONSULT). It is
# to come or uncertain as the verb's own auxiliaries make it (a meeting to come is AGREE,
# §3.1), never negated with the verb.
HELD_AT_A_GATHERING = [
    row("Pakistan and India signed the accord at a meeting in Islamabad.",
        "SUPPORT IND+PAK>", "CONSULT IND+PAK>", id="signed-at-a-meeting"),
    row("Indian and Pakistani officials agreed on a prisoner swap during talks in New Delhi.",
        "AGREE IND+PAK>", "CONSULT IND+PAK>", id="agreed-during-talks"),
    row("Japan and China failed to reach an accord at a meeting in Beijing.",
        "CONSULT CHN+JPN>", id="failed-accord-is-no-failed-meeting"),
    row("Greece and Turkey agreed to resume flights at a meeting in New York on Monday.",
        "AGREE GRC+TUR>", "CONSULT GRC+TUR>", id="agreed-to-at-a-meeting-abroad"),
    row("Pakistan and India will sign the accord at a meeting in Islamabad next week.",
        "AGREE IND+PAK>", id="a-meeting-to-come-is-agree"),
    row("Nigeria sought to break the deadlock during talks in Abidjan two weeks ago.",
        "CONSULT NGA>CIV", id="an-aim-does-not-put-the-talks-ahead"),
]


@pytest.mark.parametrize(("sentence", "events"), HELD_AT_A_GATHERING)
def test_a_gathering_the_subject_acted_at_was_held_by_it(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NOT_A_NEW_GATHERING = [
    row("Greek Prime Minister Simitis met Turkish Premier Erdogan on Monday. The two failed to reach an accord on "
        "Cyprus at the meeting.", "CONSULT GRC>TUR", id="the-meeting-told-before"),
    row("Germany and Poland failed to reach an agreement before a meeting in Warsaw.", id="before-a-meeting"),
    row("Japan and China could sign the accord at a meeting in Beijing.", id="a-meeting-that-may-be"),
]


@pytest.mark.parametrize(("sentence", "events"), NOT_A_NEW_GATHERING)
def test_a_gathering_told_before_or_not_held_is_no_new_consultation(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

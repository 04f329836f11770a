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

"""Refusals told by impossibility (PLOVER §3.10 REJECT): a demand or proposal told
before, answered by judging it impossible ("this would not be possible", "that is out of
the question", "it was impossible"), is refused by the speaker; the party that demanded
or proposed it is the recipient (speech.toml `answers`).

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py; only events
told as real (neither negated nor hypothetical) are compared.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


IMPOSSIBLE_ANSWERS = [
    row("Ukraine demanded a lower gas price. But a Gazprom spokesman said on Monday this would not be possible.",
        "REQUEST UKR>", "REJECT RUS>UKR", id="this-would-not-be-possible"),
    row("Ukraine demanded a lower gas price, but Russia said that was out of the question.",
        "REQUEST UKR>", "REJECT RUS>UKR", id="out-of-the-question-same-sentence"),
    row("Iran proposed a new round of talks. A US official said that was impossible.",
        "AGREE IRN>", "REJECT USA>IRN", id="proposal-judged-impossible"),
    row("Serbia proposed a new round of talks on Kosovo. Albania said this was not feasible.",
        "AGREE SRB>", "REJECT ALB>SRB", id="not-feasible"),
    # guards: a subject standing for a clause after it ("it is not possible to say",
    # "impossible to verify"); an act told before that is no demand nor proposal; a
    # possibility granted; a speaker answering its own side's demand
    row("Iran proposed a new round of talks. A US official said it was not possible to say when talks would resume.",
        "AGREE IRN>", id="not-possible-to-say"),
    row("Iran proposed a new round of talks. The claim is impossible to verify, a US official said.",
        "AGREE IRN>", id="impossible-to-verify"),
    row("Iran demanded a lower gas price. \"It is not possible in our view to be lenient in this policy,\" "
        "the Russian minister said.", "REQUEST IRN>", id="infinitive-hung-on-a-noun"),
    row("Iran demanded a lower gas price. Russia said it would not be possible for Iran to pay less.",
        "REQUEST IRN>", id="not-possible-for-x-to"),
    row("Israel attacked a Hamas post in Gaza. A Hamas official said this would not be possible.",
        "ASSAULT ISR>PSE", id="attack-is-no-demand"),
    row("Iran proposed a new round of talks. A US official said that was possible.",
        "AGREE IRN>", id="possible-grants"),
    row("Iran proposed a new round of talks. An Iranian official said this would not be possible before June.",
        "AGREE IRN>", id="own-side-proposal"),
]


@pytest.mark.parametrize(("sentence", "events"), IMPOSSIBLE_ANSWERS)
def test_demands_judged_impossible_are_refused(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


JUDGED_PROPOSALS = [
    row("The Turkish foreign minister said the European Commission's recommendations were unacceptable.",
        "REJECT TUR>EUR", id="recommendations-unacceptable"),
    row("\"With the European Commission's recommendations unacceptable as they are, talks will stall,\" "
        "the Turkish foreign minister said.", "REJECT TUR>EUR", id="with-absolute-unacceptable"),
    # guard: a recommendation judged acceptable refuses nothing
    row("The Turkish foreign minister said the European Commission's recommendations were acceptable.",
        id="recommendations-acceptable"),
]


@pytest.mark.parametrize(("sentence", "events"), JUDGED_PROPOSALS)
def test_proposals_judged_unworkable_are_refused(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


def test_an_adjective_before_the_noun_of_a_with_phrase_refuses_nothing() -> None:
    """"with the unacceptable recommendations still on the table": the adjective qualifies
    the noun, it is no absolute clause saying what the noun is (whatever else the
    statement may be coded as)."""
    sentence = ("\"With the unacceptable European Commission recommendations still on the table, talks will "
                "stall,\" the Turkish foreign minister said.")
    assert not {s for s in asserted(sentence) if s.startswith("REJECT")}

"""Two statements of one speaker in one sentence (events.coder `_separate_statement`): a
speaker whose first verb is a pattern-coded act ("urged Syria to cooperate") and whose
second, coordinated verb says something the content codes ("and said Damascus's stance
was unacceptable") makes two acts. One cue stays one event: a statement read from the
trigger's own words, or of the same type as the speaker's coded act, adds none.

The rows of one event count the events (`counted`): a statement coded twice would be
the same signature twice.

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row, signature

from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


TWO_STATEMENTS = [
    row("Paris urged Tehran to return to talks and said the Iranian decision was a provocation.",
        "REQUEST FRA>IRN", "ACCUSE FRA>IRN", id="urged-and-said-provocation"),
    row("The French Foreign Ministry urged Syria to cooperate with the inquiry and said Damascus's stance was "
        "unacceptable.", "REQUEST FRA>SYR", "ACCUSE FRA>SYR", id="ministry-urged-and-said-unacceptable"),
    row("Venezuela expelled the US ambassador and called Washington's policy a disgrace.",
        "SANCTION VEN>USA", "ACCUSE VEN>USA", id="expelled-and-called-a-disgrace"),
    row("Turkey recalled its ambassador from Paris and said the French vote was unacceptable.",
        "SANCTION TUR>FRA", "ACCUSE TUR>FRA", id="recalled-and-said-unacceptable"),
    row("The EU urged Serbia to keep up its reforms and said Belgrade's arrest of the general was a step in the "
        "right direction.", "REQUEST EUR>SRB", "SUPPORT EUR>SRB", "COERCE SRB>SRB", id="urged-and-praised"),
    row('Seoul called the North\'s decision on family reunions a "positive step" and urged Pyongyang to hold talks.',
        "SUPPORT KOR>PRK", "REQUEST KOR>PRK", id="called-a-step-and-urged"),
    row('Moscow called the NATO decision on missile defence in Poland a "mistake" and urged Washington to reconsider.',
        "ACCUSE RUS>IGO", "REQUEST RUS>USA", id="called-a-mistake-and-urged"),
    # the parse hangs the long object's phrase on the verb: "called … on" is no "call on"
    row('Russia on Monday called the vote on independence for Georgia\'s breakaway region of Abkhazia a "milestone" '
        "and urged Tbilisi to respect it.", "SUPPORT RUS>GEO", "REQUEST RUS>GEO", id="called-a-milestone-and-urged"),
]


@pytest.mark.parametrize(("sentence", "events"), TWO_STATEMENTS)
def test_a_coordinated_second_statement_is_a_second_act(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


def counted(sentence: str) -> list[str]:
    """The signatures of the sentence's events told as real, sorted, each as often as coded."""
    return sorted(signature(e) for e in annotate_text(sentence).events if not (e.aux.negated or e.aux.hypothetical))


ONE_STATEMENT = [
    # the statement is the trigger's own object and "as" phrase: one cue, one event
    row("Russia condemned Georgia's arrest of the officers as a provocation.",
        "ACCUSE RUS>GEO", "COERCE GEO>", id="condemned-as-one-cue"),
    row("Iran rejected the US demands as illegal.", "REJECT IRN>USA", id="rejected-as-one-cue"),
    # the second verb tells an act of the same type again
    row("China criticised Japan's decision and said Tokyo's stance was a provocation.",
        "ACCUSE CHN>JPN", id="same-type-told-twice"),
    # two speakers: each one's act, as before
    row("Seoul urged Pyongyang to return to talks, and Tokyo said the North's missile test was a provocation.",
        "REQUEST KOR>PRK", "ACCUSE JPN>PRK", "MOBILIZE PRK>", id="two-speakers"),
]


@pytest.mark.parametrize(("sentence", "events"), ONE_STATEMENT)
def test_one_cue_or_one_act_stays_one_event(sentence: str, events: set[str]) -> None:
    assert counted(sentence) == sorted(events)


CALLED_WITH_A_LONG_OBJECT = [
    # the object read as the predicate, its phrases hung on the verb, the quoted predicate
    # an apposition of the phrase's last noun
    row('Russia on Monday called the referendum on independence for Moldova\'s breakaway region of Transdniestria a '
        '"milestone".', "SUPPORT RUS>MDA", id="quoted-predicate-read-as-apposition"),
    # the object's "on" phrase hung on the verb: no "call on"
    row('Russia on Monday called the vote on independence for Georgia\'s breakaway region of Abkhazia a "milestone".',
        "SUPPORT RUS>GEO", id="object-phrase-on-the-verb"),
    row('Beijing called the Japanese visit to the shrine on Monday a "provocation".', "ACCUSE CHN>JPN",
        id="time-phrase-on-the-verb"),
    # a "call on" with no predicate stays a request
    row("China called on Japan on Monday to stop the visits.", "REQUEST CHN>JPN", id="call-on-stays-a-request"),
]


@pytest.mark.parametrize(("sentence", "events"), CALLED_WITH_A_LONG_OBJECT)
def test_what_a_long_object_is_called_is_the_statement(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


def test_the_content_of_called_runs_from_the_object_to_the_quoted_predicate() -> None:
    sentence = ('Russia on Monday called the referendum on independence for Moldova\'s breakaway region of '
                'Transdniestria a "milestone".')
    [quote] = [q for q in annotate_text(sentence).quotes if q.cue == "called"]
    assert quote.content == ('the referendum on independence for Moldova\'s breakaway region of Transdniestria '
                             'a "milestone"')

"""Quotes: a speaker named after the quotation with a relative clause setting them off
(", said Minister X, who met …"), the clause neither content nor speaker, and a reported
sentence, often holding a short inner quotation, with its cue and speaker after it that the
parse conjoins to the clause it reports ("…, said the mufti of X"). Each row is a text and
the quotes expected in it as (speaker as written or None, cue, content, direct); the event
rows are written `TYPE ACTOR>RECIPIENT` (tests/events/event_signatures.py). Sentences are
our own; none comes from a gold set.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dyadwatch.nlp import load_nlp
from dyadwatch.quotes import extract_quotes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from event_signatures import asserted, row  # noqa: E402

Found = tuple[str | None, str, str, bool]


def found(text: str) -> list[Found]:
    quotes = extract_quotes(load_nlp()(text))
    return [(q.speaker.text if q.speaker else None, q.cue, q.content, q.direct) for q in quotes]


# A relative clause on the speaker says something of them: it is neither part of the
# content (a continuation after the cue) nor of the speaker phrase.
RELATIVE_CLAUSE_OF_THE_SPEAKER: list[tuple[str, list[Found]]] = [
    (
        "Israel must leave the territories, said Foreign Minister Ahmed Aboul Gheit, who met the envoy on Monday.",
        [("Foreign Minister Ahmed Aboul Gheit", "said", "Israel must leave the territories", False)],
    ),
    (
        "The reform will fail, said the governor of the central bank, Ali Hamid, who took office in May.",
        [("the governor of the central bank, Ali Hamid", "said", "The reform will fail", False)],
    ),
    (
        "Prices will rise sharply next year, said Anna Berg, who heads the central bank's research unit.",
        [("Anna Berg", "said", "Prices will rise sharply next year", False)],
    ),
    (  # the relative clause hangs on a noun deeper in the speaker phrase
        "The visit has been postponed, said a spokesman for the Kenyan Foreign Ministry, which organised the talks.",
        [("a spokesman for the Kenyan Foreign Ministry", "said", "The visit has been postponed", False)],
    ),
    (
        "The army has withdrawn from the town, according to sources with the Ugandan Defence Ministry, which"
        " ordered the pullout.",
        [("sources with the Ugandan Defence Ministry", "according to", "The army has withdrawn from the town", False)],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSE_OF_THE_SPEAKER)
def test_a_relative_clause_on_the_speaker_is_neither_content_nor_speaker(text: str, expected: list[Found]) -> None:
    assert found(text) == expected


@pytest.mark.model
def test_a_reported_sentence_with_an_inner_quotation_and_its_cue_conjoined_after_it_is_a_quote() -> None:
    """The parse conjoins the inverted cue ("…, said the mufti of X, …") to the clause
    before it: that clause is what the cue reports."""
    text = (
        'His speech was "more important than any treaty" for the people of the region, said the mufti of'
        " Ankara, Ali Bardakoglu, who was the pope's guide during the visit."
    )
    assert found(text) == [
        (
            "the mufti of Ankara, Ali Bardakoglu",
            "said",
            'His speech was "more important than any treaty" for the people of the region',
            False,
        )
    ]


@pytest.mark.model
def test_an_inverted_cue_conjoined_after_another_cue_is_the_attribution_of_that_cue_s_clause() -> None:
    """"X should encourage …, said the mufti": the inverted cue is an attribution of
    its own, so the clause before it is its content (the stance inside it is part of what
    the mufti said), not a content running on into the cue and its speaker."""
    text = (
        'The government should encourage "more dialogue than any treaty" for the people of the region, said the'
        " mufti of Ankara, Ali Bardakoglu, who was the pope's guide during the visit."
    )
    assert found(text) == [
        (
            "the mufti of Ankara, Ali Bardakoglu",
            "said",
            'The government should encourage "more dialogue than any treaty" for the people of the region',
            False,
        )
    ]


@pytest.mark.model
def test_an_inverted_cue_conjoined_after_a_modal_clause_reports_that_clause() -> None:
    text = 'The ministry should fund "many more schools than last year" in the north, said the governor of the province.'
    assert found(text) == [
        (
            "the governor of the province",
            "said",
            'The ministry should fund "many more schools than last year" in the north',
            False,
        )
    ]


GUARDS: list[tuple[str, list[Found]]] = [
    (  # an apposition, parsed right: the speaker keeps it
        '"It is a great gesture of peace," commented Dalil Boubakeur, a moderate French Muslim leader and'
        " rector of the Paris Mosque.",
        [
            (
                "Dalil Boubakeur, a moderate French Muslim leader and rector of the Paris Mosque",
                "commented",
                '"It is a great gesture of peace,"',
                True,
            )
        ],
    ),
    (
        '"We will win this election," said Smith, who leads the party.',
        [("Smith", "said", '"We will win this election,"', True)],
    ),
    (  # a relative clause in a direct quote's speaker was already cut
        '"The border will stay closed," said Interior Minister Paul Okello, who visited the camp on Friday.',
        [("Interior Minister Paul Okello", "said", '"The border will stay closed,"', True)],
    ),
    (  # a continuation in quotation marks opening with "who" is still the speaker's
        '"The real question," said the minister, "is who will pay for the reconstruction."',
        [("the minister", "said", '"The real question," … "is who will pay for the reconstruction."', True)],
    ),
    (  # a continuation that is an attribution of its own stays one
        "Talks will resume next week, said the envoy, adding that both sides had agreed to a truce.",
        [
            ("the envoy", "said", "Talks will resume next week", False),
            ("the envoy", "adding", "that both sides had agreed to a truce", False),
        ],
    ),
    (  # a conjoined cue with its subject before it is no inversion: it reports its own clause
        "The envoy met the rebel leaders on Monday, and said the talks would resume next week.",
        [("The envoy", "said", "the talks would resume next week", False)],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_speakers_named_after_the_quote_that_the_parse_reads_right_stay_as_they_were(
    text: str, expected: list[Found]
) -> None:
    assert found(text) == expected


SPEECH_EVENTS = [
    row('Ethiopia should pull "all of its troops" out of Somalia, said the foreign minister of Kenya.',
        "REQUEST KEN>ETH", id="should-reported-with-an-inverted-cue-conjoined-to-it"),
    row("Ethiopia should pull all of its troops out of Somalia, the foreign minister of Kenya said.",
        "REQUEST KEN>ETH", id="should-reported-with-a-plain-trailing-cue"),
    # the speaker's relative clause is no part of what they said: no demand from its "must"
    row("Trade with Europe will grow this year, said Egyptian Trade Minister Rachid Mohamed, who must also"
        " answer to Israel over the gas deal.", id="must-in-the-speaker-s-relative-clause"),
    # the relative clause's own act is still coded, by the speaker it tells of
    row("Exports will recover by March, said Kenyan Finance Minister David Mwiraria, who blamed Uganda for the"
        " fuel shortage.", "ACCUSE KEN>UGA", id="an-act-told-in-the-speaker-s-relative-clause"),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "events"), SPEECH_EVENTS)
def test_speech_events_of_speakers_named_after_the_quote(
    sentence: str, events: set[str]
) -> None:
    assert asserted(sentence) == events

"""The parse dyadwatch runs: sentence boundaries as news text needs them."""

from __future__ import annotations

from dyadwatch.nlp import load_nlp


def sentences(text: str) -> list[str]:
    return [sentence.text.strip() for sentence in load_nlp()(text).sents if sentence.text.strip()]


def test_a_line_break_starts_a_sentence():
    assert sentences("Talks ended\nRussia left the room.") == ["Talks ended", "Russia left the room."]


def test_a_quotation_mark_after_the_full_stop_closes_its_sentence():
    text = ('The council cautioned that "action by others cannot be a substitute for measures by the parties '
            'themselves."\n\nIt again called on both sides to talk.')
    assert sentences(text) == [
        'The council cautioned that "action by others cannot be a substitute for measures by the parties themselves."',
        "It again called on both sides to talk.",
    ]


def test_a_quotation_mark_after_a_space_opens_the_next_sentence():
    assert sentences('He said "no." "Yes," she said.') == ['He said "no."', '"Yes," she said.']

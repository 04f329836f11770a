"""Headlines of plain text: a line is the headline only when it looks like one; a
lede, a dateline or the only line of a text is never taken for it."""

from __future__ import annotations

import pytest

from dyadwatch.clean.furniture import load_vocabulary
from dyadwatch.clean.headline import find_title, looks_like_headline

VOCAB = load_vocabulary()
LEDE = "Russian border guards detained two North Korean fishermen on Sunday after their boat drifted into Russian waters."
SECOND = "The foreign ministry in Pyongyang demanded their release, state media said."


def test_find_title_skips_breadcrumbs_and_tool_lines():
    texts = ["Home > North Korea > Diplomacy", "print dictionary print", "N. Korea recognizes Donetsk, Luhansk", LEDE]
    assert find_title(texts, vocabulary=VOCAB) == 2


def test_find_title_is_a_short_first_line_without_full_stop():
    assert find_title(["Kyiv cuts ties with Pyongyang", LEDE], vocabulary=VOCAB) == 0


def test_lede_first_text_has_no_headline():
    assert find_title([LEDE, SECOND], vocabulary=VOCAB) is None


def test_one_line_text_has_no_headline():
    assert find_title(["Russia detains North Korean fishermen"], vocabulary=VOCAB) is None


@pytest.mark.parametrize(
    "line",
    [
        LEDE,
        "Russia detains fishermen.",  # a closing full stop
        "The following are the main stories of the day:",
        "KHASAN, Russia, April 20, 2025 (Test Wire) --",
        "NAIROBI, Kenya (AP) _",
        "and the talks went on into the night",
        " ".join(["word"] * 30),  # too long for a headline
    ],
)
def test_lines_that_are_no_headline(line):
    assert not looks_like_headline(line, VOCAB)


@pytest.mark.parametrize(
    "line",
    [
        "Russia detains North Korean fishermen",
        "Will Pyongyang answer?",
        "Raising awareness of bird flu: WHO expert",
        "Border Guards Detain Two North Korean Fishermen.",  # title case: a headline, full stop or not
    ],
)
def test_lines_that_look_like_headlines(line):
    assert looks_like_headline(line, VOCAB)


def test_a_line_whose_sentence_goes_on_in_the_next_paragraph_is_no_headline():
    texts = ["The Islamic Resistance Movement (Hamas)", "on Tuesday urged its supporters to march on the border.", LEDE]
    assert find_title(texts, vocabulary=VOCAB) is None


@pytest.mark.parametrize("note", ["(Undated)", "[Corrects spelling of the minister's name]"])
def test_a_bracketed_note_is_no_headline(note):
    assert not looks_like_headline(note, VOCAB)


@pytest.mark.parametrize(
    "sentence",
    ["Russian President Vladimir Putin met North Korean leader Kim Jong Un.", "Guards detain two fishermen."],
)
def test_a_short_sentence_in_sentence_case_is_no_headline(sentence):
    assert not looks_like_headline(sentence, VOCAB)

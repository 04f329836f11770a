"""Paragraph roles: body text is kept; page furniture and captions are told apart by
shape, vocabulary and repetition, whatever site they come from. The credit closing a
caption is given as a span of the text."""

from __future__ import annotations

import pytest

from dyadwatch.clean.furniture import classify_paragraphs, find_credits, load_vocabulary
from dyadwatch.records import Paragraph

VOCAB = load_vocabulary()
LEAD = "North Korea on Wednesday recognized the independence of the Donetsk and Luhansk people's republics."
SECOND = "Ukraine said it would cut diplomatic ties with Pyongyang, its foreign minister told reporters."


def roles_of(*paragraphs: str, title_index: int | None = None) -> list[str]:
    return classify_paragraphs(list(paragraphs), title_index=title_index, vocabulary=VOCAB)


@pytest.mark.parametrize(
    "line",
    [
        "Home > National > North Korea",
        "Home » World » Asia » Korea",
        "News | Politics | Diplomacy | Defense",
        "print dictionary print",
        "Share  Tweet  Email  Print",
        "Font size  A+  A-",
        "By Mina Cho mcho@harbourledger.example",
        "Reporter Kim Jae-won (jaewon@koreadaily.example)",
        "By Dmitri Volkov",
        "Posted : 2022-07-21 17:04  Updated : 2022-07-22 09:10",
        "Published July 21, 2022 5:04 pm",
        "Log in with Facebook  Twitter  Google",
        "Sign in to comment",
        "0 Comments",
        "Write your comment",
        "Sort by newest",
        "Privacy Policy | Terms of Use | Contact Us",
        "Copyright (c) 2022 The Harbour Ledger. All rights reserved.",
        "© 2023 Eastern Wire Service",
        "Most Read",
        "Related Articles",
        "Subscribe to our newsletter",
        "Advertisement",
    ],
)
def test_classify_furniture_line_is_boilerplate(line):
    assert roles_of(LEAD, line, SECOND)[1] == "boilerplate"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The treaty took effect on Dec. 4.",
        '"We will respond," he said.',
        "SEOUL, July 21 (Eastern Wire) -- North Korea has recognized the two republics, the state news agency KCNA said.",
        "The statement was carried by the Korean Central News Agency (KCNA).",
        "The resolution passed with 141 votes in favour and five against, including Russia, Belarus and North Korea.",
        "Note: this is a summary written for the dyadwatch demo corpus; it is not a published news article.",
        "Share prices in Seoul fell after the announcement, and the won weakened against the dollar.",
    ],
)
def test_classify_sentence_paragraph_is_body(paragraph):
    assert roles_of(LEAD, paragraph, SECOND)[1] == "body"


@pytest.mark.parametrize(
    "caption",
    [
        "Russian President Vladimir Putin, left, and North Korean leader Kim Jong Un shake hands in Vostochny, Sept. 13, 2023. (Eastern Wire)",
        "Kim Jong Un inspects a rocket assembly shop. [KCNA-Eastern Wire]",
        "North Korean workers at a construction site in Vladivostok. (AP Photo/Jane Doe)",
        "File photo of the UN Security Council chamber in New York.",
        "Photo: Russian Defense Minister Sergei Shoigu arrives in Pyongyang.",
    ],
)
def test_classify_photo_caption_is_caption(caption):
    assert roles_of(LEAD, caption, SECOND)[1] == "caption"


def test_classify_caption_printed_twice_is_caption_once_then_boilerplate():
    caption = "Kim Jong Un speaks at a meeting in Pyongyang on July 20, 2022."
    assert roles_of(caption, LEAD, SECOND, caption) == ["caption", "body", "body", "boilerplate"]


def test_classify_title_index_marks_the_headline():
    assert roles_of("Home > World", "N. Korea recognizes Donetsk, Luhansk", LEAD, title_index=1)[:2] == [
        "boilerplate",
        "title",
    ]


def test_classify_extracted_page_keeps_repeats_and_short_headings():
    heading = "What the treaty says"
    roles = classify_paragraphs([LEAD, heading, SECOND, SECOND], title_index=None, extracted=True, vocabulary=VOCAB)
    assert roles == ["body", "body", "body", "body"]


def test_classify_extracted_page_still_drops_clear_furniture():
    roles = classify_paragraphs([LEAD, "Share  Tweet  Email  Print"], title_index=None, extracted=True, vocabulary=VOCAB)
    assert roles == ["body", "boilerplate"]


def test_classify_related_headline_list_between_furniture_is_boilerplate():
    roles = roles_of(
        LEAD,
        SECOND,
        "Related stories",
        "- North Korea says new missile can reach all of US mainland",
        "- Explainer: what is left for North Korea to export?",
        "Privacy notice · Terms and conditions · Accessibility",
    )
    assert roles == ["body", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]


def test_classify_short_subheading_between_body_paragraphs_stays_body():
    assert roles_of(LEAD, "What the treaty says", SECOND) == ["body", "body", "body"]


QUOTE = '"We will not give up a single metre of our land," Defence Minister Andrei Belousov said.'


@pytest.mark.parametrize(
    "quote",
    [
        QUOTE,
        '"Photos of the damage show the scale of the attack," the governor told reporters.',
        '"We have nothing to hide," the ministry said in a statement. (Reuters)',
        '"The talks are over -- Pyongyang walked away," a senior US official said -- State Department',
        "“Our troops stand ready,” said Lt. Gen. Park, standing second from left among the officers.",
    ],
)
def test_classify_quotation_with_its_speaker_is_body_never_a_caption(quote):
    assert roles_of(LEAD, quote, SECOND) == ["body", "body", "body"]
    assert classify_paragraphs([LEAD, quote], title_index=None, extracted=True, vocabulary=VOCAB) == ["body", "body"]


def test_classify_quotation_printed_twice_is_body_then_furniture():
    assert roles_of(LEAD, QUOTE, SECOND, QUOTE) == ["body", "body", "body", "boilerplate"]


def test_classify_caption_without_a_speaker_is_still_a_caption():
    caption = "Soldiers patrol the border near Khasan on Sunday. (Test Wire Photo/Ivan Petrov)"
    assert roles_of(LEAD, caption, SECOND) == ["body", "caption", "body"]


def credits_of(*paragraphs: tuple[str, str]) -> list[str]:
    """The credits `find_credits` gives for (text, role) paragraphs, read back from the text."""
    text = "\n\n".join(chunk for chunk, _ in paragraphs)
    records, position = [], 0
    for chunk, role in paragraphs:
        records.append(Paragraph(position, position + len(chunk), chunk, role))
        position += len(chunk) + 2
    found = find_credits(records)
    assert all(text[credit.start : credit.end] == credit.text for credit in found)
    return [credit.text for credit in found]


def test_find_credits_gives_the_bracket_closing_each_caption():
    assert credits_of(
        (LEAD, "body"),
        ("North Korean workers at a construction site in Vladivostok. (AP Photo/Jane Doe)", "caption"),
        ("Kim Jong Un inspects a rocket assembly shop. [KCNA-Eastern Wire]", "caption"),
        ("Photo: Russian Defense Minister Sergei Shoigu arrives in Pyongyang.", "caption"),
        (SECOND, "body"),
    ) == ["(AP Photo/Jane Doe)", "[KCNA-Eastern Wire]"]


def test_find_credits_skips_body_text_and_counts_any_closing_bracket_of_a_caption():
    assert credits_of(
        ("The statement was carried by the official news agency (KCNA).", "body"),
        ("Photo: the parade square in Pyongyang (2023)", "caption"),
    ) == ["(2023)"]

"""Cleaning: the article keeps the input's characters and offsets, knows its headline,
byline and publication date (and where that date came from), its wire datelines and
photo credits, reads any non-empty text as an article, and marks the language of text
in any language."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from builders import BODY, BODY2, news_html, news_text

from dyadwatch.clean import make_article, make_text_article
from dyadwatch.errors import EmptyInputError
from dyadwatch.records import Article, to_dict
from dyadwatch.engines.shards import from_dict
from dyadwatch.sources import RawDocument

JULY_20 = dt.date(2022, 7, 20)


def raw(content: str, *, kind: str = "text", **fields) -> RawDocument:
    return RawDocument(source="test.txt", kind=kind, content=content, raw_sha256=hashlib.sha256(content.encode()).hexdigest(), **fields)


def clean_text(content: str, **options):
    return make_article(raw(content), **options)


def test_clean_text_keeps_every_character_and_paragraph_offsets_point_into_it():
    content = news_text(extra="\nShare  Tweet  Print\n")
    article = clean_text(content)
    assert article.text == content
    assert all(article.text[p.start : p.end] == p.text for p in article.paragraphs)


def test_clean_replaces_no_break_spaces_and_crlf_at_the_same_offsets():
    content = news_text().replace(" ", "\u00a0", 3).replace("\n", "\r\n")
    article = clean_text(content)
    assert len(article.text) == len(content)
    assert "\u00a0" not in article.text and "\r" not in article.text


def test_clean_text_headline_is_the_first_line():
    assert clean_text(news_text(headline="Kyiv cuts ties with Pyongyang")).title == "Kyiv cuts ties with Pyongyang"


def test_clean_body_excludes_headline_and_furniture():
    article = clean_text(news_text(extra="\nLog in with Facebook  Google\n0 Comments\n"))
    assert [p.text for p in article.body()] == [f"SEOUL, July 13, 2022 (Eastern Wire) -- {BODY}", BODY2]


def test_clean_dateline_with_year_gives_the_publication_date():
    article = clean_text(news_text())
    assert (article.published, article.published_source) == (dt.date(2022, 7, 13), "dateline")


def test_clean_posted_line_wins_over_updated_line():
    content = f"Kyiv cuts ties\n\nUpdated : 2022-07-22 09:10\nPosted : 2022-07-21 17:04\n\n{BODY}\n\n{BODY2}"
    assert clean_text(content).published == dt.date(2022, 7, 21)


def test_clean_date_without_year_leaves_publication_date_unknown():
    content = f"Kyiv cuts ties\n\nSEOUL, July 13 (Eastern Wire) -- {BODY}\n\nA photo from May 5, 2020 shows the embassy.\n\n{BODY2}"
    article = clean_text(content)
    assert (article.published, article.published_source) == (None, "unknown")


def test_clean_flag_date_is_used_only_where_the_input_states_none():
    assert clean_text(news_text(), published=JULY_20).published_source == "dateline"
    undated = f"Kyiv cuts ties\n\n{BODY}\n\n{BODY2}"
    article = clean_text(undated, published=JULY_20)
    assert (article.published, article.published_source) == (JULY_20, "flag")


def test_clean_jsonl_date_wins_over_the_text():
    article = make_article(raw(news_text(), published=dt.date(2022, 7, 14)))
    assert (article.published, article.published_source) == (dt.date(2022, 7, 14), "jsonl")


def test_clean_byline_is_taken_from_a_byline_line():
    content = f"Kyiv cuts ties\n\nBy Mina Cho mcho@harbourledger.example\n\n{BODY}\n\n{BODY2}"
    assert clean_text(content).byline == "Mina Cho"


def test_clean_html_takes_text_and_metadata_from_the_page():
    article = make_article(raw(news_html(), kind="html"))
    assert article.title == "North Korea recognizes Donetsk and Luhansk"
    assert (article.published, article.published_source) == (dt.date(2022, 7, 13), "metadata")
    assert article.byline == "Mina Cho"
    assert [p.text for p in article.body()] == [BODY, BODY2]


def test_clean_html_without_date_metadata_does_not_borrow_a_date_from_the_text():
    html = news_html(published=None).replace("<p>", "<p>On May 5, 2020, ", 1)
    assert make_article(raw(html, kind="html")).published is None


def test_clean_html_page_without_article_is_an_empty_input():
    with pytest.raises(EmptyInputError):
        make_article(raw("<html><body><nav><a href='/'>Home</a></nav></body></html>", kind="html"))


def test_clean_non_english_text_is_kept_with_its_language():
    russian = "Северная Корея признала независимость Донецкой и Луганской народных республик, сообщило министерство иностранных дел."
    article = clean_text(f"Заголовок\n\n{russian}\n\nУкраина разорвала дипломатические отношения с Пхеньяном в ответ на это решение.")
    assert article.language == "ru" and len(article.body()) == 2


def test_clean_only_furniture_is_an_empty_input():
    with pytest.raises(EmptyInputError):
        clean_text("Home > World > Asia\n\nShare  Tweet  Print\n\n0 Comments")


def test_clean_same_text_and_source_give_the_same_id():
    assert clean_text(news_text()).id == clean_text(news_text()).id
    assert clean_text(news_text()).id != clean_text(news_text(headline="Other headline")).id


def test_clean_jsonl_id_is_kept():
    assert make_article(raw(news_text(), id="ewire-1")).id == "ewire-1"


def test_clean_jsonl_title_field_marks_only_a_matching_first_line_as_headline():
    with_title = make_article(raw(f"{BODY}\n\n{BODY2}", title="Kyiv cuts ties"))
    assert [p.role for p in with_title.paragraphs] == ["body", "body"]
    repeated = make_article(raw(f"Kyiv cuts ties\n\n{BODY}\n\n{BODY2}", title="Kyiv cuts ties"))
    assert [p.role for p in repeated.paragraphs] == ["title", "body", "body"]


LEDE = ("Russian border guards detained two North Korean fishermen on Sunday after their boat drifted "
        "into Russian waters, the regional security service said.")
FOLLOW = ("The foreign ministry in Pyongyang demanded the immediate release of the men and accused Moscow of "
          "violating a fisheries agreement, state media reported.")
WRAPPED_WIRE = """Russia detains North Korean fishermen

KHASAN, Russia, April 20, 2025 (Test Wire) -- Russian border guards
detained two North Korean fishermen on Sunday after their boat drifted
into Russian waters near the mouth of the Tumen River, the regional
security service said.

The foreign ministry in Pyongyang demanded the immediate release of
the men and accused Moscow of violating a fisheries agreement signed
last year, state media reported.
"""


def test_clean_lede_first_text_keeps_the_lede_as_body():
    article = clean_text(f"{LEDE}\n\n{FOLLOW}\n")
    assert article.title is None
    assert [p.role for p in article.paragraphs] == ["body", "body"]


def test_clean_one_sentence_text_is_an_article():
    article = clean_text("Russia expelled two Polish diplomats on Monday.")
    assert [(p.text, p.role) for p in article.paragraphs] == [("Russia expelled two Polish diplomats on Monday.", "body")]


def test_clean_one_short_line_without_full_stop_is_an_article():
    article = clean_text("Russia expels Polish diplomats\n")
    assert [p.role for p in article.paragraphs] == ["body"]


def test_clean_jsonl_row_of_one_sentence_is_all_body():
    row = raw("Russia expelled two Polish diplomats on Monday.", title="Russia expels diplomats", origin="jsonl")
    article = make_article(row)
    assert article.title == "Russia expels diplomats"
    assert [p.role for p in article.paragraphs] == ["body"]


def test_clean_jsonl_text_without_title_field_has_no_headline():
    article = make_article(raw(f"Russia detains fishermen\n\n{LEDE}", origin="jsonl"))
    assert article.title is None and [p.role for p in article.paragraphs] == ["boilerplate", "body"]


def test_clean_hard_wrapped_wire_story_is_reflowed_into_its_paragraphs():
    article = clean_text(WRAPPED_WIRE)
    assert article.title == "Russia detains North Korean fishermen"
    body = article.body()
    assert len(body) == 2 and body[0].text.startswith("KHASAN") and body[0].text.endswith("security service said.")
    assert all(article.text[p.start : p.end] == p.text for p in article.paragraphs)
    assert (article.published, article.published_source) == (dt.date(2025, 4, 20), "dateline")


def test_clean_indented_line_starts_a_paragraph_in_wrapped_text():
    text = ("  Russian border guards detained two North Korean fishermen on Sunday\n"
            "after their boat drifted into Russian waters, officials said.\n"
            "  The foreign ministry in Pyongyang demanded the release of the men\n"
            "and accused Moscow of violating a fisheries agreement.\n")
    assert len(clean_text(text).body()) == 2


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("KHASAN, Russia, April 20, 2025 (Test Wire) -- ", dt.date(2025, 4, 20)),
        ("KHASAN, Apr. 20 (Test Wire) - ", dt.date(2025, 4, 20)),
        ("Khasan, 20 April (Test Wire) ", dt.date(2025, 4, 20)),
        ("KHASAN, Russia (Test Wire) _\n\nPosted: April 20, 2025 08:15\n\n", dt.date(2025, 4, 20)),
        ("Updated 2025-04-20 10:02\n\n", dt.date(2025, 4, 20)),
        ("2025-04-20T08:15:00Z\n\n", dt.date(2025, 4, 20)),
    ],
)
def test_clean_dateline_forms_date_the_article(dateline, expected):
    horizon = dt.date(2025, 4, 21)  # the user's date: gives the year to a dateline without one
    article = clean_text(f"Russia detains fishermen\n\n{dateline}{LEDE}\n\n{FOLLOW}", published=horizon)
    assert (article.published, article.published_source) == (expected, "dateline")


def test_clean_dateline_without_year_is_never_after_the_horizon():
    article = clean_text(f"KHASAN, Dec. 30 (Test Wire) - {LEDE}\n\n{FOLLOW}", published=dt.date(2025, 1, 2))
    assert article.published == dt.date(2024, 12, 30)


def test_clean_place_only_dateline_leaves_the_date_to_the_flag():
    article = clean_text(f"KHASAN, Russia (Test Wire) -- {LEDE}\n\n{FOLLOW}", published=JULY_20)
    assert (article.published, article.published_source) == (JULY_20, "flag")


def test_clean_page_fetched_by_a_web_archive_dates_a_dateline_without_year_from_the_fetch():
    html = news_html(published=None).replace("<p>", f"<p>KHASAN, Apr. 20 (Test Wire) - {LEDE} ", 1)
    article = make_article(raw(html, kind="html", origin="warc", fetched=dt.date(2025, 4, 21)))
    assert (article.published, article.published_source) == (dt.date(2025, 4, 20), "dateline")


def test_clean_headline_and_timestamp_lines_above_unwrapped_paragraphs_stay_apart():
    content = f"Russia detains North Korean fishermen near Khasan, demands fine\nPublished: 2025-04-20 21:40\n\n{LEDE}\n\n{FOLLOW}\n"
    article = clean_text(content)
    assert article.title == "Russia detains North Korean fishermen near Khasan, demands fine"
    assert (article.published, article.published_source) == (dt.date(2025, 4, 20), "dateline")


def test_clean_article_carries_its_dateline_and_caption_credits_as_spans():
    caption = "Soldiers patrol the border near Khasan on Sunday. (Test Wire Photo/Ivan Petrov)"
    article = clean_text(news_text(extra=f"\n{caption}\n\n{BODY2}\n"))
    [dateline] = article.datelines
    assert (dateline.text, dateline.place.text, dateline.agency.text) == (
        "SEOUL, July 13, 2022 (Eastern Wire) --", "SEOUL", "Eastern Wire")
    assert article.text[dateline.place.start : dateline.place.end] == "SEOUL"
    assert [(c.text, article.text[c.start : c.end]) for c in article.credits] == [("(Test Wire Photo/Ivan Petrov)",) * 2]


def test_trusted_text_article_carries_its_dateline_too():
    article = make_text_article("PYONGYANG — Two delegations signed a fisheries accord.")
    assert [(d.text, d.place.text, d.agency) for d in article.datelines] == [("PYONGYANG —", "PYONGYANG", None)]


def test_article_with_dateline_and_credits_comes_back_whole_from_its_json_view():
    caption = "Soldiers patrol the border near Khasan on Sunday. (Test Wire Photo/Ivan Petrov)"
    article = clean_text(news_text(extra=f"\n{caption}\n\n{BODY2}\n"))
    assert article.datelines and article.credits
    assert from_dict(Article, json.loads(json.dumps(to_dict(article)))) == article

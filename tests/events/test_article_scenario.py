"""The events of a whole news page, as the issue's scenario asks: a Korean daily's report
(examples/corpus, written for this project after real reporting) that North Korea
recognized the Donetsk and Luhansk republics, that Kyiv cut ties on July 13, that
Russia's ambassador praised North Korean builders in an interview published on July 19,
that the DPR leader hailed the recognition and proposed coal and wheat for magnesite,
and that North Korea was one of five states voting against the UN General Assembly
resolution of March 2. The page also carries a photo caption and credit, a byline, a
comment box, "Related" and "Most Read" lists: none of them may yield an event.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dyadwatch.run import annotate_paths
from dyadwatch.records import AnnotatedArticle, Event

pytestmark = pytest.mark.model

PAGE = Path(__file__).parents[2] / "examples" / "corpus" / "text" / "korea-daily-2022-07-dpr-recognition.txt"


@pytest.fixture(scope="module")
def article() -> AnnotatedArticle:
    [annotated] = list(annotate_paths([str(PAGE)]))
    assert isinstance(annotated, AnnotatedArticle), annotated
    return annotated


def _codes(actors) -> str:
    return "+".join(sorted({a.code for a in actors}))


def signature(event: Event) -> str:
    return f"{event.event} {_codes(event.actor)}>{_codes(event.recipient)}"


def find(article: AnnotatedArticle, signature_text: str, words: str) -> Event:
    """The event with this signature whose sentence contains these words."""
    found = [e for e in article.events if signature(e) == signature_text and words in e.text]
    assert found, f"no {signature_text} in «…{words}…»; coded: {[(signature(e), e.event_text) for e in article.events]}"
    return found[0]


def test_kyiv_cutting_ties_is_dated_by_its_own_date(article):
    event = find(article, "SANCTION UKR>PRK", "severed diplomatic relations")
    assert (event.date, event.date_precision) == (dt.date(2022, 7, 13), "day")


def test_the_recognition_is_north_korean_support_for_the_republics_coded_as_ukraine_pre(article):
    event = find(article, "SUPPORT PRK>UKR", "recognition of the independence")
    assert all("PRE" in r.sectors for r in event.recipient)


def test_the_ambassadors_praise_is_dated_by_the_interview(article):
    event = find(article, "SUPPORT RUS>PRK", "praised North Korean builders")
    assert (event.date, event.date_precision) == (dt.date(2022, 7, 19), "day")
    assert event.actor[0].person == "Alexander Matsegora"


def test_the_dpr_leader_hails_the_recognition_and_proposes_trade(article):
    hailed = find(article, "SUPPORT UKR>PRK", "hailed Pyongyang's decision")
    assert "PRE" in hailed.actor[0].sectors
    find(article, "AGREE UKR>", "proposed trade")


def test_the_vote_against_the_general_assembly_resolution(article):
    vote = find(article, "REJECT PRK>UNO", "voted against")
    assert (vote.date, vote.date_precision) == (dt.date(2022, 3, 2), "day")


@pytest.mark.xfail(strict=True, reason="the parser hangs 'demanding' on 'voted' (advcl), not on 'resolution', so "
                   "North Korea is taken for the one demanding; with the participle on the noun it is coded right")
def test_the_resolution_not_north_korea_demands_the_withdrawal(article):
    find(article, "REQUEST UNO>RUS", "demanding that Russia")


def test_no_event_comes_from_the_page_furniture(article):
    body = [p for p in article.article.paragraphs if p.role == "body"]
    outside = [(signature(e), e.text) for e in article.events if not any(p.start <= e.start < p.end for p in body)]
    assert outside == []
    furniture = ("Comments", "Related Articles", "Most Read", "Kim Hye-rin", "Eastern Wire", "Copyright")
    assert not [e.text for e in article.events if any(word in e.text for word in furniture)]


CAPTIONED = """Putin and Kim sign defence pact in Pyongyang

North Korean leader Kim Jong Un meets Russian President Vladimir Putin in Pyongyang, June 19, 2024. (Eastern Wire)

PYONGYANG — Russia and North Korea signed a comprehensive strategic partnership treaty on Wednesday that commits each to help the other if attacked.

The two leaders met for more than two hours, according to state media.

North Korean leader Kim Jong Un meets Russian President Vladimir Putin in Pyongyang, June 19, 2024. (Eastern Wire)
"""


def test_a_caption_event_is_kept_marked_and_counted_once(write):
    [annotated] = list(annotate_paths([str(write("treaty.txt", CAPTIONED))]))
    captions = [e for e in annotated.events if e.in_caption]
    body = [e for e in annotated.events if not e.in_caption]
    assert len(captions) == 1, [(signature(e), e.text) for e in captions]
    assert "meets" in captions[0].text and signature(captions[0]) == "CONSULT PRK>RUS"
    assert any(signature(e) == "SUPPORT PRK+RUS>" for e in body)

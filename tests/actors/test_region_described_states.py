"""A state told by its region or by a description, as a specification.

Wire copy names a state once, then describes it: "the African country", "the Himalayan
kingdom", "the tiny Balkan state", "the war-torn country". A definite phrase with a
region's words and a state noun is the most recent state named before it that lies in
that region (rule context.region-state; regions in data/actors/regions.toml, a
continent's states from GeoNames); nobody when no state named before lies there. A
phrase with descriptions only ("the war-torn country") is the state named just before,
only when it is the one state named in its sentence before it and the sentence before
that, and the state the article is about (rule context.described-state). Never a plural
("the Baltic states"), an indefinite phrase, one followed by "of" or by a name (the name
is the mention), nor "the Arab nation" (the pan-Arab nation).

Each row: the article, the words whose mention is checked (their first occurrence), and
the code it resolves to, or None where it must stay unresolved (guards). Every sentence
is written for these tests, wire-style.
"""

# The tables keep one case per line, so lines run past the length limit.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import functools

import pytest

from dyadwatch.pipeline import annotate_text
from dyadwatch.records import AnnotatedArticle, Mention

pytestmark = pytest.mark.model


@functools.cache
def annotated(text: str) -> AnnotatedArticle:
    return annotate_text(text, published=dt.date(2006, 11, 20))


def resolution(text: str, words: str) -> str | None:
    """The code of the mention covering the first occurrence of `words`."""
    start = text.index(words)
    covering: list[Mention] = [m for m in annotated(text).mentions if m.start <= start < m.end and m.actor is not None]
    return covering[0].actor.code if covering else None  # type: ignore[union-attr]


def row(text: str, words: str, expected: str | None, case: str) -> object:
    return pytest.param(text, words, expected, id=case)


REGION = [
    row("Nepal's King Gyanendra dissolved the cabinet on Tuesday. The Himalayan kingdom has been ruled by decree since.", "The Himalayan kingdom", "NPL", "himalayan-kingdom"),
    row("Police in Malawi arrested an opposition leader on Monday. Britain voiced concern, and the African country's government defended the arrest.", "the African country", "MWI", "continent-skips-a-state-elsewhere"),
    row("Estonia's president met German Chancellor Angela Merkel in Berlin. The Baltic state is seeking closer energy ties.", "The Baltic state", "EST", "region-skips-a-later-state-outside-it"),
    row("Kyrgyzstan and Russia signed a gas deal on Friday. Moscow will buy gas from the Central Asian republic.", "the Central Asian republic", "KGZ", "central-asian-republic"),
    row("Eritrea rejected the border ruling, the Ethiopian government said. The Horn of Africa nation has kept troops on the frontier.", "The Horn of Africa nation", "ETH", "multi-word-region"),
    row("Albania applied to join the European Union in April. The tiny Balkan state hopes to open talks next year.", "The tiny Balkan state", "ALB", "description-before-region"),
    row("Fiji's army chief seized power on Tuesday, and Australia condemned the coup. The South Pacific island nation has had four coups since 1987.", "The South Pacific island nation", "FJI", "description-between-region-and-noun"),
    row("Georgia recalled its ambassador from Moscow. The former Soviet republic accuses Russia of backing separatists.", "The former Soviet republic", "GEO", "former-soviet"),
]


@pytest.mark.parametrize(("text", "words", "expected"), REGION)
def test_region_state_is_the_last_state_named_in_the_region(text: str, words: str, expected: str | None) -> None:
    assert resolution(text, words) == expected


DESCRIBED = [
    row("Somalia asked the African Union for more troops. Somalia's transitional government said on Monday it needed peacekeepers. The war-torn country has had no effective government since 1991.", "The war-torn country", "SOM", "war-torn-the-one-state-before"),
    row("Nigeria's parliament passed an anti-graft law. Nigerian President Olusegun Obasanjo pledged to fight graft. The oil-rich country loses billions to corruption every year.", "The oil-rich country", "NGA", "oil-rich-after-a-titled-person"),
]


@pytest.mark.parametrize(("text", "words", "expected"), DESCRIBED)
def test_described_state_is_the_one_state_named_just_before(text: str, words: str, expected: str | None) -> None:
    assert resolution(text, words) == expected


GUARDS = [
    row("Kenyan police arrested ten men on Monday. Officials said the Asian country had sent a team.", "the Asian country", None, "no-state-named-in-the-region"),
    row("The Baltic states want more NATO troops, Latvia said on Friday.", "The Baltic states", None, "plural-is-several"),
    row("Chad accused Sudan of backing the rebels. The war-torn country rejected the charge.", "The war-torn country", None, "described-with-two-states-before"),
    row("The ministers met on Monday. The impoverished country needs aid, the report said.", "The impoverished country", None, "described-with-no-state-before"),
    row("The ministers met in Paris. The impoverished country needs aid, the report said.", "The impoverished country", None, "described-with-a-place-only-before"),
    row("Saudi Arabia hosted the talks. The Gulf state of Qatar also sent a delegation.", "The Gulf state", None, "of-a-name-is-the-names"),
    row("Ghana signed the accord on Monday. An African country can apply to join the fund.", "An African country", None, "indefinite"),
    row("Albania asked Europe for troops on Monday. Albania's president said the army had collapsed. Rebels hold the south. Italy's defence minister said his soldiers would guard aid convoys in the chaos-torn country.", "the chaos-torn country", None, "described-but-not-the-articles-state"),
    row("Gales battered the coast of Australia on Monday. Yachts sailed past the island state Tasmania.", "the island state", None, "a-name-follows"),
    row("Libyan leader Moamer Kadhafi met Sudan's president in Tripoli on Monday. He said the Arab nation must unite against foreign pressure.", "the Arab nation", None, "the-pan-arab-nation"),
]


@pytest.mark.parametrize(("text", "words", "expected"), GUARDS)
def test_no_state_is_guessed_for_a_phrase_that_names_none(text: str, words: str, expected: str | None) -> None:
    assert resolution(text, words) == expected


def signatures(text: str) -> set[str]:
    return {f"{e.event} {'+'.join(sorted({a.code for a in e.actor}))}>{'+'.join(sorted({a.code for a in e.recipient}))}"
            for e in annotated(text).events if not (e.aux.negated or e.aux.hypothetical)}


EVENTS = [
    pytest.param("Bhutan held its first elections on Monday. On Tuesday the Himalayan kingdom accused Nepal of harbouring militants.", "ACCUSE BTN>NPL", id="region-state-acts"),
    pytest.param("Ukraine's president met EU leaders in Brussels. Russia later threatened to cut gas supplies to the former Soviet republic.", "THREATEN RUS>UKR", id="region-state-receives"),
]


@pytest.mark.parametrize(("text", "signature"), EVENTS)
def test_region_state_takes_part_in_events(text: str, signature: str) -> None:
    assert signature in signatures(text)

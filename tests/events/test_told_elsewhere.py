"""An act an article tells again without its recipient takes the recipient told elsewhere
(`coder._recipients_told_elsewhere`), only when it is a retelling of that act: told by a
noun naming nothing it is done to ("Ankara's refusal"), or by the same word ("stormed
the village of Allar" after "stormed the city of Ramallah"); not another act of the type
with an object of its own when the recipient was read from where the other act fell
("police detained two settlers" after a curfew on Hebron), and never, for a feeling,
with the actor's own code (as its pattern has it).

Every row is a wire-style story written for these tests and the signatures an analyst
codes from it, `TYPE ACTOR>RECIPIENT` (no recipient as "COERCE ISR>"), compared as the
distinct signatures of the story's events of the types the row names.
"""

from __future__ import annotations

import pytest

from event_signatures import row, signature

from dyadwatch.events.patterns import load_patterns
from dyadwatch.nlp import load_nlp
from dyadwatch.pipeline import annotate_text


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    """The spaCy model and the patterns, loaded once for the module."""
    load_nlp()
    load_patterns()


def coded_of_types(story: str, types: set[str]) -> set[str]:
    """The signatures of the story's events of `types` that are not negated."""
    return {signature(e) for e in annotate_text(story).events if not e.aux.negated and e.event in types}


def types_of(signatures: set[str]) -> set[str]:
    return {s.split()[0] for s in signatures}


RETELLINGS = [
    row("Turkey refused to open its ports to Cyprus. The talks stalled. Ankara's refusal angered Brussels.",
        "REJECT TUR>CYP", id="refusal-noun-retells-refused"),
    row("Iraq invaded Kuwait in August. Oil prices rose sharply. Arab leaders met in Cairo to discuss the Iraqi "
        "invasion.", "ASSAULT IRQ>KWT", id="invasion-noun-retells-invaded"),
    row("Israeli army jeeps stormed the city of Ramallah on Tuesday. Witnesses said shots were heard. Israeli "
        "armored vehicles also stormed a village near the town.", "ASSAULT ISR>PSE", id="same-verb-own-object"),
    # a recipient named as a party, not read from a place, is the other side of the story's acts
    row("Israeli troops arrested nine Palestinians in the West Bank on Tuesday. Witnesses said shots were heard. "
        "Israeli soldiers also seized computers from several houses.", "COERCE ISR>PSE", id="party-told-object-thing"),
]


@pytest.mark.parametrize(("story", "events"), RETELLINGS)
def test_told_elsewhere_a_retelling_keeps_the_recipient_told_with_the_act(story: str, events: set[str]) -> None:
    assert coded_of_types(story, types_of(events)) == events


OTHER_ACTS = [
    row("Israeli troops imposed a curfew on Hebron on Friday. Residents stayed indoors. "
        "Israeli police detained two Jewish settlers after the clashes.",
        "COERCE ISR>PSE", "COERCE ISR>", id="detained-object-after-curfew"),
    row("Israeli troops imposed a curfew on Hebron on Friday. Residents stayed indoors. "
        "A Jewish settler was arrested by Israeli police after the clashes.",
        "COERCE ISR>PSE", "COERCE ISR>", id="passive-arrest-after-curfew"),
]


@pytest.mark.parametrize(("story", "events"), OTHER_ACTS)
def test_told_elsewhere_another_act_of_the_type_with_an_object_of_its_own_takes_no_recipient(
        story: str, events: set[str]) -> None:
    assert coded_of_types(story, types_of(events)) == events



def feeling_signatures(story: str, feeling: str) -> set[str]:
    """The signatures of the story's events told by the word `feeling`."""
    return {signature(e) for e in annotate_text(story).events if e.event_text == feeling}


def test_told_elsewhere_a_feeling_is_never_at_the_actors_own_code() -> None:
    story = ("Russia accused the oil company Yukos of breaking environmental rules. Shares fell on Monday. Moscow was "
             "infuriated when Sakhalin Energy announced a sharp rise in costs.")
    assert feeling_signatures(story, "infuriated") == set()


# a domestic story: other acts than feelings keep the recipient of the actor's own code
DOMESTIC = [
    row("The US Justice Department asked a federal court in Miami to order the boy's return. The case drew wide "
        "attention. The Clinton administration has pushed for a quick decision.",
        "REQUEST USA>USA", id="domestic-request-retold"),
    # the actor's own state read from where its act fell stays with another act with an object
    row("Turkish police raided a warehouse in Istanbul on Friday. Officials praised the operation. Turkish police "
        "also confiscated 160 kg of heroin.", "COERCE TUR>TUR", id="domestic-place-own-state"),
]


@pytest.mark.parametrize(("story", "events"), DOMESTIC)
def test_told_elsewhere_a_domestic_act_keeps_a_recipient_of_the_actors_code(story: str, events: set[str]) -> None:
    assert coded_of_types(story, types_of(events)) == events


def support_signatures(story: str) -> list[str]:
    """The signatures of the story's SUPPORT events, one per event."""
    return sorted(signature(e) for e in annotate_text(story).events if e.event == "SUPPORT" and not e.aux.negated)


# a praise of a thing it names is its own act: another praise of the speaker's is no retelling of it
PRAISES = [
    row("IAEA chief Mohamed ElBaradei on Monday welcomed the positive signals about a return to the talks. The board "
        "met for three days. The IAEA chief also praised Iran's decision to admit the inspectors.",
        "SUPPORT IGO>IRN", id="other-praise-other-thing"),
    row("Russia on Monday welcomed changes to the draft text. Diplomats said a vote was likely. Moscow also hailed "
        "Iran's offer to resume the talks.", "SUPPORT RUS>IRN", id="hailed-offer-then-welcomed-changes"),
]


@pytest.mark.parametrize(("story", "events"), PRAISES)
def test_told_elsewhere_a_praise_of_a_named_thing_takes_no_recipient_from_another_praise(
        story: str, events: set[str]) -> None:
    assert support_signatures(story) == sorted(events)


def test_told_elsewhere_a_praise_retold_by_the_same_word_keeps_its_recipient() -> None:
    story = ("The European Union welcomed Turkey's offer to open its ports. Markets rose on the news. The EU "
             "presidency also welcomed the move on Tuesday.")
    assert support_signatures(story) == ["SUPPORT EUR>TUR", "SUPPORT EUR>TUR"]

"""Promised aid whose sentence names no one it goes to (PLOVER §3.1 AGREE: a promise of
aid; coder `_pledged_aid_recipients`): the recipient is whose reconstruction, relief or
recovery the aid is for ("pledged $50 million for the reconstruction of Lebanon"), else
the state the story is about, when not the giver's own ("Australia has promised a plane
with relief supplies" in a story on a typhoon in the Philippines). Aid to one's own people,
a promise of no aid, a destination that resolves to no one, and a story about no one state
give no recipient.

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


TYPHOON = ("A powerful typhoon killed at least 400 people in the Philippines on Friday. "
           "Philippine officials said rescue teams were still searching for survivors in the province of Albay. ")
QUAKE = ("A strong earthquake struck northern Pakistan on Saturday, killing thousands of people. "
         "Pakistani officials said the army was clearing roads to the worst-hit villages near Muzaffarabad. ")


PLEDGES = [
    row("Saudi Arabia pledged 50 million dollars for the reconstruction of Lebanon.",
        "AGREE SAU>LBN", id="money-for-the-reconstruction-of-a-state"),
    row("Britain has pledged 20 million pounds towards the reconstruction of Afghanistan.",
        "AGREE GBR>AFG", id="money-towards-the-reconstruction-of-a-state"),
    row(TYPHOON + "Australia has promised a transport plane with 15 tonnes of relief supplies.",
        "AGREE AUS>PHL", id="a-plane-with-supplies-goes-to-the-story-state"),
    row(QUAKE + "Norway pledged 10 million dollars in emergency aid.",
        "AGREE NOR>PAK", id="an-amount-of-aid-goes-to-the-story-state"),
    row(QUAKE + "China has pledged to send tents, blankets and medicine, the agency said.",
        "AGREE CHN>PAK", id="a-verb-of-giving-under-the-promise"),
    row(QUAKE + "Germany pledged to contribute 10 million euros to the relief effort.",
        "AGREE DEU>PAK", id="a-destination-that-is-a-purpose"),
]


@pytest.mark.parametrize(("sentence", "events"), PLEDGES)
def test_promised_aid_goes_to_whose_recovery_it_is_for_or_to_the_story_state(
        sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


NO_RECIPIENT = [
    row(TYPHOON + "The Philippine government promised 10 million pesos in relief supplies.",
        "AGREE PHL>", id="aid-to-ones-own-people"),
    row(TYPHOON + "Australia promised to review its travel advice for its citizens.",
        "AGREE AUS>", id="a-promise-of-no-aid"),
    row(TYPHOON + "Japan pledged to cut its emissions by 10 percent.",
        "AGREE JPN>", id="a-promise-of-no-aid-with-an-amount"),
    row(QUAKE + "Thailand pledged to contribute 100 million baht to a regional fund on bird flu.",
        "AGREE THA>", id="a-destination-named-that-resolves-to-no-one"),
    row("Japan and China met in Tokyo. South Korea and Russia met in Seoul. Norway pledged 10 million dollars in aid.",
        "AGREE NOR>", "CONSULT CHN+JPN>", "CONSULT KOR+RUS>", id="a-story-about-no-one-state"),
    row("Saudi Arabia pledged 50 million dollars for the reconstruction of its own mosques.",
        "AGREE SAU>", id="a-reconstruction-of-no-state"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_RECIPIENT)
def test_promised_aid_has_no_recipient_guessed(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

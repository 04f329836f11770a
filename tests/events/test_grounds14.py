"""A ground a party gives for its own act, when it blames another party, accuses that
party (PLOVER §3.9 ACCUSE: allegations), besides the act it justifies: "on the grounds
that", "under the pretext that" (speech.toml [justifying] preps and nouns), and a
reporting participle hung on the act ("expelled the diplomat, saying …"). The ground
blames by the speech content cues (speech.toml [[cue]] ACCUSE) or, in a frame, by telling
a hostile act of that party that the coder reads in it (speech.toml blaming_events). A
neutral ground accuses no one.

Every sentence is written for these tests, wire-style. Only the ACCUSE events are
compared: the act justified is coded by its own patterns, tested elsewhere.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row

from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


def accusations(sentence: str) -> set[str]:
    """The ACCUSE signatures told as real in the sentence."""
    return {signature for signature in asserted(sentence) if signature.startswith("ACCUSE ")}


GROUNDS = [
    row("Ethiopia sent troops into Somalia on the grounds that Eritrea represents a direct threat to its security.",
        "ACCUSE ETH>ERI", id="grounds-a-party-is-a-threat"),
    row("Britain froze the assets of the group on the grounds that Iran's policy was a provocation.",
        "ACCUSE GBR>IRN", id="grounds-a-partys-policy-is-a-provocation"),
    row("Moscow imposed a ban on Georgian wine on the grounds that Tbilisi's policy was hostile.",
        "ACCUSE RUS>GEO", id="grounds-hostile-policy-after-a-sanction"),
    row("Israel sealed off the West Bank on the grounds that Syria had violated the ceasefire.",
        "ACCUSE ISR>SYR", id="grounds-a-violation"),
    row("Washington pressed for sanctions against North Korea on the grounds that Pyongyang was developing "
        "nuclear weapons.", "ACCUSE USA>PRK", id="grounds-telling-a-weapons-build-up"),
    row("Israel closed the crossings on the grounds that Hamas fighters had attacked Israeli troops.",
        "ACCUSE ISR>PSE", id="grounds-telling-an-attack"),
]


@pytest.mark.parametrize(("sentence", "events"), GROUNDS)
def test_a_ground_that_blames_a_party_accuses_it(sentence: str, events: set[str]) -> None:
    assert accusations(sentence) == events


SAYING = [
    row("Russia expelled the diplomat, saying Georgia had violated the agreement.",
        "ACCUSE RUS>GEO", id="expelled-saying-violated"),
    row("China cancelled the visit, claiming that Japan's policy was a provocation.",
        "ACCUSE CHN>JPN", id="cancelled-claiming-provocation"),
    row("India recalled its envoy, arguing that Pakistan's stance was unacceptable.",
        "ACCUSE IND>PAK", id="recalled-arguing-unacceptable"),
    # coded before this rule, by accuse.accuse: kept, and not doubled by the participle
    row("Russia halted the pipeline project, accusing Ukraine of environmental violations.",
        "ACCUSE RUS>UKR", id="halted-accusing-already-an-accusation"),
    row("Japan accused China of spying, saying Beijing had violated its airspace.",
        "ACCUSE JPN>CHN", id="accused-saying-one-accusation"),
]


@pytest.mark.parametrize(("sentence", "events"), SAYING)
def test_a_participle_blaming_a_party_accuses_it_besides_the_act(sentence: str, events: set[str]) -> None:
    assert accusations(sentence) == events


NO_ACCUSATION = [
    row("Japan rejected the proposal on the grounds that its constitution requires a referendum.",
        id="grounds-a-law"),
    row("Germany approved the loan on the basis that the project would improve Serbia's power supply.",
        id="basis-a-benefit"),
    row("The European Union postponed the talks on the grounds that Turkey needed more time to prepare.",
        id="grounds-naming-a-party-without-blame"),
    row("Iran postponed the talks on the grounds that Britain had not sent its delegation.",
        id="grounds-an-act-not-done"),
    row("Russia expelled the diplomat, saying Georgia had welcomed the agreement.",
        id="saying-praise"),
    # a participle's content only telling what happened is no accusation by the teller
    row("Sudan's interior ministry released a lower toll, saying Chadian rebels had attacked a bus near the border.",
        id="saying-tells-an-attack"),
]


@pytest.mark.parametrize(("sentence", "events"), NO_ACCUSATION)
def test_a_ground_that_blames_no_party_accuses_no_one(sentence: str, events: set[str]) -> None:
    assert accusations(sentence) == events

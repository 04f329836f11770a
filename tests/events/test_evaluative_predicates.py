"""Evaluative predicates in reported speech: a statement that judges a party, or a
party's act or stand, by what it says the party or act is ("X said Tehran's decision was
a grave mistake", "Russia is not a reliable partner, X said", "X said the elections in
Ukraine were fair", "X said the Turkish stance made the talks impossible") is an ACCUSE
or a SUPPORT of its speaker aimed at that party (PLOVER §3.3 SUPPORT, §3.9 ACCUSE: a
statement that praises or criticizes).

Every row is a wire-style sentence written for these tests and the ACCUSE, SUPPORT and
REJECT events an analyst codes from it, written `TYPE ACTOR>RECIPIENT` as in
tests/events/event_signatures.py; events of other types the sentence also tells (the
visit) are left to their own tests. Guard rows code none of those: a neutral fact about a
party's act, a judgement of a thing no party is behind or of a pronoun, a party's own act
praised by itself, a judgement only possible, a denied criticism, a party's own attitude
("was positive about"), a duty ("responsible for security"), one's own claim of an act.
"""

from __future__ import annotations

import pytest

from event_signatures import coded, row

from dyadwatch.events.patterns import load_patterns
from dyadwatch.events.speech import load_speech_cues, parse_speech_cues
from dyadwatch.nlp import load_nlp
from dyadwatch.plover.ontology import load_ontology

JUDGING_TYPES = ("ACCUSE", "SUPPORT", "REJECT")


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    """The spaCy model, the patterns and the speech cues, loaded once for the module."""
    load_nlp()
    load_patterns()
    load_speech_cues()


def judged(sentence: str) -> set[str]:
    """The sentence's ACCUSE, SUPPORT and REJECT events that are not negated."""
    return {signature for signature in coded(sentence) if signature.split()[0] in JUDGING_TYPES}


# A party's act or stand judged by a negative predicate: the act's owner is accused.
ACT_CONDEMNED = [
    row("Moscow said the Georgian decision to expel the diplomats was a grave mistake.", "ACCUSE RUS>GEO",
        id="decision-a-mistake"),
    row("Merkel's spokesman said the Iranian president's remarks reflected a dangerous attitude.", "ACCUSE DEU>IRN",
        id="remarks-reflected-an-adjective-on-the-object"),
    row("The Pakistani foreign ministry said India's stance had been unreasonable.", "ACCUSE PAK>IND",
        id="stance-unreasonable"),
    row("Beijing said the US position was a threat to peace in the region.", "ACCUSE CHN>USA",
        id="position-a-threat"),
    row("Egypt said Israel's response was disproportionate.", "ACCUSE EGY>ISR", id="response-disproportionate"),
    row("The Chinese foreign ministry said the Japanese decision was bad for the region.", "ACCUSE CHN>JPN",
        id="decision-bad"),
    row("Tehran said the decision of the Security Council was unfair.", "ACCUSE IRN>UNO", id="decision-of-x-unfair"),
    row("The Chinese foreign ministry said the Japanese side's attitude was insincere.", "ACCUSE CHN>JPN",
        id="the-x-side-s-attitude"),
    row("Washington said Syria's role in Lebanon remained negative.", "ACCUSE USA>SYR", id="remained-negative"),
    row("Beijing said the Taiwanese leader's remarks showed his stubborn separatist stance.", "ACCUSE CHN>TWN",
        id="remarks-showed-a-stubborn-stance"),
    row("The Fijian opposition said the Fijian military's move represented a coup d'etat against the constitution.",
        "ACCUSE FJI>FJI", id="a-noun-modifier-on-the-object"),
]

# A party itself judged so.
PARTY_CONDEMNED = [
    row("Washington said North Korea has been uncooperative in the talks.", "ACCUSE USA>PRK",
        id="party-uncooperative"),
    row("US President George W. Bush said Bin Laden may be hiding in Afghanistan, which has been uncooperative in the "
        "case.", "ACCUSE USA>AFG", id="party-judged-in-a-relative-clause"),
    row("Iran said US President George W. Bush was wrong.", "ACCUSE IRN>USA", id="person-wrong"),
]

# A quality one praises denied of a party or its act.
PRAISE_DENIED = [
    row("Russia is not a reliable partner, the Polish defence minister said.", "ACCUSE POL>RUS",
        id="not-a-reliable-partner"),
    row("Syrian President Bashar al-Assad said the Israeli stance was not constructive.", "ACCUSE SYR>ISR",
        id="not-constructive"),
    row("The EU said the vote in Belarus was neither free nor fair.", "ACCUSE EUR>BLR", id="neither-free-nor-fair"),
    row("The French foreign ministry said the Iranian reply was not serious.", "ACCUSE FRA>IRN", id="not-serious"),
]

# Blame for a failure: what a party's act or stand made of something.
FAILURE_BLAMED = [
    row("A Cyprus government spokesman said the Turkish stance had made the talks impossible.", "ACCUSE CYP>TUR",
        id="made-impossible"),
    row("The Greek foreign ministry said Ankara's position has rendered a settlement unachievable.",
        "ACCUSE GRC>TUR", id="rendered-unachievable"),
    row("The Russian foreign ministry said the Georgian moves made the situation more dangerous.", "ACCUSE RUS>GEO",
        id="made-more-dangerous"),
]

# Blame for a harm or failure.
HARM_BLAMED = [
    row("The Russian foreign ministry said the Georgian leadership was responsible for the attack.", "ACCUSE RUS>GEO",
        id="responsible-for-an-attack"),
    row("Al-Qaeda was responsible for the bombings, the US State Department said.", "ACCUSE USA>IMG",
        id="responsible-said-after"),
    row("The Russian foreign ministry said the Georgian side bore full responsibility for the failure of the talks.",
        "ACCUSE RUS>GEO", id="bore-responsibility-for-a-failure"),
]

ACT_PRAISED = [
    row("The European Commission said the elections in Ukraine were generally fair.", "SUPPORT EUR>UKR",
        id="elections-in-x-fair"),
    row("The US ambassador said Pakistan's cooperation had been very helpful.", "SUPPORT USA>PAK",
        id="cooperation-helpful"),
    row("Turkish Prime Minister Recep Tayyip Erdogan said the Pope's visit was more meaningful than an apology.",
        "SUPPORT TUR>VAT", id="more-meaningful-than"),
    row("The Chinese foreign ministry said Pakistan's role in the talks had been good.", "SUPPORT CHN>PAK",
        id="role-good"),
    row("Japanese Prime Minister Shinzo Abe said Australia and India were good neighbours of Japan.",
        "SUPPORT JPN>AUS+IND", id="parties-good-neighbours"),
]

GUARDS = [
    row("The Russian foreign minister said the decision was taken on Monday.", id="a-neutral-fact"),
    row("The Russian foreign minister said Iran's decision was announced on Monday.", id="a-fact-of-a-party-s-act"),
    row("Moscow said the losses were damaging.", id="a-thing-no-party-is-behind"),
    row("It was a mistake, the Russian foreign minister said.", id="a-pronoun-is-judged-elsewhere"),
    row("Moscow said the weather in Georgia was dangerous.", id="a-thing-in-a-place"),
    row("The Russian foreign minister said Iran's programme was peaceful.", id="no-judging-word"),
    row("The Chinese foreign ministry said China's position was correct.", id="own-stand-praised"),
    row("The Indian foreign ministry said that if Pakistan's response was aggressive, India would respond.",
        id="a-judgement-only-possible"),
    row("Blair said Iran's decision was not wrong.", id="a-criticism-denied"),
    row("The Russian foreign minister said China is a great power.", id="a-weight-is-no-praise"),
    row("Moscow said the Georgian economy was fragile.", id="a-state-of-things-is-no-act"),
    row("Moscow said Georgia's decision was final.", id="no-evaluative-word"),
    row("The Chinese foreign ministry said China's relations with Japan were good.", id="relations-are-no-act"),
    row("The Chinese foreign ministry said Japan's economic performance was good.", id="a-result-is-no-act"),
    row("The EU said the vote in Belarus was free and fair.", "SUPPORT EUR>BLR", id="conjunct-praise-is-praise"),
    row("Human Rights Watch said the Sudanese government was responsible for widespread abuses in Darfur.",
        "ACCUSE NGO>SDN", id="responsible-for-is-blame-not-praise"),
    row("The Georgian interior ministry said the Georgian police were responsible for security at the border.",
        id="responsible-for-a-duty"),
    row("Hamas said it was responsible for the attack.", id="a-claim-of-one-s-own-act"),
    row("The Russian foreign ministry said the Georgian leadership was not responsible for the attack.",
        id="blame-for-a-harm-denied"),
    row("Nepalese Prime Minister Girija Prasad Koirala said the Indian government was positive about investment in "
        "Nepal.", id="positive-about-is-an-attitude"),
    row("The Russian foreign ministry said the Georgian moves did not make the situation more dangerous.",
        id="blame-denied"),
    row("The Russian foreign ministry said the snow made the talks impossible.", id="a-failure-no-party-caused"),
    row("The Russian foreign ministry said the Georgian stance was impossible to predict.",
        id="impossible-as-a-predicate-is-no-blame"),
]


@pytest.mark.parametrize(("sentence", "events"), ACT_CONDEMNED)
def test_coder_reads_a_party_s_act_judged_badly_as_an_accusation(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), PARTY_CONDEMNED)
def test_coder_reads_a_party_judged_badly_as_an_accusation(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), PRAISE_DENIED)
def test_coder_reads_praise_denied_of_a_party_as_an_accusation(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), FAILURE_BLAMED)
def test_coder_reads_a_failure_a_party_s_act_caused_as_an_accusation(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), HARM_BLAMED)
def test_coder_reads_a_party_said_responsible_for_a_harm_as_an_accusation(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), ACT_PRAISED)
def test_coder_reads_a_party_s_act_judged_well_as_support(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), GUARDS)
def test_coder_codes_no_judgement_of_no_other_party_or_no_quality(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


def test_speech_cues_read_the_judging_table_and_judged_only_cues() -> None:
    text = ('[judging]\nlinking = ["Be"]\nshowing = ["reflect"]\nsubjects = ["Stance"]\nattitude_preps = ["about"]\n'
            'causing = ["render"]\nharms = ["Attack"]\n'
            '[[cue]]\nid = "x"\nevent = "ACCUSE"\nlemmas = ["selfish"]\njudged_only = true\n'
            '[[cue]]\nid = "y"\nevent = "ACCUSE"\nlemmas = ["impossible"]\ncaused_only = true\n'
            '[[cue]]\nid = "z"\nevent = "ACCUSE"\nlemmas = ["responsible"]\nblames = true\n')
    cues = parse_speech_cues(text, source="cues.toml", ontology=load_ontology())
    assert cues.judging.linking == frozenset({"be"})
    assert cues.judging.showing == frozenset({"reflect"})
    assert cues.judging.subjects == frozenset({"stance"})
    assert cues.judging.attitude_preps == frozenset({"about"})
    assert cues.judging.causing == frozenset({"render"})
    assert cues.cues[0].judged_only and not cues.cues[0].caused_only
    assert cues.cues[1].judged_only and cues.cues[1].caused_only
    assert cues.judging.harms == frozenset({"attack"})
    assert cues.cues[2].judged_only and cues.cues[2].blames and not cues.cues[2].caused_only

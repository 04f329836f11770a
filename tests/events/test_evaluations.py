"""Evaluations of a party's act, coded by what they say of it: a describing verb's
judgement ("described Iran's decision as a step in the right direction"), a party told
it is not welcome, a feeling at a party's act ("was outraged by Japan's decision").

Every row is a wire-style sentence written for these tests and the ACCUSE, SUPPORT and
REJECT events an analyst codes from it by the PLOVER manual (§3.3, §3.9, §3.10), written
`TYPE ACTOR>RECIPIENT` as in tests/events/event_signatures.py; events of other types the
sentence also tells (the offer, the strike) are left to their own tests. Guard rows code
nothing of those types: a judgement of a thing no party is behind, a government's
praise of its own act, a negated or reversed feeling.
"""

from __future__ import annotations

import pytest

from event_signatures import coded, row

from dyadwatch.errors import ConfigError
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


# "X described / termed / called / branded Y (as) Z": Z said of Y is said of Y's owner.
DESCRIBED_PRAISE = [
    row("Lavrov described Iran's decision to allow inspectors in as a step in the right direction.",
        "SUPPORT RUS>IRN", id="step-in-the-right-direction"),
    row("The State Department described Pyongyang's offer to return to the talks as positive.", "SUPPORT USA>PRK",
        id="described-as-positive"),
    row("Annan described Syria's withdrawal from Lebanon as encouraging.", "SUPPORT UNO>SYR",
        id="described-as-encouraging"),
    row("Merkel described Turkey's reforms as a milestone.", "SUPPORT DEU>TUR", id="described-as-milestone"),
    row("The French foreign minister described the Libyan gesture as a great gesture.", "SUPPORT FRA>LBY",
        id="great-gesture"),
    row("France said the Iranian decision was a step in the right direction.", "SUPPORT FRA>IRN",
        id="phrase-in-any-statement"),
    row("Iran's decision was described by Lavrov as a step in the right direction.", "SUPPORT RUS>IRN",
        id="described-in-the-passive"),
    row("Syria's withdrawal, which Condoleezza Rice described as encouraging, was completed on Tuesday.",
        "SUPPORT USA>SYR", id="described-in-a-relative-clause"),
    row("Condoleezza Rice termed the Iranian offer positive.", "SUPPORT USA>IRN", id="termed-positive"),
]

DESCRIBED_CONDEMNATION = [
    row("Tehran described the decision by Britain as a grave mistake.", "ACCUSE IRN>GBR", id="grave-mistake"),
    row("Beijing described Japan's decision to buy the islands as deeply wrong.", "ACCUSE CHN>JPN",
        id="deeply-wrong-as-hung-on-the-adjective"),
    row("Syria described the Israeli strike as suicidal.", "ACCUSE SYR>ISR", id="described-as-suicidal"),
    row("Tehran described the British decision as illegitimate.", "ACCUSE IRN>GBR", id="described-as-illegitimate"),
    row("Moscow described the Georgian arrest of the officers as a dangerous provocation.", "ACCUSE RUS>GEO",
        id="described-as-provocation"),
    row("Israel described the Hamas attack as a declaration of war.", "ACCUSE ISR>PSE", id="declaration-of-war"),
]

# A plan, offer or demand judged so is refused (§3.10).
DESCRIBED_REFUSAL = [
    row("Iran described the EU proposal as unacceptable.", "REJECT IRN>EUR", id="proposal-unacceptable"),
    row("The White House described the French proposal as a mistake.", "REJECT USA>FRA", id="proposal-mistake"),
    row("Pyongyang described the US plan as dangerous.", "REJECT PRK>USA", id="plan-dangerous"),
]

NOT_WELCOME = [
    row("Beijing told The Hague that Dutch minister Van Aartsen is not welcome.", "REJECT CHN>NLD",
        id="not-welcome-told"),
    row("The Israeli ambassador is not welcome in Caracas, Venezuela said.", "REJECT VEN>ISR",
        id="not-welcome-said-after"),
    row("Moscow said the Georgian envoy was unwelcome.", "REJECT RUS>GEO", id="unwelcome"),
]

FEELINGS = [
    row("China was outraged by Japan's decision to buy the islands.", "ACCUSE CHN>JPN", id="outraged-by"),
    row("Seoul is angry over Tokyo's new history textbooks.", "ACCUSE KOR>JPN", id="angry-over"),
    row("Sudanese officials were angered by Danish Prime Minister Rasmussen's comments.", "ACCUSE SDN>DNK",
        id="angered-by"),
    row("Iran is furious at Washington.", "ACCUSE IRN>USA", id="furious-at-a-party"),
    row("Russia was infuriated when the Georgian government arrested four officers.", "ACCUSE RUS>GEO",
        id="infuriated-when"),
    row("Beijing was angry that Japan had bought the islands.", "ACCUSE CHN>JPN", id="angry-that"),
    row("Iran expressed irritation at the US demands.", "ACCUSE IRN>USA", id="expressed-irritation"),
    row("Moscow is pleased with Kiev's decision to withdraw its troops.", "SUPPORT RUS>UKR", id="pleased-with"),
    row("The Chinese president was satisfied with Australia's stance on Taiwan.", "SUPPORT CHN>AUS",
        id="satisfied-with"),
    row("US President George W. Bush said he was proud of Lebanese Prime Minister Fuad Siniora.", "SUPPORT USA>LBN",
        id="proud-of-a-party"),
    row("Japanese Prime Minister Shinzo Abe said he was proud of India's role in the talks.", "SUPPORT JPN>IND",
        id="proud-of-a-partys-role"),
]

GUARDS = [
    row("He described the situation in Baghdad as calm.", id="a-description-is-no-judgement"),
    row("The spokesman described the weather in Iraq as dangerous.", id="a-thing-no-party-is-behind"),
    row("Obama described the talks as useful.", id="talks-with-no-party-named"),
    row("The Islamists pulled back in what the Somali foreign minister described as a positive step.",
        id="what-names-no-thing"),
    row("The minister described the economy as strong.", id="economy-strong"),
    row("Ahmadinejad described the Iranian nuclear programme as a great achievement.", id="own-country-praised"),
    row("The government described its own reforms as a step in the right direction.", id="own-act-praised"),
    row("The figures for Iraq were positive, the minister said.", id="positive-in-any-statement"),
    row("It was a mistake for Iran, the minister said.", id="mistake-in-any-statement"),
    row("The coach was pleased with his players.", id="pleased-with-no-party"),
    row("The Chinese president said he was proud of China's space programme.", id="proud-of-own-side"),
    row("The report angered Democrats.", id="active-angered-is-no-act"),
    row("Moscow, infuriated by the arrest of four Russian officers, imposed a blockade.",
        id="feeling-at-an-act-of-no-named-doer"),
    row("Japan was not satisfied with China's answer.", id="not-satisfied"),
    row("The Kenyan minister was so angry he left the hall.", id="feeling-at-no-one"),
    row("A Turkish man set fire to his house in Krefeld, German police said. Police said he was apparently angry "
        "that his wife was planning a divorce.", id="feeling-at-what-no-party-did"),
    row("Kenyan lawmakers are unhappy with the devolution of powers.", id="feeling-at-a-thing-of-no-party"),
    row("Brazil, upset by Argentina in the final, finished second.", id="upset-is-a-defeat"),
    row("Russia was infuriated when the Russian company Gazprom announced higher gas prices.",
        id="feeling-at-one-s-own-side"),
    row("Bush described Sino-US relations as important.", id="a-weight-is-no-praise"),
    row("Merkel said Germany and France will step forward to lead the talks.", id="step-forward-as-a-verb"),
]


@pytest.mark.parametrize(("sentence", "events"), DESCRIBED_PRAISE)
def test_coder_reads_praise_a_describing_verb_says_of_a_party_s_act(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), DESCRIBED_CONDEMNATION)
def test_coder_reads_condemnation_a_describing_verb_says_of_a_party_s_act(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), DESCRIBED_REFUSAL)
def test_coder_reads_a_proposal_described_as_unworkable_as_its_refusal(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), NOT_WELCOME)
def test_coder_reads_a_party_told_it_is_not_welcome_as_rejected(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), FEELINGS)
def test_coder_reads_a_feeling_at_a_party_s_act_as_a_judgement_of_it(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), GUARDS)
def test_coder_codes_no_judgement_of_no_other_party(sentence: str, events: set[str]) -> None:
    assert judged(sentence) == events


def test_speech_cues_read_describing_verbs_phrases_and_negated_cues() -> None:
    text = 'describing = ["Term"]\n[[cue]]\nid = "x"\nevent = "REJECT"\nphrases = ["Persona non grata"]\nnegated = true\n'
    cues = parse_speech_cues(text, source="cues.toml", ontology=load_ontology())
    assert cues.describing == frozenset({"term"})
    assert cues.cues[0].phrases == (("persona", "non", "grata"),)
    assert cues.cues[0].negated


def test_speech_cues_need_words_or_phrases() -> None:
    with pytest.raises(ConfigError, match="needs lemmas, phrases"):
        parse_speech_cues('[[cue]]\nid = "x"\nevent = "REJECT"\ndescribed_only = true\n', source="cues.toml",
                          ontology=load_ontology())

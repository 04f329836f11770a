"""Diplomatic constructions the coder reads (meetings, visits, praise, support,
agreements, requests, promises, criticism between states), one table per construction.

Every row is a wire-style sentence written for these tests and the events an analyst
codes from it by the PLOVER manual, written `TYPE ACTOR>RECIPIENT` (several codes joined
by "+", no recipient as "CONSULT USA>"), compared as distinct signatures of the events
that are not negated, as in tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, coded, row

from dyadwatch.events.patterns import load_patterns
from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    """The spaCy model and the patterns, loaded once for the module."""
    load_nlp()
    load_patterns()


# "his talks with Bush", "his visit to Turkey": "his" on a meeting that names the other
# side is the person named before; on other nouns ("his arrest") it is who underwent it.
MEETING_POSSESSIVES = [
    row("Badawi said his talks with the US president had been very frank.", "CONSULT MYS>USA", id="his-talks-with"),
    row("Erdogan told reporters that his meeting with Putin was constructive.", "CONSULT TUR>RUS",
        id="his-meeting-with"),
    row("Talabani expressed pleasure with his visit to Iran.", "CONSULT IRQ>IRN", id="his-visit-to"),
]


@pytest.mark.parametrize(("sentence", "events"), MEETING_POSSESSIVES)
def test_coder_reads_his_on_a_meeting_as_the_person_named_before(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events



# An assurance is a promise to the one assured (AGREE, §3.1); telling the press that
# something is so is no promise.
ASSURANCES = [
    row("Putin assured Erdogan that Russia would respect the border.", "AGREE RUS>TUR", id="assured-x-that"),
    row("The Japanese prime minister gave Seoul an assurance that Tokyo would not resume whaling.",
        "AGREE JPN>KOR", id="gave-an-assurance"),
    row("The Israeli defence minister won assurances from Egypt that the border would stay closed.",
        "AGREE EGY>ISR", id="won-assurances-from"),
    row("The Spanish prime minister assured a press conference that the economy was growing.", id="assured-the-press"),
]


@pytest.mark.parametrize(("sentence", "events"), ASSURANCES)
def test_coder_codes_an_assurance_as_a_promise_to_the_one_assured(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# "wishes to enhance cooperation with China": the subject's own wish to cooperate is an
# offer (AGREE, §3.1); "wished Iran to stop" still asks Iran.
WISHES = [
    row("Burundi wishes to enhance cooperation with China in agriculture.", "AGREE BDI>CHN", id="wishes-to-enhance"),
    row("Ghana wishes to cooperate with Nigeria on power supply.", "AGREE GHA>NGA", id="wishes-to-cooperate"),
]


@pytest.mark.parametrize(("sentence", "events"), WISHES)
def test_coder_codes_a_wish_to_cooperate_as_an_offer(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Appreciating a party's help or role praises it (SUPPORT, §3.3); a currency that
# appreciates, or a difficulty appreciated, names no party.
APPRECIATION = [
    row("Kenya highly appreciated the role China has played in Africa.", "SUPPORT KEN>CHN", id="appreciated-the-role"),
    row("The Lebanese prime minister appreciated Jordan's support.", "SUPPORT LBN>JOR", id="appreciated-x-s-support"),
    row("The yen appreciated against the dollar on Monday.", id="currency"),
]


@pytest.mark.parametrize(("sentence", "events"), APPRECIATION)
def test_coder_codes_appreciating_a_party_as_praise(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# Who a gathering is of: the names joined by a hyphen before it ("China-U.S. talks",
# "Sino-Japanese talks"), an "of" phrase ("a meeting of Abbas and Olmert", each party of
# "leaders of Thailand, Laos and Vietnam"), the subject of a verb that ends, attends or
# takes part in it, and the subject of a clause set at it ("decided at a summit");
# parties meeting together are no one's recipients, not even their host's; a visit a
# clause is for takes place where the clause is ("was in Kenya for a visit").
GATHERINGS = [
    row("The China-U.S. strategic talks opened in Beijing on Monday.", "CONSULT CHN+USA>", id="hyphened-names"),
    row("The Israeli-Palestinian talks resumed on Monday.", "CONSULT ISR+PSE>", id="hyphened-demonyms"),
    row("Sino-Japanese talks were held in Tokyo.", "CONSULT CHN+JPN>", id="sino-and-held-without-agent"),
    row("Two rounds of China-U.S. strategic dialogues were held in Beijing.", "CONSULT CHN+USA>", id="rounds-of-held"),
    row("A meeting of Palestinian leader Mahmud Abbas and Israeli Prime Minister Ehud Olmert took place on Saturday.",
        "CONSULT ISR+PSE>", id="meeting-of-two"),
    row("Leaders of Thailand, Laos and Vietnam ended a summit meeting in Hanoi on Thursday.", "CONSULT LAO+THA+VNM>",
        id="leaders-of-three-ended"),
    row("NATO leaders said at a summit in Riga that the alliance was strong.", "CONSULT IGO>", id="said-at-a-summit"),
    row("Ministers from Japan and China participated in the summit.", "CONSULT CHN+JPN>", id="participated-in"),
    row("The South African foreign minister took part in a meeting of the African Union in Addis Ababa.",
        "CONSULT IGO+ZAF>", id="took-part-in-a-meeting-of"),
    row("French Trade Minister Christine Lagarde was in Kenya on Friday for a two-day visit.", "CONSULT FRA>KEN",
        id="in-a-place-for-a-visit"),
    row("The Nigerian president sought to break the deadlock during talks in Abidjan.", "CONSULT NGA>CIV",
        id="talks-in-the-host-s-city"),
    row("Putin held talks in Moscow on Monday.", "CONSULT RUS>", id="talks-at-home-meet-no-host"),
    row("The Indian prime minister spoke before the summit in Dhaka.", id="before-the-summit"),
    row("The US envoy told reporters after the meeting that progress was slow.", id="after-the-meeting-told-before"),
]


@pytest.mark.parametrize(("sentence", "events"), GATHERINGS)
def test_coder_reads_who_a_gathering_is_of(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# A gathering of one state's own institutions is its own business, no consultation
# between actors (§3.2); a state occasion is a consultation with its host, none at home.
INTERNAL_GATHERINGS = [
    row("Lebanese Prime Minister Fuad Siniora held a cabinet meeting on Monday.", id="cabinet-meeting"),
    row("The Ukrainian president chaired an emergency government meeting on Saturday.", id="government-meeting"),
    row("Sharon made the position clear at a meeting of the Knesset defence committee.", id="meeting-of-a-committee"),
    row("The UN Security Council held a meeting on Iran on Monday.", "CONSULT UNO>", id="council-meeting-stays"),
    row("Abbas attended the independence celebrations in Ramallah.", id="occasion-at-home"),
    row("The Iranian president attended the funeral.", "CONSULT IRN>", id="occasion-somewhere-else"),
    row("The Russian president attended the funeral of King Hussein in Amman.", "CONSULT RUS>JOR", id="funeral-abroad"),
    row("Chinese Premier Wen Jiabao and Russian Prime Minister Mikhail Fradkov attended the opening ceremony.",
        "CONSULT CHN+RUS>", id="occasion-attended-together"),
    row("Lebanon's top politicians resumed all-party talks on Tuesday.", "CONSULT LBN>", id="all-party-talks-stay"),
]


@pytest.mark.parametrize(("sentence", "events"), INTERNAL_GATHERINGS)
def test_coder_codes_no_consultation_for_a_state_s_own_gathering(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events


# A cooperative act an "if" clause hangs on happens only on that condition (the GUIDE:
# conditional events are not coded); a threat, or a promise a party says it will keep,
# made on a condition still is one. An ability ("is able to") is no act either.
CONSEQUENCES = [
    row("If Iran refuses, the EU will hold a summit on the crisis.", id="summit-if"),
    row("If the talks succeed, Japan will send aid to North Korea.", id="aid-if"),
    row("If Iran continues enrichment, the EU will impose sanctions on it.", "THREATEN EUR>IRN", id="threat-if-stays"),
    row("Afghan rebel leaders said they would meet the UN mediator if he gave them a veto.", "AGREE AFG>UNO",
        id="promise-if-stays"),
    # an ability is no act; a past "was able to" did it
    row("Cyprus is able to block Turkey's entry talks.", id="is-able-to"),
    row("Japan and China were able to reach an agreement on the gas fields.", "AGREE CHN+JPN>", id="was-able-to"),
]


@pytest.mark.parametrize(("sentence", "events"), CONSEQUENCES)
def test_coder_codes_no_cooperation_that_hangs_on_a_condition(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# Being critical or supportive of a party is criticising or backing it (a stance
# adjective after "be" or "remain"); "critical infrastructure", "it is critical that …"
# name no one.
STANCE_ADJECTIVES = [
    row("The EU was highly critical of Russia's conduct in Chechnya.", "ACCUSE EUR>RUS", id="critical-of"),
    row("Japan remained supportive of the US plan.", "SUPPORT JPN>USA", id="supportive-of"),
    row("It is critical that Iran complies with the resolution.", id="critical-that"),
    row("Iran is critical of the new infrastructure.", id="critical-of-no-party"),
]


@pytest.mark.parametrize(("sentence", "events"), STANCE_ADJECTIVES)
def test_coder_codes_a_stance_adjective_toward_a_party(sentence: str, events: set[str]) -> None:
    assert coded(sentence) == events

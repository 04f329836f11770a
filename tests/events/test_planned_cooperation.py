"""Announced or promised cooperation is AGREE by the party that commits, with the partner
as recipient (PLOVER §3.1 AGREE: "indicate willingness or commitment to cooperate";
cooperation "reported in future tense" is AGREE; §3.2 CONSULT: "references to future
meetings, summits … should be coded as AGREE"). What is only possible, denied or already
done stays out.

Every sentence is written for these tests, wire-style, in the form
`row(sentence, "TYPE ACTOR>RECIPIENT", ...)` of tests/events/test_coder.py.
"""

from __future__ import annotations

import pytest

from event_signatures import asserted, row, signature

from dyadwatch.pipeline import annotate_text

from dyadwatch.nlp import load_nlp


@pytest.fixture(scope="module", autouse=True)
def model() -> None:
    load_nlp()


CONTINUED = [
    row("Japan will continue to support Vietnam in its bid to join the World Trade Organization.",
        "AGREE JPN>VNM", id="will-continue-to-support"),
    row("Brazil will keep backing Bolivia in its dispute with the gas companies.",
        "AGREE BRA>BOL", id="will-keep-backing"),
]

NOT_CONTINUED = [
    row("Cuban President Fidel Castro said Cubans would continue to protest American laws aimed at Cuba.",
        "PROTEST CUB>USA", id="protests-carried-on-are-no-promise"),
    row("Japan continued to support Vietnam in its bid to join the World Trade Organization.",
        "SUPPORT JPN>VNM", id="continued-to-support-is-done"),
]


@pytest.mark.parametrize(("sentence", "events"), CONTINUED)
def test_support_carried_on_under_a_future_verb_is_a_promise(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), NOT_CONTINUED)
def test_an_act_carried_on_in_the_past_or_not_cooperative_stays_itself(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


ROLE_PROMISED = [
    row("The European Union is ready to play its role at the border crossing, Solana said.",
        "AGREE EUR>", id="ready-to-play-its-role"),
    row("Tokyo will play its part in the reconstruction of Iraq, the Japanese prime minister said.",
        "AGREE JPN>IRQ", id="will-play-its-part-in-a-country"),
]

NO_ROLE_PROMISED = [
    row("Chinese President Hu Jintao hoped that Germany would continue to play its positive role within the EU.",
        id="a-role-another-hopes-for"),
    row("Israeli minister Tzachi Hanegbi was to have played a key role in organising the Likud leadership election.",
        id="a-role-one-was-to-have-played"),
    row("China played a constructive role in the six-party talks.", id="a-role-played-is-a-description"),
    row("Japan could play a role in the talks.", id="a-role-that-could-be-played"),
    row("Japan will not play any role in the negotiations.", id="a-role-refused-is-no-promise"),
]


@pytest.mark.parametrize(("sentence", "events"), ROLE_PROMISED)
def test_a_role_promised_in_a_common_undertaking_is_agree(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), NO_ROLE_PROMISED)
def test_a_role_described_possible_or_refused_is_no_promise(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


HOPED_FOR = [
    row("Iran voiced hope for talks with the United States on the nuclear standoff.",
        "AGREE IRN>USA", id="voiced-hope-for-talks-with"),
    row("Japanese Prime Minister Junichiro Koizumi expressed hope for closer cooperation with China.",
        "AGREE JPN>CHN", id="expressed-hope-for-cooperation-with"),
]

NOT_HOPED_FOR_OWN = [
    row("The UN secretary-general voiced hope for talks between Israel and Syria.", id="hope-for-talks-between-others"),
    row("Iran expressed hope for a peaceful solution to the crisis.", id="hope-for-an-outcome"),
]


@pytest.mark.parametrize(("sentence", "events"), HOPED_FOR)
def test_hope_voiced_for_ones_own_talks_is_willingness(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), NOT_HOPED_FOR_OWN)
def test_hope_for_others_talks_or_an_outcome_is_no_agree(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


GATHERINGS_TO_COME = [
    row("US President George W. Bush will also attend the 14th APEC (Asia-Pacific Economic Cooperation) Economic "
        "Leaders' Meeting on Saturday.", "AGREE USA>IGO", id="will-attend-a-meeting-named-by-its-body"),
    row("South African Foreign Minister Nkosazana Dlamini-Zuma will take part in a meeting of the African Union on "
        "Tuesday.", "AGREE ZAF>IGO", id="will-take-part-in-a-meeting-of-a-body"),
    row("Nepal's King Gyanendra will participate in the SAARC summit next week.", "AGREE NPL>IGO",
        id="will-participate-in-a-summit"),
    row("Nepal's King Gyanendra will participate in a regional summit to be held in Dhaka next week.",
        "AGREE NPL>BGD", id="will-participate-in-a-summit-held-abroad"),
    row("Nepal's King Gyanendra is scheduled to address the SAARC summit on Saturday.", "AGREE NPL>IGO",
        id="is-scheduled-to-address-a-summit"),
    row("The United States will be represented by Assistant Secretary of State Richard Boucher at the inauguration "
        "in Ashgabat.", "AGREE USA>TKM", id="will-be-represented-at-an-inauguration"),
]

GATHERINGS_DONE_OR_AT_HOME = [
    row("Nepal's King Gyanendra addressed the SAARC summit on Saturday.", "CONSULT NPL>IGO",
        id="addressed-a-summit-is-a-consultation"),
    row("The United States was represented by Richard Boucher at the summit of the African Union.",
        "CONSULT USA>IGO", id="was-represented-at-a-summit"),
    row("Bangladeshi Prime Minister Khaleda Zia will participate in a regional summit to be held in Dhaka next week.",
        "AGREE BGD>", id="a-summit-at-home-has-no-host-other-than-the-actor"),
    row("Nepal's King Gyanendra addressed reporters on Saturday.", id="addressing-reporters-is-no-gathering"),
    row("Sudanese President Omar al-Bashir will address the inaugural session of the party congress.",
        id="addressing-a-session-of-ones-own-party"),
    row("Chinese President Hu Jintao addressed the opening ceremony of the Beijing Summit.",
        id="addressing-a-summit-in-ones-own-capital"),
    row("The presidents of Liberia and Sudan attended the Beijing Summit of the China-Africa forum.",
        "CONSULT LBR+SDN>CHN", id="a-summit-named-by-a-foreign-capital-is-hosted-there"),
    row("The union represents 20,000 workers at the plant.", id="representing-workers-is-no-gathering"),
    row("Chilean Defense Minister Viviane Blanlot will represent the government at the funeral on Tuesday.",
        id="represented-at-an-occasion-of-no-other-party"),
]


@pytest.mark.parametrize(("sentence", "events"), GATHERINGS_TO_COME)
def test_a_part_to_come_in_a_gathering_is_agree_with_its_body_or_host(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


@pytest.mark.parametrize(("sentence", "events"), GATHERINGS_DONE_OR_AT_HOME)
def test_a_part_taken_in_a_gathering_is_consult_and_one_at_home_has_no_host(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


def test_a_summit_told_again_is_the_one_named_before() -> None:
    text = ("Nepal's King Gyanendra left Kathmandu on Friday for the 13th summit of the South Asian Association for "
            "Regional Cooperation (SAARC). The King is scheduled to address the summit on Saturday.")
    addressed = [e for e in annotate_text(text).events if e.event_text.startswith("address")]
    assert [signature(e) for e in addressed] == ["AGREE NPL>IGO"]


def test_a_summit_told_again_takes_no_body_from_far_back() -> None:
    text = ("The SAARC summit opened in Dhaka. Trade was slow. Prices rose. Rain fell. "
            "Nepal's King Gyanendra is scheduled to address the summit on Saturday.")
    addressed = [e for e in annotate_text(text).events if e.event_text.startswith("address")]
    assert addressed == []  # an address toward no body named is no event



REVIVED = [
    row("Germany is expected to revive talks on the European constitution next year.", "AGREE DEU>",
        id="expected-to-revive-talks"),
    row("Norway revived the stalled peace talks between the Sri Lankan government and the Tamil Tigers last year.",
        "CONSULT NOR>LKA", id="revived-talks-between-others"),
]


@pytest.mark.parametrize(("sentence", "events"), REVIVED)
def test_talks_revived_are_consult_and_expected_so_agree(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


MISJOINED_REPORTS = [
    row("The French ambassador said Mali values the partnership with France, and will continue to back France in "
        "the region.", "AGREE MLI>FRA", id="will-continue-to-back-continues-the-reported-clause"),
    row("Togolese Foreign Minister Kpatcha Gnassingbe said Togo values its ties with China, and China will support "
        "Togo in its development.", "AGREE CHN>TGO", id="a-verb-with-its-own-subject-keeps-it"),
]


@pytest.mark.parametrize(("sentence", "events"), MISJOINED_REPORTS)
def test_a_promise_joined_to_the_report_is_the_reported_clauses_subjects(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events


# an act someone "is about to" do is still to come: a signing so told is a promise (AGREE)
ABOUT_TO = [
    row("Indonesia is about to sign a security agreement with Australia.", "AGREE IDN>AUS", id="is-about-to-sign"),
    row("Vietnam and Cambodia were about to sign a border treaty, officials said.", "AGREE KHM+VNM>",
        id="were-about-to-sign-jointly"),
]


@pytest.mark.parametrize(("sentence", "events"), ABOUT_TO)
def test_an_act_someone_is_about_to_do_is_to_come(sentence: str, events: set[str]) -> None:
    assert asserted(sentence) == events

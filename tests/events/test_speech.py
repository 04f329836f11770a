"""Statements coded by what they say (events.speech): the speaker is the actor, the
party the statement is about the recipient. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyadwatch.errors import ConfigError
from dyadwatch.plover.ontology import load_ontology
from dyadwatch.events.speech import load_speech_cues, parse_speech_cues
from dyadwatch.pipeline import annotate_text


def coded(sentence: str, *, only_speech: bool = False) -> set[str]:
    """`TYPE ACTOR>RECIPIENT` of the sentence's events (or only its speech acts)."""
    events = annotate_text(sentence).events
    return {
        f"{e.event} {'+'.join(sorted(a.code for a in e.actor))}>{'+'.join(sorted(r.code for r in e.recipient))}"
        for e in events
        if "/speech." in e.pattern or not only_speech
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"Russia\'s annexation of the islands is illegal," the Japanese foreign minister said.',
         {"ACCUSE JPN>RUS", "COERCE RUS>"}),  # the annexation is coded as well
        ("The Kenyan president said he welcomed Uganda's decision to reopen the border.", {"SUPPORT KEN>UGA"}),
        ('"Serbia must hand over the suspects," the Croatian prime minister told reporters.', {"REQUEST HRV>SRB"}),
        ('"We are ready to cooperate with Vietnam," the Laotian foreign minister said.', {"AGREE LAO>VNM"}),
        ('"Pakistan has violated the truce," an Indian army spokesman said on Sunday.',
         {"ACCUSE IND>PAK", "ASSAULT PAK>"}),
        # judging another party's proposal unworkable refuses it; judging its act, accuses it
        ("The Turkish foreign minister said the German proposal would make things worse.",
         {"REJECT TUR>DEU", "AGREE DEU>"}),
        ("The Russian foreign minister said the US plan was unacceptable.", {"REJECT RUS>USA"}),
        ("The Russian foreign minister said the US strikes were unacceptable.", {"ACCUSE RUS>USA", "ASSAULT USA>"}),
        # calling a party a wrongdoer's name accuses it
        ("The Iraqi president called the American president a liar on Thursday.", {"ACCUSE IRQ>USA"}),
        ('"We will liberate our country from the Ethiopian invaders," the Somali Islamist leader said.',
         {"ACCUSE SOM>ETH"}),
        # relaying wrongdoing alleged of another party accuses it
        ("The UN report said Saddam Hussein's regime manipulated the oil-for-food programme.", {"ACCUSE UNO>IRQ"}),
        ("Britain said the Iranian government had fabricated the evidence.", {"ACCUSE GBR>IRN"}),
        ("The Ukrainian opposition said Russia had meddled in the election.", {"ACCUSE UKR>RUS"}),
    ],
)
def test_a_statement_is_coded_by_what_it_says(sentence, expected):
    assert coded(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the statement is about the victim of an act no one is named for
        '"The occupation of Cyprus is illegal," the Greek foreign minister said.',
        # negated, asked, or about no other party
        '"The agreement with Chile is not illegal," the Peruvian minister said.',
        '"Is this not a provocation by Japan?" the Chinese spokesman asked.',
        '"We think that instead of blaming Russia we need to move ahead," the Georgian minister said.',
        '"The situation is regrettable," the Egyptian minister said.',
        "Britain said the vote in Nairobi was not rigged.",
        # a title is no name-calling: the reporter names the man as history does
        "The trial of ousted Iraqi dictator Saddam Hussein was adjourned until Wednesday, a French correspondent said.",
        # the cue is someone else's act: refugees whom authorities blame
        "Thousands of Liberian refugees, whom local authorities blame for the unrest, fled, Amnesty said.",
    ],
)
def test_a_statement_that_accuses_no_named_party_is_no_event(sentence):
    assert coded(sentence, only_speech=True) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a commitment is its subject's, whoever reports it
        ("The Chinese president said Beijing is willing to work with the new German government.", {"AGREE CHN>DEU"}),
        ("The Algerian government is committed to establishing ties with Zimbabwe, a diplomat said.", {"AGREE DZA>ZWE"}),
        # what one is ready for, where the object names no party: the party named nearest
        # ("ready to play a role in …" is now pattern agree.play-role's)
        ("Italy is ready to contribute to the reconstruction of Albania, the defence minister said.",
         {"AGREE ITA>ALB"}),
        # a speaker's own readiness is the speaker's
        ('"We are ready to talk to Seoul," the North Korean envoy said.', {"AGREE PRK>KOR"}),
    ],
)
def test_a_commitment_is_coded_as_its_subjects_agree(sentence, expected):
    assert coded(sentence, only_speech=True) == expected


def test_a_crime_committed_by_an_unnamed_party_is_no_accusation_of_its_victim():
    assert coded('"The rebels committed atrocities against Uganda," the Kenyan minister said.', only_speech=True) == set()


def test_a_reporting_verb_that_is_itself_an_event_is_coded_once():
    events = annotate_text("The Thai prime minister accused Cambodia of illegal incursions.").events
    assert [e.event for e in events] == ["ACCUSE"]
    assert "/speech." not in events[0].pattern


def test_the_speech_cues_load_and_a_bad_cue_is_refused_with_its_file():
    assert [cue.event for cue in load_speech_cues().cues][:2] == ["THREATEN", "REQUEST"]
    with pytest.raises(ConfigError, match="cues.toml:5: cue.weight: unknown key"):
        parse_speech_cues('[[cue]]\nid = "x"\nevent = "ACCUSE"\nlemmas = ["bad"]\nweight = 2\n', source="cues.toml",
                          ontology=load_ontology())
    with pytest.raises(ConfigError, match="not in the PLOVER ontology"):
        parse_speech_cues('[[cue]]\nid = "x"\nevent = "SCOLD"\nlemmas = ["bad"]\n', source="cues.toml",
                          ontology=load_ontology())


def test_a_commitment_reported_by_an_anonymous_source_keeps_full_confidence():
    [agree] = [e for e in annotate_text("Officials said China is willing to work with Germany.").events]
    assert (agree.event, agree.confidence) == ("AGREE", 0.8)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # wanting another party to act is asking it; what it is wanted to do has not happened
        ("Japan wants Russia to return the disputed islands.", {"REQUEST JPN>RUS"}),
        ("Israel wants the EU to arrest any Palestinian suspected of smuggling arms.", {"REQUEST ISR>EUR"}),
        # wanting to act oneself is an intention, not a request
        ("The Kenyan president wants to visit China.", set()),
    ],
)
def test_wanting_another_party_to_act_is_a_request_of_it(sentence, expected):
    assert coded(sentence) == expected

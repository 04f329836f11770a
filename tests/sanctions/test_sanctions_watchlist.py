"""Watchlists: FollowTheMoney JSON lines and CSV imports, transliteration-aware name
matching, and watchlist flags on events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sanctions_builders import actors, make_article, make_event, mention

from dyadwatch.errors import ConfigError
from dyadwatch.pipeline import annotate_text
from dyadwatch.records import Actor, EventAux
from dyadwatch.registry import default_stages
from dyadwatch.sanctions import load_lens, make_sanctions_stage
from dyadwatch.sanctions.match import flag_article
from dyadwatch.sanctions.watchlist import Watchlist, load_watchlist, normalize_name, read_csv, read_ftm

DATA = Path(__file__).parent / "data"
FTM = DATA / "watchlist.ftm.jsonl"
CSV = DATA / "watchlist.csv"


def test_watchlist_imports_persons_and_organizations_from_ftm_lines():
    entries = {e.id: e for e in read_ftm(FTM)}
    assert set(entries) == {"test-komid", "test-person-jong", "test-person-parts", "test-bank"}
    komid = entries["test-komid"]
    assert (komid.kind, komid.caption, komid.countries, komid.list) == (
        "organization", "Korea Mining Development Trading Corporation", ("kp",), "test_sanctions",
    )  # fmt: skip
    assert komid.names == ("Korea Mining Development Trading Corporation", "KOMID", "Changgwang Sinyong Corporation")
    assert entries["test-person-jong"].kind == "person" and "정선희" in entries["test-person-jong"].names
    assert entries["test-komid"].source.endswith("watchlist.ftm.jsonl:1")


def test_watchlist_ftm_takes_names_from_parts_previous_names_and_all_datasets():
    entries = {e.id: e for e in read_ftm(FTM)}
    assert entries["test-person-parts"].names == ("Pyong Chol Pak",)
    bank = entries["test-bank"]
    assert bank.names == ("Tanchon Commercial Bank", "Changgwang Credit Bank")  # not the nested owner's name
    assert bank.list == "test_sanctions, test_other"


def test_watchlist_ftm_skips_other_schemas_and_non_targets():
    names = {name for entry in read_ftm(FTM) for name in entry.names}
    assert not names & {"Kim Mi Ok", "Chon Ma San", "Central District, Pyongyang", "Nested Owner Trading"}


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "not a JSON line"),
        ('["a list"]', "expected a FtM entity object"),
        ('{"schema": "Person", "properties": {"name": ["No Id"]}}', "has no id"),
    ],
)
def test_watchlist_ftm_says_which_line_is_broken(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(FTM.read_text("utf-8").splitlines()[0] + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"bad.jsonl:2: .*{message}"):
        list(read_ftm(path))


def test_watchlist_imports_csv_with_aliases_kind_and_default_list():
    entries = list(read_csv(CSV))
    ma, dhid, kumsan = entries
    assert (ma.names, ma.kind, ma.countries, ma.list) == (
        ("Ma Xiaohong", "马晓红", "Ma Xiao Hong"),
        "person",
        ("cn",),
        "test_csv",
    )
    assert (dhid.kind, dhid.names[1]) == ("organization", "DHID")
    assert (kumsan.kind, kumsan.list, kumsan.id) == ("any", "watchlist", "watchlist-4")


@pytest.mark.parametrize(
    "content, message",
    [
        ("who,aliases\nKim,\n", "needs a header with a name column"),
        ("name,kind\nKim Chol,vessel\n", "unknown kind 'vessel'"),
        ("name,aliases\n,Kim\n", "the name is empty"),
    ],
)
def test_watchlist_csv_errors_say_what_to_fix(tmp_path, content, message):
    path = tmp_path / "list.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        list(read_csv(path))


NORMALIZED = [
    ("Kim Jong-un", "kim jong un"),
    ("김정은", "kim jong un"),
    ("Ким Чен Ын", "kim chen yn"),
    ("Jeong Seon-hui", "jong son hui"),
    ("Thae Yong Ho", "tae yong ho"),
    ("Chŏng Sŏn-hŭi", "jong son hui"),
    ("Korea Mining Development Trading Corp.", "korea mining development trading"),
    ("The Tanchon Commercial Bank Ltd", "tanchon commercial bank"),
    ("马晓红", "ma xiao hong"),
]


@pytest.mark.parametrize("name, key", NORMALIZED)
def test_normalize_name_transliterates_and_unifies_romanizations(name, key):
    assert normalize_name(name) == key


MATCHES = [
    # (name in the text, kind, entry expected or None)
    ("Jong Son Hui", "person", "test-person-jong"),
    ("Jeong Seon Hui", "person", "test-person-jong"),
    ("정선희", "person", "test-person-jong"),
    ("Jong Sonhui", "person", "test-person-jong"),
    ("Jong Son Hui", "organization", None),
    ("Jong Son Il", "person", None),
    ("Korea Mining Development Trading Corp", "organization", "test-komid"),
    ("KOMID", "organization", "test-komid"),
    ("Korea Mining Development", "organization", None),
    ("Ma Xiao-hong", "person", "watchlist-2"),
    ("Kumsan Trading", "organization", "watchlist-4"),
    ("Kumsan Trading", "person", "watchlist-4"),
    ("Kim", "person", None),
]


@pytest.fixture(scope="module")
def watchlist() -> Watchlist:
    return load_watchlist([FTM, CSV])


@pytest.mark.parametrize("name, kind, entry", MATCHES)
def test_watchlist_matches_names_across_spellings_and_scripts(watchlist, name, kind, entry):
    found = watchlist.match(name, kind=kind)
    ids = {"Ma Xiaohong": "watchlist-2", "Kumsan Trading": "watchlist-4"}
    got = None if found is None else ids.get(found.entry.caption, found.entry.id)
    assert got == entry
    assert found is None or 0.9 <= found.score <= 1.0


def test_watchlist_flags_an_event_whose_actor_is_a_listed_person():
    sentence = "Jeong Seon-hui sent missiles to Syria."
    person = Actor("PRK", sectors=("GOV",), name="Jeong Seon-hui", person="Jeong Seon-hui", rule="person.title")
    event = make_event(sentence, parties=(person,), recipient=("SYR",), trigger="sent")
    flags = flag_article(make_article(sentence, event), None, lens=load_lens([FTM]))
    [flag] = [f for f in flags if f.rule.startswith("watchlist/")]
    assert (flag.rule, flag.regime, flag.event_id, flag.matched) == (
        "watchlist/test-person-jong", "test_sanctions", event.id, ("Jeong Seon-hui", "Jeong Seon-hui"),
    )  # fmt: skip
    assert flag.score == 1.0 and flag.reason.startswith("Jeong Seon-hui matches Jong Son Hui, a listed person")


def test_watchlist_flags_a_listed_organization_named_in_the_event_clause():
    sentence = "North Korea's Korea Mining Development Trading Corporation sent weapons to Iran."
    event = make_event(sentence, recipient=("IRN",), trigger="sent weapons")
    org = mention(sentence, "Korea Mining Development Trading Corporation", label="ORG")
    flags = flag_article(make_article(sentence, event, mentions=(org,)), None, lens=load_lens([FTM]))
    assert {f.rule for f in flags} == {"watchlist/test-komid", "un-dprk/export.arms"}


def test_watchlist_flags_nothing_for_a_negated_event():
    sentence = "KOMID did not send weapons to Iran."
    event = make_event(sentence, recipient=("IRN",), trigger="send", aux=EventAux(negated=True))
    org = mention(sentence, "KOMID", label="ORG")
    assert flag_article(make_article(sentence, event, mentions=(org,)), None, lens=load_lens([FTM])) == ()


def test_watchlist_flags_nothing_for_a_name_outside_the_event_sentence():
    first, text = "North Korea sent weapons to Iran.", "North Korea sent weapons to Iran. KOMID was not involved."
    event = make_event(first, recipient=("IRN",), trigger="sent")
    org = mention(text, "KOMID", label="ORG")
    flags = flag_article(make_article(text, event, mentions=(org,)), None, lens=load_lens([FTM]))
    assert [f.rule for f in flags] == ["un-dprk/export.arms"]


def test_watchlist_leaves_country_actors_unmatched():
    watch = Watchlist(load_watchlist([CSV]).entries + tuple(read_ftm(FTM)))
    sentence = "North Korea sent coal to China."
    event = make_event(sentence, recipient=("CHN",), parties=actors("PRK"))
    assert watch.match("North Korea", kind="organization") is None
    assert all(
        f.rule.startswith("un-dprk/") for f in flag_article(make_article(sentence, event), None, lens=load_lens([CSV]))
    )


@pytest.mark.model
def test_sanctions_stage_flags_a_listed_person_in_a_parsed_sentence():
    stages = (*default_stages(), make_sanctions_stage([CSV]))
    annotated = annotate_text(
        "Chinese businessman Ma Xiaohong sent equipment to North Korea.", published=dt.date(2024, 5, 1), stages=stages
    )
    [flag] = annotated.flags
    assert (flag.rule, flag.regime, flag.matched, flag.score) == (
        "watchlist/watchlist-2",
        "test_csv",
        ("Ma Xiaohong", "Ma Xiaohong"),
        1.0,
    )

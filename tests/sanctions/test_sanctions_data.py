"""The shipped sanctions data and the loader's checks of regime files."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from dyadwatch.errors import ConfigError
from dyadwatch.sanctions.rules import load_regimes, load_settings, parse_regime

DATA = Path(__file__).parent / "data"
RESOLUTION = re.compile(r"UNSCR (\d{4}) \((\d{4})\)")
RULE_FAMILIES = {"export", "supply", "activity", "service"}


def un_dprk():
    [regime] = [r for r in load_regimes() if r.id == "un-dprk"]
    return regime


def adopted() -> dict[str, dt.date]:
    return {i.id.split(" (")[0]: i.adopted for i in un_dprk().instruments}


def test_un_dprk_targets_north_korea_under_its_nine_resolutions():
    regime = un_dprk()
    assert regime.target == {"PRK"}
    numbers = {"1718", "1874", "2087", "2094", "2270", "2321", "2371", "2375", "2397"}
    assert set(adopted()) == {f"UNSCR {n}" for n in numbers}


def test_un_dprk_rules_cite_a_listed_resolution_and_paragraph():
    known = adopted()
    for rule in un_dprk().rules:
        for citation in (rule.source, *rule.also):
            assert "para" in citation or "annex" in citation, (rule.id, citation)
            for number, _year in RESOLUTION.findall(citation):
                assert f"UNSCR {number}" in known, (rule.id, citation)


def test_un_dprk_rules_start_when_a_cited_resolution_was_adopted():
    known = adopted()
    for rule in un_dprk().rules:
        dates = {known[f"UNSCR {n}"] for citation in (rule.source, *rule.also) for n, _ in RESOLUTION.findall(citation)}
        assert rule.since in dates, (rule.id, rule.since, dates)


def test_un_dprk_rules_cover_each_family_the_issue_names():
    ids = {rule.id.split("/", 1)[1] for rule in un_dprk().rules}
    assert {i.split(".")[0] for i in ids} == RULE_FAMILIES
    expected = {
        "export.coal-iron", "export.lead", "export.seafood", "export.textiles", "export.food-agriculture",
        "export.machinery-electrical", "export.earth-stone", "export.wood", "export.vessels",
        "supply.industrial-machinery", "supply.transport-vehicles", "supply.metals", "supply.refined-petroleum",
        "supply.crude-oil", "supply.arms", "supply.luxury-goods", "activity.overseas-workers", "activity.joint-ventures",
    }  # fmt: skip
    assert expected <= ids


def test_un_dprk_goods_carry_hs_codes():
    for rule in un_dprk().rules:
        for term in rule.terms:
            assert term.kind != "goods" or term.hs, (rule.id, term.text)


def test_matching_settings_name_the_event_types_of_trade():
    settings = load_settings()
    assert {"AID", "COOPERATE", "AGREE"} <= settings.eligible and "SANCTION" not in settings.eligible
    assert ("before", "the", "ban") in settings.before_the_measure


GOOD_RULE = """
[regime]
id = "t"
name = "Test"
target = ["PRK"]

[[rule]]
id = "r"
direction = "from"
since = 2017-08-05
source = "UNSCR 2371 (2017) para 8"
reason = "No coal"
goods = [{ hs = ["2701"], words = ["coal"] }]
"""

BROKEN = [
    ('direction = "from"', 'direction = "out"', "t.toml:9: rule.direction: Input should be 'from', 'to' or 'with'"),
    ('reason = "No coal"\n', "", "t.toml:7: rule.reason: missing key"),
    ('reason = "No coal"', 'reason = "No coal"\nwhy = "x"', "t.toml:13: rule.why: unknown key"),
    ("since = 2017-08-05", 'since = "August 2017"', "t.toml:10: rule.since: Input should be a valid date"),
    ("since = 2017-08-05", "since = 2017-08-05\nuntil = 2016-01-01", "must come after since"),
    ('words = ["coal"]', "words = []", "covers nothing"),
    ('words = ["coal"]', 'words = [""]', "t.toml:13: rule.goods.words: String should match pattern"),
    ('target = ["PRK"]', "", "t.toml:2: regime.target: missing key"),
]


def test_a_good_regime_file_loads():
    regime = parse_regime(GOOD_RULE, source="t.toml")
    assert [r.id for r in regime.rules] == ["t/r"] and regime.rules[0].terms[0].words == ("coal",)


@pytest.mark.parametrize("old, new, message", BROKEN)
def test_a_broken_regime_file_says_what_is_wrong(old, new, message):
    with pytest.raises(ConfigError, match=message):
        parse_regime(GOOD_RULE.replace(old, new), source="t.toml")


def test_a_rule_id_used_twice_is_refused():
    twice = GOOD_RULE + GOOD_RULE.split("\n\n", 1)[1]
    with pytest.raises(ConfigError, match="used twice"):
        parse_regime(twice, source="t.toml")


def test_extra_regime_files_load_after_the_shipped_ones():
    regimes = load_regimes([DATA / "lifted-regime.toml"])
    assert [r.id for r in regimes] == ["un-dprk", "test-civ"]
    assert regimes[1].rules[0].until == dt.date(2016, 4, 28)
    with pytest.raises(ConfigError, match="regime id 'test-civ' is used twice"):
        load_regimes([DATA / "lifted-regime.toml", DATA / "lifted-regime.toml"])


@pytest.mark.parametrize(
    "day, in_force",
    [(dt.date(2005, 12, 14), False), (dt.date(2005, 12, 15), True), (dt.date(2016, 4, 27), True),
     (dt.date(2016, 4, 28), False), (None, False)],
)  # fmt: skip
def test_a_rule_is_in_force_from_since_until_lifted(day, in_force):
    rule = load_regimes([DATA / "lifted-regime.toml"])[1].rules[0]
    assert rule.in_force(day) is in_force

"""Sanctions rules by family, on events built by hand (no parser: the clause is the
sentence). Each row: the sentence, who acts, who receives, the event type, and the rule
that must flag it — or None when nothing may be flagged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sanctions_builders import make_article, make_event, mention

from dyadwatch.records import Actor, EventAux
from dyadwatch.sanctions import load_lens
from dyadwatch.sanctions.match import flag_article

HERE = Path(__file__).parent
LIFTED = HERE / "data" / "lifted-regime.toml"


def flag_rules(sentence: str, **event_fields) -> set[str]:
    event = make_event(sentence, **event_fields)
    flags = flag_article(make_article(sentence, event), None, lens=load_lens())
    return {flag.rule for flag in flags}


def check(sentence: str, actor: tuple[str, ...], recipient: tuple[str, ...], event: str, rule: str | None) -> None:
    found = flag_rules(sentence, actor=actor, recipient=recipient, event=event)
    if rule is None:
        assert found == set(), found
    else:
        assert f"un-dprk/{rule}" in found, found


PRK, CHN, RUS = ("PRK",), ("CHN",), ("RUS",)

EXPORTS = [
    ("North Korea sold coal to China.", PRK, CHN, "AID", "export.coal-iron"),
    ("North Korea shipped iron ore to China.", PRK, CHN, "AID", "export.coal-iron"),
    ("North Korea exported magnesite to China.", PRK, CHN, "AID", "export.earth-stone"),
    ("North Korea sold magnesia to Japan.", PRK, ("JPN",), "AID", "export.earth-stone"),
    ("North Korea delivered seafood to China.", PRK, CHN, "AID", "export.seafood"),
    ("North Korea sold crabs to China.", PRK, CHN, "AID", "export.seafood"),
    ("North Korea sent textiles to China.", PRK, CHN, "AID", "export.textiles"),
    ("North Korea sold garments to China.", PRK, CHN, "AID", "export.textiles"),
    ("North Korea sold lead to China.", PRK, CHN, "AID", "export.lead"),
    ("North Korea exported pine mushrooms to China.", PRK, CHN, "AID", "export.food-agriculture"),
    ("North Korea sold machinery to Iran.", PRK, ("IRN",), "AID", "export.machinery-electrical"),
    ("North Korea sold electrical equipment to Iran.", PRK, ("IRN",), "AID", "export.machinery-electrical"),
    ("North Korea sold timber to China.", PRK, CHN, "AID", "export.wood"),
    ("North Korea sold vessels to China.", PRK, CHN, "AID", "export.vessels"),
    ("North Korea sold gold to China.", PRK, CHN, "AID", "export.gold-rare-earths"),
    ("North Korea sold zinc to China.", PRK, CHN, "AID", "export.base-metals"),
    ("North Korea sold arms to Russia.", PRK, RUS, "AID", "export.arms"),
    ("North Korea shipped artillery shells to Russia.", PRK, RUS, "AID", "export.arms"),
    ("North Korea traded coal with China.", PRK, CHN, "COOPERATE", "export.coal-iron"),
    ("China traded coal with North Korea.", CHN, PRK, "COOPERATE", "export.coal-iron"),
]

SUPPLIES = [
    ("Russia supplied machinery to North Korea.", RUS, PRK, "AID", "supply.industrial-machinery"),
    ("China sold excavators to North Korea.", CHN, PRK, "AID", "supply.industrial-machinery"),
    ("China sold trucks to North Korea.", CHN, PRK, "AID", "supply.transport-vehicles"),
    ("Russia delivered helicopters to North Korea.", RUS, PRK, "AID", "supply.helicopters-vessels"),
    ("China sold steel to North Korea.", CHN, PRK, "AID", "supply.metals"),
    ("Russia sent refined petroleum to North Korea.", RUS, PRK, "AID", "supply.refined-petroleum"),
    ("Russia sent diesel to North Korea.", RUS, PRK, "AID", "supply.refined-petroleum"),
    ("Russia shipped crude oil to North Korea.", RUS, PRK, "AID", "supply.crude-oil"),
    ("Russia supplied jet fuel to North Korea.", RUS, PRK, "AID", "supply.aviation-fuel"),
    ("Russia supplied condensates to North Korea.", RUS, PRK, "AID", "supply.condensates"),
    ("Russia supplied missiles to North Korea.", RUS, PRK, "AID", "supply.arms"),
    ("China sold yachts to North Korea.", CHN, PRK, "AID", "supply.luxury-goods"),
    ("Germany sold luxury cars to North Korea.", ("DEU",), PRK, "AID", "supply.luxury-goods"),
]

ACTIVITIES = [
    ("North Korea will send workers to Russia.", PRK, RUS, "AGREE", "activity.overseas-workers"),
    ("North Korea sent construction workers to Russia.", PRK, RUS, "AID", "activity.overseas-workers"),
    ("North Korea and China agreed to set up a joint venture.", ("PRK", "CHN"), (), "AGREE", "activity.joint-ventures"),
    ("Russia agreed with North Korea on a joint venture.", RUS, PRK, "AGREE", "activity.joint-ventures"),
    (
        "Tankers cooperated with North Korea in ship-to-ship transfers.",
        ("IGO",),
        PRK,
        "COOPERATE",
        "activity.ship-to-ship",
    ),
    (
        "Russia promised North Korea scientific and technical cooperation.",
        RUS,
        PRK,
        "AGREE",
        "service.scientific-cooperation",
    ),
    ("Russia offered North Korea military training.", RUS, PRK, "AGREE", "supply.military-services"),
    ("China offered North Korea export credits.", CHN, PRK, "AGREE", "service.trade-finance"),
]

# Nothing may be flagged: not covered, the wrong way, not the target, not trade.
NEGATIVES = [
    ("China sent wheat to North Korea.", CHN, PRK, "AID", None),
    ("Russia delivered grain to North Korea.", RUS, PRK, "AID", None),
    ("China delivered humanitarian aid to North Korea.", CHN, PRK, "AID", None),
    ("China sent food aid to North Korea.", CHN, PRK, "AID", None),
    ("North Korea and China cooperated on food aid.", PRK, CHN, "COOPERATE", None),
    ("Russia sent medicine to North Korea.", RUS, PRK, "AID", None),
    ("North Korea exported wheat to China.", PRK, CHN, "AID", None),  # cereals are HS 10, not 07/08/12
    ("China sent coal to North Korea.", CHN, PRK, "AID", None),  # coal is banned from, not to, North Korea
    ("Russia sent cooking oil to North Korea.", RUS, PRK, "AID", None),
    ("Russia shipped weapons to Ukraine.", RUS, ("UKR",), "AID", None),
    ("Russia sold coal to China.", RUS, CHN, "AID", None),
    ("Japan cut coal trade with North Korea.", ("JPN",), PRK, "SANCTION", None),
    ("North Korea sent aid workers to Russia.", PRK, RUS, "AID", None),
    ("North Korea ruled with an iron fist toward China.", PRK, CHN, "COOPERATE", None),
    ("China and North Korea agreed on a joint venture for a hydroelectric dam.", ("CHN", "PRK"), (), "AGREE", None),
    ("Russia supplied spare parts for passenger aircraft to North Korea.", RUS, PRK, "AID", None),
]


@pytest.mark.parametrize("sentence, actor, recipient, event, rule", EXPORTS, ids=[r[4] for r in EXPORTS])
def test_rules_flag_exports_from_north_korea(sentence, actor, recipient, event, rule):
    check(sentence, actor, recipient, event, rule)


@pytest.mark.parametrize("sentence, actor, recipient, event, rule", SUPPLIES, ids=[r[4] for r in SUPPLIES])
def test_rules_flag_supplies_to_north_korea(sentence, actor, recipient, event, rule):
    check(sentence, actor, recipient, event, rule)


@pytest.mark.parametrize("sentence, actor, recipient, event, rule", ACTIVITIES, ids=[r[4] for r in ACTIVITIES])
def test_rules_flag_workers_joint_ventures_and_services(sentence, actor, recipient, event, rule):
    check(sentence, actor, recipient, event, rule)


@pytest.mark.parametrize("sentence, actor, recipient, event, rule", NEGATIVES, ids=[r[0] for r in NEGATIVES])
def test_rules_flag_nothing_outside_the_measures(sentence, actor, recipient, event, rule):
    check(sentence, actor, recipient, event, rule)


def test_rules_flag_nothing_in_a_negated_event():
    assert (
        flag_rules(
            "North Korea did not sell coal to China.", recipient=("CHN",), trigger="sell", aux=EventAux(negated=True)
        )
        == set()
    )


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("In 2017, before the ban, North Korea sold textiles to China.", dt.date(2024, 5, 1)),
        ("North Korea sold textiles to China in January 2017.", dt.date(2017, 1, 1)),
        ("North Korea sold machinery to China in 2015.", dt.date(2015, 6, 1)),
    ],
)
def test_rules_flag_nothing_before_the_measure(sentence, date):
    assert flag_rules(sentence, recipient=("CHN",), trigger="sold", date=date, aux=EventAux(historical=True)) == set()


def test_rules_flag_a_historical_trade_made_while_the_measure_was_in_force():
    found = flag_rules("In 2018, North Korea sold coal to China.", recipient=("CHN",), trigger="sold",
                       date=dt.date(2018, 1, 1), aux=EventAux(historical=True))  # fmt: skip
    assert found == {"un-dprk/export.coal-iron"}


def test_rules_date_an_undated_event_by_publication():
    sentence = "North Korea sold textiles to China."
    event = make_event(sentence, recipient=("CHN",), date=None)
    article = make_article(sentence, event)
    early = dataclasses.replace(article, article=dataclasses.replace(article.article, published=dt.date(2017, 1, 1)))
    assert flag_article(article, None, lens=load_lens())
    assert not flag_article(early, None, lens=load_lens())


LIFTED_ROWS = [
    # (sentence, event date, historical, flagged?)
    ("In 2010, Ivory Coast sold diamonds to Lebanon.", dt.date(2010, 1, 1), True, False),
    ("Ivory Coast sold diamonds to Lebanon.", dt.date(2024, 5, 1), False, False),
    ("Ivory Coast sold diamonds to Lebanon.", dt.date(2010, 3, 1), False, True),
]


@pytest.mark.parametrize("sentence, date, historical, flagged", LIFTED_ROWS)
def test_rules_flag_a_lifted_measure_only_while_it_was_in_force(sentence, date, historical, flagged):
    event = make_event(sentence, actor=("CIV",), recipient=("LBN",), trigger="sold", date=date,
                       aux=EventAux(historical=historical))  # fmt: skip
    flags = flag_article(make_article(sentence, event), None, lens=load_lens(regimes=[LIFTED]))
    assert bool(flags) is flagged


def test_rules_take_the_origin_of_a_good_from_the_name_before_it():
    sentence = "China traded North Korean coal to Japan."
    event = make_event(sentence, actor=("CHN",), recipient=("JPN",), event="AID", trigger="traded")
    korean = mention(sentence, "North Korean", actor=Actor("PRK", name="North Korea"))
    flags = flag_article(make_article(sentence, event, mentions=(korean,)), None, lens=load_lens())
    assert [f.rule for f in flags] == ["un-dprk/export.coal-iron"]


def test_a_rule_flag_records_rule_regime_words_event_and_reason():
    sentence = "North Korea exported magnesite to China."
    event = make_event(sentence, recipient=("CHN",))
    [flag] = flag_article(make_article(sentence, event), None, lens=load_lens())
    assert (flag.rule, flag.regime, flag.event_id, flag.matched) == (
        "un-dprk/export.earth-stone", "un-dprk", event.id, ("magnesite",),
    )  # fmt: skip
    assert flag.reason.endswith("(UNSCR 2397 (2017) para 6).") and flag.reason.count(". ") == 0
    assert flag.score is None


def test_a_rule_flag_lists_the_longest_words_matched():
    sentence = "North Korea sold iron ore and coal to China."
    [flag] = flag_article(make_article(sentence, make_event(sentence, recipient=("CHN",))), None, lens=load_lens())
    assert flag.matched == ("iron ore", "coal")

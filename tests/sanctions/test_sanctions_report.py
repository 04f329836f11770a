"""`flagged_events` (what `dyadwatch sanctions` lists) and the command itself."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from sanctions_builders import make_article, make_event

from dyadwatch.cli.sanctions import COMMANDS, sanctions_stages
from dyadwatch.records import Flag
from dyadwatch.sanctions import STAGE_NAME, flagged_events, flagged_record, load_lens
from dyadwatch.sanctions.match import flag_article

CSV = Path(__file__).parent / "data" / "watchlist.csv"


def flagged_article(sentence: str, date: dt.date, *, extra: tuple[Flag, ...] = ()):
    event = make_event(sentence, recipient=("CHN",), date=date)
    article = make_article(sentence, event)
    return dataclasses.replace(article, flags=flag_article(article, None, lens=load_lens()) + extra)


def test_flagged_events_pairs_each_flag_with_its_event_and_article():
    article = flagged_article("North Korea sold coal to China.", dt.date(2024, 1, 5))
    [item] = flagged_events([article])
    assert (item.flag.rule, item.event.id, item.doc_id) == ("un-dprk/export.coal-iron", article.events[0].id, "doc")


@pytest.mark.parametrize(
    "regime, since, expected",
    [
        (None, None, 2),
        ("un-dprk", None, 1),
        ("test_csv", None, 1),
        ("eu-russia", None, 0),
        (None, dt.date(2024, 1, 5), 2),
        (None, dt.date(2024, 1, 6), 0),
    ],
)
def test_flagged_events_filter_by_regime_and_date(regime, since, expected):
    article = flagged_article("North Korea sold coal to China.", dt.date(2024, 1, 5))
    listed = Flag("watchlist/x", "test_csv", article.events[0].id, ("Kim", "Kim"), "Kim matches Kim.", 0.95)
    article = dataclasses.replace(article, flags=article.flags + (listed,))
    assert len(list(flagged_events([article], regime=regime, since=since))) == expected


def test_flagged_record_is_flat_with_the_evidence():
    [item] = flagged_events([flagged_article("North Korea sold coal to China.", dt.date(2024, 1, 5))])
    record = flagged_record(item)
    assert record["rule"] == "un-dprk/export.coal-iron" and record["matched"] == ["coal"]
    assert (record["actor"], record["recipient"], record["date"]) == ("PRK", "CHN", "2024-01-05")
    assert record["text"] == "North Korea sold coal to China." and record["reason"].endswith("para 8).")


def test_sanctions_stages_add_the_sanctions_stage_once_and_last():
    stages = sanctions_stages([CSV])
    assert [s.name for s in stages].count(STAGE_NAME) == 1 and stages[-1].name == STAGE_NAME


@pytest.fixture
def cli() -> click.Group:
    return click.Group("dyadwatch", commands=COMMANDS)


@pytest.mark.model
def test_sanctions_command_lists_flagged_events_as_json_lines(cli, write):
    text = "North Korea will send workers to Russia, officials said.\n\nChina sent wheat to North Korea.\n"
    path = write("a.txt", "Workers abroad\n\n" + text)
    result = CliRunner().invoke(cli, ["sanctions", str(path), "--published", "2024-05-01"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.output.splitlines()]
    assert (record["rule"], record["regime"], record["matched"]) == (
        "un-dprk/activity.overseas-workers",
        "un-dprk",
        ["workers"],
    )
    assert record["text"] == "North Korea will send workers to Russia, officials said."


@pytest.mark.model
def test_sanctions_command_filters_and_reads_watchlists(cli, write):
    path = write("a.txt", "Trade\n\nChinese businessman Ma Xiaohong sent equipment to North Korea.\n")
    args = ["sanctions", str(path), "--published", "2024-05-01", "--watchlist", str(CSV), "--format", "csv"]
    listed = CliRunner().invoke(cli, [*args, "--regime", "test_csv"])
    other = CliRunner().invoke(cli, [*args, "--regime", "un-dprk"])
    assert (
        listed.exit_code == 0
        and "watchlist/watchlist-2" in listed.output
        and listed.output.startswith("date,regime,rule")
    )
    assert other.exit_code == 0 and other.output == ""


def test_sanctions_command_rejects_a_bad_since_date(cli, write):
    result = CliRunner().invoke(cli, ["sanctions", str(write("a.txt", "x")), "--since", "May 2024"])
    assert result.exit_code == 2 and "is not a date" in result.output


@pytest.mark.parametrize(("aux", "status"), [({}, "reported"), ({"negated": True}, "denied"),
                                             ({"hypothetical": True}, "hypothetical")])
def test_flagged_record_marks_denied_and_hypothetical_events_and_gives_the_event_score(aux, status):
    from dyadwatch.records import EventAux

    article = flagged_article("North Korea sold coal to China.", dt.date(2024, 1, 5))
    event = dataclasses.replace(article.events[0], aux=EventAux(**aux), score=7.5)
    record = flagged_record(flagged_events([dataclasses.replace(article, events=(event,))]).__next__())
    assert record["status"] == status
    assert record["score"] == 7.5 and record["match_score"] is None

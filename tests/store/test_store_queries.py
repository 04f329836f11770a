"""The queries over a small hand-built store: events, dyad, actors, actor."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from store_helpers import actor, annotated, article, event, store

from dyadwatch.errors import ConfigError
from dyadwatch.actors.names import with_names
from dyadwatch.store.queries import actor_profile, dyad, find_events, top_actors
from dyadwatch.store.schema import open_store


def doc(article_id: str, published: str):
    return article(article_id, [f"Story {article_id}: a report filed on {published} about events of that day."],
                   title=f"Headline {article_id}", published=published)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("queries") / "q.duckdb"
    a1, a2, a3, a4, a5 = (doc("a1", "2022-07-21"), doc("a2", "2023-09-13"), doc("a3", "2023-09-14"),
                          doc("a4", "2023-10-13"), doc("a5", "2017-08-05"))
    store(
        path,
        annotated(a1, event(a1, 0, "SUPPORT", ["PRK"], ["RUS"], text="North Korea backed Russia's war."),
              event(a1, 1, "SUPPORT", ["RUS"], ["PRK"], text="Moscow welcomed Pyongyang's recognition.")),
        annotated(a2, event(a2, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit", text="Putin welcomed Kim at Vostochny."),
              event(a2, 1, "AID", ["RUS"], ["PRK"], text="Putin signalled help with satellites."),
              event(a2, 2, "AGREE", ["PRK"], ["RUS"], text="Kim accepted an invitation to Moscow."),
              event(a2, 3, "AGREE", ["PRK", "RUS"], text="The two sides agreed to deepen ties.")),
        annotated(a3, event(a3, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit", text="Kim met Putin at the spaceport.")),
        annotated(a4, event(a4, 0, "AID", ["PRK"], ["RUS"], negated=True, text="Pyongyang denied shipping arms."),
              event(a4, 1, "ACCUSE", ["USA"], ["PRK"], mode="allege", text="Washington accused Pyongyang.")),
        annotated(a5, event(a5, 0, "COERCE", ["UNO"], ["PRK"], mode="restrict", text="The UN banned coal exports."),
              event(a5, 1, "AGREE", ["CHN", "RUS"], ["PRK"], text="China and Russia backed the ban.")),
    )
    with open_store(path, read_only=True) as con:
        yield con


def rows(table) -> list[dict]:
    return table.to_pylist()


def test_queries_take_codes_and_refuse_a_name(db):
    with pytest.raises(ConfigError, match="not an actor code"):
        find_events(db, actor="North Korea")


def test_find_events_gives_one_row_per_real_world_event_with_reports_and_sources(db):
    found = rows(find_events(db, type="consult"))
    assert len(found) == 1
    assert found[0]["reports"] == 2 and found[0]["sources"] == ["a2.txt", "a3.txt"]
    assert found[0]["actor"] == ["RUS"] and found[0]["recipient"] == ["PRK"] and found[0]["mode"] == "visit"


def test_find_events_all_reports_lists_every_extraction(db):
    found = rows(find_events(db, type="CONSULT", all_reports=True))
    assert [r["article_id"] for r in found] == ["a2", "a3"]
    assert found[0]["event_id"] == found[1]["event_id"] and found[0]["report_id"] != found[1]["report_id"]


FILTERS = [
    ({"actor": "PRK"}, {("SUPPORT", "PRK", "RUS"), ("AGREE", "PRK", "RUS"), ("AGREE", "PRK|RUS", ""),
                              ("AID", "PRK", "RUS")}),
    ({"recipient": "RUS"}, {("SUPPORT", "PRK", "RUS"), ("AGREE", "PRK", "RUS"), ("AID", "PRK", "RUS")}),
    ({"between": ("RUS", "PRK"), "since": "2023-01-01"}, {("CONSULT", "RUS", "PRK"), ("AID", "RUS", "PRK"),
                                                          ("AGREE", "PRK", "RUS"), ("AID", "PRK", "RUS"),
                                                          ("AGREE", "PRK|RUS", "")}),
    ({"actor": "USA"}, {("ACCUSE", "USA", "PRK")}),
    ({"until": "2017-12-31"}, {("COERCE", "UNO", "PRK"), ("AGREE", "CHN|RUS", "PRK")}),
    ({"text": "SATELLITES putin"}, {("AID", "RUS", "PRK")}),
    ({"type": "AGREE", "actor": "RUS", "recipient": "PRK"}, {("AGREE", "CHN|RUS", "PRK")}),
    ({"type": "coerce,accuse"}, {("COERCE", "UNO", "PRK"), ("ACCUSE", "USA", "PRK")}),
    ({"type": ["COERCE", "ACCUSE"], "recipient": "PRK"}, {("COERCE", "UNO", "PRK"), ("ACCUSE", "USA", "PRK")}),
    ({"quad": "verbal conflict"}, {("ACCUSE", "USA", "PRK")}),
    ({"quad": ["material_conflict", "verbal_conflict"]}, {("COERCE", "UNO", "PRK"), ("ACCUSE", "USA", "PRK")}),
    ({"between": ("PRK", "RUS"), "quad": "material_cooperation"}, {("AID", "RUS", "PRK"), ("AID", "PRK", "RUS")}),
    ({"source": "A5.TXT"}, {("COERCE", "UNO", "PRK"), ("AGREE", "CHN|RUS", "PRK")}),
]


@pytest.mark.parametrize(("filters", "expected"), FILTERS, ids=[str(f[0]) for f in FILTERS])
def test_find_events_filters(db, filters, expected):
    kwargs = {k: dt.date.fromisoformat(v) if k in ("since", "until") else v for k, v in filters.items()}
    found = {(r["event"], "|".join(r["actor"]), "|".join(r["recipient"])) for r in rows(find_events(db, **kwargs))}
    assert found == expected


def test_find_events_limit(db):
    assert find_events(db, limit=2).num_rows == 2


def by_key(table) -> dict[tuple[str, str], dict]:
    return {(r["period"], r["direction"]): r for r in rows(table)}


def test_dyad_counts_real_world_events_per_period_and_direction(db):
    result = by_key(dyad(db, "RUS", "PRK"))
    assert list(result) == [("2017", "RUS->PRK"), ("2017", "between"), ("2022", "RUS->PRK"), ("2022", "PRK->RUS"),
                            ("2022", "between"), ("2023", "RUS->PRK"), ("2023", "PRK->RUS"), ("2023", "between"),
                            ("2023", "RUS+PRK")]
    ours = result[("2023", "RUS->PRK")]
    assert (ours["events"], ours["reports"]) == (2, 3)
    assert ours["types"] == [("AID", 1), ("CONSULT", 1)]
    assert (ours["verbal_cooperation"], ours["material_cooperation"]) == (1, 1)


def test_dyad_relation_line_is_both_directions_and_leaves_out_joint_acts(db):
    result = by_key(dyad(db, "RUS", "PRK"))
    between = result[("2023", "between")]
    assert between["events"] == 3  # two RUS->PRK, one PRK->RUS; not the joint AGREE
    assert dict(between["types"]) == {"AID": 1, "CONSULT": 1, "AGREE": 1}


def test_dyad_joint_acts_form_an_alignment_series_counted_but_not_scored(db):
    together = by_key(dyad(db, "RUS", "PRK"))[("2023", "RUS+PRK")]
    assert (together["events"], together["verbal_cooperation"], together["types"]) == (1, 1, [("AGREE", 1)])
    assert together["score_mean"] is None and together["score_sum"] is None


def test_dyad_leaves_out_events_said_not_to_have_happened(db):
    theirs = by_key(dyad(db, "RUS", "PRK"))[("2023", "PRK->RUS")]
    assert theirs["types"] == [("AGREE", 1)]


def test_dyad_scores_are_mean_and_sum_over_real_world_events(db):
    ours = by_key(dyad(db, "RUS", "PRK"))[("2023", "RUS->PRK")]
    assert (ours["score_mean"], ours["score_sum"]) == (7.0, 14.0)


def test_dyad_evidence_starts_with_the_most_reported_event(db):
    ours = by_key(dyad(db, "RUS", "PRK", evidence=1))[("2023", "RUS->PRK")]
    assert [e["sentence"] for e in ours["evidence"]] == ["Putin welcomed Kim at Vostochny."]
    assert ours["evidence"][0]["reports"] == 2


@pytest.mark.parametrize(("by", "period"), [("month", "2023-09"), ("week", "2023-W37"), ("day", "2023-09-13")])
def test_dyad_periods(db, by, period):
    assert (period, "RUS->PRK") in by_key(dyad(db, "RUS", "PRK", by=by))


def test_dyad_of_an_actor_with_itself_is_refused(db):
    with pytest.raises(ConfigError, match="two different actors"):
        dyad(db, "PRK", "PRK")


def test_top_actors_ranks_by_real_world_events_and_names_partners(db):
    found = rows(with_names(top_actors(db, top=3), after="code"))
    assert [r["code"] for r in found] == ["RUS", "PRK", "CHN"]
    assert found[0]["name"] == "Russian Federation" and found[0]["partners"][0] == "PRK (6)"


def test_actor_profile_counts_events_each_way_and_together(db):
    found = {r["partner"]: r for r in rows(with_names(actor_profile(db, "PRK"), after="partner"))}
    rus = found["RUS"]
    assert (rus["acts_on"], rus["acted_on_by"], rus["joint"]) == (2, 4, 1)
    assert rus["name"] == "Russian Federation" and str(rus["first"]) == "2017-08-05"


# --- the dyad split, undated events, normalisation: stores of their own -------------------


def _fresh(tmp_path, *items):
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "d.duckdb"
    store(path, *items)
    return path


def _dyad_rows(path, **kwargs) -> dict[tuple[str, str], dict]:
    with open_store(path, read_only=True) as con:
        return by_key(dyad(con, "RUS", "PRK", **kwargs))


def test_a_joint_act_changes_the_alignment_series_and_leaves_the_relation_line_unchanged(tmp_path):
    a1 = doc("a1", "2023-09-13")
    visit = event(a1, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit", text="Putin welcomed Kim.")
    before = _dyad_rows(_fresh(tmp_path / "before", annotated(a1, visit)))
    a2 = doc("a2", "2023-09-20")
    joint_no = event(a2, 0, "REJECT", ["RUS", "PRK"], ["USA"], text="Moscow and Pyongyang voted no on the US draft.")
    joint_denial = event(a2, 1, "REJECT", ["PRK", "RUS"], text="Moscow and Pyongyang deny arms deals.")
    after = _dyad_rows(_fresh(tmp_path / "after", annotated(a1, visit), annotated(a2, joint_no, joint_denial)))
    for key in [("2023", "RUS->PRK"), ("2023", "between")]:
        assert after[key] == before[key]
    assert ("2023", "RUS+PRK") not in before
    together = after[("2023", "RUS+PRK")]
    assert together["events"] == 2 and dict(together["types"]) == {"REJECT": 2}
    assert together["score_mean"] is None
    with open_store(tmp_path / "after" / "d.duckdb", read_only=True) as con:
        listed = sorted(r["recipient"] for r in rows(find_events(con, between=("PRK", "RUS"),
                                                                 since=dt.date(2023, 9, 20))))
    assert listed == [[], ["USA"]]  # the period's events list the joint acts too, third party included


def test_an_event_both_ways_counts_once_in_the_relation_line(tmp_path):
    a1 = doc("a1", "2023-09-13")
    talks = event(a1, 0, "CONSULT", ["RUS", "PRK"], ["PRK", "RUS"], text="Russia and North Korea held talks.")
    result = _dyad_rows(_fresh(tmp_path, annotated(a1, talks)))
    assert result[("2023", "RUS->PRK")]["events"] == result[("2023", "PRK->RUS")]["events"] == 1
    assert result[("2023", "between")]["events"] == 1


def test_undated_events_form_their_own_period_last(tmp_path):
    dated, undated = doc("a1", "2023-09-13"), doc("a2", None)
    path = _fresh(tmp_path, annotated(dated, event(dated, 0, "CONSULT", ["RUS"], ["PRK"])),
                  annotated(undated, event(undated, 0, "AID", ["RUS"], ["PRK"], text="Russia sent aid.")))
    result = _dyad_rows(path)
    assert list(result)[-2:] == [("undated", "RUS->PRK"), ("undated", "between")]
    assert result[("undated", "RUS->PRK")]["types"] == [("AID", 1)]
    assert ("undated", "RUS->PRK") not in _dyad_rows(path, since=dt.date(2020, 1, 1))


def test_normalise_divides_events_by_the_articles_stored_in_the_period(tmp_path):
    a1, a2, a3 = doc("a1", "2023-09-13"), doc("a2", "2023-10-01"), doc("a3", "2022-01-01")
    path = _fresh(tmp_path, annotated(a1, event(a1, 0, "CONSULT", ["RUS"], ["PRK"])), annotated(a2),
                  annotated(a3, event(a3, 0, "AID", ["PRK"], ["RUS"])))
    result = _dyad_rows(path, normalise=True)
    assert (result[("2023", "between")]["articles"], result[("2023", "between")]["events_per_100_articles"]) == (2, 50.0)
    assert result[("2022", "PRK->RUS")]["events_per_100_articles"] == 100.0
    assert "articles" not in _dyad_rows(path)[("2023", "between")]


def test_find_events_newest_first(db):
    dates = [r["date"] for r in rows(find_events(db, order="newest"))]
    assert dates == sorted(dates, reverse=True)
    assert [r["date"] for r in rows(find_events(db, order="newest", limit=1))] == [max(dates)]


@pytest.mark.parametrize(("kwargs", "says"), [({"quad": "cooperation"}, "quad class"), ({"sector": "army"}, "sector"),
                                              ({"order": "random"}, "order"), ({"type": "HUG"}, "PLOVER")])
def test_find_events_refuses_an_unknown_filter_value(db, kwargs, says):
    with pytest.raises(ConfigError, match=says):
        find_events(db, **kwargs)


def test_find_events_by_the_sector_of_a_party(tmp_path):
    a1 = doc("a1", "2023-09-13")
    drill = dataclasses.replace(event(a1, 0, "MOBILIZE", ["PRK"], text="The army drilled."),
                                actor=(actor("PRK", sectors=("MIL",)),))
    talk = event(a1, 1, "CONSULT", ["PRK"], ["RUS"], text="Officials talked.")
    path = _fresh(tmp_path, annotated(a1, drill, talk))
    with open_store(path, read_only=True) as con:
        assert [r["event"] for r in rows(find_events(con, sector="mil"))] == ["MOBILIZE"]

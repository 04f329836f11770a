"""The queries over a small hand-built store: events, dyad, actors, actor."""

from __future__ import annotations

import datetime as dt

import pytest
from store_helpers import annotated, article, event, store

from dyadwatch.errors import ConfigError
from dyadwatch.store.queries import actor_profile, dyad, find_events, resolve_actor, top_actors
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


@pytest.mark.parametrize(("name", "code"), [
    ("PRK", "PRK"), ("North Korea", "PRK"), ("Pyongyang", "PRK"), ("Russia", "RUS"), ("the Kremlin", "RUS"),
    ("US", "USA"), ("United Nations", "UNO"), ("prk", "PRK"), ("UAE", "ARE"), ("KOS", "KOS"),
])
def test_resolve_actor_accepts_codes_and_names(name, code):
    assert resolve_actor(name) == code


def test_resolve_actor_says_what_it_accepts_for_an_unknown_name():
    with pytest.raises(ConfigError, match="actor code"):
        resolve_actor("Atlantis")


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
    ({"actor": "Pyongyang"}, {("SUPPORT", "PRK", "RUS"), ("AGREE", "PRK", "RUS"), ("AGREE", "PRK|RUS", ""),
                              ("AID", "PRK", "RUS")}),
    ({"recipient": "RUS"}, {("SUPPORT", "PRK", "RUS"), ("AGREE", "PRK", "RUS"), ("AID", "PRK", "RUS")}),
    ({"between": ("RUS", "PRK"), "since": "2023-01-01"}, {("CONSULT", "RUS", "PRK"), ("AID", "RUS", "PRK"),
                                                          ("AGREE", "PRK", "RUS"), ("AID", "PRK", "RUS"),
                                                          ("AGREE", "PRK|RUS", "")}),
    ({"actor": "USA"}, {("ACCUSE", "USA", "PRK")}),
    ({"until": "2017-12-31"}, {("COERCE", "UNO", "PRK"), ("AGREE", "CHN|RUS", "PRK")}),
    ({"text": "SATELLITES putin"}, {("AID", "RUS", "PRK")}),
    ({"type": "AGREE", "actor": "RUS", "recipient": "PRK"}, {("AGREE", "CHN|RUS", "PRK")}),
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
    result = by_key(dyad(db, "RUS", "North Korea"))
    assert list(result) == [("2017", "RUS->PRK"), ("2017", "all"), ("2022", "RUS->PRK"), ("2022", "PRK->RUS"),
                            ("2022", "all"), ("2023", "RUS->PRK"), ("2023", "PRK->RUS"), ("2023", "RUS+PRK"),
                            ("2023", "all")]
    ours = result[("2023", "RUS->PRK")]
    assert (ours["events"], ours["reports"]) == (2, 3)
    assert ours["types"] == [("AID", 1), ("CONSULT", 1)]
    assert (ours["verbal_cooperation"], ours["material_cooperation"]) == (1, 1)
    assert result[("2023", "all")]["events"] == 4


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
        dyad(db, "PRK", "Pyongyang")


def test_top_actors_ranks_by_real_world_events_and_names_partners(db):
    found = rows(top_actors(db, top=3))
    assert [r["code"] for r in found] == ["RUS", "PRK", "CHN"]
    assert found[0]["name"] == "Russian Federation" and found[0]["partners"][0] == "PRK (6)"


def test_actor_profile_counts_events_each_way_and_together(db):
    found = {r["partner"]: r for r in rows(actor_profile(db, "Pyongyang"))}
    rus = found["RUS"]
    assert (rus["acts_on"], rus["acted_on_by"], rus["joint"]) == (2, 4, 1)
    assert rus["name"] == "Russian Federation" and str(rus["first"]) == "2017-08-05"

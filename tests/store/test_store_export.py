"""Exports: PLOVER JSON records, tables, and the actor network as GraphML and GEXF."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from xml.etree import ElementTree as ET

import pyarrow.parquet as pq
import pytest
from store_helpers import EXTRACTOR, actor, annotated, article, event, store

from dyadwatch.actors.names import actor_name
from dyadwatch.errors import ConfigError
from dyadwatch.plover.record import PloverRecord
from dyadwatch.store.export import GEXF_NS, GRAPHML_NS, export_store, plover_records
from dyadwatch.store.queries import report_filter
from dyadwatch.store.schema import open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "x.duckdb"
    a = article("a", ["Putin and Kim met at the spaceport on Wednesday to talk about satellites and arms."])
    b = article("b", ["A completely different story about a summit, written by another outlet in other words."],
                published="2023-09-14")
    store(path, annotated(a, event(a, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit"),
                          event(a, 1, "AID", ["PRK"], ["RUS"], negated=True)),
          annotated(b, event(b, 0, "CONSULT", ["RUS"], ["PRK"], mode="visit")))
    with open_store(path, read_only=True) as con:
        yield con


def export(con, fmt: str, **kwargs) -> tuple[str, bytes]:
    text, binary = io.StringIO(), io.BytesIO()
    export_store(con, fmt=fmt, stream=text, binary=binary, **kwargs)
    return text.getvalue(), binary.getvalue()


def test_plover_records_have_the_manuals_fields_and_link_reports_of_one_event(db):
    records = list(plover_records(db, names=actor_name))
    assert len(records) == 3
    first = records[0].json_object()
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "event_scale", "link",
            "text"} <= set(first)
    assert first["event"] == ["CONSULT"] and first["mode"] == ["visit"] and first["date"] == "2023-09-13"
    assert first["actor"][0]["code"] == "RUS" and first["actor"][0]["country_name"] == "Russian Federation"
    assert records[0].link == records[2].link != records[1].link


def test_plover_record_of_a_stored_report_is_the_record_of_its_event(tmp_path):
    a = article("a")
    putin = actor("RUS", sectors=("GOV", "MIL"), name="Vladimir Putin", person="Putin", office="president",
                  rule="person.known")
    e = dataclasses.replace(event(a, 0, "CONSULT", ["RUS"], ["PRK", "CHN"], mode="visit"), actor=(putin,),
                            context=("military",), quote_index=2, in_caption=True)
    store(tmp_path / "x.duckdb", annotated(a, e))
    with open_store(tmp_path / "x.duckdb", read_only=True) as con:
        [stored] = plover_records(con, names=actor_name)
    assert stored.link is not None
    assert stored == PloverRecord.from_event(e, a, names=actor_name, coder=EXTRACTOR, link=stored.link)


def test_export_plover_jsonl_writes_one_json_object_per_line(db):
    text, _ = export(db, "plover-jsonl")
    assert [json.loads(line)["event"] for line in text.splitlines()] == [["CONSULT"], ["AID"], ["CONSULT"]]


def test_export_parquet_writes_the_events_table(db):
    _, data = export(db, "parquet")
    table = pq.read_table(io.BytesIO(data))
    assert table.num_rows == 3 and {"id", "event", "actor_codes", "cluster"} <= set(table.column_names)


def test_export_csv_writes_any_table(db):
    text, _ = export(db, "csv", table="articles")
    records = list(csv.DictReader(io.StringIO(text)))
    assert [r["id"] for r in records] == ["a", "b"] and records[0]["text"].startswith("Putin hosts Kim\n")


def test_export_graphml_is_a_directed_weighted_actor_network(db):
    text, _ = export(db, "graphml")
    root = ET.fromstring(text)
    graph = root.find(f"{{{GRAPHML_NS}}}graph")
    nodes = [n.get("id") for n in graph.iter(f"{{{GRAPHML_NS}}}node")]
    edges = [(e.get("source"), e.get("target")) for e in graph.iter(f"{{{GRAPHML_NS}}}edge")]
    weight = next(d.text for d in graph.iter(f"{{{GRAPHML_NS}}}data") if d.get("key") == "edge_weight")
    assert graph.get("edgedefault") == "directed"
    assert nodes == ["PRK", "RUS"] and edges == [("RUS", "PRK")] and weight == "1"


def test_export_gexf_is_a_gexf_1_3_graph(db):
    root = ET.fromstring(export(db, "gexf", names=actor_name)[0])
    assert root.tag == f"{{{GEXF_NS}}}gexf" and root.get("version") == "1.3"
    [edge] = root.iter(f"{{{GEXF_NS}}}edge")
    labels = {n.get("id"): n.get("label") for n in root.iter(f"{{{GEXF_NS}}}node")}
    assert (edge.get("source"), edge.get("target"), edge.get("weight")) == ("RUS", "PRK", "1")
    assert labels == {"PRK": "North Korea", "RUS": "Russian Federation"}


# --- filters and the article's columns ---------------------------------------------------


def test_exported_event_rows_carry_the_articles_url_title_source_and_date(db):
    text, _ = export(db, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["article_id"], r["title"], r["source"], r["published"]) for r in rows] == [
        ("a", "Putin hosts Kim", "a.txt", "2023-09-13"), ("a", "Putin hosts Kim", "a.txt", "2023-09-13"),
        ("b", "Putin hosts Kim", "b.txt", "2023-09-14")]
    assert "url" in rows[0]
    cite = next(plover_records(db)).cite_info
    assert (cite.title, cite.source, cite.published) == ("Putin hosts Kim", "a.txt", dt.date(2023, 9, 13))


@pytest.mark.parametrize(("filters", "events"), [
    ({"actor": "PRK"}, ["AID"]),
    ({"type": "consult"}, ["CONSULT", "CONSULT"]),
    ({"since": dt.date(2023, 9, 14)}, ["CONSULT"]),
    ({"between": ("PRK", "RUS"), "until": dt.date(2023, 9, 13)}, ["CONSULT", "AID"]),
])
def test_export_keeps_the_reports_matching_the_events_filters(db, filters, events):
    where, params = report_filter(**filters)
    plover, _ = export(db, "plover-jsonl", where=where, params=params)
    _, parquet = export(db, "parquet", where=where, params=params)
    assert [json.loads(line)["event"][0] for line in plover.splitlines()] == events
    assert pq.read_table(io.BytesIO(parquet))["event"].to_pylist() == events


def test_export_filters_do_not_apply_to_other_tables(db):
    where, params = report_filter(actor="RUS")
    with pytest.raises(ConfigError, match="--table events"):
        export(db, "csv", table="articles", where=where, params=params)


def test_export_command_takes_the_events_filters(tmp_path, db):
    from click.testing import CliRunner

    from dyadwatch.cli import cli

    path = db.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()[0]
    out = tmp_path / "x.csv"
    result = CliRunner().invoke(cli, ["export", "--db", path, "--format", "csv", "--type", "AID", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [r["event"] for r in csv.DictReader(out.open())] == ["AID"]

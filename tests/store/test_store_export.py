"""Exports: PLOVER JSON records, tables, and the actor network as GraphML and GEXF."""

from __future__ import annotations

import csv
import io
import json
from xml.etree import ElementTree as ET

import pyarrow.parquet as pq
import pytest
from store_helpers import annotated, article, event, store

from dyadwatch.store.export import GEXF_NS, GRAPHML_NS, export_store, plover_records
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
    records = list(plover_records(db))
    assert len(records) == 3
    first = records[0]
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "event_scale", "link",
            "text"} <= set(first)
    assert first["event"] == ["CONSULT"] and first["mode"] == ["visit"] and first["date"] == "2023-09-13"
    assert first["actor"][0]["code"] == "RUS" and first["actor"][0]["country_name"] == "Russian Federation"
    assert records[0]["link"] == records[2]["link"] != records[1]["link"]


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
    root = ET.fromstring(export(db, "gexf")[0])
    assert root.tag == f"{{{GEXF_NS}}}gexf" and root.get("version") == "1.3"
    [edge] = root.iter(f"{{{GEXF_NS}}}edge")
    labels = {n.get("id"): n.get("label") for n in root.iter(f"{{{GEXF_NS}}}node")}
    assert (edge.get("source"), edge.get("target"), edge.get("weight")) == ("RUS", "PRK", "1")
    assert labels == {"PRK": "North Korea", "RUS": "Russian Federation"}

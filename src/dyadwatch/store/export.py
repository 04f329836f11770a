"""Exports: every report as a PLOVER JSON record, the store's tables, and the actor
network (GraphML, GEXF) for Gephi or networkx users.

The graph files are written with xml.etree: two small, fixed formats do not justify a
networkx dependency, and streaming from DuckDB stays in our hands.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any
from xml.etree import ElementTree as ET

import duckdb
import pyarrow as pa

from dyadwatch.errors import ConfigError
from dyadwatch.plover.record import Names, PloverRecord, no_names
from dyadwatch.store.formats import table_records, write_table
from dyadwatch.store.queries import CODE_COUNTS_SQL

EXPORT_FORMATS = ("plover-jsonl", "csv", "parquet", "graphml", "gexf")
EXPORT_TABLES = ("events", "articles", "paragraphs", "mentions", "actors", "times", "quotes", "flags", "dyads")
BATCH_ROWS = 50_000
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://gexf.net/1.3"

# --- PLOVER records ---------------------------------------------------------------------


CLUSTERS = "e.cluster IN (SELECT unnest($clusters::UBIGINT[]))"


def cluster_filter(event_ids: list[str]) -> tuple[str, dict[str, Any]]:
    """The reports of these real-world events (ids as `find_events` gives them)."""
    return CLUSTERS, {"clusters": [int(event_id, 16) for event_id in event_ids]}


def article_filter(article_id: str) -> tuple[str, dict[str, Any]]:
    """The reports of one article."""
    return "e.article_id = $article_id", {"article_id": article_id}


def plover_records(con: duckdb.DuckDBPyConnection, where: str = "true",
                   params: dict[str, Any] | None = None, *, names: Names = no_names) -> Iterator[PloverRecord]:
    """Every report (or those meeting `where`, conditions on the events table `e`) as its
    PLOVER record, `link` the real-world event it belongs to, `country_name` `names(code)`."""
    reader = con.sql(_PLOVER_SQL.format(where=where), params=params or {}).to_arrow_reader(BATCH_ROWS)
    for row in table_records(reader):
        yield PloverRecord.from_row(row, names=names)


_PLOVER_SQL = """
WITH roles AS (
    SELECT event_seq, role,
           list({{'code': code, 'sectors': sectors, 'name': name, 'person': person, 'office': office, 'rule': rule}}
            ORDER BY n)
               AS entities
    FROM actors GROUP BY event_seq, role
)
SELECT e.*, lower(lpad(to_hex(e.cluster), 16, '0')) AS link, a.url, a.source, a.title, a.published,
       a.published_source, a.extractor, actor.entities AS actor_entities, recipient.entities AS recipient_entities
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN roles actor ON actor.event_seq = e.seq AND actor.role = 'actor'
LEFT JOIN roles recipient ON recipient.event_seq = e.seq AND recipient.role = 'recipient'
WHERE {where}
ORDER BY e.seq
"""


def write_plover(con: duckdb.DuckDBPyConnection, stream: IO[str], where: str = "true",
                 params: dict[str, Any] | None = None, *, names: Names = no_names) -> int:
    count = 0
    for count, record in enumerate(plover_records(con, where, params, names=names), start=1):
        stream.write(json.dumps(record.json_object(), ensure_ascii=False) + "\n")
    return count


# --- tables -----------------------------------------------------------------------------


def table_reader(con: duckdb.DuckDBPyConnection, name: str, where: str = "true",
                 params: dict[str, Any] | None = None) -> pa.RecordBatchReader:
    """A stored table, streamed in store order: `events` with the real-world event id
    and its article's `url`, `title`, `source` and `published` date, only the reports
    meeting `where` (conditions on the events table `e`)."""
    if name not in EXPORT_TABLES:
        raise ConfigError(f"unknown table {name!r}; choose one of {', '.join(EXPORT_TABLES)}")
    if name == "events":
        return con.sql(_EVENTS_TABLE_SQL.format(where=where), params=params or {}).to_arrow_reader(BATCH_ROWS)
    if where != "true":
        raise ConfigError("the event filters apply to --table events (and plover-jsonl) only")
    if name == "dyads":
        sql = "SELECT * REPLACE (lower(lpad(to_hex(cluster), 16, '0')) AS cluster) FROM dyads ORDER BY event_seq"
    elif name == "articles":
        sql = "SELECT * FROM articles ORDER BY seq"
    else:
        sql = f"SELECT * FROM {name} ORDER BY ALL"
    return con.sql(sql).to_arrow_reader(BATCH_ROWS)


_EVENTS_TABLE_SQL = """
SELECT e.* REPLACE (lower(lpad(to_hex(e.cluster), 16, '0')) AS cluster),
       a.url, a.title, a.source, a.published
FROM events e JOIN articles a ON a.id = e.article_id
WHERE {where}
ORDER BY e.seq
"""


# --- the actor network ------------------------------------------------------------------


def actor_network(con: duckdb.DuckDBPyConnection, *, names: Names = no_names) -> tuple[pa.Table, pa.Table]:
    """Nodes (actor codes, with name, else code, as label, and counts) and directed
    edges (actor → recipient, weighted by real-world events) over the factual reports."""
    edges = con.sql(_EDGES_SQL).to_arrow_table()
    nodes = con.sql(_NODES_SQL).to_arrow_table()
    labels = pa.array([names(code) or code for code in nodes["code"].to_pylist()], pa.string())
    return nodes.add_column(1, "label", labels), edges


_EDGES_SQL = """
SELECT actor_code AS source, recipient_code AS target, count(*) FILTER (WHERE first_report) AS weight,
       count(*) AS reports, round(avg(score), 3) AS score_mean,
       round(sum(score) FILTER (WHERE first_report), 3) AS score_sum,
       count(*) FILTER (WHERE first_report AND quad_code IN (1, 2)) AS cooperation,
       count(*) FILTER (WHERE first_report AND quad_code IN (3, 4)) AS conflict
FROM dyads WHERE factual AND kind = 'directed'
GROUP BY actor_code, recipient_code ORDER BY source, target
"""

_NODES_SQL = f"""
WITH {CODE_COUNTS_SQL}
SELECT coalesce(acts.code, targeted.code) AS code, coalesce(acts.events, 0) AS acts,
       coalesce(targeted.targeted, 0) AS targeted
FROM acts FULL JOIN targeted ON targeted.code = acts.code
ORDER BY code
"""

_XML_TYPES = {"int64": ("long", "integer"), "double": ("double", "double"), "string": ("string", "string")}


def _attributes(table: pa.Table, skip: set[str]) -> list[tuple[str, str, str]]:
    """(name, graphml type, gexf type) of the columns written as attributes."""
    found = []
    for field in table.schema:
        if field.name not in skip:
            graphml, gexf = _XML_TYPES.get(str(field.type), ("string", "string"))
            found.append((field.name, graphml, gexf))
    return found


def write_graphml(nodes: pa.Table, edges: pa.Table, stream: IO[str]) -> int:
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
    node_attrs, edge_attrs = _attributes(nodes, {"code"}), _attributes(edges, {"source", "target"})
    for scope, attrs in (("node", node_attrs), ("edge", edge_attrs)):
        for name, graphml, _ in attrs:
            ET.SubElement(root, f"{{{GRAPHML_NS}}}key", {"id": f"{scope}_{name}", "for": scope,
                                                        "attr.name": name, "attr.type": graphml})
    graph = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph", {"id": "actors", "edgedefault": "directed"})
    for row in nodes.to_pylist():
        node = ET.SubElement(graph, f"{{{GRAPHML_NS}}}node", {"id": row["code"]})
        _graphml_data(node, "node", node_attrs, row)
    for n, row in enumerate(edges.to_pylist()):
        edge = ET.SubElement(graph, f"{{{GRAPHML_NS}}}edge",
                             {"id": f"e{n}", "source": row["source"], "target": row["target"]})
        _graphml_data(edge, "edge", edge_attrs, row)
    return _write_xml(root, stream, edges.num_rows)


def _graphml_data(element: ET.Element, scope: str, attrs: list[tuple[str, str, str]], row: dict[str, Any]) -> None:
    for name, _, _ in attrs:
        if row[name] is not None:
            ET.SubElement(element, f"{{{GRAPHML_NS}}}data", {"key": f"{scope}_{name}"}).text = str(row[name])


def write_gexf(nodes: pa.Table, edges: pa.Table, stream: IO[str]) -> int:
    ET.register_namespace("", GEXF_NS)
    root = ET.Element(f"{{{GEXF_NS}}}gexf", {"version": "1.3"})
    graph = ET.SubElement(root, f"{{{GEXF_NS}}}graph", {"defaultedgetype": "directed", "mode": "static"})
    node_attrs = _attributes(nodes, {"code", "label"})
    edge_attrs = _attributes(edges, {"source", "target", "weight"})
    for scope, attrs in (("node", node_attrs), ("edge", edge_attrs)):
        declared = ET.SubElement(graph, f"{{{GEXF_NS}}}attributes", {"class": scope})
        for name, _, gexf in attrs:
            ET.SubElement(declared, f"{{{GEXF_NS}}}attribute", {"id": name, "title": name, "type": gexf})
    node_list = ET.SubElement(graph, f"{{{GEXF_NS}}}nodes")
    for row in nodes.to_pylist():
        node = ET.SubElement(node_list, f"{{{GEXF_NS}}}node", {"id": row["code"], "label": row["label"]})
        _gexf_values(node, node_attrs, row)
    edge_list = ET.SubElement(graph, f"{{{GEXF_NS}}}edges")
    for n, row in enumerate(edges.to_pylist()):
        edge = ET.SubElement(edge_list, f"{{{GEXF_NS}}}edge", {"id": str(n), "source": row["source"],
                                                                "target": row["target"], "weight": str(row["weight"])})
        _gexf_values(edge, edge_attrs, row)
    return _write_xml(root, stream, edges.num_rows)


def _gexf_values(element: ET.Element, attrs: list[tuple[str, str, str]], row: dict[str, Any]) -> None:
    values = ET.SubElement(element, f"{{{GEXF_NS}}}attvalues")
    for name, _, _ in attrs:
        if row[name] is not None:
            ET.SubElement(values, f"{{{GEXF_NS}}}attvalue", {"for": name, "value": str(row[name])})


def _write_xml(root: ET.Element, stream: IO[str], count: int) -> int:
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
    return count


def export_store(
    con: duckdb.DuckDBPyConnection, *, fmt: str, stream: IO[str], binary: IO[bytes] | None, table: str = "events",
    where: str = "true", params: dict[str, Any] | None = None, names: Names = no_names,
) -> int:
    """Write the store in an export format; the count of records (rows, or edges for a
    graph). `where` (conditions on the events table `e`, see `queries.report_filter`)
    keeps only some reports; `names` gives the actors' names (PLOVER `country_name`,
    graph labels)."""
    if fmt == "plover-jsonl":
        return write_plover(con, stream, where, params, names=names)
    if fmt in ("graphml", "gexf"):
        if where != "true":
            raise ConfigError("the event filters do not apply to the actor network (graphml, gexf)")
        nodes, edges = actor_network(con, names=names)
        return (write_graphml if fmt == "graphml" else write_gexf)(nodes, edges, stream)
    if fmt in ("csv", "parquet"):
        return write_table(table_reader(con, table, where, params), fmt=fmt, stream=stream, binary=binary)
    raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")

"""Real-world events: which reports are one event (same type, actors, recipients,
modality, compatible dates)."""

from __future__ import annotations

import datetime as dt
import random

import pyarrow as pa
import pytest

from dyadwatch.store.real_events import assign_clusters


def reports(*rows: tuple) -> pa.Table:
    """Rows of (type, actors, recipients, date, precision[, negated])."""
    columns: dict[str, list] = {name: [] for name in (
        "seq", "id", "event", "actor_key", "recipient_key", "negated", "hypothetical", "cluster_date",
        "date_precision")}
    for n, (kind, actors, recipients, date, precision, *negated) in enumerate(rows):
        columns["seq"].append(n)
        columns["id"].append(f"e{n}")
        columns["event"].append(kind)
        columns["actor_key"].append(actors)
        columns["recipient_key"].append(recipients)
        columns["negated"].append(bool(negated and negated[0]))
        columns["hypothetical"].append(False)
        columns["cluster_date"].append(dt.date.fromisoformat(date) if date else None)
        columns["date_precision"].append(precision)
    return pa.table(columns, schema=pa.schema([
        ("seq", pa.int64()), ("id", pa.string()), ("event", pa.string()), ("actor_key", pa.string()),
        ("recipient_key", pa.string()), ("negated", pa.bool_()), ("hypothetical", pa.bool_()),
        ("cluster_date", pa.date32()), ("date_precision", pa.string())]))


def partition(table: pa.Table) -> list[list[int]]:
    """Groups of row numbers with the same cluster, in row order."""
    groups: dict[int, list[int]] = {}
    for n, cluster in enumerate(assign_clusters(table).tolist()):
        groups.setdefault(cluster, []).append(n)
    return sorted(groups.values())


CASES = [
    ("same day, same dyad and type: one event",
     [("CONSULT", "RUS", "PRK", "2023-09-13", "day"), ("CONSULT", "RUS", "PRK", "2023-09-13", "day")], [[0, 1]]),
    ("three days apart: one event",
     [("CONSULT", "RUS", "PRK", "2023-09-13", "day"), ("CONSULT", "RUS", "PRK", "2023-09-16", "day")], [[0, 1]]),
    ("four days apart: two events",
     [("CONSULT", "RUS", "PRK", "2023-09-13", "day"), ("CONSULT", "RUS", "PRK", "2023-09-17", "day")], [[0], [1]]),
    ("a daily series is not chained: anchored at the earliest report",
     [("ASSAULT", "RUS", "UKR", "2023-01-01", "day"), ("ASSAULT", "RUS", "UKR", "2023-01-03", "day"),
      ("ASSAULT", "RUS", "UKR", "2023-01-05", "day")], [[0, 1], [2]]),
    ("publication dates count as days",
     [("AGREE", "PRK|RUS", "", "2024-06-19", "publication"), ("AGREE", "PRK|RUS", "", "2024-06-20", "publication")],
     [[0, 1]]),
    ("another recipient: two events",
     [("CONSULT", "RUS", "PRK", "2023-09-13", "day"), ("CONSULT", "RUS", "CHN", "2023-09-13", "day")], [[0], [1]]),
    ("other actors: two events",
     [("CONSULT", "RUS", "PRK", "2023-09-13", "day"), ("CONSULT", "CHN|RUS", "PRK", "2023-09-13", "day")],
     [[0], [1]]),
    ("another type: two events",
     [("CONSULT", "RUS", "PRK", "2023-09-13", "day"), ("AGREE", "RUS", "PRK", "2023-09-13", "day")], [[0], [1]]),
    ("a denial is not the event",
     [("CONSULT", "RUS", "PRK", "2023-09-13", "day"), ("CONSULT", "RUS", "PRK", "2023-09-13", "day", True)],
     [[0], [1]]),
    ("month precision: the same month is one event",
     [("AID", "PRK", "RUS", "2023-09-01", "month"), ("AID", "PRK", "RUS", "2023-09-01", "month"),
      ("AID", "PRK", "RUS", "2023-10-01", "month")], [[0, 1], [2]]),
    ("year precision: the same year is one event",
     [("AID", "PRK", "RUS", "2023-01-01", "year"), ("AID", "PRK", "RUS", "2023-01-01", "year")], [[0, 1]]),
    ("precisions are not mixed",
     [("AID", "PRK", "RUS", "2023-09-01", "month"), ("AID", "PRK", "RUS", "2023-09-01", "day")], [[0], [1]]),
    ("undated reports are events of their own",
     [("AID", "PRK", "RUS", None, "publication"), ("AID", "PRK", "RUS", None, "publication")], [[0], [1]]),
]


@pytest.mark.parametrize(("case", "rows", "expected"), CASES, ids=[c[0] for c in CASES])
def test_assign_clusters_groups_reports_of_one_real_world_event(case, rows, expected):
    assert partition(reports(*rows)) == expected


def test_assign_clusters_gives_the_same_ids_whatever_the_order_of_the_reports():
    rows = [row for _, case_rows, _ in CASES for row in case_rows]
    table = reports(*rows)
    ids = dict(zip(table["id"].to_pylist(), assign_clusters(table).tolist(), strict=True))
    order = list(range(len(rows)))
    random.Random(8).shuffle(order)
    shuffled = table.take(order)
    assert dict(zip(shuffled["id"].to_pylist(), assign_clusters(shuffled).tolist(), strict=True)) == ids


def test_assign_clusters_of_nothing_is_empty():
    assert len(assign_clusters(reports())) == 0

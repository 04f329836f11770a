"""Real-world events: the reports (event rows, from one article or many) of one thing
that happened.

Reports belong to one real-world event when they have the same event type, the same
set of actor codes, the same set of recipient codes, the same modality (negated,
hypothetical) and compatible dates:

- dated to the day (or only by the publication date): within `window_days` of the
  earliest report of the cluster. Clusters are anchored at their earliest report, so a
  daily series of attacks is not chained into one long event;
- dated to the month or the year: the same month, the same year;
- any other precision (a range): the same start date;
- no date: a real-world event of its own.

The cluster id is a hash of the group and the anchor, so it is the same whatever order
the reports came in, and in whatever batches. Each cluster's earliest report (by date,
then store order) is marked `first_report`, so counting real-world events is counting
marked rows, not a distinct count over millions of ids.
"""

from __future__ import annotations

import hashlib

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

DEFAULT_WINDOW_DAYS = 3
DAY_PRECISIONS = ("day", "time", "publication")
TIERS = ("day", "month", "year", "range")
_DAY_OFFSET = 1 << 20  # days from 1970 shifted non-negative: years −900 … 4840
_ANCHOR_BITS = 21
_TIER_BITS = 3
CLUSTER_COLUMNS = ("seq", "id", "event", "actor_key", "recipient_key", "negated", "hypothetical", "cluster_date",
                   "date_precision")


def cluster_hash(label: str) -> int:
    """A stable 64-bit id (blake2b) for a cluster label."""
    return int.from_bytes(hashlib.blake2b(label.encode(), digest_size=8).digest(), "big")


def format_cluster(cluster: int) -> str:
    """The id as users see it: 16 hex digits, like event ids."""
    return f"{cluster:016x}"


def assign_clusters(table: pa.Table, *, window_days: int = DEFAULT_WINDOW_DAYS) -> np.ndarray:
    """The cluster id (uint64) of every row of `table` (columns `CLUSTER_COLUMNS`),
    computed from these rows alone."""
    n = table.num_rows
    result = np.zeros(n, dtype=np.uint64)
    if n == 0:
        return result
    groups = _group_labels(table).dictionary_encode().combine_chunks()
    group_index = groups.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    group_names = groups.dictionary.to_pylist()
    days_arr = table["cluster_date"].combine_chunks().cast(pa.int32())
    dated = days_arr.is_valid().to_numpy(zero_copy_only=False)
    days = days_arr.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    tiers = _tiers(table["date_precision"].to_numpy(zero_copy_only=False))
    seqs = table["seq"].to_numpy().astype(np.int64)
    anchors = _anchors(group_index, tiers, days, seqs, dated, window_days=window_days)
    keys = (group_index << (_TIER_BITS + _ANCHOR_BITS)) | (tiers.astype(np.int64) << _ANCHOR_BITS) | anchors
    unique, inverse = np.unique(keys[dated], return_inverse=True)
    ids = np.fromiter((cluster_hash(_label(int(k), group_names)) for k in unique), dtype=np.uint64, count=len(unique))
    result[dated] = ids[inverse.ravel()]
    undated_ids = table["id"].to_numpy(zero_copy_only=False)[~dated]
    names = np.array(group_names, dtype=object)[group_index[~dated]]
    result[~dated] = np.fromiter(
        (cluster_hash(f"{name}|event|{event_id}") for name, event_id in zip(names, undated_ids, strict=True)),
        dtype=np.uint64,
        count=int((~dated).sum()),
    )
    return result


def first_reports(table: pa.Table, clusters: np.ndarray) -> np.ndarray:
    """Per row: whether it is the earliest report (by cluster date, then seq) of its
    cluster."""
    if table.num_rows == 0:
        return np.zeros(0, dtype=bool)
    days = table["cluster_date"].combine_chunks().cast(pa.int32()).fill_null(0).to_numpy(zero_copy_only=False)
    seqs = table["seq"].to_numpy()
    order = np.lexsort((seqs, days, clusters))
    first = np.ones(len(order), dtype=bool)
    first[1:] = clusters[order][1:] != clusters[order][:-1]
    result = np.empty(len(order), dtype=bool)
    result[order] = first
    return result


def _group_labels(table: pa.Table) -> pa.ChunkedArray:
    modality = pc.if_else(
        table["negated"], pc.if_else(table["hypothetical"], "negated+hypothetical", "negated"),
        pc.if_else(table["hypothetical"], "hypothetical", ""),
    )
    columns = [table["event"], table["actor_key"], table["recipient_key"], modality]
    return pc.binary_join_element_wise(*columns, ">")


def _tiers(precisions: np.ndarray) -> np.ndarray:
    tiers = np.full(len(precisions), TIERS.index("range"), dtype=np.int8)
    tiers[np.isin(precisions, DAY_PRECISIONS)] = TIERS.index("day")
    tiers[precisions == "month"] = TIERS.index("month")
    tiers[precisions == "year"] = TIERS.index("year")
    return tiers


def _anchors(
    groups: np.ndarray, tiers: np.ndarray, days: np.ndarray, seqs: np.ndarray, dated: np.ndarray, *, window_days: int
) -> np.ndarray:
    """Per row: the day tier's anchor day, the month's or year's number, the range's day
    (all shifted non-negative); 0 for undated rows."""
    anchors = days + _DAY_OFFSET
    as_dates = days.astype("datetime64[D]")
    month = tiers == TIERS.index("month")
    anchors[month] = as_dates[month].astype("datetime64[M]").astype(np.int64) + _DAY_OFFSET
    year = tiers == TIERS.index("year")
    anchors[year] = as_dates[year].astype("datetime64[Y]").astype(np.int64) + _DAY_OFFSET
    day = np.flatnonzero((tiers == TIERS.index("day")) & dated)
    anchors[day] = _day_anchors(groups[day], anchors[day], seqs[day], window_days=window_days)
    anchors[~dated] = 0
    return anchors


def _day_anchors(groups: np.ndarray, days: np.ndarray, seqs: np.ndarray, *, window_days: int) -> np.ndarray:
    """Greedy anchored windows per group: the earliest report opens a cluster that takes
    every report up to `window_days` later; the next one opens the next cluster."""
    order = np.lexsort((seqs, days, groups))
    keys = (groups[order] << (_ANCHOR_BITS + 1)) | days[order]
    beyond = np.searchsorted(keys, keys + window_days, side="right")
    starts = np.zeros(len(keys), dtype=bool)
    i = 0
    while i < len(keys):
        starts[i] = True
        i = int(beyond[i])
    start_index = np.maximum.accumulate(np.where(starts, np.arange(len(keys)), 0))
    anchors = np.empty(len(keys), dtype=np.int64)
    anchors[order] = days[order][start_index]
    return anchors


def _label(key: int, group_names: list[str]) -> str:
    anchor = key & ((1 << _ANCHOR_BITS) - 1)
    tier = TIERS[(key >> _ANCHOR_BITS) & ((1 << _TIER_BITS) - 1)]
    group = group_names[key >> (_TIER_BITS + _ANCHOR_BITS)]
    value = anchor - _DAY_OFFSET
    if tier == "month":
        text = str(np.datetime64(value, "M"))
    elif tier == "year":
        text = str(np.datetime64(value, "Y"))
    else:
        text = str(np.datetime64(value, "D"))
    return f"{group}|{tier}|{text}"


def recluster(con: duckdb.DuckDBPyConnection, groups: pa.Table, *,
              window_days: int = DEFAULT_WINDOW_DAYS) -> np.ndarray:
    """Recompute the clusters of the stored reports in `groups` (rows of event,
    actor_key, recipient_key, negated, hypothetical) and write the ids that changed to
    `events` and `dyads`; the clusters touched (those that lost or gained a report, or
    whose first report changed). The caller holds the transaction."""
    if groups.num_rows == 0:
        return np.zeros(0, dtype=np.uint64)
    con.register("_recluster_groups", groups)
    try:
        columns = ", ".join(f"e.{c}" for c in CLUSTER_COLUMNS)
        stored = con.sql(
            f"SELECT {columns}, e.cluster, e.first_report FROM events e SEMI JOIN _recluster_groups g "
            "USING (event, actor_key, recipient_key, negated, hypothetical)"
        ).to_arrow_table()
    finally:
        con.unregister("_recluster_groups")
    return _write_changes(con, stored, window_days=window_days)


def recluster_all(con: duckdb.DuckDBPyConnection, *, window_days: int = DEFAULT_WINDOW_DAYS) -> np.ndarray:
    """Recompute every cluster (after a change of the rules); the clusters touched."""
    columns = ", ".join(CLUSTER_COLUMNS)
    stored = con.sql(f"SELECT {columns}, cluster, first_report FROM events").to_arrow_table()
    return _write_changes(con, stored, window_days=window_days)


def _write_changes(con: duckdb.DuckDBPyConnection, stored: pa.Table, *, window_days: int) -> np.ndarray:
    clusters = assign_clusters(stored, window_days=window_days)
    first = first_reports(stored, clusters)
    before = stored["cluster"].to_numpy(zero_copy_only=False).astype(np.uint64)
    changed = (clusters != before) | (first != stored["first_report"].to_numpy(zero_copy_only=False))
    if not changed.any():
        return np.zeros(0, dtype=np.uint64)
    updates = pa.table({
        "seq": stored["seq"].to_numpy()[changed],
        "cluster": pa.array(clusters[changed], pa.uint64()),
        "first_report": first[changed],
    })
    con.register("_cluster_updates", updates)
    try:
        con.execute("UPDATE events SET cluster = u.cluster, first_report = u.first_report "
                    "FROM _cluster_updates u WHERE events.seq = u.seq")
        con.execute("UPDATE dyads SET cluster = u.cluster, first_report = u.first_report "
                    "FROM _cluster_updates u WHERE dyads.event_seq = u.seq")
    finally:
        con.unregister("_cluster_updates")
    return np.unique(np.concatenate([before[changed], clusters[changed]]))

"""Each page's data, built from the store's query functions (the ones the CLI calls,
and `web_queries` for what only pages show). A view takes an open store and validated
arguments and returns a record of `models`; the JSON twin returns it, the page renders
it. Unknown actors are 404, other bad values 4xx, raised here as HTTP errors."""

from __future__ import annotations

import datetime as dt
import functools
import urllib.parse
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import duckdb
from fastapi import HTTPException

from dyadwatch.errors import ConfigError
from dyadwatch.plover.ontology import load_ontology
from dyadwatch.store import web_queries
from dyadwatch.store.export import article_filter, plover_records
from dyadwatch.sanctions.rules import load_regimes
from dyadwatch.store.flags import FlagFilters, ShippedRegimes, event_flags, flag_span, known_regimes, stored_flags
from dyadwatch.store.queries import (
    BETWEEN,
    UNDATED,
    actor_profile,
    dyad,
    event_type,
    event_types,
    find_events,
    quad_codes,
    sector_code,
    top_actors,
)
from dyadwatch.actors.names import actor_name, resolve_actor, with_names
from dyadwatch.web import models
from dyadwatch.web.highlight import Mark, role_marks, word_marks
from dyadwatch.web.memo import Remembered
from dyadwatch.web.chart_periods import period_bounds

HOME_TOP = 10
FLAGS_LISTED = 500
PERIOD_EVENTS = 200
ACTOR_LISTED = 50


# --- arguments --------------------------------------------------------------------------


def known_actor(name: str) -> str:
    """The code of an actor argument; 404 when it names no actor."""
    try:
        return resolve_actor(name)
    except ConfigError as exc:
        raise HTTPException(404, f"unknown actor: {exc}") from exc


def quad_names() -> dict[int, str]:
    return {code: name for name, code in load_ontology().quad_classes.items()}


def safe_url(url: str | None) -> str | None:
    """`url` if it is an http(s) address, else None: a stored URL becomes a link only
    when following it cannot run a script."""
    if not url:
        return None
    return url if urllib.parse.urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


# --- events with their evidence ---------------------------------------------------------


def event_items(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]]) -> list[models.EventItem]:
    """Rows of `find_events` (or `recent_events`) with their first report's sentence,
    marked, and the articles that report them."""
    if not rows:
        return []
    reports: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for report in web_queries.event_reports(con, [row["event_id"] for row in rows]):
        reports[report["event_id"]].append(report)
    quads = quad_names()
    flags = event_flags(con, [row["event_id"] for row in rows])
    return [_event_item(row, reports[row["event_id"]], quads, flags.get(row["event_id"], [])) for row in rows]


def _event_item(row: dict[str, Any], reports: list[dict[str, Any]], quads: dict[int, str],
                flags: list[str]) -> models.EventItem:
    return models.EventItem(flags=flags,
        event_id=row["event_id"], date=row["date"], event=row["event"], actor=row["actor"],
        recipient=row["recipient"], score=row["score"], quad_code=row["quad_code"],
        quad_class=quads.get(row["quad_code"]), negated=row["negated"], hypothetical=row["hypothetical"],
        reports=row["reports"], sentence=report_sentence(reports[0]), articles=article_links(reports),
    )


def report_sentence(report: dict[str, Any]) -> models.Sentence:
    """A report's sentence with its actors, recipients and event words marked."""
    marks = role_marks(report["mentions"], actor=report["actor"], recipient=report["recipient"],
                       offset=report["char_start"])
    marks += word_marks(report["text"], report["event_text"], label=f"event {report['event']}")
    return models.Sentence(text=report["text"], marks=sorted(marks, key=lambda m: (m.start, m.end)))


def article_links(reports: list[dict[str, Any]]) -> list[models.ArticleLink]:
    """One link per article among the reports, in store order."""
    firsts = {report["article_id"]: report for report in reversed(reports)}
    return [
        models.ArticleLink(id=r["article_id"], title=r["title"], url=safe_url(r["url"]), source=r["source"],
                           published=r["published"], report_id=r["report_id"])
        for r in sorted(firsts.values(), key=lambda r: r["seq"])
    ]


# --- pages ------------------------------------------------------------------------------


def home_view(con: duckdb.DuckDBPyConnection) -> models.Home:
    dyads = [models.DyadCount(**row, a_name=actor_name(row["a"]), b_name=actor_name(row["b"]))
             for row in web_queries.top_dyads(con, top=HOME_TOP).to_pylist()]
    return models.Home(
        summary=models.CorpusSummary(**web_queries.corpus_summary(con)),
        dyads=dyads,
        actors=[models.ActorCount(**row) for row in with_names(top_actors(con, top=HOME_TOP), after="code").to_pylist()],
        recent=event_items(con, web_queries.recent_events(con, limit=HOME_TOP).to_pylist()),
    )


def resolved_event_filters(filters: models.EventFilters) -> models.EventFilters:
    """The filters with actor codes and the names of types and quad classes; 404 or
    422 if unknown, 422 for only one side of a pair."""
    if bool(filters.a) != bool(filters.b):
        raise HTTPException(422, "between: give both a and b")
    try:
        types = ",".join(event_types(filters.type)) or None
        quads = {code: name for name, code in load_ontology().quad_classes.items()}
        quad = ",".join(quads[code] for code in quad_codes(filters.quad)) or None
        sector = sector_code(filters.sector) if filters.sector else None
    except ConfigError as exc:
        raise HTTPException(422, str(exc)) from exc
    return models.EventFilters(
        actor=known_actor(filters.actor) if filters.actor else None,
        recipient=known_actor(filters.recipient) if filters.recipient else None,
        a=known_actor(filters.a) if filters.a else None, b=known_actor(filters.b) if filters.b else None,
        type=types, quad=quad, sector=sector, source=filters.source or None,
        since=filters.since, until=filters.until, q=filters.q or None, order=filters.order,
    )


def find_filtered(con: duckdb.DuckDBPyConnection, resolved: models.EventFilters, *,
                  limit: int | None = None) -> Any:
    """`find_events` with resolved filters."""
    return find_events(con, actor=resolved.actor, recipient=resolved.recipient,
                       between=(resolved.a, resolved.b) if resolved.a and resolved.b else None,
                       type=resolved.type, quad=resolved.quad, sector=resolved.sector, source=resolved.source,
                       since=resolved.since, until=resolved.until, text=resolved.q, order=resolved.order,
                       limit=limit)


def events_view(con: duckdb.DuckDBPyConnection, filters: models.EventFilters, *, page: int,
                size: int) -> models.EventsPage:
    """One page of the real-world events matching every filter, in date order."""
    resolved = resolved_event_filters(filters)
    found = find_filtered(con, resolved, limit=page * size + 1).to_pylist()
    shown = found[(page - 1) * size : page * size]
    return models.EventsPage(filters=resolved, page=page, size=size, events=event_items(con, shown),
                             has_next=len(found) > page * size)


def dyad_view(con: duckdb.DuckDBPyConnection, a: str, b: str, *, by: str, since: dt.date | None = None,
              until: dt.date | None = None, period: str | None = None, normalise: bool = False,
              remembered: Remembered | None = None) -> models.DyadView:
    """The dyad over time both ways and together, and the events of the selected `period`;
    the pair's dyad rows and flags kept in `remembered`, if given, for its other answers."""
    x, y = known_actor(a), known_actor(b)
    table = dyad(con, x, y, by=by, since=since, until=until, normalise=normalise,
                 remember=remembered.get if remembered is not None else None)
    quads = list(load_ontology().quad_classes)
    rows = [_dyad_row(row, quads) for row in table.to_pylist()]
    events, more = _period_events(con, x, y, by=by, period=period, since=since, until=until) if period else ([], False)
    return models.DyadView(
        a=x, b=y, a_name=actor_name(x), b_name=actor_name(y), by=by, since=since, until=until, normalise=normalise,
        directions=[f"{x}->{y}", f"{y}->{x}", BETWEEN, f"{x}+{y}"], quad_classes=quads, rows=rows,
        period=period, events=events, more_events=more,
        flags=dyad_flags(con, x, y, since=since, until=until, remembered=remembered),
    )


def _dyad_row(row: dict[str, Any], quads: list[str]) -> models.DyadRow:
    return models.DyadRow(
        period=row["period"], direction=row["direction"], events=row["events"], reports=row["reports"],
        articles=row.get("articles"), events_per_100_articles=row.get("events_per_100_articles"),
        quads={name: row[name] for name in quads}, score_mean=row["score_mean"], score_sum=row["score_sum"],
        types=dict(row["types"]), evidence=[models.Evidence(**e) for e in row["evidence"] or []],
    )


def _period_events(con: duckdb.DuckDBPyConnection, x: str, y: str, *, by: str, period: str,
                   since: dt.date | None, until: dt.date | None) -> tuple[list[models.EventItem], bool]:
    found = period_events_table(con, x, y, by=by, period=period, since=since, until=until,
                                limit=PERIOD_EVENTS + 1).to_pylist()
    return event_items(con, found[:PERIOD_EVENTS]), len(found) > PERIOD_EVENTS


def period_events_table(con: duckdb.DuckDBPyConnection, x: str, y: str, *, by: str, period: str,
                        since: dt.date | None, until: dt.date | None, limit: int | None = PERIOD_EVENTS) -> Any:
    """The real-world events between `x` and `y` in `period` (a label, or `undated`)
    within `since`…`until`, as `find_events` gives them; 422 for a bad label."""
    if period == UNDATED:
        return find_events(con, between=(x, y), undated=True, limit=limit)
    try:
        start, end = period_bounds(period, by=by)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    start, end = max(start, since or start), min(end, until or end)
    return find_events(con, between=(x, y), since=start, until=end, limit=limit)


def flag_items(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, Any]]) -> list[models.FlagItem]:
    """Rows of `stored_flags` with their evidence sentence, marked, and their articles."""
    if not rows:
        return []
    reports: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for report in web_queries.event_reports(con, sorted({row["event_id"] for row in rows})):
        reports[report["event_id"]].append(report)
    keys = set(models.FlagItem.model_fields) - {"sentence", "articles"}
    return [models.FlagItem(**{k: row[k] for k in keys}, sentence=_flag_sentence(row, reports[row["event_id"]]),
                            articles=article_links(reports[row["event_id"]]))
            for row in rows]


def _flag_sentence(row: dict[str, Any], reports: list[dict[str, Any]]) -> models.Sentence:
    first = next((r for r in reports if r["report_id"] == row["report_id"]), reports[0] if reports else None)
    return report_sentence(first) if first else models.Sentence(text=row["text"], marks=[])


def flag_query(filters: models.FlagFiltersOut) -> FlagFilters:
    """The sanctions page's filters as the store takes them (actor as a code)."""
    return FlagFilters(regime=filters.regime or None, rule=filters.rule or None, since=filters.since,
                       until=filters.until, actor=known_actor(filters.actor) if filters.actor else None)


@functools.cache
def shipped_regimes() -> ShippedRegimes:
    """The shipped sanctions regimes, as the store's flag queries take them."""
    regimes = load_regimes()
    return ShippedRegimes(ids=frozenset(regime.id for regime in regimes),
                          legal_sources={rule.id: rule.source for regime in regimes for rule in regime.rules})


def sanctions_view(con: duckdb.DuckDBPyConnection, filters: models.FlagFiltersOut) -> models.SanctionsView:
    """The flagged real-world events matching the filters, by date; 422 for an unknown regime."""
    query = flag_query(filters)
    try:
        rows = stored_flags(con, query, shipped=shipped_regimes(), limit=FLAGS_LISTED + 1).to_pylist()
    except ConfigError as exc:
        raise HTTPException(422, str(exc)) from exc
    return models.SanctionsView(
        filters=models.FlagFiltersOut(regime=query.regime, rule=query.rule, actor=query.actor, since=query.since,
                                      until=query.until),
        regimes=known_regimes(con, shipped_regimes()), flags=flag_items(con, rows[:FLAGS_LISTED]), more=len(rows) > FLAGS_LISTED,
    )


def dyad_flags(con: duckdb.DuckDBPyConnection, x: str, y: str, *, since: dt.date | None,
               until: dt.date | None, remembered: Remembered | None = None) -> list[models.FlagItem]:
    """Flagged events with both `x` and `y` among their parties (filtered before the
    list's limit, so an actor's other flags never crowd out the pair's).

    With `remembered`, the pair's flags without bounds and the span of their reports'
    dates are kept for the database read: bounds that hold every report give those
    flags, bounds that hold none give none, and only bounds cutting through the span
    are queried (the flags query costs a dyad answer most of its time)."""
    if remembered is None:
        return _pair_flags(con, x, y, since=since, until=until)
    pair = tuple(sorted((x, y)))  # the filter takes the two either way
    span = remembered.get(("flag span", pair), lambda: flag_span(con, FlagFilters(actor=x, partner=y)))
    if span.holds(since=since, until=until):
        return list(remembered.get(("flags", pair), lambda: _pair_flags(con, x, y, since=None, until=None)))
    if span.misses(since=since, until=until):
        return []
    return _pair_flags(con, x, y, since=since, until=until)


def _pair_flags(con: duckdb.DuckDBPyConnection, x: str, y: str, *, since: dt.date | None,
                until: dt.date | None) -> list[models.FlagItem]:
    rows = stored_flags(con, FlagFilters(actor=x, partner=y, since=since, until=until), shipped=shipped_regimes(),
                        limit=FLAGS_LISTED).to_pylist()
    return flag_items(con, rows)


def actor_view(con: duckdb.DuckDBPyConnection, name: str, *, by: str) -> models.ActorView:
    """An actor's partners (in all and over time), how it is named, what it said."""
    code = known_actor(name)
    view = models.ActorView(
        code=code, name=actor_name(code), by=by,
        partners=[_partner(row) for row in with_names(actor_profile(con, code), after="partner").to_pylist()],
        over_time=[models.PartnerPeriod(**row)
                   for row in web_queries.actor_partners_over_time(con, code, by=by).to_pylist()],
        mentions=[models.Naming(**row)
                  for row in web_queries.actor_mentions(con, code, limit=ACTOR_LISTED).to_pylist()],
        quotes=[models.ActorQuote(**row)
                for row in web_queries.actor_quotes(con, code, limit=ACTOR_LISTED).to_pylist()],
    )
    if view.name is None and not (view.partners or view.mentions or view.quotes):
        raise HTTPException(404, f"unknown actor: {code} is not a code dyadwatch knows, and no article names it")
    return view


def _partner(row: dict[str, Any]) -> models.Partner:
    return models.Partner(**{**row, "types": dict(row["types"] or [])})


def article_view(con: duckdb.DuckDBPyConnection, article_id: str) -> models.ArticleView:
    """An article's cleaned text and everything found in it; 404 when absent."""
    found = web_queries.article(con, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in this database")
    annotations = {name: table.to_pylist() for name, table in web_queries.article_annotations(con, article_id).items()}
    flags = {row["report_id"]: row["rules"] for row in annotations["flags"]}
    return models.ArticleView(
        **{key: found[key] for key in ("id", "title", "source", "byline", "section", "published",
                                       "published_source", "language", "duplicate_of", "text")},
        url=safe_url(found["url"]),
        paragraphs=[models.Paragraph(**row) for row in annotations["paragraphs"]],
        mentions=[models.MentionOut(**row) for row in annotations["mentions"]],
        times=[models.TimeOut(**row) for row in annotations["times"]],
        quotes=[models.QuoteOut(**row) for row in annotations["quotes"]],
        events=article_reports(con, article_id, flags=flags),
    )


def article_reports(con: duckdb.DuckDBPyConnection, article_id: str, *,
                    flags: dict[str, list[str]]) -> list[models.ReportOut]:
    """The article's reports as their PLOVER records, with the rules flagged on each
    (`flags`, by report id), in text order."""
    records = plover_records(con, *article_filter(article_id), names=actor_name)
    # A stable sort: reports of one sentence stay in store order.
    return [models.ReportOut(**dict(record), flags=tuple(flags.get(record.id, ())))
            for record in sorted(records, key=lambda record: record.text_info.start)]


def article_marks(view: models.ArticleView, *, focus: str | None = None) -> list[Mark]:
    """Marks over the article text: mentions, times, quotes and their cues, event
    sentences (each with an anchor `r-<report id>`); the `focus` report's sentence,
    actors, recipients and words stand out."""
    marks = [_mention_mark(m) for m in view.mentions]
    marks += [Mark(t.char_start, t.char_end, "time", f"time {t.value or t.text}") for t in view.times]
    for q in view.quotes:
        speaker = q.speaker_text or "unknown speaker"
        marks.append(Mark(q.content_start, q.content_end, "quote", f"quote of {speaker}",
                          anchor=f"c-{q.content_start}"))
        marks.append(Mark(q.cue_start, q.cue_end, "cue", f"cue of a quote of {speaker}"))
    for e in view.events:
        marks.append(Mark(e.text_info.start, e.text_info.end, "event", _event_label(e), anchor=f"r-{e.id}"))
        if e.id == focus:
            marks += _focus_marks(e, view.mentions)
    return marks


def _mention_mark(m: models.MentionOut) -> Mark:
    if m.code is None:
        return Mark(m.char_start, m.char_end, "mention-unresolved", "unresolved mention")
    who = ", ".join(part for part in (m.name or actor_name(m.code), m.person, m.office) if part)
    return Mark(m.char_start, m.char_end, "mention", f"{m.code}: {who}" if who else m.code)


def _event_label(e: models.ReportOut) -> str:
    actors, recipients = "+".join(e.actor_codes) or "?", "+".join(e.recipient_codes)
    flags = " (denied)" if e.negated else " (hypothetical)" if e.hypothetical else ""
    return f"{', '.join(e.event)} {actors}" + (f" → {recipients}" if recipients else "") + flags


def _focus_marks(e: models.ReportOut, mentions: list[models.MentionOut]) -> list[Mark]:
    start, end = e.text_info.start, e.text_info.end
    inside = [{"start": m.char_start, "end": m.char_end, "code": m.code} for m in mentions
              if m.code and m.char_start >= start and m.char_end <= end]
    words = [Mark(m.start + start, m.end + start, m.kind, m.label)
             for m in word_marks(e.text, " ".join(e.event_text), label=f"event {', '.join(e.event)}")]
    return [Mark(start, end, "focus"), *role_marks(inside, actor=e.actor_codes, recipient=e.recipient_codes),
            *words]

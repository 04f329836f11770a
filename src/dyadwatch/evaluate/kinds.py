"""The evaluation kinds `dyadwatch eval` knows, each reading its standard gold format
and scoring what the current pipeline produces."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from dyadwatch.errors import ConfigError
from dyadwatch.evaluate import attribution, plover, plover_docs, timeml
from dyadwatch.evaluate.extraction import report_extraction
from dyadwatch.evaluate.report import Case, Report
from dyadwatch.pipeline import annotate_articles, annotate_text, clean_documents
from dyadwatch.errors import InputError
from dyadwatch.records import AnnotatedArticle, Event

EvalKind = Callable[[list[Path]], Report]
DATE_TIME = ("DATE", "TIME")


def _annotator() -> Callable[[str, dt.date | None], AnnotatedArticle]:
    """Annotate each gold text once, however many figures read it."""
    return functools.lru_cache(maxsize=4096)(lambda text, published=None: annotate_text(text, published=published))


def asserted(events: Sequence[Event]) -> list[Event]:
    """The events a text says happened or will happen: PLOVER gold codes no denied
    ("did not attack") or conditional ("if … attacks") events, and neither does the
    default view of dyadwatch's store; they stay in the output with their flags."""
    return [e for e in events if not (e.aux.negated or e.aux.hypothetical)]


def report_plover(paths: list[Path]) -> Report:
    golds = [gold for path in paths for gold in plover.read_plover(path)]
    annotate = _annotator()
    events = plover.evaluate_events(golds, lambda text: asserted(annotate(text, None).events))
    actors = plover.evaluate_actors(golds, lambda text: annotate(text, None).mentions)
    cases = [
        *(Case(m.record_id or "", 0.0, f"{m.gold}  «{m.text}»", f"{m.predicted} {m.problems}") for m in events.worst_cases(1000)),
        *(Case(c.record_id or "", 0.0, f"{c.actor}→{c.recipient}  «{c.text}»", f"resolved {c.resolved}") for c in actors.worst_cases(1000)),
    ]
    return Report("plover", _names(paths), {**events.figures(), **actors.figures()}, tuple(cases))


def report_plover_docs(paths: list[Path]) -> Report:
    """Document-level PLOVER scoring (`evaluate.plover_docs`): the articles of DOCS go
    through the same reader, cleaner and pipeline as `dyadwatch extract DOCS`."""
    docs, events_path = plover_docs.gold_paths(paths)
    golds = plover_docs.read_doc_events(events_path)
    ids = _jsonl_ids(docs)
    predictions: dict[str, tuple[Event, ...]] = {}
    published: dict[str, dt.date | None] = {}
    failures: dict[str, str] = {}
    for item in annotate_articles(clean_documents([str(docs)])):
        if isinstance(item, InputError):
            failures[ids.get(item.source, item.source)] = item.reason
        else:
            predictions[item.article.id] = item.events
            published[item.article.id] = item.article.published
    result = plover_docs.evaluate_documents(golds, predictions, published=published, failures=failures)
    cases = tuple(
        Case(e.doc_id, 0.0, f"{e.gold or '(none)'}{' [core]' if e.core else ''}  «{e.sentence}»", e.predicted)
        for e in result.errors(1000)
    )
    return Report("plover-docs", _names([docs, events_path]), result.figures(), cases)


def _jsonl_ids(path: Path) -> dict[str, str]:
    """`PATH:LINE` (how a reader names a JSON line) → the line's `id`, for naming
    the documents the pipeline could not read."""
    ids = {}
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and record.get("id"):
            ids[f"{path}:{number}"] = str(record["id"])
    return ids


def report_timeml(paths: list[Path]) -> Report:
    """TempEval-3 figures over all timex types, and `date_time_*` figures over DATE and
    TIME expressions with a concrete value (the ones an event date can come from)."""
    documents = list(timeml.iter_timeml(paths))
    annotate = _annotator()
    predict = lambda text, created: annotate(text, created).times  # noqa: E731
    everything = timeml.evaluate_timeml(documents, predict)
    dated = timeml.evaluate_timeml(documents, predict, types=DATE_TIME, score_unvalued=False)
    figures = {**everything.figures(), **{f"date_time_{k}": v for k, v in dated.figures().items()}}
    cases = tuple(
        Case(m.doc_id, 0.0, f"{m.gold_text} = {m.gold_value} ({m.gold_type})",
             f"{m.predicted_text} = {m.predicted_value} ({m.predicted_type}) {m.problems}")
        for m in dated.worst_cases(100)
    )
    return Report("timeml", _names(paths), figures, cases)


def report_attribution(paths: list[Path]) -> Report:
    files = [path for path in paths if path.is_file()]
    documents = [doc for path in paths if path.is_dir() for doc in attribution.iter_polnear(path)]
    documents += list(attribution.iter_polnear(files)) if files else []
    annotate = _annotator()
    result = attribution.evaluate_attribution(documents, lambda text: annotate(text, None).quotes)
    cases = tuple(
        Case(m.doc_id, 0.0, f"{m.gold_source} | {m.gold_cue} | {m.gold_content}",
             f"{m.predicted_speaker} | {m.predicted_cue} | {m.predicted_content} ({m.problem})")
        for m in result.worst_cases(100)
    )
    return Report("attribution", _names(paths), result.figures(), cases)


def _names(paths: list[Path]) -> tuple[str, ...]:
    return tuple(str(path) for path in paths)


KINDS: dict[str, EvalKind] = {
    "extraction": report_extraction,
    "plover": report_plover,
    "plover-docs": report_plover_docs,
    "timeml": report_timeml,
    "attribution": report_attribution,
}


def run_eval(kind: str, gold: Sequence[str]) -> Report:
    """Score dyadwatch on the gold files or directories of one kind."""
    if kind not in KINDS:
        raise ConfigError(f"unknown evaluation kind {kind!r}; choose one of {', '.join(KINDS)}")
    paths = [Path(item) for item in gold]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise ConfigError(f"gold data not found: {', '.join(missing)}")
    return KINDS[kind](paths)

"""Shared output options: every command writes JSON Lines by default, or another format."""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

from dyadwatch.errors import ConfigError
from dyadwatch.records import AnnotatedArticle, Article, Event, to_dict

if TYPE_CHECKING:
    from dyadwatch.plover.record import Names, PloverRecord

NESTED_FORMATS = ("jsonl", "json")
TABULAR_FORMATS = ("jsonl", "json", "csv", "table")


def article_record(article: Article) -> dict[str, Any]:
    """The `clean` view of an article."""
    record: dict[str, Any] = to_dict(article)
    return record


def annotated_record(annotated: AnnotatedArticle) -> dict[str, Any]:
    """The `annotate` view: the article fields plus everything found in it."""
    record = article_record(annotated.article)
    for field in ("times", "mentions", "quotes", "flags"):
        record[field] = to_dict(getattr(annotated, field))
    record["events"] = [_annotated_event(annotated, event) for event in annotated.events]
    return record


def event_record(annotated: AnnotatedArticle, event: Event) -> dict[str, Any]:
    """The `extract` view of an event: its PLOVER record (`dyadwatch.plover.record`),
    the same `export --format plover-jsonl` writes once it is stored (but for `link`)."""
    record_type, names, coder = _plover_context()
    record: dict[str, Any] = record_type.from_event(event, annotated.article, names=names, coder=coder).json_object()
    return record


@functools.cache
def _plover_context() -> tuple[type[PloverRecord], Names, str]:
    # Imported when a command writes records: the command line starts without pydantic,
    # pyarrow (the actor names) or spaCy (the pipeline version lives with the pipeline).
    from dyadwatch.actors.names import actor_name
    from dyadwatch.pipeline import pipeline_version
    from dyadwatch.plover.record import PloverRecord
    from dyadwatch.registry import default_stages

    return PloverRecord, actor_name, pipeline_version(default_stages())


def _annotated_event(annotated: AnnotatedArticle, event: Event) -> dict[str, Any]:
    """An event as `annotate` shows it: the record's fields as the pipeline holds them
    (`aux` nested, `score`, `pattern`), the evidence offsets (`text_info`) and where the
    story came from (`cite_info`)."""
    article = annotated.article
    return {
        "id": event.id,
        "doc_id": event.doc_id,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        "actor": to_dict(event.actor),
        "recipient": to_dict(event.recipient),
        "date": to_dict(event.date),
        "date_precision": event.date_precision,
        "event_text": event.event_text,
        "text": event.text,
        "text_info": {
            "start": event.start,
            "end": event.end,
            "sentence": event.sentence,
            "in_caption": event.in_caption,
            "quote": event.quote_index,
        },
        "aux": to_dict(event.aux),
        "score": event.score,
        "quad_code": event.quad_code,
        "pattern": event.pattern,
        "confidence": round(event.confidence, 3),
        "cite_info": {
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "publication": to_dict(article.published),
            "publication_source": article.published_source,
        },
    }


def write_records(records: Iterable[Mapping[str, Any]], *, fmt: str, stream: IO[str]) -> int:
    """Write records in `fmt`, streaming where the format allows; returns the count."""
    writers = {"jsonl": _write_jsonl, "json": _write_json, "csv": _write_csv, "table": _write_table}
    if fmt not in writers:
        raise ConfigError(f"unknown output format {fmt!r}; choose one of {', '.join(writers)}")
    return writers[fmt](records, stream)


def _write_jsonl(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    count = 0
    for count, record in enumerate(records, start=1):
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        stream.flush()
    return count


def _write_json(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    items = list(records)
    json.dump(items, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
    return len(items)


def _flat_rows(records: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, str]]:
    for record in records:
        yield {key: _cell(value) for key, value in record.items()}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _write_csv(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    count = 0
    for row in _flat_rows(records):
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(row)
        count += 1
    return count


def _write_table(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    rows = list(_flat_rows(records))
    if not rows:
        return 0
    columns = list(rows[0])
    widths = {col: min(40, max(len(col), *(len(row.get(col, "")) for row in rows))) for col in columns}
    stream.write("  ".join(col.ljust(widths[col]) for col in columns).rstrip() + "\n")
    for row in rows:
        cells = (_fit(row.get(col, ""), widths[col]) for col in columns)
        stream.write("  ".join(cells).rstrip() + "\n")
    return len(rows)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return (text[: width - 1] + "…" if len(text) > width else text).ljust(width)

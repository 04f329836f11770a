"""Shared output options: every command writes JSON Lines by default, or another format."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

from dyadwatch.errors import ConfigError
from dyadwatch.records import AnnotatedArticle, Article, Event, to_dict

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
    record["events"] = [event_record(annotated, event) for event in annotated.events]
    return record


def event_record(annotated: AnnotatedArticle, event: Event) -> dict[str, Any]:
    """An event in the PLOVER record layout: type, mode, context, actor, recipient,
    date, the evidence (`text`, `text_info` offsets into the article), auxiliary modes,
    score, the pattern that fired, and where the story came from (`cite_info`)."""
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

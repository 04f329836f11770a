"""What `clean`, `annotate` and `extract` print for each article or event: the command
layer's record views (`extract`'s is the PLOVER record of `dyadwatch.plover.record`)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from dyadwatch.records import AnnotatedArticle, Article, Event, to_dict

if TYPE_CHECKING:
    from dyadwatch.plover.record import Names, PloverRecord


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

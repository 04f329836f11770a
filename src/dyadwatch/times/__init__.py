"""Time expressions: found in the text (`tagger`), normalized TimeML-style against the
publication date (`resolve`), as the pipeline stage `times.rules.v1`.

The vocabulary and the patterns live in `data/times.toml`."""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Doc

from dyadwatch.stage import Stage
from dyadwatch.records import AnnotatedArticle, TimeExpr
from dyadwatch.times.lexicon import load_lexicon
from dyadwatch.times.normalize import resolve_candidates
from dyadwatch.times.tagger import find_candidates

STAGE_NAME = "times.rules.v1"

__all__ = ["STAGE_NAME", "extract_times", "make_times_stage"]


def extract_times(doc: Doc, *, anchor: dt.date | None) -> tuple[TimeExpr, ...]:
    """Every time expression of a parsed Doc, in text order, resolved against `anchor`
    (the publication date; None when unknown: relative expressions then get no value)."""
    lexicon = load_lexicon()
    return resolve_candidates(find_candidates(doc, lexicon=lexicon), doc=doc, anchor=anchor, lexicon=lexicon)


def make_times_stage() -> Stage:
    """The stage that sets `AnnotatedArticle.times` from the article's publication date."""
    return Stage(name=STAGE_NAME, reads=("article",), writes=("times",), run=annotate_times)


def annotate_times(annotated: AnnotatedArticle, doc: Doc) -> AnnotatedArticle:
    return dataclasses.replace(annotated, times=extract_times(doc, anchor=annotated.article.published))

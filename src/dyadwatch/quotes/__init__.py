"""Quotes: who said what, as `Quote` records (issue 7).

`extract_quotes(doc, mentions=…)` returns every quote of a parsed article: the speaker
as a Mention of the text as written (with no actor when the source is anonymous:
"officials", "a source"; None when the text names no source), the cue, the
content span and text, whether it is a direct quote, and the medium when the text names
one. `make_quotes_stage()` is the pipeline stage (`quotes.rules.v1`). The knowledge —
cue verbs, nouns and phrases, media, anonymous sources, pronouns — lives in
`data/quotes.toml`; the modules here are the small engine that reads it.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from dyadwatch.stage import Stage
from dyadwatch.quotes.extract import extract_quotes
from dyadwatch.quotes.lexicon import QuoteLexicon, load_lexicon
from dyadwatch.quotes.marks import QuotedSpan, find_quoted_spans
from dyadwatch.quotes.speakers import resolve_pronoun
from dyadwatch.times.dating import date_event
from dyadwatch.records import AnnotatedArticle, Quote

__all__ = [
    "STAGE_NAME",
    "QuoteLexicon",
    "QuotedSpan",
    "extract_quotes",
    "find_quoted_spans",
    "load_lexicon",
    "make_quotes_stage",
    "resolve_pronoun",
]

STAGE_NAME = "quotes.rules.v1"


def make_quotes_stage() -> Stage:
    """The quotes stage: reads the article and its mentions, writes `quotes`."""

    def run(annotated: AnnotatedArticle, doc: Doc) -> AnnotatedArticle:
        quotes = extract_quotes(doc, mentions=annotated.mentions)
        return dataclasses.replace(annotated, quotes=tuple(_dated(quote, doc, annotated) for quote in quotes))

    return Stage(name=STAGE_NAME, reads=("article", "mentions", "times"), writes=("quotes",), run=run)


def _dated(quote: Quote, doc: Doc, annotated: AnnotatedArticle) -> Quote:
    """A statement is dated like an event: by the time expression governing its cue
    ("said on Tuesday"), else the publication date."""
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    if cue is None:
        return dataclasses.replace(quote, date=annotated.article.published)
    dated = date_event(cue.root, times=annotated.times, published=annotated.article.published)
    return dataclasses.replace(quote, date=dated.date)

"""The sanctions lens: flags on events that may report sanctions evasion (a covered
trade with a sanctioned target, or a listed person or organization taking part), each
with the rule, the legal source and the reason, so analysts can review them first.

`make_sanctions_stage` builds the pipeline stage; `flagged_events` lists flagged events
with their evidence for the `dyadwatch sanctions` command (and, later, the store).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc

from dyadwatch.records import AnnotatedArticle
from dyadwatch.sanctions.match import Lens, flag_article
from dyadwatch.sanctions.flagged import FlaggedEvent, flagged_events, flagged_record
from dyadwatch.sanctions.rules import load_regimes, load_settings
from dyadwatch.sanctions.watchlist import DEFAULT_THRESHOLD, load_watchlist
from dyadwatch.stage import Stage

STAGE_NAME = "sanctions.rules.v1"

__all__ = [
    "STAGE_NAME",
    "FlaggedEvent",
    "Lens",
    "flagged_events",
    "flagged_record",
    "load_lens",
    "make_sanctions_stage",
]


def load_lens(
    watchlists: Sequence[Path] = (), *, regimes: Sequence[Path] = (), threshold: float = DEFAULT_THRESHOLD
) -> Lens:
    """The shipped regimes (plus extra regime files) and the watchlists, loaded now."""
    watchlist = load_watchlist(watchlists, threshold=threshold) if watchlists else None
    return Lens(regimes=load_regimes(regimes), settings=load_settings(), watchlist=watchlist)


def make_sanctions_stage(
    watchlists: Sequence[Path] = (), *, regimes: Sequence[Path] = (), threshold: float = DEFAULT_THRESHOLD
) -> Stage:
    """The stage that fills `flags` from the article's events, mentions and parse."""
    lens = load_lens(watchlists, regimes=regimes, threshold=threshold)

    def run(annotated: AnnotatedArticle, doc: Doc) -> AnnotatedArticle:
        return dataclasses.replace(annotated, flags=flag_article(annotated, doc, lens=lens))

    return Stage(STAGE_NAME, reads=("article", "mentions", "events"), writes=("flags",), run=run)

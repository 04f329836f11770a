"""What the actor tests read of an annotated text: the resolved actor of the mention
covering an offset, and rows of `text, name, "CODE SECTOR,SECTOR"` (None: unresolved)."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from dyadwatch.pipeline import annotate_text
from dyadwatch.records import Actor, Mention

PUBLISHED = dt.date(2006, 12, 1)


@functools.cache
def mentions_of(text: str, published: dt.date = PUBLISHED) -> tuple[Mention, ...]:
    return annotate_text(text, published=published).mentions


def actor_at(text: str, start: int, published: dt.date = PUBLISHED) -> Actor | None:
    """The actor of the first resolved mention covering the character at `start`."""
    covering = [m for m in mentions_of(text, published) if m.start <= start < m.end and m.actor is not None]
    return covering[0].actor if covering else None


def resolution(text: str, name: str) -> tuple[str, tuple[str, ...]] | None:
    """The code and sectors of the mention covering the last `name`."""
    actor = actor_at(text, text.rindex(name))
    return (actor.code, actor.sectors) if actor is not None else None


def row(text: str, name: str, expected: str | None) -> object:
    code, _, sector_text = (expected or "").partition(" ")
    wanted = (code, tuple(s for s in sector_text.split(",") if s)) if expected else None
    return pytest.param(text, name, wanted, id=f"{name}->{expected}")

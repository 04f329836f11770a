"""Events written as test tables write them: `TYPE ACTOR>RECIPIENT`, several codes joined
by "+" in code order, no recipient as "CONSULT USA>"."""

from __future__ import annotations

import pytest

from dyadwatch.pipeline import annotate_text
from dyadwatch.records import Actor, Event


def codes(actors: tuple[Actor, ...]) -> str:
    return "+".join(sorted({actor.code for actor in actors}))


def signature(event: Event) -> str:
    return f"{event.event} {codes(event.actor)}>{codes(event.recipient)}"


def coded(sentence: str) -> set[str]:
    """The signatures of the sentence's events that are not negated."""
    return {signature(e) for e in annotate_text(sentence).events if not e.aux.negated}


def asserted(sentence: str) -> set[str]:
    """The signatures of the sentence's events told as real: neither negated nor
    hypothetical (what the evaluations score)."""
    return {signature(e) for e in annotate_text(sentence).events if not (e.aux.negated or e.aux.hypothetical)}


def row(sentence: str, *signatures: str, id: str | None = None) -> object:
    """A table row: the sentence and the set of signatures coded from it."""
    return pytest.param(sentence, set(signatures), id=id)

"""The stage contract: a named, versioned step over an annotated article, and the check
that a list of stages keeps it (the article is there from the start; every other field
a stage reads, an earlier stage wrote)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from dyadwatch.errors import ConfigError
from dyadwatch.records import AnnotatedArticle

if TYPE_CHECKING:  # the contract names the Doc; importing it loads no spaCy
    from spacy.tokens import Doc

GIVEN = "article"  # the field every annotated article starts with


@dataclasses.dataclass(slots=True, frozen=True)
class Stage:
    """One named, versioned step over an annotated article. It gets the article's spaCy
    Doc (body and caption text at the article's own offsets) beside it, reads the fields
    it names in `reads` and returns the article with the fields in `writes` set."""

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Callable[[AnnotatedArticle, Doc], AnnotatedArticle]


def check_stages(stages: Sequence[Stage]) -> tuple[Stage, ...]:
    """The stages, in order, once each reads only the article and fields an earlier
    stage writes, and writes only fields of `AnnotatedArticle`; a ConfigError naming
    the stage and the field otherwise."""
    fields = {field.name for field in dataclasses.fields(AnnotatedArticle)}
    written = {GIVEN}
    for stage in stages:
        for name in stage.writes:
            if name not in fields:
                raise ConfigError(f"stage {stage.name} writes {name!r}, which is not a field of an annotated "
                                  f"article ({', '.join(sorted(fields))})")
        for name in stage.reads:
            if name not in written:
                raise ConfigError(f"stage {stage.name} reads {name!r}, which no stage before it writes")
        written.update(stage.writes)
    return tuple(stages)

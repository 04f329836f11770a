"""The stage contract: a named, versioned step over an annotated article."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Doc

from dyadwatch.records import AnnotatedArticle


@dataclasses.dataclass(slots=True, frozen=True)
class Stage:
    """One named, versioned step over an annotated article. It gets the article's spaCy
    Doc (body and caption text at the article's own offsets) beside it, reads the fields
    it names in `reads` and returns the article with the fields in `writes` set."""

    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    run: Callable[[AnnotatedArticle, Doc], AnnotatedArticle]

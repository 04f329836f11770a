"""The PLOVER ontology: event types, their modes, contexts, quad classes and
conflict–cooperation scores, read from `dyadwatch/data/plover.toml`.

The knowledge is in the data file, with the manual's section for every number; this
module only checks its shape and answers questions about it. Names are matched exactly
as the manual writes them: event types upper case (`ASSAULT`), modes and contexts lower
case (`crowd-control`, `human_rights`).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import Field, StrictBool, StringConstraints

from dyadwatch.datafiles import DataModel, key_line, parse_toml
from dyadwatch.errors import ConfigError

DEFAULT_ONTOLOGY = "plover.toml"
MIN_SCORE = -10.0
MAX_SCORE = 10.0
QUAD_CODES = (1, 2, 3, 4)


@dataclasses.dataclass(slots=True, frozen=True)
class Mode:
    """How an event of a type was carried out; `score` is None where the manual's
    Table 2.2 gives the mode no score of its own."""

    name: str
    definition: str
    score: float | None


@dataclasses.dataclass(slots=True, frozen=True)
class EventType:
    """One of PLOVER's 16 event types. `score` is the type's own Table 2.2 score, used
    when no mode applies or the mode has none; `quad_code` is 1–4 (Table 7.2)."""

    name: str
    definition: str
    quad_class: str
    quad_code: int
    requires_recipient: bool
    score: float
    modes: Mapping[str, Mode]


@dataclasses.dataclass(slots=True, frozen=True)
class Ontology:
    """The whole ontology. Mappings are read-only: the loaded ontology is shared."""

    event_types: Mapping[str, EventType]
    contexts: Mapping[str, str]
    auxiliary_modes: Mapping[str, str]
    quad_classes: Mapping[str, int]

    def event_type(self, name: str) -> EventType:
        """The event type called `name`; ConfigError when PLOVER has none."""
        found = self.event_types.get(name)
        if found is None:
            known = ", ".join(self.event_types)
            raise ConfigError(f"{name!r} is not a PLOVER event type; use one of {known}")
        return found

    def mode(self, event: str, mode: str) -> Mode:
        """Mode `mode` of event type `event`; ConfigError when the type has no such mode."""
        event_type = self.event_type(event)
        found = event_type.modes.get(mode)
        if found is None:
            known = ", ".join(event_type.modes) or "none"
            raise ConfigError(f"{mode!r} is not a mode of {event}; its modes are: {known}")
        return found

    def score(self, event: str, mode: str | None = None) -> float:
        """The conflict–cooperation score (−10 … +10): the mode's where the manual gives
        one, else the event type's."""
        if mode is not None:
            mode_score = self.mode(event, mode).score
            if mode_score is not None:
                return mode_score
        return self.event_type(event).score

    def is_valid(self, event: str, mode: str | None = None, contexts: Iterable[str] = ()) -> bool:
        """Whether `event`, `mode` (of that type, or None) and every context are PLOVER's."""
        event_type = self.event_types.get(event)
        if event_type is None or (mode is not None and mode not in event_type.modes):
            return False
        names = (contexts,) if isinstance(contexts, str) else contexts
        return all(name in self.contexts for name in names)


@functools.cache
def load_ontology() -> Ontology:
    """The ontology shipped in `dyadwatch/data/plover.toml`, read once."""
    text = resources.files("dyadwatch.data").joinpath(DEFAULT_ONTOLOGY).read_text("utf-8")
    return parse_ontology(text, source=f"dyadwatch/data/{DEFAULT_ONTOLOGY}")


def read_ontology(path: Path) -> Ontology:
    """An ontology from a file of the same format as the shipped one (not cached)."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the ontology file ({exc})") from exc
    return parse_ontology(text, source=str(path))


Text = Annotated[str, StringConstraints(strict=True, pattern=r"\S")]
Score = Annotated[float, Field(strict=True, ge=MIN_SCORE, le=MAX_SCORE, allow_inf_nan=False,
                               description="a number from -10 to 10 (manual Table 2.2)")]
QuadCode = Annotated[int, Field(strict=True, ge=min(QUAD_CODES), le=max(QUAD_CODES))]


class ModeEntry(DataModel):
    """`[event_types.TYPE.modes.MODE]`: a mode's definition and, where Table 2.2 gives
    one, its own score."""

    definition: Text
    score: Score | None = None


class TypeEntry(DataModel):
    """`[event_types.TYPE]`: one event type as the manual defines it."""

    definition: Text
    quad_class: Text
    requires_recipient: StrictBool
    score: Score
    modes: dict[str, ModeEntry] = {}


class OntologyFile(DataModel):
    """`plover.toml`: quad classes (Table 7.2), event types, contexts, auxiliary modes."""

    quad_classes: Annotated[dict[str, QuadCode], Field(min_length=1)]
    event_types: Annotated[dict[str, TypeEntry], Field(min_length=1)]
    contexts: Annotated[dict[str, Text], Field(min_length=1)]
    auxiliary_modes: Annotated[dict[str, Text], Field(min_length=1)]


def parse_ontology(text: str, *, source: str) -> Ontology:
    """Check and build an ontology from TOML `text`; `source` names it in errors."""
    spec = parse_toml(text, OntologyFile, source=source)
    _check_quads(spec, text=text, source=source)
    return Ontology(
        event_types=_frozen({name: _event_type(name, entry, spec.quad_classes, text=text, source=source)
                             for name, entry in spec.event_types.items()}),
        contexts=_frozen(spec.contexts),
        auxiliary_modes=_frozen(spec.auxiliary_modes),
        quad_classes=_frozen(spec.quad_classes),
    )


def _check_quads(spec: OntologyFile, *, text: str, source: str) -> None:
    if len(set(spec.quad_classes.values())) != len(spec.quad_classes):
        line = key_line(text, ("quad_classes",))
        raise ConfigError(f"{source}:{line}: quad_classes: two quad classes share a code; each of 1–4 names one class")


def _event_type(name: str, entry: TypeEntry, quads: Mapping[str, int], *, text: str, source: str) -> EventType:
    if entry.quad_class not in quads:
        line = key_line(text, ("event_types", name, "quad_class"))
        raise ConfigError(f"{source}:{line}: event_types.{name}.quad_class: {entry.quad_class!r} is not one of "
                          f"{', '.join(quads)}")
    modes = {mode: Mode(name=mode, definition=spec.definition, score=spec.score) for mode, spec in entry.modes.items()}
    return EventType(name=name, definition=entry.definition, quad_class=entry.quad_class,
                     quad_code=quads[entry.quad_class], requires_recipient=entry.requires_recipient,
                     score=entry.score, modes=_frozen(modes))


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))

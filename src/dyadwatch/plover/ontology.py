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
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from dyadwatch.errors import ConfigError

DEFAULT_ONTOLOGY = "plover.toml"
MIN_SCORE = -10.0
MAX_SCORE = 10.0
QUAD_CODES = (1, 2, 3, 4)
_TOP_KEYS = frozenset({"quad_classes", "event_types", "contexts", "auxiliary_modes"})
_TYPE_KEYS = frozenset({"definition", "quad_class", "requires_recipient", "score", "modes"})
_MODE_KEYS = frozenset({"definition", "score"})


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


def parse_ontology(text: str, *, source: str) -> Ontology:
    """Check and build an ontology from TOML `text`; `source` names it in errors."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc})") from exc
    _check_keys(raw, allowed=_TOP_KEYS, required=_TOP_KEYS, where=source)
    quads = _parse_quads(raw["quad_classes"], where=f"{source}: [quad_classes]")
    types = _table(raw["event_types"], where=f"{source}: [event_types]", nonempty=True)
    return Ontology(
        event_types=_frozen({name: _parse_type(name, value, quads, source) for name, value in types.items()}),
        contexts=_parse_definitions(raw["contexts"], where=f"{source}: [contexts]"),
        auxiliary_modes=_parse_definitions(raw["auxiliary_modes"], where=f"{source}: [auxiliary_modes]"),
        quad_classes=quads,
    )


def _parse_quads(value: Any, *, where: str) -> Mapping[str, int]:
    quads = _table(value, where=where, nonempty=True)
    for name, code in quads.items():
        if isinstance(code, bool) or code not in QUAD_CODES:
            raise ConfigError(f"{where}: {name!r} must be a quad code 1, 2, 3 or 4, got {code!r}")
    if len(set(quads.values())) != len(quads):
        raise ConfigError(f"{where}: two quad classes share a code; each of 1–4 names one class")
    return _frozen(quads)


def _parse_type(name: str, value: Any, quads: Mapping[str, int], source: str) -> EventType:
    where = f"{source}: event type {name!r}"
    table = _table(value, where=where)
    _check_keys(table, allowed=_TYPE_KEYS, required=_TYPE_KEYS - {"modes"}, where=where)
    quad_class = _text(table, "quad_class", where=where)
    if quad_class not in quads:
        raise ConfigError(f"{where}: quad_class {quad_class!r} is not one of {', '.join(quads)}")
    modes = _table(table.get("modes", {}), where=f"{where}: modes")
    return EventType(
        name=name,
        definition=_text(table, "definition", where=where),
        quad_class=quad_class,
        quad_code=quads[quad_class],
        requires_recipient=_flag(table, "requires_recipient", where=where),
        score=_score(table["score"], where=where),
        modes=_frozen({mode: _parse_mode(mode, spec, where=f"{where}, mode {mode!r}") for mode, spec in modes.items()}),
    )


def _parse_mode(name: str, value: Any, *, where: str) -> Mode:
    table = _table(value, where=where)
    _check_keys(table, allowed=_MODE_KEYS, required={"definition"}, where=where)
    score = _score(table["score"], where=where) if "score" in table else None
    return Mode(name=name, definition=_text(table, "definition", where=where), score=score)


def _parse_definitions(value: Any, *, where: str) -> Mapping[str, str]:
    table = _table(value, where=where, nonempty=True)
    return _frozen({name: _text(table, name, where=where) for name in table})


def _check_keys(table: Mapping[str, Any], *, allowed: Iterable[str], required: Iterable[str], where: str) -> None:
    unknown = sorted(set(table) - set(allowed))
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
    missing = sorted(set(required) - set(table))
    if missing:
        raise ConfigError(f"{where}: missing {', '.join(missing)}")


def _table(value: Any, *, where: str, nonempty: bool = False) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must be a table, got {type(value).__name__}")
    if nonempty and not value:
        raise ConfigError(f"{where}: is empty")
    return value


def _text(table: Mapping[str, Any], key: str, *, where: str) -> str:
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {key} must be non-empty text, got {value!r}")
    return value


def _flag(table: Mapping[str, Any], key: str, *, where: str) -> bool:
    value = table[key]
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {key} must be true or false, got {value!r}")
    return value


def _score(value: Any, *, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not MIN_SCORE <= value <= MAX_SCORE:
        raise ConfigError(f"{where}: score must be a number from -10 to 10 (manual Table 2.2), got {value!r}")
    return float(value)


def _frozen(mapping: dict[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(mapping)

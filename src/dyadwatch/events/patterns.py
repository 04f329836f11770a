"""Event patterns from `data/events/patterns.toml`, checked against the ontology."""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from collections import defaultdict
from collections.abc import Mapping
from importlib import resources
from typing import Any

from dyadwatch.errors import ConfigError
from dyadwatch.plover.ontology import Ontology, load_ontology

PATTERNS_FILE = "events/patterns.toml"
PATTERN_VERSION = "events.rules.v1"
POS = {"verb": ("VERB", "AUX"), "noun": ("NOUN", "PROPN")}
_KEYS = frozenset(
    {"id", "lemmas", "pos", "objects", "not_objects", "particle", "not_particles", "not_infinitives", "preps",
     "clause_aux", "event", "mode", "context", "recipient", "actor", "reciprocal", "by_people"}
)


@dataclasses.dataclass(slots=True, frozen=True)
class Pattern:
    id: str
    lemmas: tuple[str, ...]
    pos: str
    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    particle: str | None = None
    not_particles: frozenset[str] = frozenset()
    not_infinitives: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    clause_aux: frozenset[str] = frozenset()
    recipient: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    reciprocal: bool = False
    by_people: str | None = None

    @property
    def name(self) -> str:
        return f"{PATTERN_VERSION}/{self.id}"


@dataclasses.dataclass(slots=True, frozen=True)
class PatternIndex:
    """Patterns by (lemma, pos); those with object constraints first."""

    by_trigger: Mapping[tuple[str, str], tuple[Pattern, ...]]
    lemmas: frozenset[str] = frozenset()

    def candidates(self, lemma: str, pos: str) -> tuple[Pattern, ...]:
        return self.by_trigger.get((lemma, pos), ())

    def is_trigger(self, lemma: str) -> bool:
        return lemma in self.lemmas


@functools.cache
def load_patterns() -> PatternIndex:
    path = resources.files("dyadwatch.data").joinpath(PATTERNS_FILE)
    return parse_patterns(path.read_text("utf-8"), source=str(path), ontology=load_ontology())


def parse_patterns(text: str, *, source: str, ontology: Ontology) -> PatternIndex:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc})") from exc
    patterns = [_parse_pattern(item, source=source, ontology=ontology) for item in raw.get("pattern", [])]
    _check_unique(patterns, source=source)
    index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for pattern in patterns:
        for lemma in pattern.lemmas:
            index[(lemma, pattern.pos)].append(pattern)
    ordered = {key: tuple(sorted(found, key=lambda p: not (p.objects or p.preps or p.clause_aux or p.particle))) for key, found in index.items()}
    return PatternIndex(ordered, frozenset(lemma for lemma, _ in ordered))


def _parse_pattern(item: Any, *, source: str, ontology: Ontology) -> Pattern:
    where = f"{source}: pattern {item.get('id', '?') if isinstance(item, dict) else '?'}"
    if not isinstance(item, dict) or set(item) - _KEYS or not {"id", "lemmas", "pos", "event"} <= set(item):
        raise ConfigError(f"{where}: needs id, lemmas, pos, event and only the keys {sorted(_KEYS)}")
    if item["pos"] not in POS:
        raise ConfigError(f"{where}: pos must be one of {sorted(POS)}")
    if not ontology.is_valid(item["event"], item.get("mode"), item.get("context", ())):
        raise ConfigError(f"{where}: {item['event']}/{item.get('mode')}/{item.get('context')} is not in the PLOVER ontology")
    if "by_people" in item and not ontology.is_valid(*_type_mode(item["by_people"]), ()):
        raise ConfigError(f"{where}: by_people {item['by_people']!r} is not a PLOVER type/mode")
    return Pattern(
        id=item["id"],
        lemmas=tuple(lemma.lower() for lemma in item["lemmas"]),
        pos=item["pos"],
        event=item["event"],
        mode=item.get("mode"),
        context=tuple(item.get("context", ())),
        objects=frozenset(item.get("objects", ())),
        not_objects=frozenset(item.get("not_objects", ())),
        particle=item.get("particle"),
        not_particles=frozenset(item.get("not_particles", ())),
        not_infinitives=frozenset(item.get("not_infinitives", ())),
        preps=frozenset(item.get("preps", ())),
        clause_aux=frozenset(item.get("clause_aux", ())),
        recipient=tuple(item.get("recipient", ())),
        actor=tuple(item.get("actor", ())),
        reciprocal=bool(item.get("reciprocal", False)),
        by_people=item.get("by_people"),
    )


def _type_mode(text: str) -> tuple[str, str | None]:
    """"PROTEST/demo" → ("PROTEST", "demo")."""
    event, _, mode = str(text).partition("/")
    return event, mode or None


def _check_unique(patterns: list[Pattern], *, source: str) -> None:
    seen: set[str] = set()
    for pattern in patterns:
        if pattern.id in seen:
            raise ConfigError(f"{source}: pattern id {pattern.id!r} is used twice")
        seen.add(pattern.id)

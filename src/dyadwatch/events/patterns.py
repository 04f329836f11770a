"""Event patterns from `data/events/patterns.toml`, checked against the ontology."""

from __future__ import annotations

import dataclasses
import functools
from collections import defaultdict
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Literal

from dyadwatch.cache import cached
from dyadwatch.datafiles import DataModel, parse_toml
from dyadwatch.errors import ConfigError
from dyadwatch.plover import ontology as ontology_module
from dyadwatch.plover.ontology import DEFAULT_ONTOLOGY, Ontology, load_ontology

PATTERNS_FILE = "events/patterns.toml"
PATTERN_VERSION = "events.rules.v1"
POS = {"verb": ("VERB", "AUX"), "noun": ("NOUN", "PROPN")}


@dataclasses.dataclass(slots=True, frozen=True)
class PatternIndex:
    """Patterns by (lemma, pos); those with object constraints first."""

    by_trigger: Mapping[tuple[str, str], tuple[Pattern, ...]]
    lemmas: frozenset[str] = frozenset()
    needing_recipient: frozenset[str] = frozenset()  # names of the patterns with needs_recipient
    reciprocal: frozenset[str] = frozenset()  # names of the two-sided patterns (no recipient to be found)

    def candidates(self, lemma: str, pos: str) -> tuple[Pattern, ...]:
        return self.by_trigger.get((lemma, pos), ())

    def is_trigger(self, lemma: str) -> bool:
        return lemma in self.lemmas


@functools.cache
def load_patterns() -> PatternIndex:
    data = resources.files("dyadwatch.data")
    path = data.joinpath(PATTERNS_FILE)
    # The ontology checks the patterns: a change to it may make them an error.
    sources = (path, Path(__file__), data.joinpath(DEFAULT_ONTOLOGY), Path(ontology_module.__file__))
    return cached("patterns", sources,
                  lambda: parse_patterns(path.read_text("utf-8"), source=str(path), ontology=load_ontology()))


class Pattern(DataModel):
    """A [[pattern]] of `patterns.toml` (its format is documented at its top): a trigger
    and the constraints on its arguments, with the event type it codes."""

    id: str
    lemmas: tuple[str, ...]
    pos: Literal["verb", "noun"]
    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()  # what must arrive, or be carried by what arrives (coder: _arriving_cargo)
    subject_nouns: frozenset[str] = frozenset()  # what the verb's subject must be (coder: _subject_noun)
    named_objects: bool = False
    framed_objects: bool = False  # an activity a frame noun names ("areas for cooperation"; coder: _framed_activities)
    infinitive_objects: bool = False
    not_objects: frozenset[str] = frozenset()
    object_modifiers: frozenset[str] = frozenset()
    owned_objects: bool = False  # the object names whose it is ("China's buildup"; coder: _owned)
    particle: str | None = None
    not_particles: frozenset[str] = frozenset()
    not_infinitives: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    prep_nouns: frozenset[str] = frozenset()
    clause_aux: frozenset[str] = frozenset()
    mandative_clause: bool = False  # a that-clause in the bare (subjunctive) form: "recommended that Abbas call elections"
    object_infinitive: bool = False
    for_clause: bool = False  # a "for X to V" clause counts as the "for" phrase (coder: _for_clauses)
    intransitive: bool = False
    needs_recipient: bool = False
    recipient: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    reciprocal: bool = False
    by_people: str | None = None
    by_states: str | None = None
    only_promised: bool = False

    @property
    def name(self) -> str:
        return f"{PATTERN_VERSION}/{self.id}"

    @property
    def constrained(self) -> bool:
        """Does the pattern ask more of its trigger than the word itself? Such patterns
        are tried first."""
        return bool(self.objects or self.owned_objects or self.subjects or self.subject_nouns or self.named_objects or self.preps or self.prep_nouns
                    or self.clause_aux or self.mandative_clause or self.particle or self.object_infinitive)


class PatternsFile(DataModel):
    pattern: tuple[Pattern, ...] = ()


def parse_patterns(text: str, *, source: str, ontology: Ontology) -> PatternIndex:
    entries = parse_toml(text, PatternsFile, source=source).pattern
    patterns = [_parse_pattern(item, source=source, ontology=ontology) for item in entries]
    _check_unique(patterns, source=source)
    index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for pattern in patterns:
        for lemma in pattern.lemmas:
            index[(lemma, pattern.pos)].append(pattern)
    ordered = {key: tuple(sorted(found, key=lambda p: not p.constrained)) for key, found in index.items()}
    needing = frozenset(p.name for p in patterns if p.needs_recipient)
    reciprocal = frozenset(p.name for p in patterns if p.reciprocal)
    return PatternIndex(ordered, frozenset(lemma for lemma, _ in ordered), needing, reciprocal)


def _parse_pattern(item: Pattern, *, source: str, ontology: Ontology) -> Pattern:
    where = f"{source}: pattern {item.id}"
    if not ontology.is_valid(item.event, item.mode, item.context):
        raise ConfigError(f"{where}: {item.event}/{item.mode}/{list(item.context)} is not in the PLOVER ontology")
    if item.by_people is not None and not ontology.is_valid(*_type_mode(item.by_people), ()):
        raise ConfigError(f"{where}: by_people {item.by_people!r} is not a PLOVER type/mode")
    if item.by_states is not None and not ontology.is_valid(*_type_mode(item.by_states), ()):
        raise ConfigError(f"{where}: by_states {item.by_states!r} is not a PLOVER type/mode")
    return item.model_copy(update={"lemmas": tuple(lemma.lower() for lemma in item.lemmas)})


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

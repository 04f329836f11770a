"""Sanctions regimes from `data/sanctions/*.toml` (format in the README there): what is
banned, which way, for whom, since when, and the legal source. This module only reads
and checks the files; `match.py` applies them to events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Strict, StringConstraints

from dyadwatch.datafiles import DataModel, parse_toml, read_data_file, read_toml_file
from dyadwatch.errors import ConfigError

SANCTIONS_DIR = "sanctions"
SETTINGS_FILE = "matching.toml"
NAMES_FILE = "names.toml"  # read by watchlist.py
NOT_REGIMES = frozenset({SETTINGS_FILE, NAMES_FILE})
COVER_KINDS = ("goods", "services", "activities")
_WORD = re.compile(r"[^\W_]+")
Text = Annotated[str, StringConstraints(pattern=r"\S")]  # not empty nor only blanks
TomlDate = Annotated[dt.date, Strict()]  # a TOML date (2017-08-05), not a string or a date-time

Phrase = tuple[str, ...]


@dataclasses.dataclass(slots=True, frozen=True)
class Term:
    """A covered good, service or activity as words to find: `words` are the phrase's
    words in lower case, `text` the phrase as written in the data file."""

    words: Phrase
    text: str
    kind: str
    hs: tuple[str, ...] = ()


@dataclasses.dataclass(slots=True, frozen=True)
class Rule:
    """One measure of a regime. `direction`: "from" (the target may not sell or send it),
    "to" (no one may supply it to the target), "with" (no one may do it with the target).
    `exclude`: phrases that contain a covered word but are not covered ("iron fist");
    `unless`: words in the clause that put the report outside the measure (its
    exceptions). `until` is set when the measure was lifted."""

    id: str
    regime: str
    direction: str
    since: dt.date
    source: str
    reason: str
    terms: tuple[Term, ...]
    also: tuple[str, ...] = ()
    until: dt.date | None = None
    exclude: tuple[Phrase, ...] = ()
    unless: tuple[Phrase, ...] = ()
    check: str | None = None

    def in_force(self, day: dt.date | None) -> bool:
        """Whether the measure applied on `day` (an undated report is taken as current)."""
        if day is None:
            return self.until is None
        return self.since <= day and (self.until is None or day < self.until)

    def explain(self) -> str:
        """The reason and the legal source, in one sentence."""
        return f"{self.reason.rstrip('.')} ({self.source})."


@dataclasses.dataclass(slots=True, frozen=True)
class Regime:
    """A sanctions regime: its id, the actor codes it targets, its rules."""

    id: str
    name: str
    authority: str
    target: frozenset[str]
    target_name: str
    rules: tuple[Rule, ...]
    instruments: tuple[Instrument, ...] = ()
    source: str = ""


@dataclasses.dataclass(slots=True, frozen=True)
class MatchSettings:
    """How events are read (data/sanctions/matching.toml)."""

    eligible: frozenset[str]
    directional: frozenset[str]
    inbound: frozenset[str]
    before_the_measure: tuple[Phrase, ...]


def phrase_words(text: str) -> Phrase:
    """The words of a phrase as the matcher compares them: lower case, split at spaces,
    hyphens and punctuation ("ship-to-ship" → ship, to, ship)."""
    return tuple(word.casefold() for word in _WORD.findall(text))


# --- loading ----------------------------------------------------------------------------


class Instrument(DataModel):
    """A legal act of a regime, for the record (not used in matching)."""

    id: Text
    adopted: TomlDate
    gist: str = ""


class RegimeHead(DataModel):
    id: Text
    name: Text
    authority: str = ""
    target: tuple[Text, ...]
    target_name: str | None = None
    instruments: tuple[Instrument, ...] = ()


class Cover(DataModel):
    words: tuple[Text, ...]
    hs: tuple[Text, ...] = ()


class RuleEntry(DataModel):
    id: Text
    direction: Literal["from", "to", "with"]
    since: TomlDate
    until: TomlDate | None = None
    source: Text
    also: tuple[Text, ...] = ()
    reason: Text
    check: str | None = None
    exclude: tuple[Text, ...] = ()
    unless: tuple[Text, ...] = ()
    goods: tuple[Cover, ...] = ()
    services: tuple[Cover, ...] = ()
    activities: tuple[Cover, ...] = ()


class RegimeFile(DataModel):
    """A regime file (the format is in `data/sanctions/README.md`)."""

    regime: RegimeHead
    rule: tuple[RuleEntry, ...] = ()


class EventsSettings(DataModel):
    eligible: frozenset[str]
    directional: frozenset[str]
    inbound: frozenset[str]


class TextSettings(DataModel):
    before_the_measure: tuple[str, ...]


class SettingsFile(DataModel):
    """`data/sanctions/matching.toml`."""

    events: EventsSettings
    text: TextSettings


def load_regimes(extra: Sequence[Path] = ()) -> tuple[Regime, ...]:
    """The shipped regimes, then those in `extra` files (same format)."""
    regimes = _shipped_regimes() + tuple(_read_regime(Path(path)) for path in extra)
    _check_unique((r.id for r in regimes), what="regime id", where="the regime files")
    return regimes


@functools.cache
def _shipped_regimes() -> tuple[Regime, ...]:
    folder = resources.files("dyadwatch.data").joinpath(SANCTIONS_DIR)
    files = sorted(
        (f for f in folder.iterdir() if f.name.endswith(".toml") and f.name not in NOT_REGIMES), key=lambda f: f.name
    )
    return tuple(_read_regime(f) for f in files)


@functools.cache
def load_settings() -> MatchSettings:
    raw = read_data_file(f"{SANCTIONS_DIR}/{SETTINGS_FILE}", SettingsFile)
    return MatchSettings(
        eligible=raw.events.eligible,
        directional=raw.events.directional,
        inbound=raw.events.inbound,
        before_the_measure=tuple(phrase_words(p) for p in raw.text.before_the_measure),
    )


def _read_regime(path: Traversable | Path) -> Regime:
    return make_regime(read_toml_file(path, RegimeFile), source=str(path))


def parse_regime(text: str, *, source: str) -> Regime:
    """A regime from the text of a regime file; ConfigError says what is wrong and where."""
    return make_regime(parse_toml(text, RegimeFile, source=source), source=source)


def make_regime(raw: RegimeFile, *, source: str) -> Regime:
    """A regime from a validated regime file: its rules checked against each other."""
    head = raw.regime
    rules = tuple(_make_rule(item, regime=head.id, source=source) for item in raw.rule)
    if not rules:
        raise ConfigError(f"{source}: the regime has no [[rule]]")
    _check_unique((r.id for r in rules), what="rule id", where=source)
    return Regime(
        id=head.id,
        name=head.name,
        authority=head.authority,
        target=frozenset(head.target),
        target_name=head.target_name if head.target_name is not None else ", ".join(head.target),
        rules=rules,
        instruments=head.instruments,
        source=source,
    )


def _make_rule(item: RuleEntry, *, regime: str, source: str) -> Rule:
    where = f"{source}: rule {item.id}"
    if item.until is not None and item.until <= item.since:
        raise ConfigError(f"{where}: until ({item.until}) must come after since ({item.since})")
    terms = tuple(term for kind in COVER_KINDS for term in _terms(getattr(item, kind), kind=kind, where=where))
    if not terms:
        raise ConfigError(f"{where}: covers nothing; give goods, services or activities with words")
    return Rule(
        id=f"{regime}/{item.id}",
        regime=regime,
        direction=item.direction,
        since=item.since,
        until=item.until,
        source=item.source,
        also=item.also,
        reason=item.reason,
        terms=terms,
        exclude=tuple(phrase_words(text) for text in item.exclude),
        unless=tuple(phrase_words(text) for text in item.unless),
        check=item.check,
    )


def _terms(covers: tuple[Cover, ...], *, kind: str, where: str) -> Iterable[Term]:
    for cover in covers:
        for text in cover.words:
            words = phrase_words(text)
            if not words:
                raise ConfigError(f"{where}: the phrase {text!r} has no words")
            yield Term(words=words, text=text, kind=kind, hs=cover.hs)


def _check_unique(ids: Iterable[str], *, what: str, where: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ConfigError(f"{where}: {what} {item!r} is used twice")
        seen.add(item)

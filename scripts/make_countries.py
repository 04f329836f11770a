"""Write src/dyadwatch/data/actors/countries.tsv from pycountry's ISO 3166-1 list.

Run it again after a pycountry upgrade:

    .venv/bin/python scripts/make_countries.py

Each ISO 3166-1 entry becomes one row coded the way the PLOVER manual ("Country names")
says: an independent state keeps its alpha-3 code; Antarctica, Hong Kong and Palestine
keep theirs by exception; every other dependency is folded into its controlling state;
Western Sahara is coded as Morocco with the PRE sector ("Partially recognized (disputed)
entities"). Kosovo, which has no ISO code, is added as KOS as the manual says.

Hand-written names (short forms, acronyms, demonyms, capitals) live in
country_aliases.tsv, which this script never touches.
"""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "actors" / "countries.tsv"
COLUMNS = ("iso3", "code", "sectors", "status", "name", "aliases")

# "A small number of non-independent territories and dependencies, by exception:
# Antarctica, Hong Kong, and Palestine."
OWN_CODE_TERRITORIES = frozenset({"ATA", "HKG", "PSE"})

# "Aside from the exceptions mentioned next, all dependencies ... are (re)assigned to the
# country name of their controlling state."
CONTROLLING_STATE = {
    "ABW": "NLD",  # Aruba
    "AIA": "GBR",  # Anguilla
    "ALA": "FIN",  # Åland Islands
    "ASM": "USA",  # American Samoa
    "ATF": "FRA",  # French Southern Territories
    "BES": "NLD",  # Bonaire, Sint Eustatius and Saba
    "BLM": "FRA",  # Saint Barthélemy
    "BMU": "GBR",  # Bermuda
    "BVT": "NOR",  # Bouvet Island
    "CCK": "AUS",  # Cocos (Keeling) Islands
    "COK": "NZL",  # Cook Islands (free association; not a COW state)
    "CUW": "NLD",  # Curaçao
    "CXR": "AUS",  # Christmas Island
    "CYM": "GBR",  # Cayman Islands
    "FLK": "GBR",  # Falkland Islands
    "FRO": "DNK",  # Faroe Islands
    "GGY": "GBR",  # Guernsey (Crown dependency)
    "GIB": "GBR",  # Gibraltar
    "GLP": "FRA",  # Guadeloupe
    "GRL": "DNK",  # Greenland
    "GUF": "FRA",  # French Guiana
    "GUM": "USA",  # Guam
    "HMD": "AUS",  # Heard Island and McDonald Islands
    "IMN": "GBR",  # Isle of Man (Crown dependency)
    "IOT": "GBR",  # British Indian Ocean Territory
    "JEY": "GBR",  # Jersey (Crown dependency)
    "MAC": "CHN",  # Macao
    "MAF": "FRA",  # Saint Martin (French part)
    "MNP": "USA",  # Northern Mariana Islands
    "MSR": "GBR",  # Montserrat
    "MTQ": "FRA",  # Martinique
    "MYT": "FRA",  # Mayotte
    "NCL": "FRA",  # New Caledonia
    "NFK": "AUS",  # Norfolk Island
    "NIU": "NZL",  # Niue (free association; not a COW state)
    "PCN": "GBR",  # Pitcairn
    "PRI": "USA",  # Puerto Rico
    "PYF": "FRA",  # French Polynesia
    "REU": "FRA",  # Réunion
    "SGS": "GBR",  # South Georgia and the South Sandwich Islands
    "SHN": "GBR",  # Saint Helena, Ascension and Tristan da Cunha
    "SJM": "NOR",  # Svalbard and Jan Mayen
    "SPM": "FRA",  # Saint Pierre and Miquelon
    "SXM": "NLD",  # Sint Maarten (Dutch part)
    "TCA": "GBR",  # Turks and Caicos Islands
    "TKL": "NZL",  # Tokelau
    "UMI": "USA",  # United States Minor Outlying Islands
    "VGB": "GBR",  # Virgin Islands, British
    "VIR": "USA",  # Virgin Islands, U.S.
    "WLF": "FRA",  # Wallis and Futuna
}

# "Western Sahara (Morocco)" is on the manual's list of partially recognized entities.
PARTIALLY_RECOGNIZED = {"ESH": "MAR"}

# The 193 UN members, the Holy See (the manual's footnote) and Taiwan (a COW state).
EXPECTED_STATES = 195

# "Kosovo ... does not have an ISO code; we use KOS."
EXTRA_ROWS = (("", "KOS", "", "state", "Kosovo", "Republic of Kosovo"),)


def country_names(country: object) -> list[str]:
    """Every English name pycountry knows, the common name first, plus each name without
    a parenthesised qualifier ("Falkland Islands (Malvinas)" → "Falkland Islands")."""
    raw = [getattr(country, key, None) for key in ("common_name", "name", "official_name")]
    names: list[str] = []
    for name in filter(None, raw):
        for variant in (name, re.sub(r"\s*\([^)]*\)", "", name).strip()):
            if variant and variant not in names:
                names.append(variant)
    return names


def country_row(country: object) -> tuple[str, ...]:
    iso3 = country.alpha_3  # type: ignore[attr-defined]
    canonical, *aliases = country_names(country)
    if iso3 in PARTIALLY_RECOGNIZED:
        return (iso3, PARTIALLY_RECOGNIZED[iso3], "PRE", "entity", canonical, "|".join(aliases))
    if iso3 in CONTROLLING_STATE:
        return (iso3, CONTROLLING_STATE[iso3], "", "dependency", canonical, "|".join(aliases))
    status = "territory" if iso3 in OWN_CODE_TERRITORIES else "state"
    return (iso3, iso3, "", status, canonical, "|".join(aliases))


def make_rows() -> list[tuple[str, ...]]:
    rows = sorted(country_row(country) for country in pycountry.countries)
    states = sum(1 for row in rows if row[3] == "state")
    if states != EXPECTED_STATES:
        raise SystemExit(f"expected {EXPECTED_STATES} states, pycountry gives {states}: update the tables")
    return rows + list(EXTRA_ROWS)


def main() -> None:
    rows = make_rows()
    version = importlib.metadata.version("pycountry")
    header = f"# GENERATED by scripts/make_countries.py from pycountry {version}; add names to country_aliases.tsv.\n"
    lines = ["\t".join(COLUMNS)] + ["\t".join(row) for row in rows]
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()

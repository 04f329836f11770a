"""Actor knowledge: names → PLOVER code and sectors, titles → sectors, and what a
gazetteer can and cannot know without the sentence. The data format is in
src/dyadwatch/data/actors/README.md."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from dyadwatch.actors import KnownActor, load_knowledge
from dyadwatch.actors.knowledge import ALIAS_FILES, tokenize
from dyadwatch.errors import ConfigError

KNOWLEDGE = load_knowledge()
DATA = Path(__file__).resolve().parents[2] / "src" / "dyadwatch" / "data" / "actors"
HEADER = "alias\tcode\tsectors\tkind\tname\n"

# The manual's sector table, every code.
MANUAL_SECTORS = (
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK "
    "AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC"
).split()


def actor(name: str) -> KnownActor:
    found = KNOWLEDGE.lookup(name)
    assert found is not None, f"{name!r} is unknown"
    return found


# --- names → code and sectors ----------------------------------------------------------

COUNTRY_NAMES = [
    ("Russia", "RUS"),
    ("Russian Federation", "RUS"),
    ("North Korea", "PRK"),
    ("South Korea", "KOR"),
    ("Democratic People's Republic of Korea", "PRK"),
    ("Republic of Korea", "KOR"),
    ("Iran", "IRN"),
    ("Islamic Republic of Iran", "IRN"),
    ("Syria", "SYR"),
    ("Laos", "LAO"),
    ("Vietnam", "VNM"),
    ("Viet Nam", "VNM"),
    ("Bolivia", "BOL"),
    ("Venezuela", "VEN"),
    ("Tanzania", "TZA"),
    ("Moldova", "MDA"),
    ("Czechia", "CZE"),
    ("Czech Republic", "CZE"),
    ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"),
    ("Cote d'Ivoire", "CIV"),
    ("Burma", "MMR"),
    ("Myanmar", "MMR"),
    ("Britain", "GBR"),
    ("Great Britain", "GBR"),
    ("United Kingdom", "GBR"),
    ("America", "USA"),
    ("United States", "USA"),
    ("the United States", "USA"),
    ("United States of America", "USA"),
    ("Turkey", "TUR"),
    ("Türkiye", "TUR"),
    ("Holland", "NLD"),
    ("the Netherlands", "NLD"),
    ("Guinea-Bissau", "GNB"),
    ("Guinea Bissau", "GNB"),
    ("Timor-Leste", "TLS"),
    ("East Timor", "TLS"),
    ("St. Lucia", "LCA"),
    ("Macedonia", "MKD"),
    ("North Macedonia", "MKD"),
    ("Bosnia", "BIH"),
    ("Vatican", "VAT"),
    ("Holy See", "VAT"),
    ("Palestine", "PSE"),
    ("Hong Kong", "HKG"),
    ("Antarctica", "ATA"),
    ("Kosovo", "KOS"),
    ("Taiwan", "TWN"),
    ("Emirates", "ARE"),
    ("Congo", "COD"),
    ("Republic of the Congo", "COG"),
    ("Congo-Brazzaville", "COG"),
    ("DR Congo", "COD"),
    ("Micronesia", "FSM"),
]

ACRONYMS = [
    ("US", "USA"),
    ("U.S.", "USA"),
    ("USA", "USA"),
    ("U.S.A.", "USA"),
    ("UK", "GBR"),
    ("U.K.", "GBR"),
    ("DPRK", "PRK"),
    ("DPR Korea", "PRK"),
    ("ROK", "KOR"),
    ("PRC", "CHN"),
    ("ROC", "TWN"),
    ("UAE", "ARE"),
    ("KSA", "SAU"),
    ("DRC", "COD"),
]

DEMONYMS = [
    ("North Korean", "PRK"),
    ("N. Korean", "PRK"),
    ("North Koreans", "PRK"),
    ("South Korean", "KOR"),
    ("Russian", "RUS"),
    ("Russians", "RUS"),
    ("Ukrainian", "UKR"),
    ("American", "USA"),
    ("Americans", "USA"),
    ("British", "GBR"),
    ("Britons", "GBR"),
    ("Chinese", "CHN"),
    ("Japanese", "JPN"),
    ("Iranian", "IRN"),
    ("Syrian", "SYR"),
    ("Belarusian", "BLR"),
    ("Eritrean", "ERI"),
    ("Nicaraguan", "NIC"),
    ("Israeli", "ISR"),
    ("Israelis", "ISR"),
    ("Palestinian", "PSE"),
    ("Saudi", "SAU"),
    ("Emirati", "ARE"),
    ("Turkish", "TUR"),
    ("German", "DEU"),
    ("French", "FRA"),
    ("Dutch", "NLD"),
    ("Swiss", "CHE"),
    ("Danes", "DNK"),
    ("Indian", "IND"),
    ("Pakistani", "PAK"),
    ("Filipino", "PHL"),
    ("Argentine", "ARG"),
    ("Brazilian", "BRA"),
    ("Mexican", "MEX"),
    ("Canadian", "CAN"),
    ("Australian", "AUS"),
    ("Indonesian", "IDN"),
    ("South African", "ZAF"),
    ("Italian", "ITA"),
    ("Cuban", "CUB"),
    ("Venezuelan", "VEN"),
    ("Afghan", "AFG"),
    ("Taiwanese", "TWN"),
    ("Kosovar", "KOS"),
]

METONYMS = [
    ("Pyongyang", "PRK", ("GOV",)),
    ("Moscow", "RUS", ("GOV",)),
    ("the Kremlin", "RUS", ("GOV",)),
    ("Kremlin", "RUS", ("GOV",)),
    ("Kyiv", "UKR", ("GOV",)),
    ("Kiev", "UKR", ("GOV",)),
    ("Washington", "USA", ("GOV",)),
    ("the White House", "USA", ("GOV",)),
    ("the Pentagon", "USA", ("GOV", "MIL")),
    ("Capitol Hill", "USA", ("LEG",)),
    ("Beijing", "CHN", ("GOV",)),
    ("Seoul", "KOR", ("GOV",)),
    ("Tokyo", "JPN", ("GOV",)),
    ("Minsk", "BLR", ("GOV",)),
    ("Tehran", "IRN", ("GOV",)),
    ("Damascus", "SYR", ("GOV",)),
    ("Downing Street", "GBR", ("GOV",)),
    ("Whitehall", "GBR", ("GOV",)),
    ("the Blue House", "KOR", ("GOV",)),
    ("the Elysée", "FRA", ("GOV",)),
    ("Taipei", "TWN", ("GOV",)),
    ("Chisinau", "MDA", ("GOV",)),
    ("Chișinău", "MDA", ("GOV",)),
    ("Pristina", "KOS", ("GOV",)),
]

INSTITUTIONS = [
    ("the State Duma", "RUS", ("LEG",)),
    ("the Knesset", "ISR", ("LEG",)),
    ("Supreme People's Assembly", "PRK", ("LEG",)),
    ("U.S. Congress", "USA", ("LEG",)),
    ("the CIA", "USA", ("SPY",)),
    ("FSB", "RUS", ("SPY",)),
    ("Revolutionary Guards", "IRN", ("MIL",)),
    ("Korean People's Army", "PRK", ("MIL",)),
    ("KCNA", "PRK", ("JRN",)),
    ("Korean Central News Agency", "PRK", ("JRN",)),
    ("Xinhua", "CHN", ("JRN",)),
    ("TASS", "RUS", ("JRN",)),
    ("Yonhap", "KOR", ("JRN",)),
    ("the Washington Post", "USA", ("JRN",)),
]

# The manual: "they are associated with the nominally sovereign country that claims
# control over that territory ... However, they receive a special PRE ... sector tag".
ENTITIES = [
    ("Donetsk People's Republic", "UKR", ("PRE",)),
    ("Donetsk People’s Republic", "UKR", ("PRE",)),
    ("DPR", "UKR", ("PRE",)),
    ("DNR", "UKR", ("PRE",)),
    ("Donetsk republic", "UKR", ("PRE",)),
    ("Luhansk People's Republic", "UKR", ("PRE",)),
    ("Lugansk People's Republic", "UKR", ("PRE",)),
    ("LPR", "UKR", ("PRE",)),
    ("LNR", "UKR", ("PRE",)),
    ("Transnistria", "MDA", ("PRE",)),
    ("Transnistrian", "MDA", ("PRE",)),
    ("Tiraspol", "MDA", ("GOV", "PRE")),
    ("Abkhazia", "GEO", ("PRE",)),
    ("South Ossetia", "GEO", ("PRE",)),
    ("Nagorno-Karabakh", "AZE", ("PRE",)),
    ("Nagorno Karabakh", "AZE", ("PRE",)),
    ("Northern Cyprus", "CYP", ("PRE",)),
    ("Turkish Republic of Northern Cyprus", "CYP", ("PRE",)),
    ("Somaliland", "SOM", ("PRE",)),
    ("Western Sahara", "MAR", ("PRE",)),
    ("Sahrawi Arab Democratic Republic", "MAR", ("PRE",)),
]

# UNO and EUR for the UN and the EU and their bodies, IGO for every other
# intergovernmental organization (the manual's "International Non-state actor names").
ORGANIZATIONS = [
    ("UN", "UNO", ()),
    ("U.N.", "UNO", ()),
    ("United Nations", "UNO", ()),
    ("the United Nations", "UNO", ()),
    ("UN Security Council", "UNO", ()),
    ("U.N. Security Council", "UNO", ()),
    ("UNSC", "UNO", ()),
    ("Security Council", "UNO", ()),
    ("UN General Assembly", "UNO", ("LEG",)),
    ("UNGA", "UNO", ("LEG",)),
    ("General Assembly", "UNO", ("LEG",)),
    ("UN Secretary-General", "UNO", ()),
    ("UN Secretary General", "UNO", ()),
    ("UN Panel of Experts", "UNO", ()),
    ("U.N. panel of experts", "UNO", ()),
    ("1718 Committee", "UNO", ()),
    ("UNICEF", "UNO", ()),
    ("Unicef", "UNO", ()),
    ("WFP", "UNO", ()),
    ("UNHCR", "UNO", ()),
    ("UN refugee agency", "UNO", ()),
    ("ICJ", "UNO", ("JUD",)),
    ("EU", "EUR", ()),
    ("European Union", "EUR", ()),
    ("European Commission", "EUR", ()),
    ("European Parliament", "EUR", ("LEG",)),
    ("IAEA", "IGO", ()),
    ("International Atomic Energy Agency", "IGO", ()),
    ("NATO", "IGO", ()),
    ("Nato", "IGO", ()),
    ("ASEAN", "IGO", ()),
    ("African Union", "IGO", ()),
    ("Arab League", "IGO", ()),
    ("OSCE", "IGO", ()),
    ("WHO", "IGO", ("MED",)),
    ("World Health Organization", "IGO", ("MED",)),
    ("ICC", "IGO", ("JUD",)),
    ("International Criminal Court", "IGO", ("JUD",)),
    ("IMF", "IGO", ()),
    ("World Bank", "IGO", ()),
    ("WTO", "IGO", ()),
    ("G7", "IGO", ()),
    ("G-20", "IGO", ()),
    ("BRICS", "IGO", ()),
    ("SCO", "IGO", ()),
    ("CSTO", "IGO", ()),
    ("OPEC", "IGO", ()),
    ("Interpol", "IGO", ("COP",)),
    ("INTERPOL", "IGO", ("COP",)),
    ("Council of Europe", "IGO", ()),
    ("Red Cross", "NGO", ()),
    ("ICRC", "NGO", ()),
    ("Amnesty International", "NGO", ()),
    ("Doctors Without Borders", "NGO", ("MED",)),
    ("Islamic State", "IMG", ()),
    ("al-Qaeda", "IMG", ()),
    ("al Qaeda", "IMG", ()),
]


@pytest.mark.parametrize(("name", "code"), COUNTRY_NAMES + ACRONYMS + DEMONYMS)
def test_lookup_country_names_acronyms_and_demonyms(name: str, code: str) -> None:
    found = actor(name)
    assert (found.code, found.sectors) == (code, ())


@pytest.mark.parametrize(
    ("name", "code", "sectors"), METONYMS + INSTITUTIONS + ENTITIES + ORGANIZATIONS
)
def test_lookup_metonyms_institutions_entities_and_organizations(
    name: str, code: str, sectors: tuple[str, ...]
) -> None:
    found = actor(name)
    assert (found.code, found.sectors) == (code, sectors)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Russia", "country"),
        ("Falkland Islands", "dependency"),
        ("Palestine, State of", "territory"),
        ("Scotland", "region"),
        ("Russians", "demonym"),
        ("Moscow", "capital"),
        ("the Kremlin", "metonym"),
        ("the Knesset", "institution"),
        ("KCNA", "media"),
        ("Abkhazia", "entity"),
        ("UN", "igo"),
        ("Security Council", "organ"),
        ("Red Cross", "ngo"),
        ("ISIS", "armed-group"),
    ],
)
def test_lookup_tells_the_kind_of_name(name: str, kind: str) -> None:
    assert actor(name).kind == kind


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("U.S.", "United States"),
        ("the Kremlin", "Russian Federation"),
        ("DPRK", "North Korea"),
        ("LNR", "Luhansk People's Republic"),
        ("UNSC", "United Nations Security Council"),
        ("Macau", "Macao"),
        ("Falkland Islands", "Falkland Islands (Malvinas)"),
    ],
)
def test_lookup_gives_the_canonical_name(name: str, canonical: str) -> None:
    assert actor(name).name == canonical


def test_lookup_keeps_the_alias_and_where_it_came_from() -> None:
    found = actor("the Kremlin")
    assert found.alias == "Kremlin"
    assert "country_aliases.tsv:" in found.source


# --- normalization ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("russia", "RUS"),
        ("RUSSIA", "RUS"),
        ("Russia's", "RUS"),
        ("Russia’s", "RUS"),
        ("North Korea's", "PRK"),
        ("the Philippines'", "PHL"),
        ("  North   Korea ", "PRK"),
        ("U.S.'", "USA"),
        ("DPRK's", "PRK"),
        ("Guinea–Bissau", "GNB"),
        ("The Gambia", "GMB"),
    ],
)
def test_lookup_normalizes_case_possessives_dashes_and_the(written: str, code: str) -> None:
    assert actor(written).code == code


# --- what never matches ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "us",
        "Us",
        "u.s.",
        "who",
        "Who",
        "un",
        "Un",
        "eu",
        "New Jersey",
        "New Mexico",
        "South China Sea",
        "Latin America",
        "National Security Council",
        "Korea",
        "Korean",
        "Congolese",
        "Dominican",
        "Brussels",
        "The Hague",
        "Jerusalem",
        "Soviet Union",
        "Crimea",
        "",
        "the",
    ],
)
def test_lookup_never_matches_pronouns_lookalikes_or_undecidable_names(name: str) -> None:
    assert KNOWLEDGE.lookup(name) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # A gazetteer has no sentence: these are the countries, even when the text means
        # the US state or a person. The resolver must use the NER label and context.
        ("Georgia", "GEO"),
        ("Jordan", "JOR"),
        ("Chad", "TCD"),
        ("Washington", "USA"),
    ],
)
def test_lookup_cannot_tell_a_country_from_a_state_or_person_of_the_same_name(name: str, code: str) -> None:
    assert actor(name).code == code


# --- finding names in text -------------------------------------------------------------


def found_in(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], known.code) for start, end, known in KNOWLEDGE.find_all(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a missile, KCNA said.",
            [("North Korea", "PRK"), ("KCNA", "PRK")],
        ),
        ("Let us talk to US officials.", [("US", "USA")]),
        ("The U.S.-led coalition", [("U.S.", "USA")]),
        ("Who said the WHO would help?", [("WHO", "IGO")]),
        ("We ate turkey and fine china in Turkey.", [("Turkey", "TUR")]),
        ("Seoul's foreign ministry", [("Seoul", "KOR")]),
        ("the U.N. Security Council met", [("U.N. Security Council", "UNO")]),
        ("The Security Council and the UN", [("Security Council", "UNO"), ("UN", "UNO")]),
        ("He flew to New Jersey, not Jersey.", [("Jersey", "GBR")]),
        ("Papua New Guinea and Guinea", [("Papua New Guinea", "PNG"), ("Guinea", "GIN")]),
        ("South Sudan and Sudan", [("South Sudan", "SSD"), ("Sudan", "SDN")]),
        ("Nigeria and Niger", [("Nigeria", "NGA"), ("Niger", "NER")]),
        ("the Washington Post reported", [("Washington Post", "USA")]),
        ("ships in the South China Sea", []),
        ("a rally in Little Havana", []),
        ("the self-proclaimed Donetsk People's Republic", [("Donetsk People's Republic", "UKR")]),
        ("DPR Korea and the DPR", [("DPR Korea", "PRK"), ("DPR", "UKR")]),
        ("Russia's President", [("Russia", "RUS")]),
        ("NORTH KOREA WARNS US", [("NORTH KOREA", "PRK"), ("US", "USA")]),
        ("Kyiv-based analysts", [("Kyiv", "UKR")]),
        ("Russia and Russian troops, Russians", [("Russia", "RUS"), ("Russian", "RUS"), ("Russians", "RUS")]),
        ("the Democratic People’s Republic of Korea", [("Democratic People’s Republic of Korea", "PRK")]),
        ("the Philippines and Philippine troops", [("Philippines", "PHL"), ("Philippine", "PHL")]),
        ("the Uscis and Usa", []),
    ],
)
def test_find_all_takes_the_longest_name_on_word_boundaries(text: str, expected: list[tuple[str, str]]) -> None:
    assert found_in(text) == expected


def test_find_all_reports_character_offsets() -> None:
    text = "Moscow and Washington"
    assert [(start, end) for start, end, _ in KNOWLEDGE.find_all(text)] == [(0, 6), (11, 21)]


# --- titles → sectors ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "sectors"),
    [
        ("foreign minister", ("GOV",)),
        ("Deputy Foreign Minister", ("GOV",)),
        ("minister", ("GOV",)),
        ("ministry", ("GOV",)),
        ("government", ("GOV",)),
        ("president", ("GOV",)),
        ("prime minister", ("GOV",)),
        ("ambassador", ("GOV",)),
        ("envoy", ("GOV",)),
        ("diplomats", ("GOV",)),
        ("embassy", ("GOV",)),
        ("spokesman", ("GOV",)),
        ("spokeswoman", ("GOV",)),
        ("spokesperson", ("GOV",)),
        ("leader", ("GOV",)),
        ("Kremlin spokesman", ("GOV",)),
        ("troops", ("MIL",)),
        ("army", ("MIL",)),
        ("military", ("MIL",)),
        ("soldiers", ("MIL",)),
        ("forces", ("MIL",)),
        ("military spokesman", ("MIL",)),
        ("defence minister", ("GOV", "MIL")),
        ("defense minister", ("GOV", "MIL")),
        ("police", ("COP",)),
        ("policemen", ("COP",)),
        ("police chief", ("COP",)),
        ("court", ("JUD",)),
        ("judge", ("JUD",)),
        ("prosecutors", ("JUD",)),
        ("Supreme Court judges", ("JUD",)),
        ("attorney general", ("GOV",)),
        ("parliament", ("LEG",)),
        ("lawmakers", ("LEG",)),
        ("legislature", ("LEG",)),
        ("Duma", ("LEG",)),
        ("National Assembly", ("LEG",)),
        ("rebels", ("REB",)),
        ("separatists", ("REB",)),
        ("insurgents", ("REB",)),
        ("rebel leader", ("REB",)),
        ("rebel forces", ("REB",)),
        ("opposition", ("OPP",)),
        ("opposition leader", ("OPP",)),
        ("opposition lawmakers", ("LEG", "OPP")),
        ("opposition party", ("PTY", "OPP")),
        ("ruling party", ("PTY", "GOV")),
        ("party", ("PTY",)),
        ("journalists", ("JRN",)),
        ("state television", ("JRN",)),
        ("news agency", ("JRN",)),
        ("newspaper", ("JRN",)),
        ("company", ("BUS",)),
        ("firms", ("BUS",)),
        ("businessmen", ("BUS",)),
        ("intelligence service", ("SPY",)),
        ("spy agency", ("SPY",)),
        ("military intelligence", ("SPY", "MIL")),
        ("workers", ("LAB",)),
        ("labourers", ("LAB",)),
        ("farm workers", ("AGR",)),
        ("health workers", ("MED",)),
        ("aid workers", ()),
        ("unknown gunmen", ("UAF",)),
        ("paramilitaries", ("PRM",)),
        ("civilians", ("CVL",)),
        ("protesters", ("CVL",)),
        ("supporters", ("CVL",)),
        ("followers", ("CVL",)),
        ("students", ("EDU",)),
        ("refugees", ("REF",)),
        ("clerics", ("REL",)),
        ("churches", ("REL",)),
        ("rights group", ("SOC",)),
        ("breakaway government", ("GOV", "PRE")),
        ("former president", ("ELI",)),
        ("former defence minister", ("ELI",)),
        ("ousted leader", ("ELI",)),
        ("former rebel commander", ("REB",)),
        ("first lady", ("ELI",)),
        ("health ministry", ("GOV", "MED")),
        ("chef", ()),
        ("", ()),
    ],
)
def test_sector_for_title(title: str, sectors: tuple[str, ...]) -> None:
    assert KNOWLEDGE.sector_for(title) == sectors


def test_sectors_file_defines_every_sector_code_of_the_manual() -> None:
    assert sorted(KNOWLEDGE.sector_definitions) == sorted(MANUAL_SECTORS)
    assert KNOWLEDGE.sector_definitions["UAF"].startswith("Unidentified armed forces")


# --- coverage and consistency of the shipped data --------------------------------------


def test_every_iso_3166_country_has_a_row() -> None:
    missing = [c.alpha_3 for c in pycountry.countries if KNOWLEDGE.by_iso3(c.alpha_3) is None]
    assert missing == []


def country_code(iso3: str) -> str:
    row = KNOWLEDGE.by_iso3(iso3)
    assert row is not None
    return row.code


def test_every_iso_3166_name_finds_a_country() -> None:
    # pycountry's "Congo" is the Republic of the Congo; wire services mean the DRC.
    overridden = {"COG"}
    wrong = [
        c.name
        for c in pycountry.countries
        if c.alpha_3 not in overridden and actor(c.name).code != country_code(c.alpha_3)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("iso3", "code", "sectors"),
    [
        ("RUS", "RUS", ()),
        ("TWN", "TWN", ()),
        ("VAT", "VAT", ()),
        ("HKG", "HKG", ()),
        ("PSE", "PSE", ()),
        ("ATA", "ATA", ()),
        ("MAC", "CHN", ()),
        ("FLK", "GBR", ()),
        ("PRI", "USA", ()),
        ("GRL", "DNK", ()),
        ("ESH", "MAR", ("PRE",)),
    ],
)
def test_countries_follow_the_manual(iso3: str, code: str, sectors: tuple[str, ...]) -> None:
    row = KNOWLEDGE.by_iso3(iso3)
    assert row is not None
    assert (row.code, row.sectors) == (code, sectors)


def in_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@pytest.mark.parametrize("file_name", ALIAS_FILES)
def test_no_alias_is_written_twice_in_one_file(file_name: str) -> None:
    seen: dict[tuple[str, ...], int] = {}
    repeated = []
    lines = (DATA / file_name).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if line.startswith("#") or not line.strip() or line.startswith("alias\t"):
            continue
        key = tuple(t.shape if in_capitals(t.shape) else t.norm for t in tokenize(line.split("\t")[0]))
        if key in seen:
            repeated.append((seen[key], number, line))
        seen[key] = number
    assert repeated == []


def test_the_default_knowledge_is_loaded_once() -> None:
    assert load_knowledge() is load_knowledge()


# --- overrides -------------------------------------------------------------------------


def test_override_adds_a_name(write) -> None:
    path = write("mine.tsv", HEADER + "Hermit Kingdom\tPRK\t\tcountry\n")
    assert load_knowledge(overrides=path).lookup("the Hermit Kingdom").code == "PRK"  # type: ignore[union-attr]


def test_override_corrects_a_name(write) -> None:
    path = write("mine.tsv", HEADER + "Congo\tCOG\t\tcountry\n")
    assert load_knowledge(overrides=path).lookup("Congo").code == "COG"  # type: ignore[union-attr]


def test_override_removes_a_name(write) -> None:
    path = write("mine.tsv", HEADER + "Georgia\t-\t\tnot-actor\n")
    knowledge = load_knowledge(overrides=path)
    assert knowledge.lookup("Georgia") is None
    assert knowledge.find_all("Atlanta, Georgia") == []


def test_override_later_row_wins(write) -> None:
    path = write("mine.tsv", HEADER + "Zion\tISR\t\tcountry\nZion\tUSA\tGOV\tmetonym\tUnited States\n")
    found = load_knowledge(overrides=path).lookup("Zion")
    assert (found.code, found.sectors, found.name) == ("USA", ("GOV",), "United States")  # type: ignore[union-attr]


def test_override_does_not_change_the_default(write) -> None:
    load_knowledge(overrides=write("mine.tsv", HEADER + "Russia\t-\t\tnot-actor\n"))
    assert actor("Russia").code == "RUS"


# --- bad files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        (HEADER + "Hermit Kingdom\tPRK\tGOVT\tcountry\n", 2, "unknown sector 'GOVT'"),
        (HEADER + "Hermit Kingdom\tXXX\t\tcountry\n", 2, "unknown code 'XXX'"),
        # A dependency's ISO code is not a PLOVER code: the Falklands are GBR.
        (HEADER + "Malvinas\tFLK\t\tdependency\n", 2, "unknown code 'FLK'"),
        (HEADER + "# comment\nHermit Kingdom\tPRK\t\tnation\n", 3, "unknown kind 'nation'"),
        (HEADER + "Hermit Kingdom\tPRK\t\tcountry\tname\textra\n", 2, "6 columns"),
        (HEADER + "\tPRK\t\tcountry\n", 2, "the alias is empty"),
        (HEADER + "Hermit Kingdom\t-\t\tcountry\n", 2, "code '-' goes with kind 'not-actor'"),
        (HEADER + "Hermit Union\tIGO\t\tigo\n", 2, "the name is empty"),
        ("name\tcode\n", 1, "expected the header"),
    ],
)
def test_bad_file_raises_config_error_naming_file_and_line(write, content: str, line: int, message: str) -> None:
    path = write("bad.tsv", content)
    with pytest.raises(ConfigError) as error:
        load_knowledge(overrides=path)
    assert f"bad.tsv:{line}:" in str(error.value)
    assert message in str(error.value)


def test_missing_override_file_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="absent.tsv"):
        load_knowledge(overrides=tmp_path / "absent.tsv")


def test_empty_file_raises_config_error(write) -> None:
    with pytest.raises(ConfigError, match="no header line"):
        load_knowledge(overrides=write("empty.tsv", "# nothing here\n"))


def test_load_knowledge_reads_the_override_file_named_in_the_environment(tmp_path, monkeypatch):
    override = tmp_path / "mine.tsv"
    override.write_text("alias\tcode\tsectors\tkind\tname\nAcme Republic\tRUS\tPRE\tentity\tAcme Republic\n", "utf-8")
    monkeypatch.setenv("DYADWATCH_ACTOR_OVERRIDES", str(override))
    knowledge = load_knowledge()
    assert (knowledge.lookup("Acme Republic").code, knowledge.lookup("Acme Republic").sectors) == ("RUS", ("PRE",))


def test_load_knowledge_names_a_missing_override_file(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADWATCH_ACTOR_OVERRIDES", str(tmp_path / "missing.tsv"))
    with pytest.raises(ConfigError, match="missing.tsv"):
        load_knowledge()

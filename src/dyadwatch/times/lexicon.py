"""The time vocabulary and patterns of `data/times.toml`, loaded and compiled once.

The data file holds the knowledge (names, units, relative words, fuzzy modifiers,
patterns as regex templates); this module turns it into typed tables and compiled
regexes. Nothing is read until `load_lexicon()` is called.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from dyadwatch.cache import LazyRegex, cached
from dyadwatch.datafiles import DataModel, read_data_file
from dyadwatch.errors import ConfigError
from dyadwatch.times.prefilter import Prefilter, build_prefilter

DATA_FILE = "times.toml"
# One gap between words: blanks, never a line break (paragraphs and masked furniture
# are separated by line breaks, so no match runs across them).
GAP = r"[ \t\u00a0]+"
# A match starts after no word character (nor a currency or number sign, a slash, a
# hyphen or a decimal point: "KC-30s", "1955-2011") and ends before none (nor a
# decimal or thousands continuation).
BEFORE = r"(?<![\w$€£#/.-])"
AFTER = r"(?!\w|[.,:/]\d|%)"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclasses.dataclass(slots=True, frozen=True)
class Unit:
    """A duration unit: ISO 8601 designator, multiplier, and how it is written."""

    name: str
    code: str
    times: int = 1
    clock: bool = False
    vague_code: str | None = None
    article: bool = False


@dataclasses.dataclass(slots=True, frozen=True)
class Season:
    code: str
    first_month: int
    last_month: int


@dataclasses.dataclass(slots=True, frozen=True)
class Fuzzy:
    """A modifier narrowing a period: inclusive day, month and year-of-decade ranges."""

    name: str
    days: tuple[int, int]
    months: tuple[int, int]
    years: tuple[int, int]


@dataclasses.dataclass(slots=True, frozen=True)
class Relative:
    """A word moving a calendar unit: shift in units; what it does after "the"."""

    shift: int
    the: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class VagueSpan:
    value: str
    extent: Mapping[str, int]


@dataclasses.dataclass(slots=True, frozen=True)
class PatternRule:
    """One pattern of the data file, compiled."""

    id: str
    kind: str
    regex: LazyRegex  # compiled again, once read from the cache, when first used
    check: str | None
    priority: int


@dataclasses.dataclass(slots=True, frozen=True)
class Lexicon:
    """Every table of `times.toml`, typed; keys are lower-case."""

    months: Mapping[str, int]
    month_names: frozenset[str]
    weekdays: Mapping[str, int]
    weekday_names: frozenset[str]
    seasons: Mapping[str, Season]
    ordinals: Mapping[str, int]
    century_ordinals: Mapping[str, int]
    week_ordinals: Mapping[str, int]
    numbers: Mapping[str, float]
    vague_quantities: frozenset[str]
    units: Mapping[str, Unit]
    duration_adjectives: frozenset[str]
    duration_modifiers: frozenset[str]
    article_duration_cues: frozenset[str]
    article_duration_followers: frozenset[str]
    calendar_units: tuple[str, ...]
    relative: Mapping[str, Relative]
    anaphors: Mapping[str, int]
    span_words: frozenset[str]
    deictic_days: Mapping[str, int]
    deictic_parts: Mapping[str, str]
    sides: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    part_shifts: Mapping[str, int]
    clock_words: Mapping[str, str]
    time_zones: Mapping[str, str]
    fuzzy: Mapping[str, Fuzzy]
    vague_spans: Mapping[str, VagueSpan]
    references: Mapping[str, str]
    set_adjectives: Mapping[str, str]
    set_words: frozenset[str]
    rate_words: frozenset[str]
    rate_counts: frozenset[str]
    temporal_cues: frozenset[str]
    season_cues: frozenset[str]
    ambiguous_seasons: frozenset[str]
    bare_year_range: tuple[int, int]
    year_range: tuple[int, int]
    number_nouns: frozenset[str]
    not_time_entities: frozenset[str]
    numeric_date_order: str
    future_auxiliaries: frozenset[str]
    future_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    past_prepositions: frozenset[str]
    future_prepositions: frozenset[str]
    past_grace_days: int
    past_act_nouns: frozenset[str] = frozenset()
    prospective_modifiers: frozenset[str] = frozenset()
    patterns: tuple[PatternRule, ...] = ()
    prefilter: Prefilter | None = None  # which lines each pattern scans (None: all)


class SeasonEntry(DataModel):
    code: str
    months: tuple[int, int]


class NumberCompounds(DataModel):
    tens: tuple[str, ...]
    units: tuple[str, ...]


class Quantities(DataModel):
    vague: frozenset[str]


class UnitEntry(DataModel):
    code: str
    times: int = 1
    clock: bool = False
    vague: str | None = None
    article: bool = False
    plural: str | None = None


class DurationWords(DataModel):
    adjectives: frozenset[str]
    modifiers: frozenset[str]
    article_cues: frozenset[str]
    article_followers: frozenset[str]


class Calendar(DataModel):
    units: tuple[str, ...]


class RelativeEntry(DataModel):
    shift: int
    the: str | None = None


class SpanWords(DataModel):
    words: frozenset[str]


class FuzzyEntry(DataModel):
    words: tuple[str, ...]
    days: tuple[int, int]
    months: tuple[int, int]
    years: tuple[int, int]


class VagueSpanEntry(DataModel):
    """A vague span's value and how many of each unit it reaches (a unit left out: none)."""

    value: str
    day: int | None = None
    week: int | None = None
    month: int | None = None
    year: int | None = None
    decade: int | None = None


class SetWords(DataModel):
    every: frozenset[str]
    rate: frozenset[str]
    rate_counts: frozenset[str]


class Context(DataModel):
    temporal_cues: frozenset[str]
    ambiguous_seasons: frozenset[str]
    season_cues: frozenset[str]
    bare_year_range: tuple[int, int]
    year_range: tuple[int, int]
    number_nouns: frozenset[str]
    not_time_entities: frozenset[str]
    numeric_date_order: str


class Direction(DataModel):
    future_auxiliaries: frozenset[str]
    future_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    past_prepositions: frozenset[str]
    future_prepositions: frozenset[str]
    past_grace_days: int
    past_act_nouns: frozenset[str]
    prospective_modifiers: frozenset[str]


class PatternEntry(DataModel):
    id: str
    kind: str
    regex: str
    check: str | None = None


class TimesFile(DataModel):
    """`data/times.toml` (its format is documented at its top)."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    seasons: dict[str, SeasonEntry]
    ordinals: dict[str, int]
    week_ordinals: dict[str, int]
    century_ordinals: dict[str, int]
    numbers: dict[str, int | float]
    number_compounds: NumberCompounds
    quantities: Quantities
    units: dict[str, UnitEntry]
    duration_words: DurationWords
    calendar: Calendar
    relative: dict[str, RelativeEntry]
    anaphors: dict[str, int]
    span: SpanWords
    deictic_days: dict[str, int]
    deictic_parts: dict[str, str]
    sides: dict[str, str]
    parts_of_day: dict[str, str]
    part_shifts: dict[str, int]
    clock_words: dict[str, str]
    time_zones: dict[str, str]
    fuzzy: dict[str, FuzzyEntry]
    vague_spans: dict[str, VagueSpanEntry]
    references: dict[str, str]
    set_adjectives: dict[str, str]
    sets: SetWords
    context: Context
    direction: Direction
    pattern: tuple[PatternEntry, ...]


@functools.cache
def load_lexicon() -> Lexicon:
    """The lexicon shipped in `dyadwatch/data/times.toml`, patterns compiled (kept in
    the cache: reading the patterns for the prefilter costs half a second)."""
    sources = (resources.files("dyadwatch.data") / DATA_FILE, Path(__file__), Path(__file__).with_name("prefilter.py"))
    return cached("times-lexicon", sources, lambda: make_lexicon(read_data_file(DATA_FILE, TimesFile)))


def make_lexicon(raw: TimesFile) -> Lexicon:
    """The lexicon of a validated times file; a pattern that does not compile (or a
    compound of a number word the file lacks) is a ConfigError."""
    try:
        lexicon = _read_tables(raw)
        patterns = compile_patterns(raw.pattern, lexicon)
        prefilter = build_prefilter([rule.regex.compiled for rule in patterns], alternation=alternation)
        return dataclasses.replace(lexicon, patterns=patterns, prefilter=prefilter)
    except (KeyError, re.error) as exc:
        raise ConfigError(f"data/{DATA_FILE}: bad entry ({exc!r}); see the format at its top") from exc


def _read_tables(raw: TimesFile) -> Lexicon:
    return Lexicon(
        months={**raw.months, **raw.month_abbreviations},
        month_names=frozenset(raw.months),
        weekdays={**raw.weekdays, **raw.weekday_abbreviations},
        weekday_names=frozenset(raw.weekdays),
        seasons={k: Season(v.code, *v.months) for k, v in raw.seasons.items()},
        ordinals=dict(raw.ordinals),
        century_ordinals=dict(raw.century_ordinals),
        week_ordinals=dict(raw.week_ordinals),
        numbers=read_numbers(raw.numbers, raw.number_compounds),
        vague_quantities=raw.quantities.vague,
        units=read_units(raw.units),
        duration_adjectives=raw.duration_words.adjectives,
        duration_modifiers=raw.duration_words.modifiers,
        article_duration_cues=raw.duration_words.article_cues,
        article_duration_followers=raw.duration_words.article_followers,
        calendar_units=raw.calendar.units,
        relative={k: Relative(v.shift, v.the) for k, v in raw.relative.items()},
        anaphors=dict(raw.anaphors),
        span_words=raw.span.words,
        deictic_days=dict(raw.deictic_days),
        deictic_parts=dict(raw.deictic_parts),
        sides=dict(raw.sides),
        parts_of_day=dict(raw.parts_of_day),
        part_shifts=dict(raw.part_shifts),
        clock_words=dict(raw.clock_words),
        time_zones=dict(raw.time_zones),
        fuzzy=read_fuzzy(raw.fuzzy),
        vague_spans={k: read_vague_span(v) for k, v in raw.vague_spans.items()},
        references=dict(raw.references),
        set_adjectives=dict(raw.set_adjectives),
        set_words=raw.sets.every,
        rate_words=raw.sets.rate,
        rate_counts=raw.sets.rate_counts,
        temporal_cues=raw.context.temporal_cues,
        season_cues=raw.context.season_cues,
        ambiguous_seasons=raw.context.ambiguous_seasons,
        bare_year_range=raw.context.bare_year_range,
        year_range=raw.context.year_range,
        number_nouns=raw.context.number_nouns,
        not_time_entities=raw.context.not_time_entities,
        numeric_date_order=raw.context.numeric_date_order,
        future_auxiliaries=raw.direction.future_auxiliaries,
        future_verbs=raw.direction.future_verbs,
        reporting_verbs=raw.direction.reporting_verbs,
        past_prepositions=raw.direction.past_prepositions,
        future_prepositions=raw.direction.future_prepositions,
        past_grace_days=raw.direction.past_grace_days,
        past_act_nouns=raw.direction.past_act_nouns,
        prospective_modifiers=raw.direction.prospective_modifiers,
    )


def read_vague_span(spec: VagueSpanEntry) -> VagueSpan:
    """A vague span's value and its extent in each unit it names."""
    reach = spec.model_dump(exclude={"value"}, exclude_none=True)
    return VagueSpan(spec.value, reach)


def read_numbers(words: Mapping[str, float], compounds: NumberCompounds) -> dict[str, float]:
    """Number words plus tens–units compounds, written with a hyphen or a space."""
    numbers = dict(words)
    for tens in compounds.tens:
        for unit in compounds.units:
            value = words[tens] + words[unit]
            numbers[f"{tens}-{unit}"] = numbers[f"{tens} {unit}"] = value
    return numbers


def read_units(table: Mapping[str, UnitEntry]) -> dict[str, Unit]:
    """Units by singular and plural form."""
    units: dict[str, Unit] = {}
    for name, spec in table.items():
        unit = Unit(name, spec.code, times=spec.times, clock=spec.clock, vague_code=spec.vague, article=spec.article)
        units[name] = units[spec.plural or name + "s"] = unit
    return units


def read_fuzzy(table: Mapping[str, FuzzyEntry]) -> dict[str, Fuzzy]:
    """Fuzzy modifiers by each word that writes them."""
    found: dict[str, Fuzzy] = {}
    for name, spec in table.items():
        fuzzy = Fuzzy(name, spec.days, spec.months, spec.years)
        found.update((word, fuzzy) for word in spec.words)
    return found


# --- patterns ------------------------------------------------------------------------


def compile_patterns(entries: Iterable[PatternEntry], lexicon: Lexicon) -> tuple[PatternRule, ...]:
    """The [[pattern]] entries with their templates expanded and compiled."""
    fills = build_placeholders(lexicon)
    rules = []
    for priority, entry in enumerate(entries):
        body = expand_template(entry.regex, fills)
        regex = LazyRegex(re.compile(f"{BEFORE}(?:{body}){AFTER}"))
        rules.append(PatternRule(entry.id, entry.kind, regex, entry.check, priority))
    return tuple(rules)


def expand_template(template: str, fills: Mapping[str, str]) -> str:
    """A template with its spaces made gaps and its {placeholders} filled."""
    spaced = template.replace(" ", GAP)
    return _PLACEHOLDER.sub(lambda match: fills[match[1]], spaced)


def alternation(words: Iterable[str], *, ignore_case: bool = True, dot: bool = False) -> str:
    """A regex alternation of words, longest first; spaces become gaps; `dot` lets
    each word take a full stop (abbreviations)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if ignore_case and ordered and all(w and w.isascii() for w in ordered):
        return "(?i:" + _trie_regex(_trie(ordered), r"\.?" if dot else "") + ")"
    escaped = [re.escape(w).replace(r"\ ", GAP) for w in ordered]
    body = "|".join(e + (r"\.?" if dot else "") for e in escaped)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


# A case-insensitive alternation of many words ("one", "two", … "a dozen") is written as
# a trie: the regex engine tries the alternatives of a branch one by one at every
# position, so hundreds of words cost hundreds of tries where a trie costs a few. It
# matches what the flat alternation matches: words that match at one position are
# prefixes of one another, and the trie, like the longest-first list, tries the longer
# first (a node's children before the word ending there); words diverging at a letter
# cannot both match, so their order does not matter. The trie holds lower-case letters
# and the whole of it is case-insensitive, `(?i:…)`: one flag for the group compiles in
# half the time of a flag on each letter, a seventh of a class of both cases checked by
# a lookbehind (both written before, both matching the same characters), and scans as
# fast.
_END = ""


def _trie(words: Iterable[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char.lower(), {})
        node[_END] = {}
    return root


def _trie_regex(node: Mapping[str, Any], tail: str) -> str:
    options = [_trie_edge(char) + _trie_regex(child, tail) for char, child in node.items() if char != _END]
    if _END in node:
        options.append(tail)  # last: the longer words through the children come first
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


def _trie_edge(char: str) -> str:
    """One character of a word in the trie: a space is a gap; a letter stands for itself
    (the trie's group ignores case, so it also matches the non-ASCII characters `(?i)`
    folds to it: "i" also "İ" and "ı", "k" the Kelvin sign, "s" the long s)."""
    return GAP if char == " " else re.escape(char)


def group(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


def names(words: Iterable[str]) -> list[str]:
    """Capitalized forms of lower-case names ("may" → "May")."""
    return [word[:1].upper() + word[1:] for word in words]


def build_placeholders(lex: Lexicon) -> dict[str, str]:
    """What each {placeholder} of a pattern template stands for (a flat declaration)."""
    abbreviations = [m for m in lex.months if m not in lex.month_names]
    months = alternation(names(lex.month_names), ignore_case=False)
    weekdays = alternation(names(lex.weekday_names), ignore_case=False)
    weekday_abbrs = [w + "." for w in lex.weekdays if w not in lex.weekday_names]
    numbers = group("num", r"\d+(?:\.\d+)?|" + alternation(lex.numbers))
    vague = group("vague", alternation(lex.vague_quantities))
    offset = group("tzoffset", r"[+−-][ ]?\d{1,2}(?::?\d\d)?")
    zones = alternation(lex.time_zones, ignore_case=False)
    return {
        "month": group("month", months + "|" + alternation(names(abbreviations), ignore_case=False, dot=True)),
        "monthname": group("month", months),
        "weekday": group("weekday", weekdays + "|" + alternation(names(weekday_abbrs), ignore_case=False)),
        "day": group("day", r"3[01]|[12]\d|0?[1-9]") + r"(?:st|nd|rd|th)?(?!\d)",
        "year": group("year", r"\d{4}") + r"(?!\d)",
        "yy": "['’]" + group("yy", r"\d\d") + r"(?!\d)",
        "decade": group("decade", r"(?:1\d|20)\d0['’]?s|['’]?\d0s"),
        "centuryord": group("centuryord", alternation(lex.century_ordinals)),
        "weekordinal": group("weekordinal", alternation(lex.week_ordinals)),
        "isodate": group("isodate", r"\d{4}-[01]\d-[0-3]\d"),
        "numdate": group("numdate", r"[01]?\d/[0-3]?\d/(?:\d{4}|\d\d)") + r"(?!/)",
        "fuzzy": group("fuzzy", alternation(lex.fuzzy)),
        "rel": group("rel", alternation(lex.relative)),
        "calunit": group("calunit", alternation(lex.calendar_units)),
        "side": group("side", alternation(lex.sides)),
        "ordinal": group("ordinal", alternation(lex.ordinals)),
        "portion": group("portion", alternation(["quarter", "half"])),
        "qcode": group("qcode", r"Q[1-4]"),
        "season": group("season", alternation(lex.seasons)),
        "part": group("part", alternation(lex.parts_of_day)),
        "partshift": group("partshift", alternation(lex.part_shifts)),
        "deictic": group("deictic", alternation(lex.deictic_days)),
        "mod": group("mod", alternation(lex.duration_modifiers)),
        "count": f"(?:{numbers}|{vague})",
        "duradj": group("duradj", alternation(lex.duration_adjectives)),
        "unit": group("unit", alternation(lex.units)),
        "vaguespan": group("vaguespan", alternation(lex.vague_spans)),
        "spanword": group("spanword", alternation(lex.span_words)),
        "setword": group("setword", alternation(lex.set_words)),
        "setadj": group("setadj", alternation(lex.set_adjectives)),
        "rateword": group("rateword", alternation(lex.rate_words)),
        "hour": group("hour", r"[01]?\d|2[0-3]"),
        "minute": group("minute", r"[0-5]\d"),
        "ampm": group("ampm", r"[aApP]\.?[mM]\.?(?!\w)"),
        # "UTC", "GMT +8", "(GMT +8)": a bracket only if it closes.
        "tz": group("tzparen", r"\(") + "?" + group("tz", zones) + f"(?:[ ]?{offset})?" + r"(?(tzparen)\))",
        "hhmm": group("hhmm", r"(?:[01]\d|2[0-3])[0-5]\d"),
        "clockword": group("clockword", alternation(lex.clock_words)),
        "dayword": f"(?:{group('weekday', weekdays)}|{group('deictic', alternation(lex.deictic_days))})",
        "refword": group("refword", alternation(lex.references)),
    }

"""Watchlists: listed persons and organizations, read from FollowTheMoney JSON lines
(the format OpenSanctions publishes) or from CSV, and matched by name.

Names are compared after a transliteration-aware normalization (`normalize_name`):
any script to ASCII (anyascii; each Hangul or Han syllable becomes a word), lower case,
words split at spaces, hyphens and punctuation, the romanization variants of
`data/sanctions/names.toml` unified ("Jeong" → "jong", "Thae" → "tae"), legal forms
and honorifics dropped. Two normalized names are scored with rapidfuzz: the better of
the word-order-free ratio and the ratio of the names written without spaces
("Kim Jongun" = "Kim Jong Un").
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from anyascii import anyascii

from dyadwatch.datafiles import DataModel, read_data_file
from dyadwatch.errors import ConfigError

Kind = Literal["person", "organization", "any"]
DEFAULT_THRESHOLD = 0.9
MIN_KEY_LETTERS = 4
PERSON_SCHEMAS = frozenset({"Person"})
ORGANIZATION_SCHEMAS = frozenset({"Organization", "Company", "LegalEntity", "PublicBody"})
FTM_NAME_PROPERTIES = ("name", "alias", "previousName")
FTM_COUNTRY_PROPERTIES = ("country", "nationality", "citizenship", "jurisdiction")
CSV_KINDS: Mapping[str, Kind] = {
    "person": "person",
    "organization": "organization",
    "organisation": "organization",
    "": "any",
}
_ALIAS_SEPARATOR = re.compile(r"[;|]")
_KEY_WORD = re.compile(r"[a-z0-9]+")


@dataclasses.dataclass(slots=True, frozen=True)
class WatchEntry:
    """A listed person or organization: id, the name to show, every name it is known
    by, kind, countries, the list it is on, and the file and line it came from."""

    id: str
    caption: str
    names: tuple[str, ...]
    kind: Kind
    countries: tuple[str, ...]
    list: str
    source: str


@dataclasses.dataclass(slots=True, frozen=True)
class NameMatch:
    """A listed entry whose name `name` matched a name in the text with `score` (0–1)."""

    entry: WatchEntry
    name: str
    score: float


@dataclasses.dataclass(slots=True, frozen=True)
class NameTable:
    """The normalization tables of names.toml."""

    canonical: Mapping[str, str]
    ignore: frozenset[str]


class Watchlist:
    """Listed entries indexed by the words of their normalized names."""

    def __init__(self, entries: Iterable[WatchEntry], *, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.entries = tuple(entries)
        self.threshold = threshold
        self._names: list[tuple[str, str, WatchEntry]] = []  # (key, name as listed, entry)
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for entry in self.entries:
            for name in entry.names:
                self._add(name, entry)

    def __len__(self) -> int:
        return len(self.entries)

    def match(self, name: str, *, kind: Kind | None = None) -> NameMatch | None:
        """The best-scoring entry of the right kind at or above the threshold, or None."""
        key = normalize_name(name)
        if _letters(key) < MIN_KEY_LETTERS:
            return None
        best: tuple[float, bool] = (self.threshold, False)
        found: NameMatch | None = None
        for index in self._candidates(key):
            listed_key, listed, entry = self._names[index]
            if kind is not None and entry.kind not in (kind, "any"):
                continue
            # Of equal scores, the listed name spelled as in the text is the one to show.
            rank = (name_similarity(key, listed_key), listed.casefold() == name.casefold())
            if rank >= best if found is None else rank > best:
                best, found = rank, NameMatch(entry, listed, rank[0])
        return found

    def _add(self, name: str, entry: WatchEntry) -> None:
        key = normalize_name(name)
        if _letters(key) < MIN_KEY_LETTERS:
            return
        self._names.append((key, name, entry))
        for word in _block_words(key):
            self._by_word[word].append(len(self._names) - 1)

    def _candidates(self, key: str) -> list[int]:
        return sorted({i for word in _block_words(key) for i in self._by_word.get(word, ())})


def _block_words(key: str) -> set[str]:
    """Names sharing a word, or written the same without spaces, are compared."""
    return set(key.split()) | {key.replace(" ", "")}


def _letters(key: str) -> int:
    return sum(c.isalnum() for c in key)


def name_similarity(a: str, b: str) -> float:
    """Similarity (0–1) of two normalized names."""
    from rapidfuzz import fuzz  # a seventh of a second to import, for screening against a watchlist only

    joined = fuzz.ratio(a.replace(" ", ""), b.replace(" ", ""))
    return max(fuzz.token_sort_ratio(a, b), joined) / 100


# --- normalization ----------------------------------------------------------------------


def normalize_name(name: str, *, table: NameTable | None = None) -> str:
    """The comparable form of a name in any script (see the module docstring)."""
    table = table or load_name_table()
    words = _KEY_WORD.findall(transliterate(name).casefold())
    return " ".join(table.canonical.get(w, w) for w in words if w not in table.ignore)


def transliterate(text: str) -> str:
    """ASCII text; a Hangul or Han character is a syllable, so each becomes a word."""
    return "".join(anyascii(c) + (" " if _is_syllabic(c) else "") for c in text)


def _is_syllabic(char: str) -> bool:
    if char.isascii():
        return False
    name = unicodedata.name(char, "")
    return name.startswith(("HANGUL SYLLABLE", "CJK UNIFIED IDEOGRAPH"))


class NamesFile(DataModel):
    """`data/sanctions/names.toml`: romanization variants by the form they become, and
    the words a name comparison drops, in groups."""

    romanization: dict[str, tuple[str, ...]]
    ignore: dict[str, tuple[str, ...]]


@functools.cache
def load_name_table() -> NameTable:
    raw = read_data_file("sanctions/names.toml", NamesFile)
    canonical = {variant: key for key, variants in raw.romanization.items() for variant in variants}
    ignore = frozenset(word for words in raw.ignore.values() for word in words)
    return NameTable(canonical=canonical, ignore=ignore)


# --- reading ----------------------------------------------------------------------------


def load_watchlist(paths: Sequence[Path], *, threshold: float = DEFAULT_THRESHOLD) -> Watchlist:
    """One watchlist from every file: .csv as CSV, anything else as FtM JSON lines."""
    return Watchlist((entry for path in paths for entry in read_watchlist(Path(path))), threshold=threshold)


def read_watchlist(path: Path) -> list[WatchEntry]:
    reader = read_csv if path.suffix.lower() == ".csv" else read_ftm
    try:
        return list(reader(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the watchlist: {exc}") from exc


def read_ftm(path: Path) -> Iterator[WatchEntry]:
    """Persons and organizations from FollowTheMoney entities, one JSON object a line
    (OpenSanctions `entities.ftm.json` or `targets.nested.json`). Other schemas
    (sanctions, addresses …) and entities marked `"target": false` are skipped."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                entry = _ftm_entry(
                    _json_object(line, f"{path}:{number}"), default_list=path.stem, source=f"{path}:{number}"
                )
                if entry is not None:
                    yield entry


def _json_object(line: str, source: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{source}: not a JSON line ({exc.msg}); a FtM file has one entity object a line") from exc
    if not isinstance(data, dict) or not isinstance(data.get("properties", {}), dict):
        raise ConfigError(f"{source}: expected a FtM entity object with schema and properties")
    return data


def _ftm_entry(data: dict[str, Any], *, default_list: str, source: str) -> WatchEntry | None:
    schema = data.get("schema")
    if data.get("target") is False or schema not in PERSON_SCHEMAS | ORGANIZATION_SCHEMAS:
        return None
    properties = data.get("properties", {})
    names = _ftm_names(properties)
    if not names:
        return None
    if "id" not in data:
        raise ConfigError(f"{source}: the entity has no id")
    return WatchEntry(
        id=str(data["id"]),
        caption=str(data.get("caption") or names[0]),
        names=names,
        kind="person" if schema in PERSON_SCHEMAS else "organization",
        countries=_ftm_values(properties, FTM_COUNTRY_PROPERTIES),
        list=", ".join(str(d) for d in data.get("datasets", ())) or default_list,
        source=source,
    )


def _ftm_names(properties: Mapping[str, Any]) -> tuple[str, ...]:
    names = _ftm_values(properties, FTM_NAME_PROPERTIES)
    if names:
        return names
    parts = _ftm_values(properties, ("firstName", "lastName"))
    return (" ".join(parts),) if parts else ()


def _ftm_values(properties: Mapping[str, Any], keys: Sequence[str]) -> tuple[str, ...]:
    """String values of FtM properties (nested entities in a property are skipped)."""
    values = (v for key in keys for v in properties.get(key, ()) if isinstance(v, str) and v.strip())
    return tuple(dict.fromkeys(v.strip() for v in values))


def read_csv(path: Path) -> Iterator[WatchEntry]:
    """Entries from a CSV with the header name, aliases, country, list (any order; an
    optional id and kind). Aliases are separated by ";" or "|"; kind is person,
    organization or empty (either); an empty list is the file name."""
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        columns = {c.strip().lower() for c in reader.fieldnames or ()}
        if "name" not in columns:
            raise ConfigError(
                f"{path}: a watchlist CSV needs a header with a name column (name, aliases, country, list)"
            )
        for number, row in enumerate(reader, start=2):
            yield _csv_entry(
                {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}, path=path, line=number
            )


def _csv_entry(row: Mapping[str, str], *, path: Path, line: int) -> WatchEntry:
    source = f"{path}:{line}"
    name = row.get("name", "")
    if not name:
        raise ConfigError(f"{source}: the name is empty")
    kind = row.get("kind", "").lower()
    if kind not in CSV_KINDS:
        raise ConfigError(f"{source}: unknown kind {kind!r} (person, organization or empty)")
    aliases = [a.strip() for a in _ALIAS_SEPARATOR.split(row.get("aliases", "")) if a.strip()]
    return WatchEntry(
        id=row.get("id") or f"{path.stem}-{line}",
        caption=name,
        names=tuple(dict.fromkeys([name, *aliases])),
        kind=CSV_KINDS[kind],
        countries=tuple(c.strip() for c in _ALIAS_SEPARATOR.split(row.get("country", "")) if c.strip()),
        list=row.get("list") or path.stem,
        source=source,
    )

"""Actor knowledge: which names denote which PLOVER actor, and which titles give which
sector. The knowledge is in `dyadwatch/data/actors/*.tsv` (format in the README there);
this module only reads, checks and matches it.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from dyadwatch.cache import cached
from dyadwatch.errors import ConfigError
from dyadwatch.memo import remembered_map

# The manual's table "International Non-state actor names".
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
NOT_AN_ACTOR = "-"
ALIAS_KINDS = frozenset(
    {
        "country",
        "territory",
        "dependency",
        "region",
        "city",
        "demonym",
        "capital",
        "metonym",
        "institution",
        "company",
        "media",
        "entity",
        "igo",
        "organ",
        "ngo",
        "armed-group",
        "party",
        "not-actor",
    }
)
SECTOR_ROW_KINDS = frozenset({"sector", "title", "role", "former"})
# ELI: "former government officials who currently do not hold positions in the
# government or armed forces" — a `former` word replaces these two.
OFFICE_SECTORS = ("GOV", "MIL")
COUNTRY_STATUS_KIND = {"state": "country", "territory": "territory", "dependency": "dependency", "entity": "entity"}
MAX_REMEMBERED_TITLES = 100_000
ALIAS_FILES = ("country_aliases.tsv", "entities.tsv", "igos.tsv", "groups.tsv")
COUNTRY_COLUMNS = ("iso3", "code", "sectors", "status", "name", "aliases")
ALIAS_COLUMNS = ("alias", "code", "sectors", "kind", "name")
SECTOR_COLUMNS = ("kind", "sectors", "text")
_NO_PLURAL = ("s", "sh", "ch", "x", "z", "ese")
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "`")  # each read as "'"
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:'\w+)*'?")
# The text cut into [between, word, between, word, …, between] (never an empty word).
_SPLIT = re.compile(f"({_TOKEN.pattern})")


@dataclasses.dataclass(slots=True, frozen=True)
class KnownActor:
    """What a known name denotes: PLOVER code, sectors (primary first), canonical name,
    the kind of name (country, capital, demonym, igo …), the alias as written in the data
    file, and the file and line it came from."""

    code: str
    sectors: tuple[str, ...]
    name: str
    kind: str
    alias: str
    source: str


@dataclasses.dataclass(slots=True, frozen=True)
class Token:
    """A word of a text: `norm` is what is compared, `shape` is the word as written
    (without dots or possessive) for the capitals check, `start`/`end` its offsets."""

    norm: str
    shape: str
    start: int
    end: int


@dataclasses.dataclass(slots=True, frozen=True)
class _Entry:
    actor: KnownActor | None  # None for a not-actor name
    capitals: tuple[str | None, ...]  # per word: the shape it must have, or None
    has_upper: bool


@dataclasses.dataclass(slots=True, frozen=True)
class _Title:
    kind: str
    sectors: tuple[str, ...]


@dataclasses.dataclass(slots=True, frozen=True)
class _Row:
    source: str
    fields: dict[str, str]


# --- words ------------------------------------------------------------------------------


def tokenize(text: str) -> list[Token]:
    """The words of `text` as the gazetteer compares them (see the data README)."""
    norms, shapes, starts, ends = _words(text)
    return [Token(norm=n, shape=s, start=a, end=b) for n, s, a, b in zip(norms, shapes, starts, ends, strict=True)]


def _words(text: str) -> tuple[list[str], list[str], list[int], list[int]]:
    """`tokenize` as parallel lists (norms, shapes, starts, ends), without a `Token`
    per word."""
    norms: list[str] = []
    shapes: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in _TOKEN.finditer(_straight_apostrophes(text)):
        norm, shape, size = _word(match.group())
        start = match.start()
        norms.append(norm)
        shapes.append(shape)
        starts.append(start)
        ends.append(start + size)
    return norms, shapes, starts, ends


def _straight_apostrophes(text: str) -> str:
    # `str.replace` per mark: several times faster than `str.translate` with a table
    for mark in _APOSTROPHES:
        text = text.replace(mark, "'")
    return text


@functools.lru_cache(maxsize=1 << 16)
def _word(word: str) -> tuple[str, str, int]:
    """One word's (norm, shape, length of its span); a possessive "'s" or final "'" is
    left out of the word and its span. Cached: news repeats its words."""
    core = word[:-2] if word.endswith("'s") else word
    core = core.rstrip("'")
    shape = core.replace(".", "")
    return _fold(shape), shape, len(core)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _capitals(shape: str) -> str | None:
    """A word written in capitals (two letters or more) must be matched as written."""
    letters = [c for c in shape if c.isalpha()]
    return shape if len(letters) >= 2 and all(c.isupper() for c in letters) else None


def _without_the(tokens: list[Token]) -> list[Token]:
    return tokens[1:] if len(tokens) > 1 and tokens[0].norm == "the" else tokens


def singular(word: str) -> str:
    """A crude singular, applied alike to titles in the data and in the text."""
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# --- the knowledge ----------------------------------------------------------------------


@dataclasses.dataclass(slots=True, frozen=True)
class ActorKnowledge:
    """The gazetteer of actor names and the title → sector vocabulary."""

    names: Mapping[tuple[str, ...], tuple[_Entry, ...]]
    titles: Mapping[tuple[str, ...], _Title]
    sector_definitions: Mapping[str, str]
    countries: Mapping[str, KnownActor]
    longest_name: int
    longest_title: int
    first_words: Mapping[str, int] = dataclasses.field(default_factory=dict)  # first word → longest name
    # sector_for's answers by title (the coder asks about the same nouns again and again)
    _sectors: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict, compare=False, repr=False)
    # find_all's `first_words` answer by word as written (news repeats its words)
    _first_by_word: dict[str, int] = dataclasses.field(default_factory=dict, compare=False, repr=False)

    def lookup(self, name: str) -> KnownActor | None:
        """The actor a whole name denotes, or None: case-insensitive except for words in
        capitals ("US" is the United States, "us" is nothing)."""
        tokens = _without_the(tokenize(name))
        entry = self._entry(tokens)
        return entry.actor if entry else None

    def of_kind(self, kind: str) -> Iterator[KnownActor]:
        """Every known name of one kind ("party"), each alias once."""
        for entries in self.names.values():
            yield from (e.actor for e in entries if e.actor is not None and e.actor.kind == kind)

    def find_all(self, text: str) -> list[tuple[int, int, KnownActor]]:
        """Every known name in `text` as (start, end, actor), longest match first, on word
        boundaries; all-lowercase matches are refused ("turkey", "us")."""
        # Few words can start a name: the words and their offsets come from C-level
        # passes (a split, running sums of the pieces' lengths, a dict lookup per
        # word), and only the words that can start a name are looked at in Python.
        parts = _SPLIT.split(_straight_apostrophes(text))
        words = parts[1::2]
        offsets = list(itertools.accumulate(map(len, parts), initial=0))[1::2]  # word k starts at offsets[k]
        longest = self._first_word_lengths(words)
        found: list[tuple[int, int, KnownActor]] = []
        next_free = 0
        for i in itertools.compress(range(len(words)), longest):
            if i < next_free:
                continue
            size, entry = self._longest_at(words, i, longest[i])
            if entry is None:
                continue
            if entry.actor is not None:
                found.append((offsets[i], offsets[i + size - 1] + _word(words[i + size - 1])[2], entry.actor))
            next_free = i + size
        return found

    def _first_word_lengths(self, words: list[str]) -> list[int]:
        """Per word as written: the most words a name starting with it has (0: none)."""
        return remembered_map(words, self._first_by_word, lambda word: self.first_words.get(_word(word)[0], 0))

    def sector_for(self, title: str) -> tuple[str, ...]:
        """The sectors a title gives, primary first ("Deputy Foreign Minister" → GOV,
        "opposition lawmakers" → LEG, OPP, "former defence minister" → ELI)."""
        cached = self._sectors.get(title)
        if cached is None:
            cached = self._sector_for(title)
            if len(self._sectors) < MAX_REMEMBERED_TITLES:
                self._sectors[title] = cached
        return cached

    def office_sectors(self, title: str) -> tuple[str, ...]:
        """The sectors of the title's office words only (`title` rows: "finance
        minister", "police"), not of its generic roles ("spokesman", "chairman")."""
        words = [singular(norm) for norm in _words(title)[0]]
        found = [t for t in _phrases(words, self.titles, self.longest_title) if t.kind == "title"]
        return _unique(s for t in reversed(found) for s in t.sectors)

    def institution_sectors(self, name: str) -> tuple[str, ...]:
        """The sectors of a state institution named by its generic title alone, every word
        of it one `title` row ("Interior Ministry", "Foreign Ministry"); none otherwise."""
        words = _title_key(name)
        title = self.titles.get(words)
        return title.sectors if title is not None and title.kind == "title" and len(words) > 1 else ()

    def is_title(self, phrase: str) -> bool:
        """Is the whole phrase one title row ("police officer"), not only a phrase with a
        title in it ("police booth")?"""
        return _title_key(phrase) in self.titles

    def _sector_for(self, title: str) -> tuple[str, ...]:
        words = [singular(norm) for norm in _words(title)[0]]
        found = list(_phrases(words, self.titles, self.longest_title))
        chosen = [t for t in found if t.kind == "title"] or [t for t in found if t.kind == "role"]
        sectors = _unique(s for t in reversed(chosen) for s in t.sectors)
        for former in (t for t in found if t.kind == "former"):
            sectors = _as_former(sectors, former.sectors)
        return sectors

    def former_holder(self, sectors: tuple[str, ...], title: str) -> tuple[str, ...]:
        """`sectors` of an office as the title's `former` words leave them: a named body's
        GOV for "former Federal Reserve chairman" → ELI, as `sector_for` does for its own."""
        words = [singular(norm) for norm in _words(title)[0]]
        for former in (t for t in _phrases(words, self.titles, self.longest_title) if t.kind == "former"):
            sectors = _as_former(sectors, former.sectors)
        return sectors

    def by_iso3(self, iso3: str) -> KnownActor | None:
        """The countries.tsv row of an ISO 3166-1 alpha-3 code."""
        return self.countries.get(iso3.upper())

    def _entry(self, tokens: list[Token]) -> _Entry | None:
        candidates = self.names.get(tuple(t.norm for t in tokens), ())
        return next((e for e in candidates if _fits(e, tokens)), None)

    def _longest_at(self, words: list[str], i: int, longest: int) -> tuple[int, _Entry | None]:
        """The longest known name starting at word `i` (`longest`: the most words a
        name starting with that word has)."""
        read = [_word(word) for word in words[i : i + longest]]
        norms, shapes = [norm for norm, _, _ in read], [shape for _, shape, _ in read]
        for size in range(len(read), 0, -1):
            window = shapes[:size]
            candidates = self.names.get(tuple(norms[:size]), ())
            entry = next((e for e in candidates if _fits_shapes(e, window)), None)
            if entry is not None and (not entry.has_upper or any(_has_upper(shape) for shape in window)):
                return size, entry
        return 0, None


def _fits(entry: _Entry, tokens: list[Token]) -> bool:
    return all(want is None or want == token.shape for want, token in zip(entry.capitals, tokens, strict=True))


def _fits_shapes(entry: _Entry, shapes: list[str]) -> bool:
    """`_fits` on the words' shapes."""
    return all(want is None or want == shape for want, shape in zip(entry.capitals, shapes, strict=True))


def _has_upper(word: str) -> bool:
    return any(c.isupper() for c in word)


def _title_key(phrase: str) -> tuple[str, ...]:
    """The words of a phrase as the `titles` table keys them (normalized, singular)."""
    return tuple(singular(norm) for norm in _words(phrase)[0])


def _phrases(words: list[str], titles: Mapping[tuple[str, ...], _Title], longest: int) -> Iterator[_Title]:
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            title = titles.get(tuple(words[i : i + size]))
            if title is not None:
                yield title
                i += size
                break
        else:
            i += 1


def _as_former(sectors: tuple[str, ...], replacement: tuple[str, ...]) -> tuple[str, ...]:
    """A "former president" is no longer GOV: GOV and MIL become the `former` row's sectors."""
    return _unique(new for old in sectors for new in (replacement if old in OFFICE_SECTORS else (old,)))


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


# --- loading ----------------------------------------------------------------------------


OVERRIDES_ENV = "DYADWATCH_ACTOR_OVERRIDES"


def load_knowledge(*, overrides: Path | None = None) -> ActorKnowledge:
    """The shipped actor knowledge, with the rows of `overrides` (same format as
    country_aliases.tsv) added last so they win. Without `overrides`, the file named by
    the DYADWATCH_ACTOR_OVERRIDES environment variable, if set, is the user's override
    file. Each combination is loaded once and cached."""
    if overrides is None and os.environ.get(OVERRIDES_ENV):
        overrides = Path(os.environ[OVERRIDES_ENV])
    if overrides is not None and not overrides.is_file():
        raise ConfigError(f"{overrides}: actor override file not found (set by {OVERRIDES_ENV} or the caller)")
    return _load_cached(overrides)


@functools.cache
def _load_cached(overrides: Path | None) -> ActorKnowledge:
    name = "actor-knowledge" if overrides is None else "actor-knowledge-overridden"
    return cached(name, knowledge_sources(overrides), lambda: _load(overrides))


def knowledge_sources(overrides: Path | None) -> list[Traversable | Path]:
    """The files the actor knowledge is built from (its cache's key), this module's code included."""
    folder = resources.files("dyadwatch.data").joinpath("actors")
    shipped = [folder.joinpath(name) for name in ("sectors.tsv", "countries.tsv", *ALIAS_FILES)]
    return [Path(__file__), *shipped, *([overrides] if overrides is not None else [])]


def _load(overrides: Path | None) -> ActorKnowledge:
    folder = resources.files("dyadwatch.data").joinpath("actors")
    definitions, titles = _read_sectors(folder.joinpath("sectors.tsv"))
    country_rows = list(_read_table(folder.joinpath("countries.tsv"), COUNTRY_COLUMNS))
    codes = frozenset(row.fields["code"] for row in country_rows) | NON_STATE_CODES
    canonical = {_country_code(row): row.fields["name"] for row in country_rows}
    builder = _NameIndex(sectors=frozenset(definitions), codes=codes, canonical=canonical)
    countries = {row.fields["iso3"]: builder.add_country(row) for row in country_rows}
    countries.pop("", None)  # Kosovo has no ISO code
    alias_files: list[Traversable | Path] = [folder.joinpath(name) for name in ALIAS_FILES]
    for path in alias_files + ([overrides] if overrides is not None else []):
        for row in _read_table(path, ALIAS_COLUMNS):
            builder.add_alias(row)
    names = builder.frozen()
    first_words: dict[str, int] = {}
    for words in names:
        first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
    return ActorKnowledge(
        first_words=first_words,
        names=names,
        titles=titles,
        sector_definitions=definitions,
        countries=countries,
        longest_name=builder.longest,
        longest_title=max(map(len, titles), default=0),
    )


def _country_code(row: _Row) -> str:
    """The code whose canonical name this row gives: its ISO code, or its PLOVER code when
    it has none (Kosovo)."""
    return row.fields["iso3"] or row.fields["code"]


class _NameIndex:
    """Collects names; a later name replaces an earlier one with the same words and the
    same capitals."""

    def __init__(self, *, sectors: frozenset[str], codes: frozenset[str], canonical: Mapping[str, str]) -> None:
        self.sectors = sectors
        self.codes = codes
        self.canonical = canonical
        self.entries: dict[tuple[str, ...], dict[tuple[str | None, ...], _Entry]] = {}
        self.longest = 0

    def add_country(self, row: _Row) -> KnownActor:
        fields = row.fields
        kind = COUNTRY_STATUS_KIND.get(fields["status"])
        if kind is None:
            known = ", ".join(sorted(COUNTRY_STATUS_KIND))
            raise ConfigError(f"{row.source}: unknown status {fields['status']!r} (one of {known})")
        code, sectors = self._code(row, fields["code"]), self._sectors(row, fields["sectors"])
        names = [fields["name"], *filter(None, fields["aliases"].split("|"))]
        actors = [KnownActor(code, sectors, fields["name"], kind, name, row.source) for name in names]
        for actor in actors:
            self.put(actor.alias, actor, row)
        return actors[0]

    def add_alias(self, row: _Row) -> None:
        fields = row.fields
        if not fields["alias"]:
            raise ConfigError(f"{row.source}: the alias is empty")
        kind = fields["kind"]
        if kind not in ALIAS_KINDS:
            raise ConfigError(f"{row.source}: unknown kind {kind!r} (one of {', '.join(sorted(ALIAS_KINDS))})")
        if (fields["code"] == NOT_AN_ACTOR) != (kind == "not-actor"):
            raise ConfigError(f"{row.source}: code '-' goes with kind 'not-actor' and only with it")
        if kind == "not-actor":
            self.put(fields["alias"], None, row)
            return
        actor = KnownActor(
            code=self._code(row, fields["code"]),
            sectors=self._sectors(row, fields["sectors"]),
            name=fields["name"] or self._canonical(row, fields["code"]),
            kind=kind,
            alias=fields["alias"],
            source=row.source,
        )
        self.put(actor.alias, actor, row)
        if kind == "demonym" and not _fold(actor.alias).endswith(_NO_PLURAL):
            plural = actor.alias + "s"
            self.put(plural, dataclasses.replace(actor, alias=plural), row, replace=False)

    def put(self, alias: str, actor: KnownActor | None, row: _Row, *, replace: bool = True) -> None:
        tokens = _without_the(tokenize(alias))
        if not tokens:
            raise ConfigError(f"{row.source}: the alias {alias!r} has no words")
        capitals = tuple(_capitals(t.shape) for t in tokens)
        variants = self.entries.setdefault(tuple(t.norm for t in tokens), {})
        if replace or capitals not in variants:
            variants[capitals] = _Entry(actor, capitals, _has_upper(alias))
        self.longest = max(self.longest, len(tokens))

    def frozen(self) -> dict[tuple[str, ...], tuple[_Entry, ...]]:
        # Stricter variants (more words in capitals) are tried first.
        return {
            key: tuple(sorted(variants.values(), key=lambda e: -sum(c is not None for c in e.capitals)))
            for key, variants in self.entries.items()
        }

    def _code(self, row: _Row, code: str) -> str:
        if code not in self.codes:
            others = ", ".join(sorted(NON_STATE_CODES))
            raise ConfigError(f"{row.source}: unknown code {code!r}: use a PLOVER code from countries.tsv or {others}")
        return code

    def _sectors(self, row: _Row, text: str) -> tuple[str, ...]:
        return _parse_sectors(row, text, self.sectors)

    def _canonical(self, row: _Row, code: str) -> str:
        if code not in self.canonical:
            raise ConfigError(f"{row.source}: the name is empty, and {code!r} is not a country with a canonical name")
        return self.canonical[code]


def _parse_sectors(row: _Row, text: str, known: frozenset[str]) -> tuple[str, ...]:
    sectors = tuple(s.strip() for s in text.split(",") if s.strip())
    unknown = [s for s in sectors if s not in known]
    if unknown:
        defined = ", ".join(sorted(known))
        raise ConfigError(f"{row.source}: unknown sector {unknown[0]!r}: sectors.tsv defines {defined}")
    return sectors


def _read_sectors(path: Traversable) -> tuple[dict[str, str], dict[tuple[str, ...], _Title]]:
    rows = list(_read_table(path, SECTOR_COLUMNS))
    for row in rows:
        if row.fields["kind"] not in SECTOR_ROW_KINDS:
            raise ConfigError(f"{row.source}: unknown kind {row.fields['kind']!r} (one of {sorted(SECTOR_ROW_KINDS)})")
    definitions = {row.fields["sectors"]: row.fields["text"] for row in rows if row.fields["kind"] == "sector"}
    known = frozenset(definitions)
    titles: dict[tuple[str, ...], _Title] = {}
    for row in rows:
        if row.fields["kind"] != "sector":
            key = tuple(singular(t.norm) for t in tokenize(row.fields["text"]))
            if not key:
                raise ConfigError(f"{row.source}: the title is empty")
            titles[key] = _Title(row.fields["kind"], _parse_sectors(row, row.fields["sectors"], known))
    return definitions, titles


def _read_table(path: Traversable | Path, columns: tuple[str, ...]) -> Iterator[_Row]:
    """The rows of a TSV file with the given header, as column → value."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the actor data file: {error}") from error
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        source = f"{path}:{number}"
        if not header_seen:
            if tuple(c.strip() for c in cells) != columns:
                raise ConfigError(f"{source}: expected the header {chr(9).join(columns)!r}, found {line!r}")
            header_seen = True
            continue
        if len(cells) > len(columns):
            raise ConfigError(f"{source}: {len(cells)} columns, expected at most {len(columns)} ({', '.join(columns)})")
        cells += [""] * (len(columns) - len(cells))
        yield _Row(source, dict(zip(columns, (c.strip() for c in cells), strict=True)))
    if not header_seen:
        raise ConfigError(f"{path}: no header line; expected {chr(9).join(columns)!r}")

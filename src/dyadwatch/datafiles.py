"""TOML data files read into declared models.

Every knowledge file (the shipped ones under `dyadwatch/data/` and a user's override
file) has a pydantic model that declares its tables, keys and types; a key the model
does not declare or a value of the wrong type is a `ConfigError` that names the file,
the line of the offending key and the reason, so a typo in a data file is found when it
is read, not by an output that quietly changes.

tomllib keeps no positions, so the line is found in the text: the table header the
error's location points into (`[pronouns]`, the third `[[pattern]]`), then the key
under it; a key that is missing points at its table.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from dyadwatch.cache import cached
from dyadwatch.errors import ConfigError

Location = tuple[str | int, ...]
M = TypeVar("M", bound="DataModel")

_HEADER = re.compile(r"^\s*(\[\[?)\s*([\w-]+(?:\s*\.\s*[\w-]+)*)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[\w-]+)\s*[.=]""")
_REASONS = {"extra_forbidden": "unknown key", "missing": "missing key"}


class DataModel(BaseModel):
    """The base of every declared model (data files, the PLOVER record): no undeclared
    key, no mutation."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def read_data_file(name: str, model: type[M]) -> M:
    """The packaged data file `dyadwatch/data/<name>`, validated by `model`."""
    return read_toml_file(resources.files("dyadwatch.data").joinpath(name), model)


def read_toml_file(path: Traversable | Path, model: type[M]) -> M:
    """A TOML file (shipped or the user's), validated by `model`; errors name `path`."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the data file: {exc}") from exc
    return parse_toml(text, model, source=str(path))


def parse_toml(text: str, model: type[M], *, source: str) -> M:
    """TOML text validated by `model`; `source` names the text in errors.

    The validated model is kept in the cache (`dyadwatch.cache`), keyed by the text,
    the model and the package's modules: reading it back costs a fraction of parsing
    the TOML (pure Python) and building the model's validator, which every run did
    for each of its data files. The item's name holds the model and the source, so
    that files read with one model do not replace each other's."""
    tag = hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    texts = (text, f"{model.__module__}.{model.__qualname__}")
    return cached(f"toml-{model.__name__}-{tag}", (), lambda: _parse_toml(text, model, source=source), texts=texts)


def _parse_toml(text: str, model: type[M], *, source: str) -> M:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc})") from exc
    return _validate(raw, model, text=text, source=source)


def _validate(raw: dict[str, Any], model: type[M], *, text: str, source: str) -> M:
    """Parsed TOML validated by `model`; the first error names its line in `text`."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        errors = exc.errors()
        # A misspelt key is both unknown and, if required, missing: the unknown one is the cause.
        first = next((error for error in errors if error["type"] == "extra_forbidden"), errors[0])
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ConfigError(f"{source}:{key_line(text, first['loc'])}: {_describe(first)}{more}") from None


def _describe(error: Any) -> str:
    """"pronouns.sentences_back: Input should be a valid integer" (keys as in the file)."""
    where = ".".join(str(part) for part in error["loc"] if isinstance(part, str))
    reason = _REASONS.get(error["type"], error["msg"])
    return f"{where}: {reason}" if where else reason


def key_line(text: str, loc: Sequence[str | int]) -> int:
    """The line (from 1) of the key a validation error's location names, or of the
    nearest table or key above it that the file writes; 1 if none is written."""
    best, depth = 1, 0
    for line, path in _written_paths(text):
        matched = _common_prefix(path, loc)
        if matched == len(path) and matched > depth:
            best, depth = line, matched
    return best


def _written_paths(text: str) -> list[tuple[int, Location]]:
    """Each table header and key of the text with the path of keys (and array-of-tables
    indices) it writes: `[[pattern]]` the third time is ("pattern", 2), a key `lemmas`
    under it ("pattern", 2, "lemmas")."""
    found: list[tuple[int, Location]] = []
    table: Location = ()
    counts: dict[tuple[str, ...], int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if header := _HEADER.match(line):
            keys = tuple(part.strip() for part in header[2].split("."))
            if header[1] == "[[":
                counts[keys] = counts.get(keys, -1) + 1
                table = (*keys, counts[keys])
            else:
                table = keys
            found.append((number, table))
        elif key := _KEY.match(line):
            found.append((number, (*table, key[1].strip("\"'"))))
    return found


def _common_prefix(path: Location, loc: Sequence[str | int]) -> int:
    count = 0
    for written, wanted in zip(path, loc, strict=False):
        if written != wanted:
            break
        count += 1
    return count

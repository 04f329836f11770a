"""Actor arguments of the commands and the web app, as the store takes them: a code
("PRK", "prk"), a name the actor knowledge knows ("North Korea", "Pyongyang", "the
Kremlin", "UAE"), or a person it knows ("Kim Jong Un", "Lavrov": the polity they act
for), or else three capitals taken as a code the knowledge lacks. And back: the name of
a code.

The store's queries take codes only, so that the store does not load the actor
knowledge; this module, in the command layer, resolves before calling them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import pyarrow as pa

from dyadwatch.actors.knowledge import NON_STATE_CODES, load_knowledge
from dyadwatch.actors.people import load_people
from dyadwatch.errors import ConfigError

_CODE = re.compile(r"[A-Z]{3}")
NON_STATE_NAMES = {
    "IGO": "International Governmental Organization",
    "UNO": "United Nations",
    "EUR": "European Union",
    "NGO": "Non-governmental Organization",
    "ISM": "International Social Movement",
    "IMG": "Transnational Militarized Group",
    "MNC": "Multi-national Corporation",
}


def resolve_actor(name: str) -> str:
    """The PLOVER code an actor argument denotes; ConfigError if none."""
    text = name.strip()
    if text.upper() in _known_codes():
        return text.upper()
    known = load_knowledge().lookup(text)
    if known is not None:
        return known.code
    person = load_people().lookup(text)
    if person is not None:
        return person.code
    if _CODE.fullmatch(text):
        return text
    raise ConfigError(
        f"{name!r} is neither an actor code (like PRK) nor a name dyadwatch knows (like North Korea or Kim Jong Un)"
    )


def resolve_pair(pair: Sequence[str] | None) -> tuple[str, str] | None:
    """Both actors of a `--between X Y`, resolved."""
    if not pair:
        return None
    x, y = pair
    return resolve_actor(x), resolve_actor(y)


@functools.cache
def _known_codes() -> frozenset[str]:
    return frozenset(actor.code for actor in load_knowledge().countries.values()) | NON_STATE_CODES


def actor_name(code: str) -> str | None:
    """The canonical name of a code ("PRK" → "North Korea"), or None."""
    if code in NON_STATE_NAMES:
        return NON_STATE_NAMES[code]
    known = load_knowledge().by_iso3(code)
    return known.name if known is not None else None


def with_names(table: pa.Table, *, after: str, column: str | None = None) -> pa.Table:
    """The table with a `name` column after `after`: the name of the code in `column`
    (default `after`)."""
    codes: Sequence[str | None] = table[column or after].to_pylist()
    names = pa.array([actor_name(code) if code else None for code in codes], pa.string())
    return table.add_column(table.schema.get_field_index(after) + 1, "name", names)

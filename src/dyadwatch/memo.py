"""Answers remembered per process for the words and string keys of many documents:
news repeats its words, so a dict lookup per word replaces most of the work."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

# Past this many answers the memo starts over: memory stays bounded on any corpus.
MAX_REMEMBERED = 500_000


def remembered_map(keys: Sequence[K], memo: dict[K, V], compute: Callable[[K], V], *, limit: int = MAX_REMEMBERED) -> list[V]:
    """`compute(key)` for each key, in order, computing each key once while `memo` keeps
    it (the answers must never be None)."""
    if len(memo) > limit:
        memo.clear()
    values = list(map(memo.get, keys))  # a C-level pass; Python runs only for new keys
    if None in values:
        for position, key in enumerate(keys):
            if values[position] is None:
                values[position] = memo[key] = compute(key)
    return values  # type: ignore[return-value]

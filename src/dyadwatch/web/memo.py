"""What the views work out once per state of the database and reuse: a pair's flags,
say, which every dyad answer of the pair shows. A value is kept under the generation of
the database it was read from (`SharedReader`: a new generation whenever the file
changed), the generation the answer cache keys on, so a kept value is used only by a
request that reads the very same database."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

V = TypeVar("V")

REMEMBERED = 1_024  # values, of all generations: bounded memory on any database


class GenerationMemo:
    """The latest `REMEMBERED` values, by database generation and key."""

    def __init__(self, *, size: int = REMEMBERED) -> None:
        self.size = size
        self._values: OrderedDict[tuple[int, Hashable], Any] = OrderedDict()
        self._lock = threading.Lock()  # the app's sync routes run in a thread pool

    def get(self, generation: int, key: Hashable, compute: Callable[[], V]) -> V:
        """The value kept for `key` in `generation`, else `compute()` (outside the lock:
        two requests may both compute a value, and one keeps it)."""
        with self._lock:
            if (generation, key) in self._values:
                self._values.move_to_end((generation, key))
                return self._values[(generation, key)]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            self._values[(generation, key)] = value
            while len(self._values) > self.size:
                self._values.popitem(last=False)
        return value


@dataclass(frozen=True, slots=True)
class Remembered:
    """The memo as one request sees it: for the generation it reads."""

    memo: GenerationMemo
    generation: int

    def get(self, key: Hashable, compute: Callable[[], V]) -> V:
        return self.memo.get(self.generation, key, compute)

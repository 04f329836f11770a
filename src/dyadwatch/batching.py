"""Batches over a stream: the unit every engine and the store work in."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to `size` items, in order, reading `items` lazily (itertools.batched
    arrives with Python 3.12)."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def batched_by_size(items: Iterable[T], *, count: int, size: int, measure: Callable[[T], int]) -> Iterator[list[T]]:
    """Lists of up to `count` items, in order, whose `measure`s add up to at most `size`
    (an item larger than `size` makes a list of its own), reading `items` lazily: a
    list full by count is given before the next item is read; one full by size, once
    the item that would not fit is read."""
    batch: list[T] = []
    total = 0
    for item in items:
        weight = measure(item)
        if batch and total + weight > size:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += weight
        if len(batch) == count:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch

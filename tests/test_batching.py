"""Batches over a stream: by count, and by count and size together."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from dyadwatch.batching import batched, batched_by_size


def test_batched_makes_lists_of_the_size_in_order():
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_batched_by_size_stops_a_batch_before_it_exceeds_the_size():
    assert list(batched_by_size([4, 4, 4, 1, 9], count=10, size=8, measure=int)) == [[4, 4], [4, 1], [9]]


def test_batched_by_size_stops_a_batch_at_the_count():
    assert list(batched_by_size([1] * 5, count=2, size=100, measure=int)) == [[1, 1], [1, 1], [1]]


def test_batched_by_size_gives_an_item_larger_than_the_size_a_batch_of_its_own():
    assert list(batched_by_size([2, 50, 2], count=10, size=10, measure=int)) == [[2], [50], [2]]


def test_batched_by_size_gives_a_batch_full_by_count_before_reading_on():
    read = []
    stream = (read.append(n) or n for n in itertools.count(1))
    assert next(batched_by_size(stream, count=3, size=100, measure=int)) == [1, 2, 3]
    assert read == [1, 2, 3]


@given(st.lists(st.integers(min_value=0, max_value=30)), st.integers(min_value=1, max_value=5),
       st.integers(min_value=1, max_value=40))
def test_batched_by_size_keeps_every_item_in_order_within_both_limits(items, count, size):
    batches = list(batched_by_size(items, count=count, size=size, measure=int))
    assert [item for batch in batches for item in batch] == items
    assert all(batch and len(batch) <= count and (sum(batch) <= size or len(batch) == 1) for batch in batches)

"""What the gold-data scorers share: true/false positive counts with their precision,
recall and F1; character-span arithmetic; one-to-one matching; and reading a gold file
so that every failure is a DyadwatchError the CLI can report in one line."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from dyadwatch.errors import ConfigError, EncodingInputError, InputError

Span = tuple[int, int]
"""A character span (start, end), end exclusive, like every offset in `records`."""

G = TypeVar("G")
P = TypeVar("P")


@dataclasses.dataclass(slots=True, frozen=True)
class PRF:
    """Counts of one comparison. Scores are derived, never stored, so that summing the
    counts of many documents gives micro-averaged figures (what TempEval-3 and the
    attribution papers report) instead of an average of per-document ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def figures(self, prefix: str) -> dict[str, float]:
        """`{prefix}_precision`, `{prefix}_recall`, `{prefix}_f1`: the stable keys the
        quality gate pins floors on."""
        return {f"{prefix}_precision": self.precision, f"{prefix}_recall": self.recall, f"{prefix}_f1": self.f1}


def prf_from_matches(*, matched: int, gold: int, predicted: int) -> PRF:
    """Counts from the size of a one-to-one matching and of both sides."""
    return PRF(tp=matched, fp=predicted - matched, fn=gold - matched)


def total(counts: Iterable[PRF]) -> PRF:
    """The micro-sum of many counts."""
    result = PRF()
    for count in counts:
        result = result + count
    return result


def ratio(part: int | float, whole: int | float) -> float:
    """part / whole, 0.0 for an empty whole: an empty gold set or prediction list scores
    zero rather than raising, as in the extraction scorer."""
    return part / whole if whole else 0.0


def f1_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def overlap(first: Span, second: Span) -> int:
    """Characters two spans share (0 when they only touch)."""
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def span_length(fragments: Sequence[Span]) -> int:
    """Characters covered by non-overlapping fragments."""
    return sum(end - start for start, end in fragments)


def shared_characters(first: Sequence[Span], second: Sequence[Span]) -> int:
    """Characters covered by both fragment lists (each list non-overlapping)."""
    return sum(overlap(a, b) for a in first for b in second)


def match_one_to_one(
    golds: Sequence[G],
    predictions: Sequence[P],
    *,
    score: Callable[[G, P], tuple[float, ...] | None],
) -> list[tuple[int, int]]:
    """Pairs (gold index, prediction index), each side used at most once, sorted.

    `score` says how well a pair matches, None when it does not match at all. Pairs are
    first taken greedily, best score first (ties by gold, then prediction position), so
    a gold item keeps its best prediction; then augmenting paths add pairs the greedy
    pass blocked, so the matching is as large as any one-to-one matching can be. Both
    steps are deterministic."""
    candidates = []
    for gold_index, gold in enumerate(golds):
        for prediction_index, prediction in enumerate(predictions):
            value = score(gold, prediction)
            if value is not None:
                candidates.append((tuple(-v for v in value), gold_index, prediction_index))
    candidates.sort()
    options: dict[int, list[int]] = {}
    owner: dict[int, int] = {}  # prediction index → gold index
    matched: set[int] = set()
    for _, gold_index, prediction_index in candidates:
        options.setdefault(gold_index, []).append(prediction_index)
        if prediction_index not in owner and gold_index not in matched:
            owner[prediction_index] = gold_index
            matched.add(gold_index)
    for gold_index in sorted(set(options) - matched):
        _augment(gold_index, options, owner, set())
    return sorted((gold_index, prediction_index) for prediction_index, gold_index in owner.items())


def _augment(gold_index: int, options: dict[int, list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    """Kuhn's augmenting path: give `gold_index` a prediction, moving earlier owners to
    other options of theirs when needed."""
    for prediction_index in options[gold_index]:
        if prediction_index in seen:
            continue
        seen.add(prediction_index)
        if prediction_index not in owner or _augment(owner[prediction_index], options, owner, seen):
            owner[prediction_index] = gold_index
            return True
    return False


def read_gold_bytes(path: Path) -> bytes:
    """The bytes of a gold file. A path that is not a file is a configuration mistake
    (ConfigError); a file that exists but cannot be read is an InputError for that file."""
    if not path.is_file():
        raise ConfigError(f"{path}: gold file not found")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def decode_gold_text(source: str, data: bytes) -> str:
    """Strict UTF-8: gold offsets count the characters of the file as the annotation
    tool read it, so no newline translation, no charset guessing, and a BOM stays a
    character."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingInputError(source, f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc

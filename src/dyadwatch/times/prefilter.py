"""A cheap shared prefilter for the time patterns: which lines each pattern must scan.

Each of the data file's patterns, scanned over the whole text, costs the regex engine a
try at every character (a pattern opening with a lookbehind gets no fast skip), and
that, times some forty patterns, was most of the time stage. But a pattern can only
match where the words it cannot do without are: "ago" for `rel.ago`, a digit and a
month name for a full date. Those anchors are read off each compiled pattern; one
scan of the text finds every anchor, and each pattern then runs only over the lines
that hold all of its needs.

The result is the same as scanning the whole text: a pattern matches no line break
(checked here on its parse: a pattern that might is scanned whole), so each match lies
inside one line, and a line is skipped only when it lacks a substring every match
must contain. The lookarounds at a line's edges see the text itself (the scan runs
over the line with its line break, inside the whole string).

The analysis reads the patterns' parse trees with `re._parser`, the standard
library's own regex parser; anything it does not know makes the pattern "scan
everything", never a skipped match.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

try:  # the standard library's regex parser (private, but stable since 3.11)
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - a Python without it scans everything
    sre = sre_parse = None  # type: ignore[assignment]

# A clause is a set of anchors, one of which every match contains (compared ignoring
# case); a pattern needs every one of its clauses. DIGIT stands for any decimal digit.
Clause = frozenset[str]
DIGIT = "0"
_DIGIT_CLAUSE: Clause = frozenset({DIGIT})
# Shorter letter runs ("st", "a") are in nearly every line: as anchors they would cost
# more to find than they save.
MIN_ANCHOR = 3
MAX_WORDS = 2000  # the most words one anchor clause spells out
_WHOLE = -1  # a pattern's needs when it must scan the whole text


@dataclasses.dataclass(slots=True, frozen=True)
class Prefilter:
    """One anchor scan, then for each pattern the text ranges it must scan."""

    scanner: re.Pattern[str] | None  # every anchor occurrence, overlapping ones too
    anchor_bits: dict[str, int]  # a lower-case anchor hit → the clauses it satisfies
    needs: tuple[int, ...]  # per pattern: its clauses as bits (_WHOLE: no prefilter)
    all_bits: int

    def ranges(self, text: str) -> list[list[tuple[int, int]]]:
        """Per pattern, the (start, end) ranges of `text` it must scan, in order."""
        whole = [(0, len(text))]
        if self.scanner is None:
            return [whole for _ in self.needs]
        starts = line_starts(text)
        found = self.line_bits(text, starts)
        ends = [*starts[1:], len(text)]
        by_need = {_WHOLE: whole}  # patterns with the same needs share their ranges
        for need in self.needs:
            if need not in by_need:
                by_need[need] = _merged(starts, ends, found, need)
        return [by_need[need] for need in self.needs]

    def line_bits(self, text: str, starts: list[int]) -> list[int]:
        """Per line, the bits of the clauses it satisfies."""
        found = [0] * len(starts)
        assert self.scanner is not None
        for match in self.scanner.finditer(text):
            hit = match.group(1)
            bits = self.anchor_bits.get(hit.lower())
            if bits is None:  # a digit beyond ASCII, a letter folding to several
                bits = self.anchor_bits[DIGIT] if hit.isdecimal() else self.all_bits
            found[bisect.bisect_right(starts, match.start()) - 1] |= bits
        return found


def line_starts(text: str) -> list[int]:
    starts, index = [0], text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _merged(starts: list[int], ends: list[int], found: list[int], need: int) -> list[tuple[int, int]]:
    """The lines whose bits hold all of `need`, neighbours joined into one range."""
    ranges: list[tuple[int, int]] = []
    for start, end, bits in zip(starts, ends, found):
        if need & ~bits:
            continue
        if ranges and ranges[-1][1] == start:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return ranges


def build_prefilter(patterns: Sequence[re.Pattern[str]], *, alternation: Callable[[list[str]], str]) -> Prefilter:
    """The prefilter of the patterns (a pattern it cannot read scans the whole text).
    `alternation` writes a case-insensitive regex of words, longest first where one
    starts another (the scan then reports the longest anchor at a place; the shorter
    ones it starts with are counted with it, in `anchor_bits`)."""
    clauses = [pattern_clauses(pattern) for pattern in patterns]
    bit_of: dict[Clause, int] = {}
    for clause in (c for found in clauses if found for c in found):
        bit_of.setdefault(clause, 1 << len(bit_of))
    needs = tuple(_WHOLE if not found else sum({bit_of[c] for c in found}) for found in clauses)
    anchors = {anchor for clause in bit_of for anchor in clause} | {DIGIT}
    anchor_bits = {
        anchor: sum(bit for clause, bit in bit_of.items() if any(anchor.startswith(a) for a in clause if a != DIGIT))
        for anchor in anchors
        if anchor != DIGIT
    }
    digit_bits = sum(bit for clause, bit in bit_of.items() if DIGIT in clause)
    anchor_bits.update({str(n): digit_bits for n in range(10)})
    words = sorted(anchor for anchor in anchors if anchor != DIGIT)
    # A lookahead, so that the scan tries every place: anchors may overlap.
    found = "|".join([r"\d", *([alternation(words)] if words else [])])
    scanner = re.compile(f"(?=({found}))") if bit_of else None
    return Prefilter(scanner, anchor_bits, needs, (1 << len(bit_of)) - 1)


# --- reading a pattern's needs ----------------------------------------------------------


def pattern_clauses(pattern: re.Pattern[str]) -> list[Clause] | None:
    """The clauses every match of the pattern satisfies; None when the pattern must
    scan the whole text (it might match a line break or nothing, or is unreadable)."""
    if sre_parse is None:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0 or _may_cross_lines(parsed.data):
            return None
        return _sequence_clauses(parsed.data)
    except Exception:  # noqa: BLE001 (an unreadable pattern just goes unfiltered)
        return None


def _sequence_clauses(items: Sequence[tuple[Any, Any]]) -> list[Clause]:
    """A sequence needs what each of its items needs, and the words its runs of
    letters spell (the products of its words and alternations of words)."""
    clauses: list[Clause] = []
    run: set[str] = {""}  # what the letters read since the last other item can spell

    def end_run() -> None:
        clause = _word_clause(run)
        if clause:
            clauses.append(clause)
        run.clear()
        run.add("")

    for op, av in items:
        words = _item_words(op, av)
        if words is None:
            end_run()
            clauses.extend(_item_clauses(op, av))
            continue
        spelled = {head + tail for head in run for tail in words}
        if len(spelled) > MAX_WORDS:
            end_run()
            spelled = words
        run.clear()
        run.update(spelled)
    end_run()
    return clauses


def _word_clause(words: set[str]) -> Clause | None:
    """The words as a clause, if each is long enough to be worth finding; ASCII only
    (a letter whose lower case is longer would not be found)."""
    if all(len(word) >= MIN_ANCHOR and word.isascii() for word in words):
        return frozenset(word.lower() for word in words)
    return None


def _sequence_words(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """Every string of letters the sequence matches, if it only matches a few of those."""
    spelled = {""}
    for op, av in items:
        words = _item_words(op, av)
        if words is None:
            return None
        spelled = {head + tail for head in spelled for tail in words}
        if len(spelled) > MAX_WORDS:
            return None
    return spelled


def _item_words(op: Any, av: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(av)} if chr(av).isalpha() else None
    if op is sre.SUBPATTERN:
        return _sequence_words(av[3].data)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            words = _sequence_words(branch.data)
            if words is None:
                return None
            union |= words
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[:2] in ((0, 1), (1, 1)):
        words = _sequence_words(av[2].data)
        return None if words is None else words | {""} if av[0] == 0 else words
    return None


def _item_clauses(op: Any, av: Any) -> list[Clause]:
    if op is sre.LITERAL and chr(av).isdecimal():
        return [_DIGIT_CLAUSE]
    if op is sre.IN and _only_digits(av):
        return [_DIGIT_CLAUSE]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence_clauses(av[2].data)
    if op is sre.SUBPATTERN:
        return _sequence_clauses(av[3].data)
    if op is sre.ATOMIC_GROUP:
        return _sequence_clauses(av.data)
    if op is sre.BRANCH:
        either = _either(av[1])
        return [either] if either else []
    return []  # lookarounds, conditionals, other classes: no need


def _either(branches: Iterable[Any]) -> Clause | None:
    """One clause for an alternation: the union of each branch's best clause."""
    union: set[str] = set()
    for branch in branches:
        found = _sequence_clauses(branch.data)
        if not found:
            return None
        union |= max(found, key=_strength)
    return frozenset(union)


def _strength(clause: Clause) -> tuple[int, int]:
    """Longer anchors are rarer; a digit is about as common as a short word."""
    return min(2 if anchor == DIGIT else len(anchor) for anchor in clause), -len(clause)


def _only_digits(items: Sequence[tuple[Any, Any]]) -> bool:
    def digit(op: Any, av: Any) -> bool:
        if op is sre.LITERAL:
            return chr(av).isdecimal()
        if op is sre.RANGE:
            return ord("0") <= av[0] <= av[1] <= ord("9")
        return op is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT)

    return bool(items) and all(digit(op, av) for op, av in items)


# --- can a match reach past a line break? ------------------------------------------------

_NEWLINE = ord("\n")
# Character categories (`\d`, `\s` …) by whether they hold a line break; and the
# positions (`\b`) that test only the characters around them.
_NEWLINE_CATEGORIES = {"CATEGORY_SPACE", "CATEGORY_UNI_SPACE", "CATEGORY_NOT_DIGIT", "CATEGORY_UNI_NOT_DIGIT",
                       "CATEGORY_NOT_WORD", "CATEGORY_UNI_NOT_WORD", "CATEGORY_LINEBREAK", "CATEGORY_UNI_LINEBREAK"}
_NO_NEWLINE_CATEGORIES = {"CATEGORY_DIGIT", "CATEGORY_UNI_DIGIT", "CATEGORY_WORD", "CATEGORY_UNI_WORD",
                          "CATEGORY_NOT_SPACE", "CATEGORY_UNI_NOT_SPACE", "CATEGORY_NOT_LINEBREAK",
                          "CATEGORY_UNI_NOT_LINEBREAK"}
_BOUNDARIES = {"AT_BOUNDARY", "AT_NON_BOUNDARY", "AT_UNI_BOUNDARY", "AT_UNI_NON_BOUNDARY"}


def _may_cross_lines(items: Iterable[tuple[Any, Any]]) -> bool:
    """Whether any part of the pattern (lookarounds included) might consume a line
    break, or tests the string's ends, which a range scan would move."""
    return any(_item_may_cross(op, av) for op, av in items)


def _item_may_cross(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return bool(av == _NEWLINE)
    if op is sre.NOT_LITERAL:
        return bool(av != _NEWLINE)
    if op is sre.IN:
        return _class_has_newline(av)
    if op is sre.AT:
        return str(av) not in _BOUNDARIES
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _may_cross_lines(av[2].data)
    if op is sre.SUBPATTERN:
        return _may_cross_lines(av[3].data)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _may_cross_lines(av[1].data)
    if op is sre.BRANCH:
        return any(_may_cross_lines(branch.data) for branch in av[1])
    if op is sre.GROUPREF_EXISTS:
        return any(_may_cross_lines(branch.data) for branch in av[1:] if branch is not None)
    return True  # ANY, group references and the rest: assume the worst


def _class_has_newline(items: Sequence[tuple[Any, Any]]) -> bool:
    negate = bool(items) and items[0][0] is sre.NEGATE
    inside = False
    for op, av in items[1:] if negate else items:
        if op is sre.LITERAL:
            inside |= av == _NEWLINE
        elif op is sre.RANGE:
            inside |= av[0] <= _NEWLINE <= av[1]
        elif op is sre.CATEGORY and str(av) in _NEWLINE_CATEGORIES | _NO_NEWLINE_CATEGORIES:
            inside |= str(av) in _NEWLINE_CATEGORIES
        else:
            return True  # a class this does not know: assume the worst
    return inside != negate

"""The time patterns' prefilter: each pattern scans only some lines, and finds exactly
what it finds scanning the whole text."""

from __future__ import annotations

import re

import pytest

from dyadwatch.times.lexicon import alternation, load_lexicon
from dyadwatch.times.prefilter import DIGIT, build_prefilter, pattern_clauses

TEXTS = [
    "Talks resume next month.\nOn Wednesday, July 20, 2022, envoys met.\n\nIt rained.",
    "Three years ago\nthe 1990s were over; in late 2019, by 10:30 a.m. GMT +8, for weeks.",
    "the day before\nthe previous day\nthe week after, every other Tuesday, 15 a year",
    # letters that match an ASCII letter ignoring case but lower to something else
    "Da\u017fs 5 years ago; \u212aelvin 3 days ago; \u0130n May 2017",
    "on \u0663\u0660 May; May\n5, 2017; last\nweek; the next  day; in\tthe spring of 2019",
    "",
]


def matches(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [m.span() for start, end in spans for m in pattern.finditer(text, start, end)]


@pytest.mark.parametrize("text", TEXTS)
def test_prefiltered_scans_find_what_whole_scans_find(text: str) -> None:
    lexicon = load_lexicon()
    assert lexicon.prefilter is not None
    ranges = lexicon.prefilter.ranges(text)
    for rule, spans in zip(lexicon.patterns, ranges, strict=True):
        assert matches(rule.regex, text, spans) == [m.span() for m in rule.regex.finditer(text)], rule.id


def test_a_line_without_a_patterns_words_is_skipped() -> None:
    lexicon = load_lexicon()
    assert lexicon.prefilter is not None
    text = "No time here.\nThree years ago."
    ago = [rule.id for rule in lexicon.patterns].index("rel.ago")
    assert lexicon.prefilter.ranges(text)[ago] == [(14, len(text))]


def test_needs_are_read_from_the_pattern() -> None:
    assert pattern_clauses(re.compile(r"(?<!\w)(?:the )?(?:last|next) week(?!\w)")) == [
        frozenset({"last", "next"}),
        frozenset({"week"}),
    ]
    assert pattern_clauses(re.compile(r"(?P<year>\d{4})")) == [frozenset({DIGIT})]


@pytest.mark.parametrize("pattern", [r"ago\s+now", r"ago.now", r"ago$", r"ago(?=[^x])", r"(?:ago)?"])
def test_a_pattern_that_might_reach_past_a_line_scans_everything(pattern: str) -> None:
    assert pattern_clauses(re.compile(pattern)) is None
    prefilter = build_prefilter([re.compile(pattern), re.compile("ago")], alternation=alternation)
    whole, filtered = prefilter.ranges("x\nago now\ny")
    assert whole == [(0, 11)]
    assert filtered == [(2, 10)]


# Words, and strings whose letters only fold to theirs under `(?i)` (the long s, the
# Kelvin sign, dotted and dotless i) or differ from them in another way.
FOLDED = ["SECONDS", "\u017feconds", "\u212aILO", "k\u0130lo", "kilo", "k\u0131lo", "kilos", "kil", "weeks", "w eeks",
          "wEEk", "se conds", "kelo", "k\u00eclo", "two weeks", "two\u00a0weeks", "two\nweeks"]


@pytest.mark.parametrize("text", FOLDED)
def test_alternation_matches_what_a_flat_case_insensitive_alternation_matches(text: str) -> None:
    words = ["seconds", "second", "kilo", "kilos", "week", "weeks", "two weeks"]
    longest_first = sorted(words, key=len, reverse=True)
    flat = "(?i:" + "|".join(re.escape(word).replace(r"\ ", r"[ \t\u00a0]+") for word in longest_first) + ")"
    assert matched(alternation(words), text) == matched(flat, text)


def matched(pattern: str, text: str) -> str | None:
    found = re.match(pattern, text)
    return found.group() if found else None

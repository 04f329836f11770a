"""Finding time expressions: the data file's patterns run over the Doc's text, context
checks on the parse for words that are often not times, and the longest match wins.

Offsets are the Doc's character offsets, which are the article's own; masked
(blanked) furniture is spaces and never matches.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator, Mapping

from spacy.tokens import Doc, Span, Token

from dyadwatch.nlp import doc_text
from dyadwatch.times.lexicon import Lexicon, PatternRule

DETERMINERS = frozenset({"DT", "PRP$", "POS"})


@dataclasses.dataclass(slots=True, frozen=True)
class Candidate:
    """A pattern match: the timex extent, the rule, and the named parts it matched."""

    start: int
    end: int
    text: str
    rule: PatternRule
    parts: Mapping[str, str]

    def part(self, name: str) -> str | None:
        return self.parts.get(name)


def find_candidates(doc: Doc, *, lexicon: Lexicon) -> list[Candidate]:
    """Every time expression in the Doc, in text order, none overlapping."""
    text = doc_text(doc)  # `Doc.text` is built anew on each access; this once per Doc
    # Each pattern scans only the lines that hold the words it needs (the prefilter
    # finds them for all patterns in one scan): the same matches, a fraction of the work.
    ranges = lexicon.prefilter.ranges(text) if lexicon.prefilter else [[(0, len(text))]] * len(lexicon.patterns)
    found = [c for rule, spans in zip(lexicon.patterns, ranges) for c in match_rule(rule, text, spans)]
    return select_longest([c for c in found if passes_check(c, doc, lexicon)])


def match_rule(rule: PatternRule, text: str, spans: Iterable[tuple[int, int]] | None = None) -> Iterator[Candidate]:
    """The rule's matches in `text`, or in the (start, end) `spans` of it (the lookarounds
    still see the characters around a span)."""
    for start, end in [(0, len(text))] if spans is None else spans:
        for match in rule.regex.finditer(text, start, end):
            yield candidate(rule, match, text)


def candidate(rule: PatternRule, match: re.Match[str], text: str) -> Candidate:
    start, end = timex_extent(match)
    parts = {name: value for name, value in match.groupdict().items() if value is not None}
    return Candidate(start, end, text[start:end], rule, parts)


def timex_extent(match: re.Match[str]) -> tuple[int, int]:
    """The match, or its group `t` where the pattern marks the extent inside it."""
    if "t" in match.re.groupindex and match.group("t") is not None:
        return match.span("t")
    return match.span()


def select_longest(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, then by the data file's order."""
    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.rule.priority, c.start)):
        if all(candidate.end <= c.start or c.end <= candidate.start for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


# --- context checks -------------------------------------------------------------------


def passes_check(candidate: Candidate, doc: Doc, lexicon: Lexicon) -> bool:
    check = candidate.rule.check
    if check is None:
        return True
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and CHECKS[check](candidate, span, lexicon)


def previous_word(span: Span, *, skip: frozenset[str] = frozenset()) -> str:
    """The lower-case word before the span (skipping words in `skip`), "" at the start."""
    index = span.start - 1
    while index >= 0 and (span.doc[index].is_space or span.doc[index].lower_ in skip):
        index -= 1
    return span.doc[index].lower_ if index >= 0 else ""


def next_words(span: Span, count: int = 1) -> list[str]:
    """The lower-case words after the span (up to `count`, fewer at the end)."""
    words = [token.lower_ for token in span.doc[span.end : span.end + count + 2] if not token.is_space]
    return words[:count]


def next_word(span: Span) -> str:
    return next(iter(next_words(span)), "")


def is_month_word(span: Span) -> bool:
    """No word of the span is a modal verb ("May" opening "May 5 be a holiday?")."""
    return not any(token.tag_ == "MD" for token in span)


def check_bare_month(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    """A month alone: not a modal, a name, or a noun with its own article ("the March
    on Washington"); after a temporal word or recognized as a date by the parser ("in
    May", "the January sales"), never "Russia may respond"."""
    token = span[0]
    if not is_month_word(span) or token.ent_type_ in lexicon.not_time_entities:
        return False
    if any(child.dep_ == "det" for child in token.children):
        return False
    return previous_word(span) in lexicon.temporal_cues or token.ent_type_ == "DATE"


def check_bare_year(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    """A four-digit number is a year when it is in the believable range, does not number
    a thing ("Resolution 2397"), is not a count ("2000 troops") and is in a temporal
    context or recognized as a date by the parser."""
    low, high = lexicon.bare_year_range
    token = span[0]
    if not low <= int(candidate.text) <= high or previous_word(span).rstrip(".") in lexicon.number_nouns:
        return False
    if is_count(token) or is_inside_name(token):
        return False
    if previous_word(span) in lexicon.temporal_cues:
        return True
    return token.ent_type_ not in lexicon.not_time_entities and (token.ent_type_ == "DATE" or next_word(span) == "'s")


def is_inside_name(token: Token) -> bool:
    """A number between two capitalized words names something ("Russell 2000 Index")."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or token.is_sent_start:
        return False
    return doc[token.i - 1].is_title and doc[token.i + 1].is_title


def is_count(token: Token) -> bool:
    """A number counting a plural noun with no determiner before it ("2000 troops",
    unlike "the 2008 elections")."""
    if token.dep_ != "nummod" or token.head.tag_ != "NNS":
        return False
    return token.i == 0 or token.doc[token.i - 1].tag_ not in DETERMINERS


def check_short_year(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    """"'82" only after a temporal word ("since '82")."""
    return previous_word(span) in lexicon.temporal_cues


def check_month_word(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    return is_month_word(span)


def check_bare_season(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    """A season alone only as a noun, never the verb ("prices fall") or a season of
    something ("the fall of Kabul"); "spring" and "fall" only after a temporal word
    ("in the spring", not "a hot spring")."""
    season = span[-1]
    if season.pos_ not in ("NOUN", "PROPN") or next_word(span) == "of":
        return False
    if season.lower_ not in lexicon.ambiguous_seasons:
        return season.ent_type_ not in lexicon.not_time_entities
    return previous_word(span, skip=frozenset({"the"})) in lexicon.season_cues


def check_duration_count(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    """A count with a unit, but not an age ("a 45-year-old") nor a fraction ("three
    quarters of"); "a week" or "one day" only where the article is a count ("for a week",
    "a day later")."""
    unit = lexicon.units[candidate.parts["unit"].lower()]
    after = next_words(span, 2)
    if after[:1] == ["old"] or after == ["-", "old"]:
        return False
    if unit.name == "quarter" and next_word(span) == "of":
        return False
    if (candidate.part("num") or "").lower() not in ("a", "an", "one"):
        return True
    cued = previous_word(span) in lexicon.article_duration_cues or next_word(span) in lexicon.article_duration_followers
    return unit.article and cued


def check_plural_unit(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    """"for years", "within minutes": a bare plural unit."""
    word = candidate.parts["unit"].lower()
    return word != lexicon.units[word].name


def check_not_fraction(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    """"the first half" of a year, not "the first half of the match"."""
    return bool(candidate.part("year") or candidate.part("rel")) or next_word(span) != "of"


def check_set_adjective(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    """"weekly" and "annual" as words, not in names ("China Daily")."""
    token = span[0]
    if token.ent_type_ in lexicon.not_time_entities:
        return False
    return token.is_lower or token.is_sent_start


def check_rate(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    """"a year" as a rate after a count: "15 a year", "twice a week", "$5 billion a year"."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.like_num or before.lower_ in lexicon.rate_counts


def check_reference(candidate: Candidate, span: Span, lexicon: Lexicon) -> bool:
    """"recent" as a time, not the superlative "the most recent model" (the latest);
    "soon" as a time, not in "as soon as", "soon after" or "soon-to-open"."""
    if previous_word(span) == "most":
        return False
    return span[-1].lower_ != "soon" or (previous_word(span) != "as" and next_word(span) not in ("as", "after", "-"))


CHECKS: dict[str, Callable[[Candidate, Span, Lexicon], bool]] = {
    "bare_month": check_bare_month,
    "bare_year": check_bare_year,
    "short_year": check_short_year,
    "month_word": check_month_word,
    "bare_season": check_bare_season,
    "duration_count": check_duration_count,
    "plural_unit": check_plural_unit,
    "not_fraction": check_not_fraction,
    "set_adjective": check_set_adjective,
    "rate": check_rate,
    "reference": check_reference,
}

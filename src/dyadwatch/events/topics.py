"""Stories whose topic puts them outside political event coding (sports match reports),
told by their words (`data/events/topics.toml`)."""

from __future__ import annotations

import functools
import re

from dyadwatch.datafiles import DataModel, read_data_file


class TopicWords(DataModel):
    """`data/events/topics.toml` (documented there)."""

    min_sports_terms: int
    sports_terms: tuple[str, ...]


@functools.cache
def _sports_pattern() -> tuple[re.Pattern[str], int]:
    words = read_data_file("events/topics.toml", TopicWords)
    longest_first = sorted({term.lower() for term in words.sports_terms}, key=len, reverse=True)
    alternatives = "|".join(re.escape(term) for term in longest_first)
    # matched in the lower-cased text: a quarter of the time of a case-insensitive pattern
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), words.min_sports_terms


def is_sports_story(title: str, text: str) -> bool:
    """Does the story name at least `min_sports_terms` distinct words of match reporting?"""
    pattern, needed = _sports_pattern()
    found: set[str] = set()
    for part in (title, text):
        for match in pattern.finditer(part.lower()):
            found.add(match.group(0))
            if len(found) >= needed:
                return True
    return False

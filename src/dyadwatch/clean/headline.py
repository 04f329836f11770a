"""The headline of plain text: a line is a headline only when it looks like one.

Scrapers and dataset exports often give an article with no headline line, its lede
first. So the first paragraph that bears no mark of page furniture is the headline
only when it is short, ends with no full stop (or colon) unless it is written in title
case, does not start in lower
case, is not a dateline, and is not the only text there is; otherwise the article has
no headline and every paragraph is read as body. Nor is it a headline when the text after
it goes on in lower case (a sentence cut by a stray blank line).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dyadwatch.clean.dateline import is_dateline
from dyadwatch.clean.furniture import FurnitureVocabulary, count_words, has_furniture_marks, load_vocabulary

TITLE_SEARCH_PARAGRAPHS = 10
_WORD = re.compile(r"[^\W_][\w'’\-]*")
_CLOSING_STOP = re.compile(r"""(?<!\.\.)[.:;]["'”’)\]]*\s*$""")


def find_title(texts: Sequence[str], *, vocabulary: FurnitureVocabulary | None = None) -> int | None:
    """Index of the headline among the paragraphs of plain text, or None when the
    first one that is not furniture (breadcrumbs and menus may come before it) does
    not look like a headline, or no text follows it."""
    vocab = vocabulary or load_vocabulary()
    candidates = [i for i, text in enumerate(texts[:TITLE_SEARCH_PARAGRAPHS]) if not has_furniture_marks(text, vocab)]
    if not candidates:
        return None
    first = candidates[0]
    rest = [text for text in texts[first + 1 :] if not has_furniture_marks(text, vocab)]
    if not rest or rest[0].lstrip()[:1].islower():  # no text after it, or its sentence goes on
        return None
    return first if looks_like_headline(texts[first], vocab) else None


def looks_like_headline(text: str, vocab: FurnitureVocabulary) -> bool:
    """Short, one line, no closing full stop or colon (unless in title case, as some
    exports print headlines), not opening in lower case or with a bracket (an editor's
    note, "(Undated)"), not a dateline."""
    stripped = text.strip()
    if "\n" in stripped or count_words(stripped) > vocab.headline_max_words:
        return False
    if stripped[:1].islower() or stripped[:1] in "([":
        return False
    if _CLOSING_STOP.search(stripped) and not is_title_case(stripped):
        return False
    return not is_dateline(stripped)


def is_title_case(text: str) -> bool:
    """Headline style: every word of four letters or more capitalised (at least three
    such words). Sentences are not written so; a lede full of names still has its verbs
    and nouns in lower case."""
    long_words = [word for word in _WORD.findall(text) if len(word) >= 4]
    return len(long_words) >= 3 and all(word[0].isupper() or word[0].isdigit() for word in long_words)

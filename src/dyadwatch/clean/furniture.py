"""Page furniture: tell body text from menus, tool links, bylines, footers and photo
captions by the shape of each paragraph, its vocabulary and its repetition in the page.

The vocabulary lives in `data/furniture.toml`; nothing here knows any one site.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from dyadwatch.clean.text import ends_sentence
from dyadwatch.datafiles import DataModel, read_data_file
from dyadwatch.records import Paragraph, ParagraphRole, TextSpan

_WORD = re.compile(r"[\w+\-']+|©")
_CJK = re.compile("[\u3040-\u9fff\uac00-\ud7af]")  # kana, CJK ideographs, hangul
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_TRAILING_BRACKET = re.compile(r"(\S?)\s*([(\[])([^()\[\]]{2,60})[)\]]\s*\.?\s*$")
_DIGIT = re.compile(r"\d")
_CREDIT_SLASH = re.compile(r"(?:^|\s)(?:/|—|--)\s*[A-Z][\w.&' -]{1,40}$")
_QUOTE_MARK = re.compile("[\"“”«»„]|``|''")
_BYLINE = re.compile(r"^(?:by|written by|reporting by|words by)\s+[A-Z]", re.IGNORECASE)
SHORT_LINE_WORDS = 8
MENU_LINE_WORDS = 14
CAPTION_MAX_WORDS = 70


class FurnitureVocabulary(DataModel):
    """`data/furniture.toml`: each key is documented in the file."""

    ui_words: frozenset[str]
    neutral_words: frozenset[str]
    copyright_markers: tuple[str, ...]
    separators: tuple[str, ...]
    caption_words: tuple[str, ...]
    caption_positions: tuple[str, ...]
    timestamp_labels: tuple[str, ...]
    attribution_words: tuple[str, ...]
    headline_max_words: int


@functools.cache
def load_vocabulary() -> FurnitureVocabulary:
    """The furniture vocabulary shipped in `dyadwatch/data/furniture.toml`."""
    return read_data_file("furniture.toml", FurnitureVocabulary)


def classify_paragraphs(
    texts: Sequence[str],
    *,
    title_index: int | None,
    extracted: bool = False,
    vocabulary: FurnitureVocabulary | None = None,
) -> list[ParagraphRole]:
    """The role of each paragraph; `title_index` is the headline's, if the text has one.

    Scraped text (`extracted=False`) gets every rule: a paragraph printed twice is a
    caption the first time and furniture after; short lines that are no sentence are
    furniture. Text that an extractor already cut from a page (`extracted=True`) only
    loses what bears clear marks of furniture, since its repeats and short headings are
    the page's own.
    """
    vocab = vocabulary or load_vocabulary()
    if extracted:
        return [_classify_extracted(text, vocab, is_title=i == title_index) for i, text in enumerate(texts)]
    roles: list[ParagraphRole] = []
    seen: dict[str, int] = {}
    for index, text in enumerate(texts):
        key = " ".join(text.lower().split())
        if index == title_index:
            roles.append("title")
        elif key in seen:
            roles.append("boilerplate")
            first = seen[key]
            if roles[first] == "body" and not is_attributed_quote(texts[first], vocab):
                roles[first] = "caption"
        else:
            roles.append(classify_paragraph(text, vocab))
        seen.setdefault(key, index)
    return _restore_subheadings(texts, _absorb_headline_lists(texts, roles), vocab)


def _restore_subheadings(texts: Sequence[str], roles: list[ParagraphRole], vocab: FurnitureVocabulary) -> list[ParagraphRole]:
    """A short line that is furniture only for being short, standing between two body
    paragraphs, is the article's own subheading."""
    for index in range(1, len(roles) - 1):
        if (
            roles[index] == "boilerplate"
            and roles[index - 1] == roles[index + 1] == "body"
            and not has_furniture_marks(texts[index], vocab)
        ):
            roles[index] = "body"
    return roles


def _absorb_headline_lists(texts: Sequence[str], roles: list[ParagraphRole]) -> list[ParagraphRole]:
    """Headline-like lines among furniture ("Related", "Most read" lists) are furniture:
    a run of short lines that end no sentence with a period, with furniture (or the
    page's end) on both sides."""
    index = 0
    while index < len(roles):
        end = index
        while end < len(roles) and roles[end] == "body" and _is_headline_like(texts[end]):
            end += 1
        if end > index and _furniture_at(roles, index - 1, step=-1) and _furniture_at(roles, end, step=1):
            roles[index:end] = ["boilerplate"] * (end - index)
        index = end + 1
    return roles


def _is_headline_like(text: str) -> bool:
    stripped = text.rstrip()
    return count_words(text) <= MENU_LINE_WORDS and not stripped.endswith((".", '."', ".”", ".'", ".’"))


def _furniture_at(roles: list[ParagraphRole], position: int, *, step: int) -> bool:
    """Is the nearest non-caption paragraph from `position` furniture (or the page edge)?"""
    while 0 <= position < len(roles) and roles[position] == "caption":
        position += step
    if not 0 <= position < len(roles):
        return step > 0  # the page's end counts, its start does not (the headline is there)
    return roles[position] == "boilerplate"


def _classify_extracted(text: str, vocab: FurnitureVocabulary, *, is_title: bool) -> ParagraphRole:
    if is_title:
        return "title"
    if has_furniture_marks(text, vocab):
        return "boilerplate"
    return "caption" if _has_trailing_credit(text) and not is_attributed_quote(text, vocab) else "body"


def classify_paragraph(text: str, vocab: FurnitureVocabulary) -> ParagraphRole:
    if is_furniture(text, vocab):
        return "boilerplate"
    if is_caption(text, vocab) and not is_attributed_quote(text, vocab):
        return "caption"
    return "body"


def is_attributed_quote(text: str, vocab: FurnitureVocabulary) -> bool:
    """A quotation with its speaker: quotation marks and a word of attribution
    ('"We will respond," the minister said.'), as reports are written and captions are not."""
    if not _QUOTE_MARK.search(text):
        return False
    return _attribution_regex(vocab.attribution_words).search(text) is not None


@functools.cache
def _attribution_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b", re.IGNORECASE)


def is_furniture(text: str, vocab: FurnitureVocabulary) -> bool:
    """Menus, breadcrumbs, tool links, bylines, timestamps, legal and comment footers,
    and short lines that are no sentence."""
    if has_furniture_marks(text, vocab):
        return True
    return count_words(text) <= SHORT_LINE_WORDS and not ends_sentence(text)


def has_furniture_marks(text: str, vocab: FurnitureVocabulary) -> bool:
    """Marks of furniture other than shortness: link chains, tool words, bylines,
    timestamps, copyright lines."""
    words = _WORD.findall(text.lower())
    if not words:
        return True
    lowered = text.lower()
    if any(marker in lowered for marker in vocab.copyright_markers) and len(words) <= 30:
        return True
    if _is_byline(text, words) or is_timestamp_line(text, vocab) or _is_link_chain(text, vocab):
        return True
    return len(words) <= MENU_LINE_WORDS and _ui_share(words, vocab) >= 0.5


def count_words(text: str) -> int:
    """Words, counting two CJK characters as one word (those scripts use no spaces)."""
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(text)) + cjk // 2


def is_caption(text: str, vocab: FurnitureVocabulary) -> bool:
    """A photo caption: ends with a credit, or opens or points the way captions do."""
    words = text.split()
    if len(words) > CAPTION_MAX_WORDS:
        return False
    lowered = text.lower()
    if _has_trailing_credit(text) or _CREDIT_SLASH.search(text):
        return True
    opening = " ".join(words[:4]).lower()
    if any(word in opening for word in vocab.caption_words):
        return True
    return any(f", {position}," in lowered or f"({position})" in lowered for position in vocab.caption_positions)


def is_timestamp_line(text: str, vocab: FurnitureVocabulary) -> bool:
    """`Posted : 2022-07-21 17:04`, `Updated July 21, 2022` — a label and a date, nothing else."""
    if len(text.split()) > 12 or not text.lower().lstrip().startswith(vocab.timestamp_labels):
        return False
    return any(ch.isdigit() for ch in text)  # last: a walk over every character


def _is_byline(text: str, words: list[str]) -> bool:
    if len(words) > 20:
        return False
    return bool(_EMAIL.search(text)) or bool(_BYLINE.match(text.strip())) and not ends_sentence(text)


def _is_link_chain(text: str, vocab: FurnitureVocabulary) -> bool:
    """Breadcrumbs and footer link rows: short segments joined by separators."""
    segments = [seg for seg in _separators_regex(vocab.separators).split(text) if seg]
    if len(segments) < 3:
        return False
    return max(len(seg.split()) for seg in segments) <= 5


@functools.cache
def _separators_regex(separators: tuple[str, ...]) -> re.Pattern[str]:
    """A separator between blanks, or at an end: built once, not for every paragraph."""
    pattern = "|".join(re.escape(sep) for sep in separators)
    return re.compile(rf"\s(?:{pattern})\s|\s(?:{pattern})$|^(?:{pattern})\s")


def _ui_share(words: list[str], vocab: FurnitureVocabulary) -> float:
    counted = [word for word in words if word not in vocab.neutral_words and not word.isdigit()]
    if not counted:
        return 1.0
    return sum(word in vocab.ui_words for word in counted) / len(counted)


def find_credits(paragraphs: Sequence[Paragraph]) -> tuple[TextSpan, ...]:
    """The bracketed group closing each photo caption, brackets included (`(AP Photo/Jane
    Doe)`, `[Yonhap]`): whoever it names took or sent the photo, and is no party to the
    story. Any caption's closing group counts, whatever made it a caption."""
    credits = []
    for paragraph in paragraphs:
        match = _TRAILING_BRACKET.search(paragraph.text) if paragraph.role == "caption" else None
        if match is not None:
            start, end = paragraph.start + match.start(2), paragraph.start + match.end(3) + 1
            credits.append(TextSpan(start, end, paragraph.text[match.start(2) : match.end(3) + 1]))
    return tuple(credits)


def _has_trailing_credit(text: str) -> bool:
    """`… Sept. 13, 2023. (Eastern Wire)`, `… [AP]`, `(AP Photo/Jane Doe)`; not a
    sentence that ends on an acronym in parentheses, `… news agency (KCNA).`, nor on a
    bracket holding a figure."""
    match = _TRAILING_BRACKET.search(text)
    if match is None or _DIGIT.search(match.group(3)):
        return False
    before, bracket, inside = match.groups()
    after_sentence = before in {".", "!", "?", '"', "”", "’"}
    return after_sentence or bracket == "[" or "/" in inside or "photo" in inside.lower()

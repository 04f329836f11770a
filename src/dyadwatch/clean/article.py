"""Raw document → Article: text, paragraphs with roles, title, byline, publication date,
the wire datelines and the photo credits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re

from dyadwatch.clean.dateline import find_dateline_date, find_wire_datelines
from dyadwatch.clean.furniture import classify_paragraphs, find_credits, has_furniture_marks, load_vocabulary
from dyadwatch.clean.headline import find_title
from dyadwatch.clean.language import detect_language
from dyadwatch.clean.text import normalize_text, split_paragraphs
from dyadwatch.errors import EmptyInputError
from dyadwatch.records import Article, Paragraph, ParagraphRole, PublishedSource
from dyadwatch.sources import RawDocument
_EMAIL = re.compile(r"\s*[<(]?[\w.+-]+@[\w-]+\.[\w.-]+[>)]?")
_BYLINE_PREFIX = re.compile(r"^(?:by|written by|reporting by)\s+", re.IGNORECASE)


@dataclasses.dataclass(slots=True, frozen=True)
class _Metadata:
    title: str | None = None
    byline: str | None = None
    section: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_source: PublishedSource = "unknown"


def make_article(raw: RawDocument, *, published: dt.date | None = None) -> Article:
    """Clean one raw document of any language (`language` says which). `published` is
    the user's date, used where the input states none (and as the horizon that gives a
    year to a dateline without one)."""
    if raw.kind == "html":
        text, meta = _from_html(raw)
    else:
        text, meta = normalize_text(raw.content), _Metadata()
    paragraphs = _make_paragraphs(text, raw=raw, known_title=meta.title if raw.kind == "html" else raw.title)
    language = detect_language("\n".join(p.text for p in paragraphs if p.role == "body"))
    meta = _fill_from_text(meta, raw, paragraphs)
    date, date_source = _choose_published(raw, meta, paragraphs, fallback=published)
    return Article(
        id=raw.id or make_article_id(raw.source, text),
        source=raw.source,
        text=text,
        paragraphs=paragraphs,
        url=meta.url or raw.url,
        title=meta.title,
        byline=meta.byline,
        section=meta.section,
        published=date,
        published_source=date_source,
        language=language,
        raw_sha256=raw.raw_sha256,
        datelines=find_wire_datelines(text, paragraphs),
        credits=find_credits(paragraphs),
    )


def make_text_article(
    text: str, *, source: str = "<text>", published: dt.date | None = None, doc_id: str | None = None
) -> Article:
    """An article from trusted text (a gold sentence or document, an API caller's
    string): every non-empty line is body text, no furniture or language checks; a
    wire dateline opening a line is still one."""
    text = normalize_text(text)
    spans = [span for span in _line_spans(text) if span[0] < span[1]]
    paragraphs = tuple(Paragraph(start, end, text[start:end], "body") for start, end in spans)
    return Article(
        id=doc_id or make_article_id(source, text),
        source=source,
        text=text,
        paragraphs=paragraphs,
        published=published,
        published_source="flag" if published else "unknown",
        datelines=find_wire_datelines(text, paragraphs),
    )


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for line in text.split("\n"):
        start = position + len(line) - len(line.lstrip())
        end = position + len(line.rstrip())
        spans.append((start, end))
        position += len(line) + 1
    return spans


def make_article_id(source: str, text: str) -> str:
    """Deterministic id: the same text from the same source always gets the same id."""
    normalized = " ".join(text.split())
    return hashlib.blake2b(f"{source}\n{normalized}".encode(), digest_size=10).hexdigest()


def _from_html(raw: RawDocument) -> tuple[str, _Metadata]:
    from dyadwatch.clean.html import extract_page  # trafilatura, a quarter second, only for HTML

    page = extract_page(raw.source, raw.content, url=raw.url)
    published_source: PublishedSource = "metadata" if page.published else "unknown"
    meta = _Metadata(page.title, page.byline, page.section, page.url, page.published, published_source)
    return normalize_text(page.text), meta


def _make_paragraphs(text: str, *, raw: RawDocument, known_title: str | None) -> tuple[Paragraph, ...]:
    extracted = raw.kind == "html"
    spans = split_paragraphs(text, reflow=not extracted)
    texts = [text[start:end] for start, end in spans]
    title_index = _title_index(texts, known_title=known_title, guess=not extracted and raw.origin != "jsonl")
    roles = classify_paragraphs(texts, title_index=title_index, extracted=extracted)
    if "body" not in roles:
        roles = _all_text_is_body(raw.source, texts)
    return tuple(Paragraph(start, end, chunk, role) for (start, end), chunk, role in zip(spans, texts, roles))


def _title_index(texts: list[str], *, known_title: str | None, guess: bool) -> int | None:
    """The headline's paragraph. When the input names its title (HTML metadata, a JSONL
    `title`), it is where that title stands in the text, if it does; plain text with no
    such field has the headline `find_title` sees, if any. JSON Lines text is all body."""
    if known_title is None:
        return find_title(texts) if guess else None
    words = known_title.split()
    return next((i for i, text in enumerate(texts[:3]) if text.split() == words), None)


def _all_text_is_body(source: str, texts: list[str]) -> list[ParagraphRole]:
    """Any text is an article, down to one short line or one sentence: when no
    paragraph was read as body, every paragraph without marks of page furniture is (a
    headline-like line, a short line). Only a text of menus and tool links is none."""
    vocab = load_vocabulary()
    roles: list[ParagraphRole] = ["boilerplate" if has_furniture_marks(t, vocab) else "body" for t in texts]
    if "body" not in roles:
        raise EmptyInputError(source, "no article text: every paragraph is page furniture (menus, tool links)")
    return roles


def _fill_from_text(meta: _Metadata, raw: RawDocument, paragraphs: tuple[Paragraph, ...]) -> _Metadata:
    title = meta.title or raw.title or _first_of(paragraphs, "title")
    byline = meta.byline or _find_byline(paragraphs)
    return dataclasses.replace(meta, title=title, byline=byline)


def _first_of(paragraphs: tuple[Paragraph, ...], role: str) -> str | None:
    return next((p.text for p in paragraphs if p.role == role), None)


def _find_byline(paragraphs: tuple[Paragraph, ...]) -> str | None:
    for paragraph in paragraphs[:10]:
        if paragraph.role != "boilerplate":
            continue
        if _BYLINE_PREFIX.match(paragraph.text) or _EMAIL.search(paragraph.text):
            name = _EMAIL.sub("", _BYLINE_PREFIX.sub("", paragraph.text)).strip(" ,;|-")
            if name and len(name.split()) <= 8:
                return name
    return None


def _choose_published(
    raw: RawDocument, meta: _Metadata, paragraphs: tuple[Paragraph, ...], *, fallback: dt.date | None
) -> tuple[dt.date | None, PublishedSource]:
    if raw.published is not None:
        return raw.published, "jsonl"
    if meta.published is not None:
        return meta.published, meta.published_source
    stated = find_dateline_date([p.text for p in paragraphs], horizon=fallback or raw.fetched)
    if stated is not None:
        return stated, "dateline"
    if fallback is not None:
        return fallback, "flag"
    return None, "unknown"

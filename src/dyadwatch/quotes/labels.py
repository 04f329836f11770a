"""Lines that name their speaker beside a colon or dash instead of a verb:
"Putin: West has declared war" (headlines), "LAVROV: We will respond." (transcripts),
"Maria Lopez ― “I am afraid.”" and "“I am afraid.” ― Maria Lopez" (vox pops,
epigraphs). The cue is the colon or dash; the content is the rest of the line.
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Span, Token

from dyadwatch.nlp import doc_text, line_breaks
from dyadwatch.quotes.cues import Cue
from dyadwatch.quotes.lexicon import QuoteLexicon
from dyadwatch.quotes.marks import DOUBLE_MARKS, SINGLE_MARKS

NOT_IN_NAMES = frozenset({"VERB", "AUX", "PRON", "SCONJ", "NUM", "SYM", "INTJ", "ADP"})
NAME_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
MARKS = DOUBLE_MARKS | SINGLE_MARKS
NAME_FIRST: tuple[str, ...] = ("line_after",)
"""Content kinds of label cues: the words follow the name, or precede it."""
NAME_LAST: tuple[str, ...] = ("line_before",)


def find_label_cues(doc: Doc, *, lexicon: QuoteLexicon) -> list[Cue]:
    """A cue for every line that opens with a short name and a colon (or a dash before
    a quotation), or that is a quotation closed by a dash and a short name."""
    cues = []
    for line in _lines(doc):
        cue = match_leading_label(line, lexicon=lexicon) or match_trailing_label(line, lexicon=lexicon)
        if cue is not None:
            cues.append(cue)
    return cues


def _lines(doc: Doc) -> list[Span]:
    """Each line holding a word, without its blank tokens at either end (read from the
    Doc's whitespace flags, not token by token; a line with no word is all blanks)."""
    spaces = doc.to_array(IS_SPACE).tolist()
    lines, start = [], 0
    for index in [*line_breaks(doc), len(doc)]:
        first, last = _strip(spaces, start, index)
        if first < last:
            lines.append(doc[first:last])
        start = index + 1
    return lines


def _strip(spaces: list[int], start: int, end: int) -> tuple[int, int]:
    while start < end and spaces[start]:
        start += 1
    while end > start and spaces[end - 1]:
        end -= 1
    return start, end


def match_leading_label(line: Span, *, lexicon: QuoteLexicon) -> Cue | None:
    """"Name: words" or "Name ― “words”"."""
    name: list[Token] = []
    for token in line[: lexicon.label_max_words + 1]:
        if token.text == ":" or token.text in lexicon.label_dashes:
            rest = line.doc[token.i + 1 : line.end].text.strip()
            quoted = rest[:1] in MARKS
            fits = rest and (token.text == ":" or quoted) and is_name(name, loose=quoted)
            return _label(token, name, NAME_FIRST) if fits else None
        if not _may_name(token, lexicon=lexicon):
            return None
        name.append(token)
    return None


def match_trailing_label(line: Span, *, lexicon: QuoteLexicon) -> Cue | None:
    """"“words” ― Name." — a quotation that opens the line, a dash, a short name."""
    if doc_text(line.doc)[line.start_char : line.start_char + 1] not in MARKS:  # Span.text joins every token
        return None
    dash = next((t for t in reversed(line) if _is_dash(t, lexicon)), None)
    if dash is None or not _closes_quote_before(dash, lexicon):
        return None
    name = [t for t in line if t.i > dash.i and not t.is_punct]
    if len(name) > lexicon.label_max_words or not all(_may_name(t, lexicon=lexicon) for t in name):
        return None
    return _label(dash, name, NAME_LAST) if is_name(name, loose=True) else None


def _is_dash(token: Token, lexicon: QuoteLexicon) -> bool:
    """A dash, or a dash glued to the closing mark before it ("”―")."""
    return token.text.lstrip("".join(MARKS)) in lexicon.label_dashes


def _closes_quote_before(dash: Token, lexicon: QuoteLexicon) -> bool:
    glued = dash.text.lstrip("".join(MARKS)) != dash.text
    return glued or (dash.i > 0 and dash.doc[dash.i - 1].text[-1:] in MARKS)


def _label(mark: Token, name: list[Token], content: tuple[str, ...]) -> Cue:
    return Cue(mark.i, mark.i, mark.i + 1, "label", content, words=tuple(t.i for t in name))


def _may_name(token: Token, *, lexicon: QuoteLexicon) -> bool:
    """A word a name may hold: not a label word ("Update:"), not a cue verb opening
    an inversion ("Said Peskov:"), and of a name's part of speech — capitals are
    trusted over their tag ("LAVROV")."""
    if token.lower_ in lexicon.label_not_speakers or token.lower_ in lexicon.inversions:
        return False
    return token.pos_ not in NOT_IN_NAMES or (token.is_upper and len(token) > 1)


def is_name(words: list[Token], *, loose: bool = False) -> bool:
    """Capitalized words that name someone: one word ("Poll", "Pence"), a transcript's
    capitals ("SEN. WARREN"), or words holding a named entity — not a subheading
    ("Little Relief for Refugees", "Another challenge"). Beside a quotation (`loose`)
    proper nouns are name enough."""
    if not words or not all(t.is_title or t.is_upper or not t.is_alpha for t in words):
        return False
    if loose and all(t.pos_ == "PROPN" or not t.is_alpha for t in words):
        return True
    return len(words) == 1 or all(t.is_upper or not t.is_alpha for t in words) or any(
        t.ent_type_ in NAME_ENTITIES for t in words
    )


def label_content(doc: Doc, cue: Cue, *, text: str) -> tuple[int, int]:
    """Characters of the words of a label line: after the colon or dash, or before the
    dash that precedes the name (with the closing mark glued to it, "”―")."""
    mark = label_mark(doc, cue)
    if cue.content == NAME_LAST:
        start = cue.start
        while start > 0 and not _breaks_line(doc[start - 1]):
            start -= 1
        return _trimmed(text, doc[start].idx if start < cue.start else mark[0], mark[0])
    end = cue.end
    while end < len(doc) and not _breaks_line(doc[end]):
        end += 1
    return _trimmed(text, mark[1], doc[end - 1].idx + len(doc[end - 1]) if end > cue.end else mark[1])


def label_mark(doc: Doc, cue: Cue) -> tuple[int, int]:
    """Characters of the colon or dash (without a closing mark glued to it)."""
    token = doc[cue.start]
    glued = len(token.text) - len(token.text.lstrip("".join(MARKS)))
    return token.idx + glued, token.idx + len(token)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _breaks_line(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def label_speaker(doc: Doc, cue: Cue) -> Token:
    """The head of the label's name: its word whose head lies outside the name."""
    words = set(cue.words)
    return next((doc[i] for i in cue.words if doc[i].head.i not in words or doc[i].head.i == i), doc[cue.words[-1]])

"""The medium a statement was made in, when the text names it: "told the pro-Kremlin
daily Izvestia", "in an interview with Russian state television", "on Russia's state
television", "…, Interfax reported"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from dyadwatch.quotes.lexicon import QuoteLexicon


def find_medium(doc: Doc, verb: Token, *, lexicon: QuoteLexicon) -> str | None:
    """The medium named on the cue verb: its object ("told Izvestia") or one of its
    prepositional phrases ("on state television", "in an interview with …")."""
    for child in verb.children:
        found = _object_medium(child, verb, lexicon) or _prepositional_medium(child, lexicon)
        if found is not None:
            return phrase_text(doc, found)
    return None


def _object_medium(child: Token, verb: Token, lexicon: QuoteLexicon) -> Token | None:
    if child.dep_ in ("dobj", "dative") and verb.lemma_.lower() in lexicon.medium_object_verbs:
        return child if is_medium(child, lexicon=lexicon) else None
    return None


def _prepositional_medium(child: Token, lexicon: QuoteLexicon) -> Token | None:
    if child.dep_ != "prep" or child.lower_ not in lexicon.medium_prepositions:
        return None
    for noun in (c for c in child.children if c.dep_ == "pobj"):
        if noun.lemma_.lower() in lexicon.interview_nouns:
            return _interviewer(noun)
        if is_medium(noun, lexicon=lexicon):
            return noun
    return None


def _interviewer(noun: Token) -> Token | None:
    """"an interview with X": X."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def is_medium(noun: Token, *, lexicon: QuoteLexicon) -> bool:
    """A phrase naming a medium: a medium noun heads or modifies it, or it holds a
    known outlet's name."""
    words = [t for t in noun.subtree if t.dep_ not in ("relcl", "acl")]
    if any(t.lemma_.lower() in lexicon.medium_nouns for t in words if t.i == noun.i or t.head.i == noun.i):
        return True
    lowered = [t.lower_ for t in words]
    return any(_contains(lowered, name) for name in lexicon.medium_names)


def _contains(words: list[str], name: tuple[str, ...]) -> bool:
    size = len(name)
    return any(tuple(words[i : i + size]) == name for i in range(len(words) - size + 1))


def phrase_text(doc: Doc, head: Token) -> str:
    """The head's phrase as written, without relative clauses or edge punctuation."""
    tokens = [t for t in _phrase_tokens(head) if not t.is_punct or head.left_edge.i < t.i < head.right_edge.i]
    return doc[tokens[0].i : tokens[-1].i + 1].text if tokens else head.text


def _phrase_tokens(head: Token) -> Iterator[Token]:
    cut = {t.i for child in head.children if child.dep_ in ("relcl", "acl") for t in child.subtree}
    return (t for t in head.subtree if t.i not in cut)


def relayed_medium(doc: Doc, verb: Token, subject: Token | None, *, lexicon: QuoteLexicon) -> str | None:
    """"…, Interfax reported": a report verb whose subject is a medium relays the
    other statements of its sentence."""
    if subject is None or verb.lemma_.lower() not in lexicon.report_verbs:
        return None
    return phrase_text(doc, subject) if is_medium(subject, lexicon=lexicon) else None

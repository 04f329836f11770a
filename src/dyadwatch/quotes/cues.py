"""Cues: the verbs, nouns and phrases that attribute words to someone ("said", "told",
"claim that", "according to", "in a statement", "quoted as saying"), found in one pass
over a Doc."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterator

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from dyadwatch.memo import remembered_map
from dyadwatch.quotes.lexicon import CuePhrase, CueVerb, QuoteLexicon

CueKind = str
""""verb", "noun", a phrase kind ("source_object", "statement", "quoted"), or "label"."""

VERB_TAGS = frozenset({"VERB", "AUX"})
NOT_PREDICATES = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "attr"})
"""A verb form in these relations modifies a noun ("the so-called republics")."""
PARTICLE_DEPS = frozenset({"prep", "prt", "agent"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PHRASE_CONTENT: dict[str, tuple[str, ...]] = {
    "source_object": ("quote", "clause"),
    "quoted": ("quote", "clause"),
    "statement": ("predicate",),
}


@dataclasses.dataclass(slots=True, frozen=True)
class Cue:
    """A cue: `head` is the token its speaker and content hang from (the verb, or the
    first word of a phrase); `start`/`end` are the token span of the cue words."""

    head: int
    start: int
    end: int
    kind: CueKind
    content: tuple[str, ...]
    particle: int | None = None
    words: tuple[int, ...] = ()
    """Tokens of the cue outside its span (the "as saying" of "quoted X as saying")."""
    needs_speaker: bool = False
    """The cue attributes only when the text names its source (intentions, stances)."""

    def tokens(self, doc: Doc) -> list[Token]:
        return [doc[i] for i in range(self.start, self.end)]


def find_cues(doc: Doc, *, lexicon: QuoteLexicon) -> list[Cue]:
    """Every cue in the doc, in text order; a word inside a cue phrase is no verb cue."""
    cues: list[Cue] = []
    taken: set[int] = set()
    for index in _possible_cues(doc, lexicon):
        if index in taken:
            continue
        token = doc[index]
        cue = (
            match_phrase(token, lexicon=lexicon)
            or match_verb(token, lexicon=lexicon)
            or match_noun(token, lexicon=lexicon)
        )
        if cue is not None:
            cues.append(cue)
            taken |= set(range(cue.start, cue.end)) | set(cue.words)
    return cues


def _possible_cues(doc: Doc, lexicon: QuoteLexicon) -> list[int]:
    """The tokens that may open a cue, in order: a word whose lower-case form starts a
    phrase or opens an inversion, or whose lemma starts a phrase or is a cue verb or
    noun. Every other token is none of `match_phrase`, `match_verb` or `match_noun`;
    telling them apart by the Doc's arrays (each distinct word once) spares a Token and
    its strings per word."""
    strings = doc.vocab.strings
    array = doc.to_array([LOWER, LEMMA])
    lowers, lemmas = array[:, 0], array[:, 1]
    openers = _passing(numpy.unique(lowers).tolist(), lexicon.opener_keys, lambda key: _opens_cue(strings[key], lexicon))
    heads = _passing(numpy.unique(lemmas).tolist(), lexicon.head_keys, lambda key: _heads_cue(strings[key].lower(), lexicon))
    possible = numpy.isin(lowers, numpy.array(openers, dtype=array.dtype))
    possible |= numpy.isin(lemmas, numpy.array(heads, dtype=array.dtype))
    return numpy.flatnonzero(possible).tolist()  # type: ignore[no-any-return]


def _passing(keys: list[int], decided: dict[int, bool], test: Callable[[int], bool]) -> list[int]:
    """The string keys that pass `test`, each key tested once per process: a key is a
    hash of its string, so the answer never changes (most words of a Doc were seen in
    earlier Docs, and a dict lookup is far cheaper than fetching the string)."""
    return list(itertools.compress(keys, remembered_map(keys, decided, test)))


def _opens_cue(lower: str, lexicon: QuoteLexicon) -> bool:
    return lower in lexicon.phrase_index or lower in lexicon.inversions


def _heads_cue(lemma: str, lexicon: QuoteLexicon) -> bool:
    return (
        lemma in lexicon.phrase_index
        or lemma in lexicon.verbs
        or lemma in lexicon.nouns
        or lemma in lexicon.noun_topics
        or lemma in lexicon.noun_infinitives
    )


def match_phrase(token: Token, *, lexicon: QuoteLexicon) -> Cue | None:
    """A phrase cue starting at `token`, if one does."""
    for phrase in lexicon.phrases_from(token.lower_, token.lemma_.lower()):
        if phrase.kind == "quoted":
            found = _match_quoted(token, phrase)
            if found is not None:
                return found
        elif _phrase_matches(token, phrase) and _object_fits(token.doc[token.i + len(phrase.words) - 1], phrase):
            end = token.i + len(phrase.words)
            return Cue(token.i, token.i, end, phrase.kind, PHRASE_CONTENT[phrase.kind])
    return None


def _match_quoted(token: Token, phrase: CuePhrase) -> Cue | None:
    """"(was) quoted (X) as saying": the verb, its preposition, and the speech verb
    under it, adjacent or not."""
    verb, preposition, speech = phrase.words
    if token.lemma_.lower() != verb or token.pos_ not in VERB_TAGS:
        return None
    for prep in token.rights:
        if prep.lower_ == preposition:
            said = next((c for c in prep.children if c.lemma_.lower() == speech), None)
            if said is not None:
                end = said.i + 1 if said.i == token.i + 2 else token.i + 1
                return Cue(token.i, token.i, end, "quoted", PHRASE_CONTENT["quoted"], words=(prep.i, said.i))
    return None


def _object_fits(last: Token, phrase: CuePhrase) -> bool:
    """"In the latest poll, …": a phrase restricted to some objects needs one of them,
    and opens its sentence ("said in a June report" names where, not who)."""
    if not phrase.objects:
        return True
    first = last.doc[last.i - len(phrase.words) + 1]
    fits = any(child.dep_ == "pobj" and child.lemma_.lower() in phrase.objects for child in last.children)
    return fits and first.is_sent_start


def _phrase_matches(token: Token, phrase: CuePhrase) -> bool:
    doc = token.doc
    if token.i + len(phrase.words) > len(doc):
        return False
    words = (doc[token.i + k] for k in range(len(phrase.words)))
    return all(word in (t.lower_, t.lemma_.lower()) for word, t in zip(phrase.words, words, strict=False))


def match_verb(token: Token, *, lexicon: QuoteLexicon) -> Cue | None:
    """A cue verb at `token`: a predicate whose lemma the lexicon lists (with its
    particle, when the entry needs one), or a predicate adjective the lexicon lists as one."""
    inverted = _opens_inversion(token, lexicon)
    adjective = _is_predicate_adjective(token)
    if (token.pos_ not in VERB_TAGS and not inverted and not adjective) or _is_hyphenated(token):
        return None
    if token.dep_ in NOT_PREDICATES and not inverted:
        return None
    lemma = lexicon.inversions[token.lower_] if inverted else token.lemma_.lower()
    entries = [entry for entry in lexicon.cue_verbs(lemma) if entry.adjective == adjective]
    with_particles = [(p, e) for e in entries if e.particle is not None for p in [find_particle(token, e)] if p is not None]
    if with_particles:  # the nearest particle: "called for X on Thursday" is "call for", not "call on"
        particle, entry = min(with_particles, key=lambda found: found[0].i)
        return _verb_cue(token, entry, particle)
    bare = next((entry for entry in entries if entry.particle is None), None)
    return _verb_cue(token, bare, None) if bare is not None else None


def match_noun(token: Token, *, lexicon: QuoteLexicon) -> Cue | None:
    """A cue noun governing a that-clause ("the claim that …"), a to-infinitive ("Moscow's
    decision to withdraw"), or a preposition naming what it is about ("Trump's criticism
    of the Fed", "Kyiv's call for talks")."""
    if token.pos_ != "NOUN":
        return None
    lemma = token.lemma_.lower()
    if lemma in lexicon.nouns and that_clause(token) is not None:
        return Cue(token.i, token.i, token.i + 1, "noun", ("noun_clause",))
    if lemma in lexicon.noun_infinitives and noun_infinitive(token) is not None:
        return Cue(token.i, token.i, token.i + 1, "noun", ("noun_infinitive",))
    topic = topic_preposition(token, lexicon.noun_topics.get(lemma, frozenset()))
    if topic is None:
        return None
    end = topic.i + 1 if topic.i == token.i + 1 else token.i + 1
    return Cue(token.i, token.i, end, "noun", ("noun_object",), particle=topic.i)


def noun_infinitive(noun: Token) -> Token | None:
    """The to-infinitive a noun governs ("Russia's decision to withdraw")."""
    for child in noun.rights:
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in child.children
        ):
            return child
    return None


def topic_preposition(noun: Token, prepositions: frozenset[str]) -> Token | None:
    """The first preposition after the noun among `prepositions`, with an object."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in prepositions and any(
            c.dep_ in ("pobj", "pcomp") for c in child.children
        ):
            return child
    return None


def that_clause(noun: Token) -> Token | None:
    """The clause after a noun introduced by the conjunction "that" (not the relative
    pronoun of "the report that he wrote")."""
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "relcl", "appos") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in child.children
        ):
            return child
    return None


def find_particle(token: Token, entry: CueVerb) -> Token | None:
    """The particle or preposition `entry` needs, as a child of the verb; none for a verb
    with an object predicate ("called the vote on independence … a "milestone"": the
    parse hangs the object's own phrase on the verb, which is no "call on")."""
    if entry.particle is None or any(child.dep_ == "oprd" for child in token.children):
        return None
    for child in token.rights:
        if child.dep_ in PARTICLE_DEPS and child.lower_ == entry.particle:
            return child
    return None


def _verb_cue(token: Token, entry: CueVerb, particle: Token | None) -> Cue:
    end = particle.i + 1 if particle is not None and particle.i == token.i + 1 else token.i + 1
    particle_index = particle.i if particle is not None else None
    return Cue(token.i, token.i, end, "verb", entry.content, particle_index, needs_speaker=entry.needs_speaker)


def _is_predicate_adjective(token: Token) -> bool:
    """"X is sure that …", "X seemed willing to …": an adjective predicated of a
    subject (a stance of that subject), not one modifying a noun."""
    return token.pos_ == "ADJ" and token.dep_ == "acomp"


def _opens_inversion(token: Token, lexicon: QuoteLexicon) -> bool:
    """"Said Ellis: …": a capitalized cue opening its sentence before the speaker,
    which the parse takes for part of a name."""
    return (
        token.is_sent_start
        and token.is_title
        and token.lower_ in lexicon.inversions
        and token.dep_ == "compound"
        and token.head.i > token.i
    )


def _is_hyphenated(token: Token) -> bool:
    """"so-called", "well-known": a verb form glued into a compound adjective."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_


def cue_verb(doc: Doc, cue: Cue) -> Token:
    """The verb a cue's arguments hang from: the verb itself, the head the phrase
    modifies ("according to", "in a statement"), or "quoted" in "quoted as saying"."""
    head = doc[cue.head]
    if cue.kind in ("source_object", "statement"):
        return nearest_predicate(head.head)
    return head


def parallel_reporter(verb: Token) -> Token | None:
    """"X said he would order a review and warned against hackers": the parse hangs
    "warned" on "order", inside the reported clause, but a finite verb conjoined to a
    non-finite one ("would order … and warned") can only continue the reporting verb
    of the same form ("said"). That reporting verb, or None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or head.tag_ in FINITE_TAGS or head.dep_ != "ccomp":
        return None
    reporter = head.head
    return reporter if reporter.tag_ == verb.tag_ and reporter.i < head.i else None


def nearest_predicate(token: Token) -> Token:
    """The token itself when it is a verb, else its closest verb ancestor (or root)."""
    for candidate in _self_and_ancestors(token):
        if candidate.pos_ in VERB_TAGS:
            return candidate
    return token.sent.root


def _self_and_ancestors(token: Token) -> Iterator[Token]:
    yield token
    yield from token.ancestors

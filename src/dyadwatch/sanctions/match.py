"""Sanctions flags on events.

A rule flags an event when (1) the event can report trade (an eligible type: AGREE,
COOPERATE, AID, a signed deal), (2) a covered good, service or activity is named in
the event's clause — the trigger's clause in the parse, or the whole sentence when there
is no parse — and is no excluded phrase ("iron fist"), (3) the regime's target is on the
side the rule names: the giver for "from" rules (or the origin of the good: "North
Korean coal"), the receiver for "to" rules, either for "with" rules, and (4) the measure
was in force on the event's date. Nothing is flagged for a negated event, a clause that
names one of the rule's exceptions, a clause that places the trade "before the ban", or a
historical mention of a measure since lifted.

A watchlist flags an event when a listed person or organization is one of its parties:
its actors and recipients, and the unresolved person or organization names in its clause.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from dyadwatch.actors.knowledge import singular
from dyadwatch.records import AnnotatedArticle, Event, Flag, Mention
from dyadwatch.sanctions.rules import MatchSettings, Phrase, Regime, Rule, Term
from dyadwatch.sanctions.watchlist import Kind, NameMatch, Watchlist

# Dependents that open another clause: what they say is not the event's clause.
CLAUSE_BREAKS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "csubjpass"})
VERB_POS = frozenset({"VERB", "AUX"})
# A covered good is a noun: "ships" the verb, "lead" the verb are not goods.
NOT_NOUNS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "ADV"})
# Modifiers of a good that may say where it comes from ("North Korean coal", "coal from …").
ORIGIN_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
ORIGIN_PREPS = frozenset({"from", "of"})
PARTY_LABELS: dict[str, Kind] = {"PERSON": "person", "ORG": "organization"}
# Actors that are places, not parties a watchlist names.
PLACE_RULES = tuple(
    f"gazetteer.{kind}"
    for kind in ("country", "demonym", "capital", "metonym", "territory", "dependency", "region", "city")
)
_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE_GAP = re.compile(r"(?:['\u2019]s)?\s*")


@dataclasses.dataclass(slots=True, frozen=True)
class Word:
    """A word of an event's clause: the forms it is compared by, its offsets in the
    article, whether it can end a covered phrase, whether it is the event's trigger, and
    the offsets of its modifiers that may name the origin of what it denotes."""

    forms: frozenset[str]
    start: int
    end: int
    noun: bool = True
    trigger: bool = False
    origin: tuple[tuple[int, int], ...] = ()


@dataclasses.dataclass(slots=True, frozen=True)
class Clause:
    """The words an event's sanctions match may use, and the trigger's lemma."""

    words: tuple[Word, ...]
    trigger: str | None = None

    def covers(self, start: int) -> bool:
        return any(w.start <= start < w.end for w in self.words)


@dataclasses.dataclass(slots=True, frozen=True)
class Hit:
    """Where a covered term was found in a clause."""

    term: Term
    start: int
    end: int
    origin: tuple[tuple[int, int], ...]


@dataclasses.dataclass(slots=True, frozen=True)
class Lens:
    """Everything the sanctions stage matches events against."""

    regimes: tuple[Regime, ...]
    settings: MatchSettings
    watchlist: Watchlist | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class _Case:
    event: Event
    clause: Clause
    annotated: AnnotatedArticle
    settings: MatchSettings

    @property
    def day(self) -> dt.date | None:
        return self.event.date or self.annotated.article.published


def flag_article(annotated: AnnotatedArticle, doc: Doc | None, *, lens: Lens) -> tuple[Flag, ...]:
    """Every sanctions and watchlist flag on the article's events, in event order."""
    flags: list[Flag] = []
    for event in annotated.events:
        if event.aux.negated:
            continue
        case = _Case(event, read_clause(event, doc), annotated, lens.settings)
        flags += rule_flags(case, lens.regimes)
        flags += watchlist_flags(case, lens.watchlist)
    return tuple(dict.fromkeys(flags))


# --- the clause -------------------------------------------------------------------------


def read_clause(event: Event, doc: Doc | None) -> Clause:
    """The event's clause from the parse; the whole sentence when there is none."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return sentence_clause(event)
    trigger = find_trigger(span, event.event_text)
    tokens = list(span) if trigger is None else clause_tokens(clause_head(trigger))
    words = tuple(_parsed_word(t, trigger) for t in tokens if not t.is_punct and not t.is_space)
    return Clause(words, trigger.lemma_.lower() if trigger is not None else None)


def sentence_clause(event: Event) -> Clause:
    """The sentence's words, by a regular expression; the first word of the event text
    is taken as the trigger (it is, for the eligible verb patterns)."""
    first = event.event_text.split()[0].casefold() if event.event_text.strip() else None
    words: list[Word] = []
    for match in _WORD.finditer(event.text):
        lower = match.group().casefold()
        is_trigger = lower == first and not any(w.trigger for w in words)
        start, end = event.start + match.start(), event.start + match.end()
        words.append(Word(_forms(lower, lower), start, end, trigger=is_trigger))
    return Clause(tuple(words), first)


def find_trigger(sentence: Span, event_text: str) -> Token | None:
    """The token of the sentence that triggered the event: of the words of the event
    text, the one highest in the parse ("send" in "send workers")."""
    words = set(event_text.split())
    candidates = [t for t in sentence if t.text in words]
    return min(candidates, key=lambda t: sum(1 for _ in t.ancestors), default=None)


def clause_head(token: Token) -> Token:
    """A noun trigger ("deal") belongs to the clause of its verb."""
    while token.pos_ not in VERB_POS and token.head.i != token.i:
        token = token.head
    return token


def clause_tokens(head: Token) -> list[Token]:
    """The head and its dependents, except dependents that open another clause
    (complement, adverbial, relative clauses, coordinated verbs)."""
    found = [head]
    for child in head.children:
        if child.dep_ in CLAUSE_BREAKS or (child.dep_ == "conj" and child.pos_ in VERB_POS):
            continue
        found += clause_tokens(child)
    return sorted(found, key=lambda t: t.i)


def _parsed_word(token: Token, trigger: Token | None) -> Word:
    return Word(
        forms=_forms(token.lower_, token.lemma_),
        start=token.idx,
        end=token.idx + len(token),
        noun=token.pos_ not in NOT_NOUNS,
        trigger=token is trigger,
        origin=tuple(_extent(c) for c in token.children if _is_origin(c)),
    )


def _is_origin(child: Token) -> bool:
    return child.dep_ in ORIGIN_DEPS or (child.dep_ == "prep" and child.lower_ in ORIGIN_PREPS)


def _extent(token: Token) -> tuple[int, int]:
    right = token.right_edge
    return token.left_edge.idx, right.idx + len(right)


def _forms(lower: str, lemma: str) -> frozenset[str]:
    return frozenset({lower, lemma.casefold(), singular(lower)})


# --- rules ------------------------------------------------------------------------------


def rule_flags(case: _Case, regimes: Sequence[Regime]) -> list[Flag]:
    """The flags of every regime's rules on one event."""
    settings = case.settings
    if not _listed(case.event, settings.eligible) or _names_any(case.clause, settings.before_the_measure):
        return []
    flags = (_rule_flag(case, regime, rule) for regime in regimes for rule in regime.rules)
    return [flag for flag in flags if flag is not None]


def _rule_flag(case: _Case, regime: Regime, rule: Rule) -> Flag | None:
    if not rule.in_force(case.day) or (case.event.aux.historical and rule.until is not None):
        return None
    if _names_any(case.clause, rule.unless):
        return None
    hits = find_hits(case.clause, rule)
    if not hits or not _involves(case, regime, rule, _origin_codes(case, hits)):
        return None
    text = case.annotated.article.text
    matched = tuple(dict.fromkeys(text[h.start : h.end] for h in outermost(hits)))
    return Flag(rule=rule.id, regime=regime.id, event_id=case.event.id, matched=matched, reason=rule.explain())


def find_hits(clause: Clause, rule: Rule) -> list[Hit]:
    """The rule's covered terms in the clause, leaving out excluded phrases, the trigger
    itself, and phrases that do not end in a noun."""
    excluded = {k for phrase in rule.exclude for i, j in find_phrase(clause.words, phrase) for k in range(i, j)}
    hits = []
    for term in rule.terms:
        for i, j in find_phrase(clause.words, term.words):
            words = clause.words[i:j]
            if words[-1].noun and not any(w.trigger for w in words) and excluded.isdisjoint(range(i, j)):
                hits.append(Hit(term, words[0].start, words[-1].end, words[-1].origin))
    return hits


def find_phrase(words: Sequence[Word], phrase: Phrase) -> Iterator[tuple[int, int]]:
    """(first, end) word indices where the phrase occurs; a word matches in any of its
    forms, singular or plural."""
    size = len(phrase)
    if not size:
        yield from ((i, i) for i in range(len(words) + 1))
        return
    keys = _phrase_keys(phrase)
    first, first_singular = keys[0]
    for i in range(len(words) - size + 1):
        forms = words[i].forms
        if first not in forms and first_singular not in forms:  # the usual case, cheaply
            continue
        if all(_same(keys[k], words[i + k]) for k in range(1, size)):
            yield i, i + size


@functools.cache
def _phrase_keys(phrase: Phrase) -> tuple[tuple[str, str], ...]:
    """Each word of a data file's phrase with its singular, computed once."""
    return tuple((word, singular(word)) for word in phrase)


def _same(key: tuple[str, str], candidate: Word) -> bool:
    word, word_singular = key
    return word in candidate.forms or word_singular in candidate.forms


def outermost(hits: Sequence[Hit]) -> list[Hit]:
    """Hits not inside a longer one ("iron ore", not also "iron")."""
    ordered = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in ordered:
        if not any(k.start <= hit.start and hit.end <= k.end for k in kept):
            kept.append(hit)
    return kept


def _names_any(clause: Clause, phrases: Sequence[Phrase]) -> bool:
    return any(next(find_phrase(clause.words, phrase), None) is not None for phrase in phrases)


def _listed(event: Event, names: frozenset[str]) -> bool:
    """Whether the event's type or its pattern id (after the version) is in `names`."""
    return event.event in names or event.pattern.rsplit("/", 1)[-1] in names


def _involves(case: _Case, regime: Regime, rule: Rule, origin: frozenset[str]) -> bool:
    givers, takers = event_sides(case.event, case.clause, case.settings)
    givers = givers | origin
    side = {"from": givers, "to": takers, "with": givers | takers}[rule.direction]
    return not side.isdisjoint(regime.target)


def event_sides(event: Event, clause: Clause, settings: MatchSettings) -> tuple[frozenset[str], frozenset[str]]:
    """(givers, receivers) as actor codes. In a directional event the actor gives (the
    recipient, after "buy", "import" …); in the others either side may."""
    actors = frozenset(a.code for a in event.actor)
    recipients = frozenset(r.code for r in event.recipient)
    if not _listed(event, settings.directional):
        return actors | recipients, actors | recipients
    if clause.trigger in settings.inbound:
        return recipients, actors
    return actors, recipients


def _origin_codes(case: _Case, hits: Sequence[Hit]) -> frozenset[str]:
    """Actor codes named as the origin of a covered good: a modifier in the parse, or a
    name written just before it ("North Korean coal", "North Korea's coal")."""
    text = case.annotated.article.text
    codes = set()
    for hit in hits:
        for mention in case.annotated.mentions:
            if mention.actor is not None and _is_origin_of(mention, hit, text):
                codes.add(mention.actor.code)
    return frozenset(codes)


def _is_origin_of(mention: Mention, hit: Hit, text: str) -> bool:
    if any(start <= mention.start and mention.end <= end for start, end in hit.origin):
        return True
    return mention.end <= hit.start and _POSSESSIVE_GAP.fullmatch(text[mention.end : hit.start]) is not None


# --- watchlists -------------------------------------------------------------------------


def watchlist_flags(case: _Case, watchlist: Watchlist | None) -> list[Flag]:
    """A flag for each party of the event that a watchlist names."""
    if watchlist is None:
        return []
    flags: dict[str, Flag] = {}
    for name, kind in event_parties(case.event, case.clause, case.annotated.mentions):
        found = watchlist.match(name, kind=kind)
        if found is not None:
            flag = _watchlist_flag(case.event, name, found)
            if flag.rule not in flags or (flag.score or 0) > (flags[flag.rule].score or 0):
                flags[flag.rule] = flag
    return list(flags.values())


def event_parties(event: Event, clause: Clause, mentions: Sequence[Mention]) -> list[tuple[str, Kind]]:
    """(name, kind) of who acts and who is acted on: named actors and recipients (not
    places), and the person and organization names in the event's clause."""
    parties: list[tuple[str, Kind]] = []
    for actor in event.actor + event.recipient:
        if actor.person:
            parties.append((actor.person, "person"))
        elif actor.name and not (actor.rule or "").startswith(PLACE_RULES):
            parties.append((actor.name, "organization"))
    for mention in mentions:
        if clause.covers(mention.start):
            parties += _mention_party(mention)
    return list(dict.fromkeys(parties))


def _mention_party(mention: Mention) -> list[tuple[str, Kind]]:
    if mention.actor is not None:
        return [(mention.actor.person, "person")] if mention.actor.person else []
    kind = PARTY_LABELS.get(mention.ner_label or "")
    return [(mention.text, kind)] if kind else []


def _watchlist_flag(event: Event, name: str, found: NameMatch) -> Flag:
    entry = found.entry
    what = "party" if entry.kind == "any" else entry.kind
    reason = f"{name} matches {entry.caption}, a listed {what} on {entry.list} (name score {found.score:.2f})."
    return Flag(
        rule=f"watchlist/{entry.id}",
        regime=entry.list,
        event_id=event.id,
        matched=(name, found.name),
        reason=reason,
        score=round(found.score, 3),
    )

"""The date of an event: the time expression that governs its trigger (same clause or
the verb's modifier), else that of the reporting statement, else that of a clause saying
when it came about ("after it invaded Kuwait in 1990"), else, for a past act, its
sentence's one day ("moments after arriving in Ankara Tuesday, saying he backed …"), else
the publication date."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyadwatch.nlp import active_to_infinitive
from dyadwatch.records import TimeExpr
from dyadwatch.times.direction import is_clause_verb

RANGE_PRECISIONS = frozenset({"week", "quarter", "season", "decade", "century", "range"})
POINT_PRECISIONS = {"day": "day", "time": "day", "month": "month", "year": "year"}
REPORTING_DEPS = ("ccomp", "xcomp", "advcl", "conj")


@dataclasses.dataclass(slots=True, frozen=True)
class EventDate:
    date: dt.date | None
    precision: str
    time: TimeExpr | None = None


def date_event(trigger: Token, *, times: Sequence[TimeExpr], published: dt.date | None) -> EventDate:
    """The event's date (module docstring). A time after the publication day never
    dates an event: what is announced for later ("will meet next week", "invited him
    for 2007") is an act of the announcement, dated by the clause that reports it."""
    dated = [t for t in times if t.type in ("DATE", "TIME") and (start := _start_date(t)) is not None
             and (published is None or start <= published)]
    clause = _clause_head(trigger)
    # a noun's own time first ("condemned on Tuesday Sunday's raid": the raid's is Sunday);
    # "refused to resign from his post Sunday": the refusal's day is the infinitive's;
    # "a clash late Sunday which left three soldiers injured": a relative clause's is its noun's
    own = [trigger] if trigger.i != clause.i else []
    heads = [*own, *_governors(clause), *(c for c in clause.children if c.dep_ == "xcomp")]
    relative = clause
    while relative.dep_ in ("oprd", "xcomp", "conj") and relative.head.i != relative.i:
        relative = relative.head  # "which left three soldiers injured"; "since 1974 when Turkey intervened and occupied …"
    if relative.dep_ in ("relcl", "acl"):  # its noun, and the nouns that noun is part of ("a clash in the province of …")
        heads += _noun_phrase_up(relative.head)
    found = next((t for head in heads for t in dated if _governed_by(trigger.doc, t, head)), None)
    if found is None:
        found = next((t for when in _temporal_clauses(clause) for t in dated if _within(t, when)), None)
    if found is None:
        found = _sentence_only_day(trigger, clause, dated)
    if found is not None:
        return _from_time(found)
    return EventDate(published, "publication")


def _sentence_only_day(trigger: Token, clause: Token, dated: Sequence[TimeExpr]) -> TimeExpr | None:
    """"He made a U-turn moments after arriving in Ankara Tuesday, saying he backed the
    candidacy": a sentence whose one time expression names a day dates the acts its
    other clauses tell when none has a time of its own; not a day inside the act's own
    clause, which then only describes one of its parties ("said Israel's attack on Friday
    was unacceptable"), nor one in a relative clause the act is outside of ("Annan, who
    arrived late Monday, made the remarks after talks")."""
    sentence = trigger.sent
    inside = [t for t in dated if sentence.start_char <= t.start and t.end <= sentence.end_char]
    if len(inside) != 1 or inside[0].precision not in ("day", "time") or _within(inside[0], clause):
        return None
    if trigger.pos_ != "VERB" or _told_as_background(trigger, clause) or _not_past(clause):
        return None
    span = trigger.doc.char_span(inside[0].start, inside[0].end, alignment_mode="expand")
    relatives = [a for a in span.root.ancestors if a.dep_ == "relcl"] if span is not None else []
    return None if span is None or any(trigger.i not in {t.i for t in r.subtree} for r in relatives) else inside[0]


def set_for_later(trigger: Token, *, times: Sequence[TimeExpr], published: dt.date | None) -> bool:
    """Does a time after the publication day govern the event's own clause ("EU ministers
    meet in Brussels on December 11", "leaves for Washington on April 24")? Then the act
    is announced for later, whatever the tense."""
    if published is None:
        return False
    clause = _clause_head(trigger)
    return any(
        t.type in ("DATE", "TIME") and (start := _start_date(t)) is not None and start > published
        and _governed_by(trigger.doc, t, clause) and not _in_noun_infinitive(trigger, t, clause)
        for t in times
    )


def _in_noun_infinitive(trigger: Token, time: TimeExpr, clause: Token) -> bool:
    """"welcomed Cyprus's decision to suspend flights early next month": a time inside a
    to-infinitive on a noun (what is decided, planned or offered) is the time of that
    content, not of the verb whose object the noun is; the welcome is made now. On the
    event's own noun, or in a passive infinitive ("a meeting to be held on Nov. 18", which
    the parser may hang on another noun), it is the event's time."""
    span = trigger.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ == "acl" and token.head.i != trigger.i and active_to_infinitive(token):
            return True
        token = token.head
    return False


def _told_as_background(trigger: Token, clause: Token) -> bool:
    """An act told inside a relative clause or a participle on a noun ("the bombing, which
    killed two people", "a militant arrested recently"), seen by someone ("saw rebels
    killed"), or in the past perfect or with an adverb of earlier time ("had ordered",
    "recently"): its day is not the sentence's."""
    path = [trigger, *trigger.ancestors]
    return (any(t.dep_ in ("relcl", "acl") for t in path)
            or any(c.lower_ in BACKGROUND_MARKS for c in clause.children if c.dep_ in ("aux", "advmod")))


def _not_past(clause: Token) -> bool:
    """"I pledge", "we shall demand", "they will appeal": an act told in the present or
    to come is of the day it is said, not of a day its sentence tells of."""
    return clause.tag_ in ("VBP", "VBZ") or any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.tag_ in ("VBP", "VBZ")) for c in clause.children)


# "had attacked", "recently", "earlier": words that put an act before the day of its sentence.
BACKGROUND_MARKS = frozenset({"had", "'d", "recently", "earlier", "previously", "already", "once", "formerly"})


def _noun_phrase_up(noun: Token) -> list[Token]:
    """The noun, the nouns and prepositions above it, and the verb of the clause they are
    in: a relative clause without a time of its own happened with what its noun did."""
    found = [noun]
    while found[-1].head.i != found[-1].i and len(found) < 6:
        found.append(found[-1].head)
        if found[-1].pos_ not in ("NOUN", "PROPN", "ADP"):
            break
    return found


# "imposed sanctions after it invaded Kuwait in 1990", "have frozen aid ever since the
# government took power in March": a clause that says when the event came about dates
# it, when its own clause and the reporting one do not.
TEMPORAL_MARKS = frozenset({"after", "since", "when", "once"})


def _within(time: TimeExpr, clause: Token) -> bool:
    return clause.left_edge.idx <= time.start and time.end <= clause.right_edge.idx + len(clause.right_edge)


def _temporal_clauses(clause: Token) -> list[Token]:
    return [
        child for child in clause.children
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in TEMPORAL_MARKS for m in child.children)
    ]


# spaCy makes a new Token object on every access: tokens compare by index, never `is`.


def _governors(clause: Token) -> list[Token]:
    """The event's own clause, then the clauses that report it ("said on Tuesday")."""
    heads = [clause]
    while clause.dep_ in REPORTING_DEPS and clause.head.i != clause.i:
        clause = _clause_head(clause.head)
        heads.append(clause)
    return heads


def _clause_head(token: Token) -> Token:
    while not is_clause_verb(token) and token.head.i != token.i:
        token = token.head
    return token


def _governed_by(doc: Doc, time: TimeExpr, clause: Token) -> bool:
    return clause.i in _reach(doc, time)


_REACH_KEY = "dyadwatch.time_reach"


def _reach(doc: Doc, time: TimeExpr) -> frozenset[int]:
    """The tokens a time expression's root climbs to before it leaves its clause (computed
    once per expression and Doc). Another verb is another clause, unless it is a
    participle describing a noun of this one ("in an interview published on July 19, X
    praised …"); that verb itself is still reached."""
    cache = doc.user_data.setdefault(_REACH_KEY, {})
    key = (time.start, time.end)
    found = cache.get(key)
    if found is None:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        found = cache[key] = frozenset() if span is None else _climb(span.root)
    return found  # type: ignore[no-any-return]


def _climb(token: Token) -> frozenset[int]:
    if token.dep_ == "poss":  # "welcomed last month's truce": the truce's time, not the welcome's
        return frozenset({token.i, token.head.i})
    if _since_of_a_noun(token):  # "the largest meeting since 1949" is not held in 1949
        return frozenset()
    reached = {token.i}
    while token.head.i != token.i:
        token = token.head
        reached.add(token.i)
        if is_clause_verb(token) and token.dep_ != "acl":
            break
    return frozenset(reached)


def _since_of_a_noun(token: Token) -> bool:
    """A time after "since" that measures a noun or adjective ("the first visit since
    2003", "the highest since March"): a span's start, not the day of what it qualifies."""
    word = token.head
    return token.dep_ == "pobj" and word.lower_ == "since" and word.head.pos_ in ("NOUN", "PROPN", "ADJ")


def _from_time(time: TimeExpr) -> EventDate:
    precision = time.precision or "day"
    if precision in POINT_PRECISIONS:
        return EventDate(_start_date(time), POINT_PRECISIONS[precision], time)
    return EventDate(_start_date(time), "range", time)


def _start_date(time: TimeExpr) -> dt.date | None:
    if time.range_start is not None:
        return time.range_start
    value = time.value or ""
    for size, pad in ((10, ""), (7, "-01"), (4, "-01-01")):
        if len(value) >= size and value[:size].replace("-", "").isdigit():
            try:
                return dt.date.fromisoformat(value[:size] + pad)
            except ValueError:
                return None
    return None

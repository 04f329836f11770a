"""Which way a relative date points: "on Wednesday" in a past-tense sentence is the
Wednesday before publication, in "will meet on Wednesday" the one after.

The direction is read from the verb that governs the expression in the parse: its
auxiliaries (will, has, was), its tense, and a few verbs whose dates lie ahead
whatever their tense ("scheduled", "set to"). The plain present ("accounts for 70%
as of February") says nothing either way: "present" lets the resolver take the
nearest occurrence. Without a verb, news reports the past.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Span, Token

from dyadwatch.times.lexicon import Lexicon

Direction = Literal["past", "present", "future"]
PRESENT_TAGS = frozenset({"VB", "VBZ", "VBP", "VBG"})
PERFECT = frozenset({"have", "has", "had", "'ve"})
BE_FORMS = frozenset({"is", "are", "am", "be", "'re"})
DEFAULT_DIRECTION: Direction = "past"


def infer_direction(doc: Doc, start: int, end: int, *, lexicon: Lexicon) -> Direction:
    """The direction of the expression at [start, end) of the Doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return DEFAULT_DIRECTION
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in lexicon.past_prepositions:
        return "past"
    verb = find_governing_verb(span.root)
    if verb is None:
        return DEFAULT_DIRECTION
    if before in lexicon.future_prepositions:
        return "past" if has_simple_past(verb) else "future"
    direction = read_verb_direction(verb, lexicon=lexicon)
    if direction != "past" and dates_past_act(span, direction, lexicon=lexicon):
        return "past"
    return "future" if direction == "past" and is_future_in_past(verb, lexicon=lexicon) else direction


# How a date attaches to the noun it dates: as a modifier ("a February blast",
# "Friday's killing") or through a preposition ("the attack in March", "on Friday").
MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "amod", "npadvmod"})
DATING_PREPOSITIONS = frozenset({"in", "on"})


def dates_past_act(span: Span, direction: Direction, *, lexicon: Lexicon) -> bool:
    """Whether the expression dates a noun of an act that has happened ("Hariri's killing
    in a February bomb blast", "investigators probing Friday's bombing"): such a date is
    the one before publication whatever the clause's tense, unless a word puts the act
    ahead ("a planned March attack"). A preposition's attachment is the parser's guess
    ("will launch an attack in March" may hang "in March" on the noun), so a future clause
    yields only to a modifier."""
    root = span.root
    if root.dep_ in MODIFIER_DEPS and root.head.i != root.i:
        noun = root.head
    elif direction != "future" and root.dep_ == "pobj" and root.head.lower_ in DATING_PREPOSITIONS:
        noun = root.head.head
    else:
        return False
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in lexicon.past_act_nouns:
        return False
    return not any(child.lower_ in lexicon.prospective_modifiers for child in noun.children)


def is_future_in_past(verb: Token, *, lexicon: Lexicon) -> bool:
    """A past-tense adverbial clause under a future main clause, by the sequence of
    tenses: "would be infused when they opened on Friday"."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    main = find_governing_verb(verb.head)
    if main is None:
        return False
    # only a main clause that says "will" or "would" ("would be infused when …"); a verb
    # that merely can look ahead ("the spat set off when Georgia arrested …") does not
    words = {child.lower_ for child in main.children if child.dep_ in ("aux", "auxpass")}
    return bool(words & lexicon.future_auxiliaries) and read_verb_direction(main, lexicon=lexicon) == "future"


def has_simple_past(verb: Token) -> bool:
    """Whether the verb or one it depends on is in the simple past ("remained closed
    until Friday", unlike "has kept them closed until Friday")."""
    for token in (verb, *verb.ancestors):
        if is_simple_past(token):
            return True
    return False


def is_simple_past(verb: Token) -> bool:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries)


# A word the parser tagged as a verb in a noun's place ("one of his field trips/VBZ to a
# unit on Thursday"): a noun, which leaves the time in the clause above it.
NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
FINITE_TAGS = frozenset({"VBZ", "VBP"})


def is_clause_verb(token: Token) -> bool:
    """A verb or auxiliary heading a clause, not a noun mistagged as a verb."""
    return token.pos_ in ("VERB", "AUX") and not (token.tag_ in FINITE_TAGS and token.dep_ in NOUN_DEPS)


def find_governing_verb(token: Token) -> Token | None:
    """The nearest verb up the dependency tree from `token`, None if there is none."""
    while not is_clause_verb(token):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def read_verb_direction(verb: Token, *, lexicon: Lexicon, depth: int = 0) -> Direction:
    """Future for modal or scheduling verbs, past for past and perfect forms;
    infinitives and bare gerunds take the direction of the verb they depend on."""
    words = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if words & lexicon.future_auxiliaries and not words & PERFECT:
        return "future"
    if is_simple_past(verb):
        return "past"
    if verb.lemma_ in lexicon.future_verbs:
        return "future"
    if words & PERFECT:
        return "past"
    if is_dependent_form(verb, words) and depth < 3:
        return read_dependent_direction(verb, lexicon=lexicon, depth=depth)
    return read_present_direction(verb, words, lexicon=lexicon)


def read_present_direction(verb: Token, auxiliaries: set[str], *, lexicon: Lexicon) -> Direction:
    """A verb in no past form: a participle alone reports the past ("figures released
    April 3"), so does a reporting verb ("Apple says Monday"); a base form looks ahead
    ("Markets to remain closed"); the rest is the plain present."""
    if verb.tag_ not in PRESENT_TAGS and not auxiliaries & BE_FORMS:
        return "past"
    if verb.lemma_ in lexicon.reporting_verbs:
        return "past"
    return "future" if verb.tag_ == "VB" else "present"


def is_dependent_form(verb: Token, auxiliaries: set[str]) -> bool:
    """An infinitive ("to meet", "to be held") or a gerund without "is" ("after meeting")."""
    return "to" in auxiliaries or (verb.tag_ == "VBG" and not auxiliaries)


def read_dependent_direction(verb: Token, *, lexicon: Lexicon, depth: int) -> Direction:
    """The direction of the verb an infinitive or gerund depends on; future when that
    verb looks ahead ("plans to meet"), when the infinitive qualifies a noun ("an event
    to be held"), or when there is no verb (a headline: "Markets to remain closed")."""
    if verb.head.i != verb.i and verb.head.pos_ in ("NOUN", "PROPN") and verb.tag_ != "VBG":
        return "future"  # an infinitive after a noun: "an event to be held on Friday"
    head = find_governing_verb(verb.head) if verb.head.i != verb.i else None
    if head is None or head.i == verb.i:
        return "future" if verb.tag_ == "VB" else DEFAULT_DIRECTION
    # "agreed to meet on Friday" looks ahead; "after carrying out a test on Oct. 9, it
    # agreed …" does not: only the verb's own complement takes its forward look
    if head.lemma_ in lexicon.future_verbs and verb.head.i == head.i and verb.dep_ != "advcl":
        return "future"
    return read_verb_direction(head, lexicon=lexicon, depth=depth + 1)

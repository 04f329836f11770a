"""How the text presents an event: denied, conditional, announced. PLOVER's auxiliary
modes, read off the trigger's auxiliaries and the verbs it depends on."""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.records import EventAux

FUTURE_AUX = frozenset({"will", "shall", "would", "'ll"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "can", "must"})
INTENT_VERBS = frozenset(
    {"plan", "intend", "vow", "pledge", "promise", "agree", "expect", "seek", "hope", "want", "aim", "prepare",
     "offer", "propose", "decide", "consider", "threaten", "be", "ready", "willing", "prepared", "eager", "set"}
)
REFUSAL_VERBS = frozenset({"refuse", "fail", "decline", "reject", "deny"})
# What someone asks, orders or threatens to do has not happened: the request or the
# threat is the event.
REQUEST_VERBS = frozenset(
    {"urge", "ask", "demand", "call", "press", "appeal", "order", "request", "push", "plead", "insist", "threaten", "warn"}
)
# Verbs that ask only with an infinitive ("told Iran to stop", not "was told that …").
ASKING_WITH_INFINITIVE = frozenset(
    {"pressure", "pressurize", "pressurise", "encourage", "advise", "instruct", "tell", "beg", "exhort", "implore"}
)
# What someone is accused of ("accused the US of violating human rights") is alleged:
# the accusation is the event.
ALLEGING_VERBS = frozenset({"accuse", "charge", "suspect", "blame", "indict", "convict", "allege", "fault"})
REQUEST_NOUNS = frozenset({"demand", "call", "request", "appeal", "plea", "ultimatum", "order", "petition"})
# "is ready to", "is willing to": willingness, which the manual codes AGREE (§3.1).
WILLINGNESS_WORDS = frozenset({"ready", "willing", "prepared", "eager", "open"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})


def is_requested(trigger: Token) -> bool:
    """An action only asked for, threatened or alleged ("urged Russia to withdraw", "said
    Libya must hand over", "threatened to cut ties", "its demand that Israel ease …",
    "renewed its call on Serbia to release …", "accused Iran of arming rebels")."""
    if _asked_for(trigger) or _alleged(trigger):
        return True
    verb = _clause_verb(trigger)
    if any(child.dep_ == "aux" and child.lower_ in OBLIGATION_AUX for child in verb.children):
        return True
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in REQUEST_VERBS:
        return True
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ASKING_WITH_INFINITIVE:
        return True
    if verb.dep_ in ("acl", "ccomp", "advcl") and head.pos_ == "NOUN" and head.lemma_.lower() in REQUEST_NOUNS:
        return True
    # the parser may hang the demand's clause on the verb whose object the demand is
    clause = verb.dep_ == "ccomp" or (verb.dep_ == "advcl" and any(child.tag_ == "TO" for child in verb.children))
    return clause and any(o.dep_ == "dobj" and o.lemma_.lower() in REQUEST_NOUNS for o in head.children)


def _asked_for(noun: Token) -> bool:
    """"demanded Russia's withdrawal", "called for the release of …": a nominal act
    that is the object of a request."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in REQUEST_VERBS


def _alleged(trigger: Token) -> bool:
    """"accused the United States of violating human rights, ignoring international law":
    an act in the "of" or "for" complement of an accusation."""
    verb = _clause_verb(trigger)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    prep = verb.head if verb.dep_ in ("pcomp", "pobj") else None
    return prep is not None and prep.lower_ in ("of", "for") and prep.head.lemma_.lower() in ALLEGING_VERBS


def expresses_willingness(trigger: Token) -> bool:
    """"is willing to withdraw", "said it was ready to send aid"."""
    verb = _clause_verb(trigger)
    return verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lemma_.lower() in WILLINGNESS_WORDS


def is_condition(trigger: Token) -> bool:
    """The act an "if" or "unless" clause states ("if France expels its ambassador"): a
    condition, not a threat by its actor."""
    verb = _clause_verb(trigger)
    return any(child.dep_ == "mark" and child.lower_ in CONDITION_MARKS for child in verb.children)


def read_aux(trigger: Token) -> EventAux:
    verb = _clause_verb(trigger)
    if verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        # "plans to cut gas and impose tariffs": a verb sharing its head's subject and
        # auxiliaries shares its modality ("did not cut gas or impose tariffs")
        verb = verb.head
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    negated = any(child.dep_ == "neg" for child in verb.children) or _under(verb, REFUSAL_VERBS)
    conditional = is_condition(trigger)
    future = bool(aux & FUTURE_AUX) or _going_to(verb) or _under(verb, INTENT_VERBS)
    hypothetical = bool(aux & HYPOTHETICAL_AUX) or conditional
    return EventAux(negated=negated, hypothetical=hypothetical, future=future and not hypothetical)


def _clause_verb(trigger: Token) -> Token:
    """A noun trigger takes the modality of the verb it belongs to ("will impose sanctions")."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass", "attr", "nsubj"):
        return trigger.head
    return trigger


def _under(verb: Token, lemmas: frozenset[str]) -> bool:
    """"refused to meet", "plans to visit", "denied supplying": an infinitive or gerund
    under such a verb."""
    return verb.dep_ in ("xcomp", "pcomp") or (verb.dep_ == "dobj" and verb.pos_ == "VERB") if verb.head.lemma_.lower() in lemmas else False


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and any(c.dep_ == "aux" for c in head.children)

"""How the text presents an event: denied, conditional, announced. PLOVER's auxiliary
modes, read off the trigger's auxiliaries and the verbs it depends on."""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.records import EventAux

FUTURE_AUX = frozenset({"will", "shall", "would", "'ll"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "can", "must"})
INTENT_VERBS = frozenset(
    {"plan", "intend", "vow", "pledge", "promise", "agree", "expect", "seek", "hope", "want", "aim", "prepare",
     "offer", "propose", "decide", "consider", "threaten", "be", "ready", "willing", "prepared", "eager", "set", "commit"}
)
REFUSAL_VERBS = frozenset({"refuse", "fail", "decline", "reject", "deny", "unable"})
# What someone asks, orders or threatens to do has not happened: the request or the
# threat is the event.
REQUEST_VERBS = frozenset(
    {"urge", "ask", "demand", "call", "press", "appeal", "order", "request", "push", "plead", "insist", "threaten", "warn"}
)
# Verbs that ask only with an infinitive ("told Iran to stop", not "was told that …").
ASKING_WITH_INFINITIVE = frozenset(
    {"pressure", "pressurize", "pressurise", "encourage", "advise", "instruct", "tell", "beg", "exhort", "implore",
     "want", "wish"}
)
# Nouns whose "under which" clause states terms, not acts.
TERMS_NOUNS = frozenset(
    {"proposal", "plan", "deal", "agreement", "accord", "treaty", "initiative", "offer", "resolution", "draft",
     "roadmap", "framework", "arrangement", "formula", "pact", "scheme", "bill", "law"}
)
# What a proposal, plan or resolution "aims", "seeks" or "calls" to do is its content.
AIM_VERBS = frozenset({"aim", "seek", "intend", "call", "urge", "demand", "propose", "envisage", "require", "provide"})
# Verbs that ask only with a clause of its own subject ("proposed that North Korea
# suspend its tests"); "proposed to hold talks" is an offer (AGREE).
ASKING_WITH_CLAUSE = frozenset({"propose", "suggest", "recommend", "advocate"})
# What someone is accused of ("accused the US of violating human rights") is alleged:
# the accusation is the event.
ALLEGING_VERBS = frozenset({"accuse", "charge", "suspect", "blame", "indict", "convict", "allege", "fault"})
REQUEST_NOUNS = frozenset({"demand", "call", "request", "appeal", "plea", "ultimatum", "order", "petition"})
# "is ready to", "is willing to": willingness, which the manual codes AGREE (§3.1).
WILLINGNESS_WORDS = frozenset({"ready", "willing", "prepared", "eager", "open"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# "a possible meeting", "a planned visit": what a noun's modifier says of the act.
HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "hypothetical", "eventual", "prospective"})
FUTURE_MODIFIERS = frozenset({"planned", "proposed", "scheduled", "upcoming", "forthcoming", "expected", "impending"})
NONFINITE_TAGS = frozenset({"VB", "VBN", "VBG"})


def is_requested(trigger: Token) -> bool:
    """An action only asked for, threatened or alleged ("urged Russia to withdraw", "said
    Libya must hand over", "threatened to cut ties", "its demand that Israel ease …",
    "renewed its call on Serbia to release …", "accused Iran of arming rebels")."""
    if _asked_for(trigger) or _alleged(trigger) or _terms(trigger):
        return True
    verb = _shared_clause(_clause_verb(trigger))
    if any(child.dep_ == "aux" and child.lower_ in OBLIGATION_AUX for child in verb.children):
        return True
    return _under_asking_verb(verb) or _under_request_noun(verb)


def _shared_clause(verb: Token) -> Token:
    """"demanded that Russia reverse its decisions and withdraw its forces": a verb
    coordinated without a subject of its own stands where its first conjunct does."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def _under_asking_verb(verb: Token) -> bool:
    lemma = verb.head.lemma_.lower()
    return (
        (verb.dep_ in ("xcomp", "ccomp") and lemma in REQUEST_VERBS)
        or (verb.dep_ == "xcomp" and lemma in ASKING_WITH_INFINITIVE)
        or (verb.dep_ == "ccomp" and lemma in ASKING_WITH_INFINITIVE and any(c.tag_ == "TO" for c in verb.children))
        or (verb.dep_ == "ccomp" and lemma in ASKING_WITH_CLAUSE)
    )


def _under_request_noun(verb: Token) -> bool:
    """"its demand that Israel ease …", "calls for it to withdraw", and the same clause
    hung by the parser on the verb whose object the demand is ("reiterated its demand
    that …", "renewed its call on Serbia to release …")."""
    head = verb.head
    if verb.dep_ in ("acl", "ccomp", "advcl") and head.pos_ == "NOUN" and head.lemma_.lower() in REQUEST_NOUNS:
        return True
    clause = verb.dep_ == "ccomp" or (verb.dep_ == "advcl" and any(child.tag_ == "TO" for child in verb.children))
    return clause and any(o.dep_ == "dobj" and o.lemma_.lower() in REQUEST_NOUNS for o in head.children)


def _asked_for(noun: Token) -> bool:
    """"demanded Russia's withdrawal", "called for the release of …": a nominal act
    that is the object of a request."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in REQUEST_VERBS


def _terms(trigger: Token) -> bool:
    """"a joint proposal under which North Korea would suspend its tests while the
    United States suspended its exercises": the terms of a proposal or deal, not acts."""
    verb = _clause_verb(trigger)
    for _ in range(3):  # the terms clause, or a clause inside it
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in TERMS_NOUNS and _under_which(verb):
            return True
        if (verb.dep_ in ("xcomp", "ccomp") and verb.head.dep_ in ("relcl", "acl")
                and verb.head.lemma_.lower() in AIM_VERBS and verb.head.head.lemma_.lower() in TERMS_NOUNS):
            return True  # "a resolution that aims to tighten sanctions": what a text is for
        if verb.dep_ not in ("advcl", "conj", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _under_which(clause: Token) -> bool:
    return any(
        (child.dep_ == "prep" and child.lower_ == "under" and any(w.lower_ == "which" for w in child.children))
        or child.lower_ == "whereby"
        for child in clause.children
    )


def _alleged(trigger: Token) -> bool:
    """"accused the United States of violating human rights, ignoring international law":
    an act in the "of" or "for" complement of an accusation."""
    verb = _shared_clause(_clause_verb(trigger))
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
    for _ in range(3):  # "if it is unable to agree": the condition's mark sits on the clause above
        if any(child.dep_ == "mark" and child.lower_ in CONDITION_MARKS for child in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def read_aux(trigger: Token) -> EventAux:
    verb = _clause_verb(trigger)
    if verb.dep_ == "conj" and verb.tag_ in NONFINITE_TAGS and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        # "plans to cut gas and impose tariffs", "did not cut gas or impose tariffs": a
        # bare verb sharing its head's subject and auxiliaries shares its modality; a
        # finite one has its own ("did not rule out talks and criticised the West")
        verb = verb.head
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    negated = any(child.dep_ == "neg" for child in verb.children) or _under(verb, REFUSAL_VERBS) or _not_able(verb)
    conditional = is_condition(trigger)
    modifiers = {child.lower_ for child in trigger.children if child.dep_ == "amod"} if trigger.pos_ == "NOUN" else set()
    future = (bool(aux & FUTURE_AUX) or _going_to(verb) or _under(verb, INTENT_VERBS) or bool(modifiers & FUTURE_MODIFIERS)
              or _ahead_of(trigger))
    hypothetical = bool(aux & HYPOTHETICAL_AUX) or conditional or bool(modifiers & HYPOTHETICAL_MODIFIERS)
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


def _ahead_of(noun: Token) -> bool:
    """"… comes ahead of December 21 talks", "before next week's summit": a meeting
    that has not happened yet."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return (prep.lower_ == "of" and prep.head.lower_ == "ahead") or prep.lower_ in ("before", "ahead")


def _not_able(verb: Token) -> bool:
    """"have not been able to agree": the negation sits on the copula of "able"."""
    able = verb.head if verb.dep_ == "xcomp" else None
    if able is None or able.lower_ != "able":
        return False
    copula = able.head if able.dep_ == "acomp" else able
    return any(child.dep_ == "neg" for child in (*able.children, *copula.children))


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and any(c.dep_ == "aux" for c in head.children)

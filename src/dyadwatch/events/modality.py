"""How the text presents an event: denied, conditional, announced. PLOVER's auxiliary
modes, read off the trigger's auxiliaries and the verbs it depends on."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from dyadwatch.datafiles import DataModel, read_data_file
from dyadwatch.events.roles import causing_verb, clause_verb, denied_intention, scene_verb
from dyadwatch.records import EventAux

NONFINITE_TAGS = frozenset({"VB", "VBN", "VBG"})


class ModalityWords(DataModel):
    """`data/events/modality.toml`: the words auxiliary modes are read by (each list is documented there)."""

    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    allegation_nouns: frozenset[str] = frozenset()
    intent_verbs: frozenset[str]
    prospective_prepositions: frozenset[str]
    refusal_verbs: frozenset[str]
    request_verbs: frozenset[str]
    asking_with_infinitive: frozenset[str]
    wanting_verbs: frozenset[str]
    terms_nouns: frozenset[str]
    aim_verbs: frozenset[str]
    asking_with_clause: frozenset[str]
    alleging_verbs: frozenset[str]
    request_nouns: frozenset[str]
    wish_nouns: frozenset[str]
    willingness_words: frozenset[str]
    intent_denying_verbs: frozenset[str]
    refusing_modals: frozenset[str]
    unwillingness_words: frozenset[str]
    obligation_aux: frozenset[str]
    condition_marks: frozenset[str]
    consequence_marks: frozenset[str]
    ability_words: frozenset[str]
    continuing_verbs: frozenset[str]
    promise_reporting_verbs: frozenset[str]
    negating_prepositions: frozenset[str]
    knowing_verbs: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    future_modifiers: frozenset[str]
    hypothetical_heads: frozenset[str]
    habit_adverbs: frozenset[str]
    frequency_determiners: frozenset[str]
    frequency_nouns: frozenset[str]
    generic_determiners: frozenset[str]
    unrealized_cause_marks: frozenset[str]
    purpose_prepositions: frozenset[str]
    journey_purpose_verbs: frozenset[str]
    future_copula_words: frozenset[str]
    presence_words: frozenset[str]


@functools.cache
def load_modality_words() -> ModalityWords:
    return read_data_file("events/modality.toml", ModalityWords)


def is_requested(trigger: Token) -> bool:
    """An action only asked for, threatened or alleged ("urged Russia to withdraw", "said
    Libya must hand over", "threatened to cut ties", "its demand that Israel ease …",
    "renewed its call on Serbia to release …", "accused Iran of arming rebels")."""
    if _asked_for(trigger) or _alleged(trigger) or _terms(trigger):
        return True
    verb = _shared_clause(_clause_verb(trigger))
    if _prospective(verb):  # "urged Beijing to work towards restoring ties": what the verb aims at is asked too
        verb = _shared_clause(verb.head.head)
    if any(child.dep_ == "aux" and obliges(child) for child in verb.children):
        return True
    chain = verb
    while chain.dep_ == "xcomp" and chain.head.i != chain.i and chain.head.pos_ in ("VERB", "AUX"):
        chain = chain.head  # "his wish for Japan to continue boosting relations": the act the wish is of
    return _under_asking_verb(verb) or _under_request_noun(verb) or (chain.i != verb.i and _under_request_noun(chain))


def obliges(aux: Token) -> bool:
    """"Iran must stop", "Syria should withdraw": an auxiliary of `obligation_aux` saying
    what its clause's subject is to do. Not one put before that subject: "should such a
    regime acquire the bomb", "should Iran refuse, …" state a condition (as "if Iran
    refused"), and "must Iran wait?" asks (`inverted`)."""
    return aux.lower_ in load_modality_words().obligation_aux and not inverted(aux)


def inverted(aux: Token) -> bool:
    """Does the auxiliary stand before its clause's subject ("should Iran refuse", "had
    Iran agreed")? The order of a condition without "if", or of a question."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in aux.head.children)


def _shared_clause(verb: Token) -> Token:
    """"demanded that Russia reverse its decisions and withdraw its forces": a verb
    coordinated without a subject of its own stands where its first conjunct does."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def _under_asking_verb(verb: Token) -> bool:
    """The act a request asks for: "urged Iran to stop", "demanded that Russia withdraw",
    and a "for X to V" clause ("called for Israel to halt its offensive": the parser makes
    it an adverbial clause marked "for")."""
    words = load_modality_words()
    lemma = verb.head.lemma_.lower()
    return (
        (verb.dep_ in ("xcomp", "ccomp") and lemma in words.request_verbs)
        or (verb.dep_ == "advcl" and lemma in words.request_verbs
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in verb.children))
        or (verb.dep_ == "xcomp" and lemma in words.asking_with_infinitive)
        or (verb.dep_ == "ccomp" and lemma in words.asking_with_infinitive | words.wanting_verbs
            and any(c.tag_ == "TO" for c in verb.children))
        or (verb.dep_ == "ccomp" and lemma in words.asking_with_clause)
    )


def _under_request_noun(verb: Token) -> bool:
    """"its demand that Israel ease …", "calls for it to withdraw", and the same clause
    hung by the parser on the verb whose object the demand is ("reiterated its demand
    that …", "renewed its call on Serbia to release …")."""
    words = load_modality_words()
    nouns = words.request_nouns | words.wish_nouns
    head = verb.head
    # "the call for Syria to withdraw": the parser may make the for-clause a relative clause
    marked_for = verb.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in verb.children)
    if (verb.dep_ in ("acl", "ccomp", "advcl") or marked_for) and head.pos_ == "NOUN" and head.lemma_.lower() in nouns:
        return True
    clause = verb.dep_ == "ccomp" or (verb.dep_ == "advcl" and any(child.tag_ == "TO" for child in verb.children))
    return clause and any(o.dep_ == "dobj" and o.lemma_.lower() in nouns for o in head.children)


def _asked_for(noun: Token) -> bool:
    """"demanded Russia's withdrawal", "called for the release of …": a nominal act
    that is the object of a request."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in load_modality_words().request_verbs


def _terms(trigger: Token) -> bool:
    """"a joint proposal under which North Korea would suspend its tests while the
    United States suspended its exercises", "a contract to import wheat": the terms of a
    proposal or deal, not acts; not a plan its holder denies having ("has no plans to
    resume talks": a refusal, `denied_intent`)."""
    words = load_modality_words()
    verb = _clause_verb(trigger)
    if denied_intention(verb) is not None:
        return False
    for _ in range(3):  # the terms clause, or a clause inside it
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in words.terms_nouns and _under_which(verb):
            return True
        if _deal_infinitive(verb, words.terms_nouns):
            return True  # "signed a contract to import wheat from Kazakhstan": what the deal is for
        if (verb.dep_ in ("xcomp", "ccomp") and verb.head.dep_ in ("relcl", "acl")
                and verb.head.lemma_.lower() in words.aim_verbs and verb.head.head.lemma_.lower() in words.terms_nouns):
            return True  # "a resolution that aims to tighten sanctions": what a text is for
        if verb.dep_ not in ("advcl", "conj", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _deal_infinitive(verb: Token, nouns: frozenset[str]) -> bool:
    """An infinitive on a terms noun ("a contract to import wheat"), or on the verb whose
    object that noun is ("signed a contract with Kazakhstan to import wheat")."""
    if not any(child.tag_ == "TO" for child in verb.children):
        return False
    if verb.dep_ == "acl":
        return verb.head.lemma_.lower() in nouns
    return verb.dep_ == "advcl" and any(o.dep_ == "dobj" and o.lemma_.lower() in nouns for o in verb.head.children)


def _under_which(clause: Token) -> bool:
    return any(
        (child.dep_ == "prep" and child.lower_ == "under" and any(w.lower_ == "which" for w in child.children))
        or child.lower_ == "whereby"
        for child in clause.children
    )


def _alleged(trigger: Token) -> bool:
    """"accused the United States of violating human rights, ignoring international law":
    an act in the "of" or "for" complement of an accusation; "charges that British troops
    raped Kenyan women": an act in the that-clause of an allegation noun."""
    words = load_modality_words()
    verb = _shared_clause(_clause_verb(trigger))
    prep = verb.head if verb.dep_ in ("pcomp", "pobj") else None
    return (prep is not None and prep.lower_ in ("of", "for") and prep.head.lemma_.lower() in words.alleging_verbs
            or _in_allegation_clause(_clause_verb(trigger)))


def expresses_willingness(trigger: Token) -> bool:
    """"is willing to withdraw", "said it was ready to send aid"."""
    words = load_modality_words()
    verb = _clause_verb(trigger)
    return verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lemma_.lower() in words.willingness_words


def denied_intent(verb: Token) -> bool:
    """"is not ready to accept", "was not willing to suspend", "is unwilling to lift",
    "does not intend to resume talks", "has no intention of holding talks", "is not in a
    position to approve": an infinitive under a denied willingness, intention or position
    (data: willingness_words, unwillingness_words, intent_denying_verbs; the nouns:
    roles.denied_intention) is refused, not offered."""
    words = load_modality_words()
    head = verb.head
    if head.i == verb.i:
        return False
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ":
        lemma = head.lemma_.lower()
        copula = head.head if head.dep_ == "acomp" else head
        return lemma in words.unwillingness_words or (lemma in words.willingness_words and any(
            c.dep_ == "neg" for c in (*head.children, *copula.children)))
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in words.intent_denying_verbs and any(c.dep_ == "neg" for c in head.children)
    return denied_intention(verb) is not None


def denied_ability(trigger: Token) -> bool:
    """"Israel cannot accept the demand", "said it could not recognize the vote": a
    stance denied under a modal of ability (data: refusing_modals) is refused now, not
    only possibly; not in a condition ("if Iran cannot accept …")."""
    verb = _clause_verb(trigger)
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (bool(modals & load_modality_words().refusing_modals) and any(c.dep_ == "neg" for c in verb.children)
            and not is_condition(trigger))


def is_condition(trigger: Token) -> bool:
    """The act an "if" or "unless" clause states ("if France expels its ambassador"): a
    condition, not a threat by its actor."""
    words = load_modality_words()
    verb = _clause_verb(trigger)
    for _ in range(3):  # "if it is unable to agree": the condition's mark sits on the clause above
        if any(child.dep_ == "mark" and child.lower_ in words.condition_marks for child in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def is_consequence(trigger: Token) -> bool:
    """The act an "if" clause hangs on ("If Iran refuses, the EU will hold a summit"):
    it happens only on that condition (data: consequence_marks) — unless a party says it
    will do it, which is a conditional promise made now (data: promise_reporting_verbs)."""
    words = load_modality_words()
    verb = _clause_verb(trigger)
    for _ in range(4):  # a noun in a phrase ("on the agenda of a summit") takes its clause's verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(3):  # "is expected to go on the agenda": the "if" sits on the clause above
        if any(clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words.consequence_marks for m in clause.children)
               for clause in verb.children):
            # "said they would meet the mediator if he gave them a veto": a promise made now, on a condition
            return not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in words.promise_reporting_verbs)
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def read_aux(trigger: Token) -> EventAux:
    words = load_modality_words()
    verb = _clause_verb(trigger)
    aside = set_aside(verb)
    if verb.dep_ == "conj" and verb.tag_ in NONFINITE_TAGS and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        # "plans to cut gas and impose tariffs", "did not cut gas or impose tariffs": a
        # bare verb sharing its head's subject and auxiliaries shares its modality; a
        # finite one has its own ("did not rule out talks and criticised the West")
        verb = verb.head
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    denied = denied_intent(verb)
    negated = (any(child.dep_ == "neg" for child in verb.children) or _under(verb, words.refusal_verbs)
               or _not_able(verb) or aside or _not_known_to(verb) or denied)
    conditional = is_condition(trigger)
    modifiers = {child.lower_ for child in trigger.children if child.dep_ == "amod"} if trigger.pos_ == "NOUN" else set()
    future = (_future_clause(verb, aux) or (_purpose(verb) and _future_clause(verb.head)) or _prospective(verb)
              or bool(modifiers & words.future_modifiers) or _ahead_of(trigger) or _due(verb) or denied)
    hypothetical = (bool(aux & words.hypothetical_aux) or conditional or bool(modifiers & words.hypothetical_modifiers)
                    or _only_possible(trigger) or _only_able(verb) or _not_known_to(verb) or _has_to(verb)
                    or no_occurrence(trigger) or _caused_not_done(_act_verb(trigger, verb)))
    if (scene := scene_verb(trigger)) is not None:
        # "will sign the accord at a meeting next week", "could agree at talks in Geneva": a
        # talk setting the scene of a verb is as much to come or as uncertain as the verb's
        # own auxiliaries make it; not negated with it ("failed to reach an accord at a
        # meeting": they met all the same), nor to come by an aim ("sought to break the
        # deadlock during talks": the talks were held)
        told = {child.lower_ for child in scene.children if child.dep_ in ("aux", "auxpass")}
        hypothetical = hypothetical or bool(told & words.hypothetical_aux)
        future = future or bool(told & words.future_aux) or _going_to(scene)
    return EventAux(negated=negated, hypothetical=hypothetical, future=future and not hypothetical)


def _in_allegation_clause(verb: Token) -> bool:
    """"charges that British troops raped Kenyan women": a clause opened by "that" on an
    allegation noun (data: allegation_nouns) tells what is alleged, not what was done."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return (clause.dep_ in ("acl", "ccomp", "appos") and clause.head.pos_ == "NOUN"
            and clause.head.lemma_.lower() in load_modality_words().allegation_nouns
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children))


def _act_verb(trigger: Token, verb: Token) -> Token:
    """The verb an act is told by: a noun's in a phrase ("induce Pyongyang to come to the
    table for talks": come), else the clause's."""
    if verb.pos_ in ("NOUN", "PROPN") and (found := clause_verb(verb)) is not None:
        return found
    return verb


def _caused_not_done(verb: Token) -> bool:
    """"aimed at forcing him to step down", "in a bid to induce Pyongyang to come to the
    table", "would be obliged to offer", "until sanctions force Saddam to withdraw": an act
    a verb of causing makes someone do (roles.causing_verb) happened only if the causing
    did; caused in an infinitive, a gerund after a preposition, under an auxiliary of
    what is to come or may be, negated, or in a clause of condition or of time to come
    (data: unrealized_cause_marks), it did not."""
    cause = causing_verb(verb)
    if cause is None:
        return False
    words = load_modality_words()
    aux = {c.lower_ for c in cause.children if c.dep_ in ("aux", "auxpass")}
    marks = {c.lower_ for c in cause.children if c.dep_ == "mark"}
    infinitive = cause.tag_ == "VB" and not aux & {"do", "does", "did"}
    gerund = cause.tag_ == "VBG" and cause.dep_ in ("pcomp", "xcomp")
    return (infinitive or gerund or bool(aux & (words.future_aux | words.hypothetical_aux))
            or bool(marks & words.unrealized_cause_marks) or any(c.dep_ == "neg" for c in cause.children))


def no_occurrence(trigger: Token) -> bool:
    """An act told as a habit ("usually supports", "visits Baghdad every two months") or
    named generically ("any Israeli attack"): no act that happened, so hypothetical; its
    type stays (not a threat, nor a promise)."""
    return is_habitual(_clause_verb(trigger)) or is_generic(trigger)


def is_generic(trigger: Token) -> bool:
    """"respond to any Israeli attack", "condemn every attack on civilians", "no new
    offers": a noun act under a generic determiner (data: generic_determiners)."""
    return trigger.pos_ == "NOUN" and any(
        child.dep_ == "det" and child.lower_ in load_modality_words().generic_determiners for child in trigger.children)


def is_habitual(verb: Token) -> bool:
    """"which usually supports the LDP", "China often criticises Japan", "is regularly
    accused of", "visits Baghdad every two months": a simple-present verb with an adverb
    of frequency (data: habit_adverbs) or an "every"/"each" time phrase (data:
    frequency_determiners, frequency_nouns). A verb coordinated without a subject of its
    own shares its head's ("usually supports X and backs Y")."""
    if verb.pos_ not in ("VERB", "AUX") or not _simple_present(verb):
        return False
    words = load_modality_words()
    for clause in (verb, _shared_clause(verb)):
        for child in clause.children:
            if child.dep_ == "advmod" and child.lower_ in words.habit_adverbs:
                return True
            if (child.dep_ in ("npadvmod", "advmod", "obl") and child.lemma_.lower() in words.frequency_nouns
                    and any(d.dep_ == "det" and d.lower_ in words.frequency_determiners for d in child.children)):
                return True
    return False


def _simple_present(verb: Token) -> bool:
    """"supports", "support", "does support", "is accused": present, neither perfect,
    progressive, modal nor past."""
    aux = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in ("VBZ", "VBP")
    return all(a.tag_ in ("VBZ", "VBP") and a.lemma_.lower() in ("do", "be") for a in aux) and not (
        verb.tag_ == "VBG")


def named_as_possible(trigger: Token) -> bool:
    """"possible UN sanctions", "the prospect of sanctions", "the possibility that Israel
    might attack": an act only named as a possibility, which no party commits to (not a
    threat, §3.11)."""
    words = load_modality_words()
    modifiers = {child.lower_ for child in trigger.children if child.dep_ == "amod"} if trigger.pos_ == "NOUN" else set()
    if modifiers & words.hypothetical_modifiers or _only_possible(trigger):
        return True
    verb = _clause_verb(trigger)
    head = verb.head
    return (verb.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in words.hypothetical_heads
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children))


def _not_known_to(verb: Token) -> bool:
    """"not proven to have supported", "was not known to have attacked": an infinitive
    under a negated verb of knowing (data: knowing_verbs) is told neither as done nor as
    not done: negated and hypothetical both, so that it is read as no act, and neither as
    a refusal nor as a threat."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in load_modality_words().knowing_verbs
            and any(child.dep_ == "neg" for child in head.children))


def _has_to(verb: Token) -> bool:
    """"reforms that will have to be approved", "Iran has to stop": an act one has to do,
    as with "must" (hypothetical_aux); not "had to withdraw", told as done."""
    head = verb.head
    # "to" right after "have": not "have dialogue … to push forward cooperation"
    return (verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() == "have" and head.tag_ in ("VB", "VBP", "VBZ")
            and any(child.dep_ == "aux" and child.lower_ == "to" and child.i == head.i + 1 for child in verb.children))


def _only_possible(trigger: Token) -> bool:
    """"hopes of direct talks", "the prospect of sanctions": a noun act named under a
    noun of possibility (data: hypothetical_heads)."""
    prep = trigger.head
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or prep.lower_ not in ("of", "for"):
        return False
    return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in load_modality_words().hypothetical_heads


def set_aside(verb: Token) -> bool:
    """"instead of blaming", "rather than attacking", "without criticizing": a gerund
    after a negating preposition (data: negating_prepositions)."""
    if verb.dep_ == "pcomp":
        prep = verb.head
    elif verb.dep_ == "conj" and verb.i > 0 and verb.doc[verb.i - 1].head.i == verb.head.i:
        prep = verb.doc[verb.i - 1]  # "summoned the envoy rather than expelling …": parsed as a conjunct
    else:
        return False
    adverbs = [c.lower_ for c in prep.children if c.dep_ == "advmod"]
    said = {prep.lower_} | {f"{adverb} {prep.lower_}" for adverb in adverbs}
    return bool(said & load_modality_words().negating_prepositions)


def _future_clause(verb: Token, aux: set[str] | None = None) -> bool:
    """"will meet", "is going to meet", "plans to meet", "were to depart", "will
    continue to support"."""
    words = load_modality_words()
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} if aux is None else aux
    return bool(aux & words.future_aux) or _going_to(verb) or _under(verb, words.intent_verbs)


def continued_future(verb: Token) -> bool:
    """"will continue to support China", "will keep supporting the talks": an act carried on
    under a verb of continuing (data: continuing_verbs) is to come when that verb is;
    "continued to support" (past) is done. The coder reads it for cooperation only (a
    promise, §3.1): "would continue to protest" tells of protests going on."""
    verb = _clause_verb(verb)
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in load_modality_words().continuing_verbs:
        return False
    return _future_clause(head)


def _prospective(verb: Token) -> bool:
    """"would move towards cutting off supplies", "is working toward restoring ties": a
    gerund after a preposition of aim (data: prospective_prepositions) on a verb is still
    to come."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ in load_modality_words().prospective_prepositions
            and prep.head.pos_ in ("VERB", "AUX"))


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose ("depart for Havana to meet officials"): it happens if its head does."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _clause_verb(trigger: Token) -> Token:
    """A noun trigger takes the modality of the verb it belongs to ("will impose sanctions"),
    an adjective that of the "be" it follows."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass", "attr", "nsubj"):
        return trigger.head
    if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp":  # "was not satisfied with": that of its "be"
        return trigger.head
    if (journey := _journey_for(trigger)) is not None:
        return journey
    return trigger


def _journey_for(noun: Token) -> Token | None:
    """"will be in Rome next week for talks", "was not in Paris for talks", "will go to
    Cairo for a meeting": the verb of being (in a place: presence_words) or going
    somewhere whose purpose the noun names (data: purpose_prepositions,
    journey_purpose_verbs); None otherwise."""
    words = load_modality_words()
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ not in words.purpose_prepositions:
        return None
    verb = prep.head
    if verb.i == prep.i or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words.journey_purpose_verbs:
        return None
    # "is due in London": the place may hang on the copula's complement
    placed = [c for w in (verb, *(a for a in verb.children if a.dep_ == "acomp")) for c in w.children]
    if verb.lemma_.lower() == "be" and not any(c.dep_ in ("prep", "advmod") and c.lower_ in words.presence_words
                                               for c in placed):
        return None  # "will be of importance for the meetings": no place, no journey
    return verb


def _due(verb: Token) -> bool:
    """"is due in Rome for talks": a copula whose complement says the act is to come
    (data: future_copula_words)."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in load_modality_words().future_copula_words for c in verb.children)


def _under(verb: Token, lemmas: frozenset[str]) -> bool:
    """"refused to meet", "plans to visit", "denied supplying": an infinitive or gerund
    under such a verb."""
    if verb.head.lemma_.lower() not in lemmas:
        return False
    if verb.head.lemma_.lower() == "be" and any(c.dep_ == "attr" for c in verb.head.children):
        return False  # "was one of three countries to send troops", "was the first to …": done, not to come
    # the parser attaches some infinitives as adverbial clauses ("was expected later in the
    # day to meet survivors")
    infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.dep_ in ("xcomp", "pcomp") or (verb.dep_ == "dobj" and verb.pos_ == "VERB") or infinitive


def _ahead_of(noun: Token) -> bool:
    """"… comes ahead of December 21 talks", "before next week's summit": a meeting
    that has not happened yet."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return (prep.lower_ == "of" and prep.head.lower_ == "ahead") or prep.lower_ in ("before", "ahead")


def _only_able(verb: Token) -> bool:
    """"is able to block the talks", "will be able to meet": an ability, not an act;
    "was able to reach a deal" (past) did it."""
    able = verb.head if verb.dep_ == "xcomp" else None
    if able is None or able.lower_ not in load_modality_words().ability_words:
        return False
    copula = able.head if able.dep_ == "acomp" else able
    return copula.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in copula.children)


def _not_able(verb: Token) -> bool:
    """"have not been able to agree": the negation sits on the copula of "able"."""
    able = verb.head if verb.dep_ == "xcomp" else None
    if able is None or able.lower_ != "able":
        return False
    copula = able.head if able.dep_ == "acomp" else able
    return any(child.dep_ == "neg" for child in (*able.children, *copula.children))


def _going_to(verb: Token) -> bool:
    """"is going to meet"; "the summit meetings are to take place" (a subject noun's
    "be to" clause)."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_ == "going" and any(c.dep_ == "aux" for c in head.children):
        return True
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)

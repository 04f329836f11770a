"""Who did it and to whom: the argument tokens of a trigger in the dependency parse,
and the resolved actors behind them."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from dyadwatch.actors.knowledge import NON_STATE_CODES, load_knowledge
from dyadwatch.datafiles import DataModel, read_data_file
from dyadwatch.nlp import active_to_infinitive, apposition_ending_at, sentence_bounds, sentences_back
from dyadwatch.records import Actor, DatelineSpan, Mention, Quote

SUBJECTS = ("nsubj", "csubj")
MODIFIER_DEPS = ("compound", "amod", "poss", "nmod", "appos", "npadvmod")
# "agreed to meet", "met and signed", "is ready to host": the subject carries over.
INHERIT_SUBJECT_DEPS = ("xcomp", "conj", "advcl", "acl", "acomp")
PRONOUN_LOOKBACK_CHARS = 600


class RoleWords(DataModel):
    """`data/events/roles.toml`: the words arguments are read by (each list is documented there)."""

    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    first_person_pronouns: frozenset[str]
    encounter_possessives: frozenset[str]
    partner_prepositions: frozenset[str] = frozenset()
    owner_pronouns: frozenset[str]
    owner_person_pronouns: frozenset[str]
    owned_group_nouns: frozenset[str]
    of_like: tuple[str, ...]
    relational_nouns: frozenset[str]
    location_prepositions: tuple[str, ...]
    quantity_nouns: frozenset[str]
    light_verbs: frozenset[str]
    undoing_particles: frozenset[str]
    adopting_verbs: frozenset[str]
    relative_pronouns: frozenset[str]
    target_prepositions: tuple[str, ...]
    relations_words: frozenset[str]
    raising_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    adjunct_prepositions: frozenset[str]
    self_limiting_verbs: frozenset[str]
    offered_nouns: frozenset[str]
    proposing_verbs: frozenset[str]
    received_request_nouns: frozenset[str] = frozenset()
    gap_passing_heads: frozenset[str] = frozenset()
    count_request_nouns: frozenset[str] = frozenset()
    request_response_verbs: frozenset[str] = frozenset()
    anaphoric_determiners: frozenset[str]
    attributive_participles: frozenset[str]
    accompanying_adverbs: frozenset[str]
    story_place_adverbs: frozenset[str]
    anaphoric_group_sectors: frozenset[str]
    anaphoric_collective_nouns: frozenset[str]
    anaphoric_people_sectors: frozenset[str]
    subtree_prepositions: frozenset[str]
    setting_prepositions: frozenset[str]
    frame_nouns: frozenset[str]
    journey_nouns: frozenset[str]
    subject_named_nouns: frozenset[str]
    home_verbs: frozenset[str]
    threat_condition_marks: frozenset[str]
    place_prepositions: frozenset[str]
    on_place_nouns: frozenset[str]
    document_nouns: frozenset[str]
    document_sentences_back: int
    departure_verbs: frozenset[str]
    non_place_nouns: frozenset[str]
    stance_participles: frozenset[str]
    stance_adjectives: frozenset[str]
    shifted_object_prepositions: frozenset[str]
    protest_nouns: frozenset[str]
    imposed_measure_nouns: frozenset[str]
    protested_prepositions: tuple[str, ...]
    protest_cause_prepositions: tuple[str, ...]
    separation_nouns: frozenset[str]
    time_clause_marks: frozenset[str]
    singular_subject_pronouns: frozenset[str]
    plural_subject_pronouns: frozenset[str]
    person_relative_pronouns: frozenset[str]
    relative_host_steps: int
    joint_meeting_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    conversation_nouns: frozenset[str]
    talk_setting_prepositions: frozenset[str]
    talk_going_on_verbs: frozenset[str]
    message_nouns: frozenset[str]
    message_prepositions: frozenset[str]
    message_clause_deps: frozenset[str]
    addressed_object_verbs: frozenset[str]
    warned_addressee_verbs: frozenset[str]
    addressed_prep_verbs: dict[str, frozenset[str]]
    gathering_nouns: frozenset[str]
    gathering_verbs: frozenset[str]
    gathering_prepositions: frozenset[str]
    gathering_in_verbs: frozenset[str]
    pair_party_nouns: frozenset[str]
    pair_person_nouns: frozenset[str]
    pair_state_nouns: frozenset[str]
    crowd_nouns: frozenset[str]
    place_bound_sectors: frozenset[str]
    clause_bound_deps: frozenset[str]
    opposing_prefixes: frozenset[str]
    sourced_protest_nouns: frozenset[str]
    defied_prepositions: frozenset[str]
    backing_verbs: frozenset[str]
    backing_nouns: frozenset[str]
    mission_nouns: frozenset[str]
    frontage_nouns: frozenset[str]
    crowd_act_nouns: frozenset[str]
    told_act_modifiers: frozenset[str]
    told_act_sentences_back: int
    told_acts: dict[str, dict[str, frozenset[str]]]
    intention_nouns: frozenset[str]
    position_nouns: frozenset[str]
    holding_verbs: frozenset[str]


@functools.cache
def load_role_words() -> RoleWords:
    return read_data_file("events/roles.toml", RoleWords)


class MentionIndex:
    """Resolved mentions by offset, for the questions the coder asks."""

    def __init__(self, mentions: Sequence[Mention], quotes: Sequence[Quote] = ()) -> None:
        self.mentions = sorted((m for m in mentions if m.actor is not None), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.quotes = tuple(q for q in quotes if q.speaker is not None)

    def speaker_of(self, offset: int) -> Mention | None:
        """The resolved speaker of the quotation whose content holds `offset` ("'We will
        not stop,' the rebel leader said": we is the rebels)."""
        for quote in self.quotes:
            if quote.content_start <= offset < quote.content_end and quote.speaker is not None:
                speaker = quote.speaker if quote.speaker.actor is not None else self._at_offset(quote.speaker.start)
                if speaker is not None and speaker.actor is not None:
                    return speaker
        return None

    def _at_offset(self, offset: int) -> Mention | None:
        position = bisect.bisect_right(self.starts, offset) - 1
        if position >= 0 and self.mentions[position].end > offset:
            return self.mentions[position]
        return None

    def at(self, token: Token) -> Mention | None:
        """The resolved mention covering the token, if any."""
        return self._at_offset(token.idx)

    def with_sectors(self, offset: int, sectors: frozenset[str]) -> Mention | None:
        """The last resolved party before `offset`, nearby, in one of these sectors."""
        return self._last_before(offset, lambda m: m.actor is not None and bool(sectors & set(m.actor.sectors))
                                 and not _guessed_domestic(m))

    def naming_before(self, offset: int, word: str, sectors: frozenset[str]) -> Mention | None:
        """The last resolved party before `offset`, nearby, in one of these sectors and
        named by the same last word ("Bangladeshi workers" for "the workers")."""
        return self._last_before(offset, lambda m: m.actor is not None and bool(sectors & set(m.actor.sectors))
                                 and not _guessed_domestic(m) and m.text.lower().split()[-1] == word.lower())

    def before(self, offset: int, *, person: bool) -> Mention | None:
        """The last resolved mention before `offset` (a person, or not), nearby."""
        return self._last_before(offset, lambda m: bool(m.actor and m.actor.person) == person)

    def _last_before(self, offset: int, fits: Callable[[Mention], bool]) -> Mention | None:
        """The last mention before `offset`, within the pronouns' reach, that fits."""
        position = bisect.bisect_left(self.starts, offset) - 1
        while position >= 0 and offset - self.mentions[position].end < PRONOUN_LOOKBACK_CHARS:
            if fits(self.mentions[position]):
                return self.mentions[position]
            position -= 1
        return None


def is_passive(trigger: Token) -> bool:
    """"were expelled by Poland", the reduced relative "diplomats expelled by Poland", and
    a participle clause of the passive ("Asked about the drills, the spokesman …",
    "Backed by Moscow, the rebels …")."""
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in trigger.children) or (
        trigger.dep_ == "acl" and trigger.tag_ == "VBN"
    ) or _passive_participle_clause(trigger)


def _passive_participle_clause(trigger: Token) -> bool:
    """A past participle opening or closing an adverbial clause of its own, with no
    subject: the main clause's subject undergoes it ("Backed by Moscow, the rebels …",
    "… went on trial in Berlin, accused of installing mines")."""
    # the tagger often calls a trailing one a past tense ("… on trial, accused of …"); a
    # past tense with no subject of its own is no clause of its own
    return trigger.dep_ == "advcl" and trigger.tag_ in ("VBN", "VBD") and not children(trigger, *SUBJECTS, "aux")


def undergoers(trigger: Token) -> list[Token]:
    """Who or what a verb acts on: its object, or its subject in the passive; a relative
    pronoun stands for its noun ("the ambassador, who was summoned", "the missile that
    North Korea fired"), and a relative clause without one acts on its noun ("the aid
    Japan sent", "diplomats expelled by Poland")."""
    words = load_role_words()
    if _stance_without_agent(trigger):
        return []  # "Israel is opposed to talks": Israel holds the stance, nothing undergoes it
    own = children(trigger, "nsubjpass") if is_passive(trigger) else (
        children(trigger, "dobj") or _up_to(trigger) or _shifted_object(trigger))
    found = [trigger.head if word.lower_ in words.relative_pronouns and trigger.dep_ == "relcl" else word for word in own]
    if not found and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        found = [trigger.head]
    elif not found and _passive_participle_clause(trigger):
        found = children(trigger.head, *SUBJECTS)
    elif not found and trigger.dep_ == "relcl" and any(s.lower_ not in words.relative_pronouns for s in children(trigger, "nsubj")):
        found = [trigger.head]
    return found


def _up_to(verb: Token) -> list[Token]:
    """"kidnapped up to 16 advisers": the parser takes "up" for a particle and the
    object for the object of "to"."""
    ups = [up for up in children(verb, "prt") if up.lower_ == "up"]
    tos = [to for up in ups for to in (*children(up, "prep"), *children(verb, "prep")) if to.i == up.i + 1 and to.lower_ == "to"]
    return [pobj for to in tos for pobj in children(to, "pobj")]


def _shifted_object(verb: Token) -> list[Token]:
    """"denounced as an ugly crime Serbia's suppression of …": an object moved past the
    verb's "as" predicate, which the parser takes for the predicate's apposition."""
    words = load_role_words()
    predicates = [p for prep in children(verb, "prep") if prep.lower_ in words.shifted_object_prepositions
                  for p in children(prep, "pobj")]
    return [a for p in predicates for a in children(p, "appos") if a.pos_ == "NOUN" and a.i > p.i]


def children(token: Token, *deps: str) -> list[Token]:
    return [child for child in token.children if child.dep_ in deps]


def prep_objects(token: Token, preposition: str) -> list[Token]:
    """Objects of `preposition` on the token ("ties with Pyongyang")."""
    return [
        pobj
        for prep in token.children
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ == preposition
        for pobj in ([c for c in prep.children if c.dep_ == "pobj"] or _stranded_object(prep)
                     or _participle_object(prep))
    ]


def _participle_object(prep: Token) -> list[Token]:
    """"held talks with visiting Palestinian President Mahmoud Abbas": the parser may read
    an attributive participle (data: attributive_participles) after the preposition as a
    gerund, and the name it describes as the gerund's object; that name is the
    preposition's object."""
    words = load_role_words()
    return [obj for gerund in children(prep, "pcomp") if gerund.lower_ in words.attributive_participles
            for obj in children(gerund, "dobj")]


def _stranded_object(prep: Token) -> list[Token]:
    """"granted asylum to five officers holed up in …": the parser may read a noun with
    a reduced relative clause as the subject of a clause of its own, hung on the verb,
    and leave the preposition before it without an object; that subject is its object."""
    if list(prep.children):
        return []
    for clause in children(prep.head, "advcl", "ccomp", "conj"):
        if clause.tag_ in ("VBN", "VBD"):
            found = [s for s in children(clause, "nsubj") if s.left_edge.i == prep.i + 1]
            if found:
                return found
    return []


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """"Russia and China" → both heads."""
    found: list[Token] = []
    for token in tokens:
        for item in (token, *token.conjuncts):
            if item not in found:
                found.append(item)
    return found


def verb_subjects(trigger: Token) -> list[Token]:
    """The subject of a verb trigger: its own, or that of the verb it is coordinated
    with or depends on ("agreed to meet", "met and signed"), or the noun a relative
    clause hangs on ("the country that imposed sanctions")."""
    words = load_role_words()
    if is_passive(trigger):
        if _stance_without_agent(trigger):
            # "Israel is opposed to talks": a stance, not done to it (the parser may hang the subject on "is")
            return children(trigger, "nsubjpass", "nsubj") or [s for aux in children(trigger, "auxpass")
                                                              for s in children(aux, "nsubj")]
        return prep_objects(trigger, "by")
    token: Token | None = trigger
    came_by_conj = False
    while token is not None:
        own = [word for subject in _clause_subjects(token) for word in _past_dateline(_set_off_subject(subject))]
        if own and _destination_read_as_subject(token, words.departure_verbs):
            own = []
        if token.i != trigger.i and not own and token.lemma_.lower() in words.raising_verbs:
            own = children(token, "nsubjpass")  # "was expected to arrive", "is scheduled to meet": raised
        if token.i != trigger.i and not own and came_by_conj:
            own = children(token, "nsubjpass")  # "was given an audience and was then to meet …": one subject
        if own:
            return own
        if caused := _caused_doers(token):
            return caused
        if (holder := denied_intention(token)) is not None:
            token, came_by_conj = holder, False  # "Israel has no intention of holding talks": Israel's
            continue
        if token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ == "VBG"):
            noun = token.head  # "the country that imposed …", "a resolution demanding …"
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.light_verbs | words.adopting_verbs and not noun.ent_type_:
                # "issued a declaration demanding …", "passed a resolution slapping sanctions …": who issued it
                return verb_subjects(noun.head)
            return [noun]
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and (
                token.head.lower_ in words.adjunct_prepositions or _limited_to_doing(token, words)):
            token, came_by_conj = token.head.head, False  # "prepared the ground before cancelling the talks": the same subject
            continue
        if token.dep_ == "conj" and (stranded := _stranded_subject(token)) is not None:
            return [stranded]
        if (reported := _reported_clause_misjoined(token)) is not None:
            return [reported]
        if (apposed := subject_read_as_apposition(token)) is not None:
            return [apposed]
        came_by_conj = token.dep_ == "conj" and token.pos_ == "AUX"  # "… and was then to meet"
        if (finite := _finite_verb_above_infinitive(token)) is not None:
            token = finite
            continue
        if token.dep_ == "conj" and _existential_report(token.head):
            token = token.head.head  # "He admitted that there was a lot to do and called for …": his call
            continue
        token = token.head if token.dep_ in INHERIT_SUBJECT_DEPS and token.head.i != token.i else None
    return []


def _clause_subjects(verb: Token) -> list[Token]:
    """The verb's subjects; a relative pronoun read as a second subject beside another
    ("a request from NATO, which we are willing to meet": the parser makes "which" and
    "we" both subjects of "are") is the object the clause is missing, not its subject."""
    subjects = children(verb, *SUBJECTS)
    relatives = load_role_words().relative_pronouns
    if len(subjects) > 1 and any(s.lower_ not in relatives for s in subjects):
        return [s for s in subjects if s.lower_ not in relatives]
    return subjects


def denied_intention(verb: Token) -> Token | None:
    """"has no intention of holding talks", "has no plans to recognize", "does not have
    any plans to resume", "is not in a position to approve": the verb holding the denied
    noun of intention or position (data: intention_nouns, position_nouns, holding_verbs)
    that an infinitive or of-gerund hangs on, else None."""
    words = load_role_words()
    if verb.dep_ in ("acl", "relcl") and any(c.tag_ == "TO" for c in verb.children):
        noun = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        noun = verb.head.head
    else:
        return None
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return None
    if lemma in words.intention_nouns and noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.holding_verbs:
        holder = noun.head
    elif lemma in words.position_nouns and noun.dep_ == "pobj" and noun.head.lower_ == "in" and (
            noun.head.head.lemma_.lower() == "be"):
        holder = noun.head.head
    else:
        return None
    denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or any(
        c.dep_ == "neg" for c in holder.children)
    return holder if denied else None


def causing_verb(clause: Token) -> Token | None:
    """The verb of causing ("forced", "led", "prompted"; data: causative_verbs) a
    to-infinitive hangs on ("forced Israel to withdraw"), else None."""
    cause = clause.head
    if clause.dep_ not in ("xcomp", "advcl") or cause.i == clause.i:
        return None
    if cause.lemma_.lower() not in load_role_words().causative_verbs:
        return None
    return cause if any(a.dep_ == "aux" and a.lower_ == "to" and a.i < clause.i for a in clause.children) else None


def _caused_doers(clause: Token) -> list[Token]:
    """"Washington forced Israel to withdraw", "the slide led ministers to ask the IMF":
    a to-infinitive under a verb of causing is done by that verb's object, told right
    before the "to" (not "led a delegation to Beijing to sign": the leader's own errand);
    "Israel was forced to withdraw": by its passive subject."""
    cause = causing_verb(clause)
    if cause is None:
        return []
    if is_passive(cause):
        return children(cause, "nsubjpass")
    mark = min(a.i for a in children(clause, "aux") if a.lower_ == "to")
    return [o for o in children(cause, "dobj") if o.right_edge.i + 1 == mark]


def _made_to_act(word: Token) -> bool:
    """"… shortages which have forced it to call on …": an object a verb of causing makes
    do an act (`_caused_doers`) is a party, as a subject is, not a thing."""
    return word.dep_ == "dobj" and any(word in _caused_doers(c) for c in children(word.head, "xcomp", "advcl"))


def _limited_to_doing(gerund: Token, words: RoleWords) -> bool:
    """"The EU has limited itself to calling on the two parties", "contented itself with
    urging restraint": a gerund after "to" or "with" on a verb of restricting oneself
    (data: self_limiting_verbs) with a reflexive object is done by that verb's subject."""
    prep, verb = gerund.head, gerund.head.head
    if gerund.tag_ != "VBG" or prep.lower_ not in ("to", "with") or verb.lemma_.lower() not in words.self_limiting_verbs:
        return False
    return any(o.lower_.endswith(("self", "selves")) for o in children(verb, "dobj"))


def _existential_report(clause: Token) -> bool:
    """"… that there was still a lot to do": a reported "there is" clause, which the parser
    makes the head of the verb coordinated with the reporting verb; it has no subject to share."""
    return clause.dep_ == "ccomp" and bool(children(clause, "expl")) and not children(clause, *SUBJECTS)


def _reported_clause_misjoined(verb: Token) -> Token | None:
    """"Kpatcha said Togo values the ties, and will support China": the parser may join a
    verb to come, with no subject of its own, to the past reporting verb; told in the
    present and future of the reported clause, it continues that clause and shares its
    subject (Togo will support). That subject, else None."""
    if verb.dep_ != "conj" or children(verb, *SUBJECTS, "nsubjpass") or verb.head.i == verb.i:
        return None
    head = verb.head
    future = any(a.lower_ in ("will", "'ll", "shall") for a in children(verb, "aux"))
    if not future or head.lemma_.lower() not in load_role_words().reporting_verbs or head.tag_ not in ("VBD", "VBN"):
        return None
    clauses = [c for c in children(head, "ccomp") if c.i < verb.i and c.tag_ in ("VBZ", "VBP")]
    subjects = [s for c in clauses for s in children(c, "nsubj")]
    return subjects[0] if len(clauses) == 1 and subjects else None


def _stance_without_agent(verb: Token) -> bool:
    return (verb.lemma_.lower() in load_role_words().stance_participles and is_passive(verb)
            and not prep_objects(verb, "by"))


def _destination_read_as_subject(clause: Token, departure_verbs: frozenset[str]) -> bool:
    """"were to depart for Havana to meet Cuban officials": the parser can read "for
    Havana to meet" as a clause whose subject is Havana; it is where they go."""
    return clause.dep_ == "advcl" and clause.head.lemma_.lower() in departure_verbs and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def _set_off_subject(subject: Token) -> Token:
    """"Turkey, worried about war in Kosovo spilling to the Balkans, urged …": the parser
    can make the gerund the subject and the name set off by a comma its subject; the
    name is the subject of the sentence."""
    if subject.tag_ != "VBG":
        return subject
    named = [n for n in children(subject, "nsubj") if n.i < subject.i and n.nbor(1).text == ","]
    return named[0] if named else subject


def _word_before(verb: Token) -> Token:
    """The word right before a verb, adverbs, auxiliaries and particles aside."""
    position = verb.i - 1
    while position > 0 and verb.doc[position].pos_ in ("ADV", "AUX", "PART"):
        position -= 1
    return verb.doc[position]


def _stranded_subject(verb: Token) -> Token | None:
    """"Belarus pays Gazprom 47 dollars and Gazprom originally demanded 200": the parser
    may hang the second clause's subject on the first clause's object; a name right
    after the "and" and before the verb (adverbs aside) is that clause's own subject."""
    candidate = _word_before(verb)
    before = verb.doc[candidate.i - 1] if candidate.i > 0 else None
    if candidate.pos_ != "PROPN" or candidate.head.i == verb.i or before is None or before.dep_ != "cc":
        return None
    return candidate


FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})


def _finite_verb_above_infinitive(verb: Token) -> Token | None:
    """"Russia opposes Georgia's bid to join NATO and accuses Georgia of …": the parser
    may join a finite verb to the infinitive before it; a finite verb shares the subject
    of the finite verb the infinitive hangs on, not the infinitive's."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or verb.head.tag_ != "VB" or not children(verb.head, "aux"):
        return None
    token = verb.head
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.tag_ in FINITE_TAGS and token.pos_ in ("VERB", "AUX"):
            return token
    return None


def subject_read_as_apposition(verb: Token) -> Token | None:
    """"In a meeting with Kenyan Foreign Minister Raphael Tuju, Chinese Foreign Minister
    Li Zhaoxing said …": the parser may read the subject as an apposition of the name
    that ends the opening phrase, leaving the verb without a subject; a name set off by
    that comma, right before the verb (adverbs aside), inside a phrase on the verb, is
    its subject; so is a noun phrase so set off whose words run up to the verb ("After a
    meeting with Kenyan officials, a senior official of the UN agency said …")."""
    if children(verb, *SUBJECTS) or verb.pos_ not in ("VERB", "AUX"):
        return None
    candidate = apposition_ending_at(_word_before(verb))
    comma = candidate.left_edge.i - 1
    if candidate.dep_ != "appos" or candidate.pos_ not in ("PROPN", "NOUN") or comma < 0 or verb.doc[comma].text != ",":
        return None
    return candidate if candidate.head.dep_ == "pobj" and _phrase_clause_verb(candidate.head) == verb else None


def _phrase_clause_verb(token: Token) -> Token | None:
    """The verb whose clause a phrase hangs on, past a participle the parser took for a
    preposition ("Following talks with X, …": not "Following" but the clause's verb)."""
    verb = clause_verb(token)
    return clause_verb(verb) if verb is not None and verb.dep_ == "prep" else verb


def doers_told_of(noun: Token, *, besides: Token) -> list[Token]:
    """"the role Kenya has played", "the efforts made by Iran", "the plan Russia
    proposed": whose a thing is, told by a clause on it (its subject, or the agent of
    its participle), other than the clause of the act itself (`besides`: "a charge
    denied by Tehran" is not Tehran's charge)."""
    clauses = [c for c in children(noun, "relcl", "acl") if c.i != besides.i]
    doers = [s for clause in clauses if clause.dep_ == "relcl" for s in children(clause, "nsubj") if s.pos_ != "PRON"]
    return doers + [a for clause in clauses if clause.dep_ == "acl" and clause.tag_ == "VBN" for a in prep_objects(clause, "by")]


def _misread_subject(apposition: Token) -> bool:
    verb = clause_verb(apposition.head)
    return verb is not None and subject_read_as_apposition(verb) == apposition


_DATELINE_PLACES_KEY = "dyadwatch.dateline_places"


def mark_datelines(doc: Doc, datelines: Sequence[DatelineSpan]) -> None:
    """Note on the parse where the article's datelines name their place (cleaning found
    them), for the subjects read off the parse's tokens."""
    doc.user_data[_DATELINE_PLACES_KEY] = tuple((d.place.start, d.place.end) for d in datelines)


def _past_dateline(subject: Token) -> list[Token]:
    """"PYONGYANG — Russia and North Korea signed …": the parser may take a dateline's
    place for the subject and the real one for its apposition."""
    places = subject.doc.user_data.get(_DATELINE_PLACES_KEY, ())
    appositions = children(subject, "appos")
    if appositions and any(start <= subject.idx < end for start, end in places):
        return appositions
    return [subject]


# "a two-day visit", "a 24-hour strike": a time or number before a noun names no one
NUMERIC_ENTITIES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")


def noun_actors(trigger: Token, *, purpose: bool = True, venues: frozenset[int] = frozenset()) -> list[Token]:
    """The actor of a noun trigger: "Russia's recognition", "recognition by Russia",
    "Russian recognition", "sanctions passed by the Council", the subject of the
    verb it is the object of ("X launched an attack"), or, with `purpose`, of the verb
    whose purpose it is ("came to Geneva for talks"). Modifiers in `venues` (by token
    index) name where the act took place, not who did it ("the Abuja talks")."""
    own = children(trigger, "poss") + prep_objects(trigger, "by")
    if not own and trigger.lemma_.lower() in load_role_words().offered_nouns and trigger.head.lower_ == "at":
        own = prep_objects(trigger, "of")  # "at the request of Mandela", "at the invitation of the king": theirs
    for acl in children(trigger, "acl"):
        if not active_to_infinitive(acl):  # "the decision to suspend flights by X": X acts in the content
            own += prep_objects(acl, "by")
    own = own or _agent_on_undergoer(trigger)
    if own and purpose and all(t.pos_ == "PRON" for t in own) and (setting := _setting_subjects(trigger)):
        return setting  # "During his meeting with Merkel, Hu …": "his" is the clause's subject
    if own or (own := encounter_sides(trigger)):
        return own
    if members := _gathering_members(trigger):  # who took part in "a meeting of the AU" is in it too
        return [*(verb_subjects(trigger.head.head) if taken_part_in(trigger) else []), *members]
    # "Russian recognition", "NATO exercises"; not "a nationwide strike", "a hunger strike",
    # nor "anti-US protests" (what the act is against)
    groups = [(*_hyphened_before(m), m) for m in children(trigger, "amod", "compound", "nmod")
              if m.i not in venues and not _in_opposing_phrase(m)]
    modifiers = [word for group in groups if any(map(_names_a_party, group)) for word in group]
    if modifiers:  # "took part in the SAARC summit": the one taking part too
        return [*(verb_subjects(trigger.head.head) if taken_part_in(trigger) else []), *modifiers]
    if trigger.dep_ in ("dobj", "attr") and _performs(trigger.head, trigger):
        return verb_subjects(trigger.head)
    if purpose and trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.pos_ in ("VERB", "AUX"):
        return verb_subjects(trigger.head.head)  # "negotiators returned to Geneva for talks", "is due in Kenya for a visit"
    if taken_part_in(trigger):
        return verb_subjects(trigger.head.head)  # "will take part in a meeting", "participated in the summit"
    return _setting_subjects(trigger) if purpose else []


def _agent_on_undergoer(trigger: Token) -> list[Token]:
    """"the arrest of the opposition leader by Kenyan police", "the rape of a girl by three
    US servicemen": the parser hangs the act's "by" phrase on its "of" object; a party it
    names (not "the killing of a soldier by a roadside bomb") did the act."""
    return [agent for undergoer in prep_objects(trigger, "of") for agent in prep_objects(undergoer, "by")
            if any(_names_a_party(word) for word in agent.subtree)]


def _gathering_members(trigger: Token) -> list[Token]:
    """"a meeting of Abbas and Olmert", "a summit of the African Union": who a gathering
    is of (roles data: gathering_nouns)."""
    if trigger.lemma_.lower() not in load_role_words().gathering_nouns:
        return []
    # a named party, not "a meeting of the body" or "of an international working group"
    return [member for member in prep_objects(trigger, "of") if _names_a_party(member) or member.conjuncts or any(
        _names_a_party(m) for m in children(member, "amod", "compound", "nmod", "poss"))]


def gathering_bodies(noun: Token) -> list[Token]:
    """Whose a gathering is, as its noun names it: "the 13th summit of the South Asian
    Association", "the SAARC summit", "NATO's meeting"."""
    if noun.lemma_.lower() not in load_role_words().gathering_nouns:
        return []
    return _gathering_members(noun) + [m for m in children(noun, "compound", "nmod", "poss") if _names_a_party(m)]


def told_before_gathering(noun: Token) -> bool:
    """"address the summit", "attend the talks": a gathering noun named by a definite or
    possessive word alone, which the story told before (`_told_before`)."""
    return noun.lemma_.lower() in load_role_words().gathering_nouns and _told_before(noun)


def _performs(verb: Token, noun: Token) -> bool:
    """Does the verb's subject perform the act its object noun names: "launched an
    attack", "held talks"; for a gathering also "ended a summit", "attended the talks"
    (roles data: light_verbs, gathering_verbs)."""
    words, lemma = load_role_words(), verb.lemma_.lower()
    if any(c.dep_ == "prt" and c.lower_ in words.undoing_particles for c in verb.children):
        return False  # "head off indictments": stopped, not done
    return lemma in words.light_verbs or (lemma in words.gathering_verbs and noun.lemma_.lower() in words.gathering_nouns)


def held_gathering(verb: Token, noun: Token) -> bool:
    """"talks were held", "the summit was opened": a gathering the verb says took place."""
    return noun.lemma_.lower() in load_role_words().gathering_nouns and _performs(verb, noun)


def _names_a_party(modifier: Token) -> bool:
    return modifier.ent_type_ not in ("", *NUMERIC_ENTITIES) or modifier.pos_ == "PROPN"


def _hyphened_before(modifier: Token) -> list[Token]:
    """"China-U.S. dialogue", "Israeli-Palestinian talks": the name joined to a modifier
    by a hyphen hangs on it, and is a side of the act as much as it."""
    return [child for child in children(modifier, "compound", "nmod", "amod")
            if child.i + 2 == modifier.i and child.nbor().tag_ == "HYPH"]


def opposed_modifiers(noun: Token) -> list[Token]:
    """"anti-US protests", "anti-Japanese riots", "anti-US base protests": the words
    before the noun that follow an opposing prefix (roles data: opposing_prefixes) name
    what the act is against."""
    return [word for word in noun.subtree if word.i < noun.i and after_opposing_prefix(word)]


def after_opposing_prefix(word: Token) -> bool:
    """Is the word written after "anti-" ("anti-American", "anti- US")? The tokenizer
    splits the hyphen off, or keeps it on the prefix."""
    prefixes = load_role_words().opposing_prefixes
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.lower_.rstrip("-") in prefixes and before.lower_.endswith("-"):
        return True
    return (before is not None and before.text == "-" and word.i > 1
            and doc[word.i - 2].lower_ in prefixes)


def _in_opposing_phrase(word: Token) -> bool:
    """"anti", its hyphen, or the word after them ("anti-American")."""
    prefixes = load_role_words().opposing_prefixes
    if word.lower_.rstrip("-") in prefixes:
        return True
    if word.text == "-" and word.i > 0 and word.doc[word.i - 1].lower_ in prefixes:
        return True
    return after_opposing_prefix(word)


def defied_act_doers(noun: Token) -> list[Token]:
    """"passed the bill despite protests from farmers", "amid protests by students, the
    government raised fuel prices": a protest in such a phrase is against the act of the
    clause it hangs on, whose subject is its recipient."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in load_role_words().defied_prepositions:
        return []
    verb = preposition.head
    # only a clause with a subject of its own: "allowing the US military to keep using land
    # despite protest" does not say whose act the protest is against
    return children(verb, "nsubj") if verb.pos_ in ("VERB", "AUX") else []


def backs_someone(act: Token) -> bool:
    """"a demonstration backing Tshisekedi", "a rally supporting the president", "a march
    in support of the strikers", "in solidarity with the prisoners", "rallied to express
    solidarity with …": a protest for someone, against no one named."""
    words = load_role_words()
    clauses = children(act, "acl", "relcl", "advcl", "xcomp")
    if any(c.lemma_.lower() in words.backing_verbs for c in clauses):
        return True
    # "rallied to express solidarity with the strikers", "marched to show support for Kibaki"
    if any(o.lemma_.lower() in words.backing_nouns for clause in clauses for o in children(clause, "dobj")):
        return True
    return any(p.lemma_.lower() in words.backing_nouns for p in prep_objects(act, "in"))  # "in support of", "in solidarity with"


def agent_on_verb(noun: Token) -> list[Token]:
    """"followed a rally on Saturday by 3,000 people", "to protest the killings of
    Albanians by Serb police": the parser may hang the "by" phrase of an act's noun on the
    active verb whose object it is; an active verb has no agent, so the phrase names
    the act's doer."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return []
    return [p for p in prep_objects(verb, "by") if p.pos_ in ("NOUN", "PROPN", "NUM") and p.i > noun.i]


def measure_owners(participle: Token, words: Iterable[Token]) -> list[Token]:
    """"UN sanctions imposed after its nuclear test", "Washington's financial sanctions
    imposed last year on Pyongyang": a past participle on the measure noun it acts on,
    with no agent; the party the noun itself names (its modifier or possessor) did it."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or noun not in words or (
            noun.lemma_.lower() not in load_role_words().imposed_measure_nouns):
        return []  # "British troops stationed in Germany", "a France-Africa summit held in Bamako": no one's act on it
    return children(noun, "poss") + [m for m in children(noun, "amod", "compound", "nmod") if _names_a_party(m)]


def object_parties(trigger: Token) -> list[Token]:
    """Whose is what a verb acts on, when the object names no party itself: "welcomed
    the Greek-Cypriot side's decision", "rejected Washington's proposal", "welcomed the
    agreement reached between Israel and the Palestinians". The verb's own agent ("a
    charge rejected by Tehran"), nor its subject ("held drills": whose drills), is
    not its recipient."""
    own_agents = {token.i for token in (*prep_objects(trigger, "by"), *verb_subjects(trigger),
                                        *measure_owners(trigger, undergoers(trigger)))}
    found: list[Token] = []
    objects = undergoers(trigger)
    if all(o.lower_ in load_role_words().relative_pronouns for o in objects):
        objects = relativized_nouns(trigger) or objects  # "a request from NATO, which we are willing to meet"
    for obj in objects:
        for word in (obj, *obj.conjuncts):
            found += noun_actors(word, purpose=False) + encounter_sides(word)
            if word.lemma_.lower() in load_role_words().offered_nouns:  # "rejected an offer from Kabul": who made it
                found += prep_objects(word, "from") or request_senders(word)
            found += [side for acl in children(word, "acl", "relcl") if acl.i != trigger.i for side in encounter_sides(acl)]
    # "conducted its test": a possessive pronoun on the object is the subject again
    return [t for t in found if t.i not in own_agents and t.i != trigger.i and not (t.pos_ == "PRON" and t.dep_ == "poss")]




def refers_back(trigger: Token) -> bool:
    """Does the verb act on something told before ("denied the claims", "welcomed the
    deal", "a charge rejected by Tehran")? A definite object with no party of its own,
    or an apposition restating the clause before it."""
    words = load_role_words()
    objects = _answered_objects(trigger)
    own_agents = {token.i for token in prep_objects(trigger, "by")}
    if not objects or any(
        o.pos_ != "NOUN" or {a.i for a in noun_actors(o, purpose=False)} - own_agents for o in objects
    ):
        return False
    return all(o.dep_ == "appos" or any(d.lower_ in words.anaphoric_determiners for d in children(o, "det")) for o in objects)


def _answered_objects(trigger: Token) -> list[Token]:
    """What a verb acts on, or what the act it refuses acts on ("refusing to accept the deal"),
    or what its "on" phrase names when its object is no told act ("poured cold water on
    the claim")."""
    objects = undergoers(trigger)
    if not objects and trigger.lemma_.lower() in ("refuse", "decline"):
        objects = [o for x in children(trigger, "xcomp") for o in undergoers(x)]
    if not any(told_act_types(o) for o in objects):  # "poured cold water on the claim", "agreed on the plan"
        objects = [noun for noun in prep_objects(trigger, "on") if told_act_types(noun)] or objects
    return objects


def told_act(trigger: Token) -> Token | None:
    """The noun by which a verb answers an act told before ("rejected the demand",
    "denied these accusations", "welcomed the demand for talks"): a single object among
    `told_acts` (data/events/roles.toml) that `refers_back`. A verb that makes such an
    act ("the proposal offered by Clinton", "made the demand", "proposed the plan")
    answers none."""
    words = load_role_words()
    objects = _answered_objects(trigger)
    kinds = told_act_types(objects[0]) if len(objects) == 1 and not objects[0].conjuncts else frozenset()
    if not kinds:
        return None
    making = words.light_verbs | words.adopting_verbs | {
        verb for kind in kinds for verbs in words.told_acts[kind].values() for verb in verbs}
    return objects[0] if trigger.lemma_.lower() not in making and refers_back(trigger) else None


def is_bare(noun: Token) -> bool:
    """"the demand", "this latest offer": a determiner and `told_act_modifiers` only;
    "the demand for oil" may be no one's act at all."""
    words = load_role_words()
    return all((child.dep_ == "det" and child.lower_ in words.anaphoric_determiners)
               or (child.dep_ == "amod" and child.lower_ in words.told_act_modifiers) for child in noun.children)


def told_act_types(noun: Token) -> frozenset[str]:
    """The event types whose act the noun names (`told_acts`)."""
    lemma = noun.lemma_.lower()
    return frozenset(kind for kind, nouns in load_role_words().told_acts.items() if lemma in nouns)


def act_maker(noun: Token, index: MentionIndex) -> Mention | None:
    """Who made the act a bare noun names, from an earlier telling of it within
    `told_act_sentences_back` sentences, nearest first: the noun with its owner
    ("Washington's demand", "Iran made a demand") or its verb with its subject ("Seoul
    demanded")."""
    words = load_role_words()
    if not is_bare(noun):
        return None
    verbs = frozenset(v for nouns in words.told_acts.values() for v in nouns.get(noun.lemma_.lower(), ()))
    earliest = sentences_back(noun.doc, noun.i, words.told_act_sentences_back)
    return _earlier_author(noun, reversed(noun.doc[earliest : noun.i]), index,
                           making_verbs=words.light_verbs | words.adopting_verbs, verbs=verbs)




def parties_inside_object(trigger: Token) -> list[Token]:
    """The named parties inside what a verb acts on, when the object itself names none
    ("refused to commit to any assistance to the US-led war", "rejected an invitation to
    a meeting of Palestinian factions"): modifiers and prepositional phrases of the
    object and of the act it governs, nearest first, two phrases deep."""
    found: list[Token] = []
    heads = list(undergoers(trigger))
    heads += [p for x in children(trigger, "xcomp") for prep in children(x, "prep") for p in children(prep, "pobj")]
    if _stance_without_agent(trigger) or trigger.pos_ == "ADJ":  # "opposed to talks with Syria"
        heads += prep_objects(trigger, "to")
    for head in heads:
        found += _phrase_words(head, depth=2)
    return found


def _phrase_words(token: Token, *, depth: int) -> list[Token]:
    words = [m for m in children(token, "amod", "compound", "nmod", "poss") if m.pos_ in ("PROPN", "ADJ", "NOUN")]
    if depth == 0:
        return words
    for prep in children(token, "prep"):
        if prep.lower_ in load_role_words().subtree_prepositions:
            for pobj in children(prep, "pobj"):
                words += [pobj, *_phrase_words(pobj, depth=depth - 1)]
    for clause in children(token, "acl", "relcl"):
        for prep in children(clause, "prep"):
            words += [p for p in children(prep, "pobj")]
    return words


def addressed_by_head(trigger: Token) -> list[Token]:
    """The party the clause a participle hangs on addresses ("reached out to the United
    States, calling for negotiations", "wrote to the council, urging it to act")."""
    if trigger.tag_ != "VBG" or trigger.dep_ not in ("advcl", "conj", "xcomp") or trigger.head.i == trigger.i:
        return []
    head = trigger.head
    return children(head, "dobj", "dative") + [p for word in ("to", "with") for p in prep_objects(head, word)]


def message_addressees(trigger: Token) -> list[Token]:
    """Whom the message an act is made in or carried by is addressed to: "offered his
    support in remarks to Erdogan", "sent a letter to the WTO to appeal against …", "a
    letter from the party to Minister Smith asking for …" (roles data: message_nouns).
    Not a pronoun ("in a letter to him"): whom it stands for is told elsewhere."""
    return [word for message in _carrying_messages(trigger) for word in _message_to(message) if word.pos_ != "PRON"]


def reporting_verb(trigger: Token, *, steps: int = 4) -> Token | None:
    """The verb of saying whose reported clause holds the trigger ("said in a letter to
    Annan that Damascus was ready to cooperate" → said; roles data: reporting_verbs),
    through at most `steps` clause heads."""
    word = trigger
    for _ in range(steps):
        if word.head.i == word.i or word.dep_ not in ("ccomp", "xcomp", "acomp", "conj"):
            return None
        if word.dep_ == "ccomp" and word.head.lemma_.lower() in load_role_words().reporting_verbs:
            return word.head
        word = word.head
    return None


def _carrying_messages(trigger: Token) -> list[Token]:
    """The message nouns an act is made in: the trigger's subject ("the letter to Reno
    asked for …") or a phrase after message_prepositions among its own arguments (the
    parser may hang "in remarks to …" on a noun inside them); or the noun, or the verb's
    subject, object or such a phrase, that a participle or infinitive trigger hangs on
    ("a letter … asking for", "sent a letter … to appeal")."""
    words = load_role_words()

    def carried(word: Token, *, own: bool) -> list[Token]:
        def carries(noun: Token) -> bool:
            if noun.dep_ == "pobj":
                return noun.head.lower_ in words.message_prepositions
            return noun.head.i == word.i and (noun.dep_ == "nsubj" or (noun.dep_ == "dobj" and not own))
        return [noun for noun in _own_phrase_words(word)
                if noun.lemma_.lower() in words.message_nouns and carries(noun)]

    found = carried(trigger, own=True)
    head = trigger.head
    if trigger.dep_ in words.message_clause_deps and head.i != trigger.i and trigger.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in words.message_nouns:
            found.append(head)
        elif head.pos_ in ("VERB", "AUX"):
            found += carried(head, own=False)
    return found


def _own_phrase_words(word: Token) -> list[Token]:
    """The words of a word's own phrases, not entering a clause of another verb."""
    found: list[Token] = []
    stack = [child for child in word.children if child.pos_ not in ("VERB", "AUX")]
    while stack:
        child = stack.pop()
        found.append(child)
        stack += [c for c in child.children if c.pos_ not in ("VERB", "AUX")]
    return found


def _message_to(message: Token) -> list[Token]:
    """The "to" object of a message, of a participle on it ("a letter addressed to the
    council"), of the verb it is the object of ("sent a letter to Reno"), or of a "from"
    phrase on these as the parser may hang it ("a letter from the party to Reno")."""
    owners = [message, *(c for c in children(message, "acl") if c.tag_ == "VBN")]
    owners += [message.head] if message.dep_ == "dobj" else []
    senders = [word for owner in owners for prep in owner.children if prep.dep_ == "prep" and prep.lower_ == "from"
               for word in (prep, *children(prep, "pobj"))]
    return [word for owner in (*owners, *senders) for word in prep_objects(owner, "to")]


def encounter_sides(trigger: Token) -> list[Token]:
    """"talks between Hanoi and Tokyo": the sides a meeting is between, also where the
    phrase hangs on the verb the meeting is the subject of ("talks are taking place in
    Juba between the government and the LRA")."""
    sides = prep_objects(trigger, "between")
    if not sides and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
        verb = trigger.head  # "taking place … between": on the verb or its object
        sides = [side for word in (verb, *children(verb, "dobj")) for side in prep_objects(word, "between")]
    return sides or _sides_in_own_clause(trigger)


def _sides_in_own_clause(trigger: Token) -> list[Token]:
    """"talks that have already started between the regime and the rebels", "the
    negotiations held between Belgrade and Pristina": the "between" phrase of a clause
    that tells of the meeting itself (a relative or participle clause on its noun, roles
    data: gathering_nouns) names its sides."""
    if trigger.lemma_.lower() not in load_role_words().gathering_nouns:
        return []
    return [side for clause in children(trigger, "relcl", "acl") if clause.pos_ in ("VERB", "AUX")
            for side in prep_objects(clause, "between")]


def _setting_subjects(trigger: Token) -> list[Token]:
    """Who took part in a meeting or visit that sets the scene for a clause: the
    clause's subject ("Hun Sen said in a meeting with Zhang", "Annan spoke after talks
    with Abul Gheit", "Solana said following a meeting with Abbas"). Only a meeting
    with a named other side ("with", "to", "between") counts."""
    words = load_role_words()
    other_side = any(prep_objects(trigger, word) for word in ("with", "to")) or bool(setting_addressees(trigger))
    if not other_side and trigger.lemma_.lower() not in words.gathering_nouns:
        return []
    trigger = _framing_noun(trigger, words.frame_nouns)
    setting = trigger.head
    journey = setting.lower_ == "on" and trigger.lemma_.lower() in words.journey_nouns
    if not other_side and (setting.lower_ not in words.gathering_prepositions or _told_before(trigger)):
        return []  # "NATO leaders decided at a summit": they took part; not "before the summit"
    if trigger.dep_ == "pobj" and (setting.lower_ in words.setting_prepositions or journey):
        return verb_subjects(verb) if (verb := clause_verb(setting)) is not None else []
    if trigger.dep_ == "dobj" and setting.lower_ == "following":
        return verb_subjects(verb) if (verb := clause_verb(setting)) is not None else []
    return []




def setting_addressees(talk: Token) -> list[Token]:
    """"sought support from Schmidt in a telephone conversation", "told Ford during talks
    on Monday": a talk within which the clause's verb addresses someone, with no other
    side named on the talk itself, was with the one addressed (roles data:
    addressed_object_verbs, addressed_prep_verbs, or an indirect object). Not the press
    ("told reporters in a telephone interview"), nor in a talk told before ("during the
    meeting", "during their talks": a repeat of a meeting whose parties were named)."""
    words = load_role_words()
    if not _talk_on_verb(talk) or _talk_sides_named(talk) or _told_before(talk):
        return []
    verb = talk.head.head
    lemma = verb.lemma_.lower()
    found = children(verb, "dative") + (children(verb, "dobj") if lemma in words.addressed_object_verbs else [])
    for word, verbs in words.addressed_prep_verbs.items():
        if lemma in verbs:  # "sought support from Schmidt": the parser may hang it on the object
            found += [p for head in (verb, *children(verb, "dobj")) for p in prep_objects(head, word)]
    return [side for side in found if "JRN" not in group_sectors(side)]


def talk_sets_scene(talk: Token) -> bool:
    """"criticised Iran in talks with Merkel", "sought support from Schmidt in a telephone
    conversation": a talk with another side, named on it or addressed by the verb, within
    which the verb's act was done is the act's occasion, not what the act is about; so is
    a gathering told here for the first time that the clause's subject held ("the two
    failed to reach an accord at a meeting": they met, whatever came of it)."""
    return _talk_on_verb(talk) and (_talk_sides_named(talk) or bool(setting_addressees(talk)) or _gathering_held_by_subject(talk))


def _gathering_held_by_subject(gathering: Token) -> bool:
    """"Japan and China failed to reach an accord at a meeting in Tokyo": a gathering
    (roles data: gathering_nouns) not told before, within which the clause's subject
    acted, was held by that subject."""
    return (gathering.lemma_.lower() in load_role_words().gathering_nouns and not _told_before(gathering)
            and bool(_setting_subjects(gathering)))


def scene_verb(talk: Token) -> Token | None:
    """"will sign the accord at a meeting next week": the verb a talk sets the scene of
    (`_talk_on_verb`), whose time and mood the talk shares."""
    return talk.head.head if _talk_on_verb(talk) else None


def _talk_on_verb(talk: Token) -> bool:
    """A talk (roles data: gathering_nouns, conversation_nouns) in a phrase on a verb after
    talk_setting_prepositions ("in a telephone conversation", "during talks")."""
    words = load_role_words()
    setting = talk.head
    return (talk.dep_ == "pobj" and setting.dep_ == "prep" and setting.lower_ in words.talk_setting_prepositions
            and talk.lemma_.lower() in words.gathering_nouns | words.conversation_nouns and setting.head.pos_ == "VERB")


def _talk_sides_named(talk: Token) -> bool:
    return any(prep_objects(talk, word) for word in ("with", "to", "between"))


def taken_part_in(gathering: Token) -> bool:
    """"took part in a meeting", "participated in the summit" (roles data:
    gathering_in_verbs, a verb or a verb and its object)."""
    if gathering.dep_ != "pobj" or gathering.head.lower_ != "in" or gathering.lemma_.lower() not in load_role_words().gathering_nouns:
        return False
    verb = gathering.head.head
    phrases = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {obj.lemma_.lower()}" for obj in children(verb, "dobj"))}
    return bool(phrases & load_role_words().gathering_in_verbs)


def _told_before(gathering: Token) -> bool:
    """"after the meeting", "during their talks": a gathering named by a definite or
    possessive word alone is one the story told before, with its parties (no party
    named on it, no "of" phrase)."""
    words = load_role_words()
    definite = any(d.lower_ in words.anaphoric_determiners for d in children(gathering, "det")) or any(
        p.pos_ == "PRON" for p in children(gathering, "poss"))
    named = any(_names_a_party(m) for m in children(gathering, "amod", "compound", "nmod")) or prep_objects(gathering, "of")
    return definite and not named


def _framing_noun(trigger: Token, frame_nouns: frozenset[str]) -> Token:
    """"at the start of talks with X", "at the end of his visit to Y", "after two days of
    talks": the noun that frames the meeting stands where the meeting would in the
    setting phrase."""
    while (trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in frame_nouns
           and trigger.head.head.dep_ == "pobj"):
        trigger = trigger.head.head
    return trigger


def clause_verb(token: Token, *, steps: int = 4) -> Token | None:
    """The verb whose clause a phrase hangs on, through at most `steps` heads
    ("made the remarks at a press conference after talks with …" → made)."""
    for _ in range(steps):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def actors_of(tokens: Iterable[Token], index: MentionIndex, *, doers: bool = False) -> tuple[tuple[Actor, ...], bool]:
    """The resolved actors behind argument heads (and whether a pronoun was resolved);
    `doers` when the heads are who acted ("its troops" is then its party's)."""
    words = load_role_words()
    actors: list[Actor] = []
    used_pronoun = False
    for token in with_conjuncts(_antecedents(tokens)):
        mention = _mention_for(token, index)
        # "it" as an object is mostly a thing ("Moscow denied it"); as a subject, a polity
        if mention is None and token.lower_ in words.first_person_pronouns:
            mention = index.speaker_of(token.idx)  # "we" and "I" in a quotation are its speaker
            used_pronoun = used_pronoun or mention is not None
        if mention is None and (token.lower_ in words.person_pronouns or (
                token.lower_ in words.group_pronouns and (token.dep_ in ("nsubj", "nsubjpass", "poss")
                                                          or _made_to_act(token)))):
            mention = _clause_subject_mention(token, index) or pronoun_antecedent(token, index)
            used_pronoun = mention is not None
        if mention is None and _encounter_possessive(token):
            mention = index.before(token.idx, person=True)
            used_pronoun = mention is not None
        if (mention is None or _guessed_domestic(mention)) and (named := group_named_before(token, index)) is not None:
            mention, used_pronoun = named, True  # "Israeli troops entered Gaza. The soldiers …": not Gaza's
        if mention is None and doers and (owned := owned_group(token, index)) is not None:
            if any(a.code == owned.actor.code for a in actors):  # type: ignore[union-attr]
                continue  # "Pohamba and his delegation arrived": the party's own people, not another
            mention, used_pronoun = owned, True
        pair = pair_parties(token, index) if mention is None or _guessed_domestic(mention) else []
        pair = pair or joint_antecedents(token, index)
        listed = _listed_in_apposition(token, index)
        if pair:  # "the two sides", "the two leaders": parties told before, like a pronoun's
            found, used_pronoun = pair, True
        elif listed:
            found = listed
        else:
            found = [mention, *_coordinated_modifiers(token, index), *_coordinated_owners(token, index)] if mention else []
        for item in found:
            if item is not None and item.actor is not None and item.actor not in actors:
                actors.append(item.actor)
    return tuple(actors), used_pronoun


def group_named_before(group: Token, index: MentionIndex) -> Mention | None:
    """"The Lord's Resistance Army … The rebels attacked …": a bare definite group noun
    ("the" and nothing else on it; plural, or a collective noun) is the party named
    shortly before in one of its sectors (roles data: anaphoric_group_sectors,
    anaphoric_collective_nouns); people ("the workers", "the students": roles data
    anaphoric_people_sectors) only when that party was named by the same word."""
    words = load_role_words()
    if [c.lower_ for c in group.children] != ["the"]:
        return None
    if group.tag_ != "NNS" and group.lemma_.lower() not in words.anaphoric_collective_nouns:
        return None
    sectors = frozenset(group_sectors(group))
    if sectors & words.anaphoric_group_sectors:
        return index.with_sectors(group.left_edge.idx, sectors & words.anaphoric_group_sectors)
    # "Bangladeshi workers … the workers": people, named again by the same word
    named = sectors & words.anaphoric_people_sectors
    return index.naming_before(group.left_edge.idx, group.text, named) if named else None


def named_itself(token: Token, index: MentionIndex) -> bool:
    """Does the word or its modifiers name a party ("a US navy petty officer", "Serbian
    troops"), not only the place it is in ("Serb police in Kosovo")?"""
    mention = _mention_for(token, index, depth=0)
    return mention is not None and mention.actor is not None


def owned_group(group: Token, index: MentionIndex) -> Mention | None:
    """"Ethiopia said its air force would …", "the president said his troops …", "our
    forces": a doer owned by a possessive pronoun (roles data: owner_pronouns,
    owned_group_nouns) is that group of the party the pronoun stands for — the speaker
    for "our"; for the others the subject of its own clause, else the speaker reporting
    it, else the party the pronoun is read as — with the group's own sectors. Nothing
    when that subject or speaker is named but not resolved ("the government says its
    forces …": not whoever was named before)."""
    words = load_role_words()
    owners = [c for c in children(group, "poss") if c.lower_ in words.owner_pronouns]
    if not owners or group.lemma_.lower() not in words.owned_group_nouns or not (sectors := group_sectors(group)):
        return None
    owner = owners[0]
    speaker = index.speaker_of(owner.idx)
    if owner.lower_ in words.first_person_pronouns:
        party = speaker
    elif (party := _clause_subject_mention(owner, index)) is None:
        person = owner.lower_ in words.owner_person_pronouns
        if speaker is not None and bool(speaker.actor and speaker.actor.person) == person:
            party = speaker  # "its air force pounded …, Ethiopia said": the speaker's own
        elif speaker is None and not _unresolved_teller(owner, index):
            party = pronoun_antecedent(owner, index, person=person)
    if party is None or party.actor is None:
        return None
    actor = Actor(code=party.actor.code, sectors=sectors, rule="role.owner-pronoun")
    return Mention(group.idx, group.idx + len(group.text), group.text, actor, None)


def _unresolved_teller(owner: Token, index: MentionIndex) -> bool:
    """Does a speaker or a clause subject before the possessive name someone unresolved?"""
    verb = clause_verb(owner, steps=8)
    if verb is None:
        return False
    tellers = [s for s in verb_subjects(verb) if s.i < owner.i]
    if verb.dep_ == "ccomp":
        tellers += [s for s in verb_subjects(verb.head) if s.i < owner.i]
    return any(s.pos_ != "PRON" and _mention_for(s, index) is None for s in tellers)


def reporters_of_clause(verb: Token) -> list[Token]:
    """Who tells or demands the clause a verb heads: the subject of the verb it is the
    complement of, through coordination ("demanded that Syria cooperate … or face …",
    "France could face action, the Commission said")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
        return []
    return verb_subjects(clause.head)


def joint_antecedents(pronoun: Token, index: MentionIndex) -> list[Mention]:
    """"Japan and China held talks. They agreed …", "Khai met Cohen in Hanoi. They …":
    a plural subject pronoun opening its sentence stands for every party of the sentence
    before when its subject is several, or met another party (roles data:
    joint_meeting_verbs); none when fewer than two of them resolve."""
    words = load_role_words()
    sentence = pronoun.sent
    if pronoun.lower_ not in words.plural_subject_pronouns or sentence.start == 0 or pronoun.i != _first_subject(sentence).i:
        return []
    previous = pronoun.doc[sentence.start - 1].sent
    subject = _first_subject(previous)
    if subject is None:
        return []
    sides = [subject, *subject.conjuncts]
    verb = subject.head
    if len(sides) == 1 and verb.lemma_.lower() in words.joint_meeting_verbs and verb.pos_ == "VERB":
        met = children(verb, "dobj") if verb.lemma_.lower() == "meet" else []
        sides += [*met, *prep_objects(verb, "with"), *(o for d in children(verb, "dobj") for o in prep_objects(d, "with"))]
    found = [m for m in (_mention_for(side, index) for side in sides) if m is not None and m.actor is not None]
    return found if len({m.actor.code for m in found}) >= 2 else []  # type: ignore[union-attr]


# Rules that read a common noun's state from the article, not from its own words.
GUESSED_STATE_RULES = frozenset({"context.article-country", "context.people-state"})


def _guessed_domestic(mention: Mention) -> bool:
    """A common noun read as the article's country's ("the leaders" → the government), or
    a people's force placed by the states the article names ("Serb police" → Serbia): a
    guess, which a later "the police" (maybe of the town the story is in) does not take."""
    return mention.actor is not None and mention.actor.rule in GUESSED_STATE_RULES


def pair_parties(token: Token, index: MentionIndex) -> list[Mention]:
    """"the two sides", "both countries", "the two leaders", "the two": the two parties
    the story is about (roles data: pair_party_nouns, pair_person_nouns): the two named
    in its sentence before it, else the two the story has named most before that
    sentence, when a third is named less often than both."""
    people = _pair_of(token)
    if people is None:
        return []
    states = token.lemma_.lower() in load_role_words().pair_state_nouns  # "the two governments": no UN agency
    start = sentence_bounds(token.doc, token.i)[0]
    named = _parties_between(index, token.doc[start].idx, token.idx, people=people, states=states)
    if len(named) == 2:
        return [mention for mention, _ in named.values()]
    # one named before the pair in its sentence speaks to or of it ("The EU urged the two sides")
    return story_pair(token, index, people=people, states=states)


def story_pair(token: Token, index: MentionIndex, *, people: bool = False, states: bool = False) -> list[Mention]:
    """The two parties the story has named most before the token's sentence, when any
    third is named less often than both (a tie leaves the pair unknown)."""
    start = sentence_bounds(token.doc, token.i)[0]
    counted = sorted(_parties_between(index, 0, token.doc[start].idx, people=people, states=states).values(),
                     key=lambda item: -item[1])
    if len(counted) < 2 or (len(counted) > 2 and counted[1][1] == counted[2][1]):
        return []
    return [mention for mention, _ in counted[:2]]


def bare_talks(talk: Token) -> bool:
    """"Negotiations continued in Moscow", "The talks resumed on Monday": talks (roles
    data: gathering_nouns, in the plural) as the subject of a verb of their going on
    (talk_going_on_verbs), with nothing on them but "the": no party, body, place or
    topic named on them."""
    words = load_role_words()
    return (talk.lemma_.lower() in words.gathering_nouns and talk.tag_ == "NNS" and talk.dep_ == "nsubj"
            and talk.head.lemma_.lower() in words.talk_going_on_verbs and talk.head.pos_ == "VERB"
            and all(child.dep_ == "det" and child.lower_ == "the" for child in talk.children))


def _pair_of(token: Token) -> bool | None:
    """Whether the token names a pair of people (True), of parties (False), or no pair."""
    words = load_role_words()
    counted = {child.lower_ for child in token.children if child.dep_ in ("nummod", "det", "predet")}
    if token.lower_ == "two" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and counted == {"the"}:
        return True  # "The two failed to reach an accord"
    if token.tag_ not in ("NNS", "NNPS") or not ({"two", "both"} & counted):
        return None
    if "two" in counted and "the" not in counted:
        return None  # "two countries" are any two
    lemma = token.lemma_.lower()
    if lemma in words.pair_person_nouns:
        return True
    return False if lemma in words.pair_party_nouns else None


def _parties_between(
    index: MentionIndex, start: int, end: int, *, people: bool, states: bool = False
) -> dict[object, tuple[Mention, int]]:
    """The parties named between two offsets (a person for people, else a code; with
    `states`, a state's code only), each by its last mention and how often it is named;
    a place where something happened is no party."""
    found: dict[object, tuple[Mention, int]] = {}
    position = bisect.bisect_left(index.starts, start)
    while position < len(index.mentions) and index.mentions[position].start < end:
        mention, position = index.mentions[position], position + 1
        actor = mention.actor
        if actor is None or (people and actor.person is None) or (actor.rule or "").endswith("-as-place"):
            continue
        if states and actor.code in NON_STATE_CODES:
            continue
        key = actor.person if people else actor.code
        found[key] = (mention, found.get(key, (mention, 0))[1] + 1)
    return found


def _encounter_possessive(token: Token) -> bool:
    """"his talks with Bush", "his visit to Turkey": "his" on a meeting that names its
    other side stands for the person named before (roles data: encounter_possessives)."""
    return (token.lower_ in load_role_words().encounter_possessives and token.dep_ == "poss"
            and any(prep_objects(token.head, word) for word in ("with", "to")))


def pronoun_antecedent(pronoun: Token, index: MentionIndex, *, person: bool | None = None) -> Mention | None:
    """Who "he", "she", "it" or "they" is: as the subject of its clause, the subject of
    the sentence before when that names a party of the same kind (a person for "he" and
    "she", a polity or organisation for "it" and "they": "Abe met Hu. He said …" is Abe);
    otherwise the nearest such party before it. `person` says which kind when the word
    alone does not ("his")."""
    if person is None:
        person = pronoun.lower_ in load_role_words().person_pronouns
    if (warned := _warned_addressee(pronoun)) is not None:
        return _mention_for(warned, index)
    reporter = _reporter(pronoun, index, person=person)
    if reporter is not None:
        return reporter
    if _unknown_reporter(pronoun, index):
        return None
    host = _relative_clause_host(pronoun, index, person=person)
    if host is not None:
        return host
    if pronoun.dep_ in ("nsubj", "nsubjpass"):
        found = _previous_subject(pronoun, index, person=person)
        if found is not None:
            return found
    return index.before(pronoun.idx, person=person)


def _warned_addressee(pronoun: Token) -> Token | None:
    """"Iran warned Western powers they would face painful measures": the subject
    pronoun of what a verb of warning tells its object (roles data:
    warned_addressee_verbs) stands for that object when they agree in number ("they"
    for a plural) and the one who warns does not, whoever the object is."""
    words = load_role_words()
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    if clause.head.lemma_.lower() not in words.warned_addressee_verbs:
        return None
    several = pronoun.lower_ in words.plural_subject_pronouns
    if not (several or pronoun.lower_ in words.singular_subject_pronouns):
        return None
    if any(_plural(subject) == several for subject in verb_subjects(clause.head)):
        return None  # "Russia warned Georgia it would …": either may be "it"
    objects = [o for o in children(clause.head, "dobj") if o.i < pronoun.i]
    return next((o for o in objects if _plural(o) == several), None)


def _plural(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS") or bool(noun.conjuncts)


def _relative_clause_host(pronoun: Token, index: MentionIndex, *, person: bool) -> Mention | None:
    """"The French minister, who arrives from Ghana where she visited Benin, …": a subject
    pronoun of a clause told inside a relative clause whose subject is a relative pronoun
    stands for the noun that relative clause tells of, when they agree: "he" or "she" with
    "who" (a person, named or by title), "it" with "which" or "that", "they" with a plural
    noun. The pronoun's own clause is never the host ("the city where they fought": not
    the city)."""
    words = load_role_words()
    several = pronoun.lower_ in words.plural_subject_pronouns
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or not (several or pronoun.lower_ in words.singular_subject_pronouns):
        return None
    clause = pronoun.head
    for _ in range(words.relative_host_steps):
        if clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.dep_ == "relcl":
            break
    else:
        return None
    host = clause.head
    relatives = [s for s in children(clause, "nsubj", "nsubjpass") if s.lower_ in words.relative_pronouns]
    if not relatives or host.i > pronoun.i or host.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = host.tag_ in ("NNS", "NNPS") or bool(host.conjuncts)
    told_person = relatives[0].lower_ in words.person_relative_pronouns
    if plural != several or (not several and told_person != person):
        return None
    mention = _mention_for(host, index)
    return mention if mention is not None and mention.actor is not None else None


def _unknown_reporter(pronoun: Token, index: MentionIndex) -> bool:
    """"The Islamists acknowledged that they had been forced to withdraw": a reported
    clause's pronoun that agrees with its reporter stands for it even when the reporter is
    no party the gazetteer knows; no farther party is guessed for it."""
    found = reporters(pronoun)  # a relative "which" or "who" stands for its noun, told elsewhere
    return bool(found) and all(s.pos_ in ("NOUN", "PROPN") and ((m := _mention_for(s, index)) is None or m.actor is None)
                               for s in found)


def _reporter(pronoun: Token, index: MentionIndex, *, person: bool) -> Mention | None:
    """"The rebels rejected the plan and said they also opposed …": the subject of a
    reported clause, as a pronoun, is whoever reports it, when that is a party of the same
    kind, before any nearer name ("a Senegalese peace plan")."""
    for subject in reporters(pronoun):
        mention = _mention_for(subject, index)
        if mention is not None and mention.actor is not None and bool(mention.actor.person) == person:
            return mention
    return None


def reporters(pronoun: Token) -> list[Token]:
    """The subject of the verb reporting the clause a pronoun is the subject of, when the
    pronoun can stand for it: "it" for one party, "they" for several ("the rebels … said
    they", "Russia said it"; "Israel warned that they would pay" is someone else), "he"
    or "she" for one that is no state or body by name."""
    words = load_role_words()
    clause = pronoun.head
    several = pronoun.lower_ in words.plural_subject_pronouns
    if not (several or pronoun.lower_ in words.singular_subject_pronouns) or pronoun.dep_ not in (
            "nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return []  # not "helped them win": an object raised into the clause
    person = pronoun.lower_ in words.person_pronouns
    found = []
    for subject in verb_subjects(clause.head):
        plural = subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts)
        polity = subject.ent_type_ in ("GPE", "ORG", "NORP")
        if subject.i < pronoun.i and plural == several and not (person and polity):
            found.append(subject)
    return found


def _previous_subject(pronoun: Token, index: MentionIndex, *, person: bool, depth: int = 3) -> Mention | None:
    """The subject of the sentence before, when the pronoun is its own sentence's first
    subject; a chain of such pronouns leads back to the party ("The council emphasized …
    It welcomed … It again called on …"), `depth` sentences at most."""
    sentence = pronoun.sent
    if sentence.start == 0 or pronoun.i != _first_subject(sentence).i:
        return None  # only the first subject of a sentence continues the one before
    previous = pronoun.doc[sentence.start - 1].sent
    while previous.start > 0 and not any(token.is_alpha for token in previous):
        previous = pronoun.doc[previous.start - 1].sent  # a stray closing quotation mark parsed as a sentence
    subject = _first_subject(previous)
    mention = _mention_for(subject, index) if subject is not None else None
    if mention is None and subject is not None and not person:
        mention = document_author(subject, index)  # "The statement called for … It welcomed …"
    if mention is None and subject is not None and depth > 1 and subject.lower_ == pronoun.lower_:
        mention = _previous_subject(subject, index, person=person, depth=depth - 1)
    if mention is None or mention.actor is None or bool(mention.actor.person) != person:
        return None
    return mention


def document_author(noun: Token, index: MentionIndex) -> Mention | None:
    """Who wrote a document ("the resolution", "the report"): the author named on it, or
    on an earlier mention of it in the article ("a report by the IAEA", "the Security
    Council adopted a resolution"), `document_sentences_back` sentences at most
    (data/events/roles.toml)."""
    words = load_role_words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.document_nouns:
        return None
    earliest = sentences_back(noun.doc, noun.i, words.document_sentences_back)
    # itself first: "adopted a statement that …"
    return _earlier_author(noun, (noun, *reversed(noun.doc[earliest : noun.i])), index)


def _earlier_author(
    noun: Token, tellings: Iterable[Token], index: MentionIndex, *,
    making_verbs: frozenset[str] | None = None, verbs: frozenset[str] = frozenset(),
) -> Mention | None:
    """The first of `tellings` that tells the noun with its owner ("a report by the
    IAEA"), as the object of a verb whose subject made it ("the council adopted a
    resolution"; only `making_verbs` when given), or by one of `verbs` with its
    subject ("Iran demanded")."""
    for earlier in tellings:
        lemma = earlier.lemma_.lower()
        if earlier.pos_ == "VERB" and lemma in verbs and not is_passive(earlier):
            authors = [m for s in verb_subjects(earlier) if (m := _mention_for(s, index)) is not None]
        elif earlier.pos_ == "NOUN" and lemma == noun.lemma_.lower():
            authors = [m for a in noun_actors(earlier, purpose=False) if (m := _mention_for(a, index)) is not None]
            made = making_verbs is None or earlier.head.lemma_.lower() in making_verbs
            if not authors and earlier.dep_ == "dobj" and made:  # "the council adopted a resolution"
                authors = [m for s in verb_subjects(earlier.head) if (m := _mention_for(s, index)) is not None]
        else:
            continue
        if authors:
            return authors[0]
    return None


def _first_subject(sentence: Span) -> Token | None:
    """The subject of the sentence's main clause (the root's, else the first one)."""
    own = children(sentence.root, *SUBJECTS, "nsubjpass")
    if own:
        return own[0]
    return next((t for t in sentence if t.dep_ in (*SUBJECTS, "nsubjpass")), None)


def _clause_subject_mention(pronoun: Token, index: MentionIndex) -> Mention | None:
    """"The Assembly adopted a resolution … repeating its demand": a possessive "its" or
    "their" in a clause is bound to that clause's subject, when the subject names a
    polity, before any nearer name ("peace in Ukraine")."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "their"):
        return None
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [s for s in verb_subjects(verb) if s.i < pronoun.i] if verb.pos_ in ("VERB", "AUX") else []
    # a document acting ("a resolution … repeating its demand") speaks for whoever adopted it
    subjects += [s for d in subjects if d.dep_ == "dobj" for s in verb_subjects(d.head)]
    found = [m for m in (_mention_for(s, index) for s in subjects) if m is not None and m.actor and not m.actor.person]
    return found[0] if found else None


def _listed_in_apposition(token: Token, index: MentionIndex) -> list[Mention]:
    """"The EU big-three -- Britain, France and Germany -- are expected to meet …": an
    apposition listing several states names the parties the phrase stands for; nothing
    when it lists fewer than two states."""
    listed = [c for c in token.children if c.dep_ == "appos"]
    found = [_mention_for(t, index) for t in with_conjuncts(listed)]
    states = [m for m in found if m is not None and m.actor is not None and not m.actor.person
              and m.actor.code not in NON_STATE_CODES]
    return states if len({m.actor.code for m in states}) >= 2 else []  # type: ignore[union-attr]


def _coordinated_modifiers(token: Token, index: MentionIndex) -> list[Mention | None]:
    """"Armenian and Azerbaijani troops": each coordinated modifier names a party."""
    return [index.at(item) for child in children(token, "amod", "compound", "nmod") if child.conjuncts
            for item in (child, *child.conjuncts)]


def _coordinated_owners(token: Token, index: MentionIndex) -> list[Mention | None]:
    """"Leaders of Thailand, Laos and Vietnam", "ministers from Japan and China": each
    party of a coordinated "of" phrase (or the like) on a noun that names none itself."""
    if index.at(token) is not None:
        return []
    return [index.at(item) for word in load_role_words().of_like for pobj in prep_objects(token, word) if pobj.conjuncts
            for item in pobj.conjuncts]


def _antecedents(tokens: Iterable[Token]) -> list[Token]:
    """A relative pronoun stands for the noun its clause hangs on ("the Council, which
    imposed …" → Council)."""
    words = load_role_words()
    found = []
    for token in tokens:
        clause = token.head
        if token.lower_ in words.relative_pronouns and clause.dep_ == "relcl":
            found.append(_copula_subject(clause.head) or clause.head)
        elif token.lower_ in words.relative_pronouns and token.dep_ == "nsubj" and clause.dep_ == "advcl":
            # A relative clause the parser hung on the verb: its subject is the main one's.
            found.extend(verb_subjects(clause.head))
        else:
            found.append(token)
    return found


def _copula_subject(noun: Token) -> Token | None:
    """"North Korea was one of five countries that voted …": the countries are North Korea."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among"):
        noun = noun.head.head if noun.head.lower_ == "of" else noun.head
    if noun.dep_ in ("attr", "prep") and noun.head.lemma_ == "be":
        subjects = children(noun.head, "nsubj")
        return subjects[0] if subjects else None
    return None


def _mention_for(token: Token, index: MentionIndex, *, depth: int = 2) -> Mention | None:
    """The mention of the head, else of its modifiers ("Israeli police"), else of an
    "of" phrase, two deep ("the government of Iraq", "the independence of the DPR")."""
    words = load_role_words()
    found = index.at(token)
    if token.ent_type_ == "NORP" and (found is None or (found.actor and found.actor.rule == "gazetteer.demonym")):
        found = _located_people(token, index) or found
    if found is not None or token.lemma_.lower() in words.relational_nouns:
        return found  # "Israel's ally", "an ally of Russia" is not Israel or Russia
    for child in children(token, *MODIFIER_DEPS):
        if child.dep_ == "appos" and _misread_subject(child):
            continue  # "After talks with Tuju, Chinese Foreign Minister Li …": Li is no one's modifier
        found = index.at(child)
        if child.dep_ in ("appos", "npadvmod") and _town(found):
            continue  # "Equus Capital Corp., Houston": a town beside a name is where it is, not who
        if found is None and child.lower_ == "led":  # "Vietnamese-led forces", "Saudi-led coalition"
            found = next((m for m in map(index.at, children(child, *MODIFIER_DEPS)) if m is not None), None)
        if found is None and child.pos_ == "PROPN" and group_sectors(token):
            found = _country_in_name(child, index)  # "Montenegro Municipality Association officials"
        if found is not None:
            return found
    for word in words.of_like if depth else ():
        if word == "by" and _undergoer_of_act(token):
            continue  # "the rape of a girl by US servicemen": the girl is not theirs
        for pobj in prep_objects(token, word):
            found = _mention_for(pobj, index, depth=depth - 1)
            if found is not None:
                return found
    if depth and group_sectors(token):
        for pobj in _group_places(token):
            found = _mention_for(pobj, index, depth=0)
            if found is not None:
                return found
    return None




def _undergoer_of_act(token: Token) -> bool:
    """The "of" object of a noun ("the arrest of the leader by police"): a "by" phrase
    the parser hangs on it names who did the act to it (`_agent_on_undergoer`)."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.tag_ in ("NN", "NNS")


def _town(mention: Mention | None) -> bool:
    """A town or city placed by GeoNames: a place, never a metonym of its state."""
    return mention is not None and mention.actor is not None and mention.actor.rule == "geonames.city"


def _country_in_name(name: Token, index: MentionIndex) -> Mention | None:
    """"Montenegro Municipality Association officials": the people of a body the gazetteer
    does not know, whose name opens with a country's, are that country's (not a body
    named alone: "the Iraq Study Group" is a US panel about Iraq)."""
    for word in name.subtree:
        if word.i < name.i and word.dep_ == "compound" and word.pos_ == "PROPN":
            found = index.at(word)
            if found is not None and found.actor is not None and found.actor.rule == "gazetteer.country":
                return found
    return None


def _group_places(group: Token) -> list[Token]:
    """Where the sentence puts an unnamed group: "rebels in Mali", "refugees fleeing the
    war in Liberia", "a terror group based in Trinidad"."""
    words = load_role_words()
    found = [pobj for word in words.location_prepositions for pobj in prep_objects(group, word)]
    for clause in children(group, "acl", "relcl"):
        found += places_around(children(clause, "dobj"), depth=1)
        if clause.lemma_.lower() in words.home_verbs:
            found += places_around([clause], depth=1)
    return found


def _located_people(token: Token, index: MentionIndex) -> Mention | None:
    """"The Albanians of southern Serbia", "ethnic Serbs in Kosovo": a people named where
    they live belong to the state they live in, as PLOVER codes people."""
    for word in ("of", *load_role_words().location_prepositions):
        for pobj in prep_objects(token, word):
            found = _mention_for(pobj, index, depth=0)
            if found is not None and found.actor is not None and not found.actor.person:
                return found
    return None


def group_sectors(token: Token) -> tuple[str, ...]:
    """The sectors a common noun for people gives ("rebels" → REB, "protesters" → CVL,
    "an army convoy" → MIL); empty for other words and for names."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:
        return ()  # "Rebels" opening a sentence is tagged PROPN; a named entity is no group noun
    knowledge = load_knowledge()
    compounds = [child for child in children(token, "compound") if child.pos_ == "NOUN"]
    # the whole phrase first: "suicide bomber" is a title where neither word alone is
    if compounds and (found := knowledge.sector_for(" ".join(w.lemma_ for w in (*compounds, token) if w.i <= token.i))):
        return found
    found = next((found for word in (token, *compounds) if (found := knowledge.sector_for(word.lemma_))), ())
    # else with the word describing it: "armed men" is a title where neither word alone is
    # (not "official report", "legislative candidates": the adjective alone is a title word)
    described = [child for child in children(token, "amod") if child.i == token.i - 1]
    if found or not described or knowledge.sector_for(described[0].lower_):
        return found
    return knowledge.sector_for(f"{described[0].lower_} {token.lemma_}")


def counted(token: Token) -> list[Token]:
    """The noun a quantity counts: "thousands of riot police" → police; else the token."""
    if token.lemma_.lower() in load_role_words().quantity_nouns or token.pos_ == "NUM":
        inner = prep_objects(token, "of")
        if inner:
            return [word for noun in inner for word in counted(noun)]
        if token.pos_ == "NUM" and token.dep_ == "dobj":
            return _elided_group(token) or [token]
    return [token]


def _elided_group(number: Token) -> list[Token]:
    """"police dispersed the demonstrators, arresting 12": a bare number as an object
    counts the group an earlier verb of the sentence acted on."""
    for word in reversed(number.doc[number.sent.start : number.i]):
        if word.dep_ == "dobj" and word.pos_ == "NOUN" and group_sectors(word):
            return [word]
    return []


# "warned it would cut supplies to Belarus", "said we will respond": the clause's
# subject is the speaker again, so whom the act is aimed at is its target.
OWN_PRONOUNS = frozenset({"it", "we", "i"})


def embedded_recipients(trigger: Token) -> list[Token]:
    """Whom a demand, threat or refusal is about, when the trigger has no object: the
    subject of "demanded that the US cancel …", or the target of the action in "threatened
    to break relations with Russia", "refused to deploy peacekeepers in Iraq"."""
    for clause in children(trigger, "ccomp", "xcomp"):
        subjects = children(clause, "nsubj", "nsubjpass")
        if subjects and clause.dep_ == "ccomp" and not all(s.lower_ in OWN_PRONOUNS or _restates(s) for s in subjects):
            return subjects
        targets = _targets(clause)
        if targets:
            return targets
    return []


def _restates(pronoun: Token) -> bool:
    """"warned that they will crack down", "Denktash warned he would not …": the pronoun
    subject of the clause is the reporter again, not whom the act is aimed at; "he" or
    "she" only where the reporter is named as a person ("the newspaper alleged he …" is
    someone else)."""
    found = reporters(pronoun)
    if pronoun.lower_ in load_role_words().person_pronouns:
        found = [s for s in found if s.ent_type_ == "PERSON"]
    return bool(found)


def requested_subjects(noun: Token) -> list[Token]:
    """Who is to act in a demand's "that" clause ("its demand that Israel ease …"),
    which the parser may hang on the verb whose object the demand is."""
    clauses = children(noun, "acl", "ccomp") + (children(noun.head, "ccomp") if noun.dep_ == "dobj" else [])
    return [s for clause in clauses for s in children(clause, "nsubj", "nsubjpass")]


def _targets(verb: Token) -> list[Token]:
    """Whom an embedded act is aimed at: its object, then its prepositional targets;
    where it happens ("in Nairobi", "at the border") only when nothing else is named
    ("agreed to meet Uganda in Nairobi" aims at Uganda alone)."""
    words = load_role_words()
    heads = [verb, *children(verb, "dobj")]
    found = [t for t in children(verb, "dobj", "dative")]
    found += [p for obj in children(verb, "dobj") for p in proposers(obj)]
    aims = [word for word in words.target_prepositions if word not in words.place_prepositions]
    found += [p for head in heads for word in aims for p in prep_objects(head, word)]
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in found):
        return found
    places = [word for word in words.target_prepositions if word in words.place_prepositions]
    return found + [p for head in heads for word in places for p in prep_objects(head, word)]


def proposers(noun: Token) -> list[Token]:
    """Who put forward what one party puts to another (`offered_nouns`), told by a
    participle of proposing on it or on a noun of its phrase: "the plan proposed by
    France", "the idea of setting up a contact group, initiated by Chirac"."""
    words = load_role_words()
    if noun.lemma_.lower() not in words.offered_nouns:
        return []
    return [agent for word in noun.subtree if word.dep_ == "acl" and word.tag_ == "VBN"
            and word.lemma_.lower() in words.proposing_verbs for agent in prep_objects(word, "by")]


def asks_someone(verb: Token) -> bool:
    """"asked the Europeans to back sanctions", "urged Seoul to …": a request whose object
    is the one asked, or whose clause names who is to act."""
    asking = verb.lemma_.lower() in load_role_words().addressee_verbs and bool(children(verb, "dobj", "dative"))
    return asking or bool(children(verb, "xcomp", "ccomp"))


def protested(trigger: Token) -> list[Token]:
    """What an act is done "in protest" of ("a hunger strike in protest of the Russian
    government's refusal", "walked out in protest at the ruling"), on the act, its object,
    or the verb a noun act is the object of; whose it is names the recipient."""
    words = load_role_words()
    heads = [trigger, *children(trigger, "dobj")]  # "staged a strike in protest at …"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj":
        heads.append(trigger.head)  # "began a hunger strike on Monday in protest at …"
    for head in heads:
        for protest in (p for p in prep_objects(head, "in") if p.lemma_.lower() in words.protest_nouns):
            found = [o for word in words.protested_prepositions for o in prep_objects(protest, word)]
            # "staged a hunger strike in protest at Kenya's decision": the parser may hang the
            # phrase right after "protest" on the verb
            after = protest.doc[protest.i + 1 : protest.i + 2]
            found += [o for prep in after if not found and prep.dep_ == "prep"
                      and prep.lower_ in words.protested_prepositions for o in children(prep, "pobj")]
            if found:
                return found
    return []


def protest_cause_doers(trigger: Token) -> list[Token]:
    """Whose act a protest is "over" (roles data: protest_cause_prepositions): "rallied
    in Seoul over Japan's claim to the islands", "demonstrated over the killing of
    civilians by US drones", "staged protests over the Israeli decision". The phrase
    hangs on the trigger, on its object ("staged protests over …") or, for a protest
    noun that is an object, on the verb ("held a rally in Seoul over …"). Only the doer
    of the act the phrase names is aimed at (`_cause_doers`); not a party the phrase names
    itself ("over Kosovo": what it is about), nor a thing with no doer ("over unpaid
    wages", "over the weekend")."""
    heads = [trigger, *children(trigger, "dobj")]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj":
        heads.append(trigger.head)
    causes = [cause for head in heads for word in load_role_words().protest_cause_prepositions
              for cause in prep_objects(head, word) if cause.pos_ == "NOUN"]
    return [doer for cause in causes for doer in _cause_doers(cause)]


def _cause_doers(act: Token) -> list[Token]:
    """Who did the act a noun names: its possessor ("Japan's claim"), its "by" agent
    ("the killing of civilians by US drones", also where the parser hangs it on the "of"
    object or on the verb), or a demonym or body modifying it ("the Israeli decision",
    "the NATO bombing"). A country's name before the noun is not taken: "the Iraq war",
    "the Kashmir dispute" name where, not who."""
    own = children(act, "poss") + prep_objects(act, "by") + [a for acl in children(act, "acl") for a in prep_objects(acl, "by")]
    own = own or _agent_on_undergoer(act) or agent_on_verb(act)
    return own or [m for m in children(act, "amod", "compound", "nmod")
                   if m.ent_type_ in ("NORP", "ORG") and not _in_opposing_phrase(m)]


def separated_from(trigger: Token) -> list[Token]:
    """From whom a protest or demand seeks independence, secession or autonomy ("demanding
    a referendum on independence from Indonesian rule", "rallied for independence from
    Serbia"): the party it is aimed at."""
    words = load_role_words()
    return [o for word in trigger.subtree if word.pos_ == "NOUN" and word.lemma_.lower() in words.separation_nouns
            for o in prep_objects(word, "from")]


def time_clauses(trigger: Token) -> list[Token]:
    """Clauses telling when the act happened ("killed 23 people when they blew themselves
    up in Tel Aviv"): where they happen, the act did."""
    marks = load_role_words().time_clause_marks
    return [c for c in children(trigger, "advcl")
            if any(m.dep_ in ("mark", "advmod") and m.lower_ in marks and m.i < c.i for m in c.children)]


def location_objects(trigger: Token) -> list[Token]:
    """"… lifted a curfew in Montenegro": where a domestic measure applies."""
    heads = [trigger, *children(trigger, "dobj")]
    return [pobj for head in heads for pobj in prep_objects(head, "in")]




def condition_subjects(trigger: Token) -> list[Token]:
    """Whose conduct a threat is conditioned on: the subject of the "if" or "unless"
    clause under the threatened act ("threatened to halt talks if France expels …",
    "will withdraw its force unless the government holds elections")."""
    words = load_role_words()
    verbs = [trigger.head if trigger.pos_ in ("NOUN", "PROPN") else trigger]
    for verb in verbs:  # the threatened act may sit under "threatened to", "would"
        verbs += [v for v in children(verb, "xcomp", "ccomp", "conj") if len(verbs) < 6]
        for clause in children(verb, "advcl"):
            if any(child.dep_ == "mark" and child.lower_ in words.threat_condition_marks for child in clause.children):
                subjects = children(clause, "nsubj", "nsubjpass")
                if subjects:
                    return subjects
    return []


def conditioned_unless(trigger: Token) -> bool:
    """"… will withdraw its troops unless …": an ultimatum."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") else trigger
    return any(
        child.dep_ == "mark" and child.lower_ == "unless" for clause in children(verb, "advcl") for child in clause.children
    )


def relation_partners(trigger: Token) -> list[Token]:
    """The other side of relations or talks a verb acts on ("boycott all contact with
    the United States", "suspended talks with Seoul")."""
    objects = [word for obj in undergoers(trigger) for word in counted(obj)]
    # "froze talks on closer ties with Belgrade": the relations the talks are about
    objects += [p for obj in objects for topic in ("on", "about", "over") for p in prep_objects(obj, topic)]
    return [
        pobj
        for obj in objects
        if obj.lemma_.lower() in load_role_words().relations_words
        for preposition in ("with", "between")
        for pobj in prep_objects(obj, preposition)
    ]




def places_around(tokens: Iterable[Token], *, depth: int = 3) -> list[Token]:
    """Place phrases on these words, and the places nested in them, `depth` deep."""
    found: list[Token] = []
    for token in tokens:
        for prep in children(token, "prep"):
            if (prep.lower_ not in load_role_words().place_prepositions and not (depth < 3 and prep.lower_ == "of")
                    and not _on_place(prep)):
                continue
            objects = children(prep, "pobj") + [p for inner in children(prep, "prep") for p in children(inner, "pobj")]
            for pobj in objects:
                if pobj.lemma_.lower() in load_role_words().non_place_nouns:
                    continue  # "in favour of Ukraine", "in response to Iran": no place
                found.append(pobj)
                if depth > 1:
                    found += places_around([pobj], depth=depth - 1)
    return found


def _response_verb(noun: Token) -> Token | None:
    """The verb that receives, weighs or answers a request noun: the noun is its object
    ("considering a request") or its passive subject ("the request was granted"); else None."""
    words = load_role_words()
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in words.request_response_verbs:
        return noun.head
    return None


def received_request(noun: Token) -> bool:
    """"received a request from NATO", "plans to meet a NATO request", "Iraq's demands were
    granted by the council": a request noun (roles data: received_request_nouns) that a
    response verb takes, with the receiver named; one asking only when counted
    (count_request_nouns: "a demand", "their demands", not "meet demand from China") must
    be so."""
    words = load_role_words()
    lemma = noun.lemma_.lower()
    verb = _response_verb(noun) if lemma in words.received_request_nouns else None
    if verb is None:
        return False
    if not (prep_objects(verb, "by") if is_passive(verb) else verb_subjects(verb)):
        return False  # "until their demands are met": no one named receives them
    counted_noun = noun.tag_ == "NNS" or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in noun.children)
    return lemma not in words.count_request_nouns or counted_noun


def request_senders(noun: Token) -> list[Token]:
    """Who made a received request, by its "from" or "of" phrase ("a request from NATO",
    "met the demands of the rebels"), or the "from" phrase the parser hung on the verb
    ("we have received a request from NATO")."""
    if not received_request(noun):
        return []
    verb = _response_verb(noun)
    own = prep_objects(noun, "from") + prep_objects(noun, "of")
    return own or (prep_objects(verb, "from") if verb is not None else [])


def request_receivers(noun: Token) -> list[Token]:
    """Whom a received request asks: who receives, weighs or answers it ("Denmark is
    considering NATO's request", "the request was granted by Denmark")."""
    verb = _response_verb(noun)
    if verb is None or not received_request(noun):
        return []
    return prep_objects(verb, "by") if is_passive(verb) else verb_subjects(verb)


def relativized_nouns(verb: Token) -> list[Token]:
    """"the demands, which we are willing to meet", "a request that Denmark plans to meet": a
    verb raised under a relative clause (through roles data gap_passing_heads: "willing
    to", "plans to") whose object is the relative pronoun, or missing while the clause has
    a subject of its own, acts on the clause's noun. When that noun is the object of a preposition on another noun ("a request
    from NATO, which we are willing to meet"), the parser may have hung the clause on the
    wrong one of the two: both are given (the noun a participle the phrase hangs on describes:
    "targets set by the IMF"; the verb's object when it hangs on a verb)."""
    words = load_role_words()
    objects = children(verb, "dobj")
    if verb.dep_ != "xcomp" or any(o.lower_ not in words.relative_pronouns for o in objects):
        return []
    clause = verb.head
    heads = [clause]
    for _ in range(3):
        if clause.dep_ != "xcomp" and clause.dep_ != "acomp":
            break
        clause = clause.head
        heads.append(clause)
    # the object is missing from the infinitive only under a word that takes one ("plans to
    # meet", "is willing to meet"), not under a verb missing its own ("impose to hit back")
    if clause.dep_ != "relcl" or any(h.lemma_.lower() not in words.gap_passing_heads for h in heads):
        return []
    # the parser hangs the pronoun and the subject on any word of the clause ("which the
    # government is determined to meet": "which" nsubjpass, "government" on "is")
    between = [t for t in clause.subtree if clause.head.i < t.i < verb.i]
    relatives = [t for t in between if t.lower_ in words.relative_pronouns]
    if not relatives or not any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in words.relative_pronouns
                                and t.i > relatives[0].i for t in between):
        return []
    noun = clause.head
    if noun.dep_ != "pobj" or noun.head.dep_ not in ("prep", "agent"):
        return [noun]
    holder = noun.head.head
    if holder.pos_ == "NOUN":
        return [noun, holder]
    if holder.dep_ == "acl" and holder.head.pos_ == "NOUN":
        return [noun, holder.head]  # "targets set by the IMF, which …": the noun the participle is on
    return [noun, *children(holder, "dobj")]  # "received a request from NATO": "from" hung on the verb


def _on_place(prep: Token) -> bool:
    """An "on" phrase that names where something happens: "on the West Bank", "on the
    Gaza Strip", "on the road to Yei" (role data on_place_nouns), not "sanctions on Iran"."""
    return prep.lower_ == "on" and any(
        pobj.lemma_.lower() in load_role_words().on_place_nouns for pobj in children(prep, "pobj"))

"""The event coder: PLOVER events from each sentence of a parsed article, by the
patterns in `data/events/patterns.toml`, over the dependency parse.

For each trigger word a pattern names, the coder finds the actor (subject, agent,
possessor) and recipient (the pattern's roles), resolves both through the article's
mentions, reads the auxiliary modes, and dates the event. No actor, no event; a type
that requires a recipient gets none without one. The manual's conversions apply:
announced cooperation is AGREE, announced retreat is CONCEDE, hypothetical violence
is THREATEN.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
from collections.abc import Iterator, Sequence
from typing import Literal

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from dyadwatch.actors.knowledge import NON_STATE_CODES, load_knowledge
from dyadwatch.actors.mentions import article_country, load_domestic_rule, private_people
from dyadwatch.datafiles import DataModel, read_data_file
from dyadwatch.times.dating import EventDate, date_event, set_for_later
from dyadwatch.nlp import doc_text, sentences_back
from dyadwatch.events.modality import (
    continued_future, denied_ability, expresses_willingness, inverted, is_condition, is_consequence, is_requested,
    named_as_possible, no_occurrence, read_aux,
)
from dyadwatch.plover.ontology import Ontology, load_ontology
from dyadwatch.events.patterns import PATTERN_VERSION, POS, Pattern, PatternIndex, load_patterns
from dyadwatch.events.speech import (
    Justifying, Parties, SpeechAct, SpeechCue, justification_quotes, load_speech_cues, speech_acts,
)
from dyadwatch.events.topics import is_sports_story
from dyadwatch.events.roles import (
    addressed_by_head,
    message_addressees,
    received_request,
    relativized_nouns,
    request_receivers,
    request_senders,
    reporting_verb,
    agent_on_verb,
    backs_someone,
    defied_act_doers,
    MentionIndex,
    actors_of,
    asks_someone,
    children,
    clause_verb,
    condition_subjects,
    conditioned_unless,
    counted,
    doers_told_of,
    document_author,
    embedded_recipients,
    group_sectors,
    location_objects,
    places_around,
    is_passive,
    measure_owners,
    named_itself,
    load_role_words,
    held_gathering,
    noun_actors,
    object_parties,
    opposed_modifiers,
    parties_inside_object,
    prep_objects,
    pronoun_antecedent,
    protest_cause_doers,
    protested,
    refers_back,
    reporters_of_clause,
    relation_partners,
    requested_subjects,
    separated_from,
    setting_addressees,
    story_pair,
    bare_talks,
    talk_sets_scene,
    taken_part_in,
    gathering_bodies,
    told_before_gathering,
    time_clauses,
    told_act,
    told_act_types,
    act_maker,
    is_bare,
    undergoers,
    mark_datelines,
    verb_subjects,
    with_conjuncts,
    encounter_sides,
)
from dyadwatch.records import Actor, AnnotatedArticle, Event, EventAux, Mention, Quote

FUTURE_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
COOPERATIVE = FUTURE_AS_AGREE | {"AGREE", "CONCEDE", "RETREAT"}
CONFLICTUAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST"})
# An announced or offered conflictual act is a threat whose content is that act (§3.11,
# "the mode is the content of the threat"; Table 3.6): type or type/mode → THREATEN mode.
# Breaking off relations or talks (relations_words of data/events/roles.toml) is
# threatened "relations", not "restrict".
THREAT_CONTENT = {
    "ASSAULT": "violence",
    "COERCE": "restrict",
    "COERCE/arrest": "arrest",
    "COERCE/seize": "territory",
    "COERCE/deport": "expel",
    "SANCTION": "restrict",
    "SANCTION/expel": "expel",
    "SANCTION/discontinue": "restrict",
    "SANCTION/withdraw": "relations",
    "PROTEST": "restrict",
}
RESPONSE_RECIPIENT_TYPES = frozenset({"REJECT", "SUPPORT"})  # not ACCUSE: "condemned the attack on Kyiv" is no accusation of Kyiv
VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "AGREE"})
# Acts aimed at whom a message they are made in is addressed to ("asked in a letter to",
# "apologized in a message to"); not an accusation, whose addressee is its audience
# ("condemned the attacks in a telegram to Clinton": not Clinton's).
MESSAGE_TYPES = frozenset({"REQUEST", "SUPPORT", "AGREE", "CONCEDE", "REJECT", "THREATEN"})
ADDRESSEE_RULE = "recipient.addressee"
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF"})
COMPANY_SECTORS = frozenset({"BUS", "JRN"})  # firms and news outlets: organisations, not a country's people
HISTORICAL_AFTER_DAYS = 365
BASE_CONFIDENCE = 0.8


@dataclasses.dataclass(slots=True, frozen=True)
class Match:
    pattern: Pattern
    trigger: Token
    words: tuple[Token, ...]


def code_events(
    annotated: AnnotatedArticle, doc: Doc, *, patterns: PatternIndex | None = None, ontology: Ontology | None = None
) -> tuple[Event, ...]:
    """Every event in the article's body and caption sentences; none in a sports story
    (`topics.is_sports_story`: its teams' "attacks" are no political events)."""
    if is_sports_story(annotated.article.title or "", annotated.article.text):
        return ()
    patterns, ontology = patterns or load_patterns(), ontology or load_ontology()
    index = MentionIndex(annotated.mentions, annotated.quotes)
    mark_datelines(doc, annotated.article.datelines)
    events: list[Event] = []
    triggers: dict[str, Trigger] = {}  # by event id, for the acts a pattern matched
    for number, sentence in enumerate(_sentences(doc)):
        coded: list[tuple[Match, Event]] = []
        for match in _matches(sentence, patterns):
            if _visitor_named(match.trigger, index) is not None:
                continue  # "met visiting President X": X's visit (below), not a visit by the subject
            made = _make_event(match, sentence, number, annotated, index, ontology)
            for event in (made, _court_custody_pair(match, made, ontology)):
                if event is not None and event.id not in {e.id for e in events} | {e.id for _, e in coded}:
                    coded.append((match, _answering(match, event, [e for _, e in coded], events, index)))
                    triggers[event.id] = Trigger(match.trigger.lemma_.lower(), _names_its_undergoer(match),
                                                 "cause_doer" in match.pattern.recipient,
                                                 match.pattern.id in load_coder_words().judging_patterns,
                                                 match.trigger.i)
        events.extend(_visits_of_visitors(sentence, number, annotated, index, ontology, _folded(coded, ontology)))
    events.extend(_speech_events(annotated, doc, index, ontology, events, triggers))
    # what a pattern codes only toward someone (needs_recipient), after every rule that
    # finds a recipient ("approved six visas", "left for talks"), is no event; nor is an act
    # among private individuals only ("Spanish teenager Rafael Nadal pulled out")
    private = private_people(annotated.mentions)
    return tuple(e for e in _recipients_told_elsewhere(events, patterns.reciprocal, triggers)
                 if (e.recipient or e.pattern not in patterns.needing_recipient) and _political_side(e, private))


def _court_custody_pair(match: Match, event: Event | None, ontology: Ontology) -> Event | None:
    """A court's sentence to prison is both a conviction and an arrest (§3.13 SANCTION,
    potential ambiguities and mode `convict`: "court sentences that include imprisonment
    will also receive a COERCE 'arrest' mode"): "a judge jailed 14 former soldiers for 20
    years" (COERCE arrest by a court, the verb one of `court_custody_verbs`) is also
    SANCTION convict; "the court sentenced him to five years in prison" (SANCTION
    convict, to a term of `custodial_terms`) is also COERCE arrest. None for any other
    event, and none for jailing by police or a government (no conviction told)."""
    if event is None:
        return None
    words = load_coder_words()
    if (event.event == "COERCE" and event.mode == "arrest" and match.trigger.lemma_.lower() in words.court_custody_verbs
            and all("JUD" in actor.sectors for actor in event.actor)):
        kind, mode = "SANCTION", "convict"
    elif event.event == "SANCTION" and event.mode == "convict" and _custodial_term(match.trigger, words):
        kind, mode = "COERCE", "arrest"
    else:
        return None
    return dataclasses.replace(
        event, id=hashlib.blake2b(f"{event.id}|{kind}".encode(), digest_size=8).hexdigest(), event=kind, mode=mode,
        context=("legal",), score=ontology.score(kind, mode), quad_code=ontology.event_type(kind).quad_code)


def _custodial_term(verb: Token, words: CoderWords) -> bool:
    """"sentenced him to five years in prison", "to life imprisonment", "to a lifetime jail
    term": what the sentence is "to" is a time in custody (`custodial_terms`), not death,
    a fine or a ban ("sentenced to a two-match ban"), nor a suspended term or probation
    (`noncustodial_modifiers`)."""
    terms = prep_objects(verb, "to")
    return any(term.lemma_.lower() in words.custodial_terms
               and not any(m.lemma_.lower() in words.noncustodial_modifiers for m in term.subtree)
               for term in terms)


def _political_side(event: Event, private: frozenset[str]) -> bool:
    """The annotation guide codes an event only when one side at least is a political
    actor: not when every party is a private individual (`private`: the people placed by
    nationality alone, a tennis player, a tourist)."""
    parties = (*event.actor, *event.recipient)
    return not parties or any(party.person is None or party.person not in private for party in parties)


@dataclasses.dataclass(slots=True, frozen=True)
class Trigger:
    """What a retelling is recognised by: the trigger's lemma, whether the act names what
    it is done to (`_names_its_undergoer`), whether its pattern keeps the actor's own
    side out of its recipients (a feeling, role `cause_doer`), whether it judges a thing
    it names (coder.toml `judging_patterns`: "welcomed the changes to the text"), and the
    trigger word's index in the Doc, for a statement told beside the act (-1: unknown)."""

    lemma: str
    names_undergoer: bool
    other_side_only: bool = False
    judges_a_thing: bool = False
    word: int = -1


@dataclasses.dataclass(slots=True, frozen=True)
class Telling:
    """An act told with its recipient: its sentence, the recipient's codes, its trigger's
    lemma, and whether the recipient was read from where the act fell (`placed`)."""

    sentence: int
    codes: tuple[str, ...]
    lemma: str | None
    placed: bool


def _recipients_told_elsewhere(
    events: Sequence[Event], reciprocal: frozenset[str] = frozenset(), triggers: dict[str, Trigger] | None = None
) -> list[Event]:
    """"… following Ankara's refusal to meet its EU obligations": an act the article tells
    again without its recipient is the act it tells elsewhere with one, when every other
    telling of that type by those actors names the same recipient. A two-sided act (a
    pattern in `reciprocal`: "killed in clashes with PKK rebels") has none to be told. An
    army's own troops it announced killed (`_announced_own_casualties`) are those casualties
    only, no telling of whom the other attacks of the story hit."""
    triggers = triggers or {}
    told: dict[tuple[str, frozenset[str]], list[Telling]] = {}
    stops = {f"{PATTERN_VERSION}/{name}" for name in load_coder_words().tour_stop_patterns}
    for event in events:
        if event.recipient and all(r.rule == ANNOUNCED_TROOPS_RULE for r in event.recipient):
            continue
        if event.recipient and not event.aux.negated and event.pattern not in stops:
            key = (_telling_kind(event), frozenset(a.code for a in event.actor))
            trigger = triggers.get(event.id)
            placed = all(r.rule in load_coder_words().place_recipient_rules for r in event.recipient)
            told.setdefault(key, []).append(Telling(event.sentence, tuple(sorted({r.code for r in event.recipient})),
                                                    trigger.lemma if trigger else None, placed))
    return [event if event.pattern in reciprocal else _with_recipient_told_elsewhere(event, told, triggers.get(event.id))
            for event in events]


def _telling_kind(event: Event) -> str:
    """The type, and for a consultation whether it is a journey: "the pope's trip" retells
    the pope's visit to Turkey, not his meeting with someone else."""
    journey = event.event_text.lower().removesuffix("s") in load_role_words().journey_nouns
    return "CONSULT/visit" if event.event == "CONSULT" and (event.mode == "visit" or journey) else event.event


def _with_recipient_told_elsewhere(
    event: Event, told: dict[tuple[str, frozenset[str]], list[Telling]], trigger: Trigger | None
) -> Event:
    """Only from other sentences: two acts of one sentence are two acts ("called for peace
    and demanded that Russia withdraw"). Another state read from where the other acts fell
    ("Israeli troops imposed a curfew on Hebron") is no one an act naming what it is done
    to hit, unless the act is told by the same word: "police detained two settlers" is
    another act, "stormed the village of Allar" after "stormed the city of Ramallah" the
    same; the actor's own state so read stays (a domestic story: "killing 11 people" after
    a bombing in Baghdad). A praise of a thing it names ("welcomed the positive signals")
    takes no recipient from another praise, unless told by the same word. A feeling is at no one
    of the actor's own code ("Russia was infuriated when the Sakhalin-2 announced …"), as
    its pattern has it; other acts may be (a domestic story: "Thai militants shot dead a
    teacher" after Thai civilians were killed)."""
    kind = _telling_kind(event)
    if event.recipient or (event.event not in ONE_SIDED_TYPES and kind != "CONSULT/visit"):
        return event
    tellings = told.get((kind, frozenset(a.code for a in event.actor)), [])
    found = {telling.codes for telling in tellings}
    if len(found) != 1 or all(telling.sentence == event.sentence for telling in tellings):
        return event
    codes, actor_codes = next(iter(found)), {a.code for a in event.actor}
    if trigger is not None and not _retold_by_same_word(tellings, trigger) and (trigger.judges_a_thing or (
            trigger.names_undergoer and not set(codes) <= actor_codes and all(t.placed for t in tellings))):
        return event
    own = actor_codes if trigger is not None and trigger.other_side_only else set()
    recipients = tuple(Actor(code=code, rule="recipient.told-elsewhere") for code in codes if code not in own)
    return dataclasses.replace(event, recipient=recipients) if recipients else event


def _retold_by_same_word(tellings: Sequence[Telling], trigger: Trigger) -> bool:
    """Is one of the act's other tellings told by the act's own word ("stormed" after
    "stormed", "the refusal" after "refused")?"""
    return any(telling.lemma is not None and _same_word(telling.lemma, trigger.lemma) for telling in tellings)


def _same_word(one: str, other: str) -> bool:
    """One word in its verb or noun form: "refuse" and "refusal", "arrest" and "arrest"."""
    shorter, longer = sorted((one, other), key=len)
    return longer.startswith(shorter.removesuffix("e"))


def _names_its_undergoer(match: Match) -> bool:
    """Does the act name what it is done to, a party or not: a verb's object ("detained two
    settlers", "a settler was arrested"), a noun's ("the arrest of two settlers", "the attack
    on the convoy", by `undergone_prepositions`)? The noun's own actor ("the refusal of
    Turkey") is no object."""
    if match.pattern.pos == "verb":
        return bool(undergoers(match.trigger))
    doers = set(noun_actors(match.trigger))
    words = load_coder_words().undergone_prepositions
    return any(obj not in doers for word in words for obj in prep_objects(match.trigger, word))


# Acts aimed at someone, whose recipient a retelling may leave out.
ONE_SIDED_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONCEDE", "SANCTION", "COERCE", "ASSAULT", "AID"})

# A response to something told before ("Islamabad denies the claims", "Abe welcomed the
# deal") is aimed at whoever did it: the latest earlier act, in this sentence or the three
# before, by another party (wire copy often tells the demand, then its background, then
# the answer).
RESPONSE_TYPES = frozenset({"REJECT", "SUPPORT", "AGREE", "CONCEDE"})
RESPONSE_LOOKBACK_SENTENCES = 3


def _answering(
    match: Match, event: Event, same_sentence: Sequence[Event], earlier: Sequence[Event], index: MentionIndex
) -> Event:
    if event.recipient:
        return event
    act = told_act(match.trigger) if event.event in TOLD_ACT_ANSWERS and match.pattern.pos == "verb" else None
    answered = _answering_told_act(event, act, [*earlier, *same_sentence], index) if act is not None else None
    if answered is not None:
        return answered
    if event.event in DYAD_TYPES and not (event.event in RESPONSE_TYPES and refers_back(match.trigger)):
        return _continuing_dyad(event, earlier)
    if (event.event not in RESPONSE_TYPES or match.pattern.pos != "verb" or not refers_back(match.trigger)
            or match.pattern.event == "CONSULT"):  # "will attend the funeral": a promise to meet answers no act
        return event
    codes = {a.code for a in event.actor}
    recent = [e for e in earlier if e.sentence >= event.sentence - RESPONSE_LOOKBACK_SENTENCES]
    for before in reversed([*recent, *same_sentence]):
        if before.actor and not codes & {a.code for a in before.actor}:
            return dataclasses.replace(event, recipient=before.actor)
    return event


# Answers to an act told before by a bare noun ("rejected the demand", "denied the
# accusation", "criticised the proposal"): aimed at whoever made that act.
TOLD_ACT_ANSWERS = RESPONSE_TYPES | {"ACCUSE"}


def _answering_told_act(event: Event, act: Token, earlier: Sequence[Event], index: MentionIndex) -> Event | None:
    """"Iran demanded reparations. … Iraq rejected the demand": the recipient is the actor
    of the nearest earlier event of the type that makes the act (`roles.told_act_types`),
    `told_act_sentences_back` sentences at most, else the party an earlier telling of the
    act names as its maker (`roles.act_maker`). None when that act is the actor's own
    ("EU ministers endorsed the offer" the EU made), nor when a bare noun's maker is
    told nowhere (a news report, "the claim" of no one named). A noun with a phrase of its
    own and no maker found ("accepted the offer of cease-fire") is left to the response
    to the latest act (None)."""
    codes = {a.code for a in event.actor}
    types = told_act_types(act)
    back = load_role_words().told_act_sentences_back
    makers = next((e.actor for e in reversed(earlier) if e.event in types and e.actor and not e.aux.negated
                   and e.start < act.idx and e.sentence >= event.sentence - back), ())
    if not makers:
        maker = act_maker(act, index)
        makers = (dataclasses.replace(maker.actor, rule="recipient.told-act"),) if maker and maker.actor else ()
    if not makers:
        return event if is_bare(act) else None
    return event if codes & {a.code for a in makers} else dataclasses.replace(event, recipient=tuple(makers))


# Verbal acts whose other side a story keeps from the sentence before ("Russia accused
# Georgia of spying. It demanded an apology.": the demand is of Georgia).
DYAD_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})


def _continuing_dyad(event: Event, earlier: Sequence[Event]) -> Event:
    """A verbal act naming no recipient continues the dyad of the actor's act in the
    sentence just before, whose recipient becomes its own; not when that recipient was
    only a message's addressee ("sent a letter to London calling for talks"), who is no
    side the story goes on with."""
    codes = {a.code for a in event.actor}
    for before in reversed([e for e in earlier if e.sentence == event.sentence - 1]):
        others = {r.code for r in before.recipient}
        if (before.recipient and codes == {a.code for a in before.actor} and not codes & others
                and not all(r.rule == ADDRESSEE_RULE for r in before.recipient)):
            return dataclasses.replace(event, recipient=before.recipient)
    return event


def _speech_events(
    annotated: AnnotatedArticle, doc: Doc, index: MentionIndex, ontology: Ontology, coded: Sequence[Event],
    triggers: dict[str, Trigger] | None = None,
) -> Iterator[Event]:
    """Statements that are acts by what they say (`events.speech`), with the speaker as
    actor and the party the statement is about as recipient. A sentence whose speaker
    already acts in a coded event (the reporting verb was a trigger) adds none; but a
    ground given for the speaker's act (`SpeechAct.justifies`: "imposed sanctions on the
    grounds that …", "closed the border, saying …") is an accusation besides that act, kept
    unless the speaker already accuses in the sentence. A statement is the act of its first
    cue aimed at another party: a cue about no one ("Europe must stand united") does not
    hide a later one ("Moscow's decision was a provocation")."""
    numbers = {sentence.start: number for number, sentence in enumerate(_sentences(doc))}
    seen: set[str] = set()
    cues = load_speech_cues()
    triggers = triggers or {}
    grounds = justification_quotes(doc, index, cues.justifying)
    acts = list(speech_acts(annotated.quotes, doc, index, cues, grounds))
    spoken_grounds = {act.quote for act in acts if act.justifies}
    for quote in grounds:  # a participle's content ("…, saying …") tells deeds as often as it blames
        if quote not in spoken_grounds and (told := _harm_told(quote, doc, coded, cues.justifying)) is not None:
            acts.append(told)
    answered: set[int] = set()  # the quotations already coded by a cue (grounds are numbered -1)
    for act in acts:
        if act.quote_index in answered:
            continue
        actors, about = _speech_parties(act, index)
        recipients = tuple(dict.fromkeys(m.actor for m in about if m.actor is not None and _other_side(m.actor, actors)))
        if not recipients and act.cue.id == GROUNDS_CUE.id:
            recipients = _harm_doers(act, coded, cues.justifying, actors)
        if not recipients and act.parties.told_before and act.cue.event in JUDGING_EVENTS:
            recipients = _doers_told_before(actors, numbers.get(act.word.sent.start, 0), coded)
        if not recipients and act.cue.answers:
            recipients = _makers_answered(act, actors, numbers.get(act.word.sent.start, 0), coded)
        if not recipients and act.cue.event in MESSAGE_TYPES and act.reporting is not None:
            # "said in a message to Annan: 'the embargo must be lifted'": a content naming no one
            recipients = _addressed_parties(message_addressees(act.reporting), index, frozenset(a.code for a in actors))
        sentences = {act.word.sent.start_char} | ({act.reporting.sent.start_char} if act.reporting is not None else set())
        spoken = any(e.start in sentences and any(not _other_side(a, actors) for a in e.actor)
                     and (not act.justifies or e.event == act.cue.event)
                     and not _separate_statement(act, e, doc, triggers.get(e.id)) for e in coded)
        if not actors or not recipients or spoken:
            continue
        if act.quote_index >= 0:
            answered.add(act.quote_index)
        event = _speech_event(act, actors, recipients, numbers.get(act.word.sent.start, 0), annotated, ontology)
        if event.id not in seen:
            seen.add(event.id)
            yield event


def _coordination_root(word: Token) -> Token:
    """The first verb of a coordination ("condemned … and urged …": "condemned")."""
    while word.dep_ == "conj" and word.head is not word:
        word = word.head
    return word


def _separate_statement(act: SpeechAct, event: Event, doc: Doc, found: Trigger | None) -> bool:
    """Is the speaker's statement another act than the speaker's pattern-coded event of
    the sentence? "Moscow called the vote a 'milestone' and urged Georgia to …", "X
    condemned the bombing as 'barbaric' and called on Y to …": a second verb coordinated
    with the event's trigger (conj, same subject) that says something else makes a
    second statement. Not when the statement's cue or reporting verb is the trigger
    itself or in its clause (one cue, one event), not for a statement of the event's own
    type (one act told twice), and not when the trigger is unknown (a visit)."""
    if found is None or found.word < 0 or event.event == act.cue.event:
        return False
    trigger = doc[found.word]
    verb = act.reporting if act.reporting is not None else act.word
    if trigger.i in (verb.i, act.word.i) or trigger.pos_ not in ("VERB", "AUX") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return _coordination_root(trigger) == _coordination_root(verb) and (trigger.dep_ == "conj" or verb.dep_ == "conj")


# A ground that tells another party's hostile act: "sought sanctions on Iran on the grounds
# that Tehran is developing nuclear weapons" (speech.toml [justifying]).
GROUNDS_CUE = SpeechCue(id="speech.accuse-grounds", event="ACCUSE", mode="disapprove")


def _grounds_harms(quote: Quote, doc: Doc, coded: Sequence[Event], justifying: Justifying) -> list[tuple[Token, Event]]:
    """The coded hostile acts (`Justifying.blaming_events`, done, not denied nor only
    possible) told in a ground's content, with the content word of each one's trigger."""
    content = doc.char_span(quote.content_start, quote.content_end, alignment_mode="expand")
    if content is None:
        return []
    sentence, texts = content.sent, {token.text for token in content}
    found = []
    for event in coded:
        if (event.event not in justifying.blaming_events or event.aux.negated or event.aux.hypothetical
                or event.start != _stripped(sentence)[0]):
            continue
        words = event.event_text.split()
        first = next((token for token in content if token.text == words[0]), None) if words else None
        if first is not None and all(word in texts for word in words):
            found.append((first, event))
    return found


def _harm_told(quote: Quote, doc: Doc, coded: Sequence[Event], justifying: Justifying) -> SpeechAct | None:
    """A ground given in a frame ("on the grounds that …": `justification_quotes`) that
    tells another party's hostile act accuses it: the act the coder reads in it stands for
    the statement (`GROUNDS_CUE`). Not a participle's content ("provided a toll, saying the
    attack targeted a bus"), which as often only tells what happened."""
    harms = _grounds_harms(quote, doc, coded, justifying)
    if not harms:
        return None
    reporting = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    return SpeechAct(GROUNDS_CUE, quote, -1, harms[0][0], reporting[0] if reporting else None, Parties(),
                     justifies=True)


def _harm_doers(act: SpeechAct, coded: Sequence[Event], justifying: Justifying,
                speakers: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The doers, other than the speaker's side, of the hostile acts a ground tells."""
    doc = act.word.doc
    return tuple(dict.fromkeys(a for _, event in _grounds_harms(act.quote, doc, coded, justifying)
                               for a in event.actor if _other_side(a, speakers)))


# statements that judge what they are about: only these are aimed at an act told before
JUDGING_EVENTS = frozenset({"SUPPORT", "ACCUSE"})
TOLD_BEFORE = 2  # sentences back an act judged by "it", "this", "the move" may be told


def _doers_told_before(speakers: tuple[Actor, ...], number: int, coded: Sequence[Event]) -> tuple[Actor, ...]:
    """"Israel pulled its troops out of Beit Hanoun. 'It is a step in the right direction,'
    X said": a judgement whose subject only points back (`Parties.told_before`) is aimed
    at the doer of the act the nearest sentence before tells, of the `TOLD_BEFORE` last
    ("the pope made a gesture. The moment was moving, said X. 'It is a great gesture,' said
    Y"). None when they tell no act done, or the nearest tells acts of more than one doer
    or an act the speaker's own side took part in."""
    done = [e for e in coded
            if number - TOLD_BEFORE <= e.sentence < number and not (e.aux.negated or e.aux.hypothetical)]
    before = [e for e in done if e.sentence == max(e.sentence for e in done)]
    doers = {tuple(sorted(a.code for a in e.actor)) for e in before}
    if len(doers) != 1 or not all(_other_side(a, speakers) for e in before for a in e.actor):
        return ()
    return before[-1].actor


def _makers_answered(act: SpeechAct, speakers: tuple[Actor, ...], number: int,
                     coded: Sequence[Event]) -> tuple[Actor, ...]:
    """"Minsk demanded a lower price. But the Gazprom spokesman said this would not be
    possible": a statement whose cue answers an act told before (`SpeechCue.answers`) is
    aimed at the maker of the nearest earlier act of those types, told in its sentence
    before the cue word or in the `TOLD_BEFORE` sentences before, not denied, by another
    side than the speaker's. None when no such act is told, or the nearest sentence that
    tells one tells them by more than one party."""
    told = [e for e in coded if e.event in act.cue.answers and e.actor and not e.aux.negated
            and (number - TOLD_BEFORE <= e.sentence < number or (e.sentence == number and _told_before_word(e, act)))
            and all(_other_side(a, speakers) for a in e.actor)]
    if not told:
        return ()
    nearest = [e for e in told if e.sentence == max(e.sentence for e in told)]
    if len({tuple(sorted(a.code for a in e.actor)) for e in nearest}) != 1:
        return ()
    return nearest[-1].actor


def _told_before_word(event: Event, act: SpeechAct) -> bool:
    """Is the event's trigger told in the statement's sentence before its reporting verb
    (or its cue word): "Minsk demanded a lower price, but Moscow said that was out of the
    question"?"""
    words = event.event_text.split()
    limit = (act.reporting if act.reporting is not None else act.word).i
    return bool(words) and any(token.text == words[0] for token in act.word.sent if token.i < limit)


VISITOR_WORDS = frozenset({"visiting"})
VISIT = Pattern(id="consult.visiting", lemmas=("visiting",), pos="noun", event="CONSULT", mode="visit")


def _visits_of_visitors(
    sentence: Span, number: int, annotated: AnnotatedArticle, index: MentionIndex, ontology: Ontology,
    coded: list[Event],
) -> list[Event]:
    """"Li told visiting French Defence Minister Charles Millon …", "talks between Dung
    and his visiting Japanese counterpart": a visitor named so is visiting the clause's
    other side (the manual's CONSULT visit, the visitor as actor). The host's own
    meeting with the visitor ("Hu met visiting …") is that visit, not a second event."""
    visits = []
    text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char].lower()
    for word in sentence if any(w in text for w in VISITOR_WORDS) else ():
        visitor = _visitor_named(word, index)
        host = _host_of(word, visitor, index) if visitor is not None else None
        if visitor is None or host is None or visitor.actor.code == host.code:  # type: ignore[union-attr]
            continue
        verb = clause_verb(word, steps=len(word.doc))
        dated = date_event(verb or word, times=annotated.times, published=annotated.article.published)
        aux = _with_history(read_aux(verb) if verb is not None else EventAux(), dated.date, annotated.article.published)
        match = Match(VISIT, word, (word,))
        event, mode, aux = _convert(VISIT, aux)  # "will meet visiting X": a future meeting is AGREE (§3.1)
        visits.append(_event_record(match, sentence, number, annotated, ontology, event, mode,
                                    (visitor.actor,), (host,), aux, dated, via_pronoun=False))  # type: ignore[arg-type]
    pairs = {(v.actor[0].code, v.recipient[0].code) for v in visits}
    kept = [e for e in coded if not (e.event in ("CONSULT", "AGREE") and len(e.actor) == 1 and len(e.recipient) <= 1
                                     and any(e.actor[0].code == host for _, host in pairs))]
    return kept + visits


def _visitor_named(word: Token, index: MentionIndex) -> Mention | None:
    """The person "visiting" describes: its noun ("his visiting counterpart"), or the
    person the parser made its object ("met visiting President X", "talks with visiting
    President X", read as a verb); "visiting Togo" names a place, not a visitor; "after
    visiting President X" is the subject's own visit."""
    if word.lower_ not in VISITOR_WORDS:
        return None
    if word.dep_ in ("amod", "compound"):
        found = index.at(word.head)
    elif ((word.dep_ in ("xcomp", "advcl", "acl") and not children(word, "aux", "nsubj", "mark"))
          or _misread_after_with(word)):
        found = next((m for obj in children(word, "dobj") if (m := index.at(obj)) is not None), None)
    else:
        return None
    return found if found is not None and found.actor is not None and found.actor.person else None


def _misread_after_with(word: Token) -> bool:
    """"talks with visiting President X": the participle read as a gerund after "with";
    not "along with visiting X", "together with visiting X" (data: accompanying_adverbs),
    someone beside the subject rather than met by it."""
    with_ = word.head
    if word.dep_ != "pcomp" or with_.lower_ != "with" or children(word, "aux", "nsubj", "mark"):
        return False
    adverbs = {c.lower_ for c in children(with_, "advmod")} | ({with_.head.lower_} if with_.head.dep_ == "advmod" else set())
    return not adverbs & load_role_words().accompanying_adverbs


def _host_of(word: Token, visitor: Mention, index: MentionIndex) -> Actor | None:
    """The host: the subject of the verb the visitor is an object of, or the other side
    of the talks ("between Dung and his visiting counterpart"), or the subject of the
    clause the talks with the visitor hang on ("Hu said after talks with visiting X")."""
    described = word.dep_ in ("amod", "compound") or _misread_after_with(word)
    verb = clause_verb(word, steps=len(word.doc)) if described else word.head
    candidates = list(verb_subjects(verb)) if verb is not None else []
    noun = word.head if word.dep_ in ("amod", "compound") else None
    if noun is not None and noun.dep_ == "conj":
        candidates.insert(0, noun.head)
    for token in candidates:
        mention = index.at(token)
        if mention is not None and mention.actor is not None and mention.start != visitor.start:
            return mention.actor
    return None


def _partner_of_own_dealings(match: Match, index: MentionIndex, codes: frozenset[str]) -> tuple[Actor, ...]:
    """"reiterated his support for approval of his country's trade relations with Vietnam":
    backing one's own side's dealings with another party is aimed at that party, named by
    "with" in what the backing is for (roles data: partner_prepositions), not at one's own
    side. Nothing when that names no other party, or several."""
    words = load_role_words()
    backed = [w for prep in children(match.trigger, "prep") for w in prep.subtree]
    backed += [w for word in match.words[1:] for w in word.subtree]
    partners = [o for w in backed if w.lower_ in words.partner_prepositions for o in children(w, "pobj")]
    found, _ = actors_of(partners, index)
    others = tuple(dict.fromkeys(a for a in found if a.code not in codes))
    return tuple(dataclasses.replace(a, rule="recipient.partner-of-own-dealings") for a in others) if len(
        {a.code for a in others}) == 1 else ()


def _other_side(party: Actor, speakers: tuple[Actor, ...]) -> bool:
    """Is the party a statement is about another side than its speakers? Another state,
    or a body of the speaker's own state that the speaker is no part of ("the Georgian
    Foreign Ministry said the referendum in South Ossetia was unlawful": the separatists,
    sector PRE; the opposition, the parliament for a government speaker)."""
    same = [s for s in speakers if s.code == party.code]
    if not same:
        return True
    own_sectors = {sector for s in same for sector in s.sectors}
    return bool(party.sectors) and bool(own_sectors) and not own_sectors & set(party.sectors) and party.person is None


def _speech_parties(act: SpeechAct, index: MentionIndex) -> tuple[tuple[Actor, ...], tuple[Mention, ...]]:
    """Actor and the parties the act is aimed at. A commitment is its subject's
    ("Hu said China is willing to work with Germany": China's), when the subject is a
    party; every other statement is its speaker's. A cue read after one aimed at no one
    (`SpeechAct.later`) is aimed only at a party its own clause names, not the nearest."""
    parties = act.parties
    own = tuple(m.actor for m in parties.subjects if m.actor is not None)
    if act.cue.subject_acts and own:
        return own, parties.objects or (parties.nearest if not act.later else ())
    return _speaker_actors(act, index), parties.about(guess=not act.later)


def _spoken_by_pronoun(act: SpeechAct, actors: tuple[Actor, ...]) -> bool:
    """Was the actor found through a pronoun ("he said")? Not when it is the commitment's
    own subject, nor for a named or anonymous speaker."""
    words = load_role_words()
    speaker = act.quote.speaker
    if speaker is None or speaker.actor is not None or any(m.actor in actors for m in act.parties.subjects):
        return False
    return speaker.text.lower() in words.person_pronouns | words.group_pronouns


def _speaker_actors(act: SpeechAct, index: MentionIndex) -> tuple[Actor, ...]:
    """The speaker's actor; "he", "she", "they" take the nearest fitting party before."""
    words = load_role_words()
    speaker = act.quote.speaker
    if speaker is None:
        return ()
    if speaker.actor is not None:
        return (speaker.actor,)
    span = act.word.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    author = document_author(span.root, index) if span is not None else None
    if author is not None and author.actor is not None:  # "the statement said": its author
        return (author.actor,)
    word = speaker.text.lower()
    if word in words.person_pronouns or word in words.group_pronouns:
        found = pronoun_antecedent(span[0], index) if span else index.before(speaker.start, person=word in words.person_pronouns)
        return (found.actor,) if found is not None and found.actor is not None else ()
    return ()


def _speech_event(
    act: SpeechAct, actors: tuple[Actor, ...], recipients: tuple[Actor, ...], number: int,
    annotated: AnnotatedArticle, ontology: Ontology,
) -> Event:
    cue = act.cue
    pattern = Pattern(id=cue.id, lemmas=tuple(sorted(cue.lemmas | cue.modals)), pos="verb", event=cue.event, mode=cue.mode)
    match = Match(pattern, act.word, (act.word,))
    dated = _speech_date(act, annotated)
    aux = _with_history(EventAux(), dated.date, annotated.article.published)
    sentence = act.word.sent
    return _event_record(match, sentence, number, annotated, ontology, cue.event, cue.mode, actors, recipients, aux,
                         dated, via_pronoun=_spoken_by_pronoun(act, actors))


def _speech_date(act: SpeechAct, annotated: AnnotatedArticle) -> EventDate:
    """A speech act happens when it is reported ("said on Friday"); when the report
    names no time, a deed the content tells ("KCNA said Kim went to a unit on Thursday to
    congratulate it") has the time of its own clause, but not one that only describes
    the clause's subject ("said Israel's attack on Friday was unacceptable")."""
    published = annotated.article.published
    reported = date_event(act.reporting or act.word, times=annotated.times, published=published)
    if reported.time is not None or act.reporting is None or act.word.pos_ != "VERB":
        return reported
    own = date_event(act.word, times=annotated.times, published=published)
    subjects = [c for c in act.word.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own.time is None or any(s.left_edge.idx <= own.time.start < s.right_edge.idx + len(s.right_edge) for s in subjects):
        return reported
    return own


# An event that only says what another event is for or promises is folded into it (one
# event, §3.1 single-category rule): "agreed to reopen the border" is one AGREE, "staged
# rallies to demand reforms" one PROTEST. Head type → (link, folded types or None for
# any) pairs; a link is a dependency of the folded trigger's clause, or "purpose" (an
# infinitive of purpose: "opened fire to disperse the crowd") or "participle" (a
# participle of consequence: "shelled the town, killing 20").
# A rejected or accepted call, offer or plan ("rejected calls by Belarus for aid",
# "accepted the US offer") is what the response is about, not a second event.
FOLDS: dict[str, tuple[tuple[str, frozenset[str] | None], ...]] = {
    "AGREE": (("xcomp", None), ("dobj", None)),
    # "vowed to avenge the killing of its leader by Israeli troops": a vow of retaliation
    # (AGREE made THREATEN, `_vows_retaliation`) folds what it promises like any promise
    "THREATEN": (("xcomp", None),),
    "PROTEST": tuple((link, frozenset({"REQUEST", "ACCUSE", "PROTEST"})) for link in ("xcomp", "advcl")),
    "REJECT": (("dobj", frozenset({"REQUEST", "AGREE"})),),
    # "suicide bombers killed 23 people", "an air strike killed five": one ASSAULT; force
    # used to break up a crowd is one ASSAULT on the crowd
    "ASSAULT": (
        ("nsubj", frozenset({"ASSAULT"})),
        ("purpose", frozenset({"ASSAULT", "COERCE"})),
        ("participle", frozenset({"ASSAULT"})),
    ),
}


def _folded(coded: list[tuple[Match, Event]], ontology: Ontology) -> list[Event]:
    """The sentence's events with promised and purpose acts folded into their head
    event, which takes their recipient when it has none. A promise not to cooperate
    ("vowed not to return the Golan Heights") is a refusal: the promise becomes REJECT;
    a promise of restraint ("agreed not to attack") stays AGREE."""
    heads = {match.trigger.i: event for match, event in coded if event.event in FOLDS}
    folded: dict[int, Event] = {}
    kept: list[tuple[int, Event]] = []
    for match, event in coded:
        head = _governing_event(match.trigger, event, heads)
        if head is None or head == match.trigger.i:
            kept.append((match.trigger.i, event))
            continue
        outer = folded.get(head, heads[head])
        refused = event.event == "REJECT" or (event.aux.negated and event.event in COOPERATIVE)
        if outer.event == "AGREE" and refused:  # "will not return" is already coded REJECT
            outer = _as_type(outer, "REJECT", ontology)
        elif outer.event == "AGREE" and not event.aux.negated and event.event in CONFLICTUAL:
            # "vowed to cut gas supplies to Ukraine": a promise of a hostile act is a threat (§3.11)
            outer = _as_type(outer, "THREATEN", ontology)
        elif event.aux.negated:
            kept.append((match.trigger.i, event))
            continue
        folded[head] = dataclasses.replace(outer, recipient=_folded_recipient(outer, event))
    return [folded.get(i, event) for i, event in kept]


def _folded_recipient(outer: Event, folded: Event) -> tuple[Actor, ...]:
    """The head's recipient, else the folded act's; the folded act names whom "marched
    in Berlin to protest the arrests by Turkish police" is against better than the
    guess that a people protests at its own government."""
    guessed = bool(outer.recipient) and all(r.rule == OWN_GOVERNMENT_RULE for r in outer.recipient)
    named = [r for r in folded.recipient if r.rule != OWN_GOVERNMENT_RULE]
    return tuple(named) if guessed and named else outer.recipient or folded.recipient


def _as_type(event: Event, name: str, ontology: Ontology) -> Event:
    return dataclasses.replace(event, event=name, mode=None, score=ontology.score(name, None),
                               quad_code=ontology.event_type(name).quad_code)


def _governing_event(trigger: Token, event: Event, heads: dict[int, Event]) -> int | None:
    """The token index of the coded event this trigger's clause serves, if any."""
    nominal = trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass", "nsubj")
    if nominal and trigger.head.i in heads and trigger.head.i != trigger.i:
        link = "nsubj" if trigger.dep_ == "nsubj" else "dobj"
        if _folds(heads[trigger.head.i].event, {link}, event.event):
            return trigger.head.i  # the object of the response ("rejected calls"), the attack that killed
    # "agreed to meet Kabila at the request of Mandela", "was due to hold talks after deadly
    # clashes": an "at" or time phrase is the act's occasion, not its object
    occasion = trigger.head.lower_ in load_coder_words().circumstance_prepositions
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and not occasion else None
    if verb is not None and verb.i in heads and _folds(heads[verb.i].event, {"dobj"}, event.event):
        return verb.i  # "agreed to US mediation", "reneged on its commitment": what the response is about
    verb = trigger.head if nominal and trigger.dep_ != "nsubj" else trigger
    head = verb.head
    outer = heads.get(head.head.i)
    if head.i not in heads and _manner_participle(head) and outer is not None and outer.event == "PROTEST":
        verb, head = head, head.head  # "marched, burning flags to protest the killings": the march's purpose
    if head.i == verb.i or head.i not in heads:
        return None
    return head.i if _folds(heads[head.i].event, _links(verb), event.event) else None


def _manner_participle(verb: Token) -> bool:
    """"marched, burning flags, to protest …": a participle saying how the act above it
    was done, no act of its own."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i and not children(verb, "mark", "nsubj")


def _folds(head_type: str, links: set[str], folded_type: str) -> bool:
    return any(link in links and (types is None or folded_type in types) for link, types in FOLDS[head_type])


def _links(verb: Token) -> set[str]:
    """How a clause hangs on the clause above it: its dependency, and "purpose" or
    "participle" for the two kinds of adverbial clause that say what an act was for or
    what it did."""
    links = {verb.dep_}
    if verb.dep_ in ("xcomp", "advcl") and any(child.tag_ == "TO" for child in verb.children):
        links.add("purpose")
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children):
        links.add("participle")
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and "participle" in _links(verb.head):
        links.add("participle")  # "killing or wounding 50"
    return links


def _sentences(doc: Doc) -> Iterator[Span]:
    text = doc_text(doc)  # Span.text rebuilds the string token by token
    return (sentence for sentence in doc.sents if text[sentence.start_char : sentence.end_char].strip())


def _matches(sentence: Span, patterns: PatternIndex) -> Iterator[Match]:
    """Verb triggers first; a noun already part of a verb's match ("held talks") or
    under a cancelling verb ("cancelled a visit") is no trigger of its own."""
    used: set[int] = set()
    positions = _trigger_positions(sentence.doc, patterns)
    doc = sentence.doc
    triggers = [doc[i] for i in positions[bisect.bisect_left(positions, sentence.start):bisect.bisect_left(positions, sentence.end)]]
    for pos in ("verb", "noun"):
        for token in triggers:
            # a request another act answers ("met a NATO request") is its owner's act too
            reused = pos == "noun" and token.i in used and received_request(token)
            if not (token.pos_ in POS[pos] or (pos == "verb" and _stance_adjective(token))) or (
                    token.i in used and not reused) or (pos == "noun" and _cancelled(token)):
                continue
            match = _first_fit(token, pos, patterns)
            if match is not None:
                used.update(word.i for word in (*match.words, *_arguments(match.trigger, match.pattern.event)))
                yield match


_TRIGGERS_KEY = "dyadwatch.event_triggers"


def _trigger_positions(doc: Doc, patterns: PatternIndex) -> list[int]:
    """The indices of the Doc's words whose lemma triggers a pattern, found once per Doc
    (each distinct lemma looked up once)."""
    cached = doc.user_data.get(_TRIGGERS_KEY)
    if cached is not None and cached[0] is patterns:
        return cached[1]  # type: ignore[no-any-return]
    strings, known = doc.vocab.strings, {}
    positions = []
    for i, lemma in enumerate(doc.to_array(LEMMA).tolist()):
        if (triggers := known.get(lemma)) is None:
            triggers = known[lemma] = patterns.is_trigger(strings[lemma].lower())
        if triggers:
            positions.append(i)
    doc.user_data[_TRIGGERS_KEY] = (patterns, positions)
    return positions


def _stance_adjective(token: Token) -> bool:
    """"Israel remained opposed to talks": the adjective of a stance says what its subject does."""
    words = load_role_words()
    return token.pos_ == "ADJ" and token.dep_ == "acomp" and token.lemma_.lower() in words.stance_participles | words.stance_adjectives


def _arguments(verb: Token, event: str) -> list[Token]:
    """The objects of a coded verb that name no actor of their own: a bare nominal event
    there ("condemned the attack", "rejected the calls") is what the verb's event is
    about; one with its own actor ("condemned North Korea's launch") is kept, and so is
    one whose doer the parser hung on a verb of disapproval ("protested the assault on a
    woman by a US sailor": an act protested took place; "blocked a trip by the minister"
    tells of none). A giving told as the means (`_means_act`) is no argument: it is an
    act of its own."""
    objects = children(verb, "dobj", "nsubjpass", "attr")
    objects += [pobj for prep in children(verb, "prep") for pobj in children(prep, "pobj") if not _means_act(pobj)]
    words = [word for obj in objects for word in (obj, *obj.conjuncts)]
    return [word for word in words if not (noun_actors(word, purpose=False) or (event == "ACCUSE" and agent_on_verb(word)))
            and not _journey(word) and not talk_sets_scene(word)]


def _means_act(noun: Token) -> bool:
    """"extended solidarity with Zimbabwe through the provision of food aid": a noun of
    giving (coder data: means_act_nouns) in a means phrase (means_prepositions) on a verb."""
    words = load_coder_words()
    return noun.lemma_.lower() in words.means_act_nouns and noun.head.lower_ in words.means_prepositions


def _journey(word: Token) -> bool:
    """"said, on a visit to India, …": the journey the subject is on sets the scene; the
    verb's act is not about it (nor a talk it was done in: `talk_sets_scene`)."""
    return word.head.lower_ == "on" and word.lemma_.lower() in load_role_words().journey_nouns


def _first_fit(token: Token, pos: str, patterns: PatternIndex) -> Match | None:
    for pattern in patterns.candidates(token.lemma_.lower(), pos):
        words = _fit(token, pattern)
        if words is not None and not (pattern.objects and _claimed_by_noun(words, token, pattern, patterns)):
            return Match(pattern, token, words)
    return None


def _claimed_by_noun(words: tuple[Token, ...], verb: Token, pattern: Pattern, patterns: PatternIndex) -> bool:
    """"began a hunger strike": the object is an event of its own kind by its modifiers
    (a hunger strike is a PROTEST), so the verb's pattern (launch a strike: ASSAULT)
    does not claim it. Only a light verb, which says the act was done, yields so; a verb
    responding to the act ("called off a four-day strike") keeps it."""
    if verb.lemma_.lower() not in load_role_words().light_verbs:
        return False
    for word in (w for w in words if w.i != verb.i and w.pos_ in POS["noun"]):
        for noun_pattern in patterns.candidates(word.lemma_.lower(), "noun"):
            if noun_pattern.objects and noun_pattern.event != pattern.event and _fit(word, noun_pattern) is not None:
                return True
    return False


def _cancelled(noun: Token) -> bool:
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in load_coder_words().cancel_verbs


def _fit(token: Token, pattern: Pattern) -> tuple[Token, ...] | None:
    """The words that make the pattern match (trigger, particle, object), or None."""
    words = [token]
    if pattern.not_particles and any(c.dep_ in ("prt", "advmod") and c.lower_ in pattern.not_particles for c in token.children):
        return None  # "back away", "back down" are no backing
    if pattern.not_infinitives and any(c.lemma_.lower() in pattern.not_infinitives for c in children(token, "xcomp")):
        return None  # "refused to comment" refuses nothing
    if pattern.particle:
        # The parser tags some particles as adverbs ("stepped down" → advmod).
        particles = [c for c in token.children if c.dep_ in ("prt", "advmod") and c.lower_ == pattern.particle]
        if not particles:
            return None
        words += particles
    if pattern.preps and not _has_prep(token, pattern) and not (pattern.for_clause and _for_clauses(token)):
        return None
    if pattern.prep_nouns:
        named = _prep_nouns(token, pattern)
        if not named:
            return None
        words.append(named[0])
    if pattern.clause_aux or pattern.mandative_clause:
        clauses = _obliged_clauses(token, pattern)
        if not clauses:
            return None
        words += [aux for clause in clauses[:1] for aux in clause.children if aux.lower_ in pattern.clause_aux]
        words.append(clauses[0])
    if pattern.intransitive and [o for o in children(token, "dobj", "oprd") if o.ent_type_ not in ("DATE", "TIME")]:
        # "called the referendum a milestone" names; "called on Russia to …" asks, and so does
        # "called Sunday for Netanyahu to resign" (the parser may make the day an object)
        return None
    if pattern.object_infinitive:
        infinitives = _object_infinitives(token)
        if not infinitives:
            return None
        words.append(infinitives[0])
    if pattern.objects or pattern.named_objects:
        objects = [o for o in _object_words(token, pattern) if o.lemma_.lower() in pattern.objects
                   or (pattern.named_objects and _named_person(o))]
        if pattern.object_modifiers:  # "poured cold water on": not any water
            objects = [o for o in objects if any(m.lemma_.lower() in pattern.object_modifiers
                                                 for m in children(o, "amod", "compound"))]
        if pattern.owned_objects:  # "opposed to North Korea's nuclear program": a party's own
            objects = [o for o in objects if _owned(o)]
        if not objects:
            return None
        if not pattern.owned_objects:  # a party's own act ("China's blockade") stays an event of its own
            words.append(objects[0])
    if pattern.subject_nouns:
        journey = _subject_noun(token, pattern)
        # "take relations to a new level": only a named destination makes a journey's end
        if journey is None or not any(_names_someone(p) for p in prep_objects(token, "to")):
            return None
        words.append(journey)
    if pattern.subjects:
        cargo = _arriving_cargo(token, pattern)
        if cargo is None:
            return None
        words.append(cargo)
    if pattern.not_objects and _excluded_object(token, pattern):
        return None
    return tuple(sorted(words, key=lambda w: w.i))


def _subject_noun(verb: Token, pattern: Pattern) -> Token | None:
    """The noun a verb tells of when it is one of the pattern's subject_nouns: the verb's
    subject ("the trip will take him to Spain"), the noun its relative clause is on ("his
    tour, which will take him to Spain"), or the subject of the verb it is coordinated with
    or raised under ("the tour began in Berlin and will take him to Spain", "the trip is
    expected to take him to Spain")."""
    token = verb
    for _ in range(3):
        subjects = [s for s in children(token, "nsubj", "nsubjpass") if s.tag_ not in ("WDT", "WP")]
        if not subjects and token.dep_ == "relcl":
            subjects = [token.head]
        if subjects:
            return next((s for s in subjects if s.pos_ == "NOUN" and s.lemma_.lower() in pattern.subject_nouns), None)
        if token.dep_ not in ("conj", "xcomp") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _travellers(verb: Token, pattern: Pattern) -> list[Token]:
    """Whom a journey takes: the verb's object ("the trip will take the premier to Japan"),
    or, when that is a pronoun and the journey's owner is named, the owner, who is the one it
    takes ("the premier's tour, which will take him to Spain"; "his tour … take him": him)."""
    taken = undergoers(verb)
    journey = _subject_noun(verb, pattern)
    owners = [o for o in children(journey, "poss") if o.pos_ != "PRON"] if journey is not None else []
    return owners if owners and all(t.pos_ == "PRON" for t in taken) else taken


def _arriving(verb: Token) -> list[Token]:
    """What arrives: the subject of the verb of arrival, active only ("planes landed"), or
    the noun the parser hung the arrival on as a clause ("the first French soldiers of an
    international force disembarked here"; an arrival has no "by" agent)."""
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN"):
        found = [] if prep_objects(verb, "by") else [_of_phrase_holder(verb.head)]
    else:
        found = [] if is_passive(verb) else verb_subjects(verb)
    return [word for subject in found for word in (subject, *subject.conjuncts)]


def _article_country_recipient(
    match: Match, index: MentionIndex, actor_codes: frozenset[str], rule: str
) -> tuple[Actor, ...]:
    """The state the article is about as the recipient (by `rule`), when there is one and it
    is not among the actors' own."""
    home = article_country(match.trigger.doc, index.mentions)
    return () if home is None or home in actor_codes else (Actor(code=home, rule=rule),)


def _arrival_in_article_country(match: Match, index: MentionIndex, actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """Relief arriving at a place the gazetteer does not know ("touched down in Legaspi City")
    or at no place named ("aid has come in from Japan"): it lands in the state the article is
    about, when that is not the giver's own."""
    if "arrival_place" not in match.pattern.recipient:
        return ()
    if any(not _names_a_place(o) and index.at(o) is None for o in children(match.trigger, "dobj")):
        return ()  # "US aid reached $2 billion": a level reached, no arrival
    places = [p for p in _arrival_place(match.trigger) if _names_a_place(p) or index.at(p) is not None]
    if any((mention := index.at(p)) is not None and mention.actor is not None for p in places):
        return ()  # a known place, of no one state
    return _article_country_recipient(match, index, actor_codes, "recipient.arrival-article-country")


def _story_host(match: Match, index: MentionIndex, actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """The pattern's role "story_host": an occasion a party is to attend, told without its
    place ("the United States will be represented by Richard Boucher"), is the one the
    story is about, so its host is the state the article is about, when not the party's own."""
    if "story_host" not in match.pattern.recipient:
        return ()
    named = [t for role in match.pattern.recipient if role != "story_host"
             for t in _role_tokens(match.trigger, role, match.pattern)]
    if actors_of(named, index)[0]:
        return ()  # "will attend the funeral of Saddam Hussein": the party named first
    return _article_country_recipient(match, index, actor_codes, "recipient.story-host")


def _pledged_aid_recipients(match: Match, event: str, index: MentionIndex,
                            actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """A promise of aid (AGREE, §3.1) whose sentence names no one it goes to: whose
    reconstruction, relief or recovery it is for ("pledged $5 million for the reconstruction
    of Lebanon"), else the state the article is about, when not the giver's own ("Malaysia
    has promised a C-130 plane with supplies" in a story on a typhoon in the Philippines).
    A destination named that resolves to no one ("to a regional fund"; not "to the relief
    effort", a purpose) is left so; a story
    about no one state gives none (coder data: pledged_aid_nouns and the lists after it)."""
    if event != "AGREE" or match.pattern.pos != "verb":
        return ()
    words = load_coder_words()
    givers = [v for v in children(match.trigger, "xcomp") if v.lemma_.lower() in words.pledge_giving_verbs]
    things = [t for verb in (match.trigger, *givers) for o in children(verb, "dobj") for t in (o, *o.conjuncts)]
    # "promised a plane with 20 tonnes of supplies": the parser may hang the load on the verb
    loads = [w for verb in (match.trigger, *givers) for w in prep_objects(verb, "with")] if things else []
    if not any(_aid_thing(t) for t in (*things, *loads)):
        return ()
    purposes = [p for head in (match.trigger, *givers, *things) for prep in words.aid_purpose_prepositions
                for p in prep_objects(head, prep) if _aid_purpose(p)]
    owners = [o for p in purposes for o in (*prep_objects(p, "of"), *children(p, "poss"))]
    if owners:
        found, _ = actors_of(owners, index)
        return tuple(dataclasses.replace(a, rule="recipient.aid-purpose") for a in found if a.code not in actor_codes)
    destinations = [d for head in (match.trigger, *givers) for d in (*prep_objects(head, "to"), *children(head, "dative"))]
    if any(not _aid_purpose(d) for d in destinations):
        return ()
    return _article_country_recipient(match, index, actor_codes, "recipient.pledge-article-country")


def _aid_purpose(noun: Token) -> bool:
    """A noun of what aid is for ("the reconstruction of Lebanon"), or one so modified ("the
    relief effort", "recovery operations"; coder data: aid_purpose_nouns)."""
    nouns = load_coder_words().aid_purpose_nouns
    return noun.lemma_.lower() in nouns or any(
        c.lemma_.lower() in nouns for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))


def _aid_thing(thing: Token) -> bool:
    """Aid itself, an amount of money, or a thing counting or carrying aid ("20 tonnes of
    supplies", "a plane with relief goods", "$5 million", "100 million baht")."""
    words = load_coder_words()
    carried = [w for held in (thing, *prep_objects(thing, "with")) for w in counted(held)]
    if any(w.lemma_.lower() in words.pledged_aid_nouns for w in carried):
        return True
    return thing.lemma_.lower() in words.pledged_money_words  # "5 million jobs" counts no money


def _of_phrase_holder(noun: Token) -> Token:
    """"soldiers of an international force disembarked", parsed as a clause on "force": the
    noun whose "of" phrase holds it is what the clause tells of."""
    return noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun


def _carriers(verb: Token, arriving: list[Token]) -> list[Token]:
    """The verbs of carrying on what arrives or on the arrival itself ("a ship carrying
    relief supplies arrived", "touched down in Jakarta, carrying tents"; coder data:
    carrying_verbs)."""
    verbs = [c for head in arriving for c in children(head, "acl", "relcl")]
    verbs += children(verb, "advcl", "xcomp", "conj")
    return [v for v in verbs if v.lemma_.lower() in load_coder_words().carrying_verbs]


def _carried(verb: Token, arriving: list[Token]) -> list[Token]:
    """What the arrival brings: the objects of its carrying verbs ("carrying 12 tonnes of
    food"), and what a "with" phrase on the arriving noun names ("a convoy with medicine")."""
    objects = [o for carrier in _carriers(verb, arriving) for o in children(carrier, "dobj")]
    objects += [o for head in arriving for o in prep_objects(head, "with")]
    return [word for obj in objects for item in (obj, *obj.conjuncts) for word in counted(item)]


def _arriving_cargo(verb: Token, pattern: Pattern) -> Token | None:
    """What makes an arrival aid (§3.6): what arrives is relief itself ("aid has come in
    from Japan", "relief supplies arrived in Colombo"), or it carries relief ("planes carrying
    food landed in Manila", "a convoy with medicine reached Kandahar", "touched down,
    carrying tents"), or it is troops of a multinational force ("soldiers of an international
    force disembarked"): peacekeeping is AID (CAMEO 074). The word naming the relief or the
    force, or None."""
    arriving = _arriving(verb)
    for word in [*(w for a in arriving for w in counted(a)), *_carried(verb, arriving)]:  # "a shipment of food"
        if word.lemma_.lower() in pattern.subjects and word.pos_ == "NOUN" and not any(  # not "Rice touched on …"
                m.lemma_.lower() in pattern.not_objects for m in children(word, "amod", "compound")):  # "gas supplies"
            return word
    members = [w for w in arriving if w.lemma_.lower() in load_coder_words().force_member_nouns]
    for force in (f for m in members for word in ("of", "from", "in", "with") for f in prep_objects(m, word)):
        if force.lemma_.lower() in load_coder_words().peace_force_nouns and _multinational(force):
            return force
    return None


def _arrival_origin(trigger: Token) -> list[Token]:
    """Whose the relief or troops arriving are: where they come from ("aircraft from
    Indonesia", "has come in from Japan", "supplies from Japan", "food from the WFP", "aid
    flown in from Italy"), else what arrives, or the force it is of, named by its modifiers
    ("Indonesian planes", "French soldiers", "soldiers of the UN force")."""
    arriving = _arriving(trigger)
    clauses = [c for head in arriving for c in children(head, "acl", "relcl")]  # "food aid flown in from Italy"
    heads = [trigger, *arriving, *clauses, *_carriers(trigger, arriving), *_carried(trigger, arriving)]
    return [p for head in heads for p in prep_objects(head, "from")] or [
        m for a in arriving for noun in (a, *prep_objects(a, "of")) for m in _naming_modifiers(noun)]


def _naming_modifiers(noun: Token) -> list[Token]:
    """The words on a noun that may name whose it is ("Indonesian planes", "a Red Cross
    convoy", "the UN force"), names only, not its phrases ("the force for Albania" is not
    Albania's) nor a common word ("an advance party" is no political party)."""
    words = [noun, *children(noun, "amod", "compound", "poss", "nmod")]
    return [w for w in words if w.ent_type_ or w.pos_ == "PROPN"]


def _arrival_place(trigger: Token) -> list[Token]:
    """Where relief or troops arrive: the place the verb reaches ("reached Kandahar") or
    lands in, at, on or to ("landed in Manila", "landed on Albanian soil"), else where the
    arriving force is ("soldiers of an international force in Albania")."""
    found = children(trigger, "dobj") + [p for word in ("in", "at", "on", "to", "into") for p in prep_objects(trigger, word)]
    found += places_around(found, depth=2)
    forces = [f for m in _arriving(trigger) for word in ("of", "from") for f in prep_objects(m, word)]
    return found + [p for force in forces for word in ("in", "for") for p in prep_objects(force, word)]


def _owned(noun: Token) -> bool:
    """A noun that names whose it is: a possessor, a "by" agent or a party's modifier
    ("North Korea's nuclear program", "the Israeli occupation", "the policy pursued by
    Tokyo"); "opposes the policy" names no one's."""
    return bool(noun_actors(noun, purpose=False))


def _object_owners(verb: Token, pattern: Pattern) -> list[Token]:
    """Whose the pattern's object is, after the verb or its prepositions: the possessor,
    agent or party modifier of "North Korea's nuclear program", "the Israeli occupation
    of the Golan" (Israel, not the Golan the "of" phrase names)."""
    objects = [o for o in _object_words(verb, pattern) if o.lemma_.lower() in pattern.objects]
    return [doer for obj in objects for doer in noun_actors(obj, purpose=False)]


def _prep_noun_owners(verb: Token, pattern: Pattern) -> list[Token]:
    """Whose the policy a pattern's preposition names is, or whom it is about: the possessor,
    agent or party modifier of "Lebanon's sovereignty", "the Egyptian plan", and the parties
    its "of" phrase names ("the vision of Israel and a Palestinian state", "the
    sovereignty of Lebanon")."""
    nouns = _prep_nouns(verb, pattern)
    named = [party for noun in nouns for of in prep_objects(noun, "of") for party in (of, *of.conjuncts)]
    # the parser may join the "of" phrase's second party to the policy noun ("the vision of
    # Israel and a Palestinian state living …"): the party words before such a conjunct
    named += [word for noun in nouns if prep_objects(noun, "of") for conj in noun.conjuncts
              if conj.lemma_.lower() not in pattern.prep_nouns for left in conj.lefts for word in left.subtree]
    return [*(owner for noun in nouns for owner in noun_actors(noun, purpose=False)), *named]


def _named_person(word: Token) -> bool:
    """A person's name: tagged a person, or a proper name the tagger gives no kind ("released
    Pinochet on bail")."""
    return word.ent_type_ == "PERSON" or (word.pos_ == "PROPN" and not word.ent_type_)


def _excluded_object(token: Token, pattern: Pattern) -> bool:
    """An object of `not_objects`, or what the pattern's prepositions name on the verb or
    on its object, or, for a verb, a word describing one of them ("meet its needs", "took
    responsibility for the bombing", "conducted DNA tests", "fight fires in the west")."""
    objects = _object_words(token, pattern)
    found = [*objects, *_pattern_prep_objects(token, pattern),
             *(pobj for obj in objects for prep in pattern.preps for pobj in prep_objects(obj, prep))]
    if pattern.pos == "verb":
        found += [m for word in found for m in children(word, "amod", "compound")]
    return any(word.lemma_.lower() in pattern.not_objects for word in found)


def _has_prep(token: Token, pattern: Pattern) -> bool:
    """The pattern's preposition on the trigger, or, when the pattern names objects, on
    one of them ("launched artillery and rocket fire against the camps")."""
    heads = [token, *_phrasal_particles(token)]
    if pattern.objects and pattern.pos == "verb":
        heads += [word for obj in undergoers(token) for word in (obj, *obj.conjuncts)]
    if pattern.prep_nouns and pattern.pos == "verb":
        heads += _objects_and_appositions(token)
    # the parser labels a passive's "by" its agent ("will be represented by Boucher")
    return any(c.dep_ in ("prep", "agent") and c.lower_ in pattern.preps and not _of_time(c) and not _from_doing(c)
               for head in heads for c in head.children)


def _for_clauses(verb: Token) -> list[Token]:
    """"called for Japan to face up to history", "called for the court to impose prison
    sentences": a to-infinitive clause with its own subject, marked "for", under the verb
    (the parser makes "for" the clause's mark, not the verb's preposition)."""
    return [c for c in children(verb, "advcl") if any(m.lower_ == "for" for m in children(c, "mark"))
            and children(c, "nsubj", "nsubjpass") and any(a.lower_ == "to" for a in children(c, "aux", "auxpass"))]


def _prep_nouns(token: Token, pattern: Pattern) -> list[Token]:
    """"voiced hope for talks", "expressed hope for closer cooperation": what the
    pattern's prepositions name on the verb or on its object, when it is one of the
    pattern's `prep_nouns`; not an act "between" other parties ("hope for talks between
    Israel and Syria" hopes that others meet)."""
    heads = [token, *_objects_and_appositions(token)]
    named = [pobj for head in heads for prep in pattern.preps for pobj in prep_objects(head, prep)]
    return [n for n in named if n.lemma_.lower() in pattern.prep_nouns and not prep_objects(n, "between")]


def _objects_and_appositions(verb: Token) -> list[Token]:
    """What the verb acts on, with the names set in apposition to it: "has been trying
    three officers -- Sljivancanin, Radic and Mrksic -- for war crimes", where the parser
    hangs the "for" phrase on the names."""
    objects = [word for obj in undergoers(verb) for word in (obj, *obj.conjuncts)]
    named = [word for obj in objects for appos in children(obj, "appos") for word in (appos, *appos.conjuncts)]
    return list(dict.fromkeys(objects + named))


def _from_doing(prep: Token) -> bool:
    """"barred the crowd from reaching the consulate": "from" with a clause and no noun
    keeps someone from an act; it names no body or place one is removed from."""
    return prep.lower_ == "from" and not children(prep, "pobj") and bool(children(prep, "pcomp"))


def _phrasal_particles(verb: Token) -> list[Token]:
    """"walked out of the talks", "walked away from the talks", "pulled out of …": the
    particle that the parser makes the head of the verb's preposition."""
    particles = load_coder_words().phrasal_particles
    return [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in particles]


def _pattern_prep_objects(verb: Token, pattern: Pattern) -> list[Token]:
    """The objects of the pattern's prepositions on the verb or on its particle."""
    return [pobj for head in (verb, *_phrasal_particles(verb)) for prep in pattern.preps for pobj in prep_objects(head, prep)]


def _of_time(prep: Token) -> bool:
    """"called … on Monday": "on" a date is no "call on"."""
    objects = children(prep, "pobj")
    return prep.lower_ == "on" and bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _obliged_clauses(token: Token, pattern: Pattern) -> list[Token]:
    """Clauses under the verb with an auxiliary of obligation ("… that China must drop …"),
    also one joined to the reported clause ("said Mobutu is finished and should quit");
    for a pattern with `mandative_clause`, also one in the bare form ("recommended that
    Abbas call early elections")."""
    clauses = [clause for ccomp in children(token, "ccomp") for clause in (ccomp, *ccomp.conjuncts)]
    # "said that should Iran refuse, …": an auxiliary before its subject is a condition, no obligation
    return [c for c in clauses
            if any(a.dep_ == "aux" and a.lower_ in pattern.clause_aux and not inverted(a) for a in c.children)
            or (pattern.mandative_clause and _subjunctive(c))]


def _subjunctive(clause: Token) -> bool:
    """"… that President Abbas call early elections", "… that the talks be resumed": a
    clause with a subject and a verb in the bare form, no tense or modal of its own, which
    asks for the act rather than tells it ("insisted that Kibaki was innocent" tells). The
    parser tags a bare verb after a singular subject as a present ("Abbas call": VBP), so
    that reads as bare too; after a plural subject the two forms are one and it does not."""
    if any(a.dep_ == "aux" for a in clause.children):
        return False
    passive = [a for a in clause.children if a.dep_ == "auxpass"]
    verb = passive[0] if passive else clause
    subjects = children(clause, "nsubj", "nsubjpass")
    if not subjects or verb.tag_ not in ("VB", "VBP"):
        return False
    return verb.tag_ == "VB" or subjects[0].tag_ in ("NN", "NNP")


def _object_infinitives(token: Token) -> list[Token]:
    """"pressed the Palestinian Authority to make every effort": the infinitive of a verb
    that also has an object (whom it is asked of)."""
    if not children(token, "dobj"):
        return []
    return [c for c in children(token, "xcomp") if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _infinitive_subjects(verb: Token) -> list[Token]:
    """"allowed IAEA experts to inspect two sites": the parser makes the object the subject
    of the infinitive clause; with no object of its own, the verb acts on it."""
    if children(verb, "dobj"):
        return []
    clauses = [c for c in children(verb, "ccomp", "xcomp") if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return [s for clause in clauses for s in children(clause, "nsubj")]


def _object_words(token: Token, pattern: Pattern) -> list[Token]:
    if pattern.pos == "noun":
        return children(token, "amod", "compound")
    extra = [] if is_passive(token) else children(token, "attr", "oprd")
    if pattern.infinitive_objects and not is_passive(token):
        extra += _infinitive_subjects(token)
    objects = undergoers(token)
    if all(o.lower_ in load_role_words().relative_pronouns for o in objects):
        objects = relativized_nouns(token) or objects  # "the demands, which it is willing to meet"
    found = [word for child in (*objects, *extra) for word in counted(child)]
    found += [conj for word in found for conj in word.conjuncts]
    if pattern.objects and pattern.preps and not any(word.lemma_.lower() in pattern.objects for word in found):
        # "withdrew from the talks", "walked out of the negotiations": the named objects may
        # stand after the pattern's preposition
        # ("cleared the minister of corruption charges": on the object, its "of" phrase below)
        found = _pattern_prep_objects(token, pattern) or found
    if pattern.framed_objects:
        found += _framed_activities(token, found)
    # "lifted the state of emergency", "ordered the closure of the embassy"
    return found + [pobj for word in found for pobj in prep_objects(word, "of")]


def _framed_activities(verb: Token, objects: Sequence[Token]) -> list[Token]:
    """"explore new areas for cooperation", "establish economic cooperation zones": an object
    that frames an activity (coder data: activity_frame_nouns: its field, chance or setting)
    names the activity by a "for" or "of" phrase (which the parser may hang on the verb), or
    by a noun modifier that names joint work itself (joint_activity_nouns: a "free trade
    zone" may be one's own); an act on the frame is one on the activity."""
    words = load_coder_words()
    frames = [o for o in objects if o.lemma_.lower() in words.activity_frame_nouns]
    if not frames:
        return []
    named = [word for frame in frames for word in (*prep_objects(frame, "for"), *prep_objects(frame, "of"))]
    joint = [c for frame in frames for c in children(frame, "compound") if c.lemma_.lower() in words.joint_activity_nouns]
    return named + joint + prep_objects(verb, "for")


def _make_event(
    match: Match, sentence: Span, number: int, annotated: AnnotatedArticle, index: MentionIndex, ontology: Ontology
) -> Event | None:
    told = "reporter" in match.pattern.actor  # a warning: its teller acts, whatever the clause asks
    warners = _warners_of_conditional_measure(match, index)  # "insists that … transit will be threatened unless …"
    if (is_requested(match.trigger) and not told and not warners) or _self_obligation(match) or _empty_vow(match.trigger):
        return None
    endorsed: tuple[Actor, ...] = ()
    if _agrees_with_a_view(match.trigger):
        # sharing another party's view endorses it (SUPPORT): "agreed with the ECA's conclusions"
        endorsed, _ = actors_of(_view_owners(match.trigger), index)
        if not endorsed:
            return None
        match = Match(match.pattern.model_copy(update={"event": "SUPPORT", "mode": None}), match.trigger, match.words)
    if (_obliges_no_party(match, index) or _takes_on_a_duty(match) or _accidental_harm(match)
            or _charge_of_another_sense(match)):
        return None
    tokens = _actor_tokens(match, index)
    actors, via_pronoun = actors_of(tokens, index, doers=True)
    actors = actors or _document_authors(tokens, index)
    if not actors and warners:
        tokens, actors = warners, actors_of(warners, index)[0]
    actors = (_group_sectors_kept(tokens, actors, index) or _located_group(tokens, match, index)
              or _unidentified_attacker(match, tokens, index) or _unnamed_prosecution(match, tokens, index)
              or _unnamed_arrester(match, tokens, index))
    doer_phrases: list[Token] = []
    paired = () if actors else _talking_pair(match, index)
    actors = actors or paired
    if not actors:  # "two diplomats were expelled from Poland": the place or body the act is from, to or at
        actors, doer_phrases = _passive_doers(match, tokens, index)
    actors = actors or _unnamed_dismisser(match, tokens, index)
    by_casualties, fought = "casualties" in match.pattern.actor, ()
    if by_casualties:  # "killed in clashes with PKK rebels": the fighting's parties, not the killing's
        actors, fought = _fighting_parties(match, actors, index)
    if not actors:
        return None
    helped = _troops_sent_to_help(match, index) if match.pattern.event == "MOBILIZE" else ()
    if helped:  # troops sent to a peacekeeping force or to back a party are aid, not a mobilization against it
        match = Match(match.pattern.model_copy(update={"event": "AID", "mode": None, "context": ("peacekeeping",)}),
                      match.trigger, match.words)
    if _built_jointly(match, actors):  # arms two states develop together are military cooperation (§3.5)
        match = Match(match.pattern.model_copy(update={"event": "COOPERATE", "mode": None, "context": ("military",),
                                                       "recipient": ("prep:with",)}), match.trigger, match.words)
    later = set_for_later(match.trigger, times=annotated.times, published=annotated.article.published)
    event, mode, aux = _event_type(match, actors, later=later)
    if event == "THREATEN" and match.pattern.event != "THREATEN" and _forecast_by_another(match.trigger, actors, index):
        # "analysts said Russia could cut supplies": a forecast of the act, not a threat by its party
        event, mode, aux = match.pattern.event, match.pattern.mode, dataclasses.replace(aux, hypothetical=True, future=False)
    if _cooperation_forecast(match, event):
        # "analysts say Egypt will continue cooperation with Sudan": a forecast, not Egypt's commitment
        event, mode, aux = match.pattern.event, match.pattern.mode, dataclasses.replace(aux, hypothetical=True, future=False)
    if match.pattern.only_promised and not _promised(match.trigger, event, aux, actors):
        return None  # "played a key role": a description; "Deutsche Bahn will play a role": a firm's
    hosts = _parties_taking_part(match, actors, index) if event == "AGREE" else ()
    if hosts:
        actors = tuple(a for a in actors if a not in hosts)
    if event == "COERCE" and mode == "seize" and _takes_territory(match, index):
        event, mode = "ASSAULT", None  # "occupied the north of Cyprus": force, not a seizure of property
    codes = frozenset(a.code for a in actors)
    recipients = fought if by_casualties else hosts or (
                  helped or endorsed or _story_host(match, index, codes) or _announced_casualties_of_attack(match, index)
                  or _tellers_own_victims(match, index, codes)
                  or _recipients(match, index, threat=event == "THREATEN", actor_codes=codes,
                                                    doer_phrases=doer_phrases)
                  or _message_addressees(match, event, index, codes)
                  or _pledged_aid_recipients(match, event, index, codes)
                  or _means_recipients(match, index, codes)
                  or _arrival_in_article_country(match, index, codes)
                  or _gathering_told_before(match, index, codes)
                  or (_parties_of_undergoer(match, index, codes) if warners else ())
                  or _victims_by_place(match, tokens, index, actors) or _unnamed_victims(match, index)
                  or _harmed_by_regretted_act(match, index, codes)
                  or _aided_people_placed(match, index)
                  or _opposed_parties(match, event)
                  or _domestic_group(match, actors) or _own_government(match, event, actors, tokens)
                  or _own_people(match, actors)
                  or _office_holder(match, actors) or _only_other_party(match, event, sentence, actors, index)
                  or _charged_with_its_clause(match, actors, index))
    recipients = () if paired else _others_first(recipients, codes)  # both talking sides act (§2.4.2)
    if event == "MOBILIZE":
        recipients = _not_home_ground(recipients, codes)
    if "cause_doer" in match.pattern.recipient:  # a feeling at one's own side is no act between parties, as in speech
        recipients = tuple(r for r in recipients if _other_side(r, actors))
    if event == "SUPPORT" and recipients and all(r.code in codes for r in recipients):
        recipients = _partner_of_own_dealings(match, index, codes) or recipients
    if event == "REJECT" and match.pattern.event == "AGREE":  # a vow not to yield is aimed at others, not one's own
        recipients = tuple(r for r in recipients if _other_side(r, actors))
    if match.pattern.event == "CONSULT" and match.pattern.needs_recipient:
        # a gathering coded only toward someone is not toward one's own state ("Hu addressed the Beijing Summit")
        recipients = tuple(r for r in recipients if _other_side(r, actors))
    regretted = _regretted_party(match, index, codes) if event == "CONCEDE" else ()
    if regretted:  # regret at another party's act is criticism of it, not an apology
        event, mode, recipients = "ACCUSE", None, regretted
    if event == "ASSAULT" and _attack_in_words(match):
        event, mode = "ACCUSE", None
    if match.pattern.reciprocal and not by_casualties:  # "spoke with", "clashed with": both sides act (§2.4.2)
        actors, recipients = actors + tuple(r for r in recipients if r not in actors), ()
    if ontology.event_type(event).requires_recipient and not recipients and not _among_themselves(match, event, codes):
        return None
    if match.trigger.lemma_.lower() == "warn" and not _warns_of_own_act(match.trigger, actors, index):
        return None  # "warned that Christians could be chased out": a forecast, not a threat
    if event == "CONSULT" and _meets_the_press(match.trigger):
        return None  # "met reporters": a press conference, not a consultation
    if match.pattern.event == "CONSULT" and not recipients and len(codes) == 1 and (
            _internal_gathering(match, index, codes) or _own_body_gathers(match, tokens, codes)):
        return None  # "held a cabinet meeting", "the cabinet met on Sunday": a state's own business
    if (event == "SUPPORT" or (event == "CONSULT" and match.pattern.mode == "visit")) and all(
            set(a.sectors) & ARMED_SECTORS for a in actors):
        # troops arriving are a deployment, not a consultation; troops or warplanes
        # backing an operation give fire support, not political support
        return None
    if event == "CONSULT" and _hosted_here(match, actors, recipients, index):
        actors, recipients, mode = recipients, actors, "visit"
    dated = date_event(match.trigger, times=annotated.times, published=annotated.article.published)
    aux = _with_history(aux, dated.date, annotated.article.published)
    return _event_record(match, sentence, number, annotated, ontology, event, mode, actors, recipients, aux, dated, via_pronoun)


def _hosted_here(match: Match, actors: tuple[Actor, ...], recipients: tuple[Actor, ...], index: MentionIndex) -> bool:
    """"Gul said after talks here with his Swedish counterpart", "Wu Yi met with a Japanese
    delegation here": a meeting (a gathering noun or a verb of meeting, not "left here for
    the summit") placed "here" (data: story_place_adverbs), the place the
    story is filed from, whose actors are all of the state the article is about and whose
    other side all of other states, was a visit by the other side (§3.2: the visitor is
    the actor, the host the recipient)."""
    role_words = load_role_words()
    meeting = role_words.gathering_nouns | role_words.joint_meeting_verbs  # not "left here for", "arrived here"
    if not recipients or not any(c.dep_ == "advmod" and c.lower_ in role_words.story_place_adverbs
                                 for w in match.words if w.lemma_.lower() in meeting for c in w.children):
        return False
    home = article_country(match.trigger.doc, index.mentions)
    return (home is not None and all(a.code == home for a in actors)
            and all(r.code != home for r in recipients))




def _promised(trigger: Token, event: str, aux: EventAux, actors: tuple[Actor, ...]) -> bool:
    """Is an act coded only as a promise (pattern `only_promised`) one here: announced or
    offered (AGREE), really (neither negated nor hypothetical), by a party other than a
    firm or news outlet, and its own: not what another hopes or expects it will do ("Hu
    hoped that Germany would continue to play its role"), nor what it was to have done
    ("was to have played a key role")?"""
    firms = any(set(actor.sectors) & COMPANY_SECTORS for actor in actors)
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    perfect = any(a.lemma_.lower() == "have" for v in chain for a in children(v, "aux"))
    hoped = chain[-1].dep_ == "ccomp" and chain[-1].head.lemma_.lower() in load_coder_words().hoping_verbs
    return event == "AGREE" and not (aux.negated or aux.hypothetical or firms or perfect or hoped)


# What one regrets: "regretted the US opposition", "expressed regret over/at/for …".
REGRET_PREPOSITIONS = ("for", "over", "at", "about")


def _regretted_party(match: Match, index: MentionIndex, codes: frozenset[str]) -> tuple[Actor, ...]:
    """"Egypt expressed deep regret for the United States' opposition to the resolution":
    regret at what another party did (its possessor or agent names it) is criticism of
    that party (ACCUSE); regret for one's own act ("Japan expressed regret for its
    wartime actions") stays an apology."""
    if "regret" not in {word.lemma_.lower() for word in match.words}:
        return ()
    heads = [match.trigger, *(w for w in match.words if w.lemma_.lower() == "regret")]
    regretted = [w for head in heads for p in REGRET_PREPOSITIONS for w in prep_objects(head, p)]
    if match.trigger.lemma_.lower() == "regret":
        regretted += children(match.trigger, "dobj")
    owners, _ = actors_of([o for word in regretted for o in noun_actors(word, purpose=False)], index)
    others = tuple(a for a in owners if a.code not in codes)
    return others if others and len(others) == len(owners) else ()


def _warns_of_own_act(trigger: Token, actors: tuple[Actor, ...], index: MentionIndex) -> bool:
    """A warning is a threat (§3.11) when it is aimed at someone ("warned Seoul",
    "warned against"), names a sanction-like consequence ("warned of retaliation"), or
    says what the warner itself will do ("warned it would cut supplies"); a warning about
    how things will go ("warned that Christians could be chased out") is a forecast."""
    if children(trigger, "dobj", "dative") or prep_objects(trigger, "against"):
        return True
    if any(p.lemma_.lower() in load_coder_words().threat_nouns for p in prep_objects(trigger, "of")):
        return True
    codes = {a.code for a in actors}
    for clause in children(trigger, "ccomp"):
        for subject in children(clause, "nsubj", "nsubjpass"):
            mention = index.at(subject)
            own = subject.lower_ in ("we", "i", "it", "they") or (mention and mention.actor and mention.actor.code in codes)
            if own and _announces_an_act(clause):
                return True
        if _conditional_measure(clause):
            return True
    return False


# "warned it would cut supplies": the warner's act to come. "warned he was not optimistic",
# "warned that China refused to recognise …": a statement of how things are.
ANNOUNCING_AUX = frozenset({"will", "would", "'ll", "shall", "could", "might", "may"})


def _announces_an_act(clause: Token) -> bool:
    if clause.lemma_.lower() == "be" or children(clause, "acomp"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ANNOUNCING_AUX for c in clause.children) or (
        clause.tag_ == "VB" and any(c.lower_ == "to" for c in clause.children))


def _conditional_measure(clause: Token) -> bool:
    """"gas supplies will be turned off … if Belarus does not pay": a future measure told
    without its author, on a condition put to someone: the warner's ultimatum."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    conditioned = any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                      for advcl in children(clause, "advcl") for m in advcl.children)
    return bool(auxiliaries & {"will", "would", "'ll"}) and conditioned




def _empty_vow(trigger: Token) -> bool:
    """"'I am not afraid of being executed,' Saddam vowed": a vow that promises no act
    of its own (no infinitive, object or future clause) is a statement, not an AGREE."""
    if trigger.lemma_.lower() not in load_coder_words().vow_verbs:
        return False
    if children(trigger, "xcomp", "dobj", "dative") or prep_objects(trigger, "to") or _vows_retaliation(trigger):
        return False
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"] + ([trigger.head] if trigger.dep_ in ("parataxis", "ccomp") else [])
    return not any({a.lower_ for a in c.children if a.dep_ == "aux"} & {"will", "would", "'ll", "shall"} for c in clauses)


def _vows_retaliation(trigger: Token) -> bool:
    """"vowed to retaliate against Israel", "pledged to avenge the killings", "vowed that it
    would respond forcefully": a vow whose act is striking back (coder data:
    retaliation_verbs, or answer_verbs done forcefully) is a threat of violence (§3.11), not
    a promise; "vowed not to retaliate" promises restraint."""
    words = load_coder_words()
    if trigger.lemma_.lower() not in words.vow_verbs:
        return False
    acts = _vowed_acts(trigger)
    acts += [conj for act in acts for conj in children(act, "conj")]  # "vowed to fight on and avenge …"
    return any(not children(act, "neg") and _strikes_back(act, words) for act in acts)


def _vows_defiance(trigger: Token) -> bool:
    """"vowed he would not compromise", "pledged never to give up the programme", "swore
    not to step down": a vow whose act is a yielding it denies (coder data: yield_verbs,
    yield_particles) is a refusal (§3.10), not a promise; "vowed not to attack" promises
    restraint."""
    words = load_coder_words()
    if trigger.lemma_.lower() not in words.vow_verbs:
        return False
    return any(_denied(act) and _yields(act, words) for act in _vowed_acts(trigger))


def _denied(act: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in act.children)


def _yields(act: Token, words: CoderWords) -> bool:
    lemma = act.lemma_.lower()
    particles = {c.lower_ for c in act.children if c.dep_ in ("prt", "advmod")}
    return lemma in words.yield_verbs or bool(particles & set(words.yield_particles.get(lemma, ())))


def _warners_of_conditional_measure(match: Match, index: MentionIndex) -> list[Token]:
    """"Belarus insists that unless a deal is reached, transit of Russian gas will be
    threatened", "Moscow said gas deliveries would be halted if Kiev did not pay": a hostile
    measure told in the passive with no agent, still to come ("will", "would") on an "if" or
    "unless" condition, in a clause a party tells, is that party's ultimatum (§3.11): the
    teller's side is the one that would act. Not when the condition is put to the teller
    itself ("said its supplies would be cut if it did not pay": another's threat, told).
    For a noun trigger, the tellers of a hostile act said to go on (`_tellers_of_continued_act`)."""
    trigger = match.trigger
    if match.pattern.pos == "noun":
        return _tellers_of_continued_act(match, index)
    if match.pattern.pos != "verb" or match.pattern.event not in CONFLICTUAL or not is_passive(trigger):
        return []
    if prep_objects(trigger, "by") or trigger.dep_ != "ccomp":
        return []
    if not {c.lower_ for c in trigger.children if c.dep_ == "aux"} & {"will", "would", "'ll", "shall"}:
        return []
    conditions = [clause for clause in children(trigger, "advcl")
                  if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children)]
    if not conditions:
        return []
    tellers = reporters_of_clause(trigger)
    told_by, _ = actors_of(tellers, index)
    put_to, _ = actors_of([s for clause in conditions for s in children(clause, "nsubj", "nsubjpass")], index)
    if not told_by or {a.code for a in put_to} & {a.code for a in told_by}:
        return []
    return tellers


def _tellers_of_continued_act(match: Match, index: MentionIndex) -> list[Token]:
    """"Sharon said that the targeted killings of Palestinian militants will continue": a
    hostile act named by a noun with no doer of its own, the subject of a verb of going on
    (coder data: continuing_verbs) with "will" or "would", in a clause a party tells, is
    that party's announced act."""
    trigger = match.trigger
    if match.pattern.event not in ("ASSAULT", "COERCE", "SANCTION") or trigger.dep_ != "nsubj":
        return []
    verb = trigger.head
    if verb.lemma_.lower() not in load_coder_words().continuing_verbs or verb.dep_ != "ccomp":
        return []
    if not {c.lower_ for c in verb.children if c.dep_ == "aux"} & {"will", "would", "'ll", "shall"}:
        return []
    if noun_actors(trigger, purpose=False) or children(trigger, "poss"):
        return []
    tellers = reporters_of_clause(verb)
    return tellers if actors_of(tellers, index)[0] else []


def _parties_of_undergoer(match: Match, index: MentionIndex, actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """The first party other than the actor's named in what a passive measure falls on
    ("transit of Russian gas across Belarus will be threatened": Russia's)."""
    for subject in children(match.trigger, "nsubjpass"):
        for word in subject.subtree:
            found, _ = actors_of([word], index)
            others = tuple(a for a in found if a.code not in actor_codes)
            if others:
                return others[:1]
    return ()


def _forecast_by_another(trigger: Token, actors: tuple[Actor, ...], index: MentionIndex) -> bool:
    """An act to come told by someone other than the party that would do it ("analysts
    said Russia could cut gas supplies", "Washington said Israel would strike"): a
    forecast, no party commits to it, so no threat (§3.11); "Moscow said it would cut
    supplies" and "Gazprom would cut supplies, its spokesman said" are the party's own. A
    teller is another when it is a forecaster (coder data: forecaster_nouns) or names only
    parties other than the actor's; an unnamed one ("officials said") may be its own."""
    tellers = _tellers_of_act(trigger)
    if not tellers:
        return False
    if _forecasters(tellers):
        return True
    told_by, _ = actors_of(tellers, index)
    return bool(told_by) and not {a.code for a in told_by} & {a.code for a in actors}


def _tellers_of_act(trigger: Token) -> list[Token]:
    """Who tells the clause an act is in: the reporters of the clause the trigger (or the
    verb its noun hangs on) is told in, climbing infinitives, conjuncts and purposes
    ("said Russia would move to cut …", "said it would take 15,000 units to kill …")."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass", "attr", "nsubj") else trigger
    for _ in range(4):
        purpose = verb.dep_ == "advcl" and any(c.tag_ == "TO" for c in verb.children)
        if (verb.dep_ not in ("xcomp", "conj", "pcomp", "prep") and not purpose) or verb.head.i == verb.i:
            break
        verb = verb.head
    return reporters_of_clause(verb)


def _forecasters(tellers: list[Token], *, relaying: bool = True) -> bool:
    """Whether a teller only forecasts (coder data: forecaster_nouns: analysts, a report);
    with `relaying` False, not a news outlet that may carry a party's own word
    (relaying_nouns: "the daily reported")."""
    words = load_coder_words()
    return any(t.lemma_.lower() in words.forecaster_nouns
               and (relaying or t.lemma_.lower() not in words.relaying_nouns) for t in tellers)


def _cooperation_forecast(match: Match, event: str) -> bool:
    """A cooperative act to come that only a forecaster tells ("analysts say Egypt will
    continue cooperation with Sudan", "a report said Japan would expand trade with
    Vietnam"): no party states it, so it is no commitment (AGREE, §3.1) but a forecast,
    hypothetical. A party, or another state, telling it ("Washington said the two would
    hold talks"), or a news outlet carrying it ("the daily reported"), still announces it."""
    converted = event == "AGREE" and match.pattern.event in FUTURE_AS_AGREE
    return converted and _forecasters(_tellers_of_act(match.trigger), relaying=False)


def _vowed_acts(trigger: Token) -> list[Token]:
    """What a vow promises: its infinitive ("vowed to retaliate"; also one the parser hung
    as an adverbial clause after a time phrase, "vowed on Sunday to retaliate"), or its
    clause told in the future ("vowed that it would respond")."""
    return [c for c in trigger.children if c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and any(a.tag_ == "TO" for a in c.children)) or (
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in c.children))]


def _struck_back_at(trigger: Token) -> list[Token]:
    """Whom a vowed retaliation is aimed at: "vowed to retaliate against Israel", "pledged to
    hit back at …", or the doer of what it answers ("vowed to retaliate for the Israeli
    raid", "vowed to avenge the killing by Israeli troops")."""
    words = load_coder_words()
    acts = [act for act in _vowed_acts(trigger) if _strikes_back(act, words)]
    targets = [t for act in acts for word in ("against", "on", "at") for t in prep_objects(act, word)]
    answered = [o for act in acts for o in (*prep_objects(act, "for"), *prep_objects(act, "to"), *children(act, "dobj"))]
    return targets or [doer for o in answered for doer in noun_actors(o, purpose=False) if doer.i != o.i]


def _strikes_back(verb: Token, words: CoderWords) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in words.retaliation_verbs:
        return True
    if lemma not in words.answer_verbs:
        return False
    forceful = any(a.lower_ in words.forceful_adverbs for a in children(verb, "advmod"))
    answered = [o for a in (verb, *children(verb, "advmod")) for o in prep_objects(a, "to")]
    return (forceful or any(o.lemma_.lower() in words.force_nouns for o in prep_objects(verb, "with"))
            or any(o.lemma_.lower() in words.answered_attack_nouns for o in answered))


def _agrees_with_a_view(trigger: Token) -> bool:
    """"broadly agreed with the report's conclusions", "'…,' agreed the academic": sharing
    an opinion is no AGREE (§3.1 is agreeing to act); agreeing to or on something, a
    deal, or that something will be done stays one."""
    if trigger.lemma_.lower() != "agree":
        return False
    if children(trigger, "xcomp", "dobj") or any(prep_objects(trigger, word) for word in ("to", "on", "upon")):
        return False
    future = [c for c in children(trigger, "ccomp")
              if {a.lower_ for a in c.children if a.dep_ == "aux"} & {"will", "would", "'ll", "shall", "should"}]
    if future:
        return False
    partners = prep_objects(trigger, "with")
    return not partners or all(p.lemma_.lower() in load_coder_words().view_nouns or (
        p.pos_ == "NOUN" and not p.ent_type_ and not noun_actors(p, purpose=False)) for p in partners)




def _view_owners(trigger: Token) -> list[Token]:
    """Whose view "agreed with" names: "the ECA('s) conclusions", "the conclusions of the report"."""
    def owners(noun: Token) -> list[Token]:
        return [*children(noun, "poss"), *children(noun, "compound"), *prep_objects(noun, "of")]
    # and one step further: "the conclusions of the IAEA report" are the IAEA's
    return [owner for view in prep_objects(trigger, "with") for near in owners(view) for owner in (near, *owners(near))]


def _self_obligation(match: Match) -> bool:
    """"We must join hands in fighting extremism": what the speakers say they themselves
    must do is a commitment, not a demand of anyone."""
    if not (match.pattern.clause_aux or match.pattern.mandative_clause):
        return False
    clauses = [w for w in match.words if w.dep_ == "ccomp"]
    return any(s.lower_ in ("we", "i") for c in clauses for s in children(c, "nsubj", "nsubjpass"))




PARTY_MODIFIERS = ("poss", "compound", "amod", "nmod")  # whose the thing is: "US sanctions", "Iran's programme"


def _obliges_no_party(match: Match, index: MentionIndex) -> bool:
    """"said Beijing must reduce tariffs" asks Beijing, and "said US sanctions must be
    lifted" asks the party whose sanctions they are; "said prices should be similar",
    "said the criteria must be applied" and "said Israel should be moved" ask no party to
    act: the obligation falls on a thing, or on a party as what is done to it, so there
    is no request (§3.4 needs someone asked to do something)."""
    if not (match.pattern.clause_aux or match.pattern.mandative_clause):
        return False
    clauses = [w for w in match.words if w.dep_ in ("ccomp", "conj")]
    doers = [s for clause in clauses for s in _obliged_doers(clause)]
    owners = [o for clause in clauses for s in children(clause, "nsubjpass") for o in children(s, *PARTY_MODIFIERS)]
    return not actors_of([*doers, *owners], index)[0]


def _obliged_doers(clause: Token) -> list[Token]:
    """Who must act: the clause's subject, or, for a clause joined to the reported one with
    none of its own ("Mobutu is finished and should quit"), the subject of that one."""
    own = children(clause, "nsubj")
    if own or clause.dep_ != "conj" or children(clause, "nsubjpass"):
        return own
    return children(clause.head, "nsubj", "nsubjpass")


def _takes_on_a_duty(match: Match) -> bool:
    """"accepted our responsibility for dealing with abuse", "have taken responsibility for
    the North": responsibility taken for no act of one's own (a verb, or a noun someone's,
    after "for") is a duty taken on, not a fault owned (`data/events/coder.toml`, duty_nouns)."""
    duties = [w for w in match.words if w.i != match.trigger.i and w.lemma_.lower() in load_coder_words().duty_nouns]
    if not duties:
        return False
    if children(duties[0], "poss"):
        return True  # "our responsibility"
    preps = [p for head in (match.trigger, duties[0]) for p in children(head, "prep") if p.lower_ == "for"]
    acts = [a for p in preps for a in children(p, "pcomp")]
    owned = [o for p in preps for o in children(p, "pobj") if children(o, "poss")]
    return not (acts or owned)


def _charge_of_another_sense(match: Match) -> bool:
    """"charge" that accuses no one (pattern accuse.charge): "was charged with overseeing the
    talks", "a commission charged with investigating the killing", "charged with the task
    of …" give a task (`data/events/coder.toml`, charge_task_verbs, charge_task_nouns); an
    active "charge" with nothing charged, no charge told and no "with" ("the soldiers
    charged", "charged into the crowd", "charged and tear-gassed a crowd") is a rush."""
    words, trigger = load_coder_words(), match.trigger
    if match.pattern.event != "ACCUSE" or trigger.lemma_.lower() != "charge":
        return False
    withs = [p for p in children(trigger, "prep") if p.lower_ == "with"]
    nouns = [n for p in withs for n in children(p, "pobj")]
    # "with battling bird flu": the parser may take the gerund for a modifier of its object
    acts = [a for p in withs for a in children(p, "pcomp")] + [
        m for n in nouns for m in children(n, "amod", "compound") if m.tag_ == "VBG"]
    if (any(a.lemma_.lower() in words.charge_task_verbs for a in acts)
            or any(n.lemma_.lower() in words.charge_task_nouns for n in nouns)):
        return True
    told = children(trigger, "dobj", "ccomp", "xcomp") or any(
        p.lower_ in (*words.charge_prepositions, "against") for p in children(trigger, "prep"))
    return not (is_passive(trigger) or told)


def _troops_sent_to_help(match: Match, index: MentionIndex) -> tuple[Actor, ...]:
    """"France will provide 1,000 troops to the multinational force in Albania",
    "Eritrea sent 2,000 troops to back the Islamists": whom the troops are sent to help.
    Also a force sent that is itself one for peace ("deployed a peacekeeping force to Ivory
    Coast": the place it goes to), and troops sent by a state that takes over the command of
    such a force ("is to send 2,500 troops and take over command of the UN force in Lebanon")."""
    words = load_coder_words()
    trigger = match.trigger
    holders = [trigger, *undergoers(trigger)]
    destinations = [p for h in holders for word in ("to", "for", "with") for p in prep_objects(h, word)]
    commanded = [f for verb in children(trigger, "conj") for obj in children(verb, "dobj")
                 if obj.lemma_.lower() in words.command_nouns for f in prep_objects(obj, "of")]
    for place in destinations + commanded:
        if place.lemma_.lower() in words.peace_force_nouns and _multinational(place):
            country = _place_country(places_around([place]) + [place], index)
            if country is not None:
                return (Actor(code=country, rule="recipient.peacekeeping-place"),)
    if any(o.lemma_.lower() in words.peace_force_nouns and _multinational(o) for o in undergoers(trigger)):
        country = _place_country(destinations + places_around([trigger]), index)
        if country is not None:
            return (Actor(code=country, rule="recipient.peacekeeping-place"),)
    for purpose in children(trigger, "xcomp", "advcl"):
        if purpose.lemma_.lower() in words.helping_verbs:
            helped = children(purpose, "dobj")
            found, _ = actors_of(helped, index)
            country = None if found else _place_country(places_around([purpose, *helped]), index)
            if found or country:
                return found or (Actor(code=country, rule="recipient.helped-place"),)  # type: ignore[arg-type]
    return ()


def _built_jointly(match: Match, actors: tuple[Actor, ...]) -> bool:
    """"China and Pakistan are jointly developing the JF-17 fighter", "Russia and India
    build the missile together", "is jointly producing the tank with Ukraine": a build-up
    (MOBILIZE) done jointly (coder data: joint_adverbs) by two parties or more."""
    if match.pattern.event != "MOBILIZE":
        return False
    if not any(a.lower_ in load_coder_words().joint_adverbs for a in children(match.trigger, "advmod")):
        return False
    return len({a.code for a in actors}) >= 2 or bool(prep_objects(match.trigger, "with"))


def _multinational(force: Token) -> bool:
    """A force of several states: "the multinational force", "the UN peacekeeping force",
    "an international force", "NATO's mission"."""
    words = {c.lower_ for c in force.children if c.dep_ in ("amod", "compound", "nmod")}
    named = [c for c in force.children if c.dep_ in ("compound", "poss", "nmod") and c.ent_type_ in ("ORG", "NORP")]
    return bool(words & {"multinational", "international", "peacekeeping", "un", "u.n.", "nato", "peace", "stabilization",
                         "stabilisation", "protection"}) or bool(named)


def _internal_gathering(match: Match, index: MentionIndex, codes: frozenset[str]) -> bool:
    """"a cabinet meeting", "a meeting of the party's committee": a gathering named by a
    state's own institution (coder data: internal_gathering_words), or a state occasion
    (occasion_nouns) in a place of the actor's own ("the independence celebrations in
    Ramallah"; "will attend the funeral" may be abroad)."""
    coder = load_coder_words()
    nouns = [w for w in match.words if w.pos_ in ("NOUN", "PROPN")] or [match.trigger]
    if any(noun.lemma_.lower() in coder.occasion_nouns for noun in nouns):
        places, _ = actors_of([p for head in (match.trigger, *nouns) for p in location_objects(head)], index)
        return bool(places) and {a.code for a in places} <= codes
    named = [m for noun in nouns for m in (*children(noun, "compound", "amod", "nmod"), *prep_objects(noun, "of"))]
    words = coder.internal_gathering_words
    return any(w.lemma_.lower() in words or w.lower_ in words
               for m in named for w in (m, *children(m, "compound", "amod")))


def _own_body_gathers(match: Match, tokens: list[Token], codes: frozenset[str]) -> bool:
    """"The Israeli cabinet met on Sunday", "the cabinet approved the pact at its weekly
    meeting": every party taking part is one of a state's own bodies (coder data:
    own_body_words), which meets as its own business, not with another party. Not a
    meeting "between" sides ("talks between the government of Uganda and the LRA"), nor
    an international body's (the Security Council's debate is its members' consultation)."""
    words = load_coder_words().own_body_words
    parties = with_conjuncts(tokens)  # "the cabinet and the army chiefs met": not the body alone
    return (bool(parties) and not codes & NON_STATE_CODES and not encounter_sides(match.trigger)
            and all(t.lemma_.lower() in words or t.lower_ in words for t in parties))


def _meets_the_press(trigger: Token) -> bool:
    """The other side of a meeting is the press ("met reporters", "talks with journalists")."""
    sides = undergoers(trigger) + prep_objects(trigger, "with")
    return bool(sides) and all("JRN" in group_sectors(word) for side in sides for word in counted(side))


def _event_type(match: Match, actors: tuple[Actor, ...], *, later: bool = False) -> tuple[str, str | None, EventAux]:
    """Type, mode and auxiliary modes, after the manual's conversions; `later`: a time
    after the publication day governs the act's clause (announced for later)."""
    words = load_role_words()
    trigger, pattern = match.trigger, match.pattern
    # an armed group's siege is coercion, not a crowd's protest ("rebels besieged the town")
    not_people = STATE_SECTORS | (ARMED_SECTORS if pattern.event in ("COERCE", "ASSAULT") else frozenset())
    if pattern.by_people and all(_people(a) and not set(a.sectors) & not_people for a in actors):
        event, _, mode = pattern.by_people.partition("/")
        pattern = pattern.model_copy(update={"event": event, "mode": mode or None})
    if pattern.by_states and actors and all(_state_side(a) for a in actors):
        # "boycotted by Israel and the EU": a state's boycott reduces relations (§3.13), a protest is civilian (§3.12)
        event, _, mode = pattern.by_states.partition("/")
        pattern = pattern.model_copy(update={"event": event, "mode": mode or None})
    clause = _modal_word(trigger)
    aux = read_aux(clause)
    if (later or (pattern.event in COOPERATIVE and continued_future(clause))) and not aux.hypothetical:
        aux = dataclasses.replace(aux, future=True)
    if pattern.pos == "noun" and received_request(trigger):
        # "plans to meet a NATO request": the answer is to come, the request was made ("did not
        # receive a request" stays negated: none was made)
        aux = dataclasses.replace(aux, future=False)
    # the act a condition states ("if France expels …") or a hostile act only named as
    # possible ("possible UN sanctions") stays a hypothetical act of its own type
    event, mode, aux = _convert(pattern, aux, willing=expresses_willingness(clause),
                                condition=is_condition(clause) or no_occurrence(clause)
                                or (pattern.event in CONFLICTUAL - {"THREATEN"} and named_as_possible(trigger)))
    if aux.negated and (not aux.hypothetical or denied_ability(clause)) and event in ("SUPPORT", "AGREE", "CONCEDE") and (
            trigger.lemma_.lower() in load_coder_words().stance_verbs):
        # "does not recognize the outcome", "cannot accept the demand": denying a stance is a refusal (§3.10)
        event, mode, aux = "REJECT", None, dataclasses.replace(aux, negated=False, hypothetical=False)
    if aux.future and not aux.negated and event != "THREATEN" and conditioned_unless(trigger):
        event, mode = "THREATEN", THREAT_CONTENT.get(event)  # an ultimatum: "will withdraw … unless"
    if event == "THREATEN" and match.pattern.event == "SANCTION" and {w.lemma_.lower() for w in match.words} & words.relations_words:
        mode = "relations"
    if event == "AGREE" and not aux.negated and _vows_retaliation(trigger):
        event, mode = "THREATEN", "violence"  # "vowed to retaliate": a threat, not a promise (§3.11)
    if event == "AGREE" and not aux.negated and _vows_defiance(trigger):
        event, mode = "REJECT", None  # "vowed not to give up": a refusal, not a promise (§3.10)
    if event in COOPERATIVE and not aux.hypothetical and is_consequence(clause):
        aux = dataclasses.replace(aux, hypothetical=True, future=False)  # "if Iran refuses, the EU will hold a summit"
    return event, mode, aux


def _modal_word(trigger: Token) -> Token:
    """The word whose clause tells how an act is presented: the trigger, or for a
    gathering taken part in the verb of taking part ("will take part in a meeting of
    the AU", "is ready to participate in the talks")."""
    return trigger.head.head if taken_part_in(trigger) else trigger


def _parties_taking_part(match: Match, actors: tuple[Actor, ...], index: MentionIndex) -> tuple[Actor, ...]:
    """"X will take part in a meeting of the African Union": a gathering one is to take
    part in is promised to the body it is of (§3.2: a future meeting is AGREE), so the
    party taking part acts and the gathering's other parties receive. Empty when the
    trigger is no gathering taken part in or names no other party."""
    gathering = match.trigger
    if match.pattern.pos != "noun" or not taken_part_in(gathering):
        return ()
    takers, _ = actors_of(verb_subjects(gathering.head.head), index)
    codes = frozenset(a.code for a in takers)
    others = tuple(a for a in actors if a.code not in codes)
    if not takers or others:
        return others if takers else ()
    # none named on it: the state it is held in ("to participate in the World Summit to
    # be held in Tunis"), when not the taker's own
    verb = gathering.head.head
    held = [c for c in children(verb, "advcl", "acl") if c.lemma_.lower() == "hold" and is_passive(c)]
    clauses = (gathering, *children(gathering, "acl", "relcl"), *held)
    places = [p for clause in clauses for p in prep_objects(clause, "in")]
    hosts, _ = actors_of(_hosted_elsewhere(match, places, index, codes), index)
    return tuple(dataclasses.replace(h, rule="recipient.gathering-host") for h in hosts if h.code not in codes)


# How many sentences back a gathering told again by "the summit" is looked for.
GATHERING_SENTENCES_BACK = 2


def _gathering_told_before(match: Match, index: MentionIndex, actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """"Nepal's King left for Dhaka to attend the 13th summit of SAARC. The King is
    scheduled to address the summit on Nov. 12": a gathering a verb acts on, told again
    by a definite noun alone, is the one a sentence or two before named with its body,
    which receives (§3.2, a meeting in an IGO's context); not a body of the actor's own."""
    if match.pattern.event != "CONSULT" or match.pattern.pos != "verb":
        return ()
    nouns = [w for w in match.words if w.i != match.trigger.i and told_before_gathering(w)]
    if not nouns:
        return ()
    noun, doc = nouns[0], match.trigger.doc
    start = sentences_back(doc, noun.i, GATHERING_SENTENCES_BACK)
    for earlier in reversed(doc[start : noun.sent.start]):
        if earlier.lemma_.lower() != noun.lemma_.lower():
            continue
        bodies, _ = actors_of(gathering_bodies(earlier), index)
        found = tuple(dataclasses.replace(b, rule="recipient.gathering-told-before") for b in bodies
                      if b.code not in actor_codes)
        if found:
            return found
    return ()


def _actor_tokens(match: Match, index: MentionIndex) -> list[Token]:
    trigger = match.trigger
    if match.pattern.actor:
        return [t for role in match.pattern.actor for t in _role_tokens(trigger, role, match.pattern)]
    if match.pattern.pos != "noun":
        subjects = verb_subjects(trigger)
        if not subjects and match.pattern.objects and is_passive(trigger):
            # "China-U.S. talks were held in Beijing": with no agent, a gathering's own noun says whose it was
            return [t for word in match.words if word != trigger for noun in counted(word) if held_gathering(trigger, noun)
                    for t in noun_actors(noun, purpose=False)] or measure_owners(trigger, match.words)
        return subjects
    found = [t for t in noun_actors(trigger, venues=_venues(match, index)) if not _names_its_subject(trigger, t, index)]
    if not found and trigger.lemma_.lower() in load_role_words().sourced_protest_nouns:
        found = prep_objects(trigger, "from")  # "despite protest from landowners"
    if not found and match.pattern.event == "REQUEST":
        found = request_senders(trigger)  # "is considering a request from NATO"
    if not found and _protest_pattern(match.pattern):
        found = agent_on_verb(trigger)  # "followed a rally on Saturday by 3,000 people"
    if not found and match.pattern.event in HOSTILE_ACTS:
        # "protested the assault on a woman by a US sailor": the parser hung the noun's "by" phrase
        # on the verb; only a party it names, not one placed by where the act was ("the killings of
        # Albanians by Serb police in Kosovo" are not Kosovo's), nor "blocked a trip by the minister",
        # where the verb tells the trip did not take place
        found = [t for t in agent_on_verb(trigger) if named_itself(t, index)]
    means = _means_verb(trigger) if not found else None
    return verb_subjects(means) if means is not None else found


def _means_verb(noun: Token) -> Token | None:
    """The verb a giving is the means of: "Algeria extended solidarity with Zimbabwe
    through the provision of food aid" — the noun of giving stands in a means phrase
    (`_means_act`) on the verb, whose subject did both."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or not _means_act(noun):
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != prep.i else None


def _means_recipients(match: Match, index: MentionIndex, actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """A noun act told as the means of the verb's act goes to whom that act does: "helped
    Haiti through the donation of medicines" (the verb's object), "extended solidarity with
    Zimbabwe through the provision of food aid", "support for Ukraine through the supply of
    weapons" (a "with", "to" or "for" phrase on the verb or its object); not the actor's own."""
    verb = _means_verb(match.trigger) if match.pattern.pos == "noun" else None
    if verb is None:
        return ()
    objects = [o for obj in children(verb, "dobj", "dative") for o in (obj, *obj.conjuncts)]
    phrases = [p for head in (verb, *objects) for prep in ("with", "to", "for") for p in prep_objects(head, prep)]
    found, _ = actors_of([*objects, *phrases], index)
    return tuple(dataclasses.replace(a, rule="recipient.means-of-act") for a in found if a.code not in actor_codes)


# Acts whose noun the parser may leave without its "by" phrase, hung on the verb that reacts to it.
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE"})


def _names_its_subject(noun: Token, modifier: Token, index: MentionIndex) -> bool:
    """"the Hariri investigation", "the Bin Laden probe": a person's name before a noun of
    inquiry names whom it is about (roles data: subject_named_nouns); "the UN
    investigation" is still the UN's."""
    if modifier.dep_ not in ("compound", "amod") or noun.lemma_.lower() not in load_role_words().subject_named_nouns:
        return False
    mention = index.at(modifier)
    return mention is not None and mention.actor is not None and mention.actor.person is not None


# A town or capital naming a meeting says where it was held ("the Abuja talks", "the
# Doha round"), not who met: capitals are their governments elsewhere ("Moscow said").
VENUE_RULES = frozenset({"gazetteer.capital", "gazetteer.capital-as-place", "geonames.city"})


def _venues(match: Match, index: MentionIndex) -> frozenset[int]:
    if match.pattern.event != "CONSULT":
        return frozenset()
    return frozenset(modifier.i for modifier in children(match.trigger, "compound") if _names_a_venue(modifier, index))


def _names_a_venue(modifier: Token, index: MentionIndex) -> bool:
    """"Abuja", "Doha Round": the only actors the modifier names are towns."""
    mentions = [m for word in modifier.subtree if (m := index.at(word)) is not None and m.actor is not None]
    return bool(mentions) and all(m.actor.rule in VENUE_RULES for m in mentions)  # type: ignore[union-attr]


def _recipients(
    match: Match, index: MentionIndex, *, threat: bool = False, actor_codes: frozenset[str] = frozenset(),
    doer_phrases: Sequence[Token] = (),
) -> tuple[Actor, ...]:
    """The pattern's roles first; then the party whose conduct a threat hangs on
    (§3.11); then, for verbs, the other side of relations, whom an embedded clause is
    about, whose is what the verb acts on ("welcomed Seoul's decision"), and where a
    measure applies ("in Montenegro"). A phrase that named the doer of an agentless
    passive (`doer_phrases`: "recalled to Delhi") is no recipient."""
    senders = request_senders(match.trigger) if match.pattern.pos == "noun" else []
    sources = [lambda role=role: _role_tokens(match.trigger, role, match.pattern) if role != "host_place"
               else _hosted_elsewhere(match, prep_objects(match.trigger, "in"), index, actor_codes)
               for role in match.pattern.recipient]
    if match.pattern.pos == "verb" and "dobj" in match.pattern.recipient:
        sources.append(lambda: _shared_object(match.trigger))
    if threat:
        sources.append(lambda: condition_subjects(match.trigger))
        if match.pattern.event == "AGREE":
            sources.append(lambda: _struck_back_at(match.trigger))
    sources.append(lambda: protested(match.trigger))
    if match.pattern.event in ("PROTEST", "REQUEST"):
        sources.append(lambda: separated_from(match.trigger))
    if match.pattern.pos == "verb":
        sources += [lambda: relation_partners(match.trigger), lambda: embedded_recipients(match.trigger),
                    lambda: object_parties(match.trigger)]
    # where a crowd marches is no one it protests at ("marched in Berlin to protest …")
    if match.pattern.pos == "verb" and not _protest_pattern(match.pattern):
        sources.append(lambda: _hosted_elsewhere(match, location_objects(match.trigger), index, actor_codes))
    if match.pattern.pos == "verb" and match.pattern.objects:
        sources.append(lambda: _named_object_modifiers(match, index, actor_codes))
    if match.pattern.pos == "verb" and match.pattern.event in VERBAL_TYPES:
        sources.append(lambda: addressed_by_head(match.trigger))
    if match.pattern.pos == "noun" and match.pattern.event == "REQUEST":
        sources.append(lambda: requested_subjects(match.trigger))
    if match.pattern.event == "REQUEST" and not asks_someone(match.trigger):
        # "demanded an increase unless Belarus agreed to sell …"; not "will ask Germany to back
        # sanctions if Iran continues": there the one asked is named
        sources.append(lambda: condition_subjects(match.trigger))
    for source in sources:
        # who made a received request ("a request from NATO") is not asked by it
        recipients, _ = actors_of([t for t in source() if t not in doer_phrases and t not in senders], index)
        if recipients:
            return recipients
    if match.pattern.pos == "verb" and match.pattern.event in RESPONSE_RECIPIENT_TYPES:
        # the first party named inside what is refused or backed, not the actor
        inside, _ = actors_of(parties_inside_object(match.trigger), index)
        return tuple(r for r in inside if r.code not in actor_codes)[:1]
    return ()


def _message_addressees(
    match: Match, event: str, index: MentionIndex, actor_codes: frozenset[str]
) -> tuple[Actor, ...]:
    """A verbal act made in a message to a party ("offered his support in remarks to
    Erdogan", "a letter to Reno asking for the boy's return", or told in a clause its
    actor reports in one: "said in a letter to Annan that Damascus was ready to …") is
    aimed at its addressee when the clause names no one else (roles.message_addressees);
    not at the actor's own state's people ("in a message to the troops", a colleague)."""
    if event not in MESSAGE_TYPES:
        return ()
    words = message_addressees(match.trigger)
    reporter = reporting_verb(match.trigger) if not words else None
    if reporter is not None and {a.code for a in actors_of(verb_subjects(reporter), index)[0]} & actor_codes:
        words = message_addressees(reporter)  # "said in a letter to Annan that Damascus was ready to …"
    return _addressed_parties(words, index, actor_codes)


def _addressed_parties(words: Sequence[Token], index: MentionIndex, actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """The parties a message is addressed to, other than the actor's own state, marked as
    addressees (ADDRESSEE_RULE)."""
    addressed, _ = actors_of(words, index)
    return tuple(dataclasses.replace(a, rule=ADDRESSEE_RULE) for a in addressed if a.code not in actor_codes)


def _takes_territory(match: Match, index: MentionIndex) -> bool:
    """"occupied Albania", "occupied the north of Cyprus", "Vukovar was captured": a verb of
    taking territory (coder data: territory_taking_verbs) whose object is a state, town or
    region the text names, itself or in its "of" phrase."""
    words = load_coder_words()
    if match.trigger.lemma_.lower() not in words.territory_taking_verbs:
        return False
    objects = [word for obj in undergoers(match.trigger) for word in (obj, *obj.conjuncts)]
    places = [*objects, *(pobj for obj in objects for pobj in prep_objects(obj, "of"))]
    mentions = [index.at(word) for word in places]
    return any(m is not None and m.actor is not None and m.actor.person is None and m.actor.rule in words.territory_rules
               for m in mentions)


def _not_home_ground(recipients: tuple[Actor, ...], actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """"held exercises in Kaliningrad", "staged a military parade in Beijing": forces shown
    on the actor's own ground are mobilized against no one (§3.14: the recipient is whom
    they threaten); a place abroad or a party named stays ("massed troops near Ukraine")."""
    places = load_coder_words().place_recipient_rules
    return tuple(r for r in recipients if not (r.code in actor_codes and r.rule in places))


def _others_first(recipients: tuple[Actor, ...], actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """An actor is not its own recipient beside another: "China urged the two countries
    to expand trade" asks Kenya; parties acting together are not each other's
    recipients ("Sino-Japanese talks were held"); "the opposition accused the
    government" (one country both sides) stays."""
    others = tuple(r for r in recipients if r.code not in actor_codes)
    return others or (() if len(actor_codes) > 1 else recipients)


def _hosted_elsewhere(match: Match, places: list[Token], index: MentionIndex, actor_codes: frozenset[str]) -> list[Token]:
    """Where parties meet is the host's when the host is not among them: "Abe and Hu met
    in Beijing" is a meeting of the two, not with China; "Putin held talks in Moscow"
    met no host; where a body's meeting took place ("NATO ministers met in Brussels")
    is no party to it."""
    if match.pattern.event not in VENUE_TYPES:
        return places
    if actor_codes <= NON_STATE_CODES:
        return []
    hosts, _ = actors_of(places, index)
    return places if not {a.code for a in hosts} <= actor_codes else []


def _shared_object(verb: Token) -> list[Token]:
    """"invaded and occupied the north of Cyprus", "attacked and destroyed a Hamas base":
    a verb without an object of its own shares the object of the verb it is joined to."""
    if children(verb, "dobj", "nsubjpass"):
        return []
    return [obj for conj in verb.conjuncts if conj.i > verb.i for obj in children(conj, "dobj")]


# Where a body's meeting took place ("NATO ministers met in Brussels") is no party to it; a
# state's minister holding talks in another's capital visits it, and where a measure
# applies ("lifted a curfew in Montenegro") is its recipient.
VENUE_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _named_object_modifiers(match: Match, index: MentionIndex, actor_codes: frozenset[str] = frozenset()) -> list[Token]:
    """"released two American prisoners", "expelled Russian diplomats": the object the
    pattern requires is named by its modifier, which says whose they are; not when that
    modifier already named the doer ("UN sanctions imposed after …")."""
    if measure_owners(match.trigger, match.words):
        return []
    objects = [w for w in match.words if w.i != match.trigger.i and w.pos_ in POS["noun"]]
    # "will attend the 14th APEC Economic Leaders' Meeting": the parser may make the name an nmod
    named = [m for obj in objects[:1] for m in children(obj, "amod", "compound", "nmod")
             if m.ent_type_ or m.pos_ == "PROPN"]
    # a town naming a gathering is where it is held: its host, not for a party of the host's own
    # ("Hu addressed the Beijing Summit")
    venues = [m for m in named if match.pattern.event == "CONSULT" and _names_a_venue(m, index)]
    return [m for m in named if m not in venues] + _hosted_elsewhere(match, venues, index, actor_codes)


def _group_sectors_kept(tokens: list[Token], actors: tuple[Actor, ...], index: MentionIndex) -> tuple[Actor, ...]:
    """"Students throughout Serbia" resolve through the place to Serbia; they stay
    students (EDU), not the state. A group the words mark foreign ("foreign workers in
    Dubai", "migrant workers in Kuwait") is not the people of the place it is in."""
    words = [word for token in tokens for word in counted(token)]
    sectors = group_sectors(words[0]) if len(words) == 1 else ()
    if not sectors or len(actors) != 1 or actors[0].sectors:
        return actors
    if _foreigners(words[0]) and not named_itself(words[0], index):
        return ()
    return (dataclasses.replace(actors[0], sectors=sectors, name=words[0].text, rule="actor.located-group"),)


def _located_group(tokens: list[Token], match: Match, index: MentionIndex) -> tuple[Actor, ...]:
    """An unnamed group acting where the sentence places the act ("prisoners rioted at a
    jail in Dili"): the manual codes such actors by their country. Where a meeting is held
    says nothing of who meets there ("the delegates agreed to meet in Beijing"). An
    unnamed crowd that protests (`_protesting_crowd`) is coded so too, as civilians."""
    trigger = match.trigger
    words = [word for token in tokens for word in counted(token)]
    sectors = group_sectors(words[0]) if words and match.pattern.event not in VENUE_TYPES else ()
    if sectors and _marked_foreign(words[0]):
        return ()  # "foreign journalists were killed in Gaza": not the place's own
    protest = _protest_pattern(match.pattern)
    sectors = sectors or (("CVL",) if protest and _protesting_crowd(match, words) else ())
    # "protesters blocked roads in the capital": a crowd's act may be placed on what it is
    # done to; an official's object is no guide to where the official is from
    # "blew himself up in Kirkuk, killing three officers": a participle of consequence
    # happens where its clause does, and "marched in Berlin to protest …" a protest of purpose
    consequence = trigger.dep_ == "advcl" and trigger.tag_ == "VBG"
    heads = _protest_clauses(trigger) if protest else [trigger, trigger.head] if consequence else [trigger]
    where = places_around(heads) if sectors else []
    if not where and not protest and set(sectors) & load_role_words().place_bound_sectors:
        where = _clause_places(trigger)  # the police act where they serve
    if sectors and not set(sectors) & STATE_SECTORS:
        where += [p for p in places_around(undergoers(trigger), depth=2) if _names_a_place(p)]
        # "ambushed by a group of armed men near Kayes in Mali": where the doers were
        where += [p for p in places_around(tokens, depth=2) if _names_a_place(p)]
    if not sectors:
        return ()
    if not protest:
        country = _place_country(where, index)
    else:  # "a rally by 3,000 people in Naha": the crowd of the place it is in
        where += places_around(words) + (places_around([trigger.head]) if trigger.dep_ == "dobj" else [])
        country = _place_country(_no_bodies(where, index), index) or _state_acting_on(trigger, index)
    if country is None:
        return ()
    return (Actor(code=country, sectors=sectors, name=words[0].text if words else None, rule="actor.located-group"),)


def _clause_places(verb: Token) -> list[Token]:
    """The place phrases anywhere in the verb's own clause ("barred the crowd from
    reaching the consulate in downtown Istanbul"), not in a clause of its own (roles
    data: clause_bound_deps, place_prepositions)."""
    words = load_role_words()
    found: list[Token] = []
    stack = [child for child in verb.children if child.dep_ not in words.clause_bound_deps]
    while stack:
        token = stack.pop()
        if (token.dep_ == "pobj" and token.head.lower_ in words.place_prepositions
                and token.lemma_.lower() not in words.non_place_nouns):
            found.append(token)
        stack += [child for child in token.children if child.dep_ not in words.clause_bound_deps]
    return sorted(found, key=lambda token: token.i)


def _protest_pattern(pattern: Pattern) -> bool:
    """A pattern of a protest: PROTEST, or a protest when its actors are people."""
    return pattern.event == "PROTEST" or (pattern.by_people or "").startswith("PROTEST")


def _protest_clauses(trigger: Token) -> list[Token]:
    """A protest and the clauses above it that it serves or goes with ("marched in
    Istanbul, burning flags to protest …": the crowd protests where it marches)."""
    clauses = [trigger]
    while len(clauses) < 4 and clauses[-1].dep_ in ("advcl", "xcomp", "conj") and (
            clauses[-1].head.pos_ in ("VERB", "AUX")):
        clauses.append(clauses[-1].head)
    return clauses


def _protesting_crowd(match: Match, words: list[Token]) -> bool:
    """An unnamed crowd as the actor of a protest: "some 2,500 people", "thousands",
    "1,500 ethnic Albanians" (a people the gazetteer does not place), "several women"
    (roles data: crowd_nouns); for a protest noun, no actor named at all ("protests in
    Kabul": the people of the place)."""
    if not words:  # not "began a hunger strike in protest at …": the strike's manner, no act of its own
        trigger = match.trigger
        return (match.pattern.pos == "noun" and trigger.lemma_.lower() in load_role_words().crowd_act_nouns
                and not trigger.ent_type_ and not _in_protest_phrase(trigger))  # not the month "March"
    word = words[0]
    return (word.lemma_.lower() in load_role_words().crowd_nouns or word.pos_ == "NUM"
            or (word.ent_type_ == "NORP" and word.tag_ in ("NNS", "NNPS")))


def _in_protest_phrase(noun: Token) -> bool:
    """"in protest at the ban": the manner of the act it hangs on, no protest of its own."""
    return noun.head.lower_ == "in" and noun.lemma_.lower() in load_role_words().protest_nouns


def _no_bodies(places: list[Token], index: MentionIndex) -> list[Token]:
    """"rallied outside the Turkish embassy in Paris": an embassy, a parliament or a
    ministry the protest is at is whose it is (the recipient), not where the crowd is
    (roles data: mission_nouns, frontage_nouns)."""
    words = load_role_words()

    def body(place: Token) -> bool:
        mention = index.at(place)
        return place.lemma_.lower() in words.mission_nouns or (
            mention is not None and mention.actor is not None and bool(mention.actor.sectors))

    # "in front of the German embassy", "at the gates of parliament": the body the part is of
    return [p for p in places if not body(p) and not (
        p.lemma_.lower() in words.frontage_nouns and any(body(o) for o in prep_objects(p, "of")))]


def _state_acting_on(noun: Token, index: MentionIndex) -> str | None:
    """"Police in Harare broke up a demonstration", "parliament passed the bill despite
    protests from farmers": a protest a state's body acts on, or acts despite, is by that
    state's people (as `_domestic_group` reads groups on the receiving end)."""
    if noun.pos_ not in POS["noun"]:
        return None
    if noun.dep_ in ("dobj", "nsubjpass"):  # "used troops to stop a demonstration": the user's
        subjects = verb_subjects(noun.head)
    elif noun.dep_ == "pobj" and noun.head.lower_ in load_role_words().defied_prepositions:
        subjects = defied_act_doers(noun)
    else:
        return None
    # the body itself is the subject ("the Kenyan parliament", "police in Harare"), not an
    # act that names one ("the rape by US servicemen triggered protests")
    subjects = [word for s in subjects for word in counted(s)]
    bodies = [s for s in subjects if set(group_sectors(s)) & STATE_SECTORS
              or ((m := index.at(s)) is not None and m.actor is not None and set(m.actor.sectors) & STATE_SECTORS)]
    found, _ = actors_of(bodies, index)
    return _one_country(found) if bodies and len(bodies) == len(subjects) else None


def _opposed_parties(match: Match, event: str) -> tuple[Actor, ...]:
    """"anti-US protests", "anti-Japanese riots": the party named after "anti-" is what
    the protest is against (the mentions leave such a stance word unresolved)."""
    if event != "PROTEST" or match.pattern.pos != "noun":
        return ()
    knowledge = load_knowledge()
    found = [known for word in opposed_modifiers(match.trigger) if (known := knowledge.lookup(word.text)) is not None]
    codes = dict.fromkeys(known.code for known in found if known.kind != "not-actor")
    return tuple(Actor(code=code, rule="recipient.opposed") for code in codes)


CAUSE_PREPOSITIONS = ("in", "by", "during")
CLIMBED_DEPS = frozenset({"advcl", "conj", "xcomp", "acl", "relcl", "oprd"})


def _accidental_harm(match: Match) -> bool:
    """Harm whose cause the sentence gives as an accident or a disaster, no force used by
    an actor (PLOVER ASSAULT; data/events/coder.toml `accident_nouns`): "a flash flood
    killed 47 residents", "killed in a plane crash", "a coal mine blast" (a noun trigger),
    "a bus plunged into a ravine, killing 30", "were killed when an earthquake hit". A harm
    verb whose doer the sentence names otherwise is someone's act, whatever happened
    around it; an attack told around the cause keeps it one ("a bomb explosion")."""
    if match.pattern.event != "ASSAULT":
        return False
    trigger = match.trigger
    if match.pattern.pos == "noun":
        return _accident_cause(trigger)
    doers = _own_doers(trigger)
    if doers:
        return all(_accident_cause(word) for doer in doers for word in counted(doer))
    # "were killed and 39 injured in a traffic accident": coordinated harms share their cause
    harms = [trigger, *(verb for verb in trigger.conjuncts if verb.pos_ == "VERB" and not _own_doers(verb))]
    causes = [word for verb in harms for p in CAUSE_PREPOSITIONS for word in prep_objects(verb, p)]
    return (any(_accident_cause(word) for word in causes)
            or any(_accident_clause(clause, verb) for verb in harms for clause in _cause_clauses(verb)))


def _own_doers(verb: Token) -> list[Token]:
    """The verb's own subject (active) or agent (passive), not one it shares with another verb;
    not a bare number the parser makes the subject of a coordinated participle ("six were
    killed and 15 injured": the injured, not a doer)."""
    if is_passive(verb):
        return prep_objects(verb, "by")
    return [s for s in children(verb, "nsubj") if s.pos_ != "NUM"]


def _cause_clauses(trigger: Token) -> list[Token]:
    """The clauses that may tell what caused a doerless harm: its "when"/"as" clauses
    ("were killed when a bus plunged into a river", also "… veered off and plunged"; also
    when the parser hangs one on the place of an "in" phrase), and
    the clauses it hangs on as a participle, a coordinated verb or a relative clause, up to
    two steps ("crashed at the airport, killing 36", "were swept away by a storm and
    killed", "the accident, in which six were injured")."""
    marks = load_role_words().time_clause_marks
    # the parser may hang the "when" clause on the place before it ("killed in Harbin when …")
    misplaced = [clause for p in CAUSE_PREPOSITIONS for place in prep_objects(trigger, p)
                 for clause in children(place, "relcl")
                 if any(m.dep_ in ("mark", "advmod") and m.lower_ in marks and m.i < clause.i for m in clause.children)]
    found = [c for clause in (*time_clauses(trigger), *misplaced) for c in (clause, *clause.conjuncts)]
    token = trigger
    for _ in range(2):
        if token.dep_ not in CLIMBED_DEPS or token.head.i == token.i:
            break
        token = token.head
        found.append(token)
        if token.pos_ not in ("VERB", "AUX"):
            break
    return found


def _accident_clause(clause: Token, trigger: Token) -> bool:
    """A clause (a verb, or the noun a relative clause hangs on) that tells an accident:
    a verb of accident (`accident_verbs`: "crashed", "plunged") or one whose subject, agent
    or "in"/"by" phrase is an accident's cause ("a gas blast hit the colliery"), with no
    attack told in it outside the harm's own words."""
    if clause.pos_ not in ("VERB", "AUX"):
        return _accident_cause(clause)
    causes = [*_own_doers(clause), *(w for p in CAUSE_PREPOSITIONS for w in prep_objects(clause, p))]
    accident = clause.lemma_.lower() in load_coder_words().accident_verbs or any(
        _accident_cause(word) for word in causes)
    harm = range(trigger.left_edge.i, trigger.right_edge.i + 1) if clause.is_ancestor(trigger) else range(0)
    outside = [w for w in clause.subtree if w.i not in harm]
    return accident and not _tells_attack(outside)


def _accident_cause(noun: Token) -> bool:
    """A noun that names an accident or a disaster (`accident_nouns`; "fire" unmarked as
    weapons fire; an explosion of gas or in a coal mine), told with no attack in its words
    ("the crash of a plane hit by a missile" is an attack)."""
    words = load_coder_words()
    lemma = noun.lemma_.lower()
    if lemma == "fire":
        modifiers = [m for m in noun.children if m.dep_ in ("amod", "compound", "poss", "nmod", "nummod")]
        accident = all(m.lemma_.lower() in words.fire_kinds or m.pos_ == "NUM" for m in modifiers) and not (
            prep_objects(noun, "from"))
    elif lemma in words.explosion_nouns:
        accident = _blast_of_accident(noun)
    elif noun.pos_ == "PROPN":  # "Typhoon Durian", "Hurricane Katrina"; not "Operation Desert Storm"
        accident = any(m.lemma_.lower() in words.accident_nouns for m in children(noun, "compound")
                       if m.i == noun.left_edge.i)
    else:
        accident = lemma in words.accident_nouns
    return accident and not _tells_attack(list(noun.subtree))


def _blast_of_accident(noun: Token) -> bool:
    """"a gas explosion", "a coal mine blast", "an explosion at the Shagou colliery", "a
    blast at an oil pipeline": an
    explosion whose modifiers, or the place it happened in or at, say what blew up
    (`accident_blast_words`, `accident_sites`); a bare "explosion" may be a bomb's."""
    words = load_coder_words()
    places = [w for p in ("in", "at") for w in prep_objects(noun, p)]
    modifiers = [w for m in children(noun, "amod", "compound") for w in m.subtree]
    modifiers += [w for place in places for m in children(place, "amod", "compound") for w in m.subtree]
    return any(w.lemma_.lower() in words.accident_blast_words for w in modifiers) or any(
        place.lemma_.lower() in words.accident_sites | words.accident_blast_words for place in places)


def _tells_attack(words: Sequence[Token]) -> bool:
    """Words that tell an attack (a means of attack of data/events/unidentified.toml other
    than the accident words, or `attack_marks`): "hit by a missile", "shot down", "set"."""
    coder_words = load_coder_words()
    accident_words = coder_words.accident_nouns | coder_words.explosion_nouns | {"fire", "mine"}
    means = load_instruments() - accident_words
    return any(w.lemma_.lower() in means or w.lemma_.lower() in coder_words.attack_marks for w in words)


def _unidentified_attacker(match: Match, tokens: list[Token], index: MentionIndex) -> tuple[Actor, ...]:
    """"A roadside bomb near Samarra killed two soldiers", "a journalist was killed in a
    car bomb explosion in Beirut": an attack told by its means, not its author. The
    manual codes the author as an unidentified actor (sector UNK); dyadwatch places it in
    the country where the sentence puts the attack, and codes nothing when it does not."""
    trigger = match.trigger
    if match.pattern.event != "ASSAULT" or match.pattern.pos != "verb":
        return ()
    instruments = load_instruments()
    if tokens:  # the subject or agent must be the means ("the storm killed 20" is no attack)
        means = [word for token in tokens for word in counted(token) if word.lemma_.lower() in instruments]
        if len(means) != len(tokens):
            return ()
    else:  # a passive without agent: the means in its "in" or "by" phrase
        said = [w for p in ("in", "by", "with") for w in prep_objects(trigger, p)]
        means = [w for w in said if w.lemma_.lower() in instruments]
        if not means and _unattributed_killing(trigger, said, index):
            means = [trigger]  # "five civilians were killed in the Baquba area": only where
    if not means:
        return ()
    country, how = _attack_country(trigger, means, index)
    return () if country is None else (Actor(code=country, sectors=("UNK",), rule=f"actor.unidentified-by-{how}"),)


def _attack_country(trigger: Token, means: list[Token], index: MentionIndex) -> tuple[str | None, str]:
    """The state an attack told without its author happened in, and how it is known
    ("place", "article"): the one the sentence places it in ("in Beirut", "near Samarra"),
    else, with no place in the sentence, the article's one country (a place the sentence
    names elsewhere decides nothing). A relative clause on the means may place it ("during
    the fighting, which took place in northern Darfur")."""
    places = places_around([trigger, *means, *(clause for word in means for clause in children(word, "relcl"))])
    country = _place_country(places, index)
    if country is None and not any(index.at(place) for place in places):
        # "… were also killed in separate attacks"
        return article_country(trigger.doc, index.mentions), "article"
    return country, "place"


def _fighting_parties(
    match: Match, casualties: tuple[Actor, ...], index: MentionIndex
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """Actors and recipients of fighting told through its casualties (pattern role
    "casualties"). Fighting is two-sided (GUIDE, reciprocal acts): the casualties' side and
    the sides it was "with" or "between" all act, no recipient ("three Turkish soldiers
    were killed in clashes with PKK rebels"; with the casualties unnamed, "40 people were
    killed in fighting between …", the named sides alone). A side named but not resolved
    ("clashes with militants", "his battle with cancer") leaves the casualties alone: no
    event. No side named ("the candidate died during a clash in Kenya", "killed in
    action"): an unidentified armed force (UAF) of the place attacked the casualties, who
    are, unnamed, the place's people ("two people died during clashes in Kenya")."""
    fighting = [w for w in match.words if w.i != match.trigger.i]
    # the pattern's "prep:" roles, on the fighting noun: "clashes with …", "fighting between …"
    words = [role.removeprefix("prep:") for role in match.pattern.recipient if role.startswith("prep:")]
    sides = [o for noun in fighting for word in words for o in prep_objects(noun, word)]
    if sides:
        others = _fighting_sides(match, fighting, sides, index)
        parties = casualties + tuple(a for a in others if a not in casualties)
        return (parties, ()) if others else ((), ())
    if len({(a.code, a.sectors) for a in casualties}) > 1:
        return casualties, ()  # "five Taliban fighters and an Afghan militia soldier died in the exchange of fire"
    return _unnamed_enemy(match, fighting, casualties, index)


def _fighting_sides(match: Match, fighting: list[Token], sides: list[Token], index: MentionIndex) -> tuple[Actor, ...]:
    """The parties the fighting is "with" or "between": as named ("PKK rebels"), or, an
    unnamed group ("clashes with protesters", "fights between rival supporters"), the
    people of the place where it happened, as `_located_group` reads a group acting."""
    found: list[Actor] = []
    for side in (word for token in sides for word in (token, *token.conjuncts)):
        named, _ = actors_of([side], index)
        sectors = () if named or _marked_foreign(side) else group_sectors(side)
        country = _attack_country(match.trigger, fighting, index)[0] if sectors else None
        located = (Actor(code=country, sectors=sectors, name=side.text, rule="actor.located-group"),) if country else ()
        found += [actor for actor in named or located if actor not in found]
    return tuple(found)


def _unnamed_enemy(
    match: Match, fighting: list[Token], casualties: tuple[Actor, ...], index: MentionIndex
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """Fighting that names one side only, its casualties: an attack on them by an
    unidentified armed force (UAF) of the place (`_attack_country`). Casualties the text
    names but no actor resolves are the people of the place the sentence names ("two
    people died during clashes in Kenya"), unless marked foreign; not of the article's
    country ("two more troops were killed in action" in a story on Iraq may be anyone's).
    A fight that need not be armed ("died in a fight over land") names no attack
    (`data/events/unidentified.toml`, armed_fighting), nor does a death told as an
    infinitive ("an honour for a soldier to die in battle")."""
    if match.trigger.tag_ == "VB":
        return (), ()
    if not any(noun.lemma_.lower() in _unidentified_words().armed_fighting for noun in fighting):
        return (), ()
    country, how = _attack_country(match.trigger, fighting, index)
    if country is None:
        return (), ()
    told = [word for token in _role_tokens(match.trigger, "casualties", match.pattern) for word in counted(token)]
    if not casualties or all(a.rule == "actor.located-group" for a in casualties):
        # unnamed troops an army announces are its own, not the place's people it was placed as
        casualties = _announced_own_casualties(match.trigger, told, index) or casualties
    if not casualties and told and how == "place" and not any(_marked_foreign(word) for word in told):
        casualties = (Actor(code=country, rule="recipient.place-of-violence"),)
    if not casualties:
        return (), ()
    return (Actor(code=country, sectors=("UAF",), rule=f"actor.unidentified-fighter-by-{how}"),), casualties


# the rule of a recipient read as the announcing army's own troops
ANNOUNCED_TROOPS_RULE = "recipient.announcers-own-troops"


def _announced_own_casualties(trigger: Token, told: list[Token], index: MentionIndex) -> tuple[Actor, ...]:
    """Unnamed troops ("two more troops", "three soldiers") killed or wounded, in a
    statement whose speaker is an armed body of one state ("the US military announced that
    two more troops were killed in action", "the defence ministry said three soldiers were
    wounded"): the announcer's own troops, the recipient of the attack on them, wherever it
    happened (`data/events/unidentified.toml`, own_force_nouns, announcing_sectors). Troops
    the words mark foreign ("coalition soldiers") or a speaker of another kind say nothing."""
    words = _unidentified_words()
    if not told or not all(w.lemma_.lower() in words.own_force_nouns and not _marked_foreign(w) and index.at(w) is None
                           for w in told):
        return ()
    speaker = index.speaker_of(trigger.idx)
    if speaker is None or speaker.actor is None or speaker.actor.code in NON_STATE_CODES:
        return ()
    if not set(speaker.actor.sectors) & words.announcing_sectors:
        return ()
    return (Actor(code=speaker.actor.code, sectors=("MIL",), rule=ANNOUNCED_TROOPS_RULE),)


def _unnamed_arrester(match: Match, tokens: list[Token], index: MentionIndex) -> tuple[Actor, ...]:
    """"Ten Vietnamese were arrested in southern China", "Gotovina was arrested in Spain":
    an arrest told in the passive without agent is by the authorities (sector COP) of
    the state the sentence places it in (`data/events/unidentified.toml`, arrest_verbs);
    with no place, of the article's one country when the arrested are its own people
    ("Bozlak was arrested" in an article on Turkey); unnamed "suspects" are not guessed at."""
    trigger = match.trigger
    if tokens or trigger.lemma_.lower() not in _unidentified_words().arrest_verbs or not is_passive(trigger):
        return ()
    places = [p for p in places_around([trigger]) if _names_a_place(p) or index.at(p) is not None]
    country, rule = _place_country(places, index), "actor.unnamed-arrester-by-place"
    if country is None and not places and (reporter := _reporting_police(trigger, index)) is not None:
        return (reporter,)
    if country is None and not places:
        arrested, _ = actors_of(children(trigger, "nsubjpass"), index)
        home = article_country(trigger.doc, index.mentions)
        country = home if home is not None and _one_country(arrested) == home else None
        rule = "actor.unnamed-arrester-by-article"
    return () if country is None else (Actor(code=country, sectors=("COP",), rule=rule),)


def _reporting_police(trigger: Token, index: MentionIndex) -> Actor | None:
    """"Japanese police announced that a US Marine had been arrested": police reporting an
    arrest they tell without agent or place made it (sectors `arrest_reporter_sectors`)."""
    found, _ = actors_of(reporters_of_clause(trigger), index)
    sectors = _unidentified_words().arrest_reporter_sectors
    if len(found) != 1 or found[0].person is not None or not sectors & set(found[0].sectors):
        return None
    return dataclasses.replace(found[0], rule="actor.unnamed-arrester-by-reporter")


def _unnamed_dismisser(match: Match, tokens: list[Token], index: MentionIndex) -> tuple[Actor, ...]:
    """"Singh was sacked from his post in the party's steering committee", "the minister
    was dismissed from the cabinet": a removal from a post or body (SANCTION expel, §3.13)
    told in the passive with no agent, and no state or body named as the one removing
    (`_passive_doers`), is by the removed official's own state, when that is the article's
    one country (`data/events/unidentified.toml`, dismissal_verbs). Only when the text
    says what from (a "from" phrase) or names the removed by their office (the pattern's
    objects: "the general was sacked"); only for a public figure (dismissed_sectors), not
    a private person ("a farmer was sacked") nor a whole government (governing_bodies:
    "once the government is ousted"), nor one of another state ("two Russian diplomats
    were expelled" in a story on Poland: who expelled them is not told)."""
    trigger, pattern, words = match.trigger, match.pattern, _unidentified_words()
    if (tokens or pattern.event != "SANCTION" or pattern.mode != "expel" or not is_passive(trigger)
            or trigger.lemma_.lower() not in words.dismissal_verbs):
        return ()
    subjects = children(trigger, "nsubjpass")
    if not (pattern.objects or prep_objects(trigger, "from")) or any(
            s.lemma_.lower() in words.governing_bodies for s in subjects):
        return ()  # "he was expelled at 15": from what untold; "once the government is ousted": no member removed
    removed, _ = actors_of(subjects, index)
    home = article_country(trigger.doc, index.mentions)
    officials = words.dismissed_sectors
    if home is None or _one_country(removed) != home or not all(set(actor.sectors) & officials for actor in removed):
        return ()
    return (Actor(code=home, sectors=(), rule="actor.unnamed-dismisser-by-article"),)


def _talking_pair(match: Match, index: MentionIndex) -> tuple[Actor, ...]:
    """"Russia threatened to cut gas to Belarus … Negotiations continued in Moscow": bare
    talks (`bare_talks`) are between the two states the story is about (`story_pair`),
    both of them actors (reciprocal, §2.4.2)."""
    if match.pattern.event != "CONSULT" or match.pattern.pos != "noun" or not bare_talks(match.trigger):
        return ()
    return tuple(dict.fromkeys(m.actor for m in story_pair(match.trigger, index, states=True) if m.actor is not None))


def _passive_doers(match: Match, tokens: list[Token], index: MentionIndex) -> tuple[tuple[Actor, ...], list[Token]]:
    """"Two Russian diplomats were expelled from Poland", "the ambassador was recalled to
    Delhi", "the bill was voted down at the House of Representatives": a passive told
    without a "by" agent (or with one that only counts the vote: "by 120 votes") whose
    doer the sentence names by the place or body the act is done from, to or at
    (`data/events/unidentified.toml`, passive_doers). The doer, and the phrase naming it."""
    words, trigger = _unidentified_words(), match.trigger
    if not is_passive(trigger) or any(t.lemma_.lower() not in words.counting_agents for t in tokens):
        return (), []
    lemma = trigger.lemma_.lower()
    for rule in (rule for rule in words.passive_doers if lemma in rule.verbs):
        for prep in children(trigger, "prep"):
            phrases = children(prep, "pobj") if prep.lower_ in rule.prepositions else []
            for phrase in phrases:
                doer = _named_doer(phrase, rule.doer, index)
                if doer is not None:
                    return (doer,), [phrase]
    return (), []


def _named_doer(phrase: Token, kind: str, index: MentionIndex) -> Actor | None:
    """The party a place or body phrase names as the doer of a passive act: a body that
    acts itself (its sector in `body_sectors`, by its mention or by its own words, "the
    U.S. House of Representatives" → USA LEG; or an IGO), when `kind` admits a body; the
    government of the state a place phrase names ("Poland", "New Delhi"), when it admits
    a place. None for a person, several parties, or anything else."""
    words = _unidentified_words()
    found, _ = actors_of([phrase], index)
    if len(found) != 1 or found[0].person is not None:
        return None
    actor = found[0]
    own_words = [w for w in phrase.subtree if w.i <= phrase.i or w.head in (phrase, *children(phrase, "prep"))]
    sectors = [s for s in (*actor.sectors, *load_knowledge().sector_for(" ".join(w.text for w in own_words)))
               if s in words.body_sectors]
    if kind != "place" and (sectors or actor.code in words.body_codes):
        return dataclasses.replace(actor, sectors=tuple(dict.fromkeys(sectors)) or actor.sectors,
                                   rule="actor.passive-doer-body")
    if kind != "body" and actor.rule in words.doer_place_rules and actor.code not in NON_STATE_CODES:
        return Actor(code=actor.code, sectors=("GOV",), name=actor.name, rule="actor.passive-doer-place")
    return None


def _document_authors(tokens: list[Token], index: MentionIndex) -> tuple[Actor, ...]:
    """"The resolution calls for …", "the report urged Iran …": a document acting is its
    author's act (`roles.document_author`)."""
    token = tokens[0] if len(tokens) == 1 else None
    if token is not None and token.lower_ in load_role_words().relative_pronouns and token.head.dep_ == "relcl":
        token = token.head.head  # "a statement that welcomed …": the statement
    author = document_author(token, index) if token is not None else None
    if author is None or author.actor is None:
        return ()
    return (dataclasses.replace(author.actor, rule="actor.document-author"),)


def _attack_in_words(match: Match) -> bool:
    """"launched a scathing attack on the government", "launched a strongly worded attack
    in The Times", "launched a fresh attack against Israel, dismissing the Holocaust":
    an attack made in words (`data/events/coder.toml`)."""
    words = load_coder_words()
    nouns = [w for w in match.words if w.pos_ in ("NOUN", "PROPN")] or [match.trigger]
    verb = match.trigger if match.trigger.pos_ in ("VERB", "AUX") else match.trigger.head
    modifiers = {m.lower_ for noun in nouns for m in noun.subtree if m.i < noun.i}
    places = [p for head in (*nouns, verb) for p in prep_objects(head, "in")]
    saying = [c for c in children(verb, "advcl", "conj") if c.tag_ == "VBG" and c.lemma_.lower() in words.speech_participles]
    return bool(modifiers & words.verbal_attack_modifiers or saying
                or any(p.lemma_.lower() in words.verbal_attack_places for p in places))


def _unnamed_prosecution(match: Match, tokens: list[Token], index: MentionIndex) -> tuple[Actor, ...]:
    """"Five former border guards went on trial in Berlin accused of installing mines",
    "the four are accused of complicity in murder", "was tried for treason", "is on trial
    for the massacre": a charge or a trial told without who brought it is the court's the
    sentence names ("before the UN tribunal"), else the prosecution's of the state where
    the case is heard, else of the accused's state, else, for an accused of no state, of the
    state the article is about (`data/events/coder.toml`, charge_verbs,
    trial_patterns). A place named that is no state's ("in The Hague") leaves it unguessed."""
    words, trigger = load_coder_words(), match.trigger
    trial = match.pattern.id in words.trial_patterns
    if match.pattern.event != "ACCUSE" or any(t.lemma_.lower() not in words.court_nouns for t in tokens):
        return ()
    if not trial and not _charge_told(trigger, words):
        return ()
    if not (is_passive(trigger) or trigger.dep_ in ("advcl", "acl", "conj") or "unnamed" in match.pattern.actor
            or match.pattern.pos == "noun"):
        return ()
    court = _trying_court(match, index)
    if court:
        return court
    head = trigger.head if trigger.dep_ in ("advcl", "conj") or _trial_argument(match) else trigger
    places = places_around([trigger, head, *_trial_words(match), *_trials_of_clause(head)])
    country = _place_country(places, index)
    if country is None and not any(_names_a_place(place) for place in places):
        accused_words = prep_objects(trigger, "of") if match.pattern.pos == "noun" else (
            children(trigger, "nsubjpass") or _formally_charged(match) or verb_subjects(head))
        accused, _ = actors_of(accused_words, index)
        # an accused of no state ("Bin Laden, indicted as …": a militant group's), or a person
        # named but not placed ("Kopp, who is charged with …"): the justice of the state the
        # story is about; an accused not named at all is not guessed at
        stateless = accused and all(a.code in NON_STATE_CODES for a in accused)
        unplaced = not accused and _charged_person_named(match, accused_words)
        country = _one_country(accused) or (article_country(trigger.doc, index.mentions)
                                            if stateless or unplaced else None)
    return () if country is None else (Actor(code=country, sectors=("JUD",), rule="actor.unnamed-prosecution"),)


def _formally_charged(match: Match) -> list[Token]:
    """"Bin Laden, indicted as the architect of …", "two rebels charged with smuggling arms":
    the noun a participle of formal charge describes (not "accused", as often said outside
    a court: "Eritrea, also accused of backing the Islamists"; coder.toml, charge_verbs)."""
    formal = load_coder_words().charge_verbs - {"accuse"}
    return undergoers(match.trigger) if match.trigger.lemma_.lower() in formal else []


def _charged_person_named(match: Match, accused: list[Token]) -> bool:
    """"Kopp, who is charged with murder", "Smith was indicted": a person named, whom a
    verb of formal charge (not "accused", as often said outside a court) charges
    (coder.toml, charge_verbs)."""
    formal = load_coder_words().charge_verbs - {"accuse"}
    return (match.pattern.pos == "verb" and match.trigger.lemma_.lower() in formal
            and bool(accused) and all(_names_a_person([word]) for word in accused))


def _charge_told(trigger: Token, words: CoderWords) -> bool:
    """"charged with murder", "accused of complicity in murder": a verb of charging with
    what the accused did; "indicted on corruption charges", "was arraigned": a verb with
    no other sense (coder.toml, charge_verbs, charge_prepositions, legal_charge_verbs)."""
    lemma = trigger.lemma_.lower()
    return lemma in words.legal_charge_verbs or (lemma in words.charge_verbs and any(
        c.dep_ == "prep" and c.lower_ in words.charge_prepositions for c in trigger.children))


def _trial_words(match: Match) -> list[Token]:
    """"went on trial in Berlin", "brought before a military court in Cairo": the trial or
    court noun of the match besides its trigger, which may carry where and before whom
    (coder.toml, trial_nouns)."""
    nouns = load_coder_words().trial_nouns
    return [w for w in match.words if w.i != match.trigger.i and w.lemma_.lower() in nouns]


def _trials_of_clause(verb: Token) -> list[Token]:
    """"went on trial in Scotland accused of the bombing", "stood trial in Berlin": the
    trial noun of the clause a charge hangs on, which may carry where it is heard
    (coder.toml, trial_nouns)."""
    nouns = load_coder_words().trial_nouns
    found = children(verb, "dobj") + [pobj for prep in children(verb, "prep") for pobj in children(prep, "pobj")]
    return [noun for noun in found if noun.lemma_.lower() in nouns]


def _trial_argument(match: Match) -> bool:
    """"The trial of Saddam resumed in Baghdad", "a US judge halted the trial of …": a trial
    noun that is the subject or object of its clause's verb, which tells where it is held
    and by whom."""
    trigger = match.trigger
    return (match.pattern.pos == "noun" and trigger.dep_ in ("nsubj", "nsubjpass", "dobj")
            and trigger.head.pos_ in POS["verb"])


def _trying_court(match: Match, index: MentionIndex) -> tuple[Actor, ...]:
    """"went on trial before the UN war crimes tribunal", "stood trial at the International
    Criminal Court", "was tried by a military court", "a US judge halted the trial of …":
    the court the trial or charge is before, or the court acting on the trial (coder.toml,
    court_nouns), when the text says whose it is."""
    words = load_coder_words()
    heads = [match.trigger, *_trial_words(match)]
    courts = [pobj for head in heads for prep in ("before", "at", "by", "in") for pobj in prep_objects(head, prep)
              if pobj.lemma_.lower() in words.court_nouns]
    # "indicted for war crimes by the UN tribunal": the parser may hang the "by" on what it is for
    courts += [court for head in heads for prep in children(head, "prep") for crime in children(prep, "pobj")
               for court in prep_objects(crime, "by") if court.lemma_.lower() in words.court_nouns]
    if _trial_argument(match) and match.trigger.dep_ == "dobj":
        courts += [s for s in verb_subjects(match.trigger.head) if s.lemma_.lower() in words.court_nouns]
    found, _ = actors_of(courts, index)
    return tuple(dataclasses.replace(actor, rule="actor.trying-court") for actor in found)


def _charged_with_its_clause(match: Match, actors: tuple[Actor, ...], index: MentionIndex) -> tuple[Actor, ...]:
    """"… went on trial accused of installing mines": whom an unnamed prosecution charges
    is the subject of the clause the charge hangs on."""
    trigger = match.trigger
    prosecution = ("actor.unnamed-prosecution", "actor.trying-court")
    if not all(a.rule in prosecution for a in actors) or trigger.dep_ not in ("advcl", "conj"):
        return ()
    accused, _ = actors_of(verb_subjects(trigger.head), index)
    return accused


class CoderWords(DataModel):
    """`data/events/coder.toml`: the words of the coder's conversions (each list is documented there)."""

    cancel_verbs: frozenset[str]
    court_custody_verbs: frozenset[str]
    custodial_terms: frozenset[str]
    noncustodial_modifiers: frozenset[str]
    threat_nouns: frozenset[str]
    vow_verbs: frozenset[str]
    retaliation_verbs: frozenset[str]
    yield_verbs: frozenset[str] = frozenset()
    yield_particles: dict[str, tuple[str, ...]] = {}
    answer_verbs: frozenset[str]
    forceful_adverbs: frozenset[str]
    force_nouns: frozenset[str]
    answered_attack_nouns: frozenset[str]
    forecaster_nouns: frozenset[str]
    relaying_nouns: frozenset[str]
    continuing_verbs: frozenset[str]
    view_nouns: frozenset[str]
    peace_force_nouns: frozenset[str]
    command_nouns: frozenset[str]
    carrying_verbs: frozenset[str]
    force_member_nouns: frozenset[str]
    aided_people_nouns: frozenset[str]
    pledged_aid_nouns: frozenset[str]
    pledged_money_words: frozenset[str]
    pledge_giving_verbs: frozenset[str]
    aid_purpose_nouns: frozenset[str]
    aid_purpose_prepositions: frozenset[str]
    joint_adverbs: frozenset[str]
    helping_verbs: frozenset[str]
    charge_verbs: frozenset[str]
    charge_prepositions: frozenset[str]
    legal_charge_verbs: frozenset[str]
    charge_task_verbs: frozenset[str]
    charge_task_nouns: frozenset[str]
    trial_patterns: frozenset[str]
    trial_nouns: frozenset[str]
    court_nouns: frozenset[str]
    verbal_attack_modifiers: frozenset[str]
    stance_verbs: frozenset[str]
    asked_acts: frozenset[str]
    asked_measures: frozenset[str]
    changed_acts: frozenset[str]
    supervising_nouns: frozenset[str]
    verbal_attack_places: frozenset[str]
    speech_participles: frozenset[str]
    phrasal_particles: frozenset[str]
    circumstance_prepositions: frozenset[str]
    means_prepositions: frozenset[str]
    means_act_nouns: frozenset[str]
    internal_gathering_words: frozenset[str]
    own_body_words: frozenset[str]
    occasion_nouns: frozenset[str]
    duty_nouns: frozenset[str]
    undergone_prepositions: frozenset[str]
    place_recipient_rules: frozenset[str]
    tour_stop_patterns: frozenset[str]
    judging_patterns: frozenset[str]
    hoping_verbs: frozenset[str]
    territory_taking_verbs: frozenset[str]
    territory_rules: frozenset[str]
    accident_nouns: frozenset[str]
    fire_kinds: frozenset[str]
    explosion_nouns: frozenset[str]
    accident_blast_words: frozenset[str]
    accident_sites: frozenset[str]
    accident_verbs: frozenset[str]
    attack_marks: frozenset[str]
    private_victim_nouns: frozenset[str]
    activity_frame_nouns: frozenset[str]
    joint_activity_nouns: frozenset[str]
    two_party_modifiers: frozenset[str]
    victim_roles: tuple[str, ...]
    harm_nouns: frozenset[str]


@functools.cache
def load_coder_words() -> CoderWords:
    return read_data_file("events/coder.toml", CoderWords)


class PassiveDoer(DataModel):
    """One `passive_doers` table of `data/events/unidentified.toml`: passive verbs whose
    doer the object of one of these prepositions names, and what it must be."""

    verbs: frozenset[str]
    prepositions: frozenset[str]
    doer: Literal["place", "body", "place-or-body"]


class UnidentifiedWords(DataModel):
    """`data/events/unidentified.toml`: words of attacks the text names no author of."""

    instruments: frozenset[str]
    violent_verbs: frozenset[str]
    place_nouns: frozenset[str]
    arrest_verbs: frozenset[str]
    arrest_reporter_sectors: frozenset[str]
    dismissal_verbs: frozenset[str]
    dismissed_sectors: frozenset[str]
    governing_bodies: frozenset[str]
    armed_fighting: frozenset[str]
    own_force_nouns: frozenset[str]
    announcing_sectors: frozenset[str]
    body_sectors: frozenset[str]
    body_codes: frozenset[str]
    counting_agents: frozenset[str]
    doer_place_rules: frozenset[str]
    passive_doers: tuple[PassiveDoer, ...]


@functools.cache
def load_instruments() -> frozenset[str]:
    """The words of `data/events/unidentified.toml`: means of attack that name no author."""
    return _unidentified_words().instruments


@functools.cache
def _unidentified_words() -> UnidentifiedWords:
    return read_data_file("events/unidentified.toml", UnidentifiedWords)


def _unattributed_killing(trigger: Token, said: list[Token], index: MentionIndex) -> bool:
    """A killing verb in the passive whose phrases name only places and times
    (`data/events/unidentified.toml`): violence by an author the text does not name."""
    words = _unidentified_words()
    if trigger.lemma_.lower() not in words.violent_verbs:
        return False
    places = words.place_nouns
    return all(
        w.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or w.lemma_.lower() in places or index.at(w) is not None
        for w in said
    )


def _names_a_place(word: Token) -> bool:
    """A named place or a place noun ("Nairobi", "the capital"), not any "in" phrase ("in
    protest of Germany's decision")."""
    return word.ent_type_ in ("GPE", "LOC", "FAC") or word.lemma_.lower() in _unidentified_words().place_nouns


def _one_country(actors: Sequence[Actor]) -> str | None:
    """The one state these actors (or places) belong to, if exactly one."""
    countries = {actor.code for actor in actors if actor.code not in NON_STATE_CODES}
    return countries.pop() if len(countries) == 1 else None


def _place_country(places: list[Token], index: MentionIndex) -> str | None:
    """The one state these place phrases name ("in Kabul", "at a jail in Dili")."""
    found, _ = actors_of(places, index)
    return _one_country(found)


def _domestic_group(match: Match, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """An unnamed group on the receiving end of a state's act ("police dispersed the
    demonstrators", "banned opposition candidates") belongs to that state, as an analyst
    reads it and as the manual codes domestic events."""
    country = _one_country(actors)
    if country is None:
        return ()
    # the one asked "at the request of" a state is whoever agreed: the request does not
    # make them the requester's own ("the president agreed … at the request of Mandela");
    # unnamed captives released are as often another party's ("Israel released prisoners")
    for role in (r for r in match.pattern.recipient if r not in ("at_whose_request", "captives")):
        for token in _role_tokens(match.trigger, role, match.pattern):
            for word in counted(token):
                sectors = group_sectors(word)
                if _marked_foreign(word):
                    return ()  # "urged foreign forces to …": not the state's own
                if "REF" in sectors:
                    return ()  # refugees in a state's care are mostly another state's people
                if match.pattern.event == "ASSAULT" and not _internal_violence(actors, sectors):
                    return ()  # "a Russian air strike killed civilians": whose civilians, the sentence must say
                if sectors or _ethnic(word):  # "killed three ethnic Albanians" in Serbia
                    return (Actor(code=country, sectors=sectors, name=word.text, rule="recipient.domestic-group"),)
    return ()


def _marked_foreign(word: Token) -> bool:
    """"foreign fighters", "coalition forces", "international troops" (context.toml
    [domestic] not_with): a group the words say is not the state's own."""
    not_with = load_domestic_rule().not_with
    return any(m.lemma_.lower() in not_with or m.lower_ in not_with for m in children(word, "amod", "compound"))


def _foreigners(word: Token) -> bool:
    """A group the words mark foreign (`_marked_foreign`: "foreign workers", "migrant
    workers"), not one whose marking word makes a title with it ("foreign ministers")."""
    knowledge = load_knowledge()
    return _marked_foreign(word) and not any(
        knowledge.is_title(f"{m.text} {word.text}") for m in children(word, "amod", "compound"))


def _internal_violence(actors: tuple[Actor, ...], victims: tuple[str, ...]) -> bool:
    """Violence inside one state: by its police, government, paramilitaries or rebels,
    or against rebels and the opposition; an army's strike may cross a border."""
    inside = {"COP", "GOV", "JUD", "SPY", "PRM", "REB", "OPP", "CVL"}
    return any(set(actor.sectors) & inside for actor in actors) or bool(set(victims) & {"REB", "OPP"})


def _ethnic(word: Token) -> bool:
    return any(child.lower_ == "ethnic" for child in word.children)


def _own_government(match: Match, event: str, actors: tuple[Actor, ...], tokens: list[Token]) -> tuple[Actor, ...]:
    """A protest or demand by a country's own people, aimed at no one named, is aimed at
    their government ("students throughout Indonesia staged demonstrations", "Bosnian
    Serbs demanded a truce"), and so is their calling a protest off; a state's diplomatic
    protest or demand is not guessed at ("the Kuwaiti request", "North Korean demands":
    a country's name on the act's own noun is the state), nor refugees' (their government
    may be the host's or their own), nor a firm's or a news outlet's."""
    if event not in ("PROTEST", "REQUEST", "CONCEDE") or any("REF" in actor.sectors for actor in actors):
        return ()
    if event == "PROTEST" and backs_someone(match.trigger):
        return ()  # "a demonstration backing Tshisekedi": for someone, against no one named
    named = [match.trigger] if match.trigger.pos_ == "NOUN" else tokens  # the act's own noun, or its doers
    if any(_state_noun(token) for token in named):
        return ()
    if any(set(actor.sectors) & COMPANY_SECTORS for actor in actors):
        return ()  # "Gazprom demanded an increase": a firm's demand is on its trading partner, not its state
    country = _one_country(actors)
    if country is None or any(set(actor.sectors) & STATE_SECTORS or not _people(actor) for actor in actors):
        return ()
    return (Actor(code=country, sectors=("GOV",), rule=OWN_GOVERNMENT_RULE),)


OWN_GOVERNMENT_RULE = "recipient.own-government"


def _state_noun(token: Token) -> bool:
    """"the Kuwaiti request", "North Korean demands", "the Turkish side", "a French
    woman": a country's name on a noun that names no group of people (the state, its
    act, one person) is not that country's people acting at their government."""
    return (token.pos_ == "NOUN" and not group_sectors(token)
            and any(child.ent_type_ in ("NORP", "GPE") for child in children(token, "amod", "compound", "poss")))


def _own_people(match: Match, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """A measure a state takes on its own people ("imposed martial law", "declared a
    curfew"), named nowhere else: the pattern's role "own". A place the sentence gives
    but no country resolves ("in four annexed regions") is not guessed at."""
    placed = location_objects(match.trigger)
    country = _one_country(actors) if "own" in match.pattern.recipient and not placed else None
    return () if country is None else (Actor(code=country, rule="recipient.own-country"),)


def _office_holder(match: Match, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """"Berdymukhammedov sacked the parliamentary speaker, Ovezgeldy Atayev": a state's
    measure against a person or office the text does not place is taken against one of
    its own (SANCTION, COERCE; the manual codes such domestic acts by the state). Not one
    deported ("Sobhraj was deported from India to France"): a state deports, as a rule,
    another state's nationals, and the text does not say whose."""
    if match.pattern.event not in ("SANCTION", "COERCE") or match.pattern.pos != "verb" or match.pattern.mode == "deport":
        return ()
    country = _one_country(actors)
    objects = [word for obj in undergoers(match.trigger) for word in counted(obj)]
    if country is None or not objects:
        return ()
    named = all(o.ent_type_ == "PERSON" or _office_word(o) for o in objects)
    return (Actor(code=country, rule="recipient.own-office-holder"),) if named else ()


def _office_word(word: Token) -> bool:
    """One holder of an office the actor knowledge gives a state sector ("the speaker",
    "a minister"); groups ("protesters", "officials") are `_domestic_group`'s."""
    if word.tag_ != "NN":
        return False
    title = " ".join(t.text for t in word.subtree if t.i <= word.i and t.dep_ in ("amod", "compound") or t.i == word.i)
    return bool(set(load_knowledge().sector_for(title) or group_sectors(word)) & STATE_SECTORS)


def _only_other_party(
    match: Match, event: str, sentence: Span, actors: tuple[Actor, ...], index: MentionIndex
) -> tuple[Actor, ...]:
    """"walked out in protest against financial sanctions imposed by Washington": a
    measure told as a noun or a participle, with no target of its own, in a sentence
    that names exactly one other state, is aimed at it. Only for the types that must
    have a recipient (SANCTION), never guessed where two other states are named. So too
    cooperation to come told as between two ("will expand bilateral cooperation", AGREE,
    `_two_sided`): the one other state the sentence names, not as a place only ("in Hanoi"),
    is the other side. Cooperation told as done ("visits helped enhance bilateral
    cooperation") still needs its partner named: told so, it mostly describes relations."""
    measure = match.pattern.event == "SANCTION" and (match.pattern.pos == "noun" or match.trigger.dep_ == "acl")
    two_sided = event == "AGREE" and _two_sided(match)
    if not (measure or two_sided):
        return ()
    own = {a.code for a in actors}
    others = {m.actor.code for m in index.mentions
              if sentence.start_char <= m.start < sentence.end_char and m.actor is not None and not m.actor.person
              and m.actor.code not in own and m.actor.code not in NON_STATE_CODES
              and not (two_sided and m.actor.rule in PLACE_ONLY_RULES)}
    return (Actor(code=others.pop(), rule="recipient.only-other-state"),) if len(others) == 1 else ()


# Rules of mentions that name a state only as a place ("talks in Hanoi").
PLACE_ONLY_RULES = frozenset({"gazetteer.capital-as-place", "geonames.city"})


def _two_sided(match: Match) -> bool:
    """"will expand bilateral cooperation", "explore new areas for bilateral cooperation":
    cooperation (COOPERATE) whose matched object a modifier tells as between two parties
    (coder data: two_party_modifiers)."""
    if match.pattern.event != "COOPERATE":
        return False
    modifiers = load_coder_words().two_party_modifiers
    return any(m.lemma_.lower() in modifiers for word in match.words[1:] for m in children(word, "amod"))


def _announced_casualties_of_attack(match: Match, index: MentionIndex) -> tuple[Actor, ...]:
    """The troops an attack killed or wounded, told in the passive in an armed body's
    statement ("the Pentagon said two soldiers were killed in Baghdad"): the announcer's
    own (`_announced_own_casualties`), not the people of the place."""
    if match.pattern.event != "ASSAULT" or not is_passive(match.trigger):
        return ()
    told = [word for obj in undergoers(match.trigger) for word in counted(obj)]
    return _announced_own_casualties(match.trigger, told, index)


def _tellers_own_victims(match: Match, index: MentionIndex, actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """Victims of an attack owned by a possessive pronoun that stands for the party
    telling of it ("Oxfam said three members of its staff were ambushed", "the Red Cross
    said gunmen had attacked one of its convoys", "two of its workers were killed, the
    UN said"): the teller's own people or property, the recipient, not the people of the
    place. The pronoun is on the victim, or on what the victim is one or some of ("members
    of its staff", "one of its convoys"); a person's "his" or "her" stands for no
    organisation, and a teller who is the attacker is no victim."""
    if match.pattern.event != "ASSAULT":
        return ()
    words = load_role_words()
    victims = [word for obj in undergoers(match.trigger) for word in counted(obj)]
    owned = victims + [o for word in victims for o in prep_objects(word, "of")]
    owners = [c for word in owned for c in children(word, "poss")
              if c.lower_ in words.owner_pronouns and c.lower_ not in words.owner_person_pronouns]
    if not owners:
        return ()
    speaker = index.speaker_of(owners[0].idx)
    if speaker is None or speaker.actor is None or speaker.actor.person is not None:
        return ()
    if speaker.actor.code in actor_codes:
        return ()
    return (Actor(code=speaker.actor.code, sectors=speaker.actor.sectors, name=speaker.actor.name,
                  rule="recipient.tellers-own-victims"),)


def _victims_by_place(
    match: Match, tokens: list[Token], index: MentionIndex, actors: tuple[Actor, ...] = ()
) -> tuple[Actor, ...]:
    """Unnamed victims of violence or repression are the people of the place where it
    happens ("killed 23 people in Tel Aviv", "raids in Kabul", "a bomb near Samarra
    killed two policemen"). A person killed by someone the sentence neither names nor
    places ("journalist Samir Kassir was killed in June", in an article on Lebanon) was
    killed in the article's country, where the unidentified attacker is placed, and is,
    unresolved, of that country; unnamed victims are not guessed at so ("people were
    killed" may be told of an accident)."""
    if match.pattern.event not in ("ASSAULT", "COERCE"):
        return ()
    if any(_marked_foreign(word) for obj in undergoers(match.trigger) for word in counted(obj)):
        return ()  # "arrested foreign fighters in Mogadishu": not the place's people
    where = (places_around([match.trigger, *tokens]) + places_around(undergoers(match.trigger), depth=2)
             + places_around(time_clauses(match.trigger), depth=1))
    country = _place_country(where, index)
    if country is None and actors and all(a.rule == "actor.unidentified-by-article" for a in actors) and (
            is_passive(match.trigger) and _names_a_person(undergoers(match.trigger))):
        country = actors[0].code
    return () if country is None else (Actor(code=country, rule="recipient.place-of-violence"),)


def _unnamed_victims(match: Match, index: MentionIndex) -> tuple[Actor, ...]:
    """Unnamed private people an act of violence or force is done to ("the rape of a local
    schoolgirl", "assaulted a 28-year-old woman in Okinawa", "shot dead a man"; coder data:
    private_victim_nouns, victim_roles) are of the place they live or the act happens in
    (GUIDE: victims given by place): the state their own phrase places them in, else the
    one state the sentence's clauses take place in ("anger grew in Okinawa after the rape of
    a local schoolgirl"; not where a group named is, "its branch in Iraq", "police in
    Germany"), else, the sentence naming no such place, the article's country.
    Victims with a name, a nationality, an owner or a foreign mark ("a Japanese woman",
    "his wife", "foreign tourists") are not guessed at here; nor where the sentence's
    places are in two states."""
    if match.pattern.event not in ("ASSAULT", "COERCE"):
        return ()
    roles = load_coder_words().victim_roles
    victims = [word for role in match.pattern.recipient if role in roles
               for token in _role_tokens(match.trigger, role, match.pattern) for word in counted(token)]
    return _placed_victims(victims, index)


def _placed_victims(victims: list[Token], index: MentionIndex) -> tuple[Actor, ...]:
    """The state of unnamed private victims (`_unnamed_victims`): where their own phrase,
    else the sentence's clauses, place them, else the article's one country."""
    if not victims or not all(_unnamed_private_person(w, load_coder_words().private_victim_nouns) for w in victims):
        return ()
    country = _place_country(places_around(victims), index)
    if country is None:
        places = _clause_places_named(victims[0].sent)
        country = _place_country(places, index) if places else article_country(victims[0].doc, index.mentions)
    return () if country is None else (Actor(code=country, sectors=("CVL",), name=victims[0].text,
                                             rule="recipient.unnamed-victims"),)


def _harmed_by_regretted_act(match: Match, index: MentionIndex, actor_codes: frozenset[str]) -> tuple[Actor, ...]:
    """An apology or a regret for an act of harm (coder data: harm_nouns) is made to whom
    the act harmed: "expressed regret over the assault of a local woman in Okinawa" (the
    unnamed victims placed, `_placed_victims`), "apologized for the killing of two Afghan
    civilians" (the party its "of", "on" or "against" phrase names, not the actor's own)."""
    if match.pattern.event != "CONCEDE":
        return ()
    words = load_coder_words()
    regretted = [w for head in (match.trigger, *match.words) for p in REGRET_PREPOSITIONS for w in prep_objects(head, p)]
    harms = [w for w in regretted if w.lemma_.lower() in words.harm_nouns]
    victims = [word for harm in harms for p in ("of", "on", "against") for obj in prep_objects(harm, p)
               for word in counted(obj)]
    named, _ = actors_of(victims, index)
    others = tuple(a for a in named if a.code not in actor_codes)
    return others or (() if named else _placed_victims(victims, index))


def _unnamed_private_person(word: Token, nouns: frozenset[str]) -> bool:
    """"a local woman", "a 12-year-old schoolgirl", "three villagers": a common noun of a
    private person with no name, nationality, owner or foreign mark among its modifiers."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in nouns or _marked_foreign(word):
        return False
    modifiers = [t for child in word.children if child.i < word.i for t in child.subtree]
    return not any(t.dep_ == "poss" or t.pos_ == "PROPN" or t.ent_type_ in NAMING_ENTITIES for t in modifiers)


NAMING_ENTITIES = ("PERSON", "NORP", "GPE", "ORG", "LOC", "FAC")


def _clause_places_named(sentence: Span) -> list[Token]:
    """The named places (`_names_a_place`) a place phrase on one of the sentence's verbs
    gives ("anger grew in Okinawa", "gathered in Seoul and Busan"), not a place on a noun
    ("its branch in Iraq", "police in Germany": where a group named is)."""
    prepositions = load_role_words().place_prepositions
    return [place for t in sentence if t.dep_ == "pobj" and t.head.lower_ in prepositions
            and t.head.head.pos_ in ("VERB", "AUX") for place in (t, *t.conjuncts) if _names_a_place(place)]


def _aided_people_placed(match: Match, index: MentionIndex) -> tuple[Actor, ...]:
    """"provided emergency aid to flood victims in Bangladesh": people aid is given to,
    unnamed but placed in one state (coder data: aided_people_nouns), are that state's."""
    if match.pattern.event != "AID":
        return ()
    nouns = load_coder_words().aided_people_nouns
    for role in match.pattern.recipient:
        for token in _role_tokens(match.trigger, role, match.pattern):
            people = [w for w in counted(token) if w.lemma_.lower() in nouns or group_sectors(w)]
            country = _place_country(places_around(people), index) if people else None
            if country is not None:
                return (Actor(code=country, sectors=group_sectors(people[0]), name=people[0].text,
                              rule="recipient.aided-people-placed"),)
    return ()


def _among_themselves(match: Match, event: str, codes: frozenset[str]) -> bool:
    """"China and Pakistan held joint exercises": cooperation among the actors themselves
    has them all as actors and no recipient (§2.4.2, compound actors). Not an infinitive
    ("signed an agreement to increase trade"): what is agreed is the signing's content."""
    verb = match.trigger if match.pattern.pos == "verb" else match.trigger.head
    verbs = [verb]
    while verbs[-1].dep_ == "conj" and verbs[-1].head is not verbs[-1]:  # "to consult and coordinate": one infinitive
        verbs.append(verbs[-1].head)
    infinitive = any(a.lower_ == "to" for v in verbs for a in children(v, "aux"))
    return event == "COOPERATE" and len(codes) >= 2 and not infinitive


def _names_a_person(words: list[Token]) -> bool:
    """"Journalist Samir Kassir", "Slepian, 52, an obstetrician": a person's name in these phrases."""
    return any(w.ent_type_ == "PERSON" for word in words for w in word.subtree)


def _state_side(actor: Actor) -> bool:
    """A state or an international body acting as such: a country named ("Israel"), its
    government ("the Israeli government", "Washington"), the EU or the UN; not a
    country's people ("Palestinians", "students"), its parties, legislators or armed
    groups, nor a firm or an NGO."""
    if actor.code in NON_STATE_CODES - STATE_LIKE_BODIES:
        return False
    return set(actor.sectors) <= {"GOV"} and actor.rule != "gazetteer.demonym"


# International bodies of states (their acts are their members' as states): the EU, the
# UN and other intergovernmental organisations.
STATE_LIKE_BODIES = frozenset({"EUR", "UNO", "IGO"})


def _people(actor: Actor) -> bool:
    """A group of a country's people: a sector ("students", "farmers") or a demonym
    used as a noun ("thousands of Georgians")."""
    return bool(actor.sectors) or actor.rule == "gazetteer.demonym"


def _role_tokens(trigger: Token, role: str, pattern: Pattern) -> list[Token]:
    if role == "nsubj":
        return verb_subjects(trigger)
    if role == "unnamed":  # "went on trial": the subject undergoes it; who acts is the coder's to find
        return []
    if role == "experiencer":  # "China was outraged by …", "Moscow, infuriated by …": who feels it, not its cause
        if not _feeling_causes(trigger):  # "was so upset he …", "angry that his wife …": at no party
            return []
        if not is_passive(trigger):  # "Iran was pleased with …"; not "the vote angered Democrats"
            return [] if children(trigger, "dobj") else verb_subjects(trigger)
        described = trigger.dep_ in ("acl", "advcl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN")
        return children(trigger, "nsubjpass") or ([trigger.head] if described else [])
    if role == "casualties":  # "a militant died", "three soldiers were killed (by …)"
        return verb_subjects(trigger) + (undergoers(trigger) if is_passive(trigger) else [])
    if role == "dobj":
        # The object word itself stays: its modifiers may name the recipient
        # ("summoned the Japanese ambassador").
        return undergoers(trigger)
    if role == "captives":  # "released four Russian officers", "freed Barghouti": whose the released are
        # named only: unnamed "prisoners" are not read from the article's country
        return [w for obj in undergoers(trigger) for w in ([obj] if obj.pos_ == "PROPN" else
                [m for m in children(obj, "amod", "compound") if m.ent_type_ or m.pos_ == "PROPN"])]
    if role == "attendee":  # "Among the guests will be X": the parser may read the inverted subject as attr
        return verb_subjects(trigger) or children(trigger, "attr")
    if role == "traveller":
        return _travellers(trigger, pattern)
    if role == "dative":
        return children(trigger, "dative", "iobj")
    if role == "receiver":  # "Denmark is considering NATO's request": whom a received request asks
        return request_receivers(trigger)
    if role == "of":
        return prep_objects(trigger, "of")
    if role == "owner":  # "opposed to North Korea's nuclear program", "opposes China's buildup": whose it is
        return _object_owners(trigger, pattern)
    if role == "prep_noun_owner":  # "commitment to the vision of two states", "to Lebanon's sovereignty": whose
        return _prep_noun_owners(trigger, pattern)
    if role == "possessor":  # "demanded Russia's withdrawal"
        return [owner for obj in undergoers(trigger) for owner in children(obj, "poss")]
    if role == "doer_of_asked":  # "called for the withdrawal of Israeli troops", "insisted on Kibaki's resignation"
        preps = ("for", *sorted(pattern.preps - {"for"}))
        acts = [p for prep in preps for p in prep_objects(trigger, prep) if p.lemma_.lower() in load_coder_words().asked_acts]
        return [owner for act in acts for owner in (*children(act, "poss"), *prep_objects(act, "of"))]
    if role == "helped_subject":  # "helped villagers deal with the dead": the parser makes them the clause's subject;
        # not "helped it react", "helped the company keep its outlay": a party's or a firm's own doing
        return [s for clause in children(trigger, "ccomp") if not children(clause, "aux", "mark")
                for s in children(clause, "nsubj") if s.pos_ != "PRON" and not set(group_sectors(s)) & COMPANY_SECTORS]
    if role == "clause_subject":
        return [s for clause in _obliged_clauses(trigger, pattern)
                for s in children(clause, "nsubj", "nsubjpass") or _obliged_doers(clause)]
    if role == "owner_of_favored":  # "ruled in favor of the father's request": the father
        favored = [o for prep in children(trigger, "prep") for fav in children(prep, "pobj") for o in prep_objects(fav, "of")]
        return [owner for noun in favored for owner in children(noun, "poss")]
    if role == "wished_of":  # "his wish for Japan to continue …", "the hope that Merkel can help": whose act is wished
        clauses = [c for head in (trigger, *undergoers(trigger)) for c in children(head, "advcl", "ccomp", "acl")]
        return [s for clause in clauses for s in children(clause, "nsubj")]
    if role == "owner_of_changed":  # "called for the lifting of British restrictions": whose the changed thing is
        return _owners_of_changed(trigger)
    if role == "supervisor_of_asked":  # "wants an inquiry under the supervision of the Security Council"
        return _supervisors_of_asked(trigger)
    if role == "target_of_asked":  # "called for sanctions against Nigeria": whom the asked measure is against
        measures = [p for p in prep_objects(trigger, "for") if p.lemma_.lower() in load_coder_words().asked_measures]
        return [target for m in measures for word in ("against", "on") for target in prep_objects(m, word)]
    if role == "asked_for":  # "asked for American forces to remain": whose act is asked for
        # not a passive clause's subject: "called for Mladic to be handed over" asks whoever holds him
        # and on a noun: "repeated its call for Japan to face up to history"
        clauses = [c for c in children(trigger, "advcl", "ccomp", "acl", "relcl")
                   if any(m.lower_ == "for" for m in children(c, "mark"))]
        return [s for clause in clauses for s in children(clause, "nsubj")]
    if role == "doer_told":  # "praised the role Kenya has played", "the efforts made by Iran": whose the thing is
        return [doer for noun in (*undergoers(trigger), *prep_objects(trigger, "of")) for doer in doers_told_of(noun, besides=trigger)]
    if role == "cause_doer":  # "outraged by Japan's decision", "angry at Tokyo": the party, or the act's doer
        return _feeling_causes(trigger)
    if role == "object_doer":  # "protested the killings of Albanians by Serb police": whose act it is
        # "the problem complained of by villagers": the villagers complain; an active verb has no agent
        own_agents = prep_objects(trigger, "by") if is_passive(trigger) else []
        return [doer for obj in undergoers(trigger) for doer in (*noun_actors(obj, purpose=False), *agent_on_verb(obj))
                if doer not in own_agents]
    if role == "backer":  # "won backing for sanctions from Merkel": the parser may hang "from" on what the backing is for
        backings = [o for o in children(trigger, "dobj") if o.lemma_.lower() in pattern.objects]
        return [w for b in backings for noun in prep_objects(b, "for") for w in prep_objects(noun, "from")]
    if role == "cause_of_protest":  # "rallied over Japan's claim", "marched over the killing of civilians by US drones"
        return protest_cause_doers(trigger)
    if role == "defied":  # "passed the bill despite protests from farmers": whose act is protested
        return defied_act_doers(trigger)
    if role == "at_whose_request":  # "agreed to meet Kabila at the request of Mandela": who was asked
        verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "at" else None
        return verb_subjects(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else []
    if role == "reporter":  # "the Commission said France could face action", "demanded that Syria … or face …"
        return reporters_of_clause(trigger)
    if role == "setting_addressee":  # "sought support from Schmidt in a telephone conversation": with whom
        return setting_addressees(trigger)
    if role == "purpose_place":  # "is due in Kenya for a visit": where the visit the clause is for takes place
        if trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
            return []
        verb = trigger.head.head
        return [place for head in (verb, *children(verb, "acomp")) for place in location_objects(head)]
    if role == "origin":  # "aircraft from Indonesia touched down": whose the arriving relief is
        return _arrival_origin(trigger)
    if role == "arrival_place":  # "… landed in Manila": the state relief or troops arrive in
        return _arrival_place(trigger)
    if role.startswith("prep:"):
        word = role.split(":", 1)[1]
        # "pulled out the last of its troops from Lebanon": also on what the object counts
        heads = [trigger, *(item for obj in undergoers(trigger) for item in dict.fromkeys((obj, *obj.conjuncts, *counted(obj))))]
        # the object of the pattern's own preposition acts as its object ("reneged on its pledge to Kyiv")
        heads += [pobj for pobj in _pattern_prep_objects(trigger, pattern) if pobj.head.lower_ != word]
        if pattern.framed_objects:  # "explore new areas for cooperation with China": on the framed activity
            heads += _framed_activities(trigger, undergoers(trigger))
        if pattern.prep_nouns:  # "voiced hope for talks with Washington": the other side of the hoped-for act
            heads += _prep_nouns(trigger, pattern)
        if pattern.pos == "noun" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in load_role_words().light_verbs:
            heads.append(trigger.head)  # "made a conciliatory gesture toward Turkey": the light verb's phrase
        return [pobj for head in heads for pobj in prep_objects(head, word)]
    return []


def _owners_of_changed(trigger: Token) -> list[Token]:
    """"called for the lifting of British restrictions", "called for a reduction of US troops
    in Okinawa", "demanded an end to the Greek blockade", "its call for an end to Israel's
    occupation": a call for (or demand of) a change to a thing
    (coder data: changed_acts) asks the party the thing is said to be of, by its
    possessive or a name modifying it; a thing of no one named ("an end to the violence",
    "the lifting of sanctions") names no one, nor does a name set before a measure noun, which
    may be its target ("the Iraq sanctions") as well as who imposed it ("the US embargo")."""
    asked = [*prep_objects(trigger, "for"), *(undergoers(trigger) if trigger.pos_ in ("VERB", "AUX") else [])]
    acts = [p for p in asked if p.lemma_.lower() in load_coder_words().changed_acts]
    things = [thing for act in acts for word in ("of", "to") for thing in prep_objects(act, word)]
    measures = load_coder_words().asked_measures
    return [owner for thing in things for owner in children(thing, "poss", "amod", "compound")
            if owner.dep_ == "poss" or (owner.ent_type_ in ("NORP", "GPE", "ORG")
                                        and not (owner.dep_ == "compound" and thing.lemma_.lower() in measures))]


def _supervisors_of_asked(trigger: Token) -> list[Token]:
    """"I want an inquiry under the supervision of the Security Council", "called for
    elections under UN auspices": what is asked for, to be done under a body's
    supervision (coder data: supervising_nouns), asks that body; the body is named by the
    noun's "of" phrase, its possessive or a name before it."""
    asked = [*prep_objects(trigger, "for"), *(undergoers(trigger) if trigger.pos_ in ("VERB", "AUX") else [])]
    nouns = load_coder_words().supervising_nouns
    frames = [n for head in (trigger, *asked) for n in prep_objects(head, "under") if n.lemma_.lower() in nouns]
    return [body for n in frames for body in (*prep_objects(n, "of"), *children(n, "poss"),
                                              *(m for m in children(n, "compound", "amod") if m.ent_type_ in ("ORG", "GPE", "NORP")))]


def _feeling_causes(trigger: Token) -> list[Token]:
    """Whom a feeling is at: the party a "by", "at", "over", "with", "about" or "of" ("proud of
    Siniora") phrase names, or the doer of the act it names ("outraged by Japan's decision"),
    or of the act a "that" or "when" clause tells; not the act's victims, nor a thing with no doer ("unhappy with
    the devolution of powers")."""
    causes = [cause for word in ("by", "at", "over", "with", "about", "of") for cause in prep_objects(trigger, word)]
    doers = [doer for cause in causes for doer in (noun_actors(cause, purpose=False) or agent_on_verb(cause)
                                                    or ([cause] if cause.pos_ == "PROPN" else []))]
    # "was infuriated when Tokyo announced …", "angry that Israel had …": the doer of what the clause tells
    clauses = [c for c in children(trigger, "advcl", "ccomp") if c.dep_ == "ccomp" or any(
        m.lower_ == "when" for m in children(c, "advmod", "mark"))]
    return doers + [s for clause in clauses for s in children(clause, "nsubj") if _names_someone(s)]


def _names_someone(noun: Token) -> bool:
    """"Japan", "the Georgian government", "Tokyo's envoy": a name on the noun or in its
    modifiers; not "his wife", "the economy"."""
    return bool(noun.ent_type_) or noun.pos_ == "PROPN" or any(
        c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ or c.pos_ == "PROPN") for c in noun.children)


def _convert(
    pattern: Pattern, aux: EventAux, *, willing: bool = False, condition: bool = False
) -> tuple[str, str | None, EventAux]:
    """The manual's single-category rule for announced and hypothetical events; an
    announced refusal of cooperation ("would not lift", "will never recognize") is a
    REJECT that happened, not a promise denied. The act a condition states ("if France
    expels …") stays a hypothetical act of its own type."""
    if condition:
        return pattern.event, pattern.mode, aux
    if "reporter" in pattern.actor and not aux.negated:
        # "France could face action if …, the Commission said": the warning is made now
        return pattern.event, pattern.mode, dataclasses.replace(aux, hypothetical=False, future=False)
    if aux.future and aux.negated and pattern.event in COOPERATIVE:
        return "REJECT", None, dataclasses.replace(aux, negated=False, future=False)
    if willing and not aux.negated and pattern.event in COOPERATIVE:
        return "AGREE", None, aux
    if aux.future and pattern.event in FUTURE_AS_AGREE:
        return "AGREE", None, aux
    if aux.future and pattern.event == "RETREAT":
        return "CONCEDE", None, aux
    content = THREAT_CONTENT.get(f"{pattern.event}/{pattern.mode}") or THREAT_CONTENT.get(pattern.event)
    if content and not aux.negated and (aux.future or aux.hypothetical or willing):
        # the threat itself is made now: "might cut" is a real THREATEN, not a hypothetical one
        return "THREATEN", content, dataclasses.replace(aux, hypothetical=False)
    return pattern.event, pattern.mode, aux


def _with_history(aux: EventAux, date: object, published: object) -> EventAux:
    if date is None or published is None or not hasattr(date, "toordinal"):
        return aux
    old = published.toordinal() - date.toordinal() > HISTORICAL_AFTER_DAYS  # type: ignore[attr-defined]
    return dataclasses.replace(aux, historical=old)


def _event_record(
    match: Match,
    sentence: Span,
    number: int,
    annotated: AnnotatedArticle,
    ontology: Ontology,
    event: str,
    mode: str | None,
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    aux: EventAux,
    dated: object,
    via_pronoun: bool,
) -> Event:
    article = annotated.article
    start, end = _stripped(sentence)
    codes = "+".join(a.code for a in actors) + ">" + "+".join(r.code for r in recipients)
    key = f"{article.id}|{match.trigger.idx}|{match.pattern.id}|{codes}"
    return Event(
        id=hashlib.blake2b(key.encode(), digest_size=8).hexdigest(),
        doc_id=article.id,
        event=event,
        mode=mode,
        context=match.pattern.context,
        actor=actors,
        recipient=recipients,
        date=dated.date,  # type: ignore[attr-defined]
        date_precision=dated.precision,  # type: ignore[attr-defined]
        event_text=" ".join(word.text for word in match.words),
        text=article.text[start:end],
        start=start,
        end=end,
        sentence=number,
        aux=aux,
        score=ontology.score(event, mode),
        quad_code=ontology.event_type(event).quad_code,
        pattern=match.pattern.name,
        confidence=BASE_CONFIDENCE - (0.2 if via_pronoun else 0.0) - (0.1 if not recipients else 0.0),
        in_caption=_in_caption(annotated, match.trigger.idx),
        quote_index=_quote_index(annotated, match.trigger.idx),
    )


def _stripped(sentence: Span) -> tuple[int, int]:
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return start, sentence.start_char + len(text.rstrip())


def _in_caption(annotated: AnnotatedArticle, offset: int) -> bool:
    return any(p.role == "caption" and p.start <= offset < p.end for p in annotated.article.paragraphs)


def _quote_index(annotated: AnnotatedArticle, offset: int) -> int | None:
    for number, quote in enumerate(annotated.quotes):
        if quote.content_start <= offset < quote.content_end:
            return number
    return None

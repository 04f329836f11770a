"""Speech acts coded by what is said (`data/events/speech.toml`).

A statement can itself be the event (PLOVER §2.1): "the invasion is illegal, the
minister said" is an ACCUSE by the minister, aimed at whoever the statement is about.
The quotes stage says who said what (speaker, cue, content span); this module finds,
in each quotation's content, the first word that makes the statement an act of a PLOVER
type, and the party the statement is about. The coder turns each into an event.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterator, Sequence
from importlib import resources

from spacy.tokens import Doc, Token

from dyadwatch.datafiles import DataModel, parse_toml
from dyadwatch.errors import ConfigError
from dyadwatch.plover.ontology import Ontology, load_ontology
from dyadwatch.events.modality import inverted, read_aux, set_aside
from dyadwatch.events.roles import (
    MentionIndex, children, clause_verb, noun_actors, prep_objects, verb_subjects, with_conjuncts,
)
from dyadwatch.records import Mention, Quote

SPEECH_FILE = "events/speech.toml"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE_TAGS = ("WDT", "WP")  # "which", "that", "what" standing for a noun


@dataclasses.dataclass(slots=True, frozen=True)
class SpeechCue:
    """Words of a statement's content that make it an event of one type."""

    id: str
    event: str
    mode: str | None = None
    lemmas: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()
    subject_acts: bool = False
    governs_to: bool = False
    reporting: frozenset[str] = frozenset()
    subject_nouns: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()
    described_only: bool = False
    negated: bool = False
    judged_only: bool = False
    caused_only: bool = False
    blames: bool = False
    answers: frozenset[str] = frozenset()


@dataclasses.dataclass(slots=True, frozen=True)
class Judging:
    """How a statement judges a party or its act by a predicate (`judged_only` cues):
    `linking` verbs whose complement says what their subject is ("was regrettable",
    "remains unreliable"), `showing` verbs whose object does ("the comments reflected a
    perverse vision"), `causing` verbs whose complement is what their subject brought
    about ("the Turkish stance made the talks impossible"); `subjects`, the nouns of a
    party's act or stand, or of a party ("the Turkish side"), whose owner such a
    judgement is about; `attitude_preps`, the prepositions after which the word tells
    the subject's own attitude, not a judgement of it ("was positive about the talks");
    `harms`, the nouns of a harm or failure a party is blamed for ("was responsible for
    the attack") by a `blames` cue; `anaphors`, `told_acts` and `pointing`, the subjects
    that only point back at an act told before ("it", "this", "the move": `Parties.told_before`)."""

    linking: frozenset[str] = frozenset()
    showing: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    attitude_preps: frozenset[str] = frozenset()
    causing: frozenset[str] = frozenset()
    harms: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()
    told_acts: frozenset[str] = frozenset()
    pointing: frozenset[str] = frozenset()


@dataclasses.dataclass(slots=True, frozen=True)
class Justifying:
    """A ground given for one's own act, which accuses another party when it blames it
    (`[justifying]` of `speech.toml`): the `preps` and `nouns` of a frame ("on the grounds
    that …", "under the pretext that …"), the reporting `participles` hung on another act
    ("closed the border, saying …"), and the `blaming_events`, hostile acts of another
    party a ground may tell."""

    preps: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    blaming_events: frozenset[str] = frozenset()


@dataclasses.dataclass(slots=True, frozen=True)
class Judgement:
    """What a predicate judges: the parties it is said of, and whether it is denied
    ("Russia is not a reliable partner"); `told_before`, said of an act told before by a
    noun pointing back at it ("the move was disproportionate"), no owner of its own."""

    owners: tuple[Mention, ...]
    negated: bool = False
    told_before: bool = False


@dataclasses.dataclass(slots=True, frozen=True)
class Parties:
    """Who a statement names around its cue word. `subjects`: the subject of the cue's
    clause, or the doer of the act the subject names ("Russia's invasion is illegal"),
    never that act's object ("the invasion of Georgia"); `objects`: what the cue acts on,
    also through the act one is ready for ("ready to work with Vietnam"), and for a noun
    its doer ("Russia's provocation"); `nearest`: the named party of the content nearest
    to the cue, other than the subject. `predicate`: the cue says something of its subject ("… is illegal",
    "Iran must stop"), so the subject is what the statement is about; `someone_else`:
    the clause has a subject that names no party and is not a pronoun ("refugees, whom
    authorities blame"), so the act is not the speaker's to code; `told_before`: the
    clause's subject only points back at an act told before ("it is a great gesture",
    "this violates the truce", "the move is illegal"), whose doer the statement is about
    when it names no party itself (the coder finds that act)."""

    subjects: tuple[Mention, ...] = ()
    objects: tuple[Mention, ...] = ()
    nearest: tuple[Mention, ...] = ()
    predicate: bool = False
    someone_else: bool = False
    told_before: bool = False

    def about(self, *, guess: bool = True) -> tuple[Mention, ...]:
        """The parties a statement by someone else is about; without `guess`, only those
        its cue's own clause names, never the nearest named party."""
        if self.predicate or self.someone_else:
            return self.subjects
        return (*self.subjects, *self.objects) or (self.nearest if guess else ())


@dataclasses.dataclass(slots=True, frozen=True)
class SpeechAct:
    """A quotation whose content is an act: the cue that made it, the word that
    matched, the reporting verb (for dating), and the parties the content names.
    `later`: the cue comes after another the content makes, and is read only because
    that one aimed at no one (events.coder), so it counts only with a party its own
    clause names (`Parties.about` without guess)."""

    cue: SpeechCue
    quote: Quote
    quote_index: int
    word: Token
    reporting: Token | None
    parties: Parties
    justifies: bool = False
    later: bool = False


@dataclasses.dataclass(slots=True, frozen=True)
class SpeechCues:
    """The cues of `speech.toml`, in order, and its verbs that name their object's quality."""

    cues: tuple[SpeechCue, ...]
    describing: frozenset[str] = frozenset()
    judging: Judging = Judging()
    justifying: Justifying = Justifying()


@functools.cache
def load_speech_cues() -> SpeechCues:
    path = resources.files("dyadwatch.data").joinpath(SPEECH_FILE)
    return parse_speech_cues(path.read_text("utf-8"), source=str(path), ontology=load_ontology())


class CueEntry(DataModel):
    """A [[cue]] of `speech.toml` (its format is documented at its top)."""

    id: str
    event: str
    mode: str | None = None
    lemmas: tuple[str, ...] = ()
    modals: tuple[str, ...] = ()
    subject_acts: bool = False
    governs_to: bool = False
    reporting: tuple[str, ...] = ()
    subject_nouns: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    described_only: bool = False
    negated: bool = False
    judged_only: bool = False
    caused_only: bool = False
    blames: bool = False
    answers: tuple[str, ...] = ()


class JudgingEntry(DataModel):
    """The [judging] table of `speech.toml` (see `Judging`)."""

    linking: tuple[str, ...] = ()
    showing: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    attitude_preps: tuple[str, ...] = ()
    causing: tuple[str, ...] = ()
    harms: tuple[str, ...] = ()
    anaphors: tuple[str, ...] = ()
    told_acts: tuple[str, ...] = ()
    pointing: tuple[str, ...] = ()


class JustifyingEntry(DataModel):
    """The [justifying] table of `speech.toml` (see `Justifying`)."""

    preps: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    participles: tuple[str, ...] = ()
    blaming_events: tuple[str, ...] = ()


class SpeechFile(DataModel):
    describing: tuple[str, ...] = ()
    judging: JudgingEntry = JudgingEntry()
    justifying: JustifyingEntry = JustifyingEntry()
    cue: tuple[CueEntry, ...] = ()


def parse_speech_cues(text: str, *, source: str, ontology: Ontology) -> SpeechCues:
    parsed = parse_toml(text, SpeechFile, source=source)
    cues = tuple(_parse_cue(item, source=source, ontology=ontology) for item in parsed.cue)
    ids = [cue.id for cue in cues]
    if len(set(ids)) != len(ids):
        raise ConfigError(f"{source}: a cue id is used twice")
    table = parsed.judging
    judging = Judging(**{field.name: frozenset(word.lower() for word in getattr(table, field.name))
                         for field in dataclasses.fields(Judging)})
    grounds = parsed.justifying
    justifying = Justifying(
        preps=frozenset(w.lower() for w in grounds.preps), nouns=frozenset(w.lower() for w in grounds.nouns),
        participles=frozenset(w.lower() for w in grounds.participles),
        blaming_events=frozenset(w.upper() for w in grounds.blaming_events))
    return SpeechCues(cues, frozenset(word.lower() for word in parsed.describing), judging, justifying)


def _parse_cue(item: CueEntry, *, source: str, ontology: Ontology) -> SpeechCue:
    where = f"{source}: cue {item.id}"
    if not item.lemmas and not item.modals and not item.reporting and not item.phrases:
        raise ConfigError(f"{where}: needs lemmas, phrases, modals or reporting")
    if not ontology.is_valid(item.event, item.mode, ()):
        raise ConfigError(f"{where}: {item.event}/{item.mode} is not in the PLOVER ontology")
    return SpeechCue(
        id=item.id,
        event=item.event,
        mode=item.mode,
        lemmas=frozenset(word.lower() for word in item.lemmas),
        modals=frozenset(word.lower() for word in item.modals),
        subject_acts=item.subject_acts,
        governs_to=item.governs_to,
        reporting=frozenset(word.lower() for word in item.reporting),
        subject_nouns=frozenset(word.lower() for word in item.subject_nouns),
        phrases=tuple(tuple(phrase.lower().split()) for phrase in item.phrases),
        described_only=item.described_only,
        negated=item.negated,
        judged_only=item.judged_only or item.caused_only or item.blames,
        caused_only=item.caused_only,
        blames=item.blames,
        answers=frozenset(word.upper() for word in item.answers),
    )


def speech_acts(
    quotes: Sequence[Quote], doc: Doc, index: MentionIndex, cues: SpeechCues, grounds: Sequence[Quote] = ()
) -> Iterator[SpeechAct]:
    """The quotations whose content is an act, with what it is about (module docstring);
    then the `grounds` given for an act ("on the grounds that …": `justification_quotes`),
    which count only as accusations. An act of a ground, or of a quotation reported by a
    participle hung on another act ("closed the border, saying …"), `justifies` it."""
    accusing = dataclasses.replace(cues, cues=tuple(cue for cue in cues.cues if cue.event == "ACCUSE"))
    for number, quote in enumerate((*quotes, *grounds)):
        ground = number >= len(quotes)
        for act in _quote_acts(quote, number if not ground else -1, doc, index, accusing if ground else cues):
            if ground or (act.cue.event == "ACCUSE" and _justifying_participle(act.reporting, cues.justifying)):
                act = dataclasses.replace(act, justifies=True)
            yield act


def _quote_acts(quote: Quote, number: int, doc: Doc, index: MentionIndex, cues: SpeechCues) -> Iterator[SpeechAct]:
    """The acts a quotation's content makes, one per cue in order (`speech_acts`): the coder
    keeps the first aimed at another party."""
    content = doc.char_span(quote.content_start, quote.content_end, alignment_mode="expand")
    if content is None:
        return
    reporting = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    described = _described(reporting, cues.describing)
    def judged(word: Token, cue: SpeechCue) -> Judgement | None:
        if cue.blames and not _blamed_for_harm(word, cues.judging):
            return None
        return _judgement(word, cues.judging, index, caused=cue.caused_only)

    def points_back(word: Token) -> bool:
        return _points_back(word, cues.judging, index)

    found = _reporting_cue(reporting, content, cues.cues)
    # every cue the content makes, in order: the coder keeps the first aimed at another party
    readings = [found] if found is not None else _cues_in_order(content, cues.cues, described, judged, points_back)
    for rank, (cue, word) in enumerate(readings):
        if word.lower_ in cue.modals and not _obliges_someone_else(word):
            continue
        parties = _cue_parties(cue, word, content, described, judged, index, cues.judging)
        yield SpeechAct(cue, quote, number, word, reporting[0] if reporting else None, parties, later=rank > 0)


def _cue_parties(
    cue: SpeechCue, word: Token, content: Sequence[Token], described: Token | None,
    judged: Callable[[Token, SpeechCue], Judgement | None], index: MentionIndex, judging: Judging,
) -> Parties:
    """Who the statement the cue word makes an act of is about."""
    if cue.answers:  # "this would not be possible": about the maker of the act told before (events.coder)
        return Parties(predicate=True, told_before=True)
    if cue.reporting:  # whom the reporting verb asks: the content's subject
        asked = tuple(m for s in with_conjuncts(children(word, *SUBJECT_DEPS)) for m in _doers(s, index))
        return Parties(subjects=asked, predicate=True)
    if cue.judged_only:  # "Tehran's comments reflected a perverse vision": about the comments' owner
        judgement = judged(word, cue)
        return Parties(subjects=judgement.owners if judgement is not None else (), predicate=True,
                       told_before=judgement is not None and judgement.told_before)
    if cue.subject_nouns:  # "the German proposal would make things worse": the proposal's owner
        subject = _judged_subject(word, cue.subject_nouns, described)
        return Parties(subjects=tuple(_doers(subject, index)) if subject is not None else (), predicate=True)
    if (owners := _owners(word, described, index)) or cue.described_only:
        # "described Iran's decision as a step in the right direction": about the decision's owner;
        # a judgement that counts only so is about no one when the thing has none ("termed the
        # situation in Iraq dangerous")
        return Parties(subjects=owners, predicate=True)
    parties = _parties(word, content, index, modal=word.lower_ in cue.modals)
    if _points_back(word, judging, index):
        parties = dataclasses.replace(parties, told_before=True)
    return parties


def _justifying_participle(reporting: Token | None, justifying: Justifying) -> bool:
    """"Israel closed the border, saying Hamas had violated the truce": a reporting
    participle hung on the verb of another act gives the ground of that act."""
    return (reporting is not None and reporting.tag_ == "VBG" and reporting.dep_ == "advcl"
            and reporting.lemma_.lower() in justifying.participles and reporting.head.pos_ == "VERB")


# "on the grounds that X …": the conjunction, which the parser may take for an adverb
THAT_DEPS = ("mark", "advmod")


def justification_quotes(doc: Doc, index: MentionIndex, justifying: Justifying) -> list[Quote]:
    """"The US sought sanctions on Iran on the grounds that Tehran is developing nuclear
    weapons", "justified its intervention under the pretext that …": the that-clause of a
    frame noun (`Justifying.nouns`) after a frame preposition (`Justifying.preps`) is a
    statement of the subject of the verb the frame hangs on, when that subject names a
    party. The frame noun stands as the cue."""
    found = []
    for noun in doc:
        if noun.lower_ not in justifying.nouns or noun.dep_ != "pobj" or noun.head.lower_ not in justifying.preps:
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp")
                       and any(m.dep_ in THAT_DEPS and m.lower_ == "that" for m in c.children)), None)
        verb = noun.head.head if noun.head.head.pos_ in ("VERB", "AUX") else clause_verb(noun.head, steps=3)
        if clause is None or verb is None:
            continue
        speaker = next((m for s in verb_subjects(verb) if (m := index.at(s)) is not None and m.actor is not None), None)
        if speaker is None:
            continue
        words = [t for t in clause.subtree if t.dep_ not in THAT_DEPS or t.head.i != clause.i or t.lower_ != "that"]
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        found.append(Quote(cue_start=noun.idx, cue_end=noun.idx + len(noun), cue=noun.text, content_start=start,
                           content_end=end, content=doc.text[start:end], direct=False, speaker=speaker))
    return found


def _described(reporting: Sequence[Token] | None, verbs: frozenset[str]) -> Token | None:
    """"X described Y as Z", "X termed Y Z": the Y a reporting verb that names its
    object's quality judges; also in the passive ("Y was described by X as Z") and in a
    relative clause ("Y, which X described as Z")."""
    if not reporting:
        return None
    verb = reporting[0]
    if verb.lemma_.lower() not in verbs:
        return None
    thing = next(iter(children(verb, "dobj", "nsubjpass")), None)
    if thing is not None and thing.tag_ in RELATIVE_TAGS:
        return verb.head if verb.dep_ == "relcl" else None  # "what X described as …" names no thing
    return thing


def _owners(word: Token, described: Token | None, index: MentionIndex) -> tuple[Mention, ...]:
    """The parties behind the thing a describing verb judges: the party it is, or the doer
    of the act it names; none for a pronoun ("called it …": whose is told elsewhere)."""
    if described is None or described.pos_ == "PRON" or _within(word, described):
        return ()
    return tuple(m for thing in with_conjuncts([described]) for m in _doers(thing, index))


def _within(word: Token, thing: Token) -> bool:
    """Is the word part of the thing judged ("called the aggression …"), not of what is
    said of it? An "as" on the way up, or on a word of it, starts the judgement ("Iran's
    decision to allow inspectors in as a step …", "… as deeply wrong", however the parser
    hangs it)."""
    token = word
    while token.i != thing.i:
        if token.lower_ == "as" or token.head.i == token.i or any(c.lower_ == "as" for c in token.children):
            return False
        token = token.head
    return True


# "We must join hands", "Israel must be wiped off the map": an obligation of the speaker
# itself, or of something done to the subject, asks nothing of another party.
SELF_SUBJECTS = frozenset({"we", "i", "us"})


def _obliges_someone_else(modal: Token) -> bool:
    clause = modal.head
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in SELF_SUBJECTS for c in clause.children)


def _reporting_cue(
    reporting: Sequence[Token] | None, content: Sequence[Token], cues: Sequence[SpeechCue]
) -> tuple[SpeechCue, Token] | None:
    """"Israel wants the EU to arrest …": the reporting verb itself makes the statement
    an act; the content's first word stands for it (its subject is whom it is about)."""
    if not reporting or not content:
        return None
    verb, head = reporting[0], content.root
    if not children(head, *SUBJECT_DEPS):
        return None  # "wants to visit China": an intention of one's own, not a request
    for cue in cues:
        if verb.lemma_.lower() in cue.reporting and not _negated(verb):
            return cue, head
    return None


def _cues_in_order(
    content: Sequence[Token], cues: Sequence[SpeechCue], described: Token | None,
    judged: Callable[[Token, SpeechCue], Judgement | None],
    points_back: Callable[[Token], bool] = lambda word: False,
) -> Iterator[tuple[SpeechCue, Token]]:
    """Every cue of `cues` a word of the content makes, in their order, each with its
    first word (`_first_cue`): "the minister said Moscow's decision was a provocation and
    Europe must stand united" makes a demand of no party ("Europe must") and, after it,
    an accusation of Moscow, which the demand must not hide."""
    rest = tuple(cues)
    while (found := _first_cue(content, rest, described, judged, points_back)) is not None:
        yield found
        rest = rest[rest.index(found[0]) + 1 :]


def _first_cue(
    content: Sequence[Token], cues: Sequence[SpeechCue], described: Token | None = None,
    judged: Callable[[Token, SpeechCue], Judgement | None] = lambda word, cue: None,
    points_back: Callable[[Token], bool] = lambda word: False,
) -> tuple[SpeechCue, Token] | None:
    """The first cue of `cues` (in their order) a word of the content makes, and that word.
    `judged` gives the parties a `judged_only` word is said of (none: it does not count);
    an `answers` word counts only when `points_back` says its clause's subject stands for
    an act told before ("this would not be possible"), not for a clause after it ("it is
    not possible to say")."""
    forms = [(word, word.lower_, word.lemma_.lower(), word.dep_) for word in content]  # read once, not per cue
    for cue in cues:
        if cue.described_only and described is None:
            continue
        starts = _phrase_starts(cue.phrases)
        for word, lower, lemma, dep in forms:
            named = lemma in cue.lemmas or lower in cue.lemmas
            modal = dep == "aux" and lower in cue.modals and not inverted(word)  # "should Iran refuse": a condition
            if not (named or modal):
                if lower not in starts and lemma not in starts:
                    continue  # starts no phrase of the cue
                word = _phrase_head(word, content, cue.phrases)
                if word is None:
                    continue
            if cue.judged_only:
                judgement = judged(word, cue)
                if judgement is None or judgement.negated != cue.negated or _asked(word):
                    continue
                return cue, word
            if (cue.governs_to and not _governs_to(word)) or _negated(word) != cue.negated or _asked(word):
                continue
            if cue.described_only and described is not None and _within(word, described):
                continue  # the judgement is what is said of the thing, not the thing itself
            if cue.answers and (not points_back(word) or _clause_after(word)):
                continue
            if not cue.subject_nouns or _judged_subject(word, cue.subject_nouns, described) is not None:
                return cue, word
    return None


@functools.lru_cache(maxsize=256)
def _phrase_starts(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The first words of a cue's phrases."""
    return frozenset(phrase[0] for phrase in phrases)


def _phrase_head(word: Token, content: Sequence[Token], phrases: Sequence[tuple[str, ...]]) -> Token | None:
    """The head of a phrase of `phrases` that starts at the word ("a step in the right
    direction": "step"): its word whose own head lies outside it."""
    forms = (word.lower_, word.lemma_.lower())
    for phrase in phrases:
        if phrase[0] not in forms:
            continue  # most words start no phrase: the span is built only for those that may
        words = word.doc[word.i : word.i + len(phrase)]
        if len(words) == len(phrase) and words[-1].i <= content[-1].i and words.root.pos_ != "VERB" and all(
                expected in (token.lower_, token.lemma_.lower()) for expected, token in zip(phrase, words)):
            return words.root  # not a verb's: "will step forward" is a move, no judgement
    return None


def _judged_subject(word: Token, nouns: frozenset[str], described: Token | None = None) -> Token | None:
    """The subject the word judges, when it is one of `nouns`: that of the word's clause
    or of the one or two clauses above ("the plan is unacceptable", "the proposal would
    make things worse"), or the object a describing verb judges ("described the plan as
    unworkable")."""
    if described is not None and described.lemma_.lower() in nouns and not _within(word, described):
        return described
    if _absolute_predicate(word) and word.head.lemma_.lower() in nouns:
        return word.head
    head, steps = word, 0
    while steps < 3:
        for subject in children(head, *SUBJECT_DEPS):
            if subject.lemma_.lower() in nouns:
                return subject
        if head.head.i == head.i:
            break
        head, steps = head.head, steps + 1
    return None


# the words that open a clause an extraposed "it" stands for: "it is not possible to say",
# "it is impossible that they agreed", "not possible for Iran to enrich"
CLAUSE_OPENERS = frozenset({"to", "that", "whether", "if", "for"})


def _clause_after(word: Token) -> bool:
    """"It is not possible in our view to be selective": an infinitive or a clause told
    after the word within its clause, however the parser hangs it (here on "view"), is
    what the word judges; the subject stands for it, not for an act told before."""
    clause = word.head if word.dep_ in ("acomp", "attr", "oprd", "prep") else word
    return any(token.i > word.i and token.lower_ in CLAUSE_OPENERS and token.dep_ in ("aux", "mark")
               for token in clause.subtree)


def _absolute_predicate(word: Token) -> bool:
    """"With the Commission's recommendations unacceptable as they are, …": an adjective
    after the noun of a "with" phrase, which the parser hangs on the noun as a modifier,
    says what the noun is (an absolute clause); not one before it ("with the unacceptable
    recommendations")."""
    noun = word.head
    return (word.dep_ == "amod" and word.i > noun.i and noun.dep_ == "pobj" and noun.head.lower_ == "with"
            and noun.head.dep_ == "prep")


def _governs_to(word: Token) -> bool:
    """"ready to talk", "committed to peace": an infinitive or a "to" phrase on the word."""
    return bool(children(word, "xcomp")) or any(prep.lower_ == "to" for prep in children(word, "prep"))


def _negated(word: Token) -> bool:
    """"is not illegal", "did not welcome", "should not", "instead of blaming": a
    negation on the word or on the verb it belongs to."""
    heads = (word, word.head) if word.dep_ in ("acomp", "attr", "aux", "dobj", "amod", "xcomp") else (word,)
    return any(child.dep_ == "neg" for head in heads for child in head.children) or any(map(set_aside, heads))


def _asked(word: Token) -> bool:
    """A question asks, it does not state: "Is this not a provocation?"."""
    sentence = word.sent
    return sentence.text.rstrip().rstrip("\"'”’").endswith("?")


def _parties(word: Token, content: Sequence[Token], index: MentionIndex, *, modal: bool) -> Parties:
    """Who the statement names around its cue (module docstring of `Parties`)."""
    predicate = modal or word.dep_ in ("acomp", "attr", "aux", "auxpass")
    clause = word.head if predicate else word
    subject_words = with_conjuncts(children(clause, *SUBJECT_DEPS))
    if word.pos_ in ("NOUN", "PROPN") and not predicate:
        # the doer of a named act: "the rebels' atrocities", "the rebels committed atrocities"
        doers = noun_actors(word, purpose=False) or (verb_subjects(word.head) if word.dep_ == "dobj" else [])
        subject_words = with_conjuncts(doers)
    subjects = tuple(m for subject in subject_words for m in _doers(subject, index))
    self_reference = bool(subject_words) and all(s.pos_ == "PRON" for s in subject_words)
    someone_else = bool(subject_words) and not subjects and not self_reference
    doers: list[Mention] = []
    # what the act is done to, also through the act one is ready for ("ready to work
    # with", "committed to establishing ties with")
    to_acts = [c for prep in children(word, "prep") if prep.lower_ == "to" for c in children(prep, "pcomp")]
    for verb in (word, *children(word, "xcomp"), *to_acts):
        objects = children(verb, "dobj", "dative") + [p for prep in children(verb, "prep") for p in children(prep, "pobj")]
        objects += [partner for obj in objects for partner in prep_objects(obj, "with")]  # "establish ties with"
        doers += [m for obj in objects for m in _doers(obj, index)]
    own = {m.start for m in subjects}
    named = {m.start: m for token in content if (m := index.at(token)) is not None and m.start not in own}
    nearest = tuple(sorted(named.values(), key=lambda m: abs(m.start - word.idx)))[:1]
    return Parties(subjects, tuple(doers), nearest, predicate=predicate and not self_reference, someone_else=someone_else)


def _points_back(word: Token, judging: Judging, index: MentionIndex) -> bool:
    """"It is a great gesture of peace", "this violates the truce", "the move is a
    provocation": the subject of the word's clause only points back at an act told
    before (`Judging.anaphors`, or an ownerless noun of `Judging.told_acts` after a
    determiner of `Judging.pointing`)."""
    verb = word if word.pos_ in ("VERB", "AUX") else clause_verb(word, steps=3)
    if verb is None or _extraposed(verb, word):
        return False
    subjects = children(verb, *SUBJECT_DEPS)
    return len(subjects) == 1 and _stands_for_act_before(subjects[0], judging, index)


# clauses that an extraposed "it" stands for: "it is unacceptable to kill civilians",
# "it is regrettable that the talks failed"
EXTRAPOSED_DEPS = ("ccomp", "xcomp", "csubj", "advcl")


def _extraposed(verb: Token, word: Token) -> bool:
    """"It is unacceptable that Israel …", "it would be a mistake to wait": the subject
    stands for a clause after the predicate, not for an act told before."""
    return any(c.dep_ in EXTRAPOSED_DEPS and c.i > word.i for head in {verb, word} for c in head.children)


def _stands_for_act_before(subject: Token, judging: Judging, index: MentionIndex) -> bool:
    """Is the subject a pronoun standing for an act ("it", "this"; not a relative "that"),
    or a noun of an act with a pointing determiner and no owner ("the move", not "Iran's
    move", "the Israeli move" or "the move by Iran")?"""
    if subject.tag_ in RELATIVE_TAGS or index.at(subject) is not None:
        return False
    if subject.lower_ in judging.anaphors:
        return subject.pos_ in ("PRON", "DET")
    if subject.lemma_.lower() not in judging.told_acts:
        return False
    determiners = [c.lower_ for c in children(subject, "det")]
    return bool(determiners) and determiners[0] in judging.pointing and not _doers(subject, index) and not children(
        subject, "poss")


def _doers(token: Token, index: MentionIndex) -> list[Mention]:
    """The party a word names, or the doer of the act it names."""
    own = index.at(token)
    if own is not None:
        return [own]
    found = [m for doer in noun_actors(token, purpose=False) if (m := index.at(doer)) is not None]
    if not found and token.pos_ == "NOUN" and not token.ent_type_:
        # "the referendum in South Ossetia": an act told with the place it was held names
        # that place's polity
        found = [m for place in prep_objects(token, "in") if (m := index.at(place)) is not None]
    return found


# "the elections were free and fair", "a perverse and dangerous vision": a conjunct stands
# where its first conjunct does; "a perverse vision", "a reliable partner", "a coup
# d'etat": an adjective or a noun modifier judges as the predicate noun it qualifies.
PREDICATE_DEPS = ("acomp", "attr", "oprd")


def _judgement(word: Token, judging: Judging, index: MentionIndex, *, caused: bool = False) -> Judgement | None:
    """"Tehran's comments reflected a perverse vision", "the socialists were too selfish",
    "Afghanistan, which has been uncooperative", "Russia is not a reliable partner": the
    word is the predicate of a clause, after a linking verb or as the object of a showing
    verb (`Judging`), whose subject names a party or a party's act or stand; the parties
    it is said of, none for a pronoun subject (whose is told elsewhere), and whether the
    clause denies it. A noun pointing back at an act told before ("the move was
    disproportionate") judges that act (`Judgement.told_before`). None when the word is
    no such predicate, judges no party, or the clause is only possible. With `caused`,
    the word is instead what the subject brought about, after a causing verb ("the
    Turkish stance made the talks impossible")."""
    verb = _caused_by(word, judging) if caused else _predicate_verb(word, judging)
    if verb is None or _attitude(word, judging):
        return None
    subject = _clause_subject(verb)
    if subject is None or subject.pos_ == "PRON":
        return None
    owners = tuple(m for thing in with_conjuncts([subject]) for m in _judged_parties(thing, judging, index))
    aux = read_aux(verb)
    told_before = not owners and _stands_for_act_before(subject, judging, index)
    if not (owners or told_before) or aux.hypothetical:
        return None
    return Judgement(owners, negated=aux.negated or _denied(word), told_before=told_before)


def _blamed_for_harm(word: Token, judging: Judging) -> bool:
    """"was responsible for the attack", "bears responsibility for the failure of the
    talks": a "for" phrase on the word naming a harm or failure (`judging.harms`), not a
    duty ("responsible for security")."""
    harms = [thing for prep in children(word, "prep") if prep.lower_ == "for" for thing in children(prep, "pobj")]
    return any(thing.lemma_.lower() in judging.harms for thing in with_conjuncts(harms))


def _attitude(word: Token, judging: Judging) -> bool:
    """"the Indian government was positive to encourage investment", "Beijing was
    positive about the talks": the word tells what its subject is ready for or thinks of
    something (an infinitive, a preposition of `attitude_preps`), not what it is."""
    return bool(children(word, "xcomp")) or any(p.lower_ in judging.attitude_preps for p in children(word, "prep"))


# "neither free nor fair", "free but not fair", "no reliable partner"
DENYING_WORDS = frozenset({"neither", "nor", "no", "never"})


def _denied(word: Token) -> bool:
    """A predicate denied on its own or its conjuncts' words rather than on the verb:
    "was free but not fair", "neither free nor fair", "is no reliable partner"."""
    token, words = word, [word]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        words.append(token)
    if word.dep_ == "amod":
        words.append(word.head)
    return any(c.dep_ == "neg" or c.lower_ in DENYING_WORDS for w in words for c in w.children)


def _caused_by(word: Token, judging: Judging) -> Token | None:
    """The causing verb whose complement the word is ("made the talks impossible",
    "rendered a settlement unachievable", however the parser hangs the small clause)."""
    token = word
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and token.head.lemma_.lower() in judging.causing:
        return token.head
    return None


def _predicate_verb(word: Token, judging: Judging) -> Token | None:
    """The linking or showing verb whose predicate the word is, or qualifies."""
    token = word
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if (token.dep_ == "amod" and token.pos_ == "ADJ") or token.dep_ in ("compound", "nmod"):
        token = token.head  # "a perverse vision", "a coup d'etat"
    if token.dep_ in PREDICATE_DEPS and token.head.lemma_.lower() in judging.linking:
        return token.head
    if token.dep_ == "dobj" and token.head.lemma_.lower() in judging.showing:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.lemma_.lower() in judging.showing:
        return token.head.head  # "amounts to a provocation"
    return None


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the verb's clause: its own, the noun a relative clause hangs on
    ("Afghanistan, which has been uncooperative"), or that of the verb it completes
    ("seems to be unreliable")."""
    subject = next(iter(children(verb, "nsubj")), None)
    if subject is None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        subject = next(iter(children(verb.head, "nsubj")), None)
    if subject is not None and subject.tag_ in RELATIVE_TAGS:
        return verb.head if verb.dep_ == "relcl" else None
    return subject


def _judged_parties(thing: Token, judging: Judging, index: MentionIndex) -> list[Mention]:
    """The party a judged subject is, or the owner of the act or stand it names (a noun of
    `judging.subjects`: "Tehran's comments", "the Turkish side", "the decision of the
    cabinet"); a thing of neither kind ("the weather in Iraq") names none."""
    own = index.at(thing)
    if own is not None:
        return [own]
    if thing.lemma_.lower() not in judging.subjects:
        return []
    found = _doers(thing, index) or [m for owner in prep_objects(thing, "of") if (m := index.at(owner)) is not None]
    if found:
        return found
    # "the Japanese side's attitude": the owner is itself a party noun of `subjects`
    return [m for owner in children(thing, "poss") if owner.lemma_.lower() in judging.subjects
            for m in _judged_parties(owner, judging, index)]

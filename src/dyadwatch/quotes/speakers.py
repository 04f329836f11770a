"""Speakers: who a cue attributes the words to, as a Mention of the text as written.

The speaker is the cue verb's subject (after the verb too: "…," said Lavrov), the
agent of a passive ("was announced by"), the subject a participle or a conjoined verb
shares ("…, adding that …"; the subject of a passive too: "she was heard yelling …"),
or the object of "according to". An anonymous source
("officials said") is a speaker with no actor, which nothing downstream takes for a
party; a pronoun keeps its own span and takes the actor of the last earlier mention
that fits it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from dyadwatch.quotes.cues import Cue, cue_verb, parallel_reporter
from dyadwatch.quotes.labels import label_speaker
from dyadwatch.quotes.lexicon import QuoteLexicon
from dyadwatch.nlp import apposition_ending_at, entities
from dyadwatch.records import Mention

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
SHARING = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl", "prep", "pobj", "ccomp", "advmod", "acomp"})
"""Relations through which a subjectless cue ("adding", "saying", "was able to tout")
takes its subject from the verb above it."""
MAX_CLIMB = 4
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
NAMED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
NAMING_DEPS = frozenset({"compound", "poss", "nmod", "pobj", "appos"})
SPEAKER_CUTS = frozenset({"relcl", "acl"})
EDGE_WORDS = frozenset({",", ";", ":", "-", "—", "–", "and", "but", "or"})
DATELINE_DASHES = frozenset({"--", "—", "–", "-", "_"})
Char = tuple[int, int]


def find_speaker_head(
    doc: Doc, cue: Cue, *, lexicon: QuoteLexicon, avoid: Sequence[Char] = ()
) -> Token | None:
    """The head token of the speaker phrase, or None when the text names none; a
    subject inside `avoid` (the quoted words) is never the speaker."""
    if cue.kind == "source_object":
        return _object_of(doc[cue.end - 1])
    if cue.kind == "label":
        return label_speaker(doc, cue)
    if cue.kind == "noun":
        return _noun_source(doc[cue.head], lexicon=lexicon)
    if cue.kind == "quoted":
        verb = doc[cue.head]
        return _child(verb, {"dobj"}) or _child(verb, PASSIVE_SUBJECTS)
    if cue.kind == "verb" and _reduced_passive(doc[cue.head]):  # "Asked about it, Kuleba said …": Kuleba was asked
        return None
    return _shared_subject(cue_verb(doc, cue), avoid=avoid, lexicon=lexicon)


def _shared_subject(verb: Token, *, avoid: Sequence[Char], lexicon: QuoteLexicon) -> Token | None:
    if verb.dep_ == "compound":  # "Said Ellis: …"
        return verb.head
    current = _reporter_of_participle(verb)
    for _ in range(MAX_CLIMB):
        passive = _child(current, PASSIVE_SUBJECTS)
        if passive is not None and current.i != verb.i and verb.tag_ not in FINITE_TAGS:
            return passive  # "she can be heard yelling …", "after saying …, she was taken to …"
        if passive is not None:
            return _object_of(_child(current, {"agent"}))
        subject = _child(current, SUBJECTS, avoid=avoid)
        if subject is not None:
            return _antecedent_of_that(_past_dateline(subject))
        if current.dep_ == "acl" and current.tag_ == "VBG":
            author = _author_of(current.head, lexicon=lexicon)
            if author is not None:
                return author
        if current.dep_ not in SHARING or current.head.i == current.i:
            break
        controller = _object_controller(current)
        if controller is not None:
            return controller
        current = current.head
    return _noun_before(verb)


def _object_controller(verb: Token) -> Token | None:
    """"… enable the police to question suspects": an infinitive after an object has that
    object for its subject, not the subject of the verb above."""
    if verb.dep_ != "xcomp" or not any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.i < verb.i), None)


def _reduced_passive(verb: Token) -> bool:
    """A past participle on its own modifying a clause or a noun ("Asked about it, …",
    "troops called to service by the governor"): the one it shares a subject with is
    the one acted on, not the actor; nor is its "by" phrase a sure actor (the parse
    reads "“…,” Stromberg added by telephone" so too)."""
    bare = not any(child.dep_ in ("aux", "auxpass") for child in verb.children)
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and bare


def _author_of(noun: Token, *, lexicon: QuoteLexicon) -> Token | None:
    """"issued a statement calling for …", "Trump's tweet attacking …": a participle on a
    noun speaks for the noun's author — its possessor, or the subject of a verb of issuing
    whose object the noun is (not the noun: "a statement" says nothing by itself; nor a
    name compounded with it: "a suit in Delaware Chancery Court seeking …"; nor the
    subject of any verb: "the dispute concerns a treaty calling for …")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = noun.head
    if noun.dep_ in ("dobj", "conj") and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lexicon.author_verbs:
        return _child(verb, SUBJECTS)
    return None


def _past_dateline(subject: Token) -> Token:
    """"WASHINGTON -- President Obama, …, said": the parse takes the dateline for the
    subject and the speaker for its apposition. A capitalized place opening its line,
    set off by a dash, is no speaker."""
    doc = subject.doc
    opens_line = subject.i == 0 or (doc[subject.i - 1].is_space and "\n" in doc[subject.i - 1].text)
    dashed = subject.i + 1 < len(doc) and doc[subject.i + 1].text in DATELINE_DASHES
    if opens_line and dashed and subject.is_upper and subject.ent_type_ in ("GPE", "LOC", ""):
        return next((child for child in subject.children if child.dep_ == "appos"), subject)
    return subject


def _antecedent_of_that(subject: Token) -> Token:
    """"the rules that promise to …", "a letter that says …": the relative "that" is a
    bare function word, so the speaker is the noun it stands for ("who" and "which"
    stay: they are kept as written and resolved like pronouns)."""
    relative = subject.lower_ == "that" and subject.tag_ == "WDT" and subject.head.dep_ == "relcl"
    return subject.head.head if relative and subject.head.head.pos_ in ("NOUN", "PROPN", "PRON") else subject


def _reporter_of_participle(verb: Token) -> Token:
    """"X said he believed …, arguing that …": a participle set off after a reported
    clause continues the report, so it shares the reporting verb's subject, not the
    subject of the clause the parse hung it on."""
    reporter = parallel_reporter(verb)
    if reporter is not None:
        return reporter
    head = verb.head
    trailing = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i and verb.doc[verb.i - 1].text == ","
    reported = head.dep_ == "ccomp" and head.head.i < head.i and head.head.pos_ in ("VERB", "AUX")
    if trailing and reported and _child(head.head, SUBJECTS):
        return head.head
    return verb


def _noun_before(verb: Token) -> Token | None:
    """"… of the Washington Post Trump said …": a finite verb left without a subject
    by the parse takes the name or noun right before it; when that word ends a phrase
    read as an apposition set off by a comma ("After talks with X, the director of the
    agency in Paris John Smith said"), the whole phrase, whose head is not the town."""
    if verb.tag_ not in FINITE_TAGS or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    phrase = apposition_ending_at(before)
    set_off = phrase.left_edge.i > 0 and verb.doc[phrase.left_edge.i - 1].text == ","
    return phrase if set_off else before


def _noun_source(noun: Token, *, lexicon: QuoteLexicon) -> Token | None:
    """Whose claim: "Russia's claim", "a UN report", "the allegation by Kyiv", or the
    subject of a light verb whose object the noun is ("critics raised questions about
    …", "Kyiv renewed its call for …": the questions and the call are the subject's)."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ in lexicon.noun_source_prepositions:
            return _object_of(child)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lexicon.light_verbs:
        return _shared_subject(verb, avoid=(), lexicon=lexicon)
    return None


def _child(token: Token | None, deps: Iterable[str], *, avoid: Sequence[Char] = ()) -> Token | None:
    if token is None:
        return None
    found = (c for c in token.children if c.dep_ in deps and not any(a <= c.idx < b for a, b in avoid))
    return next(found, None)


def _object_of(token: Token | None) -> Token | None:
    return _child(token, {"pobj"})


def speaker_span(head: Token, *, avoid: Sequence[Char] = ()) -> Char:
    """Characters of the speaker phrase: the head's subtree without its relative
    clauses nor any set off by a comma deeper in it ("the mufti of X, Ali Y, who was
    …"), trailing punctuation, or any character of `avoid` (the content, the cue)."""
    cuts = [child for child in head.children if child.dep_ in SPEAKER_CUTS]
    cuts += [t for t in head.subtree if t.dep_ == "relcl" and t != head and _after_comma(t)]
    blocked = {t.i for cut in cuts for t in cut.subtree}
    blocked |= {t.i for t in head.subtree if any(a <= t.idx < b for a, b in avoid)}
    start, end = head.i, head.i
    while start - 1 >= head.left_edge.i and start - 1 not in blocked:
        start -= 1
    while end + 1 <= head.right_edge.i and end + 1 not in blocked:
        end += 1
    doc = head.doc
    while start < head.i and _at_edge(doc[start]):
        start += 1
    while end > head.i and _at_edge(doc[end]):
        end -= 1
    return doc[start].idx, doc[end].idx + len(doc[end])


def _after_comma(clause: Token) -> bool:
    """A clause whose first word follows a comma (", who …": it describes, it does not
    tell who)."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text == ","


def _at_edge(token: Token) -> bool:
    return token.lower_ in EDGE_WORDS or token.is_punct or token.is_space


def is_anonymous(head: Token, *, lexicon: QuoteLexicon) -> bool:
    """An unnamed source: headed by an anonymous noun ("officials", "a source") with
    nothing that names who they are ("police officials", "US officials" name someone;
    "people familiar with the talks" do not)."""
    if head.lemma_.lower() not in lexicon.anonymous_nouns and head.lower_ not in lexicon.anonymous_nouns:
        return False
    return not any(_names_someone(token, head) for token in _modifiers(head, lexicon=lexicon))


def _modifiers(head: Token, *, lexicon: QuoteLexicon) -> Iterable[Token]:
    for child in head.children:
        if child.dep_ in SPEAKER_CUTS or (child.dep_ == "prep" and child.lower_ in lexicon.anonymous_prepositions):
            continue
        yield from (child,) if child.dep_ == "amod" else child.subtree


def _names_someone(token: Token, head: Token) -> bool:
    """A name, a named entity, a noun modifier, or a possessor ("her aides" are the
    aides of someone the text named)."""
    if token.pos_ == "PROPN" or token.ent_type_ in NAMED_ENTITIES or token.dep_ == "poss":
        return True
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ in NAMING_DEPS


def find_mention(mentions: Sequence[Mention], span: Char, *, head: Char | None = None) -> Mention | None:
    """The given mention overlapping `span`: the one over the head word first."""
    overlapping = [m for m in mentions if m.start < span[1] and span[0] < m.end]
    if head is not None:
        over_head = [m for m in overlapping if m.start < head[1] and head[0] < m.end]
        overlapping = over_head or overlapping
    return overlapping[0] if overlapping else None


def resolve_pronoun(doc: Doc, pronoun: Token, *, mentions: Sequence[Mention], lexicon: QuoteLexicon) -> Mention | None:
    """The last mention before `pronoun` whose label fits it (he/she → PERSON): among
    the given mentions and the doc's named entities; None when none fits."""
    labels = lexicon.pronouns.get(pronoun.lower_)
    if not labels:
        return None
    candidates = [m for m in mentions if m.end <= pronoun.idx and mention_label(m) in labels]
    candidates += [_entity_mention(e) for e in entities(doc) if e.end_char <= pronoun.idx and e.label_ in labels]
    return max(candidates, key=lambda m: (m.end, m.actor is not None), default=None)


def mention_label(mention: Mention) -> str | None:
    """The entity label of a mention: PERSON when its actor is a person, another
    resolved actor's label (ORG when the NER said PERSON or nothing), else the NER label."""
    if mention.actor is None:
        return mention.ner_label
    if mention.actor.person:
        return "PERSON"
    return mention.ner_label if mention.ner_label not in (None, "PERSON") else "ORG"


def _entity_mention(entity: Span) -> Mention:
    return Mention(entity.start_char, entity.end_char, entity.text, None, entity.label_)


def make_speaker(
    doc: Doc,
    head: Token | None,
    *,
    text: str,
    avoid: Sequence[Char],
    mentions: Sequence[Mention],
    lexicon: QuoteLexicon,
    span: Char | None = None,
) -> Mention | None:
    """The speaker Mention: a given mention when one overlaps the phrase, else the
    phrase as written (a pronoun with its antecedent's actor); an anonymous source
    ("officials", "people familiar with the talks") is its phrase as written with no
    actor and no entity label, never a given mention inside it ("familiar with the
    Iranian talks" does not make Iran the speaker). None when the text names no source.
    `span` overrides the phrase the parse gives the head."""
    if head is None:
        return None
    start, end = span or speaker_span(head, avoid=avoid)
    if is_anonymous(head, lexicon=lexicon):
        return Mention(start, end, text[start:end], None, None)
    found = find_mention(mentions, (start, end), head=(head.idx, head.idx + len(head)))
    if found is not None:
        return found
    if head.pos_ == "PRON" and end - start == len(head):
        antecedent = find_antecedent(doc, head, text=text, mentions=mentions, lexicon=lexicon)
        return Mention(start, end, text[start:end], antecedent.actor if antecedent else None)
    return Mention(start, end, text[start:end], None, head.ent_type_ or None)


def find_antecedent(
    doc: Doc, pronoun: Token, *, text: str, mentions: Sequence[Mention], lexicon: QuoteLexicon
) -> Mention | None:
    """What a pronoun speaker stands for: the noun a relative pronoun ("…, who said")
    attaches to, or the last fitting mention before a personal pronoun."""
    if pronoun.lower_ in RELATIVE_PRONOUNS and pronoun.head.dep_ == "relcl":
        noun = pronoun.head.head
        span = speaker_span(noun, avoid=[(pronoun.idx, pronoun.idx + len(pronoun))])
        return find_mention(mentions, span, head=(noun.idx, noun.idx + len(noun))) or Mention(
            span[0], span[1], text[span[0] : span[1]], None, noun.ent_type_ or None
        )
    return resolve_pronoun(doc, pronoun, mentions=mentions, lexicon=lexicon)

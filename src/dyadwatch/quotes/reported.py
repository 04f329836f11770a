"""Reported content: what a cue attributes when it is not a direct quote, read off the
dependency parse — the clause of "X said (that) …" or "…, X said", the infinitive of
"X vowed to …", the object of "X called for …", "X urged Y to …", "X accused Y of …",
the clause an "according to X" modifies, or the predicate of "X, in a statement, …".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from dyadwatch.quotes.cues import FINITE_TAGS, VERB_TAGS, Cue, cue_verb, nearest_predicate, noun_infinitive, that_clause

TokenSpan = tuple[int, int]
"""Token indices, end exclusive."""
CLAUSE_DEPS = frozenset({"ccomp"})
NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "appos"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
OBJECT_OF_PREPOSITIONS = frozenset({"of", "for", "over"})
KEPT_EDGE_PUNCT = frozenset('"“”‘’\'()')
QUOTE_MARKS = frozenset('"“”‘’\'')
SENTENCE_ENDS = frozenset({".", "!", "?"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
ADVERBIAL_MARKS = frozenset({"before", "after", "because", "since", "until", "once", "although", "though", "as"})
EXPLETIVES = frozenset({"it", "there"})
PERSON_PRONOUNS = frozenset({"him", "her", "them"})
RELATIVES = frozenset({"who", "which", "that", "whom"})
OWN_COMPLEMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd"})
ADVERBIALS = frozenset({"prep", "advmod", "npadvmod", "advcl", "mark"})
MAX_CUE_CLAUSE = 8
"""Words a parenthetical cue clause ("he said in an interview") may run after its verb."""


def find_reported_content(
    doc: Doc, cue: Cue, *, excluded: frozenset[int] = frozenset(), quoted: frozenset[int] = frozenset()
) -> TokenSpan | None:
    """The token span of the cue's content, by the first of its content kinds found;
    `excluded` tokens (other attributions, the speaker) never belong to it. A content
    after its cue runs to the end of the sentence (`quoted` tokens end none)."""
    verb = cue_verb(doc, cue)
    if cue.kind == "source_object":
        return _modified_clause(doc, cue, excluded=excluded)
    blocked = excluded | set(range(cue.start, cue.end)) | set(cue.words)
    if verb.dep_ == "parataxis":  # the cue is an aside inside its content: none of it is content
        blocked |= {t.i for t in verb.subtree} - _clause_before(verb)
    subject = passive_subject(cue, verb)
    if subject is not None:
        return _passive_content(doc, cue, verb, subject, blocked=blocked, quoted=quoted)
    for kind in cue.content:
        finder = CONTENT_FINDERS.get(kind)
        parts = finder(doc, cue, verb) if finder else None
        span = content_run(doc, parts, excluded=blocked) if parts else None
        if span is not None:
            return _extended(doc, _with_opening_mark(doc, span, blocked), verb, blocked=blocked, quoted=quoted)
    reported_as = _clause_reported_as(doc, cue, verb, blocked=blocked)
    before = reported_as or _clause_before_inverted_cue(doc, cue, verb, blocked=blocked)
    return before or _words_before_final_cue(doc, cue, verb, blocked=blocked)


def _clause_before_inverted_cue(doc: Doc, cue: Cue, verb: Token, *, blocked: set[int]) -> TokenSpan | None:
    """"The moment was “a turning point” for the talks, said the mufti of X, who …"
    parsed with the cue conjoined to the clause before it (`inverted_trailing_cue`):
    the cue reports that clause (without the cue's own words)."""
    if cue.kind != "verb" or "clause" not in cue.content or not inverted_trailing_cue(verb):
        return None
    return content_run(doc, [verb.head], excluded=blocked | {t.i for t in verb.subtree})


def inverted_trailing_cue(verb: Token) -> bool:
    """"…, said the mufti of X" conjoined by the parse to the clause before it: a finite
    verb right after a comma, its subject after it (the inversion of a trailing cue),
    with no complement of its own. It is an attribution of its own, not part of what
    that clause's verb says."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or head.i > verb.i or head.pos_ not in VERB_TAGS:
        return False
    if verb.doc[verb.i - 1].text != "," or not any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
        return False
    return not any(child.dep_ in OWN_COMPLEMENTS or child.dep_ == "cc" for child in verb.children)


def _clause_before(verb: Token) -> set[int]:
    """"It would take weeks, he said, and …" parsed with the cue as an aside to what
    follows: the clause before the cue that the parse gave it is still its content, when
    a comma sets the cue clause off from it (not "the doctors it says perform …")."""
    subject = next((child for child in verb.lefts if child.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i == 0 or verb.doc[subject.left_edge.i - 1].text != ",":
        return set()
    return {t.i for child in verb.lefts if child.dep_ in CLAUSE_DEPS for t in child.subtree}


def _words_before_final_cue(doc: Doc, cue: Cue, verb: Token, *, blocked: set[int]) -> TokenSpan | None:
    """"People like Scott, he said.": a cue clause closing its sentence after a comma —
    its subject right after the comma, nothing but its own words after it — reports all
    that comes before the comma, even a fragment the parse found no clause in."""
    if cue.kind != "verb" or "clause" not in cue.content or verb.tag_ not in FINITE_TAGS:
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    sentence = verb.sent
    if subject is None or subject.left_edge.i - 1 <= sentence.start:
        return None
    comma = subject.left_edge.i - 1
    if doc[comma].text != "," or any(doc[i].pos_ in VERB_TAGS for i in range(cue.end, sentence.end)):
        return None
    if any(child.dep_ in OWN_COMPLEMENTS or (child.i < comma and child.dep_ in ADVERBIALS) for child in verb.children):
        return None  # "Separately, the company posted a loss", "From Paris, Ann Lee reports."
    if any(t.i < comma for t in verb.subtree if t.i not in blocked and t.dep_ in CLAUSE_DEPS):
        return None
    if any(i in blocked for i in range(sentence.start, comma)):
        return None
    return trim_punctuation(doc, (sentence.start, comma))


def _clause_reported_as(doc: Doc, cue: Cue, verb: Token, *, blocked: set[int]) -> TokenSpan | None:
    """"Scott had a gun, as police have said", "as the memo put it, …": a cue in an "as"
    clause with no content of its own reports the clause it modifies (without the "as"
    clause). An "as_clause" cue ("put it") reports only so."""
    if cue.kind != "verb" or not {"clause", "as_clause"} & set(cue.content) or not reports_as(verb):
        return None
    head = verb.head
    if head.pos_ not in VERB_TAGS:
        return None
    return content_run(doc, [head], excluded=blocked | {t.i for t in verb.subtree})


def reports_as(verb: Token) -> bool:
    """A verb heading an "as" clause with a subject of its own and no content of its own
    ("…, as police have said", "as one diplomat put it"; not "as was reported", "as
    growth continues to slow", "as he told reporters …")."""
    if verb.dep_ != "advcl" or not any(child.dep_ == "mark" and child.lower_ == "as" for child in verb.children):
        return False
    if not any(child.dep_ == "nsubj" for child in verb.children):
        return False
    objects = [child.lower_ for child in verb.children if child.dep_ in ("dobj", "dative", "ccomp", "xcomp")]
    return objects in ([], ["it"])


def passive_subject(cue: Cue, verb: Token) -> Token | None:
    """What a passive cue says something of: "Pence was dubbed the winner", "the vote is
    expected to be close", "Clinton was endorsed by the Times". Only for cues whose
    content is an object or a claim (their object is the passive's subject), and not
    when a clause of its own says what ("it was reported that …") or the subject is a
    relative word."""
    if cue.kind != "verb" or not PASSIVE_COMPLEMENTS.keys() & set(cue.content):
        return None
    if any(child.dep_ in CLAUSE_DEPS for child in verb.children):
        return None
    subject = next((child for child in verb.children if child.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in EXPLETIVES or subject.tag_ in WH_TAGS or subject.lower_ in RELATIVES:
        return None
    return subject


def _passive_content(
    doc: Doc, cue: Cue, verb: Token, subject: Token, *, blocked: set[int], quoted: frozenset[int]
) -> TokenSpan | None:
    """What the passive says of its subject, by the cue's content kinds ("called a
    charlatan", "expected to be close", "described as a sellout", "accused of fraud"),
    or, for a cue whose content is its object, the subject itself when the agent names
    the source ("was endorsed by the Times"). The subject is the piece before the cue
    (`find_preceding_piece`)."""
    blocked = blocked | {child.i for child in verb.children if child.dep_ == "agent"}
    for kind in cue.content:
        fits = PASSIVE_COMPLEMENTS.get(kind)
        complements = [child for child in verb.rights if fits is not None and fits(child)]
        if complements:
            span = content_run(doc, complements, excluded=blocked)
            if span is not None and verb.dep_ == "ROOT":
                return extend_to_sentence_end(doc, span, blocked=blocked, quoted=quoted)
            return span
    if "object" in cue.content and any(child.dep_ == "agent" for child in verb.children):
        return content_run(doc, [subject], excluded=blocked)
    return None


def _passive_preposition(words: frozenset[str]) -> Callable[[Token], bool]:
    def fits(child: Token) -> bool:
        return child.dep_ == "prep" and child.lower_ in words and any(c.dep_ in ("pobj", "pcomp") for c in child.children)

    return fits


def _passive_infinitive(child: Token) -> bool:
    return child.dep_ == "xcomp" and _has_to(child)


PASSIVE_COMPLEMENTS: dict[str, Callable[[Token], bool]] = {
    "claim": _passive_infinitive,  # "is expected to win"
    "object_infinitive": _passive_infinitive,  # "were urged to leave"
    "object_predicate": lambda child: child.dep_ == "oprd",  # "was dubbed the winner"
    "object_as": _passive_preposition(frozenset({"as"})),  # "was described as a sellout"
    "object_of": _passive_preposition(OBJECT_OF_PREPOSITIONS),  # "was accused of fraud"
    "object": lambda child: False,  # the subject alone, with an agent ("was endorsed by X")
}
"""Content kind → the complement a passive of that kind says of its subject."""


def _with_opening_mark(doc: Doc, span: TokenSpan, blocked: set[int]) -> TokenSpan:
    """"said "budget cuts" would pay": the parse hangs a quotation mark opening the
    content on the cue verb; the content takes it when it holds the closing one."""
    before = span[0] - 1
    if before < 0 or before in blocked or doc[before].text not in QUOTE_MARKS:
        return span
    closes = any(doc[i].text in QUOTE_MARKS for i in range(span[0], span[1]))
    return (before, span[1]) if closes else span


def _extended(doc: Doc, span: TokenSpan, verb: Token, *, blocked: set[int], quoted: frozenset[int]) -> TokenSpan:
    """A content after its cue runs on to the sentence end; after a subordinate cue
    ("…, who said …") only to the end of that cue's clause."""
    if span[0] < verb.i:
        return span
    if verb.dep_ != "ROOT":
        end = span[1]
        while end <= verb.right_edge.i and end not in blocked:  # not into "…, arguing that …"
            end += 1
        return trim_punctuation(doc, (span[0], end)) or span
    return extend_to_sentence_end(doc, span, blocked=blocked, quoted=quoted)


def extend_to_sentence_end(doc: Doc, span: TokenSpan, *, blocked: Iterable[int], quoted: frozenset[int]) -> TokenSpan:
    """The span run on to the end of its sentence — past clauses the parse hung on the
    cue verb ("said X, but could not …") and sentence breaks the parser put inside a
    quotation — stopping at a line break, a blocked token or the sentence's final mark."""
    stop = set(blocked)
    end = span[1]
    while end < len(doc) and end not in stop and not (doc[end].is_space and "\n" in doc[end].text):
        if doc[end].text in SENTENCE_ENDS and end not in quoted:
            break
        end += 1
    return trim_punctuation(doc, (span[0], end)) or span


def find_block_after_colon(doc: Doc, cue: Cue) -> TokenSpan | None:
    """"Limbaugh added:" ending its paragraph, the next paragraph unquoted (a block
    quotation): that paragraph is the content."""
    colon = cue.end
    if "quote" not in cue.content or colon + 1 >= len(doc) or doc[colon].text != ":":
        return None
    if not (doc[colon + 1].is_space and "\n" in doc[colon + 1].text):
        return None
    start = colon + 2
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = start
    while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    return trim_punctuation(doc, (start, end)) if end > start else None


def find_continuation(
    doc: Doc, cue: Cue, span: TokenSpan, *, excluded: frozenset[int] = frozenset(), quoted: frozenset[int] = frozenset()
) -> TokenSpan | None:
    """The rest of the content after a parenthetical cue: "Lenox was a juggernaut, he
    said, until it went bankrupt" — the words after the comma closing the cue's clause,
    to the end of the sentence, when the content before the cue ended at a comma."""
    verb = cue_verb(doc, cue)
    if cue.kind != "verb" or span[1] > verb.i or not _comma_after(doc, span[1]):
        return None
    comma = next((t.i for t in doc[verb.i : min(len(doc), verb.i + MAX_CUE_CLAUSE)] if t.text == ","), None)
    if comma is None or any(doc[i].text in SENTENCE_ENDS or doc[i].is_space for i in range(verb.i, comma)):
        return None
    first = comma + 1
    if first < len(doc) and doc[first].lower_ in ("and", "but"):  # "…, she said, and “I had to …”"
        first += 1
    rest = trim_punctuation(doc, (first, first + 1))
    if rest is None or rest[0] in excluded or doc[rest[0]].pos_ in VERB_TAGS:
        return None  # "…, he said, adding …" is an attribution of its own
    if doc[rest[0]].tag_ in WH_TAGS and doc[rest[0]].lower_ in RELATIVES:
        return None  # "…, said X, who met …": a relative clause says something of the speaker
    return extend_to_sentence_end(doc, rest, blocked=excluded, quoted=quoted)


def find_preceding_piece(
    doc: Doc, cue: Cue, span: TokenSpan, *, excluded: frozenset[int] = frozenset()
) -> TokenSpan | None:
    """The start of the content before a cue the parse hung in the middle of it:
    "The deal, he said, was dead" → "The deal"."""
    verb = cue_verb(doc, cue)
    subject = passive_subject(cue, verb)
    if subject is not None and span[0] > verb.i:  # "Pence was dubbed … the winner"
        return content_run(doc, [subject], excluded=excluded | set(range(cue.start, cue.end)))
    if verb.dep_ != "parataxis" or span[0] < verb.i or verb.head.left_edge.i >= verb.left_edge.i:
        return None
    end = verb.head.left_edge.i
    while end < verb.left_edge.i and end not in excluded:
        end += 1
    return trim_punctuation(doc, (verb.head.left_edge.i, end))


def _comma_after(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].text == ","


def _clause(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    for token in [verb, *cue.tokens(doc), *(doc[i] for i in cue.words)]:
        found = [child for child in token.children if child.dep_ in CLAUSE_DEPS]
        after = [child for child in found if child.i > token.i]
        if found and after and found[0].i < token.i:  # "Writing for X, Y noted that …": the clause after the cue
            found = after
        if found:
            return None if _adverbial(found[0]) else found[:1]
    return _unmarked_clause(verb) or _noun_clause(verb) or _parataxis_head(verb)


def _claim(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    """A clause that states something: no embedded question ("knows how …",
    "determine whether …"), and a cue with a subject of its own or a finite verb."""
    if verb.tag_ == "VBG" and not _has_own_subject(verb):
        return None
    found = _clause(doc, cue, verb)
    if not found or is_question(found[0]):
        return None
    return found


def _adverbial(clause: Token) -> bool:
    """"said before he died": a clause that says when or why, not what."""
    first = clause.left_edge
    return first.dep_ == "mark" and first.lower_ in ADVERBIAL_MARKS


def is_question(clause: Token) -> bool:
    """An embedded question: "how the system works", "whether it will".."""
    first = clause.left_edge
    return first.tag_ in WH_TAGS or first.lower_ in ("whether", "if")


def _noun_complement(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    clause = that_clause(doc[cue.head])
    return [clause] if clause is not None else None


def _noun_infinitive(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    found = noun_infinitive(doc[cue.head])
    return [found] if found is not None else None


def _noun_object(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    """"criticism of the Fed": the object of the cue noun's topic preposition."""
    if cue.particle is None:
        return None
    found = next((c for c in doc[cue.particle].children if c.dep_ in ("pobj", "pcomp")), None)
    return [found] if found is not None else None


def _unmarked_clause(verb: Token) -> list[Token] | None:
    """"said after the meeting he would …": a finite clause after the verb that the
    parse hung on it as an adverbial clause, though no conjunction introduces it."""
    for child in verb.rights:
        if child.dep_ == "advcl" and _has_own_subject(child) and not any(c.dep_ == "mark" for c in child.children):
            return [child]
    return None


def _has_own_subject(token: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in token.children)


def _noun_clause(verb: Token) -> list[Token] | None:
    """"said in a statement that …", "told a meeting of leaders that …": a that-clause
    the parse hung on a noun after the verb."""
    for child in verb.rights:
        if child.dep_ not in ("prep", "dobj", "dative"):
            continue
        for clause in child.subtree:
            if clause.dep_ in NOUN_CLAUSE_DEPS and any(_is_that_mark(m) for m in clause.children):
                return [clause]
    return None


def _is_that_mark(token: Token) -> bool:
    return token.dep_ == "mark" and token.lower_ == "that"


def _parataxis_head(verb: Token) -> list[Token] | None:
    """"The talks failed, officials said" parsed with the cue as an aside to the clause."""
    if verb.dep_ == "parataxis" and verb.head.pos_ in VERB_TAGS:
        return [verb.head]
    return None


def _infinitive(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    for child in verb.children:
        if child.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return [child]
    return None


def _object(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    """The object, unless it is a bare question or relative word ("what she wants")."""
    found = _object_token(doc, cue, verb)
    if found is None or (found.tag_ in WH_TAGS and not list(found.children)):
        return None
    return [found]


def _object_token(doc: Doc, cue: Cue, verb: Token) -> Token | None:
    if cue.particle is not None:
        particle = doc[cue.particle]
        governed = next((c for c in particle.children if c.dep_ in ("pobj", "pcomp")), None)
        if particle.dep_ == "prep" or governed is not None:  # "called on police": "on" tagged a particle
            return governed
    found = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
    return found or _gerund_object(verb)


def _gerund_object(verb: Token) -> Token | None:
    """"proposed dropping the tax", "admitted using the loophole": a gerund after the
    cue is its object."""
    return next((c for c in verb.rights if c.dep_ == "xcomp" and c.tag_ == "VBG" and not _has_to(c)), None)


def _person_object(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    """"Trump attacked Clinton", "she went after him": an object naming a person, with
    what is said of them ("… for her vote"), or one in quotation marks (words: "attacked
    “the hateful ideology of …”"). Aimed at a place or a convoy, the same verbs are acts
    of force, not words."""
    found = _object_token(doc, cue, verb)
    if found is None or not (found.ent_type_ == "PERSON" or found.lower_ in PERSON_PRONOUNS or _quoted(found)):
        return None
    reason = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in OBJECT_OF_PREPOSITIONS), None)
    return [found, reason] if reason is not None else [found]


def _quoted(phrase: Token) -> bool:
    """The phrase opens with a quotation mark, just before it or as its first token."""
    first = phrase.left_edge
    return first.text in QUOTE_MARKS or (first.i > 0 and phrase.doc[first.i - 1].text in QUOTE_MARKS)


def _object_infinitive(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    target = _object_token(doc, cue, verb)
    action = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i), None)
    if action is None and target is not None:  # "tells his supporters at a rally to “go …”" parsed as a purpose
        action = next((c for c in verb.rights if c.dep_ == "advcl" and c.i > target.i and c.tag_ == "VB"), None)
    if target is None or action is None or not _has_to(action):
        return None
    return [target, action]


def _has_to(token: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)


def _object_of(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    return _object_and_preposition(doc, cue, verb, OBJECT_OF_PREPOSITIONS)


def _object_as(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    return _object_and_preposition(doc, cue, verb, frozenset({"as"}))


def _object_and_preposition(doc: Doc, cue: Cue, verb: Token, prepositions: frozenset[str]) -> list[Token] | None:
    target = _object_token(doc, cue, verb)
    for prep in verb.children:
        if target is not None and prep.dep_ == "prep" and prep.lower_ in prepositions:
            if any(_complements(prep, c) for c in prep.children):
                return [prep] if target.tag_ in WH_TAGS else [target, prep]  # "a move that many see as bold"
    return None


def _complements(prep: Token, child: Token) -> bool:
    """The object of a preposition; after "as" also an adjective ("rated the claim as
    “false”", "described him as desperate"), which the parse hangs on it as a modifier."""
    return child.dep_ in ("pobj", "pcomp") or (prep.lower_ == "as" and child.pos_ == "ADJ" and child.i > prep.i)


def _object_predicate(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    """"called the vote a mistake": the object and what it is called."""
    target = _object_token(doc, cue, verb)
    predicate = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if predicate is None and target is not None:
        predicate = _quoted_apposition(doc, target)
    if target is None and predicate is not None and (quoted := _quoted_predicate_after(doc, verb, predicate)):
        target, predicate = predicate, quoted
    nouns = [c for c in verb.rights if c.dep_ in ("dobj", "oprd", "dative")]
    if len(nouns) >= 2 and (target is None or predicate is None or predicate.i < target.i):
        target, predicate = nouns[0], nouns[1]  # "branded Japan an outlaw": the parse's two objects
    if target is None or predicate is None:
        return None
    return [predicate] if target.tag_ in WH_TAGS else [target, predicate]  # "what he called a “rant”"


def _quoted_apposition(doc: Doc, target: Token) -> Token | None:
    """"called the verdict "a travesty"": the parse takes a quoted predicate for an
    apposition of the object; one opening with a quotation mark is the predicate."""
    for child in target.rights:
        first = child.left_edge.i
        if child.dep_ == "appos" and first > 0 and doc[first - 1].text in QUOTE_MARKS:
            return child
    return None


def _quoted_predicate_after(doc: Doc, verb: Token, first: Token) -> Token | None:
    """"called the referendum on independence for the region "a milestone"": a long
    object the parse takes for the predicate (oprd), its phrases hung on the verb, and the
    quoted predicate at its end taken for an apposition of the phrase's last noun. The
    apposition opening with a quotation mark that ends the object's run (the predicate and
    the verb's phrases right after it, up to a conjunction or punctuation) is the predicate."""
    run = [first]
    for child in verb.rights:
        if child.i <= first.i:
            continue
        if child.dep_ not in ("prep", "appos"):
            break
        run.append(child)
    last = max(token.right_edge.i for token in run)
    for part in run:
        for token in part.subtree:
            if token.dep_ == "appos" and token.right_edge.i == last and _opens_quoted(doc, token):
                return token
    return None


def _opens_quoted(doc: Doc, noun: Token) -> bool:
    """Does a quotation mark open the noun's phrase, before it ("a milestone" in marks)
    or after its determiner (a "milestone")?"""
    start = noun.left_edge.i
    return (start > 0 and doc[start - 1].text in QUOTE_MARKS) or any(
        doc[i].text in QUOTE_MARKS for i in range(start, noun.i))


def _predicate(doc: Doc, cue: Cue, verb: Token) -> list[Token] | None:
    """"X, in a statement, condemned …": the verb and what follows it."""
    return [verb, *(child for child in verb.rights if child.dep_ not in ("punct", "cc", "conj"))]


def _modified_clause(doc: Doc, cue: Cue, *, excluded: frozenset[int]) -> TokenSpan | None:
    """"…, according to X": the clause the phrase modifies, without the phrase."""
    phrase = doc[cue.head]
    if phrase.dep_ == "ROOT":
        return _after_opening_phrase(doc, cue)
    head = nearest_predicate(phrase.head)
    blocked = excluded | set(_indices(phrase.subtree))
    if head.i in blocked:
        return None
    return content_run(doc, [head], excluded=blocked)


def _after_opening_phrase(doc: Doc, cue: Cue) -> TokenSpan | None:
    """"According to X, the move reeks of fear." parsed with "According" as the root and
    the clause as an apposition of X: the content is what follows the comma closing
    the phrase, to the end of the sentence."""
    sentence_end = doc[cue.head].sent.end
    comma = next((i for i in range(cue.end, sentence_end) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= sentence_end:
        return None
    return trim_punctuation(doc, (comma + 1, sentence_end))  # the speaker phrase is cut to end before it


def _indices(tokens: Iterable[Token]) -> list[int]:
    return [t.i for t in tokens]


ContentFinder = Callable[[Doc, Cue, Token], "list[Token] | None"]
CONTENT_FINDERS: dict[str, ContentFinder] = {
    "clause": _clause,
    "claim": _claim,
    "noun_clause": _noun_complement,
    "noun_object": _noun_object,
    "noun_infinitive": _noun_infinitive,
    "infinitive": _infinitive,
    "object": _object,
    "object_infinitive": _object_infinitive,
    "person_object": _person_object,
    "object_of": _object_of,
    "object_as": _object_as,
    "object_predicate": _object_predicate,
    "predicate": _predicate,
}


def content_run(
    doc: Doc, parts: list[Token], *, excluded: Iterable[int] = (), anchor: Token | None = None
) -> TokenSpan | None:
    """The contiguous run of the parts' subtrees around `anchor` (the first part), with
    no excluded token in it and no punctuation at its edges."""
    if not parts:
        return None
    lo = min(p.left_edge.i for p in parts)
    hi = max(p.right_edge.i for p in parts)
    if any(p.i in excluded for p in parts):
        return None
    blocked = set(excluded)
    start = end = (anchor or parts[0]).i
    while start - 1 >= lo and start - 1 not in blocked:
        start -= 1
    while end + 1 <= hi and end + 1 not in blocked:
        end += 1
    return trim_punctuation(doc, (start, end + 1))


def trim_punctuation(doc: Doc, span: TokenSpan) -> TokenSpan | None:
    """The span without edge punctuation and spaces (quotation marks stay)."""
    start, end = span
    while start < end and _edge(doc[start]):
        start += 1
    while end > start and _edge(doc[end - 1]):
        end -= 1
    return (start, end) if start < end else None


def _edge(token: Token) -> bool:
    return token.is_space or (token.is_punct and token.text not in KEPT_EDGE_PUNCT) or token.lower_ in ("and", "but")

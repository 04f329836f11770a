"""Resolution of every mention in an article to a coded actor, each with the rule that
decided it.

Order of trust: the gazetteer (names, demonyms, capitals, IGOs) wins where it knows a
name; a title next to a person's name gives the person's polity, sector and office;
later mentions of the same person (surname, "the ambassador") inherit the first
resolution; "the North" resolves in a Korean context; other named entities keep their
NER label unresolved. spaCy's NER is a hint only ("Kyiv" is no person).
"""

from __future__ import annotations

import bisect
import datetime as dt
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

from spacy.tokens import Doc, Span, Token

from dyadwatch.actors.divisions import division_country
from dyadwatch.actors.knowledge import NON_STATE_CODES, ActorKnowledge, KnownActor, load_knowledge
from dyadwatch.actors.people import load_people
from dyadwatch.actors.places import city_country
from dyadwatch.actors.regions import find_state_phrases, load_regions_file
from dyadwatch.datafiles import DataModel, read_data_file
from dyadwatch.nlp import doc_text, entities, noun_chunks, sentence_bounds, sentences_back
from dyadwatch.records import Actor, DatelineSpan, Mention, TextSpan

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "capital", "district", "province", "region", "suburb"})
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
POSTING_PREPOSITIONS = frozenset({"to", "in", "at"})
OF_PREPOSITIONS = frozenset({"of", "for"})
MAX_TITLE_TOKENS = 8
COORDINATING_TITLE_WORDS = frozenset({"and", ",", "&"})
NAMED_NOT_OFFICE = frozenset({"GPE", "NORP", "PERSON", "LOC"})  # "Officials of France and German Chancellor X"
RELATIVE_WHO = frozenset({"who", "that"})
MAX_SYLLABLE = 5  # letters of a syllable of a Korean or Chinese name written apart ("Choe Son Hui")
FORMER_WORDS = frozenset({"former", "ex", "exiled", "ousted", "deposed"})
METONYM_KINDS = frozenset({"capital", "metonym"})
PARTY_IN_CONTEXT = "party-in-context"  # the kind of a party named without its country ("the SDP")
PARTY_KINDS = frozenset({"party", PARTY_IN_CONTEXT})
# A named body a person's title may name ("FBI Director", "Gazprom chairman", "Pope"): the
# person works for it, in its sector, whatever generic role word ("chairman") follows.
BODY_RULES = frozenset(
    f"gazetteer.{kind}"
    # "acronym": a body's acronym the story spelled out ("NFP leader Ichiro Ozawa" after "New
    # Frontier Party (NFP)")
    for kind in ("institution", "company", "metonym", "media", "organ", "party", "armed-group", PARTY_IN_CONTEXT,
                 "acronym")
)
# Offices that belong to one state: a president, a judge, a general (not an archbishop).
NATIONAL_OFFICE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "around", "across", "into", "through", "via"})
ETHNIC = re.compile(r"\bethnic\s+$", re.IGNORECASE)
# A person's title or apposition that may give only the person's state ("British mercenary boss").
NATIONALITY_RULES = frozenset({"person.title", "person.apposition"})
STATE_NAME_RULES = frozenset({"gazetteer.country", "gazetteer.demonym"})
NATIONALITY_SUFFIX = "-nationality"  # the rule of a person so placed: person.title-nationality
IGO_RULES = frozenset({"gazetteer.igo", "gazetteer.organ"})
IGO_STAFF_SUFFIX = "-igo-staff"  # "UN investigator X": person.title-igo-staff
# "anti-Syria journalist", "pro-Russian separatists": a stance toward a country, not its people.
STANCE = re.compile(r"\b(?:anti|pro)-\s*$", re.IGNORECASE)


@dataclasses.dataclass(slots=True, frozen=True)
class ContextAlias:
    text: str
    code: str
    sectors: tuple[str, ...]
    when_any: frozenset[str]


@dataclasses.dataclass(slots=True, frozen=True)
class DomesticRule:
    """When a domestic actor without a country takes the article's (context.toml)."""

    sectors: frozenset[str]
    not_with: frozenset[str]
    min_sentences: int
    dominance: float
    affiliations: frozenset[str] = frozenset()
    movements: frozenset[str] = frozenset()


class AliasEntry(DataModel):
    text: str
    code: str
    sectors: tuple[str, ...] = ()
    when_any: frozenset[str] = frozenset()


class PronounPolities(DataModel):
    words: tuple[str, ...]


class DomesticSection(DataModel):
    sectors: frozenset[str]
    not_with: tuple[str, ...]
    min_sentences: int
    dominance: float
    affiliations: tuple[str, ...] = ()
    movements: tuple[str, ...] = ()


class PronounSection(DataModel):
    male_pronouns: tuple[str, ...]
    female_pronouns: tuple[str, ...]
    male_words: tuple[str, ...]
    female_words: tuple[str, ...]
    latter: tuple[str, ...]
    sentences_back: int
    honorifics: tuple[str, ...]
    name_particles: tuple[str, ...]
    same_office: tuple[tuple[str, ...], ...]


class BodySection(DataModel):
    generic: frozenset[str]
    named_heads: frozenset[str]
    members: frozenset[str]
    sentences_back: int
    party_heads: frozenset[str] = frozenset()
    country_heads: frozenset[str] = frozenset()
    country_sentences_back: int = 1
    group_heads: frozenset[str] = frozenset()
    group_words: frozenset[str] = frozenset()
    group_sentences_back: int = 2
    restated_heads: frozenset[str] = frozenset()
    restated_sentences_back: int = 2
    institution_phrases: frozenset[str] = frozenset()
    institution_sentences_back: int = 1


class ThingsSection(DataModel):
    lemmas: frozenset[str]


class RolesSection(DataModel):
    head_verbs: frozenset[str]
    party_words: frozenset[str]
    party_offices: tuple[str, ...]
    organisation_heads: frozenset[str] = frozenset()
    private_roles: frozenset[str] = frozenset()
    repeated_roles: frozenset[str] = frozenset()
    head_phrases: tuple[str, ...] = ()
    repeated_role_sentences: int = 3
    posting_verbs: frozenset[str] = frozenset()


class PartiesSection(DataModel):
    sectors: tuple[str, ...] = ("PTY",)
    shared: dict[str, tuple[str, ...]] = {}


class PeoplesSection(DataModel):
    sectors: frozenset[str] = frozenset()
    holds: dict[str, tuple[str, ...]] = {}
    shares: dict[str, tuple[str, ...]] = {}


@dataclasses.dataclass(slots=True, frozen=True)
class PeopleStates:
    """The states of a people of several states (context.toml [peoples]), by lower-case
    word: where its forces and offices hold state power, and where it lives without."""

    sectors: frozenset[str]
    holds: dict[str, frozenset[str]]
    shares: dict[str, frozenset[str]]

    def word(self, text: str) -> str | None:
        """The people a word names, singular or plural ("Serbs" → "serb"); None for others."""
        lower = text.lower()
        return next((b for b in (lower, lower[:-1] if lower.endswith("s") else "") if b in self.holds), None)


class ContextFile(DataModel):
    """`data/actors/context.toml` (its format is documented at its top)."""

    alias: tuple[AliasEntry, ...]
    seat: tuple[AliasEntry, ...] = ()
    pronoun_polities: PronounPolities
    domestic: DomesticSection
    pronouns: PronounSection
    bodies: BodySection
    things: ThingsSection = ThingsSection(lemmas=frozenset())
    roles: RolesSection = RolesSection(head_verbs=frozenset(), party_words=frozenset(), party_offices=())
    parties: PartiesSection = PartiesSection()
    peoples: PeoplesSection = PeoplesSection()


@functools.cache
def load_context_file() -> ContextFile:
    return read_data_file("actors/context.toml", ContextFile)


@functools.cache
def load_people_states() -> PeopleStates:
    section = load_context_file().peoples
    return PeopleStates(
        sectors=section.sectors,
        holds={word.lower(): frozenset(codes) for word, codes in section.holds.items()},
        shares={word.lower(): frozenset(codes) for word, codes in section.shares.items()},
    )


@functools.cache
def load_domestic_rule() -> DomesticRule:
    section = load_context_file().domestic
    return DomesticRule(
        sectors=section.sectors,
        not_with=frozenset(word.lower() for word in section.not_with),
        min_sentences=section.min_sentences,
        dominance=section.dominance,
        affiliations=frozenset(word.lower() for word in section.affiliations),
        movements=frozenset(word.lower() for word in section.movements),
    )


@functools.cache
def load_context_aliases() -> tuple[tuple[ContextAlias, ...], tuple[str, ...]]:
    raw = load_context_file()
    aliases = tuple(ContextAlias(a.text.lower(), a.code, a.sectors, a.when_any) for a in raw.alias)
    return aliases, tuple(word.lower() for word in raw.pronoun_polities.words)


def resolve_mentions(
    doc: Doc,
    *,
    datelines: Sequence[DatelineSpan] = (),
    credits: Sequence[TextSpan] = (),
    knowledge: ActorKnowledge | None = None,
    published: dt.date | None = None,
) -> tuple[Mention, ...]:
    """Every mention in the parsed article, resolved where the article allows; the
    article's `datelines` and photo `credits` (found in cleaning) name no actor; its
    `published` date tells which of a family is in office ("Bush" in 2005)."""
    knowledge = knowledge or load_knowledge()
    names = [(s, e, k) for s, e, k in knowledge.find_all(doc_text(doc)) if not _inside_person_name(doc, s, e, k)]
    names = [(s, e, k) for s, e, k in names if not _is_credit(s, e, k, datelines) and not _qualifies_a_thing(doc, s, e)]
    names += [n for n in _parties_in_context(doc_text(doc), names, knowledge) if not _inside_person_name(doc, *n)]
    names = sorted(names + _introduced_acronyms(doc_text(doc), names), key=lambda n: n[0])
    base = [_name_mention(doc, start, end, actor, datelines) for start, end, actor in names]
    widened = [_known_mention(doc, start, end, actor, knowledge, datelines) for start, end, actor in names]
    mentions = _merge(widened, _person_mentions(doc, base, knowledge, published.year if published else None))
    mentions = _merge(mentions, _body_anaphors(doc, mentions))
    mentions = _merge(mentions, _country_anaphors(doc, mentions))
    mentions = _merge(mentions, _group_anaphors(doc, mentions))
    mentions = _merge(mentions, _restated_descriptions(doc, mentions))
    mentions = _merge(mentions, _context_mentions(doc, mentions))
    mentions = _merge(mentions, _described_states(doc, mentions))
    mentions = _merge(mentions, _domestic_mentions(doc, mentions, knowledge))
    mentions = _merge(mentions, _institution_states(doc, mentions, knowledge))
    mentions = _merge(mentions, _ner_mentions(doc, mentions, datelines))
    mentions = _seats(doc, mentions)
    text = doc_text(doc)
    return tuple(_not_ethnic(m, text) for m in mentions if not _in_credit(m, credits))


BODY_KINDS = frozenset({"institution", "igo", "organ", "ngo", "armed-group", "party", "entity", PARTY_IN_CONTEXT})
ACRONYM_AFTER_NAME = re.compile(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)")


def _introduced_acronyms(text: str, names: list[tuple[int, int, KnownActor]]) -> list[tuple[int, int, KnownActor]]:
    """"the European Court of Auditors (ECA)": an acronym a story introduces in brackets
    after a known name stands for that name wherever the story uses it (kind
    "acronym": rule gazetteer.acronym), unless the knowledge knows it already."""
    taken = {(s, e) for s, e, _ in names}
    found: list[tuple[int, int, KnownActor]] = []
    for _, end, known in names:
        match = ACRONYM_AFTER_NAME.match(text, end)
        if match is None or known.kind not in BODY_KINDS:
            continue  # "WASHINGTON (AP)": a place's bracket credits the agency
        alias = dataclasses.replace(known, kind="acronym", alias=match.group(1))
        for use in re.finditer(rf"(?<![\w-]){re.escape(match.group(1))}(?![\w-])", text):
            if not any(s <= use.start() < e for s, e in taken):
                found.append((use.start(), use.end(), alias))
                taken.add((use.start(), use.end()))
    return found


# --- parties named without their country ("the Social Democratic Party", "SDP") ------------

PARTY_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")  # "Democratic Party of (the Left)": a longer name
PREVIOUS_WORD = re.compile(r"(\S+)\s+$")
SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "”")
_party_holders_cache: dict[int, dict[str, dict[str, KnownActor]]] = {}


def _parties_in_context(
    text: str, names: list[tuple[int, int, KnownActor]], knowledge: ActorKnowledge
) -> list[tuple[int, int, KnownActor]]:
    """"The Social Democratic Party opposed the bill", "SDP chairman …": a party name
    several countries' parties share is the party of the one such country the article
    names, or the country its own country word gives ("Japan's Social Democratic
    Party"); nobody's when the article names two such countries or none (context.toml
    [parties])."""
    holders = _party_holders(knowledge)
    if not holders:
        return []
    named = {k.code for _, _, k in names if k.code not in NON_STATE_CODES}
    found = []
    for match in _party_pattern(tuple(holders)).finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e, _ in names) or PARTY_NAME_AFTER.match(text, end):
            continue
        party = _party_of(holders[_apostrophes(match.group())], text, start, names, named)
        if party is not None:
            found.append((start, end, party))
    return found


def _party_of(
    candidates: dict[str, KnownActor], text: str, start: int, names: list[tuple[int, int, KnownActor]], named: set[str]
) -> KnownActor | None:
    """The one candidate party the name's own country word ("Japan's", "German") or,
    failing one, the article names; None for a capitalized word before the name that
    makes it part of a longer one ("New Democratic Party")."""
    own = next((k for s, e, k in names if e <= start and not text[e:start].strip(" '’s")), None)
    if own is not None and own.kind in ("country", "demonym"):
        return candidates.get(own.code)
    previous = PREVIOUS_WORD.search(text, max(0, start - 40), start)
    word = previous.group(1) if previous is not None else ""
    if word[:1].isupper() and word.lower() != "the" and not word.endswith(SENTENCE_ENDS):
        return None
    codes = set(candidates) & named
    return candidates[codes.pop()] if len(codes) == 1 else None


def _apostrophes(name: str) -> str:
    return name.replace("’", "'")


@functools.cache
def _party_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The names as written (case counts: "the party" is no name), longest first."""
    alternatives = "|".join(re.escape(n).replace("'", "['’]") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-])")


def _party_holders(knowledge: ActorKnowledge) -> dict[str, dict[str, KnownActor]]:
    """A shared party name → the parties of that name by country: the groups.tsv
    parties "<name> of <Country>" or named "<name> (<Country>)", and context.toml
    [parties] shared."""
    cached = _party_holders_cache.get(id(knowledge))
    if cached is not None:
        return cached
    holders: dict[str, dict[str, KnownActor]] = {}
    for party in knowledge.of_kind("party"):
        for full in (party.alias, party.name):
            name = _without_country(full, party.code, knowledge)
            if name is not None:
                holders.setdefault(name, {})[party.code] = dataclasses.replace(party, kind=PARTY_IN_CONTEXT, alias=name)
    section = load_context_file().parties
    for name, codes in section.shared.items():
        for code in codes:
            actor = KnownActor(code, section.sectors, name, PARTY_IN_CONTEXT, name, "context.toml [parties]")
            holders.setdefault(name, {}).setdefault(code, actor)
    _party_holders_cache[id(knowledge)] = holders
    return holders


def _without_country(full: str, code: str, knowledge: ActorKnowledge) -> str | None:
    """"Social Democratic Party of Japan" / "Social Democratic Party (Japan)" → "Social
    Democratic Party", when the country is the party's and the rest ends in a party word
    and is no known name of its own."""
    parts = re.fullmatch(r"(.+) \((.+)\)", full) or re.fullmatch(r"(.+) of (?:the )?(.+)", full)
    if parts is None:
        return None
    country = knowledge.lookup(parts.group(2))
    name = parts.group(1)
    if country is None or country.code != code or name.split()[-1].lower() not in load_context_file().roles.party_words:
        return None
    return name if knowledge.lookup(name) is None else None


SEAT_RULES = frozenset({"gazetteer.capital", "geonames.city"})


def _seats(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Brussels rejected the plan" in a story naming the EU: the body seated in the
    capital (data/actors/context.toml, [[seat]]); a capital named as a place stays one."""
    codes = {m.actor.code for m in mentions if m.actor is not None}
    seats = {seat.text.lower(): seat for seat in load_context_file().seat if not seat.when_any or seat.when_any & codes}
    found = []
    for mention in mentions:
        seat = seats.get(mention.text.lower())
        acting = mention.actor is not None and mention.actor.rule in SEAT_RULES
        if seat is not None and acting and not _is_place(doc, mention.start, mention.end):
            mention = dataclasses.replace(mention, actor=Actor(code=seat.code, sectors=seat.sectors, rule="context.seat"))
        found.append(mention)
    return found


def _not_ethnic(mention: Mention, text: str) -> Mention:
    """"ethnic Albanians in Serbia", "ethnic Turks" in Sweden: an ethnic group is no
    country's citizens, nor are "pro-Russian separatists" Russia's; PLOVER codes people
    by the state they belong to, which the sentence must tell (the event's place, the
    state acting on them)."""
    window = max(0, mention.start - 8)
    if mention.actor is None or mention.actor.person:
        return mention
    if not ETHNIC.search(text, window, mention.start) and not STANCE.search(text, window, mention.start):
        return mention
    return dataclasses.replace(mention, actor=None)


# --- gazetteer names, widened to the noun phrase that gives them a sector ----------------


def _name_mention(doc: Doc, start: int, end: int, known: KnownActor, datelines: Sequence[DatelineSpan]) -> Mention:
    """A known name. A capital named as a place ("met in Moscow") is its country without
    the government's sector; a dateline's place ("SEOUL, July 21 --") is no actor at all."""
    text, label = doc_text(doc)[start:end], _ent_label(doc, start)
    if known.kind in METONYM_KINDS and _is_dateline(doc, start, end, datelines):
        return Mention(start, end, text, None, label)
    if known.kind in METONYM_KINDS and _is_place(doc, start, end):
        return Mention(start, end, text, Actor(code=known.code, name=known.name, rule="gazetteer.capital-as-place"), label)
    actor = Actor(code=known.code, sectors=known.sectors, name=known.name, rule=f"gazetteer.{known.kind}")
    return Mention(start, end, text, actor, label)


def _is_place(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE_PREPOSITIONS


def _part_of_a_name(doc: Doc, ent: Span) -> bool:
    """"Kenzo Oshima": the tagger may take a surname for a place and leave the given
    name out; a capitalized proper noun right before or after shows it. A city name
    modifying another noun is part of that name or only a label."""
    around = [doc[i] for i in (ent.start - 1, ent.end) if 0 <= i < len(doc)]
    named = any(token.pos_ == "PROPN" and token.is_title and not token.ent_type_ for token in around)
    return named or ent.root.dep_ == "compound"  # "Washington state", "the Kandahar attack"


def _settlement_of(ent: Span) -> bool:
    """"the town of Samarra", "the Iraqi city of Basra"."""
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SETTLEMENT_NOUNS


def _is_dateline(doc: Doc, start: int, end: int, datelines: Sequence[DatelineSpan]) -> bool:
    """Does the name open a dateline's place, in capitals before a comma ("SEOUL" in
    "SEOUL, July 21 --")? The narrower reading the resolver always had: a place of
    every dateline form ("SEOUL —", "Washington (AFP) –") left out changes mentions
    and events, a change of its own to measure."""
    if not any(start == dateline.place.start for dateline in datelines):
        return False
    return doc_text(doc)[end : end + 1] == "," and doc_text(doc)[start:end].isupper()


def _inside_person_name(doc: Doc, start: int, end: int, known: KnownActor) -> bool:
    """"Washington" in "Denzel Washington": part of a longer person's name. A named body
    in the possessive is no part of a name, whatever the tagger says ("Supplier
    Gazprom's spokesman")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if f"gazetteer.{known.kind}" in BODY_RULES and doc_text(doc)[end : end + 2] in ("'s", "’s"):
        return False
    return any(
        e.label_ in ("PERSON", "ORG") and e.start_char <= start and end <= e.end_char
        and any(t.pos_ == "PROPN" and not (start <= t.idx < end) for t in e)
        and not any(t.pos_ in ("ADJ",) or t.ent_type_ == "NORP" for t in span)
        and _looks_like_personal_name(e)
        for e in entities(doc)
    )


def _looks_like_personal_name(ent: Span) -> bool:
    return ent.label_ == "PERSON" or (len(ent) == 2 and all(t.pos_ == "PROPN" and t.is_title for t in ent))


def _is_credit(start: int, end: int, known: KnownActor, datelines: Sequence[DatelineSpan]) -> bool:
    """"SEOUL, July 21 (Yonhap) --": the outlet a dateline credits."""
    agencies = [(d.agency.start, d.agency.end) for d in datelines if d.agency is not None]
    return "JRN" in known.sectors and (start, end) in agencies


def _qualifies_a_thing(doc: Doc, start: int, end: int) -> bool:
    """"20 million US dollars": a name right before a currency names no party (context.toml [things])."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    after = doc[span.end]  # a noun: "Iran marks the anniversary", "South Korea won" are verbs
    return after.pos_ == "NOUN" and after.lemma_.lower() in load_context_file().things.lemmas


def _known_mention(
    doc: Doc, start: int, end: int, known: KnownActor, knowledge: ActorKnowledge, datelines: Sequence[DatelineSpan]
) -> Mention:
    """A known name; "North Korean foreign ministry", "Russia's envoy", "Israeli police"
    take the sector of the noun the name modifies (a title before a person's name is
    left to the person)."""
    mention = _name_mention(doc, start, end, known, datelines)
    span = doc.char_span(start, end, alignment_mode="expand")
    head_words = _modified_nouns(span) if span is not None else []
    if not head_words or _names_a_person(head_words) or _opposing(head_words[-1]):
        return mention
    former = span.start > 0 and doc[span.start - 1].lower_ in FORMER_WORDS  # type: ignore[union-attr]
    title = ("former " if former else "") + " ".join(t.text for t in head_words)
    sectors = knowledge.sector_for(title)
    if known.kind in PARTY_KINDS and not knowledge.office_sectors(title):
        sectors = known.sectors  # "a senior LDP official": a party's role words add no sector (GOV) to its own
    if not sectors:
        return mention
    kept = () if known.kind in METONYM_KINDS else known.sectors
    actor = dataclasses.replace(
        mention.actor, sectors=_unique((*sectors, *kept)), rule=f"gazetteer.{known.kind}+title"  # type: ignore[arg-type]
    )
    stop = head_words[-1].idx + len(head_words[-1])
    return Mention(start, stop, doc_text(doc)[start:stop], actor, _ent_label(doc, start))


def _opposing(noun: Token) -> bool:
    """"the United States' opposition to the resolution": the act of opposing, not an
    opposition party."""
    return noun.lemma_.lower() == "opposition" and any(c.dep_ == "prep" and c.lower_ in ("to", "against") for c in noun.children)


def _names_a_person(words: list[Token]) -> bool:
    after = words[-1].i + 1
    return any(t.ent_type_ == "PERSON" for t in words) or (after < len(words[-1].doc) and words[-1].doc[after].ent_type_ == "PERSON")


def _modified_nouns(span: Span) -> list[Token]:
    """The words right of a name up to the noun it modifies ("foreign ministry")."""
    doc, position = span.doc, span.end
    if position < len(doc) and doc[position].tag_ == "POS":
        position += 1
    words: list[Token] = []
    while position < len(doc) and doc[position].pos_ in ("ADJ", "NOUN", "PROPN") and len(words) < 4:
        if doc[position].ent_type_ in ("PERSON", "GPE", "NORP"):
            break
        words.append(doc[position])
        position += 1
    while words and words[-1].pos_ not in ("NOUN", "PROPN"):
        words.pop()
    return words


# --- people: titles, appositions, later mentions -------------------------------------------


def _person_mentions(
    doc: Doc, known: list[Mention], knowledge: ActorKnowledge, year: int | None = None
) -> list[Mention]:
    registry: dict[str, list[Actor]] = {}
    first_seen: dict[str, int] = {}
    found = []
    country = _article_country(doc, known, load_domestic_rule())
    people = [e for e in entities(doc) if e.label_ == "PERSON"] + _listed_names_untagged(doc, known, knowledge, year)
    people += _possessed_names(doc, known, knowledge, people)
    people += _names_after_a_local_office(doc, known, knowledge, people)
    names = (_full_name(_after_title(e, known, knowledge)) for e in sorted(people, key=lambda e: e.start))
    widened: list[Mention] = []
    for ent in (e for e in names if not _covered(e, known)):
        if _covered(ent, widened):
            continue  # a part of a name already widened to the whole ("Jean- | Pierre Bemba")
        resolved = [m for m in found if m.actor is not None]
        mention = _person_mention(ent, known, knowledge, registry, year, country, resolved)
        listed = _listed_name(ent, [*known, *resolved], knowledge, year) if mention.actor is None else None
        if listed is not None:  # the tagger cut the listed name, or took a title or epithet into it
            ent, mention = listed, _person_mention(listed, known, knowledge, registry, year, country, resolved)
            found = [m for m in found if not _overlaps(m, mention)]  # the unresolved parts of the name
            widened.append(mention)
        found.append(mention)
        if mention.actor is not None and mention.actor.person:
            _register(registry, ent.text, mention.actor)
            first_seen.setdefault(mention.actor.person, ent.start_char)
    found.extend(_later_surnames(doc, [*known, *found], registry, first_seen))
    found.extend(_title_anaphors(doc, [*known, *found], knowledge))
    found.extend(_pronouns(doc, [*known, *found]))
    return found


def _person_mention(
    ent: Span, known: list[Mention], knowledge: ActorKnowledge, registry: dict[str, list[Actor]],
    year: int | None, country: str | None, people: Sequence[Mention] = (),
) -> Mention:
    registered = _registered_person(ent, registry)
    mention = _titled_person(ent, known, knowledge) or _possessor_title(ent, people, knowledge) or registered
    if registered.actor is not None and mention.actor.code == registered.actor.code:  # type: ignore[union-attr]
        # "Song, also vice director of …" after "DPRK delegation head Song Il-Ho": the person
        # named before, not a second one of the same name (which would leave "Song" ambiguous)
        mention = registered
    if mention.actor is None or (mention.actor.rule or "").endswith((NATIONALITY_SUFFIX, IGO_STAFF_SUFFIX)):
        # a listed person's office over the state a title's demonym alone gives ("his South
        # Korean counterpart Cho Tae-yul": KOR GOV), or a body's unlisted role ("UN chief
        # weapons inspector Hans Blix")
        mention = (_known_person(ent, knowledge, year) or _relative_role(ent, known, knowledge)
                   or _earlier_role(ent, known, knowledge)
                   or _titled_in_context(ent, known, knowledge, country)
                   or _party_in_context(ent, known, knowledge, country) or mention)
    return mention


def _relative_role(ent: Span, known: list[Mention], knowledge: ActorKnowledge) -> Mention | None:
    """"Yegor Stroyev, who heads Russia's Federation Council," → RUS, LEG: the head of a
    known body. After the listed people: "Obasanjo, who chairs the African Union" stays
    Nigeria's president."""
    actor = _actor_from_title(_relative_object(ent), ent, known, knowledge, rule="person.relative-role")
    return Mention(ent.start_char, ent.end_char, ent.text, actor, "PERSON") if actor is not None else None


def _earlier_role(ent: Span, known: list[Mention], knowledge: ActorKnowledge) -> Mention | None:
    """"A spokesman for the French army said … . '…,' spokesman Major Paul Durand said": a
    name whose title is only a role word (context.toml [roles] repeated_roles; ranks in
    capitals may follow it: "Commander Brigadier X") takes the office of the nearest earlier unnamed holder of the same
    role within a few sentences, whose "for"/"of" phrase or modifiers name a state or body
    ("a UN spokesman") (rule person.earlier-role)."""
    title = _title_before(ent)
    roles = load_context_file().roles
    if (not title or title[0].lower_ not in roles.repeated_roles or not all(t.is_title for t in title[1:])
            or any(_inside(t, known) for t in title)):
        return None
    role, doc = title[0].lower_, ent.doc
    first = sentences_back(doc, ent.start, roles.repeated_role_sentences)
    for token in reversed(doc[first : title[0].i]):
        if token.lower_ != role or token.pos_ != "NOUN" or not _unnamed(token):
            continue
        body = _role_body(token)
        actor = _actor_from_title(body, ent, known, knowledge, rule="person.earlier-role") if body else None
        if actor is not None:
            actor = dataclasses.replace(actor, office=role)
            return Mention(ent.start_char, ent.end_char, ent.text, actor, "PERSON")
        return None  # the nearest such holder names no body: no older one counts
    return None


def _unnamed(role: Token) -> bool:
    """"a spokesman for the army", "the commander of X": a role noun with an article and no
    name beside it (not "spokesman Paul Durand", "the spokesman, Paul Durand,")."""
    doc = role.doc
    article = any(t.dep_ == "det" for t in role.children)
    after = doc[role.i + 1] if role.i + 1 < len(doc) else None
    named = any(t.ent_type_ == "PERSON" for t in doc[role.i + 1 : min(len(doc), role.i + 3)])
    return article and not named and (after is None or after.ent_type_ != "PERSON")


def _role_body(role: Token) -> list[Token]:
    """The words of an unnamed role holder's title: the role noun with its modifiers
    before it ("a UN spokesman", "a Vatican spokesman") and its "for"/"of" phrase after it
    ("a spokesman for the French army information service"), without articles."""
    words = list(role.doc[role.left_edge.i : role.i + 1])
    for prep in role.rights:
        if prep.dep_ == "prep" and prep.lower_ in OF_PREPOSITIONS:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                words += [prep, *objects[0].subtree]
                break
    return [t for t in words if t.pos_ != "DET"][:MAX_TITLE_TOKENS]


def _possessor_title(ent: Span, people: Sequence[Mention], knowledge: ActorKnowledge) -> Mention | None:
    """"Mobutu's aide, Honore Ngbanda Nzambo," "Yeltsin's spokesman Sergei Yastrzhembsky":
    the aide of a person already resolved acts for that person's polity, in the office's
    sectors ("Mobutu's defence minister" GOV, MIL), else the possessor's ("Tsvangirai's
    spokesman" OPP). Only a role that serves a state counts: "Mubarak's son", "Bush's
    wife" and "Putin's doctor" name no office (sectors.tsv)."""
    title = _title_before(ent)
    marks = [i for i, t in enumerate(title) if t.tag_ == "POS"]
    if not marks or marks[-1] == 0 or marks[-1] == len(title) - 1:
        return None
    possessor = _first_known(title[marks[-1] - 1 : marks[-1]], list(people))
    role = title[marks[-1] + 1 :]
    if possessor is None or possessor.actor is None or not possessor.actor.person:
        return None
    own, posting = _split_posting(role)
    words = " ".join(t.text for t in own)
    if not set(knowledge.sector_for(words)) & NATIONAL_OFFICE_SECTORS:
        return None
    sectors = knowledge.office_sectors(words) or possessor.actor.sectors or knowledge.sector_for(words)
    office = " ".join(t.lower_ for t in own if t.pos_ != "DET")
    posting_code = _first_code(posting, list(people))
    actor = Actor(code=possessor.actor.code, sectors=sectors, name=ent.text, person=ent.text,
                  office=f"{office} to {posting_code}" if posting_code else office, rule="person.possessor-title")
    return Mention(role[0].idx, ent.end_char, doc_text(ent.doc)[role[0].idx : ent.end_char], actor, "PERSON")


def _party_in_context(
    ent: Span, known: list[Mention], knowledge: ActorKnowledge, article_country: str | None
) -> Mention | None:
    """"SDP chairman Takako Doi", "Ichiro Ozawa, who heads the main opposition New
    Frontier Party (NFP)," in an article about Japan: the officer of a party the gazetteer
    does not know is of the country the article is about, when the sentence (and the one
    before) names no other state (rule person.party-article-country); PTY, and OPP when
    the phrase says "opposition" (context.toml [roles])."""
    if article_country is None:
        return None
    title, relative = _title_before(ent), _relative_object(ent)
    words = relative or title
    if not words or any(_inside(t, known) for t in words):
        return None
    party = _unknown_party(words) if relative else _party_office(title)
    if not party:
        return None
    start, end = sentence_bounds(ent.doc, ent.start)
    first, last = ent.doc[start].idx, ent.doc[end - 1].idx + len(ent.doc[end - 1])
    before = _countries_named(known, ent.doc[sentence_bounds(ent.doc, start - 1)[0]].idx, first) if start else set()
    if not _countries_named(known, first, last) | before <= {article_country}:
        return None
    opposition = any(t.lower_ == "opposition" for t in words)
    sectors = knowledge.sector_for("opposition party" if opposition else "party")
    office = "head of party" if relative else " ".join(t.lower_ for t in title[len(party) :])
    actor = Actor(code=article_country, sectors=sectors, name=ent.text, person=ent.text, office=office,
                  rule="person.party-article-country")
    span_start = ent.start_char if relative else title[0].idx
    return Mention(span_start, ent.end_char, doc_text(ent.doc)[span_start : ent.end_char], actor, "PERSON")


def _party_office(title: list[Token]) -> list[Token]:
    """The party's name in "SDP chairman", "New Frontier Party leader": the words before a
    party office (context.toml [roles] party_offices) when they name an unknown party."""
    offices = {office.lower() for office in load_context_file().roles.party_offices}
    for cut in range(1, len(title)):
        office = doc_text(title[0].doc)[title[cut].idx : title[-1].idx + len(title[-1])].lower()
        if office in offices:
            return title[:cut] if _unknown_party(title[:cut]) else []
    return []


def _unknown_party(words: Sequence[Token]) -> list[Token]:
    """A party's name: capitalized words ending in a party word ("New Frontier Party"),
    or an acronym the story introduces in brackets after such a name ("(SDP)")."""
    party_words = load_context_file().roles.party_words
    names = [t for t in words if t.pos_ == "PROPN" or t.is_title or t.is_upper]
    if not names:
        return []
    last = names[-1]
    if last.lower_ in party_words and last.is_title and len(names) > 1:
        return list(words)
    if len(names) == 1 and last.is_upper and len(last) > 1 and _introduced_as_party(last):
        return list(words)
    return []


def _introduced_as_party(acronym: Token) -> bool:
    """"the Social Democratic Party (SDP)": the story spells the acronym out as a party."""
    words = "|".join(re.escape(w) for w in load_context_file().roles.party_words)
    pattern = rf"\b(?:{words})\b[^.()]{{0,40}}\({re.escape(acronym.text)}\)"
    return re.search(pattern, doc_text(acronym.doc), re.IGNORECASE) is not None


def _relative_object(ent: Span) -> list[Token]:
    """"X, who heads the main opposition New Frontier Party (NFP)," → the words of what
    the relative clause says the person heads (context.toml [roles] head_verbs), or is
    in charge of (head_phrases after a form of "be": "who is in charge of the army")."""
    doc, position = ent.doc, ent.end
    if position + 2 >= len(doc) or doc[position].text != "," or doc[position + 1].lower_ not in RELATIVE_WHO:
        return []
    verb, after = doc[position + 2], position + 3
    if verb.lemma_.lower() not in load_context_file().roles.head_verbs:
        after = _head_phrase_end(doc, position + 2)
        if after is None:
            return []
    tokens = []
    for token in doc[after : min(sentence_bounds(doc, ent.start)[1], position + 3 + MAX_TITLE_TOKENS)]:
        if token.text in (",", ";", "(", ")") or token.pos_ in ("VERB", "AUX"):
            break
        tokens.append(token)
    return [t for t in tokens if t.pos_ != "DET"]


def _head_phrase_end(doc: Doc, position: int) -> int | None:
    """"is in charge of", "was in command of": a form of "be" at `position` then one of
    context.toml [roles] head_phrases; the index after the phrase, or None."""
    if doc[position].lemma_.lower() != "be":
        return None
    for phrase in load_context_file().roles.head_phrases:
        words = phrase.split()
        found = [t.lower_ for t in doc[position + 1 : position + 1 + len(words)]]
        if found == words:
            return position + 1 + len(words)
    return None


MAX_NAME_WIDENING = 4  # name words the tagger may have left out on either side ("Zine El | Abidine Ben Ali")


def _listed_name(ent: Span, known: list[Mention], knowledge: ActorKnowledge, year: int | None) -> Span | None:
    """The listed person (people.tsv) a PERSON span was cut from or holds: "Vice President
    Jean- | Pierre Bemba" and "Sheikh | Hasina" widened over the name words around them;
    "Iron Lady Ellen Johnson-Sirleaf", "Jordanian Abu Musab al-Zarqawi" and "Omar Bongo
    Ondimba of Gabon" narrowed to the listed full name they hold. A single listed word
    ("Bush", "Castro") is taken out of a span only after a title ("President Bush"), never
    after a given name ("Juanita Castro" is someone else). The words left out stay before
    the name, where they are read as its title."""
    people = load_people()
    return next((span for span in _widened(ent, known) if people.lookup(span.text, year) is not None), None) or next(
        (span for span in _narrowed(ent) if people.lookup(span.text, year) is not None
         and (_name_words(span) > 1 or _is_title(ent.doc[ent.start : span.start], knowledge))),
        None,
    )


def _name_words(span: Span) -> int:
    """Words of a name as written: "Ellen Johnson-Sirleaf" has two."""
    return sum(1 for word in span.text.split() if any(c.isalpha() for c in word))


def _widened(ent: Span, known: list[Mention]) -> Iterable[Span]:
    """The span with the name words around it, fewest added first: capitalized proper
    nouns, and a hyphen joining two of them ("Jean- Pierre"), none a known name. Across
    a sentence boundary too: the parser often ends a sentence where the tagger cut the name."""
    doc = ent.doc
    left, right = ent.start, ent.end
    while left > 0 and ent.start - left < MAX_NAME_WIDENING and _name_word(doc[left - 1], known):
        left -= 1
    while right < len(doc) and right - ent.end < MAX_NAME_WIDENING and _name_word(doc[right], known):
        right += 1
    spans = [doc[s:e] for s in range(left, ent.start + 1) for e in range(ent.end, right + 1)
             if (s, e) != (ent.start, ent.end)]
    return sorted(spans, key=len)


def _name_word(token: Token, known: list[Mention]) -> bool:
    name = token.pos_ == "PROPN" and token.is_title
    return (name or (token.tag_ == "HYPH" and _attached(token))) and not _inside(token, known)


def _narrowed(ent: Span) -> Iterable[Span]:
    """The span without its first words, fewest left out first; and without an "of"
    and what follows it ("Omar Bongo Ondimba of Gabon": the country is read as the name's).
    Never from inside a word ("pro-Thaksin Shinawatra" holds no "Thaksin Shinawatra")."""
    doc = ent.doc
    ends = [ent.end, *(t.i for t in ent[1:] if t.lower_ == "of")]
    starts = [i for i in range(ent.start, ent.end) if doc[i].is_alpha and (i == ent.start or not _attached(doc[i]))]
    return [doc[start:end] for start in starts for end in ends
            if start < end and (start, end) != (ent.start, ent.end) and not doc[end - 1].is_punct]


def _is_title(words: Span, knowledge: ActorKnowledge) -> bool:
    """"President", "Ayatollah", "Mr.": words giving a sector (sectors.tsv), or honorifics."""
    honorifics = load_pronoun_rule().honorifics
    return bool(knowledge.sector_for(words.text)) or all(t.lower_.rstrip(".") in honorifics for t in words)


NAME_LABELS = ("GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")


def _listed_names_untagged(doc: Doc, known: list[Mention], knowledge: ActorKnowledge, year: int | None) -> list[Span]:
    """Listed people (data/actors/people.tsv) the parser did not tag as persons: "Thabo
    Mbeki" tagged a place, "Mbeki" left untagged. An entity of another kind whose whole
    text is a listed name, or that holds one after a title or was cut from one, as a
    PERSON span is read ("Lieutenant General Khin Nyunt" tagged an organisation,
    "Alejandro | Toledo" a place); or a run of proper nouns outside every entity that is one."""
    people = load_people()
    persons = [e for e in entities(doc) if e.label_ == "PERSON"]
    found = []
    for ent in (e for e in entities(doc) if e.label_ in NAME_LABELS and not _covered(e, known)):
        listed = ent if people.lookup(ent.text) is not None else _listed_name(ent, known, knowledge, year)
        tagged_person = listed is not None and any(p.start < listed.end and listed.start < p.end for p in persons)
        if listed is ent or (listed is not None and not tagged_person):  # a PERSON span is read on its own
            found.append(Span(doc, listed.start, listed.end, label="PERSON"))
    tagged = {i for e in entities(doc) for i in range(e.start, e.end)}
    run: list[Token] = []
    for token in (*doc, None):
        if token is not None and token.pos_ == "PROPN" and token.i not in tagged and token.is_title:
            run.append(token)
            continue
        if run:
            span = doc[run[0].i : run[-1].i + 1]
            if people.lookup(span.text) is not None and not _covered(span, known):
                found.append(Span(doc, span.start, span.end, label="PERSON"))
            run = []
    return found


def _names_after_a_local_office(doc: Doc, known: list[Mention], knowledge: ActorKnowledge, people: list[Span]) -> list[Span]:
    """"Okinawa Governor Masahide Ota" tagged as one organisation, or "Masahide Ota" tagged
    one after "Okinawa Governor": two or more proper nouns with no sector, after a state
    office ("Governor", "chief minister") that a town or a division of a state opens, are
    a person's name, read as a PERSON span (`_town_of_office` places it)."""
    found = []
    for ent in (e for e in entities(doc) if e.label_ in NAME_LABELS and not _covered(e, known) and not _covered(e, people)):
        end, start = ent.end, ent.end
        while start > ent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not knowledge.sector_for(doc[start - 1].text):
            start -= 1
        if end - start < 2 or (start == ent.start and ent.label_ not in MISTAKEN_NAME_LABELS):
            continue
        office = start
        while office > 0 and knowledge.sector_for(doc[office - 1].text) and doc[office - 1].is_title:
            office -= 1
        place = office
        while place > 0 and doc[place - 1].is_title and doc[place - 1].pos_ == "PROPN" and not knowledge.sector_for(doc[place - 1].text):
            place -= 1
        if office == start or place == office or not set(knowledge.office_sectors(doc[office:start].text)) & NATIONAL_OFFICE_SECTORS:
            continue
        if city_country(doc[place:office].text) or _division_country(doc[place:office].text, knowledge):
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def _possessed_names(doc: Doc, known: list[Mention], knowledge: ActorKnowledge, people: list[Span]) -> list[Span]:
    """"Mobutu's envoy Honore Ngbanda Nzambo" tagged a nationality or an organisation: a
    name of two or more proper nouns after a person's possessive role ("'s aide") is a
    person's, read as a PERSON span."""
    found = []
    for ent in (e for e in entities(doc) if e.label_ in NAME_LABELS and not _covered(e, known)):
        if len(ent) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
            continue
        title = _title_before(ent)
        marks = [i for i, t in enumerate(title) if t.tag_ == "POS"]
        if not marks or marks[-1] in (0, len(title) - 1):
            continue
        owner = title[marks[-1] - 1]
        role = " ".join(t.text for t in title[marks[-1] + 1 :])
        by_person = any(p.start <= owner.i < p.end for p in people)
        if by_person and set(knowledge.sector_for(role)) & NATIONAL_OFFICE_SECTORS:
            found.append(Span(doc, ent.start, ent.end, label="PERSON"))
    return found


# --- "he", "she", "the latter": the person they stand for ---------------------------------


@dataclasses.dataclass(slots=True, frozen=True)
class PronounRule:
    """Words that tell a person's gender, and how far back a pronoun looks (context.toml)."""

    pronouns: dict[str, str]  # pronoun → gender ("he" → "male")
    gender_words: dict[str, str]  # "mrs" → "female", "king" → "male"
    latter: frozenset[str]
    sentences_back: int
    honorifics: frozenset[str]
    name_particles: tuple[str, ...]
    same_office: tuple[frozenset[str], ...]


@functools.cache
def load_pronoun_rule() -> PronounRule:
    section = load_context_file().pronouns
    pronouns = {word.lower(): "male" for word in section.male_pronouns}
    pronouns.update((word.lower(), "female") for word in section.female_pronouns)
    words = {word.lower(): "male" for word in section.male_words}
    words.update((word.lower(), "female") for word in section.female_words)
    latter = frozenset(phrase.lower() for phrase in section.latter)
    honorifics = frozenset(word.lower() for word in section.honorifics)
    particles = tuple(word.lower() for word in section.name_particles)
    same_office = tuple(frozenset(w.lower() for w in group) for group in section.same_office)
    return PronounRule(pronouns, words, latter, section.sentences_back, honorifics, particles, same_office)


def _pronouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"he", "she", "him", "her" → the person they stand for: in the same sentence the
    subject before them ("Putin said he …"), else the subject of the nearest earlier
    sentence that names a person, else its first person; a person whose title or
    honorific tells the other gender is passed over. "The latter" → the last person named."""
    rule = load_pronoun_rule()
    people = sorted((m for m in mentions if m.actor is not None and m.actor.person), key=lambda m: m.start)
    if not people:
        return []
    by_person: dict[str, set[str]] = {}
    for mention in people:
        gender = _gender(doc, mention, rule)
        if gender is not None:
            by_person.setdefault(mention.actor.person, set()).add(gender)  # type: ignore[union-attr,arg-type]
    genders = {m.start: _only(by_person.get(m.actor.person, set())) for m in people}  # type: ignore[union-attr,arg-type]
    quoted: frozenset[int] | None = None  # found at the first pronoun
    found = []
    for token in doc:
        word = token.lower_
        latter = word == "latter" and token.i > 0 and f"the {word}" in rule.latter and doc[token.i - 1].lower_ == "the"
        if word not in rule.pronouns and not latter:
            continue
        if latter:
            start = doc[token.i - 1].idx
            before = [p for p in people if p.end <= start]
            person = before[-1] if before else None
        else:
            start = token.idx
            if quoted is None:
                quoted = frozenset(p.start for p in people if _quoted(doc, p.start))
            person = _antecedent(doc, token, people, genders, rule, quoted)
        if person is not None and not _covered(doc[token.i : token.i + 1], mentions):
            actor = dataclasses.replace(person.actor, rule="person.pronoun")  # type: ignore[arg-type]
            found.append(Mention(start, token.idx + len(token), doc_text(doc)[start : token.idx + len(token)], actor, None))
    return found


def _antecedent(
    doc: Doc, pronoun: Token, people: list[Mention], genders: dict[int, str | None], rule: PronounRule,
    quoted: frozenset[int],
) -> Mention | None:
    """The person a pronoun stands for (see `_pronouns`); `quoted`: the starts of the
    people named inside quotation marks."""
    gender = rule.pronouns[pronoun.lower_]
    subject = _own_clause_subject(pronoun, people)
    fitting = [p for p in people if genders[p.start] in (None, gender) and (subject is None or p.actor.person != subject)]  # type: ignore[union-attr]
    sentence_start, _ = sentence_bounds(doc, pronoun.i)
    if not _quoted(doc, pronoun.idx):
        # '"We appreciate the decision by Chirac," he said': a speaker is not someone
        # his own or another's quoted words name
        fitting = [p for p in fitting if p.start not in quoted]
    same = [p for p in fitting if doc[sentence_start].idx <= p.start and p.end <= pronoun.idx]
    if same:
        return _subject_first(doc, same, last=True)
    position = sentence_start
    for _ in range(rule.sentences_back):
        if position == 0:
            return None
        position, end = sentence_bounds(doc, position - 1)
        first, last = doc[position].idx, doc[end - 1].idx + len(doc[end - 1])
        earlier = [p for p in fitting if first <= p.start < last]
        if earlier:
            return _subject_first(doc, earlier, last=False)
    return None


OPENING_QUOTES = ("\u201c", "``")
CLOSING_QUOTES = ("\u201d", "''")


def _quoted(doc: Doc, offset: int) -> bool:
    """Is the offset inside quotation marks opened in its own sentence (straight marks
    counted, curly and TeX-style ones paired)?"""
    start, _ = sentence_bounds(doc, doc.char_span(offset, offset + 1, alignment_mode="expand").start)
    before = doc_text(doc)[doc[start].idx : offset]
    if before.count('"') % 2:
        return True
    opened = max(before.rfind(mark) for mark in OPENING_QUOTES)
    return opened > max(before.rfind(mark) for mark in CLOSING_QUOTES)


def _own_clause_subject(pronoun: Token, people: list[Mention]) -> str | None:
    """"Hu congratulated her": an object pronoun never stands for the person who is the
    subject of its own clause (that would be "herself"); that person, if any."""
    if pronoun.dep_ not in ("dobj", "dative", "iobj"):
        return None
    subjects = [s for s in pronoun.head.children if s.dep_ in ("nsubj", "nsubjpass")]
    found = [p for p in people for s in subjects if p.start <= s.idx < p.end]
    return found[0].actor.person if found else None  # type: ignore[union-attr]


def _clause_subject(pronoun: Token, candidates: list[Mention]) -> Mention | None:
    """The person subject of the nearest clause above the pronoun that has one: "Putin
    said he …" → Putin; "… Kim Jong Un, who said his government …" → Kim (a relative
    "who" stands for its noun)."""
    for verb in (a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")):
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i):
            if subject.lower_ in RELATIVE_WHO and verb.dep_ == "relcl":
                subject = verb.head
            found = [m for m in candidates if m.start <= subject.idx < m.end]
            if found:
                return found[0]
    return None


def _subject_first(doc: Doc, candidates: list[Mention], *, last: bool) -> Mention:
    """The candidate that is a subject, else the last (same sentence) or first one."""
    subjects = [m for m in candidates if _root_dep(doc, m) in ("nsubj", "nsubjpass")]
    pool = subjects or candidates
    return pool[-1] if last else pool[0]


def _root_dep(doc: Doc, mention: Mention) -> str:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root.dep_ if span is not None else ""


def _gender(doc: Doc, mention: Mention, rule: PronounRule) -> str | None:
    """The gender a person's title or honorific shows ("Mrs", "Queen", "spokeswoman")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    words = [t.lower_.rstrip(".") for t in doc[max(0, span.start - 2) : span.end]]
    return _only({rule.gender_words[w] for w in words if w in rule.gender_words})


def _only(items: set[str]) -> str | None:
    return next(iter(items)) if len(items) == 1 else None


MISTAKEN_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})


def _later_surnames(
    doc: Doc, mentions: list[Mention], registry: dict[str, list[Actor]], first_seen: dict[str, int]
) -> list[Mention]:
    """"Hill" after "Christopher Hill, U.S. assistant secretary of state", "Wang" after
    "Chinese Foreign Minister Wang Yi": a name registered earlier in the article that
    the tagger later took for an organisation or place, or left untagged."""
    spans = [ent for ent in entities(doc) if ent.label_ in MISTAKEN_NAME_LABELS]
    spans += [doc[t.i : t.i + 1] for t in doc if t.is_title and not t.ent_type_ and t.text in registry]
    found = []
    for span in spans:
        people = registry.get(span.text, [])
        if len(people) != 1 or _covered(span, mentions) or first_seen.get(people[0].person or "", span.start_char) >= span.start_char:
            continue
        actor = dataclasses.replace(people[0], rule="person.alias")
        found.append(Mention(span.start_char, span.end_char, span.text, actor, "PERSON"))
    return found


def _after_title(ent: Span, known: list[Mention], knowledge: ActorKnowledge) -> Span:
    """"Jordanian King Abdullah II" tagged as one name: the name starts after a known name
    and the title words that follow it ("Abdullah II"), and the title is read as a title."""
    start = ent.start
    while start < ent.end - 1 and (_inside(ent.doc[start], known) or _names_a_country(ent.doc[start], knowledge)):
        start += 1
    named = start
    while start < ent.end - 1 and knowledge.sector_for(ent.doc[start].text):
        start += 1
    return ent.doc[start : ent.end] if ent.start < named < start else ent


def _country_word(tokens: Sequence[Token], knowledge: ActorKnowledge) -> Mention | None:
    """A country name or demonym in a title that the tagger put inside the person's name
    ("Nepali King Gyanendra"), so that no mention of its own covers it."""
    for token in (t for t in tokens if _names_a_country(t, knowledge)):
        found = knowledge.lookup(token.text)
        actor = Actor(code=found.code, sectors=found.sectors, name=found.name, rule=f"gazetteer.{found.kind}")  # type: ignore[union-attr]
        return Mention(token.idx, token.idx + len(token), token.text, actor, token.ent_type_ or None)
    return None


def _town_of_office(tokens: Sequence[Token], known: list[Mention], knowledge: ActorKnowledge) -> Mention | None:
    """"Hebron mayor Ali Qawasmi", "the mufti of Istanbul, Mustafa Cagrici,", "Juan Diaz,
    governor of Cuzco,": a town the gazetteer does not know (GeoNames places it) in a title
    that names an office (a `title` row: mayor, governor, police, mufti; not a role alone,
    "spokesman") is that office in the town's country, as PLOVER codes local officials.
    The town is a whole name, which the tagger calls a place (GPE, LOC) or which follows
    the office's "of" (the small tagger often takes "of Izmir" for a person): "Independence
    Party leader" is no town's; a town written against a hyphen ("Istanbul-born") is a
    birth or a base. The town's country must be named elsewhere in the article (by any name the
    gazetteer places in it): GeoNames knows towns, not provinces or states, so
    "Bali police chief" (an Indian town) or "Virginia governor" (a South African one) in a
    story naming neither country is left alone."""
    words = {t.i for t in tokens}
    for whole in (_entity_at(t) for t in tokens if t.ent_iob_ == "B"):
        ent = _place_before_office(whole, words, knowledge) or whole
        after_of = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "of"
        if (not all(i in words for i in range(ent.start, ent.end))
                or not (ent[0].ent_type_ in PLACE_LABELS or after_of or _state_office_follows(ent, words, knowledge))):
            continue
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        code = city_country(ent.text) or _division_country(ent.text, knowledge)
        country = knowledge.by_iso3(code) if code else None
        if country is None or (after is not None and after.tag_ == "HYPH") or not _state_named(known, country.code):
            continue
        office = " ".join(t.text for t in tokens if not (ent.start <= t.i < ent.end) and not _inside(t, known))
        if knowledge.office_sectors(office):
            actor = Actor(code=country.code, name=ent.text, rule="geonames.city")
            return Mention(ent.start_char, ent.end_char, ent.text, actor, ent[0].ent_type_)
    return None


def _place_before_office(ent: Span, words: set[int], knowledge: ActorKnowledge) -> Span | None:
    """"Okinawa Governor" or "Sindh Governor Ishratul Ibad" tagged as one organisation:
    the capitalised words of the entity before its first word with a sector, when a state
    office (GOV, COP…) follows them in the title ("Independence Party" is no place's
    party); None when the entity is not so made."""
    for split in range(1, len(ent)):
        if knowledge.sector_for(ent[split].text):
            place = ent[:split]
            return place if all(t.is_title for t in place) and _state_office_follows(place, words, knowledge) else None
    return None


def _state_office_follows(place: Span, words: set[int], knowledge: ActorKnowledge) -> bool:
    """Do the title's words right after `place` name an office of a state ("Governor",
    "chief minister", "state governor", "police chief"), not a party's or a role alone
    ("Party leader", "spokesman")? The words run to the end of the title or to a name."""
    doc, end = place.doc, place.end
    while end in words and (doc[end].is_lower or knowledge.sector_for(doc[end].text)) and doc[end].ent_type_ != "PERSON":
        end += 1
    office = " ".join(t.text for t in doc[place.end : end])
    return bool(office) and bool(set(knowledge.office_sectors(office)) & NATIONAL_OFFICE_SECTORS)


def _division_country(name: str, knowledge: ActorKnowledge) -> str | None:
    """The state of a province, prefecture, region or federated state (ISO 3166-2) named
    `name`, when no gazetteer name is written so ("Georgia" is the state; "Niger" is no
    Nigerian state here)."""
    return None if knowledge.lookup(name) is not None else division_country(name)


def _state_named(known: Sequence[Mention], code: str) -> bool:
    """Does the article name the state `code` itself (not only through a person)?"""
    return any(m.actor is not None and m.actor.code == code and not m.actor.person for m in known)


def _entity_at(first: Token) -> Span:
    """The named entity that begins at `first` (its label is its tokens' `ent_type_`)."""
    end = first.i + 1
    while end < len(first.doc) and first.doc[end].ent_iob_ == "I":
        end += 1
    return first.doc[first.i : end]


def _names_a_country(token: Token, knowledge: ActorKnowledge) -> bool:
    known = knowledge.lookup(token.text)
    return known is not None and known.kind in ("country", "demonym")


def _titled_person(ent: Span, known: list[Mention], knowledge: ActorKnowledge) -> Mention | None:
    """"Russian Ambassador to North Korea Alexander Matsegora" or "Alexander Matsegora,
    Russia's ambassador to North Korea," → RUS, GOV, office "ambassador to PRK"."""
    sources = (
        (_title_before(ent), "person.title"),
        (_apposition_after(ent, known, knowledge), "person.apposition"),
        (_country_after(ent), "person.title-of"),
    )
    for tokens, rule in sources:
        actor = _actor_from_title(tokens, ent, known, knowledge, rule=rule)
        if actor is not None:
            tokens = _after_a_thing(tokens, knowledge) if rule == "person.title" else tokens
            start = min(tokens[0].idx, ent.start_char) if tokens and rule == "person.title" else ent.start_char
            if any(m.start < start < m.end for m in known):
                start = ent.start_char  # the title starts inside a mention of its own ("U.N. Secretary-General")
            return Mention(start, ent.end_char, doc_text(ent.doc)[start : ent.end_char], actor, "PERSON")
    return None


def _after_a_thing(title: list[Token], knowledge: ActorKnowledge) -> list[Token]:
    """"a meeting of Palestinian leader Mahmud Abbas": the title starts after an "of"
    or "for" that follows only common words naming no office ("Secretary of State" and
    "head of the delegation" keep theirs)."""
    for position, token in enumerate(title):
        if token.lower_ in OF_PREPOSITIONS:
            before = title[:position]
            if before and all(t.is_lower and not knowledge.sector_for(t.text) for t in before):
                return title[position + 1 :]
            break
    return title


def _known_person(ent: Span, knowledge: ActorKnowledge, year: int | None = None) -> Mention | None:
    """A well-known figure by name ("Putin", "Yoweri Museveni", "Bush" in a 2005 story):
    data/actors/people.tsv."""
    person = load_people().lookup(ent.text, year)
    if person is None:
        return None
    title = _title_before(ent)
    # "Ousted President Askar Akayev": the title's sectors (ELI) over the listed ones.
    first = title[0].i if title else ent.start
    former = [t for t in ent.doc[max(0, first - 2) : first] if t.lower_ in FORMER_WORDS]
    words = " ".join(t.text for t in (*former, *title))
    sectors = (knowledge.sector_for(words) if words else ()) or person.sectors
    actor = Actor(code=person.code, sectors=sectors, name=person.name, person=ent.text, rule="person.known")
    # the name only: the title may be a mention of its own ("U.N. Secretary-General")
    return Mention(ent.start_char, ent.end_char, ent.text, actor, "PERSON")


def _titled_in_context(
    ent: Span, known: list[Mention], knowledge: ActorKnowledge, article_country: str | None
) -> Mention | None:
    """"President Laurent Gbagbo announced … a curfew in Abidjan": a national office
    with no country of its own is the article's country's, when the article is about one
    country, the sentence names no other, and the title names an office, not only a role
    ("spokesman", "chairman") (rule person.title-article-country); in
    another article, the country of its sentence, when that names one only
    (person.title-sentence-country). A guess an analyst makes too; the rule names it."""
    title = _title_before(ent)
    sectors = knowledge.sector_for(" ".join(t.text for t in title)) if title else ()
    if not set(sectors) & NATIONAL_OFFICE_SECTORS:
        return None
    if (by_people := _people_title(ent, title, sectors, known, article_country)) is not None:
        return by_people or None
    start, end = sentence_bounds(ent.doc, ent.start)
    first, last = ent.doc[start].idx, ent.doc[end - 1].idx + len(ent.doc[end - 1])
    countries = _countries_named(known, first, last)
    before = _countries_named(known, ent.doc[sentence_bounds(ent.doc, start - 1)[0]].idx, first) if start else set()
    office_words = " ".join(t.text for t in title)
    # "U.S. Democratic leaders in the Senate … The Democrats — Senator Harry Reid …" in
    # an article about Iraq: the sentence before naming another state leaves it open
    if len(countries) <= 1 and _posted_there(ent):
        # foreign forces are stationed: the article's one other state, if it names two
        others = _countries_named(known, 0, len(doc_text(ent.doc))) - countries
        if len(countries) != 1 or len(others) != 1:
            return None
        code, rule = others.pop(), "person.posted-abroad"
    elif (article_country is not None and countries | before <= {article_country}
            and knowledge.office_sectors(office_words)):
        code, rule = article_country, "person.title-article-country"
    elif article_country is None and len(countries) == 1:
        code, rule = countries.pop(), "person.title-sentence-country"
    else:
        return None
    office = " ".join(t.lower_ for t in title if t.pos_ != "DET")
    actor = Actor(code=code, sectors=sectors, name=ent.text, person=ent.text, office=office or None, rule=rule)
    return Mention(title[0].idx, ent.end_char, doc_text(ent.doc)[title[0].idx : ent.end_char], actor, "PERSON")


def _people_title(
    ent: Span, title: list[Token], sectors: tuple[str, ...], known: list[Mention], article_country: str | None
) -> Mention | Literal[False] | None:
    """"Druze Telecommunications Minister Marwan Hamadeh" in a story naming Lebanon and
    Syria: a state office (context.toml [peoples] sectors) whose title names a people of
    several states is of the state `_people_state` gives, not of the state its sentence
    names (rule person.title-people); False (nobody's) when the article leaves that state
    open; None when the title names no such people or another kind of office."""
    peoples = load_people_states()
    words = [t.text for t in title if peoples.word(t.text)]
    if not words or not sectors or sectors[0] not in peoples.sectors:
        return None
    named = _countries_named(known, 0, len(doc_text(ent.doc)))
    code = _people_state(peoples, words, named, article_country)
    if code is None:
        return False
    office = " ".join(t.lower_ for t in title if t.pos_ != "DET" and not peoples.word(t.text))
    actor = Actor(code=code, sectors=sectors, name=ent.text, person=ent.text, office=office or None,
                  rule="person.title-people")
    return Mention(title[0].idx, ent.end_char, doc_text(ent.doc)[title[0].idx : ent.end_char], actor, "PERSON")


def _posted_there(ent: Span) -> bool:
    """"Air Force sergeant X, stationed at the base on the Japanese island,": the name is
    followed by a participle of posting ([roles] posting_verbs) and a preposition of place,
    so its sentence's state is where the person serves, not whose: the person is the
    article's other state's when the article names exactly two (rule person.posted-abroad),
    else nobody's."""
    doc, verbs = ent.doc, load_context_file().roles.posting_verbs
    after = doc[ent.end : ent.end + 3]
    if len(after) == 3 and after[0].text == ",":
        return after[1].lower_ in verbs and after[2].lower_ in ("at", "in", "on", "near", "to")
    return len(after) >= 2 and after[0].lower_ in verbs and after[1].lower_ in ("at", "in", "on", "near", "to")


def _countries_named(known: list[Mention], first: int, last: int) -> set[str]:
    """The states named (not through a person) between two offsets."""
    return {
        m.actor.code for m in known
        if m.actor is not None and first <= m.start < last and not m.actor.person and m.actor.code not in NON_STATE_CODES
    }


def _title_before(ent: Span) -> list[Token]:
    """The title words before a name, also across one comma ("Russia's envoy to the UN,
    Vassily Nebenzia"), but not another person's name and title before that comma ("In
    a meeting with Kenyan Foreign Minister Raphael Tuju, Li Zhaoxing said")."""
    doc, tokens = ent.doc, []
    sentence_start, _ = sentence_bounds(doc, ent.start)
    position = ent.start - 1
    if position > sentence_start and doc[position].text == ",":
        position -= 1
        if doc[position].ent_type_ == "PERSON":
            return []
    while position >= sentence_start and len(tokens) < MAX_TITLE_TOKENS:
        token = doc[position]
        if tokens and _bracketed_acronym(doc, position, sentence_start):
            position -= 3  # "the UN Environment Program (UNEP) Executive Director Steiner"
            continue
        if not _title_word(token) and not (tokens and _joins_office_words(doc, position, sentence_start)):
            break
        tokens.insert(0, token)
        position -= 1
    while tokens and (tokens[0].is_punct or tokens[0].pos_ == "ADP"):
        tokens.pop(0)
    return tokens


def _joins_office_words(doc: Doc, position: int, sentence_start: int) -> bool:
    """An "and" or a comma between the capitalised words of an office's "of" or "for"
    phrase: "Minister of Trade and Industry", "Minister of Economy, Trade and Industry";
    not between places or people ("Officials of France and German Chancellor X")."""
    if doc[position].lower_ not in COORDINATING_TITLE_WORDS or not doc[position + 1].is_title:
        return False
    before = position - 1
    while before > sentence_start and position - before <= MAX_TITLE_TOKENS:
        token = doc[before]
        if token.lower_ in OF_PREPOSITIONS:
            words = doc[before + 1 : position + 2]
            return (doc[before - 1].is_title and doc[before + 1].is_title
                    and not any(word.ent_type_ in NAMED_NOT_OFFICE for word in words))
        if not (token.is_title or token.lower_ in COORDINATING_TITLE_WORDS):
            return False
        before -= 1
    return False


def _bracketed_acronym(doc: Doc, position: int, sentence_start: int) -> bool:
    """"(UNEP)" ending at `position`: a body's acronym between its name and a role."""
    return (position - 2 >= sentence_start and doc[position].text == ")" and doc[position - 2].text == "("
            and doc[position - 1].text.isupper() and doc[position - 1].is_alpha)


def _title_word(token: Token) -> bool:
    if token.pos_ in TITLE_POS or token.tag_ in ("POS", "HYPH") or token.lower_ in POSTING_PREPOSITIONS | OF_PREPOSITIONS:
        return True  # a hyphen inside a title: "Arab League Secretary-General", the name taking "General"
    # "Ambassador to the UN": an article inside the title, after its preposition.
    return token.pos_ == "DET" and token.i > 0 and token.doc[token.i - 1].lower_ in POSTING_PREPOSITIONS


def _country_after(ent: Span) -> list[Token]:
    """"President Vladimir Putin of Russia": the title before, the country after."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
        end = ent.end + 1
        while end < sentence_bounds(doc, ent.start)[1] and doc[end].pos_ in ("PROPN", "DET"):
            end += 1
        return [*_title_before(ent), *doc[ent.end + 1 : end]]
    return []


def _apposition_after(
    ent: Span, known: Sequence[Mention] = (), knowledge: ActorKnowledge | None = None
) -> list[Token]:
    """The words between the commas after a name: "Lavrov, Russia's foreign minister,"; a
    role "of" a body runs on through the body's name ("Xu Jialu, vice-chairman of the
    Standing Committee of the National People's Congress (NPC)")."""
    doc = ent.doc
    if ent.end >= len(doc) - 1 or doc[ent.end].text != ",":
        return []
    tokens: list[Token] = []
    sentence_end = sentence_bounds(doc, ent.start)[1]
    for token in doc[ent.end + 1 : min(sentence_end, ent.end + 1 + MAX_TITLE_TOKENS)]:
        if token.text in (",", ";", ")") or (token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"):
            # "Algeria's leading human rights activist": an adjective-like participle stays
            if token.pos_ in ("VERB", "AUX") and _subject_after_adjunct(ent, tokens, token):
                return []
            return [t for t in tokens if t.pos_ != "DET"]
        if token.ent_type_ == "PERSON":
            return []  # "After talks with Tuju, Chinese Foreign Minister Li Zhaoxing said": Li's title
        tokens.append(token)
    tokens += _body_name_after(tokens, sentence_end, known, knowledge or load_knowledge())
    return [t for t in tokens if t.pos_ != "DET"]


def _subject_after_adjunct(ent: Span, words: list[Token], verb: Token) -> bool:
    """"In a meeting with Abdoulaye Wade, the Chinese ambassador said …": the name ends a
    fronted phrase, and the words after its comma are the subject of the clause's verb,
    not the name's apposition (which a comma closes: "Wade, the Senegalese president,
    said")."""
    subject = any(w.dep_ in ("nsubj", "nsubjpass") and w.head.i == verb.i for w in words)
    return subject and ent.root.dep_ not in ("nsubj", "nsubjpass") and ent.root.head.i != verb.i


def _body_name_after(
    tokens: list[Token], sentence_end: int, known: Sequence[Mention], knowledge: ActorKnowledge
) -> list[Token]:
    """The rest of a body's name that the title words' limit cut ("… of the | National
    People's Congress"): after an "of", capitalized words and the words that join them,
    when they end in a known body or hold a state's name (a body the gazetteer does not
    know); not "of Saudi Arabia's King Fahd" (someone's relation, not an office)."""
    if len(tokens) < MAX_TITLE_TOKENS or not any(t.lower_ == "of" for t in tokens):
        return []
    doc, rest = tokens[0].doc, []
    for token in doc[tokens[-1].i + 1 : min(sentence_end, tokens[-1].i + 1 + MAX_TITLE_TOKENS)]:
        if token.ent_type_ == "PERSON":
            return []
        joining = token.pos_ == "DET" or token.lower_ == "of" or token.tag_ in ("POS", "HYPH")
        if not (token.is_title or token.is_upper or joining):
            break
        rest.append(token)
    while rest and not (rest[-1].is_title or rest[-1].is_upper):
        rest.pop()
    body = [m for m in known if rest and m.actor is not None and m.start <= rest[-1].idx < m.end]
    named = body and body[0].actor.rule in BODY_RULES  # type: ignore[union-attr]
    # "of the Chinese People's Political Consultative Conference": a state named in a body's
    # name the gazetteer does not know; not a person's title ("Saudi Arabia's King")
    titled = any(knowledge.sector_for(t.text) and n.is_title and not _inside(n, known)
                 for t, n in zip(rest, rest[1:]))
    of_a_state = any(_inside(t, known) for t in rest) and not titled
    return rest if named or of_a_state else []


def _actor_from_title(
    tokens: list[Token], ent: Span, known: list[Mention], knowledge: ActorKnowledge, *, rule: str
) -> Actor | None:
    if not tokens:
        return None
    own, posting = _split_posting(tokens)
    if rule == "person.title-of":
        own, posting = tokens, []
    sectors = knowledge.sector_for(" ".join(t.text for t in own if not _inside(t, known)))
    # "Egyptian-born cleric", "US-backed Afghan President": a state in a hyphened word is no one's state
    of_at = next((i for i, t in enumerate(own) if t.lower_ in OF_PREPOSITIONS), len(own))
    stated = [t for i, t in enumerate(own) if i > of_at or not _hyphened_state(t, known, knowledge)]
    first = _first_known(stated, known) or _country_word(stated, knowledge) or _town_of_office(stated, known, knowledge)
    if first is None or first.actor is None or STANCE.search(doc_text(ent.doc), max(0, first.start - 8), first.start):
        return None  # "Pro-Syrian President Emile Lahoud" is no Syrian office
    code = first.actor.code
    # "… the ASEAN, Hun Sen": a bare name before a comma is no title of the name after it
    whole = _is_whole_title(own, first) and not (rule == "person.title" and ent.doc[ent.start - 1].text == ",")
    if first.actor.rule in BODY_RULES and first.actor.sectors and (sectors or whole):
        # "FBI Director Louis Freeh", "Gazprom's spokesman …": the body's sector; a former
        # holder's as the knowledge's `former` words leave it ("former Federal Reserve chairman": ELI)
        sectors = knowledge.former_holder(first.actor.sectors, " ".join(t.text for t in own))
    if not sectors and whole:
        sectors = first.actor.sectors or ("GOV",)  # "UN Secretary-General Antonio Guterres"
    role_words = " ".join(t.text for t in own if not _inside(t, known))
    generic = rule == "person.apposition" and bool(sectors) and not knowledge.office_sectors(role_words)
    if rule in ("person.relative-role", "person.earlier-role") or generic:  # "who heads the Federation Council", "vice-chairman of the NPC"
        sectors = _headed_body_sectors(own, known) or sectors
    across_comma = rule == "person.title" and ent.start > 0 and ent.doc[ent.start - 1].text == ","
    if not sectors and rule == "person.title" and not across_comma and _igo_role(own, first, known):
        rule = f"{rule}{IGO_STAFF_SUFFIX}"  # "UN investigator Detlev Mehlis": the UN's, in no sector
    elif not sectors and rule in NATIONALITY_RULES and not across_comma and _nationality_role(own, first, known):
        rule = f"{rule}{NATIONALITY_SUFFIX}"  # "British mercenary boss Tim Spicer": a Briton, in no sector
    elif not sectors or (rule == "person.apposition" and own[0].lower_ in FORMER_WORDS and code in NON_STATE_CODES):
        return None  # "Sytenko, a former deputy secretary-general of the United Nations": no UN official now
    sectors = _unique((*sectors, *(s for s in first.actor.sectors if s == "PRE")))
    office = " ".join(
        t.lower_ for t in _office_words(own, known, rule)
        if t.pos_ != "DET" and not _inside(t, [*known, first]) and t.tag_ != "POS"
    )
    posting_code = _first_code(posting, known)
    if posting_code:
        office = f"{office} to {posting_code}"
    return Actor(code=code, sectors=sectors, name=ent.text, person=ent.text, office=office or None, rule=rule)


def _hyphened_state(token: Token, known: list[Mention], knowledge: ActorKnowledge) -> bool:
    """A state's name or demonym written against a hyphen and a word: "Egyptian-born",
    "US-based", "Iranian-American" (a birth, a base, an origin: not whose the person is);
    not a pair of states ("China-Bulgaria military relations"). Only before an "of" in
    the title: "CEO of the Sweden-based Ericsson" works for a Swedish company."""
    state = [m for m in known if m.actor is not None and m.start <= token.idx < m.end]
    if state and state[0].actor.rule not in STATE_NAME_RULES:  # type: ignore[union-attr]
        return False
    if not state and not _names_a_country(token, knowledge):
        return False
    end = state[0].end if state else token.idx + len(token)
    joined = re.match(r"-(\w[\w.]*)", doc_text(token.doc)[end : end + 40])
    if joined is None:
        return False
    pair = knowledge.lookup(joined.group(1))  # "China-Bulgaria relations", "US-Japan talks": two states
    return pair is None or pair.kind != "country"


def _nationality_role(own: list[Token], first: Mention, known: list[Mention]) -> bool:
    """"British mercenary boss", "Palestinian lawyer", "a British mercenary": a state's
    demonym (or "US", "UK", "Russia's") then lower-case role words the knowledge gives no
    sector, ending in a noun: the person is that state's (PLOVER codes a person by the
    state they belong to), in no sector. Not an ethnic group ("ethnic Albanian"), a
    country a specialist follows or a war was fought in ("Russia expert", "Iraq veteran":
    a country's full name, not its demonym), a name's word ("French Open champion":
    capitals), nor a body ("European"). A birth or a base ("British-born", "US-based") is
    left out before (`_hyphened_state`)."""
    country = [t for t in own if first.start <= t.idx < first.end]
    if not country or first.actor is None or first.actor.code in NON_STATE_CODES:
        return False
    doc, last = own[0].doc, country[-1]
    before, role = own[: own.index(country[0])], own[own.index(last) + 1 :]
    if not all(_describes(t) for t in before) or _inside_a_longer_name(country[0]):
        return False  # "the main town of the Pakistani region", "South American"
    possessive = bool(role) and role[0].tag_ == "POS"
    role = role[1:] if possessive else role
    by_name = first.actor.rule == "gazetteer.country" and (possessive or first.text.replace(".", "").isupper())
    ethnic = ETHNIC.search(doc_text(doc), max(0, first.start - 8), first.start)
    if not (first.actor.rule == "gazetteer.demonym" or by_name) or ethnic:
        return False
    return _a_persons_role(role, known)


def _a_persons_role(role: list[Token], known: list[Mention]) -> bool:
    """Lower-case words ending in a singular noun, naming no organisation, sportsman or
    entertainer (context.toml [roles]): "mercenary boss", "investigator"."""
    if any(_inside(t, known) for t in role):
        return False
    words = [t for t in role if t.tag_ != "HYPH"]
    if not words or words[-1].tag_ != "NN" or not all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in words):
        return False  # a person is one: "Brazilian giants FC Santos" are a club
    roles = load_context_file().roles
    return words[-1].lemma_.lower() not in roles.organisation_heads and not any(
        t.lower_ in roles.private_roles or t.lemma_.lower() in roles.private_roles for t in words)


def _igo_role(own: list[Token], first: Mention, known: list[Mention]) -> bool:
    """"UN investigator Detlev Mehlis", "IAEA inspector X": an international body's name
    directly before role words the knowledge gives no sector: one of the body's staff."""
    if first.actor is None or first.actor.rule not in IGO_RULES or not own or own[0].idx != first.start:
        return False
    role = [t for t in own if t.idx >= first.end]
    return _a_persons_role(role, known)


def _describes(token: Token) -> bool:
    """A word before a state's demonym in a person's title that only describes the person
    ("veteran", "controversial", "former", "43-year-old") or names their employer ("AC
    Milan's"): not a noun the demonym is no part of ("town of", "brewer and")."""
    employer = token.pos_ == "PROPN" or token.tag_ == "POS"
    describing = token.pos_ in ("ADJ", "ADV", "NUM", "DET", "PUNCT") or token.dep_ == "amod"
    return describing or token.lower_ in FORMER_WORDS or employer


def _inside_a_longer_name(token: Token) -> bool:
    """"South American", "Latin American": a capitalized word written right before the
    state's word makes a longer name the state's word is only part of."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.is_title and not before.is_sent_start


def _office_words(own: list[Token], known: list[Mention], rule: str) -> list[Token]:
    """"vice-chairman of the Standing Committee of the NPC": the office is the words before
    the "of" that leads to a named body (so "the Standing Committee" later is no anaphor of
    the person); "Secretary of State" names no body and keeps its words."""
    of_at = next((i for i, t in enumerate(own) if t.lower_ == "of"), None)
    if rule == "person.title" or not of_at or not _headed_body_sectors(own[of_at:], known):
        return own
    return own[:of_at]


def _headed_body_sectors(tokens: Sequence[Token], known: list[Mention]) -> tuple[str, ...]:
    """The sectors of the last named body among the words ("Russia's Federation Council" LEG)."""
    bodies = [m for m in known if m.actor is not None and m.actor.rule in BODY_RULES and m.actor.sectors
              and any(m.start <= t.idx < m.end for t in tokens)]
    return bodies[-1].actor.sectors if bodies else ()  # type: ignore[union-attr]


def _split_posting(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """"Ambassador to North Korea" → (Ambassador, North Korea)."""
    for i, token in enumerate(tokens):
        if token.lower_ in POSTING_PREPOSITIONS:
            return tokens[:i], tokens[i + 1 :]
    return tokens, []


def _first_code(tokens: Sequence[Token], known: list[Mention]) -> str | None:
    mention = _first_known(tokens, known)
    return mention.actor.code if mention is not None and mention.actor is not None else None


def _first_known(tokens: Sequence[Token], known: list[Mention]) -> Mention | None:
    for token in tokens:
        for mention in known:
            if mention.actor is not None and mention.start <= token.idx < mention.end:
                return mention
    return None


def _is_whole_title(tokens: Sequence[Token], mention: Mention) -> bool:
    """The title is one known organ ("UN Secretary-General")."""
    words = [t for t in tokens if t.pos_ != "DET"]
    body = mention.actor is not None and (mention.actor.code in ("UNO", "EUR", "IGO") or mention.actor.rule in BODY_RULES)
    return bool(words) and all(mention.start <= t.idx < mention.end for t in words) and body


def _full_name(ent: Span) -> Span:
    """spaCy sometimes stops a name early ("Choe Son | Hui", "Moon Jae | -in"): a
    capitalized proper noun after it belongs to it, and so does the last syllable of a
    name in short syllables (East Asian names in three parts) even where the tagger gave
    that syllable an entity of its own, and a hyphened syllable written against it."""
    doc, end = ent.doc, ent.end
    sentence_end = sentence_bounds(doc, ent.start)[1]
    while end < sentence_end:
        token = doc[end]
        if _attached(token) and token.text.startswith("-"):
            end += 2 if end + 1 < sentence_end and _hyphened_syllable(doc, ent.start, end + 1) else 1
        elif token.pos_ == "PROPN" and token.is_title and (token.ent_type_ in ("", "PERSON") or _last_syllable(doc, ent.start, end)):
            end += 1
        else:
            break
    return doc[ent.start : end] if end > ent.end else ent


def _attached(token: Token) -> bool:
    """Written against the token before it, without a space."""
    return token.i > 0 and token.idx == token.doc[token.i - 1].idx + len(token.doc[token.i - 1])


def _hyphened_syllable(doc: Doc, start: int, end: int) -> bool:
    """"Moon Jae-in", "Han Duck-soo": a short word written against the hyphen ends a name
    of short syllables, unless it makes the name modify the noun after it ("Kim Jong
    Un-led regime")."""
    words = doc[start : end + 1]
    after = doc[end + 1] if end + 1 < len(doc) else None
    return (
        _attached(doc[end]) and all(len(t) <= MAX_SYLLABLE and (t.is_alpha or t.text == "-") for t in words)
        and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"))
    )


def _last_syllable(doc: Doc, start: int, end: int) -> bool:
    """"Choe Son | Hui": a one-word entity of a short word after a name of two or more
    short words (syllables of a Korean or Chinese name)."""
    token = doc[end]
    alone = end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I"
    words = doc[start : end + 1]
    return alone and end - start >= 2 and all(len(t) <= MAX_SYLLABLE and t.is_alpha for t in words)


def _registered_person(ent: Span, registry: dict[str, list[Actor]]) -> Mention:
    """A name seen before in the article with its title: "Matsegora" after "Russian
    Ambassador … Alexander Matsegora". A single word must name one person only; a full
    name must match exactly ("Kim Yo Jong" is not "Kim Jong Un")."""
    people = registry.get(_without_honorific(ent.text), [])
    actor = dataclasses.replace(people[0], rule="person.alias") if len(people) == 1 else None
    return Mention(ent.start_char, ent.end_char, ent.text, actor, "PERSON")


def _without_honorific(name: str) -> str:
    """"Mrs Rice" → "Rice", "Mr. Annan" → "Annan" (context.toml [pronouns] honorifics)."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.rstrip(".").lower() in load_pronoun_rule().honorifics else name


def _register(registry: dict[str, list[Actor]], name: str, actor: Actor) -> None:
    """Full name, and first and last word (family names come first in Korean and
    Chinese names); a family name with its particle ("Bin Laden", "de Villepin")."""
    keys = {name, *(name.split()[::max(1, len(name.split()) - 1)] if " " in name else ())}
    words = name.split()
    last = words[-1]
    particles = load_pronoun_rule().name_particles
    if len(words) > 2 and f"{words[-2].lower()} " in particles:
        keys.add(" ".join(words[-2:]))  # "Bin Laden" after "Osama Bin Laden"
    particle = next((p for p in particles if last.lower().startswith(p)), None)
    if particle and len(last) > len(particle) + 2:
        keys.add(last[len(particle) :])  # "Assad" after "Bashar al-Assad"
    keys.update(_middle_names(words[1:-1], particles))
    for key in keys:
        if all(a.person != actor.person for a in registry.setdefault(key, [])):
            registry[key].append(actor)


def _middle_names(words: Sequence[str], particles: Sequence[str]) -> set[str]:
    """"Ngbanda" after "Honore Ngbanda Nzambo": a middle word of a long name is often the
    one a story uses later (a Congolese, a Spanish double family name); not an initial,
    a particle ("Abu"), nor a syllable of an East Asian name ("Jong")."""
    return {
        word for word in words
        if word.isalpha() and word.istitle() and len(word) > MAX_SYLLABLE
        and not any(p.strip() == word.lower() for p in particles)
    }


def _title_anaphors(doc: Doc, mentions: list[Mention], knowledge: ActorKnowledge) -> list[Mention]:
    """"the ambassador" / "the envoy" after a person with that office → that person."""
    people = sorted((m for m in mentions if m.actor is not None and m.actor.office), key=lambda m: m.start)
    found = []
    for chunk in _definite_title_chunks(doc, mentions):
        earlier = [p for p in people if p.end <= chunk.start_char and _same_office(p.actor, chunk, knowledge)]
        if earlier:
            actor = dataclasses.replace(earlier[-1].actor, rule="person.title-anaphor")  # type: ignore[arg-type]
            found.append(Mention(chunk.start_char, chunk.end_char, chunk.text, actor, None))
    return found


def _body_anaphors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the council" → the UN Security Council named before, "the 25-nation bloc" → the
    EU (data/actors/context.toml, [bodies])."""
    rule = load_context_file().bodies
    bodies = sorted((m for m in mentions if m.actor is not None and not m.actor.person and _is_body(m, rule)),
                    key=lambda m: m.start)
    if not bodies:
        return []
    found = []
    covered = Coverage(mentions)
    for chunk in noun_chunks(doc):
        head = chunk.root.lemma_.lower()
        if covered(chunk):
            continue
        window = doc[sentences_back(doc, chunk.start, rule.sentences_back)].idx
        if _refers_to_a_party(chunk, head, rule):
            body = _last_party(bodies, chunk, window)
        elif _refers_to_a_body(chunk, head, rule):
            body = _last_body(bodies, chunk, head, window, rule)
        else:
            continue
        if body is not None:
            generic = chunk.root.lemma_.lower() in rule.generic  # "the bloc" is the EU, not "EU leaders"
            actor = dataclasses.replace(body.actor, sectors=() if generic else body.actor.sectors,  # type: ignore[union-attr]
                                        rule="context.body-anaphor")
            found.append(Mention(chunk.start_char, chunk.end_char, chunk.text, actor, None))
    return found


COUNTRY_ANAPHOR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _country_anaphors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Although the strain has not been found in Ukraine, the country has banned …":
    "the country" alone (`country_heads`), as a subject or an object, is the one state its
    sentence and the one before (`country_sentences_back`) name before it, or, when they
    name several, the article's own state if it is among them; no guess otherwise (rule
    context.country-anaphor). Where something happens ("killed in the country", "across
    the country") names a place, no party."""
    rule = load_context_file().bodies
    states = sorted((m for m in mentions if m.actor is not None and m.actor.code not in NON_STATE_CODES),
                    key=lambda m: m.start)
    if not rule.country_heads or not states:
        return []
    covered = Coverage(mentions)
    home: str | None | bool = False  # the article's state, found at the first ambiguous window
    found = []
    for chunk in noun_chunks(doc):
        if (len(chunk) != 2 or chunk[0].lower_ != "the" or chunk.root.lower_ not in rule.country_heads
                or chunk.root.dep_ not in COUNTRY_ANAPHOR_DEPS or covered(chunk)):
            continue
        window = doc[sentences_back(doc, chunk.start, rule.country_sentences_back)].idx
        codes = {m.actor.code for m in states if window <= m.start and m.end <= chunk.start_char}  # type: ignore[union-attr]
        if len(codes) > 1:
            home = _article_country(doc, mentions, load_domestic_rule()) if home is False else home
            codes = {home} & codes if isinstance(home, str) else set()
        if len(codes) == 1:
            actor = Actor(code=codes.pop(), rule="context.country-anaphor")
            found.append(Mention(chunk.start_char, chunk.end_char, chunk.text, actor, None))
    return found


def _group_anaphors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Hamas won the vote. The Islamist movement has refused to recognise Israel":
    "the group", "the movement", "the militia" (`group_heads`), bare or qualified only by
    words of political colour (`group_words`: "militant", "Islamist", "ruling"), is the
    armed group or party named last in its sentence or the `group_sentences_back` before,
    when no other organisation is named between them (a firm's "the group" is the firm's;
    rule context.group-anaphor)."""
    rule = load_context_file().bodies
    known = [m for m in mentions if m.actor is not None]
    groups = sorted((m for m in known if _is_armed_group_or_party(m)), key=lambda m: m.start)
    if not rule.group_heads or not groups:
        return []
    covered = Coverage(known)
    found = []
    for chunk in noun_chunks(doc):
        if not _is_group_phrase(chunk, rule) or covered(chunk):
            continue
        window = doc[sentences_back(doc, chunk.start, rule.group_sentences_back)].idx
        group = next((g for g in reversed(groups) if window <= g.start and g.end <= chunk.start_char), None)
        if group is not None and not _organisation_between(doc, known, covered, group, chunk):
            actor = dataclasses.replace(group.actor, rule="context.group-anaphor")  # type: ignore[arg-type]
            found.append(Mention(chunk.start_char, chunk.end_char, chunk.text, actor, None))
    return found


def _restated_descriptions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Merkel said the new German government will … The new government will strengthen
    …": a definite description of a state's body (`restated_heads`) with describing words
    but no country, all of whose describing words a description with the same head noun
    had that named one state's body in its sentence or the `restated_sentences_back`
    before, is that body (rule context.restated-description). Bare "the government" is
    left to the domestic rule; two states so described, no guess."""
    rule = load_context_file().bodies
    states = [m for m in mentions if m.actor is not None and not m.actor.person and m.actor.code not in NON_STATE_CODES]
    if not rule.restated_heads or not states:
        return []
    covered = Coverage(mentions)
    chunks = noun_chunks(doc)
    found = []
    for chunk in chunks:
        head, words = chunk.root.lemma_.lower(), _describing_words(chunk)
        if chunk[0].lower_ != "the" or head not in rule.restated_heads or not words or covered(chunk):
            continue
        window = doc[sentences_back(doc, chunk.start, rule.restated_sentences_back)].idx
        earlier = [m for other in chunks if window <= other.start_char and other.end_char <= chunk.start_char
                   and other.root.lemma_.lower() == head and words <= _describing_words(other)
                   for m in states if other.start_char <= m.start and m.end <= other.end_char]
        if len({m.actor.code for m in earlier}) == 1:  # type: ignore[union-attr]
            actor = dataclasses.replace(earlier[-1].actor, rule="context.restated-description")  # type: ignore[arg-type]
            found.append(Mention(chunk.start_char, chunk.end_char, chunk.text, actor, None))
    return found


def _describing_words(chunk: Span) -> frozenset[str]:
    """The words that describe a noun phrase's head other than by a country or people
    ("new" and "coalition" in "the new German coalition government")."""
    return frozenset(t.lower_ for t in chunk if t.i != chunk.root.i and t.dep_ in ("amod", "compound")
                     and t.ent_type_ not in ("NORP", "GPE"))


def _is_armed_group_or_party(mention: Mention) -> bool:
    return (not mention.actor.person  # type: ignore[union-attr]
            and ((mention.actor.rule or "").startswith("gazetteer.armed-group") or _is_party(mention)))  # type: ignore[union-attr]


def _is_group_phrase(chunk: Span, rule: BodySection) -> bool:
    """"the group", "the militant Islamist movement"; not "a group", "the investor group",
    nor a name ("the Organization of Islamic Conference")."""
    return (chunk[0].lower_ == "the" and chunk.root.i == chunk.end - 1 and chunk.root.text in rule.group_heads
            and all(t.lower_ in rule.group_words for t in chunk[1:-1]))


def _organisation_between(doc: Doc, known: list[Mention], named: Coverage, group: Mention, chunk: Span) -> bool:
    """Another organisation named after the group and before the phrase: one the actors
    resolved (a body, a firm, another group), or a name spaCy tags as an organisation
    that no resolved mention (`named`) covers."""
    others = any(group.end <= m.start and m.end <= chunk.start_char and not m.actor.person  # type: ignore[union-attr]
                 and (m.actor.code in NON_STATE_CODES or _is_armed_group_or_party(m))  # type: ignore[union-attr]
                 and m.actor.name != group.actor.name for m in known)  # type: ignore[union-attr]
    return others or any(e.label_ == "ORG" and group.end <= e.start_char and e.end_char <= chunk.start_char
                         and not named(e) for e in doc.ents)


def _is_body(mention: Mention, rule: BodySection) -> bool:
    words = {w.lower() for w in mention.text.split()}
    return (mention.actor.code in NON_STATE_CODES or bool(words & rule.named_heads)  # type: ignore[union-attr]
            or _is_party(mention))


PARTY_RULES = frozenset({"gazetteer.party", f"gazetteer.{PARTY_IN_CONTEXT}"})


def _is_party(mention: Mention) -> bool:
    """A party named by its name or by an acronym the story spelled out as a party's."""
    actor = mention.actor
    if actor is None or actor.person:
        return False
    spelled = actor.rule == "gazetteer.acronym" and bool(set((actor.name or "").lower().split()) & _party_words())
    return actor.rule in PARTY_RULES or (actor.rule or "").startswith(tuple(f"{r}+" for r in PARTY_RULES)) or spelled


def _party_words() -> frozenset[str]:
    return frozenset(load_context_file().roles.party_words)


def _refers_to_a_party(chunk: Span, head: str, rule: BodySection) -> bool:
    """"the party": the two words alone ("the ruling party" is left to the domestic rule,
    "the party's leader" to its head noun)."""
    return len(chunk) == 2 and chunk[0].lower_ == "the" and head in rule.party_heads


def _last_party(bodies: list[Mention], chunk: Span, window: int) -> Mention | None:
    """The last party named in the window."""
    return next((b for b in reversed(bodies) if window <= b.start and b.end <= chunk.start_char and _is_party(b)), None)


def _refers_to_a_body(chunk: Span, head: str, rule: BodySection) -> bool:
    """"the council", "the 26-member bloc"; "Council members", "commission officials" (a
    body's name word on members, in any case: AFP writes the European Commission's people
    "commission officials")."""
    if chunk[0].lower_ == "the" and head in rule.generic | rule.named_heads:
        # "the council", "the 25-nation bloc"; not "the Georgian council", "the city council"
        return all(t.like_num or (t.pos_ in ("NUM", "ADJ", "PUNCT") and t.ent_type_ not in ("GPE", "NORP", "ORG"))
                   or t.lower_ in ("nation", "member") for t in chunk[1:-1])
    name_words = [t for t in chunk if t.i != chunk.root.i and t.dep_ == "compound"]
    return chunk.root.lower_ in rule.members and len(name_words) == 1 and name_words[0].lower_ in rule.named_heads


def _last_body(bodies: list[Mention], chunk: Span, head: str, window: int, rule: BodySection) -> Mention | None:
    word = head if head in rule.named_heads else next(
        (t.lower_ for t in chunk if t.dep_ == "compound" and t.lower_ in rule.named_heads), None)
    for body in reversed([b for b in bodies if window <= b.start and b.end <= chunk.start_char]):
        words = {w.lower() for w in body.text.split()}
        if (word is not None and word in words) or (word is None and body.actor.code in NON_STATE_CODES):  # type: ignore[union-attr]
            return body
    return None


def _definite_title_chunks(doc: Doc, mentions: list[Mention]) -> Iterable[Span]:
    covered = Coverage(mentions)
    people = Coverage(m for m in mentions if m.actor is not None and m.actor.person)
    for chunk in noun_chunks(doc):
        if chunk[0].lower_ == "the" and len(chunk) <= 3 and not covered(chunk) and not _named_beside(chunk, people):
            yield chunk


def _named_beside(chunk: Span, people: Coverage) -> bool:
    """"The caretaker president, deputy prime minister Gurbanguly Berdymukhammedov, …": a
    title whose apposition names a person (`people`: the person mentions) is that person,
    not the last one so titled."""
    return any(people(word.doc[word.i : word.i + 1])
               for appos in chunk.root.children if appos.dep_ == "appos" for word in appos.subtree)


def _same_office(actor: Actor | None, chunk: Span, knowledge: ActorKnowledge) -> bool:
    if actor is None or not actor.office:
        return False
    noun = chunk.root.lemma_.lower()
    if chunk.root.tag_ in ("NNS", "NNPS"):
        return False  # "the two presidents" are not the last president named
    if noun in load_context_file().bodies.named_heads:
        return False  # "the council" after "council President X" is the council (context.body-anaphor)
    words = set(actor.office.split())
    return noun in words or any(noun in group and words & group for group in load_pronoun_rule().same_office)


# --- context names and the rest of the named entities --------------------------------------


def _context_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    aliases, pronoun_polities = load_context_aliases()
    codes = {m.actor.code for m in mentions if m.actor is not None}
    lowered = doc_text(doc).lower()
    found = []
    for alias in (a for a in aliases if not a.when_any or a.when_any & codes):
        for match in re.finditer(rf"\b{re.escape(alias.text)}\b", lowered):
            actor = Actor(code=alias.code, sectors=alias.sectors, rule="context.alias")
            found.append(Mention(match.start(), match.end(), doc_text(doc)[match.start() : match.end()], actor, None))
    for phrase in pronoun_polities:
        for match in re.finditer(rf"\b{re.escape(phrase)}\b", lowered):
            found.extend(_pronoun_polity(doc, match.start(), match.end(), mentions))
    return found


def _pronoun_polity(doc: Doc, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """"his government" → the polity of the person the pronoun stands for: the subject
    before it in its sentence, else the last person named before it."""
    people = [m for m in mentions if m.end <= start and m.actor is not None and m.actor.person]
    if not people:
        return []
    sentence_start = doc[sentence_bounds(doc, doc.char_span(start, end, alignment_mode="expand").start)[0]].idx  # type: ignore[union-attr]
    same = [m for m in people if m.start >= sentence_start]
    token = doc.char_span(start, end, alignment_mode="expand")[0]  # type: ignore[index]
    person = (_clause_subject(token, same) or _subject_first(doc, same, last=True)) if same else people[-1]
    actor = Actor(code=person.actor.code, sectors=("GOV",), rule="context.pronoun-polity")  # type: ignore[union-attr]
    return [Mention(start, end, doc_text(doc)[start:end], actor, None)]


# Rules of mentions that name a state ("Nepal", "Nepalese", "Kathmandu", "Nepalese PM X"), not
# ones that infer it from the context ("the government", "he").
INFERRED_RULES = ("context.", "person.pronoun", "person.title-anaphor", "person.party-article-country")
PLACE_RULES = frozenset({"gazetteer.capital-as-place", "geonames.city"})  # "met in Paris": a place, not the state


def _described_states(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the African country", "the Himalayan kingdom", "the war-torn country": a state told
    by its region, the most recent state named before that lies in it; told by a
    description alone, the one state named just before when the article is about it
    (data/actors/regions.toml)."""
    phrases = find_state_phrases(doc_text(doc))
    if not phrases:
        return []
    covered = Coverage(mentions)
    named = [m for m in mentions if _names_a_state(m)]
    found = []
    for phrase in phrases:
        span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
        if span is None or covered(span) or _name_follows(span):
            continue
        before = [m for m in named if m.end <= phrase.start]
        if phrase.states is not None:
            state = _state_in_region(before, phrase.states)
        else:
            state = _only_state_before(doc, span, before)
            state = state if state is not None and state == article_country(doc, mentions) else None
        if state is not None:
            rule = "context.region-state" if phrase.states is not None else "context.described-state"
            actor = Actor(code=state, sectors=(), rule=rule)
            found.append(Mention(phrase.start, phrase.end, doc_text(doc)[phrase.start : phrase.end], actor, None))
    return found


def _name_follows(span: Span) -> bool:
    """"the island state Tasmania": the name right after the phrase is what it is."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.pos_ == "PROPN" and after.ent_type_ in NAMED_NOT_OFFICE


def _names_a_state(mention: Mention) -> bool:
    """A mention that names a state itself (a name, demonym, city, titled person)."""
    actor = mention.actor
    return (actor is not None and actor.code not in NON_STATE_CODES
            and not (actor.rule or "").startswith(INFERRED_RULES))


def _state_in_region(before: list[Mention], states: frozenset[str]) -> str | None:
    """The most recent state named (`before`, in order) that lies in the region."""
    return next((m.actor.code for m in reversed(before) if m.actor.code in states), None)  # type: ignore[union-attr]


def _only_state_before(doc: Doc, span: Span, before: list[Mention]) -> str | None:
    """The one state named in the phrase's sentence before it and the few sentences
    before that; none when two are, or none is, or it is named only as a place."""
    window = doc[sentences_back(doc, span.start, load_regions_file().sentences_back)].idx
    near = [m for m in before if m.start >= window]
    code = _only({m.actor.code for m in near})  # type: ignore[union-attr]
    return code if any(m.actor.rule not in PLACE_RULES for m in near) else None  # type: ignore[union-attr]


def _domestic_mentions(doc: Doc, mentions: list[Mention], knowledge: ActorKnowledge) -> list[Mention]:
    """"The government issued a statement", "police arrested 12 people": a domestic actor
    named without its country, in an article about one country, in a sentence that names
    no other state, is that country's (the reading an analyst gives a wire story). In an
    article about no one country, only people named by a faith, an ideology or a people of
    several states are placed, by their sentence (`_placed_affiliation`)."""
    rule = load_domestic_rule()
    peoples = load_people_states()
    country = _article_country(doc, mentions, rule)
    named = {m.actor.code for m in mentions if m.actor is not None and _names_a_state(m)}
    found = []
    # a faith or a people the tagger took for a person ("Tamil rebels") is no name of its own
    covered = Coverage(
        m for m in mentions
        if m.actor is not None or (_affiliation(m.text, rule) is None and peoples.word(m.text) is None)
    )
    for chunk in noun_chunks(doc):
        if not covered(chunk) and (force := _people_force(chunk, rule, peoples, knowledge, named, country)):
            found.append(force)
            continue
        if country is None:
            found += _placed_affiliation(doc, chunk, mentions, rule, knowledge, covered)
            continue
        if covered(chunk):
            continue
        sectors = _domestic_sectors(chunk, rule, knowledge)
        if not sectors or _other_state_in_sentence(doc, chunk, country, mentions):
            continue
        actor = Actor(code=country, sectors=sectors, rule="context.article-country")
        found.append(Mention(chunk.start_char, chunk.end_char, chunk.text, actor, None))
    return found


def _institution_states(doc: Doc, mentions: list[Mention], knowledge: ActorKnowledge) -> list[Mention]:
    """"Okinawa Governor Ota said the cabinet decision was regrettable" in a story about
    Japan and the US: a state's institution named alone ("the cabinet", "the government",
    "the ruling party", context.toml [bodies] `institution_phrases`), or such a word on
    the noun it owns ("the government move"), that the domestic rule left unresolved is
    the one state its sentence names before it, else (none) the one the sentence before
    names (rule context.institution-state), when a mention that seats a government there
    (`_seats_a_government`) names it. Two states named: no guess; in an article about one
    state, only that state (the domestic rule refused the phrase in a sentence naming
    another: whose it is, the sentence leaves open)."""
    rule = load_context_file().bodies
    if not rule.institution_phrases:
        return []
    not_with = load_domestic_rule().not_with
    named = [m for m in mentions if _names_a_state(m)]
    covered = Coverage(mentions)
    home: str | None | bool = False  # the article's state, read at the first phrase
    found = []
    for chunk in noun_chunks(doc):
        phrase = _institution_phrase(chunk, rule)
        if phrase is None or covered(chunk) or not (sectors := knowledge.sector_for(phrase)):
            continue
        near = _states_just_before(doc, chunk, named, rule.institution_sentences_back)
        code = _only({m.actor.code for m in near})  # type: ignore[union-attr]
        if code is None or not any(_seats_a_government(doc, m, not_with) for m in near):
            continue
        home = article_country(doc, mentions) if home is False else home
        if home in (None, code):  # another state than the article's: the domestic rule's refusal stands
            actor = Actor(code=code, sectors=sectors, rule="context.institution-state")
            found.append(Mention(chunk.start_char, chunk.end_char, chunk.text, actor, None))
    return found


def _institution_phrase(chunk: Span, rule: BodySection) -> str | None:
    """The institution words of "the cabinet", "the ruling party", "the government's", or
    of "the government move" (the word on the noun it owns); None for other phrases, and
    for one a preposition places ("the government of Pakistan", "the cabinet in Kabul")."""
    words = [t for t in chunk if t.tag_ != "POS"]
    if len(words) < 2 or words[0].lower_ != "the" or _placed_by_preposition(chunk.root):
        return None
    phrase = " ".join(t.lower_ for t in words[1:])
    if phrase in rule.institution_phrases:
        return phrase
    owner = words[1]
    if (len(words) == 3 and owner.dep_ == "compound" and owner.head.i == chunk.root.i
            and owner.lower_ in rule.institution_phrases):
        return owner.lower_
    return None


def _placed_by_preposition(word: Token) -> bool:
    """"the government of Pakistan", "the cabinet in Kabul": a preposition with a name
    tells whose it is (not "accused the ruling party of rigging")."""
    return any(prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)
               for prep in word.children)


def _seats_a_government(doc: Doc, mention: Mention, not_with: frozenset[str]) -> bool:
    """Does the mention place a government in its state? Not a place ("rebels will be in
    Kinshasa", "flew to Tokyo"), nor a state's name or demonym on a thing or on people
    ("under British command", "Taiwan individuals and groups"), nor the state's forces
    (they serve abroad), nor its envoys ("the US ambassador": words of [domestic]
    not_with). Such mentions still name the state: they keep the sentence before from
    being read, and with another state named, whose the institution is stays open."""
    actor = mention.actor
    return (actor.rule not in PLACE_RULES | {"gazetteer.demonym"} and set(actor.sectors) != {"MIL"}  # type: ignore[union-attr]
            and not _qualifies_a_noun(doc, mention)
            and not any(w.lower().strip(",.'") in not_with for w in mention.text.split()))


def _qualifies_a_noun(doc: Doc, mention: Mention) -> bool:
    """A state's bare name on the noun after it ("Taiwan individuals"): it tells whose
    the noun is, not that the state acts."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return (span is not None and not mention.actor.sectors  # type: ignore[union-attr]
            and span[-1].dep_ in ("compound", "amod", "nmod") and span[-1].head.i > span[-1].i)


def _states_just_before(doc: Doc, chunk: Span, named: list[Mention], back: int) -> list[Mention]:
    """The state mentions of the phrase's sentence before it, or, when there are none,
    of the `back` sentences before. A state named after it is as often its partner ("the
    new government will strengthen dialogue with China")."""
    start, _ = sentence_bounds(doc, chunk.start)
    near = [m for m in named if doc[start].idx <= m.start and m.end <= chunk.start_char]
    window = doc[sentences_back(doc, chunk.start, back)].idx
    return near or [m for m in named if window <= m.start and m.end <= doc[start].idx]


def _people_force(
    chunk: Span, rule: DomesticRule, peoples: PeopleStates, knowledge: ActorKnowledge,
    named: set[str], country: str | None,
) -> Mention | None:
    """"The killings of ethnic Albanians by Serb police", "Kurdish forces", "the Croat
    authorities": a state's force or office (context.toml [peoples] sectors) named by a
    people of several states, not by its state, is that of the state `_people_state`
    gives (rule context.people-state); None for other phrases, a people's civilians
    ("Tamil refugees"), or when the article leaves the state open."""
    words = [t.text for t in chunk if peoples.word(t.text)]
    if not words:
        return None
    forms = frozenset(f for w in words for f in (w.lower(), w.lower() + "s"))
    sectors = _domestic_sectors(chunk, dataclasses.replace(rule, affiliations=rule.affiliations | forms), knowledge)
    if not sectors or sectors[0] not in peoples.sectors:
        return None
    code = _people_state(peoples, words, named, country)
    if code is None:
        return None
    actor = Actor(code=code, sectors=sectors, rule="context.people-state")
    return Mention(chunk.start_char, chunk.end_char, chunk.text, actor, None)


def _people_state(peoples: PeopleStates, words: Sequence[str], named: set[str], country: str | None) -> str | None:
    """The state whose force or office a people's name stands for: of the states where
    that people holds state power (context.toml [peoples] holds), the article's clear
    `country`, else the one the article names (`named`); None when it names two of the
    people's states, or one where the people holds no state power ([peoples] shares)."""
    people = next((p for w in words if (p := peoples.word(w)) is not None), None)
    if people is None:
        return None
    holds = peoples.holds[people]
    if country in holds:
        return country
    states = named & (holds | peoples.shares.get(people, frozenset()))
    return next(iter(states)) if len(states) == 1 and states <= holds else None


def _placed_affiliation(
    doc: Doc, chunk: Span, mentions: Sequence[Mention], rule: DomesticRule, knowledge: ActorKnowledge, covered: Coverage
) -> list[Mention]:
    """"Islamist fighters withdrew from front lines near Baidoa and in central Somalia" in
    a story about two states: people named by a faith, an ideology or a people of several
    states (context.toml [domestic] affiliations) are of the one state the sentence names,
    when it names it only as places (a town, "in Somalia"), never as a party ("Ethiopian
    troops ousted Islamist fighters"): they act where they fight (rule context.sentence-place)."""
    if not any(_affiliation(t.text, rule) for t in chunk) or covered(chunk):
        return []
    sectors = _domestic_sectors(chunk, rule, knowledge)
    start, end = sentence_bounds(doc, chunk.start)
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    states = [
        m for m in mentions if m.actor is not None and first <= m.start < last and m.actor.code not in NON_STATE_CODES
    ]
    # towns are placed after this rule (`_ner_mentions`): "near Baidoa"
    towns = [_city(doc, ent, knowledge, ()) for ent in entities(doc)
             if first <= ent.start_char < last and ent.label_ in NER_LABELS and not _covered(ent, mentions)]
    codes = {m.actor.code for m in states if m.actor is not None} | {town.code for town in towns if town is not None}
    if not sectors or len(codes) != 1 or not all(_names_a_place(doc, m) for m in states):
        return []
    actor = Actor(code=codes.pop(), sectors=sectors, rule="context.sentence-place")
    return [Mention(chunk.start_char, chunk.end_char, chunk.text, actor, None)]


def _names_a_place(doc: Doc, mention: Mention) -> bool:
    """A town, a capital named as a place, or a state's name after a preposition of place
    ("near Baidoa", "in central Somalia"); not a state's people or its government."""
    rule = mention.actor.rule if mention.actor is not None else None
    return rule in PLACE_RULES or (
        rule == "gazetteer.country" and _is_place(doc, mention.start, mention.end))


def article_country(doc: Doc, mentions: Sequence[Mention]) -> str | None:
    """The state the article is about: the one most of its sentences name, when it
    clearly dominates (data/actors/context.toml, [domestic])."""
    return _article_country(doc, mentions, load_domestic_rule())


def private_people(mentions: Sequence[Mention]) -> frozenset[str]:
    """The people placed by nationality alone ("British mercenary boss Tim Spicer", rule
    person.title-nationality): private individuals, whose acts are political only toward a
    political actor (the annotation guide); their later mentions ("he") carry the same person."""
    return frozenset(
        m.actor.person for m in mentions
        if m.actor is not None and m.actor.person and (m.actor.rule or "").endswith(NATIONALITY_SUFFIX)
    )


def _article_country(doc: Doc, mentions: Sequence[Mention], rule: DomesticRule) -> str | None:
    """The state most of the article's sentences name, if it clearly dominates. A person
    placed by nationality alone (a British mercenary in Papua New Guinea), named again or
    as "he", tells whose the person is, not which state the story is about."""
    sentences = {sent.start_char: sent.end_char for sent in doc.sents}
    starts = sorted(sentences)
    private = private_people(mentions)
    named = {
        (starts[bisect.bisect_right(starts, m.start) - 1], m.actor.code)
        for m in mentions
        if m.actor is not None and m.actor.code not in NON_STATE_CODES
        and (m.actor.person is None or m.actor.person not in private)
    }
    ranked = Counter(code for _, code in named).most_common(2)
    if not ranked or ranked[0][1] < rule.min_sentences:
        return None
    if len(ranked) > 1 and ranked[0][1] < rule.dominance * ranked[1][1]:
        return None
    return ranked[0][0]


def _domestic_sectors(chunk: Span, rule: DomesticRule, knowledge: ActorKnowledge) -> tuple[str, ...]:
    """The sectors of a common-noun phrase naming a domestic actor ("riot police",
    "the opposition"); none for a phrase with a name, or a word that makes it foreign."""
    head = chunk.root
    if (people := _affiliation_people(chunk, rule)) is not None:
        return people
    if head.pos_ == "PROPN" and (
            institution := knowledge.institution_sectors(" ".join(t.text for t in chunk if t.pos_ != "DET"))):
        # "the Interior Ministry said": a state's institution by its generic name
        return institution if institution[0] in rule.sectors else ()
    if head.pos_ != "NOUN" or any(
        _named_elsewhere(t, rule) or t.lower_ in rule.not_with or t.lemma_.lower() in rule.not_with for t in chunk
    ):
        return ()
    if not _group_head_sectors(head, knowledge) or (head.tag_ == "NN" and not knowledge.office_sectors(head.text)):
        return ()  # one person named by a generic role ("a spokesman", "vice chairman") needs a name
    sectors = knowledge.sector_for(" ".join(t.text for t in chunk if t.pos_ in ("NOUN", "ADJ", "PROPN")))
    return sectors if sectors and sectors[0] in rule.sectors else ()


def _affiliation(word: str, rule: DomesticRule) -> str | None:
    """The faith, ideology or people a word names, singular or plural ("Shiites" →
    "shiite", "Kurds" → "kurd"); None for other words."""
    lower = word.lower()
    for base in (lower, lower[:-1] if lower.endswith("s") else None):
        if base in rule.affiliations:
            return base
    return None


def _affiliation_people(chunk: Span, rule: DomesticRule) -> tuple[str, ...] | None:
    """"The Shiites", "Kurds", "the Maoists": the followers of a faith or an ideology, or a
    people of several states, named by the plural alone, are a social group of the
    article's country (CVL), or a movement's fighters for an ideology of armed struggle
    (`movements`: REB); None for any other phrase."""
    words = [t for t in chunk if t.pos_ != "DET"]
    if len(words) != 1 or words[0].tag_ not in ("NNS", "NNPS") or not words[0].lower_.endswith("s"):
        return None
    base = _affiliation(words[0].text, rule)
    if base is None:
        return None
    return ("REB",) if base in rule.movements else ("CVL",)


def _named_elsewhere(token: Token, rule: DomesticRule) -> bool:
    """Does a word of the phrase name something the article's country may not own (a
    person, a body, a place, a people)? A faith, an ideology or a people with no state of
    its own ("Islamist fighters", "Shiite militiamen", "Kurdish rebels": context.toml
    [domestic] affiliations) does not: its members act in the state the story is about."""
    return token.ent_type_ in NER_LABELS and token.lower_ not in rule.affiliations


def _group_head_sectors(head: Token, knowledge: ActorKnowledge) -> tuple[str, ...]:
    """The sectors of a phrase's head noun, alone or, when it gives none alone, with the
    nouns compounded on it when they make one title with it ("police officers": "officers"
    alone is anyone's; not "police booths", "government regulators")."""
    alone = knowledge.sector_for(head.text)
    compounds = [child.text for child in head.children if child.dep_ == "compound" and child.pos_ == "NOUN"]
    phrases = (" ".join([*compounds[first:], head.text]) for first in range(len(compounds)))
    return alone or next((knowledge.sector_for(phrase) for phrase in phrases if knowledge.is_title(phrase)), ())


def _other_state_in_sentence(doc: Doc, chunk: Span, country: str, mentions: Sequence[Mention]) -> bool:
    start, end = sentence_bounds(doc, chunk.start)
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return any(
        m.actor is not None and first <= m.start < last and m.actor.code != country and m.actor.code not in NON_STATE_CODES
        for m in mentions
    )


def _ner_mentions(doc: Doc, mentions: list[Mention], datelines: Sequence[DatelineSpan]) -> list[Mention]:
    """The names the gazetteer does not know; a town or city among them is placed in
    its country (GeoNames), unless it opens a dateline."""
    knowledge = load_knowledge()
    covered = Coverage(mentions)
    return [
        _city_office(doc, ent, knowledge)
        or Mention(ent.start_char, ent.end_char, ent.text, _city(doc, ent, knowledge, datelines), ent.label_)
        for ent in entities(doc)
        if ent.label_ in NER_LABELS and not covered(ent)
    ]


def _city_office(doc: Doc, ent: Span, knowledge: ActorKnowledge) -> Mention | None:
    """"Istanbul police", "Basra authorities", "Gaza officials": a town naming the
    office it modifies is that office of the town's country (the city's own government
    is the state's, as PLOVER codes local officials). Only nouns with a sector
    (data/actors/sectors.tsv) count: "the Kandahar attack" stays no actor."""
    if ent.root.dep_ != "compound" or ent.label_ == "PERSON":  # the tagger often calls "Karachi police" an ORG
        return None
    head_words = _modified_nouns(ent)
    code = city_country(ent.text)
    if not head_words or head_words[-1].i != ent.root.head.i or code is None or knowledge.by_iso3(code) is None:
        return None
    sectors = knowledge.sector_for(" ".join(t.text for t in head_words))
    if not sectors:
        return None
    stop = head_words[-1].idx + len(head_words[-1])
    actor = Actor(code=code, sectors=sectors, name=ent.text, rule="geonames.city+title")
    return Mention(ent.start_char, stop, doc_text(doc)[ent.start_char : stop], actor, ent.label_)


def _city(doc: Doc, ent: Span, knowledge: ActorKnowledge, datelines: Sequence[DatelineSpan]) -> Actor | None:
    """A place name, or a name the sentence uses as a place ("near the town of Samarra",
    "in Alexandria") whatever the tagger took it for."""
    code = city_country(ent.text[4:] if ent.text.lower().startswith("the ") else ent.text)
    country = knowledge.by_iso3(code) if code else None
    if country is None:  # the dictionary lookup first: most names are no town
        return None
    named_place = ent.label_ in PLACE_LABELS or _is_place(doc, ent.start_char, ent.end_char) or _settlement_of(ent)
    if not named_place or _is_dateline(doc, ent.start_char, ent.end_char, datelines) or _part_of_a_name(doc, ent):
        return None
    return Actor(code=country.code, name=ent.text, rule="geonames.city")


# --- helpers ---------------------------------------------------------------------------------


def _merge(first: list[Mention], second: list[Mention]) -> list[Mention]:
    """`first` plus the mentions of `second` that overlap none of it; a wider mention of
    `second` replaces the narrower ones of `first` it contains."""
    wider = Coverage(second)
    kept = [m for m in first if not (wider.overlaps(m.start, m.end) and any(_contains(w, m) and w != m for w in second))]
    taken = Coverage(kept)
    kept += [m for m in second if not taken.overlaps(m.start, m.end)]
    return sorted(kept, key=lambda m: (m.start, m.end))


def _contains(outer: Mention, inner: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and (outer.end - outer.start) > (inner.end - inner.start)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


class Coverage:
    """Does a span overlap one of the mentions? The same answer as `_covered`, for many
    spans at once: the mentions by start, with the largest end of those up to each."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        ordered = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in ordered]
        self._max_ends = list(itertools.accumulate((m.end for m in ordered), max))

    def __call__(self, span: Span) -> bool:
        return self.overlaps(span.start_char, span.end_char)

    def overlaps(self, start: int, end: int) -> bool:
        """Does the span of characters from `start` to `end` overlap a mention?"""
        before = bisect.bisect_left(self._starts, end)  # the mentions starting before the span ends
        return before > 0 and self._max_ends[before - 1] > start


def _covered(span: Span, mentions: Iterable[Mention]) -> bool:
    return any(m.start < span.end_char and span.start_char < m.end for m in mentions)


def _inside(token: Token, mentions: Iterable[Mention]) -> bool:
    return any(m.start <= token.idx < m.end for m in mentions)


def _ent_label(doc: Doc, start: int) -> str | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0].ent_type_ or None if span is not None and len(span) else None


def _in_credit(mention: Mention, credits: Sequence[TextSpan]) -> bool:
    """Agencies in a caption's trailing credit ("(Yonhap)") are never actors."""
    return any(credit.start <= mention.start < credit.end for credit in credits)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))

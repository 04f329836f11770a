"""The quote knowledge of `data/quotes.toml` as one typed, cached record."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from typing import Literal

from dyadwatch.datafiles import DataModel, read_data_file

ContentKind = Literal[
    "quote", "clause", "claim", "noun_clause", "infinitive",
    "object", "object_infinitive", "object_of", "object_as", "object_predicate", "person_object", "as_clause",
]
"""(The kinds of the other cue nouns, "noun_object" and "noun_infinitive", are set by
`cues.match_noun`, not listed in the data file.)"""
PhraseKind = Literal["source_object", "statement", "quoted"]


@dataclasses.dataclass(slots=True, frozen=True)
class CueVerb:
    """A cue verb lemma, the particle it needs ("call for"), where its content is, and
    whether it attributes only with a source the text names ("she wants to …", not a
    bare "wanting to …")."""

    lemma: str
    particle: str | None
    content: tuple[str, ...]
    needs_speaker: bool = False
    adjective: bool = False
    """A predicate adjective ("X is sure that …", "X is willing to …"), not a verb."""


@dataclasses.dataclass(slots=True, frozen=True)
class CuePhrase:
    words: tuple[str, ...]
    kind: str
    objects: frozenset[str] = frozenset()
    """When set, the phrase is a cue only when its object is headed by one of these lemmas."""


@dataclasses.dataclass(slots=True, frozen=True)
class QuoteLexicon:
    verbs: dict[str, tuple[CueVerb, ...]]
    phrases: tuple[CuePhrase, ...]
    phrase_index: dict[str, tuple[CuePhrase, ...]]
    medium_nouns: frozenset[str]
    medium_names: tuple[tuple[str, ...], ...]
    medium_object_verbs: frozenset[str]
    medium_prepositions: frozenset[str]
    interview_nouns: frozenset[str]
    report_verbs: frozenset[str]
    nouns: frozenset[str]
    noun_topics: dict[str, frozenset[str]]
    """Cue noun lemma → the prepositions whose object is what it is about ("criticism of")."""
    noun_infinitives: frozenset[str]
    """Cue nouns whose to-infinitive is what was decided, promised or demanded ("decision to")."""
    author_verbs: frozenset[str]
    """Verbs whose subject authored their object ("issued a statement calling for …")."""
    light_verbs: frozenset[str]
    """Verbs whose subject owns the cue noun they take as object ("raised questions about")."""
    noun_source_prepositions: frozenset[str]
    inversions: dict[str, str]
    label_max_words: int
    label_dashes: frozenset[str]
    label_not_speakers: frozenset[str]
    anonymous_nouns: frozenset[str]
    anonymous_prepositions: frozenset[str]
    pronouns: dict[str, frozenset[str]]
    # Per process, by spaCy string key: which lower-case words open a cue and which
    # lemmas head one (cues._possible_cues); answers never change for a key.
    opener_keys: dict[int, bool] = dataclasses.field(default_factory=dict, compare=False, repr=False)
    head_keys: dict[int, bool] = dataclasses.field(default_factory=dict, compare=False, repr=False)

    def phrases_from(self, text: str, lemma: str) -> tuple[CuePhrase, ...]:
        """The phrases whose first word is a token's lowercase text or lemma."""
        found = self.phrase_index.get(text, ())
        return found if lemma == text else found + self.phrase_index.get(lemma, ())

    def cue_verbs(self, lemma: str) -> tuple[CueVerb, ...]:
        """The entries for a verb lemma: with particle first, so "call for" wins over "call"."""
        return self.verbs.get(lemma, ())


class CueFamily(DataModel):
    """A [[cues]] table of `quotes.toml`."""

    family: str
    lemmas: tuple[str, ...]
    content: tuple[ContentKind, ...]
    needs_speaker: bool = False
    adjective: bool = False


class PhraseEntry(DataModel):
    words: tuple[str, ...]
    kind: PhraseKind
    objects: frozenset[str] = frozenset()


class NounsSection(DataModel):
    lemmas: frozenset[str]
    source_prepositions: frozenset[str]
    topics: tuple[str, ...] = ()
    infinitives: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    author_verbs: frozenset[str] = frozenset()


class LabelsSection(DataModel):
    max_words: int
    dashes: frozenset[str]
    not_speakers: frozenset[str]


class MediumSection(DataModel):
    nouns: frozenset[str]
    names: tuple[str, ...]
    object_verbs: frozenset[str]
    prepositions: frozenset[str]
    interview: frozenset[str]
    report_verbs: frozenset[str]


class AnonymousSection(DataModel):
    nouns: frozenset[str]
    prepositions: frozenset[str]


class QuotesFile(DataModel):
    """`data/quotes.toml` (its format is documented at its top)."""

    cues: tuple[CueFamily, ...]
    phrases: tuple[PhraseEntry, ...]
    nouns: NounsSection
    labels: LabelsSection
    inversions: dict[str, str]
    medium: MediumSection
    anonymous: AnonymousSection
    pronouns: dict[str, frozenset[str]]


@functools.cache
def load_lexicon() -> QuoteLexicon:
    """The quote lexicon shipped in `dyadwatch/data/quotes.toml`."""
    return make_lexicon(read_data_file("quotes.toml", QuotesFile))


def make_lexicon(raw: QuotesFile) -> QuoteLexicon:
    """The lexicon of a validated quotes file."""
    medium, anonymous, labels = raw.medium, raw.anonymous, raw.labels
    phrases = tuple(
        CuePhrase(tuple(word.lower() for word in entry.words), entry.kind, entry.objects) for entry in raw.phrases
    )
    return QuoteLexicon(
        verbs=merge_cue_verbs(raw.cues),
        phrases=phrases,
        phrase_index=_index_phrases(phrases),
        medium_nouns=medium.nouns,
        medium_names=tuple(tuple(name.lower().split()) for name in medium.names),
        medium_object_verbs=medium.object_verbs,
        medium_prepositions=medium.prepositions,
        interview_nouns=medium.interview,
        report_verbs=medium.report_verbs,
        nouns=raw.nouns.lemmas,
        noun_topics=noun_topics(raw.nouns.topics),
        noun_infinitives=raw.nouns.infinitives,
        light_verbs=raw.nouns.light_verbs,
        author_verbs=raw.nouns.author_verbs,
        noun_source_prepositions=raw.nouns.source_prepositions,
        inversions=dict(raw.inversions),
        label_max_words=labels.max_words,
        label_dashes=labels.dashes,
        label_not_speakers=labels.not_speakers,
        anonymous_nouns=anonymous.nouns,
        anonymous_prepositions=anonymous.prepositions,
        pronouns=dict(raw.pronouns),
    )


def merge_cue_verbs(families: Iterable[CueFamily]) -> dict[str, tuple[CueVerb, ...]]:
    """lemma → entries; one entry per (lemma, particle) with the content kinds of every
    family that lists it, in file order. An entry needs a speaker when every family
    that lists it does (`needs_speaker = true`)."""
    kinds: dict[tuple[str, str | None], list[str]] = {}
    optional: set[tuple[str, str | None]] = set()
    adjectives: set[tuple[str, str | None]] = set()
    for family in families:
        for entry in family.lemmas:
            lemma, _, particle = entry.partition(" ")
            found = kinds.setdefault((lemma, particle or None), [])
            found.extend(kind for kind in family.content if kind not in found)
            if not family.needs_speaker:
                optional.add((lemma, particle or None))
            if family.adjective:
                adjectives.add((lemma, particle or None))
    verbs: dict[str, list[CueVerb]] = {}
    for (lemma, particle), content in kinds.items():
        needs = (lemma, particle) not in optional
        adjective = (lemma, particle) in adjectives
        verbs.setdefault(lemma, []).append(CueVerb(lemma, particle, tuple(content), needs, adjective))
    return {lemma: tuple(sorted(entries, key=lambda v: v.particle is None)) for lemma, entries in verbs.items()}


def noun_topics(entries: Iterable[str]) -> dict[str, frozenset[str]]:
    """"criticism of", "questions about": noun lemma → its topic prepositions."""
    topics: dict[str, set[str]] = {}
    for entry in entries:
        noun, _, preposition = entry.partition(" ")
        topics.setdefault(noun, set()).add(preposition)
    return {noun: frozenset(prepositions) for noun, prepositions in topics.items()}


def _index_phrases(phrases: tuple[CuePhrase, ...]) -> dict[str, tuple[CuePhrase, ...]]:
    index: dict[str, tuple[CuePhrase, ...]] = {}
    for phrase in phrases:
        index[phrase.words[0]] = (*index.get(phrase.words[0], ()), phrase)
    return index

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
import tomllib
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from dyadwatch.errors import ConfigError
from dyadwatch.events.ontology import Ontology, load_ontology
from dyadwatch.events.roles import MentionIndex, children, noun_actors, with_conjuncts
from dyadwatch.records import Mention, Quote

SPEECH_FILE = "events/speech.toml"
_KEYS = frozenset({"id", "event", "mode", "lemmas", "modals"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclasses.dataclass(slots=True, frozen=True)
class SpeechCue:
    """Words of a statement's content that make it an event of one type."""

    id: str
    event: str
    mode: str | None = None
    lemmas: frozenset[str] = frozenset()
    modals: frozenset[str] = frozenset()


@dataclasses.dataclass(slots=True, frozen=True)
class SpeechAct:
    """A quotation whose content is an act: the cue that made it, the word that
    matched, the reporting verb (for dating), and the parties the content is about."""

    cue: SpeechCue
    quote: Quote
    quote_index: int
    word: Token
    reporting: Token | None
    about: tuple[Mention, ...]
    named_by_clause: bool = True


@functools.cache
def load_speech_cues() -> tuple[SpeechCue, ...]:
    path = resources.files("dyadwatch.data").joinpath(SPEECH_FILE)
    return parse_speech_cues(path.read_text("utf-8"), source=str(path), ontology=load_ontology())


def parse_speech_cues(text: str, *, source: str, ontology: Ontology) -> tuple[SpeechCue, ...]:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc})") from exc
    cues = tuple(_parse_cue(item, source=source, ontology=ontology) for item in raw.get("cue", []))
    ids = [cue.id for cue in cues]
    if len(set(ids)) != len(ids):
        raise ConfigError(f"{source}: a cue id is used twice")
    return cues


def _parse_cue(item: Any, *, source: str, ontology: Ontology) -> SpeechCue:
    where = f"{source}: cue {item.get('id', '?') if isinstance(item, dict) else '?'}"
    if not isinstance(item, dict) or set(item) - _KEYS or not {"id", "event"} <= set(item):
        raise ConfigError(f"{where}: needs id and event and only the keys {sorted(_KEYS)}")
    if not item.get("lemmas") and not item.get("modals"):
        raise ConfigError(f"{where}: needs lemmas or modals")
    if not ontology.is_valid(item["event"], item.get("mode"), ()):
        raise ConfigError(f"{where}: {item['event']}/{item.get('mode')} is not in the PLOVER ontology")
    return SpeechCue(
        id=item["id"],
        event=item["event"],
        mode=item.get("mode"),
        lemmas=frozenset(word.lower() for word in item.get("lemmas", ())),
        modals=frozenset(word.lower() for word in item.get("modals", ())),
    )


def speech_acts(
    quotes: Sequence[Quote], doc: Doc, index: MentionIndex, cues: Sequence[SpeechCue]
) -> Iterator[SpeechAct]:
    """The quotations whose content is an act, with what it is about (module docstring)."""
    for number, quote in enumerate(quotes):
        content = doc.char_span(quote.content_start, quote.content_end, alignment_mode="expand")
        if content is None or quote.speaker is None:
            continue
        found = _first_cue(content, cues)
        if found is None:
            continue
        cue, word = found
        about = _about(word, content, index, modal=word.lower_ in cue.modals)
        reporting = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        yield SpeechAct(cue, quote, number, word, reporting[0] if reporting else None, *about)


def _first_cue(content: Sequence[Token], cues: Sequence[SpeechCue]) -> tuple[SpeechCue, Token] | None:
    for cue in cues:
        for word in content:
            lemma = word.lemma_.lower()
            modal = word.dep_ == "aux" and word.lower_ in cue.modals
            if (lemma in cue.lemmas or modal) and not _negated(word) and not _asked(word):
                return cue, word
    return None


def _negated(word: Token) -> bool:
    """"is not illegal", "did not welcome", "should not": a negation on the word or on
    the verb it belongs to."""
    heads = (word, word.head) if word.dep_ in ("acomp", "attr", "aux", "dobj", "amod", "xcomp") else (word,)
    return any(child.dep_ == "neg" for head in heads for child in head.children)


def _asked(word: Token) -> bool:
    """A question asks, it does not state: "Is this not a provocation?"."""
    sentence = word.sent
    return sentence.text.rstrip().rstrip("\"'”’").endswith("?")


def _about(
    word: Token, content: Sequence[Token], index: MentionIndex, *, modal: bool
) -> tuple[tuple[Mention, ...], bool]:
    """The parties the statement is about, and whether its clause names them. For a predicate ("… is illegal") or an
    obligation ("Iran must stop"): the subject, or the doer of the act the subject
    names ("Russia's invasion is illegal"), never the act's object ("the invasion of
    Georgia"). For a verb: its subject and what it acts on ("Russia violated …", "we
    welcome China's decision"); for a noun, its doer ("Russia's provocation"). Failing
    those, the named party of the content nearest to the cue."""
    predicate = modal or word.dep_ in ("acomp", "attr", "aux", "auxpass")
    clause = word.head if predicate else word
    subjects = with_conjuncts(children(clause, *SUBJECT_DEPS))
    doers = [m for subject in subjects for m in _doers(subject, index)]
    speaking_of_self = bool(subjects) and all(s.pos_ == "PRON" for s in subjects)
    if predicate and not speaking_of_self:
        return tuple(doers), True
    if subjects and not doers and not speaking_of_self:
        return (), True  # someone else's act ("refugees, whom authorities blame")
    if word.pos_ in ("NOUN", "PROPN"):
        doers += [m for doer in noun_actors(word, purpose=False) if (m := index.at(doer)) is not None]
    # what the act is done to, also through the act one is ready for ("ready to work with")
    for verb in (word, *children(word, "xcomp")):
        objects = children(verb, "dobj", "dative") + [p for prep in children(verb, "prep") for p in children(prep, "pobj")]
        doers += [m for obj in objects for m in _doers(obj, index)]
    if doers:
        return tuple(doers), True
    named = {m.start: m for token in content if (m := index.at(token)) is not None}
    return tuple(sorted(named.values(), key=lambda m: abs(m.start - word.idx)))[:1], False


def _doers(token: Token, index: MentionIndex) -> list[Mention]:
    """The party a word names, or the doer of the act it names."""
    own = index.at(token)
    if own is not None:
        return [own]
    return [m for doer in noun_actors(token, purpose=False) if (m := index.at(doer)) is not None]

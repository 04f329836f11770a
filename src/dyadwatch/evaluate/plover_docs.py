"""PLOVER events scored at document level, as an analyst reads an article: the events
a careful coder found in each article (`gold/realnews`: `docs.jsonl` + `events.jsonl`)
against the events dyadwatch stores for it.

Per document, gold and predicted events are paired one to one by a maximum matching
(its size counts, not which of several equal matchings is found). A pair is
*compatible* when the type is the same, the actor codes overlap, and no predicted party
is foreign to the gold event:

- gold with a recipient: the predicted actors are among the gold actors and the
  predicted recipients among the gold recipients; or the prediction has no recipient
  and its actors hold a gold recipient, all of them among the gold actors and
  recipients (a joint coding of the same act);
- gold with no recipient (a reciprocal or compound act, every party an actor): every
  predicted actor and recipient is among the gold actors.

Predictions marked negated or hypothetical are set aside (a gold event matched only by
such predictions is missed). A prediction compatible only with gold events already
matched is a repeat of one real-world event, neither right nor wrong.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from dyadwatch.errors import ConfigError, EmptyInputError, MalformedInputError
from dyadwatch.evaluate.metrics import PRF, decode_gold_text, match_one_to_one, ratio, read_gold_bytes, total
from dyadwatch.evaluate.plover import json_records
from dyadwatch.records import Actor, Event

TEXT_DATED = ("day", "month", "year")
Compatibility = Callable[["DocGold", "Predicted"], bool]


@dataclasses.dataclass(slots=True, frozen=True)
class DocGold:
    """One hand-coded event of an article: codes upper-case, empty codes dropped;
    `date` as written (`2006-11-01`, `2006-11`, `2006`), None when not given."""

    doc_id: str
    event: str
    actor: frozenset[str]
    recipient: frozenset[str]
    date: str | None
    date_precision: str
    core: bool
    sentence: str
    where: str


@dataclasses.dataclass(slots=True, frozen=True)
class Predicted:
    """What the scorer reads of a predicted event."""

    event: str
    actor: frozenset[str]
    recipient: frozenset[str]
    date: dt.date | None
    set_aside: bool
    text: str
    pattern: str

    @classmethod
    def of(cls, event: Event) -> Predicted:
        return cls(
            event=(event.event or "").strip().upper(),
            actor=_codes(event.actor),
            recipient=_codes(event.recipient),
            date=event.date,
            set_aside=event.aux.negated or event.aux.hypothetical,
            text=event.text,
            pattern=event.pattern,
        )


@dataclasses.dataclass(slots=True, frozen=True)
class DocError:
    """A gold event missed (`missed`), a prediction no gold event accepts (`spurious`),
    with the predictions of the same sentence for a missed one, or a matched gold event
    the text dates and the prediction dates wrong (`misdated`)."""

    doc_id: str
    kind: str
    core: bool
    gold: str | None
    predicted: str
    sentence: str


@dataclasses.dataclass(slots=True, frozen=True)
class DocCase:
    """One document's counts."""

    doc_id: str
    events: PRF
    repeats: int
    set_aside: int
    core: PRF
    types: PRF
    type_actor: PRF
    dated: int
    dated_right: int
    dated_right_by_publication: int
    errors: tuple[DocError, ...]
    by_type: dict[str, PRF] = dataclasses.field(default_factory=dict)
    failed: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class DocEvaluation:
    cases: tuple[DocCase, ...]

    def figures(self) -> dict[str, float]:
        """Stable keys the quality gate pins: event_{precision,recall,f1}, core_recall,
        type_{…}, type_actor_{…}, date_accuracy (with date_accuracy_publication, what
        dating every matched event to its publication day scores), counts, and per
        PLOVER type `recall.<TYPE>`, `precision.<TYPE>`, `gold.<TYPE>`."""
        events = total(c.events for c in self.cases)
        predicted = sum(c.events.predicted + c.repeats + c.set_aside for c in self.cases)
        dated = sum(c.dated for c in self.cases)
        return {
            "documents": float(len(self.cases)),
            "failed_documents": float(sum(c.failed is not None for c in self.cases)),
            "gold_events": float(events.gold),
            "gold_core_events": float(sum(c.core.gold for c in self.cases)),
            "predicted_events": float(predicted),
            "repeats": float(sum(c.repeats for c in self.cases)),
            "set_aside_share": ratio(sum(c.set_aside for c in self.cases), predicted),
            **events.figures("event"),
            "core_recall": total(c.core for c in self.cases).recall,
            **total(c.types for c in self.cases).figures("type"),
            **total(c.type_actor for c in self.cases).figures("type_actor"),
            "dated_matches": float(dated),
            "date_accuracy": ratio(sum(c.dated_right for c in self.cases), dated),
            "date_accuracy_publication": ratio(sum(c.dated_right_by_publication for c in self.cases), dated),
            **{f"{key}.{name}": value for name, prf in self.by_type().items() for key, value in (
                ("recall", prf.recall), ("precision", prf.precision), ("gold", float(prf.gold)))},
        }

    def by_type(self) -> dict[str, PRF]:
        """Matched, spurious and missed events per PLOVER type (gold type for misses,
        predicted type for spurious predictions), sorted by type."""
        counts: dict[str, PRF] = {}
        for case in self.cases:
            for name, prf in case.by_type.items():
                counts[name] = counts.get(name, PRF()) + prf
        return dict(sorted(counts.items()))

    def errors(self, n: int) -> list[DocError]:
        """Missed core events first, then spurious predictions, then other misses, then
        matched events dated wrong; in document order within a kind."""
        ranked = [e for c in self.cases for e in c.errors if e.kind == "missed" and e.core]
        ranked += [e for c in self.cases for e in c.errors if e.kind == "spurious"]
        ranked += [e for c in self.cases for e in c.errors if e.kind == "missed" and not e.core]
        ranked += [e for c in self.cases for e in c.errors if e.kind == "misdated"]
        return ranked[:n]


# --- reading -------------------------------------------------------------------------


def gold_paths(paths: Sequence[Path]) -> tuple[Path, Path]:
    """(docs, events) from `DOCS EVENTS` or from one directory holding `docs.jsonl` and
    `events.jsonl`."""
    if len(paths) == 1 and paths[0].is_dir():
        return paths[0] / "docs.jsonl", paths[0] / "events.jsonl"
    if len(paths) == 2:
        return paths[0], paths[1]
    raise ConfigError("plover-docs takes DOCS EVENTS (two JSON Lines files) or one directory holding both")


def read_doc_events(path: Path) -> list[DocGold]:
    """Gold events, one JSON object per line (`doc_id`, `event`, `actor`, `recipient`,
    `date`, `date_precision`, `core`, `sentence`); a broken line is an error naming it."""
    text = decode_gold_text(str(path), read_gold_bytes(path))
    golds = [_doc_gold(where, record) for where, record in json_records(text, source=str(path))]
    if not golds:
        raise EmptyInputError(str(path), "no gold events")
    return golds


def _doc_gold(where: str, record: Any) -> DocGold:
    if not isinstance(record, dict) or not record.get("doc_id") or not record.get("event"):
        raise MalformedInputError(where, "a gold event is a JSON object with `doc_id` and `event`")
    precision = str(record.get("date_precision") or "publication")
    return DocGold(
        doc_id=str(record["doc_id"]),
        event=str(record["event"]).strip().upper(),
        actor=_gold_codes(record.get("actor"), where),
        recipient=_gold_codes(record.get("recipient"), where),
        date=record.get("date") or None,
        date_precision=precision,
        core=bool(record.get("core")),
        sentence=str(record.get("sentence") or ""),
        where=where,
    )


def _gold_codes(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        raise MalformedInputError(where, "`actor` and `recipient` are lists of {text, code, sector}")
    codes = (item.get("code") if isinstance(item, dict) else item for item in value)
    return frozenset(str(code).strip().upper() for code in codes if code and str(code).strip())


def _codes(actors: Sequence[Actor]) -> frozenset[str]:
    return frozenset(a.code.strip().upper() for a in actors if a.code and a.code.strip())


# --- compatibility -------------------------------------------------------------------


def compatible(gold: DocGold, predicted: Predicted) -> bool:
    """Same type, overlapping actors, and no predicted party foreign to the gold event
    (module docstring)."""
    actor, recipient = predicted.actor, predicted.recipient
    if predicted.event != gold.event or not actor & gold.actor:
        return False
    if not gold.recipient:
        return actor <= gold.actor and recipient <= gold.actor
    if recipient:
        return actor <= gold.actor and recipient <= gold.recipient
    return bool(actor & gold.recipient) and actor <= gold.actor | gold.recipient


def same_type_and_actor(gold: DocGold, predicted: Predicted) -> bool:
    """The diagnostic pairing: same type, overlapping actor codes, recipients ignored."""
    return predicted.event == gold.event and bool(predicted.actor & gold.actor)


def date_right(gold: DocGold, date: dt.date | None) -> bool:
    """Is `date` (a range's start) the gold date at the gold's precision?"""
    if date is None or not gold.date:
        return False
    width = {"day": 10, "month": 7, "year": 4}.get(gold.date_precision, 10)
    return date.isoformat()[:width] == gold.date[:width]


# --- scoring -------------------------------------------------------------------------


def evaluate_documents(
    golds: Iterable[DocGold],
    predictions: Mapping[str, Sequence[Event]],
    *,
    published: Mapping[str, dt.date | None],
    failures: Mapping[str, str] | None = None,
) -> DocEvaluation:
    """Score the predictions of every document that has gold events or predictions.
    `published` gives each document's publication day (the date baseline); `failures`
    names the documents the pipeline could not read (they predict nothing)."""
    failures = failures or {}
    by_doc: dict[str, list[DocGold]] = {}
    for gold in golds:
        by_doc.setdefault(gold.doc_id, []).append(gold)
    doc_ids = list(dict.fromkeys([*by_doc, *predictions, *failures]))
    cases = [
        dataclasses.replace(
            score_document(doc_id, by_doc.get(doc_id, []), predictions.get(doc_id, ()), published.get(doc_id)),
            failed=failures.get(doc_id),
        )
        for doc_id in doc_ids
    ]
    return DocEvaluation(tuple(cases))


def score_document(
    doc_id: str, golds: Sequence[DocGold], events: Sequence[Event], published: dt.date | None
) -> DocCase:
    """One document's counts (module docstring)."""
    predicted = [Predicted.of(event) for event in events]
    asserted = [p for p in predicted if not p.set_aside]
    pairs = _match(golds, asserted, compatible)
    repeats = _repeats(golds, asserted, pairs, compatible)
    loose = _match(golds, asserted, same_type_and_actor)
    loose_repeats = _repeats(golds, asserted, loose, same_type_and_actor)
    matched_golds = [golds[g] for g, _ in pairs]
    dated = [(golds[g], asserted[p]) for g, p in pairs if golds[g].date_precision in TEXT_DATED]
    core_golds = [g for g in golds if g.core]
    core_found = sum(g.core for g in matched_golds)
    return DocCase(
        doc_id=doc_id,
        events=PRF(tp=len(pairs), fp=len(asserted) - len(pairs) - len(repeats), fn=len(golds) - len(pairs)),
        repeats=len(repeats),
        set_aside=len(predicted) - len(asserted),
        core=PRF(tp=core_found, fn=len(core_golds) - core_found),
        types=_type_counts(golds, asserted),
        type_actor=PRF(
            tp=len(loose), fp=len(asserted) - len(loose) - len(loose_repeats), fn=len(golds) - len(loose)
        ),
        dated=len(dated),
        dated_right=sum(date_right(g, p.date) for g, p in dated),
        dated_right_by_publication=sum(date_right(g, published) for g, _ in dated),
        errors=_errors(doc_id, golds, asserted, pairs, repeats),
        by_type=_by_type(golds, asserted, pairs, repeats),
    )


def _by_type(
    golds: Sequence[DocGold], predicted: Sequence[Predicted], pairs: list[tuple[int, int]], repeats: list[int]
) -> dict[str, PRF]:
    matched, used = {g for g, _ in pairs}, {p for _, p in pairs} | set(repeats)
    counts: dict[str, PRF] = {}
    for index, gold in enumerate(golds):
        hit = PRF(tp=1) if index in matched else PRF(fn=1)
        counts[gold.event] = counts.get(gold.event, PRF()) + hit
    for index, prediction in enumerate(predicted):
        if index not in used:
            counts[prediction.event] = counts.get(prediction.event, PRF()) + PRF(fp=1)
    return counts


def _match(golds: Sequence[DocGold], predicted: Sequence[Predicted], rule: Compatibility) -> list[tuple[int, int]]:
    """A maximum one-to-one matching; among equal ones, exact party sets are
    preferred, then a prediction made from the gold event's own sentence
    (deterministically). The size is all that precision and recall read; the preferences
    only pick which prediction stands for a gold event, so that its date is judged on
    the report of that event ("arrested … on Nov. 14" and "arrested … on Nov. 16" are
    both compatible with either arrest). Dates themselves play no part."""

    def score(gold: DocGold, prediction: Predicted) -> tuple[float, ...] | None:
        if not rule(gold, prediction):
            return None
        exact = prediction.actor == gold.actor and prediction.recipient == gold.recipient
        return (float(exact), float(_from_sentence(gold, prediction)))

    return match_one_to_one(golds, predicted, score=score)


def _repeats(
    golds: Sequence[DocGold], predicted: Sequence[Predicted], pairs: list[tuple[int, int]], rule: Compatibility
) -> list[int]:
    """Unmatched predictions that some gold event accepts: repeats of a matched event."""
    used = {p for _, p in pairs}
    return [i for i, p in enumerate(predicted) if i not in used and any(rule(g, p) for g in golds)]


def _type_counts(golds: Sequence[DocGold], predicted: Sequence[Predicted]) -> PRF:
    """Per-document counts of each type, compared type by type."""
    gold_types, predicted_types = Counter(g.event for g in golds), Counter(p.event for p in predicted)
    found = sum(min(n, predicted_types[name]) for name, n in gold_types.items())
    return PRF(tp=found, fp=sum(predicted_types.values()) - found, fn=sum(gold_types.values()) - found)


def _errors(
    doc_id: str,
    golds: Sequence[DocGold],
    predicted: Sequence[Predicted],
    pairs: list[tuple[int, int]],
    repeats: list[int],
) -> tuple[DocError, ...]:
    matched, used = {g for g, _ in pairs}, {p for _, p in pairs} | set(repeats)
    missed = [
        DocError(doc_id, "missed", g.core, describe(g), _same_sentence(g, predicted), g.sentence)
        for i, g in enumerate(golds)
        if i not in matched
    ]
    spurious = [
        DocError(doc_id, "spurious", False, None, f"{describe(p)} [{p.pattern}]", p.text)
        for i, p in enumerate(predicted)
        if i not in used
    ]
    misdated = [
        DocError(doc_id, "misdated", golds[g].core, f"{describe(golds[g])} dated {golds[g].date} ({golds[g].date_precision})",
                 f"dated {predicted[p].date} [{predicted[p].pattern}]", golds[g].sentence)
        for g, p in pairs
        if golds[g].date_precision in TEXT_DATED and not date_right(golds[g], predicted[p].date)
    ]
    return (*missed, *spurious, *misdated)


def _from_sentence(gold: DocGold, prediction: Predicted) -> bool:
    """Was the prediction made from the gold event's sentence (one may hold the other:
    sentence splits differ)?"""
    return bool(prediction.text and gold.sentence) and (prediction.text in gold.sentence or gold.sentence in prediction.text)


def _same_sentence(gold: DocGold, predicted: Sequence[Predicted]) -> str:
    """The predictions made from the gold event's sentence, or `nothing`."""
    found = [p for p in predicted if _from_sentence(gold, p)]
    return "; ".join(f"{describe(p)} [{p.pattern}]" for p in found) or "nothing from this sentence"


def describe(item: DocGold | Predicted) -> str:
    """`TYPE ACTOR+ACTOR→RECIPIENT`, `-` for a role without codes."""
    actor, recipient = "+".join(sorted(item.actor)) or "-", "+".join(sorted(item.recipient)) or "-"
    return f"{item.event} {actor}→{recipient}"

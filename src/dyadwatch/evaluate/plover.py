"""PLOVER events and actor codes scored against gold records: one sentence, its event
type, mode, context, and the codes of its actor(s) and recipient(s), as in the PLOVER
gold standard records (openeventdata/PLOVER, `PLOVER_GSR_CAMEO`).

The scorers take predictor callables (sentence → Event records, sentence → resolved
Mention records) so they do not depend on how the pipeline codes events.

Code matching, used throughout: a record may carry several codes per role (compound
actors, "The United States and Jordan"). Predicted codes match gold codes when the two
sets share at least one code; a gold role without codes (no recipient, or the reciprocal
SRC/TAR records whose target is empty) places no requirement on the prediction.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from dyadwatch.errors import EmptyInputError, InputError, MalformedInputError
from dyadwatch.evaluate.metrics import PRF, decode_gold_text, match_one_to_one, ratio, read_gold_bytes, total
from dyadwatch.records import Actor, Event, Mention

EventPredictor = Callable[[str], Sequence[Event]]
MentionResolver = Callable[[str], Sequence[Mention]]
Signature = tuple[str, tuple[str, ...], tuple[str, ...]]
"""A predicted event as the scorer sees it: (type, actor codes, recipient codes)."""

_EMPTY_CODES = frozenset({"", "NONE", "NULL", "NA", "N/A"})
_PLACEHOLDER = re.compile(r"[-*_?.]+")
_CODE_SEPARATORS = re.compile(r"[;,|\s]+")
_EVENT_SEVERITY = {"missed_type": 0, "wrong_actor": 1, "wrong_recipient": 2, "merged": 3, "spurious_type": 4}


@dataclasses.dataclass(slots=True, frozen=True)
class PloverGold:
    """One gold record; codes upper-case, empty codes dropped."""

    id: str | None
    text: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    event_v05: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class EventMismatch:
    """A gold record not matched strictly (`missed_type`, `wrong_actor`,
    `wrong_recipient`, or `merged` when its event was matched to another gold record
    of the sentence), or a predicted type the sentence does not have (`spurious_type`).
    `gold` and `predicted` read like `REJECT CIV→SEN`."""

    record_id: str | None
    text: str
    problems: tuple[str, ...]
    gold: str | None
    predicted: str | None


@dataclasses.dataclass(slots=True, frozen=True)
class SentenceCase:
    """One sentence's counts. `types` counts event types once per sentence; `strict`
    counts gold records against distinct predicted signatures."""

    text: str
    record_ids: tuple[str | None, ...]
    types: PRF
    by_type: dict[str, PRF]
    strict: PRF
    actor_checked: int
    actor_correct: int
    recipient_checked: int
    recipient_correct: int
    mismatches: tuple[EventMismatch, ...]
    error: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class EventEvaluation:
    cases: tuple[SentenceCase, ...]

    @property
    def types(self) -> PRF:
        return total(case.types for case in self.cases)

    @property
    def strict(self) -> PRF:
        return total(case.strict for case in self.cases)

    def by_type(self) -> dict[str, PRF]:
        """Event-type counts per PLOVER type, gold or predicted, sorted by type."""
        counts: dict[str, PRF] = defaultdict(PRF)
        for case in self.cases:
            for name, prf in case.by_type.items():
                counts[name] = counts[name] + prf
        return dict(sorted(counts.items()))

    def figures(self) -> dict[str, float]:
        """Stable keys: event_{precision,recall,f1} (types), event_actor_{…} (strict),
        actor_accuracy, recipient_accuracy, counts, and `event_f1.<TYPE>` per type."""
        types, strict = self.types, self.strict
        figures = {
            "sentences": float(len(self.cases)),
            "predictor_errors": float(sum(case.error is not None for case in self.cases)),
            "gold_events": float(strict.gold),
            "predicted_events": float(strict.predicted),
            **types.figures("event"),
            **strict.figures("event_actor"),
            "actor_accuracy": ratio(
                sum(c.actor_correct for c in self.cases), sum(c.actor_checked for c in self.cases)
            ),
            "recipient_accuracy": ratio(
                sum(c.recipient_correct for c in self.cases), sum(c.recipient_checked for c in self.cases)
            ),
        }
        figures.update({f"event_f1.{name}": prf.f1 for name, prf in self.by_type().items()})
        return figures

    def worst_cases(self, n: int = 10) -> list[EventMismatch]:
        """The n worst mismatches: missed types, wrong actors, wrong recipients, merged
        events, spurious types; in gold order within a kind."""
        mismatches = [mismatch for case in self.cases for mismatch in case.mismatches]
        ranked = sorted(
            enumerate(mismatches), key=lambda item: (min(_EVENT_SEVERITY[p] for p in item[1].problems), item[0])
        )
        return [mismatch for _, mismatch in ranked[:n]]


@dataclasses.dataclass(slots=True, frozen=True)
class ActorCase:
    """One gold record against the codes of its sentence's resolved mentions."""

    record_id: str | None
    text: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    resolved: tuple[str, ...]
    error: str | None = None

    @property
    def missing_actor(self) -> tuple[str, ...]:
        return tuple(code for code in self.actor if code not in self.resolved)

    @property
    def missing_recipient(self) -> tuple[str, ...]:
        return tuple(code for code in self.recipient if code not in self.resolved)


@dataclasses.dataclass(slots=True, frozen=True)
class ActorEvaluation:
    cases: tuple[ActorCase, ...]

    def figures(self) -> dict[str, float]:
        """Stable keys: actor_recall, recipient_recall, actor_code_recall (both roles
        together), and counts. Each distinct code of a record's role counts once."""
        actor = sum(len(c.actor) for c in self.cases)
        recipient = sum(len(c.recipient) for c in self.cases)
        missing_actor = sum(len(c.missing_actor) for c in self.cases)
        missing_recipient = sum(len(c.missing_recipient) for c in self.cases)
        return {
            "records": float(len(self.cases)),
            "resolver_errors": float(sum(c.error is not None for c in self.cases)),
            "gold_actor_codes": float(actor),
            "gold_recipient_codes": float(recipient),
            "actor_recall": ratio(actor - missing_actor, actor),
            "recipient_recall": ratio(recipient - missing_recipient, recipient),
            "actor_code_recall": ratio(actor + recipient - missing_actor - missing_recipient, actor + recipient),
        }

    def worst_cases(self, n: int = 10) -> list[ActorCase]:
        """The n records with most missing codes (ties in gold order)."""
        missing = [c for c in self.cases if c.missing_actor or c.missing_recipient]
        ranked = sorted(enumerate(missing), key=lambda item: (-_missing_count(item[1]), item[0]))
        return [case for _, case in ranked[:n]]


def _missing_count(case: ActorCase) -> int:
    return len(case.missing_actor) + len(case.missing_recipient)


# --- reading -------------------------------------------------------------------------


def read_plover(path: str | Path) -> list[PloverGold]:
    """Gold records from a JSON list or a JSON Lines file.

    Fields: `text` and `event` are required; codes come from `actor` or else `source`,
    and `recipient` or else `target`, each a list of `{"code": …}` objects (the GSR
    form), a list of code strings, or one string (`"USA;JOR"`); `""`, null, `---`,
    `NONE` are no code. `mode` "" is no mode; `context` may be a comma-separated string
    ("diplomatic, military") or a list."""
    path = Path(path)
    source = str(path)
    text = decode_gold_text(source, read_gold_bytes(path)).lstrip("\ufeff")
    golds = [_gold_record(record, source=where) for where, record in json_records(text, source=source)]
    if not golds:
        raise EmptyInputError(source, "no PLOVER records")
    return golds


def json_records(text: str, *, source: str) -> Iterator[tuple[str, Any]]:
    """(where, record) for a JSON list or JSON Lines text; a broken line or list is an
    error naming it."""
    if text.lstrip().startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            raise MalformedInputError(source, f"broken JSON ({exc.msg} at line {exc.lineno})") from exc
        yield from ((f"{source}#{index}", record) for index, record in enumerate(records))
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                yield f"{source}:{number}", json.loads(line)
            except json.JSONDecodeError as exc:
                raise MalformedInputError(f"{source}:{number}", f"broken JSON line ({exc.msg})") from exc


def _gold_record(record: Any, *, source: str) -> PloverGold:
    if not isinstance(record, dict):
        raise MalformedInputError(source, f"a record is a JSON object, not {type(record).__name__}")
    text, event = record.get("text"), normalize_code(_string(record.get("event"), "event", source))
    if not isinstance(text, str) or not text.strip() or event is None:
        raise MalformedInputError(source, "a PLOVER record needs a non-empty `text` and `event`")
    return PloverGold(
        id=str(record["id"]) if record.get("id") is not None else None,
        text=text,
        actor=_gold_codes(record["actor"] if "actor" in record else record.get("source"), source=source),
        recipient=_gold_codes(record["recipient"] if "recipient" in record else record.get("target"), source=source),
        event=event,
        mode=(_string(record.get("mode"), "mode", source) or "").strip() or None,
        context=_context(record.get("context"), source=source),
        event_v05=normalize_code(_string(record.get("event_v05"), "event_v05", source)),
    )


def _string(value: Any, field: str, source: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise MalformedInputError(source, f"`{field}` is {type(value).__name__}, expected a string")


def _gold_codes(value: Any, *, source: str) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    codes: list[str] = []
    for item in items:
        raw = _string(item.get("code") if isinstance(item, dict) else item, "code", source)
        for piece in _CODE_SEPARATORS.split(raw or ""):
            code = normalize_code(piece)
            if code is not None and code not in codes:
                codes.append(code)
    return tuple(codes)


def _context(value: Any, *, source: str) -> tuple[str, ...]:
    items = value if isinstance(value, list) else (_string(value, "context", source) or "").split(",")
    return tuple(item.strip() for item in items if isinstance(item, str) and item.strip())


# Codes compared as one: the PLOVER 0.5 gold codes the UN, the EU and NGOs all as IGO,
# and keeps CAMEO's JAP and ITL for Japan and Italy; current PLOVER (and dyadwatch)
# writes UNO, EUR, NGO, JPN, ITA.
CODE_FAMILIES = {"UNO": "IGO", "EUR": "IGO", "NGO": "IGO", "JAP": "JPN", "ITL": "ITA"}


def normalize_code(code: str | None) -> str | None:
    """Upper case, trimmed, by family (`CODE_FAMILIES`); None for an empty code ("",
    "---", "***", "NONE", null)."""
    code = (code or "").strip().upper()
    if code in _EMPTY_CODES or _PLACEHOLDER.fullmatch(code):
        return None
    return CODE_FAMILIES.get(code, code)


def codes_match(gold: Sequence[str], predicted: Iterable[str]) -> bool:
    """Any shared code; a gold role without codes accepts anything."""
    return not gold or bool(set(gold) & set(predicted))


# --- event scoring -------------------------------------------------------------------


def evaluate_events(golds: Iterable[PloverGold], predict: EventPredictor) -> EventEvaluation:
    """Score `predict`, called once per distinct sentence; records that share a
    sentence (two events coded in one sentence) are scored together. A predictor
    InputError scores the sentence as predicting nothing."""
    cases = []
    for text, records in group_sentences(golds):
        try:
            predicted, error = tuple(predict(text)), None
        except InputError as exc:
            predicted, error = (), exc.reason
        cases.append(dataclasses.replace(score_events(records, predicted), error=error))
    return EventEvaluation(tuple(cases))


def group_sentences(golds: Iterable[PloverGold]) -> list[tuple[str, tuple[PloverGold, ...]]]:
    """Records grouped by sentence text, in order of first appearance."""
    groups: dict[str, list[PloverGold]] = {}
    for gold in golds:
        groups.setdefault(gold.text, []).append(gold)
    return [(text, tuple(records)) for text, records in groups.items()]


def signature(event: Event) -> Signature:
    """What the scorer compares of a predicted event: its type and the sorted distinct
    codes of its actors and recipients."""
    return ((event.event or "").strip().upper(), _event_codes(event.actor), _event_codes(event.recipient))


def _event_codes(actors: Sequence[Actor]) -> tuple[str, ...]:
    return tuple(sorted({code for code in (normalize_code(actor.code) for actor in actors) if code}))


def score_events(records: Sequence[PloverGold], predicted: Sequence[Event]) -> SentenceCase:
    """One sentence's counts.

    Event type: the sentence's set of gold types against its set of predicted types,
    so a type predicted twice counts once. Strict (`event_actor`): each gold record is
    matched one-to-one to a distinct predicted (type, actor codes, recipient codes)
    with the same type whose actor and recipient codes match the gold ones (module
    docstring). Actor / recipient accuracy, over gold records whose type was predicted
    and that have codes in that role: does any predicted event of that type have a
    matching code."""
    gold_types = {r.event for r in records}
    signatures = list(dict.fromkeys(signature(event) for event in predicted))
    predicted_types = {s[0] for s in signatures}
    by_type = {name: _type_counts(name, gold_types, predicted_types) for name in sorted(gold_types | predicted_types)}
    pairs = match_one_to_one(records, signatures, score=_strict_score)
    found = [r for r in records if r.event in predicted_types]
    actor_checks = [_role_found(r.actor, r.event, signatures, 1) for r in found if r.actor]
    recipient_checks = [_role_found(r.recipient, r.event, signatures, 2) for r in found if r.recipient]
    return SentenceCase(
        text=records[0].text if records else "",
        record_ids=tuple(r.id for r in records),
        types=total(by_type.values()),
        by_type=by_type,
        strict=PRF(tp=len(pairs), fp=len(signatures) - len(pairs), fn=len(records) - len(pairs)),
        actor_checked=len(actor_checks),
        actor_correct=sum(actor_checks),
        recipient_checked=len(recipient_checks),
        recipient_correct=sum(recipient_checks),
        mismatches=_event_mismatches(records, signatures, pairs),
    )


def _type_counts(name: str, gold_types: set[str], predicted_types: set[str]) -> PRF:
    found, expected = name in predicted_types, name in gold_types
    return PRF(tp=int(found and expected), fp=int(found and not expected), fn=int(expected and not found))


def _strict_score(gold: PloverGold, predicted: Signature) -> tuple[float, ...] | None:
    event, actor, recipient = predicted
    if event != gold.event or not codes_match(gold.actor, actor) or not codes_match(gold.recipient, recipient):
        return None
    return (float(set(gold.actor) == set(actor)) + float(set(gold.recipient) == set(recipient)),)


def _role_found(codes: tuple[str, ...], event: str, signatures: list[Signature], role: int) -> bool:
    return any(s[0] == event and codes_match(codes, s[role]) for s in signatures)


def _event_mismatches(
    records: Sequence[PloverGold], signatures: list[Signature], pairs: list[tuple[int, int]]
) -> tuple[EventMismatch, ...]:
    matched = {g for g, _ in pairs}
    found = []
    for index, record in enumerate(records):
        if index in matched:
            continue
        same_type = [s for s in signatures if s[0] == record.event]
        shown = "; ".join(map(describe, same_type or signatures)) or None
        problems = _record_problems(record, same_type)
        found.append(EventMismatch(record.id, record.text, problems, describe(record), shown))
    gold_types = {r.event for r in records}
    first = records[0] if records else None
    for spurious in (s for s in signatures if s[0] not in gold_types):
        text = first.text if first else ""
        found.append(EventMismatch(first.id if first else None, text, ("spurious_type",), None, describe(spurious)))
    return tuple(found)


def _record_problems(record: PloverGold, same_type: list[Signature]) -> tuple[str, ...]:
    if not same_type:
        return ("missed_type",)
    problems = []
    if not any(codes_match(record.actor, s[1]) for s in same_type):
        problems.append("wrong_actor")
    if not any(codes_match(record.recipient, s[2]) for s in same_type):
        problems.append("wrong_recipient")
    return tuple(problems) or ("merged",)


def describe(item: PloverGold | Signature) -> str:
    """`TYPE ACTOR+ACTOR→RECIPIENT`, `-` for a role without codes."""
    event, actor, recipient = (item.event, item.actor, item.recipient) if isinstance(item, PloverGold) else item
    return f"{event} {'+'.join(actor) or '-'}→{'+'.join(recipient) or '-'}"


# --- actor scoring -------------------------------------------------------------------


def evaluate_actors(golds: Iterable[PloverGold], resolve: MentionResolver) -> ActorEvaluation:
    """Share of gold actor and recipient codes found among the codes of the sentence's
    resolved mentions (`resolve` is called once per distinct sentence; unresolved
    mentions have no code). Recall only: PLOVER gold codes the event's participants,
    not every country a sentence names, so extra codes are not errors here."""
    resolved: dict[str, tuple[tuple[str, ...], str | None]] = {}
    cases = []
    for gold in golds:
        if gold.text not in resolved:
            resolved[gold.text] = _resolved_codes(gold.text, resolve)
        codes, error = resolved[gold.text]
        cases.append(ActorCase(gold.id, gold.text, gold.actor, gold.recipient, codes, error))
    return ActorEvaluation(tuple(cases))


def _resolved_codes(text: str, resolve: MentionResolver) -> tuple[tuple[str, ...], str | None]:
    try:
        mentions = tuple(resolve(text))
    except InputError as exc:
        return (), exc.reason
    codes = (normalize_code(m.actor.code) for m in mentions if m.actor is not None)
    return tuple(dict.fromkeys(code for code in codes if code)), None

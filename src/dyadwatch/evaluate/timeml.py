"""Time expressions scored as TempEval-3 scores them (UzZaman et al. 2013), against gold
in TimeML (TempEval-3 `.tml`) or MEANTIME (NewsReader NAF-like `.xml`).

TempEval-3 figures: extraction precision/recall/F1 with strict matching (same span)
and relaxed matching (any overlap), each gold and predicted timex matched at most once;
value and type accuracy over the relaxed matches; value F1, where a prediction counts
when it overlaps a gold timex and carries the same normalized value. The document
creation time (DCT) is an input, not a target: it is never scored.

The scorer takes a predictor callable (text, creation time → TimeExpr records) so it
does not depend on how the pipeline finds dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from dyadwatch.errors import ConfigError, InputError, MalformedInputError, UnsupportedInputError
from dyadwatch.evaluate.metrics import (
    PRF,
    Span,
    match_one_to_one,
    overlap,
    prf_from_matches,
    ratio,
    read_gold_bytes,
    total,
)
from dyadwatch.records import TimeExpr

TIMEX_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")
CREATION_TIME = "CREATION_TIME"
GOLD_SUFFIXES = (".xml", ".tml")
TimePredictor = Callable[[str, dt.date | None], Sequence[TimeExpr]]

# MEANTIME gives tokens, not text: these rules rebuild ordinary spacing ("$40", "Boeing's",
# "(EADS)", "2008.") so a predictor reads something like the article, offsets stay exact.
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "”", "...", "'s", "'re", "'ve", "'ll", "'d", "'m", "n't"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``", "“", "#"})
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_FIRST_DATE = re.compile(r"(\d{2})-(\d{2})-(\d{4})$")
_SEVERITY = {"missed": 0, "spurious": 1, "value": 2, "type": 3, "span": 4}


@dataclasses.dataclass(slots=True, frozen=True)
class GoldTimex:
    """A gold TIMEX3 that is a span of the document text."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    tid: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class TimeDocument:
    """A gold document: its text, creation time, and the timexes to score.

    `unscored` holds spans of the text that are annotated but never scored: the
    creation-time expression when the text contains it (MEANTIME's date line). A
    prediction there is neither right nor wrong, as in TempEval-3 where the DCT sits
    outside the text."""

    doc_id: str
    text: str
    creation_time: dt.date | None
    timexes: tuple[GoldTimex, ...]
    unscored: tuple[Span, ...] = ()
    path: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class TimexMismatch:
    """One disagreement: a missed gold timex, a spurious prediction, or a matched pair
    whose span, value or type differ (`problems` names which)."""

    doc_id: str
    problems: tuple[str, ...]
    start: int
    gold_text: str | None = None
    gold_type: str | None = None
    gold_value: str | None = None
    predicted_text: str | None = None
    predicted_type: str | None = None
    predicted_value: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class TimexCase:
    """The scores of one document; `error` says why the predictor gave nothing."""

    doc_id: str
    strict: PRF
    relaxed: PRF
    value: PRF
    type_correct: int
    mismatches: tuple[TimexMismatch, ...]
    error: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class TimexEvaluation:
    """Per-document cases and the unreadable gold files; figures are micro-averaged."""

    cases: tuple[TimexCase, ...]
    errors: tuple[InputError, ...] = ()

    @property
    def strict(self) -> PRF:
        return total(case.strict for case in self.cases)

    @property
    def relaxed(self) -> PRF:
        return total(case.relaxed for case in self.cases)

    @property
    def value(self) -> PRF:
        return total(case.value for case in self.cases)

    def figures(self) -> dict[str, float]:
        """Stable keys: strict_*, relaxed_*, value_* (precision, recall, f1),
        value_accuracy, type_accuracy, and counts."""
        relaxed, value = self.relaxed, self.value
        type_correct = sum(case.type_correct for case in self.cases)
        return {
            "documents": float(len(self.cases)),
            "unreadable_documents": float(len(self.errors)),
            "predictor_errors": float(sum(case.error is not None for case in self.cases)),
            "gold_timexes": float(relaxed.gold),
            "predicted_timexes": float(relaxed.predicted),
            **self.strict.figures("strict"),
            **relaxed.figures("relaxed"),
            **value.figures("value"),
            "value_accuracy": ratio(value.tp, relaxed.tp),
            "type_accuracy": ratio(type_correct, relaxed.tp),
        }

    def worst_cases(self, n: int = 10) -> list[TimexMismatch]:
        """The n worst mismatches: misses first, then spurious predictions, wrong
        values, wrong types and span differences; within a kind, documents with the
        most mismatches first."""
        ranked = []
        for case in self.cases:
            for mismatch in case.mismatches:
                severity = min(_SEVERITY[problem] for problem in mismatch.problems)
                ranked.append((severity, -len(case.mismatches), case.doc_id, mismatch.start, mismatch))
        ranked.sort(key=lambda item: item[:4])
        return [item[-1] for item in ranked[:n]]


# --- reading -------------------------------------------------------------------------


def read_timeml(path: str | Path) -> TimeDocument:
    """A TempEval-3 TimeML file (root `<TimeML>`) or a MEANTIME file (root `<Document>`)."""
    path = Path(path)
    source = str(path)
    root = _parse_xml(source, read_gold_bytes(path))
    tag = _local(root.tag)
    if tag == "TimeML":
        document = _read_tempeval(root, source=source, default_id=path.stem)
    elif tag == "Document":
        document = _read_meantime(root, source=source, default_id=path.stem)
    else:
        raise UnsupportedInputError(source, f"root element <{tag}> is neither <TimeML> nor MEANTIME <Document>")
    return dataclasses.replace(document, path=source)


def iter_timeml(paths: str | Path | Iterable[str | Path]) -> Iterator[TimeDocument | InputError]:
    """Gold documents from files and directories (searched recursively for *.xml and
    *.tml, in sorted order). A file that cannot be read is yielded as its InputError so a
    run can report it and go on; a path that does not exist is a ConfigError."""
    for path in _gold_files(paths):
        try:
            yield read_timeml(path)
        except InputError as exc:
            yield exc


def _gold_files(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    items = [paths] if isinstance(paths, (str, Path)) else list(paths)
    files: list[Path] = []
    for item in map(Path, items):
        if item.is_dir():
            found = sorted(p for p in item.rglob("*") if p.suffix.lower() in GOLD_SUFFIXES and p.is_file())
            if not found:
                raise ConfigError(f"{item}: no *.xml or *.tml files (expected TimeML or MEANTIME gold)")
            files.extend(found)
        elif item.is_file():
            files.append(item)
        else:
            raise ConfigError(f"{item}: no such file or directory")
    return files


def _parse_xml(source: str, data: bytes) -> ET.Element:
    # Bytes, not text: the parser honours the file's encoding declaration.
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise MalformedInputError(source, f"not well-formed XML ({exc})") from exc


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element.iter() if _local(child.tag) == name]


def _read_tempeval(root: ET.Element, *, source: str, default_id: str) -> TimeDocument:
    texts = _children(root, "TEXT")
    if not texts:
        raise MalformedInputError(source, "TimeML file without a <TEXT> element")
    text, placed = _inline_text(texts[0])
    timexes, unscored = [], []
    for element, start, end in placed:
        if _local(element.tag) != "TIMEX3" or start == end:
            continue
        if element.get("functionInDocument") == CREATION_TIME:
            unscored.append((start, end))
        else:
            timexes.append(_gold_timex(element, text, start, end, source=source))
    doc_ids = _children(root, "DOCID")
    doc_id = (doc_ids[0].text or "").strip() if doc_ids else ""
    return TimeDocument(doc_id or default_id, text, _tempeval_creation(root), tuple(timexes), tuple(unscored))


def _inline_text(element: ET.Element) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The character content of an element with inline tags removed, and where each
    descendant element starts and ends in it."""
    pieces: list[str] = []
    placed: list[tuple[ET.Element, int, int]] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        if node.text:
            pieces.append(node.text)
            length += len(node.text)
        for child in node:
            start = length
            walk(child)
            placed.append((child, start, length))
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)

    walk(element)
    return "".join(pieces), sorted(placed, key=lambda item: (item[1], item[2]))


def _tempeval_creation(root: ET.Element) -> dt.date | None:
    timexes = _children(root, "TIMEX3")
    marked = [t for t in timexes if t.get("functionInDocument") == CREATION_TIME]
    if not marked:
        marked = [t for dct in _children(root, "DCT") for t in _children(dct, "TIMEX3")]
    return parse_date(marked[0].get("value")) if marked else None


def _gold_timex(element: ET.Element, text: str, start: int, end: int, *, source: str) -> GoldTimex:
    tid = element.get("tid") or element.get("m_id")
    raw_type = (element.get("type") or "").strip().upper()
    if raw_type not in TIMEX_TYPES:
        raise MalformedInputError(source, f"TIMEX3 {tid}: type {raw_type!r} is not one of {', '.join(TIMEX_TYPES)}")
    return GoldTimex(start, end, text[start:end], raw_type, normalize_value(element.get("value")), tid)


def _read_meantime(root: ET.Element, *, source: str, default_id: str) -> TimeDocument:
    text, offsets, sentences = _join_tokens(_children(root, "token"), source=source)
    anchored = []
    for element in _children(root, "TIMEX3"):
        anchors = _anchor_ids(element, offsets, source=source)
        if anchors:  # an empty anchor is a timex the text does not contain: not a span
            anchored.append((element, anchors))
    creation = _meantime_creation(anchored, sentences)
    creation_time = parse_date(creation[0].get("value")) if creation else _unanchored_creation(root)
    timexes, unscored = [], []
    for element, anchors in anchored:
        start, end = offsets[anchors[0]][0], max(offsets[a][1] for a in anchors)
        if creation is not None and element is creation[0]:
            unscored.append((start, end))
        else:
            timexes.append(_gold_timex(element, text, start, end, source=source))
    timexes.sort(key=lambda timex: (timex.start, timex.end))
    unscored.extend(_unannotated_tail(root, text, offsets))
    return TimeDocument(root.get("doc_id") or default_id, text, creation_time, tuple(timexes), tuple(unscored))


def _unannotated_tail(root: ET.Element, text: str, offsets: dict[str, Span]) -> list[Span]:
    """MEANTIME's annotators covered only the start of each article (headline, date line
    and the first sentences): text after the last sentence holding any markable of any
    kind was never annotated, so a prediction there is neither right nor wrong."""
    anchored = [a.get("t_id") for a in root.iter() if _local(a.tag) == "token_anchor"]
    ends = [offsets[t_id][1] for t_id in anchored if t_id in offsets]
    if not ends:
        return []
    last = max(ends)
    line_end = text.find("\n", last)
    region_end = len(text) if line_end == -1 else line_end
    return [(region_end, len(text))] if region_end < len(text) else []


def _join_tokens(
    tokens: list[ET.Element], *, source: str
) -> tuple[str, dict[str, Span], list[list[str]]]:
    """Text rebuilt from MEANTIME tokens: sentences on their own lines, words separated
    by one space except around punctuation; each token id's span; token ids per sentence."""
    if not tokens:
        raise MalformedInputError(source, "MEANTIME document without <token> elements")
    pieces: list[str] = []
    offsets: dict[str, Span] = {}
    sentences: list[list[str]] = []
    length, previous, previous_sentence = 0, None, None
    for token in tokens:
        t_id, sentence, word = token.get("t_id"), token.get("sentence"), token.text or ""
        if t_id is None or sentence is None:
            raise MalformedInputError(source, "a <token> without t_id or sentence attribute")
        gap = _token_gap(previous, word, new_sentence=sentence != previous_sentence)
        if sentence != previous_sentence:
            sentences.append([])
        pieces.extend((gap, word))
        length += len(gap)
        offsets[t_id] = (length, length + len(word))
        length += len(word)
        sentences[-1].append(t_id)
        previous, previous_sentence = word, sentence
    return "".join(pieces), offsets, sentences


def _token_gap(previous: str | None, word: str, *, new_sentence: bool) -> str:
    if previous is None:
        return ""
    if new_sentence:
        return "\n"
    return "" if word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER else " "


def _anchor_ids(element: ET.Element, offsets: dict[str, Span], *, source: str) -> list[str]:
    anchors = [a.get("t_id") or "" for a in element if _local(a.tag) == "token_anchor"]
    unknown = [a for a in anchors if a not in offsets]
    if unknown:
        raise MalformedInputError(source, f"TIMEX3 {element.get('m_id')} anchored to unknown token {unknown[0]!r}")
    return sorted(anchors, key=lambda a: offsets[a])


def _meantime_creation(
    anchored: list[tuple[ET.Element, list[str]]], sentences: list[list[str]]
) -> tuple[ET.Element, list[str]] | None:
    """The creation-time timex: the one marked CREATION_TIME, else the date line.

    Two MEANTIME files (78496, 8951) mark no CREATION_TIME; in both, as in the other 118
    where it is marked, the creation time is the full date that forms a sentence of its
    own right under the headline. It is treated the same way: creation time, unscored."""
    for element, anchors in anchored:
        if element.get("functionInDocument") == CREATION_TIME:
            return element, anchors
    for element, anchors in anchored:
        in_date_line = any(sorted(anchors) == sorted(sentence) for sentence in sentences[:2])
        if in_date_line and element.get("type") == "DATE" and parse_date(element.get("value")):
            return element, anchors
    return None


def _unanchored_creation(root: ET.Element) -> dt.date | None:
    marked = [t for t in _children(root, "TIMEX3") if t.get("functionInDocument") == CREATION_TIME]
    return parse_date(marked[0].get("value")) if marked else None


def parse_date(value: str | None) -> dt.date | None:
    """The calendar day a TIMEX3 value starts with (`2008-03-01`, `2008-03-01T10:00`),
    None for anything coarser or unparseable.

    `DD-MM-YYYY` is read day first: one MEANTIME creation time (doc 120578, date line
    "February 03, 2009") is written `03-02-2009` by its (European) annotators."""
    value = (value or "").strip()
    if match := _ISO_DATE.match(value):
        year, month, day = map(int, match.groups())
    elif match := _DAY_FIRST_DATE.match(value):
        day, month, year = map(int, match.groups())
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def normalize_value(value: str | None) -> str | None:
    """TIMEX3 values compare as trimmed upper-case strings; empty means no value."""
    value = (value or "").strip().upper()
    return value or None


def is_concrete(value: str | None) -> bool:
    """Whether a value names a definite time: not empty, no `X` placeholder digits
    (`XXXX-XX-XX`, `PXY`), not a `PAST_REF` / `PRESENT_REF` / `FUTURE_REF` reference."""
    value = normalize_value(value)
    return value is not None and "X" not in value and not value.endswith("_REF")


# --- scoring -------------------------------------------------------------------------


def evaluate_timeml(
    documents: Iterable[TimeDocument | InputError],
    predict: TimePredictor,
    *,
    types: Sequence[str] = TIMEX_TYPES,
    score_unvalued: bool = True,
) -> TimexEvaluation:
    """Score `predict` on gold documents (as `iter_timeml` yields them).

    `types` chooses which gold timex types are scored (TempEval-3 scores all four);
    `score_unvalued=False` leaves out gold timexes without a concrete value
    (`XXXX-XX-XX`, `PRESENT_REF` …) for a scorer of resolvable dates. Unreadable gold
    files are kept in `errors`; a predictor InputError scores the document as empty."""
    wanted = _check_types(types)
    cases: list[TimexCase] = []
    errors: list[InputError] = []
    for document in documents:
        if isinstance(document, InputError):
            errors.append(document)
        else:
            cases.append(_score_document(document, predict, types=wanted, score_unvalued=score_unvalued))
    return TimexEvaluation(tuple(cases), tuple(errors))


def _check_types(types: Sequence[str]) -> frozenset[str]:
    wanted = frozenset(t.upper() for t in types)
    unknown = sorted(wanted - set(TIMEX_TYPES))
    if unknown or not wanted:
        raise ConfigError(f"timex types {unknown or '(none)'}: choose among {', '.join(TIMEX_TYPES)}")
    return wanted


def _score_document(
    document: TimeDocument, predict: TimePredictor, *, types: frozenset[str], score_unvalued: bool
) -> TimexCase:
    try:
        predicted, error = tuple(predict(document.text, document.creation_time)), None
    except InputError as exc:
        predicted, error = (), exc.reason
    case = score_timexes(document, predicted, types=types, score_unvalued=score_unvalued)
    return dataclasses.replace(case, error=error)


def score_timexes(
    document: TimeDocument,
    predicted: Sequence[TimeExpr],
    *,
    types: Iterable[str] = TIMEX_TYPES,
    score_unvalued: bool = True,
) -> TimexCase:
    """One document's counts.

    Which predictions count: one that overlaps a scored gold timex always does. One
    that overlaps none is left out (neither right nor wrong) when it overlaps an
    unscored gold span (the creation time, a filtered-out type, a valueless timex when
    those are not scored) or its own type is outside `types`; otherwise it is a false
    positive. So filtering to DATE/TIME neither rewards nor punishes durations."""
    wanted = frozenset(t.upper() for t in types)
    scored = [t for t in document.timexes if t.type in wanted and (score_unvalued or is_concrete(t.value))]
    unscored = [*document.unscored, *((t.start, t.end) for t in document.timexes if t not in scored)]
    kept = [p for p in predicted if _counts(p, scored, unscored, wanted)]
    strict = match_one_to_one(scored, kept, score=_exact_score)
    relaxed = match_one_to_one(scored, kept, score=_relaxed_score)
    same_value = sum(_same_value(scored[g], kept[p]) for g, p in relaxed)
    same_type = sum(scored[g].type == kept[p].type for g, p in relaxed)
    sizes = {"gold": len(scored), "predicted": len(kept)}
    return TimexCase(
        doc_id=document.doc_id,
        strict=prf_from_matches(matched=len(strict), **sizes),
        relaxed=prf_from_matches(matched=len(relaxed), **sizes),
        value=prf_from_matches(matched=same_value, **sizes),
        type_correct=same_type,
        mismatches=_mismatches(document.doc_id, scored, kept, relaxed),
    )


def _counts(prediction: TimeExpr, scored: list[GoldTimex], unscored: list[Span], types: frozenset[str]) -> bool:
    span = (prediction.start, prediction.end)
    if any(overlap(span, (g.start, g.end)) for g in scored):
        return True
    return prediction.type in types and not any(overlap(span, u) for u in unscored)


def _exact_score(gold: GoldTimex, prediction: TimeExpr) -> tuple[float, ...] | None:
    return (1.0,) if (gold.start, gold.end) == (prediction.start, prediction.end) else None


def _relaxed_score(gold: GoldTimex, prediction: TimeExpr) -> tuple[float, ...] | None:
    shared = overlap((gold.start, gold.end), (prediction.start, prediction.end))
    if not shared:
        return None
    exact = (gold.start, gold.end) == (prediction.start, prediction.end)
    return (float(exact), float(shared))


def _same_value(gold: GoldTimex, prediction: TimeExpr) -> bool:
    return gold.value == normalize_value(prediction.value)


def _mismatches(
    doc_id: str, scored: list[GoldTimex], kept: list[TimeExpr], pairs: list[tuple[int, int]]
) -> tuple[TimexMismatch, ...]:
    found: list[TimexMismatch] = []
    matched_gold = {g for g, _ in pairs}
    matched_predicted = {p for _, p in pairs}
    for index, gold in enumerate(scored):
        if index not in matched_gold:
            found.append(_mismatch(doc_id, ("missed",), gold, None))
    for index, prediction in enumerate(kept):
        if index not in matched_predicted:
            found.append(_mismatch(doc_id, ("spurious",), None, prediction))
    for g, p in pairs:
        problems = _pair_problems(scored[g], kept[p])
        if problems:
            found.append(_mismatch(doc_id, problems, scored[g], kept[p]))
    return tuple(sorted(found, key=lambda m: m.start))


def _pair_problems(gold: GoldTimex, prediction: TimeExpr) -> tuple[str, ...]:
    checks = (
        ("value", not _same_value(gold, prediction)),
        ("type", gold.type != prediction.type),
        ("span", (gold.start, gold.end) != (prediction.start, prediction.end)),
    )
    return tuple(name for name, wrong in checks if wrong)


def _mismatch(
    doc_id: str, problems: tuple[str, ...], gold: GoldTimex | None, prediction: TimeExpr | None
) -> TimexMismatch:
    start = gold.start if gold is not None else prediction.start if prediction is not None else 0
    return TimexMismatch(
        doc_id=doc_id,
        problems=problems,
        start=start,
        gold_text=gold.text if gold else None,
        gold_type=gold.type if gold else None,
        gold_value=gold.value if gold else None,
        predicted_text=prediction.text if prediction else None,
        predicted_type=prediction.type if prediction else None,
        predicted_value=normalize_value(prediction.value) if prediction else None,
    )

"""Attributions (who said what) scored against PolNeAR gold in brat standoff format.

A PolNeAR attribution is a brat event `E1  Attribution:T4 Source:T1 Cue:T2 Content:T3`
whose arguments are text-bound annotations (`T1  Source 89 106  The New York Post`);
spans may be discontinuous (`Content 315 448;463 553`). The scorer takes a predictor
callable (text → Quote records) so it does not depend on how quotes are found.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from dyadwatch.errors import ConfigError, InputError, MalformedInputError
from dyadwatch.evaluate.metrics import (
    PRF,
    Span,
    decode_gold_text,
    match_one_to_one,
    prf_from_matches,
    ratio,
    read_gold_bytes,
    shared_characters,
    span_length,
    total,
)
from dyadwatch.records import Quote

Fragments = tuple[Span, ...]
QuotePredictor = Callable[[str], Sequence[Quote]]
ROLES: tuple[str, ...] = ("source", "cue", "content")
DEFAULT_COMPARTMENT = "dev"
CONTENT_SHARE = 0.5
"""A predicted quote finds a gold attribution when it covers at least this share of
the gold content's characters."""

_ANNOTATOR_SUFFIX = re.compile(r"_([0-9a-f]{4})$")
_ROLE_NUMBER = re.compile(r"\d+$")
_SEVERITY = {"missed": 0, "wrong_speaker": 1, "partial_content": 2, "spurious": 3}


@dataclasses.dataclass(slots=True, frozen=True)
class GoldAttribution:
    """Source, cue and content as sorted character fragments; `source` is empty when
    the attribution has no source in the text (PolNeAR's Attribution-no-source)."""

    id: str
    source: Fragments
    cue: Fragments
    content: Fragments


@dataclasses.dataclass(slots=True, frozen=True)
class AttributionDocument:
    doc_id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    annotator: str | None = None
    path: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class AttributionMismatch:
    """A gold attribution not found (`missed`; `wrong_speaker` when a quote covers its
    content but names another speaker; `partial_content` when quotes cover less than
    half of it) or a predicted quote that found none (`spurious`). Texts of
    discontinuous spans are joined with " … "."""

    doc_id: str
    problem: str
    start: int
    gold_source: str | None = None
    gold_cue: str | None = None
    gold_content: str | None = None
    predicted_speaker: str | None = None
    predicted_cue: str | None = None
    predicted_content: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class AttributionCase:
    """One document's counts: per role and matching kind (`source_exact`,
    `content_overlap` …) and for whole attributions."""

    doc_id: str
    roles: dict[str, PRF]
    attribution: PRF
    mismatches: tuple[AttributionMismatch, ...]
    error: str | None = None


@dataclasses.dataclass(slots=True, frozen=True)
class AttributionEvaluation:
    cases: tuple[AttributionCase, ...]
    errors: tuple[InputError, ...] = ()

    @property
    def attribution(self) -> PRF:
        return total(case.attribution for case in self.cases)

    def role(self, name: str) -> PRF:
        """Summed counts of one role comparison, e.g. `role("source_exact")`."""
        return total(case.roles[name] for case in self.cases)

    def figures(self) -> dict[str, float]:
        """Stable keys: {source,cue,content}_{exact,overlap}_{precision,recall,f1},
        attribution_{precision,recall,f1}, and counts."""
        attribution = self.attribution
        figures = {
            "documents": float(len(self.cases)),
            "unreadable_documents": float(len(self.errors)),
            "predictor_errors": float(sum(case.error is not None for case in self.cases)),
            "gold_attributions": float(attribution.gold),
            "predicted_quotes": float(attribution.predicted),
        }
        for role in ROLES:
            for kind in ("exact", "overlap"):
                figures.update(self.role(f"{role}_{kind}").figures(f"{role}_{kind}"))
        figures.update(attribution.figures("attribution"))
        return figures

    def worst_cases(self, n: int = 10) -> list[AttributionMismatch]:
        """The n worst mismatches: missed attributions, then wrong speakers, partial
        contents, spurious quotes; within a kind, documents with most mismatches first."""
        ranked = [
            (_SEVERITY[m.problem], -len(case.mismatches), case.doc_id, m.start, m)
            for case in self.cases
            for m in case.mismatches
        ]
        ranked.sort(key=lambda item: item[:4])
        return [item[-1] for item in ranked[:n]]


# --- reading -------------------------------------------------------------------------


def read_brat(
    ann_path: str | Path, text_path: str | Path, *, doc_id: str | None = None, annotator: str | None = None
) -> AttributionDocument:
    """One brat document: the text and its attribution events.

    Text-bound annotations other than Source, Cue and Content (PolNeAR's Discuss and
    Discard notes, the Attribution trigger that repeats the cue) are not arguments and
    are ignored, as are relations, notes and attributes. Numbered roles (`Content2`,
    used when an annotator split a content in two annotations) join their base role.
    An event without a content (one in PolNeAR dev: a bare trigger) is not an
    attribution anyone could find and is skipped."""
    ann_path, text_path = Path(ann_path), Path(text_path)
    text = decode_gold_text(str(text_path), read_gold_bytes(text_path))
    source = str(ann_path)
    lines = decode_gold_text(source, read_gold_bytes(ann_path)).splitlines()
    spans = _text_bound(lines, text, source=source)
    attributions = tuple(
        attribution
        for number, line in enumerate(lines, 1)
        if line.startswith("E")
        for attribution in _attribution(line, spans, text, source=f"{source}:{number}")
    )
    return AttributionDocument(doc_id or text_path.stem, text, attributions, annotator, source)


def _text_bound(lines: list[str], text: str, *, source: str) -> dict[str, tuple[str, Fragments]]:
    """T id → (label, fragments), checked against the text: a brat line repeats the
    span's text, so a wrong text file shows up here instead of as silent bad offsets."""
    spans = {}
    for number, line in enumerate(lines, 1):
        if line.startswith("T"):
            where = f"{source}:{number}"
            fields = line.split("\t")
            if len(fields) < 2 or " " not in fields[1]:
                raise MalformedInputError(where, "text-bound annotation without label and offsets")
            label, offsets = fields[1].split(" ", 1)
            fragments = _fragments(offsets, len(text), source=where)
            if len(fields) > 2 and " ".join(text[a:b] for a, b in fragments) != fields[2]:
                raise MalformedInputError(where, f"span text differs from the text file at {offsets}")
            spans[fields[0]] = (label, tuple(sorted(fragments)))
    return spans


def _fragments(offsets: str, length: int, *, source: str) -> list[Span]:
    fragments = []
    for piece in offsets.split(";"):
        try:
            start, end = (int(number) for number in piece.split())
        except ValueError:
            raise MalformedInputError(source, f"offsets {piece!r} are not 'start end'") from None
        if not 0 <= start <= end <= length:
            raise MalformedInputError(source, f"span {start}-{end} outside the text (length {length})")
        fragments.append((start, end))
    return fragments


def _attribution(
    line: str, spans: dict[str, tuple[str, Fragments]], text: str, *, source: str
) -> list[GoldAttribution]:
    fields = line.split("\t")
    arguments = fields[1].split() if len(fields) > 1 else []
    roles: dict[str, list[Span]] = defaultdict(list)
    for argument in arguments[1:]:
        role, _, target = argument.partition(":")
        if target not in spans:
            raise MalformedInputError(source, f"argument {argument!r} names no text-bound annotation")
        base = _ROLE_NUMBER.sub("", role).lower()
        if base in ROLES:
            roles[base].extend(spans[target][1])
    if not roles["content"]:
        return []
    parts = {role: normalize_fragments(roles[role], text) for role in ROLES}
    return [GoldAttribution(fields[0], parts["source"], parts["cue"], parts["content"])]


def normalize_fragments(fragments: Iterable[Span], text: str) -> Fragments:
    """Sorted fragments with edge whitespace trimmed, merged when only whitespace
    separates them. brat splits a span at every line break (`575 842;843 1076` is one
    quote over two paragraphs), so without merging such a quote could never be matched
    exactly by one predicted span. Offsets outside the text are clipped to it."""
    merged: list[Span] = []
    for start, end in sorted(fragments):
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def iter_polnear(
    root_or_paths: str | Path | Iterable[str | Path], *, compartment: str = DEFAULT_COMPARTMENT
) -> Iterator[AttributionDocument | InputError]:
    """Gold documents from the PolNeAR layout, one per article, in article order.

    Accepts a compartment directory (`…/dev` holding `attributions/` and `text/`), the
    corpus root (then `compartment` is used, also under `data/` as in the original
    repository), or `.ann` files. An annotation file is `<article>_<annotator>.ann`;
    its text is `text/<article>.txt` beside `attributions/`, or `<article>.txt` beside
    the `.ann` as brat keeps it.

    When several annotators annotated an article (two dev articles, by all six, to
    measure agreement), the annotation with the most attributions is used, ties going
    to the smallest annotator id. PolNeAR's own analysis finds annotators agree on
    what they mark and differ mainly in what they miss, so the fullest annotation is
    the best single gold; and the rule depends only on the files, so every run scores
    the same gold. A file that cannot be read is yielded as its InputError."""
    by_article: dict[str, list[Path]] = defaultdict(list)
    for ann in _ann_files(root_or_paths, compartment=compartment):
        by_article[_article_name(ann)].append(ann)
    for article in sorted(by_article):
        yield from _read_article(article, sorted(by_article[article]))


def _ann_files(root_or_paths: str | Path | Iterable[str | Path], *, compartment: str) -> list[Path]:
    if not isinstance(root_or_paths, (str, Path)):
        files = [Path(path) for path in root_or_paths]
        missing = [path for path in files if not path.is_file()]
        if missing:
            raise ConfigError(f"{missing[0]}: no such annotation file")
        return files
    root = Path(root_or_paths)
    for candidate in (root, root / compartment, root / "data" / compartment):
        if (candidate / "attributions").is_dir():
            files = sorted((candidate / "attributions").glob("*.ann"))
            if files:
                return files
    raise ConfigError(
        f"{root}: no attributions/*.ann here or under {compartment}/ (expected the PolNeAR layout: "
        "<compartment>/attributions/<article>_<annotator>.ann with <compartment>/text/<article>.txt)"
    )


def _article_name(ann: Path) -> str:
    return _ANNOTATOR_SUFFIX.sub("", ann.stem)


def _annotator(ann: Path) -> str | None:
    match = _ANNOTATOR_SUFFIX.search(ann.stem)
    return match.group(1) if match else None


def _text_path(ann: Path, article: str) -> Path:
    name = f"{article}.txt"
    for candidate in (ann.parent.parent / "text" / name, ann.with_name(name), ann.with_suffix(".txt")):
        if candidate.is_file():
            return candidate
    raise InputError(str(ann), f"no text file {article}.txt in ../text/ or beside the annotation")


def _read_article(article: str, anns: list[Path]) -> Iterator[AttributionDocument | InputError]:
    readable = []
    for ann in anns:
        try:
            readable.append(read_brat(ann, _text_path(ann, article), doc_id=article, annotator=_annotator(ann)))
        except (InputError, ConfigError) as exc:
            yield exc if isinstance(exc, InputError) else InputError(str(ann), str(exc))
    if readable:
        yield min(readable, key=lambda doc: (-len(doc.attributions), doc.annotator or ""))


# --- scoring -------------------------------------------------------------------------


def evaluate_attribution(
    documents: Iterable[AttributionDocument | InputError], predict: QuotePredictor
) -> AttributionEvaluation:
    """Score `predict` on gold documents (as `iter_polnear` yields them). Unreadable gold
    files are kept in `errors`; a predictor InputError scores the document as empty."""
    cases: list[AttributionCase] = []
    errors: list[InputError] = []
    for document in documents:
        if isinstance(document, InputError):
            errors.append(document)
            continue
        try:
            predicted, error = tuple(predict(document.text)), None
        except InputError as exc:
            predicted, error = (), exc.reason
        cases.append(dataclasses.replace(score_attributions(document, predicted), error=error))
    return AttributionEvaluation(tuple(cases), tuple(errors))


def quote_parts(quote: Quote, text: str) -> dict[str, Fragments]:
    """A quote as role fragments, normalized like the gold ones; an anonymous quote
    has no source."""
    speaker = [(quote.speaker.start, quote.speaker.end)] if quote.speaker is not None else []
    return {
        "source": normalize_fragments(speaker, text),
        "cue": normalize_fragments([(quote.cue_start, quote.cue_end)], text),
        "content": normalize_fragments([(quote.content_start, quote.content_end)], text),
    }


def score_attributions(document: AttributionDocument, predicted: Sequence[Quote]) -> AttributionCase:
    """One document's counts.

    Role figures match spans of one role on their own (a predicted speaker span
    against every gold source span), one-to-one, among the attributions that have
    that role: `exact` needs the same normalized fragments (a Quote has one content
    span, so a content interrupted by its cue — `"A," he said, "B."` — cannot match
    exactly; read the overlap figures for content), `overlap` needs one shared
    character.

    `attribution` pairs whole attributions, one-to-one: a quote finds a gold
    attribution when it covers at least half of the gold content's characters and its
    speaker overlaps the gold source. When the gold has no source in the text, any
    speaker or none is accepted: PolNeAR leaves the source out when the text does not
    name it, and a system that resolves it to a nearby mention is not wrong about the
    quote. Precision is over all predicted quotes."""
    golds = [_gold_parts(attribution) for attribution in document.attributions]
    guesses = [quote_parts(quote, document.text) for quote in predicted]
    roles = {}
    for role in ROLES:
        gold_spans = [g[role] for g in golds if g[role]]
        guess_spans = [p[role] for p in guesses if p[role]]
        for kind, score in (("exact", _exact_score), ("overlap", _overlap_score)):
            pairs = match_one_to_one(gold_spans, guess_spans, score=score)
            roles[f"{role}_{kind}"] = prf_from_matches(
                matched=len(pairs), gold=len(gold_spans), predicted=len(guess_spans)
            )
    pairs = match_one_to_one(golds, guesses, score=_attribution_score)
    attribution = prf_from_matches(matched=len(pairs), gold=len(golds), predicted=len(guesses))
    mismatches = _mismatches(document, golds, guesses, pairs)
    return AttributionCase(document.doc_id, roles, attribution, mismatches)


def _gold_parts(attribution: GoldAttribution) -> dict[str, Fragments]:
    return {"source": attribution.source, "cue": attribution.cue, "content": attribution.content}


def _exact_score(gold: Fragments, guess: Fragments) -> tuple[float, ...] | None:
    return (1.0,) if gold == guess else None


def _overlap_score(gold: Fragments, guess: Fragments) -> tuple[float, ...] | None:
    shared = shared_characters(gold, guess)
    return (float(shared),) if shared else None


def content_coverage(gold: dict[str, Fragments], guess: dict[str, Fragments]) -> float:
    """Share of the gold content's characters the predicted content covers."""
    return ratio(shared_characters(gold["content"], guess["content"]), span_length(gold["content"]))


def _speaker_agrees(gold: dict[str, Fragments], guess: dict[str, Fragments]) -> bool:
    return not gold["source"] or shared_characters(gold["source"], guess["source"]) > 0


def _attribution_score(gold: dict[str, Fragments], guess: dict[str, Fragments]) -> tuple[float, ...] | None:
    coverage = content_coverage(gold, guess)
    if coverage < CONTENT_SHARE or not _speaker_agrees(gold, guess):
        return None
    return (coverage, float(shared_characters(gold["source"], guess["source"])))


def _mismatches(
    document: AttributionDocument,
    golds: list[dict[str, Fragments]],
    guesses: list[dict[str, Fragments]],
    pairs: list[tuple[int, int]],
) -> tuple[AttributionMismatch, ...]:
    matched_gold, matched_guess = {g for g, _ in pairs}, {p for _, p in pairs}
    found = []
    for index, gold in enumerate(golds):
        if index not in matched_gold:
            best = max((content_coverage(gold, guess) for guess in guesses), default=0.0)
            problem = "wrong_speaker" if best >= CONTENT_SHARE else "partial_content" if best > 0 else "missed"
            found.append(_mismatch(document, problem, gold, None))
    for index, guess in enumerate(guesses):
        if index not in matched_guess:
            found.append(_mismatch(document, "spurious", None, guess))
    return tuple(sorted(found, key=lambda m: m.start))


def _mismatch(
    document: AttributionDocument,
    problem: str,
    gold: dict[str, Fragments] | None,
    guess: dict[str, Fragments] | None,
) -> AttributionMismatch:
    def show(parts: dict[str, Fragments] | None, role: str) -> str | None:
        if parts is None:
            return None
        return " … ".join(document.text[a:b] for a, b in parts[role]) or None

    anchor = (gold or guess or {}).get("content") or ((0, 0),)
    return AttributionMismatch(
        doc_id=document.doc_id,
        problem=problem,
        start=anchor[0][0],
        gold_source=show(gold, "source"),
        gold_cue=show(gold, "cue"),
        gold_content=show(gold, "content"),
        predicted_speaker=show(guess, "source"),
        predicted_cue=show(guess, "cue"),
        predicted_content=show(guess, "content"),
    )

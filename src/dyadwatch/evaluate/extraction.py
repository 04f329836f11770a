"""Main-content extraction scored as the article-extraction benchmark does
(scrapinghub/article-extraction-benchmark): word 4-gram shingles of the predicted and
true article body; precision and recall per page, averaged over pages; F1 of the averages."""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from dyadwatch.clean import make_article
from dyadwatch.errors import ConfigError, InputError
from dyadwatch.evaluate.report import Case, Report
from dyadwatch.sources import RawDocument, decode_text

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclasses.dataclass(slots=True, frozen=True)
class PageScore:
    page: str
    precision: float
    recall: float
    expected: str
    predicted: str
    error: str | None = None

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)) if tokens[i : i + size])


def score_page(expected: str, predicted: str) -> tuple[float, float]:
    """(precision, recall) of predicted shingles against expected ones."""
    truth, guess = shingles(expected), shingles(predicted)
    true_positive = sum((truth & guess).values())
    false_positive = sum((guess - truth).values())
    false_negative = sum((truth - guess).values())
    precision = true_positive / (true_positive + false_positive) if true_positive + false_positive else 0.0
    recall = true_positive / (true_positive + false_negative) if true_positive + false_negative else 0.0
    return precision, recall


def predicted_body(html: str, *, source: str) -> str:
    """The article body dyadwatch keeps: headline and furniture left out. The benchmark
    has pages in several languages; extraction is scored on all of them."""
    raw = RawDocument(source=source, kind="html", content=html, raw_sha256="")
    article = make_article(raw)
    return "\n".join(paragraph.text for paragraph in article.body())


def iter_benchmark(root: Path) -> Iterator[tuple[str, str, bytes]]:
    """(page id, true body, gzipped HTML) from a directory laid out like the benchmark:
    `ground-truth.json` beside `html/<id>.html.gz`."""
    truth_file = root / "ground-truth.json"
    if not truth_file.exists():
        raise ConfigError(f"{root}: no ground-truth.json (expected the article-extraction benchmark layout)")
    truth = json.loads(truth_file.read_text("utf-8"))
    for page_id, item in sorted(truth.items()):
        yield page_id, item.get("articleBody") or "", (root / "html" / f"{page_id}.html.gz").read_bytes()


def evaluate_extraction(root: Path) -> list[PageScore]:
    scores = []
    for page_id, expected, raw in iter_benchmark(root):
        try:
            html = decode_text(page_id, gzip.decompress(raw))
            predicted = predicted_body(html, source=page_id)
            error = None
        except InputError as exc:
            predicted, error = "", exc.reason
        precision, recall = score_page(expected, predicted)
        scores.append(PageScore(page_id, precision, recall, expected, predicted, error))
    return scores


def report_extraction(roots: list[Path]) -> Report:
    """Score every benchmark directory in `roots` together."""
    scores = [score for root in roots for score in evaluate_extraction(root)]
    cases = tuple(
        Case(s.page, s.f1, s.expected, s.predicted if s.error is None else f"[{s.error}]")
        for s in sorted(scores, key=lambda score: score.f1)
    )
    return Report("extraction", tuple(str(root) for root in roots), summarize(scores), cases)


def summarize(scores: list[PageScore]) -> dict[str, float]:
    precision = sum(s.precision for s in scores) / len(scores) if scores else 0.0
    recall = sum(s.recall for s in scores) / len(scores) if scores else 0.0
    return {"pages": float(len(scores)), "precision": precision, "recall": recall, "f1": _f1(precision, recall)}


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

"""`dyadwatch eval KIND GOLD`: every kind reads its standard format and prints figures."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from builders import BODY, BODY2, news_html
from click.testing import CliRunner

from dyadwatch.cli import cli

FIXTURES = Path(__file__).parent / "evaluate" / "fixtures"


def evaluate(*args: str) -> dict:
    result = CliRunner().invoke(cli, ["eval", *args, "--format", "json", "--show-errors", "3"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def benchmark_dir(root: Path, body: str) -> Path:
    (root / "html").mkdir(parents=True)
    (root / "html" / "page1.html.gz").write_bytes(gzip.compress(news_html().encode()))
    (root / "ground-truth.json").write_text(json.dumps({"page1": {"articleBody": body, "url": "https://a.example/1"}}))
    return root


def test_eval_extraction_scores_a_perfect_page_as_one(tmp_path):
    report = evaluate("extraction", str(benchmark_dir(tmp_path / "bench", f"{BODY}\n{BODY2}")))
    assert report["figures"]["f1"] == pytest.approx(1.0)


def test_eval_extraction_shows_the_worst_page_with_gold_and_prediction(tmp_path):
    report = evaluate("extraction", str(benchmark_dir(tmp_path / "bench", "A quite different article body about trade.")))
    [case] = report["worst_cases"]
    assert case["item"] == "page1" and case["gold"].startswith("A quite different") and BODY[:30] in case["predicted"]


@pytest.mark.parametrize(
    ("kind", "gold", "figure"),
    [
        ("plover", FIXTURES / "plover" / "tiny.jsonl", "event_f1"),
        ("plover", FIXTURES / "plover" / "tiny.jsonl", "actor_recall"),
        ("timeml", FIXTURES / "meantime", "value_f1"),
        ("timeml", FIXTURES / "meantime", "date_time_value_f1"),
        ("attribution", FIXTURES / "polnear" / "dev", "attribution_f1"),
    ],
)
def test_eval_kind_reads_its_format_and_reports_the_figure(kind, gold, figure):
    report = evaluate(kind, str(gold))
    assert report["kind"] == kind and 0.0 <= report["figures"][figure] <= 1.0


def test_eval_missing_gold_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "plover", str(tmp_path / "nope.jsonl")])
    assert result.exit_code != 0 and "not found" in str(result.exception or result.output)

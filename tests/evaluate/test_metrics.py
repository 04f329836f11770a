"""Shared scoring arithmetic: counts, spans, one-to-one matching, gold-file reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.errors import ConfigError, EncodingInputError
from dyadwatch.evaluate.metrics import (
    PRF,
    decode_gold_text,
    match_one_to_one,
    overlap,
    prf_from_matches,
    ratio,
    read_gold_bytes,
    shared_characters,
    span_length,
    total,
)


def spans_overlap(gold: tuple[int, int], prediction: tuple[int, int]) -> tuple[float, ...] | None:
    shared = overlap(gold, prediction)
    return (float(shared),) if shared else None


def test_prf_scores_from_counts():
    counts = PRF(tp=3, fp=1, fn=2)
    assert (counts.precision, counts.recall) == (0.75, 0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_prf_empty_counts_score_zero():
    assert (PRF().precision, PRF().recall, PRF().f1) == (0.0, 0.0, 0.0)


def test_prf_gold_and_predicted_sizes():
    counts = PRF(tp=3, fp=1, fn=2)
    assert (counts.gold, counts.predicted) == (5, 4)


def test_prf_sum_is_micro_average():
    assert total([PRF(1, 0, 1), PRF(2, 3, 0)]) == PRF(3, 3, 1)


def test_prf_figures_use_prefixed_stable_keys():
    assert PRF(1, 1, 0).figures("strict") == {"strict_precision": 0.5, "strict_recall": 1.0, "strict_f1": 2 / 3}


def test_prf_from_matches_derives_false_counts():
    assert prf_from_matches(matched=2, gold=5, predicted=3) == PRF(tp=2, fp=1, fn=3)


def test_ratio_of_empty_whole_is_zero():
    assert (ratio(1, 4), ratio(3, 0)) == (0.25, 0.0)


def test_overlap_of_touching_spans_is_zero():
    assert (overlap((0, 5), (5, 9)), overlap((0, 5), (3, 9)), overlap((2, 3), (0, 10))) == (0, 2, 1)


def test_shared_characters_of_fragment_lists():
    assert shared_characters([(0, 5), (10, 20)], [(3, 12)]) == 4
    assert span_length([(0, 5), (10, 20)]) == 15


def test_match_one_to_one_gives_each_gold_its_best_prediction():
    golds = [(0, 10)]
    predictions = [(8, 20), (0, 9)]
    assert match_one_to_one(golds, predictions, score=spans_overlap) == [(0, 1)]


def test_match_one_to_one_uses_each_prediction_once():
    golds = [(0, 10), (2, 8)]
    predictions = [(0, 10)]
    assert match_one_to_one(golds, predictions, score=spans_overlap) == [(0, 0)]


def test_match_one_to_one_finds_the_largest_matching():
    # Greedy alone pairs gold 0 with prediction 0 (overlap 9) and leaves gold 1
    # unmatched; the augmenting step moves gold 0 to prediction 1.
    golds = [(0, 10), (0, 3)]
    predictions = [(0, 9), (9, 10)]
    assert match_one_to_one(golds, predictions, score=spans_overlap) == [(0, 1), (1, 0)]


def test_match_one_to_one_skips_pairs_scored_none():
    assert match_one_to_one([(0, 5)], [(5, 9)], score=spans_overlap) == []


def test_read_gold_bytes_of_missing_path_is_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="gold file not found"):
        read_gold_bytes(tmp_path / "absent.xml")


def test_decode_gold_text_rejects_non_utf8():
    with pytest.raises(EncodingInputError, match="not UTF-8"):
        decode_gold_text("gold.txt", "café".encode("latin-1"))


def test_decode_gold_text_keeps_bom_as_a_character():
    # brat counts a BOM as character 0; dropping it would shift every offset.
    assert decode_gold_text("gold.txt", "\ufeffSaid".encode()) == "\ufeffSaid"

"""Document-level PLOVER scoring: which predicted events count for which hand-coded
events of an article, and the figures the quality gate pins."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dyadwatch.errors import ConfigError, MalformedInputError
from dyadwatch.evaluate.kinds import run_eval
from dyadwatch.evaluate.plover_docs import (
    DocGold,
    Predicted,
    compatible,
    date_right,
    evaluate_documents,
    gold_paths,
    read_doc_events,
)
from dyadwatch.records import Actor, Event, EventAux

PUBLISHED = dt.date(2006, 11, 2)


def gold(kind: str, actors: str, recipients: str = "", *, core: bool = True, date: str | None = None,
         precision: str = "publication", doc: str = "d1", sentence: str = "S") -> DocGold:
    return DocGold(doc, kind, frozenset(actors.split()), frozenset(recipients.split()), date, precision, core, sentence, "g")


def event(kind: str, actors: str, recipients: str = "", *, date: dt.date | None = PUBLISHED,
          negated: bool = False, hypothetical: bool = False, sentence: str = "S") -> Event:
    return Event(
        id="e", doc_id="d1", event=kind, mode=None, context=(),
        actor=tuple(Actor(code) for code in actors.split()),
        recipient=tuple(Actor(code) for code in recipients.split()),
        date=date, date_precision="day", event_text="", text=sentence, start=0, end=0, sentence=0,
        aux=EventAux(negated=negated, hypothetical=hypothetical), score=None, quad_code=None,
        pattern="test.v1", confidence=1.0,
    )


def figures(golds: list[DocGold], events: list[Event]) -> dict[str, float]:
    return evaluate_documents(golds, {"d1": events}, published={"d1": PUBLISHED}).figures()


@pytest.mark.parametrize(
    ("gold_event", "predicted", "expected"),
    [
        # one-sided act with a recipient
        (gold("ACCUSE", "RUS", "BLR"), event("ACCUSE", "RUS", "BLR"), True),
        (gold("ACCUSE", "RUS", "BLR"), event("ACCUSE", "RUS"), False),  # the recipient is missing
        (gold("ACCUSE", "RUS", "BLR"), event("ACCUSE", "RUS", "UKR"), False),  # a foreign recipient
        (gold("ACCUSE", "RUS", "BLR"), event("ACCUSE", "RUS", "BLR UKR"), False),
        (gold("ACCUSE", "RUS", "BLR"), event("REJECT", "RUS", "BLR"), False),  # another type
        (gold("ACCUSE", "RUS USA", "BLR"), event("ACCUSE", "USA", "BLR"), True),  # one of two actors
        (gold("ACCUSE", "RUS", "BLR"), event("ACCUSE", "BLR", "RUS"), False),  # reversed
        # a joint coding of a one-sided act: no recipient, the actors hold it
        (gold("CONSULT", "KHM", "CHN"), event("CONSULT", "KHM CHN"), True),
        (gold("CONSULT", "KHM", "CHN"), event("CONSULT", "KHM CHN THA"), False),
        (gold("CONSULT", "KHM", "CHN"), event("CONSULT", "CHN"), False),  # the actor is missing
        # reciprocal or compound gold: every party an actor
        (gold("CONSULT", "RUS BLR"), event("CONSULT", "RUS", "BLR"), True),
        (gold("CONSULT", "RUS BLR"), event("CONSULT", "RUS BLR"), True),
        (gold("CONSULT", "RUS BLR"), event("CONSULT", "RUS"), True),
        (gold("CONSULT", "RUS BLR"), event("CONSULT", "RUS", "UKR"), False),
    ],
)
def test_a_prediction_is_compatible_when_no_party_is_foreign(gold_event, predicted, expected):
    assert compatible(gold_event, Predicted.of(predicted)) is expected


def test_matching_is_one_to_one_and_as_large_as_possible():
    # The first prediction fits both gold events; only the first gold fits the second
    # prediction: a greedy pairing would match one, the maximum matching matches two.
    golds = [gold("CONSULT", "RUS BLR"), gold("CONSULT", "RUS", "BLR")]
    events = [event("CONSULT", "RUS", "BLR"), event("CONSULT", "RUS BLR")]
    result = figures(golds, events)
    assert (result["event_precision"], result["event_recall"]) == (1.0, 1.0)


def test_a_second_report_of_a_matched_event_is_neither_right_nor_wrong():
    result = figures([gold("ACCUSE", "RUS", "BLR")], [event("ACCUSE", "RUS", "BLR"), event("ACCUSE", "RUS", "BLR")])
    assert (result["repeats"], result["event_precision"], result["event_recall"]) == (1.0, 1.0, 1.0)


def test_a_prediction_no_gold_event_accepts_is_a_false_positive():
    result = figures([gold("ACCUSE", "RUS", "BLR")], [event("ACCUSE", "RUS", "BLR"), event("ASSAULT", "RUS", "UKR")])
    assert (result["event_precision"], result["event_recall"], result["repeats"]) == (0.5, 1.0, 0.0)


def test_negated_and_hypothetical_predictions_are_set_aside_and_match_nothing():
    events = [event("ASSAULT", "RUS", "UKR", negated=True), event("ASSAULT", "RUS", "UKR", hypothetical=True),
              event("ACCUSE", "RUS", "UKR")]
    result = figures([gold("ASSAULT", "RUS", "UKR")], events)
    assert result["set_aside_share"] == pytest.approx(2 / 3)
    assert (result["event_recall"], result["event_precision"]) == (0.0, 0.0)


def test_core_recall_counts_only_core_events():
    golds = [gold("ACCUSE", "RUS", "BLR", core=True), gold("SUPPORT", "RUS", "BLR", core=False)]
    result = figures(golds, [event("SUPPORT", "RUS", "BLR")])
    assert (result["event_recall"], result["core_recall"]) == (0.5, 0.0)


def test_type_figures_count_types_per_document_and_type_actor_ignores_the_recipient():
    golds = [gold("ACCUSE", "RUS", "BLR"), gold("ACCUSE", "RUS", "UKR")]
    result = figures(golds, [event("ACCUSE", "RUS"), event("ACCUSE", "USA")])
    assert (result["type_precision"], result["type_recall"]) == (1.0, 1.0)
    assert (result["type_actor_precision"], result["type_actor_recall"]) == (0.5, 0.5)
    assert result["event_recall"] == 0.0


@pytest.mark.parametrize(
    ("gold_date", "precision", "predicted", "expected"),
    [
        ("2006-11-01", "day", dt.date(2006, 11, 1), True),
        ("2006-11-01", "day", dt.date(2006, 11, 2), False),
        ("2006-10", "month", dt.date(2006, 10, 20), True),
        ("2006-10", "month", dt.date(2006, 11, 1), False),
        ("2003", "year", dt.date(2003, 5, 1), True),
        ("2003", "year", None, False),
    ],
)
def test_a_date_is_right_at_the_gold_precision(gold_date, precision, predicted, expected):
    assert date_right(gold("ACCUSE", "RUS", date=gold_date, precision=precision), predicted) is expected


def test_date_accuracy_counts_matched_events_dated_by_the_text_beside_the_publication_baseline():
    golds = [
        gold("ACCUSE", "RUS", "BLR", date="2006-11-01", precision="day"),
        gold("SUPPORT", "RUS", "BLR", date="2006-11", precision="month"),
        gold("REJECT", "RUS", "BLR", date="2006-11-02", precision="publication"),  # not dated by the text
    ]
    events = [event("ACCUSE", "RUS", "BLR", date=dt.date(2006, 11, 1)), event("SUPPORT", "RUS", "BLR", date=None),
              event("REJECT", "RUS", "BLR")]
    result = figures(golds, events)
    assert result["dated_matches"] == 2.0
    assert result["date_accuracy"] == 0.5
    assert result["date_accuracy_publication"] == 0.5  # the month is right, the day is not


def test_a_gold_event_is_paired_with_the_prediction_from_its_own_sentence_and_dated_on_it():
    first, second = "Police arrested one member on Nov. 14.", "Police arrested four members on Nov. 16."
    golds = [gold("COERCE", "TUR", "TUR", date="2006-11-14", precision="day", sentence=first),
             gold("COERCE", "TUR", "TUR", date="2006-11-16", precision="day", sentence=second)]
    events = [event("COERCE", "TUR", "TUR", date=dt.date(2006, 11, 16), sentence=second),
              event("COERCE", "TUR", "TUR", date=dt.date(2006, 11, 14), sentence=first)]
    result = figures(golds, events)
    assert result["event_recall"] == 1.0
    assert result["date_accuracy"] == 1.0


def test_a_document_the_pipeline_cannot_read_predicts_nothing_and_is_counted():
    result = evaluate_documents([gold("ACCUSE", "RUS", "BLR")], {}, published={}, failures={"d1": "empty"}).figures()
    assert (result["failed_documents"], result["event_recall"]) == (1.0, 0.0)


def test_errors_list_missed_core_events_first_with_what_the_sentence_gave():
    golds = [gold("SUPPORT", "RUS", "BLR", core=False), gold("ACCUSE", "RUS", "BLR")]
    result = evaluate_documents(golds, {"d1": [event("ASSAULT", "RUS", "BLR")]}, published={})
    kinds = [(e.kind, e.gold) for e in result.errors(10)]
    assert kinds == [("missed", "ACCUSE RUS→BLR"), ("spurious", None), ("missed", "SUPPORT RUS→BLR")]
    assert "ASSAULT RUS→BLR" in result.errors(1)[0].predicted


def test_errors_list_matched_events_dated_wrong_last():
    sentence = "Police arrested four members on Nov. 16."
    golds = [gold("COERCE", "TUR", "TUR", date="2006-11-16", precision="day", sentence=sentence),
             gold("ACCUSE", "RUS", "BLR")]
    events = [event("COERCE", "TUR", "TUR", date=dt.date(2006, 11, 14), sentence=sentence)]
    errors = evaluate_documents(golds, {"d1": events}, published={}).errors(10)
    assert [(e.kind, e.gold) for e in errors] == [
        ("missed", "ACCUSE RUS→BLR"), ("misdated", "COERCE TUR→TUR dated 2006-11-16 (day)")]
    assert errors[1].predicted.startswith("dated 2006-11-14")


def write_lines(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path


def test_gold_events_are_read_with_codes_and_a_broken_line_is_named(tmp_path):
    record = {"doc_id": "d1", "event": "accuse", "actor": [{"text": "Moscow", "code": "rus"}],
              "recipient": [], "date": "2006-11", "date_precision": "month", "core": True, "sentence": "S"}
    [read] = read_doc_events(write_lines(tmp_path / "events.jsonl", [record]))
    assert (read.event, read.actor, read.recipient, read.date_precision) == ("ACCUSE", {"RUS"}, frozenset(), "month")
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(record) + "\n{not json\n", "utf-8")
    with pytest.raises(MalformedInputError, match="broken.jsonl:2"):
        read_doc_events(broken)


def test_gold_paths_take_two_files_or_one_directory(tmp_path):
    assert gold_paths([tmp_path]) == (tmp_path / "docs.jsonl", tmp_path / "events.jsonl")
    assert gold_paths([tmp_path / "a", tmp_path / "b"]) == (tmp_path / "a", tmp_path / "b")
    with pytest.raises(ConfigError):
        gold_paths([tmp_path / "a"])


def test_the_eval_kind_codes_each_article_through_the_pipeline(tmp_path):
    docs = write_lines(tmp_path / "docs.jsonl", [
        {"id": "a1", "title": "Talks", "published": "2006-11-02",
         "text": "Russia accused Belarus on Wednesday of stealing gas.\n\nThe talks went on."},
    ])
    events = write_lines(tmp_path / "events.jsonl", [
        {"doc_id": "a1", "event": "ACCUSE", "actor": [{"code": "RUS"}], "recipient": [{"code": "BLR"}],
         "date": "2006-11-01", "date_precision": "day", "core": True, "sentence": "Russia accused Belarus"},
    ])
    report = run_eval("plover-docs", [str(docs), str(events)])
    assert report.figures["event_recall"] == 1.0
    assert report.figures["date_accuracy"] == 1.0


def test_figures_per_type_count_matches_misses_and_spurious_predictions():
    golds = [gold("ACCUSE", "RUS", "BLR"), gold("ACCUSE", "RUS", "UKR"), gold("SUPPORT", "RUS", "BLR")]
    result = figures(golds, [event("ACCUSE", "RUS", "BLR"), event("SUPPORT", "RUS", "UKR")])
    assert (result["recall.ACCUSE"], result["gold.ACCUSE"], result["precision.ACCUSE"]) == (0.5, 2.0, 1.0)
    assert (result["recall.SUPPORT"], result["precision.SUPPORT"]) == (0.0, 0.0)

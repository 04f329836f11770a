"""TempEval-3 scoring of time expressions against TimeML and MEANTIME gold."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest

from dyadwatch.errors import ConfigError, InputError, MalformedInputError, UnsupportedInputError
from dyadwatch.evaluate.timeml import (
    GoldTimex,
    TimeDocument,
    evaluate_timeml,
    is_concrete,
    iter_timeml,
    parse_date,
    read_timeml,
)
from dyadwatch.records import TimeExpr

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TEMPEVAL = FIXTURES / "timeml" / "tiny_wsj.tml"
MEANTIME = FIXTURES / "meantime" / "9001_Envoys_meet.xml"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

TEXT = "They met on Friday and talked for three hours yesterday."


def shared_dir(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not present: {path} (gold data lives outside the repository)")
    return path


def gold(text: str, words: str, type_: str, value: str | None, *, after: int = 0) -> GoldTimex:
    start = text.index(words, after)
    return GoldTimex(start, start + len(words), words, type_, value)


def timex(text: str, words: str, type_: str, value: str | None) -> TimeExpr:
    start = text.index(words)
    return TimeExpr(start, start + len(words), words, type_, value)  # type: ignore[arg-type]


def document(*timexes: GoldTimex, text: str = TEXT, unscored: tuple[tuple[int, int], ...] = ()) -> TimeDocument:
    return TimeDocument("doc1", text, dt.date(2008, 2, 29), timexes, unscored)


def fixed(*predicted: TimeExpr):
    """A predictor that returns the same records for any text."""
    return lambda text, creation_time: list(predicted)


THREE_GOLDS = (
    gold(TEXT, "Friday", "DATE", "2008-02-29"),
    gold(TEXT, "three hours", "DURATION", "PT3H"),
    gold(TEXT, "yesterday", "DATE", "2008-02-28"),
)


# --- reading TimeML ------------------------------------------------------------------


def test_read_timeml_text_is_text_element_without_inline_tags():
    assert read_timeml(TEMPEVAL).text == "The ministers met yesterday for three hours and will meet again soon."


def test_read_timeml_timexes_carry_offsets_type_and_value():
    doc = read_timeml(TEMPEVAL)
    assert doc.timexes == (
        GoldTimex(18, 27, "yesterday", "DATE", "1998-02-26", "t1"),
        GoldTimex(32, 43, "three hours", "DURATION", "PT3H", "t2"),
        GoldTimex(64, 68, "soon", "DATE", "FUTURE_REF", "t3"),
    )


def test_read_timeml_takes_doc_id_and_creation_time_from_header():
    doc = read_timeml(TEMPEVAL)
    assert (doc.doc_id, doc.creation_time) == ("tiny_wsj", dt.date(1998, 2, 27))


def test_read_timeml_creation_time_inside_text_is_unscored(write):
    inline = (
        '<TimeML><TEXT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">'
        'Feb. 27, 1998</TIMEX3>\nTalks began <TIMEX3 tid="t1" type="DATE" value="1998-02-26">yesterday</TIMEX3>.'
        "</TEXT></TimeML>"
    )
    doc = read_timeml(write("inline.tml", inline))
    assert (doc.creation_time, doc.unscored, [t.text for t in doc.timexes]) == (
        dt.date(1998, 2, 27),
        ((0, 13),),
        ["yesterday"],
    )


# --- reading MEANTIME ----------------------------------------------------------------


def test_read_meantime_rebuilds_text_from_tokens():
    assert read_timeml(MEANTIME).text == "Envoys meet\nMarch 01, 2008\nEnvoys met on Friday (again) for two hours."


def test_read_meantime_timexes_point_into_rebuilt_text():
    doc = read_timeml(MEANTIME)
    assert doc.timexes == (
        GoldTimex(41, 47, "Friday", "DATE", "2008-02-29", "21"),
        GoldTimex(60, 69, "two hours", "DURATION", "PT2H", "22"),
    )


def test_read_meantime_creation_time_is_not_a_scored_timex():
    doc = read_timeml(MEANTIME)
    assert (doc.doc_id, doc.creation_time, doc.unscored) == ("9001", dt.date(2008, 3, 1), ((12, 26),))


def test_read_meantime_skips_timex_without_token_anchor():
    assert "2009" not in [t.value for t in read_timeml(MEANTIME).timexes]


def test_read_meantime_date_line_is_creation_time_when_none_is_marked(write):
    unmarked = MEANTIME.read_text("utf-8").replace('functionInDocument="CREATION_TIME"', 'functionInDocument="NONE"')
    doc = read_timeml(write("unmarked.xml", unmarked))
    assert (doc.creation_time, doc.unscored, len(doc.timexes)) == (dt.date(2008, 3, 1), ((12, 26),), 2)


def test_read_meantime_reads_day_first_creation_value(write):
    day_first = MEANTIME.read_text("utf-8").replace('value="2008-03-01"', 'value="01-03-2008"')
    assert read_timeml(write("day_first.xml", day_first)).creation_time == dt.date(2008, 3, 1)


def test_read_meantime_anchor_to_unknown_token_is_malformed(write):
    broken = MEANTIME.read_text("utf-8").replace('<token_anchor t_id="10"/>', '<token_anchor t_id="99"/>')
    with pytest.raises(MalformedInputError, match="unknown token '99'"):
        read_timeml(write("broken.xml", broken))


# --- reading errors and directories --------------------------------------------------


def test_read_timeml_broken_xml_is_malformed_input(write):
    with pytest.raises(MalformedInputError, match="not well-formed XML"):
        read_timeml(write("broken.tml", "<TimeML><TEXT>unclosed</TimeML>"))


def test_read_timeml_unknown_root_is_unsupported_input(write):
    with pytest.raises(UnsupportedInputError, match="<html>"):
        read_timeml(write("page.xml", "<html><body>news</body></html>"))


def test_read_timeml_unknown_timex_type_is_malformed_input(write):
    with pytest.raises(MalformedInputError, match="type 'WEEKDAY'"):
        read_timeml(write("bad.tml", '<TimeML><TEXT><TIMEX3 tid="t1" type="WEEKDAY">Friday</TIMEX3></TEXT></TimeML>'))


def test_iter_timeml_walks_directories_and_yields_errors_for_bad_files(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "good.tml").write_bytes(TEMPEVAL.read_bytes())
    (tmp_path / "a" / "bad.xml").write_text("<TimeML>", "utf-8")
    (tmp_path / "notes.txt").write_text("not gold", "utf-8")
    items = list(iter_timeml(tmp_path))
    assert [type(item).__name__ for item in items] == ["TimeDocument", "MalformedInputError"]  # a/b/ before a/bad


def test_iter_timeml_missing_path_is_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="no such file"):
        list(iter_timeml([tmp_path / "absent"]))


def test_iter_timeml_directory_without_gold_is_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match=r"no \*\.xml or \*\.tml"):
        list(iter_timeml(tmp_path))


# --- values --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "concrete"),
    [("2008-02-29", True), ("P3W", True), ("2008-W09", True), ("XXXX-XX-XX", False), ("PXY", False),
     ("PRESENT_REF", False), ("", False), (None, False)],
)
def test_is_concrete_rejects_placeholders_and_references(value, concrete):
    assert is_concrete(value) is concrete


def test_parse_date_reads_day_of_iso_and_day_first_values():
    assert [parse_date(v) for v in ("2008-03-01T10:00", "03-02-2009", "2008-03", None)] == [
        dt.date(2008, 3, 1),
        dt.date(2009, 2, 3),
        None,
        None,
    ]


# --- scoring -------------------------------------------------------------------------


def test_evaluate_timeml_perfect_predictor_scores_one():
    predicted = [TimeExpr(g.start, g.end, g.text, g.type, g.value) for g in THREE_GOLDS]  # type: ignore[arg-type]
    figures = evaluate_timeml([document(*THREE_GOLDS)], fixed(*predicted)).figures()
    assert {k: figures[k] for k in ("strict_f1", "relaxed_f1", "value_f1", "value_accuracy", "type_accuracy")} == {
        "strict_f1": 1.0, "relaxed_f1": 1.0, "value_f1": 1.0, "value_accuracy": 1.0, "type_accuracy": 1.0,
    }


def test_evaluate_timeml_figures_as_tempeval3_defines_them():
    # Friday: exact, right value. "for three hours": overlap only, right value.
    # yesterday: exact, wrong value. "They": spurious.
    predicted = fixed(
        timex(TEXT, "Friday", "DATE", "2008-02-29"),
        timex(TEXT, "for three hours", "DURATION", "PT3H"),
        timex(TEXT, "yesterday", "DATE", "2008-02-27"),
        timex(TEXT, "They", "DATE", "2008"),
    )
    figures = evaluate_timeml([document(*THREE_GOLDS)], predicted).figures()
    assert figures == pytest.approx({
        "documents": 1.0, "unreadable_documents": 0.0, "predictor_errors": 0.0,
        "gold_timexes": 3.0, "predicted_timexes": 4.0,
        "strict_precision": 0.5, "strict_recall": float(Fraction(2, 3)), "strict_f1": float(Fraction(4, 7)),
        "relaxed_precision": 0.75, "relaxed_recall": 1.0, "relaxed_f1": float(Fraction(6, 7)),
        "value_precision": 0.5, "value_recall": float(Fraction(2, 3)), "value_f1": float(Fraction(4, 7)),
        "value_accuracy": float(Fraction(2, 3)), "type_accuracy": 1.0,
    })


def test_evaluate_timeml_type_accuracy_over_relaxed_matches():
    predicted = fixed(timex(TEXT, "Friday", "DATE", "2008-02-29"), timex(TEXT, "three hours", "DATE", "PT3H"))
    figures = evaluate_timeml([document(*THREE_GOLDS)], predicted).figures()
    assert (figures["type_accuracy"], figures["value_accuracy"]) == (0.5, 1.0)


def test_evaluate_timeml_matches_each_gold_once():
    predicted = fixed(timex(TEXT, "three", "DURATION", "PT3H"), timex(TEXT, "hours", "DURATION", "PT3H"))
    case = evaluate_timeml([document(THREE_GOLDS[1])], predicted).cases[0]
    assert (case.relaxed.tp, case.relaxed.fp, case.relaxed.fn) == (1, 1, 0)


def test_evaluate_timeml_compares_values_case_and_space_insensitively():
    predicted = fixed(timex(TEXT, "three hours", "DURATION", " pt3h "))
    assert evaluate_timeml([document(THREE_GOLDS[1])], predicted).figures()["value_f1"] == 1.0


def test_evaluate_timeml_types_filter_leaves_other_gold_and_predictions_out():
    # With DATE only, the gold duration is not scored; the predicted durations, on it
    # and elsewhere, are neither right nor wrong.
    predicted = fixed(
        timex(TEXT, "Friday", "DATE", "2008-02-29"),
        timex(TEXT, "three hours", "DURATION", "PT3H"),
        timex(TEXT, "talked", "DURATION", "PT1H"),
    )
    figures = evaluate_timeml([document(*THREE_GOLDS[:2])], predicted, types=("DATE",)).figures()
    assert (figures["gold_timexes"], figures["predicted_timexes"], figures["relaxed_f1"]) == (1.0, 1.0, 1.0)


def test_evaluate_timeml_prediction_of_filtered_type_on_scored_gold_counts():
    predicted = fixed(timex(TEXT, "Friday", "DURATION", "P1D"))
    figures = evaluate_timeml([document(THREE_GOLDS[0])], predicted, types=("DATE",)).figures()
    assert (figures["relaxed_f1"], figures["type_accuracy"], figures["value_accuracy"]) == (1.0, 0.0, 0.0)


def test_evaluate_timeml_can_leave_out_gold_without_concrete_value():
    soon = gold("We meet soon.", "soon", "DATE", "FUTURE_REF")
    doc = document(soon, text="We meet soon.")
    predicted = fixed(timex("We meet soon.", "soon", "DATE", "FUTURE_REF"))
    scored = evaluate_timeml([doc], predicted).figures()
    concrete_only = evaluate_timeml([doc], predicted, score_unvalued=False).figures()
    assert (scored["gold_timexes"], concrete_only["gold_timexes"], concrete_only["predicted_timexes"]) == (1, 0, 0)


def test_evaluate_timeml_prediction_on_creation_time_span_is_ignored():
    doc = read_timeml(MEANTIME)
    on_date_line = TimeExpr(12, 26, "March 01, 2008", "DATE", "2008-03-01")
    figures = evaluate_timeml([doc], fixed(on_date_line)).figures()
    assert (figures["predicted_timexes"], figures["relaxed_precision"]) == (0.0, 0.0)


def test_evaluate_timeml_passes_text_and_creation_time_to_predictor():
    seen = []
    evaluate_timeml([read_timeml(MEANTIME)], lambda text, creation: seen.append((text[:11], creation)) or [])
    assert seen == [("Envoys meet", dt.date(2008, 3, 1))]


def test_evaluate_timeml_predictor_input_error_scores_document_empty():
    def failing(text: str, creation: dt.date | None) -> list[TimeExpr]:
        raise InputError("doc1", "text too long")

    result = evaluate_timeml([document(*THREE_GOLDS)], failing)
    assert (result.cases[0].error, result.relaxed.fn, result.figures()["predictor_errors"]) == ("text too long", 3, 1.0)


def test_evaluate_timeml_keeps_unreadable_gold_as_errors():
    error = MalformedInputError("bad.tml", "not well-formed XML")
    result = evaluate_timeml([error, document(*THREE_GOLDS)], fixed())
    assert (result.errors, result.figures()["unreadable_documents"], len(result.cases)) == ((error,), 1.0, 1)


def test_evaluate_timeml_unknown_type_filter_is_config_error():
    with pytest.raises(ConfigError, match="WEEKDAY"):
        evaluate_timeml([], fixed(), types=("DATE", "WEEKDAY"))


def test_worst_cases_lists_misses_before_value_and_span_errors():
    predicted = fixed(
        timex(TEXT, "for three hours", "DURATION", "PT3H"),
        timex(TEXT, "yesterday", "DATE", "2008-02-27"),
        timex(TEXT, "They", "DATE", "2008"),
    )
    worst = evaluate_timeml([document(*THREE_GOLDS)], predicted).worst_cases(4)
    assert [(m.problems, m.gold_text, m.gold_value, m.predicted_text, m.predicted_value) for m in worst] == [
        (("missed",), "Friday", "2008-02-29", None, None),
        (("spurious",), None, None, "They", "2008"),
        (("value",), "yesterday", "2008-02-28", "yesterday", "2008-02-27"),
        (("span",), "three hours", "PT3H", "for three hours", "PT3H"),
    ]


def test_worst_cases_limits_the_count():
    result = evaluate_timeml([document(*THREE_GOLDS)], fixed())
    assert [m.gold_text for m in result.worst_cases(2)] == ["Friday", "three hours"]


# --- the real gold -------------------------------------------------------------------


@pytest.mark.shared
def test_meantime_gold_has_120_documents_each_with_creation_time():
    documents = list(iter_timeml(shared_dir("gold", "meantime", "intra-doc_annotation")))
    assert len(documents) == 120
    assert all(isinstance(doc, TimeDocument) and doc.creation_time is not None for doc in documents)
    timexes = [(doc.text, t) for doc in documents for t in doc.timexes]  # type: ignore[union-attr]
    assert all(text[t.start : t.end] == t.text for text, t in timexes)

"""PLOVER gold records: reading them, scoring events and resolved actor codes."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from dyadwatch.errors import ConfigError, EmptyInputError, InputError, MalformedInputError
from dyadwatch.evaluate.plover import (
    PloverGold,
    codes_match,
    evaluate_actors,
    evaluate_events,
    group_sentences,
    normalize_code,
    read_plover,
)
from dyadwatch.records import Actor, Event, EventAux, Mention

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "plover"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not present: {path} (gold data lives outside the repository)")
    return path


def event(kind: str, actors: str = "", recipients: str = "") -> Event:
    """A predicted event; codes as `"USA JOR"`."""
    return Event(
        id="e", doc_id="d", event=kind, mode=None, context=(),
        actor=tuple(Actor(code) for code in actors.split()),
        recipient=tuple(Actor(code) for code in recipients.split()),
        date=None, date_precision="day", event_text="", text="", start=0, end=0, sentence=0,
        aux=EventAux(), score=None, quad_code=None, pattern="test.v1", confidence=1.0,
    )


def gold(kind: str, actors: str, recipients: str = "", *, text: str = "S", record_id: str = "g") -> PloverGold:
    return PloverGold(record_id, text, tuple(actors.split()), tuple(recipients.split()), kind)


def by_sentence(**events: list[Event]):
    """A predictor answering per sentence; sentences are named by their first word."""
    return lambda text: events.get(text.split()[0], [])


@pytest.fixture
def golds() -> list[PloverGold]:
    """S1 The…: AGREE USA+JOR→-. S2 Ivory…: REJECT CIV→SEN and REJECT CIV→IGO.
    S3 Israeli…: ASSAULT ISR→PSE."""
    return read_plover(FIXTURES / "tiny.jsonl")


# --- reading -------------------------------------------------------------------------


def test_read_plover_takes_codes_from_source_and_target_objects(golds):
    assert [(g.id, g.actor, g.recipient) for g in golds[1:]] == [
        ("GSR-REJECT-1", ("CIV",), ("SEN",)),
        ("GSR-REJECT-2", ("CIV",), ("IGO",)),
        ("GSR-FIGHT-1", ("ISR",), ("PSE",)),
    ]


def test_read_plover_upper_cases_codes_and_reads_empty_target_as_none(golds):
    assert (golds[0].actor, golds[0].recipient) == (("USA", "JOR"), ())


def test_read_plover_empty_mode_is_none_and_context_is_split(golds):
    assert (golds[1].mode, golds[1].context, golds[3].mode) == (None, ("diplomatic", "military"), "firearms")


def test_read_plover_keeps_the_original_event_label(golds):
    assert (golds[3].event, golds[3].event_v05) == ("ASSAULT", "FIGHT")


def test_read_plover_reads_json_list_with_actor_and_recipient_strings():
    assert read_plover(FIXTURES / "tiny.json") == [
        PloverGold(None, "Russia threatened Ukraine with sanctions.", ("RUS",), ("UKR",), "THREATEN", "sanction",
                   ("economic",)),
        PloverGold(None, "Protesters marched in Caracas.", ("VEN",), (), "PROTEST"),
    ]


def test_read_plover_broken_line_is_malformed_with_its_line_number(write):
    path = write("gold.jsonl", '{"text": "a", "event": "AGREE"}\n{"text": \n')
    with pytest.raises(MalformedInputError) as raised:
        read_plover(path)
    assert raised.value.source.endswith("gold.jsonl:2")


def test_read_plover_record_without_event_is_malformed(write):
    with pytest.raises(MalformedInputError, match="`event`"):
        read_plover(write("gold.jsonl", '{"text": "Talks began.", "source": "USA"}\n'))


def test_read_plover_non_string_code_is_malformed(write):
    with pytest.raises(MalformedInputError, match="`code`"):
        read_plover(write("gold.jsonl", '{"text": "a", "event": "AGREE", "source": [{"code": 840}]}\n'))


def test_read_plover_file_without_records_is_empty_input(write):
    with pytest.raises(EmptyInputError):
        read_plover(write("gold.jsonl", "\n\n"))


def test_read_plover_missing_file_is_config_error(tmp_path: Path):
    with pytest.raises(ConfigError):
        read_plover(tmp_path / "absent.jsonl")


@pytest.mark.parametrize(
    ("raw", "code"),
    [("usa", "USA"), (" IGO ", "IGO"), ("", None), (None, None), ("---", None), ("***", None), ("null", None)],
)
def test_normalize_code_upper_cases_and_drops_placeholders(raw, code):
    assert normalize_code(raw) == code


@pytest.mark.parametrize(
    ("gold_codes", "predicted", "matches"),
    [(("USA", "JOR"), ("JOR",), True), (("USA",), ("GBR",), False), ((), ("GBR",), True), (("USA",), (), False)],
)
def test_codes_match_on_any_shared_code_and_empty_gold_accepts_all(gold_codes, predicted, matches):
    assert codes_match(gold_codes, predicted) is matches


def test_group_sentences_joins_records_of_one_sentence(golds):
    assert [len(records) for _, records in group_sentences(golds)] == [1, 2, 1]


# --- events --------------------------------------------------------------------------


HAND_WORKED = by_sentence(
    The=[event("AGREE", "USA", "JOR"), event("AGREE", "USA", "JOR")],
    Ivory=[event("REJECT", "CIV", "SEN"), event("ACCUSE", "CIV", "SEN")],
    Israeli=[event("PROTEST", "PSE", "ISR")],
)


def test_evaluate_events_figures_worked_by_hand(golds):
    # Types per sentence: {AGREE}/{AGREE}; {REJECT}/{REJECT, ACCUSE}; {ASSAULT}/{PROTEST}
    # → tp 2, fp 2, fn 1. Strict: AGREE (duplicate counted once) and REJECT→SEN match;
    # REJECT→IGO and ASSAULT missed; ACCUSE and PROTEST extra → tp 2, fp 2, fn 2.
    # Actor codes right for the 3 records whose type was found; recipients for 1 of the
    # 2 that have one (AGREE has none).
    figures = evaluate_events(golds, HAND_WORKED).figures()
    assert figures == pytest.approx({
        "sentences": 3.0, "predictor_errors": 0.0, "gold_events": 4.0, "predicted_events": 4.0,
        "event_precision": 0.5, "event_recall": float(Fraction(2, 3)), "event_f1": float(Fraction(4, 7)),
        "event_actor_precision": 0.5, "event_actor_recall": 0.5, "event_actor_f1": 0.5,
        "actor_accuracy": 1.0, "recipient_accuracy": 0.5,
        "event_f1.ACCUSE": 0.0, "event_f1.AGREE": 1.0, "event_f1.ASSAULT": 0.0, "event_f1.PROTEST": 0.0,
        "event_f1.REJECT": 1.0,
    })


def test_evaluate_events_counts_types_per_plover_type(golds):
    by_type = evaluate_events(golds, HAND_WORKED).by_type()
    assert {name: (c.tp, c.fp, c.fn) for name, c in by_type.items()} == {
        "ACCUSE": (0, 1, 0), "AGREE": (1, 0, 0), "ASSAULT": (0, 0, 1), "PROTEST": (0, 1, 0), "REJECT": (1, 0, 0),
    }


def test_evaluate_events_type_predicted_twice_counts_once():
    result = evaluate_events([gold("AGREE", "USA")], lambda text: [event("AGREE"), event("AGREE", "GBR")])
    assert (result.types.tp, result.types.fp) == (1, 0)


def test_evaluate_events_strict_needs_type_actor_and_recipient():
    golds = [gold("ASSAULT", "ISR", "PSE")]
    wrong_recipient = evaluate_events(golds, lambda text: [event("ASSAULT", "ISR", "LBN")])
    right = evaluate_events(golds, lambda text: [event("ASSAULT", "ISR", "PSE LBN")])
    assert (wrong_recipient.strict.tp, right.strict.tp) == (0, 1)


def test_evaluate_events_strict_gold_without_recipient_accepts_any():
    result = evaluate_events([gold("AGREE", "USA JOR")], lambda text: [event("AGREE", "JOR", "USA")])
    assert result.strict.tp == 1


def test_evaluate_events_strict_compares_codes_case_insensitively():
    result = evaluate_events([gold("AGREE", "USA")], lambda text: [event("agree", "usa")])
    assert result.strict.tp == 1


def test_evaluate_events_one_predicted_event_matches_one_gold_record():
    golds = [gold("REJECT", "CIV", "SEN"), gold("REJECT", "CIV", "IGO")]
    counts = evaluate_events(golds, lambda text: [event("REJECT", "CIV", "SEN IGO")]).strict
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)


def test_evaluate_events_calls_predictor_once_per_sentence(golds):
    calls = []
    evaluate_events(golds, lambda text: calls.append(text) or [])
    assert len(calls) == 3


def test_evaluate_events_predictor_input_error_scores_sentence_empty():
    def failing(text: str) -> list[Event]:
        raise InputError("sentence", "no parse")

    result = evaluate_events([gold("AGREE", "USA")], failing)
    assert (result.cases[0].error, result.types.fn) == ("no parse", 1)


def test_event_worst_cases_rank_missed_types_first(golds):
    worst = evaluate_events(golds, HAND_WORKED).worst_cases(10)
    assert [(m.problems, m.gold, m.predicted) for m in worst] == [
        (("missed_type",), "ASSAULT ISR→PSE", "PROTEST PSE→ISR"),
        (("wrong_recipient",), "REJECT CIV→IGO", "REJECT CIV→SEN"),
        (("spurious_type",), None, "ACCUSE CIV→SEN"),
        (("spurious_type",), None, "PROTEST PSE→ISR"),
    ]


def test_event_worst_cases_names_merged_events():
    golds = [gold("REJECT", "CIV", "SEN"), gold("REJECT", "CIV", "IGO", record_id="g2")]
    worst = evaluate_events(golds, lambda text: [event("REJECT", "CIV", "SEN IGO")]).worst_cases(1)
    assert [(m.record_id, m.problems) for m in worst] == [("g2", ("merged",))]


# --- actors --------------------------------------------------------------------------


RESOLVED = {
    "The": [Mention(0, 17, "The United States", Actor("USA")), Mention(22, 28, "Jordan")],
    "Ivory": [Mention(0, 11, "Ivory Coast", Actor("civ")), Mention(30, 40, "Senegalese", Actor("SEN"))],
}


def test_evaluate_actors_recall_of_actor_and_recipient_codes(golds):
    # Actor codes: USA found, JOR not (unresolved mention); CIV twice; ISR not → 3 of 5.
    # Recipient codes: SEN found, IGO and PSE not → 1 of 3.
    figures = evaluate_actors(golds, lambda text: RESOLVED.get(text.split()[0], [])).figures()
    assert figures == pytest.approx({
        "records": 4.0, "resolver_errors": 0.0, "gold_actor_codes": 5.0, "gold_recipient_codes": 3.0,
        "actor_recall": 0.6, "recipient_recall": float(Fraction(1, 3)), "actor_code_recall": 0.5,
    })


def test_evaluate_actors_resolves_each_sentence_once(golds):
    calls = []
    evaluate_actors(golds, lambda text: calls.append(text) or [])
    assert len(calls) == 3


def test_actor_worst_cases_put_records_with_most_missing_codes_first(golds):
    result = evaluate_actors(golds, lambda text: RESOLVED.get(text.split()[0], []))
    assert [(c.record_id, c.missing_actor, c.missing_recipient) for c in result.worst_cases(3)] == [
        ("GSR-FIGHT-1", ("ISR",), ("PSE",)),
        ("GSR-AGREE-1", ("JOR",), ()),
        ("GSR-REJECT-2", (), ("IGO",)),
    ]


# --- the real gold -------------------------------------------------------------------


@pytest.mark.shared
def test_plover_dev_gold_has_179_coded_records():
    golds = read_plover(shared_file("gold", "plover-gsr", "dev.jsonl"))
    assert len(golds) == 179
    assert all(g.actor and g.event in PLOVER_TYPES for g in golds)
    assert all(code.isupper() for g in golds for code in g.actor + g.recipient)

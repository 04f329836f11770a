"""Attribution scoring against PolNeAR brat standoff gold."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from dyadwatch.errors import ConfigError, InputError, MalformedInputError
from dyadwatch.evaluate.attribution import (
    AttributionDocument,
    GoldAttribution,
    evaluate_attribution,
    iter_polnear,
    normalize_fragments,
    read_brat,
)
from dyadwatch.records import Mention, Quote

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "polnear"
DEV = FIXTURES / "dev"
SENATOR = "wire_2016-10-01_senator-pledges-vote"
GOVERNOR = "wire_2016-10-02_governor-warns-storm"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

TEXT = 'Ann Reyes said the bill would pass. "It is done," Jones said, "at last." The plan drew criticism.'


def shared_dir(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not present: {path} (gold data lives outside the repository)")
    return path


def span(words: str, *, text: str = TEXT, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return (start, start + len(words))


REYES = GoldAttribution("E1", (span("Ann Reyes"),), (span("said"),), (span("the bill would pass"),))
JONES = GoldAttribution(
    "E2", (span("Jones"),), (span("said", after=40),), (span('"It is done,"'), span('"at last."'))
)
NO_SOURCE = GoldAttribution("E3", (), (span("drew criticism"),), (span("The plan"),))


def document(*attributions: GoldAttribution) -> AttributionDocument:
    return AttributionDocument("doc1", TEXT, attributions)


def quote(content: str, *, speaker: str | None, cue: str = "said", cue_after: int = 0) -> Quote:
    """A predicted quote over words of TEXT (first occurrences; the cue's at or after `cue_after`)."""
    content_span, cue_span = span(content), span(cue, after=cue_after)
    mention = None
    if speaker is not None:
        start, end = span(speaker)
        mention = Mention(start, end, speaker)
    return Quote(cue_span[0], cue_span[1], cue, content_span[0], content_span[1], content, False, mention)


def fixed(*quotes: Quote):
    return lambda text: list(quotes)


# --- reading brat --------------------------------------------------------------------


def test_read_brat_gives_source_cue_and_content_spans():
    doc = read_brat(DEV / "attributions" / f"{SENATOR}_aaaa.ann", DEV / "text" / f"{SENATOR}.txt")
    text = doc.text
    first = doc.attributions[0]
    assert [text[a:b] for a, b in first.source + first.cue + first.content] == [
        "Senator Ann Reyes",
        "said",
        "the water bill would pass this week",
    ]


def test_read_brat_keeps_discontinuous_content_as_fragments():
    doc = read_brat(DEV / "attributions" / f"{SENATOR}_aaaa.ann", DEV / "text" / f"{SENATOR}.txt")
    assert [doc.text[a:b] for a, b in doc.attributions[1].content] == ['"It is a good day,"', '"for all of us."']


def test_read_brat_attribution_without_source_has_empty_source():
    doc = read_brat(DEV / "attributions" / f"{SENATOR}_aaaa.ann", DEV / "text" / f"{SENATOR}.txt")
    assert (doc.attributions[2].source, doc.text[slice(*doc.attributions[2].content[0])]) == ((), "The plan")


def test_read_brat_ignores_annotations_that_are_not_event_arguments():
    doc = read_brat(DEV / "attributions" / f"{SENATOR}_aaaa.ann", DEV / "text" / f"{SENATOR}.txt")
    assert ([a.id for a in doc.attributions], doc.doc_id) == (["E1", "E2", "E3"], SENATOR)


def test_read_brat_numbered_role_joins_its_base_role(write):
    text = write("t.txt", "He said: yes. Then: no.")
    ann = write(
        "t.ann",
        "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 9 13\tyes.\nT4\tContent 20 23\tno.\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3 Content2:T4\n",
    )
    assert read_brat(ann, text).attributions[0].content == ((9, 13), (20, 23))


def test_read_brat_skips_event_without_content(write):
    text = write("t.txt", "questions about it")
    ann = write("t.ann", "T1\tAttribution-no-source 0 9\tquestions\nE1\tAttribution-no-source:T1 \n")
    assert read_brat(ann, text).attributions == ()


def test_read_brat_span_text_differing_from_text_file_is_malformed(write):
    text = write("t.txt", "He said yes.")
    ann = write("t.ann", "T1\tCue 3 7\tsaid\nT2\tContent 8 12\tno!!\n")
    with pytest.raises(MalformedInputError, match="differs from the text file"):
        read_brat(ann, text)


def test_read_brat_span_outside_text_is_malformed(write):
    text = write("t.txt", "He said yes.")
    ann = write("t.ann", "T1\tCue 3 70\tsaid\n")
    with pytest.raises(MalformedInputError, match="outside the text"):
        read_brat(ann, text)


def test_read_brat_event_naming_unknown_annotation_is_malformed(write):
    text = write("t.txt", "He said yes.")
    ann = write("t.ann", "T1\tCue 3 7\tsaid\nE1\tAttribution:T1 Cue:T1 Content:T9\n")
    with pytest.raises(MalformedInputError, match="T9"):
        read_brat(ann, text)


def test_normalize_fragments_merges_fragments_split_at_line_breaks():
    text = "first part,\nsecond part"
    assert normalize_fragments([(0, 11), (12, 23)], text) == ((0, 23),)


def test_normalize_fragments_trims_edge_whitespace_and_sorts():
    text = "  tail  and head "
    assert normalize_fragments([(11, 17), (0, 8)], text) == ((2, 6), (12, 16))


# --- the PolNeAR layout --------------------------------------------------------------


def test_iter_polnear_yields_one_document_per_article_in_order():
    assert [doc.doc_id for doc in iter_polnear(DEV)] == [SENATOR, GOVERNOR]  # type: ignore[union-attr]


def test_iter_polnear_uses_annotation_with_most_attributions():
    governor = list(iter_polnear(DEV))[1]
    assert (governor.annotator, len(governor.attributions)) == ("bbbb", 2)  # type: ignore[union-attr]


def test_iter_polnear_breaks_ties_by_smallest_annotator_id(tmp_path: Path):
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text("He said yes.", "utf-8")
    for annotator in ("ffff", "1234"):
        (tmp_path / "attributions" / f"a_{annotator}.ann").write_text(
            "T1\tCue 3 7\tsaid\nT2\tContent 8 11\tyes\nE1\tAttribution:T1 Cue:T1 Content:T2\n", "utf-8"
        )
    assert [doc.annotator for doc in iter_polnear(tmp_path)] == ["1234"]  # type: ignore[union-attr]


def test_iter_polnear_reads_compartment_under_corpus_root():
    assert len(list(iter_polnear(FIXTURES, compartment="dev"))) == 2


def test_iter_polnear_accepts_annotation_files():
    ann = DEV / "attributions" / f"{GOVERNOR}_aaaa.ann"
    documents = list(iter_polnear([ann]))
    assert [(doc.doc_id, doc.annotator) for doc in documents] == [(GOVERNOR, "aaaa")]  # type: ignore[union-attr]


def test_iter_polnear_directory_without_layout_is_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="expected the PolNeAR layout"):
        list(iter_polnear(tmp_path))


def test_iter_polnear_yields_input_error_for_article_without_text(tmp_path: Path):
    (tmp_path / "attributions").mkdir()
    (tmp_path / "attributions" / "lost_abcd.ann").write_text("", "utf-8")
    items = list(iter_polnear(tmp_path))
    assert len(items) == 1 and isinstance(items[0], InputError) and "lost.txt" in items[0].reason


# --- scoring -------------------------------------------------------------------------


def test_evaluate_attribution_perfect_quotes_score_one():
    predicted = fixed(quote("the bill would pass", speaker="Ann Reyes"))
    figures = evaluate_attribution([document(REYES)], predicted).figures()
    names = ("source_exact", "cue_exact", "content_exact", "attribution")
    assert [figures[f"{name}_f1"] for name in names] == [1.0] * 4


def test_evaluate_attribution_found_with_half_the_content_and_overlapping_speaker():
    # "the bill would" is 14 of 19 content characters; "Reyes" overlaps "Ann Reyes".
    predicted = fixed(quote("the bill would", speaker="Reyes"))
    assert evaluate_attribution([document(REYES)], predicted).attribution.tp == 1


def test_evaluate_attribution_not_found_with_less_than_half_the_content():
    predicted = fixed(quote("the bill", speaker="Ann Reyes"))
    assert evaluate_attribution([document(REYES)], predicted).attribution.tp == 0


def test_evaluate_attribution_not_found_when_speaker_misses_the_source():
    predicted = fixed(quote("the bill would pass", speaker="Jones"))
    assert evaluate_attribution([document(REYES)], predicted).attribution.tp == 0


def test_evaluate_attribution_gold_without_source_accepts_any_speaker():
    anonymous = quote("The plan", speaker=None, cue="drew criticism")
    named = quote("The plan", speaker="Jones", cue="drew criticism")
    scores = [evaluate_attribution([document(NO_SOURCE)], fixed(q)).attribution.tp for q in (anonymous, named)]
    assert scores == [1, 1]


def test_evaluate_attribution_interrupted_content_is_found_by_its_covering_span():
    # The quote spans both fragments and the "Jones said," between them: it covers
    # all 23 gold content characters.
    predicted = fixed(quote('"It is done," Jones said, "at last."', speaker="Jones", cue_after=40))
    case = evaluate_attribution([document(JONES)], predicted).cases[0]
    assert (case.attribution.tp, case.roles["content_exact"].tp, case.roles["content_overlap"].tp) == (1, 0, 1)


def test_evaluate_attribution_role_and_attribution_figures_worked_by_hand():
    # Gold: Reyes, Jones, the no-source one. Predicted: Reyes exactly; the Jones quote
    # with speaker "Ann Reyes" (wrong) and a partial cue; a spurious quote.
    predicted = fixed(
        quote("the bill would pass", speaker="Ann Reyes"),
        quote('"It is done,"', speaker="Ann Reyes", cue="sai", cue_after=40),
        quote("drew criticism", speaker="Jones", cue="plan"),
    )
    figures = evaluate_attribution([document(REYES, JONES, NO_SOURCE)], predicted).figures()
    third = float(Fraction(1, 3))
    assert {k: v for k, v in figures.items() if k.startswith(("source", "cue", "attribution"))} == pytest.approx({
        # sources: gold Reyes, Jones; predicted Reyes, Reyes, Jones → all exact, 2 matched
        "source_exact_precision": 2 / 3, "source_exact_recall": 1.0, "source_exact_f1": 0.8,
        "source_overlap_precision": 2 / 3, "source_overlap_recall": 1.0, "source_overlap_f1": 0.8,
        # cues: gold said, said, drew criticism; predicted said (exact), sai (overlap), plan (none)
        "cue_exact_precision": third, "cue_exact_recall": third, "cue_exact_f1": third,
        "cue_overlap_precision": 2 / 3, "cue_overlap_recall": 2 / 3, "cue_overlap_f1": 2 / 3,
        # attributions: Reyes found; Jones has the content but not the speaker; none else
        "attribution_precision": third, "attribution_recall": third, "attribution_f1": third,
    })


def test_evaluate_attribution_precision_counts_every_predicted_quote():
    predicted = fixed(quote("the bill would pass", speaker="Ann Reyes"), quote("the bill would pass", speaker="Reyes"))
    counts = evaluate_attribution([document(REYES)], predicted).attribution
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_evaluate_attribution_predictor_input_error_scores_document_empty():
    def failing(text: str) -> list[Quote]:
        raise InputError("doc1", "parser gave up")

    result = evaluate_attribution([document(REYES)], failing)
    assert (result.cases[0].error, result.attribution.fn) == ("parser gave up", 1)


def test_evaluate_attribution_keeps_unreadable_gold_as_errors():
    error = InputError("x.ann", "no text file")
    result = evaluate_attribution([error, document(REYES)], fixed())
    assert (result.errors, result.figures()["unreadable_documents"]) == ((error,), 1.0)


def test_worst_cases_name_what_went_wrong():
    predicted = fixed(
        quote('"It is done,"', speaker="Ann Reyes", cue_after=40),
        quote("lan drew criticism", speaker=None, cue="drew"),  # 3 of the 8 characters of "The plan"
    )
    worst = evaluate_attribution([document(REYES, JONES, NO_SOURCE)], predicted).worst_cases(4)
    assert [(m.problem, m.gold_content, m.predicted_content) for m in worst] == [
        ("missed", "the bill would pass", None),
        ("wrong_speaker", '"It is done," … "at last."', None),
        ("partial_content", "The plan", None),
        ("spurious", None, '"It is done,"'),
    ]


# --- the real gold -------------------------------------------------------------------


@pytest.mark.shared
def test_polnear_dev_has_84_articles_with_attributions():
    documents = list(iter_polnear(shared_dir("corpus", "polnear", "dev")))
    assert len(documents) == 84
    assert all(isinstance(doc, AttributionDocument) and doc.attributions for doc in documents)

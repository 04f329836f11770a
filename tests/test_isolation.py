"""One article never fails its neighbours: an article that makes a stage raise is
reported alone (naming its file) and the rest of its batch is annotated; an article
longer than the model's limit is annotated in paragraph-aligned pieces, and its events
are the union of its pieces' events."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch import pipeline, registry
from dyadwatch.clean import make_text_article
from dyadwatch.cli import cli
from dyadwatch.errors import InputError, InternalInputError
from dyadwatch.nlp import load_nlp
from dyadwatch.pieces import split_article
from dyadwatch.pipeline import annotate_articles
from dyadwatch.records import AnnotatedArticle
from dyadwatch.stage import Stage

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "text"


def _explode_on_marker(annotated: AnnotatedArticle, doc: object) -> AnnotatedArticle:
    if "EXPLODE" in annotated.article.text:
        raise ValueError("a stage met an article it cannot handle")
    return annotated


FRAGILE = Stage("test.fragile.v1", reads=("article",), writes=(), run=_explode_on_marker)


def example_paragraphs() -> list[str]:
    """Distinct body paragraphs of the example texts (each repeated paragraph would be
    furniture)."""
    paragraphs = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n", 1)[1]
        paragraphs += [p.strip() for p in body.split("\n\n") if p.strip() and p.strip() not in paragraphs]
    return paragraphs


def long_text(characters: int) -> str:
    paragraphs, lines, size = example_paragraphs(), ["A long report on the peninsula", ""], 0
    number = 0
    while size < characters:
        for paragraph in paragraphs:
            number += 1
            line = f"{paragraph} (Part {number}.)"
            lines += [line, ""]
            size += len(line) + 2
    return "\n".join(lines)


@pytest.mark.model
def test_an_article_that_makes_a_stage_raise_fails_alone():
    texts = ["Russia condemned the missile launch by North Korea.", "EXPLODE: Japan protested to China.",
             "South Korea summoned the Russian ambassador."]
    articles = [make_text_article(text, source=f"in/{n}.txt") for n, text in enumerate(texts)]
    results = list(annotate_articles(articles, stages=(*registry.default_stages(), FRAGILE), batch_size=3))
    assert [type(r).__name__ for r in results] == ["AnnotatedArticle", "InternalInputError", "AnnotatedArticle"]
    assert results[1].source == "in/1.txt" and "ValueError" in results[1].reason
    assert "Traceback" in results[1].detail and "\n" not in results[1].reason
    assert results[0].events and results[2].events


@pytest.mark.model
def test_an_internal_error_exits_3_after_the_good_articles_are_written(tmp_path, monkeypatch):
    good = tmp_path / "a.txt"
    good.write_text("Russia condemns launch\n\nRussia condemned the missile launch by North Korea on Monday.\n")
    bad = tmp_path / "b.txt"
    bad.write_text("Japan protests\n\nEXPLODE: Japan protested to China on Monday.\n")
    monkeypatch.setattr(pipeline, "default_stages", lambda: (registry.make_actors_stage(), FRAGILE))
    quiet = CliRunner().invoke(cli, ["annotate", "-q", str(good), str(bad)])
    assert quiet.exit_code == 3, quiet.output
    assert quiet.stdout.count("\n") == 1 and '"source"' in quiet.stdout
    assert f"{bad}: internal error while annotating (ValueError" in quiet.stderr
    assert "Traceback" not in quiet.stderr
    verbose = CliRunner().invoke(cli, ["annotate", "-q", "--verbose", str(good), str(bad)])
    assert verbose.exit_code == 3 and "Traceback" in verbose.stderr


def test_pieces_join_to_the_text_end_at_paragraph_boundaries_and_keep_under_the_size():
    article = make_text_article(long_text(30_000))
    pieces = split_article(article, 4_000)
    assert "".join(p.article.text for p in pieces) == article.text
    assert all(len(p.article.text) <= 4_000 for p in pieces) and len(pieces) >= 8
    body_ends = {p.end for p in article.paragraphs}
    for piece in pieces[:-1]:
        end = piece.start + len(piece.article.text)
        assert article.text[end - 1] == "\n" and not any(p.start < end < p.end for p in article.paragraphs)
    for piece in pieces:  # each piece's paragraphs are the article's, at offsets relative to it
        for paragraph in piece.article.paragraphs:
            assert piece.article.text[paragraph.start:paragraph.end] == paragraph.text
    assert body_ends


def test_a_paragraph_over_the_size_is_cut_at_a_space():
    article = make_text_article("Headline\n\n" + "word " * 3_000)
    pieces = split_article(article, 1_000)
    assert "".join(p.article.text for p in pieces) == article.text
    assert all(p.article.text.endswith((" ", "\n")) for p in pieces[:-1])


def comparable(events, shift: int = 0) -> set[tuple]:
    return {(e.event, e.mode, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient), e.text,
             e.start + shift, e.end + shift, e.date) for e in events}


@pytest.mark.model
def test_an_article_over_the_model_limit_has_the_union_of_its_pieces_events(monkeypatch):
    nlp = load_nlp()
    monkeypatch.setattr(nlp, "max_length", 5_000)  # the limit, small enough to test quickly
    article = make_text_article(long_text(16_000), source="long.txt")
    [whole] = annotate_articles([article])
    assert isinstance(whole, AnnotatedArticle) and whole.article == article
    union: set[tuple] = set()
    for piece in split_article(article, 5_000):
        [alone] = annotate_articles([piece.article])
        union |= comparable(alone.events, shift=piece.start)
    assert comparable(whole.events) == union and len(union) > 20
    assert len({e.id for e in whole.events}) == len(whole.events)
    for event in whole.events:  # offsets point into the whole article
        assert article.text[event.start:event.end] == event.text
    for mention in whole.mentions:
        assert article.text[mention.start:mention.end] == mention.text
    for quote in whole.quotes:  # (a quote's content may elide a reporting clause inside it: '…')
        assert article.text[quote.content_start:quote.content_end].startswith(quote.content.split("…")[0].rstrip())
    numbers = [e.sentence for e in sorted(whole.events, key=lambda e: e.start)]
    assert numbers == sorted(numbers) and numbers[-1] > 100


@pytest.mark.model
def test_an_article_over_the_limit_is_annotated_beside_its_neighbours(monkeypatch):
    monkeypatch.setattr(load_nlp(), "max_length", 5_000)
    articles = [make_text_article("Russia condemned the missile launch by North Korea.", source="short.txt"),
                make_text_article(long_text(12_000), source="long.txt"),
                make_text_article("South Korea summoned the Russian ambassador.", source="after.txt")]
    results = list(annotate_articles(articles, batch_size=3))
    assert not any(isinstance(r, InputError) for r in results)
    assert [r.article.source for r in results] == ["short.txt", "long.txt", "after.txt"]
    assert dataclasses.asdict(results[0].article) == dataclasses.asdict(articles[0])


@pytest.mark.model
@pytest.mark.slow
def test_a_one_and_a_half_megabyte_article_is_annotated_with_the_real_limit(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(long_text(1_500_000), encoding="utf-8")
    assert path.stat().st_size > load_nlp().max_length
    result = CliRunner().invoke(cli, ["extract", "-q", "--published", "2024-01-01", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("\n") > 1_000


@pytest.mark.model
def test_ingest_stores_the_good_articles_beside_an_internal_error_and_exits_3(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Russia condemns launch\n\nRussia condemned the launch by North Korea.\n")
    (tmp_path / "in" / "b.txt").write_text("Japan protests\n\nEXPLODE: Japan protested to China on Monday.\n")
    (tmp_path / "in" / "c.txt").write_text("Seoul summons envoy\n\nSouth Korea summoned the Russian ambassador.\n")
    monkeypatch.setattr(pipeline, "default_stages", lambda: (*registry.default_stages(), FRAGILE))
    db = tmp_path / "x.duckdb"
    result = CliRunner().invoke(cli, ["ingest", "-q", "--published", "2024-01-01", str(tmp_path / "in"),
                                      "--db", str(db)])
    assert result.exit_code == 3, result.output
    assert "b.txt: internal error while annotating (ValueError" in result.stderr
    assert "articles: 2 new" in result.stdout


def test_an_unexpected_error_outside_any_input_is_one_line_and_exit_3(monkeypatch, capsys, tmp_path):
    import dyadwatch.cli as cli_module
    import dyadwatch.run

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the engine broke\nin two lines")

    monkeypatch.setattr(dyadwatch.run, "annotate_paths", broken)
    path = tmp_path / "a.txt"
    path.write_text("Some text.\n")
    for extra, traceback_shown in (([], False), (["--verbose"], True)):
        monkeypatch.setattr(sys, "argv", ["dyadwatch", "annotate", "-q", *extra, str(path)])
        with pytest.raises(SystemExit) as stop:
            cli_module.main()
        assert stop.value.code == 3
        err = capsys.readouterr().err
        assert "dyadwatch: internal error: RuntimeError: the engine broke in two lines (a bug" in err
        assert ("Traceback" in err) == traceback_shown
        assert traceback_shown or err.count("\n") == 1

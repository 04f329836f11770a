"""Property tests through the commands (`annotate`, `ingest`), not only the readers: a
WARC, a gzip file or a JSON Lines file cut at any offset never exits 3 (an internal
error) nor prints a traceback; every record the cut leaves whole is coded, and the cut
one is named. The `slow` tests try every offset of a small archive; the others let
hypothesis pick offsets. Long articles: pieces always join back to the article."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from builders import news_html, news_text, warc_bytes
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator

from dyadwatch.cli import cli
from dyadwatch.clean import make_text_article
from dyadwatch.pieces import split_article

PAGES = [(f"https://example.com/{n}", news_html(title=f"Story number {n}")) for n in range(2)]
JSONL = "".join(json.dumps({"id": f"j{n}", "text": news_text(headline=f"Story {n}"), "published": "2022-07-13"}) + "\n"
                for n in range(2))
ARCHIVES = {
    "a.warc": warc_bytes(PAGES),
    "a.warc.gz": warc_bytes(PAGES, gzip=True),
    "a.jsonl.gz": gzip.compress(JSONL.encode(), mtime=0),
    "a.txt.gz": gzip.compress(news_text().encode(), mtime=0),
}
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def check_no_internal_error(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    for line in result.stderr.splitlines():
        assert line.startswith(("dyadwatch: skipped ", "dyadwatch: notice: ", "dyadwatch: no date: ",
                                "dyadwatch: 1 input(s) failed")), line


def whole_records(name: str, data: bytes, cut: int) -> int:
    """How many records of the WARC archive lie wholly before `cut`."""
    archive = ArchiveIterator(io.BytesIO(data))
    ends = [archive.get_record_offset() for _ in archive][1:] + [len(data)]
    return sum(1 for end in ends if end <= cut)


def annotate_cut(tmp_path, name: str, cut: int):
    path = tmp_path / name
    path.write_bytes(ARCHIVES[name][:cut])
    result = run("annotate", "-q", "--published", "2022-07-13", str(path))
    check_no_internal_error(result)
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    if name.endswith(".warc") or name.endswith(".warc.gz"):
        assert len(articles) >= whole_records(name, ARCHIVES[name], cut), f"{name} cut at {cut}: a whole record lost"
        assert articles or result.exit_code == 1, f"{name} cut at {cut}: nothing coded and nothing reported"
    if cut == len(ARCHIVES[name]):
        assert result.exit_code == 0 and articles
    return articles


@pytest.mark.model
@given(data=st.data())
@SETTINGS
def test_annotate_any_cut_of_an_archive(tmp_path, data):
    name = data.draw(st.sampled_from(sorted(ARCHIVES)))
    annotate_cut(tmp_path, name, data.draw(st.integers(0, len(ARCHIVES[name]))))


@pytest.mark.model
@given(data=st.data())
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_ingest_any_cut_of_an_archive_stores_what_is_whole(tmp_path_factory, data):
    name = data.draw(st.sampled_from(sorted(ARCHIVES)))
    cut = data.draw(st.integers(0, len(ARCHIVES[name])))
    folder = tmp_path_factory.mktemp("cut")
    path = folder / name
    path.write_bytes(ARCHIVES[name][:cut])
    result = run("ingest", "-q", "--published", "2022-07-13", str(path), "--db", str(folder / "x.duckdb"))
    check_no_internal_error(result)
    assert "articles:" in result.stdout
    if name.endswith((".warc", ".warc.gz")):
        new = int(result.stdout.split("articles: ")[1].split(" new")[0])
        duplicates = int(result.stdout.split("unchanged, ")[1].split(" duplicate")[0])
        assert new + duplicates >= whole_records(name, ARCHIVES[name], cut)


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ARCHIVES))
def test_annotate_every_cut_of_an_archive(tmp_path, name):
    for cut in range(len(ARCHIVES[name]) + 1):
        annotate_cut(tmp_path, name, cut)


paragraph = st.text(st.sampled_from("abc de,.\n"), min_size=0, max_size=300)


@given(paragraphs=st.lists(paragraph, min_size=1, max_size=40), size=st.integers(20, 400))
@settings(max_examples=200, deadline=None)
def test_pieces_of_any_article_join_back_and_keep_under_the_size(paragraphs, size):
    text = "\n\n".join(paragraphs)
    if not text.strip():
        return
    article = make_text_article(text)
    pieces = split_article(article, size)
    assert "".join(piece.article.text for piece in pieces) == article.text
    assert all(0 < len(piece.article.text) <= size for piece in pieces)
    for piece in pieces:
        assert article.text[piece.start:piece.start + len(piece.article.text)] == piece.article.text
        for part in piece.article.paragraphs:
            assert piece.article.text[part.start:part.end] == part.text


def test_pieces_carry_the_datelines_and_credits_that_stand_in_them_at_their_own_offsets():
    stories = [f"{place}, Nov. 8 (Test Wire) -- The ministers met on Tuesday and agreed on a plan." for place in ("CAIRO", "GAZA")]
    article = make_text_article("\n\n".join(stories))
    pieces = split_article(article, len(stories[0]) + 2)
    assert [[d.place.text for d in piece.article.datelines] for piece in pieces] == [["CAIRO"], ["GAZA"]]
    for piece in pieces:
        for dateline in piece.article.datelines:
            assert piece.article.text[dateline.place.start : dateline.place.end] == dateline.place.text
            assert piece.article.text[dateline.agency.start : dateline.agency.end] == "Test Wire"

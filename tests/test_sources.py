"""Readers: every input format in, every bad input reported by path and reason."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from pathlib import Path

import pytest
from builders import news_html, news_text, warc_bytes
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyadwatch.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    MalformedInputError,
    TooLargeInputError,
    TruncatedInputError,
)
from dyadwatch.sources import RawDocument, read_inputs


def read_all(*paths: Path | str, **options) -> list[RawDocument | InputError]:
    return list(read_inputs([str(p) for p in paths], **options))


def test_read_text_file_keeps_the_text(write):
    path = write("a.txt", news_text())
    [doc] = read_all(path)
    assert doc.kind == "text" and doc.content == news_text() and doc.source == str(path)


def test_read_html_file_as_html(write):
    [doc] = read_all(write("a.html", news_html()))
    assert doc.kind == "html" and "<article>" in doc.content


def test_read_htm_suffix_as_html(write):
    [doc] = read_all(write("a.htm", news_html()))
    assert doc.kind == "html"


def test_read_gzipped_text_and_html(write):
    text = write("a.txt.gz", gzip.compress(news_text().encode()))
    html = write("b.html.gz", gzip.compress(news_html().encode()))
    kinds = [doc.kind for doc in read_all(text, html)]
    assert kinds == ["text", "html"]


def test_read_jsonl_gives_one_document_per_line_with_its_fields(write):
    lines = [
        {"id": "a1", "text": news_text(), "url": "https://x.example/a", "title": "T", "published": "2022-07-13"},
        {"id": "a2", "html": news_html()},
    ]
    path = write("batch.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    first, second = read_all(path)
    assert (first.id, first.url, first.title, str(first.published), first.kind) == (
        "a1", "https://x.example/a", "T", "2022-07-13", "text",
    )
    assert (second.id, second.kind) == ("a2", "html")
    assert first.origin == second.origin == "jsonl"  # a JSON line's text is all body: its headline is `title`


def test_read_jsonl_bad_line_is_reported_with_its_line_number_and_the_rest_read(write):
    path = write("batch.jsonl", '{"id": "a", "text": "one"}\n{"id": "b", "text": \n{"id": "c", "text": "three"}\n')
    results = read_all(path)
    assert [type(r).__name__ for r in results] == ["RawDocument", "MalformedInputError", "RawDocument"]
    assert results[1].source == f"{path}:2"


def test_read_jsonl_without_text_is_an_empty_input(write):
    [result] = read_all(write("batch.jsonl", '{"id": "a", "title": "no body"}\n'))
    assert isinstance(result, EmptyInputError)


def test_read_jsonl_bad_published_date_is_malformed(write):
    [result] = read_all(write("batch.jsonl", '{"text": "x", "published": "last Tuesday"}\n'))
    assert isinstance(result, MalformedInputError) and "published" in result.reason


def test_read_warc_gives_html_responses_with_their_urls(write):
    pages = [("https://a.example/1", news_html()), ("https://a.example/2", news_html(title="Other"))]
    path = write("crawl.warc.gz", warc_bytes(pages, gzip=True))
    docs = read_all(path)
    assert [(d.kind, d.url, d.source) for d in docs] == [
        ("html", "https://a.example/1", "https://a.example/1"),
        ("html", "https://a.example/2", "https://a.example/2"),
    ]


def test_read_truncated_warc_keeps_the_records_before_the_break(write):
    pages = [(f"https://a.example/{i}", news_html()) for i in range(3)]
    data = warc_bytes(pages, gzip=True)
    results = read_all(write("crawl.warc.gz", data[: len(data) - 200]))
    assert sum(isinstance(r, RawDocument) for r in results) == 2
    assert isinstance(results[-1], InputError) and "crawl.warc.gz" in results[-1].source


def test_read_directory_recursively_in_name_order_skipping_other_files(write, tmp_path):
    write("b/two.txt", news_text())
    write("a/one.html", news_html())
    write("a/notes.md", "# not an article")
    assert [Path(d.source).name for d in read_all(tmp_path)] == ["one.html", "two.txt"]


def test_read_stdin(monkeypatch):
    class FakeStdin:
        buffer = __import__("io").BytesIO(news_text().encode())

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    [doc] = read_all("-")
    assert doc.source == "<stdin>" and doc.kind == "text"


def test_read_missing_path_is_reported():
    [result] = read_all("/no/such/file.txt")
    assert isinstance(result, InputError) and "no such file" in result.reason


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("empty.txt", b"", EmptyInputError),
        ("blank.txt", b"   \n\n\t\n", EmptyInputError),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, BinaryInputError),
        ("controls.txt", b"text\x01\x02\x03\x04\x05\x06\x07\x08 more\x0e\x0f\x10\x11", BinaryInputError),
        ("truncated.txt.gz", gzip.compress(news_text().encode() * 20, mtime=0)[:60], TruncatedInputError),
        ("broken.txt.gz", b"\x1f\x8b\x08\x00garbage-not-deflate-data-at-all", MalformedInputError),
    ],
)
def test_read_bad_input_is_reported_not_raised(write, name, content, error):
    [result] = read_all(write(name, content))
    assert isinstance(result, error)
    assert name in result.source and result.reason


def test_read_gigantic_file_is_refused_by_size(write):
    [result] = read_all(write("huge.txt", "word " * 1000), max_bytes=1000)
    assert isinstance(result, TooLargeInputError) and "1,000" in result.reason


def test_read_gigantic_gzip_is_refused_without_inflating_it_all(write):
    [result] = read_all(write("bomb.txt.gz", gzip.compress(b"a" * 5_000_000)), max_bytes=10_000)
    assert isinstance(result, TooLargeInputError)


def test_read_latin1_text_is_decoded(write):
    text = "Déclaration du ministère: Moscou et Pyongyang signent un accord économique. " * 3
    [doc] = read_all(write("latin.txt", text.encode("latin-1")))
    assert "ministère" in doc.content


def test_read_utf16_with_bom_is_decoded(write):
    [doc] = read_all(write("wide.txt", news_text().encode("utf-16")))
    assert doc.content.startswith("North Korea")


def test_read_undecodable_bytes_are_an_encoding_or_binary_error(write):
    noise = bytes([0x81, 0xFE, 0x9D, 0xC3, 0x28, 0xA0, 0xA1, 0xFF]) * 64
    [result] = read_all(write("noise.txt", noise))
    assert isinstance(result, (EncodingInputError, BinaryInputError))


def test_input_errors_survive_pickling_between_processes():
    import pickle

    error = pickle.loads(pickle.dumps(TruncatedInputError("a.txt.gz", "ends early")))
    assert (type(error), error.source, error.reason, str(error)) == (TruncatedInputError, "a.txt.gz", "ends early", "a.txt.gz: ends early")


def test_read_warc_record_knows_the_day_it_was_fetched(write):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://x.example/a", "response", payload=io.BytesIO(news_html().encode()), http_headers=headers,
        warc_headers_dict={"WARC-Date": "2025-04-21T08:15:00Z"},
    ))
    [document] = read_all(write("crawl.warc", buffer.getvalue()))
    assert (document.origin, document.fetched) == ("warc", dt.date(2025, 4, 21))

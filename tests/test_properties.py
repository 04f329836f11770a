"""Property tests: whatever bytes arrive, readers and cleaner raise nothing but
dyadwatch's own errors (and report those per input)."""

from __future__ import annotations

import gzip
import json

from builders import news_html, news_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadwatch.clean import make_article
from dyadwatch.errors import InputError
from dyadwatch.sources import RawDocument, decode_text, read_inputs

SUFFIXES = ["txt", "html", "jsonl", "warc", "txt.gz", "html.gz", "jsonl.gz", "warc.gz", "bin"]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def process(path) -> None:
    """Read and clean everything at `path`, the way `dyadwatch clean` does."""
    for item in read_inputs([str(path)]):
        if isinstance(item, RawDocument):
            try:
                make_article(item)
            except InputError:
                pass


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_raise_only_input_errors(tmp_path, data, suffix):
    path = tmp_path / f"input.{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") and data[:1] == b"z" else data)
    process(path)


@SETTINGS
@given(text=st.text(max_size=2000), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1251", "shift_jis"]))
def test_arbitrary_text_in_any_encoding_raises_only_input_errors(tmp_path, text, encoding):
    path = tmp_path / "input.txt"
    path.write_bytes(text.encode(encoding, errors="replace"))
    process(path)


@SETTINGS
@given(cut=st.integers(min_value=0, max_value=4000), suffix=st.sampled_from(["txt.gz", "html.gz", "html", "jsonl"]))
def test_truncated_files_raise_only_input_errors(tmp_path, cut, suffix):
    page = news_html() if "html" in suffix else news_text()
    data = json.dumps({"id": "a", "text": page}).encode() if suffix == "jsonl" else page.encode()
    if suffix.endswith(".gz"):
        data = gzip.compress(data)
    path = tmp_path / f"input.{suffix}"
    path.write_bytes(data[:cut])
    process(path)


@SETTINGS
@given(markup=st.text(alphabet=st.sampled_from(list("<>/=\"' abcdehlmoprtyv\n&;#!-")), max_size=1500))
def test_arbitrary_markup_raises_only_input_errors(markup):
    try:
        make_article(RawDocument(source="x.html", kind="html", content=markup, raw_sha256=""))
    except InputError:
        pass


@SETTINGS
@given(data=st.binary(max_size=500))
def test_decode_text_returns_text_or_raises_an_input_error(data):
    try:
        assert isinstance(decode_text("x", data), str)
    except InputError:
        pass


LINES = st.lists(
    st.one_of(st.just(""), st.text(alphabet=st.sampled_from("ab. ,\"'-"), min_size=1, max_size=90)), max_size=20
)


@SETTINGS
@given(lines=LINES, indent=st.sampled_from(["", "  ", "\t"]))
def test_paragraphs_of_any_text_point_into_it_in_order_without_overlap(lines, indent):
    text = "\n".join(indent + line if i % 3 == 0 else line for i, line in enumerate(lines))
    if not text.strip():
        return
    try:
        article = make_article(RawDocument(source="x.txt", kind="text", content=text, raw_sha256=""))
    except InputError:
        return
    assert all(article.text[p.start : p.end] == p.text and p.text.strip() == p.text for p in article.paragraphs)
    assert all(a.end < b.start for a, b in zip(article.paragraphs, article.paragraphs[1:]))

"""No input stops a run: a WARC cut anywhere is read up to the cut and the cut record
is named (`FILE#N`); an archive with no record says so; a JSON line over the limit is
skipped as it is read, never held whole; a directory that cannot be listed is named."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from builders import news_html, warc_bytes
from warcio.archiveiterator import ArchiveIterator

from dyadwatch.errors import InputError
from dyadwatch.sources import read_inputs

PAGES = [(f"https://example.com/{n}", news_html(title=f"Story number {n}")) for n in range(3)]


def record_starts(data: bytes) -> list[int]:
    archive = ArchiveIterator(io.BytesIO(data))
    return [archive.get_record_offset() for _ in archive]


def read_cut(path: Path, data: bytes, cut: int) -> tuple[list, list[InputError]]:
    path.write_bytes(data[:cut])
    results = list(read_inputs([str(path)]))
    return [r for r in results if not isinstance(r, InputError)], [r for r in results if isinstance(r, InputError)]


@pytest.mark.slow
@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_cut_at_any_offset_is_read_to_the_cut_and_the_cut_record_is_named(tmp_path, compressed):
    data = warc_bytes(PAGES, gzip=compressed)
    starts = record_starts(data)
    path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    for cut in range(1, len(data)):
        documents, errors = read_cut(path, data, cut)
        started = sum(1 for start in starts if start < cut)
        assert len(documents) + len(errors) >= started, f"cut at {cut}: a record passed over silently"
        assert len(errors) <= 1, f"cut at {cut}: {errors}"
        for error in errors:
            assert error.source == str(path) or error.source.startswith(f"{path}#"), error
            assert "\n" not in error.reason
    documents, errors = read_cut(path, data, len(data))
    assert len(documents) == 3 and not errors


def test_a_record_cut_in_its_header_names_the_record(tmp_path):
    data = warc_bytes(PAGES)
    second = record_starts(data)[1]
    documents, [error] = read_cut(tmp_path / "a.warc", data, second + 40)
    assert len(documents) == 1 and error.source == f"{tmp_path / 'a.warc'}#2"


def test_a_warc_cut_in_its_first_bytes_says_it_holds_no_record(tmp_path):
    for cut in (0, 3):
        documents, [error] = read_cut(tmp_path / "a.warc", warc_bytes(PAGES), cut)
        assert not documents and ("no WARC record" in error.reason or "broken WARC record" in error.reason)


@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
def test_blank_lines_after_the_last_record_are_no_cut(tmp_path, compressed):
    data = warc_bytes(PAGES, gzip=compressed) + b"\r\n\r\n"
    documents, errors = read_cut(tmp_path / "a.warc", data, len(data))
    assert len(documents) == 3 and not errors


class ReadWatch(io.BytesIO):
    """A stream that remembers the largest read asked of it."""

    largest = 0

    def readline(self, size: int | None = -1) -> bytes:
        self.largest = max(self.largest, size if size is not None and size >= 0 else len(self.getbuffer()))
        return super().readline(size)

    def read(self, size: int | None = -1) -> bytes:
        self.largest = max(self.largest, size if size is not None and size >= 0 else len(self.getbuffer()))
        return super().read(size)


def test_a_json_line_over_the_limit_is_skipped_without_being_held(monkeypatch, tmp_path):
    from dyadwatch import sources

    long_line = json.dumps({"text": "word " * 1_000_000}).encode() + b"\n"
    short_line = json.dumps({"text": "Russia condemned North Korea's missile launch."}).encode() + b"\n"
    stream = ReadWatch(long_line + short_line)
    results = list(sources._read_jsonl("big.jsonl", stream, max_bytes=1_000))
    assert [type(r).__name__ for r in results] == ["TooLargeInputError", "RawDocument"]
    assert results[0].source == "big.jsonl:1" and results[1].source == "big.jsonl:2"
    assert stream.largest <= 1 << 20 < len(long_line)


def in_a_process_without_privileges(work):
    """`work()` run by a user that file permissions apply to (root ignores them): a
    forked child that drops to `nobody`, its answer sent back as JSON."""
    if os.geteuid() != 0:
        return work()
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child)
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            os.write(write_end, json.dumps(work()).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    answer = b""
    while chunk := os.read(read_end, 65536):
        answer += chunk
    os.close(read_end)
    os.waitpid(child, 0)
    return json.loads(answer)


def test_a_directory_that_cannot_be_listed_is_named_and_the_rest_is_read():
    root = Path(tempfile.mkdtemp(prefix="dyadwatch-perm-"))
    try:
        root.chmod(0o755)
        (root / "locked").mkdir()
        (root / "locked" / "a.txt").write_text("Russia condemned North Korea.\n")
        (root / "b.txt").write_text("Japan protested to China.\n")
        (root / "b.txt").chmod(0o644)
        (root / "locked").chmod(0)
        (root / "c.txt").write_text("Seoul summoned the envoy.\n")
        (root / "c.txt").chmod(0)

        def read() -> list[str]:
            return [str(r) if isinstance(r, InputError) else r.source for r in read_inputs([str(root)])]

        assert in_a_process_without_privileges(read) == [
            str(root / "b.txt"),
            f"{root / 'c.txt'}: cannot read: Permission denied",
            f"{root / 'locked'}: cannot read the directory: Permission denied",
        ]
    finally:
        (root / "locked").chmod(0o755)
        for path in sorted(root.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        root.rmdir()


def test_an_empty_json_lines_file_says_so(tmp_path):
    (tmp_path / "none.jsonl").write_bytes(b"\n \n")
    [error] = read_inputs([str(tmp_path / "none.jsonl")])
    assert isinstance(error, InputError) and "no JSON line" in error.reason


def test_a_named_pipe_in_a_directory_is_passed_over_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "a.txt").write_text("Russia condemned North Korea.\n")
    assert [r.source for r in read_inputs([str(tmp_path)])] == [str(tmp_path / "a.txt")]


@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_record_over_the_size_limit_is_skipped_and_the_next_is_read(tmp_path, compressed):
    pages = [("https://example.com/big", news_html(title="Big " + "words " * 2_000)), PAGES[1]]
    path = tmp_path / ("a.warc.gz" if compressed else "a.warc")
    path.write_bytes(warc_bytes(pages, gzip=compressed))
    first, second = read_inputs([str(path)], max_bytes=5_000)
    assert isinstance(first, InputError) and first.source == f"{path}#1" and "larger than the limit" in first.reason
    assert not isinstance(second, InputError) and second.source == "https://example.com/1"

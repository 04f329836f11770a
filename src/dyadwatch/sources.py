"""Readers: turn paths (files, directories, `-`) into raw documents.

Each reader yields `RawDocument`s and, for inputs that cannot be read, `InputError`s
instead of raising, so one bad file never stops a corpus run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import gzip
import hashlib
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Literal

import charset_normalizer

from dyadwatch.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    MalformedInputError,
    TooLargeInputError,
    TruncatedInputError,
)

if TYPE_CHECKING:  # warcio (and fsspec under it), a fifth of a second, is imported for a WARC only
    from warcio.archiveiterator import ArchiveIterator

DEFAULT_MAX_BYTES = 20_000_000
TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
CONTAINER_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".warc": "warc"}
Kind = Literal["text", "html"]
Origin = Literal["file", "jsonl", "warc"]


@dataclasses.dataclass(slots=True, frozen=True)
class RawDocument:
    """One article as read, before cleaning: decoded text or HTML plus what the
    container said about it (JSONL fields, WARC headers). `origin` is the container
    (a JSON line's `text` is all body: its headline is the `title` field); `fetched` is
    the day a web archive fetched the page."""

    source: str
    kind: Kind
    content: str
    raw_sha256: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    origin: Origin = "file"
    fetched: dt.date | None = None


ReadResult = RawDocument | InputError


def read_inputs(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """Every document under `paths` (files, directories walked recursively, `-` for
    stdin, fsspec URLs such as s3://bucket/prefix)."""
    for path in list_inputs(paths):
        yield from read_input(path, max_bytes=max_bytes)


def list_inputs(paths: Iterable[str]) -> Iterator[str]:
    """The single inputs under `paths`, in reading order: the files of a directory
    (recursively, by name, known formats only), `-`, and any other path as given (a
    missing one is reported when read). URLs are listed through fsspec."""
    for path in paths:
        if is_url(path):
            yield from _list_url(path)
        elif path != "-" and Path(path).is_dir():
            yield from (str(found) for found in _walk(Path(path)))
        else:
            yield path


def _walk(root: Path) -> list[Path]:
    """The regular files of known formats under `root` (no pipe, socket or device: one
    would block the run), and each directory that cannot be listed (reading it then
    reports why), in order of their paths."""
    found: list[Path] = []
    unlisted: list[Path] = []
    for directory, _subdirectories, files in os.walk(root, onerror=lambda exc: unlisted.append(Path(exc.filename))):
        found += [path for name in files if input_format(path := Path(directory, name)) is not None and path.is_file()]
    return sorted(found + unlisted)


def read_input(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """The documents of one input: a file, a URL or `-` (stdin)."""
    if path == "-":
        yield from _read_stream("<stdin>", sys.stdin.buffer, kind=None, max_bytes=max_bytes)
    elif is_url(path):
        yield from _read_url(path, max_bytes=max_bytes)
    elif Path(path).is_dir():
        yield _unlisted_directory(path)
    elif Path(path).exists():
        yield from read_file(Path(path), max_bytes=max_bytes)
    else:
        yield InputError(path, "no such file or directory")


def _unlisted_directory(path: str) -> InputError:
    try:
        os.listdir(path)
    except OSError as exc:
        return InputError(path, f"cannot read the directory: {exc.strerror or exc}")
    return InputError(path, "cannot read the directory")


def is_url(path: str) -> bool:
    """An fsspec URL (`s3://…`, `gs://…`, `file://…`) rather than a local path."""
    return "://" in path


def input_format(path: Path) -> str | None:
    """`text`, `html`, `jsonl` or `warc` by file name (a `.gz` suffix is looked through)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    return TEXT_SUFFIXES.get(suffix) or CONTAINER_SUFFIXES.get(suffix)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """The documents in one file, by its suffix; an unknown suffix is sniffed."""
    yield from _read_opened(str(path), functools.partial(open, path, "rb"), fmt=input_format(path), max_bytes=max_bytes)


def _read_opened(
    source: str, opener: Callable[[], IO[bytes]], *, fmt: str | None, max_bytes: int
) -> Iterator[ReadResult]:
    try:
        with opener() as raw:
            if fmt == "warc":
                yield from _iter_warc(source, raw, max_bytes=max_bytes)
                return
            stream: IO[bytes] = gzip.GzipFile(fileobj=raw) if _starts_gzip(raw) else raw
            yield from _read_stream(source, stream, kind=fmt, max_bytes=max_bytes)
    except FileNotFoundError:
        yield InputError(source, "no such file or directory")
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")


def _starts_gzip(stream: IO[bytes]) -> bool:
    magic = stream.read(2)
    stream.seek(0)
    return magic == b"\x1f\x8b"


def _list_url(url: str) -> Iterator[str]:
    """The files under a URL (or the URL itself); a filesystem that cannot be reached
    (e.g. s3fs not installed) leaves the URL as it is, for reading to report."""
    import fsspec.core  # only URL inputs need it

    try:
        fs, root = fsspec.core.url_to_fs(url)
        if not fs.isdir(root):
            yield url
            return
        files = sorted(fs.find(root))
    except (ImportError, ValueError, OSError):
        yield url
        return
    yield from (fs.unstrip_protocol(f) for f in files if input_format(PurePosixPath(f)) is not None)


def _read_url(url: str, *, max_bytes: int) -> Iterator[ReadResult]:
    import fsspec.core

    try:
        fs, root = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:  # fsspec names the package to install (s3fs, gcsfs)
        yield InputError(url, f"cannot open: {exc}")
        return
    fmt = input_format(PurePosixPath(root))
    yield from _read_opened(url, lambda: fs.open(root, "rb"), fmt=fmt, max_bytes=max_bytes)


def _read_stream(source: str, stream: IO[bytes], *, kind: str | None, max_bytes: int) -> Iterator[ReadResult]:
    if kind == "jsonl":
        yield from _read_jsonl(source, stream, max_bytes=max_bytes)
        return
    try:
        data = _read_limited(source, stream, max_bytes)
        if data[:2] == b"\x1f\x8b":
            data = _read_limited(source, gzip.GzipFile(fileobj=io.BytesIO(data)), max_bytes)
    except InputError as error:
        yield error
        return
    kind = kind or _sniff_kind(data)
    if kind == "jsonl":
        yield from _read_jsonl(source, io.BytesIO(data), max_bytes=max_bytes)
    elif kind == "warc":
        yield from _iter_warc(source, io.BytesIO(data), max_bytes=max_bytes)
    else:
        yield _make_document(source, data, kind="html" if kind == "html" else "text")


def _read_limited(source: str, stream: IO[bytes], max_bytes: int) -> bytes:
    try:
        data = stream.read(max_bytes + 1)
    except EOFError as exc:
        raise TruncatedInputError(source, "compressed data ends early (truncated file)") from exc
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise MalformedInputError(source, f"broken gzip data ({exc})") from exc
    if len(data) > max_bytes:
        raise TooLargeInputError(source, f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    return data


def _sniff_kind(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<head" in head:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _make_document(source: str, data: bytes, *, kind: Kind, **fields: object) -> RawDocument | InputError:
    try:
        content = decode_text(source, data)
    except InputError as error:
        return error
    digest = hashlib.sha256(data).hexdigest()
    return RawDocument(source=source, kind=kind, content=content, raw_sha256=digest, **fields)  # type: ignore[arg-type]


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def decode_text(source: str, data: bytes) -> str:
    """Bytes → text: UTF-8 (or a BOM's encoding) first, then the best guess of
    charset-normalizer; binary data and undecodable bytes are InputErrors."""
    if not data.strip():
        raise EmptyInputError(source, "empty file (no text)")
    text = _decode_with_bom(data)
    if text is None:
        if b"\x00" in data[:8192]:
            raise BinaryInputError(source, "binary data, not text (NUL bytes)")
        text = _decode_guess(source, data)
    _check_textlike(source, text)
    if not text.strip():
        raise EmptyInputError(source, "empty file (only whitespace)")
    return text


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


# Single-byte Latin code pages that charset-normalizer cannot tell apart on short
# texts; English news that is not UTF-8 is overwhelmingly Windows-1252.
_LATIN_CODEPAGES = frozenset(
    {"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "cp850", "cp852", "cp775", "cp857",
     "mac_latin2", "mac_roman", "mac_iceland", "hp_roman8"}
)


def _decode_guess(source: str, data: bytes) -> str:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise EncodingInputError(source, "not UTF-8 and no other text encoding fits the bytes")
    if best.encoding in _LATIN_CODEPAGES:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _check_textlike(source: str, text: str) -> None:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    replacement = sample.count("\ufffd")
    if controls + replacement > max(2, len(sample) // 100):
        raise BinaryInputError(source, "binary data, not text (control characters)")


def _read_jsonl(source: str, stream: IO[bytes], *, max_bytes: int) -> Iterator[ReadResult]:
    """One document per JSON line; a line over `max_bytes` is skipped as it is read,
    never held whole in memory."""
    lines = 0
    try:
        for number, line in enumerate(_lines(stream, max_bytes), start=1):
            where = f"{source}:{number}"
            if line is None:
                yield TooLargeInputError(where, f"line larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
            elif line.strip():
                yield _parse_jsonl_line(where, line)
            lines += line is None or bool(line.strip())
        if not lines:
            yield EmptyInputError(source, "empty file (no JSON line)")
    except EOFError:
        yield TruncatedInputError(source, "compressed data ends early (truncated file)")
    except (gzip.BadGzipFile, zlib.error) as exc:
        yield MalformedInputError(source, f"broken gzip data ({exc})")


_SKIP_BLOCK = 1 << 20


def _lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """The lines of `stream`, each read up to `max_bytes`; None for a line longer than
    that, whose rest is read and dropped a block at a time."""
    while line := stream.readline(max_bytes + 1):
        if len(line) <= max_bytes:
            yield line
            continue
        while not line.endswith(b"\n") and (line := stream.readline(_SKIP_BLOCK)):
            pass
        yield None


def _parse_jsonl_line(where: str, line: bytes) -> ReadResult:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return MalformedInputError(where, f"not a valid JSON line ({exc})")
    if not isinstance(record, dict):
        return MalformedInputError(where, "a JSON line must be an object with `text` or `html`")
    body, kind = (record.get("html"), "html") if record.get("html") else (record.get("text"), "text")
    if not isinstance(body, str) or not body.strip():
        return EmptyInputError(where, "the JSON object has no non-empty `text` or `html` field")
    try:
        published = _parse_published(record.get("published"))
    except ValueError as exc:
        return MalformedInputError(where, str(exc))
    fields = {key: _optional_str(record.get(key)) for key in ("id", "url", "title")}
    return _make_document(where, body.encode("utf-8"), kind=kind, published=published, origin="jsonl", **fields)


def _optional_str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


def _parse_published(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise ValueError(f"`published` must be a date like 2022-07-21, not {value!r}")


def _iter_warc(source: str, stream: IO[bytes], *, max_bytes: int) -> Iterator[ReadResult]:
    """The documents of a WARC archive, record by record. A record that warcio cannot
    read, or that is cut short, is an error naming it (`FILE#N`); reading stops there,
    since nothing after it can be trusted. An archive with no record says so."""
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    archive = ArchiveIterator(stream)
    records = iter(archive)
    while True:
        where = f"{source}#{number + 1}"
        try:
            record = next(records, None)
            if record is None:
                break
            number += 1
            if number > 1 and not record.rec_headers.headers and _blank_from(stream, archive.get_record_offset()):
                return  # blank lines after the last record (warcio reads them as an empty record)
            result, cut = _warc_document(where, record, max_bytes=max_bytes)
        except Exception as exc:  # noqa: BLE001 (warcio raises many kinds on a broken archive)
            yield _warc_failure(where, exc)
            return
        if result is not None:
            yield result
        if cut:
            return
    left = _bytes_left(archive, stream)
    if number == 0 and not left:
        yield MalformedInputError(source, "no WARC record found (an empty archive, or not a WARC file)")
    elif left:
        after = f"{left:,} byte{'s' if left != 1 else ''} after the last whole record"
        yield TruncatedInputError(f"{source}#{number + 1}", f"the archive ends in the header of a record ({after})")


def _bytes_left(archive: ArchiveIterator, stream: IO[bytes]) -> int:
    """Bytes read past the end of the last record warcio gave (a record cut in its
    header block: warcio takes the end of the file for the end of the archive)."""
    try:
        end, left = int(archive.offset), max(0, stream.tell() - int(archive.offset))
    except (AttributeError, OSError, ValueError, TypeError):
        return 0
    return 0 if left and _blank_from(stream, end) else left


def _blank_from(stream: IO[bytes], start: int, *, at_most: int = 65536) -> bool:
    """Does the stream hold only blank lines from `start` on (looked at on a seekable
    stream, up to `at_most` bytes)?"""
    try:
        stream.seek(start)
        tail = stream.read(at_most + 1)
    except (OSError, ValueError):
        return False
    return len(tail) <= at_most and not tail.strip()


def _warc_failure(where: str, exc: Exception) -> InputError:
    """What a failure of warcio on a record means, as an InputError naming it."""
    from warcio.exceptions import ArchiveLoadFailed

    if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)):
        return TruncatedInputError(where, "WARC archive ends early or its compression is broken "
                                          f"({exc or 'truncated'})")
    if isinstance(exc, ArchiveLoadFailed):
        return MalformedInputError(where, f"broken WARC record ({' '.join(str(exc.msg).split())[:200]})")
    return MalformedInputError(where, f"broken or cut WARC record header (warcio: {type(exc).__name__}: "
                                      f"{' '.join(str(exc).split())[:200]})")


_WARC_REQUIRED = ("WARC-Type", "Content-Length")


def _warc_document(where: str, record: object, *, max_bytes: int) -> tuple[ReadResult | None, bool]:
    """A record's document, an error, or None for a record that holds no page (request,
    metadata, an image …); and whether the archive is cut in this record (nothing
    after it can be read). Every record is read to its end first, so one cut short is
    never passed over; a page over `max_bytes` is read no further than that."""
    headers = record.rec_headers  # type: ignore[attr-defined]
    missing = [name for name in _WARC_REQUIRED if not headers.get_header(name)]
    if missing:
        return TruncatedInputError(where, f"WARC record header incomplete (no {', '.join(missing)}): "
                                          "the archive is cut short or broken"), True
    wanted = _page_kind(record)
    try:
        data = _read_limited(where, record.content_stream(), max_bytes) if wanted else b""  # type: ignore[attr-defined]
    except InputError as error:  # too large, or its own compression broken: this record alone
        data, failure = b"", error
    else:
        failure = None
    if _record_cut_short(record):
        return TruncatedInputError(where, "WARC record ends before its Content-Length (truncated archive)"), True
    if wanted is None or failure is not None:
        return failure, False
    url = headers.get_header("WARC-Target-URI")
    fetched = _warc_date(headers.get_header("WARC-Date"))
    document = _make_document(where, data, kind=wanted, url=url, origin="warc", fetched=fetched)
    # The article's source is its URL; errors keep naming the archive and record number.
    if isinstance(document, RawDocument) and url:
        return dataclasses.replace(document, source=url), False
    return document, False


def _page_kind(record: object) -> Kind | None:
    """`html` or `text` for a response or resource record holding a page, else None."""
    if record.rec_type not in ("response", "resource"):  # type: ignore[attr-defined]
        return None
    http = record.http_headers  # type: ignore[attr-defined]
    content_type = ((http.get_header("Content-Type") if http else None)
                    or record.rec_headers.get_header("Content-Type", "")).lower()  # type: ignore[attr-defined]
    if "text/plain" in content_type:
        return "text"
    return "html" if "html" in content_type else None


def _record_cut_short(record: object) -> bool:
    """warcio does not notice a record whose bytes stop early; its length counter does
    (what is left is read and dropped, a block at a time)."""
    raw = record.raw_stream  # type: ignore[attr-defined]
    while raw.read(65536):
        pass
    return getattr(raw, "limit", 0) > 0


def _warc_date(value: str | None) -> dt.date | None:
    """The day of a `WARC-Date` header (`2025-04-20T08:15:00Z`), None if absent or unreadable."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None

"""Knowledge built once from its sources and kept, pickled, in the user's cache directory.

Some knowledge costs far more to build than to read back: the GeoNames city table (a
16 MB JSON file, folded and ranked), the language identifier's model (an LZMA archive),
the time patterns' prefilter (each pattern's parse read for the words it needs), a TOML
data file validated by its model (pure-Python parsing, then the model's validator built).
Each is built on a first run and stored under `cache_dir()`; later runs read the pickle.
Large numeric tables (the language identifier's, 68 MB) are stored instead as NumPy
files in a directory of their own (`cached_arrays`) and mapped into memory when read:
a run reads only the pages it touches, in milliseconds, where unpickling copied them all.

A stored item is used only when its key matches: the dyadwatch version, the Python
version, the size and time of every module of the package, and the content hash of
every source it was built from — the data files and the modules whose code builds it
(or defines the classes it holds), or of the text it was built from — so an edited data
file or module rebuilds it. Anything wrong with the cache (unreadable, corrupt, a
directory that cannot be written) means the knowledge is built as if there were no
cache, with no error: the cache only ever saves time.

The directory is `$DYADWATCH_CACHE_DIR` if set, else `$XDG_CACHE_HOME/dyadwatch`, else
`~/.cache/dyadwatch`; never inside the package. A pickle is read only from there (the
user's own directory, as trusted as their configuration).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from dyadwatch import __version__

if TYPE_CHECKING:
    import numpy

T = TypeVar("T")

ENV_DIR = "DYADWATCH_CACHE_DIR"
FORMAT = 1  # bumped when the layout of a stored item changes


def cache_dir() -> Path:
    """Where built knowledge is kept (see the module's docstring)."""
    if chosen := os.environ.get(ENV_DIR):
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "dyadwatch"


def file_hash(path: Traversable | Path) -> str:
    """The BLAKE2 hash of a file's bytes."""
    return hashlib.blake2b(path.read_bytes(), digest_size=20).hexdigest()


def text_hash(text: str) -> str:
    """The BLAKE2 hash of a text (a file already read)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def file_stamp(path: Path) -> str:
    """A file's path, size and modification time: enough for an installed package's file,
    which changes only when the package is installed again (hashing GeoNames' 16 MB would
    cost most of what its cache saves)."""
    status = path.stat()
    return f"{path.resolve()} {status.st_size} {status.st_mtime_ns}"


def cache_key(sources: Iterable[Traversable | Path], installed: Iterable[Path] = (), texts: Iterable[str] = ()) -> str:
    """The key of knowledge built from these files (and these installed files, and
    these texts) by this dyadwatch on this Python."""
    digest = hashlib.blake2b(digest_size=20)
    parts = (f"format {FORMAT}", __version__, sys.version, _code_stamp(), *map(file_hash, sources),
             *map(file_stamp, installed), *(text_hash(text) for text in texts))
    for part in parts:
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


@functools.cache
def _code_stamp() -> str:
    """The size and modification time of every module of the package: an edited helper
    that a loader calls (not only the loader's own module) rebuilds what was kept. A
    stat per file, a few milliseconds; an installed package changes only when reinstalled."""
    package = Path(__file__).resolve().parent
    stamps = sorted(f"{p.relative_to(package)} {p.stat().st_size} {p.stat().st_mtime_ns}" for p in package.rglob("*.py"))
    return hashlib.blake2b("\n".join(stamps).encode(), digest_size=20).hexdigest()


def cached(name: str, sources: Iterable[Traversable | Path], build: Callable[[], T], *,
           installed: Iterable[Path] = (), texts: Iterable[str] = ()) -> T:
    """What `build()` returns, read from the cache when an item named `name` (no dot) was
    stored from the same `sources` (by content), `installed` files of other packages
    (by `file_stamp`) and `texts`; built (and stored, if the cache can be written)
    otherwise. A build's own error is raised as always; a cache's, never."""
    try:
        path = cache_dir() / f"{name}.{cache_key(sources, installed, texts)}.pickle"
    except (OSError, RuntimeError):  # a source that cannot be read (the build reports it), or no home
        return build()
    try:
        with path.open("rb") as stored:
            return pickle.load(stored)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 (absent, unreadable or corrupt: build it again)
        pass
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    """Write the pickle atomically (a reader never sees half a file) and remove the
    item's older versions; a cache that cannot be written is skipped."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as out:
            temporary = out.name
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        name = path.name.split(".", 1)[0]
        for old in path.parent.glob(f"{name}.*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 (read-only, full, or a value that does not pickle: no cache)
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink(missing_ok=True)


def cached_arrays(name: str, sources: Iterable[Traversable | Path], build: Callable[[], dict[str, numpy.ndarray]], *,
                  installed: Iterable[Path] = ()) -> dict[str, numpy.ndarray]:
    """The arrays `build()` returns, by name, read back mapped into memory (read-only)
    when a directory named `name` was stored from the same sources (keyed as `cached`);
    built (and stored, if the cache can be written) otherwise. A directory is stored
    whole or not at all, so a reader never sees half of one."""
    import numpy

    try:
        path = cache_dir() / f"{name}.{cache_key(sources, installed)}.arrays"
    except (OSError, RuntimeError):
        return build()
    try:
        return {item.stem: numpy.load(item, mmap_mode="r", allow_pickle=False) for item in path.glob("*.npy")} or _absent()
    except Exception:  # noqa: BLE001 (absent, unreadable or corrupt: build it again)
        pass
    arrays = build()
    _store_arrays(path, arrays)
    return arrays


def _absent() -> dict[str, Any]:
    raise FileNotFoundError("no stored arrays")


def _store_arrays(path: Path, arrays: dict[str, numpy.ndarray]) -> None:
    """Write the arrays into a fresh directory, then rename it into place (a corrupt one
    is replaced) and remove the item's older versions; a cache that cannot be written is
    skipped."""
    import numpy

    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = tempfile.mkdtemp(dir=path.parent, prefix=".tmp-")
        for key, array in arrays.items():
            numpy.save(Path(temporary) / f"{key}.npy", array, allow_pickle=False)
        shutil.rmtree(path, ignore_errors=True)
        os.replace(temporary, path)
        temporary = None
        name = path.name.split(".", 1)[0]
        for old in path.parent.glob(f"{name}.*.arrays"):
            if old != path:
                shutil.rmtree(old, ignore_errors=True)
    except Exception:  # noqa: BLE001 (read-only, full, or another process stored it first: no cache)
        pass
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)


class LazyRegex:
    """A compiled regex that pickles as its source and, once loaded, compiles on first
    use: of the time patterns, a short article needs about half (the prefilter skips the
    rest), and compiling all of them would cost what the cache saves. Built from a
    compiled regex, so a bad pattern is still an error when the knowledge is built."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self._compiled: re.Pattern[str] | None = compiled

    def __reduce__(self) -> tuple[Any, ...]:
        return (_lazy_regex, (self.pattern, self.flags))

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyRegex):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern[:60]!r}…, flags={self.flags})"


def _lazy_regex(pattern: str, flags: int) -> LazyRegex:
    regex = LazyRegex.__new__(LazyRegex)
    regex.pattern, regex.flags, regex._compiled = pattern, flags, None
    return regex

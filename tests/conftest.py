"""Shared test helpers: where the gold data lives, and tiny builders."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
EXAMPLES = REPO / "examples" / "corpus"

# The tests (and the commands they start, which inherit the environment) keep built
# knowledge in a cache of their own, never the user's (dyadwatch.cache): one per run.
if "DYADWATCH_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="dyadwatch-test-cache-")
    os.environ["DYADWATCH_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not present ({path}): gold data lives outside the repository")
    return path


@pytest.fixture
def write(tmp_path: Path):
    """write(name, content) → path of a file in a fresh temporary directory."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write

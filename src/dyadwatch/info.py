"""What this installation is: version, spaCy model, data files in use."""

from __future__ import annotations

import hashlib
from pathlib import Path
from importlib import resources
from typing import Any

from dyadwatch import __version__
from dyadwatch.nlp import DEFAULT_MODEL, model_info


def data_files() -> list[dict[str, str]]:
    """Every knowledge file shipped in `dyadwatch/data` (recursively), with a short
    content hash, so a figure can be tied to the knowledge that produced it."""
    root = Path(str(resources.files("dyadwatch.data")))
    files = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.name.startswith(("_", ".")) and path.suffix not in (".py", ".pyc", ".md"):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            files.append({"name": str(path.relative_to(root)), "path": str(path), "sha256": digest})
    return files


def info(*, model: str = DEFAULT_MODEL) -> dict[str, Any]:
    return {"version": __version__, "model": model_info(model), "data_files": data_files()}

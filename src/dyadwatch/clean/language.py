"""Language identification of the article body (py3langid ships its own model)."""

from __future__ import annotations

import functools
from pathlib import Path

import numpy
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from dyadwatch.cache import cached_arrays
from dyadwatch.timing import timed

CODED_LANGUAGES = frozenset({"en"})  # the languages whose articles are coded (cleaning takes any)
LANGUAGE_SAMPLE_CHARS = 3000
MIN_LETTERS_TO_JUDGE = 80


@functools.cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model, its tables kept in the cache (unpacking its LZMA archive takes
    a second) and mapped into memory from there (unpickling its 68 MB took a tenth)."""
    installed = (Path(MODEL_DIR) / MODEL_FILE, Path(MODEL_DIR) / "langid.py")
    tables = cached_arrays("language-identifier", (Path(__file__),), _model_tables, installed=installed)
    return LanguageIdentifier(
        tables["nb_ptc"], tables["nb_pc"], [str(label) for label in tables["nb_classes"]],
        memoryview(tables["tk_nextmove"]), memoryview(tables["tk_output"]),
        norm_probs=True, tk_row=memoryview(tables["tk_row"]),
    )


def _model_tables() -> dict[str, numpy.ndarray]:
    """The unpacked model's tables as arrays (the automaton's, indexed a byte at a time,
    are read through memoryviews: as fast as py3langid's own arrays and lists)."""
    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return {
        "nb_ptc": numpy.asarray(model.nb_ptc), "nb_pc": numpy.asarray(model.nb_pc),
        "nb_classes": numpy.array(model.nb_classes, dtype=str),
        "tk_nextmove": numpy.frombuffer(model.tk_nextmove, dtype=model.tk_nextmove.typecode),
        "tk_row": numpy.frombuffer(model.tk_row, dtype=model.tk_row.typecode),
        "tk_output": numpy.array(model.tk_output, dtype=numpy.int32),
    }


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is too short to tell."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS_TO_JUDGE:
        return None
    with timed("language id"):
        language, _probability = _identifier().classify(sample)
    return str(language)

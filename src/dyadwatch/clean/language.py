"""Language identification of the article body (py3langid ships its own model)."""

from __future__ import annotations

import functools
from pathlib import Path

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from dyadwatch.cache import cached
from dyadwatch.timing import timed

CODED_LANGUAGES = frozenset({"en"})  # the languages whose articles are coded (cleaning takes any)
LANGUAGE_SAMPLE_CHARS = 3000
MIN_LETTERS_TO_JUDGE = 80


@functools.cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model (kept in the cache: unpacking its LZMA archive takes a second)."""
    installed = (Path(MODEL_DIR) / MODEL_FILE, Path(MODEL_DIR) / "langid.py")
    return cached("language-identifier", (Path(__file__),),
                  lambda: LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True), installed=installed)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is too short to tell."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS_TO_JUDGE:
        return None
    with timed("language id"):
        language, _probability = _identifier().classify(sample)
    return str(language)

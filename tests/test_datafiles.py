"""Data files are read into declared models: a key no model declares, or a value of the
wrong type, is a ConfigError naming the file and the line of the key."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from dyadwatch.actors.mentions import ContextFile
from dyadwatch.clean.furniture import FurnitureVocabulary
from dyadwatch.datafiles import DataModel, key_line, parse_toml, read_toml_file
from dyadwatch.errors import ConfigError
from dyadwatch.events.coder import CoderWords, UnidentifiedWords, load_coder_words
from dyadwatch.events.modality import ModalityWords, load_modality_words
from dyadwatch.events.patterns import PatternsFile
from dyadwatch.events.roles import RoleWords, load_role_words
from dyadwatch.events.speech import SpeechFile
from dyadwatch.quotes.lexicon import QuotesFile
from dyadwatch.sanctions.rules import RegimeFile, SettingsFile, load_regimes
from dyadwatch.sanctions.watchlist import NamesFile
from dyadwatch.plover.ontology import OntologyFile
from dyadwatch.times.lexicon import TimesFile

SRC = Path(__file__).resolve().parents[1] / "src" / "dyadwatch"

# (shipped file, its model, the table to put an unknown key in; None: the top level)
UNKNOWN_KEY_CASES: list[tuple[str, type[DataModel], str | None]] = [
    ("actors/context.toml", ContextFile, None),
    ("actors/context.toml", ContextFile, "[pronouns]"),
    ("actors/context.toml", ContextFile, "[[alias]]"),
    ("furniture.toml", FurnitureVocabulary, None),
    ("quotes.toml", QuotesFile, "[labels]"),
    ("quotes.toml", QuotesFile, "[[cues]]"),
    ("quotes.toml", QuotesFile, "[[phrases]]"),
    ("times.toml", TimesFile, "[fuzzy.mid]"),
    ("times.toml", TimesFile, "[direction]"),
    ("times.toml", TimesFile, "[[pattern]]"),
    ("events/patterns.toml", PatternsFile, "[[pattern]]"),
    ("events/speech.toml", SpeechFile, "[[cue]]"),
    ("events/unidentified.toml", UnidentifiedWords, None),
    ("events/roles.toml", RoleWords, None),
    ("events/modality.toml", ModalityWords, None),
    ("events/coder.toml", CoderWords, None),
    ("sanctions/un-dprk.toml", RegimeFile, "[regime]"),
    ("sanctions/un-dprk.toml", RegimeFile, "[[rule]]"),
    ("sanctions/matching.toml", SettingsFile, "[events]"),
    ("sanctions/names.toml", NamesFile, None),
    ("plover.toml", OntologyFile, "[event_types.CONSULT]"),
]


def shipped(name: str) -> str:
    return resources.files("dyadwatch.data").joinpath(name).read_text("utf-8")


def with_line_after(text: str, header: str | None, line: str) -> tuple[str, int]:
    """The text with `line` put right after the first `header` (None: at the top), and
    the number of the line it is on."""
    lines = text.splitlines()
    at = 0 if header is None else lines.index(header) + 1
    lines.insert(at, line)
    return "\n".join(lines) + "\n", at + 1


@pytest.mark.parametrize(("name", "model"), list(dict.fromkeys((name, model) for name, model, _ in UNKNOWN_KEY_CASES)))
def test_data_file_model_reads_the_shipped_file(name: str, model: type[DataModel]) -> None:
    assert isinstance(read_toml_file(resources.files("dyadwatch.data").joinpath(name), model), model)


@pytest.mark.parametrize(("name", "model", "header"), UNKNOWN_KEY_CASES)
def test_data_file_model_rejects_an_unknown_key_at_its_line(
    tmp_path: Path, name: str, model: type[DataModel], header: str | None
) -> None:
    text, line = with_line_after(shipped(name), header, "tpyo_key = 1")
    path = tmp_path / Path(name).name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^{re.escape(str(path))}:{line}: [\w.]*tpyo_key: unknown key"):
        read_toml_file(path, model)


WRONG_TYPE_CASES: list[tuple[str, type[DataModel], str, str, str]] = [
    # (file, model, line as shipped, line as broken, the reason expected)
    ("actors/context.toml", ContextFile, "sentences_back = 2", 'sentences_back = "two"', "valid integer"),
    ("events/roles.toml", RoleWords, 'threat_condition_marks = ["if", "unless"]', 'threat_condition_marks = "if"',
     "valid frozenset"),
    ("events/modality.toml", ModalityWords, 'obligation_aux = ["must", "should", "ought"]', "obligation_aux = [1]",
     "valid string"),
    ("times.toml", TimesFile, "past_grace_days = 3", "past_grace_days = [3]", "valid integer"),
    ("events/patterns.toml", PatternsFile, 'pos = "verb"', 'pos = "adverb"', "'verb' or 'noun'"),
]


@pytest.mark.parametrize(("name", "model", "good", "bad", "reason"), WRONG_TYPE_CASES)
def test_data_file_model_rejects_a_wrong_type_at_its_line(
    tmp_path: Path, name: str, model: type[DataModel], good: str, bad: str, reason: str
) -> None:
    lines = shipped(name).splitlines()
    line = lines.index(good) + 1
    lines[line - 1] = bad
    path = tmp_path / Path(name).name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^{re.escape(str(path))}:{line}: .*{re.escape(reason)}"):
        read_toml_file(path, model)


def test_user_regime_file_errors_name_the_users_file_and_line(tmp_path: Path) -> None:
    text, line = with_line_after(shipped("sanctions/un-dprk.toml"), "[[rule]]", 'severity = "high"')
    path = tmp_path / "my-regime.toml"
    path.write_text(text.replace('id = "un-dprk"', 'id = "mine"'), encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^{re.escape(str(path))}:{line}: rule.severity: unknown key"):
        load_regimes([path])


KEY_LINES = """\
top = 1
[pronouns]
male = ["he",
        "him"]
same = [["a"],
  ["b"]]
n = 2
[[pattern]]
id = "a"
[[pattern]]
id = "b"
lemmas = ["x"]
[fuzzy.early]
days = [1, 2]
[seasons]
spring = { code = "SP" }
"""


@pytest.mark.parametrize(
    ("loc", "line"),
    [
        (("top",), 1),
        (("pronouns", "n"), 7),  # past lines of a multi-line array, one that opens with "["
        (("pronouns", "missing"), 2),  # a key not written: its table
        (("pattern", 0, "id"), 9),
        (("pattern", 1, "lemmas"), 12),  # the second [[pattern]], not the first
        (("pattern", 1, "event"), 10),
        (("fuzzy", "early", "days", 1), 14),  # an item of an array: the key's line
        (("seasons", "spring", "months"), 16),  # in an inline table: the line it is on
        (("elsewhere",), 1),
    ],
)
def test_key_line_finds_the_key_of_an_error_location(loc: tuple[str | int, ...], line: int) -> None:
    assert key_line(KEY_LINES, loc) == line


def test_parse_toml_names_the_line_of_a_syntax_error() -> None:
    with pytest.raises(ConfigError, match=r"^f.toml: not valid TOML \(.*line 2"):
        parse_toml("a = 1\nb = \n", RoleWords, source="f.toml")


@pytest.mark.parametrize(
    ("load", "modules"),
    [
        (load_role_words, ("roles.py", "coder.py")),
        (load_modality_words, ("modality.py",)),
        (load_coder_words, ("coder.py",)),
    ],
)
def test_coder_word_lists_are_non_empty_and_each_is_read_by_the_coder(
    load: Callable[[], DataModel], modules: tuple[str, ...]
) -> None:
    words = load()
    code = "".join((SRC / "events" / module).read_text("utf-8") for module in modules)
    for field in type(words).model_fields:
        assert getattr(words, field), field
        assert re.search(rf"\.{field}\b", code), f"{field} is read by no code"

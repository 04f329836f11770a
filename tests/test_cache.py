"""The knowledge cache (`dyadwatch.cache`): built once, read back equal, rebuilt when a
source changes, and never an error of its own."""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy
import pytest

from dyadwatch import cache, datafiles
from dyadwatch.actors import divisions, knowledge, people, places
from dyadwatch.cache import LazyRegex, cache_dir, cached, cached_arrays
from dyadwatch.clean import language
from dyadwatch.datafiles import DataModel, parse_toml, read_data_file
from dyadwatch.errors import ConfigError
from dyadwatch.events import patterns
from dyadwatch.times import lexicon


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_DIR, str(folder))
    return folder


def counting(value: Callable[[], Any]) -> tuple[Callable[[], Any], list[int]]:
    """A build that counts its calls."""
    calls: list[int] = []

    def build() -> Any:
        calls.append(1)
        return value()

    return build, calls


def test_cache_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.ENV_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "dyadwatch"
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


def test_cached_builds_once_then_reads_the_stored_value(cache_in: Path, write) -> None:
    source = write("table.tsv", "a\t1\n")
    build, calls = counting(lambda: {"a": 1})
    assert cached("table", [source], build) == {"a": 1}
    assert cached("table", [source], build) == {"a": 1}
    assert len(calls) == 1
    assert len(list(cache_in.glob("table.*.pickle"))) == 1


def test_cached_rebuilds_when_a_source_changes(cache_in: Path, write) -> None:
    source = write("table.tsv", "a\t1\n")
    assert cached("table", [source], lambda: source.read_text()) == "a\t1\n"
    source.write_text("a\t2\n")
    build, calls = counting(lambda: source.read_text())
    assert cached("table", [source], build) == "a\t2\n"
    assert len(calls) == 1
    assert len(list(cache_in.glob("table.*.pickle"))) == 1  # the stale item is removed


def test_cached_keys_an_installed_file_by_its_size_and_time(cache_in: Path, write) -> None:
    installed = write("cities.json", "{}")
    cached("cities", [], lambda: 1, installed=[installed])
    installed.write_text('{"x": 1}')
    assert cached("cities", [], lambda: 2, installed=[installed]) == 2


def test_cached_builds_without_error_when_the_cache_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write
) -> None:
    blocker = write("not-a-directory", "")
    monkeypatch.setenv(cache.ENV_DIR, str(blocker / "cache"))  # no directory can be made under a file
    build, calls = counting(lambda: [1, 2])
    assert cached("table", [blocker], build) == [1, 2]
    assert cached("table", [blocker], build) == [1, 2]
    assert len(calls) == 2


def test_cached_rebuilds_a_corrupt_item(cache_in: Path, write) -> None:
    source = write("table.tsv", "a\n")
    cached("table", [source], lambda: "first")
    [stored] = cache_in.glob("table.*.pickle")
    stored.write_bytes(b"\x80\x05not a pickle")
    assert cached("table", [source], lambda: "again") == "again"
    assert pickle.loads(stored.read_bytes()) == "again"


def test_cached_skips_a_value_that_does_not_pickle(cache_in: Path, write) -> None:
    source = write("table.tsv", "a\n")
    assert cached("table", [source], lambda: (lambda: 1))() == 1
    assert not list(cache_in.glob("*"))  # nor a half-written file


def test_cached_raises_the_builds_own_error(cache_in: Path, write) -> None:
    def broken() -> None:
        raise ValueError("bad data file")

    with pytest.raises(ValueError, match="bad data file"):
        cached("table", [write("table.tsv", "a\n")], broken)


def test_cached_arrays_builds_once_then_maps_the_stored_arrays(cache_in: Path, write) -> None:
    source = write("table.tsv", "a\t1\n")
    build, calls = counting(lambda: {"weights": numpy.arange(6, dtype=numpy.float16).reshape(2, 3),
                                     "labels": numpy.array(["en", "fr"])})
    built = cached_arrays("model", [source], build)
    read = cached_arrays("model", [source], build)
    assert len(calls) == 1
    assert isinstance(read["weights"], numpy.memmap) and not read["weights"].flags.writeable
    assert (read["weights"] == built["weights"]).all() and list(read["labels"]) == ["en", "fr"]


def test_cached_arrays_rebuilds_when_a_source_changes_and_removes_the_stale_item(cache_in: Path, write) -> None:
    source = write("table.tsv", "a\n")
    cached_arrays("model", [source], lambda: {"x": numpy.zeros(2)})
    source.write_text("b\n")
    assert (cached_arrays("model", [source], lambda: {"x": numpy.ones(2)})["x"] == 1).all()
    assert len(list(cache_in.glob("model.*.arrays"))) == 1


def test_cached_arrays_rebuilds_a_corrupt_item(cache_in: Path, write) -> None:
    source = write("table.tsv", "a\n")
    cached_arrays("model", [source], lambda: {"x": numpy.zeros(2)})
    [stored] = cache_in.glob("model.*.arrays")
    (stored / "x.npy").write_bytes(b"not numpy")
    assert (cached_arrays("model", [source], lambda: {"x": numpy.ones(2)})["x"] == 1).all()
    assert (numpy.load(stored / "x.npy") == 1).all()


def test_cached_arrays_builds_without_error_when_the_cache_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch, write
) -> None:
    blocker = write("not-a-directory", "")
    monkeypatch.setenv(cache.ENV_DIR, str(blocker / "cache"))
    build, calls = counting(lambda: {"x": numpy.zeros(2)})
    cached_arrays("model", [blocker], build)
    cached_arrays("model", [blocker], build)
    assert len(calls) == 2


def test_lazy_regex_pickles_as_its_source_and_matches_alike() -> None:
    compiled = re.compile(r"(?<!\w)(?P<n>\d+) days? ago(?!\w)")
    stored = pickle.loads(pickle.dumps(LazyRegex(compiled)))
    assert stored == LazyRegex(compiled)
    assert stored._compiled is None  # not compiled until used
    text = "3 days ago, and 1 day ago"
    assert [m.span() for m in stored.finditer(text, 5)] == [m.span() for m in compiled.finditer(text, 5)]
    assert (stored.pattern, stored.flags) == (compiled.pattern, compiled.flags)


# --- each cached knowledge, read back, equals the knowledge built from its files ----------


def built_then_read(load: Callable[[], Any], cache_in: Path) -> Any:
    """The knowledge as the second run sees it: stored by a first call, then read."""
    load()
    before = {path: path.stat().st_mtime_ns for path in cache_in.glob("*.pickle")}
    read = load()
    assert before and {path: path.stat().st_mtime_ns for path in cache_in.glob("*.pickle")} == before
    return read


def test_cached_times_lexicon_equals_the_parsed_one(cache_in: Path) -> None:
    read = built_then_read(lexicon.load_lexicon.__wrapped__, cache_in)
    parsed = lexicon.make_lexicon(read_data_file(lexicon.DATA_FILE, lexicon.TimesFile))
    assert read == parsed
    assert read.prefilter == parsed.prefilter


def test_cached_city_countries_equal_the_parsed_ones(cache_in: Path) -> None:
    assert built_then_read(places.city_countries.__wrapped__, cache_in) == places._build_city_countries()


def test_cached_division_countries_equal_the_parsed_ones(cache_in: Path) -> None:
    assert built_then_read(divisions.division_countries.__wrapped__, cache_in) == divisions._build_division_countries()


def test_cached_actor_knowledge_equals_the_parsed_one(cache_in: Path) -> None:
    assert built_then_read(lambda: knowledge._load_cached.__wrapped__(None), cache_in) == knowledge._load(None)


def test_cached_people_equal_the_parsed_ones(cache_in: Path) -> None:
    read = built_then_read(people.load_people.__wrapped__, cache_in)
    parsed = people._build_people(people.resources.files("dyadwatch.data").joinpath("actors", people.PEOPLE_FILE))
    assert (read.by_name, read.by_surname, read.by_ends) == (parsed.by_name, parsed.by_surname, parsed.by_ends)


def test_cached_event_patterns_equal_the_parsed_ones(cache_in: Path) -> None:
    read = built_then_read(patterns.load_patterns.__wrapped__, cache_in)
    path = patterns.resources.files("dyadwatch.data").joinpath(patterns.PATTERNS_FILE)
    assert read == patterns.parse_patterns(path.read_text("utf-8"), source=str(path), ontology=patterns.load_ontology())


def test_cached_language_identifier_equals_the_unpacked_model(cache_in: Path) -> None:
    language._identifier.__wrapped__()
    [stored] = cache_in.glob("language-identifier.*.arrays")
    before = {path: path.stat().st_mtime_ns for path in stored.iterdir()}
    read = language._identifier.__wrapped__()
    assert before and {path: path.stat().st_mtime_ns for path in stored.iterdir()} == before
    model = language.LanguageIdentifier.from_model_file(language.MODEL_FILE, norm_probs=True)
    assert read.nb_classes == model.nb_classes
    assert (read.nb_ptc == model.nb_ptc).all() and (read.nb_pc == model.nb_pc).all()
    assert list(read.tk_nextmove) == list(model.tk_nextmove) and list(read.tk_row) == list(model.tk_row)
    assert list(read.tk_output) == model.tk_output
    for text in ("The minister met his counterpart in Paris on Tuesday.", "Der Minister traf seinen Amtskollegen."):
        assert read.classify(text) == model.classify(text)


def test_cached_rebuilds_when_a_text_changes(cache_in: Path) -> None:
    assert cached("text", [], lambda: "first", texts=["a = 1"]) == "first"
    assert cached("text", [], lambda: "second", texts=["a = 2"]) == "second"
    assert cached("text", [], lambda: "third", texts=["a = 1"]) == "third"  # an item keeps one version


class Table(DataModel):
    name: str
    sizes: tuple[int, ...] = ()


def test_parse_toml_parses_a_text_once_then_reads_the_model_back(cache_in: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    parse, calls = datafiles._parse_toml, []

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return parse(*args, **kwargs)

    monkeypatch.setattr(datafiles, "_parse_toml", counted)
    first = parse_toml('name = "x"\nsizes = [1, 2]\n', Table, source="table.toml")
    again = parse_toml('name = "x"\nsizes = [1, 2]\n', Table, source="table.toml")
    changed = parse_toml('name = "y"\n', Table, source="table.toml")
    assert first == again == Table(name="x", sizes=(1, 2)) and changed == Table(name="y")
    assert len(calls) == 2
    assert len(list(cache_in.glob("toml-Table-*.pickle"))) == 1


def test_parse_toml_raises_a_bad_files_error_every_time(cache_in: Path) -> None:
    for _ in range(2):
        with pytest.raises(ConfigError, match=r"table.toml:2: sizes: Input should be a valid integer"):
            parse_toml('name = "x"\nsizes = ["one"]\n', Table, source="table.toml")


def test_parse_toml_keeps_apart_two_models_of_one_name(cache_in: Path) -> None:
    class Loose(DataModel):  # named Table below: another model of that name, with a default the first lacks
        name: str
        sizes: tuple[int, ...] = (0,)

    Loose.__name__ = "Table"
    assert parse_toml('name = "x"\n', Table, source="table.toml") == Table(name="x")
    assert parse_toml('name = "x"\n', Loose, source="table.toml").sizes == (0,)

"""The local engine and progress: N processes give the same results in the same order;
stages other than the default ones run in one process; progress shows on a terminal
only."""

from __future__ import annotations

import io

from builders import news_html, news_text

import pytest

from dyadwatch.engines import open_engine
from dyadwatch.engines.local import LocalEngine
from dyadwatch.errors import ConfigError, InputError
from dyadwatch.progress import count_inputs, track
from dyadwatch.records import AnnotatedArticle
from dyadwatch.registry import default_stages
from dyadwatch.run import annotate_paths


def summary(results) -> list[tuple]:
    out = []
    for item in results:
        if isinstance(item, InputError):
            out.append(("error", item.source))
        else:
            out.append((item.article.id, tuple((e.event, e.id) for e in item.events)))
    return out


def corpus(write) -> list[str]:
    paths = [write(f"a{i}.txt", news_text(headline=f"Story {i}")) for i in range(5)]
    paths.append(write("b.html", news_html()))
    paths.append(write("empty.txt", ""))
    return [str(p) for p in paths]


def test_engine_two_jobs_give_the_same_results_in_the_same_order(write):
    paths = corpus(write)
    one = summary(annotate_paths(paths, engine=LocalEngine(jobs=1, batch_size=2)))
    two = summary(annotate_paths(paths, engine=LocalEngine(jobs=2, batch_size=2)))
    assert one == two and len(one) == 7 and one[-1][0] == "error"


def test_engine_results_are_annotated_articles_or_input_errors(write):
    results = list(annotate_paths(corpus(write), engine=LocalEngine(batch_size=3)))
    assert all(isinstance(r, (AnnotatedArticle, InputError)) for r in results)
    assert any(r.events for r in results if isinstance(r, AnnotatedArticle))


def test_engine_runs_the_stages_it_is_given(write):
    [result] = annotate_paths(corpus(write)[:1], engine=LocalEngine(stages=default_stages()[:1]))
    assert result.mentions and not result.events


def test_engine_refuses_other_stages_in_worker_processes():
    with pytest.raises(ConfigError, match="one process"):
        LocalEngine(jobs=2, stages=default_stages()[:1])


def test_track_counts_articles_and_failures_on_stderr(write, capsys):
    items = list(annotate_paths(corpus(write)))
    assert list(track(items, show=True, total=len(items))) == items
    shown = capsys.readouterr().err
    assert "7/7" in shown and "1 failed" in shown and "words/s" in shown


def test_track_hidden_shows_nothing(capsys):
    assert list(track([1, 2], show=False)) == [1, 2]
    assert capsys.readouterr().err == ""


def test_count_inputs_counts_single_article_files_only(write, tmp_path):
    write("x/a.txt", "a")
    write("x/b.html", "<p>b</p>")
    write("x/notes.md", "no")
    assert count_inputs([str(tmp_path / "x")]) == 2
    write("y/batch.jsonl", "{}")
    assert count_inputs([str(tmp_path / "y")]) is None
    assert count_inputs(["-"]) is None


@pytest.mark.parametrize(("name", "options", "message"), [
    ("local", {"scheduler": "tcp://127.0.0.1:8786"}, "go with the dask engine"),
    ("dask", {"jobs": 2}, "go with the local engine"),
    ("spark", {}, "unknown engine 'spark'"),
])
def test_open_engine_refuses_options_of_another_engine(name, options, message):
    with pytest.raises(ConfigError, match=message), open_engine(name, **options):
        pass


def test_open_engine_local_gives_a_local_engine_with_its_jobs():
    with open_engine("local", jobs=3) as engine:
        assert engine == LocalEngine(jobs=3)

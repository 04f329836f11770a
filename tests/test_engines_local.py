"""The local engine and progress: N processes give the same results in the same order;
stages other than the default ones run in one process; progress shows on a terminal
only."""

from __future__ import annotations

import io
import sys

import pytest
from builders import news_html, news_text

from dyadwatch import progress
from dyadwatch.engines import open_engine
from dyadwatch.engines.local import LocalEngine
from dyadwatch.errors import ConfigError, InputError
from dyadwatch.progress import Tally, count_inputs, progress_line, track
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


@pytest.mark.slow
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


def test_track_counts_articles_failures_and_events_on_stderr(write, capsys):
    items = list(annotate_paths(corpus(write)))
    assert list(track(items, label="annotate", show=True, total=len(items))) == items
    last = capsys.readouterr().err.splitlines()[-1]
    events = sum(len(item.events) for item in items if isinstance(item, AnnotatedArticle))
    assert last.startswith(f"annotate: 7/7 articles · 1 failed · {events} events · ") and "words/s" in last


def test_track_hidden_shows_nothing(capsys):
    assert list(track([1, 2], label="clean", show=False)) == [1, 2]
    assert capsys.readouterr().err == ""


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_track_on_a_terminal_clears_its_line_for_a_failed_input_and_leaves_the_last_one(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(progress, "REDRAW_SECONDS", 0.0)
    failed = InputError("b.txt", "empty")
    assert list(track(["a", failed, "c"], label="clean", show=True, total=3)) == ["a", failed, "c"]
    draws = terminal.getvalue().split("\r")[1:]
    assert draws[0].startswith("clean: 1/3 articles · 0 failed · ") and draws[1] == "\x1b[K"
    assert draws[-1].startswith("clean: 3/3 articles · 1 failed · 0 words/s") and draws[-1].endswith("\x1b[K\n")


def test_progress_line_of_a_finished_run_has_no_time_left():
    line = progress_line("annotate", Tally(articles=8, words=100, events=3, seconds=2.0), total=8)
    assert line == "annotate: 8/8 articles · 0 failed · 3 events · 50 words/s · 4.0 articles/s"


def test_progress_line_of_a_run_without_events_names_none():
    line = progress_line("clean", Tally(articles=4, failed=1, words=100, seconds=2.0), total=8)
    assert line == "clean: 4/8 articles · 1 failed · 50 words/s · ETA 0:00:02 · 2.0 articles/s"


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

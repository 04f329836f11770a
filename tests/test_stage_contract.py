"""Stages declare what they read and write; building a pipeline holds them to it: a
stage reads only the article and what an earlier stage wrote, and writes fields of
`AnnotatedArticle`. A stage list that breaks this does not run."""

from __future__ import annotations

import pytest

from dyadwatch.clean import make_text_article
from dyadwatch.errors import ConfigError
from dyadwatch.pipeline import annotate_articles
from dyadwatch.registry import default_stages
from dyadwatch.stage import Stage, check_stages


def stage(name: str, reads: tuple[str, ...], writes: tuple[str, ...]) -> Stage:
    return Stage(name, reads=reads, writes=writes, run=lambda annotated, doc: annotated)


def test_check_stages_accepts_the_default_stages():
    assert check_stages(default_stages()) == default_stages()


def test_check_stages_refuses_a_stage_that_reads_what_no_earlier_stage_writes():
    actors, times, quotes, events, sanctions = default_stages()
    with pytest.raises(ConfigError, match=r"stage events.rules.v1 reads 'quotes', which no stage before it writes"):
        check_stages((actors, times, events, quotes, sanctions))


def test_check_stages_refuses_a_stage_that_writes_no_field_of_an_annotated_article():
    with pytest.raises(ConfigError, match=r"stage mood.v1 writes 'mood', which is not a field"):
        check_stages((stage("mood.v1", reads=("article",), writes=("mood",)),))


def test_check_stages_lets_a_stage_read_the_article_alone():
    only = stage("actors.v9", reads=("article",), writes=("mentions",))
    assert check_stages([only]) == (only,)


def test_annotate_articles_refuses_a_misordered_stage_list_before_parsing():
    actors, times, quotes, events, sanctions = default_stages()
    misordered = (actors, times, quotes, sanctions, events)  # sanctions reads the events
    with pytest.raises(ConfigError, match="sanctions.rules.v1 reads 'events'"):
        next(annotate_articles([make_text_article("Russia condemned the launch.")], stages=misordered))


def test_default_stages_are_built_once():
    assert default_stages() is default_stages()

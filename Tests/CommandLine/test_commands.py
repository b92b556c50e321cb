"""The `deskbook` command line as scripts and people meet it: exit codes, diagnostics and summaries.

Exit codes: 0 success (a check: the request is ready), 1 content errors (a check: not ready), 2 usage or
configuration errors. Run with: python3 -m pytest Tests/CommandLine -q (DESKBOOK_BIN picks the binary).
"""
import json
import os
import pathlib
import re
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("DESKBOOK_BIN", str(ROOT / ".build" / "debug" / "deskbook"))
DIAGNOSTIC = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning): .+$")
SUMMARY = re.compile(r"^Built \d+ pages? \(.+\), \d+ files, \d+ errors?, \d+ warnings? in \d+\.\d+ s$")


# A request that is ready under the example site's intake.yml.
READY_REQUEST = {
    "name": "Anna Petrova",
    "email": "anna@example.com",
    "category": "question",
    "platform": "windows",
    "app_version": "3.2.1",
    "workspace_id": "W-58213",
    "subject": "Export of a project to CSV skips archived tasks",
    "description": "When I export the Marketing project to CSV, archived tasks are missing from the file. "
    "Is there a setting that includes them in the export?",
}


def deskbook(*arguments, stdin=None, cwd=None):
    return subprocess.run(
        [BINARY, *map(str, arguments)], input=stdin, capture_output=True, text=True, timeout=120, cwd=cwd
    )


@pytest.fixture
def site(tmp_path):
    """A new site from `deskbook init`, with one article."""
    source = tmp_path / "site"
    result = deskbook("init", source)
    assert result.returncode == 0, result.stderr
    return source


def write_page(site, relative, text):
    path = site / "content" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_init_makes_a_site_that_builds_and_refuses_to_overwrite(site):
    result = deskbook("build", "--source", site)
    assert result.returncode == 0, result.stderr
    assert SUMMARY.match(result.stdout.strip().splitlines()[-1]), result.stdout
    assert (site / "public" / "index.html").is_file()
    again = deskbook("init", site)
    assert again.returncode == 2
    assert "already exists" in again.stderr


def test_new_scaffolds_an_faq_that_builds_with_its_questions(site):
    result = deskbook("new", "content/en/help/common-questions.md", "--kind", "faq", "--source", site)
    assert result.returncode == 0, result.stderr
    text = (site / "content" / "en" / "help" / "common-questions.md").read_text()
    assert "kind: faq" in text and text.count("\n## ") >= 2
    build = deskbook("build", "--source", site, "--drafts")  # a new page is a draft
    assert build.returncode == 0, build.stderr
    assert "1 FAQ page" in build.stdout
    html = (site / "public" / "en" / "help" / "common-questions" / "index.html").read_text()
    assert '"@type":"FAQPage"' in html.replace(" ", "")
    assert deskbook("new", "content/en/help/common-questions.md", "--source", site).returncode == 2


def test_content_errors_exit_1_with_located_diagnostics_and_keep_the_previous_site(site):
    assert deskbook("build", "--source", site).returncode == 0
    home = (site / "public" / "en" / "index.html").read_text()
    write_page(site, "en/broken.md", "---\ntitle: Broken\n---\n\nSee [the missing page](missing.md).\n")
    write_page(site, "en/untitled.md", "---\ndescription: no title\n---\nBody\n")
    result = deskbook("build", "--source", site)
    assert result.returncode == 1
    *lines, summary = [line for line in result.stderr.splitlines() if line.strip()]
    assert summary.startswith("Build failed: 2 errors, 0 warnings in ")
    assert summary.endswith("the previous output was left as it was")
    diagnostics = [DIAGNOSTIC.match(line) for line in lines]
    assert all(diagnostics), result.stderr
    located = {(pathlib.Path(m["path"]).name, m["line"], m["severity"]) for m in diagnostics}
    assert ("broken.md", "5", "error") in located
    assert ("untitled.md", "2", "error") in located
    assert (site / "public" / "en" / "index.html").read_text() == home
    assert not (site / "public" / "en" / "broken").exists()


def test_strict_turns_warnings_into_errors(site):
    config = site / "deskbook.yml"
    config.write_text(config.read_text().replace("broken_links: error", "broken_links: warn"))
    write_page(site, "en/linking.md", "---\ntitle: Linking\n---\n\n[gone](gone.md)\n")
    relaxed = deskbook("build", "--source", site)
    assert relaxed.returncode == 0, relaxed.stderr
    assert " warning: " in relaxed.stderr
    strict = deskbook("build", "--source", site, "--strict")
    assert strict.returncode == 1
    assert " error: " in strict.stderr


@pytest.mark.parametrize(
    "config",
    [
        "title: [unclosed\n",
        "title: No languages\nbase_url: https://example.com/\nlanguages: []\n",
        "title: Bad theme\nbase_url: https://example.com/\nlanguages: [en]\ntheme: does-not-exist\n",
    ],
)
def test_configuration_errors_exit_2(site, config):
    (site / "deskbook.yml").write_text(config)
    result = deskbook("build", "--source", site)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "deskbook.yml" in result.stderr or "theme" in result.stderr
    assert "Traceback" not in result.stderr and "Fatal error" not in result.stderr


@pytest.mark.parametrize(
    "arguments",
    [["build", "--bogus"], ["frobnicate"], ["search"], ["check", "--at", "yesterday"], ["new"]],
)
def test_usage_errors_exit_2(site, arguments):
    result = deskbook(*arguments, "--source", site) if arguments[0] != "frobnicate" else deskbook(*arguments)
    assert result.returncode == 2, (arguments, result.stdout, result.stderr)
    assert result.stderr.strip()


def test_search_prints_json_results_from_the_built_index(site):
    write_page(site, "en/billing/_index.md", "---\ntitle: Billing\n---\n")
    write_page(
        site,
        "en/billing/refunds.md",
        "---\ntitle: Refunds for yearly plans\ndescription: How to get your money back\n---\n\n"
        "Ask for a refund within 30 days of the renewal.\n",
    )
    assert deskbook("build", "--source", site).returncode == 0
    result = deskbook("search", "how do i get my money back", "--source", site, "--json", "--limit", "3")
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)
    assert 1 <= len(results) <= 3
    assert results[0]["url"] == "/en/billing/refunds/"
    assert set(results[0]) >= {"url", "title", "kind", "excerpt", "score"}
    people = deskbook("search", "refund", "--source", site)
    assert people.returncode == 0 and "Refunds for yearly plans" in people.stdout


def test_check_exit_codes_follow_readiness(tmp_path):
    """The example site's intake.yml, with the search index of a fresh build for the suggestions."""
    source = tmp_path / "example"
    source.mkdir()
    for name in ("deskbook.yml", "intake.yml"):
        (source / name).write_text((ROOT / name).read_text())
    shutil.copytree(ROOT / "content", source / "content")
    assert deskbook("build", "--source", source).returncode == 0
    ready = dict(READY_REQUEST)
    at = ["--at", "2026-01-14T11:00:00+03:00"]

    def check(request, *options):
        return deskbook("check", "-", "--source", source, *at, *options, stdin=json.dumps(request))

    unconfirmed = check(ready, "--json")
    assert unconfirmed.returncode == 1, unconfirmed.stderr
    answer = json.loads(unconfirmed.stdout)
    assert [finding["code"] for finding in answer["findings"]] == ["docs.likely-answer"]
    assert answer["suggestions"] and answer["suggestions"][0]["url"].startswith("/en/")

    confirmed = check(dict(ready, docs_checked=True), "--json")
    assert confirmed.returncode == 0, confirmed.stdout + confirmed.stderr
    answer = json.loads(confirmed.stdout)
    assert answer["ready"] is True and answer["findings"] == []
    assert answer["expected_response"]["first_response_by"] == "2026-01-15T11:00:00+03:00"
    assert answer["route"]["department"] == "technical"

    generic = check(dict(ready, subject="help", docs_checked=True))
    assert generic.returncode == 1
    assert "subject." in generic.stdout, generic.stdout

    (source / "intake.yml").write_text("fields:\n  subject: {pattern: '([unclosed'}\n")
    broken = check(ready)
    assert broken.returncode == 2
    assert re.search(r"intake\.yml:\d+:\d+: error: ", broken.stderr), broken.stderr

"""Hostile arguments and requests given to the real binary: no crash, and a clear answer.

`deskbook search --limit` used to die with SIGILL on 9223372036854775807 and abort on 10^12 (it reserved room for
that many results); `deskbook check` judged the first of two values of a key that most back ends read last.
"""
import json

import pytest

from test_commands import READY_REQUEST, ROOT, deskbook, site, write_page  # noqa: F401 (site is a fixture)

AT = ["--at", "2026-01-14T11:00:00+03:00"]
READY = READY_REQUEST


@pytest.fixture
def searchable(site):
    """A built site with a dozen pages about resetting."""
    for number in range(12):
        write_page(site, f"en/reset-{number}.md", f"---\ntitle: Reset guide {number}\n---\n\nHow to reset step {number}.\n")
    result = deskbook("build", "--source", site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.mark.parametrize("limit", ["9223372036854775807", "1000000000000", "2147483648"])
def test_a_huge_search_limit_lists_every_match(searchable, limit):
    result = deskbook("search", "reset", "--source", searchable, "--limit", limit, "--json")
    assert result.returncode == 0, result.stderr
    urls = [entry["url"] for entry in json.loads(result.stdout)]
    assert len(urls) == 12 and len(set(urls)) == 12
    top = deskbook("search", "reset", "--source", searchable, "--limit", "3", "--json")
    assert [entry["url"] for entry in json.loads(top.stdout)] == urls[:3]


@pytest.mark.parametrize(
    "limit", [["--limit", "0"], ["--limit", "-1"], ["--limit=-1"], ["--limit", "-9223372036854775808"]]
)
def test_a_search_limit_below_one_is_a_usage_error(searchable, limit):
    result = deskbook("search", "reset", "--source", searchable, *limit)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "--limit must be a whole number of results, at least 1" in result.stderr


@pytest.mark.parametrize("limit", ["99999999999999999999", "ten", "1.5", ""])
def test_a_search_limit_that_is_no_number_is_a_usage_error(searchable, limit):
    result = deskbook("search", "reset", "--source", searchable, "--limit", limit)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "--limit" in result.stderr


@pytest.mark.parametrize(
    "query",
    ["reset " * 20_000, "r" * 100_000, "\u0301" * 20_000, "\ufdfa" * 10_000, "reset\x7f\ufffe\U0010ffff", "x" * 30 + "é" * 30],
)
def test_odd_search_queries_finish(searchable, query):
    result = deskbook("search", query, "--source", searchable, "--limit", "5", "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) <= 5


@pytest.fixture
def intake(tmp_path):
    """A folder with the example intake.yml, checked without a search index."""
    source = tmp_path / "intake"
    source.mkdir()
    (source / "intake.yml").write_text((ROOT / "intake.yml").read_text())
    return source


def check(source, text):
    return deskbook("check", "-", "--source", source, "--json", *AT, stdin=text)


def codes(result):
    return [finding["code"] for finding in json.loads(result.stdout)["findings"]]


def test_check_refuses_a_key_given_twice(intake):
    assert check(intake, json.dumps(READY)).returncode == 0
    body = json.dumps(READY)[:-1] + ', "subject": "idiot"}'
    result = check(intake, body)
    assert result.returncode == 1, result.stderr
    assert codes(result) == ["request.syntax"]
    nested = json.dumps(dict(READY, logs=["a.log"]))[:-1] + ', "logs": ["b.log"]}'
    assert codes(check(intake, nested)) == ["request.syntax"]
    yaml = "".join(f"{key}: {json.dumps(value)}\n" for key, value in READY.items()) + "subject: idiot\n"
    assert codes(check(intake, yaml)) == ["request.syntax"]


def test_check_reads_a_number_beyond_the_double_range(intake):
    body = json.dumps(READY).replace('"3.2.1"', "1e400")
    result = check(intake, body)
    assert result.returncode == 1, result.stderr
    assert codes(result) == ["request.wrong-type"]


def test_check_refuses_a_nul_character(intake):
    result = check(intake, json.dumps(dict(READY, name="Anna\u0000 Petrova")))
    assert result.returncode == 1, result.stderr
    assert codes(result) == ["field.nul-character"]


def test_a_pattern_that_can_backtrack_forever_is_a_config_error_at_its_line(intake):
    config = (ROOT / "intake.yml").read_text()
    assert "    pattern: 'INV-[0-9]{6}'\n" in config
    line = config[: config.index("    pattern: 'INV-[0-9]{6}'")].count("\n") + 1
    (intake / "intake.yml").write_text(config.replace("    pattern: 'INV-[0-9]{6}'", "    pattern: '(a+)+$'"))
    result = check(intake, json.dumps(READY))
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert f"intake.yml:{line}:14: error: regular expression '(a+)+$' can take exponential time" in result.stderr

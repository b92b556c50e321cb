"""`deskbook check` as issue 11 asks: no promise of an answer before a request can be sent, no padded suggestions.

Run with: python3 -m pytest Tests/CommandLine -q (DESKBOOK_BIN picks the binary).
"""
import json
import shutil

import pytest

from test_commands import READY_REQUEST, ROOT, deskbook

AT = ["--at", "2026-01-14T11:00:00+03:00"]


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    """The example site with its intake.yml, built so that `check` has an index for suggestions."""
    source = tmp_path_factory.mktemp("example") / "site"
    source.mkdir()
    for name in ("deskbook.yml", "intake.yml"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "content", source / "content")
    assert deskbook("build", "--source", source).returncode == 0
    return source


def check(source, request, *options):
    return deskbook("check", "-", "--source", source, *AT, *options, stdin=json.dumps(request))


def test_the_expected_response_is_printed_only_for_a_ready_request(example):
    not_ready = check(example, dict(READY_REQUEST, subject="help"))
    assert not_ready.returncode == 1
    assert "if you send it now" not in not_ready.stdout.lower(), not_ready.stdout
    assert "expect the first answer" not in not_ready.stdout.lower(), not_ready.stdout
    ready = check(example, dict(READY_REQUEST, docs_checked=True))
    assert ready.returncode == 0, ready.stdout + ready.stderr
    assert "If you send it now, expect the first answer by Thursday 11:00 (Moscow time)." in ready.stdout
    assert "Sent " not in ready.stdout


def test_the_zone_is_the_schedules_own_label(example, tmp_path):
    source = tmp_path / "berlin"
    shutil.copytree(example, source)
    intake = (source / "intake.yml").read_text(encoding="utf-8")
    intake = intake.replace("time_zone: Europe/Moscow", "time_zone: Europe/Berlin")
    intake = intake.replace("zone_label: {en: Moscow time, ru: по московскому времени}", "zone_label: {en: Berlin time, ru: по берлинскому времени}")
    (source / "intake.yml").write_text(intake, encoding="utf-8")
    ready = check(source, dict(READY_REQUEST, docs_checked=True))
    assert ready.returncode == 0, ready.stdout + ready.stderr
    assert "(Berlin time)" in ready.stdout and "Moscow" not in ready.stdout


def test_suggestions_are_never_padded_with_zero_scores(example):
    for request in (dict(READY_REQUEST, docs_checked=True),
                    dict(READY_REQUEST, subject="reset password link expired", description="The reset link has expired.")):
        answer = json.loads(check(example, request, "--json").stdout)
        assert answer["suggestions"], "the example site has articles for these requests"
        assert all(suggestion["score"] > 0 for suggestion in answer["suggestions"]), answer["suggestions"]
        text = check(example, request).stdout
        assert not [line for line in text.splitlines() if line.startswith("article:") and line.endswith(" score 0.0")], text

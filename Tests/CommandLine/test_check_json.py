"""`deskbook check --json` tells an email gateway what it needs to map an email onto the request form: the
request's language, its values as the checker read them, and the form's fields, besides the result's own keys.
"""
import json

import pytest

from test_commands import READY_REQUEST, ROOT, deskbook

RESULT_KEYS = {"ready", "findings", "suggestions", "route", "expected_response"}


@pytest.fixture
def example(tmp_path):
    """The example site's deskbook.yml and intake.yml, without content (no suggestions needed here)."""
    source = tmp_path / "example"
    source.mkdir()
    for name in ("deskbook.yml", "intake.yml"):
        (source / name).write_text((ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
    return source


def check(source, request, *options):
    result = deskbook("check", "-", "--source", source, "--json", "--at", "2026-01-14T11:00:00+03:00", *options, stdin=request)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_the_result_keys_stay_and_the_language_is_added(example):
    answer = check(example, json.dumps(dict(READY_REQUEST, docs_checked=True)), "--lang", "ru")
    assert RESULT_KEYS <= set(answer), sorted(answer)
    assert answer["ready"] is True
    assert answer["language"] == "ru"
    assert check(example, json.dumps(READY_REQUEST))["language"] == "en", "the default language without --lang"


def test_values_are_normalised_as_the_checker_reads_them(example):
    request = dict(READY_REQUEST, subject="  Export of a project to CSV skips archived tasks \n", priority="", logs=["app.log"],
                   docs_checked=True, fax="123")
    values = check(example, json.dumps(request))["values"]
    assert values["subject"] == "Export of a project to CSV skips archived tasks", "trimmed"
    assert "priority" not in values, "an empty value is left out"
    assert "fax" not in values, "an unknown key is left out (it has its finding)"
    assert values["logs"] == ["app.log"]
    assert values["docs_checked"] is True
    assert values["platform"] == "windows"


def test_yaml_requests_get_the_same_values(example):
    answer = check(example, "subject: '  Export to CSV skips archived tasks'\nemail: anna@example.com\n")
    assert answer["values"] == {"subject": "Export to CSV skips archived tasks", "email": "anna@example.com"}


def test_an_unreadable_request_has_no_values_but_the_schema(example):
    answer = check(example, "{not json")
    assert answer["ready"] is False and answer["values"] == {}
    assert answer["fields"], "the schema does not depend on the request"


def test_the_schema_of_the_fields_in_the_request_language(example):
    fields = check(example, json.dumps(READY_REQUEST), "--lang", "ru")["fields"]
    ids = [field["id"] for field in fields]
    assert ids[:2] == ["name", "email"], "intake.yml's order"
    by_id = {field["id"]: field for field in fields}
    for field in fields:
        assert set(field) == {"id", "label", "type", "required", "required_when", "options", "pattern", "accept", "limits"}, field
    email = by_id["email"]
    assert email["type"] == "email" and email["required"] is True and email["pattern"]
    assert by_id["name"]["label"] == "Ваше имя"
    platform = by_id["platform"]
    assert platform["type"] == "select" and "windows" in [option["value"] for option in platform["options"]]
    assert all(set(option) == {"value", "label"} and option["label"] for option in platform["options"])
    assert platform["pattern"] is None and platform["limits"] == {}
    assert by_id["description"]["limits"] == {"min_length": 30, "max_length": 10000}
    assert by_id["logs"]["type"] == "file" and by_id["logs"]["accept"] == [".log", ".txt", ".zip"]
    assert by_id["logs"]["limits"] == {"attachments": 5, "attachment_bytes": 10000000}
    invoice = by_id["invoice_number"]
    assert invoice["required_when"] == [{"field": "category", "values": ["billing"]}], invoice

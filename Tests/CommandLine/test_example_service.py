"""The IPTV vendor's example (examples/iptv-vendor, seed 004) under `deskbook serve --production`: the rules
only the intake service can apply, a valid support contract (contracts.csv) and no request sent twice,
give their verdicts on the example's own sample requests.

Run with: python3 -m pytest Tests/CommandLine/test_example_service.py -q (DESKBOOK_BIN picks the binary).
"""
import json
import shutil

import pytest

from test_commands import ROOT
from test_intake_service import Service

EXAMPLE = ROOT / "examples" / "iptv-vendor"


def sample(name):
    return json.loads((EXAMPLE / "requests" / f"{name}.json").read_text(encoding="utf-8"))


def finding(answer, code):
    return next((item for item in answer.get("findings", []) if item["code"] == code), None)


@pytest.fixture
def service(tmp_path):
    site = tmp_path / "iptv-vendor"
    # Only what git holds: a site built in the example (public/, .deskbook/) would let the service suggest its
    # articles, which these samples are not about.
    shutil.copytree(EXAMPLE, site, ignore=shutil.ignore_patterns("public", ".deskbook", ".public.deskbook-*"))
    running = Service(site, tmp_path / "intake.sqlite")
    yield running
    assert running.stop() == 0


def test_a_valid_contract_gets_a_ticket_and_the_same_request_again_is_a_duplicate(service):
    status, first = service.post(sample("ready-question"))
    assert status == 201, first
    assert first["ticket"] == "MI#000001", "numbered as intake.yml's ticket format says"
    status, again = service.post(sample("resent-duplicate"))
    assert status == 422, again
    duplicate = finding(again, "request.duplicate")
    assert duplicate is not None, again
    assert "MI#000001" in duplicate["message"], "the finding names the first ticket"
    status, other = service.post(sample("english-premium"), headers={"Content-Language": "en"})
    assert status == 201 and other["ticket"] == "MI#000002", "another question from the same customer is no duplicate"


@pytest.mark.parametrize("name, code, detail", [
    pytest.param("contract-unknown", "contract.unknown", "Номер договора поддержки", id="unknown"),
    pytest.param("contract-expired", "contract.expired", "2025-06-30", id="expired"),
])
def test_a_contract_missing_from_the_list_or_expired_is_refused(service, name, code, detail):
    status, answer = service.post(sample(name))
    assert status == 422, answer
    assert [item["code"] for item in answer["findings"] if item["severity"] == "error"] == [code]
    assert detail in finding(answer, code)["message"]

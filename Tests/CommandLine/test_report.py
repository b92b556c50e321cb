"""`deskbook report` over a store that a running service filled through POST /api/events and /api/requests.

Run with: python3 -m pytest Tests/CommandLine/test_report.py -q (DESKBOOK_BIN picks the binary).
"""
import json
import sqlite3
import subprocess
import urllib.error
import urllib.request

from test_intake_service import READY, Receiver, Service, configure, free_port, site  # noqa: F401
from test_commands import BINARY

EVENTS = [
    {"type": "search", "lang": "en", "query": "Refund policy", "results": 0},
    {"type": "search", "lang": "en", "query": "refund  POLICY", "results": 0},
    {"type": "search", "lang": "en", "query": "export", "results": 4},
    {"type": "suggestion_shown", "lang": "en", "article": "/en/billing/refunds/"},
    {"type": "answered", "lang": "en", "article": "/en/billing/refunds/"},
    {"type": "answered", "lang": "en", "article": "/en/billing/refunds/"},
    {"type": "answered", "lang": "ru", "article": "/ru/billing/refunds/"},
    {"type": "submitted_anyway", "lang": "en", "article": "/en/sync/"},
    {"type": "vote", "lang": "en", "article": "/en/sync/", "helpful": False, "reason": "outdated", "comment": "the menu moved"},
    {"type": "vote", "lang": "en", "article": "/en/sync/", "helpful": True},
]


def send_event(service, event, content_type):
    request = urllib.request.Request(service.base + "/api/events", data=json.dumps(event).encode(), method="POST",
                                     headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def report(*arguments, store):
    return subprocess.run([BINARY, "report", "--store", str(store), *arguments], capture_output=True, text=True, timeout=60)


def test_the_report_counts_what_the_service_stored(site, tmp_path):
    receiver = Receiver(free_port()).start()
    configure(site, receiver.port)
    store = tmp_path / "intake.sqlite"
    service = Service(site, store)
    try:
        for index, event in enumerate(EVENTS):
            # sendBeacon posts text/plain; fetch posts application/json: both are kept.
            assert send_event(service, event, "text/plain;charset=UTF-8" if index % 2 else "application/json") == (202, {"accepted": True})
        assert send_event(service, {"type": "bogus", "lang": "en"}, "application/json")[0] == 400
        assert send_event(service, EVENTS[0], "application/x-www-form-urlencoded")[0] == 415
        assert service.post(READY)[0] == 201
    finally:
        assert service.stop() == 0
        receiver.stop()

    result = report("--json", store=store)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["answered"] == 3 and data["submitted"] == 1
    assert data["self_service_rate"] == 0.75
    assert data["searches"] == 3
    assert data["searches_without_results"] == [{"name": "refund policy", "count": 2}]
    assert data["answering_articles"] == [{"name": "/en/billing/refunds/", "count": 2}, {"name": "/ru/billing/refunds/", "count": 1}]
    assert data["unhelpful_articles"] == [
        {"article": "/en/sync/", "unhelpful": 1, "helpful": 1, "reasons": [{"name": "outdated", "count": 1}], "comments": ["the menu moved"]}
    ]
    assert [entry["count"] for entry in data["requests_by_department"]] == [1]
    assert data["median_first_response_seconds"] is None and data["language"] is None

    text = report("--since", "2w", store=store)
    assert text.returncode == 0, text.stderr
    assert "Self-service rate: 75.0% (3 answered by an article, 1 requests submitted)" in text.stdout
    assert "  2  refund policy" in text.stdout
    assert "reasons: outdated 1" in text.stdout
    assert "Median time to first response: not reported" in text.stdout

    russian = json.loads(report("--lang", "ru", "--json", store=store).stdout)
    assert russian["answered"] == 1 and russian["submitted"] == 0 and russian["self_service_rate"] == 1.0


def test_events_keep_no_address_and_no_other_keys(site, tmp_path):
    configure(site, free_port())
    store = tmp_path / "intake.sqlite"
    service = Service(site, store)
    try:
        event = {"type": "answered", "lang": "en", "article": "/en/x/", "email": "someone@example.com", "name": "Someone"}
        assert send_event(service, event, "application/json")[0] == 202
    finally:
        assert service.stop() == 0
    with sqlite3.connect(store) as database:
        rows = database.execute("SELECT * FROM events").fetchall()
    assert len(rows) == 1
    stored = " ".join(str(value) for value in rows[0])
    assert "someone@example.com" not in stored and "Someone" not in stored and "127.0.0.1" not in stored


def test_report_errors(tmp_path):
    missing = report(store=tmp_path / "none.sqlite")
    assert missing.returncode == 2 and "no request store" in missing.stderr
    for period in ["30", "0d", "-1d", "3m", "999999999999w"]:
        bad = report("--since", period, store=tmp_path / "none.sqlite")
        assert bad.returncode == 2 and "--since" in bad.stderr, period

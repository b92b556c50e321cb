"""Votes on one answer of an FAQ page (issue 11, "Was this helpful?" on FAQ answers): the service accepts the
page's path with the question's #anchor through POST /api/events, and `deskbook report` lists that answer, anchor
and all, among the articles voted unhelpful.

Run with: python3 -m pytest Tests/CommandLine/test_answer_votes.py -q (DESKBOOK_BIN picks the binary).
"""
import json

from test_intake_service import Service, configure, free_port, site  # noqa: F401
from test_report import report, send_event

ANSWER = "/en/faq/general/#is-there-a-free-plan"
RUSSIAN_ANSWER = "/ru/faq/general/#можно-ли-пользоваться-orbitask-на-русском-языке"
VOTES = [
    {"type": "vote", "lang": "en", "article": ANSWER, "helpful": False, "reason": "outdated", "comment": "the limits changed"},
    {"type": "vote", "lang": "en", "article": ANSWER, "helpful": True},
    {"type": "vote", "lang": "en", "article": "/en/faq/general/#what-is-orbitask", "helpful": True},
    {"type": "vote", "lang": "ru", "article": RUSSIAN_ANSWER, "helpful": False},
]


def test_anchored_votes_are_kept_and_reported_per_answer(site, tmp_path):  # noqa: F811 - the fixture
    configure(site, free_port())
    store = tmp_path / "intake.sqlite"
    service = Service(site, store)
    try:
        for index, vote in enumerate(VOTES):
            content_type = "text/plain;charset=UTF-8" if index % 2 else "application/json"
            assert send_event(service, vote, content_type) == (202, {"accepted": True}), vote
        status, answer = send_event(service, {**VOTES[0], "article": "/en/faq/general/#a#b"}, "application/json")
        assert status == 400 and "article" in answer["message"], answer
    finally:
        assert service.stop() == 0

    data = json.loads(report("--json", store=store).stdout)
    assert data["unhelpful_articles"] == [
        {"article": ANSWER, "unhelpful": 1, "helpful": 1, "reasons": [{"name": "outdated", "count": 1}], "comments": ["the limits changed"]},
        {"article": RUSSIAN_ANSWER, "unhelpful": 1, "helpful": 0, "reasons": [], "comments": []},
    ]
    text = report(store=store)
    assert text.returncode == 0, text.stderr
    assert f"1 no, 1 yes  {ANSWER}  reasons: outdated 1" in text.stdout
    assert f"1 no, 0 yes  {RUSSIAN_ANSWER}" in text.stdout

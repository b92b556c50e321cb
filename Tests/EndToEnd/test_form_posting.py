"""The request form posting to the intake service, and the self-service events, in headless Chromium.

Posting runs for real: `deskbook serve` answers the intake API on a throwaway store, so a ready request gets a
ticket number, a filled honeypot a 400, an incomplete request a 422 with the service's findings. Answers a
preview cannot give (a contract or duplicate finding, 413, 415, 429, a lost connection) are stubbed in fetch.

Events go to `/api/events`, which a small recorder on 127.0.0.1 answers while serving the built site, so the
tests see each event as the service would.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from e2e_support import REPO_ROOT, Browser, _SiteHandler, build_site, format_vnu_messages, run_vnu
from test_accessibility import describe, run_axe
from test_request_form import VALID, control, fill, fill_all, findings, open_form, pause, submit, wait_ready, wait_until

WAIT = 60
TICKET = re.compile(r"^\d{4}-\d{6}$")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def service_source(root, limits="  attachment_bytes: 2000\n  attachments: 2\n"):
    """The example site with the intake service as endpoint, the support address as fallback, and small
    attachment limits."""
    shutil.copy(REPO_ROOT / "deskbook.yml", root / "deskbook.yml")
    shutil.copytree(REPO_ROOT / "content", root / "content")
    intake = (REPO_ROOT / "intake.yml").read_text(encoding="utf-8")
    intake = intake.replace("limits:\n", "limits:\n" + limits, 1)
    (root / "intake.yml").write_text(
        intake + "\nsubmit:\n  endpoint: /api/requests\n  email: help@orbitask.example\n", encoding="utf-8"
    )
    return root


@pytest.fixture(scope="module")
def preview(tmp_path_factory, deskbook_bin):
    """`deskbook serve` of the service site: the pages and the intake API on a temporary store."""
    source = service_source(tmp_path_factory.mktemp("service-site"))
    port = free_port()
    process = subprocess.Popen(
        [str(deskbook_bin), "serve", "--source", str(source), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + WAIT
    while True:
        assert process.poll() is None, process.stderr.read()
        try:
            with urllib.request.urlopen(base + "/en/request/", timeout=2):
                break
        except (urllib.error.URLError, OSError):
            assert time.monotonic() < deadline, "the preview did not start"
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def service(driver, preview):
    session = Browser(driver, preview)
    session.set_color_scheme(None)
    return session


def open_service_form(browser, lang="en"):
    """The request form, ready, with the page's own fetch kept as window.__realFetch for the wrappers below."""
    driver = browser.open(f"/{lang}/request/")
    wait_until(driver, "return document.querySelector('[data-request-form]')?.dataset.requestReady === 'true'", "the form")
    driver.execute_script("window.__realFetch = window.fetch;")
    return driver


def record_posts(driver, lose_first_answer=False):
    """Wraps fetch: every POST really goes out, and its URL, headers, body parts and answer are recorded.
    With `lose_first_answer`, the first answer is thrown away as a dropped connection would."""
    driver.execute_script(
        """
        const realFetch = window.__realFetch;
        window.__sent = [];
        let lose = arguments[0];
        window.fetch = async (url, init = {}) => {
          if (init.method !== 'POST') return realFetch(url, init);
          const body = init.body instanceof FormData
            ? {parts: [...init.body.keys()], request: await init.body.get('request').text()}
            : {json: init.body};
          const response = await realFetch(url, init);
          const record = {url: String(url), headers: init.headers, body, status: response.status, answer: await response.clone().text()};
          window.__sent.push(record);
          if (lose) { lose = false; throw new TypeError('Failed to fetch'); }
          return response;
        };
        """,
        lose_first_answer,
    )


def stub_answer(driver, status, body, headers=None):
    """Answers the next POSTs with a canned response instead of the service."""
    driver.execute_script(
        """
        window.__stubbed = [];
        window.fetch = (url, init = {}) => {
          if (init.method !== 'POST') return window.__realFetch(url, init);
          window.__stubbed.push(String(url));
          if (arguments[0] === 0) return Promise.reject(new TypeError('Failed to fetch'));
          return Promise.resolve(new Response(arguments[1], {status: arguments[0], headers: {'Content-Type': 'application/json', ...arguments[2]}}));
        };
        """,
        status, json.dumps(body), headers or {},
    )


def sent_posts(driver):
    return driver.execute_script("return window.__sent")


def result_box(driver):
    return driver.find_element(By.CSS_SELECTOR, "[data-request-result]")


def wait_result(driver, state):
    wait_until(driver, "return document.querySelector('[data-request-result]').dataset.state === arguments[0]", f"the {state} result", state)
    return result_box(driver)


def live_text(driver):
    return driver.execute_script("return document.querySelector('[data-request-status]').textContent")


def ready_request(driver, lang="en"):
    fill_all(driver, VALID[lang])
    wait_ready(driver)


def test_a_ready_request_gets_its_ticket_and_expected_response(service):
    driver = open_service_form(service)
    record_posts(driver)
    ready_request(driver)
    submit(driver)
    box = wait_result(driver, "sent")
    [post] = sent_posts(driver)
    assert post["url"] == "/api/requests" and post["status"] == 201, post
    assert re.fullmatch(r"[0-9a-f]{32}", post["headers"]["Idempotency-Key"]), post["headers"]
    assert post["headers"]["Content-Language"] == "en"
    answer = json.loads(post["answer"])
    assert TICKET.match(answer["ticket"]), answer
    assert f"Your request {answer['ticket']} has been received" in box.text
    assert answer["expected_response"]["first_response_by"]
    assert "Expect the first answer by " in box.text and "(Moscow time)." in box.text, box.text
    assert "If you send it now" not in box.text, "sent: no longer a conditional"
    assert answer["ticket"] in live_text(driver) and "Expect the first answer" in live_text(driver), "announced in the live region"
    assert driver.switch_to.active_element == box
    assert control(driver, "subject").get_attribute("value") == "", "cleared for the next request"


def test_the_russian_form_answers_in_russian(service):
    driver = open_service_form(service, "ru")
    record_posts(driver)
    ready_request(driver, "ru")
    submit(driver)
    box = wait_result(driver, "sent")
    [post] = sent_posts(driver)
    answer = json.loads(post["answer"])
    assert post["headers"]["Content-Language"] == "ru"
    assert f"Ваше обращение {answer['ticket']} принято" in box.text
    assert "Первый ответ придёт до " in box.text and "(по московскому времени)." in box.text, box.text


def test_a_retry_after_a_lost_answer_gets_the_first_ticket(service):
    driver = open_service_form(service)
    record_posts(driver, lose_first_answer=True)
    ready_request(driver)
    submit(driver)
    box = wait_result(driver, "error")
    assert "could not reach the support service" in box.text
    assert box.find_element(By.CSS_SELECTOR, "a[href^='mailto:help@orbitask.example?subject=']"), "the email fallback carries the request"
    assert control(driver, "subject").get_attribute("value") == VALID["en"]["subject"], "kept for the retry"
    submit(driver)
    wait_result(driver, "sent")
    first, second = sent_posts(driver)
    assert first["headers"]["Idempotency-Key"] == second["headers"]["Idempotency-Key"]
    assert first["status"] == second["status"] == 201
    ticket = json.loads(first["answer"])["ticket"]
    assert json.loads(second["answer"])["ticket"] == ticket, "the service answered the retry with the first ticket"
    assert ticket in result_box(driver).text
    # The next request is a new attempt with a new key.
    record_posts(driver)
    driver.execute_script("document.querySelector('[data-request-result]').dataset.state = ''")
    ready_request(driver)
    submit(driver)
    wait_result(driver, "sent")
    [third] = sent_posts(driver)
    assert third["headers"]["Idempotency-Key"] != first["headers"]["Idempotency-Key"]
    assert json.loads(third["answer"])["ticket"] != ticket


def test_files_go_as_multipart_within_the_limits(service, tmp_path):
    driver = open_service_form(service)
    record_posts(driver)
    log = tmp_path / "app.log"
    log.write_text("error 42\n" * 10)
    ready_request(driver)
    control(driver, "logs").send_keys(str(log))
    wait_ready(driver)
    submit(driver)
    wait_result(driver, "sent")
    [post] = sent_posts(driver)
    assert post["status"] == 201, post
    assert post["body"]["parts"] == ["request", "logs"]
    assert json.loads(post["body"]["request"])["logs"] == ["app.log"]
    assert "Content-Type" not in post["headers"], "the browser sets the multipart boundary"


def test_files_over_the_limits_are_caught_before_sending(service, tmp_path):
    driver = open_service_form(service)
    record_posts(driver)
    big = tmp_path / "big.log"
    big.write_bytes(b"x" * 2001)
    ready_request(driver)
    control(driver, "logs").send_keys(str(big))
    pause(driver, 600)
    [(code, severity, text)] = [found for found in findings(driver, "logs") if found[0].startswith("attachments.")]
    assert code == "attachments.too_large" and severity == "error"
    assert "big.log" in text and "2 kB" in text
    small = [tmp_path / f"{name}.png" for name in ("a", "b", "c")]
    for path in small:
        path.write_bytes(b"\x89PNG" + b"0" * 10)
    driver.execute_script("const logs = document.getElementById('request-logs'); logs.value = ''; logs.dispatchEvent(new Event('change'))")
    control(driver, "screenshot").send_keys("\n".join(str(path) for path in small))
    pause(driver, 600)
    assert [found[0] for found in findings(driver, "screenshot")] == ["attachments.too_many"], findings(driver, "screenshot")
    submit(driver)
    pause(driver, 500)
    assert sent_posts(driver) == [], "nothing is sent over the limits"


def test_the_honeypot_is_hidden_and_a_bot_filling_it_is_refused(service):
    driver = open_service_form(service)
    record_posts(driver)
    trap = driver.find_element(By.NAME, "deskbook_website")
    assert driver.execute_script("const box = arguments[0].getBoundingClientRect(); return box.right <= 0 || box.bottom <= 0", trap), "out of sight"
    assert trap.get_attribute("tabindex") == "-1"
    assert driver.execute_script("return arguments[0].closest('[aria-hidden=true]') !== null", trap)
    ready_request(driver)
    driver.execute_script("arguments[0].value = 'https://spam.example'", trap)
    submit(driver)
    box = wait_result(driver, "error")
    [post] = sent_posts(driver)
    assert post["status"] == 400 and json.loads(post["body"]["json"])["deskbook_website"] == "https://spam.example"
    assert "could not accept the request as sent" in box.text
    assert box.find_element(By.CSS_SELECTOR, "a[href^='mailto:help@orbitask.example']")


def test_the_services_findings_show_like_the_browsers(service):
    driver = open_service_form(service)
    record_posts(driver)
    # What an outdated page or a script might send: the service checks it again and answers 422.
    fill(driver, "subject", "help")
    fill(driver, "email", "nope")
    pause(driver, 400)
    driver.execute_script("const form = document.querySelector('[data-request-form]').deskbookRequestForm;"
                          "form.submitted = true; form.post(form.request());")
    box = wait_result(driver, "error")
    [post] = sent_posts(driver)
    assert post["status"] == 422
    answer = json.loads(post["answer"])
    assert "found problems in the request" in box.text
    email_codes = [finding["code"] for finding in answer["findings"] if finding["field"] == "email"]
    assert email_codes and [found[0] for found in findings(driver, "email")] == email_codes


def test_findings_only_the_service_knows_are_shown_until_the_request_changes(service):
    driver = open_service_form(service)
    ready_request(driver)
    stub_answer(driver, 422, {
        "ready": False, "error": "not_ready", "message": "x", "suggestions": [], "route": None, "expected_response": None,
        "findings": [
            {"code": "request.duplicate", "severity": "error", "field": None, "message": "You sent this request as OT-2026-000007 an hour ago."},
            {"code": "contract.expired", "severity": "error", "field": "workspace_id", "message": "The contract of this workspace ended on 1 January."},
        ],
    })
    submit(driver)
    box = wait_result(driver, "error")
    assert "found problems" in box.text
    assert ("request.duplicate", "error", "Error: You sent this request as OT-2026-000007 an hour ago.") in [tuple(found) for found in findings(driver, "")]
    assert [found[0] for found in findings(driver, "workspace_id")] == ["contract.expired"]
    assert control(driver, "workspace_id").get_attribute("aria-invalid") == "true"
    summary = driver.find_element(By.CSS_SELECTOR, "[data-request-summary]")
    assert summary.is_displayed() and "ended on 1 January" in summary.text
    assert driver.execute_script("return document.querySelector('[data-request-form]').dataset.requestState") == "not-ready"
    fill(driver, "workspace_id", "W-77777")
    wait_ready(driver)
    assert findings(driver, "workspace_id") == [] and findings(driver, "") == []


@pytest.mark.parametrize(
    ("status", "headers", "expected"),
    [
        (413, {}, "too large"),
        (415, {}, "could not read the request"),
        (429, {"Retry-After": "30"}, "try again in 30 seconds"),
        (0, {}, "could not reach the support service"),
        (503, {}, "could not be sent"),
    ],
)
def test_each_failure_has_a_clear_message_and_the_email_fallback(service, status, headers, expected):
    driver = open_service_form(service)
    ready_request(driver)
    stub_answer(driver, status, {"error": "x", "message": "y"}, headers)
    submit(driver)
    box = wait_result(driver, "error")
    assert expected in box.text, box.text
    assert expected in live_text(driver)
    assert box.find_element(By.CSS_SELECTOR, "a[href^='mailto:help@orbitask.example?subject=']")


# ----- Self-service events -----


class _EventHandler(_SiteHandler):
    """Serves the built site and records each POST to /api/events (answering 204, as a service would)."""

    def do_POST(self):  # noqa: N802 - http.server's naming
        if self.path != "/api/events":
            self.send_error(404)
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.events.append({"type": self.headers.get("Content-Type"), "event": json.loads(body)})
        self.send_response(204)
        self.end_headers()


@pytest.fixture(scope="module")
def events_site(tmp_path_factory, deskbook_bin):
    root = service_source(tmp_path_factory.mktemp("events-site"))
    output = root / "public"
    build_site(deskbook_bin, root, output)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_EventHandler, directory=str(output)))
    server.events = []
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def events(driver, events_site):
    session = Browser(driver, "http://127.0.0.1:%d" % events_site.server_address[1])
    session.set_color_scheme(None)
    events_site.events.clear()
    session.recorded = events_site.events
    return session


def wait_events(session, count, what):
    deadline = time.monotonic() + WAIT
    while len(session.recorded) < count:
        assert time.monotonic() < deadline, f"timed out waiting for {what}: {session.recorded}"
        time.sleep(0.1)
    return [entry["event"] for entry in session.recorded]


def test_pages_name_the_events_endpoint_and_allow_it(events):
    driver = events.open("/en/account/reset-password/")
    assert driver.execute_script("return document.body.dataset.api") == "/api/events"
    csp = driver.execute_script("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
    assert "connect-src 'self';" in csp, "a site path needs no other source"


def test_a_search_is_reported_once_with_its_final_query_and_count(events):
    driver = events.open("/en/account/")
    box = driver.find_element(By.ID, "search-input")
    box.click()
    for character in "reset password":
        box.send_keys(character)
    [event] = wait_events(events, 1, "the search event")
    assert set(event) == {"type", "lang", "query", "results"}
    assert event["type"] == "search" and event["lang"] == "en" and event["query"] == "reset password"
    assert event["results"] > 0
    assert events.recorded[0]["type"].startswith("text/plain")
    pause(driver, 2000)
    assert len(events.recorded) == 1, "the keystrokes before it are not reported"


def test_yes_and_no_votes_with_a_reason(events):
    driver = events.open("/en/account/reset-password/")
    widget = driver.find_element(By.CSS_SELECTOR, "[data-feedback]")
    wait_until(driver, "return !document.querySelector('[data-feedback]').hidden", "the widget")
    assert widget.find_element(By.CSS_SELECTOR, "legend, h2").text
    for button in widget.find_elements(By.CSS_SELECTOR, "[data-feedback-answer]"):
        assert button.size["height"] >= 44 and button.size["width"] >= 44, button.size
    widget.find_element(By.CSS_SELECTOR, "[data-feedback-answer=yes]").click()
    [vote] = wait_events(events, 1, "the yes vote")
    assert vote == {"type": "vote", "lang": "en", "article": "/en/account/reset-password/", "helpful": True}
    assert driver.switch_to.active_element == widget.find_element(By.CSS_SELECTOR, "[data-feedback-thanks]")

    driver = events.open("/ru/faq/general/")
    widget = driver.find_element(By.CSS_SELECTOR, "[data-feedback]")
    wait_until(driver, "return !document.querySelector('[data-feedback]').hidden", "the widget")
    widget.find_element(By.CSS_SELECTOR, "[data-feedback-answer=no]").click()
    details = widget.find_element(By.CSS_SELECTOR, "[data-feedback-details]")
    assert details.find_element(By.TAG_NAME, "legend").text
    reason = details.find_element(By.CSS_SELECTOR, "input[value=outdated]")
    assert reason.find_element(By.XPATH, "..").size["height"] >= 44
    reason.click()
    details.find_element(By.TAG_NAME, "textarea").send_keys("Экран настроек выглядит иначе")
    details.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    votes = wait_events(events, 2, "the no vote")
    # On an FAQ page the first widget is the first answer's, which votes for the page with that question's anchor.
    assert votes[1] == {"type": "vote", "lang": "ru", "article": "/ru/faq/general/#что-такое-orbitask", "helpful": False, "reason": "outdated",
                        "comment": "Экран настроек выглядит иначе"}


def test_a_no_without_details_is_sent_when_the_page_is_left(events):
    driver = events.open("/en/account/reset-password/")
    wait_until(driver, "return !document.querySelector('[data-feedback]').hidden", "the widget")
    driver.find_element(By.CSS_SELECTOR, "[data-feedback-answer=no]").click()
    events.open("/en/")
    [vote] = wait_events(events, 1, "the vote")
    assert vote == {"type": "vote", "lang": "en", "article": "/en/account/reset-password/", "helpful": False}


def test_suggestions_shown_opened_and_answered_are_reported(events):
    driver = open_form(events)
    fill(driver, "subject", "reset password link expired")
    wait_until(driver, "return !document.querySelector('[data-request-docs]').hidden", "the documentation question")
    shown = wait_events(events, 1, "suggestion_shown")
    assert shown[0] == {"type": "suggestion_shown", "lang": "en", "article": "/en/account/reset-password/"}
    # Opened (the click is kept from navigating, so the test stays on the form).
    driver.execute_script("const a = document.querySelector('[data-request-docs-question] a');"
                          "a.addEventListener('click', (event) => event.preventDefault()); a.click();")
    driver.find_element(By.CSS_SELECTOR, "[data-request-docs-answer=yes]").click()
    deadline = time.monotonic() + WAIT
    while not any(entry["event"]["type"] == "answered" for entry in events.recorded):
        assert time.monotonic() < deadline, events.recorded
        time.sleep(0.1)
    kinds = [entry["event"]["type"] for entry in events.recorded]
    assert "suggestion_opened" in kinds and kinds[-1] == "answered", kinds
    for entry in events.recorded:
        assert set(entry["event"]) <= {"type", "lang", "article", "query", "results"}, entry


def test_sites_without_the_service_have_no_widget_and_send_nothing(browser):
    driver = browser.open("/en/account/reset-password/")
    assert driver.find_elements(By.CSS_SELECTOR, "[data-feedback]") == []
    assert driver.execute_script("return document.body.dataset.api") is None


# ----- The new parts on pages: accessible and valid -----


@pytest.mark.parametrize("scheme", [None, "dark"])
@pytest.mark.parametrize("path", ["/en/account/reset-password/", "/ru/faq/general/"])
def test_axe_finds_no_violations_in_the_vote_widget(events, path, scheme):
    events.set_color_scheme(scheme)
    driver = events.open(path)
    wait_until(driver, "return !document.querySelector('[data-feedback]').hidden", "the widget")
    driver.find_element(By.CSS_SELECTOR, "[data-feedback-answer=no]").click()
    violations = run_axe(events)
    assert not violations, f"{path} ({scheme or 'light'}): {describe(violations)}"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_axe_finds_no_violations_after_a_ticket(service, lang):
    driver = open_service_form(service, lang)
    ready_request(driver, lang)
    submit(driver)
    wait_result(driver, "sent")
    violations = run_axe(service)
    assert not violations, f"/{lang}/request/ after sending: {describe(violations)}"


def test_vnu_finds_no_errors_in_pages_with_the_service(events_site):
    root = Path(events_site.RequestHandlerClass.keywords["directory"])
    files = [root / "en" / "account" / "reset-password" / "index.html", root / "ru" / "faq" / "general" / "index.html",
             root / "en" / "request" / "index.html", root / "ru" / "request" / "index.html"]
    messages = run_vnu(files)
    assert not messages, format_vnu_messages(messages, root)

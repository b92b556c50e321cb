"""The request form (/<lang>/request/), generated from intake.yml, in headless Chromium.

The form checks the request as the customer types with checker.js and the site's rules, shows each finding next
to its field (errors block, warnings advise), suggests articles for the subject and description from the site
search, asks "did this article answer your question?" when one matches with high confidence, and sends the
request to the intake.yml endpoint or, for email-only support, composes a mailto: link. Sending is intercepted:
fetch is stubbed, and the form's cancelable `deskbook:request-mailto` event is cancelled to keep the browser on
the page.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from e2e_support import REPO_ROOT, Browser, SiteServer, build_site
from test_accessibility import describe, run_axe
from test_console import problems

WAIT = 30  # seconds: generous, as a loaded CI machine runs the checker and the search index slowly

# A complete request that matches no article closely: ready to send once filled in.
VALID = {
    "en": {
        "name": "Anna Petrova",
        "email": "anna@example.com",
        "workspace_id": "W-58213",
        "app_version": "3.2.1",
        "platform": "windows",
        "category": "question",
        "subject": "Comments disappear after editing a task",
        "description": "When I edit the text of a task, the comments under it vanish for my colleagues until they reload the page.",
    },
    "ru": {
        "name": "Анна Петрова",
        "email": "anna@example.com",
        "workspace_id": "W-58213",
        "app_version": "3.2.1",
        "platform": "windows",
        "category": "question",
        "subject": "Комментарии пропадают после правки задачи",
        "description": "Когда я меняю текст задачи, комментарии под ней пропадают у коллег, пока они не обновят страницу.",
    },
}
SELECTS = {"platform", "category", "priority"}


# ----- Helpers -----


def open_form(browser, lang="en"):
    browser.open(f"/{lang}/request/")
    driver = browser.driver
    try:
        WebDriverWait(driver, WAIT).until(
            lambda d: d.execute_script("return document.querySelector('[data-request-form]')?.dataset.requestReady === 'true'")
        )
    except TimeoutException as error:
        raise AssertionError(f"the request form did not start; console={browser.console_messages()}") from error
    # Record sends instead of leaving the page or reaching the network.
    driver.execute_script(
        """
        window.__mailto = [];
        window.__posted = [];
        window.__fetchStatus = 201;
        document.querySelector('[data-request-form]').addEventListener('deskbook:request-mailto', (event) => {
          event.preventDefault();
          window.__mailto.push(event.detail.href);
        });
        const realFetch = window.fetch.bind(window);
        window.fetch = (url, init = {}) => {
          if (init.method === 'POST') {
            window.__posted.push({url: String(url), headers: init.headers, body: typeof init.body === 'string' ? init.body : null});
            return Promise.resolve(new Response('{}', {status: window.__fetchStatus, headers: {'Content-Type': 'application/json'}}));
          }
          return realFetch(url, init);
        };
        """
    )
    return driver


def control(driver, field):
    return driver.find_element(By.ID, f"request-{field}")


def fill(driver, field, text):
    element = control(driver, field)
    if field in SELECTS:
        Select(element).select_by_value(text)
    else:
        element.clear()
        element.send_keys(text)
    return element


def fill_all(driver, values):
    for field, text in values.items():
        fill(driver, field, text)


def findings(driver, field):
    """(code, severity, text) of the findings shown for a field ('' for the form as a whole)."""
    return driver.execute_script(
        "return [...document.querySelectorAll(`[data-request-findings=\"${arguments[0]}\"] .request-finding`)]"
        ".map(p => [p.dataset.code, p.dataset.severity, p.textContent])",
        field,
    )


def wait_for_finding(driver, field, code):
    try:
        WebDriverWait(driver, WAIT).until(lambda d: any(found[0] == code for found in findings(d, field)))
    except TimeoutException as error:
        raise AssertionError(f"no {code} finding for {field!r}; shown: {findings(driver, field)}") from error
    return next(found for found in findings(driver, field) if found[0] == code)


def wait_until(driver, script, what, *args):
    try:
        return WebDriverWait(driver, WAIT).until(lambda d: d.execute_script(script, *args))
    except TimeoutException as error:
        raise AssertionError(f"timed out waiting for {what}") from error


def pause(driver, milliseconds=700):
    driver.execute_async_script("const done = arguments[arguments.length - 1]; setTimeout(done, arguments[0]);", milliseconds)


def state(driver):
    return driver.execute_script("return document.querySelector('[data-request-form]').dataset.requestState")


def wait_ready(driver):
    wait_until(driver, "return document.querySelector('[data-request-form]').dataset.requestState === 'ready'", "a ready request")


def submit(driver):
    driver.find_element(By.CSS_SELECTOR, "[data-request-submit]").click()


def suggestion_links(driver):
    return driver.execute_script(
        "return [...document.querySelectorAll('[data-request-suggestion-list] a')]"
        ".map(a => ({path: new URL(a.href).pathname + new URL(a.href).hash, title: a.textContent, score: Number(a.dataset.score)}))"
    )


def sent(driver):
    return driver.execute_script("return {mailto: window.__mailto, posted: window.__posted}")


# ----- The page -----


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_form_fields_come_from_intake_yml(browser, lang):
    driver = open_form(browser, lang)
    labels = {
        label.get_attribute("for"): label.text.replace("*", "").strip()
        for label in driver.find_elements(By.CSS_SELECTOR, ".request-field > label")
    }
    expected = {
        "en": {"request-name": "Your name", "request-workspace_id": "Workspace ID", "request-category": "Request type", "request-logs": "Log file"},
        "ru": {"request-name": "Ваше имя", "request-workspace_id": "ID рабочего пространства", "request-category": "Вид обращения", "request-logs": "Файл журнала"},
    }[lang]
    for input_id, text in expected.items():
        assert labels.get(input_id) == text, labels
    # Types, required markers, hints and options.
    assert control(driver, "email").get_attribute("type") == "email"
    assert control(driver, "description").tag_name == "textarea"
    assert control(driver, "logs").get_attribute("type") == "file"
    assert control(driver, "logs").get_attribute("accept") == ".log,.txt,.zip"
    assert control(driver, "subject").get_attribute("required") == "true"
    assert control(driver, "priority").get_attribute("required") is None
    assert "W-58213" in driver.find_element(By.ID, "request-workspace_id-hint").text
    options = [option.get_attribute("value") for option in Select(control(driver, "category")).options]
    assert options == ["", "question", "software-error", "billing", "account", "feature-request", "follow-up"]
    describedby = control(driver, "workspace_id").get_attribute("aria-describedby").split()
    assert describedby == ["request-workspace_id-hint", "request-workspace_id-findings"]
    # The rules file is hashed and is the checker's input.
    rules_url = driver.find_element(By.CSS_SELECTOR, "[data-request-form]").get_attribute("data-rules-url")
    assert rules_url.startswith("/intake/rules.") and rules_url.endswith(".json")
    assert driver.find_element(By.CSS_SELECTOR, "[data-request-form]").get_attribute("data-email") == "support@orbitask.example"


@pytest.mark.parametrize("path", ["/en/request/", "/ru/request/"])
def test_no_console_errors_or_csp_violations(browser, path):
    open_form(browser, path.split("/")[1])
    fill(browser.driver, "subject", "reset password link expired")
    pause(browser.driver, 900)
    found = problems(browser)
    assert not found, f"{path}:\n" + "\n".join(found)


# ----- Checking as the customer types -----


def test_typing_shows_findings_next_to_the_field(browser):
    driver = open_form(browser)
    email = fill(driver, "email", "anna-at-example")
    code, severity, text = wait_for_finding(driver, "email", "field.format")
    assert severity == "error" and "name@example.com" in text
    assert email.get_attribute("aria-invalid") == "true"
    assert "request-email-findings" in email.get_attribute("aria-describedby").split()
    status = driver.find_element(By.CSS_SELECTOR, "[data-request-status]")
    assert status.get_attribute("aria-live") == "polite"
    wait_until(driver, "return /problem/.test(document.querySelector('[data-request-status]').textContent)", "the live summary")
    # Fixing it removes the finding; untouched fields show nothing yet.
    fill(driver, "email", "anna@example.com")
    wait_until(driver, "return !document.querySelector('#request-email-findings .request-finding')", "the finding to go")
    assert email.get_attribute("aria-invalid") is None
    assert findings(driver, "name") == []


@pytest.mark.parametrize("lang,subject", [("en", "help"), ("en", "Urgent problem"), ("ru", "вопрос")])
def test_a_generic_subject_gets_a_finding(browser, lang, subject):
    driver = open_form(browser, lang)
    fill(driver, "subject", subject)
    code, severity, text = wait_for_finding(driver, "subject", "subject.generic")
    assert severity == "error" and text


def test_a_conditional_field_becomes_required(browser):
    driver = open_form(browser)
    invoice = control(driver, "invoice_number")
    assert invoice.get_attribute("required") is None
    fill(driver, "category", "billing")
    wait_until(driver, "return document.getElementById('request-invoice_number').required", "invoice number to become required")
    star = driver.find_element(By.CSS_SELECTOR, "[data-request-field=invoice_number] .request-field__required")
    assert star.is_displayed()


def test_abusive_words_block_with_a_polite_message(browser):
    driver = open_form(browser)
    fill_all(driver, {**VALID["en"], "description": "Your stupid export skips archived tasks again. Is there a setting that includes them?"})
    code, severity, text = wait_for_finding(driver, "description", "language.abusive")
    assert severity == "error"
    assert "Please rephrase" in text and "stupid" not in text
    submit(driver)
    pause(driver, 300)
    assert sent(driver) == {"mailto": [], "posted": []}
    summary = driver.find_element(By.CSS_SELECTOR, "[data-request-summary]")
    assert summary.is_displayed() and "Please rephrase" in summary.text


def test_markup_is_shown_as_text(browser):
    driver = open_form(browser)
    payload = '<img src=x onerror="window.__ran = true"><script>window.__ran = true</script>'
    fill(driver, "subject", payload)
    fill(driver, "description", payload + " " + payload)
    wait_for_finding(driver, "subject", "field.markup")
    pause(driver, 900)
    try:
        alert = driver.switch_to.alert
        alert.dismiss()
        pytest.fail("script ran from a form field")
    except NoAlertPresentException:
        pass
    assert driver.execute_script("return window.__ran === undefined")
    injected = driver.execute_script("return document.querySelectorAll('main img, main script:not([src]), main [onerror]').length")
    assert injected == 0


# ----- Sending -----


def test_a_missing_required_field_blocks_submit(browser):
    driver = open_form(browser)
    values = dict(VALID["en"])
    del values["workspace_id"]
    fill_all(driver, values)
    submit(driver)
    summary = driver.find_element(By.CSS_SELECTOR, "[data-request-summary]")
    wait_until(driver, "return !document.querySelector('[data-request-summary]').hidden", "the error summary")
    assert driver.switch_to.active_element == summary
    assert sent(driver) == {"mailto": [], "posted": []}
    code, severity, text = wait_for_finding(driver, "workspace_id", "field.required")
    assert "Workspace ID" in text
    links = summary.find_elements(By.CSS_SELECTOR, "a")
    assert any("Workspace ID" in link.text for link in links), [link.text for link in links]
    # The summary links take the keyboard to the field.
    target = next(link for link in links if "Workspace ID" in link.text)
    target.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element == control(driver, "workspace_id")
    # Filled in, the request goes through.
    fill(driver, "workspace_id", "W-58213")
    wait_ready(driver)
    submit(driver)
    wait_until(driver, "return window.__mailto.length === 1", "the email to be composed")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_email_only_support_composes_a_mailto_link(browser, lang):
    driver = open_form(browser, lang)
    values = VALID[lang]
    fill_all(driver, values)
    fill(driver, "priority", "high")
    wait_ready(driver)
    # Route and expected first response are shown before sending.
    outlook = driver.find_element(By.CSS_SELECTOR, "[data-request-outlook]")
    wait_until(driver, "return !document.querySelector('[data-request-outlook]').hidden", "the route")
    assert {"en": "Technical support", "ru": "Техническая поддержка"}[lang] in outlook.text
    assert {"en": "first answer by", "ru": "первый ответ"}[lang] in outlook.text
    submit(driver)
    wait_until(driver, "return window.__mailto.length === 1", "the email to be composed")
    href = sent(driver)["mailto"][0]
    assert href.startswith("mailto:support@orbitask.example?")
    query = parse_qs(urlsplit(href).query)
    assert query["subject"] == [values["subject"]]
    body = query["body"][0]
    assert "\r\n" in body
    assert values["description"] in body and values["workspace_id"] in body and values["name"] in body
    assert {"en": "Windows", "ru": "Windows"}[lang] in body
    assert {"en": "Suggested priority: High", "ru": "Предлагаемый приоритет: Высокий"}[lang] in body
    result = driver.find_element(By.CSS_SELECTOR, "[data-request-result]")
    assert result.is_displayed() and driver.switch_to.active_element == result
    assert result.find_element(By.CSS_SELECTOR, "a[data-request-mailto]").get_attribute("href") == href
    assert sent(driver)["posted"] == []


# ----- Article suggestions and documentation first -----


def test_suggestions_appear_under_the_subject_and_ask_before_sending(browser):
    driver = open_form(browser)
    values = {**VALID["en"], "category": "account", "subject": "reset password link expired",
              "description": "I clicked the link in the email to reset my password, but the page says it has expired."}
    fill(driver, "subject", values["subject"])
    wait_until(driver, "return document.querySelectorAll('[data-request-suggestion-list] a').length > 0", "suggestions")
    panel = driver.find_element(By.CSS_SELECTOR, "[data-request-suggestions]")
    subject_field = driver.find_element(By.CSS_SELECTOR, "[data-request-field=subject]")
    assert driver.execute_script("return arguments[0].previousElementSibling === arguments[1]", panel, subject_field)
    links = suggestion_links(driver)
    assert links[0]["path"] == "/en/account/reset-password/", links
    assert links[0]["score"] >= 0.8
    # A high-confidence article: the form asks whether that named article answered the question (a question,
    # not an error), and waits for the answer.
    docs = driver.find_element(By.CSS_SELECTOR, "[data-request-docs]")
    wait_until(driver, "return !document.querySelector('[data-request-docs]').hidden", "the documentation question")
    assert docs.find_element(By.CSS_SELECTOR, "[data-request-docs-question]").text == "Did “Reset a forgotten password” answer your question?"
    article = docs.find_element(By.CSS_SELECTOR, "[data-request-docs-question] a")
    assert urlsplit(article.get_attribute("href")).path == "/en/account/reset-password/"
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-request-form] .request-finding--error"), "the question is no error"
    fill_all(driver, {key: value for key, value in values.items() if key != "subject"})
    pause(driver, 900)
    assert state(driver) == "not-ready"
    submit(driver)
    pause(driver, 500)
    assert sent(driver)["mailto"] == []
    assert driver.switch_to.active_element == docs
    # "Yes" ends here; "No" lets the request through, flagged docs_checked like `deskbook check` expects.
    docs.find_element(By.CSS_SELECTOR, "[data-request-docs-answer=yes]").click()
    thanks = driver.find_element(By.CSS_SELECTOR, "[data-request-docs-thanks]")
    assert thanks.is_displayed() and driver.switch_to.active_element == thanks
    submit(driver)
    wait_until(driver, "return !document.querySelector('[data-request-docs]').hidden", "the question again")
    # "No, I still need help" goes on with the send at once.
    docs.find_element(By.CSS_SELECTOR, "[data-request-docs-answer=no]").send_keys(Keys.ENTER)
    wait_until(driver, "return window.__mailto.length === 1", "the email to be composed")


def test_russian_suggestions(browser):
    driver = open_form(browser, "ru")
    fill(driver, "subject", "не приходит письмо для сброса пароля")
    wait_until(driver, "return document.querySelectorAll('[data-request-suggestion-list] a').length > 0", "suggestions")
    links = suggestion_links(driver)
    assert links[0]["path"] == "/ru/account/reset-password/", links
    assert all(link["path"].startswith("/ru/") for link in links)


def test_suggestions_and_findings_match_deskbook_check(browser, deskbook_bin, site_dir, tmp_path):
    """The form and `deskbook check` (with the built index) give the same suggestions, scores and findings."""
    driver = open_form(browser)
    request = {**VALID["en"], "category": "account", "subject": "Two-factor authentication lost phone",
               "description": "I lost my phone and cannot get the two-factor code to sign in. Steps: nothing works."}
    fill_all(driver, request)
    wait_until(driver, "return document.querySelectorAll('[data-request-suggestion-list] a').length > 0", "suggestions")
    pause(driver, 900)
    form = driver.execute_script(
        "const c = document.querySelector('[data-request-form]').deskbookRequestForm;"
        "return {suggestions: c.result.suggestions, codes: c.result.findings.map(f => f.code), route: c.result.route};"
    )
    source = tmp_path / "site"
    source.mkdir()
    (source / "intake.yml").write_text((REPO_ROOT / "intake.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (source / "public").symlink_to(site_dir)
    request_file = tmp_path / "request.json"
    request_file.write_text(json.dumps(request), encoding="utf-8")
    result = subprocess.run(
        [str(deskbook_bin), "check", str(request_file), "--source", str(source), "--json", "--lang", "en"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode in (0, 1), result.stderr
    cli = json.loads(result.stdout)
    assert cli["suggestions"], "deskbook check found the built index"
    assert form["suggestions"] == cli["suggestions"]
    assert form["codes"] == [finding["code"] for finding in cli["findings"]]
    assert form["route"] == cli["route"]


# ----- Posting to an endpoint -----


@pytest.fixture(scope="module")
def endpoint_site(tmp_path_factory, deskbook_bin):
    """The example site with `submit: {endpoint: /api/requests, email: ...}` in intake.yml."""
    root = tmp_path_factory.mktemp("endpoint-site")
    shutil.copy(REPO_ROOT / "deskbook.yml", root / "deskbook.yml")
    shutil.copytree(REPO_ROOT / "content", root / "content")
    intake = (REPO_ROOT / "intake.yml").read_text(encoding="utf-8")
    (root / "intake.yml").write_text(intake + "\nsubmit:\n  endpoint: /api/requests\n  email: help@orbitask.example\n", encoding="utf-8")
    output = root / "public"
    build_site(deskbook_bin, root, output)
    with SiteServer(output) as server:
        yield server.base_url


@pytest.fixture
def endpoint_browser(driver, endpoint_site):
    session = Browser(driver, endpoint_site)
    session.set_color_scheme(None)
    return session


def test_the_request_is_posted_as_json(endpoint_browser):
    driver = open_form(endpoint_browser)
    form = driver.find_element(By.CSS_SELECTOR, "[data-request-form]")
    assert form.get_attribute("data-endpoint") == "/api/requests"
    assert form.get_attribute("action").endswith("/api/requests")
    fill_all(driver, VALID["en"])
    wait_ready(driver)
    submit(driver)
    wait_until(driver, "return window.__posted.length === 1", "the POST")
    posted = sent(driver)["posted"][0]
    assert posted["url"] == "/api/requests"
    assert posted["headers"]["Content-Type"] == "application/json"
    assert json.loads(posted["body"]) == VALID["en"]
    assert sent(driver)["mailto"] == []
    result = driver.find_element(By.CSS_SELECTOR, "[data-request-result]")
    wait_until(driver, "return document.querySelector('[data-request-result]').dataset.state === 'sent'", "the confirmation")
    assert "has been sent" in result.text and driver.switch_to.active_element == result
    # The form is cleared for the next request.
    assert control(driver, "subject").get_attribute("value") == ""


def test_a_failed_post_offers_the_email_address(endpoint_browser):
    driver = open_form(endpoint_browser)
    driver.execute_script("window.__fetchStatus = 503;")
    fill_all(driver, VALID["en"])
    wait_ready(driver)
    submit(driver)
    wait_until(driver, "return document.querySelector('[data-request-result]').dataset.state === 'error'", "the error")
    result = driver.find_element(By.CSS_SELECTOR, "[data-request-result]")
    assert "could not be sent" in result.text
    assert result.find_element(By.CSS_SELECTOR, "a[href^='mailto:help@orbitask.example']")
    assert control(driver, "subject").get_attribute("value") == VALID["en"]["subject"], "the text is kept for another try"


# ----- Accessibility -----


@pytest.mark.parametrize("scheme", [None, "dark"])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_axe_finds_no_violations(browser, lang, scheme):
    browser.set_color_scheme(scheme)
    driver = open_form(browser, lang)
    violations = run_axe(browser)
    assert not violations, f"/{lang}/request/ ({scheme or 'light'}): {describe(violations)}"
    # With findings, the error summary, suggestions and the documentation question on screen.
    fill(driver, "subject", {"en": "reset password link expired", "ru": "не приходит письмо для сброса пароля"}[lang])
    fill(driver, "email", "nope")
    fill(driver, "description", "stupid")
    wait_until(driver, "return document.querySelectorAll('[data-request-suggestion-list] a').length > 0", "suggestions")
    if lang == "en":
        wait_until(driver, "return !document.querySelector('[data-request-docs]').hidden", "the documentation question")
    submit(driver)
    pause(driver, 600)
    fill(driver, "workspace_id", "W-1")
    pause(driver, 600)
    violations = run_axe(browser)
    assert not violations, f"/{lang}/request/ with findings ({scheme or 'light'}): {describe(violations)}"


# ----- Build -----


def test_a_bad_intake_yml_stops_the_build_with_file_and_line(deskbook_bin, tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "deskbook.yml").write_text("title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\n", encoding="utf-8")
    (root / "content" / "en").mkdir(parents=True)
    (root / "content" / "en" / "a.md").write_text("---\ntitle: A\n---\nText\n", encoding="utf-8")
    (root / "intake.yml").write_text(
        "fields:\n"
        "  - id: subject\n"
        "    label: Subject\n"
        "  - id: code\n"
        "    label: Code\n"
        "    pattern: '[0-9'\n"
        "    example: '1'\n"
        "schedule:\n"
        "  time_zone: Mars/Olympus\n"
        "  targets: {normal: {response: 1 working day}}\n"
        "colour: red\n",
        encoding="utf-8",
    )
    output = root / "public"
    result = subprocess.run([str(deskbook_bin), "build", "--source", str(root)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result
    lines = result.stderr.splitlines()
    intake = str(root / "intake.yml")
    assert any(line.startswith(f"{intake}:6:14: error: invalid regular expression") for line in lines), lines
    assert any(line.startswith(f"{intake}:9:") and "Mars/Olympus" in line for line in lines), lines
    assert any(line.startswith(f"{intake}:11:1: error: unknown key 'colour'") for line in lines), lines
    assert not output.exists(), "a failed build writes nothing"

"""The search box and the search page, in headless Chromium, against the index `deskbook build` writes.

The header box is an ARIA 1.2 combobox: results appear as you type, ArrowUp/ArrowDown move through them,
Enter opens the highlighted result, or the search page when none is highlighted; Escape closes the list.
The search page /<lang>/search/?q= renders the full list. Text from a query or from an article is always shown as text, never run.
"""

from __future__ import annotations

import re
import subprocess
from urllib.parse import quote, urlsplit

import pytest
from selenium.common.exceptions import TimeoutException, UnexpectedAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from e2e_support import Browser, SiteServer, assert_no_alert, build_site, write_english_site
from test_accessibility import describe, run_axe as run_axe_on_page

WAIT = 15  # seconds: the first query also loads the runtime and the index bootstrap

INJECTION = "<img src=x onerror=alert(1)>"
SCRIPT_INJECTION = "<script>alert(2)</script>"


# ----- Helpers -----


def search_input(driver):
    return driver.find_element(By.ID, "search-input")


def listbox(driver):
    return driver.find_element(By.ID, "search-results")


def options(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#search-results [role=option]")


def result_options(driver):
    """The options that are results (not the trailing "see all results" option)."""
    return driver.find_elements(By.CSS_SELECTOR, "#search-results [role=option]:not([data-search-all])")


def type_query(browser, text: str):
    box = search_input(browser.driver)
    box.click()
    box.clear()
    box.send_keys(text)
    return box


def wait_for_results(browser, minimum: int = 1):
    driver = browser.driver
    try:
        WebDriverWait(driver, WAIT).until(
            lambda d: listbox(d).get_attribute("hidden") is None and len(result_options(d)) >= minimum
        )
    except TimeoutException as error:
        raise AssertionError(
            f"no search results appeared; status={status_text(driver)!r}, help={help_text(driver)!r}, "
            f"console={browser.console_messages()}"
        ) from error
    return result_options(driver)


def wait_for_help(browser):
    driver = browser.driver
    try:
        WebDriverWait(driver, WAIT).until(
            lambda d: d.find_element(By.CSS_SELECTOR, "[data-search-help]").get_attribute("hidden") is None
        )
    except TimeoutException as error:
        raise AssertionError(
            f"the no-results help did not appear; options={len(options(driver))}, status={status_text(driver)!r}, "
            f"console={browser.console_messages()}"
        ) from error
    return driver.find_element(By.CSS_SELECTOR, "[data-search-help]")


def status_text(driver) -> str:
    return driver.find_element(By.CSS_SELECTOR, "[data-search-status]").get_attribute("textContent")


def help_text(driver) -> str:
    return driver.find_element(By.CSS_SELECTOR, "[data-search-help]").get_attribute("textContent")


def wait_for_status(driver, predicate, what: str):
    try:
        WebDriverWait(driver, WAIT).until(lambda d: predicate(status_text(d)))
    except TimeoutException as error:
        raise AssertionError(f"the live region never said {what}; it says {status_text(driver)!r}") from error
    return status_text(driver)


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")


def pause(driver, milliseconds: int = 300):
    driver.execute_async_script("const done = arguments[arguments.length - 1]; setTimeout(done, arguments[0]);", milliseconds)




def injected_elements(driver, root_selector: str) -> list[str]:
    """Elements under `root_selector` that no search markup creates: anything that could carry script."""
    return driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].flatMap(root =>"
        " [...root.querySelectorAll('img, script, iframe, svg, object, embed, b, [onerror], [onclick]')])"
        ".map(e => e.outerHTML.slice(0, 120))",
        root_selector,
    )


def wait_page_state(browser, states=("results", "no-results", "error")):
    try:
        WebDriverWait(browser.driver, WAIT).until(
            lambda d: d.execute_script("return document.body.dataset.searchState") in states
        )
    except TimeoutException as error:
        raise AssertionError(
            f"the search page did not finish; state={browser.driver.execute_script('return document.body.dataset.searchState')!r}, "
            f"console={browser.console_messages()}"
        ) from error
    return browser.driver.execute_script("return document.body.dataset.searchState")


# ----- Typing in the header box -----


def test_typing_shows_results_and_enter_opens_the_search_page(browser):
    browser.open("/en/")
    driver = browser.driver
    box = type_query(browser, "the password reset link has expired")
    found = wait_for_results(browser)
    assert box.get_attribute("aria-expanded") == "true"
    paths = [path_of(option.get_attribute("href")) for option in found]
    assert all(path.startswith("/en/") for path in paths), f"results outside the page language: {paths}"
    assert any(path.startswith("/en/account/reset-password/") for path in paths), paths
    # Each result shows its title and a localized kind label.
    for option in found:
        assert option.find_element(By.CSS_SELECTOR, ".search-result__title").text.strip()
        assert option.find_element(By.CSS_SELECTOR, ".search-result__kind").get_attribute("textContent") in {"Article", "FAQ", "Policy"}
    box.send_keys(Keys.ENTER)
    browser.wait_for_path("/en/search/?q=the+password+reset+link+has+expired")


def test_enter_right_after_typing_opens_the_search_page(browser):
    """Enter pressed within the debounce delay opens the results of what was typed."""
    browser.open("/en/")
    box = type_query(browser, "refund")
    box.send_keys(Keys.ENTER)
    browser.wait_for_path("/en/search/?q=refund")


def test_live_region_announces_the_number_of_results(browser):
    browser.open("/en/account/")
    type_query(browser, "invoice")
    found = wait_for_results(browser)
    message = wait_for_status(browser.driver, lambda text: any(ch.isdigit() for ch in text), "a count")
    assert str(len(found)) in message and "result" in message, message
    assert browser.driver.find_element(By.CSS_SELECTOR, "[data-search-status]").get_attribute("aria-live") == "polite"


def fetched(driver) -> list[str]:
    """The paths of every resource the page has fetched so far."""
    return [urlsplit(url).path for url in driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")]


def test_focus_loads_the_runtime_and_the_manifest_at_its_fixed_address(browser):
    """Pages name no index file: focusing the box loads the runtime and its language's manifest from the fixed
    address search/<lang>/index.json, so the first query fetches only the files its words need."""
    driver = browser.open("/ru/")
    assert "data-search-manifest" not in driver.page_source
    search_input(driver).click()
    WebDriverWait(driver, WAIT).until(lambda d: "/search/ru/index.json" in fetched(d))
    before = fetched(driver)
    assert "/search/search.js" in before
    type_query(browser, "пароль")
    wait_for_results(browser)
    later = fetched(driver)[len(before):]
    assert later and all(re.search(r"/search/ru/[sdmc]\.[0-9a-f]+\.(bin|json)$", path) for path in later), later
    assert fetched(driver).count("/search/ru/index.json") == 1


def test_kinds_are_labelled(browser):
    """FAQ answers and policies are labelled as such (in the page language)."""
    browser.open("/en/")
    type_query(browser, "will support ever ask for my password")
    found = wait_for_results(browser)
    kinds = {
        option.get_attribute("data-kind"): option.find_element(By.CSS_SELECTOR, ".search-result__kind").get_attribute("textContent")
        for option in found
    }
    assert "faq" in kinds, f"an FAQ answer should be among the results: {kinds}"
    assert kinds["faq"] == "FAQ"


def test_keyboard_navigation(browser):
    browser.open("/en/")
    driver = browser.driver
    box = type_query(browser, "sync")
    found = wait_for_results(browser, minimum=2)
    ids = [option.get_attribute("id") for option in options(driver)]
    assert len(set(ids)) == len(ids) and all(ids), ids

    def active():
        return box.get_attribute("aria-activedescendant")

    def selected():
        return [option.get_attribute("id") for option in options(driver) if option.get_attribute("aria-selected") == "true"]

    assert active() in (None, ""), "nothing is highlighted before the arrows are used"
    box.send_keys(Keys.ARROW_DOWN)
    assert active() == ids[0] and selected() == [ids[0]]
    box.send_keys(Keys.ARROW_DOWN)
    assert active() == ids[1] and selected() == [ids[1]]
    box.send_keys(Keys.ARROW_UP)
    assert active() == ids[0] and selected() == [ids[0]]
    box.send_keys(Keys.ARROW_UP)
    assert active() in (None, ""), "ArrowUp from the first result returns to the text box"
    box.send_keys(Keys.ARROW_UP)
    assert active() == ids[-1], "ArrowUp from the text box wraps to the last option"
    box.send_keys(Keys.ARROW_DOWN)
    assert active() == ids[0], "ArrowDown from the last option wraps to the first"
    assert driver.switch_to.active_element == box, "focus stays in the text box"

    # Escape closes the list; ArrowDown opens it again.
    box.send_keys(Keys.ESCAPE)
    assert listbox(driver).get_attribute("hidden") is not None
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("value") == "sync", "the first Escape keeps the query"
    box.send_keys(Keys.ARROW_DOWN)
    assert listbox(driver).get_attribute("hidden") is None and active() == ids[0]

    # Enter opens the highlighted result, here the second one.
    box.send_keys(Keys.ARROW_DOWN)
    second = path_of(found[1].get_attribute("href"))
    box.send_keys(Keys.ENTER)
    browser.wait_for_path(second)


def test_clicking_a_result_opens_it(browser):
    browser.open("/en/")
    type_query(browser, "desktop app crashes")
    found = wait_for_results(browser)
    target = path_of(found[0].get_attribute("href"))
    found[0].click()
    browser.wait_for_path(target)


def test_see_all_results_opens_the_search_page(browser):
    browser.open("/en/")
    box = type_query(browser, "two-factor authentication")
    wait_for_results(browser)
    last = options(browser.driver)[-1]
    assert last.get_attribute("data-search-all") is not None
    box.send_keys(Keys.ARROW_UP)  # from the text box to the last option
    box.send_keys(Keys.ENTER)
    browser.wait_for_path("/en/search/?q=" + quote("two-factor authentication", safe="").replace("%20", "+"))
    assert wait_page_state(browser) == "results"


# ----- Languages -----


def test_russian_query_on_a_russian_page_finds_russian_articles(browser):
    browser.open("/ru/")
    driver = browser.driver
    type_query(browser, "не приходит письмо для сброса пароля")
    found = wait_for_results(browser)
    paths = [path_of(option.get_attribute("href")) for option in found]
    assert all(path.startswith("/ru/") for path in paths), f"results outside the page language: {paths}"
    assert any(path.startswith("/ru/account/reset-password/") for path in paths), paths
    first_title = found[0].find_element(By.CSS_SELECTOR, ".search-result__title").text
    assert any("а" <= ch.lower() <= "я" for ch in first_title), f"the first title is not Russian: {first_title!r}"
    kinds = {option.find_element(By.CSS_SELECTOR, ".search-result__kind").get_attribute("textContent") for option in found}
    assert kinds <= {"Статья", "Вопросы и ответы", "Правила"}, kinds
    assert "Найдено" in wait_for_status(driver, lambda text: "Найдено" in text, "a Russian count")


def test_english_page_does_not_show_russian_results(browser):
    browser.open("/en/billing/")
    type_query(browser, "refund")
    found = wait_for_results(browser)
    assert all(path_of(option.get_attribute("href")).startswith("/en/") for option in found)


# ----- Nothing found -----


def test_no_results_offers_the_request_form(browser):
    browser.open("/en/")
    driver = browser.driver
    box = type_query(browser, "qwzxv plorkt")
    panel = wait_for_help(browser)
    assert not result_options(driver)
    assert box.get_attribute("aria-expanded") == "false"
    link = panel.find_element(By.CSS_SELECTOR, "a[data-search-request-link]")
    assert path_of(link.get_attribute("href")) == "/en/request/"
    assert link.text.strip()
    assert "No articles" in panel.text
    wait_for_status(driver, lambda text: "No articles" in text, "that nothing was found")


def test_no_results_on_a_russian_page_is_russian(browser):
    browser.open("/ru/")
    type_query(browser, "qwzxv plorkt")
    panel = wait_for_help(browser)
    link = panel.find_element(By.CSS_SELECTOR, "a[data-search-request-link]")
    assert path_of(link.get_attribute("href")) == "/ru/request/"
    assert "ничего не найдено" in panel.text


# ----- The search page -----


def test_search_page_renders_results_from_the_url(browser):
    browser.open("/en/search/?q=" + quote("how do I get a refund"))
    driver = browser.driver
    assert wait_page_state(browser) == "results"
    assert driver.find_element(By.ID, "search-page-input").get_attribute("value") == "how do I get a refund"
    items = driver.find_elements(By.CSS_SELECTOR, "[data-search-page-results] > li")
    assert items, "no results listed"
    links = [item.find_element(By.CSS_SELECTOR, "a").get_attribute("href") for item in items]
    assert all(path_of(link).startswith("/en/") for link in links), links
    assert any("refund" in path_of(link) for link in links), links
    for item in items:
        assert item.find_element(By.CSS_SELECTOR, ".kind-badge").text.strip()
    status = driver.find_element(By.CSS_SELECTOR, "[data-search-page-status]")
    assert str(len(items)) in status.text, status.text
    assert status.get_attribute("aria-live") == "polite"
    # A result opens its page.
    target = path_of(links[0])
    items[0].find_element(By.CSS_SELECTOR, "a").click()
    browser.wait_for_path(target)


def test_search_page_in_russian(browser):
    browser.open("/ru/search/?q=" + quote("как вернуть деньги за подписку"))
    assert wait_page_state(browser) == "results"
    links = [a.get_attribute("href") for a in browser.driver.find_elements(By.CSS_SELECTOR, "[data-search-page-results] a")]
    assert links and all(path_of(link).startswith("/ru/") for link in links), links


def test_search_page_form_searches_again(browser):
    browser.open("/en/search/?q=invoice")
    driver = browser.driver
    wait_page_state(browser)
    field = driver.find_element(By.ID, "search-page-input")
    field.clear()
    field.send_keys("qwzxv plorkt", Keys.ENTER)
    WebDriverWait(driver, WAIT).until(lambda d: "plorkt" in d.current_url)
    assert wait_page_state(browser, ("no-results",)) == "no-results"
    link = driver.find_element(By.CSS_SELECTOR, ".search-page__help a[data-search-request-link]")
    assert path_of(link.get_attribute("href")) == "/en/request/"
    driver.back()
    WebDriverWait(driver, WAIT).until(lambda d: d.find_element(By.ID, "search-page-input").get_attribute("value") == "invoice")
    assert wait_page_state(browser, ("results",)) == "results"


def test_search_page_offers_the_corrected_query(browser):
    """A misspelled query still finds the page, and the page offers the corrected spelling."""
    browser.open("/en/search/?q=" + quote("pasword reset"))
    driver = browser.driver
    assert wait_page_state(browser) == "results"
    links = [path_of(a.get_attribute("href")) for a in driver.find_elements(By.CSS_SELECTOR, "[data-search-page-results] a")]
    assert "/en/account/reset-password/" in links[:3], links
    try:
        WebDriverWait(driver, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "a[data-search-suggestion]"))
    except TimeoutException as error:
        raise AssertionError("no 'Did you mean' link for a misspelled query") from error
    suggestion = driver.find_element(By.CSS_SELECTOR, "a[data-search-suggestion]")
    assert suggestion.text == "password reset"
    assert "Did you mean" in suggestion.find_element(By.XPATH, "..").text
    suggestion.click()
    browser.wait_for_path("/en/search/?q=password+reset")
    assert wait_page_state(browser) == "results"


def test_search_page_without_a_query(browser):
    browser.open("/en/search/")
    driver = browser.driver
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-search-page-results] > li")
    assert driver.find_element(By.CSS_SELECTOR, "[data-search-page-status]").text.strip()


# ----- Script injection -----


@pytest.mark.parametrize("payload", [INJECTION, SCRIPT_INJECTION, f"password {INJECTION}", f'"><svg onload=alert(3)> refund'])
def test_injection_in_the_query_is_text(browser, payload):
    browser.open("/en/")
    driver = browser.driver
    try:
        box = type_query(browser, payload)
        WebDriverWait(driver, WAIT).until(
            lambda d: result_options(d) or d.find_element(By.CSS_SELECTOR, "[data-search-help]").get_attribute("hidden") is None
        )
        pause(driver)
        if result_options(driver):
            box.send_keys(Keys.ARROW_DOWN)
    except UnexpectedAlertPresentException as error:
        pytest.fail(f"the query ran as script: {error.alert_text}")
    assert_no_alert(driver, "while searching")
    assert not injected_elements(driver, "[data-search-form]"), injected_elements(driver, "[data-search-form]")
    assert box.get_attribute("value") == payload
    assert not [v for v in browser.csp_violations() if v["directive"].startswith("script-src")], browser.csp_violations()


@pytest.mark.parametrize("payload", [INJECTION, SCRIPT_INJECTION, f"refund {INJECTION}"])
def test_injection_in_the_search_page_url_is_text(browser, payload):
    try:
        browser.open("/en/search/?q=" + quote(payload))
        wait_page_state(browser)
        pause(browser.driver)
    except UnexpectedAlertPresentException as error:
        pytest.fail(f"the query in the URL ran as script: {error.alert_text}")
    driver = browser.driver
    assert_no_alert(driver, "on the search page")
    assert driver.find_element(By.ID, "search-page-input").get_attribute("value") == payload
    assert not injected_elements(driver, "main"), injected_elements(driver, "main")
    assert not [v for v in browser.csp_violations() if v["directive"].startswith("script-src")], browser.csp_violations()


UNSAFE_ARTICLE = """\
---
title: "Zebrafox <img src=x onerror=alert(11)> guide"
description: "Zebrafox <script>alert(12)</script> summary"
---
Zebrafox setup explained. Type `<img src=x onerror=alert(13)>` into the zebrafox field, then
&lt;script&gt;alert(14)&lt;/script&gt; appears as text. Zebrafox <b onclick="alert(15)">bold</b> words.

## Zebrafox <svg onload=alert(16)> heading

More zebrafox text with \\<iframe src=javascript:alert(17)\\> inside.
"""

UNSAFE_FAQ = """\
---
title: Zebrafox questions
kind: faq
---
## Is zebrafox <img src=x onerror=alert(21)> safe?

Zebrafox answers `<script>alert(22)</script>` as text.
"""


@pytest.fixture(scope="module")
def unsafe_search_site(tmp_path_factory, deskbook_bin):
    source = tmp_path_factory.mktemp("unsafe-search-site")
    write_english_site(source, "Unsafe search test", {
        "guides/_index.md": "---\ntitle: Guides\n---\nGuides.\n",
        "guides/zebrafox.md": UNSAFE_ARTICLE,
        "guides/zebrafox-faq.md": UNSAFE_FAQ,
    })
    output = source / "public"
    build_site(deskbook_bin, source, output)
    with SiteServer(output) as server:
        yield server.base_url


def test_injection_in_article_text_is_text(driver, unsafe_search_site):
    browser = Browser(driver, unsafe_search_site)
    try:
        browser.open("/en/")
        box = type_query(browser, "zebrafox")
        found = wait_for_results(browser)
        box.send_keys(Keys.ARROW_DOWN)
        pause(driver)
    except UnexpectedAlertPresentException as error:
        pytest.fail(f"article text ran as script in the results: {error.alert_text}")
    assert_no_alert(driver, "while showing results")
    assert not injected_elements(driver, "#search-results"), injected_elements(driver, "#search-results")
    titles = [option.find_element(By.CSS_SELECTOR, ".search-result__title").get_attribute("textContent") for option in found]
    assert any("<img src=x onerror=alert(11)>" in title for title in titles), f"the title must be shown as text: {titles}"
    # Excerpts carry only text and <mark> highlights.
    tags = driver.execute_script(
        "return [...document.querySelectorAll('#search-results .search-result__excerpt *')].map(e => e.localName)"
    )
    assert set(tags) <= {"mark"}, tags
    assert not [v for v in browser.csp_violations() if v["directive"].startswith("script-src")], browser.csp_violations()

    try:
        browser.open("/en/search/?q=zebrafox")
        wait_page_state(browser, ("results",))
        pause(driver)
    except UnexpectedAlertPresentException as error:
        pytest.fail(f"article text ran as script on the search page: {error.alert_text}")
    assert_no_alert(driver, "on the search page")
    assert not injected_elements(driver, "[data-search-page-results]"), injected_elements(driver, "[data-search-page-results]")
    text = driver.find_element(By.CSS_SELECTOR, "[data-search-page-results]").get_attribute("textContent")
    assert "<img src=x onerror=alert(11)>" in text, text[:500]


# ----- A site under a base path -----


@pytest.fixture(scope="module")
def base_path_site(tmp_path_factory, deskbook_bin, source_dir):
    """The example site built for https://help.example/docs/ and served under /docs/."""
    root = tmp_path_factory.mktemp("base-path-site")
    output = root / "docs"
    result = subprocess.run(
        [str(deskbook_bin), "build", "--source", str(source_dir), "--output", str(output),
         "--base-url", "https://help.example/docs/"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    with SiteServer(root) as server:
        yield server.base_url


def test_search_under_a_base_path(driver, base_path_site):
    """The runtime, its index and the result links all live under the site's base path."""
    browser = Browser(driver, base_path_site)
    browser.open("/docs/en/")
    form = driver.find_element(By.CSS_SELECTOR, "[data-search-form]")
    assert form.get_attribute("data-search-runtime") == "/docs/search/search.js"
    box = type_query(browser, "refund")
    found = wait_for_results(browser)
    paths = [path_of(option.get_attribute("href")) for option in found]
    assert all(path.startswith("/docs/en/") for path in paths), paths
    box.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
    browser.wait_for_path(paths[0])
    browser.open("/docs/en/search/?q=invoice")
    assert wait_page_state(browser) == "results"
    links = [path_of(a.get_attribute("href")) for a in driver.find_elements(By.CSS_SELECTOR, "[data-search-page-results] a")]
    assert links and all(link.startswith("/docs/en/") for link in links), links


# ----- Accessibility -----

# axe-core 3.1.1 (the version axe-selenium-python ships) knows only the ARIA 1.1 combobox, which must *own*
# its popup. The ARIA 1.2 pattern the header uses (an <input role=combobox> that points at its listbox
# with aria-controls, as the WAI-ARIA Authoring Practices recommend) makes it report "required child role
# not present: listbox" on the input while the list is open. Only that (rule, element) pair is ignored,
# and only while the listbox it controls is really there, visible, with options.
EXPANDED_COMBOBOX_FALSE_POSITIVE = ("aria-required-children", "input#search-input[role=combobox][aria-expanded=true]")


def run_axe(browser):
    rule, selector = EXPANDED_COMBOBOX_FALSE_POSITIVE
    popup_ok = browser.driver.execute_script(
        "const input = document.querySelector(arguments[0]);"
        "const popup = input && document.getElementById(input.getAttribute('aria-controls'));"
        "return !!popup && popup.getAttribute('role') === 'listbox' && !popup.hidden"
        " && popup.querySelectorAll('[role=option]').length > 0;",
        selector,
    )
    violations = []
    for violation in run_axe_on_page(browser):
        if violation["id"] == rule and popup_ok:
            nodes = [
                node
                for node in violation["nodes"]
                if not browser.driver.execute_script(
                    "return document.querySelector(arguments[0]) === document.querySelector(arguments[1])",
                    " ".join(map(str, node["target"])),
                    selector,
                )
            ]
            if not nodes:
                continue
            violation = {**violation, "nodes": nodes}
        violations.append(violation)
    return violations



def test_axe_with_the_dropdown_open(browser):
    browser.open("/en/account/reset-password/")
    box = type_query(browser, "reset password")
    wait_for_results(browser, minimum=2)
    box.send_keys(Keys.ARROW_DOWN)
    violations = run_axe(browser)
    assert not violations, f"{len(violations)} axe violations with the results open:\n{describe(violations)}"


def test_axe_with_the_dropdown_open_dark(browser):
    browser.set_color_scheme("dark")
    browser.open("/ru/")
    box = type_query(browser, "сброс пароля")
    wait_for_results(browser)
    box.send_keys(Keys.ARROW_DOWN)
    violations = run_axe(browser)
    assert not violations, f"{len(violations)} axe violations with the results open (dark):\n{describe(violations)}"


def test_axe_with_no_results_help_open(browser):
    browser.open("/en/")
    type_query(browser, "qwzxv plorkt")
    wait_for_help(browser)
    violations = run_axe(browser)
    assert not violations, f"{len(violations)} axe violations with the no-results help open:\n{describe(violations)}"


@pytest.mark.parametrize("path", ["/en/search/?q=refund", "/ru/search/?q=" + quote("пароль"), "/en/search/?q=qwzxv"])
def test_axe_on_the_search_page(browser, path):
    browser.open(path)
    wait_page_state(browser)
    violations = run_axe(browser)
    assert not violations, f"{path}: {len(violations)} axe violations:\n{describe(violations)}"


def test_search_causes_no_console_errors_or_csp_violations(browser):
    browser.open("/en/")
    type_query(browser, "sync conflict")
    wait_for_results(browser)
    pause(browser.driver, 200)
    errors = [entry for entry in browser.console_messages() if entry["level"] == "SEVERE"]
    assert not errors, errors
    assert not browser.csp_violations(), browser.csp_violations()

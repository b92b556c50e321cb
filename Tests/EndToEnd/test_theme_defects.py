"""The defects of issue 11 (theme, search and request form as customers use them), in headless Chromium.

Each test reproduces one defect as a customer meets it on the example site.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_request_form import open_form
from test_search import path_of, pause, type_query, wait_for_results, wait_page_state, wait_for_status


# ----- 1. Enter in the search box opens the results, the arrow keys pick one -----


def test_enter_opens_the_results_page_not_the_first_live_result(browser):
    """A question with a poor live match ("moon" matched through "soon") goes to the full results on Enter."""
    browser.open("/en/")
    box = type_query(browser, "how do I fly to the moon")
    wait_for_status(browser.driver, lambda text: text.strip() != "", "whether anything was found")
    box.send_keys(Keys.ENTER)
    browser.wait_for_path("/en/search/?q=how+do+I+fly+to+the+moon")


def test_enter_opens_the_result_picked_with_the_arrow_keys(browser):
    browser.open("/en/")
    box = type_query(browser, "sync")
    found = wait_for_results(browser, minimum=2)
    second = path_of(found[1].get_attribute("href"))
    box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER)
    browser.wait_for_path(second)


# ----- 3. The results page -----


def page_text(driver, selector: str) -> str:
    return " ".join(e.get_attribute("textContent") for e in driver.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed())


def test_results_page_says_nothing_was_found_once(browser):
    driver = browser.open("/en/search/?q=qwzxv+plorkt")
    assert wait_page_state(browser) == "no-results"
    main = driver.find_element(By.ID, "main").text
    assert main.count("No articles match your question.") == 1, main


def test_russian_question_on_the_english_results_page_offers_russian_results(browser):
    driver = browser.open("/en/search/?q=" + "не приходит письмо для сброса пароля".replace(" ", "+"))
    wait_page_state(browser)
    links = driver.find_elements(By.CSS_SELECTOR, "[data-search-other-language]")
    assert len(links) == 1 and links[0].is_displayed(), driver.find_element(By.ID, "main").text
    target = urlsplit(links[0].get_attribute("href"))
    assert target.path == "/ru/search/"
    assert parse_qs(target.query)["q"] == ["не приходит письмо для сброса пароля"]
    links[0].click()
    assert wait_page_state(browser) == "results"


def test_english_question_on_the_english_results_page_has_no_language_hint(browser):
    driver = browser.open("/en/search/?q=reset+password")
    wait_page_state(browser)
    assert not [e for e in driver.find_elements(By.CSS_SELECTOR, "[data-search-other-language]") if e.is_displayed()]


def test_language_switcher_keeps_the_query(browser):
    driver = browser.open("/en/search/?q=invoice")
    wait_page_state(browser)
    russian = driver.find_element(By.CSS_SELECTOR, '.language-switcher a[hreflang="ru"]')
    assert path_of(russian.get_attribute("href")) == "/ru/search/?q=invoice"
    # A new search on the page moves the switcher along.
    field = driver.find_element(By.ID, "search-page-input")
    field.clear()
    field.send_keys("refund", Keys.ENTER)
    pause(driver)
    wait_page_state(browser)
    assert path_of(russian.get_attribute("href")) == "/ru/search/?q=refund"


# ----- 6. Order of the request form, and a file input in the page's language -----


def test_subject_and_description_come_first(browser):
    for lang in ("en", "ru"):
        driver = open_form(browser, lang)
        fields = [f.get_attribute("data-request-field") for f in driver.find_elements(By.CSS_SELECTOR, "[data-request-field]")]
        assert fields[:2] == ["subject", "description"], fields
        assert {"name", "email", "platform", "category"} <= set(fields[2:]), fields


def test_file_pickers_speak_the_pages_language(browser, tmp_path):
    driver = open_form(browser, "ru")
    pickers = driver.find_elements(By.CSS_SELECTOR, ".file-picker")
    assert pickers, "the example form has file fields"
    for picker in pickers:
        assert picker.find_element(By.CSS_SELECTOR, ".file-picker__button").text == "Выбрать файлы"
        assert picker.find_element(By.CSS_SELECTOR, "[data-file-names]").text == "Файл не выбран"
        native = picker.find_element(By.CSS_SELECTOR, "input[type=file]")
        assert driver.execute_script("return getComputedStyle(arguments[0]).opacity", native) == "0"
        size = native.size
        assert size["height"] >= 44, size  # the whole picker is the tap target
    log = tmp_path / "app.log"
    log.write_text("log\n")
    pickers[0].find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(log))
    assert pickers[0].find_element(By.CSS_SELECTOR, "[data-file-names]").text == "app.log"


# ----- 8. The example content sends customers to the site's own request form -----


def test_the_contact_snippet_links_to_the_request_form(browser):
    for lang in ("en", "ru"):
        driver = browser.open(f"/{lang}/billing/refunds/")
        hrefs = [path_of(a.get_attribute("href")) for a in driver.find_elements(By.CSS_SELECTOR, "#main .prose a[href]")]
        assert f"/{lang}/request/" in hrefs, hrefs
        assert "support/new" not in driver.find_element(By.ID, "main").text


# ----- 7. Layout -----

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
PAGE_TYPES = ["/en/", "/en/account/", "/en/account/reset-password/", "/en/faq/general/", "/en/search/?q=invoice", "/en/request/", "/ru/account/reset-password/"]


@pytest.fixture
def phone(browser):
    browser.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    yield browser
    browser.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def rect(driver, element):
    return driver.execute_script("const r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height}", element)


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_phone_header_is_compact_and_the_search_box_is_in_view(phone, path):
    driver = phone.open(path)
    header = driver.find_element(By.CSS_SELECTOR, "header.site-header")
    assert rect(driver, header)["height"] <= 72, f"{path}: header {rect(driver, header)}"
    assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), f"{path}: horizontal scroll"
    box = driver.find_element(By.ID, "search-input")
    where = rect(driver, box)
    assert box.is_displayed() and where["top"] >= 0 and where["bottom"] <= PHONE["height"], f"{path}: search box at {where}"
    assert where["height"] >= 44, where


def test_phone_menu_button_opens_the_navigation(phone):
    driver = phone.open("/en/account/reset-password/")
    button = driver.find_element(By.CSS_SELECTOR, "[data-menu-button]")
    size = rect(driver, button)
    assert button.is_displayed() and size["width"] >= 44 and size["height"] >= 44, size
    assert button.get_attribute("aria-expanded") == "false"
    links = driver.find_elements(By.CSS_SELECTOR, ".site-nav a")
    assert links and not any(link.is_displayed() for link in links)
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    shown = [link for link in links if link.is_displayed()]
    assert shown == links
    assert all(rect(driver, link)["height"] >= 44 for link in shown)
    assert driver.find_element(By.CSS_SELECTOR, '.language-switcher a[hreflang="ru"]').is_displayed()
    button.send_keys(Keys.ESCAPE)
    assert button.get_attribute("aria-expanded") == "false" and not links[0].is_displayed()


def test_home_has_one_search_box(browser):
    for lang in ("en", "ru"):
        driver = browser.open(f"/{lang}/")
        boxes = [box for box in driver.find_elements(By.CSS_SELECTOR, "input[name=q]")]
        assert len(boxes) == 1, [box.get_attribute("id") for box in boxes]


def chars_per_line(driver, paragraph):
    """The characters of an average line of `paragraph`: its width over the mean width of its characters."""
    return driver.execute_script(
        """const p = arguments[0];
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        probe.style.font = getComputedStyle(p).font;
        probe.textContent = p.textContent;
        document.body.append(probe);
        const mean = probe.getBoundingClientRect().width / p.textContent.length;
        probe.remove();
        return p.getBoundingClientRect().width / mean;""",
        paragraph,
    )


def test_wide_screen_uses_the_width_and_keeps_a_readable_measure(browser):
    driver = browser.driver
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    try:
        browser.open("/en/account/reset-password/")
        paragraphs = [p for p in driver.find_elements(By.CSS_SELECTOR, ".prose > p") if len(p.text) > 200]
        assert paragraphs, "a long paragraph to measure"
        measure = chars_per_line(driver, paragraphs[0])
        assert 60 <= measure <= 80, f"{measure:.0f} characters a line"
        content = rect(driver, driver.find_element(By.CSS_SELECTOR, "main .article"))
        assert content["right"] >= 0.6 * 1280 + 100, f"the article ends at {content['right']:.0f} px of 1280"
        middle = (content["left"] + content["right"]) / 2
        assert abs(middle - 640) <= 160, f"the article is off centre: {content}"
        toc = driver.find_elements(By.CSS_SELECTOR, ".article > .toc")
        if toc:
            assert rect(driver, toc[0])["left"] > rect(driver, paragraphs[0])["right"], "the table of contents is beside the text"
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_navigation_marks_the_current_section(browser):
    driver = browser.open("/en/account/reset-password/")
    current = driver.find_elements(By.CSS_SELECTOR, ".site-nav a[aria-current]")
    assert [path_of(a.get_attribute("href")) for a in current] == ["/en/account/"]
    driver = browser.open("/en/request/")
    current = driver.find_elements(By.CSS_SELECTOR, ".site-nav a[aria-current]")
    assert [path_of(a.get_attribute("href")) for a in current] == ["/en/request/"]


def test_task_lists_have_no_bullets(browser):
    driver = browser.open("/en/account/delete-account/")
    items = driver.find_elements(By.XPATH, "//main//li[input[@type='checkbox']]")
    assert items, "the page has a task list"
    styles = {driver.execute_script("return getComputedStyle(arguments[0]).listStyleType", item) for item in items}
    assert styles == {"none"}, styles

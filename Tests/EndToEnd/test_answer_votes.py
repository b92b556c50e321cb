""""Was this helpful?" under every answer of an FAQ page (issue 11), in headless Chromium: each question's answer
ends with its own compact Yes/No, labelled by the question, that votes for the page's URL with the question's
#anchor (a No with the same optional reason and comment as under an article); the page has no vote of its own.
Accessible (axe, vnu on the page as the script leaves it), 44×44 px targets on a phone, and absent on a site
without the intake service.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from e2e_support import format_vnu_messages, run_vnu
from test_accessibility import describe, run_axe
from test_form_posting import events, events_site, wait_events  # noqa: F401 - fixtures
from test_request_form import wait_until
from test_theme_pages import DESKTOP, PHONE, screenshot_folder

FAQ = {"en": "/en/faq/general/", "ru": "/ru/faq/general/"}
WIDGETS = "[data-faq-answers] [data-feedback]"

# Each widget with the id of the question heading its label names and the last heading before it.
WIDGET_PLACES = """
const answers = document.querySelector('[data-faq-answers]');
return [...answers.querySelectorAll('[data-feedback]')].map((widget) => {
  const headings = [...answers.querySelectorAll('h2[id]')].filter((h) => h.compareDocumentPosition(widget) & Node.DOCUMENT_POSITION_FOLLOWING);
  return {labelledBy: widget.getAttribute('aria-labelledby').split(' '), after: headings.at(-1)?.id, article: widget.dataset.article,
          title: document.getElementById(widget.getAttribute('aria-labelledby').split(' ')[0])?.textContent};
});
"""


# Every visible control under 44×44 px; a radio button is tapped through the label around it.
SMALL_TARGETS = """
return [...document.querySelectorAll('[data-faq-answers] :is(button, input, textarea, a[href])')]
  .filter((e) => e.checkVisibility() && !(e.localName === 'a' && e.closest('p, li, td')))
  .map((e) => {
    const r = (e.type === 'radio' && e.closest('label') || e).getBoundingClientRect();
    return {what: e.outerHTML.slice(0, 90), width: r.width, height: r.height};
  })
  .filter((r) => r.width < 44 || r.height < 44);
"""


def open_faq(session, lang="en"):
    driver = session.open(FAQ[lang])
    wait_until(driver, f"return document.querySelectorAll('{WIDGETS}').length > 0 && "
                       f"[...document.querySelectorAll('{WIDGETS}')].every((w) => !w.hidden)", "the answer widgets")
    return driver


def widget_for(driver, anchor):
    return driver.find_element(By.CSS_SELECTOR, f'{WIDGETS}[data-article$="#{anchor}"]')


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_answer_ends_with_its_own_vote_labelled_by_its_question(events, lang):  # noqa: F811
    driver = open_faq(events, lang)
    questions = driver.execute_script("return [...document.querySelectorAll('[data-faq-answers] h2[id]')].map((h) => h.id)")
    assert len(questions) >= 5, questions
    places = driver.execute_script(WIDGET_PLACES)
    assert [place["after"] for place in places] == questions, "one widget after each answer, in order"
    for place, question in zip(places, questions):
        assert place["labelledBy"][1:] == [question], place
        assert place["title"], place
        assert place["article"] == f"{FAQ[lang]}#{question}"
    assert not driver.find_elements(By.CSS_SELECTOR, "section.feedback"), "no page-wide vote on an FAQ page"
    ids = driver.execute_script("return [...document.querySelectorAll('[id]')].map((e) => e.id)")
    assert len(ids) == len(set(ids)), "ids are unique"


def test_votes_on_two_answers_send_their_anchors(events):  # noqa: F811
    driver = open_faq(events)
    free = widget_for(driver, "is-there-a-free-plan")
    free.find_element(By.CSS_SELECTOR, "[data-feedback-answer=yes]").click()
    [vote] = wait_events(events, 1, "the yes vote")
    assert vote == {"type": "vote", "lang": "en", "article": "/en/faq/general/#is-there-a-free-plan", "helpful": True}
    assert driver.switch_to.active_element == free.find_element(By.CSS_SELECTOR, "[data-feedback-thanks]")
    other = widget_for(driver, "what-is-orbitask")
    assert other.find_element(By.CSS_SELECTOR, "[data-feedback-answer=no]").is_displayed(), "the other answers keep their votes"

    other.find_element(By.CSS_SELECTOR, "[data-feedback-answer=no]").click()
    details = other.find_element(By.CSS_SELECTOR, "[data-feedback-details]")
    assert details.is_displayed()
    details.find_element(By.CSS_SELECTOR, "input[value=unclear]").click()
    details.find_element(By.TAG_NAME, "textarea").send_keys("Which apps are included?")
    details.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    votes = wait_events(events, 2, "the no vote")
    assert votes[1] == {"type": "vote", "lang": "en", "article": "/en/faq/general/#what-is-orbitask", "helpful": False,
                        "reason": "unclear", "comment": "Which apps are included?"}


def test_a_no_on_an_answer_without_details_is_sent_when_the_page_is_left(events):  # noqa: F811
    driver = open_faq(events, "ru")
    widget = widget_for(driver, "есть-ли-бесплатный-тариф")
    widget.find_element(By.CSS_SELECTOR, "[data-feedback-answer=no]").click()
    events.open("/ru/")
    [vote] = wait_events(events, 1, "the vote")
    assert vote == {"type": "vote", "lang": "ru", "article": "/ru/faq/general/#есть-ли-бесплатный-тариф", "helpful": False}


@pytest.fixture
def phone(events):  # noqa: F811
    events.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    yield events
    events.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_answer_votes_fit_a_phone(phone, lang):
    driver = open_faq(phone, lang)
    for widget in driver.find_elements(By.CSS_SELECTOR, WIDGETS)[:2]:
        widget.find_element(By.CSS_SELECTOR, "[data-feedback-answer=no]").click()
    assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), "horizontal scroll"
    small = driver.execute_script(SMALL_TARGETS)
    assert not small, "tap targets under 44×44 px:\n" + "\n".join(f"  {s['width']:.0f}×{s['height']:.0f} {s['what']}" for s in small)
    # Compact: the question and its two buttons take one line.
    first = driver.find_elements(By.CSS_SELECTOR, WIDGETS)[2]
    title, yes = first.find_element(By.CSS_SELECTOR, ".feedback__title"), first.find_element(By.CSS_SELECTOR, "[data-feedback-answer=yes]")
    assert abs(title.rect["y"] + title.rect["height"] / 2 - (yes.rect["y"] + yes.rect["height"] / 2)) < 4, (title.rect, yes.rect)


@pytest.mark.parametrize("scheme", [None, "dark"])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_axe_finds_no_violations_in_the_answer_votes(events, lang, scheme):  # noqa: F811
    events.set_color_scheme(scheme)
    driver = open_faq(events, lang)
    widgets = driver.find_elements(By.CSS_SELECTOR, WIDGETS)
    widgets[0].find_element(By.CSS_SELECTOR, "[data-feedback-answer=no]").click()
    widgets[1].find_element(By.CSS_SELECTOR, "[data-feedback-answer=yes]").click()
    violations = run_axe(events)
    assert not violations, f"{FAQ[lang]} ({scheme or 'light'}): {describe(violations)}"


def test_vnu_finds_no_errors_in_the_faq_page_with_its_answer_votes(events, tmp_path):  # noqa: F811
    files = []
    for lang, path in FAQ.items():
        driver = open_faq(events, lang)
        driver.find_elements(By.CSS_SELECTOR, WIDGETS)[0].find_element(By.CSS_SELECTOR, "[data-feedback-answer=no]").click()
        html = driver.execute_script("return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML")
        file = tmp_path / f"{lang}-faq.html"
        file.write_text(html, encoding="utf-8")
        files.append(file)
    messages = run_vnu(files)
    assert not messages, format_vnu_messages(messages, Path(tmp_path))


def test_sites_without_the_service_have_no_answer_votes(browser):
    driver = browser.open("/en/faq/general/")
    assert driver.find_elements(By.CSS_SELECTOR, "[data-feedback], template[data-answer-feedback]") == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_screenshots_of_the_answer_votes(events, size, scheme):  # noqa: F811
    """The FAQ page with its answer votes, one No opened, for people to look at (faq-votes-*.png)."""
    events.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE if size == "phone" else DESKTOP)
    events.set_color_scheme(scheme)
    try:
        driver = open_faq(events)
        driver.find_elements(By.CSS_SELECTOR, WIDGETS)[1].find_element(By.CSS_SELECTOR, "[data-feedback-answer=no]").click()
        width, height = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        shot = driver.execute_cdp_cmd(
            "Page.captureScreenshot",
            {"format": "png", "captureBeyondViewport": True, "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 6000), "scale": 1}},
        )
        target = screenshot_folder() / f"en-faq-votes-{size}-{scheme}.png"
        target.write_bytes(base64.b64decode(shot["data"]))
        assert target.stat().st_size > 1000
    finally:
        events.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

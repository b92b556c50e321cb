"""'Did you mean' on the results page (issue 11, defect 2): a correction is offered only for words the site
lacks or misspells, never for a correct English or Russian word (checked against the dictionary word files,
search/words/, of which the page fetches one small file only for a word it would replace), and only when the
corrected question finds a clearly better answer."""

from __future__ import annotations

from urllib.parse import quote_plus

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from test_search import WAIT, wait_page_state


def suggestion_on_results_page(browser, question: str, lang: str = "en") -> str | None:
    """The 'Did you mean' link text once the page has decided on it, or None when none is offered."""
    driver = browser.open(f"/{lang}/search/?q={quote_plus(question)}")
    wait_page_state(browser)
    state = WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return document.body.dataset.searchSuggestionState"))
    links = [e for e in driver.find_elements(By.CSS_SELECTOR, "[data-search-suggestion]") if e.is_displayed()]
    if state == "none":
        assert not links
        return None
    assert len(links) == 1, driver.find_element(By.ID, "main").text
    return links[0].get_attribute("data-search-suggestion")


WORD_FILES = "return performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.includes('/search/words/'))"


def test_a_question_the_site_does_not_cover_gets_no_correction(browser):
    # "moon" is one letter from "soon", which a payment article mentions in passing.
    assert suggestion_on_results_page(browser, "how do I fly to the moon") is None


def test_the_misspelt_words_are_corrected_and_a_correct_one_is_left_alone(browser):
    assert suggestion_on_results_page(browser, "cant instal desktop ap on windos") == "cant install desktop app on windows"


def test_a_russian_word_missing_a_letter_is_corrected(browser):
    assert suggestion_on_results_page(browser, "уведомленя не приходят", "ru") == "уведомления не приходят"


def test_a_correct_question_gets_no_correction(browser):
    assert suggestion_on_results_page(browser, "I want a refund") is None


def test_a_correct_word_is_not_replaced_by_a_site_word_near_it(browser):
    # "passport" is two letters from "password"; the page reads the one dictionary word file that says it is a word.
    assert suggestion_on_results_page(browser, "reset my passport") is None
    assert len(browser.driver.execute_script(WORD_FILES)) == 1, "one dictionary word file, for 'passport'"
    assert suggestion_on_results_page(browser, "как сбросить пароь", "ru") == "как сбросить пароль"


def test_a_question_without_a_word_to_replace_reads_no_dictionary_file(browser):
    assert suggestion_on_results_page(browser, "reset password") is None
    assert browser.driver.execute_script(WORD_FILES) == []

"""'Did you mean' never replaces a correct English or Russian word (issue 11, defect 2), on the results page in
headless Chromium: the runtime checks a word it would replace against the dictionary word files (search/words/),
fetching one small file only for such a word, and leaves a correct word as typed."""

from __future__ import annotations

from test_did_you_mean import suggestion_on_results_page

WORD_FILES = "return performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.includes('/search/words/'))"


def test_a_correct_word_is_not_replaced_by_a_site_word_near_it(browser):
    assert suggestion_on_results_page(browser, "reset my passport") is None
    assert len(browser.driver.execute_script(WORD_FILES)) == 1, "one dictionary word file, for 'passport'"
    assert suggestion_on_results_page(browser, "how do I fly to the moon") is None


def test_misspellings_are_still_corrected_next_to_a_correct_word(browser):
    assert suggestion_on_results_page(browser, "cant instal desktop ap on windos") == "cant install desktop app on windows"
    assert suggestion_on_results_page(browser, "как сбросить пароь", "ru") == "как сбросить пароль"


def test_a_question_without_a_word_to_replace_reads_no_dictionary_file(browser):
    assert suggestion_on_results_page(browser, "reset password") is None
    assert browser.driver.execute_script(WORD_FILES) == []

"""The example site's pages render in the browser with the parts each kind of page promises."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from selenium.webdriver.common.by import By

from e2e_support import EXAMPLE_PAGES, LANGUAGES, aliases_in_content

SITE_TITLES = {"en": "Orbitask Help Center", "ru": "Справочный центр Orbitask"}
CALLOUT_TITLES = {"en": "Tip", "ru": "Совет"}
HISTORY_TITLES = {"en": "Change history", "ru": "История изменений"}


def texts(elements):
    return [element.text.strip() for element in elements]


def assert_common_layout(browser, lang: str, path: str):
    """Language, title, one h1, skip link target, header navigation and footer."""
    driver = browser.driver
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
    h1s = driver.find_elements(By.TAG_NAME, "h1")
    assert len(h1s) == 1, f"{path}: expected one h1, found {texts(h1s)}"
    h1 = h1s[0].text.strip()
    assert h1, f"{path}: empty h1"
    expected = SITE_TITLES[lang] if h1 == SITE_TITLES[lang] else f"{h1} · {SITE_TITLES[lang]}"
    assert driver.title == expected, f"{path}: title {driver.title!r} does not name the page"
    assert driver.find_elements(By.CSS_SELECTOR, "main#main"), f"{path}: no <main id=main> for the skip link"
    nav_links = driver.find_elements(By.CSS_SELECTOR, "nav.site-nav a")
    assert any(link.get_attribute("pathname") == f"/{lang}/account/" for link in nav_links), f"{path}: main navigation lacks sections"
    assert driver.find_elements(By.CSS_SELECTOR, "footer.site-footer"), f"{path}: no footer"
    return h1


def breadcrumbs(browser):
    items = browser.driver.find_elements(By.CSS_SELECTOR, "nav.breadcrumbs ol > li")
    result = []
    for item in items:
        links = item.find_elements(By.TAG_NAME, "a")
        current = item.find_elements(By.CSS_SELECTOR, "[aria-current=page]")
        result.append(
            {
                "text": item.text.strip(),
                "href": links[0].get_attribute("pathname") if links else None,
                "current": bool(current),
            }
        )
    return result


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page(browser, lang):
    browser.open(f"/{lang}/")
    h1 = assert_common_layout(browser, lang, f"/{lang}/")
    assert h1 == SITE_TITLES[lang]
    cards = browser.driver.find_elements(By.CSS_SELECTOR, ".section-grid .section-card a")
    card_paths = [card.get_attribute("pathname") for card in cards]
    for section in ("getting-started", "account", "billing", "troubleshooting", "faq", "policies"):
        assert f"/{lang}/{section}/" in card_paths, f"home page does not list section {section}: {card_paths}"
    boxes = browser.driver.find_elements(By.CSS_SELECTOR, "form[role=search] input[name=q]")
    assert len(boxes) == 1 and boxes[0].get_attribute("id") == "search-input", "one search box, in the hero"
    assert browser.driver.find_elements(By.CSS_SELECTOR, ".hero form[role=search]")
    assert not browser.driver.find_elements(By.CSS_SELECTOR, "nav.breadcrumbs"), "the home page needs no breadcrumbs"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_section_page(browser, lang):
    path = f"/{lang}/{EXAMPLE_PAGES['section']}"
    browser.open(path)
    h1 = assert_common_layout(browser, lang, path)
    crumbs = breadcrumbs(browser)
    assert [c["href"] for c in crumbs] == [f"/{lang}/", None], crumbs
    assert crumbs[0]["text"] == SITE_TITLES[lang]
    assert crumbs[-1]["current"] and crumbs[-1]["text"] == h1
    pages = [link.get_attribute("pathname") for link in browser.driver.find_elements(By.CSS_SELECTOR, ".page-list a")]
    assert f"/{lang}/{EXAMPLE_PAGES['article']}" in pages, pages
    assert all(p.startswith(path) for p in pages), pages


@pytest.mark.parametrize("lang", LANGUAGES)
def test_article_page(browser, lang):
    path = f"/{lang}/{EXAMPLE_PAGES['article']}"
    browser.open(path)
    h1 = assert_common_layout(browser, lang, path)
    crumbs = breadcrumbs(browser)
    assert [c["href"] for c in crumbs] == [f"/{lang}/", f"/{lang}/{EXAMPLE_PAGES['section']}", None], crumbs
    assert crumbs[-1]["current"] and crumbs[-1]["text"] == h1
    assert browser.driver.find_elements(By.CSS_SELECTOR, "article .page-meta time[datetime]"), "no updated/published date"
    assert browser.driver.find_elements(By.CSS_SELECTOR, "article .prose p"), "no article body"
    graph = [node for block in browser.json_ld() for node in block.get("@graph", [block])]
    assert any(node.get("@type") == "Article" and node.get("headline") == h1 for node in graph), graph
    assert any(node.get("@type") == "BreadcrumbList" for node in graph), graph


@pytest.mark.parametrize("lang", LANGUAGES)
def test_table_of_contents_on_long_pages(browser, lang):
    driver = browser.driver
    browser.open(f"/{lang}/{EXAMPLE_PAGES['policy']}")
    toc_links = driver.find_elements(By.CSS_SELECTOR, "nav.toc ol a")
    headings = driver.find_elements(By.CSS_SELECTOR, "article .prose h2[id], article .prose h3[id]")
    assert len(headings) >= 3 and len(toc_links) >= 3, "a long page must have a table of contents"
    toc_targets = [unquote(link.get_attribute("hash")).lstrip("#") for link in toc_links]
    heading_ids = [heading.get_attribute("id") for heading in headings]
    assert toc_targets == heading_ids, "the table of contents must list the page's headings in order"
    assert [link.text.strip() for link in toc_links] == [browser.heading_text(h) for h in headings]
    # Following an entry scrolls to its heading.
    target = toc_links[-1].get_attribute("hash")
    toc_links[-1].click()
    assert driver.execute_script("return location.hash") == target
    top = driver.execute_script(
        "return document.getElementById(arguments[0]).getBoundingClientRect().top", unquote(target[1:])
    )
    assert -2 <= top < driver.execute_script("return window.innerHeight"), "the heading is not scrolled into view"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_faq_page(browser, lang):
    driver = browser.driver
    path = f"/{lang}/{EXAMPLE_PAGES['faq']}"
    browser.open(path)
    assert_common_layout(browser, lang, path)
    questions = driver.find_elements(By.CSS_SELECTOR, ".faq__answers h2")
    assert len(questions) >= 3, "an FAQ page lists its questions as h2 headings"
    ids = [q.get_attribute("id") for q in questions]
    assert all(ids) and len(set(ids)) == len(ids), f"every question needs its own anchor: {ids}"
    for question in questions:
        anchor = question.find_elements(By.CSS_SELECTOR, "a.heading-anchor")
        assert anchor and unquote(anchor[0].get_attribute("hash")) == "#" + question.get_attribute("id")
        assert anchor[0].get_attribute("aria-label"), "the anchor link needs an accessible name"
    question_texts = [browser.heading_text(q) for q in questions]

    graph = [node for block in browser.json_ld() for node in block.get("@graph", [block])]
    faq = [node for node in graph if node.get("@type") == "FAQPage"]
    assert len(faq) == 1, f"expected one FAQPage JSON-LD object: {graph}"
    entities = faq[0].get("mainEntity", [])
    assert [e.get("name") for e in entities] == question_texts, (
        f"FAQPage mainEntity must list the page's questions {question_texts}, got {entities}"
    )
    for entity in entities:
        assert entity.get("@type") == "Question"
        answer = entity.get("acceptedAnswer", {})
        assert answer.get("@type") == "Answer" and answer.get("text", "").strip(), entity

    # A question's anchor opens the page at that question.
    browser.open(f"{path}#{ids[2]}")
    top = driver.execute_script("return document.getElementById(arguments[0]).getBoundingClientRect().top", ids[2])
    assert -2 <= top < driver.execute_script("return window.innerHeight")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_policy_page(browser, lang):
    driver = browser.driver
    path = f"/{lang}/{EXAMPLE_PAGES['policy']}"
    browser.open(path)
    assert_common_layout(browser, lang, path)
    effective = driver.find_elements(By.CSS_SELECTOR, "article.policy .page-meta time[datetime]")
    assert effective, "a policy shows its effective date"
    assert effective[0].get_attribute("datetime") == "2026-11-01"
    assert "2026" in effective[0].text
    history = driver.find_element(By.CSS_SELECTOR, "section.policy-history")
    assert history.find_element(By.TAG_NAME, "h2").text.strip() == HISTORY_TITLES[lang]
    entries = history.find_elements(By.CSS_SELECTOR, "ol > li")
    assert len(entries) == 3, texts(entries)
    dates = [entry.find_element(By.TAG_NAME, "time").get_attribute("datetime") for entry in entries]
    assert sorted(dates, reverse=True) == dates, f"the change history lists the newest change first: {dates}"
    assert all(":" in entry.text and len(entry.text) > 15 for entry in entries), "each change has a summary"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_alert_callouts(browser, lang):
    browser.open(f"/{lang}/{EXAMPLE_PAGES['article']}")
    callouts = browser.driver.find_elements(By.CSS_SELECTOR, ".prose .callout")
    assert callouts, "the GitHub alert in the article is not rendered as a callout"
    tip = browser.driver.find_element(By.CSS_SELECTOR, ".prose .callout.callout-tip")
    assert tip.get_attribute("role") == "note"
    assert tip.find_element(By.CSS_SELECTOR, ".callout-title").text.strip() == CALLOUT_TITLES[lang]
    assert "[!TIP]" not in browser.driver.find_element(By.CSS_SELECTOR, ".prose").text
    assert not browser.driver.find_elements(By.CSS_SELECTOR, ".prose blockquote .callout, .prose .callout blockquote")
    border = browser.driver.execute_script("return getComputedStyle(arguments[0]).borderLeftWidth", tip)
    assert border == "4px", "callouts are styled by the theme"


def test_root_redirects_to_default_language(browser, site_dir):
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh"' in html
    browser.open("/")
    browser.wait_for_path("/en/")
    assert browser.driver.find_element(By.TAG_NAME, "h1").text.strip() == SITE_TITLES["en"]


def test_not_found_page(browser, site_dir):
    assert (site_dir / "404.html").is_file(), "404.html is missing from the output"
    browser.open("/404.html")
    driver = browser.driver
    assert driver.find_element(By.TAG_NAME, "h1").text.strip() == "Page not found"
    homes = [link.get_attribute("pathname") for link in driver.find_elements(By.CSS_SELECTOR, "main a")]
    assert "/en/" in homes and "/ru/" in homes, f"the 404 page links the language homes: {homes}"
    # The test server answers unknown paths with 404.html, like a static host would.
    browser.open("/en/no-such-page/")
    assert driver.find_element(By.TAG_NAME, "h1").text.strip() == "Page not found"
    stylesheet = driver.execute_script("return getComputedStyle(document.body).fontFamily")
    assert "system-ui" in stylesheet, "the 404 page's assets must load from any depth (site-root URLs)"


def test_aliases_redirect(browser, source_dir):
    aliases = aliases_in_content(source_dir)
    assert len(aliases) >= 3, f"the example site declares aliases: {aliases}"
    for alias, target in aliases.items():
        browser.open(alias)
        browser.wait_for_path(target)
        assert browser.driver.find_elements(By.CSS_SELECTOR, "article h1"), f"{alias} → {target} shows no article"

"""A reader finds their way around by clicking: navigation, breadcrumbs, language switcher, links."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from selenium.webdriver.common.by import By

from e2e_support import EXAMPLE_PAGES, output_file_for, parse_links


def h1(browser) -> str:
    return browser.driver.find_element(By.TAG_NAME, "h1").text.strip()


def click_link(browser, selector: str, pathname: str):
    """Clicks the link to `pathname` inside the elements matching `selector`, returns its text."""
    links = [
        link
        for link in browser.driver.find_elements(By.CSS_SELECTOR, f"{selector} a")
        if link.get_attribute("pathname") == pathname
    ]
    assert links, f"no link to {pathname} in {selector} on {browser.path()}"
    text = links[0].text.strip()
    links[0].click()
    browser.wait_for_path(pathname)
    return text


def test_main_navigation_section_then_article(browser):
    section = f"/en/{EXAMPLE_PAGES['section']}"
    article = f"/en/{EXAMPLE_PAGES['article']}"
    browser.open("/en/")
    label = click_link(browser, "nav.site-nav", section)
    assert h1(browser) == label
    title = click_link(browser, ".page-list", article)
    assert h1(browser) == title


def test_breadcrumbs_link_back(browser):
    article = f"/en/{EXAMPLE_PAGES['article']}"
    browser.open(article)
    section_title = click_link(browser, "nav.breadcrumbs", f"/en/{EXAMPLE_PAGES['section']}")
    assert h1(browser) == section_title
    click_link(browser, "nav.breadcrumbs", "/en/")
    assert browser.driver.find_elements(By.CSS_SELECTOR, ".section-grid")


def test_home_section_cards_and_featured_articles(browser):
    browser.open("/ru/")
    click_link(browser, ".section-grid", "/ru/faq/")
    assert browser.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
    browser.open("/en/")
    click_link(browser, "section[aria-labelledby=featured-title]", f"/en/{EXAMPLE_PAGES['article']}")


def test_language_switcher_goes_to_translation_and_back(browser):
    driver = browser.driver
    for kind in ("article", "faq", "policy", "section", "home"):
        english = f"/en/{EXAMPLE_PAGES[kind]}"
        russian = f"/ru/{EXAMPLE_PAGES[kind]}"
        browser.open(english)
        english_title = h1(browser)
        current = driver.find_elements(By.CSS_SELECTOR, "nav.language-switcher a[aria-current]")
        assert [c.get_attribute("hreflang") for c in current] == ["en"], "the current language is marked"
        click_link(browser, "nav.language-switcher", russian)
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
        assert h1(browser) != english_title, f"{russian} is not translated"
        alternates = driver.execute_script(
            "return [...document.querySelectorAll('link[rel=alternate][hreflang]')].map(l => [l.hreflang, l.href])"
        )
        assert ["en", f"https://help.orbitask.example{english}"] in alternates, alternates
        click_link(browser, "nav.language-switcher", english)
        assert h1(browser) == english_title


def test_links_inside_articles_lead_to_pages_and_headings(browser):
    """Relative .md links in Markdown are rewritten to page URLs, including heading fragments."""
    browser.open(f"/en/{EXAMPLE_PAGES['article']}")
    links = browser.driver.find_elements(By.CSS_SELECTOR, ".prose a[href*='#']:not(.heading-anchor)")
    assert links, "the example article links to a heading of another page"
    link = links[0]
    target_path, target_hash = link.get_attribute("pathname"), link.get_attribute("hash")
    link.click()
    browser.wait_for_path(target_path + target_hash)
    top = browser.driver.execute_script(
        "return document.getElementById(arguments[0]).getBoundingClientRect().top", unquote(target_hash[1:])
    )
    assert -2 <= top < browser.driver.execute_script("return window.innerHeight")


def test_every_internal_link_resolves(site_dir):
    """Every site-root URL (href, src) in every generated page names a generated file, and its fragment an id."""
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 40
    collectors = {page: parse_links(page) for page in pages}
    broken = set()
    for page, collector in collectors.items():
        source = "/" + page.relative_to(site_dir).as_posix()
        for url in collector.urls:
            parts = urlsplit(url)
            target = page if not parts.path else output_file_for(site_dir, parts.path)
            if target is None:
                broken.add(f"{source}: {url} (no such file)")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = collectors[target].ids if target in collectors else parse_links(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.add(f"{source}: {url} (no element with id {unquote(parts.fragment)!r})")
    assert not broken, f"{len(broken)} broken internal links:\n" + "\n".join(sorted(broken)[:60])

"""Issue 11, the pages and the look, in headless Chromium: the home page, the article page (sidebar, sticky table
of contents, previous and next, related articles, tags and tag pages, updated date), the colour scheme toggle,
and the measures on every page type in both languages (axe, vnu, the phone layout, the measure, the weight, no
render-blocking script). Screenshots of every page type at both sizes in both colour schemes are saved to
$DESKBOOK_ARTIFACTS/screenshots (default .ci-artifacts/screenshots) for people to look at.
"""

from __future__ import annotations

import base64
import gzip
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from selenium.webdriver.common.by import By

from e2e_support import LANGUAGES, REPO_ROOT, format_vnu_messages, output_file_for, run_vnu
from test_accessibility import describe, run_axe
from test_theme_defects import chars_per_line, rect

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
DESKTOP = {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
SEARCHES = {"en": "password", "ru": "пароль"}
TAGS = {"en": "account", "ru": "аккаунт"}
ARTICLE = "account/reset-password/"


def page_types(lang: str) -> dict[str, str]:
    """Every kind of page the theme renders, by name, as a path in `lang`."""
    return {
        "home": f"/{lang}/",
        "section": f"/{lang}/account/",
        "article": f"/{lang}/{ARTICLE}",
        "faq": f"/{lang}/faq/general/",
        "policy": f"/{lang}/policies/support-policy/",
        "search": f"/{lang}/search/?q={SEARCHES[lang]}",
        "request": f"/{lang}/request/",
        "tags": f"/{lang}/tags/",
        "tag": f"/{lang}/tags/{TAGS[lang]}/",
        "404": f"/{lang}/no-such-page/",
    }


ALL_PAGES = [(lang, kind, path) for lang in LANGUAGES for kind, path in page_types(lang).items()]
PAGE_IDS = [f"{lang}-{kind}" for lang, kind, _ in ALL_PAGES]


@pytest.fixture
def sized(browser):
    """The browser with a window size set by `size(metrics)`, reset after the test."""

    def size(metrics):
        browser.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        return browser

    yield size
    browser.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.fixture
def chosen_scheme(browser):
    """Clears the colour scheme chosen with the toggle before and after the test."""
    browser.open("/en/")
    browser.driver.execute_script("localStorage.clear()")
    yield browser
    browser.driver.execute_script("localStorage.clear()")


def paths(driver, selector: str) -> list[str]:
    return [unquote(urlsplit(a.get_attribute("href")).path) for a in driver.find_elements(By.CSS_SELECTOR, selector)]


def front_matter(path: Path) -> str:
    """The YAML header of a page, or nothing for a file without one (a snippet)."""
    found = re.match(r"---\n(.*?)\n---", path.read_text(encoding="utf-8"), re.S)
    return found.group(1) if found else ""


def background(driver) -> str:
    return driver.execute_script("return getComputedStyle(document.body).backgroundColor")


DARK_BACKGROUND = "rgb(15, 20, 25)"
LIGHT_BACKGROUND = "rgb(255, 255, 255)"


# ----- Home -----


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_has_one_search_topic_cards_with_counts_and_the_featured_articles(browser, source_dir, lang):
    driver = browser.open(f"/{lang}/")
    assert len(driver.find_elements(By.CSS_SELECTOR, "input[name=q]")) == 1
    cards = driver.find_elements(By.CSS_SELECTOR, ".section-grid .section-card")
    assert len(cards) >= 5
    for card in cards:
        section = unquote(urlsplit(card.find_element(By.CSS_SELECTOR, "a").get_attribute("href")).path)
        articles = [p for p in (source_dir / "content" / section.strip("/")).glob("*.md") if p.name != "_index.md"]
        count = card.find_element(By.CSS_SELECTOR, ".section-card__count").text
        assert re.search(rf"\b{len(articles)}\b", count), f"{section}: {count!r} for {len(articles)} pages"
        assert card.find_element(By.CSS_SELECTOR, "p").text, f"{section}: no description"
    featured = sorted(
        "/" + str(p.relative_to(source_dir / "content").with_suffix("")) + "/"
        for p in (source_dir / "content" / lang).rglob("*.md")
        if re.search(r"^featured:\s*true\s*$", front_matter(p), re.M)
    )
    assert featured, "the example content has featured pages"
    assert sorted(paths(driver, ".featured .page-list__item > a")) == featured


# ----- Article page -----


@pytest.mark.parametrize("lang", LANGUAGES)
def test_article_has_the_sections_pages_previous_and_next_related_tags_and_date(browser, lang):
    driver = browser.open(f"/{lang}/account/")
    order = paths(driver, ".page-list .page-list__item > a")
    here = f"/{lang}/{ARTICLE}"
    position = order.index(here)
    driver = browser.open(here)

    assert paths(driver, ".section-menu li a") == order
    assert paths(driver, ".section-menu a[aria-current=page]") == [here]

    previous = paths(driver, ".pager a[rel=prev]")
    following = paths(driver, ".pager a[rel=next]")
    assert previous == ([order[position - 1]] if position > 0 else [])
    assert following == ([order[position + 1]] if position + 1 < len(order) else [])

    related = paths(driver, ".related a")
    assert 1 <= len(related) <= 4, related
    assert here not in related and all(p.startswith(f"/{lang}/") for p in related), related

    tags = driver.find_elements(By.CSS_SELECTOR, ".tags a.tag")
    assert tags, "the example article has tags"
    assert all(unquote(urlsplit(t.get_attribute("href")).path).startswith(f"/{lang}/tags/") for t in tags)

    updated = driver.find_elements(By.CSS_SELECTOR, ".page-meta time[datetime]")
    assert updated and re.fullmatch(r"\d{4}-\d{2}-\d{2}", updated[0].get_attribute("datetime"))


def test_related_articles_share_words_with_the_page(browser):
    """The reset-password article is related to the other sign-in articles, not to billing."""
    driver = browser.open(f"/en/{ARTICLE}")
    related = paths(driver, ".related a")
    assert any(p.startswith("/en/account/") for p in related), related
    assert not any(p.startswith("/en/billing/") for p in related), related


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tags_lead_to_tag_pages_and_the_tags_index(browser, lang):
    driver = browser.open(f"/{lang}/{ARTICLE}")
    tag = driver.find_element(By.CSS_SELECTOR, ".tags a.tag")
    name = tag.text
    tag.click()
    browser.wait_loaded()
    assert name in driver.find_element(By.TAG_NAME, "h1").text
    assert f"/{lang}/{ARTICLE}" in paths(driver, ".page-list__item > a")
    tag_page = unquote(urlsplit(driver.current_url).path)
    driver.find_element(By.CSS_SELECTOR, f'main a[href="/{lang}/tags/"]').click()
    browser.wait_loaded()
    listed = {unquote(urlsplit(a.get_attribute("href")).path): a.text for a in driver.find_elements(By.CSS_SELECTOR, ".tag-cloud a")}
    assert tag_page in listed and re.search(r"\d+$", listed[tag_page]), listed
    assert f"/{lang}/tags/" in paths(driver, "footer a")


def test_wide_screen_shows_the_section_menu_beside_the_text_and_the_contents_stay_in_view(sized):
    browser = sized(DESKTOP)
    driver = browser.open("/en/troubleshooting/sync-issues/")
    text = rect(driver, driver.find_element(By.CSS_SELECTOR, ".article .prose"))
    menu = rect(driver, driver.find_element(By.CSS_SELECTOR, ".section-menu"))
    toc = driver.find_element(By.CSS_SELECTOR, ".article > .toc")
    assert menu["right"] <= text["left"] and rect(driver, toc)["left"] >= text["right"], (menu, text)
    driver.execute_script("window.scrollTo(0, document.body.scrollHeight / 2)")
    where = rect(driver, toc)
    assert 0 <= where["top"] and where["bottom"] <= DESKTOP["height"], f"the table of contents scrolled away: {where}"


def test_phone_shows_the_section_menu_after_the_text(sized):
    browser = sized(PHONE)
    driver = browser.open(f"/en/{ARTICLE}")
    text = rect(driver, driver.find_element(By.CSS_SELECTOR, ".article .prose"))
    menu = rect(driver, driver.find_element(By.CSS_SELECTOR, ".section-menu"))
    assert menu["top"] >= text["bottom"], (menu, text)


# ----- Colour scheme toggle -----


def test_the_toggle_picks_dark_and_the_choice_is_kept_without_waiting_for_scripts(chosen_scheme):
    browser = chosen_scheme
    driver = browser.open(f"/en/{ARTICLE}")
    button = driver.find_element(By.CSS_SELECTOR, "[data-scheme-toggle]")
    assert button.is_displayed() and button.get_attribute("aria-pressed") == "false"
    assert background(driver) == LIGHT_BACKGROUND
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert background(driver) == DARK_BACKGROUND
    # The next page is dark before any module runs: with site.js blocked, only the inline script can do it.
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/assets/js/site.*"]})
    try:
        browser.open("/en/account/")
        assert driver.execute_script("return document.documentElement.dataset.colorScheme") == "dark"
        assert background(driver) == DARK_BACKGROUND
        assert not driver.find_element(By.CSS_SELECTOR, "[data-scheme-toggle]").is_displayed(), "the toggle needs site.js"
    finally:
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
        driver.execute_cdp_cmd("Network.disable", {})
    assert not browser.csp_violations(), browser.csp_violations()


def test_the_toggle_overrides_a_dark_system_setting(chosen_scheme):
    browser = chosen_scheme
    browser.set_color_scheme("dark")
    driver = browser.open("/ru/")
    assert background(driver) == DARK_BACKGROUND
    button = driver.find_element(By.CSS_SELECTOR, "[data-scheme-toggle]")
    assert button.get_attribute("aria-pressed") == "true"
    button.click()
    assert background(driver) == LIGHT_BACKGROUND
    driver = browser.open("/ru/")
    assert background(driver) == LIGHT_BACKGROUND
    assert driver.find_element(By.CSS_SELECTOR, "[data-scheme-toggle]").get_attribute("aria-pressed") == "false"


# ----- Measures -----


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("lang", "kind", "path"), ALL_PAGES, ids=PAGE_IDS)
def test_axe_finds_nothing(browser, lang, kind, path, scheme):
    browser.set_color_scheme(scheme)
    driver = browser.open(path)
    expected = DARK_BACKGROUND if scheme == "dark" else LIGHT_BACKGROUND
    assert background(driver) == expected, f"{scheme} scheme not applied"
    violations = run_axe(browser)
    assert not violations, f"{path}: {len(violations)} axe violations ({scheme}):\n{describe(violations)}"


def test_axe_finds_nothing_in_the_dark_scheme_picked_with_the_toggle(chosen_scheme):
    browser = chosen_scheme
    driver = browser.open(f"/en/{ARTICLE}")
    driver.find_element(By.CSS_SELECTOR, "[data-scheme-toggle]").click()
    assert background(driver) == DARK_BACKGROUND
    violations = run_axe(browser)
    assert not violations, describe(violations)


def test_every_page_type_is_valid_html(site_dir):
    files = []
    for lang, kind, path in ALL_PAGES:
        found = output_file_for(site_dir, urlsplit(path).path) or (site_dir / "404.html")
        files.append(found)
    messages = run_vnu(sorted(set(files)))
    assert not messages, format_vnu_messages(messages, site_dir)


# Links in running text are exempt from the target size (WCAG 2.5.8, "inline"): those the writers put in a
# page's text (.prose), and those of the theme's sentences.
TAP_TARGETS = """
const inline = (e) => e.closest('.prose p, .prose li, .prose td, .prose blockquote, .request-form__note, .request-field__hint, noscript');
return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"]')]
  .filter((e) => e.checkVisibility() && !e.disabled && !(e.localName === 'a' && inline(e)))
  .map((e) => {
    // A checkbox or radio button is tapped through its label too.
    const label = /^(checkbox|radio)$/.test(e.type) && e.id && document.querySelector(`label[for="${e.id}"]`);
    const r = (label || e).getBoundingClientRect();
    return {what: e.outerHTML.slice(0, 90), width: r.width, height: r.height};
  })
  .filter((r) => r.width < 44 || r.height < 44);
"""


@pytest.mark.parametrize(("lang", "kind", "path"), ALL_PAGES, ids=PAGE_IDS)
def test_phone_layout(sized, lang, kind, path):
    browser = sized(PHONE)
    driver = browser.open(path)
    header = rect(driver, driver.find_element(By.CSS_SELECTOR, "header.site-header"))
    assert header["height"] <= 72, f"header {header['height']} px"
    print(f"\n{path} at 390×844: header {header['height']:.0f} px")
    assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), "horizontal scroll"
    boxes = [b for b in driver.find_elements(By.CSS_SELECTOR, "input[name=q]") if b.is_displayed()]
    assert boxes, "no search box"
    where = rect(driver, boxes[0])
    assert where["top"] >= 0 and where["bottom"] <= PHONE["height"], f"search box at {where}"
    small = driver.execute_script(TAP_TARGETS)
    assert not small, f"{len(small)} tap targets under 44×44 px:\n" + "\n".join(f"  {s['width']:.0f}×{s['height']:.0f} {s['what']}" for s in small[:15])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_wide_screen_article_measure(sized, lang):
    browser = sized(DESKTOP)
    driver = browser.open(f"/{lang}/{ARTICLE}")
    paragraphs = [p for p in driver.find_elements(By.CSS_SELECTOR, ".prose > p") if len(p.text) > 150]
    assert paragraphs
    measure = chars_per_line(driver, paragraphs[0])
    assert 60 <= measure <= 80, f"{measure:.0f} characters a line"
    print(f"\n{lang} article at 1280×900: {measure:.0f} characters a line")


def loaded_resources(driver) -> list[dict]:
    return driver.execute_script(
        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
        ".map(e => ({url: e.name, type: e.initiatorType, blocking: e.renderBlockingStatus || ''}))"
    )


def test_article_weight_and_no_render_blocking_script(browser, site_dir):
    driver = browser.open(f"/en/{ARTICLE}")
    driver.execute_async_script("const done = arguments[0]; setTimeout(done, 300);")
    total = 0
    sizes = {}
    for resource in loaded_resources(driver):
        path = unquote(urlsplit(resource["url"]).path)
        file = output_file_for(site_dir, path)
        assert file is not None, f"loaded {path}, which the build did not write"
        sizes[path] = len(gzip.compress(file.read_bytes(), compresslevel=9))
        total += sizes[path]
    assert total <= 30 * 1024, f"{total} bytes compressed: {sizes}"
    assert not any("/search/" in p for p in sizes), f"the search runtime loads only when the search box is used: {sizes}"
    blocking = [r for r in loaded_resources(driver) if r["type"] == "script" and r["blocking"] == "blocking"]
    assert not blocking, blocking
    scripts = driver.execute_script(
        "return [...document.scripts].map(s => ({src: s.getAttribute('src'), module: s.type === 'module', async: s.async, defer: s.defer, "
        "json: s.type === 'application/ld+json', length: s.text.length}))"
    )
    for script in scripts:
        if script["json"]:
            continue
        if script["src"]:
            assert script["module"] or script["async"] or script["defer"], f"a script that blocks the parser: {script}"
        else:
            assert script["length"] <= 512, f"an inline script of {script['length']} characters"
    print(f"\narticle page: {total / 1024:.1f} KB compressed ({', '.join(f'{p}: {s}' for p, s in sizes.items())})")


# ----- Screenshots -----


def screenshot_folder() -> Path:
    base = Path(os.environ["DESKBOOK_ARTIFACTS"]) if os.environ.get("DESKBOOK_ARTIFACTS") else REPO_ROOT / ".ci-artifacts"
    folder = base / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_screenshots_of_every_page_type(sized, size, scheme):
    browser = sized(PHONE if size == "phone" else DESKTOP)
    browser.set_color_scheme(scheme)
    folder = screenshot_folder()
    for lang, kind, path in ALL_PAGES:
        if lang != "en" and kind not in ("home", "article"):
            continue
        driver = browser.open(path)
        if kind == "search":
            driver.execute_async_script("const done = arguments[0]; setTimeout(done, 800);")
        width, height = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        shot = driver.execute_cdp_cmd(
            "Page.captureScreenshot",
            {"format": "png", "captureBeyondViewport": True, "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 6000), "scale": 1}},
        )
        target = folder / f"{lang}-{kind}-{size}-{scheme}.png"
        target.write_bytes(base64.b64decode(shot["data"]))
        assert target.stat().st_size > 1000

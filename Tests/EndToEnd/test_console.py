"""Pages load without console errors and without Content-Security-Policy violations."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from e2e_support import EXAMPLE_PAGES, LANGUAGES

PAGES = [f"/{lang}/{path}" for lang in LANGUAGES for path in EXAMPLE_PAGES.values()] + [
    "/en/search/",
    "/ru/search/",
    "/404.html",
]


def problems(browser):
    """Console errors and warnings, and CSP violations, of the page that is open."""
    # Let module scripts and late requests finish before reading the log.
    browser.driver.execute_async_script("const done = arguments[0]; requestAnimationFrame(() => setTimeout(done, 150));")
    logged = [
        f"{entry['level']}: {entry['message']}"
        for entry in browser.console_messages()
        if entry["level"] in ("SEVERE", "WARNING")
    ]
    violations = [f"CSP {v['directive']}: {v['blocked']} {v.get('sample') or ''}" for v in browser.csp_violations()]
    return logged + violations


@pytest.mark.parametrize("path", PAGES)
def test_no_console_errors_or_csp_violations(browser, path):
    browser.open(path)
    found = problems(browser)
    assert not found, f"{path}:\n" + "\n".join(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_site_script_and_stylesheet_load(browser, lang):
    """The hashed theme assets are served and applied (and allowed by the CSP)."""
    browser.open(f"/{lang}/{EXAMPLE_PAGES['article']}")
    driver = browser.driver
    for selector, attribute in (("link[rel=stylesheet]", "href"), ("script[type=module][src]", "src")):
        elements = driver.find_elements(By.CSS_SELECTOR, selector)
        assert elements, f"no {selector}"
        for element in elements:
            url = element.get_attribute(attribute)
            status = driver.execute_async_script(
                "const done = arguments[1]; fetch(arguments[0]).then(r => done(r.status), e => done(String(e)));", url
            )
            assert status == 200, f"{url}: {status}"
    assert driver.execute_script("return document.styleSheets.length") >= 1
    assert driver.execute_script("return getComputedStyle(document.querySelector('.skip-link')).position") == "absolute"


def test_console_check_can_fail(browser):
    """The harness sees console errors and CSP violations: an inline handler is blocked and reported."""
    browser.open(f"/en/{EXAMPLE_PAGES['article']}")
    browser.driver.execute_script(
        "const img = document.createElement('img'); img.alt = ''; img.src = '/missing.png';"
        "img.setAttribute('onerror', 'window.__ran = true');"
        "document.querySelector('main').append(img);"
    )
    found = problems(browser)
    assert any("script-src" in line for line in found), found
    assert any(line.startswith("SEVERE") for line in found), found
    assert browser.driver.execute_script("return window.__ran === true") is False

"""Script in Markdown content never runs, even without the CSP: raw HTML goes through an allowlist, which shows
<script> as text and drops inline handlers and script addresses."""

from __future__ import annotations


import pytest
from selenium.common.exceptions import UnexpectedAlertPresentException
from selenium.webdriver.common.by import By

from e2e_support import Browser, SiteServer, assert_no_alert, build_site, write_english_site

UNSAFE_MARKDOWN = """\
---
title: Unsafe content
---
Before the payload.

<script>alert(1)</script>

<img src="/missing-image.png" alt="" onerror="alert(2)">

<p id="clickable" onclick="alert(3)">Click me</p>

[markdown link](javascript:alert(4))

<a id="raw-link" href="javascript:alert(5)">raw link</a>

<iframe src="javascript:alert(6)"></iframe>

<svg><script>alert(7)</script></svg>

After the payload.
"""


@pytest.fixture(scope="module")
def unsafe_site(tmp_path_factory, deskbook_bin):
    source = tmp_path_factory.mktemp("unsafe-site")
    write_english_site(source, "Unsafe content test", {"unsafe.md": UNSAFE_MARKDOWN})
    output = source / "public"
    build_site(deskbook_bin, source, output)
    with SiteServer(output) as server:
        yield server.base_url




def test_script_in_content_does_not_run(driver, unsafe_site):
    browser = Browser(driver, unsafe_site)
    try:
        browser.open("/en/unsafe/")
        driver.execute_async_script("const done = arguments[0]; setTimeout(done, 300);")
    except UnexpectedAlertPresentException as error:
        pytest.fail(f"script from content ran while loading: {error.alert_text}")
    assert_no_alert(driver, "while loading")

    prose = driver.find_element(By.CSS_SELECTOR, "article .prose")
    assert "Before the payload." in prose.text and "After the payload." in prose.text
    assert "<script>alert(1)</script>" in prose.text, "the allowlist shows <script> as text"
    assert not prose.find_elements(By.CSS_SELECTOR, "script, iframe"), "content must not create script or iframe elements"
    scripts = driver.execute_script(
        "return [...document.scripts].map(s => ({src: s.getAttribute('src'), type: s.type, text: s.text.slice(0, 80), inHead: s.parentNode === document.head}))"
    )
    for script in scripts:
        # The theme's own inline script (the colour scheme) sits in <head>, where content never goes.
        theme_inline = script["inHead"] and not script["src"] and script["type"] == ""
        allowed = (script["src"] or "").startswith("/assets/") or script["type"] == "application/ld+json" or theme_inline
        assert allowed, f"unexpected script element in the page: {script}"

    handlers = driver.execute_script(
        "return [...document.querySelectorAll('article .prose *')]"
        ".flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.localName + ' ' + a.name))"
    )
    assert not handlers, f"inline handlers from content must be dropped: {handlers}"
    violations = browser.csp_violations()
    assert not [v for v in violations if v["directive"].startswith("script-src")], (
        f"nothing from content should even reach the CSP: {violations}"
    )

    driver.find_element(By.ID, "clickable").click()
    assert_no_alert(driver, "on click (inline onclick)")
    for selector in ("#raw-link", ".prose a[href^='javascript:']"):
        for link in driver.find_elements(By.CSS_SELECTOR, selector):
            link.click()
            driver.execute_async_script("const done = arguments[0]; setTimeout(done, 200);")
            assert_no_alert(driver, f"on click ({link.get_attribute('href')})")
            assert browser.path() == "/en/unsafe/"

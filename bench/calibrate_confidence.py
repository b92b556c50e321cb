#!/usr/bin/env python3
"""Fits the confidence of the request form's "likely answer" (SearchSuggester.confidence in Swift,
searchConfidence in request-form.js) on the labelled question sets of bench/relevance.

The confidence is meant as the probability that the top suggestion answers the question. For every question
of the sets it runs the static engine (public/search/search.js in Node, which ranks exactly as the CLI), takes
the two best scores and the number of query terms, and labels the question 1 when the top result is a correct
answer. It fits a logistic regression on four features:

  strength  log2(top score / (terms × 4 × 255)), how close the top result comes to matching every query
            term as typed in its title at full impact (the most a query of that many terms can score);
  lead      (top − second) / top, how far ahead of the next result it is;
  terms     log2(number of query terms), since a long question piles up score from incidental words;
  coverage  the share of the query terms the top result matches (a page about importing tasks matches
            "tasks", "CSV" and "file" of "Export tasks to CSV file" strongly, but not "export").

Then it picks the default threshold: the lowest confidence, in steps of 0.05, at which at least 90% of the
questions flagged (confidence ≥ threshold) have a correct top result, and prints precision and coverage (share
of questions flagged) on each set and in total at it. The constants it prints go into SearchSuggester.swift
and request-form.js.

Usage: python3 bench/calibrate_confidence.py [--sets webapps-en,...] [--deskbook BIN] [--workdir DIR] [--reuse]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_relevance import SETS, prepare, read_set  # noqa: E402
from search_support import build, deskbook_binary, matches, node_search_script  # noqa: E402

DEFAULT_SETS = "webapps-en,health-en,video-ru,site-en,site-ru,help-en,help-ru"
MAX_SCORE_PER_TERM = 4 * 255

NODE_SCORES = node_search_script("", """const out = [];
for (const question of questions) {
  const results = await runtime.search(question, { lang, limit: 5 });
  const terms = new Set(runtime.analyze(question, lang)).size;
  out.push({ terms, results: results.map((r) => [r.url, r.score, r.matched]) });
}
process.stdout.write(JSON.stringify(out));
""")


def todays_confidence(scores: list[int]) -> float:
    """The confidence before this calibration (strength × lead), for comparison."""
    top, second = scores[0], (scores[1] if len(scores) > 1 else 0)
    strength = min(top, 2400)
    lead = min(max(3 * top - 2 * second, 0), 2 * top)
    return round(strength * lead / (2400 * 2 * top), 3)


def features(terms: int, scores: list[int], matched: int) -> list[float] | None:
    if not scores or scores[0] <= 0:
        return None
    top = scores[0]
    second = scores[1] if len(scores) > 1 else 0
    terms = max(1, min(terms, 16))
    return [math.log2(top / (terms * MAX_SCORE_PER_TERM)), (top - second) / top, math.log2(terms), min(matched, terms) / terms]


def logistic(weights: list[float], x: list[float]) -> float:
    z = weights[0] + sum(w * v for w, v in zip(weights[1:], x))
    return 1 / (1 + math.exp(-z))


def fit(rows: list[tuple[list[float], int]], steps: int = 200) -> list[float]:
    """Logistic regression by Newton's method, with a small ridge for stability."""
    size = len(rows[0][0]) + 1
    weights = [0.0] * size
    for _ in range(steps):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for x, label in rows:
            xs = [1.0] + x
            p = logistic(weights, x)
            for i in range(size):
                gradient[i] += (p - label) * xs[i]
                for j in range(size):
                    hessian[i][j] += p * (1 - p) * xs[i] * xs[j]
        for i in range(1, size):
            gradient[i] += 1e-3 * weights[i]
            hessian[i][i] += 1e-3
        step = solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step)]
        if max(abs(s) for s in step) < 1e-10:
            break
    return weights


def solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=DEFAULT_SETS)
    parser.add_argument("--deskbook", help="deskbook binary (default: $DESKBOOK_BIN or .build/release/deskbook)")
    parser.add_argument("--workdir", help="where the sites are built (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="reuse sites already built in --workdir")
    parser.add_argument("--target", type=float, default=0.9, help="precision wanted at the default threshold")
    args = parser.parse_args()

    binary = deskbook_binary(args.deskbook)
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="deskbook-calibration-")).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    per_set: dict[str, list[tuple[list[float], int]]] = {}
    before: list[tuple[float, int]] = []
    for name in [n for n in args.sets.split(",") if n in SETS]:
        site_name, lang = SETS[name]
        site = workdir / site_name
        if not (args.reuse and (site / "public" / "search").is_dir()):
            site = prepare(site_name, workdir)
            build(binary, site)
        rows = read_set(name)
        with tempfile.NamedTemporaryFile("w", suffix=".mjs", delete=False) as script:
            script.write(NODE_SCORES)
        try:
            result = subprocess.run(["node", script.name, str(site / "public" / "search"), lang],
                                    input=json.dumps([q for q, _ in rows]), capture_output=True, text=True, check=True)
        finally:
            os.unlink(script.name)
        data = []
        for (question, labels), answer in zip(rows, json.loads(result.stdout)):
            x = features(answer["terms"], [r[1] for r in answer["results"]], answer["results"][0][2] if answer["results"] else 0)
            if x is None:
                continue
            right = any(matches(answer["results"][0][0], label) for label in labels)
            data.append((x, int(right)))
            before.append((todays_confidence([r[1] for r in answer["results"]]), int(right)))
        per_set[name] = data
        print(f"{name}: {len(data)} questions with results, top result right for {sum(l for _, l in data)}",
              file=sys.stderr)

    rows = [row for data in per_set.values() for row in data]
    weights = fit(rows)
    print("weights (bias, strength, lead, terms, coverage):", ", ".join(f"{w:.3f}" for w in weights))
    rounded = [round(w, 3) for w in weights]

    def flagged(data, threshold):
        return [(label, logistic(rounded, x)) for x, label in data if round(logistic(rounded, x), 3) >= threshold]

    threshold = None
    for step in range(1, 20):
        candidate = step / 20
        chosen = flagged(rows, candidate)
        if chosen and sum(label for label, _ in chosen) / len(chosen) >= args.target:
            threshold = candidate
            break
    old = [label for confidence, label in before if confidence >= 0.8]
    print(f"before calibration, threshold 0.80: precision {sum(old) / max(1, len(old)):.3f}, "
          f"coverage {len(old) / max(1, len(before)):.3f}")
    print(f"threshold for precision >= {args.target:.2f}: {threshold}")
    for name, data in list(per_set.items()) + [("all", rows)]:
        for t in sorted({0.5, 0.8, threshold or 0.95}):
            chosen = flagged(data, t)
            precision = sum(label for label, _ in chosen) / len(chosen) if chosen else float("nan")
            print(f"  {name:<12} threshold {t:.2f}: precision {precision:.3f}, coverage {len(chosen) / max(1, len(data)):.3f}"
                  f" ({len(chosen)} of {len(data)}; top result right for {sum(l for _, l in data)})")


if __name__ == "__main__":
    main()

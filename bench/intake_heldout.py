#!/usr/bin/env python3
"""Held-out requests written from the seed policies, checked with `deskbook check --json`.

Each bench/intake_heldout/<example>/requests.yml lists requests for examples/<example>/intake.yml with the
verdict its seed policy demands. A request passes when `ready` matches, every expected finding code appears
(a list of codes inside `codes` means any one of them), no error finding outside the expected codes (and
`allow`) appears, unless the request is expected not ready and names no codes,
and the route and first-response time match where the expectation gives them. Prints per example and overall
the passes and, for each failure, what was expected next to what the checker said.

    python3 bench/intake_heldout.py [--deskbook .build/debug/deskbook] [--example iptv-vendor] [--set fresh] [--verbose]

`--set NAME` reads bench/intake_heldout/<example>/NAME.yml instead of requests.yml (a second blind set).
"""

import argparse
import datetime
import json
import pathlib
import re
import subprocess
import sys
import tempfile

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "bench" / "intake_heldout"
EXAMPLES = ROOT / "examples"
# Examples that are a help center of their own: `deskbook check` searches their built site.
SITE_EXAMPLES = {"iptv-vendor"}


def expand(value):
    """A value written as {repeat: TEXT, times: N} becomes TEXT repeated N times (huge hostile fields)."""
    if isinstance(value, dict) and set(value) == {"repeat", "times"}:
        return str(value["repeat"]) * int(value["times"])
    return value


def build_sites(deskbook):
    for example in sorted(SITE_EXAMPLES):
        source = EXAMPLES / example
        subprocess.run([deskbook, "build", "--source", str(source)], check=True,
                       stdout=subprocess.DEVNULL)


def run_check(deskbook, example, case):
    request = {key: expand(value) for key, value in case["request"].items()}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(request, handle, ensure_ascii=False)
        path = handle.name
    command = [deskbook, "check", path, "--source", str(EXAMPLES / example), "--json"]
    if case.get("at"):
        command += ["--at", case["at"]]
    completed = subprocess.run(command, capture_output=True, text=True)
    pathlib.Path(path).unlink()
    try:
        return json.loads(completed.stdout)
    except json.JSONDecodeError:
        # A request the checker refuses outright (too large, not an object) is a request not ready.
        return {"ready": False, "findings": [{"code": "request.refused", "severity": "error",
                                              "message": completed.stderr.strip()[:200]}]}


def instant(text):
    return datetime.datetime.fromisoformat(text)


def problems(expect, result):
    """What differs between the expectation and the result; empty when the request passes."""
    found = {f["code"] for f in result.get("findings", [])}
    errors = {f["code"] for f in result.get("findings", []) if f.get("severity") == "error"}
    wanted = [c if isinstance(c, list) else [c] for c in expect.get("codes", [])]
    allowed = {code for group in wanted for code in group} | set(expect.get("allow", []))
    issues = []
    if result.get("ready") != expect["ready"]:
        issues.append(f"ready: expected {expect['ready']}, got {result.get('ready')}")
    for group in wanted:
        if not found.intersection(group):
            issues.append(f"missing {' or '.join(group)}")
    # A request expected not ready without named codes may be stopped by any error.
    unexpected = sorted(errors - allowed) if wanted or expect["ready"] else []
    if unexpected:
        issues.append(f"unexpected errors {', '.join(unexpected)}")
    route = (result.get("route") or {})
    if "route" in expect:
        said = f"{route.get('department', '')} {route.get('label', '')}".strip()
        if not re.search(expect["route"], said, re.IGNORECASE):
            issues.append(f"route: expected /{expect['route']}/, got {said or 'none'}")
    response = (result.get("expected_response") or {}).get("first_response_by")
    if "first_response" in expect:
        if not response or instant(response) != instant(expect["first_response"]):
            issues.append(f"first response: expected {expect['first_response']}, got {response}")
    if "first_response_after" in expect:
        if not response or instant(response) <= instant(expect["first_response_after"]):
            issues.append(f"first response: expected after {expect['first_response_after']}, got {response}")
    if issues:
        issues.append("findings: " + (", ".join(f"{f['code']}({f.get('severity')})"
                                               for f in result.get("findings", [])) or "none"))
    return issues


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deskbook", default=str(ROOT / ".build" / "debug" / "deskbook"))
    parser.add_argument("--example", action="append", help="only these examples")
    parser.add_argument("--set", default="requests", metavar="NAME",
                        help="read bench/intake_heldout/<example>/NAME.yml (default: requests)")
    parser.add_argument("--verbose", action="store_true", help="print each failure's reason from the seed")
    parser.add_argument("--no-build", action="store_true", help="use the examples' sites as already built")
    args = parser.parse_args()
    if not args.no_build:
        build_sites(args.deskbook)
    examples = args.example or sorted(p.name for p in HELDOUT.iterdir()
                                      if p.is_dir() and (p / f"{args.set}.yml").is_file())
    total = passed_total = 0
    for example in examples:
        cases = yaml.safe_load((HELDOUT / example / f"{args.set}.yml").read_text(encoding="utf-8"))
        failures = []
        for case in cases:
            issues = problems(case["expect"], run_check(args.deskbook, example, case))
            if issues:
                failures.append((case, issues))
        passed = len(cases) - len(failures)
        total += len(cases)
        passed_total += passed
        print(f"{example}: {passed} of {len(cases)}")
        for case, issues in failures:
            print(f"  FAIL {case['name']}: " + "; ".join(issues))
            if args.verbose:
                print(f"       why: {case['expect'].get('why', '')}")
    print(f"overall: {passed_total} of {total} ({100 * passed_total / max(total, 1):.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

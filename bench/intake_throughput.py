#!/usr/bin/env python3
"""Throughput of the intake service with wrk on loopback, bounded in time:

1. `POST /api/check` with suggestions, on a site built with deskbook from a corpus (by default the 2,459-article
   /work/shared/corpus/officedocs-support-en);
2. `POST /api/requests` on a fresh SQLite store (every request different, each becomes a ticket).

Prints requests/s, p50, p99 and errors for each. Usage:

    python3 bench/intake_throughput.py [--binary .build/release/deskbook] [--corpus DIR] [--seconds 15]
        [--connections 32] [--threads 2] [--only check|requests] [--call-rate-limit 10000000] [--soak SECONDS]

With --soak, after the check measure it runs checks at half the rate it reached, paced by check.lua, for SECONDS,
reads the service's resident memory (VmRSS of /proc/PID/status) every 5 s, and prints the memory at the start,
at the end and at most, the growth from start to end, and the errors (issue 10: at most 10% growth in 300 s).

The service's per-address limits are raised for the run (wrk comes from one address): submissions with
--rate-limit 100000, checks with --call-rate-limit (per minute).

Targets (issue 10): check >= 3,000 requests/s with p99 <= 25 ms and 0 errors; requests >= 500 accepted/s, 0 errors.
"""
import argparse
import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build_site(binary, corpus, folder):
    shutil.copytree(corpus, folder / "content" / "en")
    (folder / "deskbook.yml").write_text("title: Bench\nbase_url: https://help.example.com/\nlanguages: [en]\nbroken_links: warn\n")
    intake = (ROOT / "intake.yml").read_text(encoding="utf-8")
    (folder / "intake.yml").write_text(intake, encoding="utf-8")
    started = time.monotonic()
    result = subprocess.run([binary, "build", "--keep-going", "--source", str(folder)], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"the build failed: {result.stderr[-2000:]}")
    articles = len(list((folder / "content" / "en").rglob("*.md")))
    print(f"built {articles} articles in {time.monotonic() - started:.1f} s")


def serve(binary, folder, store, call_rate_limit):
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--production", "--source", str(folder), "--public", str(folder / "public"), "--port", str(port),
         "--store", str(store), "--rate-limit", "100000", "--call-rate-limit", str(call_rate_limit)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1):
                return process, base
        except OSError:
            time.sleep(0.2)
    process.kill()
    sys.exit("the service did not start")


def wrk_command(base, script, arguments, seconds, rate=None):
    """wrk on `script` for `seconds`; with `rate`, check.lua paces the threads to that many requests a second."""
    command = ["wrk", "-t", str(arguments.threads), "-c", str(arguments.connections), "-d", f"{seconds}s",
               "--latency", "-s", str(ROOT / "bench" / script), base]
    if rate:
        command += ["--", str(rate), str(arguments.threads)]
    print("$ " + " ".join(command))
    return command


def result_line(output):
    line = next((line for line in output.splitlines() if line.startswith("RESULT ")), "RESULT (no result)")
    return line.removeprefix("RESULT ")


def wrk(base, script, arguments):
    command = wrk_command(base, script, arguments, arguments.seconds)
    return result_line(subprocess.run(command, capture_output=True, text=True, timeout=arguments.seconds + 60).stdout)


def resident_kib(pid):
    """The process's resident memory (VmRSS) in KiB."""
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


def soak(base, pid, arguments, rate):
    """Checks at `rate` a second for --soak seconds, the service's memory read every 5 s."""
    print(f"soak: {rate} checks/s for {arguments.soak} s")
    wrk_process = subprocess.Popen(wrk_command(base, "check.lua", arguments, arguments.soak, rate),
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    samples = [(0, resident_kib(pid))]
    started = time.monotonic()
    while wrk_process.poll() is None:
        time.sleep(5 - (time.monotonic() - started) % 5)
        if wrk_process.poll() is None:
            samples.append((round(time.monotonic() - started), resident_kib(pid)))
    samples.append((round(time.monotonic() - started), resident_kib(pid)))
    result = result_line(wrk_process.stdout.read())
    start, end, peak = samples[0][1], samples[-1][1], max(kib for _, kib in samples)
    print("soak memory (s: MiB): " + ", ".join(f"{second}: {kib / 1024:.1f}" for second, kib in samples[::6] + samples[-1:]))
    print(f"soak:     {result}")
    print(f"soak RSS: start {start / 1024:.1f} MiB, end {end / 1024:.1f} MiB, max {peak / 1024:.1f} MiB, "
          f"growth {100 * (end - start) / start:+.1f}% (max {100 * (peak - start) / start:+.1f}%)")


def rate_of(result):
    """The requests/s of a RESULT line."""
    return float(result.split("requests/s=")[1].split()[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.environ.get("DESKBOOK_BIN", str(ROOT / ".build" / "release" / "deskbook")))
    parser.add_argument("--corpus", default="/work/shared/corpus/officedocs-support-en")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--only", choices=["check", "requests"], help="measure one endpoint only")
    parser.add_argument("--call-rate-limit", type=int, default=10_000_000, help="checks per minute from one address")
    parser.add_argument("--soak", type=int, metavar="SECONDS", help="then checks at half the measured rate for SECONDS")
    arguments = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (Debian package wrk; .ci/setup installs it)")
    with tempfile.TemporaryDirectory(prefix="deskbook-bench-") as temporary:
        folder = pathlib.Path(temporary) / "site"
        build_site(arguments.binary, arguments.corpus, folder)
        process, base = serve(arguments.binary, folder, pathlib.Path(temporary) / "intake.sqlite", arguments.call_rate_limit)
        try:
            probe = urllib.request.Request(base + "/api/check", method="POST", headers={"Content-Type": "application/json"},
                                           data=json.dumps({"subject": "Outlook keeps asking for my password"}).encode())
            with urllib.request.urlopen(probe, timeout=10) as response:
                suggestions = len(json.loads(response.read()).get("suggestions", []))
            print(f"a check returns {suggestions} suggestions")
            if arguments.only in (None, "check") or arguments.soak:
                checks = wrk(base, "check.lua", arguments)
                print("check:    " + checks)
                if arguments.soak:
                    soak(base, process.pid, arguments, round(rate_of(checks) / 2))
            if arguments.only == "check":
                return
            print("requests: " + wrk(base, "requests.lua", arguments))
            tickets = subprocess.run([arguments.binary, "requests", "--store", str(pathlib.Path(temporary) / "intake.sqlite"),
                                      "--limit", "100000", "--json"], capture_output=True, text=True).stdout
            print(f"tickets in the store: {len(json.loads(tickets or '[]'))}")
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)


if __name__ == "__main__":
    main()

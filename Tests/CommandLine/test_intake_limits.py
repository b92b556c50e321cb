"""`deskbook serve --production --call-rate-limit`: the per-address limit of checks and searches can be raised
(benchmarks need it) or lowered; submissions keep their own --rate-limit.

Run with: python3 -m pytest Tests/CommandLine/test_intake_limits.py -q (DESKBOOK_BIN picks the binary).
"""
import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request

from test_commands import BINARY
from test_intake_service import configure, free_port, site, wait_until  # noqa: F401


def check_statuses(site, count, *options):
    configure(site, free_port())
    port = free_port()
    process = subprocess.Popen([BINARY, "serve", "--production", "--source", str(site), "--port", str(port), *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, TEST_WEBHOOK_KEY="k"))

    def healthy():
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return True
        except OSError:
            return False

    statuses = []
    try:
        wait_until(healthy, "the service")
        started = time.monotonic()
        for _ in range(count):
            request = urllib.request.Request(f"http://127.0.0.1:{port}/api/check", data=json.dumps({"subject": "x"}).encode(),
                                             method="POST", headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    statuses.append(response.status)
            except urllib.error.HTTPError as error:
                statuses.append(error.code)
        elapsed = time.monotonic() - started
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    return statuses, elapsed


def test_the_default_lets_a_burst_of_60_checks_through_and_refuses_the_rest(site):
    # The default is 600 a minute with a burst of 60: the bucket refills 10 calls a second while the checks run, so
    # however fast this machine answers, at most 60 + 10 per elapsed second (and one being refilled) get through.
    statuses, elapsed = check_statuses(site, 200)
    assert statuses[:60] == [200] * 60
    assert statuses.count(200) <= 60 + 10 * elapsed + 1, (statuses.count(200), elapsed)
    assert set(statuses) <= {200, 429}


def test_call_rate_limit_raises_the_check_limit(site):
    assert check_statuses(site, 150, "--call-rate-limit", "100000")[0] == [200] * 150


def test_call_rate_limit_lowers_it_too(site):
    assert check_statuses(site, 3, "--call-rate-limit", "10")[0] == [200, 429, 429]


def test_call_rate_limit_is_bounded(site):
    result = subprocess.run([BINARY, "serve", "--production", "--source", str(site), "--call-rate-limit", "0"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "--call-rate-limit" in result.stderr

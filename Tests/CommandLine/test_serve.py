"""`deskbook serve` as a process: it listens, stops cleanly on SIGINT and SIGTERM, and exits 2 with a clear
message when the port is taken or the site's configuration is unusable.

Run with: python3 -m pytest Tests/CommandLine -q (DESKBOOK_BIN picks the binary).
"""
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from test_commands import BINARY, SUMMARY, deskbook

WAIT = 60


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(source, port):
    return subprocess.Popen(
        [BINARY, "serve", "--source", str(source), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_for_page(url, process):
    """The page's status once the first build is served (the server answers 404 until then)."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read()
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status
        except urllib.error.HTTPError:
            pass
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} was not served")


@pytest.fixture
def site(tmp_path):
    source = tmp_path / "site"
    result = deskbook("init", source)
    assert result.returncode == 0, result.stderr
    return source


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_serves_the_site_and_stops_cleanly(site, stop):
    port = free_port()
    process = start(site, port)
    try:
        assert wait_for_page(f"http://127.0.0.1:{port}/en/", process) == 200
    finally:
        process.send_signal(stop)
        code = process.wait(timeout=WAIT)
    output = process.stdout.read().splitlines()
    assert code == 0, process.stderr.read()
    assert f"Serving http://127.0.0.1:{port}/ (Ctrl-C to stop)" in output
    assert any(SUMMARY.match(line) for line in output), output
    assert not (site / "public").exists(), "serve must not write the site"


def test_a_port_in_use_is_a_clear_error(site):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([BINARY, "serve", "--source", str(site), "--port", str(port)], capture_output=True, text=True, timeout=WAIT)
    assert result.returncode == 2
    assert f"error: port {port} on 127.0.0.1 is already in use; choose another with --port" in result.stderr


def test_a_broken_configuration_exits_2_with_its_diagnostics(site):
    (site / "deskbook.yml").write_text("title: [unclosed\n", encoding="utf-8")
    result = subprocess.run([BINARY, "serve", "--source", str(site), "--port", str(free_port())], capture_output=True, text=True, timeout=WAIT)
    assert result.returncode == 2
    assert "deskbook.yml:" in result.stderr and ": error: " in result.stderr, result.stderr


def test_a_bad_port_is_a_usage_error(site):
    result = deskbook("serve", "--source", site, "--port", "70000")
    assert result.returncode == 2
    assert "--port must be between 1 and 65535" in result.stderr

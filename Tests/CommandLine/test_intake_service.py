"""`deskbook serve --production` for real: requests become tickets, are delivered to a webhook receiver on
127.0.0.1 with a valid signature, survive the receiver being down and the service being killed, and
`deskbook requests` shows and retries them.

Run with: python3 -m pytest Tests/CommandLine/test_intake_service.py -q (DESKBOOK_BIN picks the binary).
"""
import hashlib
import hmac
import http.server
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request

import pytest

from test_commands import BINARY, ROOT
from test_commands import READY_REQUEST as READY

SECRET = "test-signing-key"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, what, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class Receiver:
    """A webhook receiver on 127.0.0.1 that checks each delivery's signature and records it."""

    def __init__(self, port, status=200):
        self.port = port
        self.status = status
        self.deliveries = []
        self.server = None

    def start(self):
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                timestamp = self.headers["Deskbook-Timestamp"]
                expected = "v1=" + hmac.new(SECRET.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
                valid = hmac.compare_digest(expected, self.headers["Deskbook-Signature"] or "")
                receiver.deliveries.append({"key": self.headers["Idempotency-Key"], "valid": valid, "body": json.loads(body)})
                self.send_response(receiver.status if valid else 401)
                self.end_headers()

            def log_message(self, *args):
                pass

        http.server.ThreadingHTTPServer.allow_reuse_address = True
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def keys(self):
        return [delivery["key"] for delivery in self.deliveries]


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(ROOT / "deskbook.yml", root / "deskbook.yml")
    return root


def configure(site, receiver_port, max_attempts=20):
    intake = (ROOT / "intake.yml").read_text(encoding="utf-8")
    intake += (
        "\nticket: {format: 'OT-{year}-{seq:6}'}\n"
        f"forward:\n  max_attempts: {max_attempts}\n  retry_delay: 1\n"
        f"  webhook: {{url: 'http://127.0.0.1:{receiver_port}/hook', secret_env: TEST_WEBHOOK_KEY}}\n"
    )
    (site / "intake.yml").write_text(intake, encoding="utf-8")


class Service:
    def __init__(self, site, store, rate_limit=1000):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        environment = dict(os.environ, TEST_WEBHOOK_KEY=SECRET)
        self.process = subprocess.Popen(
            [BINARY, "serve", "--production", "--source", str(site), "--port", str(self.port), "--store", str(store),
             "--rate-limit", str(rate_limit)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment, text=True,
        )
        wait_until(self.healthy, "the service to answer /healthz")

    def healthy(self):
        assert self.process.poll() is None, self.process.stderr.read()
        try:
            with urllib.request.urlopen(self.base + "/healthz", timeout=1) as response:
                return response.status == 200
        except OSError:
            return False

    def post(self, body, headers=None):
        request = urllib.request.Request(
            self.base + "/api/requests", data=json.dumps(body).encode(), method="POST",
            headers={"Content-Type": "application/json", **(headers or {})},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
        return self.process.returncode


def requests_json(*arguments, store):
    result = subprocess.run([BINARY, "requests", *arguments, "--store", str(store), "--json"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_request_becomes_a_ticket_delivered_with_a_valid_signature(site, tmp_path):
    receiver = Receiver(free_port()).start()
    configure(site, receiver.port)
    store = tmp_path / "intake.sqlite"
    service = Service(site, store)
    try:
        status, answer = service.post(READY, {"Idempotency-Key": "form-1"})
        assert status == 201, answer
        ticket = answer["ticket"]
        assert ticket.startswith("OT-") and ticket.endswith("-000001")
        assert "first_response_by" in answer["expected_response"]
        assert service.post(READY, {"Idempotency-Key": "form-1"}) == (201, answer)
        status, refused = service.post({"subject": "Help"})
        assert status == 422 and refused["ready"] is False and refused["findings"]
        wait_until(lambda: len(receiver.deliveries) == 1, "the delivery")
        delivery = receiver.deliveries[0]
        assert delivery["valid"] and delivery["key"] == ticket
        assert delivery["body"]["ticket"] == ticket and delivery["body"]["fields"]["subject"] == READY["subject"]
        wait_until(lambda: requests_json(store=store)[0]["deliveries"][0]["state"] == "delivered", "the delivery to be recorded")
    finally:
        assert service.stop() == 0, "SIGTERM stops the service cleanly"
        receiver.stop()
    logs = service.process.stderr.read()
    for line in logs.splitlines():
        json.loads(line)  # structured logs: one JSON object per line
    assert READY["description"] not in logs and "anna@example.com" not in logs, "request bodies are never logged"


def test_requests_wait_while_the_receiver_is_down_and_arrive_when_it_returns(site, tmp_path):
    port = free_port()
    configure(site, port)
    store = tmp_path / "intake.sqlite"
    service = Service(site, store)
    try:
        tickets = [service.post(dict(READY, subject=f"{READY['subject']} ({n})"))[1]["ticket"] for n in range(3)]
        wait_until(lambda: all(r["deliveries"][0]["attempts"] >= 1 for r in requests_json(store=store)), "failed attempts")
        assert all(r["deliveries"][0]["state"] == "pending" for r in requests_json(store=store))
        receiver = Receiver(port).start()
        try:
            wait_until(lambda: set(receiver.keys()) == set(tickets), "every delivery after the receiver returns", timeout=60)
            assert all(delivery["valid"] for delivery in receiver.deliveries)
        finally:
            receiver.stop()
    finally:
        service.stop()


def test_nothing_answered_201_is_lost_when_the_service_is_killed(site, tmp_path):
    port = free_port()
    configure(site, port)
    store = tmp_path / "intake.sqlite"
    service = Service(site, store)
    tickets = []
    for n in range(20):
        status, answer = service.post(dict(READY, subject=f"{READY['subject']} ({n})"))
        assert status == 201
        tickets.append(answer["ticket"])
    service.process.kill()  # SIGKILL: no chance to flush anything
    service.process.wait(timeout=10)
    assert sorted(r["ticket"] for r in requests_json("list", store=store)) == sorted(tickets)
    receiver = Receiver(port).start()
    restarted = Service(site, store)
    try:
        wait_until(lambda: set(receiver.keys()) >= set(tickets), "every ticket delivered after the restart (claims cut short by the kill run out first)", timeout=120)
        assert len(set(tickets)) == 20
    finally:
        restarted.stop()
        receiver.stop()


def test_a_dead_letter_is_listed_as_failed_and_retried(site, tmp_path):
    receiver = Receiver(free_port(), status=500).start()
    configure(site, receiver.port, max_attempts=2)
    store = tmp_path / "intake.sqlite"
    service = Service(site, store)
    try:
        ticket = service.post(READY)[1]["ticket"]
        wait_until(lambda: requests_json("--failed", store=store), "the dead letter", timeout=60)
        failed = requests_json("--failed", store=store)
        assert [r["ticket"] for r in failed] == [ticket] and failed[0]["deliveries"][0]["state"] == "dead"
        assert len(receiver.deliveries) == 2
        shown = requests_json("show", ticket, store=store)
        assert shown["request"]["fields"]["email"] == READY["email"]
        receiver.status = 200
        retried = subprocess.run([BINARY, "requests", "retry", ticket, "--store", str(store)], capture_output=True, text=True, timeout=60)
        assert retried.returncode == 0, retried.stderr
        wait_until(lambda: requests_json("show", ticket, store=store)["deliveries"][0]["state"] == "delivered", "the retried delivery")
        assert receiver.keys() == [ticket] * 3
    finally:
        service.stop()
        receiver.stop()


def test_requests_command_errors(tmp_path):
    missing = subprocess.run([BINARY, "requests", "--store", str(tmp_path / "none.sqlite")], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2 and "no request store" in missing.stderr
    usage = subprocess.run([BINARY, "requests", "show"], capture_output=True, text=True, timeout=60)
    assert usage.returncode == 2


def test_a_missing_webhook_key_stops_the_service_with_a_clear_error(site, tmp_path):
    configure(site, free_port())
    environment = {key: value for key, value in os.environ.items() if key != "TEST_WEBHOOK_KEY"}
    result = subprocess.run(
        [BINARY, "serve", "--production", "--source", str(site), "--port", str(free_port()), "--store", str(tmp_path / "s.sqlite")],
        capture_output=True, text=True, timeout=60, env=environment,
    )
    assert result.returncode == 2 and "TEST_WEBHOOK_KEY" in result.stderr

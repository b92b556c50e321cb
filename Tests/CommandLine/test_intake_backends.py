"""The intake service on its other back ends, for real: two instances sharing one PostgreSQL database (from
.ci/postgres), and email delivery to an SMTP server on 127.0.0.1 (aiosmtpd), also while that server is down.

Run with: python3 -m pytest Tests/CommandLine/test_intake_backends.py -q (DESKBOOK_BIN picks the binary).
The PostgreSQL tests skip only when no PostgreSQL can be started; the email tests need aiosmtpd (.ci/setup).
"""
import concurrent.futures
import email
import email.policy
import os
import pathlib
import subprocess
import threading
import uuid

import pytest

from test_intake_service import READY, ROOT, Receiver, Service, configure, free_port, requests_json, site, wait_until  # noqa: F401


@pytest.fixture(scope="module")
def postgres():
    """The URL of a database of the test cluster; the cluster is started here unless DESKBOOK_TEST_POSTGRES_URL names one."""
    given = os.environ.get("DESKBOOK_TEST_POSTGRES_URL")
    started = None
    if not given:
        environment = dict(os.environ, DESKBOOK_PG_PORT=os.environ.get("DESKBOOK_PG_PORT", "55434"))
        result = subprocess.run(["bash", str(ROOT / ".ci" / "postgres"), "start"], capture_output=True, text=True, env=environment)
        if result.returncode != 0:
            pytest.skip(f"no PostgreSQL could be started: {result.stderr.strip()}")
        given = started = result.stdout.strip().splitlines()[-1]
        yield given
        subprocess.run(["bash", str(ROOT / ".ci" / "postgres"), "stop"], env=environment, capture_output=True)
    else:
        yield given


def fresh_database(server_url):
    name = "deskbook_" + uuid.uuid4().hex[:12]
    subprocess.run(["psql", server_url, "-q", "-c", f"CREATE DATABASE {name}"], check=True, capture_output=True)
    return server_url.rsplit("/", 1)[0] + "/" + name


def test_two_instances_on_one_postgres_number_uniquely_and_deliver_each_ticket_once(site, postgres):
    receiver = Receiver(free_port()).start()
    configure(site, receiver.port)
    database = fresh_database(postgres)
    services = [Service(site, database), Service(site, database)]
    try:
        def submit(index):
            body = dict(READY, subject=f"Export number {index} of a project to CSV skips archived tasks")
            return services[index % 2].post(body, headers={"Idempotency-Key": f"submit-{index}"})

        with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
            answers = list(pool.map(submit, range(60)))
        assert [status for status, _ in answers] == [201] * 60, answers[:3]
        tickets = [answer["ticket"] for _, answer in answers]
        assert len(set(tickets)) == 60
        wait_until(lambda: len(receiver.deliveries) >= 60, "every ticket at the receiver")
        # Give a second delivery of any ticket time to show up before counting.
        wait_until(lambda: False if len(receiver.deliveries) < 60 else True, "a settled outbox", timeout=3)
        assert sorted(receiver.keys()) == sorted(tickets), "each ticket delivered exactly once"
        assert all(delivery["valid"] for delivery in receiver.deliveries)
        listed = requests_json("--limit", "100", store=database)
        assert sorted(item["ticket"] for item in listed) == sorted(tickets)
        assert all(item["deliveries"][0]["state"] == "delivered" for item in listed)
    finally:
        for service in services:
            assert service.stop() == 0
        receiver.stop()


def test_a_store_url_with_an_unreachable_server_stops_the_service_with_a_clear_error(site, tmp_path):
    configure(site, free_port())
    port = free_port()
    result = subprocess.run(
        [os.environ.get("DESKBOOK_BIN", str(ROOT / ".build" / "debug" / "deskbook")), "serve", "--production", "--source", str(site),
         "--port", str(free_port())],
        capture_output=True, text=True, timeout=60,
        env=dict(os.environ, TEST_WEBHOOK_KEY="k", DESKBOOK_STORE_URL=f"postgres://deskbook:secret-word@127.0.0.1:{port}/none"),
    )
    assert result.returncode == 2
    assert "PostgreSQL store postgres://deskbook@127.0.0.1" in result.stderr
    assert "secret-word" not in result.stderr


class Mailbox:
    """An SMTP server on 127.0.0.1 (aiosmtpd) that keeps every message it receives; it can be stopped and restarted on its port."""

    def __init__(self):
        self.port = free_port()
        self.messages = []
        self.lock = threading.Lock()
        self.controller = None

    def start(self):
        from aiosmtpd.controller import Controller

        mailbox = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                with mailbox.lock:
                    mailbox.messages.append((envelope.rcpt_tos, email.message_from_bytes(envelope.content, policy=email.policy.default)))
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()

    def received(self):
        with self.lock:
            return list(self.messages)


def configure_email(site, smtp_port):
    pytest.importorskip("aiosmtpd")
    intake = (ROOT / "intake.yml").read_text(encoding="utf-8")
    intake += (
        "\nticket: {format: 'OT-{year}-{seq:6}'}\n"
        "forward:\n  max_attempts: 100\n  retry_delay: 1\n"
        f"  email: {{to: support@example.com, from: desk@example.com, smtp_url: 'smtp://127.0.0.1:{smtp_port}', acknowledge: email}}\n"
    )
    (site / "intake.yml").write_text(intake, encoding="utf-8")


def test_a_request_is_mailed_to_support_and_acknowledged_to_the_customer(site, tmp_path):
    mailbox = Mailbox()
    configure_email(site, mailbox.port)
    mailbox.start()
    service = Service(site, tmp_path / "intake.sqlite")
    try:
        status, answer = service.post(dict(READY, subject="Экспорт проекта в CSV пропускает архивные задачи"), headers={"Content-Language": "ru"})
        assert status == 201, answer
        ticket = answer["ticket"]
        wait_until(lambda: len(mailbox.received()) >= 2, "two messages")
        by_recipient = {recipients[0]: message for recipients, message in mailbox.received()}
        team = by_recipient["support@example.com"]
        assert team["Subject"] == f"[{ticket}] Экспорт проекта в CSV пропускает архивные задачи"
        assert team["Reply-To"] == "anna@example.com"
        team_text = team.get_body(preferencelist=("plain",)).get_content()
        assert ticket in team_text and "W-58213" in team_text and "archived tasks are missing" in team_text
        customer = by_recipient["anna@example.com"]
        assert customer["Subject"].startswith(f"[{ticket}] Ваше обращение получено")
        customer_text = customer.get_body(preferencelist=("plain",)).get_content()
        assert f"зарегистрировано под номером {ticket}" in customer_text
        assert answer["expected_response"]["first_response_by"] in customer_text
    finally:
        assert service.stop() == 0
        mailbox.stop()


def test_attachments_travel_as_mime_parts(site, tmp_path):
    mailbox = Mailbox()
    configure_email(site, mailbox.port)
    mailbox.start()
    service = Service(site, tmp_path / "intake.sqlite")
    try:
        import json
        import urllib.request

        boundary = "xyzBOUNDARY"
        body = (
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"request\"\r\nContent-Type: application/json\r\n\r\n"
            f"{json.dumps(READY)}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"logs\"; filename=\"app.log\"\r\nContent-Type: text/plain\r\n\r\n"
            "line one\nline two\n\r\n"
            f"--{boundary}--\r\n"
        ).encode()
        request = urllib.request.Request(service.base + "/api/requests", data=body, method="POST",
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 201
        wait_until(lambda: any(r[0][0] == "support@example.com" for r in mailbox.received()), "the team's message")
        team = next(message for recipients, message in mailbox.received() if recipients[0] == "support@example.com")
        parts = [part for part in team.iter_attachments()]
        assert [(part.get_filename(), part.get_content()) for part in parts] == [("app.log", "line one\nline two\n")]
    finally:
        assert service.stop() == 0
        mailbox.stop()


def test_every_message_arrives_after_the_smtp_server_comes_back(site, tmp_path):
    mailbox = Mailbox()
    configure_email(site, mailbox.port)
    service = Service(site, tmp_path / "intake.sqlite")
    try:
        tickets = []
        for index in range(8):
            status, answer = service.post(dict(READY, subject=f"Export number {index} of a project to CSV skips archived tasks"))
            assert status == 201, answer
            tickets.append(answer["ticket"])
        # The server is down: every attempt fails and is retried later.
        wait_until(lambda: any(d["attempts"] >= 2 for r in requests_json(store=tmp_path / "intake.sqlite") for d in r["deliveries"]),
                   "failed attempts while the SMTP server is down")
        assert mailbox.received() == []
        mailbox.start()
        wait_until(lambda: len(mailbox.received()) >= 16, "every message after the server returned", timeout=60)
        subjects = sorted(message["Subject"] for recipients, message in mailbox.received() if recipients[0] == "support@example.com")
        assert [subject.split("]")[0][1:] for subject in subjects] == sorted(tickets)
        acknowledged = [recipients[0] for recipients, _ in mailbox.received() if recipients[0] != "support@example.com"]
        assert acknowledged == ["anna@example.com"] * 8
    finally:
        assert service.stop() == 0
        mailbox.stop() if mailbox.controller else None

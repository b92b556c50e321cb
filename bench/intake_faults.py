#!/usr/bin/env python3
"""Faults of the intake service under a load of submissions, all on loopback, bounded in count and time:

1. crash: kill -9 the service while threads submit requests, then restart it. Every request answered 201 must be
   in the store and reach the webhook receiver on 127.0.0.1; a ticket may arrive twice only as a retry under its
   own Idempotency-Key. Requests cut off by the kill are sent again with their key after the restart.
2. smtp: the SMTP server (aiosmtpd on 127.0.0.1) stops for --smtp-outage seconds (default 60) while requests
   are submitted; every message (to the team and the acknowledgement) must arrive after it returns.
3. postgres: two instances on one PostgreSQL database (DESKBOOK_TEST_POSTGRES_URL, or a cluster that
   .ci/postgres starts), submissions to both at once: ticket numbers unique, each ticket delivered once.

Usage:

    python3 bench/intake_faults.py [--binary .build/debug/deskbook] [--only crash|smtp|postgres]
        [--requests 300] [--threads 8] [--smtp-outage 60]

Each scenario prints its figures and PASS or FAIL; the exit status is 1 when one failed.
"""
import argparse
import collections
import concurrent.futures
import os
import pathlib
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "Tests" / "CommandLine"))


def arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.environ.get("DESKBOOK_BIN", str(ROOT / ".build" / "debug" / "deskbook")))
    parser.add_argument("--only", choices=["crash", "smtp", "postgres"])
    parser.add_argument("--requests", type=int, default=300, help="submissions per scenario")
    parser.add_argument("--threads", type=int, default=8, help="clients submitting at once")
    parser.add_argument("--smtp-outage", type=float, default=60, help="seconds the SMTP server is down")
    parsed = parser.parse_args()
    os.environ["DESKBOOK_BIN"] = str(pathlib.Path(parsed.binary).resolve())
    return parsed


OPTIONS = arguments()

# The command-line tests' helpers: the service, the webhook receiver, the SMTP server. Imported after
# DESKBOOK_BIN is set, since they read it.
from test_intake_backends import Mailbox, configure_email, fresh_database  # noqa: E402
from test_intake_service import READY, Receiver, Service, configure, free_port, requests_json, wait_until  # noqa: E402


def started(service):
    """The service with its output read away: it logs every call, and a full pipe would stop it."""
    for stream in (service.process.stdout, service.process.stderr):
        threading.Thread(target=lambda stream=stream: [None for _ in stream], daemon=True).start()
    return service


def request_body(index):
    return dict(READY, subject=f"Export number {index} of a project to CSV skips archived tasks")


def submit_all(services, indices, answers, stop=None):
    """Submits each index with the key `bench-<index>` to services in turn; keeps (status, ticket) by index."""
    def one(index):
        if stop is not None and stop.is_set():
            return
        service = services[index % len(services)]
        try:
            status, answer = service.post(request_body(index), headers={"Idempotency-Key": f"bench-{index}"})
            answers[index] = (status, answer.get("ticket"))
        except (OSError, urllib.error.URLError, ValueError):
            answers[index] = (None, None)  # cut off: no answer

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=OPTIONS.threads) as pool:
        list(pool.map(one, indices))
    return time.monotonic() - started


def report(name, checks, figures):
    failed = [what for what, ok in checks if not ok]
    for key, value in figures.items():
        print(f"  {key}: {value}")
    print(f"{name}: " + ("PASS" if not failed else "FAIL: " + "; ".join(failed)))
    return not failed


def crash(folder):
    receiver = Receiver(free_port()).start()
    site = folder / "crash"
    site.mkdir()
    (site / "deskbook.yml").write_text((ROOT / "deskbook.yml").read_text(encoding="utf-8"), encoding="utf-8")
    configure(site, receiver.port)
    store = folder / "crash.sqlite"
    service = started(Service(site, store))
    answers = {}
    stop = threading.Event()

    def kill_midway():
        wait_until(lambda: len(answers) >= OPTIONS.requests // 2, "half of the submissions", timeout=600)
        service.process.kill()
        service.process.wait(timeout=10)
        stop.set()

    killer = threading.Thread(target=kill_midway)
    killer.start()
    submit_all([service], range(OPTIONS.requests), answers, stop)
    killer.join()
    accepted_before = {index: ticket for index, (status, ticket) in answers.items() if status == 201}
    cut_off = sorted(index for index, (status, _) in answers.items() if status != 201)
    stored_after_kill = {item["ticket"] for item in requests_json("--limit", "100000", store=store)}
    restarted = started(Service(site, store))
    try:
        # Requests without an answer are sent again with their key; the rest of the load follows.
        later = cut_off + [index for index in range(OPTIONS.requests) if index not in answers]
        answers_after = {}
        submit_all([restarted], later, answers_after)
        accepted = dict(accepted_before)
        accepted.update({index: ticket for index, (status, ticket) in answers_after.items() if status == 201})
        replayed_as_stored = sum(1 for index in cut_off if answers_after.get(index, (None, None))[1] in stored_after_kill)
        tickets = set(accepted.values())
        started = time.monotonic()
        wait_until(lambda: set(receiver.keys()) >= tickets, "every ticket at the receiver", timeout=600)
        delivery_seconds = time.monotonic() - started
        time.sleep(3)  # room for a late second delivery to show up before counting
        stored = {item["ticket"] for item in requests_json("--limit", "100000", store=store)}
        counts = collections.Counter(receiver.keys())
        bodies_match = all(delivery["body"].get("ticket", delivery["key"]) == delivery["key"] for delivery in receiver.deliveries)
    finally:
        restarted.stop()
        receiver.stop()
    return report("crash", [
        ("every 201 ticket from before the kill is in the store", set(accepted_before.values()) <= stored_after_kill),
        ("the store holds exactly the 201 tickets (a resent request got its first ticket back)", tickets == stored),
        ("every 201 ticket reached the receiver", tickets <= set(counts)),
        ("every request was answered 201 in the end", len(accepted) == OPTIONS.requests),
        ("ticket numbers are unique", len(tickets) == len(accepted)),
        ("a second delivery carries the same ticket as its key", bodies_match),
    ], {
        "submissions": OPTIONS.requests, "answered 201 before the kill": len(accepted_before),
        "cut off by the kill (sent again with their key)": len(cut_off),
        "of those, already stored before the kill (answered with the stored ticket)": replayed_as_stored,
        "tickets in the store": len(stored), "deliveries received": len(receiver.deliveries),
        "tickets delivered more than once (retries of the same key)": sum(1 for count in counts.values() if count > 1),
        "seconds until every ticket was delivered after the load": round(delivery_seconds, 1),
    })


def smtp(folder):
    mailbox = Mailbox().start()
    site = folder / "smtp"
    site.mkdir()
    (site / "deskbook.yml").write_text((ROOT / "deskbook.yml").read_text(encoding="utf-8"), encoding="utf-8")
    configure_email(site, mailbox.port)
    service = started(Service(site, folder / "smtp.sqlite"))
    answers = {}
    try:
        third = OPTIONS.requests // 3
        submit_all([service], range(third), answers)
        mailbox.stop()
        down_at = time.monotonic()
        received_before_outage = len(mailbox.received())
        submit_all([service], range(third, 2 * third), answers)
        time.sleep(max(0.0, OPTIONS.smtp_outage - (time.monotonic() - down_at)))
        received_while_down = len(mailbox.received()) - received_before_outage
        mailbox.start()
        back_at = time.monotonic()
        submit_all([service], range(2 * third, OPTIONS.requests), answers)
        tickets = {ticket for status, ticket in answers.values() if status == 201}
        expected = 2 * len(tickets)  # the team's message and the acknowledgement

        def team_tickets():
            return {message["Subject"].split("]")[0][1:] for recipients, message in mailbox.received() if recipients[0] == "support@example.com"}

        wait_until(lambda: len(mailbox.received()) >= expected and team_tickets() >= tickets, "every message", timeout=600)
        caught_up = time.monotonic() - back_at
        time.sleep(3)
        received = mailbox.received()
    finally:
        service.stop()
        mailbox.stop()
    team = collections.Counter(message["Subject"].split("]")[0][1:] for recipients, message in received if recipients[0] == "support@example.com")
    acknowledgements = sum(1 for recipients, _ in received if recipients[0] != "support@example.com")
    return report("smtp", [
        ("every submission was answered 201", len(tickets) == OPTIONS.requests),
        ("every ticket reached the team's mailbox", set(team) >= tickets),
        ("every customer got an acknowledgement", acknowledgements >= len(tickets)),
    ], {
        "submissions": OPTIONS.requests, "outage seconds": OPTIONS.smtp_outage,
        "messages received before the outage": received_before_outage, "messages received while down": received_while_down,
        "messages received": len(received),
        "team messages received more than once (retries)": sum(1 for count in team.values() if count > 1),
        "seconds from the server's return until every message arrived": round(caught_up, 1),
    })


def postgres(folder):
    given = os.environ.get("DESKBOOK_TEST_POSTGRES_URL")
    environment = dict(os.environ, DESKBOOK_PG_PORT=os.environ.get("DESKBOOK_PG_PORT", "55435"))
    if not given:
        result = subprocess.run(["bash", str(ROOT / ".ci" / "postgres"), "start"], capture_output=True, text=True, env=environment)
        if result.returncode != 0:
            print(f"postgres: SKIPPED (no PostgreSQL could be started: {result.stderr.strip()})")
            return True
    server = given or result.stdout.strip().splitlines()[-1]
    receiver = Receiver(free_port()).start()
    site = folder / "postgres"
    site.mkdir()
    (site / "deskbook.yml").write_text((ROOT / "deskbook.yml").read_text(encoding="utf-8"), encoding="utf-8")
    configure(site, receiver.port)
    database = fresh_database(server)
    services = [started(Service(site, database)), started(Service(site, database))]
    answers = {}
    try:
        seconds = submit_all(services, range(OPTIONS.requests), answers)
        tickets = [ticket for status, ticket in answers.values() if status == 201]
        wait_until(lambda: set(receiver.keys()) >= set(tickets), "every ticket at the receiver", timeout=600)
        time.sleep(3)
        counts = collections.Counter(receiver.keys())
        stored = [item["ticket"] for item in requests_json("--limit", "100000", store=database)]
    finally:
        for service in services:
            service.stop()
        receiver.stop()
        if not given:
            subprocess.run(["bash", str(ROOT / ".ci" / "postgres"), "stop"], env=environment, capture_output=True)
    return report("postgres", [
        ("every submission was answered 201", len(tickets) == OPTIONS.requests),
        ("ticket numbers are unique", len(set(tickets)) == len(tickets)),
        ("every ticket is stored once", sorted(stored) == sorted(tickets)),
        ("each ticket was delivered exactly once", set(counts) == set(tickets) and set(counts.values()) == {1}),
    ], {
        "submissions (half to each instance)": OPTIONS.requests, "accepted per second": round(len(tickets) / seconds, 1),
        "deliveries received": len(receiver.deliveries),
    })


def main():
    scenarios = {"crash": crash, "smtp": smtp, "postgres": postgres}
    chosen = [OPTIONS.only] if OPTIONS.only else list(scenarios)
    results = []
    with tempfile.TemporaryDirectory(prefix="deskbook-faults-") as temporary:
        for name in chosen:
            print(f"== {name}")
            results.append(scenarios[name](pathlib.Path(temporary)))
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()

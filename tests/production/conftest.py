"""The platform as production runs it: collectstatic, gunicorn with
config.settings.production behind a proxy's X-Forwarded-Proto, Redis as
cache and broker, a Celery worker and beat, and a real SMTP server.

Every process runs on pytest-django's test database (the test uses
``transactional_db``, so they see what it writes) and is stopped by its own
PID. Redis: the broker is the tests' CELERY_BROKER_URL, the cache the next
database number on the same server.
"""

import http.client
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]
HOST = "protect.test"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_reachable(url):
    if not url.startswith("redis://"):
        return False
    import redis

    try:
        return redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError:
        return False


def next_redis_database(url):
    base, _, number = url.rpartition("/")
    return f"{base}/{int(number or 0) + 1}"


def database_url():
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = f"{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}"
    return f"postgres://{db.get('USER') or 'postgres'}{password}@{host}/{db['NAME']}"


class Mailbox:
    """aiosmtpd's handler: keeps every message it is given."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default)))
        return "250 Message accepted for delivery"

    def for_address(self, address):
        with self.lock:
            return [message for recipients, message in self.messages if address in recipients]


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name):
        return self.headers.get(name, "")

    @property
    def set_cookies(self):
        return self.headers.get_all("Set-Cookie") or []

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


@dataclass
class Browser:
    """HTTP through the "proxy": every request says it came over HTTPS
    (X-Forwarded-Proto), as the reverse proxy in front of gunicorn would.
    Keeps its own cookies (Secure ones too: the proxy ends TLS)."""

    port: int
    cookies: dict = field(default_factory=dict)
    https: bool = True

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        sent = {"Host": HOST, **(headers or {})}
        if self.https:
            sent["X-Forwarded-Proto"] = "https"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        connection.request(method, path, body=body, headers=sent)
        raw = connection.getresponse()
        response = Response(raw.status, raw.headers, raw.read())
        connection.close()
        for line in response.set_cookies:
            for name, morsel in SimpleCookie(line).items():
                self.cookies[name] = morsel.value
        return response

    def get(self, path, **headers):
        return self.request("GET", path, headers=headers)

    def post_form(self, path, fields):
        """POST a form with the CSRF token of the page it came from."""
        from urllib.parse import urlencode

        return self.request(
            "POST",
            path,
            body=urlencode(fields),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": f"https://{HOST}",
                "Referer": f"https://{HOST}{path}",
            },
        )


def csrf_token_in(html):
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found, "no CSRF token in the form"
    return found.group(1)


def wait_for(condition, timeout, interval=0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(interval)
    return None


def stop(processes):
    """TERM to all at once (each shuts down in parallel), KILL after 15 s."""
    running = [process for process in processes if process.poll() is None]
    for process in running:
        process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 15
    for process in running:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class ProductionStack:
    port: int
    mailbox: Mailbox
    redis_cache_url: str
    metrics_token: str
    processes: dict
    logs: Path

    def browser(self, **options):
        return Browser(self.port, **options)

    def output(self):
        """The processes' logs, for a failure message."""
        return "\n".join(f"--- {path.name}\n{path.read_text()[-3000:]}" for path in sorted(self.logs.glob("*.log")))


def production_environment(**values):
    """The environment of a production process: this one's, less every
    setting of the tests, plus ``values``."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CELERY_", "EMAIL_"))},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_ALLOWED_HOSTS": HOST,
        "LOG_LEVEL": "WARNING",
        **values,
    }


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """``collectstatic`` with the production settings, once per test run
    (hashed names and compressed copies: the slowest step of a deploy)."""
    require(connection.vendor == "postgresql", "PostgreSQL (DATABASE_URL=postgres://...)")
    require(redis_reachable(settings.TEST_CELERY_BROKER_URL), "Redis (CELERY_BROKER_URL=redis://...)")
    static_root = tmp_path_factory.mktemp("static")
    environment = production_environment(
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL="postgres://unused@127.0.0.1:1/unused",  # collectstatic never connects
        CACHE_URL="locmemcache://",
        STATIC_ROOT=str(static_root),
    )
    collected = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert collected.returncode == 0, collected.stderr
    return static_root


@pytest.fixture
def production_stack(transactional_db, collected_static, tmp_path):
    require(connection.vendor == "postgresql", "PostgreSQL (DATABASE_URL=postgres://...)")
    broker_url = settings.TEST_CELERY_BROKER_URL
    require(redis_reachable(broker_url), "Redis (CELERY_BROKER_URL=redis://...)")
    import redis
    from aiosmtpd.controller import Controller

    cache_url = next_redis_database(broker_url)
    redis.Redis.from_url(cache_url).flushdb()
    mailbox = Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    port = free_port()
    metrics_token = secrets.token_urlsafe(24)
    logs = tmp_path / "logs"
    logs.mkdir()
    environment = production_environment(
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        SITE_URL=f"https://{HOST}",
        DATABASE_URL=database_url(),
        CACHE_URL=cache_url,
        CELERY_BROKER_URL=broker_url,
        EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
        STATIC_ROOT=str(collected_static),
        MEDIA_ROOT=str(tmp_path / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp_path / "private"),
        METRICS_TOKEN=metrics_token,
        OPERATIONS_HEARTBEAT_SECONDS="2",
    )
    python = sys.executable
    commands = {
        "gunicorn": [python, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
                     "--workers", "2", "--timeout", "60", "--forwarded-allow-ips", "192.0.2.1"],
        "worker": [python, "-m", "celery", "-A", "config", "worker", "--pool=solo", "--loglevel=WARNING",
                   "--without-gossip", "--without-mingle", "-n", f"production-smoke-{os.getpid()}@%h"],
        "beat": [python, "-m", "celery", "-A", "config", "beat", "--loglevel=WARNING",
                 "--schedule", str(tmp_path / "beat-schedule")],
    }  # fmt: skip
    processes, log_files = {}, []
    try:
        for name, command in commands.items():
            log_files.append(open(logs / f"{name}.log", "w"))  # noqa: SIM115 (closed below)
            processes[name] = subprocess.Popen(
                command, cwd=ROOT, env=environment, stdout=log_files[-1], stderr=subprocess.STDOUT
            )
        stack = ProductionStack(port, mailbox, cache_url, metrics_token, processes, logs)
        probe = stack.browser()

        def answers():
            try:
                return probe.get("/health/").status == 200
            except OSError:
                return False

        # a few seconds on a quiet machine; generous for a shared, busy one
        if not wait_for(answers, timeout=180):
            pytest.fail("gunicorn did not answer /health/ within 180 s\n" + stack.output())
        yield stack
    finally:
        stop(processes.values())
        for log in log_files:
            log.close()
        smtp.stop()

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]


def redis_reachable(url):
    if not url.startswith(("redis://", "rediss://")):
        return False
    import redis

    try:
        return redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError:
        return False


def database_url_of_test_database():
    """The URL a worker process needs to reach pytest-django's test database."""
    db = connection.settings_dict
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


@pytest.fixture
def redis_broker_url():
    url = settings.TEST_CELERY_BROKER_URL
    require(redis_reachable(url), "Redis (CELERY_BROKER_URL=redis://...)")
    return url


@pytest.fixture
def postgresql(transactional_db):
    require(connection.vendor == "postgresql", "PostgreSQL (DATABASE_URL=postgres://...)")


@pytest.fixture
def celery_not_eager():
    from config.celery import app

    app.conf.task_always_eager = False
    yield app
    app.conf.task_always_eager = True


@pytest.fixture
def celery_worker_process(postgresql, redis_broker_url, celery_not_eager, tmp_path):
    """A real `celery worker` process on the test database and the Redis broker.

    Yields (process, mail_folder). Stopped by its own PID at the end.
    """
    mail_folder = tmp_path / "mail"
    process = start_celery_worker(redis_broker_url, mail_folder)
    try:
        yield process, mail_folder
    finally:
        stop_celery_worker(process)


def start_celery_worker(broker_url, mail_folder, extra_env=None, name="test"):
    """Start a `celery worker` process (solo pool) on the test database; returns the Popen."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url_of_test_database(),
        "CELERY_BROKER_URL": broker_url,
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(mail_folder),
        **(extra_env or {}),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", "--loglevel=WARNING",
         "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", f"{name}-{os.getpid()}@%h"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def stop_celery_worker(process):
    """Stop a worker by its own PID (TERM, then KILL after 20 s)."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_for(condition, timeout=60, interval=0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False

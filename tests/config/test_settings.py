"""Production settings refuse to start half-configured and pass check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "k3J9-pQz7_vR2mXw8YtN4bLc6HdF1sGa5UeO0iKj-test-only-key",
    "DJANGO_ALLOWED_HOSTS": "protect.example.org",
    "DATABASE_URL": "sqlite:////tmp/protect-deploy-check.sqlite3",
    "CACHE_URL": "locmemcache://",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
}


def _manage(*args, **env_changes):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "CACHE_", "CELERY_"))}
    env.update(GOOD_ENV)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_reports_nothing_on_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("DJANGO_SECRET_KEY", "DJANGO_SECRET_KEY"),
        ("DJANGO_ALLOWED_HOSTS", "DJANGO_ALLOWED_HOSTS"),
        ("DATABASE_URL", "DATABASE_URL"),
    ],
)
def test_production_refuses_to_start_without(missing, message):
    result = _manage("check", **{missing: None})
    assert result.returncode != 0
    assert message in result.stderr


def test_production_refuses_a_short_or_development_secret_key():
    result = _manage("check", DJANGO_SECRET_KEY="insecure-development-key")
    assert result.returncode != 0
    assert "at least 50 characters" in result.stderr


def test_a_worker_process_that_ends_a_task_above_300_mb_is_replaced():
    """An export's peak (weasyprint lays a whole document out in memory) is
    not kept by the worker for the rest of a consultation's closing day."""
    from config.celery import app

    assert app.conf.worker_max_memory_per_child == 300_000  # KiB, read by Celery from CELERY_ settings

"""The checks behind ``/health/ready/`` and the admin's system status page.

``/health/`` stays the cheap liveness check (the process answers, the
database too). Readiness adds what a web process needs to do its work:
the cache (sessions' rate limits, lockouts, the page cache) and the broker
(wake-up calls), and reports the outbox, the queue of work the workers owe.

A stuck outbox is reported but does not make a web process unready: taking
web processes out of the load balancer would not make the workers catch
up. Alert on it instead (README.md, "Production": the thresholds).
"""

import time
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from consult.models import OutboxEntry


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""
    milliseconds: float = 0.0


@dataclass
class Readiness:
    checks: list = field(default_factory=list)
    outbox: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)

    @property
    def ready(self):
        return all(check.ok for check in self.checks)

    def as_json(self):
        return {
            "status": "ready" if self.ready else "unready",
            "checks": {c.name: {"ok": c.ok, "detail": c.detail, "ms": round(c.milliseconds, 1)} for c in self.checks},
            "outbox": self.outbox,
            "warnings": self.warnings,
        }


def _timed(name, probe):
    started = time.perf_counter()
    try:
        detail = probe() or ""
        ok = True
    except Exception as error:  # any failure is the answer, never a 500
        detail, ok = type(error).__name__, False
    return Check(name, ok, detail, (time.perf_counter() - started) * 1000)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache():
    key = f"operations:ready:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=10)
    found = cache.get(key)
    cache.delete(key)
    if found != "1":
        raise RuntimeError("cache did not return what was stored")


def check_broker():
    """Open (and close) a connection to the broker, once, within 2 seconds."""
    from config.celery import app

    with app.connection_for_write() as broker:
        broker.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=2)
        return broker.transport.driver_type


def outbox_summary(now=None):
    """Pending and failed entries, and the age in seconds of the oldest pending one."""
    now = now or timezone.now()
    pending = OutboxEntry.objects.filter(state=OutboxEntry.State.PENDING)
    oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
    return {
        "pending": pending.count(),
        "failed": OutboxEntry.objects.filter(state=OutboxEntry.State.FAILED).count(),
        "oldest_pending_age_seconds": round((now - oldest).total_seconds(), 1) if oldest else 0.0,
    }


def readiness():
    """Run every check; never raises."""
    result = Readiness(
        checks=[_timed("database", check_database), _timed("cache", check_cache), _timed("broker", check_broker)]
    )
    if result.checks[0].ok:
        result.outbox = outbox_summary()
        if result.outbox["oldest_pending_age_seconds"] > settings.OPERATIONS_OUTBOX_AGE_WARNING_SECONDS:
            result.warnings.append("outbox: work has waited longer than OPERATIONS_OUTBOX_AGE_WARNING_SECONDS")
        if result.outbox["failed"]:
            result.warnings.append("outbox: failed entries wait for an administrator")
    return result

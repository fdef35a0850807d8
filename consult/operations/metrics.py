"""The platform's signals in Prometheus' text format (``/health/metrics/``).

Every value is read from PostgreSQL when scraped (a scrape every 30-60 s
costs about a dozen indexed queries): the database is the source of truth,
so a restarted web process, worker or Redis loses no signal.

Upper floors offer their waiting queues through ``register_queue`` (as the
account-data export does through its registry), so this module imports
none of them; builds and exports are read by model name.
README.md, "Production", says which of these to alert on and when.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.apps import apps
from django.db.models import Count, Max, Min
from django.utils import timezone

from consult.models import OutboxEntry, ReviewItem

from .models import MailEvent, WorkerHeartbeat
from .readiness import outbox_summary

# name -> function() -> iterable of (country code or "", waiting count, oldest created_at)
_queues = {}


def register_queue(name, waiting):
    """Offer a queue of work people must do (review items, appeals) to the metrics."""
    _queues[name] = waiting


def review_items_waiting():
    rows = (
        ReviewItem.objects.pending()
        .values("country__code")
        .annotate(waiting=Count("pk"), oldest=Min("created_at"))
        .order_by("country__code")
    )
    return [(row["country__code"] or "", row["waiting"], row["oldest"]) for row in rows]


def register_default_queues():
    register_queue("review_items", review_items_waiting)


@dataclass
class Metric:
    name: str
    help: str
    kind: str = "gauge"
    samples: list = field(default_factory=list)  # (labels dict, value)

    def add(self, value, **labels):
        self.samples.append((labels, value))
        return self


def _age(now, moment):
    return round((now - moment).total_seconds(), 1) if moment else 0.0


def _model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def _background_jobs(metrics, now, label, noun, running_states, started_field):
    """Builds or exports: how many wait or run, the longest running, and the
    durations of those finished in the last 24 hours."""
    model = _model(label)
    if model is None:
        return
    active = model.objects.filter(status__in=running_states).order_by()
    counts = dict(active.values_list("status").annotate(n=Count("pk")))
    current = Metric(f"protect_{noun}s", f"{noun.capitalize()}s waiting for or held by a worker, by status.")
    for state in running_states:
        current.add(counts.get(state, 0), status=state)
    oldest = model.objects.filter(status="running").aggregate(oldest=Min(started_field))["oldest"]
    finished = model.objects.filter(finished_at__gte=now - timedelta(hours=24))
    done = dict(finished.order_by().values_list("status").annotate(n=Count("pk")))
    longest = 0.0
    for started, ended in finished.filter(status="done").values_list(started_field, "finished_at"):
        longest = max(longest, (ended - started).total_seconds())
    metrics += [
        current,
        Metric(f"protect_{noun}_oldest_running_seconds", f"How long the longest-running {noun} has been running.").add(
            _age(now, oldest)
        ),
        Metric(f"protect_{noun}s_finished_24h", f"{noun.capitalize()}s finished in the last 24 hours, by outcome.")
        .add(done.get("done", 0), status="done")
        .add(done.get("failed", 0), status="failed"),
        Metric(
            f"protect_{noun}_duration_max_24h_seconds",
            f"The longest {noun} that finished in the last 24 hours, from request to result.",
        ).add(round(longest, 1)),
    ]


def collect(now=None):
    """Every metric, as a list of Metric."""
    now = now or timezone.now()
    outbox = outbox_summary(now)
    metrics = [
        Metric("protect_up", "1 when the web process answers and reads its database.").add(1),
        Metric("protect_outbox_entries", "Outbox entries waiting for a worker or given up, by state.")
        .add(outbox["pending"], state=OutboxEntry.State.PENDING)
        .add(outbox["failed"], state=OutboxEntry.State.FAILED),
        Metric("protect_outbox_oldest_pending_age_seconds", "Age of the oldest pending outbox entry.").add(
            outbox["oldest_pending_age_seconds"]
        ),
    ]
    _background_jobs(metrics, now, "recommendations.Build", "build", ("pending", "running"), "started_at")
    _background_jobs(metrics, now, "recommendations.Export", "export", ("queued", "running"), "created_at")

    waiting = Metric("protect_queue_waiting", "Items waiting for a person's decision, by queue and country.")
    oldest = Metric("protect_queue_oldest_waiting_seconds", "Age of the oldest waiting item, by queue and country.")
    for queue, function in sorted(_queues.items()):
        for country, count, first in function():
            waiting.add(count, queue=queue, country=country)
            oldest.add(_age(now, first), queue=queue, country=country)
    metrics += [waiting, oldest]

    mail = dict(
        MailEvent.objects.filter(created_at__gte=now - timedelta(hours=24))
        .order_by()
        .values_list("outcome")
        .annotate(n=Count("pk"))
    )
    metrics.append(
        Metric("protect_emails_24h", "E-mails handed to the mail server in the last 24 hours, by outcome.")
        .add(mail.get(MailEvent.Outcome.SENT, 0), outcome="sent")
        .add(mail.get(MailEvent.Outcome.FAILED, 0), outcome="failed")
    )

    last_beat = WorkerHeartbeat.objects.aggregate(last=Max("seen_at"))["last"]
    heartbeat = Metric(
        "protect_worker_heartbeat_age_seconds",
        "Seconds since a worker last ran beat's heartbeat task (absent: never seen).",
    )
    if last_beat:
        heartbeat.add(_age(now, last_beat))
    metrics.append(heartbeat)
    return metrics


def _escape(value):
    return str(value).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def render(metrics):
    """The Prometheus text exposition format, version 0.0.4."""
    lines = []
    for metric in metrics:
        lines.append(f"# HELP {metric.name} {metric.help}")
        lines.append(f"# TYPE {metric.name} {metric.kind}")
        for labels, value in metric.samples:
            label_text = ",".join(f'{key}="{_escape(val)}"' for key, val in labels.items())
            lines.append(f"{metric.name}{{{label_text}}} {value}" if label_text else f"{metric.name} {value}")
    return "\n".join(lines) + "\n"

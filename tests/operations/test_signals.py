"""Liveness, readiness, the metrics endpoint and the admin's status page."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from consult.models import Country, OutboxEntry, ReviewItem
from consult.operations import metrics, readiness
from consult.operations.models import MailEvent, WorkerHeartbeat
from tests.consult.factories import administrator, member

pytestmark = pytest.mark.django_db
TOKEN = "s3cret-metrics-token-for-tests"


@pytest.fixture
def metrics_token(settings):
    settings.METRICS_TOKEN = TOKEN
    return {"HTTP_AUTHORIZATION": f"Bearer {TOKEN}"}


def test_liveness_stays_a_database_check_only(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/health/")
    assert response.json() == {"status": "ok"}


def test_readiness_reports_database_cache_broker_and_the_outbox(client):
    OutboxEntry.objects.create(task_name="consult.sweep_outbox", created_at=timezone.now() - timedelta(minutes=20))
    response = client.get("/health/ready/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ready"
    assert set(body["checks"]) == {"database", "cache", "broker"}
    assert body["outbox"]["pending"] == 1
    assert body["outbox"]["oldest_pending_age_seconds"] >= 1200
    assert any("OPERATIONS_OUTBOX_AGE_WARNING_SECONDS" in warning for warning in body["warnings"])


def test_readiness_is_503_when_the_cache_fails(client, monkeypatch):
    def broken():
        raise ConnectionError("cache down")

    monkeypatch.setattr(readiness, "check_cache", broken)
    response = client.get("/health/ready/")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == {
        "ok": False,
        "detail": "ConnectionError",
        "ms": pytest.approx(0, abs=50),
    }


def test_the_metrics_endpoint_does_not_exist_without_a_token(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/health/metrics/").status_code == 404


def test_the_metrics_endpoint_refuses_a_wrong_token(client, metrics_token):
    assert client.get("/health/metrics/", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    assert client.get("/health/metrics/").status_code == 401


def test_the_metrics_carry_the_outbox_queues_e_mails_and_heartbeat(client, metrics_token):
    now = timezone.now()
    OutboxEntry.objects.create(task_name="x", state=OutboxEntry.State.FAILED, finished_at=now)
    netherlands = Country.objects.get(code="NL")
    ReviewItem.objects.create(
        content_type=ContentType.objects.get_for_model(Country),
        object_id=netherlands.pk,
        country=netherlands,
        reason=ReviewItem.Reason.FLAGS,
        created_at=now - timedelta(hours=2),
    )
    MailEvent.objects.create(outcome=MailEvent.Outcome.SENT, recipients=1)
    MailEvent.objects.create(outcome=MailEvent.Outcome.FAILED, recipients=1, error="SMTPException")
    WorkerHeartbeat.objects.create(worker="w1@host", seen_at=now - timedelta(seconds=30))

    response = client.get("/health/metrics/", **metrics_token)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    text = response.content.decode()
    assert 'protect_outbox_entries{state="failed"} 1' in text
    assert 'protect_queue_waiting{queue="review_items",country="NL"} 1' in text
    assert 'protect_emails_24h{outcome="sent"} 1' in text
    assert 'protect_emails_24h{outcome="failed"} 1' in text
    assert 'protect_builds{status="running"} 0' in text
    assert 'protect_exports{status="queued"} 0' in text
    assert "# TYPE protect_worker_heartbeat_age_seconds gauge" in text
    heartbeat = next(line for line in text.splitlines() if line.startswith("protect_worker_heartbeat_age_seconds "))
    assert 25 <= float(heartbeat.split()[1]) < 120


def test_a_queue_registered_by_another_app_joins_the_metrics(monkeypatch):
    monkeypatch.setitem(metrics._queues, "appeals", lambda: [("BE", 2, timezone.now() - timedelta(days=1))])
    text = metrics.render(metrics.collect())
    assert 'protect_queue_waiting{queue="appeals",country="BE"} 2' in text
    assert 'protect_queue_oldest_waiting_seconds{queue="appeals",country="BE"} 864' in text


def test_the_metrics_cost_a_bounded_number_of_queries(client, metrics_token, django_assert_max_num_queries):
    with django_assert_max_num_queries(16):
        client.get("/health/metrics/", **metrics_token)


def test_only_administrators_see_the_system_status_page(client):
    client.force_login(member())
    assert client.get("/admin/system-status/").status_code in (302, 403)
    client.force_login(administrator())
    response = client.get("/admin/system-status/")
    assert response.status_code == 200
    assert b"protect_outbox_oldest_pending_age_seconds" in response.content

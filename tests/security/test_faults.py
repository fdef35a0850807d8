"""Faults: the broker down while a member posts, the database connection
dropped mid-request. (A worker killed mid-task: tests/integration.)"""

import socket
from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.core import mail
from django.db import OperationalError, connection, connections
from django.utils import timezone

from consult.models import OutboxEntry
from consult.outbox import resend_stale_entries
from forums.models import Post, Subscription
from forums.subscriptions import services as forum_services
from tests.consult.conftest import sign_in
from tests.consult.factories import member
from tests.forums.factories import ForumFactory, thread_with_posts
from tests.integration.conftest import wait_for

REPLY = "We refer to the municipal shelter; the interpreter comes along."


def closed_port():
    """A local TCP port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def broker_at(url):
    """Point the web process's Celery app at ``url`` (fresh connection pools)."""
    from config.celery import app

    def forget_pools():
        app._pool = None
        if "amqp" in app.__dict__:
            app.__dict__["amqp"]._producer_pool = None

    saved = app.conf.broker_url, app.conf.task_always_eager
    app.conf.broker_url, app.conf.task_always_eager = url, False
    forget_pools()
    try:
        yield app
    finally:
        app.conf.broker_url, app.conf.task_always_eager = saved
        forget_pools()


@pytest.fixture
def discussion(settings):
    """A published thread, a subscriber who wants e-mail at once, and a
    signed-in author whose posts publish at once."""
    settings.MODERATION_FIRST_POSTS = 0
    thread = thread_with_posts(1, forum=ForumFactory(slug="nederland"))
    subscriber = member(user__email="subscriber@example.org")
    Subscription.objects.create(user=subscriber, thread=thread)
    return thread, member()


def _reply_while_the_broker_is_down(client, thread, author):
    sign_in(client, author)
    client.raise_request_exception = False
    with broker_at(f"redis://127.0.0.1:{closed_port()}/7"):
        response = client.post(thread.get_absolute_url(), {"body": REPLY})
    assert response.status_code == 302  # the member's post went through, no error page
    post = Post.objects.get(author=author)
    assert post.body_markdown == REPLY
    entry = OutboxEntry.objects.get(dedupe_key=f"forums-announce-post:{post.pk}")
    assert entry.state == OutboxEntry.State.PENDING
    return entry


def test_with_the_broker_down_a_post_is_saved_and_its_notification_goes_out_after_the_sweep(
    client, transactional_db, discussion
):
    """Broker at a closed port while the member posts; then the broker is
    back (eager here, Redis and a worker in the next test) and the sweep
    sends the wake-up call again."""
    thread, author = discussion
    _reply_while_the_broker_is_down(client, thread, author)
    assert mail.outbox == []

    later = timezone.now() + timedelta(hours=1)
    resent, _ = resend_stale_entries(now=later)

    assert resent == 1
    assert [m.to for m in mail.outbox] == [["subscriber@example.org"]]
    assert REPLY not in mail.outbox[0].body  # a link, never the text


@pytest.mark.integration
def test_with_redis_down_a_post_is_saved_and_a_real_worker_sends_the_notification_once_redis_is_back(
    client, celery_worker_process, redis_broker_url, discussion
):
    process, mail_folder = celery_worker_process
    thread, author = discussion
    entry = _reply_while_the_broker_is_down(client, thread, author)

    with broker_at(redis_broker_url):
        resend_stale_entries(now=timezone.now() + timedelta(hours=1))

    delivered = wait_for(lambda: OutboxEntry.objects.get(pk=entry.pk).state == OutboxEntry.State.DONE)
    mailed = wait_for(lambda: mail_folder.exists() and any(mail_folder.iterdir()))
    if not (delivered and mailed):
        process.terminate()
        pytest.fail("the worker did not send the notification:\n" + process.communicate(timeout=20)[0])
    messages = [path.read_text() for path in mail_folder.iterdir()]
    assert len(messages) == 1
    assert "To: subscriber@example.org" in messages[0]
    assert REPLY not in messages[0]


# --- the database connection dropped mid-request ---------------------------------


def _assert_503_page(response):
    assert response.status_code == 503
    assert response["Retry-After"]
    page = response.content.decode()
    assert "The site is briefly unavailable" in page
    assert "data-quick-exit" in page
    assert "112" in page
    assert "Traceback" not in page


@pytest.mark.django_db
def test_a_database_failure_mid_request_gives_a_503_page_and_keeps_nothing_half_written(
    client, discussion, monkeypatch
):
    """The connection fails after the post was written, inside the reply's
    transaction: the post is rolled back with it."""
    thread, author = discussion
    sign_in(client, author)
    client.raise_request_exception = False

    def connection_lost(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(forum_services, "subscribe", connection_lost)
    response = client.post(thread.get_absolute_url(), {"body": REPLY})

    _assert_503_page(response)
    assert not Post.objects.filter(author=author).exists()
    assert not OutboxEntry.objects.filter(dedupe_key__startswith="forums-announce-post").exists()


def test_a_postgresql_backend_terminated_mid_request_gives_a_503_and_the_next_request_works(
    client, postgresql, discussion, monkeypatch
):
    """pg_terminate_backend from a second connection while the reply's
    transaction is open: nothing of it is committed, the visitor reads a
    503 page, and the next request gets a fresh connection."""
    thread, author = discussion
    sign_in(client, author)
    client.raise_request_exception = False
    subscribe = forum_services.subscribe
    terminated = []

    def terminate_then_subscribe(*args, **kwargs):
        if not terminated:
            pid = connection.connection.info.backend_pid
            killer = connections.create_connection("default")
            try:
                with killer.cursor() as cursor:
                    cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
            finally:
                killer.close()
            terminated.append(pid)
        return subscribe(*args, **kwargs)

    monkeypatch.setattr(forum_services, "subscribe", terminate_then_subscribe)
    response = client.post(thread.get_absolute_url(), {"body": REPLY})

    _assert_503_page(response)
    assert terminated
    assert not Post.objects.filter(author=author).exists()
    again = client.post(thread.get_absolute_url(), {"body": REPLY})
    assert again.status_code == 302
    assert Post.objects.filter(author=author).count() == 1

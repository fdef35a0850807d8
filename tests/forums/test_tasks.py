"""Notifications and digests: each task run twice has one outcome."""

import datetime

import pytest
from django.utils import timezone

from consult.models import OutboxEntry
from forums import tasks
from forums.discussion import services
from forums.models import Notification, Subscription
from forums.subscriptions import services as subscriptions
from tests.consult.factories import member
from tests.forums.factories import thread_with_posts

pytestmark = pytest.mark.django_db


def _subscriber(thread, frequency="immediately", **fields):
    user = member(email_frequency=frequency, **fields)
    Subscription.objects.create(user=user, thread=thread)
    return user


def test_a_new_post_notifies_each_subscriber_once_even_if_announced_twice(
    django_capture_on_commit_callbacks, mailoutbox
):
    thread = thread_with_posts(1)
    watcher = _subscriber(thread)
    with django_capture_on_commit_callbacks(execute=True):
        post = services.reply(thread, member(), body="A reply worth reading.")
    with django_capture_on_commit_callbacks(execute=True):
        subscriptions.announce_post(post.pk)
        subscriptions.announce_post(post.pk)
    assert Notification.objects.filter(user=watcher, post=post).count() == 1
    messages = [m for m in mailoutbox if m.to == [watcher.email]]
    assert len(messages) == 1
    assert "A reply worth reading" not in messages[0].body
    assert post.get_absolute_url() in messages[0].body


def test_the_author_of_a_post_is_not_notified_of_it(django_capture_on_commit_callbacks):
    thread = thread_with_posts(1)
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, thread.author, body="Following up on my own question.")
    assert not Notification.objects.filter(user=thread.author).exists()


def test_a_subscriber_who_lost_access_to_the_forum_is_not_notified(django_capture_on_commit_callbacks):
    thread = thread_with_posts(1)
    outsider = member(("BE",))
    Subscription.objects.create(user=outsider, thread=thread)
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, member(), body="News.")
    assert not Notification.objects.filter(user=outsider).exists()


def test_a_discreet_subscriber_gets_a_neutral_email(django_capture_on_commit_callbacks, mailoutbox):
    thread = thread_with_posts(1)
    watcher = _subscriber(thread, discreet_emails=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, member(), body="News.")
    (message,) = [m for m in mailoutbox if m.to == [watcher.email]]
    assert message.subject == "A new message for you"
    assert "forum" not in message.body.lower()


def test_a_held_post_notifies_nobody_until_it_is_approved(django_capture_on_commit_callbacks):
    thread = thread_with_posts(1)
    watcher = _subscriber(thread)
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, member(), body="Call her on 0612345678.")
    assert not Notification.objects.filter(user=watcher).exists()


def test_the_daily_digest_is_sent_once_per_day_per_member_even_if_the_task_runs_twice(
    django_capture_on_commit_callbacks, mailoutbox, settings
):
    thread = thread_with_posts(1)
    other = thread_with_posts(1)
    watcher = _subscriber(thread, frequency="daily")
    Subscription.objects.create(user=watcher, thread=other)
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, member(), body="First.")
        services.reply(other, member(), body="Second.")
    assert [m for m in mailoutbox if m.to == [watcher.email]] == []
    noon = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(12)))
    from unittest import mock

    with mock.patch("django.utils.timezone.localtime", return_value=noon):
        with django_capture_on_commit_callbacks(execute=True):
            tasks.send_daily_digests()
        with django_capture_on_commit_callbacks(execute=True):
            services.reply(thread, member(), body="Third, after the digest.")
            tasks.send_daily_digests()
    digests = [m for m in mailoutbox if m.to == [watcher.email]]
    assert len(digests) == 1
    assert digests[0].body.count("/en/forums/threads/") == 2
    assert OutboxEntry.objects.filter(dedupe_key=f"forums-digest:{watcher.pk}:{noon.date().isoformat()}").count() == 1
    # the post after today's digest waits for tomorrow's
    assert Notification.objects.filter(user=watcher, digested_on__isnull=True).count() == 1


def test_no_digest_goes_out_before_the_digest_hour(django_capture_on_commit_callbacks, mailoutbox):
    thread = thread_with_posts(1)
    _subscriber(thread, frequency="daily")
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, member(), body="Early.")
    early = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(3)))
    from unittest import mock

    with mock.patch("django.utils.timezone.localtime", return_value=early):
        assert tasks.send_daily_digests() == 0

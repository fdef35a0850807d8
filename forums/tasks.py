"""Background work of the forums: announcing posts and the daily digest.

Services schedule these by name (``schedule("forums.announce_post", ...)``)
and never import this module; Celery finds it by autodiscovery.
"""

from celery import shared_task
from django.db import transaction
from django.utils import timezone

from consult.outbox import outbox_task

from .subscriptions import services as subscriptions


@outbox_task(name="forums.announce_post")
def announce_post(post_id):
    """Notify the subscribers of a newly published post.

    Safe to run twice: one notification per member and post (unique
    constraint) and one e-mail per outbox key; a post hidden meanwhile
    announces nothing.
    """
    subscriptions.announce_post(post_id)


@shared_task(name="forums.send_daily_digests")
def send_daily_digests():
    """Send today's digest to every member on the daily digest with news.

    Runs hourly; safe to run any number of times a day: each member's digest
    e-mail has the outbox key ``forums-digest:<member>:<date>`` and the
    notifications it covers are marked in the same transaction, so a second
    run sends nothing.
    """
    now = timezone.localtime()
    if now.hour < subscriptions.DIGEST_HOUR:
        return 0
    today = now.date()
    sent = 0
    for user_id in subscriptions.members_due_a_digest():
        with transaction.atomic():
            sent += bool(subscriptions.send_daily_digest(user_id, today.isoformat()))
    return sent

"""Who hears of a new post, and when: subscriptions, the in-site
notifications of new posts, the e-mail sent at once and the daily digest.

E-mails carry links only, never what members wrote; each has an outbox key,
so a task run twice sends nothing new.
"""

from django.conf import settings

from consult.models import OutboxEntry, Profile
from consult.notifications import email_language, notify_user
from consult.refusals import require

from ..models import Notification, Post, Subscription, Visibility

# The hour (local time) from which the day's digests go out; a project may override it.
DIGEST_HOUR = getattr(settings, "FORUMS_DIGEST_HOUR", 7)


def subscribe(user, *, thread=None, forum=None):
    """Watch a thread or a forum. Idempotent."""
    target = thread or forum
    require(user, "forums.view_thread" if thread else "forums.view_forum", target)
    subscription, _ = Subscription.objects.get_or_create(user=user, thread=thread, forum=forum)
    return subscription


def unsubscribe(user, *, thread=None, forum=None):
    """Stop watching a thread or a forum. Idempotent."""
    Subscription.objects.filter(user=user, thread=thread, forum=forum).delete()


def announce_post(post_id):
    """Tell the subscribers of a newly published post's thread and forum:
    an in-site notification each, and an e-mail at once for members who
    chose that (the others get the daily digest). Safe to run twice: one
    notification per member and post (unique constraint), one e-mail per key."""
    post = Post.objects.select_related("thread__forum").filter(pk=post_id, status=Visibility.PUBLISHED).first()
    if post is None:
        return 0
    thread = post.thread
    subscriber_ids = set(Subscription.objects.filter(thread=thread).values_list("user_id", flat=True)) | set(
        Subscription.objects.filter(forum=thread.forum).values_list("user_id", flat=True)
    )
    subscriber_ids.discard(post.author_id)
    profiles = Profile.objects.approved().filter(user_id__in=subscriber_ids).select_related("user")
    sent = 0
    for profile in profiles:
        user = profile.user
        if not user.has_perm("forums.view_thread", thread):
            continue
        _, created = Notification.objects.get_or_create(
            user=user, post=post, kind=Notification.Kind.NEW_POST, defaults={"thread": thread}
        )
        if created and profile.email_frequency == Profile.EmailFrequency.IMMEDIATELY:
            notify_user(
                user,
                "forums_new_post",
                key=f"forums-new-post:{post.pk}:{user.pk}",
                # in the language the member reads e-mails in, as the rest of it
                forum_title=thread.forum.title_in(_language_of(profile)),
                post_path=post.get_absolute_url(),
            )
            sent += 1
    return sent


def _language_of(profile):
    """``consult.notifications.email_language`` from a profile at hand."""
    return profile.email_language if profile.email_language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def send_daily_digest(user_id, day):
    """E-mail one member the new posts of their watched threads not yet
    e-mailed, grouped by thread, newest first; links only, no text members
    wrote. At most once per member and day: the e-mail's outbox key is
    ``forums-digest:<user>:<day>`` and the notifications are marked as
    digested in the same transaction."""
    notifications = list(
        Notification.objects.filter(user_id=user_id, kind=Notification.Kind.NEW_POST, digested_on__isnull=True)
        .select_related("thread__forum", "user__profile")
        .order_by("-created_at", "-pk")
    )
    if not notifications:
        return False
    key = f"forums-digest:{user_id}:{day}"
    if OutboxEntry.objects.filter(dedupe_key=key).exists():
        return False  # today's digest went out; these wait for tomorrow's
    groups = {}
    profile = getattr(notifications[0].user, "profile", None)
    language = _language_of(profile) if profile is not None else email_language(notifications[0].user)
    for notification in notifications:
        group = groups.setdefault(
            notification.thread_id,
            {
                "forum_title": notification.thread.forum.title_in(language),
                "thread_path": notification.thread.get_absolute_url(),
                "count": 0,
            },
        )
        group["count"] += 1
    notify_user(notifications[0].user, "forums_digest", key=key, threads=list(groups.values()))
    Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(digested_on=day)
    return True


def members_due_a_digest():
    """Ids of members on the daily digest who have undigested notifications."""
    return list(
        Notification.objects.filter(
            kind=Notification.Kind.NEW_POST,
            digested_on__isnull=True,
            user__profile__email_frequency=Profile.EmailFrequency.DAILY,
        )
        .order_by()
        .values_list("user_id", flat=True)
        .distinct()
    )

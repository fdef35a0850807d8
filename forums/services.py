"""Every write in the forums: one function per use case.

Each checks the actor's permission (forums/rules.py), changes rows in one
transaction, writes the audit-log row for moderation actions and schedules
e-mail through the outbox on commit. Views, tasks and the moderation core
(through ``Post.on_moderation_decision``) call these and nothing else.

Publishing a post: the personal-data guard reads it first. A post the guard
holds, a post in a pre-moderated forum and a new member's first posts go to
the shared review queue (consult.moderation) instead of the page; the
author sees why on the thread page.
"""

import re
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consult import audit
from consult.models import CountryRole, OutboxEntry, Profile, ReviewItem
from consult.moderation import guard
from consult.moderation import services as moderation
from consult.notifications import notify_user
from consult.predicates import profile_of

from .models import Forum, Notification, Post, PostRevision, Reaction, ReadMarker, Subscription, Thread, Visibility
from .rendering import render_markdown

# Limits a project may override in its settings.
POST_MAX_LENGTH = getattr(settings, "FORUMS_POST_MAX_LENGTH", 20000)
POSTS_PER_MINUTE = getattr(settings, "FORUMS_POSTS_PER_MINUTE", 5)
DIGEST_HOUR = getattr(settings, "FORUMS_DIGEST_HOUR", 7)


class ForumError(Exception):
    """A refusal the member reads as it is (``str(error)``)."""

    message = _("This cannot be done.")

    def __init__(self, message=None):
        super().__init__(str(message or self.message))


class EmptyPost(ForumError):
    message = _("Write something before posting.")


class PostTooLong(ForumError):
    pass


class ThreadNotOpen(ForumError):
    message = _("This thread is locked or closed: it takes no new replies.")


class SlowMode(ForumError):
    def __init__(self, wait_seconds):
        self.wait_seconds = wait_seconds
        minutes, seconds = divmod(int(wait_seconds), 60)
        wait = f"{minutes} min {seconds} s" if minutes else f"{seconds} s"
        super().__init__(
            _("Slow mode is on in this thread: you can post again in %(wait)s. Your text is kept below.")
            % {"wait": wait}
        )


class PostingTooFast(ForumError):
    message = _("You are posting very quickly. Wait a minute and send again; your text is kept below.")


class StaleEdit(ForumError):
    message = _(
        "This post changed since you opened the form. Your text is kept below; compare it with the current "
        "version and save again."
    )


def _require(user, permission, obj):
    if not user.has_perm(permission, obj):
        raise PermissionDenied(permission)


# NUL (PostgreSQL refuses it in text) and lone UTF-16 surrogates (no database
# can encode them): forms never pass them on; the service refuses them for
# any other caller.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _check_body(body):
    if UNSTORABLE.search(body or ""):
        raise ForumError(_("The text contains a character that cannot be stored."))
    body = (body or "").strip()
    if not body:
        raise EmptyPost
    if len(body) > POST_MAX_LENGTH:
        raise PostTooLong(
            _("A post can be at most %(limit)d characters long; this one has %(count)d.")
            % {"limit": POST_MAX_LENGTH, "count": len(body)}
        )
    return body


def _check_pace(thread, author, now):
    """Slow mode (per thread) and the flood limit (everywhere), for members;
    moderators are not slowed down."""
    if author.has_perm("forums.moderate_forum", thread.forum):
        return
    if thread.slow_mode_seconds and thread.pk:
        last = Post.objects.filter(thread=thread, author=author).aggregate(last=Max("created_at"))["last"]
        if last is not None:
            wait = (last + timedelta(seconds=thread.slow_mode_seconds) - now).total_seconds()
            if wait > 0:
                raise SlowMode(wait)
    recent = Post.objects.filter(author=author, created_at__gte=now - timedelta(minutes=1)).count()
    if recent >= POSTS_PER_MINUTE:
        raise PostingTooFast


def _language_of(author):
    profile = profile_of(author)
    countries = list(profile.countries.all()) if profile else []
    return countries[0].first_language if countries else settings.LANGUAGE_CODE


SAFEGUARDING_FINDING = _("the author marked it as a disclosure that may need a safeguarding response")


def _review_reason(post, findings):
    """Why ``post`` waits for a moderator, or None to publish it at once."""
    if findings or post.safeguarding:
        return ReviewItem.Reason.PERSONAL_DATA
    if post.author.has_perm("forums.moderate_forum", post.thread.forum):
        return None
    if post.thread.forum.premoderated:
        return ReviewItem.Reason.PREMODERATED
    if moderation.first_posts_pending(post.author):
        return ReviewItem.Reason.FIRST_POSTS
    return None


def _findings_for_author(findings):
    return [{"kind": f.kind, "label": str(f.label), "excerpt": f.excerpt} for f in findings]


def _submit(post):
    """Guard the post, then publish it or send it to the review queue."""
    findings = guard.scan(post.get_moderation_text(), language=_language_of(post.author))
    post.held_findings = _findings_for_author(findings)
    reason = _review_reason(post, findings)
    if reason is None:
        post.status = Visibility.PUBLISHED
        post.save()
        _published(post)
    else:
        post.status = Visibility.PENDING
        post.save()
        if post.safeguarding:
            # shown in the review queue beside the guard's findings
            findings = [*findings, {"kind": "safeguarding", "label": str(SAFEGUARDING_FINDING), "excerpt": ""}]
        moderation.hold_for_review(post, reason=reason, findings=findings)
        if post.safeguarding:
            _raise_safeguarding(post)
    return post


@transaction.atomic
def start_thread(
    forum, author, *, title, body, kind=Thread.Kind.DISCUSSION, safeguarding=False, clause=None, **practice
):
    """Open a thread with its first post (which the guard reads with the
    title and the practice fields), optionally about a recommendation clause
    the author may read. Returns the thread."""
    _require(author, "forums.start_thread", forum)
    if clause is not None and not author.has_perm("recommendations.view_version", clause.version):
        raise ForumError(_("You cannot link this clause."))
    title = (title or "").strip()
    if UNSTORABLE.search(title):
        raise ForumError(_("The title contains a character that cannot be stored."))
    if not title:
        raise ForumError(_("Give the thread a title."))
    limit = Thread._meta.get_field("title").max_length
    if len(title) > limit:  # PostgreSQL refuses it; SQLite would store it whole
        raise ForumError(_("A title can be at most %(limit)d characters long.") % {"limit": limit})
    body = _check_body(body)
    now = timezone.now()
    thread = Thread(forum=forum, author=author, kind=kind, title=title, created_at=now, last_post_at=now, clause=clause)
    _check_pace(thread, author, now)
    if kind == Thread.Kind.PRACTICE:
        for field in ("practice_context", "practice_action", "practice_outcome", "practice_challenges"):
            setattr(thread, field, (practice.get(field) or "").strip())
        thread.practice_country = practice.get("practice_country")
        thread.practice_sectors = list(practice.get("practice_sectors") or [])
    thread.save()
    post = Post(
        thread=thread,
        author=author,
        is_opening=True,
        body_markdown=body,
        body_html=render_markdown(body),
        created_at=now,
        safeguarding=safeguarding,
    )
    _submit(post)
    subscribe(author, thread=thread)
    return thread


@transaction.atomic
def reply(thread, author, *, body, reply_to=None, safeguarding=False):
    """Add a post to ``thread``. Refused in a locked or closed thread (except
    for moderators), in slow mode, and when the member floods."""
    thread = Thread.objects.select_for_update(of=("self",)).select_related("forum").get(pk=thread.pk)
    if not author.has_perm("forums.reply_to_thread", thread):
        if author.has_perm("forums.view_thread", thread):
            raise ThreadNotOpen
        raise PermissionDenied("forums.reply_to_thread")
    body = _check_body(body)
    now = timezone.now()
    _check_pace(thread, author, now)
    if reply_to is not None and reply_to.thread_id != thread.pk:
        reply_to = None
    post = Post(
        thread=thread,
        author=author,
        reply_to=reply_to,
        body_markdown=body,
        body_html=render_markdown(body),
        created_at=now,
        safeguarding=safeguarding,
    )
    _submit(post)
    subscribe(author, thread=thread)
    return post


@transaction.atomic
def edit_post(post, editor, *, body, version, note=""):
    """Replace a post's text, keeping the old text as a revision. ``version``
    is the one the form started from: if the post changed since, StaleEdit.

    An author's edit goes through the guard again (a held post may be
    released by editing out what the guard found, once a moderator agrees);
    a moderator's edit carries a note that the author is shown.
    """
    _require(editor, "forums.edit_post", post)
    post = Post.objects.select_for_update(of=("self",)).select_related("thread__forum", "author").get(pk=post.pk)
    if int(version) != post.version:
        raise StaleEdit
    body = _check_body(body)
    by_moderator = editor.pk != post.author_id
    if by_moderator and not note.strip():
        raise ForumError(_("Say why you edit a member's post; the author is shown your note."))
    PostRevision.objects.create(
        post=post, version=post.version, body_markdown=post.body_markdown, edited_by=editor, note=note.strip()
    )
    post.body_markdown = body
    post.body_html = render_markdown(body)
    post.version += 1
    post.edited_at = timezone.now()
    if by_moderator:
        post.save()
        _moderation_action(
            editor, "forums.post.edit", post, note, thread=post.thread, notify=post.author, country=_country(post)
        )
        return post
    findings = guard.scan(post.get_moderation_text(), language=_language_of(post.author))
    post.held_findings = _findings_for_author(findings)
    if findings and post.status == Visibility.PUBLISHED:
        post.status = Visibility.PENDING
        post.save()
        _unpublished(post)
        moderation.hold_for_review(post, reason=ReviewItem.Reason.PERSONAL_DATA, findings=findings)
    else:
        post.save()
    return post


@transaction.atomic
def remove_post(post, actor, *, reason=""):
    """Soft-delete a post: its text stays for the record, the page shows that
    it was removed. By a moderator: audited, with a reason, and the author told."""
    _require(actor, "forums.remove_post", post)
    post = Post.objects.select_for_update(of=("self",)).select_related("thread__forum").get(pk=post.pk)
    if post.removed_at is not None:
        return post
    post.removed_at = timezone.now()
    post.save(update_fields=["removed_at"])
    if actor.pk != post.author_id:
        _moderation_action(actor, "forums.post.remove", post, reason, thread=post.thread, notify=post.author)
    _refresh_thread_counters(post.thread)
    return post


def apply_moderation_decision(post, decision):
    """The moderation core decided about ``post`` ("approved", "hidden",
    "restored"): set its visibility (and its thread's, for an opening post)
    and, once published, tell the subscribers."""
    was_published = post.status == Visibility.PUBLISHED
    post.status = Visibility.HIDDEN if decision == "hidden" else Visibility.PUBLISHED
    if post.status == Visibility.PUBLISHED:
        post.held_findings = []
    post.save(update_fields=["status", "held_findings"])
    if post.is_opening:
        Thread.objects.filter(pk=post.thread_id).update(status=post.status)
        post.thread.status = post.status
    if post.status == Visibility.PUBLISHED and not was_published:
        _published(post)
    elif post.status != Visibility.PUBLISHED and was_published:
        _unpublished(post)


def _published(post):
    _refresh_thread_counters(post.thread)
    if post.is_opening and post.thread.status != Visibility.PUBLISHED:
        Thread.objects.filter(pk=post.thread_id).update(status=Visibility.PUBLISHED)
        post.thread.status = Visibility.PUBLISHED
    from .tasks import announce_post

    announce_post.schedule(key=f"forums-announce-post:{post.pk}", post_id=post.pk)


def _unpublished(post):
    _refresh_thread_counters(post.thread)


def _refresh_thread_counters(thread):
    shown = Post.objects.filter(thread=thread, status=Visibility.PUBLISHED, removed_at__isnull=True)
    latest = shown.order_by("-created_at", "-pk").values_list("pk", "created_at").first()
    fields = {"post_count": shown.count()}
    if latest:
        fields.update(last_post_id=latest[0], last_post_at=latest[1])
    Thread.objects.filter(pk=thread.pk).update(**fields)
    for name, value in fields.items():
        setattr(thread, name, value)


# --- safeguarding -------------------------------------------------------------


def _raise_safeguarding(post):
    """A disclosure that may need a safeguarding response: hidden from the
    page at once (it is pending), and every moderator of the country is
    e-mailed a link to the queue."""
    for moderator in _country_moderators(post):
        notify_user(moderator, "forums_safeguarding", key=f"forums-safeguarding:{post.pk}:{moderator.pk}")


def _country_moderators(post):
    country_id = post.moderation_country_id
    roles = CountryRole.objects.filter(role=CountryRole.Role.MODERATOR)
    ids = set(roles.filter(country__isnull=True).values_list("user_id", flat=True))
    if country_id:
        ids |= set(roles.filter(country_id=country_id).values_list("user_id", flat=True))
    return [
        p.user for p in Profile.objects.approved().filter(user_id__in=ids - {post.author_id}).select_related("user")
    ]


@transaction.atomic
def flag_post(post, user, *, reason, note=""):
    """A member flags a post to the moderators. A safeguarding flag hides
    the post at once and alerts the country's moderators; the others count
    towards the core's auto-hide."""
    from consult.models import Flag

    _require(user, "forums.flag_post", post)
    flag = moderation.flag(post, user=user, reason=reason, note=note)
    if reason == Flag.Reason.SAFEGUARDING:
        post.refresh_from_db()
        if post.status == Visibility.PUBLISHED:
            moderation.hold_for_review(post, reason=ReviewItem.Reason.FLAGS)
            post.on_moderation_decision("hidden")
        _raise_safeguarding(post)
    return flag


# --- reactions, subscriptions, read markers -----------------------------------


def toggle_helpful(post, user):
    """Mark a post helpful, or take the mark back. Returns whether it is marked now."""
    _require(user, "forums.react_to_post", post)
    deleted, _ = Reaction.objects.filter(post=post, user=user, kind=Reaction.Kind.HELPFUL).delete()
    if deleted:
        return False
    Reaction.objects.get_or_create(post=post, user=user, kind=Reaction.Kind.HELPFUL)
    return True


def subscribe(user, *, thread=None, forum=None):
    """Watch a thread or a forum. Idempotent."""
    target = thread or forum
    _require(user, "forums.view_thread" if thread else "forums.view_forum", target)
    subscription, _ = Subscription.objects.get_or_create(user=user, thread=thread, forum=forum)
    return subscription


def unsubscribe(user, *, thread=None, forum=None):
    Subscription.objects.filter(user=user, thread=thread, forum=forum).delete()


def mark_read(user, thread, up_to_post_id, *, current=...):
    """Move the reader's marker forward to ``up_to_post_id`` (never back).
    ``current``: the marker the caller just read (``None`` if the reader has
    none yet), which spares the queries when it is already that far."""
    if not up_to_post_id or (current not in (None, ...) and current >= up_to_post_id):
        return
    updated = ReadMarker.objects.filter(user=user, thread=thread, last_read_post_id__lt=up_to_post_id).update(
        last_read_post_id=up_to_post_id
    )
    if not updated:
        ReadMarker.objects.get_or_create(user=user, thread=thread, defaults={"last_read_post_id": up_to_post_id})


# --- notifications ------------------------------------------------------------


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
                forum_title=thread.forum.title,
                post_path=post.get_absolute_url(),
            )
            sent += 1
    return sent


def send_daily_digest(user_id, day):
    """E-mail one member the new posts of their watched threads not yet
    e-mailed, grouped by thread, newest first; links only, no text members
    wrote. At most once per member and day: the e-mail's outbox key is
    ``forums-digest:<user>:<day>`` and the notifications are marked as
    digested in the same transaction."""
    notifications = list(
        Notification.objects.filter(user_id=user_id, kind=Notification.Kind.NEW_POST, digested_on__isnull=True)
        .select_related("thread__forum", "user")
        .order_by("-created_at", "-pk")
    )
    if not notifications:
        return False
    key = f"forums-digest:{user_id}:{day}"
    if OutboxEntry.objects.filter(dedupe_key=key).exists():
        return False  # today's digest went out; these wait for tomorrow's
    groups = {}
    for notification in notifications:
        group = groups.setdefault(
            notification.thread_id,
            {
                "forum_title": notification.thread.forum.title,
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


# --- moderation actions of the forums ------------------------------------------


def _country(obj):
    forum = obj.forum if isinstance(obj, Thread) else obj.thread.forum
    return forum.country


def _moderation_action(actor, action, target, reason, *, thread, notify=None, country=None):
    """The audit row of a forum moderation action, and the notice the member
    concerned reads on the site (the e-mail only says there is one)."""
    audit.record(actor=actor, action=action, target=target, reason=reason, country=country or _country(target))
    if notify is not None and notify.pk != actor.pk:
        notice = Notification.objects.create(
            user=notify,
            kind=Notification.Kind.MODERATION,
            thread=thread,
            post=target if isinstance(target, Post) else None,
            action=action,
            reason=reason,
        )
        notify_user(notify, "forums_moderation_notice", key=f"forums-notice:{notice.pk}")


def _moderate_thread(thread, moderator, action, reason, **changes):
    _require(moderator, "forums.moderate_forum", thread.forum)
    if not (reason or "").strip():
        raise ForumError(_("Give a reason: it is recorded and the author is shown it."))
    thread = Thread.objects.select_for_update(of=("self",)).select_related("forum__country").get(pk=thread.pk)
    for name, value in changes.items():
        setattr(thread, name, value)
    thread.save(update_fields=list(changes))
    _moderation_action(moderator, action, thread, reason, thread=thread, notify=thread.author)
    return thread


@transaction.atomic
def lock_thread(thread, moderator, *, reason, locked=True):
    """Lock (or unlock) a thread: only moderators may reply while locked."""
    return _moderate_thread(
        thread, moderator, "forums.thread.lock" if locked else "forums.thread.unlock", reason, is_locked=locked
    )


@transaction.atomic
def pin_thread(thread, moderator, *, reason, pinned=True):
    """Pin (or unpin) a thread at the top of its forum."""
    return _moderate_thread(
        thread, moderator, "forums.thread.pin" if pinned else "forums.thread.unpin", reason, is_pinned=pinned
    )


@transaction.atomic
def set_slow_mode(thread, moderator, *, seconds, reason):
    """One post per member per ``seconds`` in this thread (0 turns it off)."""
    return _moderate_thread(
        thread, moderator, "forums.thread.slow_mode", f"{reason} ({int(seconds)} s)", slow_mode_seconds=int(seconds)
    )


@transaction.atomic
def close_thread(thread, actor, *, reason="", closed=True):
    """Close (or reopen) a thread: its author may, without a reason; a
    moderator closing someone else's thread gives one (audited)."""
    _require(actor, "forums.close_thread", thread)
    if actor.pk == thread.author_id and not actor.has_perm("forums.moderate_forum", thread.forum):
        Thread.objects.filter(pk=thread.pk).update(is_closed=closed)
        thread.is_closed = closed
        return thread
    return _moderate_thread(
        thread, actor, "forums.thread.close" if closed else "forums.thread.reopen", reason, is_closed=closed
    )


@transaction.atomic
def move_thread(thread, moderator, *, to_forum, reason):
    """Move a thread to another forum. The moderator must moderate both."""
    _require(moderator, "forums.moderate_forum", to_forum)
    if to_forum.pk == thread.forum_id:
        return thread
    source = thread.forum
    thread = _moderate_thread(
        thread, moderator, "forums.thread.move", f"{reason} ({source.slug} → {to_forum.slug})", forum=to_forum
    )
    return thread


def hide_post(post, moderator, *, reason):
    """Hide a published post a moderator found on the page (not in the queue):
    the core records it, hides it through ``on_moderation_decision`` and
    tells the author; it can be restored from the queue."""
    _require(moderator, "forums.moderate_forum", post.thread.forum)
    return moderation.hide_object(post, moderator=moderator, reason=reason)


@transaction.atomic
def warn_member(post, moderator, *, reason):
    """Warn a post's author: an audit row and a notice they read on the site."""
    _require(moderator, "forums.moderate_forum", post.thread.forum)
    if not (reason or "").strip():
        raise ForumError(_("Say what the warning is about."))
    _moderation_action(moderator, "forums.member.warn", post, reason, thread=post.thread, notify=post.author)


def moderator_forum_choices(moderator):
    """Forums a moderator may move threads into."""
    return [forum for forum in Forum.objects.all() if moderator.has_perm("forums.moderate_forum", forum)]

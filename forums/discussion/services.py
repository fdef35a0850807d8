"""Writing in the forums: starting threads, replying, editing, removing,
reactions and read markers, and what a post's publication changes.

Each use case checks the actor's permission (forums/rules.py) and changes
rows in one transaction; publishing a post schedules its announcement
(``forums.announce_post``) through the outbox on commit.

Publishing a post: the personal-data guard reads it first. A post the guard
holds, a post in a pre-moderated forum and a new member's first posts go to
the shared review queue (consult.moderation) instead of the page; the
author sees why on the thread page. The core's later decision comes back
to ``apply_moderation_decision`` (registered with the core in apps.py).
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consult.models import ReviewItem
from consult.moderation import guard, statements
from consult.moderation import services as moderation
from consult.outbox import schedule
from consult.predicates import profile_of
from consult.refusals import NotAllowed, require
from consult.sanitising import FORUM_POST, render_markdown
from consult.text import UNSTORABLE_MESSAGE, is_storable

from ..models import Post, PostRevision, Reaction, ReadMarker, Thread, Visibility
from ..moderation.services import alert_safeguarding_moderators, record_moderation_action
from ..refusals import EmptyPost, ForumError, PostingTooFast, PostTooLong, SlowMode, StaleEdit, ThreadNotOpen
from ..subscriptions import services as subscriptions

# Limits a project may override in its settings.
POST_MAX_LENGTH = getattr(settings, "FORUMS_POST_MAX_LENGTH", 20000)
POSTS_PER_MINUTE = getattr(settings, "FORUMS_POSTS_PER_MINUTE", 5)

SAFEGUARDING_FINDING = _("the author marked it as a disclosure that may need a safeguarding response")


def _check_body(body):
    if not is_storable(body):
        raise ForumError(UNSTORABLE_MESSAGE, field="body")
    body = (body or "").strip()
    if not body:
        raise EmptyPost(field="body")
    if len(body) > POST_MAX_LENGTH:
        raise PostTooLong(
            _("A post can be at most %(limit)d characters long; this one has %(count)d.")
            % {"limit": POST_MAX_LENGTH, "count": len(body)},
            field="body",
        )
    return body


def _check_title(title):
    if not is_storable(title):
        raise ForumError(_("The title contains a character that cannot be stored."), field="title")
    title = (title or "").strip()
    if not title:
        raise ForumError(_("Give the thread a title."), field="title")
    limit = Thread._meta.get_field("title").max_length
    if len(title) > limit:  # PostgreSQL refuses it; SQLite would store it whole
        raise ForumError(_("A title can be at most %(limit)d characters long.") % {"limit": limit}, field="title")
    return title


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


def findings_for_author(findings):
    """What the post's author is shown of the guard's findings (kind, label, masked excerpt, context)."""
    return [{"kind": f.kind, "label": str(f.label), "excerpt": f.excerpt, "context": f.context} for f in findings]


def _submit(post):
    """Guard the post, then publish it or send it to the review queue."""
    findings = guard.scan(post.get_moderation_text(), language=_language_of(post.author))
    post.held_findings = findings_for_author(findings)
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
            # hidden from the page at once (it is pending); the moderators are told
            alert_safeguarding_moderators(post)
    return post


@transaction.atomic
def start_thread(
    forum, author, *, title, body, kind=Thread.Kind.DISCUSSION, safeguarding=False, clause=None, **practice
):
    """Open a thread with its first post (which the guard reads with the
    title and the practice fields), optionally about a recommendation clause
    the author may read. Returns the thread."""
    require(author, "forums.start_thread", forum)
    if clause is not None and not author.has_perm("recommendations.view_version", clause.version):
        raise ForumError(_("You cannot link this clause."))
    title = _check_title(title)
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
        body_html=render_markdown(body, FORUM_POST),
        created_at=now,
        safeguarding=safeguarding,
    )
    _submit(post)
    subscriptions.subscribe(author, thread=thread)
    return thread


@transaction.atomic
def reply(thread, author, *, body, reply_to=None, safeguarding=False):
    """Add a post to ``thread``. Refused in a locked or closed thread (except
    for moderators), in slow mode, and when the member floods."""
    thread = Thread.objects.select_for_update(of=("self",)).select_related("forum").get(pk=thread.pk)
    if not author.has_perm("forums.reply_to_thread", thread):
        if author.has_perm("forums.view_thread", thread):
            raise ThreadNotOpen
        raise NotAllowed
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
        body_html=render_markdown(body, FORUM_POST),
        created_at=now,
        safeguarding=safeguarding,
    )
    _submit(post)
    subscriptions.subscribe(author, thread=thread)
    return post


@transaction.atomic
def edit_post(post, editor, *, body, version, note=""):
    """Replace a post's text, keeping the old text as a revision. ``version``
    is the one the form started from: if the post changed since, StaleEdit.

    An author's edit goes through the guard again (a held post may be
    released by editing out what the guard found, once a moderator agrees);
    a moderator's edit carries a note that the author is shown.
    """
    require(editor, "forums.edit_post", post)
    post = Post.objects.select_for_update(of=("self",)).select_related("thread__forum", "author").get(pk=post.pk)
    if int(version) != post.version:
        raise StaleEdit
    body = _check_body(body)
    by_moderator = editor.pk != post.author_id
    if by_moderator and not note.strip():
        raise ForumError(_("Say why you edit a member's post; the author is shown your note."), field="note")
    PostRevision.objects.create(
        post=post, version=post.version, body_markdown=post.body_markdown, edited_by=editor, note=note.strip()
    )
    post.body_markdown = body
    post.body_html = render_markdown(body, FORUM_POST)
    post.version += 1
    post.edited_at = timezone.now()
    if by_moderator:
        post.save()
        record_moderation_action(editor, "forums.post.edit", post, note, thread=post.thread, notify=post.author)
        return post
    findings = guard.scan(post.get_moderation_text(), language=_language_of(post.author))
    post.held_findings = findings_for_author(findings)
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
    require(actor, "forums.remove_post", post)
    post = Post.objects.select_for_update(of=("self",)).select_related("thread__forum").get(pk=post.pk)
    if post.removed_at is not None:
        return post
    post.removed_at = timezone.now()
    post.save(update_fields=["removed_at"])
    if actor.pk != post.author_id:
        record_moderation_action(actor, "forums.post.remove", post, reason, thread=post.thread, notify=post.author)
        statements.issue_statement(
            user=post.author,
            restriction=statements.Restriction.CONTENT_REMOVED,
            ground=statements.Ground.OTHER,
            country_id=moderation.country_for_review(post),
            obj=post,
            facts=reason,
            decided_by=actor,
            notify=False,  # the notice's own e-mail tells them
        )
    _refresh_thread_counters(post.thread)
    return post


def toggle_helpful(post, user):
    """Mark a post helpful, or take the mark back. Returns whether it is marked now."""
    require(user, "forums.react_to_post", post)
    deleted, _ = Reaction.objects.filter(post=post, user=user, kind=Reaction.Kind.HELPFUL).delete()
    if deleted:
        return False
    Reaction.objects.get_or_create(post=post, user=user, kind=Reaction.Kind.HELPFUL)
    return True


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


# --- publication ------------------------------------------------------------------


def apply_moderation_decision(post, decision):
    """The moderation core decided about ``post`` ("approved", "hidden",
    "restored"): set its visibility (and its thread's, for an opening post)
    and, once published, tell the subscribers."""
    if decision == "reinstated":  # a removal reversed on appeal: back in its place
        Post.objects.filter(pk=post.pk).update(removed_at=None)
        post.removed_at = None
        _refresh_thread_counters(post.thread)
        return
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
    schedule("forums.announce_post", key=f"forums-announce-post:{post.pk}", post_id=post.pk)


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

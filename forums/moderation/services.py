"""The forums' own moderation: what moderators do to threads and posts on
the site (lock, pin, slow mode, close, move, hide, warn), members' flags and
the safeguarding alert.

Every action checks ``forums.moderate_forum`` (forums/rules.py), asks for a
reason, and writes an immutable audit-log row; the member concerned reads a
notice on the site and is e-mailed that there is one. Decisions on the
review queue itself belong to the shared core (consult.moderation).
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from consult import audit
from consult.moderation import services as moderation
from consult.moderation import statements
from consult.notifications import notify_user
from consult.refusals import require

from ..models import Forum, Notification, Post, Thread
from ..refusals import ForumError


def record_moderation_action(actor, action, target, reason, *, thread, notify=None):
    """The audit row of a forum moderation action, and the notice the member
    concerned reads on the site (the e-mail only says there is one)."""
    forum = target.forum if isinstance(target, Thread) else target.thread.forum
    audit.record(actor=actor, action=action, target=target, reason=reason, country=forum.country)
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


# --- safeguarding and flags -----------------------------------------------------


def alert_safeguarding_moderators(post):
    """A disclosure that may need a safeguarding response: every moderator of
    the post's country (and of every country) but its author is e-mailed a
    link to the review queue, once per post and moderator (outbox key)."""
    for moderator in moderation.moderators_of(post.moderation_country_id, except_user_id=post.author_id):
        notify_user(moderator, "forums_safeguarding", key=f"forums-safeguarding:{post.pk}:{moderator.pk}")


@transaction.atomic
def flag_post(post, user, *, reason, note=""):
    """A member flags a post to the moderators: it enters the country's
    review queue at once; "identifies a person" and safeguarding flags hide
    it at once and page the moderators (consult.moderation.flag). Returns
    the flag, with ``is_new`` and ``content_hidden``."""
    require(user, "forums.flag_post", post)
    return moderation.flag(post, user=user, reason=reason, note=note)


# --- threads ----------------------------------------------------------------------


def _moderate_thread(thread, moderator, action, reason, **changes):
    require(moderator, "forums.moderate_forum", thread.forum)
    if not (reason or "").strip():
        raise ForumError(_("Give a reason: it is recorded and the author is shown it."))
    thread = Thread.objects.select_for_update(of=("self",)).select_related("forum__country").get(pk=thread.pk)
    for name, value in changes.items():
        setattr(thread, name, value)
    thread.save(update_fields=list(changes))
    record_moderation_action(moderator, action, thread, reason, thread=thread, notify=thread.author)
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
    require(actor, "forums.close_thread", thread)
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
    require(moderator, "forums.moderate_forum", to_forum)
    if to_forum.pk == thread.forum_id:
        return thread
    source = thread.forum
    return _moderate_thread(
        thread, moderator, "forums.thread.move", f"{reason} ({source.slug} → {to_forum.slug})", forum=to_forum
    )


def moderator_forum_choices(moderator):
    """Forums a moderator may move threads into."""
    return [forum for forum in Forum.objects.all() if moderator.has_perm("forums.moderate_forum", forum)]


# --- posts and members --------------------------------------------------------------


def hide_post(post, moderator, *, reason, house_rule=None):
    """Hide a published post a moderator found on the page (not in the queue):
    the core records it, hides it through ``apply_decision`` and sends the
    author a statement of reasons citing ``house_rule``; it can be restored
    from the queue or on appeal."""
    require(moderator, "forums.moderate_forum", post.thread.forum)
    return moderation.hide_object(post, moderator=moderator, reason=reason, house_rule=house_rule)


@transaction.atomic
def warn_member(post, moderator, *, reason, house_rule=None):
    """Warn a post's author: an audit row, a notice they read on the site
    and a statement of reasons they can appeal."""
    require(moderator, "forums.moderate_forum", post.thread.forum)
    if not (reason or "").strip():
        raise ForumError(_("Say what the warning is about."))
    rule = statements.rule_for(house_rule, post.moderation_country_id)
    record_moderation_action(moderator, "forums.member.warn", post, reason, thread=post.thread, notify=post.author)
    if post.author_id and post.author_id != moderator.pk:
        statements.issue_statement(
            user=post.author,
            restriction=statements.Restriction.ACCOUNT_WARNED,
            ground=statements.Ground.HOUSE_RULE if rule else statements.Ground.OTHER,
            country_id=moderation.country_for_review(post),
            obj=post,
            house_rule=rule,
            facts=reason,
            decided_by=moderator,
            notify=False,  # the notice's own e-mail tells them
        )

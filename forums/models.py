"""Forums, threads and posts, with what members do around them: reactions,
subscriptions, read markers, in-site notifications and edit history.

Visibility is kept in plain fields (``Post.status``, ``Thread.status``) that
the shared moderation core changes through the posting service; the
reads in querysets.py filter on them, so a hidden post never reaches a page,
a search result or an e-mail.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from consult.models import Sector

from .querysets import ForumQuerySet, PostQuerySet, ThreadQuerySet


class Visibility(models.TextChoices):
    PUBLISHED = "published", _("published")
    # Waiting in the review queue (first posts, a pre-moderated forum, the guard).
    PENDING = "pending", _("waiting for a moderator")
    HIDDEN = "hidden", _("hidden by a moderator")


class Forum(models.Model):
    """A place for threads: one per country, or a cross-country theme.

    A country forum is read by the members and moderators of its country; a
    theme forum by every approved member, unless limited to some countries
    and/or sectors.
    """

    slug = models.SlugField(_("address"), max_length=60, unique=True)
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    # The title and description in the site's other languages, written by
    # administrators and country offices: {"bg": {"title": …, "description": …}}.
    # Kept on the row, so every page that shows a forum reads them with it
    # (no query more); a language without one shows the fields above.
    translations = models.JSONField(_("names in other languages"), default=dict, blank=True)
    # Set: the forum of one country. Empty: a cross-country theme.
    country = models.ForeignKey(
        "consult.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="forums",
    )
    limited_to_countries = models.ManyToManyField(
        "consult.Country",
        verbose_name=_("only members of these countries"),
        blank=True,
        related_name="+",
        help_text=_("Theme forums only. Empty: members of every country."),
    )
    # Sector values (consult.models.Sector); empty: every sector.
    limited_to_sectors = models.JSONField(_("only these sectors"), default=list, blank=True)
    # Every post waits for a moderator, not only a new member's first ones.
    premoderated = models.BooleanField(_("pre-moderate every post"), default=False)
    sort_order = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    objects = ForumQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "title"]

    def __str__(self):
        return self.shown_title

    def get_absolute_url(self):
        return reverse("forums:forum", args=[self.slug])

    @staticmethod
    def translated(translations, field, original, language=None):
        """``field`` ("title" or "description") of a forum in ``language``
        (the reader's when None) from its ``translations``, else ``original``:
        for rows read as plain values (search) as for forums."""
        language = (language or get_language() or "").lower()
        found = (translations or {}).get(language) or (translations or {}).get(language.split("-")[0]) or {}
        return (found.get(field) or "").strip() or original

    def title_in(self, language=None):
        """The title in ``language`` (the reader's when None), else the original."""
        return self.translated(self.translations, "title", self.title, language)

    def description_in(self, language=None):
        """The description in ``language`` (the reader's when None), else the original."""
        return self.translated(self.translations, "description", self.description, language)

    @property
    def shown_title(self):
        return self.title_in()

    @property
    def shown_description(self):
        return self.description_in()

    def get_permission_country_ids(self):
        """Whose moderators act here: the country; or a limited theme forum's
        countries; an open theme forum is moderated by moderators of every
        country and administrators (empty set)."""
        if self.country_id:
            return {self.country_id}
        return {country.pk for country in self.limited_to_countries.all()}

    @property
    def is_theme(self):
        return self.country_id is None

    def sector_labels(self):
        labels = dict(Sector.choices)
        return [labels.get(value, value) for value in self.limited_to_sectors]


class Thread(models.Model):
    """A conversation in a forum; its opening post carries the first text."""

    class Kind(models.TextChoices):
        DISCUSSION = "discussion", _("Discussion")
        QUESTION = "question", _("Question")
        PRACTICE = "practice", _("Good practice")

    forum = models.ForeignKey(Forum, on_delete=models.PROTECT, related_name="threads")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.DISCUSSION)
    title = models.CharField(_("title"), max_length=160)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="forum_threads")
    # Follows the opening post: a thread is listed once its first post is.
    status = models.CharField(max_length=10, choices=Visibility.choices, default=Visibility.PENDING)

    # A good practice: what it was, what was done, what worked, what was hard.
    practice_context = models.TextField(_("context"), blank=True, max_length=5000)
    practice_action = models.TextField(_("what was done"), blank=True, max_length=5000)
    practice_outcome = models.TextField(_("what worked"), blank=True, max_length=5000)
    practice_challenges = models.TextField(_("challenges"), blank=True, max_length=5000)
    practice_country = models.ForeignKey(
        "consult.Country",
        verbose_name=_("country of the practice"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    practice_sectors = models.JSONField(_("sectors involved"), default=list, blank=True)

    # Pinned threads come first in their forum.
    is_pinned = models.BooleanField(_("pinned"), default=False)
    # Locked by a moderator: nobody but moderators may reply.
    is_locked = models.BooleanField(_("locked"), default=False)
    # Closed (answered or finished), by its author or a moderator: no more replies.
    is_closed = models.BooleanField(_("closed"), default=False)
    # A thread about a clause of a draft recommendation (where the discussion
    # began); recommendations learns of them through consult.discussions.
    clause = models.ForeignKey(
        "recommendations.Clause", null=True, blank=True, on_delete=models.SET_NULL, related_name="forum_threads"
    )
    # Slow mode: a member may post here once per this many seconds (0: off).
    slow_mode_seconds = models.PositiveIntegerField(_("slow mode (seconds between posts)"), default=0)

    created_at = models.DateTimeField(default=timezone.now)
    # Denormalised from the published posts, kept by forums/discussion/services.py.
    last_post_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_post_id = models.BigIntegerField(default=0)
    post_count = models.PositiveIntegerField(default=0)

    objects = ThreadQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["forum", "status", "is_pinned", "last_post_at"], name="thread_listing_idx")]

    def __str__(self):
        return f"Thread #{self.pk}"

    def get_absolute_url(self):
        return reverse("forums:thread", args=[self.pk])

    def get_permission_country_ids(self):
        return self.forum.get_permission_country_ids()

    @property
    def accepts_replies(self):
        return not (self.is_locked or self.is_closed)

    def practice_sector_labels(self):
        labels = dict(Sector.choices)
        return [labels.get(value, value) for value in self.practice_sectors]


class Post(models.Model):
    """One message. The Markdown is the source; ``body_html`` is its
    sanitised rendering, written on save by services and never by a form."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="forum_posts")
    # The post this one answers (shown as "in reply to"); quotes live in the Markdown.
    reply_to = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="replies")
    # The thread's first post: its moderation decides the thread's visibility.
    is_opening = models.BooleanField(default=False)
    body_markdown = models.TextField(_("message"))
    body_html = models.TextField(editable=False)
    status = models.CharField(max_length=10, choices=Visibility.choices, default=Visibility.PENDING)
    # Counts edits; a form carries the version it started from (stale edits).
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    # Soft deletion by the author (or a moderator): the row stays for the record.
    removed_at = models.DateTimeField(null=True, blank=True)
    # Why the guard held the post, shown to the author: [{"kind", "label", "excerpt"}].
    held_findings = models.JSONField(default=list, blank=True)
    # The author marked it as a disclosure needing a safeguarding response.
    safeguarding = models.BooleanField(default=False)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "status", "created_at"], name="post_thread_idx")]

    def __str__(self):
        return f"Post #{self.pk}"

    def get_absolute_url(self):
        return reverse("forums:post", args=[self.pk])

    def get_permission_country_ids(self):
        return self.thread.forum.get_permission_country_ids()

    # --- the moderation protocol (consult.moderation) -------------------------

    @property
    def moderation_country_id(self):
        return self.thread.forum.country_id

    @property
    def moderation_author(self):
        return self.author

    @property
    def is_hidden_from_members(self):
        return self.status != Visibility.PUBLISHED

    # read with each post on the review queue: its kind and its text name the thread
    moderation_related = ("thread",)

    def moderation_kind(self):
        """What the review queue calls it, and the title of its thread."""
        label = _("New forum thread") if self.is_opening else _("Reply in a forum thread")
        return str(label), self.thread.title

    def get_moderation_text(self):
        parts = []
        if self.is_opening:
            thread = self.thread
            parts.append(thread.title)
            parts.extend(
                text
                for text in (
                    thread.practice_context,
                    thread.practice_action,
                    thread.practice_outcome,
                    thread.practice_challenges,
                )
                if text
            )
        parts.append(self.body_markdown)
        return "\n\n".join(parts)


class PostRevision(models.Model):
    """The text of a post before one edit: the edit history that authors and
    moderators read. A moderator's edit carries a note."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    body_markdown = models.TextField()
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    edited_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        ordering = ["-version"]
        constraints = [models.UniqueConstraint(fields=["post", "version"], name="post_revision_unique")]

    def __str__(self):
        return f"Revision {self.version} of post #{self.post_id}"


class Reaction(models.Model):
    """A member found a post helpful (the one reaction the forums offer)."""

    class Kind(models.TextChoices):
        HELPFUL = "helpful", _("Helpful")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_reactions")
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.HELPFUL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "user", "kind"], name="reaction_unique")]

    def __str__(self):
        return f"{self.kind} on post #{self.post_id}"


class Subscription(models.Model):
    """A member watches a thread or a whole forum. How often they are
    e-mailed is their profile's ``email_frequency`` (at once, daily, never)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    forum = models.ForeignKey(Forum, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(forum__isnull=True, thread__isnull=False) | Q(forum__isnull=False, thread__isnull=True),
                name="subscription_one_target",
            ),
            models.UniqueConstraint(fields=["user", "forum"], name="subscription_forum_unique"),
            models.UniqueConstraint(fields=["user", "thread"], name="subscription_thread_unique"),
        ]

    def __str__(self):
        return f"Subscription #{self.pk}"


class ReadMarker(models.Model):
    """How far a member has read a thread: the highest post id they were shown."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="read_markers")
    last_read_post_id = models.BigIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "thread"], name="read_marker_unique")]

    def __str__(self):
        return f"Read marker #{self.pk}"


class Notification(models.Model):
    """An in-site notification, and the source of e-mails and daily digests."""

    class Kind(models.TextChoices):
        NEW_POST = "new_post", _("New post")
        MODERATION = "moderation", _("Moderation")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notifications")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    # Moderation notices: what happened and why (shown on the site, never e-mailed).
    action = models.CharField(max_length=60, blank=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # The day whose digest carried it (members on the daily digest).
    digested_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "post"], condition=Q(kind="new_post"), name="notification_new_post_unique"
            ),
        ]

    def __str__(self):
        return f"Notification #{self.pk}"

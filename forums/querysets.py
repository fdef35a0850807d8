"""Reads: every list the forums show goes through a named method here, so
what a member may see is decided once."""

from django.core.cache import cache
from django.db import models
from django.db.models import Count, Exists, Func, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from consult.cache_versions import CacheVersion
from consult.models import CountryRole
from consult.moderation.content_warnings import warning_kind_of
from consult.predicates import is_administrator, is_approved_member, profile_of, role_country_ids

# Moved on by any change to a forum or its countries (forums.predicates.connect_limit_signals).
FORUM_LIMITS_VERSION = CacheVersion("forums:limits-version")
_READABLE_CACHE = "_forums_readable_ids"

THREAD_PAGE_COLUMNS = (
    *("id", "thread_id", "author_id", "reply_to_id", "is_opening", "status", "version", "safeguarding"),
    *("created_at", "edited_at", "removed_at", "body_html", "held_findings"),
    *("author__id", "author__is_active", "author__profile__display_name", "author__profile__status"),
    "author__profile__sector",
    *("reply_to__id", "reply_to__author_id", "reply_to__author__id"),
    *("reply_to__author__profile__display_name", "reply_to__author__profile__status"),
)


class ForumQuerySet(models.QuerySet):
    def limits(self):
        """``(pk, country_id, permission country ids, sectors)`` of every forum:
        what decides who reads it. Kept in the shared cache under a version
        that any change to a forum or its countries moves on (after its
        commit), so every web process applies a new limit at once."""
        key = f"forums:limits:{FORUM_LIMITS_VERSION.current()}"
        limits = cache.get(key)
        if limits is None:
            limits = [
                (
                    forum.pk,
                    forum.country_id,
                    frozenset(forum.get_permission_country_ids()),
                    tuple(forum.limited_to_sectors),
                )
                for forum in self.model.objects.prefetch_related("limited_to_countries")
            ]
            cache.set(key, limits, timeout=24 * 3600)
        return limits

    def readable_ids(self, user):
        """The ids of the forums ``user`` may read, computed once per user
        object (``request.user`` lives for one request).

        Administrators read every forum; approved members their country's
        forums and the theme forums whose countries and sectors fit them;
        moderators the forums of the countries they moderate.
        """
        if not getattr(user, "is_authenticated", False):
            return set()
        if not hasattr(user, _READABLE_CACHE):
            setattr(user, _READABLE_CACHE, self._compute_readable_ids(user))
        return getattr(user, _READABLE_CACHE)

    def _compute_readable_ids(self, user):
        if is_administrator(user):
            return set(self.model.objects.values_list("pk", flat=True))
        if not is_approved_member(user):
            return set()
        profile = profile_of(user)
        member_countries = {country.pk for country in profile.countries.all()}
        moderated = role_country_ids(user, CountryRole.Role.MODERATOR)  # None: every country
        readable = set()
        for pk, country_id, forum_countries, sectors in self.limits():
            if moderated is None or (forum_countries and forum_countries <= moderated):
                readable.add(pk)
            elif country_id:
                if country_id in member_countries:
                    readable.add(pk)
            else:
                if forum_countries and not forum_countries & member_countries:
                    continue
                if sectors and profile.sector not in sectors:
                    continue
                readable.add(pk)
        return readable

    def readable_by(self, user):
        """The forums ``user`` may read."""
        return self.filter(pk__in=self.readable_ids(user))

    def for_index(self, user):
        """Readable forums in order, each with ``thread_count`` (threads the
        member may see listed) and ``latest_post_at``; one query."""
        published = Q(threads__status="published")
        return (
            self.readable_by(user)
            .select_related("country")
            .annotate(
                thread_count=Count("threads", filter=published),
                latest_post_at=models.Max("threads__last_post_at", filter=published),
            )
            .order_by(models.F("country__name").asc(nulls_last=True), "sort_order", "title")
        )


class ThreadQuerySet(models.QuerySet):
    def listed_for(self, user, *, moderator=False):
        """Threads a reader sees in a listing: published ones, the reader's own
        waiting ones, and for moderators every thread."""
        if moderator:
            return self
        return self.filter(Q(status="published") | Q(status="pending", author=user))

    def for_forum_page(self, user, forum, *, moderator=False):
        """A forum's threads, pinned first then latest activity, with the
        author's profile joined and ``last_read_post_id`` of ``user`` (0 when
        never opened): one query per page."""
        read_markers = self.model.read_markers.rel.related_model  # models.py imports this module
        marker = read_markers.objects.filter(thread=OuterRef("pk"), user=user).values("last_read_post_id")[:1]
        return (
            self.filter(forum=forum)
            .listed_for(user, moderator=moderator)
            .select_related("author__profile")
            .annotate(last_read_post_id=Subquery(marker))
            .order_by("-is_pinned", "-last_post_at", "-pk")
        )


class PostQuerySet(models.QuerySet):
    def shown_to(self, user, *, moderator=False):
        """Posts a reader may see: published ones and the reader's own waiting
        or hidden ones (the author reads the moderator's reason beside a hidden
        post); moderators see every post (hidden ones marked as such)."""
        if moderator:
            return self
        return self.filter(Q(status="published") | Q(status__in=("pending", "hidden"), author=user))

    def for_thread_page(self, user, thread, *, moderator=False):
        """A thread's posts in order, with author and replied-to post joined,
        ``helpful_count``, ``helpful_by_me`` and ``content_warning_kind``: one query per page, of only
        the columns the page shows (a fifth less time turning rows into
        objects; the query-count tests catch a column left out)."""
        reactions = self.model.reactions.rel.related_model  # models.py imports this module
        helpful = reactions.objects.filter(post=OuterRef("pk"), kind="helpful")
        mine = helpful.filter(user=user)
        # a count per post in a subquery, not a join grouped by post: grouping
        # made PostgreSQL join every member's row before it could count
        counted = helpful.order_by().values("post").annotate(count=Count("pk")).values("count")
        return (
            self.filter(thread=thread)
            .shown_to(user, moderator=moderator)
            .select_related("author__profile", "reply_to__author__profile")
            .only(*THREAD_PAGE_COLUMNS)
            .annotate(
                helpful_count=Coalesce(Subquery(counted), 0),
                helpful_by_me=Exists(mine),
                content_warning_kind=warning_kind_of(self.model),
            )
            .order_by("created_at", "pk")
        )

    def searchable_by(self, user):
        """Published, not removed posts in published threads of forums ``user`` reads.

        The threads are asked for in a subquery wrapped in ``IS TRUE`` (the
        same rows): PostgreSQL then keeps it as a hashed list of thread ids
        tested on each post before the search's text matches, rather than a
        join made after them. Walking the posts newest first, a member of one
        country skips the other countries' posts (nine in ten) for the price
        of a hash lookup instead of upper-casing every body (issue #21)."""
        threads = self.model._meta.get_field("thread").related_model
        forums = threads._meta.get_field("forum").related_model
        readable = threads.objects.filter(status="published", forum__in=forums.objects.readable_ids(user))
        return self.filter(status="published", removed_at__isnull=True).filter(
            IsTrue(Q(thread__in=readable.values("pk")))
        )


class IsTrue(Func):
    """``(condition) IS TRUE``: in a WHERE clause, the rows of the bare
    condition (NULL is dropped by both), but PostgreSQL does not turn an
    ``IN (subquery)`` so wrapped into a join (forum search,
    ``PostQuerySet.searchable_by``)."""

    template = "(%(expressions)s) IS TRUE"
    output_field = models.BooleanField()

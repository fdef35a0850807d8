"""Reads of the recommendations app, as named QuerySet methods."""

from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from consult.models import ReviewItem


class DocumentQuerySet(models.QuerySet):
    def for_index(self):
        """Documents with their country, each with its versions prefetched (two queries)."""
        return self.select_related("country").prefetch_related("versions")


class VersionQuerySet(models.QuerySet):
    def for_page(self):
        """With the document, its country and its editors (what the permission rules read)."""
        return self.select_related("document__country").prefetch_related("document__editors")


class ClauseQuerySet(models.QuerySet):
    def in_order(self):
        return self.order_by("position", "pk")


class RoundQuerySet(models.QuerySet):
    def open_now(self, now=None):
        """Rounds taking feedback at this moment, soonest closing first, with
        their version and document (one query)."""
        now = now or timezone.now()
        return (
            self.filter(closed_at__isnull=True, opens_at__lte=now, closes_at__gt=now)
            .select_related("version__document__country")
            .order_by("closes_at")
        )

    def listed_publicly(self):
        """Rounds whose document may be named on public pages."""
        return self.filter(version__document__members_only_in_consultation=False)

    def for_country(self, country_id):
        """Rounds about one country: its documents and EU-wide ones open to it."""
        return self.filter(
            models.Q(version__document__country_id=country_id)
            | models.Q(version__document__country__isnull=True)
            & (models.Q(countries__isnull=True) | models.Q(countries=country_id))
        ).distinct()

    def for_editor_page(self):
        """With the version, the document, its country and its editors (what the permission rules read)."""
        return self.select_related("version__document__country").prefetch_related("version__document__editors")

    def due_to_close(self, now=None):
        """Rounds past their closing time that are not marked closed yet."""
        return self.filter(closed_at__isnull=True, closes_at__lte=now or timezone.now())


class FeedbackQuerySet(models.QuerySet):
    def visible(self):
        """Shown to members: not held for a moderator, not hidden."""
        return self.filter(visibility="visible")

    def for_report(self):
        """What the report, its exports and the clause histories show: visible
        items that are not waiting in a moderator's review queue either (a
        flagged item stays on the clause page but leaves every report until a
        moderator approves it). Adds no query: the queue is a subquery."""
        waiting = ReviewItem.objects.filter(
            content_type__app_label=self.model._meta.app_label,
            content_type__model=self.model._meta.model_name,
            object_id=OuterRef("pk"),
            state=ReviewItem.State.PENDING,
        )
        return self.visible().exclude(Exists(waiting))

    def visible_to(self, user):
        """Visible items plus the user's own (held or hidden) ones."""
        if getattr(user, "is_authenticated", False):
            return self.filter(Q(visibility="visible") | Q(author=user))
        return self.visible()

    def counts_for_page(self, user):
        """``({clause id: (items listed, the user's own waiting for a
        moderator, the user's own hidden)}, whether any item on the whole
        document is for ``user`` to read)`` in one query. A clause's count is
        what its list shows the user: the visible items and their own held
        or hidden ones, which are named apart ("including yours, waiting for
        review"). A version page lists its document-level items only when
        there are some (the list's query, with its seven joined tables, cost
        more to build than the rest of the page's queries when it found
        nothing)."""
        rows = (
            self.visible_to(user)
            .values("clause_id")
            .annotate(
                readable=models.Count("pk"),
                held=models.Count("pk", filter=Q(visibility="held")),
                hidden=models.Count("pk", filter=Q(visibility="hidden")),
            )
        )
        counts, document_level = {}, False
        for row in rows:
            if row["clause_id"] is None:
                document_level = row["readable"] > 0
            elif row["readable"]:
                counts[row["clause_id"]] = (row["readable"], row["held"], row["hidden"])
        return counts, document_level

    def for_listing(self):
        """With author profile, country, clause and duplicate's clause joined:
        one query for any number of items."""
        return self.select_related("author__profile", "author_country", "clause", "duplicate_of")

    def for_triage(self, *, clause=None, kind="", decision="", sector="", country=None, endorsed=None):
        """A round's visible feedback, filtered, in clause order, for the
        triage page (one query): with what a row shows of the author's
        country and the clause, not their texts or the author's profile."""
        items = self.visible().select_related("author_country", "clause").defer("clause__text", "clause__html")
        if clause is not None:
            items = items.filter(clause=clause)
        if kind:
            items = items.filter(kind=kind)
        if decision:
            items = items.filter(decision=decision)
        if sector:
            items = items.filter(author_sector=sector)
        if country is not None:
            items = items.filter(author_country=country)
        if endorsed is True:
            items = items.filter(endorsement_count__gt=0)
        elif endorsed is False:
            items = items.filter(endorsement_count=0)
        return items.order_by(models.F("clause__position").asc(nulls_first=True), "created_at", "pk")


class VariantClauseQuerySet(models.QuerySet):
    def for_reading(self):
        """With the master clause and the clause a translation was made from (one query)."""
        return self.select_related("master_clause", "translation_of")


class ReviewItemQuerySet(models.QuerySet):
    def still_open(self):
        return self.filter(decided_at__isnull=True)

    def for_review_page(self):
        """Open items with the three clauses of their three-way view (one query)."""
        return self.still_open().select_related("old_master_clause", "new_master_clause").order_by("created_at", "pk")

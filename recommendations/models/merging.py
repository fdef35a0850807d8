"""Merging a round's feedback into the next version: the digest of a round,
the editors' resolutions per clause, the build and what it changed."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RoundDigest(models.Model):
    """The digest of a round as one JSON snapshot (see recommendations.merging.digest.digest_snapshot).

    ``content_hash`` is the SHA-256 of the canonical JSON: the same feedback,
    decisions and threads give the same hash, whenever it is computed.
    """

    round = models.OneToOneField("recommendations.ConsultationRound", on_delete=models.CASCADE, related_name="digest")
    snapshot = models.JSONField(default=dict)
    content_hash = models.CharField(max_length=64)
    generated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("round digest")

    def __str__(self):
        return f"Digest of round #{self.round_id}"


class ClauseResolution(models.Model):
    """An editor's decision on what one clause becomes in the next version.

    Without a resolution a clause keeps its text, or takes its single
    accepted amendment; a clause in conflict needs one before the build.
    """

    class Action(models.TextChoices):
        TEXT = "text", _("use this text")
        REMOVE = "remove", _("remove the clause")
        ADD = "add", _("add a new clause")

    round = models.ForeignKey("recommendations.ConsultationRound", on_delete=models.CASCADE, related_name="resolutions")
    # The clause's stable key (a new key for an added clause).
    clause_key = models.UUIDField()
    action = models.CharField(max_length=10, choices=Action.choices, default=Action.TEXT)
    resolved_text = models.TextField(_("text for the next version"), max_length=20000, blank=True)
    # Added clauses: heading or paragraph, and heading level.
    kind = models.CharField(max_length=10, default="paragraph")
    level = models.PositiveSmallIntegerField(default=1)
    # Added or moved clauses go after the clause with this key (None: at the start).
    after_key = models.UUIDField(null=True, blank=True)
    # An existing clause moved to after ``after_key``.
    moved = models.BooleanField(default=False)
    # The feedback whose decisions this resolution carries out (provenance).
    chosen_amendments = models.ManyToManyField("recommendations.Feedback", blank=True, related_name="+")
    resolved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    resolved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["round", "resolved_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "clause_key"], name="resolution_once_per_clause_and_round"),
            models.CheckConstraint(
                condition=Q(action="remove") | ~Q(resolved_text=""), name="resolution_has_text_unless_removed"
            ),
        ]

    def __str__(self):
        return f"Resolution of {self.clause_key} in round #{self.round_id}"


class Build(models.Model):
    """The one build of a round's next version.

    Unique per round: a second editor asking for a build finds this row.
    ``result_version`` is set in the same transaction that writes the new
    version, so a build either has its whole version or none.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for a worker")
        RUNNING = "running", _("building")
        DONE = "done", _("built")
        FAILED = "failed", _("failed")

    round = models.OneToOneField("recommendations.ConsultationRound", on_delete=models.CASCADE, related_name="build")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    # 0-100, written in short transactions while the worker prepares the version.
    progress = models.PositiveSmallIntegerField(default=0)
    step = models.CharField(max_length=200, blank=True)
    error = models.TextField(blank=True)
    result_version = models.OneToOneField(
        "recommendations.DocumentVersion", on_delete=models.SET_NULL, null=True, blank=True, related_name="built_by"
    )
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("build")
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="done") | Q(result_version__isnull=False), name="build_done_has_version"
            ),
        ]

    def __str__(self):
        return f"Build of round #{self.round_id}"

    @property
    def is_finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)


class ClauseChange(models.Model):
    """What a build did to one clause: unchanged, changed, added, removed or
    moved, and the feedback whose decisions caused it."""

    class Change(models.TextChoices):
        UNCHANGED = "unchanged", _("unchanged")
        CHANGED = "changed", _("changed")
        ADDED = "added", _("added")
        REMOVED = "removed", _("removed")
        MOVED = "moved", _("moved")

    build = models.ForeignKey(Build, on_delete=models.CASCADE, related_name="changes")
    # The version the build made.
    version = models.ForeignKey("recommendations.DocumentVersion", on_delete=models.CASCADE, related_name="changes")
    clause_key = models.UUIDField(db_index=True)
    change = models.CharField(max_length=10, choices=Change.choices)
    # Changed and moved at once: change is "changed" and moved is True.
    moved = models.BooleanField(default=False)
    old_clause = models.ForeignKey(
        "recommendations.Clause", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    new_clause = models.ForeignKey(
        "recommendations.Clause", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    feedback = models.ManyToManyField("recommendations.Feedback", blank=True, related_name="clause_changes")

    class Meta:
        ordering = ["version", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["version", "clause_key"], name="clause_change_once_per_version"),
        ]

    def __str__(self):
        return f"{self.change} {self.clause_key} in version #{self.version_id}"

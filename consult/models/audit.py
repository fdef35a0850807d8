"""The audit log: one immutable row per decision, used by every app."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditLogImmutable(Exception):
    """Audit-log rows are written once and never changed or deleted."""


class AuditLogQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditLogImmutable("audit-log rows cannot be updated")

    def delete(self):
        raise AuditLogImmutable("audit-log rows cannot be deleted")

    def about(self, obj):
        """Rows whose target is ``obj``."""
        return self.filter(target_type=ContentType.objects.get_for_model(obj), target_id=str(obj.pk))

    def visible_to(self, user, country_ids):
        """Rows ``user`` may read: all for an administrator, otherwise the
        rows of ``country_ids`` (None: every country with a country)."""
        if user.is_superuser:
            return self
        if country_ids is None:
            return self.filter(country__isnull=False)
        return self.filter(country__in=country_ids)

    def for_listing(self):
        """Rows with actor and country joined, newest first (one query)."""
        return self.select_related("actor__profile", "country", "target_type").order_by("-created_at", "-pk")


class AuditLogEntry(models.Model):
    """Who did what to which object, why and when; never message bodies.

    ``target_repr`` names the object without personal data ("Profile #12",
    "Post #40"), so the row can outlive the person it concerns.
    """

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.CharField(_("action"), max_length=60)
    target_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    target_id = models.CharField(max_length=64, blank=True)
    target_repr = models.CharField(_("target"), max_length=200, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    country = models.ForeignKey(
        "consult.Country", on_delete=models.PROTECT, null=True, blank=True, related_name="audit_log_entries"
    )
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)

    objects = AuditLogQuerySet.as_manager()

    class Meta:
        verbose_name_plural = _("audit log entries")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["target_type", "target_id"], name="audit_target_idx"),
            models.Index(fields=["country", "created_at"], name="audit_country_idx"),
        ]
        constraints = [models.CheckConstraint(condition=~Q(action=""), name="audit_action_not_empty")]

    def __str__(self):
        return f"{self.action} {self.target_repr}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AuditLogImmutable("audit-log rows cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditLogImmutable("audit-log rows cannot be deleted")

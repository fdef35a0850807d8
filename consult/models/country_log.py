"""Wagtail's history of the country data, kept per country.

Wagtail logs each admin action on a model in the log-entry model registered
for it (``register_log_actions`` in consult/wagtail_hooks.py). Its generic
``ModelLogEntry`` lets anyone with a permission on the model read every
row in the site-history report, which names other countries' objects. These
rows carry the object's country, so a country office reads only its own,
also after the object is deleted.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import BaseLogEntry, BaseLogEntryManager

from .countries import Country


class CountryDataLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(object_id=str(instance.pk), country_id=getattr(instance, "country_id", None))
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
            object_id=str(instance.pk),
        )

    def viewable_by_user(self, user):
        """Rows of the models whose permission policy gives the user any
        permission, and of the countries whose office the user works in.

        (Not Wagtail's ``viewable_by_user``: it caches the allowed content
        types on the user from whichever log model it asked first.)
        """
        if user.is_superuser:
            return self.all()
        from wagtail.permissions import policy_registry

        allowed = [
            content_type_id
            for content_type_id in self.values_list("content_type_id", flat=True).distinct()
            if policy_registry.get_by_type(
                ContentType.objects.get_for_id(content_type_id).model_class()
            ).user_has_any_permission(user, ["add", "change", "delete", "view"])
        ]
        return self.filter(content_type_id__in=allowed, country__in=Country.staffed_by(user))


class CountryDataLogEntry(BaseLogEntry):
    """One admin action on a country's service, ambassador or ambassador request."""

    object_id = models.CharField(max_length=255, db_index=True)
    # Kept after the object is deleted; empty only for rows moved from
    # Wagtail's generic log whose object no longer existed.
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    objects = CountryDataLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("country data log entry")
        verbose_name_plural = _("country data log entries")

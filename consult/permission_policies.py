"""Wagtail permission policies of the country data: one rule for every admin view.

A country office (its staff and lead groups, ``Country.staffed_by``) may do
with its own country's services, ambassadors and ambassador requests what
its groups' model permissions allow, and nothing with another country's.
Administrators (superusers) may do everything.

Wagtail asks a model's registered policy
(https://docs.wagtail.org/en/stable/extending/permission_policies.html):
per model (``user_has_permission``), per object
(``user_has_permission_for_instance``) and for a list
(``instances_user_has_any_permission_for``). Some Wagtail 8 views ask only
per model (listings, choosers, the views that load an object in
``setup()``, the bulk-action confirmation); consult/admin_scoping.py makes
them ask the per-object questions of this same policy.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.permission_policies import ModelPermissionPolicy

from .account_standing import remembered
from .models import Country

# Cached on the user object (``request.user`` lives for one request).
_OFFICE_CACHE = "_consult_office_country_ids"


def office_country_ids(user):
    """The ids of the countries whose office ``user`` works in (staff or lead
    group); loaded once per user object, from the shared cache while the
    groups have not changed (consult/account_standing.py)."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    if not hasattr(user, _OFFICE_CACHE):
        offices = remembered(user, "offices", lambda: frozenset(Country.staffed_by(user).values_list("pk", flat=True)))
        setattr(user, _OFFICE_CACHE, offices)
    return getattr(user, _OFFICE_CACHE)


def forget_offices(user):
    """Drop the cached offices after a change of groups."""
    if hasattr(user, _OFFICE_CACHE):
        delattr(user, _OFFICE_CACHE)


class CountryScopedPermissionPolicy(ModelPermissionPolicy):
    """The model's Django permissions, narrowed to the user's country offices.

    ``country_field`` names the object's foreign key to Country.
    """

    country_field = "country"

    def _in_office(self, user, instance):
        if user.is_superuser:
            return True
        return getattr(instance, f"{self.country_field}_id") in office_country_ids(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._in_office(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self._in_office(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        objects = self.model._default_manager
        if not self.user_has_any_permission(user, actions):
            return objects.none()
        if user.is_superuser:
            return objects.all()
        return objects.filter(**{f"{self.country_field}__in": office_country_ids(user)})

    def users_with_any_permission_for_instance(self, actions, instance):
        country = getattr(instance, self.country_field)
        office_groups = [pk for pk in (country.staff_group_id, country.lead_group_id) if pk]
        in_office = get_user_model().objects.filter(Q(is_superuser=True) | Q(groups__in=office_groups))
        return self.users_with_any_permission(actions).filter(pk__in=in_office.values("pk"))


class ReadOnlyCountryScopedPolicy(CountryScopedPermissionPolicy):
    """Ambassador requests come only from the public form: nobody adds,
    edits or copies them in the admin (the office marks them handled)."""

    read_only_actions = {"add", "change"}

    def user_has_permission(self, user, action):
        return action not in self.read_only_actions and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class SupportServicePolicy(CountryScopedPermissionPolicy):
    """A published support service is the lead's: office staff may delete
    only a service never published (their own draft); one the public has
    seen, now or before, only those who may publish it (the country lead,
    administrators). Staff who want one gone ask their lead."""

    def deletion_needs_lead(self, user, instance):
        """Whether ``user`` may delete ``instance`` but for its having been
        published: an office member without the right to publish it."""
        return (
            instance.has_been_published
            and self._in_office(user, instance)
            and self.user_has_permission(user, "delete")
            and not self.user_has_permission(user, "publish")
        )

    def bulk_refusal_reason(self, user, action, instance):
        """Why a bulk action leaves ``instance`` alone, for the user to read."""
        if action == "delete" and self.deletion_needs_lead(user, instance):
            return deletion_needs_lead_message(instance)
        return None

    def user_has_permission_for_instance(self, user, action, instance):
        allowed = super().user_has_permission_for_instance(user, action, instance)
        if allowed and action == "delete" and instance.has_been_published:
            return self.user_has_permission(user, "publish")
        return allowed

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)


def deletion_needs_lead_message(service):
    return _(
        "“%(service)s” has been published, so only your country lead or an administrator can delete it. "
        "Ask your lead to delete it; nothing was deleted."
    ) % {"service": service.name}

"""A country office in the Wagtail admin: roles and groups kept in step.

The platform's roles say who works in which office: country-office staff
(``CountryRole.Role.COUNTRY_STAFF``) edit and submit, the country lead
(``COUNTRY_LEAD``) approves publication. Wagtail knows the same people
through each country's ``staff_group`` and ``lead_group`` (page, collection
and model permissions, the approval task). The role is the record (it has
an audit trail); the group follows it.

Wherever a role or a group changes, the other follows:

- ``grant_role`` / ``revoke_role`` (the platform's role screen, the seed)
  send ``role_changed``; its receiver calls ``sync_groups_with_roles``.
- The Wagtail user editor and the Django admin's user form change groups;
  their hooks call ``sync_roles_with_groups``, which grants or revokes the
  roles through the same services (audit log included), or puts the groups
  back if the editor may not change roles.
"""

from .models import Country, CountryRole
from .permission_policies import forget_offices

# Which Country field holds each office role's Wagtail group.
GROUP_FIELD_OF_ROLE = {
    CountryRole.Role.COUNTRY_STAFF: "staff_group_id",
    CountryRole.Role.COUNTRY_LEAD: "lead_group_id",
}


def _offices():
    return list(Country.objects.exclude(staff_group=None, lead_group=None).order_by("code"))


def sync_groups_with_roles(user):
    """Put ``user`` in the office groups of the roles they hold (a role
    without a country: every country's) and out of every other office group.
    Idempotent."""
    offices = _offices()
    wanted, every_office_group = set(), set()
    held = {}
    for row in CountryRole.objects.filter(user=user, role__in=GROUP_FIELD_OF_ROLE):
        held.setdefault(row.role, set()).add(row.country_id)
    for role, field in GROUP_FIELD_OF_ROLE.items():
        countries = held.get(role, set())
        for country in offices:
            group_id = getattr(country, field)
            if group_id is None:
                continue
            every_office_group.add(group_id)
            if None in countries or country.pk in countries:
                wanted.add(group_id)
    user.groups.remove(*(every_office_group - wanted))
    user.groups.add(*wanted)
    forget_offices(user)


def sync_roles_with_groups(user, *, changed_by):
    """Grant or revoke office roles so they match the office groups ``user``
    is now in (after an editor changed the groups). Returns True if the roles
    follow; if ``changed_by`` may not change roles, puts the groups back as
    the roles say and returns False."""
    from .members.services import grant_role, revoke_role

    if not changed_by.has_perm("consult.manage_roles"):
        sync_groups_with_roles(user)
        return False
    offices = _offices()
    group_ids = set(user.groups.values_list("pk", flat=True))
    for role, field in GROUP_FIELD_OF_ROLE.items():
        in_group = {country.pk for country in offices if getattr(country, field) in group_ids}
        with_group = {country.pk for country in offices if getattr(country, field) is not None}
        held = set(CountryRole.objects.filter(user=user, role=role).values_list("country_id", flat=True))
        if None in held:
            if in_group == with_group:
                continue
            revoke_role(user, role, None, revoked_by=changed_by)
            held = set()
        for country in offices:
            if country.pk in in_group and country.pk not in held:
                grant_role(user, role, country, granted_by=changed_by)
            elif country.pk in held and country.pk not in in_group:
                revoke_role(user, role, country, revoked_by=changed_by)
    forget_offices(user)
    return True

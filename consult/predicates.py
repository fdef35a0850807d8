"""Who is who: the ``is_*`` predicates every app's permissions are built from.

Each takes ``(user, obj)``; ``obj`` is whatever the permission is asked
about (a Country, a Profile, an audit-log row, a forum post...). Its
countries come from ``country_ids_of``, so other apps' objects take part by
having a ``country_id`` or a ``get_permission_country_ids()`` method;
consult imports none of them.

A user's profile and roles are loaded once per user object and kept on it
(``request.user`` lives for one request); the roles and country offices come
from the shared cache while they have not changed (consult/account_standing.py).
"""

import rules

from .account_standing import remembered
from .models import CountryRole, Profile

_ROLES_CACHE = "_consult_country_roles"


def profile_of(user):
    """The user's profile, or None (anonymous, or created outside sign-up)."""
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


def roles_of(user):
    """The user's CountryRole rows, loaded once per user object."""
    if not getattr(user, "is_authenticated", False):
        return CountryRole.objects.none()
    if not hasattr(user, _ROLES_CACHE):
        rows = remembered(user, "roles", lambda: list(CountryRole.objects.filter(user=user)))
        setattr(user, _ROLES_CACHE, rows)
    return getattr(user, _ROLES_CACHE)


def forget_roles(user):
    """Drop the cached roles after a change (services call this)."""
    if hasattr(user, _ROLES_CACHE):
        delattr(user, _ROLES_CACHE)


def role_country_ids(user, role):
    """Where ``user`` holds ``role``: a set of country ids, None for every
    country, or an empty set. Roles count only for approved members."""
    if not is_approved_member(user):
        return set()
    rows = [row for row in roles_of(user) if row.role == role]
    if any(row.country_id is None for row in rows):
        return None
    return {row.country_id for row in rows}


def country_ids_of(obj):
    """The countries an object belongs to, as a set of ids."""
    from .models import AuditLogEntry, Country

    if obj is None:
        return set()
    if isinstance(obj, Country):
        return {obj.pk}
    if hasattr(obj, "get_permission_country_ids"):
        return set(obj.get_permission_country_ids())
    if isinstance(obj, Profile):
        return {country.pk for country in obj.countries.all()}
    if isinstance(obj, AuditLogEntry):
        return {obj.country_id} if obj.country_id else set()
    profile = profile_of(obj) if hasattr(obj, "is_authenticated") else None
    if profile is not None:
        return {country.pk for country in profile.countries.all()}
    country_id = getattr(obj, "country_id", None)
    return {country_id} if country_id else set()


def _holds_role_for(role, user, obj):
    where = role_country_ids(user, role)
    if where is None:
        return True
    if not where:
        return False
    if obj is None:
        return True  # asked without an object: "anywhere"
    return bool(where & country_ids_of(obj))


@rules.predicate
def is_administrator(user):
    """An administrator is a Django superuser."""
    return bool(getattr(user, "is_superuser", False) and user.is_active)


@rules.predicate
def is_approved_member(user):
    """Vetted and approved, not suspended, not deleted."""
    profile = profile_of(user)
    return profile is not None and profile.is_approved()


@rules.predicate
def is_moderator_of(user, obj=None):
    """Moderates a country of ``obj`` (or, without an object, any country)."""
    return _holds_role_for(CountryRole.Role.MODERATOR, user, obj)


@rules.predicate
def is_editor_of(user, obj=None):
    """Edits recommendations for a country of ``obj`` (or anywhere)."""
    return _holds_role_for(CountryRole.Role.EDITOR, user, obj)


@rules.predicate
def is_country_staff_of(user, obj=None):
    """Works in the country office (staff or lead) of a country of ``obj`` (or any)."""
    return _holds_role_for(CountryRole.Role.COUNTRY_STAFF, user, obj) or _holds_role_for(
        CountryRole.Role.COUNTRY_LEAD, user, obj
    )


@rules.predicate
def works_in_country_office_of(user, obj=None):
    """In the Wagtail staff or lead group of a country of ``obj`` (or of any
    country): the country office that publishes that country's data."""
    from .permission_policies import office_country_ids

    office = office_country_ids(user)
    if obj is None:
        return bool(office)
    return bool(office & country_ids_of(obj))


@rules.predicate
def is_self(user, obj):
    """``obj`` is the user or the user's own profile."""
    if not getattr(user, "is_authenticated", False) or obj is None:
        return False
    if isinstance(obj, Profile):
        return obj.user_id == user.pk
    return getattr(obj, "pk", None) == user.pk and obj.__class__ is user.__class__


@rules.predicate
def has_staff_role(user):
    """Holds any role beyond membership, or is an administrator: such
    accounts must use MFA (whether or not the role is in effect yet)."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser or user.is_staff or roles_of(user):
        return True
    # Country-office staff and leads work in the Wagtail admin through groups.
    from .permission_policies import office_country_ids

    return bool(office_country_ids(user))


def must_set_up_mfa(user):
    """A staff role or an administrator without TOTP yet: every page but the
    set-up sends them there (consult.members.middleware), so nothing else is
    reachable or should be offered."""
    from allauth.mfa.utils import is_mfa_enabled

    return has_staff_role(user) and not remembered(user, "mfa", lambda: is_mfa_enabled(user))

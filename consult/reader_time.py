"""One rule for every time a person reads, on a page or in an e-mail.

A signed-in reader reads times in their country's time zone (the first
country of work on their profile, else the one country of their staff
role), everyone else in the site's ``TIME_ZONE``. The profile has no time
zone of its own, so the country decides. Pages and e-mails ask the same
function, so an event shows the same clock time wherever the reader meets
it, and every time shown carries its zone's abbreviation ("21:22 CET"):
a thread or a review queue is read by people in several zones, who may
quote a time to each other.

The zone name is cached per user (a page costs no query on a warm cache),
worked out at sign-in, and forgotten when that user's countries of work or
staff roles change (only theirs: a new member elsewhere retires nothing).
"""

from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.formats import date_format, get_format

# The IANA zone of each programme country.
COUNTRY_ZONES = {
    "BE": "Europe/Brussels",
    "BG": "Europe/Sofia",
    "HR": "Europe/Zagreb",
    "GR": "Europe/Athens",
    "HU": "Europe/Budapest",
    "IE": "Europe/Dublin",
    "IT": "Europe/Rome",
    "MT": "Europe/Malta",
    "NL": "Europe/Amsterdam",
    "PL": "Europe/Warsaw",
    "SI": "Europe/Ljubljana",
    "ES": "Europe/Madrid",
}


def zone_name_for(user):
    """The IANA name of the zone ``user`` reads times in (the site's for a visitor)."""
    if not getattr(user, "is_authenticated", False):
        return settings.TIME_ZONE
    key = _key(user.pk)
    name = cache.get(key)
    if name is None:
        name = _country_zone_name(user) or settings.TIME_ZONE
        cache.set(key, name, ZONE_SECONDS)
    return name


ZONE_SECONDS = 24 * 3600


def _key(user_id):
    return f"reader-time-zone:{user_id}"


def _country_zone_name(user):
    from .models import Country, Profile
    from .predicates import roles_of

    codes = list(
        Profile.countries.through.objects.filter(profile__user_id=user.pk)
        .order_by("pk")
        .values_list("country__code", flat=True)[:1]
    )
    if not codes:
        role_countries = {role.country_id for role in roles_of(user) if role.country_id}
        if len(role_countries) == 1:
            codes = list(Country.objects.filter(pk__in=role_countries).values_list("code", flat=True))
    return COUNTRY_ZONES.get(codes[0]) if codes else None


@lru_cache(maxsize=32)
def zone_named(name):
    return ZoneInfo(name)


def zone_for(user):
    """The ``ZoneInfo`` of ``zone_name_for(user)``."""
    return zone_named(zone_name_for(user))


@contextmanager
def times_of(user):
    """Render (an e-mail, an export) in ``user``'s time zone."""
    with timezone.override(zone_for(user)):
        yield


def as_moment(value):
    """An aware datetime from a datetime or an ISO 8601 string (an outbox
    parameter); None for anything else."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value, zone_named(settings.TIME_ZONE))
    return value


def reader_time(value, format_name="DATETIME_FORMAT"):
    """``value`` in the active zone and language, with the zone's
    abbreviation when the format shows a time: "1 March 2030 13:00 CET".
    Empty for no time."""
    moment = as_moment(value)
    if moment is None:
        return value if isinstance(value, str) else ""  # already written out
    local = timezone.localtime(moment)
    shown = date_format(local, format_name)
    if not _TIME_LETTERS.intersection(get_format(format_name)):
        return shown  # a date alone: no zone to name
    return f"{shown} {local.tzname()}"


# date-format letters of a time of day (Django's DATE_FORMAT documentation)
_TIME_LETTERS = set("aAfgGhHiPsu")


def connect():
    from django.contrib.auth.signals import user_logged_in
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from .models import CountryRole, Profile

    m2m_changed.connect(_countries_changed, sender=Profile.countries.through, dispatch_uid="reader-time-countries")
    post_save.connect(_role_changed, sender=CountryRole, dispatch_uid="reader-time-role-save")
    post_delete.connect(_role_changed, sender=CountryRole, dispatch_uid="reader-time-role-delete")
    user_logged_in.connect(_signed_in, dispatch_uid="reader-time-sign-in")


def _countries_changed(sender, instance, action, reverse, pk_set, **signal_arguments):
    from .models import Profile

    if action not in ("post_add", "post_remove", "pre_clear", "post_clear"):
        return
    if not reverse:  # profile.countries changed
        cache.delete(_key(instance.user_id))
    elif pk_set:  # country.member_profiles changed
        cache.delete_many(
            [_key(user_id) for user_id in Profile.objects.filter(pk__in=pk_set).values_list("user_id", flat=True)]
        )


def _role_changed(sender, instance, **signal_arguments):
    cache.delete(_key(instance.user_id))


def _signed_in(sender, user, **signal_arguments):
    """The first page after signing in finds the zone ready."""
    zone_name_for(user)

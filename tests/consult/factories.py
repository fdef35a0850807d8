"""Factories of members, roles and authenticators."""

import factory
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.utils import timezone

from consult.models import CountryRole, Profile, Sector
from tests.factories import CountryFactory, UserFactory


class ProfileFactory(factory.django.DjangoModelFactory):
    """An approved member working in the Netherlands, unless told otherwise."""

    class Meta:
        model = Profile
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Member {n}")
    organisation = factory.Sequence(lambda n: f"Organisation {n}")
    sector = Sector.SOCIAL_SUPPORT
    job_role = "Social worker"
    motivation = "I support survivors and want to share practice with colleagues."
    consent_version = factory.LazyFunction(lambda: settings.CODE_OF_CONDUCT_VERSION)
    consent_accepted_at = factory.LazyFunction(timezone.now)
    status = Profile.Status.APPROVED

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if not create:
            return
        codes = extracted if extracted is not None else ["NL"]
        self.countries.set([country_for(code) for code in codes])


COUNTRY_NAMES = {"NL": "Netherlands", "BE": "Belgium", "IT": "Italy", "ES": "Spain", "GR": "Greece"}


def country_for(code):
    return CountryFactory(code=code, name=COUNTRY_NAMES.get(code, code), languages=["en"])


def member(countries=("NL",), status=Profile.Status.APPROVED, **fields):
    """A user with a profile in ``countries``; returns the user."""
    return ProfileFactory(countries=list(countries), status=status, **fields).user


def staff(role, country="NL", *, with_mfa=True, **fields):
    """An approved member holding ``role`` in ``country`` (None: all)."""
    user = member(countries=(country or "NL",), **fields)
    CountryRole.objects.create(user=user, role=role, country=country_for(country) if country else None)
    if with_mfa:
        add_totp(user)
    return user


def administrator(*, with_mfa=True):
    user = UserFactory(is_superuser=True, is_staff=True)
    ProfileFactory(user=user, sector=Sector.PROGRAMME_STAFF)
    if with_mfa:
        add_totp(user)
    return user


def add_totp(user):
    """Activate TOTP for ``user``; returns the secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(secret, counter))


__all__ = ["Authenticator", "ProfileFactory", "add_totp", "administrator", "member", "staff", "totp_code"]

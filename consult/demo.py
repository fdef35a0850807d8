"""Seed data of the consultation core: the 12 countries and demo accounts."""

import secrets

from django.contrib.auth import get_user_model
from django.db import transaction

from .country_offices import sync_groups_with_roles
from .models import Country, CountryRole, Profile, Sector

# (ISO code, English name, official languages with the first one first)
COUNTRIES = [
    ("BE", "Belgium", ["nl", "fr", "de"]),
    ("BG", "Bulgaria", ["bg"]),
    ("HR", "Croatia", ["hr"]),
    ("GR", "Greece", ["el"]),
    ("HU", "Hungary", ["hu"]),
    ("IE", "Ireland", ["en", "ga"]),
    ("IT", "Italy", ["it"]),
    ("MT", "Malta", ["mt", "en"]),
    ("NL", "Netherlands", ["nl"]),
    ("PL", "Poland", ["pl"]),
    ("SI", "Slovenia", ["sl"]),
    ("ES", "Spain", ["es"]),
]

# (e-mail, role shown by demo_logins)
DEMO_ACCOUNTS = [
    ("admin@demo.protect.example", "administrator"),
    ("staff.nl@demo.protect.example", "country-office staff (NL)"),
    (
        "lead.nl@demo.protect.example",
        "country lead (NL): approves the NL office's page edits (one waits on the admin dashboard)",
    ),
    ("moderator.nl@demo.protect.example", "moderator (NL)"),
    ("moderator2.nl@demo.protect.example", "second moderator (NL): decides appeals against the first's decisions"),
    ("editor@demo.protect.example", "editor"),
    ("member.nl@demo.protect.example", "member (NL)"),
    # The offices of the seeded country variants of the European master SOP.
    ("staff.ie@demo.protect.example", "country-office staff (IE)"),
    ("staff.be@demo.protect.example", "country-office staff (BE)"),
    ("staff.mt@demo.protect.example", "country-office staff (MT)"),
]
# e-mail -> (display name, sector, staff role or None, its country code or None for all)
DEMO_PROFILES = {
    "admin@demo.protect.example": ("Demo administrator", Sector.PROGRAMME_STAFF, None, None),
    "staff.nl@demo.protect.example": ("Demo NL office", Sector.PROGRAMME_STAFF, CountryRole.Role.COUNTRY_STAFF, "NL"),
    "lead.nl@demo.protect.example": ("Demo NL lead", Sector.PROGRAMME_STAFF, CountryRole.Role.COUNTRY_LEAD, "NL"),
    "moderator.nl@demo.protect.example": ("Demo NL moderator", Sector.SOCIAL_SUPPORT, CountryRole.Role.MODERATOR, "NL"),
    "moderator2.nl@demo.protect.example": (
        "Demo NL moderator 2",
        Sector.MIGRANT_REPRESENTATION,
        CountryRole.Role.MODERATOR,
        "NL",
    ),
    "editor@demo.protect.example": ("Demo editor", Sector.PROGRAMME_STAFF, CountryRole.Role.EDITOR, None),
    "member.nl@demo.protect.example": ("Demo NL member", Sector.SOCIAL_SUPPORT, None, None),
    "staff.ie@demo.protect.example": ("Demo IE office", Sector.PROGRAMME_STAFF, CountryRole.Role.COUNTRY_STAFF, "IE"),
    "staff.be@demo.protect.example": ("Demo BE office", Sector.PROGRAMME_STAFF, CountryRole.Role.COUNTRY_STAFF, "BE"),
    "staff.mt@demo.protect.example": ("Demo MT office", Sector.PROGRAMME_STAFF, CountryRole.Role.COUNTRY_STAFF, "MT"),
}


def seed_countries():
    """Create or update the 12 countries; return how many were created."""
    created = 0
    for code, name, languages in COUNTRIES:
        _, was_created = Country.objects.update_or_create(
            code=code, defaults={"name": name, "languages": languages, "emergency_number": "112"}
        )
        created += was_created
    seed_public_helplines()
    seed_public_contacts()
    return created


def seed_public_helplines():
    """The published national helplines, as sample content to verify, for
    each country that has none yet (a country whose moderators removed or
    changed them keeps its own list). Returns how many were created."""
    from .models import PublicHelpline
    from .moderation.guard.public import NATIONAL_HELPLINES
    from .moderation.guard.public import bump as bump_public_contacts

    countries = {c.code: c for c in Country.objects.filter(public_helplines__isnull=True)}
    rows = [
        PublicHelpline(country=countries[code], name=name, number=number, kind=kind, is_sample=True)
        for code, name, number, kind in NATIONAL_HELPLINES
        if code in countries
    ]
    PublicHelpline.objects.bulk_create(rows, ignore_conflicts=True)
    if rows:
        bump_public_contacts()
    return len(rows)


@transaction.atomic
def seed_demo_accounts():
    """Create the demo accounts that do not exist yet; return how many were created.

    They are created with an unusable password, so seeding a production
    database opens no door; ``reset_demo_passwords`` (development only) gives
    them passwords.
    """
    created = 0
    for email, _role in DEMO_ACCOUNTS:
        created += seed_demo_account(email)[1]
    return created


def seed_demo_account(email):
    """The demo account ``email`` (one of DEMO_ACCOUNTS) with its verified
    address, profile, role and groups; ``(user, created)``. Other apps' demo
    loaders take their accounts from here, so each one can sign in."""
    User = get_user_model()
    role = dict(DEMO_ACCOUNTS)[email]
    user = User.objects.filter(email=email).first()
    created = user is None
    if created:
        is_admin = role == "administrator"
        user = User.objects.create_user(email=email, password=None, is_staff=is_admin, is_superuser=is_admin)
    verify_email(user)
    _seed_demo_profile(user)
    return user, created


def _seed_demo_profile(user):
    """An approved profile (in the country of the account's role, NL
    otherwise) with the current consent and the account's staff role, and
    the Wagtail groups of an office role; existing profiles and roles are
    left as they are. Staff accounts are asked to set up MFA
    at their first sign-in."""
    from django.conf import settings
    from django.utils import timezone

    display_name, sector, role, country_code = DEMO_PROFILES[user.email]
    home_country = Country.objects.filter(code=country_code or "NL").first()
    profile, created = Profile.objects.get_or_create(
        user=user,
        defaults={
            "display_name": display_name,
            "organisation": "PROTECT demo",
            "sector": sector,
            "job_role": "Demo account",
            "motivation": "Demo account created by the seed command.",
            "status": Profile.Status.APPROVED,
            "status_changed_at": timezone.now(),
            "consent_version": settings.CODE_OF_CONDUCT_VERSION,
            "consent_accepted_at": timezone.now(),
        },
    )
    if created and home_country is not None:
        profile.countries.add(home_country)
    if role is not None:
        country = Country.objects.filter(code=country_code).first() if country_code else None
        if country_code is None or country is not None:
            CountryRole.objects.get_or_create(user=user, role=role, country=country)
    # The office roles bring their Wagtail groups (run after seed_country_offices).
    sync_groups_with_roles(user)


@transaction.atomic
def reset_demo_passwords():
    """Give every demo account a fresh random password; return [(role, email, password)]."""
    User = get_user_model()
    logins = []
    for email, role in DEMO_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            continue
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.save(update_fields=["password"])
        logins.append((role, email, password))
    return logins


def verify_email(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})


DEMO_APPLICANT = "applicant.nl@applicants.demo.protect.example"


@transaction.atomic
def seed_demo_application():
    """A pending application from the Netherlands, so the moderators have one
    to vet at once. The applicant cannot sign in (no usable password).
    Returns 1 if it was created."""
    from django.utils import timezone

    User = get_user_model()
    if User.objects.filter(email=DEMO_APPLICANT).exists():
        return 0
    user = User.objects.create_user(email=DEMO_APPLICANT, password=None)
    verify_email(user)
    profile = Profile.objects.create(
        user=user,
        display_name="Demo applicant (NL)",
        organisation="Sample municipal health service (GGD)",
        sector=Sector.MEDICAL,
        job_role="Sexual health nurse",
        motivation=(
            "I see migrant women after sexual violence in our clinic and want to learn how colleagues in other "
            "countries organise interpreters and follow-up."
        ),
        status=Profile.Status.PENDING,
        status_changed_at=timezone.now(),
        consent_version="demo",
        consent_accepted_at=timezone.now(),
    )
    netherlands = Country.objects.filter(code="NL").first()
    if netherlands is not None:
        profile.countries.add(netherlands)
    return 1


VISITOR_NOTICE = (
    "The opening hours shown for this service are out of date: it now closes at 22:00 at weekends, "
    "a survivor I accompanied found it closed. (Sample notice.)"
)


def seed_visitor_notice():
    """A notice from a visitor without an account about a Dutch support
    service, waiting in the NL moderators' notices. Idempotent."""
    from .models import Notice, SupportService
    from .moderation import notices

    if Notice.objects.filter(explanation=VISITOR_NOTICE).exists():
        return 0
    service = SupportService.objects.filter(country__code="NL").order_by("pk").first()
    if service is None:
        return 0
    notices.send_notice(
        notices.reference_of(service),
        reason=Notice.Reason.WRONG_INFORMATION,
        explanation=VISITOR_NOTICE,
        url="/en/countries/nl/#help",
        address="seed",
    )
    return 1


def seed_public_contacts():
    """Organisations' published e-mail addresses, websites and social
    accounts, as sample content to verify, for each country that has none yet.
    Returns how many were created."""
    from .models import PublicContact
    from .moderation.guard.public import ORGANISATION_CONTACTS
    from .moderation.guard.public import bump as bump_public_contacts

    countries = {c.code: c for c in Country.objects.filter(public_contacts__isnull=True)}
    rows = [
        PublicContact(country=countries[code], name=name, value=value, kind=kind, is_sample=True)
        for code, name, value, kind in ORGANISATION_CONTACTS
        if code in countries
    ]
    PublicContact.objects.bulk_create(rows, ignore_conflicts=True)
    if rows:
        bump_public_contacts()
    return len(rows)

"""Seed data of the consultation core: the 12 countries and demo accounts."""

import secrets

from django.contrib.auth import get_user_model
from django.db import transaction

from .models import Country

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

# (e-mail, role) — roles gain their permissions with the members issue.
DEMO_ACCOUNTS = [
    ("admin@demo.protect.example", "administrator"),
    ("staff.nl@demo.protect.example", "country-office staff (NL)"),
    ("moderator.nl@demo.protect.example", "moderator (NL)"),
    ("editor@demo.protect.example", "editor"),
    ("member.nl@demo.protect.example", "member (NL)"),
]


def seed_countries():
    """Create or update the 12 countries; return how many were created."""
    created = 0
    for code, name, languages in COUNTRIES:
        _, was_created = Country.objects.update_or_create(
            code=code, defaults={"name": name, "languages": languages, "emergency_number": "112"}
        )
        created += was_created
    return created


@transaction.atomic
def seed_demo_accounts():
    """Create the demo accounts that do not exist yet; return how many were created.

    They are created with an unusable password, so seeding a production
    database opens no door; ``reset_demo_passwords`` (development only) gives
    them passwords.
    """
    User = get_user_model()
    created = 0
    for email, role in DEMO_ACCOUNTS:
        if User.objects.filter(email=email).exists():
            continue
        is_admin = role == "administrator"
        user = User.objects.create_user(email=email, password=None, is_staff=is_admin, is_superuser=is_admin)
        _verify_email(user)
        created += 1
    return created


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


def _verify_email(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})

"""A member's own data: download it all, or delete the account.

Other apps plug in without consult importing them (DESIGN.md: imports run
one way). In their AppConfig.ready():

    from consult.members.account_data import register_exporter, register_eraser
    register_exporter("forum_posts", export_my_posts)   # user -> JSON-able
    register_eraser(erase_my_subscriptions)              # user -> None

An exporter returns what its app holds about the user; an eraser removes
personal data its app holds (content itself stays and is shown as written
by a "former member", keeping sector and country).
"""

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .. import audit
from ..models import AuditLogEntry, CountryRole, Profile
from ..notifications import email_context, notify_user
from ..refusals import Refusal

EXPORT_FORMAT = "protect-account-export/1"

_exporters = {}
_erasers = []


def register_exporter(name, exporter):
    """Add a section ``name`` to every data export: ``exporter(user)``."""
    _exporters[name] = exporter


def register_eraser(eraser):
    """Call ``eraser(user)`` inside the deletion transaction, before the
    account is anonymised."""
    if eraser not in _erasers:
        _erasers.append(eraser)


def _iso(value):
    return value.isoformat() if value else None


def export_account_data(user):
    """Everything the platform holds about ``user``, as a JSON-able dict.

    Holds nothing about other people: decisions about the member name the
    action, reason and time, not who took them.
    """
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    profile = Profile.objects.filter(user=user).prefetch_related("countries").first()
    addresses = list(EmailAddress.objects.filter(user=user).order_by("pk"))
    logins = [address.email for address in addresses] or [user.email]
    about_me = AuditLogEntry.objects.none()
    if profile is not None:
        about_me = AuditLogEntry.objects.about(profile).select_related("country").order_by("created_at", "pk")
    decisions = [
        {
            "action": row.action,
            "reason": row.reason,
            "time": _iso(row.created_at),
            "country": row.country.code if row.country_id else None,
            "by_me": row.actor_id == user.pk,
        }
        for row in about_me
    ]
    data = {
        "format": EXPORT_FORMAT,
        "exported_at": _iso(timezone.now()),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "email_addresses": [{"email": a.email, "verified": a.verified, "primary": a.primary} for a in addresses],
        },
        "profile": _export_profile(profile),
        "consents": {
            "current": {
                "version": profile.consent_version if profile else None,
                "accepted_at": _iso(profile.consent_accepted_at) if profile else None,
            },
            "history": [row for row in decisions if row["action"] == "consent.accept"],
        },
        "decisions_about_me": [row for row in decisions if row["action"] != "consent.accept"],
        "roles": [
            {
                "role": role.role,
                "country": role.country.code if role.country_id else None,
                "since": _iso(role.granted_at),
            }
            for role in CountryRole.objects.filter(user=user).select_related("country")
        ],
        "two_factor_authentication": [
            {"type": a.type, "created_at": _iso(a.created_at), "last_used_at": _iso(a.last_used_at)}
            for a in Authenticator.objects.filter(user=user).order_by("pk")
        ],
        "login_history": _login_history(logins),
    }
    for name, exporter in sorted(_exporters.items()):
        data[name] = exporter(user)
    return data


def _export_profile(profile):
    if profile is None:
        return None
    return {
        "display_name": profile.display_name,
        "organisation": profile.organisation,
        "show_organisation": profile.show_organisation,
        "sector": profile.sector,
        "countries": [country.code for country in profile.countries.all()],
        "job_role": profile.job_role,
        "motivation": profile.motivation,
        "consent_version": profile.consent_version,
        "consent_accepted_at": _iso(profile.consent_accepted_at),
        "status": profile.status,
        "status_reason": profile.status_reason,
        "status_changed_at": _iso(profile.status_changed_at),
        "suspended_until": _iso(profile.suspended_until),
        "information_requested_at": _iso(profile.information_requested_at),
        "email_frequency": profile.email_frequency,
        "discreet_emails": profile.discreet_emails,
        "email_language": profile.email_language,
        "named_in_exports": profile.named_in_exports,
        "unfold_content_warnings": profile.unfold_content_warnings,
        "deletion_requested_at": _iso(profile.deletion_requested_at),
        "created_at": _iso(profile.created_at),
    }


def _login_history(logins):
    """Sign-ins and failed attempts recorded by django-axes for these logins."""
    from axes.models import AccessFailureLog, AccessLog

    history = []
    for login in logins:
        for row in AccessLog.objects.filter(username__iexact=login):
            history.append(
                {
                    "event": "sign-in",
                    "time": _iso(row.attempt_time),
                    "logout_time": _iso(row.logout_time),
                    "ip_address": row.ip_address,
                    "user_agent": row.user_agent,
                }
            )
        for row in AccessFailureLog.objects.filter(username__iexact=login):
            history.append(
                {
                    "event": "failed sign-in",
                    "time": _iso(row.attempt_time),
                    "ip_address": row.ip_address,
                    "user_agent": row.user_agent,
                }
            )
    return sorted(history, key=lambda event: event["time"] or "")


# --- Deletion -----------------------------------------------------------------


class DeletionTokenGenerator(PasswordResetTokenGenerator):
    """A link token valid for one deletion request: it changes when the
    request is renewed, the password changes or the account is deleted."""

    key_salt = "consult.members.account_deletion"

    def _make_hash_value(self, user, timestamp):
        requested = Profile.objects.filter(user=user).values_list("deletion_requested_at", flat=True).first()
        return f"{user.pk}{user.password}{user.is_active}{requested and requested.timestamp()}{timestamp}"


deletion_tokens = DeletionTokenGenerator()


class DeletionLinkInvalid(Refusal):
    """The link is expired, already used, or was not made for this account."""


@transaction.atomic
def request_account_deletion(user):
    """Start deleting ``user``'s account: e-mail a confirmation link.

    A new request invalidates earlier links. Nothing is deleted until the
    link is used (``delete_account``).
    """
    profile = Profile.objects.select_for_update().get(user=user)
    profile.deletion_requested_at = timezone.now()
    profile.save(update_fields=["deletion_requested_at"])
    notify_user(user, "account_deletion_confirm")
    return profile


@email_context("account_deletion_confirm")
def _deletion_link(user, params):
    token = deletion_tokens.make_token(user)
    return {
        "confirm_path": reverse("members:delete_confirm", kwargs={"token": token}),
        "valid_hours": settings.ACCOUNT_DELETION_LINK_HOURS,
    }


def check_deletion_token(user, token):
    """Raise DeletionLinkInvalid unless ``token`` confirms ``user``'s
    current deletion request and is younger than ACCOUNT_DELETION_LINK_HOURS."""
    profile = Profile.objects.filter(user=user).first()
    requested = profile.deletion_requested_at if profile else None
    if requested is None or timezone.now() - requested > timedelta(hours=settings.ACCOUNT_DELETION_LINK_HOURS):
        raise DeletionLinkInvalid
    if not deletion_tokens.check_token(user, token):
        raise DeletionLinkInvalid


FORMER_MEMBER_DOMAIN = "deleted.invalid"


@transaction.atomic
def delete_account(user, token):
    """Delete ``user``'s account and personal data, keeping their content.

    The user row stays (posts and feedback point at it) but becomes an
    inactive "former member" with no e-mail, name, password or sign-in
    history; the profile keeps only sector and countries, for statistics.
    Old sessions end: the password hash changes and the account is inactive.
    """
    check_deletion_token(user, token)
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    profile = Profile.objects.select_for_update().get(user=user)
    logins = set(EmailAddress.objects.filter(user=user).values_list("email", flat=True)) | {user.email}
    for eraser in _erasers:
        eraser(user)

    # what this app and the libraries hold about the person
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    CountryRole.objects.filter(user=user).delete()
    _erase_sign_in_records(logins)
    _erase_admin_log_labels(user, profile)
    audit.redact_reasons_about(profile)

    profile.display_name = ""
    profile.organisation = ""
    profile.show_organisation = False
    profile.job_role = ""
    profile.motivation = ""
    profile.status = Profile.Status.DELETED
    profile.status_reason = ""
    profile.status_changed_at = timezone.now()
    profile.suspended_until = None
    profile.information_requested_at = None
    profile.deletion_requested_at = None
    profile.discreet_emails = False
    profile.email_language = ""
    profile.named_in_exports = False
    profile.save()

    user.email = f"former-member-{user.pk}@{FORMER_MEMBER_DOMAIN}"
    user.first_name = ""
    user.last_name = ""
    user.set_unusable_password()
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    user.save()
    user.groups.clear()
    user.user_permissions.clear()

    audit.record(actor=None, action="account.delete", target=profile, country=profile.countries.first())
    return profile


def _erase_sign_in_records(logins):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    for login in logins:
        for model in (AccessAttempt, AccessLog, AccessFailureLog):
            model.objects.filter(username__iexact=login).delete()


def _erase_admin_log_labels(user, profile):
    """Admin and Wagtail log rows name their object with ``str(obj)``, which
    for a user is the e-mail address: relabel the rows about this account."""
    from django.contrib.admin.models import LogEntry

    for obj in (user, profile):
        content_type = ContentType.objects.get_for_model(obj)
        LogEntry.objects.filter(content_type=content_type, object_id=str(obj.pk)).update(
            object_repr=f"{obj._meta.verbose_name} #{obj.pk}"
        )
        if apps.is_installed("wagtail"):
            from wagtail.models import ModelLogEntry

            ModelLogEntry.objects.filter(content_type=content_type, object_id=str(obj.pk)).update(
                label=f"{obj._meta.verbose_name} #{obj.pk}"
            )
    if apps.is_installed("wagtail.users"):
        from wagtail.users.models import UserProfile

        UserProfile.objects.filter(user=user).delete()

"""django-allauth adapters: the project's account rules in one place."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .predicates import has_staff_role


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are e-mail based; sign-up is open (vetting follows)."""

    def is_open_for_signup(self, request):
        return True

    def clean_email(self, email):
        """Refuse throw-away mailboxes: members are professionals whom
        moderators and the programme must be able to reach."""
        email = super().clean_email(email)
        domain = email.rsplit("@", 1)[-1].lower()
        if domain in settings.DISPOSABLE_EMAIL_DOMAINS:
            raise forms.ValidationError(
                _("Please use a work or personal address you keep; throw-away addresses cannot join.")
            )
        return email


class MFAAdapter(DefaultMFAAdapter):
    """Staff must keep their authenticator app: they cannot remove it."""

    def can_delete_authenticator(self, authenticator):
        if authenticator.type == Authenticator.Type.TOTP and has_staff_role(authenticator.user):
            return False
        return super().can_delete_authenticator(authenticator)


def axes_username(request, credentials=None):
    """The login django-axes counts failures for (AXES_USERNAME_CALLABLE).

    allauth authenticates with ``{"email": ..., "password": ...}`` while its
    form posts ``login``; axes' default (AXES_USERNAME_FORM_FIELD read from
    the credentials) finds nothing there, and the lockout would never match
    an account. Lower-cased, so case variants count together.
    """
    sources = [credentials or {}, getattr(request, "POST", None) or {}]
    for source in sources:
        for key in ("email", "login", "username"):
            value = source.get(key)
            if value:
                return str(value).strip().lower()
    return None

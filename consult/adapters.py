"""django-allauth adapters: the project's account rules in one place."""

import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.core import context as allauth_context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .outbox import schedule
from .predicates import has_staff_role, must_set_up_mfa


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are e-mail based; sign-up is open (vetting follows)."""

    def is_open_for_signup(self, request):
        return True

    def add_message(self, request, level, message_template=None, message_context=None, extra_tags="", message=None):
        """No "You are signed in." while the second factor must still be set up:
        the person is sent to the set-up page and can use nothing else yet."""
        user = (message_context or {}).get("user") or getattr(request, "user", None)
        if message_template == "account/messages/logged_in.txt" and user is not None and must_set_up_mfa(user):
            return
        super().add_message(
            request,
            level,
            message_template=message_template,
            message_context=message_context,
            extra_tags=extra_tags,
            message=message,
        )

    def get_login_redirect_url(self, request):
        """After signing in, the home page in the language the person signed
        in with: ``LOGIN_REDIRECT_URL`` is "/", which the locale middleware
        sends to the browser's language (a Dutch reader who chose Nederlands
        landed on the English home page). A ``next`` still wins (allauth
        reads it first)."""
        url = super().get_login_redirect_url(request)
        if url == "/":
            return f"/{get_language()}/"
        return url

    def get_logout_redirect_url(self, request):
        """After signing out, the home page in the language the person was
        reading (a Dutch member landed on the English home page, with the
        Dutch "signed out" message on it)."""
        url = super().get_logout_redirect_url(request)
        if url == "/":
            return f"/{get_language()}/"
        return url

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

    def is_reauthentication_required(self, *, app, **kwargs):
        """Ask for the password again before a sensitive step (TOTP set-up,
        data export, account deletion), unless this session signed in or
        confirmed the password within ACCOUNT_REAUTHENTICATION_TIMEOUT.

        allauth counts only an explicit re-authentication as recent, so a
        person who has just typed their password (and code) was asked for it
        again on their way to TOTP set-up. A sign-in is as fresh a proof.
        """
        if not super().is_reauthentication_required(app=app, **kwargs):
            return False
        request = allauth_context.request
        return request is None or not signed_in_recently(request)

    def send_mail(self, template_prefix, email, context):
        """Account e-mails in the site's voice (templates/account/email/):
        links start with SITE_URL, not with whatever host the request named
        (a forged Host header must not reach a mailbox), and a member who
        chose discreet e-mails gets a neutral subject and no mention of the
        platform."""
        site_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        request = allauth_context.request
        if request is not None:
            request_root = request.build_absolute_uri("/").rstrip("/")
            context = {
                key: site_url + value[len(request_root) :]
                if isinstance(value, str) and value.startswith(request_root + "/")
                else value
                for key, value in context.items()
            }
        context = {**context, "site_url": site_url, "discreet": _wants_discreet_emails(email)}
        super().send_mail(template_prefix, email, context)

    def render_mail(self, template_prefix, email, context, headers=None):
        """Account e-mails (confirmation, password reset, security notices)
        are rendered here, in the request's language, and sent by a Celery
        worker through the outbox: a slow or unreachable mail server never
        holds up, or fails, the page."""
        message = super().render_mail(template_prefix, email, context, headers=headers)
        if context.get("discreet"):
            message.subject = message.subject.removeprefix(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX)
        return _SentByWorker(message)


def _wants_discreet_emails(email):
    from .models import Profile

    return Profile.objects.filter(user__email__iexact=email, discreet_emails=True).exists()


def signed_in_recently(request):
    """Whether the signed-in account proved itself in this session (password,
    code, second factor; allauth's authentication records) within
    ACCOUNT_REAUTHENTICATION_TIMEOUT seconds."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    records = get_authentication_records(request, user)
    latest = max((record.get("at", 0) for record in records), default=0)
    return time.time() - latest < account_settings.REAUTHENTICATION_TIMEOUT


class _SentByWorker:
    """An e-mail message whose ``send()`` schedules it on the outbox."""

    def __init__(self, message):
        self.message = message

    def __getattr__(self, name):
        return getattr(self.message, name)

    def send(self, fail_silently=False):
        message = self.message
        html = next((content for content, kind in getattr(message, "alternatives", []) if kind == "text/html"), "")
        schedule(
            "consult.send_account_email",
            subject=str(message.subject),
            body=message.body if message.content_subtype == "plain" else "",
            html=html or (message.body if message.content_subtype == "html" else ""),
            to=list(message.to),
            from_email=message.from_email,
            headers=dict(message.extra_headers),
        )
        return 1


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

"""Signal receivers of the members area (connected in ConsultConfig.ready)."""

from allauth.account.signals import email_confirmed, user_signed_up
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils import translation

from . import services, signals


@receiver(email_confirmed, dispatch_uid="consult.members.announce_application")
def announce_application_when_email_confirmed(request, email_address, **kwargs):
    """A verified application enters the vetting queue: tell its moderators."""
    services.announce_application(email_address.user)


@receiver(signals.role_changed, dispatch_uid="consult.members.sync_country_office_groups")
def sync_country_office_groups(sender, user, role, country, **kwargs):
    """Country-office roles and the countries' Wagtail groups stay in step."""
    from ..country_offices import GROUP_FIELD_OF_ROLE, sync_groups_with_roles

    if role in GROUP_FIELD_OF_ROLE:
        sync_groups_with_roles(user)


@receiver(user_logged_in, dispatch_uid="consult.members.remember_email_language")
@receiver(user_signed_up, dispatch_uid="consult.members.remember_email_language_at_sign_up")
def remember_email_language(sender, request, user, **kwargs):
    """E-mails follow the language a member signs up and signs in with: a
    Dutch reader gets Dutch e-mails whose links open Dutch pages."""
    from ..models import Profile

    language = translation.get_language()
    if language in dict(settings.LANGUAGES):
        Profile.objects.filter(user=user).exclude(email_language=language).update(email_language=language)

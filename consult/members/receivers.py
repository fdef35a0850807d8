"""Signal receivers of the members area (connected in ConsultConfig.ready)."""

from allauth.account.signals import email_confirmed
from django.dispatch import receiver

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

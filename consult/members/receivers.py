"""Signal receivers of the members area (connected in ConsultConfig.ready)."""

from allauth.account.signals import email_confirmed
from django.dispatch import receiver

from . import services


@receiver(email_confirmed, dispatch_uid="consult.members.announce_application")
def announce_application_when_email_confirmed(request, email_address, **kwargs):
    """A verified application enters the vetting queue: tell its moderators."""
    services.announce_application(email_address.user)

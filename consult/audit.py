"""Writing the audit log: every app records its decisions through ``record``."""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from .models import AuditLogEntry


def record(*, actor, action, target=None, reason="", country=None, target_repr=None):
    """Write one audit-log row and return it.

    ``target_repr`` defaults to "<Model name> #<pk>": object names may carry
    personal data (a user's ``str`` is their e-mail), so they are not used.
    """
    if target is not None and target_repr is None:
        target_repr = f"{target._meta.verbose_name.capitalize()} #{target.pk}"
    return AuditLogEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        target_type=ContentType.objects.get_for_model(target) if target is not None else None,
        target_id=str(target.pk) if target is not None else "",
        target_repr=target_repr or "",
        reason=reason,
        country=country,
    )


def redact_reasons_about(obj, replacement="[erased with the account]"):
    """Erase the free-text reasons of the rows about ``obj``: the one change
    the log allows, made when the person concerned deletes their account
    (a moderator may have typed personal data into a reason). Action, actor,
    target and time stay. Returns how many rows were redacted."""
    rows = AuditLogEntry.objects.about(obj).exclude(reason="")
    return models.QuerySet.update(rows, reason=replacement)

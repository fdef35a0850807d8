"""Writing the audit log: every app records its decisions through ``record``.

Rows keep a stable code (``member.approve``, ``recommendations.round_closed``);
people read it in words. Each app registers the words for its own codes
(``register_action_labels``, from its AppConfig.ready), so the ground floor
names what it cannot import; ``action_label`` gives the words, or the code
itself for a code nobody described.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import AuditLogEntry

_ACTION_LABELS = {
    "account.delete": _("Account deleted"),
    "consent.accept": _("Code of conduct accepted"),
    "member.apply": _("Applied to join"),
    "member.approve": _("Application approved"),
    "member.reject": _("Application rejected"),
    "member.request_information": _("More information asked of an applicant"),
    "member.suspend": _("Member suspended"),
    "member.reinstate": _("Member reinstated"),
    "role.grant": _("Role given"),
    "role.revoke": _("Role taken away"),
    "moderation.approved": _("Approved after review"),
    "moderation.flagged": _("Flagged by a member"),
    "moderation.held": _("Held for review"),
    "moderation.hidden": _("Hidden by a moderator"),
    "moderation.restored": _("Restored by a moderator"),
    "moderation.helpline_added": _("Public helpline added"),
    "moderation.helpline_removed": _("Public helpline removed"),
    "moderation.helpline_verified": _("Public helpline verified"),
    "moderation.contact_added": _("Organisation's public contact added"),
    "moderation.contact_removed": _("Organisation's public contact removed"),
    "moderation.contact_verified": _("Organisation's public contact verified"),
    "moderation.notice_received": _("Notice received from the public"),
    "moderation.notice_acted": _("Notice acted on"),
    "moderation.notice_dismissed": _("Notice dismissed"),
    "moderation.notice_appealed": _("Dismissed notice appealed"),
    "moderation.notice_appeal_upheld": _("Dismissal of a notice confirmed on appeal"),
    "moderation.notice_appeal_reversed": _("Dismissal of a notice reversed on appeal"),
    "moderation.content_warning_set": _("Content warning set"),
    "moderation.content_warning_removed": _("Content warning removed"),
    "moderation.statement": _("Statement of reasons issued"),
    "moderation.appeal_filed": _("Appeal against a moderation decision filed"),
    "moderation.appeal_question": _("Question asked of an appellant"),
    "moderation.appeal_reply": _("Appellant replied"),
    "moderation.appeal_upheld": _("Moderation decision confirmed on appeal"),
    "moderation.appeal_reversed": _("Moderation decision reversed on appeal"),
    "moderation.flag_appealed": _("Decision on a flag appealed"),
    "moderation.flag_appeal_upheld": _("Decision on a flag confirmed on appeal"),
    "moderation.flag_appeal_reversed": _("Decision on a flag reversed on appeal"),
    "moderation.house_rule_added": _("House rule added"),
    "moderation.house_rule_changed": _("House rule changed"),
    "moderation.house_rule_retired": _("House rule retired"),
    "moderation.house_rule_restored": _("House rule back in force"),
}


def register_action_labels(labels):
    """Words for an app's audit codes: ``{code: lazy translated label}``."""
    _ACTION_LABELS.update(labels)


def action_label(code):
    """What the audit code ``code`` means, in the reader's language (the code itself if nobody said)."""
    return _ACTION_LABELS.get(code, code)


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

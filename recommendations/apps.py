from django.apps import AppConfig


def audit_labels():
    """The words for recommendations' audit codes (consult.audit)."""
    from django.utils.text import format_lazy
    from django.utils.translation import gettext_lazy as _

    from .models import Feedback, VariantClause, VariantReviewItem
    from .models.variants import DECISION_CHOICES

    labels = {
        "recommendations.create_document": _("Recommendation document created"),
        "recommendations.open_round": _("Consultation opened"),
        "recommendations.open_new_round": _("New consultation opened on the same version"),
        "recommendations.close_round": _("Consultation closed"),
        "recommendations.round_closed": _("Consultation closed early by an editor"),
        "recommendations.round_extended": _("Consultation extended"),
        "recommendations.round_redated": _("Consultation dates changed"),
        "recommendations.resolve_clause": _("Clause resolved in the merge workbench"),
        "recommendations.explain_no_change": _("Explained why an accepted item needs no change"),
        "recommendations.start_build": _("Build of the next version started"),
        "recommendations.build_version": _("Next version built"),
        "recommendations.discard_build": _("Built version discarded"),
        "recommendations.publish_final": _("Version published as final"),
        "recommendations.create_variant": _("National variant started"),
        "recommendations.publish_variant": _("National variant published"),
        "recommendations.start_national_draft": _("National draft started"),
        "recommendations.forward_feedback": _("Feedback forwarded to the master's editors"),
        "recommendations.mark_master.True": _("Document marked as a master"),
        "recommendations.mark_master.False": _("Document no longer a master"),
    }
    for value, label in VariantClause.State.choices:
        labels[f"recommendations.variant_clause.{value}"] = format_lazy(_("Variant clause set: {}"), label)
    for value, label in DECISION_CHOICES:
        labels[f"recommendations.decide_forwarded.{value}"] = format_lazy(_("Forwarded feedback decided: {}"), label)
    for value, label in VariantReviewItem.Choice.choices:
        labels[f"recommendations.review_item.{value}"] = format_lazy(_("Variant review item decided: {}"), label)
    for value, label in Feedback.Decision.choices:
        labels[f"recommendations.decide_feedback.{value}"] = format_lazy(_("Feedback decided: {}"), label)
    return labels


class RecommendationsConfig(AppConfig):
    name = "recommendations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not on top: these modules import models, which exist only once apps are ready.
        from consult.audit import register_action_labels
        from consult.members.account_data import register_exporter

        from . import editor_tools, rules  # noqa: F401  (rules registers the named permissions)
        from .consultation.services import export_feedback

        # Feedback stays after an account is deleted (attributed to "former
        # member", sector and country kept), so there is no eraser.
        register_exporter("recommendations", export_feedback)
        register_noticeables()
        register_action_labels(audit_labels())
        editor_tools.connect_signals()


def register_noticeables():
    """A public version can be reported by anyone; a feedback item by those
    who can read it (a survivor's personal data in it hides it at once)."""
    from django.utils.translation import gettext as _

    from consult.moderation.notices import register_noticeable

    from .models import DocumentVersion, Feedback

    register_noticeable(
        DocumentVersion,
        country_of=lambda version: version.document.country_id,
        label_of=lambda version: _("Recommendations: %(version)s") % {"version": version},
        is_public=lambda version, user: version.is_public,
    )
    register_noticeable(
        Feedback,
        country_of=lambda feedback: feedback.moderation_country_id,
        label_of=lambda feedback: _("Feedback on %(version)s") % {"version": feedback.version},
        is_public=lambda feedback, user: (
            feedback.is_visible
            and (
                user.has_perm("recommendations.view_feedback", feedback)
                or user.has_perm("recommendations.view_feedback_of_version", feedback.version)
            )
        ),
        hides=True,
    )

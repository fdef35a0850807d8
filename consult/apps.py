from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_save


class ConsultConfig(AppConfig):
    name = "consult"
    verbose_name = "Consultation core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # the named permissions (consult/rules.py), the members' signal
        # receivers and admin pages
        from . import rules  # noqa: F401
        from .account_standing import connect as connect_account_standing
        from .country_data_cache import connect as connect_country_data_cache
        from .members import admin, receivers  # noqa: F401
        from .members.account_data import register_eraser, register_exporter
        from .models import ReviewItem
        from .moderation import queue_counts
        from .moderation.guard.public import connect as connect_guard_public_contacts
        from .moderation.notices import erase_notice_texts, export_notices
        from .moderation.rule_choices import connect as connect_house_rule_choices
        from .moderation.services import erase_review_notes, export_review_items
        from .moderation.statements import erase_statement_texts, export_statements
        from .reader_time import connect as connect_reader_time
        from .renditions import connect as connect_renditions
        from .service_versions import connect as connect_service_versions
        from .signed_in import connect as connect_signed_in

        post_save.connect(queue_counts.on_review_item_change, sender=ReviewItem, dispatch_uid="review-counts-save")
        post_delete.connect(queue_counts.on_review_item_change, sender=ReviewItem, dispatch_uid="review-counts-delete")
        user_logged_in.connect(queue_counts.on_sign_in, dispatch_uid="review-counts-sign-in")
        connect_work_counts(queue_counts)
        connect_country_data_cache()
        connect_account_standing()
        connect_signed_in()
        connect_renditions()
        connect_reader_time()
        connect_guard_public_contacts()
        connect_service_versions()
        connect_house_rule_choices()
        register_exporter("review_items", export_review_items)
        register_eraser(erase_review_notes)
        register_exporter("statements_of_reasons", export_statements)
        register_eraser(erase_statement_texts)
        register_support_services_as_noticeable()
        register_exporter("notices", export_notices)
        register_eraser(erase_notice_texts)


def connect_work_counts(queue_counts):
    """The header's other counts (notices, applications, appeals) follow
    the changes that move them."""
    from allauth.account.signals import email_confirmed
    from django.db.models.signals import m2m_changed

    from .models import Appeal, Flag, Notice, Profile

    for model, receiver, name in (
        (Notice, queue_counts.on_notice_change, "notice"),
        (Appeal, queue_counts.on_appeal_change, "appeal"),
        (Flag, queue_counts.on_flag_change, "flag"),
        (Profile, queue_counts.on_profile_change, "profile"),
    ):
        post_save.connect(receiver, sender=model, dispatch_uid=f"work-counts-{name}-save")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"work-counts-{name}-delete")
    m2m_changed.connect(
        queue_counts.on_profile_change, sender=Profile.countries.through, dispatch_uid="work-counts-profile-countries"
    )
    email_confirmed.connect(queue_counts.on_email_confirmed, dispatch_uid="work-counts-email-confirmed")


def register_support_services_as_noticeable():
    """A support service is public on its country's page: anyone may report it."""
    from django.utils.translation import gettext as _

    from .models import SupportService
    from .moderation.notices import register_noticeable

    register_noticeable(
        SupportService,
        country_of=lambda service: service.country_id,
        label_of=lambda service: _("Support service: %(name)s") % {"name": service.name},
        is_public=lambda service, user: True,
    )

"""Background work of the consultation core."""

from celery import shared_task

from . import ambassador_requests, notifications
from .outbox import outbox_task, resend_stale_entries


@shared_task(name="consult.sweep_outbox")
def sweep_outbox():
    """Wake workers for outbox entries whose wake-up call was lost.

    Safe to run twice: an entry is done at most once (consult.outbox.run_entry).
    """
    resend_stale_entries()


@outbox_task(name="consult.prepare_renditions")
def prepare_renditions(image_id, filter_specs):
    """Make the renditions of an image that pages will ask for (consult/renditions.py).

    Safe to run twice: Wagtail finds the renditions it already made. A
    deleted image is left alone.
    """
    from wagtail.images import get_image_model

    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:
        image.get_renditions(*filter_specs)


@outbox_task(name="consult.send_email_to_user")
def send_email_to_user(user_id, template, params=None):
    """Send one templated e-mail to one user; a deleted user gets nothing.

    Safe to run twice: the outbox entry is marked done in the same
    transaction, so a second delivery finds it done and sends nothing.
    """
    notifications.send_email_to_user(user_id, template, params or {})


@outbox_task(name="consult.send_account_email", scrub_arguments=True)
def send_account_email(subject, body, to, from_email=None, html="", headers=None):
    """Send an account e-mail rendered during the request (confirmation,
    password reset, security notice). Its arguments hold a one-time link,
    so the outbox row is emptied once it is sent."""
    notifications.send_prepared_email(
        subject=subject, body=body, to=to, from_email=from_email, html=html, headers=headers
    )


@outbox_task(name="consult.notify_country_office_of_request")
def notify_country_office_of_request(request_id):
    """E-mail the country office a link to a new ambassador request.

    Safe to run twice: the outbox entry (unique per request) is done once.
    """
    notifications.notify_country_office_of_request(request_id)


@shared_task(name="consult.purge_expired_ambassador_requests")
def purge_expired_ambassador_requests():
    """Delete ambassador requests past the retention period.

    Safe to run twice: the second run finds nothing older than the cut-off.
    """
    return ambassador_requests.purge_expired()


@shared_task(name="consult.escalate_overdue_appeals")
def escalate_overdue_appeals():
    """Tell the administrators about appeals waiting past their due date.

    Safe to run twice: an appeal is escalated once (``escalated_at``, and an
    outbox key per appeal and administrator).
    """
    from .moderation import appeals

    return appeals.escalate_overdue()


@outbox_task(name="consult.build_transparency_report")
def build_transparency_report(start, end):
    """Build and store the transparency report of one period (ISO dates).

    Safe to run twice: one stored report per period; the second run finds it.
    """
    from datetime import date

    from .moderation import transparency

    transparency.store(date.fromisoformat(start), date.fromisoformat(end))


@shared_task(name="consult.build_transparency_reports")
def build_transparency_reports():
    """Rebuild the report of the current half-year and build the previous
    one if it is missing (a closed half-year, once stored, is not rebuilt).

    Safe to run twice: one row per period, rebuilt from the same rows.
    """
    from .moderation import transparency

    previous, current = transparency.recent_half_years()
    transparency.store(*previous)
    transparency.store(*current, rebuild=True)


@outbox_task(name="consult.send_notice_email")
def send_notice_email(notice_id, what):
    """E-mail a notice's reporter that it is received, decided, or its appeal decided.

    Safe to run twice: the outbox key is per notice and step, and the entry
    is marked done in the same transaction as the send.
    """
    from .moderation import notices

    notices.send_notice_email(notice_id, what)

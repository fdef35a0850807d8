"""E-mail to users: rendered from templates/email/, sent by Celery.

Messages carry links, never the content members wrote (a mailbox may be
shared or seized); templates receive ids and short values only.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def notify_user(user, template, **params):
    """Schedule an e-mail to ``user`` once the current transaction commits."""
    from .tasks import send_email_to_user

    return send_email_to_user.schedule(user_id=user.pk, template=template, params=params)


def send_email_to_user(user_id, template, params):
    """Render ``template`` for the user and send it; return whether it was sent."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    context = {"user": user, "site_url": settings.WAGTAILADMIN_BASE_URL, **params}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"email/{template}_subject.txt", context).strip()
        body = render_to_string(f"email/{template}_body.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    ).send()
    return True

"""E-mail to users: rendered from templates/email/, sent by Celery.

Messages carry links, never the content members wrote (a mailbox may be
shared or seized); templates receive ids and short values only.

Discreet mode (Profile.discreet_emails): the message is rendered from
``email/<template>_discreet_subject.txt`` / ``_discreet_body.txt`` when the
template has them, else from the neutral ``email/discreet_*`` pair, and
receives no parameters beyond the site address: a neutral subject line and
no content or excerpt, whatever the caller passed.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from .outbox import schedule
from .reader_time import times_of

# template name -> function(user, params) -> extra context, run when the
# e-mail is rendered (for values that must not be stored in the outbox,
# such as a signed link).
_context_builders = {}


def email_context(template):
    """Register a function that adds context to ``template`` at send time."""

    def register(function):
        _context_builders[template] = function
        return function

    return register


def notify_user(user, template, *, key=None, **params):
    """Schedule an e-mail to ``user`` once the current transaction commits.

    With ``key``, the same e-mail is scheduled at most once.
    """
    return schedule("consult.send_email_to_user", key=key, user_id=user.pk, template=template, params=params)


def is_discreet(user):
    from .models import Profile

    return Profile.objects.filter(user=user, discreet_emails=True).exists()


def email_language(user):
    """The language the member reads e-mails in: the one they last signed in
    with, else the site's."""
    from .models import Profile

    language = Profile.objects.filter(user=user).values_list("email_language", flat=True).first()
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def send_email_to_user(user_id, template, params):
    """Render ``template`` for the user and send it; return whether it was sent."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    context = {"user": user, "site_url": settings.WAGTAILADMIN_BASE_URL}
    if is_discreet(user):
        subject_names = [f"email/{template}_discreet_subject.txt", "email/discreet_subject.txt"]
        body_names = [f"email/{template}_discreet_body.txt", "email/discreet_body.txt"]
    else:
        context.update(params)
        subject_names = [f"email/{template}_subject.txt"]
        body_names = [f"email/{template}_body.txt"]
    if template in _context_builders:
        context.update(_context_builders[template](user, params))
    # in the recipient's language and time zone, as on their pages
    with translation.override(email_language(user)), times_of(user):
        subject = render_to_string(subject_names, context).strip()
        body = render_to_string(body_names, context)
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
    ).send()
    return True


def send_prepared_email(*, subject, body, to, from_email=None, html="", headers=None):
    """Send a message rendered earlier (see consult.adapters.AccountAdapter)."""
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=to,
        headers=headers or None,
    )
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def country_office_recipients(country):
    """E-mail addresses of the office's staff and lead, else its shared address."""
    User = get_user_model()
    group_ids = [pk for pk in (country.staff_group_id, country.lead_group_id) if pk]
    addresses = sorted(set(User.objects.filter(groups__in=group_ids, is_active=True).values_list("email", flat=True)))
    if not addresses and country.office_email:
        addresses = [country.office_email]
    return addresses


def notify_country_office_of_request(request_id):
    """Send the office a link to the request in the admin, never its contents."""
    from django.urls import reverse

    from .models import AmbassadorRequest

    request = AmbassadorRequest.objects.select_related("country").filter(pk=request_id).first()
    if request is None:  # purged or deleted before the task ran
        return False
    recipients = country_office_recipients(request.country)
    if not recipients:
        return False
    link = settings.WAGTAILADMIN_BASE_URL + reverse("ambassador_requests:inspect", args=[request.pk])
    context = {"country": request.country, "link": link, "site_url": settings.WAGTAILADMIN_BASE_URL}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("email/ambassador_request_subject.txt", context).strip()
        body = render_to_string("email/ambassador_request_body.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()), body=body, from_email=settings.DEFAULT_FROM_EMAIL, bcc=recipients
    ).send()
    return True

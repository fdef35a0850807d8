"""E-mail to a country office when a new master version leaves it review items.

The forward-port writes the outbox row in the transaction that brings the
variant forward, keyed by the master version and the variant: one e-mail
per office per forward-port, however often the task is delivered. The
message carries a link and counts only, never clause text (a mailbox may be
shared).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from consult.models import CountryRole
from consult.notifications import country_office_recipients
from consult.outbox import schedule

from ...models import CountryVariant, DocumentVersion


def schedule_review_mail(variant, master_version):
    """Ask for the office's e-mail about ``master_version``'s review items
    (inside the forward-port's transaction; once per variant and version)."""
    return schedule(
        "recommendations.email_office_about_review_items",
        key=f"recommendations-variant-review-mail-{master_version.pk}-variant-{variant.pk}",
        variant_id=variant.pk,
        master_version_id=master_version.pk,
    )


def office_addresses(country):
    """The office's staff and lead: by their roles and their Wagtail groups (else its shared address)."""
    roles = Q(
        country_roles__country=country,
        country_roles__role__in=[CountryRole.Role.COUNTRY_STAFF, CountryRole.Role.COUNTRY_LEAD],
    )
    by_role = get_user_model().objects.filter(roles, is_active=True).values_list("email", flat=True)
    return sorted(set(by_role) | set(country_office_recipients(country)))


def email_office_about_review_items(variant_id, master_version_id):
    """Send the office of the variant a link to its review items; return whether a message went out."""
    variant = CountryVariant.objects.select_related("country", "master").filter(pk=variant_id).first()
    version = DocumentVersion.objects.filter(pk=master_version_id).first()
    if variant is None or version is None:
        return False
    count = variant.review_items.still_open().count()
    recipients = office_addresses(variant.country)
    if not count or not recipients:
        return False
    link = settings.WAGTAILADMIN_BASE_URL + reverse("recommendations:variant_review", args=[variant.pk])
    context = {
        "country": variant.country,
        "master": variant.master,
        "number": version.number,
        "count": count,
        "link": link,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("email/variant_review_items_subject.txt", context).strip()
        body = render_to_string("email/variant_review_items_body.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()), body=body, from_email=settings.DEFAULT_FROM_EMAIL, bcc=recipients
    ).send()
    return True

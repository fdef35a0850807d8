"""Use cases of the public "request an ambassador" form."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import ratelimit
from .models import AmbassadorRequest
from .outbox import schedule
from .refusals import TooFrequent


class TooManyRequests(TooFrequent):
    """The client sent more requests than AMBASSADOR_REQUEST_RATE_LIMIT this hour."""


def check_rate_limit(client_address):
    """Count one submission for this client; raise TooManyRequests over the limit."""
    try:
        ratelimit.consume(
            "ambassador-request", client_address, limit=settings.AMBASSADOR_REQUEST_RATE_LIMIT, window=3600
        )
    except ratelimit.RateLimited as error:
        raise TooManyRequests from error


def submit_ambassador_request(*, country, cleaned_data, language):
    """Store a request and tell the country office, by a link, once it is saved.

    The notification is scheduled in the same transaction (outbox), so a
    stored request always gets its e-mail, and the e-mail never carries the
    request's contents.
    """
    with transaction.atomic():
        request = AmbassadorRequest.objects.create(country=country, language=language, **cleaned_data)
        schedule(
            "consult.notify_country_office_of_request", key=f"ambassador-request:{request.pk}", request_id=request.pk
        )
    return request


def mark_handled(ambassador_request, *, user):
    """Record that the office has dealt with the request. Idempotent."""
    if ambassador_request.handled_at is None:
        ambassador_request.handled_at = timezone.now()
        ambassador_request.handled_by = user
        ambassador_request.save(update_fields=["handled_at", "handled_by"])
    return ambassador_request


def purge_expired(now=None):
    """Delete requests older than the retention period; return how many."""
    deleted, _ = AmbassadorRequest.objects.expired(now).delete()
    return deleted

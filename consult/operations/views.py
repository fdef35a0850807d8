"""Readiness, metrics and the admin's system status page."""

import hmac

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import metrics
from .readiness import readiness


@never_cache
@require_GET
def ready(request):
    """200 when the database, the cache and the broker answer, else 503;
    the body also reports the outbox (see consult/operations/readiness.py)."""
    result = readiness()
    return JsonResponse(result.as_json(), status=200 if result.ready else 503)


def _bearer_token(request):
    scheme, _, token = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


@never_cache
@require_GET
def prometheus_metrics(request):
    """The metrics in Prometheus text format, for a scraper holding METRICS_TOKEN.

    No token configured: 404 (the endpoint does not exist). A wrong or
    missing token: 401, compared in constant time.
    """
    expected = settings.METRICS_TOKEN
    if not expected:
        raise Http404
    if not hmac.compare_digest(_bearer_token(request).encode(), expected.encode()):
        response = HttpResponse("unauthorised\n", status=401, content_type="text/plain")
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return HttpResponse(metrics.render(metrics.collect()), content_type="text/plain; version=0.0.4; charset=utf-8")


@never_cache
def system_status(request):
    """Wagtail admin page for administrators: readiness and every metric."""
    if not request.user.is_superuser:
        raise PermissionDenied
    return render(
        request,
        "operations/system_status.html",
        {"readiness": readiness(), "metrics": metrics.collect(), "generated_at": timezone.now()},
    )

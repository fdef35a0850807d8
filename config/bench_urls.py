"""URLs for benchmarks only: the site plus a bare view that runs through the
project's whole middleware stack (config/settings/bench.py)."""

from django.db import connection, reset_queries
from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


class QueryCountMiddleware:
    """Report the queries a request made in an ``X-Query-Count`` header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        connection.force_debug_cursor = True
        reset_queries()
        response = self.get_response(request)
        response["X-Query-Count"] = str(len(connection.queries))
        connection.force_debug_cursor = False
        return response


urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]

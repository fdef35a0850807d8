"""Middleware for benchmarks only (bench/settings.py): a query counter and
a page cache that one header bypasses."""

from django.db import connection, reset_queries

from home.anonymous_cache import AnonymousPageCacheMiddleware


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


class BenchPageCacheMiddleware(AnonymousPageCacheMiddleware):
    """The anonymous page cache, bypassed by requests with an ``X-Bench-Uncached``
    header, so one run measures a page both cached and uncached."""

    def __call__(self, request):
        if "HTTP_X_BENCH_UNCACHED" in request.META:
            return self.get_response(request)
        return super().__call__(request)

"""Django WSGI handlers with a chosen middleware list, for benchmarks only."""

from django.core.handlers.wsgi import WSGIHandler
from django.test.utils import override_settings

TINY_PATH = "/bench/tiny/"


class _Handler(WSGIHandler):
    urlconf = None

    def get_response(self, request):
        if self.urlconf:
            request.urlconf = self.urlconf
        return super().get_response(request)


def handler_with(middleware, urlconf=None):
    """A WSGI handler running ``middleware`` (a list of dotted paths) and,
    if given, ``urlconf`` instead of ROOT_URLCONF."""
    with override_settings(MIDDLEWARE=list(middleware)):
        handler = _Handler()
    handler.urlconf = urlconf
    return handler


def tiny_handler():
    """The tiny bare view (bench/tiny_urls.py) with no middleware."""
    return handler_with([], urlconf="bench.tiny_urls")

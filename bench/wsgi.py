"""WSGI entry point for benchmarks only (bench/run.sh): the site with the
bench settings, plus ``/bench/tiny/``, a tiny bare view answered by a second
Django handler with no middleware at all, in the same worker processes, so
one run measures both and their CPU is counted the same way."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

from django.core.wsgi import get_wsgi_application

from bench.handlers import TINY_PATH, tiny_handler

site = get_wsgi_application()
tiny = tiny_handler()


def application(environ, start_response):
    if environ.get("PATH_INFO") == TINY_PATH:
        return tiny(environ, start_response)
    return site(environ, start_response)

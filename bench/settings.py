"""Benchmarks (bench/run.sh): production settings plus a bare view and a
query counter. Never used to serve the site."""

import os

from config.settings.production import *  # noqa: F403
from config.settings.production import MIDDLEWARE

ROOT_URLCONF = "bench.urls"
_PAGE_CACHE = "home.anonymous_cache.AnonymousPageCacheMiddleware"
MIDDLEWARE = [
    "bench.middleware.QueryCountMiddleware",
    *("bench.middleware.BenchPageCacheMiddleware" if name == _PAGE_CACHE else name for name in MIDDLEWARE),
]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
SESSION_COOKIE_NAME = "sessionid"
CSRF_COOKIE_NAME = "csrftoken"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
# A benchmark's e-mails (seed notifications, the outbox) go nowhere unless EMAIL_BACKEND says otherwise.
EMAIL_DELIVERY_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.dummy.EmailBackend")

"""Benchmarks (bench/run.sh): production settings plus a bare view and a
query counter. Never used to serve the site."""

from .production import *  # noqa: F403
from .production import MIDDLEWARE

ROOT_URLCONF = "config.bench_urls"
_PAGE_CACHE = "home.anonymous_cache.AnonymousPageCacheMiddleware"
MIDDLEWARE = [
    "config.bench_urls.QueryCountMiddleware",
    *("config.bench_urls.BenchPageCacheMiddleware" if name == _PAGE_CACHE else name for name in MIDDLEWARE),
]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
SESSION_COOKIE_NAME = "sessionid"
CSRF_COOKIE_NAME = "csrftoken"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

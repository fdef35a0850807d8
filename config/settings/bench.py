"""Benchmarks (bench/run.sh): production settings plus a bare view and a
query counter. Never used to serve the site."""

from .production import *  # noqa: F403
from .production import MIDDLEWARE

ROOT_URLCONF = "config.bench_urls"
MIDDLEWARE = ["config.bench_urls.QueryCountMiddleware", *MIDDLEWARE]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
SESSION_COOKIE_NAME = "sessionid"
CSRF_COOKIE_NAME = "csrftoken"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

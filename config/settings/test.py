"""Tests: SQLite in memory and eager Celery by default; DATABASE_URL and
CELERY_BROKER_URL switch to PostgreSQL and Redis (as .ci/run does)."""

from pathlib import Path

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = "test-only-secret-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend")
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "var" / "test-private")))
if "DATABASE_URL" not in env:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

# Unit tests run tasks in-process; the integration tests start a real worker
# on the broker named by CELERY_BROKER_URL.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="memory://")
TEST_CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
AXES_ENABLED = True
# The whole-page cache is off unless a test turns it on (tests/home/test_anonymous_page_cache.py):
# other tests read response.context, which a cached page does not have.
PAGE_CACHE_SECONDS = 0
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
LOGGING["root"]["level"] = "WARNING"
# Static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A minimal moderated model for the moderation core's tests.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.moderation_app"]

# Seconds the version build sleeps between its steps: only the worker-kill
# integration test sets it, to kill a worker in the middle of a build.
RECOMMENDATIONS_BUILD_STEP_DELAY = env.float("RECOMMENDATIONS_BUILD_STEP_DELAY", default=0)

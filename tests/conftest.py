"""Fixtures shared by the whole suite.

Services: tests that need PostgreSQL, Redis, a Celery worker or chromium
skip when run locally without them, and fail under CI=true (.ci/run), so CI
can never pass by skipping them.
"""

import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django refuses
# database access from such a thread unless told it is safe (it is: the loop
# only drives the browser).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

IN_CI = os.environ.get("CI", "").lower() == "true"


def require(available, what):
    """Skip (locally) or fail (under CI=true) when a service is missing."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{what} is required when CI=true and is not available", pytrace=False)
    pytest.skip(f"{what} is not available")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def site_tree(db):
    """The seeded platform: 12 countries, all locales and the English page tree."""
    from consult.demo import seed_countries
    from home.demo import seed_locales, seed_page_tree

    seed_countries()
    seed_locales()
    return seed_page_tree()

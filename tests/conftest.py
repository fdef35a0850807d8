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


def _empties_the_database(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests that empty the database (browser, worker) run after all others.

    pytest-django orders them last, but pytest's own grouping by
    session-scoped parameters (playwright's browser name) may move them
    again; the seeded database every other test relies on would then be
    gone. A stable sort, run last, keeps each group's order.
    """
    items.sort(key=_empties_the_database)


def require(available, what):
    """Skip (locally) or fail (under CI=true) when a service is missing."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{what} is required when CI=true and is not available", pytrace=False)
    pytest.skip(f"{what} is not available")


def seed_site(*, translations=True):
    """The platform as `manage.py seed` leaves it (without demo accounts).

    ``translations=False`` skips the 70 translated pages (most of the time it
    takes), for browser tests that read English pages only.
    """
    from consult.demo import seed_countries
    from home.demo import (
        seed_country_content,
        seed_country_content_translations,
        seed_country_offices,
        seed_locales,
        seed_page_tree,
        seed_translations,
    )

    seed_countries()
    seed_locales()
    home = seed_page_tree()
    if translations:
        seed_translations()
    seed_country_content()
    if translations:
        seed_country_content_translations()
    seed_country_offices()
    return home


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Seed the test database once; each test runs in a transaction on top of it.

    Transactional tests (browser, worker) empty the database when they end;
    pytest-django runs them after the others, and they seed what they need.
    """
    with django_db_blocker.unblock():
        seed_site()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _default_language():
    """A request to /nl/... leaves Dutch active in the test's thread (LocaleMiddleware
    activates, nothing deactivates): each test starts and ends in the default language,
    so reverse() and e-mails in the next test do not depend on the order of the tests."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits count in the cache: each test starts with none used."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def site_tree(db):
    """The seeded site's English home page."""
    from wagtail.models import Locale

    from home.models import HomePage

    return HomePage.objects.get(locale=Locale.get_default())

"""Playwright driving Debian's chromium (playwright cannot download browsers here)."""

import shutil

import pytest

from tests.conftest import require

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def _chromium_available():
    require(shutil.which("chromium") is not None, "Debian's chromium (/usr/bin/chromium)")


@pytest.fixture
def page(_chromium_available, page):
    page.set_default_timeout(15_000)
    return page


@pytest.fixture
def seeded_live_server(live_server):
    """The live server with the seeded site (transactional tests start empty)."""
    from tests.conftest import seed_site

    seed_site(translations=False)
    return live_server


def browser_sign_in(context, live_server_url, user):
    """Give the browser ``context`` a signed-in session of ``user``, as if they
    had just typed their password (and TOTP, for roles that have one): the
    session is made by Django's test client and handed over as its cookie."""
    from django.conf import settings
    from django.test import Client

    from tests.consult.conftest import sign_in

    client = sign_in(Client(), user)
    value = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": value, "url": live_server_url}])
    return context


def strip_csp(route):
    """Serve a response without its Content-Security-Policy, so a test proves
    what sanitising alone does."""
    response = route.fetch()
    headers = {k: v for k, v in response.headers.items() if k.lower() != "content-security-policy"}
    route.fulfill(response=response, headers=headers)

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

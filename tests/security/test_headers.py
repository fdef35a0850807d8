"""Response headers on public and member pages, and the production settings
that only take effect over HTTPS (HSTS, secure cookies).

``manage.py check --deploy`` on production settings is tested in
tests/config/test_settings.py.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.config.test_settings import GOOD_ENV
from tests.consult.conftest import PASSWORD, sign_in
from tests.consult.factories import member
from tests.forums.factories import ForumFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_PAGES = [
    "/en/",
    "/en/countries/",
    "/en/countries/nl/",
    "/ar/countries/nl/",
    "/en/forums/",
    "/en/recommendations/",
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/privacy/",
    "/en/no-such-page/",
]
MEMBER_PAGES = ["/en/account/", "/en/members/", "/en/forums/", "/en/forums/nederland/"]


def csp_directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def assert_safe_headers(response):
    directives = csp_directives(response)
    script_src = directives.get("script-src", directives.get("default-src"))
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"]


def inline_scripts(html):
    """<script> elements without src, and on*="" handler attributes: the CSP
    would block them, so a page relying on one is broken, not protected."""
    scripts = [m for m in re.findall(r"<script\b([^>]*)>", html, re.I) if "src=" not in m]
    handlers = re.findall(r"<[^>]+\son[a-z]+\s*=", html, re.I)
    return scripts + handlers


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_forbid_inline_script_framing_and_sniffing(client, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    assert_safe_headers(response)
    assert inline_scripts(response.content.decode()) == []


@pytest.mark.parametrize("path", MEMBER_PAGES)
def test_member_pages_forbid_inline_script_framing_and_sniffing(client, path):
    ForumFactory(slug="nederland")
    sign_in(client, member())
    response = client.get(path)
    assert response.status_code == 200
    assert_safe_headers(response)
    assert inline_scripts(response.content.decode()) == []


def test_the_api_sends_nosniff_and_no_framing(client):
    response = client.get("/api/countries")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


SECURITY_SETTINGS = [
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_NAME",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_NAME",
]


@pytest.fixture(scope="module")
def production_security_settings():
    """The security settings config.settings.production computes from a
    complete environment (read in a separate process: it needs its own env)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "CACHE_", "CELERY_"))}
    env.update(GOOD_ENV)
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {SECURITY_SETTINGS!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    values = json.loads(result.stdout.strip().splitlines()[-1])
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture
def production_security(settings, production_security_settings):
    for name, value in production_security_settings.items():
        setattr(settings, name, value)
    return production_security_settings


def test_under_production_settings_plain_http_is_redirected_to_https(client, production_security):
    response = client.get("/en/accounts/login/")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_under_production_settings_https_pages_send_hsts_for_a_year_with_subdomains(client, production_security):
    response = client.get("/en/", HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 200
    hsts = response["Strict-Transport-Security"]
    assert int(re.search(r"max-age=(\d+)", hsts).group(1)) >= 31536000
    assert "includeSubDomains" in hsts
    assert "preload" in hsts


def test_under_production_settings_the_csrf_and_session_cookies_are_secure_httponly_and_host_only(
    client, production_security
):
    page = client.get("/en/accounts/login/", HTTP_X_FORWARDED_PROTO="https")
    csrf = page.cookies[production_security["CSRF_COOKIE_NAME"]]
    user = member()
    signed_in = client.post(
        "/en/accounts/login/", {"login": user.email, "password": PASSWORD}, HTTP_X_FORWARDED_PROTO="https"
    )
    assert signed_in.status_code == 302
    session = signed_in.cookies[production_security["SESSION_COOKIE_NAME"]]
    for cookie in (csrf, session):
        assert cookie.key.startswith("__Host-")  # browsers then refuse it without Secure, a Domain or Path=/
        assert cookie["secure"] is True
        assert cookie["httponly"] is True
        assert cookie["samesite"] == "Lax"
        assert cookie["path"] == "/"
        assert not cookie["domain"]

"""A visitor's and a member's path through the production set-up, over real
HTTP (see conftest.py for what runs): static files hashed and compressed,
HTTPS only with HSTS and secure cookies, pages from the Redis page cache,
readiness and metrics, an e-mail sent by the worker through SMTP in discreet
mode, and beat's heartbeat run by the worker."""

import re

import pytest
import redis
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from consult.models import Profile
from consult.operations.models import MailEvent, WorkerHeartbeat
from home.models import HomePage
from tests.conftest import seed_site
from tests.consult.factories import member

from .conftest import HOST, csrf_token_in, wait_for

pytestmark = pytest.mark.integration
PASSWORD = "correct horse battery"


@pytest.fixture
def discreet_member(transactional_db):
    if not HomePage.objects.exists():  # an earlier transactional test emptied the tables
        seed_site(translations=False)
    user = member(("NL",))
    Profile.objects.filter(user=user).update(discreet_emails=True)
    # production's hasher: the tests' settings hash with MD5, which production does not accept
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    user.save(update_fields=["password"])
    return user


def test_a_visitor_gets_https_only_hashed_compressed_static_files_and_cached_pages(discreet_member, production_stack):
    stack = production_stack
    plain = stack.browser(https=False)
    redirect = plain.get("/en/")
    assert redirect.status == 301
    assert redirect.header("Location") == f"https://{HOST}/en/"

    visitor = stack.browser()
    first = visitor.get("/en/")
    assert first.status == 200, stack.output()
    assert first.header("Strict-Transport-Security") == "max-age=31536000; includeSubDomains; preload"
    assert "no-store" in first.header("Cache-Control")
    assert "default-src 'self'" in first.header("Content-Security-Policy")
    assert first.header("X-Page-Cache") == "miss"
    second = visitor.get("/en/")
    assert second.header("X-Page-Cache") == "hit"
    assert second.body == first.body
    assert list(redis.Redis.from_url(stack.redis_cache_url).scan_iter(match="*anonymous-page*")), "not in Redis"

    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', first.text)
    assert stylesheet, "the page does not link the hashed stylesheet"
    css = visitor.get(stylesheet.group(1), **{"Accept-Encoding": "gzip"})
    assert css.status == 200
    assert css.header("Content-Encoding") == "gzip"
    assert "immutable" in css.header("Cache-Control")

    login_page = visitor.get("/en/accounts/login/")
    csrf_cookie = next(line for line in login_page.set_cookies if line.startswith("__Host-csrftoken="))
    assert "Secure" in csrf_cookie
    assert "HttpOnly" in csrf_cookie
    assert "Path=/" in csrf_cookie

    ready = visitor.get("/health/ready/")
    assert ready.status == 200, ready.text
    assert {name: check["ok"] for name, check in __import__("json").loads(ready.body)["checks"].items()} == {
        "database": True,
        "cache": True,
        "broker": True,
    }
    assert visitor.get("/health/metrics/").status == 401


def test_a_member_signs_in_and_the_worker_mails_them_discreetly_through_smtp(discreet_member, production_stack):
    stack = production_stack
    browser = stack.browser()
    login = browser.get("/en/accounts/login/")
    signed_in = browser.post_form(
        "/en/accounts/login/",
        {"csrfmiddlewaretoken": csrf_token_in(login.text), "login": discreet_member.email, "password": PASSWORD},
    )
    assert signed_in.status == 302, signed_in.text[-2000:]
    session_cookie = next(line for line in signed_in.set_cookies if line.startswith("__Host-sessionid="))
    assert "Secure" in session_cookie
    assert "HttpOnly" in session_cookie

    # deleting an account asks for the password again (allauth's reauthentication)
    reauthenticate = "/en/accounts/reauthenticate/?next=/en/account/delete/"
    page = browser.get(reauthenticate)
    again = browser.post_form(reauthenticate, {"csrfmiddlewaretoken": csrf_token_in(page.text), "password": PASSWORD})
    assert again.status == 302, again.text[-2000:]
    form = browser.get("/en/account/delete/")
    assert form.status == 200, form.text[-2000:]
    asked = browser.post_form("/en/account/delete/", {"csrfmiddlewaretoken": csrf_token_in(form.text), "confirm": "on"})
    assert asked.status == 200, (asked.header("Location"), asked.text[-2000:])

    messages = wait_for(lambda: stack.mailbox.for_address(discreet_member.email), timeout=45)
    assert messages, "no e-mail reached the SMTP server within 45 s\n" + stack.output()
    message = messages[0]
    assert "delet" not in message["Subject"].lower(), "discreet mode: a neutral subject line"
    assert "Please confirm the request you made" in message.get_content()
    assert MailEvent.objects.filter(outcome=MailEvent.Outcome.SENT).exists()

    assert wait_for(WorkerHeartbeat.objects.exists, timeout=30), "beat's heartbeat never ran\n" + stack.output()
    metrics = browser.get("/health/metrics/", Authorization=f"Bearer {stack.metrics_token}")
    assert metrics.status == 200
    assert 'protect_emails_24h{outcome="sent"} 1' in metrics.text
    assert "protect_worker_heartbeat_age_seconds " in metrics.text

"""Brute force and floods: every form a person or a bot could hammer stops
at its limit with a message the person can read (a form error, a readable
429 page or a JSON body), never a 500, and stores nothing past the limit.

Thresholds tested are the configured ones (config/settings/base.py), not
values lowered for the test, except where noted.
"""

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache

from consult.models import AmbassadorRequest
from forums.models import Post
from recommendations.models import Feedback
from tests.consult.conftest import PASSWORD, sign_in
from tests.consult.factories import member
from tests.forums.factories import ForumFactory, thread_with_posts
from tests.recommendations.factories import draft, open_round

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"
SIGNUP = "/en/accounts/signup/"
RESET = "/en/accounts/password/reset/"
QUICK_EXIT = "data-quick-exit"


def _rate(action):
    """(count, per seconds) of the first rate of an allauth action, e.g. '20/h/ip'."""
    count, period = settings.ACCOUNT_RATE_LIMITS[action].split(",")[0].split("/")[:2]
    return int(count), {"s": 1, "m": 60, "h": 3600, "d": 86400}[period[-1]] * int(period[:-1] or 1)


def test_password_spraying_many_accounts_from_one_address_is_throttled(client):
    """allauth's login_failed limit per address (10/m/ip): wrong passwords for
    ten different accounts, then even the right password of an eleventh is refused."""
    limit, _ = _rate("login_failed")
    for n in range(limit):
        client.post(LOGIN, {"login": f"someone{n}@example.org", "password": "Summer2025!"})
    user = member()
    response = client.post(LOGIN, {"login": user.email, "password": PASSWORD})
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_axes_lockout_page_is_the_sites_own_page_with_the_quick_exit(client):
    user = member()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        cache.clear()  # past allauth's throttle, as a slow attacker would be
        client.post(LOGIN, {"login": user.email, "password": "wrong password"})
    cache.clear()
    response = client.post(LOGIN, {"login": user.email, "password": PASSWORD})
    assert response.status_code == 429
    page = response.content.decode()
    assert "Sign-in is locked for a while" in page
    assert QUICK_EXIT in page


def test_a_flood_of_sign_ups_from_one_address_gets_a_readable_429_page(client):
    limit, _ = _rate("signup")  # 20 an hour
    assert limit == 20
    for _ in range(limit):
        assert client.post(SIGNUP, {"email": "not an address"}).status_code == 200
    response = client.post(SIGNUP, {"email": "not an address"})
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many attempts from your connection" in page
    assert QUICK_EXIT in page


def test_password_reset_emails_for_one_address_stop_at_the_limit(client, django_capture_on_commit_callbacks):
    """5 a minute per address (key): a bot cannot fill someone's mailbox."""
    limit = int(settings.ACCOUNT_RATE_LIMITS["reset_password"].split(",")[1].split("/")[0])
    user = member()
    for _ in range(limit):
        with django_capture_on_commit_callbacks(execute=True):  # the worker sends each e-mail
            assert client.post(RESET, {"email": user.email}).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(RESET, {"email": user.email})
    assert response.status_code == 429
    assert "Too many attempts from your connection" in response.content.decode()
    assert len(mail.outbox) == limit


def test_password_resets_for_many_addresses_from_one_address_stop_at_the_limit(client):
    limit, _ = _rate("reset_password")  # 20 a minute per client address
    for n in range(limit):
        client.post(RESET, {"email": f"person{n}@example.org"})
    response = client.post(RESET, {"email": "one.more@example.org"})
    assert response.status_code == 429


def test_a_flood_of_forum_replies_is_refused_with_a_message_and_the_text_is_kept(client):
    author = member()
    thread = thread_with_posts(1, forum=ForumFactory(slug="nederland"))
    sign_in(client, author)
    url = thread.get_absolute_url()
    for n in range(settings.FORUMS_POSTS_PER_MINUTE):
        assert client.post(url, {"body": f"Reply number {n} about referral."}).status_code == 302
    response = client.post(url, {"body": "One reply too many, kept for later."})
    assert response.status_code == 400
    page = response.content.decode()
    assert "You are posting very quickly" in page
    assert "One reply too many, kept for later." in page
    assert Post.objects.filter(author=author).count() == settings.FORUMS_POSTS_PER_MINUTE


@pytest.fixture
def consultation(settings):
    settings.MODERATION_FIRST_POSTS = 0
    return open_round(draft("NL", 4))


def test_a_flood_of_feedback_on_clause_pages_is_refused_with_a_message_and_the_text_is_kept(client, consultation):
    author = member()
    sign_in(client, author)
    clause = consultation.version.clauses.in_order().last()
    url = f"/en/recommendations/versions/{consultation.version.pk}/clauses/{clause.key}/"
    limit = settings.RECOMMENDATIONS_FEEDBACK_PER_MINUTE
    assert limit == 10
    for n in range(limit):
        assert client.post(url, {"kind": "comment", "text": f"Comment {n} on the referral."}).status_code == 302
    response = client.post(url, {"kind": "comment", "text": "One comment too many."})
    assert response.status_code == 429
    page = response.content.decode()
    assert "You are giving feedback very quickly" in page
    assert "One comment too many." in page
    assert Feedback.objects.filter(author=author).count() == limit


def test_invalid_feedback_does_not_use_up_the_limit(client, consultation):
    author = member()
    sign_in(client, author)
    url = f"/en/recommendations/versions/{consultation.version.pk}/feedback/"
    for _ in range(settings.RECOMMENDATIONS_FEEDBACK_PER_MINUTE + 5):
        assert client.post(url, {"kind": "comment", "text": ""}).status_code == 400
    assert client.post(url, {"kind": "comment", "text": "Now a real comment."}).status_code == 302


def test_a_flood_of_feedback_through_the_api_gets_429_with_a_json_message(client, consultation):
    author = member()
    sign_in(client, author)
    url = f"/api/recommendations/versions/{consultation.version.pk}/feedback"
    for n in range(settings.RECOMMENDATIONS_FEEDBACK_PER_MINUTE):
        payload = {"kind": "comment", "text": f"Comment {n}"}
        assert client.post(url, payload, content_type="application/json").status_code == 201
    response = client.post(url, {"kind": "comment", "text": "Too many"}, content_type="application/json")
    assert response.status_code == 429
    assert "very quickly" in response.json()["detail"]


AMBASSADOR_FORM = {
    "organisation": "Women's group Noord",
    "languages_needed": "Arabic",
    "region": "Amsterdam",
    "preferred_dates": "March",
    "contact_channel": "email",
    "contact_details": "contact@group.example",
    "message": "About 20 women.",
    "consent_to_contact": "on",
    "website": "",
}


def test_the_ambassador_form_stops_at_its_hourly_limit_with_a_message(client):
    limit = settings.AMBASSADOR_REQUEST_RATE_LIMIT
    assert limit == 5
    for _ in range(limit):
        assert client.post("/en/countries/nl/", AMBASSADOR_FORM).status_code == 302
    response = client.post("/en/countries/nl/", AMBASSADOR_FORM)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many requests from your connection" in page
    assert "Women&#x27;s group Noord" in page  # what was typed is kept
    assert AmbassadorRequest.objects.count() == limit


def test_behind_the_reverse_proxy_each_visitor_has_their_own_ambassador_limit(client, settings):
    """Behind a proxy every request comes from the proxy's address: the limit
    must count the client address the proxy forwards (TRUSTED_PROXY_COUNT),
    or one flood would lock every visitor out of the form."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.AMBASSADOR_REQUEST_RATE_LIMIT = 1
    flooder = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    visitor = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.20"}
    assert client.post("/en/countries/nl/", AMBASSADOR_FORM, **flooder).status_code == 302
    assert client.post("/en/countries/nl/", AMBASSADOR_FORM, **flooder).status_code == 429
    assert client.post("/en/countries/nl/", AMBASSADOR_FORM, **visitor).status_code == 302

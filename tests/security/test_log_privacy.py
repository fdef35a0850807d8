"""Logs carry no personal data: every log record written while the main
flows run end to end through the site (sign-up, a failed and a good
sign-in, an account lockout, a forum post, a post the guard holds and a
moderator's decision, recommendation feedback, an ambassador request) is
captured at every level, and none contains the e-mail addresses, the texts
people wrote or the client's IP address.

Decision on IP addresses: none in logs, not even axes' security messages.
axes keeps the address with the username in its AccessAttempt rows (the
lockout needs them; administrators see them in the admin); its log lines
mask both (AXES_SENSITIVE_PARAMETERS, pinned in settings). Security
monitoring reads the rows, not the logs.

Every logger is set to DEBUG for the test, so a library that starts logging
personal data at any level fails it. factory_boy's records (the tests' own
data builder) are left out.
"""

import logging

import pytest
from django.core import mail
from django.core.cache import cache

from consult.models import Country, CountryRole, ReviewItem
from forums.models import Post
from tests.consult.conftest import PASSWORD, sign_in
from tests.consult.factories import member, staff
from tests.forums.factories import ForumFactory, thread_with_posts
from tests.recommendations.factories import draft, open_round

pytestmark = pytest.mark.django_db

IP = "127.0.0.1"  # the test client's REMOTE_ADDR
APPLICANT = "amira.applicant@example.org"
MEMBER = "jana.member@example.org"
POST_BODY = "Our shelter in Noord takes women without papers zebra-quartz"
HELD_BODY = "Call her at +31 6 1234 5678 tomorrow about the hearing walrus-lantern"
FEEDBACK = "The referral clause forgets interpreters for Tigrinya heron-compass"
AMBASSADOR_CONTACT = "ambassador.contact@group.example"
AMBASSADOR_MESSAGE = "About twenty women, some with children otter-beacon"
PASSPHRASE = "a long and unusual passphrase"
PERSONAL = [PASSPHRASE, APPLICANT, MEMBER, POST_BODY, HELD_BODY, FEEDBACK, AMBASSADOR_CONTACT, AMBASSADOR_MESSAGE, IP]


class Capture(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.lines = []

    def emit(self, record):
        if record.name.startswith("factory"):
            return  # factory_boy, the tests' own data builder: not the platform's logs
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        self.lines.append(f"{record.levelname} {record.name} {text}")


@pytest.fixture
def every_log_record():
    """All records of all loggers at every level, while the test runs."""
    handler = Capture()
    loggers = [logging.getLogger()] + [
        logging.getLogger(name)
        for name in [*logging.root.manager.loggerDict, "django.request", "celery", "allauth", "axes", "kombu"]
    ]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
    logging.getLogger().addHandler(handler)
    try:
        yield handler.lines
    finally:
        logging.getLogger().removeHandler(handler)
        for logger, level, disabled in saved:
            logger.setLevel(level)
            logger.disabled = disabled


def run_the_main_flows(client, settings):
    settings.MODERATION_FIRST_POSTS = 0
    # sign-up (an application)
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": APPLICANT, "password1": PASSPHRASE, "password2": PASSPHRASE,
            "display_name": "Amira", "organisation": "Refugee legal aid", "sector": "legal_aid",
            "countries": [Country.objects.get(code="NL").pk], "job_role": "Lawyer",
            "motivation": "I advise survivors on residence permits and want to share practice.",
            "accept_code_of_conduct": "on", "accept_privacy_notice": "on",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    # sign-in: a failure, then a lockout, then success for another account
    user = member(user__email=MEMBER)
    assert client.post("/en/accounts/login/", {"login": MEMBER, "password": "wrong"}).status_code == 200
    for _ in range(settings.AXES_FAILURE_LIMIT):
        cache.clear()
        client.post("/en/accounts/login/", {"login": APPLICANT, "password": "wrong"})
    assert client.post("/en/accounts/login/", {"login": APPLICANT, "password": "wrong"}).status_code == 429
    cache.clear()
    assert client.post("/en/accounts/login/", {"login": MEMBER, "password": PASSWORD}).status_code == 302
    # a forum post, and one the guard holds
    thread = thread_with_posts(1, forum=ForumFactory(slug="nederland"))
    assert client.post(thread.get_absolute_url(), {"body": POST_BODY}).status_code == 302
    assert client.post(thread.get_absolute_url(), {"body": HELD_BODY}).status_code == 302
    held = Post.objects.get(body_markdown=HELD_BODY)
    assert held.status == "pending"
    # recommendation feedback
    round = open_round(draft("NL", 3))
    clause = round.version.clauses.in_order().last()
    url = f"/en/recommendations/versions/{round.version.pk}/clauses/{clause.key}/"
    assert client.post(url, {"kind": "comment", "text": FEEDBACK}).status_code == 302
    # the moderator hides the held post, with a reason
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    sign_in(client, moderator)
    item = ReviewItem.objects.get(object_id=held.pk, state="pending")
    response = client.post("/en/moderation/", {"decision": "hide", "items": [item.pk], "reason": "Phone number"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.state != "pending"
    # an ambassador request from the public
    client.logout()
    response = client.post(
        "/en/countries/nl/",
        {
            "organisation": "Women's group", "languages_needed": "Arabic", "region": "Noord",
            "preferred_dates": "March", "contact_channel": "email", "contact_details": AMBASSADOR_CONTACT,
            "message": AMBASSADOR_MESSAGE, "consent_to_contact": "on", "website": "",
        },
    )  # fmt: skip
    assert response.status_code == 302
    return user


def test_the_main_flows_log_no_email_address_text_or_ip_address(
    client, settings, every_log_record, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run_the_main_flows(client, settings)

    assert len(every_log_record) > 0  # the capture works: axes, at least, reports the failures
    assert len(mail.outbox) > 0  # and the e-mails' tasks ran
    leaks = [(secret, line) for line in every_log_record for secret in PERSONAL if secret.lower() in line.lower()]
    assert [f"{secret}: {line[:200]}" for secret, line in leaks] == []

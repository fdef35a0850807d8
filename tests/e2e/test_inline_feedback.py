"""Feedback under a clause in a real browser: inline with JavaScript, the
clause's own page without it; both save the feedback."""

import re

import pytest
from django.conf import settings
from django.test import Client

from recommendations.models import Feedback
from tests.consult.factories import member
from tests.recommendations.factories import draft, open_round

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def consultation(seeded_live_server):
    round = open_round(draft("NL", clauses=6))
    author = member(("NL",))
    client = Client()
    client.force_login(author)
    cookie = {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": seeded_live_server.url,
    }
    return round, cookie, seeded_live_server.url


def _open(browser, cookie, **options):
    context = browser.new_context(**options)
    context.add_cookies([cookie])
    return context, context.new_page()


def test_with_javascript_feedback_opens_and_is_sent_under_the_clause(browser, consultation):
    round, cookie, base = consultation
    clause = round.version.clauses.in_order()[1]
    context, page = _open(browser, cookie)
    try:
        page.goto(base + round.version.get_absolute_url())
        version_url = page.url
        link = page.locator(f'a[data-inline-feedback="feedback-for-{clause.key}"]')
        assert link.get_attribute("aria-expanded") == "false"

        link.click()
        region = page.locator(f"#feedback-for-{clause.key}")
        region.get_by_role("heading", name=f"Give feedback on clause {clause.number}").wait_for()
        assert link.get_attribute("aria-expanded") == "true"
        region.get_by_label("Kind").select_option("question")
        region.get_by_label("Your feedback").fill("Who pays the interpreter?")
        region.get_by_role("button", name="Send feedback").click()

        region.get_by_text(re.compile("your feedback was saved", re.IGNORECASE)).wait_for()
        assert region.get_by_text("Who pays the interpreter?").is_visible()
        assert page.url == version_url  # never left the version page
        assert link.inner_text().startswith("1 feedback item")  # the clause's count follows
        saved = Feedback.objects.get()
        assert (saved.clause_id, saved.kind, saved.text) == (clause.pk, "question", "Who pays the interpreter?")
    finally:
        context.close()


def test_without_javascript_the_link_opens_the_clause_page_and_the_form_works(browser, consultation):
    round, cookie, base = consultation
    clause = round.version.clauses.in_order()[1]
    context, page = _open(browser, cookie, java_script_enabled=False)
    try:
        page.goto(base + round.version.get_absolute_url())
        page.locator(f'a[data-inline-feedback="feedback-for-{clause.key}"]').click()
        page.wait_for_url(f"**/clauses/{clause.key}/")
        page.get_by_label("Kind").select_option("concern")
        page.get_by_label("Your feedback").fill("Waiting lists are too long")
        page.get_by_role("button", name="Send feedback").click()

        page.get_by_text("Waiting lists are too long").wait_for()
        assert Feedback.objects.get().text == "Waiting lists are too long"
    finally:
        context.close()

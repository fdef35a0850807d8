"""A member chooses how decisions on their feedback arrive: one e-mail a day
per consultation (the default) or each at once, from My account."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from consult.models import Profile
from recommendations.consultation import decisions
from recommendations.models import DecisionEmailPreference
from tests.consult.factories import member

from .factories import FeedbackFactory

pytestmark = pytest.mark.django_db

URL = reverse("recommendations:decision_emails")


@pytest.fixture(autouse=True)
def _run_on_commit(monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def test_my_account_links_a_member_to_the_choice(client, signed_in, author):
    signed_in(author)
    assert URL in client.get(reverse("members:account")).content.decode()


def test_the_daily_e_mail_is_chosen_until_the_member_asks_otherwise(client, signed_in, author):
    signed_in(author)
    page = client.get(URL).content.decode()
    (daily,) = re.findall(r'<input[^>]*value="daily"[^>]*>', page)
    (each,) = re.findall(r'<input[^>]*value="each"[^>]*>', page)
    assert "checked" in daily
    assert "checked" not in each
    assert not DecisionEmailPreference.objects.filter(user=author).exists()


def test_a_member_who_asks_for_each_decision_gets_one_e_mail_per_decision_at_once(
    client, signed_in, author, editor, round
):
    signed_in(author)
    response = client.post(URL, {"frequency": "each"}, follow=True)
    assert "Saved: you receive an e-mail for each decision on your feedback." in response.content.decode()
    assert DecisionEmailPreference.objects.get(user=author).immediately is True

    item = FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[1])
    decisions.decide_feedback(feedback=item, editor=editor, decision="rejected", reason="Out of the SOP's remit.")
    assert [m.to for m in mail.outbox] == [[author.email]]


def test_going_back_to_the_daily_e_mail_sends_no_e_mail_at_decision_time(client, signed_in, author, editor, round):
    signed_in(author)
    client.post(URL, {"frequency": "each"})
    client.post(URL, {"frequency": "daily"})
    assert DecisionEmailPreference.objects.get(user=author).immediately is False

    item = FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[1])
    decisions.decide_feedback(feedback=item, editor=editor, decision="rejected", reason="Out of the SOP's remit.")
    assert mail.outbox == []


def test_a_choice_that_is_not_offered_is_a_form_error(client, signed_in, author):
    signed_in(author)
    response = client.post(URL, {"frequency": "hourly"})
    assert response.status_code == 400
    assert not DecisionEmailPreference.objects.filter(user=author).exists()


def test_a_discreet_member_is_told_the_e_mails_stay_discreet(client, signed_in):
    user = member(("NL",), discreet_emails=True)
    signed_in(user)
    assert "Your e-mails are discreet" in client.get(URL).content.decode()


def test_an_applicant_and_a_visitor_cannot_choose(client, signed_in):
    assert client.get(URL).status_code == 302
    signed_in(member(("NL",), status=Profile.Status.PENDING))
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"frequency": "each"}).status_code == 403
    assert not DecisionEmailPreference.objects.exists()

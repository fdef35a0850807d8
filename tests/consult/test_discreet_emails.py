"""Discreet mode: neutral subject lines and no content in e-mails."""

import pytest
from django.core import mail

from consult.members import account_data, services
from consult.models import CountryRole
from consult.notifications import notify_user
from tests.consult.factories import ProfileFactory, staff

pytestmark = pytest.mark.django_db

REVEALING = ["PROTECT", "membership", "approved", "suspend", "moderator", "application", "violence"]


@pytest.mark.parametrize(
    "decide",
    [
        lambda profile, moderator: services.approve_member(profile, moderator=moderator, reason="Welcome, nurse."),
        lambda profile, moderator: services.reject_member(profile, moderator=moderator, reason="Not a professional."),
        lambda profile, moderator: services.request_more_information(profile, moderator=moderator, reason="Which org?"),
    ],
    ids=["approved", "rejected", "more information"],
)
def test_a_discreet_members_vetting_email_says_nothing_about_the_decision(decide, django_capture_on_commit_callbacks):
    applicant = ProfileFactory(status="pending", discreet_emails=True)
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    with django_capture_on_commit_callbacks(execute=True):
        decide(applicant, moderator)
    (message,) = mail.outbox
    assert message.subject == "A new message for you"
    for word in [*REVEALING, "nurse", "professional", "org?"]:
        assert word.lower() not in message.body.lower(), word
        assert word.lower() not in message.subject.lower(), word
    assert "/en/accounts/login/" in message.body


def test_a_discreet_member_gets_no_parameters_of_the_caller_in_the_email(django_capture_on_commit_callbacks):
    profile = ProfileFactory(discreet_emails=True)
    with django_capture_on_commit_callbacks(execute=True):
        notify_user(profile.user, "welcome", excerpt="He told me where she lives")
    (message,) = mail.outbox
    assert "where she lives" not in message.body
    assert message.subject == "A new message for you"


def test_a_member_who_is_not_discreet_gets_the_ordinary_subject(django_capture_on_commit_callbacks):
    applicant = ProfileFactory(status="pending", discreet_emails=False)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve_member(applicant, moderator=staff(CountryRole.Role.MODERATOR, "NL"))
    assert mail.outbox[0].subject == "Your PROTECT membership was approved"


def test_the_account_deletion_link_reaches_a_discreet_member_under_a_neutral_subject(
    django_capture_on_commit_callbacks,
):
    profile = ProfileFactory(discreet_emails=True)
    with django_capture_on_commit_callbacks(execute=True):
        account_data.request_account_deletion(profile.user)
    (message,) = mail.outbox
    assert message.subject == "Please confirm your request"
    assert "/en/account/delete/confirm/" in message.body
    for word in ["PROTECT", "delete", "account"]:
        assert word.lower() not in message.subject.lower()


def test_no_email_ever_carries_a_moderators_reason(django_capture_on_commit_callbacks):
    applicant = ProfileFactory(status="pending")
    with django_capture_on_commit_callbacks(execute=True):
        services.reject_member(
            applicant, moderator=staff(CountryRole.Role.MODERATOR, "NL"), reason="Your reference did not answer."
        )
    assert "reference" not in mail.outbox[0].body

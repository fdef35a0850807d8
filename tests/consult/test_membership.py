"""Applying, vetting and suspension: from sign-up to the members' area."""

import re
from datetime import UTC, datetime

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import TestCase
from django.utils import timezone

from consult.models import AuditLogEntry, CountryRole, OutboxEntry, Profile, User
from tests.consult.conftest import sign_in
from tests.consult.factories import ProfileFactory, country_for, member, staff

pytestmark = pytest.mark.django_db

SIGNUP = "/en/accounts/signup/"


@pytest.fixture
def countries():
    return {code: country_for(code) for code in ("NL", "BE")}


def application(country_rows, **changes):
    data = {
        "email": "amal@clinic.example",
        "password1": "a long and unusual passphrase",
        "password2": "a long and unusual passphrase",
        "display_name": "Amal K.",
        "organisation": "City Clinic",
        "show_organisation": "on",
        "sector": "medical",
        "countries": [country_rows["NL"].pk],
        "job_role": "Nurse",
        "motivation": "I treat survivors and want to learn from colleagues in other countries.",
        "accept_code_of_conduct": "on",
        "accept_privacy_notice": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def post_and_send(client, url, data):
    """POST, then run what the request scheduled on commit (the e-mails)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(url, data)


def _link_in(message):
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def test_the_whole_path_from_sign_up_to_the_members_area(client, countries, django_capture_on_commit_callbacks):
    # sign up
    response = post_and_send(client, SIGNUP, application(countries))
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    user = User.objects.get(email="amal@clinic.example")
    assert user.profile.status == Profile.Status.PENDING

    # verify the e-mail address through the link, then sign in
    (verification,) = mail.outbox
    moderator_nl = staff(CountryRole.Role.MODERATOR, "NL")
    moderator_be = staff(CountryRole.Role.MODERATOR, "BE")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_link_in(verification))
    assert EmailAddress.objects.get(user=user).verified
    assert [message.to for message in mail.outbox[1:]] == [[moderator_nl.email]]  # the NL moderator is told
    response = client.post(
        "/en/accounts/login/", {"login": "amal@clinic.example", "password": "a long and unusual passphrase"}
    )
    assert client.session["_auth_user_id"] == str(user.pk)

    # pending: member pages refused, with the reason why
    response = client.get("/en/members/")
    assert response.status_code == 403
    assert "waiting for review" in response.content.decode()
    assert client.get("/en/members/directory/").status_code == 403

    # a moderator of another country neither sees nor decides the application
    moderator = client.__class__()
    sign_in(moderator, moderator_be)
    assert "Amal K." not in moderator.get("/en/moderation/applications/").content.decode()
    response = moderator.post(f"/en/moderation/applications/{user.profile.pk}/", {"decision": "approve"})
    assert response.status_code == 403
    assert Profile.objects.get(user=user).status == Profile.Status.PENDING

    # the right moderator approves
    sign_in(moderator, moderator_nl)
    assert "Amal K." in moderator.get("/en/moderation/applications/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator.post(f"/en/moderation/applications/{user.profile.pk}/", {"decision": "approve"})
    assert response.status_code == 302
    assert Profile.objects.get(user=user).status == Profile.Status.APPROVED
    assert mail.outbox[-1].to == ["amal@clinic.example"]
    assert mail.outbox[-1].subject == "Your PROTECT membership was approved"

    # member pages open
    assert client.get("/en/members/").status_code == 200
    assert "Amal K." in client.get("/en/members/directory/").content.decode()


def test_account_emails_are_sent_by_a_worker_and_their_link_is_not_kept(client, countries):
    with TestCase.captureOnCommitCallbacks(execute=False) as scheduled:
        response = client.post(SIGNUP, application(countries))

    assert response.status_code == 302
    assert mail.outbox == []  # nothing sent during the request
    entry = OutboxEntry.objects.get(task_name="consult.send_account_email")
    assert entry.arguments["to"] == ["amal@clinic.example"]
    for callback in scheduled:
        callback()  # the wake-up call: the (eager) worker sends it
    (message,) = mail.outbox
    assert message.to == ["amal@clinic.example"]
    assert "/accounts/confirm-email/" in message.body
    entry.refresh_from_db()
    assert entry.state == OutboxEntry.State.DONE
    assert entry.arguments == {}  # the one-time link no longer sits in the database


def test_sign_up_saves_the_profile_the_consent_and_an_audit_row(client, countries, settings):
    post_and_send(client, SIGNUP, application(countries, countries=[countries["NL"].pk, countries["BE"].pk]))
    profile = Profile.objects.get(user__email="amal@clinic.example")
    assert profile.display_name == "Amal K."
    assert profile.organisation == "City Clinic"
    assert profile.show_organisation is True
    assert profile.sector == "medical"
    assert {c.code for c in profile.countries.all()} == {"NL", "BE"}
    assert profile.job_role == "Nurse"
    assert profile.consent_version == settings.CODE_OF_CONDUCT_VERSION
    assert profile.consent_accepted_at is not None
    assert set(AuditLogEntry.objects.about(profile).values_list("action", flat=True)) == {
        "member.apply",
        "consent.accept",
    }


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"accept_code_of_conduct": None}, "accept_code_of_conduct", "accept the code of conduct"),
        ({"accept_privacy_notice": None}, "accept_privacy_notice", "accept the privacy notice"),
        ({"countries": []}, "countries", "Choose at least one country."),
        ({"display_name": "a"}, "display_name", "at least 2 characters"),
        ({"display_name": "amal@clinic.example"}, "display_name", "cannot contain an e-mail address"),
        ({"display_name": "Former member"}, "display_name", "reserved"),
        ({"motivation": "please"}, "motivation", "at least 20 characters"),
        ({"email": "not-an-address"}, "email", "valid email address"),
        ({"email": "someone@mailinator.com"}, "email", "throw-away addresses cannot join"),
        ({"password2": "something else entirely"}, "password2", "same password"),
        ({"sector": "astrology"}, "sector", "Select a valid choice"),
    ],
)
def test_a_bad_application_gets_a_message_at_the_field_keeps_what_was_typed_and_saves_nothing(
    client, countries, changes, field, message
):
    response = post_and_send(client, SIGNUP, application(countries, **changes))
    assert response.status_code == 200
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    html = response.content.decode()
    assert message.replace("'", "&#x27;") in html
    assert 'value="City Clinic"' in html  # typed input kept
    assert User.objects.count() == 0
    assert Profile.objects.count() == 0
    assert EmailAddress.objects.count() == 0
    assert AuditLogEntry.objects.count() == 0


def test_signing_up_with_a_registered_address_looks_the_same_and_changes_nothing(client, countries):
    existing = member()
    users_before = User.objects.count()

    response = post_and_send(client, SIGNUP, application(countries, email=existing.email.upper()))

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"  # the page a new applicant sees
    assert User.objects.count() == users_before
    assert Profile.objects.count() == users_before
    assert existing.profile.display_name != "Amal K."
    (message,) = mail.outbox
    assert message.to == [existing.email.upper()] or message.to == [existing.email.lower()]
    assert "already" in message.subject.lower() or "already" in message.body.lower()


def test_a_failure_while_saving_the_profile_leaves_no_account_behind(client, countries, monkeypatch):
    from consult.members import services

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "create_member_profile", broken)
    client.raise_request_exception = False
    response = post_and_send(client, SIGNUP, application(countries))
    assert response.status_code == 500
    assert User.objects.count() == 0
    assert EmailAddress.objects.count() == 0


def test_a_verification_link_used_twice_says_so_the_second_time(client, countries):
    post_and_send(client, SIGNUP, application(countries))
    link = _link_in(mail.outbox[0])
    assert client.post(link).status_code == 302
    response = client.get(link)
    html = response.content.decode()
    assert "expired or is not valid" in html or "already been confirmed" in html


def test_an_expired_verification_link_is_refused_with_a_message(client, countries, settings):
    post_and_send(client, SIGNUP, application(countries))
    link = _link_in(mail.outbox[0])
    later = timezone.now() + timezone.timedelta(days=settings.ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS + 1)
    from unittest import mock

    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        response = client.post(link)
        page = client.get(link)
    assert not EmailAddress.objects.get(email="amal@clinic.example").verified
    assert response.status_code in (200, 302, 404)
    assert "expired or is not valid" in page.content.decode()


def test_an_unverified_account_cannot_sign_in(client, countries):
    post_and_send(client, SIGNUP, application(countries))
    response = client.post(
        "/en/accounts/login/", {"login": "amal@clinic.example", "password": "a long and unusual passphrase"}
    )
    assert "_auth_user_id" not in client.session
    assert response["Location"] == "/en/accounts/confirm-email/"


def test_the_vetting_queue_shows_only_verified_pending_applications_of_the_moderators_countries(client):
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    waiting = ProfileFactory(status=Profile.Status.PENDING, countries=["NL"], display_name="Waiting NL")
    ProfileFactory(status=Profile.Status.PENDING, countries=["BE"], display_name="Waiting BE")
    ProfileFactory(status=Profile.Status.APPROVED, countries=["NL"], display_name="Approved NL")
    ProfileFactory(status=Profile.Status.PENDING, countries=["NL"], display_name="Unverified NL", user__verified=False)
    sign_in(client, moderator)
    html = client.get("/en/moderation/applications/").content.decode()
    assert waiting.display_name in html
    for hidden in ("Waiting BE", "Approved NL", "Unverified NL"):
        assert hidden not in html


def test_the_vetting_queue_takes_the_same_number_of_queries_for_1_or_20_applications(client, django_assert_num_queries):
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    sign_in(client, moderator)
    ProfileFactory(status=Profile.Status.PENDING, countries=["NL", "BE"])
    client.get("/en/moderation/applications/")  # the roles and MFA, then from the cache
    # count, page, the page's countries (the session, user, profile, roles and
    # MFA come from the cache; the rules grant the permission: Django's model
    # permissions are not loaded)
    with django_assert_num_queries(3):
        assert client.get("/en/moderation/applications/").status_code == 200
    ProfileFactory.create_batch(19, status=Profile.Status.PENDING, countries=["NL", "BE"])
    with django_assert_num_queries(3):
        response = client.get("/en/moderation/applications/")
    assert len(response.context["page"]) == 20


def test_a_member_directory_takes_the_same_number_of_queries_for_1_or_20_members(client, django_assert_num_queries):
    viewer = member()
    sign_in(client, viewer)
    client.get("/en/members/directory/")  # the roles and groups, then from the cache
    # count, the country filter, page, the page's countries (the session, user,
    # profile, roles and country-office groups come from the cache)
    with django_assert_num_queries(4):
        assert client.get("/en/members/directory/").status_code == 200
    for _ in range(19):
        member(countries=("NL", "BE"))
    with django_assert_num_queries(4):
        response = client.get("/en/members/directory/")
    assert len(response.context["page"]) == 20


def test_the_directory_shows_an_organisation_only_where_the_member_chose_to_show_it(client):
    sign_in(client, member())
    ProfileFactory(display_name="Shown", organisation="Visible Org", show_organisation=True)
    ProfileFactory(display_name="Hidden", organisation="Secret Org", show_organisation=False)
    ProfileFactory(display_name="Pending person", status=Profile.Status.PENDING)
    html = client.get("/en/members/directory/").content.decode()
    assert "Visible Org" in html
    assert "Hidden" in html
    assert "Secret Org" not in html
    assert "Pending person" not in html


def test_the_directory_filters_by_country_and_sector(client):
    sign_in(client, member())
    ProfileFactory(display_name="Dutch lawyer", countries=["NL"], sector="legal_aid")
    ProfileFactory(display_name="Belgian lawyer", countries=["BE"], sector="legal_aid")
    ProfileFactory(display_name="Dutch nurse", countries=["NL"], sector="medical")
    html = client.get("/en/members/directory/?country=NL&sector=legal_aid").content.decode()
    assert "Dutch lawyer" in html
    assert "Belgian lawyer" not in html
    assert "Dutch nurse" not in html


@pytest.mark.parametrize("status", [Profile.Status.PENDING, Profile.Status.REJECTED, Profile.Status.SUSPENDED])
@pytest.mark.parametrize("path", ["/en/members/", "/en/members/directory/"])
def test_an_account_that_is_not_approved_reads_nothing_for_members(client, status, path):
    fields = {"suspended_until": timezone.now() + timezone.timedelta(days=3)} if status == "suspended" else {}
    ProfileFactory(display_name="Someone Inside")
    sign_in(client, member(status=status, **fields))
    response = client.get(path)
    assert response.status_code == 403
    assert "Someone Inside" not in response.content.decode()


def test_a_visitor_is_sent_to_sign_in_from_member_pages(client):
    response = client.get("/en/members/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_rejecting_needs_a_reason_which_the_applicant_reads_on_their_account_page(
    client, django_capture_on_commit_callbacks
):
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    applicant = ProfileFactory(status=Profile.Status.PENDING)
    sign_in(client, moderator)
    url = f"/en/moderation/applications/{applicant.pk}/"

    response = client.post(url, {"decision": "reject", "reason": " "})
    assert "Give a reason" in response.content.decode()
    applicant.refresh_from_db()
    assert applicant.status == Profile.Status.PENDING

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision": "reject", "reason": "We could not confirm your professional role."})
    applicant.refresh_from_db()
    assert applicant.status == Profile.Status.REJECTED
    row = AuditLogEntry.objects.get(action="member.reject")
    assert (row.actor, row.reason, row.country.code) == (
        moderator,
        "We could not confirm your professional role.",
        "NL",
    )
    assert row.target_repr == f"Profile #{applicant.pk}"
    (message,) = mail.outbox
    assert "could not confirm" not in message.body  # the reason is read on the site, not in the mailbox

    sign_in(client, applicant.user)
    assert "We could not confirm your professional role." in client.get("/en/account/").content.decode()


def test_asking_for_more_information_keeps_the_application_pending_and_tells_the_applicant(
    client, django_capture_on_commit_callbacks
):
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    applicant = ProfileFactory(status=Profile.Status.PENDING)
    sign_in(client, moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/en/moderation/applications/{applicant.pk}/",
            {"decision": "request_information", "reason": "Which organisation do you volunteer with?"},
        )
    applicant.refresh_from_db()
    assert applicant.status == Profile.Status.PENDING
    assert applicant.information_requested_at is not None
    assert mail.outbox[0].subject == "Your PROTECT membership application: more information needed"
    assert AuditLogEntry.objects.filter(action="member.request_information").count() == 1

    sign_in(client, applicant.user)
    page = client.get("/en/account/").content.decode()
    assert "Which organisation do you volunteer with?" in page
    response = client.post(
        "/en/account/profile/",
        {
            "display_name": applicant.display_name,
            "organisation": applicant.organisation,
            "job_role": applicant.job_role,
            "email_frequency": "daily",
            "motivation": "I volunteer with the Red Cross shelter in Utrecht since 2021.",
        },
    )
    assert response.status_code == 302
    applicant.refresh_from_db()
    assert applicant.motivation.startswith("I volunteer with the Red Cross")


def test_approving_twice_records_one_decision_and_sends_one_email(django_capture_on_commit_callbacks):
    from consult.members import services

    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    applicant = ProfileFactory(status=Profile.Status.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve_member(applicant, moderator=moderator)
        services.approve_member(applicant, moderator=moderator)
    assert AuditLogEntry.objects.filter(action="member.approve").count() == 1
    assert len(mail.outbox) == 1
    assert OutboxEntry.objects.filter(state=OutboxEntry.State.DONE).count() == 1


def test_suspension_has_a_reason_and_an_end_date_and_closes_the_members_area(
    client, django_capture_on_commit_callbacks
):
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    target = ProfileFactory()
    sign_in(client, moderator)
    url = f"/en/moderation/members/{target.pk}/suspend/"

    response = client.post(url, {"reason": "", "until": ""})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"reason", "until"}
    response = client.post(url, {"reason": "Shared a screenshot", "until": timezone.localdate().isoformat()})
    assert "Choose a date after today." in response.content.decode()

    until = timezone.localdate() + timezone.timedelta(days=14)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reason": "Shared a screenshot of a thread", "until": until.isoformat()})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.status == Profile.Status.SUSPENDED
    assert timezone.localtime(target.suspended_until).date() == until
    row = AuditLogEntry.objects.get(action="member.suspend")
    assert row.reason.startswith("Shared a screenshot of a thread (until ")
    assert mail.outbox[0].subject == "Your PROTECT membership is suspended"

    sign_in(client, target.user)
    assert client.get("/en/members/").status_code == 403


def test_a_moderator_of_another_country_cannot_suspend(client):
    sign_in(client, staff(CountryRole.Role.MODERATOR, "BE"))
    target = ProfileFactory(countries=["NL"])
    response = client.post(
        f"/en/moderation/members/{target.pk}/suspend/",
        {"reason": "x", "until": (timezone.localdate() + timezone.timedelta(days=2)).isoformat()},
    )
    assert response.status_code == 403
    target.refresh_from_db()
    assert target.status == Profile.Status.APPROVED


def test_ending_a_suspension_early_reopens_the_members_area(client):
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    target = ProfileFactory(
        status=Profile.Status.SUSPENDED, suspended_until=timezone.now() + timezone.timedelta(days=5)
    )
    sign_in(client, moderator)
    client.post(f"/en/moderation/members/{target.pk}/suspend/", {"reinstate": "1", "reason": "Apologised"})
    target.refresh_from_db()
    assert target.status == Profile.Status.APPROVED
    assert AuditLogEntry.objects.filter(action="member.reinstate", reason="Apologised").exists()


def test_a_new_code_of_conduct_version_asks_the_member_again_before_anything_else(client, settings):
    user = member()
    sign_in(client, user)
    settings.CODE_OF_CONDUCT_VERSION = "2099-1"

    response = client.get("/en/members/")
    assert response.status_code == 302
    assert response["Location"] == "/en/account/consent/?next=%2Fen%2Fmembers%2F"

    response = client.post("/en/account/consent/", {"accept_code_of_conduct": "on", "next": "/en/members/"})
    assert "accept the privacy notice" in response.content.decode()
    assert client.get("/en/members/").status_code == 302

    response = client.post(
        "/en/account/consent/",
        {"accept_code_of_conduct": "on", "accept_privacy_notice": "on", "next": "/en/members/"},
    )
    assert response["Location"] == "/en/members/"
    assert client.get("/en/members/").status_code == 200
    user.profile.refresh_from_db()
    assert user.profile.consent_version == "2099-1"
    assert AuditLogEntry.objects.about(user.profile).filter(action="consent.accept", reason__contains="2099-1").exists()


def test_a_member_who_has_not_accepted_a_new_version_may_still_export_or_delete(client, settings):
    sign_in(client, member())
    settings.CODE_OF_CONDUCT_VERSION = "2099-1"
    assert client.get("/en/account/").status_code == 200
    assert client.post("/en/account/export/").status_code == 200
    assert client.get("/en/account/delete/").status_code == 200


def test_the_seeded_demo_accounts_have_approved_profiles_and_their_roles(site_tree):
    from consult.demo import seed_demo_accounts

    seed_demo_accounts()
    seed_demo_accounts()
    roles = {
        (r.user.email.split("@")[0], r.role, r.country.code if r.country else None) for r in CountryRole.objects.all()
    }
    assert roles == {
        ("staff.nl", "country_staff", "NL"),
        ("lead.nl", "country_lead", "NL"),
        ("moderator.nl", "moderator", "NL"),
        ("moderator2.nl", "moderator", "NL"),
        ("editor", "editor", None),
        ("staff.ie", "country_staff", "IE"),
        ("staff.be", "country_staff", "BE"),
        ("staff.mt", "country_staff", "MT"),
    }
    assert Profile.objects.approved().count() == 10
    member_nl = User.objects.get(email="member.nl@demo.protect.example")
    assert member_nl.has_perm("consult.read_member_area")
    assert not member_nl.has_usable_password()


@pytest.mark.parametrize(
    ("language", "date"), [("pl", "1 marca 2099"), ("hr", "1. ožujka 2099."), ("en", "1 March 2099")]
)
def test_a_suspended_member_reads_the_end_date_with_the_month_as_their_language_writes_it(client, language, date):
    # Polish and Croatian put a month after a day in the genitive ("marca", not "marzec")
    user = member(status=Profile.Status.SUSPENDED, suspended_until=datetime(2099, 3, 1, 12, tzinfo=UTC))
    sign_in(client, user)
    html = client.get(f"/{language}/account/").content.decode()
    assert date in html

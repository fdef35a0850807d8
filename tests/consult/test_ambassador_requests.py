"""The public ambassador form, the office's notification and the purge."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from consult.models import AmbassadorRequest, Country
from consult.tasks import purge_expired_ambassador_requests
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/en/countries/nl/"
GOOD = {
    "organisation": "Women's group Noord",
    "languages_needed": "Arabic, Tigrinya",
    "region": "Amsterdam Noord",
    "preferred_dates": "Weekday evenings in March",
    "contact_channel": "email",
    "contact_details": "contact@group.example",
    "message": "About 20 women, some with children.",
    "consent_to_contact": "on",
    "website": "",
}


@pytest.fixture
def nl_staff():
    staff = UserFactory(email="office.nl@example.org")
    staff.groups.add(Country.objects.get(code="NL").staff_group)
    return staff


def test_a_valid_request_is_stored_and_the_office_gets_a_link_without_its_contents(
    client, nl_staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, GOOD)
    assert response.status_code == 302
    request = AmbassadorRequest.objects.get()
    assert request.country.code == "NL"
    assert request.organisation == "Women's group Noord"

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.bcc == ["office.nl@example.org"]
    assert f"/admin/ambassador_requests/inspect/{request.pk}/" in message.body
    for value in ("Women's group Noord", "Arabic, Tigrinya", "Amsterdam Noord", "contact@group.example", "20 women"):
        assert value not in message.body
        assert value not in message.subject


def test_the_thank_you_message_is_shown_after_the_redirect(client):
    response = client.post(URL, GOOD, follow=True)
    assert "Your request was sent to the country office" in response.content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("organisation", "", "This field is required."),
        ("contact_details", "", "This field is required."),
        ("contact_channel", "carrier pigeon", "Select a valid choice."),
        ("consent_to_contact", None, "This field is required."),
        ("organisation", "x" * 201, "Ensure this value has at most 200 characters"),
    ],
)
def test_a_bad_field_is_reported_next_to_it_and_keeps_what_was_typed(client, field, value, message):
    data = dict(GOOD)
    if value is None:
        data.pop(field)
    else:
        data[field] = value
    response = client.post(URL, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert f'id="id_{field}-error"' in html
    assert message in html
    assert 'value="Amsterdam Noord"' in html  # what was typed elsewhere is kept
    assert AmbassadorRequest.objects.count() == 0


def test_a_filled_honeypot_stores_nothing(client):
    response = client.post(URL, {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 400
    assert AmbassadorRequest.objects.count() == 0


def test_too_many_requests_from_one_client_are_refused_with_a_message(client, settings):
    settings.AMBASSADOR_REQUEST_RATE_LIMIT = 2
    assert client.post(URL, GOOD).status_code == 302
    assert client.post(URL, GOOD).status_code == 302
    response = client.post(URL, GOOD)
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert AmbassadorRequest.objects.count() == 2


def test_a_visitors_corrections_do_not_count_towards_the_hourly_limit(client, settings):
    settings.AMBASSADOR_REQUEST_RATE_LIMIT = 2
    for mistake in ({**GOOD, "organisation": ""}, {**GOOD, "contact_details": "not-an-email"}, {}):
        response = client.post(URL, mistake)
        assert response.status_code == 400
        assert "Too many requests" not in response.content.decode()
    assert client.post(URL, GOOD).status_code == 302
    assert client.post(URL, GOOD).status_code == 302
    assert client.post(URL, GOOD).status_code == 429
    assert AmbassadorRequest.objects.count() == 2


def test_a_request_without_a_csrf_token_is_refused():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(URL, GOOD)
    assert response.status_code == 403
    assert AmbassadorRequest.objects.count() == 0


def test_the_purge_deletes_only_requests_past_the_retention_period_and_can_run_twice(settings):
    settings.AMBASSADOR_REQUEST_RETENTION_DAYS = 30
    country = Country.objects.get(code="NL")
    fields = {k: v for k, v in GOOD.items() if k not in {"website", "consent_to_contact"}}
    old = AmbassadorRequest.objects.create(
        country=country, consent_to_contact=True, created_at=timezone.now() - timedelta(days=31), **fields
    )
    recent = AmbassadorRequest.objects.create(
        country=country, consent_to_contact=True, created_at=timezone.now() - timedelta(days=29), **fields
    )
    purge_expired_ambassador_requests.delay()
    purge_expired_ambassador_requests.delay()
    assert not AmbassadorRequest.objects.filter(pk=old.pk).exists()
    assert AmbassadorRequest.objects.filter(pk=recent.pk).exists()


@pytest.mark.parametrize(
    ("channel", "details", "accepted"),
    [
        ("email", "not-an-email", False),
        ("email", "contact@group.example", True),
        ("phone", "not-a-number", False),
        ("phone", "12", False),
        ("phone", "+31 (0)20 000 00 00", True),
        ("phone", "020-000.00.00", True),
        ("messenger", "@group_noord", True),
        ("other", "ask for Sara at the library", True),
    ],
)
def test_contact_details_are_checked_against_the_chosen_channel(client, channel, details, accepted):
    response = client.post(URL, {**GOOD, "contact_channel": channel, "contact_details": details})
    assert response.status_code == (302 if accepted else 400)
    assert AmbassadorRequest.objects.exists() is accepted
    if not accepted:
        error = response.content.decode().split('id="id_contact_details-error"', 1)[1].split("</div>", 1)[0]
        assert "or choose another way" in error


def test_a_form_with_errors_starts_with_a_summary_linking_to_each_field(client):
    response = client.post(URL, {**GOOD, "organisation": "", "contact_details": "not-an-email"})
    html = response.content.decode()
    summary = html.split('<div class="error-summary"', 1)[1].split("</div>", 1)[0]
    assert "data-focus-on-load" in summary
    assert "There is a problem</h2>" in summary
    assert '<a href="#id_organisation">Organisation or community: This field is required.</a>' in summary
    assert '<a href="#id_contact_details">Contact details: Enter an e-mail address' in summary
    assert html.index('class="error-summary"') < html.index('id="id_organisation"')


def test_the_thanks_is_shown_where_the_form_was_and_announced(client):
    response = client.post(URL, GOOD)
    assert response["Location"].endswith("#request-ambassador")
    html = client.get(response["Location"]).content.decode()
    section = html.split('id="request-ambassador"', 1)[1]
    confirmation = section.split('<div class="confirmation"', 1)[1].split("</div>", 1)[0]
    assert 'role="status"' in confirmation
    assert "data-focus-on-load" in confirmation
    assert "Your request was sent to the country office" in confirmation
    assert html.count("Your request was sent to the country office") == 1  # not also at the top of the page


def test_the_error_summary_names_the_consent_box_by_its_first_sentence(client):
    response = client.post(URL, {**GOOD, "consent_to_contact": ""})
    summary = response.content.decode().split('class="error-summary"')[1].split("</div>")[0]
    assert "I agree that the country office contacts me about this request: This field is required." in summary
    assert "six months" not in summary

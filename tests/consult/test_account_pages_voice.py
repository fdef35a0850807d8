"""The account pages and e-mails speak the site's language and voice."""

import pytest
from django.core import mail
from django.test import override_settings

from consult.models import Profile
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_sign_in_page_uses_the_sites_words_and_no_placeholders(client):
    html = client.get("/en/accounts/login/").content.decode()
    assert "Keep me signed in on this device" in html
    assert "Remember Me" not in html
    assert "placeholder=" not in html
    assert 'href="/en/accounts/password/reset/"' in html


def test_the_sign_up_form_puts_each_checkbox_before_its_label(client):
    html = client.get("/en/accounts/signup/").content.decode()
    control = html.split('<div class="field--checkbox__control">', 1)[1].split("</div>", 1)[0]
    assert control.index("<input") < control.index("<label")
    assert "placeholder=" not in html


@override_settings(SITE_URL="https://protect.example", WAGTAILADMIN_BASE_URL="https://protect.example")
def test_the_reset_e_mail_has_the_sites_voice_and_links_from_site_url(client, django_capture_on_commit_callbacks):
    user = UserFactory(email="someone@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/password/reset/", {"email": user.email}, HTTP_HOST="evil.example")
    message = mail.outbox[-1]
    assert message.subject == "[PROTECT] Choose a new password for PROTECT"
    assert "Hello from" not in message.body
    assert "https://protect.example/en/accounts/password/reset/key/" in message.body
    assert "evil.example" not in message.body


def test_a_member_who_chose_discreet_e_mails_gets_a_neutral_subject(client, django_capture_on_commit_callbacks):
    user = UserFactory(email="quiet@example.org")
    Profile.objects.update_or_create(user=user, defaults={"discreet_emails": True})
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/password/reset/", {"email": user.email})
    message = mail.outbox[-1]
    assert message.subject == "Your account"
    assert "PROTECT" not in message.body


def test_the_german_sign_in_page_is_in_german(client):
    html = client.get("/de/accounts/login/").content.decode()
    assert "Auf diesem Gerät angemeldet bleiben" in html

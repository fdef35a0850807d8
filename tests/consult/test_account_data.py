"""My data: the export holds all of mine and nothing of others; deletion
erases the person everywhere and keeps their content as a "former member's"."""

import json
import pickle
import re

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.cache import cache
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from consult.members import account_data, services
from consult.models import AuditLogEntry, CountryRole, Profile, User
from consult.notifications import notify_user
from consult.sanitising import FORUM_POST, render_markdown
from forums.fragments import FRAGMENTS_VERSION
from forums.models import Post
from tests.consult.conftest import PASSWORD, sign_in
from tests.consult.factories import ProfileFactory, add_totp, member, staff, totp_code
from tests.forums.factories import PostFactory, ThreadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def amal(django_capture_on_commit_callbacks):
    """A member with a trail in many tables: two addresses, TOTP, sign-ins
    and a failed one, decisions about her, an e-mail sent, an admin edit."""
    profile = ProfileFactory(
        user__email="amal.k@clinic.example",
        display_name="Amal Karimi",
        organisation="Rotterdam Central Clinic",
        show_organisation=True,
        sector="medical",
        countries=["NL", "BE"],
        job_role="Forensic nurse",
        motivation="Ik werk met overlevers in Rotterdam-Zuid sinds 2019.",
        status=Profile.Status.PENDING,
        discreet_emails=False,
    )
    user = profile.user
    EmailAddress.objects.create(user=user, email="amal.private@mailbox.example", verified=True, primary=False)
    secret = add_totp(user)
    moderator = staff(CountryRole.Role.MODERATOR, "NL", display_name="Moderator Marit")
    with django_capture_on_commit_callbacks(execute=True):
        services.approve_member(profile, moderator=moderator, reason="Called Amal Karimi at the clinic to confirm.")
        notify_user(user, "welcome")
    client = Client()
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    client.post("/en/accounts/logout/")
    client.post("/en/accounts/login/", {"login": user.email, "password": "wrong password"})
    LogEntry.objects.log_actions(
        user_id=moderator.pk, queryset=[user], action_flag=CHANGE, change_message="[]", single_object=True
    )
    user.refresh_from_db()
    return user


PERSONAL_VALUES = [
    "amal.k@clinic.example",
    "amal.private@mailbox.example",
    "Amal Karimi",
    "Rotterdam Central Clinic",
    "Forensic nurse",
    "Rotterdam-Zuid",
]


# --- Export ----------------------------------------------------------------------


def _export(client, user):
    sign_in(client, user)
    response = client.post("/en/account/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="protect-my-data-')
    return json.loads(response.content)


def test_the_export_contains_every_personal_field_of_the_profile_and_account(client, amal):
    data = _export(client, amal)
    profile = amal.profile
    personal_fields = [f.name for f in Profile._meta.concrete_fields if f.name not in ("id", "user")] + [
        f.name for f in Profile._meta.many_to_many
    ]
    assert set(personal_fields) <= set(data["profile"])
    assert data["profile"]["display_name"] == "Amal Karimi"
    assert data["profile"]["organisation"] == "Rotterdam Central Clinic"
    assert data["profile"]["job_role"] == "Forensic nurse"
    assert data["profile"]["motivation"] == profile.motivation
    assert sorted(data["profile"]["countries"]) == ["BE", "NL"]
    assert data["profile"]["sector"] == "medical"
    assert data["account"]["email"] == "amal.k@clinic.example"
    assert {a["email"] for a in data["account"]["email_addresses"]} == {
        "amal.k@clinic.example",
        "amal.private@mailbox.example",
    }
    assert data["account"]["date_joined"]
    assert data["consents"]["current"]["version"] == profile.consent_version
    assert [d["action"] for d in data["decisions_about_me"]] == ["member.approve"]
    assert data["decisions_about_me"][0]["reason"] == "Called Amal Karimi at the clinic to confirm."
    assert [a["type"] for a in data["two_factor_authentication"]] == ["totp"]
    assert {event["event"] for event in data["login_history"]} == {"sign-in", "failed sign-in"}


def test_the_export_holds_nothing_about_other_members(client, amal):
    other = member(display_name="Bram de Vries", organisation="Other Org")
    data = json.dumps(_export(client, amal))
    moderator = CountryRole.objects.get(role="moderator").user
    for value in (other.email, "Bram de Vries", "Other Org", moderator.email, "Moderator Marit"):
        assert value not in data
    assert "secret" not in data  # no TOTP secret either


def test_another_app_adds_its_section_to_the_export_through_the_registry(client, amal):
    account_data.register_exporter("forum_posts", lambda user: [{"thread": 7, "body": "my post"}])
    try:
        data = _export(client, amal)
    finally:
        account_data._exporters.pop("forum_posts")
    assert data["forum_posts"] == [{"thread": 7, "body": "my post"}]


def test_the_export_asks_for_the_password_again_when_the_sign_in_is_old(client):
    user = member()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post("/en/account/export/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/reauthenticate/")


# --- Deletion ----------------------------------------------------------------------


def _text_hits(needles):
    """Every (table, column) whose stored text contains one of ``needles``,
    across every model of every installed app; and the number of tables walked."""
    hits = set()
    tables = 0
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        tables += 1
        for field in model._meta.concrete_fields:
            if isinstance(field, models.JSONField):
                for value in model._base_manager.values_list(field.attname, flat=True):
                    text = json.dumps(value, ensure_ascii=False).lower()
                    for needle in needles:
                        if needle.lower() in text:
                            hits.add((model._meta.db_table, field.column))
            elif isinstance(field, (models.CharField, models.TextField)):
                for needle in needles:
                    if model._base_manager.filter(**{f"{field.attname}__icontains": needle}).exists():
                        hits.add((model._meta.db_table, field.column))
    for session in Session.objects.all():
        text = json.dumps(session.get_decoded(), ensure_ascii=False).lower()
        if any(needle.lower() in text for needle in needles):
            hits.add(("django_session", "session_data (decoded)"))
    return hits, tables


def _delete_through_the_pages(client, user, django_capture_on_commit_callbacks):
    sign_in(client, user)
    assert client.get("/en/account/delete/").status_code == 200
    response = client.post("/en/account/delete/", {})
    assert "Tick the box" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/account/delete/", {"confirm": "on"})
    assert "Check your e-mail" in response.content.decode()
    link = re.search(r"https?://[^/\s]+(/\S+/delete/confirm/\S+/)", mail.outbox[-1].body).group(1)
    assert client.get(link).status_code == 200
    return link


def test_deletion_leaves_no_personal_data_in_any_table(client, amal, django_capture_on_commit_callbacks):
    before, tables = _text_hits(PERSONAL_VALUES)
    # the walk finds the person where they are stored, so its silence later means something
    assert {
        ("consult_user", "email"),
        ("consult_profile", "display_name"),
        ("consult_profile", "organisation"),
        ("consult_profile", "job_role"),
        ("consult_profile", "motivation"),
        ("account_emailaddress", "email"),
        ("axes_accesslog", "username"),
        ("axes_accessfailurelog", "username"),
        ("axes_accessattempt", "username"),
        ("consult_auditlogentry", "reason"),
        ("django_admin_log", "object_repr"),
    } <= before
    assert tables > 80

    link = _delete_through_the_pages(client, amal, django_capture_on_commit_callbacks)
    response = client.post(link)

    assert response.status_code == 302
    assert response["Location"] == "/en/account/deleted/"
    after, _ = _text_hits(PERSONAL_VALUES)
    assert after == set()
    assert "_auth_user_id" not in client.session


def test_after_deletion_content_stays_attributed_to_a_former_member_with_sector_and_countries(
    client, amal, django_capture_on_commit_callbacks
):
    written = (
        AuditLogEntry.objects.get(action="member.apply")
        if AuditLogEntry.objects.filter(action="member.apply").exists()
        else AuditLogEntry.objects.create(actor=amal, action="post.create", target_repr="Post #1")
    )
    client.post(_delete_through_the_pages(client, amal, django_capture_on_commit_callbacks))

    written.refresh_from_db()
    author = written.actor
    assert author.pk == amal.pk  # what the member wrote still points at the account row
    assert author.profile.public_name == "former member"
    assert author.profile.sector == "medical"
    assert sorted(c.code for c in author.profile.countries.all()) == ["BE", "NL"]
    assert author.profile.status == Profile.Status.DELETED
    assert not author.is_active
    assert not author.has_usable_password()
    assert not EmailAddress.objects.filter(user=author).exists()
    assert AuditLogEntry.objects.filter(action="account.delete", target_id=str(author.profile.pk)).exists()


def test_a_deleted_accounts_old_session_is_signed_out_with_a_message(client, amal, django_capture_on_commit_callbacks):
    elsewhere = sign_in(Client(), amal)
    assert elsewhere.get("/en/account/").status_code == 200
    client.post(_delete_through_the_pages(client, amal, django_capture_on_commit_callbacks))

    response = elsewhere.get("/en/members/", follow=True)

    assert response.redirect_chain[0][1] == 302
    assert "/en/accounts/login/" in response.redirect_chain[0][0]
    assert "this account no longer exists or is not active" in response.content.decode()
    assert "_auth_user_id" not in elsewhere.session


def test_a_deleted_account_cannot_sign_in_again(client, amal, django_capture_on_commit_callbacks):
    client.post(_delete_through_the_pages(client, amal, django_capture_on_commit_callbacks))
    response = Client().post("/en/accounts/login/", {"login": "amal.k@clinic.example", "password": PASSWORD})
    assert response.status_code == 200
    assert User.objects.filter(email="amal.k@clinic.example").count() == 0


def test_a_deletion_link_used_again_deletes_nothing_more(client, amal, django_capture_on_commit_callbacks):
    link = _delete_through_the_pages(client, amal, django_capture_on_commit_callbacks)
    client.post(link)
    response = client.post(link)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert AuditLogEntry.objects.filter(action="account.delete").count() == 1


def test_an_expired_deletion_link_is_refused_and_nothing_is_deleted(
    client, amal, settings, django_capture_on_commit_callbacks
):
    link = _delete_through_the_pages(client, amal, django_capture_on_commit_callbacks)
    Profile.objects.filter(user=amal).update(
        deletion_requested_at=timezone.now() - timezone.timedelta(hours=settings.ACCOUNT_DELETION_LINK_HOURS + 1)
    )
    response = client.post(link)
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    amal.refresh_from_db()
    assert amal.is_active
    assert amal.profile.display_name == "Amal Karimi"


def test_a_newer_deletion_request_makes_the_older_link_invalid(client, amal, django_capture_on_commit_callbacks):
    old_link = _delete_through_the_pages(client, amal, django_capture_on_commit_callbacks)
    Profile.objects.filter(user=amal).update(deletion_requested_at=timezone.now() - timezone.timedelta(minutes=5))
    _delete_through_the_pages(client, amal, django_capture_on_commit_callbacks)
    assert client.post(old_link).status_code == 400
    assert User.objects.get(pk=amal.pk).is_active


def test_a_deletion_link_does_not_work_for_another_signed_in_account(client, amal, django_capture_on_commit_callbacks):
    link = _delete_through_the_pages(client, amal, django_capture_on_commit_callbacks)
    other = member()
    sign_in(client, other)
    assert client.post(link).status_code == 400
    assert User.objects.get(pk=other.pk).is_active
    assert User.objects.get(pk=amal.pk).is_active


def test_deletion_asks_for_the_password_again_when_the_sign_in_is_old(client):
    user = member()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post("/en/account/delete/", {"confirm": "on"})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    assert Profile.objects.get(user=user).deletion_requested_at is None


def test_another_app_erases_its_personal_data_through_the_registry(client, amal, django_capture_on_commit_callbacks):
    erased = []
    eraser = erased.append
    account_data.register_eraser(eraser)
    try:
        client.post(_delete_through_the_pages(client, amal, django_capture_on_commit_callbacks))
    finally:
        account_data._erasers.remove(eraser)
    assert [user.pk for user in erased] == [amal.pk]


def test_admin_log_rows_about_the_account_are_relabelled(client, amal, django_capture_on_commit_callbacks):
    client.post(_delete_through_the_pages(client, amal, django_capture_on_commit_callbacks))
    row = LogEntry.objects.get(content_type=ContentType.objects.get_for_model(User), object_id=str(amal.pk))
    assert row.object_repr == f"user #{amal.pk}"


def _cached_texts(prefix):
    """Every value in the (local-memory) cache under keys holding ``prefix``, as text."""
    texts = []
    for key, value in cache._cache.items():
        if prefix not in key:
            continue
        try:
            texts.append(repr(pickle.loads(value)))  # noqa: S301 (the test's own cache)
        except Exception:
            texts.append(repr(value))
    return texts


def test_deletion_leaves_the_name_in_no_quote_thread_page_search_result_or_cached_fragment(
    client, amal, django_capture_on_commit_callbacks
):
    cache.clear()
    thread = ThreadFactory(author=amal, title="Night shelters")
    quoted = PostFactory(thread=thread, author=amal, is_opening=True, body_markdown="Walk-ins after 22:00 work.")
    reader = sign_in(Client(), member(display_name="Quoting Quinten"))
    form = reader.get(thread.get_absolute_url(), {"quote": quoted.pk}).content.decode()
    # the reply form carries the quoted post (a hidden field), put above the reply when sent
    quote = re.search(r'<input type="hidden" name="quote" value="(\d+)"', form).group(1)
    sent = reader.post(thread.get_absolute_url(), {"body": "Same here.", "quote": quote, "reply_to": quoted.pk})
    assert sent.status_code == 302
    quoting = Post.objects.latest("pk")
    # a quote written the old way, with the name copied into the text
    legacy_text = "> **Amal Karimi:**\n> Walk-ins after 22:00 work.\n\nAnd in Utrecht."
    legacy = PostFactory(
        thread=thread,
        author=member(),
        reply_to=quoted,
        body_markdown=legacy_text,
        body_html=render_markdown(legacy_text, FORUM_POST),
    )
    page = reader.get(thread.get_absolute_url()).content.decode()
    assert page.count("Amal Karimi") >= 3  # author line, the quote, the old quote: the name is where we look
    assert f"/{legacy.pk}/" in reader.get(reverse("forums:search"), {"q": "Karimi"}).content.decode()

    link = _delete_through_the_pages(client, amal, django_capture_on_commit_callbacks)
    client.post(link)

    hits, _tables = _text_hits(PERSONAL_VALUES)
    assert hits == set()
    page = reader.get(thread.get_absolute_url()).content.decode()
    for needle in PERSONAL_VALUES:
        assert needle not in page
    for post in (quoting, legacy):
        article = re.search(rf'<article[^>]*id="post-{post.pk}".*?</article>', page, re.S).group(0)
        assert '<strong class="quote__author">former member:</strong>' in article
    for words in ("Karimi", "Amal", "amal.k@clinic"):
        results = reader.get(reverse("forums:search"), {"q": words}).content.decode()
        assert "No post matches." in results, words
    results = reader.get(reverse("forums:search"), {"q": "Walk-ins"}).content.decode()
    assert f"/{legacy.pk}/" in results  # the reader's own reply waits for a moderator (first posts)
    assert "former member: <mark>Walk-ins</mark>" in results
    # the fragments served now (made under the current version); those made
    # before the erasure are never served again and expire
    version = FRAGMENTS_VERSION.current()
    cached = _cached_texts(f"forums:post:{version}:")
    assert cached
    for needle in PERSONAL_VALUES:
        assert not any(needle.lower() in text.lower() for text in cached), needle

"""`manage.py seed` builds the platform's base data and is idempotent."""

import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from consult.models import Country, User
from home.models import CountryPage, HomePage

pytestmark = pytest.mark.django_db


def _row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_seed_creates_the_12_countries_with_their_languages_and_a_page_each():
    call_command("seed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Country.objects.count() == 12
    assert Country.objects.get(code="BE").languages == ["nl", "fr", "de"]
    assert Country.objects.get(code="MT").languages == ["mt", "en"]
    assert set(Country.objects.values_list("emergency_number", flat=True)) == {"112"}
    english = CountryPage.objects.live().filter(locale__language_code="en")
    assert english.count() == 12
    for page in english:
        translations = set(page.get_translations().live().values_list("locale__language_code", flat=True))
        official = set(page.country.languages) - {"en"}
        assert official | {"ar", "fa"} <= translations, page.country.code
    assert HomePage.objects.count() == 16  # one per site language


def test_seed_run_twice_changes_no_row_count():
    call_command("seed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = _row_counts()
    call_command("seed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _row_counts() == first


def test_demo_accounts_cannot_log_in_until_a_development_run_gives_them_passwords():
    call_command("seed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    demo = User.objects.filter(email__endswith="@demo.protect.example")
    assert demo.count() == 7 + 3  # and the offices of the three seeded country variants (recommendations.demo)
    assert not any(user.has_usable_password() for user in demo)


def test_the_nl_lead_finds_the_staff_page_waiting_on_the_dashboard_and_approving_publishes_it(client):
    from home.demo import WAITING_PAGE_TITLE
    from home.models import StandardPage
    from tests.consult.factories import add_totp

    call_command("seed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page = StandardPage.objects.get(title=WAITING_PAGE_TITLE)
    assert not page.live  # waits for the lead
    assert page.get_parent().specific.country.code == "NL"
    lead = User.objects.get(email="lead.nl@demo.protect.example")
    add_totp(lead)
    client.force_login(lead)
    dashboard = client.get("/admin/").content.decode()
    assert "Awaiting your review" in dashboard
    assert WAITING_PAGE_TITLE in dashboard
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": "Thanks"}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert not page.workflow_in_progress


def test_the_nl_lead_finds_the_staff_service_change_waiting_and_the_page_keeps_the_old_number_until_approved(client):
    from consult.models import SupportService
    from home.demo import WAITING_SERVICE_NAME, WAITING_SERVICE_PHONE
    from tests.consult.factories import add_totp

    call_command("seed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    service = SupportService.objects.get(country__code="NL", locale__language_code="en", name=WAITING_SERVICE_NAME)
    published_phone = service.phone
    assert published_phone != WAITING_SERVICE_PHONE
    for code in ("en", "nl", "ar", "fa"):
        assert WAITING_SERVICE_PHONE not in client.get(f"/{code}/countries/nl/").content.decode()
    # its translations, made through wagtail-localize, wait with it
    translated = SupportService.objects.filter(translation_key=service.translation_key).exclude(pk=service.pk)
    assert set(translated.values_list("locale__language_code", flat=True)) >= {"nl", "ar", "fa"}
    lead = User.objects.get(email="lead.nl@demo.protect.example")
    add_totp(lead)
    client.force_login(lead)
    dashboard = client.get("/admin/").content.decode()
    assert WAITING_SERVICE_NAME in dashboard
    task_state = service.current_workflow_task_state
    response = client.post(
        reverse("wagtailsnippets_consult_supportservice:workflow_action", args=[service.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    client.logout()
    for code in ("en", "nl", "ar", "fa"):
        assert WAITING_SERVICE_PHONE in client.get(f"/{code}/countries/nl/").content.decode(), code
    assert set(translated.values_list("phone", flat=True)) == {WAITING_SERVICE_PHONE}


def test_every_account_the_variants_demo_uses_signs_in_and_is_printed_by_make_run(client, settings):
    from allauth.account.models import EmailAddress

    from consult.models import CountryRole
    from recommendations.drafting.variants.demo import OFFICES
    from recommendations.models import CountryVariant

    call_command("seed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.DEBUG = True
    printed = io.StringIO()
    call_command("demo_logins", stdout=printed)
    lines = [line.split() for line in printed.getvalue().splitlines() if "@" in line]
    passwords = {words[-2]: words[-1] for words in lines}
    for code, email, _language in OFFICES:
        user = User.objects.get(email=email)
        variant = CountryVariant.objects.get(country__code=code)
        assert variant.created_by == user  # the account the demo's variant was made with
        assert EmailAddress.objects.filter(user=user, email=email, verified=True, primary=True).exists()
        assert CountryRole.objects.filter(user=user, role="country_staff", country__code=code).exists()
        assert list(user.profile.countries.values_list("code", flat=True)) == [code]
        assert user.groups.filter(name__icontains=variant.country.name).exists()  # the office's Wagtail groups
        assert email in passwords, f"{email} is not printed by demo_logins"
        client.logout()
        response = client.post("/en/accounts/login/", {"login": email, "password": passwords[email]})
        assert response.status_code == 302, response.content.decode()[:500]
        assert client.session["_auth_user_id"] == str(user.pk)


def test_seed_has_fair_moderation_at_work_decisions_an_open_appeal_a_visitor_notice_and_a_content_warning():
    from consult.models import Appeal, ContentWarning, Notice, StatementOfReasons

    call_command("seed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert StatementOfReasons.objects.filter(decided_by__isnull=False).count() >= 2
    assert Appeal.objects.filter(state=Appeal.State.OPEN).count() == 1
    notice = Notice.objects.get()
    assert notice.reporter_kind == Notice.ReporterKind.VISITOR
    assert notice.state == Notice.State.OPEN
    assert notice.country.code == "NL"
    warning = ContentWarning.objects.get()
    assert warning.kind == ContentWarning.Kind.SEXUAL_VIOLENCE
    assert warning.content_object.thread.title == "Interpreters for the first reception interview"
    # the post the guard held shows its author what was found, as a real one does
    from forums.models import Post

    held = Post.objects.get(body_markdown__contains="reach the coordinator directly")
    assert held.status == "pending"
    assert [finding["kind"] for finding in held.held_findings] == ["phone"]

"""`manage.py seed` builds the platform's base data and is idempotent."""

import pytest
from django.apps import apps
from django.core.management import call_command

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
    assert demo.count() == 6 + 3  # and the offices of the three seeded country variants (recommendations.demo)
    assert not any(user.has_usable_password() for user in demo)


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

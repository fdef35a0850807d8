"""The transparency report, the notice form and its confirmation read in
every language of the site: no English string left on /ar/ or /nl/..."""

from datetime import date

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext

from consult.models import Country, Notice, SupportService, TransparencyReport
from consult.moderation import notices

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _strings_shown(html, msgids, language):
    """Each English string is translated, and the page shows the translation, not the English."""
    with translation.override(language):
        translated = {msgid: gettext(msgid) for msgid in msgids}
    untranslated = [msgid for msgid, text in translated.items() if text == msgid]
    missing = [text for text in translated.values() if text not in html and capfirst(text) not in html]
    return untranslated, missing


def test_there_are_fifteen_other_languages():
    assert len(LANGUAGES) == 15


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_transparency_report_is_translated(client, language):
    section = {
        "notices": {
            "total": 22,
            "by_reason": {"abusive": 10, "spam": 12},
            "by_reporter": {"member": 9, "visitor": 7, "staff": 6},
        },
        "actions": {
            "total": 1,
            "by_restriction": {"content_hidden": 1},
            "by_ground": {"flags": 1},
            "automatic": 1,
            "by_moderator": 0,
        },
        "guard": {"held": 0, "released_unchanged": 0, "hidden": 0},
        "time_to_decision": {
            "review": {"decisions": 2, "median_hours": 1.0, "p90_hours": 2.0},
            "appeals": {"decisions": 0, "median_hours": None, "p90_hours": None},
        },
        "appeals": {"received": 0, "decided": 0, "reversed": 0, "upheld": 0},
        "report_appeals": {"received": 0, "decided": 0, "reversed": 0, "upheld": 0},
        "notice_appeals": {"received": 0, "decided": 0, "reversed": 0, "upheld": 0},
        "accounts_suspended": 0,
    }
    TransparencyReport.objects.create(
        period_start=date(2026, 1, 1), period_end=date(2026, 6, 30), figures={"total": section, "countries": {}}
    )
    html = client.get(f"/{language}/transparency/?start=2026-01-01&end=2026-06-30").content.decode()
    msgids = [
        "Transparency report",
        "Notices received",
        "from visitors",
        "from staff",
        "from members",
        "not shown",
        "not shown (too few decisions)",
        "Choose a period",
        "All countries",
        "Appeals of actions taken",
        "Appeals of dismissed reports from members",
        "Appeals of dismissed notices from the public",
    ]
    untranslated, missing = _strings_shown(html, msgids, language)
    assert untranslated == []
    assert missing == []
    for english in ["From visitors", "From staff", "Not shown", "Notices received"]:
        assert f">{english}<" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_notice_form_and_its_confirmation_are_translated(client, language):
    service = SupportService.objects.create(
        country=Country.objects.get(code="NL"), name="Centrum Seksueel Geweld", kind="sexual_assault_centre"
    )
    about = notices.reference_of(service)
    with translation.override(language):
        form_url, post_url = reverse("notices:new") + f"?about={about}", reverse("notices:new")
    form = client.get(form_url).content.decode()
    untranslated, missing = _strings_shown(
        form,
        [
            "Report content",
            "Why should it not be here?",
            "it shows personal data of a survivor",
            "wrong or dangerous information about a service",
            "Your e-mail address (optional)",
            "Send the notice",
        ],
        language,
    )
    assert (untranslated, missing) == ([], [])
    confirmation = client.post(
        post_url, {"about": about, "reason": "illegal", "reporter_email": "r@example.org"}, follow=True
    ).content.decode()
    assert Notice.objects.get().language == language
    untranslated, missing = _strings_shown(
        confirmation,
        [
            "Your notice",
            "Thank you: your notice is received. A moderator of the country will read it.",
            "Keep the address of this page to read the decision (it is yours alone).",
            "We have sent you a receipt by e-mail and will also e-mail you when it is decided.",
            "it is illegal content",
            "waiting for a moderator",
        ],
        language,
    )
    assert (untranslated, missing) == ([], [])

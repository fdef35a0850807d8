"""The header and the account page show each role the tools it may use, and
nothing it may not."""

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from consult.models import Country, CountryRole, Profile, ReviewItem
from consult.moderation import services as moderation
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, member, staff
from tests.moderation_app.models import Note

pytestmark = pytest.mark.django_db

TOOLS = {
    "review": '/en/moderation/"',
    "applications": "/en/moderation/applications/",
    "editor": "Editor tools",
    "cms": 'href="/admin/"',
    "mine": "/en/moderation/mine/",
    "national versions": "/en/recommendations/variants/new/",
}
SEES = {
    "member": {"mine"},
    "moderator": {"mine", "review", "applications"},
    "editor": {"mine", "editor"},
    "office staff": {"mine", "cms", "national versions"},
    "office lead": {"mine", "cms", "national versions"},
    "administrator": {"mine", "review", "applications", "editor", "cms"},
}


def _user(role):
    return {
        "member": lambda: member(),
        "moderator": lambda: staff(CountryRole.Role.MODERATOR, "NL"),
        "editor": lambda: staff(CountryRole.Role.EDITOR, "NL"),
        "office staff": lambda: staff(CountryRole.Role.COUNTRY_STAFF, "NL"),
        "office lead": lambda: staff(CountryRole.Role.COUNTRY_LEAD, "NL"),
        "administrator": lambda: administrator(),
    }[role]()


@pytest.mark.parametrize("role", SEES)
@pytest.mark.parametrize("url", ["/en/forums/", "/en/account/"])
def test_each_role_sees_its_tools_and_no_other(client, role, url):
    sign_in(client, _user(role))
    html = client.get(url).content.decode()
    shown = {tool for tool, marker in TOOLS.items() if marker in html}
    assert shown == SEES[role]
    assert "Apply to join" not in html


def test_a_visitor_sees_sign_in_and_apply_and_no_tools(client):
    html = client.get("/en/forums/").content.decode()
    assert "Apply to join" in html
    assert not any(marker in html for marker in TOOLS.values())


def test_a_pending_applicant_sees_where_the_application_stands_and_never_apply_to_join(client):
    sign_in(client, member(status=Profile.Status.PENDING))
    html = client.get("/en/recommendations/").content.decode()
    assert "Your application is waiting for a moderator." in html
    assert "Apply to join" not in html
    assert TOOLS["mine"] not in html


def test_a_pending_applicant_sees_where_the_application_stands_on_every_kind_of_page(client):
    from tests.conftest import seed_site

    seed_site(translations=False)
    visitor = Client()
    for url in ("/en/", "/en/countries/nl/"):  # a visitor's page first fills the caches
        assert "Apply to join" in visitor.get(url, follow=True).content.decode()
    sign_in(client, member(status=Profile.Status.PENDING))
    assert "See where your application stands" in client.get("/en/").content.decode()
    # the forums are for approved members: their page says why, with the same status line
    expected = {
        "/en/": 200,
        "/en/countries/nl/": 200,
        "/en/forums/": 403,
        "/en/recommendations/": 200,
        "/en/account/": 200,
    }
    for url, status in expected.items():
        response = client.get(url, follow=True)
        html = response.content.decode()
        assert response.status_code == status, url
        assert 'class="application-status"' in html, url
        assert "Apply to join" not in html, url


def test_the_moderators_header_counts_the_items_waiting_in_their_countries(client):
    for code in ("NL", "NL", "BE"):
        author = member(countries=(code,))
        note = Note.objects.create(author=author, country=Country.objects.get(code=code), text="x")
        moderation.hold_for_review(note, reason=ReviewItem.Reason.FIRST_POSTS)
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    html = client.get("/en/forums/").content.decode()
    assert 'data-review-count="2"' in html


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES if code != "en"])
def test_the_moderators_review_count_says_it_includes_open_notices_in_every_language(client, language):
    nl = Country.objects.get(code="NL")
    note = Note.objects.create(author=member(countries=("NL",)), country=nl, text="x")
    moderation.hold_for_review(note, reason=ReviewItem.Reason.FIRST_POSTS)  # a count, so the menu button shows it
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    html = client.get(f"/{language}/forums/").content.decode()
    for english in ("items and open notices waiting in your countries:", "Review queue and open notices:"):
        with translation.override(language):
            label = gettext(english)
        assert label != english, language  # translated
        assert escape(label) in html


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_visitor_reaches_the_transparency_report_from_the_footer_of_the_home_page(client, language):
    home = client.get(f"/{language}/", follow=True).content.decode()
    assert f'href="/{language}/transparency/"' in home
    assert client.get(f"/{language}/transparency/").status_code in (200, 202)  # 202: the report is being built


def test_a_moderator_reaches_the_audit_log_from_the_review_queue_and_a_member_is_never_offered_it(client):
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    queue = client.get("/en/moderation/").content.decode()
    assert 'href="/en/moderation/audit-log/">Audit log</a>' in queue
    assert client.get("/en/moderation/audit-log/").status_code == 200
    other = Client()
    sign_in(other, member())
    assert "/en/moderation/audit-log/" not in other.get("/en/account/", follow=True).content.decode()


def test_the_moderators_header_counts_notices_applications_and_the_appeals_they_may_decide(
    client, django_assert_num_queries
):
    from consult.models import Appeal, Flag, StatementOfReasons, SupportService
    from consult.moderation import appeals, notices, queue_counts
    from tests.consult.factories import ProfileFactory

    nl = Country.objects.get(code="NL")
    me, other = staff(CountryRole.Role.MODERATOR, "NL"), staff(CountryRole.Role.MODERATOR, "NL")
    author = member(countries=("NL",))
    moderation.hold_for_review(Note.objects.create(author=author, country=nl, text="x"), reason="first_posts")
    service = SupportService.objects.create(country=nl, name="Centrum Seksueel Geweld", kind="sexual_assault_centre")
    notices.send_notice(notices.reference_of(service), reason="wrong_information", address="a")
    ProfileFactory(status=Profile.Status.PENDING, countries=["NL", "BE"])
    ProfileFactory(status=Profile.Status.PENDING, countries=["BE"])
    for decider in (me, other):  # an appeal of my own decision is not mine to decide
        note = Note.objects.create(author=author, country=nl, text="y")
        item = moderation.hold_for_review(note, reason="flags")
        moderation.hide(item, moderator=decider, reason="It names a family.")
        statement = StatementOfReasons.objects.get(object_id=note.pk, restriction="content_hidden")
        appeals.file_appeal(statement, user=author, text="It names no one.")
    assert Flag.objects.count() == 0

    sign_in(client, me)
    html = client.get("/en/forums/").content.decode()
    assert 'data-review-count="2"' in html  # the held note and the open notice
    assert "items and open notices waiting in your countries:" in html  # the label says the notice is counted
    assert "Review queue and open notices:" in html  # also the badge on the menu button, for screen readers
    assert 'data-application-count="1"' in html
    assert 'data-appeal-count="1"' in html
    assert "for you to decide:" in html

    with django_assert_num_queries(0):  # warm: the header's counts cost no query
        assert queue_counts.work_for(me.pk, {nl.pk}) == (2, 1, 1)
    assert queue_counts.work_for(other.pk, {nl.pk})[2] == 1
    mine = Appeal.objects.get(statement__decided_by=other)
    appeals.decide_appeal(mine, moderator=me, outcome="upheld", reasons="It names the family.")
    assert 'data-appeal-count="0"' in client.get("/en/forums/").content.decode()

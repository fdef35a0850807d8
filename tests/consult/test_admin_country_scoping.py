"""The Wagtail admin keeps each country office in its own country, tried the
way staff of a second office would try it: the Netherlands office (NL)
against Belgium's (BE) objects, through every kind of admin view.

The rule is the permission policy of each model (consult/permission_policies.py);
tests/security/test_route_matrix.py calls every route with every object.
"""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry

from consult.country_offices import sync_groups_with_roles
from consult.models import (
    Ambassador,
    AmbassadorRequest,
    AuditLogEntry,
    Country,
    CountryDataLogEntry,
    CountryDocument,
    CountryRole,
    SupportService,
    User,
)
from home.models import CountryPage, StandardPage
from tests.consult.factories import add_totp, administrator, member, staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def nl():
    return Country.objects.get(code="NL")


@pytest.fixture
def be():
    return Country.objects.get(code="BE")


def office_member(role, code):
    """A member holding an office role, in its Wagtail group as the seed puts them."""
    user = staff(role, code)
    sync_groups_with_roles(user)
    return user


@pytest.fixture
def nl_staff(client):
    user = office_member(CountryRole.Role.COUNTRY_STAFF, "NL")
    client.force_login(user)
    return user


def service_of(country, name, live=True):
    return SupportService.objects.create(
        country=country, locale=Locale.get_default(), name=name, kind="helpline", city=f"{country.code} city", live=live
    )


def test_nl_staff_cannot_bulk_delete_a_be_service_the_row_still_exists_afterwards(client, nl_staff, be):
    service = service_of(be, "Belgian helpline")
    url = f"/admin/bulk/consult/supportservice/delete/?id={service.pk}"
    confirmation = client.get(url)
    deletion = client.post(url)
    assert confirmation.status_code == 404
    assert b"Belgian helpline" not in confirmation.content
    assert deletion.status_code == 404
    assert SupportService.objects.filter(pk=service.pk).exists()


def test_a_bulk_delete_of_nl_and_be_services_deletes_and_names_only_the_nl_one(client, nl_staff, nl, be):
    # staff delete only a draft never published (tests/consult/test_service_versions.py)
    ours, theirs = service_of(nl, "Dutch helpline", live=False), service_of(be, "Belgian helpline", live=False)
    url = f"/admin/bulk/consult/supportservice/delete/?id={ours.pk}&id={theirs.pk}"
    confirmation = client.get(url)
    assert b"Dutch helpline" in confirmation.content
    assert b"Belgian helpline" not in confirmation.content
    client.post(url)
    assert not SupportService.objects.filter(pk=ours.pk).exists()
    assert SupportService.objects.filter(pk=theirs.pk).exists()


def test_nl_staff_cannot_bulk_delete_a_be_ambassador(client, nl_staff, be):
    ambassador = Ambassador.objects.create(country=be, locale=Locale.get_default(), display_name="Hanna")
    client.post(f"/admin/bulk/consult/ambassador/delete/?id={ambassador.pk}")
    assert Ambassador.objects.filter(pk=ambassador.pk).exists()


def test_nl_staff_cannot_bulk_delete_a_be_document(client, nl_staff, be):
    document = CountryDocument.objects.create(
        title="Belgian leaflet", file=ContentFile(b"%PDF-1.4", name="be.pdf"), collection=be.collection
    )
    url = f"/admin/bulk/consult/countrydocument/delete/?id={document.pk}"
    assert b"Belgian leaflet" not in client.get(url).content
    client.post(url)
    assert CountryDocument.objects.filter(pk=document.pk).exists()


def test_the_service_chooser_lists_and_searches_only_the_offices_own_services(client, nl_staff, nl, be):
    service_of(nl, "Dutch helpline")
    service_of(be, "Belgian helpline")
    listing = client.get("/admin/snippets/choose/consult/supportservice/")
    search = client.get("/admin/snippets/choose/consult/supportservice/results/?q=helpline")
    for response in (listing, search):
        assert response.status_code == 200
        assert "Dutch helpline" in response.content.decode()
        assert "Belgian helpline" not in response.content.decode()


def test_the_service_chooser_does_not_return_a_be_service_by_its_id(client, nl_staff, be):
    service = service_of(be, "Belgian helpline")
    response = client.get(f"/admin/snippets/choose/consult/supportservice/chosen/{service.pk}/")
    assert response.status_code == 404


def test_nl_staff_cannot_copy_a_be_service(client, nl_staff, be):
    service = service_of(be, "Belgian helpline")
    before = SupportService.objects.count()
    response = client.get(f"/admin/snippets/consult/supportservice/copy/{service.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    client.post(f"/admin/snippets/consult/supportservice/copy/{service.pk}/", {"name": "Copied", "country": be.pk})
    assert SupportService.objects.count() == before


def test_nl_staff_cannot_read_the_history_of_a_be_ambassador_request(client, nl_staff, be):
    request = AmbassadorRequest.objects.create(
        country=be,
        organisation="Belgian community",
        languages_needed="Somali",
        region="Ghent",
        contact_channel="phone",
        contact_details="000",
        consent_to_contact=True,
    )
    response = client.get(f"/admin/ambassador_requests/history/{request.pk}/")
    assert response.status_code == 302
    assert b"Belgian community" not in response.content


@pytest.mark.parametrize("prefix", ["snippets/consult/supportservice", "snippets/consult/ambassador"])
@pytest.mark.parametrize("page", ["history", "usage"])
def test_the_history_and_usage_pages_of_every_country_snippet_answer(client, nl, prefix, page):
    service = service_of(nl, "Dutch helpline")
    ambassador = Ambassador.objects.create(country=nl, locale=Locale.get_default(), display_name="Noor")
    obj = service if "supportservice" in prefix else ambassador
    for user in (administrator(), office_member(CountryRole.Role.COUNTRY_STAFF, "NL")):
        client.force_login(user)
        assert client.get(f"/admin/{prefix}/{page}/{obj.pk}/").status_code == 200


def test_the_history_of_an_ambassador_request_and_the_film_history_and_usage_answer_for_the_administrator(client, nl):
    from consult.models import Film

    request = AmbassadorRequest.objects.create(
        country=nl,
        organisation="Dutch community",
        languages_needed="Tigrinya",
        region="Utrecht",
        contact_channel="email",
        contact_details="a@example.org",
        consent_to_contact=True,
    )
    film = Film.objects.create(title="The film")
    client.force_login(administrator())
    for url in (
        f"/admin/ambassador_requests/history/{request.pk}/",
        f"/admin/snippets/consult/film/history/{film.pk}/",
        f"/admin/snippets/consult/film/usage/{film.pk}/",
    ):
        assert client.get(url).status_code == 200, url


def test_the_service_list_search_answers_on_sqlite_and_finds_by_name_and_city(client, nl_staff, nl, be):
    service_of(nl, "Dutch helpline")
    service_of(be, "Belgian helpline")
    by_name = client.get("/admin/snippets/consult/supportservice/?q=Dutch")
    by_city = client.get("/admin/snippets/consult/supportservice/?q=NL%20city")
    assert by_name.status_code == by_city.status_code == 200
    assert [s.name for s in by_name.context["object_list"]] == ["Dutch helpline"]
    assert [s.name for s in by_city.context["object_list"]] == ["Dutch helpline"]


def test_the_site_history_report_shows_an_office_only_its_own_countrys_objects(client, nl_staff, nl, be):
    be_staff = office_member(CountryRole.Role.COUNTRY_STAFF, "BE")
    ours, theirs = service_of(nl, "Dutch helpline"), service_of(be, "Belgian helpline")
    CountryDataLogEntry.objects.log_action(ours, "wagtail.edit", user=nl_staff)
    CountryDataLogEntry.objects.log_action(theirs, "wagtail.edit", user=be_staff)
    theirs.delete()  # gone, its history stays Belgian
    html = client.get("/admin/reports/site-history/").content.decode()
    assert "Dutch helpline" in html
    assert "Belgian helpline" not in html


def test_editing_a_service_in_the_admin_writes_its_history_with_its_country(client, nl_staff, nl):
    service = service_of(nl, "Dutch helpline")
    data = {
        "country": nl.pk,
        "name": "Dutch helpline (checked)",
        "kind": "helpline",
        "languages": ["nl", "en"],
        "sort_order": 100,
        "description": "",
        "phone": "",
        "website": "",
        "address": "",
        "city": "",
    }
    response = client.post(f"/admin/snippets/consult/supportservice/edit/{service.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    entry = CountryDataLogEntry.objects.for_instance(service).get(action="wagtail.edit")
    assert entry.country_id == nl.pk


def test_wagtail_localize_lists_only_the_offices_own_service_titles(client, nl_staff, nl, be):
    service_of(nl, "Dutch helpline")
    service_of(be, "Belgian helpline")
    titles = [row["title"] for row in client.get("/admin/localize/api/snippets/consult/supportservice/").json()]
    assert any("Dutch helpline" in title for title in titles)
    assert not any("Belgian helpline" in title for title in titles)


def test_the_admin_api_lists_no_be_document_to_nl_staff(client, nl_staff, nl, be):
    for country in (nl, be):
        CountryDocument.objects.create(
            title=f"Leaflet {country.code}", file=ContentFile(b"%PDF-1.4", name="l.pdf"), collection=country.collection
        )
    titles = {item["title"] for item in client.get("/admin/api/main/documents/").json()["items"]}
    assert "Leaflet NL" in titles
    assert "Leaflet BE" not in titles
    theirs = CountryDocument.objects.get(title="Leaflet BE")
    assert client.get(f"/admin/api/main/documents/{theirs.pk}/").status_code == 404


def _draft_under(country, title):
    parent = CountryPage.objects.get(country=country, locale=Locale.get_default())
    return parent.add_child(instance=StandardPage(title=title, slug="draft", live=False, body="<p>Draft</p>"))


def test_the_page_chooser_does_not_show_a_be_draft_page(client, nl_staff, be):
    draft = _draft_under(be, "Belgian unpublished page")
    parent = draft.get_parent()
    assert "Belgian unpublished page" not in client.get(f"/admin/choose-page/{parent.pk}/").content.decode()
    assert "Belgian unpublished page" not in client.get("/admin/choose-page/search/?q=Belgian").content.decode()
    assert client.get(f"/admin/choose-page/{draft.pk}/").status_code == 404


def test_nl_staff_explore_from_the_site_root_down_to_their_country_page_and_its_pages(client, nl_staff, nl):
    """What the tester met: Pages → the site's root → a 404 for everyone, the
    explorer's own view received the page id where it expects a keyword."""
    country_page = CountryPage.objects.get(country=nl, locale=Locale.get_default())
    _draft_under(nl, "Dutch page in progress")
    for page in country_page.get_ancestors().filter(depth__gt=1):
        response = client.get(f"/admin/pages/{page.pk}/")
        assert response.status_code == 200, page
    response = client.get(f"/admin/pages/{country_page.pk}/")
    assert response.status_code == 200
    assert "Dutch page in progress" in response.content.decode()
    results = client.get(f"/admin/pages/{country_page.pk}/results/")
    assert results.status_code == 200
    assert "Dutch page in progress" in results.content.decode()


def test_the_snippets_index_counts_only_the_services_of_the_office(client, nl_staff, nl, be):
    service_of(nl, "Dutch helpline")
    for number in range(3):
        service_of(be, f"Belgian helpline {number}")
    visible = policy_registry.get_by_type(SupportService).instances_user_has_any_permission_for(
        nl_staff, ["change", "view"]
    )
    response = client.get("/admin/snippets/")
    assert response.status_code == 200
    counts = {row["model"]: row["count"] for row in response.context["object_list"]}
    assert counts[SupportService] == visible.count() < SupportService.objects.count()


def test_the_administrator_explores_any_country_page(client, be):
    client.force_login(administrator())
    country_page = CountryPage.objects.get(country=be, locale=Locale.get_default())
    assert client.get(f"/admin/pages/{country_page.pk}/").status_code == 200


def test_nl_staff_cannot_open_a_be_page_in_the_explorer(client, nl_staff, be):
    draft = _draft_under(be, "Belgian unpublished page")
    response = client.get(f"/admin/pages/{draft.pk}/")
    assert response.status_code == 302
    assert client.get(f"/admin/pages/{draft.get_parent().pk}/").status_code == 302


def test_the_page_types_report_does_not_name_a_be_draft(client, nl_staff, be):
    _draft_under(be, "Belgian unpublished page")
    assert "Belgian unpublished page" not in client.get("/admin/reports/page-types-usage/").content.decode()


def test_the_policy_answers_per_object_and_for_a_list_with_one_rule(nl, be):
    ours, theirs = service_of(nl, "Dutch helpline"), service_of(be, "Belgian helpline")
    policy = policy_registry.get_by_type(SupportService)
    lead = office_member(CountryRole.Role.COUNTRY_LEAD, "NL")
    assert policy.user_has_permission_for_instance(lead, "delete", ours)
    assert not policy.user_has_permission_for_instance(lead, "delete", theirs)
    listed = set(policy.instances_user_has_permission_for(lead, "change"))
    assert ours in listed
    assert theirs not in listed
    assert not listed - set(SupportService.objects.filter(country=nl))
    assert set(policy.users_with_permission_for_instance("change", theirs)) & {lead} == set()
    assert policy.user_has_permission_for_instance(administrator(), "delete", theirs)


# --- The demo office, its lead, and roles and groups in step --------------------------


@pytest.fixture
def demo_accounts(site_tree):
    from consult.demo import seed_demo_accounts

    seed_demo_accounts()
    return {user.email.split("@")[0]: user for user in User.objects.filter(email__endswith="@demo.protect.example")}


def test_the_seeded_nl_staff_account_reaches_the_admin_and_edits_an_nl_service(client, demo_accounts, nl):
    demo_staff = demo_accounts["staff.nl"]
    add_totp(demo_staff)  # staff set up TOTP at their first sign-in
    client.force_login(demo_staff)
    assert client.get("/admin/").status_code == 200
    service = SupportService.objects.filter(country=nl).first()
    assert client.get(f"/admin/snippets/consult/supportservice/edit/{service.pk}/").status_code == 200
    listing = client.get("/admin/snippets/consult/supportservice/")
    assert {s.country.code for s in listing.context["object_list"]} == {"NL"}


def test_the_seeded_nl_lead_approves_the_seeded_nl_staff_accounts_page_edit(demo_accounts, nl):
    demo_staff, demo_lead = demo_accounts["staff.nl"], demo_accounts["lead.nl"]
    page = CountryPage.objects.get(country=nl, locale=Locale.get_default())
    assert page.permissions_for_user(demo_staff).can_edit()
    assert not page.permissions_for_user(demo_staff).can_publish()
    page.title = "Netherlands (checked by the office)"
    page.save_revision(user=demo_staff)
    task_state = page.get_workflow().start(page, demo_staff).current_task_state
    assert task_state.task.specific.user_can_access_editor(page, demo_lead)
    task_state.task.specific.on_action(task_state, demo_lead, "approve")
    page.refresh_from_db()
    assert page.title == "Netherlands (checked by the office)"


def test_granting_the_country_lead_role_on_the_role_screen_puts_the_member_in_the_lead_group(
    client, nl, django_capture_on_commit_callbacks
):
    user = member(countries=("NL",))
    client.force_login(administrator())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/django-admin/consult/countryrole/add/",
            {
                "user": user.pk,
                "role": "country_lead",
                "country": nl.pk,
                "granted_at_0": "2026-01-01",
                "granted_at_1": "10:00:00",
            },
        )
    assert response.status_code == 302
    assert set(user.groups.all()) == {nl.lead_group}


def _wagtail_user_form(user, groups):
    return {"email": user.email, "is_active": "on", "groups": [group.pk for group in groups]}


def test_removing_the_staff_group_in_the_wagtail_user_editor_revokes_the_role(
    client, nl, django_capture_on_commit_callbacks
):
    user = office_member(CountryRole.Role.COUNTRY_STAFF, "NL")
    client.force_login(administrator())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/users/edit/{user.pk}/", _wagtail_user_form(user, []))
    assert response.status_code == 302
    assert not CountryRole.objects.filter(user=user, role=CountryRole.Role.COUNTRY_STAFF).exists()
    assert not user.groups.exists()
    assert AuditLogEntry.objects.filter(action="role.revoke").exists()


def test_adding_the_lead_group_in_the_wagtail_user_editor_grants_the_role_without_asking_for_names(
    client, nl, django_capture_on_commit_callbacks
):
    user = member(countries=("NL",))
    client.force_login(administrator())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/users/edit/{user.pk}/", _wagtail_user_form(user, [nl.lead_group]))
    assert response.status_code == 302, response.context["form"].errors
    assert CountryRole.objects.filter(user=user, role=CountryRole.Role.COUNTRY_LEAD, country=nl).exists()
    assert set(user.groups.all()) == {nl.lead_group}


def test_an_editor_who_may_not_change_roles_cannot_move_someone_into_an_office_group(nl, be):
    from consult.country_offices import sync_roles_with_groups

    user = office_member(CountryRole.Role.COUNTRY_STAFF, "NL")
    user.groups.add(be.staff_group)
    assert not sync_roles_with_groups(user, changed_by=office_member(CountryRole.Role.COUNTRY_LEAD, "NL"))
    assert set(user.groups.all()) == {nl.staff_group}
    assert not CountryRole.objects.filter(user=user, country=be).exists()


def test_an_administrator_creates_a_user_in_the_wagtail_editor_without_first_or_last_names(client):
    client.force_login(administrator())
    response = client.post(
        "/admin/users/new/",
        {"email": "new.person@example.org", "password1": "a long pass phrase 42", "password2": "a long pass phrase 42"},
    )
    assert response.status_code == 302
    assert User.objects.filter(email="new.person@example.org", first_name="", last_name="").exists()


# --- Signed in without admin access ------------------------------------------------


def test_a_member_without_admin_access_gets_a_403_page_at_admin_not_a_redirect_loop(client):
    client.force_login(member(countries=("NL",)))
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) == 1
    assert "no access to the admin" in response.content.decode()


def test_a_member_without_staff_status_gets_a_403_page_at_the_django_admin(client):
    client.force_login(member(countries=("NL",)))
    response = client.get("/django-admin/", follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) == 1


def test_a_visitor_is_still_sent_to_sign_in_from_the_admin(client):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/en/accounts/login/")


def test_an_admin_form_posted_without_its_fields_is_a_400_not_a_500(client, nl):
    client.force_login(administrator())
    page = CountryPage.objects.get(country=nl, locale=Locale.get_default())
    assert client.post(f"/admin/pages/{page.pk}/copy/", {}).status_code == 400
    assert Page.objects.filter(pk=page.pk).exists()


def test_a_suspended_office_member_is_shut_out_of_the_admin_until_the_suspension_is_lifted(client, nl):
    from datetime import timedelta

    from django.utils import timezone

    from consult.members.services import reinstate_member, suspend_member

    user = office_member(CountryRole.Role.COUNTRY_STAFF, "NL")
    moderator = staff(CountryRole.Role.MODERATOR, "NL")
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    service = service_of(nl, "Centrum Seksueel Geweld Utrecht")

    suspend_member(
        user.profile, moderator=moderator, reason="Shared a client's address", until=timezone.now() + timedelta(days=7)
    )
    for url in (
        "/admin/",
        "/admin/snippets/consult/supportservice/",
        f"/admin/snippets/consult/supportservice/edit/{service.pk}/",
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 403, url
        assert "no access to the admin" in response.content.decode()
    response = client.post(f"/admin/snippets/consult/supportservice/delete/{service.pk}/", follow=True)
    assert response.status_code == 403
    assert SupportService.objects.filter(pk=service.pk).exists()
    # the groups stay, so the role comes back as it was
    assert user.groups.exists()

    reinstate_member(user.profile, moderator=moderator, reason="Explained and apologised")
    user.refresh_from_db()
    assert client.get("/admin/snippets/consult/supportservice/").status_code == 200


# --- feedback is the member's own words -----------------------------------------------------


def test_no_administrator_or_editor_can_rewrite_a_members_feedback_anywhere(client, nl):
    """Decided: feedback is never edited by anyone but its author. An editor
    answers it with a public decision and a moderator hides it with a reason;
    neither admin lists it, and the platform's edit route refuses them."""
    from recommendations.models import Feedback
    from tests.recommendations.factories import FeedbackFactory, draft, open_round

    round = open_round(draft("NL", clauses=3))
    item = FeedbackFactory(round=round, author=member(("NL",)), clause=round.version.clauses.in_order()[0],
                           kind="comment", text="Interpreters must be women when the client asks.")  # fmt: skip
    editor = office_member(CountryRole.Role.EDITOR, "NL")
    for user in (administrator(), editor):
        client.force_login(user)
        edit = client.post(
            reverse("recommendations:feedback_edit", args=[item.pk]), {"kind": "comment", "text": "Rewritten by staff."}
        )
        assert edit.status_code in (302, 403, 404), user  # refused, or sent back with a message
        admin_urls = [
            "/django-admin/recommendations/feedback/",
            f"/django-admin/recommendations/feedback/{item.pk}/change/",
            "/admin/snippets/recommendations/feedback/",
            f"/admin/snippets/recommendations/feedback/edit/{item.pk}/",
        ]
        for url in admin_urls:
            assert client.get(url).status_code in (302, 403, 404), (user, url)
    item.refresh_from_db()
    assert item.text == "Interpreters must be women when the client asks."
    assert not Feedback.objects.filter(text="Rewritten by staff.").exists()

"""Staff of one country run their country's page and data, and nothing else."""

import pytest
from django.utils import timezone

from consult.models import AmbassadorRequest, Country, CountryDocument, SupportService
from home.models import CountryPage
from tests.consult.factories import add_totp, member

pytestmark = pytest.mark.django_db


def _member_of(group):
    """An approved member in ``group`` with TOTP set up (staff must use MFA)."""
    user = member(countries=("NL", "BE"))
    user.groups.add(group)
    add_totp(user)
    return user


@pytest.fixture
def nl():
    return Country.objects.get(code="NL")


@pytest.fixture
def be():
    return Country.objects.get(code="BE")


@pytest.fixture
def nl_staff(client, nl):
    user = _member_of(nl.staff_group)
    client.force_login(user)
    return user


def assert_refused(response):
    """Wagtail's admin answers a refused object with 403 or a redirect to its dashboard."""
    assert response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/"), (
        response.status_code
    )


def _request(country):
    return AmbassadorRequest.objects.create(
        country=country,
        organisation="Community group",
        languages_needed="Somali",
        region="Region",
        contact_channel="phone",
        contact_details="000",
        consent_to_contact=True,
    )


def test_staff_see_only_their_countrys_services_in_the_admin(client, nl_staff):
    response = client.get("/admin/snippets/consult/supportservice/")
    assert response.status_code == 200
    countries = {service.country.code for service in response.context["object_list"]}
    assert countries == {"NL"}


def test_staff_cannot_open_or_delete_another_countrys_service(client, nl_staff, be):
    service = SupportService.objects.filter(country=be).first()
    assert_refused(client.get(f"/admin/snippets/consult/supportservice/edit/{service.pk}/"))
    assert_refused(client.post(f"/admin/snippets/consult/supportservice/delete/{service.pk}/"))
    assert SupportService.objects.filter(pk=service.pk).exists()


def test_staff_can_edit_their_own_countrys_service(client, nl_staff, nl):
    service = SupportService.objects.filter(country=nl).first()
    assert client.get(f"/admin/snippets/consult/supportservice/edit/{service.pk}/").status_code == 200


def test_staff_cannot_move_a_service_to_another_country(client, nl_staff):
    response = client.get("/admin/snippets/consult/supportservice/add/")
    choices = {str(country) for country in response.context["form"].fields["country"].queryset}
    assert choices == {"Netherlands"}


def test_staff_see_and_handle_only_their_countrys_ambassador_requests(client, nl_staff, nl, be):
    ours, theirs = _request(nl), _request(be)
    listing = client.get("/admin/ambassador_requests/")
    assert {r.pk for r in listing.context["object_list"]} == {ours.pk}
    assert client.get(f"/admin/ambassador_requests/inspect/{ours.pk}/").status_code == 200
    assert_refused(client.get(f"/admin/ambassador_requests/inspect/{theirs.pk}/"))
    assert_refused(client.post(f"/admin/ambassador_requests/{theirs.pk}/handled/"))

    client.post(f"/admin/ambassador_requests/{ours.pk}/handled/")
    ours.refresh_from_db()
    assert ours.handled_by == nl_staff
    assert ours.handled_at <= timezone.now()


def test_staff_cannot_edit_another_countrys_page(client, nl_staff):
    own = CountryPage.objects.get(country__code="NL", locale__language_code="nl")
    other = CountryPage.objects.get(country__code="BE", locale__language_code="en")
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    assert_refused(client.get(f"/admin/pages/{other.pk}/edit/"))


def test_staff_see_only_their_countrys_documents(client, nl_staff, nl, be):
    from django.core.files.base import ContentFile

    for country in (nl, be):
        CountryDocument.objects.create(
            title=f"Leaflet {country.code}",
            file=ContentFile(b"%PDF-1.4 leaflet", name=f"leaflet-{country.code}.pdf"),
            collection=country.collection,
            language="en",
            kind="leaflet",
        )
    response = client.get("/admin/documents/")
    assert response.status_code == 200, response.get("Location")
    html = response.content.decode()
    assert "Leaflet NL" in html
    assert "Leaflet BE" not in html
    other = CountryDocument.objects.get(title="Leaflet BE")
    assert_refused(client.get(f"/admin/documents/edit/{other.pk}/"))


def test_a_staff_edit_is_published_only_after_the_country_lead_approves(nl):
    staff = _member_of(nl.staff_group)
    lead = _member_of(nl.lead_group)
    page = CountryPage.objects.get(country=nl, locale__language_code="en")
    live_title = page.title

    page.title = "Netherlands (updated)"
    revision = page.save_revision(user=staff)
    workflow_state = page.get_workflow().start(page, staff)
    page.refresh_from_db()
    assert page.title == live_title  # submitted, not published
    assert page.get_latest_revision() == revision

    task_state = workflow_state.current_task_state
    assert not task_state.task.specific.user_can_access_editor(
        page, _member_of(Country.objects.get(code="BE").lead_group)
    )
    task_state.task.specific.on_action(task_state, lead, "approve")
    page.refresh_from_db()
    assert page.title == "Netherlands (updated)"
    assert page.live


def test_staff_alone_cannot_publish(nl):
    staff = _member_of(nl.staff_group)
    page = CountryPage.objects.get(country=nl, locale__language_code="en")
    assert page.permissions_for_user(staff).can_edit()
    assert not page.permissions_for_user(staff).can_publish()


def test_country_office_staff_without_mfa_can_only_set_it_up(client, nl):
    user = member(countries=("NL",))
    user.groups.add(nl.staff_group)
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/2fa/totp/activate/" in response["Location"]


def test_granting_the_country_staff_role_puts_the_member_in_that_countrys_staff_group(
    nl, be, django_capture_on_commit_callbacks
):
    from consult.members import services
    from consult.models import CountryRole
    from tests.consult.factories import administrator

    user = member(countries=("NL",))
    admin = administrator()
    with django_capture_on_commit_callbacks(execute=True):
        services.grant_role(user, role=CountryRole.Role.COUNTRY_STAFF, country=nl, granted_by=admin)
    assert set(user.groups.all()) == {nl.staff_group}
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke_role(user, role=CountryRole.Role.COUNTRY_STAFF, country=nl, revoked_by=admin)
    assert not user.groups.filter(pk__in=[nl.staff_group_id, be.staff_group_id]).exists()


def test_the_named_permission_scopes_country_data_to_the_office(nl, be):
    from tests.consult.factories import administrator

    nl_service = SupportService.objects.filter(country=nl).first()
    be_request = _request(be)
    staff_user, lead = _member_of(nl.staff_group), _member_of(nl.lead_group)
    outsider = member(countries=("NL",))
    assert staff_user.has_perm("consult.manage_country_data", nl_service)
    assert lead.has_perm("consult.manage_country_data", nl_service)
    assert not staff_user.has_perm("consult.manage_country_data", be_request)
    assert not outsider.has_perm("consult.manage_country_data", nl_service)
    assert administrator().has_perm("consult.manage_country_data", be_request)

"""A support service reaches victims only once the country lead approves it.

NL office staff edit or add a service and submit it; the public country
page, the API and the site search keep the last published version until the
NL lead approves it in the country's publishing workflow. The BE lead cannot
approve an NL service; staff cannot publish, unpublish or lock one.
"""

import pytest
from django.urls import reverse
from wagtail.models import Locale, WorkflowState

from consult.country_offices import sync_groups_with_roles
from consult.models import Country, CountryRole, SupportService
from home.search import search_site
from tests.consult.factories import staff

pytestmark = pytest.mark.django_db

OLD_PHONE = "+31 20 555 0101"
NEW_PHONE = "+31 20 555 0199"


def office_member(role, code):
    user = staff(role, code)
    sync_groups_with_roles(user)
    return user


@pytest.fixture
def nl():
    return Country.objects.get(code="NL")


@pytest.fixture
def be():
    return Country.objects.get(code="BE")


@pytest.fixture
def nl_staff():
    return office_member(CountryRole.Role.COUNTRY_STAFF, "NL")


@pytest.fixture
def nl_lead():
    return office_member(CountryRole.Role.COUNTRY_LEAD, "NL")


@pytest.fixture
def be_lead():
    return office_member(CountryRole.Role.COUNTRY_LEAD, "BE")


def published_service(country, name="Kestrel night helpline", phone=OLD_PHONE):
    return SupportService.objects.create(
        country=country, locale=Locale.get_default(), name=name, kind="helpline", phone=phone, city="Utrecht"
    )


def url(name, *args):
    return reverse(f"wagtailsnippets_consult_supportservice:{name}", args=args)


def form_data(response, **changes):
    """The edit form's current values, as the browser would post them."""
    form = response.context["form"]
    data = {}
    for name, _field in form.fields.items():
        value = form[name].value()
        if isinstance(value, (list, tuple)):
            data[name] = list(value)
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    data.update(changes)
    return data


def public_phones(client, code="nl"):
    """The phones shown on the public country page and given by the API."""
    page = client.get(f"/en/countries/{code}/").content.decode()
    api = client.get(f"/api/countries/{code}/services?lang=en").json()
    return page, {service["phone"] for service in api}


def submit_edit(client, user, service, **changes):
    client.force_login(user)
    edit = client.get(url("edit", service.pk))
    assert edit.status_code == 200
    return client.post(url("edit", service.pk), form_data(edit, **changes, **{"action-submit": "Submit"}))


def approve(client, user, service):
    client.force_login(user)
    task_state = service.current_workflow_task_state
    return client.post(url("workflow_action", service.pk, "approve", task_state.pk), {"comment": ""})


def test_staff_change_of_a_phone_stays_off_the_public_page_until_the_nl_lead_approves_it(client, nl, nl_staff, nl_lead):
    service = published_service(nl)
    response = submit_edit(client, nl_staff, service, phone=NEW_PHONE)
    assert response.status_code == 302

    client.logout()
    page, api_phones = public_phones(client)
    assert OLD_PHONE in page
    assert NEW_PHONE not in page
    assert OLD_PHONE in api_phones
    assert NEW_PHONE not in api_phones
    service.refresh_from_db()
    assert service.workflow_in_progress
    assert service.get_latest_revision_as_object().phone == NEW_PHONE

    response = approve(client, nl_lead, service)
    assert response.status_code == 302
    client.logout()
    page, api_phones = public_phones(client)
    assert NEW_PHONE in page
    assert OLD_PHONE not in page
    assert api_phones >= {NEW_PHONE}
    assert OLD_PHONE not in api_phones
    service.refresh_from_db()
    assert not service.workflow_in_progress
    assert service.live
    assert service.phone == NEW_PHONE


def test_a_service_added_by_staff_is_not_public_nor_found_until_the_lead_approves_it(client, nl, nl_staff, nl_lead):
    client.force_login(nl_staff)
    add = client.get(url("add"))
    assert add.status_code == 200
    data = {
        "country": nl.pk,
        "name": "Harrier walk-in centre",
        "kind": "medical",
        "phone": NEW_PHONE,
        "sort_order": "100",
        "locale": Locale.get_default().pk,
    }
    response = client.post(url("add"), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    service = SupportService.objects.get(name="Harrier walk-in centre")
    assert not service.live

    client.logout()
    page, api_phones = public_phones(client)
    assert "Harrier walk-in centre" not in page
    assert NEW_PHONE not in api_phones
    assert not search_site("Harrier", Locale.get_default()).services

    submit_edit(client, nl_staff, service)
    service.refresh_from_db()
    assert service.workflow_in_progress
    assert not service.live
    approve(client, nl_lead, service)
    client.logout()
    page, api_phones = public_phones(client)
    assert "Harrier walk-in centre" in page
    assert NEW_PHONE in api_phones


def test_the_be_lead_cannot_approve_an_nl_service(client, nl, nl_staff, be_lead):
    service = published_service(nl)
    submit_edit(client, nl_staff, service, phone=NEW_PHONE)
    service.refresh_from_db()
    response = approve(client, be_lead, service)
    assert response.status_code in (302, 403, 404)
    service.refresh_from_db()
    assert service.phone == OLD_PHONE
    assert service.workflow_in_progress


def test_an_nl_lead_cannot_approve_with_the_task_state_of_another_service(client, nl, be, nl_lead):
    """The task state named in the URL must be the service's own."""
    ours = published_service(nl, name="Ours")
    theirs = published_service(be, name="Theirs", phone="+32 2 555 0101")
    theirs.phone = "+32 2 555 0199"
    theirs.save_revision()
    theirs.get_workflow().start(theirs, None)
    ours.save_revision()
    client.force_login(nl_lead)
    task_state = theirs.current_workflow_task_state
    response = client.post(url("workflow_action", ours.pk, "approve", task_state.pk), {"comment": ""})
    assert response.status_code in (302, 404)
    theirs.refresh_from_db()
    assert theirs.phone == "+32 2 555 0101"
    assert theirs.workflow_in_progress


def test_nl_staff_are_offered_no_publish_button_and_cannot_publish_or_unpublish(client, nl, nl_staff, nl_lead):
    service = published_service(nl)
    client.force_login(nl_staff)
    edit = client.get(url("edit", service.pk))
    assert b'name="action-publish"' not in edit.content
    assert b'name="action-submit"' in edit.content
    client.post(url("edit", service.pk), form_data(edit, phone=NEW_PHONE, **{"action-publish": "Publish"}))
    service.refresh_from_db()
    assert service.phone == OLD_PHONE
    assert service.live

    client.post(url("unpublish", service.pk))
    client.post(url("lock", service.pk))
    service.refresh_from_db()
    assert service.live
    assert not service.locked

    client.force_login(nl_lead)
    assert b'name="action-publish"' in client.get(url("edit", service.pk)).content


def test_nl_staff_cannot_edit_a_service_while_it_waits_for_the_lead(client, nl, nl_staff):
    service = published_service(nl)
    submit_edit(client, nl_staff, service, phone=NEW_PHONE)
    client.post(url("edit", service.pk), form_data(client.get(url("edit", service.pk)), phone="+31 6 0000 0000"))
    service.refresh_from_db()
    assert service.get_latest_revision_as_object().phone == NEW_PHONE


@pytest.mark.parametrize("role", [CountryRole.Role.COUNTRY_STAFF, CountryRole.Role.COUNTRY_LEAD])
def test_nl_office_cannot_unpublish_lock_or_read_the_revisions_of_a_be_service(client, be, role):
    service = published_service(be, name="Belgian helpline ZQXBE", phone="+32 2 555 0101")
    service.phone = "+32 2 555 0199"
    revision = service.save_revision()
    workflow_state = service.get_workflow().start(service, None)
    client.force_login(office_member(role, "NL"))
    pages = [
        url("revisions_compare", service.pk, "earliest", "latest"),
        url("workflow_history", service.pk),
        url("workflow_history_detail", service.pk, workflow_state.pk),
        url("unpublish", service.pk),
        url("confirm_workflow_cancellation", service.pk),
        url("revisions_revert", service.pk, revision.pk),
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code in (302, 403, 404), path
        assert b"ZQXBE" not in response.content, path
        assert b"555 0199" not in response.content, path
    for path in (url("unpublish", service.pk), url("lock", service.pk), url("unlock", service.pk)):
        client.post(path)
    service.refresh_from_db()
    assert service.live
    assert not service.locked
    assert service.phone == "+32 2 555 0101"
    assert WorkflowState.objects.get(pk=workflow_state.pk).status == WorkflowState.STATUS_IN_PROGRESS


def test_the_nl_lead_may_lock_and_unpublish_an_nl_service(client, nl, nl_lead):
    service = published_service(nl)
    client.force_login(nl_lead)
    client.post(url("lock", service.pk))
    service.refresh_from_db()
    assert service.locked
    client.post(url("unlock", service.pk))
    client.post(url("unpublish", service.pk))
    service.refresh_from_db()
    assert not service.live
    page, api_phones = public_phones(client)
    assert OLD_PHONE not in page
    assert OLD_PHONE not in api_phones


def test_a_bad_phone_is_a_form_error_and_starts_no_workflow(client, nl, nl_staff):
    service = published_service(nl)
    response = submit_edit(client, nl_staff, service, phone="9" * 80)
    assert response.status_code == 200
    assert response.context["form"].errors.get("phone")
    service.refresh_from_db()
    assert service.phone == OLD_PHONE
    assert not service.workflow_in_progress

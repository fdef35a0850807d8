"""A support service's language versions follow the one the lead approves.

Met the way a visitor meets it: the NL office's helpline is translated into
Dutch, Arabic and Farsi; staff change its phone, the NL lead approves, and
the /nl/, /ar/ and /fa/ country pages (cached for anonymous visitors) and
the services API show the new number at once, with the translated name
kept. Unpublishing and deleting the office's version take its language
versions off the site with it. Deleting a published service is the lead's
or an administrator's; staff delete only their drafts never published, and
another office deletes nothing of the Netherlands'.
"""

import re

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, Translation, TranslationSource

from consult.models import Country, CountryRole, SupportService
from consult.moderation.guard import public
from tests.consult.factories import administrator
from tests.consult.test_service_approval import (
    NEW_PHONE,
    OLD_PHONE,
    approve,
    form_data,
    office_member,
    published_service,
    submit_edit,
    url,
)
from tests.home.test_service_languages_and_translations import translate

pytestmark = pytest.mark.django_db

NAME = "Kestrel night helpline"
NAMES = {"nl": "Torenvalk nachtlijn", "ar": "خط العوسق الليلي", "fa": "خط شبانه دلیجه"}


@pytest.fixture
def nl_staff():
    return office_member(CountryRole.Role.COUNTRY_STAFF, "NL")


@pytest.fixture
def nl_lead():
    return office_member(CountryRole.Role.COUNTRY_LEAD, "NL")


@pytest.fixture
def nl():
    return Country.objects.get(code="NL")


def translated_service(country, languages=("nl", "ar", "fa")):
    service = published_service(country, name=NAME)
    for code in languages:
        translate(service, code, {NAME: NAMES[code]})
    return service


def version(service, code):
    return SupportService.objects.get(translation_key=service.translation_key, locale__language_code=code)


def shown(visitor, code):
    """The Netherlands page in ``code`` and this service's phones in the API in ``code``."""
    page = visitor.get(f"/{code}/countries/nl/")
    api = visitor.get(f"/api/countries/nl/services?lang={code}").json()
    return page, [service["phone"] for service in api if service["name"] in (NAME, NAMES[code])]


def publish_as(client, user, service):
    client.force_login(user)
    edit = client.get(url("edit", service.pk))
    return client.post(url("edit", service.pk), form_data(edit, **{"action-publish": "Publish"}))


def test_the_leads_approval_of_a_new_phone_shows_at_once_in_every_language_and_the_api(
    client, settings, nl, nl_staff, nl_lead
):
    settings.PAGE_CACHE_SECONDS = 300
    service = translated_service(nl)
    visitor = Client()
    for code, name in NAMES.items():
        page, phones = shown(visitor, code)
        assert name in page.content.decode()
        assert OLD_PHONE in page.content.decode()
        assert phones == [OLD_PHONE]
        assert visitor.get(f"/{code}/countries/nl/")["X-Page-Cache"] == "hit"
    assert public.current().has_number(OLD_PHONE)

    submit_edit(client, nl_staff, service, phone=NEW_PHONE)
    for code in NAMES:
        page, phones = shown(visitor, code)
        assert NEW_PHONE not in page.content.decode()
        assert phones == [OLD_PHONE]

    assert approve(client, nl_lead, service).status_code == 302
    for code, name in NAMES.items():
        page, phones = shown(visitor, code)
        html = page.content.decode()
        assert name in html, code  # the translated name stays
        assert NEW_PHONE in html, code
        assert OLD_PHONE not in html, code
        assert phones == [NEW_PHONE], code
    contacts = public.current()
    assert contacts.has_number(NEW_PHONE)
    assert not contacts.has_number(OLD_PHONE)
    # only the phone changed: nothing for translators to do
    listing = SupportService.objects.with_source_changed_at()
    assert listing.get(pk=version(service, "ar").pk).translation_status() == "up to date"
    # a changed description is theirs to translate again
    submit_edit(client, nl_staff, service, description="Now also answers by chat at night.")
    assert approve(client, nl_lead, service).status_code == 302
    listing = SupportService.objects.with_source_changed_at()
    assert listing.get(pk=version(service, "ar").pk).translation_status() == "out of date"
    assert NEW_PHONE in shown(visitor, "ar")[0].content.decode()


def test_a_translation_saved_again_from_wagtail_localizes_older_copy_keeps_the_approved_phone(
    client, nl, nl_staff, nl_lead, django_capture_on_commit_callbacks
):
    service = translated_service(nl, ("ar",))
    submit_edit(client, nl_staff, service, phone=NEW_PHONE)
    approve(client, nl_lead, service)
    # a translator publishes the Arabic version again: wagtail-localize builds
    # it from its copy of the English version, made before the approval
    translation = Translation.objects.get(source__object_id=service.translation_key, target_locale__language_code="ar")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    arabic = version(service, "ar")
    assert arabic.live
    assert arabic.phone == NEW_PHONE
    client.logout()
    assert shown(client, "ar")[1] == [NEW_PHONE]


def test_a_translations_draft_from_before_the_approval_does_not_bring_the_old_phone_back(client, nl, nl_staff, nl_lead):
    service = translated_service(nl, ("ar",))
    arabic = version(service, "ar")
    arabic.description = "خدمة ليلية"
    arabic.save_revision(user=nl_staff)
    submit_edit(client, nl_staff, service, phone=NEW_PHONE)
    approve(client, nl_lead, service)

    # what the edit view, the revisions compare and the workflow read
    arabic.refresh_from_db()
    draft = arabic.get_latest_revision_as_object()
    assert draft.phone == NEW_PHONE
    assert draft.description == "خدمة ليلية"
    arabic.get_latest_revision().publish(user=nl_lead)
    arabic.refresh_from_db()
    assert arabic.phone == NEW_PHONE
    assert arabic.description == "خدمة ليلية"


def test_a_language_version_edited_in_the_admin_shows_the_offices_phone_and_cannot_change_it(client, nl, nl_lead):
    service = published_service(nl, name=NAME)
    arabic = service.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.name = NAMES["ar"]
    arabic.save()
    client.force_login(nl_lead)
    edit = client.get(url("edit", arabic.pk))
    form = edit.context["form"]
    assert form.fields["phone"].disabled
    assert not form.fields["name"].disabled
    assert "follows it when the lead publishes it" in edit.content.decode()
    response = client.post(
        url("edit", arabic.pk),
        form_data(edit, name="خط العوسق", phone="+31 6 9999 9999", **{"action-publish": "Publish"}),
    )
    assert response.status_code == 302
    arabic.refresh_from_db()
    assert arabic.name == "خط العوسق"
    assert arabic.phone == OLD_PHONE


def test_a_translator_is_offered_no_phone_or_address_to_override(nl):
    service = published_service(nl, name=NAME)
    source, _ = TranslationSource.get_or_create_from_instance(service)
    assert not OverridableSegment.objects.filter(source=source).exists()


def test_unpublishing_takes_every_language_off_the_site_and_publishing_brings_them_back(client, nl, nl_lead):
    service = translated_service(nl, ("nl", "ar"))
    client.force_login(nl_lead)
    # the lead takes the Dutch version off by hand first: it stays off
    client.post(url("unpublish", version(service, "nl").pk))
    assert not version(service, "nl").live
    client.post(url("unpublish", service.pk))
    visitor = Client()
    for code, name in (("nl", NAMES["nl"]), ("ar", NAMES["ar"]), ("en", NAME)):
        page = visitor.get(f"/{code}/countries/nl/").content.decode()
        assert name not in page, code
        assert NAME not in page, code
        assert OLD_PHONE not in page, code
    assert shown(visitor, "ar")[1] == []
    assert not public.current().has_number(OLD_PHONE)

    publish_as(client, nl_lead, service)
    arabic_page = visitor.get("/ar/countries/nl/").content.decode()
    assert NAMES["ar"] in arabic_page
    assert OLD_PHONE in arabic_page
    dutch_page = visitor.get("/nl/countries/nl/").content.decode()
    assert NAMES["nl"] not in dutch_page
    assert NAME in dutch_page  # the Dutch page falls back to the office's version


def test_a_translation_of_a_service_the_lead_has_not_approved_waits_for_the_approval(
    client, nl, nl_lead, django_capture_on_commit_callbacks
):
    draft = SupportService(
        country=nl, locale=Locale.get_default(), name=NAME, kind="helpline", phone=NEW_PHONE, live=False
    )
    draft.save()
    draft.save_revision()
    with django_capture_on_commit_callbacks(execute=True):
        translate(draft, "ar", {NAME: NAMES["ar"]})
    assert not version(draft, "ar").live
    visitor = Client()
    assert NAMES["ar"] not in visitor.get("/ar/countries/nl/").content.decode()
    assert shown(visitor, "ar")[1] == []

    publish_as(client, nl_lead, draft)
    assert NAMES["ar"] in visitor.get("/ar/countries/nl/").content.decode()
    assert shown(visitor, "ar")[1] == [NEW_PHONE]


# --- deleting ------------------------------------------------------------------------


def draft_service(country, name="Merlin drop-in centre"):
    service = SupportService.objects.create(
        country=country, locale=Locale.get_default(), name=name, kind="medical", phone=NEW_PHONE, live=False
    )
    service.save_revision()
    return service


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_nl_staff_delete_their_draft_never_published(client, nl, nl_staff):
    draft = draft_service(nl)
    client.force_login(nl_staff)
    assert url("delete", draft.pk) in client.get(url("list"), {"q": "Merlin"}).content.decode()
    assert client.get(url("delete", draft.pk)).status_code == 200
    assert client.post(url("delete", draft.pk)).status_code == 302
    assert not SupportService.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("was_unpublished", [False, True], ids=["live", "unpublished-by-the-lead"])
def test_nl_staff_cannot_delete_a_published_service_and_are_told_to_ask_their_lead(
    client, nl, nl_staff, nl_lead, was_unpublished
):
    service = published_service(nl)
    if was_unpublished:
        service.save_revision().publish()
        client.force_login(nl_lead)
        client.post(url("unpublish", service.pk))
    client.force_login(nl_staff)
    edit = client.get(url("edit", service.pk)).content.decode()
    assert url("delete", service.pk) not in edit
    listing = client.get(url("list"), {"q": "Kestrel"}).content.decode()
    assert url("edit", service.pk) in listing
    assert url("delete", service.pk) not in listing

    for method in (client.get, client.post):
        response = method(url("delete", service.pk))
        assert response.status_code == 302
        assert response["Location"] == url("edit", service.pk)
        assert any("only your country lead or an administrator can delete it" in m for m in messages_of(response))
    client.post(f"/admin/bulk/consult/supportservice/delete/?id={service.pk}")
    assert SupportService.objects.filter(pk=service.pk).exists()
    # the listing's bulk "Delete" on it: a page that says why, not a 404
    confirmation = client.get(
        f"/admin/bulk/consult/supportservice/delete/?id={service.pk}&next={url('list')}", follow=True
    )
    assert confirmation.status_code == 200
    assert "Kestrel" in confirmation.content.decode()
    assert "only your country lead or an administrator can delete it" in confirmation.content.decode()


def test_the_nl_lead_deletes_a_published_service_with_its_language_versions(client, nl, nl_lead):
    service = translated_service(nl, ("nl", "ar"))
    client.force_login(nl_lead)
    assert url("delete", service.pk) in client.get(url("list"), {"q": "Kestrel"}).content.decode()
    confirmation = client.get(url("delete", service.pk)).content.decode()
    assert "العربية" in confirmation  # the languages by their own names
    assert "are deleted with it" in confirmation
    assert client.post(url("delete", service.pk)).status_code == 302
    assert not SupportService.objects.filter(translation_key=service.translation_key).exists()
    assert not TranslationSource.objects.filter(object_id=service.translation_key).exists()
    visitor = Client()
    for code in ("nl", "ar"):
        page = visitor.get(f"/{code}/countries/nl/").content.decode()
        assert NAMES[code] not in page
        assert OLD_PHONE not in page
        assert shown(visitor, code)[1] == []
    assert not public.current().has_number(OLD_PHONE)


def test_an_administrator_bulk_deletes_a_published_service_and_no_translation_stays_live(client, nl):
    service = translated_service(nl, ("ar",))
    client.force_login(administrator())
    client.post(f"/admin/bulk/consult/supportservice/delete/?id={service.pk}")
    assert not SupportService.objects.filter(translation_key=service.translation_key).exists()
    assert NAMES["ar"] not in Client().get("/ar/countries/nl/").content.decode()


def test_the_nl_lead_deleting_only_the_arabic_version_leaves_the_office_version(client, nl, nl_lead):
    service = translated_service(nl, ("ar",))
    client.force_login(nl_lead)
    client.post(url("delete", version(service, "ar").pk))
    assert SupportService.objects.filter(pk=service.pk, live=True).exists()
    assert NAME in Client().get("/ar/countries/nl/").content.decode()


@pytest.mark.parametrize("role", [CountryRole.Role.COUNTRY_STAFF, CountryRole.Role.COUNTRY_LEAD])
def test_the_be_office_cannot_delete_an_nl_service_draft_or_published(client, nl, role):
    services = [draft_service(nl, "Merlin ZQXDRAFT"), published_service(nl, name="Kestrel ZQXLIVE")]
    client.force_login(office_member(role, "BE"))
    for service in services:
        for method in (client.get, client.post):
            response = method(url("delete", service.pk), follow=True)
            assert response.status_code in (200, 403, 404)
            assert b"ZQX" not in response.content
            assert b"only your country lead" not in response.content
        client.post(f"/admin/bulk/consult/supportservice/delete/?id={service.pk}")
        assert SupportService.objects.filter(pk=service.pk).exists()


def test_the_services_listing_says_each_rows_language_and_whether_it_is_live(client, nl, nl_staff):
    translated_service(nl, ("ar",))
    draft_service(nl, "Merlin draft drop-in")
    client.force_login(nl_staff)
    rows = client.get(url("list"), {"q": "Kestrel"}).content.decode()
    assert "English" in rows
    assert "العربية" in rows
    assert re.search(r'class="w-status[^"]*"[^>]*>\s*live\s*<', rows)
    draft_rows = client.get(url("list"), {"q": "Merlin"}).content.decode()
    assert re.search(r'class="w-status[^"]*"[^>]*>\s*draft\s*<', draft_rows)
    assert not re.search(r'class="w-status[^"]*"[^>]*>\s*live\s*<', draft_rows)

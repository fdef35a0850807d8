"""Support services: languages picked by name and shown as names; offices'
text translated through wagtail-localize, or shown with its own lang/dir."""

import re

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from consult.models import Country, SupportService

from .test_country_office_permissions import _member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def nl():
    return Country.objects.get(code="NL")


@pytest.fixture
def nl_staff(client, nl):
    user = _member_of(nl.staff_group)
    client.force_login(user)
    return user


@pytest.fixture
def service(nl):
    return SupportService.objects.get(country=nl, name="Emergency number 112", locale=Locale.get_default())


def translate(service, language, strings):
    """What a translator does in wagtail-localize's editor, then publishes."""
    source, _ = TranslationSource.get_or_create_from_instance(service)
    locale = Locale.objects.get(language_code=language)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": strings[segment.string.data]},
            )
    translation.save_target(publish=True)
    return service.get_translation(locale)


def service_item(html, name):
    match = re.search(r'<li class="service"[^>]*>\s*(<h3[^>]*>)' + re.escape(name), html)
    assert match, name
    return match.group(1)


def test_service_languages_show_as_names_in_the_readers_language(client):
    html = client.get("/de/countries/be/").content.decode()
    assert "<dd>Englisch und Niederländisch</dd>" in html
    assert '<option value="nl">Niederländisch</option>' in html  # the language filter


def test_staff_pick_service_languages_from_a_list_of_names_and_they_are_stored_as_codes(client, nl_staff, service):
    url = f"/admin/snippets/consult/supportservice/edit/{service.pk}/"
    html = client.get(url).content.decode()
    assert 'type="checkbox" name="languages" value="ti"' in html
    assert "Tigrinya — ትግርኛ" in html
    assert 'data-language-filter="id_languages"' in html  # the search box over the list
    form = client.get(url).context["form"]
    data = {
        name: form[name].value()
        for name in form.fields
        if form[name].value() is not None and form[name].value() is not False
    }
    data |= {"languages": ["ti", "nl", "ar"], "country": service.country_id}
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    service.refresh_from_db()
    # staff save a draft for the lead to approve: the page keeps the published languages
    assert service.get_latest_revision_as_object().languages == ["nl", "ar", "ti"]  # in the programme's order
    assert "ti" not in service.languages


def test_typing_a_language_that_is_not_in_the_list_is_refused_with_a_message(client, nl_staff, service):
    url = f"/admin/snippets/consult/supportservice/edit/{service.pk}/"
    response = client.post(url, {"languages": ["Dutch, English"], "country": service.country_id})
    assert response.status_code == 200
    assert "languages" in response.context["form"].errors


def test_an_untranslated_service_carries_the_offices_language_and_direction_on_the_arabic_page(client):
    english = SupportService.objects.get(country__code="NL", name="Emergency number 112")
    SupportService.objects.filter(translation_key=english.translation_key, locale__language_code="ar").delete()
    html = client.get("/ar/countries/nl/").content.decode()
    assert service_item(html, "Emergency number 112") == '<h3 lang="en" dir="ltr">'
    assert '<p lang="en" dir="ltr">Police, ambulance' in html


def test_a_service_translated_through_wagtail_localize_replaces_the_offices_text(client, service):
    translate(
        service,
        "ar",
        {"Emergency number 112": "رقم الطوارئ 112", service.description: "الشرطة والإسعاف والإطفاء."},
    )
    html = client.get("/ar/countries/nl/").content.decode()
    assert service_item(html, "رقم الطوارئ 112") == "<h3>"
    assert "Emergency number 112" not in html
    assert "الشرطة والإسعاف والإطفاء." in html


def test_a_translation_older_than_the_offices_text_is_marked_out_of_date_in_the_admin(client, nl_staff, service):
    arabic = translate(service, "ar", {"Emergency number 112": "رقم الطوارئ 112"})
    listing = SupportService.objects.with_source_changed_at()
    assert listing.get(pk=arabic.pk).translation_status() == "up to date"
    service.description = "Police, ambulance and fire brigade, free from any phone."
    service.save()
    assert listing.get(pk=arabic.pk).translation_status() == "out of date"
    html = client.get("/admin/snippets/consult/supportservice/?locale=ar").content.decode()
    assert "out of date" in html

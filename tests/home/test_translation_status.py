import pytest

from home.models import CountryPage

pytestmark = pytest.mark.django_db


def test_a_translation_shows_as_out_of_date_to_editors_once_its_source_changes():
    source = CountryPage.objects.get(country__code="NL", locale__language_code="en")
    dutch = CountryPage.objects.get(country__code="NL", locale__language_code="nl")
    assert "out of date" not in dutch.get_admin_display_title()

    source.introduction = "<p>Updated by the office.</p>"
    source.save_revision().publish()

    dutch.refresh_from_db()
    assert "translation out of date" in dutch.get_admin_display_title()
    assert "out of date" not in source.get_admin_display_title()

"""The transparency report in the page's language: its labels come from the
catalogues, the country names from CLDR (not the English names stored)."""

import pytest
from django.utils import timezone

from consult.moderation import transparency

pytestmark = pytest.mark.django_db


@pytest.fixture
def report():
    return transparency.store(*transparency.half_year_of(timezone.localdate()))


@pytest.mark.parametrize(
    ("language", "netherlands", "heading"),
    [("de", "Niederlande", "Transparenzbericht"), ("ar", "هولندا", "تقرير الشفافية"), ("en", "Netherlands", None)],
)
def test_the_country_filter_names_the_countries_in_the_page_language(client, report, language, netherlands, heading):
    html = client.get(f"/{language}/transparency/").content.decode()
    assert f'<option value="NL">{netherlands}</option>' in html
    if heading:
        assert f"<h1>{heading}</h1>" in html
        assert ">Netherlands<" not in html
        assert "Notices received" not in html


def test_the_countries_are_listed_in_the_order_of_their_names_in_the_page_language(client, report):
    html = client.get("/hu/transparency/").content.decode()
    # Írország sorts with the I's, before Lengyelország, not after every ASCII name.
    names = ["Hollandia", "Horvátország", "Írország", "Lengyelország", "Szlovénia"]
    positions = [html.index(f">{name}</option>") for name in names]
    assert positions == sorted(positions)

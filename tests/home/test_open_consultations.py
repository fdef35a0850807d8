# ruff: noqa: E501 - the old template, kept line for line to compare with
"""Country and home pages list the consultations open now."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.utils import timezone, translation

from recommendations.models import ConsultationRound
from tests.recommendations.factories import draft, open_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def rounds():
    dutch = draft("NL")
    dutch.document.title = "Dutch SOP recommendations"
    dutch.document.save()
    eu = draft(None)
    eu.document.title = "EU-wide SOP recommendations"
    eu.document.save()
    members_only = draft("NL")
    members_only.document.title = "Members-only draft"
    members_only.document.members_only_in_consultation = True
    members_only.document.save()
    closed = draft("NL")
    closed.document.title = "Closed last month"
    closed.document.save()
    now = timezone.now()
    return [
        open_round(dutch),
        open_round(eu),
        open_round(members_only),
        open_round(closed, opens_at=now - timedelta(days=60), closes_at=now - timedelta(days=30)),
    ]


def test_a_country_page_lists_its_own_and_eu_wide_open_consultations(client, rounds):
    html = client.get("/en/countries/nl/").content.decode()
    assert "Dutch SOP recommendations" in html
    assert "EU-wide SOP recommendations" in html
    assert "Members-only draft" not in html
    assert "Closed last month" not in html


def test_another_countrys_page_shows_only_the_eu_wide_consultation(client, rounds):
    html = client.get("/en/countries/be/").content.decode()
    assert "EU-wide SOP recommendations" in html
    assert "Dutch SOP recommendations" not in html


def test_the_home_page_lists_every_public_open_consultation(client, rounds):
    html = client.get("/en/").content.decode()
    assert "Dutch SOP recommendations" in html
    assert "EU-wide SOP recommendations" in html
    assert "Members-only draft" not in html


# home/includes/open_consultations.html as it was, with its loop over the
# rounds (before home/country_sections.py consultation_rows_html), kept here
# to compare with.
OLD_TEMPLATE = """{% load i18n %}{% if rounds %}
<section id="consultations" aria-labelledby="consultations-heading">
  <h2 id="consultations-heading">{% trans "Open consultations" %}</h2>
  <ul class="consultations">
    {% for round in rounds %}
      <li><a href="{{ round.version.get_absolute_url }}">{{ round.version.document.title }}</a>
        <span class="consultation__meta">({% blocktrans with number=round.version.number %}version {{ number }}{% endblocktrans %}{% trans ", " context "list separator" %}{% blocktrans with date=round.closes_at|date:"DATE_FORMAT" %}open until {{ date }}{% endblocktrans %})</span></li>
    {% endfor %}
  </ul>
  {% if not user.is_authenticated %}<p>{% trans "Vetted professionals can comment on each recommendation." %} <a href="{% url 'account_signup' %}">{% trans "Apply to join" %}</a></p>{% endif %}
</section>
{% endif %}"""


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_the_open_consultations_are_listed_as_the_templates_loop_listed_them(client, rounds, language):
    rounds[0].version.document.title = 'Dutch <"SOP"> & co'
    rounds[0].version.document.save()
    with translation.override(language):
        html = client.get(f"/{language}/countries/nl/").content.decode()
        home = client.get(f"/{language}/").content.decode()
        shown = ConsultationRound.objects.open_now().listed_publicly()
        country = rounds[0].version.document.country_id
        expected = Template(OLD_TEMPLATE).render(
            Context({"rounds": list(shown.for_country(country)[:10]), "user": AnonymousUser()})
        )
        on_home = Template(OLD_TEMPLATE).render(Context({"rounds": list(shown[:10]), "user": AnonymousUser()}))
    assert "Dutch &lt;&quot;SOP&quot;&gt; &amp; co" in expected
    assert "Apply to join" in expected or language != "en"
    assert expected in html
    assert on_home in home

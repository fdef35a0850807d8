"""Who reads and who gives feedback in a country variant's national round:
members of that country (as its audience allows); members of other
countries never give feedback there; administrators read it for oversight
but do not take part."""

import pytest
from django.urls import reverse

from consult.models import Country
from consult.refusals import NotAllowed
from recommendations.consultation.services import give_feedback, may_give_feedback
from recommendations.drafting.variants import services
from recommendations.drafting.variants.national_drafts import start_national_draft
from recommendations.models import Feedback
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, member

from .factories import open_round
from .variant_data import european_editor, office, published_master

pytestmark = pytest.mark.django_db


def national_round(*, members_only=False, countries=()):
    """Belgium's variant in a national round; ``countries``: the round's
    audience as the office set it (empty: it named no country)."""
    master = published_master(european_editor())
    if members_only:
        master.document.members_only_in_consultation = True
        master.document.save()
    be_office = office("BE")
    variant = services.create_variant(
        staff=be_office, master=master.document, country=Country.objects.get(code="BE"), language="fr"
    )
    version = start_national_draft(staff=be_office, variant=variant)
    return open_round(version, countries=countries)


@pytest.mark.parametrize("countries", [(), ("BE",), ("BE", "NL")])
def test_only_members_of_the_variants_country_give_feedback_in_its_national_round(countries):
    round = national_round(countries=countries)
    clause = round.version.clauses.first()
    belgian, dutch = member(("BE",)), member(("NL",))
    assert may_give_feedback(belgian, round)
    assert not may_give_feedback(dutch, round)
    give_feedback(author=belgian, round=round, clause=clause, kind="comment", text="Name the CPVS in Liège.")
    with pytest.raises(NotAllowed):
        give_feedback(author=dutch, round=round, clause=clause, kind="comment", text="We would do it otherwise.")
    assert list(Feedback.objects.values_list("author", flat=True)) == [belgian.pk]


def test_an_administrator_reads_a_national_round_but_gives_no_feedback_there(client):
    round = national_round(members_only=True, countries=("BE",))
    clause = round.version.clauses.first()
    admin = administrator()
    admin.profile.countries.add(Country.objects.get(code="BE"))  # even one who lives in Belgium
    sign_in(client, admin)
    url = reverse("recommendations:clause", args=[round.version_id, clause.key])
    page = client.get(url)
    assert page.status_code == 200  # oversight
    assert 'name="text"' not in page.content.decode()  # no feedback form
    posted = client.post(url, {"kind": "comment", "text": "An administrator's view."})
    assert posted.status_code == 403
    assert not Feedback.objects.exists()


def test_a_member_of_another_country_sees_no_feedback_form_and_is_refused_on_posting(client):
    round = national_round()
    clause = round.version.clauses.first()
    url = reverse("recommendations:clause", args=[round.version_id, clause.key])
    sign_in(client, member(("NL",)))
    page = client.get(url)
    assert page.status_code == 200  # a public national round: everyone reads it
    assert 'name="text"' not in page.content.decode()
    assert client.post(url, {"kind": "comment", "text": "From the Netherlands."}).status_code == 403
    sign_in(client, member(("BE",)))
    assert 'name="text"' in client.get(url).content.decode()
    assert client.post(url, {"kind": "comment", "text": "From Belgium."}).status_code == 302
    assert list(Feedback.objects.values_list("text", flat=True)) == ["From Belgium."]


def test_a_members_only_national_round_is_read_by_its_countrys_members_not_by_others(client):
    round = national_round(members_only=True)
    url = reverse("recommendations:version", args=[round.version_id])
    assert client.get(url).status_code == 302  # anonymous: sign in first
    sign_in(client, member(("NL",)))
    assert client.get(url).status_code == 403
    sign_in(client, member(("BE",)))
    assert client.get(url).status_code == 200
    sign_in(client, administrator())
    assert client.get(url).status_code == 200


def test_a_variant_starts_with_the_masters_audience():
    round = national_round(members_only=True)
    assert round.version.document.members_only_in_consultation
    assert not national_round().version.document.members_only_in_consultation

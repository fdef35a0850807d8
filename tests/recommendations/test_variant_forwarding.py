"""Feedback from a variant's national round: forwarded to the master's
editors when it is on an inherited clause, kept national otherwise."""

import pytest
from django.urls import reverse

from consult.models import AuditLogEntry, Country
from consult.refusals import NotAllowed, Refusal
from recommendations.drafting.variants import forwarding, services
from recommendations.drafting.variants.national_drafts import start_national_draft
from recommendations.models import ForwardedFeedback
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, member

from .factories import FeedbackFactory, open_round
from .variant_data import european_editor, office, published_master

pytestmark = pytest.mark.django_db


@pytest.fixture
def master_editor(db):
    return european_editor()


@pytest.fixture
def master(master_editor):
    return published_master(master_editor)


@pytest.fixture
def be_office(db):
    return office("BE")


@pytest.fixture
def national(master, be_office):
    """Belgium's variant with clause 1 adapted, its national round open, and
    a member's feedback on clause 1 (adapted) and on clause 2 (inherited)."""
    variant = services.create_variant(
        staff=be_office, master=master.document, country=Country.objects.get(code="BE"), language="fr"
    )
    master_clauses = list(master.clauses.in_order())
    services.set_clause_state(
        staff=be_office,
        variant=variant,
        key=master_clauses[1].key,
        state="adapted",
        text="Le personnel oriente la personne vers le CPVS.",
        reason="Belgian law: the CPVS is the first point of contact.",
    )
    version = start_national_draft(staff=be_office, variant=variant)
    round = open_round(version, countries=("BE",))
    clauses = {c.key: c for c in version.clauses.all()}
    author = member(("BE",))
    on_adapted = FeedbackFactory(
        round=round, clause=clauses[master_clauses[1].key], author=author, text="Name the CPVS in Liège too."
    )
    on_inherited = FeedbackFactory(
        round=round,
        clause=clauses[master_clauses[2].key],
        author=author,
        text="Interpreters should also be trained on trauma: this is true in every country.",
    )
    return variant, on_adapted, on_inherited


def test_the_office_forwards_feedback_on_an_inherited_clause_once(national, be_office):
    variant, _adapted, inherited = national
    row, created = forwarding.forward_feedback_to_master(staff=be_office, feedback=inherited)
    assert created
    assert (row.variant, row.master, row.key) == (variant, variant.master, inherited.clause_key)
    again, created_again = forwarding.forward_feedback_to_master(staff=office("BE"), feedback=inherited)
    assert (again, created_again) == (row, False)
    assert ForwardedFeedback.objects.count() == 1
    assert AuditLogEntry.objects.filter(action="recommendations.forward_feedback").count() == 1


def test_feedback_on_a_national_adaptation_stays_national(national, be_office):
    _variant, adapted, _inherited = national
    with pytest.raises(Refusal) as refused:
        forwarding.forward_feedback_to_master(staff=be_office, feedback=adapted)
    assert "stays national" in refused.value.message
    assert not ForwardedFeedback.objects.exists()


def test_only_the_variants_office_forwards_never_the_master_editor_or_an_administrator(national, master_editor):
    _variant, _adapted, inherited = national
    for outsider in (master_editor, administrator(), office("NL"), member(("BE",))):
        with pytest.raises(NotAllowed):
            forwarding.forward_feedback_to_master(staff=outsider, feedback=inherited)
    assert not ForwardedFeedback.objects.exists()


def test_the_office_forwards_with_one_button_on_the_decision_page(client, national, be_office):
    _variant, adapted, inherited = national
    sign_in(client, be_office)
    page = client.get(reverse("recommendations:decide", args=[inherited.pk])).content.decode()
    assert "Forward to the master" in page
    assert reverse("recommendations:forward_feedback", args=[inherited.pk]) in page
    response = client.post(reverse("recommendations:forward_feedback", args=[inherited.pk]))
    assert response.status_code == 302
    assert ForwardedFeedback.objects.filter(feedback=inherited).exists()
    page = client.get(response["Location"]).content.decode()
    assert "Forwarded to the master" in page
    on_adapted = client.get(reverse("recommendations:decide", args=[adapted.pk])).content.decode()
    assert "its feedback stays national" in on_adapted
    assert reverse("recommendations:forward_feedback", args=[adapted.pk]) not in on_adapted
    refused = client.post(reverse("recommendations:forward_feedback", args=[adapted.pk]))
    assert refused.status_code == 400
    assert "stays national" in refused.content.decode()


def test_the_masters_editors_see_where_forwarded_feedback_came_from(client, national, be_office, master_editor):
    variant, _adapted, inherited = national
    forwarding.forward_feedback_to_master(staff=be_office, feedback=inherited)
    url = reverse("recommendations:variant_forwarded_feedback", args=[variant.master_id])
    sign_in(client, master_editor)
    matrix = client.get(reverse("recommendations:variant_matrix", args=[variant.master_id])).content.decode()
    assert "1 item of feedback forwarded by the countries" in matrix
    page = client.get(url).content.decode()
    assert "Interpreters should also be trained on trauma" in page
    assert "Belgium" in page
    assert variant.get_absolute_url() in page
    assert f"national clause {inherited.clause.number}</a>" in page


def test_the_forwarded_feedback_page_is_for_the_masters_editors_only(client, national, be_office):
    variant, _adapted, inherited = national
    forwarding.forward_feedback_to_master(staff=be_office, feedback=inherited)
    url = reverse("recommendations:variant_forwarded_feedback", args=[variant.master_id])
    assert client.get(url).status_code == 302  # sign in first
    for outsider in (be_office, member(("BE",))):
        sign_in(client, outsider)
        assert client.get(url).status_code == 403

"""Feedback a country office forwarded reaches the master's own triage and
workbench, marked with where it came from, and is decided there; the office
reads the master's decision."""

import pytest
from django.urls import reverse

from consult.models import Country
from consult.refusals import NotAllowed, Refusal
from recommendations.drafting.variants import forwarding, services
from recommendations.drafting.variants.national_drafts import start_national_draft
from recommendations.models import ForwardedFeedback
from tests.consult.conftest import sign_in
from tests.consult.factories import member

from .factories import FeedbackFactory, open_round
from .variant_data import european_editor, new_master_version, office, published_master

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
def forwarded(master, be_office):
    """Belgium's national round: a social worker's feedback on an inherited
    clause (master clause 3), forwarded to the master's editors."""
    variant = services.create_variant(
        staff=be_office, master=master.document, country=Country.objects.get(code="BE"), language="fr"
    )
    version = start_national_draft(staff=be_office, variant=variant)
    round = open_round(version, countries=("BE",))
    inherited_key = list(master.clauses.in_order())[2].key
    clause = version.clauses.get(key=inherited_key)
    feedback = FeedbackFactory(
        round=round,
        clause=clause,
        author=member(("BE",), sector="social_support"),
        text="Interpreters should also be trained on trauma: this is true in every country.",
    )
    row, _created = forwarding.forward_feedback_to_master(staff=be_office, feedback=feedback)
    return row


@pytest.fixture
def master_round(master, master_editor):
    """The master's next version, in consultation: its editors' triage and workbench."""
    return open_round(new_master_version(master_editor, master, publish=False))


def test_the_masters_triage_lists_forwarded_feedback_with_country_variant_and_sector(
    client, forwarded, master_round, master_editor
):
    sign_in(client, master_editor)
    page = client.get(reverse("recommendations:triage", args=[master_round.pk])).content.decode()
    assert "Forwarded by the country offices" in page
    assert "Interpreters should also be trained on trauma" in page
    assert "Belgium's variant" in page
    assert forwarded.variant.get_absolute_url() in page
    assert "Social support, Belgium" in page
    assert reverse("recommendations:forwarded_decide", args=[forwarded.pk]) in page
    # the clause view of the triage shows it on its own clause only
    clause_key = forwarded.key
    on_clause = client.get(reverse("recommendations:triage_clause", args=[master_round.pk, clause_key]))
    assert "Interpreters should also be trained" in on_clause.content.decode()
    other = next(c for c in master_round.version.clauses.all() if c.key != clause_key)
    elsewhere = client.get(reverse("recommendations:triage_clause", args=[master_round.pk, other.key]))
    assert "Interpreters should also be trained" not in elsewhere.content.decode()


def test_the_masters_workbench_shows_forwarded_feedback_on_its_clause(client, forwarded, master_round, master_editor):
    sign_in(client, master_editor)
    workbench = client.get(reverse("recommendations:merge", args=[master_round.pk])).content.decode()
    assert "Forwarded by the country offices" in workbench
    assert "Interpreters should also be trained on trauma" in workbench
    clause = client.get(reverse("recommendations:merge_clause", args=[master_round.pk, forwarded.key]))
    assert "Interpreters should also be trained on trauma" in clause.content.decode()


def test_the_master_editor_decides_a_forwarded_item_and_the_office_reads_the_decision(
    client, forwarded, master_round, master_editor, be_office
):
    sign_in(client, master_editor)
    url = reverse("recommendations:forwarded_decide", args=[forwarded.pk])
    form = client.get(url).content.decode()
    assert "the country office of Belgium" in form
    assert "Interpreters should also be trained on trauma" in form
    triage = reverse("recommendations:triage", args=[master_round.pk])
    response = client.post(
        url,
        {
            "decision": "partly_accepted",
            "reason": "Trauma training goes into chapter 2.",
            "revision": 0,
            "next": triage,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == triage
    assert "accepted in part: Trauma training goes into chapter 2." in client.get(triage).content.decode()
    # the office, on its own decision page for the feedback, sees the master's decision
    sign_in(client, be_office)
    office_page = client.get(reverse("recommendations:decide", args=[forwarded.feedback_id])).content.decode()
    assert "The master's editors decided: accepted in part." in office_page
    assert "Trauma training goes into chapter 2." in office_page


def test_a_forwarded_decision_without_its_reason_is_shown_in_the_form_and_saves_nothing(
    client, forwarded, master_editor
):
    sign_in(client, master_editor)
    url = reverse("recommendations:forwarded_decide", args=[forwarded.pk])
    response = client.post(url, {"decision": "rejected", "reason": "", "revision": 0})
    assert response.status_code == 400
    assert "Give the public reason for this decision." in response.content.decode()
    response = client.post(url, {"decision": "not-a-decision", "revision": 0})
    assert response.status_code == 400
    forwarded.refresh_from_db()
    assert forwarded.decision == "undecided"


def test_a_second_editor_deciding_on_a_stale_page_is_told_and_changes_nothing(client, forwarded, master_editor):
    second = european_editor()
    forwarding.decide_forwarded(editor=master_editor, forwarded=forwarded, decision="accepted", expected_revision=0)
    sign_in(client, second)
    response = client.post(
        reverse("recommendations:forwarded_decide", args=[forwarded.pk]),
        {"decision": "rejected", "reason": "Not for the master.", "revision": 0},
    )
    assert response.status_code == 409
    assert "Another editor decided on this item (now: accepted)" in response.content.decode()
    forwarded.refresh_from_db()
    assert forwarded.decision == "accepted"


def test_only_the_masters_editors_decide_forwarded_feedback(client, forwarded, be_office):
    url = reverse("recommendations:forwarded_decide", args=[forwarded.pk])
    assert client.get(url).status_code == 302  # sign in first
    for outsider in (be_office, member(("BE",)), member(("NL",))):
        sign_in(client, outsider)
        assert client.get(url).status_code == 403
        assert client.post(url, {"decision": "accepted", "revision": 0}).status_code == 403
        with pytest.raises(NotAllowed):
            forwarding.decide_forwarded(editor=outsider, forwarded=forwarded, decision="accepted")
    assert ForwardedFeedback.objects.get(pk=forwarded.pk).decision == "undecided"


def test_deciding_the_same_way_twice_changes_nothing(forwarded, master_editor):
    first = forwarding.decide_forwarded(
        editor=master_editor, forwarded=forwarded, decision="rejected", reason="Belgian matter."
    )
    again = forwarding.decide_forwarded(
        editor=master_editor, forwarded=forwarded, decision="rejected", reason="Belgian matter."
    )
    assert first.decision_revision == again.decision_revision == 1
    with pytest.raises(Refusal):
        forwarding.decide_forwarded(editor=master_editor, forwarded=forwarded, decision="undecided")

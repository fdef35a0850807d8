"""The Netherlands' national round, as each person concerned meets it.

Only members of the Netherlands take part (give feedback, endorse); what was
said there (the feedback on a clause, its API, the report "what you said,
what we did" and its API) is for NL members, the NL office, which runs the
round, and administrators, who read it for oversight but never take part. A
Belgian member reads the public national text but nothing said about it, and
cannot endorse or report what they cannot read."""

import pytest
from django.urls import reverse

from consult.models import Country, Flag
from consult.refusals import NotAllowed
from recommendations.consultation.services import endorse
from recommendations.drafting.variants import forwarding, services
from recommendations.drafting.variants.national_drafts import start_national_draft
from recommendations.models import Endorsement, Feedback
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, member

from .factories import FeedbackFactory, draft, open_round
from .variant_data import european_editor, office, published_master

pytestmark = pytest.mark.django_db

NATIONAL = "Noem het Centrum Seksueel Geweld in Utrecht."
FORWARDED = "Interpreters should be trained on trauma: true in every country."


@pytest.fixture
def nl_office(db):
    return office("NL")


@pytest.fixture
def master_editor(db):
    """An editor of the (EU-wide) master who lives in Belgium: not one of the round's members."""
    editor = european_editor()
    editor.profile.countries.set([Country.objects.get(code="BE")])
    return editor


@pytest.fixture
def round(nl_office, master_editor):
    """The NL variant's national round, open, with a member's feedback on an
    adapted clause and another's on an inherited one, forwarded to the master."""
    master = published_master(master_editor)
    variant = services.create_variant(
        staff=nl_office, master=master.document, country=Country.objects.get(code="NL"), language="nl"
    )
    master_clauses = list(master.clauses.in_order())
    services.set_clause_state(
        staff=nl_office,
        variant=variant,
        key=master_clauses[1].key,
        state="adapted",
        text="Het personeel verwijst naar het Centrum Seksueel Geweld.",
        reason="Dutch practice: the CSG is the first point of contact.",
    )
    version = start_national_draft(staff=nl_office, variant=variant)
    round = open_round(version, countries=("NL",))
    clauses = {c.key: c for c in version.clauses.all()}
    FeedbackFactory(round=round, clause=clauses[master_clauses[1].key], author=member(("NL",)), text=NATIONAL)
    inherited = FeedbackFactory(
        round=round, clause=clauses[master_clauses[2].key], author=member(("NL",)), text=FORWARDED
    )
    forwarding.forward_feedback_to_master(staff=nl_office, feedback=inherited)
    return round


def national_feedback(round):
    return Feedback.objects.get(round=round, text=NATIONAL)


def clause_url(feedback):
    return reverse("recommendations:clause", args=[feedback.version_id, feedback.clause_key])


# --- endorsing is taking part -----------------------------------------------------


def test_a_belgian_member_cannot_endorse_feedback_in_the_dutch_national_round(client, round):
    feedback = national_feedback(round)
    belgian = member(("BE",))
    sign_in(client, belgian)
    response = client.post(reverse("recommendations:endorse", args=[feedback.pk]))
    assert response.status_code == 403
    with pytest.raises(NotAllowed):
        endorse(user=belgian, feedback=feedback)
    feedback.refresh_from_db()
    assert feedback.endorsement_count == 0
    assert not Endorsement.objects.exists()


def test_a_dutch_member_sees_the_endorse_button_and_endorses(client, round):
    feedback = national_feedback(round)
    sign_in(client, member(("NL",)))
    page = client.get(clause_url(feedback)).content.decode()
    assert NATIONAL in page
    assert reverse("recommendations:endorse", args=[feedback.pk]) in page
    assert client.post(reverse("recommendations:endorse", args=[feedback.pk])).status_code == 302
    feedback.refresh_from_db()
    assert feedback.endorsement_count == 1


def test_an_administrator_reads_the_feedback_but_is_offered_no_endorsement_and_is_refused_one(client, round):
    feedback = national_feedback(round)
    admin = administrator()
    admin.profile.countries.add(Country.objects.get(code="NL"))  # even one who lives in the Netherlands
    sign_in(client, admin)
    page = client.get(clause_url(feedback)).content.decode()
    assert NATIONAL in page  # oversight
    assert reverse("recommendations:endorse", args=[feedback.pk]) not in page
    assert client.post(reverse("recommendations:endorse", args=[feedback.pk])).status_code == 403
    with pytest.raises(NotAllowed):
        endorse(user=admin, feedback=feedback)
    feedback.refresh_from_db()
    assert feedback.endorsement_count == 0


def test_in_a_common_round_any_member_still_endorses(client):
    common = open_round(draft("NL", 3), countries=("NL",))
    feedback = FeedbackFactory(round=common, clause=None, author=member(("NL",)), text="A common remark.")
    sign_in(client, member(("BE",)))
    assert client.post(reverse("recommendations:endorse", args=[feedback.pk])).status_code == 302
    feedback.refresh_from_db()
    assert feedback.endorsement_count == 1


# --- what was said: feedback, report, their APIs -------------------------------------


def test_a_belgian_member_reads_the_national_text_but_not_what_was_said_about_it(client, round):
    feedback = national_feedback(round)
    sign_in(client, member(("BE",)))
    page = client.get(clause_url(feedback))
    assert page.status_code == 200  # the national text is public
    assert NATIONAL not in page.content.decode()
    report = client.get(reverse("recommendations:report", args=[round.pk]))
    assert report.status_code == 403
    assert NATIONAL not in report.content.decode()
    assert FORWARDED not in report.content.decode()
    api = client.get(f"/api/recommendations/rounds/{round.pk}/report")
    assert api.status_code == 404
    assert "detail" in api.json()
    feedback_api = client.get(f"/api/recommendations/versions/{round.version_id}/feedback")
    assert feedback_api.status_code == 404  # as the report's API: it does not say there is feedback
    assert NATIONAL not in feedback_api.content.decode()


def test_a_belgian_member_cannot_report_feedback_they_cannot_read(client, round):
    feedback = national_feedback(round)
    sign_in(client, member(("BE",)))
    response = client.post(reverse("recommendations:flag", args=[feedback.pk]), {"reason": "spam"})
    assert response.status_code == 403
    assert not Flag.objects.exists()


def test_a_visitor_is_asked_to_sign_in_for_the_report(client, round):
    response = client.get(reverse("recommendations:report", args=[round.pk]))
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.parametrize("who", ["nl_member", "nl_office", "administrator"])
def test_the_report_is_read_by_dutch_members_the_dutch_office_and_administrators(client, round, nl_office, who):
    reader = {"nl_member": lambda: member(("NL",)), "nl_office": lambda: nl_office, "administrator": administrator}
    sign_in(client, reader[who]())
    report = client.get(reverse("recommendations:report", args=[round.pk]))
    assert report.status_code == 200
    body = report.content.decode()
    assert NATIONAL in body
    assert FORWARDED in body
    api = client.get(f"/api/recommendations/rounds/{round.pk}/report")
    assert api.status_code == 200
    assert NATIONAL in api.content.decode()


def test_the_masters_editor_reads_forwarded_feedback_on_their_page_not_the_national_report(
    client, round, master_editor
):
    sign_in(client, master_editor)
    assert client.get(reverse("recommendations:report", args=[round.pk])).status_code == 403
    master = round.version.document.variant.master
    forwarded = client.get(reverse("recommendations:variant_forwarded_feedback", args=[master.pk]))
    assert forwarded.status_code == 200
    assert FORWARDED in forwarded.content.decode()
    assert NATIONAL not in forwarded.content.decode()


# --- the office runs its own national round ---------------------------------------


def test_the_dutch_office_triages_its_round_the_belgian_office_does_not(client, round, nl_office):
    url = reverse("recommendations:triage", args=[round.pk])
    sign_in(client, nl_office)
    page = client.get(url)
    assert page.status_code == 200
    assert NATIONAL in page.content.decode()
    sign_in(client, office("BE"))
    refused = client.get(url)
    assert refused.status_code == 403
    assert NATIONAL not in refused.content.decode()


def test_a_belgian_member_is_told_why_the_dutch_national_round_offers_them_no_feedback(client, round):
    version_url = reverse("recommendations:version", args=[round.version_id])
    sign_in(client, member(("BE",)))
    page = client.get(version_url).content.decode()
    assert "only members working in" in page
    sign_in(client, member(("NL",)))
    assert "only members working in" not in client.get(version_url).content.decode()
    sign_in(client, member(("BE",)))
    dutch = client.get("/nl" + version_url[3:]).content.decode()
    assert "alleen leden die in" in dutch

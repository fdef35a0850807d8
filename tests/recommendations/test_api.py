"""The recommendations API under /api/recommendations/."""

import pytest

from consult.models import CountryRole
from recommendations.models import DocumentVersion, Feedback
from tests.consult.factories import member, staff

from .factories import FeedbackFactory, draft, open_round

pytestmark = pytest.mark.django_db


def test_documents_list_only_versions_the_caller_may_read(client, round, version):
    draft("NL", 2)  # a document with only a draft: not listed

    body = client.get("/api/recommendations/documents").json()

    assert [d["id"] for d in body] == [version.document_id]
    assert body[0]["versions"] == [{"id": version.pk, "number": 1, "status": "consultation"}]


def test_a_version_comes_with_its_clauses_and_their_stable_keys(client, round):
    body = client.get(f"/api/recommendations/versions/{round.version.pk}").json()

    assert [c["key"] for c in body["clauses"]] == [str(c.key) for c in round.version.clauses.in_order()]
    assert body["round"]["state"] == "open"


def test_a_draft_is_not_found_for_the_public(client, version):
    response = client.get(f"/api/recommendations/versions/{version.pk}")
    assert response.status_code == 404
    assert "detail" in response.json()


def test_feedback_of_a_published_version_is_public_with_its_decisions_and_no_names(client, round, author):
    FeedbackFactory(round=round, author=author, decision="rejected", decision_reason="Law says otherwise")
    FeedbackFactory(round=round, author=author, visibility="held", text="held item")
    DocumentVersion.objects.filter(pk=round.version.pk).update(status="final")

    body = client.get(f"/api/recommendations/versions/{round.version.pk}/feedback").json()

    assert len(body) == 1
    assert body[0]["decision_reason"] == "Law says otherwise"
    assert body[0]["author_country"] == "NL"
    assert "author" not in body[0]


def test_feedback_of_a_version_in_consultation_is_for_members_only(client, round, author):
    FeedbackFactory(round=round, author=author)
    assert client.get(f"/api/recommendations/versions/{round.version.pk}/feedback").status_code == 404

    client.force_login(member(("NL",)))
    assert len(client.get(f"/api/recommendations/versions/{round.version.pk}/feedback").json()) == 1


def test_a_member_creates_feedback_through_the_api(client, round, author):
    client.force_login(author)
    clause = round.version.clauses.in_order()[1]

    response = client.post(
        f"/api/recommendations/versions/{round.version.pk}/feedback",
        {"clause_key": str(clause.key), "kind": "question", "text": "Who pays the interpreter?"},
        content_type="application/json",
    )

    assert response.status_code == 201
    assert response.json()["held_for_moderation"] is False
    assert Feedback.objects.get().clause == clause


def test_the_api_refuses_anonymous_feedback(client, round):
    response = client.post(
        f"/api/recommendations/versions/{round.version.pk}/feedback",
        {"kind": "comment", "text": "x"},
        content_type="application/json",
    )
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("payload", "status", "message"),
    [
        ({"kind": "amendment", "proposed_text": ""}, 400, "choose the clause"),
        ({"kind": "comment", "text": "x" * 5001}, 400, "at most"),
        ({"kind": "nonsense", "text": "x"}, 400, "Choose a kind"),
    ],
)
def test_bad_feedback_through_the_api_gets_a_json_error(client, round, author, payload, status, message):
    client.force_login(author)
    response = client.post(
        f"/api/recommendations/versions/{round.version.pk}/feedback", payload, content_type="application/json"
    )
    assert response.status_code == status
    assert message in response.json()["detail"]


def test_a_clause_of_another_version_through_the_api_is_refused(client, round, author):
    client.force_login(author)
    other = draft("NL", 2).clauses.first()
    response = client.post(
        f"/api/recommendations/versions/{round.version.pk}/feedback",
        {"clause_key": str(other.key), "kind": "comment", "text": "x"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "another version" in response.json()["detail"]


def test_feedback_after_closing_through_the_api_is_a_conflict(client, round, author):
    from django.utils import timezone

    round.closed_at = timezone.now()
    round.save()
    client.force_login(author)
    response = client.post(
        f"/api/recommendations/versions/{round.version.pk}/feedback",
        {"kind": "comment", "text": "late"},
        content_type="application/json",
    )
    assert response.status_code == 409
    assert "closed" in response.json()["detail"]


def test_the_api_is_in_the_openapi_schema(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/recommendations/versions/{version_id}/feedback" in paths


def test_an_outsider_gets_403_through_the_api(client, version):
    round = open_round(version, countries=("BE",))
    client.force_login(staff(CountryRole.Role.MODERATOR, "NL"))
    response = client.post(
        f"/api/recommendations/versions/{round.version.pk}/feedback",
        {"kind": "comment", "text": "x"},
        content_type="application/json",
    )
    assert response.status_code == 403

"""GET /api/recommendations/rounds/{id}/report: "What you said, what we did" as JSON."""

import pytest

from consult.models import Profile
from recommendations.merging import building
from recommendations.models import DocumentVersion
from tests.consult.factories import member

from .merging_fixtures import known_round
from .test_merge_views import resolve_all

pytestmark = pytest.mark.django_db

# The round; the report (clauses, build, feedback with authors and countries);
# the user and profile in one query (cached when warm). A member's reading is
# the rule's first branch (members' feedback), so the document's editors are
# no longer asked.
REPORT_API_QUERIES = 7


@pytest.fixture
def known(round):
    return known_round(round)


@pytest.fixture
def built(known, editor, django_capture_on_commit_callbacks):
    resolve_all(known, editor)
    with django_capture_on_commit_callbacks(execute=True):
        build = building.start_build(editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True)
    build.refresh_from_db()
    return build


def report_url(round_id, query=""):
    return f"/api/recommendations/rounds/{round_id}/report{query}"


def test_a_member_reads_each_decision_its_reason_and_what_the_next_version_did(client, known, built):
    client.force_login(member(("BE",)))

    response = client.get(report_url(known.round.pk))

    assert response.status_code == 200
    report = response.json()
    assert report["version_number"] == 1
    assert report["next_version_number"] == 2
    clauses = {clause["key"]: clause for clause in report["clauses"]}
    spanned = clauses[str(known.clauses[1].key)]
    assert spanned["change"] == "changed"
    assert "a sexual assault centre or a hospital" in spanned["new_text"]
    assert [item["id"] for item in spanned["items"]] == [known.span_amendment.pk]  # the held comment is not there
    rejected = next(item for item in clauses[str(known.clauses[4].key)]["items"] if item["id"] == known.rejected.pk)
    assert rejected["decision"] == "rejected"
    assert rejected["decision_reason"] == "Reason given in public."
    assert rejected["author_sector"] == "Police and protection"
    assert [item["text"] for item in report["document_items"]] == ["Good document overall."]


def test_hidden_and_held_feedback_and_author_names_never_appear(client, known, built):
    client.force_login(member(("NL",)))

    body = client.get(report_url(known.round.pk)).content.decode()

    assert "SECRET hidden text." not in body
    assert "HELD text" not in body
    assert known.span_amendment.author.profile.display_name not in body
    assert "author_id" not in body


def test_mine_gives_only_the_members_own_items_and_everyones_counts(client, known, built):
    own = known.rival_b.author  # the Belgian police officer: three visible items
    client.force_login(own)

    report = client.get(report_url(known.round.pk, "?mine=true")).json()

    ids = [item["id"] for clause in report["clauses"] for item in clause["items"]] + [
        item["id"] for item in report["document_items"]
    ]
    assert sorted(ids) == sorted([known.rival_b.pk, known.rejected.pk, known.concern.pk])
    conflict = next(clause for clause in report["clauses"] if clause["key"] == str(known.clauses[2].key))
    assert conflict["counts"] == {"amendment": 2}


@pytest.mark.parametrize(
    ("who", "published", "expected"),
    [("anonymous", False, 404), ("anonymous", True, 200), ("pending", False, 404), ("member", False, 200)],
)
def test_who_reads_the_report_through_the_api(client, known, who, published, expected):
    if published:
        DocumentVersion.objects.filter(pk=known.round.version.pk).update(status="superseded")
    if who == "pending":
        client.force_login(member(("NL",), status=Profile.Status.PENDING))
    elif who == "member":
        client.force_login(member(("NL",)))

    response = client.get(report_url(known.round.pk))

    assert response.status_code == expected
    if expected == 404:
        assert response.json() == {"detail": "Not found."}


def test_before_the_build_the_changes_are_empty(client, known):
    client.force_login(member(("NL",)))

    report = client.get(report_url(known.round.pk)).json()

    assert report["next_version_number"] is None
    assert {clause["change"] for clause in report["clauses"]} == {""}
    assert {clause["new_text"] for clause in report["clauses"]} == {None}


@pytest.mark.parametrize("query", ["?mine=perhaps", ""])
def test_bad_input_is_a_4xx_with_a_json_body(client, known, query):
    client.force_login(member(("NL",)))

    response = client.get(f"/api/recommendations/rounds/not-a-number/report{query}")
    wrong_flag = client.get(report_url(known.round.pk, "?mine=perhaps"))

    assert 400 <= response.status_code < 500
    assert response.json()["detail"]
    assert wrong_flag.status_code == 422
    assert wrong_flag.json()["detail"]
    assert client.get(report_url(987654)).status_code == 404


@pytest.mark.parametrize("clauses", [6, 60])
def test_the_report_api_takes_the_same_queries_for_any_number_of_clauses(
    client, author, clauses, django_assert_num_queries
):
    from .test_merge_views import closed_round_with

    round = closed_round_with(clauses, author)
    client.force_login(author)

    with django_assert_num_queries(REPORT_API_QUERIES):
        assert client.get(report_url(round.pk)).status_code == 200

"""The diff page and the diff API between two versions of a document."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from recommendations.models import DocumentVersion
from tests.consult.conftest import sign_in
from tests.consult.factories import member

from .factories import draft
from .versions import known_versions, many_clause_versions

pytestmark = pytest.mark.django_db


def diff_url(old, new):
    return f"/en/recommendations/versions/{old.pk}/diff/{new.pk}/"


def test_the_diff_page_labels_every_clause_change_in_words(client):
    v1, v2 = known_versions()
    response = client.get(diff_url(v1, v2))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Moved from 2.2" in html
    assert "Added" in html
    assert "Removed" in html
    assert "Changed (was 1.1)" in html


def test_the_diff_page_starts_with_a_summary_count(client):
    v1, v2 = known_versions()
    html = client.get(diff_url(v1, v2)).content.decode()
    summary = html[html.index("recs-diff-summary") : html.index("recs-diff-rows")]
    assert "1 clause changed" in summary
    assert "1 added" in summary
    assert "1 removed" in summary
    assert "1 moved" in summary
    assert "3 unchanged" in summary


def test_the_diff_page_shows_the_word_level_redline_inside_a_changed_clause(client):
    v1, v2 = known_versions()
    html = client.get(diff_url(v1, v2)).content.decode()
    assert '<ins class="redline-ins"><span class="visually-hidden">inserted: </span>specialist </ins>' in html
    assert '<del class="redline-del"><span class="visually-hidden">deleted: </span>' in html


def test_the_diff_page_can_show_only_the_changed_clauses(client):
    v1, v2 = known_versions()
    html = client.get(diff_url(v1, v2) + "?changes=only").content.decode()
    assert "Unchanged" not in html.split("recs-diff-rows", 1)[1]


def test_the_diff_of_versions_of_two_documents_is_not_found(client):
    v1, _v2 = known_versions()
    other, _ = known_versions()
    assert client.get(diff_url(v1, other)).status_code == 404


def test_the_diff_with_an_unknown_version_is_not_found(client):
    v1, _v2 = known_versions()
    assert client.get(f"/en/recommendations/versions/{v1.pk}/diff/999999/").status_code == 404


def test_the_diff_with_a_draft_is_refused_to_members_who_may_not_read_it(client):
    v1, v2 = known_versions(new_status=DocumentVersion.Status.DRAFT)
    assert client.get(diff_url(v1, v2)).status_code == 302  # to sign-in
    sign_in(client, member(("BE",)))
    assert client.get(diff_url(v1, v2)).status_code == 403


def test_the_editor_reads_the_diff_with_their_draft(client, editor):
    v1, v2 = known_versions(new_status=DocumentVersion.Status.DRAFT)
    sign_in(client, editor)
    assert client.get(diff_url(v1, v2)).status_code == 200


def test_the_diff_page_needs_the_same_queries_whatever_the_number_of_clauses(client):
    def queries(count):
        v1, v2 = many_clause_versions(count)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(diff_url(v1, v2)).status_code == 200
        return len(captured)

    assert queries(6) == queries(90)


def test_the_diff_page_query_count_is_pinned(client, django_assert_num_queries):
    v1, v2 = many_clause_versions(30)
    sign_in(client, member(("NL",)))
    client.get(diff_url(v1, v2))  # warm the session and the member's caches
    # the member's countries, the two versions and their editors, the version
    # list, the two versions' clauses
    with django_assert_num_queries(5):  # the session, user, profile, roles and MFA standing come from the cache
        client.get(diff_url(v1, v2))


def test_the_version_page_links_to_the_comparison_with_the_previous_version(client):
    v1, v2 = known_versions()
    html = client.get(v2.get_absolute_url()).content.decode()
    assert f'href="/en/recommendations/versions/{v1.pk}/diff/{v2.pk}/"' in html
    assert "Compare with the previous version (1)" in html


def test_the_version_picker_sends_the_browser_to_the_diff(client):
    v1, v2 = known_versions()
    response = client.get(f"/en/recommendations/versions/{v2.pk}/compare/", {"old": v2.pk, "new": v1.pk})
    assert response.status_code == 302
    assert response["Location"] == diff_url(v2, v1)


def test_the_version_picker_refuses_the_same_version_twice_with_a_message(client):
    _v1, v2 = known_versions()
    response = client.get(f"/en/recommendations/versions/{v2.pk}/compare/", {"old": v2.pk, "new": v2.pk})
    assert response.status_code == 400
    assert "Choose two different versions." in response.content.decode()


def test_the_version_picker_refuses_nonsense_with_a_message(client):
    _v1, v2 = known_versions()
    response = client.get(f"/en/recommendations/versions/{v2.pk}/compare/", {"old": "abc", "new": "<x>"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


# --- API ----------------------------------------------------------------------------


def api_diff(client, old_id, new_id):
    return client.get(f"/api/recommendations/versions/{old_id}/diff/{new_id}")


def test_the_api_gives_the_clause_changes_and_word_operations(client):
    v1, v2 = known_versions()
    response = api_diff(client, v1.pk, v2.pk)
    assert response.status_code == 200
    data = response.json()
    assert data["summary"]["changed"] == 1
    changes = [(row["new_number"] or row["old_number"], row["change"]) for row in data["clauses"]]
    assert changes == [
        ("1", "unchanged"),
        ("1.1", "moved"),
        ("1.2", "changed"),
        ("1.3", "unchanged"),
        ("2", "unchanged"),
        ("2.1", "removed"),
        ("2.1", "added"),
    ]
    changed = next(row for row in data["clauses"] if row["change"] == "changed")
    assert {"op": "insert", "text": "specialist "} in changed["words"]


def test_the_api_refuses_versions_of_two_documents_with_400(client):
    v1, _ = known_versions()
    other, _ = known_versions()
    response = api_diff(client, v1.pk, other.pk)
    assert response.status_code == 400
    assert response.json() == {"detail": "The two versions belong to different documents."}


def test_the_api_answers_404_for_an_unknown_or_unreadable_version(client):
    v1, _ = known_versions()
    hidden = draft("NL", 2)
    assert api_diff(client, v1.pk, 999999).status_code == 404
    assert api_diff(client, v1.pk, hidden.pk).json() == {"detail": "Not found."}


def test_the_diff_endpoint_is_in_the_openapi_schema(client):
    schema = client.get("/api/openapi.json").json()
    operation = schema["paths"]["/api/recommendations/versions/{version_id}/diff/{other_id}"]["get"]
    assert set(operation["responses"]) >= {"200", "400", "404"}


def _selected(html, name):
    """The value preselected in the <select name=...> of the page."""
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    chosen = re.search(r'<option value="([^"]*)"[^>]*selected', select)
    return chosen.group(1) if chosen else None  # None: the first option, the browser's default


def test_download_these_changes_opens_the_exports_with_the_changes_between_the_two_versions_chosen(client, editor):
    v1, v2 = known_versions(new_status=DocumentVersion.Status.DRAFT)
    sign_in(client, editor)
    diff = client.get(diff_url(v1, v2)).content.decode()
    link = re.search(r'<a href="([^"]+)">Download these changes', diff).group(1).replace("&amp;", "&")

    exports = client.get(link).content.decode()

    assert _selected(exports, "kind") == "diff"
    assert _selected(exports, "base_version") == str(v1.pk)


def test_the_exports_page_ignores_a_preselection_it_does_not_offer(client, editor):
    _v1, v2 = known_versions(new_status=DocumentVersion.Status.DRAFT)
    sign_in(client, editor)

    response = client.get(f"/en/recommendations/versions/{v2.pk}/exports/?kind=nonsense&base_version=abc")

    assert response.status_code == 200
    assert _selected(response.content.decode(), "kind") in (None, "version")  # "This version" comes first

"""Who reads the feedback given on a version: one named rule
(``recommendations.view_feedback_of_version``), asked by the version's pages
and by ``GET /api/recommendations/versions/{id}/feedback`` alike, so the two
agree for every role and every state of the version."""

import pytest
from django.contrib.auth.models import AnonymousUser

from consult.models import CountryRole, Profile
from recommendations.models import DocumentVersion
from tests.consult.factories import administrator, member, staff

from .factories import FeedbackFactory, draft, open_round

pytestmark = pytest.mark.django_db

REMARK = "Interpreters should be booked before the first interview."

ROLES = {
    "public": lambda: None,
    "pending": lambda: member(("NL",), status=Profile.Status.PENDING),
    "member": lambda: member(("NL",)),
    "member elsewhere": lambda: member(("BE",)),
    "moderator": lambda: staff(CountryRole.Role.MODERATOR, "NL"),
    "editor": lambda: staff(CountryRole.Role.EDITOR, "NL"),
    "administrator": administrator,
}
STATES = ["consultation", "members-only", "closed", "final", "superseded"]


def version_with_feedback(state):
    """A Dutch version in ``state`` with one visible feedback item on its second clause."""
    version = draft("NL", 4)
    if state == "members-only":
        version.document.members_only_in_consultation = True
        version.document.save()
    round = open_round(version)
    clause = version.clauses.in_order()[1]
    author = member(("NL",), display_name="Author Visible-Name")
    FeedbackFactory(round=round, author=author, clause=clause, text=REMARK)
    status = {"members-only": "consultation"}.get(state, state)
    DocumentVersion.objects.filter(pk=version.pk).update(status=status)
    version.refresh_from_db()
    return version, clause


def sign_in_as(client, role):
    user = ROLES[role]()
    if user is not None:
        client.force_login(user)
    return user or AnonymousUser()


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", list(ROLES))
def test_the_api_and_the_version_pages_agree_on_who_reads_the_feedback(client, role, state):
    version, clause = version_with_feedback(state)
    user = sign_in_as(client, role)
    allowed = user.has_perm("recommendations.view_feedback_of_version", version)

    api = client.get(f"/api/recommendations/versions/{version.pk}/feedback")
    clause_page = client.get(f"/en/recommendations/versions/{version.pk}/clauses/{clause.key}/")
    version_page = client.get(f"/en/recommendations/versions/{version.pk}/")

    api_shows = api.status_code == 200 and [item["text"] for item in api.json()] == [REMARK]
    assert api_shows == allowed
    assert (clause_page.status_code == 200 and REMARK in clause_page.content.decode()) == allowed
    feedback_link = f"/en/recommendations/versions/{version.pk}/clauses/{clause.key}/"
    assert (version_page.status_code == 200 and feedback_link in version_page.content.decode()) == allowed


@pytest.mark.parametrize("state", ["final", "superseded"])
def test_the_public_reads_published_feedback_without_the_authors_names(client, state):
    version, clause = version_with_feedback(state)

    page = client.get(f"/en/recommendations/versions/{version.pk}/clauses/{clause.key}/").content.decode()

    assert REMARK in page
    assert "Author Visible-Name" not in page


def test_members_read_the_authors_names_beside_their_feedback(client):
    version, clause = version_with_feedback("consultation")
    client.force_login(member(("NL",)))

    page = client.get(f"/en/recommendations/versions/{version.pk}/clauses/{clause.key}/").content.decode()

    assert "Author Visible-Name" in page

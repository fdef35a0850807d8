"""The permission matrix: member, editor of this document, editor of
another, moderator and the public, for each action, each cell asserted."""

import pytest
from django.contrib.auth.models import AnonymousUser

from consult.models import CountryRole
from tests.consult.factories import member, staff

from .factories import FeedbackFactory, draft, open_round

pytestmark = pytest.mark.django_db

ROLES = ["public", "member", "editor of this document", "editor of another", "moderator", "named editor"]

# action -> (permission, object)
ACTIONS = {
    "read the draft": ("recommendations.view_version", "draft"),
    "read a version in consultation": ("recommendations.view_version", "consultation"),
    "read a members-only version in consultation": ("recommendations.view_version", "members-only"),
    "read the feedback": ("recommendations.view_feedback", "consultation"),
    "edit the draft": ("recommendations.edit_document", "draft"),
    "open a round": ("recommendations.open_round", "draft"),
    "give feedback": ("recommendations.give_feedback", "round"),
    "edit someone else's feedback": ("recommendations.edit_feedback", "feedback"),
    "endorse feedback": ("recommendations.endorse_feedback", "feedback"),
    "decide on feedback": ("recommendations.decide_feedback", "feedback"),
    "see the statistics": ("recommendations.view_statistics", "round"),
}

Y, N = True, False
EXPECTED = {
    #                                            public member  this   another moderator named
    "read the draft":                              (N, N, Y, N, N, Y),
    "read a version in consultation":              (Y, Y, Y, Y, Y, Y),
    "read a members-only version in consultation": (N, Y, Y, Y, Y, Y),
    "read the feedback":                           (N, Y, Y, Y, Y, Y),
    "edit the draft":                              (N, N, Y, N, N, Y),
    "open a round":                                (N, N, Y, N, N, Y),
    "give feedback":                               (N, Y, Y, N, Y, Y),
    "edit someone else's feedback":                (N, N, N, N, N, N),
    "endorse feedback":                            (N, Y, Y, Y, Y, Y),
    "decide on feedback":                          (N, N, Y, N, N, Y),
    "see the statistics":                          (N, N, Y, N, N, Y),
}  # fmt: skip


@pytest.fixture
def world(db):
    """A Dutch document's draft, a version in consultation (round open to
    NL only), a members-only one, and a feedback item by another member."""
    users = {
        "public": AnonymousUser(),
        "member": member(("NL",)),
        "editor of this document": staff(CountryRole.Role.EDITOR, "NL"),
        "editor of another": staff(CountryRole.Role.EDITOR, "BE"),
        "moderator": staff(CountryRole.Role.MODERATOR, "NL"),
        "named editor": member(("NL",)),
    }
    the_draft = draft("NL", 3, editors=[users["named editor"]])
    consultation = draft("NL", 3, editors=[users["named editor"]])
    round = open_round(consultation, countries=("NL",))
    members_only = draft("NL", 3)
    members_only.document.members_only_in_consultation = True
    members_only.document.save()
    open_round(members_only)
    feedback = FeedbackFactory(round=round, author=member(("NL",)))
    objects = {
        "draft": the_draft,
        "consultation": consultation,
        "members-only": members_only,
        "round": round,
        "feedback": feedback,
    }
    return users, objects


@pytest.mark.parametrize("action", list(ACTIONS))
def test_the_permission_matrix(world, action):
    users, objects = world
    permission, target = ACTIONS[action]
    got = tuple(users[role].has_perm(permission, objects[target]) for role in ROLES)
    assert got == EXPECTED[action], dict(zip(ROLES, got, strict=True))


def test_authors_may_edit_their_own_feedback(world):
    _users, objects = world
    feedback = objects["feedback"]
    assert feedback.author.has_perm("recommendations.edit_feedback", feedback)
    assert not feedback.author.has_perm("recommendations.endorse_feedback", feedback)


def test_an_eu_wide_document_is_edited_by_editors_of_every_country_only(db):
    version = draft(None, 2)
    assert staff(CountryRole.Role.EDITOR, None).has_perm("recommendations.edit_document", version)
    assert not staff(CountryRole.Role.EDITOR, "NL").has_perm("recommendations.edit_document", version)

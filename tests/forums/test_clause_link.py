"""A forum thread about a clause of a draft recommendation."""

import pytest

from forums.models import Thread
from tests.consult.factories import member
from tests.forums.factories import ForumFactory
from tests.recommendations.factories import draft, open_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def clause():
    version = draft("NL")
    open_round(version)
    return version.clauses.in_order()[1]


def test_a_member_starts_a_thread_about_a_clause_from_the_clause_page(client, clause):
    forum = ForumFactory()
    author = member(countries=("NL",))
    client.force_login(author)
    assert f"?clause={clause.pk}" in client.get(clause.get_absolute_url()).content.decode()
    form_page = client.get(f"/en/forums/{forum.slug}/new/", {"clause": clause.pk}).content.decode()
    assert f'name="clause" value="{clause.pk}"' in form_page

    client.post(
        f"/en/forums/{forum.slug}/new/",
        {"kind": "discussion", "title": "Interpreters in 4.2", "body": "How do you arrange this?", "clause": clause.pk},
    )
    thread = Thread.objects.get(title="Interpreters in 4.2")
    assert thread.clause == clause
    assert list(clause.forum_threads.all()) == [thread]  # recommendations reads it through the relation


def test_a_clause_of_a_draft_the_member_may_not_read_is_not_linked(client):
    version = draft("NL")  # still a draft: only its editors read it
    clause = version.clauses.in_order()[1]
    forum = ForumFactory()
    client.force_login(member(countries=("NL",)))
    client.post(
        f"/en/forums/{forum.slug}/new/",
        {"kind": "discussion", "title": "About a draft", "body": "A question.", "clause": clause.pk},
    )
    assert Thread.objects.get(title="About a draft").clause is None

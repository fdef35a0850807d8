"""A version page costs the same number of queries however many clauses it has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.consult.factories import member

from .factories import FeedbackFactory, draft, open_round

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # warm the session and caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("signed_in_member", [False, True], ids=["public", "member"])
def test_a_version_page_needs_the_same_queries_for_10_and_120_clauses(client, signed_in, signed_in_member):
    small, large = draft("NL", 10), draft("NL", 120)
    author = member(("NL",))
    for version in (small, large):
        round = open_round(version)
        for clause in version.clauses.in_order()[:5]:
            FeedbackFactory(round=round, author=author, clause=clause)
    if signed_in_member:
        signed_in(member(("NL",)))
    assert queries_for(client, small.get_absolute_url()) == queries_for(client, large.get_absolute_url())

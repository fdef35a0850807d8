"""A thread page costs the same number of queries however many posts it has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.consult.factories import member

from .factories import PostFactory, thread_with_posts

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # the first visit creates the read marker
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_thread_page_needs_the_same_queries_for_5_and_50_posts_with_replies(signed_in):
    small, large = thread_with_posts(5), thread_with_posts(50)
    for thread in (small, large):
        for post in thread.posts.all()[:3]:
            PostFactory(thread=thread, author=member(), reply_to=post)
    client = signed_in(member())
    assert queries_for(client, small.get_absolute_url()) == queries_for(client, large.get_absolute_url())

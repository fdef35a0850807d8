"""The review queue in pages of 50: what each page shows, its count and the
queries it costs, and entries that follow a renamed country."""

import re
from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from consult.models import Country, CountryRole, ReviewItem
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, member, staff
from tests.moderation_app.models import Note

pytestmark = pytest.mark.django_db


def _hold(count, country, *, first_minute=0):
    """``count`` pending items of notes in ``country``, a minute apart, the oldest first."""
    author = member(countries=(country.code or "NL",))
    start = timezone.now() - timedelta(days=1)
    notes = Note.objects.bulk_create(
        [Note(author=author, country=country, text=f"Note number {first_minute + n}") for n in range(count)]
    )
    kind = ContentType.objects.get_for_model(Note)
    ReviewItem.objects.bulk_create(
        ReviewItem(
            content_type=kind,
            object_id=note.pk,
            country=country,
            reason=ReviewItem.Reason.FIRST_POSTS,
            created_at=start + timedelta(minutes=first_minute + n),
        )
        for n, note in enumerate(notes)
    )


def _shown(html):
    return [int(n) for n in re.findall(r"Note number (\d+)", html)]


def _status(html):
    return re.search(r'<p role="status">(.*?)</p>', html).group(1)


@pytest.fixture
def nl():
    return Country.objects.get(code="NL")


@pytest.fixture
def moderator(client):
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    client.get("/en/moderation/")  # the roles and MFA, then from the cache


def test_a_queue_of_one_page_shows_every_item_and_their_number_in_two_queries(
    client, nl, moderator, django_assert_num_queries
):
    _hold(49, nl)
    # the page of items with their count, and their contents (the session, user, roles, house rules and
    # notices from the cache)
    with django_assert_num_queries(2):
        html = client.get("/en/moderation/").content.decode()
    assert _shown(html) == list(range(49))
    assert _status(html) == "49 items"
    assert 'aria-label="Pages"' not in html


def test_an_empty_queue_says_nothing_waits_in_one_query(client, nl, moderator, django_assert_num_queries):
    with django_assert_num_queries(1):  # the (empty) page of items
        html = client.get("/en/moderation/").content.decode()
    assert _status(html) == "0 items"
    assert "Nothing waits for you." in html


def test_a_full_first_page_counts_the_items_and_links_the_next_page(client, nl, moderator, django_assert_num_queries):
    _hold(120, nl)
    with django_assert_num_queries(2):  # the page of items with their count, their contents
        html = client.get("/en/moderation/").content.decode()
    assert _shown(html) == list(range(50))
    assert _status(html) == "120 items"
    assert '<a href="?state=pending&reason=&page=2">Next</a>' in html
    assert "Previous" not in html


def test_the_last_page_shows_the_rest_and_the_whole_count(client, nl, moderator, django_assert_num_queries):
    _hold(120, nl)
    with django_assert_num_queries(2):
        html = client.get("/en/moderation/?page=3").content.decode()
    assert _shown(html) == list(range(100, 120))
    assert _status(html) == "120 items"
    assert '<a href="?state=pending&reason=&page=2">Previous</a>' in html
    assert "Next" not in html


def test_a_middle_page_has_both_links(client, nl, moderator):
    _hold(120, nl)
    html = client.get("/en/moderation/?page=2").content.decode()
    assert _shown(html) == list(range(50, 100))
    assert _status(html) == "120 items"
    assert "page=1" in html
    assert "page=3" in html


@pytest.mark.parametrize(("asked", "shown"), [("99", 3), ("0", 3), ("-1", 3), ("x", 1), ("2.0", 1), ("", 1)])
def test_a_page_past_the_end_shows_the_last_one_and_a_bad_number_the_first(
    client, nl, moderator, django_assert_max_num_queries, asked, shown
):
    _hold(120, nl)
    with django_assert_max_num_queries(4):  # past the end: an empty page, the count, the last page, its contents
        html = client.get(f"/en/moderation/?page={asked}").content.decode()
    assert _shown(html) == list(range(120))[(shown - 1) * 50 : shown * 50]
    assert _status(html) == "120 items"


def test_a_queue_of_exactly_fifty_has_one_page(client, nl, moderator):
    _hold(50, nl)
    html = client.get("/en/moderation/").content.decode()
    assert _status(html) == "50 items"
    assert 'aria-label="Pages"' not in html
    assert _shown(client.get("/en/moderation/?page=2").content.decode()) == list(range(50))


def test_the_pages_hold_only_the_moderators_country_and_filter(client, nl, moderator):
    _hold(60, nl)
    _hold(60, Country.objects.get(code="BE"), first_minute=1000)
    html = client.get("/en/moderation/?page=2").content.decode()
    assert _shown(html) == list(range(50, 60))
    assert _status(html) == "60 items"
    assert _status(client.get("/en/moderation/?reason=flags").content.decode()) == "0 items"


def test_an_entry_shows_a_renamed_country_at_once(client):
    # a country without an ISO code is shown by its name: the cached entry must follow a new name
    atlantis = Country.objects.create(code="", name="Atlantis")
    _hold(1, atlantis)
    sign_in(client, administrator())
    assert "Atlantis ·" in client.get("/en/moderation/").content.decode()
    Country.objects.filter(pk=atlantis.pk).update(name="Atlantis Nova")
    assert "Atlantis Nova ·" in client.get("/en/moderation/").content.decode()


def test_the_links_and_filters_follow_the_notice_count_the_filter_and_the_language(client, nl, moderator):
    # rendered once per process and kept under the language and what they show
    from django.core.cache import cache

    from consult.moderation import queue_counts

    cache.set(queue_counts.NOTICES_KEY, {nl.pk: 3}, 60)
    html = client.get("/en/moderation/").content.decode()
    assert "Notices from the public: 3 open" in html
    assert '<option value="pending" selected>' in html

    cache.set(queue_counts.NOTICES_KEY, {nl.pk: 1}, 60)
    html = client.get("/en/moderation/?state=hidden&reason=flags").content.decode()
    assert "Notices from the public: 1 open" in html
    assert '<option value="hidden" selected>' in html
    assert '<option value="flags" selected>' in html
    assert '<option value="pending" selected>' not in html

    dutch = client.get("/nl/moderation/?state=hidden&reason=flags").content.decode()
    assert "Notices from the public" not in dutch
    assert 'aria-label="Filter the queue"' not in dutch
    assert '<option value="flags" selected>' in dutch
    assert 'href="/nl/moderation/notices/"' in dutch

"""Who reads which forum is decided from forum limits kept in the shared
cache (forums/querysets.py): a new limit applies from the next request."""

import pytest
from django.core.cache import cache
from django.test import Client

from consult.models import Sector
from forums.querysets import FORUM_LIMITS_VERSION
from tests.consult.conftest import sign_in
from tests.consult.factories import country_for, member

from .factories import theme_forum, thread_with_posts

pytestmark = pytest.mark.django_db

_LIMITS_VERSION = FORUM_LIMITS_VERSION.key


def test_limiting_a_theme_forum_refuses_its_readers_from_the_next_request():
    forum = theme_forum(slug="shelters")
    thread = thread_with_posts(1, forum=forum)
    client = sign_in(Client(), member(countries=("NL",), sector=Sector.MEDICAL))
    assert client.get(thread.get_absolute_url()).status_code == 200

    forum.limited_to_countries.add(country_for("BE"))
    assert client.get(thread.get_absolute_url()).status_code == 403
    forum.limited_to_countries.clear()
    forum.limited_to_sectors = [Sector.POLICE]
    forum.save()
    assert client.get(thread.get_absolute_url()).status_code == 403
    forum.limited_to_sectors = [Sector.MEDICAL]
    forum.save()
    assert client.get(thread.get_absolute_url()).status_code == 200


def test_the_limits_move_on_again_when_the_change_is_committed(django_capture_on_commit_callbacks):
    forum = theme_forum(slug="legal-aid")
    before = cache.get_or_set(_LIMITS_VERSION, "before")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        forum.limited_to_countries.add(country_for("BE"))
    during = cache.get(_LIMITS_VERSION)
    assert during != before
    for callback in callbacks:
        callback()
    # a request that read the old rows before the commit cached them under `during`
    assert cache.get(_LIMITS_VERSION) not in (before, during)


def test_a_lost_version_never_brings_back_limits_cached_before():
    forum = theme_forum(slug="shelter-network")
    thread = thread_with_posts(1, forum=forum)
    client = sign_in(Client(), member(countries=("NL",)))
    assert client.get(thread.get_absolute_url()).status_code == 200
    forum.limited_to_countries.add(country_for("BE"))
    assert client.get(thread.get_absolute_url()).status_code == 403
    cache.delete(_LIMITS_VERSION)  # evicted, or Redis restarted
    assert client.get(thread.get_absolute_url()).status_code == 403

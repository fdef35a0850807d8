"""The guard's figures on forum posts (tests/forums/guard_corpus.py).

Measured with the shared guard (consult.moderation.guard) and no word list:
0 of 40 ordinary practice posts held (false positives), 21 of 25
identifying posts held. The known misses are listed; a guard that catches
more passes, one that catches fewer or holds an ordinary post fails.
"""

import pytest

from consult.moderation import guard
from forums.discussion import services
from forums.models import Visibility
from tests.consult.factories import member
from tests.forums.factories import thread_with_posts
from tests.forums.guard_corpus import IDENTIFYING, ORDINARY

KNOWN_MISSES = {
    # a name, or identifying by combination: for moderators, flags and the word list
    "Her name is Mariam Tesfay and she is 17.",
    "The woman from room 214 in the Ter Apel centre told me everything.",
    "She was born in 1998 and lives in the small village near the border.",
    "Her brother works at the kebab shop next to the station in Zwolle.",
}


@pytest.mark.parametrize("text", ORDINARY)
def test_the_guard_passes_an_ordinary_practice_post(text):
    assert guard.scan(text, listed_words=[]) == []


@pytest.mark.parametrize("text", [t for t in IDENTIFYING if t not in KNOWN_MISSES])
def test_the_guard_holds_an_identifying_post(text):
    assert guard.scan(text, listed_words=[])


def test_the_guards_figures_are_at_least_those_reported():
    held = [t for t in IDENTIFYING if guard.scan(t, listed_words=[])]
    false_positives = [t for t in ORDINARY if guard.scan(t, listed_words=[])]
    assert len(held) >= 21
    assert false_positives == []


@pytest.mark.django_db
def test_ordinary_practice_posts_are_published_through_the_forum(monkeypatch):
    monkeypatch.setattr(services, "POSTS_PER_MINUTE", 1000)
    thread = thread_with_posts(1)
    author = member()
    statuses = {services.reply(thread, author, body=text).status for text in ORDINARY}
    assert statuses == {Visibility.PUBLISHED}

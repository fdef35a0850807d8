"""Discussions of a recommendation clause, offered to recommendations by forums.

The forums hold threads about a clause (``Thread.clause``); the digest of a
consultation round lists them beside the feedback. recommendations never
imports forums, and must not read forums' fields through the relation
either: forums registers a provider here (in its AppConfig.ready) and
recommendations asks this module. Without forums installed, no clause has
discussions.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class ClauseDiscussion:
    """A published thread about a clause, as the digest shows it."""

    id: int
    forum_id: int
    title: str
    posts: int
    last_activity: datetime
    clause_key: str


class ClauseDiscussionProvider(Protocol):
    def discussions_of(self, *, document_id, clause_keys) -> list[ClauseDiscussion]:
        """Published discussions of these clauses, in any version of the
        document, most recently active first."""

    def readable_by(self, user, discussion_ids) -> set[int]:
        """The ids among ``discussion_ids`` that ``user`` may read."""


class _NoDiscussions:
    def discussions_of(self, *, document_id, clause_keys):
        return []

    def readable_by(self, user, discussion_ids):
        return set()


_provider: ClauseDiscussionProvider = _NoDiscussions()


def register(provider: ClauseDiscussionProvider):
    """Called once by the app that holds the discussions (forums)."""
    global _provider  # one provider for the process, set at start-up
    _provider = provider


def discussions_of(*, document_id, clause_keys):
    return _provider.discussions_of(document_id=document_id, clause_keys=clause_keys)


def readable_by(user, discussion_ids):
    return _provider.readable_by(user, discussion_ids) if discussion_ids else set()

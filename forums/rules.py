"""The forums' named permissions: ``forums.<verb>_<model>``.

Views, templates and services ask ``user.has_perm("forums.reply_to_thread",
thread)``; nothing else decides who may do what in a forum.
"""

import rules

from .predicates import (
    can_read_forum,
    is_author,
    is_editable_post,
    is_forum_moderator,
    is_listed_thread,
    is_published_post,
    thread_accepts_replies,
)

can_see_thread = can_read_forum & (is_listed_thread | is_forum_moderator)

PERMISSIONS = {
    "forums.view_forum": can_read_forum,
    "forums.start_thread": can_read_forum,
    "forums.moderate_forum": is_forum_moderator,
    "forums.view_thread": can_see_thread,
    "forums.reply_to_thread": can_see_thread & (thread_accepts_replies | is_forum_moderator),
    "forums.close_thread": can_see_thread & (is_author | is_forum_moderator),
    "forums.edit_post": (can_see_thread & is_author & is_editable_post) | is_forum_moderator,
    "forums.remove_post": (can_see_thread & is_author & is_editable_post) | is_forum_moderator,
    "forums.view_post_history": (can_see_thread & is_author) | is_forum_moderator,
    "forums.react_to_post": can_see_thread & is_published_post & ~is_author,
    "forums.flag_post": can_see_thread & is_published_post & ~is_author,
}

for name, predicate in PERMISSIONS.items():
    rules.set_perm(name, predicate)

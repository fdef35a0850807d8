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


def post_actions_on_a_thread_page(user, post, *, moderator):
    """``forums.edit_post``, ``react_to_post`` and ``view_post_history`` for
    one post of a thread page, whose ``forums.view_thread`` the view checked
    once: the same rules without repeating the thread check for every post
    (a page has 50). tests/forums/test_permissions.py holds them equal."""
    own = is_author(user, post)
    return {
        "can_edit": moderator or (own and is_editable_post(user, post)),
        "can_react": not own and is_published_post(user, post),
        "can_history": moderator or own,
    }

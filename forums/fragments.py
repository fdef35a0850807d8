"""A thread page's posts, each rendered once and reused from the cache.

Rendering ``forums/post.html`` fifty times was half of a thread page's
time. Each post's HTML is stored under a key that is a digest of everything
the template reads: the post's fields and links (``POST_INPUTS``), what
this reader may do with it (``READER_INPUTS``), the language and the
template's own source. Any change to one of them, an edit, a reaction, a
moderator's decision, a new display name, gives a new key, so nothing is
ever invalidated by hand and no reader is ever shown a stale post or
another reader's buttons. Old entries expire after
``POST_FRAGMENT_SECONDS``.

Two parts are put in per request: the "Helpful" form's CSRF token, and
every member's name (the author, "in reply to", a quoted author). Fragments
hold a marker in their place, so the cache never holds a name: a member who
changes their display name or erases their account is shown as they are
now on the next page, and no cache entry keeps the old name.
tests/forums/test_fragments.py holds ``POST_INPUTS`` to what the template
reads, so a template change cannot leave a field out of the key.
"""

import hashlib
import re
from functools import cache as memoize

from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from consult.cache_versions import CacheVersion
from consult.models import ContentWarning, Profile, Sector

from . import quotes
from .rules import post_actions_on_a_thread_page

TEMPLATE = "forums/post.html"

# Moved on when an account erasure rewrites posts (a quote that copied the
# member's name): fragments made before are never served again, and expire.
FRAGMENTS_VERSION = CacheVersion("forums:post-fragments-version")

# Every ``post.…`` the template reads (dotted as in the template), in the
# order ``page_posts`` gives them: each post is a dict of exactly these.
POST_INPUTS = (
    "pk",
    "status",
    "version",
    "author_id",
    "author_label",
    "sector_label",
    "url",
    "created_at",
    "edited_at",
    "reply_to_id",
    "reply_to_url",
    "reply_to_label",
    "held_findings",
    "removed_at",
    "body_shown",
    "helpful_count",
    "helpful_url",
    "flag_url",
    "helpful_by_me",
    "can_react",
    "can_edit",
    "can_history",
    "hidden_reason",
    "hidden_statement_url",
    "content_warning",
    "content_warning_kind",
    "warning_about",
)
# The other names the template reads, from the page's context.
READER_INPUTS = ("user.pk", "last_read_post_id", "can_moderate", "can_reply", "unfold_warnings", "warning_kinds")

# a post id no real post has: links are reversed once with it, then filled in per post
_LINK_SENTINEL = "987654321"


@memoize
def _template_and_marker():
    template = get_template(TEMPLATE)
    # Unguessable to members writing posts, the same on every web process;
    # part of the key, so fragments made under a rotated secret are not used.
    marker = "csrf-" + hashlib.sha256(f"post-fragment-csrf:{settings.SECRET_KEY}".encode()).hexdigest()[:24]
    name_marker = "name-" + hashlib.sha256(f"post-fragment-name:{settings.SECRET_KEY}".encode()).hexdigest()[:24]
    source_digest = hashlib.blake2b(
        f"{marker}{name_marker}{template.template.source}".encode(), digest_size=8
    ).hexdigest()
    names = re.compile(rf"{name_marker}-(\d+)-")
    return template, source_digest, f'name="csrfmiddlewaretoken" value="{marker}"', marker, name_marker, names


class _Rules:
    """What ``post_actions_on_a_thread_page`` reads of a post."""

    __slots__ = ("author_id", "removed_at", "status")

    def __init__(self, row):
        self.author_id, self.status, self.removed_at = row.author_id, row.status, row.removed_at


class _Body:
    __slots__ = ("body_html",)

    def __init__(self, body_html):
        self.body_html = body_html


def _public_name(display_name, status):
    """A profile's ``public_name`` from its two columns, without building the profile."""
    return Profile.public_name.fget(_NameColumns(display_name or "", status or ""))


class _NameColumns:
    __slots__ = ("display_name", "status")
    Status = Profile.Status

    def __init__(self, display_name, status):
        self.display_name, self.status = display_name, status


def page_posts(rows, *, user, thread, moderator):
    """The thread page's posts from ``rows`` (``PostQuerySet.thread_page_rows``):
    a dict of ``POST_INPUTS`` per post, what this reader may do with it
    included, and ``{user id: name now}`` for the name markers it holds."""
    _template, _digest, _field, _marker, name_marker, _names = _template_and_marker()
    # the labels translated once, not once per post (a lazy label is translated each time it is read)
    sectors = {value: str(label) for value, label in Sector.choices}
    warnings = {value: str(label) for value, label in ContentWarning.Kind.choices}
    # one ``reverse`` per kind of link, not per post
    post_url, helpful_url, flag_url = (
        reverse(f"forums:{name}", args=[_LINK_SENTINEL]).split(_LINK_SENTINEL)
        for name in ("post", "helpful", "flag_post")
    )
    former = gettext("former member")
    names, public_names = {}, {}

    def name_of(profile_id, display_name, status):
        if profile_id is None:
            return former
        found = public_names.get((display_name, status))
        if found is None:
            found = public_names[display_name, status] = _public_name(display_name, status)
        return found

    def label(user_id, name):
        names[user_id] = name
        return f"{name_marker}-{user_id}-"

    authors = quotes.quoted_authors([_Body(row.body_html) for row in rows])
    thread_id = thread.pk
    posts = []
    for row in rows:
        pk = str(row.pk)
        actions = post_actions_on_a_thread_page(user, _Rules(row), moderator=moderator)
        posts.append(
            {
                "pk": row.pk,
                "status": row.status,
                "version": row.version,
                "author_id": row.author_id,
                "author_label": label(row.author_id, name_of(row.profile_id, row.display_name, row.profile_status)),
                "sector_label": sectors.get(row.sector, row.sector) if row.profile_id and row.sector else "",
                "url": pk.join(post_url),
                "created_at": row.created_at,
                "edited_at": row.edited_at,
                "reply_to_id": row.reply_to_id,
                "reply_to_url": str(row.reply_to_id).join(post_url) if row.reply_to_id else None,
                "reply_to_label": label(
                    row.reply_author_id, name_of(row.reply_profile_id, row.reply_name, row.reply_profile_status)
                )
                if row.reply_to_id
                else "",
                "held_findings": row.held_findings,
                "removed_at": row.removed_at,
                "body_shown": quotes.resolve(row.body_html, thread_id, authors, name_of=label),
                "helpful_count": row.helpful_count,
                "helpful_url": pk.join(helpful_url),
                "flag_url": pk.join(flag_url),
                "helpful_by_me": row.helpful_by_me,
                "can_react": actions["can_react"],
                "can_edit": actions["can_edit"],
                "can_history": actions["can_history"],
                "hidden_reason": None,
                "hidden_statement_url": None,
                "content_warning": warnings[row.content_warning_kind] if row.content_warning_kind else "",
                "content_warning_kind": row.content_warning_kind,
                "warning_about": f"forums.post.{pk}",
            }
        )
    return posts, names


def _reader_part(reader):
    """What the reader's inputs add to every post's key, worked out once a page."""
    return repr([reader["can_moderate"], reader["can_reply"], reader["unfold_warnings"], reader["warning_kinds"]])


def _key(post, reader, reader_part, language, source_digest, version):
    values = (*post.values(), post["pk"] > reader["last_read_post_id"], post["author_id"] == reader["user"].pk)
    digest = hashlib.blake2b(f"{values!r}{reader_part}".encode(), digest_size=16).hexdigest()
    return f"forums:post:{version}:{language}:{source_digest}:{digest}"


def render_posts(request, posts, names, *, last_read_post_id, can_moderate, can_reply, unfold_warnings=False):
    """The HTML of ``posts`` and ``names`` (``page_posts``), in order."""
    if not posts:
        return ""
    template, source_digest, marked_field, marker, _name_marker, name_markers = _template_and_marker()
    reader = {
        "user": request.user,
        "last_read_post_id": last_read_post_id,
        "can_moderate": can_moderate,
        "can_reply": can_reply,
        "unfold_warnings": unfold_warnings,
        # the list of content warnings, in the reader's language
        "warning_kinds": [(value, str(label)) for value, label in ContentWarning.Kind.choices],
    }
    # the times in a post are written in the reader's zone
    language = f"{get_language()}:{timezone.get_current_timezone_name()}"
    version = FRAGMENTS_VERSION.current()
    reader_part = _reader_part(reader)
    keys = [_key(post, reader, reader_part, language, source_digest, version) for post in posts]
    found = cache.get_many(keys) if settings.POST_FRAGMENT_SECONDS else {}
    rendered, kept = {}, {}
    for post, key in zip(posts, keys, strict=True):
        if key not in found:
            rendered[key] = template.render({**reader, "post": post, "csrf_token": marker})
            # posts only their author and the moderators see (held, hidden,
            # removed) are not kept: few readers, and the most sensitive text
            if post["status"] == "published" and not post["removed_at"]:
                kept[key] = rendered[key]
    if kept and settings.POST_FRAGMENT_SECONDS:
        cache.set_many(kept, settings.POST_FRAGMENT_SECONDS)
    found.update(rendered)
    html = "".join(found[key] for key in keys)
    if marked_field in html:  # only the form's field: a post's text never gets a token
        html = html.replace(marked_field, f'name="csrfmiddlewaretoken" value="{get_token(request)}"')
    former = gettext("former member")
    html = name_markers.sub(lambda found: escape(names.get(int(found[1]), former)), html)
    return mark_safe(html)  # noqa: S308 (the autoescaping template's output, and a token)

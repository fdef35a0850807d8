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
from functools import lru_cache
from html import escape as html_escape

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
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


@lru_cache(maxsize=256)
def _page_constants(language, script_prefix, urlconf):
    """What every post of a page in ``language`` shares, worked out once per
    process: the labels translated (a lazy label is translated each time it
    is read) and the links reversed with a placeholder id, split around it
    (one ``reverse`` per kind of link, not per post). The links also depend
    on the script prefix and the URL configuration, hence the arguments."""
    return {
        "sectors": {value: str(label) for value, label in Sector.choices},
        "warnings": {value: str(label) for value, label in ContentWarning.Kind.choices},
        "warning_kinds": [(value, str(label)) for value, label in ContentWarning.Kind.choices],
        "links": [
            reverse(f"forums:{name}", args=[_LINK_SENTINEL]).split(_LINK_SENTINEL)
            for name in ("post", "helpful", "flag_post")
        ],
        "former": gettext("former member"),
        "thread_links": {
            name: reverse(f"forums:{name}", args=[_LINK_SENTINEL]).split(_LINK_SENTINEL)
            for name in ("thread", "watch_thread", "close_thread", "moderate_thread")
        },
        "index": reverse("forums:index"),
    }


def _constants():
    return _page_constants(get_language(), get_script_prefix(), get_urlconf())


def thread_links(thread):
    """The thread page's own links, without a ``reverse`` each."""
    pk = str(thread.pk)
    constants = _constants()
    return {"index": constants["index"]} | {name: pk.join(parts) for name, parts in constants["thread_links"].items()}


def _unwrapped(user):
    """``request.user`` without its lazy wrapper (read fifty times a page,
    each read through the wrapper cost)."""
    user.pk  # noqa: B018 (evaluates the lazy object)
    return getattr(user, "_wrapped", user)


def page_posts(rows, *, user, thread, moderator):
    """The thread page's posts from ``rows`` (``PostQuerySet.thread_page_rows``):
    a dict of ``POST_INPUTS`` per post, what this reader may do with it
    included, and ``{user id: name now}`` for the name markers it holds."""
    _template, _digest, _field, _marker, name_marker, _names = _template_and_marker()
    constants = _constants()
    sectors, warnings, former = constants["sectors"], constants["warnings"], constants["former"]
    post_url, helpful_url, flag_url = constants["links"]
    user = _unwrapped(user)
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


def _key(post, last_read_post_id, user_pk, reader_part, prefix):
    values = (*post.values(), post["pk"] > last_read_post_id, post["author_id"] == user_pk)
    digest = hashlib.blake2b(f"{values!r}{reader_part}".encode(), digest_size=16).hexdigest()
    return f"{prefix}{digest}"


def _page_key(keys):
    """The whole page's HTML, kept beside its posts' fragments: a digest of
    every post's key in order, so any change to any of them is a new key."""
    return "forums:post-page:" + hashlib.blake2b("\n".join(keys).encode(), digest_size=16).hexdigest()


def render_posts(request, posts, names, *, last_read_post_id, can_moderate, can_reply, unfold_warnings=False):
    """The HTML of ``posts`` and ``names`` (``page_posts``), in order, with
    a marker where the CSRF token goes (``with_csrf_token``)."""
    if not posts:
        return ""
    template, source_digest, _marked_field, marker, _name_marker, name_markers = _template_and_marker()
    constants = _constants()
    user = _unwrapped(request.user)
    reader = {
        "user": user,
        "last_read_post_id": last_read_post_id,
        "can_moderate": can_moderate,
        "can_reply": can_reply,
        "unfold_warnings": unfold_warnings,
        # the list of content warnings, in the reader's language
        "warning_kinds": constants["warning_kinds"],
    }
    # the times in a post are written in the reader's zone
    prefix = f"forums:post:{FRAGMENTS_VERSION.current()}:{get_language()}:{timezone.get_current_timezone_name()}:"
    prefix = f"{prefix}{source_digest}:"
    reader_part = _reader_part(reader)
    keys = [_key(post, last_read_post_id, user.pk, reader_part, prefix) for post in posts]
    seconds = settings.POST_FRAGMENT_SECONDS
    # posts only their author and the moderators see (held, hidden, removed)
    # are not kept: few readers, and the most sensitive text
    keeps = [post["status"] == "published" and not post["removed_at"] for post in posts]
    page_key = _page_key(keys) if seconds and all(keeps) else None
    html = cache.get(page_key) if page_key else None
    if html is None:
        found = cache.get_many(keys) if seconds else {}
        rendered, kept = {}, {}
        for post, key, keep in zip(posts, keys, keeps, strict=True):
            if key not in found:
                rendered[key] = template.render({**reader, "post": post, "csrf_token": marker})
                if keep:
                    kept[key] = rendered[key]
        if kept and seconds:
            cache.set_many(kept, seconds)
        found.update(rendered)
        html = "".join(found[key] for key in keys)
        if page_key:
            cache.set(page_key, html, seconds)
    # what django.utils.html.escape gives, without marking each name safe
    escaped = {str(user_id): html_escape(name) for user_id, name in names.items()}
    former = html_escape(constants["former"])
    html = name_markers.sub(lambda found: escaped.get(found[1], former), html)
    return mark_safe(html)  # noqa: S308 (the autoescaping template's output)


def with_csrf_token(html, token):
    """``html`` from ``render_posts`` with the reader's CSRF token in the
    forms' fields (only there: a post's text never gets a token)."""
    marked_field = _template_and_marker()[2]
    if marked_field in html:
        html = html.replace(marked_field, f'name="csrfmiddlewaretoken" value="{token}"')
    return mark_safe(html)  # noqa: S308 (the autoescaping template's output, and a token)

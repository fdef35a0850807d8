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
from operator import attrgetter

from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext

from consult.cache_versions import CacheVersion
from consult.models import ContentWarning

from . import quotes

TEMPLATE = "forums/post.html"

# Moved on when an account erasure rewrites posts (a quote that copied the
# member's name): fragments made before are never served again, and expire.
FRAGMENTS_VERSION = CacheVersion("forums:post-fragments-version")

# Every ``post.…`` the template reads (dotted as in the template).
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
    "reply_to.get_absolute_url",
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


def _getter(dotted):
    get = attrgetter(dotted)
    calls = dotted.endswith("get_absolute_url")

    def value(post):
        try:
            found = get(post)
        except AttributeError:  # a missing reply, a former member's profile
            return None
        return found() if calls else found

    return value


_GETTERS = tuple(_getter(name) for name in POST_INPUTS)


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


def _label_posts(posts, name_marker):
    """Give each post name markers and its quotes resolved to markers; return
    ``{user id: name now}`` for every marker used."""
    names = {}

    def label(user_id, name):
        names[user_id] = name
        return f"{name_marker}-{user_id}-"

    authors = quotes.quoted_authors(posts)
    for post in posts:
        post.author_label = label(post.author_id, quotes.author_name(post.author))
        reply_to = post.reply_to if post.reply_to_id else None
        post.reply_to_label = label(reply_to.author_id, quotes.author_name(reply_to.author)) if reply_to else ""
        post.body_shown = quotes.resolve(post.body_html, post.thread_id, authors, name_of=label)
    return names


def _reader_part(reader):
    """What the reader's inputs add to every post's key, worked out once a page."""
    return repr([reader["can_moderate"], reader["can_reply"], reader["unfold_warnings"], reader["warning_kinds"]])


def _key(post, reader, reader_part, language, source_digest, version):
    values = [get(post) for get in _GETTERS]
    values.append(post.pk > reader["last_read_post_id"])
    values.append(post.author_id == reader["user"].pk)
    digest = hashlib.blake2b(f"{values!r}{reader_part}".encode(), digest_size=16).hexdigest()
    return f"forums:post:{version}:{language}:{source_digest}:{digest}"


def render_posts(request, posts, *, last_read_post_id, can_moderate, can_reply, unfold_warnings=False):
    """The HTML of ``posts`` (decorated by the thread view), in order."""
    if not posts:
        return ""
    template, source_digest, marked_field, marker, name_marker, name_markers = _template_and_marker()
    names = _label_posts(posts, name_marker)
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
            if post.status == "published" and not post.removed_at:
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

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

The "Helpful" form's CSRF token is the only per-request part: fragments
hold a marker in its place and each request puts its own token in.
tests/forums/test_fragments.py holds ``POST_INPUTS`` to what the template
reads, so a template change cannot leave a field out of the key.
"""

import hashlib
from functools import cache as memoize
from operator import attrgetter

from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

TEMPLATE = "forums/post.html"

# Every ``post.…`` the template reads (dotted as in the template).
POST_INPUTS = (
    "pk",
    "status",
    "version",
    "author_id",
    "author.profile.public_name",
    "sector_label",
    "url",
    "created_at",
    "edited_at",
    "reply_to_id",
    "reply_to.get_absolute_url",
    "reply_to.author.profile.public_name",
    "held_findings",
    "removed_at",
    "body_html",
    "helpful_count",
    "helpful_url",
    "flag_url",
    "helpful_by_me",
    "can_react",
    "can_edit",
    "can_history",
)
# The other names the template reads, from the page's context.
READER_INPUTS = ("user.pk", "last_read_post_id", "can_moderate", "can_reply")


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
    source_digest = hashlib.blake2b(f"{marker}{template.template.source}".encode(), digest_size=8).hexdigest()
    return template, source_digest, f'name="csrfmiddlewaretoken" value="{marker}"', marker


def _key(post, reader, language, source_digest):
    values = [get(post) for get in _GETTERS]
    values.append(post.pk > reader["last_read_post_id"])
    values.append(post.author_id == reader["user"].pk)
    values += [reader["can_moderate"], reader["can_reply"]]
    digest = hashlib.blake2b(repr(values).encode(), digest_size=16).hexdigest()
    return f"forums:post:{language}:{source_digest}:{digest}"


def render_posts(request, posts, *, last_read_post_id, can_moderate, can_reply):
    """The HTML of ``posts`` (decorated by the thread view), in order."""
    if not posts:
        return ""
    template, source_digest, marked_field, marker = _template_and_marker()
    reader = {
        "user": request.user,
        "last_read_post_id": last_read_post_id,
        "can_moderate": can_moderate,
        "can_reply": can_reply,
    }
    language = get_language()
    keys = [_key(post, reader, language, source_digest) for post in posts]
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
    return mark_safe(html)  # noqa: S308 (the autoescaping template's output, and a token)

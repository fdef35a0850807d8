"""Quotes refer to the quoted post; they never copy its author's name.

A reply that quotes a post holds a token, ``[quote:<post id>]``, where the
author's name would go; the stored Markdown, its HTML and the search read
no name. Each page that shows a post puts in the quoted author's name as it
is now (``resolve``): a new display name shows at once, and an erased
account shows as "former member" in every quote of it.

A token resolves only to a published post of the same thread, so a typed
token cannot reveal who wrote something the reader cannot see.
"""

import html
import re

from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _

from consult.models import Profile, Sector
from consult.sanitising import FORUM_POST, render_markdown

from .models import Post, Visibility

QUOTE_TOKEN = re.compile(r"\[quote:(\d{1,12})\]")


def quote_markdown(post):
    """``post``'s text as a Markdown quote that refers to it, for a reply."""
    lines = (post.body_markdown or "").strip().splitlines() or [""]
    quoted = "\n".join(f"> {line}" if line else ">" for line in lines)
    return f"> [quote:{post.pk}]\n{quoted}\n\n"


PREVIEW_WORDS = 12


def quote_preview(post, words=PREVIEW_WORDS):
    """What a member about to reply reads of the post they quote:
    ``{"name", "sector", "words"}``, its author's name and sector as members
    see them now and its first ``words`` words as shown (its own quotes left
    out, Markdown as text), "…" where it goes on. ``post`` comes with
    ``author__profile``."""
    lines = (post.body_markdown or "").splitlines()
    own = [line for line in lines if not line.lstrip().startswith(">")]
    text = html.unescape(strip_tags(render_markdown("\n".join(own or lines), FORUM_POST)))
    text = QUOTE_TOKEN.sub("", text).split()
    shown = " ".join(text[:words]) + ("…" if len(text) > words else "")
    profile = getattr(post.author, "profile", None)
    sector = dict(Sector.choices).get(profile.sector, "") if profile is not None and profile.sector else ""
    return {"name": author_name(post.author), "sector": str(sector), "words": shown}


def quoted_ids(texts):
    """The post ids the quote tokens in ``texts`` refer to."""
    return {int(found) for text in texts for found in QUOTE_TOKEN.findall(text or "")}


def quoted_authors(posts):
    """``{quoted post id: (thread id, author id, author's name now)}`` for the
    quotes in ``posts``' HTML: one query, none when nothing is quoted."""
    ids = quoted_ids(post.body_html for post in posts)
    if not ids:
        return {}
    rows = Post.objects.filter(pk__in=ids, status=Visibility.PUBLISHED).values_list(
        "pk", "thread_id", "author_id", "author__profile__display_name", "author__profile__status"
    )
    return {
        pk: (thread_id, author_id, Profile(display_name=name or "", status=status or "").public_name)
        for pk, thread_id, author_id, name, status in rows
    }


def author_name(user):
    """The name members see for ``user``: the profile's public name."""
    profile = getattr(user, "profile", None)
    return profile.public_name if profile is not None else _("former member")


def resolve(html, thread_id, authors, name_of=None):
    """``html`` with each quote token of a post of ``thread_id`` replaced by
    its author's name in bold (``name_of(author_id, name)`` may give a
    placeholder instead of the name); other tokens stay as typed."""

    def replace(found):
        quoted = authors.get(int(found[1]))
        if quoted is None or quoted[0] != thread_id:
            return found[0]
        _thread, author_id, name = quoted
        shown = name_of(author_id, name) if name_of else escape(name)
        return f'<strong class="quote__author">{shown}:</strong>'

    return QUOTE_TOKEN.sub(replace, html or "")


def attach_shown_bodies(posts):
    """Set ``body_shown`` on each of ``posts``: its HTML with quotes named."""
    authors = quoted_authors(posts)
    for post in posts:
        post.body_shown = resolve(post.body_html, post.thread_id, authors)
    return posts


# --- Quotes written before they referred to the post -----------------------------

# How a quote once began: the quoted author's name, copied, in bold.
COPIED_QUOTE_HEADER = re.compile(r"^> \*\*(?P<name>[^*\n]{1,80}):\*\*[ \t]*\n(?P<first>(?:>[^\n]*(?:\n|$))?)", re.M)


def identify_quoted(name, first_line, *, reply_to, earlier):
    """The id of the post a copied quote header (``name``, then the quote's
    ``first_line``) refers to, or None when it cannot be told.

    ``reply_to`` and each of ``earlier`` (the thread's posts before the
    quoting one) are ``(pk, author's display name, Markdown)``; a quote
    always set the reply it quoted, so that one is tried first.
    """

    def quotes_text(candidate):
        return not first_line or first_line in candidate[2]

    if reply_to is not None and quotes_text(reply_to) and (first_line or reply_to[1] == name):
        return reply_to[0]
    by_name = [candidate for candidate in earlier if candidate[1] == name and quotes_text(candidate)]
    if len(by_name) >= 1 and (first_line or len(by_name) == 1):
        return by_name[-1][0]  # the latest post of that name that holds the quoted text
    if first_line:
        by_text = [candidate for candidate in earlier if quotes_text(candidate)]
        if len(by_text) == 1:
            return by_text[0][0]
    return None


def refer_copied_quotes(markdown, find_quoted):
    """``markdown`` with each copied quote header whose post
    ``find_quoted(name, first_line)`` identifies turned into a quote token;
    headers it cannot identify stay as written."""

    def replace(found):
        first_line = found["first"].removeprefix(">").strip()
        pk = find_quoted(found["name"].strip(), first_line)
        if pk is None:
            return found[0]
        return f"> [quote:{pk}]\n{found['first']}"

    return COPIED_QUOTE_HEADER.sub(replace, markdown or "")


# --- Quotes on the review queue ----------------------------------------------------

# A quote as ``quote_markdown`` writes it: the token, then the quoted lines.
_QUOTE_BLOCK = re.compile(r"^>[ \t]*(\[quote:\d{1,12}\])[ \t]*\n((?:>[^\n]*(?:\n|$))*)", re.M)
REVIEW_QUOTE_LENGTH = 160


def shorten_for_review(markdown, limit=REVIEW_QUOTE_LENGTH):
    """``markdown`` with each quote cut to one line of at most ``limit``
    characters, whole words, for the review queue: the moderator reviews
    the reply, and reads which post it answers, not that post again."""

    def shorten(found):
        words = " ".join(line.lstrip("> \t") for line in found[2].splitlines()).split()
        text = ""
        for word in words:
            if len(text) + len(word) + 1 > limit:
                text += " …"
                break
            text = f"{text} {word}" if text else word
        return f"> {found[1]}\n> {text}\n\n" if text else f"> {found[1]}\n\n"

    return _QUOTE_BLOCK.sub(shorten, markdown or "")


def review_names(posts):
    """``{post pk: {token: quoted author's name now, or None}}`` for the quote
    tokens in ``posts``' texts, as a thread resolves them (a published post
    of the same thread; None for any other token): one query, none when
    nothing is quoted."""
    texts = {post.pk: post.body_markdown or "" for post in posts}
    ids = quoted_ids(texts.values())
    if not ids:
        return {}
    rows = Post.objects.filter(pk__in=ids, status=Visibility.PUBLISHED).values_list(
        "pk", "thread_id", "author__profile__display_name", "author__profile__status"
    )
    found = {
        pk: (thread_id, Profile(display_name=name or "", status=status or "").public_name)
        for pk, thread_id, name, status in rows
    }
    names = {}
    for post in posts:
        tokens = {}
        for quoted in QUOTE_TOKEN.findall(texts[post.pk]):
            thread_id, name = found.get(int(quoted), (None, None))
            tokens[f"[quote:{quoted}]"] = name if thread_id == post.thread_id else None
        if tokens:
            names[post.pk] = tokens
    return names

"""Forum search: the threads and posts a member may read that contain every
word searched for (``forums.discussion.views.search`` renders them).

What is found, and in which order: thread titles and post Markdown
containing each word, case aside (``icontains``: the trigram indexes of
migration 0003 answer rare words on PostgreSQL), at most 50 of each, the
latest first; each post shown by about 30 words around the first word
found, and the words searched for marked (``<mark>``) there and in the
titles; a post with a content warning folded behind it, as on its thread
page. What the work costs over 100,000 posts
(issue #21, bench/search_bench.py):

- the SQL walks the posts newest first and tests whether the member reads a
  post's thread (a hashed list, ``PostQuerySet.searchable_by``) before its
  text, so only the member's posts are upper-cased and matched; the text is
  asked for in a subquery of its own (``pk IN``), which PostgreSQL answers
  post by post along that walk for common words and from the trigram index
  for rare ones ("court lawyer" 33 -> 4 ms, "zorgpad042" 0.6 -> 0.2 ms);
- only the columns shown are read, as plain values, not five model objects
  per post;
- each line's values are worked out here with the filters the template used
  (``date:"j M Y"`` in the reader's time zone once per day shown,
  ``striptags|truncatewords:30``, the link reversed once per page); the
  template still escapes each of them.
"""

import html
import re
from types import SimpleNamespace

from django.db import connection
from django.db.models import Case, Q, Value, When
from django.db.models.functions import Length, Replace, Upper
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import striptags
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime

from consult.models import ContentWarning, Profile
from consult.moderation.content_warnings import warning_kind_of

from .. import quotes
from ..models import Forum, Post, Thread, Visibility

RESULTS = 50
RELEVANCE, NEWEST = "relevance", "newest"  # the orders a reader may choose (``SearchForm.order``)
# ranked by relevance: the newest posts holding every word, at most this many,
# are scored and the best 50 shown (a word in half the posts would otherwise
# have every one of them scored on each search; see the module's docstring)
CANDIDATES = 400
EXCERPT_WORDS = 30
WORDS = 8  # words searched for at most; the rest of the query is ignored
THREAD_COLUMNS = ("id", "title", "forum_id", "forum__id", "forum__title")
POST_VALUES = (
    *("pk", "thread_id", "body_html", "created_at", "thread__title", "thread__forum__title"),
    *("author__profile__id", "author__profile__display_name", "author__profile__status"),
)
# a post id no real post has: the link is reversed once with it, then filled in per post
_LINK_SENTINEL = 987654321


def words_of(query):
    return query.split()[:WORDS]


def marker(words):
    """A pattern that finds any of ``words`` in a text, case aside, longest first."""
    return re.compile("|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True)), re.IGNORECASE)


def marked(text, found):
    """``text`` escaped, each stretch ``found`` matches in ``<mark>``."""
    parts, end = [], 0
    for match in found.finditer(text):
        parts += [escape(text[end : match.start()]), "<mark>", escape(match.group()), "</mark>"]
        end = match.end()
    parts.append(escape(text[end:]))
    return mark_safe("".join(parts))  # noqa: S308 -- every piece of the text is escaped above


def excerpt(shown_html, found):
    """About 30 words of a post as shown, from a little before the first word
    searched for (the post's start when it is among the first words), with
    the words searched for marked; "…" where words were left out."""
    words = html.unescape(striptags(shown_html)).split()
    first = next((n for n, word in enumerate(words) if found.search(word)), 0)
    start = 0 if first < EXCERPT_WORDS * 2 // 3 else first - EXCERPT_WORDS // 3
    text = " ".join(words[start : start + EXCERPT_WORDS])
    if start:
        text = "… " + text
    if start + EXCERPT_WORDS < len(words):
        text += " …"
    return marked(text, found)


def threads_found(user, words, order=RELEVANCE):
    """Published threads of forums ``user`` reads whose title holds every word,
    each with its ``title_marked`` (the words marked): by relevance, the
    titles holding the words as typed, one after the other, first; then (and
    by ``NEWEST``) the latest post first."""
    title = Q()
    for word in words:
        title &= Q(title__icontains=word)
    ordering = ["-last_post_at"]
    if order == RELEVANCE and len(words) > 1:
        ordering.insert(0, "-phrase")
    threads = list(
        Thread.objects.filter(status=Visibility.PUBLISHED, forum__in=Forum.objects.readable_by(user))
        .filter(title)
        .annotate(phrase=_holds("title", [" ".join(words)]) if len(words) > 1 else Value(0))
        .select_related("forum")
        .only(*THREAD_COLUMNS)
        .order_by(*ordering)[:RESULTS]
    )
    found = marker(words)
    for thread in threads:
        thread.title_marked = marked(thread.title, found)
    return threads


def _distinct(words):
    """``words`` once each, case aside, in the order typed."""
    return list({word.casefold(): word for word in reversed(words)}.values())[::-1]


def _holds(field, words):
    """How many of ``words`` ``field`` holds, case aside (as the search matches them)."""
    total = Value(0)
    for word in _distinct(words):
        total = total + Case(When(**{f"{field}__icontains": word}, then=Value(1)), default=Value(0))
    return total


def _occurrences(field, words):
    """How many times ``field`` holds the words, all told (SQLite's density: no full-text ranking there)."""
    total = Value(0)
    for word in _distinct(words):
        upper = Upper(Value(word))
        total = total + (Length(field) - Length(Replace(Upper(field), upper, Value("")))) / Length(upper)
    return total


def _tsquery(words):
    """A ``to_tsquery`` text (``simple`` configuration: no language's stemming,
    any script) holding every word, each as a prefix (``interpreter`` finds
    "interpreters", as the substring search does), a word of several tokens
    (``walk-in``) as a phrase; ``None`` when no word has a letter or digit."""
    terms = []
    for word in _distinct(words):
        tokens = re.findall(r"[^\W_]+", word.casefold())
        if tokens:
            terms.append("(" + " <-> ".join(f"'{token}':*" for token in tokens) + ")")
    return " & ".join(terms) or None


def _density(words):
    """How closely and how often the post holds the words: on PostgreSQL
    ``ts_rank_cd`` (cover density: the shorter the stretches of text holding
    every word, and the more of them, the higher); elsewhere how many times
    the words occur."""
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        query = _tsquery(words)
        if query is None:
            return Value(0.0)
        return SearchRank(
            SearchVector("body_markdown", config="simple"),
            SearchQuery(query, config="simple", search_type="raw"),
            cover_density=True,
        )
    return _occurrences("body_markdown", words)


def posts_found(user, words, order=RELEVANCE):
    """The lines of the posts ``user`` may find whose Markdown holds every
    word, ``NEWEST`` first or by ``RELEVANCE`` (below): ``url``,
    ``thread_title`` (the words marked), ``author_name``, ``date``,
    ``forum_title`` and ``excerpt`` (about 30 words of the post as shown
    around the first word found, quotes named, tags stripped, the words
    marked).

    By relevance, among the newest ``CANDIDATES`` posts found: first those
    whose thread's title holds more of the words, then those holding the
    words as typed, one after the other, then the ones holding them closest
    together and most often (``_density``), then the newest."""
    body = Q()
    for word in words:
        body &= Q(body_markdown__icontains=word)
    # the text in a subquery of its own: PostgreSQL walks the member's posts
    # newest first and matches the text of those only (a join on the primary
    # key), or, for a rare word, starts from the trigram index
    matching = Post.objects.filter(body).values("pk")
    found_posts = Post.objects.searchable_by(user).filter(pk__in=matching)
    if order == RELEVANCE:
        newest = found_posts.order_by("-created_at").values("pk")[:CANDIDATES]
        rows = (
            Post.objects.filter(pk__in=newest)
            .annotate(
                title_words=_holds("thread__title", words),
                phrase=_holds("body_markdown", [" ".join(words)]) if len(words) > 1 else Value(0),
                density=_density(words),
            )
            .order_by("-title_words", "-phrase", "-density", "-created_at", "-pk")
        )
    else:
        rows = found_posts.order_by("-created_at")
    rows = rows.annotate(warning_kind=warning_kind_of(Post)).values_list(*POST_VALUES, "warning_kind")
    warnings = dict(ContentWarning.Kind.choices)
    posts = [
        SimpleNamespace(
            pk=pk,
            thread_id=thread_id,
            body_html=body_html,
            created_at=created_at,
            thread_title=thread_title,
            forum_title=forum_title,
            # no profile: the template's post.author.profile.public_name printed nothing
            author_name=Profile(display_name=name or "", status=status or "").public_name if profile_id else "",
            content_warning=str(warnings[warning]) if warning else "",
        )
        for pk, thread_id, body_html, created_at, thread_title, forum_title, profile_id, name, status, warning in rows[
            :RESULTS
        ]
    ]
    quotes.attach_shown_bodies(posts)
    link = reverse("forums:post", args=[_LINK_SENTINEL])
    found = marker(words)
    days = {}
    lines = []
    for post in posts:
        shown_at = template_localtime(post.created_at)
        day = shown_at.date()
        if day not in days:  # "j M Y" shows the day and nothing finer
            days[day] = date_filter(shown_at, "j M Y")
        lines.append(
            {
                "url": link.replace(str(_LINK_SENTINEL), str(post.pk)),
                "thread_title": marked(post.thread_title, found),
                "author_name": post.author_name,
                "date": days[day],
                "forum_title": post.forum_title,
                "excerpt": excerpt(post.body_shown, found),
                # folded behind it, as on the thread page, unless the reader chose to unfold warnings
                "content_warning": post.content_warning,
            }
        )
    return lines

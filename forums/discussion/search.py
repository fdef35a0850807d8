"""Forum search: the threads and posts a member may read that contain every
word searched for (``forums.discussion.views.search`` renders them).

What is found: thread titles and post Markdown containing each word, case
aside (``icontains``: the trigram indexes of migration 0003 answer rare
words on PostgreSQL), at most 50 of each. In which order, as the reader
chooses (``SearchForm.order``):

- **most relevant** (the default): among the newest 200 posts found
  (``CANDIDATES``), those whose thread's title holds more of the words
  first, then those holding the words as typed, one after the other, then
  those where the words stand closest together, then those holding them
  most often, then the newest (``relevance``, worked out in Python: the same
  on PostgreSQL and SQLite, Unicode case rules for every script); threads
  whose title holds the words as typed first, then the latest post first;
- **newest**: the latest first, as before.

Each post shown by about 30 words around the first word found, and the
words searched for marked (``<mark>``) there and in the titles; a post with a
content warning folded behind it, as on its thread page. What the work
costs over 100,000 posts (issue #21, bench/search_bench.py,
bench/search_http.py, docs/performance.md "Search with ranking"):

- the SQL walks the posts newest first and tests whether the member reads a
  post's thread (a hashed list, ``PostQuerySet.searchable_by``) before its
  text, so only the member's posts are upper-cased and matched; the text is
  asked for in a subquery of its own (``pk IN``), which PostgreSQL answers
  post by post along that walk for common words and from the trigram index
  for rare ones ("court lawyer" 33 -> 4 ms, "zorgpad042" 0.6 -> 0.2 ms);
  by relevance the walk goes on to 200 posts found instead of 50, which
  bounds the work for a word found in half the posts;
- only the columns shown are read, as plain values, not five model objects
  per post;
- each line's values are worked out here with the filters the template used
  (``date:"M Y"`` in the reader's time zone once per month shown, the day
  put before it; the link reversed once per page; the author's public name
  without a ``Profile`` per post); the template still escapes each of them;
- an excerpt's tags are removed by one pattern (``text_of``) where Django's
  HTML parser took a tenth of a request, its first word found in one search,
  its pieces escaped by ``html.escape`` without Django's lazy-text wrapper
  (ranked search 22-24 -> 18-19 ms CPU for common words).
"""

import html
import re
from types import SimpleNamespace

from django.db.models import Case, Q, Value, When
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import striptags
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import get_language

from consult.models import ContentWarning, Profile
from consult.moderation.content_warnings import warning_kind_of

from .. import quotes
from ..models import Forum, Post, Thread, Visibility
from .plurals import fold_plural

RESULTS = 50
RELEVANCE, NEWEST = "relevance", "newest"  # the orders a reader may choose (``SearchForm.order``)
# ranked by relevance: the newest posts holding every word, at most this many,
# are put in order and the first 50 shown (a word found in half the posts
# would otherwise have tens of thousands read on each search)
CANDIDATES = 200
EXCERPT_WORDS = 30
WORDS = 8  # words searched for at most; the rest of the query is ignored
THREAD_COLUMNS = ("id", "title", "forum_id", "forum__id", "forum__title", "forum__translations")
POST_VALUES = (
    *("pk", "thread_id", "body_html", "created_at", "thread__title", "thread__forum__title"),
    "thread__forum__translations",
    *("author__profile__id", "author__profile__display_name", "author__profile__status"),
)
# a post id no real post has: the link is reversed once with it, then filled in per post
_LINK_SENTINEL = 987654321


def words_of(query, language=None):
    """The words searched for, each as it is looked for: a plural by a
    shorter form its singular holds too (``plurals.fold_plural``, the rules
    of the reader's language, ``language`` or the page's): "interpreters"
    finds "interpreter" and "interpreters", "tolken" "tolk", "interpreti"
    "interprete"; words are found inside longer ones anyway, so this only
    widens the search."""
    language = language or get_language()
    return [fold_plural(word, language) for word in query.split()[:WORDS]]


def marker(words):
    """A pattern that finds any of ``words`` in a text, case aside, longest first."""
    return re.compile("|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True)), re.IGNORECASE)


def marked(text, found):
    """``text`` escaped, each stretch ``found`` matches in ``<mark>``."""
    # html.escape is what django.utils.html.escape does, without its lazy-text wrapper
    parts, end = [], 0
    for match in found.finditer(text):
        parts += [html.escape(text[end : match.start()]), "<mark>", html.escape(match.group()), "</mark>"]
        end = match.end()
    parts.append(html.escape(text[end:]))
    return mark_safe("".join(parts))  # noqa: S308 -- every piece of the text is escaped above


# A tag as nh3 writes it (consult/sanitising.py): a name, then attributes
# with double-quoted values (a value may hold "<" or ">").
_TAG = re.compile(r'</?[A-Za-z][^\s/>"\'=]*(?:\s+[^\s/>"\'=]+(?:="[^"]*")?)*\s*/?>')
# an "&" that does not begin a whole entity ("&amp;", "&#39;"): Django's
# tag stripper writes such a one differently, so it is left to it
_LOOSE_AMPERSAND = re.compile(r"&(?!(?:[A-Za-z][-.A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)")


def text_of(shown_html):
    """``striptags(shown_html)``: the text of a post as shown, entities as
    written. A post's HTML as nh3 writes it has its tags removed by one
    pattern (a tenth of the time of Django's HTML parser); anything else (a
    comment, a "<" left over, a loose "&") goes through ``striptags``."""
    if _LOOSE_AMPERSAND.search(shown_html) is None:
        text = _TAG.sub("", shown_html)
        if "<" not in text:
            return text
    return striptags(shown_html)


def excerpt(shown_html, found):
    """About 30 words of a post as shown, from a little before the first word
    searched for (the post's start when it is among the first words), with
    the words searched for marked; "…" where words were left out."""
    words = html.unescape(text_of(shown_html)).split()
    # the word the first match is in (a word searched for holds no space): one search, not one a word
    text = " ".join(words)
    match = found.search(text)
    first = text.count(" ", 0, match.start()) if match else 0
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
        .annotate(phrase=Case(When(title__icontains=" ".join(words), then=Value(1)), default=Value(0)))
        .select_related("forum")
        .only(*THREAD_COLUMNS)
        .order_by(*ordering)[:RESULTS]
    )
    found = marker(words)
    for thread in threads:
        thread.title_marked = marked(thread.title, found)
    return threads


def _cover(text, words):
    """The length of the shortest stretch of ``text`` (casefolded) holding
    every one of ``words`` (casefolded, distinct): 0 for one word, the
    longer the further apart the words stand (a post about "court
    interpreters" holds them side by side)."""
    if len(words) < 2:
        return 0
    places = []
    for number, word in enumerate(words):
        start = text.find(word)
        if start < 0:  # matched by the database's case rules, not Python's
            return len(text) + 1
        while start >= 0:
            places.append((start, start + len(word), number))
            start = text.find(word, start + 1)
    if len(places) == len(words):  # each word once: the stretch from the first to the last
        return max(end for _start, end, _number in places) - min(start for start, _end, _number in places)
    places.sort()
    shortest, last = len(text) + 1, {}
    for start, end, number in places:  # each place as the stretch's right end
        last[number] = (start, end)
        if len(last) == len(words):
            shortest = min(shortest, max(e for _s, e in last.values()) - min(s for s, _e in last.values()))
    return shortest


def relevance(words):
    """The key putting candidate rows in order by relevance, lowest first:
    more of the ``words`` in the post's thread's title, then the words as
    typed, one after the other, in the post, then the words closest together
    (``_cover``), then the words most often, then the newest. A row holds
    ``POST_VALUES``, the warning's kind, then the post's Markdown."""
    words = list(dict.fromkeys(word.casefold() for word in words))
    phrase = " ".join(words) if len(words) > 1 else None

    def key(row):
        title, text = row[4].casefold(), row[-1].casefold()
        return (
            -sum(word in title for word in words),
            -(phrase is not None and phrase in text),
            _cover(text, words),
            -sum(text.count(word) for word in words),
            -row[3].timestamp(),
            -row[0],
        )

    return key


def posts_found(user, words, order=RELEVANCE):
    """The lines of the posts ``user`` may find whose Markdown holds every
    word, ``NEWEST`` first or by ``RELEVANCE``: ``url``, ``thread_title``
    (the words marked), ``author_name``, ``date``, ``forum_title`` and
    ``excerpt`` (about 30 words of the post as shown around the first word
    found, quotes named, tags stripped, the words marked).

    By relevance, the newest ``CANDIDATES`` posts found are read with their
    Markdown and put in order here (``relevance``): the same order on
    PostgreSQL and SQLite, Unicode case rules for every script, and a few
    microseconds a post, where PostgreSQL's ``ts_rank_cd`` over a vector
    worked out per post cost 0.2 ms a post (issue #21,
    docs/performance.md)."""
    body = Q()
    for word in words:
        body &= Q(body_markdown__icontains=word)
    # the text in a subquery of its own: PostgreSQL walks the member's posts
    # newest first and matches the text of those only (a join on the primary
    # key), or, for a rare word, starts from the trigram index
    matching = Post.objects.filter(body).values("pk")
    found_posts = (
        Post.objects.searchable_by(user)
        .filter(pk__in=matching)
        .annotate(warning_kind=warning_kind_of(Post))
        .order_by("-created_at")
    )
    if order == RELEVANCE:
        candidates = found_posts.values_list(*POST_VALUES, "warning_kind", "body_markdown")[:CANDIDATES]
        ranked = sorted(candidates, key=relevance(words))
        rows = [row[:-1] for row in ranked[:RESULTS]]
    else:
        rows = found_posts.values_list(*POST_VALUES, "warning_kind")[:RESULTS]
    warnings = dict(ContentWarning.Kind.choices)

    def public_name(name, status):
        # Profile.public_name without a Profile made per post (a model's __init__ cost more than the rest of a line)
        return Profile.public_name.fget(
            SimpleNamespace(display_name=name or "", status=status or "", Status=Profile.Status)
        )

    posts = [
        SimpleNamespace(
            pk=pk,
            thread_id=thread_id,
            body_html=body_html,
            created_at=created_at,
            thread_title=thread_title,
            # in the reader's language (forums/models.py Forum.translations)
            forum_title=Forum.translated(forum_names, "title", forum_title),
            # no profile: the template's post.author.profile.public_name printed nothing
            author_name=public_name(name, status) if profile_id else "",
            content_warning=str(warnings[warning]) if warning else "",
        )
        for (
            pk,
            thread_id,
            body_html,
            created_at,
            thread_title,
            forum_title,
            forum_names,
            profile_id,
            name,
            status,
            warning,
        ) in rows
    ]
    quotes.attach_shown_bodies(posts)
    link = reverse("forums:post", args=[_LINK_SENTINEL])
    found = marker(words)
    months = {}
    lines = []
    for post in posts:
        shown_at = template_localtime(post.created_at)
        month = (shown_at.year, shown_at.month)
        if month not in months:  # "j M Y": the day, then the month's name and the year, worked out once a month shown
            months[month] = date_filter(shown_at, "M Y")
        lines.append(
            {
                "url": link.replace(str(_LINK_SENTINEL), str(post.pk)),
                "thread_title": marked(post.thread_title, found),
                "author_name": post.author_name,
                "date": f"{shown_at.day} {months[month]}",
                "forum_title": post.forum_title,
                "excerpt": excerpt(post.body_shown, found),
                # folded behind it, as on the thread page, unless the reader chose to unfold warnings
                "content_warning": post.content_warning,
            }
        )
    return lines

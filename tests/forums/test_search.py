"""Forum search (forums/discussion/search.py): which posts a member finds, in
which order, what each line prints, and its pinned query count."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.template import Context, Template
from django.template.defaultfilters import striptags
from django.urls import reverse
from django.utils import translation

from consult.models import ContentWarning, Profile, Sector
from consult.moderation import content_warnings
from consult.sanitising import FORUM_POST, render_markdown
from forums import quotes
from forums.discussion import search
from forums.models import Post, Visibility
from tests.consult.factories import country_for, member
from tests.forums.factories import ForumFactory, PostFactory, ThreadFactory, theme_forum, thread_with_posts

pytestmark = pytest.mark.django_db

POST_LINE = re.compile(r'<li><a href="[^"]*/forums/posts/(\d+)/">.*?</li>', re.S)

# the line templates/forums/search.html printed for a post before the lines
# were worked out in Python: the page must print the same
TEMPLATE_LINE = Template(
    '<li><a href="{{ post.get_absolute_url }}">{{ post.thread.title }}</a> <span class="meta">'
    '{{ post.author.profile.public_name }} · {{ post.created_at|date:"j M Y" }} · {{ post.thread.forum.title }}'
    "</span><p></p></li>"
)
EXCERPT = re.compile(r"<p>.*?</p>", re.S)


def found(client, q, language="en", **params):
    with translation.override(language):
        url = reverse("forums:search")
    page = client.get(url, {"q": q, **params}).content.decode()
    return page, POST_LINE.findall(page)


def _written_in_turn(*posts):
    """``posts`` dated an hour apart in the order given: the last is the newest."""
    start = datetime(2026, 3, 1, 12, tzinfo=UTC)
    for hour, post in enumerate(posts):
        Post.objects.filter(pk=post.pk).update(created_at=start + timedelta(hours=hour))
    return [str(post.pk) for post in posts]


def test_newest_first_shows_the_latest_50_posts_holding_every_word_whatever_the_order_they_were_written_in(
    signed_in,
):
    thread = thread_with_posts(1)
    start = datetime(2026, 3, 1, 12, tzinfo=UTC)
    # written in an order that is neither the dates' nor the reverse: the ids do not give the order away
    hours = [(n * 37) % 55 for n in range(55)]
    posts = {
        hour: PostFactory(thread=thread, body_markdown=f"The Kestrel protocol and the MARTEN list, note {hour}.")
        for hour in hours
    }
    for hour, post in posts.items():
        Post.objects.filter(pk=post.pk).update(created_at=start + timedelta(hours=hour))
    PostFactory(thread=thread, body_markdown="Kestrel alone, without the other word.")
    page, ids = found(signed_in(member()), "marten KESTREL", order="newest")
    assert ids == [str(posts[hour].pk) for hour in range(54, 4, -1)]
    assert '<option value="newest" selected>' in page


def test_search_finds_published_posts_of_published_threads_of_the_members_forums_only(signed_in):
    reader = member(("NL",), sector=Sector.LEGAL_AID)
    dutch = ForumFactory(slug="nl-forum")
    shown = PostFactory(thread=thread_with_posts(1, forum=dutch), body_markdown="Osprey shown")
    removed = PostFactory(thread=shown.thread, body_markdown="Osprey removed", removed_at=shown.created_at)
    hidden = PostFactory(thread=shown.thread, body_markdown="Osprey hidden", status=Visibility.HIDDEN)
    waiting = PostFactory(thread=shown.thread, body_markdown="Osprey waiting", status=Visibility.PENDING, author=reader)
    held_thread = ThreadFactory(forum=dutch, status=Visibility.PENDING)
    in_held_thread = PostFactory(thread=held_thread, body_markdown="Osprey in a held thread")
    belgian = ForumFactory(slug="be-forum", country=country_for("BE"))
    elsewhere = PostFactory(thread=thread_with_posts(1, forum=belgian), body_markdown="Osprey in Belgium")
    medical = theme_forum(slug="medical-theme", limited_to_sectors=[Sector.MEDICAL])
    other_sector = PostFactory(thread=thread_with_posts(1, forum=medical), body_markdown="Osprey for doctors")
    legal = theme_forum(slug="legal-theme", limited_to_sectors=[Sector.LEGAL_AID])
    theme = PostFactory(thread=thread_with_posts(1, forum=legal), body_markdown="Osprey for lawyers")
    _page, ids = found(signed_in(reader), "osprey")
    assert ids == [str(theme.pk), str(shown.pk)]
    for post in (removed, hidden, waiting, in_held_thread, elsewhere, other_sector):
        assert str(post.pk) not in ids


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_each_line_prints_what_the_template_printed_in_the_readers_language_and_time_zone(signed_in, language):
    thread = thread_with_posts(1, title="Night <shelters> & walk-ins")
    quoted = PostFactory(thread=thread, body_markdown="The Plover night shelter takes walk-ins.")
    gone = member()
    Profile.objects.filter(user=gone).update(status=Profile.Status.DELETED)
    bodies = [
        f"> [quote:{quoted.pk}]\n> The night shelter\n\nPlover: we do the same, **every** night & day.",
        "Plover " + " ".join(f"word{n}" for n in range(40)),
        "Plover <script>alert(1)</script> and `code` with a [link](https://example.org).",
    ]
    posts = [PostFactory(thread=thread, body_markdown=body) for body in bodies]
    posts.append(PostFactory(thread=thread, author=gone, body_markdown="Plover by a former member"))
    # 23:30 UTC is the next day in Brussels (the site's time zone); 22:30 the same day
    times = [datetime(2026, 1, 31, 23, 30, tzinfo=UTC), datetime(2026, 1, 31, 22, 30, tzinfo=UTC)]
    for n, post in enumerate([quoted, *posts]):
        Post.objects.filter(pk=post.pk).update(created_at=times[n % 2] - timedelta(days=n // 2))
    page, ids = found(signed_in(member()), "plover", language)
    lines = POST_LINE.finditer(page)
    assert len(ids) == 5
    shown = Post.objects.select_related("thread__forum", "author__profile").in_bulk([int(pk) for pk in ids])
    posts = quotes.attach_shown_bodies([shown[int(pk)] for pk in ids])
    with translation.override(language):
        expected = [TEMPLATE_LINE.render(Context({"post": post})) for post in posts]
    # everything but the excerpt (tested below) as the template printed it
    assert [EXCERPT.sub("<p></p>", line.group(0)) for line in lines] == expected


def _excerpts(page):
    return [re.search(r"<p>(.*?)</p>", line.group(0), re.S).group(1) for line in POST_LINE.finditer(page)]


def test_each_post_is_shown_around_the_first_word_found_with_the_words_marked(signed_in):
    thread = thread_with_posts(1, title="Plover Wren referrals")
    filler = " ".join(f"w{n}" for n in range(60))
    short = PostFactory(thread=thread, body_markdown="The plover team & the WREN clinic: <b>walk-ins</b> welcome.")
    late = PostFactory(thread=thread, body_markdown=f"{filler} Plover and wren {filler}")
    Post.objects.filter(pk=short.pk).update(created_at=late.created_at + timedelta(hours=1))
    page, ids = found(signed_in(member()), "wren PLOVER", order="newest")
    assert ids == [str(short.pk), str(late.pk)]
    assert _excerpts(page) == [
        # the post's words as shown, "&" as typed (not "&amp;"), the words marked whatever their case
        "The <mark>plover</mark> team &amp; the <mark>WREN</mark> clinic: walk-ins welcome.",
        # 30 words from ten before the first word found, "…" where words were left out
        "… " + " ".join(f"w{n}" for n in range(50, 60)) + " <mark>Plover</mark> and <mark>wren</mark> "
        + " ".join(f"w{n}" for n in range(17)) + " …",
    ]  # fmt: skip
    assert '<a href="/en/forums/threads/' in page
    assert "<mark>Plover</mark> <mark>Wren</mark> referrals</a>" in page


def test_an_excerpt_reads_the_text_of_any_html_as_djangos_striptags_does():
    typed = '**Plover** & [the <wren>](https://example.org/?a=1&b=2 "a > b")\n\n> quoted `x < y`\n\n- one\n- two'
    for shown in [
        render_markdown(typed, FORUM_POST),
        '<p><strong class="quote__author">O&#x27;Brien:</strong> said &quot;hi&quot;&nbsp;&#39;there&#39;</p>',
        '<p><a title="a>b <i>" href="x">link</a> after<br/>line<br />end</p>',
        # what the pattern leaves to Django's parser: a comment, a bare "<", a loose "&"
        "<p>before<!-- a comment -->after</p>",
        "<p>1 < 2 and 3 > 2</p>",
        "<p>AT&T &amp pay</p>",
        "plain text",
    ]:
        assert search.text_of(shown) == striptags(shown)


def test_a_word_searched_for_cannot_inject_markup(signed_in):
    thread = thread_with_posts(1, title="Shelter <i>notes</i>")
    PostFactory(thread=thread, body_markdown="Ask the shelter about <i>notes</i> and (a|b) patterns.")
    page, _ids = found(signed_in(member()), "<i>notes</i> (a|b)")
    assert "<i>" not in page.split("<h2>", 1)[1]
    assert "<mark>&lt;i&gt;notes&lt;/i&gt;</mark>" in page
    assert "<mark>(a|b)</mark>" in page


def test_a_search_takes_a_fixed_number_of_queries_however_many_posts_it_finds(signed_in, django_assert_num_queries):
    thread = thread_with_posts(1)
    for n in range(12):
        PostFactory(thread=thread, author=member(), body_markdown=f"Avocet {n}")
    client = signed_in(member())
    found(client, "avocet")  # the member's forums and session read once
    with django_assert_num_queries(3):
        _page, ids = found(client, "avocet")
    assert len(ids) == 12


def _warned(body):
    post = PostFactory(thread=thread_with_posts(1), body_markdown=body)
    content_warnings.set_warning(post, user=post.author, kind=ContentWarning.Kind.SEXUAL_VIOLENCE)
    return post


def test_a_post_with_a_content_warning_is_found_folded_behind_it(signed_in):
    _warned("The grebe interpreter began to describe the assault in detail.")
    PostFactory(body_markdown="A grebe note without a warning.", thread=thread_with_posts(1))
    page, ids = found(signed_in(member()), "grebe")
    assert len(ids) == 2
    folded = page.split('<details class="content-warning">')
    assert len(folded) == 2
    summary, inside = folded[1].split("</summary>", 1)
    assert "describes sexual violence" in summary
    assert "describe the assault" in inside.split("</details>")[0]
    # nothing of the warned post outside its fold; the other post is shown open
    assert "assault" not in folded[0]
    assert "A <mark>grebe</mark> note without a warning." in page


def test_a_reader_who_chose_to_unfold_finds_it_open_with_the_warning_above(signed_in):
    _warned("The grebe interpreter began to describe the assault in detail.")
    reader = member()
    reader.profile.unfold_content_warnings = True
    reader.profile.save()
    page, ids = found(signed_in(reader), "grebe")
    assert len(ids) == 1
    assert '<details class="content-warning">' not in page
    assert "Content warning: describes sexual violence</p><p>The <mark>grebe</mark> interpreter" in page


# Ranking by relevance (the default): what a member searching notices


def test_by_relevance_the_words_as_typed_and_a_thread_titled_with_them_come_before_newer_scattered_mentions(
    signed_in,
):
    reader = signed_in(member())
    elsewhere = thread_with_posts(1, title="Weekly notes")
    titled = thread_with_posts(1, title="Court interpreter for survivors")
    in_title, as_typed, scattered = _written_in_turn(
        PostFactory(thread=titled, body_markdown="We ask the court for an interpreter every time."),
        PostFactory(thread=elsewhere, body_markdown="Is a court interpreter paid by the state here?"),
        PostFactory(
            thread=elsewhere,
            body_markdown="The interpreter came late. " + "Nothing else happened that day. " * 8 + "Court was calm.",
        ),
    )
    page, ids = found(reader, "court interpreter")
    assert ids == [in_title, as_typed, scattered]
    assert '<option value="relevance" selected>' in page
    # newest first, the same posts in the order they were written, latest first
    _page, ids = found(reader, "court interpreter", order="newest")
    assert ids == [scattered, as_typed, in_title]


def test_by_relevance_a_post_holding_the_words_close_together_and_often_comes_before_a_newer_passing_mention(
    signed_in,
):
    thread = thread_with_posts(1, title="Weekly notes")
    about_it, in_passing = _written_in_turn(
        PostFactory(thread=thread, body_markdown="Hospital escort: the escort meets her at the hospital door."),
        PostFactory(
            thread=thread,
            body_markdown="An escort was offered. " + "We talked about many other things. " * 8 + "Then the hospital.",
        ),
    )
    _page, ids = found(signed_in(member()), "hospital escort")
    assert ids == [about_it, in_passing]


def test_by_relevance_in_arabic_a_thread_titled_with_the_words_and_the_words_as_typed_come_first(signed_in):
    reader = signed_in(member())
    elsewhere = thread_with_posts(1, title="ملاحظات الأسبوع")
    titled = thread_with_posts(1, title="مترجم المحكمة للناجيات")
    in_title, as_typed, scattered = _written_in_turn(
        PostFactory(thread=titled, body_markdown="نطلب من المحكمة مترجم في كل مرة."),
        PostFactory(thread=elsewhere, body_markdown="هل يدفع أجر مترجم المحكمة من الدولة؟"),
        PostFactory(
            thread=elsewhere,
            body_markdown="وصل مترجم متأخرا. " + "لم يحدث شيء آخر في ذلك اليوم. " * 8 + "كانت المحكمة هادئة.",
        ),
    )
    page, ids = found(reader, "مترجم المحكمة", "ar")
    assert ids == [in_title, as_typed, scattered]
    assert "<mark>مترجم</mark> <mark>المحكمة</mark> للناجيات" in page
    _page, ids = found(reader, "مترجم المحكمة", "ar", order="newest")
    assert ids == [scattered, as_typed, in_title]


def test_the_order_is_a_labelled_choice_kept_in_the_language_links_and_an_unknown_one_falls_back(signed_in):
    reader = signed_in(member())
    older, newer = _written_in_turn(
        PostFactory(thread=thread_with_posts(1, title="Curlew curlew"), body_markdown="Curlew notes"),
        PostFactory(thread=thread_with_posts(1, title="Weekly notes"), body_markdown="Another curlew"),
    )
    page, ids = found(reader, "curlew", order="newest")
    assert ids == [newer, older]
    assert re.search(r'<label for="id_order">Sort by:?</label>\s*<select name="order" id="id_order">', page)
    # the same search in another language keeps the order chosen
    assert re.search(r'href="/nl/forums/[^"]*\?q=curlew&amp;order=newest"', page)
    for odd in ("oldest", "", "relevance'--"):
        response = reader.get(reverse("forums:search"), {"q": "curlew", "order": odd})
        assert response.status_code == 200
        page = response.content.decode()
        assert POST_LINE.findall(page) == [older, newer]
        assert '<option value="relevance" selected>' in page
        assert "field--error" not in page


def test_a_plural_finds_its_singular_and_itself_in_posts_and_thread_titles(signed_in):
    thread = thread_with_posts(1, title="Interpreter for survivors")
    singular = PostFactory(thread=thread, body_markdown="Ask for an interpreter the survivor trusts.")
    plural = PostFactory(thread=thread, body_markdown="Interpreters who know survivors' rights are rare.")
    neither = PostFactory(thread=thread, body_markdown="An interpreting service for a survey.")
    page, ids = found(signed_in(member()), "interpreters survivors", order="newest")
    assert set(ids) == {str(singular.pk), str(plural.pk)}
    assert str(neither.pk) not in ids
    assert "<mark>Interpreter</mark>s who know <mark>survivor</mark>s" in page
    assert "No thread title matches" not in page
    # short words and double "s" are looked for as typed
    assert search.words_of("bus class Cases") == ["bus", "class", "Case"]


PLURALS = [
    # (page language, plural typed, a post's singular)
    ("nl", "tolken", "Wij werken met een tolk die de overlevende vertrouwt."),
    ("de", "Dolmetscherinnen", "Wir arbeiten mit einer Dolmetscherin, der die Überlebende vertraut."),
    ("it", "interpreti", "Lavoriamo con un interprete di cui la sopravvissuta si fida."),
    ("es", "mujeres", "Trabajamos con una mujer intérprete en la que confía la superviviente."),
    ("pl", "tłumacze", "Szukamy tłumacza, któremu ufa osoba pokrzywdzona."),
    ("hu", "tolmácsok", "Egy tolmács segít, akiben a túlélő megbízik."),
    ("bg", "преводачи", "Работим с преводач, на когото оцелялата има доверие."),  # noqa: RUF001
]


@pytest.mark.parametrize(("language", "plural", "text"), PLURALS, ids=[row[0] for row in PLURALS])
def test_a_plural_in_the_readers_language_finds_its_singular_and_marks_it(signed_in, language, plural, text):
    thread = thread_with_posts(1, title="Interpreters")
    Post.objects.filter(thread=thread).update(body_markdown="Hello.", body_html="<p>Hello.</p>")  # the opening post
    singular = PostFactory(thread=thread, body_markdown=text)
    plural_post = PostFactory(thread=thread, body_markdown=f"{plural.capitalize()}: {text}")
    other = PostFactory(thread=thread, body_markdown="Nothing about that here.")

    page, ids = found(signed_in(member()), plural, language=language)

    assert set(ids) == {str(singular.pk), str(plural_post.pk)}
    assert str(other.pk) not in ids
    assert "<mark>" in EXCERPT.findall(page[page.index(f"/posts/{singular.pk}/") :])[0]


def test_the_plural_rules_cut_only_endings_and_leave_short_and_common_words_as_typed():
    from forums.discussion.plurals import fold_plural

    for language, words in {
        "nl": ["een", "de", "zijn", "leren"],
        "de": ["den", "eine", "Mann", "Dolmetscherin"],
        "it": ["dei", "che", "sui"],
        "es": ["les", "mes", "voz"],
        "pl": ["i", "się", "oni"],
        "en": ["bus", "class", "is", "series"],
    }.items():
        for word in words:
            folded = fold_plural(word, language)
            assert word.startswith(folded), (language, word, folded)
            assert len(folded) >= min(len(word), 4), (language, word, folded)
    # a word in Greek, Cyrillic or Arabic letters is folded by its own language's rules, whatever the page's
    assert fold_plural("γυναίκες", "en") == "γυναίκ"
    assert fold_plural("жертви", "nl") == "жертв"
    assert fold_plural("مترجمون", "en") == "مترجم"
    # a folded word is always the start of the word typed: the plural itself is still found
    for language, plural, _text in PLURALS:
        assert plural.startswith(fold_plural(plural, language))


def test_ranking_still_puts_the_title_holding_the_folded_words_first(signed_in):
    in_title = PostFactory(
        thread=thread_with_posts(1, title="Tolk bij het eerste gesprek"), body_markdown="Een tolk helpt."
    )
    elsewhere = PostFactory(thread=thread_with_posts(1, title="Opvang"), body_markdown="Een tolk helpt.")
    _written_in_turn(in_title, elsewhere)  # the other is newer

    page, ids = found(signed_in(member()), "tolken", language="nl")

    assert ids == [str(in_title.pk), str(elsewhere.pk)]
    assert "<mark>Tolk</mark> bij het eerste gesprek" in page

"""A thread page's posts come from the fragment cache (forums/fragments.py):
rendered once, and never stale or another reader's."""

import re

import pytest
from django.template import Node
from django.template.base import FilterExpression, Origin, Template, Variable
from django.template.loader import get_template
from django.test import Client
from django.test.signals import template_rendered
from django.urls import reverse

from consult.models import CountryRole
from forums.discussion import services
from forums.fragments import POST_INPUTS, READER_INPUTS, TEMPLATE
from forums.models import Post, Reaction
from forums.moderation import services as forum_moderation
from tests.consult.conftest import sign_in
from tests.consult.factories import member, staff

from .factories import PostFactory, thread_with_posts

pytestmark = pytest.mark.django_db


def _variables(obj, seen=None):
    """Every variable a compiled template reads, walking its nodes."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return set()
    seen.add(id(obj))
    if isinstance(obj, Variable):
        return {obj.var} if obj.lookups else set()  # not literals
    if isinstance(obj, FilterExpression):
        arguments = (_variables(arg, seen) for _filter, args in obj.filters for _lookup, arg in args)
        return _variables(obj.var, seen).union(*arguments)
    if isinstance(obj, (list, tuple)):
        return set().union(set(), *(_variables(item, seen) for item in obj))
    if isinstance(obj, dict):
        return set().union(set(), *(_variables(item, seen) for item in obj.values()))
    if isinstance(obj, (Template, Origin)) or type(obj).__module__.startswith("django.template.loaders"):
        return set()  # another template's variables, through the loader's cache
    if isinstance(obj, Node) or type(obj).__module__.startswith("django.template"):
        return set().union(set(), *(_variables(value, seen) for value in vars(obj).values()))
    return set()


def test_the_cache_key_covers_every_variable_the_post_template_reads():
    names = _variables(get_template(TEMPLATE).template.nodelist)
    assert "post.body_shown" in names  # the walk reaches into tags
    assert "can_moderate" in names
    loop_names = {name for name in names if name.split(".")[0] in {"finding", "counter", "kind"}}
    post_names = {name.removeprefix("post.") for name in names if name.startswith("post.")}
    others = names - loop_names - {f"post.{name}" for name in post_names}
    assert post_names <= set(POST_INPUTS), f"add to POST_INPUTS: {post_names - set(POST_INPUTS)}"
    assert others <= set(READER_INPUTS), f"add to READER_INPUTS and the key: {others - set(READER_INPUTS)}"


@pytest.fixture
def renders():
    """How many times forums/post.html is rendered."""
    rendered = []

    def count(sender, template, **kwargs):
        if template.name == TEMPLATE:
            rendered.append(1)

    template_rendered.connect(count)
    yield rendered
    template_rendered.disconnect(count)


def test_a_second_visit_renders_no_post_and_an_edit_renders_only_that_post(renders):
    thread = thread_with_posts(50)
    client = sign_in(Client(), member())
    client.get(thread.get_absolute_url())
    assert len(renders) == 50
    renders.clear()
    client.get(thread.get_absolute_url())
    assert len(renders) == 50  # read now: the "new" badges went
    renders.clear()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert len(renders) == 0
    assert page.count('<article class="post') == 50

    post = thread.posts.order_by("pk")[3]
    services.edit_post(post, post.author, body="Now with the helpline's opening hours.", version=post.version)
    renders.clear()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert len(renders) == 1
    assert "opening hours" in page


def test_a_reaction_shows_at_once_and_only_its_giver_sees_it_pressed():
    thread = thread_with_posts(2)
    post = thread.posts.order_by("pk").last()
    giver, other = sign_in(Client(), member()), sign_in(Client(), member())
    for client in (giver, other):
        client.get(thread.get_absolute_url())
    giver.post(reverse("forums:helpful", args=[post.pk]))
    assert Reaction.objects.filter(post=post).count() == 1

    def article(client):
        page = client.get(thread.get_absolute_url()).content.decode()
        return re.search(rf'<article[^>]*id="post-{post.pk}".*?</article>', page, re.S).group(0)

    giver_sees, other_sees = article(giver), article(other)
    assert "1 found this helpful" in giver_sees
    assert 'aria-pressed="true"' in giver_sees
    assert "1 found this helpful" in other_sees
    assert 'aria-pressed="false"' in other_sees


def test_each_reader_posts_the_helpful_form_with_their_own_token():
    thread = thread_with_posts(2)
    post = thread.posts.order_by("pk").last()
    tokens = []
    for _ in range(2):  # the second reader gets the first one's cached fragment
        client = Client(enforce_csrf_checks=True)
        sign_in(client, member())
        page = client.get(thread.get_absolute_url()).content.decode()
        helpful_form = rf'action="([^"]*/{post.pk}/[^"]*)".*?name="csrfmiddlewaretoken" value="([^"]+)"'
        form = re.search(helpful_form, page, re.S)
        action, token = form.groups()
        assert not token.startswith("csrf-")  # never the cache's marker
        tokens.append(token)
        assert client.post(action, {"csrfmiddlewaretoken": token}).status_code == 302
    assert tokens[0] != tokens[1]
    assert Reaction.objects.filter(post=post).count() == 2


def test_a_moderators_links_never_reach_a_member_and_a_removal_shows_at_once():
    thread = thread_with_posts(3)
    post = thread.posts.order_by("pk").last()
    moderator_user = staff(CountryRole.Role.MODERATOR, "NL")
    moderator, reader = sign_in(Client(), moderator_user), sign_in(Client(), member())
    assert "Warn</a>" in moderator.get(thread.get_absolute_url()).content.decode()
    page = reader.get(thread.get_absolute_url()).content.decode()
    assert "Warn</a>" not in page
    assert post.body_markdown.split("**")[0] in page

    services.remove_post(Post.objects.get(pk=post.pk), moderator_user, reason="Names a person")
    page = reader.get(thread.get_absolute_url()).content.decode()
    article = re.search(rf'id="post-{post.pk}".*?</article>', page, re.S).group(0)
    assert "This post was removed." in article
    assert "interpreter" not in article
    assert "Removed (moderators still see it)" in moderator.get(thread.get_absolute_url()).content.decode()


def test_a_new_display_name_shows_at_once():
    thread = thread_with_posts(2)
    author = thread.posts.order_by("pk").last().author
    client = sign_in(Client(), member())
    client.get(thread.get_absolute_url())
    author.profile.display_name = "Amira K."
    author.profile.save()
    assert "Amira K." in client.get(thread.get_absolute_url()).content.decode()


def test_each_language_has_its_own_fragments(renders):
    thread = thread_with_posts(2)
    client = sign_in(Client(), member())
    url = thread.get_absolute_url()
    assert url.startswith("/en/")
    client.get(url)  # the read marker: the "new" badges go
    renders.clear()
    times = {}
    for language in ("en", "ar", "en"):
        page = client.get(url.replace("/en/", f"/{language}/", 1)).content.decode()
        times[language] = re.findall(r"<time [^>]*>([^<]+)</time>", page)
    assert len(renders) == 4  # two posts in English, two in Arabic, then both English ones from the cache
    assert times["en"] != times["ar"]  # Arabic month names
    assert all(re.search(r"[\u0600-\u06ff]", text) for text in times["ar"])


def test_with_the_cache_off_the_page_is_the_same(settings):
    thread = thread_with_posts(5)
    client = sign_in(Client(), member())
    client.get(thread.get_absolute_url())  # the read marker: "new" badges go
    cached = client.get(thread.get_absolute_url()).content.decode()
    settings.POST_FRAGMENT_SECONDS = 0
    uncached = client.get(thread.get_absolute_url()).content.decode()
    strip = lambda html: re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)  # noqa: E731
    assert strip(cached) == strip(uncached)


def test_the_author_another_member_and_a_moderator_each_get_their_own_buttons():
    thread = thread_with_posts(2)
    post = thread.posts.order_by("pk").last()

    def article(user):
        page = sign_in(Client(), user).get(thread.get_absolute_url()).content.decode()
        return re.search(rf'id="post-{post.pk}".*?</article>', page, re.S).group(0)

    own = article(post.author)  # cached first
    other = article(member())
    moderating = article(staff(CountryRole.Role.MODERATOR, "NL"))
    assert "Edit</a>" in own
    assert "Helpful" not in own
    assert "Helpful" in other
    assert "Edit</a>" not in other
    assert "Warn</a>" not in other
    assert "Warn</a>" in moderating


def test_a_locked_thread_loses_its_quote_links_at_once():
    thread = thread_with_posts(2)
    client = sign_in(Client(), member())
    assert "?quote=" in client.get(thread.get_absolute_url()).content.decode()
    forum_moderation.lock_thread(thread, staff(CountryRole.Role.MODERATOR, "NL"), reason="Heated")
    assert "?quote=" not in client.get(thread.get_absolute_url()).content.decode()


def test_a_new_reply_is_marked_new_once():
    thread = thread_with_posts(2)
    reader = sign_in(Client(), member())
    reader.get(thread.get_absolute_url())
    assert "badge--unread" not in reader.get(thread.get_absolute_url()).content.decode()
    reply = services.reply(thread, member(), body="We also call the municipal shelter first.")
    page = reader.get(thread.get_absolute_url()).content.decode()
    assert re.search(rf'id="post-{reply.pk}".*?badge--unread.*?</article>', page, re.S)
    assert "badge--unread" not in reader.get(thread.get_absolute_url()).content.decode()


def test_hidden_posts_do_not_count_in_a_members_pages():
    from forums.models import Visibility

    thread = thread_with_posts(50)
    PostFactory(thread=thread, author=member(), status=Visibility.HIDDEN)
    reader = sign_in(Client(), member()).get(thread.get_absolute_url()).content.decode()
    moderator = sign_in(Client(), staff(CountryRole.Role.MODERATOR, "NL")).get(thread.get_absolute_url())
    assert "Page 1 of" not in reader
    assert "Page 1 of 2" in moderator.content.decode()


def test_a_post_quoting_the_cache_marker_gets_no_token(client):
    from forums.fragments import _template_and_marker

    marker = _template_and_marker()[3]
    thread = thread_with_posts(1)
    services.reply(thread, member(), body=f"value {marker} here")
    page = sign_in(Client(), member()).get(thread.get_absolute_url()).content.decode()
    assert f"value {marker} here" in page
    assert 'value="csrf-' not in page


def test_each_post_is_a_dict_of_exactly_the_keys_inputs_in_their_order():
    from forums.discussion.views import POSTS_PER_PAGE
    from forums.fragments import page_posts

    thread = thread_with_posts(2)
    reader = member()
    rows = Post.objects.thread_page_rows(reader, thread, offset=0, limit=POSTS_PER_PAGE)
    posts, names = page_posts(rows, user=reader, thread=thread, moderator=False)
    assert [tuple(post) for post in posts] == [POST_INPUTS, POST_INPUTS]
    assert set(names) == {post.author_id for post in thread.posts.all()}


def test_an_edit_of_the_last_post_shows_on_a_page_read_before(renders):
    """The whole page is kept too: its key must change with any post's."""
    thread = thread_with_posts(50)
    client = sign_in(Client(), member())
    client.get(thread.get_absolute_url())
    client.get(thread.get_absolute_url())  # read: the page as it is kept
    post = thread.posts.order_by("pk").last()
    services.edit_post(post, post.author, body="Now with the helpline's opening hours.", version=post.version)
    renders.clear()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "opening hours" in page
    assert len(renders) == 1


def test_the_labels_follow_the_pages_language():
    from consult.models import Sector

    thread = thread_with_posts(2)
    author = thread.posts.order_by("pk").last().author
    author.profile.sector = Sector.SOCIAL_SUPPORT
    author.profile.save()
    client = sign_in(Client(), member())
    url = thread.get_absolute_url()
    assert "· Social support" in client.get(url).content.decode()
    dutch = client.get(url.replace("/en/", "/nl/", 1)).content.decode()
    assert "· Sociale ondersteuning" in dutch
    assert "· Social support" not in dutch
    assert "/nl/forums/posts/" in dutch
    assert "/en/forums/posts/" not in dutch


def test_each_reader_and_thread_get_their_own_rows_from_the_sql_compiled_once():
    """The posts' SQL is compiled once and run with each request's ids."""
    first, second = thread_with_posts(2), thread_with_posts(3)
    giver, other = member(), member()
    services.toggle_helpful(first.posts.order_by("pk").last(), giver)
    for thread in (first, second, first):
        for reader in (giver, other):
            rows = Post.objects.thread_page_rows(reader, thread, offset=0, limit=50)
            assert [row.pk for row in rows] == list(
                thread.posts.order_by("created_at", "pk").values_list("pk", flat=True)
            )
            pressed = [row.helpful_by_me for row in rows]
            assert pressed == ([False, reader == giver] if thread == first else [False] * 3)
    rows = Post.objects.thread_page_rows(other, second, offset=1, limit=1)
    assert [row.pk for row in rows] == [second.posts.order_by("created_at", "pk")[1].pk]


def test_a_thread_read_whose_id_does_not_reach_its_sql_is_refused_not_run():
    """The thread page's reads are compiled strictly (consult/compiled.py):
    an id that would not reach the SQL as a parameter (here, ignored by the
    query) is an error at once, never a page of someone else's posts."""
    from consult import compiled

    thread = thread_with_posts(2)
    with pytest.raises(AssertionError, match="did not reach the compiled SQL"):
        compiled.rows(
            "test:thread-ignoring-its-id",
            lambda thread_id: Post.objects.values_list("pk"),
            [thread.pk],
            strict=True,
        )
    with pytest.raises(AssertionError, match="did not reach the compiled SQL"):
        compiled.rows(
            "test:thread-id-in-a-pattern",
            lambda title: Post.objects.filter(thread__title__startswith=title).values_list("pk"),
            [thread.title],
            strict=True,
        )
    found = compiled.rows(
        "test:thread-posts",
        lambda thread_id: Post.objects.filter(thread_id=thread_id).order_by("pk").values_list("pk"),
        [thread.pk],
        strict=True,
        suffix=" LIMIT %s OFFSET %s",
        extra=(1, 1),
    )
    assert found == [(thread.posts.order_by("pk")[1].pk,)]


def test_my_own_reply_is_not_marked_new_to_me_but_is_to_others():
    thread = thread_with_posts(2)
    author, other = member(), member()
    writer, reader = sign_in(Client(), author), sign_in(Client(), other)
    writer.get(thread.get_absolute_url())
    reader.get(thread.get_absolute_url())
    reply = services.reply(thread, author, body="We also call the municipal shelter first.")
    own = writer.get(thread.get_absolute_url()).content.decode()
    assert f'id="post-{reply.pk}"' in own
    assert "badge--unread" not in own
    assert "post--unread" not in own
    assert re.search(
        rf'id="post-{reply.pk}".*?badge--unread.*?</article>',
        reader.get(thread.get_absolute_url()).content.decode(),
        re.S,
    )

"""Factories of forums, threads and posts. They write rows directly (no
guard, no queue): tests of the rules go through the services of forums' feature packages."""

import factory

from consult.sanitising import FORUM_POST, render_markdown
from forums.models import Forum, Post, Thread, Visibility
from tests.consult.factories import country_for, member


class ForumFactory(factory.django.DjangoModelFactory):
    """The Dutch country forum unless told otherwise."""

    class Meta:
        model = Forum
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"forum-{n}")
    title = factory.Sequence(lambda n: f"Forum {n}")
    country = factory.LazyFunction(lambda: country_for("NL"))


def theme_forum(**fields):
    return ForumFactory(country=None, **fields)


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thread

    forum = factory.SubFactory(ForumFactory)
    title = factory.Sequence(lambda n: f"How do you refer survivors to shelters, part {n}?")
    author = factory.LazyFunction(member)
    status = Visibility.PUBLISHED


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    thread = factory.SubFactory(ThreadFactory)
    author = factory.LazyAttribute(lambda post: post.thread.author)
    body_markdown = "We work with the municipal shelter and a **trusted** interpreter."
    body_html = factory.LazyAttribute(lambda post: render_markdown(post.body_markdown, FORUM_POST))
    status = Visibility.PUBLISHED


def thread_with_posts(count=1, *, forum=None, **fields):
    """A published thread whose first post opens it, and ``count - 1`` replies
    by other members; counters set as the services would."""
    thread = ThreadFactory(forum=forum or ForumFactory(), **fields)
    posts = [PostFactory(thread=thread, is_opening=True)]
    posts += [PostFactory(thread=thread, author=member()) for _ in range(count - 1)]
    thread.post_count = count
    thread.last_post_id = posts[-1].pk
    thread.last_post_at = posts[-1].created_at
    thread.save()
    return thread

"""A forum's name and description in the reader's language
(``Forum.translations``): every page and e-mail that names a forum, the
original where a language has none, the seed in all 16 languages, and who
writes them in which admin."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from consult.models import Country, CountryRole
from forums.demo import seed_forums
from forums.discussion import services
from forums.models import Forum, Subscription
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, member
from tests.consult.test_admin_country_scoping import office_member

from .factories import ForumFactory, PostFactory, theme_forum, thread_with_posts

pytestmark = pytest.mark.django_db

BG_TITLE = "Приемни семейства и подслон"
BG_DESCRIPTION = "Къде да намерите подслон в страната."


def _bulgarian_forum():
    return ForumFactory(
        slug="shelter",
        title="Shelters",
        description="Where to find a shelter.",
        country=Country.objects.get(code="BG"),
        translations={"bg": {"title": BG_TITLE, "description": BG_DESCRIPTION}},
    )


def _in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def test_a_bulgarian_reader_reads_the_forums_name_and_description_in_bulgarian_on_every_page():
    forum = _bulgarian_forum()
    thread = thread_with_posts(1, forum=forum, title="Нощен подслон")
    PostFactory(thread=thread, body_markdown="Нощният подслон приема жени след 22:00.")
    client = sign_in(Client(), member(("BG",)))

    index = client.get(_in("bg", "forums:index")).content.decode()
    forum_page = client.get(_in("bg", "forums:forum", forum.slug)).content.decode()
    thread_page = client.get(_in("bg", "forums:thread", thread.pk)).content.decode()
    new_thread = client.get(_in("bg", "forums:new_thread", forum.slug)).content.decode()
    with translation.override("bg"):
        search = client.get(reverse("forums:search"), {"q": "подслон"}).content.decode()

    for page in (index, forum_page, thread_page, new_thread, search):
        assert BG_TITLE in page
        assert ">Shelters<" not in page
    assert BG_DESCRIPTION in index
    assert BG_DESCRIPTION in forum_page
    assert search.count(BG_TITLE) >= 2  # the thread title's line and the post's line


def test_a_language_without_a_name_reads_the_original():
    forum = _bulgarian_forum()
    client = sign_in(Client(), member(("BG",)))

    page = client.get(_in("nl", "forums:forum", forum.slug)).content.decode()

    assert "<h1>Shelters</h1>" in page
    assert "Where to find a shelter." in page
    assert forum.title_in("nl") == "Shelters"
    assert forum.title_in("bg") == BG_TITLE


def test_the_e_mail_of_a_new_post_names_the_forum_in_the_subscribers_language(
    django_capture_on_commit_callbacks, mailoutbox
):
    forum = _bulgarian_forum()
    thread = thread_with_posts(1, forum=forum)
    watcher = member(("BG",), email_frequency="immediately", email_language="bg")
    Subscription.objects.create(user=watcher, thread=thread)

    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, member(("BG",)), body="Нов отговор.")

    (message,) = [m for m in mailoutbox if m.to == [watcher.email]]
    assert BG_TITLE in message.subject + message.body
    assert "Shelters" not in message.subject + message.body


def test_the_seed_names_every_forum_in_all_sixteen_languages_and_keeps_an_offices_own_names():
    seed_forums()
    Forum.objects.filter(slug="bg").update(translations={"bg": {"title": "Нашият форум"}})
    seed_forums()  # again: fills the languages missing, keeps what an office wrote

    languages = {code for code, _name in settings.LANGUAGES}
    assert len(languages) == 16
    forums = list(Forum.objects.filter(slug__in=["bg", "gr", "health", "lgbtqi", "ambassadors"]))
    assert len(forums) == 5
    for forum in forums:
        assert set(forum.translations) == languages, forum.slug
        for code in languages:
            assert forum.translations[code]["title"], (forum.slug, code)
            if (forum.slug, code) != ("bg", "bg"):  # the office's own name, without a description
                assert forum.translations[code]["description"], (forum.slug, code)
    by_slug = {forum.slug: forum for forum in forums}
    assert by_slug["bg"].title_in("bg") == "Нашият форум"
    assert by_slug["gr"].title_in("el") == "Ελλάδα"
    assert by_slug["gr"].description_in("de").startswith("Griechenland: ")
    assert by_slug["health"].title_in("fr") == "Santé"
    assert by_slug["health"].title_in("ar") == "الصحة"


def test_an_administrator_names_a_forum_in_the_django_admin():
    forum = _bulgarian_forum()
    client = Client()
    client.force_login(administrator())
    url = reverse("admin:forums_forum_change", args=[forum.pk])
    assert 'name="title_hu"' in client.get(url).content.decode()

    data = {
        "slug": forum.slug,
        "title": forum.title,
        "description": forum.description,
        "country": forum.country_id,
        "limited_to_sectors": "[]",
        "sort_order": 0,
        "created_at_0": "2026-01-01",
        "created_at_1": "10:00:00",
        "title_bg": BG_TITLE,
        "description_bg": BG_DESCRIPTION,
        "title_hu": "Menedékhelyek",
    }
    response = client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    forum.refresh_from_db()
    assert forum.translations == {
        "bg": {"title": BG_TITLE, "description": BG_DESCRIPTION},
        "hu": {"title": "Menedékhelyek"},
    }


def test_a_country_office_names_its_own_forum_in_the_wagtail_admin_and_not_another_countrys():
    own = _bulgarian_forum()
    other = ForumFactory(slug="nl-forum", title="Netherlands", country=Country.objects.get(code="NL"))
    client = Client()
    client.force_login(office_member(CountryRole.Role.COUNTRY_STAFF, "BG"))

    listing = client.get("/admin/forum_names/").content.decode()
    assert "Shelters" in listing
    assert f"/admin/forum_names/edit/{other.pk}/" not in listing
    assert client.get(f"/admin/forum_names/edit/{other.pk}/").status_code in (302, 403, 404)

    response = client.post(
        f"/admin/forum_names/edit/{own.pk}/",
        {"title_bg": "Подслон", "description_bg": "Подслон в България.", "title_de": "Notunterkünfte"},
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    own.refresh_from_db()
    assert own.translations["bg"] == {"title": "Подслон", "description": "Подслон в България."}
    assert own.translations["de"] == {"title": "Notunterkünfte"}
    assert own.title == "Shelters"  # the original, and everything else, is the administrators'


def test_an_office_names_a_theme_forum_only_in_its_countrys_languages():
    theme = theme_forum(slug="theme-health", title="Health", translations={"nl": {"title": "Gezondheid"}})
    client = Client()
    client.force_login(office_member(CountryRole.Role.COUNTRY_STAFF, "BG"))

    page = client.get(f"/admin/forum_names/edit/{theme.pk}/").content.decode()
    assert re.search(r'<input[^>]*name="title_nl"[^>]*disabled', page)
    assert not re.search(r'<input[^>]*name="title_bg"[^>]*disabled', page)

    client.post(f"/admin/forum_names/edit/{theme.pk}/", {"title_bg": "Здраве", "title_nl": "Iets anders"})

    theme.refresh_from_db()
    assert theme.translations == {"nl": {"title": "Gezondheid"}, "bg": {"title": "Здраве"}}

"""The header, footer and asset links every page shares are rendered once per
language, set of tools and counts, and reused by the process
(home/templatetags/site_tags.py). Reused, they must still show each person
their own tools and counts, and each page its own language links."""

import re

import pytest
from django.test import Client

from consult.models import Country, CountryRole, ReviewItem
from consult.moderation import services as moderation
from tests.consult.conftest import sign_in
from tests.consult.factories import member, staff
from tests.moderation_app.models import Note

pytestmark = pytest.mark.django_db

REVIEW_QUEUE = 'href="/en/moderation/"'


def _header(html):
    return html[html.index('<header class="site-header"') : html.index("</header>")]


def test_people_who_take_turns_on_one_process_each_see_their_own_header():
    visitor, reader, moderator = Client(), Client(), Client()
    sign_in(reader, member())
    sign_in(moderator, staff(CountryRole.Role.MODERATOR, "NL"))
    for _ in range(2):  # the second turn is served from what the first rendered
        seen = {
            name: _header(c.get("/en/forums/").content.decode())
            for name, c in (("visitor", visitor), ("member", reader), ("moderator", moderator))
        }
        assert "Sign in" in seen["visitor"]
        assert "Sign out" not in seen["visitor"]
        assert "Sign out" in seen["member"]
        assert REVIEW_QUEUE not in seen["member"]
        assert REVIEW_QUEUE in seen["moderator"]


def test_a_new_item_shows_in_the_moderators_count_on_the_next_page():
    client = Client()
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    nl = Country.objects.get(code="NL")
    counts = []
    for text in ("first", "second"):
        moderation.hold_for_review(
            Note.objects.create(author=member(countries=("NL",)), country=nl, text=text),
            reason=ReviewItem.Reason.FIRST_POSTS,
        )
        html = client.get("/en/forums/").content.decode()
        counts.append(re.search(r'data-review-count="(\d+)"', html).group(1))
    assert counts == ["1", "2"]


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_the_reused_header_keeps_each_pages_own_language_links_and_query(client, language):
    sign_in(client, member())
    html = client.get(f"/{language}/forums/search/?q=police").content.decode()
    switcher = html[html.index('class="language-switcher"') : html.index("</nav>", html.index("language-switcher"))]
    assert 'href="/de/forums/search/?q=police"' in switcher
    assert f'lang="{language}" aria-current="true"' in switcher
    assert html.count('aria-current="true"') >= 1
    head = html[: html.index("</head>")]
    assert 'hreflang="fr" href="http://testserver/fr/forums/search/?q=police"' in head
    # the header itself is in the page's language
    assert f'href="/{language}/forums/"' in _header(html)


def test_a_query_string_is_escaped_in_the_language_links(client):
    html = client.get('/en/forums/?x="><script>').content.decode()
    assert "<script>" not in html[: html.index("<main")]


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/nl/forums/",
        "/en/recommendations/rounds/7/triage/",
        "/ar/accounts/login/",
        "/en/no/such/page/",
        "/fr/forums/search/caf%C3%A9/",
        "/not-a-language/",
        "/",
    ],
)
def test_the_language_links_of_a_path_are_djangos_translate_url_in_each_language(path):
    """Resolved once for all the languages (home/templatetags/site_tags.py), the
    same URLs as Django's ``translate_url`` resolving it for each."""
    from django.conf import settings
    from django.urls import translate_url
    from django.utils import translation

    from home.templatetags.site_tags import _translate_url_into_each_language

    with translation.override(path.strip("/").partition("/")[0] if path != "/" else "en"):
        expected = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
        assert _translate_url_into_each_language(path) == expected
    assert len(set(expected.values())) in (1, len(settings.LANGUAGES))

"""Small things a tester noticed walking the site: the home page's title,
"Apply to join" shown to members, the name of "My moderated contributions",
and English country names inside sentences."""

import re

import pytest

from tests.consult.conftest import sign_in
from tests.consult.factories import member

pytestmark = pytest.mark.django_db


def test_the_home_page_title_names_protect_once(client, site_tree):
    html = client.get("/en/").content.decode()

    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
    assert title.count("PROTECT") == 1, title


def test_a_country_page_title_still_ends_with_the_site_name(client, site_tree):
    html = client.get("/en/countries/be/").content.decode()

    assert re.search(r"<title>\s*Belgium · PROTECT\s*</title>", html)


def test_a_visitor_is_invited_to_apply_to_join(client, site_tree):
    assert "Apply to join" in client.get("/en/").content.decode()
    assert "Apply to join" in client.get("/en/countries/nl/").content.decode()


def test_a_signed_in_member_is_not_asked_to_apply_to_join(client, site_tree):
    client.get("/en/countries/nl/")  # a visitor fills the page's caches first
    sign_in(client, member(("NL",)))

    assert "Apply to join" not in client.get("/en/").content.decode()
    assert "Apply to join" not in client.get("/en/countries/nl/").content.decode()


def test_the_menu_and_the_page_call_my_moderated_contributions_the_same(client, site_tree):
    sign_in(client, member(("NL",)))
    menu = client.get("/en/").content.decode()
    page = client.get("/en/moderation/mine/").content.decode()

    assert "My moderated contributions" in menu
    assert re.search(r"<h1>\s*My moderated contributions\s*</h1>", page)


def test_the_dutch_page_in_english_says_in_the_netherlands(client, site_tree):
    html = client.get("/en/countries/nl/").content.decode()

    assert "migrants in the Netherlands" in html
    assert "in Netherlands" not in html

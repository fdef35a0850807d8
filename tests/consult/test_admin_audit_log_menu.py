"""The platform's audit log is in the Wagtail admin's menu for those who may
read it (administrators; moderators for their countries), and not for
country-office staff."""

import json
import re

import pytest
from wagtail.users.models import UserProfile

from consult.models import CountryRole
from tests.consult.factories import administrator
from tests.consult.test_admin_country_scoping import office_member

pytestmark = pytest.mark.django_db


def sidebar_links(response):
    """(label, url) of every link in the admin's sidebar menu."""
    html = response.content.decode()
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    assert props, "no sidebar on the page"
    links = []

    def walk(node):
        if isinstance(node, dict):
            args = node.get("_args")
            if node.get("_type") == "wagtail.sidebar.LinkMenuItem" and args:
                links.append((args[0]["label"], args[0]["url"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props[1]))
    return links


def test_the_administrator_finds_the_audit_log_in_the_admin_menu_and_it_opens(client):
    client.force_login(administrator())
    links = dict(sidebar_links(client.get("/admin/")))
    assert links.get("Audit log") == "/en/moderation/audit-log/"
    page = client.get(links["Audit log"])
    assert page.status_code == 200
    assert re.search(r"<h1[^>]*>\s*Audit log", page.content.decode())


def test_the_menu_links_the_audit_log_in_the_admins_language(client):
    user = administrator()
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "nl"})
    client.force_login(user)
    urls = [url for _label, url in sidebar_links(client.get("/admin/"))]
    assert "/nl/moderation/audit-log/" in urls


@pytest.mark.parametrize("role", [CountryRole.Role.COUNTRY_STAFF, CountryRole.Role.COUNTRY_LEAD])
def test_office_staff_and_the_lead_do_not_see_the_audit_log_in_the_admin_menu(client, role):
    client.force_login(office_member(role, "NL"))
    response = client.get("/admin/")
    assert response.status_code == 200
    links = sidebar_links(response)
    assert links, "the office sees a menu"
    assert not [url for _label, url in links if "audit-log" in url]
    assert client.get("/en/moderation/audit-log/").status_code in (302, 403)

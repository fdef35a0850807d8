"""Every URL pattern of the project, requested as every role: nobody gets a
page (200) they should not, and no request ends in a server error.

Routes are enumerated from the URL resolver, so a new route joins by itself;
a route no rule below classifies fails the test until someone decides who
may see it.
"""

import re
import uuid

import pytest
from django.urls import URLResolver, get_resolver

from consult.models import Country, CountryRole, Profile
from tests.consult.factories import administrator, member, staff

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "pending", "member_nl", "member_be", "moderator_nl", "editor_nl", "staff_nl", "administrator"]
APPROVED = {"member_nl", "member_be", "moderator_nl", "editor_nl", "staff_nl", "administrator"}
SIGNED_IN = APPROVED | {"pending"}

# Who may get a 200, by route. First matching rule wins; patterns match the
# route's pattern string with the language prefix removed.
RULES = [
    (r"^admin/(jsi18n|sprite)", set(ROLES)),  # the admin's translation catalogue and icon sprite: no data
    (r"^admin/", {"staff_nl", "administrator"}),  # Wagtail admin: office staff and administrators
    (r"^django-admin/", {"administrator"}),
    (r"^(api/|sitemap\.xml|robots\.txt|health/)", set(ROLES)),
    (r"^documents/", set(ROLES)),  # public documents; Wagtail checks collection privacy itself
    (r"^subtitles/", set(ROLES)),  # a film's subtitle tracks: public like the film
    (r"^accounts/(login|signup|password/reset|confirm-email|inactive|login/code)", set(ROLES)),
    (r"^accounts/", SIGNED_IN),
    (r"^account/deleted/$", set(ROLES)),
    (r"^account/", SIGNED_IN),
    (r"^(code-of-conduct|privacy)/$", set(ROLES)),
    (r"^members/", APPROVED),
    (r"^moderation/mine/$", SIGNED_IN),
    (r"^moderation/audit-log/", {"moderator_nl", "administrator"}),
    (r"^moderation/", {"moderator_nl", "administrator"}),
    (r"^_util/", set(ROLES)),
    (r"^(forums|recommendations)/$", set(ROLES)),  # landing pages
    # forums' pages: approved members; each object is checked again (country, sector, moderator)
    (r"^forums/.", APPROVED),
    # Recommendations: versions out of draft are public (drafts: their editors);
    # authoring, triage and statistics for editors; feedback for approved members.
    (r"^recommendations/new/$", {"editor_nl", "administrator"}),
    (r"^recommendations/(<int:pk>/|versions/<int:pk>/(print/|clauses/<uuid:key>/)?)$", set(ROLES)),
    # Diffs and the exports page: whoever reads the version(s); asking for an
    # export needs an account (POST only); a download checks its subject.
    (r"^recommendations/versions/<int:pk>/(diff/<int:other>/|compare/|exports/)$", set(ROLES)),
    (r"^recommendations/versions/<int:pk>/exports/new/$", SIGNED_IN),
    (r"^recommendations/exports/<int:pk>/download/$", set(ROLES)),
    # The consultation report and a clause's history: members once the version is out of
    # draft, everyone once it is final or superseded (checked again per object).
    (r"^recommendations/(rounds/<int:pk>/report/|<int:pk>/clauses/<uuid:key>/history/)$", set(ROLES)),
    # Discarding a built draft that is not published yet (GET: the confirmation page; POST
    # discards): who may build, i.e. editors of the document.
    (r"^recommendations/rounds/<int:pk>/build/discard/$", {"editor_nl", "administrator"}),
    # Digest, merge workbench, build and its status, publishing: editors of the document.
    (
        r"^recommendations/(versions/<int:pk>/(edit|round|publish)/|clauses/|rounds/|feedback/<int:pk>/decide/)",
        {"editor_nl", "administrator"},
    ),
    (r"^recommendations/(versions/<int:pk>/feedback/|feedback/)", APPROVED),
    (r"^\^\(\(\?:", set(ROLES)),  # Wagtail's page serving: public pages
]


# Wagtail's deliberate error page, for testing error reporting.
INTENTIONAL_ERRORS = {"wagtailadmin_error_test"}


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.name


def concrete_path(pattern, ids):
    """A requestable path for a pattern, with ids of objects of another country."""
    path = re.sub(r"<int:(\w+)>", lambda m: str(ids.get(m.group(1), ids["default"])), pattern)
    path = re.sub(r"<uuid:\w+>", str(uuid.uuid4()), path)
    path = re.sub(r"<(?:str:|slug:|path:)?code>", "be", path)
    # Wagtail's admin takes some ids as strings; give it an id.
    path = re.sub(r"<str:(pk|object_id|\w*_id)>", str(ids["default"]), path)
    path = re.sub(r"<(?:str:|slug:|path:)?\w+>", "x1", path)
    path = path.replace("((?:[\\w\\-]+/)*)", "").replace("(?P<key>[-:\\w]+)", "key1")
    path = path.replace("(?P<uidb36>[0-9A-Za-z]+)", "a1").replace("(?P<key>.+)", "key1")
    path = re.sub(r"\(\?P<\w+>[^)]*\)", "x1", path)
    path = path.replace("(\\d+)", str(ids["default"])).replace("(.*)", "x1")
    return "/" + path.replace("^", "").replace("$", "").replace("\\", "")


def allowed_roles(pattern_without_language):
    for regex, roles in RULES:
        if re.search(regex, pattern_without_language):
            return roles
    return None


def routes():
    return sorted(set(walk(get_resolver().url_patterns)), key=lambda route: (route[0], route[1] or ""))


def test_every_route_is_classified():
    unclassified = [p for p, _ in routes() if allowed_roles(re.sub(r"^en/", "", p)) is None]
    assert unclassified == [], "decide who may see these routes (RULES above)"


@pytest.fixture
def users():
    pending = member(countries=("NL",), status=Profile.Status.PENDING)
    staff_user = staff(CountryRole.Role.COUNTRY_STAFF, "NL")
    staff_user.groups.add(Country.objects.get(code="NL").staff_group)
    return {
        "anonymous": None,
        "pending": pending,
        "member_nl": member(countries=("NL",)),
        "member_be": member(countries=("BE",)),
        "moderator_nl": staff(CountryRole.Role.MODERATOR, "NL"),
        "editor_nl": staff(CountryRole.Role.EDITOR, "NL"),
        "staff_nl": staff_user,
        "administrator": administrator(),
    }


@pytest.mark.parametrize("role", ROLES)
def test_no_role_gets_a_page_it_should_not_and_nothing_fails(client, users, role):
    # Objects of the other country (Belgium) where a route takes an id.
    belgian = member(countries=("BE",), status=Profile.Status.PENDING)
    ids = {"default": belgian.pk, "pk": belgian.pk}
    user = users[role]
    if user is not None:
        client.force_login(user)  # staff roles and administrators already have TOTP
    client.raise_request_exception = False
    unexpected, errors, cells = [], [], 0
    for pattern, name in routes():
        bare = re.sub(r"^en/", "", pattern)
        allowed = allowed_roles(bare)
        response = client.get(concrete_path(pattern, ids))
        cells += 1
        if response.status_code >= 500 and name not in INTENTIONAL_ERRORS:
            errors.append((pattern, name, response.status_code))
        elif response.status_code == 200 and role not in allowed:
            unexpected.append((pattern, name))
    print(f"\n{role}: {cells} routes checked, {len(unexpected)} unexpected 200s, {len(errors)} server errors")
    assert errors == []
    assert unexpected == []

"""Every URL pattern of the project, requested as every role, and every route
that takes an id requested with every seeded object it can take.

1. Routes: nobody gets a page (200) of a route they should not reach (RULES).
2. Objects: each object-bearing route is called, GET and POST (a bulk
   action's confirmation included), with an object of the role's own
   country, one of another country, and the held, hidden, removed and draft
   ones (tests/security/matrix_objects.py). A request fails the matrix if
   - an admin route answers 2xx about an object the role may not open;
   - a 2xx page shows the marker of an object the role may not see (also on
     listings, choosers, reports and search, which take no id);
   - the object's row changed and the role may not change it (a bulk
     delete answers 302 after deleting: the row is checked, not the status);
   - anything answers 5xx, for any role.

Each request runs in a savepoint that is rolled back, so what one request
deletes or changes is back for the next, and the session survives a
sign-out route.

Routes are enumerated from the URL resolver, so a new route joins by
itself; a route that no rule classifies, or that takes an id and names no
objects (ROUTE_OBJECTS), fails the test until someone decides.
"""

import re
import time
import uuid

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.urls import URLResolver, get_resolver

from tests.security.matrix_objects import ADMIN_ACCESS, APPROVED, ROLES, make_users, seed_targets

pytestmark = pytest.mark.django_db

SIGNED_IN = APPROVED | {"pending"}

# Who may get a 200, by route. First matching rule wins; patterns match the
# route's pattern string with the language prefix removed.
RULES = [
    (r"^admin/(jsi18n|sprite)", set(ROLES)),  # the admin's translation catalogue and icon sprite: no data
    (r"^admin/", ADMIN_ACCESS),  # Wagtail admin: office staff, leads and administrators
    (r"^django-admin/", {"administrator"}),
    (r"^(api/|sitemap\.xml|robots\.txt|favicon\.ico|health/)", set(ROLES)),
    (r"^documents/", set(ROLES)),  # public documents; Wagtail checks collection privacy itself
    (r"^subtitles/", set(ROLES)),  # a film's subtitle tracks: public like the film
    (r"^accounts/\^?(login|signup|password/reset|confirm-email|inactive|login/code)", set(ROLES)),
    (r"^accounts/", SIGNED_IN),
    (r"^account/deleted/$", set(ROLES)),
    (r"^account/", SIGNED_IN),
    (r"^(code-of-conduct|privacy)/$", set(ROLES)),
    (r"^members/", APPROVED),
    (r"^moderation/mine/$", SIGNED_IN),
    # A statement of reasons and its appeal: the person concerned (a suspended or
    # refused account too, to appeal), the country's moderators; others get a 404.
    (r"^moderation/(statements|appeals)/<int:pk>/$", SIGNED_IN),
    # A member's report and its appeal: the member who reported it, then the country's moderators.
    (r"^moderation/reports/<int:pk>/$", SIGNED_IN),
    (r"^transparency/$", set(ROLES)),  # the public transparency report
    # Notices from anyone: the form for every visitor; a notice's own page for whoever holds its secret link.
    (r"^notices/", set(ROLES)),
    # Setting a content warning: the author or a moderator (checked per object; POST only, never a page).
    (r"^moderation/content-warning/$", SIGNED_IN),
    (r"^moderation/audit-log/", {"moderator_nl", "administrator"}),
    # The public helplines and organisations' contacts the guard lets through: the
    # country's moderators and its office (staff and lead) keep the list.
    (r"^moderation/public-helplines/$", {"moderator_nl", "administrator", "staff_nl", "lead_nl"}),
    (r"^moderation/", {"moderator_nl", "administrator"}),
    (r"^_util/", set(ROLES)),
    (r"^(forums|recommendations)/$", set(ROLES)),  # landing pages
    (r"^recommendations/decision-emails/$", APPROVED),  # a member's choice of decision e-mails
    # forums' pages: approved members; each object is checked again (country, sector, moderator)
    (r"^forums/.", APPROVED),
    # Recommendations: versions out of draft are public (drafts: their editors);
    # authoring, triage and statistics for editors; feedback for approved members.
    (r"^recommendations/new/(preview/)?$", {"editor_nl", "administrator"}),
    # Master documents and country variants: the European matrix and a published variant are public
    # (unpublished variants: their office, the master's editors, administrators; checked per object);
    # marking a master is for its editors, creating and editing a variant for its country's office
    # only: never the master's editors, never an administrator (the services refuse them explicitly).
    # The matrix page and its CSV, PDF and Word follow one rule, the master's audience: the seeded
    # master is public, so all four are for everyone (a members-only master's: checked per object).
    (r"^recommendations/<int:pk>/variants/(matrix\.(csv|pdf|docx))?$", set(ROLES)),
    (r"^recommendations/variants/<int:pk>/$", set(ROLES)),
    (r"^recommendations/<int:pk>/master/$", {"editor_nl", "administrator"}),
    # Feedback the offices forwarded to the master: its editors (and administrators) read it;
    # forwarding (POST only) is the variant's office's.
    (r"^recommendations/<int:pk>/variants/forwarded/$", {"editor_nl", "administrator"}),
    (r"^recommendations/feedback/<int:pk>/forward/$", {"staff_nl", "lead_nl"}),
    # The master's editors decide feedback the offices forwarded (never the office, never a member).
    (r"^recommendations/forwarded/<int:pk>/decide/$", {"editor_nl", "administrator"}),
    # Starting a variant (from the master, or from the staff member's tools and the country page):
    # country offices only, an administrator as such not.
    (r"^recommendations/(<int:pk>/variants/new/|variants/new/|variants/<int:pk>/)", {"staff_nl", "lead_nl"}),
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

# Which seeded objects each route with parameters is called with; first
# match wins. A string instead of kinds says why a route's parameters are not
# ids of objects (tokens, type names, catch-alls).
ROUTE_OBJECTS = [
    (r"^account/delete/confirm/", "a one-time token, not an id"),
    (r"^accounts/", "allauth's keys are tokens"),
    (r"^admin/password_reset/", "a token; Wagtail's own password reset is off"),
    (r"^admin/pages/(create|usage)/", "a page type, not a page"),
    (r"^admin/settings/", "no settings models are registered"),
    (r"^admin/tag-autocomplete/", "a model name, not an object"),
    (r"^admin/workflows/tasks/add/", "a task type, not a task"),
    (r"^(documents|_util)/authenticate_with_password/", "no privacy restrictions are seeded"),
    (r"^subtitles/", "public like the film they belong to: every track is for every visitor"),
    (r"^admin/ambassador_requests/", ["ambassador_request"]),
    (r"^admin/api/main/\^documents/", ["document"]),
    (r"^admin/api/main/\^images/", ["image"]),
    (r"^admin/api/main/\^pages/", ["page"]),
    (r"^admin/bulk/", ["bulk"]),
    (r"^admin/choose-page/", ["page"]),
    (r"^admin/collections/", ["collection"]),
    (r"^admin/documents/multiple/(create_from_uploaded_document|delete_upload)/", ["upload_document"]),
    (r"^admin/documents/", ["document"]),
    (r"^admin/editing-sessions/", ["editing_session"]),
    (r"^admin/forms/submissions/", ["page"]),
    (r"^admin/groups/", ["group"]),
    (r"^admin/images/multiple/(create_from_uploaded_image|delete_upload)/", ["upload_image"]),
    (r"^admin/images/", ["image"]),
    (r"^admin/locales/", ["locale"]),
    (r"^admin/localize/api/snippets/", ["service", "ambassador"]),
    (r"^admin/localize/submit/snippet/", ["service", "ambassador"]),
    (r"^admin/localize/(page|submit/page)/", ["page"]),
    (r"^admin/localize/(translate|update)/", ["translation"]),
    (r"^admin/pages/.*revision", ["revision"]),
    (r"^admin/pages/(.*workflow|workflow/)", ["workflow_state"]),
    (r"^admin/pages/", ["page"]),
    (r"^admin/redirects/", ["redirect"]),
    (r"^admin/sites/", ["site"]),
    # A service's revisions and workflow: with a service waiting for its lead too.
    (r"^admin/snippets/consult/supportservice/(history/.+/revisions|workflow)", ["service", "service_workflow"]),
    (r"^admin/snippets/(choose/)?consult/supportservice/", ["service"]),
    (r"^admin/snippets/(choose/)?consult/ambassador/", ["ambassador"]),
    (r"^admin/snippets/(choose/)?consult/film/", ["film"]),
    (r"^admin/users/", ["user"]),
    (r"^admin/workflows/", ["workflow"]),
    (r"^api/countries/", ["country"]),
    (r"^api/recommendations/documents/", ["rdocument"]),
    (r"^api/recommendations/rounds/", ["round"]),
    (r"^api/recommendations/variants/", ["variant"]),
    (r"^api/recommendations/versions/", ["version"]),
    (r"^api/v2/\^pages/", ["page"]),
    (r"^forums/(<slug:slug>|forum/)", ["forum"]),
    (r"^admin/forum_names/", ["forum"]),  # the offices' "Forum names" screens (forums/wagtail_hooks.py)
    (r"^forums/threads/", ["thread"]),
    (r"^forums/posts/", ["post"]),
    (r"^moderation/(applications|members)/", ["application"]),
    (r"^moderation/statements/", ["statement"]),
    (r"^moderation/appeals/", ["appeal"]),
    (r"^moderation/reports/", ["flag"]),
    (
        r"^moderation/items/<int:pk>/decide/",
        "a review item decided in context, POST only: refused to another country's moderator and to members in "
        "tests/consult/test_review_queue_context.py",
    ),
    (r"^moderation/notices/", ["notice"]),
    (r"^notices/", "a secret token the reporter keeps, not an id"),
    (r"^recommendations/<int:pk>/variants/", ["master"]),
    (r"^recommendations/variants/", ["variant"]),
    (r"^recommendations/forwarded/", ["forwarded"]),
    (r"^recommendations/<int:pk>/", ["rdocument"]),
    (r"^recommendations/versions/", ["version"]),
    (r"^recommendations/clauses/", ["clause"]),
    (r"^recommendations/exports/", ["export"]),
    (r"^recommendations/feedback/", ["feedback"]),
    (r"^recommendations/rounds/", ["round"]),
    *(
        (rf"^django-admin/{label}/", [f"django_admin:{label}"])
        for label in (
            "consult/user",
            "consult/profile",
            "consult/countryrole",
            "consult/country",
            "consult/auditlogentry",
            "forums/forum",
            "auth/group",
            "account/emailaddress",
            "mfa/authenticator",
            "wagtailimages/image",
        )
    ),
    (r"^django-admin/", "models of other apps' admin (axes, celery, taggit), and the catch-all"),
]

# Parameters that carry an object: a route with one of them must name its objects.
ID_PARAMETER = re.compile(r"<(?:(?:int|str|path|slug|uuid):)?(\w*(?:pk|_id|id|slug|code|key|token))>|\(\?P<(pk|key)>")

# Admin routes that may answer 2xx about an object the role may not open,
# and why: the target keys they apply to, and the roles.
OPEN_EXCEPTIONS = [
    # Wagtail's page chooser and its API let anyone in the admin browse and
    # link to live pages (the public site shows them anyway); drafts are not
    # in this list.
    (r"^admin/(choose-page/|api/main/\^pages/)", r"^page-", ADMIN_ACCESS),
    # The film is the programme's, not a country's: everyone in the admin may choose it.
    (r"^admin/snippets/choose/consult/film/", r"^film$", ADMIN_ACCESS),
    # Releasing an editing session deletes the caller's own, if any, and answers 200 whatever the id.
    (r"^admin/editing-sessions/release/", r"^session-", ADMIN_ACCESS),
]

# Wagtail's deliberate error page, for testing error reporting.
# The common part of every marker: admin listings are also searched for it.
MARKER_SEARCH = "ZQX"
LISTING_NAMES = r"(list|index|results|search|choose|chooser|report|history|usage|explore)"


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.name


def routes():
    """(pattern, name) of every route; of two routes with one pattern, the
    first (the one that answers: consult/admin_urls.py shadows Wagtail's)."""
    seen = {}
    for pattern, name in walk(get_resolver().url_patterns):
        seen.setdefault(pattern, name)
    return sorted(seen.items())


def bare(pattern):
    return re.sub(r"^en/", "", pattern)


def first_match(table, pattern):
    for regex, value in table:
        if re.search(regex, bare(pattern)):
            return value
    return None


def allowed_roles(pattern):
    return first_match(RULES, pattern)


def takes_an_id(pattern):
    return bool(ID_PARAMETER.search(pattern))


def object_kinds(pattern):
    """The kinds of seeded objects a route with parameters is called with
    (None: no parameters, or parameters that are not ids, with a reason)."""
    kinds = first_match(ROUTE_OBJECTS, pattern) if "<" in pattern else None
    return kinds if isinstance(kinds, list) else None


def concrete_path(pattern, values=None):
    """A requestable path for ``pattern``, its parameters filled from
    ``values`` (a nonexistent id where it has none)."""
    values = values or {}

    def value(name):
        if name in values:
            return str(values[name])
        if name == "key":
            return str(uuid.uuid4())
        if name.endswith(("pk", "id")):
            return "999999"
        return "x1"

    path = re.sub(r"\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)", lambda m: value(m.group(1)), pattern)
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: value(m.group(1)), path)
    path = path.replace("((?:[\\w\\-]+/)*)", "").replace("(\\d+)", "999999").replace("(.*)", "x1")
    path = path.replace("\\.", ".").replace("^", "").replace("$", "").replace("\\", "")
    return "/" + path


def test_every_route_is_classified():
    unclassified = [p for p, _ in routes() if allowed_roles(p) is None]
    assert unclassified == [], "decide who may see these routes (RULES above)"


def test_every_route_that_takes_an_id_is_called_with_seeded_objects():
    without_objects = [p for p, _ in routes() if takes_an_id(p) and first_match(ROUTE_OBJECTS, p) is None]
    assert without_objects == [], "name the objects these routes take, or say why not (ROUTE_OBJECTS)"


# --- the matrix -------------------------------------------------------------------

BULK_ACTIONS = {
    "service": ("consult", "supportservice", ["delete"]),
    "ambassador": ("consult", "ambassador", ["delete"]),
    "document": ("consult", "countrydocument", ["delete", "add_tags", "add_to_collection"]),
    "image": ("wagtailimages", "image", ["delete", "add_tags", "add_to_collection"]),
    "page": ("wagtailcore", "page", ["delete", "move", "publish", "unpublish"]),
    "user": ("consult", "user", ["delete", "assign_role", "set_active_state"]),
}


def bulk_targets(targets):
    """One case per object and bulk action, its id in the query string."""
    from dataclasses import replace

    cases = []
    for kind, (app_label, model_name, actions) in BULK_ACTIONS.items():
        for target in targets.get(kind, []):
            for action in actions:
                values = {"app_label": app_label, "model_name": model_name, "action": action}
                cases.append(replace(target, values=values, query=f"?id={target.obj.pk}"))
    return cases


class Matrix:
    """One role's run: its client, the seeded objects and what failed."""

    def __init__(self, client, role, user, targets):
        self.client, self.role, self.user, self.targets = client, role, user, targets
        self.failures, self.cells = [], 0
        every = [target for kind in targets.values() for target in kind]
        self.hidden_markers = {
            side: [t.marker for t in every if t.marker and role not in getattr(t, f"{side}_sees")]
            for side in ("admin", "site")
        }

    def sign_in(self):
        if self.user is not None:
            self.client.force_login(self.user)  # staff roles and administrators already have TOTP

    def call(self, method, pattern, name, path, target=None):
        """One request in a savepoint that is rolled back; record what fails."""
        self.cells += 1
        side = "admin" if bare(pattern).startswith(("admin/", "django-admin/")) else "site"
        session_cookie = self.session_key()
        with transaction.atomic():
            before = target.fingerprint() if target is not None else None
            response = getattr(self.client, method)(path)
            changed = target is not None and target.fingerprint() != before
            transaction.set_rollback(True)
        where = f"{method.upper()} {path} ({name})"
        status = response.status_code
        if status >= 500:
            self.failures.append(f"{where}: {status}")
        if changed and self.role not in target.changes:
            self.failures.append(f"{where}: changed {target.key} ({status})")
        if 200 <= status < 300:
            if method == "get" and self.role not in allowed_roles(pattern) and not self.opens_on_site(pattern, target):
                self.failures.append(f"{where}: {status} for a role the route is not for")
            about_target = target is not None and (takes_an_id(pattern) or target.query)
            if about_target and side == "admin" and not self.may_open(pattern, target):
                self.failures.append(f"{where}: {status} about {target.key}")
            shown = self.shown_markers(response, side)
            if shown:
                self.failures.append(f"{where}: {status} shows {shown}")
        if self.user is not None and self.session_key() != session_cookie:
            self.sign_in()  # a sign-out or a new session key: the rollback brought back only the old row
        if method == "post":
            cache.clear()  # rate limits and lockouts count attacks, not this sweep

    def session_key(self):
        return getattr(self.client.cookies.get(settings.SESSION_COOKIE_NAME), "value", None)

    def opens_on_site(self, pattern, target):
        """A site route's rule is per route; an object may name roles that
        reach it too (``site_opens``: a national round's office on its
        editors' routes), for that object's id only."""
        return target is not None and takes_an_id(pattern) and self.role in target.site_opens

    def may_open(self, pattern, target):
        if self.role in target.admin_opens:
            return True
        return any(
            re.search(route, bare(pattern)) and re.search(key, target.key) and self.role in roles
            for route, key, roles in OPEN_EXCEPTIONS
        )

    def shown_markers(self, response, side):
        content = b"".join(response.streaming_content) if response.streaming else response.content
        if MARKER_SEARCH.encode() not in content:
            return []
        body = content.decode(errors="replace")
        return [marker for marker in self.hidden_markers[side] if marker in body]


def run_matrix(client, role, user, targets):
    matrix = Matrix(client, role, user, targets)
    matrix.sign_in()
    client.raise_request_exception = False
    cases = {**targets, "bulk": bulk_targets(targets)}
    object_routes = 0
    for pattern, name in routes():
        kinds = object_kinds(pattern)
        if kinds is None:
            path = concrete_path(pattern)
            matrix.call("get", pattern, name, path)
            if bare(pattern).startswith("admin/") and re.search(LISTING_NAMES, name or ""):
                matrix.call("get", pattern, name, f"{path}?q={MARKER_SEARCH}")
            continue
        object_routes += 1
        for kind in kinds:
            for target in cases.get(kind, []):
                path = concrete_path(pattern, target.values) + target.query
                matrix.call("get", pattern, name, path, target)
                matrix.call("post", pattern, name, path, target)
    return matrix, object_routes


@pytest.fixture
def client_without_contexts(client, monkeypatch):
    """The test client, without copying every template context into the
    response (the matrix reads status, body and rows, never contexts): a
    third of the time it takes."""
    monkeypatch.setattr("django.test.client.store_rendered_templates", lambda *args, **kwargs: None)
    return client


@pytest.mark.parametrize("role", ROLES)
def test_no_role_reaches_shows_or_changes_an_object_it_should_not_and_nothing_fails(client_without_contexts, role):
    client = client_without_contexts
    users = make_users()
    targets = seed_targets(users)
    started = time.process_time()
    matrix, object_routes = run_matrix(client, role, users[role], targets)
    print(
        f"\n{role}: {matrix.cells} cells, {object_routes} object-bearing routes, {len(matrix.failures)} failures, "
        f"{time.process_time() - started:.1f} s CPU"
    )
    assert not matrix.failures, "\n".join(matrix.failures)

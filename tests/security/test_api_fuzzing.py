"""schemathesis against the project's OpenAPI schema (/api/openapi.json),
in-process through the WSGI application: every operation, valid and
invalid input (positive and negative generation), anonymous and as an
approved member with a session (and a CSRF token, so writes get past the
CSRF check to the services). 0 server errors; the number of cases tried is
printed (run pytest with -s to see it).
"""

import contextlib
from collections import Counter

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.utils.crypto import get_random_string
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from tests.consult.conftest import sign_in
from tests.consult.factories import member
from tests.recommendations.factories import FeedbackFactory, draft, open_round

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 25


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """The WSGI app, unlike Django's test client, closes "old" database
    connections when a request ends, which on PostgreSQL closes the test's
    own transaction; detach that as the test client does."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def schema():
    return schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())


@pytest.fixture
def real_objects(settings):
    """Ids that exist, so generated requests also reach the code behind the 404s."""
    settings.MODERATION_FIRST_POSTS = 0
    round = open_round(draft("NL", 4))
    FeedbackFactory(round=round, author=member())
    return {
        "version_id": round.version_id,
        "document_id": round.version.document_id,
        "round_id": round.pk,
        "code": "nl",
    }


def fuzz(schema, real_objects, *, cookies=None, headers=None):
    """Run every operation; return (cases tried by status class, server errors)."""
    tried, server_errors = Counter(), []
    for result in schema.get_all_operations():
        operation = result.ok()
        names = {p.name for p in operation.path_parameters}
        fixed = {name: value for name, value in real_objects.items() if name in names}
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            for path_parameters in ({}, fixed) if fixed else ({},):
                strategy = operation.as_strategy(
                    generation_mode=mode, path_parameters=path_parameters, cookies=cookies, headers=headers
                )

                @given(case=strategy)
                @hypothesis_settings(
                    max_examples=EXAMPLES_PER_OPERATION,
                    deadline=None,
                    database=None,
                    suppress_health_check=list(HealthCheck),
                )
                def run(case):
                    response = case.call()
                    tried[f"{response.status_code // 100}xx"] += 1
                    if case.method == "POST":
                        tried[f"POST {response.status_code}"] += 1
                    try:
                        case.validate_response(response, checks=[not_a_server_error])
                    except AssertionError as failure:  # schemathesis' check failures are AssertionErrors
                        server_errors.append(f"{case.method} {case.formatted_path}: {failure}"[:500])

                # Unsatisfiable: nothing of this operation can be made invalid (no parameters at all)
                with contextlib.suppress(Unsatisfiable):
                    run()
    return tried, server_errors


def report(who, tried, server_errors):
    print(f"\nschemathesis, {who}: {sum(tried.values())} cases {dict(tried)}; server errors: {len(server_errors)}")


def test_the_api_answers_anonymous_fuzzing_without_a_server_error(schema, real_objects, capsys):
    tried, server_errors = fuzz(schema, real_objects)
    with capsys.disabled():
        report("anonymous", tried, server_errors)
    assert sum(tried.values()) > 100
    assert server_errors == []


def test_the_api_answers_a_signed_in_members_fuzzing_without_a_server_error(
    schema, real_objects, client, settings, capsys
):
    settings.RECOMMENDATIONS_FEEDBACK_PER_MINUTE = 10**6  # reach the service on every case
    sign_in(client, member())
    token = get_random_string(32)
    cookies = {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value, "csrftoken": token}
    tried, server_errors = fuzz(schema, real_objects, cookies=cookies, headers={"X-CSRFToken": token})
    with capsys.disabled():
        report("member", tried, server_errors)
    assert tried["2xx"] > 0  # the session worked: some requests were answered as the member
    assert server_errors == []


def test_feedback_through_the_api_with_any_text_is_created_or_refused_with_a_json_message(
    client, real_objects, settings
):
    """The schema types ``kind`` as a string, so schemathesis rarely hits a
    valid one: here valid kinds with any JSON text (NUL and lone surrogates
    included, which only JSON can carry) reach the service."""
    import json

    from hypothesis import strategies as st

    from recommendations.models import Feedback
    from tests.security.test_bad_input import nasty_text

    settings.RECOMMENDATIONS_FEEDBACK_PER_MINUTE = 10**6
    sign_in(client, member())
    url = f"/api/recommendations/versions/{real_objects['version_id']}/feedback"
    statuses = Counter()

    @given(kind=st.sampled_from(Feedback.Kind.values), text=nasty_text, proposed_text=nasty_text)
    @hypothesis_settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(kind, text, proposed_text):
        body = json.dumps({"kind": kind, "text": text, "proposed_text": proposed_text})  # \ud800 → "\\ud800"
        response = client.post(url, body, content_type="application/json")
        statuses[response.status_code] += 1
        assert response.status_code in (201, 400, 422)
        if response.status_code != 201:
            assert response.json()["detail"]

    run()
    assert statuses[201] > 0

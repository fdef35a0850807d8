"""The site's CSP header is built once (consult.middleware.ConstantPolicyCSPMiddleware)
and is the very header django-csp would build; a response or request that
needs its own policy still gets it."""

import pytest
from csp.decorators import csp_exempt, csp_update
from csp.utils import build_policy
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from consult.middleware import ConstantPolicyCSPMiddleware


def _plain(request):
    return HttpResponse("ok")


def _serve(view, path="/en/somewhere/"):
    return ConstantPolicyCSPMiddleware(view)(RequestFactory().get(path))


def test_the_header_is_django_csps_own_and_the_same_on_every_response():
    middleware = ConstantPolicyCSPMiddleware(_plain)
    first = middleware(RequestFactory().get("/en/"))["Content-Security-Policy"]
    second = middleware(RequestFactory().get("/en/other/"))["Content-Security-Policy"]
    assert first == second == build_policy()
    assert "frame-ancestors 'none'" in first


def test_a_changed_policy_shows_at_once():
    middleware = ConstantPolicyCSPMiddleware(_plain)
    middleware(RequestFactory().get("/en/"))
    with override_settings(CONTENT_SECURITY_POLICY={"DIRECTIVES": {"default-src": ["'none'"]}}):
        assert middleware(RequestFactory().get("/en/"))["Content-Security-Policy"] == "default-src 'none'"


def test_excluded_prefixes_and_exempt_views_get_no_header():
    assert "Content-Security-Policy" not in _serve(_plain, "/admin/pages/")
    assert "Content-Security-Policy" not in _serve(csp_exempt()(_plain))


def test_a_view_with_its_own_policy_gets_it():
    view = csp_update({"img-src": ["https://maps.example"]})(_plain)
    header = _serve(view)["Content-Security-Policy"]
    assert "https://maps.example" in header
    assert header != build_policy()


def test_a_request_that_used_a_nonce_gets_it_in_the_header():
    def with_nonce(request):
        return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")

    response = _serve(with_nonce)
    nonce = response.content.decode().split("'")[1]
    assert f"'nonce-{nonce}'" not in build_policy()
    # the site's policy has no nonce placeholder: django-csp adds none, as before
    assert response["Content-Security-Policy"] == build_policy(nonce=nonce)


def test_a_nonce_asked_for_after_the_header_is_written_is_an_error():
    from csp.exceptions import CSPNonceError

    request = RequestFactory().get("/en/")
    ConstantPolicyCSPMiddleware(_plain)(request)
    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)

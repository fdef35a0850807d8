"""Response headers, locale and time zone handling and bad-input answers every page of the site needs."""

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import timezone
from django.utils.datastructures import MultiValueDictKeyError
from django.views import defaults

from .reader_time import zone_for

# The id a redirect's address pointed at (see NoStoreMiddleware).
FRAGMENT_COOKIE = "protect_fragment"


class NoStoreMiddleware:
    """Send ``Cache-Control: no-store`` on every page.

    After the quick-exit control replaces the page, the browser's Back button
    must not bring it back from its cache, and a shared computer must not
    keep copies of what was read. Static files are served before this runs
    (whitenoise) and keep their long cache lifetimes.

    A redirect to a place on a page (``…#post-12`` after a reply,
    ``#feedback-3`` after feedback, ``#review``) also leaves that place's id
    in a short-lived cookie (``FRAGMENT_COOKIE``, readable by the page's
    script): the site sends its forms with fetch() so a visit leaves one
    history entry (static/js/one-history-entry.js), and fetch() drops the
    fragment of a redirect's address. The script takes the reader there and
    clears the cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["Cache-Control"] = "no-store, private"
        response.setdefault("Pragma", "no-cache")
        if 300 <= response.status_code < 400:
            fragment = response.get("Location", "").partition("#")[2]
            if fragment:
                response.set_cookie(
                    FRAGMENT_COOKIE, fragment[:100], max_age=60, samesite="Lax", secure=request.is_secure()
                )
        return response


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unprefixed 404s.

    With Wagtail's catch-all inside i18n_patterns, Django would redirect
    every unknown URL (an API 404, a missing document) to /<lang>/...; only
    the site's pages live under a language prefix.
    """

    unprefixed = ("/api/", "/admin/", "/django-admin/", "/documents/", "/static/", "/media/", "/health/", "/subtitles/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.unprefixed):
            return response
        return super().process_response(request, response)


class IncompleteFormMiddleware:
    """A form posted without a field its view reads (``request.POST["x"]``,
    ``request.FILES["x"]``) is bad input: 400, not a server error.

    Some third-party admin views (Wagtail's page copy and StreamField
    editing, wagtail-localize's PO upload) index the posted data directly
    and raise ``MultiValueDictKeyError`` when a field is missing; that
    exception comes only from reading request data by key.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, MultiValueDictKeyError):
            return defaults.bad_request(request, exception)
        return None


class ConstantPolicyCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the header built once instead of on every response.

    The site's policy is a constant of the settings; django-csp rebuilds its
    string (copying and joining every directive) for each response. Here it
    is built once per settings object and reused, unless the request used a
    nonce or the response carries a policy of its own (django-csp's
    decorators): those go through django-csp unchanged. Exemptions and
    excluded prefixes are honoured as django-csp does.
    """

    _PER_RESPONSE = (
        "_csp_config",
        "_csp_update",
        "_csp_replace",
        "_csp_config_ro",
        "_csp_update_ro",
        "_csp_replace_ro",
    )

    def __init__(self, get_response):
        super().__init__(get_response)
        self._built_for = None

    def _constant_headers(self):
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", None)
        report_only = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        if self._built_for is None or self._built_for[0] is not policy or self._built_for[1] is not report_only:
            headers = []
            for name, config, is_report_only, exempt in (
                (HEADER, policy, False, "_csp_exempt"),
                (HEADER_REPORT_ONLY, report_only, True, "_csp_exempt_ro"),
            ):
                value = build_policy(report_only=is_report_only)
                if value:
                    headers.append((name, value, exempt, tuple((config or {}).get("EXCLUDE_URL_PREFIXES") or ())))
            self._built_for = (policy, report_only, headers)
        return self._built_for[2]

    def process_response(self, request, response):
        if getattr(request, "_csp_nonce", None) is not None or (response.status_code in (500, 404) and settings.DEBUG):
            return super().process_response(request, response)
        if any(getattr(response, name, None) is not None for name in self._PER_RESPONSE):
            return super().process_response(request, response)
        for name, value, exempt, excluded in self._constant_headers():
            if (
                name not in response
                and not getattr(response, exempt, False)
                and not request.path_info.startswith(excluded)
            ):
                response[name] = value
        # as django-csp does: a nonce asked for after the header is written is an error
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


class ReaderTimeZoneMiddleware:
    """Times in the signed-in reader's zone (consult.reader_time: their
    country's, else the site's), the same zone their e-mails use. Forms read
    typed times in the same zone, so what is shown is what is typed."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            timezone.deactivate()
            return self.get_response(request)
        timezone.activate(zone_for(user))
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

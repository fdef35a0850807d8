from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView
from django.views.static import serve as serve_file
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from consult.api import api as public_api
from consult.members import views as member_views
from consult.members.views import admin_login_redirect
from home.sitemaps import MultilingualSitemap
from recommendations.api import router as recommendations_router

from .api import wagtail_api

# consult's public API carries the other apps' routers (consult imports none of them).
public_api.add_router("/recommendations", recommendations_router)

# A database that cannot be reached gets a 503 page that needs no database.
handler500 = "consult.views.server_error"

urlpatterns = [
    # Both admins sign in through allauth (rate limits, lockout, MFA).
    path("admin/login/", admin_login_redirect, {"next_default": "/admin/"}, name="admin_sign_in"),
    path(
        "django-admin/login/",
        admin_login_redirect,
        {"next_default": "/django-admin/", "admin": "django"},
        name="django_admin_sign_in",
    ),
    # Views that ask the permission policy per object, in front of Wagtail's own.
    path("admin/", include("consult.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", wagtail_api.urls),
    path("api/", public_api.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    # readiness and metrics beside the liveness check (consult.urls' health/)
    path("health/", include("consult.operations.urls")),
    # Browsers ask for /favicon.ico whatever the page links; the base template
    # links the same file (and the app icons) under /static/icons/.
    path("favicon.ico", serve_file, {"path": "favicon.ico", "document_root": settings.BASE_DIR / "static" / "icons"}),
    path("", include("consult.urls")),
]

urlpatterns += i18n_patterns(
    # allauth's TOTP set-up and recovery codes, passing ?next= through (same paths and names)
    path("accounts/2fa/totp/activate/", member_views.activate_totp, name="mfa_activate_totp"),
    path("accounts/2fa/recovery-codes/", member_views.view_recovery_codes, name="mfa_view_recovery_codes"),
    path("accounts/", include("allauth.urls")),
    path("", include("consult.members.urls")),
    path("moderation/", include("consult.moderation.urls")),
    path("transparency/", include("consult.moderation.transparency_urls")),
    path("notices/", include("consult.moderation.notice_urls")),
    path("forums/", include("forums.urls")),
    path("recommendations/", include("recommendations.urls")),
    # Wagtail's catch-all comes last.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL + "images/", document_root=settings.MEDIA_ROOT / "images") + urlpatterns

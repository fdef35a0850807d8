from django.conf import settings
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from .navigation import navigation_for


def site_chrome(request):
    """Values the base template needs on every page: text direction, quick
    exit, and the tools the signed-in person's roles may use (worked out
    only if the page shows them)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "role_nav": SimpleLazyObject(lambda: navigation_for(request.user)),
        "TEXT_DIRECTION": "rtl" if language.split("-")[0] in settings.RTL_LANGUAGES else "ltr",
    }

from django.conf import settings
from django.utils import translation


def site_chrome(request):
    """Values the base template needs on every page: text direction and quick exit."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "TEXT_DIRECTION": "rtl" if language.split("-")[0] in settings.RTL_LANGUAGES else "ltr",
    }

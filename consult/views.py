import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.views import defaults
from django.views.decorators.http import require_GET


@require_GET
def health(request):
    """Liveness and database check for the reverse proxy and monitoring."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@require_GET
def subtitle_track(request, pk):
    """A film's subtitle track as text/vtt, which a <track> element needs.

    Served by the site itself rather than from MEDIA_URL: subtitles are
    public like the film, and no web server has to know the file type.
    """
    _track, file = _subtitle_file(pk)
    return FileResponse(file, content_type="text/vtt; charset=utf-8")


@require_GET
def subtitle_download(request, pk):
    """The same track as a file to keep: ``Content-Disposition: attachment``
    with a name that says which film and language it is, so that a browser
    saves it instead of showing the raw cues in place of the page."""
    track, file = _subtitle_file(pk)
    name = f"{slugify(track.film.title) or 'film'}-{track.language}.vtt"
    return FileResponse(file, content_type="text/vtt; charset=utf-8", as_attachment=True, filename=name)


def _subtitle_file(pk):
    from .models import SubtitleTrack

    track = get_object_or_404(SubtitleTrack.objects.select_related("film"), pk=pk)
    try:
        return track, track.vtt_file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None


def server_error(request):
    """The site's handler500: a 503 "briefly unavailable" page when the
    database is unreachable (the connection dropped, the server restarting),
    else Django's own 500.

    Rendered without the request, so no context processor touches the
    database that just failed. A write that the failure interrupted was
    rolled back (services write in ``transaction.atomic``). Django has just
    logged the error (django.request), without the request's body.
    """
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        body = render_to_string(
            "503.html", {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL, "LANGUAGE_CODE": translation.get_language()}
        )
        response = HttpResponse(body, status=503)
        response["Retry-After"] = "60"
        return response
    return defaults.server_error(request)

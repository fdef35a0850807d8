"""The tiny bare Django view: one URL, one view, served with no middleware
(bench/wsgi.py, bench/stack.py). It is the floor every Django page stands on."""

from django.http import HttpResponse
from django.urls import path


def tiny(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/tiny/", tiny)]

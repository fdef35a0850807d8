from django.urls import path

from . import views

app_name = "consult"
urlpatterns = [
    path("health/", views.health, name="health"),
    path("subtitles/<int:pk>.vtt", views.subtitle_track, name="subtitle_track"),
    path("subtitles/<int:pk>/download.vtt", views.subtitle_download, name="subtitle_download"),
]

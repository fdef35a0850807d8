from django.urls import path

from . import views

urlpatterns = [
    path("versions/<int:pk>/exports/", views.version_exports, name="version_exports"),
    path("versions/<int:pk>/exports/new/", views.export_request, name="export_request"),
    path("exports/<int:pk>/download/", views.export_download, name="export_download"),
]

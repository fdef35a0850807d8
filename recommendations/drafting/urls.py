from django.urls import path

from . import views

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.document_create, name="document_create"),
    path("new/preview/", views.document_import_preview, name="document_import_preview"),
    path("<int:pk>/", views.document, name="document"),
    path("versions/<int:pk>/edit/", views.version_edit, name="version_edit"),
    path("clauses/<int:pk>/edit/", views.clause_edit, name="clause_edit"),
    path("clauses/<int:pk>/<slug:action>/", views.clause_action, name="clause_action"),
]

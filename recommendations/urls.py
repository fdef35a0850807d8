from django.urls import path

from . import export_views, merge_views, views

app_name = "recommendations"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.document_create, name="document_create"),
    path("<int:pk>/", views.document, name="document"),
    path("versions/<int:pk>/", views.version, name="version"),
    path("versions/<int:pk>/print/", views.version_print, name="version_print"),
    path("versions/<int:pk>/diff/<int:other>/", export_views.version_diff, name="version_diff"),
    path("versions/<int:pk>/compare/", export_views.version_compare, name="version_compare"),
    path("versions/<int:pk>/exports/", export_views.version_exports, name="version_exports"),
    path("versions/<int:pk>/exports/new/", export_views.export_request, name="export_request"),
    path("exports/<int:pk>/download/", export_views.export_download, name="export_download"),
    path("versions/<int:pk>/edit/", views.version_edit, name="version_edit"),
    path("versions/<int:pk>/round/", views.round_create, name="round_create"),
    path("versions/<int:pk>/feedback/", views.give_document_feedback, name="document_feedback"),
    path("versions/<int:pk>/clauses/<uuid:key>/", views.clause, name="clause"),
    path("clauses/<int:pk>/edit/", views.clause_edit, name="clause_edit"),
    path("clauses/<int:pk>/<slug:action>/", views.clause_action, name="clause_action"),
    path("feedback/<int:pk>/edit/", views.feedback_edit, name="feedback_edit"),
    path("feedback/<int:pk>/endorse/", views.endorse, name="endorse"),
    path("feedback/<int:pk>/flag/", views.flag, name="flag"),
    path("feedback/<int:pk>/decide/", views.decide, name="decide"),
    path("rounds/<int:pk>/triage/", views.triage, name="triage"),
    path("rounds/<int:pk>/triage/clauses/<uuid:key>/", views.triage, name="triage_clause"),
    path("rounds/<int:pk>/statistics/", views.statistics, name="statistics"),
]

# Merging a closed round into the next version (recommendations/merge_views.py).
urlpatterns += [
    path("rounds/<int:pk>/digest/", merge_views.digest, name="digest"),
    path("rounds/<int:pk>/merge/", merge_views.workbench, name="merge"),
    path("rounds/<int:pk>/merge/clauses/<uuid:key>/", merge_views.merge_clause, name="merge_clause"),
    path("rounds/<int:pk>/build/", merge_views.build, name="build"),
    path("rounds/<int:pk>/build/status.json", merge_views.build_status, name="build_status"),
    path("rounds/<int:pk>/build/discard/", merge_views.discard_build, name="discard_build"),
    path("rounds/<int:pk>/report/", merge_views.report, name="report"),
    path("versions/<int:pk>/publish/", merge_views.publish, name="publish"),
    path("<int:pk>/clauses/<uuid:key>/history/", merge_views.clause_history, name="clause_history"),
]

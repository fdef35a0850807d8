from django.urls import path

from . import diff_views, history_views, views

urlpatterns = [
    path("versions/<int:pk>/diff/<int:other>/", diff_views.version_diff, name="version_diff"),
    path("versions/<int:pk>/compare/", diff_views.version_compare, name="version_compare"),
    path("rounds/<int:pk>/digest/", views.digest, name="digest"),
    path("rounds/<int:pk>/merge/", views.workbench, name="merge"),
    path("rounds/<int:pk>/merge/clauses/<uuid:key>/", views.merge_clause, name="merge_clause"),
    path("rounds/<int:pk>/merge/todos/<int:feedback_pk>/", views.explain_no_change, name="explain_no_change"),
    path("rounds/<int:pk>/build/", views.build, name="build"),
    path("rounds/<int:pk>/build/status.json", views.build_status, name="build_status"),
    path("rounds/<int:pk>/build/discard/", views.discard_build, name="discard_build"),
    path("versions/<int:pk>/publish/", views.publish, name="publish"),
    path("rounds/<int:pk>/report/", history_views.report, name="report"),
    path("<int:pk>/clauses/<uuid:key>/history/", history_views.clause_history, name="clause_history"),
]

from django.urls import path

from . import round_views, triage_views, views

urlpatterns = [
    path("decision-emails/", views.decision_email_preference, name="decision_emails"),
    path("versions/<int:pk>/", views.version, name="version"),
    path("versions/<int:pk>/print/", views.version_print, name="version_print"),
    path("versions/<int:pk>/round/", views.round_create, name="round_create"),
    path("versions/<int:pk>/round/new/", round_views.round_new, name="round_new"),
    path("rounds/<int:pk>/manage/", round_views.round_manage, name="round_manage"),
    path("rounds/<int:pk>/close/", round_views.round_close, name="round_close"),
    path("rounds/<int:pk>/extend/", round_views.round_extend, name="round_extend"),
    path("rounds/<int:pk>/dates/", round_views.round_dates, name="round_dates"),
    path("versions/<int:pk>/feedback/", views.give_document_feedback, name="document_feedback"),
    path("versions/<int:pk>/clauses/<uuid:key>/", views.clause, name="clause"),
    path("feedback/<int:pk>/edit/", views.feedback_edit, name="feedback_edit"),
    path("feedback/<int:pk>/endorse/", views.endorse, name="endorse"),
    path("feedback/<int:pk>/flag/", views.flag, name="flag"),
    path("feedback/<int:pk>/decide/", triage_views.decide, name="decide"),
    path("rounds/<int:pk>/triage/", triage_views.triage, name="triage"),
    path("rounds/<int:pk>/triage/clauses/<uuid:key>/", triage_views.triage, name="triage_clause"),
    path("rounds/<int:pk>/statistics/", triage_views.statistics, name="statistics"),
]

from django.urls import path

from . import views

app_name = "members"
urlpatterns = [
    path("account/", views.account, name="account"),
    path("account/profile/", views.profile_edit, name="profile_edit"),
    path("account/consent/", views.consent, name="consent"),
    path("account/export/", views.export, name="export"),
    path("account/delete/", views.delete, name="delete"),
    path("account/delete/confirm/<str:token>/", views.delete_confirm, name="delete_confirm"),
    path("account/deleted/", views.deleted, name="deleted"),
    path("code-of-conduct/", views.policy_text, {"template": "consult/code_of_conduct.html"}, name="code_of_conduct"),
    path("privacy/", views.policy_text, {"template": "consult/privacy_notice.html"}, name="privacy_notice"),
    path("members/", views.member_area, name="member_area"),
    path("members/directory/", views.directory, name="directory"),
    path("moderation/applications/", views.vetting_queue, name="vetting_queue"),
    path("moderation/applications/<int:pk>/", views.vetting_decide, name="vetting_decide"),
    path("moderation/members/<int:pk>/suspend/", views.suspend, name="suspend"),
    path("moderation/audit-log/", views.audit_log, name="audit_log"),
]

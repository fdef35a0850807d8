from django.urls import path

from . import appeal_views, in_context, notice_views, views

app_name = "moderation"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("items/<int:pk>/decide/", in_context.decide, name="decide"),
    path("mine/", appeal_views.my_moderation, name="mine"),
    path("statements/<int:pk>/", appeal_views.statement, name="statement"),
    path("appeals/", appeal_views.appeal_list, name="appeals"),
    path("appeals/<int:pk>/", appeal_views.appeal, name="appeal"),
    path("reports/<int:pk>/", appeal_views.flag_appeal, name="flag"),
    path("notices/", notice_views.notice_list, name="notices"),
    path("notices/<int:pk>/", notice_views.notice_detail, name="notice"),
    path("content-warning/", notice_views.content_warning, name="content_warning"),
    path("house-rules/", appeal_views.house_rules, name="house_rules"),
    path("public-helplines/", views.public_helplines, name="public_helplines"),
]

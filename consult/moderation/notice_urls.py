from django.urls import path

from . import notice_views

app_name = "notices"
urlpatterns = [
    path("new/", notice_views.new_notice, name="new"),
    path("<str:token>/", notice_views.notice_status, name="status"),
]

from django.urls import path

from . import views

app_name = "forums"
urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search, name="search"),
    path("notifications/", views.notifications, name="notifications"),
    path("threads/<int:pk>/", views.thread, name="thread"),
    path("threads/<int:pk>/moderate/", views.moderate_thread, name="moderate_thread"),
    path("threads/<int:pk>/close/", views.close_thread, name="close_thread"),
    path("posts/<int:pk>/", views.post, name="post"),
    path("posts/<int:pk>/edit/", views.edit_post, name="edit_post"),
    path("posts/<int:pk>/remove/", views.remove_post, name="remove_post"),
    path("posts/<int:pk>/history/", views.post_history, name="post_history"),
    path("posts/<int:pk>/helpful/", views.helpful, name="helpful"),
    path("posts/<int:pk>/flag/", views.flag_post, name="flag_post"),
    path("posts/<int:pk>/warn/", views.warn_member, name="warn_member"),
    path("posts/<int:pk>/hide/", views.hide_post, name="hide_post"),
    path("threads/<int:pk>/watch/", views.subscribe, {"kind": "thread"}, name="watch_thread"),
    path("forum/<int:pk>/watch/", views.subscribe, {"kind": "forum"}, name="watch_forum"),
    path("<slug:slug>/", views.forum, name="forum"),
    path("<slug:slug>/new/", views.new_thread, name="new_thread"),
]

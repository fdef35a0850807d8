"""Every page of the forums, by feature (the URL names and paths are the
ones templates and the tests of routes and roles use)."""

from django.urls import path

from .discussion import views as discussion
from .moderation import views as moderation
from .subscriptions import views as subscriptions

app_name = "forums"
urlpatterns = [
    path("", discussion.index, name="index"),
    path("search/", discussion.search, name="search"),
    path("notifications/", subscriptions.notifications, name="notifications"),
    path("threads/<int:pk>/", discussion.thread, name="thread"),
    path("threads/<int:pk>/moderate/", moderation.moderate_thread, name="moderate_thread"),
    path("threads/<int:pk>/close/", moderation.close_thread, name="close_thread"),
    path("posts/<int:pk>/", discussion.post, name="post"),
    path("posts/<int:pk>/edit/", discussion.edit_post, name="edit_post"),
    path("posts/<int:pk>/remove/", discussion.remove_post, name="remove_post"),
    path("posts/<int:pk>/history/", discussion.post_history, name="post_history"),
    path("posts/<int:pk>/helpful/", discussion.helpful, name="helpful"),
    path("posts/<int:pk>/flag/", moderation.flag_post, name="flag_post"),
    path("posts/<int:pk>/warn/", moderation.warn_member, name="warn_member"),
    path("posts/<int:pk>/hide/", moderation.hide_post, name="hide_post"),
    path("threads/<int:pk>/watch/", subscriptions.watch_thread, name="watch_thread"),
    path("forum/<int:pk>/watch/", subscriptions.watch_forum, name="watch_forum"),
    path("<slug:slug>/", discussion.forum, name="forum"),
    path("<slug:slug>/new/", discussion.new_thread, name="new_thread"),
]

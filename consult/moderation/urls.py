from django.urls import path

from . import views

app_name = "moderation"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("mine/", views.my_items, name="mine"),
    path("public-helplines/", views.public_helplines, name="public_helplines"),
]

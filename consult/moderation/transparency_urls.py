from django.urls import path

from . import transparency_views

app_name = "transparency"
urlpatterns = [path("", transparency_views.report, name="report")]

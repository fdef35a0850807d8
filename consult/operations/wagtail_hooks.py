"""The "System status" page in the Wagtail admin, for administrators only."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from . import views


@hooks.register("register_admin_urls")
def register_status_url():
    return [path("system-status/", views.system_status, name="operations_system_status")]


@hooks.register("register_settings_menu_item")
def register_status_menu_item():
    return AdminOnlyMenuItem(_("System status"), reverse("operations_system_status"), icon_name="warning", order=10000)

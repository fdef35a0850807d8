"""Country offices name their forums in the Wagtail admin ("Forum names"):
the title and description in the site's languages (forums/names.py). They
change nothing else of a forum; administrators set forums up in the Django
admin (forums/admin.py)."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from consult.admin_scoping import PolicyScopedModelViewSet
from consult.permission_policies import office_country_ids

from .models import Forum
from .names import forum_names_form

# What the "Forum names" screens do: list the forums and edit their names.
NAMING_ACTIONS = {"change", "view"}


class ForumNamesPolicy(ModelPermissionPolicy):
    """An office names its own country's forum and the theme forums (in its
    languages: forums/names.py); administrators every forum. Nobody adds or
    deletes a forum here."""

    def user_has_permission(self, user, action):
        if action not in NAMING_ACTIONS or not getattr(user, "is_authenticated", False):
            return False
        return user.is_superuser or bool(office_country_ids(user))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return user.is_superuser or instance.country_id is None or instance.country_id in office_country_ids(user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        forums = Forum.objects.all()
        if not self.user_has_any_permission(user, actions):
            return forums.none()
        if user.is_superuser:
            return forums
        return forums.filter(Q(country__isnull=True) | Q(country__in=office_country_ids(user)))

    def users_with_any_permission(self, actions):
        if not set(actions) & NAMING_ACTIONS:
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True)
                | Q(groups__staff_of_country__isnull=False)
                | Q(groups__lead_of_country__isnull=False)
            )
            .distinct()
        )


register_permission_policy(Forum, ForumNamesPolicy(Forum))


class ForumNamesViewSet(PolicyScopedModelViewSet):
    model = Forum
    name = "forum_names"
    icon = "comment"
    menu_label = _("Forum names")
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["title", "country"]
    list_filter = ["country"]

    def get_form_class(self, for_update=False):
        return forum_names_form(WagtailAdminModelForm, Meta=type("Meta", (), {"model": Forum, "fields": []}))


@hooks.register("register_admin_viewset")
def register_forum_names_viewset():
    return ForumNamesViewSet()

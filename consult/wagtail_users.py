"""Wagtail's user editor, fitted to the platform's accounts.

The platform never collects first or last names (members choose a display
name on their profile), so the user forms do not require them. Group
changes made here bring the country-office roles along
(``after_create_user`` / ``after_edit_user`` in consult/wagtail_hooks.py).

Wagtail finds the viewset through the app config installed in place of
``wagtail.users`` (consult/wagtail_users_app.py).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

NAMES_NOT_USED = _("Not used by the platform; members choose a display name on their profile.")


class _NamesOptional(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            if name in self.fields:
                self.fields[name].required = False
                self.fields[name].help_text = NAMES_NOT_USED


class PlatformUserCreationForm(_NamesOptional, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        pass


class PlatformUserEditForm(_NamesOptional, UserEditForm):
    class Meta(UserEditForm.Meta):
        pass


class PlatformUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return PlatformUserEditForm if for_update else PlatformUserCreationForm

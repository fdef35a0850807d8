"""Every country a form in the admin offers is one the user may edit.

A country office picks among its own countries (its staff or lead groups,
consult/permission_policies.py); an administrator among all twelve. The
snippet views (consult/admin_scoping.py), their listing filters and the
country page's editor all narrow their ``country`` field here, so a posted
country outside the list is a form error, not a saved row.
"""

from wagtail.admin.forms import WagtailAdminPageForm

from .models import Country
from .permission_policies import office_country_ids


def countries_user_may_edit(user):
    """The countries ``user`` may file something under in the admin."""
    if getattr(user, "is_superuser", False):
        return Country.objects.all()
    return Country.objects.filter(pk__in=office_country_ids(user))


def limit_country_choices(fields, user):
    """Narrow the ``country`` field among ``fields`` (a form's fields), if any."""
    field = fields.get("country")
    if field is not None and user is not None and hasattr(field, "queryset"):
        field.queryset = countries_user_may_edit(user).order_by("name")


class CountryScopedPageForm(WagtailAdminPageForm):
    """A page form whose country is one of the editing user's offices."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_country_choices(self.fields, self.for_user)

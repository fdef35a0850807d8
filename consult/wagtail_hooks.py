"""The Wagtail admin for country offices: each office sees and edits only its
own country's services, ambassadors and ambassador requests."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from . import ambassador_requests
from .models import Ambassador, AmbassadorRequest, Country, Film, SupportService


class CountryScopedQuerysetMixin:
    """Listings show only the user's countries."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        user = self.request.user
        return queryset if user.is_superuser else queryset.filter(country__in=Country.staffed_by(user))


class CountryScopedObjectMixin:
    """An object of another country is refused (403), whatever the URL."""

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.request.user.has_perm("consult.manage_country_data", instance):
            raise PermissionDenied
        return instance


class CountryScopedFormMixin:
    """The country field offers only the user's countries."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if "country" in form.fields and not self.request.user.is_superuser:
            form.fields["country"].queryset = Country.staffed_by(self.request.user)
        return form


def _scoped(view_class, *mixins):
    return type(f"CountryScoped{view_class.__name__}", (*mixins, view_class), {})


class CountryScopedSnippetViewSet(SnippetViewSet):
    index_view_class = _scoped(snippet_views.IndexView, CountryScopedQuerysetMixin)
    add_view_class = _scoped(snippet_views.CreateView, CountryScopedFormMixin)
    edit_view_class = _scoped(snippet_views.EditView, CountryScopedObjectMixin, CountryScopedFormMixin)
    delete_view_class = _scoped(snippet_views.DeleteView, CountryScopedObjectMixin)
    inspect_view_class = _scoped(snippet_views.InspectView, CountryScopedObjectMixin)
    history_view_class = _scoped(snippet_views.HistoryView, CountryScopedObjectMixin)
    usage_view_class = _scoped(snippet_views.UsageView, CountryScopedObjectMixin)
    copy_view_class = _scoped(snippet_views.CopyView, CountryScopedFormMixin)


class SupportServiceViewSet(CountryScopedSnippetViewSet):
    model = SupportService
    icon = "help"
    menu_label = _("Support services")
    list_display = ["name", "kind", "city", "country", "is_sample", "translation_status"]
    list_filter = ["kind", "is_sample", "country"]
    search_fields = ["name", "city"]

    def get_queryset(self, request):
        # Marks translations older than the office's own text as out of date, in one query.
        return SupportService.objects.with_source_changed_at()


class AmbassadorViewSet(CountryScopedSnippetViewSet):
    model = Ambassador
    icon = "group"
    menu_label = _("Ambassadors")
    list_display = ["display_name", "region", "country", "is_sample"]
    list_filter = ["country", "is_sample"]


class FilmCountryRequiredMixin:
    """Office staff file each film under one of their countries (a film with
    no country is shared by every office, and only administrators make one)."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if "country" in form.fields and not self.request.user.is_superuser:
            form.fields["country"].required = True
        return form


class FilmViewSet(CountryScopedSnippetViewSet):
    model = Film
    icon = "media"
    menu_label = _("Films")
    list_display = ["title", "country"]
    add_view_class = _scoped(snippet_views.CreateView, FilmCountryRequiredMixin, CountryScopedFormMixin)
    edit_view_class = _scoped(
        snippet_views.EditView, CountryScopedObjectMixin, FilmCountryRequiredMixin, CountryScopedFormMixin
    )


register_snippet(SupportServiceViewSet)
register_snippet(AmbassadorViewSet)
register_snippet(FilmViewSet)


class AmbassadorRequestViewSet(ModelViewSet):
    """Requests arrive from the public form; the office reads them and marks them handled."""

    model = AmbassadorRequest
    name = "ambassador_requests"
    icon = "mail"
    menu_label = _("Ambassador requests")
    add_to_admin_menu = True
    inspect_view_enabled = True
    form_fields = ["handled_at"]
    list_display = ["__str__", "organisation", "region", "is_handled", "created_at"]
    list_filter = ["country"]
    inspect_view_fields = [
        "country",
        "organisation",
        "languages_needed",
        "region",
        "preferred_dates",
        "contact_channel",
        "contact_details",
        "message",
        "language",
        "created_at",
        "handled_at",
        "handled_by",
    ]
    inspect_template_name = "consult/admin/ambassador_request_inspect.html"
    index_view_class = _scoped(ModelViewSet.index_view_class, CountryScopedQuerysetMixin)
    inspect_view_class = _scoped(ModelViewSet.inspect_view_class, CountryScopedObjectMixin)
    edit_view_class = _scoped(ModelViewSet.edit_view_class, CountryScopedObjectMixin)
    delete_view_class = _scoped(ModelViewSet.delete_view_class, CountryScopedObjectMixin)

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("<int:pk>/handled/", mark_request_handled, name="handled")]


class ReadOnlyRequestPolicy(ModelPermissionPolicy):
    """Requests come only from the public form: nobody adds or edits them here."""

    def user_has_permission(self, user, action):
        return action not in {"add", "change"} and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AmbassadorRequest, ReadOnlyRequestPolicy(AmbassadorRequest))


@require_POST
def mark_request_handled(request, pk):
    ambassador_request = get_object_or_404(AmbassadorRequest, pk=pk)
    if not (
        request.user.has_perm("consult.view_ambassadorrequest")
        and request.user.has_perm("consult.manage_country_data", ambassador_request)
    ):
        raise PermissionDenied
    ambassador_requests.mark_handled(ambassador_request, user=request.user)
    return redirect(reverse("ambassador_requests:inspect", args=[pk]))


@hooks.register("register_admin_viewset")
def register_ambassador_request_viewset():
    return AmbassadorRequestViewSet()

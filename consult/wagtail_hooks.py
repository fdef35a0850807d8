"""The Wagtail admin for country offices: each office sees and changes only
its own country's services, ambassadors and ambassador requests.

The rule lives in one place, the permission policy registered for each
model (consult/permission_policies.py); the viewsets below are built from
views that ask it per object (consult/admin_scoping.py).
"""

from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.admin.ui.tables import BooleanColumn, LiveStatusTagColumn, LocaleColumn
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views

from . import ambassador_requests
from .admin_pages import choosable_pages
from .admin_scoping import (
    CountryChoicesFormMixin,
    PolicyScopedDocumentsAdminAPI,
    PolicyScopedImagesAdminAPI,
    PolicyScopedListingMixin,
    PolicyScopedModelViewSet,
    PolicyScopedObjectMixin,
    PolicyScopedSnippetViewSet,
    scoped,
)
from .country_offices import sync_roles_with_groups
from .models import Ambassador, AmbassadorRequest, CountryDataLogEntry, Film, SupportService
from .models.country_data import SYNCHRONISED_FIELDS
from .permission_policies import (
    CountryScopedPermissionPolicy,
    ReadOnlyCountryScopedPolicy,
    SupportServicePolicy,
    deletion_needs_lead_message,
)

register_permission_policy(SupportService, SupportServicePolicy(SupportService))
register_permission_policy(Ambassador, CountryScopedPermissionPolicy(Ambassador))
register_permission_policy(AmbassadorRequest, ReadOnlyCountryScopedPolicy(AmbassadorRequest))
# A film without a country is shared by every office: only administrators change it.
register_permission_policy(Film, CountryScopedPermissionPolicy(Film))


class LeadDeletesPublishedServiceMixin:
    """Office staff asking to delete a service the public has seen are sent
    back to it with the reason (the policy refuses it: SupportServicePolicy),
    rather than with Wagtail's bare "permission denied"; anyone else refused
    (another office) is answered as before, without the service's name."""

    refused_service = None

    def setup(self, request, *args, **kwargs):
        try:
            super().setup(request, *args, **kwargs)
        except PermissionDenied:
            service = SupportService.objects.filter(pk=unquote(str(kwargs.get("pk", "")))).first()
            policy = policy_registry.get_by_type(SupportService)
            if service is None or not policy.deletion_needs_lead(request.user, service):
                raise
            self.refused_service = service

    def dispatch(self, request, *args, **kwargs):
        if self.refused_service is None:
            return super().dispatch(request, *args, **kwargs)
        messages.error(request, deletion_needs_lead_message(self.refused_service))
        return redirect(reverse("wagtailsnippets_consult_supportservice:edit", args=[quote(self.refused_service.pk)]))

    @property
    def confirmation_message(self):
        """Deleting the office's own version deletes its language versions
        too (consult/service_versions.py): the page says which."""
        message = super().confirmation_message
        if not self.object.is_source_version():
            return message
        languages = sorted(
            version.locale.get_display_name() for version in self.object.other_versions().select_related("locale")
        )
        if not languages:
            return message
        return "{} {}".format(
            message, _("Its versions in %(languages)s are deleted with it.") % {"languages": ", ".join(languages)}
        )


class SharedFieldsFollowTheOfficeVersionMixin:
    """A language version's phone, address, kind... are its office
    version's (consult/service_versions.py): its edit form shows them
    without letting anyone change them there."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if getattr(self, "object", None) is not None and not self.object.is_source_version():
            for name in SYNCHRONISED_FIELDS:
                if name in form.fields:
                    form.fields[name].disabled = True
                    form.fields[name].help_text = _(
                        "Set in the office's own version of this service; follows it when the lead publishes it."
                    )
        return form


class DeleteLinkWhereAllowedMixin:
    """The listing offers "Delete" only on the services the user may delete
    (Wagtail asks per model: staff were offered it on published ones)."""

    def get_delete_url(self, instance):
        policy = policy_registry.get_by_type(SupportService)
        if not policy.user_has_permission_for_instance(self.request.user, "delete", instance):
            return None
        return super().get_delete_url(instance)


class SupportServiceViewSet(PolicyScopedSnippetViewSet):
    model = SupportService
    icon = "help"
    menu_label = _("Support services")
    # which language each row is, whether it is live, and samples as a tick (not "True")
    list_display = [
        "name",
        LocaleColumn(),
        LiveStatusTagColumn(),
        "kind",
        "city",
        "country",
        BooleanColumn("is_sample", label=capfirst(SupportService._meta.get_field("is_sample").verbose_name)),
        "translation_status",
    ]
    list_filter = ["kind", "is_sample", "country"]
    search_fields = ["name", "city"]
    index_view_class = scoped(snippet_views.IndexView, PolicyScopedListingMixin, DeleteLinkWhereAllowedMixin)
    delete_view_class = scoped(snippet_views.DeleteView, LeadDeletesPublishedServiceMixin, PolicyScopedObjectMixin)
    edit_view_class = scoped(
        snippet_views.EditView,
        PolicyScopedObjectMixin,
        CountryChoicesFormMixin,
        SharedFieldsFollowTheOfficeVersionMixin,
    )

    def get_queryset(self, request):
        # Marks translations older than the office's own text as out of date, in one query.
        return SupportService.objects.with_source_changed_at()


class AmbassadorViewSet(PolicyScopedSnippetViewSet):
    model = Ambassador
    icon = "group"
    menu_label = _("Ambassadors")
    list_display = ["display_name", "region", "country", "is_sample"]
    list_filter = ["country", "is_sample"]
    search_fields = ["display_name", "region"]


class FilmCountryRequiredMixin:
    """Office staff file each film under one of their countries (a film with
    no country is shared by every office, and only administrators make one)."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if "country" in form.fields and not self.request.user.is_superuser:
            form.fields["country"].required = True
        return form


class FilmViewSet(PolicyScopedSnippetViewSet):
    model = Film
    icon = "media"
    menu_label = _("Films")
    list_display = ["title", "country"]
    add_view_class = scoped(snippet_views.CreateView, FilmCountryRequiredMixin, CountryChoicesFormMixin)
    edit_view_class = scoped(
        snippet_views.EditView, PolicyScopedObjectMixin, FilmCountryRequiredMixin, CountryChoicesFormMixin
    )


register_snippet(SupportServiceViewSet)
register_snippet(AmbassadorViewSet)
register_snippet(FilmViewSet)


class AmbassadorRequestViewSet(PolicyScopedModelViewSet):
    """Requests arrive from the public form; the office reads them and marks them handled."""

    model = AmbassadorRequest
    name = "ambassador_requests"
    icon = "mail"
    menu_label = _("Ambassador requests")
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["handled_at"]
    list_display = ["__str__", "organisation", "region", "is_handled", "created_at"]
    list_filter = ["country"]
    search_fields = ["organisation", "region"]
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

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("<int:pk>/handled/", mark_request_handled, name="handled")]


@require_POST
def mark_request_handled(request, pk):
    ambassador_request = get_object_or_404(AmbassadorRequest, pk=pk)
    policy = policy_registry.get_by_type(AmbassadorRequest)
    if not policy.user_has_permission_for_instance(request.user, "view", ambassador_request):
        raise PermissionDenied
    ambassador_requests.mark_handled(ambassador_request, user=request.user)
    return redirect(reverse("ambassador_requests:inspect", args=[pk]))


@hooks.register("register_admin_viewset")
def register_ambassador_request_viewset():
    return AmbassadorRequestViewSet()


class AuditLogMenuItem(MenuItem):
    """The platform's audit log (the moderation and membership decisions,
    consult/members/views.py), for whoever may read it: administrators, and
    moderators for their countries' rows; office staff do not see it."""

    def is_shown(self, request):
        return request.user.has_perm("consult.view_audit_log")

    def render_component(self, request):
        # Wagtail builds its menu once per process; the address carries the
        # language prefix of each request (/en/, /nl/...), so it is made here.
        return LinkMenuItemComponent(
            self.name,
            self.label,
            reverse("members:audit_log"),
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


@hooks.register("register_admin_menu_item")
def register_audit_log_menu_item():
    return AuditLogMenuItem(_("Audit log"), "", name="audit-log", icon_name="history", order=9000)


@hooks.register("register_log_actions")
def log_country_data_per_country(actions):
    """Admin history of the country data is kept with its country
    (consult/models/country_log.py), so the site-history report shows an
    office only its own."""
    for model in (SupportService, Ambassador, AmbassadorRequest):
        actions.register_model(model, CountryDataLogEntry)


@hooks.register("construct_admin_api", order=1)
def admin_api_lists_only_choosable_documents_and_images(router):
    """Replaces the endpoints Wagtail's documents and images apps register
    (order 0), which list every collection's files to anyone in the admin."""
    router.register_endpoint("documents", PolicyScopedDocumentsAdminAPI)
    router.register_endpoint("images", PolicyScopedImagesAdminAPI)


@hooks.register("construct_page_chooser_queryset")
def page_chooser_lists_live_and_editable_pages(pages, request):
    """The page chooser (browse and search) shows another office's draft to
    nobody: live pages, and the pages the user may edit."""
    return choosable_pages(pages, request.user)


# --- Users: the Wagtail user editor changes groups; the office roles follow. -------


@hooks.register("after_create_user")
@hooks.register("after_edit_user")
def office_roles_follow_groups(request, user):
    if not sync_roles_with_groups(user, changed_by=request.user):
        messages.warning(
            request,
            _("Country-office groups follow the platform's roles; only an administrator can change them."),
        )

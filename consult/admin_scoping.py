"""Wagtail admin views that ask the model's permission policy about objects.

Wagtail 8's generic views ask the registered policy
(consult/permission_policies.py) only per model in some places: a listing
shows every row, history, usage and inspect load their object in
``setup()``, choosers list and return any row, and a bulk action's
confirmation page names the objects the user may not touch. The mixins here
make each of those ask the policy per object, so a new view built from the
same classes inherits the rule instead of repeating it:

- ``PolicyScopedObjectMixin``: the view's object, whatever ``get_object``'s
  signature in this Wagtail version, only if the policy allows the view's
  action on it; otherwise PermissionDenied (Wagtail's admin answers it with
  its "permission denied" redirect, as it does for pages and documents).
- ``PolicyScopedListingMixin``: the listing (and its search) starts from
  ``instances_user_has_any_permission_for``.
- ``PolicyScopedChooserViewSet``: chooser lists, search and "chosen" views.
- ``scoped_bulk_action``: every bulk action, for every model, acts only on
  the objects the user may act on and names no others.
- The admin API's documents and images list only what the user may choose.
- The workflow reports list the workflows of only the snippets the user may
  see (Wagtail lists those of every object of a model one may edit).
"""

from django.apps import apps
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.http import Http404
from django.utils.functional import cached_property
from wagtail.admin.views import generic
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.generic import history, usage
from wagtail.admin.views.reports import workflows as workflow_reports
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_workflow_enabled_models
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.views import snippets_api

from .admin_forms import limit_country_choices

# What a user must be allowed to do to see an object at all.
SEEING_ACTIONS = ("add", "change", "delete", "view")


def _actions_of(view):
    """The actions a view needs: its ``permission_required`` or
    ``any_permission_required``, else any action that shows the object."""
    if getattr(view, "permission_required", None):
        return [view.permission_required]
    return list(getattr(view, "any_permission_required", None) or SEEING_ACTIONS)


class PolicyScopedObjectMixin:
    """The view's object must pass ``user_has_any_permission_for_instance``."""

    def get_object(self, *args, **kwargs):
        # Wagtail 8's views disagree on the signature: get_object() in
        # history, usage and other BaseObjectMixin views, get_object(queryset)
        # in edit and delete; pass through whatever the caller gave.
        instance = super().get_object(*args, **kwargs)
        policy = policy_registry.get_by_type(type(instance))
        if policy is not None and not policy.user_has_any_permission_for_instance(
            self.request.user, _actions_of(self), instance
        ):
            raise PermissionDenied
        return instance


class PolicyScopedListingMixin:
    """A listing starts from the instances the policy allows, and its
    country filter offers only the countries the user may edit."""

    @cached_property
    def filters(self):
        filterset = super().filters
        if filterset is not None:
            limit_country_choices(filterset.form.fields, self.request.user)
        return filterset

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        policy = policy_registry.get_by_type(queryset.model)
        if policy is None:
            return queryset
        # ``&`` keeps the policy's condition a plain filter on the model, which
        # Wagtail's search backends accept (index.FilterField).
        return queryset & policy.instances_user_has_any_permission_for(self.request.user, _actions_of(self))


class TaskStateOfObjectMixin:
    """A workflow view's task state must be the object's current one.

    Wagtail's workflow action views take the object and the task state from
    the URL separately and act on the task state; an office could name its
    own object with another object's task state. Here any other task state
    is a 404, as for one that does not exist."""

    def get_task_state(self):
        task_state = super().get_task_state()
        current = self.object.current_workflow_task_state
        if current is None or current.pk != task_state.pk:
            raise Http404
        return task_state


class CountryChoicesFormMixin:
    """The form's country field offers only the user's offices."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        limit_country_choices(form.fields, self.request.user)
        return form


def scoped(view_class, *mixins):
    """``view_class`` with ``mixins`` in front, named after it."""
    return type(view_class.__name__, (*mixins, view_class), {"__module__": __name__})


# --- Choosers --------------------------------------------------------------------


class _ScopedChooseMixin:
    def get_object_list(self):
        policy = policy_registry.get_by_type(self.model_class)
        return super().get_object_list() & policy.instances_user_has_any_permission_for(
            self.request.user, SEEING_ACTIONS
        )


class _ScopedChosenMixin:
    def _allowed(self):
        policy = policy_registry.get_by_type(self.model_class)
        return policy.instances_user_has_any_permission_for(self.request.user, SEEING_ACTIONS)

    def get_object(self, pk):
        return self._allowed().get(pk=pk)  # DoesNotExist: Wagtail answers 404

    def get_objects(self, pks):
        return self._allowed().filter(pk__in=pks)


class PolicyScopedChooserViewSet(chooser_views.SnippetChooserViewSet):
    """A snippet chooser whose list, search and results ask the policy."""

    choose_view_class = scoped(chooser_views.ChooseView, _ScopedChooseMixin)
    choose_results_view_class = scoped(chooser_views.ChooseResultsView, _ScopedChooseMixin)
    chosen_view_class = scoped(chooser_views.SnippetChosenView, _ScopedChosenMixin)
    chosen_multiple_view_class = scoped(chooser_views.SnippetChosenMultipleView, _ScopedChosenMixin)


# --- Snippets -------------------------------------------------------------------


class PolicyScopedSnippetViewSet(SnippetViewSet):
    """A snippet whose every view asks its permission policy per object."""

    index_view_class = scoped(snippet_views.IndexView, PolicyScopedListingMixin)
    add_view_class = scoped(snippet_views.CreateView, CountryChoicesFormMixin)
    edit_view_class = scoped(snippet_views.EditView, PolicyScopedObjectMixin, CountryChoicesFormMixin)
    copy_view_class = scoped(snippet_views.CopyView, PolicyScopedObjectMixin, CountryChoicesFormMixin)
    delete_view_class = scoped(snippet_views.DeleteView, PolicyScopedObjectMixin)
    inspect_view_class = scoped(snippet_views.InspectView, PolicyScopedObjectMixin)
    history_view_class = scoped(snippet_views.HistoryView, PolicyScopedObjectMixin)
    usage_view_class = scoped(snippet_views.UsageView, PolicyScopedObjectMixin)
    # The views Wagtail adds for DraftStateMixin, RevisionMixin,
    # LockableMixin and WorkflowMixin (support services): unpublish,
    # revisions, lock and the workflow's actions and history.
    revisions_view_class = scoped(snippet_views.PreviewRevisionView, PolicyScopedObjectMixin)
    revisions_compare_view_class = scoped(snippet_views.RevisionsCompareView, PolicyScopedObjectMixin)
    revisions_unschedule_view_class = scoped(snippet_views.RevisionsUnscheduleView, PolicyScopedObjectMixin)
    unpublish_view_class = scoped(snippet_views.UnpublishView, PolicyScopedObjectMixin)
    preview_on_edit_view_class = scoped(snippet_views.PreviewOnEditView, PolicyScopedObjectMixin)
    lock_view_class = scoped(snippet_views.LockView, PolicyScopedObjectMixin)
    unlock_view_class = scoped(snippet_views.UnlockView, PolicyScopedObjectMixin)
    workflow_action_view_class = scoped(
        snippet_views.WorkflowActionView, PolicyScopedObjectMixin, TaskStateOfObjectMixin
    )
    collect_workflow_action_data_view_class = scoped(
        snippet_views.CollectWorkflowActionDataView, PolicyScopedObjectMixin, TaskStateOfObjectMixin
    )
    confirm_workflow_cancellation_view_class = scoped(
        snippet_views.ConfirmWorkflowCancellationView, PolicyScopedObjectMixin
    )
    workflow_preview_view_class = scoped(snippet_views.WorkflowPreviewView, PolicyScopedObjectMixin)
    workflow_history_view_class = scoped(snippet_views.WorkflowHistoryView, PolicyScopedObjectMixin)
    workflow_history_detail_view_class = scoped(snippet_views.WorkflowHistoryDetailView, PolicyScopedObjectMixin)
    chooser_viewset_class = PolicyScopedChooserViewSet
    # The search runs in the database (name__icontains...): Wagtail's SQLite
    # full-text backend cannot restrict a search to named fields ("no such
    # column: name"), and a country's list is short.
    search_backend_name = None


class PolicyScopedModelViewSet(ModelViewSet):
    """A model viewset whose every view asks its permission policy per object."""

    index_view_class = scoped(generic.IndexView, PolicyScopedListingMixin)
    add_view_class = scoped(generic.CreateView, CountryChoicesFormMixin)
    edit_view_class = scoped(generic.EditView, PolicyScopedObjectMixin, CountryChoicesFormMixin)
    copy_view_class = scoped(generic.CopyView, PolicyScopedObjectMixin, CountryChoicesFormMixin)
    delete_view_class = scoped(generic.DeleteView, PolicyScopedObjectMixin)
    inspect_view_class = scoped(generic.InspectView, PolicyScopedObjectMixin)
    history_view_class = scoped(history.HistoryView, PolicyScopedObjectMixin)
    usage_view_class = scoped(usage.UsageView, PolicyScopedObjectMixin)
    search_backend_name = None


# --- Bulk actions -----------------------------------------------------------------


class _NamesNoRefusedItems:
    """A bulk action that names only objects the user may see.

    Wagtail's confirmation pages list the objects the user may not act on by
    title ("You don't have permission to delete ..."), which would name another
    office's objects: those are left out, and asked about nothing but such
    objects the page is a 404, as for an id that does not exist. The user's
    own office's objects that they may see but not act on (a published
    service that only the lead may delete) stay in that list, with the
    policy's reason when it gives one (``bulk_refusal_reason``).
    """

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        refused = extra.get("items_with_no_access") or []
        policy = policy_registry.get_by_type(self.model)
        user = self.request.user
        seen = [obj for obj in refused if policy.user_has_any_permission_for_instance(user, SEEING_ACTIONS, obj)]
        if not objects and not seen and refused:
            raise Http404
        return objects, {**extra, "items_with_no_access": seen}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        reason = getattr(policy_registry.get_by_type(self.model), "bulk_refusal_reason", None)
        if reason is not None:
            for entry in context.get("items_with_no_access") or []:
                item = entry.get("item") if isinstance(entry, dict) else entry
                text = reason(self.request.user, self.action_type, item)
                if text:
                    messages.warning(self.request, text)
        return context


_scoped_bulk_action_classes = {}


def scoped_bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk-action dispatcher (wagtail.admin.views.bulk_action.dispatcher),
    with every action class wrapped in ``_NamesNoRefusedItems``. Mounted in
    front of Wagtail's own URL (config/urls.py)."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    scoped_class = _scoped_bulk_action_classes.get(action_class)
    if scoped_class is None:
        scoped_class = _scoped_bulk_action_classes[action_class] = scoped(action_class, _NamesNoRefusedItems)
    return scoped_class(request, model).dispatch(request)


# --- wagtail-localize's snippet API ----------------------------------------------


class PolicyScopedSnippetTitles(snippets_api.SnippetViewSet):
    """wagtail-localize's list of a snippet model's titles (for its
    translations report), only of the objects the policy lets the user see."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(self.get_model())
        return policy.instances_user_has_any_permission_for(self.request.user, SEEING_ACTIONS)


# --- The admin API's documents and images ---------------------------------------------


class _ChoosableOnly:
    """An admin-API endpoint listing only what the user may choose (the
    document and image policies answer per collection)."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        return super().get_queryset() & policy.instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        )


class PolicyScopedDocumentsAdminAPI(_ChoosableOnly, DocumentsAdminAPIViewSet):
    pass


class PolicyScopedImagesAdminAPI(_ChoosableOnly, ImagesAdminAPIViewSet):
    pass


# --- The snippets index's counts -------------------------------------------------------


class PolicyScopedSnippetTypes(snippet_views.ModelIndexView):
    """The Snippets index, its count of each type being what the user may see
    (Wagtail counts every row: an office read another's number of services)."""

    def _get_snippet_types(self):
        types = super()._get_snippet_types()
        for snippet_type in types:
            policy = policy_registry.get_by_type(snippet_type["model"])
            snippet_type["count"] = policy.instances_user_has_any_permission_for(
                self.request.user, SEEING_ACTIONS
            ).count()
        return types


# --- The workflow reports ------------------------------------------------------------


def only_permitted_snippet_workflows(queryset, user, prefix=""):
    """``queryset`` of workflow states (``prefix``: the path to them, as
    ``workflow_state__`` from task states) without those of snippets the
    model's policy does not let ``user`` see."""
    for model in get_workflow_enabled_models():
        policy = policy_registry.get_by_type(model)
        if policy is None:
            continue
        # object_id is text: compare it with the ids cast to text, as Wagtail does.
        allowed = policy.instances_user_has_any_permission_for(user, SEEING_ACTIONS).values_list(
            Cast("pk", output_field=CharField()), flat=True
        )
        content_type = ContentType.objects.get_for_model(model)
        queryset = queryset.exclude(
            Q(**{f"{prefix}base_content_type": content_type}) & ~Q(**{f"{prefix}object_id__in": allowed})
        )
    return queryset


class PolicyScopedWorkflowReport(workflow_reports.WorkflowView):
    """Reports → Workflows: only the snippets the user may see."""

    def get_queryset(self):
        return only_permitted_snippet_workflows(super().get_queryset(), self.request.user)


class PolicyScopedWorkflowTasksReport(workflow_reports.WorkflowTasksView):
    """Reports → Workflow tasks: only the snippets the user may see."""

    def get_queryset(self):
        return only_permitted_snippet_workflows(super().get_queryset(), self.request.user, "workflow_state__")

"""Admin URLs mounted in front of Wagtail's own (config/urls.py), for the
views that show or change an object without asking its permission policy,
and which Wagtail offers no hook to correct. Same paths as Wagtail's, so
every link Wagtail builds lands here; each is wrapped as Wagtail wraps its
own (admin access required, never cached).

- every bulk action (consult/admin_scoping.py);
- wagtail-localize's list of snippet titles;
- the explorer and the page chooser below one page, the page-types report,
  the publish-time workflow check and the task chooser (consult/admin_pages.py);
- the Snippets index's count of each type (counts only what the user may see);
- the workflow reports (only the workflows of snippets the user may see);
- Wagtail's deliberate error page (``failwhale/``), which raises a 500 for any
  editor who opens it: here it is not found, so no admin URL answers 5xx.
"""

from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import chooser, workflows
from wagtail.admin.viewsets.pages import page_viewset_registry

from .admin_pages import (
    PageTypesUsageReport,
    choosable_parent_required,
    explorable_page_required,
    page_editor_required,
    task_manager_required,
)
from .admin_scoping import (
    PolicyScopedSnippetTitles,
    PolicyScopedSnippetTypes,
    PolicyScopedWorkflowReport,
    PolicyScopedWorkflowTasksReport,
    scoped_bulk_action,
)


def admin_view(view):
    return never_cache(require_admin_access(view))


def no_error_test(request):
    raise Http404


urlpatterns = [
    path("failwhale/", admin_view(no_error_test)),
    path("snippets/", admin_view(PolicyScopedSnippetTypes.as_view())),
    path("bulk/<str:app_label>/<str:model_name>/<str:action>/", admin_view(scoped_bulk_action)),
    path("reports/workflow/", admin_view(PolicyScopedWorkflowReport.as_view())),
    path("reports/workflow/results/", admin_view(PolicyScopedWorkflowReport.as_view(results_only=True))),
    path("reports/workflow_tasks/", admin_view(PolicyScopedWorkflowTasksReport.as_view())),
    path("reports/workflow_tasks/results/", admin_view(PolicyScopedWorkflowTasksReport.as_view(results_only=True))),
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
        admin_view(PolicyScopedSnippetTitles.as_view({"get": "list"})),
    ),
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        admin_view(PolicyScopedSnippetTitles.as_view({"get": "retrieve"})),
    ),
    path(
        "pages/<int:parent_page_id>/",
        admin_view(
            explorable_page_required(page_viewset_registry.as_view("index", parent_page_id_kwarg="parent_page_id"))
        ),
    ),
    path(
        "pages/<int:parent_page_id>/results/",
        admin_view(
            explorable_page_required(
                page_viewset_registry.as_view("index_results", parent_page_id_kwarg="parent_page_id")
            )
        ),
    ),
    path(
        "pages/workflow/confirm_cancellation/<int:page_id>/",
        admin_view(
            page_editor_required(
                page_viewset_registry.as_view("confirm_workflow_cancellation", page_id_kwarg="page_id")
            )
        ),
    ),
    path("choose-page/<int:parent_page_id>/", admin_view(choosable_parent_required(chooser.BrowseView.as_view()))),
    path("reports/page-types-usage/", admin_view(PageTypesUsageReport.as_view())),
    path("reports/page-types-usage/results/", admin_view(PageTypesUsageReport.as_view(results_only=True))),
    path("workflows/task_chooser/", admin_view(task_manager_required(workflows.TaskChooserView.as_view()))),
    path(
        "workflows/task_chooser/results/",
        admin_view(task_manager_required(workflows.TaskChooserResultsView.as_view())),
    ),
    path(
        "workflows/task_chooser/create/",
        admin_view(task_manager_required(workflows.TaskChooserCreateView.as_view())),
    ),
    path("workflows/task_chooser/<int:task_id>/", admin_view(task_manager_required(workflows.task_chosen))),
]

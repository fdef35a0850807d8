"""Admin URLs mounted in front of Wagtail's own (config/urls.py), where a
Wagtail or wagtail-localize view has no hook to ask the permission policy
per object: the bulk-action dispatcher and wagtail-localize's snippet API.
Same paths, so every link Wagtail builds lands here."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access

from .admin_scoping import PolicyScopedSnippetTitles, scoped_bulk_action

urlpatterns = [
    path(
        "bulk/<str:app_label>/<str:model_name>/<str:action>/",
        never_cache(require_admin_access(scoped_bulk_action)),
        name="scoped_bulk_action",
    ),
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
        never_cache(require_admin_access(PolicyScopedSnippetTitles.as_view({"get": "list"}))),
        name="scoped_snippet_titles",
    ),
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        never_cache(require_admin_access(PolicyScopedSnippetTitles.as_view({"get": "retrieve"}))),
        name="scoped_snippet_title",
    ),
]

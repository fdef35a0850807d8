"""Pages in the admin: Wagtail's page permissions, asked by every page view.

A country office's page permissions (seeded on its country's pages) decide
what it edits; Wagtail's page policy answers most views. These are the
views that show a page, or a workflow on it, without asking: each is
mounted in front of Wagtail's own (consult/admin_urls.py) or adjusted by a
hook (consult/wagtail_hooks.py).

- The explorer opens any page by id below the "explorable root", which for
  an office with pages in several locales is the tree's root: its header
  names the page (a draft's title too).
- The page chooser browses and searches every page, drafts included.
- The page-types report names the most recently edited page of each type.
- The publish-time "cancel the workflow?" check names a page's workflow.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page, Task
from wagtail.permissions import policy_registry


def explorable_pages(user):
    """The pages the user may open in the explorer: those with a permission
    and their ancestors (Wagtail's own rule)."""
    return policy_registry.get_by_type(Page).explorable_instances(user)


def editable_pages(user):
    return policy_registry.get_by_type(Page).instances_user_has_any_permission_for(user, {"add", "change", "publish"})


def choosable_pages(pages, user):
    """What a page chooser may list: live pages (the public site shows them)
    and the pages the user may edit."""
    if user.is_superuser:
        return pages
    return pages.filter(Q(live=True) | Q(pk__in=editable_pages(user).values("pk")))


def explorable_page_required(view):
    """The explorer of one page: only a page the user may explore."""

    def guarded(request, parent_page_id, *args, **kwargs):
        if not explorable_pages(request.user).filter(pk=parent_page_id).exists():
            raise PermissionDenied
        return view(request, *args, parent_page_id=parent_page_id, **kwargs)

    return guarded


def choosable_parent_required(view):
    """The page chooser, browsing below one page: only a page it may list."""

    def guarded(request, parent_page_id, *args, **kwargs):
        if not choosable_pages(Page.objects.filter(pk=parent_page_id), request.user).exists():
            raise Http404
        return view(request, *args, parent_page_id=parent_page_id, **kwargs)

    return guarded


def page_editor_required(view):
    """A view about a page's editing (e.g. its workflow): only for someone
    who may edit or publish it."""

    def guarded(request, page_id, *args, **kwargs):
        permissions = get_object_or_404(Page, pk=page_id).permissions_for_user(request.user)
        if not (permissions.can_edit() or permissions.can_publish()):
            raise PermissionDenied
        return view(request, *args, page_id=page_id, **kwargs)

    return guarded


def task_manager_required(view):
    """Wagtail's task chooser (building workflows): only for who manages tasks."""

    def guarded(request, *args, **kwargs):
        if not policy_registry.get_by_type(Task).user_has_any_permission(request.user, ["add", "change", "delete"]):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


class PageTypesUsageReport(PageTypesUsageReportView):
    """Page types and their counts; the "last edited" page only where the
    user may explore it."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        shown = {page.pk for page in (item.last_edited_page for item in page_types) if page is not None}
        shown &= set(explorable_pages(self.request.user).filter(pk__in=shown).values_list("pk", flat=True))
        for item in page_types:
            if item.last_edited_page is not None and item.last_edited_page.pk not in shown:
                item.last_edited_page = None
        return page_types

"""Pages comparing two versions of a document: the clause-level changes
with the word-level redline inside changed clauses, and the version picker.

Thin: parse, ask recommendations/rules.py, call the diff engine, render.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from ..access import refuse_or_sign_in
from ..drafting.lookups import readable_versions, versions_or_404
from .diffing import diff_versions, summary
from .forms import DiffPickerForm
from .redline import display_rows


def _diff_page(request, old, new, form, *, status=200, only_changes=False):
    context = {"document": new.document, "old": old, "new": new, "form": form}
    if old is not None and new is not None:
        diffs = diff_versions(old, new)
        context["rows"] = display_rows(diffs, only_changes=only_changes)
        context["summary"] = summary(diffs)
        context["only_changes"] = only_changes
        context["can_export"] = request.user.has_perm("recommendations.export_diff", (old, new))
    return render(request, "recommendations/diff.html", context, status=status)


@require_GET
def version_diff(request, pk, other):
    """Clause-level changes from version ``pk`` to version ``other`` (any two
    versions of one document), with the word-level redline inside changed
    clauses. Another document's version: 404."""
    old, new = versions_or_404(pk, other)
    if old.document_id != new.document_id:
        raise Http404
    if not request.user.has_perm("recommendations.view_diff", (old, new)):
        return refuse_or_sign_in(request, "recommendations.view_diff")
    only_changes = request.GET.get("changes") == "only"
    form = DiffPickerForm(
        initial={"old": old.pk, "new": new.pk, "changes": "only" if only_changes else "all"},
        versions=readable_versions(request.user, new.document),
    )
    return _diff_page(request, old, new, form, only_changes=only_changes)


@require_GET
def version_compare(request, pk):
    """The version picker's target: sends the browser to the diff page."""
    (version,) = versions_or_404(pk)
    if not request.user.has_perm("recommendations.view_version", version):
        return refuse_or_sign_in(request, "recommendations.view_version")
    form = DiffPickerForm(request.GET or None, versions=readable_versions(request.user, version.document))
    if form.is_valid():
        url = reverse("recommendations:version_diff", args=[form.cleaned_data["old"], form.cleaned_data["new"]])
        if form.cleaned_data.get("changes") == "only":
            url += "?changes=only"
        return redirect(url)
    return _diff_page(request, None, version, form, status=400 if request.GET else 200)

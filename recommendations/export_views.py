"""Pages to compare two versions, and to ask for, list and download exports.

Thin like views.py: parse, ask recommendations/rules.py, call the diff
engine or recommendations/exports.py, render.
"""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from . import exporting, exports
from .diffing import diff_versions, summary
from .forms import DiffPickerForm, ExportRequestForm
from .models import DocumentVersion, Export
from .redline import display_rows
from .views import _deny


def _versions(*pks):
    """The versions with these ids, sharing one document object (two queries)."""
    found = {
        v.pk: v
        for v in DocumentVersion.objects.filter(pk__in=pks)
        .select_related("document__country")
        .prefetch_related("document__editors")
    }
    versions = [found.get(pk) for pk in pks]
    if None in versions:
        raise Http404
    for version in versions[1:]:
        if version.document_id == versions[0].document_id:
            version.document = versions[0].document
    return versions


def _readable_versions(user, document):
    """The versions of ``document`` the user may read, in order (one query)."""
    versions = list(document.versions.order_by("number"))
    for version in versions:
        version.document = document
    return [v for v in versions if user.has_perm("recommendations.view_version", v)]


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
    old, new = _versions(pk, other)
    if old.document_id != new.document_id:
        raise Http404
    if not request.user.has_perm("recommendations.view_diff", (old, new)):
        return _deny(request, "recommendations.view_diff")
    only_changes = request.GET.get("changes") == "only"
    form = DiffPickerForm(
        initial={"old": old.pk, "new": new.pk, "changes": "only" if only_changes else "all"},
        versions=_readable_versions(request.user, new.document),
    )
    return _diff_page(request, old, new, form, only_changes=only_changes)


@require_GET
def version_compare(request, pk):
    """The version picker's target: sends the browser to the diff page."""
    (version,) = _versions(pk)
    if not request.user.has_perm("recommendations.view_version", version):
        return _deny(request, "recommendations.view_version")
    form = DiffPickerForm(request.GET or None, versions=_readable_versions(request.user, version.document))
    if form.is_valid():
        url = reverse("recommendations:version_diff", args=[form.cleaned_data["old"], form.cleaned_data["new"]])
        if form.cleaned_data.get("changes") == "only":
            url += "?changes=only"
        return redirect(url)
    return _diff_page(request, None, version, form, status=400 if request.GET else 200)


# --- exports --------------------------------------------------------------------------


def _export_form_options(request, version):
    others = [v for v in _readable_versions(request.user, version.document) if v.pk != version.pk]
    kinds = [Export.Kind.VERSION]
    if others:
        kinds.append(Export.Kind.DIFF)
    if (
        Export.Kind.REPORT in exporting.available_kinds()
        and exports._round_of(version) is not None
        and request.user.has_perm("recommendations.export_report", version)
    ):
        kinds.append(Export.Kind.REPORT)
    return {"kinds": kinds, "other_versions": others}


def _exports_page(request, version, form=None, *, status=200):
    listed = [
        e for e in exports.exports_for_listing(version) if request.user.has_perm("recommendations.download_export", e)
    ]
    can_request = request.user.has_perm("recommendations.export_version", version)
    if form is None and can_request:
        form = ExportRequestForm(**_export_form_options(request, version))
    context = {"version": version, "document": version.document, "exports": listed, "form": form}
    return render(request, "recommendations/exports.html", context, status=status)


@require_GET
def version_exports(request, pk):
    """The exports of a version, with their status and download links, and
    the form to ask for another."""
    (version,) = _versions(pk)
    if not request.user.has_perm("recommendations.view_version", version):
        return _deny(request, "recommendations.view_version")
    return _exports_page(request, version)


@require_POST
def export_request(request, pk):
    (version,) = _versions(pk)
    if not request.user.has_perm("recommendations.export_version", version):
        return _deny(request, "recommendations.export_version")
    options = _export_form_options(request, version)
    form = ExportRequestForm(request.POST, **options)
    if not form.is_valid():
        return _exports_page(request, version, form, status=400)
    base_version = None
    if form.cleaned_data["kind"] == Export.Kind.DIFF:
        wanted = form.cleaned_data["base_version"]
        base_version = next(v for v in options["other_versions"] if v.pk == wanted)
    try:
        _export, created = exports.request_export(
            user=request.user,
            kind=form.cleaned_data["kind"],
            format=form.cleaned_data["format"],
            version=version,
            base_version=base_version,
        )
    except exports.ExportRefused as refusal:
        form.add_error(None, refusal.message)
        return _exports_page(request, version, form, status=refusal.status)
    if created:
        messages.success(request, _("Your export is being prepared. It appears below when it is ready."))
    else:
        messages.info(request, _("This export was already asked for; the same file is offered below."))
    return redirect("recommendations:version_exports", pk=version.pk)


@require_GET
def export_download(request, pk):
    """The file, as an attachment, after the permission check. Never a
    MEDIA_URL: the files live outside every folder a web server serves."""
    export = get_object_or_404(
        Export.objects.select_related("version__document__country", "base_version__document"), pk=pk
    )
    if not request.user.has_perm("recommendations.download_export", export):
        return _deny(request, "recommendations.download_export")
    if not export.is_ready:
        raise Http404
    try:
        handle = export.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(handle, as_attachment=True, filename=export.download_name, content_type=export.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response

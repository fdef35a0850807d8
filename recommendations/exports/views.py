"""Pages to ask for, list and download the exports of a version.

Thin: parse, ask recommendations/rules.py, call the export services, render.
"""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from consult.refusals import Refusal

from ..access import refuse_or_sign_in
from ..drafting.lookups import readable_versions, versions_or_404
from ..models import Export
from . import content, services
from .forms import ExportRequestForm


def _export_form_options(request, version):
    others = [v for v in readable_versions(request.user, version.document) if v.pk != version.pk]
    kinds = [Export.Kind.VERSION]
    if others:
        kinds.append(Export.Kind.DIFF)
    if (
        Export.Kind.REPORT in content.available_kinds()
        and version.round_or_none is not None
        and request.user.has_perm("recommendations.export_report", version)
    ):
        kinds.append(Export.Kind.REPORT)
    return {"kinds": kinds, "other_versions": others}


def _asked_for(request, *, kinds, other_versions):
    """What a link asked to preselect ("Download these changes" on the compare
    page: ``?kind=diff&base_version=N``); anything not offered is ignored."""
    initial = {}
    if request.GET.get("kind") in kinds:
        initial["kind"] = request.GET["kind"]
    base = request.GET.get("base_version", "")
    if base.isdigit() and int(base) in {v.pk for v in other_versions}:
        initial["base_version"] = int(base)
    return initial


def _exports_page(request, version, form=None, *, status=200):
    listed = [
        e for e in services.exports_for_listing(version) if request.user.has_perm("recommendations.download_export", e)
    ]
    can_request = request.user.has_perm("recommendations.export_version", version)
    if form is None and can_request:
        options = _export_form_options(request, version)
        form = ExportRequestForm(initial=_asked_for(request, **options), **options)
    context = {"version": version, "document": version.document, "exports": listed, "form": form}
    return render(request, "recommendations/exports.html", context, status=status)


@require_GET
def version_exports(request, pk):
    """The exports of a version, with their status and download links, and
    the form to ask for another."""
    (version,) = versions_or_404(pk)
    if not request.user.has_perm("recommendations.view_version", version):
        return refuse_or_sign_in(request, "recommendations.view_version")
    return _exports_page(request, version)


@require_POST
def export_request(request, pk):
    (version,) = versions_or_404(pk)
    if not request.user.has_perm("recommendations.export_version", version):
        return refuse_or_sign_in(request, "recommendations.export_version")
    options = _export_form_options(request, version)
    form = ExportRequestForm(request.POST, **options)
    if not form.is_valid():
        return _exports_page(request, version, form, status=400)
    base_version = None
    if form.cleaned_data["kind"] == Export.Kind.DIFF:
        wanted = form.cleaned_data["base_version"]
        base_version = next(v for v in options["other_versions"] if v.pk == wanted)
    try:
        _export, created = services.request_export(
            user=request.user,
            kind=form.cleaned_data["kind"],
            format=form.cleaned_data["format"],
            version=version,
            base_version=base_version,
        )
    except Refusal as refusal:
        refusal.add_to_form(form)
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
        return refuse_or_sign_in(request, "recommendations.download_export")
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

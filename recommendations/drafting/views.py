"""Pages of documents and drafts: the list of documents, a document (its
current version), importing a new document and editing a draft's clauses.

Thin: parse the request, ask recommendations/rules.py, call a service,
render. A service's refusal is shown in the page beside what was typed.
"""

import secrets

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from consult.models import Country
from consult.refusals import Refusal

from ..access import refuse_or_sign_in
from ..editor_tools import editor_work
from ..models import Clause, CountryVariant, DocumentVersion, RecommendationDocument
from . import services
from .forms import ClauseForm, DocumentForm, ImportConfirmForm, MoveForm, SplitForm
from .importing import ImportResult
from .lookups import current_version


def index(request):
    """Documents with the versions this visitor may read."""
    documents = RecommendationDocument.objects.for_index().order_by("title", "pk")
    national = _published_variants_by_master()
    rows = []
    for document in documents:
        versions = [
            v
            for v in document.versions.all()
            if v.is_public or request.user.has_perm("recommendations.view_version", v)
        ]
        if versions:
            rows.append((document, versions, national.get(document.pk, [])))
    can_add = request.user.is_authenticated and request.user.has_perm("recommendations.add_document")
    work = rounds = None
    now = timezone.now()
    if request.user.is_authenticated and request.user.has_perm("recommendations.merge_round"):
        work = editor_work(request.user)
        open_now, scheduled, past_due = work.rounds_at(now)
        rounds = {"open_now": open_now, "scheduled": scheduled, "past_due": past_due}
    context = {"rows": rows, "can_add": can_add, "work": work, "rounds": rounds, "now": now}
    return render(request, "recommendations/index.html", context)


def _published_variants_by_master():
    """{master id: its published country variants, by country name} (one query)."""
    by_master = {}
    variants = CountryVariant.objects.filter(published_at__isnull=False).select_related("country")
    for variant in variants.order_by("country__name"):
        by_master.setdefault(variant.master_id, []).append(variant)
    return by_master


def document(request, pk):
    """The current version, else the newest version the visitor may read."""
    document = get_object_or_404(RecommendationDocument, pk=pk)
    versions = list(document.versions.order_by("number"))
    current = current_version(versions)
    if current is not None and request.user.has_perm("recommendations.view_version", current):
        return redirect(current)
    for version in reversed(versions):
        if request.user.has_perm("recommendations.view_version", version):
            return redirect(version)
    return refuse_or_sign_in(request, "recommendations.view_version")


def _read_upload(data):
    """The ImportResult of the uploaded file or pasted Markdown (ImportRefused says why not)."""
    upload = data.get("file")
    if upload is not None and upload.name.lower().endswith(".docx"):
        return services.read_import(docx=upload.read())
    if upload is not None and upload.name.lower().endswith(".odt"):
        return services.read_import(odt=upload.read())
    if upload is not None:
        try:
            text = upload.read().decode("utf-8")
        except UnicodeDecodeError as error:
            raise Refusal(_("The Markdown file is not UTF-8 text."), field="file") from error
        return services.read_import(markdown_text=text)
    return services.read_import(markdown_text=data["markdown_text"])


# The parsed import waits in the session (server side: the blocks of a long
# draft are too big for a hidden field) until the editor confirms or cancels.
# Its token, repeated in the confirm form, makes a preview left open in an
# older tab refuse to save a newer upload it does not show.
_PENDING_IMPORT = "recommendations.pending_import"
_CANCELLED_IMPORT = "recommendations.cancelled_import"
_FORM_FIELDS = ("title", "summary", "members_only_in_consultation")


def _may_add_document(request):
    return request.user.is_authenticated and request.user.has_perm("recommendations.add_document")


@require_http_methods(["GET", "POST"])
def document_create(request):
    """Step 1 of an import: the upload. Nothing is saved; the parsed draft
    waits in the session for the editor to check it (``document_import_preview``)."""
    if not _may_add_document(request):
        return refuse_or_sign_in(request, "recommendations.add_document")
    initial = request.session.pop(_CANCELLED_IMPORT, None) if request.method == "GET" else None
    form = DocumentForm(request.POST or None, request.FILES or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.check_may_create_document(request.user, data["country"])
                result = _read_upload(data)
            except Refusal as error:
                error.add_to_form(form)
                status = error.status
            else:
                upload = data.get("file")
                title = data["title"] or result.title
                if title:
                    request.session[_PENDING_IMPORT] = {
                        "token": secrets.token_urlsafe(16),
                        "country": data["country"].pk if data["country"] is not None else None,
                        "source": upload.name if upload is not None else _("pasted Markdown"),
                        "result": result.as_json(),
                        **{name: data[name] for name in _FORM_FIELDS},
                        "title": title,
                    }
                    return redirect("recommendations:document_import_preview")
                form.add_error("title", _("The file states no title: type one."))
                status = 400
        else:
            status = 400
    return render(request, "recommendations/document_form.html", {"form": form}, status=status)


@require_http_methods(["GET", "POST"])
def document_import_preview(request):
    """Step 2 of an import: the report (the clauses that will be created,
    numbered, and what the file held that was left out or changed), then
    confirm, which creates the document, or cancel, which saves nothing."""
    if not _may_add_document(request):
        return refuse_or_sign_in(request, "recommendations.add_document")
    pending = request.session.get(_PENDING_IMPORT)
    if pending is None:
        messages.info(request, _("No import is waiting; upload the draft."))
        return redirect("recommendations:document_create")
    status = 200
    title_form = ImportConfirmForm(initial={"title": pending["title"]})
    if request.method == "POST":
        if request.POST.get("token") != pending["token"]:
            messages.error(request, _("This preview was replaced by a newer upload; check this one and confirm again."))
            return redirect("recommendations:document_import_preview")
        if request.POST.get("action") == "cancel":
            del request.session[_PENDING_IMPORT]
            request.session[_CANCELLED_IMPORT] = {name: pending[name] for name in (*_FORM_FIELDS, "country")}
            messages.info(request, _("Nothing was imported."))
            return redirect("recommendations:document_create")
        result = ImportResult.from_json(pending["result"])
        # A confirmation without the title field keeps the title shown.
        title_form = ImportConfirmForm(request.POST if "title" in request.POST else {"title": pending["title"]})
        if not title_form.is_valid():
            status = 400
        else:
            try:
                document = services.create_document(
                    editor=request.user,
                    title=title_form.cleaned_data["title"],
                    summary=pending["summary"],
                    country=Country.objects.filter(pk=pending["country"]).first() if pending["country"] else None,
                    blocks=result.blocks,
                    members_only_in_consultation=pending["members_only_in_consultation"],
                )
            except Refusal as error:
                messages.error(request, error.message)
                status = error.status
            else:
                del request.session[_PENDING_IMPORT]
                version = document.versions.get(number=1)
                imported = version.clauses.count()
                messages.success(
                    request, ngettext("Imported %(n)s clause.", "Imported %(n)s clauses.", imported) % {"n": imported}
                )
                return redirect("recommendations:version_edit", pk=version.pk)
    result = ImportResult.from_json(pending["result"])
    rows = services.import_preview(result.blocks)
    return render(
        request,
        "recommendations/document_import_preview.html",
        {
            "pending": pending,
            "title_form": title_form,
            "rows": rows,
            "notes": result.notes,
            "heading_count": sum(row["is_heading"] for row in rows),
            "table_count": sum(any(line.startswith("|") for line in row["block"].text.splitlines()) for row in rows),
        },
        status=status,
    )


def version_edit(request, pk):
    """The draft editor: every clause with edit, split, merge, move and delete."""
    version = get_object_or_404(DocumentVersion.objects.for_page(), pk=pk)
    if not request.user.has_perm("recommendations.edit_document", version):
        return refuse_or_sign_in(request, "recommendations.edit_document")
    return render(
        request,
        "recommendations/version_edit.html",
        {
            "version": version,
            "document": version.document,
            "clauses": list(version.clauses.in_order()),
            "add_form": ClauseForm(initial={"kind": "paragraph", "level": 1}),
        },
    )


def _clause_for_edit(request, pk):
    clause = get_object_or_404(Clause.objects.select_related("version__document"), pk=pk)
    if not request.user.has_perm("recommendations.edit_document", clause.version):
        return clause, refuse_or_sign_in(request, "recommendations.edit_document")
    return clause, None


@require_http_methods(["GET", "POST"])
def clause_edit(request, pk):
    clause, denied = _clause_for_edit(request, pk)
    if denied:
        return denied
    form = ClauseForm(request.POST or None, initial={"kind": clause.kind, "level": clause.level, "text": clause.text})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.update_clause(editor=request.user, clause=clause, **form.cleaned_data)
            except Refusal as error:
                error.add_to_form(form)
                status = error.status
            else:
                return redirect(reverse("recommendations:version_edit", args=[clause.version_id]) + f"#{clause.anchor}")
        else:
            status = 400
    return render(
        request,
        "recommendations/clause_form.html",
        {"form": form, "clause": clause, "version": clause.version},
        status=status,
    )


@require_POST
def clause_action(request, pk, action):
    """Split, merge with next, move, delete or add after a draft clause."""
    clause, denied = _clause_for_edit(request, pk)
    if denied:
        return denied
    back = reverse("recommendations:version_edit", args=[clause.version_id])
    try:
        if action == "split":
            form = SplitForm(request.POST)
            if not form.is_valid():
                raise Refusal(_("Give the character to split after."))
            services.split_clause(editor=request.user, clause=clause, at=form.cleaned_data["at"])
        elif action == "merge":
            services.merge_with_next(editor=request.user, clause=clause)
        elif action == "move":
            form = MoveForm(request.POST)
            if not form.is_valid():
                raise Refusal(_("Give the position to move to."))
            services.move_clause(editor=request.user, clause=clause, to_position=form.cleaned_data["to_position"] - 1)
        elif action in ("up", "down"):
            services.move_clause(
                editor=request.user, clause=clause, to_position=clause.position + (-1 if action == "up" else 1)
            )
        elif action == "delete":
            services.delete_clause(editor=request.user, clause=clause)
        elif action == "add":
            form = ClauseForm(request.POST)
            if not form.is_valid():
                raise Refusal(_("A new clause needs its kind and text."))
            services.add_clause(editor=request.user, version=clause.version, after=clause, **form.cleaned_data)
        else:
            raise Http404
    except Refusal as error:
        messages.error(request, error.message)
    return redirect(f"{back}#{clause.anchor}")

"""Pages of the merge: the digest, the workbench, the build and its
progress, discarding a built draft and publishing it.

Thin: ask recommendations/rules.py, call the merging services, render.
Refusals are shown in the page (or as a JSON 4xx for the build's status).
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from consult import cldr
from consult.models import Sector
from consult.refusals import Refusal

from ..access import refuse_or_sign_in, round_for_editor
from ..drafting.variants.forwarding import forwarded_with_numbers
from ..models import Build, DocumentVersion, Feedback
from . import building
from . import digest as digest_service
from . import todos as todos_service
from . import workbench as workbench_service
from .forms import DiscardBuildForm, MergeAddForm, MergeMoveForm, PublishForm, ResolutionForm
from .plan import merge_plan

BUILD_REFRESH_SECONDS = 3
WORKBENCH_PAGE_SIZE = 50  # clauses per page of the workbench


def _build_of(round):
    return Build.objects.select_related("result_version", "started_by__profile").filter(round=round).first()


# --- the digest -----------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def digest(request, pk):
    """The round's digest for editors; POST asks a worker for a fresh one."""
    round, denied = round_for_editor(request, pk, "recommendations.view_digest")
    if denied:
        return denied
    if request.method == "POST":
        digest_service.request_digest(editor=request.user, round=round)
        messages.success(request, _("A fresh digest is being prepared; reload this page in a moment."))
        return redirect("recommendations:digest", pk=round.pk)
    stored = getattr(round, "digest", None)
    snapshot = stored.snapshot if stored else None
    readable = digest_service.visible_thread_ids(request.user, snapshot) if snapshot else set()
    kinds, decisions = dict(Feedback.Kind.choices), dict(Feedback.Decision.choices)
    sectors = dict(Sector.choices)
    unknown = _("not given")
    sections = []
    if snapshot:
        for section in [snapshot["document"], *snapshot["clauses"]]:
            sections.append(
                {
                    **section,
                    "kinds": [(kinds.get(k, k), n) for k, n in sorted(section["by_kind"].items())],
                    "sectors": sorted(
                        (str(sectors.get(k, unknown if k == "-" else k)), n) for k, n in section["by_sector"].items()
                    ),
                    "countries": sorted(
                        (unknown if k == "-" else cldr.country_name(k), n) for k, n in section["by_country"].items()
                    ),
                    "threads": [t for t in section["threads"] if t["id"] in readable],
                    "amendments": [
                        {**a, "decision_label": decisions.get(a["decision"], a["decision"])}
                        for a in section["amendments"]
                    ],
                }
            )
    return render(
        request,
        "recommendations/digest.html",
        {
            "round": round,
            "version": round.version,
            "document": round.version.document,
            "digest": stored,
            # Clauses with feedback first, in the document's order; the rest folded under them.
            "sections": [section for section in sections if section["total"] or section["threads"]],
            "quiet_sections": [
                section for section in sections if section["key"] and not section["total"] and not section["threads"]
            ],
            "totals": snapshot["totals"] if snapshot else None,
        },
    )


# --- the workbench ---------------------------------------------------------------------------


def _choices(plan):
    return [
        (item.pk, f"#{item.pk} · {item.get_kind_display()} · {item.get_decision_display()}")
        for item in [*plan.amendments, *plan.accepted_other]
    ]


def workbench(request, pk):
    """Every clause of the closed round's version: base text, accepted
    amendments, conflicts, the editor's resolution and a redline preview."""
    round, denied = round_for_editor(request, pk, "recommendations.merge_round")
    if denied:
        return denied
    plan = merge_plan(round)
    show = request.GET.get("show", "all")
    shown = {
        "conflicts": [p for p in plan.clauses if p.in_conflict],
        "changes": [p for p in plan.clauses if p.changes_text or p.removed or p.added or p.moved],
    }.get(show, plan.clauses)
    page = Paginator(shown, WORKBENCH_PAGE_SIZE).get_page(request.GET.get("page"))
    build = _build_of(round)
    todo_list = todos_service.todos(round, plan)
    return render(
        request,
        "recommendations/merge.html",
        {
            "round": round,
            "version": round.version,
            "document": round.version.document,
            "page": page,
            "show": show if show in ("conflicts", "changes") else "all",
            "total": len(plan.clauses),
            "blocking": plan.blocking,
            "build": build,
            "round_closed": round.has_closed(),
            "todos": todo_list,
            "open_todos": [todo for todo in todo_list if todo.state == todos_service.OPEN],
            "undecided": round.feedback.visible().filter(decision=Feedback.Decision.UNDECIDED).count(),
            "forwarded": forwarded_with_numbers(round),
        },
    )


@require_POST
def explain_no_change(request, pk, feedback_pk):
    """Record (or, with ``withdraw``, forget) why an accepted item needs no change to the text."""
    round, denied = round_for_editor(request, pk, "recommendations.merge_round")
    if denied:
        return denied
    feedback = get_object_or_404(Feedback, pk=feedback_pk, round=round)
    try:
        if request.POST.get("withdraw"):
            todos_service.withdraw_explanation(editor=request.user, round=round, feedback=feedback)
            messages.success(request, _("The explanation was removed: the item is a to-do again."))
        else:
            todos_service.explain_no_change(
                editor=request.user, round=round, feedback=feedback, text=request.POST.get("explanation", "")
            )
            messages.success(request, _("Saved: the report will give your explanation with this item."))
    except Refusal as error:
        messages.error(request, error.message)
    return redirect(reverse("recommendations:merge", args=[round.pk]) + "#todos")


def _after_choices(plan, key):
    return [
        (p.key, f"{p.number or _('new')} {p.base_text[:50] or p.result_text[:50]}")
        for p in plan.clauses
        if p.key != key and not p.removed
    ]


@require_http_methods(["GET", "POST"])
def merge_clause(request, pk, key):
    """One clause: resolve it (text, chosen amendments, removal), move it,
    add a clause after it, or forget its resolution."""
    round, denied = round_for_editor(request, pk, "recommendations.merge_round")
    if denied:
        return denied
    plan = merge_plan(round)
    clause_plan = plan.by_key().get(str(key))
    if clause_plan is None:
        raise Http404
    action = request.POST.get("action", "resolve") if request.method == "POST" else None
    form = ResolutionForm(
        request.POST if action == "resolve" else None,
        choices=_choices(clause_plan),
        initial={
            "resolved_text": clause_plan.result_text or clause_plan.base_text,
            "chosen_amendments": clause_plan.sources,
            "remove": clause_plan.removed,
        },
    )
    move_form = MergeMoveForm(request.POST if action == "move" else None, choices=_after_choices(plan, clause_plan.key))
    add_form = MergeAddForm(request.POST if action == "add" else None, initial={"kind": "paragraph", "level": 1})
    status = 200
    back = reverse("recommendations:merge", args=[round.pk]) + f"#clause-{clause_plan.key}"
    if action is not None:
        bound = {"resolve": form, "move": move_form, "add": add_form}.get(action)
        try:
            if action == "reset":
                workbench_service.reset_resolution(editor=request.user, round=round, clause_key=clause_plan.key)
                messages.success(request, _("The resolution was removed."))
                return redirect(back)
            if bound is None or not bound.is_valid():
                status = 400
            elif action == "resolve":
                data = form.cleaned_data
                workbench_service.resolve_clause(
                    editor=request.user,
                    round=round,
                    clause_key=clause_plan.key,
                    text=data["resolved_text"],
                    chosen_ids=data["chosen_amendments"],
                    remove=data["remove"],
                )
                messages.success(request, _("Saved: the clause is resolved."))
                return redirect(back)
            elif action == "move":
                after = move_form.cleaned_data["after"]
                workbench_service.move_clause_in_merge(
                    editor=request.user,
                    round=round,
                    clause_key=clause_plan.key,
                    after_key=None if after == "start" else after,
                )
                messages.success(request, _("Saved: the clause moves in the next version."))
                return redirect(back)
            elif action == "add":
                data = add_form.cleaned_data
                workbench_service.add_clause_in_merge(
                    editor=request.user,
                    round=round,
                    after_key=clause_plan.key,
                    text=data["text"],
                    kind=data["kind"],
                    level=data["level"],
                )
                messages.success(request, _("Saved: a new clause follows this one in the next version."))
                return redirect(back)
        except Refusal as error:
            error.add_to_form(bound or form)
            status = error.status
    return render(
        request,
        "recommendations/merge_clause.html",
        {
            "round": round,
            "version": round.version,
            "document": round.version.document,
            "plan": clause_plan,
            "forwarded": forwarded_with_numbers(round, clause_plan.key),
            "form": form,
            "move_form": move_form,
            "add_form": add_form,
        },
        status=status,
    )


# --- the build ---------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def build(request, pk):
    """POST starts the build; GET shows its progress (refreshes itself until
    it is finished; a static script polls the JSON status where it can)."""
    round, denied = round_for_editor(request, pk, "recommendations.build_version")
    if denied:
        return denied
    if request.method == "POST":
        try:
            building.start_build(
                editor=request.user,
                round=round,
                confirm_open_todos=bool(request.POST.get("confirm_open_todos")),
                confirm_undecided=bool(request.POST.get("confirm_undecided")),
            )
        except Refusal as error:
            messages.error(request, error.message)
            if not Build.objects.filter(round=round).exists():
                return redirect("recommendations:merge", pk=round.pk)
        else:
            messages.success(request, _("The build has started."))
        return redirect("recommendations:build", pk=round.pk)
    current = _build_of(round)
    return render(
        request,
        "recommendations/build.html",
        {
            "round": round,
            "version": round.version,
            "document": round.version.document,
            "build": current,
            "refresh": BUILD_REFRESH_SECONDS if current and not current.is_finished else None,
        },
    )


def build_status(request, pk):
    """The build's progress as JSON, for the progress page's script."""
    round, denied = round_for_editor(request, pk, "recommendations.build_version")
    if denied:
        status = 401 if not request.user.is_authenticated else 403
        return JsonResponse({"detail": _("You are not allowed to see this build.")}, status=status)
    current = _build_of(round)
    if current is None:
        return JsonResponse({"detail": _("No build has been started for this consultation.")}, status=404)
    return JsonResponse(
        {
            "status": current.status,
            "status_label": current.get_status_display(),
            "progress": current.progress,
            "step": _(current.step) if current.step else "",
            "finished": current.is_finished,
            "error": current.error,
            "version_url": current.result_version.get_absolute_url() if current.result_version_id else None,
        }
    )


@require_http_methods(["GET", "POST"])
def discard_build(request, pk):
    """GET: what discarding the built draft means, and the form asking why;
    POST: discard it (building.discard_build) and go back to the workbench."""
    round, denied = round_for_editor(request, pk, "recommendations.build_version")
    if denied:
        return denied
    current = _build_of(round)
    refusal = building.discard_refusal(current)
    form = DiscardBuildForm(request.POST if request.method == "POST" else None)
    status = 409 if refusal else 200
    if request.method == "POST" and not refusal:
        if form.is_valid():
            try:
                number = building.discard_build(editor=request.user, round=round, reason=form.cleaned_data["reason"])
            except Refusal as error:  # e.g. published or discarded a moment ago
                status = error.status
                if error.field:
                    error.add_to_form(form)
                else:
                    refusal = error.message
            else:
                messages.success(
                    request,
                    _(
                        "Version %(number)s was discarded. Your resolutions are as you left them: correct what "
                        "needs correcting, then build the next version again."
                    )
                    % {"number": number},
                )
                return redirect("recommendations:merge", pk=round.pk)
        else:
            status = 400
    return render(
        request,
        "recommendations/discard_build.html",
        {
            "round": round,
            "version": round.version,
            "document": round.version.document,
            "build": current,
            "refusal": refusal,
            "form": form,
        },
        status=status,
    )


# --- publishing ------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def publish(request, pk):
    """Make a built draft the current version: final, or in consultation."""
    version = get_object_or_404(DocumentVersion.objects.for_page(), pk=pk)
    if not request.user.has_perm("recommendations.publish_version", version):
        return refuse_or_sign_in(request, "recommendations.publish_version")
    built = Build.objects.filter(result_version=version).exists()
    form = PublishForm(request.POST or None)
    status = 200 if built and version.is_draft else 409
    if request.method == "POST" and status == 200:
        if form.is_valid():
            data = form.cleaned_data
            try:
                building.publish_version(
                    editor=request.user,
                    version=version,
                    status=data["status"],
                    opens_at=data.get("opens_at"),
                    closes_at=data.get("closes_at"),
                    countries=data.get("countries") or (),
                    sectors=data.get("sectors") or (),
                )
            except Refusal as error:
                error.add_to_form(form)
                status = error.status
            else:
                messages.success(request, _("Published: this is now the current version."))
                return redirect(version)
        else:
            status = 400
    return render(
        request,
        "recommendations/publish.html",
        {"version": version, "document": version.document, "form": form, "built": built},
        status=status,
    )

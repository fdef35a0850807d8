"""Pages of editors in a consultation: triage of a round's feedback,
single and bulk decisions, and the round's statistics.

Thin: parse the request, ask recommendations/rules.py, call a service,
render. A service's refusal is shown in the page beside what was typed.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from consult.refusals import Refusal

from ..access import refuse_or_sign_in, round_for_editor
from ..models import Clause, Feedback
from . import decisions
from .forms import BulkDecisionForm, DecisionForm, TriageFilterForm
from .statistics import round_statistics

TRIAGE_PAGE_SIZE = 1000


@require_http_methods(["GET", "POST"])
def triage(request, pk, key=None):
    """All feedback of a round, filtered, with single and bulk decisions;
    with ``key``, one clause's text beside its feedback."""
    round, denied = round_for_editor(request, pk, "recommendations.decide_feedback")
    if denied:
        return denied
    clause = get_object_or_404(Clause, version_id=round.version_id, key=key) if key else None
    filters = TriageFilterForm(request.GET or None)
    criteria = filters.cleaned_data if filters.is_valid() else {}
    items = round.feedback.for_triage(
        clause=clause,
        kind=criteria.get("kind", ""),
        decision=criteria.get("decision", ""),
        sector=criteria.get("sector", ""),
        country=criteria.get("country"),
        endorsed={"yes": True, "no": False}.get(criteria.get("endorsed", "")),
    )
    page = Paginator(items, TRIAGE_PAGE_SIZE).get_page(request.GET.get("page"))
    bulk = BulkDecisionForm(request.POST or None, item_ids=[item.pk for item in page.object_list])
    status = 200
    if request.method == "POST":
        if bulk.is_valid():
            chosen = [item for item in page.object_list if item.pk in set(bulk.cleaned_data["items"])]
            try:
                duplicate_of = _duplicate_target(round, bulk.cleaned_data.get("duplicate_of"))
                decided = decisions.decide_in_bulk(
                    items=chosen,
                    editor=request.user,
                    decision=bulk.cleaned_data["decision"],
                    reason=bulk.cleaned_data["reason"],
                    duplicate_of=duplicate_of,
                    expected_revisions=_revisions_seen(request.POST, chosen),
                )
            except Refusal as error:
                error.add_to_form(bulk)
                status = error.status
            else:
                messages.success(request, _("%(n)s items decided.") % {"n": len(decided)})
                return redirect(request.get_full_path())
        else:
            status = 400
    return render(
        request,
        "recommendations/triage.html",
        {
            "round": round,
            "version": round.version,
            "document": round.version.document,
            "clause": clause,
            "page": page,
            "filters": filters,
            "bulk": bulk,
            "decisions": DecisionForm.base_fields["decision"].choices,
        },
        status=status,
    )


def _revisions_seen(post, items):
    """{item id: the decision_revision the editor's page showed} from the form's hidden fields."""
    seen = {}
    for item in items:
        value = post.get(f"rev-{item.pk}", "")
        if value.isdigit():
            seen[item.pk] = int(value)
    return seen


def _duplicate_target(round, pk):
    if not pk:
        return None
    target = Feedback.objects.filter(round=round, pk=pk).first()
    if target is None:
        raise Refusal(_("There is no item #%(pk)s in this consultation.") % {"pk": pk}, field="duplicate_of")
    return target


@require_http_methods(["GET", "POST"])
def decide(request, pk):
    # Only feedback members can see: held or hidden feedback waits for a moderator.
    feedback = get_object_or_404(
        Feedback.objects.visible().select_related(
            "round", "clause", "version__document", "author__profile", "author_country"
        ),
        pk=pk,
    )
    if not request.user.has_perm("recommendations.decide_feedback", feedback):
        return refuse_or_sign_in(request, "recommendations.decide_feedback")
    initial = {
        "decision": feedback.decision if feedback.is_decided else Feedback.Decision.ACCEPTED,
        "reason": feedback.decision_reason,
        "revision": feedback.decision_revision,
        "duplicate_of": feedback.duplicate_of_id,
    }
    form = DecisionForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                decisions.decide_feedback(
                    feedback=feedback,
                    editor=request.user,
                    decision=data["decision"],
                    reason=data["reason"],
                    duplicate_of=_duplicate_target(feedback.round, data.get("duplicate_of")),
                    expected_revision=data.get("revision"),
                )
            except Refusal as error:
                error.add_to_form(form)
                status = error.status
                feedback.refresh_from_db()
            else:
                messages.success(request, _("Decision saved; the author will be told."))
                return redirect("recommendations:triage", pk=feedback.round_id)
        else:
            status = 400
    return render(request, "recommendations/decide.html", {"form": form, "feedback": feedback}, status=status)


def statistics(request, pk):
    round, denied = round_for_editor(request, pk, "recommendations.view_statistics")
    if denied:
        return denied
    return render(
        request,
        "recommendations/statistics.html",
        {"round": round, "version": round.version, "stats": round_statistics(round)},
    )

"""Pages of what a consultation did: the "what you said, what we did"
report of a round and the history of one clause across versions.

Thin: ask recommendations/rules.py, read the report, render.
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from ..access import refuse_or_sign_in
from ..models import Clause, ClauseChange, ConsultationRound, DocumentVersion, Feedback, RecommendationDocument
from .diffing import redline_markdown, word_diff
from .report import consultation_report

REPORT_PAGE_SIZE = 50  # clauses per page of the report


def report(request, pk):
    """ "What you said, what we did"; ``?mine=1``: the signed-in member's own items."""
    round = get_object_or_404(ConsultationRound.objects.for_editor_page(), pk=pk)
    if not request.user.has_perm("recommendations.view_report", round):
        return refuse_or_sign_in(request, "recommendations.view_report")
    mine = request.GET.get("mine") == "1" and request.user.is_authenticated
    data = consultation_report(round, only_author=request.user if mine else None)
    kinds = dict(Feedback.Kind.choices)
    clauses = [clause for clause in data.clauses if clause.items or not mine]
    page = Paginator(clauses, REPORT_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = []
    for clause in page.object_list:
        redline = ""
        if clause.change in ("changed", "added") and clause.new_text is not None:
            redline = redline_markdown(word_diff(clause.text, clause.new_text))
        rows.append((clause, redline, [(kinds.get(kind, kind), n) for kind, n in clause.counts.items()]))
    return render(
        request,
        "recommendations/report.html",
        {
            "round": round,
            "version": round.version,
            "document": round.version.document,
            "report": data,
            "rows": rows,
            "page": page,
            "mine": mine,
            # Members see each other's names; the public reads authors as sector and country only.
            "show_names": request.user.has_perm("recommendations.view_feedback", round.version),
        },
    )


def clause_history(request, pk, key):
    """A clause (by its stable key) in every version the visitor may read,
    each change with the feedback and decisions behind it."""
    document = get_object_or_404(RecommendationDocument.objects.prefetch_related("editors"), pk=pk)
    versions = [
        v
        for v in DocumentVersion.objects.filter(document=document).select_related("document").order_by("number")
        if request.user.has_perm("recommendations.view_version", v)
    ]
    if not versions:
        return refuse_or_sign_in(request, "recommendations.view_version")
    ids = [v.pk for v in versions]
    clauses = {c.version_id: c for c in Clause.objects.filter(version_id__in=ids, key=key)}
    if not clauses:
        raise Http404
    changes = {
        c.version_id: c
        for c in ClauseChange.objects.filter(version_id__in=ids, clause_key=key)
        .select_related("build__round__version")
        .prefetch_related(Prefetch("feedback", queryset=Feedback.objects.for_report().order_by("pk")))
    }
    entries, previous_text = [], None
    for v in versions:
        clause, change = clauses.get(v.pk), changes.get(v.pk)
        if clause is None and change is None:
            continue
        text = clause.text if clause else None
        redline = ""
        if previous_text is not None and text is not None and text != previous_text:
            redline = redline_markdown(word_diff(previous_text, text))
        feedback = []
        if change is not None and request.user.has_perm("recommendations.view_report", change.build.round):
            feedback = list(change.feedback.all())
        entries.append({"version": v, "clause": clause, "change": change, "redline": redline, "feedback": feedback})
        if text is not None:
            previous_text = text
    return render(
        request, "recommendations/clause_history.html", {"document": document, "key": key, "entries": entries}
    )
